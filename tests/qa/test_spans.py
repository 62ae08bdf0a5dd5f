"""qa.spans: typed answer candidates in text."""

import pytest

from qa import spans as S


def texts(found, text):
    return [text[a:b] for a, b in found]


@pytest.mark.parametrize(
    "text,name",
    [
        ("On 8 May 2009 His Honour Judge Whitlock sentenced Mr B.", "His Honour Judge Whitlock"),
        ("The report by Lord Laming was published in 2009.", "Lord Laming"),
        ("Mr Justice Ryder said so.", "Mr Justice Ryder"),
        ("Sir Roger Singleton wrote to the Board.", "Sir Roger Singleton"),
        ("Cllr Shah chaired the meeting.", "Cllr Shah"),
        ("Ms A said he fell.", "Ms A"),
    ],
)
def test_titled_people_are_found_whole(text, name):
    assert name in texts(S.find_people(text), text)


@pytest.mark.parametrize(
    "text,amount",
    [
        ("a report must reach Children's Services within 24 hours of the examination", "within 24 hours"),
        ("he was to attend for at least six weeks", "at least six weeks"),
        ("she was seen three weeks later", "three weeks later"),
    ],
)
def test_a_durations_bound_belongs_to_it(text, amount):
    assert texts(S.find_quantities(text), text) == [amount]
    assert S.BOUND_PREFIX.sub("", amount).split()[0] not in {"within", "at"}


@pytest.mark.parametrize(
    "text, found",
    [
        ("The letter was issued by the Department for Children and Young People on 23 June 2010.",
         ["the Department for Children and Young People"]),
        ("The IMR of Wendmere and Kesford Hospitals NHS Trust was late.", ["The IMR of Wendmere and Kesford Hospitals NHS Trust"]),
        # "and" followed by a person ends the name
        ("She wrote to the Department for Children and Mr B replied.", ["the Department for Children"]),
        ("It went to the Board of Wendmere and Child T was discussed.", ["the Board of Wendmere"]),
    ],
)
def test_an_organisations_name_may_join_words_with_and(text, found):
    assert [text[a:b] for a, b in S.find_organisations(text)] == found


@pytest.mark.parametrize(
    "text, ages",
    [
        ("She left school at sixteen without qualifications and was seventeen when Sibling 1 was born.", ["seventeen"]),
        ("He was 15 at the time of the offence.", ["15"]),
        ("Child T died at the age of eighteen months.", ["eighteen months"]),
        ("There were three when the police arrived.", []),  # a count, not an age
        ("The panel met seven times.", []),
    ],
)
def test_a_bare_number_told_as_an_age_is_an_age(text, ages):
    assert [text[a:b] for a, b in S.find_ages(text)] == ages


def test_young_people_is_not_a_personal_name():
    text = "the Department for Children and Young People, the Minister and Ruth Calloway"
    assert [text[a:b] for a, b in S.find_proper_names(text)] == ["Ruth Calloway"]


@pytest.mark.parametrize(
    "text, numbers",
    [
        ("Strategy meeting 1, chaired by TM1.", []),  # a label, not a count
        ("He was on ward 7 for 4 nights.", ["4 nights"]),
        ("The panel met on 8 occasions.", ["8 occasions"]),
        ("The meeting 3 weeks later agreed the plan.", ["3 weeks later agreed"]),  # a unit follows: an amount
    ],
)
def test_a_number_that_labels_something_is_not_an_amount(text, numbers):
    assert [text[a:b] for a, b in S.find_number_phrases(text)] == numbers


@pytest.mark.parametrize(
    "text,reason",
    [
        ("It was closed because no offence was disclosed.", "because no offence was disclosed"),
        ("It was closed, since the man was not known to the service.", "since the man was not known to the service"),
        # "since" and "as" before a date tell when, not why
        ("The case had been open since January 2007 and was then closed.", None),
        ("The review was completed as 14 July 2008 approached.", None),
        # "as" names what something was called unless a clause follows it
        ("One such case is the death of the child known as Child T in Wendmere.", None),
        ('It was logged as a "contact" and closed with no further action.', None),
        ("It was cancelled as SW2 was on leave.", "as SW2 was on leave"),
        # … with its object between the verb and "as": what it was recorded as, then why
        ("HO1 recorded this as a tenancy matter, because Ms A was the sole tenant.", "because Ms A was the sole tenant"),
        ("Dr D did not repeat the survey, on the basis that one had been carried out in January.",
         "on the basis that one had been carried out in January"),
        # … or it gives a judgement ("regards … as")
        ("The panel regards this appointment as the last clear opportunity to protect him.",
         "as the last clear opportunity to protect him"),
        # ", so that" with what then happened tells a result; with what should follow, a purpose
        ("It was cancelled and not rearranged, so that the group did not meet at all.", None),
        ("Send a copy five days before, so that Ministers are not taken by surprise.",
         "so that Ministers are not taken by surprise"),
    ],
)
def test_a_reason_is_a_causal_clause_not_a_time(text, reason):
    found = S.find_reason(text)
    assert (text[found[0] : found[1]] if found else None) == reason


def test_a_personal_name_is_a_titled_or_written_out_name_the_question_does_not_already_say():
    from qa.spans import holds_personal_name

    assert holds_personal_name("PC Farrell")
    assert holds_personal_name("the call was taken by Tamsin Greatorex")
    assert holds_personal_name("Dr D")  # an anonymised name is still a name
    for not_a_name in ("SW 2, a duty social worker", "DSL1", "Westmarch Police", "01.52 hrs and the first crew",
                       "Child H and S went to stay with their maternal aunt", "the Designated Nurse"):
        assert not holds_personal_name(not_a_name), not_a_name
    # the question's own words are not the answer's name
    assert not holds_personal_name("Kestrel Nursery (NUR1", "What is the name of the key worker at Kestrel Nursery?")


@pytest.mark.parametrize(
    "text,times",
    [
        ("Thursday 6 March 2025, 13.30 to 16.05, Room G.14", ["13.30", "16.05"]),  # minutes' opening line
        ("IL thanked SK, who left the meeting at 14.40.", ["14.40"]),
        ("called an ambulance at 05.54. Paramedics arrived at 06.03", ["05.54", "06.03"]),
        ("between 10.15 and 11.00", ["10.15", "11.00"]),
        ("at 22.40 hrs", ["22.40 hrs"]),
        # not times: a paragraph reference, an amount, a weight, a one-digit hour with a dot
        ("see paragraph 13.30 and 4.22", []),
        ("it cost £12.50", []),
        ("weighed 12.50 kg", []),
        ("at 4.22 the review says", []),
        # "am", "pm", "hrs" are whole words: a chronology row's time before its agency is no "06.54 Am", a
        # number before a name ("9 Amber Road") no "9 Am"
        ("19/10/2023 06.54 Ambulance 999 call", ["06.54"]),  # a time after a date in figures (Date, Time cells)
        ("lived at 9 Amber Road", []),
        ("at 9 a.m. on 4 May, then 10.30am and 06.54hrs", ["9 a.m.", "10.30am", "06.54hrs"]),
    ],
)
def test_a_24_hour_time_written_with_a_dot_and_no_hrs_is_a_time_where_it_is_placed_in_time(text, times):
    from qa.spans import find_times

    assert [text[a:b] for a, b in find_times(text)] == times
