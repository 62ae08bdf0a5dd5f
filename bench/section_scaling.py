"""Section 4, scaling on synthetic corpora (``bench/synth.py``): build time, index size, peak memory and
warm latency at each multiple of the practice corpus, against the PyTorch-path and BM25-only builds."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from common import loadavg, log, ratio, run_job
from section_build import measure_builds
from section_latency import summarise_latency


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
