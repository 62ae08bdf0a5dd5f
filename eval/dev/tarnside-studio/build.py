"""Build the FICTIONAL Kirkholme "Child Y" development corpus (two PDFs) with ReportLab platypus.

Generator: ReportLab (platypus BaseDocTemplate, PageTemplates with Frames), then pypdf adds real
/PageLabels (i, ii, iii for the front matter, 1, 2, ... for the body) to the review.
Text lives in content.py beside this file. Everything in it is invented.

    python3 -m venv /tmp/gen-tarnside && /tmp/gen-tarnside/bin/pip install pypdf reportlab
    /tmp/gen-tarnside/bin/python build.py

rl_config.invariant is set and the metadata dates are fixed, so a rebuild gives the same text.
"""
import io
import re
from pathlib import Path

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, NextPageTemplate, PageBreak, FrameBreak, Flowable,
                                KeepTogether)
from pypdf import PdfReader, PdfWriter

import content as C

HERE = Path(__file__).resolve().parent
REPORT = HERE / "kirkholme-lcspr-child-y-review.pdf"
BRIEF = HERE / "kirkholme-child-y-seven-minute-briefing.pdf"

TEAL = colors.HexColor("#0f5c63")
TINT = colors.HexColor("#e3f0ef")
TINT2 = colors.HexColor("#f6efe2")
ACCENT = colors.HexColor("#c0572b")
GREY = colors.HexColor("#555555")

W, H = A4
LM = RM = 18 * mm
TOP = 20 * mm
FOOTER_H = 14 * mm
FN_H = 24 * mm
GAP = 7 * mm
COLW = (W - LM - RM - GAP) / 2
BAND_H = 26 * mm
FRONT_PAGES = 3

body = ParagraphStyle("body", fontName="Helvetica", fontSize=9.8, leading=14, spaceAfter=6,
                      leftIndent=24, bulletIndent=0, bulletFontName="Helvetica-Bold",
                      bulletFontSize=9.6, bulletColor=ACCENT, alignment=TA_LEFT)
plain = ParagraphStyle("plain", parent=body, leftIndent=0)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=TEAL,
                    spaceBefore=6, spaceAfter=6)
small = ParagraphStyle("small", fontName="Helvetica", fontSize=7.4, leading=9.2)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=7.4, leading=9)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
wcell = ParagraphStyle("wcell", fontName="Helvetica", fontSize=8.6, leading=11)
wcellb = ParagraphStyle("wcellb", parent=wcell, fontName="Helvetica-Bold", textColor=colors.white)
bandst = ParagraphStyle("band", fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=colors.white)
lp_t = ParagraphStyle("lpt", fontName="Helvetica-Bold", fontSize=9, leading=12, textColor=ACCENT, spaceAfter=3)
lp_b = ParagraphStyle("lpb", fontName="Helvetica", fontSize=8.8, leading=12)


def sup(text):
    return re.sub(r"\[\[(\d+)\]\]", r"<super>\1</super>", text)


class FootnoteAnchor(Flowable):
    """Zero-size flowable: when drawn, registers its footnote on the current page."""
    def __init__(self, num, text):
        super().__init__()
        self.num, self.text = num, text
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.canv._doctemplate.footnotes.setdefault(self.canv.getPageNumber(), []).append((self.num, self.text))


class Band(Flowable):
    def __init__(self, num, title):
        super().__init__()
        self.num, self.title = num, title
        self._toc = f"{num}  {title}"

    def wrap(self, aw, ah):
        self.width = aw
        return aw, BAND_H - 6

    def draw(self):
        c = self.canv
        c.setFillColor(TEAL)
        c.rect(0, 0, self.width, BAND_H - 10, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(10, 9, f"{self.num}   {self.title}")


class TocHeading(Paragraph):
    pass


def footer(c, doc, folio):
    c.saveState()
    c.setStrokeColor(TEAL)
    c.setLineWidth(0.6)
    c.line(LM, 12 * mm, W - RM, 12 * mm)
    c.setFont("Helvetica", 7)
    c.setFillColor(GREY)
    c.drawString(LM, 8 * mm, C.FOOT)
    c.setFont("Helvetica-Bold", 9)
    c.setFillColor(TEAL)
    c.drawRightString(W - RM, 8 * mm, folio)
    c.restoreState()


def header(c):
    c.saveState()
    c.setFont("Helvetica", 7.5)
    c.setFillColor(TEAL)
    c.drawString(LM, H - 12 * mm, C.SHORT_TITLE)
    c.drawRightString(W - RM, H - 12 * mm, "FICTIONAL")
    c.restoreState()


ROMAN = ["i", "ii", "iii", "iv"]


def on_front(c, doc):
    footer(c, doc, ROMAN[doc.page - 1])


def on_cover(c, doc):
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, H * 0.42, W, H * 0.58, stroke=0, fill=1)
    c.setFillColor(ACCENT)
    c.rect(LM, H * 0.42 - 4 * mm, 60 * mm, 8 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica", 12)
    c.drawString(LM, H - 40 * mm, C.COVER["kicker"])
    c.setFont("Helvetica-Bold", 64)
    c.drawString(LM, H - 95 * mm, C.COVER["title"])
    c.setFont("Helvetica", 20)
    c.drawString(LM, H - 110 * mm, C.COVER["subtitle"])
    c.setFillColor(colors.black)
    y = H * 0.42 - 22 * mm
    for i, line in enumerate(C.COVER["lines"]):
        c.setFont("Helvetica-Bold" if i < 3 else "Helvetica-Oblique", 11 if i < 3 else 9)
        c.drawString(LM, y, line)
        y -= 8 * mm
    c.restoreState()
    footer(c, doc, "i")


def draw_footnotes(c, doc):
    notes = doc.footnotes.get(c.getPageNumber(), [])
    if not notes:
        return
    c.saveState()
    top = FOOTER_H + FN_H - 4
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    c.line(LM, top, LM + 40 * mm, top)
    y = top - 4
    for num, text in notes:
        p = Paragraph(f"<super>{num}</super> {text}", small)
        w, h = p.wrap(W - LM - RM, 100)
        p.drawOn(c, LM, y - h)
        y -= h + 2
    c.restoreState()


def on_body(c, doc):
    header(c)
    footer(c, doc, str(doc.page - FRONT_PAGES))


def on_quote(c, doc):
    on_body(c, doc)
    c.saveState()
    y0 = QUOTE_Y
    c.setFillColor(TINT2)
    c.rect(LM, y0, W - LM - RM, QUOTE_H, stroke=0, fill=1)
    c.setFillColor(ACCENT)
    c.rect(LM, y0 + QUOTE_H - 2, W - LM - RM, 2, stroke=0, fill=1)
    qs = ParagraphStyle("q", fontName="Helvetica-BoldOblique", fontSize=14, leading=19, textColor=TEAL,
                        alignment=TA_CENTER)
    p = Paragraph(C.QUOTE, qs)
    w, h = p.wrap(W - LM - RM - 30 * mm, QUOTE_H)
    p.drawOn(c, LM + 15 * mm, y0 + (QUOTE_H - h) / 2)
    c.restoreState()


def end_page(c, doc):
    draw_footnotes(c, doc)


def end_quote(c, doc):
    draw_footnotes(c, doc)
    doc.handle_nextPageTemplate("body")


BODY_BOTTOM = FOOTER_H + FN_H
BODY_TOP = H - TOP
QUOTE_H = 30 * mm
QUOTE_Y = BODY_BOTTOM + (BODY_TOP - BODY_BOTTOM) * 0.45


class Doc(BaseDocTemplate):
    def __init__(self, fn, **kw):
        super().__init__(fn, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TOP,
                         bottomMargin=BODY_BOTTOM, title="Child Y: Local Child Safeguarding Practice Review (FICTIONAL)",
                         author="Kirkholme Safeguarding Children Partnership (fictional)",
                         subject="FICTIONAL practice document", creator="ReportLab platypus", **kw)
        self.footnotes = {}
        self.toc = []
        fw = W - LM - RM
        full = lambda top=BODY_TOP: Frame(LM, BODY_BOTTOM, fw, top - BODY_BOTTOM, id="full", leftPadding=0, rightPadding=0)
        cols = lambda top, bot, p: [Frame(LM, bot, COLW, top - bot, id=p + "L", leftPadding=0, rightPadding=0),
                                    Frame(LM + COLW + GAP, bot, COLW, top - bot, id=p + "R", leftPadding=0, rightPadding=0)]
        self.addPageTemplates([
            PageTemplate("cover", [Frame(LM, 20 * mm, fw, 20 * mm, id="c")], onPage=on_cover),
            PageTemplate("front", [Frame(LM, FOOTER_H + 6 * mm, fw, H - TOP - FOOTER_H - 6 * mm, id="f")], onPage=on_front),
            PageTemplate("band", [Frame(LM, BODY_TOP - BAND_H, fw, BAND_H, id="band", leftPadding=0, rightPadding=0,
                                        topPadding=0, bottomPadding=0)] + cols(BODY_TOP - BAND_H, BODY_BOTTOM, "b"),
                         onPage=on_body, onPageEnd=end_page),
            PageTemplate("wide", [full()], onPage=on_body, onPageEnd=end_page),
            PageTemplate("body", cols(BODY_TOP, BODY_BOTTOM, "c"), onPage=on_body, onPageEnd=end_page),
            PageTemplate("quote", cols(BODY_TOP, QUOTE_Y + QUOTE_H + 4 * mm, "t") + cols(QUOTE_Y - 4 * mm, BODY_BOTTOM, "u"),
                         onPage=on_quote, onPageEnd=end_quote),
            PageTemplate("bandwide", [Frame(LM, BODY_TOP - BAND_H, fw, BAND_H, id="band2", leftPadding=0, rightPadding=0,
                                            topPadding=0, bottomPadding=0), full(BODY_TOP - BAND_H)],
                         onPage=on_body, onPageEnd=end_page),
        ])

    def afterFlowable(self, f):
        label = getattr(f, "_toc", None)
        if label:
            self.toc.append((label, self.page - FRONT_PAGES))


def chron_table():
    data = [[Paragraph(h, cellb) for h in C.CHRON_HEAD]]
    data += [[Paragraph(x, cell) for x in row] for row in C.CHRON]
    t = Table(data, colWidths=[46, 36, COLW - 46 - 36 - 62, 62], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), TEAL),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, TINT]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, TEAL),
    ]))
    cap = Paragraph("<b>Table 1.</b> Chronology of key events", ParagraphStyle("cap", parent=small, textColor=TEAL, spaceAfter=3))
    return [cap, t, Spacer(1, 8)]


def recs_table():
    fw = W - LM - RM
    data = [[Paragraph(h, wcellb) for h in C.RECS_HEAD]]
    data += [[Paragraph(x, wcell) for x in row] for row in C.RECS]
    t = Table(data, colWidths=[28, fw - 28 - 130 - 90, 130, 90], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), TEAL),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [TINT, colors.white]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return [t, Spacer(1, 10)]


def learning_box(title, text):
    t = Table([[[Paragraph(title, lp_t), Paragraph(text, lp_b)]]], colWidths=[COLW])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), TINT2),
        ("LINEBEFORE", (0, 0), (0, -1), 3.5, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return [Spacer(1, 4), t, Spacer(1, 8)]


def glance_page():
    big = ParagraphStyle("big", fontName="Helvetica-Bold", fontSize=40, leading=46, textColor=TEAL)
    capst = ParagraphStyle("capst", fontName="Helvetica", fontSize=10, leading=13)
    fw = W - LM - RM
    cells = [[Paragraph(n, big), Spacer(1, 6), Paragraph(t, capst)] for n, t in C.GLANCE]
    t = Table([[cells[0], cells[1]], [cells[2], cells[3]]], colWidths=[fw / 2] * 2, rowHeights=[62 * mm] * 2)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (0, 0), TINT), ("BACKGROUND", (1, 1), (1, 1), TINT),
        ("BACKGROUND", (1, 0), (1, 0), TINT2), ("BACKGROUND", (0, 1), (0, 1), TINT2),
        ("LINEAFTER", (0, 0), (0, -1), 6, colors.white), ("LINEBELOW", (0, 0), (-1, 0), 6, colors.white),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 14), ("RIGHTPADDING", (0, 0), (-1, -1), 14),
    ]))
    title = ParagraphStyle("gt", fontName="Helvetica-Bold", fontSize=24, leading=30, textColor=TEAL, spaceAfter=14)
    intro = ParagraphStyle("gi", fontName="Helvetica", fontSize=10.5, leading=15, spaceAfter=14)
    return [Paragraph("At a glance", title),
            Paragraph("Child Y was harmed in December 2023. This review looks at the eighteen months before "
                      "that, from his mother's first contact with her GP about the pregnancy. The key figures are:", intro),
            t]


def contents_page(toc):
    title = ParagraphStyle("ct", fontName="Helvetica-Bold", fontSize=24, leading=30, textColor=TEAL, spaceAfter=18)
    row = ParagraphStyle("cr", fontName="Helvetica", fontSize=11, leading=15)
    rowr = ParagraphStyle("crr", parent=row, alignment=2)
    fw = W - LM - RM
    data = [[Paragraph("At a glance", row), Paragraph("iii", rowr)]]
    data += [[Paragraph(label, row), Paragraph(str(p), rowr)] for label, p in toc]
    t = Table(data, colWidths=[fw - 40 * mm, 40 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, TINT),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return [Paragraph("Contents", title), t]


def story(toc):
    s = [Spacer(1, 1), NextPageTemplate("front"), PageBreak()]
    s += contents_page(toc)
    s += [PageBreak()]
    s += glance_page()
    for blk in C.BODY:
        kind = blk[0]
        if kind == "band":
            tpl = "bandwide" if blk[1] == "7" else "band"
            s += [NextPageTemplate(tpl), PageBreak(), Band(blk[1], blk[2]), FrameBreak(),
                  NextPageTemplate("body")]
        elif kind == "h":
            p = Paragraph(blk[1], h2)
            p._toc = blk[1]
            s.append(p)
        elif kind == "p":
            s.append(Paragraph(sup(blk[2]), body, bulletText=blk[1]))
        elif kind == "fn":
            s.append(FootnoteAnchor(blk[1], blk[2]))
        elif kind == "learn":
            s += learning_box(blk[1], blk[2])
        elif kind == "quote_next":
            s.append(NextPageTemplate("quote"))
        elif kind == "chron":
            s += chron_table()
        elif kind == "recs":
            s += recs_table()
    # appendix: role codes, full width after recommendations
    for title, items in C.APPENDIX:
        s += [NextPageTemplate("wide"), PageBreak()]
        p = Paragraph("Appendix A  " + title, h2)
        p._toc = "Appendix A  " + title
        s.append(p)
        data = [[Paragraph("<b>%s</b>" % a, wcell), Paragraph(b, wcell)] for a, b in items]
        t = Table(data, colWidths=[50, W - LM - RM - 50])
        t.setStyle(TableStyle([("ROWBACKGROUNDS", (0, 0), (-1, -1), [TINT, colors.white])]))
        s.append(t)
    return s


def build_report():
    toc = [("x", 0)] * 20
    for _ in range(2):
        buf = io.BytesIO()
        doc = Doc(buf)
        doc.build(story(toc))
        toc = doc.toc
    r = PdfReader(io.BytesIO(buf.getvalue()))
    w = PdfWriter()
    for pg in r.pages:
        w.add_page(pg)
    n = len(r.pages)
    w.set_page_label(0, FRONT_PAGES - 1, style="/r", start=1)
    w.set_page_label(FRONT_PAGES, n - 1, style="/D", start=1)
    w.add_metadata({"/Title": "Child Y: Local Child Safeguarding Practice Review (FICTIONAL)",
                    "/Author": "Kirkholme Safeguarding Children Partnership (fictional)",
                    "/CreationDate": "D:20240709090000+00'00'", "/ModDate": "D:20240709090000+00'00'"})
    with open(REPORT, "wb") as fh:
        w.write(fh)
    return n


# ------------------------------------------------------------------ briefing
def build_brief():
    PW, PH = landscape(A4)
    fw = PW - 2 * LM

    def on_b(c, doc):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(GREY)
        c.drawString(LM, 8 * mm, "FICTIONAL \u2014 practice document \u00b7 Kirkholme Safeguarding Children Partnership \u00b7 Seven-minute briefing")
        c.drawRightString(PW - LM, 8 * mm, "%d of 2" % doc.page)
        c.restoreState()

    doc = BaseDocTemplate(str(BRIEF), pagesize=(PW, PH), leftMargin=LM, rightMargin=LM, topMargin=14 * mm,
                          bottomMargin=16 * mm, title="Seven-minute briefing: Child Y (FICTIONAL)",
                          author="Kirkholme Safeguarding Children Partnership (fictional)", creator="ReportLab platypus")
    doc.addPageTemplates([PageTemplate("b", [Frame(LM, 16 * mm, fw, PH - 30 * mm, id="bf")], onPage=on_b)])
    tst = ParagraphStyle("bt", fontName="Helvetica-Bold", fontSize=22, leading=26, textColor=colors.white)
    sst = ParagraphStyle("bs", fontName="Helvetica", fontSize=9.5, leading=13, textColor=colors.white)
    num = ParagraphStyle("bn", fontName="Helvetica-Bold", fontSize=34, leading=38, textColor=ACCENT)
    bh = ParagraphStyle("bh", fontName="Helvetica-Bold", fontSize=14, leading=18, textColor=TEAL, spaceAfter=6)
    bb = ParagraphStyle("bb", fontName="Helvetica", fontSize=10.5, leading=15)
    head = Table([[[Paragraph(C.BRIEF_TITLE, tst), Spacer(1, 4), Paragraph(C.BRIEF_SUB, sst)]]], colWidths=[fw])
    head.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TEAL), ("LEFTPADDING", (0, 0), (-1, -1), 12),
                              ("TOPPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 12)]))

    def box(b):
        return [Paragraph(b[0], num), Paragraph(b[1], bh), Paragraph(b[2], bb)]

    def row(bs, height):
        n = len(bs)
        t = Table([[box(b) for b in bs]], colWidths=[fw / n] * n, rowHeights=[height])
        st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 12),
              ("RIGHTPADDING", (0, 0), (-1, -1), 12), ("TOPPADDING", (0, 0), (-1, -1), 8)]
        for i in range(n):
            st.append(("BACKGROUND", (i, 0), (i, 0), TINT if i % 2 == 0 else TINT2))
            if i:
                st.append(("LINEBEFORE", (i, 0), (i, 0), 6, colors.white))
        t.setStyle(TableStyle(st))
        return t

    B = C.BRIEF_BOXES
    s = [head, Spacer(1, 8), row(B[0:3], 112 * mm), PageBreak(),
         row(B[3:5], 84 * mm), Spacer(1, 6), row(B[5:7], 84 * mm)]
    doc.build(s)
    r = PdfReader(str(BRIEF))
    w = PdfWriter()
    for pg in r.pages:
        w.add_page(pg)
    w.add_metadata({"/Title": "Seven-minute briefing: Child Y (FICTIONAL)",
                    "/CreationDate": "D:20240709090000+00'00'", "/ModDate": "D:20240709090000+00'00'"})
    with open(BRIEF, "wb") as fh:
        w.write(fh)


if __name__ == "__main__":
    n = build_report()
    build_brief()
    print(REPORT.name, n, "pages;", BRIEF.name, len(PdfReader(str(BRIEF)).pages), "pages")
