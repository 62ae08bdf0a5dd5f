"""Reading worker processes: each reads one PDF (or one share of its pages) at a time, with a deadline and
a memory cap; a stuck or crashed worker is killed and replaced, and its file reported, never the build.

Owns the worker pool, the pickle-over-pipes protocol and the per-file limits. pypdf raises many exception
types on damaged files, can loop for a long time, and on a hostile file can try to allocate gigabytes; none of
that reaches the process that builds the index.
"""

from __future__ import annotations

import logging
import os
import pickle
import struct
import subprocess
import sys
import time
from collections import deque
from collections.abc import Iterator
from multiprocessing.connection import wait as wait_for
from pathlib import Path
from typing import Any

from qa.pdfread import _describe, read_pdf

FILE_TIME_BUDGET_S = 120.0  # a file that takes longer is skipped: "took longer than N s"
WORKER_MEMORY_LIMIT_MB = 4096  # address-space cap of each reading worker (hostile image bombs)
READ_WORKERS = 2  # worker processes reading PDFs in parallel


def _limit_memory(megabytes: int) -> None:
    try:
        import resource

        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass


def _send(stream: Any, obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack("!Q", len(data)) + data)
    stream.flush()


def _receive(stream: Any) -> Any:
    header = stream.read(8)
    if len(header) < 8:
        raise EOFError("worker closed its pipe")
    (size,) = struct.unpack("!Q", header)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("worker closed its pipe mid-message")
    return pickle.loads(data)


def worker_loop(memory_limit_mb: int) -> None:
    """Body of a reading worker process: (path, password) tasks in on stdin, results out on stdout."""
    channel_in, channel_out = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing a library prints may corrupt the result channel
    _limit_memory(memory_limit_mb)
    logging.getLogger("pypdf").setLevel(logging.WARNING)
    logging.getLogger("pypdf").propagate = False
    while True:
        try:
            task = _receive(channel_in)
        except (EOFError, OSError):
            return
        if task is None:
            return
        path, password, part = task
        started = time.monotonic()
        try:
            result = read_pdf(path, password, part)
        except MemoryError:
            result = {"error": f"ran out of memory (worker limit {memory_limit_mb} MB)"}
        except BaseException as exc:  # noqa: BLE001
            result = {"error": f"reader failed: {_describe(exc)}"}
        result["seconds"] = round(time.monotonic() - started, 3)
        try:
            _send(channel_out, result)
        except Exception as exc:  # noqa: BLE001 - e.g. unpicklable content
            _send(channel_out, {"error": f"reader failed to return its result: {_describe(exc)}"})


class _Worker:
    """A reading worker: a separate Python process running ``worker_loop``; killable at any time."""

    def __init__(self, memory_limit_mb: int) -> None:
        env = dict(os.environ)
        package_root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
        env.pop("PYTHONOPTIMIZE", None)  # under -O pypdf's asserts vanish and a bad page silently reads as ''

        self.proc = subprocess.Popen(
            [sys.executable, "-c", f"from qa.workers import worker_loop; worker_loop({int(memory_limit_mb)})"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        self.task: tuple[int, str] | None = None
        self.deadline = 0.0

    def send(self, index: int, task: tuple, budget: float) -> None:
        self.task = (index, task[0])
        self.deadline = time.monotonic() + budget
        _send(self.proc.stdin, (task[0], task[1], task[2] if len(task) > 2 else None))

    def receive(self) -> Any:
        return _receive(self.proc.stdout)

    def stop(self, kill: bool = False) -> None:
        try:
            if kill:
                self.proc.kill()
            else:
                _send(self.proc.stdin, None)
        except Exception:  # noqa: BLE001
            pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=5)
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()
            except Exception:  # noqa: BLE001
                pass


def read_pdfs_in_workers(
    tasks: list[tuple],
    time_budget_s: float = FILE_TIME_BUDGET_S,
    workers: int = READ_WORKERS,
    memory_limit_mb: int = WORKER_MEMORY_LIMIT_MB,
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Run ``read_pdf`` over (path, password) or (path, password, part) tasks in worker processes; yield
    (task index, result).

    A worker that passes its file's deadline is killed and replaced; one that dies is reported as crashed.
    """
    if not tasks:
        return
    pending = deque(enumerate(tasks))
    pool: list[_Worker] = []
    try:
        while pending or any(w.task for w in pool):
            for worker in pool:
                if worker.task is None and pending:
                    index, task = pending.popleft()
                    worker.send(index, task, time_budget_s)
            while pending and len(pool) < max(1, workers):
                worker = _Worker(memory_limit_mb)
                index, task = pending.popleft()
                worker.send(index, task, time_budget_s)
                pool.append(worker)
            busy = [w for w in pool if w.task]
            timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            ready = wait_for([w.proc.stdout for w in busy], timeout=timeout)
            for worker in busy:
                index = worker.task[0]
                if worker.proc.stdout in ready:
                    try:
                        result = worker.receive()
                    except (EOFError, OSError, pickle.UnpicklingError):
                        worker.proc.wait(timeout=5)
                        code = worker.proc.returncode
                        result = {
                            "error": f"ran out of memory (worker limit {memory_limit_mb} MB)"
                            if code in (-9, 137)
                            else f"reader process crashed (exit code {code})"
                        }
                        pool.remove(worker)
                        worker.stop(kill=True)
                    worker.task = None
                    yield index, result
                elif time.monotonic() >= worker.deadline:
                    pool.remove(worker)
                    worker.stop(kill=True)
                    yield index, {"error": f"took longer than {time_budget_s:g} s (time budget per file)"}
    finally:
        for worker in pool:
            worker.stop(kill=bool(worker.task))

