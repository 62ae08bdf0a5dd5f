"""The pieces the web UI's tabs share: an HTML block styled only by our CSS, a page preview with its caption,
the download buttons and their updates, the document choices and header, and the event settings that keep a
tab's page previews in order. ``ui.tabs`` builds the tabs from them and re-exports the names ``ui.app`` uses."""

from __future__ import annotations

from typing import Any

import gradio as gr

from ui import present
from ui.scripts import PREVIEW_ALT_JS
from ui.state import UIState


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


def _preview(elem_id: str, placeholder: str = "") -> tuple[gr.Image, gr.HTML]:
    """A page preview with its caption above it; the image is hidden until there is a page to show."""
    caption = html_block(present.preview_caption_html(None, note=placeholder), elem_id=f"{elem_id}-caption",
                         js_on_load=PREVIEW_ALT_JS)
    image = gr.Image(
        label="Cited page",
        type="pil",
        format="png",
        interactive=False,
        buttons=["fullscreen", "download"],
        elem_id=elem_id,
        height="calc(100vh - 150px)",
        visible=False,
    )
    return image, caption


def _page(shown: tuple[Any, str]) -> tuple[Any, str]:
    """(image, caption) as outputs of a preview: the image hidden when there is none."""
    image, caption = shown
    return gr.update(value=image, visible=image is not None), caption


def _exports(kind: str) -> tuple[gr.DownloadButton, gr.DownloadButton]:
    with gr.Row(elem_classes=["scr-exports"]):
        csv = gr.DownloadButton("Download CSV", size="sm", visible=False, elem_id=f"scr-{kind}-csv")
        json = gr.DownloadButton("Download JSON", size="sm", visible=False, elem_id=f"scr-{kind}-json")
    return csv, json


def _files(paths: tuple[str | None, str | None]) -> tuple[Any, Any]:
    return tuple(gr.update(value=p, visible=p is not None) for p in paths)


def _event_data(evt: gr.EventData) -> dict[str, Any]:
    return getattr(evt, "_data", None) or {}


def in_order(preview: str) -> dict[str, Any]:
    """Event settings that show a tab's page previews in the order they were asked for: the first answer's
    page (shown after the answer) and a page picked while it renders share one queue slot, so a slower
    earlier preview cannot overwrite the one picked after it."""
    return {"concurrency_id": preview, "concurrency_limit": 1}
