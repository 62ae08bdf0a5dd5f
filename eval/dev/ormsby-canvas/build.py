# -*- coding: utf-8 -*-
"""Build the FICTIONAL Ormsby and Teme Valley review PDFs with the reportlab canvas API only.

    /work/main/.venv/bin/python build.py            # writes the two PDFs next to this file
    /work/main/.venv/bin/python build.py --map F    # also writes a JSON layout map to F

Every line of text is placed by this script (no platypus).  Output is deterministic:
reportlab's invariant mode fixes the creation date and the document ID.
"""
import json
import os
import re
import sys

from reportlab import rl_config

rl_config.invariant = 1  # fixed /CreationDate, /ModDate and /ID

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

import content as C  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPORT = "ormsby-teme-ecpr-baby-elis.pdf"
BRIEFING = "ormsby-teme-7-minute-briefing-baby-elis.pdf"

# ------------------------------------------------------------------ palette and type
PURPLE = (0.33, 0.16, 0.45)
TEAL = (0.0, 0.47, 0.50)
TEAL_LIGHT = (0.86, 0.94, 0.94)
SAND = (0.99, 0.95, 0.84)
SAND_DARK = (0.80, 0.58, 0.16)
GREY = (0.42, 0.42, 0.45)
RULE = (0.62, 0.62, 0.66)
ROW_TINT = (0.95, 0.95, 0.97)
WHITE = (1, 1, 1)
BLACK = (0.1, 0.1, 0.12)

BODY = "Helvetica"
BOLD = "Helvetica-Bold"
ITAL = "Helvetica-Oblique"
SERIF_I = "Times-Italic"
FS = 9.6          # body size
LEAD = 12.8       # body leading
FN_FS = 7.0       # footnote size
FN_LEAD = 8.6
SUP_FS = 5.6      # footnote marker size
SUP_RISE = 3.4
PARA_GAP = 5.5

PW, PH = A4
ML, MR = 44, 44
BODY_TOP = PH - 66          # first text area top
BODY_BOT = 58               # bottom of text area
GUTTER = 24
COL_W = (PW - ML - MR - GUTTER) / 2.0
NUM_W = 21                  # hanging number margin inside each column
COL_X = [ML, ML + COL_W + GUTTER]


def rgb(c, col, stroke=False):
    (c.setStrokeColorRGB if stroke else c.setFillColorRGB)(*col)


# ------------------------------------------------------------------ wrapping with footnote markers
FN_RE = re.compile(r"\{fn:([a-z0-9]+)\}")


def tokens_of(text):
    """Split text into tokens (word, [fn keys]) -- markers stick to the preceding word."""
    out = []
    for raw in text.split(" "):
        if not raw:
            continue
        keys = FN_RE.findall(raw)
        word = FN_RE.sub("", raw)
        # markers may sit before trailing punctuation: "Wales{fn:x}." -> word "Wales", tail "."
        m = FN_RE.search(raw)
        tail = ""
        if m and m.end() < len(raw):
            tail = FN_RE.sub("", raw[m.end():])
            word = FN_RE.sub("", raw[:m.start()])
        out.append((word, keys, tail))
    return out


class Footnotes:
    def __init__(self):
        self.numbers = {}

    def number(self, key):
        if key not in self.numbers:
            self.numbers[key] = len(self.numbers) + 1
        return self.numbers[key]


def token_width(tok, fns):
    word, keys, tail = tok
    w = stringWidth(word, BODY, FS) + stringWidth(tail, BODY, FS)
    for k in keys:
        w += stringWidth(str(fns.number(k)), BODY, SUP_FS) + 0.6
    return w


def wrap_tokens(text, width, fns):
    toks = tokens_of(text)
    space = stringWidth(" ", BODY, FS)
    lines, cur, cur_w = [], [], 0.0
    for t in toks:
        w = token_width(t, fns)
        if cur and cur_w + space + w > width:
            lines.append(cur)
            cur, cur_w = [t], w
        else:
            cur_w = cur_w + (space if cur else 0) + w
            cur.append(t)
    if cur:
        lines.append(cur)
    return lines


def draw_token_line(c, x, y, line, fns, font=BODY, size=FS, colour=BLACK):
    """Draw one line of tokens; plain runs are single strings, markers are raised small strings."""
    rgb(c, colour)
    run = ""
    cx = x
    for i, (word, keys, tail) in enumerate(line):
        piece = ("" if i == 0 else " ") + word
        if not keys:
            run += piece + tail
            continue
        run += piece
        c.setFont(font, size)
        c.drawString(cx, y, run)
        cx += stringWidth(run, font, size)
        run = ""
        for k in keys:
            n = str(fns.number(k))
            c.setFont(BODY, SUP_FS)
            rgb(c, TEAL)
            c.drawString(cx + 0.3, y + SUP_RISE, n)
            rgb(c, colour)
            cx += stringWidth(n, BODY, SUP_FS) + 0.6
        run = tail
    if run:
        c.setFont(font, size)
        c.drawString(cx, y, run)


# ------------------------------------------------------------------ page model
class Page:
    def __init__(self, index, section):
        self.index = index          # 1-based body page number
        self.section = section
        self.ops = []               # drawing callables, in content-stream order

    def add(self, fn):
        self.ops.append(fn)


class Layout:
    """Flows the report FLOW into two-column pages, recording drawing operations."""

    def __init__(self, overrides=None):
        self.overrides = dict(overrides or {})   # body page -> balanced column bottom
        self.balance_request = None
        self.pages = []
        self.fns = Footnotes()
        self.section = None
        self.pending_voice = []
        self.pending_pull = None
        self.para_no = 0
        self.map = {"paragraphs": {}, "footnotes": {}, "headings": {}, "table_pages": []}
        self.page = None

    # ---------------- page and column management
    def new_page(self, top=BODY_TOP):
        self.page = Page(len(self.pages) + 1, self.section)
        self.pages.append(self.page)
        self.fn_items = {0: [], 1: []}
        self.col_flushed = {0: False, 1: False}
        self.col_used = {0: False, 1: False}
        segs = []
        if self.pending_pull is not None and top == BODY_TOP:
            quote, who = self.pending_pull
            self.pending_pull = None
            qlines = simpleSplit(quote, SERIF_I, 15.5, PW - ML - MR - 80)
            h = 26 + len(qlines) * 20 + 16
            mid = (BODY_TOP + BODY_BOT) / 2.0 + 20
            hole_top, hole_bot = mid + h / 2.0, mid - h / 2.0
            self.page.add(lambda c, q=qlines, w=who, t=hole_top, b=hole_bot: draw_pull(c, q, w, t, b))
            for col in (0, 1):
                segs.append((col, top, hole_top + 8))
                segs.append((col, hole_bot - 8, BODY_BOT))
        else:
            bottom = BODY_BOT
            for op, ob in self.overrides.values():
                if op == self.page.index:
                    bottom = ob
            for col in (0, 1):
                segs.append((col, top, bottom))
        self.segs = segs
        self.col_low = {0: top, 1: top}
        self.page.gutters = [(t, b) for col, t, b in segs if col == 0]
        self.seg_i = 0
        self.start_segment()

    def last_seg_of(self, col):
        return max(i for i, s in enumerate(self.segs) if s[0] == col)

    def start_segment(self):
        col, top, bot = self.segs[self.seg_i]
        self.y = top
        self.first_in_seg = True
        first_of_col = self.seg_i == min(i for i, s in enumerate(self.segs) if s[0] == col)
        if col == 1 and first_of_col and self.pending_voice and top >= BODY_TOP - 50:
            box = self.pending_voice.pop(0)
            h = voice_height(box)
            x = COL_X[1]
            y_top = self.y
            self.page.add(lambda c, b=box, x=x, y=y_top: draw_voice(c, b, x, y))
            self.map.setdefault("voice_pages", []).append(self.page.index)
            self.y -= h + 12

    def fn_height(self, col, extra_keys=()):
        items = list(self.fn_items[col]) + [k for k in extra_keys if k not in self.fn_items[col]]
        if not items:
            return 0.0
        h = 10.0
        for k in items:
            h += len(simpleSplit(C.FOOTNOTES[k], BODY, FN_FS, COL_W - 10)) * FN_LEAD + 1.5
        return h

    def limit(self, extra_keys=()):
        col, top, bot = self.segs[self.seg_i]
        if self.seg_i == self.last_seg_of(col):
            return bot + self.fn_height(col, extra_keys)
        return bot

    def flush_footnotes(self, col):
        if self.col_flushed[col]:
            return
        self.col_flushed[col] = True
        items = self.fn_items[col]
        if not items:
            return
        x = COL_X[col]
        h = self.fn_height(col)
        y_top = BODY_BOT + h
        fns = self.fns
        entries = [(fns.number(k), C.FOOTNOTES[k]) for k in items]
        for k in items:
            self.map["footnotes"][k] = {"page": self.page.index, "number": fns.number(k), "col": col}
        self.page.add(lambda c, e=entries, x=x, y=y_top: draw_footnotes(c, e, x, y))

    def next_segment(self):
        col = self.segs[self.seg_i][0]
        if self.seg_i == self.last_seg_of(col):
            self.flush_footnotes(col)
        self.seg_i += 1
        if self.seg_i >= len(self.segs):
            self.new_page()
        else:
            self.start_segment()

    def finish_page(self):
        for col in (0, 1):
            self.flush_footnotes(col)

    def page_is_fresh(self):
        return not any(self.col_used.values()) and self.seg_i == 0

    # ---------------- flow items
    def room(self):
        return self.y - self.limit()

    def full_width_start(self, key):
        """Start a full-width block.  If the current page already holds column text, the
        columns above the block are balanced (second pass, via self.overrides) and the block
        starts below them on the same page; otherwise it starts at the top of a fresh page.
        Returns the y at which the block starts."""
        if self.page_is_fresh():
            self.finish_page()
            return self.segs[0][1]
        p = self.page.index
        if self.balance_request is None:
            if key in self.overrides:
                op, bottom = self.overrides[key]
                if op == p:
                    self.finish_page()
                    return bottom - 16
                self.balance_request = (key, "lower")
            else:
                top = self.segs[0][1]
                used = sum(top - self.col_low[c] for c in (0, 1))
                self.balance_request = (key, (p, top - used / 2.0 - LEAD))
        self.finish_page()
        self.new_page()
        return BODY_TOP

    def span_heading(self, title, midpage=False):
        if midpage and self.page is not None:
            y = self.full_width_start(title)
            self.page.gutters = [g for g in self.page.gutters if g[1] > y]
            self.section = title
            self.map["headings"][title] = self.page.index
            self.page.add(lambda c, t=title, y=y: draw_span_heading(c, t, y))
            self.grid_y = y - 44
            return
        if self.page is not None:
            self.finish_page()
        self.section = title
        self.new_page(top=BODY_TOP - 44)
        self.page.section = title
        self.map["headings"][title] = self.page.index
        self.page.add(lambda c, t=title: draw_span_heading(c, t))

    def col_heading(self, text, major=False):
        size = 12.5 if major else 10.2
        lines = simpleSplit(text, BOLD, size, COL_W - (0 if major else NUM_W))
        lead = size + 3
        h = len(lines) * lead + (16 if major else 6)
        gap = 0 if self.first_in_seg else (12 if major else 8)
        while self.room() < gap + h + 3 * LEAD:
            self.next_segment()
            gap = 0
        col = self.segs[self.seg_i][0]
        self.col_used[col] = True
        self.y -= gap
        x = COL_X[col] + (0 if major else NUM_W)
        y0 = self.y
        self.page.add(lambda c, ls=lines, x=x, y=y0, s=size, m=major: draw_col_heading(c, ls, x, y, s, m))
        self.y -= h
        self.first_in_seg = False
        if major:
            self.section = text
            self.map["headings"][text] = self.page.index

    def paragraph(self, text):
        self.para_no += 1
        num = str(self.para_no)
        lines = wrap_tokens(text, COL_W - NUM_W, self.fns)
        gap = 0 if self.first_in_seg else PARA_GAP
        pages = []
        for i, line in enumerate(lines):
            keys = [k for tok in line for k in tok[1]]
            need = LEAD + (gap if i == 0 else 0)
            # orphan control: keep the first two lines together
            need_first = need + (LEAD if (i == 0 and len(lines) > 1) else 0)
            while self.y - need_first < self.limit(keys):
                self.next_segment()
                need = LEAD
                need_first = need + (LEAD if (i == 0 and len(lines) > 1) else 0)
                gap = 0
            if i == 0:
                self.y -= gap
            col = self.segs[self.seg_i][0]
            self.col_used[col] = True
            base = self.y - FS
            x = COL_X[col]
            if i == 0:
                self.page.add(lambda c, n=num, x=x, y=base: draw_para_number(c, n, x, y))
            self.page.add(lambda c, ln=line, x=x + NUM_W, y=base, f=self.fns: draw_token_line(c, x, y, ln, f))
            for k in keys:
                if k not in self.fn_items[col]:
                    self.fn_items[col].append(k)
                    self.fns.number(k)
            self.y -= LEAD
            self.col_low[col] = min(self.col_low[col], self.y)
            self.first_in_seg = False
            if self.page.index not in pages:
                pages.append(self.page.index)
        self.map["paragraphs"][num] = pages

    def signature(self, names):
        h = len(names) * LEAD + 4
        while self.room() < h + 6:
            self.next_segment()
        col = self.segs[self.seg_i][0]
        x = COL_X[col] + NUM_W
        self.y -= 4
        y0 = self.y
        self.page.add(lambda c, ns=names, x=x, y=y0: draw_signature(c, ns, x, y))
        self.y -= h

    def table(self):
        """Full-width chronology grid starting on a new page; continues on the next page."""
        widths = [62, 38, 88, PW - ML - MR - 62 - 38 - 88]
        y = self.full_width_start("table")
        self.page.gutters = [g for g in self.page.gutters if g[1] > y]
        first = True
        rows = list(C.CHRONO)
        tpages = []
        while rows:
            title = C.CHRONO_TITLE + ("" if first else " (continued)")
            yt = y
            self.page.add(lambda c, t=title, y=yt: draw_table_title(c, t, y))
            y -= 18
            yh = y
            self.page.add(lambda c, y=yh, w=widths: draw_table_header(c, y, w))
            y -= 17
            tpages.append(self.page.index)
            k = 0
            while rows:
                cells = table_cells(rows[0], widths)
                h = max(len(cl) for cl in cells) * 10.2 + 7
                if y - h < BODY_BOT + (24 if len(rows) == 1 else 0):
                    break
                yr = y
                self.page.add(lambda c, cl=cells, y=yr, h=h, w=widths, z=k: draw_table_row(c, cl, y, h, w, z))
                y -= h
                k += 1
                rows.pop(0)
            if rows:
                self.finish_page()
                self.new_page()
                self.page.gutters = []
                y = BODY_TOP
                first = False
        yn = y - 11
        self.page.add(lambda c, y=yn: draw_table_note(c, y))
        self.map["table_pages"] = tpages
        # continue the two-column flow below the table on this page
        top = yn - 16
        self.segs = [(0, top, BODY_BOT), (1, top, BODY_BOT)]
        self.page.gutters = [g for g in self.page.gutters if g[1] > yn] + [(top, BODY_BOT)]
        self.seg_i = 0
        self.start_segment()

    def declaration(self, title, body, signers):
        """A bordered declaration box inside a column, with a small name/date grid."""
        w = COL_W - NUM_W
        intro, bullets = body
        blines = [simpleSplit(t, BODY, 8.4, w - 24) for t in bullets]
        h = 18 + 13 + sum(len(b) for b in blines) * 10.4 + len(blines) * 3 + 8 + len(signers) * 15 + 16
        gap = 0 if self.first_in_seg else 8
        while self.room() < gap + h:
            self.next_segment()
            gap = 0
        col = self.segs[self.seg_i][0]
        self.col_used[col] = True
        self.y -= gap
        x, y0 = COL_X[col] + NUM_W, self.y
        self.page.add(lambda c, x=x, y=y0, w=w, h=h, t=title, i=intro, bl=blines, sg=signers:
                      draw_declaration(c, x, y, w, h, t, i, bl, sg))
        self.y -= h
        self.first_in_seg = False

    def grid(self, title, head, widths, rows):
        """A full-width grid below a span heading (appendix); must fit on the page."""
        if not hasattr(self, "grid_y"):
            self.finish_page()
            self.grid_y = self.segs[0][1]
            self.page.gutters = []
        else:
            self.page.gutters = [g for g in self.page.gutters if g[1] > self.grid_y]
        y = self.grid_y
        total = sum(widths)
        widths = [w * (PW - ML - MR) / total for w in widths]
        yt = y
        self.page.add(lambda c, t=title, y=yt: draw_table_title(c, t, y))
        y -= 18
        yh = y
        self.page.add(lambda c, y=yh, w=widths, hd=head: draw_table_header(c, y, w, hd))
        y -= 17
        for k, row in enumerate(rows):
            cells = table_cells(row, widths)
            h = max(len(cl) for cl in cells) * 10.2 + 7
            yr = y
            self.page.add(lambda c, cl=cells, y=yr, h=h, w=widths, z=k: draw_table_row(c, cl, y, h, w, z))
            y -= h
        assert y > BODY_BOT, "appendix grid does not fit"
        self.grid_y = y - 22
        self.map.setdefault("grid_pages", []).append(self.page.index)

    def note(self, text):
        y = self.grid_y + 10
        self.page.add(lambda c, t=text, y=y: draw_note(c, t, y))

    def run(self, flow):
        for item in flow:
            kind = item[0]
            if kind == "span":
                self.span_heading(item[1])
            elif kind == "spanmid":
                self.span_heading(item[1], midpage=True)
            elif kind == "seccol":
                self.col_heading(item[1], major=True)
            elif kind == "h":
                self.col_heading(item[1])
            elif kind == "p":
                self.paragraph(item[1])
            elif kind == "voice":
                self.pending_voice.append(item[1])
            elif kind == "pull":
                self.pending_pull = item[1]
            elif kind == "table":
                self.table()
            elif kind == "sign":
                self.signature(item[1])
            elif kind == "decl":
                self.declaration(*item[1:])
            elif kind == "grid":
                self.grid(*item[1:])
            elif kind == "note":
                self.note(item[1])
            else:
                raise ValueError(kind)
        self.finish_page()
        assert not self.pending_voice and self.pending_pull is None, "unplaced box or pull quote"
        assert self.para_no == 80, self.para_no


# ------------------------------------------------------------------ drawing primitives (report)
def draw_para_number(c, n, x, y):
    c.setFont(BOLD, FS + 0.6)
    rgb(c, TEAL)
    c.drawString(x, y, n)


def draw_col_heading(c, lines, x, y, size, major):
    if major:
        rgb(c, PURPLE)
        c.rect(x, y - 4, 34, 3.2, stroke=0, fill=1)
        y -= 10
    rgb(c, PURPLE)
    c.setFont(BOLD, size)
    for ln in lines:
        y -= size + 1
        c.drawString(x, y, ln)
        y -= 2


def draw_span_heading(c, title, y=BODY_TOP):
    rgb(c, PURPLE)
    c.rect(ML, y - 30, PW - ML - MR, 30, stroke=0, fill=1)
    rgb(c, TEAL)
    c.rect(ML, y - 30, 8, 30, stroke=0, fill=1)
    rgb(c, WHITE)
    c.setFont(BOLD, 15)
    c.drawString(ML + 18, y - 20.5, title)


def draw_signature(c, names, x, y):
    rgb(c, GREY)
    c.setFont(ITAL, FS)
    for n in names:
        y -= LEAD
        c.drawString(x, y + 3, n)


def draw_declaration(c, x, y, w, h, title, intro, blines, signers):
    rgb(c, TEAL_LIGHT)
    c.rect(x, y - h, w, h, stroke=0, fill=1)
    rgb(c, TEAL, stroke=True)
    c.setLineWidth(0.8)
    c.rect(x, y - h, w, h, stroke=1, fill=0)
    rgb(c, PURPLE)
    c.setFont(BOLD, 9)
    c.drawString(x + 8, y - 14, title)
    rgb(c, BLACK)
    c.setFont(BODY, 8.4)
    yy = y - 28
    c.drawString(x + 8, yy, intro)
    yy -= 13
    for lines in blines:
        rgb(c, TEAL)
        c.circle(x + 12, yy + 2.8, 1.6, stroke=0, fill=1)
        rgb(c, BLACK)
        for ln in lines:
            c.drawString(x + 18, yy, ln)
            yy -= 10.4
        yy -= 3
    yy -= 2
    rgb(c, TEAL, stroke=True)
    c.setLineWidth(0.5)
    cw = [w * 0.27, w * 0.43, w * 0.30]
    for role, name, date in signers:
        c.rect(x + 6, yy - 11, w - 12, 15, stroke=1, fill=0)
        c.line(x + 6 + cw[0], yy + 4, x + 6 + cw[0], yy - 11)
        c.line(x + 6 + cw[0] + cw[1] - 6, yy + 4, x + 6 + cw[0] + cw[1] - 6, yy - 11)
        rgb(c, GREY)
        c.setFont(BODY, 7.8)
        c.drawString(x + 10, yy - 6.5, role)
        rgb(c, BLACK)
        c.setFont(ITAL, 8.2)
        c.drawString(x + 10 + cw[0], yy - 6.5, name)
        c.setFont(BODY, 7.8)
        c.drawString(x + 4 + cw[0] + cw[1], yy - 6.5, date)
        yy -= 15


def draw_footnotes(c, entries, x, y_top):
    rgb(c, RULE, stroke=True)
    c.setLineWidth(0.6)
    c.line(x, y_top - 2, x + 60, y_top - 2)
    y = y_top - 2 - FN_LEAD
    for num, text in entries:
        lines = simpleSplit(text, BODY, FN_FS, COL_W - 10)
        rgb(c, TEAL)
        c.setFont(BOLD, FN_FS - 0.6)
        c.drawString(x, y + 1.5, str(num))
        rgb(c, BLACK)
        c.setFont(BODY, FN_FS)
        for ln in lines:
            c.drawString(x + 9, y, ln)
            y -= FN_LEAD
        y -= 1.5


def voice_lines(box):
    _, _, paras = box
    out = []
    for p in paras:
        out.append(simpleSplit(p, BODY, 8.6, COL_W - 26))
    return out


def voice_height(box):
    ls = voice_lines(box)
    return 14 + 14 + 14 + sum(len(l) for l in ls) * 11 + (len(ls) - 1) * 4 + 10


def draw_voice(c, box, x, y_top):
    label, question, paras = box
    h = voice_height(box)
    rgb(c, SAND)
    c.roundRect(x, y_top - h, COL_W, h, 6, stroke=0, fill=1)
    rgb(c, SAND_DARK)
    c.rect(x, y_top - h, 4, h, stroke=0, fill=1)
    c.setFont(BOLD, 8)
    c.drawString(x + 14, y_top - 14, label.upper())
    rgb(c, PURPLE)
    c.setFont(BOLD, 11)
    c.drawString(x + 14, y_top - 30, question)
    rgb(c, BLACK)
    c.setFont(BODY, 8.6)
    y = y_top - 46
    for i, lines in enumerate(voice_lines(box)):
        if len(paras) == 4:  # bulleted list
            rgb(c, SAND_DARK)
            c.circle(x + 16, y + 3, 1.8, stroke=0, fill=1)
            rgb(c, BLACK)
        for ln in lines:
            c.drawString(x + (22 if len(paras) == 4 else 14), y, ln)
            y -= 11
        y -= 4


def draw_pull(c, qlines, who, top, bot):
    x0, x1 = ML, PW - MR
    rgb(c, TEAL_LIGHT)
    c.rect(x0, bot, x1 - x0, top - bot, stroke=0, fill=1)
    rgb(c, TEAL, stroke=True)
    c.setLineWidth(2)
    c.line(x0, top, x1, top)
    c.line(x0, bot, x1, bot)
    rgb(c, TEAL)
    c.setFont("Times-Bold", 54)
    c.drawString(x0 + 12, top - 48, "\u201c")
    rgb(c, PURPLE)
    c.setFont(SERIF_I, 15.5)
    y = top - 28
    for ln in qlines:
        c.drawCentredString((x0 + x1) / 2 + 14, y, ln)
        y -= 20
    rgb(c, GREY)
    c.setFont(BODY, 8.5)
    c.drawCentredString((x0 + x1) / 2, y - 2, "\u2014 " + who)


def table_cells(row, widths):
    fonts = [(BOLD, 7.8)] + [(BODY, 7.8)] * (len(row) - 1)
    return [simpleSplit(txt, f, s, w - 8) or [""] for txt, (f, s), w in zip(row, fonts, widths)]


def draw_table_title(c, title, y):
    rgb(c, PURPLE)
    c.setFont(BOLD, 10.5)
    c.drawString(ML, y - 11, title)


def draw_table_header(c, y, widths, heads=C.CHRONO_HEAD):
    rgb(c, PURPLE)
    c.rect(ML, y - 15, sum(widths), 15, stroke=0, fill=1)
    rgb(c, WHITE)
    c.setFont(BOLD, 8)
    x = ML
    for head, w in zip(heads, widths):
        c.drawString(x + 4, y - 10.5, head)
        x += w


def draw_table_row(c, cells, y, h, widths, k):
    if k % 2 == 1:
        rgb(c, ROW_TINT)
        c.rect(ML, y - h, sum(widths), h, stroke=0, fill=1)
    rgb(c, RULE, stroke=True)
    c.setLineWidth(0.5)
    c.rect(ML, y - h, sum(widths), h, stroke=1, fill=0)
    x = ML
    for w in widths[:-1]:
        x += w
        c.line(x, y, x, y - h)
    x = ML
    for i, (lines, w) in enumerate(zip(cells, widths)):
        rgb(c, PURPLE if i == 0 else BLACK)
        c.setFont(BOLD if i == 0 else BODY, 7.8)
        yy = y - 10
        for ln in lines:
            c.drawString(x + 4, yy, ln)
            yy -= 10.2
        x += w


def draw_note(c, text, y):
    rgb(c, GREY)
    c.setFont(ITAL, 8.4)
    for ln in simpleSplit(text, ITAL, 8.4, PW - ML - MR):
        c.drawString(ML, y, ln)
        y -= 10.5


def draw_table_note(c, y):
    rgb(c, GREY)
    c.setFont(ITAL, 7.4)
    for ln in simpleSplit(C.CHRONO_NOTE, ITAL, 7.4, PW - ML - MR):
        c.drawString(ML, y, ln)
        y -= 9


def roman(n):
    vals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def draw_running(c, section, number_text):
    # header: board left, section right
    c.setFont(BODY, 7.6)
    rgb(c, PURPLE)
    c.drawString(ML, PH - 38, C.BOARD)
    if section:
        rgb(c, GREY)
        c.drawRightString(PW - MR, PH - 38, section)
    rgb(c, TEAL, stroke=True)
    c.setLineWidth(0.8)
    c.line(ML, PH - 44, PW - MR, PH - 44)
    draw_footer(c, number_text)


def draw_footer(c, number_text):
    rgb(c, RULE, stroke=True)
    c.setLineWidth(0.5)
    c.line(ML, 42, PW - MR, 42)
    c.setFont(BODY, 7.4)
    rgb(c, GREY)
    c.drawString(ML, 30, C.FOOT_LEFT)
    c.drawCentredString(PW / 2, 30, C.FOOT_MID)
    if number_text:
        rgb(c, PURPLE)
        c.setFont(BOLD, 8.5)
        c.drawRightString(PW - MR, 30, number_text)


# ------------------------------------------------------------------ cover and front matter
def draw_cover(c):
    # background shapes
    rgb(c, PURPLE)
    c.rect(0, PH - 300, PW, 300, stroke=0, fill=1)
    rgb(c, TEAL)
    c.circle(PW - 70, PH - 70, 150, stroke=0, fill=1)
    rgb(c, (0.45, 0.27, 0.58))
    c.circle(PW - 190, PH - 260, 70, stroke=0, fill=1)
    rgb(c, SAND)
    c.rect(0, PH - 306, PW, 6, stroke=0, fill=1)
    rgb(c, SAND_DARK)
    p = c.beginPath()
    p.moveTo(0, 0)
    p.lineTo(PW * 0.55, 0)
    p.lineTo(0, 170)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    rgb(c, TEAL_LIGHT)
    c.circle(PW - 40, 120, 95, stroke=0, fill=1)
    # board name in the band
    rgb(c, WHITE)
    c.setFont(BOLD, 12)
    c.drawString(ML, PH - 62, C.BOARD)
    c.setFont(BODY, 9.5)
    c.drawString(ML, PH - 78, "Bwrdd Diogelu Rhanbarthol Ormsby a Dyffryn Teme")
    c.setFont(BODY, 11)
    c.drawString(ML, PH - 150, C.COVER["kicker"].upper())
    c.setFont(BOLD, 34)
    y = PH - 192
    for ln in C.COVER["title"]:
        c.drawString(ML, y, ln)
        y -= 40
    # child name and subtitle
    rgb(c, PURPLE)
    c.setFont(BOLD, 30)
    c.drawString(ML, PH - 370, C.COVER["child"])
    rgb(c, BLACK)
    c.setFont(BODY, 12)
    y = PH - 396
    for ln in C.COVER["sub"]:
        c.drawString(ML, y, ln)
        y -= 16
    # facts panel
    top = PH - 460
    rgb(c, TEAL_LIGHT)
    c.roundRect(ML, top - 128, 300, 128, 8, stroke=0, fill=1)
    y = top - 22
    for label, val in C.COVER["facts"]:
        rgb(c, GREY)
        c.setFont(BODY, 8.5)
        c.drawString(ML + 14, y, label)
        rgb(c, PURPLE)
        c.setFont(BOLD, 10)
        c.drawString(ML + 130, y, val)
        y -= 22
    # notice on a dark strip
    rgb(c, PURPLE)
    c.rect(0, 26, PW, 24, stroke=0, fill=1)
    rgb(c, WHITE)
    c.setFont(BOLD, 8.5)
    c.drawString(ML, 35, C.COVER["notice"])


def draw_contents(c, layout):
    draw_running(c, None, roman(1))
    rgb(c, PURPLE)
    c.setFont(BOLD, 22)
    c.drawString(ML, BODY_TOP - 26, "Contents")
    entries = [
        ("Glossary of role codes and abbreviations", "ii", 0),
        (C.SEC1, layout.map["headings"][C.SEC1], 0),
        (C.CHRONO_TITLE, layout.map["table_pages"][0], 1),
        (C.SEC2, layout.map["headings"][C.SEC2], 0),
        ("Learning themes 1 to 5 and good practice", layout.map["headings"][C.SEC2], 1),
        (C.SEC3, layout.map["headings"][C.SEC3], 0),
        (C.SEC4, layout.map["headings"][C.SEC4], 0),
        (C.SEC5, layout.map["headings"][C.SEC5], 0),
        (C.SEC6, layout.map["headings"][C.SEC6], 0),
    ]
    y = BODY_TOP - 70
    for text, page, level in entries:
        x = ML + (22 if level else 0)
        font = BODY if level else BOLD
        size = 10 if level else 11.5
        rgb(c, BLACK if level else PURPLE)
        c.setFont(font, size)
        c.drawString(x, y, text)
        tw = stringWidth(text, font, size)
        rgb(c, RULE)
        c.setFont(BODY, size)
        dots_x = x + tw + 6
        n = int((PW - MR - 30 - dots_x) / stringWidth(" .", BODY, size))
        c.drawString(dots_x, y, " ." * n)
        rgb(c, PURPLE)
        c.setFont(BOLD, size)
        c.drawRightString(PW - MR, y, str(page))
        y -= 26 if not level else 22
    # about box
    y -= 20
    rgb(c, SAND)
    c.roundRect(ML, y - 110, PW - ML - MR, 110, 8, stroke=0, fill=1)
    rgb(c, PURPLE)
    c.setFont(BOLD, 11)
    c.drawString(ML + 16, y - 22, "About this report")
    rgb(c, BLACK)
    c.setFont(BODY, 9.2)
    about = ("This report follows the Welsh template for child practice reviews. Paragraphs are "
             "numbered straight through the report. Practitioners are identified by role codes, "
             "which are listed in the glossary. Family members are described by their relationship "
             "to Elis. A seven minute briefing on the review is published separately for use in "
             "team meetings.")
    yy = y - 40
    for ln in simpleSplit(about, BODY, 9.2, PW - ML - MR - 32):
        c.drawString(ML + 16, yy, ln)
        yy -= 12.5


def draw_glossary(c):
    draw_running(c, None, roman(2))
    rgb(c, PURPLE)
    c.setFont(BOLD, 18)
    c.drawString(ML, BODY_TOP - 22, "Glossary of role codes")
    widths = [52, 250, PW - ML - MR - 302]
    y = BODY_TOP - 40
    rgb(c, PURPLE)
    c.rect(ML, y - 16, sum(widths), 16, stroke=0, fill=1)
    rgb(c, WHITE)
    c.setFont(BOLD, 8.5)
    x = ML
    for head, w in zip(("Code", "Role", "Agency"), widths):
        c.drawString(x + 5, y - 11, head)
        x += w
    y -= 16
    rh = 17.5
    for i, (code, role, agency) in enumerate(C.ROLES):
        if i % 2:
            rgb(c, ROW_TINT)
            c.rect(ML, y - rh, sum(widths), rh, stroke=0, fill=1)
        rgb(c, RULE, stroke=True)
        c.setLineWidth(0.5)
        c.rect(ML, y - rh, sum(widths), rh, stroke=1, fill=0)
        x = ML
        for w in widths[:-1]:
            x += w
            c.line(x, y, x, y - rh)
        rgb(c, TEAL)
        c.setFont(BOLD, 8.5)
        c.drawString(ML + 5, y - 12, code)
        rgb(c, BLACK)
        c.setFont(BODY, 8.5)
        c.drawString(ML + widths[0] + 5, y - 12, role)
        c.drawString(ML + widths[0] + widths[1] + 5, y - 12, agency)
        y -= rh
    # abbreviations grid, two pairs per row
    y -= 22
    rgb(c, PURPLE)
    c.setFont(BOLD, 12)
    c.drawString(ML, y, "Abbreviations")
    y -= 10
    half = (PW - ML - MR) / 2.0
    rows = [C.ABBREVIATIONS[i:i + 2] for i in range(0, len(C.ABBREVIATIONS), 2)]
    for r in rows:
        rgb(c, RULE, stroke=True)
        c.rect(ML, y - rh, PW - ML - MR, rh, stroke=1, fill=0)
        c.line(ML + half, y, ML + half, y - rh)
        for j, (ab, full) in enumerate(r):
            x = ML + j * half
            rgb(c, TEAL)
            c.setFont(BOLD, 8.5)
            c.drawString(x + 5, y - 12, ab)
            rgb(c, BLACK)
            c.setFont(BODY, 8.5)
            c.drawString(x + 50, y - 12, full)
        y -= rh


# ------------------------------------------------------------------ report
def balanced_layout():
    """Lay out the report; where the chronology starts mid-page, balance the columns above it."""
    overrides = {}
    for _ in range(60):
        lay = Layout(overrides)
        lay.run(C.FLOW)
        req = lay.balance_request
        if req is None:
            return lay
        key, what = req
        if what == "lower":
            op, ob = overrides[key]
            overrides[key] = (op, ob - LEAD)
        else:
            overrides[key] = what
    raise RuntimeError("could not balance columns above the chronology")


def build_report(path, map_path=None):
    lay = balanced_layout()
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle("Extended Child Practice Review: Baby Elis (FICTIONAL)")
    c.setAuthor(C.BOARD)
    c.setSubject("FICTIONAL practice document for evaluation")
    c.setCreator("build.py (reportlab canvas)")
    c.setProducer("ReportLab")
    draw_cover(c)
    draw_footer_cover(c)
    c.showPage()
    draw_contents(c, lay)
    c.showPage()
    draw_glossary(c)
    c.showPage()
    for page in lay.pages:
        draw_running(c, page.section, str(page.index))
        for op in page.ops:
            op(c)
        # thin vertical rule between the columns (not through full-width blocks)
        draw_gutter_rule(c, page, lay)
        c.showPage()
    c.save()
    if map_path:
        m = dict(lay.map)
        m["front_pages"] = 3
        m["body_pages"] = len(lay.pages)
        with open(map_path, "w") as f:
            json.dump(m, f, indent=1)
    return 3 + len(lay.pages)


def draw_footer_cover(c):
    pass  # the cover carries the FICTIONAL notice in its own design


def draw_gutter_rule(c, page, lay):
    x = COL_X[0] + COL_W + GUTTER / 2.0
    rgb(c, RULE, stroke=True)
    c.setLineWidth(0.45)
    for top, bot in page.gutters:
        c.line(x, top, x, bot)


# ------------------------------------------------------------------ 7 minute briefing
BOX_TINTS = [(0.87, 0.93, 0.96), (0.99, 0.93, 0.86), (0.90, 0.95, 0.88), (0.94, 0.90, 0.97),
             (0.99, 0.95, 0.84), (0.87, 0.94, 0.93), (0.96, 0.89, 0.90)]
BOX_INK = [(0.10, 0.36, 0.55), (0.72, 0.38, 0.08), (0.24, 0.47, 0.20), (0.40, 0.22, 0.55),
           (0.62, 0.46, 0.05), (0.0, 0.45, 0.45), (0.62, 0.18, 0.25)]


def draw_brief_box(c, i, x, y_top, w, h):
    num, head, paras = C.BRIEF_BOXES[i]
    rgb(c, BOX_TINTS[i])
    c.roundRect(x, y_top - h, w, h, 10, stroke=0, fill=1)
    rgb(c, BOX_INK[i])
    c.circle(x + 24, y_top - 24, 15, stroke=0, fill=1)
    rgb(c, WHITE)
    c.setFont(BOLD, 16)
    c.drawCentredString(x + 24, y_top - 29.5, num)
    rgb(c, BOX_INK[i])
    c.setFont(BOLD, 13)
    c.drawString(x + 48, y_top - 29, head)
    rgb(c, BLACK)
    y = y_top - 56
    bullets = i in (3, 5, 6)
    for p in paras:
        lines = simpleSplit(p, BODY, 10.2, w - 30 - (10 if bullets else 0))
        if bullets:
            rgb(c, BOX_INK[i])
            c.circle(x + 18, y + 3.2, 2, stroke=0, fill=1)
            rgb(c, BLACK)
        c.setFont(BODY, 10.2)
        for ln in lines:
            c.drawString(x + (26 if bullets else 16), y, ln)
            y -= 13.2
        y -= 6.5
    assert y > y_top - h, "briefing box %s overflows" % num
    return y


def brief_frame(c, page_no):
    LW, LH = landscape(A4)
    rgb(c, PURPLE)
    c.rect(0, LH - 64, LW, 64, stroke=0, fill=1)
    rgb(c, TEAL)
    c.circle(LW - 40, LH - 10, 60, stroke=0, fill=1)
    rgb(c, WHITE)
    c.setFont(BOLD, 22)
    c.drawString(36, LH - 36, C.BRIEF_TITLE)
    c.setFont(BODY, 10)
    c.drawString(36, LH - 53, C.BRIEF_SUB)
    c.setFont(BODY, 8.5)
    c.drawRightString(LW - 110, LH - 36, C.BOARD)
    # footer
    rgb(c, RULE, stroke=True)
    c.setLineWidth(0.5)
    c.line(36, 34, LW - 36, 34)
    rgb(c, GREY)
    c.setFont(BODY, 7.4)
    c.drawString(36, 22, "FICTIONAL \u2014 practice document \u00b7 7 minute briefing")
    c.drawRightString(LW - 36, 22, "%d of 2" % page_no)


def build_briefing(path):
    LW, LH = landscape(A4)
    c = canvas.Canvas(path, pagesize=(LW, LH), invariant=1, pageCompression=0)
    c.setTitle("7 minute briefing: Baby Elis (FICTIONAL)")
    c.setAuthor(C.BOARD)
    c.setSubject("FICTIONAL practice document for evaluation")
    c.setCreator("build.py (reportlab canvas)")
    c.setProducer("ReportLab")
    gap = 16
    # page 1: boxes 1-4 in a 2 x 2 grid
    brief_frame(c, 1)
    w = (LW - 72 - gap) / 2.0
    top = LH - 84
    h = (top - 48 - gap) / 2.0
    for i in range(4):
        r, col = divmod(i, 2)
        draw_brief_box(c, i, 36 + col * (w + gap), top - r * (h + gap), w, h)
    c.showPage()
    # page 2: boxes 5-7 in three columns, then a strip
    brief_frame(c, 2)
    w3 = (LW - 72 - 2 * gap) / 3.0
    h3 = top - 48 - 120
    for j, i in enumerate(range(4, 7)):
        draw_brief_box(c, i, 36 + j * (w3 + gap), top, w3, h3)
    rgb(c, PURPLE)
    c.roundRect(36, 46, LW - 72, 100, 8, stroke=0, fill=1)
    rgb(c, SAND)
    c.circle(LW - 80, 96, 30, stroke=0, fill=1)
    rgb(c, PURPLE)
    c.setFont(BOLD, 20)
    c.drawCentredString(LW - 80, 89, "7")
    rgb(c, WHITE)
    c.setFont(BOLD, 12)
    c.drawString(54, 124, "Using this briefing")
    c.setFont(BODY, 9.4)
    y = 104
    for ln in simpleSplit(C.BRIEF_FOOT, BODY, 9.4, LW - 190):
        c.drawString(54, y, ln)
        y -= 12.5
    c.showPage()
    c.save()
    return 2


def main(argv):
    map_path = None
    if "--map" in argv:
        map_path = argv[argv.index("--map") + 1]
    n1 = build_report(os.path.join(HERE, REPORT), map_path)
    n2 = build_briefing(os.path.join(HERE, BRIEFING))
    print("%s: %d pages\n%s: %d pages" % (REPORT, n1, BRIEFING, n2))


if __name__ == "__main__":
    main(sys.argv[1:])
