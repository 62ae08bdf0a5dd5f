"""Every real-world PDF in ../shared/pdfs-wild ends as indexed, partial or skipped, as its MANIFEST row
expects: nothing crashes, nothing is lost silently, every failure names the file and a reason."""

import csv
import re

import pytest
from conftest import PDFS_WILD

from qa.ingest import NO_TEXT_LAYER, ingest

pytestmark = pytest.mark.skipif(
    not (PDFS_WILD / "MANIFEST.tsv").is_file(),
    reason=f"real-world PDFs not available: {PDFS_WILD} is absent (it lives beside the repository)",
)


def manifest() -> list[dict[str, str]]:
    with open(PDFS_WILD / "MANIFEST.tsv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def expected_counts(row: dict[str, str]) -> tuple[int | None, int | None]:
    """(pages, text_pages) the file should give here, where cryptography is installed."""
    if row["with_cryptography"] not in ("", "same"):
        found = dict(re.findall(r"(\w+)=(\d+)", row["with_cryptography"]))
        return int(found["pages"]), int(found["text_pages"])
    pages = int(row["pages"]) if row["pages"] else None
    text_pages = int(row["text_pages"]) if row["text_pages"] else None
    return pages, text_pages


@pytest.fixture(scope="module")
def reports():
    paths = sorted(p for p in PDFS_WILD.iterdir() if p.suffix == ".pdf")
    return {r.file: (r, pages) for r, pages in ingest(paths)}


def test_every_file_is_accounted_for(reports):
    rows = manifest()
    assert sorted(reports) == sorted(r["file"] for r in rows)
    for report, pages in reports.values():
        assert report.status in ("indexed", "partial", "skipped")
        if report.status == "skipped":
            assert report.reason, report.file
        else:
            # pages returned + pages reported as failed or empty == pages in the file
            assert len(pages) + len(report.problems) == report.pages, report.file


@pytest.mark.parametrize("row", manifest() if (PDFS_WILD / "MANIFEST.tsv").is_file() else [], ids=lambda r: r["file"])
def test_manifest_row(row, reports):
    report, pages = reports[row["file"]]
    expected = row["expected"]
    want_pages, want_text = expected_counts(row)
    if expected in ("text", "partial", "encrypted-no-password"):
        assert report.status in ("indexed", "partial"), (report.status, report.reason)
        assert report.text_pages >= want_text
        assert report.pages == want_pages
        if expected == "partial":
            assert report.status == "partial" and report.reason
    elif expected == "no-text":
        assert report.status == "skipped" and report.reason == NO_TEXT_LAYER
    elif expected == "encrypted-password":
        assert report.status == "skipped" and "needs a password" in report.reason
    elif expected == "not-pdf":
        assert report.status == "skipped"
        assert report.reason in ("not a PDF (no %PDF- header)", "empty file (0 bytes)")
    elif expected == "corrupt":
        if report.status == "skipped":
            assert report.reason
        else:
            assert report.text_pages >= 1 and pages
    else:  # pragma: no cover - a new category in the manifest
        pytest.fail(f"unknown expected category {expected!r}")


@pytest.mark.parametrize("row", [r for r in manifest() if r["password"]] if (PDFS_WILD / "MANIFEST.tsv").is_file() else [], ids=lambda r: r["file"])
def test_documented_passwords_open_the_file(row):
    path = PDFS_WILD / row["file"]
    (report, _), = list(ingest([path], passwords={row["file"]: row["password"]}))
    found = dict(re.findall(r"(\w+)=(\d+)", row["with_password"]))
    assert report.status in ("indexed", "partial"), report.reason
    assert (report.pages, report.text_pages) == (int(found["pages"]), int(found["text_pages"]))


def test_silent_losses_are_reported(reports):
    damaged, _ = reports["govdocs__498264.pdf"]
    assert damaged.status == "skipped" and "damaged" in damaged.reason
    truncated, _ = reports["fc__webCapture.truncated-60pct.pdf"]
    assert truncated.status == "partial" and "truncated" in truncated.reason
    tokens, _ = reports["qpdf__tokens.pdf"]
    assert any(p.page == 7 and "AssertionError" in p.reason for p in tokens.problems)
    big, pages = reports["govdocs__027613.pdf"]
    assert big.status == "partial" and len(pages) >= 416  # ten bad pages do not cost the other 419


def test_ligatures_are_normalised_and_labels_kept_beside_physical_numbers(reports):
    _, pages = reports["pdfjs__copy_paste_ligatures.pdf"]
    assert not re.search("[\ufb00-\ufb06]", " ".join(p.text for p in pages))
    _, pages = reports["pdfminer__pagelabels.pdf"]
    assert [p.number for p in pages] == [1, 2, 3, 4, 5]
    assert [p.label for p in pages] == ["iii", "iv", "1", "2", "1"]


def test_garbled_text_is_flagged(reports):
    report, _ = reports["pdfminer__kampo.pdf"]
    assert "garbled" in (report.reason or "")


def test_a_pathological_file_is_cut_off_by_the_time_budget():
    path = PDFS_WILD / "pdfjs__bug1978317-slow.pdf"
    (report, pages), = list(ingest([path], time_budget_s=3))
    assert report.status == "skipped" and report.reason == "took longer than 3 s (time budget per file)"
