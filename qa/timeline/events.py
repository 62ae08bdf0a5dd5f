"""The timeline's records: an ``Event`` (one dated entry, its public ``to_dict`` schema), the places that
state it (``EventCitation``) and a ``Mention`` (one dated statement in one place, before same-event merging).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from qa.dates import Date


@dataclass
class EventCitation:
    """One place that states an event. ``to_dict`` is the public schema (file, title, page, paragraph);
    ``quote`` (the statement, verbatim) and ``date_text`` help presenters highlight it on the page."""

    file: str
    title: str
    page: int
    paragraph: str | None
    quote: str = ""
    date_text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "title": self.title, "page": int(self.page), "paragraph": self.paragraph}


@dataclass
class Event:
    """One dated event: its date, the date as written, the statement (verbatim) and where it is stated.

    ``score`` is the query relevance when the timeline was filtered by a query (else 0); not in ``to_dict``.
    """

    date: str  # ISO at its precision: "2007-08-03", "2007-08" or "2007"
    precision: str  # day | month | year
    date_text: str
    event: str
    citations: list[EventCitation] = field(default_factory=list)
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "precision": self.precision,
            "date_text": self.date_text,
            "event": self.event,
            "citations": [c.to_dict() for c in self.citations],
        }

    @property
    def files(self) -> list[str]:
        return list(dict.fromkeys(c.file for c in self.citations))


@dataclass
class Mention:
    """One dated statement found in one place (before same-event merging)."""

    date: Date
    date_text: str
    text: str  # the statement, verbatim
    file: str
    title: str
    page: int
    paragraph: str | None
    passage: int  # index into SearchIndex.passages (-1 for cover lines)
    offset: int  # where the date is inside the passage (for ordering)
    vector: np.ndarray | None = None
    terms: frozenset[str] = frozenset()
    row: bool = False  # the statement is a chronology-table row

    @property
    def iso(self) -> str:
        return self.date.iso()

    def citation(self) -> EventCitation:
        return EventCitation(self.file, self.title, self.page, self.paragraph, self.text, self.date_text)
