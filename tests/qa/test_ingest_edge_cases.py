"""Ingest edge cases found by the reliability tests.

1. A PDF whose font map decodes to lone UTF-16 surrogates (pypdf decodes ToUnicode maps with
   "surrogatepass") is indexed, not fatal: before the fix, writing the index raised UnicodeEncodeError and
   the whole build failed ("indexing failed"), costing every other file too.
2. A document whose every page holds the same text (sf__habibi-rotated.pdf) is not emptied by the running
   header remover: before the fix it was skipped, "no text to index after cleaning".
"""

from __future__ import annotations

from pathlib import Path

from pdf_factory import make_pdf

import qa
from qa.ingest import ingest
from qa.pdfread import read_pdf

CMAP = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /Broken def 1 begincodespacerange <00> <FF> endcodespacerange
2 beginbfchar <41> <D800> <42> <DC00> endbfchar
2 beginbfrange <20> <39> <0020> <43> <7A> <0043> endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end"""


def broken_font_map_pdf(path: Path, text: bytes) -> Path:
    """One page of Helvetica text whose /ToUnicode maps 'A' to U+D800 and 'B' to U+DC00 (halves of a pair)."""
    content = b"BT /F1 12 Tf 72 720 Td (" + text + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(CMAP) + CMAP + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def test_lone_surrogates_from_a_broken_font_map_become_valid_text(tmp_path):
    pdf = broken_font_map_pdf(tmp_path / "broken.pdf", b"The meeting was held on 3 May 2007 AB A B.")
    result = read_pdf(str(pdf))
    text = result["pages"][0]
    text.encode("utf-8")  # storable
    assert "3 May 2007 \U00010000" in text  # a high + low half that pair up become the character they spell
    assert "\ufffd" in text  # a lone half becomes U+FFFD


def test_a_file_with_a_broken_font_map_does_not_cost_the_others(tmp_path):
    folder = tmp_path / "pdfs"
    folder.mkdir()
    broken_font_map_pdf(folder / "broken.pdf", b"The meeting was held on 3 May 2007 A.")
    make_pdf(folder / "good.pdf", [["1.1 The review conference was held on 17 May 2007."]], title="Good")
    info = qa.build_index([str(folder)], str(tmp_path / "index"))
    assert {r.file: r.status for r in info.files} == {"broken.pdf": "indexed", "good.pdf": "indexed"}
    good = qa.ask("When was the review conference held?", str(tmp_path / "index"))
    broken = qa.ask("When was the meeting held?", str(tmp_path / "index"))
    # the span (shown alone, or inside its clause when the reader is less sure of it)
    assert good.short_answer == "17 May 2007" and "17 May 2007" in good.answer
    assert broken.short_answer == "3 May 2007" and "3 May 2007" in broken.answer


def test_a_document_whose_pages_all_say_the_same_thing_keeps_its_text(tmp_path):
    pdf = make_pdf(tmp_path / "same.pdf", [["Safeguarding notice for every family"]] * 4)
    (report, pages), = list(ingest([pdf]))
    assert report.status == "indexed" and report.text_pages == 4
    assert [p.text for p in pages] == ["Safeguarding notice for every family"] * 4
    info = qa.build_index([str(pdf)], str(tmp_path / "index"))
    assert info.counts() == {"indexed": 1, "partial": 0, "skipped": 0} and info.passages >= 1


def test_a_running_header_is_still_removed_when_pages_have_other_text(tmp_path):
    words = ["first", "second", "third", "fourth"]
    pdf = make_pdf(tmp_path / "h.pdf", [["RUNNING HEADER", f"The {w} paragraph of the report."] for w in words])
    (report, pages), = list(ingest([pdf]))
    assert [p.text for p in pages] == [f"The {w} paragraph of the report." for w in words]
