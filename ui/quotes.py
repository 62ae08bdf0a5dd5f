"""Where a quote is in a page's characters: pure functions over pdfium's one-character-per-index text,
tested without PDFs. ``ui.locate`` turns the character ranges into rectangles on the page and ``ui.render``
into boxes (see its docstring for the steps).
"""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass, field

MIN_WORDS = 4  # shortest word run accepted when only part of the quote is on the page
MIN_SHARE = 0.8  # share of the quote's words a partial match must cover when not at a page break


@dataclass
class Match:
    """Where a quote is on a page: pdfium character range(s) and how it was found."""

    status: str  # "found" | "partial" | "not_found"
    ranges: list[tuple[int, int]] = field(default_factory=list)  # (first char index, count)
    note: str = ""
    others: list[tuple[int, int]] = field(default_factory=list)  # further places the whole quote is found


# --------------------------------------------------------------------------------------------------
# text matching (pure functions, tested without PDFs)
# --------------------------------------------------------------------------------------------------


def alnum_stream(chars: list[str]) -> tuple[str, list[int]]:
    """Letters and digits of ``chars`` (one entry per pdfium index), NFKC + casefolded, with origins."""
    out: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(chars):
        if ch.isascii():
            folded = ch.lower()
        else:
            folded = unicodedata.normalize("NFKC", ch).casefold()
        for c in folded:
            if c.isalnum():
                out.append(c)
                origin.append(index)
    return "".join(out), origin


def normalise(text: str) -> str:
    return alnum_stream(list(text))[0]


def words_with_spans(chars: list[str]) -> list[tuple[str, int, int]]:
    """Words (alphanumeric runs, normalised) with their first and last pdfium index."""
    words: list[tuple[str, int, int]] = []
    current: list[str] = []
    first = last = -1
    for index, ch in enumerate(chars):
        folded = ch.lower() if ch.isascii() else unicodedata.normalize("NFKC", ch).casefold()
        kept = "".join(c for c in folded if c.isalnum())
        if kept and folded.isalnum():
            if not current:
                first = index
            current.append(kept)
            last = index
        else:
            if current:
                words.append(("".join(current), first, last))
                current = []
    if current:
        words.append(("".join(current), first, last))
    return words


def _quote_words(quote: str) -> list[str]:
    return [w for w, _, _ in words_with_spans(list(quote))]


def find_in_chars(chars: list[str], quote: str) -> tuple[int, int] | None:
    """The pdfium range (first index, count) of ``quote`` in ``chars``, ignoring non-alphanumerics."""
    found = find_all_in_chars(chars, quote)
    return found[0] if found else None


def find_all_in_chars(chars: list[str], quote: str) -> list[tuple[int, int]]:
    """Every pdfium range (first index, count) where ``quote`` is in ``chars``, ignoring non-alphanumerics."""
    needle = normalise(quote)
    if not needle:
        return []
    stream, origin = alnum_stream(chars)
    out = []
    at = stream.find(needle)
    while at >= 0:
        first, last = origin[at], origin[at + len(needle) - 1]
        out.append((first, last - first + 1))
        at = stream.find(needle, at + len(needle))
    return out


def longest_shared_run(chars: list[str], quote: str) -> tuple[int, int, int, int] | None:
    """Longest run of whole words shared by page and quote: (page word start, quote word start, length,
    number of quote words). ``None`` if nothing is shared."""
    page_words = words_with_spans(chars)
    q_words = _quote_words(quote)
    if not page_words or not q_words:
        return None
    matcher = difflib.SequenceMatcher(None, [w for w, _, _ in page_words], q_words, autojunk=False)
    block = matcher.find_longest_match(0, len(page_words), 0, len(q_words))
    if block.size == 0:
        return None
    return block.a, block.b, block.size, len(q_words)


def _word_range(chars: list[str], start_word: int, size: int) -> tuple[int, int]:
    words = words_with_spans(chars)
    first = words[start_word][1]
    last = words[start_word + size - 1][2]
    return first, last - first + 1


def match_quote(
    chars: list[str],
    quote: str,
    next_chars: list[str] | None = None,
    prev_chars: list[str] | None = None,
) -> Match:
    """Decide where (and whether) to box ``quote`` on a page given as pdfium characters.

    ``next_chars`` / ``prev_chars`` are the neighbouring pages, used only to verify that the part of the
    quote missing from this page really is across the page break.
    """
    if not quote or not normalise(quote):
        return Match("not_found", note="There is no quoted text to highlight.")
    whole = find_all_in_chars(chars, quote)
    if whole:
        return Match("found", [whole[0]], "Quoted text highlighted.", others=whole[1:])
    run = longest_shared_run(chars, quote)
    miss = Match("not_found", note="The quoted text could not be located on this page, so nothing is highlighted.")
    if run is None:
        return miss
    page_start, q_start, size, q_total = run
    q_words = _quote_words(quote)
    if size >= MIN_WORDS and size >= MIN_SHARE * q_total:
        # Most of the quote, in order, on this page: a small extraction difference (a redaction mark,
        # an odd glyph) broke the full match.
        return Match("partial", [_word_range(chars, page_start, size)], "Closest match to the quote highlighted.")
    if size < MIN_WORDS:
        return miss
    if q_start == 0 and next_chars is not None:
        rest = " ".join(q_words[size:])
        if rest and find_in_chars(next_chars, rest):
            return Match(
                "partial",
                [_word_range(chars, page_start, size)],
                "Start of the quote highlighted; it continues on the next page.",
            )
    if q_start + size == q_total and prev_chars is not None:
        head = " ".join(q_words[:q_start])
        if head and find_in_chars(prev_chars, head):
            return Match(
                "partial",
                [_word_range(chars, page_start, size)],
                "End of the quote highlighted; it starts on the previous page.",
            )
    return miss
