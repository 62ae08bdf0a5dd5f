"""Scoring ``qa.timeline`` against a timeline gold file: precision and recall of (date, page), by date
precision, duplicates and merges (its Markdown summary is written by ``qa.evaluate.report``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qa.evaluate.questions import read_records


@dataclass
class TimelineGold:
    id: str
    date: str  # ISO at its precision
    precision: str
    date_text: str
    event: str
    file: str
    pages: list[int]
    also: list[dict[str, Any]] = field(default_factory=list)

    def locations(self) -> set[tuple[str, int]]:
        found = {(self.file, p) for p in self.pages}
        for other in self.also:
            found |= {(other["file"], int(p)) for p in other.get("pages", [])}
        return found


def load_timeline_gold(path: str | Path) -> list[TimelineGold]:
    """Read a timeline gold file (JSON Lines, see eval/README.md); ValueError names a malformed line."""

    def build(row: dict[str, Any]) -> TimelineGold:
        return TimelineGold(
            id=str(row["id"]),
            date=str(row["date"]),
            precision=str(row["precision"]),
            date_text=str(row.get("date_text") or ""),
            event=str(row.get("event") or ""),
            file=str(row["file"]),
            pages=[int(p) for p in row["pages"]],
            also=list(row.get("also") or []),
        )

    def check(gold: TimelineGold) -> str | None:
        lengths = {"day": 10, "month": 7, "year": 4}
        if gold.precision not in lengths or len(gold.date) != lengths[gold.precision]:
            return f"date {gold.date!r} does not match precision {gold.precision!r}"
        return None

    return read_records(path, build, "timeline event", check)


def timeline_matches(event: dict[str, Any], gold: TimelineGold) -> bool:
    """An extracted event matches a gold event when its normalised date equals the gold date (same
    precision: "2007-01" does not match "2007-01-28") and one of its citations is on a gold page."""
    if event["date"] != gold.date:
        return False
    wanted = gold.locations()
    return any((c["file"], int(c["page"])) in wanted for c in event["citations"])


def score_timeline(events: list[dict[str, Any]], golds: list[TimelineGold]) -> dict[str, Any]:
    """Precision, recall and merging of an extracted timeline (``Event.to_dict()`` rows) against the gold.

    * recall: gold events matched by at least one extracted event;
    * precision: among extracted events *in scope* — those citing at least one (file, page) that the gold
      covers, because the gold was written only for those pages — the share that match a gold event;
    * duplicates: gold events matched by more than one extracted event (one event listed twice);
    * merged: gold events stated in more than one place (``also``) for which a single extracted event
      cites both the main place and an ``also`` place.
    """
    covered = set().union(*(g.locations() for g in golds)) if golds else set()
    in_scope = [e for e in events if any((c["file"], int(c["page"])) in covered for c in e["citations"])]
    matches: dict[str, list[int]] = {g.id: [] for g in golds}
    matched_events = 0
    for i, event in enumerate(in_scope):
        hits = [g.id for g in golds if timeline_matches(event, g)]
        for gid in hits:
            matches[gid].append(i)
        matched_events += bool(hits)
    found = [g for g in golds if matches[g.id]]
    precision = matched_events / len(in_scope) if in_scope else None
    recall = len(found) / len(golds) if golds else None
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else None
    restated = [g for g in golds if g.also]
    merged = 0
    for g in restated:
        main = {(g.file, p) for p in g.pages}
        also = g.locations() - main
        for i in matches[g.id]:
            cites = {(c["file"], int(c["page"])) for c in in_scope[i]["citations"]}
            if cites & main and cites & also:
                merged += 1
                break
    by_precision = {}
    for level in ("day", "month", "year"):
        level_golds = [g for g in golds if g.precision == level]
        if level_golds:
            by_precision[level] = {
                "gold": len(level_golds),
                "recall": round(sum(1 for g in level_golds if matches[g.id]) / len(level_golds), 4),
            }
    return {
        "gold_events": len(golds),
        "extracted_events": len(events),
        "in_scope": len(in_scope),
        "matched_events": matched_events,
        "precision": round(precision, 4) if precision is not None else None,
        "recall": round(recall, 4) if recall is not None else None,
        "f1": round(f1, 4) if f1 is not None else None,
        "duplicates": sum(1 for g in golds if len(matches[g.id]) > 1),
        "restated_gold": len(restated),
        "merged": merged,
        "merge_rate": round(merged / len(restated), 4) if restated else None,
        "by_precision": by_precision,
        "missed": [{"id": g.id, "date": g.date, "event": g.event} for g in golds if not matches[g.id]],
        "unmatched": [
            {"date": e["date"], "event": e["event"], "cited": [f"{c['file']} p.{c['page']}" for c in e["citations"]]}
            for i, e in enumerate(in_scope)
            if not any(i in v for v in matches.values())
        ],
    }


def evaluate_timeline(gold_path: str | Path, index_dir: str) -> dict[str, Any]:
    """Extract the timeline of ``index_dir`` and score it against ``gold_path``."""
    from qa.timeline import timeline

    golds = load_timeline_gold(gold_path)
    started = time.perf_counter()
    events = [e.to_dict() for e in timeline(index_dir)]
    seconds = time.perf_counter() - started
    result = score_timeline(events, golds)
    result["gold_file"] = str(gold_path)
    result["seconds"] = round(seconds, 2)
    return result
