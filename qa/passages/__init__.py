"""Clean pages of one document → structure-aware passages and their sentences.

Owns: recognising the report's own paragraph numbers ("3.14", "12.", "5.2.3", and "34" in a document that numbers
its paragraphs 1, 2, 3 … without a dot), headings, bullet items,
chronology-table rows (a line led by a date starts a row; the row is one unit, so its date belongs to its
event), the table rows qa/tables.py rebuilt at ingest (each one unit, a repeated header row dropped),
contents-page entries (dropped), and cutting everything into passages that never mix documents.
Every passage records which physical page each of its characters came from, so a quote taken from a
passage that crosses a page break is cited to the page that holds it.

One step per module, in the order they run: ``lines`` (what a line is), ``numbering`` (which line starts carry a
bare-integer paragraph number, found over the whole document), ``blocks`` (lines → blocks),
``build`` (blocks → passages; ``build_passages`` is the entry), ``sentences`` (a passage's sentences).
This module re-exports the names callers import from ``qa.passages``.
"""

from __future__ import annotations

from qa.passages.blocks import Block, split_blocks
from qa.passages.build import (
    MAX_PASSAGE_CHARS, MERGE_TEXT_CHARS, ROW_MAX_CHARS, aside_passages, build_passages, embedding_text,
)
from qa.passages.lines import LETTER_FIELD, VALEDICTION, Line, _heading_run_in, plausible_next
from qa.passages.sentences import MAX_SENTENCE_CHARS, split_sentences

__all__ = [
    "LETTER_FIELD", "MAX_PASSAGE_CHARS", "MAX_SENTENCE_CHARS", "MERGE_TEXT_CHARS", "ROW_MAX_CHARS", "VALEDICTION",
    "Block", "Line", "_heading_run_in", "aside_passages", "build_passages", "embedding_text", "plausible_next",
    "split_blocks", "split_sentences",
]
