"""A snapshot's per-file pieces: split by file and joined again, refs renumbered and shifted."""

import numpy as np
import pytest

from qa import assemble
from qa.types import Passage, Sentence

DIM = 8


def file_pieces(name: str, texts: list[str], seed: int) -> assemble.Pieces:
    """One file's pieces: a passage per text, a sentence per word of it (refs count within the file)."""
    rng = np.random.default_rng(seed)
    passages, refs = [], []
    for i, text in enumerate(texts):
        sentences, start = [], 0
        for word in text.split(" "):
            sentences.append(Sentence(start, start + len(word)))
            refs.append((i, start, start + len(word)))
            start += len(word) + 1
        passages.append(Passage(name, "T " + name, text, [(0, i + 1)], f"{i + 1}.1", None, "paragraph", sentences))
    pages = [{"file": name, "page": i + 1, "label": None, "text": t} for i, t in enumerate(texts)]
    return assemble.Pieces(
        passages, pages,
        rng.standard_normal((len(texts), DIM)).astype(np.float32),
        rng.standard_normal((len(refs), DIM)).astype(np.float32),
        np.asarray(refs, np.int32).reshape(-1, 3),
    )


def same(a: assemble.Pieces, b: assemble.Pieces) -> None:
    assert a.passages == b.passages and a.pages == b.pages
    for field in ("passage_vectors", "sentence_vectors", "sentence_refs"):
        x, y = getattr(a, field), getattr(b, field)
        assert x.dtype == y.dtype and x.shape == y.shape and np.array_equal(x, y), field


@pytest.fixture()
def files() -> dict[str, assemble.Pieces]:
    return {
        "a.pdf": file_pieces("a.pdf", ["one two three", "four five"], 1),
        "b.pdf": file_pieces("b.pdf", ["six"], 2),
        "c.pdf": file_pieces("c.pdf", ["seven eight", "nine ten eleven", "twelve"], 3),
    }


def test_join_stacks_files_in_order_and_shifts_each_files_refs_by_the_passages_before_it(files):
    joined = assemble.join(files.values(), DIM)
    assert [p.file for p in joined.passages] == ["a.pdf"] * 2 + ["b.pdf"] + ["c.pdf"] * 3
    assert [p["file"] for p in joined.pages] == [p.file for p in joined.passages]
    assert np.array_equal(joined.passage_vectors, np.concatenate([f.passage_vectors for f in files.values()]))
    assert np.array_equal(joined.sentence_vectors, np.concatenate([f.sentence_vectors for f in files.values()]))
    # b's only passage is the snapshot's third (index 2), c's start at 3; starts and ends are unchanged
    assert joined.sentence_refs[:5, 0].tolist() == [0, 0, 0, 1, 1]
    assert joined.sentence_refs[5:6].tolist() == [[2, 0, 3]]
    assert joined.sentence_refs[6:, 0].tolist() == [3, 3, 4, 4, 4, 5]
    # every ref names a sentence of the passage it points at
    for p, start, end in joined.sentence_refs.tolist():
        assert Sentence(start, end) in joined.passages[p].sentences
    assert files["c.pdf"].sentence_refs[:, 0].tolist() == [0, 0, 1, 1, 1, 2]  # the inputs are not changed


def test_split_then_join_gives_back_the_same_snapshot_and_each_files_pieces(files):
    joined = assemble.join(files.values(), DIM)
    parts = assemble.split(joined)
    assert list(parts) == list(files)
    for name, piece in files.items():
        same(parts[name], piece)
    same(assemble.join(parts.values(), DIM), joined)
    # a file taken out: the others close up, their refs shifted down
    without_a = assemble.join([parts["b.pdf"], parts["c.pdf"]], DIM)
    assert without_a.sentence_refs[:, 0].tolist() == [0, 1, 1, 2, 2, 2, 3]
    same(assemble.split(without_a)["c.pdf"], files["c.pdf"])


def test_joining_nothing_gives_empty_arrays_of_the_right_shape():
    empty = assemble.join([], DIM)
    assert empty.passages == [] and empty.pages == []
    assert empty.passage_vectors.shape == (0, DIM) and empty.passage_vectors.dtype == np.float32
    assert empty.sentence_vectors.shape == (0, DIM) and empty.sentence_refs.shape == (0, 3)
    assert empty.sentence_refs.dtype == np.int32
    assert assemble.split(empty) == {}


def test_pieces_whose_vectors_do_not_match_their_passages_are_refused(files):
    piece = files["a.pdf"]
    short = assemble.Pieces(piece.passages, piece.pages, piece.passage_vectors[:1], piece.sentence_vectors,
                            piece.sentence_refs)
    with pytest.raises(ValueError, match="2 passages with 1 passage vectors"):
        assemble.join([files["b.pdf"], short], DIM)


def test_split_then_join_of_a_real_snapshot_is_the_same_snapshot(practice_index):
    from qa import store
    from embeddings.encoder import DIMENSION

    data = store.load(practice_index)
    parts = assemble.split(data)
    indexed = [n for n, f in data.files.items() if f.get("status") != "skipped"]
    assert sorted(parts) == sorted(indexed) and len(parts) >= 2
    for name, piece in parts.items():
        assert {p.file for p in piece.passages} == {name} and {p["file"] for p in piece.pages} == {name}
        assert piece.sentence_refs[:, 0].min() == 0 and piece.sentence_refs[:, 0].max() < len(piece.passages)
    again = assemble.join(parts.values(), DIMENSION)
    assert again.passages == data.passages and again.pages == data.pages
    assert np.array_equal(again.passage_vectors, data.passage_vectors)
    assert np.array_equal(again.sentence_vectors, data.sentence_vectors)
    assert np.array_equal(again.sentence_refs, data.sentence_refs)
