"""The span model at run time: (question, candidate texts) → scored answer spans and answerability.

Owns loading the trained reader lazily (``warm_up``, as Haystack's ExtractiveReader does), tokenising each
candidate text with the question (overlapping windows with a stride when a text is long), one batched forward
pass, and turning logits into character spans of the text. It knows nothing of passages or citations.

Scores, after Haystack: a span's score is ``start + end`` logit; its probability is
``sigmoid(CALIBRATION × score)`` so spans compare across texts; a text's no-answer probability is the product of
(1 − p) over its best spans. The answerability head's logit is reported beside them.
"""

from __future__ import annotations

import json
import math
import os
import threading
from dataclasses import dataclass, field

import numpy as np

from qa.reader import tokens
from qa.reader.decode import best_spans

MAX_LEN = 256
STRIDE = 64
CALIBRATION = 0.1
MAX_QUESTION_CHARS = 300


@dataclass
class Span:
    start: int  # character offsets in the text read
    end: int
    score: float  # start + end logit
    probability: float  # sigmoid(CALIBRATION × score)


@dataclass
class Reading:
    """What the model made of one text: its best spans, and how likely the text holds no answer."""

    text: str
    spans: list[Span] = field(default_factory=list)
    answerable: float = -10.0  # the answerability head's logit (best window)
    no_answer: float = 1.0  # product of (1 − p) over the best spans
    null: float = -1e9  # the [CLS] start + end logit (SQuAD 2.0's "no answer here"), best window
    _logits: list[tuple[np.ndarray, np.ndarray, list]] = field(default_factory=list, repr=False)

    def score_of(self, start: int, end: int) -> float | None:
        """The model's score for a given character span of the text (None if no window holds it whole)."""
        best = None
        for s_logits, e_logits, offsets in self._logits:
            s = next((k for k, o in enumerate(offsets) if o and o[0] <= start < o[1]), None)
            e = next((k for k, o in reversed(list(enumerate(offsets))) if o and o[0] < end <= o[1]), None)
            if s is None or e is None or e < s:
                continue
            value = float(s_logits[s] + e_logits[e])
            best = value if best is None else max(best, value)
        return best


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


class SpanModel:
    """Lazily loaded trained reader. Thread-safe to call; one forward pass per ``read``.

    ``backend``: "onnx" (default: the int8 ONNX Runtime session of ``qa.reader.runtime``) or "torch" (the
    fp32 network, as trained)."""

    def __init__(self, backend: str | None = None) -> None:
        self.backend = backend or os.environ.get("SCR_QA_READER_BACKEND", "onnx")
        if self.backend not in ("onnx", "torch"):
            raise ValueError(f"unknown reader backend {self.backend!r}")
        self._network = None
        self.card: dict = {}
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        if self._network is not None:
            return
        with self._lock:
            if self._network is None:
                if self.backend == "onnx":
                    from qa.reader.runtime import Session

                    self.card = json.loads(tokens.CARD_FILE.read_text(encoding="utf-8"))
                    self._network = Session()
                else:
                    from qa.reader import network

                    self._network, self.card = network.load()

    def _forward(self, enc):
        if self.backend == "onnx":
            return self._network(enc["input_ids"], enc["attention_mask"], enc["token_type_ids"])
        import torch

        with torch.inference_mode():
            out = self._network(*(torch.as_tensor(enc[k]) for k in ("input_ids", "attention_mask", "token_type_ids")))
        return tuple(t.numpy() for t in out)

    def read(self, question: str, texts: list[str], top: int = 3) -> list[Reading]:
        """One ``Reading`` per text, in order."""
        readings = [Reading(t) for t in texts]
        if not texts:
            return readings
        self.warm_up()
        question = question[:MAX_QUESTION_CHARS]  # the model reads a question, not a document pasted as one
        enc = tokens.encode([(question, text) for text in texts], MAX_LEN, STRIDE)
        owners, offsets = enc.owners, enc.offsets
        start, end, answerable = self._forward(enc)
        found: list[list[Span]] = [[] for _ in texts]
        for w, owner in enumerate(owners):
            seq = enc.sequence_ids[w]
            ctx = [k for k, sid in enumerate(seq) if sid == 1]
            if not ctx:
                continue
            reading = readings[owner]
            window_offsets = [tuple(offsets[w][k]) if seq[k] == 1 else None for k in range(len(seq))]
            reading._logits.append((start[w], end[w], window_offsets))
            reading.answerable = max(reading.answerable, float(answerable[w]))
            reading.null = max(reading.null, float(start[w][0] + end[w][0]))
            for s, e, score in best_spans(start[w], end[w], ctx[0], ctx[-1], top=top):
                a, b = window_offsets[s][0], window_offsets[e][1]
                found[owner].append(Span(a, b, score, _sigmoid(CALIBRATION * score)))
        for reading, spans in zip(readings, found):
            unique: dict[tuple[int, int], Span] = {}
            for span in sorted(spans, key=lambda x: -x.score):
                unique.setdefault((span.start, span.end), span)
            reading.spans = list(unique.values())[:top]
            reading.no_answer = float(np.prod([1.0 - s.probability for s in reading.spans])) if reading.spans else 1.0
        return readings


_shared: SpanModel | None = None
_shared_lock = threading.Lock()


def shared() -> SpanModel:
    """The process-wide span model (loaded on first use)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = SpanModel()
        return _shared
