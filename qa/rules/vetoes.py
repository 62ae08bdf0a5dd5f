"""Answer checks: why the best sentence cannot answer, however well it matches (the generic veto, and those for
a reference event, sex, phase, occasion, which-noun, outcome, birth amounts, another or the own review, dates).

Owns ``Vetoes``, a part of ``qa.rules.reader.Reader``; each check returns the reason or "".
"""

from __future__ import annotations

import re

from qa import spans as S
from qa.dates import parse_date
from qa.question import REVIEW_ORDINAL, Question
from qa.rules.asked import _ORDINAL_WORDS, entity_keys, ordinals
from qa.rules.kinds import near_people
from qa.rules.patterns import (
    _AT_OCCASION, _ENDED, _MODIFIER_OF, _NAMED_BEFORE, _OCCASION_ASKED, _OUTCOME_ASKED, _OWN_REVIEW, _PHASE_ASKED,
    _PHASES, _PRONOUN, _REFERENCE_POINT, _SEX_OF_PRONOUN, _SEX_OF_TITLE, _UNDER_WAY, _WHICH_NOUN, ASKS_DATE,
    VETO_UNTYPED,
)
from qa.rules.scored import is_indefinite
from qa.rules.settings import Unit
from qa.terms import QUESTION_FRAME, term_offsets, terms


class Vetoes:
    """Answer checks (a part of ``Reader``)."""

    @staticmethod
    def veto(top: Unit, kind: str) -> str:
        """Why the best sentence cannot answer, however well it matches: it (with its neighbours) holds
        nothing of the asked type (no time for "at what time …"; dates are exempt, as "when …" can be answered
        by "following consultation in the autumn", but see ``date_veto``), its amount counts something other
        than what was asked ("how many recommendations" → "two serious case reviews"), a name was asked for and
        it offers none the question does not already give, "who" was asked and it says only what kind of person
        ("an independent overview author"), or what happened was asked and it says what should, will or would
        have happened ("… should be published", "Had the information been brought together, …") or that it
        was called off."""
        if kind in VETO_UNTYPED and top.features.get("type_ok", 0.0) <= 0:
            return f"the nearest passages give no {VETO_UNTYPED[kind]}"
        if top.features.get("unit_fit", 0.0) < 0:
            return "the nearest amount counts or measures something other than what was asked"
        if top.features.get("name_ok", 0.0) < 0:
            return "the nearest passage gives no name"
        if kind == "person" and is_indefinite(top):
            return "the nearest passage says only what kind of person, not who"
        if top.features.get("modal", 0.0) > 0:
            return "asked what happened, the nearest passage says what should, will or would have happened, or that it was called off"
        return ""

    def reference_event_veto(self, best: Unit, question: Question, kind: str) -> str:
        """"In what month and year was Sibling 2 born?" is not answered by a row dated September 2005 that
        tells of "low mood after the birth of Sibling 2": where the asked event is named only as the point
        something else happened after or before, the sentence's date is the other thing's. Not when the
        question itself names that event as such a point, and not when the date follows it in the same
        phrase ("after the birth of Sibling 2 in September 2005")."""
        if kind != "date" or best.span is None:
            return ""
        text = self.index.passages[best.passage].text
        # a term the question names as a point in time, or as what something is of or about ("a second serious
        # case review into Child T's death"), is not the event it asks the date of
        asked_as_point = {t for at, t in term_offsets(question.text)
                          if _REFERENCE_POINT.search(question.text[max(0, at - 40) : at]) or _MODIFIER_OF.search(question.text[max(0, at - 40) : at])}
        found: dict[str, list[int]] = {}
        for at, t in self.view(best.passage).sentence_offsets(self.index.passages[best.passage], best.sentence):
            found.setdefault(t, []).append(at)
        for t in question.terms:
            if t in asked_as_point or t not in found or "_" in t or t[:1].isdigit():
                continue
            points = [at for at in found[t] if _REFERENCE_POINT.search(text[max(0, at - 40) : at])]
            if len(points) < len(found[t]):
                continue
            if any(0 <= best.span[0] - at <= 40 and not re.search(r"[,;:|]", text[at : best.span[0]]) for at in points):
                continue
            word = text[found[t][0] :].split()[0].strip(",.;:")
            return f"the nearest passage names “{word}” only as the point something else happened after or before"
        return ""

    def sex_veto(self, best: Unit, question: Question) -> str:
        """"What sentence did Ms A receive?" is not answered by "On 3 November 2006 he was sentenced …", nor
        "how many sessions did PO1 hold with Mr B?" by "Ms A … attends 5 of 8 sessions": a best sentence that
        speaks only of women (by title, or, naming nobody, by pronoun) cannot be about the man the question
        names, or the other way round. Only when the titled people the question names are of one sex and the
        sentence and its neighbours name none of the people it asks about."""
        asked = entity_keys(question.text)
        sexes = {_SEX_OF_TITLE[kind] for kind, _ in asked if kind in _SEX_OF_TITLE}
        if len(sexes) != 1:
            return ""
        passage = self.index.passages[best.passage]
        sentence = passage.text[best.start : best.end]
        named = entity_keys(sentence)
        if named:
            if asked & near_people(self.view(best.passage), passage, best.sentence):
                return ""
            said = {_SEX_OF_TITLE.get(kind) for kind, _ in named}
            about = sorted(key for _, key in named)[0]
        else:
            if any(kind not in _SEX_OF_TITLE for kind, _ in asked) or S.find_proper_names(sentence):
                return ""
            said = {_SEX_OF_PRONOUN[p.lower()] for p in _PRONOUN.findall(sentence)}
            about = "someone else"
        if len(said) != 1 or None in said or said == sexes:
            return ""
        person = sorted(key for kind, key in asked if kind in _SEX_OF_TITLE)[0]
        return f"the nearest passage speaks of {about}, not {person}"

    def phase_veto(self, best: Unit, question: Question, kind: str) -> str:
        """"On what date did Mr B start the domestic abuse programme?" is not answered by the row dating his
        sentence to one: asked when something started (or was completed), the best sentence must say that
        it started (began, commenced …) or was completed (finished, ended …)."""
        asked = _PHASE_ASKED.search(question.text)
        if kind != "date" or not asked:
            return ""
        word = next(w for w in asked.groups() if w)
        group = next(g for g in _PHASES if terms(word)[0] in g)
        if group & set(self.view(best.passage).sentence_terms[best.sentence]):
            return ""
        return f"the nearest passage does not say when it {'started' if 'start' in group else 'was completed'}"

    def occasion_veto(self, best: Unit, question: Question, kind: str) -> str:
        """"What did Ms A score on the depression scale at her antenatal booking?" is not answered by "… scored 14
        … at a clinic contact with the health visitor": an amount asked of one occasion ("at her antenatal
        booking") is not told by a sentence that names none of its words and gives its own occasion."""
        if kind not in ("number", "age"):
            return ""
        asked = _AT_OCCASION.search(question.text)
        wanted = set(terms(asked.group(1))) - QUESTION_FRAME if asked else set()
        if not wanted or wanted & set(self.view(best.passage).sentence_terms[best.sentence]):
            return ""
        passage = self.index.passages[best.passage]
        own = [m for m in _AT_OCCASION.finditer(passage.text, best.start, best.end) if not parse_date(m.group(1))]
        if not own or any(wanted & set(terms(m.group(1))) for m in own):
            return ""
        return f"the nearest amount is one at {own[0].group(0)[3:].strip()}, not at {asked.group(0)[3:].strip()}"

    def which_veto(self, best: Unit, question: Question, kind: str) -> str:
        """"Which antidepressant was Ms A prescribed?" is not answered by "… was prescribed antidepressants by
        the GP": a sentence that speaks of the asked kind of thing only as such ("antidepressants", "an
        antidepressant"), never by name nor as "the …" it has named, does not say which."""
        asked = _WHICH_NOUN.search(question.text)
        if kind != "factoid" or not asked:
            return ""
        noun = terms(asked.group(1))
        if not noun or noun[-1] in QUESTION_FRAME:
            return ""
        passage = self.index.passages[best.passage]
        found = [(at, t) for at, t in self.view(best.passage).sentence_offsets(passage, best.sentence) if t == noun[-1]]
        if not found:
            return ""
        word = asked.group(1).split()[-1]
        for at, _ in found:
            if passage.text[at : at + 1].isupper() or _NAMED_BEFORE.search(passage.text, max(best.start, at - 40), at):
                return ""  # "Wendmere General Hospital", "the surgery", "Dr F's practice"
        return f"the nearest passage speaks of {word} but does not say which"

    def outcome_veto(self, best: Unit, question: Question) -> str:
        """"What was the outcome of the disciplinary proceedings?" is not answered by "Disciplinary processes …
        had begun by the time the report was finished": a sentence saying something had begun or is pending,
        and nothing of how it ended, gives no outcome."""
        if not _OUTCOME_ASKED.search(question.text):
            return ""
        sentence = self.index.passages[best.passage].text[best.start : best.end]
        if not _UNDER_WAY.search(sentence) or _ENDED.search(sentence):
            return ""
        return "the nearest passage says it had begun or was pending, not how it ended"

    def birth_amount_veto(self, best: Unit, question: Question, kind: str) -> str:
        """"How much did Child T weigh when he died?" is not answered by "born at 38 weeks, weighing 3.21 kg":
        an amount told of a birth answers only for the birth, and the question asks of another occasion."""
        if kind not in ("number", "age") or not _OCCASION_ASKED.search(question.text) or "born" in question.terms:
            return ""
        if "born" not in self.view(best.passage).sentence_terms[best.sentence]:
            return ""
        return "the nearest amount is one at birth, and the question asks of another occasion"

    def other_review_veto(self, best: Unit, question: Question) -> str:
        """"When was the second review completed?" is not answered by "June 2008 | First serious case review
        completed": a best sentence that names another review by its number, and not the one asked about."""
        if not question.review_ordinal:
            return ""
        passage = self.index.passages[best.passage]
        said = {m.group(1).lower() for m in REVIEW_ORDINAL.finditer(passage.text, best.start, best.end)}
        if not said or re.search(rf"\b{question.review_ordinal}\b", passage.text[best.start : best.end], re.IGNORECASE):
            return ""  # "the first, completed in June 2008, was evaluated …, and a second review …" names both
        return f"the nearest passage is about the {sorted(said)[0]} review, not the {question.review_ordinal}"

    def own_review_veto(self, best: Unit, question: Question) -> str:
        """"How much did the first serious case review cost?" is not answered by "The review cost £68,400." in
        a document whose title says it is the second review: "the review", "this review" is the document's own."""
        asked = _ORDINAL_WORDS.get(question.review_ordinal or "")
        passage = self.index.passages[best.passage]
        sentence = passage.text[best.start : best.end]
        if not asked or not _OWN_REVIEW.search(sentence):
            return ""
        own = ordinals(passage.title or "")
        if not own or asked in own or ordinals(sentence):
            return ""
        return f"the nearest passage is about this document's own review, and its title says it is not the {question.review_ordinal}"

    def date_veto(self, best: Unit, kind: str, question: str) -> str:
        """"On what date …" asks for a day: the answering sentence must give one ("14 March 2007"), not only a
        month ("in June 2008") or no date at all. "When …" and "in what month …" are answered by less."""
        if kind != "date" or not ASKS_DATE.search(question):
            return ""
        date = self._span_date(best)
        if date is None:
            return "the nearest passages give no date"
        if date.precision != "day":
            return f"the nearest passage gives only the {date.precision}, not the date"
        return ""
