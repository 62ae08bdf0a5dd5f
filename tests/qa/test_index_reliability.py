"""The index on disk is private, survives a full disk, and answers consistently while it is rebuilt.

- A new index folder is 0700 and every file in it 0600 (it holds the documents' text); an existing folder open
  to others is reported.
- A build that hits a write error part-way through writing its snapshot (``RLIMIT_FSIZE`` in a child process:
  EFBIG, as a full disk gives ENOSPC) fails with a clear message, leaves the previous snapshot live
  and answering the same, and the next build succeeds. (Kills at chosen points: tests/qa/test_indexer_crash.py.)
- 32 threads asking in a loop while an incremental build adds one file and removes another: no errors, and every
  answer is exactly the answer of the old snapshot or of the new one. Counts are printed.
"""

from __future__ import annotations

import os
import resource
import shutil
import stat
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import PRACTICE, ROOT
from pdf_factory import make_pdf

import qa
from qa import store
from qa import api

SCR_QA = [sys.executable, "-m", "qa.cli"]
PRACTICE_QUESTIONS = ["How much did the review cost?", "When did Child T die?",
                      "Who chaired the initial child protection conference?", "When was the legal planning meeting?"]
OLD_FACT = ["1.1 The Harbourside review panel first met on 4 May 2011.",
            "1.2 The Harbourside panel was chaired by Dr Imogen Vale."]
NEW_FACT = ["1.1 The Quayside learning event was held on 19 September 2012.",
            "1.2 The Quayside event was led by Mr Tobias Renn."]
EXTRA_QUESTIONS = ["When did the Harbourside review panel first meet?", "Who chaired the Harbourside panel?",
                   "When was the Quayside learning event held?", "Who led the Quayside event?"]


def pdf(path: Path, lines: list[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return make_pdf(path, [lines])


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def test_a_new_index_folder_is_private(tmp_path):
    source = pdf(tmp_path / "pdfs" / "private.pdf", OLD_FACT)
    index_dir = tmp_path / "new" / "index"
    info = qa.build_index([str(source)], str(index_dir))
    assert info.counts()["indexed"] == 1 and info.notes == []
    assert mode(index_dir) == 0o700
    paths = [p for p in index_dir.rglob("*")]
    assert any(p.name == "passages.jsonl" for p in paths) and any(p.name == store.CURRENT for p in paths)
    loose = {str(p.relative_to(index_dir)): oct(mode(p)) for p in paths
             if mode(p) != (0o700 if p.is_dir() else 0o600)}
    print(f"\nindex folder: {len(paths)} files and folders, {len(loose)} not private")
    assert loose == {}
    from ui.uploads import store_upload

    upload = store_upload(source, "up.pdf", index_dir)
    assert mode(upload) == 0o600 and mode(upload.parent) == 0o700 and mode(upload.parent.parent) == 0o700


def test_an_index_folder_open_to_others_is_reported(tmp_path):
    source = pdf(tmp_path / "open.pdf", OLD_FACT)
    index_dir = tmp_path / "shared-index"
    index_dir.mkdir()
    os.chmod(index_dir, 0o755)
    info = qa.build_index([str(source)], str(index_dir))
    assert any("can be read by other users" in note and "chmod 700" in note for note in info.notes), info.notes
    snap = store.current_snapshot(index_dir)
    assert mode(snap) == 0o700 and all(mode(f) == 0o600 for f in snap.iterdir())


def snapshot_sizes(index_dir: Path) -> dict[str, int]:
    snap = store.current_snapshot(index_dir)
    return {f.name: f.stat().st_size for f in snap.iterdir()}


def limited(limit: int):
    def apply() -> None:
        os.setsid()
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        # Python ignores SIGXFSZ, so writes past the limit fail with EFBIG, as writes to a full disk fail (ENOSPC)
    return apply


@pytest.mark.slow
def test_a_build_that_runs_out_of_space_leaves_the_previous_index_answering(index_copy, tmp_path):
    question = PRACTICE_QUESTIONS[0]
    snapshot = store.snapshot_id(index_copy)
    expected = qa.ask(question, str(index_copy)).to_dict()
    sizes = snapshot_sizes(index_copy)
    # Big enough for the small files and the interpreter's own, too small for the largest data file: the build
    # fails part-way through writing its snapshot.
    limit = sorted(sizes.values())[-1] // 2
    corpus = tmp_path / "corpus"
    shutil.copytree(PRACTICE, corpus, ignore=shutil.ignore_patterns("source", "*.py", "*.md"))
    pdf(corpus / "harbourside.pdf", OLD_FACT)
    args = SCR_QA + ["index", str(corpus), "--index-dir", str(index_copy), "--quiet"]
    out = subprocess.run(args, capture_output=True, text=True, timeout=1800, cwd=ROOT, env=child_env(),
                         preexec_fn=limited(limit))
    print(f"\nwrite error: file size limit {limit} bytes (largest snapshot file {max(sizes.values())}); exit {out.returncode}; "
          f"stderr: {out.stderr.strip()[-200:]}")
    assert out.returncode == 1 and "indexing failed: could not write the new index snapshot" in out.stderr, out.stderr
    assert f"The previous index ({snapshot}) is unchanged and still answers" in out.stderr, out.stderr
    assert store.snapshot_id(index_copy) == snapshot
    store.load(index_copy)  # every checksum verified
    api.forget(index_copy)
    assert qa.ask(question, str(index_copy)).to_dict() == expected
    assert not list(index_copy.glob(".tmp-snap-*"))  # the failed build removed its half-written snapshot itself
    again = subprocess.run(args, capture_output=True, text=True, timeout=1800, cwd=ROOT, env=child_env())
    assert again.returncode == 0, again.stderr
    assert store.snapshot_id(index_copy) != snapshot and not list(index_copy.glob(".tmp-snap-*"))
    api.forget(index_copy)
    assert "4 May 2011" in (qa.ask(EXTRA_QUESTIONS[0], str(index_copy)).answer or "")


@pytest.mark.slow
def test_32_concurrent_asks_during_an_incremental_build_answer_from_one_snapshot(index_copy, tmp_path):
    old_pdf = pdf(tmp_path / "pdfs" / "harbourside.pdf", OLD_FACT)
    new_pdf = pdf(tmp_path / "pdfs2" / "quayside.pdf", NEW_FACT)
    qa.build_index([str(PRACTICE), str(old_pdf)], str(index_copy))
    questions = PRACTICE_QUESTIONS + EXTRA_QUESTIONS
    before = {q: qa.ask(q, str(index_copy)).to_dict() for q in questions}
    old_snapshot = store.snapshot_id(index_copy)

    done = threading.Event()
    answers: list[tuple[str, dict, float]] = []
    errors: list[str] = []
    lock = threading.Lock()

    def asker(n: int) -> None:
        question = questions[n % len(questions)]
        rounds = 0
        while not done.is_set() or rounds < 2:  # at least one question after the build landed
            asked = time.monotonic()
            try:
                got = qa.ask(question, str(index_copy)).to_dict()
            except Exception as exc:  # noqa: BLE001 - counted and reported
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}")
                return
            with lock:
                answers.append((question, got, asked, time.monotonic()))
            rounds += 1 if done.is_set() else 0

    with ThreadPoolExecutor(max_workers=32) as pool:
        futures = [pool.submit(asker, n) for n in range(32)]
        time.sleep(1.0)  # the askers are running before the build starts
        started = time.monotonic()
        info = qa.build_index([str(PRACTICE), str(new_pdf)], str(index_copy))  # removes harbourside, adds quayside
        landed = time.monotonic()
        done.set()
        for future in futures:
            future.result(timeout=1800)
    assert info.dropped == ["harbourside.pdf"] and store.snapshot_id(index_copy) != old_snapshot
    after = {q: qa.ask(q, str(index_copy)).to_dict() for q in questions}
    old = sum(1 for q, got, *_ in answers if got == before[q])
    new = sum(1 for q, got, *_ in answers if got == after[q])
    mixed = [(q, got) for q, got, *_ in answers if got != before[q] and got != after[q]]
    # asks in flight while the build ran (asked before it landed, answered after it started): every thread asks
    # without pause, so each has at least one, however fast the build or slow the machine
    during = sum(1 for *_, asked, answered in answers if asked <= landed and answered >= started)
    both = sum(1 for q, got, *_ in answers if got == before[q] == after[q])
    print(f"\nrebuild under load: {len(answers)} answers from 32 threads ({during} in flight while the build ran, "
          f"{landed - started:.1f} s), {len(errors)} errors; {old} match the old snapshot's answer, {new} the new "
          f"one's ({both} questions answered alike by both), {len(mixed)} neither")
    assert not errors, errors[:3]
    assert mixed == []
    assert during >= 32 and old >= 32 and new >= 32
    differs = [q for q in questions if before[q] != after[q]]
    assert set(EXTRA_QUESTIONS) <= set(differs)  # the two snapshots really answer differently
    assert all(c["file"] != "quayside.pdf" for c in before[EXTRA_QUESTIONS[2]]["citations"])
    assert any(c["file"] == "quayside.pdf" for c in after[EXTRA_QUESTIONS[2]]["citations"])
