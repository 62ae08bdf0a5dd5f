"""qa.reader.candidates: a candidate sentence is read with its neighbours, a short row whole, and no text twice."""

from qa.reader.candidates import windows, window_of
from qa.types import Passage, Sentence


def _passage(text: str, kind: str = "paragraph") -> Passage:
    sentences, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + (1 if start + len(part) < len(text) else 0)
        sentences.append(Sentence(start, min(end, len(text))))
        start = end + 1
    return Passage(file="f.pdf", title="t", text=text, page_breaks=[(0, 1)], kind=kind, sentences=sentences)


class _Unit:
    def __init__(self, passage, sentence, p, score):
        self.passage, self.sentence, self.score = passage, sentence, score
        self.start, self.end = p.sentences[sentence].start, p.sentences[sentence].end


def test_a_sentence_is_read_with_one_neighbour_each_side():
    p = _passage("One is here. Two is here. Three is here. Four is here.")
    start, end = window_of(p, 2)
    assert p.text[start:end] == "Two is here. Three is here. Four is here."
    assert window_of(p, 0) == (0, p.sentences[1].end)


def test_a_short_row_is_read_whole():
    row = _passage("12/03/2014 | Police | Call-out to the flat. No arrest made.", kind="row")
    assert window_of(row, 1) == (0, len(row.text))


def test_windows_follow_the_ranking_and_skip_text_already_read():
    p = _passage("One is here. Two is here. Three is here. Four is here. Five is here. Six is here.")
    units = [_Unit(0, 2, p, 3.0), _Unit(0, 2, p, 2.9), _Unit(0, 5, p, 2.0)]
    read = windows(units, [p], n=3)
    assert [w.rank for w in read] == [0, 2]
    assert read[0].focus == (p.sentences[2].start, p.sentences[2].end)
    assert len(windows(units, [p], n=1)) == 1
