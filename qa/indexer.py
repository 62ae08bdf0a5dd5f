"""Building an index: PDFs → ingest → passages → vectors → a new snapshot on disk.

Owns the incremental policy. Unchanged files (same name, same sha256) reuse their passages and vectors
from the live snapshot; new and changed files are read and embedded; files no longer given are dropped
(``mode="sync"``) or kept (``mode="add"``, used by uploads). A changed file that now fails to read keeps
its previous version, so nothing already indexed is lost to bad input. One build at a time per index
(a file lock); readers are never blocked.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from filelock import FileLock, Timeout

from embeddings import encoder, pooling, store
from qa.embed import embed_file, texts_to_embed
from qa.ingest import FILE_TIME_BUDGET_S, READ_WORKERS, Passwords, find_pdfs, ingest, sha256_file
from qa.passages import build_passages
from qa.types import FileReport, Passage

BUILD_LOCK_TIMEOUT_S = 600.0
# Bump when ingest, cleaning or passage-building changes what a PDF turns into: files indexed by another
# version are read again even if unchanged (their old passages would not match what this code makes).
READER_VERSION = "2026-12-05.2"


class BuildBusy(RuntimeError):
    """Another build holds the index lock."""


@dataclass
class BuildInfo:
    """What ``build_index`` did. ``files`` has one report per input file (indexed / partial / skipped)."""

    index_dir: str
    files: list[FileReport] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)  # files removed from the index (no longer given)
    pages: int = 0  # pages read in this build (reused files not counted)
    passages: int = 0  # passages in the index after the build
    embedded: int = 0  # texts embedded in this build (sentences and headings, or passages + sentences: qa/embed.py)
    seconds: float = 0.0
    snapshot: str = ""
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "index_dir": self.index_dir,
            "files": [
                {
                    "file": r.file,
                    "status": r.status,
                    "pages": r.pages,
                    "text_pages": r.text_pages,
                    "reason": r.reason,
                    "title": r.title,
                    "passages": r.passages,
                    "reused": r.reused,
                    "seconds": r.seconds,
                    "problems": [{"page": p.page, "reason": p.reason} for p in r.problems],
                    "path": r.path,
                }
                for r in self.files
            ],
            "dropped": self.dropped,
            "pages": self.pages,
            "passages": self.passages,
            "embedded": self.embedded,
            "seconds": round(self.seconds, 3),
            "snapshot": self.snapshot,
            "notes": self.notes,
        }

    def counts(self) -> dict[str, int]:
        out = {"indexed": 0, "partial": 0, "skipped": 0}
        for report in self.files:
            out[report.status] = out.get(report.status, 0) + 1
        return out


def _previous(index_dir: Path, notes: list[str], encoder_id: dict[str, str]) -> store.IndexData | None:
    if store.current_snapshot(index_dir) is None:
        return None
    try:
        previous = store.load(index_dir)
    except store.IndexProblem as exc:
        notes.append(f"previous index not reused ({exc}); every file is read again")
        return None
    made_by = previous.manifest.get("encoder") or {}
    if made_by != encoder_id:  # vectors from another encoder would not be comparable with new ones
        notes.append(f"previous index embedded by {_encoder_name(made_by)}, this build uses "
                     f"{_encoder_name(encoder_id)}; every file is read again")
        return None
    return previous


def _encoder_name(encoder_id: dict[str, str]) -> str:
    if not encoder_id:
        return "an unrecorded encoder"
    return f"{encoder_id.get('backend')} {encoder_id.get('precision')} ({encoder_id.get('checksum')})"


def build_index(
    paths: str | os.PathLike | list[str | os.PathLike],
    index_dir: str | os.PathLike,
    *,
    mode: str = "sync",
    passwords: Passwords = None,
    time_budget_s: float = FILE_TIME_BUDGET_S,
    workers: int = READ_WORKERS,
    rebuild: bool = False,
    on_event: Callable[[str, dict[str, Any]], None] | None = None,
) -> BuildInfo:
    """Index PDFs (files and/or folders) into ``index_dir``; see the module docstring for the policy.

    ``on_event(kind, data)`` reports progress: ("files", {"total"}), ("file", {"report"}),
    ("embed", {"total"}), ("embedded", {"n"}).
    """
    if mode not in ("sync", "add"):
        raise ValueError("mode must be 'sync' or 'add'")
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    started = time.monotonic()
    root = Path(index_dir).expanduser()
    loose = store.private_dir(root)  # 0700 when created: the index holds the documents' text
    emit = on_event or (lambda kind, data: None)
    lock = FileLock(str(root / store.LOCK_NAME), mode=store.PRIVATE_FILE)
    try:
        lock.acquire(timeout=BUILD_LOCK_TIMEOUT_S)
    except Timeout as exc:
        raise BuildBusy(f"another build is running on {root} (lock {root / store.LOCK_NAME})") from exc
    try:
        info = _build_locked(list(paths), root, mode, passwords, time_budget_s, workers, rebuild, emit, started)
        info.notes.extend([loose] if loose else [])
        return info
    finally:
        lock.release()


def _build_locked(paths, root, mode, passwords, time_budget_s, workers, rebuild, emit, started) -> BuildInfo:
    info = BuildInfo(index_dir=str(root))
    store.prune(root)
    encoder_id = encoder.encoder_id()  # checks $SCR_QA_ENCODER; names the export without loading it
    previous = None if rebuild else _previous(root, info.notes, encoder_id)
    old_files: dict[str, dict[str, Any]] = dict(previous.files) if previous else {}

    pdfs, missing = find_pdfs(paths)
    info.files.extend(missing)
    emit("files", {"total": len(pdfs) + len(missing)})
    for report in missing:
        emit("file", {"report": report})

    # Decide per file: reuse (unchanged), read (new or changed), or refuse (duplicate name).
    to_read: list[Path] = []
    reuse: dict[str, FileReport] = {}
    seen: dict[str, str] = {}
    for path in pdfs:
        name = path.name
        try:
            digest = sha256_file(path)
        except OSError as exc:
            report = FileReport(file=name, path=str(path), reason=f"cannot read file: {exc}")
            info.files.append(report)
            emit("file", {"report": report})
            continue
        if name in seen:
            report = FileReport(
                file=name, path=str(path), sha256=digest,
                reason=f"duplicate file name: {seen[name]} is already indexed under this name",
            )
            info.files.append(report)
            emit("file", {"report": report})
            continue
        seen[name] = str(path)
        old = old_files.get(name)
        same_reading = old and old.get("reader_version") == READER_VERSION
        if same_reading and old.get("sha256") == digest and old.get("status") != "skipped":
            report = FileReport.from_dict(old)
            report.path, report.reused = str(path), True
            reuse[name] = report
        else:
            to_read.append(path)

    # Read new and changed files in worker processes; meanwhile a thread embeds each one as soon as it is read.
    fresh, vectors = _read_new(to_read, info, passwords, time_budget_s, workers, emit,
                               pooled=encoder_id.get("passages") == pooling.METHOD)

    # Keep a previously indexed version when the new one could not be read at all.
    for name, (report, _, _) in list(fresh.items()):
        old = old_files.get(name)
        if report.status == "skipped" and old and old.get("status") != "skipped":
            report.reason = f"{report.reason} (the previously indexed version is kept)"
            kept = FileReport.from_dict(old)
            kept.reused = True
            reuse[name] = kept
    for report in reuse.values():
        if report.file not in fresh:
            emit("file", {"report": report})

    # Assemble: reused passages and vectors first, in a stable file order, then new ones.
    order = [p.name for p in pdfs if p.name in reuse or p.name in fresh]
    if mode == "add":
        order = [n for n in old_files if n not in order and old_files[n].get("status") != "skipped"] + order
        for name in order:
            if name not in reuse and name not in fresh:
                kept = FileReport.from_dict(old_files[name])
                kept.reused = True
                reuse[name] = kept
    info.dropped = sorted(n for n in old_files if n not in order and old_files[n].get("status") != "skipped")

    passages: list[Passage] = []
    pages: list[dict[str, Any]] = []
    passage_vectors: list[np.ndarray] = []
    sentence_vectors: list[np.ndarray] = []
    sentence_refs: list[np.ndarray] = []
    files_manifest: dict[str, dict[str, Any]] = {}

    by_file_old = _group_previous(previous) if previous else {}
    for name in order:
        if name in fresh and fresh[name][0].status != "skipped":
            report, file_passages, page_rows = fresh[name]
            embedded = vectors[name]
            offset = len(passages)
            passages.extend(file_passages)
            pages.extend(page_rows)
            passage_vectors.append((offset, embedded.passages))
            refs = embedded.refs.copy()
            refs[:, 0] += offset
            sentence_vectors.append(embedded.sentences)
            sentence_refs.append(refs)
            info.embedded += embedded.texts
            files_manifest[name] = {**report.to_dict(), "reader_version": READER_VERSION}
        elif name in reuse and name in by_file_old:
            old_passages, old_pages, p_vec, s_vec, s_ref = by_file_old[name]
            offset = len(passages)
            passages.extend(old_passages)
            pages.extend(old_pages)
            passage_vectors.append((offset, p_vec))
            s_ref = s_ref.copy()
            s_ref[:, 0] += offset
            sentence_vectors.append(s_vec)
            sentence_refs.append(s_ref)
            files_manifest[name] = {**reuse[name].to_dict(), "reused": False, "reader_version": old_files[name].get("reader_version")}

    # Files that could not be indexed are recorded too (status "skipped" and why), so the index can say
    # what it refused; they hold no passages and are read again on the next build.
    for report in list(missing) + [r for r, _, _ in fresh.values() if r.status == "skipped"]:
        if report.file not in files_manifest:
            files_manifest[report.file] = report.to_dict()
    if mode == "add":
        for name, old in old_files.items():
            if name not in files_manifest and old.get("status") == "skipped":
                files_manifest[name] = old

    position = {p.name: i for i, p in enumerate(pdfs)}
    reports = [report for report, _, _ in fresh.values()]
    reports += [report for name, report in reuse.items() if name not in fresh]
    info.files.extend(sorted(reports, key=lambda r: position.get(r.file, -1)))

    all_p_vec = np.zeros((len(passages), encoder.DIMENSION), dtype=np.float32)
    for offset, vec in passage_vectors:
        all_p_vec[offset : offset + len(vec)] = vec
    s_vec = np.concatenate(sentence_vectors) if sentence_vectors else np.zeros((0, encoder.DIMENSION), np.float32)
    s_ref = np.concatenate(sentence_refs) if sentence_refs else np.zeros((0, 3), np.int32)

    snap = store.write_snapshot(root, files_manifest, passages, pages, all_p_vec, s_vec, s_ref, encoder=encoder_id)
    info.snapshot = snap.name
    info.passages = len(passages)
    info.seconds = time.monotonic() - started
    return info


def _read_new(to_read, info, passwords, time_budget_s, workers, emit, pooled):
    """Read ``to_read`` in worker processes; each document's passages are embedded in one thread of this process
    as soon as it has been read (that thread first loads the encoder), so reading and embedding overlap.
    Returns per file (report, passages, page rows) and, for the files not skipped, their ``FileVectors``."""
    fresh: dict[str, tuple[FileReport, list[Passage], list[dict[str, Any]]]] = {}
    embedding: dict[str, Future] = {}
    progress = (lambda n: emit("embedded", {"n": n}))
    queued = 0
    embedder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="embed")
    try:
        if to_read:
            embedder.submit(encoder.preload)
        for report, pages in ingest(to_read, passwords=passwords, time_budget_s=time_budget_s, workers=workers):
            passages = build_passages(pages, report.file, report.title) if pages else []
            if report.status != "skipped" and not passages:
                report.status, report.reason = "skipped", "no text to index after cleaning"
            report.passages = len(passages)
            info.pages += report.text_pages
            page_rows = [
                {"file": report.file, "page": p.number, "label": p.label,
                 "text": "\n".join([p.text, *(a.text for a in p.asides)])}  # the whole page: footnotes too
                for p in pages
            ]
            fresh[report.file] = (report, passages, page_rows)
            emit("file", {"report": report})
            if report.status != "skipped":
                queued += texts_to_embed(passages, pooled)
                emit("embed", {"total": queued})
                embedding[report.file] = embedder.submit(embed_file, passages, pooled, progress)
        return fresh, {name: future.result() for name, future in embedding.items()}
    finally:
        embedder.shutdown(wait=True, cancel_futures=True)


def _group_previous(previous: store.IndexData) -> dict[str, tuple]:
    """Per file of the previous snapshot: its passages, pages, passage vectors, sentence vectors and refs."""
    out: dict[str, tuple] = {}
    rows_by_file: dict[str, list[int]] = {}
    for i, passage in enumerate(previous.passages):
        rows_by_file.setdefault(passage.file, []).append(i)
    pages_by_file: dict[str, list[dict[str, Any]]] = {}
    for page in previous.pages:
        pages_by_file.setdefault(page["file"], []).append(page)
    sentence_owner = previous.sentence_refs[:, 0] if len(previous.sentence_refs) else np.zeros(0, np.int32)
    for name, rows in rows_by_file.items():
        rows_arr = np.asarray(rows)
        remap = {old: new for new, old in enumerate(rows)}
        mask = np.isin(sentence_owner, rows_arr)
        refs = previous.sentence_refs[mask].copy()
        refs[:, 0] = [remap[int(r)] for r in refs[:, 0]]
        out[name] = (
            [previous.passages[i] for i in rows],
            pages_by_file.get(name, []),
            previous.passage_vectors[rows_arr],
            previous.sentence_vectors[mask],
            refs,
        )
    return out


def remove_files(index_dir: str | os.PathLike, names: list[str]) -> BuildInfo:
    """Take ``names`` (indexed file names) out of the index: a new snapshot without their passages, pages and
    vectors, switched atomically like every build (nothing is read or embedded again; the PDFs are not
    touched). Raises ``ValueError`` naming any file that is not in the index, ``BuildBusy`` if a build runs."""
    root = Path(index_dir).expanduser()
    lock = FileLock(str(root / store.LOCK_NAME))
    try:
        lock.acquire(timeout=BUILD_LOCK_TIMEOUT_S)
    except Timeout as exc:
        raise BuildBusy(f"another build is running on {root} (lock {root / store.LOCK_NAME})") from exc
    try:
        started = time.monotonic()
        previous = store.load(root)
        unknown = sorted(set(names) - set(previous.files))
        if unknown:
            raise ValueError(f"not in this index: {', '.join(unknown)}")
        info = BuildInfo(index_dir=str(root), dropped=sorted(set(names)))
        by_file = _group_previous(previous)
        files = {n: f for n, f in previous.files.items() if n not in set(names)}
        passages: list[Passage] = []
        pages: list[dict[str, Any]] = []
        p_vecs, s_vecs, s_refs = [], [], []
        for name in files:
            if name not in by_file:  # a skipped file: recorded, no passages
                continue
            old_passages, old_pages, p_vec, s_vec, s_ref = by_file[name]
            s_ref = s_ref.copy()
            s_ref[:, 0] += len(passages)
            passages.extend(old_passages)
            pages.extend(old_pages)
            p_vecs.append(p_vec)
            s_vecs.append(s_vec)
            s_refs.append(s_ref)
        empty = np.zeros((0, encoder.DIMENSION), np.float32)
        snap = store.write_snapshot(
            root, files, passages, pages,
            np.concatenate(p_vecs) if p_vecs else empty,
            np.concatenate(s_vecs) if s_vecs else empty,
            np.concatenate(s_refs) if s_refs else np.zeros((0, 3), np.int32),
        )
        store.prune(root)
        info.snapshot, info.passages, info.seconds = snap.name, len(passages), time.monotonic() - started
        return info
    finally:
        lock.release()
