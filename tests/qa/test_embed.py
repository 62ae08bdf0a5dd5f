"""What an index build embeds for a document (qa/embed.py): with the ONNX encoders every sentence once, a
passage's heading when it is searched under one, and passage vectors pooled from them; the PyTorch baseline
embeds whole passages too. The pooled vector stays close to the vector of the whole passage's text."""

import numpy as np

from embeddings import encoder
from qa.embed import embed_file, texts_to_embed
from qa.passages import embedding_text
from qa.types import Passage, Sentence


def passage(text, section=None, sentences=None):
    p = Passage("a.pdf", "Report A", text, [(0, 1)], None, section, "paragraph")
    p.sentences = [Sentence(a, b) for a, b in (sentences if sentences is not None else [(0, len(text))])]
    return p


FIRST = "The initial child protection conference was held on 21 February 2007. It made Child T subject to a plan."
PASSAGES = [
    passage(FIRST, section="Conferences", sentences=[(0, 71), (72, len(FIRST))]),
    passage("Conferences were quorate.", section="Conferences were quorate"),  # heading inside its text
    passage("Table of contents", sentences=[]),  # no sentences: embedded whole
]


def test_pooled_vectors_come_from_each_sentence_and_heading_embedded_once(monkeypatch):
    # fp32: int8 vectors move a little with the other texts of their batch (activations are quantised per batch)
    monkeypatch.setenv(encoder.BACKEND_ENV, "onnx-fp32")
    counted = []
    got = embed_file(PASSAGES, pooled=True, progress=counted.append)
    assert got.refs.tolist() == [[0, 0, 71], [0, 72, len(FIRST)], [1, 0, 25]]
    assert got.texts == texts_to_embed(PASSAGES, pooled=True) == 3 + 1 + 1 == sum(counted)
    sentences = encoder.encode([FIRST[:71], FIRST[72:], "Conferences were quorate."])
    assert np.allclose(got.sentences, sentences, atol=1e-5)
    heading = encoder.encode(["Conferences"])[0]
    expected = 71 * sentences[0] + (len(FIRST) - 72) * sentences[1] + len("Conferences") * heading
    assert np.allclose(got.passages[0], expected / np.linalg.norm(expected), atol=1e-5)
    assert np.allclose(got.passages[1], sentences[2], atol=1e-5)  # one sentence, no heading: its vector
    assert np.allclose(got.passages[2], encoder.encode(["Table of contents"])[0], atol=1e-5)
    whole = encoder.encode([embedding_text(PASSAGES[0])])[0]
    assert float(got.passages[0] @ whole) > 0.8  # pooled, yet about what the whole passage is about


def test_unpooled_as_the_pytorch_baseline_embeds_whole_passages_and_their_sentences(monkeypatch):
    monkeypatch.setenv(encoder.BACKEND_ENV, "onnx-fp32")
    got = embed_file(PASSAGES, pooled=False)
    assert got.texts == texts_to_embed(PASSAGES, pooled=False) == 3 + 3
    assert np.allclose(got.passages, encoder.encode([embedding_text(p) for p in PASSAGES]), atol=1e-5)
    assert got.sentences.shape == (3, encoder.DIMENSION)
