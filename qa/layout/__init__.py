"""Character positions of one PDF page → its text in the order a person reads it, and its asides.

``read_page`` is the stage: ``glyphs`` reads characters (pypdfium2) into segments and lines, ``regions``
finds what a designed page is made of, ``grids`` rebuilds tables. What it recognises:

* **columns** — a gutter that running text on both sides stops at (or two, for three columns of similar
  width); each band of the page is read column by column, left to right, a line crossing the gutter, a table or
  a heading standing across both columns starts a new band. Two text columns are never a table: both sides must
  be filled prose lines of similar width;
* **footnote markers** — digits set smaller and raised after a word ("Ltd.⁸"), dropped from the text when
  their note is on the page ("km²" keeps its 2);
* **footnotes** — small type at the foot of the page, each started by a number the page's markers use;
* **asides** — text inside a tinted box (a sidebar), a caption in small type under a figure (a box holding no
  text), runs of lines set larger than the body (a pull quote), and a
  narrow side column in smaller type beside one main column (margin notes, practice points);
* **grid tables** — lines whose segments start at the same columns, one line per row, cells joined by `` | ``;
* **margin numbers** — a strip at the page's left or right edge holding only paragraph numbers (4.4.2), each
  moved onto the text line at its height ("4.4.2 The first …"): neither a column nor an aside.

``read_page`` returns None when the page has none of these features: its pypdf text is then used as it is,
so single-column documents read exactly as before.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from qa.layout.glyphs import (Glyph, Segment, body_size, filled_boxes, image_boxes, line_text, lines_of, page_glyphs,
                              running_size, segments, spell)
from qa.layout.grids import find_grids, flow, grid_rows
from qa.layout.margins import attach_margin_numbers
from qa.layout.footnotes import split_footnotes
from qa.layout.gutters import find_four_columns, find_gutter, find_three_columns, split_at_narrow_gutter
from qa.layout.boxes import take_boxed, take_captions
from qa.layout.regions import in_columns, take_side_notes
from qa.types import Aside

__all__ = ["Glyph", "PageLayout", "Segment", "find_grids", "find_gutter", "grid_rows", "lines_of", "read_page", "segments"]


@dataclass
class PageLayout:
    text: str
    asides: list[Aside]
    columns: bool
    styled: list[str]  # segments set in bold or larger than the body: the only lines that can be headings


def _lead(seg: Segment, size: float) -> int:
    """How many glyphs a segment's bold or larger lead-in runs to."""
    lead = 0
    while lead < len(seg.glyphs) and (seg.glyphs[lead].bold or seg.glyphs[lead].size >= 1.1 * size):
        lead += 1
    return lead


def _run_in(seg: Segment, size: float) -> bool:
    """A bold lead-in followed on the same line by body text of two words or more, or by one word when the lead
    ends its sentence ("4.10 MASH screening. SW1", wrapped in a narrow column): a run-in heading
    ("4.15 Recovery Service. Ms R referred"), which starts its paragraph and is no heading of its own."""
    lead = _lead(seg, size)
    if lead < 3:
        return False
    words = len(spell(seg.glyphs[lead:], seg.size, seg.base, set())[0].split())
    led = spell(seg.glyphs[:lead], seg.size, seg.base, set())[0].rstrip()
    return words >= 2 or (words == 1 and led.endswith((".", ":")))


RUNNING_KNOWN = 3000  # characters of a document read before its commonest type size stands for its running text
CHAPTER_NUMBER = re.compile(r"^(?:\d{1,2}|[A-Z])\.?$")  # "1", "12.", "A": a chapter's number, not a paragraph's "4.2"


def styled_texts(segs: list[Segment], size: float) -> list[str]:
    """Text set apart by type: segments mostly bold or larger than the body, and a bold lead-in ("7 Findings"
    before "7.1 The partnership …" on one line). A run-in heading is not a heading, nor is a line wholly
    bold whose bold carries on into the run-in lead of the line below it (a run-in heading that wraps)."""
    out = []
    for seg in segs:
        if (seg.size >= 1.1 * size or seg.bold) and not _run_in(seg, size):
            below = [t for t in segs if 0.8 * size < seg.base - t.base <= 1.8 * size and abs(t.x0 - seg.x0) <= 2 * size]
            if not (seg.size < 1.1 * size and below and _run_in(min(below, key=lambda t: seg.base - t.base), size)):
                out.append(seg.text)
            continue
        lead = _lead(seg, size)
        if lead >= 3:
            out.append(spell(seg.glyphs[:lead], seg.size, seg.base, set())[0])
    # a chapter heading whose number stands apart from its title ("1      Introduction": two segments) is one
    # line of it
    for line in lines_of(segs):
        if len(line) == 2 and CHAPTER_NUMBER.match(line[0].text) and all(s.size >= 1.1 * size or s.bold for s in line) \
                and not _run_in(line[1], size):
            out.append(line_text(line))
    return out


def _drop_markers(segs: list[Segment], notes: list[Aside]) -> None:
    """The markers of the notes found on the page go from the sentences that cite them."""
    numbers = {note.marker for note in notes if note.marker}
    for seg in segs:
        seg.drop_markers(numbers)


def read_page(page: Any, textpage: Any, document: Counter | None = None) -> PageLayout | None:
    """One pdfium page → its reading-order text and asides, or None when it has no columns, footnotes,
    markers, asides or margin numbers (then its plain text stands). ``document``: the characters by type size of
    the document's pages read so far, this page's added here (``glyphs.body_size``)."""
    glyphs = page_glyphs(textpage)
    if document is not None:
        document.update(round(g.size, 1) for g in glyphs)
    if len(glyphs) < 40:
        return None
    size = body_size(glyphs, document)
    width = float(page.get_width())
    segs = split_at_narrow_gutter(segments(glyphs), size, width)
    anchors = {number: word for s in segs for number, word in s.markers}
    lines = lines_of(segs)
    lines, notes = split_footnotes(lines, size, anchors)
    _drop_markers(segs, notes)
    lines, numbers = attach_margin_numbers(lines, size)
    boxes = filled_boxes(page)
    printed = [s for line in lines for s in line]  # a leaflet's panel may be a tinted box: it is still a column
    lines, captions = take_captions(lines, boxes + image_boxes(page), width, size)  # before the boxes' text goes
    lines, boxed = take_boxed(lines, boxes, width, size)
    boxed += captions
    # a table across the page (a cell runs well across its middle, or two of its columns start on each side of
    # it) says nothing of where the columns' gutter is
    tables = {j for first, end, starts in find_grids(lines, size, 3)
              if any(seg.x0 < width / 2 - 2 * size and seg.x1 > width / 2 + 2 * size
                     for line in lines[first:end] for seg in line)
              or min(sum(x < width / 2 for x in starts), sum(x > width / 2 for x in starts)) >= 2
              for j in range(first, end)}
    free = [s for j, line in enumerate(lines) if j not in tables for s in line]
    # three or four columns' lines side by side look like a table's rows: they are looked for over the whole page,
    # boxes included
    gutter = find_gutter(free, width, size) or find_three_columns(printed, width, size) \
        or find_four_columns(printed, width, size)
    side = []
    if gutter is None:
        lines, side = take_side_notes(lines, size, width, anchors)
        _drop_markers(segs, side)  # a sidenote's marker goes from the sentence like a footnote's
    if gutter is None and not (notes or boxed or numbers or side):
        return None  # most pages: pypdf's text stands, nothing more to do
    if gutter is not None:
        text_lines, quotes = in_columns(lines, gutter, size, boxes)
    else:
        text_lines, quotes = flow(lines, size, 2), []
    # text in the document's running size is no larger than the body on a page whose own pick is a table's
    # smaller type (two lines of prose above a chronology)
    running = running_size(document, RUNNING_KNOWN) or size
    return PageLayout("\n".join(text_lines), boxed + side + quotes + notes, gutter is not None,
                      styled_texts([s for s in segs if id(s) not in numbers], max(size, running)))
