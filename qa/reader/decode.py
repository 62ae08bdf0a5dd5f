"""Start/end logits → the best answer spans: pure numpy, shared by training's evaluation and the reader."""

from __future__ import annotations

import numpy as np

MAX_SPAN_TOKENS = 30


def best_spans(start: np.ndarray, end: np.ndarray, first: int, last: int, top: int = 3,
               max_tokens: int = MAX_SPAN_TOKENS) -> list[tuple[int, int, float]]:
    """The ``top`` spans (s, e, start[s] + end[e]) with first <= s <= e <= last and e - s < max_tokens."""
    s_logits = start[first : last + 1]
    e_logits = end[first : last + 1]
    n = len(s_logits)
    if n == 0:
        return []
    grid = s_logits[:, None] + e_logits[None, :]
    i, j = np.indices((n, n))
    grid = np.where((j >= i) & (j - i < max_tokens), grid, -np.inf)
    flat = grid.ravel()
    if flat.size > top:  # the ``top`` best, then in order: no full sort of the grid
        best = np.argpartition(flat, flat.size - top)[flat.size - top :]
    else:
        best = np.arange(flat.size)
    flat = best[np.argsort(flat[best], kind="stable")[::-1]]
    out = []
    for k in flat:
        s, e = divmod(int(k), n)
        if np.isfinite(grid[s, e]):
            out.append((s + first, e + first, float(grid[s, e])))
    return out
