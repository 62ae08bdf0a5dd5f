"""Indexed passages → a cited timeline: one verbatim, dated entry per event, in date order.

Owns what counts as a dated event, how each date is pinned down, and when two statements are the same
event. Works only from a loaded index (its passages, page texts and precomputed sentence vectors), so
nothing is re-read or re-embedded; the extracted timeline is cached per loaded snapshot.

What becomes an event
  * a chronology-table row (``Passage.kind == "row"``): the row, dated by its leading date. A row that
    swallowed the next row (a line led by a date) is split there; a row that is only a date (a wrapped
    cell) is read with the end of the row before it. Other dates inside a row are events of their own
    sentence ("Mother and baby discharged home on 24 April 2006.").
  * a sentence with a date: the sentence, verbatim. On cover and title pages (``kind == "text"``) the
    page line holding the date is used when the "sentence" is a run of title lines.
  * a date alone on a line of a document's first page (a cover date such as "July 2008"): that line
    with the line above it.

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

Same event, one entry
  Statements with the same normalised date (ISO string at its precision) are clustered by average-link
  agglomeration. Two statements are similar by the larger of: the cosine of their stored sentence
  vectors, and the IDF-weighted overlap coefficient of their terms (dates and numbers removed). Clusters
  join while their average similarity is at least ``SAME_EVENT`` for the date's precision (0.25 for a
  day, 0.4 for a month, 0.5 for a year: the same day said twice is usually one event, the same month
  less often), and never when both hold a row of the same document's chronology (a chronology lists
  an event once). An entry speaks with its chronology row if it has one, else its most central
  statement; every place that states it is one of its citations (one per file, page and paragraph).
  Thresholds were tuned on ``eval/timeline_gold.jsonl`` and checked on the held-out second review.

Query filter
  Terms are ``qa.terms.terms`` (stemmed, stop words out); the query vector is the encoder's. An event is
  kept when its statement holds every query term, or the best cosine of the query with any of its
  statements' stored sentence vectors is at least ``QUERY_COSINE``, or its statement holds at least half
  the query terms and that cosine is at least ``QUERY_COSINE_WITH_TERMS``. Order stays chronological;
  ``Event.score`` is the larger of the term share and the cosine.
"""

from __future__ import annotations

import datetime as _dt
import re
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from qa.dates import Date, parse_date
from qa.spans import DATE_RE, WEEKDAY, find_dates
from qa.terms import terms

# Average-link similarity at which statements of one date are one event, by the date's precision: two
# things said of the same day are usually one event; of the same month or year, less often.
SAME_EVENT = {"day": 0.25, "month": 0.4, "year": 0.5}
MIN_SHARED_TERMS = 2  # term overlap alone needs at least this many terms on the shorter side
QUERY_COSINE = 0.5
QUERY_COSINE_WITH_TERMS = 0.3
CACHE_SNAPSHOTS = 4

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
_EVENT_WORDS = re.compile(
    r"\b(?:convict\w*|sentenced|prescribed|born|birth|died|death|married|separated|divorced|arrested|charged|"
    r"cautioned|imprisoned|released|moved|left|joined|started|began|begun|completed|published|commissioned|"
    r"appointed|admitted|discharged|referred|registered|diagnosed|removed|placed|killed|assault\w*|injured|"
    r"took\s+place|was\s+held|were\s+held|opened|closed|founded|established|introduced)\b",
    re.IGNORECASE,
)
_VERB_LIKE = re.compile(r"\b\w{3,}ed\b|\b(?:is|was|were|are|has|had|took|began|left|met|saw|made|went|came|told)\b", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?;:][\"'”’)\]]*\s*$")
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
_DATE_WORDS = frozenset(
    terms(
        "january february march april may june july august september october november december jan feb mar apr "
        "jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday day days "
        "following next later same previous morning evening afternoon hrs early late mid end"
    )
)


# --------------------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------------------


@dataclass
class EventCitation:
    """One place that states an event. ``to_dict`` is the public schema (file, title, page, paragraph);
    ``quote`` (the statement, verbatim) and ``date_text`` help presenters highlight it on the page."""

    file: str
    title: str
    page: int
    paragraph: str | None
    quote: str = ""
    date_text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "title": self.title, "page": int(self.page), "paragraph": self.paragraph}


@dataclass
class Event:
    """One dated event: its date, the date as written, the statement (verbatim) and where it is stated.

    ``score`` is the query relevance when the timeline was filtered by a query (else 0); not in ``to_dict``.
    """

    date: str  # ISO at its precision: "2007-08-03", "2007-08" or "2007"
    precision: str  # day | month | year
    date_text: str
    event: str
    citations: list[EventCitation] = field(default_factory=list)
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "precision": self.precision,
            "date_text": self.date_text,
            "event": self.event,
            "citations": [c.to_dict() for c in self.citations],
        }

    @property
    def files(self) -> list[str]:
        return list(dict.fromkeys(c.file for c in self.citations))


@dataclass
class Mention:
    """One dated statement found in one place (before same-event merging)."""

    date: Date
    date_text: str
    text: str  # the statement, verbatim
    file: str
    title: str
    page: int
    paragraph: str | None
    passage: int  # index into SearchIndex.passages (-1 for cover lines)
    offset: int  # where the date is inside the passage (for ordering)
    vector: np.ndarray | None = None
    terms: frozenset[str] = frozenset()
    row: bool = False  # the statement is a chronology-table row

    @property
    def iso(self) -> str:
        return self.date.iso()

    def citation(self) -> EventCitation:
        return EventCitation(self.file, self.title, self.page, self.paragraph, self.text, self.date_text)


# --------------------------------------------------------------------------------------------------
# dates in a passage
# --------------------------------------------------------------------------------------------------


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


# --------------------------------------------------------------------------------------------------
# statements
# --------------------------------------------------------------------------------------------------


def _looks_like_heading(sentence: str) -> bool:
    """A short line without closing punctuation and without a verb: a heading, not an event."""
    words = sentence.split()
    return not _TERMINAL.search(sentence) and len(words) <= 12 and not _VERB_LIKE.search(sentence)


def _is_bare_year(found: _Found) -> bool:
    return found.date is not None and found.date.precision == "year" and bool(_BARE_YEAR.match(found.text.strip()))


def _table_header_tail(text: str, sentences: list[tuple[int, int]], header: str | None = None) -> int:
    """End of a row without a table header repeated at its end ("… Date Agency Event", "… Date What
    happened"): short, unpunctuated, capitalised words, or ending with the table's heading ``header``."""
    end = sentences[-1][1] if sentences else len(text)
    for s_start, s_end in reversed(sentences[1:]):
        piece = text[s_start:s_end]
        words = piece.split()
        capitalised = all(w[:1].isupper() for w in words)
        heading = bool(header) and piece.endswith(header)
        if len(words) <= 5 and not _TERMINAL.search(piece) and (capitalised or heading):
            end = s_start
            continue
        break
    return len(text[:end].rstrip())


def _words_besides_dates(line: str) -> int:
    rest, cursor = [], 0
    for a, b in find_dates(line):
        rest.append(line[cursor:a])
        cursor = b
    rest.append(line[cursor:])
    return len(re.findall(r"[A-Za-z]{2,}", " ".join(rest)))


def _title_line(page_text: str, date_text: str, within: str) -> str | None:
    """The line of ``page_text`` holding ``date_text`` when it stands alone — a title-page line such as
    "Report completed June 2008", not a wrapped line of prose — and lies inside ``within``."""
    flat = " ".join(within.split())
    lines = [" ".join(line.split()) for line in page_text.split("\n") if line.strip()]
    widths = sorted(len(line) for line in lines)
    typical = widths[int(len(widths) * 0.8)] if widths else 80
    for line in lines:
        if date_text in line and line in flat and len(line) < 0.7 * typical and line[:1].isupper():
            return line
    return None


class _Extractor:
    def __init__(self, search: Any, titles: dict[str, str]) -> None:
        self.search = search
        self.titles = titles

    def vector(self, pid: int, spans: list[tuple[int, int]]) -> np.ndarray | None:
        """Mean of the stored vectors of the sentences overlapping ``spans`` of passage ``pid``, normalised."""
        refs = self.search.sentence_refs
        rows = self.search.sentence_rows(pid)
        picked = [
            r for r in rows if any(int(refs[r, 1]) < b and int(refs[r, 2]) > a for a, b in spans)
        ]
        if not picked:
            return None
        v = self.search.sentence_vectors[picked].mean(axis=0)
        norm = float(np.linalg.norm(v))
        return (v / norm).astype(np.float32) if norm > 0 else None

    def mentions(self) -> list[Mention]:
        out: list[Mention] = []
        passages = self.search.passages
        first_pages: dict[str, str] = {}  # passage text on each document's first page
        for pid, passage in enumerate(passages):
            if passage.page == 1:  # what passages hold, bar lines that are only a date (a cover's date line)
                held = [passage.text[x.start : x.end] for x in passage.sentences]
                held = [t for t in held if find_dates(t.strip()) != [(0, len(t.strip()))]]
                first_pages[passage.file] = first_pages.get(passage.file, "") + " " + " ".join(held)
            sentences = [(s.start, s.end) for s in passage.sentences]
            if not sentences:
                continue
            dates = passage_dates(passage.text, sentences)
            if not dates:
                continue
            if passage.kind == "row":
                out += self._row_mentions(pid, passage, sentences, dates)
            else:
                out += self._prose_mentions(pid, passage, sentences, dates)
        out += self._cover_mentions(first_pages)
        for m in out:
            m.terms = frozenset(t for t in terms(m.text) if t not in _DATE_WORDS and not t.isdigit())
        return out

    def _make(self, pid: int, passage: Any, found: _Found, text: str, spans: list[tuple[int, int]]) -> Mention:
        return Mention(
            date=found.date,
            date_text=found.text,
            text=text,
            file=passage.file,
            title=self.titles.get(passage.file) or passage.title or passage.file,
            page=passage.page_at(found.start),
            paragraph=passage.paragraph,
            passage=pid,
            offset=found.start,
            vector=self.vector(pid, spans),
        )

    def _prose_mentions(self, pid, passage, sentences, dates) -> list[Mention]:
        out = []
        text = passage.text
        for s_start, s_end in sentences:
            inside = [f for f in dates if s_start <= f.start < s_end]
            if not inside:
                continue
            sentence = text[s_start:s_end]
            if _looks_like_heading(sentence):
                continue
            statement = sentence
            if passage.kind == "text" and len(sentence) > 160:
                page_text = self.search.pages_text.get((passage.file, passage.page_at(inside[0].start)), "")
                for f in inside:
                    line = _title_line(page_text, f.text, sentence)
                    if line and _words_besides_dates(line) >= 3:
                        statement = line
                        break
            seen: set[str] = set()
            for f in inside:
                if f.date.iso() in seen:
                    continue
                if _is_bare_year(f) and not _EVENT_WORDS.search(sentence):
                    continue
                seen.add(f.date.iso())
                out.append(self._make(pid, passage, f, statement, [(s_start, s_end)]))
        return out

    def _row_mentions(self, pid, passage, sentences, dates) -> list[Mention]:
        """A row (or rows run together) → one event per date-led segment, plus dated inner sentences."""
        text = passage.text
        leads = [i for i, (a, _) in enumerate(sentences) if any(f.start == a for f in dates)]
        if not leads or leads[0] != 0:
            leads = [0] + leads
        out = []
        for n, first in enumerate(leads):
            last = leads[n + 1] - 1 if n + 1 < len(leads) else len(sentences) - 1
            segment = sentences[first : last + 1]
            seg_start = segment[0][0]
            seg_end = seg_start + _table_header_tail(
                text[seg_start:], [(a - seg_start, b - seg_start) for a, b in segment], passage.section
            )
            lead = next((f for f in dates if f.start == seg_start), None)
            seen: set[str] = set()
            if lead is not None:
                statement = text[seg_start:seg_end]
                spans = [(seg_start, seg_end)]
                if not re.search(r"[A-Za-z]{2}", statement[lead.end - seg_start :]):
                    # a row that is only a date: the wrapped end of the row before it ("Letter typed" / "14/11/07.")
                    previous = self.search.passages[pid - 1] if pid > 0 else None
                    if previous is None or previous.kind != "row" or previous.file != passage.file or not previous.sentences:
                        continue
                    tail = previous.sentences[-1]
                    statement = previous.text[tail.start : tail.end] + " " + statement
                out.append(self._make(pid, passage, lead, statement, spans))
                out[-1].row = True
                seen.add(lead.date.iso())
            for s_start, s_end in segment:
                for f in dates:
                    if f is lead or not (s_start <= f.start < s_end) or f.date.iso() in seen:
                        continue
                    sentence = text[s_start:s_end]
                    if _is_bare_year(f) and not _EVENT_WORDS.search(sentence):
                        continue
                    seen.add(f.date.iso())
                    out.append(self._make(pid, passage, f, sentence, [(s_start, s_end)]))
        return out

    def _cover_mentions(self, covered: dict[str, str]) -> list[Mention]:
        """Dates alone on a line of a first page that no passage holds (a cover date under the title)."""
        out = []
        for (file, page), page_text in sorted(self.search.pages_text.items()):
            if page != 1:
                continue
            flat = " ".join(covered.get(file, "").split())
            lines = [" ".join(line.split()) for line in page_text.split("\n") if line.strip()]
            for k, line in enumerate(lines):
                spans = find_dates(line)
                if len(spans) != 1 or spans[0] != (0, len(line)) or line in flat:
                    continue
                date = parse_date(line)
                if date is None or date.year is None or _SEASON.search(line) or not k:
                    continue
                statement = f"{lines[k - 1]} {line}"
                out.append(
                    Mention(date, line, statement, file, self.titles.get(file) or file, 1, None, -1, 0)
                )
        return out


# --------------------------------------------------------------------------------------------------
# same event → one entry
# --------------------------------------------------------------------------------------------------


def similarity(a: Mention, b: Mention, idf: Any) -> float:
    """How alike two statements of the same date are: the larger of the sentence-vector cosine and the
    IDF-weighted overlap coefficient of their terms."""
    cosine = float(a.vector @ b.vector) if a.vector is not None and b.vector is not None else 0.0
    overlap = 0.0
    if a.terms and b.terms and min(len(a.terms), len(b.terms)) >= MIN_SHARED_TERMS:
        shared = sum(idf(t) for t in a.terms & b.terms)
        smaller = min(sum(idf(t) for t in a.terms), sum(idf(t) for t in b.terms))
        overlap = shared / smaller if smaller > 0 else 0.0
    if a.text == b.text:
        return 1.0
    return max(cosine, overlap)


def cluster(mentions: list[Mention], idf: Any, threshold: float | None = None) -> list[list[Mention]]:
    """Average-link agglomerative clustering of the statements of one date (most central first in each
    group). Two rows of one document's chronology are never merged: a chronology lists an event once."""
    if threshold is None:
        threshold = SAME_EVENT.get(mentions[0].date.precision, 0.5) if mentions else 0.5
    groups = [[m] for m in mentions]
    if len(groups) < 2:
        return groups
    n = len(mentions)
    sim = np.eye(n, dtype=np.float64)
    for i in range(n):
        for j in range(i + 1, n):
            sim[i, j] = sim[j, i] = similarity(mentions[i], mentions[j], idf)
    members = [[i] for i in range(n)]
    row_files = [{mentions[i].file} if mentions[i].row else set() for i in range(n)]
    while len(members) > 1:
        best, pair = -1.0, None
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                if row_files[members[x][0]] & row_files[members[y][0]]:
                    continue  # a chronology lists each event once: two of its rows are two events
                link = float(sim[np.ix_(members[x], members[y])].mean())
                if link > best:
                    best, pair = link, (x, y)
        if pair is None or best < threshold:
            break
        x, y = pair
        members[x] = members[x] + members[y]
        row_files[members[x][0]] = row_files[members[x][0]] | row_files[members[y][0]]
        del members[y]
    groups = []
    for idx in members:
        idx = sorted(idx)
        centrality = sim[np.ix_(idx, idx)].sum(axis=1)
        group = [mentions[i] for i in idx]
        order = sorted(range(len(group)), key=lambda k: (_representative_rank(group[k]), -centrality[k], k))
        groups.append([group[k] for k in order])
    return groups


def _representative_rank(m: Mention) -> int:
    """Which statement speaks for an event: a chronology row, then a statement with only this date, then
    the rest (summaries that list several dates)."""
    if m.row:
        return 0
    return 1 if len(find_dates(m.text)) <= 1 else 2


def _order_key(file_order: dict[str, int]):
    def key(m: Mention) -> tuple:
        return (file_order.get(m.file, 99), m.page, m.passage, m.offset)

    return key


def build_events(mentions: list[Mention], idf: Any, file_order: dict[str, int]) -> list[Event]:
    by_date: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=_order_key(file_order)):
        by_date.setdefault(m.iso, []).append(m)
    events = []
    for iso, group in by_date.items():
        for members in cluster(group, idf):
            head = members[0]
            citations, seen = [], set()
            for m in [head] + sorted(members[1:], key=_order_key(file_order)):
                key = (m.file, m.page, m.paragraph)  # one citation per place; its first statement is quoted
                if key in seen:
                    continue
                seen.add(key)
                citations.append(m.citation())
            event = Event(iso, head.date.precision, head.date_text, head.text, citations)
            event._mentions = members  # type: ignore[attr-defined]
            events.append(event)
    events.sort(key=lambda e: (e._mentions[0].date.sort_key(), _order_key(file_order)(min(e._mentions, key=_order_key(file_order)))))  # type: ignore[attr-defined]
    return events


# --------------------------------------------------------------------------------------------------
# cache and public entry
# --------------------------------------------------------------------------------------------------


class _Timeline:
    """The statements of one loaded snapshot, and its merged timelines per document selection."""

    def __init__(self, loaded: Any) -> None:
        search = loaded.search
        self.search = search
        self.titles = dict(loaded.titles)
        manifest_order = list(search.manifest.get("files", {}))
        self.file_order = {f: i for i, f in enumerate(manifest_order + [f for f in search.file_names if f not in manifest_order])}
        self.mentions = _Extractor(search, self.titles).mentions()
        self._events: dict[tuple[str, ...], list[Event]] = {}
        self._lock = threading.Lock()

    def events(self, files: list[str] | None) -> list[Event]:
        key = tuple(sorted(set(files))) if files else ()
        with self._lock:
            hit = self._events.get(key)
        if hit is not None:
            return hit
        chosen = [m for m in self.mentions if not key or m.file in key]
        events = build_events(chosen, self.search.idf, self.file_order)
        with self._lock:
            self._events[key] = events
        return events


_cache: OrderedDict[tuple[str, str], _Timeline] = OrderedDict()
_cache_lock = threading.Lock()


def _for(loaded: Any) -> _Timeline:
    key = (str(loaded.index_dir), str(loaded.snapshot))
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit
    built = _Timeline(loaded)
    with _cache_lock:
        _cache[key] = built
        while len(_cache) > CACHE_SNAPSHOTS:
            _cache.popitem(last=False)
    return built


def query_scores(events: list[Event], query: str, vector: np.ndarray) -> list[tuple[float, float]]:
    """(share of the query's terms in the event's statement, best cosine of the query with any statement of
    the event) for each event."""
    wanted = set(terms(query))
    out = []
    for event in events:
        held = set(terms(event.event))
        share = len(wanted & held) / len(wanted) if wanted else 0.0
        mentions = getattr(event, "_mentions", [])
        cosines = [float(m.vector @ vector) for m in mentions if m.vector is not None]
        out.append((share, max(cosines) if cosines else 0.0))
    return out


def keep_for_query(share: float, cosine: float) -> bool:
    """The query rule: every query term in the statement, or a close meaning, or half the terms and some."""
    return share >= 1.0 or cosine >= QUERY_COSINE or (share >= 0.5 and cosine >= QUERY_COSINE_WITH_TERMS)


def timeline(index_dir: str, query: str | None = None, files: list[str] | None = None) -> list[Event]:
    """Dated events from the documents indexed in ``index_dir`` (or only ``files``), sorted by date, each
    stated verbatim and cited; ``query`` keeps only the events about it (words and meaning)."""
    from qa.api import load_index

    loaded = load_index(index_dir)
    if files:
        unknown = sorted(set(files) - set(loaded.search.file_names))
        if unknown:
            raise ValueError(f"not in this index: {', '.join(unknown)}")
    events = _for(loaded).events(files)
    query = (query or "").strip()
    if not query:
        return [_copy(e, 0.0) for e in events]
    vector = loaded.embed(query)
    out = []
    for event, (share, cosine) in zip(events, query_scores(events, query, vector)):
        if keep_for_query(share, cosine):
            out.append(_copy(event, round(max(share, cosine), 4)))
    return out


def _copy(event: Event, score: float) -> Event:
    """A caller's own copy (the cached list is shared between threads)."""
    copy = Event(event.date, event.precision, event.date_text, event.event, list(event.citations), score)
    copy._mentions = getattr(event, "_mentions", [])  # type: ignore[attr-defined]
    return copy


class _CallableModule(sys.modules[__name__].__class__):
    """``qa.timeline`` may be this module (importing ``qa.timeline`` binds it on the package): calling it
    calls ``timeline``."""

    def __call__(self, *args: Any, **kwargs: Any) -> list[Event]:
        return timeline(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
