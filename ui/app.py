"""The web UI: the Gradio Blocks app over the public API (``qa.ask``, ``qa.compare``, ``qa.timeline``,
``qa.build_index``), and ``launch`` / ``serve``.

Tabs (``ui.tabs``): **Ask** (question, example questions drawn from the index, document filter, the answer
card, supporting passages, a preview of the cited page with the quote boxed, copy, permalink and history),
**Compare** (one question, every document side by side), **Timeline** (dated events, filterable, with
exports) and **Documents** (what is indexed, uploads, removal). Handlers are plain functions in
``ui.handlers``; HTML is made by ``ui.present``, which escapes all document text; looks in ``ui.style``,
its JavaScript in ``ui.scripts``.

Offline by construction: analytics and telemetry are switched off before Gradio is imported (``ui/__init__``),
the theme uses fonts bundled with Gradio (no Google Fonts), ``share=False``, SSR and the MCP server off,
and the server binds 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path

import gradio as gr

from ui import present, tabs, uploads
from ui.auth import Access, Refused
from ui.handlers import (  # noqa: F401 - re-exported: scripts and tests call them as ui.app.*
    MAX_QUESTION_CHARS,
    TOP_K,
    add_uploads,
    ask_question,
    compare_question,
    documents_view,
    remove_document,
    show_compare_page,
    show_event_page,
    show_page,
    timeline_view,
)
from ui.scripts import NAMES_JS
from ui.state import UIState
from ui.style import CSS, theme

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7860
CONCURRENCY = 4  # questions answered at once (Gradio queue default_concurrency_limit)
QUEUE_MAX = 64
CACHE_SECONDS = 3600  # rendered previews and uploads in Gradio's cache are deleted after this


def build_app(index_dir: str, access: Access | None = None) -> gr.Blocks:
    """The Blocks app for ``index_dir`` (not launched); ``access``: sign-in, roles, read-only, audit (ui.auth)."""
    state = UIState(index_dir)
    state.access = access or Access()
    with gr.Blocks(
        title="scr-qa \u2014 serious case review answers",
        analytics_enabled=False,
        delete_cache=(CACHE_SECONDS, CACHE_SECONDS),
    ) as demo:
        header = tabs.html_block(present.header_html(None), elem_id="scr-header", js_on_load=NAMES_JS)
        with gr.Tabs(overflow_behavior="wrap"):  # on a phone every tab stays in view (never in a "…" menu)
            with gr.Tab("Ask", id="ask"):
                ask = tabs.ask_tab(state)
            with gr.Tab("Compare", id="compare"):
                compare = tabs.compare_tab(state)
            with gr.Tab("Timeline", id="timeline") as timeline_tab:
                timeline = tabs.timeline_tab(state)
            with gr.Tab("Documents", id="documents"):
                docs = tabs.documents_tab(state)

        filters = [ask["doc_filter"], compare["doc_filter"], timeline["doc_filter"]]
        refreshed = [header, *filters, docs["table"], docs["remove"]]

        def refresh():
            choices = tabs.doc_choices(state)
            return ((tabs.header(state),) + tuple(gr.update(choices=choices) for _ in filters)
                    + (documents_view(state), gr.update(choices=choices, value=None)))

        def examples():
            found = state.examples()
            return [gr.update(visible=bool(found))] + [
                gr.update(value=q, visible=True) if q else gr.update(visible=False)
                for q in found + [""] * (len(ask["examples"]) - len(found))]

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

        def on_remove(file, request: gr.Request):
            try:
                state.access.require_edit(request, "remove", [file] if file else [])
            except Refused as exc:
                raise gr.Error(str(exc)) from None
            report = remove_document(state, file)
            state.access.record("remove", request, files=[file] if file else [])
            return (report, gr.update(visible=False), "") + refresh()

        def editing_shown(request: gr.Request):  # upload and remove: editors only (everyone without sign-in)
            shown = state.access.can_edit(state.access.user_of(request))
            return gr.update(visible=shown), gr.update(visible=shown)

        demo.load(refresh, None, refreshed, queue=False)
        demo.load(editing_shown, None, [docs["upload"], docs["remove_box"]], queue=False)
        demo.load(examples, None, [ask["example_row"], *ask["examples"]], show_progress="hidden")
        opened, opened_out, (shown, shown_in, shown_out) = ask["open"]
        demo.load(opened, None, opened_out, show_progress="minimal").then(
            shown, shown_in, shown_out, show_progress="hidden", **tabs.in_order("ask-preview"))
        load, inputs, outputs = timeline["load"]
        first, first_inputs, first_outputs = timeline["first"]
        export, export_in, export_out = timeline["export"]
        timeline_tab.select(load, inputs, outputs, show_progress="minimal").then(
            first, first_inputs, first_outputs, show_progress="hidden", **tabs.in_order("timeline-preview")
        ).then(export, export_in, export_out, show_progress="hidden")
        docs["upload"].upload(  # the last report goes first, so it never sits under the new progress bar
            lambda: "", None, [docs["result"]], queue=False, show_progress="hidden"
        ).then(
            on_upload,
            [docs["upload"]],
            [docs["result"], docs["upload"], *refreshed],
            concurrency_limit=1,
            show_progress="full",
            show_progress_on=[docs["result"]],
        ).then(examples, None, [ask["example_row"], *ask["examples"]], show_progress="hidden")
        docs["yes"].click(
            on_remove, [docs["remove"]], [docs["removed"], docs["confirm"], docs["question"], *refreshed],
            concurrency_limit=1, concurrency_id="index-change",
        ).then(examples, None, [ask["example_row"], *ask["examples"]], show_progress="hidden")
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
        state.examples()  # built now, so the first page shows them without waiting
    except Exception:  # noqa: BLE001 - warming is best effort
        pass


def serve(index_dir: str | None = None, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          access: Access | None = None) -> int:
    """Start the web UI and wait until Ctrl-C or SIGTERM. Returns an exit code for ``scr-qa serve``."""
    from ui.auth import serve_problem

    if index_dir is None:
        from qa.locations import default_index_dir

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
