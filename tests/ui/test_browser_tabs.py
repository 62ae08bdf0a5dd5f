"""The Compare and Timeline tabs end to end in headless Chromium (Debian's, through Playwright).

Screenshots go to test-artifacts/ui/ (the docs ones are made by ``python -m ui.tab_screenshots``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_factory import make_pdf

from ui import harness, tab_screenshots

pytestmark = pytest.mark.browser

if not harness.chromium_path():  # before any fixture builds an index
    pytest.skip(harness.MISSING_CHROMIUM, allow_module_level=True)

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "ui"
SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def page():
    with harness.browser((1400, 1000)) as page:
        outside: list[str] = []
        page.on(
            "request",
            lambda r: outside.append(r.url)
            if not r.url.startswith(("http://127.0.0.1", "data:", "blob:", "about:"))
            else None,
        )
        page.outside_requests = outside
        yield page


@pytest.fixture(scope="module")
def practice_url(practice_index):
    with harness.running_server(practice_index) as url:
        yield url


def _caption(page, selector: str) -> str:
    return _plain(page.inner_text(selector))


def test_compare_tab_cards_and_page_preview(page, practice_url):
    harness.open_app(page, practice_url)
    tab_screenshots.compare(page, "Why does the minister want copies sent to the Department before publication?")
    cards = page.locator("#scr-compare-cards article.scr-cmp")
    assert cards.count() == 3
    text = _plain(page.inner_text("#scr-compare-cards"))
    assert text.count("Not addressed in this document") == 2
    assert "not taken by surprise" in text
    assert page.locator("#scr-compare-cards mark").count() == 1
    tab_screenshots.wait_image(page, "#scr-compare-preview")
    assert "Letter" in _caption(page, "#scr-compare-preview-caption")
    assert page.outside_requests == []


def test_compare_tab_selecting_another_document_shows_its_page(page, practice_url, practice_index):
    import qa

    question = "When did Child T die?"
    card = qa.compare(question, practice_index).documents[2]
    assert card.file.endswith("overview-report.pdf")
    cited = card.citations[0].page
    harness.open_app(page, practice_url)
    tab_screenshots.compare(page, question)
    page.locator("#scr-compare-cards article.scr-cmp").nth(2).locator("button.scr-showpage").click()
    # wait for the caption of the page asked for, not just any overview-report caption (under load the
    # preview of the previously selected card may still be on its way)
    page.wait_for_function(
        "(p) => { const t = (document.querySelector('#scr-compare-preview-caption') || {}).innerText || '';"
        " return t.includes('Overview report') && new RegExp('p\\\\.\\\\s' + p + '\\\\b').test(t); }", arg=cited
    )
    tab_screenshots.wait_image(page, "#scr-compare-preview")
    assert f"p. {cited}" in _caption(page, "#scr-compare-preview-caption")
    assert "is-selected" in page.locator("#scr-compare-cards article.scr-cmp").nth(2).get_attribute("class")


def test_timeline_tab_table_plot_filter_and_sources(page, practice_url):
    harness.open_app(page, practice_url)
    rows = tab_screenshots.timeline(page)
    assert rows >= 40
    tab_screenshots.wait_image(page, "#scr-timeline-plot")
    tab_screenshots.wait_image(page, "#scr-timeline-preview")
    rows = tab_screenshots.timeline(page, "strategy meeting")
    assert 2 <= rows < 20
    table = _plain(page.inner_text("#scr-timeline-table"))
    assert "30 January 2007" in table and "8 August 2007" in table
    # the last source of the first event opens that page, with the statement boxed
    sources = page.locator("#scr-timeline-table tr.scr-event").first.locator("button.scr-cite-link").count()
    words = tab_screenshots.select_event(page, 0, sources - 1)
    assert words in _caption(page, "#scr-timeline-preview-caption")
    assert "highlighted" in _caption(page, "#scr-timeline-preview-caption")
    assert "is-selected" in page.locator("#scr-timeline-table tr.scr-event").first.get_attribute("class")
    assert page.outside_requests == []


def test_screenshots_of_the_new_tabs(page, practice_url):
    paths = tab_screenshots.capture(page, practice_url, ARTIFACTS)
    for path in paths.values():
        assert path.is_file() and path.stat().st_size > 10_000


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    import qa

    folder = tmp_path_factory.mktemp("hostile-tabs")
    make_pdf(
        folder / "hostile.pdf",
        [[
            "1.1 On 5 May 2008 the duty officer typed " + SCRIPT + " into the case note.",
            "1.2 On 6 June 2008 the referral form held " + IMG + " in its box.",
        ]],
        title="<img src=x onerror=window.__pwned=1> Review",
        font_size=9,
    )
    index_dir = tmp_path_factory.mktemp("hostile-tabs-index")
    qa.build_index([str(folder)], str(index_dir))
    with harness.running_server(str(index_dir)) as url:
        yield url


def test_document_text_in_the_new_tabs_is_shown_literally(page, hostile_url):
    harness.open_app(page, hostile_url)
    assert tab_screenshots.timeline(page) == 2
    table = page.inner_text("#scr-timeline-table")
    assert SCRIPT in table and IMG in table
    tab_screenshots.compare(page, "What did the duty officer type into the case note?")
    assert "Review" in page.inner_text("#scr-compare-cards")
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert page.evaluate("() => document.querySelectorAll('img[src=\"x\"]').length") == 0
