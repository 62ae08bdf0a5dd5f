"""Passage vectors pooled from sentence vectors: a length-weighted mean, normalised; empty groups stay zero."""

import numpy as np

from embeddings.pooling import pool


def test_each_group_is_the_normalised_length_weighted_mean_of_its_rows():
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(5, 8)).astype(np.float32)
    owners = np.array([0, 0, 2, 2, 2])
    weights = np.array([10.0, 30.0, 1.0, 1.0, 2.0])
    pooled = pool(vectors, owners, weights, 4)
    assert pooled.shape == (4, 8) and pooled.dtype == np.float32
    expected = 10 * vectors[0] + 30 * vectors[1]
    assert np.allclose(pooled[0], expected / np.linalg.norm(expected), atol=1e-6)
    expected = vectors[2] + vectors[3] + 2 * vectors[4]
    assert np.allclose(pooled[2], expected / np.linalg.norm(expected), atol=1e-6)
    assert not pooled[1].any() and not pooled[3].any()  # no rows: zero, not NaN
    assert np.allclose(np.linalg.norm(pooled[[0, 2]], axis=1), 1.0, atol=1e-6)


def test_a_longer_sentence_pulls_the_passage_vector_towards_it():
    a, b = np.eye(2, dtype=np.float32)
    pooled = pool(np.stack([a, b]), np.array([0, 0]), np.array([90.0, 10.0]), 1)[0]
    assert pooled @ a > pooled @ b > 0


def test_no_rows_at_all():
    assert pool(np.zeros((0, 3), np.float32), np.zeros(0, np.int64), np.zeros(0), 2).tolist() == [[0.0] * 3] * 2
