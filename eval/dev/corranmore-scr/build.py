# -*- coding: utf-8 -*-
"""Build the FICTIONAL Corranmore SCR corpus (Baby L).

Run:  /work/main/.venv/bin/python build.py

Uses reportlab's low-level canvas only (no platypus).  All layout (wrapping,
hanging indents, tables with repeating header rows, footnotes, running
headers and "Page N of M" footers) is done here.  Output is deterministic:
the canvas is created with invariant=1, which fixes the creation date and
document ID.
"""
import os
import re
import sys

sys.dont_write_bytecode = True

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

import content as C

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN_PDF = os.path.join(HERE, "corranmore-scr-baby-l-overview-report.pdf")
ES_PDF = os.path.join(HERE, "corranmore-scr-baby-l-executive-summary.pdf")

PW, PH = A4


# ====================================================================== helpers
def wrap(text, font, size, width):
    """Greedy word wrap on spaces.  Never hyphenates."""
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        if w == "":
            continue
        trial = w if not cur else cur + " " + w
        if stringWidth(strip_marks(trial), font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


MARK = re.compile(r"\[\[fn(\d+)\]\]")


def strip_marks(s):
    return MARK.sub("", s)


class Page:
    def __init__(self):
        self.ops = []
        self.footnotes = []   # list of footnote numbers
        self.fn_height = 0.0


# ====================================================================== main report
class Report:
    FONT = "Helvetica"
    BOLD = "Helvetica-Bold"
    ITAL = "Helvetica-Oblique"
    BI = "Helvetica-BoldOblique"
    SIZE = 10.5
    LEAD = 14.4
    LM = 25 * mm
    RM = PW - 20 * mm
    TOP = PH - 27 * mm
    BOTTOM = 24 * mm
    HANG = 15 * mm            # hanging indent for paragraph text
    FN_SIZE = 7.6
    FN_LEAD = 9.4

    def __init__(self, page_of_section=None):
        self.pages = []
        self.section_pages = {}      # section num -> printed page number
        self.known = page_of_section or {}
        self.table_no = 0

    # ---------------------------------------------------------------- pages
    def new_page(self):
        p = Page()
        self.pages.append(p)
        self.y = self.TOP
        return p

    @property
    def page(self):
        return self.pages[-1]

    def floor(self):
        return self.BOTTOM + self.page.fn_height + (6 if self.page.footnotes else 0)

    def need(self, h):
        if self.y - h < self.floor():
            self.new_page()

    def text(self, x, y, s, font=None, size=None):
        self.page.ops.append(("text", x, y, font or self.FONT, size or self.SIZE, s))

    # ---------------------------------------------------------------- footnotes
    def fn_block_height(self, n):
        lines = wrap(C.FOOTNOTES[n], self.FONT, self.FN_SIZE, self.RM - self.LM - 5 * mm)
        return len(lines) * self.FN_LEAD + 2

    def draw_line_with_marks(self, x, y, line, font, size):
        """Draw a line whose text may contain [[fnN]] markers (as superscripts)."""
        parts = MARK.split(line)
        cx = x
        for i, part in enumerate(parts):
            if i % 2 == 0:
                if part:
                    self.text(cx, y, part, font, size)
                    cx += stringWidth(part, font, size)
            else:
                self.page.ops.append(("text", cx + 0.4, y + 3.6, self.FONT, 6.4, part))
                cx += stringWidth(part, self.FONT, 6.4) + 0.8

    # ---------------------------------------------------------------- blocks
    def heading1(self, num, title):
        self.need(self.LEAD * 4.5)
        self.y -= 8
        self.section_pages[num] = len(self.pages) - 1   # printed number (cover unnumbered)
        self.text(self.LM, self.y, num + ".", self.BOLD, 11.5)
        self.text(self.LM + self.HANG, self.y, title.upper(), self.BOLD, 11.5)
        self.y -= self.LEAD + 5

    def heading2(self, title):
        self.need(self.LEAD * 3.5)
        self.y -= 2
        self.text(self.LM + self.HANG, self.y, title, self.BI, self.SIZE)
        self.y -= self.LEAD + 1

    def para(self, num, text, indent=None, after=6):
        x = self.LM + (self.HANG if indent is None else indent)
        width = self.RM - x
        lines = wrap(text, self.FONT, self.SIZE, width)
        first = True
        for ln in lines:
            marks = [int(m) for m in MARK.findall(ln)]
            extra = sum(self.fn_block_height(m) for m in marks)
            if self.y - self.LEAD < self.floor() + extra + (6 if marks and not self.page.footnotes else 0):
                self.new_page()
            if first and num:
                self.text(self.LM, self.y, num, self.FONT, self.SIZE)
            first = False
            self.draw_line_with_marks(x, self.y, ln, self.FONT, self.SIZE)
            for m in marks:
                self.page.footnotes.append(m)
                self.page.fn_height += self.fn_block_height(m)
            self.y -= self.LEAD
        self.y -= after

    def items(self, items):
        for it in items:
            # "(a) text" -> label at HANG, text at HANG + 8mm (second hanging indent)
            m = re.match(r"^(\([a-z]\)|\u2022)\s+(.*)$", it)
            label, body = m.group(1), m.group(2)
            x = self.LM + self.HANG + 8 * mm
            lines = wrap(body, self.FONT, self.SIZE, self.RM - x)
            for i, ln in enumerate(lines):
                self.need(self.LEAD)
                if i == 0:
                    self.text(self.LM + self.HANG, self.y, label)
                self.text(x, self.y, ln)
                self.y -= self.LEAD
            self.y -= 2
        self.y -= 4

    # ---------------------------------------------------------------- tables
    def table(self, caption, head, rows, widths, size=8.6, lead=10.4, head_fill=0.85,
              boxed=True, bold_first_col=False, pad=3.2, cont_caption=True, head_size=None,
              frame=0.0):
        self.table_no += 1
        tno = self.table_no
        self._tcaption = caption
        head_size = head_size or size
        x0 = self.LM
        widths = [w for w in widths]

        def cell_lines(txt, w, font, sz):
            out = []
            for para in txt.split("\n"):
                out.extend(wrap(para, font, sz, w - 2 * pad) or [""])
            return out

        def row_height(cells, font, sz, ld):
            n = max(len(cell_lines(c, w, font, sz)) for c, w in zip(cells, widths))
            return n * ld + 2 * pad + 1

        def draw_caption(cont):
            t = "Table %d: %s" % (tno, caption) + (" (continued)" if cont else "")
            self.text(x0, self.y, t, self.BOLD, 9.4)
            self.y -= 12

        def draw_row(cells, font, sz, ld, fill=None, first_bold=False):
            h = row_height(cells, font, sz, ld)
            top = self.y
            cx = x0
            for i, (c, w) in enumerate(zip(cells, widths)):
                if fill is not None:
                    self.page.ops.append(("rect", cx, top - h, w, h, fill))
                self.page.ops.append(("box", cx, top - h, w, h))
                f = self.BOLD if (first_bold and i == 0) else font
                ty = top - pad - sz
                for ln in cell_lines(c, w, f, sz):
                    self.text(cx + pad, ty, ln, f, sz)
                    ty -= ld
                cx += w
            self.y = top - h

        hh = row_height(head, self.BOLD, head_size, lead)
        first_h = row_height(rows[0], self.FONT, size, lead)
        self.need(12 + hh + first_h + 4)
        self.section_pages["T%d" % tno] = len(self.pages) - 1
        draw_caption(False)
        seg_top = self.y
        tw = sum(widths)
        draw_row(head, self.BOLD, head_size, lead, fill=head_fill)
        for r in rows:
            h = row_height(r, self.FONT, size, lead)
            if self.y - h < self.floor():
                if frame:
                    self.page.ops.append(("frame", x0, self.y, tw, seg_top - self.y, frame))
                self.new_page()
                if cont_caption:
                    draw_caption(True)
                seg_top = self.y
                draw_row(head, self.BOLD, head_size, lead, fill=head_fill)
            draw_row(r, self.FONT, size, lead, first_bold=bold_first_col)
        if frame:
            self.page.ops.append(("frame", x0, self.y, tw, seg_top - self.y, frame))
        self.y -= 12

    # ---------------------------------------------------------------- contents
    def contents(self):
        self.text(self.LM, self.y, "CONTENTS", self.BOLD, 11.5)
        self.y -= self.LEAD + 4
        entries = [(b[1], b[2]) for b in C.BODY if b[0] == "h1"]
        for num, title in entries:
            self.contents_entry(num + ".", title, self.known.get(num, 0))
        self.y -= 6
        self.text(self.LM, self.y, "Tables", self.BOLD, self.SIZE)
        self.y -= self.LEAD + 1
        tables = ["Glossary of abbreviations", "Key to anonymised practitioners",
                  "Chronology of significant events", "Recommendations"]
        for i, title in enumerate(tables, 1):
            self.contents_entry("Table %d" % i, title, self.known.get("T%d" % i, 0))
        self.y -= 10

    def contents_entry(self, label, title, pg):
        """One contents line: its label, its title, a dotted leader and the page number at the right margin."""
        self.text(self.LM, self.y, label)
        self.text(self.LM + self.HANG, self.y, title)
        s = str(pg)
        self.text(self.RM - stringWidth(s, self.FONT, self.SIZE), self.y, s)
        x1 = self.LM + self.HANG + stringWidth(title, self.FONT, self.SIZE) + 4
        x2 = self.RM - stringWidth(s, self.FONT, self.SIZE) - 4
        self.page.ops.append(("dots", x1, self.y + 1, x2))
        self.y -= self.LEAD + 1

    # ---------------------------------------------------------------- cover
    def cover(self):
        p = self.new_page()
        p.cover = True
        cv = C.COVER
        y = PH - 62 * mm
        self.text(self.LM, y, cv["committee"], self.BOLD, 17)
        y -= 9
        p.ops.append(("hline", self.LM, y, self.RM, 1.2))
        y -= 34 * mm
        self.text(self.LM, y, cv["title"], self.BOLD, 26)
        y -= 16 * mm
        self.text(self.LM, y, cv["child"], self.BOLD, 22)
        y -= 8 * mm
        self.text(self.LM, y, cv["child_sub"], self.FONT, 12)
        y -= 20 * mm
        self.text(self.LM, y, cv["doctype"], self.BOLD, 18)
        y -= 9 * mm
        self.text(self.LM, y, cv["reviewer"], self.FONT, 11)
        y -= 24 * mm
        self.y = y
        self.text(self.LM, self.y, "Document control", self.BOLD, 10)
        self.y -= 8
        widths = [18 * mm, 36 * mm, 70 * mm, 41 * mm]
        # simple boxed table drawn directly (no caption number)
        pad = 3.2
        rows = [cv["versions_head"]] + cv["versions"]
        for ri, r in enumerate(rows):
            font = self.BOLD if ri == 0 else self.FONT
            cl = [wrap(c, font, 9, w - 2 * pad) for c, w in zip(r, widths)]
            h = max(len(c) for c in cl) * 11 + 2 * pad
            cx = self.LM
            for c, w in zip(cl, widths):
                if ri == 0:
                    p.ops.append(("rect", cx, self.y - h, w, h, 0.85))
                p.ops.append(("box", cx, self.y - h, w, h))
                ty = self.y - pad - 9
                for ln in c:
                    self.text(cx + pad, ty, ln, font, 9)
                    ty -= 11
                cx += w
            self.y -= h
        self.y -= 10 * mm
        self.text(self.LM, self.y, "Protective marking: " + C.MARKING + ". This report has been "
                  "anonymised for publication.", self.FONT, 8.6)

    # ---------------------------------------------------------------- build
    def build(self):
        self.cover()
        self.new_page()
        for b in C.BODY:
            k = b[0]
            if k == "contents":
                self.contents()
            elif k == "glossary":
                self.table("Glossary of abbreviations", ["Abbreviation", "Meaning"],
                           [list(g) for g in C.GLOSSARY], [32 * mm, self.RM - self.LM - 32 * mm],
                           size=8.8, lead=10.6, bold_first_col=True, pad=2.6)
            elif k == "key":
                self.new_page()
                self.table("Key to anonymised practitioners", C.KEY_HEAD, [list(r) for r in C.KEY],
                           [20 * mm, 78 * mm, self.RM - self.LM - 98 * mm], size=8.6, lead=10.4,
                           bold_first_col=True, pad=2.4)
            elif k == "family":
                x = self.LM + self.HANG
                self.need(self.LEAD * (len(C.FAMILY_KEY) + 2))
                self.text(x, self.y, "Family members are referred to as follows:", self.ITAL)
                self.y -= self.LEAD + 1
                for who, desc in C.FAMILY_KEY:
                    self.text(x + 4 * mm, self.y, who, self.BOLD)
                    self.text(x + 44 * mm, self.y, desc)
                    self.y -= self.LEAD - 1
                self.y -= 8
            elif k == "h1":
                self.heading1(b[1], b[2])
            elif k == "h2":
                self.heading2(b[1])
            elif k == "p":
                self.para(b[1], b[2])
            elif k == "items":
                self.items(b[1])
            elif k == "chron":
                self.table("Chronology of significant events", C.CHRON_HEAD, C.CHRON,
                           [21 * mm, 24 * mm, 75 * mm, self.RM - self.LM - 120 * mm],
                           size=8.8, lead=10.8)
            elif k == "recs":
                self.recs_box()
            elif k == "pagebreak":
                self.new_page()
        return self

    def recs_box(self):
        # recommendations in a boxed table with a heavy outer frame
        start_page = len(self.pages) - 1
        start_y = self.y
        self.table("Recommendations", C.RECS_HEAD, C.RECS,
                   [12 * mm, 105 * mm, 33 * mm, self.RM - self.LM - 150 * mm],
                   size=9.0, lead=11.2, head_fill=0.78, pad=4, frame=1.6)
        self.need(self.LEAD * 4)
        self.y -= 6
        self.text(self.LM, self.y, "Fiona Rennick", self.BOLD)
        self.y -= self.LEAD
        self.text(self.LM, self.y, "Independent Reviewer", self.FONT)
        self.y -= self.LEAD
        self.text(self.LM, self.y, "26 November 2013", self.FONT)
        self.y -= self.LEAD
        # heavy frame around the part of the table on each page
        self.page.ops.append(("note_end",))

    # ---------------------------------------------------------------- render
    def render(self, path):
        total = len(self.pages) - 1      # printed count excludes the cover
        c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
        c.setTitle("Significant Case Review: Baby L - Overview Report (FICTIONAL)")
        c.setAuthor("Corranmore Child Protection Committee (fictional)")
        c.setSubject("FICTIONAL practice document for testing")
        c.setCreator("build.py (reportlab canvas)")
        c.setProducer("reportlab")
        for i, p in enumerate(self.pages):
            is_cover = getattr(p, "cover", False)
            if not is_cover:
                # running header
                c.setFont(self.FONT, 8.4)
                c.drawString(self.LM, PH - 15 * mm, C.COMMITTEE)
                c.setFont(self.BOLD, 8.4)
                c.drawRightString(self.RM, PH - 15 * mm, C.MARKING)
                c.setLineWidth(0.6)
                c.line(self.LM, PH - 17 * mm, self.RM, PH - 17 * mm)
            else:
                c.setFont(self.BOLD, 9)
                c.drawCentredString(PW / 2, PH - 14 * mm, C.MARKING)
            self.draw_ops(c, p)
            if p.footnotes:
                fy = self.BOTTOM + p.fn_height
                c.setLineWidth(0.5)
                c.line(self.LM, fy + 3, self.LM + 45 * mm, fy + 3)
                fy -= self.FN_LEAD - 1
                for n in p.footnotes:
                    lines = wrap(C.FOOTNOTES[n], self.FONT, self.FN_SIZE, self.RM - self.LM - 5 * mm)
                    c.setFont(self.FONT, 6.2)
                    c.drawString(self.LM, fy + 2.2, str(n))
                    c.setFont(self.FONT, self.FN_SIZE)
                    for ln in lines:
                        c.drawString(self.LM + 5 * mm, fy, ln)
                        fy -= self.FN_LEAD
                    fy -= 2
            # footer
            c.setLineWidth(0.6)
            c.line(self.LM, 17 * mm, self.RM, 17 * mm)
            c.setFont(self.ITAL, 7.6)
            c.drawString(self.LM, 12.5 * mm, C.FICTION_LINE)
            if not is_cover:
                c.setFont(self.FONT, 8.4)
                c.drawRightString(self.RM, 12.5 * mm, "Page %d of %d" % (i, total))
                c.setFont(self.FONT, 7.2)
                c.drawCentredString(PW / 2, 8 * mm, C.MARKING)
            else:
                c.setFont(self.BOLD, 9)
                c.drawCentredString(PW / 2, 8 * mm, C.MARKING)
            c.showPage()
        c.save()

    def draw_ops(self, c, p):
        for op in p.ops:
            k = op[0]
            if k == "text":
                _, x, y, font, size, s = op
                c.setFont(font, size)
                c.drawString(x, y, s)
            elif k == "rect":
                _, x, y, w, h, g = op
                c.setFillGray(g)
                c.rect(x, y, w, h, stroke=0, fill=1)
                c.setFillGray(0)
            elif k == "box":
                _, x, y, w, h = op
                c.setLineWidth(0.5)
                c.rect(x, y, w, h, stroke=1, fill=0)
            elif k == "hline":
                _, x1, y, x2, lw = op
                c.setLineWidth(lw)
                c.line(x1, y, x2, y)
            elif k == "dots":
                _, x1, y, x2 = op
                c.setDash(0.6, 2.4)
                c.setLineWidth(0.6)
                c.line(x1, y, x2, y)
                c.setDash()
            elif k == "frame":
                _, x, y, w, h, lw = op
                c.setLineWidth(lw)
                c.rect(x, y, w, h, stroke=1, fill=0)
                c.setLineWidth(0.5)
            elif k == "note_end":
                pass


def build_main():
    first = Report().build()
    known = dict(first.section_pages)
    final = Report(known).build()
    assert final.section_pages == known, "contents page numbers unstable"
    final.render(MAIN_PDF)
    return len(final.pages)


# ====================================================================== executive summary
class Summary:
    FONT = "Times-Roman"
    BOLD = "Times-Bold"
    ITAL = "Times-Italic"
    SIZE = 12
    LEAD = 16.4
    LM = 28 * mm
    RM = PW - 28 * mm
    TOP = PH - 30 * mm
    BOTTOM = 26 * mm
    NUMW = 9 * mm

    def __init__(self):
        self.pages = []

    def new_page(self):
        self.pages.append([])
        self.y = self.TOP

    def text(self, x, y, s, font=None, size=None):
        self.pages[-1].append(("text", x, y, font or self.FONT, size or self.SIZE, s))

    def need(self, h):
        if self.y - h < self.BOTTOM:
            self.new_page()

    def build(self):
        self.new_page()
        # title block
        y = self.TOP
        self.text(self.LM, y, C.ES_TITLE[0], self.FONT, 13)
        y -= 26
        self.text(self.LM, y, C.ES_TITLE[1], self.BOLD, 19)
        y -= 24
        self.text(self.LM, y, C.ES_TITLE[2], self.BOLD, 15)
        y -= 18
        self.text(self.LM, y, C.ES_SUB, self.ITAL, 11)
        y -= 10
        self.pages[-1].append(("hline", self.LM, y, self.RM, 1.0))
        self.y = y - 24
        for b in C.ES_BODY:
            k = b[0]
            if k == "h":
                self.need(self.LEAD * 3)
                self.y -= 6
                self.text(self.LM, self.y, b[1], self.BOLD, 12.5)
                self.y -= self.LEAD + 2
            elif k == "p":
                lines = wrap(b[2], self.FONT, self.SIZE, self.RM - self.LM - self.NUMW)
                for i, ln in enumerate(lines):
                    self.need(self.LEAD)
                    if i == 0:
                        self.text(self.LM, self.y, b[1] + ".")
                    self.text(self.LM + self.NUMW, self.y, ln)
                    self.y -= self.LEAD
                self.y -= 7
            elif k == "items":
                for it in b[1]:
                    bullet, body = it.split(" ", 1)
                    x = self.LM + self.NUMW + 6 * mm
                    lines = wrap(body, self.FONT, self.SIZE, self.RM - x)
                    for i, ln in enumerate(lines):
                        self.need(self.LEAD)
                        if i == 0:
                            self.text(self.LM + self.NUMW + 1 * mm, self.y, bullet)
                        self.text(x, self.y, ln)
                        self.y -= self.LEAD
                    self.y -= 2
                self.y -= 6
            elif k == "sig":
                self.need(self.LEAD * 4)
                self.y -= 14
                self.text(self.LM, self.y, b[1][0], self.BOLD)
                self.y -= self.LEAD
                self.text(self.LM, self.y, b[1][1], self.ITAL)
                self.y -= self.LEAD
        return self

    def render(self, path):
        c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
        c.setTitle("Significant Case Review: Baby L - Executive Summary (FICTIONAL)")
        c.setAuthor("Corranmore Child Protection Committee (fictional)")
        c.setSubject("FICTIONAL practice document for testing")
        c.setCreator("build.py (reportlab canvas)")
        c.setProducer("reportlab")
        n = len(self.pages)
        for i, ops in enumerate(self.pages, 1):
            if i > 1:
                c.setFont(self.ITAL, 9.5)
                c.drawString(self.LM, PH - 17 * mm, "Significant Case Review: Baby L \u2014 Executive Summary")
                c.drawRightString(self.RM, PH - 17 * mm, C.MARKING)
                c.setLineWidth(0.4)
                c.line(self.LM, PH - 19 * mm, self.RM, PH - 19 * mm)
            for op in ops:
                if op[0] == "text":
                    _, x, y, f, s, t = op
                    c.setFont(f, s)
                    c.drawString(x, y, t)
                elif op[0] == "hline":
                    _, x1, y, x2, lw = op
                    c.setLineWidth(lw)
                    c.line(x1, y, x2, y)
            c.setFont(self.ITAL, 8.5)
            c.drawString(self.LM, 14 * mm, C.FICTION_LINE)
            c.setFont(self.FONT, 10)
            c.drawRightString(self.RM, 14 * mm, "%d" % i)
            c.showPage()
        c.save()
        return n


def main():
    n_main = build_main()
    s = Summary().build()
    n_es = s.render(ES_PDF)
    print("overview report: %d pages; executive summary: %d pages" % (n_main, n_es))


if __name__ == "__main__":
    main()
