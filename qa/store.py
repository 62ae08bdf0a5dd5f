"""The on-disk index: snapshots written atomically, the index folder kept private, old snapshots pruned.

A build writes a new snapshot directory, fsyncs it, and only then points CURRENT at it, so a crash at
any moment (or a write error: a full disk) leaves the previous snapshot live. The index holds the documents'
text: a folder it creates is private (0700) and every file it writes is 0600. Reading a snapshot (its layout,
format version, errors, ``IndexData`` and ``load`` with checksums checked) is ``qa.snapshot``'s; its names are
re-exported here, so ``store.load``, ``store.IndexCorrupt`` … keep working. Knows nothing about questions or
answers.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from embeddings.encoder import DIMENSION, MODEL_NAME
from qa.ingest import sha256_file
from qa.snapshot import (  # noqa: F401 - re-exported: callers use them as store.load, store.IndexCorrupt …
    CURRENT,
    DATA_FILES,
    FORMAT_VERSION,
    LOCK_NAME,
    IndexCorrupt,
    IndexData,
    IndexIncompatible,
    IndexMissing,
    IndexProblem,
    check_compatible,
    current_snapshot,
    load,
    read_manifest,
    snapshot_id,
)
from qa.types import Passage

KEEP_OLD_SNAPSHOTS = 1  # the previous snapshot stays for readers that are mid-load


class IndexWriteFailed(OSError):
    """A new snapshot could not be written (full disk, quota, file-size limit); the previous one stays live.
    An OSError, as the write error it wraps (faiss reports its own as RuntimeError: wrapped too)."""


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
