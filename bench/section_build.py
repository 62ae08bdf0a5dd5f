"""Section 1, index build of data/practice: the shipped build against the PyTorch path and a BM25-only
build, each in a fresh process (``measure_builds`` is also what section 4 runs at every scale)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from common import ROOT, dir_size_mb, log, median, ratio, run_job

PRACTICE = ROOT / "data" / "practice"


def measure_builds(paths: list[str], work: Path, repeats: int, tag: str, timeout_s: float | None = None,
                   torch_timeout_s: float | None = None) -> dict:
    """Shipped, PyTorch-path and BM25-only builds of ``paths``, ``repeats`` times each, alternating; a fresh
    index each time. The PyTorch path is the build before issue 18 ($SCR_QA_ENCODER=torch): the baseline
    the shipped ONNX int8 build is read against."""
    rows: dict[str, list[dict]] = {"shipped": [], "torch": [], "baseline": []}
    for r in range(repeats):
        for kind in ("baseline", "torch", "shipped"):
            out_json = work / f"{tag}-{kind}-{r}.json"
            target = work / f"{tag}-{kind}-{r}"
            if kind in ("shipped", "torch"):
                progress = work / f"{tag}-{kind}-progress-{r}.jsonl"
                encoder = ["--encoder", "torch"] if kind == "torch" else []
                limit = torch_timeout_s if kind == "torch" and torch_timeout_s else timeout_s
                result, run = run_job(["build", str(out_json), str(target), *paths, "--progress", str(progress),
                                       *encoder], out_json, limit)
                row = _build_row(result, run, target)
                if run.timed_out:
                    row.update(_projection(progress, run.wall_s, limit))
            else:
                result, run = run_job(["baseline", str(out_json), str(target), *paths], out_json, timeout_s)
                row = _build_row(result, run, target)
            rows[kind].append(row)
            if kind == "torch":
                shutil.rmtree(target, ignore_errors=True)
            log(f"{tag} {kind} build {r + 1}/{repeats}: wall {run.wall_s:.1f} s, peak {run.peak_rss_mb:.0f} MB"
                + (" (TIMED OUT)" if run.timed_out else ""))
    return {"shipped": _summarise_builds(rows["shipped"]), "torch": _summarise_builds(rows["torch"]),
            "bm25_only": _summarise_builds(rows["baseline"]),
            "runs": {"shipped": rows["shipped"], "torch": rows["torch"], "bm25_only": rows["baseline"]}}


def _build_row(result: dict | None, run, target: Path) -> dict:
    row = {"wall_s": run.wall_s, "peak_rss_mb": run.peak_rss_mb, "ok": result is not None,
           "timed_out": run.timed_out, "index_mb": dir_size_mb(target) if target.exists() else None}
    if result:
        row.update({k: result[k] for k in ("build_s", "pages", "passages", "phases_s", "files") if k in result})
        row["embedded"] = result.get("embedded", 0)
        row["self_peak_rss_mb"] = result.get("self_peak_rss_mb")
        row["children_peak_rss_mb"] = result.get("children_peak_rss_mb")
    return row


def _projection(progress: Path, wall_s: float, timeout_s: float | None) -> dict:
    """For a build cut off by the timeout: how far embedding got and how long the whole would take."""
    try:
        events = [json.loads(line) for line in progress.read_text().splitlines() if line.strip()]
    except OSError:
        return {}
    start = next((e for e in events if e["kind"] == "files"), None)
    queued = [e for e in events if e["kind"] == "embed"]  # one per document read: its running total of texts
    last = events[-1] if events else None
    if not (start and queued and last and last.get("embedded")):
        return {"projection": "embedding had not started"}
    embed = queued[0]
    total = queued[-1]["total"]  # documents are embedded while others are still read: the total grows
    rate = last["embedded"] / max(1e-9, last["t"] - embed["t"])
    read_s = embed["t"] - start["t"]
    return {"embedded_before_timeout": last["embedded"], "texts_to_embed": total,
            "documents_read": len(queued), "documents": start.get("total"),
            "embed_rate_texts_per_s": rate, "read_s": read_s,
            # a lower bound when not every document had been read by the timeout
            "projected_build_s": read_s + total / rate}


def _summarise_builds(rows: list[dict]) -> dict:
    ok = [r for r in rows if r["ok"]]
    if not ok:
        out = {"ok": False, "wall_s": median([r["wall_s"] for r in rows]) if rows else None,
               "peak_rss_mb": max((r["peak_rss_mb"] for r in rows), default=None)}
        for key in ("projected_build_s", "embedded_before_timeout", "texts_to_embed", "embed_rate_texts_per_s",
                    "documents_read", "documents"):
            if rows and key in rows[-1]:
                out[key] = rows[-1][key]
        return out
    build_s = median([r["build_s"] for r in ok])
    pages, passages = ok[0]["pages"], ok[0]["passages"]
    phases = {k: median([r["phases_s"][k] for r in ok]) for k in ok[0].get("phases_s", {})}
    return {
        "ok": True,
        "runs": len(ok),
        "pages": pages,
        "passages": passages,
        "embedded": ok[0].get("embedded", 0),
        "wall_s": median([r["wall_s"] for r in ok]),
        "build_s": build_s,
        "pages_per_s": pages / build_s if build_s else None,
        "passages_per_s": passages / build_s if build_s else None,
        "peak_rss_mb": max(r["peak_rss_mb"] for r in ok),
        "main_peak_rss_mb": max(r.get("self_peak_rss_mb") or 0 for r in ok),
        "reader_peak_rss_mb": max(r.get("children_peak_rss_mb") or 0 for r in ok),
        "index_mb": ok[-1].get("index_mb"),
        "phases_s": phases,
    }


def section_build(work: Path, repeats: int) -> dict:
    log("section 1: index build of data/practice, shipped vs BM25-only")
    result = measure_builds([str(PRACTICE)], work, repeats, "practice")
    s, b, t = result["shipped"], result["bm25_only"], result["torch"]
    result["vs_torch"] = {  # issue 18's acceptance: shipped (ONNX int8) against the PyTorch path, same run
        "pages_per_s (shipped / torch)": ratio(s.get("pages_per_s"), t.get("pages_per_s")),
        "build_s (shipped / torch)": ratio(s.get("build_s"), t.get("build_s")),
        "wall_s (shipped / torch)": ratio(s.get("wall_s"), t.get("wall_s")),
        "peak_rss_mb (shipped / torch)": ratio(s.get("peak_rss_mb"), t.get("peak_rss_mb")),
    }
    index_dir = str(work / f"practice-shipped-{repeats - 1}")
    out_json = work / "cosine.json"
    cosine, _ = run_job(["cosine", str(out_json), index_dir], out_json)
    result["int8_vs_fp32"] = cosine
    result["ratios"] = {
        "wall_s (shipped / bm25-only)": ratio(s.get("wall_s"), b.get("wall_s")),
        "build_s (shipped / bm25-only)": ratio(s.get("build_s"), b.get("build_s")),
        "pages_per_s (shipped / bm25-only)": ratio(s.get("pages_per_s"), b.get("pages_per_s")),
        "passages_per_s (shipped / bm25-only)": ratio(s.get("passages_per_s"), b.get("passages_per_s")),
        "peak_rss_mb (shipped / bm25-only)": ratio(s.get("peak_rss_mb"), b.get("peak_rss_mb")),
    }
    result["index_dir"] = str(work / f"practice-shipped-{repeats - 1}")
    return result
