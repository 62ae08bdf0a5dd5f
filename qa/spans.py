"""Typed spans inside text: dates, numbers, durations and ages, people and roles, places, reasons.

Pure functions returning ``(start, end)`` character offsets, so whatever they find is verbatim. Covers
the forms serious case reviews use: "14 March 2007", "14/03/07", "14.03.2007", "March 2007", "Monday 3
August", numbers in words and digits ("eleven", "22", "twenty-two"), anonymised people ("Ms A", "Mr B",
"SW1", "HV1", "DC E", "Dr D", "Child X", "Sibling 1") and roles ("the GP", "the consultant
paediatrician", "the team manager").
"""

from __future__ import annotations

import re

Span = tuple[int, int]

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

DATE_PATTERNS = [
    # 14 March 2007, Monday 3rd of August 2007, 14 Mar. 2007
    rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{MONTH}\.?,?\s+(?:19|20)\d\d",
    # March 14, 2007
    rf"(?:{WEEKDAY},?\s+)?{MONTH}\.?\s+{_DAY},?\s+(?:19|20)\d\d",
    # 14/03/07, 14.03.2007, 14-3-2007
    r"(?:[12]\d|3[01]|0?[1-9])(?P<sep>[/-])(?:1[0-2]|0?[1-9])(?P=sep)(?:(?:19|20)\d\d|\d\d)",
    r"(?:[12]\d|3[01]|0[1-9])\.(?:1[0-2]|0[1-9])\.(?:(?:19|20)\d\d|\d\d)",  # 14.03.07 (two-digit day and month)
    r"(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.(?:19|20)\d\d",  # 4.3.2007
    # 2007-03-14
    r"(?:19|20)\d\d-(?:1[0-2]|0[1-9])-(?:[12]\d|3[01]|0[1-9])",
    # early March 2007, the end of March 2007, March 2007
    rf"(?:(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of)[\s-]+)?{MONTH}\s+(?:19|20)\d\d",
    # Monday 3 August / 3 August (no year)
    rf"(?:{WEEKDAY},?\s+)?{_DAY}\s+(?:of\s+)?{MONTH}\b(?!\.?,?\s+(?:19|20)\d\d)",
    # Aug 07, Feb '07 (month and two-digit year, as chronologies abbreviate)
    rf"{MONTH}\.?\s+'?\d\d\b(?!\s*,?\s*(?:19|20)\d\d)(?![:.]\d)",
    # spring 2007, summer of 2007
    r"(?:(?:early|late)\s+)?(?:spring|summer|autumn|winter)\s+(?:of\s+)?(?:19|20)\d\d",
]
DATE_RE = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in DATE_PATTERNS) + r")\b(?!\.\d)", re.IGNORECASE)
YEAR_RE = re.compile(r"\b(?:in|during|by|since|from|until|of|before|after|between|and)\s+((?:19|20)\d\d)\b(?![-/.]\d)", re.I)
_CLOCK_DOT = r"(?:[01]\d|2[0-3])\.[0-5]\d(?!\d|\.\d|\s*(?:%|per\s?cent|kg|g\b|cm|mm|ml|miles|km))"
# a 24-hour time written with a dot and no "hrs" ("at 05.54", "13.30 to 16.05"): a two-digit hour after a word that
# places it in time, or the first of a range of such times; "paragraph 13.30", "2.5 kg" and "£12.50" are not times
_CLOCK_AFTER = "|".join(rf"(?<=\b{w} )" for w in ("at", "from", "until", "till", "by", "before", "after", "around",
                                                  "about", "between", "to", "and"))
TIME_RE = re.compile(
    r"\b(?:[01]?\d|2[0-3])(?::[0-5]\d(?!\d)|\.[0-5]\d\s*(?:hrs|hours|am|pm|a\.m\.|p\.m\.))|\b(?:1[0-2]|0?[1-9])\s*(?:am|pm|a\.m\.|p\.m\.)"
    rf"|(?:{_CLOCK_AFTER})(?<!£){_CLOCK_DOT}|\b{_CLOCK_DOT}(?=\s*(?:to|–|-)\s*{_CLOCK_DOT})",
    re.IGNORECASE,
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
REASON_RE = re.compile(
    r"\b(?:because|as a result of|as a consequence of|due to|owing to|in order to|so that|so as to|"
    r"on the grounds that|on the basis (?:that|of)|given that|in view of|in the light of|in light of|since|as|the reason)\b",
    re.IGNORECASE,
)


def _non_overlapping(matches: list[Span]) -> list[Span]:
    """Longest first, then keep spans that do not overlap a kept one; returned in text order."""
    kept: list[Span] = []
    for start, end in sorted(matches, key=lambda s: (-(s[1] - s[0]), s[0])):
        if all(end <= a or start >= b for a, b in kept):
            kept.append((start, end))
    return sorted(kept)


def find_dates(text: str) -> list[Span]:
    """Dates in every form reports use; a bare year only after a preposition ("in 2007")."""
    spans = [m.span() for m in DATE_RE.finditer(text)]
    spans += [m.span(1) for m in YEAR_RE.finditer(text)]
    return _non_overlapping(spans)


def find_times(text: str) -> list[Span]:
    return _non_overlapping([m.span() for m in TIME_RE.finditer(text)])


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


def date_precision(text: str) -> str:
    """"day", "month" or "year" for a date span's text."""
    if re.search(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}", text) or re.search(
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}|{MONTH}\.?\s+\d{{1,2}}\b", text, re.IGNORECASE
    ):
        return "day"
    if re.search(MONTH, text, re.IGNORECASE):
        return "month"
    return "year"


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
QUOTE_RE = re.compile(r"“([^“”]{3,200}?)”|\"([^\"]{3,200}?)\"|(?<![\w])‘([^‘’]{3,200}?)’(?![\w])|(?<![\w])'([^']{3,200}?)'(?![\w])")
REPORTED_RE = re.compile(
    r"\b(?:said|says|explained|explaining|stated|claimed|reported|told (?:[A-Z][\w ]{0,20}?|him|her|them) that|"
    r"explanation(?: given)?(?: was)?:?|described as|recorded as|recorded that|noted that|attributed (?:it |this )?to|"
    r"was said to have|were said to have|put down to)\s+",
    re.IGNORECASE,
)


def find_quotes(text: str) -> list[Span]:
    """Quoted words ("cannot rule out accidental injury"), without the quotation marks."""
    return [next(m.span(g) for g in range(1, 5) if m.group(g) is not None) for m in QUOTE_RE.finditer(text)]


def find_reported(text: str) -> list[Span]:
    """What someone said or recorded: the clause after "said", "explained", "Explanation:" …"""
    out = []
    for m in REPORTED_RE.finditer(text):
        start = m.end()
        stop = re.search(r"[.;]|\s(?:but|and that|although|which|while)\s", text[start:])
        end = start + (stop.start() if stop else len(text) - start)
        if end - start >= 4:
            out.append((start, end))
    return out


def find_places(text: str) -> list[Span]:
    return _non_overlapping([m.span(1) for m in PLACE_RE.finditer(text)])


_AS_ROLE_BEFORE = re.compile(
    r"\b(?:known|described|regarded|treated|recorded|logged|seen|referred to|classified|identified|introduced|"
    r"such|same|listed|noted|registered|employed|working|acting|served|appointed)(?:\s+(?:this|that|it|him|her|them|the\s+\w+))?\s*$",
    re.IGNORECASE,
)
_CLAUSE_VERB = re.compile(
    r"(?:\s+\S+){0,6}?\s+(?:had|has|have|was|were|is|are|did|does|do|could|would|should|might|must|can|will|"
    r"needed|knew|thought|felt|seemed|appeared)\b",
    re.IGNORECASE,
)
_JUDGED_AS = re.compile(r"\b(?:regards?|regarded|sees?|saw|views?|viewed)\b(?:\s+\S+){1,5}\s*$", re.IGNORECASE)
_SO_THAT_RESULT = re.compile(r"(?:\s+\S+){0,5}?\s+(?:did|was|were|had)\b", re.IGNORECASE)


def find_reason(text: str) -> Span | None:
    """The clause that gives a reason ("because …", "due to …"), up to the end of the sentence."""
    for m in REASON_RE.finditer(text):
        word = m.group(0).lower()
        if word in ("as", "since") and not re.match(r"\s+(?:a|the|he|she|they|it|there|this|no|her|his|their|[A-Z])", text[m.end():m.end() + 6]):
            continue
        if word in ("as", "since") and any(a == m.end() + 1 for a, _ in find_dates(text[: m.end() + 40])):
            continue  # "since January 2007" tells when, not why
        if word == "as" and not _JUDGED_AS.search(text[: m.start()]) and (  # "the panel regards it as the last …"
            _AS_ROLE_BEFORE.search(text[: m.start()]) or not _CLAUSE_VERB.match(text, m.end())
        ):
            continue  # "known as Child T", "logged as a contact": what something was called, not why
        if word == "so that" and _SO_THAT_RESULT.match(text, m.end()):
            continue  # ", so that the core group did not meet": what followed, not why
        end = len(text.rstrip(" .;"))
        if end - m.start() > 12:
            return (m.start(), end)
    return None
