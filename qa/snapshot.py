"""A snapshot of the on-disk index as it is read: its layout and format version, the CURRENT pointer, the
index's errors, ``IndexData`` and loading a snapshot with every file's checksum checked.

Layout of ``index_dir``::

    CURRENT                 name of the live snapshot (replaced atomically with os.replace)
    snap-<time>-<id>/       one complete snapshot
        manifest.json       format version, model, dimension, encoder (backend, precision, checksum of the
                            export), per-file reports with sha256, checksums
        passages.jsonl      one passage per line (file, pages, paragraph, text, sentence offsets)
        pages.jsonl         clean text of every indexed page (for quoting, previews and timelines)
        passages.faiss      FAISS inner-product index of normalised passage vectors
        sentences.npy       normalised sentence vectors, float32
        sentence_refs.npy   int32 rows (passage index, start, end) for each sentence vector
    .build.lock             held while a build runs

The manifest holds a sha256 of every data file; a damaged file is caught on load instead of giving a wrong
answer. Writing a snapshot is ``qa.store``'s, which re-exports these names. Knows nothing about questions or
answers.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from embeddings.encoder import DIMENSION, MODEL_NAME
from qa.ingest import sha256_file
from qa.types import Passage

# 2 (issue 18): vectors made by the int8 ONNX encoder by default; the manifest's "encoder" names the backend,
# precision and export checksum. Version-1 snapshots (PyTorch vectors, no "encoder") are refused with the
# re-index message, and a build over one reads every file again.
FORMAT_VERSION = 2
CURRENT = "CURRENT"
LOCK_NAME = ".build.lock"
DATA_FILES = ("passages.jsonl", "pages.jsonl", "passages.faiss", "sentences.npy", "sentence_refs.npy")


class IndexProblem(RuntimeError):
    """Base class for index errors; the message says what to do."""


class IndexMissing(IndexProblem):
    pass


class IndexIncompatible(IndexProblem):
    pass


class IndexCorrupt(IndexProblem):
    pass


@dataclass
class IndexData:
    """Everything a snapshot holds, in memory."""

    manifest: dict[str, Any]
    passages: list[Passage]
    pages: list[dict[str, Any]]
    passage_vectors: np.ndarray
    sentence_vectors: np.ndarray
    sentence_refs: np.ndarray  # (n, 3) int32: passage index, start, end
    snapshot: str = ""
    faiss_index: Any = field(default=None, repr=False)

    @property
    def files(self) -> dict[str, dict[str, Any]]:
        return self.manifest.get("files", {})


def current_snapshot(index_dir: str | os.PathLike) -> Path | None:
    pointer = Path(index_dir) / CURRENT
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    if not name or "/" in name or "\\" in name or name.startswith("."):
        return None
    return Path(index_dir) / name


def snapshot_id(index_dir: str | os.PathLike) -> str | None:
    """The live snapshot's name (cheap: reads one small file); changes whenever a build lands."""
    snap = current_snapshot(index_dir)
    return snap.name if snap else None


def read_manifest(index_dir: str | os.PathLike) -> dict[str, Any]:
    snap = current_snapshot(index_dir)
    if snap is None or not (snap / "manifest.json").is_file():
        raise _missing(index_dir)
    return _read_manifest_file(snap)


def check_compatible(manifest: dict[str, Any], where: Path) -> None:
    version = manifest.get("format_version")
    model = manifest.get("model")
    dimension = manifest.get("dimension")
    if version != FORMAT_VERSION:
        raise IndexIncompatible(
            f"the index in {where.parent} has format version {version}, this scr-qa reads version "
            f"{FORMAT_VERSION}: re-index (scr-qa index … --index-dir {where.parent} --rebuild)"
        )
    if model != MODEL_NAME or dimension != DIMENSION:
        raise IndexIncompatible(
            f"the index in {where.parent} was built with model {model!r} ({dimension} dimensions), this scr-qa "
            f"uses {MODEL_NAME!r} ({DIMENSION}): re-index (scr-qa index … --index-dir {where.parent} --rebuild)"
        )


def load(index_dir: str | os.PathLike, verify: bool = True) -> IndexData:
    """Load the live snapshot; checksums are verified unless ``verify`` is False."""
    for attempt in range(3):
        snap = current_snapshot(index_dir)
        try:
            return _load_snapshot(snap, index_dir, verify)
        except FileNotFoundError:
            if attempt == 2:
                raise
            time.sleep(0.05)  # a build replaced the snapshot while we read it: read the new one
    raise AssertionError("unreachable")


def _missing(index_dir: str | os.PathLike) -> IndexMissing:
    return IndexMissing(
        f"no index in {index_dir}: build one with `scr-qa index <PDFs or folders> --index-dir {index_dir}`"
    )


def _read_manifest_file(snap: Path) -> dict[str, Any]:
    try:
        manifest = json.loads((snap / "manifest.json").read_text(encoding="utf-8"))
    except ValueError as exc:
        raise IndexCorrupt(f"the index manifest in {snap} is damaged ({exc}); re-index to rebuild it") from exc
    check_compatible(manifest, snap)
    return manifest


def _load_snapshot(snap: Path | None, index_dir: str | os.PathLike, verify: bool) -> IndexData:
    if snap is None or not (snap / "manifest.json").is_file():
        raise _missing(index_dir)
    manifest = _read_manifest_file(snap)
    if verify:
        for data_file in DATA_FILES:
            expected = manifest.get("checksums", {}).get(data_file)
            path = snap / data_file
            if not path.is_file():
                raise IndexCorrupt(f"index file {path} is missing; re-index to rebuild the index")
            if expected is None or sha256_file(path) != expected:
                raise IndexCorrupt(
                    f"index file {path} is damaged (checksum mismatch); re-index to rebuild the index"
                )
    try:
        with open(snap / "passages.jsonl", encoding="utf-8") as handle:
            passages = [Passage.from_dict(json.loads(line)) for line in handle if line.strip()]
        with open(snap / "pages.jsonl", encoding="utf-8") as handle:
            pages = [json.loads(line) for line in handle if line.strip()]
        index = faiss.read_index(str(snap / "passages.faiss"))
        vectors = index.reconstruct_n(0, index.ntotal) if index.ntotal else np.zeros((0, DIMENSION), np.float32)
        sentence_vectors = np.load(snap / "sentences.npy", allow_pickle=False)
        sentence_refs = np.load(snap / "sentence_refs.npy", allow_pickle=False)
    except FileNotFoundError:
        raise
    except Exception as exc:  # noqa: BLE001 - any parse failure is a damaged index
        raise IndexCorrupt(f"the index in {snap} could not be read ({type(exc).__name__}: {exc}); re-index") from exc
    if len(passages) != index.ntotal or len(sentence_vectors) != len(sentence_refs):
        raise IndexCorrupt(f"the index in {snap} is inconsistent (counts differ); re-index to rebuild it")
    return IndexData(
        manifest=manifest,
        passages=passages,
        pages=pages,
        passage_vectors=np.asarray(vectors, dtype=np.float32),
        sentence_vectors=sentence_vectors,
        sentence_refs=sentence_refs,
        snapshot=snap.name,
        faiss_index=index,
    )
