"""qa.tables: grid-table rows rebuilt from pypdf's layout text and spliced into the page's plain text."""

from qa.tables import TABLE_ROW, splice_tables

# what pypdf gives for a page with a family table: layout mode keeps each row on a line (a long cell wraps
# onto the next line, indented to its column; a cell filled to the edge touches the next column with one
# space), plain mode gives every cell line on a line of its own
FAMILY_LAYOUT = """\
2.1     The members of Child T's family are shown in the table below.

 Name used in this report      Relationship to Child T                                       Age at 13 November 2007

 Child T                       Subject of this review                                        18 months

 Mr G                          Father of Child T and of both siblings; left the household in 29 years
                               July 2006

 Mr C                          Cousin of Mr B; living in the household from about September  37 years
                               2007

2.2     The family is white British.
"""
FAMILY_PLAIN = """\
2.1 The members of Child T's family are shown in the table below.
Name used in this report
Relationship to Child T
Age at 13 November 2007
Child T
Subject of this review
18 months
Mr G
Father of Child T and of both siblings; left the household in
July 2006
29 years
Mr C
Cousin of Mr B; living in the household from about September
2007
37 years
2.2 The family is white British."""


def test_a_tables_cells_are_put_back_together_row_by_row():
    lines = splice_tables(FAMILY_PLAIN, FAMILY_LAYOUT).split("\n")
    assert lines == [
        "2.1 The members of Child T's family are shown in the table below.",
        "Name used in this report | Relationship to Child T | Age at 13 November 2007",
        "Child T | Subject of this review | 18 months",
        "Mr G | Father of Child T and of both siblings; left the household in July 2006 | 29 years",
        "Mr C | Cousin of Mr B; living in the household from about September 2007 | 37 years",
        "2.2 The family is white British.",
    ]
    assert all(TABLE_ROW.search(line) for line in lines[1:5])


CHRONOLOGY_LAYOUT = """\
 Date            Agency                  Event

 19 September    Eastmarch               Police attend verbal argument between Ms A and Mr G.
 2006            Constabulary
 14/12/06        GP                      Child T seen with bruise to forehead. Explanation: rolled off
                                         the sofa.
 28/01/2007      Hospital                Admitted with head swelling.
"""
CHRONOLOGY_PLAIN = """\
Date
Agency
Event
19 September
2006
Eastmarch
Constabulary
Police attend verbal argument between Ms A and Mr G.
14/12/06
GP
Child T seen with bruise to forehead. Explanation: rolled off
the sofa.
28/01/2007
Hospital
Admitted with head swelling."""


def test_a_wrapped_first_cell_stays_in_its_row():
    """Layout mode cannot tell "2006" (the date cell wrapping) from a new row; the plain text, which gives
    each cell whole, can: a row starts where the text comes back to the first column."""
    assert splice_tables(CHRONOLOGY_PLAIN, CHRONOLOGY_LAYOUT).split("\n") == [
        "Date | Agency | Event",
        "19 September 2006 | Eastmarch Constabulary | Police attend verbal argument between Ms A and Mr G.",
        "14/12/06 | GP | Child T seen with bruise to forehead. Explanation: rolled off the sofa.",
        "28/01/2007 | Hospital | Admitted with head swelling.",
    ]


def test_numbered_paragraphs_are_not_a_table():
    layout = """\
2.1     The members of the family are listed here and the text runs on
        to a second line of the same paragraph.
2.2     The family is white British and English is the first language of
        all its members.
2.3     Ms A grew up in Wendmere.
"""
    plain = "2.1 The members of the family are listed here and the text runs on\nto a second line of the same paragraph.\n" \
            "2.2 The family is white British and English is the first language of\nall its members.\n2.3 Ms A grew up in Wendmere."
    assert splice_tables(plain, layout) == plain


def test_a_table_whose_first_column_counts_its_rows_under_column_titles_is_a_table():
    """A cover's document-control table (eval/dev/corranmore-scr): its versions (0.1, 0.2, 1.0) look like
    paragraph numbers, but the row of column titles over them says table; its circulation cells are not headings."""
    layout = """\
Version   Date               Status                                        Circulation
0.1       12 July 2013       First draft                                   Review team
0.2       9 September 2013   Revised after practitioner learning event     Review team
1.0       26 November 2013   Approved by the Child Protection Committee    SCR sub-group
"""
    plain = "\n".join(["Version", "Date", "Status", "Circulation", "0.1", "12 July 2013", "First draft", "Review team",
                       "0.2", "9 September 2013", "Revised after practitioner learning event", "Review team",
                       "1.0", "26 November 2013", "Approved by the Child Protection Committee", "SCR sub-group"])
    assert splice_tables(plain, layout).split("\n") == [
        "Version | Date | Status | Circulation",
        "0.1 | 12 July 2013 | First draft | Review team",
        "0.2 | 9 September 2013 | Revised after practitioner learning event | Review team",
        "1.0 | 26 November 2013 | Approved by the Child Protection Committee | SCR sub-group",
    ]


def test_two_column_running_text_is_not_a_table():
    """A page set in two columns lines up like a table, but pypdf's plain text reads one column after the
    other: nothing is spliced."""
    layout = """\
[1] This is the executive summary of the second serious                  [5] The Board's first review of this case was completed
case review that Wendmere Local Safeguarding                             in June 2008. Ofsted, which evaluates every serious case
Children Board (the Board) has carried out into the                      review in England, told the Board in a letter dated the
"""
    plain = "[1] This is the executive summary of the second serious\ncase review that Wendmere Local Safeguarding\n" \
            "Children Board (the Board) has carried out into the\n[5] The Board's first review of this case was completed\n" \
            "in June 2008. Ofsted, which evaluates every serious case\nreview in England, told the Board in a letter dated the"
    assert splice_tables(plain, layout) == plain


def test_a_table_whose_plain_text_differs_is_left_alone():
    plain = FAMILY_PLAIN.replace("Cousin of Mr B", "Brother of Mr B")
    assert splice_tables(plain, FAMILY_LAYOUT) == plain
