"""Designed reviews' paragraph furniture (qa/passages): a side heading run in before the paragraph number on its
line, a bold lead that runs on into body type, a section band or running title at a page's top that interrupts a
sentence running over from the page before, bare-numbered points in a narrow column, a heading set in bold with
a bare section number, and a quotation's second line, which is no heading."""

from __future__ import annotations

from qa.clean import line_key
from qa.passages import build_passages
from qa.passages.lines import Line, page_lines, page_top_furniture
from qa.passages.numbering import bare_paragraph_starts
from qa.types import Page

BODY = "carried out the new birth visit on 3 May 2022, eleven days"  # a column's full line, about 45 characters


def by_number(passages) -> dict[str, object]:
    return {p.paragraph: p for p in passages if p.paragraph}


def test_a_side_heading_run_in_before_the_paragraph_number_is_split_off_and_heads_the_paragraph():
    """"Early months. 4.1 HV1 carried out …": the number after the lead starts paragraph 4.1, the lead is its
    heading within the section, and "4.4 At" (a lead, then a paragraph whose first line stops on "At") is no
    numbered heading."""
    text = "\n".join([
        "4 Agency involvement",
        "Early months. 4.1 HV1 carried out the",
        "new birth visit on 3 May 2022, eleven days late.",
        "4.2 GP1 saw Ms K on 14 June 2022 and",
        "diagnosed postnatal depression that day.",
        "First domestic abuse incident. 4.3 At",
        "23.15 hrs on 2 November 2022 a neighbour",
        "called the police to report shouting.",
    ])
    assert [(line.text, line.lead) for line in page_lines(text, 1)[1:3]] == [
        ("Early months.", True), ("4.1 HV1 carried out the", False)]
    assert [line.text for line in page_lines("He said so. 4.5 million were spent", 1)] == [
        "He said so.", "4.5 million were spent"]  # split, but "million" starts no paragraph: it stays text
    passages = build_passages([Page(1, text)], "r.pdf", "R")
    found = by_number(passages)
    assert sorted(found) == ["4.1", "4.2", "4.3"]
    assert found["4.1"].text.startswith("HV1 carried out the new birth visit")
    assert found["4.1"].section == "4 Agency involvement — Early months."
    assert found["4.3"].text.startswith("At 23.15 hrs on 2 November 2022")
    assert found["4.3"].section == "4 Agency involvement — First domestic abuse incident."
    assert not any(p.text.startswith("Early months") for p in passages)


def test_a_bold_lead_that_runs_on_into_body_type_starts_a_paragraph_not_a_heading():
    """A numbered line set wholly in bold is a heading when its wrap is bold too ("4.1 Key practice episode 1:
    … (October 2019 – June" / "2021)"), but a run-in lead goes on in body type on the next line: a paragraph."""
    text = "\n".join([
        "1.1 Missed health reviews and the change of",
        "social worker. Child M was not brought to",
        "his review on 9 December 2024 or later.",
        "1.2 Key practice episode 1: pregnancy and the",
        "first year",
        "1.3 The skeletal survey on 16 February 2025 found",
        "three rib fractures described in paragraph 1.1.",
    ])
    styled = ["1.1 Missed health reviews and the change of", "social worker.",
              "1.2 Key practice episode 1: pregnancy and the", "first year"]
    passages = build_passages([Page(1, text, styled=styled)], "r.pdf", "R")
    found = by_number(passages)
    assert found["1.1"].text.startswith("Missed health reviews and the change of social worker. Child M")
    assert "1.2" not in found  # a heading wrapped in bold
    assert found["1.3"].section.startswith("1.2 Key practice episode 1")


def test_a_section_band_at_a_page_top_does_not_cut_a_paragraph_running_over_the_page_break():
    """The band repeats its section's heading ("4 Key episodes") and the page before left its sentence open,
    the line after the band going on in lower case: the paragraph runs on past it. A heading printed once at a
    page's top is where its section starts, whatever follows."""
    first = "\n".join(["1 Key episodes", "1.1 Mr R was released on bail the next day", "with a condition not to"])
    second = "\n".join(["1 Key episodes", "attend the flat. A strategy discussion was", "held on 6 November 2024."])
    lines = [line for number, text in ((1, first), (2, second)) for line in page_lines(text, number)]
    assert page_top_furniture(lines) == {3}
    passages = build_passages([Page(1, first), Page(2, second)], "r.pdf", "R")
    paragraph = by_number(passages)["1.1"]
    assert "with a condition not to attend the flat. A strategy discussion" in paragraph.text
    assert [n for _, n in paragraph.page_breaks] == [1, 2]
    once = "\n".join(["Introduction", "1 This is the summary of the review", "commissioned by the board."])
    cover = "\n".join(["Serious Case Review", "FICTIONAL – every person in this summary is", "invented"])
    lines = [line for number, text in ((1, cover), (2, once)) for line in page_lines(text, number)]
    assert page_top_furniture(lines) == set()


def test_bare_numbered_points_in_a_narrow_column_are_paragraphs_not_headings():
    """"4 Notifications were screened in" / "isolation. The first …": a short line whose sentence goes on in
    lower case is a numbered point in a narrow column, not a heading like "1 Introduction"."""
    texts = []
    for n in range(1, 10):
        texts += [f"{n} Notifications were screened in", "isolation. The first police notification", "was closed."]
    lines = [Line(text, 1) for text in texts]
    starts = bare_paragraph_starts(lines, [90] * len(lines), [False] * len(lines))
    assert [number for number, _ in starts.values()] == [str(n) for n in range(1, 10)]
    headings = [Line(f"{n} Introduction", 1) for n in range(1, 10)]
    assert bare_paragraph_starts(headings, [90] * 9, [False] * 9) == {}


def test_a_bare_numbered_heading_set_in_bold_is_a_heading_even_when_long():
    text = "\n".join([
        "1.1 Ms K said that she had felt watched but not helped by",
        "anyone who came to the house in those months.",
        "2 Agency involvement and key practice episodes",
        "2.1 HV1 carried out the new birth visit on 3 May 2022, eleven",
        "days later than the service standard because of the move.",
    ])
    found = by_number(build_passages([Page(1, text, styled=["2 Agency involvement and key practice episodes"])],
                                     "r.pdf", "R"))
    assert found["2.1"].section == "2 Agency involvement and key practice episodes"
    unstyled = by_number(build_passages([Page(1, text)], "r.pdf", "R"))
    assert unstyled["2.1"].section != "2 Agency involvement and key practice episodes"  # only where set as one


def test_a_quotations_second_line_is_no_heading():
    text = "\n".join([
        "1.1 The plan offered practical support, which Ms K took up in the end.",
        "“Everyone could see she was small.",
        "Nobody had a number that said",
        "how small.” — a practitioner at the learning event",
        "1.2 Episode 4: the referral of 2 November 2023 came from the nursery manager.",
    ])
    passages = build_passages([Page(1, text)], "r.pdf", "R")
    assert by_number(passages)["1.2"].section != "Nobody had a number that said"


def test_a_paragraph_in_a_column_ends_where_its_own_lines_stop_short():
    """A column narrower than the page's other text: a sentence ending at a line's end inside a numbered
    paragraph does not end the paragraph; a line well short of the column's width does."""
    wide = "This brief summarises an invented review for training and software testing. No real child"
    text = "\n".join([wide, wide, wide, wide,
                      "9 Some practice was very good. Early", "help support in 2023 improved the brother’s",
                      "school attendance to 91%. The school", "recorded the disclosure carefully and quickly.",
                      "Hospital staff recognised the injury", "within an hour on 14 February 2024.",
                      "Find out more", "The full overview report is on the website of the partnership board."])
    passages = build_passages([Page(1, text)], "r.pdf", "R")
    nine = next(p for p in passages if "Some practice" in p.text)
    assert "Hospital staff recognised the injury within an hour" in nine.text


def test_a_running_footers_page_count_is_part_of_its_key():
    assert line_key("FICTIONAL — learning brief 2 of 2") == line_key("FICTIONAL — learning brief")
    assert line_key("FICTIONAL — learning brief 1/2") == line_key("FICTIONAL — learning brief")
    assert line_key("Child M") == "child m"


def test_a_running_footers_roman_label_folds_like_its_arabic_one():
    """Front matter numbered i, ii, iii carries the body's running footer with a roman label at its end: the same
    footer, so it is folded with the arabic pages' and taken off; a word that is no numeral stays."""
    footer = "FICTIONAL — practice document · CVRSB CPR 02/2024"
    assert line_key(f"{footer} iii") == line_key(f"{footer} 7") == line_key(f"{footer} xiv")
    assert line_key("The review found a mix") == "the review found a mix"
    assert line_key("Child iv said") == "child iv said"


def test_a_briefings_numbered_titled_points_number_the_text_under_them():
    """A seven-minute briefing sets each point as a numbered title over its text ("4. The domestic abuse
    incident" / "Police were called …"): the text is point 4. A section heading over paragraphs numbered of
    their own ("2. Findings" / an unnumbered lead-in / "2.1 …") leaves the lead-in unnumbered."""
    text = "\n".join([
        "4. The domestic abuse incident",
        "Police were called to the family's first flat late at night on 21 August 2022. Mr D was",
        "arrested after Ms K was injured.",
        "5. The bruise",
        "In November 2022 the GP saw a bruise behind Child S's ear when he was seven months old",
        "and not yet crawling.",
    ])
    found = by_number(build_passages([Page(1, text)], "b.pdf", "B"))
    assert found["4"].text.startswith("Police were called") and found["4"].section == "4. The domestic abuse incident"
    assert found["5"].text.startswith("In November 2022 the GP saw a bruise")
    report = "\n".join([
        "2. Findings",
        "The review makes four findings, each set out below with the evidence the panel relied on.",
        "2.1 The first finding is that information about Mr D was never put together by anyone.",
    ])
    passages = build_passages([Page(1, report)], "r.pdf", "R")
    assert sorted(by_number(passages)) == ["2.1"]
    assert any(p.text.startswith("The review makes four findings") and p.paragraph is None for p in passages)


def test_a_heading_set_over_three_lines_heads_what_follows_and_ends_no_paragraph():
    """An unnumbered heading set in bold that wraps in a narrow column ("Episode 2: early help and the knife at" /
    "school (November 2023 to February" / "2024)") is one heading: the paragraphs under it have it as their
    section, and the paragraph above does not take in its first lines."""
    heading = ["Episode 2: early help and the knife at", "school (November 2023 to February", "2024)"]
    text = "\n".join([
        "1.1 The missing person coordinator, PC1,",
        "graded the episode as medium risk. No",
        "intelligence report was submitted about",
        "the school.",
        *heading,
        "1.2 DSL1 referred Jaden to early help after",
        "his attendance fell to 62 per cent in the",
    ])
    found = by_number(build_passages([Page(1, text, styled=heading)], "r.pdf", "R"))
    assert found["1.2"].section == " ".join(heading)
    assert "Episode" not in found["1.1"].text


def test_a_contents_list_on_a_page_with_other_text_gives_no_numbered_paragraphs():
    """A foreword, then the contents on the same page, each page number on a line of its own: the titles and
    numbers are contents, not paragraphs numbered by the page numbers; the foreword stays."""
    text = "\n".join([
        "Foreword",
        "This review concerns a baby boy who suffered life-changing injuries in January 2024.",
        "Gwen Okafor-Lyle, Independent Scrutineer",
        "Contents", "Foreword", "ii", "1 Introduction", "1", "2 The review process", "1",
        "3 Child R and his family", "2", "4 Key episodes", "3", "5 Agency involvement", "5",
    ])
    passages = build_passages([Page(2, text)], "r.pdf", "R")
    assert not by_number(passages)
    assert any("life-changing injuries" in p.text and "Okafor-Lyle" in p.text for p in passages)
    assert not any("Agency involvement" in p.text for p in passages)


FOREWORD = [
    "Foreword",
    "This review is about Ezra, a seven-year-old boy who was admitted to hospital in February 2023.",
    "The Partnership accepted every recommendation at its meeting on 12 June 2024.",
    "Dr Imogen Latchford",
    "Independent Chair, Saltmoor and Fenby Safeguarding",
    "Children Partnership Board",
]


def test_a_signature_under_a_foreword_is_text_of_the_foreword_not_a_heading():
    """A name alone on its line after a sentence's end, with the signatory's role on the line below, is a
    signature: text of the foreword's section, not the heading of what follows."""
    text = "\n".join(FOREWORD + ["1 Introduction", "1.1 Ezra lived with his mother and two sisters in Fenby."])
    passages = build_passages([Page(3, text)], "r.pdf", "R")
    signed = [p for p in passages if "Dr Imogen Latchford" in p.text]
    assert signed and signed[0].section == "Foreword"
    assert "Latchford" not in (by_number(passages)["1.1"].section or "")


def test_a_contents_page_that_goes_on_with_a_foreword_keeps_the_foreword():
    """Contents with their page numbers, then the foreword on the same page: the list is dropped, the foreword
    and its signature are read."""
    entries = ["Contents", "Foreword ii", "Glossary of roles iii", "1 Introduction 1", "2 How the review was done 1",
               "3 The family 2", "4 Key episodes 2", "5 Agency involvement 4", "6 Analysis 5"]
    passages = build_passages([Page(2, "\n".join(entries + FOREWORD))], "r.pdf", "R")
    assert any("admitted to hospital in February 2023" in p.text for p in passages)
    assert any("Dr Imogen Latchford" in p.text for p in passages)
    assert not any("Agency involvement" in p.text or "Agency involvement" in (p.section or "") for p in passages)


def test_signature_names_are_read_off_signatures_only():
    from qa.passages.signatures import signature_name

    def name(text):
        found = signature_name(text)
        return found and text[found[0] : found[1]]

    assert name("Gwen Okafor-Lyle, Independent Scrutineer, Merrowdale County Safeguarding Children Partnership") \
        == "Gwen Okafor-Lyle"
    assert name("Professor Elin Caradog Independent Chair, Llanferyn Regional Safeguarding Board") \
        == "Professor Elin Caradog"
    assert name("Dr Owen Tresilian") == "Dr Owen Tresilian"
    assert name("Rhiannon Vell, Head of Safeguarding, chaired the panel.") is None  # a sentence
    assert name("Meredith Yorath and Ifor Penhallow led the review") is None
    assert name("Child Safeguarding Practice Review Panel") is None


def test_a_letters_signature_goes_on_with_its_closing():
    """"Yours sincerely," with the name and the role under it is one closing: the role is no heading."""
    text = "\n".join(["I will report on progress to the Executive Group on 21 March 2024.", "Yours sincerely,",
                      "Dr Imogen Tate", "Independent Scrutineer, Kelsford Safeguarding Children Partnership",
                      "cc: Chair, Kelsford Schools' Safeguarding Forum"])
    passages = build_passages([Page(1, text)], "letter.pdf", "Letter")
    closing = next(p for p in passages if "Yours sincerely" in p.text)
    assert "Dr Imogen Tate" in closing.text and "Independent Scrutineer" in closing.text
    assert not any("Scrutineer" in (p.section or "") for p in passages)


def test_a_section_heading_repeated_as_continued_does_not_restart_its_numbering():
    """"4. Key episodes in practice (continued)" at the top of a later page: the paragraph after it is still
    4.14, not text because the numbering started again at 4 (after which 4.14 would not follow)."""
    text = "\n".join(["4. Key episodes in practice"] + [
        f"4.{k} The panel heard what each agency knew of the family, and what it did." for k in range(1, 14)] + [
        "4. Key episodes in practice (continued)",
        "The incident, July 2024",
        "4.14 At 03.52 hrs on 27 July 2024 a member of the public called an ambulance after finding",
        "Child R in the stairwell of Kestrel House.",
    ])
    found = by_number(build_passages([Page(9, text)], "r.pdf", "R"))
    assert "03.52 hrs" in found["4.14"].text
