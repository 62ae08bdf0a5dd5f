"""Fit the reader's two small linear models on a questions file and write qa/reader_model.json.

    .venv/bin/python eval/train_reader.py [--questions eval/questions.jsonl] [--index-dir DIR] [--check FILE]

1. Sentence ranker: for every question, every sentence of every candidate passage gets the reader's
   generic features (qa/read.py FEATURES). A sentence is a positive when it (with its chronology row's
   date) contains an acceptable answer and lies on a gold page. Weights maximise the softmax probability
   of the positives among each question's sentences (listwise logistic loss, L2-regularised).
2. Confidence: a logistic model on the top sentence's evidence separates answerable from unanswerable
   questions; the abstention threshold is the highest that keeps abstentions on answerable training
   questions under a target rate.

Only generic features are learned (no words, names or pages), so what is fitted on the practice corpus is
how much to trust each kind of evidence. Two-fold cross-validation (odd/even ids) is printed so the
numbers are not read off the training data alone. Deterministic: plain gradient descent from zeros.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa.api import load_index, prepare  # noqa: E402
from qa.evaluate import load_questions, normalise_answer  # noqa: E402
from qa.read import CONFIDENCE_FEATURES, FEATURES, confidence_values  # noqa: E402

L2 = 0.01
STEPS = 3000
LEARNING_RATE = 0.5
MAX_ABSTAIN_ON_ANSWERABLE = 0.03


def collect(golds, index_dir: str):
    """Per question: feature matrix of its sentences, positive mask, question facts, and the units."""
    loaded = load_index(index_dir)
    data = []
    for gold in golds:
        p = prepare(gold.question, index_dir)
        units, facts = loaded.reader.units(p.question, p.candidates, p.vector, p.settings)
        X = np.array([[u.features[f] for f in FEATURES] for u in units], dtype=np.float64)
        positive = np.zeros(len(units), dtype=bool)
        if gold.answerable:
            wanted = gold.locations()
            answers = [f" {normalise_answer(a)} " for a in gold.answers]
            for i, u in enumerate(units):
                passage = loaded.search.passages[u.passage]
                start = 0 if passage.kind == "row" else u.start
                text = f" {normalise_answer(passage.text[start:u.end])} "
                on_page = any((passage.file, p) in wanted for p in (passage.page_at(u.start), passage.page_at(max(u.start, u.end - 1))))
                positive[i] = on_page and any(a in text for a in answers)
        data.append({"gold": gold, "X": X, "pos": positive, "facts": facts, "units": units})
    return data


def fit_ranker(items, dims: int) -> np.ndarray:
    usable = [d for d in items if d["pos"].any() and len(d["X"])]
    w = np.zeros(dims)
    for _ in range(STEPS):
        grad = L2 * w
        for d in usable:
            s = d["X"] @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            pos = d["pos"]
            q = p * pos / max(p[pos].sum(), 1e-12)  # posterior over the positives
            grad += (d["X"].T @ (p - q)) / len(usable)
        w -= LEARNING_RATE * grad
    return w


def confidence_rows(items, w: np.ndarray):
    rows, labels = [], []
    for d in items:
        if not len(d["X"]):
            continue
        s = d["X"] @ w
        order = np.argsort(-s)
        top = order[0]
        second = s[order[1]] if len(order) > 1 else s[top] - 5.0
        values = confidence_values(d["units"][top].features, s[top], second, d["facts"])
        rows.append([values[n] for n in CONFIDENCE_FEATURES])
        labels.append(1.0 if d["gold"].answerable else 0.0)
    return np.array(rows), np.array(labels)


def fit_logistic(X: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    mean, std = X.mean(0), X.std(0) + 1e-9
    Z = (X - mean) / std
    w = np.zeros(X.shape[1])
    b = 0.0
    weight = np.where(y == 1, 0.5 / max(y.mean(), 1e-9), 0.5 / max(1 - y.mean(), 1e-9))  # balance classes
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(Z @ w + b)))
        g = (p - y) * weight
        w -= LEARNING_RATE * (Z.T @ g / len(y) + L2 * w)
        b -= LEARNING_RATE * g.mean()
    # back to raw feature scale
    raw = w / std
    return float(b - (mean * raw).sum()), raw


def choose_threshold(X, y, bias, w) -> float:
    p = 1 / (1 + np.exp(-(X @ w + bias)))
    answerable = np.sort(p[y == 1])
    index = int(np.floor(MAX_ABSTAIN_ON_ANSWERABLE * len(answerable)))
    return float(max(0.05, answerable[index] - 1e-6)) if len(answerable) else 0.5


def evaluate_split(train, test):
    w = fit_ranker(train, len(FEATURES))
    Xc, yc = confidence_rows(train, w)
    bias, cw = fit_logistic(Xc, yc)
    threshold = choose_threshold(Xc, yc, bias, cw)
    top_ok = [bool(d["pos"][np.argmax(d["X"] @ w)]) for d in test if d["gold"].answerable and len(d["X"])]
    Xt, yt = confidence_rows(test, w)
    p = 1 / (1 + np.exp(-(Xt @ cw + bias)))
    abstain = p < threshold
    return {
        "top1_sentence_correct": round(float(np.mean(top_ok)), 3),
        "abstain_recall": round(float(abstain[yt == 0].mean()), 3) if (yt == 0).any() else None,
        "abstain_on_answerable": round(float(abstain[yt == 1].mean()), 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", default=str(ROOT / "eval" / "questions.jsonl"))
    parser.add_argument("--index-dir", default=str(ROOT / ".scr-qa-index"))
    parser.add_argument("--corpus", default=str(ROOT / "data" / "practice"))
    parser.add_argument("--out", default=str(ROOT / "qa" / "reader_model.json"))
    parser.add_argument("--exclude-tag", action="append", default=["answered-in-heldout"],
                        help="leave out questions with this tag (repeatable)")
    args = parser.parse_args()

    import qa

    qa.build_index([args.corpus], args.index_dir)
    golds = [g for g in load_questions(args.questions) if not set(g.tags) & set(args.exclude_tag)]
    started = time.time()
    items = collect(golds, args.index_dir)
    print(f"collected {sum(len(d['X']) for d in items)} sentences for {len(items)} questions in {time.time() - started:.1f} s")

    odd = [d for d in items if int("".join(c for c in d["gold"].id if c.isdigit()) or 0) % 2]
    even = [d for d in items if d not in odd]
    print("cross-validation (train odd → test even):", evaluate_split(odd, even))
    print("cross-validation (train even → test odd):", evaluate_split(even, odd))

    w = fit_ranker(items, len(FEATURES))
    Xc, yc = confidence_rows(items, w)
    bias, cw = fit_logistic(Xc, yc)
    threshold = choose_threshold(Xc, yc, bias, cw)
    model = {
        "about": "Weights of qa/read.py's sentence ranker and confidence model, fitted by eval/train_reader.py "
        "on generic features only (no words, names or pages).",
        "trained_on": {"questions": Path(args.questions).name, "count": len(items), "date": time.strftime("%Y-%m-%d")},
        "weights": {f: round(float(v), 4) for f, v in zip(FEATURES, w)},
        "confidence": {"bias": round(bias, 4), **{f: round(float(v), 4) for f, v in zip(CONFIDENCE_FEATURES, cw)}},
        "threshold": round(threshold, 4),
    }
    Path(args.out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(model, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
