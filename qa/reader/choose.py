"""Candidate answer spans → evidence features → the probability that a span is a right answer, and that the
clause shown around it (``qa.reader.shown``) holds a right answer.

Owns the features the chooser weighs and its two fitted models (``chooser.json``, fitted by
``eval/fit_chooser.py`` on the development questions, cross-validated by corpus): ``weights``/``bias`` for the
span, ``clause`` for the clause around it; ``span_min`` (the span probability from which the short span is
shown), ``threshold`` (the clause probability under which the reader abstains) and the confidence ``levels``.
Every feature is generic — model scores, ranks, whether the span is of the type asked — never words, names or
pages. Pure functions.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

CHOOSER_FILE = Path(__file__).with_name("chooser.json")
# question kinds whose answer must be of that kind: a span that is not is never shown as the answer
STRICT_KINDS = frozenset({"date", "time", "number", "duration", "age"})
FEATURES = (
    "span",  # the model's start + end logit / 10
    "answerable",  # the answerability head's logit for the text read / 5
    "no_answer",  # product of (1 − p) over the text's best spans
    "null_margin",  # the span's score minus the text's [CLS] "no answer" score, / 10, in [-1, 1]
    "rank",  # 1 / (1 + the ranker's rank of the sentence read)
    "gap",  # the ranker's score of that sentence minus the best's, / 5, in [-1, 0]
    "focus",  # 1: the span lies in the candidate sentence itself, not a neighbour
    "type_fit",  # typed questions: 1 the span is (or overlaps) a span of the asked type, 0 not
    "typed",  # 1: the question asks for a typed answer (date, time, amount, person, organisation, place)
    # Not the rules reader's own answer or confidence: written from the practice questions' failures, they are
    # right far more often there than on reviews never seen, and a chooser fitted with them trusts them too much
    "cov",  # idf-weighted share of the question's terms in the sentence read and its neighbours
    "dense",  # cosine of the question and the sentence read
    "rare",  # share of the question's two rarest terms in the sentence read
    "agree",  # other texts read that propose the same answer words, / 2, at most 1
    "margin",  # the span's score minus the best other answer's, / 10, in [-1, 1]
    "unknown",  # 1: a word naming what is asked never occurs in the documents
    "words",  # span length in words / 15, at most 1
    "novel",  # share of the span's words that the question does not contain
    "cov_s",  # idf-weighted share of the question's terms in the sentence read alone
    "cov_ctx",  # … in its passage and heading
    "bigram_s",  # share of the question's term pairs found as pairs in the sentence read
    "cov_prev",  # coverage of the sentence before: the question's event is often told just before the answer
    "cov_own",  # idf-weighted share of the question's terms in the span's own sentence (not the one the window was read for)
    "dense_own",  # cosine of the question and the span's own sentence
    "bigram_own",  # share of the question's term pairs found as pairs in the span's own sentence
)
_WORD = re.compile(r"[a-z0-9£%]+")


@dataclass
class Choice:
    """One candidate answer: a span of a passage with its features and, once scored, its probability."""

    passage: int
    start: int
    end: int
    window: int  # index of the window it was read in
    features: dict[str, float] = field(default_factory=dict)
    probability: float = 0.0  # P(the span is a right answer)
    type_ok: bool = True
    clause: tuple[int, int] = (0, 0)  # offsets of the clause shown around the span when the span is not sure
    clause_probability: float = 0.0  # P(that clause holds a right answer)
    structural: bool = False  # the span is what the document's structure gives (a foreword's signature, a To: line)


def load(path: Path = CHOOSER_FILE) -> dict:
    if not path.is_file():
        return {"features": list(FEATURES), "weights": [0.0] * len(FEATURES), "bias": 0.0, "threshold": 0.5,
                "levels": []}
    return json.loads(path.read_text(encoding="utf-8"))


def structural_probability(fitted: dict) -> float:
    """P(right) of an answer that a document-structure rule gives ("who wrote the foreword?" → its signature):
    the share of such answers that were right on the development questions (``structure`` in ``chooser.json``,
    counted by ``eval/fit_chooser.py``; add-one smoothed). The model's scores say little there: a name on a line
    of its own gives it no words of the question to go by, and too few questions ask it for the logistic fit to
    learn a weight."""
    counted = fitted.get("structure")
    return (counted["right"] + 1) / (counted["n"] + 2) if counted else 0.0


def probability(features: dict[str, float], fitted: dict, model: str = "span") -> float:
    """P(right) under the fitted ``span`` model or, when fitted, the ``clause`` model (else the span's)."""
    weights = fitted if model == "span" else fitted.get(model) or fitted
    z = weights["bias"] + sum(w * features.get(name, 0.0) for name, w in zip(fitted["features"], weights["weights"]))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def novelty(span_text: str, question: str) -> float:
    words = _WORD.findall(span_text.lower())
    if not words:
        return 0.0
    asked = set(_WORD.findall(question.lower()))
    return sum(1 for w in words if w not in asked) / len(words)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_YEAR_PAIR = re.compile(r"\b((?:19|20)\d\d)\s*(?:[-/\u2013\u2014]|to)\s*((?:19|20)?\d\d)\b")  # 2022-23, 2011/12
_SHORT_DATE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./](\d\d)\b")  # 31/01/07


def years(text: str) -> tuple[set[str], set[str]]:
    """The years a text states: (pairs of consecutive years such as a financial or school year, canonical
    "2022-23"; every single year, those of the pairs and of two-digit dates like 31/01/07 included)."""
    pairs, single = set(), set(_YEAR.findall(text))
    for first, second in _YEAR_PAIR.findall(text):
        if int(second[-2:]) == (int(first[-2:]) + 1) % 100:
            pairs.add(f"{first}-{second[-2:]}")
            single.add(first[:2] + second[-2:])
    single.update(("20" if int(yy) < 50 else "19") + yy for yy in _SHORT_DATE.findall(text))
    return pairs, single


def year_missing(asked: tuple[set[str], set[str]], text: str) -> float:
    """1.0 when the question (its ``years``) names a year or a pair of years that ``text`` never states: an
    answer about another year, or about no year, is not the answer asked for. 0.0 when the question names none."""
    pairs, single = asked
    if not pairs and not single:
        return 0.0
    stated_pairs, stated = years(text)
    for pair in pairs:
        if pair not in stated_pairs and not {pair[:4], pair[:2] + pair[-2:]} <= stated:
            return 1.0
    in_pairs = {y for pair in pairs for y in (pair[:4], pair[:2] + pair[-2:])}
    return 0.0 if single - in_pairs <= stated else 1.0


def level(p: float, fitted: dict) -> str:
    """"high", "medium" or "low": the named band of the fitted levels the probability falls in."""
    for band in fitted.get("levels", []):
        if p >= band["min"]:
            return band["name"]
    return "low"
