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
    picture = (395.0, 650.0, 530.0, 720.0)  # a filled box holding no text, the caption right under it
    kept, asides = take_captions(_page(), [picture], 600.0, 10.0)
    assert [a.text for a in asides] == ["Mellis and Harker were sentenced at the Crown Court by Mr Justice Pelham"]
    assert sum(1 for line in kept for s in line if s.text == BODY) == 8
    assert not any(s.size < 9 for line in kept for s in line)


def test_no_caption_under_a_box_holding_text_far_below_it_or_outside_its_width():
    lines = _page()
    sidebar = (395.0, 650.0, 530.0, 720.0)
    assert take_captions(lines + lines_of(segments(glyph_line("Key facts", 400, 700))), [sidebar], 600.0, 10.0)[1] == []
    assert take_captions(lines, [(395.0, 670.0, 530.0, 720.0)], 600.0, 10.0)[1] == []  # three lines below the box
    assert take_captions(_page(caption_x=250.0), [(395.0, 650.0, 530.0, 720.0)], 600.0, 10.0)[1] == []
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
