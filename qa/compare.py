"""One question, every document: what each indexed review says about it, side by side.

Owns the per-document fan-out and its result shape. Each document is asked separately through the same
``qa.api.ask`` (with ``files=[that document]``), so retrieval, the reader and abstention are exactly
those of ``qa.ask``: a document that does not address the question abstains on its own ("not addressed
in this document") while the others answer. Documents come in the index manifest's order.

One thing differs from ``ask``: the bar. ``ask`` abstains when the reader's confidence is below its
corpus-wide threshold, tuned for "does any document answer this?". Here the question is put to every
document, most of which are usually about something else, so a document counts as addressing it only
when the reader's confidence also reaches ``ADDRESSED``. ``eval/tune_compare_bar.py`` measures it: the
highest bar that keeps 95% of the correct per-document answers. Re-measured for the trained reader, on the 315
practice questions asked of each of the three practice documents: 0.45 keeps 96.1% of the correct
per-document answers, and 85.8% of the document/question pairs that do not state the answer say "not
addressed" (77.2% at the reader's own threshold). Re-run it when the
reader is retrained.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any

from qa.types import Answer

NOT_ADDRESSED = "Not addressed in this document"
ADDRESSED = 0.45  # reader confidence a document's answer needs to count as addressing the question


@dataclass
class DocumentAnswer:
    """One document's best verbatim answer (``answerable``) or its abstention (``answer`` None)."""

    file: str
    title: str
    answer: str | None
    answerable: bool
    score: float
    citations: list[Any] = field(default_factory=list)  # qa.types.Citation, best first
    answer_start: int = -1  # offset of ``answer`` in citations[0].quote, for highlighting (not in to_dict)
    short_answer: str | None = None  # the short span inside ``answer`` (``Answer.short_answer``)

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "title": self.title,
            "answer": self.answer,
            "answerable": bool(self.answerable),
            "score": round(float(self.score), 4),
            "citations": [c.to_dict() for c in self.citations],
            "short_answer": self.short_answer,
        }

    @classmethod
    def from_answer(cls, file: str, title: str, answer: Answer, bar: float = ADDRESSED) -> DocumentAnswer:
        addressed = bool(answer.answerable and answer.answer) and float(answer.score) >= bar
        return cls(
            file=file,
            title=title,
            answer=answer.answer if addressed else None,
            answerable=addressed,
            score=float(answer.score),
            citations=list(answer.citations),
            answer_start=answer.answer_start if addressed else -1,
            short_answer=answer.short_answer if addressed else None,
        )


@dataclass
class Comparison:
    """The result of ``qa.compare``: the question and one ``DocumentAnswer`` per document."""

    question: str
    documents: list[DocumentAnswer] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"question": self.question, "documents": [d.to_dict() for d in self.documents]}

    @property
    def answered(self) -> list[DocumentAnswer]:
        return [d for d in self.documents if d.answerable]


def document_order(loaded: Any) -> list[str]:
    """Indexed files in manifest order (files without passages, e.g. skipped ones, are left out)."""
    indexed = set(loaded.search.file_names)
    listed = [f for f in loaded.search.manifest.get("files", {}) if f in indexed]
    return listed + sorted(indexed - set(listed))


def compare(
    question: str, index_dir: str, files: list[str] | None = None, k: int = 3, bar: float = ADDRESSED
) -> Comparison:
    """Ask ``question`` of each indexed document (or each of ``files``) on its own; see the module doc.
    ``bar`` is the confidence a document's answer needs to count as addressing the question."""
    from qa.api import ask, load_index

    loaded = load_index(index_dir)
    order = document_order(loaded)
    if files:
        unknown = sorted(set(files) - set(order))
        if unknown:
            raise ValueError(f"not in this index: {', '.join(unknown)}")
        order = [f for f in order if f in set(files)]
    result = Comparison(question)
    for file in order:
        answer = ask(question, index_dir, k, files=[file])
        result.documents.append(DocumentAnswer.from_answer(file, loaded.titles.get(file) or file, answer, bar))
    return result


class _CallableModule(sys.modules[__name__].__class__):
    """``qa.compare`` may be this module (importing ``qa.compare`` binds it on the package): calling it
    calls ``compare``."""

    def __call__(self, *args: Any, **kwargs: Any) -> Comparison:
        return compare(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
