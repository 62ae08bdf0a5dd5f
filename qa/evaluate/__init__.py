"""Scoring the pipeline against a questions file, with baselines measured side by side (``scr-qa eval``).

Owns ``scr-qa eval`` end to end; one concern per module:

  * ``qa.evaluate.questions``  the questions-file format (see eval/README.md) and its checker
  * ``qa.evaluate.measures``   the metrics (exact match, token F1, answer hit, cite@1, page recall@k, MRR,
                               abstention precision/recall, warm latency)
  * ``qa.evaluate.running``    running every configuration on the same loaded index in the same process
  * ``qa.evaluate.timelines``  the timeline metrics against a timeline gold file
  * ``qa.evaluate.report``     results.json, results.md, failures.md and PNG plots

This module holds ``main`` (the sub-command) and re-exports the names callers import from ``qa.evaluate``.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from qa.evaluate.measures import (
    HIT_MAX_TOKENS, RECALL_KS, aggregate, answer_hit, exact_match, normalise_answer, paragraph_miss, percentile,
    reliability, score_one, token_f1,
)
from qa.evaluate.questions import TYPES, Gold, check_questions, load_questions, normalise_page_text, read_records
from qa.evaluate.report import TABLE_COLUMNS, failures_markdown, markdown_table, plot, timeline_markdown, write_report
from qa.evaluate.running import CONFIGURATIONS, evaluate, run_configuration
from qa.evaluate.timelines import (
    TimelineGold, evaluate_timeline, load_timeline_gold, score_timeline, timeline_matches,
)

__all__ = [
    "CONFIGURATIONS", "HIT_MAX_TOKENS", "RECALL_KS", "TABLE_COLUMNS", "TYPES", "Gold", "TimelineGold", "aggregate",
    "answer_hit", "check_questions", "evaluate", "evaluate_timeline", "exact_match", "failures_markdown",
    "load_questions", "load_timeline_gold", "main", "markdown_table", "normalise_answer", "normalise_page_text",
    "paragraph_miss", "percentile", "plot", "read_records", "reliability", "run_configuration", "score_one", "score_timeline",
    "timeline_markdown", "timeline_matches", "token_f1", "write_report",
]


def main(args: Any, index_dir: str) -> int:
    """``scr-qa eval``: build the index from --corpus if missing, run every configuration, write reports."""
    import sys

    from qa import store
    from qa import build_index

    root = Path(__file__).resolve().parents[2]
    questions = Path(args.questions) if args.questions else root / "eval" / "questions.jsonl"
    corpus = Path(args.corpus) if args.corpus else root / "data" / "practice"
    try:
        golds = load_questions(questions)
    except (OSError, ValueError) as exc:
        print(f"scr-qa: {exc}", file=sys.stderr)
        return 1
    if store.current_snapshot(index_dir) is None or args.corpus:
        print(f"indexing {corpus} into {index_dir} …", file=sys.stderr)
        build_index([str(corpus)], index_dir)
    configurations = CONFIGURATIONS
    if args.configs:
        wanted = [c.strip() for c in args.configs.split(",") if c.strip()]
        unknown = [c for c in wanted if c not in CONFIGURATIONS]
        if unknown:
            print(f"scr-qa: unknown configuration(s) {unknown}; known: {list(CONFIGURATIONS)}", file=sys.stderr)
            return 2
        configurations = {c: CONFIGURATIONS[c] for c in wanted}
    timeline_gold = Path(args.timeline) if getattr(args, "timeline", None) else questions.parent / "timeline_gold.jsonl"
    if getattr(args, "timeline", None) and not timeline_gold.is_file():
        print(f"scr-qa: no timeline gold file at {timeline_gold}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    report = evaluate(questions, index_dir, configurations, k=args.k)
    if timeline_gold.is_file():
        try:
            report["timeline"] = evaluate_timeline(timeline_gold, index_dir)
        except (OSError, ValueError) as exc:
            print(f"scr-qa: {exc}", file=sys.stderr)
            return 1
    report["seconds"] = round(time.perf_counter() - started, 1)
    report["questions_by_type"] = {t: sum(1 for g in golds if g.type == t) for t in sorted({g.type for g in golds})}
    written = write_report(report, args.out)
    print(markdown_table(report))
    if report.get("timeline"):
        print(timeline_markdown(report["timeline"]))
    shipped = report["configurations"].get("shipped")
    if shipped:
        print(f"{len(shipped['failures'])} failures of the shipped pipeline: {Path(args.out) / 'failures.md'}")
    print("wrote " + ", ".join(str(p) for p in written))
    return 0
