"""One document's passages → the vectors an index stores for them: one per passage, one per sentence.

Owns what an index build embeds. With the ONNX encoders (the default) each text is embedded once: every
sentence of a passage, and the heading a passage is searched by (``embedding_text``), and the passage's
vector is pooled from those by length (``embeddings.pooling``); a passage without sentences is embedded
whole. The PyTorch path (``$SCR_QA_ENCODER=torch``, the benchmark's baseline) embeds whole passages and
their sentences separately, as every build did before issue 18. ``embed_file`` runs in the build's
embedding thread while worker processes still read the next PDFs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from embeddings import encoder, pooling
from qa.passages import embedding_text
from qa.types import Passage


@dataclass
class FileVectors:
    """Vectors of one document's passages, in the order of its passages and their sentences."""

    passages: np.ndarray  # (passages, dimension) float32, normalised
    sentences: np.ndarray  # (sentences, dimension) float32, normalised
    refs: np.ndarray  # (sentences, 3) int32: passage (index within the document), start, end
    texts: int  # texts given to the encoder (its progress counts these)


def _extra(passages: list[Passage]) -> list[tuple[int, str]]:
    """Besides the sentences, what a pooled passage is also made of: (passage, text) for the heading a passage
    is searched under (``embedding_text``), or for the whole text of a passage without sentences."""
    extra = []
    for i, passage in enumerate(passages):
        searched = embedding_text(passage)
        if not passage.sentences:
            extra.append((i, searched))
        elif searched != passage.text:
            extra.append((i, passage.section or ""))
    return extra


def texts_to_embed(passages: list[Passage], pooled: bool) -> int:
    """How many texts ``embed_file`` gives the encoder for these passages (for progress totals)."""
    sentences = sum(len(p.sentences) for p in passages)
    return sentences + (len(_extra(passages)) if pooled else len(passages))


def embed_file(passages: list[Passage], pooled: bool, progress: Callable[[int], None] | None = None) -> FileVectors:
    """Embed one document's passages and sentences; ``pooled`` as ``encoder_id()["passages"]`` says."""
    refs = np.asarray([(i, s.start, s.end) for i, p in enumerate(passages) for s in p.sentences],
                      dtype=np.int32).reshape(-1, 3)
    sentence_texts = [passages[i].text[a:b] for i, a, b in refs]
    if not pooled:
        passage_vectors = encoder.encode([embedding_text(p) for p in passages], progress=progress)
        return FileVectors(passage_vectors, encoder.encode(sentence_texts, progress=progress), refs,
                           len(passages) + len(sentence_texts))
    extra = _extra(passages)
    texts = sentence_texts + [text for _, text in extra]
    vectors = encoder.encode(texts, progress=progress)
    owners = np.concatenate([refs[:, 0], np.asarray([i for i, _ in extra], dtype=np.int32)])
    weights = np.asarray([len(t) for t in texts], dtype=np.float64)
    passage_vectors = pooling.pool(vectors, owners, weights, len(passages))
    return FileVectors(passage_vectors, vectors[: len(sentence_texts)], refs, len(texts))
