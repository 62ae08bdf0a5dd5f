"""Character positions of one PDF page → its text in the order a person reads it, and its asides.

``read_page`` is the stage: ``glyphs`` reads characters (pypdfium2) into segments and lines, ``regions``
finds what a designed page is made of, ``grids`` rebuilds tables. What it recognises:

* **columns** — a gutter that running text on both sides stops at; each band of the page is read left
  column then right, a line crossing the gutter, a table or a heading standing across both columns starts
  a new band. Two text columns are never a table: both sides must be filled prose lines of similar width;
* **footnote markers** — digits set smaller and raised after a word ("Ltd.⁸"), dropped from the text when
  their note is on the page ("km²" keeps its 2);
* **footnotes** — small type at the foot of the page, each started by a number the page's markers use;
* **asides** — text inside a tinted box (a sidebar) and runs of lines set larger than the body (a pull quote);
* **grid tables** — lines whose segments start at the same columns, one line per row, cells joined by `` | ``;
* **margin numbers** — a strip at the page's left or right edge holding only paragraph numbers (4.4.2), each
  moved onto the text line at its height ("4.4.2 The first …"): neither a column nor an aside.

``read_page`` returns None when the page has none of these features: its pypdf text is then used as it is,
so single-column documents read exactly as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qa.layout.glyphs import Glyph, Segment, body_size, filled_boxes, lines_of, page_glyphs, segments, spell
from qa.layout.grids import find_grids, flow, grid_rows
from qa.layout.margins import attach_margin_numbers
from qa.layout.regions import find_gutter, in_columns, split_footnotes, take_boxed
from qa.types import Aside

__all__ = ["Glyph", "PageLayout", "Segment", "find_grids", "find_gutter", "grid_rows", "lines_of", "read_page", "segments"]


@dataclass
class PageLayout:
    text: str
    asides: list[Aside]
    columns: bool
    styled: list[str]  # segments set in bold or larger than the body: the only lines that can be headings


def styled_texts(segs: list[Segment], size: float) -> list[str]:
    """Text set apart by type: segments mostly bold or larger than the body, and a bold lead-in ("7 Findings"
    before "7.1 The partnership …" on one line)."""
    out = []
    for seg in segs:
        if seg.size >= 1.1 * size or seg.bold:
            out.append(seg.text)
            continue
        lead = 0
        while lead < len(seg.glyphs) and (seg.glyphs[lead].bold or seg.glyphs[lead].size >= 1.1 * size):
            lead += 1
        if lead >= 3:
            out.append(spell(seg.glyphs[:lead], seg.size, seg.base, set())[0])
    return out


def read_page(page: Any, textpage: Any) -> PageLayout | None:
    """One pdfium page → its reading-order text and asides, or None when it has no columns, footnotes,
    markers, asides or margin numbers (then its plain text stands)."""
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
    lines, numbers = attach_margin_numbers(lines, size)
    boxes = filled_boxes(page)
    lines, boxed = take_boxed(lines, boxes, width, size)
    gutter = find_gutter([s for line in lines for s in line], width, size)
    if gutter is None and not (notes or boxed or numbers):
        return None  # most pages: pypdf's text stands, nothing more to do
    if gutter is not None:
        text_lines, quotes = in_columns(lines, gutter, size, boxes)
    else:
        text_lines, quotes = flow(lines, size, 2), []
    return PageLayout("\n".join(text_lines), boxed + quotes + notes, gutter is not None,
                      styled_texts([s for s in segs if id(s) not in numbers], size))
