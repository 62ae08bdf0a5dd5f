"""End to end over ../shared/pdfs-wild: ``scr-qa index <folder> --json`` accounts for all 40 real-world PDFs
as its MANIFEST expects, the index it writes agrees with the report and answers from an indexed file, and a
second run with the documented passwords adds the encrypted files without re-reading the rest.

(tests/qa/test_pdfs_wild.py checks the ingest rows file by file; this checks the whole index command.)
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from conftest import PDFS_WILD, ROOT, cited_text

import qa
import qa.api
from qa import store
from qa.clean import collapse
from qa.ingest import NO_TEXT_LAYER

pytestmark = [
    pytest.mark.skipif(
        not (PDFS_WILD / "MANIFEST.tsv").is_file(),
        reason=f"real-world PDFs not available: {PDFS_WILD} is absent (it lives beside the repository)",
    ),
    pytest.mark.slow,
]

SCR_QA = str(Path(sys.executable).with_name("scr-qa"))
INDEX_TIMEOUT_S = 3600  # generous: embedding ~550 pages on a busy 2-CPU machine; only a hang reaches it


def manifest() -> dict[str, dict[str, str]]:
    with open(PDFS_WILD / "MANIFEST.tsv", encoding="utf-8", newline="") as handle:
        return {row["file"]: row for row in csv.DictReader(handle, delimiter="\t")}


def counts(text: str) -> dict[str, int]:
    return {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", text)}


def index_cli(*args: str) -> dict:
    out = subprocess.run([SCR_QA, "index", *args, "--json"], capture_output=True, text=True,
                         timeout=INDEX_TIMEOUT_S, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def wild(tmp_path_factory) -> tuple[Path, dict]:
    index = tmp_path_factory.mktemp("wild-index")
    report = index_cli(str(PDFS_WILD), "--index-dir", str(index))
    slowest = max(report["files"], key=lambda f: f["seconds"])
    print(f"\npdfs-wild: {report['pages']} pages read, {report['passages']} passages, {report['embedded']} texts "
          f"embedded, {report['seconds']:.0f} s; slowest file {slowest['file']} {slowest['seconds']:.1f} s")
    by_status = Counter(f["status"] for f in report["files"])
    reasons = Counter(f["reason"].split(":")[0].split("(")[0].strip() for f in report["files"] if f["status"] == "skipped")
    print("pdfs-wild: " + ", ".join(f"{n} {s}" for s, n in sorted(by_status.items())) + "; skipped because: "
          + "; ".join(f"{n}× {r}" for r, n in reasons.most_common()))
    return index, report


def test_the_json_report_accounts_for_every_file_once(wild):
    _, report = wild
    rows = manifest()
    files = [f["file"] for f in report["files"]]
    assert sorted(files) == sorted(rows) and len(files) == len(set(files)) == 40
    for f in report["files"]:
        assert {"file", "status", "pages", "text_pages", "reason"} <= set(f)
        assert f["status"] in ("indexed", "partial", "skipped"), f
        if f["status"] == "indexed":
            assert not f["reason"] and f["passages"] > 0 and f["text_pages"] >= 1, f
        elif f["status"] == "partial":
            assert f["reason"] and f["passages"] > 0 and f["text_pages"] >= 1, f
        else:
            assert f["reason"] and f["passages"] == 0, f
    assert report["dropped"] == [] and report["notes"] == []


def test_statuses_and_page_counts_follow_the_manifest(wild):
    _, report = wild
    rows = manifest()
    for f in report["files"]:
        row = rows[f["file"]]
        expected = row["expected"]
        where = (f["file"], expected, f["status"], f["reason"])
        if row["with_cryptography"] not in ("", "same"):
            want_pages, want_text = counts(row["with_cryptography"])["pages"], counts(row["with_cryptography"])["text_pages"]
        else:
            want_pages = int(row["pages"]) if row["pages"] else None
            want_text = int(row["text_pages"]) if row["text_pages"] else None
        if expected in ("text", "partial", "encrypted-no-password"):
            assert f["status"] in ("indexed", "partial"), where
            assert f["pages"] == want_pages and f["text_pages"] >= want_text, where
            if expected == "partial":
                assert f["status"] == "partial", where
        elif expected == "no-text":
            assert f["status"] == "skipped" and f["reason"] == NO_TEXT_LAYER, where
        elif expected == "encrypted-password":
            assert f["status"] == "skipped" and "needs a password" in f["reason"], where
        elif expected == "not-pdf":
            assert f["status"] == "skipped", where
            assert f["reason"] in ("not a PDF (no %PDF- header)", "empty file (0 bytes)"), where
        elif expected == "corrupt":
            assert f["status"] == "skipped" or f["text_pages"] >= 1, where
        else:  # pragma: no cover - a new category in the manifest
            pytest.fail(f"unknown expected category {expected!r}")


def test_the_index_on_disk_agrees_with_the_report(wild):
    index, report = wild
    data = store.load(index)  # every checksum verified
    kept = {f["file"] for f in report["files"] if f["status"] != "skipped"}
    assert {p.file for p in data.passages} == kept
    assert len(data.passages) == report["passages"] == sum(f["passages"] for f in report["files"])
    assert {name for name, f in data.files.items() if f.get("status") != "skipped"} == kept
    assert data.manifest["counts"]["files"] == len(kept)
    assert {row["file"] for row in data.pages} == kept
    info = subprocess.run([SCR_QA, "info", "--index-dir", str(index), "--json"], capture_output=True, text=True,
                          timeout=600, cwd=ROOT)
    assert info.returncode == 0 and set(json.loads(info.stdout)["files"]) >= kept


def squeeze(text: str) -> str:
    """Letters and digits only: compares a cleaned quote with pypdf's raw page text (line-end hyphens, spacing)."""
    return re.sub(r"[\W_]+", "", text)


def check_verbatim(index: Path, citation) -> None:
    """The quote is in the index's clean text of its cited page, and in the PDF's own text of that page."""
    pages = qa.api.load_index(index).search.pages_text
    assert collapse(citation.quote) in collapse(
        " ".join(pages[(citation.file, n)] for n in range(citation.page, citation.last_page + 1)))
    assert squeeze(citation.quote) in squeeze(cited_text(PDFS_WILD / citation.file, citation))


def test_the_index_answers_a_question_from_an_indexed_file(wild):
    index, _ = wild
    answer = qa.ask("What technique do Shinyama and Sekine propose to discover all possible relations from texts?",
                    str(index))
    assert answer.citations, answer.to_dict()
    first = answer.citations[0]
    assert first.file == "pdfminer__naacl06-shinyama.pdf", answer.to_dict()
    assert "Unrestricted Relation Discovery" in first.quote, answer.to_dict()
    for citation in answer.citations:
        check_verbatim(index, citation)
    # a question restricted to one indexed file is answered from that file's own text
    answer = qa.ask("What is this document about?", str(index), files=["sf__minimal-document.pdf"])
    assert answer.citations and {c.file for c in answer.citations} == {"sf__minimal-document.pdf"}
    for citation in answer.citations:
        check_verbatim(index, citation)


def test_a_second_run_with_passwords_adds_the_encrypted_files_and_reuses_the_rest(wild, tmp_path):
    index, first = wild
    copy = tmp_path / "index"
    shutil.copytree(index, copy)
    rows = manifest()
    documented = {name: row for name, row in rows.items() if row["password"]}
    assert len(documented) == 2
    password_file = tmp_path / "passwords.tsv"
    password_file.write_text("".join(f"{name}\t{row['password']}\n" for name, row in documented.items()))
    second = index_cli(str(PDFS_WILD), "--index-dir", str(copy), "--password-file", str(password_file), "--quiet")
    by_name = {f["file"]: f for f in second["files"]}
    for name, row in documented.items():
        f = by_name[name]
        want = counts(row["with_password"])
        assert f["status"] in ("indexed", "partial") and not f["reused"], f
        assert (f["pages"], f["text_pages"]) == (want["pages"], want["text_pages"]), f
    before = {f["file"]: f for f in first["files"]}
    for name, f in by_name.items():
        if name not in documented and before[name]["status"] != "skipped":
            assert f["reused"] and f["status"] == before[name]["status"], f  # not read or embedded again
        elif name not in documented:
            assert f["status"] == "skipped" and f["reason"] == before[name]["reason"], f  # tried again, same reason
    assert second["passages"] == first["passages"] + sum(by_name[n]["passages"] for n in documented)
    assert 0 < second["embedded"] < first["embedded"]
