"""The four tabs of the web UI (Ask, Compare, Timeline, Documents): their Gradio components and events.
Each ``*_tab`` builds its tab from the shared ``UIState`` and returns the components ``ui.app`` wires
across tabs."""

from __future__ import annotations

from typing import Any

import gradio as gr

from ui import present, uploads
from ui.handlers import (
    ask_question,
    compare_question,
    show_compare_page,
    show_event_page,
    show_page,
    timeline_view,
)
from ui.state import UIState
from ui.style import PASSAGE_JS, PICK_JS


# Questions the bundled practice corpus (data/practice) answers; shown as one-click examples.
EXAMPLES = [
    "When did Child T die?",
    "Who chaired the initial child protection conference?",
    "When was the legal planning meeting?",
    "How many children did SW2 have on her caseload?",
    "How much did the review cost?",
]


def html_block(value: str = "", **kwargs: Any) -> gr.HTML:
    """An HTML block styled only by our CSS (no Gradio prose styles), with no click handler unless given."""
    kwargs.setdefault("js_on_load", None)
    return gr.HTML(value, apply_default_css=False, **kwargs)


def doc_choices(state: UIState) -> list[tuple[str, str]]:
    names = state.names()
    return sorted(((names[f], f) for f in state.files()), key=lambda c: c[0].lower())


def header(state: UIState) -> str:
    files = state.files()
    return present.header_html(len(files) if files or not state.index_problem() else None)


def ask_tab(state: UIState) -> dict[str, Any]:
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
                html_block('<span class="scr-try">Try</span>', elem_classes=["scr-try-wrap"])
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
            answer = html_block(
                present.message_html("Answers appear here, quoted from the documents with their page and paragraph."),
                elem_id="scr-answer",
                js_on_load=None,
            )
            passages = html_block("", elem_id="scr-passages", js_on_load=PASSAGE_JS)
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
            caption = html_block(present.preview_caption_html(None), elem_id="scr-preview-caption", js_on_load=None)
    citations = gr.State([])

    def on_ask(q, files):
        return ask_question(state, q, files)

    def on_preview(cites):
        return show_page(state, cites, 0)

    def on_select(cites, evt: gr.EventData):
        data = getattr(evt, "_data", None) or {}
        return show_page(state, cites, int(data.get("index", 0) or 0))

    outputs = [answer, passages, citations]
    question.submit(on_ask, [question, doc_filter], outputs, show_progress="minimal").then(
        on_preview, [citations], [preview, caption], show_progress="hidden", **in_order("ask-preview")
    )
    for button, text in zip(example_buttons, EXAMPLES):
        button.click(lambda t=text: t, None, [question], queue=False, show_progress="hidden").then(
            on_ask, [question, doc_filter], outputs, show_progress="minimal"
        ).then(on_preview, [citations], [preview, caption], show_progress="hidden", **in_order("ask-preview"))
    passages.select(on_select, [citations], [preview, caption], show_progress="hidden", **in_order("ask-preview"))
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
    caption = html_block(present.preview_caption_html(None, note=" "), elem_id=f"{elem_id}-caption", js_on_load=None)
    return image, caption


def _event_data(evt: gr.EventData) -> dict[str, Any]:
    return getattr(evt, "_data", None) or {}


def in_order(preview: str) -> dict[str, Any]:
    """Event settings that show a tab's page previews in the order they were asked for: the first answer's
    page (shown after the answer) and a page picked while it renders share one queue slot, so a slower
    earlier preview cannot overwrite the one picked after it."""
    return {"concurrency_id": preview, "concurrency_limit": 1}


def compare_tab(state: UIState) -> dict[str, Any]:
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
            cards = html_block(
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

    def on_compare(q, files):
        return compare_question(state, q, files)

    def on_select(current, evt: gr.EventData):
        return show_compare_page(state, current, int(_event_data(evt).get("index", 0) or 0))

    question.submit(on_compare, [question, doc_filter], [cards, targets], show_progress="minimal").then(
        lambda t: show_compare_page(state, t), [targets], [preview, caption], show_progress="hidden",
        **in_order("compare-preview"),
    )
    cards.select(on_select, [targets], [preview, caption], show_progress="hidden", **in_order("compare-preview"))
    return {"doc_filter": doc_filter}


def timeline_tab(state: UIState) -> dict[str, Any]:
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
            table = html_block(
                present.message_html("The timeline of every dated event appears here."),
                elem_id="scr-timeline-table",
                elem_classes=["scr-tl-wrap"],
                js_on_load=PICK_JS,
            )
        with gr.Column(scale=5, min_width=360, elem_classes=["scr-side-preview"]):
            preview, caption = _preview("scr-timeline-preview", "Select an event to see the page that states it.")
    rows = gr.State([])

    def on_filter(q, files):
        return timeline_view(state, q, files)

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
        on_first, [rows], [preview, caption], show_progress="hidden", **in_order("timeline-preview")
    )
    doc_filter.input(on_filter, [query, doc_filter], outputs, show_progress="minimal").then(
        on_first, [rows], [preview, caption], show_progress="hidden", **in_order("timeline-preview")
    )
    table.select(on_select, [rows], [preview, caption, plot], show_progress="hidden", **in_order("timeline-preview"))
    return {"doc_filter": doc_filter, "query": query, "load": (on_filter, [query, doc_filter], outputs),
            "first": (on_first, [rows], [preview, caption])}


def documents_tab(state: UIState) -> dict[str, Any]:
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
    )
    result = html_block("", elem_id="scr-upload-report", js_on_load=None, min_height=90)
    return {"table": table, "upload": upload, "result": result}

