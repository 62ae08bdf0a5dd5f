"""Build the FICTIONAL Brantwick "Child H" corpus: Word documents made with python-docx,
converted to PDF with LibreOffice headless (soffice --headless --convert-to pdf).

Generator: python-docx 1.2 + LibreOffice Writer 7.4 (soffice), pypdf for the table-of-contents pass.
Run:
    python3 -m venv /tmp/gen-brantwick
    /tmp/gen-brantwick/bin/pip install pypdf python-docx
    apt-get install -y libreoffice-writer        # if soffice is missing
    /tmp/gen-brantwick/bin/python build.py

All text lives in content.py beside this file. The main report is built twice: the first pass finds
the physical page of every heading in the PDF, the second writes those page numbers into the
contents page. Document metadata is fixed, so a rebuild gives the same page text.
Everything in these documents is FICTIONAL.
"""
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

FONT = "DejaVu Sans"
NAVY = RGBColor(0x1F, 0x3A, 0x5F)
FIXED = datetime.datetime(2025, 3, 3, 9, 0, 0)
MAIN_PDF = "brantwick-cspr-child-h-report.pdf"
ES_PDF = "brantwick-cspr-child-h-executive-summary.pdf"


# ---------------------------------------------------------------- helpers
def set_font(run, size=None, bold=None, color=None, italic=None):
    run.font.name = FONT
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), FONT)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if italic is not None:
        run.font.italic = italic
    if color is not None:
        run.font.color.rgb = color


def add_field(paragraph, instr, size=8):
    """Complex field (PAGE / NUMPAGES) so LibreOffice computes it."""
    r1 = paragraph.add_run()
    set_font(r1, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r1._element.append(fc)
    r2 = paragraph.add_run()
    set_font(r2, size)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "
    r2._element.append(it)
    r3 = paragraph.add_run()
    set_font(r3, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r3._element.append(fc)
    r4 = paragraph.add_run("1")
    set_font(r4, size)
    r5 = paragraph.add_run()
    set_font(r5, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r5._element.append(fc)


def shade(cell, hexcolor):
    tcpr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcpr.append(shd)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true"); trpr.append(el)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit"); el.set(qn("w:val"), "true"); trpr.append(el)


def new_document(running_title):
    doc = Document()
    cp = doc.core_properties
    cp.author = "Brantwick Safeguarding Children Partnership (FICTIONAL)"
    cp.title = running_title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "build.py"
    cp.revision = 1

    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    st.paragraph_format.space_after = Pt(6)
    st.paragraph_format.line_spacing = 1.25
    for name, size in (("Heading 1", 14), ("Heading 2", 11.5)):
        hs = doc.styles[name]
        hs.font.name = FONT
        hs.font.size = Pt(size)
        hs.font.bold = True
        hs.font.color.rgb = NAVY
        hs.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
        hs.paragraph_format.space_before = Pt(14 if name == "Heading 1" else 10)
        hs.paragraph_format.space_after = Pt(6)
        hs.paragraph_format.keep_with_next = True

    sec = doc.sections[0]
    sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.4); sec.bottom_margin = Cm(2.2)
    sec.header_distance = Cm(1.0); sec.footer_distance = Cm(1.0)

    # header: partnership + title + FICTIONAL
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run(f"{C.PARTNERSHIP}\t\t{running_title}")
    set_font(r, 8, color=RGBColor(0x55, 0x55, 0x55))
    hp2 = sec.header.add_paragraph()
    r = hp2.add_run("FICTIONAL \u2014 OFFICIAL: practice review (invented case for testing)")
    set_font(r, 7.5, bold=True, color=RGBColor(0x99, 0x22, 0x22))

    # footer: FICTIONAL left, Page X of Y right
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("FICTIONAL \u2014 practice document\t\tPage ")
    set_font(r, 8)
    add_field(fp, "PAGE")
    r = fp.add_run(" of ")
    set_font(r, 8)
    add_field(fp, "NUMPAGES")
    return doc


def heading(doc, level, num, title):
    p = doc.add_paragraph(style=f"Heading {level}")
    text = f"{num}\t{title}" if num else title
    if num:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.4))
        p.paragraph_format.left_indent = Cm(1.4)
        p.paragraph_format.first_line_indent = Cm(-1.4)
    r = p.add_run(text)
    set_font(r, 14 if level == 1 else 11.5, bold=True, color=NAVY)
    return p


def numbered(doc, num, text, indent=1.4):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(indent)
    pf.first_line_indent = Cm(-indent)
    pf.tab_stops.add_tab_stop(Cm(indent))
    r = p.add_run(f"{num}\t")
    set_font(r, bold=True)
    r = p.add_run(text)
    set_font(r)
    return p



def bullets(doc, items, indent=1.4):
    for it in items:
        p = doc.add_paragraph(style="List Bullet")
        p.paragraph_format.left_indent = Cm(indent + 0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        p.paragraph_format.space_after = Pt(3)
        r = p.add_run(it)
        set_font(r)


def table(doc, widths, header, rows, caption):
    cp = doc.add_paragraph()
    cp.paragraph_format.keep_with_next = True
    r = cp.add_run(caption)
    set_font(r, 9, bold=True, color=NAVY)
    t = doc.add_table(rows=1, cols=len(header))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    hdr = t.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(header):
        c = hdr.cells[i]
        c.width = Cm(widths[i])
        shade(c, "1F3A5F")
        c.paragraphs[0].paragraph_format.space_after = Pt(2)
        rr = c.paragraphs[0].add_run(h)
        set_font(rr, 9, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
    for k, row in enumerate(rows):
        rw = t.add_row()
        cant_split(rw)
        for i, val in enumerate(row):
            c = rw.cells[i]
            c.width = Cm(widths[i])
            if k % 2 == 1:
                shade(c, "EEF2F7")
            para = c.paragraphs[0]
            para.paragraph_format.space_after = Pt(2)
            para.paragraph_format.line_spacing = 1.1
            rr = para.add_run(val)
            set_font(rr, 9.5)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def render(doc, blocks):
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            heading(doc, 1, b[1], b[2])
        elif kind == "h2":
            heading(doc, 2, b[1], b[2])
        elif kind == "p":
            numbered(doc, b[1], b[2], indent=1.6 if b[1].count(".") >= 2 else 1.4)
        elif kind == "u":
            p = doc.add_paragraph(); set_font(p.add_run(b[1]))
        elif kind == "bullets":
            bullets(doc, b[1])
        elif kind == "table":
            table(doc, b[1], b[2], b[3], b[4])
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- main report
def toc_entries():
    return [(b[0], b[1], b[2]) for b in C.MAIN if b[0] in ("h1", "h2")]


def toc_key(num, title):
    return f"{num} {title}" if num else title


def build_main(path_docx, toc_pages):
    doc = new_document("Child H \u2014 Child Safeguarding Practice Review")
    # cover
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph(); set_font(p.add_run(C.PARTNERSHIP), 13, bold=True, color=NAVY)
    p = doc.add_paragraph(); set_font(p.add_run("Child Safeguarding Practice Review"), 24, bold=True, color=NAVY)
    p = doc.add_paragraph(); set_font(p.add_run("Child H"), 30, bold=True)
    p = doc.add_paragraph()
    set_font(p.add_run("A review of multi-agency practice following the serious injury of a baby in May 2024"), 12, italic=True)
    for _ in range(3):
        doc.add_paragraph()
    for line in ("Lead reviewer: Fiona Haldane, independent reviewer",
                 "Endorsed by the safeguarding partners: 14 January 2025",
                 "Date of publication: 3 March 2025"):
        p = doc.add_paragraph(); set_font(p.add_run(line), 11)
    for _ in range(4):
        doc.add_paragraph()
    p = doc.add_paragraph()
    set_font(p.add_run("FICTIONAL. This document describes an invented case. Brantwick, its partnership, "
                       "its agencies and every person named or coded in it are fictional and were created "
                       "to test a question-answering tool."), 9, italic=True)
    page_break(doc)

    # contents
    p = doc.add_paragraph(); set_font(p.add_run("Contents"), 16, bold=True, color=NAVY)
    for kind, num, title in toc_entries():
        p = doc.add_paragraph()
        ind = 0.0 if kind == "h1" else 1.0
        pf = p.paragraph_format
        pf.left_indent = Cm(ind)
        pf.space_after = Pt(3 if kind == "h2" else 5)
        pf.tab_stops.add_tab_stop(Cm(ind + 1.3))
        pf.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        pg = toc_pages.get(toc_key(num, title), "0")
        r = p.add_run(f"{num}\t{title}\t{pg}" if num else f"{title}\t{pg}")
        set_font(r, 10.5 if kind == "h1" else 9.5, bold=(kind == "h1"))
    page_break(doc)

    render(doc, C.MAIN)
    doc.save(path_docx)


def build_es(path_docx):
    doc = new_document("Child H \u2014 Executive summary")
    p = doc.add_paragraph(); set_font(p.add_run(C.PARTNERSHIP), 11, bold=True, color=NAVY)
    p = doc.add_paragraph(); set_font(p.add_run("Child Safeguarding Practice Review: Child H"), 18, bold=True, color=NAVY)
    p = doc.add_paragraph(); set_font(p.add_run("Executive summary"), 15, bold=True)
    p = doc.add_paragraph()
    set_font(p.add_run("FICTIONAL. Published with the full review report. All names, places and agencies are invented."), 8.5, italic=True)
    render(doc, C.ES)
    doc.save(path_docx)


# ---------------------------------------------------------------- conversion
def to_pdf(path_docx, outdir, profile):
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
           "--convert-to", "pdf", "--outdir", outdir, path_docx]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(path_docx))[0] + ".pdf")


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().casefold()


def find_heading_pages(pdf):
    pages = [norm(pg.extract_text()) for pg in PdfReader(pdf).pages]
    found, start = {}, 2  # skip cover and contents
    for kind, num, title in toc_entries():
        key = norm(toc_key(num, title))
        for i in range(start, len(pages)):
            if key in pages[i]:
                found[toc_key(num, title)] = str(i + 1)
                start = i
                break
    return found


def main():
    tmp = tempfile.mkdtemp(prefix="brantwick-")
    profile = os.path.join(tmp, "lo-profile")
    try:
        main_docx = os.path.join(tmp, MAIN_PDF.replace(".pdf", ".docx"))
        build_main(main_docx, {})
        pdf = to_pdf(main_docx, tmp, profile)
        pages = find_heading_pages(pdf)
        for _ in range(2):
            build_main(main_docx, pages)
            pdf = to_pdf(main_docx, tmp, profile)
            again = find_heading_pages(pdf)
            if again == pages:
                break
            pages = again
        shutil.copy(pdf, os.path.join(HERE, MAIN_PDF))
        es_docx = os.path.join(tmp, ES_PDF.replace(".pdf", ".docx"))
        build_es(es_docx)
        shutil.copy(to_pdf(es_docx, tmp, profile), os.path.join(HERE, ES_PDF))
        missing = [t for _, n, t in toc_entries() if toc_key(n, t) not in pages]
        for f in (MAIN_PDF, ES_PDF):
            print(f, len(PdfReader(os.path.join(HERE, f)).pages), "pages")
        if missing:
            print("WARNING: headings not found for contents:", missing)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
