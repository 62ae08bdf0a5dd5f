"""qa.compare: one question, each document answering (verbatim, cited) or abstaining on its own."""

from __future__ import annotations

import json

import pytest
from conftest import PRACTICE, as_printed, cited_text

import qa
from qa.cli import main
from qa.compare import ADDRESSED

LETTER = "dcyp-minister-letter-2010-06-23.pdf"
SUMMARY = "wendmere-scr-executive-summary.pdf"
OVERVIEW = "wendmere-scr-overview-report.pdf"
CITATION_KEYS = {"file", "title", "page", "paragraph", "quote", "score"}


def test_one_entry_per_document_in_manifest_order_with_the_ask_schema(practice_index):
    result = qa.compare("When did Child T die?", practice_index)
    data = result.to_dict()
    assert set(data) == {"question", "documents"}
    assert data["question"] == "When did Child T die?"
    assert [d["file"] for d in data["documents"]] == [LETTER, SUMMARY, OVERVIEW]
    for doc in data["documents"]:
        assert set(doc) == {"file", "title", "answer", "answerable", "score", "citations", "short_answer"}
        assert doc["title"] and 0.0 <= doc["score"] <= 1.0
        for citation in doc["citations"]:
            assert set(citation) >= CITATION_KEYS
            assert citation["file"] == doc["file"]  # each document answers from itself only
    json.dumps(data)  # plain JSON
    by_file = {d["file"]: d for d in data["documents"]}
    for file in (SUMMARY, OVERVIEW):
        doc = by_file[file]
        assert doc["answerable"] and "13 November 2007" in doc["answer"]
        first = doc["citations"][0]
        assert doc["answer"] in first["quote"]
        assert as_printed(first["quote"]) in cited_text(PRACTICE / file, first)


def test_a_document_that_does_not_address_the_question_abstains(practice_index):
    question = "Why does the minister want copies sent to the Department before publication?"
    by_file = {d.file: d for d in qa.compare(question, practice_index).documents}
    letter = by_file[LETTER]
    assert letter.answerable and "not taken by surprise" in letter.answer
    assert letter.citations[0].page == 2
    for file in (SUMMARY, OVERVIEW):
        doc = by_file[file].to_dict()
        assert doc["answerable"] is False and doc["answer"] is None


def test_each_document_gets_the_same_answer_as_asking_it_alone(practice_index):
    question = "Who chaired the initial child protection conference?"
    result = qa.compare(question, practice_index)
    for doc in result.documents:
        alone = qa.ask(question, practice_index, 3, files=[doc.file])
        assert doc.score == pytest.approx(alone.score)
        assert [c.to_dict() for c in doc.citations] == [c.to_dict() for c in alone.citations]
        # the compare bar is stricter than ask's, never looser
        assert doc.answerable == (alone.answerable and alone.score >= ADDRESSED)
        if doc.answerable:
            assert doc.answer == alone.answer and doc.short_answer == alone.short_answer
    overview = next(d for d in result.documents if d.file == OVERVIEW)
    assert overview.answerable and overview.short_answer.startswith("CC1") and "CC1" in overview.answer


def test_files_restricts_and_unknown_files_are_refused(practice_index):
    result = qa.compare("When did Child T die?", practice_index, files=[OVERVIEW, SUMMARY])
    assert [d.file for d in result.documents] == [SUMMARY, OVERVIEW]  # index order, not the caller's
    with pytest.raises(ValueError, match="not in this index"):
        qa.compare("When did Child T die?", practice_index, files=["nope.pdf"])


def test_qa_compare_stays_callable_after_the_module_is_imported(practice_index):
    import importlib

    importlib.import_module("qa.compare")
    first = qa.compare("When did Child T die?", practice_index, files=[SUMMARY])
    second = qa.compare("When did Child T die?", practice_index, files=[SUMMARY])
    assert first.to_dict() == second.to_dict()


def test_cli_compare_text_and_json(practice_index, capsys):
    question = "Why does the minister want copies sent to the Department before publication?"
    assert main(["compare", question, "--index-dir", practice_index, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["answerable"] for d in data["documents"]] == [True, False, False]
    assert main(["compare", question, "--index-dir", practice_index]) == 0
    out = capsys.readouterr().out
    assert out.count("Not addressed in this document.") == 2
    assert "not taken by surprise" in out and "p. 2" in out
