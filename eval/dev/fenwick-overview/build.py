# -*- coding: utf-8 -*-
"""Build the FICTIONAL Fenwick Vale LSCB serious case review PDFs (Child C).

Run:  /work/main/.venv/bin/python build.py
Needs fpdf2 (tested with 2.8.9) and the Liberation Sans fonts (Debian: fonts-liberation2; or set
FENWICK_FONTS to a folder holding LiberationSans-Regular/Bold/Italic.ttf).
Output: fenwick-vale-scr-child-c-overview-report.pdf and
        fenwick-vale-scr-child-c-executive-summary.pdf, beside this file.
Each document is laid out twice: the first pass finds the page count and the
pages of the headings (for the contents list and "Page X of Y").
"""
import os
import sys

sys.dont_write_bytecode = True
import re
from datetime import datetime, timezone

from fpdf import FPDF
from fpdf.enums import MethodReturnValue, TableHeadingsDisplay, XPos, YPos
from fpdf.fonts import FontFace

import content as C

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = os.environ.get("FENWICK_FONTS", "/usr/share/fonts/truetype/liberation2")

F = "LibSans"
BODY = 11          # pt
LH = 5.6           # body line height, mm
LM = 22            # left margin (paragraph numbers hang here)
IND = 37           # text indent (the "tab")
RM = 20            # right margin
TM = 24            # top margin
BM = 24            # bottom margin (footer lives inside it)
PGAP = 2.8         # space after a paragraph
SUP = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"

FN_RE = re.compile(r"\{fn:(.*?)\}", re.S)


def sup(n):
    return "".join(SUP[int(d)] for d in str(n))


class Report(FPDF):
    def __init__(self, kind, head_left, head_right, cover_uncounted, total_pages, toc_pages):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.kind = kind
        self.head_left = head_left
        self.head_right = head_right
        self.cover_uncounted = cover_uncounted   # printed page numbers start after the cover
        self.total_pages = total_pages           # physical count from the first pass
        self.toc_pages = toc_pages or {}
        self.headings = []                       # (num, title, printed page)
        self.page_notes = {}                     # page -> [(n, text)]
        self.fn_counter = 0
        self.sec = ""
        self.pcount = 0
        for style, fname in (("", "Regular"), ("B", "Bold"), ("I", "Italic")):
            self.add_font(F, style, os.path.join(FONTS, "LiberationSans-%s.ttf" % fname))
        self.set_margins(LM, TM, RM)
        self.set_auto_page_break(True, BM)
        self.c_margin = 1.0

    # -- page furniture -------------------------------------------------
    def printed_no(self, page=None):
        page = self.page_no() if page is None else page
        return page - 1 if self.cover_uncounted else page

    def printed_total(self):
        t = self.total_pages or 0
        return t - 1 if self.cover_uncounted else t

    def header(self):
        self.set_auto_page_break(True, BM)
        if self.cover_uncounted and self.page_no() == 1:
            return
        self.set_font(F, "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(LM, 11)
        self.cell(85, 4, self.head_left)
        self.set_xy(self.w - RM - 85, 11)
        self.cell(85, 4, self.head_right, align="R")
        self.set_draw_color(120, 120, 120)
        self.set_line_width(0.2)
        self.line(LM, 15.5, self.w - RM, 15.5)
        self.set_text_color(0, 0, 0)
        self.set_xy(LM, TM)

    def footer(self):
        notes = self.page_notes.get(self.page_no(), [])
        if notes:
            self.set_font(F, "", 8)
            h = self._notes_height(notes)
            y = self.h - BM - h
            self.set_draw_color(0, 0, 0)
            self.set_line_width(0.2)
            self.line(LM, y + 1.2, LM + 45, y + 1.2)
            y += 2.5
            for n, text in notes:
                self.set_xy(LM, y)
                self.cell(6, 3.8, str(n))
                self.set_xy(LM + 6, y)
                self.multi_cell(self.w - RM - LM - 6, 3.8, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                y = self.get_y() + 0.8
        self.set_draw_color(120, 120, 120)
        self.set_line_width(0.2)
        self.line(LM, self.h - 16, self.w - RM, self.h - 16)
        self.set_font(F, "B", 8)
        self.set_xy(LM, self.h - 14.5)
        self.cell(80, 4, "CONFIDENTIAL \u2014 FICTIONAL")
        self.set_font(F, "", 8)
        if self.cover_uncounted and self.page_no() == 1:
            self.set_xy(self.w - RM - 100, self.h - 14.5)
            self.cell(100, 4, "Practice document \u2014 not a real case", align="R")
        else:
            self.set_xy(self.w - RM - 60, self.h - 14.5)
            self.cell(60, 4, "Page %d of %d" % (self.printed_no(), self.printed_total()), align="R")

    def _notes_height(self, notes):
        h = 2.5
        for n, text in notes:
            h += self.multi_cell(self.w - RM - LM - 6, 3.8, text, dry_run=True,
                                 output=MethodReturnValue.HEIGHT) + 0.8
        return h

    # -- helpers ----------------------------------------------------------
    def body_font(self, style=""):
        self.set_font(F, style, BODY)

    def text_h(self, text, w, lh=LH):
        return self.multi_cell(w, lh, text, dry_run=True, output=MethodReturnValue.HEIGHT)

    def trigger(self):
        return self.page_break_trigger

    def need(self, h):
        if self.get_y() + h > self.trigger():
            self.add_page()

    def take_footnotes(self, text):
        notes = []

        def rep(m):
            self.fn_counter += 1
            notes.append((self.fn_counter, m.group(1)))
            return sup(self.fn_counter)
        return FN_RE.sub(rep, text), notes

    # -- blocks -------------------------------------------------------------
    def cover(self, cv):
        self.add_page()
        # logo: three linked circles and the board name
        self.set_line_width(0.8)
        for i, col in enumerate([(0, 110, 120), (90, 160, 60), (230, 150, 30)]):
            self.set_draw_color(*col)
            self.circle(x=LM + 4 + i * 7, y=26, radius=6)
        self.set_text_color(0, 80, 90)
        self.set_font(F, "B", 13)
        self.set_xy(LM + 30, 27)
        self.cell(0, 6, cv["board"])
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 110, 120)
        self.set_line_width(1.2)
        self.line(LM, 45, self.w - RM, 45)
        self.set_font(F, "B", 26)
        self.set_xy(LM, 82)
        self.cell(self.w - LM - RM, 12, cv["title"], align="C")
        self.set_font(F, "B", 22)
        self.set_xy(LM, 102)
        self.cell(self.w - LM - RM, 11, cv["child"], align="C")
        self.set_font(F, "", 18)
        self.set_xy(LM, 122)
        self.cell(self.w - LM - RM, 9, cv["doc"], align="C")
        self.set_line_width(0.4)
        self.line(70, 140, self.w - 70, 140)
        self.set_font(F, "", 12)
        self.set_xy(LM, 160)
        self.cell(self.w - LM - RM, 6, cv["author"], align="C")
        self.set_xy(LM, 170)
        self.cell(self.w - LM - RM, 6, cv["date"], align="C")
        self.set_font(F, "I", 9.5)
        self.set_xy(LM, 180)
        self.cell(self.w - LM - RM, 5, cv["version"], align="C")
        # confidentiality panel
        self.set_fill_color(238, 238, 238)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.3)
        self.rect(LM + 10, 222, self.w - LM - RM - 20, 30, style="DF")
        self.set_font(F, "B", 9)
        self.set_xy(LM + 14, 225)
        self.cell(0, 5, "CONFIDENTIAL")
        self.set_font(F, "", 9)
        self.set_xy(LM + 14, 231)
        self.multi_cell(self.w - LM - RM - 28, 4.4, cv["notice"])
        self.set_font(F, "B", 9)
        self.set_xy(LM, 258)
        self.multi_cell(self.w - LM - RM, 4.5, cv["fictional"], align="C")

    def exec_head(self, hd):
        self.set_fill_color(0, 95, 105)
        self.rect(LM, TM, self.w - LM - RM, 32, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font(F, "B", 10)
        self.set_xy(LM + 5, TM + 4)
        self.cell(0, 5, hd["board"])
        self.set_font(F, "B", 17)
        self.set_xy(LM + 5, TM + 11)
        self.cell(0, 8, hd["title"])
        self.set_font(F, "", 13)
        self.set_xy(LM + 5, TM + 21)
        self.cell(0, 6, hd["doc"])
        self.set_text_color(0, 0, 0)
        self.set_font(F, "I", 9.5)
        self.set_xy(LM, TM + 35)
        self.cell(85, 5, hd["author"])
        self.set_xy(self.w - RM - 85, TM + 35)
        self.cell(85, 5, hd["date"], align="R")
        self.set_y(TM + 46)

    def toc(self, blocks):
        self.add_page()
        self.set_font(F, "B", 13)
        self.set_x(LM)
        self.cell(0, 8, "CONTENTS", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(4)
        for b in blocks:
            if b[0] == "h1":
                num, title = b[1] + ".", b[2]
            elif b[0] == "appendix":
                num, title = "", b[1]
            else:
                continue
            page = self.toc_pages.get(title, 0)
            self.set_font(F, "", BODY)
            y = self.get_y()
            self.set_xy(LM, y)
            self.cell(IND - LM, 7, num)
            label = title
            pg = str(page)
            avail = self.w - RM - IND - self.get_string_width(pg) - 2
            dots = ""
            while self.get_string_width(label + " " + dots + ".") < avail:
                dots += "."
            self.set_xy(IND, y)
            self.cell(avail, 7, label + " " + dots)
            self.set_xy(self.w - RM - 12, y)
            self.cell(12, 7, pg, align="R")
            self.set_y(y + 7.5)
        self.ln(6)
        self.set_font(F, "I", 9.5)
        self.set_x(LM)
        self.multi_cell(self.w - LM - RM, 4.6,
                        "Tables: 1 Key to anonymised references; 2 Agencies that provided IMRs; "
                        "3 Summary chronology; 4 Recommendations. Boxes: 1 The written agreement; "
                        "2 Practice message. Page numbers count from the first page after the cover.")
        self.add_page()

    def h1(self, num, title):
        self.sec = num
        self.pcount = 0
        if self.get_y() > TM + 2:
            self.ln(3)
        self.need(22)
        y = self.get_y()
        self.set_font(F, "B", 12)
        self.set_xy(LM, y)
        self.cell(IND - LM, 7, num + ".")
        self.set_xy(IND, y)
        self.cell(0, 7, title)
        self.headings.append((num, title, self.printed_no()))
        self.set_y(y + 9.5)

    def appendix(self, title):
        self.add_page()
        self.set_font(F, "B", 12)
        self.set_x(LM)
        self.cell(0, 7, title)
        self.headings.append(("", title, self.printed_no()))
        self.set_y(self.get_y() + 10)

    def h2(self, title):
        self.ln(1)
        self.need(18)
        self.set_font(F, "B", BODY)
        self.set_left_margin(IND)
        self.set_x(IND)
        self.multi_cell(self.w - RM - IND, LH, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_left_margin(LM)
        self.ln(1.8)

    def _extras_height(self, extras):
        h = 0
        for ex in extras:
            if ex[0] == "a":
                h += self.text_h(ex[2], self.w - RM - IND - 10) + 1.2
            elif ex[0] == "b":
                h += self.text_h(ex[1], self.w - RM - IND - 7) + 0.8
            else:
                h += self.text_h(ex[1], self.w - RM - IND) + 1.2
        return h

    def _extras(self, extras):
        for ex in extras:
            if ex[0] == "a":
                y = self.get_y() + 1.2
                if y + LH > self.trigger():
                    self.add_page()
                    y = self.get_y()
                self.set_xy(IND, y)
                self.cell(10, LH, ex[1])
                self.set_left_margin(IND + 10)
                self.set_xy(IND + 10, y)
                self.multi_cell(self.w - RM - IND - 10, LH, ex[2], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                self.set_left_margin(IND)
            elif ex[0] == "b":
                y = self.get_y() + 0.8
                if y + LH > self.trigger():
                    self.add_page()
                    y = self.get_y()
                self.set_xy(IND + 2, y)
                self.cell(5, LH, "\u2022")
                self.set_left_margin(IND + 7)
                self.set_xy(IND + 7, y)
                self.multi_cell(self.w - RM - IND - 7, LH, ex[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                self.set_left_margin(IND)
            else:
                self.set_y(self.get_y() + 1.2)
                self.set_x(IND)
                self.multi_cell(self.w - RM - IND, LH, ex[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def para(self, text, extras=(), numbered=True):
        self.body_font()
        text, notes = self.take_footnotes(text)
        if notes:
            h = self.text_h(text, self.w - RM - IND) + self._extras_height(extras)
            self.set_font(F, "", 8)
            fh = self._notes_height(self.page_notes.get(self.page_no(), []) + notes)
            self.body_font()
            if self.get_y() + h > self.h - BM - fh - 2:
                self.add_page()
                self.set_font(F, "", 8)
                fh = self._notes_height(notes)
                self.body_font()
            self.page_notes.setdefault(self.page_no(), []).extend(notes)
            self.set_auto_page_break(True, BM + fh + 2)
        elif self.get_y() + LH > self.trigger():
            self.add_page()
        y = self.get_y()
        if numbered:
            self.pcount += 1
            self.set_xy(LM, y)
            self.cell(IND - LM, LH, "%s.%d" % (self.sec, self.pcount))
        self.set_left_margin(IND)
        self.set_xy(IND, y)
        self.multi_cell(self.w - RM - IND, LH, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self._extras(extras)
        self.set_left_margin(LM)
        self.set_y(self.get_y() + PGAP)

    def box(self, title, items):
        x0, w = IND, self.w - RM - IND
        pad = 3.5
        inner = w - 2 * pad
        self.set_font(F, "B", 10)
        h = pad + self.text_h(title, inner, 5.2) + 1.5
        self.set_font(F, "", 10)
        for kind, t in items:
            h += (self.text_h(t, inner - 6, 5.0) if kind == "b" else self.text_h(t, inner, 5.0)) + 1.2
        h += pad - 1.2
        self.ln(1)
        self.need(h + 2)
        y0 = self.get_y()
        self.set_fill_color(226, 239, 241)
        self.set_draw_color(0, 95, 105)
        self.set_line_width(0.5)
        self.rect(x0, y0, w, h, style="DF")
        self.set_fill_color(0, 95, 105)
        self.rect(x0, y0, 2.2, h, style="F")
        self.set_font(F, "B", 10)
        self.set_text_color(0, 70, 80)
        self.set_left_margin(x0 + pad)
        self.set_xy(x0 + pad, y0 + pad)
        self.multi_cell(inner, 5.2, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_font(F, "", 10)
        self.set_y(self.get_y() + 1.5)
        for kind, t in items:
            y = self.get_y()
            if kind == "b":
                self.set_xy(x0 + pad + 1, y)
                self.cell(5, 5.0, "\u2022")
                self.set_left_margin(x0 + pad + 6)
                self.set_xy(x0 + pad + 6, y)
                self.multi_cell(inner - 6, 5.0, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                self.set_left_margin(x0 + pad)
            else:
                self.set_xy(x0 + pad, y)
                self.multi_cell(inner, 5.0, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_y(self.get_y() + 1.2)
        self.set_left_margin(LM)
        self.set_y(y0 + h + 4)

    def table_block(self, spec):
        if spec.get("newpage"):
            self.add_page()
        size = spec.get("size", 9)
        if spec.get("keep"):
            self.need(7 + (len(spec["rows"]) + 1) * (size * 0.47 + 2.6))
        if spec.get("caption"):
            self.need(25)
            self.set_font(F, "B", 9.5)
            self.set_x(LM)
            self.cell(0, 6, spec["caption"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(0.5)
        self.set_font(F, "", size)
        self.set_draw_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.25)
        head = FontFace(family=F, emphasis="BOLD", fill_color=(215, 228, 230), size_pt=size)
        total_w = self.w - LM - RM
        with self.table(col_widths=spec["widths"], width=total_w, align="LEFT",
                        line_height=size * 0.47, padding=1.2, borders_layout="ALL",
                        headings_style=head, text_align="LEFT", first_row_as_headings=True, cell_fill_mode="NONE",
                        repeat_headings=TableHeadingsDisplay.ON_TOP_OF_EVERY_PAGE) as table:
            row = table.row()
            for cell in spec["header"]:
                row.cell(cell)
            for r in spec["rows"]:
                row = table.row()
                for cell in r:
                    row.cell(cell)
        self.ln(4)

    def render(self, blocks):
        for b in blocks:
            k = b[0]
            if k == "toc":
                self.toc(blocks)
            elif k == "h1":
                self.h1(b[1], b[2])
            elif k == "h2":
                self.h2(b[1])
            elif k == "appendix":
                self.appendix(b[1])
            elif k == "p":
                self.para(b[1], b[2] if len(b) > 2 else ())
            elif k == "u":
                self.para(b[1], numbered=False)
            elif k == "box":
                self.box(b[1], b[2])
            elif k == "table":
                self.table_block(b[1])
            elif k == "pagebreak":
                self.add_page()
            else:
                raise ValueError(k)


def make(kind, blocks, outname, title, created, cover=None, exec_head=None, head_right=""):
    total, toc_pages = None, {}
    for _ in range(3):
        pdf = Report(kind, "Fenwick Vale LSCB \u2014 Serious Case Review: Child C", head_right,
                     cover_uncounted=cover is not None, total_pages=total, toc_pages=toc_pages)
        pdf.set_title(title)
        pdf.set_author("Fenwick Vale LSCB (FICTIONAL)")
        pdf.set_subject("FICTIONAL serious case review for testing a question-answering tool")
        pdf.set_keywords("FICTIONAL; serious case review; Child C; Fenwick Vale")
        pdf.set_creator("build.py (fpdf2)")
        pdf.set_producer("fpdf2")
        pdf.set_creation_date(created)
        if cover:
            pdf.cover(cover)
        else:
            pdf.add_page()
            pdf.exec_head(exec_head)
        pdf.render(blocks)
        new_pages = {t: p for _, t, p in pdf.headings}
        n = pdf.pages_count
        if total == n and new_pages == toc_pages:
            break
        total, toc_pages = n, new_pages
    out = os.path.join(HERE, outname)
    pdf.output(out)
    print("%s: %d pages" % (outname, pdf.pages_count))
    return out


def main():
    make("overview", C.OVERVIEW, "fenwick-vale-scr-child-c-overview-report.pdf",
         "Serious Case Review: Child C - Overview Report (FICTIONAL)",
         datetime(2011, 2, 10, 9, 30, 0, tzinfo=timezone.utc),
         cover=C.OVERVIEW_COVER, head_right="Overview Report")
    make("executive", C.EXECUTIVE, "fenwick-vale-scr-child-c-executive-summary.pdf",
         "Serious Case Review: Child C - Executive Summary (FICTIONAL)",
         datetime(2011, 5, 16, 9, 0, 0, tzinfo=timezone.utc),
         exec_head=C.EXEC_HEAD, head_right="Executive Summary")


if __name__ == "__main__":
    main()
