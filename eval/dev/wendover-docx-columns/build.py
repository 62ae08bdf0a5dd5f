"""Build the FICTIONAL Wendover Vale "Child S" corpus.

Generator: python-docx writes two Word documents (.docx), and LibreOffice headless
(`soffice --headless --convert-to pdf`) converts them to PDF. The text lives in content.py.

Run:
    python3 -m venv /tmp/gen-wendover && /tmp/gen-wendover/bin/pip install pypdf python-docx
    /tmp/gen-wendover/bin/python build.py

The report has a one-column cover and contents, then the body in two-column Word sections
(w:cols w:num="2") with full-width headings in their own one-column continuous sections, real
Word footnotes (a footnotes part added through the XML), shaded one-cell sidebar tables, a bordered
pull quote, a full-width chronology table with a repeated header row, and a "Page X of Y" footer
(PAGE / NUMPAGES fields) that starts at 1 after the contents page.
"""
import copy
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.oxml import OxmlElement

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import content as C  # noqa: E402

REPORT = "wendover-cspr-child-s-report.pdf"
BRIEF = "wendover-child-s-seven-minute-briefing.pdf"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def base_doc(font_size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(font_size)
    st.paragraph_format.space_after = Pt(5)
    d.core_properties.author = "Wendover Vale Safeguarding Partnership (FICTIONAL)"
    d.core_properties.title = C.TITLE
    import datetime
    fixed = datetime.datetime(2025, 3, 14, 9, 0, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.last_modified_by = "build.py"
    d.core_properties.revision = 1
    s = d.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(2.0)
    s.top_margin, s.bottom_margin = Cm(2.2), Cm(2.2)
    return d


def set_cols(section, num, space_cm=0.9):
    sp = section._sectPr
    for c in sp.findall(qn("w:cols")):
        sp.remove(c)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(space_cm * 567)))
    sp.append(cols)


def add_field(par, instr, size=None):
    for kind, txt in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        r = par.add_run()
        if size:
            r.font.size = size
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = f" {txt} "
            r._r.append(it)
        elif kind == "text":
            r.text = txt
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)


def header_footer(section, text, with_pages, start_at=None):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(text)
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = section.footer.paragraphs[0]
    fp.text = ""
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("FICTIONAL practice document")
    r.font.size = Pt(8)
    if with_pages:
        fp.add_run("   |   Page ").font.size = Pt(8)
        add_field(fp, "PAGE", Pt(8))
        fp.add_run(" of ").font.size = Pt(8)
        add_field(fp, "NUMPAGES", Pt(8))
    if start_at is not None:
        pg = OxmlElement("w:pgNumType")
        pg.set(qn("w:start"), str(start_at))
        section._sectPr.append(pg)


# ---------------------------------------------------------------- footnotes
FN_XML = (f'<w:footnotes {nsdecls("w")}>'
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
          '</w:footnotes>')


class Footnotes:
    def __init__(self, doc):
        self.el = parse_xml(FN_XML)
        self.doc = doc

    def add(self, fid, text):
        from xml.sax.saxutils import escape
        self.el.append(parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'))

    def attach(self):
        from lxml import etree
        blob = etree.tostring(self.el, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def add_rich(par, text, size=None):
    """**bold** and [^k] footnote references."""
    for tok in re.split(r"(\*\*.+?\*\*|\[\^\d+\])", text):
        if not tok:
            continue
        if tok.startswith("**"):
            r = par.add_run(tok[2:-2])
            r.bold = True
        elif tok.startswith("[^"):
            fid = tok[2:-1]
            r = par.add_run()
            rpr = r._r.get_or_add_rPr()
            va = OxmlElement("w:vertAlign")
            va.set(qn("w:val"), "superscript")
            rpr.append(va)
            ref = OxmlElement("w:footnoteReference")
            ref.set(qn("w:id"), fid)
            r._r.append(ref)
        else:
            r = par.add_run(tok)
        if size:
            r.font.size = size


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table_borders(table, color="888888"):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="{color}"/>'
            for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>'))


def add_box(doc, title, lines):
    t = doc.add_table(rows=1, cols=1)
    table_borders(t, "7A9CB8")
    t.autofit = False
    t.columns[0].width = Cm(7.8)
    c = t.cell(0, 0)
    c.width = Cm(7.8)
    shade(c, "DCE8F2")
    p = c.paragraphs[0]
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(11)
    for ln in lines:
        q = c.add_paragraph()
        rr = q.add_run(ln)
        rr.font.size = Pt(9.5)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def add_quote(doc, text):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="12" w:space="4" w:color="7A1F3D"/>'
        f'<w:bottom w:val="single" w:sz="12" w:space="4" w:color="7A1F3D"/></w:pBdr>'))
    p.paragraph_format.left_indent = Cm(0.3)
    p.paragraph_format.right_indent = Cm(0.3)
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(10)
    r = p.add_run(text)
    r.italic = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x7A, 0x1F, 0x3D)


def add_chron(doc):
    cap = doc.add_paragraph()
    cap.paragraph_format.keep_with_next = True
    r = cap.add_run("Table 1: Chronology of key agency contacts, March 2022 to January 2024")
    r.bold = True
    t = doc.add_table(rows=1, cols=4)
    table_borders(t)
    widths = [Cm(2.3), Cm(1.5), Cm(4.2), Cm(9.0)]
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = w
    hdr = t.rows[0]
    trPr = hdr._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    for i, h in enumerate(("Date", "Time", "Agency", "Event")):
        c = hdr.cells[i]
        c.width = widths[i]
        shade(c, "D9D9D9")
        rr = c.paragraphs[0].add_run(h)
        rr.bold = True
        rr.font.size = Pt(9)
    for row in C.CHRON:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].width = widths[i]
            rr = cells[i].paragraphs[0].add_run(v)
            rr.font.size = Pt(9)
            cells[i].paragraphs[0].paragraph_format.space_after = Pt(1)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def heading(doc, text, size=14):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(8)
    p.paragraph_format.keep_with_next = True
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="8" w:space="2" w:color="1F3D7A"/></w:pBdr>'))
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x1F, 0x3D, 0x7A)
    return p


def build_report(outdir):
    d = base_doc(11.5)
    fn = Footnotes(d)
    for k, v in C.FOOTNOTES.items():
        fn.add(k, v)
    s0 = d.sections[0]
    header_footer(s0, C.RUNNING, False)
    # cover
    for i, line in enumerate(C.COVER):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.space_before = Pt(60 if i == 0 else 6)
        r = p.add_run(line)
        r.bold = i < 3
        r.font.size = Pt([16, 20, 36, 13][i])
        r.font.color.rgb = RGBColor(0x1F, 0x3D, 0x7A)
    sp = d.add_paragraph()
    sp.paragraph_format.space_before = Pt(120)
    for line in C.COVER_LINES:
        p = d.add_paragraph()
        r = p.add_run(line)
        r.font.size = Pt(11)
    # contents
    s1 = d.add_section(WD_SECTION.NEW_PAGE)
    heading(d, "Contents", 16)
    for n, t in C.CONTENTS:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.2))
        p.add_run(f"{n}\t{t}").font.size = Pt(12)
    p = d.add_paragraph()
    p.add_run("Table 1\tChronology of key agency contacts (in Section 4)").font.size = Pt(12)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    p.add_run("Paragraphs are numbered by section (for example 4.7 is the seventh paragraph of Section 4). "
              "Notes appear as footnotes at the foot of the page. This is a FICTIONAL document.").italic = True
    first_body = True
    for num, title, blocks in C.SECTIONS:
        sec = d.add_section(WD_SECTION.NEW_PAGE if first_body else WD_SECTION.CONTINUOUS)
        set_cols(sec, 1)
        if first_body:
            header_footer(sec, C.RUNNING, True, start_at=1)
            first_body = False
        heading(d, f"{num}. {title}")
        sec = d.add_section(WD_SECTION.CONTINUOUS)
        set_cols(sec, 2)
        for b in blocks:
            if b[0] == "p":
                p = d.add_paragraph()
                p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                add_rich(p, b[1])
            elif b[0] == "box":
                add_box(d, b[1], b[2])
            elif b[0] == "quote":
                add_quote(d, b[1])
            elif b[0] == "chron":
                sec = d.add_section(WD_SECTION.CONTINUOUS)
                set_cols(sec, 1)
                add_chron(d)
                sec = d.add_section(WD_SECTION.CONTINUOUS)
                set_cols(sec, 2)
    # the final sectPr (body) – two columns already set on the last added section
    fn.attach()
    docx = outdir / "wendover-cspr-child-s-report.docx"
    d.save(docx)
    return docx


def build_briefing(outdir):
    d = base_doc(13)
    s = d.sections[0]
    header_footer(s, "FICTIONAL — Wendover Vale Safeguarding Partnership — seven-minute briefing", True)
    p = d.add_paragraph()
    r = p.add_run(C.BRIEFING_TITLE)
    r.bold = True
    r.font.size = Pt(24)
    r.font.color.rgb = RGBColor(0x7A, 0x1F, 0x3D)
    p = d.add_paragraph()
    p.add_run("Wendover Vale Safeguarding Partnership  |  March 2025").font.size = Pt(12)
    p = d.add_paragraph()
    p.add_run(C.BRIEFING_INTRO).italic = True
    for i, (head, text) in enumerate(C.BRIEFING, 1):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(16)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(f"{i}. {head}")
        r.bold = True
        r.font.size = Pt(14)
        r.font.color.rgb = RGBColor(0x7A, 0x1F, 0x3D)
        q = d.add_paragraph()
        q.paragraph_format.line_spacing = 1.5
        q.add_run(text)
    docx = outdir / "wendover-child-s-seven-minute-briefing.docx"
    d.save(docx)
    return docx


def convert(docx, pdf_name):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(docx.parent), str(docx)],
                       check=True, stdout=subprocess.DEVNULL)
    shutil.move(str(docx.with_suffix(".pdf")), str(HERE / pdf_name))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        convert(build_report(tmp), REPORT)
        convert(build_briefing(tmp), BRIEF)
    from pypdf import PdfReader
    for f in (REPORT, BRIEF):
        print(f, len(PdfReader(HERE / f).pages), "pages")


if __name__ == "__main__":
    main()
