"""Dates and times inside text as spans, with ``Span`` and ``_non_overlapping`` (of overlapping spans, the longest).

Pure functions returning ``(start, end)`` character offsets, so whatever they find is verbatim. Covers the forms
serious case reviews use: "14 March 2007", "14/03/07", "14.03.2007", "2007-03-14", "March 2007", "late March 2007",
"Monday 3 August", "Aug 07", "summer 2007", a bare year after a preposition ("in 2007"), and times ("10:30", "2pm",
"13.30 hrs", "at 05.54"). What a date means (its day, month and year) is ``qa.dates``'s. ``qa.spans`` re-exports
these names (callers import them from there) and builds its finders on ``Span`` and ``_non_overlapping``; this
module imports nothing from the project.
"""

from __future__ import annotations

import re
from functools import lru_cache

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
# … or right after a date written in figures: a chronology's Date and Time cells ("19/10/2023 06.54 Ambulance …")
_CLOCK_AFTER += "".join(rf"|(?<=\d/{m}/{y} )" for m in (r"\d", r"\d\d") for y in (r"\d\d", r"\d{4}"))
TIME_RE = re.compile(
    # "am", "pm", "hrs" end there: "06.54 Ambulance" (a chronology row's time, then its agency) is no "06.54 am"
    r"\b(?:[01]?\d|2[0-3])(?::[0-5]\d(?!\d)|\.[0-5]\d\s*(?:(?:hrs|hours|am|pm)\b|a\.m\.|p\.m\.))"
    r"|\b(?:1[0-2]|0?[1-9])\s*(?:(?:am|pm)\b|a\.m\.|p\.m\.)"
    rf"|(?:{_CLOCK_AFTER})(?<!£){_CLOCK_DOT}|\b{_CLOCK_DOT}(?=\s*(?:to|–|-)\s*{_CLOCK_DOT})",
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
    return list(_dates_in(text))


def find_times(text: str) -> list[Span]:
    return list(_times_in(text))


# a question reads the same passages' sentences many times over (ranking, typed spans, gates, citing): each text is
# scanned once (the patterns are long alternations)
@lru_cache(maxsize=8192)
def _dates_in(text: str) -> tuple[Span, ...]:
    spans = [m.span() for m in DATE_RE.finditer(text)]
    spans += [m.span(1) for m in YEAR_RE.finditer(text)]
    return tuple(_non_overlapping(spans))


@lru_cache(maxsize=8192)
def _times_in(text: str) -> tuple[Span, ...]:
    return tuple(_non_overlapping([m.span() for m in TIME_RE.finditer(text)]))


_CLOCK_PARTS = re.compile(r"(\d{1,2})(?:[:.](\d\d))?\s*(?:(a)\.?m\b\.?|(p)\.?m\b\.?)?", re.IGNORECASE)


def clock_of(text: str) -> tuple[int, int] | None:
    """(hour, minute) on the 24-hour clock of a text that is one time as ``find_times`` finds it ("23:40",
    "23.40 hrs", "11.40pm" are (23, 40)), else None."""
    text = text.strip()
    found = _CLOCK_PARTS.match(text)
    if not found or find_times(text) != [(0, len(text))]:
        return None
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    if found.group(4) and hour < 12:
        hour += 12
    elif found.group(3) and hour == 12:
        hour = 0
    return (hour, minute) if hour < 24 else None


def date_precision(text: str) -> str:
    """"day", "month" or "year" for a date span's text."""
    if re.search(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}", text) or re.search(
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}|{MONTH}\.?\s+\d{{1,2}}\b", text, re.IGNORECASE
    ):
        return "day"
    if re.search(MONTH, text, re.IGNORECASE):
        return "month"
    return "year"
