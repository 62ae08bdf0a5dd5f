"""32 threads calling ``qa.ask`` on one index at once get exactly the answers serial calls get.

The threads start together (a barrier) on an index that is not loaded yet, so they also race to load it
and to embed their questions. Each call has a generous timeout; no speed is asserted (the wall time is
printed for the record).
"""

from __future__ import annotations

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import ROOT

import qa
from qa import api

THREADS = 32
CALL_TIMEOUT_S = 600


def eval_questions(n: int) -> list[str]:
    rows = [json.loads(line) for line in (ROOT / "eval" / "questions.jsonl").read_text().splitlines() if line.strip()]
    step = max(1, len(rows) // n)
    return [row["question"] for row in rows[::step]][:n]


def run_together(calls: list) -> tuple[list, list[BaseException], float]:
    """Run zero-argument callables in their own threads, released together; (results, errors, seconds)."""
    barrier = threading.Barrier(len(calls))

    def start(call):
        barrier.wait(timeout=120)
        return call()

    results: list = [None] * len(calls)
    errors: list[BaseException] = []
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        futures = [pool.submit(start, call) for call in calls]
        for i, future in enumerate(futures):
            try:
                results[i] = future.result(timeout=CALL_TIMEOUT_S)
            except BaseException as exc:  # noqa: BLE001 - counted and reported
                errors.append(exc)
    return results, errors, time.perf_counter() - started


@pytest.mark.slow
def test_32_concurrent_asks_match_serial_answers(practice_index):
    questions = eval_questions(THREADS)
    assert len(set(questions)) == THREADS
    serial = [qa.ask(q, practice_index).to_dict() for q in questions]
    api.forget(practice_index)  # the threads race to load the index and fill the query cache
    results, errors, seconds = run_together([lambda q=q: qa.ask(q, practice_index).to_dict() for q in questions])
    print(f"\n{THREADS} concurrent qa.ask calls: {seconds:.1f} s wall, {len(errors)} errors")
    assert not errors, [f"{type(e).__name__}: {e}" for e in errors]
    for question, got, want in zip(questions, results, serial):
        assert got == want, question


@pytest.mark.slow
def test_concurrent_asks_with_mixed_configs_filters_and_k_match_serial(practice_index):
    questions = eval_questions(8)
    files = sorted(api.load_index(practice_index).search.file_names)
    variants = [
        {"config": api.SHIPPED},
        {"config": api.LEXICAL_ONLY},
        {"config": api.DENSE_ONLY},
        {"config": api.SHIPPED, "k": 1, "files": [files[-1]]},
    ]
    jobs = [(q, v) for q in questions for v in variants]
    assert len(jobs) == THREADS

    def call(question, options):
        options = dict(options)
        k = options.pop("k", 5)
        return qa.ask(question, practice_index, k, **options).to_dict()

    serial = [call(q, v) for q, v in jobs]
    api.load_index(practice_index)._queries.clear()  # every thread embeds its question again
    results, errors, seconds = run_together([lambda q=q, v=v: call(q, v) for q, v in jobs])
    print(f"\n{THREADS} concurrent mixed-config qa.ask calls: {seconds:.1f} s wall, {len(errors)} errors")
    assert not errors, [f"{type(e).__name__}: {e}" for e in errors]
    assert results == serial
    assert all(c["file"] == files[-1] for (q, v), r in zip(jobs, results) if "files" in v for c in r["citations"])
