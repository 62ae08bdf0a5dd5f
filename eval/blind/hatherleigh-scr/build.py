#!/usr/bin/env python3
"""Build the FICTIONAL Hatherleigh SCR corpus (Child W) with fpdf2.

    python3 -m venv /tmp/blindgen-hatherleigh
    /tmp/blindgen-hatherleigh/bin/pip install fpdf2 pypdf
    /tmp/blindgen-hatherleigh/bin/python build.py

Writes, next to this script:
    hatherleigh-scr-child-w-overview-report.pdf     (cover, contents, sections 1-9)
    hatherleigh-scr-child-w-executive-summary.pdf   (paragraphs 1-28)

Fonts: Liberation Serif / Liberation Sans TrueType files (Debian/Ubuntu package
fonts-liberation2 or fonts-liberation), embedded as subsets. The creation date is fixed, so
rebuilding with the same fpdf2 version and fonts gives byte-identical files.
"""
import datetime
import os
import re
import sys

sys.dont_write_bytecode = True

from fpdf import FPDF
from fpdf.fonts import FontFace

import content as C

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIRS = ["/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation"]
FIXED_DATE = datetime.datetime(2010, 11, 18, 9, 0, 0, tzinfo=datetime.timezone.utc)

GREEN = (33, 87, 74)      # house colour of the (fictional) Board
PALE = (226, 237, 232)
GREY = (90, 90, 90)


def font_path(name):
    for d in FONT_DIRS:
        p = os.path.join(d, name)
        if os.path.exists(p):
            return p
    raise SystemExit("font %s not found in %s" % (name, FONT_DIRS))


def parse_blocks(text):
    return [" ".join(l.strip() for l in b.strip().splitlines())
            for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]


class Doc(FPDF):
    LM, RM, TM = 25, 22, 24
    HANG = 13          # width of the hanging paragraph-number column (mm)

    def __init__(self, kind):
        super().__init__(format="A4", unit="mm")
        self.kind = kind                       # "overview" or "exec"
        self.set_creation_date(FIXED_DATE)
        self.set_author(C.BOARD + " (FICTIONAL)")
        self.set_title(C.TITLE + (" - Overview Report" if kind == "overview" else " - Executive Summary"))
        self.set_subject("FICTIONAL serious case review for evaluation")
        self.set_creator("build.py (fpdf2)")
        for style, f in (("", "LiberationSerif-Regular.ttf"), ("B", "LiberationSerif-Bold.ttf"),
                         ("I", "LiberationSerif-Italic.ttf"), ("BI", "LiberationSerif-BoldItalic.ttf")):
            self.add_font("serif", style, font_path(f))
        for style, f in (("", "LiberationSans-Regular.ttf"), ("B", "LiberationSans-Bold.ttf"),
                         ("I", "LiberationSans-Italic.ttf")):
            self.add_font("sans", style, font_path(f))
        self.set_margins(self.LM, self.TM, self.RM)
        self.set_auto_page_break(True, margin=22)
        self.in_cover = False

    # ------------------------------------------------------------ running header / footer
    def _base(self):
        saved = self.l_margin
        self.set_left_margin(self.LM)
        return saved

    def header(self):
        if self.in_cover:
            return
        saved = self._base()
        self.set_xy(self.LM, 10)
        self.set_text_color(*GREEN)
        if self.kind == "overview":
            self.set_font("sans", "B", 8)
            self.cell(95, 4, "HATHERLEIGH LSCB  |  SERIOUS CASE REVIEW: CHILD W")
            self.set_font("sans", "", 8)
            self.cell(0, 4, "Overview Report - RESTRICTED", align="R")
        else:
            self.set_font("sans", "B", 8)
            self.cell(95, 4, "Child W: Executive Summary")
            self.set_font("sans", "", 8)
            self.cell(0, 4, C.BOARD, align="R")
        self.set_draw_color(*GREEN)
        self.set_line_width(0.5)
        self.line(self.LM, 15.5, self.w - self.RM, 15.5)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.LM, self.TM)
        self.set_left_margin(saved)
        self.set_x(saved)

    def footer(self):
        if self.in_cover or (self.kind == "overview" and self.page_no() == 1):
            # the cover carries its own FICTIONAL notice and no page number
            self.set_xy(self.LM, self.h - 14.5)
            self.set_font("sans", "I", 7)
            self.set_text_color(*GREY)
            self.cell(0, 4, C.FICT)
            self.set_text_color(0, 0, 0)
            return
        saved = self._base()
        self.set_draw_color(*GREEN)
        self.set_line_width(0.2)
        self.line(self.LM, self.h - 16, self.w - self.RM, self.h - 16)
        self.set_xy(self.LM, self.h - 14.5)
        self.set_font("sans", "I", 7)
        self.set_text_color(*GREY)
        self.cell(135, 4, C.FICT)
        self.set_font("sans", "B", 9)
        self.set_text_color(*GREEN)
        if self.kind == "overview":
            # the cover is unnumbered: the contents page is printed as page 1
            self.cell(0, 4, str(self.page_no() - 1), align="R")
        else:
            self.cell(0, 4, "Page %d of {nb}" % self.page_no(), align="R")
        self.set_text_color(0, 0, 0)
        self.set_left_margin(saved)

    # ------------------------------------------------------------ building blocks
    def need(self, h):
        if self.get_y() + h > self.page_break_trigger:
            self.add_page()

    def section(self, text, level):
        self.set_left_margin(self.LM)
        self.set_x(self.LM)
        if level == 0:
            self.need(28)
            self.ln(3)
            num, _, title = text.partition(" ")
            label = text if num.isdigit() else text
            self.start_section(label, level=0)
            self.set_font("sans", "B", 13)
            self.set_text_color(*GREEN)
            if num.isdigit():
                self.cell(self.HANG, 8, num + ".")
                self.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
            else:
                self.cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*GREEN)
            self.set_line_width(0.3)
            self.line(self.LM, self.get_y(), self.w - self.RM, self.get_y())
            self.ln(3)
        else:
            self.need(22)
            self.ln(1)
            self.start_section(text, level=1)
            self.set_font("sans", "B", 10.5)
            self.set_text_color(*GREEN)
            self.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            self.ln(1)
        self.set_text_color(0, 0, 0)

    def body_text(self, text, indent, size=11, lh=5.4):
        self.set_left_margin(indent)
        self.set_x(indent)
        self.set_font("serif", "", size)
        md = "**" in text
        self.multi_cell(0, lh, text, align="J", markdown=md, new_x="LMARGIN", new_y="NEXT")
        self.set_left_margin(self.LM)
        self.set_x(self.LM)

    def para(self, num, text, size=11, lh=5.4):
        self.need(lh * 2)
        self.set_left_margin(self.LM)
        y = self.get_y()
        self.set_xy(self.LM, y)
        self.set_font("serif", "B", size)
        self.cell(self.HANG, lh, num)
        self.set_xy(self.LM + self.HANG, y)
        self.body_text(text, self.LM + self.HANG, size, lh)
        self.ln(2.6)

    def subpoint(self, label, text, size=11, lh=5.4):
        self.need(lh * 2)
        x0 = self.LM + self.HANG
        y = self.get_y()
        self.set_xy(x0, y)
        self.set_font("serif", "", size)
        self.cell(9, lh, label)
        self.set_xy(x0 + 9, y)
        self.body_text(text, x0 + 9, size, lh)
        self.ln(1.4)

    def caption(self, text):
        self.need(30)
        self.set_font("sans", "B", 9)
        self.set_text_color(*GREEN)
        self.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)

    def table(self, header, rows, widths, size=8.6, lh=4.3):
        self.set_font("sans", "", size)
        self.set_fill_color(*PALE)
        head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=GREEN)
        with super().table(col_widths=widths, width=sum(widths), align="L", line_height=lh,
                           headings_style=head, repeat_headings=1, text_align="LEFT",
                           cell_fill_color=PALE, cell_fill_mode="ROWS",
                           borders_layout="HORIZONTAL_LINES", padding=(1.2, 1.5)) as t:
            r = t.row()
            for h in header:
                r.cell(h)
            for row in rows:
                r = t.row()
                for c in row:
                    r.cell(c)
        self.ln(4)


# ---------------------------------------------------------------- overview report
def render_toc(pdf, outline):
    pdf.set_xy(pdf.LM, pdf.TM)
    pdf.set_font("sans", "B", 15)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 10, "Contents", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_text_color(0, 0, 0)
    for sec in outline:
        printed = str(sec.page_number - 1)          # cover unnumbered
        if sec.level == 0:
            pdf.set_font("sans", "B", 10.5)
            x, w, h = pdf.LM, pdf.epw, 7
            pdf.ln(1.5)
        else:
            pdf.set_font("serif", "", 10.5)
            x, w, h = pdf.LM + 10, pdf.epw - 10, 6
        pdf.set_x(x)
        name = sec.name
        if sec.level == 0:
            num, _, title = name.partition(" ")
            name = num + ".   " + title
        tw = pdf.get_string_width(name)
        pw = pdf.get_string_width(printed)
        dots = "." * max(3, int((w - tw - pw - 4) / pdf.get_string_width(".")))
        pdf.cell(tw + 1, h, name)
        pdf.set_text_color(*GREY)
        pdf.cell(w - tw - pw - 2, h, dots, align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.cell(pw + 1, h, printed, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("sans", "B", 10.5)
    pdf.cell(0, 6, "Tables", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("serif", "", 10.5)
    for t in ("Table 1: Key to role codes (section 3)",
              "Table 2: Agencies involved and contributions to the review (section 3)",
              "Table 3: Summary chronology of key events (section 5)"):
        pdf.set_x(pdf.LM + 10)
        pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")


def cover(pdf, subtitle, extra):
    pdf.in_cover = True
    pdf.add_page()
    pdf.set_fill_color(*GREEN)
    pdf.rect(0, 0, pdf.w, 68, style="F")
    pdf.set_xy(pdf.LM, 24)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("sans", "B", 20)
    pdf.cell(0, 10, "Hatherleigh", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("sans", "", 12)
    pdf.cell(0, 6, "Local Safeguarding Children Board", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.LM, 96)
    pdf.set_font("serif", "B", 28)
    pdf.cell(0, 13, "Serious Case Review", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("serif", "", 22)
    pdf.cell(0, 12, "Child W", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_draw_color(*GREEN)
    pdf.set_line_width(1)
    pdf.line(pdf.LM, pdf.get_y(), pdf.LM + 60, pdf.get_y())
    pdf.ln(6)
    pdf.set_font("sans", "B", 15)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 9, subtitle, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(10)
    pdf.set_font("serif", "", 12)
    for line in extra:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(pdf.LM, 236)
    pdf.set_font("sans", "B", 10)
    pdf.set_text_color(150, 20, 20)
    pdf.multi_cell(0, 5.5, "FICTIONAL DOCUMENT. This review, the Board, the child, the family, every practitioner, "
                   "agency and place named in it are invented for the evaluation of a question-answering tool. "
                   "It does not describe any real case.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.in_cover = False


def build_overview(path):
    pdf = Doc("overview")
    cover(pdf, "Overview Report", [
        "Author: Alison Threlkeld, independent overview author",
        "Review panel chair: Martin Colvey",
        "Presented to the Board: 18 November 2010",
        "Status: RESTRICTED until publication",
    ])
    pdf.add_page()
    pdf.insert_toc_placeholder(render_toc, pages=1)
    for b in parse_blocks(C.OVERVIEW):
        if b.startswith("## "):
            pdf.section(b[3:], 1)
        elif b.startswith("# "):
            pdf.section(b[2:], 0)
        elif b.startswith("!"):
            pdf.caption(b[1:])
        elif b == "@roles":
            pdf.table(("Code", "Role and agency"), C.ROLES, (20, 143))
        elif b == "@agencies":
            pdf.table(("Agency", "Service(s) involved", "Contribution", "Written by"),
                      C.AGENCIES, (46, 55, 24, 38))
        elif b == "@chronology":
            pdf.table(("Date", "Time", "Agency", "Event / information recorded"),
                      C.CHRONO, (22, 13, 33, 95))
        elif b == "@newpage":
            pdf.add_page()
        elif re.match(r"^\(([a-z])\) ", b):
            lab, _, txt = b.partition(" ")
            pdf.subpoint(lab, txt)
        elif b.startswith("* "):
            pdf.subpoint("\u2022", b[2:])
        else:
            m = re.match(r"^(\d+\.\d+) (.*)$", b)
            if not m:
                raise SystemExit("unparsed block: " + b[:60])
            pdf.para(m.group(1), m.group(2))
    pdf.set_font("sans", "I", 9)
    pdf.ln(6)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 5, "End of overview report.", align="C")
    pdf.output(path)


# ---------------------------------------------------------------- executive summary
def build_exec(path):
    pdf = Doc("exec")
    pdf.add_page()
    # title block on page 1 (no separate cover)
    pdf.set_fill_color(*PALE)
    pdf.rect(pdf.LM, pdf.TM, pdf.epw, 44, style="F")
    pdf.set_fill_color(*GREEN)
    pdf.rect(pdf.LM, pdf.TM, 3, 44, style="F")
    pdf.set_xy(pdf.LM + 8, pdf.TM + 5)
    pdf.set_font("sans", "", 10.5)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 6, C.BOARD, new_x="LEFT", new_y="NEXT")
    pdf.set_font("serif", "B", 21)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(0, 11, C.TITLE, new_x="LEFT", new_y="NEXT")
    pdf.set_font("sans", "B", 13)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 8, "Executive Summary", new_x="LEFT", new_y="NEXT")
    pdf.set_font("sans", "", 9.5)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 6, "For publication: 10 February 2011   |   FICTIONAL case", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(pdf.TM + 52)
    for b in parse_blocks(C.EXEC):
        if b.startswith("# "):
            pdf.section(b[2:], 0)
        elif re.match(r"^\(([a-z])\) ", b):
            lab, _, txt = b.partition(" ")
            pdf.subpoint(lab, txt, size=11.5, lh=5.9)
        elif b.startswith("* "):
            pdf.subpoint("\u2022", b[2:], size=11.5, lh=5.9)
        else:
            m = re.match(r"^P(\d+) (.*)$", b)
            if not m:
                raise SystemExit("unparsed block: " + b[:60])
            pdf.para(m.group(1), m.group(2), size=11.5, lh=5.9)
    pdf.output(path)


if __name__ == "__main__":
    build_overview(os.path.join(HERE, "hatherleigh-scr-child-w-overview-report.pdf"))
    build_exec(os.path.join(HERE, "hatherleigh-scr-child-w-executive-summary.pdf"))
    print("built")
