"""Fuzzed PDFs through ``scr-qa index``: mutants of data/practice and of ../shared/pdfs-wild (tests/fuzz_pdfs.py:
bytes flipped, objects truncated, xref broken, streams recompressed wrongly) indexed in one batch with the
unmutated sources and a sentinel file.

Holds for every mutant: the command does not crash (exit 0, a JSON report), each file is reported once as
indexed / partial / skipped, with a reason when not indexed, none took longer than its time budget (plus the
time to stop its reader), the unmutated files are indexed, the index on disk agrees with the report and
answers from the sentinel. A fixed-seed sample of 100 per source by default; ``SCR_QA_FUZZ_N=500`` (and
``SCR_QA_FUZZ_SEED``) for a larger run. Counts are printed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from conftest import PDFS_WILD, PRACTICE, ROOT
from fuzz_pdfs import mutants, practice_sources, wild_sources
from pdf_factory import make_pdf

import qa
from qa import store
from qa import api

pytestmark = pytest.mark.slow

FUZZ_N = int(os.environ.get("SCR_QA_FUZZ_N", "100"))
FUZZ_SEED = int(os.environ.get("SCR_QA_FUZZ_SEED", "19"))
TIME_BUDGET_S = 20.0  # per file (the default is 120 s); a mutant that takes longer must be skipped, not waited for
STOP_SLACK_S = 5.0  # killing a reader that overran and starting another
SENTINEL = ["1.1 The sentinel review meeting took place on 8 August 2008.", "1.2 Nothing else happened."]


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def fuzz(tmp_path: Path, sources: list[Path], label: str, controls_indexed: bool) -> None:
    batch = tmp_path / "batch"
    made = mutants(sources, batch, FUZZ_N, FUZZ_SEED)
    controls = []
    for source in sources:
        controls.append(batch / f"control-{source.name}")
        shutil.copyfile(source, controls[-1])
    make_pdf(batch / "zz-sentinel.pdf", [SENTINEL])
    index_dir = tmp_path / "index"
    started = time.monotonic()
    out = subprocess.run(
        [sys.executable, "-m", "qa.cli", "index", str(batch), "--index-dir", str(index_dir), "--json",
         "--time-budget", str(TIME_BUDGET_S)],
        capture_output=True, text=True, cwd=ROOT, env=child_env(), timeout=900 + len(made) * TIME_BUDGET_S,
    )
    wall = time.monotonic() - started
    assert out.returncode == 0, out.stderr[-3000:]
    report = json.loads(out.stdout)
    rows = {f["file"]: f for f in report["files"]}
    kind_of = {path.name: kind for path, kind, _ in made}

    by_status = Counter(f["status"] for f in report["files"])
    by_kind = Counter((kind_of.get(name, "control"), f["status"]) for name, f in rows.items())
    reasons = Counter(f["reason"].split(":")[0].split("(")[0].strip()[:60] for f in report["files"] if f["reason"])
    slowest = max(report["files"], key=lambda f: f["seconds"])
    print(f"\nfuzz {label}: {len(made)} mutants (seed {FUZZ_SEED}) + {len(controls)} unmutated + sentinel in {wall:.0f} s: "
          + ", ".join(f"{n} {s}" for s, n in sorted(by_status.items()))
          + f"; slowest {slowest['file']} {slowest['seconds']:.1f} s")
    for kind in sorted({k for k, _ in by_kind}):
        print(f"  {kind}: " + ", ".join(f"{n} {s}" for (k, s), n in sorted(by_kind.items()) if k == kind))
    print("  reasons: " + "; ".join(f"{n}× {r}" for r, n in reasons.most_common(8)))

    assert len(report["files"]) == len(rows) == len(made) + len(controls) + 1  # each file reported once
    for f in report["files"]:
        assert f["status"] in ("indexed", "partial", "skipped"), f
        if f["status"] == "indexed":
            assert f["passages"] > 0, f
        else:
            assert f["reason"], f
        if f["status"] == "partial":
            assert f["passages"] > 0, f
        assert f["seconds"] <= TIME_BUDGET_S + STOP_SLACK_S, f
    assert rows["zz-sentinel.pdf"]["status"] == "indexed"
    if controls_indexed:
        assert all(rows[c.name]["status"] == "indexed" for c in controls), [rows[c.name] for c in controls]

    data = store.load(index_dir)  # every checksum verified
    kept = {name for name, f in rows.items() if f["status"] != "skipped"}
    assert {p.file for p in data.passages} == kept
    assert len(data.passages) == report["passages"] == sum(f["passages"] for f in report["files"] if f["status"] != "skipped")
    api.forget(index_dir)
    answer = qa.ask("When did the sentinel review meeting take place?", str(index_dir))
    assert answer.answerable and "8 August 2008" in answer.answer and answer.citations[0].file == "zz-sentinel.pdf", \
        answer.to_dict()


def test_fuzzed_practice_pdfs(tmp_path):
    sources = practice_sources(PRACTICE, tmp_path / "sources")
    fuzz(tmp_path, sources, "data/practice", controls_indexed=True)


@pytest.mark.skipif(not PDFS_WILD.is_dir(), reason=f"real-world PDFs not available: {PDFS_WILD} is absent "
                    "(it lives beside the repository); the practice corpus is fuzzed instead")
def test_fuzzed_wild_pdfs(tmp_path):
    # unmutated wild files may be skipped for their own reasons (scans, passwords): their controls are not asserted
    fuzz(tmp_path, wild_sources(PDFS_WILD), "pdfs-wild", controls_indexed=False)
