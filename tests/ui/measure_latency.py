"""Time from pressing Enter to the answer shown in the browser (and to the page preview loaded).

    .venv/bin/python tests/ui/measure_latency.py                 # index data/practice in a temp dir
    .venv/bin/python tests/ui/measure_latency.py --index-dir IDX --json

Starts the UI on a free 127.0.0.1 port in this process, drives Debian's headless Chromium, asks one
warm-up question (not counted: the first ``qa.ask`` loads the model and the index), then the
questions below, each once, and prints p50 / p90 / max. Not a pytest test (no ``test_`` prefix).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from ui import harness  # noqa: E402

QUESTIONS = [
    "When did Child T die?",
    "Who chaired the initial child protection conference?",
    "When was the legal planning meeting?",
    "How many children did SW2 have on her caseload?",
    "How much did the review cost?",
    "When was Child T born?",
    "Who was the independent chair of the review panel?",
    "When was the second strategy meeting?",
    "What did the post-mortem find?",
    "When did the Board accept the overview report?",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def measure(url: str, questions: list[str]) -> dict:
    answer_s: list[float] = []
    preview_s: list[float] = []
    with harness.browser((1400, 1000)) as page:
        harness.open_app(page, url)
        harness.ask(page, "When was the overview report completed?")  # warm-up, not counted
        harness.wait_preview(page)
        for question in questions:
            started = time.perf_counter()
            answer_s.append(harness.ask(page, question))
            harness.wait_preview(page)
            preview_s.append(time.perf_counter() - started)
    return {
        "questions": len(questions),
        "answer_p50_s": round(statistics.median(answer_s), 3),
        "answer_p90_s": round(percentile(answer_s, 0.9), 3),
        "answer_max_s": round(max(answer_s), 3),
        "preview_p50_s": round(statistics.median(preview_s), 3),
        "answer_s": [round(x, 3) for x in answer_s],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", help="an existing index (default: index data/practice in a temp dir)")
    parser.add_argument("-n", type=int, default=len(QUESTIONS), help="how many questions (max 10)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not harness.chromium_path():
        print(f"measure_latency: {harness.MISSING_CHROMIUM}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="scr-qa-latency-") as tmp:
        index_dir = args.index_dir
        if not index_dir:
            import qa

            index_dir = str(Path(tmp) / "index")
            qa.build_index([str(ROOT / "data" / "practice")], index_dir)
        with harness.running_server(index_dir) as url:
            result = measure(url, QUESTIONS[: max(1, min(args.n, len(QUESTIONS)))])
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(
            f"submit -> answer shown: p50 {result['answer_p50_s']:.2f} s, p90 {result['answer_p90_s']:.2f} s, "
            f"max {result['answer_max_s']:.2f} s over {result['questions']} questions; "
            f"-> page preview loaded: p50 {result['preview_p50_s']:.2f} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
