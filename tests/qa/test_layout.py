"""Reading order from character positions (qa/layout/), checked against the designed-layout practice
document (data/designed: fpdf2, two columns, footnotes, a sidebar, a pull quote, a wrapped-cell table and
page labels) and its ground truth golden.json, which build.py writes from the layout that draws the PDF."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from qa.ingest import to_pages_and_report
from qa.pdfread import read_pdf
from conftest import glyph_line as _line
from qa.layout import Glyph, find_gutter, grid_rows, lines_of, segments, styled_texts
from qa.layout.glyphs import body_size, line_text
from qa.layout.grids import find_grids
from qa.layout.regions import in_columns
from qa.passages import build_passages
from qa.types import FileReport

ROOT = Path(__file__).resolve().parents[2]
DESIGNED = ROOT / "data" / "designed"
GOLDEN = json.loads((DESIGNED / "golden.json").read_text(encoding="utf-8"))
PDF = DESIGNED / GOLDEN["file"]


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def designed():
    report = FileReport(file=PDF.name, path=str(PDF))
    pages = to_pages_and_report(PDF, read_pdf(str(PDF)), report)
    assert report.status == "indexed", report.reason
    return pages, build_passages(pages, report.file, report.title)


def test_page_labels_are_the_printed_ones(designed):
    pages, _ = designed
    assert [(p.number, p.label) for p in pages] == [(g["page"], g["label"]) for g in GOLDEN["pages"]]


def test_every_numbered_paragraph_is_found_on_its_page_and_starts_with_its_text(designed):
    _, passages = designed
    by_number: dict[str, list] = {}
    for p in passages:
        if p.paragraph:
            by_number.setdefault(p.paragraph, []).append(p)
    for para in GOLDEN["paragraphs"]:
        found = by_number.get(para["number"])
        assert found, f"paragraph {para['number']} not found"
        first = found[0]
        assert first.page == para["page"], (para["number"], first.page)
        assert squash(first.text).startswith(squash(para["starts"])), (para["number"], first.text[:80])
        whole = squash(" ".join(p.text for p in found))
        assert squash(para["ends"]) in whole, (para["number"], whole[-120:])


def test_sentences_broken_across_columns_and_pages_read_on(designed):
    _, passages = designed
    joined = [squash(p.text) for p in passages]
    for cut in GOLDEN["column_breaks"]:
        seam = squash(f"{cut['before']} {cut['after']}")
        assert any(seam in text for text in joined), cut


def test_running_text_is_never_a_table_row_and_the_table_is_rebuilt_by_row(designed):
    _, passages = designed
    rows = [p for p in passages if p.kind == "row"]
    table = GOLDEN["table"]
    assert {p.page for p in rows} == {table["page"]}
    texts = [p.text for p in rows]
    assert texts[0] == " | ".join(table["header"])
    assert texts[1:] == [" | ".join(row) for row in table["rows"]]


def test_footnotes_are_passages_of_their_own_linked_to_the_paragraph_that_cites_them(designed):
    _, passages = designed
    notes = {p.section.split(",")[0]: p for p in passages if p.kind == "footnote"}
    body = " ".join(squash(p.text) for p in passages if p.kind not in ("footnote", "aside"))
    for note in GOLDEN["footnotes"]:
        passage = notes.get(f"Footnote {note['marker']}")
        assert passage is not None, note["marker"]
        assert squash(passage.text) == squash(note["text"]) and passage.page == note["page"]
        assert passage.section == f"Footnote {note['marker']}, to paragraph {note['paragraph']}"
        assert passage.paragraph == f"footnote {note['marker']}"  # cited as "p. 5, footnote 3"
        assert squash(note["text"])[:60] not in body, "footnote text spliced into the body"
        word = note["word"]
        assert re.search(re.escape(word) + r"\s", body), f"{word!r} lost from the body"
        assert not re.search(re.escape(word) + re.escape(note["marker"]) + r"\b", body), f"marker glued to {word!r}"


def test_pull_quote_and_sidebar_are_asides_not_spliced_into_paragraphs(designed):
    _, passages = designed
    asides = [squash(p.text) for p in passages if p.kind == "aside"]
    assert squash(GOLDEN["pull_quote"]["text"]) in asides
    sidebar = GOLDEN["sidebar"]
    assert any(squash(sidebar["text"]) in text for text in asides)
    body = [squash(p.text) for p in passages if p.kind not in ("aside", "footnote")]
    for line in sidebar["lines"][2:]:  # (its first lines repeat the cover's)
        assert not any(squash(line) in text for text in body), line
    # the pull quote repeats a sentence of the body: the body keeps it once, inside its own paragraph
    assert sum(squash(GOLDEN["pull_quote"]["text"]) in text for text in body) == 1


def test_a_heading_and_the_first_paragraph_on_one_line_are_split(designed):
    _, passages = designed
    run_in = GOLDEN["heading_same_line"]
    para = next(p for p in passages if p.paragraph == run_in["number"])
    assert para.section.startswith(run_in["heading"]) and para.page == run_in["page"]


# --------------------------------------------------------------------------------------------------
# Pure functions over synthetic glyphs
# --------------------------------------------------------------------------------------------------



def test_two_filled_columns_have_a_gutter_but_a_ragged_two_column_table_does_not():
    prose = "word " * 10  # 10 words of 4 glyphs 5 pt wide, 3 pt apart: 227 pt
    columns = []
    for k in range(8):
        columns += _line(prose, 50, 700 - 12 * k) + _line(prose, 310, 700 - 12 * k)
    segs = segments(columns)
    gutter = find_gutter(segs, 595, 10)
    assert gutter is not None and 250 < gutter[0] < gutter[1] < 320

    table = []
    for k in range(8):
        table += _line("Mr C" if k % 2 else "Ms R aged 22", 50, 700 - 12 * k) + _line(prose, 310, 700 - 12 * k)
    assert find_gutter(segments(table), 595, 10) is None


def test_a_padded_table_with_wrapped_cells_gives_one_line_per_row():
    glyphs = (
        _line("Date", 50, 700) + _line("Event", 200, 700)
        + _line("1 May", 50, 680) + _line("First visit by the", 200, 680)
        + _line("health visitor", 200, 671)
        + _line("9 June", 50, 651) + _line("Strategy meeting", 200, 651)
    )
    lines = lines_of(segments(glyphs))
    assert grid_rows(lines, [50.0, 200.0], 10) == [
        "Date | Event", "1 May | First visit by the health visitor", "9 June | Strategy meeting"]


def test_a_reportlab_two_column_review_with_hanging_paragraph_numbers_reads_as_paragraphs():
    """eval/dev/thornbury (reportlab frames, a 22 pt hanging paragraph number in each column, a who's who
    table inside one column, a full-width chronology): running text never becomes table rows, and every
    numbered paragraph 1.1–7.9 is found once, in order."""
    pdf = ROOT / "eval" / "dev" / "thornbury" / "thornbury-cspr-child-m.pdf"
    report = FileReport(file=pdf.name, path=str(pdf))
    pages = to_pages_and_report(pdf, read_pdf(str(pdf)), report)
    passages = build_passages(pages, report.file, report.title)
    rows = [p for p in passages if p.kind == "row"]
    assert {p.page for p in rows} == {5, 6}  # the two tables, and nothing else
    assert rows[0].text == "Name | Role" and len([p for p in rows if p.page == 5]) == 23
    assert len([p for p in rows if p.page == 6]) == 15 and all(p.text.count(" | ") == 2 for p in rows if p.page == 6)
    numbers = [p.paragraph for p in passages if p.paragraph and p.kind == "paragraph"]
    firsts = list(dict.fromkeys(numbers))
    expected_sections = {1: 6, 2: 6, 3: 9, 4: 26, 5: 11, 6: 4, 7: 9}
    assert firsts == [f"{s}.{n}" for s, count in expected_sections.items() for n in range(1, count + 1)]


def test_a_gutter_is_found_when_some_full_width_lines_cross_it():
    prose = "word " * 10
    glyphs = []
    for k in range(10):
        glyphs += _line(prose, 50, 700 - 12 * k) + _line(prose, 310, 700 - 12 * k)
    for k in range(4):  # a paragraph across both columns below them
        glyphs += _line("word " * 21, 50, 560 - 12 * k)
    gutter = find_gutter(segments(glyphs), 595, 10)
    assert gutter is not None and 270 < gutter[0] < gutter[1] < 320


def test_columns_drawn_line_by_line_across_both_are_read_column_by_column():
    """eval/dev/wexcombe (reportlab canvas, each row of the page drawn left line then right line, ragged right,
    paragraph numbers in a margin of each column, a table across two pages): every paragraph 1.1–10.2 is
    found in order, and the table is rebuilt by row on pages 4 and 5 (its header repeated on 5 dropped)."""
    pdf = ROOT / "eval" / "dev" / "wexcombe" / "wexcombe-scr-overview.pdf"
    report = FileReport(file=pdf.name, path=str(pdf))
    pages = to_pages_and_report(pdf, read_pdf(str(pdf)), report)
    passages = build_passages(pages, report.file, report.title)
    assert [p.label for p in pages] == [str(n) for n in range(1, 9)]  # "Page 3 of 8" footers
    table = [p for p in passages if p.kind == "row" and p.page in (4, 5)]
    assert [p.page for p in table].count(4) == 11 and [p.page for p in table].count(5) == 7
    assert table[0].text == "Date | Agency | Event" and all(p.text.count(" | ") == 2 for p in table)
    numbers = [p.paragraph for p in passages if p.paragraph and "." in p.paragraph]
    expected = {1: 8, 2: 5, 3: 16, 4: 18, 5: 3, 6: 4, 7: 7, 8: 5, 9: 3, 10: 2}
    assert list(dict.fromkeys(numbers)) == [f"{s}.{n}" for s, count in expected.items() for n in range(1, count + 1)]


def test_a_raised_digit_set_tight_after_a_word_is_a_marker_even_when_the_stream_writes_a_space_before_it():
    """A browser writes a superscript as a run of its own, and pdfium then reports a space before it; on the
    page the digit touches the word, so it is still a footnote marker and is dropped when its note is found.
    A raised digit set a word space away is not a marker."""
    word = _line("standard.", 50, 700)
    tight = Glyph("4", word[-1].x1 + 0.01, word[-1].x1 + 4.0, 704.0, 7.0, False, True)
    rest = _line("The", word[-1].x1 + 8.0, 700)
    rest[0].space_before = True
    seg = segments(word + [tight] + rest)[0]
    assert seg.markers == [("4", "standard.")]
    seg.drop_markers({"4"})
    assert seg.text == "standard. The"

    apart = Glyph("4", word[-1].x1 + 3.0, word[-1].x1 + 7.0, 704.0, 7.0, False, True)
    assert segments(word + [apart] + _line("The", word[-1].x1 + 11.0, 700))[0].markers == []


def test_glyphs_set_tight_in_one_size_are_one_word_whatever_spaces_the_stream_reports():
    """A browser may write each glyph as a run of its own, and pdfium then reports a space before most of them
    ("W e u s e c o o kie s"): on the page they touch, so they spell one word; a gap of a word space still
    parts words."""
    glyphs = _line("We use cookies", 50, 700)
    for g in glyphs:
        g.space_before = True
    assert segments(glyphs)[0].text == "We use cookies"


def test_a_short_heading_in_a_tinted_band_across_both_columns_starts_a_new_band_of_columns():
    """A browser's designed page: section 1 balanced over two columns, then a full-width tinted band holding a
    short heading that stands over the left column only, then section 2 in two columns. Section 1 is read
    whole (left column, then right) before the band, and section 2 after it; without the band's box the
    short heading (a fifth larger than the body, the other column within two lines of it) is a line of the left
    column and section 2 is read before the end of section 1."""
    prose = "word " * 9
    glyphs = []
    for k in range(5):
        glyphs += _line(f"one{k} " + prose, 50, 700 - 12 * k) + _line(f"two{k} " + prose, 310, 700 - 12 * k)
    glyphs += _line("Section two", 55, 630, size=12.0)
    for k in range(5):
        glyphs += _line(f"three{k} " + prose, 50, 605 - 12 * k) + _line(f"four{k} " + prose, 310, 605 - 12 * k)
    lines = lines_of(segments(glyphs))
    gutter = find_gutter([s for line in lines for s in line], 595, 10)
    assert gutter is not None
    band = (45.0, 622.0, 560.0, 645.0)
    order = [line.split()[0] for line in in_columns(lines, gutter, 10, [band])[0]]
    assert order == [f"one{k}" for k in range(5)] + [f"two{k}" for k in range(5)] + ["Section"] + [
        f"three{k}" for k in range(5)] + [f"four{k}" for k in range(5)]
    unbanded = [line.split()[0] for line in in_columns(lines, gutter, 10)[0]]
    assert unbanded.index("three0") < unbanded.index("two0")
    narrow = (45.0, 622.0, 250.0, 645.0)  # a box over one column only (a sidebar) is not a band
    assert [line.split()[0] for line in in_columns(lines, gutter, 10, [narrow])[0]] == unbanded


def test_a_centred_header_row_over_a_grid_is_the_tables_first_row():
    """Column titles centred over their columns (a browser's <th>) do not start where the cells start; they
    are still the table's first row, not a line of running text above it."""
    glyphs = _line("Date", 70, 700) + _line("Agency", 130, 700) + _line("Event", 340, 700)
    for k in range(4):
        glyphs += _line(f"{k + 2} May", 60, 684 - 20 * k) + _line("Social care", 106, 684 - 20 * k) + _line(
            "Home visit by the social worker", 190, 684 - 20 * k)
    lines = lines_of(segments(glyphs))
    (first, end, starts), = find_grids(lines, 10, 3)
    assert (first, end) == (0, 5)
    assert grid_rows(lines[first:end], starts, 10)[0] == "Date | Agency | Event"
    above = lines_of(segments(_line("Table 2 Contacts", 60, 716) + glyphs))  # a caption: not a header row
    assert [grid[:2] for grid in find_grids(above, 10, 3)] == [(1, 6)]


def test_the_body_size_is_the_prose_size_when_a_table_in_smaller_type_has_more_characters():
    table = [Glyph("x", 0, 5, 100, 9.0, False) for _ in range(600)]
    prose = [Glyph("y", 0, 6, 300, 12.0, False) for _ in range(400)]
    headings = [Glyph("z", 0, 8, 500, 16.0, True) for _ in range(40)]
    assert body_size(table + prose + headings) == 12.0
    assert body_size(prose + headings) == 12.0
    scattered = [Glyph("w", 0, 5, 100, 8.0 + k % 5, False) for k in range(500)]  # no size sets a third
    assert body_size(scattered) == 10.0


def _bold_line(text: str, bold_words: int, x: float, base: float) -> list[Glyph]:
    glyphs = _line(text, x, base)
    starts = [i for i, g in enumerate(glyphs) if i == 0 or g.space_before]
    cut = starts[bold_words] if bold_words < len(starts) else len(glyphs)
    for g in glyphs[:cut]:
        g.bold = True
    return glyphs


def test_a_run_in_heading_is_not_a_heading_even_when_it_wraps_onto_the_next_line():
    """"4.15 Recovery Service. Ms R referred …": the bold lead-in starts the paragraph, so only the lead is set
    apart (as "7 Findings" before "7.1 …" is); a line wholly bold whose bold runs on into the lead of the
    line below ("5.4 Finding 2: a decision made on one" / "agency's records. The decision …") is a run-in
    heading that wraps, not a heading; a bold line with a plain paragraph below it is a heading."""
    run_in = segments(_bold_line("4.15 Recovery Service. Ms R referred herself", 3, 50, 700))
    assert styled_texts(run_in, 10) == ["4.15 Recovery Service."]
    wrapped = segments(_bold_line("5.4 Finding 2: a decision made on one", 8, 50, 700)
                       + _bold_line("agency's records. The decision on 27 September", 2, 50, 688))
    assert "5.4 Finding 2: a decision made on one" not in styled_texts(wrapped, 10)
    heading = segments(_bold_line("5 Findings and analysis", 4, 50, 700)
                       + _bold_line("5.1 The review makes six findings about practice", 0, 50, 688))
    assert styled_texts(heading, 10) == ["5 Findings and analysis"]
    # a narrow column: one word after a lead that ends its sentence is still body text ("4.10 MASH screening.
    # SW1" / "screened the notification …"); one word after a lead that does not end one may be a heading's own
    narrow = segments(_bold_line("4.10 MASH screening. SW1", 3, 50, 700))
    assert styled_texts(narrow, 10) == ["4.10 MASH screening."]
    assert styled_texts(segments(_bold_line("4 Key episodes 2025", 3, 50, 700)), 10) == ["4 Key episodes 2025"]


def test_a_table_across_the_page_below_two_columns_does_not_hide_their_gutter():
    """eval/dev/quarrington-web-designed (a browser's print, two columns above a full-width four-column table
    whose cells, in smaller type, hold most of the page's characters): the page is read column by column
    with the table rebuilt by row after them, so paragraph 4.19 is read whole."""
    from conftest import dev_page_layout

    layout = dev_page_layout("quarrington-web-designed", "quarrington-cspr-kai-designed.pdf", 8)
    assert layout is not None and layout.columns
    text = squash(layout.text)
    assert "4.19 Mr W rang 999 at 06.44 hrs. Paramedics from the Northern Counties Ambulance Service" in text
    assert text.index("4.20 Investigation.") < text.index("Date | Agency / role | Contact | What was not done")
    assert "27/09/2023 | Children's services (SW1, TM1) | MASH screening; stepped down to Early Help |" in text


def test_hanging_appendix_numbers_a1_a2_are_a_numbered_list_but_role_codes_are_a_table():
    text = "The panel met and agreed the terms of reference"
    numbered, roles = [], []
    for k in range(4):
        numbered += _line(f"A{k + 1}", 50, 700 - 24 * k) + _line(text, 80, 700 - 24 * k) + _line("and more", 80, 688 - 24 * k)
    for k, code in enumerate(["HV1", "GP1", "SW1", "SW2"]):
        roles += _line(code, 50, 700 - 24 * k) + _line("Health visitor, community trust", 80, 700 - 24 * k)
    assert find_grids(lines_of(segments(numbered)), 10, 2) == []
    assert len(find_grids(lines_of(segments(roles)), 10, 2)) == 1


def _two_column_review(tmp_path, bare: bool) -> list[str]:
    """A reportlab two-column review whose paragraph numbers hang at each column's left edge, the text
    indented 28 pt (more than a word space, so number and text are apart), a page and a half long; the
    paragraph numbers build_passages finds, in order."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    words = ("the review found that practitioners did not share what they knew about the family and the risks "
             "to the child were not understood by the agencies who worked with them over the period").split()
    path = tmp_path / "columns.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    column, y, n = 0, A4[1] - 80, 0
    for section in range(1, 5):
        for k in range(1, 6):
            n += 1
            lines, line = [], ""
            for word in (" ".join(words[(n * 3) % 20:] + words[: (n * 3) % 20]).capitalize() + f" on {n} May.").split():
                if stringWidth(f"{line} {word}".strip(), "Times-Roman", 10) > 222 and line:
                    lines.append(line)
                    line = word
                else:
                    line = f"{line} {word}".strip()
            lines.append(line)
            if y - 13 * len(lines) < 60:
                if column == 1:
                    pdf.setFont("Times-Roman", 8)
                    pdf.drawString(50, 30, "FICTIONAL")
                    pdf.showPage()
                column, y = 1 - column, A4[1] - 80
            x = 50 + 260 * column
            pdf.setFont("Times-Bold", 10)
            pdf.drawString(x, y, str(n) if bare else f"{section}.{k}")
            pdf.setFont("Times-Roman", 10)
            for text in lines:
                pdf.drawString(x + 28, y, text)
                y -= 13
            y -= 8
    pdf.setFont("Times-Roman", 8)
    pdf.drawString(50, 30, "FICTIONAL")
    pdf.showPage()
    pdf.save()
    report = FileReport(file=path.name, path=str(path))
    pages = to_pages_and_report(path, read_pdf(str(path)), report)
    return [p.paragraph for p in build_passages(pages, report.file, report.title) if p.paragraph]


@pytest.mark.parametrize("bare", [False, True])
def test_two_columns_with_numbers_hanging_at_each_columns_edge_read_as_numbered_paragraphs(tmp_path, bare):
    """Rows of number, text, number, text across the page are two columns, not a four-column table (a left
    column's line that ends just past the page's middle does not make the page a table across it)."""
    expected = [str(n) for n in range(1, 21)] if bare else [f"{s}.{k}" for s in range(1, 5) for k in range(1, 6)]
    assert _two_column_review(tmp_path, bare) == expected


def test_footnotes_whose_markers_are_not_printed_are_taken_off_the_foot_of_the_page():
    """A note in small type at the foot of the page, started by its number, whose marker the text does not
    print: a footnote all the same (not the end of the paragraph above it), unlinked. The footer below it is
    not a note, nor is a chronology row in small type (cells, a date)."""
    from qa.layout import split_footnotes

    body = [_line("the children were left alone at home while their mother was out", 50, 700 - 12 * k) for k in range(5)]
    note = _line("2 The Safe and Well policy was revised in April 2022.", 50, 120, size=7.0, width=3.5)
    footer = _line("FICTIONAL practice material", 50, 40, size=7.0, width=3.5)
    lines = lines_of(segments([g for row in body for g in row] + note + footer))
    kept, notes = split_footnotes(lines, 10.0, {})
    assert [(n.marker, n.text, n.anchor) for n in notes] == [("2", "The Safe and Well policy was revised in April 2022.", None)]
    assert len(kept) == 6 and line_text(kept[-1]) == "FICTIONAL practice material"

    row = _line("4 May 2006", 50, 120, size=7.0, width=3.5) + _line("New birth visit by the health visitor.", 150, 120, size=7.0, width=3.5)
    lines = lines_of(segments([g for r in body for g in r] + row + footer))
    assert split_footnotes(lines, 10.0, {}) == (lines, [])
    dated = _line("4 May 2006 the health visitor made the new birth visit.", 50, 120, size=7.0, width=3.5)
    lines = lines_of(segments([g for r in body for g in r] + dated + footer))
    assert split_footnotes(lines, 10.0, {}) == (lines, [])


def test_a_heading_beside_a_tinted_box_in_the_other_column_is_its_own_columns():
    """Typst's designed page: a key-learning box in the left column (taken out of the text as an aside), and
    beside it a heading in the right column. The left column is empty there only because of the box, so the
    heading is not one standing across both columns: each column is read whole. Without the box, the gap
    beside the heading made it a full-width heading and the left column's end was read after the right's."""
    prose = "word " * 9
    glyphs = []
    for k in range(6):
        glyphs += _line(f"one{k} " + prose, 50, 700 - 12 * k)
    for k in range(4):  # the box stands from 570 to 625 in the left column; the text below it goes on
        glyphs += _line(f"three{k} " + prose, 50, 550 - 12 * k)
    for k in range(5):
        glyphs += _line(f"two{k} " + prose, 310, 700 - 12 * k)
    glyphs += _line("Episode four", 310, 600, size=12.0)
    for k in range(8):
        glyphs += _line(f"four{k} " + prose, 310, 585 - 12 * k)
    lines = lines_of(segments(glyphs))
    gutter = find_gutter([s for line in lines for s in line], 595, 10)
    assert gutter is not None
    box = (45.0, 570.0, 290.0, 625.0)
    order = [line.split()[0] for line in in_columns(lines, gutter, 10, [box])[0]]
    left = [f"one{k}" for k in range(6)] + [f"three{k}" for k in range(4)]
    assert order == left + [f"two{k}" for k in range(5)] + ["Episode"] + [f"four{k}" for k in range(8)]
    unboxed = [line.split()[0] for line in in_columns(lines, gutter, 10)[0]]
    assert unboxed.index("three0") > unboxed.index("two0")


def test_a_pull_quote_with_its_attribution_is_an_aside():
    """Lines set larger than the body, a quotation of eight or more words ending its sentence, perhaps followed
    by its attribution after a dash ("… how small.” — a practitioner at the learning event"): an aside. Larger
    lines that end no sentence (a heading) stay in the text."""
    from qa.layout.regions import take_pull_quotes

    def lines(texts, size):
        return [lines_of(segments(_line(t, 300.0, 500.0 - 20 * k, size)))[0] for k, t in enumerate(texts)]

    quote = lines(["“Everyone could see she was small.", "Nobody had a number that said",
                   "how small.” — a practitioner at the learning event"], 13.0)
    body = lines(["The plan offered practical support, which she took up."], 10.0)
    kept, asides = take_pull_quotes(body + quote, 10.0)
    assert [line_text(line) for line in kept] == ["The plan offered practical support, which she took up."]
    assert asides and asides[0].text.endswith("— a practitioner at the learning event")
    heading = lines(["Analysis of the key episodes in the", "review and what they tell us"], 13.0)
    kept, asides = take_pull_quotes(heading, 10.0)
    assert not asides and len(kept) == 2


def test_footnotes_at_the_foot_of_each_column_are_taken_off_and_the_other_column_stays():
    """A word processor's columned section sets each column's footnotes at that column's foot, on the baselines of
    the other column's running text: each note is its own (not spliced into the paragraph that runs on in the
    next column), two notes side by side stay apart, and the body beside them is kept."""
    from qa.layout import split_footnotes

    body = [g for k in range(6) for g in _line("the return home interview was arranged in", 50, 700 - 12 * k)]
    right = [g for k in range(8) for g in _line("that Jaden would not say where he had been", 310, 700 - 12 * k)]
    left_note = _line("4 The 72-hour expectation comes from", 50, 604, size=7.0, width=3.5) + \
        _line("national guidance on children who go missing.", 50, 596, size=7.0, width=3.5)
    lines = lines_of(segments(body + right + left_note))
    kept, notes = split_footnotes(lines, 10.0, {"4": "return."})
    assert [(n.marker, n.text) for n in notes] == [
        ("4", "The 72-hour expectation comes from national guidance on children who go missing.")]
    assert sum(1 for line in kept for s in line if "Jaden" in s.text) == 8  # the right column untouched

    right_note = _line("5 Working Together to Safeguard", 310, 604, size=7.0, width=3.5) + \
        _line("Children describes these reviews.", 310, 596, size=7.0, width=3.5)
    lines = lines_of(segments(body + left_note + right_note))
    kept, notes = split_footnotes(lines, 10.0, {"4": "return.", "5": "guidance."})
    assert sorted((n.marker, n.text) for n in notes) == [
        ("4", "The 72-hour expectation comes from national guidance on children who go missing."),
        ("5", "Working Together to Safeguard Children describes these reviews.")]

    # small type with body text right below it in its column is no column's footnote
    from qa.layout.footnotes import column_notes

    inset = _line("4 The 72-hour expectation comes from", 50, 712, size=7.0, width=3.5)
    lines = lines_of(segments(body + inset))
    assert column_notes(lines, 10.0, {"4": "return."}) == (lines, [])


def test_a_justified_cells_words_spaced_wide_apart_stay_in_their_cell_and_padded_rows_stay_apart():
    """A typeset table justifies its cells: a word space can open wider than a segment's gap ("Children's" and
    "Services" as two segments), and those pieces stay in their cell, not the next column's. Its rows are set a
    quarter em further apart than the lines inside a cell: a single-line row after another is still a row."""
    glyphs = _line("Date", 50, 700) + _line("Agency", 120, 700) + _line("Event", 260, 700)
    rows = [
        (688, [("01/03/2023", 50), ("Children's", 120), ("Services", 178), ("Home visit by SW1", 260)]),
        (678, [("(MASH)", 120), ("and the nursery", 260)]),
        (665.5, [("09/03/2023", 50), ("Police", 120), ("Arrest at the flat", 260)]),
        (653, [("14/03/2023", 50), ("Health", 120), ("Visiting", 176), ("Contact by telephone", 260)]),
    ]
    for base, cells in rows:
        for text, x in cells:
            glyphs += _line(text, x, base)
    lines = lines_of(segments(glyphs))
    (first, end, starts), = find_grids(lines, 10, 3)
    assert (first, end) == (0, 5)
    assert grid_rows(lines[first:end], starts, 10) == [
        "Date | Agency | Event",
        "01/03/2023 | Children's Services (MASH) | Home visit by SW1 and the nursery",
        "09/03/2023 | Police | Arrest at the flat",
        "14/03/2023 | Health Visiting | Contact by telephone",
    ]


def test_running_text_in_two_columns_below_a_full_width_band_is_read_column_by_column_not_as_a_table():
    """A page whose top is one wide column and whose foot is two (no gutter over the whole page): the two
    columns' lines side by side are aligned like a grid's rows, but each column reads as wrapped sentences,
    so they are running text: the first column top to bottom, then the second, never rows of cells."""
    from qa.layout.grids import flow

    left = ["4.1 The midwife booked the pregnancy", "early in January and made the routine",
            "enquiry about domestic abuse; the", "mother said she was not in a", "relationship at that time."]
    right = ["4.2 By the later appointment the", "new partner had moved in and the",
             "enquiry was not repeated because", "he stayed in the room throughout", "the whole of the appointment."]
    glyphs = _line("Key episodes in the months before the birth of the child", 50, 720)
    for k, (a, b) in enumerate(zip(left, right)):
        glyphs += _line(a, 50, 700 - 12 * k) + _line(b, 310, 700 - 12 * k)
    lines = lines_of(segments(glyphs))
    assert find_grids(lines, 10, 2) == []
    assert flow(lines, 10, 2) == ["Key episodes in the months before the birth of the child", *left, *right]
    # the same lines as a table's: a first column of dates keys the rows, and they stay rows
    dated = _line("Date", 50, 720) + _line("Event", 310, 720)
    for k, b in enumerate(right):
        dated += _line(f"0{k + 1}/03/2024", 50, 700 - 12 * k) + _line(b, 310, 700 - 12 * k)
    rows = flow(lines_of(segments(dated)), 10, 2)
    assert rows[0] == "Date | Event" and rows[1] == "01/03/2024 | 4.2 By the later appointment the"
