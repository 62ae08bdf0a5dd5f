"""Text in and under filled boxes: a tinted sidebar's text, and a figure's caption under it.

Owns: taking out as asides the lines inside a filled box narrower than the page (a sidebar, a key-facts panel) and
the caption in small type under a box that holds no text (an image, or a picture or chart drawn as a tinted
rectangle), so neither is spliced into the running text set beside it. Pure functions over segments and the page's
boxes (``glyphs.filled_boxes``, ``glyphs.image_boxes``).
"""

from __future__ import annotations

from qa.layout.glyphs import Segment, join_lines, line_text, lines_of, without
from qa.types import Aside

Box = tuple[float, float, float, float]


def take_boxed(lines: list[list[Segment]], boxes: list[Box], width: float,
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
        asides.append(Aside("aside", join_lines([line_text(row) for row in rows])))
    if not taken:
        return lines, asides
    return without(lines, taken), asides


def take_captions(lines: list[list[Segment]], boxes: list[Box], width: float,
                  size: float) -> tuple[list[list[Segment]], list[Aside]]:
    """A figure's caption: under a box narrower than the page that holds no text (an image, a tinted box drawn as a
    picture or chart: ``glyphs.image_boxes``, ``glyphs.filled_boxes``), lines in smaller type than the body, one
    segment each, within the box's width and inside no other box (a table's cell), the first within two of its
    lines of the box's foot and each within two of the one before (at most six). An aside, like a sidebar: a
    caption floated beside running text would otherwise be read into its lines."""
    asides: list[Aside] = []
    taken: set[int] = set()
    segs = [s for line in lines for s in line]
    boxes = [box for box in boxes if box[2] - box[0] <= 0.7 * width]  # not the page's ground or a band across it

    def inside(s: Segment, box: Box) -> bool:
        return box[0] <= s.x0 and s.x1 <= box[2] and box[1] <= s.base <= box[3]

    for box in boxes:
        x0, y0, x1, y1 = box
        if any(inside(s, box) for s in segs):
            continue
        under = [line for line in lines if line and line[0].base < y0]
        caption: list[list[Segment]] = []
        above = y0
        for line in sorted(under, key=lambda row: -row[0].base):
            near = [s for s in line if s.x0 >= x0 - 0.5 * size and s.x1 <= x1 + 0.5 * size]
            if not near:
                continue
            small = len(near) == 1 and near[0].size < 0.95 * size and id(near[0]) not in taken \
                and not any(inside(near[0], other) for other in boxes)
            if not small or above - near[0].base > 2 * near[0].size or len(caption) == 6:
                break
            caption.append(near)
            above = near[0].base
        if caption:
            taken.update(id(row[0]) for row in caption)
            asides.append(Aside("aside", join_lines([line_text(row) for row in caption])))
    if not taken:
        return lines, asides
    return without(lines, taken), asides
