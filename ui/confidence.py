"""Confidence in words for the Ask tab: the reader's fitted confidence bands, the level a score falls in, what
a level means (the share of answers at it that were right in the evaluation), and whether a short answer is of
the type the question asks for.

Pure functions of a score or a ``qa.Answer`` (or its ``to_dict()`` with the extra keys ``confidence_level`` and
``question_type``). ``ui.cards`` decides from them what the answer card leads with; it re-exports these names.
"""

from __future__ import annotations

import re
from typing import Any

from ui.present import _get

TYPED = frozenset({"date", "time", "number", "duration", "age", "person", "organisation", "place"})
_DIGIT = re.compile(r"\d")
_NUMBER_WORD = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|"
    r"thousand|million|once|twice|half|dozen)\b", re.IGNORECASE)
_NAME = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]{1,4}\d+)")


def levels() -> list[dict[str, Any]]:
    """The fitted chooser's confidence bands (name, min, right, n), highest first (qa/reader/chooser.json)."""
    from qa.reader.choose import load

    return sorted(load().get("levels", []), key=lambda band: -float(band["min"]))


def confidence_level(score: float | None, bands: list[dict[str, Any]] | None = None) -> str:
    """"high", "medium" or "low" for a score, by the fitted bands."""
    for band in bands if bands is not None else levels():
        if float(score or 0.0) >= float(band["min"]):
            return str(band["name"])
    return "low"


def confidence_meaning(level: str, bands: list[dict[str, Any]] | None = None) -> str:
    """One line saying what a level means, from the eval: the share of answers at that level that were right."""
    for band in bands if bands is not None else levels():
        if band["name"] == level and band.get("n"):
            return (f"{level.capitalize()} confidence: in the evaluation, {round(100 * float(band['right']))}% of "
                    f"{int(band['n'])} answers given at this level were right.")
    return f"{level.capitalize()} confidence: below the levels measured in the evaluation; read the quote before relying on it."


def _level_of(answer: Any, score: float) -> str:
    level = str(_get(answer, "confidence_level", "") or "")
    return level if level in ("high", "medium", "low") else confidence_level(score)


def type_fits(answer: Any, text: str) -> bool:
    """Whether the short answer is of the type the question asks for. The reader's own check (its
    ``type_fit`` feature) when it is given; else a plain check of the text: a date, number, age or duration
    holds a digit or a number word, a person, organisation or place starts with a capital or a code such as
    "SW2". Questions of no checkable type (why, what happened, lists) never fit: their short span is a guess
    at where the answer starts and ends."""
    kind = str(_get(answer, "question_type", "") or "")
    features = (_get(answer, "evidence", {}) or {}).get("features") or {}
    if "typed" in features:
        return bool(features.get("typed")) and bool(features.get("type_fit"))
    if kind not in TYPED:
        return False
    if kind in ("person", "organisation", "place"):
        return bool(_NAME.match(text.strip()))
    return bool(_DIGIT.search(text) or _NUMBER_WORD.search(text))
