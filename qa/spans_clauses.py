"""Clauses and quotations inside text as spans: quoted words, what someone said or recorded, a reason given.

Pure functions returning ``(start, end)`` character offsets, so whatever they find is verbatim: the words inside
quotation marks ("cannot rule out accidental injury"), the clause after "said", "explained", "Explanation:" …, and
the clause from "because", "due to", "so that", "as" … to the end of the sentence, unless the word tells when
("since January 2007"), what something was called ("known as Child T") or what followed ("so that the core group
did not meet"). Dates come from ``qa.spans_dates``; ``qa.spans`` re-exports these names and this module imports
nothing from it.
"""

from __future__ import annotations

import re

from qa.spans_dates import Span, find_dates

QUOTE_RE = re.compile(r"“([^“”]{3,200}?)”|\"([^\"]{3,200}?)\"|(?<![\w])‘([^‘’]{3,200}?)’(?![\w])|(?<![\w])'([^']{3,200}?)'(?![\w])")
REPORTED_RE = re.compile(
    r"\b(?:said|says|explained|explaining|stated|claimed|reported|told (?:[A-Z][\w ]{0,20}?|him|her|them) that|"
    r"explanation(?: given)?(?: was)?:?|described as|recorded as|recorded that|noted that|attributed (?:it |this )?to|"
    r"was said to have|were said to have|put down to)\s+",
    re.IGNORECASE,
)
REASON_RE = re.compile(
    r"\b(?:because|as a result of|as a consequence of|due to|owing to|in order to|so that|so as to|"
    r"on the grounds that|on the basis (?:that|of)|given that|in view of|in the light of|in light of|since|as|the reason)\b",
    re.IGNORECASE,
)


def find_quotes(text: str) -> list[Span]:
    """Quoted words ("cannot rule out accidental injury"), without the quotation marks."""
    return [next(m.span(g) for g in range(1, 5) if m.group(g) is not None) for m in QUOTE_RE.finditer(text)]


def find_reported(text: str) -> list[Span]:
    """What someone said or recorded: the clause after "said", "explained", "Explanation:" …"""
    out = []
    for m in REPORTED_RE.finditer(text):
        start = m.end()
        stop = re.search(r"[.;]|\s(?:but|and that|although|which|while)\s", text[start:])
        end = start + (stop.start() if stop else len(text) - start)
        if end - start >= 4:
            out.append((start, end))
    return out


_AS_ROLE_BEFORE = re.compile(
    r"\b(?:known|described|regarded|treated|recorded|logged|seen|referred to|classified|identified|introduced|"
    r"such|same|listed|noted|registered|employed|working|acting|served|appointed)(?:\s+(?:this|that|it|him|her|them|the\s+\w+))?\s*$",
    re.IGNORECASE,
)
_CLAUSE_VERB = re.compile(
    r"(?:\s+\S+){0,6}?\s+(?:had|has|have|was|were|is|are|did|does|do|could|would|should|might|must|can|will|"
    r"needed|knew|thought|felt|seemed|appeared)\b",
    re.IGNORECASE,
)
_JUDGED_AS = re.compile(r"\b(?:regards?|regarded|sees?|saw|views?|viewed)\b(?:\s+\S+){1,5}\s*$", re.IGNORECASE)
_SO_THAT_RESULT = re.compile(r"(?:\s+\S+){0,5}?\s+(?:did|was|were|had)\b", re.IGNORECASE)


def find_reason(text: str) -> Span | None:
    """The clause that gives a reason ("because …", "due to …"), up to the end of the sentence."""
    for m in REASON_RE.finditer(text):
        word = m.group(0).lower()
        if word in ("as", "since") and not re.match(r"\s+(?:a|the|he|she|they|it|there|this|no|her|his|their|[A-Z])", text[m.end():m.end() + 6]):
            continue
        if word in ("as", "since") and any(a == m.end() + 1 for a, _ in find_dates(text[: m.end() + 40])):
            continue  # "since January 2007" tells when, not why
        if word == "as" and not _JUDGED_AS.search(text[: m.start()]) and (  # "the panel regards it as the last …"
            _AS_ROLE_BEFORE.search(text[: m.start()]) or not _CLAUSE_VERB.match(text, m.end())
        ):
            continue  # "known as Child T", "logged as a contact": what something was called, not why
        if word == "so that" and _SO_THAT_RESULT.match(text, m.end()):
            continue  # ", so that the core group did not meet": what followed, not why
        end = len(text.rstrip(" .;"))
        if end - m.start() > 12:
            return (m.start(), end)
    return None
