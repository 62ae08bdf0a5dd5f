"""What a question asks, read from its words: the noun asked for, ordinals, dates and months it names, whose
age, the unit an amount should carry and whether an amount span measures it, neighbouring term pairs, and
the anonymised people a text names (``entity_keys``: SW2, Ms A).

Owns helpers that read words (a question's, or the people a sentence names), never passages or scored units.
"""

from __future__ import annotations

import re
from functools import lru_cache

from qa import spans as S
from qa.dates import Date, parse_date
from qa.question import Question
from qa.rules.patterns import _CODE, _TITLED
from qa.terms import terms


def entity_keys(text: str) -> set[tuple[str, str]]:
    """Anonymised people as (kind, key): SW2 → ("SW", "SW2"); Ms A → ("Ms", "Ms A"). Kinds let the reader see
    that a sentence about SW2 answers nothing about SW1."""
    keys = {(m.group(1), m.group(0)) for m in _CODE.finditer(text)}
    keys |= {(m.group(1), f"{m.group(1)} {m.group(2)}") for m in _TITLED.finditer(text)}
    return keys


_ASKED_NOUN = re.compile(r"\b(?:which|what)\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:did|was|were|is|are|has|had|does|do|made|gave)\b", re.IGNORECASE)
_ASKS_AGE = re.compile(r"\bhow old\b|\bage\b", re.IGNORECASE)
_UNIT_CUES = [
    (re.compile(r"\bweigh", re.IGNORECASE), re.compile(r"\b(?:kg|g|grams?|kilos?|kilograms?|lbs?|pounds?|ounces?|oz|stone)\b", re.IGNORECASE)),
    # money: "how much did it cost", "how much was spent" (not "how many nights did he spend")
    (re.compile(r"\b(?:cost|costs|paid|price|fee|fees|budget)\b|\bhow much\b.*\bspen[dt]\b", re.IGNORECASE), re.compile(r"£|\bpounds\b|\bper cent\b", re.IGNORECASE)),
    (re.compile(r"\b(?:percentage|per cent|percent|proportion)\b", re.IGNORECASE), re.compile(r"%|per ?cent|half|third|quarter|fifth|tenth|\bof\b", re.IGNORECASE)),
    (re.compile(r"\bhow (?:tall|far|long is|wide)\b", re.IGNORECASE), re.compile(r"\b(?:cm|mm|m|metres?|miles?|km|inches|feet)\b", re.IGNORECASE)),
    (re.compile(r"\bhow long\b|\bhow old\b|\bage\b", re.IGNORECASE), re.compile(r"\b(?:minutes?|hours?|days?|nights?|weeks?|months?|years?)\b|-(?:day|week|month|year)", re.IGNORECASE)),
]


# "what was Mrs H's occupation?", "what is the family's ethnic background?": the thing asked about
_ASKED_OF = re.compile(
    r"\bwhat (?:is|was|were|are) (?:the |his |her |their )?(?:[\w-]+\s)?(?:[\w-]+['’]s\s)?((?:[\w-]+\s){0,2}?[\w-]+)"
    r"(?=\s+(?:at|in|on|of|for|when|during|after|before|by|to)\b|\s*\?|$)",
    re.IGNORECASE,
)


# "what was the name of the family's dog?": the frame word ("name") is followed by the thing asked about
_FRAME_OF = re.compile(
    r"\b(?:name|names|number|type|kind|title|date|cost|amount|colour|make|breed) of (?:the |his |her |their |a |an )?"
    r"(?:[\w-]+['’]s\s)?((?:[\w-]+\s){0,2}?[\w-]+)"
    r"(?=\s+(?:who|whom|that|which|where|at|in|on|of|for|when|during|after|before|by|to|did|was|were|is)\b|\s*\?|$)",
    re.IGNORECASE,
)


def asked_words(question: str) -> list[str]:
    """The words that name what a "which X did …" / "what was Y's X" question asks for ("football team",
    "dog" in "what was the name of the family's dog?")."""
    found = []
    for pattern in (_ASKED_NOUN, _ASKED_OF, _FRAME_OF):
        m = pattern.search(question)
        if m:
            found += re.findall(r"[\w'’-]+", m.group(1))
    return found


_ORDINAL_WORDS = {w: n for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth".split(), start=1)}
_ORDINAL = re.compile(
    rf"\b(?:(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|(\d{{1,2}})(?:st|nd|rd|th)(?!\s+(?:of\s+)?{S.MONTH})|"
    r"(?:meeting|conference|review|visit|admission|referral|assessment|interview)s?\s+(\d{1,2})\b(?!\s*(?:[/.:]|"
    rf"{S.MONTH})))\b",
    re.IGNORECASE,
)


def ordinals(text: str) -> set[int]:
    """Ordinals a text uses: "the second strategy meeting", "2nd", "Strategy meeting 2" → {2}."""
    out = set()
    for m in _ORDINAL.finditer(text):
        word, suffixed, numbered = m.groups()
        out.add(_ORDINAL_WORDS[word.lower()] if word else int(suffixed or numbered))
    return out


@lru_cache(maxsize=256)
def _asked_noun(question: str) -> str | None:
    """The noun a "which/what X did …" question asks for, as a term ("which GP surgery did" → surgeri)."""
    m = _ASKED_NOUN.search(question)
    if not m:
        return None
    found = terms(m.group(1))
    return found[-1] if found else None


# where the counted noun ends: "two nights on the ward" counts nights, not wards
_NOUN_ENDS = re.compile(
    r"^(?:on|in|at|for|with|from|by|during|before|after|into|when|while|who|which|that|was|were|is|are|had|has|"
    r"have|been|being|did|per|each|since|until)$",
    re.IGNORECASE,
)
_COUNTED_SAME = ({"time", "occas"},)  # words that count the same thing ("how many times" → "on eight occasions")
_COUNT_WORD = re.compile(rf"^(?:{S.NUMBER_WORDS}|[\d.,£%]+|between|and|to|or|of|out|the|a|an|some|about|over|under|nearly|almost|around|more|less|than|at|least|most)$", re.IGNORECASE)


def _unit_fit(text: str, span: tuple[int, int], question: Question, unit_cue: re.Pattern[str] | None) -> float:
    """Does an amount span measure what the question asks? 1 yes, -1 it counts or measures something else,
    0 cannot tell (a bare number, or a question that names no unit)."""
    tail = re.split(r"[.;:!?,()]", text[span[1] : span[1] + 40])[0]  # the counted noun is in the same clause
    words = re.findall(r"[\w'’.-]+", text[span[0] : span[1]]) + re.findall(r"[\w'’-]+", tail)[:4]
    after = [w for w in words if not _COUNT_WORD.match(w)]
    ends = next((i for i, w in enumerate(after) if i and _NOUN_ENDS.match(w)), len(after))
    shown = " ".join(after[: min(3, ends)])  # "three of the nine individual management reviews"; "two nights (on the ward)"
    if S.is_bare_age(text, span) and _ASKS_AGE.search(question.text):
        return 1.0  # "how old was Ms A …" → "(she) was seventeen when …": years are understood
    if unit_cue is not None:
        return 1.0 if unit_cue.search(text[span[0] : span[1]] + tail) else -1.0
    if question.focus and re.match(r"-[A-Za-z]", text[span[1] : span[1] + 2]):
        return -1.0  # "three-monthly supervision", "two-bedroom flat": a modifier, not a count
    if not question.focus or not after:
        return 0.0
    counted = set(terms(shown))
    if not counted:
        return 0.0
    wanted = set(question.focus)
    for same in _COUNTED_SAME:
        if wanted & same:
            wanted |= same
    return 1.0 if counted & wanted else -1.0


_AGE_OF = re.compile(r"\b(?:how old|what age|which age|at what age)\s+(?:was|is|were|are|had|did)\s+|\bage of\s+", re.IGNORECASE)


@lru_cache(maxsize=256)
def _whose_age(question: str) -> str | None:
    """The person whose age is asked: "What age was Mr C when Child T died?" → "Mr C"."""
    found = _AGE_OF.search(question)
    if not found:
        return None
    rest = question[found.end() :]
    named = sorted((m.start(), key) for _, key in entity_keys(rest) for m in re.finditer(re.escape(key), rest))
    for at, key in named:  # "Ms A's partner Mr B": the possessor is not the one asked about
        if at > 40:
            break
        if not re.match(r"['’]s\b", rest[at + len(key) :]):
            return key
    return None


@lru_cache(maxsize=256)
def _unit_cue(question: str) -> re.Pattern[str] | None:
    """The units an answer to this amount question should carry (a weight, money, a duration …)."""
    for cue, units in _UNIT_CUES:
        if cue.search(question):
            return units
    return None


_BARE_MONTH = re.compile(r"(?<=\s)(January|February|March|April|June|July|August|September|October|November|December)\b")


@lru_cache(maxsize=256)
def _question_dates(question: str) -> list[Date]:
    """The dates a question names, and the months it names alone: "the August strategy meeting" is in
    August, whatever the year ("May" alone is left out: it is more often the verb)."""
    spans = S.find_dates(question)
    found = [d for d in (parse_date(question[a:b]) for a, b in spans) if d]
    for m in _BARE_MONTH.finditer(question):
        if not any(a <= m.start() < b for a, b in spans):
            found.append(parse_date(m.group(1)))
    return found


def _covered(sentence_terms: list[str], stands_for: dict[str, frozenset[str]]) -> set[str]:
    """A sentence's terms, with the words of each abbreviation in it that the question spells out."""
    found = set(sentence_terms)
    for abbreviation, words in stands_for.items():
        if abbreviation in found:
            found |= words
    return found


def term_pairs(found: list[str]) -> set[frozenset[str]]:
    """Neighbouring terms, either way round: "chaired the panel" and "the panel was chaired" share a pair."""
    return {frozenset(p) for p in zip(found, found[1:]) if p[0] != p[1]}
