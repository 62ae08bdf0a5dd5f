"""ONNX Runtime sessions for the project's models, exported once from what the packages ship and cached on disk.

Owns the cache folder (``$SCR_QA_CACHE`` or the platform's user cache), atomic export into it under a key that
names the exact weights, and session options (2 threads, no spinning between calls). Also the query encoder:
all-MiniLM-L6-v2 exported in fp32 with the same mean pooling and normalisation as sentence-transformers, so a
question is embedded in a few milliseconds without a PyTorch forward pass (vectors agree with PyTorch's to
cosine ≥ 0.9999). Nothing is downloaded: exports are made from the installed model package.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np

_lock = threading.Lock()  # one export at a time
_query_lock = threading.Lock()
_query = None
QUERY_FORMAT = "query-encoder-onnx-fp32-v1"
QUERY_MAX_TOKENS = 256


def cache_dir() -> Path:
    """``$SCR_QA_CACHE`` if set, else the user cache directory (platformdirs)."""
    if os.environ.get("SCR_QA_CACHE"):
        return Path(os.environ["SCR_QA_CACHE"])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("scr-qa"))


def file_key(*parts: bytes | str | Path) -> str:
    """A short checksum over strings and files: the cache key of an export."""
    digest = hashlib.sha256()
    for part in parts:
        if isinstance(part, Path):
            with open(part, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(block)
        else:
            digest.update(part.encode() if isinstance(part, str) else part)
    return digest.hexdigest()[:16]


def session(name: str, build: Callable[[Path], None], threads: int = 2, spin: bool = True):
    """An InferenceSession over ``cache_dir()/name``, made by ``build(path)`` first if it is not there.
    ``spin=False`` keeps idle threads from spinning between calls (slower when the machine is idle, far
    steadier when the other core is busy)."""
    import onnxruntime as ort

    path = cache_dir() / name
    with _lock:
        if not path.is_file():
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(dir=path.parent) as tmp:
                part = Path(tmp) / name
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    build(part)
                os.replace(part, path)
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "1" if spin else "0")
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def export_torch(module, inputs: tuple, names: tuple[str, ...], outputs: list[str], path: Path, axes: dict) -> None:
    import torch

    torch.onnx.export(module, inputs, str(path), input_names=list(names), output_names=outputs,
                      dynamic_axes=axes, opset_version=17, dynamo=False)


class QueryEncoder:
    """all-MiniLM-L6-v2 for one short text at a time, through ONNX Runtime."""

    def __init__(self, model_dir: str) -> None:
        from tokenizers import Tokenizer  # the Rust tokenizer transformers wraps: no torch at question time

        self.tokenizer = Tokenizer.from_file(str(Path(model_dir) / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=QUERY_MAX_TOKENS)
        weights = Path(model_dir) / "model.safetensors"
        name = f"query-encoder-{file_key(QUERY_FORMAT, weights)}.onnx"
        self._session = session(name, lambda path: self._export(model_dir, path), threads=1, spin=False)

    def _export(self, model_dir: str, path: Path) -> None:
        import torch
        from transformers import BertModel
        from transformers.utils import logging

        logging.set_verbosity_error()
        bert = BertModel.from_pretrained(model_dir, local_files_only=True, add_pooling_layer=False).eval()

        class Hidden(torch.nn.Module):
            def __init__(self) -> None:
                super().__init__()
                self.bert = bert

            def forward(self, input_ids, attention_mask, token_type_ids):
                return self.bert(input_ids=input_ids, attention_mask=attention_mask,
                                 token_type_ids=token_type_ids).last_hidden_state

        model = Hidden().eval()
        names = ("input_ids", "attention_mask", "token_type_ids")
        feed = self._feed("a question to export the encoder with")
        export_torch(model, tuple(torch.as_tensor(feed[k]) for k in names), names, ["hidden"], path,
                     {**{k: {0: "batch", 1: "seq"} for k in names}, "hidden": {0: "batch", 1: "seq"}})

    def _feed(self, text: str) -> dict[str, np.ndarray]:
        enc = self.tokenizer.encode(text)
        return {"input_ids": np.array([enc.ids], dtype=np.int64),
                "attention_mask": np.array([enc.attention_mask], dtype=np.int64),
                "token_type_ids": np.array([enc.type_ids], dtype=np.int64)}

    def encode(self, text: str) -> np.ndarray:
        feed = self._feed(text)
        hidden = self._session.run(None, feed)[0][0]
        mask = feed["attention_mask"][0][:, None].astype(np.float32)
        vector = (hidden * mask).sum(axis=0) / max(mask.sum(), 1e-9)
        return (vector / max(np.linalg.norm(vector), 1e-12)).astype(np.float32)


def query_encoder(model_dir: str) -> QueryEncoder:
    global _query
    if _query is None:
        with _query_lock:
            if _query is None:
                _query = QueryEncoder(model_dir)
    return _query
