#!/usr/bin/env python3
"""Build the FICTIONAL Markfield "Child E" corpus (three PDFs) with fpdf2.

Generator: fpdf2 (tested with 2.8.9), using FPDF.text_columns() for the two-column body of the review,
pdf.table() for the wrapped-cell tables and plain cells/rectangles for the cover, the "summary on a page",
the seven-minute briefing and the press statement. Fonts: DejaVu Serif / DejaVu Sans
(/usr/share/fonts/truetype/dejavu). pypdf is used between the two passes of the report build.

Run:
    python3 -m venv /tmp/gen-markfield && /tmp/gen-markfield/bin/pip install fpdf2 pypdf
    /tmp/gen-markfield/bin/python build.py

All text lives in content.py. The report is built twice: pass 1 lays the text out and records the page of
each section heading and of each footnote marker (found with pypdf); pass 2 prints the same layout with
the contents page numbers and the footnotes at the foot of the right pages. The band for footnotes is
reserved on every body page, so the layout of the two passes is identical. Metadata dates are fixed.
"""
import os
import re
import unicodedata
from datetime import datetime, timezone

from fpdf import FPDF
from fpdf.text_region import Extents
from pypdf import PdfReader

import content as C

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_DATE = datetime(2026, 1, 20, 9, 0, 0, tzinfo=timezone.utc)

REPORT = "markfield-lcspr-child-e-report.pdf"
BRIEFING = "markfield-child-e-seven-minute-briefing.pdf"
PRESS = "markfield-child-e-press-statement.pdf"

TEAL = (0, 98, 105)
PLUM = (112, 40, 86)
GREY = (90, 90, 90)
PALE = (226, 240, 240)
PALE_PLUM = (244, 230, 239)

BODY_TOP = 24
BODY_BOTTOM = 36          # reserved band: footnotes + footer
FRONT_PAGES = 3           # cover, contents (ii), summary on a page (iii); body page 1 = physical page 4


def add_fonts(pdf):
    pdf.add_font("Serif", "", f"{FONT_DIR}/DejaVuSerif.ttf")
    pdf.add_font("Serif", "B", f"{FONT_DIR}/DejaVuSerif-Bold.ttf")
    pdf.add_font("Serif", "I", f"{FONT_DIR}/DejaVuSerif-Italic.ttf")
    pdf.add_font("Sans", "", f"{FONT_DIR}/DejaVuSans.ttf")
    pdf.add_font("Sans", "B", f"{FONT_DIR}/DejaVuSans-Bold.ttf")
    pdf.add_font("Sans", "I", f"{FONT_DIR}/DejaVuSans-Oblique.ttf")


def fix_meta(pdf, title):
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_author("Markfield Safeguarding Children Partnership (FICTIONAL)")
    pdf.set_creator("fpdf2 build.py")
    pdf.set_producer("fpdf2")


def roman(n):
    return {1: "i", 2: "ii", 3: "iii", 4: "iv"}[n]


class Report(FPDF):
    def __init__(self, footnote_pages):
        super().__init__(format="A4", unit="mm")
        self.footnote_pages = footnote_pages   # {page: [fn numbers]}
        add_fonts(self)
        self.set_margins(20, BODY_TOP, 20)
        self.set_auto_page_break(True, BODY_BOTTOM)

    def header(self):
        self.set_font("Sans", "", 7.5)
        self.set_text_color(*GREY)
        self.set_xy(20, 9)
        self.cell(170, 4, C.HEADER, align="L")
        self.set_draw_color(*TEAL)
        self.set_line_width(0.3)
        self.line(20, 14, 190, 14)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, BODY_TOP)

    def footer(self):
        # footnotes for this page
        fns = self.footnote_pages.get(self.page, [])
        if fns:
            y = self.h - BODY_BOTTOM + 3
            self.set_draw_color(*GREY)
            self.set_line_width(0.2)
            self.line(20, y, 70, y)
            self.set_xy(20, y + 1.2)
            for n in fns:
                self.set_font("Serif", "", 7.2)
                self.set_x(20)
                self.multi_cell(170, 3.2, f"{n} {C.FOOTNOTES[n]}", align="L",
                                new_x="LMARGIN", new_y="NEXT")
        self.set_font("Sans", "", 7.5)
        self.set_text_color(*GREY)
        self.set_xy(20, self.h - 12)
        self.cell(120, 4, C.FOOTER, align="L")
        if self.page == 1:
            num = ""
        elif self.page <= FRONT_PAGES:
            num = roman(self.page)
        else:
            num = str(self.page - FRONT_PAGES)
        self.set_xy(150, self.h - 12)
        self.set_font("Sans", "B", 8.5)
        self.cell(40, 4, num, align="R")
        self.set_text_color(0, 0, 0)


# ------------------------------------------------------------------ helpers for the body
MARK = re.compile(r"\[\^(\d+)\]")


def write_rich(pdf, p, text, size):
    """Write text into a text-region paragraph, turning [^n] into superscript n."""
    pos = 0
    for m in MARK.finditer(text):
        p.write(text[pos:m.start()])
        pdf.char_vpos = "SUP"
        p.write(m.group(1))
        pdf.char_vpos = "LINE"
        pos = m.end()
    p.write(text[pos:])


def fill_columns(pdf, cols, items, size=9.6):
    for it in items:
        kind = it[0]
        if kind == "p":
            num, text = it[1], it[2]
            runin = it[3] if len(it) > 3 else None
            with cols.paragraph(bottom_margin=2.2, text_align="LEFT") as p:
                if runin:
                    pdf.set_font("Sans", "B", size - 0.4)
                    pdf.set_text_color(*TEAL)
                    p.write(runin + " ")
                pdf.set_text_color(0, 0, 0)
                pdf.set_font("Serif", "B", size)
                p.write(num + " ")
                pdf.set_font("Serif", "", size)
                write_rich(pdf, p, text, size)
        elif kind == "sub":
            with cols.paragraph(bottom_margin=1.2, indent=5, text_align="LEFT") as p:
                pdf.set_font("Serif", "", size)
                p.write(it[1])
        elif kind == "quote":
            with cols.paragraph(top_margin=3, bottom_margin=1, indent=3, text_align="LEFT",
                                line_height=1.25) as p:
                pdf.set_font("Serif", "I", size + 4.5)
                pdf.set_text_color(*PLUM)
                p.write(it[1])
            with cols.paragraph(bottom_margin=4, indent=3, text_align="LEFT") as p:
                pdf.set_font("Sans", "", size - 1.2)
                pdf.set_text_color(*GREY)
                p.write(it[2])
            pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "", size)


def heading(pdf, text, log, key=None, new_page=False):
    if new_page or pdf.y > pdf.h - BODY_BOTTOM - 40:
        pdf.add_page()
    y = pdf.y + (0 if pdf.y <= BODY_TOP + 0.5 else 4)
    pdf.set_fill_color(*TEAL)
    pdf.rect(20, y, 3, 8, style="F")
    pdf.set_xy(25, y)
    pdf.set_font("Sans", "B", 13.5)
    pdf.set_text_color(*TEAL)
    pdf.cell(165, 8, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(pdf.y + 3)
    if key:
        log[key] = pdf.page


def columns(pdf, items, l=20, r=20, widths=None, balance=True, ncols=2):
    pdf.set_font("Serif", "", 9.6)
    with pdf.text_columns(ncols=ncols, gutter=7, balance=balance, line_height=1.36,
                          l_margin=l, r_margin=r) as cols:
        if widths:   # unequal columns: (left width, right width)
            left = l
            cols._cols = [Extents(left, left + widths[0]),
                          Extents(pdf.w - r - widths[1], pdf.w - r)]
        fill_columns(pdf, cols, items)
    pdf.set_y(pdf.y + 2)


def table(pdf, rows, widths, size=8.2, head_fill=TEAL):
    pdf.set_font("Sans", "", size)
    from fpdf.fonts import FontFace
    head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=head_fill)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(col_widths=widths, cell_fill_color=(238, 244, 244), cell_fill_mode="ROWS", text_align="LEFT", line_height=size * 0.48,
                   headings_style=head, padding=1.4, borders_layout="HORIZONTAL_LINES",
                   first_row_as_headings=True) as t:
        for row in rows:
            r = t.row()
            for cell in row:
                r.cell(cell)


# ------------------------------------------------------------------ the report
def build_report(path, footnote_pages, toc):
    pdf = Report(footnote_pages)
    fix_meta(pdf, "Local Child Safeguarding Practice Review: Child E (FICTIONAL)")
    log = {}

    # cover ---------------------------------------------------------------
    pdf.add_page()
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 40, 210, 110, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(20, 55)
    pdf.set_font("Sans", "", 13)
    pdf.cell(170, 8, C.PARTNERSHIP, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(20, 75)
    pdf.set_font("Sans", "B", 26)
    pdf.multi_cell(170, 12, "Local Child Safeguarding\nPractice Review", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(20, 108)
    pdf.set_font("Sans", "B", 40)
    pdf.cell(170, 18, "Child E", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 12)
    pdf.set_xy(20, 130)
    pdf.cell(170, 7, "Serious injury to a baby, March 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(20, 170)
    pdf.set_font("Sans", "", 11)
    pdf.multi_cell(170, 6.5,
                   "Independent reviewer: Miriam Calder-Whyte\n"
                   "Review panel chair: Anil Varsani\n"
                   "Report agreed by the safeguarding partners: 12 November 2025\n"
                   "Published: 20 January 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(20, 215)
    pdf.set_font("Sans", "B", 16)
    pdf.set_text_color(*PLUM)
    pdf.cell(170, 10, "FICTIONAL \u2014 a practice document about an invented case",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)

    # contents and key to role codes (page ii) ------------------------------
    pdf.add_page()
    pdf.set_font("Sans", "B", 15)
    pdf.set_text_color(*TEAL)
    pdf.cell(170, 9, "Contents", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    entries = [("Summary on a page", "summary"), ("1. Introduction", "s1"),
               ("2. The review: terms of reference and method", "s2"),
               ("3. Child E and his family", "s3"), ("4. Key episodes", "s4"),
               ("5. Analysis", "s5"), ("6. Findings", "s6"), ("7. Recommendations", "s7"),
               ("8. Conclusion", "s8"), ("Appendix A: Chronology of key events", "appA"),
               ("Appendix B: Review panel membership", "appB")]
    for label, key in entries:
        pg = toc.get(key)
        shown = "" if pg is None else (roman(pg) if pg <= FRONT_PAGES else str(pg - FRONT_PAGES))
        pdf.set_font("Sans", "", 10.5)
        pdf.cell(150, 7, label)
        pdf.cell(20, 7, shown, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Sans", "B", 12)
    pdf.set_text_color(*TEAL)
    pdf.cell(170, 8, "Key to role codes", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    table(pdf, C.ROLE_CODES, (22, 148), size=8.6)

    # summary on a page (page iii) -----------------------------------------
    pdf.add_page()
    log["summary"] = pdf.page
    pdf.set_font("Sans", "B", 15)
    pdf.set_text_color(*TEAL)
    pdf.cell(170, 9, "Summary on a page", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.5)
    pdf.set_text_color(0, 0, 0)
    pdf.multi_cell(170, 5, "Child E, a baby boy, suffered a head injury and rib fractures while living with his "
                   "mother and her partner. This page gives the review at a glance.",
                   new_x="LMARGIN", new_y="NEXT")
    top = pdf.y + 4
    bw, bh, gap = 82, 44, 6
    for i, (fig, cap) in enumerate(C.SUMMARY_BOXES):
        col, row = i % 2, i // 2
        x = 20 + col * (bw + gap)
        y = top + row * (bh + gap)
        pdf.set_fill_color(*(PALE if (row + col) % 2 == 0 else PALE_PLUM))
        pdf.rect(x, y, bw, bh, style="F", round_corners=True, corner_radius=3)
        pdf.set_xy(x + 5, y + 5)
        pdf.set_font("Sans", "B", 24)
        pdf.set_text_color(*(TEAL if (row + col) % 2 == 0 else PLUM))
        pdf.cell(bw - 10, 13, fig, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Sans", "", 9.5)
        pdf.set_xy(x + 5, y + 21)
        pdf.multi_cell(bw - 10, 5, cap, align="L")
    # body -----------------------------------------------------------------
    pdf.add_page()
    heading(pdf, "1. Introduction", log, "s1")
    columns(pdf, C.SEC1)
    heading(pdf, "2. The review: terms of reference and method", log, "s2")
    columns(pdf, C.SEC2)
    pdf.set_font("Sans", "B", 9)
    if pdf.y > pdf.h - BODY_BOTTOM - 30:
        pdf.add_page()
    pdf.set_text_color(*TEAL)
    pdf.cell(170, 6, "Table 1: Agencies involved with Child E and his family", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    table(pdf, C.AGENCY_TABLE, (36, 44, 22, 68))
    pdf.ln(3)
    heading(pdf, "3. Child E and his family", log, "s3")
    # unequal columns: the text in a wide left column, a "family at a glance" panel in a narrow right one
    y0 = pdf.y
    pg0 = pdf.page
    columns(pdf, C.SEC3, r=210 - 124, balance=False, ncols=1)
    y1 = pdf.y
    assert pdf.page == pg0, "section 3 must fit on one page"
    pdf.set_fill_color(*PALE)
    pdf.rect(130, y0, 60, y1 - y0 - 2, style="F")
    pdf.set_xy(133, y0 + 3)
    pdf.set_font("Sans", "B", 9.5)
    pdf.set_text_color(*TEAL)
    pdf.cell(54, 5, "The family at a glance", new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    for who, what in C.FAMILY:
        pdf.set_x(133)
        pdf.set_font("Sans", "B", 8.6)
        pdf.cell(54, 4.8, who, new_x="LEFT", new_y="NEXT")
        pdf.set_font("Sans", "", 8.4)
        pdf.multi_cell(54, 4.2, what, align="L", new_x="LEFT", new_y="NEXT")
        pdf.ln(1.5)
    pdf.set_y(y1)
    heading(pdf, "4. Key episodes", log, "s4")
    columns(pdf, C.SEC4)

    # analysis: columns in a narrower block, sidenotes in a wide outer margin
    heading(pdf, "5. Analysis", log, "s5", new_page=True)
    start = pdf.page
    columns(pdf, C.SEC5, r=64, balance=False)
    end = pdf.page
    slots = []
    for pg in range(start, end + 1):
        ys = (45, 110, 175) if pg == start else (30, 95, 160)
        slots += [(pg, y) for y in ys]
    for (title, text), (pg, y) in zip(C.SIDENOTES, slots):
        keep = pdf.page
        pdf.page = pg
        pdf.set_fill_color(*PALE_PLUM)
        pdf.rect(152, y, 38, 56, style="F")
        pdf.set_fill_color(*PLUM)
        pdf.rect(152, y, 38, 1.2, style="F")
        pdf.set_xy(154, y + 3)
        pdf.set_font("Sans", "B", 8.5)
        pdf.set_text_color(*PLUM)
        pdf.multi_cell(34, 4.2, title, align="L", new_x="LEFT", new_y="NEXT")
        pdf.set_font("Sans", "", 8.2)
        pdf.set_text_color(0, 0, 0)
        pdf.set_x(154)
        pdf.multi_cell(34, 4.1, text, align="L")
        pdf.page = keep
    pdf.set_text_color(0, 0, 0)
    heading(pdf, "6. Findings", log, "s6", new_page=True)
    columns(pdf, C.SEC6)
    heading(pdf, "7. Recommendations", log, "s7")
    columns(pdf, C.SEC7)

    heading(pdf, "8. Conclusion", log, "s8")
    columns(pdf, C.SEC8)

    heading(pdf, "Appendix A: Chronology of key events", log, "appA", new_page=True)
    pdf.set_font("Sans", "", 8.5)
    pdf.multi_cell(170, 4.5, "Times are as recorded by the agency concerned (24-hour clock).",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    table(pdf, C.CHRONOLOGY, (22, 13, 40, 95))
    pdf.ln(4)
    heading(pdf, "Appendix B: Review panel membership", log, "appB")
    table(pdf, C.PANEL, (70, 100))
    pdf.output(path)
    return log


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().casefold()


def locate_footnotes(path):
    """Find the page of each footnote marker: the word before [^n] followed directly by n."""
    pages = [norm(p.extract_text()) for p in PdfReader(path).pages]
    alltext = " ".join(str(v) for k, v in vars(C).items() if k.startswith("SEC"))
    found = {}
    for m in re.finditer(r"([A-Za-z]+[.,;]?)\[\^(\d+)\]", alltext):
        word, n = m.group(1), int(m.group(2))
        token = norm(word + str(n))
        hits = [i + 1 for i, t in enumerate(pages) if token in t]
        if len(hits) != 1:
            raise SystemExit(f"footnote {n}: marker '{token}' found on pages {hits}")
        found.setdefault(hits[0], []).append(n)
    return {k: sorted(v) for k, v in found.items()}


def build_report_two_pass():
    path = os.path.join(HERE, REPORT)
    toc = build_report(path, {}, {})
    fns = locate_footnotes(path)
    log2 = build_report(path, fns, toc)
    assert log2 == toc, (toc, log2)
    assert locate_footnotes(path) == fns
    print(REPORT, "footnotes on pages", fns, "sections", toc)


# ------------------------------------------------------------------ briefing
class Briefing(FPDF):
    def __init__(self):
        super().__init__(orientation="L", format="A4", unit="mm")
        add_fonts(self)
        self.set_margins(14, 14, 14)
        self.set_auto_page_break(False)

    def footer(self):
        self.set_xy(14, self.h - 10)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(200, 4, "FICTIONAL \u2014 Markfield Safeguarding Children Partnership \u00b7 7-minute briefing")
        self.cell(69, 4, f"{self.page} / 2", align="R")
        self.set_text_color(0, 0, 0)


def briefing_box(pdf, x, y, w, h, num, title, text, colour):
    pdf.set_fill_color(*(PALE if colour == TEAL else PALE_PLUM))
    pdf.rect(x, y, w, h, style="F", round_corners=True, corner_radius=4)
    pdf.set_fill_color(*colour)
    pdf.ellipse(x + 4, y + 4, 14, 14, style="F")
    pdf.set_xy(x + 4, y + 6)
    pdf.set_font("Sans", "B", 16)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(14, 10, num, align="C")
    pdf.set_xy(x + 21, y + 6)
    pdf.set_font("Sans", "B", 13 if w > 100 else 11.5)
    pdf.set_text_color(*colour)
    pdf.cell(w - 25, 10, title)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x + 5, y + 22)
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(w - 10, 5.2, text, align="L")


def build_briefing():
    pdf = Briefing()
    fix_meta(pdf, "7-minute briefing: Child E (FICTIONAL)")
    boxes = C.BRIEFING_BOXES
    pdf.add_page()
    pdf.set_font("Sans", "B", 20)
    pdf.set_text_color(*TEAL)
    pdf.set_xy(14, 12)
    pdf.cell(200, 10, C.BRIEFING_TITLE)
    pdf.set_font("Sans", "", 9)
    pdf.set_text_color(*GREY)
    pdf.set_xy(14, 22)
    pdf.cell(269, 5, "Learning from a Local Child Safeguarding Practice Review \u2014 FICTIONAL case, "
             "published January 2026")
    w, h, gap = 131, 78, 7
    for i in range(4):          # page 1: boxes 1-4 in a two-by-two grid
        col, row = i % 2, i // 2
        briefing_box(pdf, 14 + col * (w + gap), 32 + row * (h + gap), w, h, *boxes[i],
                     TEAL if (col + row) % 2 == 0 else PLUM)
    w, gap = 85, 7              # page 2: boxes 5-7 side by side
    pdf.add_page()
    pdf.set_font("Sans", "B", 14)
    pdf.set_text_color(*TEAL)
    pdf.set_xy(14, 12)
    pdf.cell(200, 8, C.BRIEFING_TITLE + " (continued)")
    for j, i in enumerate(range(4, 7)):
        briefing_box(pdf, 14 + j * (w + gap), 28, w, 110, *boxes[i], TEAL if i % 2 == 0 else PLUM)
    pdf.set_xy(14, 150)
    pdf.set_font("Sans", "I", 9)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(269, 5, "Use this briefing in a team meeting: read boxes 1 to 4 aloud, spend most of the "
                   "time on box 5, and agree one change your team will make.")
    pdf.output(os.path.join(HERE, BRIEFING))


# ------------------------------------------------------------------ press statement
def build_press():
    pdf = FPDF(format="A4", unit="mm")
    add_fonts(pdf)
    fix_meta(pdf, "Press statement: Child E review (FICTIONAL)")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, 210, 30, style="F")
    pdf.set_xy(25, 10)
    pdf.set_font("Sans", "B", 15)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(160, 8, "Markfield Safeguarding Children Partnership")
    pdf.set_xy(25, 19)
    pdf.set_font("Sans", "", 9)
    pdf.cell(160, 5, "Press statement \u2014 FICTIONAL")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(25, 40)
    paras = C.PRESS
    pdf.set_font("Sans", "B", 9)
    pdf.cell(160, 6, paras[0], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 15)
    pdf.set_text_color(*TEAL)
    pdf.multi_cell(160, 7.5, paras[1], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    for t in paras[2:-1]:
        pdf.set_font("Serif", "", 10.5)
        pdf.multi_cell(160, 5.6, t, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(2)
    pdf.set_font("Sans", "", 8.5)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(160, 4.6, paras[-1], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(25, 284)
    pdf.set_font("Sans", "", 7.5)
    pdf.cell(160, 4, "FICTIONAL \u2014 invented partnership and case, for testing only", align="C")
    pdf.output(os.path.join(HERE, PRESS))


if __name__ == "__main__":
    build_report_two_pass()
    build_briefing()
    build_press()
    print("built", REPORT, BRIEFING, PRESS)
