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
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from qa import spans as S
from qa.dates import Date, parse_date
from qa.passages import LETTER_FIELD, VALEDICTION
from qa.question import REVIEW_ORDINAL, Question, document_kind, names_review
from qa.retrieve import Candidate, SearchIndex
from qa.tables import CELL_JOIN, cell_spans
from qa.terms import QUESTION_FRAME, term_offsets, terms
from qa.types import Answer, Citation, Passage

MODEL_FILE = Path(__file__).with_name("reader_model.json")
MAX_ANSWER_WORDS = 30  # an untyped answer longer than this is cut to its best clause
QUOTE_MAX_CHARS = 600  # a chronology row longer than this is quoted from its best sentence
SUBJECT_SHARE = 0.3  # a person named in more of the passages than this is the review's subject
DATE_REFINE_MARGIN = 1.5  # a sentence this close to the best may replace it with a later date ("last …")
PRECISION_MARGIN = 3.5  # … or, matching the question as well, with the same date more precisely

FEATURES = (
    "dense_s",  # cosine(question, sentence)
    "dense_p",  # cosine(question, passage)
    "cov_s",  # idf-weighted share of question terms in the sentence
    "cov_win",  # … in the sentence and its neighbours
    "cov_ctx",  # … in the passage and its heading
    "bigram_s",  # share of the question's term pairs found as pairs in the sentence
    "rare_s",  # share of the question's two rarest terms in the sentence
    "bm25_p",  # passage BM25 / best BM25 among candidates
    "fused_p",  # passage reciprocal-rank fusion score / best
    "type_ok",  # 1 typed span in the sentence, 0.5 in a neighbour or the row's date, 0 none (typed questions)
    "span_quality",  # how good that span is (a full date beats a month; a name beats a role …)
    "proximity",  # closeness of the span to the words shared with the question
    "is_row",  # the sentence is in a chronology-table row
    "length",  # sentence length (words / 40, capped at 1)
    "cov_prev",  # coverage of the previous sentence: the question's event is often told just before the answer
    "dense_prev",  # cosine(question, previous sentence)
    "answer_like",  # untyped questions: holds what is asked (a quote for "what did X say", a reason for "why")
    "novelty",  # share of the sentence's terms that the question does not already contain
    "date_match",  # the question names a date: 1 the sentence has a matching date, -1 only other dates (±0.5: passage)
    "entity_match",  # the question names people (Ms A, SW1 …): 1 all in the sentence or its neighbours,
    # -1 none of them but another of the same kind (SW2 for SW1), 0 otherwise
    "name_ok",  # the question asks for a name: 1 the sentence offers a name or code it does not contain, else -1
    "unit_fit",  # amount questions: 1 the span counts what is asked ("how many visits" → "three visits") or
    # carries the asked unit (a weight, money, a duration), -1 it counts something else ("two stairs"), 0 unknown
    "ordinal_match",  # the question says "first"/"second" …: 1 the sentence has the same ordinal ("strategy
    # meeting 1" for "the first strategy meeting"), -1 only others, 0 none
    "answer_near",  # holds what is asked (answer_like, or type_ok) × the question's event told in it or just before
    # it: "Ms A took him to the GP with a bruise …. She said that he had rolled off the sofa."
    "person_named",  # person questions: 1 the span names someone or gives a designation (Mrs X, SW2), -1 it is a
    # bare role ("the Chair of the Board"), 0 other questions
)
CONFIDENCE_FEATURES = (
    "top_score", "top_margin", "cov_win", "rare_s", "dense_s", "missing_mass", "type_ok", "name_ok", "unit_fit",
    "unit_mismatch",  # 1: the best amount counts or measures something other than what was asked
    "name_missing",  # 1: a name was asked for and the best sentence offers none it does not already share
    "mismatch",  # 1: the best sentence tells of another date, ordinal or person than the question names
    "modal",  # 1: asked what happened, the best sentence says it will or should ("will issue", "should be published"),
    # or, asked when, that it was called off ("arranged for 3 October 2007, was cancelled")
)

# features of what the answering sentence holds, as against how well it matches the question
ANSWER_FORM_FEATURES = ("type_ok", "name_ok", "unit_fit", "date_match", "ordinal_match", "entity_match", "modal")

DEFAULT_WEIGHTS = {
    "dense_s": 2.0, "dense_p": 1.0, "cov_s": 2.0, "cov_win": 1.0, "cov_ctx": 0.8, "bigram_s": 0.8,
    "rare_s": 0.8, "bm25_p": 0.5, "fused_p": 0.5, "type_ok": 1.5, "span_quality": 0.5, "proximity": 0.5,
    "is_row": 0.0, "length": -0.2, "cov_prev": 0.5, "dense_prev": 0.5, "answer_like": 0.5, "novelty": 0.3,
    "date_match": 1.0, "entity_match": 1.0, "name_ok": 0.5, "unit_fit": 0.5, "answer_near": 0.5, "ordinal_match": 0.5,
}
DEFAULT_CONFIDENCE = {
    "bias": -4.0, "top_score": 0.6, "top_margin": 0.5, "cov_win": 2.0, "rare_s": 1.5, "dense_s": 2.0,
    "missing_mass": -3.0, "type_ok": 0.5, "unit_mismatch": -2.0, "name_missing": -2.0,
}
ABSTAIN_THRESHOLD = 0.5
UNIT_RESCUE_MARGIN = 2.5  # ranker score by which a best sentence not holding the asked form may lead one that does


def load_model(path: Path = MODEL_FILE) -> dict:
    """The fitted weights (or hand-set defaults when no model file ships)."""
    try:
        model = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"weights": DEFAULT_WEIGHTS, "confidence": DEFAULT_CONFIDENCE, "threshold": ABSTAIN_THRESHOLD}
    return model


_MODEL = load_model()
# answer types whose best sentence must hold a span of the type (what the veto names when it does not)
VETO_UNTYPED = {
    "time": "time", "number": "number", "age": "age", "duration": "length of time", "place": "place",
    "person": "person", "organisation": "organisation",
}
TYPED = {"date", "time", "duration", "age", "number", "person", "organisation", "place", "description"}
_QUOTE_WORDS = (
    "say said says tell told write wrote written record recorded note noted describe described call called explain "
    "explained explanation account term phrase word words opinion view claim claimed attribute attributed"
).split()
QUOTE_VERBS = re.compile(rf"\b(?:{'|'.join(_QUOTE_WORDS)}|put it)\b", re.IGNORECASE)
# an event named only as a point in time for another: "low mood after the birth of Sibling 2"
_REFERENCE_POINT = re.compile(
    r"\b(?:after|before|since|following|until|till|prior to|ahead of|by the time of|at the time of)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_SEX_OF_TITLE = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}
_SEX_OF_PRONOUN = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_PRONOUN = re.compile(rf"\b({'|'.join(_SEX_OF_PRONOUN)})\b", re.IGNORECASE)
# "to whom was the letter addressed?", "who were the letter's recipients?": its "To:" line
_ADDRESSEES_ASKED = re.compile(r"\baddressed\b|\brecipients?\b|\bto whom\b[^?]*\b(?:sent|written)\b", re.IGNORECASE)
_SIGNATORY_ASKED = re.compile(r"\bsign(?:ed|atory)\b|\bwho (?:wrote|sent)\b|\bfrom whom\b", re.IGNORECASE)
_TO_FIELD = re.compile(r"To\s*:\s+")
_ENDS_SENTENCE = re.compile(r"[.!?]\W*$")  # a line that ends a sentence is no cover, letterhead or field line
_GREETING = re.compile(r"Dear\b")
_DATES_ASKED = re.compile(r"\b(?:which|what) dates\b|\bfrom (?:what|which) date to\b", re.IGNORECASE)
_DATE_PARTS = (re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b"), re.compile(r"\b\d{4}\b"), re.compile(rf"\b{S.MONTH}\b", re.IGNORECASE))
_HOW_TOLD = re.compile(r"^\s*how (?:was|were|is|are|had)\b", re.IGNORECASE)
_TOLD_AS = re.compile(r"\b[a-z]+ed as (?:an? |the )?[\"“‘']?$")
_CLOSING_QUOTES = {'"', "”", "’", "'"}
_COARSE_ASKED = re.compile(r"\b(?:what|which) (?:month|year)\b|\bmonth and year\b", re.IGNORECASE)
_QUALIFIED_DATE = re.compile(r"\b(?:end|beginning|start|middle|early|late|mid|by|before|after|around|about|until)\b[^,;]*$|"
                             r"\b(?:early|late|mid)-?\s*\w+\s+\d{4}", re.IGNORECASE)
_OCCASION_ASKED = re.compile(r"\b(?:when|at|during|by the time|on the day)\b(?! birth\b)", re.IGNORECASE)
# "when did Mr B start the programme?", "when was the review completed?": the start or end of something
_PHASE_ASKED = re.compile(
    r"\b(?:did|does|do)\s+(?:[\w'’]+\s+){1,4}?(start|begin|commence|complete|finish|end|conclude)\b|"
    r"\b(?:was|were)\s+(?:[\w'’]+\s+){1,6}?(started|begun|commenced|completed|finished|ended|concluded)\s*\?",
    re.IGNORECASE,
)
_PHASES = (frozenset({"start", "begin", "began", "begun", "commenc"}), frozenset({"complet", "finish", "end", "conclud"}))
# an occasion named by "at": "at her antenatal booking", "at a clinic contact with the health visitor"
_AT_OCCASION = re.compile(
    r"\bat (?:his|her|the|a|an|their) (?!time\b)((?:(?!(?:in|on|of|during|when|after|before|with|for|by)\b)[\w'’-]+\s?){1,4})",
    re.IGNORECASE,
)
# "which antidepressant was …": the asked kind of thing; the words before it that make it a particular one
_WHICH_NOUN = re.compile(r"^\s*(?:\w+\s+)?which ((?:[a-z'’-]+\s+){0,2}?[a-z'’-]+)\s+(?:was|were|is|are|did|does|do|had|has)\b", re.IGNORECASE)
_NAMED_BEFORE = re.compile(r"(?:\bthe|\bthis|\bthat|\bthese|\bthose|['’]s)\s+(?:[\w'’-]+\s+){0,2}$|\b[A-Z][\w'’-]*\s+$")
_LIST_FOLLOWS = re.compile(r"(?:These|They|Those)\s+(?:include[sd]?|are|were|comprised?|consist(?:ed)? of)\b|(?:They|These) (?:are|were) as follows")
_MODIFIER_OF = re.compile(r"\b(?:into|of|about|concerning|regarding)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_WHO_DID = re.compile(r"^\s*who\s+(?!(?:was|were|is|are|had|has|did|does|do|will|would|could|should)\b)([a-z]+ed|told|saw|wrote|gave|made|took|met|led|sent|spoke|found|brought|rang|left|knew)\b", re.IGNORECASE)
_OUTCOME_ASKED = re.compile(r"\b(?:outcome|result|verdict)s?\b", re.IGNORECASE)
_UNDER_WAY = re.compile(r"\b(?:had|has|have) (?:only |just )?(?:begun|started|commenced)\b|\b(?:ongoing|under way|underway|pending|not yet (?:concluded|completed|finished|known))\b", re.IGNORECASE)
_ENDED = re.compile(r"\b(?:concluded|completed|finished with|resulted|outcome was|found (?:guilty|that)|convicted|dismissed|upheld)\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|no|never|without|nor|neither|none)\b|n't\b", re.IGNORECASE)
ACCOUNT_ASKED = re.compile(r"\b(?:explanation|explain|explained|account)\b", re.IGNORECASE)  # an account is the reason asked
_QUOTE_TERMS = frozenset(terms(" ".join(_QUOTE_WORDS)))  # the words of QUOTE_VERBS, as terms
HOW_MANY_OF = re.compile(r"\bhow many of\b|^\s*of\b[^?]*,\s*how many\b", re.IGNORECASE)  # a part of a whole
_MANY_ASKED = (
    r"who (?:were|attended|else)|which (?:\w+ )?(?:agencies|people|professionals|members|workers|"
    r"organisations|services|documents|adults)|who\b.*\b(?:attended|present|arrested|charged|involved)"
)
MANY_ASKED = re.compile(rf"\b(?:{_MANY_ASKED})\b", re.IGNORECASE)  # more than one is asked for
PLURAL_ASK = re.compile(rf"\b(?:{_MANY_ASKED}|whom)\b", re.IGNORECASE)  # … or may be ("to whom …")
# asks for a name ("what was the name of …", "what was the programme called?"), not "Child T's name was placed …"
ASKS_NAME = re.compile(
    r"\bnames? of\b|\bwhat (?:is|was|were) (?:the|their|his|her|its) names?\b|\b(?:what|which) (?:[\w'’-]+ ){1,5}(?:called|named)\b",
    re.IGNORECASE,
)
INDEFINITE_QUALITY = 0.3
INDEFINITE = re.compile(r"(?:an?|another|some)\s", re.IGNORECASE)
COVER_MARGIN = 4.0  # ranker score by which a near-best sentence may lead a cover line that answers
_DOCUMENT_DATE = re.compile(
    r"\bdate (?:of|on) (?:the |this |that )?(?:[\w'’]+ ){0,4}?(?:letter|memo|memorandum|report|summary|document)\b", re.IGNORECASE
)
_WROTE_TERMS = frozenset({"wrote", "written", "write", "writer"})
# what is done to a document, as its cover says it: "Independent overview author: …", "Published …"
_DOCUMENT_EVENTS = frozenset({"author", "chair", "publish", "complet", "date", "issu", "sign", "commiss"})
ASKS_DATE = re.compile(r"\b(?:what|which)(?: (?:exact|precise|specific|actual))? date\b|\bdate (?:of|on)\b", re.IGNORECASE)
LATEST_ASKED = re.compile(r"\b(?:last|final|latest|most recent)\b(?!\s+(?:time|year|month|week))", re.IGNORECASE)
WHO_IS = re.compile(r"^\s*who (?:is|was|were|are) (?P<name>.+?)\??\s*$", re.IGNORECASE)


@dataclass
class ReaderSettings:
    """Named settings of the reader; the defaults are the shipped pipeline."""

    abstain_threshold: float = float(_MODEL.get("threshold", ABSTAIN_THRESHOLD))
    passages_read: int = 30  # candidates whose sentences are scored
    use_dense: bool = True  # False: lexical-only baseline (no embeddings anywhere)
    use_lexical: bool = True  # False: dense-only baseline (no term overlap anywhere)
    use_types: bool = True  # False: best sentence only, no typed spans
    max_answer_words: int = MAX_ANSWER_WORDS
    weights: dict[str, float] = field(default_factory=lambda: dict(_MODEL["weights"]))
    confidence: dict[str, float] = field(default_factory=lambda: dict(_MODEL["confidence"]))


@dataclass
class Unit:
    """One scored sentence of a candidate passage."""

    passage: int
    sentence: int  # index into passage.sentences
    start: int
    end: int
    features: dict[str, float]
    span: tuple[int, int] | None = None  # typed answer span in the passage text
    score: float = 0.0


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


class Reader:
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
        if question.document_kinds:
            _to_front(units, self._addressees(units, question) if _ADDRESSEES_ASKED.search(question.text)
                      else self._signatory(units, question) if _SIGNATORY_ASKED.search(question.text) else None, facts)

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


def _cited_page(passage: Passage, unit: Unit) -> int:
    """The page a unit is cited by: where its answer span starts, else where its sentence starts (a sentence
    running over a page break is cited by the page that says what it answers)."""
    return passage.page_at(unit.span[0] if unit.span else unit.start)


_FIELD_VALUE = re.compile(r"([A-Z][\w ]{0,30}):\s+(\S.{0,120}?)\s*$")  # a line "Label: value"
_CODE = re.compile(r"\b([A-Z]{2,4})(\d{1,2})\b")
_TITLED = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|DC|DS|PC|Child|Sibling|Baby)\.?\s+([A-Z]\b|\d{1,2}\b)")


def _without_asked_cells(text: str, span: tuple[int, int], question: Question) -> tuple[int, int]:
    """A table-row answer without the cells that only repeat the question ("what does CAIT stand for?" →
    "Child Abuse Investigation Team …", not "CAIT | Child Abuse …")."""
    if CELL_JOIN not in text[span[0] : span[1]]:
        return span
    asked = set(question.terms)
    kept = [(a, b) for a, b in cell_spans(text, *span) if not set(terms(text[a:b])) <= asked]
    return (kept[0][0], kept[-1][1]) if kept else span


def _parenthesis_heads(text: str, unit: Unit, own: list[tuple[int, int]]) -> dict[tuple[int, int], tuple[int, int]]:
    """Subjects split from their verb by a dated aside: in "a second review, commissioned by the Board in
    December 2008, was completed in May 2009", "a second review" is what was completed in May 2009 as well as
    what was commissioned in December. Maps the subject's offsets to the date of the main clause."""
    heads = {}
    for span, main in zip(own, own[1:]):
        opening = text.rfind(",", unit.start, span[0])
        closing = text.find(",", span[1], main[0])
        if opening < 0 or closing < 0 or text[span[1] : closing].strip(" )"):
            continue  # the date must end its aside: ", commissioned … in December 2008,"
        if not _VERB_AFTER_ASIDE.match(text, closing) or _CLAUSE_BREAK.search(text, closing, main[0]):
            continue  # the main clause's verb follows the aside (", was completed …") and the date is its own
        if _AUXILIARY.search(text, opening, span[0]):
            continue  # the aside is a participle, not a clause of its own
        start = max((m.end() for m in _HEAD_BOUNDARY.finditer(text, unit.start, opening)), default=unit.start)
        heads[(start, opening)] = main
    return heads


# what ends a clause inside a sentence, and the first auxiliary, which ends the sentence's subject
_CLAUSE_WORDS = r"\b(?:and|but|while|whereas|although)\b"
_AUXILIARY_WORDS = r"\b(?:was|were|is|are|has|had|have|did|will|would)\b"
_CLAUSE_BREAK = re.compile(rf"[;:]|{_CLAUSE_WORDS}")
_AUXILIARY = re.compile(_AUXILIARY_WORDS)
# the main clause's verb after an aside, and where the subject before the aside starts
_VERB_AFTER_ASIDE = re.compile(rf",\s*{_AUXILIARY_WORDS}")
_HEAD_BOUNDARY = re.compile(rf"[,;:]|{_CLAUSE_WORDS}")
# an event that did not happen: "the next meeting, arranged for 3 October 2007, was cancelled"
_CALLED_OFF = re.compile(
    r"\b(?:cancell?ed|called off|did not (?:take place|happen|go ahead|meet)|never (?:took place|happened|met)|"
    r"was not held|were not held|postponed|abandoned)\b",
    re.IGNORECASE,
)
# what would have happened had things been otherwise: "Had the information … been brought together, …";
# "If the letter had been sent promptly, it would not have reached SW2"
_COUNTERFACTUAL = re.compile(r"^\s*Had\s|\b[Ii]f\b[^.;]{0,150}\bhad\b[^.;]{0,150}\b(?:would|could|might)\b(?:\s+\w+){0,2}\s+have\b")
# a document's own review, as it speaks of it: "The review cost £68,400."; "this review interviewed …"
_OWN_REVIEW = re.compile(r"(?:^|(?<=[.|]\s))(?:The|This) (?:review|panel)\b|\bthis review\b")
# a question about what happened ("when did …", "on what date was …") …
_PAST_QUESTION = re.compile(r"\b(?:did|was|were|had)\b", re.IGNORECASE)
# … is not answered where the documents say it will or should happen ("will issue", "should be published"),
# as a recommendation does: the sentence's first clause says what should or will be done ("Wendmere Children's
# Services should introduce a caseload weighting system, with the aim that …")
_MODAL_LEAD = re.compile(
    r"(?:[A-Z]\d{1,2}\s*\|\s*)?(?:(?!\bthat\b)[^,;:.|]){0,80}?\b(?:should|must|shall|will)\b(?!\s+have\b)",
    re.IGNORECASE,
)
_MODAL_BEFORE = re.compile(
    r"\b(?:will|shall|should|would|must|is to|are to|intends? to|plans? to|expects? to|proposes? to)"
    r"(?!\s+have\b)(?:\s+(?:not|also|then|now|be|normally|only|soon|shortly))*\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def near_people(view: PassageView, passage: Passage, i: int) -> set[tuple[str, str]]:
    """The people of sentence i and its neighbours (a chronology row's details share its first sentence)."""
    near = set(view.sentence_people(passage, i))
    if i:
        near |= view.sentence_people(passage, i - 1)
    if i + 1 < len(passage.sentences):
        near |= view.sentence_people(passage, i + 1)
    return near


def entity_keys(text: str) -> set[tuple[str, str]]:
    """Anonymised people as (kind, key): SW2 → ("SW", "SW2"); Ms A → ("Ms", "Ms A"). Kinds let the reader see
    that a sentence about SW2 answers nothing about SW1."""
    keys = {(m.group(1), m.group(0)) for m in _CODE.finditer(text)}
    keys |= {(m.group(1), f"{m.group(1)} {m.group(2)}") for m in _TITLED.finditer(text)}
    return keys


_ASKED_NOUN = re.compile(r"\b(?:which|what)\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:did|was|were|is|are|has|had|does|do|made|gave)\b", re.IGNORECASE)
_ASKS_AGE = re.compile(r"\bhow old\b|\bage\b", re.IGNORECASE)
_UNIT_CUES = [
    (re.compile(r"\bweigh", re.IGNORECASE), re.compile(r"\b(?:kg|g|grams?|kilos?|kilograms?|lbs?|pounds?|ounces?|oz|stone)\b", re.IGNORECASE)),
    # money: "how much did it cost", "how much was spent" (not "how many nights did he spend")
    (re.compile(r"\b(?:cost|costs|paid|price|fee|fees|budget)\b|\bhow much\b.*\bspen[dt]\b", re.IGNORECASE), re.compile(r"£|\bpounds\b|\bper cent\b", re.IGNORECASE)),
    (re.compile(r"\b(?:percentage|per cent|percent|proportion)\b", re.IGNORECASE), re.compile(r"%|per ?cent|half|third|quarter|fifth|tenth|\bof\b", re.IGNORECASE)),
    (re.compile(r"\bhow (?:tall|far|long is|wide)\b", re.IGNORECASE), re.compile(r"\b(?:cm|mm|m|metres?|miles?|km|inches|feet)\b", re.IGNORECASE)),
    (re.compile(r"\bhow long\b|\bhow old\b|\bage\b", re.IGNORECASE), re.compile(r"\b(?:minutes?|hours?|days?|nights?|weeks?|months?|years?)\b|-(?:day|week|month|year)", re.IGNORECASE)),
]


# "what was Mrs H's occupation?", "what is the family's ethnic background?": the thing asked about
_ASKED_OF = re.compile(
    r"\bwhat (?:is|was|were|are) (?:the |his |her |their )?(?:[\w-]+\s)?(?:[\w-]+['’]s\s)?((?:[\w-]+\s){0,2}?[\w-]+)"
    r"(?=\s+(?:at|in|on|of|for|when|during|after|before|by|to)\b|\s*\?|$)",
    re.IGNORECASE,
)


# "what was the name of the family's dog?": the frame word ("name") is followed by the thing asked about
_FRAME_OF = re.compile(
    r"\b(?:name|names|number|type|kind|title|date|cost|amount|colour|make|breed) of (?:the |his |her |their |a |an )?"
    r"(?:[\w-]+['’]s\s)?((?:[\w-]+\s){0,2}?[\w-]+)"
    r"(?=\s+(?:who|whom|that|which|where|at|in|on|of|for|when|during|after|before|by|to|did|was|were|is)\b|\s*\?|$)",
    re.IGNORECASE,
)


def asked_words(question: str) -> list[str]:
    """The words that name what a "which X did …" / "what was Y's X" question asks for ("football team",
    "dog" in "what was the name of the family's dog?")."""
    found = []
    for pattern in (_ASKED_NOUN, _ASKED_OF, _FRAME_OF):
        m = pattern.search(question)
        if m:
            found += re.findall(r"[\w'’-]+", m.group(1))
    return found


_ORDINAL_WORDS = {w: n for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth".split(), start=1)}
_ORDINAL = re.compile(
    rf"\b(?:(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|(\d{{1,2}})(?:st|nd|rd|th)(?!\s+(?:of\s+)?{S.MONTH})|"
    r"(?:meeting|conference|review|visit|admission|referral|assessment|interview)s?\s+(\d{1,2})\b(?!\s*(?:[/.:]|"
    rf"{S.MONTH})))\b",
    re.IGNORECASE,
)


def ordinals(text: str) -> set[int]:
    """Ordinals a text uses: "the second strategy meeting", "2nd", "Strategy meeting 2" → {2}."""
    out = set()
    for m in _ORDINAL.finditer(text):
        word, suffixed, numbered = m.groups()
        out.add(_ORDINAL_WORDS[word.lower()] if word else int(suffixed or numbered))
    return out


@lru_cache(maxsize=256)
def _asked_noun(question: str) -> str | None:
    """The noun a "which/what X did …" question asks for, as a term ("which GP surgery did" → surgeri)."""
    m = _ASKED_NOUN.search(question)
    if not m:
        return None
    found = terms(m.group(1))
    return found[-1] if found else None


# where the counted noun ends: "two nights on the ward" counts nights, not wards
_NOUN_ENDS = re.compile(
    r"^(?:on|in|at|for|with|from|by|during|before|after|into|when|while|who|which|that|was|were|is|are|had|has|"
    r"have|been|being|did|per|each|since|until)$",
    re.IGNORECASE,
)
_COUNTED_SAME = ({"time", "occas"},)  # words that count the same thing ("how many times" → "on eight occasions")
_COUNT_WORD = re.compile(rf"^(?:{S.NUMBER_WORDS}|[\d.,£%]+|between|and|to|or|of|out|the|a|an|some|about|over|under|nearly|almost|around|more|less|than|at|least|most)$", re.IGNORECASE)


def _unit_fit(text: str, span: tuple[int, int], question: Question, unit_cue: re.Pattern[str] | None) -> float:
    """Does an amount span measure what the question asks? 1 yes, -1 it counts or measures something else,
    0 cannot tell (a bare number, or a question that names no unit)."""
    tail = re.split(r"[.;:!?,()]", text[span[1] : span[1] + 40])[0]  # the counted noun is in the same clause
    words = re.findall(r"[\w'’.-]+", text[span[0] : span[1]]) + re.findall(r"[\w'’-]+", tail)[:4]
    after = [w for w in words if not _COUNT_WORD.match(w)]
    ends = next((i for i, w in enumerate(after) if i and _NOUN_ENDS.match(w)), len(after))
    shown = " ".join(after[: min(3, ends)])  # "three of the nine individual management reviews"; "two nights (on the ward)"
    if S.is_bare_age(text, span) and _ASKS_AGE.search(question.text):
        return 1.0  # "how old was Ms A …" → "(she) was seventeen when …": years are understood
    if unit_cue is not None:
        return 1.0 if unit_cue.search(text[span[0] : span[1]] + tail) else -1.0
    if question.focus and re.match(r"-[A-Za-z]", text[span[1] : span[1] + 2]):
        return -1.0  # "three-monthly supervision", "two-bedroom flat": a modifier, not a count
    if not question.focus or not after:
        return 0.0
    counted = set(terms(shown))
    if not counted:
        return 0.0
    wanted = set(question.focus)
    for same in _COUNTED_SAME:
        if wanted & same:
            wanted |= same
    return 1.0 if counted & wanted else -1.0


_AGE_OF = re.compile(r"\b(?:how old|what age|which age|at what age)\s+(?:was|is|were|are|had|did)\s+|\bage of\s+", re.IGNORECASE)


@lru_cache(maxsize=256)
def _whose_age(question: str) -> str | None:
    """The person whose age is asked: "What age was Mr C when Child T died?" → "Mr C"."""
    found = _AGE_OF.search(question)
    if not found:
        return None
    rest = question[found.end() :]
    named = sorted((m.start(), key) for _, key in entity_keys(rest) for m in re.finditer(re.escape(key), rest))
    for at, key in named:  # "Ms A's partner Mr B": the possessor is not the one asked about
        if at > 40:
            break
        if not re.match(r"['’]s\b", rest[at + len(key) :]):
            return key
    return None


@lru_cache(maxsize=256)
def _unit_cue(question: str) -> re.Pattern[str] | None:
    """The units an answer to this amount question should carry (a weight, money, a duration …)."""
    for cue, units in _UNIT_CUES:
        if cue.search(question):
            return units
    return None


def confidence_values(top: dict[str, float], top_score: float, second_score: float, facts: dict[str, float]) -> dict[str, float]:
    """The evidence the confidence model weighs, from the best sentence and the question."""
    return {
        "top_score": top_score,
        "top_margin": min(3.0, top_score - second_score),
        "cov_win": top["cov_win"],
        "rare_s": top["rare_s"],
        "dense_s": top["dense_s"],
        "missing_mass": facts["missing_mass"],
        "type_ok": top["type_ok"] if facts["typed"] else 1.0,
        "name_ok": top["name_ok"],
        "unit_fit": top.get("unit_fit", 0.0),
        "unit_mismatch": float(top.get("unit_fit", 0.0) < 0),
        "name_missing": float(top["name_ok"] < 0),
        "mismatch": float(mismatched(top)),
        "modal": top.get("modal", 0.0),
    }


_THING_NAME = re.compile(r"\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+\b")


def _thing_names(text: str) -> list[tuple[int, int]]:
    """Names of things written in capitals inside a sentence ("Positive Parenting"), not its first word."""
    out = []
    for m in _THING_NAME.finditer(text):
        if m.start() == 0 or re.search(r"(?:^|[.|:]\s*)$", text[: m.start()]):
            continue
        out.append(m.span())
    return out


_BARE_MONTH = re.compile(r"(?<=\s)(January|February|March|April|June|July|August|September|October|November|December)\b")


@lru_cache(maxsize=256)
def _question_dates(question: str) -> list[Date]:
    """The dates a question names, and the months it names alone: "the August strategy meeting" is in
    August, whatever the year ("May" alone is left out: it is more often the verb)."""
    spans = S.find_dates(question)
    found = [d for d in (parse_date(question[a:b]) for a, b in spans) if d]
    for m in _BARE_MONTH.finditer(question):
        if not any(a <= m.start() < b for a, b in spans):
            found.append(parse_date(m.group(1)))
    return found


def _covered(sentence_terms: list[str], stands_for: dict[str, frozenset[str]]) -> set[str]:
    """A sentence's terms, with the words of each abbreviation in it that the question spells out."""
    found = set(sentence_terms)
    for abbreviation, words in stands_for.items():
        if abbreviation in found:
            found |= words
    return found


def term_pairs(found: list[str]) -> set[frozenset[str]]:
    """Neighbouring terms, either way round: "chaired the panel" and "the panel was chaired" share a pair."""
    return {frozenset(p) for p in zip(found, found[1:]) if p[0] != p[1]}


def mismatched(features: dict[str, float]) -> bool:
    """The sentence tells of another date, ordinal or person than the question names."""
    return min(features.get("date_match", 0.0), features.get("ordinal_match", 0.0), features.get("entity_match", 0.0)) < 0


def _to_front(units: list[Unit], unit: Unit | None, facts: dict[str, float]) -> None:
    """Put a unit that answers for a reason of its own (a cover line, a letter's "To:" line) first; the
    sentence that matched best still tells confidence how well the question was matched."""
    if unit is not None:
        units.remove(unit)
        units.insert(0, unit)
        facts["rescued"] = 1.0


def _of_named_document(passage: Passage, question: Question) -> bool:
    """Whether a passage is of a kind of document the question names ("the minister's letter")."""
    return document_kind(passage.title or "", passage.file) in question.document_kinds


def _promote(units: list[Unit], holds) -> bool:
    """Move to the front the first of the next nine units, within UNIT_RESCUE_MARGIN ranker points of the best,
    that holds what the best lacks (``holds``), tells of no other date, ordinal or person and not of what
    should happen. Whether one was moved."""
    fits = next((u for u in units[1:10] if units[0].score - u.score <= UNIT_RESCUE_MARGIN
                 and not mismatched(u.features) and not u.features.get("modal") and holds(u)), None)
    if fits is None:
        return False
    units.remove(fits)
    units.insert(0, fits)
    return True


def _near_best(units: list[Unit], margin: float) -> list[Unit]:
    """The best unit and those after it within ``margin`` ranker points of it (at most eight in all)."""
    near = [units[0]]
    for unit in units[1:8]:
        if units[0].score - unit.score > margin:
            break
        near.append(unit)
    return near


def is_indefinite(unit: Unit) -> bool:
    """The unit's person span is only an indefinite role ("an independent overview author")."""
    return unit.features.get("person_named", 0.0) < 0 and unit.features.get("span_quality", 1.0) <= INDEFINITE_QUALITY


def _only_aside(text: str, aside: set[str]) -> bool:
    """Is ``text`` nothing but what the question sets aside ("apart from the head injury")?"""
    own = set(terms(text))
    return bool(own) and own <= aside


_PREPOSITION_WHOM = re.compile(r"\b(with|to|by|from) whom\b", re.IGNORECASE)


def _objects_of(text: str, unit: Unit, span: tuple[int, int], preposition: str, anchors: list[int]) -> tuple[int, int]:
    """"With whom should Boards agree the timing of publication?": all that follows the first "with" after the
    question's words, to the sentence's end ("the police and the Crown Prosecution Service where …, and with
    the coroner where …"), when the span found lies in it, it lists more than one and it is short enough to be
    an answer."""
    before = [a for a in anchors if unit.start <= a < span[0]]
    found = re.compile(rf"\b{preposition}\s+", re.IGNORECASE).search(text, max(before, default=unit.start), span[0] + 1)
    if not found:
        return span
    end = unit.start + len(text[unit.start : unit.end].rstrip(" .;:"))
    objects = text[found.end() : end]
    if end <= span[0] or len(objects.split()) > MAX_ANSWER_WORDS or not re.search(r",|\band\b", objects):
        return span  # one person ("to SW2 by telephone on 26 October"): the span itself is the answer
    return found.end(), max(end, span[1])


def _coordination(text: str, span: tuple[int, int], kind: str, excluded: list[str] = ()) -> tuple[int, int]:
    """Widen a span to the list it belongs to ("DC E, Dr D and the ward sister" for a plural question),
    leaving out the items the question sets aside ("apart from SW1 and TM1, who …"; "apart from the chair"
    drops the item labelled "chair TM1")."""
    extra = [m.span() for m in _BARE_ROLE.finditer(text)] + [m.span() for m in _BARE_CODE.finditer(text)]
    items = S._non_overlapping(typed_spans(kind, text) + extra + [span])
    items = _with_possessors(text, items)
    at = next((i for i, item in enumerate(items) if item[0] <= span[0] < item[1]), None)
    if at is None:
        return span
    first = last = at
    while last + 1 < len(items) and _LIST_JOINER.match(text[items[last][1] : items[last + 1][0]]):
        last += 1
    while first > 0 and _LIST_JOINER.match(text[items[first - 1][1] : items[first][0]]):
        first -= 1
    run = items[first : last + 1]
    if len(run) == 1:
        return span
    aside = set(excluded)

    def set_aside(i: int) -> bool:
        a, b = run[i]
        label = text[max(0, a - 20) : a] if i == 0 else text[run[i - 1][1] : a]
        return _only_aside(text[a:b], aside) or bool(set(terms(label)) & aside)

    kept = [item for i, item in enumerate(run) if not set_aside(i)] or [span]
    code = _CODE_AFTER.match(text, kept[-1][1])  # "… and the Service Manager for safeguarding (SM)"
    return kept[0][0], code.end() if code else kept[-1][1]


_CODE_AFTER = re.compile(r"(?:\s+(?:for|of)(?:\s+[a-z-]+){1,3})?\s*\([A-Z]{1,4}\d{0,2}\)")


# what joins two items of a list, with the relation that may lead the next item ("Ms A, her partner Mr B") and
# a condition set inside the list ("the police, the Crown Prosecution Service and, where an inquest is to be
# held, the coroner")
_LIST_JOINER = re.compile(
    r"^\s*(?:[,;]\s*(?:and|or)?|and|or|&)\s*"
    r"(?:,\s*(?:where|if|when|unless)\b[^,;.()]{1,60},\s*)?"  # "and, where an inquest is to be held,"
    r"(?:(?:his|her|their|its)\s+[a-z-]+(?:\s+[a-z-]+)?\s+)?$"  # ", her partner"
)


def _with_possessors(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge a possessor into the person it relates ("Mr B's cousin Mr C" is one item, not two)."""
    merged: list[tuple[int, int]] = []
    for item in items:
        if merged and re.search(r"['’]s$", text[merged[-1][0] : merged[-1][1]]) and re.fullmatch(
            r"\s+[a-z-]+(?:\s+[a-z-]+)?\s+", text[merged[-1][1] : item[0]]
        ):
            merged[-1] = (merged[-1][0], item[1])
        else:
            merged.append(item)
    return merged


# a role code without a number inside a list ("LS1, SW2, TM2 and SM")
_BARE_CODE = re.compile(r"\b[A-Z]{2,4}\b(?![\d-])")
# role words written without an article inside a list ("SW1, DC E, Dr D, ward sister")
_BARE_ROLE = re.compile(r"(?<=[,;(] )(?:[a-z]+ )?(?:sister|nurse|midwife|social worker|health visitor|manager|officer|"
                        r"doctor|paediatrician|solicitor|teacher|registrar|consultant|chair)\b")


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, x))))
