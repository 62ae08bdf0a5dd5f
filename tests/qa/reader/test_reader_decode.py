"""qa.reader.decode: the best spans are found over the context only, in order, within the length limit."""

import numpy as np

from qa.reader.decode import best_spans


def test_the_best_span_is_the_highest_start_plus_end_within_the_context():
    start = np.array([9.0, 0.0, 1.0, 5.0, 0.0, 0.0])
    end = np.array([9.0, 0.0, 0.0, 0.0, 4.0, 1.0])
    spans = best_spans(start, end, first=1, last=5, top=2)
    assert spans[0] == (3, 4, 9.0)  # not the [CLS] logits at 0, outside the context
    assert spans[1][2] <= spans[0][2]


def test_an_end_before_its_start_or_a_span_too_long_is_never_proposed():
    start = np.array([0.0, 0.0, 0.0, 8.0])
    end = np.array([0.0, 7.0, 0.0, 0.0])
    spans = best_spans(start, end, first=0, last=3, top=5)
    assert all(s <= e for s, e, _ in spans)
    long = best_spans(np.array([5.0] + [0.0] * 9), np.array([0.0] * 9 + [5.0]), 0, 9, top=1, max_tokens=3)
    assert long and long[0][1] - long[0][0] < 3


def test_an_empty_context_gives_no_span():
    assert best_spans(np.zeros(3), np.zeros(3), first=2, last=1) == []


def test_the_top_spans_are_those_of_a_full_sort_best_first():
    """The top spans are found without sorting the whole grid: the same spans, in the same order, as ranking
    every allowed (start, end) pair."""
    rng = np.random.default_rng(0)
    for _ in range(200):
        n = int(rng.integers(1, 80))
        start, end = rng.normal(size=n), rng.normal(size=n)
        top = int(rng.integers(1, 6))
        every = sorted(((start[s] + end[e], s, e) for s in range(n) for e in range(s, min(n, s + 30))), reverse=True)
        assert [(s, e) for s, e, _ in best_spans(start, end, 0, n - 1, top=top)] == [(s, e) for _, s, e in every[:top]]
