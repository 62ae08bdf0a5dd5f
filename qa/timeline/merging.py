"""Dated statements → events: statements of one date that say the same thing become one entry, in date order.

Same event, one entry
  Statements with the same normalised date (ISO string at its precision) are clustered by average-link
  agglomeration. Two statements are similar by the larger of: the cosine of their stored sentence
  vectors, and the IDF-weighted overlap coefficient of their terms (dates and numbers removed). Clusters
  join while their average similarity is at least ``SAME_EVENT`` for the date's precision (0.25 for a
  day, 0.4 for a month, 0.5 for a year: the same day said twice is usually one event, the same month
  less often), and never when both hold a row of the same document's chronology (a chronology lists
  an event once). An entry speaks with its chronology row if it has one, else its most central
  statement; every place that states it is one of its citations (one per file, page and paragraph).
  Thresholds were tuned on ``eval/timeline_gold.jsonl`` and checked on the held-out second review.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from qa.spans import find_dates
from qa.timeline.events import Event, Mention

# Average-link similarity at which statements of one date are one event, by the date's precision: two
# things said of the same day are usually one event; of the same month or year, less often.
SAME_EVENT = {"day": 0.25, "month": 0.4, "year": 0.5}
MIN_SHARED_TERMS = 2  # term overlap alone needs at least this many terms on the shorter side


def similarity(a: Mention, b: Mention, idf: Any) -> float:
    """How alike two statements of the same date are: the larger of the sentence-vector cosine and the
    IDF-weighted overlap coefficient of their terms."""
    cosine = float(a.vector @ b.vector) if a.vector is not None and b.vector is not None else 0.0
    overlap = 0.0
    if a.terms and b.terms and min(len(a.terms), len(b.terms)) >= MIN_SHARED_TERMS:
        shared = sum(idf(t) for t in a.terms & b.terms)
        smaller = min(sum(idf(t) for t in a.terms), sum(idf(t) for t in b.terms))
        overlap = shared / smaller if smaller > 0 else 0.0
    if a.text == b.text:
        return 1.0
    return max(cosine, overlap)


def cluster(mentions: list[Mention], idf: Any, threshold: float | None = None) -> list[list[Mention]]:
    """Average-link agglomerative clustering of the statements of one date (most central first in each
    group). Two rows of one document's chronology are never merged: a chronology lists an event once."""
    if threshold is None:
        threshold = SAME_EVENT.get(mentions[0].date.precision, 0.5) if mentions else 0.5
    groups = [[m] for m in mentions]
    if len(groups) < 2:
        return groups
    n = len(mentions)
    sim = np.eye(n, dtype=np.float64)
    for i in range(n):
        for j in range(i + 1, n):
            sim[i, j] = sim[j, i] = similarity(mentions[i], mentions[j], idf)
    members = [[i] for i in range(n)]
    row_files = [{mentions[i].file} if mentions[i].row else set() for i in range(n)]
    while len(members) > 1:
        best, pair = -1.0, None
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                if row_files[members[x][0]] & row_files[members[y][0]]:
                    continue  # a chronology lists each event once: two of its rows are two events
                link = float(sim[np.ix_(members[x], members[y])].mean())
                if link > best:
                    best, pair = link, (x, y)
        if pair is None or best < threshold:
            break
        x, y = pair
        members[x] = members[x] + members[y]
        row_files[members[x][0]] = row_files[members[x][0]] | row_files[members[y][0]]
        del members[y]
    groups = []
    for idx in members:
        idx = sorted(idx)
        centrality = sim[np.ix_(idx, idx)].sum(axis=1)
        group = [mentions[i] for i in idx]
        order = sorted(range(len(group)), key=lambda k: (_representative_rank(group[k]), -centrality[k], k))
        groups.append([group[k] for k in order])
    return groups


def _representative_rank(m: Mention) -> int:
    """Which statement speaks for an event: a chronology row, then a statement with only this date, then
    the rest (summaries that list several dates)."""
    if m.row:
        return 0
    return 1 if len(find_dates(m.text)) <= 1 else 2


def _order_key(file_order: dict[str, int]):
    def key(m: Mention) -> tuple:
        return (file_order.get(m.file, 99), m.page, m.passage, m.offset)

    return key


def build_events(mentions: list[Mention], idf: Any, file_order: dict[str, int]) -> list[Event]:
    by_date: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=_order_key(file_order)):
        by_date.setdefault(m.iso, []).append(m)
    events = []
    for iso, group in by_date.items():
        for members in cluster(group, idf):
            head = members[0]
            citations, seen = [], set()
            for m in [head] + sorted(members[1:], key=_order_key(file_order)):
                key = (m.file, m.page, m.paragraph)  # one citation per place; its first statement is quoted
                if key in seen:
                    continue
                seen.add(key)
                citations.append(m.citation())
            event = Event(iso, head.date.precision, head.date_text, head.text, citations)
            event._mentions = members  # type: ignore[attr-defined]
            events.append(event)
    events.sort(key=lambda e: (e._mentions[0].date.sort_key(), _order_key(file_order)(min(e._mentions, key=_order_key(file_order)))))  # type: ignore[attr-defined]
    return events
