"""Incremental builds: unchanged files are reused, changed files re-read, removed files dropped,
broken files reported while the rest is indexed, and nothing indexed is lost to bad input."""

from pathlib import Path

import pytest
from conftest import ANSWER_KEYS
from pdf_factory import make_pdf

import qa

A = [["1.1 The initial child protection conference was held on 21 February 2007."],
     ["1.2 The review conference was held on 17 May 2007."]]
B = [["2.1 The social worker visited the home on 8 November 2007 and saw the child asleep."]]


@pytest.fixture()
def corpus(tmp_path) -> Path:
    folder = tmp_path / "pdfs"
    folder.mkdir()
    make_pdf(folder / "a.pdf", A, title="Report A")
    make_pdf(folder / "b.pdf", B, title="Report B")
    return folder


def statuses(info):
    return {r.file: (r.status, r.reused) for r in info.files}


def test_incremental_reuse_change_remove_and_broken_file(tmp_path, corpus):
    index = tmp_path / "index"
    first = qa.build_index([str(corpus)], str(index))
    assert statuses(first) == {"a.pdf": ("indexed", False), "b.pdf": ("indexed", False)}
    assert first.embedded > 0

    again = qa.build_index([str(corpus)], str(index))
    assert statuses(again) == {"a.pdf": ("indexed", True), "b.pdf": ("indexed", True)}
    assert again.embedded == 0  # nothing re-embedded
    assert again.passages == first.passages

    make_pdf(corpus / "b.pdf", [["2.1 The social worker visited on 9 November 2007 instead."]], title="Report B")
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    changed = qa.build_index([str(corpus)], str(index))
    got = statuses(changed)
    assert got["a.pdf"] == ("indexed", True) and got["b.pdf"] == ("indexed", False)
    assert got["broken.pdf"][0] == "skipped"
    # the changed file's new fact: the span read (the answer shows the clause around it)
    assert qa.ask("When did the social worker visit the home?", str(index)).short_answer == "9 November 2007"

    (corpus / "a.pdf").unlink()
    removed = qa.build_index([str(corpus)], str(index))
    assert removed.dropped == ["a.pdf"]
    answer = qa.ask("When was the initial child protection conference held?", str(index))
    assert all(c.file != "a.pdf" for c in answer.citations)


def test_a_changed_file_that_now_fails_keeps_its_previous_version(tmp_path, corpus):
    index = tmp_path / "index"
    qa.build_index([str(corpus)], str(index))
    (corpus / "a.pdf").write_bytes(b"not a pdf any more")
    info = qa.build_index([str(corpus)], str(index))
    report = {r.file: r for r in info.files}["a.pdf"]
    assert report.status == "skipped" and "previously indexed version is kept" in report.reason
    answer = qa.ask("When was the review conference held?", str(index))
    assert answer.short_answer == "17 May 2007" and "17 May 2007" in answer.answer and answer.citations[0].file == "a.pdf"


def test_add_mode_keeps_files_not_given(tmp_path, corpus):
    index = tmp_path / "index"
    qa.build_index([str(corpus / "a.pdf")], str(index))
    info = qa.build_index([str(corpus / "b.pdf")], str(index), mode="add")
    assert info.dropped == []
    files = {c.file for c in qa.ask("When was the review conference held?", str(index), k=5).citations}
    assert "a.pdf" in files


def test_contract_ask_returns_the_fixed_schema(tmp_path, corpus):
    index = tmp_path / "index"
    qa.build_index([str(corpus)], str(index))
    d = qa.ask("When was the review conference held?", str(index)).to_dict()
    assert set(d) == ANSWER_KEYS
    assert d["short_answer"] == "17 May 2007" and "17 May 2007" in d["answer"] and d["answerable"] is True and 0 <= d["score"] <= 1
    first = d["citations"][0]
    # the fixed keys, and the compatible additions of issue 16 (page range, printed page number)
    assert set(first) == {"file", "title", "page", "paragraph", "quote", "score", "page_end", "page_label"}
    assert (first["file"], first["title"], first["page"], first["paragraph"]) == ("a.pdf", "Report A", 2, "1.2")
    assert first["page_end"] == 2 and first["page_label"] is None  # no /PageLabels and no printed number
    assert "17 May 2007" in first["quote"]


def test_ask_rejects_empty_questions_and_unknown_files(tmp_path, corpus):
    index = tmp_path / "index"
    qa.build_index([str(corpus)], str(index))
    for bad in ["", "   ", "?!?!", "\x00\x01"]:
        with pytest.raises(ValueError):
            qa.ask(bad, str(index))
    with pytest.raises(ValueError, match="not in this index"):
        qa.ask("When?", str(index), files=["nope.pdf"])


def test_an_index_from_before_the_onnx_encoder_is_refused_then_rebuilt_and_the_encoder_is_recorded(tmp_path, corpus):
    """Issue 18: format 1 snapshots hold PyTorch vectors and no encoder record: asking says re-index, and
    indexing again reads and embeds every file; a new manifest names the encoder, precision and checksum."""
    import json

    from embeddings import encoder
    from qa import store

    index = tmp_path / "index"
    first = qa.build_index([str(corpus)], str(index))
    snap = store.current_snapshot(index)
    manifest = json.loads((snap / "manifest.json").read_text())
    assert manifest["encoder"] == encoder.encoder_id() and manifest["encoder"]["precision"] == "int8"
    manifest["format_version"] = 1
    del manifest["encoder"]
    (snap / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(store.IndexIncompatible, match="format version 1.*re-index"):
        qa.ask("When was the review conference held?", str(index))
    again = qa.build_index([str(corpus)], str(index))
    assert statuses(again) == {"a.pdf": ("indexed", False), "b.pdf": ("indexed", False)}
    assert again.embedded == first.embedded
    assert qa.ask("When was the review conference held?", str(index)).answer


def test_vectors_from_another_encoder_are_not_mixed_with_new_ones(tmp_path, corpus, monkeypatch):
    from embeddings import encoder

    index = tmp_path / "index"
    monkeypatch.setenv(encoder.BACKEND_ENV, "onnx-fp32")
    first = qa.build_index([str(corpus)], str(index))
    monkeypatch.delenv(encoder.BACKEND_ENV)
    again = qa.build_index([str(corpus)], str(index))
    assert statuses(again) == {"a.pdf": ("indexed", False), "b.pdf": ("indexed", False)}
    assert again.embedded == first.embedded  # everything embedded again by the int8 encoder
    assert any("onnxruntime fp32" in note and "onnxruntime int8" in note for note in again.notes), again.notes
    assert qa.build_index([str(corpus)], str(index)).embedded == 0  # same encoder: reused


def test_an_index_whose_passage_vectors_were_embedded_whole_is_read_again(tmp_path, corpus):
    """Issue 18: ONNX builds pool passage vectors from their sentences; a snapshot from before (same encoder
    export, no ``passages`` in its encoder record) is not mixed with pooled vectors: every file is read again."""
    import json

    from embeddings import encoder
    from qa import store

    index = tmp_path / "index"
    first = qa.build_index([str(corpus)], str(index))
    assert first.embedded > 0
    snap = store.current_snapshot(index)
    manifest = json.loads((snap / "manifest.json").read_text())
    assert manifest["encoder"]["passages"] == encoder.encoder_id()["passages"] == "sentence-mean-v1"
    del manifest["encoder"]["passages"]
    (snap / "manifest.json").write_text(json.dumps(manifest))
    again = qa.build_index([str(corpus)], str(index))
    assert statuses(again) == {"a.pdf": ("indexed", False), "b.pdf": ("indexed", False)}
    assert again.embedded == first.embedded
    assert any("every file is read again" in note for note in again.notes), again.notes


def test_after_removing_a_file_the_next_build_reuses_the_others(tmp_path, corpus, monkeypatch):
    """``remove_files`` (the UI's "remove document") writes a snapshot that still names the encoder of its
    vectors, so the next build over the remaining files reuses them instead of reading and embedding them again."""
    import json

    from qa import indexer

    make_pdf(corpus / "c.pdf", [["3.1 The health visitor saw the family on 2 March 2007."]], title="Report C")
    index = tmp_path / "index"
    first = qa.build_index([str(corpus)], str(index))
    assert statuses(first) == {n: ("indexed", False) for n in ("a.pdf", "b.pdf", "c.pdf")}
    original = json.loads((Path(first.index_dir) / first.snapshot / "manifest.json").read_text())["encoder"]
    assert original  # the encoder was recorded by the build

    removed = indexer.remove_files(index, ["b.pdf"])
    assert removed.dropped == ["b.pdf"]
    manifest = json.loads((index / removed.snapshot / "manifest.json").read_text())
    assert manifest["encoder"] == original
    assert set(manifest["files"]) == {"a.pdf", "c.pdf"}

    read: list[str] = []
    real_ingest = indexer.ingest

    def spy(paths, **kwargs):
        read.extend(Path(p).name for p in paths)
        return real_ingest(paths, **kwargs)

    monkeypatch.setattr(indexer, "ingest", spy)
    (corpus / "b.pdf").unlink()
    again = qa.build_index([str(corpus)], str(index))
    assert read == []  # no file read again
    assert statuses(again) == {"a.pdf": ("indexed", True), "c.pdf": ("indexed", True)}
    assert again.embedded == 0 and again.pages == 0 and again.dropped == []
    assert not any("every file is read again" in note for note in again.notes), again.notes
    assert again.passages == removed.passages
    after = json.loads((index / again.snapshot / "manifest.json").read_text())
    assert after["encoder"] == original
