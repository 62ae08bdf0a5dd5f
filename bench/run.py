"""scr-qa benchmarks (issue 3): index build, warm ask latency, cold CLI ask, and scaling.

    .venv/bin/python bench/run.py [--out bench/results] [--scales 1,10,100] [--quick]

Every number is reported next to a baseline measured in the same invocation, as a ratio, because this
machine is shared and absolute times drift with its load (the load average is recorded with each
section). Each measured build or cold start runs in its own process; peak memory is that process
tree's largest resident set (os.wait4). See bench/README.md for how to read the output.

This script parses the options and runs the sections in order; each section is its own module
(``section_build``, ``section_latency``, ``section_cold``, ``section_scaling``) on the shared runner in
``common``, and ``report`` writes results.md and the plots.
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

from common import ROOT, loadavg, log, ratio  # noqa: E402
from report import plot, render_markdown  # noqa: E402
from section_build import section_build  # noqa: E402
from section_cold import section_cold  # noqa: E402
from section_latency import section_latency  # noqa: E402
from section_scaling import section_scaling  # noqa: E402


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
