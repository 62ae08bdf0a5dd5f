"""qa.timeline: dated events from every document, verbatim and cited, merged across places, in order."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from conftest import PRACTICE, ROOT, as_printed, page_text
from pdf_factory import make_pdf

import qa
from qa.cli import main
from qa.evaluate import evaluate_timeline, load_timeline_gold, score_timeline

LETTER = "dcyp-minister-letter-2010-06-23.pdf"
SUMMARY = "wendmere-scr-executive-summary.pdf"
OVERVIEW = "wendmere-scr-overview-report.pdf"
ISO = {"day": r"\d{4}-\d\d-\d\d", "month": r"\d{4}-\d\d", "year": r"\d{4}"}


def _norm(text: str) -> str:
    return as_printed(text)


def _places(event) -> set[tuple[str, int]]:
    return {(c.file, c.page) for c in event.citations}


def _on(events, date: str, file: str, page: int) -> list:
    return [e for e in events if e.date == date and (file, page) in _places(e)]


@pytest.fixture(scope="module")
def events(practice_index):
    return qa.timeline(practice_index)


# ------------------------------------------------------------------ the whole timeline


def test_schema_sorted_and_large_enough(events):
    assert len(events) >= 40
    for event in events:
        data = event.to_dict()
        assert set(data) == {"date", "precision", "date_text", "event", "citations"}
        assert re.fullmatch(ISO[data["precision"]], data["date"]), data
        assert data["citations"] and all(set(c) == {"file", "title", "page", "paragraph"} for c in data["citations"])
        assert data["date_text"] and data["event"]
    keys = [tuple(int(p) for p in e.date.split("-")) + (0,) * (3 - len(e.date.split("-"))) for e in events]
    assert keys == sorted(keys)
    json.dumps([e.to_dict() for e in events])


def test_dates_and_events_are_verbatim_on_the_cited_page(events):
    crossing = 0
    for event in events:
        first = event.citations[0]
        text = page_text(PRACTICE / first.file, first.page)
        assert _norm(event.date_text) in text, (event.date, event.date_text, first.file, first.page)
        crossing += _norm(event.event) not in text  # a statement may run on over a page break
    assert crossing <= len(events) * 0.05


@pytest.mark.parametrize(
    "date, precision, file, page",
    [
        ("1998", "year", OVERVIEW, 7),  # "convictions for assault, in 1998 and 2003"
        ("2004", "year", OVERVIEW, 6),  # "prescribed antidepressants by the GP in 2004"
        ("2005-09-01", "day", OVERVIEW, 4),
        ("2006-07", "month", OVERVIEW, 8),  # "In July 2006 Mr G left the family home."
        ("2006-07-18", "day", OVERVIEW, 13),  # "18/07/06" in the chronology table
        ("2007-01-29", "day", OVERVIEW, 14),  # "29.01.2007"
        ("2007-02-19", "day", OVERVIEW, 14),  # "19 Feb 2007"
        ("2007-09", "month", OVERVIEW, 15),  # "Early September 2007"
        ("2007-10-26", "day", OVERVIEW, 12),  # "the next day, 26 October": year from the passage
        ("2007-11-14", "day", OVERVIEW, 15),  # a wrapped cell: "Letter typed" / "14/11/07."
        ("2008-07", "month", SUMMARY, 1),  # the cover date under the title
        ("2009-05", "month", LETTER, 2),
        ("2010-06-23", "day", LETTER, 1),
        ("2010-07", "month", OVERVIEW, 1),  # "Redacted version prepared for publication, July 2010"
    ],
)
def test_gold_events_are_present_with_their_date_and_page(events, date, precision, file, page):
    found = _on(events, date, file, page)
    assert found, f"no {date} event cites {file} p.{page}"
    assert all(e.precision == precision for e in found)


def test_one_event_stated_in_prose_table_and_summary_is_one_entry(events):
    births = [e for e in events if e.date == "2006-04-22"]
    assert len(births) == 1
    birth = births[0]
    assert {(OVERVIEW, 7), (OVERVIEW, 13), (SUMMARY, 3)} <= _places(birth)
    assert len(birth.citations) >= 2
    first_admission = [e for e in events if e.date == "2007-01-28"]
    assert len(first_admission) == 1
    assert {(OVERVIEW, 8), (OVERVIEW, 14), (SUMMARY, 3)} <= _places(first_admission[0])
    # citations are distinct places
    for event in events:
        keys = [(c.file, c.page, c.paragraph) for c in event.citations]
        assert len(keys) == len(set(keys))


def test_different_events_on_the_same_day_stay_apart(events):
    day = [e for e in events if e.date == "2007-01-29"]
    medical = [e for e in day if "medical" in e.event.lower()]
    referral = [e for e in day if "refer" in e.event.lower()]
    assert medical and referral and not set(map(id, medical)) & set(map(id, referral))
    post_mortem = [e for e in events if e.date == "2007-11-14" and "ost-mortem" in e.event]
    letter = [e for e in events if e.date == "2007-11-14" and "etter" in e.event]
    assert post_mortem and letter and post_mortem[0] is not letter[0]


def test_dates_that_are_not_events_are_left_out(events):
    # "6 and 7 March 2008" (a range), "on or about 2 September 2007" (approximate), "between 1994 and 1996"
    assert not [e for e in events if e.date in ("2008-03-06", "2008-03-07", "2007-09-02", "1994", "1996", "1993")]
    # Acts and regulations: "Victims Act 2004" (p. 5), "Regulations 2006" and "Working Together (2006)" (p. 3)
    for year, page in (("2004", 5), ("2006", 3), ("2006", 5), ("1989", 11)):
        assert not _on(events, year, OVERVIEW, page), (year, page)
    assert not [e for e in events if e.date == "1989"]
    # "Ages are given as at 13 November 2007" is a reference date, not the death
    assert not _on(events, "2007-11-13", OVERVIEW, 6)
    # seasons ("the spring of 2009") are too vague to place
    assert not [e for e in events if "spring" in e.date_text.lower() or "summer" in e.date_text.lower()]


def test_files_restricts_the_documents(practice_index, events):
    only = qa.timeline(practice_index, files=[LETTER])
    assert only and all(c.file == LETTER for e in only for c in e.citations)
    assert {e.date for e in only} <= {e.date for e in events}
    with pytest.raises(ValueError, match="not in this index"):
        qa.timeline(practice_index, files=["nope.pdf"])


def test_repeated_calls_use_the_cached_extraction(practice_index, events):
    from qa.api import load_index
    from qa.timeline import _for

    loaded = load_index(practice_index)
    assert _for(loaded) is _for(loaded)
    again = qa.timeline(practice_index)
    assert [e.to_dict() for e in again] == [e.to_dict() for e in events]
    again[0].citations.clear()  # a caller's copy: the cache is not touched
    assert qa.timeline(practice_index)[0].citations


# ------------------------------------------------------------------ the query filter


def test_query_keeps_events_about_it(practice_index, events):
    meetings = qa.timeline(practice_index, query="strategy meeting")
    dates = {e.date for e in meetings}
    assert {"2007-01-30", "2007-08-08"} <= dates
    assert "2006-04-22" not in dates  # the birth is not about strategy meetings
    assert len(meetings) < len(events) / 4
    assert all(e.to_dict() in [x.to_dict() for x in events] for e in meetings)
    assert all(e.score > 0 for e in meetings)
    police = qa.timeline(practice_index, query="police")
    assert "2006-09-19" in {e.date for e in police}  # "Police attend verbal argument …"
    hospital = qa.timeline(practice_index, query="hospital")
    assert {"2007-01-28", "2007-08-06"} <= {e.date for e in hospital}


# ------------------------------------------------------------------ rules, on a generated PDF


@pytest.fixture(scope="module")
def rules_index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("timeline-rules")
    make_pdf(
        folder / "rules.pdf",
        [[
            "1. Background",
            "1.1 On 3 March 2009 the baby was admitted to hospital with a fractured arm.",
            "The following day a strategy meeting was held at the hospital.",
            "1.2 A case conference was held on 5 June to discuss the family.",
            "1.3 The next day the social worker visited the grandmother at home.",
            "1.4 The mother moved to a new flat on 20 May 2009. Two days later the health",
            "visitor called at the new flat and found it bare.",
            "1.5 The father was interviewed under caution on 14 July 2009, and was bailed on 15 July.",
            "1.6 Proceedings were considered under the Children Act of 1989 in the summer of 2009.",
            "1.7 The review panel met on 6 and 7 October 2009 and on or about 2 November 2009.",
        ]],
        title="Rules review",
    )
    index_dir = tmp_path_factory.mktemp("timeline-rules-index")
    qa.build_index([str(folder)], str(index_dir))
    return str(index_dir)


def test_relative_and_year_less_dates(rules_index):
    events = {e.date: e for e in qa.timeline(rules_index)}
    following = events["2009-03-04"]
    assert following.date_text == "The following day"
    assert following.event == "The following day a strategy meeting was held at the hospital."
    assert following.citations[0].paragraph == "1.1" and following.citations[0].page == 1
    assert events["2009-05-22"].date_text == "Two days later"
    assert events["2009-07-15"].date_text == "15 July"  # the year comes from the same sentence
    assert set(events) == {"2009-03-03", "2009-03-04", "2009-05-20", "2009-05-22", "2009-07-14", "2009-07-15"}
    # left out: "5 June" (no year anywhere in its passage), "The next day" (nothing to count from),
    # "Act of 1989", "the summer of 2009", "6 and 7 October 2009" (a range), "on or about 2 November 2009"


# ------------------------------------------------------------------ CLI and evaluation


def test_cli_timeline_csv_and_json(practice_index, capsys):
    assert main(["timeline", "--index-dir", practice_index, "--query", "strategy meeting", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and {"2007-01-30", "2007-08-08"} <= {r["date"] for r in rows}
    assert main(["timeline", "--index-dir", practice_index, "--file", LETTER, "--csv"]) == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert table[0] == ["date", "precision", "date_text", "event", "citations"]
    assert len(table) > 3 and all(LETTER in r[4] for r in table[1:])


def test_score_timeline_definitions(tmp_path):
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text(
        "\n".join(
            json.dumps(g)
            for g in [
                {"id": "g1", "date": "2007-01-28", "precision": "day", "date_text": "28 January 2007", "event": "A",
                 "file": "a.pdf", "pages": [8], "also": [{"file": "b.pdf", "pages": [3], "date_text": "28/01/2007"}]},
                {"id": "g2", "date": "2007-02", "precision": "month", "date_text": "February 2007", "event": "B",
                 "file": "a.pdf", "pages": [9]},
            ]
        ),
        encoding="utf-8",
    )
    golds = load_timeline_gold(gold_file)

    def event(date, *places):
        return {"date": date, "precision": "day", "date_text": date, "event": "x",
                "citations": [{"file": f, "title": f, "page": p, "paragraph": None} for f, p in places]}

    extracted = [
        event("2007-01-28", ("a.pdf", 8), ("b.pdf", 3)),  # matches g1 and merges both places
        event("2007-02-10", ("a.pdf", 9)),  # day inside the gold month: not the same date
        event("2007-02", ("a.pdf", 99)),  # right date, wrong page; out of scope
        event("2007-01-28", ("b.pdf", 3)),  # g1 again: a duplicate
    ]
    scores = score_timeline(extracted, golds)
    assert scores["in_scope"] == 3 and scores["matched_events"] == 2
    assert scores["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert scores["recall"] == 0.5
    assert scores["duplicates"] == 1 and scores["merged"] == 1 and scores["restated_gold"] == 1
    assert [m["id"] for m in scores["missed"]] == ["g2"]


def test_timeline_against_the_practice_gold(practice_index):
    result = evaluate_timeline(ROOT / "eval" / "timeline_gold.jsonl", practice_index)
    assert result["recall"] >= 0.9, result["missed"]
    assert result["precision"] >= 0.7
    assert result["merge_rate"] >= 0.8
    assert result["duplicates"] <= 10


def test_eval_writes_timeline_numbers(practice_index, tmp_path, capsys):
    gold = ROOT / "eval" / "timeline_gold.jsonl"
    questions = tmp_path / "questions.jsonl"
    questions.write_text(
        json.dumps({"id": "q1", "question": "When did Child T die?", "answers": ["13 November 2007"],
                    "file": OVERVIEW, "pages": [26], "type": "date"}) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "timeline_gold.jsonl").write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "results"
    assert main(["eval", "--index-dir", practice_index, "--questions", str(questions), "--out", str(out),
                 "--configs", "shipped"]) == 0
    printed = capsys.readouterr().out
    assert "Timeline" in printed and "precision" in printed
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert results["timeline"]["gold_events"] == 90 and results["timeline"]["recall"] >= 0.9
    assert "**Timeline**" in (out / "results.md").read_text(encoding="utf-8")
    assert main(["eval", "--index-dir", practice_index, "--questions", str(questions), "--out", str(out),
                 "--configs", "shipped", "--timeline", str(tmp_path / "missing.jsonl")]) == 1
    assert Path(out / "results.json").is_file()
