from qa.clean import (
    clean_pages, dehyphenate, is_page_number, normalize, repeated_edge_keys, split_lines, strip_headers_footers,
)


def test_normalize_ligatures_controls_and_soft_hyphens():
    assert normalize("e\ufb03cient \ufb01le") == "efficient file"
    assert normalize("safe\u00adguarding") == "safeguarding"
    assert normalize("a\x00b\x07c") == "abc"
    assert normalize("a\r\nb") == "a\nb"


def test_split_lines_collapses_whitespace_and_drops_empty_lines():
    assert split_lines("  one   two \n\n\t three\u00a0four  ") == ["one two", "three four"]


def test_page_number_lines():
    for line in ["12", "Page 3", "Page 3 of 30", "page 12 of 120", "- 7 -", "iv", "3/30"]:
        assert is_page_number(line), line
    for line in ["3.14 The panel", "Page three was torn", "2007 was a year", "Child T"]:
        assert not is_page_number(line), line


def test_running_headers_and_footers_are_removed_but_body_lines_stay():
    pages = [
        ["SERIOUS CASE REVIEW — CHILD T", f"Body line {i} about the case.", "The same sentence on every page.", f"Page {i} of 5"]
        for i in range(1, 6)
    ]
    cleaned = clean_pages(["\n".join(p) for p in pages])
    for i, lines in enumerate(cleaned, start=1):
        assert f"Body line {i} about the case." in lines
        assert not any("SERIOUS CASE REVIEW" in line for line in lines)
        assert not any("Page" in line and "of 5" in line for line in lines)


def test_a_line_repeated_only_in_the_middle_of_pages_is_not_a_header():
    pages = [["Top " + str(i), "a", "b", "c", "Recommendation accepted.", "d", "e", "f", "Bottom " + str(i * 7)] for i in range(6)]
    keys = repeated_edge_keys(pages)
    assert "recommendation accepted." not in keys


def test_line_end_hyphenation_is_rejoined_and_real_compounds_keep_their_hyphen():
    pages = [["The safe-", "guarding partners met.", "Her well-being mattered and her well-", "being was assessed.",
              "Safeguarding is everyone's business; the assess-", "ment was late."]]
    assert dehyphenate(pages) == [["The safeguarding", "partners met.", "Her well-being mattered and her well-being",
                                   "was assessed.", "Safeguarding is everyone's business; the assessment", "was late."]]


def test_a_document_that_never_breaks_words_keeps_its_line_end_hyphens():
    """A word processor breaks lines only at hyphens it prints: with no split in the document rejoining to a
    word it uses elsewhere, an unknown split ("two-" / "bedroom") is a compound and keeps its hyphen; the same
    split in a document that does break words ("safe-" / "guarding" beside "safeguarding") is joined."""
    word_processor = [["They lived in a two-", "bedroom flat; her well-", "being was assessed at a follow-",
                       "up visit. Her well-being mattered."]]
    assert dehyphenate(word_processor) == [["They lived in a two-bedroom", "flat; her well-being",
                                            "was assessed at a follow-up", "visit. Her well-being mattered."]]
    halves_are_words = [["A follow-", "up visit; we follow up what we follow."]]  # no other split to go by
    assert dehyphenate(halves_are_words) == [["A follow-up", "visit; we follow up what we follow."]]
    assert dehyphenate([["the sa-", "feguarding lead"]]) == [["the safeguarding", "lead"]]
    typeset = [["They lived in a two-", "bedroom flat; the safe-", "guarding lead met. Safeguarding matters."]]
    assert dehyphenate(typeset) == [["They lived in a twobedroom", "flat; the safeguarding", "lead met. Safeguarding matters."]]


def test_hyphenation_across_a_page_break_completes_the_word_on_the_first_page():
    assert dehyphenate([["the assess-"], ["ment was late; the assessment was thin."]]) == [
        ["the assessment"], ["was late; the assessment was thin."]]


def test_unreadable_pages_stay_empty():
    assert clean_pages([None, "text"]) == [[], ["text"]]


def test_printed_page_numbers_become_labels_only_when_they_count_with_their_neighbours():
    from qa.clean import printed_labels

    pages = [
        ["Child Safeguarding Practice Review", "Child M"],  # a cover prints no number
        ["Contents", "1 Introduction .... 1", "ii"],
        ["Executive summary", "The review found …", "- iii -"],
        ["1 Introduction", "1.1 The review …", "FICTIONAL | Page 1"],
        ["1.2 The panel …", "FICTIONAL | Page 2 of 9"],
        ["In 2007 the family moved twice.", "3.1 The GP saw Child M on 3 occasions", "12"],  # 12 counts nothing
    ]
    assert printed_labels(pages) == [None, "ii", "iii", "1", "2", None]


def test_a_paragraph_number_standing_alone_at_the_top_of_pages_is_no_running_header():
    """"4.4" on its own line, its text below, may open several pages: unlike a page number it is kept."""
    pages = [[f"{n}.{k}", "The panel found that the agencies did not share what they knew.", "More text here."]
             for n, k in ((1, 1), (4, 4), (5, 2))]
    assert [lines[0] for lines in strip_headers_footers(pages)] == ["1.1", "4.4", "5.2"]
    numbered = [["7", "The panel found that the agencies did not share.", "More."] for _ in range(3)]
    assert [lines[0] for lines in strip_headers_footers(numbered)] == ["The panel found that the agencies did not share."] * 3


def test_a_running_title_is_one_header_whether_its_page_number_shares_its_line_or_not():
    """Two-column pages read the page number beside a running title as a line of its own, single-column pages
    as the end of the title's line: both are the same running header, stripped on every page."""
    title = "Brackwater SCP | Local Child Safeguarding Practice Review: Child F"
    def body(word: str) -> list[str]:
        return [f"The {word} panel met and wrote line {letter}." for letter in "abcdefgh"]

    pages = [[title, "3"] + body("first"), [title, "4"] + body("second"), [f"{title} 5"] + body("third")]
    cleaned = strip_headers_footers(pages)
    assert [lines[0] for lines in cleaned] == [f"The {word} panel met and wrote line a." for word in ("first", "second", "third")]


def test_a_folio_written_after_the_running_header_and_footer_at_a_pages_top_is_removed():
    """Some text streams write a page's furniture first: running header, second header line, footer, folio, then
    the body. The folio is the fourth line; the edge zone does not count the header and footer lines, so it is
    still an edge line and is dropped. A number further into the body stays."""
    body = lambda n: [f"7.{n} The partnership accepted the recommendations zq{chr(97 + n)}{k}" for k in range(9)]  # noqa: E731
    pages = [["Child Y - Local Child Safeguarding Practice Review", "FICTIONAL", "FICTIONAL - practice document",
              str(n + 5), *body(n)[:4], "12", *body(n)[4:]] for n in range(4)]
    out = strip_headers_footers(pages)
    assert out == [body(n)[:4] + ["12"] + body(n)[4:] for n in range(4)]


def test_a_marking_that_repeats_just_inside_the_running_header_and_footer_is_furniture_too():
    """A stream that draws the page's furniture after its body writes, at the page's end, a protective marking,
    the running title, the footer and "Page N of M": the marking stands fourth from the foot, outside the three
    edge lines. Once the lines below it are known as furniture it is inside the edge zone, and it repeats on every
    page: it goes too, and never heads the next page's first section. A body line that repeats in the middle of
    pages stays."""
    body = lambda n: [f"{n}.{k} The executive group agreed the report zq{chr(97 + n)}{k}" for k in range(8)]  # noqa: E731
    pages = [[*body(n)[:4], "Agreed: see item 4.", *body(n)[4:], "OFFICIAL-SENSITIVE",
              "Dunmere Safeguarding Children Partnership - Executive Group",
              "FICTIONAL practice material | Minutes of the Executive Group, 6 March 2025", f"Page {n + 1} of 4"]
             for n in range(4)]
    out = strip_headers_footers(pages)
    assert out == [body(n)[:4] + ["Agreed: see item 4."] + body(n)[4:] for n in range(4)]
    assert "officialsensitive" in {k.replace("-", "").replace(" ", "") for k in repeated_edge_keys(pages)}


def test_a_running_header_read_as_two_lines_on_some_pages_is_dropped_there_too():
    """Where a page's columns put a gutter inside the running header, its text is read as two lines (the title,
    then the word the right column's top holds): both go, as the one-line header does on the other pages."""
    header = "Quillhaven Partnership | Child V: Local Child Safeguarding Practice Review"
    def body(page: str) -> list[str]:
        return [f"The {page} page's line {letter} goes on at some length here." for letter in "abcdefgh"]

    words = ("first", "second", "third", "fourth")
    pages = [[f"{header} FICTIONAL", *body(word)] for word in words]
    pages.append([header, "FICTIONAL", "5 Agency involvement", *body("fifth")])
    cleaned = strip_headers_footers(pages)
    assert cleaned[-1][0] == "5 Agency involvement"
    assert [lines[0] for lines in cleaned[:-1]] == [body(word)[0] for word in words]


def test_a_running_header_read_as_one_line_where_most_pages_give_two_is_dropped_there_too():
    """The other way round: most pages (read as two columns) give the header's title and its marking as two
    lines, a page read as one column (a chapter opening with a title box) gives them as one: it goes there too.
    A line that only contains the title among other words stays."""
    title, marking = "Child Y – Local Child Safeguarding Practice Review", "FICTIONAL"

    def body(page: str) -> list[str]:
        return [f"The {page} page's line {letter} goes on at some length here." for letter in "abcdefgh"]

    words = ("first", "second", "third", "fourth")
    pages = [[title, marking, *body(word)] for word in words]
    pages.append([f"{title} {marking}", "5.1 The review panel identified four themes.", *body("fifth")])
    pages.append([f"{title} and its findings", *body("sixth")])
    cleaned = strip_headers_footers(pages)
    assert cleaned[4][0] == "5.1 The review panel identified four themes."
    assert [lines[0] for lines in cleaned[:4]] == [body(word)[0] for word in words]
    assert cleaned[5][0] == f"{title} and its findings"
