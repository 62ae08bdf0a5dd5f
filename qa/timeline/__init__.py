"""Indexed passages → a cited timeline: one verbatim, dated entry per event, in date order.

Owns what counts as a dated event, how each date is pinned down, and when two statements are the same
event. Works only from a loaded index (its passages, page texts and precomputed sentence vectors), so
nothing is re-read or re-embedded; the extracted timeline is cached per loaded snapshot.

One stage per module, in the order they run:

  * ``qa.timeline.dating``      dates in a passage → the dates that count, pinned down
  * ``qa.timeline.statements``  passages → dated statements (rows, sentences, cover lines)
  * ``qa.timeline.merging``     statements of one date → one entry per event, in date order
  * ``qa.timeline.relevance``   a query → the events about it
  * ``qa.timeline.events``      the records (``Event``, ``EventCitation``, ``Mention``)

This module owns the public entry ``timeline`` and the per-snapshot cache; each stage's docstring says
its rules.
"""

from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from typing import Any

from qa.timeline.dating import passage_dates
from qa.timeline.events import Event, EventCitation, Mention
from qa.timeline.merging import MIN_SHARED_TERMS, SAME_EVENT, build_events, cluster, similarity
from qa.timeline.relevance import QUERY_COSINE, QUERY_COSINE_WITH_TERMS, keep_for_query, query_scores
from qa.timeline.statements import _Extractor

__all__ = [
    "CACHE_SNAPSHOTS", "MIN_SHARED_TERMS", "QUERY_COSINE", "QUERY_COSINE_WITH_TERMS", "SAME_EVENT", "Event",
    "EventCitation", "Mention", "build_events", "cluster", "keep_for_query", "passage_dates", "query_scores",
    "similarity", "timeline",
]

CACHE_SNAPSHOTS = 4


class _Timeline:
    """The statements of one loaded snapshot, and its merged timelines per document selection."""

    def __init__(self, loaded: Any) -> None:
        search = loaded.search
        self.search = search
        self.titles = dict(loaded.titles)
        manifest_order = list(search.manifest.get("files", {}))
        self.file_order = {f: i for i, f in enumerate(manifest_order + [f for f in search.file_names if f not in manifest_order])}
        self.mentions = _Extractor(search, self.titles).mentions()
        self._events: dict[tuple[str, ...], list[Event]] = {}
        self._lock = threading.Lock()

    def events(self, files: list[str] | None) -> list[Event]:
        key = tuple(sorted(set(files))) if files else ()
        with self._lock:
            hit = self._events.get(key)
        if hit is not None:
            return hit
        chosen = [m for m in self.mentions if not key or m.file in key]
        events = build_events(chosen, self.search.idf, self.file_order)
        with self._lock:
            self._events[key] = events
        return events


_cache: OrderedDict[tuple[str, str], _Timeline] = OrderedDict()
_cache_lock = threading.Lock()


def _for(loaded: Any) -> _Timeline:
    key = (str(loaded.index_dir), str(loaded.snapshot))
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit
    built = _Timeline(loaded)
    with _cache_lock:
        _cache[key] = built
        while len(_cache) > CACHE_SNAPSHOTS:
            _cache.popitem(last=False)
    return built


def timeline(index_dir: str, query: str | None = None, files: list[str] | None = None) -> list[Event]:
    """Dated events from the documents indexed in ``index_dir`` (or only ``files``), sorted by date, each
    stated verbatim and cited; ``query`` keeps only the events about it (words and meaning)."""
    from qa.api import load_index

    loaded = load_index(index_dir)
    if files:
        unknown = sorted(set(files) - set(loaded.search.file_names))
        if unknown:
            raise ValueError(f"not in this index: {', '.join(unknown)}")
    events = _for(loaded).events(files)
    query = (query or "").strip()
    if not query:
        return [_copy(e, 0.0) for e in events]
    vector = loaded.embed(query)
    out = []
    for event, (share, cosine) in zip(events, query_scores(events, query, vector)):
        if keep_for_query(share, cosine):
            out.append(_copy(event, round(max(share, cosine), 4)))
    return out


def _copy(event: Event, score: float) -> Event:
    """A caller's own copy (the cached list is shared between threads)."""
    copy = Event(event.date, event.precision, event.date_text, event.event, list(event.citations), score)
    copy._mentions = getattr(event, "_mentions", [])  # type: ignore[attr-defined]
    return copy


class _CallableModule(sys.modules[__name__].__class__):
    """``qa.timeline`` may be this module (importing ``qa.timeline`` binds it on the package): calling it
    calls ``timeline``."""

    def __call__(self, *args: Any, **kwargs: Any) -> list[Event]:
        return timeline(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
