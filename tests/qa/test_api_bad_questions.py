"""Bad questions never crash or hang ``qa.ask``: each gives a clear ValueError or a normal, verbatim answer.

Every call runs in a worker thread with a generous timeout, so a hang fails the test instead of stalling
the suite; no speed is asserted.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

import pytest
from conftest import ANSWER_KEYS

import qa
from qa import api
from qa.clean import collapse, valid_unicode

CALL_TIMEOUT_S = 300  # far above any sane answer time: only a hang reaches it

BAD_QUESTIONS = {
    "empty": "",
    "whitespace": "   \n\t  \r\n ",
    "punctuation only": "?!.,;:-\u2014\u2026()[]\"'/\\*&^%$#@~`",
    "control characters only": "\x00\x01\x02\x03\x07\x1b\x7f",
    "zero-width and direction marks only": "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2069\ufeff",
    "emoji only": "\U0001F476\U0001F4A5\U0001F525\U0001F64F\u2764\ufe0f",
    "10,000 characters of words": ("When did Child T die? " + "the social worker visited the home " * 400)[:10_000],
    "10,000 identical letters": "a" * 10_000,
    "10,000 characters without spaces": "WhendidChildTdie" * 625,
    "10,000 question marks": "?" * 10_000,
    "NUL inside a question": "When did\x00 Child T\x00 die?",
    "control characters inside": "When\x01 did\x02 Child T\x07 die?\x7f",
    "ANSI colour codes": "When did \x1b[31mChild T\x1b[0m die?",
    "RTL override around a question": "\u202eWhen did Child T die?\u202c",
    "RTL marks between words": "When\u200f did\u200f Child\u200f T\u200f die?",
    "emoji inside": "\U0001F476 When did Child T \U0001F480 die? \U0001F64F",
    "Arabic": "\u0645\u062a\u0649 \u0645\u0627\u062a \u0627\u0644\u0637\u0641\u0644\u061f",
    "Hebrew with RTL mark": "\u200f\u05de\u05ea\u05d9 \u05de\u05ea \u05d4\u05d9\u05dc\u05d3?",
    "combining marks (zalgo)": "W\u0336\u0321h\u0337\u0322e\u0338n\u0335 d\u0334i\u0333d C\u0332hild T d\u0331ie?",
    "lone surrogates": "\ud800When did Child T die?\udfff",
    "line and paragraph separators": "When\u2028did Child T\u2029die?",
    "CRLF and tabs": "When\r\ndid\tChild T\r\ndie?",
    "digits only": "2007",
    "a decimal": "3.14",
    "ligatures and full-width": "\ufb01rst \uff37\uff48\uff45\uff4e did Child T die?",
    "HTML and script": "<script>alert(1)</script> When did Child T die?",
    "SQL-ish": "'; DROP TABLE passages; -- When did Child T die?",
    "format string": "{0} %s %n {__class__} When did Child T die?",
    "private use and non-characters": "\ue000\uf8ff\ufffe\uffff When did Child T die?",
    "astral letters": "\U0001D54E\U0001D559\U0001D556\U0001D55F did Child T die?",
}


def ask_with_timeout(question: str, index_dir: str, **options):
    """qa.ask in a worker thread; returns ("answer", Answer) or ("error", exception); fails on a hang."""
    pool = ThreadPoolExecutor(max_workers=1)
    future = pool.submit(qa.ask, question, index_dir, **options)
    try:
        return "answer", future.result(timeout=CALL_TIMEOUT_S)
    except FutureTimeout:
        pytest.fail(f"qa.ask hung on {question[:60]!r}: no result after {CALL_TIMEOUT_S} s")
    except Exception as exc:  # noqa: BLE001 - judged by the caller
        return "error", exc
    finally:
        pool.shutdown(wait=False)


def check_answer(answer, index_dir: str) -> None:
    """A normal answer: the fixed schema, JSON-safe, and every quote verbatim on its cited page."""
    data = answer.to_dict()
    json.dumps(data, ensure_ascii=True)  # serialisable (the CLI prints it)
    assert set(data) == ANSWER_KEYS
    assert isinstance(data["answerable"], bool)
    assert 0.0 <= data["score"] <= 1.0
    pages = api.load_index(index_dir).search.pages_text
    for c in data["citations"]:
        assert c["page"] >= 1
        page = collapse(pages[(c["file"], c["page"])])
        assert collapse(c["quote"]) in page, (c["quote"], c["file"], c["page"])
    if data["answerable"]:
        assert data["answer"] and data["citations"]
        assert collapse(data["answer"]) in collapse(data["citations"][0]["quote"])
    else:
        assert data["answer"] is None


@pytest.mark.parametrize("name", list(BAD_QUESTIONS))
def test_bad_question_gives_a_clear_error_or_a_normal_answer(name, practice_index):
    question = BAD_QUESTIONS[name]
    kind, result = ask_with_timeout(question, practice_index)
    if kind == "error":
        assert isinstance(result, ValueError), f"{name}: crashed with {type(result).__name__}: {result}"
        assert str(result).strip(), f"{name}: a ValueError without a message"
    else:
        check_answer(result, practice_index)
        # echoed as asked, except that text UTF-8 cannot hold (lone surrogates) becomes U+FFFD
        assert result.question == valid_unicode(question)
        result.question.encode("utf-8")


@pytest.mark.parametrize("name", ["empty", "whitespace", "punctuation only", "control characters only",
                                  "zero-width and direction marks only", "emoji only", "10,000 question marks"])
def test_questions_without_words_are_refused_with_a_message(name, practice_index):
    kind, result = ask_with_timeout(BAD_QUESTIONS[name], practice_index)
    assert kind == "error" and isinstance(result, ValueError), (kind, result)
    assert "empty" in str(result) or "question" in str(result)


@pytest.mark.parametrize("name", ["NUL inside a question", "control characters inside", "RTL override around a question",
                                  "RTL marks between words", "emoji inside", "CRLF and tabs",
                                  "ANSI colour codes"])
def test_noise_around_a_real_question_still_finds_the_answer(name, practice_index):
    kind, answer = ask_with_timeout(BAD_QUESTIONS[name], practice_index)
    assert kind == "answer", answer
    check_answer(answer, practice_index)
    assert answer.short_answer == "13 November 2007" and "13 November 2007" in answer.answer, (name, answer.to_dict())


@pytest.mark.parametrize("value", [None, 42, b"When did Child T die?", ["When?"]])
def test_a_question_that_is_not_a_string_is_a_type_error(value, practice_index):
    kind, result = ask_with_timeout(value, practice_index)
    assert kind == "error" and isinstance(result, TypeError), (kind, result)


@pytest.mark.parametrize("name", list(BAD_QUESTIONS))
def test_the_ui_handler_answers_every_bad_question_with_html(name, practice_index):
    from ui import app

    state = app.UIState(practice_index)
    pool = ThreadPoolExecutor(max_workers=1)
    future = pool.submit(app.ask_question, state, BAD_QUESTIONS[name], None)
    try:
        answer_html, passages_html, citations = future.result(timeout=CALL_TIMEOUT_S)
    except FutureTimeout:
        pytest.fail(f"the UI handler hung on {name}")
    finally:
        pool.shutdown(wait=False)
    assert isinstance(answer_html, str) and answer_html.strip()
    assert isinstance(passages_html, str) and isinstance(citations, list)
    assert "<script>alert" not in answer_html + passages_html  # document and question text is escaped


def test_the_cli_answers_a_question_with_undecodable_bytes(practice_index):
    """Bytes that are not UTF-8 reach Python as lone surrogates ("\\udcff"); the shipped pipeline embeds them."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    exe = os.fsencode(Path(sys.executable).with_name("scr-qa"))
    out = subprocess.run([exe, b"ask", b"\xff\xfe When did Child T die? \xc3", b"--index-dir",
                          os.fsencode(practice_index), b"--json"], capture_output=True, timeout=600)
    assert out.returncode == 0, out.stderr.decode("utf-8", "replace")
    # (the question is echoed back byte for byte, so stdout is not valid UTF-8: decode as the shell gave it)
    assert json.loads(out.stdout.decode("utf-8", "surrogateescape"))["short_answer"] == "13 November 2007"
