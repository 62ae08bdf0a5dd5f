"""qa.question: what a question asks for."""

import pytest

from qa.question import analyse, question_type


@pytest.mark.parametrize(
    "question,expected",
    [
        # a date asked for with a qualifier is still a date
        ("On what exact date did Mrs H tell SW2 by telephone that there was a man in the house?", "date"),
        # "which <modifiers> <person noun>" asks for a person, even when a modifier is an organisation word
        ("Which consultant paediatrician examined Child T in August 2007?", "person"),
        ("Which council solicitor gave advice at the legal planning meeting?", "person"),
        ("Which senior police officer led the investigation?", "person"),
        ("Which judge passed sentence?", "person"),
        # … but "what did the <noun> …" asks what was done or said, not which one
        ("What did the school tell Children's Services?", "factoid"),
        ("What did the health visitor record?", "factoid"),
        ("Which team did SW1 belong to?", "organisation"),
        ("Which GP practice was the family registered with?", "organisation"),
        # "within what time" is a duration; "at what time" a clock time
        ("Within what time must the hospital send its report?", "duration"),
        ("How soon after the visit was the referral made?", "duration"),
        ("At what time did the ambulance arrive?", "time"),
        # amounts asked with a verb: "what did he weigh", "what did she score"
        ("What did Child T weigh at his development review?", "number"),
        ("What did Ms A score on the depression scale?", "number"),
        ("Which year group was Sibling 1 in?", "factoid"),
        # what a document says about an amount is what is asked, not the amount
        ("What does the minister's letter say about how much redaction there should be?", "factoid"),
        ("How much redaction does the letter allow?", "number"),
        ("Between which dates in February 2007 did Mrs H look after the children?", "date"),
        ("Why does the summary not say how he was injured or by whom?", "reason"),
        # the name of a person asks for a person; the name of a thing is a factoid
        ("What was the name of the ward sister who attended?", "person"),
        ("What is the name of the GP at the surgery?", "person"),
        ("What was the name of the parenting programme Ms A attended?", "factoid"),
        # a counted plural asks for the list of them
        ("At which three points would decisive action have protected him?", "list"),
        ("What two steps did the meeting advise?", "list"),
        ("Which two agencies wrote candid reviews?", "organisation"),
    ],
)
def test_question_type(question, expected):
    assert question_type(question) == expected


def test_focus_is_what_is_counted_after_a_possessive():
    assert analyse("How many of the first review's individual management reviews were inadequate?").focus == [
        "individu", "manag"]
    assert analyse("How many of his visits were announced?").focus == ["visit"]
    assert analyse("How many nights did he spend on the ward?").focus[0] == "night"
    assert analyse("Of the children on her caseload, how many were subject to plans?").focus == []  # names no noun


@pytest.mark.parametrize(
    "question,excluded",
    [
        ("Apart from SW1 and TM1, who attended the first strategy meeting in person?", ["sw1", "tm1"]),
        ("Apart from the head injury, what did the post-mortem find?", ["head", "injur"]),
        ("Who else, besides Ms A, was arrested?", ["ms_a"]),
        ("Who attended the meeting?", []),
    ],
)
def test_what_the_question_sets_aside(question, excluded):
    assert analyse(question).excluded == excluded


def test_a_question_that_sets_something_aside_asks_for_a_list():
    assert question_type("Apart from the head injury, what did the post-mortem find?") == "list"


@pytest.mark.parametrize(
    "question,kinds,kept",
    [
        ("Who wrote the overview report?", [], ["overview", "report"]),  # the report is what is asked about
        ("What does the overview report say about supervision?", ["overview report"], []),
        ("According to the executive summary, how much did the review cost?", ["executive summary"], []),
        # a possessive names the document something is asked of
        ("What was the minister's letter's reference number?", ["letter"], ["refer"]),
        ("Who was the overview report's author?", ["overview report"], ["author"]),
    ],
)
def test_a_document_named_as_the_source_is_not_a_search_term(question, kinds, kept):
    parsed = analyse(question)
    assert parsed.document_kinds == kinds
    assert all(t in parsed.terms for t in kept)
    if kinds:
        assert not {"overview", "summari", "letter", "minist"} & set(parsed.terms)


@pytest.mark.parametrize(
    "question,kept,dropped",
    [
        # a frame noun frames ("what type of …"); told as a verb it is what the question asks about
        ("On what date was the clinic letter typed?", ["type", "letter"], []),
        ("With whom should Boards agree the timing of publication?", ["time", "public"], []),
        ("What type of enquiry was agreed?", ["enquiri"], ["type"]),
        ("What is the date of the letter?", ["letter"], ["date"]),
        # "apart from …" frames what is set aside; "apart" is no word the documents need to contain
        ("Apart from the fatal head injury, what injuries did the post-mortem find?", ["mortem", "head"], ["apart"]),
        # prepositions and adverbs are no search terms either
        ("What attitude towards parents' accounts did professionals need?", ["attitud", "parent"], ["toward"]),
        ("What reasons lay behind the advice, altogether?", ["advic"], ["behind", "altogeth"]),
    ],
)
def test_frame_words_are_dropped_only_where_they_frame(question, kept, dropped):
    found = analyse(question).terms
    assert all(t in found for t in kept) and not any(t in found for t in dropped)


def test_the_minister_asked_after_names_the_letter():
    assert analyse("Which minister signed the letter about publishing overview reports?").document_kinds == ["letter"]
    assert analyse("What did the minister decide?").document_kinds == ["letter"]
    assert analyse("What did the review say about administration?").document_kinds == []


TITLES = {
    "scr-2008-executive-summary.pdf": "Serious Case Review: Child T - Executive Summary",
    "scr-2009-executive-summary.pdf": "Child T - Second Serious Case Review - Executive Summary",
    "minister-letter.pdf": "Letter from the Minister on publishing serious case reviews",
}


@pytest.mark.parametrize(
    "question,files",
    [
        # the second review is the one whose title says so
        ("Who chaired the second serious case review?", ["scr-2009-executive-summary.pdf"]),
        ("What does the executive summary of the second review recommend?", ["scr-2009-executive-summary.pdf"]),
        # no title says "first": what Ofsted made of the first review is told in the second's documents, so
        # nothing is set aside
        ("How did Ofsted grade the first serious case review?", None),
        ("What does the executive summary of the first review recommend?",
         ["scr-2008-executive-summary.pdf", "scr-2009-executive-summary.pdf"]),
        # no review and no document named: every file
        ("How much did the review cost?", None),
    ],
)
def test_a_review_named_by_its_number_keeps_to_its_documents(question, files):
    from qa.question import documents_named

    assert documents_named(analyse(question), TITLES) == files


def test_titles_that_do_not_number_their_review_narrow_nothing():
    from qa.question import documents_named

    titles = {"a.pdf": "Serious Case Review: Child T - Overview Report", "b.pdf": "Letter from the Minister"}
    assert documents_named(analyse("How much did the second serious case review cost?"), titles) is None
    assert documents_named(analyse("How much did the first serious case review cost?"), titles) is None


def test_a_question_asking_for_several_things_is_marked_as_such():
    from qa.question import analyse

    several = ["Who are the three safeguarding partners for the area?", "What were the review's four lines of enquiry?",
               "Who attended the legal planning meeting?", "What were the recommendations for health visitors?"]
    single = ["Who chaired the meeting?", "How many days in the two weeks before did she attend?",
              "When did the two agencies meet?"]
    assert all(analyse(q).several for q in several)
    assert not any(analyse(q).several for q in single)


@pytest.mark.parametrize(
    "question,kinds",
    [
        ("What start date does the seven-minute learning leaflet give for the plan?", ["briefing"]),
        ("In the 7 minute briefing, on what date were the take-home doses agreed?", ["briefing"]),
        ("According to the practice briefing, when was the assessment closed?", ["briefing"]),
        ("According to the practitioner briefing, when did the rapid review meet?", ["briefing"]),
        ("According to the learning summary, what time was the ambulance called?", ["briefing"]),  # a learning
        ("According to the executive summary, what time was the ambulance called?", ["executive summary"]),  # summary
        ("According to the press statement, how many recommendations did the Board accept?", ["press statement"]),
        ("How many times was Child L missing, according to the full report?", ["overview report"]),
        ("According to the review report, when was the rapid review meeting held?", ["overview report"]),
        # the report named with more than one word before it, or with none
        ("According to the full review report, how many practitioners attended?", ["overview report"]),
        ("According to the learning review report, when was the hearing held?", ["overview report"]),
        ("What role code does the report give the team manager?", ["overview report"]),
        ("Why did the Pathways report not reach the conference?", []),  # a report asked about, not a source
        ("At what time did the neighbour report screaming?", []),
        ("Who was copied in to the Department's letter?", ["letter"]),  # a letter named by its sender
        ("What is the reference number of the scrutineer's letter?", ["letter"]),
        ("On what date was the clinic letter typed?", []),  # a letter asked about, not a source
        ("What did the review say about administration?", []),
    ],
)
def test_a_reviews_companions_are_named_by_their_kind(question, kinds):
    assert analyse(question).document_kinds == kinds


def test_an_overview_report_named_by_its_ordinal_names_that_review():
    assert analyse("According to the second overview report, what was the central criticism?").review_ordinal == "second"
    assert analyse("How many staff did the author of the first overview report interview?").review_ordinal == "first"


def test_the_full_report_of_a_review_not_called_an_overview_is_the_review_itself():
    """Reviews since 2018 call their report a practice review, not an overview report: "the overview report",
    "the full report" of such a corpus is its own review report, the document of no other kind."""
    from qa.question import documents_named

    titles = {"x-lcspr-child-m-report.pdf": "Local Child Safeguarding Practice Review: Child M",
              "x-child-m-executive-summary.pdf": "Child M executive summary",
              "x-seven-minute-briefing.pdf": "Seven-minute briefing: Child M",
              "x-board-press-statement.pdf": "Press statement: Child M"}
    asked = lambda q: documents_named(analyse(q), titles)  # noqa: E731
    assert asked("According to the overview report, when was the case closed?") == ["x-lcspr-child-m-report.pdf"]
    assert asked("According to the full report, when was the case closed?") == ["x-lcspr-child-m-report.pdf"]
    assert asked("How many agencies does the seven-minute briefing say knew the family?") == ["x-seven-minute-briefing.pdf"]
    assert asked("According to the press statement, how many recommendations?") == ["x-board-press-statement.pdf"]
    titles["x-child-m-learning-summary.pdf"] = "Learning summary: Child M"  # a learning summary is a briefing
    assert sorted(asked("What does the learning summary give as the time of the call?")) == [
        "x-child-m-learning-summary.pdf", "x-seven-minute-briefing.pdf"]
    assert asked("According to the executive summary, when?") == ["x-child-m-executive-summary.pdf"]
    # a corpus with an overview report keeps to it, and one with nothing but the review narrows nothing
    assert documents_named(analyse("According to the full report, when?"),
                           {"a-overview.pdf": "Overview report", "b.pdf": "Serious case review: Child T"}) == ["a-overview.pdf"]
    assert documents_named(analyse("According to the full report, when?"), {"r.pdf": "Practice review: Child M"}) is None


def test_a_publisher_or_site_named_as_the_source_keeps_to_the_documents_it_titles():
    """Web pages are named by who published them ("according to the National Ledger", "BTN's live coverage", "the
    Courier's story"): the documents whose title or file name says that name, when some do but not all; a person,
    a child or a code is no publisher, and a name no title says narrows nothing."""
    from qa.question import documents_named

    titles = {"national-ledger-rowan-t.pdf": "Rowan T: both reviews published in full | Society | The National Ledger",
              "btn-live-reviews.pdf": "Live: child death reviews published - BTN News",
              "btn-case-in-dates.pdf": "Rowan T: the case in dates - BTN News",
              "slscb-press-release.pdf": "Press release: Board publishes both reviews"}
    asked = lambda q: documents_named(analyse(q), titles)  # noqa: E731
    assert asked("According to the National Ledger, when did the partner move in?") == ["national-ledger-rowan-t.pdf"]
    assert asked("Who took the photograph used by the Ledger?") == ["national-ledger-rowan-t.pdf"]
    assert asked("Which reporters ran BTN's live coverage?") == ["btn-case-in-dates.pdf", "btn-live-reviews.pdf"]
    assert asked("In BTN's 'case in dates' timeline, when was the summary published?") == [
        "btn-case-in-dates.pdf", "btn-live-reviews.pdf"]
    assert asked("According to the board's press release, how many recommendations?") == ["slscb-press-release.pdf"]
    assert analyse("What start time was given in the board's notes to editors?").document_kinds == ["press statement"]
    assert analyse("According to Ms R, why was he sleeping there?").sources == []
    assert analyse("What did Child R's mother's partner report?").sources == []
    assert asked("According to the Designated Nurse, why was attendance low?") is None
    assert asked("How old was Rowan's half-sister when he died?") is None
    # an outlet as the subject of what is said ("does the Courier & Ledger say"), its name joined by "&"
    papers = {"courier-ledger-reports.pdf": "Baby K reports published | The Courier & Ledger",
              "ubn-news-reviews.pdf": "Baby K reviews published - UBN News",
              "lscb-news-release.pdf": "News release: Board publishes reports"}
    assert documents_named(analyse("How many recommendations does the Courier & Ledger say the second review makes?"),
                           papers) == ["courier-ledger-reports.pdf"]
    assert documents_named(analyse("How much did the Courier & Ledger report that the review cost?"),
                           papers) == ["courier-ledger-reports.pdf"]
    assert analyse("What outcome did the MASH give the police notification?").sources == []  # an act, not a saying
    assert analyse("What did Dr Patel say about the bruise?").sources == []


@pytest.mark.parametrize(
    "question,asked",
    [
        ("What is the name of the duty social worker who phoned the mother?", True),
        ("What is the name of Kai's mother?", True),
        ("What is the name of Ravenscar Primary Academy's headteacher?", True),  # the school's: its head
        ("What was Child M's key person at Little Acorns Nursery called?", True),
        ("What is the name of Child L's younger sister's school?", False),  # the sister's: her school
        ("What is the name of the Partnership's neglect screening tool?", False),
        ("What is the family's GP surgery called?", False),
        ("Who was the headteacher?", False),  # "who" takes a role for an answer
    ],
)
def test_a_question_asking_for_someones_name(question, asked):
    from qa.question import asks_personal_name

    assert asks_personal_name(question) is asked
