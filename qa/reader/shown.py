"""What an answer shows: the short span the model chose, or — when the reader is not sure of the span but is of
the sentence — the clause of that sentence around it.

A span model most often goes wrong *inside* the right sentence (another date, another person named beside the
one asked about, a list cut short). Showing the words around the span, verbatim, keeps such an answer right
while it is still short enough to read as an answer. Owns that text: ``clause`` cuts the sentence at its
clause marks (, ; : dashes, brackets, a table row's cells) and takes the widest run of whole clauses around the span
that stays within ``ANSWER_WORDS`` words; ``listed``, for a question asking for several things, the items a
sentence announces with a colon. Also what a proposed span must be to be an answer at all: said in one sentence
on one page (``crosses``), its ends trimmed of separators (``trim``); and the quote cited around it: its
sentence(s) (``quote_bounds``), the part of a passage on one page (``page_part``). Pure functions over a passage's
text and its sentence offsets.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qa.reader.candidates import Window

ANSWER_WORDS = 30  # an answer longer than this reads as a passage, not an answer (the eval's hit rule too)
_WORD = re.compile(r"[^\W_]+")  # counted as the eval counts tokens: "£18,400" is two
# where a clause may start: after , ; : a dash or a table row's cell separator, before an opening bracket, after a
# closing one (so a clause never starts inside brackets)
_CLAUSE_END = re.compile(r"[,;:]\s+|\s+[–—-]\s+|\s+\|\s+|\s*(?=\()|\)\s*")


def words(text: str) -> int:
    return len(_WORD.findall(text))


def clause(text: str, start: int, end: int, bounds: tuple[int, int], limit: int = ANSWER_WORDS) -> tuple[int, int]:
    """The widest run of whole clauses of ``text[bounds[0]:bounds[1]]`` that holds the span ``start:end`` and has
    at most ``limit`` words (the whole sentence when it is short enough). When even the span's own clause is
    longer, the span widened word by word within the sentence, the words after it first (they usually complete
    it), up to ``limit`` words."""
    lo, hi = bounds
    if words(text[lo:hi]) <= limit:
        return _strip(text, lo, hi)
    cuts = sorted({lo, hi, *(m.end() for m in _CLAUSE_END.finditer(text, lo, hi))})
    i = max(k for k, c in enumerate(cuts) if c <= start)
    j = min(k for k, c in enumerate(cuts) if c >= end)
    if words(text[cuts[i] : cuts[j]]) > limit:
        return _widen(text, start, end, lo, hi, limit)
    grown = True
    while grown:
        grown = False
        for ni, nj in ((i, j + 1), (i - 1, j)):  # prefer what follows the span: it usually completes it
            if ni >= 0 and nj < len(cuts) and words(text[cuts[ni] : cuts[nj]]) <= limit:
                i, j, grown = ni, nj, True
                break
    return _strip(text, cuts[i], cuts[j])


_ANNOUNCED = re.compile(r":\s+")  # "… at three points: the X, the Y and the Z"
_ITEMS = re.compile(r",|;|\band\b|\bor\b")


def listed(text: str, start: int, end: int, bounds: tuple[int, int],
           limit: int = ANSWER_WORDS) -> tuple[int, int] | None:
    """For a question asking for several things: the items of a list the span's sentence announces with a colon
    (its first in ``bounds``), from the first item on, as many whole clauses as fit in ``limit`` words, when the
    span starts in the announcing words, or lies among the items shown, and what follows the colon names more
    than one thing. None otherwise."""
    lo, hi = bounds
    found = _ANNOUNCED.search(text, lo, hi)
    if found is None or not _ITEMS.search(text, found.end(), hi) or end > hi or start < lo:
        return None
    first = found.end()
    a, b = clause(text, first, min(hi, first + 1), (first, hi), limit)
    return (a, b) if start < first or (a <= start and end <= b) else None  # never a span among the items left out


def _widen(text: str, start: int, end: int, lo: int, hi: int, limit: int) -> tuple[int, int]:
    """The span grown by whole words within ``lo:hi``, one after it then one before it, while it has at most
    ``limit`` words."""
    ends = [lo + m.start() for m in re.finditer(r"\s+", text[lo:hi]) if lo + m.start() > end] + [hi]
    starts = [lo + m.end() for m in re.finditer(r"\s+", text[lo:start])][::-1] + [lo]
    a, b, grown = start, end, True
    while grown:
        grown = False
        if ends and words(text[a : ends[0]]) <= limit:
            b, grown = ends.pop(0), True
        if starts and words(text[starts[0] : b]) <= limit:
            a, grown = starts.pop(0), True
    return _strip(text, a, b)


_EDGE = " ,;:\n\t|"  # what a span's ends are trimmed of: separators, a table row's cell bars


def _strip(text: str, a: int, b: int, tail: str = _EDGE + "(") -> tuple[int, int]:
    """``a:b`` less separators at its start and ``tail`` characters at its end (a clause ends before a bracket it
    opens)."""
    while a < b and text[a] in _EDGE:
        a += 1
    while b > a and text[b - 1] in tail:
        b -= 1
    return a, b


def crosses(passage, a: int, b: int) -> bool:
    """An answer is said in one sentence (a row's cells count as one) and on one page: a span running over a
    sentence end or a page break is not one answer and could not be cited by one page."""
    if passage.page_at(a) != passage.page_at(b - 1):
        return True
    if passage.kind == "row":
        return False
    return any(s.start <= a < s.end and b > s.end for s in passage.sentences)


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Strip separators, an unmatched bracket, and a sentence's closing full stop after a word or number, from a
    span's ends."""
    a, b = _strip(text, a, b, _EDGE)
    if b > a and text[b - 1] == ")" and text[a:b].count("(") < text[a:b].count(")"):
        b -= 1
    if b > a and text[a] == "(" and text[a:b].count(")") < text[a:b].count("("):
        a += 1
    while b > a and text[b - 1] in _EDGE:
        b -= 1
    if b - a > 1 and text[b - 1] == "." and (text[a : b - 1].split() or [""])[-1][-3:].isalnum() and \
            len((text[a : b - 1].split() or [""])[-1]) > 3:
        b -= 1
    return a, b


def page_part(passage, at: int, start: int, end: int) -> tuple[int, int]:
    """The part of ``start:end`` on the page of offset ``at``: an answer is read on one page (the running footer and
    header between two pages are not in the passage's text, so words either side of a break are not adjacent
    where they are printed)."""
    ends = [o for o, _ in passage.page_breaks[1:]] + [len(passage.text)]
    for (begin, _), stop in zip(passage.page_breaks, ends):
        if begin <= at < stop:
            return max(start, begin), min(end, stop)
    return start, end


def quote_bounds(passage, start: int, end: int, window: Window | None) -> tuple[int, int]:
    """The sentence(s) holding the answer span; a short row read whole (its window spans it) is quoted whole."""
    if passage.kind == "row" and window is not None and window.start == 0 and window.end == len(passage.text):
        return 0, len(passage.text)
    q_start, q_end = start, end
    for sentence in passage.sentences:
        if sentence.start <= start < sentence.end or sentence.start < end <= sentence.end:
            q_start, q_end = min(q_start, sentence.start), max(q_end, sentence.end)
    return q_start, q_end
