"""Date text → a normalised date with its precision, and comparisons between dates.

Owns the meaning of the date spans ``qa.spans`` finds: "14 March 2007", "14/03/07" and "14.03.2007"
(day first, as in UK reports), "March 2007", "Aug 07", "late March 2007", "summer 2007", "2007". Parsing
is dateparser's; this module adds the report conventions around it (day-first, two-digit years,
qualifiers, seasons) and refuses to guess: a date without a year gets no year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from qa.spans import MONTH, find_times

_QUALIFIER = re.compile(
    r"^(?:c\.|ca\.|circa|about|around|approximately|approx\.|early|mid|mid-|late|the end of|the beginning of|"
    r"the middle of|end of|beginning of|middle of|on|by|from|until|in|the)\s*",
    re.IGNORECASE,
)
_SEASON = re.compile(r"^(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?((?:19|20)\d\d)$", re.IGNORECASE)
_YEAR = re.compile(r"^((?:19|20)\d\d)$")
_MONTH_SHORT_YEAR = re.compile(rf"^({MONTH})\.?\s+'?(\d\d)$", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"^({MONTH})\.?,?\s+((?:19|20)\d\d)$", re.IGNORECASE)
_HAS_YEAR = re.compile(r"(?:19|20)\d\d|\d{1,2}[./-]\d{1,2}[./-]\d{2}\b")
# what dateparser reads relative to "now" is read relative to this fixed day: a document's dates never depend on the
# clock
_RELATIVE_BASE = datetime(2000, 1, 1)
_MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


@dataclass(frozen=True)
class Date:
    year: int | None
    month: int | None
    day: int | None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        """ "2007-08-03", "2007-08" or "2007" (year-less dates: "--08-03")."""
        year = f"{self.year:04d}" if self.year else "-"
        if self.day:
            return f"{year}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{year}-{self.month:02d}"
        return year

    def sort_key(self) -> tuple[int, int, int]:
        return (self.year or 0, self.month or 0, self.day or 0)

    def compatible(self, other: Date) -> bool:
        """True when neither date rules the other out (same year, month and day as far as both say)."""
        for a, b in ((self.year, other.year), (self.month, other.month), (self.day, other.day)):
            if a is not None and b is not None and a != b:
                return False
        return True


def _month_number(name: str) -> int:
    return _MONTHS[name[:3].lower()]


_DAY_LIST = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|to|&|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?=[A-Za-z])")


@lru_cache(maxsize=20_000)
def parse_date(text: str) -> Date | None:
    """A date span's text → Date (None when it is not a date or is too vague)."""
    raw = " ".join(text.split()).strip(" ,.;:()")
    previous = None
    while previous != raw:
        previous, raw = raw, _QUALIFIER.sub("", raw)
    if not raw or find_times(raw) == [(0, len(raw))]:  # "00.35 hrs" is a time of day, no date
        return None
    if not re.search(r"\d", raw) and not re.search(MONTH, raw, re.IGNORECASE):  # "Tuesday" alone dates nothing
        return None
    raw = _DAY_LIST.sub(r"\1 ", raw)  # "1 and 26 February 2007": from its first day
    if m := _SEASON.match(raw):
        return Date(int(m.group(1)), None, None)
    if m := _YEAR.match(raw):
        return Date(int(m.group(1)), None, None)
    if m := _MONTH_SHORT_YEAR.match(raw):
        return Date(2000 + int(m.group(2)) if int(m.group(2)) < 50 else 1900 + int(m.group(2)), _month_number(m.group(1)), None)
    if m := _MONTH_YEAR.match(raw):
        return Date(int(m.group(2)), _month_number(m.group(1)), None)
    parsed = _parser().get_date_data(raw)
    if parsed is None or parsed.date_obj is None:
        return None
    d = parsed.date_obj
    year = d.year if _HAS_YEAR.search(raw) else None
    if parsed.period == "year":
        return Date(year, None, None) if year else None
    if parsed.period == "month":
        return Date(year, d.month, None)
    return Date(year, d.month, d.day)


@lru_cache(maxsize=1)
def _parser():
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
                  "RELATIVE_BASE": _RELATIVE_BASE},
    )

