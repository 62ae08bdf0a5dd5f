"""Issue 17 in headless Chromium (Debian's, through Playwright): evidence without false claims, table rows as
cells, copy with citation, permalinks, Timeline exports, removing a document, phone width, focus, and
axe-core in light and dark mode. The answer latency is printed (p50 over the questions asked), not asserted.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import statistics
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from pdf_factory import make_pdf

from ui import cards, harness

pytestmark = pytest.mark.browser

if not harness.chromium_path():  # before any fixture builds an index
    pytest.skip(harness.MISSING_CHROMIUM, allow_module_level=True)

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "ui"
ABSTAIN = "What is the capital of France?"
# answered from a row of the overview report's chronology table (the date of Child T's death, once quoted from a row
# of the executive summary, is now cited by the numbered paragraph that also states it)
ROW_QUESTION = "How old was Child T's maternal grandmother at the time of his death?"
LATENCY: list[float] = []


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def practice_url(practice_index):
    with harness.running_server(practice_index) as url:
        yield url


@pytest.fixture(scope="module")
def browser_page():
    with harness.browser((1400, 1000), permissions=["clipboard-read", "clipboard-write"]) as page:
        outside: list[str] = []
        page.on("request", lambda r: outside.append(r.url)
                if not r.url.startswith(("http://127.0.0.1", "data:", "blob:", "about:")) else None)
        page.outside_requests = outside
        yield page


@pytest.fixture()
def page(browser_page):
    return browser_page


def _ask(page, question: str) -> None:
    LATENCY.append(harness.ask(page, question))


def test_abstention_shows_no_highlight_and_no_claim(page, practice_url, practice_index):
    import qa

    assert not qa.ask(ABSTAIN, practice_index).answerable, "the practice index answers this question now"
    harness.open_app(page, practice_url)
    _ask(page, ABSTAIN)
    assert "Not found in these documents" in page.inner_text("#scr-answer")
    page.wait_for_function("() => /nothing on this page is highlighted/i.test("
                           "document.querySelector('#scr-preview-caption').innerText)")
    harness.wait_preview(page)
    caption = _plain(page.inner_text("#scr-preview-caption")).lower()
    assert "quoted text highlighted" not in caption and "closest match" not in caption
    assert page.locator("#scr-answer mark, #scr-passages mark, #scr-closeup img").count() == 0
    assert "0.0" not in page.inner_text("#scr-passages")  # no scores shown
    assert page.outside_requests == []


def test_table_row_answer_renders_as_cells_and_copy_gives_the_citation(page, practice_url, practice_index):
    import qa
    from ui.app import UIState

    answer = qa.ask(ROW_QUESTION, practice_index, 5)
    assert " | " in answer.citations[0].quote, "the answer is no longer quoted from a table row"
    harness.open_app(page, practice_url)
    _ask(page, ROW_QUESTION)
    card = page.locator("#scr-answer")
    assert card.locator("table.scr-cells td").count() >= 2
    assert "|" not in card.locator("blockquote").first.inner_text()
    assert card.locator("td mark").count() >= 1
    page.locator("#scr-answer .scr-copy").click()
    page.wait_for_function("() => /Copied/.test(document.querySelector('#scr-answer .scr-copied').innerText)")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied == cards.copy_text(answer, UIState(practice_index).names())
    # a row's cells are copied apart by tabs, as a spreadsheet pastes them
    assert answer.answer.replace(" | ", "\t") in copied and f"p. {answer.citations[0].page}" in copied


def test_permalink_reloads_the_same_answer_and_history_keeps_it(page, practice_url):
    harness.open_app(page, practice_url)
    question = "Who chaired the initial child protection conference?"
    _ask(page, question)
    first = _plain(page.inner_text("#scr-answer"))
    page.wait_for_function("(q) => new URL(location.href).searchParams.get('q') === q", arg=question)
    link = page.url
    page.goto("about:blank")
    page.goto(link)
    page.wait_for_function("(q) => { const c = document.querySelector('#scr-answer .scr-question');"
                           " return c && c.textContent === q; }", arg=question, timeout=120_000)
    assert _plain(page.inner_text("#scr-answer")) == first
    assert page.get_by_role("textbox", name="Question", exact=True).count() == 1  # not "Question Ask"
    assert page.locator("#scr-answer[aria-live='polite'][role='region']").count() == 1  # announced, kept
    assert question in page.inner_text("#scr-history")  # this tab's history survives the reload
    href = page.locator("#scr-answer .scr-permalink").get_attribute("href")
    assert href == "?q=" + quote(question, safe="").replace("%20", "+")
    harness.wait_preview(page)


def test_timeline_exports_csv_and_json(page, practice_url, practice_index):
    import qa

    harness.open_app(page, practice_url)
    page.get_by_role("tab", name="Timeline").click()
    page.wait_for_selector("#scr-timeline-csv", state="visible", timeout=120_000)
    expected = qa.timeline(practice_index)
    with page.expect_download() as info:
        page.locator("#scr-timeline-csv").click()
    download = info.value
    assert download.suggested_filename == "scr-qa-timeline.csv"
    rows = list(csv.reader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert rows[0][:4] == ["date", "precision", "date as written", "event (verbatim)"]
    assert len(rows) - 1 == len(expected) and rows[1][3] == expected[0].event
    with page.expect_download() as info:
        page.locator("#scr-timeline-json").click()
    assert info.value.suggested_filename == "scr-qa-timeline.json"
    data = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert data["events"] == [e.to_dict() for e in expected]


def test_keyboard_focus_is_visible(page, practice_url):
    harness.open_app(page, practice_url)
    page.locator("body").click(position={"x": 5, "y": 5})
    seen = 0
    for _ in range(12):
        page.keyboard.press("Tab")
        style = page.evaluate("""() => { const e = document.activeElement; const s = getComputedStyle(e);
            return [e.tagName, s.outlineStyle, parseFloat(s.outlineWidth), s.boxShadow]; }""")
        tag, outline, width, shadow = style
        if tag in ("BODY", "HTML"):
            continue
        seen += 1
        assert (outline != "none" and width >= 2) or shadow not in ("none", ""), style
    assert seen >= 5


def test_no_horizontal_overflow_at_phone_width_and_preview_near_the_answer(browser_page, practice_url):
    width = "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    with harness.another_page(browser_page, (390, 844)) as page:
        harness.open_app(page, practice_url)
        _ask(page, ROW_QUESTION)
        page.wait_for_selector("#scr-closeup img", timeout=60_000)
        scroll, client = page.evaluate(width)
        assert scroll <= client, ("Ask", scroll, client)
        answer_end = page.evaluate("() => document.querySelector('#scr-answer').getBoundingClientRect().bottom")
        zoom_top = page.evaluate("() => document.querySelector('#scr-closeup img').getBoundingClientRect().top")
        assert 0 <= zoom_top - answer_end < 200  # the boxed quote's close-up is right under the answer
        assert page.evaluate("() => document.querySelector('#scr-closeup img').getBoundingClientRect().height") > 100
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "phone-ask.png"), full_page=True)
        page.get_by_role("tab", name="Compare").click()
        page.locator("#scr-compare-question textarea").fill(ROW_QUESTION)
        page.locator("#scr-compare-question textarea").press("Enter")
        page.wait_for_selector("#scr-compare-cards article.scr-cmp", timeout=120_000)
        assert page.evaluate(width)[0] <= client, "Compare"
        page.get_by_role("tab", name="Timeline").click()
        page.wait_for_selector("#scr-timeline-table tr.scr-event", timeout=120_000)
        assert page.evaluate(width)[0] <= client, "Timeline"
        page.screenshot(path=str(ARTIFACTS / "phone-timeline.png"))
        page.get_by_role("tab", name="Documents").click()
        page.wait_for_selector("#scr-documents .scr-table")
        assert page.evaluate(width)[0] <= client, "Documents"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_or_critical_violation(browser_page, practice_url, scheme):
    if harness.axe_script() is None:
        pytest.skip("axe-core not installed: pip install axe-playwright-python (a dev dependency)")
    found = {}
    with harness.another_page(browser_page, (1400, 1000), color_scheme=scheme) as page:
        harness.open_app(page, practice_url)
        assert page.evaluate("() => document.body.classList.contains('dark')") == (scheme == "dark")
        _ask(page, ROW_QUESTION)
        harness.wait_preview(page)
        page.wait_for_timeout(1000)
        found["ask"] = harness.axe_violations(page)
        _ask(page, ABSTAIN)
        page.wait_for_function("() => /nothing on this page is highlighted/i.test("
                               "document.querySelector('#scr-preview-caption').innerText)")
        harness.wait_preview(page)
        page.wait_for_timeout(1000)  # let the answer region's update transition finish (it fades text in)
        found["abstain"] = harness.axe_violations(page)
        for tab, ready in (("Compare", "#scr-compare-question"), ("Timeline", "#scr-timeline-table tr.scr-event"),
                           ("Documents", "#scr-documents .scr-table")):
            page.get_by_role("tab", name=tab).click()
            page.wait_for_selector(ready, timeout=120_000)
            if tab == "Timeline":  # a selected row: the dark-mode contrast the issue measured at 1.03:1
                page.locator("#scr-timeline-table tr.scr-event").nth(1).click()
                page.wait_for_selector("#scr-timeline-table tr.scr-event.is-selected")
            found[tab] = harness.axe_violations(page)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"axe-{scheme}.png"))
    assert not any(found.values()), json.dumps(found, indent=1)


@pytest.fixture()
def two_document_index(tmp_path):
    import qa

    folder = tmp_path / "pdfs"
    folder.mkdir()
    make_pdf(folder / "alderbank.pdf", [[
        "1.1 The Alderbank review panel first met on 3 March 2011.",
        "1.2 The Alderbank panel was chaired by Ms Okonjo, an independent consultant.",
    ]], title="Alderbank Overview Report")
    make_pdf(folder / "wrong-upload.pdf", [[
        "2.1 The Brookvale strategy meeting was held on 9 October 2012.",
        "2.2 The Brookvale review was commissioned by the local board.",
    ]], title="Brookvale Executive Summary")
    index = tmp_path / "index"
    info = qa.build_index([str(folder)], str(index))
    assert info.counts()["indexed"] == 2
    yield str(index)
    shutil.rmtree(folder, ignore_errors=True)


def test_removing_a_document_drops_it_from_ask_compare_and_timeline(browser_page, two_document_index):
    import qa

    assert qa.ask("When was the Brookvale strategy meeting?", two_document_index).answerable
    with harness.running_server(two_document_index) as url, harness.another_page(browser_page) as page:
        harness.open_app(page, url)
        page.get_by_role("tab", name="Documents").click()
        page.locator("#scr-remove-doc input").click()
        page.get_by_role("option", name="Executive summary").click()
        page.locator("#scr-remove").click()
        page.wait_for_selector("#scr-remove-confirm", state="visible")
        assert "wrong-upload.pdf" in page.inner_text("#scr-remove-question")
        page.locator("#scr-remove-yes").click()
        page.wait_for_function("() => /Removed/.test(document.querySelector('#scr-remove-report').innerText)",
                               timeout=120_000)
        page.wait_for_function("() => !document.querySelector('#scr-documents').innerText.includes('wrong-upload')")
        assert "1 document indexed" in page.inner_text("#scr-header")

        page.get_by_role("tab", name="Ask").click()
        harness.ask(page, "When was the Brookvale strategy meeting?")
        shown = page.inner_text("#scr-answer") + page.inner_text("#scr-passages")
        assert "9 October 2012" not in shown and "wrong-upload" not in shown  # only Alderbank is left to quote
        page.get_by_text("Search only some documents").click()
        assert "Executive summary" not in page.inner_text("#scr-doc-filter")

        page.get_by_role("tab", name="Compare").click()
        page.locator("#scr-compare-question textarea").fill("When did the panel first meet?")
        page.locator("#scr-compare-question textarea").press("Enter")
        page.wait_for_selector("#scr-compare-cards article.scr-cmp", timeout=120_000)
        assert page.locator("#scr-compare-cards article.scr-cmp").count() == 1
        assert "wrong-upload" not in page.inner_text("#scr-compare-cards")

        page.get_by_role("tab", name="Timeline").click()
        page.wait_for_selector("#scr-timeline-table tr.scr-event", timeout=120_000)
        table = page.inner_text("#scr-timeline-table")
        assert "3 March 2011" in table and "9 October 2012" not in table
    assert "wrong-upload.pdf" not in {d["file"] for d in qa.documents(two_document_index)}


def test_zz_report_answer_latency():
    """Prints the time from Enter to the answer shown, over the questions asked in this module (not asserted)."""
    if not LATENCY:
        pytest.skip("no question was asked in this run")
    ms = sorted(1000 * s for s in LATENCY)
    print(f"\nanswer shown after Enter: p50 {statistics.median(ms):.0f} ms, max {ms[-1]:.0f} ms over {len(ms)} "
          f"questions (practice index, headless Chromium, {time.strftime('%Y-%m-%d')})")
