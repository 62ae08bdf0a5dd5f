"""Character positions of one PDF page → its text in the order a person reads it, and its asides.

Owns: reading a page's characters with their boxes, sizes and weights (pypdfium2), putting them into lines
and into segments (text separated by a gap wider than a word space), and from those:

* **columns** — a vertical gutter that running text on both sides stops at; each column is read top to
  bottom, a line that crosses the gutter (a heading, a full-width table or paragraph) splits the page into
  bands that are read in turn. Two text columns are never a table: both sides must be filled prose lines
  of similar width;
* **footnote markers** — digits set smaller and raised after a word ("Ltd.⁸") are dropped from the text;
* **footnotes** — small type at the foot of the page, each started by a number the page's markers use;
* **asides** — text inside a filled box (a sidebar) and runs of lines set larger than the body (a pull quote);
* **grid tables** — lines whose segments start at the same two or more columns, rebuilt as one line per row
  with cells joined by `` | `` (as qa/tables.py does from pypdf's layout text).

``read_page`` returns None when the page has none of these features: its plain pypdf text is then used as it
is, so single-column documents read exactly as before. Pure functions, apart from the pdfium calls in
``page_glyphs`` and ``filled_boxes``.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass, field
from statistics import median
from typing import Any

from qa.tables import CELL_JOIN, NUMBERING
from qa.types import Aside

SEGMENT_GAP = 0.9  # a gap wider than this many ems ends a segment (word spaces are 0.25–0.6 em; gutters wider)
MIN_COLUMN_LINES = 4  # each side of a gutter needs this many lines of running text
FOOTNOTE_START = re.compile(r"^(\d{1,3})\s*((?:[^\W\d_]|[(\"“'‘]).*)$")  # "8 Fernleigh …", not "1. More …"
MARKER = re.compile(r"^\d{1,3}$")


@dataclass
class Glyph:
    char: str
    x0: float
    x1: float
    base: float  # baseline y (PDF user space: larger is higher on the page)
    size: float
    bold: bool
    space_before: bool = False


@dataclass
class Segment:
    glyphs: list[Glyph]
    x0: float = 0.0
    x1: float = 0.0
    base: float = 0.0
    size: float = 0.0
    text: str = ""
    markers: list[tuple[str, str]] = field(default_factory=list)  # (footnote number, the word it follows)

    def finish(self) -> Segment:
        sizes = [g.size for g in self.glyphs]
        self.size = max(sizes)
        main = [g for g in self.glyphs if g.size >= 0.85 * self.size]
        self.base = median(g.base for g in main)
        self.x0 = min(g.x0 for g in self.glyphs)
        self.x1 = max(g.x1 for g in self.glyphs)
        self.text, self.markers = _spell(self.glyphs, self.size, self.base, set())
        return self

    def drop_markers(self, numbers: set[str]) -> None:
        """Respell without the footnote markers whose notes were found on the page."""
        if any(number in numbers for number, _ in self.markers):
            self.text, _ = _spell(self.glyphs, self.size, self.base, numbers)

    @property
    def bold(self) -> bool:
        return sum(g.bold for g in self.glyphs) > 0.6 * len(self.glyphs)


@dataclass
class PageLayout:
    text: str
    asides: list[Aside]
    columns: bool


def _spell(glyphs: list[Glyph], size: float, base: float, drop: set[str]) -> tuple[str, list[tuple[str, str]]]:
    """A segment's text, and its candidate footnote markers: digits set smaller and raised right after a
    word. A marker is dropped from the text when its number is in ``drop`` (its note is on the page): "km²"
    keeps its 2."""
    out: list[str] = []
    markers: list[tuple[str, str]] = []
    i = 0
    while i < len(glyphs):
        g = glyphs[i]
        raised = g.size < 0.85 * size and g.base > base + 0.15 * size
        if raised and g.char.isdigit() and out and not g.space_before and out[-1].strip():
            j = i
            while j < len(glyphs) and glyphs[j].char.isdigit() and glyphs[j].base > base + 0.15 * size:
                j += 1
            before = "".join(out).split()[-4:]  # the words the marker follows, to find its paragraph by
            number = "".join(x.char for x in glyphs[i:j])
            markers.append((number, " ".join(before)))
            if number not in drop:
                out.extend(x.char for x in glyphs[i:j])
            i = j
            continue
        if out and g.space_before:
            out.append(" ")
        out.append(g.char)
        i += 1
    return "".join(out), markers


def page_glyphs(textpage: Any) -> list[Glyph]:
    """Every visible character of a pdfium text page, with its box, baseline, size and weight."""
    import pypdfium2.raw as pdfium_c

    raw = textpage.raw
    rect = pdfium_c.FS_RECTF()  # the loose box: the glyph's advance, not its ink (a "1" is narrow ink)
    ox, oy = ctypes.c_double(), ctypes.c_double()
    glyphs: list[Glyph] = []
    pending_space = False
    for i in range(pdfium_c.FPDFText_CountChars(raw)):
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        char = chr(code) if 0 < code < 0x110000 else ""
        if code == 2:  # pdfium's mark for a hyphen that ends a line ("be-" / "stimmt")
            char = "-"
        if not char or char.isspace() or code in (0xFFFE, 0xFFFF) or ord(char) < 32:
            pending_space = True
            continue
        pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect)
        pdfium_c.FPDFText_GetCharOrigin(raw, i, ox, oy)
        size = float(pdfium_c.FPDFText_GetFontSize(raw, i)) or abs(rect.top - rect.bottom) or 1.0
        bold = pdfium_c.FPDFText_GetFontWeight(raw, i) >= 600
        glyphs.append(Glyph(char, rect.left, max(rect.right, rect.left), oy.value, size, bold, pending_space))
        pending_space = False
    return glyphs


def filled_boxes(page: Any) -> list[tuple[float, float, float, float]]:
    """(x0, y0, x1, y1) of each filled rectangle-like path on the page (tinted boxes, shaded cells)."""
    import pypdfium2.raw as pdfium_c

    boxes = []
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    rgba = [ctypes.c_uint() for _ in range(4)]
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2):
        if not pdfium_c.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(fill), ctypes.byref(stroke)) or not fill.value:
            continue
        if pdfium_c.FPDFPageObj_GetFillColor(obj.raw, *(ctypes.byref(c) for c in rgba)):
            if min(c.value for c in rgba[:3]) >= 250 or rgba[3].value == 0:
                continue  # white or clear: the page itself, not a tinted box
        x0, y0, x1, y1 = obj.get_bounds()
        if x1 - x0 > 20 and y1 - y0 > 20:
            boxes.append((x0, y0, x1, y1))
    # a box with another beside it at the same height is a table cell, not a sidebar
    return [b for b in boxes if not any(
        o is not b and abs(o[1] - b[1]) < 1 and abs(o[3] - b[3]) < 1 and (abs(o[0] - b[2]) < 2 or abs(o[2] - b[0]) < 2)
        for o in boxes)]


def segments(glyphs: list[Glyph]) -> list[Segment]:
    """Glyphs → segments: runs on one baseline with no gap wider than SEGMENT_GAP ems, read left to right."""
    runs: list[list[Glyph]] = []
    for g in glyphs:  # content-stream order first: it keeps a line's glyphs together
        run = runs[-1] if runs else None
        if run is not None:
            last = run[-1]
            em = max(last.size, g.size)
            same_line = abs(g.base - last.base) <= 0.5 * em
            ligature = abs(g.x0 - last.x0) < 0.01 and abs(g.x1 - last.x1) < 0.01  # "ﬃ" → f, f, i in one box
            if same_line and (ligature or -0.3 * em <= g.x0 - last.x1 <= SEGMENT_GAP * em):
                if g.x0 - last.x1 > 0.15 * em:
                    g.space_before = True
                run.append(g)
                continue
        runs.append([g])
    pieces = sorted((Segment(run).finish() for run in runs), key=lambda s: (-round(s.base), s.x0))
    merged: list[Segment] = []
    for piece in pieces:  # runs the stream wrote apart that sit side by side on one baseline
        for other in reversed(merged[-6:]):
            em = max(other.size, piece.size)
            if abs(other.base - piece.base) <= 0.3 * em and 0 <= piece.x0 - other.x1 <= SEGMENT_GAP * em:
                piece.glyphs[0].space_before = piece.x0 - other.x1 > 0.15 * em or piece.glyphs[0].space_before
                other.glyphs.extend(piece.glyphs)
                other.finish()
                break
        else:
            merged.append(piece)
    return merged


def lines_of(segs: list[Segment]) -> list[list[Segment]]:
    """Segments → lines (top to bottom), each line's segments left to right."""
    lines: list[list[Segment]] = []
    for seg in sorted(segs, key=lambda s: -s.base):
        if lines and abs(lines[-1][0].base - seg.base) <= 0.3 * max(seg.size, lines[-1][0].size):
            lines[-1].append(seg)
        else:
            lines.append([seg])
    return [sorted(line, key=lambda s: s.x0) for line in lines]


def body_size(glyphs: list[Glyph]) -> float:
    sizes = sorted(round(g.size, 1) for g in glyphs)
    return sizes[len(sizes) // 2] if sizes else 10.0


def find_gutter(segs: list[Segment], width: float, size: float) -> tuple[float, float] | None:
    """The x-range between two columns of running text, or None.

    Prose columns: many body-size segments stop before the gutter and many start after it, few cross it,
    and both sides are filled lines of similar width (a two-column table's first column is ragged and
    narrow)."""
    body = [s for s in segs if 0.85 * size <= s.size <= 1.15 * size and len(s.text) > 3]
    if len(body) < 2 * MIN_COLUMN_LINES:
        return None
    step = 2.0
    bins = int(width / step) + 1
    cover = [0] * bins
    for s in body:
        for b in range(max(0, int(s.x0 / step)), min(bins, int(s.x1 / step) + 1)):
            cover[b] += 1
    best: tuple[float, float] | None = None
    b = int(0.25 * width / step)
    while b < int(0.75 * width / step):
        if cover[b] <= max(1, 0.04 * len(body)):
            e = b
            while e + 1 < bins and cover[e + 1] <= max(1, 0.04 * len(body)):
                e += 1
            if (e - b + 1) * step >= 0.8 * size and (best is None or (e - b) * step > best[1] - best[0]):
                best = (b * step, (e + 1) * step)
            b = e + 1
        else:
            b += 1
    if best is None:
        return None
    lo, hi = best
    left = [s for s in body if s.x1 <= hi and s.x0 < lo]
    right = [s for s in body if s.x0 >= lo and s.x1 > hi]
    if len(left) < MIN_COLUMN_LINES or len(right) < MIN_COLUMN_LINES:
        return None
    left_edge, right_edge = min(s.x0 for s in left), max(s.x1 for s in right)
    left_width, right_width = lo - left_edge, right_edge - hi
    if not 0.6 <= left_width / max(right_width, 1.0) <= 1.6:
        return None
    filled = lambda side, w: median(s.x1 - s.x0 for s in side) >= 0.7 * w  # noqa: E731
    if not (filled(left, left_width) and filled(right, right_width)):
        return None
    return best


def _line_text(line: list[Segment]) -> str:
    return " ".join(s.text for s in line)


def split_footnotes(lines: list[list[Segment]], size: float, anchors: dict[str, str]) -> tuple[list[list[Segment]], list[Aside]]:
    """Take the footnotes off the foot of the page: lines in smaller type, the first started by a number the
    page's markers use, each note running until the next such number; a wide gap (the footer) ends them."""
    small = lambda line: max(s.size for s in line) <= 0.9 * size  # noqa: E731
    start = next(
        (i for i, line in enumerate(lines)
         if small(line) and (m := FOOTNOTE_START.match(_line_text(line))) and m.group(1) in anchors),
        None,
    )
    if start is None:
        return lines, []
    notes: list[Aside] = []
    end = start
    while end < len(lines) and small(lines[end]):
        if end > start and lines[end - 1][0].base - lines[end][0].base > 2.5 * lines[end][0].size:
            break
        text = _line_text(lines[end])
        found = FOOTNOTE_START.match(text)
        if found and found.group(1) in anchors and all(n.marker != found.group(1) for n in notes):
            notes.append(Aside("footnote", found.group(2), found.group(1), anchors[found.group(1)]))
        else:
            notes[-1].text = _join_wrapped(notes[-1].text, text)
        end += 1
    return lines[:start] + lines[end:], notes


def _join_wrapped(a: str, b: str) -> str:
    if a.endswith("-") and b[:1].islower():
        return a[:-1] + b
    return f"{a} {b}" if a else b


def take_boxed(lines: list[list[Segment]], boxes: list[tuple[float, float, float, float]], width: float,
               size: float) -> tuple[list[list[Segment]], list[Aside]]:
    """Text inside a filled box narrower than the page (a sidebar, a key-facts panel): an aside of its own,
    when the box holds two or more lines of one segment each (a shaded table row holds cells)."""
    asides: list[Aside] = []
    taken: set[int] = set()
    for x0, y0, x1, y1 in boxes:
        if x1 - x0 > 0.7 * width or y1 - y0 < 2.5 * size:
            continue
        inside = [s for line in lines for s in line
                  if s.x0 >= x0 - 1 and s.x1 <= x1 + 1 and y0 - 1 <= s.base <= y1 + 1 and id(s) not in taken]
        rows = lines_of(inside)
        if len(rows) < 2 or any(len(row) > 1 for row in rows):
            continue
        taken.update(id(s) for s in inside)
        asides.append(Aside("aside", _join_lines([_line_text(row) for row in rows])))
    if not taken:
        return lines, asides
    kept = [[s for s in line if id(s) not in taken] for line in lines]
    return [line for line in kept if line], asides


def _join_lines(texts: list[str]) -> str:
    out = ""
    for text in texts:
        out = _join_wrapped(out, text)
    return out


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
            column = min(range(len(starts)), key=lambda c: abs(starts[c] - seg.x0))
            rows[-1][column] = _join_wrapped(rows[-1][column], seg.text)
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
            cols = [min(range(len(starts)), key=lambda c: abs(starts[c] - s.x0)) for s in lines[end]]
            fits = all(
                s.x0 >= starts[c] - size and s.x1 <= bounds[c] + size / 2 for s, c in zip(lines[end], cols)
            ) and len(set(cols)) == len(cols)
            aligned = sum(abs(starts[c] - s.x0) <= size for s, c in zip(lines[end], cols))
            if not fits or (len(lines[end]) >= 2 and aligned < 2):
                break
            multi += len(lines[end]) >= 2
            end += 1
        first_cells = [lines[j][0].text for j in range(i, end) if len(lines[j]) >= 2]
        listing = all(NUMBERING.match(cell) for cell in first_cells[1:])
        if multi >= 3 and not listing:
            grids.append((i, end, starts))
            i = end
        else:
            i += 1
    return grids


def _flow(lines: list[list[Segment]], size: float, min_columns: int) -> list[str]:
    """Lines of one flow (a column, a band, a page) → text lines, grid tables rebuilt as rows."""
    out: list[str] = []
    at = 0
    for first, end, starts in find_grids(lines, size, min_columns):
        out += [_line_text(line) for line in lines[at:first]]
        out += grid_rows(lines[first:end], starts, size)
        at = end
    out += [_line_text(line) for line in lines[at:]]
    return out


def take_pull_quotes(lines: list[list[Segment]], size: float) -> tuple[list[list[Segment]], list[Aside]]:
    """Two or more lines in a column set larger than the body, together a sentence of eight or more words
    (a pull quote, not a heading): an aside, so it is not spliced into the paragraph it stands beside."""
    kept: list[list[Segment]] = []
    asides: list[Aside] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and min(s.size for s in lines[j]) >= 1.12 * size:
            j += 1
        text = _join_lines([_line_text(line) for line in lines[i:j]])
        if j - i >= 2 and len(text.split()) >= 8 and re.search(r"[.!?][\"'”’]?$", text):
            asides.append(Aside("aside", text))
            i = j
            continue
        kept.extend(lines[i : max(j, i + 1)])
        i = max(j, i + 1)
    return kept, asides


def in_columns(lines: list[list[Segment]], gutter: tuple[float, float], size: float) -> tuple[list[str], list[Aside]]:
    """A page with two text columns → text lines in reading order: bands between full-width lines (a line
    crossing the gutter, or a table row), each band's left column top to bottom, then its right column."""
    lo, hi = gutter
    top, bottom = _edges(lines, size)
    head = [s.text for line in lines[:top] for s in line]  # each part of a header its own line, as pypdf gives it
    foot = [s.text for line in lines[bottom:] for s in line]
    lines = lines[top:bottom]
    grids = find_grids(lines, size, 3)
    in_grid = {j for first, end, _ in grids for j in range(first, end)}
    out: list[str] = []
    asides: list[Aside] = []
    band: list[list[Segment]] = []

    def close_band() -> None:
        left = [[s for s in line if s.x1 <= hi] for line in band]
        right = [[s for s in line if s.x1 > hi] for line in band]
        for side in (left, right):
            kept, quotes = take_pull_quotes([line for line in side if line], size)
            asides.extend(quotes)
            out.extend(_flow(kept, size, 2))
        band.clear()

    grid_at = {first: (end, starts) for first, end, starts in grids}
    i = 0
    while i < len(lines):
        line = lines[i]
        if i in grid_at:
            close_band()
            end, starts = grid_at[i]
            out.extend(grid_rows(lines[i:end], starts, size))
            i = end
            continue
        if i not in in_grid and (any(s.x0 < lo and s.x1 > hi for s in line) or _across(lines, i, hi, size)):
            close_band()
            out.append(_line_text(line))
        else:
            band.append(line)
        i += 1
    close_band()
    return head + out + foot, asides


def _across(lines: list[list[Segment]], i: int, hi: float, size: float) -> bool:
    """A heading on one side of the gutter that stands across both columns: set larger or bold, with the
    other column empty beside it (two lines' height either way) while that column has text above and below
    (a section heading over two columns that happens to be short)."""
    line = lines[i]
    if not all(s.size >= 1.15 * size or s.bold for s in line):
        return False
    left = all(s.x1 <= hi for s in line)
    other = [s for j, row in enumerate(lines) if j != i for s in row if (s.x0 >= hi if left else s.x1 <= hi)]
    base = line[0].base
    beside = any(abs(s.base - base) <= 2.2 * size for s in other)
    return not beside and any(s.base > base for s in other) and any(s.base < base for s in other)


def _edges(lines: list[list[Segment]], size: float) -> tuple[int, int]:
    """How many lines at the top, and from which line at the bottom, are a running header or footer: set
    smaller than the body or apart from it by a wide gap. They are read first and last, whole, not as part
    of the column they happen to stand above."""
    edge = lambda i, j: (max(s.size for s in lines[i]) < 0.95 * size  # noqa: E731
                         or abs(lines[i][0].base - lines[j][0].base) > 3 * size)
    top = 0
    while top < min(2, len(lines) - 1) and edge(top, top + 1):
        top += 1
    bottom = len(lines)
    while bottom - 1 > max(top, len(lines) - 3) and edge(bottom - 1, bottom - 2):
        bottom -= 1
    return top, bottom


def read_page(page: Any, textpage: Any) -> PageLayout | None:
    """One pdfium page → its reading-order text and asides, or None when it has no columns, footnotes,
    markers or asides (then its plain text stands)."""
    glyphs = page_glyphs(textpage)
    if len(glyphs) < 40:
        return None
    size = body_size(glyphs)
    width = float(page.get_width())
    segs = segments(glyphs)
    anchors = {number: word for s in segs for number, word in s.markers}
    lines = lines_of(segs)
    lines, notes = split_footnotes(lines, size, anchors)
    for seg in segs:
        seg.drop_markers({note.marker for note in notes if note.marker})
    lines, boxed = take_boxed(lines, filled_boxes(page), width, size)
    gutter = find_gutter([s for line in lines for s in line], width, size)
    if gutter is not None:
        text_lines, quotes = in_columns(lines, gutter, size)
    else:
        text_lines, quotes = _flow(lines, size, 2), []
    if gutter is None and not (notes or boxed):
        return None
    return PageLayout("\n".join(text_lines), boxed + quotes + notes, gutter is not None)
