"""Ranked passages → a verbatim answer chosen by the trained span model, with citations and a calibrated
confidence, or an abstention.

Owns the trained reading path: the rules reader (``qa.read``) ranks the candidate sentences and proposes its
own typed span; the span model (``qa.reader.model``) reads the best sentences with their neighbours
(``qa.reader.candidates``); every proposed span becomes a ``Choice`` with generic evidence features, the fitted
chooser (``qa.reader.choose``) turns them into the probability that the span is right, and the best one answers
if it clears the fitted threshold. The short span is the answer only when the chooser is sure of it; otherwise the
answer is the clause of its sentence around it (``qa.reader.shown``), verbatim, and ``short_answer`` keeps the
span. A span whose type does not fit a date, time or amount question is never shown as the answer (nor a month
alone for "on what date"), nor one from a passage that never states a year, a day or the month of the event the
question names or names the person it names by role code (``qa.reader.context``: its text and heading, and the
paragraphs before it in its section), nor one whose sentence tells another occurrence than the one the question
counts ("the first core group meeting" for "the second core group meeting"), nor, for a person's name asked, one
that gives no name, nor, for who wrote a foreword, one outside the signature that ends it
(``qa.rules.structure.part_signature``). ``mode="model-only"`` is the raw model (best span, abstain when the
answerability head says no), kept as an eval baseline.
"""

from __future__ import annotations

from qa.question import asks_personal_name
from qa.dates import parse_date
from qa.read import ASKS_DATE, Reader, ReaderSettings, answer_kind, typed_spans
from qa.reader import choose, shown
from qa.reader.shown import crosses, page_part, quote_bounds, trim
from qa.reader.citing import Citer
from qa.reader.candidates import Window, window_of, windows
from qa.reader.context import (asked_months, asked_ordinals, codes_in, day_missing, days, month_missing,
                                other_occurrence, other_people, people, year_context)
from qa.reader.model import SpanModel, shared
from qa.spans import ROLE_CODE, holds_personal_name
from qa.types import Answer, Citation

WINDOWS_READ = 4  # candidate sentences the model reads (with their neighbours)
TYPED_KINDS = frozenset({"date", "time", "number", "duration", "age", "person", "organisation", "place"})


class ExtractiveReader:
    """The shipped reader: rules rank, the trained model reads, the fitted chooser decides."""

    def __init__(self, rules: Reader, mode: str = "shipped", model: SpanModel | None = None,
                 n_windows: int = WINDOWS_READ) -> None:
        if mode not in ("shipped", "model-only"):
            raise ValueError(f"unknown reader mode {mode!r}")
        self.rules = rules
        self.mode = mode
        self.model = model or shared()
        self.n_windows = n_windows
        self.fitted = choose.load()
        self.citer = Citer(rules.index, self.model)

    def warm_up(self) -> None:
        self.model.warm_up()

    # ------------------------------------------------------------------------------------------
    def choices(self, question, candidates, query_vector, settings: ReaderSettings, k: int = 5):
        """Everything the decision weighs: the rules answer, the windows read and every scored ``Choice``."""
        ranked = self.rules.units(question, candidates, query_vector, settings)
        units, _facts = ranked
        rules_answer = self.rules.read(question, candidates, query_vector, settings, k=k, ranked=ranked)
        passages = self.rules.index.passages
        read = windows(units, passages, self.n_windows)
        evidence = rules_answer.evidence
        rules_span = evidence.get("span") if evidence else None
        if rules_span and not any(w.holds(evidence["passage"], rules_span) for w in read):
            passage = passages[evidence["passage"]]
            sentence = passage.sentence_at(rules_span[0]) or 0
            start, end = window_of(passage, sentence)
            start, end = min(start, rules_span[0]), max(end, rules_span[1])
            read.append(Window(evidence["passage"], start, end, (start, end), len(read), read[-1].score if read else 0.0))
        texts = [passages[w.passage].text[w.start : w.end] for w in read]
        readings = self.model.read(question.text, texts) if texts else []
        kind = answer_kind(question)
        top_score = read[0].score if read else 0.0
        unknown = 1.0 if self.rules.unknown_asked(question) else 0.0
        asked_years = choose.years(question.text)
        asked_days = days(question.text, bounds=False)
        in_month = asked_months(question.text) if not asked_days else set()
        name_asked = asks_personal_name(question.text)
        asked_codes = set(ROLE_CODE.findall(question.text))
        counted = asked_ordinals(question.text)  # "the second meeting": not the first one
        persons = people(question.text, whose=False)  # "… charge Mr L?": not a sentence about Ms K alone
        # "who wrote the foreword?" is answered by its signature, where one was read
        signed = self.rules.part_signature(units, question)
        # what a document's structure says is the answer (that signature, a byline, a dated field, a letter's To: line)
        built = self.rules.structural(units, question)
        # "on what date …" asks for a day: a month or a year alone is not a date of the kind asked
        day_asked = kind == "date" and bool(ASKS_DATE.search(question.text))
        by_sentence = {(u.passage, u.sentence): u.features for u in units}
        out: list[choose.Choice] = []
        for i, (window, reading) in enumerate(zip(read, readings)):
            text = texts[i]
            passage = passages[window.passage]
            # a question naming a year asks about that year: a passage that never states it does not answer it
            context = year_context(passages, window.passage) if any(asked_years) or asked_days else ""
            of_year = not choose.year_missing(asked_years, context) if any(asked_years) else True
            # … and one naming a day ("the strategy meeting of 9 December 2009") or the month its event is in ("the
            # home visit in March 2023"): a passage that never states it tells of another day or month
            of_year = of_year and not day_missing(asked_days, context) and not month_missing(in_month, context)
            # a question naming someone by role code ("SW2") asks about that person: a passage that never names them
            # (nor the paragraph before it in its section) does not answer it
            of_code = not asked_codes or asked_codes <= codes_in(passages, window.passage)
            typed = [(a + window.start, b + window.start) for a, b in typed_spans(kind, text)] if kind in TYPED_KINDS else []
            if day_asked:
                typed = [(a, b) for a, b in typed if (d := parse_date(passage.text[a:b])) and d.day]
            proposals = [(s.start + window.start, s.end + window.start, s.score) for s in reading.spans]
            if rules_span and window.holds(evidence["passage"], rules_span):
                score = reading.score_of(rules_span[0] - window.start, rules_span[1] - window.start)
                if score is not None:
                    proposals.append((rules_span[0], rules_span[1], score))
            seen = set()
            for a, b, score in proposals:
                a, b = trim(passage.text, a, b)
                if b <= a or crosses(passage, a, b):
                    continue
                fit = [t for t in typed if t[0] < b and a < t[1]]
                if kind in choose.STRICT_KINDS and fit:  # the answer to "when" or "how much" is the date or amount
                    a, b = min(t[0] for t in fit), max(t[1] for t in fit)
                if (a, b) in seen:
                    continue
                seen.add((a, b))
                span_text = passage.text[a:b]
                # "what is the name of the class teacher?": a role, a code or an agency does not name anyone
                named = not name_asked or holds_personal_name(span_text, question.text)
                k = passage.sentence_at(a)  # … nor a span whose sentence tells of another occurrence than asked
                told = "" if k is None else passage.text[passage.sentences[k].start : passage.sentences[k].end]
                occurrence = k is None or not (counted and other_occurrence(counted, told)
                                               # … or is about other people than the question names
                                               or persons and other_people(persons, passage, k, (a, b), text))
                signature = signed is None or window.passage == signed.passage and signed.start <= a and b <= signed.end
                features = {
                    "span": score / 10.0,
                    "answerable": reading.answerable / 5.0,
                    "no_answer": reading.no_answer,
                    "null_margin": max(-1.0, min(1.0, (score - reading.null) / 10.0)),
                    "rank": 1.0 / (1.0 + window.rank),
                    "gap": max(-1.0, min(0.0, (window.score - top_score) / 5.0)),
                    "focus": float(window.focus[0] <= a and b <= window.focus[1]),
                    "type_fit": float(bool(fit)) if kind in TYPED_KINDS else 0.0,
                    "typed": float(kind in TYPED_KINDS),
                    "unknown": unknown,
                    "words": min(1.0, len(span_text.split()) / 15.0),
                    "novel": choose.novelty(span_text, question.text),
                }
                unit = units[window.rank].features if window.rank < len(units) else {}
                features.update(cov=unit.get("cov_win", 0.0), dense=unit.get("dense_s", 0.0), rare=unit.get("rare_s", 0.0),
                                **{name: unit.get(name, 0.0) for name in ("cov_s", "cov_ctx", "bigram_s", "cov_prev")})
                own = by_sentence.get((window.passage, k), {})
                features.update(cov_own=own.get("cov_s", 0.0), dense_own=own.get("dense_s", 0.0),
                                bigram_own=own.get("bigram_s", 0.0))
                q0, q1 = quote_bounds(passage, a, b, window)
                # the whole answer the structure gives (the signature's name), within its sentence
                structural = (built is not None and window.passage == built.passage and built.start <= a
                              and a <= built.span[0] and built.span[1] <= b <= built.end)
                out.append(choose.Choice(window.passage, a, b, i, features, structural=structural,
                                         type_ok=(bool(fit) or kind not in choose.STRICT_KINDS) and of_year and of_code
                                         and named and signature and occurrence,
                                         clause=shown.clause(passage.text, a, b, page_part(passage, a, q0, q1))))
        _consensus(out, passages, score_of=lambda c: c.features["span"])
        built_p = choose.structural_probability(self.fitted)
        for choice in out:
            choice.probability = choose.probability(choice.features, self.fitted)
            if choice.structural:
                choice.probability = max(choice.probability, built_p)
            choice.clause_probability = max(choice.probability,
                                            choose.probability(choice.features, self.fitted, "clause"))
        return rules_answer, read, readings, out

    def read(self, question, candidates, query_vector, settings: ReaderSettings, k: int = 5) -> Answer:
        rules_answer, read, readings, choices = self.choices(question, candidates, query_vector, settings, k)
        if self.mode == "model-only":
            best = max(choices, key=lambda c: c.features["span"], default=None)
            answerable = best is not None and readings[best.window].answerable > 0
            confidence = 1.0 / (1.0 + readings[best.window].no_answer) if best else 0.0
            reason = "" if answerable else "the model finds no answer in the passages read"
            span_only = True
        else:
            allowed = [c for c in choices if c.type_ok]
            best = max(allowed, key=lambda c: c.probability, default=None)
            # a question asking for several things is not answered by one short span, however sure the model is
            span_only = best is not None and best.probability >= self.fitted.get("span_min", 0.0) \
                and not question.several
            # the probability that what is shown is right: the span's, or the clause's around it
            confidence = 0.0 if best is None else best.probability if span_only else best.clause_probability
            answerable = best is not None and confidence >= self.fitted["threshold"]
            if best is not None:  # decided: now where to cite it
                best = self.citer.place(question, best, allowed,
                                        {self.rules.index.passages[c.passage].file for c in candidates})
            reason = "" if answerable else (
                self.rules.unknown_asked(question)
                or ("no passage read gives the name asked for"
                    if not allowed and choices and asks_personal_name(question.text)
                    else "no passage read states the day the question asks about"
                    if not allowed and choices and days(question.text, bounds=False)
                    else "no passage read states the year the question asks about"
                    if not allowed and choices and any(choose.years(question.text))
                    else "no passage read holds an answer of the asked type" if not allowed and choices
                    else "the evidence is too weak"))
        if best is None:
            rules_answer.answer, rules_answer.answerable, rules_answer.answer_start = None, False, -1
            rules_answer.score = 0.0
            rules_answer.abstain_reason = rules_answer.abstain_reason or "nothing to read"
            return rules_answer
        return self._answer(question, best, read[best.window], rules_answer, answerable, confidence, reason, k,
                            span_only)

    def _answer(self, question, best, window, rules_answer: Answer, answerable: bool, confidence: float,
                reason: str, k: int, span_only: bool = True) -> Answer:
        passage = self.rules.index.passages[best.passage]
        text = passage.text
        q_start, q_end = quote_bounds(passage, best.start, best.end, window)
        q_start, page, page_end = passage.cited_range(best.start, best.end, q_start, q_end)
        quote = text[q_start:q_end]
        first = Citation(file=passage.file, title=passage.title, page=page, paragraph=passage.paragraph,
                         quote=quote, score=confidence, page_end=page_end,
                         page_label=self.rules.index.page_labels.get((passage.file, page)))
        others = [c for c in rules_answer.citations
                  if not (c.file == first.file and c.page == first.page and (c.quote in quote or quote in c.quote))]
        for c in others:
            c.score = min(c.score, confidence)
        a, b = (best.start, best.end) if span_only or not best.clause[1] else best.clause
        if not span_only and question.several:  # a list the sentence announces: its items, not its lead-in
            a, b = shown.listed(text, best.start, best.end, page_part(passage, best.start, q_start, q_end)) or (a, b)
        return Answer(
            question=question.text,
            answer=text[a:b] if answerable else None,
            answerable=answerable,
            score=confidence,
            citations=([first] + others)[:k],
            answer_start=(a - q_start) if answerable else -1,
            short_answer=text[best.start : best.end] if answerable else None,
            short_start=(best.start - q_start) if answerable else -1,
            question_type=question.type,
            abstain_reason="" if answerable else reason,
            confidence_level=choose.level(confidence, self.fitted) if answerable else "",
            evidence={"passage": best.passage, "span": (best.start, best.end), "features": best.features,
                      "span_probability": best.probability, "clause_probability": best.clause_probability},
        )


def _consensus(choices: list[choose.Choice], passages, score_of) -> None:
    """Features that compare a proposal with the others: how many other texts read propose the same answer
    words ("agree"), and its score's margin over the best proposal with other words ("margin")."""
    words = [" ".join(choose._WORD.findall(passages[c.passage].text[c.start : c.end].lower())) for c in choices]
    for c, w in zip(choices, words):
        others = {o.window for o, ow in zip(choices, words) if o.window != c.window and ow and (ow in w or w in ow)}
        c.features["agree"] = min(1.0, len(others) / 2.0)
        rival = max((score_of(o) for o, ow in zip(choices, words) if not (ow in w or w in ow)), default=None)
        c.features["margin"] = 0.0 if rival is None else max(-1.0, min(1.0, score_of(c) - rival))
