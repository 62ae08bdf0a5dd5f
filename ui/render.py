"""PDF page -> image, with the quoted text boxed, using pypdfium2.

How the quote is found on the page
----------------------------------
1. pdfium's text page gives one Unicode character per index (``FPDFText_GetUnicode``); each character
   is NFKC-normalised and case-folded, and only letters and digits are kept, remembering for each kept
   character the pdfium index it came from. The quote is reduced the same way. Comparing these
   alphanumeric streams ignores what text cleaning changed: line breaks, hyphenation at line ends,
   spacing, quote marks and ligatures.
2. The quote is searched in that stream. Found: its pdfium character range is known exactly.
3. Not found (e.g. the quoted sentence runs over a page break): the longest run of words shared by the
   quote and the page is taken, and it is accepted only if it is most of the quote
   (``MIN_SHARE``), or the start of the quote with the rest verified at the top of the next page, or
   the end of the quote with the start verified on the previous page. Anything weaker gives no box,
   because a wrong highlight is worse than none. A quote found in more than one place is boxed only
   where it is not in a running header or footer (the same text at the same height on the next or previous
   page), and only if that leaves one place.
4. pdfium merges the character range into one rectangle per line (``FPDFText_CountRects`` /
   ``FPDFText_GetRect``), in PDF user space; ``FPDF_PageToDevice`` (pypdfium2 ``PdfPosConv``) maps
   each corner to bitmap pixels for the exact render used, so page rotation, crop box offsets and
   scale are accounted for by pdfium itself.

Steps 1–3 and the rectangles of step 4 are ``ui.locate``'s (over ``ui.quotes``' matching): this module renders
the page, maps the rectangles to pixels and draws them, caches previews, stacks two pages and crops a
close-up. ``locate`` and the matching names are re-exported here.

pdfium is not thread-safe: every call into it goes through ``_PDFIUM_LOCK`` (``ui.locate``'s).
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

from ui.locate import (  # noqa: F401 - locate is re-exported: tests call it as ui.render.locate
    _PDFIUM_LOCK,
    _chars_of,
    _one_place,
    _page_chars,
    _rects,
    locate,
)
from ui.quotes import (  # noqa: F401 - the matching is part of what this module offers
    MIN_SHARE,
    MIN_WORDS,
    Match,
    alnum_stream,
    find_all_in_chars,
    find_in_chars,
    longest_shared_run,
    match_quote,
    normalise,
    words_with_spans,
)

PREVIEW_WIDTH = 1000  # pixels; the page is scaled to this width
MAX_PREVIEW_HEIGHT = 2400  # guard for very tall pages
HIGHLIGHT_FILL = (255, 214, 0, 80)
HIGHLIGHT_OUTLINE = (214, 110, 0, 255)
HIGHLIGHT_PAD = 3  # pixels around each line box
CACHE_SIZE = 48


@dataclass
class Preview:
    """A rendered page: the image, the highlight boxes (pixels: left, top, right, bottom) and a note.

    ``status``: "found" (whole quote boxed), "partial" (part boxed, ``note`` says why), "not_found"
    (page shown without a box), "unavailable" (no image: the PDF or page cannot be opened).
    """

    image: Image.Image | None
    boxes: list[tuple[int, int, int, int]]
    status: str
    note: str
    page: int
    pages: int = 0
    scale: float = 0.0


# --------------------------------------------------------------------------------------------------
# the page image
# --------------------------------------------------------------------------------------------------


def _pixel_box(conv, rect: tuple[float, float, float, float], size: tuple[int, int]) -> tuple[int, int, int, int]:
    left, bottom, right, top = rect
    corners = [conv.to_bitmap(x, y) for x, y in ((left, bottom), (left, top), (right, bottom), (right, top))]
    xs = [c[0] for c in corners]
    ys = [c[1] for c in corners]
    width, height = size
    return (
        max(0, min(xs) - HIGHLIGHT_PAD),
        max(0, min(ys) - HIGHLIGHT_PAD),
        min(width - 1, max(xs) + HIGHLIGHT_PAD),
        min(height - 1, max(ys) + HIGHLIGHT_PAD),
    )


def _draw(image: Image.Image, boxes: list[tuple[int, int, int, int]]) -> Image.Image:
    if not boxes:
        return image
    base = image.convert("RGBA")
    overlay = Image.new("RGBA", base.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for box in boxes:
        draw.rectangle(box, fill=HIGHLIGHT_FILL)
    for box in boxes:
        draw.rectangle(box, outline=HIGHLIGHT_OUTLINE, width=2)
    return Image.alpha_composite(base, overlay).convert("RGB")


def render_page(
    pdf_path: str | os.PathLike,
    page: int,
    quote: str | None = None,
    width: int = PREVIEW_WIDTH,
) -> Preview:
    """Render 1-based ``page`` of ``pdf_path`` at ``width`` pixels, boxing ``quote`` if it is found."""
    import pypdfium2 as pdfium

    path = Path(pdf_path)
    if not path.is_file():
        return Preview(None, [], "unavailable", f"The PDF is no longer at {path}; the page cannot be shown.", page)
    try:
        with _PDFIUM_LOCK:
            pdf = pdfium.PdfDocument(str(path))
            try:
                total = len(pdf)
                if not 1 <= page <= total:
                    return Preview(None, [], "unavailable", f"The PDF has {total} pages; page {page} does not exist.", page, total)
                p = pdf[page - 1]
                try:
                    page_width, page_height = p.get_size()  # rotation already applied
                    scale = width / page_width if page_width > 0 else 1.0
                    if page_height * scale > MAX_PREVIEW_HEIGHT:
                        scale = MAX_PREVIEW_HEIGHT / page_height
                    bitmap = p.render(scale=scale, rotation=0, may_draw_forms=False)
                    image = bitmap.to_pil().convert("RGB")
                    boxes: list[tuple[int, int, int, int]] = []
                    match = Match("not_found", note="")
                    if quote and quote.strip():
                        textpage = p.get_textpage()
                        try:
                            chars = _page_chars(textpage)
                            match = match_quote(chars, quote)
                            if match.status == "not_found" and chars:
                                match = match_quote(
                                    chars, quote, _chars_of(pdf, page), _chars_of(pdf, page - 2)
                                )
                            match = _one_place(pdf, page, textpage, match, quote)
                            rects = _rects(textpage, match)
                        finally:
                            textpage.close()
                        conv = bitmap.get_posconv(p)
                        boxes = [_pixel_box(conv, r, image.size) for r in rects]
                    bitmap.close()
                finally:
                    p.close()
            finally:
                pdf.close()
    except Exception as exc:  # noqa: BLE001 - a preview must never break the answer
        return Preview(None, [], "unavailable", f"This page could not be rendered ({type(exc).__name__}).", page)
    if quote and quote.strip():
        if boxes:
            status, note = match.status, match.note
        else:
            status = "not_found"
            note = match.note if match.status == "not_found" else (
                "The quoted text could not be located on this page, so nothing is highlighted."
            )
    else:
        status, note = "not_found", ""
    return Preview(_draw(image, boxes), boxes, status, note, page, total, scale)


class PreviewCache:
    """A small LRU of rendered previews keyed by file identity (path, size, mtime), page, quote, width."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self._items: OrderedDict[tuple, Preview] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, pdf_path: str | os.PathLike, page: int, quote: str | None, width: int = PREVIEW_WIDTH) -> Preview:
        try:
            stat = os.stat(pdf_path)
            ident = (str(pdf_path), stat.st_size, stat.st_mtime_ns)
        except OSError:
            return render_page(pdf_path, page, quote, width)
        key = (ident, page, quote or "", width)
        with self._lock:
            hit = self._items.get(key)
            if hit is not None:
                self._items.move_to_end(key)
                return hit
        preview = render_page(pdf_path, page, quote, width)
        if preview.image is not None:
            with self._lock:
                self._items[key] = preview
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
        return preview


def stack(first: Preview, second: Preview) -> Preview:
    """Two rendered pages one above the other, each with its part of the quote boxed: the preview of a
    quote that runs over a page break ("pp. 12–13"). The status is the better of the two; boxes move with
    the second page."""
    if first.image is None or second.image is None:
        return first if first.image is not None else second
    gap = 12
    width = max(first.image.width, second.image.width)
    image = Image.new("RGB", (width, first.image.height + gap + second.image.height), (255, 255, 255))
    image.paste(first.image, (0, 0))
    image.paste(second.image, (0, first.image.height + gap))
    shift = first.image.height + gap
    boxes = first.boxes + [(x0, y0 + shift, x1, y1 + shift) for x0, y0, x1, y1 in second.boxes]
    status = "found" if first.boxes and second.boxes else (first.status if first.boxes else second.status)
    note = "" if status == "found" else (first.note or second.note)
    return Preview(image, boxes, status, note, first.page, first.pages, first.scale)


def closeup(preview: Preview, margin: int = 36, min_height: int = 180) -> Image.Image | None:
    """The part of a rendered page around its boxes, at the preview's own scale (about 18 px for 11 pt type):
    legible on a phone when shown at its natural size in a scrollable frame. None when nothing is boxed."""
    if preview.image is None or not preview.boxes:
        return None
    left = max(0, min(b[0] for b in preview.boxes) - margin)
    right = min(preview.image.width, max(b[2] for b in preview.boxes) + margin)
    top = max(0, min(b[1] for b in preview.boxes) - margin)
    bottom = min(preview.image.height, max(b[3] for b in preview.boxes) + margin)
    if bottom - top < min_height:
        grow = (min_height - (bottom - top)) // 2
        top, bottom = max(0, top - grow), min(preview.image.height, bottom + grow)
    return preview.image.crop((left, top, right, bottom))
