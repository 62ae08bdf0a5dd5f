"""Plain data types that flow one way through the pipeline.

ingest → ``Page`` and ``FileReport``; passages → ``Passage`` (with its sentences); an index build →
``BuildInfo``; read → ``Citation`` and ``Answer``. Nothing here knows how it is computed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Aside:
    """Text set apart from a page's running text: a footnote, a sidebar or a pull quote (qa/layout/)."""

    kind: str  # "footnote" | "aside"
    text: str
    marker: str | None = None  # a footnote's number
    anchor: str | None = None  # the words of the running text its marker follows (up to four)


@dataclass
class Page:
    """One physical page of a PDF after cleaning."""

    number: int  # 1-based physical page index in the file
    text: str  # cleaned running text in reading order, lines separated by "\n"
    label: str | None = None  # the page's printed number: the PDF's /PageLabels, else the number in its header or footer
    asides: list[Aside] = field(default_factory=list)  # footnotes, sidebars and pull quotes, kept out of ``text``
    styled: list[str] | None = None  # text set in bold or larger type (from positions); None when not known


@dataclass
class PageProblem:
    """A page that gave no text, and why."""

    page: int  # 1-based physical page
    reason: str


@dataclass
class FileReport:
    """What happened to one input file during ingestion.

    status: "indexed" (every page gave text or is legitimately blank), "partial" (some pages failed or
    have no text layer, the rest is indexed) or "skipped" (nothing indexed; ``reason`` says why).
    """

    file: str  # file name, as cited
    path: str  # absolute path it was read from
    status: str = "skipped"
    pages: int = 0
    text_pages: int = 0
    reason: str | None = None
    sha256: str = ""
    title: str = ""
    problems: list[PageProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    passages: int = 0
    seconds: float = 0.0
    reused: bool = False  # True when an unchanged file's passages were taken from the previous index

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FileReport:
        data = dict(data)
        data["problems"] = [PageProblem(**p) for p in data.get("problems", [])]
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class BuildInfo:
    """What ``build_index`` did. ``files`` has one report per input file (indexed / partial / skipped)."""

    index_dir: str
    files: list[FileReport] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)  # files removed from the index (no longer given)
    pages: int = 0  # pages read in this build (reused files not counted)
    passages: int = 0  # passages in the index after the build
    embedded: int = 0  # texts embedded in this build (sentences and headings, or passages + sentences: qa/embed.py)
    seconds: float = 0.0
    snapshot: str = ""
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "index_dir": self.index_dir,
            "files": [
                {
                    "file": r.file,
                    "status": r.status,
                    "pages": r.pages,
                    "text_pages": r.text_pages,
                    "reason": r.reason,
                    "title": r.title,
                    "passages": r.passages,
                    "reused": r.reused,
                    "seconds": r.seconds,
                    "problems": [{"page": p.page, "reason": p.reason} for p in r.problems],
                    "path": r.path,
                }
                for r in self.files
            ],
            "dropped": self.dropped,
            "pages": self.pages,
            "passages": self.passages,
            "embedded": self.embedded,
            "seconds": round(self.seconds, 3),
            "snapshot": self.snapshot,
            "notes": self.notes,
        }

    def counts(self) -> dict[str, int]:
        out = {"indexed": 0, "partial": 0, "skipped": 0}
        for report in self.files:
            out[report.status] = out.get(report.status, 0) + 1
        return out


@dataclass
class Sentence:
    """A sentence (or table row) inside a passage: character offsets into ``Passage.text``."""

    start: int
    end: int


@dataclass
class Passage:
    """A structure-aware unit of one document: a numbered paragraph, a table row, a list, a block of text.

    ``page_breaks`` maps offsets in ``text`` to physical pages: ``[(0, 12), (431, 13)]`` means characters
    0–430 are on page 12 and the rest on page 13, so any quoted span can be cited to its own page.
    """

    file: str
    title: str
    text: str
    page_breaks: list[tuple[int, int]]
    paragraph: str | None = None  # the report's own paragraph number, e.g. "3.14"
    section: str | None = None  # nearest heading above the passage
    kind: str = "paragraph"  # paragraph | row | list | text
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def page(self) -> int:
        return self.page_breaks[0][1]

    @property
    def last_page(self) -> int:
        return self.page_breaks[-1][1]

    def page_at(self, offset: int) -> int:
        """Physical page of the character at ``offset``."""
        page = self.page_breaks[0][1]
        for start, number in self.page_breaks:
            if start > offset:
                break
            page = number
        return page

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence holding the character at ``offset`` (None: between sentences)."""
        return next((k for k, s in enumerate(self.sentences) if s.start <= offset < s.end), None)

    def cited_range(self, start: int, end: int, quote_start: int, quote_end: int) -> tuple[int, int, int]:
        """(quote start, page, last page) for a quote [quote_start, quote_end) around an answer [start, end):
        the pages cited run from where the quote starts to where the quote or the answer ends, so both lie
        within them ("pp. 12–13" for a sentence that runs over a page break)."""
        first = min(start, quote_start)
        return quote_start, self.page_at(first), self.page_at(max(end, quote_end, first + 1) - 1)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["page_breaks"] = [list(b) for b in self.page_breaks]
        data["sentences"] = [[s.start, s.end] for s in self.sentences]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Passage:
        data = dict(data)
        data["page_breaks"] = [tuple(b) for b in data["page_breaks"]]
        data["sentences"] = [Sentence(int(a), int(b)) for a, b in data["sentences"]]
        return cls(**data)


@dataclass
class Citation:
    """Where a quote comes from. ``page`` is the 1-based physical page of the quoted text."""

    file: str
    title: str
    page: int
    paragraph: str | None
    quote: str
    score: float
    page_label: str | None = None  # the number printed on ``page`` (its /PageLabels entry or footer number)
    page_end: int | None = None  # the last physical page the quote runs onto, when it crosses a page break

    @property
    def last_page(self) -> int:
        return int(self.page_end or self.page)


    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "title": self.title,
            "page": int(self.page),
            "paragraph": self.paragraph,
            "quote": self.quote,
            "score": round(float(self.score), 4),
            "page_end": self.last_page,  # == page unless the quote runs over a page break
            "page_label": self.page_label,
        }


@dataclass
class Answer:
    """The result of ``qa.ask``. ``to_dict()`` is the fixed public schema.

    ``answer`` is verbatim text of ``citations[0].quote`` starting at ``answer_start`` (or -1): the short span
    when the reader is sure of it, else the clause of the sentence around that span, with the span kept in
    ``short_answer`` (at ``short_start`` in the quote). ``question_type`` is what the reader took the question to
    ask, ``timings_ms`` where the time went, ``abstain_reason`` why it said "not found". ``to_dict()`` holds the
    original five keys and, added compatibly, ``short_answer``, ``answer_start``, ``confidence_level`` and
    ``abstain_reason``.
    """

    question: str
    answer: str | None
    answerable: bool
    score: float
    citations: list[Citation] = field(default_factory=list)
    answer_start: int = -1
    question_type: str = ""
    timings_ms: dict[str, float] = field(default_factory=dict)
    abstain_reason: str = ""  # why it abstained ("" when it answers)
    confidence_level: str = ""  # "high" | "medium" | "low": what the score means, measured on the eval sets
    short_answer: str | None = None  # the short span, when ``answer`` is the clause around it (else == answer)
    short_start: int = -1  # its offset in citations[0].quote
    evidence: dict[str, Any] = field(default_factory=dict, repr=False)  # reader internals for the next stage

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "answerable": bool(self.answerable),
            "score": round(float(self.score), 4),
            "citations": [c.to_dict() for c in self.citations],
            "short_answer": self.short_answer if self.short_answer is not None else self.answer,
            "answer_start": int(self.answer_start),
            "confidence_level": self.confidence_level,
            "abstain_reason": self.abstain_reason,
        }


def page_words(page: int, page_end: int | None = None, label: str | None = None, space: str = " ") -> str:
    """How a citation's pages are written: "p. 7", "pp. 12–13", and the printed number when it is not the
    physical one: "p. 7 (printed p. 4)"."""
    page = int(page)
    last = int(page_end or page)
    where = f"pp.{space}{page}–{last}" if last > page else f"p.{space}{page}"
    if label and str(label) != str(page):
        where += f" (printed p.{space}{label})"
    return where


def paragraph_words(paragraph: str | None, space: str = " ") -> str:
    """How a citation's paragraph is written: "para 4.3"; a footnote passage by its number, "footnote 3"; ""
    when the passage has no number."""
    if not paragraph:
        return ""
    return paragraph.replace(" ", space) if paragraph.startswith("footnote") else f"para{space}{paragraph}"


def cited_pages(citation: dict[str, Any]) -> range:
    """The physical pages a citation (as ``Citation.to_dict()`` gives it) names: ``page`` to ``page_end``."""
    first = int(citation["page"])
    return range(first, int(citation.get("page_end") or first) + 1)
