"""Shaping a span inside a sentence's text: a table row without the cells that repeat the question, the subject
of a dated aside, names of things in capitals, a list widened to its items (possessors merged, items set
aside by the question left out), the objects of "with whom …".

Owns text-level span helpers; they take text and offsets and return offsets.
"""

from __future__ import annotations

import re

from qa import spans as S
from qa.question import Question
from qa.rules.kinds import typed_spans
from qa.rules.patterns import _AUXILIARY, _CLAUSE_BREAK, _HEAD_BOUNDARY, _VERB_AFTER_ASIDE
from qa.rules.settings import MAX_ANSWER_WORDS, Unit
from qa.tables import CELL_JOIN, cell_spans
from qa.terms import terms


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


_THING_NAME = re.compile(r"\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+\b")


def _thing_names(text: str) -> list[tuple[int, int]]:
    """Names of things written in capitals inside a sentence ("Positive Parenting"), not its first word."""
    out = []
    for m in _THING_NAME.finditer(text):
        if m.start() == 0 or re.search(r"(?:^|[.|:]\s*)$", text[: m.start()]):
            continue
        out.append(m.span())
    return out


def _only_aside(text: str, aside: set[str]) -> bool:
    """Is ``text`` nothing but what the question sets aside ("apart from the head injury")?"""
    own = set(terms(text))
    return bool(own) and own <= aside


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
