"""Indexed passages → dated statements (``Mention``): which sentence, row or cover line states each date.

What becomes an event
  * a chronology-table row (``Passage.kind == "row"``): the row, dated by its leading date. A row that
    swallowed the next row (a line led by a date) is split there; a row that is only a date (a wrapped
    cell) is read with the end of the row before it. Other dates inside a row are events of their own
    sentence ("Mother and baby discharged home on 24 April 2006.").
  * a sentence with a date: the sentence, verbatim. On cover and title pages (``kind == "text"``) the
    page line holding the date is used when the "sentence" is a run of title lines.
  * a date alone on a line of a document's first page (a cover date such as "July 2008"): that line
    with the line above it.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from qa.dates import parse_date
from qa.spans import find_dates
from qa.terms import terms
from qa.timeline.dating import _BARE_YEAR, _SEASON, _Found, passage_dates
from qa.timeline.events import Mention

_EVENT_WORDS = re.compile(
    r"\b(?:convict\w*|sentenced|prescribed|born|birth|died|death|married|separated|divorced|arrested|charged|"
    r"cautioned|imprisoned|released|moved|left|joined|started|began|begun|completed|published|commissioned|"
    r"appointed|admitted|discharged|referred|registered|diagnosed|removed|placed|killed|assault\w*|injured|"
    r"took\s+place|was\s+held|were\s+held|opened|closed|founded|established|introduced)\b",
    re.IGNORECASE,
)
_VERB_LIKE = re.compile(r"\b\w{3,}ed\b|\b(?:is|was|were|are|has|had|took|began|left|met|saw|made|went|came|told)\b", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?;:][\"'”’)\]]*\s*$")
_DATE_WORDS = frozenset(
    terms(
        "january february march april may june july august september october november december jan feb mar apr "
        "jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday day days "
        "following next later same previous morning evening afternoon hrs early late mid end"
    )
)



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
