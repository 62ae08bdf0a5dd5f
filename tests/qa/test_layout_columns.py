"""Three text columns (a leaflet, a seven-minute briefing) read column by column (qa/layout/gutters, regions), and a
three-column table kept a table."""

from __future__ import annotations

from conftest import glyph_line as _line
from qa.layout import Glyph, lines_of, segments
from qa.layout.gutters import find_three_columns
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


def test_a_three_column_table_whose_rows_start_together_is_no_three_columns():
    rows = {3, 7, 10}  # every column starts a new row at the same heights
    glyphs = _column(36, "a", rows) + _column(225, "b", rows) + _column(414, "c", rows)
    assert find_three_columns(segments(glyphs), 612.0, 10.0) is None
    # nor two columns of prose beside a narrow one
    narrow = [g for k in range(14) for g in _line(f"c{k} fact", 414, 700 - 12 * k, width=4.0)]
    assert find_three_columns(segments(_column(36, "a", {4}) + _column(225, "b", {8}) + narrow), 612.0, 10.0) is None
