"""Grid tables from positioned lines: rows rebuilt with cells joined by `` | `` (as qa/tables.py does from
pypdf's layout text). Owns: finding lines whose segments start at the same two or more columns, and cutting
them into rows by the padding between rows or, without padding, where text comes back to column one. Lines
whose first segments are paragraph numbers (1., 2.1, A1, A2 …) are a numbered list, never a grid."""

from __future__ import annotations

import re

from qa.layout.glyphs import Segment, line_text
from qa.tables import CELL_JOIN, NUMBERING, join_wrapped


def _column(starts: list[float], x: float) -> int:
    """The column whose start is nearest ``x``."""
    return min(range(len(starts)), key=lambda c: abs(starts[c] - x))


def grid_rows(block: list[list[Segment]], starts: list[float], size: float) -> list[str]:
    """A table's lines → one line per row, cells joined by `` | ``. A row starts where the gap above a line is
    wider than inside a cell, or where a line starts cells in the first and another column (when the table's
    rows are not all set apart by such gaps, a wrapped cell cannot be told from a new row any other way)."""
    gaps = [a[0].base - b[0].base for a, b in zip(block, block[1:])]
    pitch = min(gaps) if gaps else size
    wide = [False] + [g > 1.25 * pitch for g in gaps]
    leads = [abs(line[0].x0 - starts[0]) <= size and len(line) >= 2 for line in block]
    by_gaps = sum(wide) >= 2  # padded rows (cells may be centred, so a row's first line can miss column one)
    rows: list[list[str]] = []
    for i, line in enumerate(block):
        if not rows or wide[i] or (leads[i] and not by_gaps):
            rows.append([""] * len(starts))
        for seg in line:
            column = _column(starts, seg.x0)
            rows[-1][column] = join_wrapped(rows[-1][column], seg.text)
    return [CELL_JOIN.join(cell for cell in row if cell) for row in rows]


def find_grids(lines: list[list[Segment]], size: float, min_columns: int) -> list[tuple[int, int, list[float]]]:
    """(first line, end line, column starts) of each grid table: three or more lines of ``min_columns`` or
    more segments at the same starts; lines between whose segments each fit inside one column belong to it."""
    grids = []
    i = 0
    while i < len(lines):
        if len(lines[i]) < min_columns:
            i += 1
            continue
        starts = [s.x0 for s in lines[i]]
        bounds = starts[1:] + [float("inf")]
        end, multi = i + 1, 1
        while end < len(lines) and lines[end - 1][0].base - lines[end][0].base <= 3 * size:
            cols = [_column(starts, s.x0) for s in lines[end]]
            fits = all(
                s.x0 >= starts[c] - size and s.x1 <= bounds[c] + size / 2 for s, c in zip(lines[end], cols)
            ) and len(set(cols)) == len(cols)
            aligned = sum(abs(starts[c] - s.x0) <= size for s, c in zip(lines[end], cols))
            if not fits or (len(lines[end]) >= 2 and aligned < 2):
                break
            multi += len(lines[end]) >= 2
            end += 1
        first_cells = [lines[j][0].text for j in range(i, end) if len(lines[j]) >= 2]
        listing = all(NUMBERING.match(cell) for cell in first_cells[1:]) or _counts_up(first_cells)
        if multi >= 3 and not listing:
            first = i - 1 if i and (not grids or grids[-1][1] < i) and _titles(lines[i - 1], lines[i], starts, size) else i
            grids.append((first, end, starts))
            i = end
        else:
            i += 1
    return grids


_LETTERED = re.compile(r"^([A-Z]{1,3}\.?)(\d{1,3})$")


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
    for first, end, starts in find_grids(lines, size, min_columns):
        out += [line_text(line) for line in lines[at:first]]
        out += grid_rows(lines[first:end], starts, size)
        at = end
    out += [line_text(line) for line in lines[at:]]
    return out
