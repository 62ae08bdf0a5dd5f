"""Measure the relevance floor of the Ask tab's "Supporting passages" (``ui.present.PASSAGE_FLOOR``).

For every question of a questions file (default: eval/questions.jsonl over data/practice), each citation after
the first is marked relevant when it is on a gold page of a gold document (``file``/``pages`` or ``alt``).
Prints, per score band, how many such passages there are and the share that is relevant, and the share of
relevant and irrelevant passages a floor keeps. Not a test: run it by hand after the reader changes.

    python tests/ui/measure_floor.py --index-dir /tmp/practice-index [--questions eval/questions.jsonl]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BANDS = (0.0, 0.01, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1.01)


def gold_pages(row: dict) -> set[tuple[str, int]]:
    places = [{"file": row.get("file"), "pages": row.get("pages") or []}, *(row.get("alt") or [])]
    return {(p["file"], int(n)) for p in places if p.get("file") for n in p.get("pages") or []}


def main(argv: list[str] | None = None) -> int:
    import qa

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", required=True)
    parser.add_argument("--questions", default=str(ROOT / "eval" / "questions.jsonl"))
    args = parser.parse_args(argv)
    seen: list[tuple[float, float, bool]] = []  # (score, score / first score, relevant)
    for line in Path(args.questions).read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else None
        if not row or not row.get("answers"):
            continue
        gold = gold_pages(row)
        answer = qa.ask(row["question"], args.index_dir, 5)
        if not answer.citations:
            continue
        top = max(answer.citations[0].score, 1e-9)
        for c in answer.citations[1:]:
            pages = range(c.page, (c.page_end or c.page) + 1)
            seen.append((c.score, c.score / top, any((c.file, p) in gold for p in pages)))
    relevant = sum(r for _, _, r in seen)
    print(f"{len(seen)} passages after the first, {relevant} on a gold page")
    print("score band      n  relevant")
    for lo, hi in zip(BANDS, BANDS[1:]):
        band = [r for s, _, r in seen if lo <= s < hi]
        share = f"{sum(band) / len(band):.2f}" if band else "-"
        print(f"[{lo:.2f}, {hi:.2f})  {len(band):4d}  {share}")
    print("floor  keeps relevant  keeps irrelevant")
    for floor in BANDS[1:-1]:
        kept = [r for s, _, r in seen if s >= floor]
        print(f"{floor:.2f}   {sum(kept) / max(1, relevant):.2f}            "
              f"{(len(kept) - sum(kept)) / max(1, len(seen) - relevant):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
