"""Build the FICTIONAL Ravenscar "Baby R" LCSPR corpus (two PDFs) from Word documents.

Generator: python-docx writes two .docx files (main report and executive summary), and
LibreOffice headless (`soffice --headless --convert-to pdf`) turns them into PDFs.

Word features used (all real Word features, nothing typed by hand):
  * automatic multi-level numbering: one numbering definition in numbering.xml
    (levels "%1." for headings, "%1.%2" for paragraphs, "%1.%2.%3" for sub-paragraphs);
    the executive summary has its own definition ("ES%1" paragraphs);
  * a bullet list definition used for bullets inside numbered paragraphs;
  * header (FICTIONAL + partnership name) and footer "Page X of Y" with PAGE / NUMPAGES fields;
  * a contents page (page numbers found by a first conversion pass, then written in);
  * tables with wrapped cells and a repeating heading row (agency involvement, chronology,
    glossary).

All text lives in content.py beside this file. Run:

    python3 -m venv /tmp/gen-ravenscar && /tmp/gen-ravenscar/bin/pip install pypdf python-docx
    /tmp/gen-ravenscar/bin/python eval/dev/ravenscar-docx/build.py

Needs `soffice` (apt-get install -y libreoffice-writer). The text of the PDFs is deterministic;
the PDF metadata dates are fixed after conversion.
"""
import copy
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from datetime import datetime
from pathlib import Path

sys.dont_write_bytecode = True
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from pypdf import PdfReader, PdfWriter

import content as C

HERE = Path(__file__).resolve().parent
FONT = "Liberation Sans"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def lvl(ilvl, fmt, text, left, hanging, bold=False, size=None, start=1):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "",
                                         '<w:sz w:val="%d"/>' % size if size else "")
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:suff w:val="tab"/>'
            f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{left}"/></w:tabs>'
            f'<w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{rpr}</w:lvl>')


def add_numbering(doc, es=False):
    """Define the paragraph numbering (abstractNum 10 -> num 10) and bullets (11 -> 11)."""
    numbering = doc.part.numbering_part.element
    if es:
        levels = (lvl(0, "decimal", "ES%1", 851, 851) +
                  lvl(1, "lowerLetter", "(%2)", 1418, 567))
    else:
        levels = (lvl(0, "decimal", "%1.", 567, 567, bold=True, size=28) +
                  lvl(1, "decimal", "%1.%2", 851, 851) +
                  lvl(2, "decimal", "%1.%2.%3", 1701, 850))
    absnum = parse_xml(f'<w:abstractNum {W} w:abstractNumId="10">'
                       f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>')
    bullets = parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="11"><w:multiLevelType w:val="hybridMultilevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{2126 if es else 1276}" w:hanging="425"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}"/></w:rPr></w:lvl></w:abstractNum>')
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    for a in (absnum, bullets):
        if first_num is not None:
            first_num.addprevious(a)
        else:
            numbering.append(a)
    for n in (10, 11):
        numbering.append(parse_xml(f'<w:num {W} w:numId="{n}"><w:abstractNumId w:val="{n}"/></w:num>'))


def set_num(par, num_id, ilvl):
    ppr = par._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def add_field(par, instr):
    r = par.add_run()
    r._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="begin"/>'))
    r = par.add_run()
    r._r.append(parse_xml(f'<w:instrText {W} xml:space="preserve"> {instr} </w:instrText>'))
    r = par.add_run()
    r._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="separate"/>'))
    par.add_run("1")
    r = par.add_run()
    r._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="end"/>'))


def add_runs(par, text, size=None):
    """Text with **bold** spans."""
    for i, piece in enumerate(re.split(r"\*\*", text)):
        if piece:
            run = par.add_run(piece)
            run.bold = bool(i % 2)
            if size:
                run.font.size = Pt(size)


def setup(doc, header_text):
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    st.font.size = Pt(11.5)
    st.paragraph_format.space_after = Pt(8)
    st.paragraph_format.line_spacing = 1.2
    for name in ("Heading 1", "Heading 2", "Title"):
        hs = doc.styles[name]
        hs.font.name = FONT
        hs.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    doc.styles["Heading 1"].font.size = Pt(14)
    doc.styles["Heading 1"].paragraph_format.space_before = Pt(16)
    doc.styles["Heading 1"].paragraph_format.space_after = Pt(8)
    doc.styles["Heading 2"].font.size = Pt(12)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.4), Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run(header_text)
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    add_field(fp, "PAGE")
    fp.add_run(" of ")
    add_field(fp, "NUMPAGES")
    for r in fp.runs:
        r.font.size = Pt(9)
    props = doc.core_properties
    props.author = "Ravenscar Children's Safeguarding Partnership (FICTIONAL)"
    props.created = props.modified = datetime(2024, 5, 22, 9, 0, 0)
    props.last_modified_by = "FICTIONAL"
    props.revision = 1


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(f'<w:tblHeader {W}/>'))


def shade(cell, fill="D9E2F3"):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def add_table(doc, spec):
    widths, head, rows = spec["widths"], spec["head"], spec["rows"]
    if spec.get("caption"):
        p = doc.add_paragraph()
        add_runs(p, "**" + spec["caption"] + "**", size=10.5)
        p.paragraph_format.keep_with_next = True
    t = doc.add_table(rows=1, cols=len(head))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, h in enumerate(head):
        c = t.rows[0].cells[i]
        c.text = ""
        add_runs(c.paragraphs[0], "**" + h + "**", size=10)
        shade(c)
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            par = cells[i].paragraphs[0]
            add_runs(par, v, size=10)
            par.paragraph_format.space_after = Pt(2)
            par.paragraph_format.line_spacing = 1.0
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def write_body(doc, lines, tables, es=False):
    for line in lines:
        tag, _, text = line.partition(" ")
        if tag == "#":
            p = doc.add_paragraph(style="Heading 1")
            add_runs(p, text)
            if not es:
                set_num(p, 10, 0)
            p.paragraph_format.keep_with_next = True
        elif tag == "##":
            p = doc.add_paragraph(style="Heading 2")
            add_runs(p, text)
            p.paragraph_format.keep_with_next = True
        elif tag == "p":
            p = doc.add_paragraph()
            add_runs(p, text)
            set_num(p, 10, 0 if es else 1)
        elif tag == "pp":
            p = doc.add_paragraph()
            add_runs(p, text)
            set_num(p, 10, 1 if es else 2)
        elif tag == "-":
            p = doc.add_paragraph()
            add_runs(p, text)
            set_num(p, 11, 0)
            p.paragraph_format.space_after = Pt(3)
        elif tag == "u":
            p = doc.add_paragraph()
            add_runs(p, text)
        elif tag == "TABLE":
            add_table(doc, tables[text])
        elif tag == "BREAK":
            page_break(doc)
        else:
            raise ValueError(line)


def cover(doc, lines):
    for i, (text, size, bold) in enumerate(lines):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(14)
        if i == 0:
            p.paragraph_format.space_before = Pt(80)
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
    page_break(doc)


def contents(doc, entries):
    p = doc.add_paragraph(style="Heading 2")
    p.add_run("Contents")
    for text, page in entries:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.space_after = Pt(6)
        p.add_run(f"{text}\t{page}")
    page_break(doc)


def convert(docx_path, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir),
                    str(docx_path)], check=True, capture_output=True)
    return Path(outdir) / (docx_path.stem + ".pdf")


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().casefold()


def fix_metadata(src, dst, title):
    reader = PdfReader(src)
    writer = PdfWriter(clone_from=reader)
    writer.add_metadata({"/Title": title,
                         "/Author": "Ravenscar Children's Safeguarding Partnership (FICTIONAL)",
                         "/Producer": "LibreOffice (via build.py)",
                         "/CreationDate": "D:20240522090000Z", "/ModDate": "D:20240522090000Z"})
    with open(dst, "wb") as fh:
        writer.write(fh)


def build_report(tmp, page_numbers):
    doc = Document()
    setup(doc, C.HEADER)
    add_numbering(doc)
    cover(doc, C.REPORT_COVER)
    headings = [l[2:] for l in C.REPORT if l.startswith("# ")]
    entries = [(f"{i}.  {h}", page_numbers.get(h, "00")) for i, h in enumerate(headings, 1)]
    entries += [(a, page_numbers.get(a, "00")) for a in C.APPENDIX_TITLES]
    contents(doc, entries)
    write_body(doc, C.REPORT, C.TABLES)
    path = Path(tmp) / (C.REPORT_FILE + ".docx")
    doc.save(path)
    return convert(path, tmp), headings


def main():
    if not shutil.which("soffice"):
        sys.exit("soffice not found: apt-get install -y libreoffice-writer")
    with tempfile.TemporaryDirectory() as tmp:
        pdf, headings = build_report(tmp, {})
        # first pass: find the page of each heading (skip cover and contents pages)
        pages = [norm(p.extract_text()) for p in PdfReader(pdf).pages]
        found = {}
        for i, h in enumerate(headings, 1):
            for n, text in enumerate(pages[2:], 3):
                if norm(f"{i}. {h}") in text:
                    found[h] = str(n)
                    break
        for a in C.APPENDIX_TITLES:
            for n, text in enumerate(pages[2:], 3):
                if norm(a) in text:
                    found[a] = str(n)
                    break
        pdf, _ = build_report(tmp, found)
        fix_metadata(pdf, HERE / (C.REPORT_FILE + ".pdf"), "LCSPR Baby R: overview report (FICTIONAL)")

        doc = Document()
        setup(doc, C.HEADER)
        add_numbering(doc, es=True)
        write_body(doc, C.SUMMARY, C.TABLES, es=True)
        path = Path(tmp) / (C.SUMMARY_FILE + ".docx")
        doc.save(path)
        fix_metadata(convert(path, tmp), HERE / (C.SUMMARY_FILE + ".pdf"),
                     "LCSPR Baby R: executive summary (FICTIONAL)")
        if "--keep-docx" in sys.argv:
            for f in Path(tmp).glob("*.docx"):
                shutil.copy(f, HERE / f.name)
    for f in (C.REPORT_FILE, C.SUMMARY_FILE):
        r = PdfReader(HERE / (f + ".pdf"))
        print(f + ".pdf", len(r.pages), "pages")


if __name__ == "__main__":
    main()
