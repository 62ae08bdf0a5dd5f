"""Document-structure rules: a letter's signatory and addressees, a foreword's signature, a news page's byline,
a cover's or web page's dated field, a document's reference field and cover line, and what a unit's span says.

Owns ``Structure``, a part of ``qa.rules.reader.Reader``.
"""

from __future__ import annotations

import re

from qa import spans as S
from qa.aliases import definitions
from qa.dates import parse_date
from qa.passages import LETTER_FIELD, VALEDICTION
from qa.passages.signatures import byline_names, signature_name
from qa.question import Question, names_review
from qa.rules.kinds import _norm, answer_kind, typed_spans
from qa.rules.patterns import (
    _ADDRESSEES_ASKED, _DOCUMENT_DATE, _DOCUMENT_EVENTS, _ENDS_SENTENCE, _FIELD_VALUE, _GREETING, _SIGNATORY_ASKED,
    _TO_FIELD, _WROTE_TERMS, BYLINE_ASKED, COVER_MARGIN, DATED_ASKED, DATED_FIELD, DEFINITION_ASKED,
    GENERIC_DOCUMENT_WORDS, PART_SIGNED, REFERENCE_ASKED, REFERENCE_FIELD, REFERENCE_OF,
)
from qa.rules.scored import _of_named_document, mismatched
from qa.rules.settings import Unit
from qa.terms import terms

DEFINITION_DEPTH = 30  # ranked sentences looked through for an abbreviation's definition


def _words(text: str) -> list[str]:
    """Lower-case words, possessives and hyphens aside ("the Ledger's" → ledger; "seven-minute" → seven, minute)."""
    return re.findall(r"[a-z0-9]+", re.sub(r"['’]s\b", "", text.lower()))


class Structure:
    """Document-structure rules (a part of ``Reader``)."""

    def _signatory(self, units: list[Unit], question: Question) -> Unit | None:
        """"Which minister signed the letter?": the line under the named document's closing ("Yours
        sincerely," → "Rachel Tennant MP"), when it names someone."""
        by_place = {(u.passage, u.sentence): u for u in units}
        for unit in units:
            passage = self.index.passages[unit.passage]
            if not VALEDICTION.match(passage.text, unit.start, unit.end):
                continue
            if not _of_named_document(passage, question):
                continue
            name = by_place.get((unit.passage, unit.sentence + 1))
            if name is not None and name.span and name.features.get("type_ok", 0.0) >= 1.0:
                return name
        return None

    def structural(self, units: list[Unit], question: Question) -> Unit | None:
        """The candidate whose span a document-structure rule gives as the answer: the signature ending the part
        the question names ("who wrote the foreword?"), a news piece's byline ("who wrote the Courier's story?"),
        the field dating a document ("when was the review published?"), its reference field ("what is the letter's
        reference number?"), where an abbreviation is defined ("what does IRD stand for?"), a named letter's "To:"
        line ("to whom was it addressed?") or the name under its closing ("who signed the letter?"); None when no
        such rule applies."""
        found = (self.part_signature(units, question) or self.byline(units, question)
                 or self.dated_field(units, question) or self.reference_field(units, question)
                 or self.definition(units, question))
        if found is not None or not question.document_kinds:
            return found
        if _ADDRESSEES_ASKED.search(question.text):
            return self._addressees(units, question)
        return self._signatory(units, question) if _SIGNATORY_ASKED.search(question.text) else None

    def dated_field(self, units: list[Unit], question: Question) -> Unit | None:
        """"When was the review published?", "at what time was the article last updated?": a field that dates the
        document, its label for what the question says was done to it, with the date or time asked for right after
        it ("Published: 14 April 2026", "Published | October 2023", "Published 14 June 2011 · Updated 16:05 BST"),
        in a document whose title or name says which one the question asks about, if it says."""
        kind = answer_kind(question)
        asked = DATED_ASKED.search(question.text)
        if kind not in ("date", "time") or not asked:
            return None
        label = re.compile(rf"\b{DATED_FIELD[asked.group('done').lower()]}(?: on| at)?\s*[:|]?\s*")
        # which document: the words of the question's subject that are not what any document is ("the Marnie
        # review", "the thematic review of fathers"), each said by the document's title, file name or the field
        named = {w for w in _words(asked.group("subject")) if w not in GENERIC_DOCUMENT_WORDS and len(w) > 1}
        for unit in units[:30]:
            passage = self.index.passages[unit.passage]
            text = passage.text[unit.start : unit.end]
            if not named <= set(_words(f"{passage.title} {passage.file} {text}")):
                continue  # "when was the Marnie review published?" is not dated by an annual report's cover
            for field in label.finditer(text):
                value = next((span for span in typed_spans(kind, text) if span[0] == field.end()), None)
                if value is not None:
                    unit.span = (unit.start + value[0], unit.start + value[1])
                    unit.features.update(type_ok=1.0)
                    return unit
        return None

    def reference_field(self, units: list[Unit], question: Question) -> Unit | None:
        """"What is the reference number of the minister's letter?": the code in a field labelled as a reference
        ("Our ref: MIN/2010/0417", "Review reference | OTVRSB/ECPR/2022-04"), in a document of the kind the question
        names, if it names one; the best-ranked such field among the sentences of the passages retrieved (its line
        shares few words with the question). A letter gives its own reference ("Our ref") and may quote the one it
        answers ("Your ref"): the latter only when the question says "your", and when a document gives both and
        the question does not say which, neither (whose reference is asked is not told). A question that says
        whose reference it asks ("of the urgent heating repair request") is answered only from a passage that
        mentions it, in its text, its document's title or file name."""
        if not REFERENCE_ASKED.search(question.text):
            return None
        yours = bool(re.search(r"\byour\b", question.text, re.IGNORECASE))
        named = REFERENCE_OF.search(question.text)
        wanted = set(terms(named.group("object"))) if named else set()
        mentions: dict[int, bool] = {}  # passage → whether it mentions what the question names (``wanted``)

        def mentioned(i: int) -> bool:
            if i not in mentions:
                passage = self.index.passages[i]
                mentions[i] = not wanted or bool(wanted & set(terms(f"{passage.text} {passage.title} {passage.file}")))
            return mentions[i]

        found = []
        for unit in units:
            passage = self.index.passages[unit.passage]
            if question.document_kinds and not _of_named_document(passage, question):
                continue
            for field in REFERENCE_FIELD.finditer(passage.text, unit.start, unit.end):
                # the reference of something this passage does not mention ("of the repair request") is not its field
                if re.search(r"[A-Z]", field.group("code")) and mentioned(unit.passage):
                    found.append((unit, field, (field.group("whose") or "").lower() == "your"))
        asked = [(unit, field) for unit, field, quoted in found if quoted == yours]
        if not asked:
            return None
        unit, field = asked[0]
        file = self.index.passages[unit.passage].file
        if not yours and any(quoted and self.index.passages[u.passage].file == file for u, _, quoted in found):
            return None
        unit.span = field.span("code")
        unit.features.update(type_ok=1.0)
        return unit

    def definition(self, units: list[Unit], question: Question) -> Unit | None:
        """"What does IRD stand for?", "what does the abbreviation ORT mean?": the words a document spells the
        abbreviation out in, where it defines it (a glossary row "IRD | Interagency Referral Discussion", or the
        words before it in brackets), in the best-ranked sentence that does."""
        asked = DEFINITION_ASKED.search(question.text)
        if not asked:
            return None
        abbreviation = asked.group("abbr") or asked.group("short")
        for unit in units[:DEFINITION_DEPTH]:
            found = definitions(self.index.passages[unit.passage].text, abbreviation, unit.start, unit.end)
            if found:
                unit.span = found[0]
                unit.features.update(type_ok=1.0)
                return unit
        return None

    def byline(self, units: list[Unit], question: Question) -> Unit | None:
        """"Who wrote the Courier's story?": the byline of a news piece ("By Sam Oduya, Local Democracy Reporter",
        "Live reporting by Owen Pritchard and Leah Moss"), asked of an article, story, analysis or coverage, or of
        the report of a publisher the question names; the name(s) its answer."""
        asked = BYLINE_ASKED.search(question.text)
        if not asked or asked.group(0).lower().endswith("report") and not question.sources:
            return None
        for unit in units:
            named = byline_names(self.index.passages[unit.passage].text[unit.start : unit.end])
            if named is not None:
                unit.span = (unit.start + named[0], unit.start + named[1])
                unit.features.update(type_ok=1.0, person_named=1.0)
                return unit
        return None

    def part_signature(self, units: list[Unit], question: Question) -> Unit | None:
        """"Who wrote the foreword?": the signature that ends the part the question names, a sentence of a
        passage in the section named for that part that is a person's name alone or before their role ("Gwen
        Okafor-Lyle, Independent Scrutineer, …"), with the name as its answer. None when the question asks no
        such thing or no candidate sentence is such a signature."""
        asked = PART_SIGNED.search(question.text)
        if not asked:
            return None
        part = (asked.group(1) or asked.group(2)).lower()
        for unit in units:
            passage = self.index.passages[unit.passage]
            name = signature_name(passage.text[unit.start : unit.end]) if part in (passage.section or "").lower() else None
            if name is not None:
                unit.span = (unit.start + name[0], unit.start + name[1])
                unit.features.update(type_ok=1.0, person_named=1.0)
                return unit
        return None

    def _addressees(self, units: list[Unit], question: Question) -> Unit | None:
        """"To whom was the minister's letter addressed?": the "To:" line of the document the question names
        and the lines under it that continue it ("Directors of Children's Services", …) up to its next field,
        date or greeting. The line's unit comes back with that span as its answer."""
        for unit in units:
            passage = self.index.passages[unit.passage]
            field = _TO_FIELD.match(passage.text, unit.start, unit.end)
            if not field or not self._is_cover(unit):
                continue
            if not _of_named_document(passage, question):
                continue  # "who was the overview report addressed to?" is not the letter's "To:" line
            end = unit.end
            for following in passage.sentences[unit.sentence + 1 :]:
                text = passage.text[following.start : following.end]
                if (LETTER_FIELD.match(text) or _FIELD_VALUE.match(text) or _GREETING.match(text)
                        or parse_date(text.strip(" ,.")) or len(text) > 100 or _ENDS_SENTENCE.search(text)):
                    break
                end = following.end
            unit.span = (field.end(), end)
            unit.features.update(type_ok=1.0, person_named=0.5)
            return unit
        return None

    def _answer_of(self, unit: Unit) -> str | None:
        """The text of a unit's answer span, if it has one."""
        return self.index.passages[unit.passage].text[unit.span[0] : unit.span[1]] if unit.span else None

    def _span_text(self, unit: Unit) -> str | None:
        """A unit's answer as compared with another's: its date, or its words."""
        text = self._answer_of(unit)
        if text is None:
            return None
        date = parse_date(text)
        return repr(date) if date else _norm(text)

    def _people_in_span(self, unit: Unit) -> int:
        """How many people a unit's answer span names ("SW2, DC E and HV1": three)."""
        text = self._answer_of(unit)
        return len(S._non_overlapping(S.find_people(text) + S.find_proper_names(text))) if text else 0

    def _cover_line(self, units: list[Unit], question: Question, kind: str) -> Unit | None:
        """"Who wrote the overview report?", "when was the executive summary published?": a document's cover
        or letterhead says it in a line of its own ("Independent overview author: Ruth Calloway", "Published
        29th May 2009"). Such a line, holding a span of the asked type and the question's word for what was
        done to the document, answers ahead of a near-best sentence telling of it in passing, and ahead of any
        that names only a role ("an independent overview author … wrote the overview report"). For "which
        department issued the letter?" the letterhead line naming the asked kind of body is the issuer."""
        asked = set(question.terms)
        if asked & _WROTE_TERMS:
            asked.add("author")
        asked &= _DOCUMENT_EVENTS
        # "the date of the minister's letter", a document it names: that document's dateline
        dated = bool(question.document_kinds and _DOCUMENT_DATE.search(question.text))
        if not (asked or dated) or self._is_cover(units[0]):
            return None
        # the best names only a role, or the question asks for the document's own date: the cover decides
        bounded = units[0].features.get("person_named", 0.0) >= 0 and not dated
        for unit in units[1:30]:
            if bounded and units[0].score - unit.score > COVER_MARGIN:
                break
            if unit.span and unit.features.get("type_ok", 0.0) >= 1.0 and not mismatched(unit.features):
                passage = self.index.passages[unit.passage]
                dateline = dated and passage.text[unit.start : unit.end].strip(" ,.") == passage.text[unit.span[0] : unit.span[1]]
                line_terms = set(self.view(unit.passage).sentence_terms[unit.sentence])
                said = asked & line_terms or (kind == "organisation" and asked and set(question.terms) & line_terms)
                if self._is_cover(unit) and (dateline or said):
                    if not names_review(question, passage.title, passage.file):
                        continue  # "the second review's author" is not on a cover that does not say it is the second
                    return unit
        return None

    def _is_cover(self, unit: Unit) -> bool:
        """A line of a document's first page that ends no sentence: its cover, title page or letterhead."""
        passage = self.index.passages[unit.passage]
        text = passage.text[unit.start : unit.end]
        return passage.page_at(unit.start) == 1 and len(text) <= 100 and not _ENDS_SENTENCE.search(text)
