"""A passage's text → its sentences (character offsets): sentencex's rules, fragments glued back, run-ons
(table cells with no full stop) cut at spaces."""

from __future__ import annotations

import re

from sentencex import segment

from qa.types import Sentence

MAX_SENTENCE_CHARS = 400  # longer runs without a full stop (table cells) are cut into pieces


def split_sentences(text: str) -> list[Sentence]:
    """Sentence offsets in ``text`` (sentencex rules: abbreviations, initials, decimals)."""
    sentences: list[Sentence] = []
    cursor = 0
    for piece in segment("en", text):
        stripped = piece.strip()
        if not stripped:
            continue
        start = text.find(stripped, cursor)
        if start < 0:
            continue
        end = start + len(stripped)
        glued = sentences and start == sentences[-1].end  # "window.__pwned": no space, no new sentence
        if sentences and (glued or (len(stripped) < 4 and not re.search(r"[A-Za-z]{2}", stripped))):
            sentences[-1] = Sentence(sentences[-1].start, end)  # "4." or ")" is not a sentence
        else:
            sentences.append(Sentence(start, end))
        cursor = end
    return [part for sentence in sentences for part in _cut_run_on(text, sentence)]


def _cut_run_on(text: str, sentence: Sentence, limit: int = MAX_SENTENCE_CHARS) -> list[Sentence]:
    """A "sentence" longer than ``limit`` (table cells run together) is cut at spaces."""
    parts: list[Sentence] = []
    start = sentence.start
    while sentence.end - start > limit:
        cut = text.rfind(" ", start + limit // 2, start + limit)
        if cut <= start:
            break
        parts.append(Sentence(start, cut))
        start = cut + 1
    parts.append(Sentence(start, sentence.end))
    return parts
