"""What a question asks for: its answer type, its content terms, and any document it names.

Owns the question side of reading. Answer types: date, time, duration, age, number, person, organisation,
place, reason, list, yesno, and "factoid" for everything else ("what …", "which …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qa.clean import valid_unicode
from qa.terms import is_frame, term_offsets, terms

MAX_QUESTION_CHARS = 2000  # longer questions are cut (a question, not a document)
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]")  # terminal colour codes pasted with a question
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")

# "which consultant paediatrician …", "what council …": up to two modifiers before the head noun, none of them
# a verb or article ("what did the school …" asks what was done, not which school)
_WHICH_NP = r"\b(?:which|what)(?: (?!(?:did|does|do|was|were|is|are|had|has|have|the|a|an|of|in|on|to)\b)[\w'’-]+){0,2} "
_PERSON_NOUNS = (
    r"(?:worker|professional|person|people|officer|doctor|clinician|social worker|health visitor|manager|member|"
    r"individual|practitioner|paediatrician|family member|relative|man|woman|adult|sibling|author|chair|minister|"
    r"solicitor|police officer|detective|nurse|teacher|consultant|registrar|midwife|pathologist|lawyer|barrister|"
    r"judge|councillor|director|GP|sister|grandmother|mother|father|partner|aunt|uncle|brother|grandfather|"
    r"neighbour|headteacher|head teacher|key worker|key person|coordinator|co-ordinator|visitor|lead|boyfriend|"
    r"girlfriend|friend|stepfather|stepmother|carer|driver)s?"
)

# "what is the name of the duty social worker?", "what was Child M's key worker called?": a person's name is asked,
# and a review that anonymises its people (SW2, "the maternal aunt") does not give it
_NAME_ASKED = re.compile(
    r"\bwhat (?:is|was|were|are) (?:the )?(?:full |first |real |sur)?names? of (?:the |a |an |her |his |their |"
    r"[\w'’]+['’]s )?(?:[\w'’-]+ ){0,3}?" + _PERSON_NOUNS + r"\b(?!['’]s)|"
    r"\bwhat (?:is|was) (?:the |her |his |their |[\w'’]+ [\w'’]+['’]s |[\w'’]+['’]s )(?:[\w'’-]+ ){0,3}?"
    + _PERSON_NOUNS + r"\b(?!['’]s)(?: (?:at|in|of|for|from|with|on)(?: [\w'’-]+){1,5})? called\b",
    re.IGNORECASE,
)


def asks_personal_name(text: str) -> bool:
    """Whether the question asks for someone's name ("what is the name of Jade's class teacher?")."""
    return bool(_NAME_ASKED.search(text))


_TYPE_RULES: list[tuple[str, str]] = [
    ("reason", r"^why\b"),  # "why … or by whom?" asks why
    ("duration", r"\b(?:within|in) what (?:time|period|timescale|timeframe)\b|\bhow (?:quickly|soon)\b"),  # before "what time"
    ("time", r"\b(?:what|which|at what) time\b|\bwhat hour\b"),
    ("age", r"\bhow old\b|\b(?:what|which|at what) age\b|\bage (?:was|of|did)\b"),
    ("duration", r"\bhow long\b|\bfor how many (?:days|weeks|months|years|nights|hours)\b|\bwhat (?:length|period)\b"),
    (
        "date",
        r"^when\b|\bdeadline\b|\bby when\b|\bwhen (?:was|were|did|does|do|had|has|is|will|would)\b|\b(?:what|which|on what|on which|by what|by which)"
        r" (?:(?:exact|precise|specific|actual) )?(?:date|day|year|month)s?\b(?! groups?\b)|\bin (?:what|which) (?:year|month)\b|\bdate (?:of|on|when)\b|\bwhat was the date\b",
    ),
    (
        "number",
        r"\bhow (?:many|much|often|frequently)\b|\bwhat (?:number|proportion|percentage|amount|total|sum)\b|"
        r"\b(?<!reference )(?<!case )(?<!crime )(?<!phone )(?<!telephone )(?:the )?number of\b|\bhow many times\b|\bwhat (?:was|is) the (?:cost|total|caseload|score)\b|\bwhat did (?:[\w'’-]+ ){1,3}(?:score|weigh|measure|cost)\b|\bhow (?:heavy|tall)\b",
    ),
    (
        "organisation",
        rf"{_WHICH_NP}(?:agency|agencies|organisation|organization|service|team|trust|"
        r"department|body|board|authority|court|force|unit|practice|surgery|hospital trust|college|institute|"
        rf"association|charity|council|school)\b(?! {_PERSON_NOUNS}\b)|\bwhat body\b",
    ),
    (
        "person",
        r"^who\b|\bwho (?:was|were|is|did|had|has|made|wrote|chaired|attended|took|told|saw|visited|led)\b|\bwhom\b|"
        rf"\bwhose\b|{_WHICH_NP}{_PERSON_NOUNS}\b|"
        rf"\bnames? of (?:the |his |her |their |a |an )?(?:[\w'’-]+ ){{0,2}}?{_PERSON_NOUNS}\b|"
        r"\bwhat (?:is|was|were) (?:his|her|their) names?\b",  # "the name of the programme" is not a person's
    ),
    ("place", r"^where\b|\bwhere (?:was|were|did|is|does|had)\b|\b(?:which|what) (?:hospital|address|school|clinic|place|location|ward|town|area|house|flat|centre)\b|\bin which (?:hospital|school|clinic|place)\b"),
    ("reason", r"^why\b|\bwhy (?:was|were|did|didn't|wasn't|weren't|had|has|is|does|do)\b|\bwhat (?:was|were) the reasons?\b|\bfor what reason\b|\bwhat led\b|\bwhat caused\b|\bhow come\b|\bwhat explanation\b|\bwhat (?:was|is) the purpose\b"),
    ("list", r"\b(?:list|name|identify|enumerate)\b(?! of the)|\bwith whom\b|\bwho attended\b|"
     r"\b(?:which|what) (?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)(?! of\b) [a-z]+\b|"
     r"\b(?:apart from|other than|aside from|besides|in addition to)\b|\bwhat (?:were|are) the (?:\w+ )?(?:recommendations|findings|lessons|terms|themes|agencies|reasons|conclusions|criteria|actions)\b"),
    ("yesno", r"^(?:did|was|were|is|are|has|had|does|do|could|can|should|would|will)\b"),
]
_TYPE_PATTERNS = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in _TYPE_RULES]

# Kinds of document a question can name as its source, and the words that mark a file of that kind in
# its title or name. Order matters: a file is of the first kind that matches ("Letter … on publishing
# overview reports" is a letter, not an overview report).
DOCUMENT_KINDS: list[tuple[str, tuple[str, ...]]] = [
    ("letter", ("letter",)),
    ("executive summary", ("executive summary", "exec summary", "executive-summary", "exec-summary")),
    ("overview report", ("overview",)),
    # a review's companions: the short briefing or leaflet of its learning, the board's press statement
    ("briefing", ("briefing", "leaflet", "learning brief", "learning summary", "learning-summary")),
    ("press statement", ("press statement", "press release")),
]
_DOC_NOUN = (
    r"(?P<doc>executive summar(?:y|ies)|exec(?:utive)? summary|overview report|overview(?! reports?\b)|"
    r"(?:(?:full|final|main|whole|published) )?(?:(?:learning |practice )?review )?report|"
    r"(?:[\w-]+ ){0,2}?(?:briefing|leaflet)|learning brief|learning summary|press (?:statement|release)|notes to editors|"
    r"(?:minister(?:'s|’s|ial)? |ministerial |[A-Za-z]+['’]s )?letter)"
)
_OWNER = r"(?:(?:[A-Za-z]+ )?[A-Za-z]+['’]s )?"  # "the board's press release", "the review's executive summary"
_SOURCE_PATTERNS = [
    rf"\b(?:according to|in|from|within|throughout|by|under) the {_OWNER}{_DOC_NOUN}",
    rf"\b(?:does|did|do) the {_OWNER}{_DOC_NOUN}\b",
    rf"\bthe {_OWNER}{_DOC_NOUN},? (?:says?|states?|records?|describes?|mentions?|reports?|finds?|concludes?|recommends?|"
    r"notes?|gives?|lists?|identif(?:y|ies)|explains?|calls?|sets? out|makes?)\b",
    rf"\b{_DOC_NOUN} (?:says?|states?)\b",
    rf"\bthe {_OWNER}{_DOC_NOUN}['’]s\b",  # "the minister's letter's reference number": asked of that document
    r"\bthe (?P<doc>[A-Za-z]+['’]s letter)\b",  # "copied in to the Department's letter", "the scrutineer's letter"
]
_SOURCE = [re.compile(p, re.IGNORECASE) for p in _SOURCE_PATTERNS]
_MINISTER = re.compile(r"\b(?:(?:the|which|what) minister|minister's|minister’s|ministerial|secretary of state)\b", re.IGNORECASE)
REVIEW_ORDINAL = re.compile(r"\b(first|second|third|original|earlier|later) (?:serious case )?(?:review|scr|overview report)\b",
                            re.IGNORECASE)


def _kind_of_phrase(phrase: str) -> str:
    phrase = phrase.lower()
    if "letter" in phrase:
        return "letter"
    if "brief" in phrase or "leaflet" in phrase or "learning summar" in phrase:  # a briefing, a learning brief …
        return "briefing"
    if "summar" in phrase:
        return "executive summary"
    if "press" in phrase or "editors" in phrase:
        return "press statement"
    return "overview report"


@dataclass
class Question:
    text: str
    type: str
    terms: list[str]  # stemmed content terms, in order
    document_kinds: list[str] = field(default_factory=list)  # kinds of document named as the source
    review_ordinal: str | None = None  # "first" / "second" when the question names one of several reviews
    focus: list[str] = field(default_factory=list)  # terms right after "how many" (what is counted)
    expansions: list[str] = field(default_factory=list)  # codes of people the question describes by role
    excluded: list[str] = field(default_factory=list)  # terms of what "apart from …" sets aside (not the answer)
    several: bool = False  # it asks for several things ("which three agencies", "who attended"): a list
    sources: list[str] = field(default_factory=list)  # a publisher or site it names as the source ("the Ledger's article")


# a question that asks for several things at once: a number of them ("the three safeguarding partners", "the
# review's four lines of enquiry"), everyone present ("who attended", "with whom"), a document's plural findings
_SEVERAL = re.compile(
    r"\b(?:which|what|the|[a-z]+['’]s) (?:two|three|four|five|six|seven|eight|nine|ten|[2-9]) (?:[a-z-]+ )?[a-z]+s\b"
    r"|\bwho attended\b|\bwith whom\b|\b(?:list|enumerate)\b"
    r"|\bwhat (?:were|are) the (?:[a-z]+['’]s )?(?:\w+ )?(?:recommendations|findings|lessons|themes|conclusions|actions)\b",
    re.IGNORECASE,
)
_COUNTED = frozenset({"number", "date", "time", "duration", "age"})  # "in the two weeks before" counts, lists nothing


# "what does the letter say about how much redaction …": what a document says is asked, not the amount
_SAYS_ABOUT = re.compile(r"^\s*what (?:does|did|do) [^?]{1,80}?\b(?:say|state|recommend|conclude|suggest|note)s? about\b", re.IGNORECASE)


def question_type(text: str) -> str:
    if _SAYS_ABOUT.match(text):
        return "factoid"
    for name, pattern in _TYPE_PATTERNS:
        if pattern.search(text):
            return name
    return "factoid"


def _focus_terms(text: str) -> list[str]:
    # "how many of the first review's individual management reviews …": what is counted comes after "of …'s"
    match = re.search(r"\bhow many of (?:the |his |her |their )?(?:[\w-]+\s+){0,3}?[\w-]+['’]s?\s+((?:[\w'-]+\s+){0,3}[\w'-]+)", text, re.I)
    if not match:
        match = re.search(r"\bhow many\s+((?:[\w'-]+\s+){0,3}[\w'-]+)", text, re.I)
    if not match:
        match = re.search(r"\b(?:number of|total)\s+((?:[\w'-]+\s+){0,2}[\w'-]+)", text, re.I)
    if not match:
        return []
    counted = _FOCUS_END.split(match.group(1))[0]  # "recommendations did the review make" → "recommendations"
    return terms(counted)[:2]  # "how many were subject to …" names nothing counted


_FOCUS_END = re.compile(
    r"\b(?:did|does|do|was|were|is|are|had|has|have|will|would|could|should|can|may|might|must|in|on|at|for|from|to|"
    r"by|with|during|between|before|after|when|since)\b",
    re.IGNORECASE,
)


_EXCLUDING = re.compile(
    r"\b(?:apart from|other than|aside from|besides|except(?: for)?|excluding|as well as|in addition to)\s+([^,;?]{1,80})",
    re.IGNORECASE,
)


def excluded_terms(text: str) -> list[str]:
    """Terms of what the question sets aside: "Apart from SW1 and TM1, who attended …" → sw1, tm1."""
    return [t for m in _EXCLUDING.finditer(text) for t in terms(m.group(1))]


def content_terms(text: str) -> list[str]:
    """The question's terms minus its frame ("what was the date …") and the document it names as its
    source ("according to the executive summary"): what the answer's sentence should share with it."""
    for pattern in _SOURCE:
        text = pattern.sub(" ", text)
    found = [t for at, t in term_offsets(text) if not is_frame(text, at, t)]
    return found or terms(text)


# a source named by its publisher, outlet or site: "according to the National Ledger", "BTN's live coverage", "the
# Courier's story", "the NBN explainer", "the photograph used by the Ledger", "what does the Courier & Ledger say";
# not a person ("according to Ms R", "Child L's"), a role code or a review ("the Child W report")
_PROPER = r"(?P<name>(?:[A-Z][\w&.-]*|[A-Z]{2,})(?: (?:& )?[A-Z][\w&.-]*){0,3})"  # "the Courier & Ledger"
_PIECE = (r"(?:(?![\w'‘“-]*['’]s\b)[a-z'‘’“”][\w'‘’“”-]* ){0,3}?(?:article|story|analysis|explainer|coverage|"
          r"live page|timeline|blog|feature|editorial|bulletin)\b")
_NAMED_SOURCE = [re.compile(p) for p in (
    rf"\b(?:[Aa]ccording to|[Uu]sed by|[Pp]ublished by|[Rr]eported by) (?:the )?{_PROPER}(?:[,?.]|$| [a-z])",
    rf"\b{_PROPER}['’]s {_PIECE}",
    rf"\b{_PROPER}['’]s report\b",  # "the National Ledger's report" (not "the Child W report": a review)
    rf"\bthe {_PROPER} {_PIECE}",
    rf"\b(?:does|did|do) the {_PROPER} (?:say|says|report|write|state|quote)\b",  # "does the Ledger say"
)]
_NOT_SOURCE = re.compile(r"^(?:In |The )?(?:Child|Baby|Mr|Mrs|Ms|Miss|Dr|Sibling)\b|\d|^(?:In|The)$")


def named_sources(text: str) -> list[str]:
    """Publishers, outlets or sites a question names as its source ("According to the National Ledger, …",
    "Which reporters ran BTN's live coverage?"): capitalised names, matched to document titles and file names by
    ``documents_named``."""
    names = [re.sub(r"^(?:In|The) ", "", m.group("name").strip(" .")) for pattern in _NAMED_SOURCE
             for m in pattern.finditer(text)]
    return list(dict.fromkeys(n for n in names if len(n) >= 3 and not _NOT_SOURCE.search(n)))


def named_document_kinds(text: str) -> list[str]:
    """Kinds of document the question names as its source ("according to the executive summary")."""
    kinds = []
    for pattern in _SOURCE:
        for match in pattern.finditer(text):
            kinds.append(_kind_of_phrase(match.group("doc")))
    if _MINISTER.search(text):
        kinds.append("letter")
    return list(dict.fromkeys(kinds))


def analyse(text: str) -> Question:
    """Type, terms and named documents of a question (whitespace-normalised, cut to a sane length)."""
    clean = _ANSI.sub(" ", valid_unicode(str(text)))
    clean = " ".join(_CONTROL.sub(" ", clean).split())[:MAX_QUESTION_CHARS]
    ordinal = REVIEW_ORDINAL.search(clean)
    kind = question_type(clean)
    return Question(
        text=clean,
        type=kind,
        terms=content_terms(clean),
        document_kinds=named_document_kinds(clean),
        review_ordinal=ordinal.group(1).lower() if ordinal else None,
        focus=_focus_terms(clean),
        excluded=excluded_terms(clean),
        several=kind not in _COUNTED and bool(_SEVERAL.search(clean)),
        sources=named_sources(clean),
    )


def document_kind(title: str, name: str) -> str | None:
    text = f"{title} {name}".lower()
    text = f"{text} {text.replace('_', ' ').replace('-', ' ')}"
    for kind, words in DOCUMENT_KINDS:
        if any(w in text for w in words):
            return kind
    return None


# what a companion (an executive summary, a briefing, a press statement) says, the review's own report states in full
COMPANION_KINDS = frozenset({"executive summary", "briefing", "press statement"})


def main_report(title: str, name: str) -> bool:
    """Whether a document is a review's own report: an overview report, or a document of no other kind (not a
    summary, briefing, statement or letter) whose title or file name says it is a review or a report."""
    kind = document_kind(title, name)
    return kind == "overview report" or kind is None and re.search(
        r"\b(?:review|report)\b|\b(?:l?cspr|scr|cmr)\b", f"{title} {name}".lower().replace("-", " ").replace("_", " ")) is not None


def _says(source: str, title: str) -> bool:
    """A title or file name says a named source: its words, whole, case aside ("Ledger" in "… | The National
    Ledger", "BTN" in "btn-live-sallowfield-reviews.pdf")."""
    words = re.sub(r"[-_|·]+", " ", title).lower()
    return re.search(rf"\b{re.escape(source.lower())}\b", words) is not None


def names_review(question: Question, title: str | None, name: str) -> bool:
    """Whether a document's title or file name says it is the review the question names ("the second
    review" → "Child T - Second Serious Case Review"); true when the question names none."""
    return not question.review_ordinal or question.review_ordinal in f"{title} {name}".lower()


def documents_named(question: Question, titles: dict[str, str]) -> list[str] | None:
    """Files of the kind(s) of document the question names as its source.

    Returns None when the question names none, or when the named kinds match none or all of the
    indexed files (then the hint does not narrow anything).
    """
    if not question.document_kinds and not question.review_ordinal and not question.sources:
        return None
    kinds = {name: document_kind(title, name) for name, title in titles.items()}
    if "overview report" in question.document_kinds and "overview report" not in kinds.values():
        # "the full report" of a review whose report is not called an overview: the review's own report
        for name, kind in kinds.items():
            if kind is None and main_report(titles[name], name):
                kinds[name] = "overview report"
    if question.document_kinds:
        chosen = {name for name, kind in kinds.items() if kind in question.document_kinds}
    else:
        chosen = set(titles)
    # a publisher or site named as the source: the documents whose title or file name says it, when some do
    said = {name for name in titles if any(_says(source, f"{titles[name]} {name}") for source in question.sources)}
    if said and len(said) < len(titles):
        chosen = (chosen & said) or said
    if question.review_ordinal in ("first", "second", "third") and chosen:
        ordinal = {name for name in chosen if names_review(question, titles[name], name)}
        chosen = ordinal or chosen
    if not chosen or len(chosen) == len(titles):
        return None
    return sorted(chosen)
