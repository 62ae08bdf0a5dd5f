"""Scoring every sentence of the candidate passages (``units``) and the document-structure reordering after it
(``_reorder``: cover lines, a letter's To: line and signatory, rescues of the asked form).

Owns ``Ranking``, a part of ``qa.rules.reader.Reader``; it relies on the reader's ``index``, ``view`` and
``subject`` and on the span proposal (``Proposal``) and structure rules (``Structure``) of the same object.
"""

from __future__ import annotations

import re

import numpy as np

from qa import spans as S
from qa.question import Question
from qa.retrieve import Candidate
from qa.rules.asked import _ASKED_NOUN, _covered, _question_dates, entity_keys, ordinals, term_pairs
from qa.rules.kinds import _norm, answer_kind, near_people
from qa.rules.patterns import (
    _ADDRESSEES_ASKED, _CALLED_OFF, _DATE_PARTS, _DATES_ASKED, _NEGATED, _PAST_QUESTION, _SIGNATORY_ASKED, _WHO_DID,
    _WROTE_TERMS, ASKS_NAME, MANY_ASKED, PLURAL_ASK, QUOTE_VERBS, TYPED,
)
from qa.rules.scored import _promote, _to_front
from qa.rules.settings import ReaderSettings, Unit
from qa.rules.spantext import _thing_names
from qa.tables import cell_spans
from qa.terms import QUESTION_FRAME, terms


class Ranking:
    """Scoring every sentence and reordering the ranked sentences (a part of ``Reader``)."""

    # ----------------------------------------------------------------------------------------------
    # Scoring every sentence
    # ----------------------------------------------------------------------------------------------

    def units(
        self, question: Question, candidates: list[Candidate], query_vector: np.ndarray | None, settings: ReaderSettings
    ) -> tuple[list[Unit], dict[str, float]]:
        """Every sentence of the candidate passages with its features (and the question-level facts)."""
        index = self.index
        qterms = list(dict.fromkeys(question.terms))
        weights = {t: index.idf(t) for t in qterms}
        total = sum(weights.values()) or 1.0
        rare = sorted(qterms, key=lambda t: -weights[t])[:2]
        qpairs = term_pairs(question.terms)
        question_norm = f" {_norm(question.text)} "
        question_numbers = set(re.findall(r"\b\w+\b", question_norm))
        kind = answer_kind(question) if settings.use_types else "factoid"
        question_ordinals = ordinals(question.text)
        lists_people = kind in ("person", "organisation") and bool(PLURAL_ASK.search(question.text))
        question_dates = _question_dates(question.text)
        question_people = entity_keys(question.text)
        question_terms = set(qterms)
        past_tense = bool(_PAST_QUESTION.search(question.text))
        asks_name = bool(ASKS_NAME.search(question.text))
        asks_called_off = bool(_CALLED_OFF.search(question.text))
        asks_supposed = bool(re.search(r"\b(?:would|could|might)\b", question.text, re.IGNORECASE))
        asks_account = kind not in TYPED and (kind == "reason" or bool(QUOTE_VERBS.search(question.text)))
        question_lower = question.text.lower()
        # an abbreviation the documents define stands for its words: a sentence saying "IMR" says
        # "individual management review" when the question does
        stands_for = {a: words for a, words in index.acronyms.items() if words <= question_terms}
        # "who wrote the report?" asks for its author: a document that names its "author" does not lack "wrote"
        known = set(_WROTE_TERMS) if "author" in index.document_frequency else set()
        facts = {
            "missing_mass": sum(w for t, w in weights.items() if t not in index.document_frequency and t not in known) / total,
            "typed": float(kind in TYPED),
        }

        pool = candidates[: settings.passages_read]
        max_lex = max((c.lexical for c in pool), default=0.0) or 1.0
        max_fused = max((c.fused for c in pool), default=0.0) or 1.0
        units: list[Unit] = []
        for cand in pool:
            passage = index.passages[cand.passage]
            view = self.view(cand.passage)
            rows = index.sentence_rows(cand.passage)
            if settings.use_dense and query_vector is not None and len(rows) == len(passage.sentences):
                cosines = index.sentence_vectors[rows.start : rows.stop] @ query_vector
            else:
                cosines = np.zeros(len(passage.sentences), dtype=np.float32)
            covered = [_covered(st, stands_for) for st in view.sentence_terms]
            coverage = [sum(weights[t] for t in found & weights.keys()) / total for found in covered]
            ctx = sum(w for t, w in weights.items() if t in view.context_terms) / total
            row_date = self._row_date(passage) if kind == "date" else None
            passage_match = self._date_match(question_dates, view.passage_dates(passage)) if question_dates else 0.0
            for i, sentence in enumerate(passage.sentences):
                window = set(covered[i])
                if i:
                    window |= covered[i - 1]
                if i + 1 < len(passage.sentences):
                    window |= covered[i + 1]
                sentence_terms = set(view.sentence_terms[i])
                f = {
                    "dense_s": float(cosines[i]) if settings.use_dense else 0.0,
                    "dense_p": float(cand.dense) if settings.use_dense else 0.0,
                    "cov_s": coverage[i] if settings.use_lexical else 0.0,
                    "cov_win": (sum(w for t, w in weights.items() if t in window) / total) if settings.use_lexical else 0.0,
                    "cov_ctx": ctx if settings.use_lexical else 0.0,
                    "bigram_s": (len(qpairs & view.sentence_pairs[i]) / len(qpairs) if qpairs else 0.0) if settings.use_lexical else 0.0,
                    "rare_s": (sum(1 for t in rare if t in covered[i]) / len(rare) if rare else 0.0) if settings.use_lexical else 0.0,
                    "bm25_p": cand.lexical / max_lex if settings.use_lexical else 0.0,
                    "fused_p": cand.fused / max_fused,
                    "type_ok": 0.0,
                    "unit_fit": 0.0,
                    "span_quality": 0.0,
                    "proximity": 0.0,
                    "person_named": 0.0,
                    "is_row": float(passage.kind == "row"),
                    "length": min(1.0, (sentence.end - sentence.start) / 240.0),
                }
                f["cov_prev"] = coverage[i - 1] if i and settings.use_lexical else 0.0
                f["dense_prev"] = float(cosines[i - 1]) if i and settings.use_dense else 0.0
                f["novelty"] = (len(sentence_terms - question_terms) / len(sentence_terms)) if sentence_terms else 0.0
                if lists_people:  # "who attended …": a sentence that lists people
                    f["answer_like"] = 1.0 if len(view.typed(kind, passage, i)) >= 3 else 0.0
                else:
                    f["answer_like"] = self._answer_like(kind, question, passage.text[sentence.start : sentence.end])
                f["entity_match"] = 0.0
                if question_people:
                    near = near_people(view, passage, i)
                    if question_people <= near:
                        f["entity_match"] = 1.0
                    elif not question_people & near and {k[0] for k in near} & {k[0] for k in question_people}:
                        f["entity_match"] = -1.0
                f["name_ok"] = 0.0
                if asks_name:
                    sentence_text = passage.text[sentence.start : sentence.end]
                    names = S.find_proper_names(sentence_text) + S.find_quotes(sentence_text) + [
                        m.span() for m in S.PERSON_RE.finditer(sentence_text)
                    ] + (_thing_names(sentence_text) if kind not in TYPED else [])
                    fresh = [n for n in names if sentence_text[n[0] : n[1]].lower() not in question_lower]
                    f["name_ok"] = 1.0 if fresh else -1.0
                f["modal"] = 0.0
                if past_tense:  # "when did the Department publish …" told as "the Department will issue …"
                    recommends, called_off, supposes = view.tells(passage, i)
                    f["modal"] = float(recommends or (kind == "date" and called_off and not asks_called_off)
                                       or (supposes and not asks_supposed) or any(
                        view.modal_before(passage, i, a) for a in view.anchors(passage, i, question_terms)))
                f["ordinal_match"] = 0.0
                if question_ordinals:
                    found = view.sentence_ordinals(passage, i)
                    f["ordinal_match"] = (1.0 if found & question_ordinals else -1.0) if found else 0.0
                f["date_match"] = 0.0
                if question_dates:
                    own = self._date_match(question_dates, view.sentence_dates(passage, i))
                    f["date_match"] = own if own else 0.5 * passage_match
                unit = Unit(cand.passage, i, sentence.start, sentence.end, f)
                if kind in TYPED:
                    self._attach_span(unit, kind, passage, view, question, question_norm, question_numbers, row_date)
                holds = f["type_ok"] if kind in TYPED else f["answer_like"]
                f["answer_near"] = holds * max(f["cov_s"], f["cov_prev"])
                units.append(unit)
        w = settings.weights
        for unit in units:
            unit.score = sum(w.get(name, 0.0) * value for name, value in unit.features.items())
        units.sort(key=lambda u: -u.score)
        # The best sentence does not hold the asked form: its amount counts something else ("how many times
        # did the panel meet?" → "the single most serious management failure"), or it gives no reason or
        # account where one was asked ("what explanation did Ms A give the GP?" → the sentence telling of the
        # visit), or no name where a name is asked. A near-best sentence that holds it goes first ("She said
        # that he had rolled off the sofa").
        form = ("unit_fit" if kind in ("number", "duration", "age") else "name_ok" if asks_name
                else "answer_like" if asks_account else None)
        if form and units and units[0].features.get(form, 0.0) <= (0.0 if form == "answer_like" else -1.0):
            if _promote(units, lambda u: u.features.get(form, 0.0) > 0):
                # an account found next to the sentence that matched best is as sure as that match; an amount
                # that counts the asked thing is only as sure as its own sentence
                facts["rescued"] = float(form != "unit_fit")
        self._reorder(units, facts, question, kind, question_terms, stands_for, lists_people)
        return units, facts

    def _reorder(
        self,
        units: list[Unit],
        facts: dict[str, float],
        question: Question,
        kind: str,
        question_terms: set[str],
        stands_for: dict[str, frozenset[str]],
        lists_people: bool,
    ) -> None:
        """Near-best sentences that answer better than the best go first, each for a reason the ranker's
        features do not see (in place; ``facts["rescued"]`` is set where the answer's sentence is not the one
        that matched best, so confidence weighs that match)."""
        if not units:
            return
        index = self.index
        if kind == "reason" and not facts.get("rescued") and _NEGATED.search(question.text):
            # "why was no skeletal survey done …?": the reason for what was not done is told beside the
            # not-doing ("Dr D did not repeat the skeletal survey, on the basis that …"), not beside a
            # guideline that recommends doing it
            def negated(u: Unit) -> bool:
                return bool(_NEGATED.search(index.passages[u.passage].text, u.start, u.end))
            if not negated(units[0]):
                _promote(units, lambda u: u.features.get("answer_like", 0.0) >= 1.0 and negated(u))
        many = lists_people and bool(MANY_ASKED.search(question.text))
        if many and not facts.get("rescued") and self._people_in_span(units[0]) == 1:
            # "who attended the second strategy meeting?": one person where several are asked for gives way to
            # a near-best sentence that lists them ("Strategy meeting 2 (chair TM2; SW2, DC E, HV1 …)")
            if _promote(units, lambda u: self._people_in_span(u) >= 2):
                facts["rescued"] = 1.0
        if kind == "factoid" and not facts.get("rescued"):
            head = units[0]
            row = index.passages[head.passage]
            if row.kind == "row" and head.sentence == 0 and len(row.sentences) > 1:
                # "what was Child T doing when SW2 visited on 17 October?": a row's head whose event only restates
                # the question ("SW2 unannounced home visit") gives way to the detail under it ("Child T in high
                # chair; no new marks seen")
                cells = cell_spans(row.text, head.start, head.end)
                event = row.text[cells[-1][0] : cells[-1][1]] if cells else ""
                if len(set(terms(event)) - question_terms) <= 1:
                    _promote(units, lambda u: u.passage == head.passage and u.sentence > 0)
        asked = _ASKED_NOUN.search(question.text) if kind in ("factoid", "list") else None
        phrase = [t for t in terms(asked.group(1)) if t not in QUESTION_FRAME] if asked else []
        if len(phrase) >= 2 and not facts.get("rescued"):
            # "what bail condition was imposed …?": a near-best sentence that speaks of bail and a condition
            # leads one telling of the arrest that speaks of neither
            def names(u: Unit) -> bool:
                return set(phrase) <= _covered(self.view(u.passage).sentence_terms[u.sentence], stands_for)
            if phrase[-1] not in self.view(units[0].passage).sentence_terms[units[0].sentence]:
                _promote(units, names)
        asked_verb = _WHO_DID.match(question.text)
        verb = terms(asked_verb.group(1)) if asked_verb else []
        if kind == "person" and verb and not facts.get("rescued"):
            # "who told a teacher that Mr B and his cousin were living there?": the one a near-best sentence
            # says told it, not the cousin a family table row names
            def tells(u: Unit) -> bool:
                return verb[0] in self.view(u.passage).sentence_terms[u.sentence]
            if not tells(units[0]):
                _promote(units, lambda u: tells(u) and u.features.get("type_ok", 0.0) >= 1)
        if kind in TYPED - {"date", "time"} and not facts.get("rescued"):
            detail = units[0]
            row = index.passages[detail.passage]
            if row.kind == "row" and detail.sentence > 0:
                # "who chaired the first strategy meeting?": a detail under "Strategy meeting 1, chaired by TM1."
                # matches by the head's words; when its own words match less, the head's answer goes first (not
                # for dates: a detail's date is its own, the head's is the row's)
                def own(i: int) -> set[str]:
                    sentence = row.sentences[i]
                    return set(terms(row.text[sentence.start : sentence.end])) & question_terms
                if len(own(detail.sentence)) < len(own(0)):
                    _promote(units, lambda u: u.passage == detail.passage and u.sentence == 0 and u.features.get("type_ok", 0.0) >= 1)
        if kind in TYPED and not facts.get("rescued") and 0 < units[0].features.get("type_ok", 0.0) < 1:
            # the best sentence borrows its answer from a neighbour ("It was chaired by TM1 …" after "On 30 January
            # 2007 a strategy meeting was held"): a near-best sentence holding the same answer itself goes first
            said = self._span_text(units[0])
            _promote(units, lambda u: u.features.get("type_ok", 0.0) >= 1 and self._span_text(u) == said)
        if kind in ("date", "person", "organisation") and not facts.get("rescued"):
            cover = self._cover_line(units, question, kind)
            if cover is not None:
                units.remove(cover)
                units.insert(0, cover)
                facts["rescued"] = 1.0
        if kind == "date" and not facts.get("rescued") and _DATES_ASKED.search(question.text):
            # "between which dates did Mrs H look after the children?": two dates, not the first alone
            def is_range(u: Unit) -> bool:
                found = self._answer_of(u)
                return bool(found) and any(len(p.findall(found)) >= 2 for p in _DATE_PARTS)
            if not is_range(units[0]) and _promote(units, is_range):
                facts["rescued"] = 1.0
        _to_front(units, self.part_signature(units, question), facts)  # "who wrote the foreword?"
        _to_front(units, self.byline(units, question), facts)  # "who wrote the Courier's story?"
        _to_front(units, self.dated_field(units, question), facts)  # "when was the review published?"
        _to_front(units, self.reference_field(units, question), facts, rescued=False)  # "the letter's reference?"
        if question.document_kinds:
            _to_front(units, self._addressees(units, question) if _ADDRESSEES_ASKED.search(question.text)
                      else self._signatory(units, question) if _SIGNATORY_ASKED.search(question.text) else None, facts)
