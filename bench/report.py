"""The benchmark report: results.md (the tables) and latency.png / scaling.png from the results dict."""

from __future__ import annotations

from pathlib import Path

from common import STAGES


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
                      + f"; {s.get('embedded')} texts embedded (sentences and headings; passage vectors pooled from them). Peak RSS: main process "
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
                if x.get("ok"):
                    return _f(x.get("build_s"))
                partial = x.get("documents_read") is not None and x.get("documents_read") != x.get("documents")
                bound = f", at least: {x['documents_read']} of {x['documents']} documents read" if partial else ""
                return f"timed out at {_f(x.get('wall_s'), 0)} (projected {_f(x.get('projected_build_s'), 0)}{bound})"

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
