"""qa.reader.shown: the clause shown around an uncertain span is verbatim, holds the span, stays within the
answer length, and is cut at clause marks."""

from qa.reader import shown

LONG = ("On 14 March 2014 the social worker, who had visited the family twice that week, asked the police to "
        "attend a strategy meeting at the hospital; the meeting was held the next day and agreed that a child "
        "protection conference should be convened within fifteen working days of that date.")


def span_of(text, words):
    start = text.index(words)
    return start, start + len(words)


def test_a_short_sentence_is_shown_whole():
    text = "The review cost £18,400, shared equally by the three partners. It began in May."
    a, b = span_of(text, "£18,400")
    assert text[slice(*shown.clause(text, a, b, (0, 62)))] == "The review cost £18,400, shared equally by the three partners."


def test_a_long_sentence_is_cut_at_clause_marks_around_the_span():
    a, b = span_of(LONG, "the next day")
    ca, cb = shown.clause(LONG, a, b, (0, len(LONG)))
    piece = LONG[ca:cb]
    assert ca <= a and b <= cb and shown.words(piece) <= shown.ANSWER_WORDS
    assert piece.startswith("the meeting was held")  # starts at the semicolon's clause
    assert shown.words(LONG) > shown.ANSWER_WORDS


def test_a_span_whose_own_clause_is_too_long_is_widened_word_by_word_within_the_limit():
    text = " ".join(f"word{i}" for i in range(60)) + "."
    a, b = span_of(text, "word30")
    ca, cb = shown.clause(text, a, b, (0, len(text)))
    assert text[ca:cb] == " ".join(f"word{i}" for i in range(16, 46))  # 30 words, the one after first
    long_span = span_of(text, " ".join(f"word{i}" for i in range(10, 45)))  # already over the limit: kept as is
    assert shown.clause(text, *long_span, (0, len(text))) == long_span


def test_the_limit_counts_words_as_the_eval_counts_tokens():
    assert shown.words("£18,400 at 06.52 hrs") == 6  # "£18 400 at 06 52 hrs", as normalised by the eval


def test_a_clause_never_starts_inside_brackets_and_a_row_is_cut_at_its_cells():
    row = ("17.05.2007 | Children's social care (review conference) | Review child protection conference (chair CC2). "
           "Child T remains subject of the plan. Ms A says she has no partner. Next review set for 15 November 2007.")
    a, b = span_of(row, "CC2")
    ca, cb = shown.clause(row, a, b, (0, len(row)), limit=12)
    piece = row[ca:cb]
    assert "CC2" in piece and not piece.startswith("review conference)") and not piece.startswith("conference)")
    assert piece.count("(") >= piece.count(")")  # no closing bracket without its opening one


def test_a_list_announced_by_a_colon_is_shown_from_its_first_item():
    """A question asking for several things, answered in a sentence that announces them with a colon: the items
    are shown, not the words announcing them (which leave the last items out of the 30 words)."""
    text = ("The review found that there were at least three points at which decisive action would very probably "
            "have protected him: the second strategy meeting on 8 August 2007, the legal planning meeting on 2 "
            "October 2007 and the clinic appointment.")
    span = text.index("three points"), text.index("three points") + len("three points")
    a, b = shown.listed(text, *span, (0, len(text)))
    assert text[a:b].startswith("the second strategy meeting") and "the clinic appointment" in text[a:b]
    first = text.index("the legal"), text.index("the legal") + 9  # a span among the items shown: the same items
    assert shown.listed(text, *first, (0, len(text))) == (a, b)
    assert shown.listed("The meeting was held on 8 August 2007 and chaired by TM2.", 0, 11, (0, 57)) is None
    assert shown.listed("Note: one thing only.", 6, 9, (0, 21)) is None  # one item
    long = text.replace("the clinic appointment", "the clinic appointment that the family did not attend "
                        "because no letter reached them at the address the hospital held")
    late = long.index("no letter"), long.index("no letter") + 9
    assert shown.listed(long, *late, (0, len(long))) is None  # never the span left out of the items shown
