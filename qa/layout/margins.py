"""Paragraph numbers printed in the page's margin, apart from the text they number.

Owns: finding a narrow strip at the page's left or right edge that holds only paragraph numbers (4, 4.2,
4.4.2 — each following the one above as a report's numbering does) beside lines of running text, and
attaching each number to the text line at its height, so that line starts its paragraph with the number in
reading order ("2.1.1 The CPC appointed …"). Such a strip is neither a column nor an aside (a tinted band
behind the numbers is no sidebar). A page without one is left as it is.
"""

from __future__ import annotations

import re

from qa.layout.glyphs import Segment

NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,3}){0,3}\.?$")  # a paragraph number alone: "4", "4.2", "4.4.2", "12."


def _parts(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.rstrip(".").split("."))


def _follows(previous: tuple[int, ...], number: tuple[int, ...]) -> bool:
    """Does ``number`` come after ``previous`` in one numbering: a later number at the first level where
    they differ (by at most three, for numbers set in the text rather than the margin, such as a heading's),
    and deeper levels starting again low (4.3.6 → 4.4.1, 2.1.2 → 2.2.1, 6 → 7)."""
    for k, (a, b) in enumerate(zip(previous, number)):
        if a != b:
            return 1 <= b - a <= 3 and all(c <= 2 for c in number[k + 1 :])
    return len(number) > len(previous) and all(c <= 2 for c in number[len(previous) :])  # 4.4 → 4.4.1


def attach_margin_numbers(lines: list[list[Segment]], size: float) -> tuple[list[list[Segment]], set[int]]:
    """Lines with each margin paragraph number moved onto the text line at its height (the number leads
    that line's text, in the column beside it), and the ids of the number segments taken; the lines unchanged
    when the page has no strip of margin numbers (text in the margin, numbers out of sequence, or every line
    numbered — a contents page's page numbers). A page in two columns may number each column's paragraphs in
    its outer margin: the left column's on the left, the right column's on the right."""
    taken: set[int] = set()
    for side in ("left", "right"):
        found = _strip(lines, size, side)
        if found:
            lines = _attach(lines, found, size)
            taken |= {id(seg) for seg, _ in found}
    return lines, taken


def _is_text(seg: Segment) -> bool:
    """A segment of words (not a number, not a lone bullet or rule)."""
    return not NUMBER.match(seg.text) and sum(c.isalnum() for c in seg.text) >= 2


def _strip(lines: list[list[Segment]], size: float, side: str) -> list[tuple[Segment, list[Segment]]]:
    """(number, the line it numbers) for each number in the margin strip on ``side``, or [] when there is none."""
    # the strip lies beyond every word of running text on the page (words in the margin move the edge out, so
    # a margin holding a column or a sidebar of text has no strip) and stands apart from them by at least an
    # em; headings (bold, or set larger) and the running header and footer (above and below the running text)
    # may stand out in it, notes in small type beside the text may not
    words = [s for line in lines for s in line if _is_text(s)]
    body = [s.base for s in words if 0.9 * size <= s.size <= 1.1 * size and not s.bold]
    if not body:
        return []
    top, bottom = max(body) + 0.5 * size, min(body) - 0.5 * size
    text = [s for s in words if s.size <= 1.1 * size and not s.bold and bottom <= s.base <= top]
    gap = size
    if side == "left":
        edge = min(s.x0 for s in text)
        outside = lambda s: s.x1 <= edge - gap  # noqa: E731
    else:
        edge = max(s.x1 for s in text)
        outside = lambda s: s.x0 >= edge + gap  # noqa: E731
    found: list[tuple[Segment, list[Segment]]] = []
    for line in lines:
        for seg in line:
            if not outside(seg) or not NUMBER.match(seg.text):
                continue
            target = _line_at(lines, seg, size, outside)
            if target is not None:
                found.append((seg, target))
    if not found:
        return []
    numbers = [_parts(seg.text) for seg, _ in found]
    if not all(_follows(a, b) for a, b in zip(numbers, numbers[1:])):
        return []
    if len({id(line) for _, line in found}) < len(found):
        return []  # two numbers beside one line
    # a paragraph runs on below its number: running text has lines with no number beside them
    numbered = {id(line) for _, line in found}
    beside = [line for line in lines if any(_is_text(s) and not outside(s) for s in line)]
    if sum(id(line) not in numbered for line in beside) < len(found):
        return []
    return found


def _line_at(lines: list[list[Segment]], number: Segment, size: float, outside) -> list[Segment] | None:
    """The text line level with a margin number: its baseline, or its top, within half a line of the number's;
    a line of body text or a heading, and the number not set larger than it."""
    best, distance = None, None
    for line in lines:
        words = [s for s in line if not outside(s) and _is_text(s)]
        if not words:
            continue
        first = words[0]
        if first.size < 0.85 * size or number.size > 1.15 * first.size:
            continue  # a footer or caption in small type, or a page number set large: not a paragraph's number
        off = min(abs(first.base - number.base), abs((first.base + first.size) - (number.base + number.size)))
        if off <= 0.5 * max(first.size, size) and (distance is None or off < distance):
            best, distance = line, off
    return best


def _attach(lines: list[list[Segment]], found: list[tuple[Segment, list[Segment]]], size: float) -> list[list[Segment]]:
    """Each number taken out of its place and written before the first words of its line in the column nearest
    it: a line's segments set closer than an em are one column's line, a wider gap is the gutter."""
    taken = {id(seg) for seg, _ in found}
    lead = {id(line): seg for seg, line in found}
    out = []
    for line in lines:
        kept = [s for s in line if id(s) not in taken]
        number = lead.get(id(line))
        if number is not None and kept:
            first = 0
            if number.x0 > kept[-1].x1:  # on the right: the words of the last column of the line
                first = len(kept) - 1
                while first and kept[first].x0 - kept[first - 1].x1 < size:
                    first -= 1
            kept[first].text = f"{number.text} {kept[first].text}"
        if kept:
            out.append(kept)
    return out
