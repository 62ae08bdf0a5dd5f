"""The trained reader as an ONNX Runtime session: exported once from the shipped weights, quantised to int8,
cached on disk by the weights' checksum, never downloaded.

Owns the export (torch, once per weights), dynamic int8 quantisation (onnxruntime), the cache location and the
session. At run time only onnxruntime and numpy run the model: 4 candidate texts read in ~16 ms on 2 threads,
against ~44 ms in PyTorch fp32 (measured in bench/).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
import warnings
from pathlib import Path

import numpy as np

from qa.reader import network

FORMAT = "reader-onnx-int8-v2"  # v2: weights quantised per channel (start logits agree with fp32)
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
_lock = threading.Lock()


def cache_dir() -> Path:
    """``$SCR_QA_CACHE`` if set, else the user cache directory (platformdirs)."""
    if os.environ.get("SCR_QA_CACHE"):
        return Path(os.environ["SCR_QA_CACHE"])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("scr-qa"))


def weights_key(weights: Path = network.WEIGHTS_FILE) -> str:
    digest = hashlib.sha256(FORMAT.encode())
    digest.update(weights.read_bytes())
    return digest.hexdigest()[:16]


def export(target: Path, weights: Path = network.WEIGHTS_FILE, card: Path = network.CARD_FILE) -> Path:
    """Export the reader to ONNX and quantise its weights and activations to int8 (dynamic), atomically."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model, _ = network.load(weights, card)
    tok = network.load_tokenizer()
    enc = tok(["a question"] * 2, ["a short text to read"] * 2, padding=True, return_tensors="pt")
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        fp32 = Path(tmp) / "reader.onnx"
        axes = {name: {0: "batch", 1: "seq"} for name in INPUTS + ("start", "end")}
        axes["answerable"] = {0: "batch"}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(model, tuple(enc[k] for k in INPUTS), str(fp32), input_names=list(INPUTS),
                              output_names=["start", "end", "answerable"], dynamic_axes=axes, opset_version=17,
                              dynamo=False)
        int8 = Path(tmp) / "reader-int8.onnx"
        quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8, per_channel=True)
        os.replace(int8, target)
    return target


class Session:
    """An onnxruntime session over the cached int8 reader (exported on first use)."""

    def __init__(self, weights: Path = network.WEIGHTS_FILE, card: Path = network.CARD_FILE, threads: int = 2) -> None:
        import onnxruntime as ort

        path = cache_dir() / f"reader-{weights_key(weights)}.onnx"
        with _lock:
            if not path.is_file():
                export(path, weights, card)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.path = path
        self._session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])

    def __call__(self, input_ids, attention_mask, token_type_ids):
        feed = {"input_ids": np.asarray(input_ids, dtype=np.int64), "attention_mask": np.asarray(attention_mask, dtype=np.int64),
                "token_type_ids": np.asarray(token_type_ids, dtype=np.int64)}
        start, end, answerable = self._session.run(None, feed)
        return start, end, answerable
