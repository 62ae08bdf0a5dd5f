"""The eval's check that what is shown is on the PDF pages it cites (qa.evaluate.verbatim): against the PDF's own
text, words counted in any order, a footnote marker against its word and a table row's cell joins allowed."""

from pdf_factory import make_pdf

from qa.evaluate.verbatim import PageWords, off_page


def _pages(tmp_path):
    pdf = make_pdf(tmp_path / "r.pdf", [
        ["4.1 The police attended at 23.15 hrs and graded the risk as standard4 after", "speaking to Ms K."],
        ["4.2 The health visitor saw the bruise on 3 May 2024.", "4Working Together to Safeguard Children."],
    ])
    return PageWords({"r.pdf": str(pdf), "gone.pdf": str(tmp_path / "gone.pdf")})


def test_a_quote_on_its_page_holds_and_one_from_another_page_does_not(tmp_path):
    pages = _pages(tmp_path)
    assert pages.holds("The police attended at 23.15 hrs and graded the risk as standard after speaking to Ms K.",
                       "r.pdf", 1)
    assert pages.holds("The health visitor saw the bruise on 3 May 2024.", "r.pdf", 2)
    assert not pages.holds("The health visitor saw the bruise on 3 May 2024.", "r.pdf", 1)
    # a quote over the page break is on its page range, not on its first page alone
    over = "speaking to Ms K. 4.2 The health visitor saw the bruise"
    assert not pages.holds(over, "r.pdf", 1) and pages.holds(over, "r.pdf", 1, 2)
    assert pages.holds("23.15 hrs | police attended", "r.pdf", 1)  # a rebuilt row's cells, in another order
    assert pages.holds("Working Together to Safeguard Children.", "r.pdf", 2)  # the note's number set against it
    assert pages.holds("anything", "gone.pdf", 1) is None  # no PDF on disk: nothing to check against


def test_off_page_counts_the_answer_against_its_first_citation_and_every_quote(tmp_path):
    pages = _pages(tmp_path)
    right = {"file": "r.pdf", "page": 2, "quote": "The health visitor saw the bruise on 3 May 2024."}
    wrong = {"file": "r.pdf", "page": 1, "quote": "The health visitor saw the bruise on 3 May 2024."}
    assert off_page({"answer": "3 May 2024", "citations": [right, wrong]}, pages) == {
        "quotes_checked": 2, "quotes_off_page": 1, "answer_off_page": 0}
    assert off_page({"answer": "3 May 2024", "citations": [wrong]}, pages)["answer_off_page"] == 1
    assert off_page({"answer": None, "citations": [right]}, pages)["answer_off_page"] == 0  # abstained
