"""ui.cards and ui.views (issue 17): what the answer card leads with, confidence in words, table rows as
cells, the relevance floor, copy text, agreement in Compare; ui.render: a quote found twice on a page."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pdf_factory import make_pdf

from ui import cards, render, views

ROOT = Path(__file__).resolve().parents[2]
ROW = "13 November 2007 | Child T dies."
SENTENCE = "The initial conference was chaired by CC1, a conference chair from the unit, on 21 February 2007."


def _answer(text, quote, level="high", kind="date", score=0.8, others=(), **extra):
    return {
        "question": "q?", "answer": text, "answerable": text is not None, "score": score,
        "confidence_level": level if text is not None else "", "question_type": kind,
        "answer_start": quote.find(text) if text else -1, "abstain_reason": "" if text else "the evidence is too weak",
        "citations": [{"file": "a.pdf", "title": "Overview Report", "page": 4, "page_end": 4, "page_label": None,
                       "paragraph": "3.1", "quote": quote, "score": score},
                      *[{"file": "a.pdf", "title": "Overview Report", "page": 5 + i, "page_end": 5 + i,
                         "page_label": None, "paragraph": None, "quote": q, "score": s}
                        for i, (q, s) in enumerate(others)]],
        **extra,
    }


def _text(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


# ------------------------------------------------------------------ what the card leads with


def test_high_confidence_typed_answer_is_the_headline():
    html = cards.answer_html(_answer("13 November 2007", ROW))
    assert '<p class="scr-short">13 November 2007</p>' in html
    assert "The reviews say" not in html


@pytest.mark.parametrize("level,kind,text", [
    ("medium", "date", "13 November 2007"),  # not confident enough
    ("high", "date", "Child T dies."),  # a "when" question answered without a date
    ("high", "reason", "Child T dies."),  # no type to check: the span is a guess at the answer's edges
    ("high", "person", "a conference chair from the unit"),  # a "who" answer that names no one
])
def test_otherwise_the_card_leads_with_the_sentence_and_marks_the_span(level, kind, text):
    quote = ROW if "dies" in text or "November" in text else SENTENCE
    html = cards.answer_html(_answer(text, quote, level=level, kind=kind))
    assert "scr-short" not in html
    assert '<p class="scr-lead">The reviews say:</p>' in html
    assert f"<mark>{text}</mark>" in html


def test_the_readers_type_check_wins_over_the_plain_one():
    fits = _answer("CC1", SENTENCE, kind="person", evidence={"features": {"typed": 1.0, "type_fit": 1.0}})
    misfit = _answer("CC1", SENTENCE, kind="person", evidence={"features": {"typed": 1.0, "type_fit": 0.0}})
    assert cards.leads_with_short(fits) and not cards.leads_with_short(misfit)


def test_a_clause_answer_marks_the_readers_short_answer_and_never_makes_it_the_headline():
    clause = SENTENCE[: SENTENCE.index(", a conference")]
    data = _answer(clause, SENTENCE, level="medium", kind="person", short_answer="CC1",
                   short_start=SENTENCE.index("CC1"))
    html = cards.answer_html(data)
    assert "<mark>CC1</mark>" in html and "scr-short" not in html
    # the reader was not sure of the span (it answered with the clause): not the headline even at high confidence
    assert not cards.leads_with_short({**data, "confidence_level": "high"})
    # the reader answered with the span itself, sure of it and of the asked type: the span is the headline
    sure = _answer("CC1", SENTENCE, level="high", kind="person", short_answer="CC1")
    assert cards.leads_with_short(sure)
    assert '<p class="scr-short">CC1</p>' in cards.answer_html(sure)
    assert cards.copy_text(sure).startswith("“CC1” — ")


def test_confidence_words_and_their_measured_meaning():
    fitted = json.loads((ROOT / "qa" / "reader" / "chooser.json").read_text())
    for band in fitted["levels"]:
        line = cards.confidence_meaning(band["name"])
        assert f"{round(100 * band['right'])}% of {band['n']} answers" in line
        assert cards.confidence_level(band["min"]) == band["name"]
    assert cards.confidence_level(0.0) == "low"
    assert "below the levels measured" in cards.confidence_meaning("low")
    html = cards.answer_html(_answer("13 November 2007", ROW, level="medium"))
    assert "Medium confidence" in html and cards.confidence_meaning("medium") in _text(html)


# ------------------------------------------------------------------ table rows, copy text


def test_a_table_row_is_shown_as_cells_without_the_separator():
    html = cards.quote_html(ROW, (0, len("13 November 2007")))
    assert " | " not in html and "|" not in _text(html)
    assert "<td><mark>13 November 2007</mark></td><td>Child T dies.</td>" in html
    # a span across cells is marked in each
    html = cards.quote_html(ROW, (3, len(ROW) - 3))
    assert html.count("<mark>") == 2


def test_plain_prose_keeps_its_own_bars():
    assert "<td>" not in cards.quote_html("A|B is not a row")


def test_copy_with_citation():
    names = {"a.pdf": "Overview report"}
    assert cards.copy_text(_answer("13 November 2007", ROW), names) == (
        "“13 November 2007” — Overview report, p. 4, para 3.1 (Overview Report)")
    medium = cards.copy_text(_answer("CC1", SENTENCE, level="medium", kind="person"), names)
    assert medium == f"“{SENTENCE}” — Overview report, p. 4, para 3.1 (Overview Report)"
    row = cards.copy_text(_answer("Child T dies.", ROW, level="medium", kind="reason"), names)
    assert row.startswith("“13 November 2007\tChild T dies.”")  # cells, as copying a table gives
    assert cards.copy_text(_answer(None, ROW), names) == ""
    html = cards.answer_html(_answer("13 November 2007", ROW), names, link="?q=When%3F")
    assert 'data-copy="“13 November 2007” — Overview report, p. 4, para 3.1 (Overview Report)"' in html
    assert 'href="?q=When%3F"' in html


def test_copy_text_is_escaped_in_its_attribute():
    html = cards.answer_html(_answer("5 May 2008", 'He said "<b>" on 5 May 2008.', level="medium"))
    assert "&lt;b&gt;" in html and 'data-copy="“He said &quot;&lt;b&gt;&quot;' in html


# ------------------------------------------------------------------ passages: the floor, abstention


def test_passages_below_the_floor_are_not_shown_and_scores_are_not_printed():
    data = _answer("13 November 2007", ROW, others=[("Relevant other passage.", 0.2), ("Noise.", 0.0)])
    html = cards.passages_html(data)
    assert "Relevant other passage." in html and "Noise." not in html
    assert "0.20" not in html and "0.80" not in html
    assert html.count('<li class="scr-passage') == 2


def test_abstention_marks_nothing_and_says_when_nothing_comes_close():
    data = _answer(None, ROW, score=0.3, others=[("Close one.", 0.3)])
    assert "<mark>" not in cards.passages_html(data) + cards.answer_html(data)
    assert "Closest passages" in cards.passages_html(data)
    assert "nothing is highlighted" in cards.answer_html(data)
    far = _answer(None, ROW, score=0.001, others=[("Far.", 0.0)])
    assert cards.passages_html(far) == ""
    assert "Nothing in the index comes close." in cards.answer_html(far)


# ------------------------------------------------------------------ Compare


@pytest.mark.parametrize("texts,line", [
    (["13 November 2007", "13/11/2007"], "agree on this date."),
    (["13 November 2007", "November 2007"], "less precisely"),
    (["13 November 2007", "14 November 2007"], "different dates"),
    (["18 recommendations", "18"], "agree on this figure"),
    (["18 recommendations", "12 recommendations"], "different figures"),
    (["the health visitor", "a social worker"], ""),  # different words are not a disagreement
    (["13 November 2007"], ""),
])
def test_agreement(texts, line):
    said = views.agreement(texts)
    assert (line in said) if line else said == ""


def test_compare_may_address_shows_the_quote_unmarked():
    doc = {"file": "a.pdf", "title": "Overview", "answer": None, "answerable": False, "score": 0.4,
           "citations": [{"file": "a.pdf", "title": "Overview", "page": 2, "paragraph": None,
                          "quote": "The meeting was held on 9 October 2023.", "score": 0.4}]}
    weak_floor = min(b["min"] for b in cards.levels())
    html = views.compare_html({"question": "When?", "documents": [doc]})
    if 0.4 >= weak_floor:
        assert "May address this" in html and "9 October 2023" in html and "<mark>" not in html
        assert "0 of 1 document address this question; 1 may address it" in html
    low = {**doc, "score": weak_floor / 2}
    assert views.NOT_ADDRESSED in views.compare_html({"question": "When?", "documents": [low]})


# ------------------------------------------------------------------ the box: one place, not the header


def test_a_quote_in_the_running_header_and_the_body_is_boxed_in_the_body(tmp_path):
    pdf = make_pdf(tmp_path / "h.pdf", [["Some text first.", "Dated 23 June 2010 in the body.", "More text."],
                                        ["Second page."]], header="Letter of 23 June 2010")
    match, rects = render.locate(pdf, 1, "23 June 2010")
    assert match.status == "found" and len(rects) == 1
    header_top = render.locate(pdf, 2, "Letter of 23 June 2010")[1]
    assert header_top == []  # on page 2 the quote is only in the running header: no box
    assert rects[0][3] < 842 - 60  # the body line, below the header
    assert "running header" in render.locate(pdf, 2, "23 June 2010")[0].note


def test_a_quote_twice_in_the_body_is_not_boxed(tmp_path):
    pdf = make_pdf(tmp_path / "t.pdf", [["The panel met on 2 May.", "Filler line.", "The panel met on 2 May."]])
    match, rects = render.locate(pdf, 1, "The panel met on 2 May.")
    assert match.status == "not_found" and rects == []
    assert "more than once" in match.note
    assert len(render.find_all_in_chars(list("ab ab ab"), "ab")) == 3


def test_closeup_is_the_boxed_part_of_the_page(tmp_path):
    pdf = make_pdf(tmp_path / "c.pdf", [["Line one.", "The quoted sentence is here.", "Line three."]])
    preview = render.render_page(pdf, 1, "The quoted sentence is here.")
    zoom = render.closeup(preview)
    assert zoom is not None and zoom.height < preview.image.height / 2 and zoom.width <= preview.image.width
    assert render.closeup(render.render_page(pdf, 1, None)) is None
    html = cards.closeup_html(zoom, "Overview report, p. 1")
    assert html.count("<img") == 1 and 'alt="Close-up of Overview report, p. 1, the quoted text boxed"' in html
