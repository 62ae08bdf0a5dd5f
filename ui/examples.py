"""Example questions drawn from what is indexed, never from a corpus that is not loaded.

Candidates come from the index itself: "When was the …?" for the meetings, conferences, visits and reviews its
dated events name (``qa.timeline``), "Who was …?" for the people and roles it mentions most ("Ms A", "SW2"),
and "What does the … say about …?" for its most used headings. Each candidate is then asked (``qa.ask``) and
kept only if the index answers it with medium or high confidence, so a "Try" button never asks about someone
who is not there. Built once per index snapshot, in the background warm-up or on first use.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

MAX_EXAMPLES = 5
MAX_TRIED = 16  # candidates asked at most (each is one qa.ask: ~50 ms warm)
_PEOPLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z]\b|\b[A-Z]{2,4}\d{1,2}\b")
_EVENT = re.compile(
    r"\b(?:the|an?)\s+((?:[a-z][a-z-]+\s+){0,4}(?:meeting|conference|visit|review|assessment|referral|hearing|"
    r"strategy discussion|case conference))\b"
)
_LEAD_NUMBER = re.compile(r"^(?:[A-Z]|\d+(?:\.\d+)*)[.)]?\s+")
_FRAME = {"appendix", "annex", "summary", "glossary", "chronology", "contents", "introduction", "foreword",
          "references", "terms"}
_BORING = {"a", "an", "the", "this", "that", "next", "first", "last", "same", "further", "other", "serious case"}


def _event_questions(events: list[Any]) -> list[str]:
    counts: Counter[str] = Counter()
    for event in events:
        for phrase in _EVENT.findall(getattr(event, "event", "") or ""):
            words = phrase.split()
            if words[0] in _BORING or len(words) < 2:
                continue
            counts[phrase] += 1
    return [f"When was the {phrase}?" for phrase, _ in counts.most_common(6)]


def _people_questions(passages: list[Any]) -> list[str]:
    counts: Counter[str] = Counter()
    for passage in passages:
        counts.update(set(_PEOPLE.findall(passage.text)))
    return [f"Who was {name}?" for name, _ in counts.most_common(6)]


def _heading_questions(passages: list[Any]) -> list[str]:
    counts: Counter[str] = Counter()
    for passage in passages:
        section = (passage.section or "").split(" \u2014 ")[0].strip()
        section = _LEAD_NUMBER.sub("", section).strip(" .:").lower()
        words = section.split()
        if not 1 <= len(words) <= 4 or any(ch.isdigit() for ch in section) or words[0] in _FRAME:
            continue
        counts[section] += 1
    return [f"What were the {h}?" if " " not in h and h.endswith("s") else f"What does the review say about {h}?"
            for h, _ in counts.most_common(4)]


def candidates(index_dir: str) -> list[str]:
    """Questions built from the index's events, people and headings, interleaved (one of each kind in turn)."""
    import qa
    from qa import store

    data = store.load(index_dir, verify=False)
    try:
        events = qa.timeline(index_dir)
    except Exception:  # noqa: BLE001 - examples are a convenience; the rest still helps
        events = []
    kinds = [_event_questions(events), _people_questions(data.passages), _heading_questions(data.passages)]
    out: list[str] = []
    for row in range(max((len(k) for k in kinds), default=0)):
        for kind in kinds:
            if row < len(kind) and kind[row] not in out:
                out.append(kind[row])
    return out


def build(index_dir: str, limit: int = MAX_EXAMPLES) -> list[str]:
    """Up to ``limit`` candidates the index answers with medium or high confidence."""
    import qa

    kept: list[str] = []
    for question in candidates(index_dir)[:MAX_TRIED]:
        try:
            answer = qa.ask(question, index_dir, 1)
        except Exception:  # noqa: BLE001
            continue
        if answer.answerable and answer.confidence_level in ("high", "medium"):
            kept.append(question)
            if len(kept) >= limit:
                break
    return kept
