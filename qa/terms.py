"""Words as the lexical side of retrieval and reading sees them: lower-cased, stemmed, stop words out.

Owns one definition of a "term" so BM25 and the reader's overlap scores agree. Anonymised names keep
their initial ("Ms A" → ``ms_a``, "Child X" → ``child_x``): in a serious case review Mr B and Mr C are
different people, and a plain tokenizer would reduce both to "mr".
"""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

_STEMMER = Stemmer.Stemmer("english")

NAME_TITLES = (
    r"Mr|Mrs|Ms|Miss|Mx|Dr|Prof|DC|DS|DI|DCI|PC|PS|Sgt|Child|Baby|Sibling|Person|Worker|Adult|Family|Father|"
    r"Mother|Officer|Nurse|Doctor|Professor|Partner|Grandmother|Grandfather|Uncle|Aunt|Lodger|Agency|School"
)
_INITIAL_NAME = re.compile(rf"\b({NAME_TITLES})\.?\s+([A-Z]\d{{0,2}}|\d{{1,2}})(?=(?:['’]s)?(?![A-Za-z0-9]))")
_WORD = re.compile(r"[A-Za-z0-9]+(?:_[A-Za-z0-9]+)?")
_NAME_OR_WORD = re.compile(rf"{_INITIAL_NAME.pattern}|[\w'’-]+")

STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having
    he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
    nor not now of off on once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours yourself yourselves
    also may might must shall upon whether within without yet per via according toward towards behind beside
    beyond across along among amongst around despite onto throughout altogether""".split()
)


# Stems the Snowball stemmer leaves apart although they are the same word for a reader: "injured" and
# "injury", "decided" and "decision", "born" and "birth", "died" and "death". General English, small.
CANONICAL_STEMS = {
    "injuri": "injur", "explan": "explain", "descript": "describ", "agreement": "agre", "failur": "fail",
    "admiss": "admit", "decis": "decid", "referr": "refer", "conclus": "conclud", "birth": "born",
    "death": "die", "dead": "die", "deceas": "die", "attend": "attend", "attende": "attend", "pregnanc": "pregnant",
    "arrang": "arrang", "suspicion": "suspici", "suspect": "suspici", "recommend": "recommend",
    "supervisor": "supervis", "investig": "investig", "intervent": "interven", "prosecut": "prosecut",
    "convict": "convict", "sentenc": "sentenc", "examin": "examin", "assess": "assess", "inform": "inform",
    "commiss": "commiss", "respons": "respons", "respond": "respons", "involv": "involv", "chair": "chair",
    "chairman": "chair", "chairperson": "chair", "grandmoth": "grandmoth", "grandma": "grandmoth",
    "brother": "sibl", "sister": "sibl",  # "his brother and sister" are his siblings
}
# Words that frame a question rather than say what it is about ("What was the date …", "How many …").
QUESTION_FRAME = frozenset(
    "term word phrase use kind type name call date day time year month number mani much long old reason main "
    "give make take happen detail exact specif particular inform exampl apart asid besid except exclud".split()
)
# Frame words that frame as nouns ("what type of …", "the date of …"); as verbs ("was the letter typed",
# "the timing of publication") they say what the question is about.
FRAME_NOUNS = frozenset("term word phrase kind type name date day time year month number reason detail".split())
VERB_FORM = re.compile(r"[A-Za-z]+(?:ed|ing)\b")  # a word told as a verb ("typed", "timing")


def is_frame(text: str, at: int, term: str) -> bool:
    """Whether ``term``, found at offset ``at`` of ``text``, frames the question rather than tells its subject."""
    return term in QUESTION_FRAME and not (term in FRAME_NOUNS and VERB_FORM.match(text, at))


def join_initial_names(text: str) -> str:
    """"Ms A" → "Ms_A", "Child X" → "Child_X", "SW1" unchanged: keep anonymised people apart."""
    return _INITIAL_NAME.sub(lambda m: f"{m.group(1)}_{m.group(2)}", text)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word)


def terms(text: str) -> list[str]:
    """Stemmed content terms of ``text``, in order, repeats kept."""
    out = []
    for word in _WORD.findall(join_initial_names(text)):
        lower = word.lower()
        if lower in STOPWORDS or (len(lower) == 1 and not lower.isdigit()):
            continue
        if "_" in lower or lower.isdigit():
            out.append(lower)
        else:
            stemmed = stem(lower)
            out.append(CANONICAL_STEMS.get(stemmed, stemmed))
    return out


def term_offsets(text: str) -> list[tuple[int, str]]:
    """(offset in ``text``, term) for every term of ``text``: what ``terms`` gives, with where each starts
    ("Ms A" is one term at the offset of "Ms")."""
    return [(m.start(), t) for m in _NAME_OR_WORD.finditer(text) for t in terms(m.group(0))]
