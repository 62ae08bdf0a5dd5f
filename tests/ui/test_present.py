"""ui.present: citations in words, highlighting, escaping (pure functions, no index, no browser)."""

from __future__ import annotations

import re

import pytest

from ui import present
from ui.present import cite_words, clean_title, esc, find_span, highlight, short_title, short_titles

OVERVIEW = "Serious Case Review: Child T - Overview Report (Wendmere LSCB) - FICTIONAL PRACTICE DOCUMENT"
SUMMARY = "Serious Case Review: Child T \u2014 Executive Summary"
LETTER = (
    "Letter from the Minister of State for Children and Families on the publication of serious case "
    "review overview reports, 23 June 2010 - FICTIONAL PRACTICE DOCUMENT"
)


# ------------------------------------------------------------------ citations in words


def test_cite_words_full():
    assert cite_words("Overview report", 12, "4.3") == "Overview report, p.\u00a012, para\u00a04.3"


def test_cite_words_names_a_footnote_by_its_number():
    assert cite_words("Overview report", 5, "footnote 3") == "Overview report, p.\u00a05, footnote\u00a03"


def test_cite_words_without_paragraph():
    assert cite_words("Executive summary", 4, None) == "Executive summary, p.\u00a04"


def test_short_titles_of_the_practice_corpus():
    assert short_title(OVERVIEW) == "Overview report"
    assert short_title(SUMMARY) == "Executive summary"
    assert short_title(LETTER) == "Letter, 23 June 2010"  # "letter" comes before "overview reports"


def test_clean_title_drops_shouting_labels_only():
    assert clean_title(OVERVIEW) == "Serious Case Review: Child T \u2014 Overview Report (Wendmere LSCB)"
    assert clean_title("CONFIDENTIAL") == "CONFIDENTIAL"  # nothing else left: keep it
    assert clean_title(None) == ""


def test_short_title_falls_back_to_title_then_file():
    assert short_title("Report into the death of a child in Eastmarch", "x.pdf") == (
        "Report into the death of a child in Eastmarch"
    )
    long = "A very long title " * 10
    assert len(short_title(long)) <= present.MAX_SHORT_TITLE
    assert short_title(long).endswith("\u2026")
    assert short_title("", "haringey-scr-2009.PDF") == "haringey-scr-2009"
    assert short_title(None, "") == "Untitled document"


def test_short_titles_disambiguate_by_year_then_title_then_file():
    names = short_titles({
        "first.pdf": "Serious Case Review Overview Report 2008",
        "second.pdf": "Serious Case Review Overview Report 2009",
        "summary.pdf": "Executive Summary",
    })
    assert names == {
        "first.pdf": "Overview report (2008)",
        "second.pdf": "Overview report (2009)",
        "summary.pdf": "Executive summary",
    }
    names = short_titles({"a.pdf": "Overview report: Child A", "b.pdf": "Overview report: Child B"})
    assert names == {"a.pdf": "Overview report: Child A", "b.pdf": "Overview report: Child B"}
    names = short_titles({"a.pdf": "Overview report", "b.pdf": "Overview report"})
    assert names == {"a.pdf": "Overview report (a.pdf)", "b.pdf": "Overview report (b.pdf)"}


def test_confidence_words():
    assert present.confidence_words(0.97) == "High"
    assert present.confidence_words(0.6) == "Medium"
    assert present.confidence_words(0.1) == "Low"
    assert present.confidence_words(None) == "Low"


def test_page_ranges():
    assert present.page_ranges([3, 4, 5, 9]) == "pp.\u00a03\u20135, 9"
    assert present.page_ranges([7]) == "p.\u00a07"
    assert present.page_ranges([]) == ""


# ------------------------------------------------------------------ highlighting


def test_highlight_marks_answer_inside_quote():
    quote = "Child T died on 13 November 2007, at the age of eighteen months."
    html = highlight(quote, "13 November 2007", quote.index("13"))
    assert html == "Child T died on <mark>13 November 2007</mark>, at the age of eighteen months."


def test_highlight_uses_offset_when_answer_occurs_twice():
    quote = "CC1 chaired it; CC1 also wrote the minutes."
    assert highlight(quote, "CC1", 16) == "CC1 chaired it; <mark>CC1</mark> also wrote the minutes."
    assert highlight(quote, "CC1", -1) == "<mark>CC1</mark> chaired it; CC1 also wrote the minutes."


def test_highlight_wrong_offset_falls_back_to_search():
    quote = "The meeting was on 29 August 2007."
    assert highlight(quote, "29 August 2007", 3) == "The meeting was on <mark>29 August 2007</mark>."


def test_highlight_ignores_case_and_whitespace_differences():
    quote = "The  review\ncost £41,250 in total."
    assert highlight(quote, "Review cost", -1) == "The  <mark>review\ncost</mark> £41,250 in total."


def test_highlight_escapes_before_marking():
    quote = 'He wrote <b>"urgent"</b> & left <script>alert(1)</script>.'
    html = highlight(quote, "<b>", -1)
    assert html.startswith("He wrote <mark>&lt;b&gt;</mark>&quot;urgent&quot;&lt;/b&gt; &amp; left")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # the only tags are ours
    assert re.findall(r"<[^>]+>", html) == ["<mark>", "</mark>"]


def test_highlight_escaping_does_not_shift_the_mark():
    quote = "A & B < C said: the date was 1 May 2007."
    html = highlight(quote, "1 May 2007", quote.index("1 May"))
    assert html == "A &amp; B &lt; C said: the date was <mark>1 May 2007</mark>."


@pytest.mark.parametrize(
    "answer",
    ["£5.00 (approx.)", "[redacted]", "a+b*c?", "^$|\\d{2}", "(1)", ".*"],
)
def test_highlight_regex_special_characters_are_literal(answer):
    quote = f"Before {answer} after."
    assert highlight(quote, answer, -1) == f"Before <mark>{esc(answer)}</mark> after."


def test_highlight_regex_special_characters_do_not_match_other_text():
    assert highlight("Nothing here.", ".*", -1) == "Nothing here."
    assert find_span("abc", "a.c") is None


def test_highlight_absent_or_empty_answer_only_escapes():
    assert highlight("x < y", None) == "x &lt; y"
    assert highlight("x < y", "") == "x &lt; y"
    assert highlight("x < y", "zzz") == "x &lt; y"
    assert highlight("", "a") == ""


# ------------------------------------------------------------------ escaping of whole blocks

XSS = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">'


def _tags(html: str) -> set[str]:
    return {m.lower() for m in re.findall(r"<\s*([a-zA-Z0-9]+)", html)}


ALLOWED = {"section", "p", "span", "blockquote", "mark", "ol", "li", "button", "h2", "h3", "div", "table", "thead",
           "tbody", "tr", "th", "td", "ul", "header", "h1", "a"}


def _answer(answerable=True):
    quote = f"The note said {XSS} on 5 May 2008."
    return {
        "question": f"What did the note say? {XSS}",
        "answer": "5 May 2008" if answerable else None,
        "answerable": answerable,
        "score": 0.91 if answerable else 0.2,
        "answer_start": quote.index("5 May") if answerable else -1,
        "citations": [
            {"file": "x<y>.pdf", "title": f"Title {XSS}", "page": 3, "paragraph": "1.2<b>",
             "quote": quote, "score": 0.91},
            {"file": "b.pdf", "title": "Executive Summary", "page": 1, "paragraph": None,
             "quote": f"Another {XSS}", "score": 0.5},
        ],
    }


@pytest.mark.parametrize("answerable", [True, False])
def test_answer_and_passages_escape_all_document_text(answerable):
    data = _answer(answerable)
    for html in (present.answer_html(data), present.passages_html(data)):
        assert _tags(html) <= ALLOWED, _tags(html)
        assert "<script" not in html.lower() and "<img" not in html.lower()
        assert "onerror=\"" not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in present.passages_html(data)


def test_answer_card_content():
    data = _answer(True)
    html = present.answer_html(data, {"x<y>.pdf": "Overview report"})
    assert "<mark>5 May 2008</mark>" in html
    assert "Overview report</span>, p.\u00a03, para\u00a01.2&lt;b&gt;" in html
    assert "High confidence" in html and "0.91" in html
    assert present.NOT_FOUND not in html


def test_abstention_says_not_found_and_lists_closest_passages():
    data = _answer(False)
    html = present.answer_html(data)
    assert present.NOT_FOUND in html
    assert "closest passages" in html
    passages = present.passages_html(data)
    assert "Closest passages" in passages and passages.count('<li class="scr-passage') == 2
    assert "<mark>" not in passages


def test_passages_are_buttons_with_indexes():
    html = present.passages_html(_answer(True), selected=1)
    assert html.count("<button") == 2
    assert 'data-index="0"' in html and 'data-index="1"' in html
    assert re.search(r'scr-passage is-selected" data-index="1"', html)


def test_documents_table_escapes_and_explains_skipped_pages():
    files = {
        "evil<x>.pdf": {"title": f"Overview report {XSS}", "pages": 10, "text_pages": 7, "passages": 40,
                        "status": "partial", "reason": None,
                        "problems": [{"page": 3, "reason": "no text layer (scanned or image-only?)"},
                                     {"page": 4, "reason": "no text layer (scanned or image-only?)"},
                                     {"page": 9, "reason": f"damaged {XSS}"}]},
    }
    html = present.documents_html(files)
    assert _tags(html) <= ALLOWED
    assert "evil&lt;x&gt;.pdf" in html
    assert "pp.\u00a03\u20134: no text layer (scanned or image-only?)" in html
    assert "7 of 10" in html
    assert "partial" in html


def test_documents_empty_index_message():
    assert "Nothing is indexed yet" in present.documents_html({}, "/tmp/idx")


def test_upload_report_escapes():
    html = present.upload_report_html(
        [{"file": "a<b>.pdf", "status": "indexed", "pages": 2, "passages": 5, "problems": []}],
        [("c<d>.pdf", "not a PDF <img src=x>")],
    )
    assert _tags(html) <= ALLOWED
    assert "a&lt;b&gt;.pdf" in html and "not a PDF &lt;img src=x&gt;" in html


def test_message_and_caption_escape():
    assert present.message_html("<img src=x onerror=alert(1)>", "error") == (
        '<div class="scr-card scr-message scr-error" role="status">&lt;img src=x onerror=alert(1)&gt;</div>'
    )
    caption = present.preview_caption_html(_answer()["citations"][0], None, "not_found", "<b>note</b>")
    assert "&lt;b&gt;note&lt;/b&gt;" in caption
    assert _tags(caption) <= ALLOWED


def test_abstention_gives_its_reason_escaped():
    data = {**_answer(False), "abstain_reason": "these documents never mention “<dog>”"}
    html = present.answer_html(data)
    assert "Why: these documents never mention “&lt;dog&gt;”." in html
    assert "Why:" not in present.answer_html(_answer(False))


def test_cite_words_names_page_ranges_and_printed_numbers():
    from ui.present import cite_words

    assert cite_words("Overview", 12, "4.3") == "Overview, p.\u00a012, para\u00a04.3"
    assert cite_words("Overview", 12, None, 13) == "Overview, pp.\u00a012–13"
    assert cite_words("Overview", 7, None, 7, "4") == "Overview, p.\u00a07 (printed p.\u00a04)"
    assert cite_words("Overview", 7, None, None, "7") == "Overview, p.\u00a07"  # the same number once
