"""qa.read: amounts must count what was asked; a best sentence that cannot answer vetoes the answer."""

import pytest

from qa.question import analyse
from qa.read import Reader, Unit, _unit_cue, _unit_fit


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
    ],
)
def test_unit_fit(question, text, amount, expected):
    assert fit(question, text, amount) == expected


def unit(**features) -> Unit:
    return Unit(passage=0, sentence=0, start=0, end=1, features={"unit_fit": 0.0, "name_ok": 0.0, **features})


def test_veto_says_why_the_best_sentence_cannot_answer():
    assert Reader.veto(unit()) == ""
    assert Reader.veto(unit(unit_fit=1.0, name_ok=1.0)) == ""
    assert "counts or measures something other" in Reader.veto(unit(unit_fit=-1.0))
    assert "no name" in Reader.veto(unit(name_ok=-1.0))
