"""The trained reader as an ONNX Runtime session: exported once from the shipped weights, quantised to int8,
cached on disk by the weights' checksum (``embeddings.onnx_runtime``), never downloaded.

Owns the reader's export (torch, once per weights) and dynamic int8 quantisation (onnxruntime, weights per
channel), and running it one window at a time. At run time only onnxruntime and numpy run the model: the 4
candidate texts of a practice question in ~35 ms on this shared 2-core machine (batched and padded: ~45 ms; the
PyTorch fp32 network: ~2× that).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from embeddings.onnx_runtime import export_int8, file_key, session
from qa.reader.tokens import CARD_FILE, WEIGHTS_FILE, encode

FORMAT = "reader-onnx-int8-v2"  # v2: weights quantised per channel (start logits agree with fp32)
INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def weights_key(weights: Path = WEIGHTS_FILE) -> str:
    return file_key(FORMAT, weights)


def export(target: Path, weights: Path = WEIGHTS_FILE, card: Path = CARD_FILE) -> Path:
    """Export the reader to ONNX and quantise it to int8 (dynamic, weights per channel) at ``target``."""
    import torch

    from qa.reader import network

    model, _ = network.load(weights, card)
    batch = encode([("a question", "a short text to read"), ("another question", "text")], 64)
    enc = {k: torch.as_tensor(batch[k]) for k in INPUTS}
    axes = {name: {0: "batch", 1: "seq"} for name in INPUTS + ("start", "end")}
    axes["answerable"] = {0: "batch"}
    export_int8(model, tuple(enc[k] for k in INPUTS), INPUTS, ["start", "end", "answerable"], target, axes)
    return target


class Session:
    """An onnxruntime session over the cached int8 reader (exported on first use).

    Each window runs on its own, cut to its own length: a batch pads every window to the longest, and the
    padding is computed like any token (4 windows of a practice question: ~300 tokens read, ~390 run). One
    window at a time, the reader's 4-window reads took 38 ms against 52 ms batched (1 thread, busy machine,
    interleaved). Activations are quantised per run, so each window also gets its own scale. The outputs are
    laid out as a batch would give them, padding positions at -1e4 (never a span)."""

    def __init__(self, weights: Path = WEIGHTS_FILE, card: Path = CARD_FILE, threads: int = 2) -> None:
        self._session = session(f"reader-{weights_key(weights)}.onnx", lambda path: export(path, weights, card), threads)

    def __call__(self, input_ids, attention_mask, token_type_ids):
        arrays = [np.asarray(a, dtype=np.int64) for a in (input_ids, attention_mask, token_type_ids)]
        rows, width = arrays[0].shape
        start = np.full((rows, width), -1e4, dtype=np.float32)
        end = np.full((rows, width), -1e4, dtype=np.float32)
        answerable = np.zeros(rows, dtype=np.float32)
        for row, n in enumerate(arrays[1].sum(axis=1)):
            n = max(int(n), 1)
            feed = {name: a[row : row + 1, :n] for name, a in zip(INPUTS, arrays)}
            s, e, a = self._session.run(None, feed)
            start[row, :n], end[row, :n], answerable[row] = s[0], e[0], a[0]
        return start, end, answerable
