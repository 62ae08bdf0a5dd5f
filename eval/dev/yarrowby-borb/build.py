"""Build the Yarrowby (Child N) designed-layout corpus with borb.

Generator: borb 3.x (pure-Python PDF library, https://pypi.org/project/borb/).
borb's own MultiColumnLayout cannot split a paragraph between columns or pages,
so this script uses borb's lower-level API instead: every text line is a borb
``Chunk`` painted at an exact position, tinted boxes and rules are borb ``Shape``
objects, and the two-column / three-panel flow (numbered paragraphs that run on
from column one to column two and over page breaks, column-foot footnotes,
pull quote, tinted box, wrapped-cell table) is computed here.

Run:
    python3 -m venv /tmp/gen-yarrowby
    /tmp/gen-yarrowby/bin/pip install pypdf borb
    /tmp/gen-yarrowby/bin/python build.py

All text lives in content.py beside this file. Metadata dates and the file ID
are fixed so a rebuild gives the same text.
"""
import os
import re
import sys

sys.dont_write_bytecode = True  # keep the corpus folder free of __pycache__

from borb.pdf import Chunk, Document, HexColor, Page, PDF, Shape
from borb.pdf.font.simple_font.standard_14_fonts import Standard14Fonts
from borb.pdf.primitives import datestr, hexstr, name
import borb.pdf.license.usage_statistics as _us

import content as C

_us.UsageStatistics.event = staticmethod(lambda *a, **k: None)  # no network calls

HERE = os.path.dirname(os.path.abspath(__file__))
F = {
    "r": Standard14Fonts.get("Helvetica"),
    "b": Standard14Fonts.get("Helvetica-Bold"),
    "i": Standard14Fonts.get("Helvetica-Oblique"),
}
TEAL = HexColor("#1F5F6B")
TINT = HexColor("#E2EFF1")
SAND = HexColor("#F6EEDC")
GREY = HexColor("#555555")
BLACK = HexColor("#000000")

_wcache = {}
LOG = []


def width(text, font="r", size=10.0):
    key = (text, font)
    if key not in _wcache:
        _wcache[key] = F[font].get_width(text, font_size=1000) / 1000.0
    return _wcache[key] * size


def draw(page, text, x, y, font="r", size=10.0, color=BLACK):
    if not text:
        return
    Chunk(text, font=F[font], font_size=size, font_color=color).paint(
        (x, y, 2000, size * 1.3), page)


def rect(page, x, y, w, h, fill):
    Shape(coordinates=[(0, 0), (w, 0), (w, h), (0, h)], fill_color=fill,
          stroke_color=None, line_width=0).paint((x, y, w, h), page)


FN_RE = re.compile(r"\{fn:([^}]*)\}")


def tokens(text, fnstore):
    """Split text into words; footnote markers become ('sup', n) attached to words."""
    out = []
    pos = 0
    parts = []
    for m in FN_RE.finditer(text):
        parts.append(("t", text[pos:m.start()]))
        fnstore.append(m.group(1))
        parts.append(("f", len(fnstore)))
        pos = m.end()
    parts.append(("t", text[pos:]))
    for kind, val in parts:
        if kind == "t":
            for w in val.split(" "):
                if w:
                    out.append([w, None])
        else:
            if out:
                out[-1][1] = val
    return out


def wrap(words, font, size, w):
    lines, cur, cw = [], [], 0.0
    sp = width(" ", font, size)
    for word, sup in words:
        ww = width(word, font, size) + (width(str(sup), font, size * 0.6) + 0.5 if sup else 0)
        add = ww if not cur else sp + ww
        if cur and cw + add > w:
            lines.append(cur)
            cur, cw = [(word, sup)], ww
        else:
            cur.append((word, sup))
            cw += add
    if cur:
        lines.append(cur)
    return lines


def draw_line(page, line, x, y, font, size, color=BLACK):
    """Draw one wrapped line; superscript footnote markers are raised small chunks."""
    seg = []
    cx = x
    for word, sup in line:
        seg.append(word)
        if sup:
            t = " ".join(seg)
            draw(page, t, cx, y, font, size, color)
            cx += width(t, font, size) + 0.5
            draw(page, str(sup), cx, y + size * 0.38, "r", size * 0.6, color)
            cx += width(str(sup), "r", size * 0.6) + width(" ", font, size)
            seg = []
    if seg:
        draw(page, " ".join(seg), cx, y, font, size, color)


class Flow:
    """Multi-column flow over pages with column-foot footnotes."""

    def __init__(self, doc, pw, ph, ncols, margins, gutter, header, footer, size=9.6, lead=13.2):
        self.doc, self.pw, self.ph, self.n = doc, pw, ph, ncols
        self.ml, self.mr, self.mt, self.mb = margins
        self.gut = gutter
        self.cw = (pw - self.ml - self.mr - gutter * (ncols - 1)) / ncols
        self.header, self.footer = header, footer
        self.size, self.lead = size, lead
        self.fnsize, self.fnlead = 7.2, 9.0
        self.page = None
        self.pages = []
        self.fntexts = []

    # page handling -------------------------------------------------------
    def new_page(self, top_offset=0):
        if self.page is not None:
            self.finish_page()
        self.page = Page(width_in_points=self.pw, height_in_points=self.ph)
        self.doc.append_page(self.page)
        self.pages.append(self.page)
        self.header(self, self.page, len(self.pages))
        self.col = 0
        self.top = self.ph - self.mt - top_offset
        self.y = self.top
        self.colfn = [[] for _ in range(self.n)]  # footnote ids per column
        self.fnh = [0.0] * self.n

    def finish_page(self):
        for c in range(self.n):
            if not self.colfn[c]:
                continue
            x = self.colx(c)
            yy = self.mb + self.fnh[c] - 4
            rect(self.page, x, yy + 2, 60, 0.6, GREY)
            yy -= self.fnlead + 1
            for fid in self.colfn[c]:
                words = tokens(self.fntexts[fid - 1], [])
                lines = wrap(words, "r", self.fnsize, self.cw - 10)
                draw(self.page, str(fid), x, yy, "r", self.fnsize)
                for ln in lines:
                    draw_line(self.page, ln, x + 9, yy, "r", self.fnsize)
                    yy -= self.fnlead
        self.footer(self, self.page, len(self.pages))

    def colx(self, c):
        return self.ml + c * (self.cw + self.gut)

    def bottom(self):
        return self.mb + self.fnh[self.col]

    def next_col(self):
        if self.col + 1 < self.n:
            self.col += 1
            self.y = self.top
        else:
            self.new_page()

    def fn_height(self, fid):
        words = tokens(self.fntexts[fid - 1], [])
        return len(wrap(words, "r", self.fnsize, self.cw - 10)) * self.fnlead

    # elements ------------------------------------------------------------
    def full_heading(self, text):
        """Full-width section heading across both columns (starts a page)."""
        self.new_page()
        y = self.y - 18
        rect(self.page, self.ml, y - 8, self.pw - self.ml - self.mr, 30, TEAL)
        draw(self.page, text, self.ml + 10, y + 1, "b", 14, HexColor("#FFFFFF"))
        self.top = y - 24
        self.y = self.top

    def space(self, h):
        self.y -= h

    def subheading(self, text, big=False):
        fs, fl_ = (13, 16) if big else (10.5, 13)
        lines = wrap(tokens(text, []), "b", fs, self.cw)
        need = len(lines) * fl_ + 6 + 3 * self.lead
        if self.y - need < self.bottom() and self.y != self.top:
            self.next_col()
        self.y -= 12 if big else 6
        if big:
            rect(self.page, self.colx(self.col), self.y, self.cw, 2.5, TEAL)
        for ln in lines:
            self.y -= fl_
            draw_line(self.page, ln, self.colx(self.col), self.y, "b", fs, TEAL)
        self.y -= 4

    def para(self, num, text, font="r", size=None, indent=26, after=5, color=BLACK):
        size = size or self.size
        lead = self.lead * size / self.size
        fn_before = len(self.fntexts)
        words = tokens(text, self.fntexts)
        lines = wrap(words, font, size, self.cw - indent)
        first = True
        where = []
        for ln in lines:
            sups = [s for _, s in ln if s]
            extra = sum(self.fn_height(s) for s in sups) + (12 if sups and not self.colfn[self.col] else 0)
            if self.y - lead < self.bottom() + extra:
                self.next_col()
                extra = sum(self.fn_height(s) for s in sups) + (12 if sups and not self.colfn[self.col] else 0)
            self.y -= lead
            x = self.colx(self.col)
            if first and num:
                draw(self.page, num, x, self.y, "b", size, TEAL)
            draw_line(self.page, ln, x + indent, self.y, font, size, color)
            for s in sups:
                if not self.colfn[self.col]:
                    self.fnh[self.col] += 12
                self.colfn[self.col].append(s)
                self.fnh[self.col] += self.fn_height(s)
            first = False
            where.append((len(self.pages), self.col))
        if num:
            LOG.append((num, where[0], where[-1]))
        self.y -= after

    def box(self, title, paras, fill=TINT, size=9.0, pad=8):
        lead = 12.2
        blocks = [wrap(tokens(p, []), "r", size, self.cw - 2 * pad) for p in paras]
        tl = wrap(tokens(title, []), "b", 10, self.cw - 2 * pad)
        h = pad * 2 + len(tl) * 13 + 4 + sum(len(b) * lead + 4 for b in blocks)
        if self.y - h - 6 < self.bottom():
            self.next_col()
        x = self.colx(self.col)
        self.y -= 4
        rect(self.page, x, self.y - h, self.cw, h, fill)
        rect(self.page, x, self.y - h, 3, h, TEAL)
        yy = self.y - pad
        for ln in tl:
            yy -= 13
            draw_line(self.page, ln, x + pad, yy, "b", 10, TEAL)
        yy -= 4
        for b in blocks:
            for ln in b:
                yy -= lead
                draw_line(self.page, ln, x + pad, yy, "r", size)
            yy -= 4
        self.y -= h + 10

    def quote(self, text, attrib):
        size, lead = 13, 17
        lines = wrap(tokens(text, []), "i", size, self.cw - 16)
        h = len(lines) * lead + 30
        if self.y - h < self.bottom():
            self.next_col()
        x = self.colx(self.col)
        self.y -= 8
        rect(self.page, x, self.y - h + 6, self.cw, 2, TEAL)
        rect(self.page, x, self.y + 2, self.cw, 2, TEAL)
        yy = self.y - 6
        for ln in lines:
            yy -= lead
            draw_line(self.page, ln, x + 8, yy, "i", size, TEAL)
        yy -= 14
        draw(self.page, attrib, x + 8, yy, "r", 8.5, GREY)
        self.y -= h + 8

    def table(self, cols, widths, rows, size=8.4, lead=10.6):
        """Full-width table with wrapped cells (starts below current position)."""
        total = self.pw - self.ml - self.mr
        ws = [total * w for w in widths]
        def rowh(cells, font):
            return max(len(wrap(tokens(c, []), font, size, w - 8)) for c, w in zip(cells, ws)) * lead + 8
        def drawrow(cells, font, fill, color=BLACK):
            h = rowh(cells, font)
            if self.y - h < self.mb:
                self.new_page()
            if fill is not None:
                rect(self.page, self.ml, self.y - h, total, h, fill)
            x = self.ml
            for c, w in zip(cells, ws):
                yy = self.y - 3
                for ln in wrap(tokens(c, []), font, size, w - 8):
                    yy -= lead
                    draw_line(self.page, ln, x + 4, yy + 1, font, size, color)
                x += w
            rect(self.page, self.ml, self.y - h, total, 0.5, GREY)
            self.y -= h
        drawrow(cols, "b", TEAL, HexColor("#FFFFFF"))
        for i, r in enumerate(rows):
            drawrow(r, "r", SAND if i % 2 else None)

    def plain(self, text, font="r", size=9.6, lead=13.2, x=None, w=None, color=BLACK, after=5):
        x = self.ml if x is None else x
        w = (self.pw - self.ml - self.mr) if w is None else w
        for ln in wrap(tokens(text, []), font, size, w):
            self.y -= lead
            draw_line(self.page, ln, x, self.y, font, size, color)
        self.y -= after


def roman(n):
    return ["i", "ii", "iii", "iv", "v"][n - 1]


def fix_meta(doc, title):
    info = doc["Trailer"]["Info"]
    info[name("CreationDate")] = datestr("D:20250306090000Z00")
    info[name("ModDate")] = datestr("D:20250306090000Z00")
    info[name("Title")] = title
    info[name("Author")] = "Yarrowby Safeguarding Children Partnership (FICTIONAL)"
    doc["Trailer"][name("ID")] = [hexstr("59415252" * 4), hexstr("59415252" * 4)]


# --------------------------------------------------------------------------
# main review
# --------------------------------------------------------------------------

def build_review(section_pages):
    doc = Document()
    FRONT = 3
    found = {}

    def header(fl, page, n):
        if n == 1:
            return
        draw(page, "Yarrowby Safeguarding Children Partnership", fl.ml, fl.ph - 34, "b", 8, TEAL)
        t = "Child Safeguarding Practice Review: Child N"
        draw(page, t, fl.pw - fl.mr - width(t, "r", 8), fl.ph - 34, "r", 8, GREY)
        rect(page, fl.ml, fl.ph - 40, fl.pw - fl.ml - fl.mr, 0.7, TEAL)

    def footer(fl, page, n):
        rect(page, fl.ml, 40, fl.pw - fl.ml - fl.mr, 0.5, GREY)
        draw(page, "FICTIONAL - practice document. All people, places and agencies are invented.", fl.ml, 28, "r", 7.5, GREY)
        if n > 1:
            folio = roman(n) if n <= FRONT else str(n - FRONT)
            draw(page, folio, fl.pw - fl.mr - width(folio, "b", 9), 28, "b", 9, TEAL)

    fl = Flow(doc, 595, 842, 2, (50, 50, 60, 52), 20, header, footer)

    # cover (i)
    fl.new_page()
    p = fl.page
    rect(p, 0, 842 - 330, 595, 330, TEAL)
    draw(p, "FICTIONAL", 50, 842 - 60, "b", 12, HexColor("#FFFFFF"))
    draw(p, "Yarrowby Safeguarding Children Partnership", 50, 842 - 120, "b", 16, HexColor("#FFFFFF"))
    draw(p, "Child Safeguarding Practice Review", 50, 842 - 200, "b", 28, HexColor("#FFFFFF"))
    draw(p, "Child N", 50, 842 - 240, "b", 28, HexColor("#FFFFFF"))
    fl.y = 842 - 380
    for t in C.COVER:
        fl.plain(t, size=11, lead=15, after=6)
    # contents (ii)
    fl.new_page()
    fl.y -= 10
    fl.plain("Contents", "b", 16, 20, color=TEAL, after=10)
    for title, folio in section_pages:
        fl.y -= 16
        draw(fl.page, title, fl.ml, fl.y, "r", 10.5)
        draw(fl.page, folio, fl.pw - fl.mr - width(folio, "r", 10.5), fl.y, "r", 10.5)
    fl.y -= 24
    for t in C.CONTENTS_NOTE:
        fl.plain(t, "i", 9, 12, color=GREY)
    # foreword + glossary (iii)
    fl.new_page()
    fl.y -= 10
    fl.plain("Foreword from the Independent Scrutineer", "b", 14, 18, color=TEAL, after=6)
    for t in C.FOREWORD:
        fl.plain(t, after=6)
    fl.y -= 8
    fl.plain("Glossary and anonymised roles", "b", 12, 16, color=TEAL, after=4)
    for code, desc in C.GLOSSARY:
        fl.y -= 12.5
        draw(fl.page, code, fl.ml, fl.y, "b", 9)
        draw(fl.page, desc, fl.ml + 70, fl.y, "r", 9)
    # body
    secs = []
    for sec in C.SECTIONS:
        if sec.get("inline"):
            fl.subheading(sec["title"], big=True)
        else:
            fl.full_heading(sec["title"])
        secs.append((sec["title"], str(len(fl.pages) - FRONT)))
        for item in sec["items"]:
            kind = item[0]
            if kind == "p":
                fl.para(item[1], item[2])
            elif kind == "h":
                fl.subheading(item[1])
            elif kind == "box":
                fl.box(item[1], item[2])
            elif kind == "quote":
                fl.quote(item[1], item[2])
            elif kind == "col":
                fl.next_col()
            elif kind == "table":
                fl.y -= 6
                for t in item[1]:
                    fl.plain(t, "b", 10, 13, color=TEAL, after=2)
                fl.table(item[2], item[3], item[4])
                fl.y -= 6
                for t in item[5]:
                    fl.plain(t, "i", 8, 10.5, color=GREY, after=3)
    fl.finish_page()
    doc["Trailer"]["Root"][name("PageLabels")] = {
        name("Nums"): [0, {name("S"): name("r")}, FRONT, {name("S"): name("D")}]}
    fix_meta(doc, "FICTIONAL Child Safeguarding Practice Review: Child N")
    return doc, secs


# --------------------------------------------------------------------------
# landscape three-panel briefing
# --------------------------------------------------------------------------

def build_briefing():
    doc = Document()

    def header(fl, page, n):
        rect(page, 0, fl.ph - 46, fl.pw, 46, TEAL)
        draw(page, "Practice briefing: Child N", fl.ml, fl.ph - 30, "b", 15, HexColor("#FFFFFF"))
        t = "Yarrowby Safeguarding Children Partnership  |  FICTIONAL"
        draw(page, t, fl.pw - fl.mr - width(t, "r", 9), fl.ph - 29, "r", 9, HexColor("#FFFFFF"))

    def footer(fl, page, n):
        draw(page, "FICTIONAL - practice document. Read with the full review report.  Page %d of 2" % n,
             fl.ml, 20, "r", 7.5, GREY)

    fl = Flow(doc, 842, 595, 3, (36, 36, 66, 40), 24, header, footer, size=10.6, lead=14.2)
    for pi, panels in enumerate(C.BRIEFING):
        fl.new_page()
        for ci, panel in enumerate(panels):
            if ci:
                fl.next_col()
            if panel.get("tint"):
                rect(fl.page, fl.colx(ci) - 6, fl.mb - 4, fl.cw + 12, fl.top - fl.mb + 12, TINT)
            fl.subheading(panel["title"])
            for item in panel["items"]:
                if item[0] == "p":
                    fl.para(item[1], item[2], indent=(16 if item[1] else 0))
                elif item[0] == "h":
                    fl.subheading(item[1])
                elif item[0] == "box":
                    fl.box(item[1], item[2], fill=SAND)
                elif item[0] == "quote":
                    fl.quote(item[1], item[2])
    fl.finish_page()
    fix_meta(doc, "FICTIONAL Practice briefing: Child N")
    return doc


def main():
    doc, secs = build_review([("", "")] * len(C.SECTIONS))
    doc, secs2 = build_review(secs)
    assert secs == secs2
    PDF.write(what=doc, where_to=os.path.join(HERE, "yarrowby-cspr-child-n-review.pdf"))
    PDF.write(what=build_briefing(), where_to=os.path.join(HERE, "yarrowby-child-n-practice-briefing.pdf"))


if __name__ == "__main__":
    main()
