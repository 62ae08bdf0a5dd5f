"""Where a chosen answer is cited (qa.reader.cite): the numbered paragraph that states what a row, an aside or
unnumbered text answered."""

from qa.reader.choose import Choice
from qa.reader.cite import dated_twin, numbered_index, stated_twin, stated_twin_in
from qa.types import Passage, Sentence


def _passage(text, paragraph=None, kind="paragraph", breaks=((0, 3),)):
    """Sentences split at ". " as build_passages would."""
    sentences, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            sentences.append(Sentence(start, i + 1))
            start = i + 2
    if start < len(text):
        sentences.append(Sentence(start, len(text)))
    return Passage(file="r.pdf", title="r", text=text, page_breaks=list(breaks), paragraph=paragraph, kind=kind,
                   sentences=sentences)


def _cited(best, passages, question):
    return stated_twin(best, passages, question, numbered_index(passages, "r.pdf"))


def test_an_answer_from_a_row_stated_in_a_numbered_paragraph_is_cited_there_with_the_paragraphs_words():
    row = _passage("14/02/2025 | 07.52 hrs | Ambulance | 999 call from Mr R after a fall.", kind="row")
    # the event words ("ambulance", "rang") are in the sentence before the one holding the time
    para = _passage("Mr R rang for an ambulance. The call was logged at 07.52 Hrs by control. Crews left.",
                    paragraph="4.11")
    elsewhere = _passage("A meeting started at 07.52 hrs on another day.", paragraph="4.12")
    passages = [row, elsewhere, para]
    best = Choice(0, 13, 22, 0, probability=0.6, clause_probability=0.7)  # "07.52 hrs"
    question = "At what time did Mr R ring for the ambulance?"
    cited = _cited(best, passages, question)
    assert (cited.passage, para.text[cited.start : cited.end]) == (2, "07.52 Hrs")
    assert (cited.probability, cited.clause_probability) == (0.6, 0.7)  # the decision stays the row's
    assert para.text[slice(*cited.clause)].startswith("The call was logged")


def test_no_twin_for_one_word_for_too_few_event_words_in_another_document_or_off_one_page():
    row = _passage("14/02/2025 | 07.52 hrs | Ambulance | 999 call from Mr R after a fall.", kind="row")
    para = _passage("Mr R rang for an ambulance. The call was logged at 07.52 hrs by control.", paragraph="4.11")
    question = "At what time did Mr R ring for the ambulance?"
    best = Choice(0, 13, 22, 0, probability=0.6)
    one_word = Choice(0, 25, 34, 0, probability=0.6)  # "Ambulance": one word is said of too many things
    assert _cited(one_word, [row, para], question) is one_word
    assert _cited(best, [row, para], "At what time was the nursery told?") is best  # no event word shared
    other = Passage(file="s.pdf", title="s", text=para.text, page_breaks=[(0, 1)], paragraph="4.11",
                    sentences=para.sentences)
    assert _cited(best, [row, other], question) is best  # another document
    split = _passage(para.text, paragraph="4.11", breaks=((0, 3), (para.text.index("52 hrs"), 4)))
    assert _cited(best, [row, split], question) is best  # "07.|52 hrs" runs over a page break
    assert _cited(Choice(1, 50, 59, 1), [row, para], question).passage == 1  # already numbered: stays


def test_a_date_read_from_unnumbered_text_is_cited_by_the_paragraph_giving_that_day_in_any_form():
    aside = _passage("Key dates: case closed 27/02/2012 by the team manager.", kind="aside")
    para = _passage("The school's referral led to an assessment. The case was closed on 27 February 2012.",
                    paragraph="4.15")
    question = "On what date was the case that followed the school's referral closed?"
    best = Choice(0, 23, 33, 0, probability=0.7)  # "27/02/2012"
    cited = dated_twin(best, [aside, para], question)
    assert (cited.passage, para.text[cited.start : cited.end]) == (1, "27 February 2012")
    # not the words of an aside that are no date (only a row has a day of its own)
    words = Choice(0, 11, 22, 0, probability=0.7)  # "case closed"
    assert dated_twin(words, [aside, para], question) is words


def test_an_answer_from_a_briefing_is_cited_by_the_reports_numbered_paragraph_its_own_document_first():
    briefing = Passage(file="b.pdf", title="b", text="Key facts: Mr R rang for an ambulance at 07.52 hrs.",
                       page_breaks=[(0, 1)], sentences=[Sentence(0, 51)])
    report = _passage("Mr R rang for an ambulance. The call was logged at 07.52 hrs by control.", paragraph="4.11")
    passages = [briefing, report]
    best = Choice(0, 41, 50, 0, probability=0.6, clause_probability=0.7)  # "07.52 hrs"
    question = "At what time did Mr R ring for the ambulance?"
    cited = stated_twin_in(best, passages, question, [numbered_index(passages, "b.pdf"), numbered_index(passages, "r.pdf")])
    assert (cited.passage, report.text[cited.start : cited.end]) == (1, "07.52 hrs")
    assert stated_twin_in(best, passages, question, [numbered_index(passages, "b.pdf")]) is best  # not searched
    # the answer's own document first, though another document's paragraph states it too
    own = Passage(file="b.pdf", title="b", text="Mr R rang for an ambulance at 07.52 hrs.", page_breaks=[(0, 1)],
                  paragraph="2", sentences=[Sentence(0, 40)])
    passages = [briefing, report, own]
    cited = stated_twin_in(best, passages, question, [numbered_index(passages, "b.pdf"), numbered_index(passages, "r.pdf")])
    assert cited.passage == 2


def test_a_clock_time_read_from_a_row_is_cited_by_the_paragraph_giving_it_in_another_form():
    """"23:40" in a row and "23.40 hrs" in a paragraph are the same time: the paragraph that gives the row's day
    and that time is cited (``dated_twin``), and the reader's own proposal there counts as the same answer
    (``numbered_twin``); another time on that day, or the same time without an event word of the question, is not."""
    from qa.reader.cite import numbered_twin

    row = _passage("12/09/2022 23:40 | Police | First domestic incident at the hostel. PC1 attends.", kind="row")
    para = _passage("At 23.40 hrs on 12 September 2022 police attended the hostel after a call.", paragraph="4.3")
    question = "What time did officers attend the first reported domestic incident at the hostel?"
    best = Choice(0, 11, 16, 0, probability=0.5, clause_probability=0.6)  # "23:40"
    cited = dated_twin(best, [row, para], question)
    assert (cited.passage, para.text[cited.start : cited.end]) == (1, "23.40 hrs")
    assert (cited.probability, cited.clause_probability) == (0.5, 0.6)  # the decision stays the row's
    other = _passage("At 21.15 hrs on 12 September 2022 police attended the hostel after a call.", paragraph="4.3")
    assert dated_twin(best, [row, other], question) is best
    assert dated_twin(best, [row, para], "What time did the nursery open on that day?") is best
    proposed = Choice(1, 3, 12, 1, probability=0.3)  # "23.40 hrs", proposed in the paragraph
    assert numbered_twin(best, [best, proposed], [row, para]).passage == 1
    assert numbered_twin(best, [best, Choice(1, 16, 33, 1, probability=0.3)], [row, para]) is best  # the day


def test_an_event_word_is_said_as_written_or_in_another_form_of_the_word():
    """"attend" in the question is said by "attended" in the paragraph, "reviewer" by "reviewers"; a date's numbers
    and month are no event words; each question word counts once."""
    from qa.reader.cite import event_words, shared, told

    need = event_words("When did officers attend the incident on 12 September 2022?")
    assert need == {"officers", "attend", "incident"}
    assert shared(need, told("Two officers attended the incidents that night.")) == 3
    assert shared(need, told("The nurse attended.")) == 1
    assert shared(event_words("Who was the lead reviewer?"), told("The reviewers were led by Dr P.")) == 1
