"""Bad input is reported with the file's name and a reason; everything else is still read."""

from pathlib import Path

import pytest
from pdf_factory import make_pdf

from qa.ingest import find_pdfs, ingest
from qa.workers import read_pdfs_in_workers


def run(paths, **options):
    return {r.file: (r, pages) for r, pages in ingest([Path(p) for p in paths], **options)}


@pytest.fixture()
def good_pdf(tmp_path) -> Path:
    return make_pdf(tmp_path / "good.pdf", [["1.1 The first paragraph."], ["1.2 The second paragraph."]], title="Good")


def encrypted_pdf(path: Path, password: str) -> Path:
    from pypdf import PdfReader, PdfWriter

    source = make_pdf(path.with_suffix(".plain.pdf"), [["2.1 A secret paragraph about the case."]])
    writer = PdfWriter()
    for page in PdfReader(str(source)).pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password="owner-" + password, algorithm="AES-256")
    with open(path, "wb") as handle:
        writer.write(handle)
    source.unlink()
    return path


def image_only_pdf(path: Path) -> Path:
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("RGB", (60, 40), "white")
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawString(50, 800, "1.1 A page with text.")
    c.showPage()
    c.drawImage(ImageReader(image), 50, 500, 120, 80)  # a "scanned" page: an image, no text
    c.showPage()
    c.save()
    return path


def test_good_pdf_pages_are_exact(good_pdf):
    report, pages = run([good_pdf])["good.pdf"]
    assert report.status == "indexed" and report.reason is None
    assert (report.pages, report.text_pages, report.title) == (2, 2, "Good")
    assert [p.number for p in pages] == [1, 2]
    assert "second paragraph" in pages[1].text


def test_zero_bytes_not_a_pdf_and_corrupt_files_are_named_with_a_reason(tmp_path, good_pdf):
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "word.pdf").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer <<>>\n%%EOF\n")
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(good_pdf.read_bytes()[: int(good_pdf.stat().st_size * 0.6)])
    results = run([tmp_path / "empty.pdf", tmp_path / "word.pdf", tmp_path / "broken.pdf", truncated, good_pdf])
    assert results["empty.pdf"][0].status == "skipped"
    assert results["empty.pdf"][0].reason == "empty file (0 bytes)"
    assert results["word.pdf"][0].reason == "not a PDF (no %PDF- header)"
    assert results["broken.pdf"][0].status == "skipped"
    assert results["broken.pdf"][0].reason
    assert results["truncated.pdf"][0].status in ("partial", "skipped")
    assert "truncated" in (results["truncated.pdf"][0].reason or "") or results["truncated.pdf"][0].status == "skipped"
    assert results["good.pdf"][0].status == "indexed"  # the others did not stop it


def test_encrypted_pdf_needs_its_password_and_opens_with_it(tmp_path):
    locked = encrypted_pdf(tmp_path / "locked.pdf", "s3cret")
    report, pages = run([locked])["locked.pdf"]
    assert report.status == "skipped"
    assert "needs a password" in report.reason
    report, pages = run([locked], passwords={"locked.pdf": "s3cret"})["locked.pdf"]
    assert report.status == "indexed"
    assert "secret paragraph" in pages[0].text
    report, _ = run([locked], passwords="wrong")["locked.pdf"]
    assert "password given is wrong" in report.reason


def test_aes_encrypted_with_empty_password_opens(tmp_path):
    report, pages = run([encrypted_pdf(tmp_path / "open.pdf", "")])["open.pdf"]
    assert report.status == "indexed", report.reason


def test_image_only_pages_are_counted_and_reported(tmp_path):
    report, pages = run([image_only_pdf(tmp_path / "scan.pdf")])["scan.pdf"]
    assert report.status == "partial"
    assert (report.pages, report.text_pages) == (2, 1)
    assert [(p.page, p.reason) for p in report.problems] == [(2, "no text layer (scanned or image-only?)")]
    assert "no text layer" in report.reason
    assert [p.number for p in pages] == [1]


def test_a_file_over_its_time_budget_is_skipped_and_the_next_is_read(tmp_path, good_pdf):
    other = make_pdf(tmp_path / "other.pdf", [["Another page."]])
    results = dict(read_pdfs_in_workers([(str(good_pdf), None)], time_budget_s=0.0001, workers=1))
    assert "took longer than" in results[0]["error"]
    results = dict(read_pdfs_in_workers([(str(good_pdf), None), (str(other), None)], time_budget_s=60, workers=1))
    assert results[0]["error"] is None and results[1]["error"] is None


def test_find_pdfs_expands_folders_and_reports_missing_paths(tmp_path, good_pdf):
    sub = tmp_path / "sub"
    sub.mkdir()
    make_pdf(sub / "NESTED.PDF", [["x"]])
    (tmp_path / "notes.txt").write_text("not a pdf")
    found, missing = find_pdfs([tmp_path, tmp_path / "nope.pdf"])
    assert sorted(p.name for p in found) == ["NESTED.PDF", "good.pdf"]
    assert [(m.file, m.reason) for m in missing] == [("nope.pdf", "no such file or folder")]
