"""Who is who in a review: anonymised people (SW2, Mrs H, Dr D) and the roles the text gives them.

Serious case reviews name people by code and describe them by role, and questions mix the two: "the
locum social worker" is SW2, "Child T's grandmother" is Mrs H. This module reads the documents' own
appositions ("SW2, a locum social worker,", "Mrs H (maternal grandmother)", "a housing officer, HO1,",
glossary rows "SW2 Locum social worker …") and expands a question that describes someone by role with
that person's code, so the lexical evidence can find sentences that use the code. It also reads the
abbreviations the documents define ("IMR | Individual management review", "individual management review
(IMR)"), so a sentence that says "IMR" is seen to say "individual management review". Pure functions.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from qa.terms import STOPWORDS, VERB_FORM, term_offsets, terms

CODE = (
    r"(?:[A-Z]{2,4}\d{1,2}|(?:Mr|Mrs|Ms|Miss|Dr|DC|DS|PC)\.? [A-Z]\b|(?:Child|Sibling|Baby) (?:[A-Z]|\d{1,2})\b)"
)
_ARTICLE = r"(?:[Tt]he|[Aa]n?|[Hh]er|[Hh]is|[Tt]heir)"
PATTERNS = [
    re.compile(rf"(?P<code>{CODE}),\s+{_ARTICLE}\s+(?P<role>[^,;.()]{{3,60}})[,;.)]"),  # SW2, a locum social worker,
    re.compile(rf"\b{_ARTICLE}\s+(?P<role>[^,;.()]{{3,60}}),\s+(?P<code>{CODE})[,;.)]"),  # a housing officer, HO1,
    re.compile(rf"[A-Z][a-z]+(?: [A-Z])?['’]s\s+(?P<role>[^,;.()]{{3,40}}),\s+(?P<code>{CODE})[,;.)]"),  # Child T's grandmother, Mrs H,
    re.compile(rf"(?P<code>{CODE})\s+\((?P<role>[^()]{{3,60}})\)"),  # Mrs H (maternal grandmother)
    re.compile(rf"\b{_ARTICLE}\s+(?P<role>[^,;.()]{{3,50}})\s+\((?P<code>{CODE})\)"),  # the health visitor (HV1)
    re.compile(rf"(?P<code>{CODE})\s+(?:was|is|had been|became)\s+{_ARTICLE}\s+(?P<role>[^,;.()]{{3,50}})"),  # SW2 was a locum
    # glossary row, its cells run together or rebuilt with " | " (qa.tables): "SW2 | Locum social worker, …"
    # and the team or service it names after a comma ("…, Referral and Assessment Team")
    re.compile(r"(?:^|\s)(?P<code>[A-Z]{2,4}\d{1,2})\s+(?:\|\s+)?(?P<role>[A-Z][a-z]+(?: [A-Za-z]+){1,4})"
               r"(?:,\s+(?P<unit>[A-Z][^|()\n]{2,60}?))?(?=,|\s\(|\s\||$)", re.MULTILINE),
]
MIN_EXPANSION_IDF = 2.0  # the words a question shares with a role must be this specific (idf)
# Nouns that end a phrase describing a person ("locum social worker", "maternal grandmother").
PERSON_NOUNS = frozenset(
    """worker visitor officer manager mother father grandmother grandfather cousin partner boyfriend girlfriend
    husband wife doctor paediatrician pediatrician solicitor lawyer barrister chair chairman chairperson teacher
    nurse midwife gp practitioner consultant registrar lodger friend uncle aunt stepfather stepmother sister
    brother son daughter child baby sibling detective constable sergeant inspector author director minister
    psychiatrist psychologist therapist childminder carer neighbour tenant student surgeon radiologist
    pathologist coroner judge magistrate clinician head headteacher principal secretary adviser advisor
    officer""".split()
)
_PREPOSITION = re.compile(r"\s(?:of|from|in|at|for|with|to|on|by|who|whom|which|that)\s", re.IGNORECASE)
_LAST_ARTICLE = re.compile(r".*\b(?:the|a|an|her|his|their)\s+", re.IGNORECASE | re.DOTALL)


_PERSON_TERMS = frozenset(t for noun in PERSON_NOUNS for t in terms(noun))


def _family(term: str) -> str:
    """sw2 → "sw"; mrs_h → "mrs_h" (titled people are each their own family); other words unchanged."""
    m = re.fullmatch(r"([a-z]{2,4})\d{1,2}", term)
    return m.group(1) if m else term


def code_term(code: str) -> str:
    """The term a code becomes in ``qa.terms`` ("Mrs H" → "mrs_h", "SW2" → "sw2")."""
    found = terms(code)
    return found[0] if len(found) == 1 else code.lower().replace(" ", "_")


def role_terms(role: str) -> list[str]:
    """Terms of a role phrase cut to its head ("a housing officer from Wendmere Homes" → housing officer);
    nothing unless it ends in a noun for a person."""
    role = _LAST_ARTICLE.sub("", role.strip())
    role = _PREPOSITION.split(f" {role} ")[0].strip()
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", role) if w.lower() not in STOPWORDS]
    if not words or len(words) > 5 or words[-1].lower() not in PERSON_NOUNS:
        return []
    return terms(" ".join(words))


def extract_aliases(texts: list[str]) -> dict[str, Counter[str]]:
    """code term → role terms the documents use for that person, with counts."""
    aliases: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        for pattern in PATTERNS:
            for m in pattern.finditer(text):
                role = role_terms(m.group("role"))
                if role:
                    unit = m.groupdict().get("unit")
                    aliases[code_term(m.group("code"))].update(set(role) | set(terms(unit or "")))
    return dict(aliases)


def expand(question_terms: list[str], aliases: dict[str, Counter[str]], idf, question: str = "") -> list[str]:
    """Codes of the people a question describes by role ("the locum social worker" → sw2).

    A code is added when the question shares with its roles at least one specific word and clearly more
    than with any other person's roles, and names the role's person noun as a noun ("who chaired the panel?"
    describes no one as a chair); codes already in the question are left alone.
    """
    asked = set(question_terms)
    told_as_verbs = {t for at, t in term_offsets(question) if VERB_FORM.match(question, at)}
    families = {_family(t) for t in asked}
    scores = {}
    for code, role in aliases.items():
        if code in asked or _family(code) in families:
            continue  # the question already names this person, or another of the same kind (TM2 vs TM1)
        shared = asked & role.keys()
        heads = {t for t in role if t in _PERSON_TERMS}
        specific = [t for t in shared if idf(t) >= MIN_EXPANSION_IDF]
        if specific and (shared & heads) - told_as_verbs:
            scores[code] = sum(idf(t) for t in shared)
    if not scores:
        return []
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best, best_score = ranked[0]
    if len(ranked) > 1 and ranked[1][1] >= 0.8 * best_score:
        return []  # ambiguous: several people fit the description
    return [best]


_ACRONYM_DEFINITIONS = [
    # a glossary row: "IMR | Individual management review"
    re.compile(r"(?:^|\|\s*)(?P<abbr>[A-Z][A-Z&]{1,6})s?\s*\|\s*(?P<long>[A-Z][A-Za-z'’ -]{3,80}?)\s*(?=\||\(|,|$)", re.MULTILINE),
    # in running text: "an individual management review (IMR)"
    re.compile(r"(?P<long>(?:[A-Za-z'’-]+\s+){1,8}?)\((?P<abbr>[A-Z][A-Z&]{1,6})s?\)"),
]
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "in", "on", "to", "&"})


def _initials_match(abbr: str, words: list[str]) -> list[str] | None:
    """The words, from the end back, whose initials spell the abbreviation ("Individual management review" for
    IMR; "the Child Abuse Investigation Team" for CAIT), or None."""
    letters = [c for c in abbr.lower() if c.isalpha()]
    picked: list[str] = []
    for word in reversed(words):
        if not letters:
            break
        if word.lower() in _SMALL_WORDS and picked:
            picked.append(word)
            continue
        if word[:1].lower() != letters[-1]:
            return None
        picked.append(word)
        letters.pop()
    return list(reversed(picked)) if not letters else None


_WORD = re.compile(r"[A-Za-z'’-]+")  # a word of a definition's long form


def _spelled_out(m: re.Match) -> tuple[int, int] | None:
    """Where a definition's long form (``_ACRONYM_DEFINITIONS``) has the words whose initials spell its
    abbreviation, from the end back ("the Service Manager for safeguarding (SM)": lower-case words may trail the
    defined ones): their offsets in the text, or None."""
    spans = [w.span() for w in _WORD.finditer(m.group("long"))]
    words = [m.group("long")[a:b] for a, b in spans]
    for drop in range(4):
        picked = _initials_match(m.group("abbr"), words[: len(words) - drop])
        if picked:
            first, last = spans[len(words) - drop - len(picked)], spans[len(words) - drop - 1]
            return m.start("long") + first[0], m.start("long") + last[1]
    return None


def definitions(text: str, abbreviation: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Where ``text[start:end]`` spells out ``abbreviation``: the offsets of the words whose initials spell it, in
    a glossary row ("ORT | Opiate Replacement Therapy") or before it in brackets ("Opiate Replacement Therapy
    (ORT)")."""
    end = len(text) if end is None else end
    return [spelled for pattern in _ACRONYM_DEFINITIONS for m in pattern.finditer(text, start, end)
            if m.group("abbr") == abbreviation and (spelled := _spelled_out(m))]


def extract_acronyms(texts: list[str]) -> dict[str, frozenset[str]]:
    """Abbreviation term → the terms of what it stands for, where the documents define it and its letters are
    the initials of the words ("imr" → individu, manag, review)."""
    found: dict[str, frozenset[str]] = {}
    for text in texts:
        for pattern in _ACRONYM_DEFINITIONS:
            for m in pattern.finditer(text):
                spelled = _spelled_out(m)
                words = _WORD.findall(text, *spelled) if spelled else []
                expansion = frozenset(terms(" ".join(words)))
                key = terms(m.group("abbr"))
                if len(expansion) >= 2 and len(key) == 1:
                    found.setdefault(key[0], expansion)
    return found
