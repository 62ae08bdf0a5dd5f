"""ui.app handlers and ui.uploads, without a browser: asking, previews, uploads, file-name safety."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pdf_factory import make_pdf

from ui import app, present, uploads
from ui.uploads import UploadRejected, check_pdf, safe_filename, store_upload

# ------------------------------------------------------------------ file names


@pytest.mark.parametrize(
    "name, expected",
    [
        ("../../etc/passwd", "passwd.pdf"),
        ("..\\..\\windows\\evil.pdf", "evil.pdf"),
        ("/abs/path/report.pdf", "report.pdf"),
        (".hidden.pdf", "hidden.pdf"),
        ("...pdf", "upload.pdf"),
        ("..", "upload.pdf"),
        ("", "upload.pdf"),
        (None, "upload.pdf"),
        ("Overview Report.PDF", "Overview Report.pdf"),
        ("a<b>|c:d*.pdf", "a-b-c-d.pdf"),
        ("name\x00.pdf", "name.pdf"),
        ("r\u00e9sum\u00e9 (2009).pdf", "r\u00e9sum\u00e9 (2009).pdf"),
        ("report..final.pdf", "report.final.pdf"),
        ("notes.txt", "notes.txt.pdf"),
    ],
)
def test_safe_filename(name, expected):
    assert safe_filename(name) == expected


@given(st.text(max_size=300))
def test_safe_filename_is_always_a_plain_pdf_name(name):
    safe = safe_filename(name)
    assert safe.endswith(".pdf")
    assert "/" not in safe and "\\" not in safe and "\x00" not in safe
    assert ".." not in safe
    assert not safe.startswith((".", "-", " "))
    assert 5 <= len(safe) <= uploads.MAX_NAME_CHARS
    assert Path(safe).name == safe


# ------------------------------------------------------------------ upload checks


def test_check_pdf_accepts_a_pdf(tmp_path):
    pdf = make_pdf(tmp_path / "ok.pdf", [["1.1 Hello."]])
    check_pdf(pdf)


def test_check_pdf_rejects_non_pdf_even_with_pdf_extension(tmp_path):
    fake = tmp_path / "fake.pdf"
    fake.write_text("<html>not a pdf</html>")
    with pytest.raises(UploadRejected, match="not a PDF"):
        check_pdf(fake)


def test_check_pdf_rejects_empty_and_too_big(tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(UploadRejected, match="empty"):
        check_pdf(empty)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * 3000)
    with pytest.raises(UploadRejected, match="limit is"):
        check_pdf(big, max_bytes=1000)
    assert uploads.MAX_UPLOAD_BYTES == 50 * 1024 * 1024


def test_store_upload_stays_inside_the_upload_dir(tmp_path):
    pdf = make_pdf(tmp_path / "src.pdf", [["1.1 Hello."]])
    index_dir = tmp_path / "index"
    target = store_upload(pdf, "../../../../tmp/evil.pdf", index_dir)
    root = (index_dir / "uploads").resolve()
    assert root in target.parents
    assert target.name == "evil.pdf"
    assert target.read_bytes() == pdf.read_bytes()
    again = store_upload(pdf, "../../../../tmp/evil.pdf", index_dir)
    assert again == target  # same content, same place


def test_store_upload_rejects_non_pdf(tmp_path):
    fake = tmp_path / "x.pdf"
    fake.write_bytes(b"MZ\x90\x00 executable")
    with pytest.raises(UploadRejected):
        store_upload(fake, "x.pdf", tmp_path / "index")
    assert not (tmp_path / "index" / "uploads").exists() or not any((tmp_path / "index" / "uploads").iterdir())


# ------------------------------------------------------------------ handlers over a real index


def test_ask_question_on_the_practice_index(practice_index):
    state = app.UIState(practice_index)
    answer_html, passages_html, citations = app.ask_question(state, "When did Child T die?", None)
    assert "13 November 2007" in answer_html
    assert citations and {"file", "page", "quote"} <= set(citations[0])
    assert passages_html.count('<li class="scr-passage') == len(citations)
    image, caption = app.show_page(state, citations, 0)
    assert image is not None and image.size[0] == 1000
    first = citations[0]
    assert f"p.\u00a0{first['page']}" in caption


def test_ask_question_document_filter(practice_index):
    state = app.UIState(practice_index)
    letter = next(f for f in state.files() if "letter" in f)
    _, _, citations = app.ask_question(state, "When did Child T die?", [letter])
    assert citations and all(c["file"] == letter for c in citations)


def test_ask_question_messages(practice_index, tmp_path):
    state = app.UIState(practice_index)
    assert "Type a question" in app.ask_question(state, "   ", None)[0]
    assert "too long" in app.ask_question(state, "why " * 400, None)[0]
    assert "not in this index" in app.ask_question(state, "When?", ["nope.pdf"])[0]
    missing = app.UIState(str(tmp_path / "no-index"))
    html, passages, cites = app.ask_question(missing, "When did Child T die?", None)
    assert "no index" in html and passages == "" and cites == []
    assert "Nothing is indexed yet" in app.documents_view(missing)


def test_show_page_without_citations_or_file():
    state = app.UIState("/nonexistent")
    image, caption = app.show_page(state, [], 0)
    assert image is None and "Ask a question" in caption
    image, caption = app.show_page(state, [{"file": "gone.pdf", "title": "", "page": 1, "paragraph": None,
                                            "quote": "x", "score": 0.1}], 0)
    assert image is None and "no longer in the index" in caption


def test_uploads_are_checked_stored_and_indexed(tmp_path):
    index_dir = tmp_path / "index"
    (tmp_path / "in").mkdir()
    good = make_pdf(tmp_path / "in" / "Review report.pdf", [[
        "1.1 The review was commissioned by the Eastmarch board on 4 March 2009.",
        "1.2 The independent author was appointed on 18 March 2009.",
    ]], title="Overview Report of the Eastmarch review")
    fake = tmp_path / "in" / "fake.pdf"
    fake.write_text("this is not a pdf")
    events = []

    class Progress:  # like gr.Progress: callable, and falsy (it has __len__)
        def __len__(self):
            return 0

        def __call__(self, *args, **kwargs):
            events.append(args)

    state = app.UIState(str(index_dir))
    html = app.add_uploads(state, [str(good), str(fake)], progress=Progress())
    assert "fake.pdf" in html and "not a PDF" in html
    assert re.search(r"Review report\.pdf</span>: indexed", html)
    assert events and events[-1][0] == pytest.approx(1.0)
    files = state.files()
    assert list(files) == ["Review report.pdf"]
    path = Path(files["Review report.pdf"]["path"])
    assert (index_dir / "uploads").resolve() in path.parents
    assert "Overview report" in app.documents_view(state)
    # only the folder the index refers to is kept
    assert [p.name for p in (index_dir / "uploads").iterdir()] == [path.parent.name]
    answer_html, _, citations = app.ask_question(state, "When was the independent author appointed?", None)
    assert "18 March 2009" in answer_html
    assert citations[0]["file"] == "Review report.pdf"

    # the same file again: nothing to do; a second file: only it is reported
    other = make_pdf(tmp_path / "in" / "letter.pdf", [["Dear Chair, the review was published on 2 May 2010."]])
    html = app.add_uploads(state, [str(good), str(other)])
    assert "Review report.pdf</span>: already indexed (unchanged)" in html
    assert "letter.pdf</span>: indexed" in html
    assert sorted(state.files()) == ["Review report.pdf", "letter.pdf"]
    # a changed file under the same name replaces the indexed one
    (tmp_path / "changed").mkdir()
    changed = make_pdf(tmp_path / "changed" / "Review report.pdf", [["1.1 The independent author was appointed on 25 March 2009."]])
    html = app.add_uploads(state, [str(changed)])
    assert "replaces the version indexed before" in html and "letter.pdf" not in html
    answer_html, _, _ = app.ask_question(state, "When was the independent author appointed?", None)
    assert "25 March 2009" in answer_html
    assert len(list((index_dir / "uploads").iterdir())) == 2  # the old version's folder is gone


def test_only_rejections_do_not_build(tmp_path):
    fake = tmp_path / "fake.pdf"
    fake.write_text("nope")
    state = app.UIState(str(tmp_path / "index"))
    html = app.add_uploads(state, [str(fake)])
    assert "not a PDF" in html
    assert not (tmp_path / "index" / "CURRENT").exists()
    assert app.add_uploads(state, []) == ""


# ------------------------------------------------------------------ app and serve settings


def test_serve_defaults_are_local():
    params = inspect.signature(app.serve).parameters
    assert params["host"].default == "127.0.0.1"
    assert params["port"].default == 7860
    assert app.CONCURRENCY > 1


def test_analytics_are_off():
    import os

    assert os.environ["GRADIO_ANALYTICS_ENABLED"] == "False"


def test_build_app(practice_index):
    demo = app.build_app(practice_index)
    assert demo.analytics_enabled is False
    assert isinstance(demo.scr_state, app.UIState)


def test_examples_are_drawn_from_the_index_and_answered(practice_index, tmp_path):
    import qa
    from qa import store

    state = app.UIState(practice_index)
    examples = state.examples()
    assert 3 <= len(examples) <= 5, examples
    text = " ".join(f"{p.section or ''} {p.text}" for p in store.load(practice_index).passages).lower()
    for question in examples:
        answer = qa.ask(question, practice_index, 1)
        assert answer.answerable and answer.confidence_level in ("high", "medium"), question
        assert present.NOT_FOUND not in app.ask_question(state, question, None)[0]
        # the thing asked about is in this index: a person, an event or a heading of its passages
        subject = re.split(r"\b(?:about|was|were)\s+(?:the\s+)?", question.rstrip("?").lower())[-1]
        assert subject in text, (question, subject)
    assert app.UIState(str(tmp_path / "none")).examples() == []  # no index, no examples
