"""A review typeset with Typst (eval/dev/brackley-typst: two columns, "Finding N: title." headings run in before
the paragraph number, footnote markers set as the font's own superior figures): markers read as markers, notes as
passages of their own, and a labelled side heading split off its paragraph."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from qa.ingest import to_pages_and_report
from qa.layout.glyphs import page_glyphs, segments
from qa.passages import build_passages
from qa.passages.lines import page_lines
from qa.pdfread import read_pdf
from qa.types import FileReport

ROOT = Path(__file__).resolve().parents[2]
PDF = ROOT / "eval" / "dev" / "brackley-typst" / "brackley-fen-cspr-child-e.pdf"


@pytest.fixture(scope="module")
def passages():
    report = FileReport(file=PDF.name, path=str(PDF))
    pages = to_pages_and_report(PDF, read_pdf(str(PDF)), report)
    assert report.status == "indexed", report.reason
    return build_passages(pages, report.file, report.title)


def test_a_superior_figure_drawn_at_the_texts_size_is_read_as_a_raised_marker():
    """Typst sets a footnote marker as the font's superscript glyph: pdfium reports it at the body's size on the
    body's baseline ("Ezra”5"), only its ink is small and high. It is read as set smaller and raised, so it is a
    marker after the word; the figures of "4.10" and "14 days" on the same page stay as they are."""
    pdf = pdfium.PdfDocument(str(PDF))
    try:
        glyphs = page_glyphs(pdf[5].get_textpage())
    finally:
        pdf.close()
    text = "".join(g.char for g in glyphs)
    at = text.index("Ezra”5") + len("Ezra”")
    marker, word = glyphs[at], glyphs[at - 2]
    assert marker.size < 0.85 * word.size and marker.base > word.base + 0.15 * word.size
    for figure in ("4.10Dog", "14days"):  # lining figures on the baseline: as drawn
        first, point = glyphs[text.index(figure)], glyphs[text.index(figure) + 1]  # "4" and ".", "1" and "4"
        assert first.size == point.size and abs(first.base - point.base) < 0.01
    segment = next(s for s in segments(glyphs) if "Ezra" in s.text)
    assert segment.markers == [("5", "“fine with Ezra”")]  # the words it follows on its line


def test_footnotes_marked_by_superior_figures_are_passages_of_their_own(passages):
    """The notes at the page's foot become passages linked to the paragraph whose marker cites them, and the marker
    leaves the sentence: never "“fine with Ezra”5 and" or "safeguarding log6 and"."""
    notes = {p.paragraph: p for p in passages if p.kind == "footnote"}
    assert notes["footnote 5"].section == "Footnote 5, to paragraph 4.9"
    assert notes["footnote 5"].text.startswith("Ezra is the name the family chose")
    assert notes["footnote 6"].section == "Footnote 6, to paragraph 4.12"
    assert "NestSafe" in notes["footnote 6"].text
    body = {p.paragraph: p.text for p in passages if p.kind == "paragraph"}
    assert "“fine with Ezra” and that they were in the yard" in body["4.9"]
    assert "electronic safeguarding log and spoke to Ms L" in body["4.12"]
    for note in notes:  # no note's number glued to a word of the body
        number = note.split()[-1]
        assert not any(re.search(rf"[a-z”’]{number}\b", text) for text in body.values()), note


def test_a_labelled_side_heading_run_in_before_the_paragraph_number_is_split_off():
    """"Finding 1: Dogs as nuisance, not risk. 5.2 Every agency …": a side heading with its own label and count
    ("Finding 1:", "Learning theme 2.") run in before the number is a lead like any other; an unlabelled
    sentence with a figure in it is not."""
    lines = page_lines("Finding 1: Dogs as nuisance, not risk. 5.2 Every agency that met Bruno", 1)
    assert [(line.text, line.lead) for line in lines] == [
        ("Finding 1: Dogs as nuisance, not risk.", True), ("5.2 Every agency that met Bruno", False)]
    assert [line.text for line in page_lines("He paid 40 pounds for it. 5.2 million were spent", 1)] == [
        "He paid 40 pounds for it. 5.2 million were spent"]


def test_each_finding_heads_the_paragraph_numbered_after_it(passages):
    """Page 9: five findings, each run in before its first paragraph in a column; each paragraph is found by its
    number, headed by its finding, and the paragraph before it does not end with the finding's title."""
    found = {p.paragraph: p for p in passages if p.kind == "paragraph" and p.page == 9}
    for number, finding in [("5.2", "Finding 1: Dogs as nuisance, not risk."),
                            ("5.4", "Finding 2: Facts in separate systems."), ("5.6", "Finding 3: Explanations accepted."),
                            ("5.8", "Finding 4: A warning not heard."), ("5.9", "Finding 5: Transfer lost the thread.")]:
        assert found[number].section.endswith(finding), number
    assert found["5.2"].text.startswith("Every agency that met Bruno saw him")
    assert not any("Finding" in p.text for p in found.values())
