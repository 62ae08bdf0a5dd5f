"""The trained reader as an ONNX Runtime session: exported once from the shipped weights, quantised to int8,
cached on disk by the weights' checksum (``embeddings.onnx_runtime``), never downloaded.

Owns the reader's export (torch, once per weights) and dynamic int8 quantisation (onnxruntime, weights per
channel), and running it window by window. At run time only onnxruntime and numpy run the model: the 4
candidate windows of a practice question in ~27 ms on this 2-core machine at load ~2 with attention exported as
PyTorch's fused kernel, about a fifth less since it is exported as plain matrix products (one padded batch:
~57 ms; the PyTorch fp32 network: about twice the batch).
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from embeddings.onnx_runtime import export_int8, file_key, session
from qa.reader.tokens import CARD_FILE, WEIGHTS_FILE, encode

# v2: weights quantised per channel (start logits agree with fp32); v3: attention exported as plain matrix
# products (``eager``), which onnxruntime runs about a fifth faster than the export of PyTorch's fused attention
FORMAT = "reader-onnx-int8-v3"
INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def weights_key(weights: Path = WEIGHTS_FILE) -> str:
    return file_key(FORMAT, weights)


def export(target: Path, weights: Path = WEIGHTS_FILE, card: Path = CARD_FILE) -> Path:
    """Export the reader to ONNX and quantise it to int8 (dynamic, weights per channel) at ``target``."""
    import torch

    from qa.reader import network

    model, _ = network.load(weights, card)
    model.encoder.set_attn_implementation("eager")
    batch = encode([("a question", "a short text to read"), ("another question", "text")], 64)
    enc = {k: torch.as_tensor(batch[k]) for k in INPUTS}
    axes = {name: {0: "batch", 1: "seq"} for name in INPUTS + ("start", "end")}
    axes["answerable"] = {0: "batch"}
    export_int8(model, tuple(enc[k] for k in INPUTS), INPUTS, ["start", "end", "answerable"], target, axes)
    return target


class Session:
    """An onnxruntime session over the cached int8 reader (exported on first use).

    Each window runs on its own, cut to its own length: a batch pads every window to the longest, and the
    padding is computed like any token (4 windows of a practice question: ~300 tokens read, ~390 run).
    Activations are quantised per run, so a window's logits do not depend on the other windows read with it.
    The windows run two at a time, each on one thread: a window is too small for two threads to share well. On
    the 80 four-window reads of eval/questions.jsonl, interleaved, at load ~2 on the 2 cores: 26.5 ms p50 two at a
    time on one thread each, 32.4 ms one at a time on one thread, 34.5 ms on two threads, 57 ms as one padded
    batch (at load ~5, one at a time on two threads was the fastest: 42 ms against 47 ms). Every way gives the same
    logits to the bit. The outputs are laid out as a batch would give them, padding positions at -1e4 (never a
    span)."""

    def __init__(self, weights: Path = WEIGHTS_FILE, card: Path = CARD_FILE, workers: int = 2) -> None:
        self._session = session(f"reader-{weights_key(weights)}.onnx", lambda path: export(path, weights, card), 1)
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="reader") if workers > 1 else None
        self._pool_free = threading.Lock()

    def __call__(self, input_ids, attention_mask, token_type_ids):
        arrays = [np.asarray(a, dtype=np.int64) for a in (input_ids, attention_mask, token_type_ids)]
        rows, width = arrays[0].shape
        lengths = [max(int(n), 1) for n in arrays[1].sum(axis=1)]
        feeds = [{name: a[row : row + 1, :n] for name, a in zip(INPUTS, arrays)} for row, n in enumerate(lengths)]
        run = lambda feed: self._session.run(None, feed)  # noqa: E731 - onnxruntime runs a session from any thread
        # The pool serves one read at a time; a read that finds it busy (several questions at once: the web UI,
        # the concurrency tests) runs its windows on its own thread, so reads never queue behind each other.
        pooled = self._pool is not None and rows > 1 and self._pool_free.acquire(blocking=False)
        try:
            results = list(self._pool.map(run, feeds) if pooled else map(run, feeds))
        finally:
            if pooled:
                self._pool_free.release()
        start = np.full((rows, width), -1e4, dtype=np.float32)
        end = np.full((rows, width), -1e4, dtype=np.float32)
        answerable = np.zeros(rows, dtype=np.float32)
        for row, (n, (s, e, a)) in enumerate(zip(lengths, results)):
            start[row, :n], end[row, :n], answerable[row] = s[0], e[0], a[0]
        return start, end, answerable
