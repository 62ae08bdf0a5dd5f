"""What a question asks for: its answer type, its content terms, and any document it names.

Owns the question side of reading. Answer types: date, time, duration, age, number, person, organisation,
place, reason, list, yesno, and "factoid" for everything else ("what …", "which …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qa.terms import terms

MAX_QUESTION_CHARS = 2000  # longer questions are cut (a question, not a document)

_TYPE_RULES: list[tuple[str, str]] = [
    ("time", r"\b(?:what|which|at what) time\b|\bwhat hour\b"),
    ("age", r"\bhow old\b|\b(?:what|which|at what) age\b|\bage (?:was|of|did)\b"),
    ("duration", r"\bhow long\b|\bfor how many (?:days|weeks|months|years|nights|hours)\b|\bwhat (?:length|period)\b"),
    (
        "date",
        r"^when\b|\bwhen (?:was|were|did|does|do|had|has|is|will|would)\b|\b(?:what|which|on what|on which|by what|by which)"
        r" (?:date|day|year|month)\b|\bin (?:what|which) (?:year|month)\b|\bdate (?:of|on|when)\b|\bwhat was the date\b",
    ),
    (
        "number",
        r"\bhow (?:many|much|often|frequently)\b|\bwhat (?:number|proportion|percentage|amount|total|sum)\b|"
        r"\b(?:the )?number of\b|\bhow many times\b|\bwhat (?:was|is) the (?:cost|total|caseload|score)\b",
    ),
    (
        "organisation",
        r"\b(?:which|what) (?:agency|agencies|organisation|organization|service|team|trust|department|body|board|"
        r"authority|court|force|unit|practice|surgery|hospital trust)\b",
    ),
    (
        "person",
        r"^who\b|\bwho (?:was|were|is|did|had|has|made|wrote|chaired|attended|took|told|saw|visited|led)\b|\bwhom\b|"
        r"\bwhose\b|\b(?:which|what) (?:worker|professional|person|people|officer|doctor|clinician|social worker|"
        r"health visitor|manager|member|individual|practitioner|paediatrician|family member|relative|man|woman|"
        r"adult|sibling|author|chair|minister|solicitor|police officer|detective|nurse|teacher)\b|"
        r"\bwhat (?:is|was) the name\b|\bname of the\b",
    ),
    ("place", r"^where\b|\bwhere (?:was|were|did|is|does|had)\b|\b(?:which|what) (?:hospital|address|school|clinic|place|location|ward|town|area|house|flat|centre)\b|\bin which (?:hospital|school|clinic|place)\b"),
    ("reason", r"^why\b|\bwhy (?:was|were|did|didn't|wasn't|weren't|had|has|is|does|do)\b|\bwhat (?:was|were) the reasons?\b|\bfor what reason\b|\bwhat led\b|\bwhat caused\b|\bhow come\b|\bwhat explanation\b|\bwhat (?:was|is) the purpose\b"),
    ("list", r"\b(?:list|name|identify|enumerate)\b(?! of the)|\bwhat (?:were|are) the (?:\w+ )?(?:recommendations|findings|lessons|terms|themes|agencies|reasons|conclusions|criteria|actions)\b"),
    ("yesno", r"^(?:did|was|were|is|are|has|had|does|do|could|can|should|would|will)\b"),
]
_TYPE_PATTERNS = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in _TYPE_RULES]

# Phrases that name a kind of document, and the words a file's title or name must contain to match.
DOCUMENT_HINTS: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (re.compile(r"\bexecutive summar(?:y|ies)\b", re.I), ("executive summary", "exec summary", "executive-summary")),
    (re.compile(r"\boverview reports?\b|\bthe overview\b|\bfull report\b", re.I), ("overview",)),
    (
        re.compile(
            r"\bminister(?:'s|’s|ial)? letter\b|\bletter from the (?:minister|secretary|department)\b|"
            r"\b(?:according to|in|does|did|from) the letter\b|\bthe minister\b|\bsecretary of state\b",
            re.I,
        ),
        ("letter", "minister"),
    ),
    (re.compile(r"\bsecond (?:serious case )?review\b|\bsecond scr\b|\bsecond report\b", re.I), ("second",)),
    (re.compile(r"\bfirst (?:serious case )?review\b|\bfirst scr\b|\boriginal review\b", re.I), ("first",)),
]


@dataclass
class Question:
    text: str
    type: str
    terms: list[str]  # stemmed content terms, in order
    document_phrases: list[tuple[str, ...]] = field(default_factory=list)  # title words of named documents
    focus: list[str] = field(default_factory=list)  # terms right after "how many" (what is counted)


def question_type(text: str) -> str:
    for name, pattern in _TYPE_PATTERNS:
        if pattern.search(text):
            return name
    return "factoid"


def _focus_terms(text: str) -> list[str]:
    match = re.search(r"\bhow many\s+((?:[\w'-]+\s+){0,3}[\w'-]+)", text, re.I)
    if not match:
        match = re.search(r"\b(?:number of|total)\s+((?:[\w'-]+\s+){0,2}[\w'-]+)", text, re.I)
    if not match:
        return []
    return terms(match.group(1))[:2]


def analyse(text: str) -> Question:
    """Type, terms and named documents of a question (whitespace-normalised, cut to a sane length)."""
    clean = " ".join(str(text).split())[:MAX_QUESTION_CHARS]
    kind = question_type(clean)
    phrases = [words for pattern, words in DOCUMENT_HINTS if pattern.search(clean)]
    return Question(text=clean, type=kind, terms=terms(clean), document_phrases=phrases, focus=_focus_terms(clean))


def _searchable(title: str, name: str) -> str:
    text = f"{title} {name}".lower()
    return f"{text} {text.replace('_', ' ').replace('-', ' ')}"


def documents_named(question: Question, titles: dict[str, str]) -> list[str] | None:
    """Files whose title or name matches a document the question names ("the executive summary").

    Returns None when the question names no document, or when the named kind matches none or all of
    the indexed files (then the hint does not narrow anything).
    """
    if not question.document_phrases:
        return None
    chosen: set[str] | None = None
    for words in question.document_phrases:
        matching = {
            name
            for name, title in titles.items()
            if any(w in _searchable(title, name) for w in words)
        }
        if matching and len(matching) < len(titles):
            chosen = matching if chosen is None else (chosen & matching or chosen)
    return sorted(chosen) if chosen else None
