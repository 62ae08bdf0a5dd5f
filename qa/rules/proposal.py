"""Span proposal: the typed span each scored sentence offers (``_attach_span``), with the date, answer-form
and segment-share evidence it is chosen by, and the descriptions a "who is …" question asks for.

Owns ``Proposal``, a part of ``qa.rules.reader.Reader``.
"""

from __future__ import annotations

import re

from qa import spans as S
from qa.dates import Date
from qa.question import Question
from qa.rules.asked import _asked_noun, _unit_cue, _unit_fit, _whose_age
from qa.rules.kinds import PassageView, _norm, _span_quality, near_people
from qa.rules.patterns import (
    _AUXILIARY, _CLAUSE_BREAK, _PREPOSITION_WHOM, ACCOUNT_ASKED, HOW_MANY_OF, PLURAL_ASK, QUOTE_VERBS, TYPED,
    WHO_IS,
)
from qa.rules.settings import Unit
from qa.rules.spantext import _coordination, _objects_of, _parenthesis_heads
from qa.tables import cell_spans
from qa.terms import terms
from qa.types import Passage


class Proposal:
    """Span proposal (a part of ``Reader``)."""

    @staticmethod
    def _date_match(wanted: list[Date], found: list[Date]) -> float:
        """1 when a found date fits a wanted one, -1 when dates are found but none fits, 0 when none."""
        if not found:
            return 0.0
        return 1.0 if any(w.compatible(f) for w in wanted for f in found) else -1.0

    @staticmethod
    def _answer_like(kind: str, question: Question, text: str) -> float:
        """Does an untyped question's sentence hold the kind of thing asked for?"""
        if kind in TYPED:
            return 0.0
        reported = QUOTE_VERBS.search(question.text) and (S.find_quotes(text) or S.find_reported(text))
        if kind == "reason":
            if reported and ACCOUNT_ASKED.search(question.text):
                return 1.0  # "what explanation did Ms A give?" → "that he had rolled off the sofa"
            return 1.0 if S.find_reason(text) else 0.5 if reported else 0.0
        if QUOTE_VERBS.search(question.text):
            return 1.0 if reported else 0.0
        if kind == "list":
            return 1.0 if text.count(",") + text.count(";") >= 2 or ":" in text else 0.0
        return 0.0

    @staticmethod
    def _row_date(passage: Passage) -> tuple[int, int] | None:
        if passage.kind != "row":
            return None
        dates = S.find_dates(passage.text[:40])
        if dates and dates[0][0] <= 2:
            return dates[0]
        # a rebuilt table row whose date is a cell of its own after the first ("Eastmarch Constabulary | 19/09/2006 | …")
        for a, b in cell_spans(passage.text)[:3]:
            found = S.find_dates(passage.text[a:b])
            if found and found[0] == (0, len(passage.text[a:b].rstrip())):
                return (a + found[0][0], a + found[0][1])
        return None

    def _attach_span(
        self,
        unit: Unit,
        kind: str,
        passage: Passage,
        view: PassageView,
        question: Question,
        question_norm: str,
        question_words: set[str],
        row_date: tuple[int, int] | None,
    ) -> None:
        subject = self.subject if self.subject not in question.terms else ""

        def allowed(span: tuple[int, int]) -> bool:
            text = passage.text[span[0] : span[1]]
            if f" {_norm(text)} " in question_norm:
                return False
            if kind in ("number", "duration", "age"):
                first = _norm(S.BOUND_PREFIX.sub("", text)).split()
                return not first or first[0] not in question_words
            if kind in ("person", "organisation", "description"):
                span_terms = terms(text)
                asked = set(question.terms) - set(question.expansions)  # the code a role expands to is the answer
                if kind == "person" and subject and span_terms == [subject]:
                    return False  # the review's subject, where the question asks about someone else
                head = terms(re.split(r"\s+of\s+", text, maxsplit=1)[0])  # "the Chair of the Board" → chair
                if kind == "person" and head and head[-1] in asked and not S.PERSON_RE.match(text):
                    return False  # "who chaired the panel?" is not answered by "an independent chair" or "the Chair of the Board"
                return not span_terms or not set(span_terms) <= asked
            return True

        if kind == "description":
            found = self._descriptions(passage, unit, question)
            strength = 1.0 if found else 0.0
        else:
            found = [s for s in view.typed(kind, passage, unit.sentence) if allowed(s)]
            strength = 1.0
            if not found and row_date and allowed(row_date):
                found, strength = [row_date], 0.5
            if kind == "date" and row_date and unit.sentence == 0 and allowed(row_date):
                found, strength = [row_date], 1.0
            if not found:
                for j in (unit.sentence - 1, unit.sentence + 1):
                    if 0 <= j < len(passage.sentences):
                        near = [s for s in view.typed(kind, passage, j) if allowed(s)]
                        if near:
                            found, strength = near, 0.5
                            break
        if not found:
            return
        anchors = view.anchors(passage, unit.sentence, set(question.terms))
        asked_noun = _asked_noun(question.text)
        unit_cue = _unit_cue(question.text)
        part_of_whole = kind == "number" and bool(HOW_MANY_OF.search(question.text))
        segment_share = self._segment_shares(
            passage.text, view.sentence_offsets(passage, unit.sentence), unit, found, question, kind == "date"
        )
        best, best_value, best_quality, best_proximity = None, -1e9, 0.0, 0.0
        for span in found:
            text = passage.text[span[0] : span[1]]
            quality = _span_quality(kind, text)
            proximity = 0.0
            if anchors:
                distance = min(0 if span[0] <= a < span[1] else min(abs(span[0] - a), abs(span[1] - a)) for a in anchors)
                proximity = 1.0 / (1.0 + distance / 30.0)
            value = quality + proximity + segment_share.get(span, 0.0)
            if kind == "person" and quality >= 0.9:
                value += 0.5  # "who chaired …": a name or designation (CC2) before a role ("Independent Reviewing Officer")
            if question.focus and kind == "number" and any(f in terms(text) for f in question.focus):
                value += 1.0
            if kind == "number" and part_of_whole and re.match(r"\s+of\b", passage.text[span[1]:]):
                value += 1.5  # "how many of his visits …" → "eight (of his ten visits)"
            if kind in ("person", "organisation") and set(terms(text)) & (set(question.terms) - set(question.expansions)):
                # a role the question already names ("which doctor …" → not "a doctor"), unless it is the title
                # of a name ("which judge …" → "His Honour Judge Whitlock")
                value += 0.5 if kind == "person" and S.PERSON_RE.fullmatch(text) else -0.5
            if kind in ("organisation", "place") and asked_noun and asked_noun in terms(text):
                value += 1.0  # "which GP surgery" → a "… Surgery", not a "… Trust"
            if kind in ("number", "duration", "age") and unit_cue and unit_cue.search(text):
                value += 1.5  # "how much did he weigh" → "3.21 kg", not "38 weeks"
            if value > best_value:
                best, best_value, best_quality, best_proximity = span, value, quality, proximity
        if kind in ("person", "organisation") and (question.type == "list" or PLURAL_ASK.search(question.text)):
            best = _coordination(passage.text, best, kind, question.excluded)
        whom = _PREPOSITION_WHOM.search(question.text) if kind in ("person", "organisation") else None
        if whom:
            best = _objects_of(passage.text, unit, best, whom.group(1).lower(), anchors)
        unit.span = best
        if kind in ("number", "duration", "age"):
            unit.features["unit_fit"] = _unit_fit(passage.text, best, question, unit_cue) * strength
            whose = _whose_age(question.text) if kind == "age" else None
            people = {key for _, key in near_people(view, passage, unit.sentence)} if whose else set()
            if people and whose not in people:
                unit.features["unit_fit"] = -strength  # "what age was Mr C …": Child T's age is not his
        unit.features["type_ok"] = strength
        unit.features["span_quality"] = best_quality
        if kind == "person":
            unit.features["person_named"] = (1.0 if best_quality >= 0.9 else -1.0) * strength
        unit.features["proximity"] = best_proximity * strength  # a neighbour's span is weaker evidence

    def _segment_shares(
        self,
        passage_text: str,
        offsets: list[tuple[int, str]],
        unit: Unit,
        found: list[tuple[int, int]],
        question: Question,
        dates: bool,
    ) -> dict[tuple[int, int], float]:
        """With several spans of the asked type in one sentence, each word the sentence shares with the
        question belongs to one span's clause; a span's share is the idf-weighted part of the question's terms
        it owns, which tells which span the question's details belong to.

        - A word belongs to the nearest span, except that a word between two dates belongs to the earlier one
          when a clause break ("and", "but", ";") comes after it, else to the later one, as a verb leads to
          its date: "on 9 January 2007, when he was introduced as a friend, and on 2 May 2007 …"; "accepted …
          on 9 July 2008, and both were sent to Ofsted for evaluation on 14 July 2008".
        - The sentence's subject, the words before its first auxiliary when that comes before the first span,
          belongs to every span ("Dr L's letter was dictated on 2 November 2007 but was not typed until
          14 November 2007"): only the words of each span's own clause ("typed") tell the spans apart.
        - So does a subject that a dated aside follows: "a second review, commissioned by the Board in December
          2008, was completed in May 2009" (see ``_parenthesis_heads``)."""
        own = sorted(s for s in found if unit.start <= s[0] < unit.end)
        if len(own) < 2:
            return {}
        weights = {t: self.index.idf(t) for t in set(question.terms)}
        total = sum(weights.values()) or 1.0
        owned: dict[tuple[int, int], set[str]] = {span: set() for span in own}
        auxiliary = _AUXILIARY.search(passage_text, unit.start, own[0][0])
        subject_end = auxiliary.start() if auxiliary else unit.start
        breaks = [
            max((m.start() for m in _CLAUSE_BREAK.finditer(passage_text, before[1], after[0])), default=None)
            for before, after in zip(own, own[1:])
        ]
        heads = _parenthesis_heads(passage_text, unit, own) if dates else {}
        for at, term in offsets:
            if term not in weights:
                continue
            if at < subject_end:
                for got in owned.values():
                    got.add(term)
                continue
            later = next((n for n, span in enumerate(own) if at < span[1]), len(own))
            between = 0 < later < len(own) and own[later][0] > at
            if not dates and between and re.search(r"[,;]", passage_text[own[later - 1][1] : at]):
                owner = own[later]  # "five ribs …, estimated to be between two and five weeks old, a fracture of
                # the left collarbone, estimated to be between ten and twenty-one days old": a list item's words
                # lead to its own amount
            elif not dates or not between:
                owner = min(own, key=lambda span: 0 if span[0] <= at < span[1] else min(abs(at - span[0]), abs(at - span[1])))
            else:
                cut = breaks[later - 1]
                owner = own[later - 1] if cut is not None and at < cut else own[later]
            owned[owner].add(term)
            for (start, end), main in heads.items():
                if start <= at < end:
                    owned[main].add(term)
        return {span: sum(weights[t] for t in got) / total for span, got in owned.items()}

    def _descriptions(self, passage: Passage, unit: Unit, question: Question) -> list[tuple[int, int]]:
        """For "who is Mr C?": the words that describe the person in this sentence ("Mr B's cousin")."""
        name = WHO_IS.match(question.text).group("name").strip()
        text = passage.text[unit.start : unit.end]
        found = []
        for m in re.finditer(re.escape(name), text):
            after = text[m.end() :]
            before = text[: m.start()]
            appositive = re.match(r"\s*(?:,|\(|–|—|-)\s*([^,()–—;]{3,80}?)\s*(?:,|\)|–|—|;|\.)", after)
            copula = re.match(r"\s+(?:is|was|had been|became)\s+([^,;.]{3,80})", after)
            preceding = re.search(r"(?:^|,\s*|\(\s*)((?:the|his|her|their|a|an)\s[^,()]{3,60}),\s*$", before)
            for g in (appositive, copula):
                if g:
                    found.append((unit.start + m.end() + g.start(1), unit.start + m.end() + g.end(1)))
            if preceding:
                found.append((unit.start + preceding.start(1), unit.start + preceding.end(1)))
        return found
