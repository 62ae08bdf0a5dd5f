"""Golden questions of the rules reader (the `rules-only` configuration, which also proposes spans to the trained
reader): exact answers AND the pages they are cited from over the bundled practice corpus,
plus questions the corpus does not answer, which must be abstained on. Every answer must occur
verbatim on the page its first citation names."""

import pytest
from conftest import PRACTICE, ROOT, as_printed, cited_text

import qa
from qa.api import RULES_ONLY
from ui.present import cite_words

OVERVIEW = "wendmere-scr-overview-report.pdf"
SUMMARY = "wendmere-scr-executive-summary.pdf"
LETTER = "dcyp-minister-letter-2010-06-23.pdf"

GOLDEN = [
    # question, acceptable answers, acceptable (file, page) of the first citation
    ("When did Child T die?", {"13 November 2007", "13/11/2007"},
     {(OVERVIEW, 3), (OVERVIEW, 15), (OVERVIEW, 26), (SUMMARY, 1), (SUMMARY, 4)}),
    ("How much did the review cost?", {"£41,250"}, {(SUMMARY, 2)}),
    ("Who chaired the initial child protection conference?", {"CC1"}, {(OVERVIEW, 9), (OVERVIEW, 14), (OVERVIEW, 30)}),
    # rows of tables whose cells pypdf gives one per line: the family table, the glossary
    ("How old was Ms A's partner Mr B in November 2007?", {"32 years"}, {(OVERVIEW, 6)}),
    ("What does CAIT stand for?", {"Child Abuse Investigation Team (Eastmarch Constabulary)"}, {(OVERVIEW, 29)}),
    ("According to the minister's letter, from what date must overview reports be published?",
     {"1 July 2010"}, {(LETTER, 1)}),
    ("What time was Child T pronounced dead?", {"08.41 hrs"}, {(OVERVIEW, 3), (OVERVIEW, 13), (OVERVIEW, 15)}),
    ("When was Child T placed on the child protection register?", {"21 February 2007", "21/02/2007"},
     {(OVERVIEW, 3), (OVERVIEW, 9), (OVERVIEW, 14)}),
    ("Where was Child T pronounced dead?", {"Wendmere General Hospital"}, {(OVERVIEW, 3), (OVERVIEW, 13)}),
    # two dates asked for: the sentence that gives both, not a row dated with the first
    ("Between which dates in February 2007 did Mrs H look after all three children?", {"1 and 26 February 2007"},
     {(OVERVIEW, 7)}),
    # how something was recorded: the words it was recorded as, with the verb, not the quoted word alone
    ("How was the domestic incident notification of September 2006 recorded by Children's Services?",
     {'logged as a "contact"'}, {(OVERVIEW, 8)}),
    # a month in the best sentence gives way to the day in a row telling the same visit; not when the month
    # is asked, nor for a qualified date ("the end of July 2010" is no unknown day of July)
    ("When did the GP see seven-month-old Child T with a bruised, swollen forehead?", {"14/12/06"}, {(OVERVIEW, 13)}),
    ("In what month did the GP see Child T with a bruised and swollen forehead?", {"December 2006"},
     {(SUMMARY, 2), (OVERVIEW, 3), (OVERVIEW, 11)}),
    ("By when did the minister ask Wendmere to publish the overview reports of both reviews?",
     {"the end of July 2010"}, {(LETTER, 2)}),
    # of several explanations in one sentence, the one told of what the question names, not the one nearest
    # the word "explained"
    ("What explanation was given for the injuries that led to the August 2007 admission?", {"a fall at soft play"},
     {(OVERVIEW, 23)}),
    # the best sentence takes its date from the one before it ("It was chaired by the Team Manager … TM1"); the row
    # that holds the same date itself answers, and is cited
    ("On which date did the strategy meeting chaired by the Referral and Assessment Team manager take place?",
     {"30 January 2007"}, {(OVERVIEW, 14)}),
    # a chronology row's head that only restates the visit asked about gives way to the detail under it
    ("What was Child T doing when SW2 visited unannounced on 17 October 2007?",
     {"Child T in high chair; no new marks seen."}, {(OVERVIEW, 15)}),
    # what is asked is named in two words ("bail condition"): the sentence that names both answers, not the
    # one telling of the arrest
    ("What bail condition was imposed on Ms A after her arrest in January 2007?",
     {"She was released on police bail with a condition that she should have no unsupervised contact with him."},
     {(OVERVIEW, 9)}),
    # a document's cover and letterhead: its author, its reference, in lines of their own
    ("Who wrote the overview report?", {"Ruth Calloway"}, {(OVERVIEW, 1)}),
    ("What was the minister's letter's reference number?", {"MIN/CYP/2010/0417"}, {(LETTER, 1)}),
    ("What is the date of the minister's letter on publishing overview reports?", {"23 June 2010"}, {(LETTER, 1)}),
    ("Which government department issued the 2010 letter?", {"Department for Children and Young People"}, {(LETTER, 1)}),
    # the letter's "To:" line and the lines that continue it, up to its reference field
    ("To whom was the minister's letter of June 2010 addressed?",
     {"Chairs of Local Safeguarding Children Boards in England Directors of Children's Services "
      "Lead Members for Children's Services"}, {(LETTER, 1)}),
    # the line under the letter's closing names who signed it
    ("Which minister signed the letter about publishing overview reports?", {"Rachel Tennant"}, {(LETTER, 2)}),
    # the overview report does not count its recommendations; the executive summary says it of the report
    ("How many recommendations does the overview report make?", {"18 recommendations", "18"}, {(SUMMARY, 5)}),
]
NOT_IN_THE_REVIEWS = [
    "What was the name of the family's dog?",
    "Which football team did Mr B support?",
    # the only review here does not say it is the second: its cover does not answer for one
    "Who wrote the overview report of the second serious case review?",
    # "on what date" asks for a day: the letter gives only the month ("the first, completed in June 2008")
    "On what date did Ofsted evaluate the first serious case review as inadequate?",
]


@pytest.mark.parametrize("question,answers,pages", GOLDEN, ids=[g[0] for g in GOLDEN])
def test_golden_answer_and_page(practice_index, question, answers, pages):
    answer = qa.ask(question, practice_index, config=RULES_ONLY)
    assert answer.answerable, answer.to_dict()
    assert answer.answer in answers
    first = answer.citations[0]
    assert (first.file, first.page) in pages
    # verbatim: the answer and its quote are on the cited pages of the cited file
    text = cited_text(PRACTICE / first.file, first)
    assert as_printed(answer.answer) in text
    assert answer.answer in first.quote


@pytest.mark.parametrize("question", NOT_IN_THE_REVIEWS)
def test_questions_the_reviews_do_not_answer_are_abstained_on(practice_index, question):
    answer = qa.ask(question, practice_index, config=RULES_ONLY)
    d = answer.to_dict()
    assert d["answerable"] is False and d["answer"] is None
    assert d["citations"], "the closest passages are still listed"


def test_a_question_that_names_a_document_is_answered_from_it(practice_index):
    answer = qa.ask("According to the executive summary, how much did the review cost?", practice_index, config=RULES_ONLY)
    assert {c.file for c in answer.citations} == {SUMMARY}


def test_every_quote_is_made_of_whole_sentences(practice_index):
    """The first citation's quote never stops mid-sentence, even when the answer was taken from the sentence
    after the best one ("… by a Home Office pathologist. It found that Child T" was once quoted)."""
    from qa.api import load_index
    from qa.evaluate import load_questions

    passages = load_index(practice_index).search.passages
    questions = load_questions(ROOT / "eval" / "questions.jsonl")
    checked = 0
    for gold in questions[::3]:
        answer = qa.ask(gold.question, practice_index, config=RULES_ONLY)
        quote = answer.citations[0].quote if answer.citations else ""
        holders = [p for p in passages if quote and quote in p.text]
        assert holders, (gold.id, quote)
        passage = holders[0]
        start = passage.text.index(quote)
        assert start + len(quote) in {s.end for s in passage.sentences}, (gold.id, quote)
        assert start in {s.start for s in passage.sentences} | {0}, (gold.id, quote)
        checked += 1
    assert checked >= 100


def test_an_abstention_says_why(practice_index):
    """A word naming what is asked that the documents never use is named in the reason."""
    for question, word in [("Which football team did Mr B support?", "football"),
                           ("What was the name of the family's dog?", "dog")]:
        answer = qa.ask(question, practice_index, config=RULES_ONLY)
        assert not answer.answerable
        assert word in answer.abstain_reason


def test_the_citations_point_to_different_pages_first(practice_index):
    """Five citations from a 38-page corpus: five different pages, best first, scores not increasing."""
    answer = qa.ask("When did Child T die?", practice_index, k=5, config=RULES_ONLY)
    places = [(c.file, c.page) for c in answer.citations]
    assert len(places) == 5 and len(set(places)) == 5
    scores = [c.score for c in answer.citations[1:]]
    assert scores == sorted(scores, reverse=True)


def test_who_attended_is_answered_with_everyone_a_near_best_sentence_lists(practice_index):
    """"Who attended …?" asks for several people: a best sentence naming one of them ("HV1 attended …
    strategy meeting 2 in person") gives way to the row that lists them."""
    answer = qa.ask("Apart from the chair, who attended the second strategy meeting in person?", practice_index, config=RULES_ONLY)
    assert answer.answerable
    assert all(code in answer.answer for code in ("SW2", "DC E", "HV1")), answer.answer


def test_a_letters_addressees_answer_only_for_the_letter(practice_index):
    answer = qa.ask("Who was the overview report addressed to?", practice_index, config=RULES_ONLY)
    assert not answer.answer or "Local Safeguarding Children Boards" not in answer.answer
    assert answer.citations[0].file != LETTER


def test_a_list_announced_by_the_best_sentence_is_taken_from_the_sentence_that_gives_it(practice_index):
    answer = qa.ask("What changes had agencies already made after Child T's death, according to the conclusions?",
                    practice_index, config=RULES_ONLY)
    assert answer.answer.startswith("These include the introduction by Children's Services")
    assert answer.answer in answer.citations[0].quote


HELDOUT_GOLDEN = [
    # the held-out review's chronology: "Strategy meeting 1, chaired by TM1." heads a detail that names Ms A; the
    # detail matches only by the head's words, so the head answers
    ("Who chaired the first strategy meeting?", {"TM1"}, {("second-review-overview.pdf", 7)}),
]


@pytest.mark.parametrize("question,answers,pages", HELDOUT_GOLDEN, ids=[g[0] for g in HELDOUT_GOLDEN])
def test_heldout_golden_answer_and_page(heldout_index, question, answers, pages):
    answer = qa.ask(question, heldout_index, config=RULES_ONLY)
    assert answer.answerable and answer.answer in answers, answer.to_dict()
    assert (answer.citations[0].file, answer.citations[0].page) in pages


SECOND = "second-review-overview.pdf"
COMBINED_GOLDEN = [
    # two reviews of one child in one index: a question naming the second keeps to the documents titled so …
    ("Who chaired the panel of the second serious case review?", {"Mrs Frances Odell"}, {(SECOND, 1)}),
    # … and takes another document's answer only where it names the second review (a known failure from issue
    # 16 until the executive summary's wrapped cover title, "Executive Summary of the Second Serious Case /
    # Review concerning Child T", was read as one heading: the letter's sentence now answers, not a chronology
    # row's date for another event)
    # Since stop 34 the rules-only baseline fails here again: the running header of the held-out overview's page 7,
    # read as two lines there (a row and "FICTIONAL"), is no longer indexed, the term weights move, and a chronology
    # row ("August 2007 | Second hospital admission …") enters the second review's candidates. The baseline is kept
    # as it was, for comparison; strict, so the day it passes again this says so.
    pytest.param("When was the second review of Child T's case completed?", {"May 2009"}, {(LETTER, 2)},
                 marks=pytest.mark.xfail(strict=True, reason="rules-only baseline: a chronology row's date for "
                                         "another event, since page 7's split running header is dropped (stop 34)")),
    # the one a sentence says told the teacher, not the cousin a family table names
    ("Who told a teacher that Mr B and his cousin were living in the family home?", {"Sibling 1"}, {(SECOND, 13)}),
]


@pytest.mark.parametrize("question,answers,pages", COMBINED_GOLDEN,
                         ids=[(g.values if hasattr(g, "values") else g)[0] for g in COMBINED_GOLDEN])
def test_combined_golden_answer_and_page(combined_index, question, answers, pages):
    answer = qa.ask(question, combined_index, config=RULES_ONLY)
    assert answer.answerable and answer.answer in answers, answer.to_dict()
    assert (answer.citations[0].file, answer.citations[0].page) in pages


def test_a_sentence_about_the_first_review_does_not_answer_for_the_second(combined_index):
    answer = qa.ask("What grade did Ofsted give the second serious case review?", combined_index, config=RULES_ONLY)
    assert not answer.answerable
    assert "first review" in answer.abstain_reason


def test_a_sentence_over_a_page_break_is_cited_by_the_page_that_says_the_answer(practice_index):
    # paragraph 3.42 runs from page 12 to 13; "five sessions" is on page 13: the citation's pages
    # (page … page_end, issue 16) include 13, and the quote is on the pages cited
    answer = qa.ask("During how many sessions was Child T cared for in the crèche at Brookfield Children's Centre?",
                    practice_index, k=5, config=RULES_ONLY)
    assert any(c.file == OVERVIEW and c.page <= 13 <= c.last_page for c in answer.citations)
    crossing = [c for c in answer.citations if c.last_page > c.page]
    for c in crossing:
        assert c.to_dict()["page_end"] == c.last_page and "pp." in cite_words("x", c.page, None, c.page_end)
