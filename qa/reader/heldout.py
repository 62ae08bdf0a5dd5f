"""Held-out figures of a trained span reader: EM / F1 of its best span and the AUC of its answerability head,
as ``qa.reader.train`` writes them into the model card. Owns only the scoring of SQuAD-style examples."""

from __future__ import annotations

import math
import re

import numpy as np


def evaluate(model, tokenizer, exs: list, max_len: int, stride: int) -> dict:
    """EM / F1 of the best span (answerable examples) and the AUC of the answerability head (all), over
    ``qa.reader.train_data.Example``s."""
    import torch

    from qa.reader.decode import best_spans

    model.eval()
    em = f1 = 0.0
    n_ans = 0
    labels, scores = [], []
    with torch.no_grad():
        for ex in exs:
            enc = tokenizer(ex.question, ex.context, truncation="only_second", max_length=max_len, stride=stride,
                            return_overflowing_tokens=True, return_offsets_mapping=True, padding=True, return_tensors="pt")
            offsets = enc.pop("offset_mapping")
            enc.pop("overflow_to_sample_mapping", None)
            start, end, answerable = model(enc["input_ids"], enc["attention_mask"], enc["token_type_ids"])
            best, best_score = "", -math.inf
            for w in range(start.shape[0]):
                seq = enc.sequence_ids(w)
                ctx = [k for k, sid in enumerate(seq) if sid == 1]
                for s, e, score in best_spans(start[w].numpy(), end[w].numpy(), ctx[0], ctx[-1], top=1):
                    if score > best_score:
                        best_score = score
                        best = ex.context[int(offsets[w][s][0]) : int(offsets[w][e][1])]
            labels.append(int(ex.start >= 0))
            scores.append(float(answerable.max()))
            if ex.start >= 0:
                n_ans += 1
                em += float(_normal(best) == _normal(ex.answer))
                f1 += _f1(best, ex.answer)
    model.train()
    return {"n": len(exs), "answerable": n_ans, "em": round(100 * em / max(n_ans, 1), 1),
            "f1": round(100 * f1 / max(n_ans, 1), 1), "auc": (None if math.isnan(a := _auc(labels, scores)) else round(a, 3))}


def _normal(text: str) -> str:
    text = re.sub(r"\b(a|an|the)\b", " ", re.sub(r"[^\w\s]", " ", text.lower()))
    return " ".join(text.split())


def _f1(pred: str, gold: str) -> float:
    p, g = _normal(pred).split(), _normal(gold).split()
    common = sum(min(p.count(w), g.count(w)) for w in set(p))
    if not p or not g or not common:
        return float(p == g)
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def _auc(labels: list[int], scores: list[float]) -> float:
    pos = [s for s, l in zip(scores, labels) if l]
    neg = [s for s, l in zip(scores, labels) if not l]
    if not pos or not neg:
        return float("nan")
    ranks = np.argsort(np.argsort(np.array(pos + neg))) + 1
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))
