"""Section 3, cold CLI ask: ``scr-qa ask`` in a fresh process against ``python -c "import qa"`` and the
lexical-only CLI, then one process that times each step of a cold ask."""

from __future__ import annotations

import json
from pathlib import Path

from common import PYTHON, log, median, ratio, run_job, run_measured

SCR_QA = str(Path(PYTHON).with_name("scr-qa"))
COLD_QUESTION = "How much did the review cost?"


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
