"""scr-qa benchmarks (issue 3): index build, warm ask latency, cold CLI ask, and scaling.

    .venv/bin/python bench/run.py [--out bench/results] [--scales 1,10,100] [--quick]

Every number is reported next to a baseline measured in the same invocation, as a ratio, because this
machine is shared and absolute times drift with its load (the load average is recorded with each
section). Each measured build or cold start runs in its own process; peak memory is that process
tree's largest resident set (os.wait4). See bench/README.md for how to read the output.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    PYTHON,
    ROOT,
    dir_size_mb,
    loadavg,
    median,
    percentile,
    ratio,
    run_measured,
    worker,
)

PRACTICE = ROOT / "data" / "practice"
SCR_QA = str(Path(PYTHON).with_name("scr-qa"))
COLD_QUESTION = "How much did the review cost?"
CONFIGS = ["shipped", "rules-only", "model-only", "lexical-only", "dense-only"]  # rules-only: the reader before the trained model
STAGES = ["load", "embed", "retrieve", "read"]


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def run_job(args: list[str], out_json: Path, timeout_s: float | None = None) -> tuple[dict | None, object]:
    run = run_measured(worker(*args), timeout_s=timeout_s)
    if run.returncode != 0 or not out_json.is_file():
        if not run.timed_out:
            log(f"job failed ({run.returncode}): {' '.join(args[:1])}\n{run.stderr[-3000:]}")
        return None, run
    return json.loads(out_json.read_text(encoding="utf-8")), run


# --------------------------------------------------------------------------------------------------
# 1. index build: shipped vs BM25-only
# --------------------------------------------------------------------------------------------------


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
    embed = next((e for e in events if e["kind"] == "embed"), None)
    last = events[-1] if events else None
    if not (start and embed and last and last.get("embedded")):
        return {"projection": "embedding had not started"}
    total = embed["total"]
    rate = last["embedded"] / max(1e-9, last["t"] - embed["t"])
    read_s = embed["t"] - start["t"]
    return {"embedded_before_timeout": last["embedded"], "texts_to_embed": total,
            "embed_rate_texts_per_s": rate, "read_s": read_s,
            "projected_build_s": read_s + total / rate}


def _summarise_builds(rows: list[dict]) -> dict:
    ok = [r for r in rows if r["ok"]]
    if not ok:
        out = {"ok": False, "wall_s": median([r["wall_s"] for r in rows]) if rows else None,
               "peak_rss_mb": max((r["peak_rss_mb"] for r in rows), default=None)}
        for key in ("projected_build_s", "embedded_before_timeout", "texts_to_embed", "embed_rate_texts_per_s"):
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


# --------------------------------------------------------------------------------------------------
# 2. warm ask latency per config
# --------------------------------------------------------------------------------------------------


def summarise_latency(raw: dict, configs: list[str]) -> dict:
    out: dict = {"questions": len(raw["questions"]), "passages": raw["passages"],
                 "load_index_s": raw["load_index_s"], "first_ask_s": raw["first_ask_s"],
                 "process_peak_rss_mb": raw.get("self_peak_rss_mb"), "configs": {}}
    for name in configs:
        samples = raw["samples"][name]
        walls = [s["wall_ms"] for s in samples]
        stage_sum = {k: sum(s["timings_ms"].get(k, 0.0) for s in samples) for k in STAGES}
        total = sum(s["timings_ms"].get("total", 0.0) for s in samples) or 1.0
        out["configs"][name] = {
            "n": len(walls),
            "p50_ms": percentile(walls, 50),
            "p95_ms": percentile(walls, 95),
            "mean_ms": sum(walls) / len(walls),
            "stage_share": {k: stage_sum[k] / total for k in STAGES},
            "stage_p50_ms": {k: percentile([s["timings_ms"].get(k, 0.0) for s in samples], 50) for k in STAGES},
            "answerable_share": sum(s["answerable"] for s in samples) / len(samples),
        }
    base = out["configs"].get("lexical-only")
    if base:
        out["ratios_vs_lexical_only"] = {
            name: {"p50": ratio(c["p50_ms"], base["p50_ms"]), "p95": ratio(c["p95_ms"], base["p95_ms"])}
            for name, c in out["configs"].items()
        }
    rules = out["configs"].get("rules-only")
    if rules:  # the reader before the trained model, measured in the same run
        out["ratios_vs_rules_only"] = {
            name: {"p50": ratio(c["p50_ms"], rules["p50_ms"]), "p95": ratio(c["p95_ms"], rules["p95_ms"])}
            for name, c in out["configs"].items()
        }
    return out


def section_latency(work: Path, index_dir: str, questions: int, reps: int) -> dict:
    log(f"section 2: warm ask latency, {questions} questions x {reps} reps x {len(CONFIGS)} configs")
    out_json = work / "latency.json"
    raw, run = run_job(["latency", str(out_json), index_dir, "--configs", ",".join(CONFIGS),
                        "--questions", str(questions), "--reps", str(reps)], out_json)
    if raw is None:
        return {"ok": False, "stderr": run.stderr[-2000:]}
    result = summarise_latency(raw, CONFIGS)
    result["questions_asked"] = raw["questions"]
    return result


# --------------------------------------------------------------------------------------------------
# 3. cold CLI ask
# --------------------------------------------------------------------------------------------------


def section_cold(work: Path, index_dir: str, repeats: int) -> dict:
    log(f"section 3: cold CLI ask, {repeats} repeats each")
    commands = {
        "python -c 'import qa'": [PYTHON, "-c", "import qa"],
        "scr-qa ask --config lexical-only": [SCR_QA, "ask", COLD_QUESTION, "--index-dir", index_dir, "--json",
                                             "--config", "lexical-only"],
        "scr-qa ask (shipped)": [SCR_QA, "ask", COLD_QUESTION, "--index-dir", index_dir, "--json"],
    }
    rows: dict[str, list] = {name: [] for name in commands}
    answers: dict[str, str | None] = {}
    for r in range(repeats):
        for name, cmd in commands.items():
            run = run_measured(cmd)
            if run.returncode != 0:
                log(f"cold run failed: {name}: {run.stderr[-500:]}")
            rows[name].append({"wall_s": run.wall_s, "peak_rss_mb": run.peak_rss_mb, "rc": run.returncode})
            if name.startswith("scr-qa") and run.returncode == 0:
                answers[name] = json.loads(run.stdout)["answer"]
    result: dict = {"question": COLD_QUESTION, "answers": answers, "commands": {}}
    for name, runs in rows.items():
        walls = [x["wall_s"] for x in runs]
        result["commands"][name] = {
            "n": len(runs),
            "median_s": median(walls),
            "min_s": min(walls),
            "max_s": max(walls),
            "peak_rss_mb": max(x["peak_rss_mb"] for x in runs),
            "failures": sum(1 for x in runs if x["rc"] != 0),
        }
    base = result["commands"]["python -c 'import qa'"]
    lex = result["commands"]["scr-qa ask --config lexical-only"]
    result["ratios"] = {
        name: {"time_vs_import_qa": ratio(c["median_s"], base["median_s"]),
               "time_vs_lexical_cli": ratio(c["median_s"], lex["median_s"]),
               "rss_vs_import_qa": ratio(c["peak_rss_mb"], base["peak_rss_mb"])}
        for name, c in result["commands"].items()
    }
    out_json = work / "coldstart.json"
    breakdown, run = run_job(["coldstart", str(out_json), index_dir, COLD_QUESTION], out_json)
    if breakdown:
        steps = breakdown["steps_s"]
        total = sum(steps.values())
        result["breakdown_s"] = steps
        result["torch_imported"] = breakdown.get("torch_imported")
        result["breakdown_share"] = {k: v / total for k, v in steps.items()}
        result["breakdown_wall_s"] = run.wall_s
    return result


# --------------------------------------------------------------------------------------------------
# 4. scaling on synthetic corpora
# --------------------------------------------------------------------------------------------------


def shipped_vs_torch(s: dict, t: dict) -> float | None:
    """Shipped build time over the PyTorch path's; a build stopped by its timeout is read at its projected
    time (its embedding rate so far: the shortest texts come first, so a projection is optimistic)."""
    s_s = s.get("build_s") if s.get("ok") else s.get("projected_build_s")
    t_s = t.get("build_s") if t.get("ok") else t.get("projected_build_s")
    return ratio(s_s, t_s) if s_s and t_s else None


def section_scaling(work: Path, scales: list[int], questions: int, timeout_s: float,
                    torch_timeout_s: float | None = None) -> list[dict]:
    from synth import make_corpus

    rows = []
    for scale in scales:
        log(f"section 4: scale {scale}x")
        corpus = work / f"corpus-{scale}x"
        t = time.perf_counter()
        made = make_corpus(corpus, scale)
        gen_s = time.perf_counter() - t
        log(f"  wrote {made['files']} PDFs, {made['pages']} pages in {gen_s:.1f} s")
        builds = measure_builds([str(corpus)], work, 1, f"scale{scale}", timeout_s, torch_timeout_s)
        s, b, t = builds["shipped"], builds["bm25_only"], builds["torch"]
        row = {"scale": scale, "files": made["files"], "pages": made["pages"], "shipped": s, "bm25_only": b,
               "torch": t, "loadavg": loadavg()}
        row["shipped_vs_torch_build"] = shipped_vs_torch(s, t)
        if s.get("ok"):
            index_dir = str(work / f"scale{scale}-shipped-0")
            out_json = work / f"latency-{scale}.json"
            raw, run = run_job(["latency", str(out_json), index_dir, "--configs", "shipped,lexical-only",
                                "--questions", str(questions), "--reps", "1", "--warmup", "2"], out_json)
            if raw:
                lat = summarise_latency(raw, ["shipped", "lexical-only"])
                row["latency"] = {
                    name: {"p50_ms": c["p50_ms"], "p95_ms": c["p95_ms"], "stage_p50_ms": c["stage_p50_ms"]}
                    for name, c in lat["configs"].items()
                }
                row["load_index_s"] = lat["load_index_s"]
                row["ask_process_peak_rss_mb"] = run.peak_rss_mb
            shutil.rmtree(index_dir, ignore_errors=True)
        shutil.rmtree(corpus, ignore_errors=True)
        shutil.rmtree(work / f"scale{scale}-bm25_only-0", ignore_errors=True)
        shutil.rmtree(work / f"scale{scale}-baseline-0", ignore_errors=True)
        rows.append(row)
        log(f"  scale {scale}x done: shipped build {s.get('build_s') or s.get('wall_s'):.0f} s")
    for row in rows:
        if row["shipped"].get("ok") and row["bm25_only"].get("ok"):
            row["shipped_vs_bm25_only"] = {
                "build_s": ratio(row["shipped"]["build_s"], row["bm25_only"]["build_s"]),
                "index_mb": ratio(row["shipped"]["index_mb"], row["bm25_only"]["index_mb"]),
                "peak_rss_mb": ratio(row["shipped"]["peak_rss_mb"], row["bm25_only"]["peak_rss_mb"]),
            }
    return rows


# --------------------------------------------------------------------------------------------------
# output
# --------------------------------------------------------------------------------------------------


def _f(x, digits=1, unit=""):
    if x is None:
        return "–"
    if isinstance(x, float):
        return f"{x:,.{digits}f}{unit}"
    return f"{x}{unit}"


def render_markdown(results: dict) -> str:
    lines = ["# scr-qa benchmark results", ""]
    meta = results.get("meta", {})
    lines += [f"Run {meta.get('started')} on {meta.get('machine')} ({meta.get('cpus')} CPUs), "
              f"mode {meta.get('mode')}. Load average at start {meta.get('loadavg_start')}, "
              f"end {meta.get('loadavg_end')}: the machine is shared, so read the ratios, not the seconds.", ""]
    build = results.get("build")
    if build:
        s, b = build["shipped"], build["bm25_only"]
        t = build.get("torch", {})
        lines += ["## 1. Index build of data/practice (shipped vs the PyTorch path and the BM25-only baseline)", "",
                  "| | pages | passages | wall s | build s | pages/s | passages/s | peak RSS MB | index MB |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for name, x in (("shipped (ONNX int8 embeddings + BM25)", s), ("PyTorch path (before issue 18)", t),
                        ("BM25-only baseline", b)):
            lines.append(f"| {name} | {_f(x.get('pages'))} | {_f(x.get('passages'))} | {_f(x.get('wall_s'))} | "
                         f"{_f(x.get('build_s'))} | {_f(x.get('pages_per_s'), 2)} | {_f(x.get('passages_per_s'), 2)} | "
                         f"{_f(x.get('peak_rss_mb'), 0)} | {_f(x.get('index_mb'), 2)} |")
        r = build["ratios"]
        lines += ["", "Ratios shipped / PyTorch path: " + "; ".join(
            f"{k.split(' ')[0]} **{v}×**" for k, v in build.get("vs_torch", {}).items()), ""]
        lines += ["Ratios shipped / BM25-only: " + "; ".join(f"{k.split(' ')[0]} **{v}×**" for k, v in r.items()), ""]
        cos = build.get("int8_vs_fp32")
        if cos:
            lines += [f"Vectors of the practice index's {cos['texts']} passages and sentences, int8 (shipped) against "
                      f"fp32 (the same export unquantised; fp32 against PyTorch: mean {cos['fp32_vs_torch']['mean']:.4f}): "
                      f"cosine mean **{cos['int8_vs_fp32']['mean']:.4f}**, 1st percentile "
                      f"{cos['int8_vs_fp32']['p1']:.4f}, min {cos['int8_vs_fp32']['min']:.4f}.", ""]
        if s.get("phases_s"):
            lines += ["Shipped build phases (median s): " + ", ".join(f"{k} {v:.1f}" for k, v in s["phases_s"].items())
                      + f"; {s.get('embedded')} texts embedded (passages + sentences). Peak RSS: main process "
                      f"{_f(s.get('main_peak_rss_mb'), 0)} MB, PDF-reading workers {_f(s.get('reader_peak_rss_mb'), 0)} MB.", ""]
    lat = results.get("latency")
    if lat and lat.get("configs"):
        lines += ["## 2. Warm `qa.ask` latency (same process, same loaded index, after warm-up)", "",
                  f"{lat['questions']} questions from eval/questions.jsonl (round-robin over question types), "
                  f"each asked {lat['configs']['shipped']['n'] // lat['questions']}× per config, configs interleaved; "
                  "the query-vector cache is cleared before every call, so every call embeds its question.", "",
                  "| config | n | p50 ms | p95 ms | p50 vs lexical-only | p95 vs lexical-only | "
                  "load | embed | retrieve | read |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for name, c in lat["configs"].items():
            rr = lat.get("ratios_vs_lexical_only", {}).get(name, {})
            share = c["stage_share"]
            lines.append(f"| {name} | {c['n']} | {c['p50_ms']:.1f} | {c['p95_ms']:.1f} | {rr.get('p50')}× | "
                         f"{rr.get('p95')}× | " + " | ".join(f"{100 * share[k]:.0f}%" for k in STAGES) + " |")
        lines += ["", "Stage columns: share of the summed `answer.timings_ms['total']` per stage.", ""]
        vs_rules = lat.get("ratios_vs_rules_only", {}).get("shipped")
        if vs_rules:
            lines += [f"Shipped (trained reader) against rules-only (the reader before it), same run: p50 "
                      f"{vs_rules['p50']}×, p95 {vs_rules['p95']}×.", ""]
    cold = results.get("cold")
    if cold:
        lines += ["## 3. Cold CLI ask (fresh process each time)", "",
                  f"Question: “{cold['question']}” on the data/practice index.", "",
                  "| command | n | median s | min s | max s | peak RSS MB | time vs `import qa` | time vs lexical CLI | "
                  "RSS vs `import qa` |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for name, c in cold["commands"].items():
            rr = cold["ratios"][name]
            lines.append(f"| `{name}` | {c['n']} | {c['median_s']:.2f} | {c['min_s']:.2f} | {c['max_s']:.2f} | "
                         f"{c['peak_rss_mb']:.0f} | {rr['time_vs_import_qa']}× | {rr['time_vs_lexical_cli']}× | "
                         f"{rr['rss_vs_import_qa']}× |")
        if cold.get("breakdown_s"):
            lines += ["", "Where a cold shipped ask's time goes (one fresh process, step by step):", "",
                      "| step | s | share |", "|---|---:|---:|"]
            for k, v in cold["breakdown_s"].items():
                lines.append(f"| {k} | {v:.2f} | {100 * cold['breakdown_share'][k]:.0f}% |")
            lines += ["", f"torch imported by a cold shipped ask: {cold.get('torch_imported')}."]
        lines.append("")
    scaling = results.get("scaling")
    if scaling:
        lines += ["## 4. Scaling on synthetic corpora (practice corpus copied and perturbed)", "",
                  "| scale | files | pages | shipped build s | PyTorch-path build s | shipped / PyTorch | "
                  "BM25-only build s | index MB | BM25-only MB | build peak RSS MB | PyTorch peak RSS MB | "
                  "ask p50 ms | ask p95 ms | lexical p50 ms | index load s |",
                  "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for row in sorted(scaling, key=lambda r: r["scale"]):
            s, b = row["shipped"], row["bm25_only"]
            lat_s = row.get("latency", {}).get("shipped", {})
            lat_l = row.get("latency", {}).get("lexical-only", {})
            t = row.get("torch", {})

            def cell(x):
                return _f(x.get("build_s")) if x.get("ok") else (
                    f"timed out at {_f(x.get('wall_s'), 0)} (projected {_f(x.get('projected_build_s'), 0)})")

            lines.append(
                f"| {row['scale']}× | {row['files']} | {row['pages']} | {cell(s)} | {cell(t) if t else '–'} | "
                f"{_f(row.get('shipped_vs_torch_build'), 3)} | {_f(b.get('build_s'))} | "
                f"{_f(s.get('index_mb'), 1)} | {_f(b.get('index_mb'), 1)} | {_f(s.get('peak_rss_mb'), 0)} | "
                f"{_f(t.get('peak_rss_mb'), 0)} | "
                f"{_f(lat_s.get('p50_ms'))} | {_f(lat_s.get('p95_ms'))} | {_f(lat_l.get('p50_ms'))} | "
                f"{_f(row.get('load_index_s'), 2)} |")
        lines += ["", "Shipped ask, median ms per stage: " + "; ".join(
            f"{row['scale']}× " + ", ".join(f"{k} {v:.1f}" for k, v in
                                            row.get("latency", {}).get("shipped", {}).get("stage_p50_ms", {}).items())
            for row in sorted(scaling, key=lambda r: r["scale"]) if row.get("latency"))]
        lines += ["", "Ratios against the smallest scale (pages ratio first) and shipped vs BM25-only at the same scale:",
                  "", "| scale | pages | build s | index MB | peak RSS | ask p50 | ask p95 | shipped/BM25 build | "
                  "shipped/BM25 index MB | shipped/BM25 RSS |", "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for row in sorted(scaling, key=lambda r: r["scale"]):
            v = row.get("vs_smallest", {})
            w = row.get("shipped_vs_bm25_only", {})
            lines.append(f"| {row['scale']}× | {v.get('pages')} | {v.get('build_s')} | {v.get('index_mb')} | "
                         f"{v.get('peak_rss_mb')} | {v.get('p50_ms')} | {v.get('p95_ms')} | {w.get('build_s')} | "
                         f"{w.get('index_mb')} | {w.get('peak_rss_mb')} |")
        lines.append("")
    return "\n".join(lines) + "\n"


def plot(results: dict, out: Path) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    written = []
    lat = results.get("latency")
    if lat and lat.get("configs"):
        fig, (a, b) = plt.subplots(1, 2, figsize=(11, 4))
        names = list(lat["configs"])
        x = range(len(names))
        a.bar([i - 0.2 for i in x], [lat["configs"][n]["p50_ms"] for n in names], 0.4, label="p50")
        a.bar([i + 0.2 for i in x], [lat["configs"][n]["p95_ms"] for n in names], 0.4, label="p95")
        a.set_xticks(list(x), names)
        a.set_ylabel("ms per warm qa.ask")
        a.set_title("Warm ask latency by config")
        a.legend()
        bottom = [0.0] * len(names)
        for stage in STAGES:
            vals = [100 * lat["configs"][n]["stage_share"][stage] for n in names]
            b.bar(list(x), vals, 0.6, bottom=bottom, label=stage)
            bottom = [p + q for p, q in zip(bottom, vals)]
        b.set_xticks(list(x), names)
        b.set_ylabel("% of ask time")
        b.set_title("Where the time goes")
        b.legend(fontsize=8)
        fig.tight_layout()
        fig.savefig(out / "latency.png", dpi=110)
        plt.close(fig)
        written.append("latency.png")
    scaling = sorted(results.get("scaling") or [], key=lambda r: r["scale"])
    if scaling:
        fig, axes = plt.subplots(2, 2, figsize=(11, 8))
        pages = [r["pages"] for r in scaling]

        def series(get):
            xs, ys = [], []
            for r, p in zip(scaling, pages):
                v = get(r)
                if v is not None:
                    xs.append(p)
                    ys.append(v)
            return xs, ys

        ax = axes[0][0]
        ax.plot(*series(lambda r: r["shipped"].get("build_s")), "o-", label="shipped")
        ax.plot(*series(lambda r: r["bm25_only"].get("build_s")), "s--", label="BM25-only")
        proj = series(lambda r: None if r["shipped"].get("ok") else r["shipped"].get("projected_build_s"))
        if proj[0]:
            ax.plot(*proj, "x", color="red", markersize=10, label="shipped (projected)")
        ax.set_title("Index build time (s)")
        ax = axes[0][1]
        ax.plot(*series(lambda r: r["shipped"].get("index_mb")), "o-", label="shipped")
        ax.plot(*series(lambda r: r["bm25_only"].get("index_mb")), "s--", label="BM25-only")
        ax.set_title("Index size on disk (MB)")
        ax = axes[1][0]
        ax.plot(*series(lambda r: r["shipped"].get("peak_rss_mb") if r["shipped"].get("ok") else None), "o-",
                label="shipped build")
        ax.plot(*series(lambda r: r["bm25_only"].get("peak_rss_mb")), "s--", label="BM25-only build")
        ax.plot(*series(lambda r: r.get("ask_process_peak_rss_mb")), "^:", label="ask process")
        ax.set_title("Peak RSS (MB)")
        ax = axes[1][1]
        for name, style in (("shipped", "o-"), ("lexical-only", "s--")):
            ax.plot(*series(lambda r: r.get("latency", {}).get(name, {}).get("p50_ms")), style, label=f"{name} p50")
            ax.plot(*series(lambda r: r.get("latency", {}).get(name, {}).get("p95_ms")), style, alpha=0.5,
                    label=f"{name} p95")
        ax.set_title("Warm ask latency (ms)")
        for row in axes:
            for ax in row:
                ax.set_xscale("log")
                ax.set_yscale("log")
                ax.set_xlabel("pages")
                ax.grid(True, which="both", alpha=0.3)
                ax.legend(fontsize=8)
        fig.tight_layout()
        fig.savefig(out / "scaling.png", dpi=110)
        plt.close(fig)
        written.append("scaling.png")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results"))
    parser.add_argument("--scales", default="1,10,100", help="comma-separated corpus multiples (default 1,10,100)")
    parser.add_argument("--quick", action="store_true", help="fewer repeats, and no 100x scale")
    parser.add_argument("--sections", default="build,latency,cold,scaling")
    parser.add_argument("--merge", action="store_true", help="update an existing results.json (e.g. add a scale)")
    parser.add_argument("--build-timeout", type=float, default=3600.0,
                        help="seconds before a scaling build is stopped and its time projected (default 3600)")
    parser.add_argument("--torch-timeout", type=float, default=None,
                        help="a shorter limit for the PyTorch-path scaling builds (their time is then projected)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder with corpora and indexes")
    args = parser.parse_args(argv)

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    scales = [int(s) for s in args.scales.split(",") if s.strip()]
    if args.quick:
        scales = [s for s in scales if s < 100]
    sections = set(args.sections.split(","))
    repeats = {"build": 1 if args.quick else 2, "cold": 3 if args.quick else 5,
               "latency_q": 20 if args.quick else 40, "latency_reps": 1 if args.quick else 2, "scale_q": 20}

    results: dict = {}
    if args.merge and (out / "results.json").is_file():
        results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    results["meta"] = {
        "started": time.strftime("%Y-%m-%d %H:%M:%S"),
        "machine": f"{platform.machine()} {platform.system()} {platform.release()}, Python {platform.python_version()}",
        "cpus": __import__("os").cpu_count(),
        "mode": "quick" if args.quick else "full",
        "loadavg_start": loadavg(),
        "repeats": repeats,
    }
    work = Path(tempfile.mkdtemp(prefix="scr-qa-bench-"))
    log(f"work folder {work}")
    try:
        index_dir = None
        if "build" in sections or "latency" in sections or "cold" in sections:
            build = section_build(work, repeats["build"])
            build["loadavg"] = loadavg()
            index_dir = build.pop("index_dir")
            if "build" in sections:
                results["build"] = build
        if "latency" in sections:
            results["latency"] = section_latency(work, index_dir, repeats["latency_q"], repeats["latency_reps"])
            results["latency"]["loadavg"] = loadavg()
        if "cold" in sections:
            results["cold"] = section_cold(work, index_dir, repeats["cold"])
            results["cold"]["loadavg"] = loadavg()
        if "scaling" in sections and scales:
            rows = section_scaling(work, scales, repeats["scale_q"], args.build_timeout, args.torch_timeout)
            old = {r["scale"]: r for r in results.get("scaling", [])} if args.merge else {}
            old.update({r["scale"]: r for r in rows})
            results["scaling"] = sorted(old.values(), key=lambda r: r["scale"])
            # ratios against the smallest scale are recomputed over the merged rows
            first = results["scaling"][0]
            for row in results["scaling"]:
                if row["shipped"].get("ok") and first["shipped"].get("ok"):
                    row["vs_smallest"] = {
                        "pages": ratio(row["pages"], first["pages"]),
                        "build_s": ratio(row["shipped"]["build_s"], first["shipped"]["build_s"]),
                        "index_mb": ratio(row["shipped"]["index_mb"], first["shipped"]["index_mb"]),
                        "peak_rss_mb": ratio(row["shipped"]["peak_rss_mb"], first["shipped"]["peak_rss_mb"]),
                        "p50_ms": ratio(row.get("latency", {}).get("shipped", {}).get("p50_ms"),
                                        first.get("latency", {}).get("shipped", {}).get("p50_ms")),
                        "p95_ms": ratio(row.get("latency", {}).get("shipped", {}).get("p95_ms"),
                                        first.get("latency", {}).get("shipped", {}).get("p95_ms")),
                    }
    finally:
        results["meta"]["loadavg_end"] = loadavg()
        results["meta"]["finished"] = time.strftime("%Y-%m-%d %H:%M:%S")
        (out / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
        (out / "results.md").write_text(render_markdown(results), encoding="utf-8")
        try:
            written = plot(results, out)
        except Exception as exc:  # noqa: BLE001 - the tables matter more than the picture
            log(f"plot failed: {exc}")
            written = []
        if args.keep:
            log(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    log(f"wrote {out / 'results.md'}, {out / 'results.json'}" + "".join(f", {out / w}" for w in written))
    return 0


if __name__ == "__main__":
    sys.exit(main())
