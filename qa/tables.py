"""Grid tables: rows rebuilt from pypdf's layout-mode text, spliced into a page's plain text.

Owns: finding tables in a page's layout text (three or more lines whose text runs start at the same two or
more columns; blank lines and a wrapped cell's further lines, indented to its column, may come between),
and replacing the plain-text lines that hold a table by one line per row, its cells joined by `` | ``.
pypdf's plain mode gives every cell, and every wrapped line of a cell, a line of its own ("Mr C" / "Cousin
of Mr B; … September" / "2007" / "37 years"), one whole cell after another; so each plain line is matched
to the cell piece of the layout text it is (which tells its column), and a row starts where the text comes
back to the first column: "Mr C | Cousin of Mr B; … September 2007 | 37 years". The splice is made only
when every plain line of the table is one of its cell pieces (whitespace, hyphens aside); otherwise the
page is left as it was. Numbered paragraphs, bulleted lists and two-column running text are not tables.
Pure functions.
"""

from __future__ import annotations

import re

CELL_JOIN = " | "
TABLE_ROW = re.compile(r"\S \| \S")  # a spliced row, as qa/passages recognises it
_SEGMENT = re.compile(r"\S+(?: \S+)*")  # text runs separated by two or more spaces
# what leads a numbered paragraph or a list item, not a table's first cell
NUMBERING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,3}){0,3}\.?|\[\d{1,3}\]|\(?[a-z]\)|\(?[ivx]{1,4}\)|[^\w\s])$")
_PARAGRAPH_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,3}){1,3}\.?|\d{1,2}\.|\[\d{1,3}\])$")
MIN_ROWS = 3  # a table has a header and at least two rows whose cells line up
TOLERANCE = 2  # columns may start this many characters apart


def cell_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of each cell of a rebuilt row between ``start`` and ``end``."""
    end = len(text) if end is None else end
    out, at = [], start
    for piece in text[start:end].split(CELL_JOIN):
        out.append((at, at + len(piece)))
        at += len(piece) + len(CELL_JOIN)
    return out


def _segments(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in _SEGMENT.finditer(line)]


def _column_of(start: int, columns: list[int]) -> int | None:
    for i, column in enumerate(columns):
        if abs(start - column) <= TOLERANCE:
            return i
    return None


def _aligned(starts: list[int], columns: list[int]) -> int:
    return sum(1 for start in starts if _column_of(start, columns) is not None)


def layout_blocks(layout: str) -> list[tuple[list[str], list[int]]]:
    """Where one page's layout text holds a table: its lines and the character columns its cells start at."""
    lines = layout.split("\n")
    tables: list[tuple[list[str], list[int]]] = []
    i = 0
    while i < len(lines):
        first = _segments(lines[i])
        if len(first) < 2:
            i += 1
            continue
        # grow a run of lines whose text runs start at the same columns; blank lines and a wrapped cell's
        # further lines (indented to one of the columns) may come between them
        columns = sorted(start for start, _ in first)
        multi, j = 1, i + 1
        while j < len(lines):
            segments = _segments(lines[j])
            starts = [start for start, _ in segments]
            if not segments:
                j += 1
                continue
            if len(segments) == 1:
                if starts[0] > columns[0] + TOLERANCE and _aligned(starts, columns):
                    j += 1
                    continue
                break
            if _aligned(starts, columns) == len(starts):
                multi += 1
            elif multi <= 2 and _aligned(starts, columns) >= 2:  # the header may leave a column empty
                columns = sorted(set(columns) | {s for s in starts if _column_of(s, columns) is None})
                multi += 1
            else:
                break
            j += 1
        if multi >= MIN_ROWS and len(columns) >= 2:
            tables.append((lines[i:j], columns))
        i = j if multi >= MIN_ROWS else i + 1
    return tables


def _fragments(block: list[str], columns: list[int]) -> list[tuple[int, str]] | None:
    """(column, text) of every non-empty cell piece of every line of the block, in layout order."""
    found = []
    for line in block:
        for column in columns[1:]:
            if 0 < column < len(line) and line[column - 1].isalnum() and line[column].isalnum():
                return None  # a column edge inside a word: this is running text, not a table
        for c, start in enumerate(columns):
            begin = 0 if c == 0 else start
            end = columns[c + 1] if c + 1 < len(columns) else len(line)
            text = line[begin:end].strip()  # a cell filled to the next column's edge may run on without two spaces
            if text:
                found.append((c, text))
    return found


def _squeeze(text: str) -> str:
    """Text to compare layout and plain extraction by: no whitespace, no hyphens, no control characters."""
    return re.sub(r"[\s\-\x00-\x1f\x7f]+", "", text)


def join_wrapped(a: str, b: str) -> str:
    """A cell's text and its next wrapped line ("recommenda-" + "tions" → "recommendations")."""
    if not a or not b:
        return a or b
    if re.search(r"[a-z]-$", a) and b[:1].islower():
        return a[:-1] + b
    return f"{a} {b}"


def _place(keys: list[str], start: int, fragments: list[tuple[int, str]]) -> tuple[int, list[int]] | None:
    """Match plain lines (``keys``: each line squeezed) from ``start`` one to one with the table's fragments:
    where the table ends in the plain text and each line's column, or None when some line is not one of the
    fragments."""
    unused = {}
    for c, text in fragments:
        unused.setdefault(_squeeze(text), []).append(c)
    left = len(fragments)
    columns, end = [], start
    while left and end < len(keys):
        key = keys[end]
        if not key:
            columns.append(-1)
            end += 1
            continue
        if not unused.get(key):
            return None
        columns.append(unused[key].pop(0))
        left -= 1
        end += 1
    return (end, columns) if not left else None


def splice_tables(plain: str, layout: str) -> str:
    """``plain`` with the lines of each table found in ``layout`` replaced by one line per row."""
    lines = plain.split("\n")
    for block, columns in layout_blocks(layout):
        fragments = _fragments(block, columns)
        if not fragments:
            continue
        head = _squeeze(fragments[0][1])
        keys = [_squeeze(line) for line in lines]
        for start, key in enumerate(keys):
            if key != head:
                continue
            placed = _place(keys, start, fragments)
            if placed is None:
                continue
            end, where = placed
            lead = _numbered_lead(lines[start:end], where)
            rows = _group(lines[start + lead : end], where[lead:], len(columns))
            if rows is not None:
                lines[start + lead : end] = [CELL_JOIN.join(cell for cell in row if cell) for row in rows]
            break
    return "\n".join(lines)


def _numbered_lead(lines: list[str], where: list[int]) -> int:
    """How many lines at the top are a numbered paragraph that introduces the table ("9.1.1" / "The panel
    makes twelve recommendations …"): they stay as they are."""
    if not lines or not _PARAGRAPH_NUMBER.match(lines[0].strip()) or where[0] != 0:
        return 0
    n = 1
    while n < len(lines) and where[n] != 0:
        n += 1
    return n


def _titles_columns(cells: list[str]) -> bool:
    """A first row that titles three or more columns ("Version | Date | Status"): short capitalised words, no
    number among them. A numbered list has no such row over its numbers; a table whose first column counts its
    rows (versions 0.1, 0.2, 1.0 …) does."""
    return len(cells) >= 3 and all(cell and not NUMBERING.match(cell) and len(cell.split()) <= 3 and cell[:1].isupper()
                                   for cell in cells)


def _group(lines: list[str], where: list[int], width: int) -> list[list[str]] | None:
    """Rows from plain lines and their columns: a row starts where the text comes back to the first column
    (the plain text gives each cell whole, its wrapped lines together, one cell after another)."""
    rows: list[list[str]] = []
    previous = None
    for line, column in zip(lines, where):
        if column < 0:
            continue
        if not rows or (column == 0 and previous != 0):
            rows.append([""] * width)
        rows[-1][column] = join_wrapped(rows[-1][column], line.strip())
        previous = column
    first_cells = [row[0] for row in rows[1:]]
    numbered = all(not cell or NUMBERING.match(cell) for cell in first_cells)
    if not first_cells or numbered and not _titles_columns(rows[0]):
        return None  # numbered paragraphs ("2.1   The members …") or a bulleted list, not a table
    return rows if len(rows) >= MIN_ROWS else None
