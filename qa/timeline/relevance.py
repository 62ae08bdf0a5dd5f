"""A query → which events of a timeline are about it, and how much (``Event.score``).

Query filter
  Terms are ``qa.terms.terms`` (stemmed, stop words out); the query vector is the encoder's. An event is
  kept when its statement holds every query term, or the best cosine of the query with any of its
  statements' stored sentence vectors is at least ``QUERY_COSINE``, or its statement holds at least half
  the query terms and that cosine is at least ``QUERY_COSINE_WITH_TERMS``. Order stays chronological;
  ``Event.score`` is the larger of the term share and the cosine.
"""

from __future__ import annotations

import numpy as np

from qa.terms import terms
from qa.timeline.events import Event

QUERY_COSINE = 0.5
QUERY_COSINE_WITH_TERMS = 0.3


def query_scores(events: list[Event], query: str, vector: np.ndarray) -> list[tuple[float, float]]:
    """(share of the query's terms in the event's statement, best cosine of the query with any statement of
    the event) for each event."""
    wanted = set(terms(query))
    out = []
    for event in events:
        held = set(terms(event.event))
        share = len(wanted & held) / len(wanted) if wanted else 0.0
        mentions = getattr(event, "_mentions", [])
        cosines = [float(m.vector @ vector) for m in mentions if m.vector is not None]
        out.append((share, max(cosines) if cosines else 0.0))
    return out


def keep_for_query(share: float, cosine: float) -> bool:
    """The query rule: every query term in the statement, or a close meaning, or half the terms and some."""
    return share >= 1.0 or cosine >= QUERY_COSINE or (share >= 0.5 and cosine >= QUERY_COSINE_WITH_TERMS)
