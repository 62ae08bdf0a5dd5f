"""From the best sentence to the quoted answer: the latest or more precise date, the untyped span (a clause, a
reason, a list after a colon), the quote's bounds and the other citations.

Owns ``Assembly``, a part of ``qa.rules.reader.Reader``.
"""

from __future__ import annotations

import math
import re

from qa import spans as S
from qa.dates import Date, parse_date
from qa.question import Question
from qa.rules.patterns import (
    _CLOSING_QUOTES, _COARSE_ASKED, _FIELD_VALUE, _HOW_TOLD, _QUALIFIED_DATE, _QUOTE_TERMS, _TOLD_AS, ASKS_NAME,
    QUOTE_VERBS,
)
from qa.rules.scored import _cited_page, _near_best, mismatched
from qa.rules.settings import DATE_REFINE_MARGIN, PRECISION_MARGIN, QUOTE_MAX_CHARS, Unit
from qa.rules.spantext import _only_aside, _thing_names
from qa.terms import terms
from qa.types import Citation, Passage


class Assembly:
    """From the best sentence to the quoted answer (a part of ``Reader``)."""

    def _latest_date(self, units: list[Unit], question: Question, margin: float = DATE_REFINE_MARGIN) -> Unit:
        """For "when did the health visitor make her last home visit …": of the near-best sentences that match
        as well (no date, ordinal or person mismatch, and naming the person the question describes by role),
        the one telling of the latest date."""
        dated = []
        for rank, unit in enumerate(_near_best(units, margin)):
            if unit.features.get("type_ok", 0.0) < 1.0 or mismatched(unit.features):
                continue
            if not set(question.expansions) <= self.view(unit.passage).context_terms:
                continue  # "the health visitor" is HV1: SW2's visit is not hers
            date = self._span_date(unit)
            if date and date.year:
                dated.append((date.sort_key(), -rank, unit))
        return max(dated, key=lambda d: d[:2])[2] if dated else units[0]

    def _more_precise_date(self, units: list[Unit], question: Question, margin: float = PRECISION_MARGIN) -> Unit:
        """The best sentence, unless a near-best one matching the question as well gives the same date more
        precisely ("December 2006" → "14/12/06 | GP | Child T (7 months) seen with bruise …"): then that one.
        Not when the month or year is what is asked, nor when the best date is qualified ("the end of July
        2010" is no unknown day of July)."""
        best = units[0]
        chosen = self._span_date(best)
        if chosen is None or chosen.precision == "day" or _COARSE_ASKED.search(question.text):
            return best
        passage = self.index.passages[best.passage]
        if _QUALIFIED_DATE.search(passage.text, max(best.start, best.span[0] - 20), best.span[1]):
            return best
        rank = {"year": 0, "month": 1, "day": 2}
        for unit in _near_best(units, margin)[1:]:
            f, g = unit.features, best.features
            if mismatched(f) or (f.get("cov_s", 0.0) < g.get("cov_s", 0.0) - 0.1 and f.get("dense_s", 0.0) < g.get("dense_s", 0.0) - 0.1):
                continue  # it must match the question about as well, in its words or in its meaning
            other = self._span_date(unit)
            if other and other.compatible(chosen) and rank[other.precision] > rank[chosen.precision]:
                return unit
        return best

    def _span_date(self, unit: Unit) -> Date | None:
        """The date a unit's answer span gives, if it has a span and it parses."""
        text = self._answer_of(unit)
        return parse_date(text) if text else None

    def _untyped_span(self, passage: Passage, best: Unit, question: Question, kind: str, max_words: int) -> tuple[int, int]:
        """The answer for untyped questions: a quoted or reported clause, a reason, or the sentence cut to
        its best part."""
        text = passage.text[best.start : best.end]
        aside = set(question.excluded)
        qterms = set(question.terms) - aside
        if QUOTE_VERBS.search(question.text):
            pieces = [s for s in S.find_quotes(text) + S.find_reported(text) if not set(terms(text[s[0]:s[1]])) <= qterms]
            if pieces:
                # what was said is placed by what it was said of, not by the saying ("the July bruise was
                # explained by the fireguard; and the August injuries were attributed to a fall at soft play")
                told = set(question.terms) - _QUOTE_TERMS
                anchors = [a - best.start for a in self.view(best.passage).anchors(passage, best.sentence, told or set(question.terms))]

                def closeness(span: tuple[int, int]) -> tuple[bool, float]:
                    if not anchors:
                        return (False, 0.0)
                    clause = text.rfind(";", 0, span[0])
                    own = any(clause < a < span[0] for a in anchors)  # said of what its own clause names
                    return (own, -min(min(abs(span[0] - a), abs(span[1] - a)) for a in anchors))

                pick = max(pieces, key=lambda s: (closeness(s), -(s[1] - s[0])))
                lead = _HOW_TOLD.match(question.text) and _TOLD_AS.search(text, 0, pick[0])
                if lead:  # "how was the notification recorded?" → 'logged as a "contact"', not 'contact'
                    pick = (lead.start(), pick[1] + (1 if text[pick[1] : pick[1] + 1] in _CLOSING_QUOTES else 0))
                if len(text[pick[0]:pick[1]].split()) <= max_words:
                    return (best.start + pick[0], best.start + pick[1])
        if ASKS_NAME.search(question.text):  # "what was the name of the parenting programme?"
            question_lower = question.text.lower()
            names = [s for s in S.find_quotes(text) + _thing_names(text) if text[s[0]:s[1]].lower() not in question_lower]
            if names:
                anchors = [a - best.start for a in self.view(best.passage).anchors(passage, best.sentence, qterms)]
                pick = min(names, key=lambda s: min((min(abs(s[0] - a), abs(s[1] - a)) for a in anchors), default=0))
                return (best.start + pick[0], best.start + pick[1])
        field = _FIELD_VALUE.match(text)
        if field and set(terms(field.group(1))) & qterms:  # "Our reference: MIN/CYP/2010/0417" → its value
            return (best.start + field.start(2), best.start + field.end(2))
        if kind == "list":
            items = self._items_after_colon(text, aside, max_words)
            if items:
                return (best.start + items[0], best.start + items[1])
        if kind == "reason":
            reason = S.find_reason(text)
            if reason and len(text[reason[0]:reason[1]].split()) <= max_words:
                return (best.start + reason[0], best.start + reason[1])
        if len(text.split()) <= max_words:
            return (best.start, best.end)
        bounds = [0] + [m.end() for m in re.finditer(r"[;:,—–]\s+|\s+(?=\()", text)] + [len(text)]
        best_window, best_value = (0, len(text)), -1.0
        for i in range(len(bounds) - 1):
            for j in range(i + 1, len(bounds)):
                piece = text[bounds[i] : bounds[j]]
                words = len(piece.split())
                cut = words > max_words
                if cut:  # the clause runs past the limit: its first max_words words are a window too
                    piece = piece[: list(re.finditer(r"\S+", piece))[max_words - 1].end()]
                    words = max_words
                piece_terms = set(terms(piece))
                value = len(qterms & piece_terms) + 0.5 * min(3, len(piece_terms - qterms)) + 0.01 * words
                if piece.count("(") != piece.count(")"):
                    value -= 2.0  # "tasks for Ms A (attend the parenting programme": a bracket left open
                if kind == "list":
                    value += 0.5 * min(4, len(re.findall(r",|;|\band\b", piece)))  # the items, not the lead-in
                value -= 1.5 * len(piece_terms & aside)  # "apart from the head injury, what …": not the head injury
                if value > best_value:
                    best_value, best_window = value, (bounds[i], bounds[i] + len(piece))
                if cut:
                    break
        a, b = best_window
        if len(text[a:b].split()) > max_words:
            words = list(re.finditer(r"\S+", text[a:]))
            b = a + words[max_words - 1].end()
        return (best.start + a, best.start + b)

    @staticmethod
    def _items_after_colon(text: str, aside: set[str], max_words: int) -> tuple[int, int] | None:
        """A list told after a colon ("Post-mortem examination: head injury; fractures of five ribs …; multiple
        bruises"): the items, without those the question sets aside. None when there is no such list."""
        colon = text.find(": ")
        if colon < 0:
            return None
        start = colon + 2
        pieces = [m for m in re.finditer(r"[^;,]+", text[start:])]
        if len(pieces) < 2:
            return None
        while pieces and _only_aside(pieces[0].group(0), aside):
            pieces.pop(0)  # "apart from the head injury": the list starts after it
        if not pieces:
            return None
        a, b = start + pieces[0].start(), start + pieces[-1].end()
        a += len(text[a:b]) - len(text[a:b].lstrip())
        b = a + len(text[a:b].rstrip(" ."))
        return (a, b) if len(text[a:b].split()) <= max_words else None

    @staticmethod
    def _quote_bounds(passage: Passage, best: Unit, answer: tuple[int, int]) -> tuple[int, int]:
        start, end = best.start, best.end
        if passage.kind == "row" and end <= QUOTE_MAX_CHARS:
            start = 0  # quote the row from its date
        for sentence in passage.sentences:  # an answer taken from a neighbour: quote that whole sentence too
            if sentence.start <= answer[0] < sentence.end or sentence.start < answer[1] <= sentence.end:
                start, end = min(start, sentence.start), max(end, sentence.end)
        return min(start, answer[0]), max(end, answer[1])

    def _other_citations(self, units: list[Unit], best: Unit, n: int, confidence: float) -> list[Citation]:
        """The next best passages, one citation each: passages on pages not cited yet first (so the list
        points to as many places as it can), then the rest, in score order."""
        first = self.index.passages[best.passage]
        pages = {(first.file, _cited_page(first, best))}
        passages = {best.passage}
        fresh: list[Unit] = []
        again: list[Unit] = []
        for unit in units[1:]:
            if unit.passage in passages:
                continue
            passages.add(unit.passage)
            passage = self.index.passages[unit.passage]
            page = (passage.file, _cited_page(passage, unit))
            (again if page in pages else fresh).append(unit)
            pages.add(page)
            if len(fresh) >= n:
                break
        chosen = sorted((fresh + again)[:n], key=lambda u: -u.score)
        out: list[Citation] = []
        for unit in chosen:
            passage = self.index.passages[unit.passage]
            start, end = unit.span or (unit.start, unit.end)
            quote_start, page, page_end = passage.cited_range(start, end, unit.start, unit.end)
            out.append(
                Citation(
                    file=passage.file,
                    title=passage.title,
                    page=page,
                    paragraph=passage.paragraph,
                    quote=passage.text[quote_start : unit.end],
                    score=confidence * math.exp(min(0.0, unit.score - best.score)),
                    page_label=self.index.page_labels.get((passage.file, page)),
                    page_end=page_end,
                )
            )
        return out
