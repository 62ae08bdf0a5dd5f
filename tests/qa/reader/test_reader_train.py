"""qa.reader.train on a tiny slice: examples and token targets are right, two steps run, and the saved
weights (int8 layers + heads) load back into a reader that reads. The full run is not done in CI."""

import gzip
import json

import pytest

from qa.reader import train

CONTEXT = ("The strategy meeting was held on 30 January 2007. It was chaired by TM1, the team manager. "
           "Police attended and a joint enquiry was agreed.")


@pytest.fixture()
def tiny_data(tmp_path):
    qas = [
        {"id": "1", "question": "Who chaired the strategy meeting?",
         "answers": [{"text": "TM1", "answer_start": CONTEXT.index("TM1")}]},
        {"id": "2", "question": "When was the strategy meeting held?",
         "answers": [{"text": "30 January 2007", "answer_start": CONTEXT.index("30 January 2007")}]},
        {"id": "3", "question": "What did the GP prescribe?", "answers": [], "is_impossible": True},
    ]
    data = {"version": "v2.0", "data": [{"title": f"Article_{i}", "paragraphs": [{"context": CONTEXT, "qas": qas}]}
                                         for i in range(4)]}
    for name in train.FILES:
        with gzip.open(tmp_path / name, "wt", encoding="utf-8") as fh:
            json.dump(data, fh)
    return tmp_path


def test_sentences_and_examples_keep_the_answer_offsets(tiny_data):
    import random

    paragraphs = train.load_squad(tiny_data)
    assert len(paragraphs) == 4 and all(len(qas) == 3 for _, _, qas in paragraphs)  # duplicates merged
    assert [CONTEXT[a:b] for a, b in train.sentences(CONTEXT)][1] == "It was chaired by TM1, the team manager."
    exs = train.examples(paragraphs, random.Random(0))
    for ex in exs:
        if ex.start >= 0:
            assert ex.context[ex.start : ex.start + len(ex.answer)] == ex.answer
    assert any(ex.start < 0 and ex.question.startswith("Who") for ex in exs)  # a window without the answer
    train_part, test_part = train.split_articles(paragraphs, held_out=1)
    assert {t for t, _, _ in train_part}.isdisjoint({t for t, _, _ in test_part})


def test_token_targets_point_at_the_answer(tiny_data):
    from qa.reader import network

    tok = network.load_tokenizer()
    ex = train.Example("Who chaired it?", CONTEXT, "TM1", CONTEXT.index("TM1"), "a")
    f = train.features(tok, [ex], 192, 64)[0]
    assert tok.decode(f["input_ids"][f["start"] : f["end"] + 1]).upper() == "TM1"
    none = train.features(tok, [train.Example("Who?", CONTEXT, "", -1, "a")], 192, 64)[0]
    assert (none["start"], none["end"]) == (0, 0)


def test_span_loss_scores_the_runtime_probability_of_gold_and_best_other_spans():
    import torch

    # one window: [CLS] q q [SEP] c c c c [SEP] pad; the gold span is tokens 5..6
    types = torch.tensor([[0, 0, 0, 0, 1, 1, 1, 1, 1, 0]])
    mask = torch.tensor([[1, 1, 1, 1, 1, 1, 1, 1, 1, 0]])
    s, e = torch.tensor([5]), torch.tensor([6])
    low = torch.full((1, 10), -100.0)
    start, end = low.clone(), low.clone()
    start[0, 5] = end[0, 6] = 50.0  # P(gold) = sigmoid(0.1 * 100), every other span near 0
    unsure = torch.zeros((1, 10))  # every span at P = 0.5
    assert train.span_loss(start, end, mask, types, s, e) < 0.01
    assert train.span_loss(unsure, unsure, mask, types, s, e) > 1.0
    # tokens outside the text read (question, [SEP], padding) are never taken as spans
    q_start, q_end = start.clone(), end.clone()
    q_start[0, 1] = q_end[0, 2] = q_start[0, 8] = q_end[0, 9] = 80.0
    assert train.span_loss(q_start, q_end, mask, types, s, e) < 0.01
    # a window without the answer: its best span is pushed towards 0 in absolute terms, not only below [CLS]
    none = torch.tensor([0])
    assert train.span_loss(low, low, mask, types, none, none) < 0.01
    assert train.span_loss(start, end, mask, types, none, none) > 1.0


@pytest.mark.slow
def test_two_steps_train_save_and_load_back(tiny_data, tmp_path):
    from qa.reader import network
    from qa.reader.model import SpanModel

    out = tmp_path / "weights"
    # review pairs as eval/domain_pairs.py writes them, with the development sets they were drawn from
    domain = tmp_path / "domain.json"
    domain.write_text(json.dumps({"version": "scr-qa-domain", "sets": ["practice", "harrowgate"], "data": [
        {"title": "scr-qa-practice-harrowgate", "paragraphs": [{"context": CONTEXT, "qas": [
            {"id": "p1", "question": "Who chaired it?", "is_impossible": False,
             "answers": [{"text": "TM1", "answer_start": CONTEXT.index("TM1")}]}]}]}]}))
    card = train.train(train.parser().parse_args(
        ["--data", str(tiny_data), "--out", str(out), "--steps", "2", "--batch", "4", "--eval-n", "4", "--held-out", "1",
         "--extra", str(domain), "--span-loss", "1.0"]))
    assert card["steps"] == 2 and card["features_seen"] == 8
    assert card["domain_sets"] == ["practice", "harrowgate"]  # eval/fit_chooser.py weighs these as in-sample
    assert card["span_loss"] == 1.0
    size = (out / "reader.safetensors").stat().st_size
    assert size < 10 * 1024 * 1024  # int8 layers and heads only: within the repository's budget
    model, saved = network.load(out / "reader.safetensors", out / "reader.json")
    assert saved["base_sha256"] == network.base_fingerprint()
    reader = SpanModel(backend="torch")
    reader._network, reader._tokenizer = model, network.load_tokenizer()
    reading = reader.read("Who chaired the strategy meeting?", [CONTEXT])[0]
    assert reading.spans and all(0 <= s.start < s.end <= len(CONTEXT) for s in reading.spans)
    assert 0.0 <= reading.no_answer <= 1.0


def test_domain_pairs_near_miss_moves_the_question_off_the_text(monkeypatch):
    from conftest import ROOT

    monkeypatch.syspath_prepend(str(ROOT / "eval"))
    from domain_pairs import near_miss

    moved = near_miss("How many referrals were made in 2016?", "In 2016 there were 12 referrals.", "q1")
    assert moved and moved != "How many referrals were made in 2016?" and "2016" not in moved
    moved = near_miss("What did SW2 tell Ms A?", "SW2 told Ms A, SW1 and SW3 that …", "q2")
    assert moved and moved.startswith("What did SW") and moved[11] not in "123"
    assert near_miss("What did the GP say?", "The GP said nothing.", "q3") is None  # no year, no role code


def test_the_chooser_threshold_follows_the_utility_averaged_over_its_neighbours(monkeypatch):
    from conftest import ROOT

    monkeypatch.syspath_prepend(str(ROOT / "eval"))
    from fit_chooser import choose_threshold

    # (probability shown, right, answerable): ten right answers from 0.71, nothing between 0.49 and 0.71, five wrong
    # from 0.40 to 0.48, six right at 0.35 and five wrong just under them: the plain argmax is a lone spike at 0.34,
    # one question above the plateau from 0.49 to 0.71; the averaged utility takes the plateau
    decisions = [(0.71 + 0.01 * i, True, True) for i in range(10)] + [(0.40 + 0.02 * i, False, True) for i in range(5)]
    decisions += [(0.35, True, True)] * 6 + [(0.30 + 0.01 * i, False, True) for i in range(5)]
    assert 0.49 <= choose_threshold(decisions, 1.0) <= 0.71
    assert choose_threshold([(0.9, True, True)] * 5, 1.0) <= 0.9


def test_a_bare_span_is_shown_only_where_nineteen_in_twenty_were_right(monkeypatch):
    from conftest import ROOT

    monkeypatch.syspath_prepend(str(ROOT / "eval"))
    from fit_chooser import SPAN_SURE, span_min

    assert SPAN_SURE == 0.95
    # (span probability, right): 20 spans from 0.90 all right, 20 from 0.80 with 2 wrong, 20 at 0.79 with 4 wrong
    decisions = [(0.90 + 0.001 * i, True) for i in range(20)]
    decisions += [(0.80 + 0.001 * i, i >= 2) for i in range(20)] + [(0.79 + 0.0005 * i, i >= 4) for i in range(20)]
    # from 0.80: 38 of 40 right (95%); from 0.79 down: 54 of 60 (90%), which was enough before stop 33
    assert span_min(decisions) == 0.8
    assert span_min([(0.9, False)] * 30) == 2.0  # no band right often enough: the clause is always shown
