"""The trained reader as an ONNX Runtime session: exported once from the shipped weights, quantised to int8,
cached on disk by the weights' checksum (``embeddings.onnx_runtime``), never downloaded.

Owns the reader's export (torch, once per weights) and dynamic int8 quantisation (onnxruntime, weights per
channel). At run time only onnxruntime and numpy run the model: 4 candidate texts in ~16 ms on 2 threads,
against ~44 ms in PyTorch fp32.
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
    """An onnxruntime session over the cached int8 reader (exported on first use)."""

    def __init__(self, weights: Path = WEIGHTS_FILE, card: Path = CARD_FILE, threads: int = 2) -> None:
        self._session = session(f"reader-{weights_key(weights)}.onnx", lambda path: export(path, weights, card), threads)

    def __call__(self, input_ids, attention_mask, token_type_ids):
        feed = {"input_ids": np.asarray(input_ids, dtype=np.int64), "attention_mask": np.asarray(attention_mask, dtype=np.int64),
                "token_type_ids": np.asarray(token_type_ids, dtype=np.int64)}
        start, end, answerable = self._session.run(None, feed)
        return start, end, answerable
