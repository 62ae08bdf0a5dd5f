"""qa.reader.runtime: the int8 ONNX reader runs each window alone, cut to its length; what it reads of a window
does not depend on the other windows of the batch, its logits follow the fp32 network's, and padding is never a
span."""

import numpy as np
import pytest

from qa.reader import tokens

QUESTION = "Who chaired the strategy meeting?"
SHORT = "The meeting was chaired by TM1, the team manager."
LONG = ("A strategy meeting was held on 3 May 2019 after the referral from the school. It was chaired by TM1, the "
        "team manager, and attended by the police, health visiting and the school nurse.")


@pytest.fixture(scope="module")
def session():
    from qa.reader.runtime import Session

    return Session()


def test_a_window_reads_the_same_alone_or_beside_a_longer_one(session):
    both = tokens.encode([(QUESTION, SHORT), (QUESTION, LONG)], 256)
    alone = tokens.encode([(QUESTION, SHORT)], 256)
    n = int(alone.attention_mask[0].sum())
    assert n < both.input_ids.shape[1]  # the short window is padded in the pair's batch
    s2, e2, a2 = session(both.input_ids, both.attention_mask, both.token_type_ids)
    s1, e1, a1 = session(alone.input_ids, alone.attention_mask, alone.token_type_ids)
    assert np.array_equal(s2[0, :n], s1[0, :n]) and np.array_equal(e2[0, :n], e1[0, :n]) and a2[0] == a1[0]
    assert (s2[0, n:] <= -1e4).all() and (e2[0, n:] <= -1e4).all()  # padding: never a start or an end


@pytest.mark.slow
def test_logits_follow_the_fp32_network(session):
    import torch

    from qa.reader import network

    model, _ = network.load()
    batch = tokens.encode([(QUESTION, SHORT), (QUESTION, LONG)], 256)
    start, end, answerable = session(batch.input_ids, batch.attention_mask, batch.token_type_ids)
    with torch.inference_mode():
        ref = [t.numpy() for t in model(*(torch.as_tensor(batch[k]) for k in ("input_ids", "attention_mask",
                                                                                 "token_type_ids")))]
    for row in range(2):
        real = batch.attention_mask[row].astype(bool)
        for ours, theirs in ((start, ref[0]), (end, ref[1])):
            assert np.corrcoef(ours[row][real], theirs[row][real])[0, 1] > 0.98
            assert ours[row][real].argmax() == theirs[row][real].argmax()  # the same best start and end token
    assert np.abs(answerable - ref[2]).max() < 1.0
