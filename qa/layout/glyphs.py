"""Characters of one PDF page with their positions → segments and lines (pdfium).

Owns: reading each character's loose box, baseline, size and weight from a pdfium text page; the filled
rectangles drawn on the page (tinted boxes) and its images; grouping characters into segments (text on one baseline with no
gap wider than a word space; ligatures kept whole) and segments into lines; telling footnote markers (digits
set smaller and raised after a word, or a font's own superior figures, small ink drawn high) from the text. Pure functions apart from ``page_glyphs`` and
``filled_boxes``, ``image_boxes``.
"""

from __future__ import annotations

from collections import Counter
import ctypes
import re
import unicodedata
from dataclasses import dataclass, field
from statistics import median
from typing import Any

from qa.tables import join_wrapped

SEGMENT_GAP = 0.9  # a gap wider than this many ems ends a segment (word spaces are 0.25–0.6 em; gutters wider)
UNIT_SIZE = 1.5  # a font size at most this is a unit size the text matrix scales (no body is set in 1.5 pt)
TIGHT = 0.05  # a gap narrower than this many ems is no word space (the narrowest, squeezed, are over 0.1 em)


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
    markers: list[tuple[str, str]] = field(default_factory=list)  # (footnote number, the words it follows)

    def finish(self) -> Segment:
        sizes = [g.size for g in self.glyphs]
        self.size = max(sizes)
        main = [g for g in self.glyphs if g.size >= 0.85 * self.size]
        self.base = median(g.base for g in main)
        self.x0 = min(g.x0 for g in self.glyphs)
        self.x1 = max(g.x1 for g in self.glyphs)
        self.text, self.markers = spell(self.glyphs, self.size, self.base, set())
        return self

    def drop_markers(self, numbers: set[str]) -> None:
        """Respell without the footnote markers whose notes were found on the page."""
        if any(number in numbers for number, _ in self.markers):
            self.text, _ = spell(self.glyphs, self.size, self.base, numbers)

    @property
    def bold(self) -> bool:
        return sum(g.bold for g in self.glyphs) > 0.6 * len(self.glyphs)


def spell(glyphs: list[Glyph], size: float, base: float, drop: set[str]) -> tuple[str, list[tuple[str, str]]]:
    """A segment's text, and its candidate footnote markers: digits set smaller and raised right after a
    word. A marker is dropped from the text when its number is in ``drop`` (its note is on the page): "km²"
    keeps its 2."""
    out: list[str] = []
    markers: list[tuple[str, str]] = []
    i = 0
    while i < len(glyphs):
        g = glyphs[i]
        raised = g.size < 0.85 * size and g.base > base + 0.15 * size
        # set tight against the word: a space the text stream adds between two runs (a browser writes the
        # superscript as its own run) is not a gap on the page
        tight = not g.space_before or (i > 0 and g.x0 - glyphs[i - 1].x1 < 0.15 * size)
        if raised and g.char.isdigit() and out and tight and out[-1].strip():
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
    ink = [ctypes.c_double() for _ in range(4)]  # the tight box (left, right, bottom, top): a figure's ink
    ink_refs = [ctypes.byref(v) for v in ink]
    matrix = pdfium_c.FS_MATRIX()
    glyphs: list[Glyph] = []
    fonts: dict[int | None, bool] = {}
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
        size = float(pdfium_c.FPDFText_GetFontSize(raw, i))
        if size <= UNIT_SIZE and pdfium_c.FPDFText_GetMatrix(raw, i, matrix):
            # type set at size 1 and drawn scaled by its matrix (cairo, borb, InDesign): the scale is the size
            size *= abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
        size = size or abs(rect.top - rect.bottom) or 1.0
        bold = _bold(raw, i, fonts)
        base = oy.value
        if char.isdigit() and pdfium_c.FPDFText_GetCharBox(raw, i, *ink_refs):
            base, small = _superior_figure(ink[2].value, ink[3].value, base, size)
            char, size = (unicodedata.normalize("NFKC", char) if small < size else char), small  # "⁵" is a 5
        glyphs.append(Glyph(char, rect.left, max(rect.right, rect.left), base, size, bold, pending_space))
        pending_space = False
    return glyphs


# a superior figure's ink starts this many ems above the baseline and is at most this tall (a lining figure stands
# on the baseline, 0.65–0.75 em tall); it is read as set at this share of the size
SUPERIOR_RISE, SUPERIOR_HEIGHT, SUPERIOR_SIZE = 0.18, 0.5, 0.6


def _superior_figure(bottom: float, top: float, base: float, size: float) -> tuple[float, float]:
    """A font's own superscript figure (OpenType ``sups``, Unicode ¹²³: Typst and many typesetters set footnote
    markers so) is drawn at the text's size on its baseline, its ink (``bottom`` to ``top``) small and high: read it
    as what it is, a figure set smaller (0.6) and raised to where its ink starts. Any other figure as it is."""
    if bottom - base >= SUPERIOR_RISE * size and 0 < top - bottom <= SUPERIOR_HEIGHT * size:
        return bottom, SUPERIOR_SIZE * size
    return base, size


_BOLD_NAME = re.compile(r"bold|black|heavy|demi|semibold", re.IGNORECASE)
_FORCE_BOLD = 1 << 18  # font descriptor flag 19


def _bold(raw: Any, i: int, fonts: dict[int | None, bool]) -> bool:
    """Is character ``i`` set in a bold face: by the font's weight, its ForceBold flag or its name
    ("Helvetica-Bold": the standard fonts give no weight). Looked up once per text object."""
    import pypdfium2.raw as pdfium_c

    key = ctypes.cast(pdfium_c.FPDFText_GetTextObject(raw, i), ctypes.c_void_p).value
    if key not in fonts:
        name, flags = ctypes.create_string_buffer(128), ctypes.c_int()
        pdfium_c.FPDFText_GetFontInfo(raw, i, name, len(name), ctypes.byref(flags))
        fonts[key] = (pdfium_c.FPDFText_GetFontWeight(raw, i) >= 600 or bool(flags.value & _FORCE_BOLD)
                      or bool(_BOLD_NAME.search(name.value.decode("latin-1"))))
    return fonts[key]


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


def image_boxes(page: Any) -> list[tuple[float, float, float, float]]:
    """(x0, y0, x1, y1) of each image on the page 20 points wide and high at least (a photograph, a chart)."""
    import pypdfium2.raw as pdfium_c

    found = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        x0, y0, x1, y1 = obj.get_bounds()
        if x1 - x0 > 20 and y1 - y0 > 20:
            found.append((x0, y0, x1, y1))
    return found


def segments(glyphs: list[Glyph]) -> list[Segment]:
    """Glyphs → segments: runs on one baseline with no gap wider than SEGMENT_GAP ems, read left to right."""
    runs: list[list[Glyph]] = []
    for g in glyphs:  # content-stream order first: it keeps a line's glyphs together
        run = runs[-1] if runs else None
        if run is not None:
            last = run[-1]
            em = max(last.size, g.size)
            same_line = abs(g.base - last.base) <= 0.5 * em or _superscript(g, last)
            ligature = abs(g.x0 - last.x0) < 0.01 and abs(g.x1 - last.x1) < 0.01  # "ﬃ" → f, f, i in one box
            # a glyph starting inside the last one's box, after its start: that box is wider than its advance (a
            # capital with a tail, an italic's overhang: Typst's bold "Q" reaches 0.4 em over the "u" after it)
            inside = last.x0 < g.x0 < last.x1
            if same_line and (ligature or inside or -0.3 * em <= g.x0 - last.x1 <= SEGMENT_GAP * em):
                if g.x0 - last.x1 > 0.15 * em:
                    g.space_before = True
                elif g.x0 - last.x1 < TIGHT * em and g.size == last.size:
                    # set tight against the last glyph, in its size: no word space on the page, whatever space the
                    # text stream puts between them (a browser writing each glyph as a run of its own: "W e u s e")
                    g.space_before = False
                run.append(g)
                continue
        runs.append([g])
    pieces = sorted((Segment(run).finish() for run in runs), key=lambda s: (-round(s.base), s.x0))
    merged: list[Segment] = []
    for piece in pieces:  # runs the stream wrote apart that sit side by side on one baseline
        for other in reversed(merged[-6:]):
            em = max(other.size, piece.size)
            raised = _superscript(piece.glyphs[0], other.glyphs[-1]) or _note_number(other, piece)
            if (abs(other.base - piece.base) <= 0.3 * em or raised) and 0 <= piece.x0 - other.x1 <= SEGMENT_GAP * em:
                piece.glyphs[0].space_before = piece.x0 - other.x1 > 0.15 * em or piece.glyphs[0].space_before
                other.glyphs.extend(piece.glyphs)
                other.finish()
                break
        else:
            merged.append(piece)
    return merged


def _superscript(g: Glyph, last: Glyph) -> bool:
    """``g`` is set smaller and raised (up to 0.8 em) tight after ``last``: a superscript (a footnote marker
    raised more than half an em) on ``last``'s line."""
    return g.size < 0.85 * last.size and 0 < g.base - last.base <= 0.8 * last.size \
        and -0.1 * last.size <= g.x0 - last.x1 <= 0.15 * last.size


def _note_number(number: Segment, text: Segment) -> bool:
    """``number`` is a footnote's number set small and raised (up to 0.8 em) just before its note's text, closer
    than a table's cells stand (0.6 em)."""
    return number.text.isdigit() and len(number.text) <= 3 and number.size < 0.85 * text.size \
        and 0 < number.base - text.base <= 0.8 * text.size and text.x0 - number.x1 <= 0.6 * text.size


def lines_of(segs: list[Segment]) -> list[list[Segment]]:
    """Segments → lines (top to bottom), each line's segments left to right."""
    lines: list[list[Segment]] = []
    for seg in sorted(segs, key=lambda s: -s.base):
        if lines and abs(lines[-1][0].base - seg.base) <= 0.3 * max(seg.size, lines[-1][0].size):
            lines[-1].append(seg)
        else:
            lines.append([seg])
    return [sorted(line, key=lambda s: s.x0) for line in lines]


def body_size(glyphs: list[Glyph], document: Counter | None = None) -> float:
    """The running text's type size: the largest size that sets at least a third of the page's characters
    (a page half filled by a table in smaller type keeps its prose's size), else the median size. ``document``:
    the characters of the document's pages read so far by size; its running text's size (the commonest) stands
    for the page when it is larger than the page's own pick and sets a fifth of the page or more (prose beside a
    chronology table in smaller type that fills most of the page)."""
    sizes = sorted(round(g.size, 1) for g in glyphs)
    if not sizes:
        return 10.0
    common = [size for size in set(sizes) if sizes.count(size) >= len(sizes) / 3]
    own = max(common) if common else sizes[len(sizes) // 2]
    running = running_size(document) or own
    return running if running > own and sizes.count(running) >= len(sizes) / 5 else own


def running_size(document: Counter | None, least: int = 0) -> float | None:
    """The commonest type size of the document's pages read so far (``document``: characters by size), once at
    least ``least`` characters have been read, else None."""
    if not document or sum(document.values()) < least:
        return None
    return document.most_common(1)[0][0]


def without(lines: list[list[Segment]], taken: set[int]) -> list[list[Segment]]:
    """``lines`` less the segments whose ids are in ``taken`` (taken out as notes or asides), empty lines dropped."""
    kept = [[s for s in line if id(s) not in taken] for line in lines]
    return [line for line in kept if line]


def line_text(line: list[Segment]) -> str:
    return " ".join(s.text for s in line)


def join_lines(texts: list[str]) -> str:
    out = ""
    for text in texts:
        out = join_wrapped(out, text)
    return out
