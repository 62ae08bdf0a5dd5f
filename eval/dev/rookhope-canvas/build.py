"""Build the FICTIONAL Rookhope "Child W" corpus (review report + practice briefing).

Generator: ReportLab (pdfgen canvas only, no platypus). Lines are broken with pdfmetrics.stringWidth,
justified with the PDF word-space operator and drawn at computed positions in two columns (report) or
three columns (briefing). pypdf then adds /PageLabels (i, ii, iii for front matter, 1... for the body).

Run:  /tmp/gen-rookhope/bin/python build.py      (a venv with reportlab and pypdf)
Text lives in content.py beside this file.
"""
import io
import re
from pathlib import Path

from reportlab.lib.colors import HexColor, white, black
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit
from pypdf import PdfReader, PdfWriter

import content as C

HERE = Path(__file__).resolve().parent
W, H = 595.28, 841.89
ML, MR = 48, 48
NUMW = 26           # hanging number margin per column
GAP = 18
COLW = (W - ML - MR - GAP) / 2
TEXTW = COLW - NUMW
TOP = H - 70
BOTTOM = 62
FONT, FS, LEAD = "Times-Roman", 10.5, 14.2
TEAL = HexColor("#1f6f78")
ORANGE = HexColor("#c8591b")
TINT = HexColor("#e4f1f2")
GREY = HexColor("#555555")
FN_FS, FN_LEAD = 7.6, 9.4


def col_x(ci):
    return ML + ci * (COLW + GAP)


# ------------------------------------------------------------ line breaking
def tokens(text):
    """Split into words; a word may carry a footnote marker ``word^N``."""
    out = []
    for w in text.split():
        m = re.match(r"^(.*?)\^(\d+)$", w)
        out.append((m.group(1), m.group(2)) if m else (w, None))
    return out


def tok_w(tok, font, fs):
    w = stringWidth(tok[0], font, fs)
    if tok[1]:
        w += stringWidth(tok[1], font, fs * 0.62) + 0.5
    return w


def break_lines(text, width, font=FONT, fs=FS):
    toks = tokens(text)
    sp = stringWidth(" ", font, fs)
    lines, cur, cw = [], [], 0.0
    for t in toks:
        tw = tok_w(t, font, fs)
        if cur and cw + sp + tw > width:
            lines.append(cur)
            cur, cw = [t], tw
        else:
            cw = cw + (sp if cur else 0) + tw
            cur.append(t)
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, toks, x, y, width, font, fs, justify, color=black):
    sp = stringWidth(" ", font, fs)
    natural = sum(tok_w(t, font, fs) for t in toks) + sp * (len(toks) - 1)
    ws = (width - natural) / (len(toks) - 1) if (justify and len(toks) > 1) else 0.0
    to = c.beginText(x, y)
    to.setFont(font, fs)
    to.setFillColor(color)
    to.setWordSpace(ws)
    buf = ""
    for i, (word, mark) in enumerate(toks):
        buf += word
        if mark:
            to.textOut(buf)
            buf = ""
            to.setFont(font, fs * 0.62)
            to.setRise(fs * 0.38)
            to.textOut(mark)
            to.setRise(0)
            to.setFont(font, fs)
        if i < len(toks) - 1:
            buf += " "
    if buf:
        to.textOut(buf)
    c.drawText(to)


# ------------------------------------------------------------ column units
class Unit:
    """Something placed in one column: height, space before, a draw function and footnote ids."""

    def __init__(self, h, draw, before=0.0, fns=(), keep_next=False):
        self.h, self.draw, self.before, self.fns, self.keep_next = h, draw, before, list(fns), keep_next


def para_units(num, text):
    lines = break_lines(text, TEXTW)
    units = []
    for i, ln in enumerate(lines):
        last = i == len(lines) - 1
        fns = [m for _, m in ln if m]

        def d(c, x, y, ln=ln, last=last, first=(i == 0)):
            if first and num:
                c.setFont("Helvetica-Bold", 8.6)
                c.setFillColor(ORANGE)
                c.drawString(x, y, num)
            draw_line(c, ln, x + NUMW, y, TEXTW, FONT, FS, not last)
        units.append(Unit(LEAD, d, before=(6 if i == 0 else 0), fns=fns))
    return units


def heading_units(text):
    lines = simpleSplit(text, "Helvetica-Bold", 11, TEXTW)
    units = []
    for i, ln in enumerate(lines):
        def d(c, x, y, ln=ln):
            c.setFont("Helvetica-Bold", 11)
            c.setFillColor(TEAL)
            c.drawString(x + NUMW, y, ln)
        units.append(Unit(14, d, before=(12 if i == 0 else 0), keep_next=True))
    return units


def sidebar_unit(title, texts):
    pad = 8
    iw = COLW - 2 * pad
    body = [break_lines(t, iw, "Helvetica", 9) for t in texts]
    h = pad + 14 + sum(len(b) * 11.5 + 4 for b in body) + pad - 4

    def d(c, x, y):
        top = y + 10.5 - 2  # y is the baseline of a first line; box top a little above
        c.setFillColor(TINT)
        c.setStrokeColor(TEAL)
        c.setLineWidth(0.8)
        c.rect(x, top - h, COLW, h, fill=1, stroke=0)
        c.setFillColor(TEAL)
        c.rect(x, top - 3, COLW, 3, fill=1, stroke=0)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x + pad, top - pad - 9, title)
        yy = top - pad - 9 - 14
        for b in body:
            for j, ln in enumerate(b):
                draw_line(c, ln, x + pad, yy, iw, "Helvetica", 9, j < len(b) - 1, HexColor("#203436"))
                yy -= 11.5
            yy -= 4
    return Unit(h + 4, d, before=10)


# ------------------------------------------------------------ page layout engine
class Layout:
    def __init__(self, reserve):
        self.reserve = reserve        # page index -> footnote reserve height
        self.pages = []               # list of dicts: ops, fns
        self.marks = {}               # section title -> body page number
        self.new_page()

    def new_page(self):
        self.pages.append({"ops": [], "fns": []})
        self.y = TOP
        self.pending = []

    @property
    def pi(self):
        return len(self.pages) - 1

    def bottom(self):
        return BOTTOM + self.reserve.get(self.pi, 0)

    def _assign(self, units, avail):
        """Fill column 0 then column 1. Return (placed, rest)."""
        cols = [[], []]
        ci, used = 0, 0.0
        i = 0
        while i < len(units):
            u = units[i]
            b = u.before if cols[ci] else 0
            # keep headings with the next line
            need = b + u.h + (units[i + 1].h if u.keep_next and i + 1 < len(units) else 0)
            if used + need <= avail:
                cols[ci].append((u, used + b))
                used += b + u.h
                i += 1
            else:
                if ci == 1:
                    break
                ci, used = 1, 0.0
        return cols, units[i:]

    def _emit(self, cols, top):
        for ci, col in enumerate(cols):
            for u, off in col:
                y = top - off - (u.h * 0.75 if u.h < 20 else 10.5)
                self.pages[-1]["ops"].append((u.draw, col_x(ci), y))
                self.pages[-1]["fns"].extend(u.fns)

    def flush(self, balance):
        """Place pending column units from self.y; balance columns if the region closes mid-page."""
        units = self.pending
        self.pending = []
        while units:
            avail = self.y - self.bottom()
            cols, rest = self._assign(units, avail)
            if rest:
                self._emit(cols, self.y)
                self.new_page()
                units = rest
                continue
            if balance:
                total = sum(u.h + u.before for u in units)
                best = None
                for target in range(int(total / 2), int(total) + 1, 2):
                    cl, rs = self._assign(units, target)
                    if not rs:
                        best = cl
                        break
                if best:
                    cols = best
            self._emit(cols, self.y)
            hmax = max((off + u.h for col in cols for (u, off) in col[-1:]), default=0)
            self.y -= hmax
            units = []

    def add(self, units):
        self.pending.extend(units)

    def full(self, h, draw, before=10, after=10):
        self.flush(balance=True)
        if self.y - before - h < self.bottom():
            self.new_page()
            before = 0
        self.y -= before
        self.pages[-1]["ops"].append((draw, ML, self.y))
        self.y -= h + after

    def band(self, title, inline=False):
        self.flush(balance=True)
        self.marks[title] = None
        if inline and self.y - 40 - 120 > self.bottom():
            self.y -= 8
        elif self.pages[-1]["ops"]:
            self.new_page()

        def d(c, x, y, title=title):
            c.setFillColor(TEAL)
            c.rect(0, y - 40, W, 40, fill=1, stroke=0)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 18)
            c.drawString(ML, y - 27, title)
        self.pages[-1]["ops"].append((d, 0, self.y + 6))
        self.marks[title] = self.pi + 1
        self.y -= 44

    def table(self, head, rows):
        self.flush(balance=True)
        widths = [62, 34, 86, W - ML - MR - 62 - 34 - 86]
        fs, ld, pad = 8.6, 10.4, 4

        def cell_lines(row, font):
            return [simpleSplit(t, font, fs, wd - 2 * pad) for t, wd in zip(row, widths)]

        def row_h(cl):
            return max(len(x) for x in cl) * ld + 2 * pad

        hl = cell_lines(head, "Helvetica-Bold")
        hh = row_h(hl)

        def draw_row(c, x, ytop, cl, font, fill):
            h = row_h(cl)
            if fill:
                c.setFillColor(fill)
                c.rect(x, ytop - h, sum(widths), h, fill=1, stroke=0)
            c.setStrokeColor(TEAL)
            c.setLineWidth(0.5)
            xx = x
            for lines, wd in zip(cl, widths):
                c.rect(xx, ytop - h, wd, h, fill=0, stroke=1)
                c.setFont(font, fs)
                c.setFillColor(white if font == "Helvetica-Bold" else black)
                yy = ytop - pad - fs
                for ln in lines:
                    c.drawString(xx + pad, yy, ln)
                    yy -= ld
                xx += wd

        def start():
            self.y -= 8
            self.pages[-1]["ops"].append((lambda c, x, y: draw_row(c, x, y, hl, "Helvetica-Bold", TEAL), ML, self.y))
            self.y -= hh

        start()
        for k, r in enumerate(rows):
            cl = cell_lines(r, "Helvetica")
            h = row_h(cl)
            if self.y - h < self.bottom():
                self.new_page()
                start()
            fill = HexColor("#f3f8f8") if k % 2 == 0 else None
            self.pages[-1]["ops"].append((lambda c, x, y, cl=cl, fill=fill: draw_row(c, x, y, cl, "Helvetica", fill), ML, self.y))
            self.y -= h
        self.y -= 6


def fn_height(ids):
    h = 10
    for i in ids:
        h += len(simpleSplit(C.FOOTNOTES[int(i)], "Times-Roman", FN_FS, W - ML - MR - 12)) * FN_LEAD + 2
    return h


def layout_body(reserve):
    L = Layout(reserve)
    for blk in C.BODY:
        kind = blk[0]
        if kind == "band":
            L.band(blk[1])
        elif kind == "bandi":
            L.band(blk[1], inline=True)
        elif kind == "h":
            hu = heading_units(blk[1])
            if blk[1][0].isdigit():
                L.marks[blk[1]] = hu[0]
            L.add(hu)
        elif kind == "p":
            L.add(para_units(blk[1], blk[2]))
        elif kind == "side":
            L.add([sidebar_unit(blk[1], blk[2])])
        elif kind == "quote":
            text, attr = blk[1], blk[2]
            ql = simpleSplit(text, "Times-Italic", 19, W - ML - MR - 60)
            h = len(ql) * 24 + 34

            def d(c, x, y, ql=ql, attr=attr, h=h):
                c.setStrokeColor(ORANGE)
                c.setLineWidth(2)
                c.line(x, y, x + W - ML - MR, y)
                c.line(x, y - h, x + W - ML - MR, y - h)
                c.setFillColor(TEAL)
                yy = y - 24
                for ln in ql:
                    c.setFont("Times-Italic", 19)
                    c.drawCentredString(W / 2, yy, ln)
                    yy -= 24
                c.setFont("Helvetica", 8.5)
                c.setFillColor(GREY)
                c.drawCentredString(W / 2, yy + 6, attr)
            L.full(h, d, before=14, after=14)
        elif kind == "table":
            L.table(C.TABLE_HEAD, C.TABLE_ROWS)
    L.flush(balance=True)
    return L


def section_pages(L):
    """Body page of each section start (headings placed in columns are found by their unit)."""
    out = {}
    for t, v in L.marks.items():
        if isinstance(v, int):
            out[t] = v
        else:
            for i, pg in enumerate(L.pages):
                if any(getattr(d, "__self__", None) is None and d.__defaults__ and d.__defaults__[0] is not None
                       and v.draw is d for d, _, _ in pg["ops"]):
                    out[t] = i + 1
    return out


def build_report(path):
    reserve = {}
    for _ in range(8):
        L = layout_body(reserve)
        new = dict(reserve)
        for i, p in enumerate(L.pages):
            if p["fns"]:
                new[i] = max(new.get(i, 0), fn_height(p["fns"]))
        if new == reserve:
            break
        reserve = new
    else:
        raise SystemExit("footnote layout did not converge")

    c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1, pageCompression=0)
    c.setTitle(C.TITLE + " (FICTIONAL)")
    c.setAuthor(C.PARTNERSHIP + " (fictional)")
    c.setCreator("ReportLab canvas (build.py)")

    def chrome(folio, header=True):
        if header:
            c.setFont("Helvetica", 7.8)
            c.setFillColor(TEAL)
            c.drawString(ML, H - 34, C.TITLE)
            c.drawRightString(W - MR, H - 34, "FICTIONAL - practice document")
            c.setStrokeColor(TEAL)
            c.setLineWidth(0.5)
            c.line(ML, H - 40, W - MR, H - 40)
        c.setFont("Helvetica", 7.8)
        c.setFillColor(GREY)
        c.drawString(ML, 30, C.PARTNERSHIP + " - FICTIONAL")
        c.setFont("Helvetica-Bold", 9)
        c.setFillColor(TEAL)
        c.drawRightString(W - MR, 30, folio)

    # --- cover (i)
    c.setFillColor(TEAL)
    c.rect(0, H * 0.45, W, H * 0.55, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Helvetica", 12)
    c.drawString(ML, H - 120, C.COVER["kicker"])
    c.setFont("Helvetica-Bold", 54)
    c.drawString(ML, H - 190, C.COVER["title"])
    y = H - 230
    for ln in simpleSplit(C.COVER["subtitle"], "Times-Italic", 18, W - ML - MR):
        c.setFont("Times-Italic", 18)
        c.drawString(ML, y, ln)
        y -= 23
    c.setFillColor(black)
    y = H * 0.45 - 50
    c.setFont("Helvetica-Bold", 13)
    c.drawString(ML, y, C.PARTNERSHIP)
    y -= 30
    for ln in C.COVER["lines"]:
        c.setFont("Helvetica", 10.5)
        c.drawString(ML, y, ln)
        y -= 16
    c.setFont("Helvetica-Oblique", 9)
    c.setFillColor(ORANGE)
    c.drawString(ML, 90, C.COVER["fict"])
    chrome("i", header=False)
    c.showPage()

    # --- contents (ii)
    chrome("ii")
    c.setFont("Helvetica-Bold", 20)
    c.setFillColor(TEAL)
    c.drawString(ML, H - 100, "Contents")
    y = H - 140
    sp = section_pages(L)
    for t in C.CONTENTS:
        p = "iii" if t == "Foreword" else str(sp[t])
        c.setFont("Helvetica", 11)
        c.setFillColor(black)
        c.drawString(ML + 10, y, t)
        c.drawRightString(W - MR - 10, y, p)
        c.setStrokeColor(HexColor("#bbbbbb"))
        c.setDash(1, 2)
        c.line(ML + 20 + stringWidth(t, "Helvetica", 11), y + 2, W - MR - 20 - stringWidth(p, "Helvetica", 11), y + 2)
        c.setDash()
        y -= 24
    c.showPage()

    # --- foreword (iii)
    chrome("iii")
    c.setFont("Helvetica-Bold", 20)
    c.setFillColor(TEAL)
    c.drawString(ML, H - 100, "Foreword")
    y = H - 135
    fw = W - ML - MR - 80
    for k, t in enumerate(C.FOREWORD):
        if k < 4:
            lines = break_lines(t, fw, "Times-Roman", 11.5)
            for j, ln in enumerate(lines):
                draw_line(c, ln, ML + 40, y, fw, "Times-Roman", 11.5, j < len(lines) - 1 and k < 3)
                y -= 16
            y -= 8
        else:
            c.setFont("Helvetica-Bold" if k == 4 else "Helvetica", 10)
            c.drawString(ML + 40, y, t)
            y -= 14
    c.showPage()

    # --- body
    for i, pg in enumerate(L.pages):
        chrome(str(i + 1))
        for d, x, y in pg["ops"]:
            d(c, x, y)
        if pg["fns"]:
            top = BOTTOM + fn_height(pg["fns"]) - 4
            c.setStrokeColor(ORANGE)
            c.setLineWidth(0.7)
            c.line(ML, top, ML + 90, top)
            yy = top - 11
            for n in pg["fns"]:
                lines = simpleSplit(C.FOOTNOTES[int(n)], "Times-Roman", FN_FS, W - ML - MR - 12)
                c.setFont("Times-Roman", FN_FS)
                c.setFillColor(black)
                c.drawString(ML, yy, n)
                for ln in lines:
                    c.drawString(ML + 12, yy, ln)
                    yy -= FN_LEAD
                yy -= 2
        c.showPage()
    c.save()
    return 3


def build_brief(path):
    c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1, pageCompression=0)
    c.setTitle(C.BRIEF_TITLE + " (FICTIONAL)")
    c.setAuthor(C.PARTNERSHIP + " (fictional)")
    c.setCreator("ReportLab canvas (build.py)")
    m, g = 36, 14
    cw = (W - 2 * m - 2 * g) / 3
    for pno, cols in enumerate(C.BRIEF_PAGES):
        c.setFillColor(ORANGE)
        c.rect(0, H - 92, W, 92, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 24)
        c.drawString(m, H - 50, C.BRIEF_TITLE)
        c.setFont("Helvetica", 10)
        c.drawString(m, H - 72, C.PARTNERSHIP + " - learning from a local review")
        c.drawRightString(W - m, H - 72, "FICTIONAL")
        for ci, items in enumerate(cols):
            x = m + ci * (cw + g)
            y = H - 120
            for it in items:
                if it[0] == "h":
                    y -= 6
                    for ln in simpleSplit(it[1], "Helvetica-Bold", 11.5, cw):
                        c.setFont("Helvetica-Bold", 11.5)
                        c.setFillColor(ORANGE)
                        c.drawString(x, y, ln)
                        y -= 14
                    y -= 2
                elif it[0] == "t":
                    lines = break_lines(it[1], cw, "Helvetica", 9.4)
                    for j, ln in enumerate(lines):
                        draw_line(c, ln, x, y, cw, "Helvetica", 9.4, False)
                        y -= 12.6
                    y -= 6
                elif it[0] == "box":
                    pad = 8
                    body = [break_lines(t, cw - 2 * pad - 8, "Helvetica-Bold", 9.4) for t in it[2]]
                    h = 2 * pad + 16 + sum(len(b) * 12.4 + 5 for b in body)
                    c.setFillColor(TEAL)
                    c.rect(x, y + 10 - h, cw, h, fill=1, stroke=0)
                    c.setFillColor(white)
                    c.setFont("Helvetica-Bold", 12)
                    c.drawString(x + pad, y + 10 - pad - 11, it[1])
                    yy = y + 10 - pad - 11 - 18
                    for b in body:
                        c.setFont("Helvetica-Bold", 9.4)
                        c.drawString(x + pad, yy, "\u2022")
                        for ln in b:
                            draw_line(c, ln, x + pad + 8, yy, cw, "Helvetica-Bold", 9.4, False, white)
                            yy -= 12.4
                        yy -= 5
                    y -= h + 6
        c.setStrokeColor(ORANGE)
        c.line(m, 44, W - m, 44)
        c.setFont("Helvetica", 7.8)
        c.setFillColor(GREY)
        c.drawString(m, 32, "FICTIONAL practice briefing - " + C.PARTNERSHIP)
        c.drawRightString(W - m, 32, "%d of 2" % (pno + 1))
        c.showPage()
    c.save()


def add_labels(path, front):
    r = PdfReader(str(path))
    w = PdfWriter()
    w.append(r)
    w.set_page_label(0, front - 1, style="/r")
    w.set_page_label(front, len(r.pages) - 1, style="/D", start=1)
    w.add_metadata({"/CreationDate": "D:20260311090000Z", "/ModDate": "D:20260311090000Z"})
    buf = io.BytesIO()
    w.write(buf)
    path.write_bytes(buf.getvalue())


if __name__ == "__main__":
    rep = HERE / "rookhope-lcspr-child-w-report.pdf"
    front = build_report(rep)
    add_labels(rep, front)
    build_brief(HERE / "rookhope-child-w-practice-briefing.pdf")
    for p in sorted(HERE.glob("*.pdf")):
        print(p.name, len(PdfReader(str(p)).pages), "pages")
