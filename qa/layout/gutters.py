"""Where the columns of a page are: the gutter between two columns of running text, or the gutters of three or
four.

Owns: counting the page's running text strip by strip across its width, the widest strip few lines cross, and
the checks that tell prose columns from a table's (filled lines of similar width; for three or four columns,
breaks at each column's own height). Pure functions over segments; reading the columns in order is ``regions``'.
"""

from __future__ import annotations

from statistics import median

from qa.layout.glyphs import Segment

MIN_COLUMN_LINES = 4  # each side of a gutter needs this many lines of running text
NARROWEST = 0.5  # ems: the narrowest gutter (CSS columns an em apart leave about half an em clear of every glyph)
STEP = 2.0  # points: the width of the strips in which the page's text is counted to find a gutter


def find_gutter(segs: list[Segment], width: float, size: float) -> tuple[float, float] | None:
    """The x-range between two columns of running text, or None.

    Prose columns: many body-size segments stop before the gutter and many start after it, few cross it,
    and both sides are filled lines of similar width (a two-column table's first column is ragged and
    narrow). The gutter is looked for in the middle half of the page; failing that, in the middle half of the
    text block (``_gutter_in_block``)."""
    body = body_segments(segs, size)
    if len(body) < 2 * MIN_COLUMN_LINES:
        return None
    return _gutter(body, (0.25 * width, 0.75 * width), width, size) or _gutter_in_block(body, width, size)


def _gutter_in_block(body: list[Segment], width: float, size: float) -> tuple[float, float] | None:
    """The gutter of two columns that do not share the sheet's middle (a landscape page with a side panel, a narrow
    page set on the left of a wide sheet): looked for in the middle half of the text block, whose edges, like the
    columns', are where all but a twentieth of its lines start and end (a running header across the sheet
    widens neither). Rows padded apart, 1.75 em and more from baseline to baseline on both sides, are a table's:
    running text is set close."""
    starts, ends = sorted(s.x0 for s in body), sorted(s.x1 for s in body)
    left, right = _quantile(starts, 0.05), _quantile(ends, 0.95)
    found = _gutter(body, (left + 0.25 * (right - left), left + 0.75 * (right - left)), width, size, 0.1)
    if found is None:
        return None
    sides = ([s for s in body if s.x1 <= found[1] and s.x0 < found[0]],
             [s for s in body if s.x0 >= found[0] and s.x1 > found[1]])
    return None if all(_leading(side) >= 1.75 * size for side in sides) else found


def _gutter(body: list[Segment], within: tuple[float, float], width: float, size: float,
            outer: float = 0.0) -> tuple[float, float] | None:
    """The gutter found between ``within``'s x-bounds, or None. ``outer``: the share of each column's lines
    left out when its outer edge is measured (0: its outermost line)."""
    step, cover = STEP, _cover(body, width)
    first, last = int(within[0] / step), int(within[1] / step)
    best = _widest_run(cover, first, last, max(1, 0.04 * len(body)), step, size, NARROWEST)
    lowest = min(cover[first:last], default=0)
    if best is None and lowest <= 0.3 * len(body):
        # on a page that also holds full-width text (a table, a heading, a paragraph across both columns)
        # some lines cross the gutter: it is then where the fewest do
        best = _widest_run(cover, first, last, lowest + max(1, 0.04 * len(body)), step, size, NARROWEST)
    if best is None:
        return None
    lo, hi = best
    left = [s for s in body if s.x1 <= hi and s.x0 < lo]
    right = [s for s in body if s.x0 >= lo and s.x1 > hi]
    if len(left) < MIN_COLUMN_LINES or len(right) < MIN_COLUMN_LINES:
        return None
    left_edge = _quantile(sorted(s.x0 for s in left), outer)
    right_edge = _quantile(sorted(s.x1 for s in right), 1.0 - outer)
    left_width, right_width = lo - left_edge, right_edge - hi
    if not 0.6 <= left_width / max(right_width, 1.0) <= 1.6:
        return None
    # running text fills its column (table cells beside it are short and do not count); a column of short items
    # (key figures, a list, a quotation) beside a column of running text is a column too when the two break at
    # heights of their own: a table's rows break in every column at once
    filled = lambda side, w: median([s.x1 - s.x0 for s in side if len(s.text) > 15] or [0]) >= 0.7 * w  # noqa: E731
    full = (filled(left, left_width), filled(right, right_width))
    if not all(full) and not (any(full) and _apart(*((right, left) if full[0] else (left, right)), size)):
        return None
    # the gutter starts where the left column's text ends: what starts beyond that (a right column's
    # margin paragraph number, its subheadings) is the right column's, even inside the empty band; a few
    # cells of a table across the page may reach further, hence the 90th percentile
    ends = sorted(s.x1 for s in left)
    return min(lo, _quantile(ends, 0.9) + 1.0), hi


def _apart(short: list[Segment], prose: list[Segment], size: float) -> bool:
    """Whether a side of short items (``short``) is a column of its own beside a column of running text
    (``prose``), not a table's cells beside their row's wrapped cell: most of its lines stand off the prose's
    baselines (a table's cells start on their row's line), and it starts again after gaps (a heading, a box,
    an item) at heights of its own."""
    lines = {round(s.base, 1) for s in short}
    level = sum(any(abs(y - s.base) <= 0.15 * size for s in prose) for y in lines)
    if level >= 0.5 * len(lines):
        return False
    few, many = sorted((_breaks(short), _breaks(prose)), key=len)
    if not few or len(many) < 2:
        return False
    shared = [y for y in few if any(abs(y - z) <= 0.6 * size for z in many)]
    return len(shared) < 0.6 * len(few)


def _quantile(ordered: list[float], q: float) -> float:
    return ordered[int(q * (len(ordered) - 1))]


def find_three_columns(segs: list[Segment], width: float, size: float) -> list[tuple[float, float]] | None:
    """The two gutters of three text columns (a leaflet, a seven-minute briefing), or None: a gutter in each of
    the page's middle thirds' halves, and three columns of filled prose lines of similar width (a three-column
    table's cells are ragged and narrow)."""
    return _columns(segs, width, size, ((0.2, 0.47), (0.53, 0.8)))


def find_four_columns(segs: list[Segment], width: float, size: float) -> list[tuple[float, float]] | None:
    """The three gutters of four text columns (a landscape briefing's panels), or None: a gutter near each
    quarter of the page, and four columns as ``find_three_columns`` asks for three."""
    return _columns(segs, width, size, ((0.15, 0.37), (0.4, 0.6), (0.63, 0.85)))


def _columns(segs: list[Segment], width: float, size: float,
             windows: tuple[tuple[float, float], ...]) -> list[tuple[float, float]] | None:
    """One gutter in each of ``windows`` (shares of the page's width), each crossed by few lines, between
    columns of filled prose lines of similar width that break at heights of their own."""
    body = body_segments(segs, size)
    n = len(windows) + 1
    if len(body) < n * MIN_COLUMN_LINES:
        return None
    cover, limit = _cover(body, width), max(1, 0.04 * len(body))
    gutters = [_widest_run(cover, int(a * width / STEP), int(b * width / STEP), limit, STEP, size) for a, b in windows]
    if None in gutters:
        return None
    edges = [(-float("inf"), -float("inf"))] + gutters + [(float("inf"), float("inf"))]
    # a segment is a column's when it starts after the gutter on its left and ends before the one on its right
    columns = [[s for s in body if s.x0 >= left[0] and s.x1 <= right[1] and (k > 0 or s.x0 < right[0])
                and (k < n - 1 or s.x1 > left[1])]
               for k, (left, right) in enumerate(zip(edges, edges[1:]))]
    if any(len(c) < MIN_COLUMN_LINES for c in columns):
        return None
    widths = [gutters[0][0] - min(s.x0 for s in columns[0])]
    widths += [right[0] - left[1] for left, right in zip(gutters, gutters[1:])]
    widths += [max(s.x1 for s in columns[-1]) - gutters[-1][1]]
    if max(widths) > 1.6 * min(widths):
        return None
    if any(median([s.x1 - s.x0 for s in c if len(s.text) > 15] or [0]) < 0.7 * w for c, w in zip(columns, widths)):
        return None
    # a table's rows start in every column at once; prose columns break (a new paragraph, a heading) each at its own
    # height
    breaks = [_breaks(c) for c in columns]
    shared = [y for y in breaks[0] if all(any(abs(y - z) <= 0.6 * size for z in other) for other in breaks[1:])]
    if breaks[0] and len(shared) >= 0.6 * len(breaks[0]):
        return None
    return gutters


def body_segments(segs: list[Segment], size: float) -> list[Segment]:
    """Segments of running text: in the body's type size, longer than a paragraph number."""
    return [s for s in segs if 0.85 * size <= s.size <= 1.15 * size and len(s.text) > 3]


def _cover(body: list[Segment], width: float) -> list[int]:
    """How many segments cross each ``STEP``-wide strip of the page, left to right."""
    bins = int(width / STEP) + 1
    cover = [0] * bins
    for s in body:
        for b in range(max(0, int(s.x0 / STEP)), min(bins, int(s.x1 / STEP) + 1)):
            cover[b] += 1
    return cover


def _leading(column: list[Segment]) -> float:
    """The usual distance from one of a column's baselines to the next."""
    bases = sorted({round(s.base, 1) for s in column}, reverse=True)
    return median([a - b for a, b in zip(bases, bases[1:])] or [0.0])


def _breaks(column: list[Segment]) -> list[float]:
    """The heights at which a column's text starts again after a gap wider than one and a half of its lines'
    usual spacing."""
    bases = sorted({round(s.base, 1) for s in column}, reverse=True)
    usual = _leading(column)
    return [b for a, b in zip(bases, bases[1:]) if a - b > 1.5 * usual]


def _widest_run(cover: list[int], first: int, last: int, limit: float, step: float, size: float,
                least: float = 0.8) -> tuple[float, float] | None:
    """The widest x-range (at least ``least`` ems) starting between ``first`` and ``last`` crossed by at most
    ``limit`` lines."""
    best: tuple[float, float] | None = None
    b = first
    while b < last:
        if cover[b] <= limit:
            e = b
            while e + 1 < len(cover) and cover[e + 1] <= limit:
                e += 1
            if (e - b + 1) * step >= least * size and (best is None or (e - b) * step > best[1] - best[0]):
                best = (b * step, (e + 1) * step)
            b = e + 1
        else:
            b += 1
    return best


def split_at_narrow_gutter(segs: list[Segment], size: float, width: float) -> list[Segment]:
    """Segments cut where they cross a gutter narrower than a segment gap (``glyphs.SEGMENT_GAP``): two justified
    columns set about an em apart join, line by line, into segments across the page. The gutter is a strip in the
    middle of the page, at least half an em wide, that the glyphs of at most one line in thirty cross, with the
    running text of eight lines or more on each side of it (a word space moves from line to line; a gutter does
    not). A segment whose glyphs leave a gap inside the strip is cut there; the others stay as they are."""
    body = [g for s in segs for g in s.glyphs if 0.85 * size <= g.size <= 1.15 * size and not g.char.isspace()]
    lines = {round(g.base) for g in body}
    if len(lines) < 16:
        return segs
    step = 1.0
    cover = [set() for _ in range(int(width / step) + 2)]
    for g in body:
        for b in range(max(0, int(g.x0 / step)), min(len(cover), int(g.x1 / step) + 1)):
            cover[b].add(round(g.base))
    limit = max(1, len(lines) // 30)
    best = _widest_run([len(c) for c in cover], int(0.3 * width / step), int(0.7 * width / step), limit, step, size,
                       least=NARROWEST)
    if best is None:
        return segs
    lo, hi = best
    left = {round(g.base) for g in body if lo - 1.5 * size <= g.x1 <= lo + step}
    right = {round(g.base) for g in body if hi - step <= g.x0 <= hi + 1.5 * size}
    if len(left) < 8 or len(right) < 8:
        return segs
    out = []
    for seg in segs:
        # a glyph ending at the strip's left edge and the next starting at its right edge (the strip is a bin wide
        # at least, so both lie on their sides of it); or, for the few lines of the left column that reach into the
        # strip, a glyph ending in its left half and the next starting right at its right edge, where the right
        # column's lines start (a word space is rarely there)
        cut = next((k for k in range(1, len(seg.glyphs)) if seg.glyphs[k - 1].x1 < seg.glyphs[k].x0 and (
            seg.glyphs[k - 1].x1 <= lo + step and seg.glyphs[k].x0 >= hi - step
            or seg.glyphs[k - 1].x1 <= (lo + hi) / 2 and hi - step <= seg.glyphs[k].x0 <= hi + step)), None)
        if cut is None:
            out.append(seg)
            continue
        out += [Segment(seg.glyphs[:cut]).finish(), Segment(seg.glyphs[cut:]).finish()]
    return out
