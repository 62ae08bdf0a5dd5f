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


def _passage(file: str, title: str, text: str, page: int, **fields):
    """A passage of one sentence on one page."""
    from qa.types import Passage, Sentence

    return Passage(file=file, title=title, text=text, page_breaks=[(0, page)], sentences=[Sentence(0, len(text))],
                   **fields)


def _row_and_paragraph(row_text: str, row_page: int, para_text: str, para_page: int, paragraph: str):
    """A chronology row and a numbered paragraph, each one sentence on one page."""
    return (_passage("r.pdf", "r", row_text, row_page, kind="row"),
            _passage("r.pdf", "r", para_text, para_page, paragraph=paragraph))


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


def _summary_and_report(summary_text: str, report_text: str):
    """A numbered paragraph of an executive summary and one of the overview report it restates."""
    return (_passage("x-executive-summary.pdf", "Executive summary", summary_text, 2, paragraph="11"),
            _passage("x-overview-report.pdf", "Overview report", report_text, 8, paragraph="4.26"))


def test_an_answer_read_from_a_summary_is_cited_by_the_report_paragraph_that_states_it():
    """An executive summary, a briefing or a press statement restates the review's report, and a reader cites the
    report's numbered paragraph: an answer read from a companion is cited there when a paragraph of the report
    holds its words and tells the question's event. Not when the question names the summary as its source, nor
    when the report's sentence tells another event."""
    from types import SimpleNamespace

    from qa.question import analyse
    from qa.reader.choose import Choice
    from qa.reader.citing import Citer

    summary_text = "An initial child protection conference on 2 February 2012 decided on a plan."
    report_text = "The initial child protection conference was held on 2 February 2012 and chaired by CPRO1."
    summary, report = _summary_and_report(summary_text, report_text)
    citer = Citer(SimpleNamespace(passages=[summary, report]), model=None)
    at = summary_text.index("2 February 2012")
    best = Choice(0, at, at + len("2 February 2012"), 0, probability=0.8, clause_probability=0.85)
    files = {"x-executive-summary.pdf", "x-overview-report.pdf"}

    cited = citer.place(analyse("When did the initial child protection conference meet?"), best, [best], files)
    assert (cited.passage, report_text[cited.start : cited.end]) == (1, "2 February 2012")
    assert (cited.probability, cited.clause_probability) == (0.8, 0.85)
    named = analyse("According to the executive summary, when did the initial child protection conference meet?")
    assert citer.place(named, best, [best], files).passage == 0
    other = report_text.replace("initial child protection conference was held", "strategy meeting took place")
    summary, report = _summary_and_report(summary_text, other)
    citer = Citer(SimpleNamespace(passages=[summary, report]), model=None)
    assert citer.place(analyse("When did the initial child protection conference meet?"), best, [best], files).passage == 0


def test_a_number_is_not_found_again_inside_a_date_or_a_clock_time():
    """"18" answering "how old was the mother?" is not the "18" of "18 May 2013" or of "18.05": a twin of a
    number is that number standing alone."""
    from types import SimpleNamespace

    from qa.question import analyse
    from qa.reader.choose import Choice
    from qa.reader.citing import Citer

    summary_text = "Mother was 18 when Child N was born."
    files = {"x-executive-summary.pdf", "x-overview-report.pdf"}
    for report_text, twin in (("At 18.05 Mother brought Child N, who was born early, to hospital.", False),
                              ("On 18 May 2013 Mother said Child N was born early.", False),
                              ("Mother was aged 18 when Child N was born in 2012.", True)):
        summary, report = _summary_and_report(summary_text, report_text)
        citer = Citer(SimpleNamespace(passages=[summary, report]), model=None)
        at = summary_text.index("18")
        best = Choice(0, at, at + 2, 0, probability=0.8)
        cited = citer.place(analyse("How old was Mother when Child N was born?"), best, [best], files)
        assert (cited.passage == 1) is twin, report_text
