"""The eval's gold files are checkable and checked: every acceptable answer (and every timeline date) is on a
page it names. And the metrics mean what eval/README.md says."""


import pytest
from conftest import PRACTICE, ROOT

from qa.evaluate import (
    Gold,
    aggregate,
    answer_hit,
    check_questions,
    exact_match,
    load_questions,
    failures_markdown,
    load_timeline_gold,
    paragraph_miss,
    score_one,
    token_f1,
)

QUESTIONS = ROOT / "eval" / "questions.jsonl"
HELDOUT = ROOT / "eval" / "heldout"


def test_every_practice_answer_is_on_a_listed_page():
    golds = load_questions(QUESTIONS)
    assert len(golds) >= 120
    assert sum(1 for g in golds if not g.answerable) >= 0.1 * len(golds)
    assert check_questions(golds, PRACTICE) == []


@pytest.mark.skipif(not (HELDOUT / "questions.jsonl").is_file(), reason="no held-out set in eval/heldout")
def test_every_heldout_answer_is_on_a_listed_page():
    assert check_questions(load_questions(HELDOUT / "questions.jsonl"), HELDOUT) == []


DEV = sorted(path.parent for path in (ROOT / "eval" / "dev").glob("*/questions.jsonl"))


@pytest.mark.parametrize("corpus", DEV, ids=[path.name for path in DEV])
def test_every_development_corpus_answer_is_on_a_listed_page(corpus):
    assert check_questions(load_questions(corpus / "questions.jsonl"), corpus) == []


def test_written_near_misses_are_unanswerable_questions_of_known_sets():
    """eval/nearmiss/<set>.jsonl: near misses written for the development sets (the practice corpus, the held-out
    review, data/designed and every eval/dev corpus), at least 20 each, unanswerable, ids unique across sets."""
    files = sorted((ROOT / "eval" / "nearmiss").glob("*.jsonl"))
    assert files
    sets = {"practice", "heldout", "designed"} | {path.name for path in DEV}
    ids = set()
    for path in files:
        assert path.stem in sets, path
        golds = load_questions(path)
        assert len(golds) >= 20 and not any(g.answerable for g in golds), path
        assert not ids & {g.id for g in golds}
        ids |= {g.id for g in golds}


def test_every_timeline_date_text_is_on_a_listed_page():
    events = load_timeline_gold(ROOT / "eval" / "timeline_gold.jsonl")
    assert len(events) >= 40
    as_questions = [
        Gold(id=e.id, question="", answers=[e.date_text], file=e.file, pages=e.pages, type="date",
             alt=[{"file": a["file"], "pages": a["pages"]} for a in e.also if a.get("date_text", e.date_text) == e.date_text])
        for e in events
    ]
    assert check_questions(as_questions, PRACTICE) == []


def test_the_checker_catches_an_answer_that_is_not_on_its_page(tmp_path):
    bad = Gold(id="x", question="?", answers=["21 February 2007"], file="wendmere-scr-overview-report.pdf", pages=[2], type="date")
    problems = check_questions([bad], PRACTICE)
    assert problems and "not on any listed page" in problems[0]


def test_malformed_questions_files_name_the_line(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text('{"id": "a", "question": "ok?", "answers": [], "type": "unanswerable"}\n{"id": "b"}\n')
    with pytest.raises(ValueError, match="line 2"):
        load_questions(path)
    path.write_text('{"id": "a", "question": "When?", "answers": ["x"], "type": "date"}\n')
    with pytest.raises(ValueError, match="needs a file and pages"):
        load_questions(path)


def test_metrics():
    assert exact_match("The 21 February 2007.", ["21 february 2007"]) == 1.0
    assert token_f1("on 21 February", ["21 February 2007"]) == pytest.approx(2 * (2 / 3) * (2 / 3) / (4 / 3))
    assert answer_hit("four nights", ["four nights"]) == 1.0
    assert answer_hit("four", ["four nights"]) == 0.0  # a hit contains the accepted answer
    assert answer_hit("in 2007", ["20"]) == 0.0  # whole words only
    assert answer_hit(" ".join(["word"] * 30) + " eight", ["eight"]) == 0.0  # longer than 30 tokens
    assert answer_hit("LS1, SW2 and TM2", ["LS1", "SW2", "SM"], require_all=True) == 0.0
    assert answer_hit(None, ["x"]) == 0.0


def test_scoring_a_question_and_aggregating():
    gold = Gold(id="q", question="?", answers=["18"], file="a.pdf", pages=[3], type="number", alt=[{"file": "b.pdf", "pages": [5]}])
    answer = {"answer": "18 recommendations", "answerable": True, "score": 0.9,
              "citations": [{"file": "b.pdf", "page": 5}, {"file": "a.pdf", "page": 3}]}
    row = score_one(gold, answer)
    assert (row["hit"], row["cite1"], row["mrr"], row["recall@1"]) == (1.0, 1.0, 1.0, 1.0)
    unanswerable = Gold(id="u", question="?", answers=[], file=None, pages=[], type="unanswerable")
    abstained = score_one(unanswerable, {"answer": None, "answerable": False, "score": 0.1, "citations": []})
    wrongly = score_one(gold, {"answer": None, "answerable": False, "score": 0.1, "citations": []})
    totals = aggregate([row, abstained, wrongly])
    assert totals["abstain_precision"] == 0.5 and totals["abstain_recall"] == 1.0
    assert totals["abstain_on_answerable"] == 0.5 and totals["hit"] == 0.5


def test_the_first_citations_paragraph_is_scored_where_the_gold_names_one(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text('{"id": "p", "question": "?", "answers": ["x"], "file": "a.pdf", "pages": [4], "type": "factoid", '
                    '"paragraphs": ["4.22"]}\n', encoding="utf-8")
    gold = load_questions(path)[0]
    assert gold.paragraphs == ["4.22"]
    right = score_one(gold, {"answer": "x", "answerable": True, "score": 0.9,
                             "citations": [{"file": "a.pdf", "page": 4, "paragraph": "4.22."}]})
    other = score_one(gold, {"answer": "x", "answerable": True, "score": 0.9,
                             "citations": [{"file": "a.pdf", "page": 4, "paragraph": "4.2"}]})
    off_page = score_one(gold, {"answer": "x", "answerable": True, "score": 0.9,
                                "citations": [{"file": "a.pdf", "page": 5, "paragraph": "4.22"}]})
    unnumbered = Gold(id="u", question="?", answers=["x"], file="a.pdf", pages=[4], type="factoid")
    plain = score_one(unnumbered, {"answer": "x", "answerable": True, "score": 0.9,
                                   "citations": [{"file": "a.pdf", "page": 4, "paragraph": None}]})
    assert (right["cite1_para"], other["cite1_para"], off_page["cite1_para"]) == (1.0, 0.0, 0.0)
    assert "cite1_para" not in plain  # only questions whose gold names a paragraph count
    totals = aggregate([right, other, off_page, plain])
    assert totals["para_questions"] == 3 and totals["cite1_para"] == pytest.approx(1 / 3, abs=1e-4)
    assert aggregate([plain])["cite1_para"] is None



def test_para_at_1_own_doc_leaves_out_first_citations_of_another_document_stating_the_answer():
    gold = Gold(id="p", question="?", answers=["x"], file="report.pdf", pages=[4], type="factoid",
                alt=[{"file": "summary.pdf", "pages": [2]}], paragraphs=["4.22"])

    def cited(file, page, paragraph):
        return score_one(gold, {"answer": "x", "answerable": True, "score": 0.9,
                                "citations": [{"file": file, "page": page, "paragraph": paragraph}]})

    right, summary = cited("report.pdf", 4, "4.22"), cited("summary.pdf", 2, "3")
    off = cited("summary.pdf", 7, "3")  # another document, not on a gold page: a miss in both measures
    assert (right["cite1_para_doc"], off["cite1_para_doc"]) == (1.0, 0.0)
    assert summary["cite1_para"] == 0.0 and "cite1_para_doc" not in summary
    totals = aggregate([right, summary, off])
    assert totals["cite1_para"] == pytest.approx(1 / 3, abs=1e-4)
    assert totals["para_doc_questions"] == 2 and totals["cite1_para_doc"] == 0.5

def test_a_right_answer_citing_another_paragraph_is_listed_in_the_failures_report(tmp_path):
    """para@1 loses more than hit and cite@1 where a right answer's first citation names another paragraph:
    those questions are listed apart in failures.md, with the paragraph cited and the gold's."""
    path = tmp_path / "q.jsonl"
    path.write_text('{"id": "p", "question": "Who?", "answers": ["x"], "file": "a.pdf", "pages": [4], '
                    '"type": "factoid", "paragraphs": ["4.22"]}\n', encoding="utf-8")
    gold = load_questions(path)[0]

    def answer(text, page, paragraph):
        return {"answer": text, "answerable": True, "score": 0.9,
                "citations": [{"file": "a.pdf", "page": page, "paragraph": paragraph}]}

    other = answer("x", 4, "4.2")
    miss = paragraph_miss(gold, other, score_one(gold, other))
    assert miss == {"id": "p", "question": "Who?", "cited": "a.pdf p.4", "cited_paragraph": "4.2",
                    "gold_paragraphs": ["4.22"]}
    for fine in (answer("x", 4, "4.22"), answer("y", 4, "4.2"), answer("x", 5, "4.2")):  # right, wrong, off page
        assert paragraph_miss(gold, fine, score_one(gold, fine)) is None
    report = {"configurations": {"shipped": {"failures": [], "paragraph_misses": [miss]}}}
    text = failures_markdown(report)
    assert "other paragraph cited first (1)" in text and "¶ 4.2; gold ¶ 4.22" in text
