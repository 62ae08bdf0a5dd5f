"""What a page is made of, and the order its text is read in: columns band by band, a running header and footer,
pull quotes and a side column.

Owns: reading a page with two or three columns band by band (a line that crosses a gutter, a table, or a heading
standing across both columns starts a new band; each band's columns left to right; where the gutters are is
``qa.layout.gutters``'); the running header and footer read first and last (footnotes: ``qa.layout.footnotes``,
text in and under filled boxes: ``qa.layout.boxes``); runs of lines set larger than the body (a pull quote) and a
narrow side column in smaller type beside one main column taken out as asides, and sidenotes (footnotes set in
that margin) as footnotes.
"""

from __future__ import annotations

import re
from collections import Counter

from qa.layout.footnotes import FOOTNOTE_START, note_from
from qa.layout.glyphs import Segment, join_lines, line_text, lines_of, without
from qa.layout.gutters import MIN_COLUMN_LINES, body_segments
from qa.layout.grids import find_grids, flow, grid_rows
from qa.types import Aside


# a pull quote ends its sentence, perhaps with its attribution after a dash ("… how small.” — a practitioner at
# the learning event")
QUOTE_END = re.compile(r"[.!?][\"'”’]?(?:\s+[—–]\s*[^.!?]{1,80})?$")
QUOTE_OPEN = re.compile(r"[\"“‘'«]")
ATTRIBUTION_WORDS = 15  # "— Ms K, speaking to the independent reviewer, June 2024"


def take_pull_quotes(lines: list[list[Segment]], size: float,
                     quoted: bool = False) -> tuple[list[list[Segment]], list[Aside]]:
    """Two or more lines in a column set larger than the body, together a sentence of eight or more words,
    with or without its attribution (a pull quote, not a heading): an aside, so it is not spliced into the
    paragraph it stands beside. With ``quoted`` (lines across the columns), only such lines that open with a
    quotation mark, and the line under them in type smaller than the body, when short, is their attribution
    ("Ms K, speaking to the reviewer")."""
    kept: list[list[Segment]] = []
    asides: list[Aside] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and min(s.size for s in lines[j]) >= 1.12 * size:
            j += 1
        text = join_lines([line_text(line) for line in lines[i:j]])
        opens = not quoted or QUOTE_OPEN.match(text)
        if j - i >= 2 and len(text.split()) >= 8 and QUOTE_END.search(text) and opens:
            if quoted and j < len(lines) and max(s.size for s in lines[j]) < size \
                    and len(line_text(lines[j]).split()) <= ATTRIBUTION_WORDS:
                text = join_lines([text, line_text(lines[j])])
                j += 1
            asides.append(Aside("aside", text))
            i = j
            continue
        kept.extend(lines[i : max(j, i + 1)])
        i = max(j, i + 1)
    return kept, asides


def in_columns(lines: list[list[Segment]], gutter: tuple[float, float] | list[tuple[float, float]], size: float,
               boxes: list[tuple[float, float, float, float]] = ()) -> tuple[list[str], list[Aside]]:
    """A page with two (or three: ``gutter`` a list of gutters) text columns → text lines in reading order: bands
    between full-width lines (a line crossing a gutter, a table row, or a line inside a filled box drawn across
    the columns: a section band), each band's columns left to right, each top to bottom."""
    gutters = gutter if isinstance(gutter, list) else [gutter]
    lo, hi = gutters[0]
    spanning = [b for b in boxes if any(b[0] < g[0] and b[2] > g[1] for g in gutters)]
    top, bottom = _edges(lines, size)
    head = [s.text for line in lines[:top] for s in line]  # each part of a header its own line, as pypdf gives it
    foot = [s.text for line in lines[bottom:] for s in line]
    lines = lines[top:bottom]
    # a table across the page has a cell that crosses the gutter; rows of segments that keep to the two
    # columns are the columns' own lines (a hanging paragraph number beside each column's text)
    crosses = lambda s: any(_crosses(s, g) for g in gutters)  # noqa: E731
    grids = [(first, end, starts) for first, end, starts in find_grids(lines, size, 3)
             if any(crosses(s) for line in lines[first:end] for s in line)]
    out: list[str] = []
    asides: list[Aside] = []
    band: list[list[Segment]] = []

    def close_band() -> None:
        # a segment belongs to the column it starts in; one starting inside the gutter (a hanging paragraph
        # number of the right column) leads the right column's text
        column = lambda s: sum(s.x0 >= g[0] for g in gutters)  # noqa: E731
        for k in range(len(gutters) + 1):
            side = [[s for s in line if column(s) == k] for line in band]
            kept, quotes = take_pull_quotes(figures_first([line for line in side if line], size), size)
            asides.extend(quotes)
            out.extend(flow(kept, size, 2))
        band.clear()

    wide: list[list[Segment]] = []  # a run of lines across the columns: headings, or a pull quote set across them

    def close_wide() -> None:
        # across the columns, large type that opens a quotation is a pull quote; without one, a chapter's
        # standfirst or lead paragraph, which is read where it stands
        kept, quotes = take_pull_quotes(wide, size, quoted=True)
        asides.extend(quotes)
        out.extend(line_text(line) for line in kept)
        wide.clear()

    grid_at = {first: (end, starts) for first, end, starts in grids}
    i = 0
    while i < len(lines):
        line = lines[i]
        if i in grid_at:
            close_wide()
            close_band()
            end, starts = grid_at[i]
            out.extend(grid_rows(lines[i:end], starts, size))
            i = end
            continue
        banded = any(all(x0 - 1 <= s.x0 and s.x1 <= x1 + 1 and y0 - 1 <= s.base <= y1 + 1 for s in line)
                     for x0, y0, x1, y1 in spanning)
        across = len(gutters) == 1 and _across(lines, i, lo, size, boxes)
        if banded or any(crosses(s) for s in line) or across:  # (tables: above)
            close_band()
            wide.append(line)
        else:
            close_wide()
            band.append(line)
        i += 1
    close_wide()
    close_band()
    return head + out + foot, asides


def figures_first(lines: list[list[Segment]], size: float) -> list[list[Segment]]:
    """A key figure set large with its caption in small type beside it ("3" / "police call-outs for domestic
    abuse", the caption's lines within the figure's height, the first often above the figure's baseline) → one
    line, the figure then its caption: a column of key figures is read figure by figure, not captions before
    their figures."""
    small = lambda segs, big: all(s.size <= size and s.x0 > big.x1 for s in segs)  # noqa: E731
    merged, used = {}, set()
    for k, line in enumerate(lines):
        big = line[0]
        if not (big.size >= 1.6 * size and len(big.text) <= 12 and any(c.isdigit() for c in big.text)
                and small(line[1:], big)):
            continue
        beside = [j for j, other in enumerate(lines) if j != k and j not in used and j not in merged
                  and small(other, big) and big.base - 0.6 * big.size <= other[0].base <= big.base + big.size]
        if beside or len(line) > 1:
            used.update(beside)
            caption = sorted([s for j in beside for s in lines[j]] + line[1:], key=lambda s: (-round(s.base), s.x0))
            merged[k] = [big] + caption
    return [merged.get(k, line) for k, line in enumerate(lines) if k not in used] if merged else lines


def take_side_notes(lines: list[list[Segment]], size: float, width: float,
                    anchors: dict[str, str] | None = None) -> tuple[list[list[Segment]], list[Aside]]:
    """A narrow side column beside one main column of running text (a magazine layout's margin notes, practice
    points, key facts): text set smaller than the body, standing wholly beyond the main column's edge, left or
    right, with a gap of an em at least, below the running header and above the footer. Each block of it (lines
    less than two ems apart) is an aside, never spliced into the paragraph it stands beside. A block there in any
    type that starts with the number of one of the page's footnote markers (``anchors``) is a sidenote: a
    footnote set in the margin."""
    lines, notes = _sidenotes(lines, size, width, anchors or {})
    lines, asides = _side_column(lines, size, width)
    return lines, notes + asides


def _running_body(lines: list[list[Segment]], size: float) -> list[Segment] | None:
    """The segments of running text between the page's header and footer, or None when too few to hold a column.
    Type set smaller than the body (below 0.95 of it: a side column's) is not the main column's running text."""
    top, bottom = _edges(lines, size)
    body = [s for s in body_segments([s for line in lines[top:bottom] for s in line], size) if s.size >= 0.95 * size]
    return body if len(body) >= 2 * MIN_COLUMN_LINES else None


def _main_column(lines: list[list[Segment]], size: float, width: float) -> tuple[float, float] | None:
    """The x-range of the page's one main column of running text (where all but a tenth of its lines start and
    end), or None when there is none (too few lines, or narrow columns: the gutter's to find)."""
    body = _running_body(lines, size)
    if body is None:
        return None
    ends, starts = sorted(s.x1 for s in body), sorted(s.x0 for s in body)
    right, left = ends[int(0.9 * (len(ends) - 1))], starts[int(0.1 * (len(starts) - 1))]
    return (left, right) if right - left >= 0.45 * width else None


def _column_of_most_lines(lines: list[list[Segment]], size: float, width: float) -> tuple[float, float] | None:
    """The x-range of the column most lines of running text start in (their most common start, to 2 pt; its right
    edge where all but a tenth of those lines end), when it is a main column (0.45 of the page wide or more):
    notes in the margin may be set in the body's own type, so the page's widest extent is not the column's."""
    body = _running_body(lines, size)
    if body is None:
        return None
    starts = Counter(round(s.x0 / 2) for s in body)
    left = 2 * starts.most_common(1)[0][0]
    ends = sorted(s.x1 for s in body if abs(s.x0 - left) <= 2 * size)
    right = ends[int(0.9 * (len(ends) - 1))]
    return (left, right) if right - left >= 0.45 * width else None


def _sidenotes(lines: list[list[Segment]], size: float, width: float,
               anchors: dict[str, str]) -> tuple[list[list[Segment]], list[Aside]]:
    """Sidenotes: beyond the main column's edge, a segment starting with a marker's number ("5 Little Gulls
    Nursery is …", or the number set apart and raised before it), and the lines below it on that side up to the
    next such number or a gap of two lines."""
    main = _column_of_most_lines(lines, size, width) if anchors else None
    if main is None:
        return lines, []
    beyond = lambda s: s.x0 >= main[1] + size or s.x1 <= main[0] - size  # noqa: E731
    side = sorted((s for line in lines for s in line if beyond(s)), key=lambda s: (s.x0 >= main[1], -s.base, s.x0))
    notes: list[Aside] = []
    taken: set[int] = set()
    for i, seg in enumerate(side):
        text, first = seg.text, i
        after = side[i + 1] if i + 1 < len(side) else None
        if seg.text.isdigit() and after is not None and after.x0 > seg.x1 and abs(after.base - seg.base) <= 0.6 * size:
            text, first = f"{seg.text} {after.text}", i + 1  # the note's number set apart, raised, before its text
        start = FOOTNOTE_START.match(text)
        if id(seg) in taken or not start or start.group(1) not in anchors or any(n.marker == start.group(1) for n in notes):
            continue
        parts = [side[first]]
        taken.add(id(seg))
        for t in side[first + 1 :]:
            following = FOOTNOTE_START.match(t.text)
            same_line = abs(t.base - parts[-1].base) < 0.5  # a justified line's words set apart
            if (t.x0 >= main[1]) != (seg.x0 >= main[1]) or parts[-1].base - t.base > 2 * size \
                    or not same_line and abs(t.x0 - seg.x0) > size or following and following.group(1) in anchors:
                break
            parts.append(t)
        notes.append(note_from(start, parts, anchors))
        taken.update(id(t) for t in parts)
    if not taken:
        return lines, []
    return without(lines, taken), notes


def _side_column(lines: list[list[Segment]], size: float, width: float) -> tuple[list[list[Segment]], list[Aside]]:
    """The side column's blocks in smaller type (``take_side_notes``)."""
    main = _main_column(lines, size, width)
    if main is None:
        return lines, []  # no main column: narrow columns are the gutter's to find
    top, bottom = _edges(lines, size)
    left, right = main
    # beyond the main column by an em; by half an em for a long column (eight lines or more: a web page's related
    # links set close beside the article), where one short line so near is a running header's or a table's
    beyond = lambda s, gap: s.x0 >= right + gap or s.x1 <= left - gap  # noqa: E731  (of the main column)
    smaller = lambda s: s.size < 0.95 * size  # noqa: E731
    near = sum(1 for line in lines[top:bottom] for s in line if smaller(s) and beyond(s, 0.5 * size))
    gap = 0.5 * size if near >= 2 * MIN_COLUMN_LINES else size
    outside = lambda s: beyond(s, gap)  # noqa: E731
    beside = lambda s: smaller(s) and outside(s)  # noqa: E731
    margin = [(s, line) for line in lines[top:bottom] for s in line if beside(s)]
    # a table's first (or last) column in smaller type: its cells stand on the baselines of their rows' other cells,
    # where a side column's lines keep a spacing of their own
    aligned = sum(1 for s, line in margin if any(not beside(t) for t in line))
    if len(margin) >= MIN_COLUMN_LINES and aligned >= 0.75 * len(margin):
        return lines, []
    # one cell of a table may stand out in the margin too: its row goes on close beside it in cells of its own type
    # (a caption in like type far across the page is no cell of it), or its column goes on below it out of the
    # margin (a column's heading: "Date" over "9 May 2008")
    body = [s for line in lines[top:bottom] for s in line]
    cell = lambda s, line: any(  # noqa: E731
        not beside(t) and abs(t.size - s.size) < 0.05 * size and max(t.x0 - s.x1, s.x0 - t.x1) <= 8 * size for t in line)
    heads = lambda s: any(  # noqa: E731
        not beside(t) and abs(t.x0 - s.x0) <= size and 0 < s.base - t.base <= 2 * size for t in body)
    side = [s for s, line in margin if not cell(s, line) and not heads(s)]
    blocks: list[list[Segment]] = []
    for seg in sorted(side, key=lambda s: (s.x0 >= right, -s.base)):
        block = blocks[-1] if blocks else None
        if block and (block[-1].x0 >= right) == (seg.x0 >= right) and block[-1].base - seg.base <= 2 * size:
            block.append(seg)
        else:
            blocks.append([seg])
    blocks = [b for b in blocks if any(c.isalpha() for s in b for c in s.text)]
    for block in blocks:  # the block's title above it in that column, set larger or bold ("Related stories")
        first = block[0]
        title = [s for line in lines[top:bottom] for s in line if s.size >= 0.95 * size
                 and outside(s) and abs(s.x0 - first.x0) <= size
                 and 0 < s.base - first.base <= 2.5 * max(s.size, size)]
        block[:0] = sorted(title, key=lambda s: -s.base)[-1:]
    taken = {id(s) for block in blocks for s in block}
    if not taken:
        return lines, []
    asides = [Aside("aside", join_lines([line_text(row) for row in lines_of(block)])) for block in blocks]
    return without(lines, taken), asides


def _crosses(seg: Segment, gutter: tuple[float, float]) -> bool:
    return seg.x0 < gutter[0] and seg.x1 > gutter[1]


def _across(lines: list[list[Segment]], i: int, lo: float, size: float,
            boxes: list[tuple[float, float, float, float]] = ()) -> bool:
    """A heading on one side of the gutter that stands across both columns: set larger or bold, with the
    other column empty beside it (two lines' height either way; one line's for a display heading, a quarter
    larger than the body, set with less room around it than its size suggests) while that column has text above
    and below (a section heading over two columns that happens to be short). A tinted box beside it (an aside,
    taken out of the text before) fills the other column: the heading is its own column's."""
    line = lines[i]
    if not all(s.size >= 1.15 * size or s.bold for s in line):
        return False
    left = all(s.x0 < lo for s in line)
    if not left and any(s.x0 < lo for s in line):
        return False  # text on both sides: two columns' own lines (two headings side by side)
    other = [s for j, row in enumerate(lines) if j != i for s in row if (s.x0 >= lo if left else s.x0 < lo)]
    base = line[0].base
    near = 1.2 * size if all(s.size >= 1.25 * size for s in line) else 2.2 * size
    beside = any(abs(s.base - base) <= near for s in other) or any(
        (x0 >= lo - size if left else x1 <= lo + size) and x0 < x1 and y0 - 2.2 * size <= base <= y1 + 2.2 * size
        for x0, y0, x1, y1 in boxes if not (x0 < lo - size and x1 > lo + size))
    return not beside and any(s.base > base for s in other) and any(s.base < base for s in other)


def _edges(lines: list[list[Segment]], size: float) -> tuple[int, int]:
    """How many lines at the top, and from which line at the bottom, are a running header or footer: apart
    from the body by a wide gap (three ems), or set smaller than the body and apart by a gap (one and a half; at
    the top, more than a line when the line below is in the body's type). They are read first and last, whole,
    not as part of the column they happen to stand above."""
    smaller = lambda i: max(s.size for s in lines[i]) < 0.95 * size  # noqa: E731

    def edge(i: int, j: int) -> bool:
        gap = abs(lines[i][0].base - lines[j][0].base)
        return gap > 3 * size or (smaller(i) and gap > 1.5 * size)
    top = 0
    while top < min(2, len(lines) - 1) and (edge(top, top + 1) or smaller(top) and not smaller(top + 1)
                                             and lines[top][0].base - lines[top + 1][0].base > size):
        top += 1
    bottom = len(lines)
    while bottom - 1 > max(top, len(lines) - 3) and edge(bottom - 1, bottom - 2):
        bottom -= 1
    return top, bottom
