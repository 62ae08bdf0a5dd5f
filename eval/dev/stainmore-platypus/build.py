"""Build the FICTIONAL Colwarden and Askerby "Child W" development corpus (two PDFs).

Generator: ReportLab platypus (BaseDocTemplate with several PageTemplates and Frames), then pypdf
to add real /PageLabels (i, ii, iii for the front matter, 1, 2, ... for the body) to the review.
Text lives in content.py beside this file. Everything in it is invented.

    python3 -m venv /tmp/gen-stainmore
    /tmp/gen-stainmore/bin/pip install reportlab pypdf
    /tmp/gen-stainmore/bin/python eval/dev/stainmore-platypus/build.py

The review is built twice: the first pass records the page on which each section starts, and the
second pass prints those numbers in the contents list. ReportLab's invariant mode and fixed
metadata make the output byte-identical from run to run.
"""
import io
import sys
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepInFrame, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle, Flowable, CondPageBreak)
from pypdf import PdfReader, PdfWriter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import content as C  # noqa: E402

REVIEW = HERE / "colwarden-askerby-lcspr-child-w.pdf"
EXEC = HERE / "colwarden-askerby-child-w-executive-summary.pdf"

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
for name, f in [("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"),
                ("Serif-I", "DejaVuSerif-Italic.ttf"), ("Serif-BI", "DejaVuSerif-BoldItalic.ttf"),
                ("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"),
                ("Sans-I", "DejaVuSans-Oblique.ttf"), ("Sans-BI", "DejaVuSans-BoldOblique.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FONTDIR + f))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I", boldItalic="Serif-BI")
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans-I", boldItalic="Sans-BI")

TEAL = colors.HexColor("#1d5c63")
SAND = colors.HexColor("#f3ead8")
PALE = colors.HexColor("#e3eff0")
RUST = colors.HexColor("#a4462b")
GREY = colors.HexColor("#555555")

FOOTER = "FICTIONAL \u2014 practice document \u00b7 " + C.PARTNERSHIP

# ---------------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------------
body = ParagraphStyle("body", fontName="Serif", fontSize=9.2, leading=12.6, alignment=TA_JUSTIFY,
                      spaceAfter=5)
sub = ParagraphStyle("sub", parent=body, leftIndent=14, spaceAfter=3)
stand = ParagraphStyle("stand", fontName="Sans", fontSize=11.5, leading=15.5, textColor=TEAL, spaceAfter=4)
h1 = ParagraphStyle("h1", fontName="Sans-B", fontSize=20, leading=24, textColor=TEAL, spaceAfter=6)
h1col = ParagraphStyle("h1col", parent=h1, fontSize=15, leading=19, spaceBefore=8)
h2 = ParagraphStyle("h2", fontName="Sans-B", fontSize=10.2, leading=13, textColor=RUST, spaceBefore=6,
                    spaceAfter=3)
fn_style = ParagraphStyle("fn", fontName="Serif", fontSize=6.8, leading=8.4, textColor=colors.black)
side = ParagraphStyle("side", fontName="Sans", fontSize=8, leading=10.4)
side_t = ParagraphStyle("side_t", fontName="Sans-B", fontSize=8.6, leading=11, textColor=colors.white)
margin_note = ParagraphStyle("mn", fontName="Sans-I", fontSize=7.6, leading=10, textColor=GREY)
pq = ParagraphStyle("pq", fontName="Serif-I", fontSize=13, leading=17, textColor=RUST, alignment=TA_LEFT)
pq_who = ParagraphStyle("pqw", fontName="Sans", fontSize=7.8, leading=10, textColor=GREY)
cell = ParagraphStyle("cell", fontName="Sans", fontSize=8, leading=10.2)
cell_h = ParagraphStyle("cellh", fontName="Sans-B", fontSize=8.2, leading=10.2, textColor=colors.white)

# ---------------------------------------------------------------------------------------------
# Geometry
# ---------------------------------------------------------------------------------------------
W, H = A4
LM = RM = 18 * mm
TW = W - LM - RM
TOP = H - 24 * mm
BOTTOM = 44 * mm            # body frames stop here; the footnote zone sits below
FN_TOP = 40 * mm
GUT = 6 * mm
MAIN_W = 118 * mm
SIDE_W = TW - MAIN_W - GUT
COL_W = (TW - GUT) / 2
INTRO_H = 62 * mm


class State:
    def __init__(self):
        self.section = ""
        self.pending_fn = []
        self.section_pages = {}


STATE = State()


class Marker(Flowable):
    """Zero-size flowable: sets the running-header section and records the page it starts on."""

    def __init__(self, runhead):
        super().__init__()
        self.runhead = runhead
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        STATE.section = self.runhead
        STATE.section_pages.setdefault(self.runhead, self.canv.getPageNumber())


class FootnoteAnchor(Marker):
    def __init__(self, n, text):
        Flowable.__init__(self)
        self.n, self.text = n, text
        self.width = self.height = 0

    def draw(self):
        STATE.pending_fn.append((self.n, self.text))


class PullQuote(Flowable):
    def __init__(self, text, who):
        super().__init__()
        self.p = Paragraph("\u201c" + text + "\u201d", pq)
        self.w = Paragraph("\u2014 " + who, pq_who)

    def wrap(self, aw, ah):
        self.aw = aw
        w1, h1_ = self.p.wrap(aw - 8 * mm, ah)
        w2, h2_ = self.w.wrap(aw - 8 * mm, ah)
        self.h1, self.h2 = h1_, h2_
        self.height = h1_ + h2_ + 14 * mm
        return aw, self.height

    def draw(self):
        c = self.canv
        c.setStrokeColor(RUST)
        c.setLineWidth(1.6)
        c.line(0, self.height - 3 * mm, self.aw, self.height - 3 * mm)
        c.line(0, 3 * mm, self.aw, 3 * mm)
        self.p.drawOn(c, 4 * mm, self.height - 7 * mm - self.h1)
        self.w.drawOn(c, 4 * mm, 6 * mm)


def roman(n):
    return ["i", "ii", "iii", "iv", "v"][n - 1]


FRONT_PAGES = 3


def folio(page):
    return roman(page) if page <= FRONT_PAGES else str(page - FRONT_PAGES)


def draw_footer(canv, doc):
    canv.saveState()
    page = canv.getPageNumber()
    canv.setFont("Sans", 7.2)
    canv.setFillColor(GREY)
    canv.drawString(LM, 12 * mm, FOOTER)
    canv.setFont("Sans-B", 9)
    canv.setFillColor(TEAL)
    canv.drawRightString(W - RM, 12 * mm, folio(page))
    canv.restoreState()


def draw_header(canv, doc):
    canv.saveState()
    canv.setStrokeColor(TEAL)
    canv.setLineWidth(0.6)
    canv.line(LM, H - 17 * mm, W - RM, H - 17 * mm)
    canv.setFont("Sans", 7.6)
    canv.setFillColor(TEAL)
    canv.drawString(LM, H - 15 * mm, "Child W \u2013 Local Child Safeguarding Practice Review")
    canv.drawRightString(W - RM, H - 15 * mm, STATE.section)
    canv.restoreState()


def draw_footnotes(canv, doc):
    if not STATE.pending_fn:
        return
    canv.saveState()
    canv.setStrokeColor(colors.black)
    canv.setLineWidth(0.4)
    canv.line(LM, FN_TOP, LM + 40 * mm, FN_TOP)
    y = FN_TOP - 2 * mm
    for n, text in STATE.pending_fn:
        p = Paragraph(f"<super>{n}</super> {text}", fn_style)
        _, h = p.wrap(TW, 30 * mm)
        p.drawOn(canv, LM, y - h)
        y -= h + 1
    canv.restoreState()
    STATE.pending_fn = []


def page_end(canv, doc):
    draw_header(canv, doc)
    draw_footnotes(canv, doc)
    draw_footer(canv, doc)


def sidebar_flowables(items):
    out = []
    for it in items:
        if it[0] == "KF":
            rows = [[Paragraph(it[1], side_t)]] + [[Paragraph(x, side)] for x in it[2]]
            t = Table(rows, colWidths=[SIDE_W])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL),
                                   ("BACKGROUND", (0, 1), (-1, -1), PALE),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
            out += [t, Spacer(1, 6 * mm)]
        elif it[0] == "PP":
            rows = [[Paragraph(it[1], side_t)], [Paragraph(it[2], side)]]
            t = Table(rows, colWidths=[SIDE_W])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), RUST),
                                   ("BACKGROUND", (0, 1), (-1, -1), SAND),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                                   ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
            out += [t, Spacer(1, 6 * mm)]
        elif it[0] == "MN":
            out += [Paragraph(it[1], margin_note), Spacer(1, 6 * mm)]
    return out


def make_side_drawer(key, y_top):
    def draw(canv, doc):
        items = C.SIDEBARS.get(key)
        if not items:
            return
        f = Frame(LM + MAIN_W + GUT, BOTTOM, SIDE_W, y_top - BOTTOM, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, showBoundary=0)
        f.addFromList([KeepInFrame(SIDE_W, y_top - BOTTOM, sidebar_flowables(items), mode="shrink")], canv)
        # thin rule between the columns
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#b8cfd1"))
        canv.setLineWidth(0.5)
        canv.line(LM + MAIN_W + GUT / 2, BOTTOM, LM + MAIN_W + GUT / 2, y_top)
        canv.restoreState()
    return draw


def fr(x, y, w, h, fid):
    return Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=fid)


def review_templates():
    tpls = []

    def cover(canv, doc):
        canv.saveState()
        canv.setFillColor(TEAL)
        canv.rect(0, H - 120 * mm, W, 120 * mm, stroke=0, fill=1)
        canv.setFillColor(RUST)
        canv.rect(0, H - 124 * mm, W, 4 * mm, stroke=0, fill=1)
        canv.restoreState()
        draw_footer(canv, doc)

    tpls.append(PageTemplate("cover", [fr(LM + 6 * mm, 30 * mm, TW - 12 * mm, H - 60 * mm, "c")], onPage=cover))
    tpls.append(PageTemplate("front", [fr(LM + 12 * mm, BOTTOM, TW - 24 * mm, TOP - BOTTOM, "f")],
                             onPageEnd=lambda c, d: draw_footer(c, d)))
    intro_y = TOP - INTRO_H
    tpls.append(PageTemplate("intro_4", [fr(LM, intro_y, TW, INTRO_H, "intro"),
                                         fr(LM, BOTTOM, TW, intro_y - 4 * mm - BOTTOM, "wide")],
                             onPageEnd=page_end, autoNextPageTemplate="wide"))
    for key, nxt in [("intro_1", "twocol"), ("intro_3", "split_3"),
                     ("intro_5", "twocol"), ("intro_7", "twocol")]:
        tpls.append(PageTemplate(key, [fr(LM, intro_y, TW, INTRO_H, "intro"),
                                       fr(LM, BOTTOM, MAIN_W, intro_y - 4 * mm - BOTTOM, "main")],
                                 onPage=make_side_drawer(key, intro_y - 4 * mm), onPageEnd=page_end,
                                 autoNextPageTemplate=nxt))
    tpls.append(PageTemplate("split_3", [fr(LM, BOTTOM, MAIN_W, TOP - BOTTOM, "main")],
                             onPage=make_side_drawer("split_3", TOP), onPageEnd=page_end,
                             autoNextPageTemplate="twocol"))
    tpls.append(PageTemplate("twocol", [fr(LM, BOTTOM, COL_W, TOP - BOTTOM, "left"),
                                        fr(LM + COL_W + GUT, BOTTOM, COL_W, TOP - BOTTOM, "right")],
                             onPageEnd=page_end, autoNextPageTemplate="twocol"))
    tpls.append(PageTemplate("wide", [fr(LM, BOTTOM, TW, TOP - BOTTOM, "wide")],
                             onPageEnd=page_end, autoNextPageTemplate="wide"))
    return tpls


def agencies_table():
    rows = [[Paragraph("Agency", cell_h), Paragraph("Involvement with Child W and his family", cell_h),
             Paragraph("Role codes", cell_h)]]
    for a, inv, codes in C.AGENCIES:
        rows.append([Paragraph(a, cell), Paragraph(inv, cell), Paragraph(codes, cell)])
    t = Table(rows, colWidths=[52 * mm, TW - 52 * mm - 34 * mm, 34 * mm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE]),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fb9bc")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def front_matter(contents_pages):
    st = []
    ct = ParagraphStyle("ct", fontName="Sans-B", fontSize=26, leading=32, textColor=colors.white)
    cs = ParagraphStyle("cs", fontName="Sans", fontSize=13, leading=18, textColor=colors.white)
    cn = ParagraphStyle("cn", fontName="Sans", fontSize=10.5, leading=15, textColor=colors.black)
    st += [Spacer(1, 12 * mm), Paragraph("FICTIONAL \u2014 PRACTICE DOCUMENT", cs), Spacer(1, 8 * mm),
           Paragraph("Local Child Safeguarding Practice Review", ct), Spacer(1, 2 * mm),
           Paragraph("Child W", ct), Spacer(1, 6 * mm),
           Paragraph("A boy aged 22 months, seriously injured in January 2024", cs), Spacer(1, 52 * mm),
           Paragraph(C.PARTNERSHIP, ParagraphStyle("p", parent=cn, fontName="Sans-B", fontSize=13)),
           Spacer(1, 4 * mm),
           Paragraph("Independent lead reviewer: Carys Penhale-Ward", cn),
           Paragraph("Approved by the Partnership: 12 March 2025", cn),
           Paragraph("Published: 30 April 2025", cn),
           Spacer(1, 10 * mm),
           Paragraph("Every person, place and agency in this document is fictional. It was written to test "
                     "software and describes no real case.", ParagraphStyle("d", parent=cn, fontSize=8.5,
                                                                             textColor=GREY)),
           NextPageTemplate("front"), PageBreak()]
    # page ii: contents
    th = ParagraphStyle("th", parent=h1, fontSize=18)
    st += [Paragraph("Contents", th), Spacer(1, 4 * mm)]
    rows = [[Paragraph(t, cn), Paragraph(contents_pages.get(t, p), ParagraphStyle("r", parent=cn,
                                                                                  alignment=2))]
            for t, p in C.FRONT_CONTENTS]
    t = Table(rows, colWidths=[120 * mm, 18 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#b8cfd1")),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    st += [t, Spacer(1, 10 * mm),
           Paragraph("This report is published in two parts: this full review and a separate executive "
                     "summary. Both are FICTIONAL practice documents.", ParagraphStyle("x", parent=cn,
                                                                                       fontSize=9)),
           PageBreak()]
    # page iii: foreword and key to role codes
    st += [Paragraph("Foreword", th)]
    fw = ParagraphStyle("fw", parent=body, fontSize=9.8, leading=13.6)
    st += [Paragraph(t, fw) for t in C.FOREWORD]
    st += [Spacer(1, 4 * mm), Paragraph("Key to role codes", ParagraphStyle("k", parent=h2, fontSize=12))]
    rows = [[Paragraph("<b>%s</b>" % a, cell), Paragraph(b, cell)] for a, b in C.ROLE_CODES]
    t = Table(rows, colWidths=[20 * mm, TW - 24 * mm - 20 * mm])
    t.setStyle(TableStyle([("ROWBACKGROUNDS", (0, 0), (-1, -1), [colors.white, PALE]),
                           ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]))
    st += [t]
    return st


def review_story(contents_pages):
    st = front_matter(contents_pages)
    for item in C.BODY:
        kind = item[0]
        if kind == "SECTION":
            st += [NextPageTemplate(item[1]), PageBreak(), Marker(item[2])]
            in_intro = item[1].startswith("intro")
        elif kind == "MARK":
            st.append(Marker(item[1]))
        elif kind == "H1":
            st.append(Paragraph(item[1], h1 if in_intro else h1col))
        elif kind == "STAND":
            st.append(Paragraph(item[1], stand))
        elif kind == "BREAK":
            st.append(FrameBreak())
            in_intro = False
        elif kind == "H2":
            st += [CondPageBreak(28 * mm), Paragraph(item[1], h2)]
        elif kind == "P":
            st.append(Paragraph("<b>%s</b>\u2002%s" % (item[1], item[2]), body))
        elif kind == "L":
            st.append(Paragraph("%s\u2002%s" % (item[1], item[2]), sub))
        elif kind == "FN":
            st.append(FootnoteAnchor(item[1], item[2]))
        elif kind == "PQ":
            st.append(PullQuote(item[1], item[2]))
        elif kind == "TABLE":
            st += [Spacer(1, 2 * mm), agencies_table(), Spacer(1, 4 * mm)]
    return st


class ReviewDoc(BaseDocTemplate):
    def __init__(self, buf):
        super().__init__(buf, pagesize=A4, title=C.TITLE + " (FICTIONAL)", author=C.PARTNERSHIP,
                         subject="FICTIONAL practice document", creator="ReportLab platypus",
                         leftMargin=LM, rightMargin=RM, topMargin=24 * mm, bottomMargin=BOTTOM)
        self.addPageTemplates(review_templates())

    def _setPageTemplate(self):
        # ReportLab leaves _nextPageTemplateIndex set after following autoNextPageTemplate, which
        # repeats the automatic template on one extra page; clear it.
        auto = (not hasattr(self, "_nextPageTemplateIndex")) and self.pageTemplate.autoNextPageTemplate
        super()._setPageTemplate()
        if auto and hasattr(self, "_nextPageTemplateIndex"):
            del self._nextPageTemplateIndex


def build_review():
    contents = {}
    for _ in range(2):
        global STATE
        STATE.__init__()
        buf = io.BytesIO()
        doc = ReviewDoc(buf)
        doc.build(review_story(contents))
        titles = [t for t, _ in C.FRONT_CONTENTS]
        contents = {"Foreword and key to role codes": "iii"}
        for head, pg in STATE.section_pages.items():
            for t in titles:
                if head.startswith(t) or t in head:
                    contents[t] = folio(pg)
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    writer = PdfWriter(clone_from=reader)
    writer.set_page_label(0, FRONT_PAGES - 1, style="/r")
    writer.set_page_label(FRONT_PAGES, len(reader.pages) - 1, style="/D", start=1)
    writer.add_metadata({"/CreationDate": "D:20250430090000+00'00'", "/ModDate": "D:20250430090000+00'00'"})
    with open(REVIEW, "wb") as f:
        writer.write(f)
    return len(reader.pages)


# ---------------------------------------------------------------------------------------------
# Executive summary: single column
# ---------------------------------------------------------------------------------------------
def build_exec():
    es_body = ParagraphStyle("esb", fontName="Serif", fontSize=11, leading=16, spaceAfter=9,
                             leftIndent=13 * mm, firstLineIndent=-13 * mm)
    es_h = ParagraphStyle("esh", fontName="Sans-B", fontSize=14, leading=18, textColor=TEAL, spaceBefore=10,
                          spaceAfter=6)

    def page(canv, doc):
        canv.saveState()
        n = canv.getPageNumber()
        canv.setFont("Sans", 7.6)
        canv.setFillColor(GREY)
        canv.drawString(LM + 8 * mm, 12 * mm, FOOTER)
        canv.drawRightString(W - RM - 8 * mm, 12 * mm, "Executive summary \u2013 page %d" % n)
        if n > 1:
            canv.setFillColor(TEAL)
            canv.drawString(LM + 8 * mm, H - 15 * mm, "Child W \u2013 executive summary")
        canv.restoreState()

    def cover(canv, doc):
        canv.saveState()
        canv.setFillColor(TEAL)
        canv.rect(0, H - 95 * mm, W, 95 * mm, stroke=0, fill=1)
        canv.restoreState()
        page(canv, doc)

    st = []
    ct = ParagraphStyle("ct", fontName="Sans-B", fontSize=24, leading=30, textColor=colors.white)
    cs = ParagraphStyle("cs", fontName="Sans", fontSize=12, leading=17, textColor=colors.white)
    cn = ParagraphStyle("cn", fontName="Sans", fontSize=10.5, leading=15)
    st += [Spacer(1, 10 * mm), Paragraph("FICTIONAL \u2014 PRACTICE DOCUMENT", cs), Spacer(1, 6 * mm),
           Paragraph("Child W: executive summary", ct),
           Paragraph("Local Child Safeguarding Practice Review", cs), Spacer(1, 55 * mm),
           Paragraph(C.PARTNERSHIP, ParagraphStyle("p", parent=cn, fontName="Sans-B", fontSize=13)),
           Spacer(1, 3 * mm), Paragraph("Published: 30 April 2025", cn),
           Paragraph("To be read with the full review report.", cn), Spacer(1, 8 * mm),
           Paragraph("Every person, place and agency in this document is fictional.",
                     ParagraphStyle("d", parent=cn, fontSize=8.5, textColor=GREY)),
           NextPageTemplate("es"), PageBreak()]
    for item in C.ES:
        if item[0] == "H":
            st += [CondPageBreak(30 * mm), Paragraph(item[1], es_h)]
        else:
            st.append(Paragraph("<b>%s</b>\u2003%s" % (item[1], item[2]), es_body))
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, title="Child W executive summary (FICTIONAL)",
                          author=C.PARTNERSHIP, creator="ReportLab platypus")
    fm = Frame(LM + 8 * mm, 26 * mm, TW - 16 * mm, H - 50 * mm, id="es")
    doc.addPageTemplates([PageTemplate("escover", [fm], onPage=cover), PageTemplate("es", [fm], onPage=page)])
    doc.build(st)
    EXEC.write_bytes(buf.getvalue())
    return len(PdfReader(io.BytesIO(buf.getvalue())).pages)


if __name__ == "__main__":
    n1 = build_review()
    n2 = build_exec()
    print(f"{REVIEW.name}: {n1} pages; {EXEC.name}: {n2} pages")
