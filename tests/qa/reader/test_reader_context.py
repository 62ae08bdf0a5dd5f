"""qa/reader/context.py: the year and the role codes a passage is read with, for the gates of what a question
fixes (a year, a person named by role code)."""


def test_a_paragraph_that_gives_no_year_is_read_in_the_year_the_paragraphs_before_it_give():
    """The year gate's context (``year_context``): a review gives the year once, then tells the episode over
    several paragraphs. A paragraph that gives no year of its own inherits the last one given before it in its
    section; one that gives a year is about that year; another section's year does not carry over."""
    from qa.reader import choose
    from qa.reader.context import year_context
    from qa.types import Passage, Sentence

    def passage(text, section, paragraph):
        return Passage(file="r.pdf", title="Review", text=text, page_breaks=[(0, 6)], paragraph=paragraph,
                       section=section, kind="paragraph", sentences=[Sentence(0, len(text))])

    told = [passage("4.4 At 23.15 hrs on 2 November 2022 a neighbour called the police.", "Episodes", "4.4"),
            passage("PC1 completed a DASH risk assessment, graded standard; he did not know of the 2017 caution.",
                    "Episodes", "4.5"),
            passage("In March 2021 he had weighed 21.6 kg at a school check.", "Episodes", "4.6"),
            passage("The referral was closed after a letter went unanswered.", "Findings", "5.1")]
    asked = choose.years("What risk level did the DASH assessment give after the November 2022 incident?")
    assert not choose.year_missing(asked, year_context(told, 1))  # 4.5 inherits 2022 from 4.4 ("the 2017
    # caution" dates the caution, not 4.5's events)
    assert choose.year_missing(asked, year_context(told, 2))  # 4.6 gives its own year, 2021
    assert choose.year_missing(asked, year_context(told, 3))  # another section


def test_a_question_naming_a_role_code_is_answered_only_from_a_passage_that_names_it():
    """Reviews anonymise their staff by role code: "how many cases was SW2 carrying?" asks about SW2, so a
    passage naming only SW1 does not answer it, while one naming SW2, or following in its section a paragraph
    that does ("She had 27 children on her caseload"), may."""
    from qa.reader.context import codes_in
    from qa.spans import ROLE_CODE
    from qa.types import Passage, Sentence

    def passage(text, section="Episodes", file="r.pdf"):
        return Passage(file=file, title="Review", text=text, page_breaks=[(0, 6)], paragraph="5.1",
                       section=section, kind="paragraph", sentences=[Sentence(0, len(text))])

    told = [passage("SW2 became the social worker on 3 February 2025."),
            passage("She had 27 children on her caseload at the time."),
            passage("SW1 was carrying 31 cases at the time.", section="Findings"),
            passage("She had 27 children on her caseload at the time.", file="other.pdf")]
    asked = set(ROLE_CODE.findall("How many cases was SW2 carrying when the case was allocated?"))
    assert asked == {"SW2"}
    assert asked <= codes_in(told, 1)  # the paragraph before, same section
    assert not asked <= codes_in(told, 2)
    assert not asked <= codes_in(told, 3)  # another document


def test_who_wrote_the_foreword_is_read_off_the_signature_that_ends_it():
    """"Who wrote the foreword?" asks for the foreword's signatory: a sentence of the foreword's section that is
    a name before a role, its name the answer; not the reviewer the foreword names, nor a signature elsewhere."""
    from types import SimpleNamespace

    from qa.question import analyse
    from qa.rules.settings import Unit
    from qa.rules.structure import Structure
    from qa.types import Passage, Sentence

    def passage(text, section):
        return Passage(file="r.pdf", title="Review", text=text, page_breaks=[(0, 2)], paragraph=None,
                       section=section, kind="text", sentences=[Sentence(0, len(text))])

    texts = [("The review was led by Dr Helen Marwood, an independent reviewer.", "Foreword"),
             ("Alan Brook, Independent Chair, Review Panel", "Panel membership"),
             ("Gwen Okafor-Lyle, Independent Scrutineer, Merrowdale Partnership", "Foreword")]
    structure = Structure()
    structure.index = SimpleNamespace(passages=[passage(t, s) for t, s in texts])
    units = [Unit(i, 0, 0, len(t), {}) for i, (t, _) in enumerate(texts)]
    found = structure.part_signature(units, analyse("Who signed the foreword to the review?"))
    assert found is units[2] and texts[2][0][found.span[0] : found.span[1]] == "Gwen Okafor-Lyle"
    assert structure.part_signature(units, analyse("Who led the review?")) is None


def test_who_wrote_a_news_piece_is_read_off_its_byline():
    """"Who wrote the Courier's story?" asks for the byline's name ("By Sam Oduya, Local Democracy Reporter", "Live
    reporting by A and B", "Hannah Corbett, social affairs correspondent"); "who wrote the review?" and "who wrote
    the overview report?" do not, nor is a name after "chaired by" a byline."""
    from types import SimpleNamespace

    from qa.passages.signatures import byline_names
    from qa.question import analyse
    from qa.rules.settings import Unit
    from qa.rules.structure import Structure
    from qa.types import Passage, Sentence

    def said(text):
        found = byline_names(text)
        return text[found[0] : found[1]] if found else None

    assert said("petition calling for her to resign By Sam Oduya, Local Democracy Reporter Most read") == "Sam Oduya"
    assert said("Live reporting by Owen Pritchard and Leah Moss · Tuesday 14 June 2011") == "Owen Pritchard and Leah Moss"
    assert said("was not fit for purpose Hannah Corbett, social affairs correspondent 214 comments") == "Hannah Corbett"
    assert said("The panel was chaired by Mrs Gillian Marchbank and the report was written by Dr Colin Aspinall.") is None

    texts = ["The review was written by Dr Colin Aspinall, an independent author.",
             "Analysis By Nadia Welling, Social affairs correspondent"]
    structure = Structure()
    structure.index = SimpleNamespace(passages=[
        Passage(file="nbn.pdf", title="NBN News", text=t, page_breaks=[(0, 1)], paragraph=None, section=None,
                kind="text", sentences=[Sentence(0, len(t))]) for t in texts])
    units = [Unit(i, 0, 0, len(t), {}) for i, t in enumerate(texts)]
    found = structure.byline(units, analyse("Who wrote the NBN's analysis of the announcement?"))
    assert found is units[1] and texts[1][found.span[0] : found.span[1]] == "Nadia Welling"
    assert structure.byline(units, analyse("Who wrote the serious case review?")) is None
    assert structure.byline(units, analyse("Who wrote the overview report?")) is None


def test_when_a_document_was_published_or_updated_is_read_off_the_field_that_dates_it():
    """"When was the review report published?" is answered by the cover's or page's dated field ("Published: 14 April
    2026", "Published | October 2023", "Updated 16:05 BST"), the label for what was done to the document; one that
    names another document ("the Marnie review", "the thematic review of fathers") is not dated by this one's
    cover, nor is "when will the plan be published?" a document's date."""
    from types import SimpleNamespace

    from qa.question import analyse
    from qa.rules.settings import Unit
    from qa.rules.structure import Structure
    from qa.types import Passage, Sentence

    texts = [("Report approved by the Partnership: 19 March 2026 Published: 14 April 2026", "kestrel-cspr-child-p.pdf"),
             ("Hannah Corbett, correspondent Published 14 June 2011 · Updated 16:05 BST", "national-ledger-rowan.pdf")]
    structure = Structure()
    structure.index = SimpleNamespace(passages=[
        Passage(file=f, title="Review", text=t, page_breaks=[(0, 1)], paragraph=None, section=None, kind="text",
                sentences=[Sentence(0, len(t))]) for t, f in texts])
    units = [Unit(i, 0, 0, len(t), {}) for i, (t, _) in enumerate(texts)]

    def read(question):
        found = structure.dated_field(units, analyse(question))
        return found and structure.index.passages[found.passage].text[found.span[0] : found.span[1]]

    assert read("When was the review report published?") == "14 April 2026"
    assert read("At what time was the National Ledger's article last updated?") == "16:05"
    assert read("When was the Marnie review published?") is None
    assert read("When was the partnership's thematic review of fathers published?") is None
    assert read("When will the council's action plan be published?") is None


def test_a_documents_reference_is_read_off_its_labelled_reference_field():
    """"What is the reference number of the minister's letter?" asks for the code in a field labelled as a
    reference ("Our ref: MIN/2010/0417", "Review reference | OTVRSB/ECPR/2022-04"), not for a count; "your
    reference" is the one a letter quotes, asked only when the question says so, and a letter giving both is not
    read for a question that does not say whose. Terms of reference and a reference made to something are not
    asked-for codes."""
    from types import SimpleNamespace

    from qa.question import analyse
    from qa.rules.settings import Unit
    from qa.rules.structure import Structure
    from qa.types import Passage, Sentence

    assert analyse("What is the reference number of the scrutineer's letter?").type != "number"
    assert analyse("What is the number of children in the family?").type == "number"
    texts = [("The review was agreed with its terms of reference on 4 May 2023.", "wexley-review.pdf", "Review"),
             ("Review reference | OTVRSB/ECPR/2022-04", "wexley-review.pdf", "Review"),
             ("Civic Centre, Kelsford Our ref: KSCP/IS/2023/017 Kelsford, 14 November 2023", "scrutineer-letter.pdf",
              "Letter from the scrutineer"),
             ("14 February 2025 Your reference: DSCP/LCSPR/W", "dept-letter.pdf", "Letter from the Department"),
             ("Our reference: DCFW/CSR/2025/0117", "dept-letter.pdf", "Letter from the Department"),
             ("Review reference: LVRSB CPR 02/2023", "lydbrook-review.pdf", "Review")]
    structure = Structure()
    structure.index = SimpleNamespace(passages=[
        Passage(file=f, title=title, text=t, page_breaks=[(0, 1)], paragraph=None, section=None, kind="text",
                sentences=[Sentence(0, len(t))]) for t, f, title in texts])
    units = [Unit(i, 0, 0, len(t), {}) for i, (t, _, _) in enumerate(texts)]

    def read(question, among=units):
        found = structure.reference_field(among, analyse(question))
        return found and structure.index.passages[found.passage].text[found.span[0] : found.span[1]]

    assert read("What reference number does the Board give this review?", units[:2]) == "OTVRSB/ECPR/2022-04"
    assert read("What is the reference number of the scrutineer's letter?", units[:3]) == "KSCP/IS/2023/017"
    assert read("What is the partnership's reference that the letter quotes as your reference?", units[3:]) == "DSCP/LCSPR/W"
    assert read("What is the Department's reference on its letter?", units[3:]) is None  # whose is not said
    assert read("When did the panel agree the terms of reference?", units[:2]) is None
    assert read("What reference did the review make to the 2019 guidance?", units[:2]) is None
    # some house styles set the code's groups apart with spaces before its slashed part
    assert read("What is the review's reference number as shown on the cover?", units[5:]) == "LVRSB CPR 02/2023"


def test_a_day_the_question_names_must_be_stated_by_the_text_read_or_its_context():
    """"What time did the strategy meeting of 9 December 2009 start?" is not answered from a paragraph telling of
    4 December; the day in another form (09/12/2009, "9 Dec") or without its year is the same day."""
    from qa.reader.context import day_missing, days

    asked = days("What time did the strategy meeting of 9 December 2009 start?")
    assert asked == {(9, 12, 2009)}
    assert day_missing(asked, "A strategy discussion was held by telephone at 11.00 hrs on 4 December 2009.")
    assert not day_missing(asked, "09/12/2009 | Police | Strategy meeting at 14.00 hrs")
    assert not day_missing(asked, "On 9 December the meeting started at 10.30 hrs.")
    assert day_missing(asked, "The meeting was held on 9 December 2008.")
    assert not day_missing(days("When was Child T placed on the register in February 2007?"), "No day here.")
    # a day that bounds a time is no event's own day
    assert days("How many staff had been trained by 31 March 2025?", bounds=False) == set()
    assert days("How many staff had been trained by 31 March 2025?") == {(31, 3, 2025)}


def test_a_question_counting_occurrences_is_not_answered_from_a_sentence_telling_another():
    """"When was the second core group meeting held?" is not answered by "The first core group meeting took place
    on 19 July 2022": the question counts which occurrence it asks about. Ordinals joined before one word ("the
    third and last home visit") are each the question's own; "last" and "final" say the same; a sentence that
    names the question's own occurrence as well, or counts another word, tells of the one asked. The thing counted
    is named by the first and the last word of its noun phrase."""
    from qa.reader.context import asked_ordinals, other_occurrence

    second = asked_ordinals("When was the second core group meeting held?")
    assert second == [({2}, ("core", "meeting"))]
    assert other_occurrence(second, "The first core group meeting took place on MS Teams on 19 July 2022.")
    assert not other_occurrence(second, "The second core group meeting, on 2 August 2022, was not quorate.")
    assert not other_occurrence(second, "After the first and before the second core group meeting SW1 visited.")
    assert not other_occurrence(second, "SW1 made her first visit on 2 August 2022.")  # another word counted
    last = asked_ordinals("On what date did SW1 make her third and last home visit?")
    assert last == [({3, -1}, ("home", "visit"))]
    assert not other_occurrence(last, "SW1 made her final home visit on 15 March 2007.")
    assert other_occurrence(last, "SW1 made her first home visit on 1 February 2007.")
    assert other_occurrence(asked_ordinals("What rating did the inspectorate give the second review?"),
                            "The inspectorate rated the first review inadequate on 4 March 2010.")
    assert asked_ordinals("When did the GP see the bruise?") == []
    # an age names which of a series of checks is meant, in figures or words
    two_year = asked_ordinals("What did Child E weigh at her two-year review?")
    assert two_year == [({"2-year"}, ("review",))]
    assert other_occurrence(two_year, "She was last weighed at her one-year review in March 2023.")
    assert not other_occurrence(two_year, "At the 2-year review she weighed 11 kg.")
    # the thing counted is named by its noun phrase's last word as well as its first ("serious case review" is a
    # review), and a text that names the question's own occurrence elliptically ("the first, …") tells of it
    first = asked_ordinals("How much did the first serious case review into Baby K cost?")
    assert first == [({1}, ("serious", "review"))]
    assert other_occurrence(first, "The second review cost £86,400, including the author's fees.")
    assert not other_occurrence(first, "Two reviews were held: the first, completed in June 2008, was judged "
                                       "inadequate, and a second review was completed in May 2009.")
    assert asked_ordinals("When did Ms A first meet SW1?") == [({1}, ("meet",))]


def test_a_month_the_question_locates_its_event_in_must_be_stated_by_the_text_read_or_its_context():
    """"What did the health visitor see at the home visit in March 2023?" is not answered from a paragraph telling
    of February 2023; the month as a date of any form (14/03/2023), or named alone with its year given before, is
    the same month. A month that names another event ("the August 2024 incident", "the injuries of August 2007",
    "after the call in December 2024") does not locate the event asked about."""
    from qa.reader.context import asked_months, month_missing

    asked = asked_months("What did the health visitor see at the home visit in March 2023?")
    assert asked == {(3, 2023)}
    assert month_missing(asked, "In February 2023 HV1 visited the family at home.")
    assert not month_missing(asked, "On 14/03/2023 HV1 visited the family at home.")
    assert not month_missing(asked, "In March HV1 visited again. The year was 2023.")
    assert asked_months("During May 2022, who attended the school meetings?") == {(5, 2022)}
    for question in ("On what date did the MASH receive the notification about the August 2024 incident?",
                     "Why did the police take no further action over the injuries of August 2007?",
                     "Which officer went to the flat after Ms K's call in December 2024?",
                     "How many staff had been trained by March 2025?"):
        assert asked_months(question) == set(), question


def test_a_question_about_a_person_is_not_answered_from_a_sentence_about_another():
    """"When did the CPS decide to charge Mr L?" is not answered from "The CPS decided in October 2017 that Ms K
    would not be charged": the sentence names another adult, and neither it nor the one before names Mr L. A child
    is set against a child only; a person named to say whose someone is ("Mr L's partner") is not the one asked
    about; a title and surname are the same person with or without a first name; the span itself may be the
    person asked for; a chronology row is read whole for the person."""
    from qa.reader.context import other_people, people
    from qa.passages.sentences import split_sentences
    from qa.types import Passage

    def passage(text, kind="text"):
        return Passage(file="f.pdf", title="f", text=text, page_breaks=[(0, 1)], kind=kind,
                       sentences=split_sentences(text))

    def at(p, words):  # the span of ``words`` in passage ``p``
        return p.text.index(words), p.text.index(words) + len(words)

    asked = people("When did the CPS decide to charge Mr L?", whose=False)
    assert asked == {"mr l"}
    about_ms_k = passage("The Crown Prosecution Service decided in October 2017 that Ms K would not be charged.")
    assert other_people(asked, about_ms_k, 0, at(about_ms_k, "October 2017"), about_ms_k.text)
    both = passage("Mr L was interviewed twice. The CPS decided in October 2017 that Ms K would not be charged.")
    assert not other_people(asked, both, 1, at(both, "October 2017"), both.text)  # the sentence before names Mr L
    # a child is not another adult: "Ms B took him to the emergency department" may be about Child E
    child = people("What time did Child E reach the emergency department?", whose=False)
    taken = passage("Ms B took him to the emergency department at 08.41 hrs.")
    assert not other_people(child, taken, 0, at(taken, "08.41 hrs"), taken.text)
    sibling = passage("Sibling 1 attended Meadowbank Primary School from 2019.")
    assert other_people(people("Which primary school did Child N attend?", whose=False), sibling, 0, at(sibling, "Meadowbank Primary School"),
                        sibling.text)
    assert people("Why did Ms K keep Mr J's temper from professionals?", whose=False) == {"ms k"}
    assert people("When was the mother of Child N seen?", whose=False) == set()
    assert people("The Board's chair, Mr Alan Brereton, wrote to the Department.") == {"mr brereton"}
    # a sentence that names the person asked about is about them, whoever else it names
    partner = passage("At the time Mr B's partner was Ms C.")
    assert not other_people(people("Who was Ms C living with?", whose=False), partner, 0, at(partner, "Ms C"), partner.text)
    row = passage("28/07/2023 | SW2 checks the system for Ms K only. | No search was made for Mr D.", kind="row")
    assert not other_people(people("Why did SW2 not check Mr D?", whose=False), row, 0, at(row, "checks the system for Ms K only"), row.text)
