"""The scr-qa command: index prints a per-file report (JSON too), ask prints the answer schema."""

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, cited_text
from pdf_factory import make_pdf

from qa.cli import default_index_dir, main


def test_index_json_reports_every_file_and_ask_json_matches_the_contract(tmp_path, capsys):
    folder = tmp_path / "pdfs"
    folder.mkdir()
    pdf = make_pdf(folder / "r.pdf", [["1.1 The strategy meeting was held on 30 January 2007."]], title="R")
    (folder / "bad.pdf").write_bytes(b"")
    index = tmp_path / "index"
    assert main(["index", str(folder), "--index-dir", str(index), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    rows = {f["file"]: f for f in report["files"]}
    assert rows["r.pdf"]["status"] == "indexed" and rows["r.pdf"]["pages"] == 1
    assert rows["bad.pdf"] == {**rows["bad.pdf"], "status": "skipped", "reason": "empty file (0 bytes)"}
    assert set(rows["r.pdf"]) >= {"file", "status", "pages", "text_pages", "reason"}

    assert main(["ask", "When was the strategy meeting held?", "--index-dir", str(index), "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    # the span, shown alone when the reader is sure of it, else inside the clause that says it
    assert answer["short_answer"] == "30 January 2007" and "30 January 2007" in answer["answer"]
    first = answer["citations"][0]
    assert answer["answer"] in cited_text(pdf, first)


def test_ask_without_an_index_fails_with_a_clear_message(tmp_path, capsys):
    assert main(["ask", "When?", "--index-dir", str(tmp_path / "none")]) == 1
    assert "no index in" in capsys.readouterr().err


def test_index_dir_defaults_to_env_then_user_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("SCR_QA_INDEX", str(tmp_path / "x"))
    assert default_index_dir() == str(tmp_path / "x")
    monkeypatch.delenv("SCR_QA_INDEX")
    assert default_index_dir().endswith(os.path.join("scr-qa", "index"))


def test_console_script_runs_from_a_shell(practice_index):
    exe = Path(sys.executable).with_name("scr-qa")
    out = subprocess.run(
        [str(exe), "ask", "How much did the review cost?", "--index-dir", practice_index, "--json"],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["short_answer"] == "£41,250" and "£41,250" in data["answer"]


def test_a_citation_names_its_paragraph_or_its_footnote():
    from qa.cli import format_citation

    base = {"title": "Overview report", "file": "o.pdf", "page": 5, "page_end": 5, "page_label": None}
    assert format_citation({**base, "paragraph": "4.19"}) == "Overview report, p. 5, para 4.19 (o.pdf)"
    assert format_citation({**base, "paragraph": "footnote 3"}) == "Overview report, p. 5, footnote 3 (o.pdf)"
    assert format_citation({**base, "paragraph": None}) == "Overview report, p. 5 (o.pdf)"
