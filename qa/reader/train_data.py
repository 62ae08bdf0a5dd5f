"""The span reader's training data: the SQuAD-format files and where they are, their paragraphs (duplicates
merged), the split by whole articles and the examples made from each question. ``qa.reader.train`` tokenises
them and trains on them; it re-exports these names.

Examples per question, all from the question's own article:
- the paragraph (cut into overlapping windows of ``max_len`` tokens with a stride), as SQuAD is read;
- a *sentence window*: the sentence holding the answer with 0–1 neighbours on each side, the form
  ``qa.reader`` reads at run time (a candidate sentence with its neighbours);
- a window of the same paragraph that does not hold the answer, labelled unanswerable, and for SQuAD 2.0's
  unanswerable questions the window that shares most words with the question — so the answerability head
  learns "this text does not say it" from text that is about the same thing.
"""

from __future__ import annotations

import gzip
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path


DEFAULT_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "qa-data"
FILES = (
    "squad-v1.1-train-slice-a.json.gz",
    "squad-v2.0-train-slice.json.gz",
    "squad-v1.1-dev.json.gz",
    "squad-v2.0-dev-half.json.gz",
    "xquad-en.json.gz",
)
HELD_OUT_ARTICLES = 12
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
_WORD = re.compile(r"[a-z0-9]+")


@dataclass
class Example:
    """One question over one context; ``start`` is the answer's character offset (-1: not in this context)."""

    question: str
    context: str
    answer: str
    start: int
    article: str


def load_squad(data_dir: Path, files=FILES) -> list[tuple[str, str, list[dict]]]:
    """(article title, context, qas) for every paragraph, duplicates (same context) merged by question text."""
    merged: dict[tuple[str, str], dict[str, dict]] = {}
    for name in files:
        path = Path(data_dir) / name
        if not path.is_file():
            raise FileNotFoundError(f"{path}: training data not found (see ../shared/qa-data/README.md)")
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)["data"]
        for article in data:
            for paragraph in article["paragraphs"]:
                key = (article["title"], paragraph["context"])
                qas = merged.setdefault(key, {})
                for qa in paragraph["qas"]:
                    qas.setdefault(qa["question"].strip(), qa)
    return [(title, context, list(qas.values())) for (title, context), qas in merged.items()]


def _load_file(path: Path) -> list[tuple[str, str, list[dict]]]:
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    return [(a["title"], p["context"], p["qas"]) for a in data for p in a["paragraphs"]]


def split_articles(paragraphs, held_out: int = HELD_OUT_ARTICLES, seed: int = 13):
    titles = sorted({t for t, _, _ in paragraphs})
    rng = random.Random(seed)
    test = set(rng.sample(titles, min(held_out, max(1, len(titles) // 4))))
    return [p for p in paragraphs if p[0] not in test], [p for p in paragraphs if p[0] in test]


def sentences(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return [(a, b) for a, b in bounds if b > a]


def _overlap(question: str, text: str) -> int:
    return len(set(_WORD.findall(question.lower())) & set(_WORD.findall(text.lower())))


def examples(paragraphs, rng: random.Random, windows: bool = True, whole: bool = True,
             whole_share: float = 1.0) -> list[Example]:
    out: list[Example] = []
    for title, context, qas in paragraphs:
        sents = sentences(context)
        for qa in qas:
            impossible = bool(qa.get("is_impossible")) or not qa.get("answers")
            answer = "" if impossible else qa["answers"][0]["text"]
            start = -1 if impossible else int(qa["answers"][0]["answer_start"])
            if whole and (not windows or rng.random() < whole_share):
                out.append(Example(qa["question"], context, answer, start, title))
            if not windows or len(sents) < 1:
                continue
            if impossible:
                best = max(range(len(sents)), key=lambda i: _overlap(qa["question"], context[sents[i][0] : sents[i][1]]))
                lo, hi = max(0, best - rng.randint(0, 1)), min(len(sents) - 1, best + rng.randint(0, 1))
                out.append(Example(qa["question"], context[sents[lo][0] : sents[hi][1]], "", -1, title))
                continue
            holding = next((i for i, (a, b) in enumerate(sents) if a <= start < b), None)
            if holding is None or start + len(answer) > sents[holding][1] + 1:
                continue  # an answer across a sentence boundary: the paragraph example covers it
            lo, hi = max(0, holding - rng.randint(0, 1)), min(len(sents) - 1, holding + rng.randint(0, 1))
            if start + len(answer) <= sents[hi][1]:
                a = sents[lo][0]
                out.append(Example(qa["question"], context[a : sents[hi][1]], answer, start - a, title))
            others = [i for i in range(len(sents)) if i != holding]
            if others and rng.random() < 0.6:
                # the sentence that shares most words with the question, the hard negative, half of the time
                pick = (max(others, key=lambda i: _overlap(qa["question"], context[sents[i][0] : sents[i][1]]))
                        if rng.random() < 0.5 else rng.choice(others))
                lo, hi = pick, pick
                if rng.random() < 0.5 and pick + 1 < len(sents) and pick + 1 != holding:
                    hi = pick + 1
                out.append(Example(qa["question"], context[sents[lo][0] : sents[hi][1]], "", -1, title))
    return out
