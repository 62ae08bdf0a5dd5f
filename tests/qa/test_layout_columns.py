"""Three text columns (a leaflet, a seven-minute briefing) read column by column (qa/layout/gutters, regions), and a
three-column table kept a table."""

from __future__ import annotations

from conftest import dev_page_layout, glyph_line as _line
from qa.layout import Glyph, lines_of, segments
from qa.layout.gutters import find_four_columns, find_three_columns
from qa.layout.regions import in_columns

PROSE = "the review found that agencies knew parts"  # 35 glyphs 4 pt wide + 6 spaces: 158 pt



def _column(x: float, name: str, breaks: set[int], rows: int = 14) -> list[Glyph]:
    """A column of prose lines 12 pt apart, with a gap (a new paragraph) after the lines in ``breaks``; each
    line's first word names its column and line ("a3 …")."""
    out, base = [], 700.0
    for k in range(rows):
        out += _line(f"{name}{k} {PROSE}", x, base, width=4.0)
        base -= 24.0 if k in breaks else 12.0
    return out


def test_three_columns_of_prose_are_read_column_by_column():
    glyphs = _column(36, "a", {4}) + _column(225, "b", {8}) + _column(414, "c", {2, 10})
    segs = segments(glyphs)
    gutters = find_three_columns(segs, 612.0, 10.0)
    assert gutters is not None and len(gutters) == 2
    assert all(200 <= lo < hi <= 226 or 380 <= lo < hi <= 415 for lo, hi in gutters)
    order = [line.split()[0] for line in in_columns(lines_of(segs), gutters, 10.0)[0]]
    assert order == [f"{c}{k}" for c in "abc" for k in range(14)]


def test_four_columns_of_a_landscape_briefing_are_read_column_by_column():
    """Four panels of prose side by side on a landscape page (a seven-minute briefing): three gutters, each column
    read top to bottom in turn; three columns are not found there, nor four on a page of three."""
    glyphs = _column(30, "a", {4}) + _column(235, "b", {8}) + _column(440, "c", {2, 10}) + _column(645, "d", {6})
    segs = segments(glyphs)
    assert find_three_columns(segs, 842.0, 10.0) is None
    gutters = find_four_columns(segs, 842.0, 10.0)
    assert gutters is not None and len(gutters) == 3
    order = [line.split()[0] for line in in_columns(lines_of(segs), gutters, 10.0)[0]]
    assert order == [f"{c}{k}" for c in "abcd" for k in range(14)]
    three = segments(_column(36, "a", {4}) + _column(225, "b", {8}) + _column(414, "c", {2, 10}))
    assert find_four_columns(three, 612.0, 10.0) is None


def test_a_three_column_table_whose_rows_start_together_is_no_three_columns():
    rows = {3, 7, 10}  # every column starts a new row at the same heights
    glyphs = _column(36, "a", rows) + _column(225, "b", rows) + _column(414, "c", rows)
    assert find_three_columns(segments(glyphs), 612.0, 10.0) is None
    # nor two columns of prose beside a narrow one
    narrow = [g for k in range(14) for g in _line(f"c{k} fact", 414, 700 - 12 * k, width=4.0)]
    assert find_three_columns(segments(_column(36, "a", {4}) + _column(225, "b", {8}) + narrow), 612.0, 10.0) is None


def test_two_columns_set_on_the_left_of_a_wide_sheet_are_read_column_by_column():
    """Columns divide the text block, not the paper: two columns 36-194 and 225-383 of a landscape sheet 842 pt
    wide (a side panel beside them taken as a box) meet nowhere near the sheet's middle, and a running header
    across the sheet does not make the right column wider than it is."""
    from qa.layout.gutters import find_gutter

    header = _line("Pellingford Safeguarding Children Partnership Annual Report", 500, 760, width=5.0)
    segs = segments(_column(36, "a", {4}) + _column(225, "b", {8}) + header)
    gutter = find_gutter(segs, 842.0, 10.0)
    assert gutter is not None and 194 <= gutter[0] < gutter[1] <= 226
    order = [line.split()[0] for line in in_columns(lines_of(segs), gutter, 10.0)[0]]
    assert order[-28:] == [f"{c}{k}" for c in "ab" for k in range(14)]


def test_a_two_column_table_with_padded_rows_on_a_wide_sheet_is_no_columns():
    """Rows 21 pt apart in 10 pt type (a table's cells with padding) are not running text."""
    from qa.layout.gutters import find_gutter

    def padded(x, name):
        return [g for k in range(12) for g in _line(f"{name}{k} {PROSE}", x, 700 - 21 * k, width=4.0)]

    assert find_gutter(segments(padded(36, "a") + padded(225, "b")), 842.0, 10.0) is None
    close = [g for k in range(12) for x, n in ((36, "a"), (225, "b")) for g in _line(f"{n}{k} {PROSE}", x, 700 - 13 * k, width=4.0)]
    assert find_gutter(segments(close), 842.0, 10.0) is not None  # the same set close: columns


def test_a_glyph_starting_inside_a_wide_glyph_box_is_the_same_word():
    """A capital with a tail (Typst's bold "Q") has a box reaching 0.4 em over the letter after it: that letter
    still continues the word, not a new segment set apart with a space."""
    q = Glyph("Q", 328.9, 342.5, 517.7, 12.0, True, False)
    rest = _line("uestions for your team", 337.6, 517.7, size=12.0, width=6.0)
    texts = [s.text for s in segments([q] + rest)]
    assert texts == ["Questions for your team"]


def test_a_leaflets_third_panel_in_a_tinted_box_still_makes_three_columns():
    """eval/dev/oakhurst-typst's briefing, page 2 (a landscape sheet of three panels, the third mostly a tinted box):
    read panel by panel, never as rows pairing the first two panels' lines."""
    layout = dev_page_layout("oakhurst-typst", "oakhurst-child-r-practice-briefing.pdf", 2)
    assert layout is not None and layout.columns
    text = " ".join(layout.text.split())
    assert "2. Find out who is in the house. Full name, date of birth, relationship to the child." in text
    assert text.index("Falling attendance is a safeguarding question") < text.index("9 Questions for your team")
    assert " | " not in text


def test_columns_off_the_sheets_middle_are_found_in_the_text_block():
    """eval/dev/pellingford-annual page 3 (landscape, two columns beside a boxed panel) and saltmoor-designed page
    15 (two narrow columns on the left of the sheet): each column is read whole."""
    layout = dev_page_layout("pellingford-annual", "pellingford-pscp-annual-report-2024-25.pdf", 3)
    assert layout is not None and layout.columns
    text = " ".join(layout.text.split())
    assert "This is my second annual report as Independent Scrutineer for Pellingford." in text
    layout = dev_page_layout("saltmoor-designed", "saltmoor-lcspr-ezra-designed.pdf", 15)
    assert layout is not None and layout.columns
    assert "The reviewer met Aunt B twice and Ms V once, in October 2023," in " ".join(layout.text.split())


def _dev_passages(corpus: str, name: str, page: int):
    from pathlib import Path

    from qa.ingest import ingest
    from qa.passages import build_passages

    path = Path(__file__).resolve().parents[2] / "eval" / "dev" / corpus / name
    (report, pages), = ingest([path], workers=1)
    return [p for p in build_passages(pages, report.file, report.title) if p.page == page]


def test_two_columns_under_one_wide_one_are_numbered_paragraphs_not_table_rows():
    """eval/dev/markfield-fpdf-columns page 6 (fpdf2: section 3 in one wide column beside a boxed panel, then
    section 4's paragraphs 4.1–4.3 in two columns): the two columns' lines side by side are running text, read
    column by column, and their paragraph numbers are found; no row of cells mixes the two columns."""
    passages = _dev_passages("markfield-fpdf-columns", "markfield-lcspr-child-e-report.pdf", 6)
    numbered = {p.paragraph: p.text for p in passages if p.paragraph}
    assert {"4.1", "4.2", "4.3"} <= set(numbered)
    assert numbered["4.3"].startswith("By the 32-week antenatal appointment on 16 April 2024 Mr J had moved in.")
    assert "because Mr J was in the room" in numbered["4.3"]
    assert not [p for p in passages if p.kind == "row"]


def test_a_typeset_tables_justified_wrapped_cells_stay_in_their_rows():
    """eval/dev/quillhaven-sidenotes page 8 (pdfLaTeX, a four-column table whose cells are justified and wrap, its
    rows set a quarter em apart): every dated row keeps its four cells."""
    rows = [p.text for p in _dev_passages("quillhaven-sidenotes", "quillhaven-lcspr-child-v-review.pdf", 8)
            if p.kind == "row" and p.text[:2].isdigit()]
    assert len(rows) == 14
    assert all(row.count(" | ") == 3 for row in rows), rows
    assert "08/11/2022 | Children’s Services (MASH) | Police notification screened | No further action" in rows[2]


def test_a_column_of_short_items_beside_prose_is_a_column_not_a_table():
    """eval/dev/corrieston-designed's learning briefing, page 1 (landscape: a tinted panel, a column of numbered
    prose, a column of key figures, a quotation and a list of agencies): read column by column, the prose whole;
    the staff key of eval/dev/cressbrook-office (short code and agency cells level with wrapped role cells) is no
    pair of columns."""
    layout = dev_page_layout("corrieston-designed", "corrieston-wyle-learning-briefing-rory.pdf", 1)
    assert layout is not None and layout.columns
    text = " ".join(layout.text.split())
    assert "His mother misused alcohol, and his father was violent and controlling towards her." in text
    assert "The review was led by an independent reviewer, Alison Threlkeld." in text
    layout = dev_page_layout("cressbrook-office", "cressbrook-scr-family-c-overview-report.pdf", 15)
    assert layout is None or not layout.columns  # None: no layout of its own, read as extracted


def test_key_figures_are_read_figure_then_caption():
    """A column of key figures set large, each caption in small type beside it with its first line above the
    figure's baseline (eval/dev/corrieston-designed's briefing): each figure is read with its own caption."""
    layout = dev_page_layout("corrieston-designed", "corrieston-wyle-learning-briefing-rory.pdf", 1)
    text = " ".join(layout.text.split())
    for said in ("3 police call-outs for domestic abuse", "54% Rory’s nursery attendance in the autumn term 2023",
                 "13.4 kg Rory’s weight when admitted to hospital", "0 Graded Care Profile 2 assessments completed"):
        assert said in text


def test_two_columns_set_closer_than_a_segment_gap_are_cut_at_their_gutter():
    """eval/dev/penhallow-cssprint page 5 (WeasyPrint CSS columns about an em apart, justified): where the two
    columns' lines share a baseline they were joined into one segment across the page ("… emergen ing at Penhallow
    University Health Board …"); the gutter, a strip no line's glyphs cross, cuts them and each column reads whole."""
    layout = dev_page_layout("penhallow-cssprint", "penhallow-ecpr-child-r-report.pdf", 5)
    assert layout is not None
    text = " ".join(layout.text.split())
    assert "was taken by ambulance from her mother's home on the Coedlan estate to the emergency depart" in text
    assert "review panel chaired by Carys Maddock, Head of Safeguard\u2010 ing at Penhallow University" in text


def test_a_single_column_and_a_wide_gutter_are_not_cut():
    """One column of running text (word spaces fall at other places on every line) has no narrow gutter, and two
    columns a segment gap apart are already two segments: nothing is cut."""
    from qa.layout.gutters import split_at_narrow_gutter

    words = "the review found that agencies knew parts of the picture but none of them held it all".split()
    glyphs = []
    for k in range(24):
        glyphs += _line(" ".join(words[k % 7 :] + words[: k % 7])[:90], 60.0, 760.0 - 12 * k, width=5.0)
    segs = segments(glyphs)
    assert split_at_narrow_gutter(segs, 10.0, 595.0) == segs
    glyphs = []
    for k in range(24):
        glyphs += _line(f"a{k} {PROSE}", 60.0, 760.0 - 12 * k, width=4.0)
        glyphs += _line(f"b{k} {PROSE}", 320.0, 760.0 - 12 * k, width=4.0)
    segs = segments(glyphs)
    assert len(segs) == 48 and split_at_narrow_gutter(segs, 10.0, 595.0) == segs


def test_css_columns_half_an_em_apart_under_a_display_heading_are_read_in_order():
    """eval/dev/penhallow-cssprint page 6 (WeasyPrint: columns whose gutter is under an em clear of glyphs, a table
    running on from the left column into the right, a section heading across both columns over a tinted box, a
    running header set close above the body): both columns are found, each is read top to bottom, section 3 before
    the heading of section 4 and section 4's paragraphs in their order; prose is never spliced into the table's rows,
    and the header is read first, whole."""
    layout = dev_page_layout("penhallow-cssprint", "penhallow-ecpr-child-r-report.pdf", 6)
    assert layout is not None and layout.columns
    lines = layout.text.split("\n")
    assert lines[:2] == ["Extended Child Practice Review — Child R", "PSCB/ECPR/02/2023"]
    text = " ".join(layout.text.split())
    order = ["3.1 Table 1 lists", "3.2 Each agency", "4. The practice narrative", "4.1 The family registered",
             "4.3 HV1, the Flying Start", "4.4 At 23.15 hrs", "4.5 On 17 January 2022", "4.6 HV1 made"]
    at = [text.find(said) for said in order]
    assert -1 not in at and at == sorted(at), list(zip(order, at))
    assert not [line for line in lines if " | " in line and ("Table 1 lists" in line or "Each agency" in line)]


def test_a_word_broken_at_a_lines_end_heads_no_section():
    """The first line of a table's wrapped header cell in bold ("Practi‐" over "tioners") is no heading of its own:
    the paragraphs after it (eval/dev/penhallow-cssprint page 6) keep the section they are in."""
    passages = _dev_passages("penhallow-cssprint", "penhallow-ecpr-child-r-report.pdf", 6)
    sections = {p.paragraph: p.section for p in passages if p.paragraph}
    assert {"3.1", "3.2", "4.1", "4.4", "4.6"} <= set(sections)
    assert sections["3.2"] == "3. Agencies involved"
    assert all(sections[n] == "4. The practice narrative" for n in ("4.1", "4.4", "4.6"))
    assert not [p for p in passages if (p.section or "") == "Practi‐"]


def _across_columns(first: str, second: str, third: str) -> list:
    """Two columns of prose (a0 … and b0 …, six lines each), then two lines set 14 pt across both columns
    (``first``, ``second``) and a line set 8 pt under them (``third``), then the columns go on (a6 … and b6 …)."""
    glyphs = []
    for name, x in (("a", 36.0), ("b", 320.0)):
        for k in range(10):
            base = 700.0 - 12.0 * k if k < 6 else 700.0 - 12.0 * k - 90.0
            glyphs += _line(f"{name}{k} {PROSE}", x, base, width=4.0)
    glyphs += _line(first, 60.0, 614.0, size=14.0, width=7.0) + _line(second, 120.0, 596.0, size=14.0, width=7.0)
    glyphs += _line(third, 200.0, 580.0, size=8.0, width=3.5)
    return lines_of(segments(glyphs))


def test_a_pull_quote_across_both_columns_is_an_aside_with_its_attribution():
    """A pull quote set large across both columns of a designed page (eval/dev/tarnside-studio p. 7, ullesby-frames
    p. 10, stonemere-latex p. 5) between a paragraph's lines is an aside, its attribution in small type under it
    with it: never spliced into the paragraph (issue 16)."""
    lines = _across_columns("“Everyone asked me if I was safe. Nobody asked who",
                            "was looking after him when I was at work.”", "Ms K, speaking to the reviewer at the event")
    text, asides = in_columns(lines, (240.0, 315.0), 10.0)
    assert [a.text for a in asides] == ["“Everyone asked me if I was safe. Nobody asked who was looking after him "
                                        "when I was at work.” Ms K, speaking to the reviewer at the event"]
    assert [line.split()[0] for line in text] == [f"{c}{k}" for c in "ab" for k in range(6)] + [
        f"{c}{k}" for c in "ab" for k in range(6, 10)]


def test_large_type_across_both_columns_without_a_quotation_mark_is_read_where_it_stands():
    """A chapter's standfirst set large across the columns is not a quotation: it stays in the text, in order."""
    lines = _across_columns("This chapter explains why the partnership reviewed",
                            "the care that Child W received before May 2024.", "Chapter 2 of the review report")
    text, asides = in_columns(lines, (240.0, 315.0), 10.0)
    assert asides == []
    assert "This chapter explains why the partnership reviewed" in text[12]
    assert text[14].startswith("Chapter 2")


def test_a_designed_pages_pull_quote_leaves_the_paragraph_it_interrupts_whole():
    """eval/dev/tarnside-studio page 7 (ReportLab): paragraph 4.13 runs in the right column, a pull quote band
    crosses the page, and 4.13 ends under it; the paragraph reads on over the band."""
    passages = _dev_passages("tarnside-studio", "kirkholme-lcspr-child-y-review.pdf", 7)
    numbered = {p.paragraph: p.text for p in passages if p.paragraph}
    assert "The early help offer had not been taken up when Child Y was admitted" in numbered["4.13"]
    assert "internally sound" not in numbered["4.13"]
    quotes = [p.text for p in passages if p.kind == "aside" and "internally sound" in p.text]
    assert quotes and quotes[0].endswith("— Dr Helen Marwood, lead reviewer")
