"""Build the FICTIONAL Baby G corpus (Llanferyn and Corsbrook Regional Safeguarding Board).

Generator: fpdf2 (tested with fpdf2 2.8.9), DejaVu fonts from /usr/share/fonts/truetype/dejavu.
Run:   /tmp/gen-ashby/bin/python build.py      (any venv with fpdf2 installed)
Writes llanferyn-cpr-baby-g-report.pdf and llanferyn-cpr-baby-g-executive-summary.pdf beside this file.

The two-column body is laid out by a small engine in this file: every paragraph is word-wrapped with
fpdf2's string widths and its lines are placed into explicit columns (column 1 is drawn before column 2),
with full-width section headings, footnotes at the page foot, a pull quote, a filled sidebar box and
balanced columns above each heading. Appendix A uses fpdf2's pdf.table() with wrapped cells.
Front matter carries /PageLabels i, ii, iii (set_page_label) and the body restarts at 1.
Metadata dates are fixed so a rebuild gives the same text.
"""
import datetime
import os
import re

from fpdf import FPDF
from fpdf.fonts import FontFace

import content as C

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu"
FIXED = datetime.datetime(2025, 9, 9, 9, 0, 0, tzinfo=datetime.timezone.utc)

PAGE_W, PAGE_H = 210, 297
ML, MR, MT, MB = 18, 18, 22, 20
GUTTER = 8
TEAL = (0, 92, 99)
SAND = (236, 229, 210)


class Doc(FPDF):
    def __init__(self, title_line):
        super().__init__(format="A4", unit="mm")
        self.title_line = title_line
        self.folio = None  # text printed in the footer, set per page
        for style, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"),
                         ("I", "DejaVuSerif-Italic.ttf"), ("BI", "DejaVuSerif-BoldItalic.ttf")):
            self.add_font("Serif", style, os.path.join(FONTDIR, f))
        for style, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"),
                         ("I", "DejaVuSans-Oblique.ttf")):
            self.add_font("Sans", style, os.path.join(FONTDIR, f))
        self.set_creation_date(FIXED)
        self.set_creator("fpdf2 build.py")
        self.set_author(C.BOARD)
        self.set_auto_page_break(False)
        self.set_margins(ML, MT, MR)
        self.show_header = True
        self.folios = {}

    def add_page(self, *a, **k):
        super().add_page(*a, **k)
        self.folios[self.page] = self.folio

    def header(self):
        if not self.show_header:
            return
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.text(ML, 12, "FICTIONAL \u2014 practice document \u00b7 " + self.title_line)
        self.set_draw_color(*TEAL)
        self.set_line_width(0.3)
        self.line(ML, 14, PAGE_W - MR, 14)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.text(ML, PAGE_H - 9, C.BOARD + " \u00b7 FICTIONAL")
        folio = self.folios.get(self.page)
        if folio:
            w = self.get_string_width(folio)
            self.text(PAGE_W - MR - w, PAGE_H - 9, folio)
        self.set_text_color(0, 0, 0)


# ---------------------------------------------------------------- text wrapping
TOKEN = re.compile(r"\^(\d+)\^|([^\s^]+)")


def tokens(number, text):
    """Words as (text, style, glue) - glue=True means no space before."""
    out = []
    if number:
        out.append((number, "B", False))
    for m in TOKEN.finditer(text):
        if m.group(1):
            out.append((m.group(1), "SUP", True))
        else:
            out.append((m.group(2), "", False))
    return out


class Line:
    def __init__(self, words, h, size, font="Serif", color=(0, 0, 0), style_override=None):
        self.words, self.h, self.size, self.font, self.color = words, h, size, font, color
        self.style_override = style_override
        self.notes = [int(w[0]) for w in words if w[1] == "SUP"]
        self.kind = "line"

    def draw(self, pdf, x, y):
        base = y + self.h * 0.75
        cx = x
        pdf.set_text_color(*self.color)
        for i, (w, st, glue) in enumerate(self.words):
            if i and not glue:
                s = " "
                self._font(pdf, "")
                cx += pdf.get_string_width(s)
            if st == "SUP":
                pdf.set_font(self.font, "", self.size * 0.62)
                pdf.text(cx, base - self.size * 0.13, w)
                cx += pdf.get_string_width(w)
            else:
                self._font(pdf, st)
                pdf.text(cx, base, w)
                cx += pdf.get_string_width(w)
        pdf.set_text_color(0, 0, 0)

    def _font(self, pdf, st):
        pdf.set_font(self.font, self.style_override if self.style_override is not None else st, self.size)


def wrap(pdf, toks, width, size, font="Serif", style_override=None):
    lines, cur, cw = [], [], 0.0
    for w, st, glue in toks:
        if st == "SUP":
            pdf.set_font(font, "", size * 0.62)
        else:
            pdf.set_font(font, style_override if style_override is not None else st, size)
        ww = pdf.get_string_width(w)
        pdf.set_font(font, "", size)
        sp = 0 if (glue or not cur) else pdf.get_string_width(" ")
        if cur and cw + sp + ww > width and not glue:
            lines.append(cur)
            cur, cw = [(w, st, False)], ww
        else:
            cur.append((w, st, glue if cur else False))
            cw += sp + ww
    if cur:
        lines.append(cur)
    return lines


class Space:
    kind = "space"
    notes = []

    def __init__(self, h):
        self.h = h

    def draw(self, pdf, x, y):
        pass


class Box:
    """Unbreakable coloured block (pull quote or sidebar)."""
    kind = "box"
    notes = []

    def __init__(self, pdf, width, kind, title, body):
        self.width, self.boxkind, self.title, self.body = width, kind, title, body
        inner = width - 8
        if kind == "quote":
            self.tl = wrap(pdf, [(w, "", False) for w in ("\u201c" + title + "\u201d").split()],
                           inner, 13, "Serif", "I")
            self.bl = wrap(pdf, [(w, "", False) for w in ("\u2014 " + body).split()], inner, 8, "Sans")
            self.h = 8 + len(self.tl) * 6.2 + len(self.bl) * 4 + 4
        else:
            self.tl = wrap(pdf, [(w, "", False) for w in title.split()], inner, 10, "Sans", "B")
            self.bl = []
            for item in body:
                self.bl.extend(wrap(pdf, [(w, "", False) for w in ("\u25aa " + item).split()], inner, 8.6, "Sans"))
            self.h = 6 + len(self.tl) * 5.2 + 2 + len(self.bl) * 4.4 + 4

    def draw(self, pdf, x, y):
        y += 1.5
        h = self.h - 3
        if self.boxkind == "quote":
            pdf.set_draw_color(*TEAL)
            pdf.set_line_width(0.8)
            pdf.line(x, y, x + self.width, y)
            pdf.line(x, y + h, x + self.width, y + h)
            cy = y + 4
            for l in self.tl:
                Line(l, 6.2, 13, "Serif", TEAL, "I").draw(pdf, x + 4, cy)
                cy += 6.2
            cy += 1
            for l in self.bl:
                Line(l, 4, 8, "Sans", (60, 60, 60)).draw(pdf, x + 4, cy)
                cy += 4
        else:
            pdf.set_fill_color(*SAND)
            pdf.rect(x, y, self.width, h, style="F")
            pdf.set_fill_color(*TEAL)
            pdf.rect(x, y, 1.8, h, style="F")
            cy = y + 3.5
            for l in self.tl:
                Line(l, 5.2, 10, "Sans", TEAL, "B").draw(pdf, x + 4, cy)
                cy += 5.2
            cy += 1.5
            for l in self.bl:
                Line(l, 4.4, 8.6, "Sans").draw(pdf, x + 4, cy)
                cy += 4.4


# ---------------------------------------------------------------- column engine
class Flow:
    def __init__(self, pdf, ncols, size, lead, folio_fn, top=MT):
        self.pdf, self.ncols, self.size, self.lead = pdf, ncols, size, lead
        self.colw = (PAGE_W - ML - MR - GUTTER * (ncols - 1)) / ncols
        self.folio_fn = folio_fn
        self.top = top
        self.page_notes = []
        self.new_page()

    def xs(self, c):
        return ML + c * (self.colw + GUTTER)

    def new_page(self):
        if self.pdf.page:
            self.flush_notes()
        self.pdf.folio = self.folio_fn(self.pdf.page + 1)
        self.pdf.add_page()
        self.band_top = self.top
        self.page_notes = []
        self.bottom = PAGE_H - MB - 4
        self.col_end = [self.top] * self.ncols

    def note_height(self, nums):
        pdf = self.pdf
        h = 0
        for n in nums:
            ls = wrap(pdf, [(w, "", False) for w in C.FOOTNOTES[n].split()], PAGE_W - ML - MR - 6, 7.2, "Serif")
            h += len(ls) * 3.4 + 0.8
        return h

    def bottom_with(self, extra):
        nums = self.page_notes + [n for n in extra if n not in self.page_notes]
        if not nums:
            return PAGE_H - MB - 4
        return PAGE_H - MB - 6 - self.note_height(nums) - 3

    def flush_notes(self):
        if not self.page_notes:
            return
        pdf = self.pdf
        y = PAGE_H - MB - 4 - self.note_height(self.page_notes)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.2)
        pdf.line(ML, y - 2, ML + 40, y - 2)
        for n in self.page_notes:
            ls = wrap(pdf, [(w, "", False) for w in C.FOOTNOTES[n].split()], PAGE_W - ML - MR - 6, 7.2, "Serif")
            pdf.set_font("Serif", "", 5.5)
            pdf.text(ML, y + 2.2, str(n))
            for l in ls:
                Line(l, 3.4, 7.2, "Serif").draw(pdf, ML + 3, y)
                y += 3.4
            y += 0.8

    def heading(self, text):
        pdf = self.pdf
        y = max(self.col_end) + (6 if max(self.col_end) > self.top else 0)
        if y + 40 > self.bottom:
            self.new_page()
            y = self.top
        pdf.set_font("Sans", "B", 14)
        pdf.set_text_color(*TEAL)
        TOC_FOUND.append((text, pdf.folio.replace("Page ", "")))
        pdf.text(ML, y + 6, text)
        pdf.set_draw_color(*TEAL)
        pdf.set_line_width(0.5)
        pdf.line(ML, y + 8.5, PAGE_W - MR, y + 8.5)
        pdf.set_text_color(0, 0, 0)
        self.band_top = y + 12
        self.col_end = [self.band_top] * self.ncols

    def place(self, blocks):
        """Place blocks in the columns of the current band, balancing the last band."""
        i = 0
        while i < len(blocks):
            # try to balance the remainder on this page
            total = sum(b.h for b in blocks[i:])
            avail = self.bottom_with([n for b in blocks[i:] for n in b.notes]) - self.band_top
            target = None
            if self.ncols > 1 and total <= avail * self.ncols - 2 * self.lead:
                target = total / self.ncols
            for c in range(self.ncols):
                y = self.band_top
                used = 0
                first = True
                while i < len(blocks):
                    b = blocks[i]
                    if first and b.kind == "space":
                        i += 1
                        continue
                    bottom = self.bottom_with(b.notes)
                    if c > 0 and bottom < max(self.col_end[:c]):
                        break
                    if y + b.h > bottom:
                        break
                    if target is not None and c < self.ncols - 1 and used + b.h / 2 > target:
                        break
                    b.draw(self.pdf, self.xs(c), y)
                    LOG.append((getattr(b, "para", None), self.pdf.page, c))
                    for n in b.notes:
                        if n not in self.page_notes:
                            self.page_notes.append(n)
                    self.bottom = self.bottom_with([])
                    y += b.h
                    used += b.h
                    first = False
                    i += 1
                self.col_end[c] = y
            if i < len(blocks):
                self.new_page()

    def blocks_for(self, items):
        pdf, out = self.pdf, []
        for it in items:
            if it[0] == "P":
                out.append(Space(2.2))
                for l in wrap(pdf, tokens(it[1], it[2]), self.colw, self.size):
                    out.append(Line(l, self.lead, self.size))
                    out[-1].para = it[1]
            elif it[0] == "S":
                out.append(Space(3))
                for l in wrap(pdf, [(w, "B", False) for w in it[1].split()], self.colw, self.size + 0.6, "Sans"):
                    out.append(Line(l, self.lead + 0.4, self.size + 0.6, "Sans", TEAL))
            elif it[0] == "Q":
                out.append(Space(3))
                out.append(Box(pdf, self.colw, "quote", it[1], it[2]))
                out.append(Space(2))
            elif it[0] == "B":
                out.append(Space(3))
                out.append(Box(pdf, self.colw, "side", it[1], it[2]))
                out.append(Space(2))
        return out

    def run(self, items):
        group = []
        for it in items:
            if it[0] == "H":
                if group:
                    self.place(self.blocks_for(group))
                    group = []
                self.heading(it[1])
            else:
                group.append(it)
        if group:
            self.place(self.blocks_for(group))

    def finish(self):
        self.flush_notes()
        self.page_notes = []


TOC_FOUND = []
LOG = []


def text_block(pdf, x, y, w, text, size, lead, font="Serif", style="", color=(0, 0, 0)):
    for l in wrap(pdf, [(t, "", False) for t in text.split()], w, size, font, style):
        Line(l, lead, size, font, color, style).draw(pdf, x, y)
        y += lead
    return y


def build_report(path, toc):
    pdf = Doc("Child Practice Review LCRSB 03/2023 (Baby G)")
    pdf.set_title("Extended Child Practice Review: Baby G (FICTIONAL)")
    pdf.set_subject("FICTIONAL practice document")
    # --- i: cover
    pdf.show_header = False
    pdf.folio = None
    pdf.add_page()
    pdf.set_page_label("r", None, 1)
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, PAGE_W, 95, style="F")
    text_block(pdf, ML, 28, 170, C.BOARD, 13, 6, "Sans", "B", (255, 255, 255))
    text_block(pdf, ML, 45, 170, "Extended Child Practice Review", 24, 11, "Sans", "B", (255, 255, 255))
    text_block(pdf, ML, 58, 170, "Baby G", 24, 11, "Sans", "B", (255, 255, 255))
    text_block(pdf, ML, 75, 170, "Report reference LCRSB 03/2023", 11, 6, "Sans", "", (255, 255, 255))
    y = 110
    for t in ("FICTIONAL \u2014 practice document. Every person, place and agency in this report is invented.",
              "Lead reviewer: Meredith Yorath (independent). Second reviewer: Ifor Penhallow.",
              "Panel chair: Rhiannon Vell.",
              "Approved by the Board: 18 June 2025.",
              "Published: 9 September 2025."):
        y = text_block(pdf, ML, y, 170, t, 11, 6, "Sans") + 3
    # --- ii: contents and foreword
    pdf.show_header = True
    pdf.folio = "ii"
    pdf.add_page()
    pdf.set_font("Sans", "B", 16)
    pdf.set_text_color(*TEAL)
    pdf.text(ML, 34, "Contents")
    pdf.set_text_color(0, 0, 0)
    y = 40
    toc = [("Foreword", "ii"), ("Glossary of roles", "iii")] + list(toc)
    pdf.set_font("Sans", "", 10)
    for t, p in toc:
        pdf.text(ML, y + 4, t)
        pdf.text(PAGE_W - MR - pdf.get_string_width(p), y + 4, p)
        y += 6
    y += 8
    pdf.set_font("Sans", "B", 16)
    pdf.set_text_color(*TEAL)
    pdf.text(ML, y + 6, "Foreword")
    pdf.set_text_color(0, 0, 0)
    y += 12
    for para in C.FRONT_FOREWORD:
        y = text_block(pdf, ML, y, 174, para, 10, 5.2) + 3
    for s in C.FOREWORD_SIGN:
        y = text_block(pdf, ML, y, 174, s, 10, 5.2, "Serif", "I")
    # --- iii: glossary
    pdf.folio = "iii"
    pdf.add_page()
    pdf.set_font("Sans", "B", 16)
    pdf.set_text_color(*TEAL)
    pdf.text(ML, 34, "Glossary of roles and terms")
    pdf.set_text_color(0, 0, 0)
    y = 42
    for k, v in C.GLOSSARY:
        pdf.set_font("Sans", "B", 10)
        pdf.text(ML, y + 4, k)
        y = text_block(pdf, ML + 28, y, 146, v, 10, 5.2) + 1.6
    # --- body
    flow = Flow(pdf, 2, 10, 4.9, lambda n: "Page %d" % (n - 3))
    pdf.set_page_label("D", None, 1)
    flow.run(C.BODY)
    flow.finish()
    # --- Appendix A: chronology table
    pdf.folio = "Page %d" % (pdf.page + 1 - 3)
    pdf.add_page()
    TOC_FOUND.append(("Appendix A  Chronology", pdf.folio.replace("Page ", "")))
    pdf.set_font("Sans", "B", 14)
    pdf.set_text_color(*TEAL)
    pdf.text(ML, 30, "Appendix A  Multi-agency chronology (summary)")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(36)
    pdf.set_auto_page_break(True, margin=MB + 4)
    pdf.set_font("Sans", "", 8.6)
    pdf.set_fill_color(255, 255, 255)
    orig_add = pdf.add_page

    def add_page_with_folio(*a, **k):
        pdf.folio = "Page %d" % (pdf.page + 1 - 3)
        orig_add(*a, **k)
        pdf.set_y(MT)
    pdf.add_page = add_page_with_folio
    with pdf.table(col_widths=(22, 14, 40, 98), line_height=4.4, text_align="LEFT",
                   headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL),
                   cell_fill_color=(246, 242, 232), cell_fill_mode="ROWS", padding=1.6) as table:
        table.row(("Date", "Time", "Agency", "Event"))
        for r in C.CHRONO:
            table.row(r)
    pdf.add_page = orig_add
    pdf.output(path)


def build_summary(path):
    pdf = Doc("Baby G: Executive summary of Child Practice Review LCRSB 03/2023")
    pdf.set_title("Executive summary: Baby G (FICTIONAL)")
    pdf.set_subject("FICTIONAL practice document")
    pdf.show_header = False
    pdf.folio = None
    pdf.add_page()
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, PAGE_W, 80, style="F")
    text_block(pdf, ML, 26, 170, C.BOARD, 13, 6, "Sans", "B", (255, 255, 255))
    text_block(pdf, ML, 42, 170, "Baby G: Executive summary", 22, 10, "Sans", "B", (255, 255, 255))
    text_block(pdf, ML, 56, 170, "Extended Child Practice Review LCRSB 03/2023", 11, 6, "Sans", "", (255, 255, 255))
    y = 95
    for t in ("FICTIONAL \u2014 practice document. Every person, place and agency in this summary is invented.",
              "This summary should be read with the full review report. Published September 2025."):
        y = text_block(pdf, ML, y, 170, t, 11, 6, "Sans") + 3
    pdf.show_header = True
    flow = Flow(pdf, 1, 11, 5.6, lambda n: "Page %d" % n)
    flow.run(C.EXEC)
    flow.finish()
    pdf.output(path)


if __name__ == "__main__":
    out = os.path.join(HERE, "llanferyn-cpr-baby-g-report.pdf")
    build_report(out, [])              # first pass finds the page of each heading
    toc, TOC_FOUND[:] = list(TOC_FOUND), []
    build_report(out, toc)
    if os.environ.get("LAYOUT_LOG"):
        with open(os.environ["LAYOUT_LOG"], "w") as fh:
            seen = {}
            for para, page, col in LOG:
                if para:
                    seen.setdefault(para, [])
                    if (page, col) not in seen[para]:
                        seen[para].append((page, col))
            for para, where in seen.items():
                fh.write("%s %s\n" % (para, where))
    LOG[:] = []
    build_summary(os.path.join(HERE, "llanferyn-cpr-baby-g-executive-summary.pdf"))
    print("built")
