"""Section 2, warm ``qa.ask`` latency per configuration: p50/p95 and the share of each stage, against
lexical-only and rules-only measured in the same process."""

from __future__ import annotations

from pathlib import Path

from common import CONFIGS, STAGES, log, percentile, ratio, run_job


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
