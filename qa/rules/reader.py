"""Ranked passages → the shortest verbatim answer, its supporting sentence, citations, confidence.

Owns the extractive reader. No reader model ships offline, so it is built from what we have. Every
sentence of every candidate passage is described by a handful of generic features — its own embedding
similarity to the question (precomputed at index time), its passage's, the weighted share of the
question's terms in the sentence, its neighbours and its passage, phrase (bigram) overlap, the rarest
terms' presence, the retrievers' ranks, and whether it holds a span of the type the question asks for
(a date for "when", a number with its unit for "how many", a person for "who" …) — and scored by a
linear model whose weights were fitted on the practice questions (``qa/reader_model.json``; see
``eval/train_reader.py``). The answer is the best typed span of the best sentence, chosen by closeness to
the words the sentence shares with the question; for a chronology row, the row's own date. A second
small logistic model turns the evidence into a confidence; below ``ABSTAIN_THRESHOLD`` the reader says
"not found in these documents".

Owns ``Reader``: its per-index state (passage views, the review's subject), the confidence and ``read()``,
which puts together the parts it is made of (``qa.rules.ranking``, ``structure``, ``proposal``, ``vetoes``,
``assembly``).
"""

from __future__ import annotations

import numpy as np

from qa.question import Question
from qa.retrieve import Candidate, SearchIndex
from qa.rules.asked import asked_words
from qa.rules.assembly import Assembly
from qa.rules.kinds import PassageView, answer_kind
from qa.rules.patterns import _LIST_FOLLOWS, LATEST_ASKED
from qa.rules.proposal import Proposal
from qa.rules.ranking import Ranking
from qa.rules.scored import _sigmoid, confidence_values
from qa.rules.settings import ANSWER_FORM_FEATURES, SUBJECT_SHARE, ReaderSettings, Unit
from qa.rules.spantext import _without_asked_cells
from qa.rules.structure import Structure
from qa.rules.vetoes import Vetoes
from qa.terms import QUESTION_FRAME, terms
from qa.types import Answer, Citation


class Reader(Ranking, Structure, Proposal, Vetoes, Assembly):
    """Reads candidate passages of one ``SearchIndex``; holds the per-passage analysis cache."""

    def __init__(self, index: SearchIndex) -> None:
        self.index = index
        self._views: dict[int, PassageView] = {}
        self._subject: str | None = None

    @property
    def subject(self) -> str:
        """The review's subject ("Child T" as the term ``child_t``): the anonymised person named in the most
        passages, when that is over SUBJECT_SHARE of them. A "who …" question that does not name the subject
        is rarely answered by it: "who chaired the meeting?" is not "Child T"."""
        if self._subject is None:
            named = {t: n for t, n in self.index.document_frequency.items() if "_" in t}
            top = max(named, key=named.get, default="")
            self._subject = top if top and named[top] > SUBJECT_SHARE * len(self.index.passages) else ""
        return self._subject

    def view(self, pid: int) -> PassageView:
        found = self._views.get(pid)
        if found is None:
            found = self._views[pid] = PassageView(self.index.passages[pid])
        return found

    # ----------------------------------------------------------------------------------------------
    # From the best sentence to an answer
    # ----------------------------------------------------------------------------------------------

    def confidence(self, units: list[Unit], facts: dict[str, float], settings: ReaderSettings) -> float:
        if not units:
            return 0.0
        top, rest = units[0], units[1:]
        features = top.features
        if facts.get("rescued") and rest:
            # how well the question was matched is told by the sentence that matched best; what the answer
            # holds (a name, its dates, what will happen) by the sentence that answers
            top, rest = rest[0], [units[0]] + rest[1:]
            features = {**top.features, **{f: units[0].features.get(f, 0.0) for f in ANSWER_FORM_FEATURES}}
        second = max(u.score for u in rest[:2]) if rest else top.score - 5.0
        values = confidence_values(features, top.score, second, facts)
        c = settings.confidence
        return _sigmoid(c.get("bias", 0.0) + sum(c.get(name, 0.0) * v for name, v in values.items()))

    def read(
        self,
        question: Question,
        candidates: list[Candidate],
        query_vector: np.ndarray | None,
        settings: ReaderSettings,
        k: int = 5,
        ranked: tuple[list[Unit], dict[str, float]] | None = None,
    ) -> Answer:
        """The rules reader's answer. ``ranked`` reuses ``units()``'s result when the caller has it already;
        the answer's best unit and span are left on ``Answer.evidence`` for the trained reader."""
        units, facts = ranked if ranked is not None else self.units(question, candidates, query_vector, settings)
        if not units:
            return Answer(question=question.text, answer=None, answerable=False, score=0.0, question_type=question.type)
        confidence = self.confidence(units, facts, settings)
        kind = answer_kind(question) if settings.use_types else "factoid"
        best = units[0]
        if kind == "date":
            latest = LATEST_ASKED.search(question.text)
            best = self._latest_date(units, question) if latest else self._more_precise_date(units, question)
        passage = self.index.passages[best.passage]
        if kind in ("list", "factoid") and best.sentence + 1 < len(passage.sentences):
            # "The panel has been encouraged by the action already taken by agencies." / "These include …":
            # the list asked for is the sentence that gives it
            following = passage.sentences[best.sentence + 1]
            if _LIST_FOLLOWS.match(passage.text, following.start, following.end):
                best = next((u for u in units if u.passage == best.passage and u.sentence == best.sentence + 1), best)
        span = best.span or self._untyped_span(passage, best, question, kind, settings.max_answer_words)
        span = _without_asked_cells(passage.text, span, question)
        answer_text = passage.text[span[0] : span[1]].strip(" ,;:")
        quote_start, quote_end = self._quote_bounds(passage, best, span)
        quote_start, page, page_end = passage.cited_range(span[0], span[1], quote_start, quote_end)
        quote = passage.text[quote_start:quote_end]
        first = Citation(
            file=passage.file,
            title=passage.title,
            page=page,
            paragraph=passage.paragraph,
            quote=quote,
            score=confidence,
            page_label=self.index.page_labels.get((passage.file, page)),
            page_end=page_end,
        )
        veto = (
            (self.unknown_asked(question) or self.veto(units[0], kind) or self.date_veto(best, kind, question.text)
             or self.own_review_veto(best, question) or self.reference_event_veto(best, question, kind)
             or self.sex_veto(best, question) or self.other_review_veto(best, question)
             or self.birth_amount_veto(best, question, kind) or self.phase_veto(best, question, kind)
             or self.occasion_veto(best, question, kind) or self.which_veto(best, question, kind)
             or self.outcome_veto(best, question))
            if settings.use_types
            else ""
        )
        answerable = confidence >= settings.abstain_threshold and not veto
        citations = [first] + self._other_citations(units, best, k - 1, confidence)
        evidence = {"passage": best.passage, "span": span, "veto": veto, "confidence": confidence}
        return Answer(
            evidence=evidence,
            question=question.text,
            answer=answer_text if answerable else None,
            answerable=answerable,
            score=confidence,
            citations=citations[:k],
            answer_start=quote.find(answer_text) if answerable else -1,
            question_type=question.type,
            abstain_reason=veto or ("" if answerable else "the evidence is too weak"),
        )

    def unknown_asked(self, question: Question) -> str:
        """"Which football team did Mr B support?": when a word naming what is asked occurs nowhere in the
        index, the documents cannot say it (a frame word such as "exact" does not count)."""
        for word in asked_words(question.text):
            found = terms(word)
            if found and found[0] not in QUESTION_FRAME and found[0] not in self.index.document_frequency:
                return f"these documents never mention “{word}”"
        return ""
