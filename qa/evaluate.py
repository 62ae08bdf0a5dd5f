"""Scoring the pipeline against a questions file, with baselines measured side by side.

Owns the questions-file format (see eval/README.md), the checker that proves every gold answer is on
its listed page, the metrics (exact match, token F1, answer hit, cite@1, page recall@k, MRR, abstention
precision/recall, warm latency), the timeline metrics against a timeline gold file (precision and recall
of (date, page), duplicates and merges), and the report: results.json, results.md, failures.md and PNG
plots.
Every configuration runs on the same loaded index in the same process, so differences are the
configurations' own.
"""

from __future__ import annotations

import json
import re
import statistics
import string
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qa.api import DENSE_ONLY, LEXICAL_ONLY, MODEL_ONLY, RULES_ONLY, SHIPPED, PipelineConfig, ask, load_index
from qa.types import cited_pages

CONFIGURATIONS: dict[str, PipelineConfig] = {
    c.name: c for c in (LEXICAL_ONLY, DENSE_ONLY, RULES_ONLY, MODEL_ONLY, SHIPPED)
}
HIT_MAX_TOKENS = 30  # an answer longer than this is not a hit, even if it contains the gold answer
RECALL_KS = (1, 2, 3, 5, 10)
TYPES = ("date", "number", "person", "factoid", "reason", "list", "unanswerable")


# --------------------------------------------------------------------------------------------------
# Questions file
# --------------------------------------------------------------------------------------------------


@dataclass
class Gold:
    id: str
    question: str
    answers: list[str]
    file: str | None
    pages: list[int]
    type: str
    alt: list[dict[str, Any]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    @property
    def answerable(self) -> bool:
        return self.type != "unanswerable" and bool(self.answers)

    def locations(self) -> set[tuple[str, int]]:
        found = {(self.file, p) for p in self.pages if self.file}
        for other in self.alt:
            found |= {(other["file"], int(p)) for p in other.get("pages", [])}
        return found


def read_records(path: str | Path, build, what: str, check=None) -> list:
    """JSON Lines → objects made by ``build(row)``, unique by ``id``; ValueError names the bad line.

    ``check(obj)`` may return a problem (a string) for an object that parsed but is not usable.
    """
    out = []
    seen: set[str] = set()
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            obj = build(json.loads(line))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}, line {number}: not a valid {what} ({exc})") from exc
        if obj.id in seen:
            raise ValueError(f"{path}, line {number}: duplicate id {obj.id!r}")
        problem = check(obj) if check else None
        if problem:
            raise ValueError(f"{path}, line {number}: {problem}")
        seen.add(obj.id)
        out.append(obj)
    return out


def load_questions(path: str | Path) -> list[Gold]:
    """Read a questions file (JSON Lines); raise ValueError naming the line of any malformed entry."""

    def build(row: dict[str, Any]) -> Gold:
        return Gold(
            id=str(row["id"]),
            question=str(row["question"]),
            answers=[str(a) for a in row.get("answers") or []],
            file=row.get("file"),
            pages=[int(p) for p in row.get("pages") or []],
            type=str(row.get("type") or "factoid"),
            alt=list(row.get("alt") or []),
            tags=list(row.get("tags") or []),
        )

    def check(gold: Gold) -> str | None:
        if gold.answerable and not gold.locations():
            return "an answerable question needs a file and pages"
        return None

    return read_records(path, build, "question", check)


def normalise_page_text(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


def check_questions(golds: Iterable[Gold], corpus_dir: str | Path) -> list[str]:
    """Problems with a questions file: every acceptable answer must occur on a listed page of the listed
    file (or of an ``alt``). Page text is pypdf's, NFKC-normalised, whitespace-collapsed, case-folded."""
    from pypdf import PdfReader

    readers: dict[str, Any] = {}
    cache: dict[tuple[str, int], str] = {}

    def text_of(file: str, page: int) -> str | None:
        key = (file, page)
        if key not in cache:
            if file not in readers:
                matches = list(Path(corpus_dir).rglob(file))
                readers[file] = PdfReader(str(matches[0])) if matches else None
            reader = readers[file]
            if reader is None or not 1 <= page <= len(reader.pages):
                return None
            cache[key] = normalise_page_text(reader.pages[page - 1].extract_text() or "")
        return cache[key]

    problems = []
    for gold in golds:
        if not gold.answerable:
            if gold.answers or gold.file or gold.pages:
                problems.append(f"{gold.id}: an unanswerable question must have no answers, file or pages")
            continue
        for answer in gold.answers:
            wanted = normalise_page_text(answer)
            found = False
            for file, page in sorted(gold.locations()):
                text = text_of(file, page)
                if text is None:
                    problems.append(f"{gold.id}: {file} has no page {page}")
                    continue
                found = found or wanted in text
            if not found:
                problems.append(f"{gold.id}: answer {answer!r} is not on any listed page {sorted(gold.locations())}")
    return problems


# --------------------------------------------------------------------------------------------------
# Metrics
# --------------------------------------------------------------------------------------------------

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
    return row


def aggregate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    answerable = [r for r in rows if r["answerable_gold"]]
    unanswerable = [r for r in rows if not r["answerable_gold"]]
    out: dict[str, Any] = {"questions": len(rows), "answerable": len(answerable), "unanswerable": len(unanswerable)}
    for key in ["em", "f1", "hit", "span_hit", "cite1", "mrr"] + [f"recall@{k}" for k in RECALL_KS]:
        out[key] = round(statistics.fmean(r[key] for r in answerable), 4) if answerable else None
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


# --------------------------------------------------------------------------------------------------
# Running
# --------------------------------------------------------------------------------------------------


def run_configuration(
    golds: list[Gold], index_dir: str, config: PipelineConfig, k: int, progress: Any = None
) -> dict[str, Any]:
    loaded = load_index(index_dir)
    loaded._queries.clear()  # every configuration pays for its own query embeddings
    ask("warm-up question about the review", index_dir, k=k, config=config)
    loaded._queries.clear()
    rows, latencies, failures = [], [], []
    for gold in golds:
        started = time.perf_counter()
        answer = ask(gold.question, index_dir, k=max(k, max(RECALL_KS)), config=config).to_dict()
        latencies.append((time.perf_counter() - started) * 1000)
        answer["citations"] = answer["citations"][: max(k, max(RECALL_KS))]
        row = score_one(gold, answer)
        rows.append(row)
        wrong = (gold.answerable and (not row["hit"] or not row["cite1"])) or (
            not gold.answerable and not row["abstained"]
        )
        if wrong:
            failures.append(
                {
                    "id": gold.id,
                    "type": gold.type,
                    "question": gold.question,
                    "predicted": answer["answer"],
                    "abstained": row["abstained"],
                    "score": answer["score"],
                    "cited": f"{answer['citations'][0]['file']} p.{answer['citations'][0]['page']}"
                    if answer["citations"] else None,
                    "gold": gold.answers,
                    "gold_pages": sorted(f"{f} p.{p}" for f, p in gold.locations()),
                }
            )
        if progress:
            progress.update(1)
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_type[row["type"]].append(row)
    return {
        "overall": aggregate(rows),
        "reliability": reliability(rows),
        "by_type": {t: aggregate(r) for t, r in sorted(by_type.items())},
        "latency_ms": {
            "p50": round(percentile(latencies, 50), 2),
            "p95": round(percentile(latencies, 95), 2),
            "mean": round(statistics.fmean(latencies), 2) if latencies else 0.0,
            "all": [round(x, 2) for x in latencies],
        },
        "failures": failures,
        "rows": rows,
    }


def evaluate(
    questions: str | Path,
    index_dir: str,
    configurations: dict[str, PipelineConfig] | None = None,
    k: int = 5,
    show_progress: bool = True,
) -> dict[str, Any]:
    golds = load_questions(questions)
    configurations = configurations or CONFIGURATIONS
    progress = None
    if show_progress:
        from tqdm import tqdm

        progress = tqdm(total=len(golds) * len(configurations), desc="eval", unit="q", leave=False)
    results = {
        name: run_configuration(golds, index_dir, config, k, progress) for name, config in configurations.items()
    }
    if progress:
        progress.close()
    return {
        "questions_file": str(questions),
        "index_dir": str(index_dir),
        "k": k,
        "questions": len(golds),
        "configurations": results,
    }


# --------------------------------------------------------------------------------------------------
# Timeline
# --------------------------------------------------------------------------------------------------


@dataclass
class TimelineGold:
    id: str
    date: str  # ISO at its precision
    precision: str
    date_text: str
    event: str
    file: str
    pages: list[int]
    also: list[dict[str, Any]] = field(default_factory=list)

    def locations(self) -> set[tuple[str, int]]:
        found = {(self.file, p) for p in self.pages}
        for other in self.also:
            found |= {(other["file"], int(p)) for p in other.get("pages", [])}
        return found


def load_timeline_gold(path: str | Path) -> list[TimelineGold]:
    """Read a timeline gold file (JSON Lines, see eval/README.md); ValueError names a malformed line."""

    def build(row: dict[str, Any]) -> TimelineGold:
        return TimelineGold(
            id=str(row["id"]),
            date=str(row["date"]),
            precision=str(row["precision"]),
            date_text=str(row.get("date_text") or ""),
            event=str(row.get("event") or ""),
            file=str(row["file"]),
            pages=[int(p) for p in row["pages"]],
            also=list(row.get("also") or []),
        )

    def check(gold: TimelineGold) -> str | None:
        lengths = {"day": 10, "month": 7, "year": 4}
        if gold.precision not in lengths or len(gold.date) != lengths[gold.precision]:
            return f"date {gold.date!r} does not match precision {gold.precision!r}"
        return None

    return read_records(path, build, "timeline event", check)


def timeline_matches(event: dict[str, Any], gold: TimelineGold) -> bool:
    """An extracted event matches a gold event when its normalised date equals the gold date (same
    precision: "2007-01" does not match "2007-01-28") and one of its citations is on a gold page."""
    if event["date"] != gold.date:
        return False
    wanted = gold.locations()
    return any((c["file"], int(c["page"])) in wanted for c in event["citations"])


def score_timeline(events: list[dict[str, Any]], golds: list[TimelineGold]) -> dict[str, Any]:
    """Precision, recall and merging of an extracted timeline (``Event.to_dict()`` rows) against the gold.

    * recall: gold events matched by at least one extracted event;
    * precision: among extracted events *in scope* — those citing at least one (file, page) that the gold
      covers, because the gold was written only for those pages — the share that match a gold event;
    * duplicates: gold events matched by more than one extracted event (one event listed twice);
    * merged: gold events stated in more than one place (``also``) for which a single extracted event
      cites both the main place and an ``also`` place.
    """
    covered = set().union(*(g.locations() for g in golds)) if golds else set()
    in_scope = [e for e in events if any((c["file"], int(c["page"])) in covered for c in e["citations"])]
    matches: dict[str, list[int]] = {g.id: [] for g in golds}
    matched_events = 0
    for i, event in enumerate(in_scope):
        hits = [g.id for g in golds if timeline_matches(event, g)]
        for gid in hits:
            matches[gid].append(i)
        matched_events += bool(hits)
    found = [g for g in golds if matches[g.id]]
    precision = matched_events / len(in_scope) if in_scope else None
    recall = len(found) / len(golds) if golds else None
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else None
    restated = [g for g in golds if g.also]
    merged = 0
    for g in restated:
        main = {(g.file, p) for p in g.pages}
        also = g.locations() - main
        for i in matches[g.id]:
            cites = {(c["file"], int(c["page"])) for c in in_scope[i]["citations"]}
            if cites & main and cites & also:
                merged += 1
                break
    by_precision = {}
    for level in ("day", "month", "year"):
        level_golds = [g for g in golds if g.precision == level]
        if level_golds:
            by_precision[level] = {
                "gold": len(level_golds),
                "recall": round(sum(1 for g in level_golds if matches[g.id]) / len(level_golds), 4),
            }
    return {
        "gold_events": len(golds),
        "extracted_events": len(events),
        "in_scope": len(in_scope),
        "matched_events": matched_events,
        "precision": round(precision, 4) if precision is not None else None,
        "recall": round(recall, 4) if recall is not None else None,
        "f1": round(f1, 4) if f1 is not None else None,
        "duplicates": sum(1 for g in golds if len(matches[g.id]) > 1),
        "restated_gold": len(restated),
        "merged": merged,
        "merge_rate": round(merged / len(restated), 4) if restated else None,
        "by_precision": by_precision,
        "missed": [{"id": g.id, "date": g.date, "event": g.event} for g in golds if not matches[g.id]],
        "unmatched": [
            {"date": e["date"], "event": e["event"], "cited": [f"{c['file']} p.{c['page']}" for c in e["citations"]]}
            for i, e in enumerate(in_scope)
            if not any(i in v for v in matches.values())
        ],
    }


def evaluate_timeline(gold_path: str | Path, index_dir: str) -> dict[str, Any]:
    """Extract the timeline of ``index_dir`` and score it against ``gold_path``."""
    from qa.timeline import timeline

    golds = load_timeline_gold(gold_path)
    started = time.perf_counter()
    events = [e.to_dict() for e in timeline(index_dir)]
    seconds = time.perf_counter() - started
    result = score_timeline(events, golds)
    result["gold_file"] = str(gold_path)
    result["seconds"] = round(seconds, 2)
    return result


def timeline_markdown(result: dict[str, Any]) -> str:
    lines = [
        "**Timeline** against " + f"`{Path(result['gold_file']).name}`",
        "",
        "| gold events | extracted | in scope | precision | recall | F1 | duplicates | merged (restated) |",
        "|---|---|---|---|---|---|---|---|",
        f"| {result['gold_events']} | {result['extracted_events']} | {result['in_scope']} | {_fmt(result['precision'])} "
        f"| {_fmt(result['recall'])} | {_fmt(result['f1'])} | {result['duplicates']} "
        f"| {result['merged']}/{result['restated_gold']} |",
        "",
    ]
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------------
# Reporting
# --------------------------------------------------------------------------------------------------

TABLE_COLUMNS = [
    ("hit", "hit"),
    ("span_hit", "span hit"),
    ("answer_precision", "ans P"),
    ("em", "EM"),
    ("f1", "F1"),
    ("cite1", "cite@1"),
    ("recall@5", "R@5"),
    ("mrr", "MRR"),
    ("abstain_precision", "abst P"),
    ("abstain_recall", "abst R"),
    ("abstain_on_answerable", "abst on ans"),
]


def _fmt(value: Any) -> str:
    return "–" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def markdown_table(report: dict[str, Any]) -> str:
    lines = [
        "| configuration | " + " | ".join(h for _, h in TABLE_COLUMNS) + " | p50 ms | p95 ms |",
        "|---|" + "---|" * (len(TABLE_COLUMNS) + 2),
    ]
    for name, result in report["configurations"].items():
        o = result["overall"]
        lat = result["latency_ms"]
        lines.append(
            f"| {name} | " + " | ".join(_fmt(o[key]) for key, _ in TABLE_COLUMNS) + f" | {lat['p50']:.1f} | {lat['p95']:.1f} |"
        )
    lines.append("")
    shipped = report["configurations"].get("shipped", {})
    if shipped.get("reliability"):
        lines.append("**shipped** reliability: answers shown by confidence band, and the share right")
        lines.append("")
        lines.append("| band | n | mean confidence | right |")
        lines.append("|---|---|---|---|")
        for b in shipped["reliability"]:
            lines.append(f"| {b['band'][0]:.1f}–{b['band'][1]:.1f} | {b['n']} | {b['confidence']:.3f} | {b['right']:.3f} |")
        lines.append("")
    for name, result in report["configurations"].items():
        lines.append(f"**{name}** by type")
        lines.append("")
        lines.append("| type | n | hit | cite@1 | R@5 | abst on ans | abst R |")
        lines.append("|---|---|---|---|---|---|---|")
        for kind, agg in result["by_type"].items():
            lines.append(
                f"| {kind} | {agg['questions']} | {_fmt(agg['hit'])} | {_fmt(agg['cite1'])} | {_fmt(agg['recall@5'])} "
                f"| {_fmt(agg['abstain_on_answerable'])} | {_fmt(agg['abstain_recall'])} |"
            )
        lines.append("")
    return "\n".join(lines)


def failures_markdown(report: dict[str, Any], configuration: str = "shipped") -> str:
    result = report["configurations"].get(configuration)
    if not result:
        return ""
    lines = [f"# Failures of `{configuration}` ({len(result['failures'])})", ""]
    for f in result["failures"]:
        predicted = "ABSTAINED" if f["abstained"] else repr(f["predicted"])
        lines.append(f"- **{f['id']}** ({f['type']}) {f['question']}")
        lines.append(f"  - predicted: {predicted} (score {f['score']:.2f}), cited {f['cited']}")
        lines.append(f"  - gold: {f['gold']} on {', '.join(f['gold_pages']) or '—'}")
    return "\n".join(lines) + "\n"


def write_report(report: dict[str, Any], out_dir: str | Path) -> list[Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    slim = json.loads(json.dumps(report))
    for result in slim["configurations"].values():
        result.pop("rows", None)
    written = [out / "results.json", out / "results.md", out / "failures.md"]
    written[0].write_text(json.dumps(slim, indent=1, ensure_ascii=False), encoding="utf-8")
    markdown = markdown_table(report)
    if report.get("timeline"):
        markdown += "\n" + timeline_markdown(report["timeline"])
    written[1].write_text(markdown + "\n", encoding="utf-8")
    written[2].write_text(failures_markdown(report), encoding="utf-8")
    written += plot(report, out)
    return written


def plot(report: dict[str, Any], out: Path) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    paths = []
    fig, ax = plt.subplots(figsize=(6, 4))
    for name, result in report["configurations"].items():
        ks = list(RECALL_KS)
        ax.plot(ks, [result["overall"][f"recall@{k}"] for k in ks], marker="o", label=name)
    ax.set_xlabel("k (citations)")
    ax.set_ylabel("page recall@k")
    ax.set_ylim(0, 1.02)
    ax.set_title("Page recall@k by configuration")
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    paths.append(out / "recall_at_k.png")
    fig.savefig(paths[-1], dpi=120)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot([0, 1], [0, 1], color="grey", linestyle=":", label="calibrated")
    for name, result in report["configurations"].items():
        bands = result.get("reliability") or []
        if bands:
            ax.plot([b["confidence"] for b in bands], [b["right"] for b in bands], marker="o", label=name)
    ax.set_xlabel("confidence shown (mean of the band)")
    ax.set_ylabel("share of those answers that were right")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    ax.set_title("Reliability of the confidence")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    paths.append(out / "reliability.png")
    fig.savefig(paths[-1], dpi=120)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(6, 4))
    for name, result in report["configurations"].items():
        ax.hist(result["latency_ms"]["all"], bins=30, alpha=0.5, label=name)
    ax.set_xlabel("warm ask() latency (ms)")
    ax.set_ylabel("questions")
    ax.set_title("Latency by configuration")
    ax.legend()
    fig.tight_layout()
    paths.append(out / "latency_hist.png")
    fig.savefig(paths[-1], dpi=120)
    plt.close(fig)
    return paths


# --------------------------------------------------------------------------------------------------
# CLI entry
# --------------------------------------------------------------------------------------------------


def main(args: Any, index_dir: str) -> int:
    """``scr-qa eval``: build the index from --corpus if missing, run every configuration, write reports."""
    import sys

    from embeddings import store
    from qa.api import build_index

    root = Path(__file__).resolve().parent.parent
    questions = Path(args.questions) if args.questions else root / "eval" / "questions.jsonl"
    corpus = Path(args.corpus) if args.corpus else root / "data" / "practice"
    try:
        golds = load_questions(questions)
    except (OSError, ValueError) as exc:
        print(f"scr-qa: {exc}", file=sys.stderr)
        return 1
    if store.current_snapshot(index_dir) is None or args.corpus:
        print(f"indexing {corpus} into {index_dir} …", file=sys.stderr)
        build_index([str(corpus)], index_dir)
    configurations = CONFIGURATIONS
    if args.configs:
        wanted = [c.strip() for c in args.configs.split(",") if c.strip()]
        unknown = [c for c in wanted if c not in CONFIGURATIONS]
        if unknown:
            print(f"scr-qa: unknown configuration(s) {unknown}; known: {list(CONFIGURATIONS)}", file=sys.stderr)
            return 2
        configurations = {c: CONFIGURATIONS[c] for c in wanted}
    timeline_gold = Path(args.timeline) if getattr(args, "timeline", None) else questions.parent / "timeline_gold.jsonl"
    if getattr(args, "timeline", None) and not timeline_gold.is_file():
        print(f"scr-qa: no timeline gold file at {timeline_gold}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    report = evaluate(questions, index_dir, configurations, k=args.k)
    if timeline_gold.is_file():
        try:
            report["timeline"] = evaluate_timeline(timeline_gold, index_dir)
        except (OSError, ValueError) as exc:
            print(f"scr-qa: {exc}", file=sys.stderr)
            return 1
    report["seconds"] = round(time.perf_counter() - started, 1)
    report["questions_by_type"] = {t: sum(1 for g in golds if g.type == t) for t in sorted({g.type for g in golds})}
    written = write_report(report, args.out)
    print(markdown_table(report))
    if report.get("timeline"):
        print(timeline_markdown(report["timeline"]))
    shipped = report["configurations"].get("shipped")
    if shipped:
        print(f"{len(shipped['failures'])} failures of the shipped pipeline: {Path(args.out) / 'failures.md'}")
    print("wrote " + ", ".join(str(p) for p in written))
    return 0
