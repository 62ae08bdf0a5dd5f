"""Question → ranked candidate passages: dense (FAISS), lexical (bm25s) and their fusion; file filters.

Owns the in-memory search structures built once per loaded snapshot (``SearchIndex``) and the ranking
functions. Fusion is reciprocal-rank over the union of both candidate lists, so a passage found by only
one retriever still reaches the reader (a right dense hit is never thrown away by fusion; the reader
re-scores every candidate at sentence level).
"""

from __future__ import annotations

from dataclasses import dataclass

import bm25s
import faiss
import numpy as np

from qa.store import IndexData
from qa.aliases import extract_acronyms, extract_aliases
from qa.passages import embedding_text
from qa.terms import terms

RRF_K = 60  # reciprocal rank fusion constant
CANDIDATES = 30  # passages taken from each retriever before fusion


@dataclass
class Candidate:
    passage: int  # index into SearchIndex.passages
    dense: float = 0.0  # cosine of question and passage
    lexical: float = 0.0  # BM25 score
    dense_rank: int | None = None
    lexical_rank: int | None = None
    fused: float = 0.0


class SearchIndex:
    """Everything retrieval and reading need from one snapshot, ready in memory."""

    def __init__(self, data: IndexData) -> None:
        self.data = data
        self.passages = data.passages
        self.manifest = data.manifest
        self.snapshot = data.snapshot
        self.passage_vectors = np.ascontiguousarray(data.passage_vectors, dtype=np.float32)
        self.faiss = data.faiss_index
        # sentences sorted by (passage, start): each passage's sentences are one contiguous range
        refs = data.sentence_refs
        order = np.lexsort((refs[:, 1], refs[:, 0])) if len(refs) else np.zeros(0, dtype=np.int64)
        self.sentence_refs = refs[order]
        self.sentence_vectors = np.ascontiguousarray(data.sentence_vectors[order], dtype=np.float32)
        owners = self.sentence_refs[:, 0] if len(refs) else np.zeros(0, dtype=np.int32)
        self.sentence_start = np.searchsorted(owners, np.arange(len(self.passages)), side="left")
        self.sentence_end = np.searchsorted(owners, np.arange(len(self.passages)), side="right")
        self.file_names = sorted({p.file for p in self.passages})
        file_ids = {name: i for i, name in enumerate(self.file_names)}
        self.passage_file = np.asarray([file_ids[p.file] for p in self.passages], dtype=np.int32)
        self.passage_terms = [terms(embedding_text(p)) for p in self.passages]
        self.bm25 = bm25s.BM25()
        if self.passages:
            self.bm25.index([t or [""] for t in self.passage_terms], show_progress=False)
        vocabulary: dict[str, int] = {}
        for passage_terms in self.passage_terms:
            for term in set(passage_terms):
                vocabulary[term] = vocabulary.get(term, 0) + 1
        self.document_frequency = vocabulary
        self.aliases = extract_aliases([p.text for p in self.passages])
        self.acronyms = extract_acronyms([p.text for p in self.passages])
        self.pages_text: dict[tuple[str, int], str] = {
            (row["file"], int(row["page"])): row["text"] for row in data.pages
        }
        self.page_labels: dict[tuple[str, int], str] = {
            (row["file"], int(row["page"])): str(row["label"]) for row in data.pages if row.get("label")
        }

    def idf(self, term: str) -> float:
        n = max(1, len(self.passages))
        df = self.document_frequency.get(term, 0)
        return float(np.log(1.0 + (n - df + 0.5) / (df + 0.5)))

    def sentence_rows(self, passage: int) -> range:
        return range(int(self.sentence_start[passage]), int(self.sentence_end[passage]))

    def allowed(self, files: list[str] | None) -> np.ndarray | None:
        """Passage ids of the chosen files (None = all)."""
        if not files:
            return None
        wanted = {i for i, name in enumerate(self.file_names) if name in set(files)}
        return np.flatnonzero(np.isin(self.passage_file, list(wanted))).astype(np.int64)


def dense_search(index: SearchIndex, query: np.ndarray, n: int, allowed: np.ndarray | None) -> list[tuple[int, float]]:
    if not index.passages or (allowed is not None and not len(allowed)):
        return []
    k = min(n, len(index.passages) if allowed is None else len(allowed))
    params = None
    if allowed is not None:
        params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(allowed))
    scores, ids = index.faiss.search(np.asarray(query, dtype=np.float32)[None, :], k, params=params)
    return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]


def lexical_search(index: SearchIndex, question_terms: list[str], n: int, allowed: np.ndarray | None) -> list[tuple[int, float]]:
    if not index.passages or not question_terms:
        return []
    scores = index.bm25.get_scores(question_terms)
    if allowed is not None:
        masked = np.full_like(scores, -1.0)
        masked[allowed] = scores[allowed]
        scores = masked
    top = np.argsort(-scores, kind="stable")[:n]
    return [(int(i), float(scores[i])) for i in top if scores[i] > 0]


def fuse(dense: list[tuple[int, float]], lexical: list[tuple[int, float]], rrf_k: int = RRF_K) -> list[Candidate]:
    """Union of both lists with reciprocal-rank-fusion scores, best first."""
    found: dict[int, Candidate] = {}
    for rank, (pid, score) in enumerate(dense):
        c = found.setdefault(pid, Candidate(pid))
        c.dense, c.dense_rank = score, rank
        c.fused += 1.0 / (rrf_k + rank + 1)
    for rank, (pid, score) in enumerate(lexical):
        c = found.setdefault(pid, Candidate(pid))
        c.lexical, c.lexical_rank = score, rank
        c.fused += 1.0 / (rrf_k + rank + 1)
    return sorted(found.values(), key=lambda c: -c.fused)


def retrieve(
    index: SearchIndex,
    query_vector: np.ndarray | None,
    question_terms: list[str],
    mode: str = "hybrid",
    n: int = CANDIDATES,
    files: list[str] | None = None,
) -> list[Candidate]:
    """Candidates for the reader. ``mode``: "hybrid", "dense" or "lexical"."""
    allowed = index.allowed(files)
    dense = dense_search(index, query_vector, n, allowed) if mode in ("hybrid", "dense") else []
    lexical = lexical_search(index, question_terms, n, allowed) if mode in ("hybrid", "lexical") else []
    candidates = fuse(dense, lexical)
    if mode == "hybrid" and candidates and query_vector is not None:
        # every candidate gets both scores, so the reader can weigh them
        ids = np.asarray([c.passage for c in candidates])
        cosines = index.passage_vectors[ids] @ np.asarray(query_vector, dtype=np.float32)
        bm25_all = index.bm25.get_scores(question_terms) if question_terms else np.zeros(len(index.passages))
        for c, cos in zip(candidates, cosines):
            c.dense = float(cos)
            c.lexical = float(bm25_all[c.passage])
    return candidates
