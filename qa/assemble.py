"""A snapshot's per-file pieces: a loaded snapshot split by file, and files' pieces joined into one snapshot.

Owns how one file's passages, pages and vectors sit inside a snapshot's arrays. Inside ``Pieces`` the rows of
``sentence_refs`` are (passage index, start, end); the passage index counts from the first passage of the
pieces themselves, so a file's refs count within the file and a snapshot's within the snapshot. Splitting
renumbers them to the file; joining shifts each file's by the number of passages before it. Pure functions
over lists and numpy arrays: nothing here reads or writes files or knows how vectors are made.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from qa.types import Passage


@dataclass
class Pieces:
    """Passages, pages and vectors of one file, or of a whole snapshot (the same fields as ``store.IndexData``)."""

    passages: list[Passage]
    pages: list[dict[str, Any]]
    passage_vectors: np.ndarray  # (passages, dimension) float32, one row per passage
    sentence_vectors: np.ndarray  # (sentences, dimension) float32
    sentence_refs: np.ndarray  # (sentences, 3) int32: passage index (within these pieces), start, end


def split(snapshot: Any) -> dict[str, Pieces]:
    """Per file with passages in ``snapshot`` (a ``Pieces`` or anything with its fields, e.g. a loaded
    ``store.IndexData``): its passages, pages, passage vectors, sentence vectors and refs renumbered to the
    file, each in the snapshot's order. Files are keyed in the order of their first passage."""
    out: dict[str, Pieces] = {}
    rows_by_file: dict[str, list[int]] = {}
    for i, passage in enumerate(snapshot.passages):
        rows_by_file.setdefault(passage.file, []).append(i)
    pages_by_file: dict[str, list[dict[str, Any]]] = {}
    for page in snapshot.pages:
        pages_by_file.setdefault(page["file"], []).append(page)
    all_refs = snapshot.sentence_refs
    sentence_owner = all_refs[:, 0] if len(all_refs) else np.zeros(0, np.int32)
    for name, rows in rows_by_file.items():
        rows_arr = np.asarray(rows)
        remap = {old: new for new, old in enumerate(rows)}
        mask = np.isin(sentence_owner, rows_arr)
        refs = all_refs[mask].copy()
        refs[:, 0] = [remap[int(r)] for r in refs[:, 0]]
        out[name] = Pieces(
            passages=[snapshot.passages[i] for i in rows],
            pages=pages_by_file.get(name, []),
            passage_vectors=snapshot.passage_vectors[rows_arr],
            sentence_vectors=snapshot.sentence_vectors[mask],
            sentence_refs=refs,
        )
    return out


def join(files: Iterable[Pieces], dimension: int) -> Pieces:
    """Files' pieces one after another, in the order given, as one snapshot's: passages and pages extended,
    vectors stacked, each file's sentence refs shifted by the passages before it (the inputs are not changed).
    With no files, empty arrays of ``dimension`` columns."""
    passages: list[Passage] = []
    pages: list[dict[str, Any]] = []
    passage_vectors: list[np.ndarray] = []
    sentence_vectors: list[np.ndarray] = []
    sentence_refs: list[np.ndarray] = []
    for piece in files:
        if len(piece.passage_vectors) != len(piece.passages) or len(piece.sentence_vectors) != len(piece.sentence_refs):
            raise ValueError(
                f"pieces of {len(piece.passages)} passages with {len(piece.passage_vectors)} passage vectors, "
                f"{len(piece.sentence_refs)} sentences with {len(piece.sentence_vectors)} vectors"
            )
        refs = piece.sentence_refs.copy()
        refs[:, 0] += len(passages)
        passages.extend(piece.passages)
        pages.extend(piece.pages)
        passage_vectors.append(piece.passage_vectors)
        sentence_vectors.append(piece.sentence_vectors)
        sentence_refs.append(refs)
    empty = np.zeros((0, dimension), np.float32)
    return Pieces(
        passages=passages,
        pages=pages,
        passage_vectors=np.concatenate(passage_vectors) if passage_vectors else empty,
        sentence_vectors=np.concatenate(sentence_vectors) if sentence_vectors else empty,
        sentence_refs=np.concatenate(sentence_refs) if sentence_refs else np.zeros((0, 3), np.int32),
    )
