"""Ranked passages → the shortest verbatim answer, its supporting sentence, citations, confidence.

Owns the extractive reader. No reader model ships offline, so it is built from what we have:
every sentence of the candidate passages is scored on its own (precomputed sentence embeddings, weighted
overlap with the question's terms in the sentence and around it, the passage's retrieval scores) and on
whether it holds a span of the type the question asks for (a date for "when", a number for "how many",
a person or role for "who" …). The answer is that span, chosen by its closeness to the words the
sentence shares with the question; for a chronology-table row, the row's own date. Confidence is a
logistic function of the evidence; below ``ABSTAIN_THRESHOLD`` the reader abstains.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np

from qa import spans as S
from qa.question import Question
from qa.retrieve import Candidate, SearchIndex
from qa.terms import terms
from qa.types import Answer, Citation, Passage

ABSTAIN_THRESHOLD = 0.5  # confidence below this → "not found in these documents"
MAX_ANSWER_WORDS = 30  # an answer longer than this is cut to its best clause
QUOTE_MAX_CHARS = 600  # a table row longer than this is quoted from its best sentence


@dataclass
class ReaderSettings:
    """Named settings of the reader; the defaults are the shipped pipeline."""

    abstain_threshold: float = ABSTAIN_THRESHOLD
    passages_read: int = 20  # candidates whose sentences are scored
    use_dense: bool = True  # False: lexical-only baseline (no embeddings anywhere)
    use_lexical: bool = True  # False: dense-only baseline (no term overlap anywhere)
    use_types: bool = True  # False: best sentence only, no typed spans
    max_answer_words: int = MAX_ANSWER_WORDS
    # sentence score weights
    w_sentence_dense: float = 0.45
    w_sentence_lexical: float = 0.40
    w_context_lexical: float = 0.20
    w_passage_dense: float = 0.20
    w_passage_lexical: float = 0.10
    w_type_found: float = 0.20
    w_type_missing: float = 0.35
    # confidence = sigmoid(c_bias + c_score * score + c_coverage * coverage + c_missing * missing_terms)
    c_bias: float = -7.0
    c_score: float = 7.5
    c_coverage: float = 3.0
    c_missing: float = -3.0


@dataclass
class Evidence:
    passage: int
    start: int  # sentence offsets in the passage text
    end: int
    score: float
    coverage: float  # weighted share of question terms in the sentence's context
    span: tuple[int, int] | None = None  # answer span in the passage text
    features: dict[str, float] = field(default_factory=dict)


TYPED = {"date", "time", "duration", "age", "number", "person", "organisation", "place"}


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9£%]+", " ", text.lower()).strip()


def typed_spans(kind: str, text: str) -> list[tuple[int, int]]:
    """Candidate answer spans of one type in ``text``."""
    if kind == "date":
        return S.find_dates(text)
    if kind == "time":
        return S.find_times(text)
    if kind in ("duration", "age"):
        found = S.find_quantities(text)
        if kind == "age":
            found = [s for s in found if re.search(r"old|aged|months?|years?", text[s[0]:s[1]], re.I)] or found
        return found
    if kind == "number":
        return S.find_numbers(text)
    if kind == "person":
        return S.find_people(text) or S.find_proper_names(text)
    if kind == "organisation":
        return S._non_overlapping(S.find_organisations(text) + S.find_people(text))
    if kind == "place":
        return S.find_places(text)
    return []


class PassageView:
    """Per-passage analysis the reader reuses across questions (terms of each sentence)."""

    __slots__ = ("sentence_terms", "context_terms")

    def __init__(self, passage: Passage) -> None:
        self.sentence_terms = [set(terms(passage.text[s.start : s.end])) for s in passage.sentences]
        self.context_terms = set(terms(passage.text)) | set(terms(passage.section or ""))


class Reader:
    """Reads candidate passages of one ``SearchIndex``; holds the per-passage analysis cache."""

    def __init__(self, index: SearchIndex) -> None:
        self.index = index
        self._views: dict[int, PassageView] = {}

    def view(self, pid: int) -> PassageView:
        found = self._views.get(pid)
        if found is None:
            found = self._views[pid] = PassageView(self.index.passages[pid])
        return found

    # ----------------------------------------------------------------------------------------------

    def read(
        self,
        question: Question,
        candidates: list[Candidate],
        query_vector: np.ndarray | None,
        settings: ReaderSettings,
        k: int = 5,
    ) -> Answer:
        index = self.index
        qterms = list(dict.fromkeys(question.terms))
        weights = {t: index.idf(t) for t in qterms}
        total_weight = sum(weights.values()) or 1.0
        missing_mass = sum(w for t, w in weights.items() if t not in index.document_frequency) / total_weight
        question_norm = f" {_norm(question.text)} "
        kind = question.type if settings.use_types else "factoid"

        pool = candidates[: settings.passages_read]
        max_lex = max((c.lexical for c in pool), default=0.0) or 1.0
        evidence: list[Evidence] = []
        for cand in pool:
            passage = index.passages[cand.passage]
            view = self.view(cand.passage)
            rows = index.sentence_rows(cand.passage)
            if settings.use_dense and query_vector is not None and len(rows):
                sentence_cos = index.sentence_vectors[rows.start : rows.stop] @ query_vector
            else:
                sentence_cos = np.zeros(len(passage.sentences), dtype=np.float32)
            context_cov = sum(w for t, w in weights.items() if t in view.context_terms) / total_weight
            row_date = self._row_date(passage)
            for i, sentence in enumerate(passage.sentences):
                sent_cov = sum(w for t, w in weights.items() if t in view.sentence_terms[i]) / total_weight
                dense_s = float(sentence_cos[i]) if i < len(sentence_cos) else 0.0
                score = 0.0
                if settings.use_dense:
                    score += settings.w_sentence_dense * dense_s + settings.w_passage_dense * cand.dense
                if settings.use_lexical:
                    score += (
                        settings.w_sentence_lexical * sent_cov
                        + settings.w_context_lexical * context_cov
                        + settings.w_passage_lexical * (cand.lexical / max_lex)
                    )
                span = None
                if kind in TYPED:
                    span = self._best_span(kind, passage, sentence.start, sentence.end, question, question_norm, view, i, row_date)
                    score += settings.w_type_found if span else -settings.w_type_missing
                coverage = max(sent_cov, 0.5 * (sent_cov + context_cov))
                evidence.append(
                    Evidence(cand.passage, sentence.start, sentence.end, score, coverage, span,
                             {"dense": dense_s, "sent_cov": sent_cov, "ctx_cov": context_cov})
                )
        if not evidence:
            return Answer(question=question.text, answer=None, answerable=False, score=0.0, question_type=question.type)

        evidence.sort(key=lambda e: -e.score)
        best = evidence[0]
        confidence = _sigmoid(
            settings.c_bias + settings.c_score * best.score + settings.c_coverage * best.coverage
            + settings.c_missing * missing_mass
        )
        passage = index.passages[best.passage]
        answer_span = best.span or self._clause(passage, best, question, settings.max_answer_words)
        answer_text = passage.text[answer_span[0] : answer_span[1]].strip(" ,;:")
        quote_start, quote_end = self._quote_bounds(passage, best, answer_span)
        quote = passage.text[quote_start:quote_end]
        first = Citation(
            file=passage.file,
            title=passage.title,
            page=passage.page_at(answer_span[0]),
            paragraph=passage.paragraph,
            quote=quote,
            score=confidence,
        )
        citations = [first] + self._other_citations(evidence, best, k - 1, settings)
        answerable = confidence >= settings.abstain_threshold
        return Answer(
            question=question.text,
            answer=answer_text if answerable else None,
            answerable=answerable,
            score=confidence,
            citations=citations[:k],
            answer_start=quote.find(answer_text) if answerable else -1,
            question_type=question.type,
        )

    # ----------------------------------------------------------------------------------------------

    @staticmethod
    def _row_date(passage: Passage) -> tuple[int, int] | None:
        if passage.kind != "row":
            return None
        dates = S.find_dates(passage.text[:40])
        return dates[0] if dates and dates[0][0] <= 2 else None

    def _best_span(
        self,
        kind: str,
        passage: Passage,
        start: int,
        end: int,
        question: Question,
        question_norm: str,
        view: PassageView,
        sentence_index: int,
        row_date: tuple[int, int] | None,
    ) -> tuple[int, int] | None:
        text = passage.text[start:end]
        found = [(a + start, b + start) for a, b in typed_spans(kind, text)]
        found = [s for s in found if f" {_norm(passage.text[s[0]:s[1]])} " not in question_norm]
        if kind == "date" and row_date and f" {_norm(passage.text[row_date[0]:row_date[1]])} " not in question_norm:
            # a chronology row: its leading date belongs to every sentence of the row
            if not found or sentence_index == 0:
                return row_date
        if not found:
            return None
        if len(found) == 1:
            return found[0]
        anchors = _anchor_positions(passage.text, start, end, question.terms)
        focus = question.focus

        def rank(span: tuple[int, int]) -> float:
            value = 0.0
            if anchors:
                distance = min(min(abs(span[0] - a), abs(span[1] - a)) for a in anchors)
                value -= distance / 40.0
            if focus and kind == "number":
                after = terms(passage.text[span[1] : span[1] + 40])[:3]
                if any(f in after for f in focus):
                    value += 3.0
            if kind == "person" and re.match(r"(?:[A-Z]{2,4}\d|Mr|Mrs|Ms|Miss|Dr|DC|Child|Sibling)", passage.text[span[0]:span[1]]):
                value += 0.3
            if kind == "date" and re.search(r"\d{1,2}", passage.text[span[0]:span[1]]) and re.search(r"[A-Za-z]{3}|[./-]", passage.text[span[0]:span[1]]):
                value += 0.2  # a full date beats a bare month or year
            return value

        return max(found, key=rank)

    @staticmethod
    def _clause(passage: Passage, best: Evidence, question: Question, max_words: int) -> tuple[int, int]:
        """The answer for untyped questions: the reason clause, or the sentence cut to its best part."""
        text = passage.text[best.start : best.end]
        if question.type == "reason":
            reason = S.find_reason(text)
            if reason:
                return (best.start + reason[0], best.start + reason[1])
        if len(text.split()) <= max_words:
            return (best.start, best.end)
        # cut at clause boundaries; keep the window of clauses that shares most with the question
        bounds = [0] + [m.end() for m in re.finditer(r"[;:,—–]\s+|\s+(?=\()", text)] + [len(text)]
        qterms = set(question.terms)
        best_window, best_value = (0, len(text)), -1.0
        for i in range(len(bounds) - 1):
            for j in range(i + 1, len(bounds)):
                piece = text[bounds[i] : bounds[j]]
                words = len(piece.split())
                if words > max_words:
                    break
                shared = len(qterms & set(terms(piece)))
                value = shared + 0.02 * words
                if value > best_value:
                    best_value, best_window = value, (bounds[i], bounds[j])
        a, b = best_window
        if len(text[a:b].split()) > max_words:
            words = list(re.finditer(r"\S+", text))
            b = words[max_words - 1].end()
        return (best.start + a, best.start + b)

    @staticmethod
    def _quote_bounds(passage: Passage, best: Evidence, answer: tuple[int, int]) -> tuple[int, int]:
        start, end = best.start, best.end
        if passage.kind == "row" and best.end - 0 <= QUOTE_MAX_CHARS:
            start = 0  # quote the row from its date
        start, end = min(start, answer[0]), max(end, answer[1])
        return start, end

    def _other_citations(self, evidence: list[Evidence], best: Evidence, n: int, settings: ReaderSettings) -> list[Citation]:
        out: list[Citation] = []
        seen = {(best.passage)}
        for item in evidence[1:]:
            if len(out) >= n:
                break
            if item.passage in seen:
                continue
            seen.add(item.passage)
            passage = self.index.passages[item.passage]
            confidence = _sigmoid(settings.c_bias + settings.c_score * item.score + settings.c_coverage * item.coverage)
            out.append(
                Citation(
                    file=passage.file,
                    title=passage.title,
                    page=passage.page_at(item.start),
                    paragraph=passage.paragraph,
                    quote=passage.text[item.start : item.end],
                    score=confidence,
                )
            )
        return out


def _anchor_positions(text: str, start: int, end: int, qterms: list[str]) -> list[int]:
    """Offsets (in ``text``) of the words of the sentence that the question also uses."""
    wanted = set(qterms)
    positions = []
    for m in re.finditer(r"[A-Za-z0-9]+(?:_[A-Za-z0-9]+)?", text[start:end]):
        got = terms(m.group(0))
        if got and got[0] in wanted:
            positions.append(start + m.start())
    return positions


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, x))))
