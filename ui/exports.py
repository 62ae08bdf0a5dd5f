"""Downloads of the Timeline and Compare tabs: CSV and JSON files with meaningful names
(``scr-qa-timeline.csv``, ``scr-qa-timeline-<filter>.json``, ``scr-qa-compare-<question>.csv``), each in a
folder of its own under the temporary directory so the name is kept; older exports are pruned."""

from __future__ import annotations

from pathlib import Path

from ui import present, views
from ui.state import UIState

EXPORTS_KEPT = 50  # export folders kept in the temporary directory


def _export_dir() -> Path:
    """A fresh folder for one export (so the file keeps its meaningful name); older exports are pruned."""
    import shutil
    import tempfile
    import uuid

    root = Path(tempfile.gettempdir()) / "scr-qa-exports"
    root.mkdir(exist_ok=True)
    old = sorted((p for p in root.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime)
    for stale in old[:-EXPORTS_KEPT]:
        shutil.rmtree(stale, ignore_errors=True)
    folder = root / uuid.uuid4().hex
    folder.mkdir()
    return folder


def _slug(text: str) -> str:
    import re

    return "-".join(re.findall(r"[a-z0-9]+", (text or "").lower()))[:40].strip("-")


def export_timeline(state: UIState, rows: list[dict] | None, query: str = "") -> tuple[str | None, str | None]:
    """The timeline shown (``rows`` from ``timeline_view``) as CSV and JSON files: (csv path, json path), named
    ``scr-qa-timeline.csv`` or ``scr-qa-timeline-<filter>.csv``. The JSON is ``qa.timeline``'s ``to_dict()``."""
    import csv
    import json

    if not rows:
        return None, None
    names = state.names()
    public = [{"date": r["date"], "precision": r["precision"], "date_text": r["date_text"], "event": r["event"],
               "citations": [{k: c.get(k) for k in ("file", "title", "page", "paragraph")} for c in r["citations"]]}
              for r in rows]
    stem = "scr-qa-timeline" + (f"-{_slug(query)}" if _slug(query) else "")
    folder = _export_dir()
    csv_path, json_path = folder / f"{stem}.csv", folder / f"{stem}.json"
    with csv_path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["date", "precision", "date as written", "event (verbatim)", "stated in", "files"])
        for row in public:
            where = "; ".join(present.citation_words(present._name_for(c, names), c).replace("\u00a0", " ")
                              for c in row["citations"])
            writer.writerow([row["date"], row["precision"], row["date_text"], row["event"], where,
                             "; ".join(dict.fromkeys(c["file"] for c in row["citations"]))])
    json_path.write_text(json.dumps({"query": query or None, "events": public}, ensure_ascii=False, indent=1),
                         encoding="utf-8")
    return str(csv_path), str(json_path)


def export_compare(state: UIState, result: dict | None) -> tuple[str | None, str | None]:
    """A comparison (``qa.compare(...).to_dict()``) as CSV (one row per document) and JSON files."""
    import csv
    import json

    if not result or not result.get("documents"):
        return None, None
    names = state.names()
    stem = "scr-qa-compare" + (f"-{_slug(result.get('question', ''))}" if _slug(result.get("question", "")) else "")
    folder = _export_dir()
    csv_path, json_path = folder / f"{stem}.csv", folder / f"{stem}.json"
    with csv_path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["question", "document", "file", "answer", "quote (verbatim)", "cited", "score"])
        for doc in result["documents"]:
            first = (doc.get("citations") or [None])[0] if doc.get("answerable") else None
            writer.writerow([result.get("question", ""), names.get(doc["file"], doc["file"]), doc["file"],
                             doc.get("answer") or views.NOT_ADDRESSED, (first or {}).get("quote", ""),
                             present.citation_words(names.get(doc["file"], doc["file"]), first).replace("\u00a0", " ")
                             if first else "", doc.get("score")])
    json_path.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return str(csv_path), str(json_path)
