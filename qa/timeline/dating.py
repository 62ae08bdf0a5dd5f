"""Dates in a passage → the dates that can be put on a timeline, each pinned to a day, month or year.

Which dates count
  * every form ``qa.spans.find_dates`` knows (14 March 2007, 14/03/07, 14.03.2007, 19 Feb 2007, March
    2007, early September 2007), normalised by ``qa.dates.parse_date``;
  * a date without a year ("26 October") only when the year follows in the same list ("25 April, 24
    May and 28 June 2007") or an earlier date of the same passage gives it and the day is not before
    that date (else it could be the next year) — and the weekday, when given, must agree;
  * "the following day", "the next day", "two days later", "the same day", "the previous day" only from
    a day-precise date earlier in the same sentence or in the previous sentence of the same passage;
  * bare years ("in 2004") only with an event word in the sentence (convicted, prescribed, born, left
    …), never in a year range ("between 1994 and 1996") or after the name of an Act or regulations;
  * left out: approximate dates ("on or about", "from about"), seasons, day ranges ("6 and 7 March
    2008") and periods written "X to Y" ("29 January to 19 March 2007"; "between X and Y" keeps both
    ends), bounds ("after February 2007", "before …"; "on or after" is kept), reference dates ("ages as
    at 13 November 2007"), dates in headings without a verb, and dates in bibliographic parentheses
    ("(Ofsted, March 2008)").
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from qa.dates import Date, parse_date
from qa.spans import DATE_RE, WEEKDAY, find_dates

_APPROXIMATE = re.compile(
    r"\b(?:about|around|approximately|approx\.?|circa|c\.|roughly|some\s+time\s+in|sometime\s+in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DAY_RANGE_START = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|-|–|—|&)\s*$", re.IGNORECASE)
_REFERENCE_DATE = re.compile(r"\b(?:as\s+(?:at|of)|ages?\s+(?:at|on)|aged\s+\w+\s+at)\s+$", re.IGNORECASE)
_BOUNDARY = re.compile(r"(?<!\bor\s)\b(?:after|before|prior\s+to|between\s+then\s+and)\s+(?:the\s+)?$", re.IGNORECASE)
_LEGISLATION = re.compile(
    r"\b(?:Act|Acts|Regulations|Order|Rules|Bill|Guidance|Code|Convention|Measure|Directive)(?:\s+of)?\s+$"
)
_BIBLIOGRAPHIC = re.compile(r"\(\s*[A-Z][^()]{0,80},\s*$")
_SEASON = re.compile(r"\b(?:spring|summer|autumn|winter|fall)\b", re.IGNORECASE)
_BARE_YEAR = re.compile(r"^(?:19|20)\d\d$")
_YEAR_RANGE_BEFORE = re.compile(r"\bbetween\s+(?:\w+\s+){0,2}$|\b(?:19|20)\d\d\s*(?:-|–|to)\s*$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:to|until|till|-|–|—)\s*$", re.IGNORECASE)
_YEAR_RANGE_AFTER = re.compile(r"^\s*(?:-|–|—|to)\s*(?:19|20)?\d\d\b", re.IGNORECASE)
_WEEKDAY_AT = re.compile(rf"^\s*({WEEKDAY})", re.IGNORECASE)
_LIST_GAP = re.compile(r"^[\s,;&]*(?:(?:and|or|to|until|till|-|–|—)[\s,]*)?$", re.IGNORECASE)
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
}
_RELATIVE = re.compile(
    r"\b(?:(?P<next>the\s+(?:following|next)\s+(?:day|morning|afternoon|evening)|the\s+day\s+after(?=\s*[,.;:)]|\s*$))"
    r"|(?P<later>(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|\d{1,2})"
    r"\s+days?\s+later)"
    r"|(?P<same>(?:the|that)\s+same\s+day|later\s+(?:that|the\s+same)\s+day)"
    r"|(?P<before>the\s+(?:previous|preceding)\s+day|the\s+day\s+before(?=\s*[,.;:)]|\s*$)))",
    re.IGNORECASE,
)


@dataclass
class _Found:
    start: int
    end: int
    text: str
    date: Date | None  # None: left out


def _skip_reason(text: str, start: int, end: int, date: Date) -> str | None:
    """Why the date at ``text[start:end]`` is not an event date (None: it is one)."""
    span = text[start:end]
    before = text[max(0, start - 40) : start]
    after = text[end : end + 12]
    if _SEASON.search(span):
        return "season"
    if _APPROXIMATE.search(before) or re.search(r"\bon\s+or\s+(?:about|around)\s+$", before, re.IGNORECASE):
        return "approximate"
    if _REFERENCE_DATE.search(before):
        return "reference date"
    if _BOUNDARY.search(before):
        return "boundary"
    if _LEGISLATION.search(before):
        return "legislation"
    if _BIBLIOGRAPHIC.search(before) and re.match(r"\s*\)", after):
        return "bibliographic"
    if date.day is not None and _DAY_RANGE_START.search(before):
        return "day range"
    if _BARE_YEAR.match(span.strip()):
        if _YEAR_RANGE_BEFORE.search(before) or _YEAR_RANGE_AFTER.match(after):
            return "year range"
    return None


def _weekday_ok(span: str, date: Date) -> bool:
    m = _WEEKDAY_AT.match(span)
    if not m or date.year is None or date.day is None:
        return True
    try:
        actual = _dt.date(date.year, date.month, date.day).strftime("%A").lower()
    except ValueError:
        return False
    return actual.startswith(m.group(1).lower().rstrip(".")[:3])


def _resolve_year(text: str, found: list[_Found], i: int) -> Date | None:
    """A year for the year-less date ``found[i]``: from a later date of the same list, else from an earlier
    date of the passage when the day is not before it. None when it cannot be told."""
    me = found[i]
    date = me.date
    assert date is not None and date.year is None
    # the same list: "25 April, 24 May and 28 June 2007", "between 28 March and 8 November 2007"
    cursor = me.end
    for later in found[i + 1 :]:
        gap = text[cursor : later.start]
        if not _LIST_GAP.match(gap):
            break
        if later.date is not None and later.date.year is not None:
            anchor = later.date
            if (date.month, date.day or 0) <= (anchor.month or 12, anchor.day or 31):
                return Date(anchor.year, date.month, date.day)
            return None
        cursor = later.end
    for earlier in reversed(found[:i]):
        if earlier.date is None or earlier.date.year is None:
            continue
        anchor = earlier.date
        if anchor.month is None or (date.month, date.day or 0) >= (anchor.month, anchor.day or 0):
            return Date(anchor.year, date.month, date.day)
        return None
    return None


def _relative_dates(text: str, sentences: list[tuple[int, int]], found: list[_Found]) -> list[_Found]:
    """"The following day" and the like, counted from the nearest date before them — in the same sentence,
    else the last date of the previous sentence — when that date is kept and precise to the day.
    ``found`` holds every date span of the passage, left-out ones with ``date=None``."""
    out: list[_Found] = []
    for k, (s_start, s_end) in enumerate(sentences):
        for m in _RELATIVE.finditer(text, s_start, s_end):
            after = text[m.end() : m.end() + 40].lstrip(" ,")
            if DATE_RE.match(after.removeprefix("on ")):
                continue  # "the next day, 26 October": the explicit date is the event's date
            before = [f for f in found if s_start <= f.start and f.end <= m.start()]
            if not before and k:
                previous = sentences[k - 1]
                before = [f for f in found if previous[0] <= f.start < previous[1]]
            if not before:
                continue
            nearest = before[-1]
            if s_start <= nearest.start and re.fullmatch(r"[\s,]*", text[nearest.end : m.start()]):
                continue  # "21 August 2007, fourteen days later": describes the date just given
            anchor = nearest.date
            if anchor is None or anchor.precision != "day" or anchor.year is None:
                continue
            if m.group("next"):
                delta = 1
            elif m.group("later"):
                n = m.group("n").lower()
                delta = int(n) if n.isdigit() else _NUMBER_WORDS.get(n, 0)
            elif m.group("same"):
                delta = 0
            else:
                delta = -1
            if delta == 0 and s_start <= nearest.start:
                continue  # "on 8 August 2007 … the same day": already this sentence's event
            try:
                day = _dt.date(anchor.year, anchor.month, anchor.day) + _dt.timedelta(days=delta)
            except (ValueError, OverflowError):
                continue
            out.append(_Found(m.start(), m.end(), m.group(0), Date(day.year, day.month, day.day)))
    return out


def passage_dates(text: str, sentences: list[tuple[int, int]]) -> list[_Found]:
    """Every date of a passage that can be put on a timeline, resolved; left-out dates are dropped."""
    found: list[_Found] = []
    for start, end in find_dates(text):
        span = text[start:end]
        date = parse_date(span)
        if date is None or (date.year is None and date.month is None):
            found.append(_Found(start, end, span, None))
            continue
        if _skip_reason(text, start, end, date) or not _weekday_ok(span, date):
            found.append(_Found(start, end, span, None))
            continue
        found.append(_Found(start, end, span, date))
    for i in range(len(found) - 1):  # "29 January to 19 March 2007", "25 October–8 November": a period
        if _RANGE_JOIN.match(text[found[i].end : found[i + 1].start]):
            found[i].date = found[i + 1].date = None
    for i, f in enumerate(found):
        if f.date is not None and f.date.year is None:
            resolved = _resolve_year(text, found, i)
            f.date = resolved if resolved is not None and _weekday_ok(f.text, resolved) else None
    kept = [f for f in found if f.date is not None]
    kept += _relative_dates(text, sentences, found)
    return sorted(kept, key=lambda f: f.start)
