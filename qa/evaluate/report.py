"""The report writer: results.json, results.md (one row per configuration, and the timeline's summary),
failures.md and the PNG plots.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa.evaluate.measures import RECALL_KS

TABLE_COLUMNS = [
    ("hit", "hit"),
    ("span_hit", "span hit"),
    ("answer_precision", "ans P"),
    ("em", "EM"),
    ("f1", "F1"),
    ("cite1", "cite@1"),
    ("cite1_para", "para@1"),
    ("cite1_para_doc", "para@1 own doc"),  # para@1 without first citations of another document
    ("recall@5", "R@5"),
    ("mrr", "MRR"),
    ("abstain_precision", "abst P"),
    ("abstain_recall", "abst R"),
    ("abstain_on_answerable", "abst on ans"),
    ("answers_off_page", "answers off page"),  # not on the PDF pages cited (qa.evaluate.verbatim)
    ("quotes_off_page", "quotes off page"),
]


def _fmt(value: Any) -> str:
    return "–" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


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


def markdown_table(report: dict[str, Any]) -> str:
    lines = [
        "| configuration | " + " | ".join(h for _, h in TABLE_COLUMNS) + " | p50 ms | p95 ms |",
        "|---|" + "---|" * (len(TABLE_COLUMNS) + 2),
    ]
    for name, result in report["configurations"].items():
        o = result["overall"]
        lat = result["latency_ms"]
        lines.append(
            f"| {name} | " + " | ".join(_fmt(o.get(key)) for key, _ in TABLE_COLUMNS) + f" | {lat['p50']:.1f} | {lat['p95']:.1f} |"
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
    misses = result.get("paragraph_misses", [])
    if misses:
        lines += ["", f"## Right answer, other paragraph cited first ({len(misses)})", ""]
        for m in misses:
            lines.append(f"- **{m['id']}** {m['question']}")
            lines.append(f"  - cited {m['cited']} ¶ {m['cited_paragraph'] or '—'}; gold ¶ {', '.join(m['gold_paragraphs'])}")
    off = result.get("off_page", [])
    if off:
        lines += ["", f"## Shown but not on the pages cited ({len(off)})", ""]
        for o in off:
            what = " and ".join(["the answer"] * o["answer_off_page"]
                                + [f"{o['quotes_off_page']} quote(s)"] * bool(o["quotes_off_page"]))
            lines.append(f"- **{o['id']}** {o['question']}: {what}; cited {', '.join(o['cited'])}")
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
