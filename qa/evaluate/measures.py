"""Scoring one answer against its gold and summing many: exact match, token F1, answer hit, cite@1, page
recall@k, MRR, the first citation's paragraph number (questions whose gold names one), abstention
precision/recall, reliability bins and latency percentiles.
"""

from __future__ import annotations

import re
import statistics
import string
import unicodedata
from typing import Any

from qa.evaluate.questions import Gold
from qa.types import cited_pages

HIT_MAX_TOKENS = 30  # an answer longer than this is not a hit, even if it contains the gold answer
RECALL_KS = (1, 2, 3, 5, 10)

_PUNCT = re.compile(f"[{re.escape(string.punctuation.replace('£', '').replace('%', ''))}‘’“”–—]")


def normalise_answer(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = _PUNCT.sub(" ", text)
    text = re.sub(r"\b(?:a|an|the)\b", " ", text)
    return " ".join(text.split())


def exact_match(prediction: str | None, answers: list[str]) -> float:
    if prediction is None:
        return 0.0
    p = normalise_answer(prediction)
    return float(any(p == normalise_answer(a) for a in answers))


def token_f1(prediction: str | None, answers: list[str]) -> float:
    if prediction is None:
        return 0.0
    p = normalise_answer(prediction).split()
    best = 0.0
    for answer in answers:
        g = normalise_answer(answer).split()
        common = sum(min(p.count(t), g.count(t)) for t in set(p) & set(g))
        if common:
            precision, recall = common / len(p), common / len(g)
            best = max(best, 2 * precision * recall / (precision + recall))
    return best


def answer_hit(prediction: str | None, answers: list[str], require_all: bool = False) -> float:
    """The answer contains an acceptable answer (for lists: every item) and is short enough to be an
    answer (≤ 30 tokens)."""
    if prediction is None:
        return 0.0
    p = f" {normalise_answer(prediction)} "
    if len(p.split()) > HIT_MAX_TOKENS:
        return 0.0
    found = [f" {normalise_answer(a)} " in p for a in answers if normalise_answer(a)]
    return float(bool(found) and (all(found) if require_all else any(found)))


def same_paragraph(cited: str | None, printed: list[str]) -> bool:
    """A citation's paragraph is one of the printed numbers ("4.22" = "4.22." = " 4.22")."""
    number = (cited or "").strip().rstrip(".")
    return bool(number) and number in {p.strip().rstrip(".") for p in printed}


def score_one(gold: Gold, answer: dict[str, Any]) -> dict[str, Any]:
    cites = [(c["file"], int(c["page"])) for c in answer["citations"]]
    wanted = gold.locations()
    # a citation names the pages from ``page`` to ``page_end`` (a quote over a page break): any of them counts
    on_gold = [any((c["file"], page) in wanted for page in cited_pages(c)) for c in answer["citations"]]
    rank = next((i + 1 for i, hit in enumerate(on_gold) if hit), None)
    row: dict[str, Any] = {
        "id": gold.id,
        "type": gold.type,
        "answerable_gold": gold.answerable,
        "abstained": not answer["answerable"],
        "answer": answer["answer"],
        "cited": cites[0] if cites else None,
        "score": answer["score"],
    }
    if gold.answerable:
        row.update(
            em=exact_match(answer["answer"], gold.answers),
            f1=token_f1(answer["answer"], gold.answers),
            hit=answer_hit(answer["answer"], gold.answers, require_all=gold.type == "list"),
            # the short span alone (== answer unless the reader showed the clause around an uncertain span)
            span_hit=answer_hit(answer.get("short_answer", answer["answer"]), gold.answers,
                                require_all=gold.type == "list"),
            cite1=float(bool(on_gold) and on_gold[0]),
            mrr=1.0 / rank if rank else 0.0,
            **{f"recall@{k}": float(rank is not None and rank <= k) for k in RECALL_KS},
        )
        if gold.paragraphs:  # the first citation names the numbered paragraph that holds the answer
            first = answer["citations"][0] if answer["citations"] else {}
            row["cite1_para"] = float(bool(on_gold) and on_gold[0] and same_paragraph(first.get("paragraph"),
                                                                                     gold.paragraphs))
            # the printed numbers are the gold document's own: a first citation of another document that also
            # states the answer (an executive summary, a briefing) cannot be checked against them, so that
            # question is left out here (para@1 counts it a miss)
            elsewhere = bool(on_gold) and on_gold[0] and first.get("file") != gold.file
            if not elsewhere:
                row["cite1_para_doc"] = row["cite1_para"]
    return row


def paragraph_miss(gold: Gold, answer: dict[str, Any], row: dict[str, Any]) -> dict[str, Any] | None:
    """A right answer cited first on a right page whose citation names another paragraph than the gold's (or
    none): what para@1 loses beside hit and cite@1. None when the question is not such a case."""
    if not (gold.paragraphs and row.get("hit") and row.get("cite1")) or row.get("cite1_para"):
        return None
    first = answer["citations"][0]
    return {"id": gold.id, "question": gold.question, "cited": f"{first['file']} p.{first['page']}",
            "cited_paragraph": first.get("paragraph"), "gold_paragraphs": list(gold.paragraphs)}


def aggregate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    answerable = [r for r in rows if r["answerable_gold"]]
    unanswerable = [r for r in rows if not r["answerable_gold"]]
    out: dict[str, Any] = {"questions": len(rows), "answerable": len(answerable), "unanswerable": len(unanswerable)}
    for key in ["em", "f1", "hit", "span_hit", "cite1", "mrr"] + [f"recall@{k}" for k in RECALL_KS]:
        out[key] = round(statistics.fmean(r[key] for r in answerable), 4) if answerable else None
    numbered = [r["cite1_para"] for r in answerable if "cite1_para" in r]
    out["para_questions"] = len(numbered)
    out["cite1_para"] = round(statistics.fmean(numbered), 4) if numbered else None
    own = [r["cite1_para_doc"] for r in answerable if "cite1_para_doc" in r]
    out["para_doc_questions"] = len(own)
    out["cite1_para_doc"] = round(statistics.fmean(own), 4) if own else None
    abstained = [r for r in rows if r["abstained"]]
    shown = [r for r in rows if not r["abstained"]]
    # of the answers shown (unanswerable questions included), the share that are right
    out["answer_precision"] = (
        round(sum(1 for r in shown if r["answerable_gold"] and r["hit"]) / len(shown), 4) if shown else None
    )
    correct_abstentions = sum(1 for r in abstained if not r["answerable_gold"])
    out["abstain_precision"] = round(correct_abstentions / len(abstained), 4) if abstained else None
    out["abstain_recall"] = round(correct_abstentions / len(unanswerable), 4) if unanswerable else None
    out["abstain_on_answerable"] = (
        round(sum(1 for r in answerable if r["abstained"]) / len(answerable), 4) if answerable else None
    )
    # answers and citation quotes whose words are not on the PDF pages they cite (qa.evaluate.verbatim)
    for key in ("answer_off_page", "quotes_off_page", "quotes_checked"):
        if any(key in r for r in rows):
            out[key.replace("answer_", "answers_")] = sum(r.get(key, 0) for r in rows)
    return out


def reliability(rows: list[dict[str, Any]], bins: int = 5) -> list[dict[str, Any]]:
    """Of the answers shown, by confidence band: how many, their mean confidence and the share right (a
    calibrated reader's share right is close to its mean confidence in every band)."""
    out = []
    for i in range(bins):
        lo, hi = i / bins, (i + 1) / bins
        band = [r for r in rows if not r["abstained"] and (lo <= r["score"] < hi or (i == bins - 1 and r["score"] == 1.0))]
        if band:
            out.append({"band": [round(lo, 2), round(hi, 2)], "n": len(band),
                        "confidence": round(statistics.fmean(r["score"] for r in band), 3),
                        "right": round(sum(1 for r in band if r["answerable_gold"] and r["hit"]) / len(band), 3)})
    return out


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]
