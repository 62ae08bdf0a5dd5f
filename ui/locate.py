"""Where a quote is on a PDF page, through pdfium: the page's characters (one per pdfium index), the match
(``ui.quotes``) kept only where it is in one place and not in a running header or footer, and its line
rectangles in PDF user space. ``ui.render`` maps the rectangles to pixels and draws them (see its docstring
for the steps).

pdfium is not thread-safe: every call into it goes through ``_PDFIUM_LOCK`` (``ui.render`` takes the same lock).
"""

from __future__ import annotations

import os
import threading

from ui.quotes import Match, find_all_in_chars, match_quote

RUNNING_TOLERANCE = 3.0  # points: the same text this close in height on the next page is a running header

_PDFIUM_LOCK = threading.RLock()


def _page_chars(textpage) -> list[str]:
    import pypdfium2.raw as pdfium_c

    out = []
    for i in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(textpage, i)
        try:
            out.append(chr(code) if code else " ")
        except (ValueError, OverflowError):
            out.append(" ")
    return out


def _chars_of(pdf, index: int) -> list[str] | None:
    if index < 0 or index >= len(pdf):
        return None
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            return _page_chars(textpage)
        finally:
            textpage.close()
    finally:
        page.close()


def locate(pdf_path: str | os.PathLike, page: int, quote: str) -> tuple[Match, list[tuple[float, float, float, float]]]:
    """Find ``quote`` on 1-based ``page``: the match and its boxes in PDF user space (l, b, r, t)."""
    import pypdfium2 as pdfium

    with _PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(str(pdf_path))
        try:
            p = pdf[page - 1]
            textpage = p.get_textpage()
            try:
                chars = _page_chars(textpage)
                match = match_quote(chars, quote)
                if match.status == "not_found" and chars:
                    match = match_quote(chars, quote, _chars_of(pdf, page), _chars_of(pdf, page - 2))
                match = _one_place(pdf, page, textpage, match, quote)
                return match, _rects(textpage, match)
            finally:
                textpage.close()
                p.close()
        finally:
            pdf.close()


def _tops(textpage, places: list[tuple[int, int]]) -> list[float]:
    """The top (PDF user space) of each place's first line."""
    return [max((r[3] for r in _rects(textpage, Match("found", [place]))), default=-1.0) for place in places]


def _running_tops(pdf, page: int, quote: str) -> list[float]:
    """Where ``quote`` sits on the pages before and after 1-based ``page`` (tops of its places there)."""
    tops: list[float] = []
    for index in (page - 2, page):
        if not 0 <= index < len(pdf):
            continue
        other = pdf[index]
        try:
            textpage = other.get_textpage()
            try:
                tops += _tops(textpage, find_all_in_chars(_page_chars(textpage), quote))
            finally:
                textpage.close()
        finally:
            other.close()
    return tops


def _one_place(pdf, page: int, textpage, match: Match, quote: str) -> Match:
    """The quote's place on the page, leaving out a running header or footer: a place where the previous or
    next page has the same text at the same height (within ``RUNNING_TOLERANCE`` points). Text cleaning
    removes running headers from passages, so a quote is never taken from one. If more than one place is
    left, nothing is boxed (which one the answer came from is not known); if none is, nothing either."""
    if match.status != "found":
        return match
    places = [*match.ranges, *match.others]
    running = _running_tops(pdf, page, quote)
    body = [place for place, top in zip(places, _tops(textpage, places))
            if not any(abs(top - other) <= RUNNING_TOLERANCE for other in running)]
    if len(body) == 1:
        return Match("found", body, match.note)
    if not body:
        return Match("not_found", note="The quoted text is only in this page's running header or footer, so "
                                       "nothing is highlighted.")
    return Match("not_found", note="The quoted text appears more than once on this page, so nothing is highlighted.")


def _rects(textpage, match: Match) -> list[tuple[float, float, float, float]]:
    rects = []
    for first, count in match.ranges:
        n = textpage.count_rects(first, count)
        for k in range(n):
            rects.append(textpage.get_rect(k))
    return rects
