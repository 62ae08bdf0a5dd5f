"""Driving the web UI from code: start the server on a free port, open Debian's Chromium headless.

Used by the browser tests (tests/ui/test_browser.py), the screenshot script (ui/screenshots.py) and
the latency measurement (tests/ui/measure_latency.py). Chromium is the system one (/usr/bin/chromium,
installed by ``scripts/setup --with-browser``); Playwright never downloads a browser here.
"""

from __future__ import annotations

import os
import shutil
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = os.environ.get("SCR_QA_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]
MISSING_CHROMIUM = "chromium not installed: run scripts/setup --with-browser"


def chromium_path() -> str | None:
    """The Chromium executable, or None when it is not installed."""
    if Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK):
        return CHROMIUM
    found = shutil.which("chromium")
    return found


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_server(index_dir: str, port: int | None = None, warm: bool = True, access: Any = None) -> Iterator[str]:
    """Serve the UI for ``index_dir`` on 127.0.0.1 in this process (``access``: a ``ui.auth.Access``); yields its URL."""
    from ui.app import launch

    port = port or free_port()
    demo = launch(index_dir, "127.0.0.1", port, block=False, quiet=True, warm=warm, access=access)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        demo.close()


@contextmanager
def browser(viewport: tuple[int, int] = (1400, 1000), color_scheme: str | None = None,
            permissions: list[str] | None = None) -> Iterator[Any]:
    """A Playwright page in headless system Chromium (``color_scheme`` "dark" or "light" emulates the system
    setting Gradio follows; ``permissions`` e.g. clipboard). Raises RuntimeError if Chromium is missing."""
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    if not path:
        raise RuntimeError(MISSING_CHROMIUM)
    with sync_playwright() as p:
        chrome = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        try:
            context = chrome.new_context(**_context_options(viewport, color_scheme, permissions))
            page = context.new_page()
            yield page
        finally:
            chrome.close()


def _context_options(viewport: tuple[int, int], color_scheme: str | None, permissions: list[str] | None) -> dict:
    options: dict[str, Any] = {"viewport": {"width": viewport[0], "height": viewport[1]}}
    if color_scheme:
        options["color_scheme"] = color_scheme
    if permissions:
        options["permissions"] = permissions
    return options


@contextmanager
def another_page(page: Any, viewport: tuple[int, int] = (1400, 1000), color_scheme: str | None = None,
                 permissions: list[str] | None = None) -> Iterator[Any]:
    """A page in a fresh context of ``page``'s browser (one Playwright per process can run at a time)."""
    context = page.context.browser.new_context(**_context_options(viewport, color_scheme, permissions))
    try:
        yield context.new_page()
    finally:
        context.close()


def open_app(page: Any, url: str, timeout_ms: int = 60_000) -> None:
    page.goto(url)
    page.wait_for_selector("#scr-question textarea", timeout=timeout_ms)
    # demo.load fills the header and document list; wait for it
    page.wait_for_function(
        "() => { const h = document.querySelector('#scr-header'); return h && /indexed|No index/.test(h.innerText); }",
        timeout=timeout_ms,
    )


def ask(page: Any, question: str, timeout_ms: int = 120_000) -> float:
    """Type ``question``, press Enter, wait until its answer card is shown; returns seconds taken."""
    box = page.locator("#scr-question textarea")
    box.fill(question)
    started = time.perf_counter()
    box.press("Enter")
    page.wait_for_function(
        """(q) => {
            const card = document.querySelector('#scr-answer .scr-answer');
            const asked = card && card.querySelector('.scr-question');
            return !!asked && asked.textContent === q;
        }""",
        arg=question,
        timeout=timeout_ms,
    )
    return time.perf_counter() - started


def wait_preview(page: Any, timeout_ms: int = 60_000) -> int:
    """Wait for the page preview image to load; returns its naturalWidth."""
    page.wait_for_function(
        "() => { const i = document.querySelector('#scr-preview img'); return !!i && i.complete && i.naturalWidth > 0; }",
        timeout=timeout_ms,
    )
    return page.evaluate("() => document.querySelector('#scr-preview img').naturalWidth")


def axe_script() -> str | None:
    """The source of axe-core (bundled with the ``axe-playwright-python`` dev package), or None."""
    try:
        import axe_playwright_python
    except ImportError:
        return None
    path = Path(axe_playwright_python.__file__).with_name("axe.min.js")
    return path.read_text(encoding="utf-8") if path.is_file() else None


def axe_violations(page: Any, impacts: tuple[str, ...] = ("serious", "critical")) -> list[dict[str, Any]]:
    """Run axe-core in the page; its violations of the given impacts (id, impact, help, first targets)."""
    source = axe_script()
    if source is None:
        raise RuntimeError("axe-core is not installed (pip install axe-playwright-python)")
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=source)
    result = page.evaluate("async () => await window.axe.run(document, {resultTypes: ['violations']})")
    return [{"id": v["id"], "impact": v["impact"], "help": v["help"],
             "targets": [n["target"] for n in v["nodes"][:5]],
             "summary": [n.get("failureSummary", "")[:200] for n in v["nodes"][:3]]}
            for v in result["violations"] if v.get("impact") in impacts]
