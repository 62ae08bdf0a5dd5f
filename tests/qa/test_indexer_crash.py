"""Atomic index builds: a build killed with SIGKILL at any point leaves the previous index loadable and
answering; the next build succeeds and cleans up what the killed one left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from conftest import PRACTICE, ROOT

import qa
from qa import store
from qa import api

QUESTION = "How much did the review cost?"
SCR_QA = str(Path(sys.executable).with_name("scr-qa"))
WAIT_S = 900  # generous: only a stuck build reaches it


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def wait_for(condition, proc: subprocess.Popen, what: str) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():
        if proc.poll() is not None:
            pytest.fail(f"the build ended (exit {proc.returncode}) before {what}; it could not be killed part-way")
        if time.monotonic() > deadline:
            kill(proc)
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.02)


def kill(proc: subprocess.Popen) -> None:
    """SIGKILL the build and its PDF-reading workers (its own process group)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=60)


def leftovers(index_dir: Path) -> list[str]:
    return sorted(p.name for p in list(index_dir.glob(".tmp-snap-*")) + list(index_dir.glob(".CURRENT.*")))


def assert_previous_index_answers(index_dir: Path, snapshot: str, expected: dict) -> None:
    assert store.snapshot_id(index_dir) == snapshot
    store.load(index_dir)  # every checksum verified
    api.forget(index_dir)
    assert qa.ask(QUESTION, str(index_dir)).to_dict() == expected


def assert_next_build_succeeds_and_cleans_up(index_dir: Path, snapshot: str) -> None:
    info = qa.build_index([str(PRACTICE)], str(index_dir))
    assert info.counts() == {"indexed": 3, "partial": 0, "skipped": 0}
    assert all(r.reused for r in info.files) and info.embedded == 0  # the previous index was intact
    assert info.snapshot != snapshot and store.snapshot_id(index_dir) == info.snapshot
    assert leftovers(index_dir) == []
    assert len(list(index_dir.glob("snap-*"))) <= 2  # the live snapshot and at most one older one
    assert qa.ask(QUESTION, str(index_dir)).short_answer == "£41,250"


@pytest.mark.slow
def test_a_build_killed_while_embedding_leaves_the_previous_index_answering(index_copy):
    snapshot = store.snapshot_id(index_copy)
    expected = qa.ask(QUESTION, str(index_copy)).to_dict()
    log = index_copy.parent / "build.err"
    with open(log, "wb") as err:
        proc = subprocess.Popen(
            [SCR_QA, "index", str(PRACTICE), "--index-dir", str(index_copy), "--rebuild"],
            stdout=subprocess.DEVNULL, stderr=err, cwd=ROOT, env=child_env(), start_new_session=True,
        )
    try:
        wait_for(lambda: b"embedding" in log.read_bytes(), proc, "embedding started")
        time.sleep(1.0)  # part-way through the embeddings
        assert proc.poll() is None, "the build finished before it could be killed"
    finally:
        kill(proc)
    assert proc.returncode == -signal.SIGKILL
    assert_previous_index_answers(index_copy, snapshot, expected)
    assert_next_build_succeeds_and_cleans_up(index_copy, snapshot)


# A build in a child process that stops at a chosen point of writing the snapshot and waits to be killed:
# "data" after the first data file is written into .tmp-snap-*, "switch" after the complete snapshot
# folder is renamed into place but before CURRENT points at it.
HARNESS = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    import numpy as np
    from qa import store
    import qa

    point, marker, corpus, index_dir = sys.argv[1:5]
    real_save, real_replace = np.save, os.replace

    def stop_here():
        Path(marker).write_text("stopped")
        time.sleep(3600)

    def save(*args, **kwargs):
        real_save(*args, **kwargs)
        if point == "data":
            stop_here()

    def replace(src, dst, *args, **kwargs):
        if point == "switch" and Path(dst).name == store.CURRENT:
            stop_here()
        return real_replace(src, dst, *args, **kwargs)

    store.np.save = save
    store.os.replace = replace
    qa.build_index([corpus], index_dir)
    """
)


@pytest.mark.slow
@pytest.mark.parametrize("point", ["data", "switch"])
def test_a_build_killed_while_writing_the_snapshot_leaves_the_previous_index_answering(index_copy, point):
    snapshot = store.snapshot_id(index_copy)
    expected = qa.ask(QUESTION, str(index_copy)).to_dict()
    marker = index_copy.parent / "stopped"
    proc = subprocess.Popen(
        [sys.executable, "-c", HARNESS, point, str(marker), str(PRACTICE), str(index_copy)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, env=child_env(), start_new_session=True,
    )
    try:
        wait_for(marker.exists, proc, f"the build reached the '{point}' point")
        if point == "data":
            tmp = list(index_copy.glob(".tmp-snap-*"))
            assert tmp and (tmp[0] / "passages.jsonl").is_file()  # caught mid-write
        else:
            assert len([p for p in index_copy.glob("snap-*") if p.name != snapshot]) == 1  # complete, not live
    finally:
        kill(proc)
    assert_previous_index_answers(index_copy, snapshot, expected)
    if point == "data":
        assert leftovers(index_copy)  # the killed build's half-written snapshot is still there ...
    assert_next_build_succeeds_and_cleans_up(index_copy, snapshot)  # ... until the next build
