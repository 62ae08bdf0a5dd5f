#!/usr/bin/env python3
"""Build the FICTIONAL Harlowe Vale "Child R" corpus (dev corpus quenby-pdfkit).

Generator: Chromium headless print-to-PDF (Debian package `chromium`, run as
`chromium --headless --print-to-pdf`), driven from Python. Each page is laid out as a
fixed A4 box in HTML/CSS (CSS multi-column text with `column-fill: balance`, full-width
section bands, footnotes at the page foot, running header and footer). pypdf then
adds /PageLabels (i, ii, iii then 1, 2, ...) and fixed metadata for a deterministic text.

Run:  /tmp/gen-quenby/bin/python build.py      (needs `pypdf` and /usr/bin/chromium)
All text lives in content.py beside this file. Everything is fictional.
"""
import os, subprocess, tempfile, shutil
from pypdf import PdfReader, PdfWriter
import content as C

HERE = os.path.dirname(os.path.abspath(__file__))

CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; color: #1f1f2e; }
.page { width: 210mm; height: 297mm; position: relative; overflow: hidden; page-break-after: always;
        padding: 20mm 16mm 18mm 16mm; display: flex; flex-direction: column; }
.page:last-child { page-break-after: auto; }
.rh { position: absolute; top: 8mm; left: 16mm; right: 16mm; font-size: 7.5pt; color: #5b2a86;
      border-bottom: 0.6pt solid #5b2a86; padding-bottom: 1.5mm; }
.rf { position: absolute; bottom: 7mm; left: 16mm; right: 16mm; font-size: 7.5pt; color: #444;
      display: flex; justify-content: space-between; border-top: 0.6pt solid #bbb; padding-top: 1.5mm; }
.main { flex: 1; overflow: hidden; }
.band { background: #5b2a86; color: #fff; font-weight: bold; font-size: 12pt; padding: 2.2mm 4mm;
        margin: 2mm 0 3mm 0; }
.cols { column-count: 2; column-gap: 8mm; column-fill: balance; font-size: 10pt; line-height: 1.45;
        text-align: left; margin-bottom: 2mm; }
.cols p { margin: 0 0 2.2mm 0; }
.pn { font-weight: bold; color: #5b2a86; margin-right: 1.2mm; }
.cont { text-indent: 0; }
h3 { font-size: 10pt; color: #5b2a86; margin: 2.5mm 0 1.5mm 0; break-after: avoid; }
sup { font-size: 6pt; line-height: 0; }
.notes { border-top: 0.6pt solid #888; padding-top: 1.5mm; font-size: 7pt; line-height: 1.3; color: #333;
         width: 60%; margin-bottom: 2mm; }
.notes p { margin: 0 0 1mm 0; }
.pull { font-family: 'DejaVu Serif', Georgia, serif; font-size: 12.5pt; font-style: italic; color: #5b2a86;
        border-top: 2pt solid #e0a21b; border-bottom: 2pt solid #e0a21b; padding: 3mm 1mm; margin: 3mm 0;
        break-inside: avoid; }
.pull span { display: block; font-size: 8pt; font-style: normal; color: #444; margin-top: 1.5mm; }
.side { background: #fbf0d4; border-left: 3pt solid #e0a21b; padding: 3mm; margin: 2.5mm 0; break-inside: avoid;
        font-size: 8.5pt; }
.side h4 { margin: 0 0 1.5mm 0; font-size: 9.5pt; color: #7a4b00; }
.side p { margin: 0; }
.tbl { width: 100%; border-collapse: collapse; font-size: 8pt; margin: 1mm 0 4mm 0; }
.tbl caption { text-align: left; font-weight: bold; font-size: 9pt; padding-bottom: 1.5mm; color: #5b2a86; }
.tbl th { background: #e8def2; text-align: left; padding: 1.5mm; border: 0.5pt solid #9a86b0; }
.tbl td { padding: 1.5mm; border: 0.5pt solid #9a86b0; vertical-align: top; }
.tbl td:nth-child(1) { width: 17mm; } .tbl td:nth-child(2) { width: 16mm; }
.tbl td:nth-child(3) { width: 68mm; }
.cover { height: 100%; background: #5b2a86; color: #fff; margin: -20mm -16mm -18mm -16mm; padding: 40mm 20mm; }
.cv-org { font-size: 13pt; font-weight: bold; border-bottom: 1pt solid #e0a21b; padding-bottom: 4mm; }
.cover h1 { font-size: 30pt; margin: 40mm 0 4mm 0; } .cover h2 { font-size: 24pt; color: #e0a21b; margin: 0; }
.cv-sub { font-size: 13pt; margin-top: 10mm; } .cv-meta { margin-top: 40mm; font-size: 10pt; }
.cv-fic { margin-top: 15mm; font-size: 9pt; color: #f3e3b5; }
.toc { width: 100%; font-size: 10pt; border-collapse: collapse; margin-bottom: 6mm; }
.toc td { padding: 1.6mm 0; border-bottom: 0.5pt dotted #999; } .toc td:last-child { text-align: right; }
.gl { margin: 0 0 2mm 0; } .sig { margin-top: 5mm; font-style: italic; }
.end { font-style: italic; color: #444; }
.bhead { background: #e0a21b; margin: -6mm -16mm 4mm -16mm; padding: 8mm 16mm; }
.borg { font-size: 10pt; font-weight: bold; color: #5b2a86; }
.bhead h1 { font-size: 20pt; margin: 3mm 0; color: #2a1140; } .bsub { margin: 0; font-size: 9.5pt; }
.bp { font-size: 10.5pt; line-height: 1.45; margin: 0 0 3mm 0; }
.bl li, .bq li { font-size: 10.5pt; line-height: 1.45; margin-bottom: 2.5mm; }
.fic { color: #5b2a86; font-style: italic; }
"""

def render(pages, run_head, doc_foot):
    out = []
    for pg in pages:
        head = "" if pg["kind"] == "cover" else f'<div class="rh">{run_head}</div>'
        folio = pg["label"]
        foot = f'<div class="rf"><span>FICTIONAL &mdash; {doc_foot}</span><span>{folio}</span></div>'
        if pg["kind"] == "cover":
            foot = f'<div class="rf" style="color:#fff;border-top-color:#e0a21b"><span>FICTIONAL &mdash; {doc_foot}</span><span></span></div>'
        notes = f'<div class="notes">{pg["notes"]}</div>' if pg["notes"] else ""
        out.append(f'<div class="page">{head}<div class="main">{pg["html"]}</div>{notes}{foot}</div>')
    return f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><style>{CSS}</style></head><body>{"".join(out)}</body></html>'

def chromium_pdf(html, out_pdf, labels, title):
    tmp = tempfile.mkdtemp()
    try:
        src = os.path.join(tmp, "doc.html"); raw = os.path.join(tmp, "raw.pdf")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--user-data-dir=" + os.path.join(tmp, "prof"), "--print-to-pdf=" + raw, "file://" + src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        r = PdfReader(raw); w = PdfWriter()
        for p in r.pages:
            w.add_page(p)
        assert len(r.pages) == len(labels), (out_pdf, len(r.pages), len(labels))
        # page labels: roman front matter then arabic
        nroman = sum(1 for l in labels if not l.isdigit())
        if nroman:
            w.set_page_label(0, nroman - 1, style="/r", start=1)
        w.set_page_label(nroman, len(labels) - 1, style="/D", start=1)
        w.add_metadata({"/Title": title, "/Author": "Harlowe Vale Safeguarding Children Partnership (FICTIONAL)",
                        "/Producer": "Chromium headless + pypdf", "/Creator": "build.py",
                        "/CreationDate": "D:20250318090000Z", "/ModDate": "D:20250318090000Z"})
        with open(out_pdf, "wb") as f:
            w.write(f)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

def main():
    chromium_pdf(render(C.MAIN, C.MAIN_RUN, "Harlowe Vale CSPR: Child R"),
                 os.path.join(HERE, "harlowe-vale-cspr-child-r.pdf"), [p["label"] for p in C.MAIN], C.MAIN_TITLE)
    chromium_pdf(render(C.BRIEF, C.BRIEF_RUN, "practice briefing, Child R"),
                 os.path.join(HERE, "harlowe-vale-child-r-practice-briefing.pdf"), [p["label"] for p in C.BRIEF],
                 "Practice briefing: Child R")

if __name__ == "__main__":
    main()
