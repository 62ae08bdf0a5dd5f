"""Shared fixtures: the repository's paths, small generated PDFs, and one index each of the practice corpus,
of the held-out review (eval/heldout), and of both together (two reviews of one child and the minister's
letter, as the real corpus is)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRACTICE = ROOT / "data" / "practice"
HELDOUT = ROOT / "eval" / "heldout"
SHARED = ROOT.parent / "shared"
PDFS_WILD = SHARED / "pdfs-wild"
# Answer.to_dict(): the fixed five keys and the compatible additions (the span inside a clause answer, where the
# answer sits in the first quote, the confidence in words, why it abstained)
ANSWER_KEYS = {"question", "answer", "answerable", "score", "citations",
               "short_answer", "answer_start", "confidence_level", "abstain_reason"}

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/pdf_factory.py
os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def practice_pdfs() -> list[Path]:
    pdfs = sorted(PRACTICE.glob("*.pdf"))
    assert pdfs, f"the practice corpus is missing from {PRACTICE}"
    return pdfs


@pytest.fixture(scope="session")
def practice_index(tmp_path_factory, practice_pdfs) -> str:
    """One index of the practice corpus for the whole test session."""
    import qa

    index_dir = tmp_path_factory.mktemp("practice-index")
    info = qa.build_index([str(PRACTICE)], str(index_dir))
    assert info.counts()["skipped"] == 0, [f.to_dict() for f in info.files]
    return str(index_dir)


@pytest.fixture(scope="session")
def heldout_index(tmp_path_factory) -> str:
    """One index of the held-out second review (two PDFs the reader was not tuned on)."""
    import qa

    assert sorted(HELDOUT.glob("*.pdf")), f"the held-out review is missing from {HELDOUT}"
    index_dir = tmp_path_factory.mktemp("heldout-index")
    info = qa.build_index([str(HELDOUT)], str(index_dir))
    assert info.counts()["skipped"] == 0, [f.to_dict() for f in info.files]
    return str(index_dir)


@pytest.fixture(scope="session")
def combined_index(tmp_path_factory, practice_pdfs) -> str:
    """One index of the practice corpus and the held-out second review together."""
    import qa

    index_dir = tmp_path_factory.mktemp("combined-index")
    info = qa.build_index([str(PRACTICE), str(HELDOUT)], str(index_dir))
    assert info.counts()["skipped"] == 0, [f.to_dict() for f in info.files]
    return str(index_dir)


def page_text(pdf: Path, page: int) -> str:
    """pypdf's text of a 1-based physical page, whitespace collapsed (what 'verbatim' is checked against)."""
    import unicodedata

    from pypdf import PdfReader

    text = PdfReader(str(pdf)).pages[page - 1].extract_text() or ""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def cited_text(pdf: Path, citation) -> str:
    """The text of every page a citation names, ``page`` to ``page_end`` (a quote over a page break is cited
    "pp. 12–13"), whitespace collapsed: what its quote and answer must be found in."""
    get = citation.get if isinstance(citation, dict) else (lambda key, default=None: getattr(citation, key, default))
    first = int(get("page"))
    last = int(get("page_end") or first)
    return " ".join(page_text(pdf, n) for n in range(first, last + 1))


def as_printed(text: str) -> str:
    """A quote as the PDF prints it: whitespace collapsed, without the " | " the index puts between the cells
    of a table row it rebuilt (qa/tables.py); the cells themselves are verbatim."""
    from qa.tables import CELL_JOIN

    return " ".join(text.replace(CELL_JOIN, " ").split())


@pytest.fixture()
def index_copy(tmp_path, practice_index) -> Path:
    """A copy of the practice index that a test may damage, rebuild or lock (dropped from the ask cache after)."""
    import shutil

    from qa import api

    target = tmp_path / "index"
    shutil.copytree(practice_index, target)
    api.forget(target)
    yield target
    api.forget(target)


def dev_page_layout(corpus: str, name: str, number: int):
    """``qa.layout.read_page`` of physical page ``number`` (1-based) of a development corpus's PDF."""
    import pypdfium2 as pdfium

    from qa.layout import read_page

    pdf = pdfium.PdfDocument(str(ROOT / "eval" / "dev" / corpus / name))
    try:
        page = pdf[number - 1]
        return read_page(page, page.get_textpage())
    finally:
        pdf.close()


def glyph_line(text: str, x: float, base: float, size: float = 10.0, width: float = 5.0) -> list:
    """A line of text as pdfium's glyphs (qa.layout.Glyph): each character ``width`` wide, words 3 pt apart,
    starting at ``x`` on baseline ``base``."""
    from qa.layout import Glyph

    glyphs, at = [], x
    for word in text.split():
        for i, char in enumerate(word):
            glyphs.append(Glyph(char, at, at + width, base, size, False, i == 0 and at > x))
            at += width
        at += 3.0
    return glyphs
