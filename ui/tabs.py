"""The four tabs of the web UI (Ask, Compare, Timeline, Documents): their Gradio components and events.
Each ``*_tab`` builds its tab from the shared ``UIState`` and returns the components ``ui.app`` wires
across tabs. The pieces the tabs share (HTML blocks, page previews, download buttons, the order of preview
events) are ``ui.widgets``'; the ones ``ui.app`` calls as ``tabs.*`` are re-exported here."""

from __future__ import annotations

from typing import Any

import gradio as gr

from ui import present, uploads
from ui.examples import MAX_EXAMPLES
from ui.handlers import (
    ask_question,
    show_ask_page,
    compare_question,
    show_compare_page,
    show_event_page,
    timeline_view,
)
from ui.exports import export_compare, export_timeline
from ui.scripts import AFTER_ASK_JS, ANSWER_JS, HISTORY_JS, PASSAGE_JS, PICK_JS
from ui.state import UIState
from ui.widgets import (  # noqa: F401 - doc_choices and header are re-exported: ui.app calls them as tabs.*
    _event_data,
    _exports,
    _files,
    _page,
    _preview,
    doc_choices,
    header,
    html_block,
    in_order,
)


def ask_tab(state: UIState) -> dict[str, Any]:
    with gr.Row(equal_height=False, elem_classes=["scr-main-row"]):
        with gr.Column(scale=7, min_width=320):
            html_block('<h2 class="scr-visually-hidden">Ask a question</h2>', elem_classes=["scr-sr-block"])
            question = gr.Textbox(
                label="Question",
                placeholder="Ask in plain English, e.g. When was the review completed?",
                lines=1,
                max_lines=3,
                autofocus=True,
                submit_btn="Ask",
                elem_id="scr-question",
            )
            with gr.Row(elem_id="scr-examples", visible=False) as example_row:
                html_block('<span class="scr-try">Try</span>', elem_classes=["scr-try-wrap"])
                example_buttons = [
                    gr.Button("", size="sm", variant="secondary", elem_classes=["scr-example"], visible=False)
                    for _ in range(MAX_EXAMPLES)
                ]
            with gr.Accordion("Search only some documents", open=False):
                doc_filter = gr.CheckboxGroup(
                    choices=[],
                    label="Documents",
                    info="Leave all unticked to search every document.",
                    elem_id="scr-doc-filter",
                )
            answer = html_block(
                present.message_html("Answers appear here, quoted from the documents with their page and paragraph."),
                elem_id="scr-answer",
                js_on_load=ANSWER_JS,
            )
            closeup = html_block("", elem_id="scr-closeup")
            passages = html_block("", elem_id="scr-passages", js_on_load=PASSAGE_JS)
            html_block("", elem_id="scr-history", js_on_load=HISTORY_JS)
        with gr.Column(scale=5, min_width=320, elem_id="scr-preview-col"):
            html_block('<h2 class="scr-visually-hidden">Cited page</h2>', elem_classes=["scr-sr-block"])
            preview, caption = _preview("scr-preview", "")
    citations = gr.State([])

    def on_ask(q, files, request: gr.Request):
        out = ask_question(state, q, files)
        state.access.record_question("ask", request, q, files, out[2])
        return out

    def shown(cites, index=0):
        image, text, zoom = show_ask_page(state, cites, index)
        return gr.update(value=image, visible=image is not None), text, zoom

    def on_select(cites, evt: gr.EventData):
        data = getattr(evt, "_data", None) or {}
        return shown(cites, int(data.get("index", 0) or 0))

    def on_open(request: gr.Request):
        """A permalink (``?q=…&files=…``) asks its question when the page opens."""
        params = dict(getattr(request, "query_params", {}) or {})
        q = (params.get("q") or "").strip()
        if not q:
            return gr.update(), gr.update(), gr.update(), gr.update(), gr.update()
        known = set(state.files())
        files = [f for f in (params.get("files") or "").split(",") if f in known]
        card, listed, cites = ask_question(state, q, files)
        return q, files, card, listed, cites

    outputs = [answer, passages, citations]
    page = [preview, caption, closeup]
    remember = {"fn": None, "inputs": [question, doc_filter], "outputs": None, "js": AFTER_ASK_JS}
    question.submit(on_ask, [question, doc_filter], outputs, show_progress="minimal").then(
        shown, [citations], page, show_progress="hidden", **in_order("ask-preview")
    ).then(**remember)
    for button in example_buttons:
        button.click(lambda t: t, [button], [question], queue=False, show_progress="hidden").then(
            on_ask, [question, doc_filter], outputs, show_progress="minimal"
        ).then(shown, [citations], page, show_progress="hidden", **in_order("ask-preview")).then(**remember)
    passages.select(on_select, [citations], page, show_progress="hidden", **in_order("ask-preview"))
    return {"doc_filter": doc_filter, "examples": example_buttons, "example_row": example_row,
            "open": (on_open, [question, doc_filter, answer, passages, citations], (shown, [citations], page))}


def compare_tab(state: UIState) -> dict[str, Any]:
    with gr.Row(equal_height=False, elem_classes=["scr-main-row"]):
        with gr.Column(scale=7, min_width=320):
            html_block('<h2 class="scr-visually-hidden">Compare the documents</h2>', elem_classes=["scr-sr-block"])
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
            cards = html_block(
                present.message_html(
                    "Ask once and see what each document says, side by side: its own answer, quoted and "
                    "cited, or “Not addressed in this document”."
                ),
                elem_id="scr-compare-cards",
                js_on_load=PICK_JS,
            )
            csv, json = _exports("compare")
        with gr.Column(scale=5, min_width=320, elem_classes=["scr-side-preview"]):
            preview, caption = _preview("scr-compare-preview", "Select a document's answer to see its page here.")
    targets = gr.State([])
    result = gr.State({})

    def on_compare(q, files, request: gr.Request):
        out = compare_question(state, q, files)
        state.access.record_question("compare", request, q, files, out[1])
        return out

    def on_select(current, evt: gr.EventData):
        return _page(show_compare_page(state, current, int(_event_data(evt).get("index", 0) or 0)))

    question.submit(on_compare, [question, doc_filter], [cards, targets, result], show_progress="minimal").then(
        lambda t: _page(show_compare_page(state, t)), [targets], [preview, caption], show_progress="hidden",
        **in_order("compare-preview"),
    ).then(lambda r: _files(export_compare(state, r)), [result], [csv, json], show_progress="hidden")
    cards.select(on_select, [targets], [preview, caption], show_progress="hidden", **in_order("compare-preview"))
    return {"doc_filter": doc_filter}


def timeline_tab(state: UIState) -> dict[str, Any]:
    html_block('<h2 class="scr-visually-hidden">Timeline of dated events</h2>', elem_classes=["scr-sr-block"])
    with gr.Row(equal_height=False, elem_id="scr-timeline-controls"):
        query = gr.Textbox(
            label="Only events about",
            placeholder="e.g. hospital, police, strategy meeting — leave empty for every event",
            lines=1,
            max_lines=1,
            submit_btn="Filter",
            scale=3,
            min_width=240,
            elem_id="scr-timeline-query",
        )
        doc_filter = gr.CheckboxGroup(
            choices=[], label="Documents", info="Leave all unticked for every document.", scale=2,
            min_width=240, elem_id="scr-timeline-docs",
        )
    plot = gr.Image(
        label="Events over time, by document", type="pil", format="png", interactive=False,
        buttons=["fullscreen", "download"], elem_id="scr-timeline-plot", height=250,
        placeholder="Open this tab to draw the timeline.",
    )
    csv, json = _exports("timeline")
    with gr.Row(equal_height=False, elem_classes=["scr-main-row"]):
        with gr.Column(scale=7, min_width=320):
            table = html_block(
                present.message_html("The timeline of every dated event appears here."),
                elem_id="scr-timeline-table",
                elem_classes=["scr-tl-wrap"],
                js_on_load=PICK_JS,
            )
        with gr.Column(scale=5, min_width=320, elem_classes=["scr-side-preview"]):
            preview, caption = _preview("scr-timeline-preview", "Select an event to see the page that states it.")
    rows = gr.State([])

    def on_filter(q, files, request: gr.Request):
        out = timeline_view(state, q, files)
        if (q or "").strip():
            state.access.record_question("timeline", request, q, files, [c for r in out[2] for c in r["citations"]])
        return out

    def on_first(current):
        return _page(show_event_page(state, current, 0, 0))

    def on_export(current, q):
        return _files(export_timeline(state, current, q))

    def on_select(current, evt: gr.EventData):
        from ui.plots import timeline_plot

        data = _event_data(evt)
        index = int(data.get("index", 0) or 0)
        image, text = _page(show_event_page(state, current, index, int(data.get("cite", 0) or 0)))
        return image, text, timeline_plot(current or [], state.names(), selected=index)

    outputs = [table, plot, rows]
    for event in (query.submit, doc_filter.input):
        event(on_filter, [query, doc_filter], outputs, show_progress="minimal").then(
            on_first, [rows], [preview, caption], show_progress="hidden", **in_order("timeline-preview")
        ).then(on_export, [rows, query], [csv, json], show_progress="hidden")
    table.select(on_select, [rows], [preview, caption, plot], show_progress="hidden", **in_order("timeline-preview"))
    return {"doc_filter": doc_filter, "query": query, "load": (on_filter, [query, doc_filter], outputs),
            "first": (on_first, [rows], [preview, caption]), "export": (on_export, [rows, query], [csv, json])}


def documents_tab(state: UIState) -> dict[str, Any]:
    html_block('<h2 class="scr-visually-hidden">Documents in the index</h2>', elem_classes=["scr-sr-block"])
    html_block(
        '<p class="scr-muted">Every indexed PDF, how many of its pages gave text, and which pages were '
        "skipped and why. Add PDFs below: they are indexed straight away, alongside what is already here.</p>",
        js_on_load=None,
    )
    table = html_block("", elem_id="scr-documents", js_on_load=None)
    upload = gr.File(
        label=f"Add PDFs (up to {uploads.MAX_UPLOAD_MB} MB each)",
        file_count="multiple",
        file_types=[".pdf"],
        type="filepath",
        height=150,
        elem_id="scr-upload",
        visible=state.access.can_edit(None),  # shown to editors when they sign in (build_app's load event)
    )
    result = html_block("", elem_id="scr-upload-report", js_on_load=None)
    with gr.Column(visible=state.access.can_edit(None), elem_id="scr-remove-box") as remove_box:  # editors only
        html_block('<h2 class="scr-h">Remove a document</h2><p class="scr-muted">Takes it out of the index (for '
                   "example a wrong upload): Ask, Compare and Timeline stop using it. A PDF in your own folder is not "
                   "deleted.</p>")
        with gr.Row(elem_id="scr-remove-row"):
            chosen = gr.Dropdown(choices=[], label="Document to remove", value=None, elem_id="scr-remove-doc",
                                 min_width=240, scale=3)
            ask_remove = gr.Button("Remove from index…", variant="secondary", elem_id="scr-remove", scale=1,
                                   min_width=160)
        with gr.Row(visible=False, elem_id="scr-remove-confirm") as confirm_row:
            question = html_block("", elem_id="scr-remove-question")
            yes = gr.Button("Yes, remove it", variant="stop", elem_id="scr-remove-yes", min_width=140)
            no = gr.Button("Cancel", variant="secondary", elem_id="scr-remove-no", min_width=100)
        removed = html_block("", elem_id="scr-remove-report")

    def on_ask_remove(file):
        if not file:
            return gr.update(visible=False), "", present.message_html("Choose a document to remove first.", "warn")
        name = state.names().get(file, file)
        text = f'<p class="scr-warn" role="alert">Remove “{present.esc(name)}” ({present.esc(file)}) from the index?</p>'
        return gr.update(visible=True), text, ""

    ask_remove.click(on_ask_remove, [chosen], [confirm_row, question, removed], show_progress="hidden")
    no.click(lambda: (gr.update(visible=False), ""), None, [confirm_row, question], show_progress="hidden")
    return {"table": table, "upload": upload, "result": result, "remove": chosen, "yes": yes, "confirm": confirm_row,
            "removed": removed, "question": question, "remove_box": remove_box}
