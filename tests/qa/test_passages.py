from pathlib import Path

import pytest
from pdf_factory import make_pdf

from qa.ingest import to_pages_and_report
from qa.pdfread import read_pdf
from qa.passages import build_passages, plausible_next, split_sentences
from qa.types import FileReport, Page


def pages_of(path: Path) -> list[Page]:
    report = FileReport(file=path.name, path=str(path))
    return to_pages_and_report(path, read_pdf(str(path)), report)


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory) -> Path:
    pages = [
        ["Serious Case Review", "Child Q", "Overview Report", "March 2009"],
        [
            "1. Introduction",
            "1.1 This review was commissioned by the Board on 3 May 2008 after the death of",
            "Child Q. The review panel met nine times between June and October 2008.",
            "1.2 The terms of reference were:",
            "- to examine agency involvement;",
            "- to identify lessons.",
            "2. Chronology",
            "Date Agency Event",
            "14/03/07 Health HV1 visited the home and saw bruising to the",
            "forehead. Ms A said he fell.",
            "3 August 2007 Police DC E arrested Mr B at the",
            "home address.",
        ],
        [
            "12.09.07 Hospital Child Q admitted with a fractured",
            "rib. Dr D was not told.",
            "October 2007 CSC SW2 allocated.",
            "3. Findings",
            "3.1 The panel found that the child protection plan was not followed and that",
            "information was not shared between the agencies involved. The second sentence of",
        ],
        [
            "this paragraph continues on the next page and ends here.",
            "3.2 A short paragraph.",
        ],
    ]
    return make_pdf(tmp_path_factory.mktemp("p") / "report.pdf", pages, title="Test review",
                    header="TEST HEADER — Serious Case Review: Child Q", footer=True)


@pytest.fixture(scope="module")
def passages(report_pdf):
    return build_passages(pages_of(report_pdf), "report.pdf", "Test review")


def find(passages, needle):
    hits = [p for p in passages if needle in p.text]
    assert hits, f"{needle!r} not in any passage"
    return hits[0]


def test_numbered_paragraphs_keep_their_number_and_lose_it_from_the_text(passages):
    p = find(passages, "This review was commissioned")
    assert p.paragraph == "1.1"
    assert p.text.startswith("This review was commissioned by the Board on 3 May 2008")
    assert p.page == 2
    assert find(passages, "A short paragraph.").paragraph == "3.2"


def test_bullets_belong_to_the_paragraph_that_introduces_them(passages):
    p = find(passages, "The terms of reference were:")
    assert p.paragraph == "1.2"
    assert "to identify lessons." in p.text


def test_chronology_rows_are_units_and_dates_like_paragraph_numbers_stay_rows(passages):
    rows = [p for p in passages if p.kind == "row"]
    assert [r.text.split()[0] for r in rows] == ["14/03/07", "3", "12.09.07", "October"]
    first = rows[0]
    assert first.text == "14/03/07 Health HV1 visited the home and saw bruising to the forehead. Ms A said he fell."
    assert first.paragraph is None
    assert rows[2].page == 3


def test_a_paragraph_across_a_page_break_cites_each_sentence_on_its_own_page(passages):
    p = find(passages, "The panel found that the child protection plan")
    assert p.paragraph == "3.1"
    assert (p.page, p.last_page) == (3, 4)
    first = p.sentences[0]
    assert p.page_at(first.start) == 3
    ends_here = p.text.index("ends here")
    assert p.page_at(ends_here) == 4
    # the sentence holding an offset, as the reader and the citer look it up
    assert p.sentence_at(first.start) == 0 and p.sentence_at(first.end - 1) == 0
    k = p.sentence_at(ends_here)
    assert k is not None and p.sentences[k].start <= ends_here < p.sentences[k].end
    assert p.sentence_at(len(p.text) + 5) is None


def test_running_header_and_footer_never_reach_a_passage(passages):
    for p in passages:
        assert "TEST HEADER" not in p.text
        assert "Page 2 of 4" not in p.text


def test_passages_never_mix_documents_and_map_back_to_their_pages(report_pdf, passages):
    pages = {p.number: " ".join(p.text.split()) for p in pages_of(report_pdf)}
    for passage in passages:
        assert passage.file == "report.pdf"
        for s in passage.sentences:
            sentence = passage.text[s.start : s.end]
            # each sentence's first words are on the page the passage says they are
            head = " ".join(sentence.split()[:4])
            assert head in pages[passage.page_at(s.start)], (head, passage.page_at(s.start))


def test_plausible_next_accepts_report_numbering_and_rejects_dates():
    assert plausible_next([3, 14], [3, 15])
    assert plausible_next([3, 14], [4])
    assert plausible_next([3, 14], [4, 1])
    assert plausible_next([3, 14], [3, 14, 1])
    assert plausible_next([5, 1, 9], [5, 1, 10])
    assert not plausible_next([3, 14], [14, 3, 7])
    assert not plausible_next([3, 14], [12, 9, 7])
    assert not plausible_next([3, 14], [3, 4])


def test_sentence_splitting_respects_abbreviations_and_initials():
    text = "Dr. D saw Child T at 10 a.m. on 3 Aug. 2007. Ms A said he fell. SW1 agreed."
    sentences = [text[s.start : s.end] for s in split_sentences(text)]
    assert sentences[-2:] == ["Ms A said he fell.", "SW1 agreed."]
    assert all(text[s.start : s.end] for s in split_sentences(text))


@pytest.fixture(scope="module")
def cover_and_table(tmp_path_factory):
    pages = [
        ["Wendmere Local Safeguarding Children Board", "Executive Summary", "Published 29th May 2009",
         "Notice: this document is invented for testing.",
         "1. Purpose",
         "1.1 This summary sets out what happened to Child Q and what the agencies have learnt from it."],
        ["Chronology",
         "3 Dec 2008", "Second review commissioned",
         "24 Apr 2009", "Mr B and Mr C convicted",
         "26 May 2009", "Board accepts the second review",
         "WORDS USED IN THIS SUMMARY",
         "–", "Child protection plan: a plan agreed at a child protection conference setting out what each",
         "agency will do to keep a child safe."],
    ]
    path = make_pdf(tmp_path_factory.mktemp("c") / "cover.pdf", pages, title="Cover test")
    return build_passages(pages_of(path), "cover.pdf", "Cover test")


def test_a_dated_line_on_a_cover_stays_readable_as_text(cover_and_table):
    """"Published 29th May 2009" is a heading by its looks, but its date must be able to answer."""
    dated = find(cover_and_table, "Published 29th May 2009")
    assert dated.kind == "text" and dated.sentences


def test_a_cover_fields_date_under_its_label_is_read_with_it_and_a_chronology_stays_rows():
    """A designed cover sets each field's label above its value ("Published" / "14 May 2024"): label and date are
    one line ("Published 14 May 2024", which a dated field answers), not a chronology row beginning "25 January
    2024 Published". A chronology whose cells come one per line ("Step" / "02.10.08" / "Ofsted …") stays rows."""
    from qa.passages import build_passages
    from qa.types import Page

    cover = ["Review panel chair", "Eleri Vaughan, Head of Safeguarding, Glasnant Valley University Health Board",
             "Approved by the Board", "25 January 2024", "Published", "14 May 2024",
             "This is a fictional practice document written for testing, and every person and event in it is invented."]
    table = ["A.2 Timetable of the second review", "Date", "Step", "02.10.08",
             "Ofsted evaluation letter grades the first review inadequate", "16.10.08", "Board considers the Ofsted letter",
             "03.12.08", "Extraordinary Board meeting commissions the second review"]
    passages = build_passages([Page(1, "\n".join(cover)), Page(2, "\n".join(table))], "r.pdf", "R")
    dated = find(passages, "Published 14 May 2024")
    assert dated.kind != "row" and "Approved by the Board 25 January 2024" in dated.text
    assert not any(p.kind == "row" and "Published" in p.text for p in passages)
    rows = [p.text for p in passages if p.kind == "row"]
    assert rows == ["02.10.08 Ofsted evaluation letter grades the first review inadequate",
                    "16.10.08 Board considers the Ofsted letter",
                    "03.12.08 Extraordinary Board meeting commissions the second review"], rows


def test_a_capitals_heading_after_a_table_is_not_glued_to_its_last_row(cover_and_table):
    row = find(cover_and_table, "Board accepts the second review")
    assert "WORDS USED" not in row.text
    assert find(cover_and_table, "Child protection plan: a plan").section == "WORDS USED IN THIS SUMMARY"


def test_rebuilt_table_rows_are_units_that_know_their_header():
    """Rows qa/tables.py rebuilt at ingest are one passage each; the header row repeated at the top of the
    next page is dropped; each row's section names its table's columns."""
    header = "Name used in this report | Relationship to Child T | Age at 13 November 2007"
    pages = [
        Page(number=1, text="2. Family\n2.1 The family is shown below.\n" + header + "\nChild T | Subject of this review | 18 months\n"
                            "Mr B | Ms A's partner | 32 years"),
        Page(number=2, text=header + "\nMr C | Cousin of Mr B | 37 years\n2.2 The family is white British."),
    ]
    passages = build_passages(pages, "f.pdf", "Title")
    rows = [p for p in passages if p.kind == "row"]
    assert [p.text for p in rows] == [header, "Child T | Subject of this review | 18 months", "Mr B | Ms A's partner | 32 years",
                                      "Mr C | Cousin of Mr B | 37 years"]
    assert rows[-1].page == 2 and header in rows[-1].section


LETTER = [
    "Department for Children and Young People",
    "Jane Doe MP",
    "Minister of State for Children and Families",
    "Elmhurst House, 14 Carrow Street, London SW1P 4XX · Telephone 020 7946 0723 · (invented address)",
    "To: Chairs of Local Safeguarding Children Boards in England",
    "Directors of Children's Services",
    "Our reference: MIN/CYP/2010/0417",
    "23 June 2010",
    "Dear colleague,",
    "I am writing to tell you about an important change in the way in which serious case reviews are",
    "made public, and to ask for your help in putting it into effect. At present, only the executive",
    "summary of each review is published. The full overview report is shared with the agencies concerned.",
    "I am confident that greater openness will strengthen the commitment of everyone working with children.",
    "Yours sincerely,",
    "Jane Doe MP",
    "Minister of State for Children and Families",
    "Copied to: Chief Executives of local authorities; Chief Constables; Chief Officers of Probation.",
]


def test_a_letterhead_and_a_signature_are_lines_each_a_sentence_of_its_own():
    """A letter's short lines (its sender, fields, date and signature) end no sentence, yet each says one
    thing: none is a heading, none is glued to the next, and the body after them is a paragraph."""
    passages = build_passages([Page(number=1, text="\n".join(LETTER))], "letter.pdf", "A letter")
    sentences = [p.text[s.start : s.end] for p in passages for s in p.sentences]
    for line in ("Jane Doe MP", "Minister of State for Children and Families", "Our reference: MIN/CYP/2010/0417",
                 "23 June 2010", "Directors of Children's Services"):
        assert line in sentences
    assert all(p.section is None for p in passages), "no line of the letterhead or signature is a heading"
    body = find(passages, "I am writing to tell you")
    assert body.text.startswith("I am writing") and "Dear colleague" not in body.text


def test_a_wrapped_paragraph_in_a_narrow_column_is_not_a_run_of_short_lines():
    column = [
        "The panel was chaired by Mrs Frances Odell, an",
        "independent safeguarding consultant who was",
        "previously a director of nursing. Its medical",
        "adviser was Dr Naomi Achterberg, a consultant.",
    ]
    passages = build_passages([Page(number=1, text="\n".join(column))], "c.pdf", "Column")
    sentences = [p.text[s.start : s.end] for p in passages for s in p.sentences]
    assert sentences[0] == ("The panel was chaired by Mrs Frances Odell, an independent safeguarding consultant "
                            "who was previously a director of nursing.")


def test_a_heading_above_numbered_paragraphs_is_not_taken_into_the_cover_lines():
    body = ("This executive summary sets out the main findings of the serious case review that the Board carried "
            "out after the death of the child.")
    text = "\n".join(["Wendmere Local Safeguarding Children Board", "Serious Case Review", "Child Q", "November 2008",
                      "Executive Summary", "1.1 " + body, "1.2 " + body])
    passages = build_passages([Page(number=1, text=text)], "x.pdf", "X")
    cover = find(passages, "Child Q")
    assert [cover.text[s.start : s.end] for s in cover.sentences][-1] == "November 2008"
    assert find(passages, "This executive summary").section == "Executive Summary"


def test_a_numbered_paragraph_of_short_lines_keeps_its_number():
    """Found by the property tests: short lines after "1.1 …" are that paragraph's, not a letterhead."""
    pages = [Page(number=1, text="1.1 The panel met\nnine times"), Page(number=2, text="in the autumn of 2008")]
    passages = build_passages(pages, "a.pdf", "A")
    assert [(p.paragraph, p.text) for p in passages] == [("1.1", "The panel met nine times in the autumn of 2008")]


def test_a_heading_and_its_first_paragraph_on_one_line_are_two_lines():
    from qa.passages import _heading_run_in

    assert _heading_run_in("5 Findings 5.1 The partnership did not check.") == ["5 Findings", "5.1 The partnership did not check."]
    assert _heading_run_in("12 March 2007 12.3 was the date") == ["12 March 2007 12.3 was the date"]  # a date, no heading
    assert _heading_run_in("4 Analysis 5.1 The panel") == ["4 Analysis 5.1 The panel"]  # 5.1 is not in section 4


def test_a_citation_over_a_page_break_names_both_pages():
    from qa.types import Citation, Passage

    passage = Passage("a.pdf", "A", "One sentence ends here. Another runs on over the break.", [(0, 12), (40, 13)])
    start = passage.text.index("Another")
    quote_start, page, last = passage.cited_range(start, start + 7, start, len(passage.text))
    assert (quote_start, page, last) == (start, 12, 13)
    cite = Citation("a.pdf", "A", page, None, passage.text[quote_start:], 0.9, "12", last)
    assert cite.to_dict()["page_end"] == 13 and cite.to_dict()["page"] == 12
    assert passage.cited_range(0, 3, 0, 23) == (0, 12, 12)


def test_numbered_paragraphs_are_found_where_the_numbering_before_them_went_unread():
    """A run of multi-level numbers that count on from one another (4.1, 4.2, 4.3 …) is paragraph numbering
    even when it does not follow the last number taken: the document's numbering starts at section 4, or a
    part of it (a table, a column read as one) hid sections 2 to 6. Dates at line starts never make such a
    run (14.03.07, 15.03.07 do not count on from one another)."""
    fill = "and the agencies that knew the family recorded what they saw at each of the visits that"

    def para(number: str) -> list[str]:
        return [f"{number} The panel found {fill}"[:95], "year, as the chronology in the appendix sets out in full."]

    def numbers(lines: list[str]) -> list[str]:
        return [p.paragraph for p in build_passages([Page(1, "\n".join(lines))], "r.pdf", "R") if p.paragraph]

    assert numbers(["4 Findings"] + [line for n in range(1, 5) for line in para(f"4.{n}")]) == ["4.1", "4.2", "4.3", "4.4"]
    jump = ["1 Introduction"] + [line for n in range(1, 4) for line in para(f"1.{n}")]
    jump += ["7 What happened next"] + [line for n in range(1, 4) for line in para(f"7.{n}")]
    assert numbers(jump) == ["1.1", "1.2", "1.3", "7.1", "7.2", "7.3"]
    dates = ["1 Introduction"] + [line for n in range(1, 3) for line in para(f"1.{n}")]
    dates += [f"{d}.03.07 Health visitor visited the family at home and saw the baby." for d in (14, 15, 16)]
    assert numbers(dates) == ["1.1", "1.2"]


def test_a_covers_field_set_as_a_heading_stays_readable_as_text():
    """A cover's or a letterhead's lines are facts ("Independent reviewer: Dr Alys Pennant", "Our reference:
    DCFW/CSR/2025/0117") though set like headings: on a document's first page they are kept as text too, so
    "who was the independent reviewer?" can be answered from the cover. Headings further on are only sections."""
    from qa.passages import build_passages
    from qa.types import Page

    body = ("The review was commissioned by the partnership after the death of Child J in a house fire in the "
            "town in the spring of that year, and it looks at the work of every agency that knew the family.")
    cover = ["Independent reviewer: Dr Alys Pennant", body]
    later = ["Appendix A: Sources of information", body.replace("commissioned", "informed")]
    passages = build_passages([Page(1, "\n".join(cover)), Page(2, "\n".join(later))], "r.pdf", "R")
    field = find(passages, "Independent reviewer: Dr Alys Pennant")
    assert field.kind == "text" and field.page_at(0) == 1
    assert find(passages, "The review was commissioned").section == "Independent reviewer: Dr Alys Pennant"
    assert not any(p.text.startswith("Appendix A") for p in passages)
    assert find(passages, "The review was informed").section == "Appendix A: Sources of information"


def test_a_rows_practitioner_codes_printed_after_its_wrapped_event_stay_in_the_row():
    """Text extraction prints a chronology row's last cell, the practitioners' codes, after the event's wrapped
    lines ("… Daily cannabis use disclosed." / "MW1" / "12/10/2021 …"): the codes end their own row and are never
    the heading of the rows after it (Typst, a browser-printed page and ReportLab tables all print them so)."""
    rows = [
        "04/10/2021 Midwifery Late booking at 17 weeks. Father present throughout; routine enquiry",
        "about domestic abuse not asked. Daily cannabis use disclosed.", "MW1",
        "12/10/2021 Midwifery Referral to children's services IAA and to specialist substance misuse",
        "midwife.", "MW1",
        "19/10/2021 Children's services IAA screening: pre-birth assessment required; referral placed on",
        "assessment team list.", "CT1, DSL1",
        "06/12/2021 Children's services Pre-birth assessment allocated, seven weeks after the referral was",
        "made.", "SW1 and TM1",
    ]
    text = "\n".join(["3 Summary chronology", "Date Agency Contact or event Practitioner", *rows])
    found = [p for p in build_passages([Page(1, text)], "r.pdf", "R") if p.kind == "row"]
    assert [p.text.split()[0] for p in found] == ["04/10/2021", "12/10/2021", "19/10/2021", "06/12/2021"]
    assert [p.text.rsplit(".", 1)[-1].strip() for p in found] == ["MW1", "MW1", "CT1, DSL1", "SW1 and TM1"]
    assert all(p.section == found[0].section and "MW1" not in (p.section or "") for p in found)
