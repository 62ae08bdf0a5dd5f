"""Measure the confidence bar ``qa.compare`` needs before a document counts as addressing a question.

    .venv/bin/python eval/tune_compare_bar.py --index-dir DIR [--questions eval/questions.jsonl]
                                              [--keep 0.95]

Every question is put to every indexed document through ``qa.compare`` with no bar, so each document's
answer and confidence are exactly what ``qa.compare`` weighs. A document's answer is *correct* when the
document is one the gold names (``file`` or ``alt``) and the answer hits; a document *does not state* the
answer when the gold names neither it nor, for an unanswerable question, any document. For each candidate bar this prints how many correct
answers survive and how many non-stating documents say "not addressed", and recommends the highest bar
that keeps at least ``--keep`` of the correct answers. Copy that into ``qa/compare.py``'s ``ADDRESSED``
when the reader is retrained.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa.compare import compare  # noqa: E402
from qa.evaluate import answer_hit, load_questions  # noqa: E402


def measure(questions: list, index_dir: str) -> tuple[list[float], list[float]]:
    """Confidences of correct per-document answers, and of answers from documents that do not state it
    (an abstention by the reader counts as confidence 0)."""
    correct: list[float] = []
    silent: list[float] = []
    for gold in questions:
        stating = {gold.file, *(a["file"] for a in gold.alt)} if gold.answerable else set()
        for document in compare(gold.question, index_dir, bar=0.0).documents:
            confidence = document.score if document.answerable else 0.0
            if document.file in stating:
                if confidence > 0 and answer_hit(document.answer, gold.answers):
                    correct.append(confidence)
            else:
                silent.append(confidence)
    return correct, silent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", required=True)
    parser.add_argument("--questions", default=str(ROOT / "eval" / "questions.jsonl"))
    parser.add_argument("--keep", type=float, default=0.95, help="share of correct answers to keep")
    args = parser.parse_args()
    correct, silent = measure(load_questions(args.questions), args.index_dir)
    c, s = np.array(correct), np.array(silent)
    print(f"{len(c)} correct per-document answers, {len(s)} document/question pairs that do not state it")
    print("bar    kept-correct  said-not-addressed")
    best = 0.0
    for bar in np.round(np.arange(0.0, 0.61, 0.05), 2):
        kept = float((c >= bar).mean()) if len(c) else 0.0
        quiet = float((s < bar).mean() if bar > 0 else (s == 0).mean()) if len(s) else 0.0
        print(f"{bar:4.2f}   {kept:12.3f}  {quiet:18.3f}")
        if kept >= args.keep:
            best = float(bar)
    print(f"recommended ADDRESSED = {best:.2f} (highest bar keeping >= {args.keep:.0%} of correct answers)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
