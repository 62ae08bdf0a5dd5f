"""Whether what is shown is on the pages it cites: each answer and each citation quote, checked against the PDF's
own text of the cited page range (``page`` to ``page_end``), not against the index, so that an ingest fault (a
quote spliced over two pages, a column read into its neighbour's page, a footnote pulled from another page) is
caught. Words are compared as counts, not in order: two columns, a table or a sidebar come out of each PDF
library in its own order. pdfium's text and pypdf's are both tried, each also with line-end hyphens joined and
footnote markers and note numbers set tight against a word ("standard4", "2Working") read as the word: a text is on its pages when either
library's words hold all of its own.

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


class PageWords:
    """The words of each PDF page range asked about, read once. ``paths``: file name → path on disk."""

    def __init__(self, paths: dict[str, str]) -> None:
        self.paths = paths
        self._pages: dict[tuple[str, int], list[str]] = {}

    def _texts(self, file: str, page: int) -> list[str]:
        key = (file, page)
        if key not in self._pages:
            texts = []
            path = self.paths.get(file)
            if path and Path(path).is_file():
                try:
                    import pypdfium2 as pdfium

                    document = pdfium.PdfDocument(path)
                    texts.append(document[page - 1].get_textpage().get_text_range())
                except Exception:  # noqa: BLE001 - a page pdfium cannot read is tried with pypdf alone
                    texts.append("")
                try:
                    from pypdf import PdfReader

                    texts.append(PdfReader(path).pages[page - 1].extract_text() or "")
                except Exception:  # noqa: BLE001 - likewise
                    texts.append("")
            self._pages[key] = texts
        return self._pages[key]

    def holds(self, text: str, file: str, page: int, page_end: int | None = None) -> bool | None:
        """Whether every word of ``text`` is on ``file``'s pages ``page``..``page_end`` in one library's text.
        None when the PDF is not on disk (nothing to check against)."""
        if self.paths.get(file) is None or not Path(self.paths[file]).is_file():
            return None
        need = words(text.replace(CELL_JOIN, " "))
        pages = range(page, (page_end or page) + 1)
        for library in range(2):
            raw = "\n".join(self._texts(file, n)[library] for n in pages if len(self._texts(file, n)) > library)
            for variant in (raw, _HYPHEN_BREAK.sub("", raw)):
                have = words(variant)
                if all(have[w] >= n for w, n in need.items()):
                    return True
        return False


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
