"""The public contract's ``ask``, plus the per-index cache that keeps it fast (``qa.build_index`` builds
without loading this module, and ``forget``s a rebuilt index here when this process has asked of it).

``ask`` loads an index once per process and ``index_dir`` (and again only when a new build lands), so a
warm call costs one query embedding, two searches and the reader. The CLI, the web UI and the eval all
call this same ``ask``.
"""

from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from embeddings import encoder
from qa import store
from qa.aliases import expand
from qa.clean import valid_unicode
from qa.question import DOCUMENT_KINDS, Question, analyse, documents_named
from qa.read import Reader, ReaderSettings
from qa.reader.extractive import ExtractiveReader
from qa.retrieve import CANDIDATES, SearchIndex, retrieve
from qa.types import Answer

QUERY_CACHE_SIZE = 2048


@dataclass(frozen=True)
class PipelineConfig:
    """How ``ask`` answers. The default is the shipped pipeline; the others are baselines for the eval."""

    retrieval: str = "hybrid"  # hybrid | dense | lexical
    candidates: int = CANDIDATES
    reader: ReaderSettings | None = None
    name: str = "shipped"
    read_with: str = "shipped"  # shipped (trained span model + chooser) | model-only | rules


SHIPPED = PipelineConfig()
RULES_ONLY = PipelineConfig(name="rules-only", read_with="rules")  # the reader before the trained model
MODEL_ONLY = PipelineConfig(name="model-only", read_with="model-only")
LEXICAL_ONLY = PipelineConfig(retrieval="lexical", reader=ReaderSettings(use_dense=False), name="lexical-only",
                              read_with="rules")
DENSE_ONLY = PipelineConfig(retrieval="dense", reader=ReaderSettings(use_lexical=False), name="dense-only",
                            read_with="rules")


class LoadedIndex:
    """One loaded snapshot: search structures, the reader and a small query-embedding cache."""

    def __init__(self, index_dir: str) -> None:
        data = store.load(index_dir)
        self.index_dir = index_dir
        self.snapshot = data.snapshot
        self.search = SearchIndex(data)
        self.reader = Reader(self.search)
        self.readers = {"shipped": ExtractiveReader(self.reader), "model-only": ExtractiveReader(self.reader, "model-only")}
        self.titles = {
            name: info.get("title") or name for name, info in data.files.items() if info.get("status") != "skipped"
        }
        self._queries: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def embed(self, question: str) -> np.ndarray:
        with self._lock:
            hit = self._queries.get(question)
            if hit is not None:
                self._queries.move_to_end(question)
                return hit
        vector = encoder.encode_query(question)
        with self._lock:
            self._queries[question] = vector
            while len(self._queries) > QUERY_CACHE_SIZE:
                self._queries.popitem(last=False)
        return vector


_cache: dict[str, LoadedIndex] = {}
_cache_lock = threading.Lock()


def _key(index_dir: str | os.PathLike) -> str:
    return str(Path(index_dir).expanduser().resolve())


def load_index(index_dir: str | os.PathLike) -> LoadedIndex:
    """The cached loaded index for ``index_dir``, reloaded when a newer build has landed."""
    key = _key(index_dir)
    live = store.snapshot_id(key)
    cached = _cache.get(key)
    if cached is not None and cached.snapshot == live:
        return cached
    with _cache_lock:
        cached = _cache.get(key)
        if cached is None or cached.snapshot != store.snapshot_id(key):
            cached = LoadedIndex(key)
            _cache[key] = cached
    return cached


def forget(index_dir: str | os.PathLike | None = None) -> None:
    """Drop cached indexes (all, or one) so the next ask reloads from disk."""
    with _cache_lock:
        if index_dir is None:
            _cache.clear()
        else:
            _cache.pop(_key(index_dir), None)


def documents(index_dir: str | os.PathLike) -> list[dict]:
    """What the index holds: one dict per file (title, pages, text_pages, passages, status, reason,
    problems, path), skipped files included. Reads the manifest only."""
    files = store.read_manifest(index_dir).get("files", {})
    return [{"file": name, **info} for name, info in files.items()]


def warm(index_dir: str | os.PathLike) -> None:
    """Load the index, the query encoder and the reader now, so the first question does not pay for them
    (ONNX Runtime sessions only: answering never imports torch)."""
    loaded = load_index(index_dir)
    encoder.encode_query("warm up")
    loaded.readers["shipped"].warm_up()


@dataclass
class Prepared:
    """A question ready for reading: parsed, embedded, its candidate passages retrieved."""

    loaded: LoadedIndex
    question: Question
    vector: np.ndarray | None
    candidates: list
    settings: ReaderSettings
    timings: dict[str, float]
    narrowed: bool = False  # the search was kept to the documents the question names
    config: PipelineConfig | None = None


def prepare(
    question: str, index_dir: str, files: list[str] | None = None, config: PipelineConfig = SHIPPED
) -> Prepared:
    """Everything ``ask`` does before reading: parse, pick documents, expand roles, embed, retrieve."""
    if not isinstance(question, str):
        raise TypeError("question must be a string")
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    loaded = load_index(index_dir)
    parsed = analyse(question)
    if not parsed.text or not any(ch.isalnum() for ch in parsed.text):
        raise ValueError("the question is empty: ask something in words")
    narrowed = False
    if files:
        unknown = sorted(set(files) - set(loaded.search.file_names))
        if unknown:
            raise ValueError(f"not in this index: {', '.join(unknown)}")
    else:
        files = documents_named(parsed, loaded.titles)
        narrowed = files is not None
    parsed.expansions = expand(parsed.terms, loaded.search.aliases, loaded.search.idf, parsed.text)
    parsed.terms = parsed.terms + parsed.expansions
    timings["load"] = (time.perf_counter() - t0) * 1000

    t1 = time.perf_counter()
    settings = config.reader or ReaderSettings()
    vector = loaded.embed(parsed.text) if config.retrieval != "lexical" or settings.use_dense else None
    timings["embed"] = (time.perf_counter() - t1) * 1000

    t2 = time.perf_counter()
    candidates = retrieve(loaded.search, vector, parsed.terms, mode=config.retrieval, n=config.candidates, files=files)
    timings["retrieve"] = (time.perf_counter() - t2) * 1000
    return Prepared(loaded, parsed, vector, candidates, settings, timings, narrowed, config)


def _read(p: Prepared, candidates: list, k: int) -> Answer:
    """The configured reader over ``candidates``."""
    mode = (p.config or SHIPPED).read_with
    if mode == "rules":
        return p.loaded.reader.read(p.question, candidates, p.vector, p.settings, k=k)
    return p.loaded.readers[mode].read(p.question, candidates, p.vector, p.settings, k=k)


def _told_elsewhere(p: Prepared, answer: Answer, k: int) -> Answer:
    """"How many recommendations does the overview report make?": when the document a question names does
    not say it, another may say it of that document ("The overview report makes 18 recommendations", in the
    executive summary). Such an answer is taken only if its sentence names the document (or the review,
    "a second review, commissioned …") asked about."""
    config = p.config or SHIPPED
    candidates = retrieve(p.loaded.search, p.vector, p.question.terms, mode=config.retrieval, n=config.candidates)
    other = _read(p, candidates, k)
    if not other.answerable or not other.citations:
        return answer
    quote = other.citations[0].quote.lower()
    named = [word for kind, words in DOCUMENT_KINDS if kind in p.question.document_kinds for word in words]
    if p.question.review_ordinal:
        named.append(f"{p.question.review_ordinal} ")  # "the second review", "a second serious case review"
    named += [source.lower() for source in p.question.sources]  # "the Ledger reported …"
    return other if any(word in quote for word in named) else answer


def ask(
    question: str,
    index_dir: str,
    k: int = 5,
    *,
    files: list[str] | None = None,
    config: PipelineConfig = SHIPPED,
) -> Answer:
    """Answer ``question`` from the index in ``index_dir`` with a verbatim, cited answer or an abstention.

    ``files`` restricts the search to those file names; a question that names a document ("according to
    the executive summary …") is restricted to it when no ``files`` are given.
    """
    if not isinstance(k, int) or k < 1:
        raise ValueError("k must be a positive integer")
    t0 = time.perf_counter()
    p = prepare(question, index_dir, files, config)
    t3 = time.perf_counter()
    answer = _read(p, p.candidates, k)
    if p.narrowed and not answer.answerable:
        answer = _told_elsewhere(p, answer, k)
    answer.question = valid_unicode(question)
    p.timings["read"] = (time.perf_counter() - t3) * 1000
    p.timings["total"] = (time.perf_counter() - t0) * 1000
    answer.timings_ms = p.timings
    return answer
