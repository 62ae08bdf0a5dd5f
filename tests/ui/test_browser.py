"""End to end in real headless Chromium (Debian's /usr/bin/chromium driven by Playwright's Python API).

The server runs in this process on a free 127.0.0.1 port. Screenshots go to test-artifacts/ui/.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pdf_factory import make_pdf

from ui import harness, present

pytestmark = pytest.mark.browser

if not harness.chromium_path():  # before any fixture builds an index
    pytest.skip(harness.MISSING_CHROMIUM, allow_module_level=True)

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "ui"
SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'
TEMPLATE = "${window.__pwned=1}"
XSS_TITLE = "<img src=x onerror=window.__pwned=1> Review of escaping"


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def chromium() -> str:
    path = harness.chromium_path()
    if not path:
        pytest.skip(harness.MISSING_CHROMIUM)
    return path


@pytest.fixture(scope="module")
def page(chromium):
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
def practice_url(chromium, practice_index):
    with harness.running_server(practice_index) as url:
        yield url


def test_question_answer_citation_and_preview(page, practice_url, practice_index):
    import qa
    from ui.app import UIState

    question = "When did Child T die?"
    expected = qa.ask(question, practice_index, 5)
    names = UIState(practice_index).names()
    first = expected.citations[0]
    words = present.cite_words(names[first.file], first.page, first.paragraph)

    harness.open_app(page, practice_url)
    seconds = harness.ask(page, question)
    answer = _plain(page.inner_text("#scr-answer"))
    assert "13 November 2007" in answer
    assert _plain(words) in answer  # document name, page and paragraph, in words
    assert page.locator("#scr-answer mark").count() >= 1
    assert _plain(page.inner_text("#scr-answer mark").strip()) in _plain(first.quote)

    assert harness.wait_preview(page) > 0
    caption = _plain(page.inner_text("#scr-preview-caption"))
    assert _plain(words) in caption and "highlighted" in caption.lower()

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "answer.png"), full_page=True)
    assert seconds < 30

    # pick another passage: the preview follows it
    second = expected.citations[1]
    page.locator("#scr-passages .scr-passage[data-index='1'] button").click()
    words2 = _plain(present.cite_words(names[second.file], second.page, second.paragraph))
    page.wait_for_function(
        "(w) => document.querySelector('#scr-preview-caption').innerText.replace(/\\u00a0/g, ' ').includes(w)",
        arg=words2,
    )
    assert harness.wait_preview(page) > 0
    assert page.locator("#scr-passages .scr-passage.is-selected").get_attribute("data-index") == "1"
    assert page.outside_requests == []


def test_documents_tab_and_screenshots(page, practice_url):
    from ui.screenshots import capture

    paths = capture(page, practice_url, ARTIFACTS)
    for path in paths.values():
        assert path.is_file() and path.stat().st_size > 10_000
    page.get_by_role("tab", name="Documents").click()
    table = _plain(page.inner_text("#scr-documents"))
    for file in ("wendmere-scr-overview-report.pdf", "wendmere-scr-executive-summary.pdf",
                 "dcyp-minister-letter-2010-06-23.pdf"):
        assert file in table
    assert "Overview report" in table and "indexed" in table
    page.get_by_role("tab", name="Ask").click()
    assert page.outside_requests == []


def test_abstention_shows_not_found_and_closest_passages(page, practice_url, practice_index):
    import qa

    question = "What is the capital of France?"
    if qa.ask(question, practice_index).answerable:
        pytest.skip("the pipeline answered this question; nothing to check here")
    harness.open_app(page, practice_url)
    page.locator("#scr-question textarea").fill(question)
    page.locator("#scr-question textarea").press("Enter")
    page.wait_for_selector("#scr-answer .scr-abstain")
    assert present.NOT_FOUND in page.inner_text("#scr-answer")
    assert "closest passages" in page.inner_text("#scr-passages").lower()
    assert page.locator("#scr-passages li.scr-passage").count() >= 1


# ------------------------------------------------------------------ hostile document text


@pytest.fixture(scope="module")
def hostile_index(chromium, tmp_path_factory) -> str:
    import qa

    folder = tmp_path_factory.mktemp("hostile-pdfs")
    make_pdf(
        folder / "hostile.pdf",
        [[
            "1.1 On 5 May 2008 the duty officer typed " + SCRIPT + " into the case note.",
            "1.2 On 6 June 2008 the referral form held " + IMG + " in its box.",
            "1.3 On 7 July 2008 the template " + TEMPLATE + " was found in a letter.",
            "1.4 The review panel met on 9 September 2008 to discuss the case notes.",
        ]],
        title=XSS_TITLE,
        font_size=9,
    )
    index_dir = tmp_path_factory.mktemp("hostile-index")
    info = qa.build_index([str(folder)], str(index_dir))
    assert info.counts()["indexed"] == 1, info.to_dict()
    return str(index_dir)


@pytest.fixture(scope="module")
def hostile_url(chromium, hostile_index):
    with harness.running_server(hostile_index) as url:
        yield url


def _not_pwned(page) -> None:
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert page.evaluate("() => document.querySelectorAll('img[src=\"x\"]').length") == 0


def test_document_text_is_shown_literally_and_never_runs(page, hostile_url, hostile_index):
    import qa
    from ui import cards

    harness.open_app(page, hostile_url)
    seen = ""
    for question in ("What did the duty officer type into the case note?",
                     "What did the referral form hold in its box?", "What template was found in a letter?"):
        expected = qa.ask(question, hostile_index, 5)
        harness.ask(page, question)
        page.wait_for_timeout(500)
        shown = _plain(page.inner_text("#scr-answer") + "\n" + page.inner_text("#scr-passages"))
        # every quote shown (the passages above the relevance floor) appears character for character, tags and all
        shown_citations = [c for _, c in cards.closest_passages(expected)]
        assert shown_citations, question
        for citation in shown_citations:
            assert _plain(citation.quote) in shown
        seen += shown
        _not_pwned(page)
    assert "<script>window." in seen  # (the reader may end the quoted sentence at "window.")
    assert IMG in seen
    assert TEMPLATE in seen
    _not_pwned(page)
    harness.wait_preview(page)

    page.get_by_role("tab", name="Documents").click()
    page.wait_for_selector("#scr-documents .scr-table")
    assert XSS_TITLE in page.inner_text("#scr-documents")
    page.get_by_role("tab", name="Ask").click()
    page.get_by_text("Search only some documents").click()
    assert XSS_TITLE[:30] in page.inner_text("#scr-doc-filter")
    _not_pwned(page)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "hostile.png"), full_page=True)
    page.get_by_text("Search only some documents").click()


def test_upload_indexes_pdfs_and_rejects_fakes(page, hostile_url, tmp_path):
    good = make_pdf(tmp_path / "Eastmarch review.pdf", [[
        "3.1 The Eastmarch review was commissioned on 14 January 2010.",
        "3.2 The panel was chaired by Ms Okafor, an independent consultant.",
    ]], title="Eastmarch Overview Report")
    fake = tmp_path / "fake.pdf"
    fake.write_text("<html>this is not a pdf</html>")
    harness.open_app(page, hostile_url)
    page.get_by_role("tab", name="Documents").click()
    page.locator("#scr-upload input[type=file]").set_input_files([str(good), str(fake)])
    page.wait_for_function(
        "() => /indexed/.test(document.querySelector('#scr-upload-report').innerText)", timeout=180_000
    )
    report = _plain(page.inner_text("#scr-upload-report"))
    assert re.search(r"Eastmarch review\.pdf: indexed", report), report
    assert "fake.pdf: not a PDF" in report
    assert "hostile.pdf" not in report  # only the uploads are reported
    page.wait_for_function("() => document.querySelector('#scr-documents').innerText.includes('Eastmarch review.pdf')")
    assert "2 documents indexed" in page.inner_text("#scr-header")
    page.get_by_role("tab", name="Ask").click()
    harness.ask(page, "When was the Eastmarch review commissioned?")
    assert "14 January 2010" in page.inner_text("#scr-answer")
    _not_pwned(page)
