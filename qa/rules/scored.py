"""Helpers over the ranked list of scored sentences (``Unit``s): moving a unit to the front, the near-best
units, mismatches, the confidence model's inputs and its logistic, the page a unit is cited by.

Owns functions over ``Unit``s and their features; they never read the index.
"""

from __future__ import annotations

import math

from qa.question import Question, document_kind
from qa.rules.patterns import INDEFINITE_QUALITY
from qa.rules.settings import UNIT_RESCUE_MARGIN, Unit
from qa.types import Passage


def _cited_page(passage: Passage, unit: Unit) -> int:
    """The page a unit is cited by: where its answer span starts, else where its sentence starts (a sentence
    running over a page break is cited by the page that says what it answers)."""
    return passage.page_at(unit.span[0] if unit.span else unit.start)


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


def mismatched(features: dict[str, float]) -> bool:
    """The sentence tells of another date, ordinal or person than the question names."""
    return min(features.get("date_match", 0.0), features.get("ordinal_match", 0.0), features.get("entity_match", 0.0)) < 0


def _to_front(units: list[Unit], unit: Unit | None, facts: dict[str, float], rescued: bool = True) -> None:
    """Put a unit that answers for a reason of its own (a cover line, a letter's "To:" line) first; the
    sentence that matched best still tells confidence how well the question was matched, unless not
    ``rescued``: a labelled field's own line is the measure of the match ("Our ref: MIN/2010/0417")."""
    if unit is not None:
        units.remove(unit)
        units.insert(0, unit)
        if rescued:
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


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, x))))
