# -*- coding: utf-8 -*-
"""Build the FICTIONAL Ketteridge LCSPR ("Ellis") and its executive summary with reportlab platypus.

    /work/main/.venv/bin/python build.py

Main report: BaseDocTemplate with seven PageTemplates (cover, front, band, body, sidebar, fullband, full),
real /PageLabels (Cover, i-iii, 1...), two unequal columns (60/40), full-width section bands, footnotes at
the page foot (placed by a multi-pass layout that reserves exactly the room the notes need), a shaded
sidebar box in the narrow column, a pull quote, an agency table in the wide column and a full-width
chronology table whose header row repeats over the page break.
"""
import os
import re
import sys

# Fixed timestamps: reportlab honours SOURCE_DATE_EPOCH (and invariant=1 fixes the document ID).
os.environ["SOURCE_DATE_EPOCH"] = "1750809600"  # 2025-06-25 00:00:00 UTC, the publication date

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak, KeepTogether, ListFlowable,
                                ListItem, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep the folder free of __pycache__
import content as C  # noqa: E402

REPORT = os.path.join(HERE, "ketteridge-lcspr-ellis-report.pdf")
SUMMARY = os.path.join(HERE, "ketteridge-lcspr-ellis-executive-summary.pdf")

PW, PH = A4
ML, MR, MT, MB = 17 * mm, 17 * mm, 22 * mm, 20 * mm
CW = PW - ML - MR               # content width
GUT = 5 * mm
WIDE = round((CW - GUT) * 0.6, 2)
NARROW = round(CW - GUT - WIDE, 2)
X_WIDE = ML
X_NARROW = ML + WIDE + GUT
TOP = PH - MT                   # top of body frames
BAND_H = 17 * mm                # band frame height
BAND_GAP = 4 * mm

TEAL = colors.HexColor("#1F5F6B")
TEAL_DARK = colors.HexColor("#163F48")
TEAL_LIGHT = colors.HexColor("#E6F0F1")
SAND = colors.HexColor("#F4EFE6")
GREY = colors.HexColor("#5A5A5A")
RULE = colors.HexColor("#9FB8BD")

FRONT_PAGES = 3                 # physical pages 2-4 are i-iii; body page 1 is physical page 5

# ---- styles ------------------------------------------------------------------------------------------
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=8.9, leading=11.9, alignment=TA_JUSTIFY,
                      spaceAfter=4.8, textColor=colors.HexColor("#1A1A1A"))
BODY_L = ParagraphStyle("bodyl", parent=BODY, alignment=TA_LEFT)
H_PLAIN = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=9,
                         spaceAfter=5, textColor=TEAL_DARK, keepWithNext=1)
H_SUB = ParagraphStyle("sub", fontName="Helvetica-Bold", fontSize=9.2, leading=12, spaceBefore=5,
                       spaceAfter=3, textColor=TEAL, keepWithNext=1)
CAPTION = ParagraphStyle("cap", fontName="Helvetica-Bold", fontSize=8.2, leading=10.5, spaceBefore=4,
                         spaceAfter=3, textColor=TEAL_DARK, keepWithNext=1)
CAPTION_FREE = ParagraphStyle("capf", parent=CAPTION, keepWithNext=0)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=7.6, leading=9.3, alignment=TA_LEFT)
CELL_B = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold", textColor=colors.white)
CCELL = ParagraphStyle("ccell", fontName="Helvetica", fontSize=7.9, leading=9.7)
CCELL_B = ParagraphStyle("ccellb", parent=CCELL, fontName="Helvetica-Bold", textColor=colors.white)
FOOTNOTE = ParagraphStyle("fn", fontName="Helvetica", fontSize=7, leading=8.6, leftIndent=9,
                          firstLineIndent=-9, textColor=colors.HexColor("#222222"))
PULL = ParagraphStyle("pull", fontName="Times-Italic", fontSize=16.5, leading=20.5, textColor=TEAL,
                      alignment=TA_LEFT)
PULL_ATTR = ParagraphStyle("pulla", fontName="Helvetica", fontSize=7.6, leading=10, textColor=GREY,
                           alignment=TA_RIGHT)
SIDE_H = ParagraphStyle("sideh", fontName="Helvetica-Bold", fontSize=10, leading=12.5, textColor=TEAL_DARK,
                        spaceAfter=4)
SIDE = ParagraphStyle("side", fontName="Helvetica", fontSize=8, leading=10.4, spaceAfter=3.6,
                      textColor=colors.HexColor("#1A1A1A"))
FRONT_H = ParagraphStyle("fronth", fontName="Helvetica-Bold", fontSize=17, leading=21, textColor=TEAL_DARK,
                         spaceAfter=12)
FRONT_BODY = ParagraphStyle("frontb", fontName="Helvetica", fontSize=10, leading=14.2, alignment=TA_JUSTIFY,
                            spaceAfter=8)
TOC_L = ParagraphStyle("tocl", fontName="Helvetica", fontSize=10, leading=13)
TOC_R = ParagraphStyle("tocr", parent=TOC_L, alignment=TA_RIGHT)
KEY_C = ParagraphStyle("keyc", fontName="Helvetica-Bold", fontSize=8.6, leading=10.6)
KEY_R = ParagraphStyle("keyr", fontName="Helvetica", fontSize=8.6, leading=10.6)


def label_for(phys):
    """Printed (and /PageLabels) label for a 1-based physical page."""
    if phys == 1:
        return "Cover"
    if phys <= 1 + FRONT_PAGES:
        return ["i", "ii", "iii", "iv", "v"][phys - 2]
    return str(phys - 1 - FRONT_PAGES)


# ---- footnote numbering ------------------------------------------------------------------------------
class Notes:
    def __init__(self):
        self.order = []

    def sub(self, text):
        def rep(m):
            key = m.group(1)
            if key not in self.order:
                self.order.append(key)
            n = self.order.index(key) + 1
            return '<super>%d</super><onDraw name="fnmark" label="%d"/>' % (n, n)
        return re.sub(r"\{fn:(\w+)\}", rep, text)

    def text(self, n):
        return C.FOOTNOTES[self.order[n - 1]]


# ---- flowables ---------------------------------------------------------------------------------------
class Marker(Flowable):
    """Zero-size flowable that records where (page, frame) it was drawn."""

    def __init__(self, key):
        Flowable.__init__(self)
        self.key = key
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        doc = self.canv._doctemplate
        doc.rec["marks"][self.key] = (doc.page, getattr(self._frame, "id", None))
        doc.rec.setdefault("left", {})[self.key] = self._frame._y - self._frame._y1p


class Band(Flowable):
    """Full-width coloured section band; fills the band frame at the top of a page."""

    def __init__(self, num, title):
        Flowable.__init__(self)
        self.num, self.title = num, title

    def wrap(self, aw, ah):
        self.width = aw
        self.height = BAND_H - 2
        return aw, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        c.setFillColor(TEAL_DARK)
        c.rect(0, 0, 16 * mm, self.height, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 20)
        c.drawCentredString(8 * mm, self.height / 2 - 7, self.num)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(21 * mm, self.height / 2 - 5.2, self.title)
        c.restoreState()
        doc = c._doctemplate
        doc.rec["marks"]["sec" + self.num] = (doc.page, "band")


class PullQuote(Flowable):
    """Large italic quotation between paragraphs of the wide column, with rules above and below."""

    def __init__(self, text, attribution):
        Flowable.__init__(self)
        self.p = Paragraph(text, PULL)
        self.a = Paragraph("\u2014 " + attribution, PULL_ATTR)

    def wrap(self, aw, ah):
        self.width = aw
        self.pw, self.ph = self.p.wrap(aw - 16, ah)
        self.aw_, self.ah_ = self.a.wrap(aw - 16, ah)
        self.height = self.ph + self.ah_ + 26
        return aw, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(TEAL)
        c.setLineWidth(2)
        c.line(0, self.height - 2, 40, self.height - 2)
        c.setLineWidth(0.5)
        c.line(0, 2, self.width, 2)
        c.restoreState()
        self.p.drawOn(c, 8, self.height - 10 - self.ph)
        self.a.drawOn(c, 8, 8)
        doc = c._doctemplate
        doc.rec["marks"]["pull"] = (doc.page, getattr(self._frame, "id", None))

    def getSpaceBefore(self):
        return 6

    def getSpaceAfter(self):
        return 8


class FrameCheck(Flowable):
    """Wraps a flowable and records which frame it was drawn in."""

    def __init__(self, key, inner):
        Flowable.__init__(self)
        self.key, self.inner = key, inner

    def wrap(self, aw, ah):
        w, h = self.inner.wrap(aw, ah)
        self.width, self.height = w, h
        return w, h

    def draw(self):
        self.inner.drawOn(self.canv, 0, 0)
        doc = self.canv._doctemplate
        doc.rec["marks"][self.key] = (doc.page, getattr(self._frame, "id", None))

    def getSpaceBefore(self):
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self):
        return self.inner.getSpaceAfter()


# ---- the report document -----------------------------------------------------------------------------
class ReportDoc(BaseDocTemplate):
    def __init__(self, filename, prev, notes, **kw):
        BaseDocTemplate.__init__(self, filename, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                                 bottomMargin=MB, invariant=1, **kw)
        self.prev = prev          # records of the previous pass (footnote pages, section pages)
        self.notes = notes
        self.rec = {"fn": {}, "marks": {}, "overflow": []}
        self.sidebar = self._make_sidebar()
        self._build_templates()

    # footnote heights --------------------------------------------------------------------------------
    def fn_paragraphs(self, nums):
        return [Paragraph("<super>%d</super>\u2002%s" % (n, self.notes.text(n)), FOOTNOTE) for n in nums]

    def fn_height(self, nums):
        if not nums:
            return 0
        h = 0
        for p in self.fn_paragraphs(nums):
            h += p.wrap(CW, PH)[1] + 1.5
        return h + 11  # rule and gap

    # templates ---------------------------------------------------------------------------------------
    def _make_sidebar(self):
        inner = [Paragraph(C.SIDEBAR_TITLE, SIDE_H)] + [Paragraph(t, SIDE) for t in C.SIDEBAR]
        t = Table([[inner]], colWidths=[NARROW])
        t.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), TEAL_LIGHT),
            ("LINEBEFORE", (0, 0), (0, -1), 3, TEAL),
            ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
            ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))
        w, h = t.wrap(NARROW, PH)
        return t, h

    def _build_templates(self):
        body_top = TOP
        band_top = TOP - BAND_H - BAND_GAP
        side_h = self.sidebar[1]

        def cols(top, narrow_top=None):
            narrow_top = top if narrow_top is None else narrow_top
            return [Frame(X_WIDE, MB, WIDE, top - MB, id="wide", leftPadding=0, rightPadding=0,
                          topPadding=0, bottomPadding=0),
                    Frame(X_NARROW, MB, NARROW, narrow_top - MB, id="narrow", leftPadding=0,
                          rightPadding=0, topPadding=0, bottomPadding=0)]

        def band_frame():
            return Frame(ML, TOP - BAND_H, CW, BAND_H, id="bandframe", leftPadding=0, rightPadding=0,
                         topPadding=0, bottomPadding=0)

        def full(top):
            return [Frame(ML, MB, CW, top - MB, id="full", leftPadding=0, rightPadding=0, topPadding=0,
                          bottomPadding=0)]

        single = Frame(ML, MB, CW, TOP - MB - 6 * mm, id="single", leftPadding=0, rightPadding=0,
                       topPadding=0, bottomPadding=0)
        cover = Frame(ML, MB, CW, TOP - MB, id="cover")
        self.addPageTemplates([
            PageTemplate("cover", [cover], onPage=self.draw_cover),
            PageTemplate("front", [single], onPage=self.page_start, onPageEnd=self.page_end),
            PageTemplate("band", [band_frame()] + cols(band_top), onPage=self.page_start,
                         onPageEnd=self.page_end),
            PageTemplate("body", cols(body_top), onPage=self.page_start, onPageEnd=self.page_end),
            PageTemplate("sidebar", cols(body_top, body_top - side_h - 5 * mm), onPage=self.page_start,
                         onPageEnd=self.page_end_sidebar),
            PageTemplate("fullband", [band_frame()] + full(band_top), onPage=self.page_start,
                         onPageEnd=self.page_end),
            PageTemplate("full", full(body_top), onPage=self.page_start, onPageEnd=self.page_end),
        ])

    # page decoration -----------------------------------------------------------------------------------
    def page_start(self, canv, doc):
        """Runs before the frames are reset: reserve room at the foot for this page's footnotes."""
        reserve = self.fn_height(self.prev["fn"].get(doc.page, []))
        self._reserve = reserve
        for f in doc.pageTemplate.frames:
            if f.id in ("wide", "narrow", "full"):
                top = f._y2
                f._y1 = MB + reserve
                f._height = top - f._y1
                f._geom()
        self.draw_header_footer(canv, doc)

    def draw_header_footer(self, canv, doc):
        canv.saveState()
        lab = label_for(doc.page)
        if True:
            canv.setFont("Helvetica", 7.4)
            canv.setFillColor(GREY)
            canv.drawString(ML, PH - 12 * mm, C.PARTNERSHIP)
            canv.drawRightString(PW - MR, PH - 12 * mm, C.SHORT_TITLE)
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.6)
            canv.line(ML, PH - 13.6 * mm, PW - MR, PH - 13.6 * mm)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(ML, 12.5 * mm, PW - MR, 12.5 * mm)
        canv.setFont("Helvetica-Bold", 7.2)
        canv.setFillColor(colors.HexColor("#8A1C1C"))
        canv.drawString(ML, 8.5 * mm, C.FICTION_FOOTER)
        canv.setFillColor(TEAL_DARK)
        canv.setFont("Helvetica-Bold", 8.5)
        canv.drawRightString(PW - MR, 8.5 * mm, lab if doc.page <= 1 + FRONT_PAGES else "Page " + lab)
        canv.restoreState()

    def draw_footnotes(self, canv, doc):
        nums = sorted(self.rec["fn"].get(doc.page, []))
        if not nums:
            return
        need = self.fn_height(nums)
        if need > self._reserve + 0.01:
            self.rec["overflow"].append(doc.page)
        y = MB
        paras = self.fn_paragraphs(nums)
        hs = [p.wrap(CW, PH)[1] for p in paras]
        y = MB + sum(h + 1.5 for h in hs)
        canv.saveState()
        canv.setStrokeColor(colors.black)
        canv.setLineWidth(0.5)
        canv.line(ML, y + 5, ML + 45 * mm, y + 5)
        canv.restoreState()
        for p, h in zip(paras, hs):
            y -= h + 1.5
            p.drawOn(canv, ML, y + 1.5)

    def page_end(self, canv, doc):
        self.draw_footnotes(canv, doc)

    def page_end_sidebar(self, canv, doc):
        t, h = self.sidebar
        t.drawOn(canv, X_NARROW, TOP - h)
        self.rec["marks"]["sidebar"] = (doc.page, "narrow")
        self.draw_footnotes(canv, doc)

    def draw_cover(self, canv, doc):
        # real page labels: Cover, i-iii, then 1...
        canv.addPageLabel(0, style=None, prefix="Cover")
        canv.addPageLabel(1, style="ROMAN_LOWER", start=1)
        canv.addPageLabel(1 + FRONT_PAGES, style="ARABIC", start=1)
        canv.setNamedCB("fnmark", self.fn_callback)
        canv.setNamedCB("secmark", self.sec_callback)
        cv = C.COVER
        canv.saveState()
        canv.setFillColor(SAND)
        canv.rect(0, 0, PW, PH, stroke=0, fill=1)
        # title band
        band_y = PH - 128 * mm
        canv.setFillColor(TEAL)
        canv.rect(0, band_y, PW, 82 * mm, stroke=0, fill=1)
        canv.setFillColor(TEAL_DARK)
        canv.rect(0, band_y, 14 * mm, 82 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica", 13)
        canv.drawString(24 * mm, band_y + 64 * mm, cv["kicker"])
        canv.setFont("Helvetica-Bold", 46)
        canv.drawString(24 * mm, band_y + 44 * mm, cv["title"])
        sub = Paragraph(cv["subtitle"], ParagraphStyle("cs", fontName="Helvetica", fontSize=12, leading=16,
                                                       textColor=colors.white))
        w, h = sub.wrap(PW - 48 * mm, 40 * mm)
        sub.drawOn(canv, 24 * mm, band_y + 36 * mm - h)
        # partnership block
        canv.setFillColor(TEAL_DARK)
        canv.setFont("Helvetica-Bold", 15)
        canv.drawString(24 * mm, PH - 30 * mm, cv["partnership"])
        canv.setStrokeColor(TEAL)
        canv.setLineWidth(2)
        canv.line(24 * mm, PH - 34 * mm, 84 * mm, PH - 34 * mm)
        canv.setFillColor(colors.HexColor("#222222"))
        canv.setFont("Helvetica", 11)
        canv.drawString(24 * mm, band_y - 16 * mm, cv["reviewer"])
        canv.setFont("Helvetica-Bold", 11)
        canv.drawString(24 * mm, band_y - 23 * mm, cv["published"])
        canv.setFont("Helvetica", 8.5)
        canv.setFillColor(GREY)
        canv.drawString(24 * mm, band_y - 30 * mm, cv["version"])
        # fictional notice box
        note = Paragraph(cv["notice"], ParagraphStyle("cn", fontName="Helvetica-Bold", fontSize=9.5,
                                                      leading=13, textColor=colors.HexColor("#8A1C1C")))
        w, h = note.wrap(PW - 60 * mm, 60 * mm)
        canv.setStrokeColor(colors.HexColor("#8A1C1C"))
        canv.setFillColor(colors.white)
        canv.setLineWidth(1.2)
        canv.rect(24 * mm, 30 * mm, PW - 48 * mm, h + 12 * mm, stroke=1, fill=1)
        note.drawOn(canv, 30 * mm, 36 * mm)
        canv.setFont("Helvetica", 7.2)
        canv.setFillColor(GREY)
        canv.drawString(24 * mm, 16 * mm, "FICTIONAL \u2014 practice document. " + C.PARTNERSHIP +
                        " does not exist.")
        canv.restoreState()

    def sec_callback(self, canv, kind, label):
        self.rec["marks"][label] = (self.page, getattr(self.frame, "id", None))

    def fn_callback(self, canv, kind, label):
        self.rec["fn"].setdefault(self.page, [])
        n = int(label)
        if n not in self.rec["fn"][self.page]:
            self.rec["fn"][self.page].append(n)


# ---- story -------------------------------------------------------------------------------------------
def para(num, text, notes):
    return Paragraph('<b>%s</b>\u00a0\u00a0%s' % (num, notes.sub(text)), BODY)


def lead_para(num, lead, text, notes):
    return Paragraph('<b>%s</b>\u00a0\u00a0<b>%s</b> %s' % (num, lead, notes.sub(text)), BODY)


def items(seq, notes):
    out = []
    for it in seq:
        k = it[0]
        if k == "p":
            out.append(para(it[1], it[2], notes))
        elif k == "lead":
            out.append(lead_para(it[1], it[2], it[3], notes))
        elif k == "raw":
            out += it[1]
        elif k == "sub":
            out.append(Paragraph(it[1], H_SUB))
        elif k == "pull":
            out.append(PullQuote(it[1], it[2]))
        elif k == "table1":
            pass  # placed by report_story (see place_table1)
        else:
            raise ValueError(k)
    return out


def table1():
    head = [Paragraph(h, CELL_B) for h in C.TABLE1_HEAD]
    rows = [head] + [[Paragraph(a, CELL), Paragraph(b, CELL), Paragraph(c, CELL)] for a, b, c in C.TABLE1]
    t = Table(rows, colWidths=[WIDE * 0.37, WIDE * 0.41, WIDE * 0.22], repeatRows=1, hAlign="LEFT")
    st = [("BACKGROUND", (0, 0), (-1, 0), TEAL),
          ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
          ("LEFTPADDING", (0, 0), (-1, -1), 3.5), ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
          ("TOPPADDING", (0, 0), (-1, -1), 2.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8)]
    for i in range(2, len(rows), 2):
        st.append(("BACKGROUND", (0, i), (-1, i), TEAL_LIGHT))
    t.setStyle(TableStyle(st))
    cap = Paragraph(C.TABLE1_TITLE, CAPTION)
    return [Marker("table1pre"), cap, FrameCheck("table1", t), Spacer(1, 6)]


def chron_table():
    head = [Paragraph(h, CCELL_B) for h in C.CHRON_HEAD]
    rows = [head] + [[Paragraph(d, CCELL), Paragraph(a, CCELL), Paragraph(e, CCELL)] for d, a, e in C.CHRON]
    t = Table(rows, colWidths=[CW * 0.14, CW * 0.2, CW * 0.66], repeatRows=1, hAlign="LEFT")
    st = [("BACKGROUND", (0, 0), (-1, 0), TEAL_DARK),
          ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
          ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
          ("TOPPADDING", (0, 0), (-1, -1), 2.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2)]
    for i in range(2, len(rows), 2):
        st.append(("BACKGROUND", (0, i), (-1, i), TEAL_LIGHT))
    t.setStyle(TableStyle(st))
    return t


TOC_ENTRIES = [
    ("sec1", "1", "Introduction"),
    ("sec2", "2", "Scope and methodology"),
    ("sec3", "3", "Ellis and his family"),
    ("sec4", "4", "Key episodes of practice"),
    ("sec5", "5", "Analysis and findings"),
    ("sec6", "6", "Good practice and changes already made"),
    ("sec7", "7", "Conclusion and recommendations"),
    ("secA", "A", "Appendix A: Summary chronology"),
]
TOC_EXTRAS = [
    ("table1", "Table 1", "Agencies that contributed to the review"),
    ("sidebar", "Box", "The child\u2019s lived experience"),
    ("chron", "Table 2", "Summary chronology of key contacts"),
]


def toc_table(prev):
    def lab(key):
        m = prev["marks"].get(key)
        return label_for(m[0]) if m else "?"
    rows = []
    for key, num, title in TOC_ENTRIES:
        rows.append([Paragraph("<b>%s</b>" % num, TOC_L), Paragraph(title, TOC_L), Paragraph(lab(key), TOC_R)])
    rows.append([Paragraph("", TOC_L), Paragraph("", TOC_L), Paragraph("", TOC_R)])
    for key, num, title in TOC_EXTRAS:
        rows.append([Paragraph(num, TOC_L), Paragraph(title, TOC_L), Paragraph(lab(key), TOC_R)])
    t = Table(rows, colWidths=[20 * mm, CW - 40 * mm, 20 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, len(TOC_ENTRIES) - 1), 0.4, RULE),
                           ("LINEBELOW", (0, len(TOC_ENTRIES) + 1), (-1, -1), 0.4, RULE),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def key_table():
    # the role key as a two-column table (code | role and agency)
    rows = [[Paragraph("<b>Code</b>", KEY_C), Paragraph("<b>Role and agency</b>", KEY_C)]]
    for code, role in C.ROLE_KEY:
        rows.append([Paragraph(code, KEY_C), Paragraph(role, KEY_R)])
    t = Table(rows, colWidths=[22 * mm, CW - 22 * mm], repeatRows=1, hAlign="LEFT")
    st = [("LINEBELOW", (0, 0), (-1, 0), 1, TEAL), ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
          ("TOPPADDING", (0, 0), (-1, -1), 1.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
          ("LEFTPADDING", (0, 0), (-1, -1), 2)]
    for i in range(1, len(rows), 2):
        st.append(("BACKGROUND", (0, i), (-1, i), TEAL_LIGHT))
    t.setStyle(TableStyle(st))
    return t


def family_table():
    rows = [[Paragraph("<b>Name used</b>", KEY_C), Paragraph("<b>Relationship</b>", KEY_C)]]
    rows += [[Paragraph(a, KEY_C), Paragraph(b, KEY_R)] for a, b in C.FAMILY_KEY]
    t = Table(rows, colWidths=[22 * mm, CW - 22 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1, TEAL), ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    return t


def insert_before(seq, num, extra):
    """Insert flowables before the numbered paragraph `num` of a content list (returns item list)."""
    for i, it in enumerate(seq):
        if it[0] in ("p", "lead", "raw") and it[1] == num:
            return seq[:i] + [("raw", extra)] + seq[i:]
    raise KeyError(num)


def heading(num, title):
    """Plain bold section heading that starts mid-column; records its page for the contents list."""
    return Paragraph('<onDraw name="secmark" label="sec%s"/>%s\u2002%s' % (num, num, title), H_PLAIN)


def report_story(prev, notes, t1_before="2.4", side_before="3.1"):
    s = [Spacer(1, 1), NextPageTemplate("front"), PageBreak()]
    # i: foreword
    s.append(Paragraph("Foreword", FRONT_H))
    s += [Paragraph(t, FRONT_BODY) for t in C.FOREWORD]
    s.append(Spacer(1, 6))
    sig = C.FOREWORD_SIGN
    s.append(Paragraph("<b>%s</b><br/>%s<br/>%s<br/>%s" % tuple(sig),
                       ParagraphStyle("sig", parent=FRONT_BODY, alignment=TA_LEFT)))
    s.append(PageBreak())
    # ii: contents
    s.append(Paragraph("Contents", FRONT_H))
    s.append(toc_table(prev))
    s.append(Spacer(1, 14))
    s.append(Paragraph("Page numbers refer to the numbers printed at the foot of each page. The front matter "
                       "is numbered in roman numerals.", ParagraphStyle("tn", parent=FRONT_BODY, fontSize=8.5,
                                                                       leading=11, textColor=GREY)))
    s.append(PageBreak())
    # iii: key
    s.append(Paragraph("Key to role codes", FRONT_H))
    s.append(Paragraph(C.KEY_INTRO, ParagraphStyle("ki", parent=FRONT_BODY, fontSize=9, leading=12.5)))
    s.append(key_table())
    s.append(Spacer(1, 8))
    s.append(family_table())
    s.append(Spacer(1, 6))
    ab = "; ".join("<b>%s</b> %s" % (a, b) for a, b in C.ABBREVIATIONS)
    s.append(Paragraph("Abbreviations: " + ab + ".", ParagraphStyle("ab", parent=FRONT_BODY, fontSize=8.4,
                                                                   leading=11)))
    # body
    s += [NextPageTemplate("band"), PageBreak()]
    s += [Band("1", "Introduction"), FrameBreak(), NextPageTemplate("body")]
    s += items(C.SEC1, notes)
    s += [heading("2", "Scope and methodology")]
    sec23 = list(C.SEC2) + [("p", "sec3", None)] + list(C.SEC3)
    sec23 = insert_before(sec23, t1_before, table1())
    # the sidebar goes on the page after the one on which paragraph `side_before` starts
    sec23 = insert_before(sec23, side_before, [NextPageTemplate(["sidebar", "*", "body"])])
    sec23 = [("raw", [heading("3", "Ellis and his family")])
             if it == ("p", "sec3", None) else it for it in sec23]
    s += items(sec23, notes)
    # section 4 starts mid-column with a plain heading
    s += [heading("4", "Key episodes of practice")]
    s += items(C.SEC5, notes)
    # section 5 opens a new page under a full-width band
    s += [NextPageTemplate("band"), PageBreak(), Band("5", "Analysis and findings"), FrameBreak(),
          NextPageTemplate("body")]
    s += items(C.SEC6, notes)
    s += [heading("6", "Good practice and changes already made")]
    s += items(C.SEC7, notes)
    s += [heading("7", "Conclusion and recommendations")]
    s += items(C.SEC8, notes)
    for head, text, finding in C.RECS:
        s.append(KeepTogether([Paragraph("<b>%s</b>\u2002<font color='#5A5A5A' size='7.4'>(%s)</font>"
                                         % (head, finding), ParagraphStyle("rh", parent=BODY_L, spaceAfter=1,
                                                                          textColor=TEAL_DARK)),
                               Paragraph(text, ParagraphStyle("rt", parent=BODY, leftIndent=8))]))
    # appendix A: full-width chronology under a band, running over a page break
    s += [NextPageTemplate("fullband"), PageBreak(), Band("A", "Appendix A: Summary chronology"), FrameBreak(),
          NextPageTemplate("full")]
    s += items(C.SEC4_INTRO, notes)
    s += [Marker("chron"), Paragraph(C.CHRON_TITLE, CAPTION_FREE), chron_table(), Marker("chronend")]
    return s


T1_CANDIDATES = ["2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "sec3", "3.2", "3.3", "3.4", "3.5", "3.6"]
SIDE_BEFORE = "2.3"


def build_report():
    for t1 in T1_CANDIDATES:
        rec = layout(t1)
        if rec is None:
            print("table 1 before %s: layout did not converge; trying the next position" % t1)
            continue
        m = rec["marks"]
        pre_ok = (m["table1pre"] == m["table1"] or (m["table1pre"] == (m["table1"][0] - 1, "narrow")
                                                     and rec["left"]["table1pre"] < 30))
        if m["table1"][1] == "wide" and pre_ok:
            break
        print("table 1 before %s lands in %s; trying the next position" % (t1, m["table1"]))
    else:
        raise SystemExit("no position puts Table 1 in the wide column")
    assert m["pull"][1] == "wide", m["pull"]
    assert m["chron"][0] != m["chronend"][0], "chronology must run over a page break"
    return rec


def layout(t1):
    prev = {"fn": {}, "marks": {}}
    for attempt in range(12):
        notes = Notes()
        doc = ReportDoc(REPORT, prev, notes, title="Local Child Safeguarding Practice Review: Ellis (FICTIONAL)",
                        author="Simon Tredgold (fictional)", subject="FICTIONAL practice document",
                        creator="reportlab platypus \u2014 ketteridge-platypus/build.py",
                        producer="ReportLab PDF Library")
        doc.build(report_story(prev, notes, t1_before=t1, side_before=SIDE_BEFORE))
        cur = {"fn": {k: sorted(v) for k, v in doc.rec["fn"].items()}, "marks": dict(doc.rec["marks"]),
               "left": doc.rec.get("left", {})}
        stable = (cur["fn"] == prev["fn"] and cur["marks"] == prev["marks"] and not doc.rec["overflow"])
        prev = cur
        if stable:
            break
    else:
        return None
    return prev


# ---- executive summary -------------------------------------------------------------------------------
ES_BODY = ParagraphStyle("esb", fontName="Helvetica", fontSize=10.5, leading=15.2, spaceAfter=8,
                         alignment=TA_LEFT)
ES_H = ParagraphStyle("esh", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=8,
                      spaceAfter=5, keepWithNext=1)


class SummaryDoc(BaseDocTemplate):
    def __init__(self, filename, **kw):
        BaseDocTemplate.__init__(self, filename, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                                 topMargin=22 * mm, bottomMargin=22 * mm, invariant=1, **kw)
        f1 = Frame(25 * mm, 22 * mm, PW - 50 * mm, PH - 44 * mm - 30 * mm, id="f1")
        f2 = Frame(25 * mm, 22 * mm, PW - 50 * mm, PH - 44 * mm, id="f2")
        self.addPageTemplates([PageTemplate("first", [f1], onPage=self.first, autoNextPageTemplate="later"),
                               PageTemplate("later", [f2], onPage=self.later)])

    def footer(self, canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.drawString(25 * mm, 12 * mm, "FICTIONAL \u2014 practice document; not a real review. "
                        "Executive summary, LCSPR Ellis.")
        canv.drawRightString(PW - 25 * mm, 12 * mm, "%d" % doc.page)
        canv.restoreState()

    def first(self, canv, doc):
        canv.saveState()
        canv.setFont("Helvetica-Bold", 17)
        canv.drawString(25 * mm, PH - 30 * mm, C.ES_TITLE)
        canv.setFont("Helvetica", 14)
        canv.drawString(25 * mm, PH - 38 * mm, C.ES_SUBTITLE)
        canv.setFont("Helvetica", 9)
        canv.drawString(25 * mm, PH - 45 * mm, C.ES_META)
        canv.setLineWidth(0.8)
        canv.line(25 * mm, PH - 49 * mm, PW - 25 * mm, PH - 49 * mm)
        canv.restoreState()
        self.footer(canv, doc)

    def later(self, canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.drawString(25 * mm, PH - 14 * mm, "LCSPR Ellis \u2014 Executive summary")
        canv.restoreState()
        self.footer(canv, doc)


def summary_story():
    s = []
    for it in C.ES:
        if it[0] == "h":
            s.append(Paragraph(it[1], ES_H))
        elif it[0] == "recs":
            s.append(ListFlowable([ListItem(Paragraph(t, ES_BODY), value=i + 1) for i, t in
                                   enumerate(C.ES_RECS)], bulletType="1", bulletFormat="%s.",
                                  leftIndent=18, bulletFontName="Helvetica-Bold", bulletFontSize=10))
            s.append(Spacer(1, 6))
        else:
            s.append(Paragraph("<b>%s</b>\u2002%s" % (it[0], it[1]), ES_BODY))
    return s


def build_summary():
    doc = SummaryDoc(SUMMARY, title="LCSPR Ellis: executive summary (FICTIONAL)",
                     author="Ketteridge Safeguarding Children Partnership (fictional)",
                     subject="FICTIONAL practice document",
                     creator="reportlab platypus \u2014 ketteridge-platypus/build.py",
                     producer="ReportLab PDF Library")
    doc.build(summary_story())


if __name__ == "__main__":
    rec = build_report()
    build_summary()
    for k, v in sorted(rec["marks"].items()):
        print("%-10s physical page %2d (%s) frame %s" % (k, v[0], label_for(v[0]), v[1]))
    print("footnotes by page:", rec["fn"])
