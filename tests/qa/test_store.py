"""Snapshots: atomic switch, checksums, clear errors for damaged or incompatible indexes."""

import json

import numpy as np
import pytest

from qa import store
from embeddings.encoder import DIMENSION
from qa.types import Passage, Sentence


def tiny(index_dir, text="The conference was held on 21 February 2007."):
    passage = Passage("a.pdf", "A", text, [(0, 1)], "1.1", None, "paragraph", [Sentence(0, len(text))])
    vec = np.zeros((1, DIMENSION), np.float32)
    vec[0, 0] = 1.0
    return store.write_snapshot(
        index_dir,
        {"a.pdf": {"file": "a.pdf", "status": "indexed", "sha256": "x"}},
        [passage],
        [{"file": "a.pdf", "page": 1, "label": None, "text": text}],
        vec,
        vec,
        np.asarray([[0, 0, len(text)]], np.int32),
    )


def test_write_then_load_round_trips(tmp_path):
    snap = tiny(tmp_path)
    data = store.load(tmp_path)
    assert data.snapshot == snap.name
    assert data.passages[0].text.startswith("The conference")
    assert data.passages[0].sentences == [Sentence(0, len(data.passages[0].text))]
    assert data.passage_vectors.shape == (1, DIMENSION)
    assert data.manifest["counts"]["passages"] == 1


def test_a_new_snapshot_replaces_the_old_one_and_old_ones_are_pruned(tmp_path):
    first = tiny(tmp_path, "First version.")
    second = tiny(tmp_path, "Second version.")
    third = tiny(tmp_path, "Third version.")
    assert store.load(tmp_path).passages[0].text == "Third version."
    assert not first.exists()  # only the live snapshot and one previous one are kept
    assert second.exists() and third.exists()


def test_missing_index_says_how_to_build_one(tmp_path):
    with pytest.raises(store.IndexMissing, match="scr-qa index"):
        store.load(tmp_path)


def test_damaged_data_file_is_detected_by_checksum(tmp_path):
    snap = tiny(tmp_path)
    with open(snap / "passages.jsonl", "r+b") as handle:
        handle.seek(30)
        handle.write(b"X")
    with pytest.raises(store.IndexCorrupt, match="checksum"):
        store.load(tmp_path)


@pytest.mark.parametrize("field,value", [("format_version", 999), ("model", "another/model"), ("dimension", 768)])
def test_incompatible_index_says_to_reindex(tmp_path, field, value):
    snap = tiny(tmp_path)
    manifest = json.loads((snap / "manifest.json").read_text())
    manifest[field] = value
    (snap / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(store.IndexIncompatible, match="re-index"):
        store.load(tmp_path)


def test_a_crash_before_the_switch_leaves_the_previous_index_live(tmp_path, monkeypatch):
    tiny(tmp_path, "Live version.")

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(store.np, "save", boom)
    with pytest.raises(OSError, match=r"could not write .* \(OSError: disk full\): is the disk full\? The previous index"):
        tiny(tmp_path, "Never lands.")
    monkeypatch.undo()
    assert store.load(tmp_path).passages[0].text == "Live version."
    assert not list(tmp_path.glob(".tmp-*"))
