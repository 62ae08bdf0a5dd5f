"""A damaged index file is caught on load with a clear IndexCorrupt, never turned into an answer; the CLI
exits 1 with that message; re-indexing repairs it."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import PRACTICE, ROOT

import qa
from qa import store
from qa import api

QUESTION = "How much did the review cost?"
SCR_QA = str(Path(sys.executable).with_name("scr-qa"))


def flip(path: Path, where: str) -> None:
    """Invert a few bytes of ``path`` in place (a failing disk, a bad copy)."""
    size = path.stat().st_size
    offset = {"start": 8, "middle": size // 2, "end": size - 3}[where]
    with open(path, "r+b") as handle:
        handle.seek(offset)
        data = handle.read(2)
        handle.seek(offset)
        handle.write(bytes(b ^ 0xFF for b in data))


def cli_ask(index_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run([SCR_QA, "ask", QUESTION, "--index-dir", str(index_dir), "--json"],
                          capture_output=True, text=True, timeout=600, cwd=ROOT)


@pytest.mark.parametrize("where", ["start", "middle", "end"])
@pytest.mark.parametrize("name", ["passages.faiss", "sentences.npy", "sentence_refs.npy", "passages.jsonl", "pages.jsonl"])
def test_flipped_bytes_are_detected_on_load_and_never_answered(index_copy, name, where):
    before = qa.ask(QUESTION, str(index_copy)).to_dict()
    assert before["short_answer"] == "£41,250" and "£41,250" in before["answer"]
    api.forget(index_copy)
    flip(store.current_snapshot(index_copy) / name, where)
    with pytest.raises(store.IndexCorrupt, match=rf"{name} is damaged \(checksum mismatch\); re-index"):
        store.load(index_copy)
    with pytest.raises(store.IndexCorrupt, match="re-index"):
        qa.ask(QUESTION, str(index_copy))


@pytest.mark.parametrize("name", ["passages.faiss", "sentences.npy"])
def test_the_cli_exits_1_with_the_message_and_prints_no_answer(index_copy, name):
    flip(store.current_snapshot(index_copy) / name, "middle")
    out = cli_ask(index_copy)
    assert out.returncode == 1, (out.stdout, out.stderr)
    assert out.stdout == ""
    assert f"{name} is damaged (checksum mismatch)" in out.stderr and "re-index" in out.stderr
    assert "Traceback" not in out.stderr


def _rewrite_checksum(snapshot: Path, name: str) -> None:
    manifest = json.loads((snapshot / "manifest.json").read_text())
    manifest["checksums"][name] = hashlib.sha256((snapshot / name).read_bytes()).hexdigest()
    (snapshot / "manifest.json").write_text(json.dumps(manifest))


def test_damage_the_checksum_cannot_see_is_still_refused(index_copy):
    """Even with a matching checksum (a manifest rewritten after the damage), a file that does not parse or
    does not agree with the others is refused rather than read."""
    snap = store.current_snapshot(index_copy)
    vectors = np.load(snap / "sentences.npy")
    np.save(snap / "sentences.npy", vectors[:-5])  # fewer sentence vectors than sentence refs
    _rewrite_checksum(snap, "sentences.npy")
    with pytest.raises(store.IndexCorrupt, match="inconsistent"):
        store.load(index_copy)
    data = (snap / "passages.faiss").read_bytes()
    (snap / "passages.faiss").write_bytes(data[: len(data) // 3])  # truncated: FAISS cannot parse it
    _rewrite_checksum(snap, "passages.faiss")
    with pytest.raises(store.IndexCorrupt, match="could not be read"):
        store.load(index_copy)
    out = cli_ask(index_copy)
    assert out.returncode == 1 and out.stdout == "" and "could not be read" in out.stderr


def test_a_damaged_manifest_is_a_clear_error(index_copy):
    snap = store.current_snapshot(index_copy)
    (snap / "manifest.json").write_text('{"format_version": 1, "model": ')
    with pytest.raises(store.IndexCorrupt, match="manifest .* is damaged"):
        store.load(index_copy)
    out = cli_ask(index_copy)
    assert out.returncode == 1 and "manifest" in out.stderr and "damaged" in out.stderr


@pytest.mark.slow
def test_reindexing_repairs_a_damaged_index(index_copy):
    flip(store.current_snapshot(index_copy) / "sentences.npy", "middle")
    info = qa.build_index([str(PRACTICE)], str(index_copy))
    assert any("not reused" in note for note in info.notes), info.notes
    assert info.embedded > 0 and info.counts()["skipped"] == 0
    store.load(index_copy)  # verifies every checksum
    assert qa.ask(QUESTION, str(index_copy)).short_answer == "£41,250"
