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
