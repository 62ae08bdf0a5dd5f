"""Grid tables from positioned lines: rows rebuilt with cells joined by `` | `` (as qa/tables.py does from
pypdf's layout text). Owns: finding lines whose segments start at the same two or more columns, and cutting
them into rows by the padding between rows or, without padding, where text comes back to column one. Lines
whose first segments are paragraph numbers (1., 2.1, A1, A2 …) are a numbered list, never a grid; lines whose every
column reads as wrapped sentences are running text set in columns (``text_columns``), read column by column."""

from __future__ import annotations

import re

from qa.layout.glyphs import Segment, line_text
from qa.tables import CELL_JOIN, NUMBERING, join_wrapped


def _column(starts: list[float], x: float, size: float) -> int:
    """The column ``x`` lies in: the last whose start is left of it (by up to an em: a centred cell's text may
    start a little before its column), so the words of a justified cell, spaced wide apart, stay in their cell."""
    return max([c for c, start in enumerate(starts) if start <= x + size] or [0])


def grid_rows(block: list[list[Segment]], starts: list[float], size: float) -> list[str]:
    """A table's lines → one line per row, cells joined by `` | ``. A row starts where the gap above a line is
    wider than inside a cell, or where a line starts cells in the first and another column (when the table's
    rows are not all set apart by such gaps, a wrapped cell cannot be told from a new row any other way)."""
    gaps = [a[0].base - b[0].base for a, b in zip(block, block[1:])]
    leads = [abs(line[0].x0 - starts[0]) <= size and len(line) >= 2 for line in block]
    # the lines of a cell are as far apart as the lines that go on a row (those that start no cell in column one)
    inside = [g for g, lead in zip(gaps, leads[1:]) if not lead]
    pitch = min(inside) if inside else size
    wide = [False] + [bool(inside) and g > pitch + 0.25 * size for g in gaps]  # a quarter em more than that
    by_gaps = sum(wide) >= 2  # padded rows (cells may be centred, so a row's first line can miss column one)
    rows: list[list[str]] = []
    for i, line in enumerate(block):
        if not rows or wide[i] or (leads[i] and not by_gaps):
            rows.append([""] * len(starts))
        for seg in line:
            column = _column(starts, seg.x0, size)
            rows[-1][column] = join_wrapped(rows[-1][column], seg.text)
    return [CELL_JOIN.join(cell for cell in row if cell) for row in rows]


def _aligned(lines: list[list[Segment]], size: float, min_columns: int, keep) -> list[tuple[int, int, list[float]]]:
    """(first line, end line, column starts) of each run of three or more lines of ``min_columns`` or more
    segments at the same starts (lines between whose segments each fit inside one column belong to it) that
    ``keep(block, starts)`` accepts."""
    found = []
    i = 0
    while i < len(lines):
        if len(lines[i]) < min_columns:
            i += 1
            continue
        starts = [s.x0 for s in lines[i]]
        bounds = starts[1:] + [float("inf")]
        end, multi = i + 1, 1
        while end < len(lines) and lines[end - 1][0].base - lines[end][0].base <= 3 * size:
            cols = [_column(starts, s.x0, size) for s in lines[end]]
            fits = all(
                s.x0 >= starts[c] - size and s.x1 <= bounds[c] + size / 2 for s, c in zip(lines[end], cols)
            ) and cols == sorted(cols)  # left to right; a justified cell's wide word spaces split it
            aligned = sum(abs(starts[c] - s.x0) <= size for s, c in zip(lines[end], cols))
            if not fits or (len(lines[end]) >= 2 and aligned < 2):
                break
            multi += len(lines[end]) >= 2
            end += 1
        if multi >= 3 and keep(lines[i:end], starts):
            found.append((i, end, starts))
            i = end
        else:
            i += 1
    return found


def find_grids(lines: list[list[Segment]], size: float, min_columns: int) -> list[tuple[int, int, list[float]]]:
    """(first line, end line, column starts) of each grid table: aligned lines (``_aligned``) that are neither a
    numbered list nor running text in columns, with the column titles above them."""
    def table(block: list[list[Segment]], starts: list[float]) -> bool:
        first_cells = [line[0].text for line in block if len(line) >= 2]
        listing = all(NUMBERING.match(cell) for cell in first_cells[1:]) or _counts_up(first_cells)
        return not listing and not _prose(block, starts, size)

    grids: list[tuple[int, int, list[float]]] = []
    for i, end, starts in _aligned(lines, size, min_columns, table):
        titled = i and (not grids or grids[-1][1] < i) and _titles(lines[i - 1], lines[i], starts, size)
        grids.append((i - 1 if titled else i, end, starts))
    return grids


def text_columns(lines: list[list[Segment]], size: float) -> list[tuple[int, int, list[float]]]:
    """(first line, end line, column starts) of each band of running text set in two or more columns side by
    side (``_prose``), where the page as a whole has no gutter (one wide column above, two below)."""
    return _aligned(lines, size, 2, lambda block, starts: _prose(block, starts, size))


_LETTERED = re.compile(r"^([A-Z]{1,3}\.?)(\d{1,3})$")


def _prose(block: list[list[Segment]], starts: list[float], size: float) -> bool:
    """Running text set in columns, not a table: every column reads as sentences wrapped from line to line, its
    lines long (half of them ten ems or more) and most of them going on with a lower-case word. A table keys its
    rows by a first column of dates, names or codes, whose lines start with a capital or a digit, or are short."""
    columns = [[seg for parts in column for seg in parts] for column in _by_column(block, starts, size)]
    return len(starts) >= 2 and all(
        len(segs) >= 3 and 2 * sum(seg.text[:1].islower() for seg in segs) > len(segs)
        and 2 * sum(seg.x1 - seg.x0 >= 10 * size for seg in segs) >= len(segs) for segs in columns)


def _by_column(block: list[list[Segment]], starts: list[float], size: float) -> list[list[list[Segment]]]:
    """Each column's segments, line by line (``_column`` placing each segment once)."""
    columns: list[list[list[Segment]]] = [[[] for _ in block] for _ in starts]
    for k, line in enumerate(block):
        for seg in line:
            columns[_column(starts, seg.x0, size)][k].append(seg)
    return columns


def _counts_up(cells: list[str]) -> bool:
    """Keys that count up one by one behind one letter prefix (A1, A2, A3 …): hanging paragraph numbers of an
    appendix, not a table's first column (role codes: HV1, GP1, SW2 …)."""
    keys = [_LETTERED.match(cell) for cell in cells]
    if len(keys) < 3 or not all(keys):
        return False
    numbers = [int(k.group(2)) for k in keys]
    return len({k.group(1) for k in keys}) == 1 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _titles(line: list[Segment], below: list[Segment], starts: list[float], size: float) -> bool:
    """A line of column titles just above a grid, one per column, each standing over its own column, as a
    centred header row does (its cells do not start where the data cells start)."""
    if len(line) != len(starts) or line[0].base - below[0].base > 3 * size:
        return False
    bounds = starts[1:] + [float("inf")]
    return all(starts[c] - size <= s.x0 and s.x1 <= bounds[c] + size / 2 for c, s in enumerate(line))


def flow(lines: list[list[Segment]], size: float, min_columns: int) -> list[str]:
    """Lines of one flow (a column, a band, a page) → text lines, grid tables rebuilt as rows."""
    out: list[str] = []
    at = 0
    bands = [(first, end, starts, False) for first, end, starts in text_columns(lines, size)]
    bands += [(first, end, starts, True) for first, end, starts in find_grids(lines, size, min_columns)
              if not any(a < end and first < b for a, b, _, _ in bands)]
    for first, end, starts, grid in sorted(bands, key=lambda band: band[0]):
        out += [line_text(line) for line in lines[at:first]]
        out += grid_rows(lines[first:end], starts, size) if grid else column_lines(lines[first:end], starts, size)
        at = end
    out += [line_text(line) for line in lines[at:]]
    return out


def column_lines(block: list[list[Segment]], starts: list[float], size: float) -> list[str]:
    """Running text in columns → its lines in reading order: the first column top to bottom, then the next."""
    return [line_text(parts) for column in _by_column(block, starts, size) for parts in column if parts]
