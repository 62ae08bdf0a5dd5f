"""Headings on pages whose type is known (qa/passages/blocks.py): a numbered heading set wholly in bold or
larger type is a heading however long, its wrapped second line included; a heading right after a table
row is a heading (a rebuilt row is whole, never a sentence the heading could be the tail of)."""

from __future__ import annotations

from qa.passages import build_passages
from qa.types import Page

BODY = [
    "Rather than a full chronology, the review team identified six key practice episodes: periods in",
    "which practice made a difference, or could have. Each is summarised below in its turn.",
]
HEADING = ["1.1 Key practice episode 1: pregnancy and the first year (October 2019 – June", "2021)"]
PARAGRAPH = [
    "1.1.1 Ms N booked for antenatal care on 4 November 2019, at eleven weeks of pregnancy. She",
    "told the midwife, MW1, that she had been drinking most nights before she knew she was pregnant.",
    "1.1.2 Ms N attended one appointment at the Hub and missed the next two. The Hub wrote to her",
    "and, when she did not reply, closed the referral on 16 March 2020 and told the GP about it.",
]


def _passages(text: list[str], styled: list[str] | None, before: Page | None = None):
    pages = ([before] if before else []) + [Page(2 if before else 1, "\n".join(text), styled=styled)]
    return build_passages(pages, "review.pdf", "Review")


def test_a_long_numbered_heading_set_in_bold_is_the_section_of_its_paragraphs():
    styled = ["Key practice episodes", *HEADING]
    passages = _passages(["Key practice episodes", *BODY, *HEADING, *PARAGRAPH], styled)
    first = next(p for p in passages if p.paragraph == "1.1.1")
    assert first.section == "1.1 Key practice episode 1: pregnancy and the first year (October 2019 – June 2021)"
    assert not [p for p in passages if p.paragraph == "1.1"]  # the heading is no paragraph of its own
    assert first.text.startswith("Ms N booked") and "2021)" not in first.text


def test_the_same_line_set_in_body_type_stays_a_paragraph():
    passages = _passages(["Key practice episodes", *BODY, *HEADING, *PARAGRAPH], ["Key practice episodes"])
    assert [p.text for p in passages if p.paragraph == "1.1"] == [" ".join(HEADING)[4:]]


def test_a_heading_after_a_table_row_on_the_page_before_is_a_heading():
    table = Page(1, "\n".join([
        "Agency | Service involved | Period of involvement | Recorded contacts",
        "Moraig Women's Support | Domestic abuse outreach | Nov 2022 – Jan 2023 | 3",
    ]), styled=[])
    passages = _passages(["Key practice episodes", *BODY], ["Key practice episodes"], before=table)
    body = next(p for p in passages if p.text.startswith("Rather than"))
    assert body.section == "Key practice episodes"


def test_an_appendix_title_after_a_chronology_is_a_heading_but_not_inside_a_sentence():
    """"Appendix B: Role codes used in this report" after a table's last row starts a section of its own, though
    a table (not body text) follows it and most of its words are lower case; a line of a sentence that happens to
    start with "Appendix C" is no heading."""
    rows = [f"{d}/10/2012 Hospital Child N seen on the ward by the paediatric registrar on duty that day." for d in (10, 11, 12)]
    table = ["Code Role Agency", "SW1 Social worker, February to June 2012 Children's Social Care",
             "HV1 Health visitor until November 2011 Community Health NHS Trust"]
    passages = build_passages([Page(1, "\n".join(rows)), Page(2, "\n".join(["Appendix B: Role codes used in this report", *table]))],
                              "review.pdf", "Review")
    assert not any("Appendix B" in p.text for p in passages if p.kind == "row")
    assert all((p.section or "").startswith("Appendix B: Role codes used in this report") for p in passages if p.page == 2)

    sentence = ["The people who took part are listed at the end of the report: the panel members at",
                "Appendix C and the abbreviations at Appendix A. Each agency also wrote its own report for the panel."]
    passages = build_passages([Page(1, "\n".join(sentence))], "review.pdf", "Review")
    assert not any(p.section and p.section.startswith("Appendix C") for p in passages)
    assert any("panel members at Appendix C and the abbreviations" in p.text for p in passages)


def test_a_heading_that_stops_on_a_word_no_title_ends_on_goes_on_to_its_next_line():
    """A large-type heading wraps early ("2 Terms of reference and how the review was" / "done"): a line that
    ends on "was", "of", "the" … is not the whole title, however short, so its next bold line is its end."""
    heading = ["2 Terms of reference and how the review was", "done"]
    paragraph = ["2.1 The Partnership appointed Dr Imogen Farrant as the independent lead reviewer on 1 March",
                 "2024. She had not worked for any of the agencies involved with the family."]
    passages = _passages([*BODY, *heading, *paragraph], heading)
    first = next(p for p in passages if p.paragraph == "2.1")
    assert first.section == "2 Terms of reference and how the review was done"
    assert not [p for p in passages if p.text == "done"]



def test_a_short_line_that_ends_what_the_line_before_left_open_is_no_heading():
    """"SW1 Social worker, allocated May to" / "August 2023": a line stopping on "to", "of", "the" … is not over,
    so the short capitalised line after it on the same page ends it rather than titling what follows."""
    text = ["Role codes used in this review", "SW1 Social worker, Children's Services, allocated May to", "August 2023",
            "SW2 Social worker, Children's Services, allocated from", "September 2023",
            "The review thanks the practitioners who met the reviewer and the family for their time and their",
            "openness. Their accounts are reflected throughout."]
    passages = _passages(text, None)
    joined = " ".join(p.text for p in passages)
    assert "allocated May to August 2023" in joined and "allocated from September 2023" in joined
    assert not any(p.section in ("August 2023", "September 2023") for p in passages)


def test_a_table_caption_heads_its_rows_and_the_section_resumes_after_the_table():
    """"Table 2: Chronology of key events" is the title of the table's rows, not of the numbered paragraphs after the
    table: they stay in the section the caption interrupted (a year in the caption is not theirs)."""
    heading, caption = "1 Key events, July 2020 to February 2022", "Table 2: Chronology of key events"
    rows = ["Date | Agency | What happened",
            "11/08/2020 | Calderford Council | Transfer-in summary sent by secure email to the health visiting team.",
            "14/09/2020 | Health visiting | HV1 completed a transfer-in contact at home and weighed Child M."]
    passages = _passages([heading, *BODY, caption, *rows, *PARAGRAPH], [heading, caption])
    table = [p for p in passages if p.kind == "row"]
    assert len(table) == 3 and all(p.section.startswith(caption) for p in table)
    assert next(p for p in passages if p.paragraph == "1.1.1").section == heading
    # a caption over a table not read as rows keeps heading what follows: its cells may be the text after it
    plain = _passages([heading, *BODY, caption, *PARAGRAPH], [heading, caption])
    assert next(p for p in plain if p.paragraph == "1.1.1").section == caption


def test_entries_of_a_key_of_codes_are_no_headings():
    """A key of who is who or of abbreviations set as short lines ("DSP1 Designated safeguarding person, …" /
    "ED1 Junior doctor, …"): each entry is text under the key's own heading, none the section of the next."""
    key = ["DC1 Detective constable, Dyfnant Police child abuse investigation unit",
           "DSP1 Designated safeguarding person, Ysgol Gynradd Bryn Eithin",
           "ED1 Junior doctor, Emergency Department, Ysbyty Cadwell",
           "CPR Child Practice Review"]
    # pages whose type styles are not known (pypdf's text stands): short capitalised lines look like headings
    passages = _passages(["Glossary of role codes and terms", *BODY, *key, *PARAGRAPH], None)
    assert all(p.section == "Glossary of role codes and terms" for p in passages)
    assert "ED1 Junior doctor, Emergency Department, Ysbyty Cadwell" in " ".join(p.text for p in passages)
    # one line of that shape alone, with body text after it, is still a heading
    alone = _passages([*BODY, "NHS England guidance", *PARAGRAPH], None)
    assert alone[-1].section == "NHS England guidance" and "Ms N booked" in alone[-1].text


def test_headings_that_end_a_page_do_not_title_the_next_pages_text():
    """Lines read as headings with nothing after them on their page (a running line, a signature, the last
    lines of a key) are kept as text of their own; the next page's heading alone is the section of its text."""
    end_of_page = Page(1, "\n".join(["Glossary of role codes", *BODY, "Appendix A Timeline of contacts"]),
                       styled=["Glossary of role codes", "Appendix A Timeline of contacts"])
    heading = "1. Introduction"
    passages = _passages([heading, *PARAGRAPH], [heading], before=end_of_page)
    first = next(p for p in passages if p.paragraph == "1.1.1")
    assert first.section == heading
    assert any(p.text == "Appendix A Timeline of contacts" and p.page_at(0) == 1 for p in passages)
    # on one page, a heading run still titles what follows it ("2 Background" / "2.1 The family")
    together = _passages(["Appendix A Timeline of contacts", heading, *PARAGRAPH],
                         ["Appendix A Timeline of contacts", heading])
    assert next(p for p in together if "Ms N booked" in p.text).section == f"Appendix A Timeline of contacts {heading}"


def test_a_short_numbered_line_in_body_type_starts_its_paragraph_where_the_type_is_known():
    """A paragraph's first line cut short (by a box set beside it, or a name wrapped early: "3.2 Father attended
    a CPA review with CPN1 on 10 January" / "2013. He said …") is shaped like a numbered heading; on a page whose
    type is known and sets it in body type it starts paragraph 3.2, and its text is not split off as a section.
    "3.3 The police notification …" in bold is a heading, also where every paragraph number is set in bold."""
    text = ["3 Summary of agency involvement",
            "3.1 On 7 January 2013 Mother started a part-time hair and beauty course at the college in the",
            "town. From that week MGM looked after Child N at her home three days a week, as agreed.",
            "3.2 Father attended a CPA review with CPN1 on 10 January",
            "2013. He said that he was struggling to cope with the baby's crying and that he had",
            "put his fist through a door. CPN1 recorded the disclosure and increased his appointments.",
            "3.3 The police notification and the initial assessment",
            "3.4 At 01.40 on 14 February 2013 Mother called the police. She said Father had thrown a mug at",
            "her and pushed her against a wall. Father had left before PC3 arrived at the flat that night."]
    styled = ["3 Summary of agency involvement", "3.3 The police notification and the initial assessment"]
    numbered = {p.paragraph: p for p in _passages(text, styled) if p.kind == "paragraph"}
    assert numbered["3.2"].text.startswith("Father attended a CPA review with CPN1 on 10 January 2013. He said")
    assert numbered["3.2"].section == "3 Summary of agency involvement"
    assert numbered["3.4"].section == "3.3 The police notification and the initial assessment"
    # every paragraph number set in bold ("3.2" before "Father attended …"), the heading's title a run of its own
    styled = ["3 Summary of agency involvement", "3.1", "3.2", "3.3",
              "The police notification and the initial assessment"]
    numbered = {p.paragraph: p for p in _passages(text, styled) if p.kind == "paragraph"}
    assert numbered["3.2"].text.startswith("Father attended a CPA review with CPN1 on 10 January 2013. He said")
    assert numbered["3.4"].section == "3.3 The police notification and the initial assessment"
