"""qa.read: amounts must count what was asked; a best sentence that cannot answer vetoes the answer."""

import pytest

from qa.question import analyse
from qa.read import Reader, Unit
from qa.rules.asked import _unit_cue, _unit_fit
from qa.rules.spantext import _coordination
from qa.terms import term_offsets
from qa.api import RULES_ONLY


def fit(question: str, text: str, amount: str) -> float:
    start = text.index(amount)
    return _unit_fit(text, (start, start + len(amount)), analyse(question), _unit_cue(question))


@pytest.mark.parametrize(
    "question,text,amount,expected",
    [
        ("How many of SW2's visits were announced?", "Eight of SW2's ten visits were announced.", "Eight", 1.0),
        ("How many social workers held the case?", "He had fallen down two stairs.", "two stairs", -1.0),
        ("How many recommendations did the review make?", "Two serious case reviews have been held.",
         "Two serious case reviews", -1.0),
        ("How many nights did he spend on the ward?", "after four nights on the ward", "four nights", 1.0),
        ("How much did the review cost?", "The review cost £41,250.", "£41,250", 1.0),
        ("How much did the review cost?", "Two serious case reviews have been held.", "Two serious case reviews", -1.0),
        ("How many were there?", "There were 12.", "12", 0.0),
        # the counted noun ends at a preposition: nights are counted, not wards
        ("What was the number of the children's ward?", "after two nights on the ward", "two nights", -1.0),
        ("How many individual management reviews were late?", "three of the nine individual management reviews were late",
         "three", 1.0),
    ],
)
def test_unit_fit(question, text, amount, expected):
    assert fit(question, text, amount) == expected


def unit(**features) -> Unit:
    return Unit(passage=0, sentence=0, start=0, end=1, features={"unit_fit": 0.0, "name_ok": 0.0, **features})


def test_veto_says_why_the_best_sentence_cannot_answer():
    assert Reader.veto(unit(), "factoid") == ""
    assert Reader.veto(unit(unit_fit=1.0, name_ok=1.0, type_ok=1.0), "number") == ""
    assert "counts or measures something other" in Reader.veto(unit(unit_fit=-1.0, type_ok=1.0), "number")
    assert "no name" in Reader.veto(unit(name_ok=-1.0), "factoid")


@pytest.mark.parametrize(
    "role,vetoed",
    [("An independent overview author", True), ("a new overview author", True), ("the Chair of the Board", False),
     ("Ms Ruth Calloway", False), ("SW2", False)],
)
def test_who_is_not_answered_by_an_indefinite_role(role, vetoed):
    from qa.rules.kinds import _span_quality

    quality = _span_quality("person", role)
    top = unit(type_ok=1.0, span_quality=quality, person_named=1.0 if quality >= 0.9 else -1.0)
    assert bool(Reader.veto(top, "person")) == vetoed


ROW = "30 January 2007 Strategy meeting 1 (chair TM1; SW1, DC E, Dr D, ward sister; HV1 by telephone)."


@pytest.mark.parametrize(
    "excluded,expected",
    [
        (["sw1", "tm1"], "DC E, Dr D, ward sister; HV1"),  # "apart from SW1 and TM1, who attended …"
        (["chair"], "SW1, DC E, Dr D, ward sister; HV1"),  # "apart from the chair": the item labelled chair
        ([], "TM1; SW1, DC E, Dr D, ward sister; HV1"),
    ],
)
def test_a_plural_answer_is_the_whole_list_minus_what_is_set_aside(excluded, expected):
    at = ROW.index("DC E")
    a, b = _coordination(ROW, (at, at + 4), "person", excluded)
    assert ROW[a:b] == expected


def test_a_list_after_a_colon_starts_after_what_is_set_aside():
    text = "Post-mortem examination: head injury; fractures of five ribs and left collarbone; multiple bruises."
    a, b = Reader._items_after_colon(text, {"head", "injur"}, 30)
    assert text[a:b] == "fractures of five ribs and left collarbone; multiple bruises"
    assert Reader._items_after_colon("No list here.", set(), 30) is None
    assert "no time" in Reader.veto(unit(type_ok=0.0), "time")
    assert Reader.veto(unit(type_ok=0.0), "date") == "", "a date question may be answered by a clause"


class _Spans:
    """A stand-in index whose one passage is ``text``; the unit's span is ``answer``."""

    def __init__(self, text: str) -> None:
        from types import SimpleNamespace

        self.passages = [SimpleNamespace(text=text)]


@pytest.mark.parametrize(
    "question,answer,vetoed",
    [
        ("On what date did Ofsted evaluate the review?", "June 2008", "only the month"),
        ("On what exact date did Mrs H telephone?", "2007", "only the year"),
        ("On what date did Ofsted evaluate the review?", "14 July 2008", ""),
        ("What was the date of the letter?", "23/06/2010", ""),
        # "when …" and "in what month …" are answered by less than a day
        ("When did Ofsted evaluate the review?", "June 2008", ""),
        ("In what month was the review completed?", "June 2008", ""),
        ("On what date did Mrs H telephone?", None, "no date"),
    ],
)
def test_on_what_date_asks_for_a_day(question, answer, vetoed):
    text = f"It happened {answer or 'then'}."
    span = (text.index(answer), text.index(answer) + len(answer)) if answer else None
    reader = Reader(_Spans(text))
    got = reader.date_veto(Unit(0, 0, 0, len(text), {}, span=span), "date", question)
    assert (vetoed in got) if vetoed else got == ""


def test_a_letter_field_answers_with_its_value():
    from qa.rules.patterns import _FIELD_VALUE

    field = _FIELD_VALUE.match("Our reference: MIN/CYP/2010/0417")
    assert field.group(1) == "Our reference" and field.group(2) == "MIN/CYP/2010/0417"
    assert _FIELD_VALUE.match("The panel met on three occasions: in June, July and August.") is None


def test_what_should_happen_does_not_say_what_did():
    assert "what should, will or would have happened" in Reader.veto(unit(type_ok=1.0, modal=1.0), "date")
    assert Reader.veto(unit(type_ok=1.0, modal=0.0), "date") == ""


def test_the_review_subject_is_the_person_most_passages_name(practice_index):
    from qa.api import load_index

    assert load_index(practice_index).reader.subject == "child_t"


@pytest.mark.parametrize(
    "text,dates",
    [
        ("presented their findings on 6 and 7 March 2008.", ["6 and 7 March 2008"]),
        ("the hearing ran 14–16 May 2007", ["14–16 May 2007"]),
        ("on 3 March 2007 and 5 March 2007", ["3 March 2007", "5 March 2007"]),
    ],
)
def test_a_date_keeps_the_days_listed_before_it(text, dates):
    from qa.read import typed_spans

    assert [text[a:b] for a, b in typed_spans("date", text)] == dates


@pytest.mark.parametrize(
    "question,text,amount",
    [
        ("How many supervision sessions were held?", "the required three-monthly supervision did not happen", "three"),
        ("What was the number of the children's ward?", "He fell down two stairs. Admitted to children's ward.",
         "two stairs"),
    ],
)
def test_a_modifier_or_the_next_sentence_is_not_what_is_counted(question, text, amount):
    assert fit(question, text, amount) == -1.0


def test_a_role_code_without_a_number_still_ends_the_list():
    text = "The legal planning meeting was attended by LS1, SW2, TM2 and SM."
    at = text.index("LS1")
    a, b = _coordination(text, (at, at + 3), "person", [])
    assert text[a:b] == "LS1, SW2, TM2 and SM"


@pytest.mark.parametrize(
    "question,words",
    [
        ("Which football team did Mr B support?", ["football", "team"]),
        ("What was Mrs H's occupation?", ["occupation"]),
        ("What was the name of the family's dog?", ["name", "dog"]),
        ("Why was the meeting cancelled?", []),
    ],
)
def test_the_words_naming_what_is_asked(question, words):
    from qa.read import asked_words

    assert asked_words(question) == words


@pytest.mark.parametrize(
    "text,found",
    [
        ("Who chaired the first strategy meeting?", {1}),
        ("30 January 2007 Strategy meeting 1 (chair TM1; SW1, DC E)", {1}),
        ("the 2nd review", {2}),
        ("On the 3rd December 2008 it commissioned a new review", set()),  # a day of the month
        ("strategy meeting 8 August 2007", set()),
    ],
)
def test_ordinals(text, found):
    from qa.read import ordinals

    assert ordinals(text) == found


@pytest.mark.parametrize(
    "text, quality",
    [("His Honour Judge Whitlock", 1.0), ("Mrs Frances Odell", 1.0), ("SW2", 1.0), ("Cllr Shah", 1.0),
     ("Ruth Calloway", 0.9), ("the Chair of the Board", 0.5), ("an independent author", 0.3)],
)
def test_a_named_or_titled_person_outranks_a_role(text, quality):
    from qa.rules.kinds import _span_quality

    assert _span_quality("person", text) == quality


@pytest.mark.parametrize(
    "before, modal",
    [("The Department will issue ", True), ("Boards should normally publish the ", True), ("every review should be ", True),
     ("The review should have been ", False), ("The report was ", False)],
)
def test_what_will_or_should_happen_is_told_apart_from_what_happened(before, modal):
    from qa.rules.patterns import _MODAL_BEFORE

    assert bool(_MODAL_BEFORE.search(before)) == modal


class _EvenIdf:
    def idf(self, term: str) -> float:
        return 1.0


@pytest.mark.parametrize(
    "question,text,dates,expected",
    [
        # the subject before the first auxiliary is shared; "typed" belongs to the clause of the second date
        ("On what date was Dr L's letter typed?",
         "Dr L's letter was dictated on 2 November 2007 but was not typed until 14 November 2007.", True,
         "14 November 2007"),
        ("When was Dr L's letter dictated?",
         "Dr L's letter was dictated on 2 November 2007 but was not typed until 14 November 2007.", True,
         "2 November 2007"),
        # words after a clause break lead to the next date, words before it belong to the earlier one
        ("When was the report sent to Ofsted?",
         "The report was accepted by the Board on 9 July 2008, and it was sent to Ofsted on 14 July 2008.", True,
         "14 July 2008"),
        ("When was the man introduced as a friend?",
         "HV1 saw a man on 9 January 2007, when he was introduced as a friend, and on 2 May 2007, when he was "
         "introduced as a boyfriend.", True, "9 January 2007"),
        # a subject that a dated aside follows is the main clause's subject too
        ("When was the second review completed?",
         "The first was completed in June 2008, and a second review, commissioned by the Board in December 2008, "
         "was completed in May 2009.", True, "May 2009"),
        ("When was the second review commissioned?",
         "The first was completed in June 2008, and a second review, commissioned by the Board in December 2008, "
         "was completed in May 2009.", True, "December 2008"),
        # an aside that is a clause of its own keeps its subject
        ("When was the letter typed?",
         "The letter, which was dictated on 2 November 2007, was typed on 14 November 2007.", True, "14 November 2007"),
        # amounts are not dates: a word belongs to the nearest amount
        ("How many were announced?", "Eight were announced, of ten visits in all.", False, "Eight"),
        # … unless a comma closes the amount before it: a list item's words lead to its own amount
        ("How old was the collarbone fracture?",
         "It found rib fractures, between two and five weeks old, and a collarbone fracture, between ten and "
         "twenty-one days old.", False, "ten and twenty-one days"),
    ],
)
def test_each_span_owns_the_words_of_its_clause(question, text, dates, expected):
    spans = []
    for amount in ("2 November 2007", "14 November 2007", "9 July 2008", "14 July 2008", "9 January 2007",
                   "2 May 2007", "June 2008", "December 2008", "May 2009", "Eight", "ten visits", "two and five weeks",
                   "ten and twenty-one days"):
        if amount in text:
            spans.append((text.index(amount), text.index(amount) + len(amount)))
    reader = Reader(_EvenIdf())
    shares = reader._segment_shares(text, term_offsets(text), Unit(0, 0, 0, len(text), {}), spans, analyse(question), dates)
    best = max(shares, key=shares.get)
    assert text[best[0] : best[1]] == expected
    assert shares[best] > min(shares.values())


@pytest.mark.parametrize(
    "text,first,expected",
    [
        # a relation may lead an item, and a possessor belongs to the person it relates
        ("Ms A, her partner Mr B and Mr B's cousin Mr C were arrested that day.", "Ms A",
         "Ms A, her partner Mr B and Mr B's cousin Mr C"),
        # the last item keeps the code it is given
        ("It was attended by LS1, SW2, TM2 and the Service Manager for safeguarding (SM).", "LS1",
         "LS1, SW2, TM2 and the Service Manager for safeguarding (SM)"),
        # a condition set inside the list does not end it
        ("Agree it with SW1, TM1 and, where a conference is held, CC1.", "SW1", "SW1, TM1 and, where a conference is held, CC1"),
        # a clause is not a joiner
        ("It was chaired by TM2 and attended by SW2, DC E and HV1.", "SW2", "SW2, DC E and HV1"),
    ],
)
def test_a_list_of_people_runs_over_relations_codes_and_conditions(text, first, expected):
    at = text.index(first)
    start, end = _coordination(text, (at, at + len(first)), "person")
    assert text[start:end] == expected


@pytest.mark.parametrize(
    "question,kind",
    [
        ("Who is Mr C?", "description"),
        ("Who was DC E?", "description"),
        # "who was …" followed by what happened asks for a person, even when the question names someone
        ("Who was arrested on the day Child T died?", "person"),
    ],
)
def test_who_is_asks_for_a_description_only_of_a_name(question, kind):
    from qa.read import answer_kind

    assert answer_kind(analyse(question)) == kind


def test_an_account_told_next_to_the_best_match_answers_what_was_said(practice_index):
    """The sentence telling of the GP visit matches best but holds no account; the next one ("She said that he
    had rolled off the sofa …") holds it and answers, as surely as the visit was matched."""
    import qa

    answer = qa.ask("What account did Ms A give of the December 2006 forehead injury?", practice_index, config=RULES_ONLY)
    assert answer.answerable, answer.to_dict()
    assert "rolled off the sofa" in answer.answer
    assert len(answer.answer.split()) < 15


@pytest.mark.parametrize(
    "question,part",
    [("How many of his visits were announced?", True), ("Of the children on her caseload, how many were on plans?", True),
     ("How many children were on her caseload?", False)],
)
def test_a_question_asking_for_a_part_of_a_whole(question, part):
    from qa.read import HOW_MANY_OF

    assert bool(HOW_MANY_OF.search(question)) == part


@pytest.mark.parametrize(
    "sentence,recommends",
    [
        ("Wendmere Children's Services should introduce a caseload weighting system, with the aim that no worker holds "
         "more than twelve cases.", True),
        ("R4 | WLSCB should publish each year a report on the recommendations.", True),
        ("The meeting agreed that there should be a joint section 47 enquiry.", False),  # a decision told
        ("The panel considers that the GP should have been invited.", False),
        ("SW2 held a caseload of 22 children, nine of whom were on plans.", False),
    ],
)
def test_a_recommendation_says_what_should_be_done(sentence, recommends):
    from qa.rules.patterns import _MODAL_LEAD

    assert bool(_MODAL_LEAD.match(sentence)) == recommends


@pytest.mark.parametrize(
    "text,names",
    [
        ("Ms A starts eight-week Positive Parenting programme.", ["Positive Parenting"]),
        ("She attended a course at Brookfield Children's Centre.", ["Brookfield Children's Centre"]),
        ("Brookfield Children's Centre ran it.", []),  # the sentence's first words are capitalised anyway
    ],
)
def test_names_of_things_inside_a_sentence(text, names):
    from qa.rules.spantext import _thing_names

    assert [text[a:b] for a, b in _thing_names(text)] == names


@pytest.mark.parametrize(
    "question,answer",
    [
        ("When was the health visitor's last home visit to the family?", "25 October 2007"),
        ("When did SW2 make her last home visit?", "8 November 2007"),
    ],
)
def test_the_last_of_several_dated_events_is_the_latest(practice_index, question, answer):
    """The latest of the dated events, in whichever form the document states it ("25.10.2007" in the
    chronology row, "25 October 2007" in the prose)."""
    import qa
    from qa.dates import parse_date

    got = qa.ask(question, practice_index, config=RULES_ONLY).answer
    assert got and parse_date(got) == parse_date(answer), got


def test_last_asks_for_the_latest_but_last_time_does_not():
    from qa.read import LATEST_ASKED

    assert LATEST_ASKED.search("When was her last home visit?")
    assert not LATEST_ASKED.search("Who saw him awake the last time he was at home?")


def test_word_pairs_match_either_way_round():
    from qa.read import term_pairs
    from qa.terms import terms

    assert term_pairs(terms("Who chaired the panel?")) & term_pairs(terms("The panel was chaired by Mrs Odell."))


@pytest.mark.parametrize(
    "sentence,called_off",
    [
        ("The next meeting, arranged for 3 October 2007, was cancelled and was not rearranged.", True),
        ("The core group did not meet at all in the three months before his death.", True),
        ("The core group met on 5 September 2007.", False),
    ],
)
def test_an_event_called_off_is_told_apart(sentence, called_off):
    from qa.rules.patterns import _CALLED_OFF

    assert bool(_CALLED_OFF.search(sentence)) == called_off


@pytest.mark.parametrize(
    "question,whose",
    [
        ("What age was Mr C when Child T died?", "Mr C"),  # not Child T, whose death only dates it
        ("How old was Ms A's partner Mr B in November 2007?", "Mr B"),  # not the possessor
        ("How old was SW2 when she qualified?", "SW2"),
        ("What age was the GP?", None),  # a role: nobody's code to check
    ],
)
def test_the_person_whose_age_is_asked(question, whose):
    from qa.rules.asked import _whose_age

    assert _whose_age(question) == whose


@pytest.mark.parametrize(
    "sentence,supposes",
    [
        ("Had the information held by different agencies been brought together, the risk would have been seen.", True),
        ("Even if the letter had been sent promptly, however, it would not have reached SW2.", True),
        ("She had been seen by the GP on 14 December 2006.", False),
        ("If a conference is held, the chair would normally invite the GP.", False),
    ],
)
def test_what_would_have_happened_is_told_apart_from_what_did(sentence, supposes):
    from qa.rules.patterns import _COUNTERFACTUAL

    assert bool(_COUNTERFACTUAL.search(sentence)) == supposes


def test_with_whom_is_answered_by_all_the_preposition_governs():
    from qa.rules.spantext import _objects_of

    text = ("Boards should agree the timing of publication with the police and the Crown Prosecution Service where "
            "criminal proceedings are in prospect, and with the coroner where an inquest has yet to be held.")
    unit = Unit(0, 0, 0, len(text), {})
    coroner = (text.index("the coroner"), text.index("the coroner") + len("the coroner"))
    anchors = [text.index("publication")]
    start, end = _objects_of(text, unit, coroner, "with", anchors)
    assert text[start:end].startswith("the police and the Crown Prosecution Service") and text[start:end].endswith("held")
    # one person governed: the span stays as it is
    single = "HV1 reported the bruising to SW2 by telephone on 26 October."
    sw2 = (single.index("SW2"), single.index("SW2") + 3)
    assert _objects_of(single, Unit(0, 0, 0, len(single), {}), sw2, "to", [single.index("bruising")]) == sw2


@pytest.mark.parametrize(
    "question,sentence,title,vetoed",
    [
        ("How much did the first serious case review cost?", "The review cost £68,400.",
         "Child T - Second Serious Case Review - Executive Summary", True),
        # the document is the review asked about, or does not say which it is
        ("How much did the second serious case review cost?", "The review cost £68,400.",
         "Child T - Second Serious Case Review - Executive Summary", False),
        ("How much did the first serious case review cost?", "The review cost £41,250.",
         "Serious Case Review: Child T - Executive Summary", False),
        # the sentence names the review it speaks of
        ("How much did the first serious case review cost?", "The first review cost £41,250.",
         "Child T - Second Serious Case Review - Executive Summary", False),
    ],
)
def test_a_documents_own_review_is_the_one_its_title_names(question, sentence, title, vetoed):
    from types import SimpleNamespace

    reader = Reader(SimpleNamespace(passages=[SimpleNamespace(text=sentence, title=title)]))
    got = reader.own_review_veto(Unit(0, 0, 0, len(sentence), {}), analyse(question))
    assert bool(got) == vetoed


@pytest.mark.parametrize(
    "question,months",
    [
        ("What kind of section 47 enquiry was agreed at the August strategy meeting?", [(None, 8)]),
        ("Why was no survey done after the August 2007 admission?", [(2007, 8)]),  # one date, not two
        ("May the panel publish it?", []),  # "May" alone is the verb
    ],
)
def test_a_month_a_question_names_alone_is_a_date_it_names(question, months):
    from qa.rules.asked import _question_dates

    assert [(d.year, d.month) for d in _question_dates(question)] == months


def one_sentence_reader(sentence: str) -> Reader:
    """A reader over a stand-in index whose one passage is ``sentence``, a sentence of its own."""
    from types import SimpleNamespace

    from qa.types import Sentence

    passage = SimpleNamespace(text=sentence, title="", section="", sentences=[Sentence(0, len(sentence))], kind="block")
    return Reader(SimpleNamespace(passages=[passage]))


@pytest.mark.parametrize(
    "question,sentence,answer,vetoed",
    [
        # the asked event is only the point the row's event came after
        ("In what month and year was Sibling 2 born?", "September 2005 | Disclosed low mood after the birth of Sibling 2.",
         "September 2005", True),
        # the date is the event's own, in the same phrase
        ("In what month and year was Sibling 2 born?", "Ms A had low mood after the birth of Sibling 2 in September 2005.",
         "September 2005", False),
        ("When was Sibling 2 born?", "Sibling 2 was born in September 2005, after a difficult pregnancy.", "September 2005", False),
        # the question itself asks what came after the event
        ("When did HV1 visit after the birth?", "HV1 visited on 3 May, ten days after the birth.", "3 May", False),
        # … or names it as what something is about, not as the event dated
        ("When did the board decide to commission a review into Child T's death?",
         "On 3 December 2008, a year after Child T's death, the board decided to commission a review.", "3 December 2008",
         False),
    ],
)
def test_an_event_named_only_as_a_point_in_time_is_not_dated_by_the_sentence(question, sentence, answer, vetoed):
    reader = one_sentence_reader(sentence)
    at = sentence.index(answer)
    got = reader.reference_event_veto(Unit(0, 0, 0, len(sentence), {}, span=(at, at + len(answer))), analyse(question), "date")
    assert bool(got) == vetoed


@pytest.mark.parametrize(
    "question,sentence,vetoed",
    [
        ("What sentence did Ms A receive?", "On 3 November 2006 he was sentenced and received a community order.", True),
        ("What sentence did Ms A receive?", "On 3 November 2008 she was sentenced to twelve years.", False),
        # a sentence naming only a man is about him
        ("What sentence did Ms A receive?", "On 3 November 2006 Mr B was sentenced; he received an order.", True),
        # the question names people of both sexes or none titled
        ("What did Ms A tell Mr B?", "He said nothing.", False),
        ("What did Child T weigh?", "He weighed 3.21 kg.", False),
        # a sentence naming only a woman does not answer for the man asked about, nor for him and a code …
        ("How many supervision sessions did PO1 hold with Mr B?", "Ms A attends 5 of 8 sessions.", True),
        # … unless it names someone asked about, or someone of his sex or of no title
        ("How many supervision sessions did PO1 hold with Mr B?", "PO1 saw Ms A five times.", False),
        ("How many sessions did Mr B attend?", "Mr C and Ms A attended two sessions.", False),
        ("How many sessions did Mr B attend?", "SW2 attended two sessions.", False),
    ],
)
def test_a_sentence_about_a_man_does_not_answer_for_a_woman(question, sentence, vetoed):
    reader = one_sentence_reader(sentence)
    assert bool(reader.sex_veto(Unit(0, 0, 0, len(sentence), {}), analyse(question))) == vetoed


def test_who_wrote_is_answered_by_an_author_line_in_a_document_that_never_says_wrote(tmp_path):
    import qa
    from pdf_factory import make_pdf

    corpus = tmp_path / "pdfs"
    corpus.mkdir()
    cover = ["Serious Case Review: Child Z", "Overview Report", "Independent overview author: Mr Alan Pike",
             "Published 3 March 2009"]
    body = ["1.1 The review was commissioned by the Board in October 2008 after the death of Child Z.",
            "1.2 This report has been written with publication in mind, and its findings are the panel's own.",
            "1.3 The panel met on six occasions between November 2008 and February 2009."]
    make_pdf(corpus / "child-z-overview-report.pdf", [cover, body], title="Serious Case Review: Child Z - Overview Report")
    index_dir = str(tmp_path / "index")
    qa.build_index([str(corpus)], index_dir)
    answer = qa.ask("Who wrote the overview report?", index_dir, config=RULES_ONLY)
    assert answer.answerable and answer.answer == "Mr Alan Pike", answer.to_dict()
    assert answer.citations[0].page == 1


@pytest.mark.parametrize(
    "question,sentence,vetoed",
    [
        ("When was the second review completed?", "June 2008 | First serious case review completed", True),
        ("When was the second review completed?", "The second review was completed in May 2009.", False),
        # both reviews named: the sentence may tell of the one asked about
        ("How did Ofsted evaluate the first serious case review?",
         "The first, completed in June 2008, was evaluated as inadequate, and a second review was commissioned.", False),
        ("When was the review completed?", "June 2008 | First serious case review completed", False),
    ],
)
def test_a_sentence_about_another_numbered_review_does_not_answer(question, sentence, vetoed):
    from types import SimpleNamespace

    reader = Reader(SimpleNamespace(passages=[SimpleNamespace(text=sentence)]))
    assert bool(reader.other_review_veto(Unit(0, 0, 0, len(sentence), {}), analyse(question))) == vetoed


@pytest.mark.parametrize(
    "question,sentence,vetoed",
    [
        ("How much did Child T weigh when he died?", "Child T was born on 22 April 2006, weighing 3.21 kg.", True),
        ("What did Child T weigh at his eight-month development review?", "Child T was born weighing 3.21 kg.", True),
        # the birth is what is asked, or no other occasion is
        ("How much did Child T weigh at birth?", "Child T was born on 22 April 2006, weighing 3.21 kg.", False),
        ("How much did Child T weigh when he was born?", "Child T was born on 22 April 2006, weighing 3.21 kg.", False),
        ("How much did Child T weigh?", "Child T was born on 22 April 2006, weighing 3.21 kg.", False),
        ("How much did Child T weigh when he died?", "At the post-mortem he weighed 7.9 kg.", False),
    ],
)
def test_an_amount_at_birth_does_not_answer_for_another_occasion(question, sentence, vetoed):
    reader = one_sentence_reader(sentence)
    got = reader.birth_amount_veto(Unit(0, 0, 0, len(sentence), {}), analyse(question), "number")
    assert bool(got) == vetoed


@pytest.mark.parametrize(
    "question,sentence,vetoed",
    [
        ("On what date did Mr B start the domestic abuse programme?",
         "On 3 November 2006 Mr B was sentenced to a community order with a domestic abuse programme.", True),
        ("On what date did Ms A begin the parenting programme?", "On 16 April 2007 Ms A starts the parenting programme.", False),
        ("When was the overview report completed?", "The overview report was finished on 2 June 2008.", False),
        ("When was the overview report completed?", "The overview report was published on 2 June 2008.", True),
        # "completed" describing a visit is no phase asked
        ("When did SW2 make her second completed visit?", "SW2 visited on 3 May 2007.", False),
    ],
)
def test_asked_when_something_started_the_sentence_must_say_it_started(question, sentence, vetoed):
    reader = one_sentence_reader(sentence)
    assert bool(reader.phase_veto(Unit(0, 0, 0, len(sentence), {}), analyse(question), "date")) == vetoed


@pytest.mark.parametrize(
    "question,sentence,vetoed",
    [
        ("What did Ms A score on the scale at her antenatal booking?",
         "In July 2006 Ms A scored 14 on the scale at a clinic contact with the health visitor.", True),
        # the occasion is named, or the sentence gives none of its own, or a date for one
        ("What did Ms A score on the scale at her antenatal booking?", "At the antenatal booking Ms A scored 9.", False),
        ("What did Ms A score on the scale at her antenatal booking?", "Ms A scored 14 on the scale.", False),
        ("How old was the grandmother at the time of his death?", "Mrs H | Grandmother | Age at 13 November 2007: 51 years", False),
    ],
)
def test_an_amount_at_another_occasion_does_not_answer(question, sentence, vetoed):
    reader = one_sentence_reader(sentence)
    assert bool(reader.occasion_veto(Unit(0, 0, 0, len(sentence), {}), analyse(question), "number")) == vetoed


@pytest.mark.parametrize(
    "question,sentence,vetoed",
    [
        ("Which antidepressant was Ms A prescribed?", "Ms A was prescribed antidepressants by the GP in 2004.", True),
        ("In which prison is Ms A serving her sentence?", "The court sentenced Mr B to 11 years in prison.", True),
        # named, or the particular one the documents have named
        ("Which antidepressant was Ms A prescribed?", "Ms A was prescribed the antidepressant fluoxetine.", False),
        ("Which hospital was Child T taken to?", "He was taken to Wendmere General Hospital.", False),
        ("Which surgery did the family use?", "The family used Dr F's surgery on Linden Road.", False),
        # the asked word is not in the sentence: nothing to judge here
        ("Which antidepressant was Ms A prescribed?", "Ms A was prescribed fluoxetine.", False),
    ],
)
def test_a_which_question_is_not_answered_by_the_kind_of_thing_alone(question, sentence, vetoed):
    reader = one_sentence_reader(sentence)
    assert bool(reader.which_veto(Unit(0, 0, 0, len(sentence), {}), analyse(question), "factoid")) == vetoed


@pytest.mark.parametrize(
    "question,sentence,vetoed",
    [
        ("What was the outcome of the disciplinary proceedings?",
         "Disciplinary processes concerning two managers had begun by the time the report was finished.", True),
        ("What was the outcome of the appeal?", "The appeal is pending.", True),
        ("What was the outcome of the disciplinary proceedings?",
         "The proceedings, which had begun in May, concluded with a final written warning.", False),
        ("When did the disciplinary proceedings begin?", "Disciplinary processes had begun by May 2009.", False),
    ],
)
def test_an_outcome_is_not_told_by_a_sentence_saying_it_had_begun(question, sentence, vetoed):
    reader = one_sentence_reader(sentence)
    assert bool(reader.outcome_veto(Unit(0, 0, 0, len(sentence), {}), analyse(question))) == vetoed


def test_a_reference_field_answers_only_for_what_the_question_says_it_is_the_reference_of():
    """The cover's labelled reference is the review's: it answers "what is the review's reference number?" and
    "the reference of the report", never "the reference number of the urgent heating repair request", which this
    passage does not mention (a footnote elsewhere gives that code, unlabelled)."""
    from types import SimpleNamespace

    from qa.question import analyse
    from qa.rules.settings import Unit
    from qa.rules.structure import Structure
    from qa.types import Passage

    text = "Serious injury to a baby of nine months REFERENCE ATSCP CSPR 2023/02 PUBLISHED 18 June 2024"
    cover = Passage("alderbeck-cspr-child-h.pdf", "Child H: overview report", text, [(0, 1)])
    rules = Structure()
    rules.index = SimpleNamespace(passages=[cover])

    def field(question: str):
        unit = Unit(passage=0, sentence=0, start=0, end=len(text), features={})
        found = rules.reference_field([unit], analyse(question))
        return text[found.span[0] : found.span[1]] if found else None

    assert field("What is the review's reference number?") == "ATSCP CSPR 2023/02"
    assert field("What is the reference number of the overview report?") == "ATSCP CSPR 2023/02"
    assert field("What was the reference number of the urgent heating repair request?") is None


@pytest.mark.parametrize("question, abbreviation", [
    ("What does IRD stand for in this review?", "IRD"),
    ("What does the abbreviation ORT mean?", "ORT"),
    ("What is CAIT short for?", "CAIT"),
    ("What does “NFA” mean?", "NFA"),
    ("What does the review mean by drift?", None),
    ("What did SW1 mean?", None),
])
def test_a_question_asking_what_an_abbreviation_stands_for(question, abbreviation):
    from qa.rules.patterns import DEFINITION_ASKED

    asked = DEFINITION_ASKED.search(question)
    assert (asked and (asked.group("abbr") or asked.group("short"))) == abbreviation


def test_an_abbreviation_is_answered_where_the_documents_spell_it_out(practice_index):
    """The practice overview report's glossary row "CAIT | Child Abuse Investigation Team (Eastmarch
    Constabulary)": the words it stands for, cited on the glossary's page; not the chronology rows that use it."""
    import qa

    answer = qa.ask("What does CAIT stand for?", index_dir=practice_index).to_dict()
    assert "Child Abuse Investigation Team" in answer["answer"]
    assert answer["citations"][0]["page"] == 29
