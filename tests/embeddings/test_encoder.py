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
