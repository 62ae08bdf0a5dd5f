"""Build the FICTIONAL Ashcombe LSCB Serious Case Review "Child N" corpus (two PDFs) with fpdf2.

Everything in these documents is invented: the area, the board, the family, the professionals,
the agencies and the events. The PDFs exist only to test scr-qa. Rebuild with:

    /work/main/.venv/bin/python eval/dev/ashcombe-word/build.py

The output is byte-for-byte deterministic (fixed creation date, core fonts only).
"""
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

sys.dont_write_bytecode = True  # keep the folder free of __pycache__
from content import OVERVIEW, SUMMARY, CHRONOLOGY, ROLES, OV_FOOTNOTES, ES_FOOTNOTES

HERE = Path(__file__).resolve().parent
OUT_OV = HERE / "ashcombe-scr-child-n-overview-report.pdf"
OUT_ES = HERE / "ashcombe-scr-child-n-executive-summary.pdf"
CREATED = datetime(2013, 11, 20, 9, 30, 0, tzinfo=timezone.utc)

LM, NUMW, RM = 25.0, 15.0, 20.0          # left margin, hanging indent width, right margin (mm)
BODY_H = 6.8                              # line height (mm) for 12 pt text
SIZE = 12.0
FOOT_ZONE = 38.0                          # bottom margin reserved for footnotes and the footer


class WordDoc(FPDF):
    def __init__(self, title, total_numbered, first_numbered, footnotes):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.doc_title = title
        self.total_numbered = total_numbered
        self.first_numbered = first_numbered   # physical page that prints "Page 1"
        self.footnotes = footnotes             # id -> text
        self.page_notes = {}                   # physical page -> [ids]
        self.set_margins(LM, 22, RM)
        self.set_auto_page_break(True, margin=FOOT_ZONE)
        self.set_creation_date(CREATED)
        self.set_author("Ashcombe Local Safeguarding Children Board (FICTIONAL)")
        self.set_subject("FICTIONAL practice material")
        self.set_creator("eval/dev/ashcombe-word/build.py")
        self.set_title(title)

    def header(self):
        if self.page < self.first_numbered:
            return
        self.set_font("Helvetica", "I", 8.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(LM, 10)
        self.cell(0, 5, self.doc_title, align="R")
        self.set_draw_color(150, 150, 150)
        self.line(LM, 15.5, 210 - RM, 15.5)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, 22)

    def footer(self):
        notes = self.page_notes.get(self.page, [])
        saved_l = self.l_margin
        self.set_left_margin(LM)
        if notes:
            y = 297 - FOOT_ZONE + 3
            self.set_draw_color(0, 0, 0)
            self.line(LM, y, LM + 50, y)
            self.set_y(y + 1.5)
            for fid in notes:
                self.set_x(LM)
                self.set_font("Helvetica", "", 7)
                self.char_vpos = "SUP"
                self.write(3.8, str(fid))
                self.char_vpos = "LINE"
                self.set_font("Helvetica", "", 8)
                self.write(3.8, " " + self.footnotes[fid])
                self.ln(4.4)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(80, 80, 80)
        self.set_xy(LM, 297 - 14)
        self.cell(100, 5, "FICTIONAL practice material - not a real case")
        if self.page >= self.first_numbered:
            n = self.page - self.first_numbered + 1
            self.set_xy(210 - RM - 60, 297 - 14)
            self.cell(60, 5, f"Page {n} of {self.total_numbered}", align="R")
        self.set_text_color(0, 0, 0)
        self.set_left_margin(saved_l)

    # -- body helpers -------------------------------------------------------------------------
    def need(self, h):
        if self.get_y() + h > self.page_break_trigger:
            self.add_page()

    def rich(self, text, h=BODY_H, size=SIZE):
        """Write text flowing between the current left and right margins.
        **bold** runs and [^n] footnote markers are understood."""
        for tok in re.split(r"(\*\*.+?\*\*|\[\^\d+\])", text):
            if not tok:
                continue
            if tok.startswith("**"):
                self.set_font("Helvetica", "B", size)
                self.write(h, tok[2:-2])
                self.set_font("Helvetica", "", size)
            elif tok.startswith("[^"):
                fid = int(tok[2:-1])
                self.set_font("Helvetica", "", size)
                self.char_vpos = "SUP"
                self.write(h, str(fid))
                self.char_vpos = "LINE"
                self.page_notes.setdefault(self.page, []).append(fid)
            else:
                self.set_font("Helvetica", "", size)
                self.write(h, tok)

    def hanging(self, label, text, num_x, text_x, size=SIZE, after=4.0, bold_label=False):
        self.need(2 * BODY_H)
        y = self.get_y()
        self.set_font("Helvetica", "B" if bold_label else "", size)
        self.set_xy(num_x, y)
        self.cell(text_x - num_x, BODY_H, label, new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.set_left_margin(text_x)
        self.set_x(text_x)
        self.rich(text, size=size)
        self.ln(BODY_H + after)
        self.set_left_margin(LM)
        self.set_x(LM)

    def heading(self, text, size=13, before=4.0, after=2.0):
        self.need(4 * BODY_H)
        self.ln(before)
        self.set_font("Helvetica", "B", size)
        self.set_x(LM)
        self.multi_cell(0, 7, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(after)
        self.set_font("Helvetica", "", SIZE)

    def plain(self, text, after=3.0, size=SIZE):
        self.set_x(LM)
        self.rich(text, size=size)
        self.ln(BODY_H + after)

    def flow(self, items):
        for it in items:
            kind = it[0]
            if kind == "h1":
                self.heading(it[1], 13)
            elif kind == "h2":
                self.heading(it[1], 11.5, before=1.5, after=1.0)
            elif kind == "p":        # numbered paragraph: number at margin, text at hanging indent
                self.hanging(it[1], it[2], LM, LM + NUMW)
            elif kind == "sub":      # lettered sub-paragraph under a numbered paragraph
                self.hanging(it[1], it[2], LM + NUMW, LM + NUMW + 10)
            elif kind == "li":       # numbered list item inside a paragraph (not a paragraph number)
                self.hanging(it[1], it[2], LM + NUMW + 4, LM + NUMW + 11, after=1.5)
            elif kind == "txt":
                self.plain(it[1])
            elif kind == "break":
                self.add_page()
            else:
                raise ValueError(kind)


def grid(pdf, rows, widths, size=10.5):
    pdf.set_font("Helvetica", "", size)
    with pdf.table(col_widths=widths, width=sum(widths), align="LEFT", line_height=5.4,
                   text_align="LEFT", first_row_as_headings=True, repeat_headings=1,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(221, 221, 221))) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)


def cover(pdf, lines):
    pdf.add_page()
    pdf.set_y(55)
    for size, style, text, gap in lines:
        pdf.set_font("Helvetica", style, size)
        pdf.set_x(LM)
        pdf.multi_cell(0, size * 0.5, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(gap)


def build_overview(total):
    pdf = WordDoc("Ashcombe LSCB - Serious Case Review: Child N - Overview Report", total, 3, OV_FOOTNOTES)
    cover(pdf, [
        (13, "", "Ashcombe Local Safeguarding Children Board", 18),
        (24, "B", "Serious Case Review", 6),
        (24, "B", "Child N", 10),
        (15, "", "Overview Report", 30),
        (11, "", "Independent overview author: Dr Colin Aspinall", 3),
        (11, "", "Independent chair of the review panel: Mrs Gillian Marchbank", 3),
        (11, "", "Report approved by the Board: 18 September 2013", 3),
        (11, "", "Published: 4 December 2013", 40),
        (10, "I", "FICTIONAL practice material. Ashcombe, its Board, the family and every professional and "
                  "agency named here are invented for testing. Any likeness to a real case is coincidental.", 0),
    ])
    # contents (unnumbered)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 10, "Contents", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", SIZE)
    for title, pg in CONTENTS:
        pdf.set_x(LM)
        pdf.cell(140, 8, title)
        pdf.cell(0, 8, pg, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(0, 5, "Paragraph numbers are used for cross-reference throughout. Page numbers in this "
                   "list refer to the numbered pages of the report, which start after this contents page.",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.add_page()
    pdf.flow(OVERVIEW)
    pdf.add_page()
    pdf.heading("Appendix A: Multi-agency chronology", 13, before=0)
    pdf.plain("The table below is the combined chronology compiled from the agency reports. Dates are shown "
              "as the agencies recorded them. Role codes are explained in Appendix B.", size=10)
    grid(pdf, [("Date", "Agency", "Event")] + CHRONOLOGY, (26, 34, 105))
    pdf.add_page()
    pdf.heading("Appendix B: Role codes used in this report", 13, before=0)
    grid(pdf, [("Code", "Role", "Agency")] + ROLES, (20, 75, 70))
    return pdf


CONTENTS = [
    ("1. Introduction", "1"), ("2. The review process", "2"), ("3. The family", "3"),
    ("4. Summary of agency involvement", "5"), ("5. Analysis of practice", "9"),
    ("6. Findings", "12"), ("7. Recommendations", "13"), ("Appendix A: Multi-agency chronology", "15"),
    ("Appendix B: Role codes", "17"),
]


def build_summary(total):
    pdf = WordDoc("Serious Case Review: Child N - Executive Summary", total, 2, ES_FOOTNOTES)
    cover(pdf, [
        (13, "", "Ashcombe Local Safeguarding Children Board", 18),
        (22, "B", "Serious Case Review: Child N", 10),
        (15, "", "Executive Summary", 40),
        (11, "", "Published with the overview report: 4 December 2013", 40),
        (10, "I", "FICTIONAL practice material. Every person, place and agency in this summary is invented.", 0),
    ])
    pdf.add_page()
    pdf.flow(SUMMARY)
    return pdf


def make(builder, path):
    probe = builder(0)
    pages = probe.pages_count
    first = probe.first_numbered
    pdf = builder(pages - first + 1)
    assert pdf.pages_count == pages
    pdf.output(str(path))
    return pages


if __name__ == "__main__":
    print(OUT_OV.name, make(build_overview, OUT_OV), "pages")
    print(OUT_ES.name, make(build_summary, OUT_ES), "pages")
