"""The encoder takes any Python string: lone surrogates (undecodable command-line bytes, broken PDF font
maps) are embedded as U+FFFD instead of making the tokenizer raise. The ONNX encoders give the PyTorch
model's vectors (fp32: to cosine 0.9999; int8, what index builds use: close to them), and the backend an index
is built with is chosen by $SCR_QA_ENCODER and named in what the manifest records."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from embeddings import encoder

TEXTS = [
    "When did Child T die?",
    "Who chaired the first strategy meeting held after the hospital visit?",
    "The health visitor recorded that Ms A seemed low and the flat was cold; no referral was made.",
    "4.12 The review found that agencies did not share what they knew about Mr B's history of violence, and "
    "that the child protection conference on 3 August 2007 relied on an incomplete picture of the household.",
    "word " * 400,  # longer than the model reads: cut the same way
]


def test_lone_surrogates_are_encoded_like_the_replacement_character():
    vectors = encoder.encode(["\ud800When did Child T die?\udfff", "\ufffdWhen did Child T die?\ufffd", "plain"])
    assert vectors.shape == (3, encoder.DIMENSION) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert np.allclose(vectors[0], vectors[1], atol=1e-5)
    assert encoder.encode_query("\udcff").shape == (encoder.DIMENSION,)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.characters(), st.sampled_from(["\ud800", "\udbff", "\udc00", "\udfff", "\ud83d\ude00"])))
       .map("".join))
def test_the_encoders_guard_gives_the_text_page_cleaning_gives(text):
    """The encoder owns its guard (embeddings import nothing from qa); it must give exactly what
    qa.clean.valid_unicode gives, so vectors are the same as when it called that."""
    from qa.clean import valid_unicode

    assert encoder.tokenizable(text) == valid_unicode(text)
    encoder.tokenizable(text).encode("utf-8")  # UTF-8 can hold it (raises on a lone surrogate)


def test_a_question_embedded_through_onnx_runtime_is_close_to_the_vector_the_model_gives():
    """Questions go through the int8 export (issue 18: ~2 ms against 5 ms fp32); the fp32 export is the model."""
    torch_vectors = encoder.encode(TEXTS, backend_name="torch")
    fp32 = encoder.encode(TEXTS, backend_name="onnx-fp32")
    for q, b, c in zip(TEXTS, torch_vectors, fp32):
        a = encoder.encode_query(q)
        assert abs(float(np.linalg.norm(a)) - 1.0) < 1e-5
        assert float(c @ b) > 0.9999
        assert float(a @ b) > 0.98


def test_int8_build_vectors_stay_close_to_fp32_and_padding_is_masked():
    fp32 = encoder.encode(TEXTS, backend_name="onnx-fp32")
    int8 = encoder.encode(TEXTS, backend_name="onnx-int8")
    assert int8.shape == fp32.shape and int8.dtype == np.float32
    assert np.allclose(np.linalg.norm(int8, axis=1), 1.0, atol=1e-4)
    cosines = (int8 * fp32).sum(axis=1)
    assert cosines.min() > 0.97 and cosines.mean() > 0.98, cosines  # practice corpus: mean 0.992 (bench/)
    # fp32: a text padded inside a batch gets the vector it gets alone (padding is masked out of the mean)
    alone = np.stack([encoder.encode([t], backend_name="onnx-fp32")[0] for t in TEXTS])
    assert np.allclose(alone, fp32, atol=1e-4)
    # int8 quantises activations per batch, so the company a text keeps moves its vector a little (practice
    # corpus: cosine 0.991 mean between batches of 32 and one text at a time), never far
    alone8 = np.stack([encoder.encode([t], backend_name="onnx-int8")[0] for t in TEXTS])
    assert ((alone8 * int8).sum(axis=1) > 0.97).all()
    # the int8 build path is the query encoder: a question and the same text embedded alone meet at cosine 1
    assert np.allclose(alone8[0], encoder.encode_query(TEXTS[0]), atol=1e-5)


def test_duplicate_texts_are_embedded_once_and_each_gets_its_vector():
    counted = []
    vectors = encoder.encode([TEXTS[0], TEXTS[1], TEXTS[0]], progress=counted.append)
    assert np.array_equal(vectors[0], vectors[2]) and not np.array_equal(vectors[0], vectors[1])
    assert sum(counted) == 3  # progress counts the texts given, duplicates included


def test_the_backend_comes_from_the_environment_and_a_wrong_one_is_named(monkeypatch):
    monkeypatch.delenv(encoder.BACKEND_ENV, raising=False)
    assert encoder.backend() == "onnx-int8"
    made = encoder.encoder_id()
    assert made["backend"] == "onnxruntime" and made["precision"] == "int8" and len(made["checksum"]) == 16
    monkeypatch.setenv(encoder.BACKEND_ENV, "torch")
    assert encoder.encoder_id() == {"backend": "torch", "precision": "fp32", "checksum": encoder.encoder_id("torch")["checksum"]}
    assert encoder.encoder_id()["checksum"] != made["checksum"]
    monkeypatch.setenv(encoder.BACKEND_ENV, "gpu-fp16")
    with pytest.raises(ValueError, match="SCR_QA_ENCODER.*onnx-int8, onnx-fp32, torch"):
        encoder.backend()


def test_exports_are_cached_by_key_and_made_atomically(tmp_path, monkeypatch):
    from embeddings import onnx_runtime

    monkeypatch.setenv("SCR_QA_CACHE", str(tmp_path))
    assert onnx_runtime.cache_dir() == tmp_path
    assert onnx_runtime.file_key("a") != onnx_runtime.file_key("b")
    weights = tmp_path / "weights.bin"
    weights.write_bytes(b"first")
    first = onnx_runtime.file_key("recipe", weights)
    assert onnx_runtime.file_key("recipe", weights) == first == onnx_runtime._file_key(("recipe", weights))
    assert (tmp_path / onnx_runtime.KEYS_FILE).is_file()  # remembered: the file is not read again
    weights.write_bytes(b"second")  # changed (size): the key is computed again
    assert onnx_runtime.file_key("recipe", weights) == onnx_runtime._file_key(("recipe", weights)) != first
    (tmp_path / onnx_runtime.KEYS_FILE).write_text("not json")  # a damaged memo is ignored and rewritten
    assert onnx_runtime.file_key("recipe", weights) == onnx_runtime._file_key(("recipe", weights))
    calls = []

    def build(path):
        calls.append(path)
        raise RuntimeError("export failed")

    import pytest

    with pytest.raises(RuntimeError):
        onnx_runtime.session("broken.onnx", build)
    assert calls and not (tmp_path / "broken.onnx").exists()  # a failed export leaves nothing half-written
