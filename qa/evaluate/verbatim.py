"""Whether what is shown is on the pages it cites: each answer and each citation quote, checked against the PDF's
own text of the cited page range (``page`` to ``page_end``), not against the index, so that an ingest fault (a
quote spliced over two pages, a column read into its neighbour's page, a footnote pulled from another page) is
caught. Words are compared as counts, not in order: two columns, a table or a sidebar come out of each PDF
library in its own order. pdfium's text and pypdf's are both tried, each also with line-end hyphens joined and
footnote markers and note numbers set tight against a word ("standard4", "2Working") read as the word: a text
is on its pages when either library's words hold all of its own.

Owns the page-word cache and the check. Reading the PDFs is its only side effect.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

from qa.tables import CELL_JOIN  # what the index puts between the cells of a row it rebuilt; never printed

_WORD = re.compile(r"[a-z0-9]+")
# "standard4", "2Working": a footnote marker set against the word it follows, or a note's number against its text
_MARKED = re.compile(r"(?<=[a-z])\d{1,2}$|^\d{1,2}(?=[a-z])")
_HYPHEN_BREAK = re.compile(r"-\s*\n\s*")


def words(text: str) -> Counter:
    """A text's words, NFKC-normalised and lower case, counted (soft hyphens dropped)."""
    found = _WORD.findall(unicodedata.normalize("NFKC", text.replace("\u00ad", "")).lower())
    counted = Counter(found)
    counted.update(_MARKED.sub("", w) for w in found if _MARKED.search(w))
    return counted


def _open(path: str) -> tuple[object | None, object | None]:
    """The PDF as pdfium and pypdf documents (None for a library that cannot open it)."""
    opened: list[object | None] = []
    try:
        import pypdfium2 as pdfium

        opened.append(pdfium.PdfDocument(path))
    except Exception:  # noqa: BLE001 - a PDF pdfium cannot open is read with pypdf alone
        opened.append(None)
    try:
        from pypdf import PdfReader

        opened.append(PdfReader(path))
    except Exception:  # noqa: BLE001 - likewise
        opened.append(None)
    return opened[0], opened[1]


def _page_texts(documents: tuple[object | None, object | None], page: int) -> tuple[str, str]:
    """pdfium's and pypdf's text of one page ("" where a library cannot read it)."""
    pdfium_doc, pypdf_doc = documents
    texts = []
    try:
        texts.append(pdfium_doc[page - 1].get_textpage().get_text_range())
    except Exception:  # noqa: BLE001 - a page pdfium cannot read is tried with pypdf alone
        texts.append("")
    try:
        texts.append(pypdf_doc.pages[page - 1].extract_text() or "")
    except Exception:  # noqa: BLE001 - likewise
        texts.append("")
    return texts[0], texts[1]


class PageWords:
    """The words of each PDF page range asked about, read once. ``paths``: file name → path on disk."""

    def __init__(self, paths: dict[str, str]) -> None:
        self.paths = {file: path for file, path in paths.items() if path and Path(path).is_file()}
        self._documents: dict[str, tuple[object | None, object | None]] = {}
        self._pages: dict[tuple[str, int], tuple[str, str]] = {}
        self._ranges: dict[tuple[str, int, int], list[Counter]] = {}

    def _words(self, file: str, first: int, last: int) -> list[Counter]:
        """The words of pages ``first``..``last``: per library, as extracted and with line-end hyphens joined."""
        key = (file, first, last)
        if key not in self._ranges:
            if file not in self._documents:
                self._documents[file] = _open(self.paths[file])
            for n in range(first, last + 1):
                if (file, n) not in self._pages:
                    self._pages[(file, n)] = _page_texts(self._documents[file], n)
            raws = ["\n".join(self._pages[(file, n)][library] for n in range(first, last + 1)) for library in range(2)]
            self._ranges[key] = [words(variant) for raw in raws for variant in (raw, _HYPHEN_BREAK.sub("", raw))]
        return self._ranges[key]

    def holds(self, text: str, file: str, page: int, page_end: int | None = None) -> bool | None:
        """Whether every word of ``text`` is on ``file``'s pages ``page``..``page_end`` in one library's text.
        None when the PDF is not on disk (nothing to check against)."""
        if file not in self.paths:
            return None
        need = words(text.replace(CELL_JOIN, " "))
        return any(all(have[w] >= n for w, n in need.items()) for have in self._words(file, page, page_end or page))


def off_page(answer: dict, pages: PageWords) -> dict[str, int]:
    """For one ``Answer.to_dict()``: how many quotes were checked and how many are not on their cited pages, and
    whether the answer shown (checked against its first citation) is not."""
    quotes = checked = answers_off = 0
    for citation in answer.get("citations", []):
        ok = pages.holds(citation.get("quote", ""), citation["file"], citation["page"], citation.get("page_end"))
        if ok is not None:
            checked += 1
            quotes += not ok
    if answer.get("answer") and answer.get("citations"):
        first = answer["citations"][0]
        answers_off = int(pages.holds(answer["answer"], first["file"], first["page"], first.get("page_end")) is False)
    return {"quotes_checked": checked, "quotes_off_page": quotes, "answer_off_page": answers_off}
