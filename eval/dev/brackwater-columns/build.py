"""Build the FICTIONAL Brackwater LCSPR "Child F" development corpus (two PDFs).

Everything in these documents is invented: the area, the partnership, the
family, the professionals, the agencies and the events. The PDFs exist only to
test scr-qa. Rebuild with:

    /work/main/.venv/bin/python eval/dev/brackwater-columns/build.py

The output is byte-for-byte deterministic (reportlab invariant mode).

Document 1 is a two-column typeset review: hanging paragraph numbers inside
each column (plain integers 1, 2, ... through the body, A1, A2 ... in the
appendix), run-in headings, a full-width chronology table with a repeated
header row, footnotes at the page foot, printed page numbers in the header
(cover unnumbered, so printed number = physical page - 1) and a boxed
"Key learning" panel across both columns.
Document 2 is a three-column landscape learning leaflet.
"""
from reportlab import rl_config

rl_config.invariant = 1

from pathlib import Path  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Flowable, Frame, FrameBreak, NextPageTemplate, PageBreak,
    PageTemplate, Paragraph, Spacer, Table, TableStyle,
)

from content import APPENDIX, BODY_PARTS, CHRONO, GLOSSARY, LEAFLET, PANEL, ROLE_CODES  # noqa: E402

HERE = Path(__file__).resolve().parent
REVIEW = HERE / "brackwater-lcspr-child-f.pdf"
LEAF = HERE / "brackwater-child-f-learning-leaflet.pdf"

TEAL = colors.HexColor("#1f6f78")
RUST = colors.HexColor("#9a3d1c")
GREY = colors.HexColor("#555555")

W, H = A4
ML = MR = 1.9 * cm
GAP = 0.7 * cm
TOP = H - 2.3 * cm          # top of text frames
BOT = 3.0 * cm              # bottom of text frames (footnotes live below)
COLW = (W - ML - MR - GAP) / 2

BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.4, alignment=TA_JUSTIFY,
                      leftIndent=26, bulletIndent=0, spaceAfter=6.5, bulletFontName="Times-Bold",
                      bulletFontSize=11)
UNNUM = ParagraphStyle("unnum", fontName="Times-Roman", fontSize=11, leading=14.4, alignment=TA_JUSTIFY,
                       spaceAfter=6)
HEAD = ParagraphStyle("head", fontName="Times-Bold", fontSize=12.5, leading=15, textColor=TEAL,
                      spaceBefore=8, spaceAfter=5, keepWithNext=1)
CELL = ParagraphStyle("cell", fontName="Times-Roman", fontSize=8.8, leading=10.6)
CELL_B = ParagraphStyle("cellb", parent=CELL, fontName="Times-Bold", textColor=colors.white)
PANEL_T = ParagraphStyle("pt", fontName="Times-Bold", fontSize=12, leading=15, textColor=RUST, spaceAfter=4)
PANEL_P = ParagraphStyle("pp", fontName="Times-Roman", fontSize=9.6, leading=12, leftIndent=14,
                         bulletIndent=0, spaceAfter=3)
COVER_1 = ParagraphStyle("c1", fontName="Times-Bold", fontSize=26, leading=32, textColor=TEAL, spaceAfter=12)
COVER_2 = ParagraphStyle("c2", fontName="Times-Roman", fontSize=14, leading=19, spaceAfter=8)
COVER_3 = ParagraphStyle("c3", fontName="Times-Italic", fontSize=10, leading=13, spaceAfter=6)

FOOTER = "FICTIONAL practice material - Brackwater Safeguarding Children Partnership - Child F - not a real case"

# number styles per section: (font, colour); they vary on purpose
NUM_STYLES = [("Times-Bold", colors.black), ("Times-Bold", TEAL), ("Times-Roman", TEAL),
              ("Times-Roman", colors.black), ("Times-Bold", RUST)]


class FootnoteMark(Flowable):
    """Zero-size flowable: registers a footnote for the page it lands on."""

    def __init__(self, store, text):
        super().__init__()
        self.store, self.text = store, text
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.store.append(self.text)


class ReviewDoc(BaseDocTemplate):
    def __init__(self, path, **kw):
        super().__init__(str(path), pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=2.3 * cm,
                         bottomMargin=BOT, **kw)
        self.footnotes = []
        colframes = [Frame(ML, BOT, COLW, TOP - BOT, id="L", leftPadding=0, rightPadding=0,
                           topPadding=0, bottomPadding=0),
                     Frame(ML + COLW + GAP, BOT, COLW, TOP - BOT, id="R", leftPadding=0, rightPadding=0,
                           topPadding=0, bottomPadding=0)]
        full = [Frame(ML, BOT, W - ML - MR, TOP - BOT, id="F", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)]
        ptop = 7.6 * cm
        panel = [Frame(ML, TOP - ptop, W - ML - MR, ptop, id="P", leftPadding=0, rightPadding=0,
                       topPadding=0, bottomPadding=0),
                 Frame(ML, BOT, COLW, TOP - ptop - BOT - 0.4 * cm, id="PL", leftPadding=0, rightPadding=0,
                       topPadding=0, bottomPadding=0),
                 Frame(ML + COLW + GAP, BOT, COLW, TOP - ptop - BOT - 0.4 * cm, id="PR", leftPadding=0,
                       rightPadding=0, topPadding=0, bottomPadding=0)]
        cover = [Frame(2.6 * cm, 3 * cm, W - 5.2 * cm, H - 6 * cm, id="C")]
        self.addPageTemplates([
            PageTemplate("cover", cover, onPage=self.deco_cover),
            PageTemplate("twocol", colframes, onPage=self.deco, onPageEnd=self.notes),
            PageTemplate("full", full, onPage=self.deco, onPageEnd=self.notes),
            PageTemplate("panel", panel, onPage=self.deco, onPageEnd=self.notes),
        ])

    def deco_cover(self, c, doc):
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, H - 1.2 * cm, W, 1.2 * cm, stroke=0, fill=1)
        c.setFont("Times-Roman", 8)
        c.setFillColor(GREY)
        c.drawString(ML, 1.2 * cm, FOOTER)
        c.restoreState()

    def deco(self, c, doc):
        c.saveState()
        c.setStrokeColor(TEAL)
        c.setLineWidth(0.6)
        c.line(ML, H - 1.75 * cm, W - MR, H - 1.75 * cm)
        c.setFont("Times-Italic", 8.5)
        c.setFillColor(GREY)
        c.drawString(ML, H - 1.55 * cm, "Brackwater SCP  |  Local Child Safeguarding Practice Review: Child F")
        c.setFont("Times-Bold", 10)
        c.setFillColor(TEAL)
        c.drawRightString(W - MR, H - 1.55 * cm, str(doc.page - 1))
        c.setFont("Times-Roman", 7.5)
        c.setFillColor(GREY)
        c.drawCentredString(W / 2, 1.0 * cm, FOOTER)
        c.restoreState()

    def notes(self, c, doc):
        if not self.footnotes:
            return
        c.saveState()
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        c.line(ML, 2.75 * cm, ML + 4 * cm, 2.75 * cm)
        y = 2.45 * cm
        for text in self.footnotes:
            p = Paragraph(text, ParagraphStyle("fn", fontName="Times-Roman", fontSize=7.6, leading=9))
            _, h = p.wrap(W - ML - MR, 2 * cm)
            p.drawOn(c, ML, y - h + 9)
            y -= h + 1
        c.restoreState()
        self.footnotes.clear()


def chrono_table():
    head = ["Date", "Agency", "Event", "Review comment"]
    rows = [[Paragraph(h, CELL_B) for h in head]]
    for r in CHRONO:
        rows.append([Paragraph(x, CELL) for x in r])
    t = Table(rows, colWidths=[1.9 * cm, 3.0 * cm, 7.4 * cm, W - ML - MR - 12.3 * cm], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), TEAL),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef5f5")]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9bbcbf")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return t


def panel_box():
    inner = [Paragraph(PANEL[0], PANEL_T)]
    for i, t in enumerate(PANEL[1:], 1):
        inner.append(Paragraph(t, PANEL_P, bulletText=f"{i}."))
    t = Table([[inner]], colWidths=[W - ML - MR])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.4, RUST),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbf3ee")),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return t


def review_story(doc):
    s = [Spacer(1, 2.5 * cm),
         Paragraph("Brackwater Safeguarding Children Partnership", COVER_2),
         Spacer(1, 0.8 * cm),
         Paragraph("Local Child Safeguarding Practice Review", COVER_1),
         Paragraph("Child F", COVER_1),
         Spacer(1, 0.6 * cm),
         Paragraph("Independent reviewer: Dr Rosalind Achterberg", COVER_2),
         Paragraph("Review panel chair: Bernadette Hollis", COVER_2),
         Paragraph("Approved by the Partnership on 11 January 2024", COVER_2),
         Paragraph("Published 6 February 2024", COVER_2),
         Spacer(1, 3 * cm),
         Paragraph("FICTIONAL practice material. Brackwater, Fennick Reach, the Partnership, its agencies, "
                   "Child F, his family and every practitioner in this review are invented for testing "
                   "software. Nothing here describes a real child, family or case.", COVER_3),
         NextPageTemplate("twocol"), PageBreak()]
    n = 0
    sec = -1
    for part in BODY_PARTS:
        kind = part[0]
        if kind == "h":
            sec += 1
            s.append(Paragraph(part[1], HEAD))
        elif kind == "p":
            n += 1
            font, col = NUM_STYLES[sec % len(NUM_STYLES)]
            txt = part[1]
            s.append(Paragraph(f'<bullet><font name="{font}" color="{col.hexval()}">{n}</font></bullet>{txt}',
                               BODY))
        elif kind == "rp":  # run-in section heading paragraph
            n += 1
            sec += 1
            font, col = NUM_STYLES[sec % len(NUM_STYLES)]
            s.append(Paragraph(f'<bullet><font name="{font}" color="{col.hexval()}">{n}</font></bullet>'
                               f'<font name="Times-Bold" color="{TEAL.hexval()}">{part[1]}</font> {part[2]}',
                               BODY))
        elif kind == "u":  # unnumbered prose (foreword, contents note)
            s.append(Paragraph(part[1], UNNUM))
        elif kind == "pb":
            s.append(PageBreak())
        elif kind == "fn":
            s.append(FootnoteMark(doc.footnotes, part[1]))
        elif kind == "chrono":
            s += [NextPageTemplate("full"), PageBreak(),
                  Paragraph("Chronology of key events, 1 September 2020 to 21 March 2023", HEAD),
                  Paragraph("The table below is the review's summary chronology. Dates are written as in the "
                            "agency returns. It is not a full record of every contact.",
                            ParagraphStyle("ci", parent=CELL, fontSize=9.5, leading=12, spaceAfter=6)),
                  chrono_table(), NextPageTemplate("twocol"), PageBreak()]
        elif kind == "panel":
            s += [NextPageTemplate("panel"), PageBreak(), panel_box(), NextPageTemplate("twocol"), FrameBreak()]
        elif kind == "appendix":
            s += [PageBreak(), Paragraph("Appendix: how the review was carried out", HEAD)]
            for i, t in enumerate(APPENDIX, 1):
                s.append(Paragraph(f'<bullet><font name="Times-Roman" color="#555555">A{i}</font></bullet>{t}',
                                   BODY))
            s.append(Paragraph("Role codes used in this review", HEAD))
            rows = [[Paragraph("Code", CELL_B), Paragraph("Role and agency", CELL_B)]]
            rows += [[Paragraph(a, CELL), Paragraph(b, CELL)] for a, b in ROLE_CODES]
            t = Table(rows, colWidths=[1.4 * cm, COLW - 1.4 * cm], repeatRows=1)
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.3, GREY),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            s.append(t)
            s.append(Paragraph("Glossary", HEAD))
            rows = [[Paragraph("Term", CELL_B), Paragraph("Meaning in this report", CELL_B)]]
            rows += [[Paragraph(a, CELL), Paragraph(b, CELL)] for a, b in GLOSSARY]
            t = Table(rows, colWidths=[2.6 * cm, COLW - 2.6 * cm], repeatRows=1)
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.3, GREY),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            s.append(t)
    return s


def build_review():
    doc = ReviewDoc(REVIEW, title="Brackwater LCSPR Child F (FICTIONAL)",
                    author="Brackwater Safeguarding Children Partnership (FICTIONAL)",
                    subject="FICTIONAL practice material", creator="eval/dev/brackwater-columns/build.py")
    doc.build(review_story(doc))


# ---------------------------------------------------------------------------
# Leaflet: landscape A4, three columns, sans-serif
# ---------------------------------------------------------------------------
LW, LH = landscape(A4)
L_M = 1.3 * cm
L_GAP = 0.6 * cm
L_COLW = (LW - 2 * L_M - 2 * L_GAP) / 3
L_BODY = ParagraphStyle("lb", fontName="Helvetica", fontSize=10, leading=13.2, spaceAfter=6)
L_LP = ParagraphStyle("llp", fontName="Helvetica-Bold", fontSize=10.5, leading=13, textColor=colors.white,
                      backColor=RUST, borderPadding=(2, 3, 2, 3), spaceBefore=6, spaceAfter=5)
L_H = ParagraphStyle("lh", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=TEAL, spaceAfter=4)
L_TITLE = ParagraphStyle("lt", fontName="Helvetica-Bold", fontSize=17, leading=21, textColor=TEAL, spaceAfter=4)
L_BOX = ParagraphStyle("lbx", parent=L_BODY, fontSize=9.5, leading=12)


def leaf_deco(c, doc):
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, LH - 0.9 * cm, LW, 0.9 * cm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(L_M, LH - 0.6 * cm, "7-minute learning  |  Brackwater Safeguarding Children Partnership")
    c.drawRightString(LW - L_M, LH - 0.6 * cm, f"{doc.page}/2")
    c.setFillColor(GREY)
    c.setFont("Helvetica", 7.5)
    c.drawString(L_M, 0.7 * cm, "FICTIONAL practice material - invented learning leaflet for testing scr-qa - "
                 "not a real case")
    c.restoreState()


def build_leaflet():
    frames = [Frame(L_M + i * (L_COLW + L_GAP), 1.3 * cm, L_COLW, LH - 2.6 * cm, id=f"c{i}",
                    leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0) for i in range(3)]
    doc = BaseDocTemplate(str(LEAF), pagesize=(LW, LH), title="Child F learning leaflet (FICTIONAL)",
                          author="Brackwater Safeguarding Children Partnership (FICTIONAL)",
                          subject="FICTIONAL practice material", creator="eval/dev/brackwater-columns/build.py")
    doc.addPageTemplates([PageTemplate("three", frames, onPage=leaf_deco)])
    s = []
    for kind, text in LEAFLET:
        if kind == "title":
            s.append(Paragraph(text, L_TITLE))
        elif kind == "h":
            s.append(Paragraph(text, L_H))
        elif kind == "lp":
            s.append(Paragraph(text, L_LP))
        elif kind == "box":
            t = Table([[Paragraph(x, L_BOX)] for x in text], colWidths=[L_COLW])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, TEAL),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef5f5")),
                                   ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#9bbcbf"))]))
            s += [t, Spacer(1, 6)]
        elif kind == "break":
            s.append(FrameBreak())
        else:
            s.append(Paragraph(text, L_BODY))
    doc.build(s)


if __name__ == "__main__":
    build_review()
    build_leaflet()
    print("wrote", REVIEW.name, "and", LEAF.name)
