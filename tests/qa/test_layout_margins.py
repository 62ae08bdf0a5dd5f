"""Paragraph numbers printed in the margin (qa/layout/margins.py): a strip at the page's edge holding only
paragraph numbers is attached to the text lines beside it, never read as a column or an aside; pages with
a real column of text in the margin, two columns, or a contents page's page numbers are left as they were."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from qa.ingest import to_pages_and_report
from qa.layout import read_page
from qa.layout.glyphs import body_size, lines_of, page_glyphs, segments
from qa.layout.margins import attach_margin_numbers
from qa.passages import build_passages
from qa.passages.lines import plausible_next
from qa.pdfread import read_pdf
from qa.types import FileReport

ROOT = Path(__file__).resolve().parents[2]
GLENMORRA = ROOT / "eval" / "dev" / "glenmorra-learning" / "glenmorra-learning-review-ailsa.pdf"
WIDTH, HEIGHT = A4
LEAD = 14.0
WORDS = ("the review team looked at what each agency knew about the household and what it did with that "
         "knowledge over the months before the incident and why").split()

# (margin number or None, heading or None, number of body lines)
SECTION = [
    (None, "2.1 The review team", 0),
    ("2.1.1", None, 4),
    ("2.1.2", None, 3),
    (None, "2.2 Learning events", 0),
    ("2.2.1", None, 5),
    ("2.2.2", None, 2),
    ("2.2.3", None, 3),
]


def _body_line(k: int) -> str:
    """A line of running text, near the full width; each paragraph's first line starts with a capital."""
    words = WORDS[k % 7 :] + WORDS[: k % 7]
    return " ".join(words)[:88]


def _page(draw) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    draw(pdf)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _numbered_page(side: str = "left", band: bool = True, raise_numbers: float = 0.0, outdent: bool = False) -> bytes:
    """A single-column page whose paragraph numbers hang in a strip at one edge (white on a tinted band,
    as a designed learning review sets them), with a running header, headings and a page number. With
    ``outdent`` the headings and the footer start at the numbers' edge (as a browser's or word processor's
    hanging numbers leave them)."""
    def draw(pdf):
        text_x = 120.0 if side == "left" else 60.0  # the text runs to x 535 (left strip) or 470 (right)
        number_x = 40.0 if side == "left" else 500.0
        if band:
            pdf.setFillColor(HexColor("#1f6b70"))
            pdf.rect(0 if side == "left" else 488, 0, 88 if side == "left" else 108, HEIGHT, stroke=0, fill=1)
        pdf.setFillColor(HexColor("#1d1d1d"))
        pdf.setFont("Helvetica", 7.5)
        pdf.drawString(text_x + 250, 808, "Learning Review - Example CPC")
        y, k = 760.0, 0
        for number, heading, count in SECTION:
            if heading:
                y -= 6
                pdf.setFont("Helvetica-Bold", 11)
                pdf.setFillColor(HexColor("#1d1d1d"))
                pdf.drawString(number_x if outdent else text_x, y, heading)
                y -= LEAD + 4
                continue
            pdf.setFont("Helvetica-Bold", 9.5)
            pdf.setFillColor(white if band else HexColor("#1d1d1d"))
            pdf.drawString(number_x, y + raise_numbers, number)
            pdf.setFont("Helvetica", 10)
            pdf.setFillColor(HexColor("#1d1d1d"))
            for i in range(count):
                line = _body_line(k)
                if i == 0:
                    line = "The " + line
                if i == count - 1:
                    line = line[:50] + "."
                pdf.drawString(text_x, y, line)
                y -= LEAD
                k += 1
            y -= 7
        pdf.setFont("Helvetica", 15)
        pdf.setFillColor(white if band else HexColor("#1d1d1d"))
        pdf.drawString(number_x, 32, "5")
        pdf.setFont("Helvetica", 7.5)
        pdf.setFillColor(HexColor("#1d1d1d"))
        pdf.drawString(number_x if outdent else text_x, 34, "FICTIONAL practice material - Example Child Protection Committee")
    return _page(draw)


def _read(data: bytes):
    document = pdfium.PdfDocument(data)
    page = document[0]
    return read_page(page, page.get_textpage())


def _lines(data: bytes):
    document = pdfium.PdfDocument(data)
    glyphs = page_glyphs(document[0].get_textpage())
    return lines_of(segments(glyphs)), body_size(glyphs)


@pytest.mark.parametrize("side", ["left", "right"])
@pytest.mark.parametrize("raise_numbers", [0.0, 2.5])  # on the text's baseline, or set to its top
def test_margin_numbers_start_the_lines_beside_them_and_make_no_aside(side, raise_numbers):
    layout = _read(_numbered_page(side=side, raise_numbers=raise_numbers))
    assert layout is not None
    assert not [a for a in layout.asides if any(n in a.text for n in ("2.1.1", "2.2.2"))], layout.asides
    lines = layout.text.split("\n")
    starts = [line.split()[0] for line in lines if line.split() and line.split()[0][:1].isdigit()]
    # headings keep their own numbers; the page number (set large, beside the footer) is no paragraph's
    expected = ["2.1", "2.1.1", "2.1.2", "2.2", "2.2.1", "2.2.2", "2.2.3"] + (["5"] if side == "left" else [])
    assert starts == expected, starts
    assert any(line.startswith("2.2.1 The ") for line in lines)
    assert not any(line.strip() in ("2.1.1", "2.2.1") for line in lines)  # no number left on a line of its own


def test_margin_numbers_become_the_passages_paragraph_numbers(tmp_path):
    """Three-level numbers after a two-level heading ("2.2 Learning events" then 2.2.1) are accepted."""
    pdf = tmp_path / "margin.pdf"
    pdf.write_bytes(_numbered_page())
    report = FileReport(file=pdf.name, path=str(pdf))
    pages = to_pages_and_report(pdf, read_pdf(str(pdf)), report)
    passages = build_passages(pages, report.file, report.title)
    numbered = [(p.paragraph, p.text[:4]) for p in passages if p.kind == "paragraph"]
    assert numbered == [(n, "The ") for n in ("2.1.1", "2.1.2", "2.2.1", "2.2.2", "2.2.3")], numbered
    assert not [p for p in passages if p.kind == "aside"]


def test_three_level_numbers_follow_two_level_headings():
    assert plausible_next([4, 3, 6], [4, 4])  # heading 4.4 after paragraph 4.3.6
    assert plausible_next([4, 4], [4, 4, 1])  # paragraph 4.4.1 under it
    assert plausible_next([4, 4, 6], [4, 5])
    assert plausible_next([4, 6, 3], [5, 1])
    assert not plausible_next([4, 4, 2], [4, 4, 9])


def test_a_narrow_column_of_text_in_the_margin_is_left_alone():
    """A margin holding words (a sidebar of notes) is not margin numbering, even with numbers among them."""
    def draw(pdf):
        y = 760.0
        for k in range(14):
            pdf.setFont("Helvetica", 10)
            pdf.drawString(160, y, _body_line(k))
            pdf.setFont("Helvetica", 8)
            if k % 4 == 0:
                pdf.drawString(40, y, f"1.{k // 4 + 1}")
            elif k % 4 == 1:
                pdf.drawString(40, y, "See note")
            y -= LEAD
    lines, size = _lines(_page(draw))
    assert attach_margin_numbers(lines, size) == (lines, set())


def test_two_columns_with_numbers_hanging_in_each_are_left_alone():
    """Two columns of text, each paragraph number hanging inside the column's own margin: the page's left
    strip holds the left column's numbers only beside some lines, the right column's sit in the gutter; the
    two-column reading (qa/layout/regions.py) handles them, so nothing here moves."""
    def draw(pdf):
        y = 760.0
        for k in range(20):
            pdf.setFont("Helvetica", 9)
            pdf.drawString(70, y, _body_line(k)[:48])
            pdf.drawString(320, y, _body_line(k + 3)[:48])
            if k % 5 == 0:
                pdf.drawString(50, y, f"3.{k // 5 + 1}")
                pdf.drawString(300, y, f"3.{k // 5 + 5}")
            y -= 12
    data = _page(draw)
    lines, size = _lines(data)
    assert attach_margin_numbers(lines, size)[1] == set()  # the left numbers are within an em of the text
    layout = _read(data)
    assert layout is not None and layout.columns


def test_two_columns_numbered_in_their_outer_margins_each_take_their_numbers():
    """Two columns whose paragraph numbers stand in the page's outer margins (a designed review: the left
    column's on the left, the right column's on the right): each number leads the first line of its own
    column's paragraph, never a line of the other column or the middle of a sentence."""
    def draw(pdf):
        y = 760.0
        for k in range(20):
            pdf.setFont("Helvetica", 9)
            left, right = _body_line(k)[:46], _body_line(k + 3)[:46]
            if k % 5 == 0:
                left, right = "The " + left[:42], "Then " + right[:41]
            pdf.drawString(70, y, left)
            pdf.drawString(310, y, right)
            if k % 5 == 0:
                pdf.setFont("Helvetica", 7)
                pdf.drawString(30, y, f"4.{k // 5 + 1}")
                pdf.drawString(540, y, f"4.{k // 5 + 5}")
            y -= 12
    lines, size = _lines(_page(draw))
    attached, taken = attach_margin_numbers(lines, size)
    assert len(taken) == 8
    leads = [" ".join(seg.text.split()[:2]) for line in attached for seg in line if seg.text[:1].isdigit()]
    assert leads == [x for k in range(4) for x in (f"4.{k + 1} The", f"4.{k + 5} Then")]


def test_a_contents_page_keeps_its_page_numbers_at_the_right():
    """Page numbers standing right of contents entries: every line is numbered, none runs on, so no strip."""
    def draw(pdf):
        y = 760.0
        pdf.setFont("Helvetica", 10)
        for k, title in enumerate(["Introduction", "How the review was carried out", "The family", "Key episodes",
                                   "What we learned", "What worked well", "Recommendations"]):
            pdf.drawString(72, y, f"Section {k + 1} {title}")
            pdf.drawString(500, y, str(3 + k))
            y -= 20
    lines, size = _lines(_page(draw))
    assert attach_margin_numbers(lines, size) == (lines, set())


@pytest.fixture(scope="module")
def glenmorra():
    report = FileReport(file=GLENMORRA.name, path=str(GLENMORRA))
    pages = to_pages_and_report(GLENMORRA, read_pdf(str(GLENMORRA)), report)
    return build_passages(pages, report.file, report.title)


@pytest.mark.parametrize("sentence, page, number", [
    ("The CPC appointed two lead reviewers who had no previous connection", 5, "2.1.1"),
    ("The first Inter-agency Referral Discussion (IRD) was held by telephone", 8, "4.4.2"),
    ("Ailsa attended nine of the 38 nursery sessions offered in January and February 2023", 9, "4.5.1"),
    ("The nursery's practice was consistently good.", 11, "6.1"),
])
def test_glenmorra_paragraphs_carry_their_margin_numbers(glenmorra, sentence, page, number):
    """eval/dev/glenmorra-learning: numbers hang white in a teal band down the left edge, outside the text."""
    holding = [p for p in glenmorra if sentence in " ".join(p.text.split())]
    assert holding, sentence
    assert (holding[0].page, holding[0].paragraph) == (page, number)


def test_glenmorra_margin_numbers_are_no_aside(glenmorra):
    assert not [p for p in glenmorra if p.kind == "aside" and "2.1.1" in p.text]
    numbers = [p.paragraph for p in glenmorra if p.paragraph and p.paragraph.count(".") == 2]
    assert len(set(numbers)) >= 40  # 1.1.1 … 5.5.x: the three-level paragraphs of sections 1-5


def test_margin_numbers_are_found_when_headings_and_the_footer_stand_out_at_their_edge():
    """Headings (bold) and the footer (small type) starting at the numbers' edge are not running text in the
    margin: the strip of numbers is still found and each number starts its line."""
    layout = _read(_numbered_page(band=False, outdent=True))
    assert layout is not None
    lines = layout.text.split("\n")
    assert any(line.startswith("2.2.1 The ") for line in lines)
    assert not any(line.strip() in ("2.1.1", "2.2.1") for line in lines)
