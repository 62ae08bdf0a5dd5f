#!/usr/bin/env python3
"""Build the FICTIONAL Child H review and its learning briefing.

    /work/main/.venv/bin/python build.py

ReportLab platypus with BaseDocTemplate and hand-made PageTemplates/Frames:
cover, roman-numbered front matter, two-column body with heading bands,
footnotes set at the foot of the page, tinted sidebars, a pull quote and a
full-width chronology table.  The document is built in several passes until
the footnote zones and the contents page numbers are stable; pypdf then adds
real /PageLabels (roman front matter, arabic body restarting at 1) and fixed
metadata so that rebuilds are byte-identical.
"""
import io
import os
import re
import sys

sys.dont_write_bytecode = True

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT, TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, FrameBreak, NextPageTemplate, PageBreak, Flowable,
                                KeepTogether, CondPageBreak)
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject, ArrayObject, ByteStringObject

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C  # noqa: E402

rl_config.invariant = 1

HERE = os.path.dirname(os.path.abspath(__file__))
REPORT = os.path.join(HERE, "alderbeck-tarnwick-cspr-child-h.pdf")
BRIEFING = os.path.join(HERE, "child-h-learning-briefing.pdf")

W, H = A4
ML = MR = 48
GUTTER = 16
COLW = (W - ML - MR - GUTTER) / 2.0
FULLW = W - ML - MR
TOP = H - 66          # top of body frames
BOTTOM = 50           # bottom of body frames when no footnotes
BAND_H = 92
CHRON_GAP = 32

TEAL = colors.HexColor("#14505c")
TEAL_DARK = colors.HexColor("#0c3640")
CORAL = colors.HexColor("#c8553d")
GREY = colors.HexColor("#5d6b70")
TINT_TEAL = colors.HexColor("#e2eff1")
TINT_ROSE = colors.HexColor("#f8e5df")
TINT_SAND = colors.HexColor("#f4ecd8")
ZEBRA = colors.HexColor("#f2f6f7")
TINTS = {"teal": (TINT_TEAL, TEAL), "rose": (TINT_ROSE, CORAL), "sand": (TINT_SAND, colors.HexColor("#9a6b1f"))}

# ---------------------------------------------------------------- styles
S = {
    "body": ParagraphStyle("body", fontName="Times-Roman", fontSize=9.6, leading=12.3,
                           alignment=TA_JUSTIFY, spaceAfter=5),
    "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11.5, leading=14, textColor=TEAL,
                        spaceBefore=9, spaceAfter=5),
    "sub": ParagraphStyle("sub", fontName="Helvetica-Bold", fontSize=8.8, leading=11, textColor=CORAL,
                          spaceBefore=6, spaceAfter=3),
    "boxtitle": ParagraphStyle("boxtitle", fontName="Helvetica-Bold", fontSize=9, leading=11.5),
    "boxbody": ParagraphStyle("boxbody", fontName="Helvetica", fontSize=8.2, leading=10.6,
                              spaceAfter=3),
    "pull": ParagraphStyle("pull", fontName="Times-Italic", fontSize=14.5, leading=18.5,
                           textColor=TEAL, alignment=TA_LEFT),
    "pullby": ParagraphStyle("pullby", fontName="Helvetica", fontSize=7.6, leading=9.5,
                             textColor=CORAL),
    "fn": ParagraphStyle("fn", fontName="Times-Roman", fontSize=7.3, leading=8.8, leftIndent=9,
                         firstLineIndent=-9),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=7.6, leading=9.2),
    "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=7.6, leading=9.2),
    "cellhead": ParagraphStyle("cellhead", fontName="Helvetica-Bold", fontSize=8, leading=10,
                               textColor=colors.white),
    "front_h": ParagraphStyle("front_h", fontName="Helvetica-Bold", fontSize=22, leading=26,
                              textColor=TEAL, spaceAfter=14),
    "front_h2": ParagraphStyle("front_h2", fontName="Helvetica-Bold", fontSize=12, leading=15,
                               textColor=CORAL, spaceBefore=10, spaceAfter=6),
    "front_body": ParagraphStyle("front_body", fontName="Times-Roman", fontSize=11, leading=15.5,
                                 alignment=TA_JUSTIFY, spaceAfter=9),
    "sign": ParagraphStyle("sign", fontName="Times-Roman", fontSize=11, leading=14),
    "toc": ParagraphStyle("toc", fontName="Helvetica", fontSize=10, leading=13),
    "tocb": ParagraphStyle("tocb", fontName="Helvetica-Bold", fontSize=10.5, leading=13.5,
                           textColor=TEAL),
    "tocn": ParagraphStyle("tocn", fontName="Helvetica-Bold", fontSize=10, leading=13,
                           alignment=TA_RIGHT),
    "intro": ParagraphStyle("intro", fontName="Times-Italic", fontSize=9.8, leading=12.8,
                            spaceAfter=8, textColor=colors.HexColor("#26363b")),
}


def roman(n):
    vals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


# ---------------------------------------------------------------- flowables
class PartBand(Flowable):
    """Heading band across both columns: kicker ("Part Three") and title."""

    def __init__(self, kicker, title, width, height=BAND_H - 10, toc_key=None):
        Flowable.__init__(self)
        self.kicker, self.title, self.w, self.h = kicker, title, width, height
        self._toc_key = toc_key

    def wrap(self, aw, ah):
        return self.w, self.h

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, 0, self.w, self.h, stroke=0, fill=1)
        c.setFillColor(CORAL)
        c.rect(0, 0, 7, self.h, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#f7c9bd"))
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(22, self.h - 26, self.kicker.upper())
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 24)
        c.drawString(22, 20, self.title)
        c.restoreState()


class Rule(Flowable):
    def __init__(self, width, color=TEAL, thickness=0.8, space=4):
        Flowable.__init__(self)
        self.w, self.color, self.t, self.space = width, color, thickness, space

    def wrap(self, aw, ah):
        return self.w, self.t + 2 * self.space

    def draw(self):
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.t)
        self.canv.line(0, self.space, self.w, self.space)


def tocmark(flowable, key):
    flowable._toc_key = key
    return flowable


# ---------------------------------------------------------------- footnotes
FOOTNOTES = []  # filled by prepare(); list of footnote texts, number = index + 1


def fn_sub(text):
    """Replace {{fn:...}} with a superscript number and an onDraw marker."""
    def rep(m):
        FOOTNOTES.append(m.group(1))
        n = len(FOOTNOTES)
        return ('<onDraw name="fnmark" label="%d"/><super><font name="Helvetica-Bold" color="#c8553d">'
                '%d</font></super>' % (n, n))
    return re.sub(r"\{\{fn:(.*?)\}\}", rep, text, flags=re.S)


def fn_paragraphs(numbers):
    paras = []
    for n in numbers:
        paras.append(Paragraph('<font name="Helvetica-Bold" color="#c8553d">%d</font>&nbsp;&nbsp;%s'
                               % (n, FOOTNOTES[n - 1]), S["fn"]))
    return paras


def fn_zone_height(numbers):
    h = 12
    for p in fn_paragraphs(numbers):
        h += p.wrap(FULLW, 1000)[1] + 2
    return int(h + 1)


# ---------------------------------------------------------------- document
BODY_KINDS = ("body", "bodyband")


class ReviewDoc(BaseDocTemplate):
    def __init__(self, filename, zone_map, toc_map, **kw):
        self.zone_map = dict(zone_map)
        self.toc_prev = dict(toc_map)
        self.fn_on_page = {}
        self.toc_now = {}
        self.body_start = None
        BaseDocTemplate.__init__(self, filename, pagesize=A4, leftMargin=ML, rightMargin=MR,
                                 topMargin=H - TOP, bottomMargin=BOTTOM,
                                 title="%s: %s" % (C.TITLE, C.SUBTITLE), author=C.PARTNERSHIP,
                                 subject="FICTIONAL practice document", creator="ReportLab platypus",
                                 invariant=1, **kw)
        self._build_templates()

    # --- labels
    def label(self, page):
        if self.body_start is None or page < self.body_start:
            return roman(page)
        return str(page - self.body_start + 1)

    # --- footnote marker callback (<onDraw name="fnmark" label="n"/>)
    def fnmark(self, canv, kind, label):
        self.fn_on_page.setdefault(self.page, []).append(int(label))

    # --- templates
    def _frame(self, id_, x, y, w, h):
        return Frame(x, y, w, h, id=id_, leftPadding=0, rightPadding=0, topPadding=0,
                     bottomPadding=0, showBoundary=0)

    def _body_template(self, kind, zone):
        bottom = BOTTOM + zone
        frames = []
        top = TOP
        if kind == "bodyband":
            frames.append(self._frame("band", ML, TOP - BAND_H, FULLW, BAND_H))
            top = TOP - BAND_H - 4
        frames.append(self._frame("left", ML, bottom, COLW, top - bottom))
        frames.append(self._frame("right", ML + COLW + GUTTER, bottom, COLW, top - bottom))
        pt = PageTemplate(id="%s@%d" % (kind, zone), frames=frames, onPage=self._on_body_page,
                          onPageEnd=self._on_body_page_end)
        pt.kind = kind
        if kind == "bodyband":
            pt.autoNextPageTemplate = "body@0"
        return pt

    def _build_templates(self):
        tpls = []
        cover = PageTemplate(id="cover", frames=[self._frame("cover", 0, 0, W, H)],
                             onPage=draw_cover)
        cover.kind = "cover"
        tpls.append(cover)
        front = PageTemplate(id="front", frames=[self._frame("front", 72, 70, W - 144, H - 150)],
                             onPage=self._on_front_page)
        front.kind = "front"
        tpls.append(front)
        wide = PageTemplate(id="wide", frames=[self._frame("wide", ML, BOTTOM, FULLW, TOP - BOTTOM)],
                            onPage=self._on_body_page)
        wide.kind = "wide"
        tpls.append(wide)
        zones = sorted(set([0] + list(self.zone_map.values())))
        self.tmpl_by_id = {}
        for kind in BODY_KINDS:
            for z in zones:
                t = self._body_template(kind, z)
                tpls.append(t)
        self.addPageTemplates(tpls)
        self.tmpl_by_id = {t.id: t for t in self.pageTemplates}

    def _startBuild(self, filename=None, canvasmaker=None):
        BaseDocTemplate._startBuild(self, filename, canvasmaker)
        self.canv.setNamedCB("fnmark", self.fnmark)

    def handle_pageBegin(self):
        nxt = self.page + 1
        kind = getattr(self.pageTemplate, "kind", None)
        if kind in BODY_KINDS:
            self.pageTemplate = self.tmpl_by_id["%s@%d" % (kind, self.zone_map.get(nxt, 0))]
        if kind in BODY_KINDS + ("wide",) and self.body_start is None:
            self.body_start = nxt
        BaseDocTemplate.handle_pageBegin(self)

    def afterFlowable(self, flowable):
        key = getattr(flowable, "_toc_key", None)
        if key and key not in self.toc_now:
            self.toc_now[key] = self.label(self.page)

    # --- page furniture
    def _footer(self, canv, label):
        canv.saveState()
        canv.setStrokeColor(TEAL)
        canv.setLineWidth(0.5)
        canv.line(ML, 38, W - MR, 38)
        canv.setFont("Helvetica-Bold", 7)
        canv.setFillColor(CORAL)
        canv.drawString(ML, 27, C.FOOTER)
        canv.setFont("Helvetica", 7)
        canv.setFillColor(GREY)
        canv.drawCentredString(W / 2 + 40, 27, C.PARTNERSHIP)
        canv.setFont("Helvetica-Bold", 9)
        canv.setFillColor(TEAL)
        canv.drawRightString(W - MR, 26, label)
        canv.restoreState()

    def _on_front_page(self, canv, doc):
        canv.saveState()
        canv.setFillColor(TEAL)
        canv.rect(0, H - 18, W, 18, stroke=0, fill=1)
        canv.setFillColor(CORAL)
        canv.rect(0, H - 21, W, 3, stroke=0, fill=1)
        canv.restoreState()
        self._footer(canv, self.label(doc.page))

    def _on_body_page(self, canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(GREY)
        canv.drawString(ML, H - 38, C.RUNNING_HEAD)
        canv.setFont("Helvetica-Bold", 7.5)
        canv.setFillColor(TEAL)
        canv.drawRightString(W - MR, H - 38, C.REFERENCE)
        canv.setStrokeColor(CORAL)
        canv.setLineWidth(1.2)
        canv.line(ML, H - 45, W - MR, H - 45)
        canv.restoreState()
        self._footer(canv, self.label(doc.page))

    def _on_body_page_end(self, canv, doc):
        nums = self.fn_on_page.get(doc.page, [])
        if not nums:
            return
        paras = fn_paragraphs(nums)
        heights = [p.wrap(FULLW, 1000)[1] for p in paras]
        y = BOTTOM - 6 + sum(h + 2 for h in heights)
        canv.saveState()
        canv.setStrokeColor(TEAL)
        canv.setLineWidth(0.6)
        canv.line(ML, y + 5, ML + 90, y + 5)
        canv.restoreState()
        for p, h in zip(paras, heights):
            y -= h
            p.drawOn(canv, ML, y)
            y -= 2


def draw_cover(canv, doc):
    canv.saveState()
    split = H * 0.40
    canv.setFillColor(TEAL)
    canv.rect(0, split, W, H - split, stroke=0, fill=1)
    canv.setFillColor(TEAL_DARK)
    canv.rect(0, H - 70, W, 70, stroke=0, fill=1)
    canv.setFillColor(CORAL)
    canv.rect(0, split - 10, W * 0.62, 10, stroke=0, fill=1)
    # partnership name at top
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 12)
    canv.drawString(56, H - 42, C.PARTNERSHIP)
    # title block
    canv.setFont("Helvetica-Bold", 64)
    canv.drawString(52, H - 250, C.TITLE)
    canv.setFont("Helvetica", 24)
    canv.drawString(56, H - 290, C.SUBTITLE)
    canv.setFont("Times-Italic", 14)
    canv.setFillColor(colors.HexColor("#cfe3e6"))
    canv.drawString(56, H - 322, "Serious injury to a baby of nine months: neglect and a head injury")
    # decorative circles
    canv.setStrokeColor(colors.HexColor("#2f6c78"))
    canv.setLineWidth(14)
    canv.circle(W - 70, H - 420, 110, stroke=1, fill=0)
    canv.setLineWidth(6)
    canv.circle(W - 70, H - 420, 70, stroke=1, fill=0)
    # lower block: details
    rows = [("Reference", C.REFERENCE), ("Published", C.PUBLISHED),
            ("Independent reviewer", C.REVIEWER)]
    y = split - 70
    for k, v in rows:
        canv.setFont("Helvetica", 9)
        canv.setFillColor(GREY)
        canv.drawString(56, y + 14, k.upper())
        canv.setFont("Helvetica-Bold", 15)
        canv.setFillColor(TEAL)
        canv.drawString(56, y - 4, v)
        y -= 56
    canv.setFont("Helvetica", 9)
    canv.setFillColor(GREY)
    canv.drawString(330, split - 56, "Commissioned by the")
    canv.drawString(330, split - 68, "safeguarding partners of")
    canv.drawString(330, split - 80, "Alderbeck Borough Council and")
    canv.drawString(330, split - 92, "Tarnwick District Council")
    # fictional notice
    canv.setFillColor(CORAL)
    canv.rect(0, 0, W, 34, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 9)
    canv.drawCentredString(W / 2, 13, "FICTIONAL \u2014 an invented review written for testing a "
                                      "question-answering tool. No real child, family or agency.")
    canv.restoreState()


# ---------------------------------------------------------------- story
def para_num(num, text, head=None):
    num_html = '<font name="Helvetica-Bold" size="8.6" color="#14505c">%s</font>' % num
    if head:
        return Paragraph("%s <b>%s</b> %s" % (num_html, head, fn_sub(text)), S["body"])
    return Paragraph("%s %s" % (num_html, fn_sub(text)), S["body"])


def sidebar(colour, title, paras):
    bg, fg = TINTS[colour]
    st = ParagraphStyle("bt", parent=S["boxtitle"], textColor=fg)
    rows = [[Paragraph(title, st)]] + [[Paragraph(fn_sub(p), S["boxbody"])] for p in paras]
    t = Table(rows, colWidths=[COLW])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("LINEBEFORE", (0, 0), (0, -1), 3, fg),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, 0), 8),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
    ]))
    return [Spacer(1, 4), KeepTogether([t]), Spacer(1, 8)]


def pullquote(text, by):
    t = Table([[Paragraph("\u201c%s\u201d" % text, S["pull"])], [Paragraph(by.upper(), S["pullby"])]],
              colWidths=[COLW])
    t.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 2.5, CORAL),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, TEAL),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, 0), 9),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
    ]))
    return [Spacer(1, 6), t, Spacer(1, 10)]


def chronology_table():
    head = [Paragraph(x, S["cellhead"]) for x in ("Date", "Agency", "What happened",
                                                  "Reviewer's comment")]
    rows = [head]
    for d, a, what, comment in C.CHRONOLOGY:
        rows.append([Paragraph(d, S["cellb"]), Paragraph(a, S["cell"]), Paragraph(what, S["cell"]),
                     Paragraph(comment, S["cell"])])
    widths = [58, 90, 212, FULLW - 58 - 90 - 212]
    t = Table(rows, colWidths=widths, repeatRows=1, splitByRow=0, splitInRow=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), TEAL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#b9cfd3")),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    for i in range(2, len(rows), 2):
        style.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
    t.setStyle(TableStyle(style))
    return t


def contents_table(toc):
    entries = [
        ("Foreword", "foreword", 0), ("Key facts and role codes", "keyfacts", 0),
        ("Part One: Introduction and context", "part1", 0),
        ("1  Why this review was carried out", "s1", 1), ("2  How the review was conducted", "s2", 1),
        ("3  Child H and her family", "s3", 1),
        ("Part Two: Summary chronology", "part2", 0),
        ("Part Three: Analysis of practice", "part3", 0),
        ("4  Key practice episodes", "s4", 1), ("5  Findings", "s5", 1),
        ("Part Four: Recommendations and response", "part4", 0),
        ("6  Recommendations", "s6", 1), ("7  The Partnership's response", "s7", 1),
        ("8  Concluding remarks", "s8", 1),
    ]
    rows, style = [], [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
    for i, (text, key, level) in enumerate(entries):
        page = toc.get(key, "?")
        if level == 0:
            rows.append([Paragraph(text, S["tocb"]), Paragraph(page, S["tocn"])])
            style += [("TOPPADDING", (0, i), (-1, i), 10),
                      ("LINEBELOW", (0, i), (-1, i), 0.5, TEAL)]
        else:
            rows.append([Paragraph("&nbsp;&nbsp;&nbsp;&nbsp;" + text, S["toc"]),
                         Paragraph(page, S["tocn"])])
            style += [("TOPPADDING", (0, i), (-1, i), 4),
                      ("LINEBELOW", (0, i), (-1, i), 0.3, colors.HexColor("#c9d7da"))]
    t = Table(rows, colWidths=[W - 144 - 50, 50])
    t.setStyle(TableStyle(style))
    return t


def key_facts_tables():
    kf = Table([[Paragraph(k, S["cellb"]), Paragraph(v, S["cell"])] for k, v in C.KEY_FACTS],
               colWidths=[150, W - 144 - 150])
    kf.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), TINT_TEAL),
        ("LINEBELOW", (0, 0), (-1, -2), 0.5, colors.white),
        ("LINEBEFORE", (0, 0), (0, -1), 3, TEAL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    head = [Paragraph(x, S["cellhead"]) for x in ("Code", "Role", "Agency")]
    rows = [head] + [[Paragraph(c, S["cellb"]), Paragraph(r, S["cell"]), Paragraph(a, S["cell"])]
                     for c, r, a in C.ROLE_KEY]
    rk = Table(rows, colWidths=[44, 170, W - 144 - 214], repeatRows=1)
    st = [("BACKGROUND", (0, 0), (-1, 0), TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
          ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#b9cfd3"))]
    for i in range(2, len(rows), 2):
        st.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
    rk.setStyle(TableStyle(st))
    return kf, rk


def make_story(toc):
    FOOTNOTES.clear()
    story = [Spacer(1, 10), NextPageTemplate("front"), PageBreak()]
    # foreword (ii)
    story.append(tocmark(Paragraph("Foreword", S["front_h"]), "foreword"))
    for p in C.FOREWORD:
        story.append(Paragraph(p, S["front_body"]))
    story.append(Spacer(1, 8))
    for s in C.FOREWORD_SIGN:
        story.append(Paragraph(s, S["sign"]))
    story.append(Paragraph("June 2024", S["sign"]))
    story.append(PageBreak())
    # contents (iii)
    story.append(Paragraph("Contents", S["front_h"]))
    story.append(contents_table(toc))
    story.append(Spacer(1, 18))
    story.append(Paragraph("Paragraphs are numbered by section. Footnotes are numbered through the "
                           "report and set at the foot of the page.", S["intro"]))
    story.append(PageBreak())
    # key facts (iv)
    kf, rk = key_facts_tables()
    story.append(tocmark(Paragraph("Key facts", S["front_h"]), "keyfacts"))
    story.append(kf)
    story.append(Paragraph("Role codes used in this report", S["front_h2"]))
    story.append(Paragraph("Practitioners are identified by role codes. Family members are referred to "
                           "as Child H, Child G, Mother, Father and the maternal grandmother.",
                           ParagraphStyle("kk", parent=S["intro"], fontSize=9, leading=11.5,
                                          spaceAfter=6)))
    story.append(rk)

    for item in C.BODY:
        kind = item[0]
        if kind == "band":
            _, key, kicker, title = item
            story += [NextPageTemplate("bodyband@0"), PageBreak(),
                      PartBand(kicker, title, FULLW, toc_key=key), FrameBreak()]
        elif kind == "chron":
            _, key, kicker, title, intro = item
            story += [NextPageTemplate("wide"), PageBreak(),
                      PartBand(kicker, title, FULLW, toc_key=key), Spacer(1, CHRON_GAP),
                      Paragraph(intro, S["intro"]), chronology_table()]
        elif kind == "h":
            story.append(CondPageBreak(80))
            story.append(tocmark(Paragraph(item[2], S["h"]), item[1]))
        elif kind == "sub":
            story.append(CondPageBreak(64))
            story.append(Paragraph(item[1], S["sub"]))
        elif kind == "p":
            story.append(para_num(item[1], item[2]))
        elif kind == "runin":
            story.append(para_num(item[1], item[3], head=item[2]))
        elif kind == "box":
            story += sidebar(item[1], item[2], item[3])
        elif kind == "pull":
            story += pullquote(item[1], item[2])
        elif kind == "cbreak":
            story.append(FrameBreak())
    return story


def build_report():
    zone_map, toc = {}, {}
    history = []
    for attempt in range(10):
        buf = io.BytesIO()
        doc = ReviewDoc(buf, zone_map, toc)
        doc.build(make_story(toc))
        new_zone = {p: fn_zone_height(nums) for p, nums in doc.fn_on_page.items()}
        state = (tuple(sorted(new_zone.items())), tuple(sorted(doc.toc_now.items())))
        print("pass %d: footnotes on pages %s, toc %s" % (attempt + 1, dict(doc.fn_on_page),
                                                         doc.toc_now))
        if new_zone == zone_map and doc.toc_now == toc:
            break
        if state in history:  # oscillation: keep the union of zones
            for p, h in new_zone.items():
                zone_map[p] = max(zone_map.get(p, 0), h)
            toc = doc.toc_now
            continue
        history.append(state)
        zone_map, toc = new_zone, doc.toc_now
    else:
        raise SystemExit("layout did not converge")
    return buf.getvalue(), doc.body_start


def finish_pdf(data, out, labels, meta):
    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter(clone_from=reader)
    n = len(writer.pages)
    for start, end, style, first in labels:
        writer.set_page_label(start, end if end is not None else n - 1, style=style, start=first)
    meta = dict(meta)
    fixed_id = ByteStringObject(bytes.fromhex(meta.pop("_id")))
    writer.add_metadata(meta)
    writer._ID = ArrayObject([fixed_id, fixed_id])
    with open(out, "wb") as fh:
        writer.write(fh)
    return n


def report_meta():
    return {
        "/Title": "%s: %s (FICTIONAL)" % (C.TITLE, C.SUBTITLE),
        "/Author": C.PARTNERSHIP,
        "/Subject": "FICTIONAL child safeguarding practice review, " + C.REFERENCE,
        "/Creator": "ReportLab platypus BaseDocTemplate (build.py)",
        "/Producer": "ReportLab + pypdf",
        "/CreationDate": "D:20240618090000+01'00'",
        "/ModDate": "D:20240618090000+01'00'",
        "_id": "a1d3e5b7c9f1024a6b8c0d2e4f6a8b0c",
    }


# ---------------------------------------------------------------- briefing
import briefing  # noqa: E402


def main():
    data, body_start = build_report()
    meta = report_meta()
    fixed = {k: v for k, v in meta.items()}
    n = finish_pdf(data, REPORT, [(0, body_start - 2, "/r", 1), (body_start - 1, None, "/D", 1)],
                   fixed)
    print("report: %d pages, body starts on physical page %d" % (n, body_start))
    bdata = briefing.build()
    bmeta = {
        "/Title": "Learning briefing: Child H (FICTIONAL)",
        "/Author": C.PARTNERSHIP,
        "/Subject": "FICTIONAL learning briefing",
        "/Creator": "ReportLab platypus (briefing.py)",
        "/Producer": "ReportLab + pypdf",
        "/CreationDate": "D:20240618090000+01'00'",
        "/ModDate": "D:20240618090000+01'00'",
        "_id": "b2e4f6a8c0d2135b7c9d1e3f5a7b9c1d",
    }
    n = finish_pdf(bdata, BRIEFING, [(0, None, "/D", 1)], bmeta)
    print("briefing: %d pages" % n)


if __name__ == "__main__":
    main()
