"""Where the chosen answer is cited: ``cite``'s twins applied in turn, with the per-document indexes they look
things up in (built at a document's first use and kept) and the span model for re-reading a row's answer in the
numbered paragraph that tells its day.

Owns the order of the twins and the checks every twin must pass (the year and role code the question names);
what a twin is, is ``qa.reader.cite``'s. The decision and its probabilities are never changed here.
"""

from __future__ import annotations

from dataclasses import replace

from qa.reader import choose, shown
from qa.reader.candidates import window_of
from qa.reader.cite import (code_index, coded_sentence, dated_sentence, dated_twin, day_index, numbered_index,
                            numbered_twin, said_in, stated_twin, stated_twin_in, what_said, words_of)
from qa.question import COMPANION_KINDS, document_kind, main_report
from qa.reader.context import codes_in
from qa.reader.shown import crosses, page_part, quote_bounds, trim
from qa.spans import ROLE_CODE


class Citer:
    """Places the chosen answer on the numbered paragraph that states it, over one index's passages."""

    def __init__(self, index, model) -> None:
        self.index = index
        self.model = model
        self._doc_indexes: dict[tuple[str, str], dict] = {}  # (builder, document) → cite.day_index / code_index

    def place(self, question, best: choose.Choice, allowed: list[choose.Choice], files=()) -> choose.Choice:
        """Where to cite the chosen answer: the numbered paragraph that states it (``cite.numbered_twin`` from the
        proposals; ``cite.stated_twin_in`` the answer's document, else the other documents searched, ``files``;
        for an answer read from a summary, a briefing or a press statement, ``cite.stated_twin`` in the review's own
        report among ``files``, unless the question names the document to read;
        ``cite.dated_twin``; else the row's answer reread in the paragraph telling its day), when that paragraph
        itself (its text, heading or document title) states the year the question asks about and names the role
        code it asks about."""
        passages = self.index.passages
        asked_years, asked_codes = choose.years(question.text), set(ROLE_CODE.findall(question.text))
        chosen = best.passage

        def keeps(twin: choose.Choice) -> bool:
            if twin.passage == chosen:
                return True
            told = passages[twin.passage]
            if any(asked_years) and choose.year_missing(asked_years, " ".join((told.text, told.section or "", told.title))):
                return False
            return asked_codes <= codes_in(passages, twin.passage)

        best = numbered_twin(best, allowed, passages, part=not question.several)
        here = passages[best.passage]
        if not here.paragraph:  # an unnumbered answer looks for its numbered twin
            others = [i for f in sorted(set(files) - {here.file}) for i in self._index_of_file(f, numbered_index)]
            twin = stated_twin_in(best, passages, question.text, [self._index_of(best, numbered_index), others])
            if keeps(twin):
                best = twin
        elif self._restates(question, here):  # … and so does an answer read from a summary, in the report itself
            reports = []
            for f in sorted(set(files) - {here.file}):
                numbered = self._index_of_file(f, numbered_index)
                if numbered and main_report(passages[numbered[0]].title, f):
                    reports += numbered
            twin = stated_twin(best, passages, question.text, reports, restated=True)
            if keeps(twin):
                best = twin
        twin = dated_twin(best, passages, question.text, self._index_of(best, day_index))
        if twin is best:
            twin = self.reread(question, best, allowed)
        return twin if keeps(twin) else best

    def _restates(self, question, here) -> bool:
        """Whether the answer's passage is in a companion of the review's report (an executive summary, a
        briefing, a press statement) and the question names no document to read it from."""
        return (not question.document_kinds and not question.sources
                and document_kind(here.title, here.file) in COMPANION_KINDS)

    def _index_of(self, best: choose.Choice, build) -> dict:
        """``build``'s index (``day_index``, ``code_index``) of the document ``best`` is in."""
        return self._index_of_file(self.index.passages[best.passage].file, build)

    def _index_of_file(self, file: str, build) -> dict:
        """``build``'s index of one document, built at its first use and kept."""
        key = (build.__name__, file)
        if key not in self._doc_indexes:
            self._doc_indexes[key] = build(self.index.passages, key[1])
        return self._doc_indexes[key]

    def reread(self, question, best: choose.Choice, choices: list[choose.Choice]) -> choose.Choice:
        """A row's answer that no numbered paragraph repeats word for word (a span read from a row often runs over
        its cells): the model reads the sentence of the paragraph that tells the row's day
        (``cite.dated_sentence``), or else where the role code it names does the question's event
        (``cite.coded_sentence``), with its neighbours, and its best span there that is inside the row's span and
        that the model also proposed in the row itself as a span it may show (``choices``: the same words, two
        readings agree) is the answer, cited by that paragraph; so is its span saying the same day or clock time as
        the row's span or a part of it, in another form ("23.40 hrs" for "23:40", ``cite.what_said``), when the row
        proposed that too. The decision and its probabilities stay the row's."""
        passages = self.index.passages
        if passages[best.passage].kind != "row":
            return best
        found = dated_sentence(best, passages, question.text, self._index_of(best, day_index)) \
            or coded_sentence(best, passages, question.text, self._index_of(best, code_index))
        if found is None:
            return best
        i, at, _ = found
        passage = passages[i]
        start, end = window_of(passage, next(k for k, s in enumerate(passage.sentences) if s.start == at))
        answered = passages[best.passage].text[best.start : best.end]
        row_words = words_of(answered)
        proposed = [passages[c.passage].text[c.start : c.end] for c in choices if c.passage == best.passage]
        in_row = [words_of(text) for text in proposed]
        # … or says, in another form, what the row's span (or a part of it) says, which the row proposed too
        row_says = said_in(answered) & {what_said(text) for text in proposed}
        for span in self.model.read(question.text, [passage.text[start:end]])[0].spans:
            a, b = trim(passage.text, start + span.start, start + span.end)
            words = words_of(passage.text[a:b])
            said = what_said(passage.text[a:b]) if b > a else ()
            same = bool(said) and said[0] in ("day", "time") and said in row_says
            if b > a and not crosses(passage, a, b) and (words and words <= row_words and words in in_row or same):
                q0, q1 = quote_bounds(passage, a, b, None)
                return replace(best, passage=i, start=a, end=b,
                               clause=shown.clause(passage.text, a, b, page_part(passage, a, q0, q1)))
        return best
