"""One benchmark job in a fresh process (so its wall time and peak memory are its own).

    worker.py build     OUT.json INDEX_DIR PATH... [--progress FILE] [--encoder torch]   qa.build_index
    worker.py cosine    OUT.json INDEX_DIR                          int8 vs fp32 (and PyTorch) vectors of its texts
    worker.py baseline  OUT.json OUT_DIR PATH...                        BM25-only (bench/baseline.py)
    worker.py latency   OUT.json INDEX_DIR --configs a,b --questions N --reps R
    worker.py coldstart OUT.json INDEX_DIR QUESTION                     where a cold ask's time goes

Each job writes its result as JSON to OUT.json. bench/run.py starts these and measures them.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _rss() -> dict[str, float]:
    """Peak RSS (MB) of this process and of its largest reaped child (the PDF-reading workers)."""
    return {
        "self_peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0,
        "children_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0,
    }


def job_build(args: argparse.Namespace) -> dict:
    import os

    if args.encoder:  # "torch": the PyTorch path, the build before issue 18
        os.environ["SCR_QA_ENCODER"] = args.encoder
    t_import = time.perf_counter()
    import qa

    progress = open(args.progress, "a", encoding="utf-8") if args.progress else None
    marks: dict[str, float] = {}
    embedded = [0]

    def on_event(kind: str, data: dict) -> None:
        now = time.perf_counter()
        marks.setdefault(kind, now)
        if kind == "embed":
            marks["embed_total"] = data["total"]
        if kind == "embedded":
            embedded[0] += data["n"]
        if progress and kind in ("files", "embed", "embedded"):
            progress.write(json.dumps({"t": now, "kind": kind, "embedded": embedded[0], **{
                k: v for k, v in data.items() if k == "total"}}) + "\n")
            progress.flush()

    t0 = time.perf_counter()
    info = qa.build_index(args.paths, args.index_dir, on_event=on_event)
    t1 = time.perf_counter()
    embed_start = marks.get("embed", t1)
    last_embedded = t1
    counts = info.counts()
    return {
        "import_s": t0 - t_import,
        "encoder": args.encoder or "default",
        "build_s": t1 - t0,
        "pages": info.pages,
        "passages": info.passages,
        "embedded": info.embedded,
        "files": counts,
        # until the first document is read and queued for embedding | the rest: the other documents are read
        # while the embedding thread works (issue 18), then the snapshot is written
        "phases_s": {
            "first document read": embed_start - t0,
            "rest (reading and embedding overlap) + write": last_embedded - embed_start,
        },
        **_rss(),
    }


def job_cosine(args: argparse.Namespace) -> dict:
    """Every passage and sentence of an index embedded by the shipped int8 export, the fp32 export and PyTorch:
    how far quantisation moves the vectors (cosine), on the texts the index really holds."""
    import numpy as np

    from embeddings import encoder
    from qa import store
    from qa.passages import embedding_text

    data = store.load(args.index_dir)
    texts = [embedding_text(p) for p in data.passages]
    texts += [data.passages[i].text[a:b] for i, a, b in data.sentence_refs]
    vectors = {name: encoder.encode(texts, backend_name=name) for name in ("onnx-int8", "onnx-fp32", "torch")}

    def stats(a, b) -> dict:
        cos = (vectors[a] * vectors[b]).sum(axis=1)
        return {"mean": float(cos.mean()), "min": float(cos.min()), "p1": float(np.percentile(cos, 1))}

    return {"texts": len(texts), "int8_vs_fp32": stats("onnx-int8", "onnx-fp32"),
            "int8_vs_torch": stats("onnx-int8", "torch"), "fp32_vs_torch": stats("onnx-fp32", "torch"),
            "stored_vs_int8_now": float((data.passage_vectors * vectors["onnx-int8"][: len(data.passages)])
                                        .sum(axis=1).mean())}


def job_baseline(args: argparse.Namespace) -> dict:
    from baseline import build_bm25_only

    result = build_bm25_only(args.paths, args.out_dir)
    return {**result, "build_s": result["seconds"], **_rss()}


def job_latency(args: argparse.Namespace) -> dict:
    from common import pick_questions

    from qa import api

    configs = {"shipped": api.SHIPPED, "rules-only": api.RULES_ONLY, "model-only": api.MODEL_ONLY,
               "lexical-only": api.LEXICAL_ONLY, "dense-only": api.DENSE_ONLY}
    names = args.configs.split(",")
    questions = pick_questions(args.questions)
    t0 = time.perf_counter()
    loaded = api.load_index(args.index_dir)
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    api.ask("When was the review completed?", args.index_dir, 5)  # loads the model
    first_ask_s = time.perf_counter() - t0
    # warm-up: every config a few times, so lazy imports, caches and allocators are settled
    for question in questions[: args.warmup]:
        for name in names:
            api.ask(question, args.index_dir, 5, config=configs[name])
    samples: dict[str, list[dict]] = {name: [] for name in names}
    for rep in range(args.reps):
        for i, question in enumerate(questions):
            order = names[(i + rep) % len(names):] + names[: (i + rep) % len(names)]  # rotate, no order bias
            for name in order:
                loaded._queries.clear()  # a new question every time: no cached query vector
                t = time.perf_counter()
                answer = api.ask(question, args.index_dir, 5, config=configs[name])
                wall_ms = (time.perf_counter() - t) * 1000
                samples[name].append({"q": i, "wall_ms": wall_ms, "timings_ms": dict(answer.timings_ms),
                                      "answerable": bool(answer.answerable)})
    return {
        "questions": questions,
        "load_index_s": load_s,
        "first_ask_s": first_ask_s,
        "passages": len(loaded.search.passages),
        "samples": samples,
        **_rss(),
    }


def job_coldstart(args: argparse.Namespace) -> dict:
    """Time each piece of a cold ask separately, in the order a cold ``scr-qa ask`` pays for them."""
    steps: dict[str, float] = {}
    t = time.perf_counter()
    import qa  # noqa: F401

    steps["import qa"] = time.perf_counter() - t
    t = time.perf_counter()
    from qa import api

    steps["import qa.api (faiss, bm25s, scipy, reader)"] = time.perf_counter() - t
    t = time.perf_counter()
    from qa import store

    data = store.load(args.index_dir)
    steps["read + verify snapshot"] = time.perf_counter() - t
    t = time.perf_counter()
    api.load_index(args.index_dir)  # reads it again (cached for the ask below), builds BM25, aliases, the reader
    steps["load index + build search structures"] = time.perf_counter() - t - steps["read + verify snapshot"]
    t = time.perf_counter()
    from embeddings import encoder

    encoder.encode_query("warm")
    steps["load query encoder (onnxruntime) + first encode"] = time.perf_counter() - t
    t = time.perf_counter()
    api.load_index(args.index_dir).readers["shipped"].warm_up()
    steps["load trained reader (onnxruntime)"] = time.perf_counter() - t
    t = time.perf_counter()
    answer = api.ask(args.question, args.index_dir, 5)
    steps["first ask (index cached: load, embed, retrieve, read)"] = time.perf_counter() - t
    del data
    return {"steps_s": steps, "timings_ms": answer.timings_ms, "torch_imported": "torch" in sys.modules, **_rss()}


def main() -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="job", required=True)
    p = sub.add_parser("build")
    p.add_argument("out")
    p.add_argument("index_dir")
    p.add_argument("paths", nargs="+")
    p.add_argument("--progress")
    p.add_argument("--encoder", choices=["torch", "onnx-fp32", "onnx-int8"], default=None)
    p = sub.add_parser("cosine")
    p.add_argument("out")
    p.add_argument("index_dir")
    p = sub.add_parser("baseline")
    p.add_argument("out")
    p.add_argument("out_dir")
    p.add_argument("paths", nargs="+")
    p = sub.add_parser("latency")
    p.add_argument("out")
    p.add_argument("index_dir")
    p.add_argument("--configs", default="shipped,lexical-only,dense-only")
    p.add_argument("--questions", type=int, default=40)
    p.add_argument("--reps", type=int, default=2)
    p.add_argument("--warmup", type=int, default=3)
    p = sub.add_parser("coldstart")
    p.add_argument("out")
    p.add_argument("index_dir")
    p.add_argument("question")
    args = parser.parse_args()
    result = {"build": job_build, "cosine": job_cosine, "baseline": job_baseline, "latency": job_latency, "coldstart": job_coldstart}[
        args.job
    ](args)
    Path(args.out).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
