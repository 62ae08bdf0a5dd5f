"""Training pairs for the span reader drawn from the development questions of the practice corpus and the
held-out review (SQuAD-format JSON), in the form the reader reads at run time.

    .venv/bin/python eval/domain_pairs.py --out /tmp/scr-qa-domain.json [--work DIR]

For each answerable question: the window (sentence with its neighbours, or a short chronology row) that holds an
accepted answer on a gold page, with the answer's offset; the ranker's best windows that hold no accepted answer
are unanswerable examples, as are the best windows of the unanswerable questions. Only these two sets are used,
never eval/dev (the chooser is fitted there) nor eval/blind (never tuned on).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from qa.api import prepare  # noqa: E402
from qa.evaluate import load_questions  # noqa: E402
from fit_chooser import OVERFIT, indexed  # noqa: E402
from fit_chooser import SETS as CHOOSER_SETS  # noqa: E402
from qa.reader.candidates import window_of, windows  # noqa: E402

# the development sets the rules were written from (fit_chooser.OVERFIT), never the fresh ones the chooser is fitted on
SETS = {name: paths for name, paths in CHOOSER_SETS.items() if name in OVERFIT}
NEGATIVES = 2


def _find(text: str, answer: str) -> int:
    """Offset of ``answer`` in ``text``, whitespace and case aside (-1: not there)."""
    pattern = r"\s+".join(re.escape(part) for part in unicodedata.normalize("NFKC", answer).split())
    found = re.search(pattern, unicodedata.normalize("NFKC", text), re.IGNORECASE) if pattern else None
    return found.start() if found and len(unicodedata.normalize("NFKC", text)) == len(text) else -1


def pairs(name: str, work: Path) -> list[dict]:
    questions, index_dir, loaded = indexed(name, work)
    passages = loaded.search.passages
    out = []
    for gold in load_questions(questions):
        if gold.type == "list":
            continue  # several spans: not one start/end
        p = prepare(gold.question, index_dir)
        units, _ = loaded.reader.units(p.question, p.candidates, p.vector, p.settings)
        positive = None
        if gold.answerable:
            wanted = gold.locations()
            for unit in units:
                passage = passages[unit.passage]
                start, end = window_of(passage, unit.sentence)
                text = passage.text[start:end]
                for answer in sorted(gold.answers, key=len, reverse=True):
                    at = _find(text, answer)
                    if at >= 0 and (passage.file, passage.page_at(start + at)) in wanted:
                        positive = {"context": text, "answer": text[at : at + len(answer)], "start": at}
                        break
                if positive:
                    break
            if positive:
                out.append({"id": f"{gold.id}-pos", "question": gold.question, **positive})
        negatives = 0
        for w in windows(units, passages, 6):
            text = passages[w.passage].text[w.start : w.end]
            if negatives >= NEGATIVES or (positive and text == positive["context"]):
                continue
            if any(_find(text, a) >= 0 for a in gold.answers):
                continue
            out.append({"id": f"{gold.id}-neg{negatives}", "question": gold.question, "context": text, "answer": "", "start": -1})
            negatives += 1
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--work", default="/tmp/scr-qa-fit")
    args = ap.parse_args()
    rows = [r for name in SETS for r in pairs(name, Path(args.work))]
    paragraphs = [{"context": r["context"], "qas": [{
        "id": r["id"], "question": r["question"], "is_impossible": r["start"] < 0,
        "answers": [] if r["start"] < 0 else [{"text": r["answer"], "answer_start": r["start"]}]}]} for r in rows]
    data = {"version": "scr-qa-domain", "data": [{"title": "scr-qa-practice-and-heldout", "paragraphs": paragraphs}]}
    Path(args.out).write_text(json.dumps(data), encoding="utf-8")
    print(f"{sum(1 for r in rows if r['start'] >= 0)} answerable and {sum(1 for r in rows if r['start'] < 0)} "
          f"unanswerable windows → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
