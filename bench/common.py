"""Shared helpers for the benchmarks: run a command in a fresh process and measure it (``run_measured``; a
``worker.py`` job and its JSON result: ``run_job``), percentiles, ratios, questions, the log line, and the
configurations and stages every section reads.

Peak memory comes from the kernel: ``os.wait4`` returns the resource usage of exactly the child we waited
for (its own peak RSS, or that of a descendant it reaped, whichever is larger: Linux reports the max over
the process and its reaped children). Each measured run is its own process, so earlier runs never leak
into a later run's peak, which ``getrusage(RUSAGE_CHILDREN)`` in one long-lived parent would do.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
QUESTIONS = ROOT / "eval" / "questions.jsonl"


@dataclass
class Run:
    """One measured process: wall seconds, peak RSS (MB), exit code, and what it printed."""

    wall_s: float
    peak_rss_mb: float
    returncode: int
    stdout: str
    stderr: str
    timed_out: bool = False


def run_measured(cmd: list[str], timeout_s: float | None = None, env: dict | None = None, cwd: Path = ROOT) -> Run:
    """Run ``cmd`` in a new process (and session); wall time and peak RSS of that process tree's largest member."""
    out_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-{os.getpid()}-{time.time_ns()}"
    with open(f"{out_path}.out", "w+b") as out, open(f"{out_path}.err", "w+b") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(
            cmd, stdout=out, stderr=err, env=env or child_env(), cwd=cwd, start_new_session=True
        )
        timed_out = False
        deadline = None if timeout_s is None else started + timeout_s
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid == proc.pid:
                break
            if deadline is not None and time.perf_counter() > deadline:
                timed_out = True
                try:
                    os.killpg(proc.pid, 9)  # the process group we started (the build and its PDF readers)
                except ProcessLookupError:
                    pass
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    for suffix in (".out", ".err"):
        Path(f"{out_path}{suffix}").unlink(missing_ok=True)
    # ru_maxrss is in kilobytes on Linux
    return Run(wall, usage.ru_maxrss / 1024.0, proc.returncode, stdout, stderr, timed_out)


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("TRANSFORMERS_OFFLINE", "1")
    env.setdefault("TOKENIZERS_PARALLELISM", "false")
    return env


def worker(*args: str) -> list[str]:
    """The command line of one bench/worker.py job."""
    return [PYTHON, str(ROOT / "bench" / "worker.py"), *args]


def percentile(values: list[float], q: float) -> float:
    """Linear-interpolation percentile (q in 0..100) of a non-empty list."""
    xs = sorted(values)
    if not xs:
        return float("nan")
    pos = (len(xs) - 1) * q / 100.0
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def median(values: list[float]) -> float:
    return percentile(values, 50)


def pick_questions(n: int, seed: int = 7) -> list[str]:
    """``n`` varied questions from eval/questions.jsonl: round-robin over question types, seeded."""
    rows = [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_type: dict[str, list[str]] = {}
    for row in rows:
        by_type.setdefault(row.get("type") or "other", []).append(row["question"])
    rng = random.Random(seed)
    for qs in by_type.values():
        rng.shuffle(qs)
    picked: list[str] = []
    types = sorted(by_type)
    while len(picked) < n and any(by_type.values()):
        for t in types:
            if by_type[t] and len(picked) < n:
                picked.append(by_type[t].pop())
    return picked


def loadavg() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def dir_size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file()) / (1024 * 1024)


def ratio(a: float, b: float) -> float | None:
    if not b or a != a or b != b:
        return None
    return round(a / b, 3)


CONFIGS = ["shipped", "rules-only", "model-only", "lexical-only", "dense-only"]  # rules-only: the reader before the trained model
STAGES = ["load", "embed", "retrieve", "read"]


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def run_job(args: list[str], out_json: Path, timeout_s: float | None = None) -> tuple[dict | None, object]:
    run = run_measured(worker(*args), timeout_s=timeout_s)
    if run.returncode != 0 or not out_json.is_file():
        if not run.timed_out:
            log(f"job failed ({run.returncode}): {' '.join(args[:1])}\n{run.stderr[-3000:]}")
        return None, run
    return json.loads(out_json.read_text(encoding="utf-8")), run
