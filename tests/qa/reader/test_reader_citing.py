"""Where the chosen answer is placed (qa.reader.citing): the twins of qa.reader.cite in turn, and a row's answer
re-read in the numbered paragraph that tells its day."""


def _reading(span_text: str):
    """A span model whose best span in any text it reads is ``span_text``."""
    from qa.reader.model import Reading, Span

    class Model:
        def read(self, question, texts, top=3):
            at = texts[0].index(span_text)
            return [Reading(texts[0], spans=[Span(at, at + len(span_text), 9.0, 0.7)])]
    return Model()


def _row_and_paragraph(row_text: str, row_page: int, para_text: str, para_page: int, paragraph: str):
    """A chronology row and a numbered paragraph, each one sentence on one page."""
    from qa.types import Passage, Sentence

    row = Passage(file="r.pdf", title="r", text=row_text, page_breaks=[(0, row_page)], kind="row",
                  sentences=[Sentence(0, len(row_text))])
    para = Passage(file="r.pdf", title="r", text=para_text, page_breaks=[(0, para_page)], paragraph=paragraph,
                   sentences=[Sentence(0, len(para_text))])
    return row, para


def test_a_rows_answer_is_reread_in_the_paragraph_telling_its_day_and_cited_there_when_the_readings_agree():
    """A span read from a chronology row often runs over its cells ("HV2) ED notification read. HV2 telephones"),
    so no paragraph repeats it word for word. The model then reads the sentence of the numbered paragraph that
    tells the row's day: its best span there that lies inside the row's span and that the model also proposed in
    the row is the answer, cited by the paragraph; the decision stays the row's. A span the row never proposed
    (another answer to the question) leaves the row's answer where it is."""
    from types import SimpleNamespace

    from qa.reader.choose import Choice
    from qa.reader.citing import Citer

    row_text = "06/01/2025 | Health visiting (HV2) | ED notification read. HV2 telephones Ms K."
    para_text = "On 6 January 2025 HV2 read the notification from the emergency department."
    row, para = _row_and_paragraph(row_text, 15, para_text, 9, "4.24")

    citer = Citer(SimpleNamespace(passages=[row, para]), _reading("HV2"))  # the paragraph's best span is "HV2"
    start = row_text.index("HV2)")
    best = Choice(0, start, row_text.index(" Ms K"), 0, probability=0.8, clause_probability=0.85)
    hv2 = Choice(0, start, start + 3, 0, probability=0.6)
    question = SimpleNamespace(text="Which health visitor read the emergency department notification?")
    cited = citer.reread(question, best, [best, hv2])
    assert (cited.passage, para_text[cited.start : cited.end]) == (1, "HV2")
    assert (cited.probability, cited.clause_probability) == (0.8, 0.85)
    assert citer.reread(question, best, [best]) is best  # the row never proposed "HV2" alone


def test_a_rows_time_or_day_reread_in_another_form_is_the_same_answer():
    """The paragraph may give the row's time or day in another form ("23:40" in the row, "23.40 hrs" in the
    paragraph; "10/11/22" and "10 November 2022"): the paragraph's span that says what the row's span (or a part of
    it) says, and that the row also proposed, is the answer, cited by the paragraph. Another time is not."""
    from types import SimpleNamespace

    from qa.reader.choose import Choice
    from qa.reader.citing import Citer

    row_text = "12/09/2022 23:40 | Police | First domestic incident at the hostel. PC1 attends."
    para_text = "At 23.40 hrs on 12 September 2022 police attended the hostel after a call about a domestic incident."
    row, para = _row_and_paragraph(row_text, 10, para_text, 6, "4.3")

    start = row_text.index("23:40")
    best = Choice(0, start, start + 5, 0, probability=0.5, clause_probability=0.7)
    question = SimpleNamespace(text="What time did officers attend the first reported domestic incident at the hostel?")
    cited = Citer(SimpleNamespace(passages=[row, para]), _reading("23.40 hrs")).reread(question, best, [best])
    assert (cited.passage, para_text[cited.start : cited.end]) == (1, "23.40 hrs")
    assert (cited.probability, cited.clause_probability) == (0.5, 0.7)
    _, para_other = _row_and_paragraph(row_text, 10, para_text.replace("23.40 hrs", "21.15 hrs"), 6, "4.3")
    citer = Citer(SimpleNamespace(passages=[row, para_other]), _reading("21.15 hrs"))
    assert citer.reread(question, best, [best]) is best
