"""Typed spans inside text: numbers, durations and ages, people and roles, organisations, written-out names, places.

Pure functions returning ``(start, end)`` character offsets, so whatever they find is verbatim. Covers
the forms serious case reviews use: numbers in words and digits ("eleven", "22", "twenty-two", "between two and
five weeks old", "£41,250"), anonymised people ("Ms A", "Mr B", "SW1", "HV1", "DC E", "Dr D", "Child X",
"Sibling 1") and roles ("the GP", "the consultant paediatrician", "the team manager"). Dates and times ("14 March
2007", "14/03/07", "14.03.2007", "March 2007", "Monday 3 August"), ``Span`` and ``_non_overlapping`` are
``qa.spans_dates``'; quoted words, reported speech and reasons are ``qa.spans_clauses``'. Their names are
re-exported here, so ``S.find_dates``, ``S.find_reason``, ``from qa.spans import DATE_RE`` … keep working.
"""

from __future__ import annotations

import re

from qa.spans_clauses import (  # noqa: F401 - re-exported: qa.rules and tests use them as S.find_quotes …
    QUOTE_RE,
    REASON_RE,
    REPORTED_RE,
    find_quotes,
    find_reason,
    find_reported,
)
from qa.spans_dates import (  # noqa: F401 - re-exported: qa.rules, qa.timeline, qa.passages … import them from here
    DATE_PATTERNS,
    DATE_RE,
    MONTH,
    TIME_RE,
    WEEKDAY,
    YEAR_RE,
    Span,
    _non_overlapping,
    date_precision,
    find_dates,
    clock_of,
    find_times,
)

NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|"
    "a dozen|dozen|a single|single|both|once|twice|thrice|half|a half|a third|a quarter|several"
)
_NUMBER_WORD = rf"(?:{NUMBER_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
_NUMBER_DIGITS = r"£?\d{1,3}(?:,\d{3})+(?:\.\d+)?|£?\d+(?:\.\d+)?"
NUMBER_RE = re.compile(
    rf"(?<![\w./-])(?:{_NUMBER_DIGITS}|{_NUMBER_WORD})(?:\s?(?:%|per\s?cent|percent))?(?![\w/]|\.\d)",
    re.IGNORECASE,
)
UNITS = r"(?:minutes?|hours?|days?|nights?|weeks?|months?|years?|times|occasions|sessions|visits)"
_QUANTIFIER = r"(?:(?:about|around|approximately|roughly|over|under|nearly|almost|more than|fewer than|less than|at least|at most|up to|some|only|just|exactly)\s+)?"
_FRACTION = r"(?:a|one|two|three)[ -](?:half|third|quarter|fifth|sixth|tenth)s?|half"
_ONE_NUMBER = rf"(?:{_NUMBER_DIGITS}|{_NUMBER_WORD}|{_FRACTION})(?:\s?(?:%|per\s?cent|percent|kg|g|cm|mm|ml))?"
_RANGE = (
    rf"between\s+{_ONE_NUMBER}\s+and\s+{_ONE_NUMBER}"
    rf"|{_ONE_NUMBER}(?:\s*(?:-|–|to|or|of|out of|of the)\s*{_ONE_NUMBER})?"
)
NUMBER_PHRASE_RE = re.compile(rf"(?<![\w./-]){_QUANTIFIER}(?:{_RANGE})(?![\w/]|\.\d)", re.IGNORECASE)
_TAIL_STOP = frozenset(
    """of the a an and or to in on at for with was were had has have by from which who whom that whose after
    before when while as is are be been being than between during since until into onto about per each its
    their his her this these those it he she they there where so but not no also only then""".split()
)
_TAIL_WORD = re.compile(r"\s+([a-z][a-z'’-]*)")
# a bare number told as someone's age: "was seventeen when …", "had turned 15 at the time"
BARE_AGE_BEFORE = re.compile(r"\b(?:was|is|turned|became)\s+$", re.IGNORECASE)
BARE_AGE_AFTER = re.compile(r"\s+(?:when|at the time|on the day)\b")
AGE_CONTEXT = re.compile(r"(?:aged|age of|ages of|\bage\b)\s*$", re.IGNORECASE)
_TITLES = (  # longest first: "His Honour Judge Whitlock", "Mr Justice Ryder", "Lord Laming", "Cllr Shah"
    r"(?:(?:His|Her) Honour Judge|(?:Mr|Mrs|Ms|Lord|Lady) Justice|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|DC|DS|DI|DCI|"
    r"PC|PS|Sgt|Detective Constable|Detective Sergeant|Detective Inspector|Judge|Lord|Lady|Baroness|Sir|Dame|"
    r"Rev|Revd|Reverend|Cllr|Councillor)"
)
TITLED_PERSON = re.compile(rf"{_TITLES}\.?\s+[A-Z]")  # "His Honour Judge Whitlock", "Dr D", "Cllr Shah"
ROLE_CODE = re.compile(r"\b[A-Z]{2,4}\d{1,2}\b")  # how reviews anonymise their staff: SW1, HV1, TM2
PERSON_PATTERNS = [
    rf"\b{_TITLES}\.?\s+(?:[A-Z]\b(?!\.\w)|[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)",  # Ms A, Dr Patel
    r"\b(?:Child|Baby|Sibling|Adult|Person|Worker|Family member)\s+(?:[A-Z]\b|\d{1,2}\b)",  # Child X, Sibling 1
    ROLE_CODE.pattern,
    r"\b(?:the\s+)?GP\b",
]
_ROLE_WORDS = (
    r"social worker|health visitor|general practitioner|paediatrician|pediatrician|consultant|registrar|"
    r"team manager|service manager|manager|police officer|detective constable|detective sergeant|officer|"
    r"reviewing officer|conference chair|chair|chairman|chairperson|solicitor|lawyer|barrister|head ?teacher|"
    r"teacher|nurse|midwife|childminder|family support worker|support worker|director|lead member|doctor|"
    r"psychiatrist|psychologist|probation officer|housing officer|author|minister|secretary of state|"
    r"practitioner|clinician|surgeon|radiologist|pathologist|coroner|judge|magistrates?|inspector"
)
_ORG_NAME = r"(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w'’&-]*){0,6}"
ROLE_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]er|[Hh]is|[Tt]heir)\s+"
    r"(?:(?!(?:and|or|the|a|of|to|with|by|for|in|on|at|was|were|had|has)\b)[A-Za-z'-]+\s+){0,3}"
    r"(?i:" + _ROLE_WORDS + r")s?\b"
    rf"(?:\s+(?:of|for|at)\s+{_ORG_NAME})?"  # the Chair of Wendmere Local Safeguarding Children Board
)
PERSON_RE = re.compile("|".join(PERSON_PATTERNS))
PROPER_RE = re.compile(r"\b(?!(?:On|In|At|The|By|From|When|During|After|Before|This|That|These|It|He|She|They|There)\b)[A-Z][a-z]+(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][a-z'’]+){1,5}\b")
ORG_WORDS = (
    r"Service|Services|Trust|Board|Council|Team|Unit|Department|Hospital|Police|Constabulary|Agency|Court|"
    r"Centre|Center|Clinic|Practice|Surgery|School|Authority|Directorate|Office|Ofsted|Probation|Homes|"
    r"College|Institute|Association|Society|Commission|Ministry|Inspectorate|Government|Committee|Partnership|"
    r"Foundation|Charity|Union|Group|Panel|Network|Programme|Area"
)
ORG_RE = re.compile(
    rf"\b(?:the\s+)?(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|for|&)\s+)?){{0,6}}(?:{ORG_WORDS})\b"
    # "… for Children and Young People": a name's tail may join words with "and", but not a person ("… and Mr B")
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+(?!(?:Mr|Mrs|Ms|Miss|Dr|Child|Sibling)\b))?[A-Z][\w'’-]*){{0,3}})?"
)
PLACE_RE = re.compile(
    r"\b(?:at|in|to|from|into|outside|near)\s+((?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:Hospital|Centre|Center|"
    r"Clinic|School|Court|Road|Street|Close|Station|Estate|House|Unit|Ward\s*\d*|Practice|Surgery|Park|"
    r"Flat|Nursery|Library)\b|(?:the\s+)?(?:[a-z'’]+\s+){0,2}(?:home|house|flat|address|property|park|"
    r"garden|bedroom|kitchen|cot|nursery|ward|hospital|clinic|surgery|school|centre|car|street)\b)"
)


def find_numbers(text: str) -> list[Span]:
    """Numbers (digits or words), minus those inside dates, times, codes and paragraph references."""
    blocked = find_dates(text) + find_times(text) + [m.span() for m in PERSON_RE.finditer(text)]
    out = []
    for m in NUMBER_RE.finditer(text):
        start, end = m.span()
        if any(start < b and end > a for a, b in blocked):
            continue
        before = text[max(0, start - 12) : start].lower()
        if re.search(r"(?:para(?:graph)?s?|section|page|p\.|pp\.|recommendation|appendix|no\.)\s*$", before):
            continue
        out.append((start, end))
    return out


_LABEL_BEFORE = re.compile(
    r"\b(?:meeting|conference|table|figure|annexe?|stage|level|step|phase|tier|room|ward|flat|item|finding|"
    r"number|version|box|bed|floor)\s+$",
    re.IGNORECASE,
)


def find_number_phrases(text: str, max_tail: int = 3) -> list[Span]:
    """Numbers with what they count: "four nights", "eleven social workers", "between two and five weeks
    old", "five of the eight", "3.21 kg", "a fifth", "£41,250". Dates, times, codes and paragraph
    references are not numbers here."""
    blocked = find_dates(text) + find_times(text) + [m.span() for m in PERSON_RE.finditer(text)]
    out = []
    for m in NUMBER_PHRASE_RE.finditer(text):
        start, end = m.span()
        if any(start < b and end > a for a, b in blocked):
            continue
        before = text[max(0, start - 20) : start].lower()
        if re.search(r"\b(?:para(?:graph)?s?|sections?|pages?|p\.|pp\.|recommendations?|appendix|no\.|chapter|part)\s*$", before):
            continue
        unit_follows = re.match(r"\s+(?:" + UNITS + r")", text[end:])
        if m.group(0)[:1].isdigit() and _LABEL_BEFORE.search(before) and not unit_follows:
            continue  # "strategy meeting 1", "ward 7", "stage 2": a label, not a count
        if m.group(0).strip().lower() in ("a", "an", "one of", "half") and not unit_follows:
            continue
        tail_end = end
        hyphened = re.match(rf"-(?:{UNITS[3:-1]}|old)\b", text[end:], re.IGNORECASE)  # "12-month", "two-year"
        if hyphened:
            tail_end = end + hyphened.end()
        for _ in range(max_tail):
            word = _TAIL_WORD.match(text, tail_end)
            if not word or word.group(1).lower() in _TAIL_STOP:
                break
            tail_end = word.end()
        old = re.match(r"\s+old\b", text[tail_end:])
        if old:
            tail_end += old.end()
        out.append((start, tail_end))
    return out


def find_quantities(text: str) -> list[Span]:
    """Amounts of time, with their unit: "three weeks", "17 months old", "nine times", "aged 2"."""
    unit = re.compile(UNITS, re.IGNORECASE)
    out = []
    for start, end in find_number_phrases(text):
        if unit.search(text[start:end]):
            bound = _BOUND_BEFORE.search(text[max(0, start - 24) : start])  # "within 24 hours", "at least six weeks"
            out.append((start - len(bound.group(0)) if bound else start, end))
    return out


_BOUNDS = r"(?:within|under|over|up to|at least|at most|less than|more than|fewer than|no more than|no later than)"
_BOUND_BEFORE = re.compile(rf"\b{_BOUNDS}\s+$", re.IGNORECASE)
BOUND_PREFIX = re.compile(rf"^{_BOUNDS}\s+", re.IGNORECASE)  # what find_quantities may put before the amount


def find_ages(text: str) -> list[Span]:
    """Ages: number phrases with a unit of time that follow "aged"/"age of" or end in "old", or bare
    numbers after "aged"."""
    out = []
    for start, end in find_number_phrases(text):
        phrase = text[start:end]
        after_age = AGE_CONTEXT.search(text[max(0, start - 12) : start])
        if after_age or re.search(r"\bold\b", phrase) or re.search(r"(?:months?|years?|weeks?)\b", phrase):
            out.append((start, end))
        elif is_bare_age(text, (start, end)):
            out.append((start, end))  # "she was seventeen when Sibling 1 was born"
    return out


def is_bare_age(text: str, span: Span) -> bool:
    """A number without a unit told as someone's age ("was seventeen when …")."""
    return bool(BARE_AGE_BEFORE.search(text[max(0, span[0] - 12) : span[0]]) and BARE_AGE_AFTER.match(text[span[1] :]))


def find_people(text: str) -> list[Span]:
    """Anonymised people, titled names, role codes and role phrases."""
    spans = [m.span() for m in PERSON_RE.finditer(text)]
    spans += [m.span() for m in ROLE_RE.finditer(text)]
    return _non_overlapping(spans)


def find_organisations(text: str) -> list[Span]:
    return _non_overlapping([m.span() for m in ORG_RE.finditer(text)])


NOT_NAME_WORDS = frozenset(
    """Review Reviews Case Serious Board Boards Hospital Hospitals Children Children's Child Services Service Team
    Council Trust Borough Safeguarding Local Court Courts General Minister Department Report Overview Executive
    Summary Appendix Section Working Together Act Police Constabulary Unit Centre Clinic Surgery School Road
    Street Close House Homes Area Probation Primary Care Practice Agency Conference Protection Plan Panel
    Management Individual Assessment Referral Support Family Health Office Ofsted National Government Authority
    Directorate Ward Crown Prosecution Magistrates Home Kingdom England Britain Chapter Regulations Guidance
    Annex Table Contents Introduction Findings Recommendations Conclusions Chronology Glossary Terms Reference
    Domestic Violence Crime Victims Edinburgh Postnatal Depression Scale Royal College Radiologists Accident
    Emergency Department Early Years Education Quality Assurance Positive Parenting People Persons Independent
    Reviewing Officer Officers Manager Director Assistant Deputy Chief Head Chair Designated Named Nurse Consultant
    Superintendent Detective Adviser Advisor Author Lead Member Members Senior Principal""".split()
)


def find_proper_names(text: str) -> list[Span]:
    """Personal names written out ("Ruth Calloway", "Rachel Tennant"): capitalised word pairs that are
    not organisations, places or report vocabulary."""
    out = []
    for m in PERSON_NAME_RE.finditer(text):
        words = m.group(0).split()
        if any(w in NOT_NAME_WORDS or w.rstrip("'’s") in NOT_NAME_WORDS or w.lower() in _TAIL_STOP for w in words):
            continue
        out.append(m.span())
    return _non_overlapping(out)


_TITLED_NAME = re.compile(PERSON_PATTERNS[0])


def holds_personal_name(text: str, asked: str = "") -> bool:
    """Whether a text gives someone's name, other than one the question (``asked``) already says: a titled one
    ("PC Farrell", "Dr Patel", "Ms D") or one written out ("Ruth Calloway"). A role code (SW2), "Child H", an
    agency or a role is not a name."""
    said = asked.lower()
    found = [text[m.start() : m.end()] for m in _TITLED_NAME.finditer(text)]
    found += [text[a:b] for a, b in find_proper_names(text)]
    return any(name.lower() not in said for name in found)


PERSON_NAME_RE = re.compile(r"\b[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){1,2}\b")


def find_places(text: str) -> list[Span]:
    return _non_overlapping([m.span(1) for m in PLACE_RE.finditer(text)])
