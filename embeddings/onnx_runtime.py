"""ONNX Runtime sessions for the project's models, exported once from what the packages ship and cached on disk.

Owns the cache folder (``$SCR_QA_CACHE`` or the platform's user cache), atomic export into it under a key that
names the exact weights, and session options (2 threads, no spinning between calls, for every model). Also the text encoder:
all-MiniLM-L6-v2 exported with the same mean pooling and normalisation as sentence-transformers, in fp32
(vectors agree with PyTorch's to cosine ≥ 0.9999) and that export quantised to int8, which embeds index builds
(batched by length, 2 threads) and questions (one at a time, 1 thread; ~2 ms without a PyTorch forward pass).
Nothing is downloaded: exports are made from the installed model package.
"""

from __future__ import annotations

import hashlib
import json
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
INT8_FORMAT = "text-encoder-onnx-int8-per-channel-v1"
FORMATS = {"fp32": QUERY_FORMAT, "int8": INT8_FORMAT}
QUERY_MAX_TOKENS = 256  # what sentence-transformers reads of a text with this model (max_seq_length)
DIMENSION = 384
TOKENIZE_BLOCK = 2048  # texts tokenised at a time by an index build
KEYS_FILE = "file-keys.json"  # file_key's memo in the cache folder
_texts: dict[str, "TextEncoder"] = {}
_keys: dict[tuple[str, str], str] = {}


def cache_dir() -> Path:
    """``$SCR_QA_CACHE`` if set, else the user cache directory (platformdirs)."""
    if os.environ.get("SCR_QA_CACHE"):
        return Path(os.environ["SCR_QA_CACHE"])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("scr-qa"))


def file_key(*parts: bytes | str | Path) -> str:
    """A short checksum over strings and files: the cache key of an export. Reading the 90 MB encoder takes a
    tenth of a second, so the key is remembered in the cache folder under the files' paths, sizes and
    modification times, and computed again whenever one of them changes."""
    files = [f"{p.resolve()}:{st.st_size}:{st.st_mtime_ns}" for p in parts if isinstance(p, Path) for st in [p.stat()]]
    if not files:
        return _file_key(parts)
    memo_key = hashlib.sha256(repr([str(p) for p in parts] + files).encode()).hexdigest()
    memo_file = cache_dir() / KEYS_FILE
    try:
        memo = json.loads(memo_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        memo = {}
    memo = memo if isinstance(memo, dict) else {}
    if not isinstance(memo.get(memo_key), str):
        memo[memo_key] = _file_key(parts)
        try:
            memo_file.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("w", dir=memo_file.parent, delete=False, encoding="utf-8") as tmp:
                json.dump(memo, tmp)
            os.replace(tmp.name, memo_file)
        except OSError:  # a read-only cache only costs the hashing again next time
            pass
    return memo[memo_key]


def _file_key(parts: tuple[bytes | str | Path, ...]) -> str:
    digest = hashlib.sha256()
    for part in parts:
        if isinstance(part, Path):
            with open(part, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(block)
        else:
            digest.update(part.encode() if isinstance(part, str) else part)
    return digest.hexdigest()[:16]


def session(name: str, build: Callable[[Path], None], threads: int = 2, spin: bool = False):
    """An InferenceSession over ``cache_dir()/name``, made by ``build(path)`` first if it is not there.
    ``spin=False`` (the default) keeps idle threads from spinning between calls: slower when the machine is
    idle, far steadier when the other core is busy. The trained reader's 4-text batches on this shared machine
    (load ~9): p50 190 ms without spinning against 235 ms with it (1 thread: 126 ms)."""
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


def export_int8(module, inputs: tuple, names: tuple[str, ...], outputs: list[str], path: Path, axes: dict) -> None:
    """``export_torch`` to a temporary fp32 file beside ``path``, then its weights quantised to int8 per channel
    (onnxruntime's dynamic quantisation) into ``path``."""
    import logging

    from onnxruntime.quantization import QuantType, quantize_dynamic

    fp32 = path.with_name(path.stem + "-fp32.onnx")
    export_torch(module, inputs, names, outputs, fp32, axes)
    logging.disable(logging.WARNING)  # onnxruntime's advice to pre-process, printed on the root logger
    try:
        quantize_dynamic(str(fp32), str(path), weight_type=QuantType.QInt8, per_channel=True)
    finally:
        logging.disable(logging.NOTSET)
    fp32.unlink()


class TextEncoder:
    """all-MiniLM-L6-v2 through ONNX Runtime, mean-pooled and normalised as sentence-transformers does.

    ``precision="fp32"`` is the plain export (questions: the same vector as PyTorch to cosine ≥ 0.9999);
    ``"int8"`` is that export with its weights quantised to int8 per channel (onnxruntime's dynamic
    quantisation), about twice as fast for the passages and sentences of an index build (cosine ≈ 0.99 to fp32).
    """

    def __init__(self, model_dir: str, precision: str = "fp32", threads: int = 1, spin: bool = False) -> None:
        from tokenizers import Tokenizer  # the Rust tokenizer transformers wraps: no torch at question time

        if precision not in FORMATS:
            raise ValueError(f"precision must be one of {sorted(FORMATS)}, not {precision!r}")
        self.precision = precision
        self.tokenizer = Tokenizer.from_file(str(Path(model_dir) / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=QUERY_MAX_TOKENS)
        self.key = export_key(model_dir, precision)
        prefix = "query-encoder" if precision == "fp32" else f"text-encoder-{precision}"
        self.file = cache_dir() / f"{prefix}-{self.key}.onnx"
        self._session = session(self.file.name, lambda path: self._export(model_dir, path), threads=threads, spin=spin)

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
        feed = self._feed(self._ids(["a question to export the encoder with"]))
        axes = {**{k: {0: "batch", 1: "seq"} for k in names}, "hidden": {0: "batch", 1: "seq"}}
        export = export_torch if self.precision == "fp32" else export_int8
        export(model, tuple(torch.as_tensor(feed[k]) for k in names), names, ["hidden"], path, axes)

    @staticmethod
    def _feed(rows: list[np.ndarray]) -> dict[str, np.ndarray]:
        """One padded batch (right-padded with id 0, mask 0) from token id arrays."""
        width = max(len(r) for r in rows)
        ids = np.zeros((len(rows), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, tokens in enumerate(rows):
            ids[row, : len(tokens)] = tokens
            mask[row, : len(tokens)] = 1
        return {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}

    def _pool(self, rows: list[np.ndarray]) -> np.ndarray:
        feed = self._feed(rows)
        hidden = self._session.run(None, feed)[0]
        mask = feed["attention_mask"][:, :, None].astype(np.float32)
        vectors = (hidden * mask).sum(axis=1) / np.maximum(mask.sum(axis=1), 1e-9)
        norms = np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return (vectors / norms).astype(np.float32)

    def _ids(self, texts: list[str]) -> list[np.ndarray]:
        """Token ids of each text, tokenised in blocks and kept as small arrays (a tokenizer Encoding per text
        of a 100× corpus would hold hundreds of MB)."""
        out: list[np.ndarray] = []
        for start in range(0, len(texts), TOKENIZE_BLOCK):
            out.extend(np.asarray(e.ids, dtype=np.int32) for e in self.tokenizer.encode_batch(texts[start : start + TOKENIZE_BLOCK]))
        return out

    def encode(self, text: str) -> np.ndarray:
        """One normalised vector, shape (384,)."""
        return self._pool(self._ids([text]))[0]

    def encode_many(self, texts: list[str], batch_size: int = 32,
                    progress: Callable[[np.ndarray], None] | None = None) -> np.ndarray:
        """Normalised vectors, shape (len(texts), 384), in the order given. Texts are batched by token count
        (each batch pads to its own longest text, so sorted batches pad little); ``progress(rows)`` after
        each batch, with the positions in ``texts`` it embedded."""
        ids = self._ids(list(texts))
        order = np.argsort([len(r) for r in ids], kind="stable")
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        for start in range(0, len(texts), batch_size):
            chunk = order[start : start + batch_size]
            out[chunk] = self._pool([ids[i] for i in chunk])
            if progress:
                progress(chunk)
        return out


QueryEncoder = TextEncoder  # the name the query path has always used


def export_key(model_dir: str, precision: str) -> str:
    """The checksum naming an export: its recipe and the exact weights it is made from (cached per process)."""
    if (model_dir, precision) not in _keys:
        _keys[(model_dir, precision)] = file_key(FORMATS[precision], Path(model_dir) / "model.safetensors")
    return _keys[(model_dir, precision)]


def query_encoder(model_dir: str) -> TextEncoder:
    """The encoder for questions: the int8 export index builds use, on one thread that does not spin (steady when
    the other core is busy). About 2 ms a question against 5.4 ms for the fp32 export (cosine 0.994 between
    them); on eleven eval corpora (950 answerable questions) it answered exactly as the fp32 export did, short-
    answer hit 0.765 both, first citation 0.886 against 0.885."""
    global _query
    if _query is None:
        with _query_lock:
            if _query is None:
                _query = TextEncoder(model_dir, "int8")
    return _query


def text_encoder(model_dir: str, precision: str, threads: int = 2) -> TextEncoder:
    """The encoder for an index build's passages and sentences, one per precision and process: 2 threads that
    do not spin (on this shared 2-core machine spinning was slower, 21 s against 17 s a batch run, median of 3)."""
    with _query_lock:
        if precision not in _texts:
            _texts[precision] = TextEncoder(model_dir, precision, threads=threads, spin=False)
        return _texts[precision]
