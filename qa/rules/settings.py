"""The rules reader's settings, its fitted ranker and confidence weights, and the scored sentence (``Unit``).

Owns ``qa/reader_model.json`` (fitted by ``eval/train_reader.py``), the feature names the ranker and the
confidence model weigh, ``ReaderSettings`` (the shipped defaults) and ``Unit``. Imports nothing of the reader.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


MODEL_FILE = Path(__file__).parent.with_name("reader_model.json")  # qa/reader_model.json
MAX_ANSWER_WORDS = 30  # an untyped answer longer than this is cut to its best clause
QUOTE_MAX_CHARS = 600  # a chronology row longer than this is quoted from its best sentence
SUBJECT_SHARE = 0.3  # a person named in more of the passages than this is the review's subject
DATE_REFINE_MARGIN = 1.5  # a sentence this close to the best may replace it with a later date ("last …")
PRECISION_MARGIN = 3.5  # … or, matching the question as well, with the same date more precisely

FEATURES = (
    "dense_s",  # cosine(question, sentence)
    "dense_p",  # cosine(question, passage)
    "cov_s",  # idf-weighted share of question terms in the sentence
    "cov_win",  # … in the sentence and its neighbours
    "cov_ctx",  # … in the passage and its heading
    "bigram_s",  # share of the question's term pairs found as pairs in the sentence
    "rare_s",  # share of the question's two rarest terms in the sentence
    "bm25_p",  # passage BM25 / best BM25 among candidates
    "fused_p",  # passage reciprocal-rank fusion score / best
    "type_ok",  # 1 typed span in the sentence, 0.5 in a neighbour or the row's date, 0 none (typed questions)
    "span_quality",  # how good that span is (a full date beats a month; a name beats a role …)
    "proximity",  # closeness of the span to the words shared with the question
    "is_row",  # the sentence is in a chronology-table row
    "length",  # sentence length (words / 40, capped at 1)
    "cov_prev",  # coverage of the previous sentence: the question's event is often told just before the answer
    "dense_prev",  # cosine(question, previous sentence)
    "answer_like",  # untyped questions: holds what is asked (a quote for "what did X say", a reason for "why")
    "novelty",  # share of the sentence's terms that the question does not already contain
    "date_match",  # the question names a date: 1 the sentence has a matching date, -1 only other dates (±0.5: passage)
    "entity_match",  # the question names people (Ms A, SW1 …): 1 all in the sentence or its neighbours,
    # -1 none of them but another of the same kind (SW2 for SW1), 0 otherwise
    "name_ok",  # the question asks for a name: 1 the sentence offers a name or code it does not contain, else -1
    "unit_fit",  # amount questions: 1 the span counts what is asked ("how many visits" → "three visits") or
    # carries the asked unit (a weight, money, a duration), -1 it counts something else ("two stairs"), 0 unknown
    "ordinal_match",  # the question says "first"/"second" …: 1 the sentence has the same ordinal ("strategy
    # meeting 1" for "the first strategy meeting"), -1 only others, 0 none
    "answer_near",  # holds what is asked (answer_like, or type_ok) × the question's event told in it or just before
    # it: "Ms A took him to the GP with a bruise …. She said that he had rolled off the sofa."
    "person_named",  # person questions: 1 the span names someone or gives a designation (Mrs X, SW2), -1 it is a
    # bare role ("the Chair of the Board"), 0 other questions
)
CONFIDENCE_FEATURES = (
    "top_score", "top_margin", "cov_win", "rare_s", "dense_s", "missing_mass", "type_ok", "name_ok", "unit_fit",
    "unit_mismatch",  # 1: the best amount counts or measures something other than what was asked
    "name_missing",  # 1: a name was asked for and the best sentence offers none it does not already share
    "mismatch",  # 1: the best sentence tells of another date, ordinal or person than the question names
    "modal",  # 1: asked what happened, the best sentence says it will or should ("will issue", "should be published"),
    # or, asked when, that it was called off ("arranged for 3 October 2007, was cancelled")
)

# features of what the answering sentence holds, as against how well it matches the question
ANSWER_FORM_FEATURES = ("type_ok", "name_ok", "unit_fit", "date_match", "ordinal_match", "entity_match", "modal")

DEFAULT_WEIGHTS = {
    "dense_s": 2.0, "dense_p": 1.0, "cov_s": 2.0, "cov_win": 1.0, "cov_ctx": 0.8, "bigram_s": 0.8,
    "rare_s": 0.8, "bm25_p": 0.5, "fused_p": 0.5, "type_ok": 1.5, "span_quality": 0.5, "proximity": 0.5,
    "is_row": 0.0, "length": -0.2, "cov_prev": 0.5, "dense_prev": 0.5, "answer_like": 0.5, "novelty": 0.3,
    "date_match": 1.0, "entity_match": 1.0, "name_ok": 0.5, "unit_fit": 0.5, "answer_near": 0.5, "ordinal_match": 0.5,
}
DEFAULT_CONFIDENCE = {
    "bias": -4.0, "top_score": 0.6, "top_margin": 0.5, "cov_win": 2.0, "rare_s": 1.5, "dense_s": 2.0,
    "missing_mass": -3.0, "type_ok": 0.5, "unit_mismatch": -2.0, "name_missing": -2.0,
}
ABSTAIN_THRESHOLD = 0.5
UNIT_RESCUE_MARGIN = 2.5  # ranker score by which a best sentence not holding the asked form may lead one that does


def load_model(path: Path = MODEL_FILE) -> dict:
    """The fitted weights (or hand-set defaults when no model file ships)."""
    try:
        model = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"weights": DEFAULT_WEIGHTS, "confidence": DEFAULT_CONFIDENCE, "threshold": ABSTAIN_THRESHOLD}
    return model


_MODEL = load_model()


@dataclass
class ReaderSettings:
    """Named settings of the reader; the defaults are the shipped pipeline."""

    abstain_threshold: float = float(_MODEL.get("threshold", ABSTAIN_THRESHOLD))
    passages_read: int = 30  # candidates whose sentences are scored
    use_dense: bool = True  # False: lexical-only baseline (no embeddings anywhere)
    use_lexical: bool = True  # False: dense-only baseline (no term overlap anywhere)
    use_types: bool = True  # False: best sentence only, no typed spans
    max_answer_words: int = MAX_ANSWER_WORDS
    weights: dict[str, float] = field(default_factory=lambda: dict(_MODEL["weights"]))
    confidence: dict[str, float] = field(default_factory=lambda: dict(_MODEL["confidence"]))


@dataclass
class Unit:
    """One scored sentence of a candidate passage."""

    passage: int
    sentence: int  # index into passage.sentences
    start: int
    end: int
    features: dict[str, float]
    span: tuple[int, int] | None = None  # typed answer span in the passage text
    score: float = 0.0
