"""Text in and under filled boxes (qa/layout/boxes.py): a figure's caption under a box that holds no text."""

from __future__ import annotations

from conftest import dev_page_layout, glyph_line
from qa.layout import lines_of, segments
from qa.layout.boxes import take_captions

BODY = "the member of parliament repeated his call for a public inquiry"  # 10 pt body, 50 … about 360


def _page(caption_x: float = 400.0):
    body = [g for k in range(8) for g in glyph_line(BODY, 50, 700 - 12 * k)]
    cells = ["Mellis and Harker were", "sentenced at the Crown", "Court by Mr Justice Pelham"]
    small = [g for k, text in enumerate(cells) for g in glyph_line(text, caption_x, 640 - 9 * k, size=8.0, width=4.0)]
    return lines_of(segments(body + small))


def test_a_caption_in_small_type_under_a_figure_is_an_aside_not_part_of_the_text_beside_it():
    picture = (395.0, 650.0, 530.0, 720.0)  # a box holding no text, the caption right under it
    kept, asides = take_captions(_page(), [picture], 600.0, 10.0)
    assert [a.text for a in asides] == ["Mellis and Harker were sentenced at the Crown Court by Mr Justice Pelham"]
    assert sum(1 for line in kept for s in line if s.text == BODY) == 8
    assert not any(s.size == 8.0 for line in kept for s in line)  # the caption's lines are gone


def test_no_caption_under_a_box_holding_text_far_below_it_or_outside_its_width():
    lines = _page()
    sidebar = (395.0, 650.0, 530.0, 720.0)
    assert take_captions(lines + lines_of(segments(glyph_line("Key facts", 400, 700))), [sidebar], 600.0, 10.0)[1] == []
    assert take_captions(lines, [(395.0, 670.0, 530.0, 720.0)], 600.0, 10.0)[1] == []  # three lines below the box
    assert take_captions(_page(caption_x=250.0), [(395.0, 650.0, 530.0, 720.0)], 600.0, 10.0)[1] == []
    cell = (390.0, 600.0, 535.0, 645.0)  # the caption's lines inside another box: a table's cells, not a caption
    assert take_captions(lines, [(395.0, 650.0, 530.0, 720.0), cell], 600.0, 10.0)[1] == []
    assert take_captions(lines, [(20.0, 650.0, 560.0, 720.0)], 600.0, 10.0)[1] == []  # across the page


def test_a_news_pages_photo_caption_and_right_column_leave_the_article_whole():
    """eval/dev/brackenfold-news (a 2010 news page printed by a browser): on page 1 the article column and the
    right column of related links stand less than an em apart (the standfirst and some lines reach into the gap);
    on page 3 a photo's caption floats beside the article's last lines. The article reads whole and the links and
    the caption are asides."""
    name = "abn-news-lewis-harker-second-review-2010-05-14.pdf"
    layout = dev_page_layout("brackenfold-news", name, 1)
    text = " ".join(layout.text.split())
    assert "A post-mortem examination found he had a fractured spine and eight broken ribs" in text
    assert 'said it "could not have been predicted".' in text and "TOP ENGLAND STORIES" not in text
    assert any("TOP ENGLAND STORIES" in a.text for a in layout.asides)
    assert any(a.text.startswith("Lewis had been the subject of a child protection plan") for a in layout.asides)
    layout = dev_page_layout("brackenfold-news", name, 3)
    text = " ".join(layout.text.split())
    assert "CSI is expected to inspect Brackenfold's children's services again in the autumn." in text
    assert "Mellis and Harker were sentenced at Lowbridge Crown Court by Mr Justice Pelham" in [
        " ".join(a.text.split()) for a in layout.asides]


def test_a_photographs_caption_beside_the_text_is_an_aside(tmp_path):
    """A real image (not a drawn box) floated in the article's column with its caption in small type under it, the
    article's lines running short beside them: the caption is an aside, not read into those lines."""
    import io

    import pypdfium2 as pdfium
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from qa.layout import read_page

    photo = io.BytesIO()
    Image.new("RGB", (120, 80), (120, 130, 140)).save(photo, format="PNG")
    path = tmp_path / "photo.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 12)
    for k in range(30):
        base = 760 - 15 * k
        short = 560 <= base <= 700  # beside the photo and its caption
        c.drawString(60, base, f"Line {k} of the article tells the story" + ("." if short else
                                                                          " of the case in plain words for all."))
    c.drawImage(ImageReader(photo), 420, 610, width=120, height=80)
    c.setFont("Helvetica", 8)
    for k, text in enumerate(["The flat where the family", "lived until the spring"]):
        c.drawString(420, 600 - 9 * k, text)
    c.save()
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[0]
        layout = read_page(page, page.get_textpage())
    finally:
        pdf.close()
    assert layout is not None
    assert "The flat where the family lived until the spring" in [" ".join(a.text.split()) for a in layout.asides]
    assert "flat where" not in layout.text and "Line 12 of the article tells the story." in layout.text
