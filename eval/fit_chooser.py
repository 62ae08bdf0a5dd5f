"""Fit the trained reader's chooser (``qa/reader/chooser.json``): which proposed span to show, and when to abstain.

    .venv/bin/python eval/fit_chooser.py [--work DIR] [--cost 1.0]

For every question of the development sets (the practice corpus and the held-out review, each over its own
index, built under ``--work`` if missing), the shipped reader proposes spans (``ExtractiveReader.choices``),
each with its generic features (``qa.reader.choose.FEATURES``). A span is right when it contains an accepted
answer (the eval's hit rule) and starts on a gold page; its clause (``qa.reader.shown``: the words of its sentence
around it, at most 30) is right when it does. Two logistic models (L2, plain gradient descent from zeros:
deterministic) learn P(span right | features) and P(clause right | features). The short span is shown from
``span_min``, the span probability above which 95% of first spans were right (``SPAN_SURE``); below it the clause
is shown. Cross-validation is by corpus: fit on one, score the other,
so the threshold and the confidence levels are read off questions the model was not fitted on — and only off
the development corpora no rule was written from (``eval/dev``), since the rules reader's own signals are
over-confident on the practice and held-out questions it was tuned on (those count a quarter in the fit). The threshold
(on the probability of what is shown) maximises right answers − cost × wrong answers shown (a wrong answer with a citation costs ``--cost`` right
ones); the levels name the probability bands and the share of right answers measured in each. An answer a
document-structure rule gives (a foreword's signature, a letter's To: line or signatory: ``Choice.structural``) is
counted apart (``structure``: how many questions had one, how many of them it answered rightly): too few
questions ask for one for the logistic fit to learn a weight, so the reader gives it at least that share.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa import store  # noqa: E402
from qa import build_index  # noqa: E402
from qa.api import load_index, prepare  # noqa: E402
from qa.evaluate import answer_hit, load_questions  # noqa: E402
from qa.reader.choose import CHOOSER_FILE, FEATURES, structural_probability  # noqa: E402
from qa.reader.tokens import CARD_FILE  # noqa: E402


def _dev(name: str) -> tuple[Path, Path]:
    """(questions file, corpus folder) of a development corpus under eval/dev."""
    return ROOT / "eval" / "dev" / name / "questions.jsonl", ROOT / "eval" / "dev" / name


SETS = {
    "practice": (ROOT / "eval" / "questions.jsonl", ROOT / "data" / "practice"),
    "heldout": (ROOT / "eval" / "heldout" / "questions.jsonl", ROOT / "eval" / "heldout"),
    "harrowgate": _dev("harrowgate"),
    "kelsford": _dev("kelsford"),
    # two designed layouts (issue 16), written without reading the reader: more documents the rules never saw
    "thornbury": _dev("thornbury"),
    "designed": (ROOT / "data" / "designed" / "questions.jsonl", ROOT / "data" / "designed"),
    "wexcombe": _dev("wexcombe"),
    # three more written without reading the reader: printed news and government web pages, a Welsh-style
    # practice review with its 7-minute briefing, and a designed review with roman front matter
    "marlbeck-news": _dev("marlbeck-news"),
    "aberhenwy": _dev("aberhenwy"),
    "saltmoor-designed": _dev("saltmoor-designed"),
    # four more (stop 24): a Scottish-style learning review, a Northern-Irish-style case management review with
    # its press statement and action-plan update, a partnership's designed annual report, and a partnership's
    # meeting minutes with a government letter
    "glenmorra-learning": _dev("glenmorra-learning"),
    "ravensholt-cmr": _dev("ravensholt-cmr"),
    "pellingford-annual": _dev("pellingford-annual"),
    "dunmere-minutes": _dev("dunmere-minutes"),
    # four more (stop 26), hard layouts from other generators: a browser-printed designed review, a word
    # processor's overview report with its summary, a typeset two-column review with hanging numbers and a
    # three-column leaflet, and a browser-printed report with a seven-minute briefing and a letter
    "quarrington-web-designed": _dev("quarrington-web-designed"),
    "ashcombe-word": _dev("ashcombe-word"),
    "brackwater-columns": _dev("brackwater-columns"),
    "tamsworth-briefings": _dev("tamsworth-briefings"),
    # Not the three of stop 27 (oakhurst-typst, cressbrook-office, hollinsford-weasy): a refit with them set the
    # threshold at 0.45 and span_min at 0.76 (cross-validated over the 12 fresh corpora: hit 0.794, answer
    # precision 0.806, unanswerable abstained on 0.524) but over the 21 development corpora it lost hit (0.807 ->
    # 0.800) and answer precision (0.822 -> 0.817) against the fit shipped, so they stay out of the fit and keep
    # measuring it. Again in stop 28 with those five and two more (ravenscar-docx, whitlow-groff): threshold 0.47,
    # span_min 0.71; over the 23 corpora of stop 27 hit 0.816 -> 0.802, answer precision 0.830 -> 0.829
}
# the rules reader was written from failures on these two: its features there say more than they will on
# documents never seen, so they count for less in the fit
RULES_FROM = ("practice", "heldout")


def reader_sets(card: Path = CARD_FILE) -> tuple[str, ...]:
    """The development sets the span reader was trained on (its card's ``domain_sets``): its scores there are
    in-sample and say more than they will on documents never seen."""
    if not card.is_file():
        return ()
    return tuple(json.loads(card.read_text(encoding="utf-8")).get("domain_sets") or ())


# what the rules were written from, or the reader trained on, counts a quarter in the fit and is never used to
# set the threshold or the confidence levels
OVERFIT = {name: 0.25 for name in RULES_FROM + reader_sets()}
L2 = 0.01
STEPS = 4000
LEARNING_RATE = 0.5


def indexed(name: str, work: Path):
    """(questions file, index dir, loaded index) of a development set, its index built under ``work`` if missing."""
    questions, corpus = SETS[name]
    index_dir = str(work / name)
    if store.current_snapshot(index_dir) is None:
        build_index([str(corpus)], index_dir)
    return questions, index_dir, load_index(index_dir)


def collect(name: str, work: Path) -> list[dict]:
    questions, index_dir, loaded = indexed(name, work)
    reader = loaded.readers["shipped"]
    items = []
    for gold in load_questions(questions):
        p = prepare(gold.question, index_dir)
        _, _, _, choices = reader.choices(p.question, p.candidates, p.vector, p.settings)
        rows, spans, clauses, allowed, built = [], [], [], [], []
        for c in choices:
            passage = loaded.search.passages[c.passage]
            on_gold = gold.answerable and (passage.file, passage.page_at(c.start)) in gold.locations()
            def right(a: int, b: int) -> float:
                return float(on_gold and bool(answer_hit(passage.text[a:b], gold.answers, gold.type == "list")))
            rows.append([c.features[f] for f in FEATURES])
            spans.append(right(c.start, c.end))
            clauses.append(max(spans[-1], right(*c.clause)))
            allowed.append(c.type_ok)
            built.append(c.structural and c.type_ok)
        items.append({"id": gold.id, "answerable": gold.answerable, "weight": OVERFIT.get(name, 1.0),
                      "several": p.question.several,
                      "X": np.array(rows, dtype=np.float64).reshape(-1, len(FEATURES)),
                      "y": np.array(spans), "y_clause": np.array(clauses), "allowed": np.array(allowed, dtype=bool),
                      "built": np.array(built, dtype=bool)})
    return items


def fit(items: list[dict], label: str = "y") -> tuple[float, np.ndarray]:
    """Weighted L2 logistic regression over every proposed span (a corpus in OVERFIT counts for less), of the
    span being right (``y``) or of the clause around it holding a right answer (``y_clause``)."""
    used = [it for it in items if len(it["X"])]
    X = np.vstack([it["X"] for it in used])
    y = np.concatenate([it[label] for it in used])
    s = np.concatenate([np.full(len(it["y"]), it["weight"]) for it in used])
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(X @ w + b)))
        g = (p - y) * s
        w -= LEARNING_RATE * (X.T @ g / s.sum() + L2 * w)
        b -= LEARNING_RATE * g.sum() / s.sum()
    return b, w


def structure(items: list[dict]) -> dict:
    """How often the answer a document-structure rule gives (a foreword's signature, a letter's To: line) was
    right: per question that has one, the one the span model scores highest, counted over ``items``."""
    n = right = 0
    for it in items:
        if it["built"].any():
            k = int(np.argmax(np.where(it["built"], it["X"][:, FEATURES.index("span")], -np.inf)))
            n, right = n + 1, right + int(it["y"][k])
    return {"n": n, "right": right}


def decide(items: list[dict], span: tuple, clause: tuple, built: dict | None = None) -> list[tuple]:
    """Per question, for the span the span model ranks first: (P span right, span right, P clause right,
    clause right, the question is answerable). A question asking for several things is never answered by the
    span alone (its span probability counts as 0 for what is shown)."""
    out = []
    for it in items:
        if not len(it["X"]) or not it["allowed"].any():
            out.append((0.0, False, 0.0, False, it["answerable"]))
            continue
        p = 1 / (1 + np.exp(-(it["X"] @ span[1] + span[0])))
        if built:  # as qa.reader.extractive: a structural answer's measured share
            p = np.where(it["built"], np.maximum(p, structural_probability({"structure": built})), p)
        q = np.maximum(p, 1 / (1 + np.exp(-(it["X"] @ clause[1] + clause[0]))))
        k = int(np.argmax(np.where(it["allowed"], p, -1)))
        shown_p = 0.0 if it.get("several") else float(p[k])
        out.append((shown_p, bool(it["y"][k]), float(q[k]), bool(it["y_clause"][k]), it["answerable"]))
    return out


def lowest_sure(pairs, floor: float, share: float = 0.9) -> float | None:
    """The lowest probability (down to ``floor``) above which at least ``share`` of ``(probability, right)`` pairs
    were right, over at least 20 of them; None when no such band exists."""
    cut = None
    for c in np.round(np.arange(0.95, floor, -0.01), 2):
        band = [r for p, r in pairs if p >= c]
        if len(band) >= 20 and sum(band) / len(band) >= share:
            cut = float(c)
    return cut


# A short span stands alone, without the words of its sentence that let a reader judge it: it is shown bare only
# where 19 in 20 of such spans were right. At 90% (until stop 32), a refit of the stop-32 weights showed bare
# spans from 0.71; at 95% from 0.91, the clause around the span below. Measured over the 41 development corpora
# on the same indexes, same weights and threshold: hit 0.828 -> 0.837, answer precision 0.813 -> 0.821 (what is
# abstained on cannot change: the clause's probability is the span's or more).
SPAN_SURE = 0.95


def span_min(decisions) -> float:
    """The lowest span probability above which at least ``SPAN_SURE`` of the (cross-validated) first spans were
    right, over at least 20 of them: from there the short span is the answer, below it the clause around it."""
    cut = lowest_sure([(p, r) for p, r, *_ in decisions], 0.2, SPAN_SURE)
    return 2.0 if cut is None else cut


def shown(decisions, cut: float) -> list[tuple[float, bool, bool]]:
    """(probability of what is shown, it is right, answerable): the span from ``cut``, the clause below it."""
    return [(p, r, a) if p >= cut else (q, rc, a) for p, r, q, rc, a in decisions]


def metrics(decisions, threshold: float) -> dict:
    shown = [(p, r, a) for p, r, a in decisions if p >= threshold]
    answerable = [d for d in decisions if d[2]]
    unanswerable = [d for d in decisions if not d[2]]
    right = sum(1 for _, r, _ in shown if r)
    return {
        "threshold": round(threshold, 3),
        "hit": round(right / max(1, len(answerable)), 3),
        "answer_precision": round(right / max(1, len(shown)), 3),
        "abstain_recall": round(sum(1 for p, _, a in unanswerable if p < threshold) / max(1, len(unanswerable)), 3),
        "abstain_on_answerable": round(sum(1 for p, _, a in answerable if p < threshold) / max(1, len(answerable)), 3),
    }


SMOOTH = 5  # the utility is averaged over thresholds ± 0.05


def choose_threshold(decisions, cost: float) -> float:
    """The threshold of most right answers − cost × wrong answers shown, that utility averaged over the thresholds
    within ± 0.05: where the curve is flat (stop 25: within 3% of its best from 0.3 to 0.7), one question more or
    less moved the plain argmax from one end to the other (0.36, 0.70) between two refits; averaged, the same two
    refits agree (0.38). Ties go to the lower threshold."""
    grid = np.round(np.arange(0.05, 0.96, 0.01), 2)
    def utility(t):
        shown = [(p, r) for p, r, _ in decisions if p >= t]
        return sum(1 for _, r in shown if r) - cost * sum(1 for _, r in shown if not r)
    values = np.array([utility(t) for t in grid], dtype=float)
    smoothed = np.convolve(np.pad(values, SMOOTH, mode="edge"), np.ones(2 * SMOOTH + 1) / (2 * SMOOTH + 1), "valid")
    return float(grid[int(np.argmax(smoothed))])


def levels(decisions, threshold: float) -> list[dict]:
    """"high": the lowest probability above which at least 90% of the cross-validated answers shown were right;
    "medium": from the threshold up to it. Each with the share right measured in its band."""
    shown = sorted([(p, r) for p, r, _ in decisions if p >= threshold], reverse=True)
    high = lowest_sure(shown, threshold)
    bands = []
    if high is not None:
        band = [r for p, r in shown if p >= high]
        bands.append({"name": "high", "min": high, "right": round(sum(band) / len(band), 3), "n": len(band)})
    low_band = [r for p, r in shown if p < (high if high is not None else 2.0)]
    if low_band:
        bands.append({"name": "medium", "min": round(threshold, 3), "right": round(sum(low_band) / len(low_band), 3),
                      "n": len(low_band)})
    return bands


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", default="/tmp/scr-qa-fit", help="where the development indexes live")
    # A cost of 1.5 gives one clear peak (0.70, stop 25) but then the shipped reader's hit falls below the rules
    # reader's on several development corpora, which issue 15 rules out; so the cost stays 1 (see choose_threshold).
    ap.add_argument("--cost", type=float, default=1.0, help="a wrong answer shown costs this many right ones")
    ap.add_argument("--out", default=str(CHOOSER_FILE))
    args = ap.parse_args()
    work = Path(args.work)
    data = {name: collect(name, work) for name in SETS}
    cv = {}
    for test in SETS:
        train = [it for name, items in data.items() if name != test for it in items]
        cv[test] = decide(data[test], fit(train), fit(train, "y_clause"), structure(train))
    fresh = [d for name, ds in cv.items() if name not in OVERFIT for d in ds]  # out-of-fold, no rule written from
    cut = span_min(fresh)
    threshold = choose_threshold(shown(fresh, cut), args.cost)
    report = {name: metrics(shown(d, cut), threshold) for name, d in cv.items()}
    report["pooled"] = metrics(shown(fresh, cut), threshold)
    report["pooled_span_only"] = metrics([(p, r, a) for p, r, _, _, a in fresh], threshold)
    everything = [it for items in data.values() for it in items]
    b, w = fit(everything)
    bc, wc = fit(everything, "y_clause")
    fitted = {
        "about": "Chooser of the trained reader: P(span is right | generic features) and P(the clause shown around it "
                 "holds a right answer), fitted by eval/fit_chooser.py on the development questions (those the rules "
                 "were written from or the reader trained on at a quarter weight, the others in full); span_min, "
                 "threshold and levels from cross-validation by corpus (fit on the others, score one), read off the "
                 "fresh corpora only.",
        "quarter_weight": sorted(OVERFIT),
        "features": list(FEATURES), "weights": [round(float(x), 5) for x in w], "bias": round(float(b), 5),
        "clause": {"weights": [round(float(x), 5) for x in wc], "bias": round(float(bc), 5)},
        "structure": structure(everything),
        "span_min": cut, "threshold": threshold, "cost": args.cost, "levels": levels(shown(fresh, cut), threshold),
        "cross_validated": report,
    }
    Path(args.out).write_text(json.dumps(fitted, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({"span_min": cut, "threshold": threshold, "cv": report, "levels": fitted["levels"],
                      "weights": dict(zip(FEATURES, fitted["weights"]))}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
