#!/usr/bin/env python3
"""Build the FICTIONAL designed practice PDF data/designed/ashby-cspr-designed.pdf.

    .venv/bin/python data/designed/build.py        (from the repository root)

The document is a made-up Child Safeguarding Practice Review set in a modern
"designed" two-column layout with fpdf2 (not reportlab), so that scr-qa can be
tested on reading order across columns and pages, footnotes, a sidebar, a pull
quote, a wrapped full-width table, and roman/arabic page labels.

The text lives in content.py. This script lays it out itself: every numbered
paragraph is broken into justified lines with fpdf2's own line breaker
(fpdf.line_break.MultiLineBreak) at the column width, then the lines are poured
into column 1, column 2 and the next page, with footnotes reserved at the foot
of the page that carries their marker (the layout is repeated until the
reservations are stable). Because the script knows where every line went, it
also writes golden.json (the ground truth for structure tests) from the same
layout, so the two cannot drift apart.

Output is deterministic: fixed creation date, no randomness, and rebuilding gives
a byte-identical PDF.
"""
import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF, FontFace
from fpdf.enums import Align, CharVPos, XPos, YPos
from fpdf.line_break import MultiLineBreak

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True   # keep data/designed free of __pycache__
import content as C  # noqa: E402

PDF_NAME = "ashby-cspr-designed.pdf"
OUT = HERE / PDF_NAME
GOLDEN = HERE / "golden.json"

# ---------------------------------------------------------------- geometry (mm)
PAGE_W, PAGE_H = 210.0, 297.0
ML = MR = 18.0
TEXT_W = PAGE_W - ML - MR            # 174
GUTTER = 9.0
COL_W = (TEXT_W - GUTTER) / 2        # 82.5
COL_X = (ML, ML + COL_W + GUTTER)
BODY_TOP = 25.0                      # below the running header
BODY_BOTTOM = 279.0                  # above the footer
FOOTER_Y = 284.0

BODY_FONT = "Helvetica"
BODY_PT = 10.0
LINE_H = 1.32                        # line height factor
PARA_SPACE = 1.9                     # space before a paragraph
BAND_GAP = 4.0                       # space after a two-column band
FN_PT = 7.5
FN_LH = 3.25                         # footnote line height (mm)

TEAL = (0, 98, 105)
DARK = (35, 35, 35)
GREY = (110, 110, 110)
TINT = (224, 239, 240)
RULE = (150, 170, 172)

FN_RE = re.compile(r"\^\{([^}]*)\}")


# ---------------------------------------------------------------- the PDF
class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.core_fonts_encoding = "windows-1252"
        self.set_auto_page_break(False)
        self.set_margins(ML, BODY_TOP, MR)
        self.c_margin = 0
        self.set_creation_date(datetime(2024, 1, 1, tzinfo=timezone.utc))
        self.set_title("FICTIONAL - " + C.PARTNERSHIP + " - " + C.TITLE)
        self.set_author("FICTIONAL practice document (scr-qa)")
        self.set_subject("Invented Child Safeguarding Practice Review for testing; not a real case")
        self.set_creator("data/designed/build.py (fpdf2)")


def words(s):
    return s.split()


def first_words(s, n):
    return " ".join(words(s)[:n])


def last_words(s, n):
    return " ".join(words(s)[-n:])


# ---------------------------------------------------------------- column items
class Item:
    """One unit poured into a column: a text line, a heading or an atomic box."""

    def __init__(self, h, kind, draw, space_before=0.0, keep=False, para=None,
                 idx=0, nlines=1, fns=(), text=""):
        self.h = h
        self.kind = kind
        self.draw = draw              # draw(pdf, x, y)
        self.space_before = space_before
        self.keep = keep              # keep with next item
        self.para = para              # paragraph number for text lines
        self.idx = idx
        self.nlines = nlines
        self.fns = list(fns)          # footnote numbers whose markers are on this line
        self.text = text              # clean text of the line (no markers)


class Full:
    """A full-width block (section heading or table)."""

    def __init__(self, h, kind, draw, keep_after=0.0, info=None):
        self.h = h
        self.kind = kind
        self.draw = draw
        self.keep_after = keep_after
        self.info = info or {}


class Builder:
    def __init__(self):
        self.pdf = Doc()
        self.footnotes = {}           # n -> dict(text, word, paragraph)
        self.paragraphs = []          # dicts: number, text
        self.blocks = []              # list of Full or list-of-Item (a band)
        self.line_h = BODY_PT / self.pdf.k * LINE_H
        self.meas = Doc()             # scratch document for dry-run measurements
        self.meas.add_page()

    # ---- fragments
    def frags(self, text, style="", size=BODY_PT, color=DARK, vpos="LINE", family=BODY_FONT):
        pdf = self.pdf
        pdf.set_font(family, style, size)
        pdf.set_text_color(*color)
        pdf.char_vpos = vpos
        out = pdf._preload_font_styles(text, markdown=False)
        pdf.char_vpos = "LINE"
        return list(out)

    def text_lines(self, frags, width, align=Align.J, line_height=LINE_H):
        mlb = MultiLineBreak(frags, max_width=width, margins=(0, 0), align=align,
                             line_height=line_height, skip_leading_spaces=True)
        lines = []
        while (tl := mlb.get_line()) is not None:
            lines.append(tl)
        return lines

    @staticmethod
    def line_text(tl, clean=True):
        parts = []
        for f in tl.fragments:
            if clean and f.char_vpos == CharVPos.SUP:
                continue
            parts.append(f.string)
        return "".join(parts).strip()

    @staticmethod
    def draw_text_line(tl):
        def draw(pdf, x, y):
            pdf.set_xy(x, y)
            pdf._render_styled_text_line(tl, h=tl.height, border=0, new_x=XPos.LEFT,
                                         new_y=YPos.NEXT, fill=False)
        return draw

    # ---- paragraph
    def paragraph(self, number, text, heading=None):
        frags = []
        if heading:
            frags += self.frags(heading + "  ", style="B", color=TEAL)
        frags += self.frags(number + " ", style="B", color=TEAL)
        clean_parts = []
        pos = 0
        for m in FN_RE.finditer(text):
            before = text[pos:m.start()]
            frags += self.frags(before)
            clean_parts.append(before)
            n = len(self.footnotes) + 1
            prev = "".join(clean_parts).split()
            self.footnotes[n] = {"marker": str(n), "text": m.group(1).strip(),
                                 "word": prev[-1] if prev else "", "paragraph": number}
            frags += self.frags(str(n), vpos="SUP")
            pos = m.end()
        frags += self.frags(text[pos:])
        clean_parts.append(text[pos:])
        clean = re.sub(r"\s+", " ", "".join(clean_parts)).strip()
        self.paragraphs.append({"number": number, "text": clean, "heading": heading})
        tls = self.text_lines(frags, COL_W)
        items = []
        for i, tl in enumerate(tls):
            fns = [int(f.string) for f in tl.fragments if f.char_vpos == CharVPos.SUP]
            items.append(Item(tl.height, "text", self.draw_text_line(tl),
                              space_before=PARA_SPACE if i == 0 else 0.0,
                              para=number, idx=i, nlines=len(tls), fns=fns,
                              text=self.line_text(tl)))
        return items

    # ---- column headings
    def col_heading(self, text, size, space_before, after):
        pdf = self.pdf
        pdf.set_font(BODY_FONT, "B", size)
        h = size / pdf.k * 1.25

        def draw(pdf, x, y):
            pdf.set_font(BODY_FONT, "B", size)
            pdf.set_text_color(*TEAL)
            pdf.set_xy(x, y)
            pdf.cell(COL_W, h, text, align="L")
            if size > 11:
                pdf.set_draw_color(*TEAL)
                pdf.set_line_width(0.4)
                pdf.line(x, y + h + 0.6, x + 18, y + h + 0.6)
        return Item(h + after, "head", draw, space_before=space_before, keep=True, text=text)

    # ---- sidebar
    def sidebar(self):
        pdf = self.meas
        pad = 3.2
        inner = COL_W - 2 * pad
        pdf.set_font(BODY_FONT, "", 8.6)
        line_lists = [pdf.multi_cell(inner - 3, 3.9, t, dry_run=True, output="LINES")
                      for t in C.SIDEBAR_LINES]
        body_h = sum(len(ls) * 3.9 + 0.9 for ls in line_lists)
        head_h = 6.0
        h = pad + head_h + body_h + pad - 0.9

        def draw(pdf, x, y):
            pdf.set_fill_color(*TINT)
            pdf.rect(x, y, COL_W, h, style="F")
            pdf.set_fill_color(*TEAL)
            pdf.rect(x, y, 1.4, h, style="F")
            pdf.set_xy(x + pad, y + pad)
            pdf.set_font(BODY_FONT, "B", 10.5)
            pdf.set_text_color(*TEAL)
            pdf.cell(inner, 5, C.SIDEBAR_HEADING)
            yy = y + pad + head_h
            pdf.set_font(BODY_FONT, "", 8.6)
            pdf.set_text_color(*DARK)
            for t, ls in zip(C.SIDEBAR_LINES, line_lists):
                pdf.set_fill_color(*TEAL)
                pdf.rect(x + pad, yy + 1.3, 1.2, 1.2, style="F")
                pdf.set_xy(x + pad + 3, yy)
                pdf.multi_cell(inner - 3, 3.9, t, align="L")
                yy += len(ls) * 3.9 + 0.9
        return Item(h, "sidebar", draw, space_before=3.5, text=" ".join(C.SIDEBAR_LINES))

    # ---- pull quote
    def pull_quote(self):
        pdf = self.meas
        size = 13.0
        lh = 5.9
        pdf.set_font("Times", "I", size)
        ls = pdf.multi_cell(COL_W - 4, lh, C.QUOTE, dry_run=True, output="LINES")
        h = 3.5 + len(ls) * lh + 3.5

        def draw(pdf, x, y):
            pdf.set_draw_color(*TEAL)
            pdf.set_line_width(0.7)
            pdf.line(x, y, x + COL_W, y)
            pdf.line(x, y + h, x + COL_W, y + h)
            pdf.set_font("Times", "I", size)
            pdf.set_text_color(*TEAL)
            pdf.set_xy(x + 2, y + 3.2)
            pdf.multi_cell(COL_W - 4, lh, C.QUOTE, align="L")
        return Item(h, "quote", draw, space_before=4.0, text=C.QUOTE)

    # ---- full-width section heading
    def full_heading(self, num, title):
        h = 11.0

        def draw(pdf, x, y):
            pdf.set_font(BODY_FONT, "B", 15)
            pdf.set_text_color(*TEAL)
            pdf.set_xy(ML, y + 1.0)
            pdf.cell(TEXT_W, 7, f"{num}  {title}", align="L")
            pdf.set_draw_color(*TEAL)
            pdf.set_line_width(0.5)
            pdf.line(ML, y + 8.8, ML + TEXT_W, y + 8.8)
        return Full(h, "heading", draw, keep_after=5 * self.line_h + PARA_SPACE,
                    info={"number": num, "title": title})

    # ---- full-width table
    def table_block(self):
        cap_h = 7.0

        def render(pdf, y):
            pdf.set_font(BODY_FONT, "B", 9.5)
            pdf.set_text_color(*TEAL)
            pdf.set_xy(ML, y)
            pdf.cell(TEXT_W, 5, C.TABLE_CAPTION)
            pdf.set_xy(ML, y + cap_h)
            pdf.set_font(BODY_FONT, "", 8.4)
            pdf.set_text_color(*DARK)
            pdf.set_draw_color(*RULE)
            pdf.set_line_width(0.25)
            pdf.set_fill_color(255, 255, 255)   # unfilled rows stay white
            head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL)
            with pdf.table(col_widths=C.TABLE_COL_WIDTHS, width=TEXT_W, align="L",
                           text_align="LEFT", line_height=3.8, headings_style=head,
                           borders_layout="HORIZONTAL_LINES", cell_fill_color=TINT,
                           cell_fill_mode="ROWS", padding=(1.3, 1.6, 1.3, 1.6),
                           first_row_as_headings=True) as table:
                row = table.row()
                for c in C.TABLE_HEADER:
                    row.cell(c)
                for r in C.TABLE_ROWS:
                    row = table.row()
                    for c in r:
                        row.cell(c)
            return pdf.y

        # measure on a scratch document
        scratch = Doc()
        scratch.add_page()
        h = render(scratch, 50.0) - 50.0 + 5.0

        def draw(pdf, x, y):
            render(pdf, y)
        return Full(h, "table", draw, info={})

    # ---- stream -> blocks
    def build_stream(self):
        band = []
        section = None
        counter = 0
        for it in C.STREAM:
            kind = it[0]
            if kind == "H1":
                if band:
                    self.blocks.append(band)
                    band = []
                section, counter = it[1], 0
                self.blocks.append(self.full_heading(it[1], it[2]))
            elif kind == "H1C":
                section, counter = it[1], 0
                band.append(self.col_heading(f"{it[1]}  {it[2]}", 12.5, 5.0, 1.5))
            elif kind == "H1P":
                section, counter = it[1], 1
                items = self.paragraph(f"{section}.1", it[3], heading=f"{it[1]} {it[2]}")
                items[0].space_before = 5.0
                self.heading_same_line = {"heading": f"{it[1]} {it[2]}", "number": f"{section}.1"}
                band += items
            elif kind == "H2":
                band.append(self.col_heading(it[1], 10.0, 3.6, 0.4))
            elif kind == "P":
                counter += 1
                band += self.paragraph(f"{section}.{counter}", it[1])
            elif kind == "SIDEBAR":
                band.append(self.sidebar())
            elif kind == "QUOTE":
                band.append(self.pull_quote())
            elif kind == "TABLE":
                if band:
                    self.blocks.append(band)
                    band = []
                self.blocks.append(self.table_block())
            else:
                raise ValueError(kind)
        if band:
            self.blocks.append(band)

    # ---- footnote zone
    def fn_lines(self, n):
        pdf = self.meas
        pdf.set_font(BODY_FONT, "", FN_PT)
        return pdf.multi_cell(TEXT_W, FN_LH, f"{n} {self.footnotes[n]['text']}",
                              dry_run=True, output="LINES")

    def fn_height(self, fns):
        if not fns:
            return 0.0
        return 6.0 + sum(len(self.fn_lines(n)) * FN_LH + 0.7 for n in fns) + 1.0

    # ---- pouring
    @staticmethod
    def fill(items, i, H):
        """Pour items[i:] into one column of height H. Returns (end, [(item, dy)], used)."""
        used = 0.0
        placed = []
        j = i
        while j < len(items):
            it = items[j]
            sb = it.space_before if placed else 0.0
            if used + sb + it.h > H + 1e-6:
                break
            placed.append((it, used + sb))
            used += sb + it.h
            j += 1
        e = j
        if e < len(items) and e > i:
            # keep-with-next, orphans (first line alone) and widows (last line alone)
            orig = e
            for _ in range(4):
                changed = False
                if e - 1 > i and items[e - 1].keep:
                    e -= 1
                    changed = True
                if (e - 1 > i and items[e - 1].kind == "text" and items[e - 1].idx == 0
                        and items[e - 1].nlines > 1):
                    e -= 1
                    changed = True
                if (e < len(items) and e - 1 > i and items[e].kind == "text"
                        and items[e].idx == items[e].nlines - 1 and items[e].nlines > 1
                        and items[e - 1].para == items[e].para):
                    e -= 1
                    changed = True
                if not changed:
                    break
            if e <= i:
                e = orig
            placed = placed[: e - i]
            used = (placed[-1][1] + placed[-1][0].h) if placed else 0.0
        return e, placed, used

    def layout(self, reserve):
        pages = [[]]                  # per page: list of ("full", block, y) / ("col", item, col, y)
        p = 0
        y = BODY_TOP

        def bottom():
            return BODY_BOTTOM - reserve.get(p, 0.0)

        for block in self.blocks:
            if isinstance(block, Full):
                if y + block.h + block.keep_after > bottom() and y > BODY_TOP:
                    pages.append([])
                    p += 1
                    y = BODY_TOP
                pages[p].append(("full", block, y))
                y += block.h
                continue
            items = block
            i = 0
            while i < len(items):
                avail = bottom() - y
                top = y
                # balance the rest of the band on this page if it fits in two columns
                total = sum(it.h + it.space_before for it in items[i:])
                done = False
                if total <= 2 * avail:
                    H = max(total / 2 - 2.0, self.line_h)
                    while H <= avail + 1e-6:
                        e1, pl1, u1 = self.fill(items, i, H)
                        e2, pl2, u2 = self.fill(items, e1, H)
                        if e2 == len(items):
                            for it, dy in pl1:
                                pages[p].append(("col", it, 0, top + dy))
                            for it, dy in pl2:
                                pages[p].append(("col", it, 1, top + dy))
                            y = top + max(u1, u2) + BAND_GAP
                            i = e2
                            done = True
                            break
                        H += 0.5
                if done:
                    break
                e1, pl1, u1 = self.fill(items, i, avail)
                e2, pl2, u2 = self.fill(items, e1, avail)
                for it, dy in pl1:
                    pages[p].append(("col", it, 0, top + dy))
                for it, dy in pl2:
                    pages[p].append(("col", it, 1, top + dy))
                i = e2
                pages.append([])
                p += 1
                y = BODY_TOP
        while pages and not pages[-1]:
            pages.pop()
        return pages

    def fns_on(self, page):
        out = []
        for e in page:
            if e[0] == "col":
                out += e[1].fns
        return out

    def solve(self):
        reserve = {}
        for _ in range(30):
            pages = self.layout(reserve)
            need = {p: self.fn_height(self.fns_on(pg)) for p, pg in enumerate(pages)}
            need = {p: h for p, h in need.items() if h}
            if all(reserve.get(p, 0.0) >= h - 1e-6 for p, h in need.items()):
                # try the tight reservation once; keep it if it is still consistent
                tight = self.layout(need)
                tneed = {p: self.fn_height(self.fns_on(pg)) for p, pg in enumerate(tight)}
                if all(abs(need.get(p, 0.0) - h) < 1e-6 for p, h in tneed.items()):
                    return tight, need
                return pages, reserve
            reserve = {p: max(reserve.get(p, 0.0), need.get(p, 0.0))
                       for p in set(reserve) | set(need)}
        raise RuntimeError("footnote layout did not converge")

    # ---------------------------------------------------------------- rendering
    def footer(self, label):
        pdf = self.pdf
        pdf.set_draw_color(*RULE)
        pdf.set_line_width(0.2)
        pdf.line(ML, FOOTER_Y - 1.5, ML + TEXT_W, FOOTER_Y - 1.5)
        pdf.set_font(BODY_FONT, "", 7.5)
        pdf.set_text_color(*GREY)
        pdf.set_xy(ML, FOOTER_Y)
        pdf.cell(TEXT_W, 4, f"FICTIONAL practice document \u2014 Page {label}", align="R")

    def header(self):
        pdf = self.pdf
        pdf.set_font(BODY_FONT, "B", 7.5)
        pdf.set_text_color(*TEAL)
        pdf.set_xy(ML, 11)
        pdf.cell(TEXT_W, 4, C.PARTNERSHIP.upper(), align="L")
        pdf.set_draw_color(*TEAL)
        pdf.set_line_width(0.3)
        pdf.line(ML, 16.5, ML + TEXT_W, 16.5)

    def render_cover(self):
        pdf = self.pdf
        pdf.add_page()
        pdf.set_page_label(label_style="r", label_start=1)      # i, ii, iii
        pdf.set_fill_color(*TEAL)
        pdf.rect(0, 0, PAGE_W, 150, style="F")
        pdf.set_fill_color(*TINT)
        pdf.rect(0, 150, PAGE_W, 5, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(BODY_FONT, "B", 11)
        pdf.set_xy(ML, 38)
        pdf.cell(TEXT_W, 6, C.COVER["kicker"].upper())
        pdf.set_draw_color(255, 255, 255)
        pdf.set_line_width(0.6)
        pdf.line(ML, 47, ML + 30, 47)
        pdf.set_font(BODY_FONT, "B", 30)
        pdf.set_xy(ML, 62)
        pdf.multi_cell(150, 13, C.COVER["title"], align="L")
        pdf.set_font(BODY_FONT, "", 26)
        pdf.set_xy(ML, pdf.get_y() + 4)
        pdf.cell(TEXT_W, 12, C.COVER["subtitle"])
        pdf.set_text_color(*DARK)
        pdf.set_font(BODY_FONT, "", 11)
        y = 172
        for line in C.COVER["lines"]:
            pdf.set_xy(ML, y)
            pdf.cell(TEXT_W, 6, line)
            y += 8
        # notice box
        pdf.set_fill_color(*TINT)
        pdf.rect(ML, 220, TEXT_W, 30, style="F")
        pdf.set_fill_color(*TEAL)
        pdf.rect(ML, 220, 1.6, 30, style="F")
        pdf.set_xy(ML + 6, 225)
        pdf.set_font(BODY_FONT, "", 10)
        pdf.multi_cell(TEXT_W - 12, 5, C.COVER["notice"], align="L")
        self.footer("i")

    def render_contents(self, toc):
        pdf = self.pdf
        pdf.add_page()
        pdf.set_font(BODY_FONT, "B", 22)
        pdf.set_text_color(*TEAL)
        pdf.set_xy(ML, 30)
        pdf.cell(TEXT_W, 10, "Contents")
        pdf.set_draw_color(*TEAL)
        pdf.set_line_width(0.5)
        pdf.line(ML, 43, ML + TEXT_W, 43)
        y = 52
        for title, label, bold in toc:
            pdf.set_font(BODY_FONT, "B" if bold else "", 11 if bold else 10)
            pdf.set_text_color(*DARK)
            pdf.set_xy(ML + (0 if bold else 8), y)
            pdf.cell(130, 6, title)
            pdf.set_xy(ML + TEXT_W - 30, y)
            pdf.cell(30, 6, f"page {label}", align="R")
            pdf.set_draw_color(*RULE)
            pdf.set_line_width(0.15)
            pdf.line(ML, y + 7.5, ML + TEXT_W, y + 7.5)
            y += 10.5
        pdf.set_xy(ML, y + 8)
        pdf.set_font(BODY_FONT, "I", 9)
        pdf.set_text_color(*GREY)
        pdf.multi_cell(TEXT_W, 4.5, "This is a FICTIONAL practice document. Page numbers "
                       "in roman numerals are front matter; the report itself starts at "
                       "page 1.", align="L")
        self.footer("ii")

    def render_foreword(self):
        pdf = self.pdf
        pdf.add_page()
        y = 28
        for title, paras in C.FOREWORD:
            pdf.set_font(BODY_FONT, "B", 16)
            pdf.set_text_color(*TEAL)
            pdf.set_xy(ML, y)
            pdf.cell(TEXT_W, 8, title)
            y += 12
            for k, para in enumerate(paras):
                last = k == len(paras) - 1
                pdf.set_font(BODY_FONT, "I" if last else "", 10)
                pdf.set_text_color(*DARK)
                pdf.set_xy(ML, y)
                pdf.multi_cell(TEXT_W, 5, para, align="L" if last else "J")
                y = pdf.get_y() + 3
        y += 6
        for title, rows, widths in (("Glossary", C.GLOSSARY, (30, TEXT_W - 30)),
                                    ("Role codes used in this report", C.ROLE_CODES,
                                     (30, TEXT_W - 30))):
            pdf.set_font(BODY_FONT, "B", 13)
            pdf.set_text_color(*TEAL)
            pdf.set_xy(ML, y)
            pdf.cell(TEXT_W, 7, title)
            pdf.set_xy(ML, y + 9)
            pdf.set_font(BODY_FONT, "", 9)
            pdf.set_text_color(*DARK)
            pdf.set_draw_color(*RULE)
            pdf.set_line_width(0.2)
            pdf.set_fill_color(255, 255, 255)
            with pdf.table(col_widths=widths, width=TEXT_W, align="L", text_align="LEFT",
                           line_height=4.2, first_row_as_headings=False,
                           borders_layout="HORIZONTAL_LINES", padding=(1.0, 1.5, 1.0, 1.5)) as t:
                for a, b in rows:
                    r = t.row()
                    r.cell(a, style=FontFace(emphasis="BOLD"))
                    r.cell(b)
            y = pdf.get_y() + 8
        self.footer("iii")

    def run(self):
        self.build_stream()
        pages, _reserve = self.solve()
        nfront = 3                    # cover, contents, foreword/glossary

        # table of contents from the layout
        toc = [("Foreword and glossary", "iii", False)]
        for p, pg in enumerate(pages):
            for e in pg:
                if e[0] == "full" and e[1].kind == "heading":
                    toc.append((f"{e[1].info['number']}  {e[1].info['title']}", str(p + 1), True))
                if e[0] == "col" and e[1].kind == "head" and re.match(r"\d  ", e[1].text):
                    toc.append((e[1].text, str(p + 1), True))
                if e[0] == "col" and e[1].kind == "text" and e[1].para == self.heading_same_line["number"] \
                        and e[1].idx == 0:
                    toc.append((f"{self.heading_same_line['heading'].replace(' ', '  ', 1)}", str(p + 1), True))
                if e[0] == "col" and e[1].kind == "sidebar":
                    toc.append(("Key facts", str(p + 1), False))
                if e[0] == "full" and e[1].kind == "table":
                    toc.append(("Table 1  Key contacts with the family", str(p + 1), False))
        # toc is already in reading order (pages in order, items in placement order)
        self.render_cover()
        self.render_contents(toc)
        self.render_foreword()

        pdf = self.pdf
        for p, pg in enumerate(pages):
            pdf.add_page()
            if p == 0:
                pdf.set_page_label(label_style="D", label_start=1)  # body restarts at 1
            self.header()
            for e in pg:
                if e[0] == "full":
                    e[1].draw(pdf, ML, e[2])
                else:
                    _, it, col, y = e
                    it.draw(pdf, COL_X[col], y)
            fns = self.fns_on(pg)
            if fns:
                top = BODY_BOTTOM - self.fn_height(fns)
                pdf.set_draw_color(*TEAL)
                pdf.set_line_width(0.35)
                pdf.line(ML, top + 3.5, ML + 40, top + 3.5)
                yy = top + 5.5
                pdf.set_font(BODY_FONT, "", FN_PT)
                pdf.set_text_color(*DARK)
                for n in fns:
                    pdf.set_xy(ML, yy)
                    pdf.multi_cell(TEXT_W, FN_LH, f"{n} {self.footnotes[n]['text']}", align="L")
                    yy += len(self.fn_lines(n)) * FN_LH + 0.7
            self.footer(str(p + 1))
        pdf.output(str(OUT))
        self.write_golden(pages, nfront)
        return pages

    # ---------------------------------------------------------------- golden
    def write_golden(self, pages, nfront):
        labels = ["i", "ii", "iii"] + [str(p + 1) for p in range(len(pages))]
        g = {"file": PDF_NAME,
             "fictional": True,
             "note": ("Generated by build.py from the same layout that draws the PDF. Page numbers "
                      "are 1-based physical pages. Text fields are the clean reading text: "
                      "paragraph numbers, section headings and footnote markers are left out. "
                      "paragraphs[].page is where a paragraph starts, ends_page where it ends. "
                      "column_breaks lists every paragraph that is split between columns or "
                      "pages: 'before' ends one column, 'after' starts the next."),
             "pages": [{"page": i + 1, "label": lab} for i, lab in enumerate(labels)]}

        # where did every line of every paragraph go?
        where = {}                    # para -> list of (page, col, item)
        special = {}
        for p, pg in enumerate(pages):
            phys = p + 1 + nfront
            for e in pg:
                if e[0] == "col":
                    it = e[1]
                    if it.kind == "text":
                        where.setdefault(it.para, []).append((phys, e[2], it))
                    elif it.kind in ("sidebar", "quote"):
                        special[it.kind] = phys
                elif e[1].kind == "table":
                    special["table"] = phys

        paras = []
        breaks = []
        for para in self.paragraphs:
            num = para["number"]
            placed = where[num]
            lines = [it.text for _, _, it in placed]
            # strip the heading and the number from the first line
            head = (para["heading"] + "  ") if para["heading"] else ""
            assert lines[0].startswith(head + num + " "), (lines[0], num)
            lines[0] = lines[0][len(head + num) + 1:].strip()
            joined = " ".join(lines)
            assert re.sub(r"\s+", " ", joined) == para["text"], (num, joined, para["text"])
            paras.append({"number": num, "page": placed[0][0],
                          "starts": first_words(para["text"], 7),
                          "ends": last_words(para["text"], 7),
                          "ends_page": placed[-1][0]})
            for k in range(1, len(placed)):
                (p0, c0, _), (p1, c1, _) = placed[k - 1], placed[k]
                if (p0, c0) != (p1, c1):
                    before = " ".join(lines[:k])
                    after = " ".join(lines[k:])
                    breaks.append({"page": p0, "to_page": p1,
                                   "kind": "page" if p1 != p0 else "column",
                                   "paragraph": num,
                                   "before": last_words(before, 5),
                                   "after": first_words(after, 5),
                                   "mid_sentence": not re.search(r"[.!?]\"?$", before)})
        g["paragraphs"] = paras
        g["column_breaks"] = breaks

        fnpage = {}
        for p, pg in enumerate(pages):
            for n in self.fns_on(pg):
                fnpage[n] = p + 1 + nfront
        g["footnotes"] = [{"marker": f["marker"], "page": fnpage[n], "text": f["text"],
                           "word": f["word"], "paragraph": f["paragraph"]}
                          for n, f in sorted(self.footnotes.items())]
        g["pull_quote"] = {"page": special["quote"], "text": C.QUOTE}
        g["sidebar"] = {"page": special["sidebar"], "heading": C.SIDEBAR_HEADING,
                        "text": " ".join(C.SIDEBAR_LINES), "lines": C.SIDEBAR_LINES}
        g["table"] = {"page": special["table"], "caption": C.TABLE_CAPTION.replace("  ", " "),
                      "header": C.TABLE_HEADER, "rows": C.TABLE_ROWS}
        hs = self.heading_same_line
        g["heading_same_line"] = {"page": where[hs["number"]][0][0], "heading": hs["heading"],
                                  "number": hs["number"]}
        with open(GOLDEN, "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=1, ensure_ascii=False)
            fh.write("\n")


def norm(s):
    import unicodedata
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().casefold()


def self_check():
    """Check golden.json against pypdf's text of the PDF just written."""
    from pypdf import PdfReader
    g = json.loads(GOLDEN.read_text(encoding="utf-8"))
    reader = PdfReader(str(OUT))
    raw = [p.extract_text() or "" for p in reader.pages]
    # the clean reading text: drop footnote markers glued to their word
    clean = list(raw)
    for f in g["footnotes"]:
        i = f["page"] - 1
        assert f["word"] + f["marker"] in clean[i], ("marker", f)
        clean[i] = clean[i].replace(f["word"] + f["marker"], f["word"], 1)
    text = [norm(t) for t in clean]
    errors = []

    def need(cond, what):
        if not cond:
            errors.append(what)

    need(list(reader.page_labels) == [p["label"] for p in g["pages"]], "page labels")
    for p in g["pages"]:
        t = text[p["page"] - 1]
        need("fictional" in t, f"FICTIONAL on page {p['page']}")
        need(norm(f"Page {p['label']}") in t, f"footer label on page {p['page']}")
    for para in g["paragraphs"]:
        need(norm(para["number"] + " " + para["starts"]) in text[para["page"] - 1]
             or norm(para["number"] + "  " + para["starts"]) in text[para["page"] - 1],
             f"start of {para['number']}")
        need(norm(para["ends"]) in text[para["ends_page"] - 1], f"end of {para['number']}")
    for br in g["column_breaks"]:
        if br["kind"] == "column":
            need(norm(br["before"] + " " + br["after"]) in text[br["page"] - 1],
                 f"column break in {br['paragraph']}")
        else:
            need(norm(br["before"]) in text[br["page"] - 1], f"page break before {br['paragraph']}")
            need(norm(br["after"]) in text[br["to_page"] - 1], f"page break after {br['paragraph']}")
    for f in g["footnotes"]:
        need(norm(f["marker"] + " " + f["text"]) in norm(raw[f["page"] - 1]), f"footnote {f['marker']}")
    need(norm(g["pull_quote"]["text"]) in text[g["pull_quote"]["page"] - 1], "pull quote")
    sb = g["sidebar"]
    need(norm(sb["heading"] + " " + sb["text"]) in text[sb["page"] - 1], "sidebar")
    tb = g["table"]
    for row in [tb["header"]] + tb["rows"]:
        for cell in row:
            need(norm(cell) in text[tb["page"] - 1], f"table cell {cell!r}")
    hs = g["heading_same_line"]
    need(norm(hs["heading"] + " " + hs["number"]) in text[hs["page"] - 1], "heading on same line")
    for e in errors:
        print("SELF-CHECK ERROR:", e)
    if errors:
        sys.exit(1)
    print(f"self-check passed: {len(g['paragraphs'])} paragraphs, {len(g['column_breaks'])} "
          f"column/page breaks, {len(g['footnotes'])} footnotes match the PDF text")


def main():
    b = Builder()
    pages = b.run()
    print(f"wrote {OUT} ({3 + len(pages)} pages, {len(b.paragraphs)} paragraphs, "
          f"{len(b.footnotes)} footnotes) and {GOLDEN}")
    self_check()


if __name__ == "__main__":
    main()
