"""What a passage says beyond its own words, for the gates of what a question fixes whatever the document: the
year, the months and the days its events are in, the people (by role code, title or letter) it is about and
which occurrence of a thing it tells (the first meeting or the second), read with the paragraphs before it in its
section, since a review names the year or the person once and then goes on ("4.4 At 23.15 hrs on 2 November
2022 …" / "4.5 PC1 completed a DASH …"; "SW2 became the social worker …" / "She had 27 children …").

Pure functions over the index's passages.
"""

from __future__ import annotations

import re

from qa.dates import parse_date
from qa.reader import choose
from qa.rules.asked import _ORDINAL_WORDS
from qa.spans import MONTH, PERSON_PATTERNS, ROLE_CODE, find_dates


YEAR_BACK = 3  # paragraphs looked back over for the year a paragraph's events are in


def year_context(passages, i: int) -> str:
    """What states the year of passage ``i``'s events: its text, heading and document title and, when its text
    dates nothing (``dated``), the paragraphs before it in its section back to one that does (a review gives the
    year once, then tells the episode over several paragraphs: "4.4 At 23.15 hrs on 2 November 2022 …" / "4.5
    PC1 completed a DASH …")."""
    here = passages[i]
    texts = [here.text, here.section or "", here.title]
    if dated(here.text):
        return " ".join(texts)  # a paragraph that dates its events is about their year
    for before in before_in_section(passages, i, YEAR_BACK):
        texts.append(before.text)
        if dated(before.text):
            break
    return " ".join(texts)


def dated(text: str) -> bool:
    """The text dates events in a year: a date with its year ("2 November 2022", "in March 2021", "in 2021",
    31/01/07) or a pair of years ("2022-23"); a year that qualifies a thing ("his 2017 caution") dates that
    thing, not the paragraph's events."""
    return bool(choose.years(text)[0]) or any((day := parse_date(text[a:b])) and day.year for a, b in find_dates(text))


_BOUND = re.compile(r"\b(?:by|before|after|since|until|till|up to|as of|as at|between|from)\s+$", re.IGNORECASE)


def days(text: str, bounds: bool = True) -> set[tuple[int, int, int | None]]:
    """The days a text states, as (day, month, year or None): "9 December 2009", "09/12/2009", "9 Dec"; without
    ``bounds``, not a day that bounds a time ("by 31 March 2025", "since 4 July"), which is no event's own day."""
    return {(d.day, d.month, d.year) for d in _dates(text, bounds) if d.day and d.month}


def _dates(text: str, bounds: bool = True):
    """The dates a text states (``qa.dates.Date``); without ``bounds``, not one that bounds a time."""
    found = (parse_date(text[a:b]) for a, b in find_dates(text) if bounds or not _BOUND.search(text[:a]))
    return (d for d in found if d)


def day_missing(asked: set[tuple[int, int, int | None]], context: str) -> bool:
    """The question names a day ("the strategy meeting of 9 December 2009") that the text read with its context
    (``year_context``) never states, in any form: it tells of another day's events. A day stated without its year
    ("on 9 December") matches the day asked in any year."""
    if not asked:
        return False
    stated = days(context)
    return not any((d, m) == (sd, sm) and (y is None or sy is None or y == sy) for d, m, y in asked
                   for sd, sm, sy in stated)


def codes_in(passages, i: int) -> set[str]:
    """The role codes passage ``i`` names, with its heading and the paragraph before it in its section (which
    often names the person a paragraph goes on about as "she")."""
    here = passages[i]
    texts = [here.text, here.section or ""] + [before.text for before in before_in_section(passages, i, 1)]
    return set(ROLE_CODE.findall(" ".join(texts)))


def before_in_section(passages, i: int, limit: int):
    """The passages before passage ``i`` in its document and section, nearest first, at most ``limit``."""
    here = passages[i]
    for j in range(i - 1, max(-1, i - 1 - limit), -1):
        if passages[j].file != here.file or passages[j].section != here.section:
            return
        yield passages[j]


# ordinals that count occurrences ("the second core group meeting"); "last" and "final" say the same
_ORDINALS = {**_ORDINAL_WORDS, "last": -1, "final": -1}
_ORDINAL_WORD = r"(?:" + "|".join(_ORDINALS) + r")"
_NUMBER_WORDS = {w: n for n, w in enumerate(
    "one two three four five six seven eight nine ten eleven twelve".split(), 1)}
# an age or interval that names which of a series is meant: "the two-year review", "the eight-week check"
_AGE_WORD = r"(?:\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")-(?:year|month|week|day)"
_COUNT_WORD = rf"(?:{_ORDINAL_WORD}|{_AGE_WORD})"
# one ordinal or several joined ("the third and last home visit"), then the words they count (up to three)
_ORDINAL_OF = re.compile(rf"\b({_COUNT_WORD}(?:\s*(?:,|and|or)\s*{_COUNT_WORD})*)"
                         rf"\s+([\w'’-]+(?:\s+[A-Za-z'’-]+(?![\w'’-])){{0,2}})", re.IGNORECASE)
# where a counted noun phrase ends: a preposition, a conjunction, a verb of the question's frame
_PHRASE_END = frozenset("""in on of at for with by to from into after before during since about and or that which who
    was were is are did does do had has have been be being when where while than as""".split())


def _which(word: str) -> int | str:
    """Which of a series a word names: an ordinal's number (last and final: -1), or an age ("2-year")."""
    word = word.lower()
    if word in _ORDINALS:
        return _ORDINALS[word]
    number, unit = word.split("-", 1)
    return f"{_NUMBER_WORDS.get(number, number)}-{unit}"


def asked_ordinals(question: str) -> list[tuple[set, tuple[str, ...]]]:
    """The occurrences a question names, each as (which of the series, the words that name the thing counted: the
    first after the ordinals and the last of its noun phrase): "the second core group meeting" → ({2}, ("core",
    "meeting")); "the third and last home visit" → ({3, -1}, ("home", "visit")); "the first serious case review's
    cost" → ({1}, ("serious", "review")); "the two-year review" → ({"2-year"}, ("review",))."""
    out = []
    for m in _ORDINAL_OF.finditer(question):
        phrase = []
        for word in m.group(2).split():
            if phrase and word.lower() in _PHRASE_END:
                break
            phrase.append(word)
            if word.endswith(("'s", "’s")):
                break
        nouns = tuple(dict.fromkeys(_noun(w) for w in (phrase[0], phrase[-1])))
        out.append(({_which(w) for w in re.findall(_COUNT_WORD, m.group(1), re.IGNORECASE)}, nouns))
    return out


def other_occurrence(asked: list[tuple[set, tuple[str, ...]]], text: str) -> bool:
    """The text tells of another occurrence of a thing the question counts: for words the question puts an ordinal
    (or an age: "the two-year review") before, the text puts another before one of them (with at most two words
    between) and never names one of the question's ("the first child in need meeting" read for "the second child
    in need meeting", "the second review cost …" for "the first serious case review", "the one-year review" for
    "the two-year review")."""
    for numbers, nouns in asked:
        counted = "|".join(re.escape(noun) for noun in nouns)
        told = {_which(m.group(1)) for m in re.finditer(
            rf"\b({_COUNT_WORD})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{counted})(?:s|'s|’s)?\b", text, re.IGNORECASE)}
        # … the text may tell the question's own one elliptically too ("the first, completed in June 2008, …")
        said = {_which(w) for w in re.findall(rf"\b{_COUNT_WORD}\b", text, re.IGNORECASE)}
        if told and not numbers & said:
            return True
    return False


def _noun(word: str) -> str:
    word = word.lower()
    for ending in ("'s", "’s"):
        word = word.removesuffix(ending)
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us")) and len(word) > 3 else word


def months(text: str) -> set[tuple[int, int | None]]:
    """The months a text states, as (month, year or None), with or without a day ("March 2023", "14/03/2023");
    not one that bounds a time ("by March 2025")."""
    return {(d.month, d.year) for d in _dates(text, bounds=False) if d.month}


_MONTH_NAME = re.compile(rf"\b({MONTH})\b")
_MONTH_ASKED = re.compile(r"\b(?i:in|during)\s+((?:early |mid-|late )?[A-Z][a-z]+\.?\s+\d{4})\b")
_RELATIVE = re.compile(r"\b(?:after|before|following|since|until|prior to|ahead of|by)\b", re.IGNORECASE)


def asked_months(question: str) -> set[tuple[int, int]]:
    """The month a question locates its event in: "in March 2023", "during May 2022" (a month that names another
    event instead, "the August 2024 incident", "the injuries of August 2007", "after the call in December 2024",
    is not where the asked event lies)."""
    out = set()
    for m in _MONTH_ASKED.finditer(question):
        if _RELATIVE.search(question[: m.start()]):
            continue
        for month, year in months(m.group(1)):
            if year:
                out.add((month, year))
    return out


def month_missing(asked: set[tuple[int, int | None]], context: str) -> bool:
    """The question names a month of a year ("the home visit in March 2023") that the text read with its context
    never states, in any form: it tells of another month's events."""
    if not asked:
        return False
    stated = months(context)
    named = {parse_date(f"1 {w} 2000").month for w in _MONTH_NAME.findall(context)}  # "in March", its year given before
    return not any(m in named or any(m == sm and (y == sy or sy is None) for sm, sy in stated) for m, y in asked)


# a person a review names by title or as a child or sibling ("Ms K", "Dr Patel", "Child N", "Sibling 1")
_PERSON = re.compile("|".join(PERSON_PATTERNS[:2]))
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)
_CHILDREN = ("child", "baby", "sibling")


def people(text: str, whose: bool = True) -> set[str]:
    """The people a text names by title or letter, each as title and surname ("Mr Alan Brereton" → "mr brereton");
    without ``whose``, not one named only to say whose someone or something is ("Mr L's partner", "the mother of
    Child N")."""
    out = set()
    for m in _PERSON.finditer(text):
        if not whose and (text[m.end():m.end() + 2] in ("'s", "’s") or _OF_BEFORE.search(text[: m.start()])):
            continue
        words = m.group(0).replace(".", " ").lower().split()
        out.add(f"{words[0]} {words[-1]}")
    return out


def other_people(asked: set[str], passage, k: int, span: tuple[int, int], window: str) -> bool:
    """Sentence ``k`` of ``passage`` (the span ``span`` within it aside: it may be the person asked for) is about
    other people than the question: the question names people (``people(question, whose=False)``), neither that
    sentence nor the one before (a row: the whole window read) names any of them, and the sentence names another
    of the same kind, an adult for an adult, a child for a child ("The CPS decided that Ms K would not be
    charged" for "… charge Mr L?")."""
    sentences, text = passage.sentences, passage.text
    near = window if passage.kind == "row" else text[sentences[max(0, k - 1)].start : sentences[k].end]
    if not asked or people(near) & asked:
        return False
    told = text[sentences[k].start : span[0]] + " " + text[span[1] : sentences[k].end]
    return any(_kind(p) == _kind(q) for p in people(told, whose=False) for q in asked)


def _kind(person: str) -> str:
    return "child" if person.split()[0] in _CHILDREN else "adult"
