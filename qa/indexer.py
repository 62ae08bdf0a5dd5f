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
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from embeddings import encoder, pooling
from qa import assemble, store
from qa.embed import embed_file, texts_to_embed
from qa.ingest import FILE_TIME_BUDGET_S, READ_WORKERS, Passwords, find_pdfs, ingest, sha256_file
from qa.passages import build_passages
from qa.types import BuildInfo, FileReport, Passage  # BuildInfo: what build_index returns

BUILD_LOCK_TIMEOUT_S = 600.0
# Bump when ingest, cleaning or passage-building changes what a PDF turns into: files indexed by another
# version are read again even if unchanged (their old passages would not match what this code makes).
READER_VERSION = "2026-12-06.45"  # .1 bare-integer paragraph numbers, .2 margin numbers and headings, .4 inset tables, .5 browser layouts (section bands, tight markers, centred table headers), .6 body size, run-in headings, tables beside columns, .7 lettered paragraph numbers (A1, ES1), .8 appendix titles, .9 margin numbers beside out-dented headings, .10 runs of numbers after unread numbering, .11 hanging numbers at column edges, lone numbers atop pages, .12 unmarked footnotes, titles with page numbers, .13 month names from qa.spans, .14 a heading beside a tinted box in the other column is its own column's, .15 a run-in lead ending its sentence before one word, .16 side headings run in before the number, bold leads running on, page-top bands, points in narrow columns, briefing points, .17 pull quotes with their attribution, .18 footnotes at a column's foot, headings wrapped over several lines, .19 contents lists on pages with other text, .20 a contents page's foreword kept, signatures no headings, .21 a signature goes on with its letter's closing, .22 a section heading repeated (continued) keeps the numbering, .23 roman labels in running footers, headings that end a page title no text of the next, .24 no word space between glyphs set tight, a side column's title with its block, .25 a side column in type near the body's, a table's margin column, .26 numbers in both outer margins of two columns, announced items numbered in lower case, a column of short items beside prose, .27 a cover field's date under its label, .28 columns closer than a segment gap cut at their gutter, .29 a first page's labelled fields kept as text too, .30 a side column half an em from the main one, a figure's caption, a narrow gutter cut at its right edge, .31 a photograph's caption, .32 gutters half an em wide, a display heading across columns with less room around it, a header set close above the body, no heading ending in a broken word, .33 a numbered line in body type no heading where the type is known, .34 a number alone above a numbered paragraph not the next line's, .35 a bold paragraph number sets no line apart, .36 text in the document's running size not larger than a table page's body, .37 four columns, .38 a sidenote's number set apart, .39 type set at size 1 read at the size its matrix draws, .40 a table whose first column counts its rows under column titles, .41 unmarked footnotes above a footer in body type, .42 a pull quote set across both columns, with its attribution, .43 a running header read as one line where most pages give two, .44 a font's own superior figures read as footnote markers, a labelled side heading ("Finding 1: …") run in before the paragraph number, .45 a chronology row's practitioner codes printed after its wrapped event


class BuildBusy(RuntimeError):
    """Another build holds the index lock."""


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
    lock = _build_lock(root)
    try:
        info = _build_locked(list(paths), root, mode, passwords, time_budget_s, workers, rebuild, emit, started)
        info.notes.extend([loose] if loose else [])
        return info
    finally:
        lock.release()


def _build_lock(root: Path) -> FileLock:
    """The index's build lock, acquired (a private file): one build or removal at a time; ``BuildBusy`` when
    another holds it past the timeout."""
    lock = FileLock(str(root / store.LOCK_NAME), mode=store.PRIVATE_FILE)
    try:
        lock.acquire(timeout=BUILD_LOCK_TIMEOUT_S)
    except Timeout as exc:
        raise BuildBusy(f"another build is running on {root} (lock {root / store.LOCK_NAME})") from exc
    return lock


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

    # Assemble in the order the files were given (in "add" mode, the files already indexed come first).
    order = [p.name for p in pdfs if p.name in reuse or p.name in fresh]
    if mode == "add":
        order = [n for n in old_files if n not in order and old_files[n].get("status") != "skipped"] + order
        for name in order:
            if name not in reuse and name not in fresh:
                kept = FileReport.from_dict(old_files[name])
                kept.reused = True
                reuse[name] = kept
    info.dropped = sorted(n for n in old_files if n not in order and old_files[n].get("status") != "skipped")

    files_manifest: dict[str, dict[str, Any]] = {}
    pieces: list[assemble.Pieces] = []
    by_file_old = assemble.split(previous) if previous else {}
    for name in order:
        if name in fresh and fresh[name][0].status != "skipped":
            report, file_passages, page_rows = fresh[name]
            embedded = vectors[name]
            pieces.append(assemble.Pieces(file_passages, page_rows, embedded.passages, embedded.sentences, embedded.refs))
            info.embedded += embedded.texts
            files_manifest[name] = {**report.to_dict(), "reader_version": READER_VERSION}
        elif name in reuse and name in by_file_old:
            pieces.append(by_file_old[name])
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

    joined = assemble.join(pieces, encoder.DIMENSION)
    snap = _write(root, files_manifest, joined, encoder_id)
    info.snapshot = snap.name
    info.passages = len(joined.passages)
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


def _write(root: Path, files: dict[str, dict[str, Any]], joined: assemble.Pieces, encoder_id: dict[str, str]) -> Path:
    return store.write_snapshot(root, files, joined.passages, joined.pages, joined.passage_vectors,
                                joined.sentence_vectors, joined.sentence_refs, encoder=encoder_id)


def remove_files(index_dir: str | os.PathLike, names: list[str]) -> BuildInfo:
    """Take ``names`` (indexed file names) out of the index: a new snapshot without their passages, pages and
    vectors, switched atomically like every build (nothing is read or embedded again; the PDFs are not
    touched). Raises ``ValueError`` naming any file that is not in the index, ``BuildBusy`` if a build runs."""
    root = Path(index_dir).expanduser()
    lock = _build_lock(root)
    try:
        started = time.monotonic()
        previous = store.load(root)
        unknown = sorted(set(names) - set(previous.files))
        if unknown:
            raise ValueError(f"not in this index: {', '.join(unknown)}")
        info = BuildInfo(index_dir=str(root), dropped=sorted(set(names)))
        by_file = assemble.split(previous)
        files = {n: f for n, f in previous.files.items() if n not in set(names)}
        joined = assemble.join((by_file[n] for n in files if n in by_file), encoder.DIMENSION)  # skipped: no passages
        # the same vectors: the same encoder made them
        snap = _write(root, files, joined, previous.manifest.get("encoder") or {})
        store.prune(root)
        info.snapshot, info.passages, info.seconds = snap.name, len(joined.passages), time.monotonic() - started
        return info
    finally:
        lock.release()
