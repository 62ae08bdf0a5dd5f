"""Small tables inside a numbered item, one cell to a line (qa/passages/inset_tables.py): their rows keyed 1, 2,
3 … or by a code are table rows, never the document's paragraph numbering, and their cells are never headings;
the document's numbering (5.3, 5.4 …) resumes after them. Also: a number that ends the sentence the full line above
left open ("… should read 14, not" / "41.") is no paragraph number."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.ingest import to_pages_and_report
from qa.passages import build_passages, split_blocks
from qa.pdfread import read_pdf
from qa.types import FileReport, Page

ROOT = Path(__file__).resolve().parents[2]
FULL = "and the agencies that knew the family recorded what they saw at each of the visits that"


def para(number: str, opening: str, ending: str = "year, as the chronology in the appendix sets out.") -> list[str]:
    return [f"{number} {opening} {FULL}"[:95], ending]


def minutes_page() -> Page:
    lines = [
        "5. Review of Child Ash: final report",
        *para("5.1", "The reviewer presented the final report and its findings, which"),
        "5.2 The four findings, as summarised by the reviewer, are:",
        "Finding",
        "In brief",
        "1",
        "Information held by the police was not shared with children's social care.",
        "2",
        "Meetings relied on what the mother said and did not check it.",
        "3",
        "Bruising seen by the nursery was recorded but not referred.",
        "4",
        "Case closure was agreed without a multi-agency meeting.",
        *para("5.3", "Members thanked the reviewer. The subgroup confirmed that it had"),
        *para("5.4", "The business manager reminded members that the partnership had"),
        "5.5 The manager set out the options in the paper for this item:",
        "No.",
        "Option",
        "Main risk",
        "1",
        "Publish the full report as planned",
        "Prejudice to the trial",
        "2",
        "Defer the full report until the criminal",
        "proceedings have concluded",
        "Complete: see item 11",
        *para("5.6", "Legal advice was that the second option carried the least risk,"),
    ]
    return Page(1, "\n".join(lines))


def test_numbered_rows_of_a_table_inside_an_item_are_rows_and_the_numbering_resumes():
    passages = build_passages([minutes_page()], "m.pdf", "M")
    numbers = [p.paragraph for p in passages if p.paragraph]
    assert numbers == ["5.1", "5.2", "5.3", "5.4", "5.5", "5.6"]  # no "1".."4", and 5.3 … are found again
    rows = [p for p in passages if p.kind == "row"]
    assert [r.text.split()[0] for r in rows] == ["Finding", "1", "2", "3", "4", "No.", "1", "2"]
    four = next(r for r in rows if r.text.startswith("4 "))
    assert four.text == "4 Case closure was agreed without a multi-agency meeting."  # 5.3 is not glued to it
    assert four.section.endswith("Finding | In brief")
    assert rows[-1].text.endswith("Complete: see item 11")  # a cell stays in its row
    assert not any(b.kind == "heading" and "Complete" in b.lines[0].text for b in split_blocks([minutes_page()]))
    five_three = next(p for p in passages if p.paragraph == "5.3")
    assert five_three.text.startswith("Members thanked")
    assert not any(p.section and "Complete" in p.section for p in passages)


def test_rows_keyed_by_codes_of_one_shape_are_rows():
    lines = [
        *para("1.1", "The manager took members through the actions from the last meeting,", "carried forward:"),
        "No.",
        "Action",
        "Owner",
        "A24/27",
        "Circulate the draft report",
        "AW",
        "A24/29",
        "Arrange training for staff",
        "POM",
        *para("1.2", "The escalation policy was carried forward because the policy is"),
    ]
    blocks = split_blocks([Page(1, "\n".join(lines))])
    assert [(b.kind, b.number) for b in blocks] == [("para", "1.1"), ("row", None), ("row", None), ("row", None),
                                                    ("para", "1.2")]
    assert blocks[2].head == "No. | Action | Owner"


@pytest.mark.parametrize("lines", [
    # no column titles above the "1": a numbered list restarting, left as it was
    [*para("5.2", "The panel found three things, which"), "1", "The police did not share information."],
    # one title only is no table
    [*para("5.2", "The panel found three things, set out below:", "as follows:"), "Finding", "1", "Text one.",
     "2", "Text two."],
    # not inside a dotted-numbered paragraph
    ["The panel found:", "Finding", "In brief", "1", "Text one.", "2", "Text two."],
])
def test_without_the_layout_nothing_is_a_table(lines):
    blocks = split_blocks([Page(1, "\n".join(lines))])
    assert not any(b.kind == "row" for b in blocks)


def test_a_number_ending_the_sentence_above_is_no_paragraph_number():
    lines = [
        "3.1 The minutes were agreed as an accurate record, with one correction: at item 6.2 the number",
        "of children subject to a child protection plan for a second time should read 14, not",
        "41.",
        "3.2 Matters arising: the Designated Nurse post had been made permanent from 1 February.",
    ]
    passages = build_passages([Page(1, "\n".join(lines))], "m.pdf", "M")
    assert [p.paragraph for p in passages] == ["3.1", "3.2"]
    assert passages[0].text.endswith("should read 14, not 41.")


def test_a_numbered_paragraph_whose_number_stands_alone_is_still_found():
    lines = ["11.", "The partnership agreed the plan.", "12.", "The review was published in June 2020."]
    passages = build_passages([Page(1, "\n".join(lines))], "m.pdf", "M")
    assert [p.paragraph for p in passages] == ["11", "12"]


DUNMERE = ROOT / "eval/dev/dunmere-minutes/dunmere-dscp-executive-minutes-2025-03-06.pdf"


def test_dunmere_minutes_items_around_their_tables():
    pages = to_pages_and_report(DUNMERE, read_pdf(str(DUNMERE)), FileReport(file=DUNMERE.name, path=str(DUNMERE)))
    passages = build_passages(pages, DUNMERE.name, "Minutes")
    numbers = [p.paragraph for p in passages if p.paragraph]
    assert not any(n in numbers for n in ("1", "2", "41"))
    for n in ("3.2", "5.3", "5.4", "5.5", "5.6", "5.7", "5.10"):
        assert n in numbers
    assert not any(p.section and p.section.startswith("Complete") for p in passages)
    keyed = [p.text.split()[0] for p in passages if p.kind == "row" and p.page in (2, 3) and p.text[:1].isdigit()]
    assert keyed == ["1", "2", "3", "4", "5", "1", "2", "3"]  # the findings' and the options' rows
