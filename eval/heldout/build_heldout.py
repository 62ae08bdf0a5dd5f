#!/usr/bin/env python3
"""Build the FICTIONAL held-out evaluation PDFs for scr-qa.

Usage (from the repository root):

    .venv/bin/python eval/heldout/build_heldout.py            # build both PDFs
    .venv/bin/python eval/heldout/build_heldout.py --outdir D  # write elsewhere

Sources live in ``eval/heldout/source/*.src``; each becomes one PDF next to
this script.  The layout engine here is deliberately NOT the one used for the
practice corpus (data/practice/build.py): body paragraphs are typeset line by
line by a custom flowable (own line breaking, explicit hyphenation points,
optional fi/fl ligatures, paragraph numbers in a left margin column or as
bracketed run-in numbers), so that text extraction behaves differently.
Output is deterministic (reportlab invariant mode; only fonts bundled with
reportlab are used).

Everything built here is FICTIONAL.

Source markup (``*.src``)
=========================
Blocks are separated by blank lines; lines inside a block are joined with a
space.  Lines starting with ``%`` are comments.

``@meta key = value``      metadata.  Keys: output, title, author, subject,
                           keywords, layout (``overview`` or ``summary``),
                           header_left, header_right, footer (a format with
                           ``{n}``), page_offset (printed number = physical
                           page - offset; earlier pages get roman numerals),
                           ligatures (yes/no), hyphenate (yes/no: add
                           hyphenation points from HYPHENATE), numbering (``margin`` = three
                           level N.M.P in a left margin column, ``bracket`` =
                           continuous run-in ``[n]``).
``@cover`` ... ``@end``    cover lines, each ``style: text`` (styles: title,
                           subtitle, line, small, notice, space).
``@masthead`` ... ``@end`` like @cover but laid out in the full-width top
                           frame of a two-column page (summary layout).
``@contents``              contents list (two-pass; printed page numbers).
``@pagebreak``             new page.  ``@columnbreak`` next frame.
``@landscape`` / ``@portrait``  switch page orientation from the next page.
``# N | Title``            level-1 heading with its own section number.
``## Title``               level-2 heading, numbered N.M automatically.
``* text``                 bullet item (consecutive lines = one list).
``! text``                 unnumbered paragraph.
``@table W1,W2,... [repeat]`` then ``| a | b |`` rows, then ``@endtable``:
                           table; first row is the header; widths are
                           percentages of the frame width.
``@recs`` ... ``@endrecs`` recommendation list, one ``R1 | text`` per line.
Anything else is a numbered body paragraph.

Inside paragraph text, ``^`` marks an allowed hyphenation point
(``safe^guarding``); the word is split there, with a hyphen at the line end,
only when it does not fit.  ``^`` is removed otherwise.
"""
from __future__ import annotations

import argparse
import io
import os
import re
import sys
from xml.sax.saxutils import escape

import reportlab
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

rl_config.invariant = 1

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "source")

# --------------------------------------------------------------------- fonts
_FONTDIR = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
pdfmetrics.registerFont(TTFont("Vera", os.path.join(_FONTDIR, "Vera.ttf")))
pdfmetrics.registerFont(TTFont("Vera-Bold", os.path.join(_FONTDIR, "VeraBd.ttf")))
pdfmetrics.registerFont(TTFont("Vera-Italic", os.path.join(_FONTDIR, "VeraIt.ttf")))
pdfmetrics.registerFont(TTFont("Vera-BoldItalic", os.path.join(_FONTDIR, "VeraBI.ttf")))
pdfmetrics.registerFontFamily("Vera", normal="Vera", bold="Vera-Bold",
                              italic="Vera-Italic", boldItalic="Vera-BoldItalic")

FONTS = {
    "overview": dict(body="Vera", bold="Vera-Bold", italic="Vera-Italic",
                     size=9.6, leading=13.4),
    "summary": dict(body="Times-Roman", bold="Times-Bold",
                    italic="Times-Italic", size=10.8, leading=13.6),
}

# only fi and fl: Vera has no glyphs for the ff, ffi and ffl ligatures
LIGS = (("fi", "\ufb01"), ("fl", "\ufb02"))


def ligate(s: str) -> str:
    for a, b in LIGS:
        s = s.replace(a, b)
    return s


# Hyphenation points added to these words when ``@meta hyphenate = yes``
# (in addition to any '^' written in the source).
HYPHENATE = {
    "safeguarding": "safe^guard^ing", "management": "manage^ment",
    "professionals": "pro^fes^sion^als", "professional": "pro^fes^sion^al",
    "information": "in^for^ma^tion", "independent": "inde^pen^dent",
    "recommendations": "rec^om^men^da^tions", "investigation": "in^ves^ti^ga^tion",
    "supervision": "super^vi^sion", "organisations": "organ^isa^tions",
    "conference": "con^fer^ence", "examination": "exam^in^ation",
    "individual": "indi^vid^ual", "Constabulary": "Con^stab^ulary",
    "assessment": "assess^ment", "responsibility": "re^spon^si^bil^ity",
    "paediatrician": "paed^ia^tri^cian", "considered": "con^sid^ered",
    "understood": "under^stood", "arrangements": "arrange^ments",
    "household": "house^hold", "conscientiously": "con^scien^tiously",
}
_HYPH_RE = re.compile(r"\b(" + "|".join(HYPHENATE) + r")\b")


def add_hyphenation(text: str) -> str:
    return _HYPH_RE.sub(lambda m: HYPHENATE[m.group(1)], text)


def roman(n: int) -> str:
    vals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, r in vals:
        while n >= v:
            out += r
            n -= v
    return out


# ------------------------------------------------------------ line breaking
def break_lines(text, font, size, first_width, width, ligatures):
    """Greedy line breaking with explicit hyphenation points ('^')."""
    words = text.split()
    lines: list[str] = []
    cur = ""
    avail = first_width

    def w(s):
        return stringWidth(s, font, size)

    def fix(s):
        s = s.replace("^", "")
        return ligate(s) if ligatures else s

    i = 0
    while i < len(words):
        word = words[i]
        cand = (cur + " " + fix(word)) if cur else fix(word)
        if w(cand) <= avail or not cur and "^" not in word:
            cur = cand
            i += 1
            continue
        # try to hyphenate at the last '^' that still fits
        if "^" in word:
            parts = word.split("^")
            done = False
            for k in range(len(parts) - 1, 0, -1):
                head = fix("".join(parts[:k])) + "-"
                trial = (cur + " " + head) if cur else head
                if w(trial) <= avail:
                    lines.append(trial)
                    words[i] = "^".join(parts[k:])
                    cur = ""
                    avail = width
                    done = True
                    break
            if done:
                continue
            if not cur:  # nothing fits: place whole word
                cur = fix(word)
                i += 1
                continue
        lines.append(cur)
        cur = ""
        avail = width
    if cur:
        lines.append(cur)
    return lines


class TextBlock(Flowable):
    """A paragraph typeset line by line on the canvas.

    label     -- margin label (drawn on its own in the left margin column)
    runin     -- bold run-in prefix (e.g. "[12] ") on the first line
    indent    -- left indent of the text column (points)
    """

    def __init__(self, text, font, size, leading, *, indent=0.0, label=None,
                 label_font=None, label_size=None, runin=None, runin_font=None,
                 ligatures=False, space_after=6.0, bullet=None, lines=None,
                 first=True, color=colors.black):
        super().__init__()
        self.text = text
        self.font, self.size, self.leading = font, size, leading
        self.indent = indent
        self.label = label
        self.label_font = label_font or font
        self.label_size = label_size or size
        self.runin = runin
        self.runin_font = runin_font or font
        self.ligatures = ligatures
        self.space_after = space_after
        self.bullet = bullet
        self._lines = lines
        self.first = first
        self.color = color

    def _layout(self, avail_w):
        width = avail_w - self.indent
        first_w = width
        if self.runin and self.first:
            first_w -= stringWidth(self.runin, self.runin_font, self.size)
        return break_lines(self.text, self.font, self.size, first_w, width,
                           self.ligatures)

    def wrap(self, avail_w, avail_h):
        self._w = avail_w
        if self._lines is None:
            self._lines = self._layout(avail_w)
        self.height = len(self._lines) * self.leading + self.space_after
        return avail_w, self.height

    def split(self, avail_w, avail_h):
        if self._lines is None:
            self._lines = self._layout(avail_w)
        fit = int((avail_h - self.space_after) // self.leading)
        n = len(self._lines)
        if fit >= n:
            return [self]
        if fit < 2 or n - fit < 2:   # widow/orphan control
            fit = fit if n - fit >= 2 else n - 2
            if fit < 2:
                return []
        a = TextBlock(self.text, self.font, self.size, self.leading,
                      indent=self.indent, label=self.label,
                      label_font=self.label_font, label_size=self.label_size,
                      runin=self.runin, runin_font=self.runin_font,
                      ligatures=self.ligatures, space_after=0,
                      bullet=self.bullet, lines=self._lines[:fit],
                      first=self.first, color=self.color)
        b = TextBlock(self.text, self.font, self.size, self.leading,
                      indent=self.indent, label=None, runin=None,
                      ligatures=self.ligatures, space_after=self.space_after,
                      bullet=None, lines=self._lines[fit:], first=False,
                      color=self.color)
        return [a, b]

    def draw(self):
        c = self.canv
        y = self.height - self.space_after - self.size
        # margin label first, so that it precedes the text in the stream
        if self.label and self.first:
            c.setFillColor(colors.HexColor("#444444"))
            c.setFont(self.label_font, self.label_size)
            c.drawString(0, y + 2.2, self.label)
        if self.bullet and self.first:
            c.setFillColor(self.color)
            c.setFont(self.font, self.size)
            c.drawString(self.indent - 10, y, self.bullet)
        c.setFillColor(self.color)
        for k, line in enumerate(self._lines):
            x = self.indent
            if k == 0 and self.runin and self.first:
                c.setFont(self.runin_font, self.size)
                c.drawString(x, y, self.runin)
                x += stringWidth(self.runin, self.runin_font, self.size)
            c.setFont(self.font, self.size)
            c.drawString(x, y, line)
            y -= self.leading


class Heading(Flowable):
    def __init__(self, text, font, size, level, *, indent=0.0, space_before=10,
                 space_after=5, rule=False, key=None):
        super().__init__()
        self.text, self.font, self.size = text, font, size
        self.level, self.indent = level, indent
        self.space_before, self.space_after = space_before, space_after
        self.rule = rule
        self.key = key
        self.keepWithNext = True

    def wrap(self, aw, ah):
        self._w = aw
        self.height = self.space_before + self.size * 1.25 + self.space_after + (4 if self.rule else 0)
        return aw, self.height

    def draw(self):
        c = self.canv
        y = self.space_after + (4 if self.rule else 0)
        if self.rule:
            c.setStrokeColor(colors.HexColor("#777777"))
            c.setLineWidth(0.6)
            c.line(0, y - 3, self._w, y - 3)
        c.setFont(self.font, self.size)
        c.drawString(self.indent, y + 1, self.text)


# ----------------------------------------------------------------- parsing
def parse(path):
    meta: dict[str, str] = {}
    blocks: list[list[str]] = []
    cur: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("%"):
                continue
            if line.startswith("@meta "):
                k, _, v = line[6:].partition("=")
                meta[k.strip()] = v.strip()
                continue
            if not line.strip():
                if cur:
                    blocks.append(cur)
                    cur = []
                continue
            cur.append(line.strip())
    if cur:
        blocks.append(cur)
    return meta, blocks


def cell_para(text, style):
    t = escape(text)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    return Paragraph(t, style)


# ------------------------------------------------------------------ doc
class HeldoutDoc(BaseDocTemplate):
    def __init__(self, buf, meta, **kw):
        self.meta = meta
        self.headings: list[tuple[int, str, int]] = []
        super().__init__(buf, **kw)

    def afterFlowable(self, f):
        if isinstance(f, Heading) and f.key:
            self.headings.append((f.level, f.text, self.page))


def build(src_path, outdir, contents=None):
    meta, blocks = parse(src_path)
    layout = meta.get("layout", "overview")
    F = FONTS[layout]
    lig = meta.get("ligatures", "no") == "yes"
    numbering = meta.get("numbering", "margin")
    hyph = meta.get("hyphenate", "no") == "yes"

    def H(t):
        return add_hyphenation(t) if hyph else t
    offset = int(meta.get("page_offset", "0"))
    pw, ph = A4
    lw, lh = landscape(A4)

    def on_page(c, doc):
        n = doc.page
        w, h = c._pagesize
        c.saveState()
        if not (layout == "overview" and n == 1):
            c.setFont(F["body"], 7.6)
            c.setFillColor(colors.HexColor("#333333"))
            c.drawString(42, h - 30, meta.get("header_left", ""))
            c.drawRightString(w - 42, h - 30, meta.get("header_right", ""))
            c.setStrokeColor(colors.HexColor("#999999"))
            c.setLineWidth(0.4)
            c.line(42, h - 35, w - 42, h - 35)
            printed = n - offset
            label = str(printed) if printed >= 1 else roman(n)
            foot = meta.get("footer", "{n}").format(n=label)
            c.setFont(F["body"], 8.5)
            c.setFillColor(colors.black)
            if layout == "overview":
                c.drawCentredString(w / 2, 26, foot)
            else:
                c.drawRightString(w - 42, 26, foot)
        c.restoreState()

    buf = io.BytesIO()
    doc = HeldoutDoc(buf, meta, pagesize=A4, title=meta.get("title", ""),
                     author=meta.get("author", ""),
                     subject=meta.get("subject", ""),
                     keywords=meta.get("keywords", ""),
                     creator="eval/heldout/build_heldout.py (FICTIONAL)",
                     invariant=1)

    if layout == "overview":
        margin_l, margin_r = 46, 50
        body = Frame(margin_l, 48, pw - margin_l - margin_r, ph - 48 - 50,
                     id="body", leftPadding=0, rightPadding=0, topPadding=0,
                     bottomPadding=0)
        lbody = Frame(42, 44, lw - 84, lh - 44 - 48, id="lbody",
                      leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([
            PageTemplate("portrait", [body], onPage=on_page, pagesize=A4),
            PageTemplate("landscape", [lbody], onPage=on_page,
                         pagesize=landscape(A4)),
        ])
        frame_w = pw - margin_l - margin_r
        lframe_w = lw - 84
    else:
        gap = 18
        colw = (pw - 84 - gap) / 2
        top_h = 165
        mast = Frame(42, ph - 48 - top_h, pw - 84, top_h, id="mast",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        c1a = Frame(42, 46, colw, ph - 48 - top_h - 46 - 6, id="c1a",
                    leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        c2a = Frame(42 + colw + gap, 46, colw, ph - 48 - top_h - 46 - 6,
                    id="c2a", leftPadding=0, rightPadding=0, topPadding=0,
                    bottomPadding=0)
        c1 = Frame(42, 46, colw, ph - 46 - 50, id="c1", leftPadding=0,
                   rightPadding=0, topPadding=0, bottomPadding=0)
        c2 = Frame(42 + colw + gap, 46, colw, ph - 46 - 50, id="c2",
                   leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

        def colrule(c, d):
            on_page(c, d)
            c.saveState()
            c.setStrokeColor(colors.HexColor("#bbbbbb"))
            c.setLineWidth(0.4)
            x = 42 + colw + gap / 2
            top = ph - 50 if d.page > 1 else ph - 48 - top_h - 6
            c.line(x, 46, x, top)
            c.restoreState()

        doc.addPageTemplates([
            PageTemplate("first", [mast, c1a, c2a], onPage=colrule,
                         pagesize=A4, autoNextPageTemplate="later"),
            PageTemplate("later", [c1, c2], onPage=colrule, pagesize=A4),
        ])
        frame_w = colw
        lframe_w = colw

    story: list = []
    sec = 0
    sub = 0
    para = 0
    cont = 0
    landscape_mode = False
    size, lead = F["size"], F["leading"]
    label_col = 34 if layout == "overview" else 0

    cell = ParagraphStyle("cell", fontName=F["body"], fontSize=7.6,
                          leading=9.4, alignment=TA_LEFT)
    cellh = ParagraphStyle("cellh", parent=cell, fontName=F["bold"],
                           textColor=colors.white)
    cover_styles = {
        "title": ParagraphStyle("ct", fontName=F["bold"], fontSize=22,
                                leading=27, alignment=TA_LEFT),
        "subtitle": ParagraphStyle("cs", fontName=F["body"], fontSize=14,
                                   leading=18, alignment=TA_LEFT),
        "line": ParagraphStyle("cl", fontName=F["body"], fontSize=10.5,
                               leading=14, alignment=TA_LEFT),
        "small": ParagraphStyle("csm", fontName=F["italic"], fontSize=8.2,
                                leading=10.5, alignment=TA_LEFT),
        "notice": ParagraphStyle("cn", fontName=F["bold"], fontSize=10,
                                 leading=13, alignment=TA_CENTER,
                                 borderColor=colors.black, borderWidth=1.2,
                                 borderPadding=7, backColor=colors.HexColor("#eeeeee")),
        "center": ParagraphStyle("cc", fontName=F["body"], fontSize=10.5,
                                 leading=14, alignment=TA_CENTER),
    }

    it = iter(range(len(blocks)))
    for bi in it:
        blk = blocks[bi]
        head = blk[0]
        if head in ("@cover", "@masthead"):
            for line in blk[1:]:
                if line == "@end":
                    break
                st, _, txt = line.partition(":")
                txt = txt.strip()
                if st == "space":
                    story.append(Spacer(1, float(txt)))
                else:
                    story.append(Paragraph(escape(txt), cover_styles[st]))
            if head == "@masthead":
                story.append(FrameBreak())
            continue
        if head == "@contents":
            story.append(Heading("Contents", F["bold"], 14, 0, space_after=10))
            for level, title, page in (contents or []):
                printed = page - offset
                num = str(printed) if printed >= 1 else roman(page)
                ind = 0 if level == 1 else 22
                fnt = F["bold"] if level == 1 else F["body"]
                story.append(ContentsLine(title, num, fnt, 9.4, ind))
            continue
        if head == "@pagebreak":
            story.append(PageBreak())
            continue
        if head == "@columnbreak":
            story.append(FrameBreak())
            continue
        if head in ("@landscape", "@portrait"):
            landscape_mode = head == "@landscape"
            story.append(NextPageTemplate("landscape" if landscape_mode else "portrait"))
            story.append(PageBreak())
            continue
        if head.startswith("# "):
            m = re.match(r"#\s+(.+?)\s*\|\s*(.+)", head)
            secnum, title = m.group(1), m.group(2)
            sec = secnum.split()[-1]
            sub = 0
            para = 0
            text = f"{secnum}   {title}" if layout == "overview" else title.upper()
            if layout == "overview" and not secnum[0].isdigit():
                text = f"{secnum}: {title}"
            story.append(Heading(text, F["bold"], 13 if layout == "overview" else 10.5,
                                 1, rule=True, space_before=12, key=True))
            continue
        if head.startswith("## "):
            sub += 1
            para = 0
            title = head[3:].strip()
            if layout == "overview":
                text = f"{sec}.{sub}  {title}"
                story.append(Heading(text, F["bold"], 10.4, 2, space_before=6,
                                     space_after=4, key=True))
            else:
                story.append(Heading(title, F["italic"], 10.2, 2, space_before=3,
                                     space_after=3))
            continue
        if head.startswith("@table"):
            parts = head.split()
            widths = [float(x) for x in parts[1].split(",")]
            repeat = "repeat" in parts
            rows = []
            for line in blk[1:]:
                if line == "@endtable":
                    break
                cells = [x.strip() for x in line.strip().strip("|").split("|")]
                rows.append(cells)
            fw = lframe_w if landscape_mode else frame_w
            if layout == "overview" and not landscape_mode:
                fw -= label_col
            colw_ = [fw * x / 100.0 for x in widths]
            data = [[cell_para(x, cellh) for x in rows[0]]]
            data += [[cell_para(x, cell) for x in r] for r in rows[1:]]
            t = Table(data, colWidths=colw_, repeatRows=1 if repeat else 0,
                      hAlign="RIGHT" if (layout == "overview" and not landscape_mode) else "LEFT")
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#3b4a5a")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.35, colors.HexColor("#888888")),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f1f1ee")]),
                ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(t)
            story.append(Spacer(1, 8))
            continue
        if head == "@recs":
            for line in blk[1:]:
                if line == "@endrecs":
                    break
                lab, _, txt = line.partition("|")
                story.append(TextBlock(H(txt.strip()), F["body"], size, lead,
                                       indent=label_col, label=lab.strip(),
                                       label_font=F["bold"], label_size=size + 0.4,
                                       ligatures=lig, space_after=5))
            continue
        if head.startswith("* "):
            items = []
            for line in blk:
                if line.startswith("* "):
                    items.append(line[2:])
                else:
                    items[-1] += " " + line
            for k, txt in enumerate(items):
                story.append(TextBlock(H(txt), F["body"], size, lead,
                                       indent=label_col + 14, bullet="\u2022" if layout == "overview" else "\u2013",
                                       ligatures=lig,
                                       space_after=2.5 if k < len(items) - 1 else 6))
            continue
        text = " ".join(blk)
        if text.startswith("! "):
            story.append(TextBlock(H(text[2:]), F["body"], size, lead,
                                   indent=label_col, ligatures=lig))
            continue
        if numbering == "margin":
            para += 1
            label = f"{sec}.{sub}.{para}"
            story.append(TextBlock(H(text), F["body"], size, lead, indent=label_col,
                                   label=label, label_size=size - 1.6,
                                   ligatures=lig))
        else:
            cont += 1
            story.append(TextBlock(H(text), F["body"], size, lead,
                                   runin=f"[{cont}] ", runin_font=F["bold"],
                                   ligatures=lig, space_after=5))

    doc.build(story)
    out = os.path.join(outdir, meta["output"])
    return out, buf.getvalue(), doc.headings, "@contents" in [b[0] for b in blocks]


class ContentsLine(Flowable):
    def __init__(self, title, num, font, size, indent):
        super().__init__()
        self.title, self.num, self.font, self.size, self.indent = title, num, font, size, indent

    def wrap(self, aw, ah):
        self._w = aw
        return aw, self.size * 1.7

    def draw(self):
        c = self.canv
        c.setFont(self.font, self.size)
        c.drawString(self.indent, 3, self.title)
        c.drawRightString(self._w, 3, self.num)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--outdir", default=HERE)
    args = ap.parse_args(argv)
    os.makedirs(args.outdir, exist_ok=True)
    for name in sorted(os.listdir(SRC)):
        if not name.endswith(".src"):
            continue
        path = os.path.join(SRC, name)
        out, data, heads, has_contents = build(path, args.outdir)
        if has_contents:
            for _ in range(3):  # converge page numbers in the contents list
                out, data2, heads2, _ = build(path, args.outdir, contents=heads)
                if heads2 == heads:
                    data = data2
                    break
                heads = heads2
                data = data2
        with open(out, "wb") as fh:
            fh.write(data)
        from pypdf import PdfReader
        n = len(PdfReader(io.BytesIO(data)).pages)
        print(f"built {os.path.relpath(out)} ({n} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
