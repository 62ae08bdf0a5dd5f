"""Screenshots of the Compare and Timeline tabs for the docs, driven like ``ui.screenshots``.

    .venv/bin/python -m ui.tab_screenshots                  # index data/practice in a temp dir, write docs/
    .venv/bin/python -m ui.tab_screenshots --index-dir IDX --out DIR

Needs Debian's Chromium (``scripts/setup --with-browser``). The browser tests call the ``capture_*``
functions too, so the waits here are the ones the tests rely on.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from ui import harness

ROOT = Path(__file__).resolve().parent.parent
COMPARE_QUESTION = "When did Child T die?"
TIMELINE_QUERY = "strategy meeting"


def open_tab(page: Any, name: str) -> None:
    page.get_by_role("tab", name=name).click()


def compare(page: Any, question: str, timeout_ms: int = 120_000) -> None:
    """In the Compare tab: ask ``question`` and wait for its cards (and the first cited page)."""
    open_tab(page, "Compare")
    box = page.locator("#scr-compare-question textarea")
    box.fill(question)
    box.press("Enter")
    page.wait_for_function(
        """(q) => {
            const asked = document.querySelector('#scr-compare-cards .scr-question');
            return !!asked && asked.textContent === q && document.querySelectorAll('#scr-compare-cards .scr-cmp').length > 0;
        }""",
        arg=question,
        timeout=timeout_ms,
    )


def wait_image(page: Any, selector: str, timeout_ms: int = 60_000) -> int:
    """Wait for the image inside ``selector`` to load; returns its naturalWidth."""
    page.wait_for_function(
        "(s) => { const i = document.querySelector(s + ' img'); return !!i && i.complete && i.naturalWidth > 0; }",
        arg=selector,
        timeout=timeout_ms,
    )
    return page.evaluate("(s) => document.querySelector(s + ' img').naturalWidth", selector)


def timeline(page: Any, query: str = "", timeout_ms: int = 120_000) -> int:
    """Open the Timeline tab (optionally filtered by ``query``); wait for the table; returns its rows."""
    open_tab(page, "Timeline")
    page.wait_for_selector("#scr-timeline-table .scr-tl-table", timeout=timeout_ms)
    if query:
        box = page.locator("#scr-timeline-query textarea, #scr-timeline-query input").first
        box.fill(query)
        box.press("Enter")
        page.wait_for_function(
            "(q) => { const s = document.querySelector('#scr-timeline-table .scr-tl-summary'); return !!s && s.textContent.includes(q); }",
            arg=query,
            timeout=timeout_ms,
        )
    return page.locator("#scr-timeline-table tr.scr-event").count()


def select_event(page: Any, index: int, source: int = 0, timeout_ms: int = 60_000) -> str:
    """Click source ``source`` of timeline row ``index``; wait until the preview caption names it.
    Returns the source's words ("Overview report, p. 11, para 3.30")."""
    link = page.locator("#scr-timeline-table tr.scr-event").nth(index).locator("button.scr-cite-link").nth(source)
    words = " ".join(link.inner_text().replace("\u00a0", " ").split())
    link.click()
    page.wait_for_function(
        """(w) => {
            const c = document.querySelector('#scr-timeline-preview-caption');
            return !!c && c.innerText.replace(/\\s+/g, ' ').includes(w);
        }""",
        arg=words,
        timeout=timeout_ms,
    )
    return words


def capture(page: Any, url: str, out_dir: str | Path, question: str = COMPARE_QUESTION, query: str = TIMELINE_QUERY) -> dict[str, Path]:
    """Both screenshots from an open Playwright ``page``; returns their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    harness.open_app(page, url)
    compare(page, question)
    wait_image(page, "#scr-compare-preview")
    page.evaluate("() => document.fonts.ready")
    page.evaluate("() => window.scrollTo(0, 0)")
    page.wait_for_timeout(300)
    paths = {"compare": out / "screenshot-compare.png", "timeline": out / "screenshot-timeline.png"}
    page.screenshot(path=str(paths["compare"]), full_page=False)
    timeline(page, query)
    wait_image(page, "#scr-timeline-plot")
    rows = page.locator("#scr-timeline-table tr.scr-event")
    if rows.count() > 1:
        select_event(page, rows.count() - 1)
    wait_image(page, "#scr-timeline-preview")
    page.evaluate("() => window.scrollTo(0, 0)")
    page.wait_for_timeout(400)
    page.screenshot(path=str(paths["timeline"]), full_page=False)
    open_tab(page, "Ask")
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", help="an existing index (default: index data/practice into a temp dir)")
    parser.add_argument("--out", default=str(ROOT / "docs"))
    parser.add_argument("--question", default=COMPARE_QUESTION)
    parser.add_argument("--query", default=TIMELINE_QUERY)
    args = parser.parse_args(argv)
    if not harness.chromium_path():
        print(f"screenshots: {harness.MISSING_CHROMIUM}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="scr-qa-shots-") as tmp:
        index_dir = args.index_dir
        if not index_dir:
            import qa

            index_dir = str(Path(tmp) / "index")
            qa.build_index([str(ROOT / "data" / "practice")], index_dir)
        with harness.running_server(index_dir) as url, harness.browser((1400, 1000)) as page:
            paths = capture(page, url, args.out, args.question, args.query)
    for name, path in paths.items():
        print(f"{name}: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
