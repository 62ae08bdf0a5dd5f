"""qa.terms: one definition of a term, so a question and a sentence that say the same thing share terms."""

import pytest

from qa.terms import is_frame, terms


@pytest.mark.parametrize(
    "question_words,sentence_words",
    [
        ("When was Sibling 2 born?", "after the birth of Sibling 2"),
        ("When did Child T die?", "the death of Child T"),
        ("What was decided?", "the decision"),
        # a brother and a sister are siblings
        ("What did the conference decide for his brother and sister?", "Siblings supported as children in need."),
    ],
)
def test_the_same_word_told_another_way_is_one_term(question_words, sentence_words):
    assert set(terms(question_words)) & set(terms(sentence_words)) - {"sibling_2", "child_t"}


def test_anonymised_people_are_one_term_each():
    assert terms("Ms A told SW2 and Sibling 1") == ["ms_a", "told", "sw2", "sibling_1"]


def test_frame_words_frame_the_question():
    text = "What was the date of the meeting?"
    assert is_frame(text, text.index("date"), "date")
