"""Ranked sentences → the texts the span model reads: each candidate sentence with its neighbours, or a whole
chronology row.

Owns which candidates are read and their character extents in the passage. Pure: no model, no scoring.
"""

from __future__ import annotations

from dataclasses import dataclass

from qa.types import Passage

ROW_MAX_CHARS = 700  # a chronology row up to this long is read whole (its date, agency and event together)
NEIGHBOURS = 1  # sentences read on each side of a candidate sentence


@dataclass
class Window:
    """A stretch of one passage's text read by the model around one candidate sentence."""

    passage: int  # index of the passage in the search index
    start: int  # character offsets in ``Passage.text``
    end: int
    focus: tuple[int, int]  # the candidate sentence's offsets
    rank: int  # 0 = the ranker's best sentence
    score: float  # the ranker's score of that sentence

    def holds(self, passage: int, span: tuple[int, int]) -> bool:
        """The window covers the whole of ``span`` (offsets in passage ``passage``)."""
        return self.passage == passage and self.start <= span[0] and span[1] <= self.end


def window_of(passage: Passage, sentence: int, neighbours: int = NEIGHBOURS) -> tuple[int, int]:
    """Character extent of sentence ``sentence`` with its neighbours (a short row: the whole row)."""
    if passage.kind == "row" and len(passage.text) <= ROW_MAX_CHARS:
        return 0, len(passage.text)
    sents = passage.sentences
    lo, hi = max(0, sentence - neighbours), min(len(sents) - 1, sentence + neighbours)
    return sents[lo].start, sents[hi].end


def windows(units, passages: list[Passage], n: int) -> list[Window]:
    """Windows around the ``n`` best distinct candidate sentences, best first; a window that another already
    covers whole is not read twice."""
    out: list[Window] = []
    for rank, unit in enumerate(units):
        if len(out) >= n:
            break
        passage = passages[unit.passage]
        start, end = window_of(passage, unit.sentence)
        if any(w.holds(unit.passage, (start, end)) for w in out):
            continue
        out.append(Window(unit.passage, start, end, (unit.start, unit.end), rank, unit.score))
    return out
