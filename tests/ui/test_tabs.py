"""The Compare and Timeline tabs without a browser: their HTML (escaped, in words), handlers and plot."""

from __future__ import annotations

import re

import pytest

from ui import app, present
from ui.plots import event_day, timeline_plot

XSS = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">'
ALLOWED = {"section", "p", "span", "blockquote", "mark", "ol", "li", "button", "h3", "div", "table", "thead",
           "tbody", "tr", "th", "td", "ul", "header", "h1", "h2", "article"}


def _tags(html: str) -> set[str]:
    return {m.lower() for m in re.findall(r"<\s*([a-zA-Z0-9]+)", html)}


def _safe(html: str) -> None:
    assert _tags(html) <= ALLOWED, _tags(html)
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert 'onerror="' not in html


def _comparison():
    quote = f"The note said {XSS} on 5 May 2008."
    return {
        "question": f"When? {XSS}",
        "documents": [
            {"file": "a<b>.pdf", "title": f"Overview report {XSS}", "answer": "5 May 2008", "answerable": True,
             "score": 0.91, "answer_start": quote.index("5 May"),
             "citations": [{"file": "a<b>.pdf", "title": f"Overview report {XSS}", "page": 3, "paragraph": "1.2",
                            "quote": quote, "score": 0.91}]},
            {"file": "c.pdf", "title": "Executive summary", "answer": None, "answerable": False, "score": 0.1,
             "citations": [{"file": "c.pdf", "title": "Executive summary", "page": 1, "paragraph": None,
                            "quote": f"Closest {XSS}", "score": 0.1}]},
        ],
    }


def _events():
    return [
        {"date": "2008-05-05", "precision": "day", "date_text": "05/05/08", "event": f"05/05/08 Note typed {XSS}.",
         "citations": [{"file": "a<b>.pdf", "title": f"Overview report {XSS}", "page": 3, "paragraph": "1.2"},
                       {"file": "c.pdf", "title": "Executive summary", "page": 1, "paragraph": None}]},
        {"date": "2008-06", "precision": "month", "date_text": "June 2008", "event": "In June 2008 the panel met.",
         "citations": [{"file": "c.pdf", "title": "Executive summary", "page": 2, "paragraph": "4"}]},
    ]


# ------------------------------------------------------------------ Compare cards


def test_compare_cards_escape_everything_and_say_not_addressed():
    html = present.compare_html(_comparison(), {"a<b>.pdf": "Overview report", "c.pdf": "Executive summary"}, selected=0)
    _safe(html)
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert html.count('<article class="scr-card scr-cmp') == 2
    assert "<mark>5 May 2008</mark>" in html  # the answer emphasised inside its quote
    assert "Overview report</span>, p.\u00a03, para\u00a01.2" in html  # the citation in words
    assert present.NOT_ADDRESSED in html and "Closest" not in html  # an abstaining card shows no quote
    assert "1 of 2 documents address this question" in html
    assert re.search(r'scr-pick is-selected" data-index="0"', html)
    assert html.count(">Show page</button>") == 1 and 'data-index="1"' in html


def test_compare_without_documents_is_a_message():
    assert "nothing to compare" in present.compare_html({"question": "q", "documents": []})


# ------------------------------------------------------------------ Timeline table


def test_timeline_table_escapes_marks_the_date_and_lists_sources():
    names = {"a<b>.pdf": "Overview report", "c.pdf": "Executive summary"}
    html = present.timeline_html(_events(), names, selected=1)
    _safe(html)
    assert "&lt;img src=x" in html
    assert "<mark>05/05/08</mark> Note typed" in html
    assert "2008-05-05" in html and "2008-06" in html  # the normalised date beside the date as written
    assert html.count('<tr class="scr-pick scr-event') == 2
    assert re.search(r'scr-event is-selected" data-index="1"', html)
    assert 'data-index="0" data-cite="1"' in html  # each source opens its own page
    assert "Overview report, p.\u00a03, para\u00a01.2" in html and "Executive summary, p.\u00a01" in html
    assert "2 events" in html


def test_timeline_empty_and_filtered_messages():
    assert "No dated events" in present.timeline_html([], total=0)
    html = present.timeline_html([], total=12, query=f"zzz {XSS}")
    _safe(html)
    assert "No event matches" in html
    assert "1 of 5 events match" in present.timeline_html(_events()[:1], total=5, query="note")


# ------------------------------------------------------------------ plot


def test_event_day_places_every_precision():
    assert str(event_day("2007-08-03")) == "2007-08-03"
    assert str(event_day("2007-08")) == "2007-08-15"
    assert str(event_day("2007")) == "2007-07-01"
    assert event_day("--08-03") is None


def test_timeline_plot_draws_one_row_per_document():
    image = timeline_plot(_events(), {"a<b>.pdf": "Overview report", "c.pdf": "Executive summary"}, selected=0)
    assert image is not None and image.mode == "RGB"
    assert image.size[0] == 1300 and 150 < image.size[1] < 400
    assert timeline_plot([]) is None


# ------------------------------------------------------------------ handlers on the practice index


@pytest.fixture(scope="module")
def state(practice_index):
    return app.UIState(practice_index)


def test_compare_handler_and_page_preview(state):
    html, targets, result = app.compare_question(state, "When did Child T die?", None)
    assert [d["file"] for d in result["documents"]] == [t and t["file"] for t in targets] or len(result["documents"]) == 3
    assert html.count('<article class="scr-card scr-cmp') == 3
    assert "13 November 2007" in html and "<mark>" in html
    assert len(targets) == 3 and all(t is None or t["page"] >= 1 for t in targets)
    image, caption = app.show_compare_page(state, targets)
    assert image is not None and image.size[0] == 1000
    assert "Quoted text highlighted" in caption
    _, caption = app.show_compare_page(state, [None])
    assert "Select a document" in caption


def test_compare_handler_messages(state, tmp_path):
    assert "Type a question" in app.compare_question(state, "  ", None)[0]
    assert "too long" in app.compare_question(state, "x" * 2000, None)[0]
    html, targets, result = app.compare_question(app.UIState(str(tmp_path / "none")), "When?", None)
    assert "scr-error" in html and targets == [] and result == {}


def test_timeline_handler_filter_and_event_page(state):
    html, image, rows = app.timeline_view(state, "", None)
    assert len(rows) >= 40 and image is not None
    assert f"{len(rows)} events" in html
    html, image, rows = app.timeline_view(state, "strategy meeting", None)
    assert rows and "strategy meeting" in html and "match" in html
    assert all("quote" in c and "date_text" in c for r in rows for c in r["citations"])
    first = next(i for i, r in enumerate(rows) if r["date"] == "2007-01-30")
    for cite in range(len(rows[first]["citations"])):
        image, caption = app.show_event_page(state, rows, first, cite)
        assert image is not None
        assert "highlighted" in caption, caption  # the event's statement is boxed on its page
    letter = [f for f in state.files() if f.startswith("dcyp")]
    _, _, rows = app.timeline_view(state, "", letter)
    assert rows and all(c["file"] == letter[0] for r in rows for c in r["citations"])
    assert "Select an event" in app.show_event_page(state, [], 0)[1]


def test_app_has_the_new_tabs(practice_index):
    demo = app.build_app(practice_index)
    config = demo.get_config_file()
    labels = {c.get("props", {}).get("label") for c in config["components"]}
    assert {"Ask", "Compare", "Timeline", "Documents"} <= labels
    ids = {c.get("props", {}).get("elem_id") for c in config["components"]}
    assert {"scr-compare-question", "scr-compare-cards", "scr-timeline-table", "scr-timeline-plot",
            "scr-timeline-query", "scr-compare-preview", "scr-timeline-preview"} <= ids
