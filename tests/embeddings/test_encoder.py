"""The encoder takes any Python string: lone surrogates (undecodable command-line bytes, broken PDF font
maps) are embedded as U+FFFD instead of making the tokenizer raise."""

import numpy as np

from embeddings import encoder


def test_lone_surrogates_are_encoded_like_the_replacement_character():
    vectors = encoder.encode(["\ud800When did Child T die?\udfff", "\ufffdWhen did Child T die?\ufffd", "plain"])
    assert vectors.shape == (3, encoder.DIMENSION) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert np.allclose(vectors[0], vectors[1], atol=1e-5)
    assert encoder.encode_query("\udcff").shape == (encoder.DIMENSION,)


def test_a_question_embedded_through_onnx_runtime_is_the_vector_the_model_gives():
    questions = ["When did Child T die?", "Who chaired the first strategy meeting held after the hospital visit?",
                 "word " * 400]  # longer than the model reads: cut the same way
    for q in questions:
        a, b = encoder.encode_query(q), encoder.encode([q])[0]
        assert abs(float(np.linalg.norm(a)) - 1.0) < 1e-5
        assert float(a @ b) > 0.9999


def test_exports_are_cached_by_key_and_made_atomically(tmp_path, monkeypatch):
    from embeddings import onnx_runtime

    monkeypatch.setenv("SCR_QA_CACHE", str(tmp_path))
    assert onnx_runtime.cache_dir() == tmp_path
    assert onnx_runtime.file_key("a") != onnx_runtime.file_key("b")
    calls = []

    def build(path):
        calls.append(path)
        raise RuntimeError("export failed")

    import pytest

    with pytest.raises(RuntimeError):
        onnx_runtime.session("broken.onnx", build)
    assert calls and not (tmp_path / "broken.onnx").exists()  # a failed export leaves nothing half-written
