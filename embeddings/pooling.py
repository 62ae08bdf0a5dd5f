"""Passage vectors pooled from the vectors of their sentences, so an index build embeds each text once.

Owns the pooling rule: a passage's vector is the mean of its sentences' vectors (and its heading's, when
the heading is part of what the passage is searched by), each weighted by its length in characters, then
L2-normalised. The encoder reads every sentence of a passage anyway; embedding the whole passage again
cost more than half of a build's time (issue 18). On six evaluation corpora (640 answerable questions)
the pooled vectors answered as the encoded ones did: short-answer hit 0.784 against 0.786, first citation
0.891 against 0.891, recall@5 the same on every corpus (README, "Speed").
"""

from __future__ import annotations

import numpy as np

METHOD = "sentence-mean-v1"  # named in an index's encoder id: vectors pooled another way are not reused


def pool(vectors: np.ndarray, owners: np.ndarray, weights: np.ndarray, count: int) -> np.ndarray:
    """Rows of ``vectors`` summed into ``count`` groups (``owners[i]`` is row i's group), each weighted by
    ``weights[i]``, then L2-normalised. A group with no rows is a zero vector. Shape (count, dim), float32."""
    out = np.zeros((count, vectors.shape[1]), dtype=np.float64)
    if len(vectors):
        np.add.at(out, np.asarray(owners, dtype=np.int64), vectors.astype(np.float64) * np.asarray(weights, np.float64)[:, None])
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return (out / np.where(norms > 0, norms, 1.0)).astype(np.float32)
