"""A magazine layout's page (qa/layout): a side column of notes beside one main column, footnote markers raised
more than half an em, and a footnote's number set raised before its text."""

from __future__ import annotations

from conftest import dev_page_layout, glyph_line as _line
from qa.layout import Glyph, lines_of, segments
from qa.layout.footnotes import split_footnotes
from qa.layout.regions import take_side_notes



MAIN = "the health visitor made a targeted contact by telephone with the mother"  # 65 glyphs: 50 … 420


def _page(notes: list[tuple[str, float]], rows: list[list[Glyph]] = ()) -> list:
    body = [g for k in range(10) for g in _line(MAIN, 50, 700 - 12 * k)]
    side = [g for text, base in notes for g in _line(text, 440, base, size=7.5, width=3.5)]
    return lines_of(segments(body + side + [g for row in rows for g in row]))


def test_a_side_column_of_smaller_notes_beside_the_main_column_is_taken_out_as_asides():
    lines = _page([("Margin note: CP-IS is the", 688), ("national sharing system.", 679), ("Practice point", 600)])
    kept, asides = take_side_notes(lines, 10.0, 600.0)
    assert [a.text for a in asides] == ["Margin note: CP-IS is the national sharing system.", "Practice point"]
    assert all(s.x1 < 430 for line in kept for s in line)
    assert sum(1 for line in kept for s in line if s.text == MAIN) == 10  # the main column read whole


def test_a_side_columns_title_set_larger_goes_with_the_block_under_it():
    """A web page's right column: "Related stories" in a larger or bold type over its list in small type. The
    title is the aside's own, not a heading of the main column's text beside it."""
    title = [g for g in _line("Most read", 440, 700, size=12.0, width=5.5)]
    lines = lines_of(segments([g for k in range(10) for g in _line(MAIN, 50, 700 - 12 * k)] + title
                              + [g for text, base in [("1. Care home closures", 684), ("2. Why carers quit", 675)]
                                 for g in _line(text, 440, base, size=7.5, width=3.5)]))
    kept, asides = take_side_notes(lines, 10.0, 600.0)
    assert [a.text for a in asides] == ["Most read 1. Care home closures 2. Why carers quit"]
    assert all(s.x1 < 430 for line in kept for s in line)
    # a title far above the block (an image between them) is not its title
    far = [g for g in _line("Related", 440, 760, size=12.0, width=5.5)]
    lines = lines_of(segments([g for k in range(10) for g in _line(MAIN, 50, 700 - 12 * k)] + far
                              + _line("Mother and partner jailed", 440, 684, size=7.5, width=3.5)))
    assert [a.text for a in take_side_notes(lines, 10.0, 600.0)[1]] == ["Mother and partner jailed"]


def test_no_side_column_when_the_margin_text_is_body_type_or_a_tables_row_goes_on_beside_it():
    body_type = lines_of(segments([g for k in range(10) for g in _line(MAIN, 50, 700 - 12 * k)]
                                  + _line("A key fact set as body", 440, 688)))
    assert take_side_notes(body_type, 10.0, 600.0) == (body_type, [])
    # a table's first column in the margin, its row's other cells in the same type inside the main column
    row = _line("A24/31", 10, 640, size=7.5, width=3.5) + _line("Review the escalation policy", 80, 640, size=7.5)
    lines = _page([], [row])
    assert take_side_notes(lines, 10.0, 600.0) == (lines, [])


def test_a_marker_raised_more_than_half_an_em_stays_on_its_line_as_a_marker():
    word = _line("no plan.", 50, 438, size=9.2)
    raised = Glyph("4", word[-1].x1 + 0.05, word[-1].x1 + 3.7, 438 + 5.2, 6.4, False, False)  # 0.57 em up
    segs = segments(word + [raised])
    assert len(segs) == 1 and segs[0].markers == [("4", "no plan.")]
    too_high = Glyph("4", word[-1].x1 + 0.05, word[-1].x1 + 3.7, 438 + 9.0, 6.4, False, False)  # a line above
    assert len(segments(word + [too_high])) == 2


def test_a_footnote_number_set_raised_before_its_text_starts_the_note():
    body = [g for k in range(6) for g in _line(MAIN, 50, 700 - 12 * k, size=9.2)]
    number = [Glyph("4", 51, 54.5, 104.0, 5.4, False, False)]
    note = _line("Child Protection Information Sharing tells settings", 57, 101, size=6.8, width=3.4)
    lines = lines_of(segments(body + note + number))  # the stream writes the number after its note
    kept, notes = split_footnotes(lines, 9.2, {"4": "no plan."})
    assert [(n.marker, n.text) for n in notes] == [("4", "Child Protection Information Sharing tells settings")]
    # a table's number cell a column's width away from its text is no footnote number
    apart = lines_of(segments(body + _line("Nobody spoke to Wren alone", 70, 101, size=6.8, width=3.4)
                              + [Glyph("4", 51, 54.5, 104.0, 5.4, False, False)]))
    assert split_footnotes(apart, 9.2, {"4": "no plan."})[1] == []


def test_a_pages_prose_beside_a_larger_table_in_smaller_type_keeps_the_documents_running_size():
    """A chronology table in smaller type may set more of a page than the prose beside it (prose 32%, table 48%):
    the document's running text size, set on that page too, is the page's body size. A page set mostly in a
    larger size (a foreword) keeps its own, and a page without the document's size keeps its own pick."""
    from collections import Counter

    from qa.layout.glyphs import body_size

    table = [Glyph("x", 0, 5, 100, 8.6, False) for _ in range(480)]
    prose = [Glyph("y", 0, 6, 300, 10.5, False) for _ in range(320)]
    notes = [Glyph("z", 0, 4, 60, 7.6, False) for _ in range(200)]
    assert body_size(table + prose + notes) == 8.6  # the page alone: the table's size
    document = Counter({10.5: 20000, 8.6: 3000, 7.6: 800})
    assert body_size(table + prose + notes, document) == 10.5
    foreword = [Glyph("f", 0, 6, 300, 12.0, False) for _ in range(700)] + prose[:200]
    assert body_size(foreword, document) == 12.0
    assert body_size(table + notes, document) == 8.6


def test_sidenotes_in_body_type_are_footnotes_and_a_chapter_number_apart_from_its_title_is_its_heading():
    """eval/dev/quillhaven-sidenotes page 4 (pdfLaTeX, a wide main column and numbered sidenotes in the outer
    margin, set in the body's own type): each sidenote, begun by the number of a marker in the text beside it, is a
    footnote with its marker, never spliced into the paragraph beside it; the chapter heading "1  Introduction",
    number and title set apart, is styled text as one line."""
    layout = dev_page_layout("quillhaven-sidenotes", "quillhaven-lcspr-child-v-review.pdf", 4)
    notes = {a.marker: a.text for a in layout.asides if a.kind == "footnote"}
    assert notes["1"] == "All times in this report are taken from agency records and are given in the 24-hour clock."
    assert notes["2"].endswith("independent scrutineer. Nine agencies submitted information to it.")
    text = " ".join(layout.text.split())
    assert "pronounced dead at 07.48 hrs. 1.2 A post-mortem examination found that Child V died of a head injury. It also" in text
    assert "24-hour clock" not in text and "Nine agencies" not in text
    assert "1 Introduction" in [" ".join(s.split()) for s in layout.styled]


def test_a_side_column_in_type_near_the_bodys_does_not_widen_the_main_column():
    """A web page's right column set at 0.88 of the body (within what counts as running text's size): the main
    column is measured on the body's own type, so the column beside it is still taken out, whole, with its title;
    before, its lines were read into the article line by line."""
    main = [g for k in range(12) for g in _line(MAIN, 50, 700 - 12 * k)]
    title = _line("Who's who", 440, 707, size=10.5, width=5.0)
    notes = [g for k, text in enumerate(["SW1 First social worker", "TM1 Team manager who", "chaired the meeting",
                                         "HV1 Health visitor", "GP1 Family doctor"])
             for g in _line(text, 440, 695 - 11 * k, size=8.8, width=4.0)]  # its own spacing
    kept, asides = take_side_notes(lines_of(segments(main + title + notes)), 10.0, 600.0)
    assert [a.text for a in asides] == ["Who's who SW1 First social worker TM1 Team manager who chaired the meeting "
                                        "HV1 Health visitor GP1 Family doctor"]
    assert all(s.text == MAIN for line in kept for s in line)


def test_a_side_item_beside_a_caption_in_like_type_far_across_the_page_is_still_the_side_columns():
    """"2. Why carers quit" stands level with a photograph's caption in nearly its own type, the caption short and
    far to its left: no table row goes on beside it, so it is the list's, not glued to the article."""
    main = [g for k in range(10) for g in _line(MAIN, 50, 700 - 12 * k)]
    caption = _line("Photograph: the civic centre", 50, 560, size=7.6, width=3.5)
    items = [g for k, text in enumerate(["1. Care home closures", "2. Why carers quit", "3. Youth clubs close"])
             for g in _line(text, 440, 572 - 12 * k, size=7.5, width=3.5)]
    kept, asides = take_side_notes(lines_of(segments(main + caption + items)), 10.0, 600.0)
    assert [a.text for a in asides] == ["1. Care home closures 2. Why carers quit 3. Youth clubs close"]
    assert not any("carers" in s.text for line in kept for s in line)


def test_a_tables_column_in_smaller_type_standing_out_of_the_main_column_is_no_side_column():
    """A chronology's date column in smaller type left of the event text: every date stands on the baseline of its
    row's event, so the column is the table's; likewise a column's heading over cells that start inside the main
    column ("Date" over "9 May 2008")."""
    events = [g for k in range(8) for g in _line(MAIN, 120, 700 - 14 * k)]
    dates = [g for k in range(8) for g in _line(f"{k + 2} May 2024", 10, 700 - 14 * k, size=8.5, width=4.0)]
    lines = lines_of(segments(events + dates))
    assert take_side_notes(lines, 10.0, 600.0) == (lines, [])
    body = [g for k in range(10) for g in _line(MAIN, 100, 600 - 12 * k)]
    head = _line("Date", 60, 730, size=8.5, width=4.0) + _line("Event", 240, 730, size=8.5, width=4.0)
    rows = [g for k in range(2) for g in _line(f"{k + 2} May 2008", 60, 716 - 14 * k, size=8.5, width=4.0)
            + _line("Child C is born", 240, 716 - 14 * k, size=8.5, width=4.0)]
    lines = lines_of(segments(body + head + rows))
    assert take_side_notes(lines, 10.0, 600.0) == (lines, [])


def test_a_live_pages_right_column_is_read_apart_from_its_posts():
    """eval/dev/sallowfield-press, the live page's first page (Chromium): posts in the main column, a "Who's who"
    column and a "Key numbers" panel at the right in smaller type. The right column's lines are its own asides; no
    line of it is read into a post (before: "17:20 | That's all from us | February 2009 strategy discussion")."""
    from conftest import dev_page_layout

    layout = dev_page_layout("sallowfield-press", "btn-live-sallowfield-reviews.pdf", 1)
    asides = [" ".join(a.text.split()) for a in layout.asides]
    assert any(a.startswith("Who’s who in the reports") and "TM1 Team manager; chaired the February 2009 strategy "
               "discussion" in a and "HV1 Health visitor throughout; last visit 15 September 2009" in a for a in asides)
    assert any(a.startswith("Key numbers 18 months — Rowan’s age when he died 52 — recommendations in the second review")
               for a in asides)
    text = " ".join(layout.text.split())
    assert "We are ending our live coverage for today. Both overview reports, the executive summaries" in text
    assert not any(code in text for code in ("TM1", "HV1", "Key numbers", "15 September 2009"))


def test_a_web_pages_right_column_set_close_beside_the_article_is_taken_out():
    """A 2010 news page: the article column and the right column of related links in smaller type stand less than
    an em apart (three quarters here), so a link on an article line's baseline joins it into one segment. Cut at
    the gutter (``split_at_narrow_gutter``), the links are asides and the article's lines are read whole, never as
    rows of "article line | link"."""
    from qa.layout.gutters import split_at_narrow_gutter

    body = [g for k in range(20) for g in _line(MAIN, 50, 700 - 12 * k)]
    end = max(g.x1 for g in body)
    titles = ["Minister orders new review", "Council chief sacked", "Q&A: case reviews", "Timeline of the case",
              "Inspectors' verdict", "Your comments", "Most read today", "Weather", "Sport"]
    # the links keep a leading of their own: some stand on an article line's baseline, most between them
    links = [g for k, text in enumerate(titles) for g in _line(text, end + 7.5, 700 - 10.5 * k, size=8.5, width=4.0)]
    segs = split_at_narrow_gutter(segments(body + links), 10.0, 600.0)
    kept, asides = take_side_notes(lines_of(segs), 10.0, 600.0)
    assert [a.text for a in asides] == [" ".join(titles)]
    assert sum(1 for line in kept for s in line if s.text == MAIN) == 20


def test_a_sidenote_whose_number_is_set_apart_and_raised_is_a_footnote():
    """eval/dev/quillhaven-sidenotes page 11: the sidenote's number ("7", set small and raised) stands apart from its
    text ("The Partnership’s visiting guidance in force in 2023 …") in the margin: the note is a footnote of the
    page, its marker goes from "plainly.7", and the sentence of paragraph 6.3 is not spliced with the note."""
    layout = dev_page_layout("quillhaven-sidenotes", "quillhaven-lcspr-child-v-review.pdf", 11)
    notes = {a.marker: a.text for a in layout.asides if a.kind == "footnote"}
    assert notes["7"].startswith("The Partnership’s visiting guidance in force in 2023 required a child")
    assert notes["7"].endswith("child is asleep.")
    text = " ".join(layout.text.split())
    assert "says so plainly. " in text + " " and "plainly.7" not in text
    assert "visiting guidance in force" not in text


def test_type_set_at_unit_size_and_scaled_by_its_matrix_is_read_at_the_size_drawn():
    """eval/dev/hemsfield-pango page 8 (Pango on cairo: every font set at size 1 and scaled by the text matrix):
    the sizes drawn (body 9.9 pt, notes 9.1) let a footnote marker raised mid-line stay on its line, the footnote
    at the column's foot be a note, and words be words, not runs of letters split at every kerning gap."""
    layout = dev_page_layout("hemsfield-pango", "hemsfield-child-k-lcspr.pdf", 8)
    notes = {a.marker: a.text for a in layout.asides if a.kind == "footnote"}
    assert " ".join(notes["5"].split()) == "Police protection under section 46 of the Children Act 1989 can last for no more than 72 hours."
    text = " ".join(layout.text.split())
    assert "3.31 A second strategy discussion was held at 21.30 hrs on 3 February 2023" in text
    assert "72 hours" not in text and "De c e mbe r" not in text


def test_footnotes_without_printed_markers_above_a_footer_in_body_type_are_notes():
    """eval/dev/marchbank-rinoh pages 6 and 7 (rinohtype; the markers' digits are not read as markers): the note in
    small type at the page's foot, started by its number, is a footnote although the footer under it ("FICTIONAL …
    Page 6") is set in body type; it was spliced into the paragraph its page ends with ("HV1 noticed a small 4 A
    centile chart …" once the paragraph ran on)."""
    for page, marker, note in ((6, "3", "The Domestic Abuse, Stalking and Harassment (DASH) risk identification"),
                               (7, "4", "A centile chart compares a child's growth")):
        layout = dev_page_layout("marchbank-rinoh", "marchbank-scr-child-f-overview-report.pdf", page)
        notes = {a.marker: a.text for a in layout.asides if a.kind == "footnote"}
        assert notes[marker].startswith(note)
        assert note not in " ".join(layout.text.split())
