"""Screenshots of the web UI for the docs: the answer view (with the page preview), the Documents tab, the
answer on a phone (390 px) and in dark mode.

    .venv/bin/python -m ui.screenshots                      # index data/practice in a temp dir, write docs/
    .venv/bin/python -m ui.screenshots --index-dir IDX --out DIR --question "..."

Needs Debian's Chromium (``scripts/setup --with-browser``). The browser tests call ``capture`` too.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from ui import harness

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "How many children did SW2 have on her caseload?"


def capture(page: Any, url: str, out_dir: str | Path, question: str = QUESTION) -> dict[str, Path]:
    """Ask ``question`` in an open Playwright ``page`` and save both screenshots; returns their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    harness.open_app(page, url)
    harness.ask(page, question)
    harness.wait_preview(page)
    page.evaluate("() => document.fonts.ready")
    page.evaluate("() => window.scrollTo(0, 0)")
    page.wait_for_timeout(300)  # let the image and fonts settle before the picture
    answer = out / "screenshot-answer.png"
    page.screenshot(path=str(answer), full_page=False)
    page.get_by_role("tab", name="Documents").click()
    page.wait_for_selector("#scr-documents .scr-table")
    page.wait_for_timeout(300)
    documents = out / "screenshot-documents.png"
    page.screenshot(path=str(documents), full_page=False)
    page.get_by_role("tab", name="Ask").click()
    return {"answer": answer, "documents": documents}


def capture_phone_and_dark(page: Any, url: str, out_dir: str | Path, question: str = QUESTION) -> dict[str, Path]:
    """The answer at 390 x 844 (scrolled to the answer card and its close-up) and at desktop size in dark mode."""
    out = Path(out_dir)
    paths = {}
    with harness.another_page(page, (390, 844)) as phone:
        harness.open_app(phone, url)
        harness.ask(phone, question)
        phone.wait_for_selector("#scr-closeup img", timeout=60_000)
        phone.evaluate("() => document.fonts.ready")
        phone.evaluate("() => document.querySelector('#scr-answer').scrollIntoView({block: 'start'})")
        phone.wait_for_timeout(300)
        paths["phone"] = out / "screenshot-phone.png"
        phone.screenshot(path=str(paths["phone"]), full_page=False)
    with harness.another_page(page, (1400, 1000), color_scheme="dark") as dark:
        harness.open_app(dark, url)
        harness.ask(dark, question)
        harness.wait_preview(dark)
        dark.evaluate("() => document.fonts.ready")
        dark.wait_for_timeout(500)
        paths["dark"] = out / "screenshot-dark.png"
        dark.screenshot(path=str(paths["dark"]), full_page=False)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", help="an existing index (default: index data/practice into a temp dir)")
    parser.add_argument("--out", default=str(ROOT / "docs"))
    parser.add_argument("--question", default=QUESTION)
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
            paths = capture(page, url, args.out, args.question)
            paths.update(capture_phone_and_dark(page, url, args.out, args.question))
    for name, path in paths.items():
        print(f"{name}: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
