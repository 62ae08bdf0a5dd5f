"""Pictures for the web UI: the timeline drawn per document, as a PNG (matplotlib, Agg, offline).

Owns only drawing. Input is plain data (``Event`` objects or their ``to_dict()``), output a PIL image
that ``gr.Image`` shows; nothing is fetched (matplotlib's bundled DejaVu fonts), nothing touches the
index. One row per document, one mark per place an event is stated: a dot for a day, a square for a
month, a diamond for a year. A thin line joins the marks of one event stated in several documents.
"""

from __future__ import annotations

import datetime as dt
import io
import threading
from collections.abc import Mapping, Sequence
from typing import Any

from PIL import Image

_LOCK = threading.Lock()  # pyplot's state is global
MARKERS = {"day": "o", "month": "s", "year": "D"}
COLOURS = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#a21caf"]


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def event_day(iso: str) -> dt.date | None:
    """Where an ISO date of any precision sits on the axis: the day; mid-month; mid-year."""
    try:
        parts = [int(p) for p in iso.split("-")]
    except ValueError:
        return None
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 15)
    if len(parts) == 1:
        return dt.date(parts[0], 7, 1)
    return None


def timeline_plot(
    events: Sequence[Any],
    names: Mapping[str, str] | None = None,
    selected: int | None = None,
    width: int = 1300,
) -> Image.Image | None:
    """The events over time, one row per document; ``selected`` (an index into ``events``) is ringed."""
    points: list[tuple[int, dt.date, str, str]] = []  # event index, day, file, precision
    for i, event in enumerate(events):
        day = event_day(str(_get(event, "date", "")))
        if day is None:
            continue
        files = list(dict.fromkeys(_get(c, "file") for c in (_get(event, "citations", []) or [])))
        for file in files:
            points.append((i, day, file, str(_get(event, "precision", "day"))))
    if not points:
        return None
    present_files = set(p[2] for p in points)
    known = [f for f in (names or {}) if f in present_files]  # the index's order keeps rows and colours stable
    files = known + sorted(present_files - set(known))
    palette = {f: COLOURS[k % len(COLOURS)] for k, f in enumerate(list(names or {}) + sorted(present_files - set(names or {})))}
    labels = [(names or {}).get(f) or f for f in files]
    row = {f: len(files) - 1 - k for k, f in enumerate(files)}  # first document on top

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    height = 1.2 + 0.55 * len(files)
    with _LOCK:
        fig, ax = plt.subplots(figsize=(width / 100, height), dpi=100)
        try:
            by_event: dict[int, list[tuple[dt.date, int]]] = {}
            for i, day, file, _ in points:
                by_event.setdefault(i, []).append((day, row[file]))
            for i, marks in by_event.items():
                if len(marks) > 1:
                    ys = sorted(y for _, y in marks)
                    ax.plot([marks[0][0]] * 2, [ys[0], ys[-1]], color="#94a3b8", linewidth=0.8, zorder=1)
            for precision, marker in MARKERS.items():
                chosen = [(day, row[file], file) for _, day, file, p in points if p == precision]
                if not chosen:
                    continue
                ax.scatter(
                    [c[0] for c in chosen],
                    [c[1] for c in chosen],
                    marker=marker,
                    s=34 if precision == "day" else 30,
                    c=[palette[c[2]] for c in chosen],
                    alpha=0.85,
                    edgecolors="white",
                    linewidths=0.6,
                    zorder=2,
                    label={"day": "day", "month": "month", "year": "year"}[precision],
                )
            if selected is not None:
                ring = [(day, row[file]) for i, day, file, _ in points if i == selected]
                if ring:
                    ax.scatter(
                        [r[0] for r in ring], [r[1] for r in ring], s=170, facecolors="none",
                        edgecolors="#dc2626", linewidths=2.0, zorder=3,
                    )
            ax.set_yticks(range(len(files)))
            ax.set_yticklabels(list(reversed(labels)))
            ax.set_ylim(-0.6, len(files) - 0.4)
            ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=5, maxticks=14))
            ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
            ax.grid(axis="x", alpha=0.25)
            for side in ("top", "right", "left"):
                ax.spines[side].set_visible(False)
            ax.tick_params(axis="y", length=0)
            legend = ax.legend(
                title="date precision", loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False,
                fontsize=8, title_fontsize=8,
            )
            for handle in legend.legend_handles:
                handle.set_color("#475569")
            fig.tight_layout()
            buffer = io.BytesIO()
            fig.savefig(buffer, format="png")
        finally:
            plt.close(fig)
    buffer.seek(0)
    image = Image.open(buffer)
    image.load()
    return image.convert("RGB")
