"""Paragraphs numbered with bare integers, 1, 2, 3 … with no dot (qa/passages/numbering.py): found as a property
of the whole document, never in a document whose lines merely start with a number (a count, an age, a date, a
time, a numbered heading, a list of one-line items); the heading just above such a paragraph is split off."""

from __future__ import annotations

from pathlib import Path

from qa.ingest import to_pages_and_report
from qa.passages import build_passages
from qa.passages.lines import Line
from qa.passages.numbering import bare_paragraph_starts
from qa.pdfread import read_pdf
from qa.types import FileReport, Page

ROOT = Path(__file__).resolve().parents[2]
FILL = "and the agencies that knew the family recorded what they saw at each of the visits that"  # ~90 chars


def paragraph(number: int, opening: str) -> list[str]:
    """A numbered paragraph of two lines: the first runs to the full width, the second ends the sentence."""
    return [f"{number} {opening} {FILL}"[:95], "year, as the chronology in the appendix sets out in full."]


def paragraphs(numbers, opening: str) -> list[str]:
    """The lines of consecutive numbered paragraphs, each opening with ``opening``."""
    return [line for n in numbers for line in paragraph(n, opening)]


def numbers_of(passages) -> list[str]:
    return [p.paragraph for p in passages if p.paragraph]


def starts_of(page_lines: list[list[str]]) -> dict[int, tuple[str, str]]:
    lines = [Line(text, n) for n, texts in enumerate(page_lines, 1) for text in texts]
    return bare_paragraph_starts(lines, [95] * len(lines), [False] * len(lines))


def test_a_report_numbered_straight_through_has_each_number_found_across_pages():
    first = ["Brief outline of circumstances resulting in the review"]
    first += paragraphs(range(1, 7), "The review looked at the period")
    second = ["How the review was carried out, and the learning event"]
    second += paragraphs(range(7, 13), "Each agency provided a timeline")
    pages = [Page(1, "\n".join(first)), Page(2, "\n".join(second))]
    passages = build_passages(pages, "r.pdf", "R")
    assert numbers_of(passages) == [str(n) for n in range(1, 13)]
    assert all(not p.text[:1].isdigit() for p in passages if p.paragraph)  # the number is not part of the text
    seven = next(p for p in passages if p.paragraph == "7")
    assert seven.page == 2 and seven.section == "How the review was carried out, and the learning event"


def test_line_starts_that_break_the_sequence_stay_inside_their_paragraph():
    """A count, a date or a time at a line's start inside a numbered paragraph is text, not a paragraph number:
    it does not continue the sequence, or it is a month, or the line before left its sentence open. Paragraphs 6
    and 8 lost their numbers, so the date "6 March" and the count "8 Practitioners" would fill the gaps."""
    lines = []
    for n in [1, 2, 3, 4, 5, 7, 9, 10, 11, 12]:
        lines += paragraph(n, "The panel noted the following")
        if n == 3:  # a count out of sequence: 12 is not 4
            lines += ["12 Children were on the register in the area at the time, according to the council's figures",
                      "that year."]
        if n == 5:  # a date that would continue the sequence, after a sentence's end
            lines += ["6 March 2021 was the date of the next visit by the health visitor, who recorded the advice",
                      "that she gave."]
        if n == 7:  # a count that continues the sequence, but the line before left its sentence open
            lines += ["By then the family had been visited by",
                      "8 Practitioners from four agencies who each knew part of the picture but none the whole of",
                      "it."]
    passages = build_passages([Page(1, "\n".join(lines))], "r.pdf", "R")
    assert numbers_of(passages) == ["1", "2", "3", "4", "5", "7", "9", "10", "11", "12"]
    assert "12 Children were on the register" in next(p for p in passages if p.paragraph == "3").text
    assert "6 March 2021 was the date" in next(p for p in passages if p.paragraph == "5").text
    assert "8 Practitioners from four agencies" in next(p for p in passages if p.paragraph == "7").text


def test_numbers_lost_in_extraction_leave_small_gaps():
    lines = []
    lines += paragraphs([1, 2, 3, 5, 6, 7, 9, 10, 11, 12], "Mother told the reviewers")
    assert [n for n, _ in starts_of([lines]).values()] == ["1", "2", "3", "5", "6", "7", "9", "10", "11", "12"]


def test_a_summary_and_a_report_each_numbered_from_one():
    lines = ["Executive summary"]
    lines += paragraphs(range(1, 10), "The summary says")
    lines += ["Overview report"]
    lines += paragraphs(range(1, 13), "The report says")
    found = [n for n, _ in starts_of([lines]).values()]
    assert found == [str(n) for n in range(1, 10)] + [str(n) for n in range(1, 13)]


def test_a_heading_just_above_a_numbered_paragraph_is_split_off_as_its_section():
    lines = []
    lines += paragraphs(range(50, 54), "Every agency that knew")
    lines += ["Learning theme 2: The father was present but not seen"]
    lines += paragraphs(range(54, 58), "Father was in the room")
    lines += ["Episode 4: Take-home doses, the school's concern and the scald (April to September", "2022)"]
    lines += paragraphs(range(58, 62), "HV1 left the health visiting team")
    passages = build_passages([Page(1, "\n".join(lines))], "r.pdf", "R")
    assert numbers_of(passages) == [str(n) for n in range(50, 62)]
    fifty_three = next(p for p in passages if p.paragraph == "53")
    assert "Learning theme" not in fifty_three.text
    fifty_four = next(p for p in passages if p.paragraph == "54")
    assert fifty_four.section == "Learning theme 2: The father was present but not seen"
    assert next(p for p in passages if p.paragraph == "58").section == (
        "Episode 4: Take-home doses, the school's concern and the scald (April to September 2022)")


def test_lines_a_colon_announces_are_no_heading():
    lines = []
    lines += paragraphs(range(1, 6), "The panel noted")
    lines += ["The agencies that attended the learning event were:", "Health and Police"]
    lines += paragraphs(range(6, 10), "The panel noted")
    passages = build_passages([Page(1, "\n".join(lines))], "r.pdf", "R")
    assert numbers_of(passages) == [str(n) for n in range(1, 10)]
    assert "Health and Police" in next(p for p in passages if p.paragraph == "5").text
    assert next(p for p in passages if p.paragraph == "6").section is None


def test_the_items_a_paragraph_announces_are_numbered_even_when_they_start_in_lower_case():
    """"The Board should:" / "5.1.1 agree a protocol …;" / "5.1.2 seek assurance …": each item a numbered
    paragraph of its own (a question about the second recommendation cites 5.1.2, not 5.1); a decimal count at a
    line start after a sentence that ends is no paragraph number."""
    lines = [
        "5.1 The Board and its partner agencies should:",
        "5.1.1 agree a regional pre-birth assessment protocol that sets a timescale for allocation of no more",
        "than 10 working days after screening;",
        "5.1.2 seek assurance from the Probation Service that, when a person under supervision discloses a",
        "relationship with a pregnant woman, children's services are told directly; and",
        "5.1.3 ensure that health is invited to every strategy discussion about a child under one.",
        "5.2 The following recommendations are made to single agencies. The review considered the cost,",
        "which was put at 2.5 million pounds a year across the region by the finance directors of the",
        "2.5 million people the region serves, as the partnership's annual report had set out in full.",
    ]
    passages = build_passages([Page(1, "\n".join(lines))], "r.pdf", "R")
    assert numbers_of(passages) == ["5.1", "5.1.1", "5.1.2", "5.1.3", "5.2"]
    assert next(p for p in passages if p.paragraph == "5.1.2").text.startswith("seek assurance")


def test_sentences_that_merely_start_with_numbers_are_no_numbering():
    """Counts, ages, dates, times and amounts at the start of lines, even several in a row, are not paragraph
    numbers: they do not run in sequence."""
    lines = [
        "12 Children were on the child protection register in the area at the end of March that year.",
        "3 March 2021 was the date of the first visit by the health visitor to the family's home address.",
        "14 Police officers attended the address over the course of the year, according to the force's records.",
        "27 Years old at the time, the mother had lived in the area since she was a child herself.",
        "23 Practitioners came to the learning event, which was held at the council's offices in June.",
        "9 Agencies knew the family, and none of them knew what all the others knew about the children.",
        "2 Weeks later the social worker visited again and found the home much as it had been before.",
        "15 Minutes after the call the ambulance arrived and the crew began resuscitation at once.",
        "6 Months passed before the family were seen again by any agency that had known them.",
        "40 Pellam Street, Dunmere, is where the family lived throughout the period under review.",
    ]
    assert starts_of([lines]) == {}
    passages = build_passages([Page(1, "\n".join(lines))], "r.pdf", "R")
    assert numbers_of(passages) == []


def test_a_few_or_sparse_ascending_counts_are_no_numbering():
    """Counts that happen to rise (figures in a summary of activity) are no numbering: a handful of them is too
    few to be a scheme, and numbers rising by three at a time leave most of the sequence out."""
    what = ["Children were subject to a plan", "Referrals came from schools", "Strategy meetings were held",
            "Conferences were convened", "Assessments were completed", "Reviews were published",
            "Audits were carried out", "Training sessions were run", "Practitioners were trained",
            "Families were supported"]
    tail = "in the year to March, against a target the Board had set at the start of the year."
    few = [f"{n} {w} {tail}" for n, w in zip(range(2, 8), what)]
    assert starts_of([few]) == {}
    sparse = [f"{n} {w} {tail}" for n, w in zip(range(3, 31, 3), what)]
    assert starts_of([sparse]) == {}


def test_numbered_headings_and_lists_of_one_line_items_are_no_paragraph_numbering():
    headings = [f"{n} {title}" for n, title in enumerate(
        ["Introduction", "The review process", "Child T and her family", "What happened", "Analysis",
         "What has changed", "Findings", "Recommendations", "Glossary"], 1)]
    lines = [text for heading in headings for text in (heading, FILL.capitalize() + " period.")]
    assert starts_of([lines]) == {}
    keys = [f"{n} {what}" for n, what in enumerate(
        ["Shows help information about your last action.", "Runs your query.", "Returns to the home panel.",
         "Makes the object larger.", "Makes the object smaller.", "Draws an empty example table.",
         "Moves the display backward.", "Moves the display forward.", "Shows the form panel last used.",
         "Scrolls the display to the left.", "Scrolls the display to the right.", "Displays your report."], 1)]
    assert starts_of([keys]) == {}
    assert starts_of([keys] * 1500) == {}  # a manual with such a list on each of 1,500 pages


def test_a_run_does_not_jump_across_many_pages():
    """Eight numbered starts scattered one every five pages are no numbering of the document's paragraphs."""
    pages = [paragraph(n, "The panel noted") if p % 5 == 0 else [FILL.capitalize() + " period."]
             for p in range(1, 41) for n in [p // 5]]
    assert starts_of(pages) == {}


def test_aberhenwy_welsh_practice_review_paragraphs_1_to_71_are_found():
    """eval/dev/aberhenwy: a Welsh child practice review whose paragraphs are numbered 1 … 71 with no dot, under
    unnumbered section headings and green sub-headings; its 7 minute briefing's boxes "1 Background" … are no
    paragraphs."""
    folder = ROOT / "eval" / "dev" / "aberhenwy"
    built = {}
    for pdf in sorted(folder.glob("*.pdf")):
        report = FileReport(file=pdf.name, path=str(pdf))
        pages = to_pages_and_report(pdf, read_pdf(str(pdf)), report)
        built[pdf.name] = build_passages(pages, report.file, report.title)
    review = built["aberhenwy-ecpr-child-w.pdf"]
    assert list(dict.fromkeys(numbers_of(review))) == [str(n) for n in range(1, 72)]
    assert numbers_of(built["aberhenwy-7-minute-briefing.pdf"]) == []
    call = next(p for p in review if "Mother rang 999 and said that Father" in p.text)
    assert (call.paragraph, call.page) == ("34", 6) and call.text.startswith("At 02.15 hrs on 19 August 2021")
    assert not any(p.paragraph == "36" and "Six TAF meetings were held" in p.text for p in review)
    father = next(p for p in review if "Father was in the room for almost every health visit" in p.text)
    assert (father.paragraph, father.page) == ("54", 8)
    assert father.section == "Learning theme 2: The father was present but not seen"
    assert not father.text.startswith("Learning theme")
    first = next(p for p in review if p.paragraph == "1")
    assert first.section == "Brief outline of circumstances resulting in the review"
    assert first.text.startswith("This review concerns Child W")


def lettered(prefix: str, numbers, opening: str) -> list[str]:
    """Two-line paragraphs numbered behind a letter prefix ("A3 The panel met …")."""
    return [line for n in numbers for line in [f"{prefix}{n} {opening} {FILL}"[:95], "year, as set out in full."]]


def test_an_appendix_numbered_a1_a2_is_a_numbering_scheme_but_role_codes_at_line_starts_are_not():
    """An appendix (or a summary) numbers its paragraphs behind a letter prefix, counting from 1: four or more
    such line starts in sequence are paragraph numbers, each printed as it stands ("A3"). Role codes that start
    lines ("HV2 Took …", "HV3 …") do not count from 1 and are text; fewer than four lettered starts are no
    scheme; a bare-integer run and a lettered run are found side by side."""
    body = paragraphs(range(1, 10), "The review looked at the period")
    appendix = ["Appendix: how the review was carried out"] + lettered("A", range(1, 6), "The panel met")
    passages = build_passages([Page(1, "\n".join(body)), Page(2, "\n".join(appendix))], "r.pdf", "R")
    assert numbers_of(passages) == [str(n) for n in range(1, 10)] + [f"A{n}" for n in range(1, 6)]
    a3 = next(p for p in passages if p.paragraph == "A3")
    assert a3.text.startswith("The panel met") and a3.section == "Appendix: how the review was carried out"

    roles = lettered("HV", range(2, 7), "Took over the family")  # counts up, but not from 1
    assert starts_of([roles]) == {}
    assert starts_of([lettered("A", range(1, 4), "The panel met")]) == {}  # three are too few
    assert set(starts_of([lettered("ES", range(1, 5), "The review found")]).values()) == {
        (f"ES{n}", f"The review found {FILL}"[: 95 - len(f'ES{n} ')]) for n in range(1, 5)}


def _dev_page(corpus: str, name: str, page: int) -> list:
    """The passages of one page of a development corpus's PDF, built as an index build does."""
    path = Path(__file__).resolve().parents[2] / "eval" / "dev" / corpus / name
    report = FileReport(file=path.name, path=str(path))
    pages = to_pages_and_report(path, read_pdf(str(path)), report)
    return [p for p in build_passages(pages, path.name, report.title) if p.page == page]


def test_a_number_alone_in_a_table_cell_is_not_the_next_paragraphs_number():
    """eval/dev/pendlebury-reportlab page 8: a table read cell by cell leaves its last cell's count on a line of its
    own ("2"), right above "5.2 In total, eight agencies had 41 recorded" / "contacts with the family …": paragraph
    5.2 takes its own number and goes on over the next line; the count does not number the line after it."""
    passages = _dev_page("pendlebury-reportlab", "merrowdale-cspr-child-r-report.pdf", 8)
    numbered = {p.paragraph: p.text for p in passages if p.paragraph}
    assert numbered["5.2"].startswith("In total, eight agencies had 41 recorded contacts with the family")
    assert "2" not in numbered


def test_prose_in_the_documents_running_size_above_a_table_in_smaller_type_is_no_heading():
    """eval/dev/wrenbury-margins page 6: two lines of prose ("4.1 The table below sets out …") above a chronology
    set smaller that fills the page: the page's own body size is the table's, but the prose is in the document's
    running size, not larger than its body, so 4.1 is a paragraph and no heading."""
    passages = _dev_page("wrenbury-margins", "wrenbury-lcspr-child-j-overview-report.pdf", 6)
    numbered = {p.paragraph: p for p in passages if p.paragraph}
    assert numbered["4.1"].text.startswith("The table below sets out the key events that the review identified")
    assert not [p for p in passages if "4.1 The table below" in (p.section or "")]
