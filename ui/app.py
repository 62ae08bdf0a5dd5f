"""The web UI: a Gradio Blocks app over ``qa.ask`` / ``qa.build_index``, and ``serve``.

Tabs: **Ask** (question, example questions, document filter, the answer card, supporting passages,
and a preview of the cited page with the quote boxed), **Compare** (one question, every document side by
side over ``qa.compare``; a card opens its cited page), **Timeline** (dated events over ``qa.timeline``:
a filterable table and a per-document plot; a row or a source opens its page with the event boxed) and
**Documents** (what is indexed, skipped pages and why, upload of new PDFs indexed incrementally). Each
tab is built by its own ``_*_tab`` function from the shared ``UIState``.

Offline by construction: analytics and telemetry are switched off before Gradio is imported, the
theme uses fonts bundled with Gradio (no Google Fonts), ``share=False``, SSR and the MCP server off,
and the server binds 127.0.0.1 unless told otherwise. All document text reaches the page through
``ui.present``, which escapes it.
"""

from __future__ import annotations

import os

# Before gradio is imported: no analytics, no version check, no Hugging Face telemetry.
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("DO_NOT_TRACK", "1")

import signal  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import gradio as gr  # noqa: E402

from qa.types import cited_pages  # noqa: E402
from ui import present, uploads  # noqa: E402
from ui.auth import Access, Refused  # noqa: E402
from ui.render import PreviewCache, stack  # noqa: E402

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7860
CONCURRENCY = 4  # questions answered at once (Gradio queue default_concurrency_limit)
QUEUE_MAX = 64
TOP_K = 5
MAX_QUESTION_CHARS = 1000
CACHE_SECONDS = 3600  # rendered previews and uploads in Gradio's cache are deleted after this

# Questions the bundled practice corpus (data/practice) answers; shown as one-click examples.
EXAMPLES = [
    "When did Child T die?",
    "Who chaired the initial child protection conference?",
    "When was the legal planning meeting?",
    "How many children did SW2 have on her caseload?",
    "How much did the review cost?",
]

PASSAGE_JS = """
element.addEventListener('click', (event) => {
  const item = event.target.closest('.scr-passage');
  if (!item || !element.contains(item)) return;
  const picked = window.getSelection ? String(window.getSelection()) : '';
  if (picked.length > 0 && !event.target.closest('button')) return;  // let people copy a quote
  const index = parseInt(item.dataset.index, 10);
  if (Number.isNaN(index)) return;
  element.querySelectorAll('.scr-passage').forEach((li) => {
    const on = li === item;
    li.classList.toggle('is-selected', on);
    const button = li.querySelector('button');
    if (button) button.setAttribute('aria-pressed', on ? 'true' : 'false');
  });
  trigger('select', {index: index, value: index, selected: true});
  if (window.innerWidth < 1000) {
    const preview = document.getElementById('scr-preview-col');
    if (preview) preview.scrollIntoView({behavior: 'smooth', block: 'start'});
  }
});
"""

PICK_JS = """
element.addEventListener('click', (event) => {
  const item = event.target.closest('.scr-pick');
  if (!item || !element.contains(item)) return;
  const picked = window.getSelection ? String(window.getSelection()) : '';
  if (picked.length > 0 && !event.target.closest('button')) return;  // let people copy a quote
  const index = parseInt(item.dataset.index, 10);
  if (Number.isNaN(index)) return;
  const source = event.target.closest('[data-cite]');
  const cite = source ? parseInt(source.dataset.cite, 10) : 0;
  element.querySelectorAll('.scr-pick').forEach((row) => {
    const on = row === item;
    row.classList.toggle('is-selected', on);
    row.querySelectorAll('button.scr-showpage').forEach((b) => b.setAttribute('aria-pressed', on ? 'true' : 'false'));
  });
  trigger('select', {index: index, value: index, cite: Number.isNaN(cite) ? 0 : cite, selected: true});
  if (window.innerWidth < 1000) {
    const preview = element.closest('.tabitem, [role="tabpanel"]')?.querySelector('.scr-side-preview');
    if (preview) preview.scrollIntoView({behavior: 'smooth', block: 'start'});
  }
});
"""

CSS = """
.gradio-container { max-width: 1320px !important; margin: 0 auto !important; }
/* overflow: hidden on the container would stop the preview column from sticking; clip does not */
.gradio-container { overflow: clip !important; }
.scr-serif, .scr-quote, .scr-short, .scr-notfound { font-family: Georgia, 'Iowan Old Style', 'Palatino Linotype', 'DejaVu Serif', 'Times New Roman', serif; }
.scr-header { display: flex; justify-content: space-between; align-items: flex-end; gap: 24px;
  padding: 6px 2px 14px; border-bottom: 1px solid var(--border-color-primary); margin-bottom: 4px; }
.scr-header h1 { font-size: 1.6rem; font-weight: 600; margin: 0 0 2px; letter-spacing: -0.01em; }
.scr-header p { margin: 0; color: var(--body-text-color-subdued); font-size: 0.98rem; }
.scr-index-status { white-space: nowrap; font-size: 0.9rem !important; }
.scr-muted { color: var(--body-text-color-subdued); }
.scr-card { background: var(--background-fill-primary); border: 1px solid var(--border-color-primary);
  border-radius: 10px; padding: 18px 22px; }
.scr-answer { border-top: 4px solid var(--color-accent); }
.scr-abstain { border-top-color: #9aa4b2; }
.scr-question { margin: 0 0 10px; color: var(--body-text-color-subdued); font-size: 0.95rem; }
.scr-kicker { display: flex; align-items: center; gap: 12px; margin: 0 0 6px; font-size: 0.74rem;
  font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: var(--body-text-color-subdued); }
.scr-confidence { text-transform: none; letter-spacing: 0; font-weight: 600; font-size: 0.78rem;
  padding: 1px 8px; border-radius: 999px; border: 1px solid currentColor; }
.scr-confidence .scr-score { font-weight: 400; opacity: 0.8; margin-left: 2px; }
.scr-confidence-high { color: #1f7a4d; }
.scr-confidence-medium { color: #9a6700; }
.scr-confidence-low { color: #8a4b4b; }
.scr-short { font-size: 1.65rem; line-height: 1.25; font-weight: 600; margin: 4px 0 10px; }
.scr-notfound { font-size: 1.45rem; line-height: 1.3; font-weight: 600; margin: 4px 0 6px; }
.scr-quote { font-size: 1.04rem; line-height: 1.6; margin: 8px 0; padding: 2px 0 2px 14px;
  border-left: 3px solid #e0b000; color: var(--body-text-color); quotes: none; }
.scr-quote mark, .scr-answer mark { background: #ffe47a; color: #1b1b1b; padding: 0 2px; border-radius: 2px; }
.scr-source { margin: 12px 0 2px; font-size: 1rem; }
.scr-doc { font-weight: 600; }
.scr-fulltitle { display: block; font-size: 0.8rem; margin: 0; }
.scr-h { font-size: 0.8rem; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase;
  color: var(--body-text-color-subdued); margin: 18px 0 8px; }
.scr-passages { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 10px; }
.scr-passage { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 8px 14px 6px;
  background: var(--background-fill-primary); cursor: pointer; transition: border-color 0.15s; }
.scr-passage:hover { border-color: var(--color-accent); }
.scr-passage.is-selected { border-color: var(--color-accent); box-shadow: inset 3px 0 0 var(--color-accent); }
.scr-open { all: unset; display: flex; align-items: baseline; gap: 10px; width: 100%; cursor: pointer;
  font-size: 0.95rem; }
.scr-open:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 3px; border-radius: 4px; }
.scr-num { display: inline-flex; justify-content: center; align-items: center; min-width: 1.4em; height: 1.4em;
  border-radius: 999px; font-size: 0.75rem; font-weight: 600; background: var(--background-fill-secondary);
  color: var(--body-text-color-subdued); }
.scr-open .scr-score { margin-left: auto; font-size: 0.8rem; color: var(--body-text-color-subdued); }
.scr-showpage { font-size: 0.8rem; color: var(--color-accent); white-space: nowrap; }
.scr-passage .scr-quote { font-size: 0.98rem; border-left-color: var(--border-color-primary); }
.scr-passage.is-selected .scr-quote { border-left-color: #e0b000; }
.scr-message { padding: 12px 16px; font-size: 0.98rem; }
.scr-error { color: #a12622; }
.scr-warn { color: #9a6700; }
.scr-ok { color: #1f7a4d; }
.scr-preview-caption { margin: 6px 2px 0; font-size: 0.92rem; display: flex; flex-direction: column; gap: 2px; }
.scr-note { font-size: 0.84rem; }
#scr-preview-col { position: sticky; top: 10px; align-self: flex-start; }
@media (max-width: 1000px) { #scr-preview-col { position: static; } }
#scr-preview img { background: white; }
.scr-table { width: 100%; border-collapse: collapse; font-size: 0.93rem; }
.scr-table th { text-align: left; font-weight: 600; font-size: 0.78rem; text-transform: uppercase;
  letter-spacing: 0.05em; color: var(--body-text-color-subdued); border-bottom: 2px solid var(--border-color-primary);
  padding: 8px 10px; }
.scr-table td { vertical-align: top; padding: 10px; border-bottom: 1px solid var(--border-color-primary); }
.scr-file { font-family: var(--font-mono); font-size: 0.82rem; overflow-wrap: anywhere; }
.scr-numcol { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.scr-status { font-size: 0.8rem; font-weight: 600; padding: 1px 8px; border-radius: 999px;
  border: 1px solid currentColor; }
.scr-status-indexed { color: #1f7a4d; }
.scr-status-partial { color: #9a6700; }
.scr-status-skipped { color: #a12622; }
.scr-problems { margin: 0; padding-left: 1.1em; font-size: 0.86rem; }
.scr-upload-report { margin: 8px 0 0; padding-left: 1.1em; }
#scr-examples { gap: 6px; flex-wrap: wrap; align-items: center; }
#scr-examples .scr-try-wrap { flex: 0 0 auto !important; min-width: 0 !important; width: auto !important; }
.scr-try { font-size: 0.85rem; color: var(--body-text-color-subdued); margin-right: 2px; }
#scr-examples button { flex: 0 1 auto !important; min-width: 0 !important; font-weight: 400; }
.scr-cmp-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 14px; }
.scr-cmp { display: flex; flex-direction: column; gap: 2px; padding: 14px 18px; border-top: 4px solid var(--color-accent); }
.scr-cmp.scr-pick { cursor: pointer; }
.scr-cmp.scr-pick:hover, .scr-cmp.is-selected { border-color: var(--color-accent); box-shadow: inset 0 0 0 1px var(--color-accent); }
.scr-cmp-none { border-top-color: #9aa4b2; background: var(--background-fill-secondary); }
.scr-cmp-head { display: flex; flex-direction: column; margin-bottom: 6px; }
.scr-cmp-head .scr-doc { font-size: 1.05rem; }
.scr-cmp-short { font-family: Georgia, 'DejaVu Serif', serif; font-size: 1.3rem; font-weight: 600; margin: 2px 0 4px; }
.scr-notaddressed { font-family: Georgia, 'DejaVu Serif', serif; font-size: 1.1rem; color: var(--body-text-color-subdued); margin: 8px 0; }
.scr-cmp .scr-quote { font-size: 0.98rem; }
.scr-cmp-foot { display: flex; align-items: center; gap: 10px; margin: 8px 0 0; font-size: 0.8rem; }
.scr-cmp-foot .scr-showpage { margin-left: auto; width: auto; }
.scr-compare .scr-kicker { margin: 0 0 10px; }
.scr-tl-wrap { max-height: calc(100vh - 150px); overflow-y: auto; }
.scr-tl-table td.scr-when { white-space: nowrap; width: 9.5em; }
.scr-date { font-weight: 600; display: block; }
.scr-iso { font-size: 0.78rem; font-family: var(--font-mono); }
.scr-tl-table .scr-what { font-family: Georgia, 'DejaVu Serif', serif; line-height: 1.5; }
.scr-tl-table mark { background: #ffe47a; color: #1b1b1b; padding: 0 2px; border-radius: 2px; }
.scr-event { cursor: pointer; }
.scr-event:hover td { background: var(--background-fill-secondary); }
.scr-event.is-selected td { background: #eff6ff; }
.scr-event.is-selected td:first-child { box-shadow: inset 3px 0 0 var(--color-accent); }
.scr-sources { list-style: none; margin: 0; padding: 0; font-size: 0.84rem; }
.scr-sources li { white-space: nowrap; }
.scr-cite-link { all: unset; cursor: pointer; color: var(--color-accent); }
.scr-cite-link:hover { text-decoration: underline; }
.scr-cite-link:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 2px; }
.scr-side-preview { position: sticky; top: 10px; align-self: flex-start; }
@media (max-width: 1000px) { .scr-side-preview { position: static; } }
#scr-compare-preview img, #scr-timeline-preview img { background: white; }
"""


def theme() -> gr.themes.Base:
    """A quiet theme with fonts Gradio ships (nothing fetched from the internet).

    Only some of the fonts bundled with Gradio have full glyph sets: Source Sans Pro and IBM Plex Mono
    Regular and Bold do; their SemiBold files, Source Sans 3 and Lora are subsets without most
    capitals (text would mix fonts). So: weights 400 and 700 only. Quotes use the system's serif.
    """
    return gr.themes.Base(
        primary_hue="blue",
        neutral_hue="slate",
        radius_size="md",
        font=[gr.themes.LocalFont("Source Sans Pro", weights=(400, 700)), "ui-sans-serif", "system-ui", "sans-serif"],
        font_mono=[gr.themes.LocalFont("IBM Plex Mono", weights=(400, 700)), "ui-monospace", "monospace"],
    ).set(
        body_text_size="16px",
        body_text_color_subdued="*neutral_500",  # the default (*neutral_400) is too faint to read well
        body_text_color_subdued_dark="*neutral_400",
        color_accent="#1d4ed8",
        button_primary_background_fill="#1d4ed8",
        button_primary_background_fill_hover="#1e40af",
    )


class UIState:
    """What every handler needs: the index directory, its manifest (cached per snapshot), previews."""

    def __init__(self, index_dir: str) -> None:
        self.index_dir = str(Path(index_dir).expanduser())
        self.previews = PreviewCache()
        self._manifest_key: str | None = None
        self._files: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()

    def files(self) -> dict[str, dict[str, Any]]:
        """The manifest's ``files`` of the live snapshot ({} when there is no usable index)."""
        from embeddings import store

        key = store.snapshot_id(self.index_dir)
        with self._lock:
            if key is not None and key == self._manifest_key:
                return self._files
        try:
            files = dict(store.read_manifest(self.index_dir).get("files", {}))
        except store.IndexProblem:
            files, key = {}, None
        files = {name: info for name, info in files.items() if info.get("status") != "skipped"}
        with self._lock:
            self._manifest_key, self._files = key, files
        return files

    def index_problem(self) -> str | None:
        """Why the index cannot be used (missing, incompatible, damaged), or None."""
        from embeddings import store

        try:
            store.read_manifest(self.index_dir)
        except store.IndexProblem as exc:
            return str(exc)
        return None

    def names(self) -> dict[str, str]:
        return present.short_titles({f: info.get("title") or "" for f, info in self.files().items()})

    def pdf_path(self, file: str) -> str | None:
        info = self.files().get(file)
        return info.get("path") if info else None


# --------------------------------------------------------------------------------------------------
# handlers (plain functions of UIState, so tests and scripts can call them without a browser)
# --------------------------------------------------------------------------------------------------


def ask_question(state: UIState, question: str, files: list[str] | None) -> tuple[str, str, list[dict]]:
    """Answer ``question``: (answer card HTML, passages HTML, citations for the preview)."""
    import qa

    question = (question or "").strip()
    if not question:
        return present.message_html("Type a question first, then press Enter."), "", []
    if len(question) > MAX_QUESTION_CHARS:
        return present.message_html(f"That question is too long; keep it under {MAX_QUESTION_CHARS} characters.", "warn"), "", []
    problem = state.index_problem()
    if problem:
        return present.message_html(problem, "error"), "", []
    try:
        answer = qa.ask(question, state.index_dir, TOP_K, files=list(files) if files else None)
    except ValueError as exc:
        return present.message_html(str(exc), "warn"), "", []
    except Exception as exc:  # noqa: BLE001 - show the reason, keep the server up
        return present.message_html(f"Could not answer: {type(exc).__name__}: {exc}", "error"), "", []
    names = state.names()
    citations = [c.to_dict() for c in answer.citations]
    return present.answer_html(answer, names), present.passages_html(answer, names, selected=0), citations


def show_page(state: UIState, citations: list[dict] | None, index: int = 0) -> tuple[Any, str]:
    """The page preview for citation ``index``: (PIL image or None, caption HTML)."""
    if not citations:
        return None, present.preview_caption_html(None)
    index = max(0, min(int(index or 0), len(citations) - 1))
    citation = citations[index]
    names = state.names()
    path = state.pdf_path(citation["file"])
    if not path:
        note = "This document is no longer in the index, so its page cannot be shown."
        return None, present.preview_caption_html(citation, names, "unavailable", note)
    quote = citation.get("quote") or ""
    pages = cited_pages(citation)
    preview = state.previews.get(path, pages[0], quote)
    if len(pages) > 1:  # the quote runs over a page break: both pages, each with its part boxed
        preview = stack(preview, state.previews.get(path, pages[-1], quote))
    return preview.image, present.preview_caption_html(citation, names, preview.status, preview.note)


def compare_question(state: UIState, question: str, files: list[str] | None) -> tuple[str, list[dict | None]]:
    """Ask ``question`` of every document: (cards HTML, per card the citation its "Show page" opens)."""
    import qa

    question = (question or "").strip()
    if not question:
        return present.message_html("Type a question first, then press Enter."), []
    if len(question) > MAX_QUESTION_CHARS:
        return present.message_html(f"That question is too long; keep it under {MAX_QUESTION_CHARS} characters.", "warn"), []
    problem = state.index_problem()
    if problem:
        return present.message_html(problem, "error"), []
    try:
        result = qa.compare(question, state.index_dir, files=list(files) if files else None)
    except ValueError as exc:
        return present.message_html(str(exc), "warn"), []
    except Exception as exc:  # noqa: BLE001 - show the reason, keep the server up
        return present.message_html(f"Could not compare: {type(exc).__name__}: {exc}", "error"), []
    targets = [d.citations[0].to_dict() if d.answerable and d.citations else None for d in result.documents]
    first = next((i for i, t in enumerate(targets) if t is not None), None)
    return present.compare_html(result, state.names(), selected=first), targets


def show_compare_page(state: UIState, targets: list[dict | None] | None, index: int | None = None) -> tuple[Any, str]:
    """The cited page of card ``index`` (default: the first document that answers)."""
    targets = targets or []
    if index is None:
        index = next((i for i, t in enumerate(targets) if t is not None), -1)
    if not 0 <= int(index) < len(targets) or targets[int(index)] is None:
        return None, present.preview_caption_html(None, note="Select a document that answers to see its page here.")
    return show_page(state, [targets[int(index)]], 0)


def _event_rows(events: list[Any]) -> list[dict[str, Any]]:
    """Events as plain dicts for the UI, with each citation's statement (``quote``) for highlighting."""
    rows = []
    for event in events:
        row = event.to_dict()
        row["score"] = getattr(event, "score", 0.0)
        for cite, full in zip(row["citations"], event.citations):
            cite["quote"] = getattr(full, "quote", "") or row["event"]
            cite["date_text"] = getattr(full, "date_text", "") or row["date_text"]
        rows.append(row)
    return rows


def timeline_view(state: UIState, query: str | None, files: list[str] | None) -> tuple[str, Any, list[dict]]:
    """The timeline (optionally filtered): (table HTML, plot image or None, event rows for selection)."""
    import qa
    from ui.plots import timeline_plot

    query = (query or "").strip()[:MAX_QUESTION_CHARS]
    problem = state.index_problem()
    if problem:
        return present.message_html(problem, "error"), None, []
    try:
        everything = qa.timeline(state.index_dir, files=list(files) if files else None)
        events = qa.timeline(state.index_dir, query=query, files=list(files) if files else None) if query else everything
    except ValueError as exc:
        return present.message_html(str(exc), "warn"), None, []
    except Exception as exc:  # noqa: BLE001
        return present.message_html(f"Could not build the timeline: {type(exc).__name__}: {exc}", "error"), None, []
    rows = _event_rows(events)
    names = state.names()
    html = present.timeline_html(rows, names, selected=0 if rows else None, total=len(everything), query=query)
    return html, timeline_plot(rows, names, selected=0 if rows else None), rows


def show_event_page(state: UIState, rows: list[dict] | None, index: int = 0, cite: int = 0) -> tuple[Any, str]:
    """The page of source ``cite`` of event ``index``, with the event's statement boxed."""
    if not rows:
        return None, present.preview_caption_html(None, note="Select an event to see the page that states it.")
    index = max(0, min(int(index or 0), len(rows) - 1))
    citations = rows[index]["citations"]
    if not citations:
        return None, present.preview_caption_html(None, note="This event has no citation.")
    cite = max(0, min(int(cite or 0), len(citations) - 1))
    return show_page(state, [citations[cite]], 0)


def documents_view(state: UIState) -> str:
    files = state.files()
    if not files:
        problem = state.index_problem()
        if problem and "no index" not in problem:
            return present.message_html(problem, "error")
    return present.documents_html(files, state.index_dir)


def add_uploads(state: UIState, paths: list[str] | None, progress: Any = None) -> str:
    """Check, store and index uploaded PDFs (mode="add"); returns the report HTML."""
    import qa
    from qa.indexer import BuildBusy

    report = progress if progress is not None else (lambda *a, **k: None)  # (a gr.Progress is falsy)
    paths = [p for p in (paths or []) if p]
    if not paths:
        return ""
    accepted: list[Path] = []
    rejected: list[tuple[str, str]] = []
    for path in paths:
        shown = uploads.safe_filename(Path(path).name)
        try:
            accepted.append(uploads.store_upload(path, Path(path).name, state.index_dir))
        except uploads.UploadRejected as exc:
            rejected.append((shown, str(exc)))
        except OSError as exc:
            rejected.append((shown, f"could not be saved ({exc.strerror or exc})"))
    if not accepted:
        return present.upload_report_html([], rejected)

    before = set(state.files())
    counts = {"files": 1, "read": 0, "embed": 1, "embedded": 0}

    def on_event(kind: str, data: dict[str, Any]) -> None:
        if kind == "files":
            counts["files"] = max(1, int(data.get("total") or 1))
            report(0.02, desc="Reading PDFs")
        elif kind == "file":
            counts["read"] += 1
            name = getattr(data.get("report"), "file", "")
            report(0.3 * min(1.0, counts["read"] / counts["files"]), desc=f"Read {name}")
        elif kind == "embed":
            counts["embed"] = max(1, int(data.get("total") or 1))
            report(0.3, desc=f"Embedding {counts['embed']} passages and sentences")
        elif kind == "embedded":
            counts["embedded"] += int(data.get("n") or 0)
            report(
                0.3 + 0.7 * min(1.0, counts["embedded"] / counts["embed"]),
                desc=f"Embedding {counts['embed']} passages and sentences",
            )

    try:
        info = qa.build_index([str(p) for p in accepted], state.index_dir, mode="add", on_event=on_event)
    except BuildBusy:
        return present.message_html("Another indexing job is running on this index; try again in a minute.", "warn")
    except Exception as exc:  # noqa: BLE001
        return present.message_html(f"Indexing failed: {type(exc).__name__}: {exc}", "error")
    # in "add" mode the build reports every indexed file; show only the uploaded ones
    uploaded = {p.name for p in accepted}
    reports = [r.to_dict() for r in info.files if r.file in uploaded]
    replaced = {r["file"] for r in reports if r["file"] in before and not r.get("reused") and r["status"] != "skipped"}
    keep = {str(info_.get("path")) for info_ in state.files().values() if info_.get("path")}
    uploads.prune_uploads(state.index_dir, keep)
    return present.upload_report_html(reports, rejected, replaced)


# --------------------------------------------------------------------------------------------------
# layout
# --------------------------------------------------------------------------------------------------


def _html(value: str = "", **kwargs: Any) -> gr.HTML:
    """An HTML block styled only by our CSS (no Gradio prose styles), with no click handler unless given."""
    kwargs.setdefault("js_on_load", None)
    return gr.HTML(value, apply_default_css=False, **kwargs)


def _doc_choices(state: UIState) -> list[tuple[str, str]]:
    names = state.names()
    return sorted(((names[f], f) for f in state.files()), key=lambda c: c[0].lower())


def _header(state: UIState) -> str:
    files = state.files()
    return present.header_html(len(files) if files or not state.index_problem() else None)


def _ask_tab(state: UIState) -> dict[str, Any]:
    with gr.Row(equal_height=False):
        with gr.Column(scale=7, min_width=420):
            with gr.Group():
                question = gr.Textbox(
                    label="Question",
                    placeholder="Ask in plain English, e.g. When was the legal planning meeting?",
                    lines=1,
                    max_lines=3,
                    autofocus=True,
                    submit_btn="Ask",
                    elem_id="scr-question",
                )
            with gr.Row(elem_id="scr-examples"):
                _html('<span class="scr-try">Try</span>', elem_classes=["scr-try-wrap"])
                example_buttons = [
                    gr.Button(text, size="sm", variant="secondary", elem_classes=["scr-example"])
                    for text in EXAMPLES
                ]
            with gr.Accordion("Search only some documents", open=False):
                doc_filter = gr.CheckboxGroup(
                    choices=[],
                    label="Documents",
                    info="Leave all unticked to search every document.",
                    elem_id="scr-doc-filter",
                )
            answer = _html(
                present.message_html("Answers appear here, quoted from the documents with their page and paragraph."),
                elem_id="scr-answer",
                js_on_load=None,
            )
            passages = _html("", elem_id="scr-passages", js_on_load=PASSAGE_JS)
        with gr.Column(scale=5, min_width=360, elem_id="scr-preview-col"):
            preview = gr.Image(
                label="Cited page",
                type="pil",
                format="png",
                interactive=False,
                buttons=["fullscreen", "download"],
                elem_id="scr-preview",
                height="calc(100vh - 150px)",
                placeholder="The cited page appears here, with the quote highlighted.",
            )
            caption = _html(present.preview_caption_html(None), elem_id="scr-preview-caption", js_on_load=None)
    citations = gr.State([])

    def on_ask(q, files, request: gr.Request):
        html, passages_html, citations = ask_question(state, q, files)
        state.access.record_question("ask", request, q, files, citations)
        return html, passages_html, citations

    def on_preview(cites):
        return show_page(state, cites, 0)

    def on_select(cites, evt: gr.EventData):
        data = getattr(evt, "_data", None) or {}
        return show_page(state, cites, int(data.get("index", 0) or 0))

    outputs = [answer, passages, citations]
    question.submit(on_ask, [question, doc_filter], outputs, show_progress="minimal").then(
        on_preview, [citations], [preview, caption], show_progress="hidden", **_in_order("ask-preview")
    )
    for button, text in zip(example_buttons, EXAMPLES):
        button.click(lambda t=text: t, None, [question], queue=False, show_progress="hidden").then(
            on_ask, [question, doc_filter], outputs, show_progress="minimal"
        ).then(on_preview, [citations], [preview, caption], show_progress="hidden", **_in_order("ask-preview"))
    passages.select(on_select, [citations], [preview, caption], show_progress="hidden", **_in_order("ask-preview"))
    return {"doc_filter": doc_filter}


def _preview(elem_id: str, placeholder: str) -> tuple[gr.Image, gr.HTML]:
    image = gr.Image(
        label="Cited page",
        type="pil",
        format="png",
        interactive=False,
        buttons=["fullscreen", "download"],
        elem_id=elem_id,
        height="calc(100vh - 150px)",
        placeholder=placeholder,
    )
    caption = _html(present.preview_caption_html(None, note=" "), elem_id=f"{elem_id}-caption", js_on_load=None)
    return image, caption


def _event_data(evt: gr.EventData) -> dict[str, Any]:
    return getattr(evt, "_data", None) or {}


def _in_order(preview: str) -> dict[str, Any]:
    """Event settings that show a tab's page previews in the order they were asked for: the first answer's
    page (shown after the answer) and a page picked while it renders share one queue slot, so a slower
    earlier preview cannot overwrite the one picked after it."""
    return {"concurrency_id": preview, "concurrency_limit": 1}


def _compare_tab(state: UIState) -> dict[str, Any]:
    with gr.Row(equal_height=False):
        with gr.Column(scale=7, min_width=420):
            with gr.Group():
                question = gr.Textbox(
                    label="Question for every document",
                    placeholder="e.g. When did Child T die?",
                    lines=1,
                    max_lines=3,
                    submit_btn="Compare",
                    elem_id="scr-compare-question",
                )
            with gr.Accordion("Compare only some documents", open=False):
                doc_filter = gr.CheckboxGroup(
                    choices=[], label="Documents", info="Leave all unticked to compare every document.",
                    elem_id="scr-compare-docs",
                )
            cards = _html(
                present.message_html(
                    "Ask once and see what each document says, side by side: its own answer, quoted and "
                    "cited, or “Not addressed in this document”."
                ),
                elem_id="scr-compare-cards",
                js_on_load=PICK_JS,
            )
        with gr.Column(scale=5, min_width=360, elem_classes=["scr-side-preview"]):
            preview, caption = _preview("scr-compare-preview", "Select a document's answer to see its page here.")
    targets = gr.State([])

    def on_compare(q, files, request: gr.Request):
        cards, targets = compare_question(state, q, files)
        state.access.record_question("compare", request, q, files, targets)
        return cards, targets

    def on_select(current, evt: gr.EventData):
        return show_compare_page(state, current, int(_event_data(evt).get("index", 0) or 0))

    question.submit(on_compare, [question, doc_filter], [cards, targets], show_progress="minimal").then(
        lambda t: show_compare_page(state, t), [targets], [preview, caption], show_progress="hidden",
        **_in_order("compare-preview"),
    )
    cards.select(on_select, [targets], [preview, caption], show_progress="hidden", **_in_order("compare-preview"))
    return {"doc_filter": doc_filter}


def _timeline_tab(state: UIState) -> dict[str, Any]:
    with gr.Row(equal_height=False):
        query = gr.Textbox(
            label="Only events about",
            placeholder="e.g. hospital, police, strategy meeting — leave empty for every event",
            lines=1,
            max_lines=1,
            submit_btn="Filter",
            scale=3,
            elem_id="scr-timeline-query",
        )
        doc_filter = gr.CheckboxGroup(
            choices=[], label="Documents", info="Leave all unticked for every document.", scale=2,
            elem_id="scr-timeline-docs",
        )
    plot = gr.Image(
        label="Events over time, by document", type="pil", format="png", interactive=False,
        buttons=["fullscreen", "download"], elem_id="scr-timeline-plot", height=250,
        placeholder="Open this tab to draw the timeline.",
    )
    with gr.Row(equal_height=False):
        with gr.Column(scale=7, min_width=420):
            table = _html(
                present.message_html("The timeline of every dated event appears here."),
                elem_id="scr-timeline-table",
                elem_classes=["scr-tl-wrap"],
                js_on_load=PICK_JS,
            )
        with gr.Column(scale=5, min_width=360, elem_classes=["scr-side-preview"]):
            preview, caption = _preview("scr-timeline-preview", "Select an event to see the page that states it.")
    rows = gr.State([])

    def on_filter(q, files, request: gr.Request):
        html, plot, rows = timeline_view(state, q, files)
        if (q or "").strip():
            state.access.record_question("timeline", request, q, files, [c for r in rows for c in r["citations"]])
        return html, plot, rows

    def on_first(current):
        return show_event_page(state, current, 0, 0)

    def on_select(current, evt: gr.EventData):
        from ui.plots import timeline_plot

        data = _event_data(evt)
        index = int(data.get("index", 0) or 0)
        image, text = show_event_page(state, current, index, int(data.get("cite", 0) or 0))
        return image, text, timeline_plot(current or [], state.names(), selected=index)

    outputs = [table, plot, rows]
    query.submit(on_filter, [query, doc_filter], outputs, show_progress="minimal").then(
        on_first, [rows], [preview, caption], show_progress="hidden", **_in_order("timeline-preview")
    )
    doc_filter.input(on_filter, [query, doc_filter], outputs, show_progress="minimal").then(
        on_first, [rows], [preview, caption], show_progress="hidden", **_in_order("timeline-preview")
    )
    table.select(on_select, [rows], [preview, caption, plot], show_progress="hidden", **_in_order("timeline-preview"))
    return {"doc_filter": doc_filter, "query": query, "load": (on_filter, [query, doc_filter], outputs),
            "first": (on_first, [rows], [preview, caption])}


def _documents_tab(state: UIState) -> dict[str, Any]:
    _html(
        '<p class="scr-muted">Every indexed PDF, how many of its pages gave text, and which pages were '
        "skipped and why. Add PDFs below: they are indexed straight away, alongside what is already here.</p>",
        js_on_load=None,
    )
    table = _html("", elem_id="scr-documents", js_on_load=None)
    upload = gr.File(
        label=f"Add PDFs (up to {uploads.MAX_UPLOAD_MB} MB each)",
        file_count="multiple",
        file_types=[".pdf"],
        type="filepath",
        height=150,
        elem_id="scr-upload",
        visible=state.access.can_edit(None),  # shown to editors when they sign in (build_app's load event)
    )
    result = _html("", elem_id="scr-upload-report", js_on_load=None, min_height=90)
    return {"table": table, "upload": upload, "result": result}


def build_app(index_dir: str, access: Access | None = None) -> gr.Blocks:
    """The Blocks app for ``index_dir`` (not launched); ``access``: sign-in, roles, read-only, audit (ui.auth)."""
    state = UIState(index_dir)
    state.access = access or Access()
    with gr.Blocks(
        title="scr-qa \u2014 serious case review answers",
        analytics_enabled=False,
        delete_cache=(CACHE_SECONDS, CACHE_SECONDS),
    ) as demo:
        header = _html(present.header_html(None), elem_id="scr-header", js_on_load=None)
        with gr.Tabs():
            with gr.Tab("Ask", id="ask"):
                ask = _ask_tab(state)
            with gr.Tab("Compare", id="compare"):
                compare = _compare_tab(state)
            with gr.Tab("Timeline", id="timeline") as timeline_tab:
                timeline = _timeline_tab(state)
            with gr.Tab("Documents", id="documents"):
                docs = _documents_tab(state)

        filters = [ask["doc_filter"], compare["doc_filter"], timeline["doc_filter"]]

        def refresh():
            choices = _doc_choices(state)
            return (_header(state),) + tuple(gr.update(choices=choices) for _ in filters) + (documents_view(state),)

        def on_upload(paths, request: gr.Request, progress=gr.Progress()):
            names = [uploads.safe_filename(Path(p).name) for p in paths or [] if p]
            try:
                state.access.require_edit(request, "upload", names)
            except Refused as exc:
                raise gr.Error(str(exc)) from None
            report = add_uploads(state, paths, progress)
            indexed = state.files()
            state.access.record("upload", request, files=[
                {"file": n, "status": indexed.get(n, {}).get("status", "not indexed")} for n in names])
            return (report, None) + refresh()

        def upload_shown(request: gr.Request):
            return gr.update(visible=state.access.can_edit(state.access.user_of(request)))

        demo.load(refresh, None, [header, *filters, docs["table"]], queue=False)
        demo.load(upload_shown, None, [docs["upload"]], queue=False)
        load, inputs, outputs = timeline["load"]
        first, first_inputs, first_outputs = timeline["first"]
        timeline_tab.select(load, inputs, outputs, show_progress="minimal").then(
            first, first_inputs, first_outputs, show_progress="hidden", **_in_order("timeline-preview")
        )
        docs["upload"].upload(
            on_upload,
            [docs["upload"]],
            [docs["result"], docs["upload"], header, *filters, docs["table"]],
            concurrency_limit=1,
            show_progress="full",
            show_progress_on=[docs["result"]],
        )
    demo.scr_state = state  # for tests and scripts
    return demo


def launch(
    index_dir: str,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    *,
    block: bool = True,
    quiet: bool = False,
    warm: bool = True,
    access: Access | None = None,
) -> gr.Blocks:
    """Build, queue and launch the app; with ``block=False`` return at once (the server runs in a thread)."""
    access = access or Access()
    demo = build_app(index_dir, access)
    demo.queue(default_concurrency_limit=CONCURRENCY, max_size=QUEUE_MAX)
    if warm:
        threading.Thread(target=_warm_up, args=(demo.scr_state,), daemon=True, name="scr-qa-warm").start()
    demo.launch(
        server_name=host,
        server_port=port,
        share=False,
        inbrowser=False,
        prevent_thread_lock=not block,
        quiet=quiet,
        show_error=False,
        max_file_size=uploads.MAX_UPLOAD_BYTES,
        footer_links=[],
        ssr_mode=False,
        mcp_server=False,
        enable_monitoring=False,
        theme=theme(),
        css=CSS,
        run_history=False,  # its page can connect to a Hugging Face bucket: no network calls
        **access.launch_kwargs(),
    )
    return demo


def _warm_up(state: UIState) -> None:
    """Load the index and the model before the first question (the first ``qa.ask`` pays for both)."""
    if state.index_problem():
        return
    try:
        import qa

        qa.ask("When was the review completed?", state.index_dir, 1)
    except Exception:  # noqa: BLE001 - warming is best effort
        pass


def serve(index_dir: str | None = None, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          access: Access | None = None) -> int:
    """Start the web UI and wait until Ctrl-C or SIGTERM. Returns an exit code for ``scr-qa serve``."""
    from ui.auth import serve_problem

    if index_dir is None:
        from qa.cli import default_index_dir

        index_dir = default_index_dir()
    access = access or Access()
    refusal = serve_problem(host, access)
    if refusal:
        print(f"scr-qa: {refusal}", file=sys.stderr)
        return 1
    problem = UIState(index_dir).index_problem()
    if problem:
        print(f"scr-qa: {problem}\nscr-qa: the UI starts anyway; add PDFs in its Documents tab.", file=sys.stderr)
    try:
        demo = launch(index_dir, host, port, block=False, quiet=True, access=access)
    except OSError as exc:
        print(f"scr-qa: cannot serve on {host}:{port}: {exc}", file=sys.stderr)
        return 1
    print(f"scr-qa: serving {index_dir} at {demo.local_url} (Ctrl-C to stop)", file=sys.stderr)
    stop = threading.Event()
    try:
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
    except ValueError:  # not the main thread
        pass
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        demo.close()
    return 0
