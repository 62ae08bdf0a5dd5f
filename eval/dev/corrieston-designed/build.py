# -*- coding: utf-8 -*-
"""Build the FICTIONAL Corrieston and Wyle CSPR ('Rory') and its learning briefing.

Run:  /work/main/.venv/bin/python build.py
Writes corrieston-wyle-cspr-rory.pdf and corrieston-wyle-learning-briefing-rory.pdf next to this file.
The report is built in several passes so that page-foot footnotes and the contents page settle.
"""
import io
import os
import re
import sys

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import Flowable, HRFlowable

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

REPORT_PDF = os.path.join(HERE, "corrieston-wyle-cspr-rory.pdf")
BRIEF_PDF = os.path.join(HERE, "corrieston-wyle-learning-briefing-rory.pdf")

# ------------------------------------------------------------------ fonts
FD = "/usr/share/fonts/truetype/liberation2/"
for name, fn in [("Sans", "LiberationSans-Regular.ttf"), ("Sans-B", "LiberationSans-Bold.ttf"),
                 ("Sans-I", "LiberationSans-Italic.ttf"), ("Sans-BI", "LiberationSans-BoldItalic.ttf"),
                 ("Serif-I", "LiberationSerif-Italic.ttf"), ("Serif", "LiberationSerif-Regular.ttf"),
                 ("Serif-B", "LiberationSerif-Bold.ttf"), ("Serif-BI", "LiberationSerif-BoldItalic.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FD + fn))
addMapping("Sans", 0, 0, "Sans"); addMapping("Sans", 1, 0, "Sans-B")
addMapping("Sans", 0, 1, "Sans-I"); addMapping("Sans", 1, 1, "Sans-BI")
addMapping("Serif", 0, 0, "Serif"); addMapping("Serif", 1, 0, "Serif-B")
addMapping("Serif", 0, 1, "Serif-I"); addMapping("Serif", 1, 1, "Serif-BI")

TEAL = colors.HexColor("#1d5c66")
TEAL_L = colors.HexColor("#e3eff0")
TEAL_M = colors.HexColor("#b9d6d9")
CORAL = colors.HexColor("#c8553d")
GREY = colors.HexColor("#6d6d6d")
DARK = colors.HexColor("#222222")

# ------------------------------------------------------------------ geometry (report)
PW, PH = A4
ML = MR = 46
MT = 66
MB = 58
GUT = 28
FULLW = PW - ML - MR
COLW = (FULLW - GUT) / 2
BODY_TOP = PH - MT
SPAN_H = 62
FRONT = 3  # cover, contents, foreword (i, ii, iii)

# ------------------------------------------------------------------ styles
BODY = ParagraphStyle("body", fontName="Sans", fontSize=9, leading=12.5, alignment=TA_JUSTIFY,
                      textColor=DARK, spaceAfter=5.0)
NUM = ParagraphStyle("num", parent=BODY, leftIndent=27, bulletIndent=0, bulletFontName="Sans-B",
                     bulletFontSize=9, bulletColor=TEAL)
SUB = ParagraphStyle("sub", parent=BODY, leftIndent=61, bulletIndent=27, bulletFontName="Sans",
                     bulletFontSize=8.5, bulletColor=TEAL, spaceAfter=4)
MARG = ParagraphStyle("marg", parent=BODY, leftIndent=0, bulletIndent=-23, bulletFontName="Sans",
                      bulletFontSize=7, bulletColor=colors.HexColor("#8a8a8a"))
UNNUM = ParagraphStyle("unnum", parent=BODY)
H_COL = ParagraphStyle("hcol", fontName="Sans-B", fontSize=14, leading=17, textColor=TEAL,
                       spaceBefore=12, spaceAfter=7, keepWithNext=1)
H_SUB = ParagraphStyle("hsub", fontName="Sans-B", fontSize=9.6, leading=12, textColor=TEAL,
                       spaceBefore=7, spaceAfter=4, keepWithNext=1)
H_SPAN = ParagraphStyle("hspan", fontName="Sans-B", fontSize=22, leading=26, textColor=TEAL)
FN = ParagraphStyle("fn", fontName="Sans", fontSize=6.8, leading=8.2, textColor=DARK, leftIndent=9,
                    bulletIndent=0, bulletFontName="Sans", bulletFontSize=6.8)
BOX_T = ParagraphStyle("boxt", fontName="Sans-B", fontSize=10.5, leading=13, textColor=TEAL, spaceAfter=4)
BOX_P = ParagraphStyle("boxp", fontName="Sans", fontSize=8.3, leading=11, textColor=DARK, spaceAfter=4)
QUOTE = ParagraphStyle("quote", fontName="Serif-I", fontSize=15.5, leading=19.5, textColor=TEAL)
QUOTE_W = ParagraphStyle("quotew", fontName="Sans", fontSize=7.5, leading=9.5, textColor=GREY, spaceBefore=4)
TBL = ParagraphStyle("tbl", fontName="Sans", fontSize=7.6, leading=9.4, textColor=DARK)
TBL_H = ParagraphStyle("tblh", fontName="Sans-B", fontSize=7.8, leading=9.4, textColor=colors.white)
CHR = ParagraphStyle("chr", fontName="Sans", fontSize=8.2, leading=10.3, textColor=DARK)
CHR_H = ParagraphStyle("chrh", fontName="Sans-B", fontSize=8.4, leading=10.3, textColor=colors.white)


def fn_markup(text, state):
    """Replace {fn:key} with a superscript number and an onDraw hook that records the page."""
    def rep(m):
        key = m.group(1)
        if key not in state["fn_num"]:
            state["fn_num"][key] = len(state["fn_num"]) + 1
        n = state["fn_num"][key]
        return '<super>%d</super><onDraw name="fnmark" label="%d"/>' % (n, n)
    return re.sub(r"\{fn:([a-z0-9]+)\}", rep, text)


# ------------------------------------------------------------------ document
class ReviewDoc(BaseDocTemplate):
    def __init__(self, fobj, fn_pages, toc_prev, **kw):
        BaseDocTemplate.__init__(self, fobj, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                                 bottomMargin=MB, title="Child Safeguarding Practice Review: Rory (FICTIONAL)",
                                 author="Corrieston and Wyle Safeguarding Children Partnership (fictional)",
                                 subject="FICTIONAL practice document", creator="ReportLab platypus",
                                 **kw)
        self.fn_prev = fn_pages          # footnote number -> page (previous pass)
        self.fn_now = {}
        self.toc_prev = toc_prev
        self.toc_now = {}
        self.fn_texts = {}
        self.para_log = []
        body_frames = []

        def col_frames(top):
            f1 = Frame(ML, MB, COLW, top - MB, 0, 0, 0, 0, id="c1")
            f2 = Frame(ML + COLW + GUT, MB, COLW, top - MB, 0, 0, 0, 0, id="c2")
            return [f1, f2]

        cover = PageTemplate("cover", [Frame(ML, MB, FULLW, BODY_TOP - MB, 0, 0, 0, 0, id="cov")],
                             onPage=self.draw_cover, autoNextPageTemplate="front")
        front = PageTemplate("front", [Frame(ML, MB, FULLW, BODY_TOP - MB - 10, 0, 0, 0, 0, id="fr")],
                             onPage=self.draw_front)
        span_cols = col_frames(BODY_TOP - SPAN_H - 6)
        span = PageTemplate("span", [Frame(ML, BODY_TOP - SPAN_H, FULLW, SPAN_H, 0, 0, 0, 0, id="top")] + span_cols,
                            onPage=self.draw_body, autoNextPageTemplate="cols")
        cols_f = col_frames(BODY_TOP)
        cols = PageTemplate("cols", cols_f, onPage=self.draw_body)
        full_f = [Frame(ML, MB, FULLW, BODY_TOP - MB, 0, 0, 0, 0, id="full")]
        full = PageTemplate("full", full_f, onPage=self.draw_body)
        for f in span_cols + cols_f + full_f:
            f._orig = (f._x1, f._y1, f._width, f._height)
            body_frames.append(f)
        self.addPageTemplates([cover, front, span, cols, full])

    # -- hooks
    def beforeDocument(self):
        self.canv.setNamedCB("fnmark", self._fnmark)

    def _fnmark(self, canv, kind, label):
        self.fn_now[int(label)] = self.page

    def notes_for_page(self, page):
        return sorted(n for n, p in self.fn_prev.items() if p == page)

    def fn_block(self, page):
        notes = self.notes_for_page(page)
        if not notes:
            return [], 0
        paras = []
        h = 0
        for n in notes:
            p = Paragraph(self.fn_texts[n], FN, bulletText=str(n))
            w, ph = p.wrap(FULLW, 200)
            paras.append((p, ph))
            h += ph + 1.5
        return paras, h

    def beforePage(self):
        paras, h = self.fn_block(self.page)
        reserve = h + 12 if paras else 0
        for f in self.pageTemplate.frames:
            if hasattr(f, "_orig"):
                x, y, w, hh = f._orig
                ny = y + reserve
                f.__init__(x, ny, w, hh - reserve, 0, 0, 0, 0, id=f.id)
                f._orig = (x, y, w, hh)

    def afterFlowable(self, fl):
        if getattr(fl, "_pnum", None):
            self.para_log.append((fl._pnum, fl._part, self.page, self.frame.id))
        key = getattr(fl, "_toc", None)
        if key and key not in self.toc_now:
            self.toc_now[key] = self.page - FRONT

    # -- page decoration
    def label(self, page):
        if page <= FRONT:
            return ["i", "ii", "iii"][page - 1]
        return str(page - FRONT)

    def footer(self, canv, page, dark=False):
        canv.saveState()
        col = colors.white if dark else GREY
        canv.setStrokeColor(TEAL_M if not dark else colors.white)
        canv.setLineWidth(0.5)
        canv.line(ML, 42, PW - MR, 42)
        canv.setFillColor(col)
        canv.setFont("Sans-B", 7.5)
        canv.drawString(ML, 30, C.FOOTER)
        canv.setFont("Sans", 7.5)
        canv.drawCentredString(PW / 2, 30, C.PARTNERSHIP)
        canv.setFont("Sans-B", 8)
        canv.drawRightString(PW - MR, 30, self.label(page))
        canv.restoreState()

    def draw_cover(self, canv, doc):
        canv.addPageLabel(0, "ROMAN_LOWER", 1)
        canv.addPageLabel(FRONT, "ARABIC", 1)
        canv.saveState()
        canv.setFillColor(TEAL)
        canv.rect(0, PH * 0.38, PW, PH * 0.62, stroke=0, fill=1)
        canv.setFillColor(CORAL)
        canv.rect(0, PH * 0.38 - 8, PW * 0.55, 8, stroke=0, fill=1)
        canv.setFillColor(TEAL_M)
        canv.rect(PW * 0.55, PH * 0.38 - 8, PW * 0.45, 8, stroke=0, fill=1)
        # partnership mark
        canv.setFillColor(colors.white)
        canv.circle(ML + 14, PH - 70, 14, stroke=0, fill=1)
        canv.setFillColor(TEAL)
        canv.setFont("Sans-B", 11)
        canv.drawCentredString(ML + 14, PH - 74, "CW")
        canv.setFillColor(colors.white)
        canv.setFont("Sans-B", 11)
        canv.drawString(ML + 36, PH - 66, "Corrieston and Wyle")
        canv.setFont("Sans", 11)
        canv.drawString(ML + 36, PH - 80, "Safeguarding Children Partnership")
        canv.setFont("Sans", 15)
        canv.drawString(ML, PH - 250, "Child Safeguarding Practice Review")
        canv.setFont("Sans-B", 54)
        canv.drawString(ML, PH - 316, "\u2018Rory\u2019")
        st = ParagraphStyle("cs", fontName="Sans", fontSize=13.5, leading=18, textColor=colors.white)
        p = Paragraph("Serious harm to a four-year-old boy: chronic neglect, a head injury, domestic abuse "
                      "and parental alcohol misuse", st)
        w, h = p.wrap(FULLW * 0.8, 200)
        p.drawOn(canv, ML, PH - 340 - h)
        st2 = ParagraphStyle("cs2", fontName="Sans", fontSize=10.5, leading=15, textColor=DARK)
        p2 = Paragraph("<b>Independent reviewer:</b> Alison Threlkeld<br/>"
                       "<b>Review period:</b> 1 September 2022 to 11 February 2024<br/>"
                       "<b>Published:</b> 4 March 2025", st2)
        w, h = p2.wrap(FULLW, 200)
        p2.drawOn(canv, ML, PH * 0.38 - 40 - h)
        st3 = ParagraphStyle("cs3", fontName="Sans", fontSize=8.5, leading=11.5, textColor=GREY)
        p3 = Paragraph("This is a FICTIONAL practice document. The child, family, practitioners, agencies and "
                       "places described are invented, and any resemblance to a real case is coincidental. "
                       "The child is referred to by a pseudonym and practitioners by role codes.", st3)
        w, h = p3.wrap(FULLW * 0.75, 200)
        p3.drawOn(canv, ML, 90)
        canv.restoreState()
        self.footer(canv, doc.page)

    def draw_front(self, canv, doc):
        canv.saveState()
        canv.setFillColor(TEAL)
        canv.rect(0, PH - 28, PW, 28, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Sans", 7.5)
        canv.drawString(ML, PH - 18, C.RUNNING_HEAD)
        canv.restoreState()
        self.footer(canv, doc.page)

    def draw_body(self, canv, doc):
        canv.saveState()
        canv.setFont("Sans", 7.5)
        canv.setFillColor(GREY)
        canv.drawString(ML, PH - 38, C.RUNNING_HEAD)
        canv.setStrokeColor(TEAL)
        canv.setLineWidth(1.2)
        canv.line(ML, PH - 45, PW - MR, PH - 45)
        canv.setFillColor(TEAL)
        canv.rect(PW - MR - 46, PH - 45, 46, 14, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Sans-B", 7.5)
        canv.drawCentredString(PW - MR - 23, PH - 41, "CSPR")
        # footnotes for this page
        paras, h = self.fn_block(doc.page)
        if paras:
            top = MB + h + 2
            canv.setStrokeColor(GREY)
            canv.setLineWidth(0.5)
            canv.line(ML, top + 4, ML + 90, top + 4)
            y = top
            for p, ph in paras:
                p.drawOn(canv, ML, y - ph)
                y -= ph + 1.5
        canv.restoreState()
        self.footer(canv, doc.page)


# ------------------------------------------------------------------ flowable helpers
class NumPara(Paragraph):
    """A numbered paragraph that remembers its number when ReportLab splits it over columns or pages."""
    _pnum = None
    _part = 0

    def split(self, aW, aH):
        parts = Paragraph.split(self, aW, aH)
        for i, p in enumerate(parts):
            p._pnum = self._pnum
            p._part = self._part + i
        return parts

class Marker(Flowable):
    """Zero-size flowable used to record the page of a table or box for the contents page."""
    def __init__(self, key):
        Flowable.__init__(self)
        self._toc = key
    def wrap(self, aw, ah):
        return 0, 0
    def draw(self):
        pass


def heading_para(text, style, key):
    p = Paragraph(text, style)
    p._toc = key
    return p


def box(title, texts, state):
    cell = [Paragraph(title, BOX_T)] + [Paragraph(fn_markup(t, state), BOX_P) for t in texts]
    t = Table([[cell]], colWidths=[COLW])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), TEAL_L),
        ("LINEABOVE", (0, 0), (-1, 0), 3, TEAL),
        ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    t.spaceBefore = 5
    t.spaceAfter = 9
    return [Marker("box:" + title), t]


def pull_quote(text, who):
    w = COLW * 0.84
    cell = [Paragraph("\u201c" + text + "\u201d", QUOTE), Paragraph(who.upper(), QUOTE_W)]
    t = Table([[cell]], colWidths=[w], hAlign="RIGHT")
    t.setStyle(TableStyle([
        ("LINEBEFORE", (0, 0), (0, -1), 3, CORAL),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    t.spaceBefore = 8
    t.spaceAfter = 10
    return [t]


def key_table():
    rows = [[Paragraph("Code", TBL_H), Paragraph("Role", TBL_H)]]
    for code, role in C.KEY:
        rows.append([Paragraph("<b>%s</b>" % code, TBL), Paragraph(role, TBL)])
    t = Table(rows, colWidths=[40, COLW - 40], repeatRows=1)
    st = [("BACKGROUND", (0, 0), (-1, 0), TEAL),
          ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
          ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
          ("LINEBELOW", (0, -1), (-1, -1), 0.6, TEAL)]
    for i in range(1, len(rows)):
        if i % 2 == 0:
            st.append(("BACKGROUND", (0, i), (-1, i), TEAL_L))
    t.setStyle(TableStyle(st))
    t.spaceBefore = 3
    t.spaceAfter = 8
    cap = Paragraph("<b>Key of role codes</b>", ParagraphStyle("cap", parent=TBL, textColor=TEAL, fontSize=8.2,
                                                              spaceAfter=3, keepWithNext=1))
    cap._toc = "tbl:key"
    return [cap, t]


def chrono_table():
    rows = [[Paragraph("Date", CHR_H), Paragraph("Agency", CHR_H), Paragraph("Event", CHR_H)]]
    for d, a, e in C.CHRONO:
        rows.append([Paragraph(d, CHR), Paragraph(a, CHR), Paragraph(e, CHR)])
    t = Table(rows, colWidths=[78, 104, FULLW - 182], repeatRows=1)
    st = [("BACKGROUND", (0, 0), (-1, 0), TEAL),
          ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
          ("TOPPADDING", (0, 0), (-1, -1), 3.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
          ("LINEBELOW", (0, 1), (-1, -1), 0.4, TEAL_M)]
    for i in range(1, len(rows)):
        if i % 2 == 0:
            st.append(("BACKGROUND", (0, i), (-1, i), TEAL_L))
    t.setStyle(TableStyle(st))
    t.spaceBefore = 4
    return [Marker("tbl:chrono"), t]


def story_report(state, toc_prev):
    S = []
    # ---- page i: cover (drawn in onPage)
    S.append(Spacer(1, 10))
    S.append(NextPageTemplate("front"))
    S.append(PageBreak())
    # ---- page ii: contents
    S.append(Paragraph("Contents", ParagraphStyle("ct", fontName="Sans-B", fontSize=24, leading=28,
                                                  textColor=TEAL, spaceAfter=18)))
    rows = [["", "Foreword by the Independent Chair", "iii"]]
    for b in C.REPORT:
        if b[0] in ("span", "fullpage", "h"):
            rows.append([b[1], b[2], str(toc_prev.get("sec:" + b[1], ""))])
    ct_num = ParagraphStyle("ctn", fontName="Sans-B", fontSize=12, leading=16, textColor=TEAL)
    ct_tit = ParagraphStyle("ctt", fontName="Sans", fontSize=12, leading=16, textColor=DARK)
    data = [[Paragraph(a, ct_num), Paragraph(b, ct_tit), Paragraph(c, ParagraphStyle("ctp", parent=ct_num,
                                                                                     alignment=TA_RIGHT))]
            for a, b, c in rows]
    t = Table(data, colWidths=[34, FULLW - 90, 56])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, TEAL_M),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    S.append(t)
    S.append(Spacer(1, 26))
    S.append(Paragraph("Boxes and tables", ParagraphStyle("ct2", fontName="Sans-B", fontSize=13, leading=16,
                                                          textColor=TEAL, spaceAfter=8)))
    items = [("Key of role codes", "tbl:key"), ("Voice of the child", "box:Voice of the child"),
             ("Chronology of key events", "tbl:chrono"), ("What is cumulative harm?", "box:What is cumulative harm?")]
    sm = ParagraphStyle("sm", fontName="Sans", fontSize=10, leading=13, textColor=DARK)
    smr = ParagraphStyle("smr", parent=sm, alignment=TA_RIGHT)
    data = [[Paragraph(a, sm), Paragraph(str(toc_prev.get(k, "")), smr)] for a, k in items]
    t = Table(data, colWidths=[FULLW - 56, 56])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, TEAL_M), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    S.append(t)
    S.append(Spacer(1, 26))
    S.append(Paragraph("Page numbers: the front matter is numbered i to iii and the report itself from 1. "
                       "Paragraphs are numbered by section; in section 6 the paragraph numbers are printed in "
                       "the margin.", ParagraphStyle("note", parent=sm, fontSize=8.5, leading=11, textColor=GREY)))
    S.append(PageBreak())
    # ---- page iii: foreword and abbreviations
    S.append(Paragraph("Foreword", ParagraphStyle("fw", fontName="Sans-B", fontSize=24, leading=28,
                                                  textColor=TEAL, spaceAfter=14)))
    fwst = ParagraphStyle("fwp", fontName="Serif", fontSize=11.5, leading=16, textColor=DARK, spaceAfter=9)
    for t_ in C.FOREWORD:
        S.append(Paragraph(t_, fwst))
    S.append(Paragraph(C.FOREWORD_SIGN, ParagraphStyle("sig", parent=fwst, fontName="Serif-I", fontSize=10.5,
                                                       leading=14, spaceBefore=4)))
    S.append(Spacer(1, 20))
    S.append(Paragraph("Abbreviations", ParagraphStyle("ab", fontName="Sans-B", fontSize=13, leading=16,
                                                       textColor=TEAL, spaceAfter=8)))
    g = [[Paragraph("<b>%s</b>" % a, sm), Paragraph(b, sm)] for a, b in C.GLOSSARY]
    t = Table(g, colWidths=[90, FULLW - 90])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, TEAL_M), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]))
    S.append(t)

    # ---- body
    for b in C.REPORT:
        kind = b[0]
        if kind == "span":
            S.append(NextPageTemplate("span"))
            S.append(PageBreak())
            S.append(heading_para('<font color="#c8553d">%s</font>\u2002%s' % (b[1], b[2]), H_SPAN, "sec:" + b[1]))
            S.append(HRFlowable(width="100%", thickness=1.5, color=TEAL, spaceBefore=8, spaceAfter=0))
            S.append(FrameBreak())
        elif kind == "fullpage":
            S.append(NextPageTemplate("full"))
            S.append(PageBreak())
            S.append(heading_para('<font color="#c8553d">%s</font>\u2002%s' % (b[1], b[2]), H_SPAN, "sec:" + b[1]))
            S.append(HRFlowable(width="100%", thickness=1.5, color=TEAL, spaceBefore=8, spaceAfter=10))
        elif kind == "h":
            S.append(heading_para('<font color="#c8553d">%s</font>\u2002%s' % (b[1], b[2]), H_COL, "sec:" + b[1]))
        elif kind == "sh":
            S.append(Paragraph(b[1], H_SUB))
        elif kind in ("p", "sp", "mp"):
            p = NumPara(fn_markup(b[2], state), {"p": NUM, "sp": SUB, "mp": MARG}[kind], bulletText=b[1])
            p._pnum = b[1]
            S.append(p)
        elif kind == "u":
            S.append(Paragraph(fn_markup(b[1], state), UNNUM))
        elif kind == "box":
            S.extend(box(b[1], b[2], state))
        elif kind == "quote":
            S.extend(pull_quote(b[1], b[2]))
        elif kind == "key":
            S.extend(key_table())
        elif kind == "chrono":
            S.extend(chrono_table())
        elif kind == "panel":
            for m in C.PANEL:
                S.append(Paragraph(m, ParagraphStyle("pan", parent=UNNUM, alignment=TA_LEFT, leftIndent=12,
                                                     bulletIndent=2, spaceAfter=2.5, bulletColor=TEAL,
                                                     bulletFontName="Sans"),
                                   bulletText="\u2022"))
        elif kind == "colbreak":
            S.append(FrameBreak())
        else:
            raise ValueError(kind)
    return S


def build_report():
    fn_prev, toc_prev = {}, {}
    for it in range(12):
        state = {"fn_num": {}}
        story = story_report(state, toc_prev)
        buf = io.BytesIO()
        doc = ReviewDoc(buf, fn_prev, toc_prev)
        doc.fn_texts = {n: C.FOOTNOTES[k] for k, n in state["fn_num"].items()}
        doc.build(story)
        if doc.fn_now == fn_prev and doc.toc_now == toc_prev:
            with open(REPORT_PDF, "wb") as f:
                f.write(buf.getvalue())
            print("report: stable after %d passes, %d pages; footnotes on pages %s"
                  % (it + 1, doc.page, sorted(set(doc.fn_now.values()))))
            if "--layout" in sys.argv:
                for pn, part, page, fid in doc.para_log:
                    if part > 0:
                        print("  split paragraph %s continues on page %d frame %s" % (pn, page, fid))
            return
        fn_prev, toc_prev = doc.fn_now, doc.toc_now
    raise SystemExit("footnote layout did not settle")


# ------------------------------------------------------------------ learning briefing
BW, BH = landscape(A4)
BM = 30
BGUT = 24
BCOLW = (BW - 2 * BM - 2 * BGUT) / 3
BTOP = BH - 34
BBOT = 46

BB = ParagraphStyle("bb", fontName="Sans", fontSize=9.2, leading=12.6, textColor=DARK, spaceAfter=6)
BNUM = ParagraphStyle("bnum", parent=BB, leftIndent=20, bulletIndent=0, bulletFontName="Sans-B",
                      bulletFontSize=12, bulletColor=CORAL)
BH2 = ParagraphStyle("bh2", fontName="Sans-B", fontSize=13, leading=16, textColor=TEAL, spaceBefore=6,
                     spaceAfter=7, keepWithNext=1)


class BriefDoc(BaseDocTemplate):
    def __init__(self, fobj):
        BaseDocTemplate.__init__(self, fobj, pagesize=(BW, BH), leftMargin=BM, rightMargin=BM, topMargin=34,
                                 bottomMargin=BBOT, title="Learning briefing: Rory (FICTIONAL)",
                                 author="Corrieston and Wyle Safeguarding Children Partnership (fictional)",
                                 subject="FICTIONAL practice document", creator="ReportLab platypus")
        def frames(first_panel):
            fr = []
            for i in range(3):
                x = BM + i * (BCOLW + BGUT)
                if first_panel and i == 0:
                    fr.append(Frame(x + 12, BBOT + 12, BCOLW - 24, BTOP - BBOT - 24, 0, 0, 0, 0, id="p%d" % i))
                else:
                    fr.append(Frame(x, BBOT, BCOLW, BTOP - BBOT, 0, 0, 0, 0, id="b%d" % i))
            return fr
        self.addPageTemplates([PageTemplate("first", frames(True), onPage=self.deco_first,
                                            autoNextPageTemplate="later"),
                               PageTemplate("later", frames(False), onPage=self.deco)])

    def deco_first(self, canv, doc):
        canv.saveState()
        canv.setFillColor(TEAL)
        canv.rect(BM, BBOT, BCOLW, BTOP - BBOT, stroke=0, fill=1)
        canv.restoreState()
        self.deco(canv, doc)

    def deco(self, canv, doc):
        canv.saveState()
        canv.setStrokeColor(TEAL_M)
        canv.setLineWidth(0.5)
        for i in (1, 2):
            x = BM + i * (BCOLW + BGUT) - BGUT / 2
            canv.line(x, BBOT, x, BTOP)
        canv.line(BM, 36, BW - BM, 36)
        canv.setFont("Sans-B", 7.5)
        canv.setFillColor(GREY)
        canv.drawString(BM, 24, C.FOOTER)
        canv.setFont("Sans", 7.5)
        canv.drawCentredString(BW / 2, 24, "Learning briefing \u2018Rory\u2019 \u2014 " + C.PARTNERSHIP)
        canv.drawRightString(BW - BM, 24, "%d of 3" % doc.page)
        canv.restoreState()


def figures_box():
    big = ParagraphStyle("big", fontName="Sans-B", fontSize=19, leading=22, textColor=CORAL)
    small = ParagraphStyle("small", fontName="Sans", fontSize=8.2, leading=10.4, textColor=DARK)
    rows = [[Paragraph("Key figures", ParagraphStyle("kf", fontName="Sans-B", fontSize=12, leading=15,
                                                     textColor=TEAL)), ""]]
    for a, b in C.BRIEF_FIGURES:
        rows.append([Paragraph(a, big), Paragraph(b, small)])
    t = Table(rows, colWidths=[86, BCOLW - 86])
    t.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (-1, -1), TEAL_L),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("LINEBELOW", (0, 1), (-1, -2), 0.5, colors.white),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


def story_brief():
    S = []
    w = ParagraphStyle("w", fontName="Sans", fontSize=10, leading=13.5, textColor=colors.white, spaceAfter=8)
    S.append(Paragraph("Corrieston and Wyle<br/>Safeguarding Children Partnership",
                       ParagraphStyle("wp", parent=w, fontName="Sans-B", fontSize=10.5)))
    S.append(Spacer(1, 70))
    S.append(Paragraph(C.BRIEF_TITLE, ParagraphStyle("bt", fontName="Sans-B", fontSize=30, leading=34,
                                                     textColor=colors.white, spaceAfter=10)))
    S.append(Paragraph(C.BRIEF_SUB, ParagraphStyle("bs", fontName="Sans", fontSize=15, leading=19,
                                                   textColor=colors.white, spaceAfter=24)))
    S.append(Paragraph("For everyone who works with children and families in Corrieston and Wyle: health, "
                       "early years, schools, social care, police, housing and adult services.", w))
    S.append(Paragraph("Read it with the full report, discuss it in your team meeting, and use the questions "
                       "on page 3 in supervision.", w))
    S.append(Spacer(1, 40))
    S.append(Paragraph("Published March 2025", ParagraphStyle("pub", parent=w, fontName="Sans-B")))
    S.append(Paragraph("FICTIONAL \u2014 this briefing and the case it describes are invented for practice.",
                       ParagraphStyle("fic", parent=w, fontSize=8, leading=10.5)))
    S.append(FrameBreak())
    S.append(Paragraph("About the review", BH2))
    for n, t in C.BRIEF_POINTS_A:
        S.append(Paragraph(t, BNUM, bulletText=n))
    S.append(Paragraph("What happened", BH2))
    for n, t in C.BRIEF_POINTS_B[:2]:
        S.append(Paragraph(t, BNUM, bulletText=n))
    S.append(FrameBreak())
    S.append(figures_box())
    S.append(Spacer(1, 12))
    S.append(Paragraph("Rory\u2019s voice", BH2))
    S.append(Paragraph("<i>\u201cRory drew a house today. I asked who lives there and he said "
                       "\u2018nobody\u2019.\u201d</i> \u2014 his key person at nursery, October 2023", BB))
    S.append(Paragraph("Since he came to live with his grandmother, Rory asks every night whether the front door "
                       "is locked.", BB))
    S.append(Paragraph("The agencies involved", BH2))
    for a_ in ["0\u201319 health visiting service", "GP practice", "Brambleside Nursery",
               "Children\u2019s social care", "Wyle Valley Police", "Housing (Wyle Homes and housing options)",
               "Pathways Corrieston (adult substance misuse)"]:
        S.append(Paragraph(a_, ParagraphStyle("ag", parent=BB, spaceAfter=2.5, leftIndent=12, bulletIndent=0,
                                              bulletFontName="Sans-B", bulletColor=TEAL), bulletText="\u2022"))
    S.append(FrameBreak())
    # page 2
    for n, t in C.BRIEF_POINTS_B[2:]:
        S.append(Paragraph(t, BNUM, bulletText=n))
    S.append(Paragraph("What was seen, and by whom", BH2))
    ts = ParagraphStyle("ts", fontName="Sans", fontSize=8.4, leading=10.6, textColor=DARK)
    tb = ParagraphStyle("tb", parent=ts, fontName="Sans-B", textColor=TEAL)
    th = ParagraphStyle("th", parent=ts, fontName="Sans-B", textColor=colors.white)
    rows = [[Paragraph("Who", th), Paragraph("What they saw", th)]] + \
        [[Paragraph(a_, tb), Paragraph(b_, ts)] for a_, b_ in C.BRIEF_SEEN]
    t = Table(rows, colWidths=[78, BCOLW - 78])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("LINEBELOW", (0, 1), (-1, -1), 0.4, TEAL_M),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    S.append(t)
    S.append(FrameBreak())
    S.append(Paragraph("Timeline at a glance", BH2))
    tl = [("Aug 2022", "Family placed in a hostel room after eviction"),
          ("Sep 2022", "First police call-out for domestic abuse"),
          ("Oct 2022", "Rory starts nursery"),
          ("Jan 2023", "Move to a flat at Marram Court; child in need plan"),
          ("Apr 2023", "Rory\u2019s brother Finn is born"),
          ("Jun 2023", "Child protection plans for both boys"),
          ("Nov 2023", "Plans end; child in need support"),
          ("Jan 2024", "Rory stops attending nursery"),
          ("Feb 2024", "Rory admitted to hospital with a head injury")]
    t = Table([[Paragraph(a_, tb), Paragraph(b_, ts)] for a_, b_ in tl], colWidths=[56, BCOLW - 56])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, TEAL_M), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    S.append(t)
    S.append(Spacer(1, 16))
    q = Table([[[Paragraph("\u201cEveryone had a piece of Rory. Nobody had all of him.\u201d", QUOTE),
                 Paragraph("PRACTITIONER AT THE LEARNING EVENT", QUOTE_W)]]], colWidths=[BCOLW])
    q.setStyle(TableStyle([("LINEBEFORE", (0, 0), (0, -1), 3, CORAL), ("LEFTPADDING", (0, 0), (-1, -1), 10)]))
    S.append(q)
    S.append(FrameBreak())
    S.append(Paragraph("What we learned", BH2))
    for n, t_ in C.BRIEF_POINTS_C:
        S.append(Paragraph(t_, BNUM, bulletText=n))
    S.append(FrameBreak())
    # page 3
    cb = Table([[[Paragraph("What is cumulative harm?", ParagraphStyle("cbt", parent=BH2, spaceBefore=0)),
                  Paragraph("Cumulative harm is harm that builds up from many small events over time. Hunger, "
                            "missed health care, poor sleep, frightening arguments and an unpredictable parent "
                            "can together damage a young child\u2019s development even when no single event "
                            "seems serious enough for action.", BB),
                  Paragraph("Ask yourself: what is this child\u2019s day like, from waking up to going to "
                            "sleep?", BB)]]], colWidths=[BCOLW])
    cb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TEAL_L), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 8)]))
    S.append(cb)
    S.append(Spacer(1, 10))
    S.append(Paragraph("What is changing", BH2))
    for n, t_ in C.BRIEF_POINTS_D:
        S.append(Paragraph(t_, BNUM, bulletText=n))
    S.append(FrameBreak())
    S.append(Paragraph("Questions for your team", BH2))
    for qq in C.BRIEF_QUESTIONS:
        S.append(Paragraph(qq, ParagraphStyle("bq", parent=BB, leftIndent=12, bulletIndent=0,
                                              bulletFontName="Sans-B", bulletColor=TEAL), bulletText="\u2022"))
    S.append(Paragraph("Using this briefing", BH2))
    S.append(Paragraph("Team managers are asked to use this briefing in a team meeting before the end of June "
                       "2025 and to record the discussion. A slide pack and a short film in which the reviewer "
                       "talks about the findings are available from the Partnership.", BB))
    S.append(FrameBreak())
    S.append(Paragraph("Find out more", BH2))
    S.append(Paragraph("The full review report, the Partnership\u2019s response and the multi-agency action plan "
                       "are on the Partnership website.", BB))
    S.append(Paragraph("Neglect training, including Graded Care Profile 2, can be booked through the Partnership "
                       "learning and development team.", BB))
    S.append(Paragraph("If you are worried about a child, contact the children\u2019s social care Front Door. In an "
                       "emergency, call 999.", BB))
    S.append(Paragraph("Rory today", BH2))
    S.append(Paragraph(C.BRIEF_TODAY, BB))
    S.append(Paragraph("Partnership business unit<br/>Wyle Civic Centre, Market Street, Wyle<br/>"
                       "cwscp@corrieston-wyle.example", ParagraphStyle("addr", parent=BB, fontName="Sans-B",
                                                                      textColor=TEAL)))
    return S


def build_brief():
    buf = io.BytesIO()
    doc = BriefDoc(buf)
    doc.build(story_brief())
    with open(BRIEF_PDF, "wb") as f:
        f.write(buf.getvalue())
    print("briefing: %d pages" % doc.page)


if __name__ == "__main__":
    build_report()
    build_brief()
