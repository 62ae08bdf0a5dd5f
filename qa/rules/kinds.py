"""The kind of answer a question asks for and the typed spans of a sentence that could give it.

Owns ``answer_kind`` (the reader's view of the question type), ``typed_spans`` and their quality, the
people near a sentence (``near_people``), and ``PassageView``, the per-passage cache of
sentence offsets, dates, people, ordinals and typed spans the ranker reads.
"""

from __future__ import annotations

import re

from qa import spans as S
from qa.dates import Date, parse_date
from qa.question import Question
from qa.rules.asked import entity_keys, ordinals, term_pairs
from qa.rules.patterns import (
    _CALLED_OFF, _COUNTERFACTUAL, _MODAL_BEFORE, _MODAL_LEAD, INDEFINITE, INDEFINITE_QUALITY, WHO_IS,
)
from qa.terms import term_offsets, terms
from qa.types import Passage


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9£%]+", " ", text.lower()).strip()


def answer_kind(question: Question) -> str:
    """The reader's view of the question type: "who is Mr C?" asks for a description, not a person."""
    if question.type == "person" and WHO_IS.match(question.text):
        name = WHO_IS.match(question.text).group("name").strip()
        lead = len(re.match(r"(?:the\s+)?", name, re.IGNORECASE).group(0))
        if any(a <= lead and b == len(name) for a, b in S.find_people(name) + S.find_proper_names(name)):
            return "description"  # the whole of "Mr C", not "arrested on the day Child T died"
    return question.type


def typed_spans(kind: str, text: str) -> list[tuple[int, int]]:
    """Candidate answer spans of one type in ``text``."""
    if kind == "date":
        return [_with_day_list(text, span) for span in S.find_dates(text)]
    if kind == "time":
        return S.find_times(text)
    if kind == "duration":
        return S.find_quantities(text) or S.find_number_phrases(text)
    if kind == "age":
        return S.find_ages(text)
    if kind == "number":
        return S.find_number_phrases(text)
    if kind == "person":
        return S._non_overlapping(S.find_people(text) + S.find_proper_names(text))
    if kind == "organisation":
        return S.find_organisations(text) or S.find_people(text)
    if kind == "place":
        return S.find_places(text)
    return []


_DAY_LIST = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|-|–|&)\s*$")


def _with_day_list(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """"on 6 and 7 March 2008", "14–16 May": the first day belongs to the date."""
    start, end = span
    if not text[start : start + 1].isdigit():
        return span
    found = _DAY_LIST.search(text[max(0, start - 14) : start])
    return (start - len(found.group(0)), end) if found else span


def _span_quality(kind: str, text: str) -> float:
    if kind == "date":
        return {"day": 1.0, "month": 0.6, "year": 0.3}[S.date_precision(text)]
    if kind == "person":
        if re.match(r"(?:[A-Z]{2,4}\d|(?:Child|Sibling)\b)", text) or S.TITLED_PERSON.match(text):
            return 1.0
        if S.find_proper_names(text):
            return 0.9
        if INDEFINITE.match(text):
            return INDEFINITE_QUALITY  # "an independent overview author" says what someone was, not who
        return 0.5
    if kind in ("number", "duration", "age"):
        return 1.0 if re.search(r"[a-z]{3,}$", text) else 0.7
    return 1.0


class PassageView:
    """Per-passage analysis the reader reuses across questions (terms of each sentence, typed spans)."""

    __slots__ = (
        "sentence_terms", "context_terms", "sentence_pairs", "spans", "_dates", "_all_dates", "_people", "_ordinals", "_offsets",
        "_modal_at", "_tells",
    )

    def __init__(self, passage: Passage) -> None:
        own = [terms(passage.text[s.start : s.end]) for s in passage.sentences]
        self.sentence_pairs = [term_pairs(t) for t in own]
        if passage.kind == "row" and len(own) > 1:
            # a chronology row's first sentence (date, agency, event) heads each detail that follows it
            own = [own[0]] + [t + own[0] for t in own[1:]]
        self.sentence_terms: list[list[str]] = own
        self.context_terms = set(terms(passage.text)) | set(terms(passage.section or "")) | set(terms(passage.title or ""))
        self.spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
        self._dates: dict[int, list[Date]] = {}
        self._all_dates: list[Date] | None = None
        self._people: dict[int, set[tuple[str, str]]] = {}
        self._ordinals: dict[int, set[int]] = {}
        self._offsets: dict[int, list[tuple[int, str]]] = {}
        self._modal_at: dict[int, bool] = {}
        self._tells: dict[int, tuple[bool, bool]] = {}

    def modal_before(self, passage: Passage, i: int, at: int) -> bool:
        """Whether a modal ("will", "should be") leads the word at offset ``at`` of sentence i."""
        found = self._modal_at.get(at)
        if found is None:
            found = self._modal_at[at] = bool(_MODAL_BEFORE.search(passage.text[max(passage.sentences[i].start, at - 40) : at]))
        return found

    def tells(self, passage: Passage, i: int) -> tuple[bool, bool, bool]:
        """(recommends, called off, supposes) for sentence i: its first clause says what should or will be done;
        it says an event was called off; it says what would have happened had things been otherwise."""
        found = self._tells.get(i)
        if found is None:
            s = passage.sentences[i]
            found = self._tells[i] = (
                bool(_MODAL_LEAD.match(passage.text, s.start, s.end)),
                bool(_CALLED_OFF.search(passage.text, s.start, s.end)),
                bool(_COUNTERFACTUAL.search(passage.text[s.start : s.end])),
            )
        return found

    def sentence_offsets(self, passage: Passage, i: int) -> list[tuple[int, str]]:
        """(offset in the passage text, term) for each term of sentence i."""
        found = self._offsets.get(i)
        if found is None:
            s = passage.sentences[i]
            found = self._offsets[i] = [(s.start + o, t) for o, t in term_offsets(passage.text[s.start : s.end])]
        return found

    def anchors(self, passage: Passage, i: int, qterms: set[str]) -> list[int]:
        """Offsets (in the passage text) of the words of sentence i that the question also uses."""
        return [o for o, t in self.sentence_offsets(passage, i) if t in qterms]

    def sentence_people(self, passage: Passage, i: int) -> set[tuple[str, str]]:
        found = self._people.get(i)
        if found is None:
            s = passage.sentences[i]
            found = self._people[i] = entity_keys(passage.text[s.start : s.end])
        return found

    def sentence_ordinals(self, passage: Passage, i: int) -> set[int]:
        found = self._ordinals.get(i)
        if found is None:
            s = passage.sentences[i]
            found = self._ordinals[i] = ordinals(passage.text[s.start : s.end])
        return found

    def sentence_dates(self, passage: Passage, i: int) -> list[Date]:
        """Normalised dates of sentence i; a chronology row's date counts for each of its sentences."""
        found = self._dates.get(i)
        if found is None:
            spans = self.typed("date", passage, i)
            if passage.kind == "row" and i and passage.sentences:
                spans = spans + self.typed("date", passage, 0)[:1]
            found = [d for d in (parse_date(passage.text[a:b]) for a, b in spans) if d]
            self._dates[i] = found
        return found

    def passage_dates(self, passage: Passage) -> list[Date]:
        if self._all_dates is None:
            self._all_dates = [d for i in range(len(passage.sentences)) for d in self.sentence_dates(passage, i)]
        return self._all_dates

    def typed(self, kind: str, passage: Passage, i: int) -> list[tuple[int, int]]:
        key = (kind, i)
        found = self.spans.get(key)
        if found is None:
            s = passage.sentences[i]
            found = [(a + s.start, b + s.start) for a, b in typed_spans(kind, passage.text[s.start : s.end])]
            self.spans[key] = found
        return found


def near_people(view: PassageView, passage: Passage, i: int) -> set[tuple[str, str]]:
    """The people of sentence i and its neighbours (a chronology row's details share its first sentence)."""
    near = set(view.sentence_people(passage, i))
    if i:
        near |= view.sentence_people(passage, i - 1)
    if i + 1 < len(passage.sentences):
        near |= view.sentence_people(passage, i + 1)
    return near
