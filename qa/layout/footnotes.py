"""Footnotes: the small type at the foot of a page or of a column, started by the numbers the page's markers use.

Owns: which lines or segments are footnote text, each note as an ``Aside`` keyed by its number and the words
its marker follows in the body. Markers themselves are read in ``qa.layout.glyphs``. Pure functions.
"""

from __future__ import annotations

import re

from qa.layout.glyphs import Segment, join_lines, line_text, without
from qa.spans import MONTH
from qa.tables import join_wrapped
from qa.types import Aside

_MONTH = re.compile(rf"{MONTH}\b")
TERMINAL_NOTE = re.compile(r"[.!?][\"'”’)]*$")
FOOTNOTE_START = re.compile(r"^(\d{1,3})\s*((?:[^\W\d_]|[(\"“'‘]).*)$")  # "8 Fernleigh …", not "1. More …"


def split_footnotes(lines: list[list[Segment]], size: float, anchors: dict[str, str]) -> tuple[list[list[Segment]], list[Aside]]:
    """Take the footnotes off the foot of each column (``column_notes``), then those across the page's foot:
    lines in smaller type, the first started by a number the page's markers use, each note running until the
    next such number; a wide gap (the footer) ends them."""
    lines, notes = column_notes(lines, size, anchors)
    lines, more = _page_notes(lines, size, anchors, {note.marker for note in notes})
    return lines, notes + more


def _page_notes(lines: list[list[Segment]], size: float, anchors: dict[str, str],
                known: set[str]) -> tuple[list[list[Segment]], list[Aside]]:
    small = lambda line: max(s.size for s in line) <= 0.9 * size  # noqa: E731
    start = next(
        (i for i, line in enumerate(lines)
         if small(line) and (m := FOOTNOTE_START.match(line_text(line))) and m.group(1) in anchors
         and m.group(1) not in known),
        None,
    )
    unmarked = start is None
    if unmarked and not known:
        start = _unmarked_notes(lines, size)
    if start is None:
        return lines, []
    notes: list[Aside] = []
    end = start
    while end < len(lines) and small(lines[end]):
        if end > start and lines[end - 1][0].base - lines[end][0].base > 2.5 * lines[end][0].size:
            break
        text = line_text(lines[end])
        found = FOOTNOTE_START.match(text)
        if found and (unmarked or found.group(1) in anchors) and all(n.marker != found.group(1) for n in notes) \
                and found.group(1) not in known:
            notes.append(Aside("footnote", found.group(2), found.group(1), anchors.get(found.group(1))))
        else:
            notes[-1].text = join_wrapped(notes[-1].text, text)
        end += 1
    return lines[:start] + lines[end:], notes


def _unmarked_notes(lines: list[list[Segment]], size: float) -> int | None:
    """Where footnotes whose markers the text does not print begin: a line of one run of text set well smaller
    than the body (four fifths), started by a number and a word (not a month: a date), with only small type
    below it down to the page's last line (the footer, which it is not), the note ending a sentence before the
    next number or the footer."""
    for i, line in enumerate(lines[:-1]):
        found = FOOTNOTE_START.match(line_text(line))
        if not found or len(line) > 1 or max(s.size for s in line) > 0.8 * size or len(found.group(2).split()) < 4 \
                or _MONTH.match(found.group(2)):
            continue  # a table's row has cells, a chronology's starts with a date
        if any(max(s.size for s in rest) > 0.9 * size for rest in lines[i + 1 : -1]):
            return None  # body text below it, above the page's last line (its footer): not the foot of the page
        j = i + 1
        while j < len(lines) - 1 and not FOOTNOTE_START.match(line_text(lines[j])) and \
                lines[j - 1][0].base - lines[j][0].base <= 2.5 * lines[j][0].size:
            j += 1
        return i if TERMINAL_NOTE.search(join_lines([line_text(row) for row in lines[i:j]])) else None
    return None


def column_notes(lines: list[list[Segment]], size: float, anchors: dict[str, str]) -> tuple[list[list[Segment]], list[Aside]]:
    """Footnotes at the foot of a column (a word processor's columned section, a column-footnote class) or of the
    page: small type started by a number one of the page's markers uses, with nothing in body type right below
    it across its width (its line's small type, up to a gap wider than a word space); the note runs on over the
    small type below it in that width, up to the next note's number or a wide gap (the footer). The other
    column's text beside it, on the same baselines, stays where it is."""
    segs = [s for line in lines for s in line]
    small = lambda s: s.size <= 0.9 * size  # noqa: E731
    notes: list[Aside] = []
    taken: set[int] = set()
    for seg in segs:
        start = FOOTNOTE_START.match(seg.text) if small(seg) and id(seg) not in taken else None
        if not start or start.group(1) not in anchors or any(n.marker == start.group(1) for n in notes):
            continue
        parts, right = [seg], seg.x1
        for t in sorted((t for t in segs if abs(t.base - seg.base) < 0.5 and t.x0 > seg.x0), key=lambda t: t.x0):
            if not small(t) or t.x0 - right > 1.5 * size:
                break
            parts.append(t)
            right = t.x1
        below = sorted((t for t in segs if t.base < seg.base - 0.5 and t.x0 < right + size and t.x1 > seg.x0 - size),
                       key=lambda t: (-t.base, t.x0))
        last, body_below = seg, False
        for t in below:
            if last.base - t.base > 2.5 * t.size:
                break
            following = FOOTNOTE_START.match(t.text)
            if not small(t):
                body_below = True
                break
            if following and following.group(1) in anchors and abs(t.base - last.base) >= 0.5:
                break
            parts.append(t)
            last = t
        if body_below:
            continue  # body text right below it: not the foot of a column
        notes.append(note_from(start, parts, anchors))
        taken.update(id(t) for t in parts)
    if not taken:
        return lines, []
    return without(lines, taken), notes


def note_from(start: re.Match, parts: list[Segment], anchors: dict[str, str]) -> Aside:
    """The footnote begun by ``start`` (``FOOTNOTE_START`` on the first of ``parts``) and running on over the rest
    of them, linked to the words its marker follows."""
    text = start.group(2)
    for t in parts[1:]:
        text = join_wrapped(text, t.text)
    return Aside("footnote", text, start.group(1), anchors.get(start.group(1)))

