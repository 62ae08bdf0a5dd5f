"""The on-disk index: snapshots written atomically, checked on load.

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

A build writes a new snapshot directory, fsyncs it, and only then points CURRENT at it, so a crash at
any moment (or a write error: a full disk) leaves the previous snapshot live. The index holds the documents'
text: a folder it creates is private (0700) and every file it writes is 0600. The manifest holds a sha256 of every data file; a damaged
file is caught on load instead of giving a wrong answer. Knows nothing about questions or answers.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
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
KEEP_OLD_SNAPSHOTS = 1  # the previous snapshot stays for readers that are mid-load


class IndexProblem(RuntimeError):
    """Base class for index errors; the message says what to do."""


class IndexMissing(IndexProblem):
    pass


class IndexIncompatible(IndexProblem):
    pass


class IndexCorrupt(IndexProblem):
    pass


class IndexWriteFailed(OSError):
    """A new snapshot could not be written (full disk, quota, file-size limit); the previous one stays live.
    An OSError, as the write error it wraps (faiss reports its own as RuntimeError: wrapped too)."""


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


PRIVATE_DIR, PRIVATE_FILE = 0o700, 0o600


def private_dir(path: str | os.PathLike) -> str | None:
    """Create ``path`` (and missing parents) as 0700; returns a warning when an existing folder is open to others."""
    path = Path(path)
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
        os.chmod(path, PRIVATE_DIR)  # mkdir's mode is subject to the umask
        return None
    loose = path.stat().st_mode & 0o077
    if loose:
        return (f"the index folder {path} can be read by other users of this machine (mode {oct(path.stat().st_mode & 0o777)}) "
                f"and it holds the documents' text: chmod 700 {path}")
    return None


def _private_files(folder: Path) -> None:
    for item in folder.iterdir():
        if item.is_file():
            os.chmod(item, PRIVATE_FILE)


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


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


def build_faiss(vectors: np.ndarray) -> Any:
    index = faiss.IndexFlatIP(DIMENSION)
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def write_snapshot(
    index_dir: str | os.PathLike,
    files: dict[str, dict[str, Any]],
    passages: list[Passage],
    pages: list[dict[str, Any]],
    passage_vectors: np.ndarray,
    sentence_vectors: np.ndarray,
    sentence_refs: np.ndarray,
    extra: dict[str, Any] | None = None,
    encoder: dict[str, str] | None = None,
) -> Path:
    """Write a complete snapshot and make it live atomically. Returns the snapshot directory."""
    root = Path(index_dir)
    private_dir(root)
    name = f"snap-{time.strftime('%Y%m%d-%H%M%S')}-{time.time_ns() % 10**9:09d}-{uuid.uuid4().hex[:6]}"
    tmp = root / f".tmp-{name}"
    tmp.mkdir(mode=PRIVATE_DIR)
    try:
        with open(tmp / "passages.jsonl", "w", encoding="utf-8") as handle:
            for passage in passages:
                handle.write(json.dumps(passage.to_dict(), ensure_ascii=False) + "\n")
        with open(tmp / "pages.jsonl", "w", encoding="utf-8") as handle:
            for page in pages:
                handle.write(json.dumps(page, ensure_ascii=False) + "\n")
        faiss.write_index(build_faiss(passage_vectors), str(tmp / "passages.faiss"))
        np.save(tmp / "sentences.npy", np.ascontiguousarray(sentence_vectors, dtype=np.float32))
        np.save(tmp / "sentence_refs.npy", np.ascontiguousarray(sentence_refs, dtype=np.int32))
        manifest = {
            "format_version": FORMAT_VERSION,
            "model": MODEL_NAME,
            "dimension": DIMENSION,
            "encoder": encoder or {},
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "counts": {
                "files": sum(1 for f in files.values() if f.get("status") != "skipped"),
                "passages": len(passages),
                "sentences": int(len(sentence_refs)),
                "pages": len(pages),
            },
            "files": files,
            "checksums": {},
            **(extra or {}),
        }
        for data_file in DATA_FILES:
            _fsync_file(tmp / data_file)
            manifest["checksums"][data_file] = sha256_file(tmp / data_file)
        with open(tmp / "manifest.json", "w", encoding="utf-8") as handle:
            json.dump(manifest, handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        _private_files(tmp)
        _fsync_dir(tmp)
        final = root / name
        os.replace(tmp, final)
        pointer_tmp = root / f".{CURRENT}.{uuid.uuid4().hex[:8]}"
        with os.fdopen(os.open(pointer_tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE), "w",
                       encoding="utf-8") as handle:
            handle.write(name + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(pointer_tmp, root / CURRENT)
        _fsync_dir(root)
    except Exception as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        live = snapshot_id(root)
        raise IndexWriteFailed(
            f"could not write the new index snapshot in {root} ({type(exc).__name__}: {exc}): is the disk full? "
            + (f"The previous index ({live}) is unchanged and still answers." if live else "No index was written.")
        ) from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    prune(root)
    return final


def prune(index_dir: str | os.PathLike) -> None:
    """Remove leftovers of crashed builds and all but the newest old snapshot(s)."""
    root = Path(index_dir)
    live = current_snapshot(root)
    old = sorted(
        (p for p in root.glob("snap-*") if p.is_dir() and (live is None or p.name != live.name)),
        key=lambda p: p.name,
    )
    for stale in old[: max(0, len(old) - KEEP_OLD_SNAPSHOTS)]:
        shutil.rmtree(stale, ignore_errors=True)
    for leftover in list(root.glob(".tmp-snap-*")) + list(root.glob(f".{CURRENT}.*")):
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)


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
