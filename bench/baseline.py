"""The BM25-only baseline build: the shipped ingest and passage code, then a bm25s index; no embeddings.

It is what an index build would cost without the dense half (no model load, no encoding, no FAISS), so
the shipped build's cost over it is the price of the embeddings.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import bm25s

from qa.ingest import find_pdfs, ingest
from qa.passages import build_passages, embedding_text
from qa.terms import terms


def build_bm25_only(paths: list[str], out_dir: str | Path) -> dict[str, Any]:
    """Ingest ``paths``, cut passages, index them with bm25s and save to ``out_dir``. Returns counts and phase times."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    pdfs, missing = find_pdfs(paths)
    passages = []
    pages = 0
    files = {"indexed": 0, "partial": 0, "skipped": len(missing)}
    for report, file_pages in ingest(pdfs):
        file_passages = build_passages(file_pages, report.file, report.title) if file_pages else []
        passages.extend(file_passages)
        pages += report.text_pages
        files[report.status] = files.get(report.status, 0) + 1
    t1 = time.perf_counter()
    tokens = [terms(embedding_text(p)) or [""] for p in passages]
    bm25 = bm25s.BM25()
    if tokens:
        bm25.index(tokens, show_progress=False)
    bm25.save(str(out / "bm25"))
    with open(out / "passages.jsonl", "w", encoding="utf-8") as handle:
        for passage in passages:
            handle.write(json.dumps(passage.to_dict(), ensure_ascii=False) + "\n")
    t2 = time.perf_counter()
    return {
        "pages": pages,
        "passages": len(passages),
        "files": files,
        "seconds": t2 - t0,
        "phases_s": {"read+passages": t1 - t0, "bm25+write": t2 - t1},
    }
