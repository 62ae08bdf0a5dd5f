"""Build the FICTIONAL Cadwell "Child R" Child Practice Review corpus (two PDFs).

Generator: WeasyPrint (HTML + CSS, tested with WeasyPrint 70); pypdf only writes fixed metadata and
PDF page labels afterwards. Everything in the documents is invented; the text lives
in content.py beside this file.

Layout of the review report:
  * front matter (cover, contents, glossary) numbered i, ii, iii in the footer;
  * body restarting at 1: a two-column body (CSS column-count: 2) with full-width section
    headings (column-span: all), paragraph numbers printed at the start of each paragraph,
    footnotes (CSS float: footnote), one pull quote across both columns, one shaded sidebar box
    inside a column; Appendix A is a single-column chronology table with wrapped cells.
  The front matter and the body are rendered as two WeasyPrint documents (so that the page counter
  restarts at 1) and their pages are joined into one PDF by WeasyPrint. The contents page numbers
  are taken from the body's own bookmarks. pypdf then adds PDF /PageLabels (i-iii, then 1...)
  and fixed metadata.

The companion document is a two-page letter from the Board's independent chair to a (fictional)
Welsh Government-style minister.

Run:
    python3 -m venv /tmp/gen-cadwell && /tmp/gen-cadwell/bin/pip install weasyprint pypdf
    /tmp/gen-cadwell/bin/python eval/dev/cadwell-cpr/build.py
"""
import io
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from weasyprint import HTML

import sys
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import content as C  # noqa: E402

REPORT = HERE / "cadwell-cpr-child-r-report.pdf"
LETTER = HERE / "cadwell-chair-letter-to-minister.pdf"
FIXED = "D:20241104090000+00'00'"
FOOT = "FICTIONAL \u2014 practice document \u00b7 " + C.REVIEW_REF

BASE_CSS = """
html { font-variant-ligatures: none; font-kerning: normal; }
body { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.52; color: #111; margin: 0;
       hyphens: manual; }
h1, h2, h3, .boxhead, .pull, th { font-family: 'DejaVu Sans', sans-serif; }
"""

PAGE_CSS = """
@page { size: A4; margin: 22mm 18mm 24mm 18mm;
  @top-left { content: "Child Practice Review Report \u2014 Child R"; font: 7.5pt 'DejaVu Sans'; color: #23566b; }
  @top-right { content: "%(board)s"; font: 7.5pt 'DejaVu Sans'; color: #23566b; }
  @bottom-left { content: "%(foot)s"; font: 7.5pt 'DejaVu Sans'; color: #555; }
  @bottom-right { content: %(counter)s; font: bold 9pt 'DejaVu Sans'; color: #222; }
  @footnote { border-top: 0.5pt solid #888; padding-top: 1.5mm; margin-top: 3mm; }
}
"""


def page_css(counter):
    return PAGE_CSS % {"board": C.BOARD, "foot": FOOT, "counter": counter}


BODY_CSS = """
.cols { column-count: 2; column-gap: 9mm; column-fill: auto; text-align: justify; }
h2 { column-span: all; font-size: 13pt; color: #23566b; border-bottom: 1.2pt solid #23566b;
     margin: 6mm 0 3mm 0; padding-bottom: 1mm; break-after: avoid; }
h2 .hn { display: inline-block; min-width: 8mm; }
h3 { font-size: 9.6pt; color: #23566b; margin: 3mm 0 1.5mm 0; break-after: avoid; }
p { margin: 0 0 2.2mm 0; orphans: 2; widows: 2; }
.pn { font-family: 'DejaVu Sans', sans-serif; font-weight: bold; color: #23566b; font-size: 9pt; }
.fn { float: footnote; font-size: 7.6pt; line-height: 1.35; text-align: left; }
.fn::footnote-call { content: counter(footnote); vertical-align: super; font-size: 6.5pt; }
.fn::footnote-marker { content: counter(footnote) ". "; }
.pull { column-span: all; margin: 4mm 14mm; padding: 3mm 0; border-top: 2pt solid #b5533c;
        border-bottom: 2pt solid #b5533c; font-size: 13pt; line-height: 1.35; color: #b5533c;
        text-align: center; font-style: italic; }
.pull .who { display: block; font-size: 8.5pt; font-style: normal; color: #444; margin-top: 1.5mm; }
.box { background: #e3eef2; border-left: 3pt solid #23566b; padding: 3mm 3.5mm; margin: 2mm 0 3mm 0;
       font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; line-height: 1.4; text-align: left; }
.box .boxhead { font-weight: bold; color: #23566b; margin-bottom: 1.5mm; }
.box p { margin: 0 0 1.5mm 0; }
.sig { border: 0.6pt solid #999; padding: 2.5mm 3mm; font-size: 9pt; margin-top: 3mm; }
.sig p { margin: 0 0 1mm 0; }
.appendix { break-before: page; }
.appendix h2 { column-span: none; }
table.chron { width: 100%; border-collapse: collapse; font-family: 'DejaVu Sans', sans-serif;
              font-size: 8.2pt; line-height: 1.3; }
table.chron th { background: #23566b; color: #fff; text-align: left; padding: 1.6mm; }
table.chron td { border-bottom: 0.5pt solid #aaa; padding: 1.4mm 1.6mm; vertical-align: top; }
table.chron tr:nth-child(even) td { background: #f1f5f7; }
table.chron thead { display: table-header-group; }
table.chron tr { break-inside: avoid; }
"""

FRONT_CSS = """
.page { break-after: page; }
.page:last-child { break-after: auto; }
.cover { text-align: left; }
.cover .band { background: #23566b; color: #fff; padding: 14mm 10mm; margin-top: 22mm; }
.cover .band h1 { font-size: 24pt; margin: 0 0 4mm 0; }
.cover .band .sub { font-family: 'DejaVu Sans', sans-serif; font-size: 13pt; }
.cover .meta { margin-top: 14mm; font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; line-height: 1.7; }
.cover .fict { margin-top: 20mm; border: 1pt solid #b5533c; color: #b5533c; padding: 4mm;
               font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }
h2 { font-size: 15pt; color: #23566b; border-bottom: 1.2pt solid #23566b; padding-bottom: 1mm; }
table.toc { width: 100%; border-collapse: collapse; font-size: 10.5pt; }
table.toc td { padding: 2mm 0; border-bottom: 0.4pt dotted #999; }
table.toc td.n { width: 10mm; } table.toc td.pg { text-align: right; width: 15mm; }
table.gl { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
table.gl td { padding: 1.2mm 2mm; border-bottom: 0.4pt solid #ccc; vertical-align: top; }
table.gl td.code { font-family: 'DejaVu Sans', sans-serif; font-weight: bold; width: 18mm; }
"""


def doc(css, body):
    return ("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            "<title>Child Practice Review Report \u2014 Child R (FICTIONAL)</title>"
            "<meta name='author' content='" + C.BOARD + " (FICTIONAL)'>"
            "<meta name='dcterms.created' content='2024-11-04T09:00:00Z'>"
            "<meta name='dcterms.modified' content='2024-11-04T09:00:00Z'>"
            f"<style>{BASE_CSS}{css}</style></head><body>{body}</body></html>")


def body_html():
    rows = "".join(f"<tr><td>{d}</td><td>{t}</td><td>{a}</td><td>{e}</td><td>{r}</td></tr>"
                   for d, t, a, e, r in C.CHRONOLOGY)
    appendix = ("<div class='appendix'>"
                "<h2 id='sA'><span class='hn'>A</span> Appendix A: summary chronology</h2>"
                "<p>The table summarises the merged agency chronology. Dates are written as dd/mm/yyyy and "
                "times as recorded by each agency. A dash means that the agency did not record a time or "
                "that no individual role code applies.</p>"
                "<table class='chron'><thead><tr><th style='width:17mm'>Date</th><th style='width:15mm'>Time</th>"
                "<th style='width:30mm'>Agency</th><th>Event</th><th style='width:18mm'>Role</th></tr></thead>"
                f"<tbody>{rows}</tbody></table></div>")
    return doc(page_css("counter(page)") + BODY_CSS, f"{C.BODY}</div>{appendix}")


def front_html(toc):
    cover = (
        "<div class='page cover'>"
        "<div class='band'><h1>Child Practice Review Report</h1>"
        f"<div class='sub'>{C.BOARD}<br>Concise Child Practice Review: Child R<br>Reference {C.REVIEW_REF}</div></div>"
        "<div class='meta'>Reviewers: Eleri Vaughan-Rhys (independent reviewer) and Dafydd Morgans<br>"
        "Chair of review panel: Siân Elwy-Harries<br>"
        "Date of learning event: 22 May 2024<br>"
        "Date report presented to the Board: 17 October 2024</div>"
        "<div class='fict'>FICTIONAL. This document was written to test a question-answering system. "
        "Child R, his family, the practitioners, the agencies and the places named are all invented.</div>"
        "</div>")
    toc_rows = "".join(f"<tr><td class='n'>{n}</td><td>{t}</td><td class='pg'>{p}</td></tr>" for n, t, p in toc)
    contents = ("<div class='page'><h2>Contents</h2>"
                f"<table class='toc'>{toc_rows}<tr><td class='n'></td><td>Glossary of role codes</td>"
                "<td class='pg'>iii</td></tr></table>"
                "<p style='margin-top:8mm;font-size:9pt'>Page numbers in the body of the report start at 1 on the "
                "first page of section 1. The cover, this page and the glossary are numbered i to iii.</p></div>")
    gl = "".join(f"<tr><td class='code'>{c}</td><td>{d}</td></tr>" for c, d in C.GLOSSARY)
    glossary = ("<div class='page'><h2>Glossary of role codes and terms</h2>"
                "<p style='font-size:9.5pt'>Practitioners are not named in this report. Each is given a role code, "
                "used consistently in the text and in Appendix A.</p>"
                f"<table class='gl'>{gl}</table></div>")
    return doc(page_css("counter(page, lower-roman)") + FRONT_CSS, cover + contents + glossary)


LETTER_CSS = """
@page { size: A4; margin: 20mm 24mm 24mm 24mm;
  @bottom-left { content: "FICTIONAL \u2014 practice document \u00b7 not a real letter"; font: 7.5pt 'DejaVu Sans'; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'DejaVu Sans'; color: #222; }
}
body { font-size: 10.6pt; line-height: 1.55; }
.lh { border-bottom: 2pt solid #23566b; padding-bottom: 3mm; margin-bottom: 8mm; font-family: 'DejaVu Sans', sans-serif; }
.lh .org { font-size: 14pt; color: #23566b; font-weight: bold; }
.lh .addr { font-size: 8.5pt; color: #444; }
.to { margin-bottom: 6mm; }
p { margin: 0 0 3.2mm 0; text-align: justify; }
ul { margin: 0 0 3.2mm 0; } li { margin-bottom: 2mm; }
.sig { margin-top: 8mm; }
.cc { margin-top: 8mm; font-size: 9pt; }
"""


def letter_html():
    paras = "".join(f"<p>{t}</p>" for t in C.LETTER_PARAS)
    asks = "".join(f"<li>{t}</li>" for t in C.LETTER_ASKS)  # bulleted, not numbered
    paras2 = "".join(f"<p>{t}</p>" for t in C.LETTER_PARAS_2)
    body = (
        f"<div class='lh'><div class='org'>{C.BOARD}</div>"
        "<div class='addr'>Regional Safeguarding Board business unit \u00b7 Tŷ Cadwell \u00b7 Stryd y Bont \u00b7 "
        "Porth Cadwell CW4 1RB \u00b7 FICTIONAL</div></div>"
        "<div class='to'>Nia Bevan-Howells MS<br>Minister for Children and Social Care<br>"
        "Welsh Government (fictional office)<br>Bae Caerwen</div>"
        "<p>Our reference: CVRSB/CPR/02-2024/RCE<br>Date: 4 November 2024</p>"
        "<p>Dear Minister,</p>"
        "<p><b>Concise Child Practice Review: Child R (CVRSB CPR 02/2024)</b></p>"
        f"{paras}<ul>{asks}</ul>{paras2}"
        "<p>Yours sincerely,</p>"
        "<div class='sig'><b>Rhodri Castell-Evans</b><br>Independent Chair<br>" + C.BOARD + "</div>"
        "<div class='cc'>Enclosure: Child Practice Review Report, Child R (embargoed until 25 November 2024)<br>"
        "Copy to: Chief Inspector of Care and Social Services (fictional office); Chief Executive, Cadwell County Borough "
        "Council; Chief Executive, Cadwell Valleys University Health Board; Chief Constable, Dyfnant Police</div>")
    return doc(LETTER_CSS, body)


def finish(pdf_bytes, out, labels=None):
    reader = PdfReader(io.BytesIO(pdf_bytes))
    writer = PdfWriter(clone_from=reader)
    writer.add_metadata({"/CreationDate": FIXED, "/ModDate": FIXED, "/Producer": "WeasyPrint (build.py)",
                         "/Title": "FICTIONAL " + out.stem})
    if labels:
        for start, end, style, first in labels:
            writer.set_page_label(start, end, style=style, start=first)
    writer._ID = None
    with open(out, "wb") as fh:
        writer.write(fh)


def check_text(path):
    """Fail loudly if the layout engine dropped any numbered paragraph or heading."""
    import re
    text = " ".join(p.extract_text() for p in PdfReader(str(path)).pages)
    text = re.sub(r"\s+", " ", text)
    nums = re.findall(r'P\("([0-9.]+)"', (HERE / "content.py").read_text(encoding="utf-8"))
    missing = [n for n in nums if not re.search(r"(^|\s)" + re.escape(n) + r" ", text)]
    for h in ["Statement by reviewers", "Improving systems and practice", "Appendix A: summary chronology"]:
        if h not in text:
            missing.append(h)
    if missing:
        raise SystemExit(f"{path.name}: missing from the PDF text: {missing}")


def main():
    body = HTML(string=body_html(), base_url=str(HERE)).render()
    pages = {}

    def walk(marks):
        for m in marks:
            label, dest, children = m[0], m[1], m[2]
            pages[label.strip()] = dest[0] + 1
            walk(children)
    walk(body.make_bookmark_tree())
    toc = []
    for key, label in [("1", "Brief outline of circumstances resulting in the review"),
                       ("2", "Terms of reference and how the review was carried out"),
                       ("3", "Child R and his family"),
                       ("4", "Practice and organisational learning: key episodes"),
                       ("5", "Analysis and findings"),
                       ("6", "Improving systems and practice"),
                       ("7", "Statement by reviewers"),
                       ("A", "Appendix A: summary chronology")]:
        pg = next(v for k, v in pages.items() if k.startswith(key + " "))
        toc.append((key, label, pg))
    front = HTML(string=front_html(toc), base_url=str(HERE)).render()
    combined = front.copy(front.pages + body.pages)
    nfront, n = len(front.pages), len(front.pages) + len(body.pages)
    finish(combined.write_pdf(), REPORT,
           labels=[(0, nfront - 1, "/r", 1), (nfront, n - 1, "/D", 1)])
    check_text(REPORT)
    letter = HTML(string=letter_html(), base_url=str(HERE)).render()
    finish(letter.write_pdf(), LETTER)
    print(f"{REPORT.name}: {n} pages ({nfront} front matter); {LETTER.name}: {len(letter.pages)} pages")


if __name__ == "__main__":
    main()
