"""Build the FICTIONAL Larchmere "Child D" development corpus (two PDFs).

Everything here is invented: Larchmere, its Safeguarding Partnership, Child D, her family, the
practitioners, the agencies and the events. The text lives in content.py beside this file.

Generator: fpdf2 (PyPI `fpdf2`), core Helvetica font. The report body is set with
`FPDF.text_columns()` (two balanced, justified columns); headings, the chronology table
(`FPDF.table()`) and the sidebar box are placed between column blocks. Footnotes are printed in
the page foot by `footer()`; the build runs twice so each footnote lands on the page that holds
its marker (found with pypdf after the first pass).

    python3 -m venv /tmp/gen-larchmere && /tmp/gen-larchmere/bin/pip install fpdf2 pypdf
    /tmp/gen-larchmere/bin/python eval/dev/larchmere-columns/build.py
"""
import re
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF, FontFace
from pypdf import PdfReader

import content as C

HERE = Path(__file__).resolve().parent
REPORT = HERE / "larchmere-lcspr-child-d-report.pdf"
BRIEFING = HERE / "larchmere-child-d-practitioner-briefing.pdf"
FIXED = datetime(2024, 9, 26, 9, 0, tzinfo=timezone.utc)
NAVY = (31, 56, 100)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().casefold()


class Doc(FPDF):
    def __init__(self, running, fn_pages=None):
        super().__init__(format="A4")
        self.running = running
        self.fn_pages = fn_pages or {}
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, 36)
        self.set_creation_date(FIXED)
        self.set_title(running)

    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 10)
        self.cell(0, 5, self.running, align="L")
        self.set_draw_color(*NAVY)
        self.line(20, 16, 190, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        notes = self.fn_pages.get(self.page_no(), [])
        if notes:
            y = 297 - 34
            self.line(20, y, 80, y)
            self.set_xy(20, y + 1)
            for n in notes:
                self.set_font("Helvetica", "", 6)
                self.char_vpos = "SUP"
                self.write(3.2, str(n))
                self.char_vpos = "LINE"
                self.set_font("Helvetica", "", 7.5)
                self.multi_cell(165, 3.4, " " + C.FOOTNOTES[n][0], new_x="LMARGIN", new_y="NEXT")
                self.set_x(20)
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(85, 5, "FICTIONAL - every person, place and agency is invented", align="L")
        self.cell(85, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def heading(pdf, text):
    if pdf.get_y() > 297 - 36 - 30:
        pdf.add_page()
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 13)
    pdf.set_text_color(*NAVY)
    pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)


def write_para(cols, pdf, num, lead, text):
    with cols.paragraph(text_align="J", bottom_margin=3.5) as p:
        pdf.set_font("Helvetica", "B", 11)
        p.write(num + "  ")
        if lead:
            p.write(lead + " ")
        for i, part in enumerate(re.split(r"\[\[(\d+)\]\]", text)):
            if i % 2:
                pdf.set_font("Helvetica", "", 8)
                pdf.char_vpos = "SUP"
                p.write(part)
                pdf.char_vpos = "LINE"
            else:
                pdf.set_font("Helvetica", "", 11)
                p.write(part)


def flush(pdf, paras, ncols=2, l_margin=None):
    if not paras:
        return
    with pdf.text_columns(ncols=ncols, gutter=8, balance=True, text_align="J",
                          line_height=1.45, l_margin=l_margin) as cols:
        for num, lead, text in paras:
            write_para(cols, pdf, num, lead, text)
    paras.clear()
    pdf.ln(2)


def sidebar(pdf, paras):
    """Shaded box in the left column; the given paragraphs run in the right column beside it."""
    if pdf.get_y() > 297 - 36 - 75:
        pdf.add_page()
    y0 = pdf.get_y()
    colw = (170 - 8) / 2
    pdf.set_font("Helvetica", "I", 11)
    # measure
    lines = pdf.multi_cell(colw - 10, 5.6, C.SIDEBAR, dry_run=True, output="LINES")
    h = 12 + len(lines) * 5.6 + 10
    pdf.set_fill_color(226, 236, 248)
    pdf.set_draw_color(*NAVY)
    pdf.rect(20, y0, colw, h, style="DF")
    pdf.set_xy(25, y0 + 4)
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_text_color(*NAVY)
    pdf.cell(colw - 10, 6, C.SIDEBAR_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_x(25)
    pdf.set_font("Helvetica", "I", 11)
    pdf.multi_cell(colw - 10, 5.6, C.SIDEBAR, align="L", new_x="LEFT", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    pdf.multi_cell(colw - 10, 4.5, "- " + C.SIDEBAR_SRC, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0)
    flush(pdf, paras, ncols=1, l_margin=20 + colw + 8)
    pdf.set_y(max(pdf.get_y(), y0 + h + 3))


def chrono_table(pdf):
    heading(pdf, "Table 1: Chronology of key contacts, October 2022 to January 2024")
    pdf.set_font("Helvetica", "", 9)
    with pdf.table(col_widths=(24, 14, 34, 98), text_align=("LEFT",) * 4, line_height=4.6,
                   padding=1.4, headings_style=FontFace(emphasis="BOLD", fill_color=(226, 236, 248)), repeat_headings=1) as table:
        row = table.row()
        for h in C.CHRONO_HEAD:
            row.cell(h)
        for r in C.CHRONO:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


def build_report(fn_pages):
    pdf = Doc("Larchmere Safeguarding Partnership | LCSPR: Child D | FICTIONAL practice document",
              fn_pages)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_y(70)
    pdf.set_font("Helvetica", "B", 24)
    pdf.set_text_color(*NAVY)
    pdf.multi_cell(0, 11, "Local Child Safeguarding Practice Review", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 36)
    pdf.cell(0, 18, "Child D", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 13)
    pdf.multi_cell(0, 7, "Larchmere Safeguarding Partnership\nIndependent reviewer: Helen Marsh-Okafor\n"
                   "Final report, September 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(30)
    pdf.set_font("Helvetica", "I", 10)
    pdf.multi_cell(0, 5.5, "FICTIONAL practice document. This review was written to test software. "
                   "Larchmere, its agencies, Child D, her family and every practitioner named or "
                   "coded in it are invented.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    heading(pdf, "Contents")
    pdf.set_font("Helvetica", "", 11)
    for b in C.REPORT:
        if b[0] == "h":
            pdf.cell(0, 8, b[1], new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "Table 1: Chronology of key contacts (section 4)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    heading(pdf, "Abbreviations")
    pdf.set_font("Helvetica", "", 10)
    for a, b in C.ABBREV:
        pdf.cell(30, 6.5, a)
        pdf.multi_cell(0, 6.5, b, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    paras = []
    blocks = list(C.REPORT)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b[0] == "h":
            flush(pdf, paras)
            if b[1][:2] in ("2.", "3.", "4.", "5.", "6.", "7."):
                pdf.add_page()
            heading(pdf, b[1])
        elif b[0] == "p":
            paras.append(b[1:])
        elif b[0] == "table":
            flush(pdf, paras)
            chrono_table(pdf)
        elif b[0] == "sidebar":
            flush(pdf, paras)
            side = []
            while i + 1 < len(blocks) and blocks[i + 1][0] == "p":
                i += 1
                side.append(blocks[i][1:])
            sidebar(pdf, side)
        i += 1
    flush(pdf, paras)
    pdf.output(str(REPORT))


def build_briefing():
    pdf = Doc("Larchmere Safeguarding Partnership | Practitioner briefing: Child D | FICTIONAL")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.set_text_color(*NAVY)
    pdf.multi_cell(0, 10, "Practitioner briefing: learning from the Child D review",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(0, 5, "FICTIONAL practice document - October 2024", new_x="LMARGIN", new_y="NEXT")
    for b in C.BRIEFING:
        if b[0] == "h":
            heading(pdf, b[1])
        else:
            pdf.set_font("Helvetica", "", 10.5)
            pdf.multi_cell(0, 5.6, b[1], align="L" if "\n" in b[1] else "J",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(BRIEFING))


def footnote_pages():
    pages = {}
    reader = PdfReader(str(REPORT))
    texts = [norm(p.extract_text()) for p in reader.pages]
    for n, (_, anchor) in C.FOOTNOTES.items():
        for i, t in enumerate(texts):
            if norm(anchor) in t:
                pages.setdefault(i + 1, []).append(n)
                break
    return pages


if __name__ == "__main__":
    build_report({})
    fp = footnote_pages()
    build_report(fp)
    assert footnote_pages() == fp, "footnote placement moved between passes"
    build_briefing()
    for f in (REPORT, BRIEFING):
        print(f.name, len(PdfReader(str(f)).pages), "pages")
