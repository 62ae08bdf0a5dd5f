"""The web UI's handlers: plain functions of ``UIState`` that return HTML strings, images and file paths, so
tests and scripts call them without a browser. Each one calls the public API (``qa.ask``, ``qa.compare``,
``qa.timeline``, ``qa.build_index``; ``qa.indexer.remove_files`` to take a document out) and hands what it
returns to ``ui.cards`` / ``ui.views`` / ``ui.present``."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from qa.types import cited_pages
from ui import cards, present, uploads, views
from ui.render import stack
from ui.state import UIState

TOP_K = 5
MAX_QUESTION_CHARS = 1000


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
    if not answer.answerable:  # closest passages are not evidence: their pages are shown without a box
        for citation in citations:
            citation["highlight"] = False
    # (a lone surrogate, as undecodable input arrives, cannot be UTF-8: it becomes U+FFFD in the link only)
    link = "?" + urlencode({"q": question, **({"files": ",".join(files)} if files else {})}, errors="replace")
    card = cards.answer_html(answer, names, link=link)
    return card, cards.passages_html(answer, names, selected=0), citations


def page_preview(state: UIState, citations: list[dict] | None, index: int = 0) -> tuple[Any, str]:
    """The ``ui.render.Preview`` of citation ``index`` (or None) and its caption HTML. A citation marked
    ``"highlight": False`` (the closest passages of an abstention) is shown without a box or a claim."""
    if not citations:
        return None, present.preview_caption_html(None)
    index = max(0, min(int(index or 0), len(citations) - 1))
    citation = citations[index]
    names = state.names()
    path = state.pdf_path(citation["file"])
    if not path:
        note = "This document is no longer in the index, so its page cannot be shown."
        return None, present.preview_caption_html(citation, names, "unavailable", note)
    boxed = citation.get("highlight", True) is not False
    quote = (citation.get("quote") or "") if boxed else ""
    pages = cited_pages(citation)
    preview = state.previews.get(path, pages[0], quote)
    if len(pages) > 1:  # the quote runs over a page break: both pages, each with its part boxed
        preview = stack(preview, state.previews.get(path, pages[-1], quote))
    note = preview.note
    if not boxed and preview.image is not None:
        note = "No answer was found, so nothing on this page is highlighted."
    return preview, present.preview_caption_html(citation, names, preview.status, note)


def show_page(state: UIState, citations: list[dict] | None, index: int = 0) -> tuple[Any, str]:
    """The page preview for citation ``index``: (PIL image or None, caption HTML)."""
    preview, caption = page_preview(state, citations, index)
    return (preview.image if preview is not None else None), caption


def show_ask_page(state: UIState, citations: list[dict] | None, index: int = 0) -> tuple[Any, str, str]:
    """The Ask tab's preview: (page image or None, caption HTML, close-up HTML of the boxed quote or "")."""
    from ui.render import closeup

    preview, caption = page_preview(state, citations, index)
    if preview is None:
        return None, caption, ""
    zoom = closeup(preview)
    if zoom is None:
        return preview.image, caption, ""
    citation = citations[max(0, min(int(index or 0), len(citations) - 1))]
    where = present.citation_words(present._name_for(citation, state.names()), citation).replace("\u00a0", " ")
    return preview.image, caption, cards.closeup_html(zoom, where)


def compare_question(state: UIState, question: str, files: list[str] | None) -> tuple[str, list[dict | None], dict]:
    """Ask ``question`` of every document: (cards HTML, per card the citation its "Show page" opens, the
    comparison's ``to_dict()`` for export; {} when there is none)."""
    import qa

    question = (question or "").strip()
    if not question:
        return present.message_html("Type a question first, then press Enter."), [], {}
    if len(question) > MAX_QUESTION_CHARS:
        return present.message_html(f"That question is too long; keep it under {MAX_QUESTION_CHARS} characters.", "warn"), [], {}
    problem = state.index_problem()
    if problem:
        return present.message_html(problem, "error"), [], {}
    try:
        result = qa.compare(question, state.index_dir, files=list(files) if files else None)
    except ValueError as exc:
        return present.message_html(str(exc), "warn"), [], {}
    except Exception as exc:  # noqa: BLE001 - show the reason, keep the server up
        return present.message_html(f"Could not compare: {type(exc).__name__}: {exc}", "error"), [], {}
    targets = []
    for doc in result.documents:
        target = doc.citations[0].to_dict() if doc.citations and (doc.answerable or views.weak(doc)) else None
        if target is not None and not doc.answerable:
            target["highlight"] = False  # "may address": the closest passage, not an answer
        targets.append(target)
    first = next((i for i, (t, d) in enumerate(zip(targets, result.documents)) if t is not None and d.answerable), None)
    return views.compare_html(result, state.names(), selected=first), targets, result.to_dict()


def show_compare_page(state: UIState, targets: list[dict | None] | None, index: int | None = None) -> tuple[Any, str]:
    """The cited page of card ``index`` (default: the first document that answers)."""
    targets = targets or []
    if index is None:
        index = next((i for i, t in enumerate(targets) if t is not None and t.get("highlight", True)), -1)
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
    html = views.timeline_html(rows, names, selected=0 if rows else None, total=len(everything), query=query)
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
    return views.documents_html(files, state.index_dir)


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
        return views.upload_report_html([], rejected)

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
            report(0.3, desc=f"Preparing {counts['embed']} passages and sentences for search")
        elif kind == "embedded":
            counts["embedded"] += int(data.get("n") or 0)
            report(
                0.3 + 0.7 * min(1.0, counts["embedded"] / counts["embed"]),
                desc=f"Preparing {counts['embed']} passages and sentences for search",
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
    return views.upload_report_html(reports, rejected, replaced)



def remove_document(state: UIState, file: str | None) -> str:
    """Take one document out of the index (a new snapshot, switched atomically); returns the message HTML.
    A copy kept from an upload is deleted with it; a PDF indexed from the user's own folder is not touched."""
    from qa.indexer import BuildBusy, remove_files

    if not file:
        return present.message_html("Choose a document to remove first.", "warn")
    name = state.names().get(file, file)
    try:
        remove_files(state.index_dir, [file])
    except BuildBusy:
        return present.message_html("Another indexing job is running on this index; try again in a minute.", "warn")
    except ValueError:
        return present.message_html(f"{file} is not in the index (it may have been removed already).", "warn")
    except Exception as exc:  # noqa: BLE001
        return present.message_html(f"Could not remove {file}: {type(exc).__name__}: {exc}", "error")
    keep = {str(info.get("path")) for info in state.files().values() if info.get("path")}
    uploads.prune_uploads(state.index_dir, keep)
    return present.message_html(f"Removed “{name}” ({file}) from the index. Ask, Compare and Timeline no "
                                "longer use it.", "info")
