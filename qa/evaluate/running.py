"""Running configurations: every pipeline configuration (the shipped one and the baselines) answers every
question on the same loaded index in the same process, so differences are the configurations' own.
"""

from __future__ import annotations

import statistics
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from qa.api import DENSE_ONLY, LEXICAL_ONLY, MODEL_ONLY, RULES_ONLY, SHIPPED, PipelineConfig, ask, documents, load_index
from qa.evaluate.measures import RECALL_KS, aggregate, paragraph_miss, percentile, reliability, score_one
from qa.evaluate.questions import Gold, load_questions
from qa.evaluate.verbatim import PageWords, off_page

CONFIGURATIONS: dict[str, PipelineConfig] = {
    c.name: c for c in (LEXICAL_ONLY, DENSE_ONLY, RULES_ONLY, MODEL_ONLY, SHIPPED)
}


def run_configuration(
    golds: list[Gold], index_dir: str, config: PipelineConfig, k: int, progress: Any = None,
    pages: PageWords | None = None,
) -> dict[str, Any]:
    loaded = load_index(index_dir)
    loaded._queries.clear()  # every configuration pays for its own query embeddings
    ask("warm-up question about the review", index_dir, k=k, config=config)
    loaded._queries.clear()
    pages = pages or page_words(index_dir)
    rows, latencies, failures, paragraph_misses, off = [], [], [], [], []
    for gold in golds:
        started = time.perf_counter()
        answer = ask(gold.question, index_dir, k=max(k, max(RECALL_KS)), config=config).to_dict()
        latencies.append((time.perf_counter() - started) * 1000)
        answer["citations"] = answer["citations"][: max(k, max(RECALL_KS))]
        row = score_one(gold, answer)
        row.update(off_page(answer, pages))
        rows.append(row)
        if row["answer_off_page"] or row["quotes_off_page"]:
            off.append({"id": gold.id, "question": gold.question, "answer": answer["answer"],
                        "answer_off_page": bool(row["answer_off_page"]), "quotes_off_page": row["quotes_off_page"],
                        "cited": [_pages_cited(c) for c in answer["citations"][:5]]})
        wrong = (gold.answerable and (not row["hit"] or not row["cite1"])) or (
            not gold.answerable and not row["abstained"]
        )
        if wrong:
            failures.append(
                {
                    "id": gold.id,
                    "type": gold.type,
                    "question": gold.question,
                    "predicted": answer["answer"],
                    "abstained": row["abstained"],
                    "score": answer["score"],
                    "cited": f"{answer['citations'][0]['file']} p.{answer['citations'][0]['page']}"
                    if answer["citations"] else None,
                    "gold": gold.answers,
                    "gold_pages": sorted(f"{f} p.{p}" for f, p in gold.locations()),
                }
            )
        elif miss := paragraph_miss(gold, answer, row):
            paragraph_misses.append(miss)
        if progress:
            progress.update(1)
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_type[row["type"]].append(row)
    return {
        "overall": aggregate(rows),
        "reliability": reliability(rows),
        "by_type": {t: aggregate(r) for t, r in sorted(by_type.items())},
        "latency_ms": {
            "p50": round(percentile(latencies, 50), 2),
            "p95": round(percentile(latencies, 95), 2),
            "mean": round(statistics.fmean(latencies), 2) if latencies else 0.0,
            "all": [round(x, 2) for x in latencies],
        },
        "failures": failures,
        "paragraph_misses": paragraph_misses,
        "off_page": off,
        "rows": rows,
    }


def _pages_cited(citation: dict[str, Any]) -> str:
    end = citation.get("page_end") or citation["page"]
    return f"{citation['file']} p.{citation['page']}" + (f"-{end}" if end != citation["page"] else "")


def page_words(index_dir: str) -> PageWords:
    """The cited-page checker over the PDFs the index was built from (where they still are)."""
    return PageWords({d["file"]: d["path"] for d in documents(index_dir) if d.get("path")})


def evaluate(
    questions: str | Path,
    index_dir: str,
    configurations: dict[str, PipelineConfig] | None = None,
    k: int = 5,
    show_progress: bool = True,
) -> dict[str, Any]:
    golds = load_questions(questions)
    configurations = configurations or CONFIGURATIONS
    progress = None
    if show_progress:
        from tqdm import tqdm

        progress = tqdm(total=len(golds) * len(configurations), desc="eval", unit="q", leave=False)
    pages = page_words(index_dir)
    results = {
        name: run_configuration(golds, index_dir, config, k, progress, pages)
        for name, config in configurations.items()
    }
    if progress:
        progress.close()
    return {
        "questions_file": str(questions),
        "index_dir": str(index_dir),
        "k": k,
        "questions": len(golds),
        "configurations": results,
    }
