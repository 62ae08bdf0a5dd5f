"""Build the FICTIONAL Ullesby "Child M" development corpus (two PDFs).

Generator: reportlab platypus (tested with reportlab 5.1), invariant mode, so a
rebuild gives byte-identical PDFs. Run with any Python that has reportlab:

    python3 -m venv /tmp/gen-ullesby && /tmp/gen-ullesby/bin/pip install reportlab pypdf
    /tmp/gen-ullesby/bin/python eval/dev/ullesby-frames/build.py

Document 1 (practice review): BaseDocTemplate; body pages have two Frames
(two columns) under a full-width coloured section band. Paragraph numbers
("4.12") hang in a narrow left cell of each column (a splittable two-part
flowable, so long paragraphs break over columns and pages and the number is
printed only on the first part). Sub-points (a)-(d), footnotes drawn at the
page foot with superscript markers, a full-width pull quote between two
column blocks (a five-frame page template), a "What the family told us"
sidebar box, and a wrapped-cell chronology table on full-width pages that runs
over a page break with a repeated header row. Cover and contents carry no
printed number; the body footer prints "Page 1" on physical page 3.
Document 2: a 3-page letter from the independent reviewer to the Executive.
All text lives in content.py.
"""
from reportlab import rl_config

rl_config.invariant = 1

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm, mm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Flowable, Frame, FrameBreak, NextPageTemplate, PageBreak,
    PageTemplate, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import content as C  # noqa: E402

REPORT = HERE / "ullesby-cspr-child-m-report.pdf"
LETTER = HERE / "ullesby-child-m-reviewer-letter.pdf"

PLUM = colors.HexColor("#5b2a6e")
SAND = colors.HexColor("#f3ead8")
GREY = colors.HexColor("#555555")
LILAC = colors.HexColor("#ece3f1")

W, H = A4
ML = MR = 2.0 * cm
GAP = 0.8 * cm
BAND_H = 1.5 * cm
TOP = H - BAND_H - 1.0 * cm     # top of text frames
BOT = 3.6 * cm                  # bottom of text frames (footnotes live below)
COLW = (W - ML - MR - GAP) / 2
NUMW = 9.5 * mm
FOOTER = "FICTIONAL \u2014 practice document  |  " + C.PARTNERSHIP

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10.4, leading=14.6, alignment=TA_JUSTIFY,
                      spaceAfter=0)
NUM = ParagraphStyle("num", fontName="Helvetica-Bold", fontSize=10.4, leading=14.6, textColor=PLUM)
SUB = ParagraphStyle("sub", parent=BODY, leftIndent=7 * mm, firstLineIndent=0, bulletIndent=0,
                     bulletFontName="Helvetica")
HEAD = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=12.5, leading=15, textColor=PLUM,
                      spaceBefore=6, spaceAfter=6, keepWithNext=1)
BOXHEAD = ParagraphStyle("bh", fontName="Helvetica-Bold", fontSize=10.5, leading=13, textColor=PLUM,
                         spaceAfter=4)
BOXP = ParagraphStyle("bp", fontName="Helvetica-Oblique", fontSize=9.6, leading=13, spaceAfter=4)
QUOTE = ParagraphStyle("q", fontName="Times-Italic", fontSize=17, leading=22, textColor=PLUM,
                       alignment=1)
QATTR = ParagraphStyle("qa", fontName="Helvetica", fontSize=9, leading=12, textColor=GREY, alignment=1)
FN = ParagraphStyle("fn", fontName="Helvetica", fontSize=7.2, leading=8.8)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.6, leading=10.6)
CELL_H = ParagraphStyle("cellh", parent=CELL, fontName="Helvetica-Bold", textColor=colors.white)


class NumPara(Flowable):
    """A paragraph with its number typeset apart in a narrow left cell.

    Splittable: the inner Paragraph is split and only the first part shows the number.
    """

    def __init__(self, num, para, indent=0):
        super().__init__()
        self.num, self.para, self.indent = num, para, indent
        self.spaceAfter = 8

    def wrap(self, aw, ah):
        self._aw = aw
        _, h = self.para.wrap(aw - NUMW - self.indent, ah)
        self.height = h
        return aw, h

    def split(self, aw, ah):
        parts = self.para.split(aw - NUMW - self.indent, ah)
        if len(parts) < 2:
            return []
        a = NumPara(self.num, parts[0], self.indent)
        b = NumPara(None, parts[1], self.indent)
        a.spaceAfter = 0
        return [a, b]

    def draw(self):
        c = self.canv
        if self.num:
            c.saveState()
            c.setFont("Helvetica-Bold", 10.4)
            c.setFillColor(PLUM)
            c.drawString(0, self.height - 10.4, self.num)
            c.restoreState()
        self.para.drawOn(c, NUMW + self.indent, 0)


class Marker(Flowable):
    """Zero-size flowable: sets the band title / records section page / registers a footnote."""

    def __init__(self, doc, kind, value):
        super().__init__()
        self.doc, self.kind, self.value = doc, kind, value

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        if self.kind == "section":
            num, title = self.value
            self.doc.section = f"{num}  {title}" if num else title
            self.doc.toc_pages.setdefault(title, self.doc.page - 2)
        elif self.kind == "fn":
            self.doc.footnotes.append(self.value)


def frame(x, y, w, h, fid):
    return Frame(x, y, w, h, id=fid, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


class ReviewDoc(BaseDocTemplate):
    def __init__(self, path, toc_pages):
        super().__init__(str(path), pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=H - TOP,
                         bottomMargin=BOT, title=C.TITLE + " (FICTIONAL)", author=C.PARTNERSHIP,
                         subject="FICTIONAL practice review", creator="reportlab")
        self.section = ""
        self.footnotes = []
        self.toc_pages = {}
        self.known_pages = toc_pages
        cols = [frame(ML, BOT, COLW, TOP - BOT, "L"), frame(ML + COLW + GAP, BOT, COLW, TOP - BOT, "R")]
        full = [frame(ML, BOT, W - ML - MR, TOP - BOT, "F")]
        # pull-quote page: two short columns, full-width quote, two columns below
        top_h = 6.2 * cm
        q_h = 3.6 * cm
        y_top = TOP - top_h
        y_q = y_top - q_h - 0.3 * cm
        quote = [frame(ML, y_top, COLW, top_h, "QL1"), frame(ML + COLW + GAP, y_top, COLW, top_h, "QR1"),
                 frame(ML, y_q, W - ML - MR, q_h, "QF"),
                 frame(ML, BOT, COLW, y_q - 0.3 * cm - BOT, "QL2"),
                 frame(ML + COLW + GAP, BOT, COLW, y_q - 0.3 * cm - BOT, "QR2")]
        cover = [frame(2.5 * cm, 3 * cm, W - 5 * cm, H - 8 * cm, "C")]
        self.addPageTemplates([
            PageTemplate("cover", cover, onPage=self.deco_cover),
            PageTemplate("front", full, onPage=self.deco_front),
            PageTemplate("cols", cols, onPageEnd=self.deco_body),
            PageTemplate("wide", full, onPageEnd=self.deco_body),
            PageTemplate("quote", quote, onPageEnd=self.deco_body),
        ])

    def deco_cover(self, c, doc):
        c.saveState()
        c.setFillColor(PLUM)
        c.rect(0, H - 7 * cm, W, 7 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(2.5 * cm, H - 2.5 * cm, C.PARTNERSHIP)
        c.setFont("Helvetica", 10)
        c.drawString(2.5 * cm, H - 3.2 * cm, "FICTIONAL \u2014 practice document for testing")
        c.setFillColor(GREY)
        c.setFont("Helvetica", 8)
        c.drawString(ML, 1.2 * cm, FOOTER)
        c.restoreState()

    def deco_front(self, c, doc):
        c.saveState()
        c.setFillColor(PLUM)
        c.rect(0, H - BAND_H, W, BAND_H, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(ML, H - BAND_H + 0.55 * cm, "Contents")
        c.setFillColor(GREY)
        c.setFont("Helvetica", 8)
        c.drawString(ML, 1.2 * cm, FOOTER)
        c.restoreState()

    def deco_body(self, c, doc):
        c.saveState()
        c.setFillColor(PLUM)
        c.rect(0, H - BAND_H, W, BAND_H, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(ML, H - BAND_H + 0.55 * cm, self.section)
        c.setFont("Helvetica", 8.5)
        c.drawRightString(W - MR, H - BAND_H + 0.55 * cm, C.TITLE)
        # footnotes
        if self.footnotes:
            c.setStrokeColor(GREY)
            c.setLineWidth(0.4)
            c.line(ML, BOT - 0.25 * cm, ML + 4 * cm, BOT - 0.25 * cm)
            y = BOT - 0.35 * cm
            for num, text in self.footnotes:
                p = Paragraph(f"<super>{num}</super> {text}", FN)
                _, h = p.wrap(W - ML - MR, 2 * cm)
                p.drawOn(c, ML, y - h)
                y -= h + 1.5
            self.footnotes = []
        c.setStrokeColor(PLUM)
        c.setLineWidth(0.6)
        c.line(ML, 1.55 * cm, W - MR, 1.55 * cm)
        c.setFillColor(GREY)
        c.setFont("Helvetica", 8)
        c.drawString(ML, 1.1 * cm, FOOTER)
        c.setFont("Helvetica-Bold", 8.5)
        c.setFillColor(PLUM)
        c.drawRightString(W - MR, 1.1 * cm, f"Page {doc.page - 2}")
        c.restoreState()


def cover_story():
    s = [Spacer(1, 5.2 * cm)]
    for kind, text in C.COVER:
        if kind == "title":
            s.append(Paragraph(text, ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=24,
                                                    leading=30, textColor=PLUM)))
        elif kind == "title2":
            s.append(Paragraph(text, ParagraphStyle("t2", fontName="Helvetica", fontSize=30, leading=40,
                                                    textColor=PLUM, spaceAfter=18)))
        else:
            s.append(Paragraph(text, ParagraphStyle("cp", fontName="Helvetica", fontSize=11.5, leading=16,
                                                    spaceAfter=8)))
    return s


def contents_story(pages):
    s = [Spacer(1, 0.5 * cm)]
    rows = []
    entries = [(it[1], it[2]) for it in C.BODY if it[0] == "h"]
    entries.insert(4, ("5", "Multi-agency chronology"))
    entries.append(("", "Glossary of role codes"))
    for num, title in entries:
        rows.append([Paragraph(num, BODY), Paragraph(title, BODY),
                     Paragraph(str(pages.get(title, "")), BODY)])
    t = Table(rows, colWidths=[1.2 * cm, 12 * cm, 2 * cm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s.append(t)
    s.append(Spacer(1, 1 * cm))
    s.append(Paragraph("Page numbers refer to the numbers printed at the foot of each page of the report. "
                       "This report is FICTIONAL.", BOXP))
    return s


def heading(doc, num, title):
    return [Marker(doc, "section", (num, title)),
            Paragraph(f"{num}&nbsp;&nbsp;{title}" if num else title, HEAD)]


def chrono_story(doc):
    s = [NextPageTemplate("wide"), PageBreak()]
    s += heading(doc, "5", "Multi-agency chronology")
    s.append(NumPara("5.1", Paragraph(C.CHRONO_INTRO, BODY)))
    s.append(Spacer(1, 6))
    rows = [[Paragraph(h, CELL_H) for h in ("Date", "Time", "Agency", "Event or contact")]]
    for d, t, a, e in C.CHRONO:
        rows.append([Paragraph(d, CELL), Paragraph(t, CELL), Paragraph(a, CELL), Paragraph(e, CELL)])
    tw = W - ML - MR
    t = Table(rows, colWidths=[2.2 * cm, 1.9 * cm, 2.9 * cm, tw - 7 * cm], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), PLUM),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LILAC]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#b9a6c4")),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]))
    s.append(t)
    s += [NextPageTemplate("cols"), PageBreak()]
    return s


def sidebar(title, texts):
    inner = [Paragraph(title, BOXHEAD)] + [Paragraph(t, BOXP) for t in texts]
    t = Table([[inner]], colWidths=[COLW])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SAND),
                           ("LINEBEFORE", (0, 0), (0, -1), 3, PLUM),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    t.spaceBefore = 4
    t.spaceAfter = 8
    return t


def glossary_story(doc):
    s = heading(doc, "", "Glossary of role codes")
    rows = [[Paragraph(f"<b>{code}</b>", CELL), Paragraph(desc, CELL)] for code, desc in C.GLOSSARY]
    t = Table(rows, colWidths=[1.3 * cm, COLW - 1.3 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey)]))
    s.append(t)
    return s


def body_story(doc):
    s = [NextPageTemplate("cols"), PageBreak()]
    for it in C.BODY:
        kind = it[0]
        if kind == "h":
            s += heading(doc, it[1], it[2])
        elif kind == "p":
            text = it[2]
            s.append(NumPara(it[1], Paragraph(text, BODY)))
        elif kind == "sub":
            sp = NumPara(None, Paragraph(it[2], SUB, bulletText=it[1]), indent=0)
            sp.spaceAfter = 4
            s.append(sp)
        elif kind == "fn":
            # attach superscript marker to the previous numbered paragraph
            prev = s[-1]
            prev.para = Paragraph(prev.para.text + f"<super>{it[1]}</super>", prev.para.style)
            s.append(Marker(doc, "fn", (it[1], it[2])))
        elif kind == "box":
            s.append(sidebar(it[1], it[2]))
        elif kind == "quotepage":
            s += [NextPageTemplate("cols"), NextPageTemplate("quote"), PageBreak(), NextPageTemplate("cols")]
        elif kind == "fb":
            s.append(FrameBreak())
        elif kind == "quote":
            s += [Spacer(1, 0.4 * cm), Paragraph(it[1], QUOTE), Spacer(1, 4), Paragraph(it[2], QATTR)]
        elif kind == "chrono":
            s += chrono_story(doc)
    s += glossary_story(doc)
    return s


def build_report():
    pages = {}
    for _ in range(2):
        doc = ReviewDoc(REPORT, pages)
        story = cover_story() + [NextPageTemplate("front"), PageBreak()]
        story += [Paragraph("Contents", HEAD)] + contents_story(pages)
        story += body_story(doc)
        doc.build(story)
        pages = dict(doc.toc_pages)
    return pages


# ---------------------------------------------------------------- letter
LBODY = ParagraphStyle("lb", fontName="Times-Roman", fontSize=12.5, leading=19, alignment=TA_JUSTIFY,
                       spaceAfter=10)
LSMALL = ParagraphStyle("ls", fontName="Times-Roman", fontSize=11, leading=14, alignment=TA_LEFT)


def letter_page(c, doc):
    c.saveState()
    c.setFillColor(PLUM)
    c.rect(0, H - 0.8 * cm, W, 0.8 * cm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont("Helvetica", 8)
    c.drawString(2.5 * cm, 1.2 * cm, "FICTIONAL \u2014 practice document  |  Letter from the independent "
                 "reviewer, Child M")
    c.drawRightString(W - 2.5 * cm, 1.2 * cm, f"{doc.page} of 3")
    c.restoreState()


def build_letter():
    L = C.LETTER
    doc = SimpleDocTemplate(str(LETTER), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.4 * cm, bottomMargin=2.4 * cm,
                            title="Letter from the independent reviewer: Child M (FICTIONAL)",
                            author="Alison Drewitt", creator="reportlab")
    s = []
    s.append(Paragraph("<br/>".join(L["from"]), ParagraphStyle("fr", parent=LSMALL, alignment=2)))
    s.append(Spacer(1, 14))
    s.append(Paragraph(L["date"], LSMALL))
    s.append(Spacer(1, 14))
    s.append(Paragraph("<br/>".join(L["to"]), LSMALL))
    s.append(Spacer(1, 14))
    s.append(Paragraph(f"<b>{L['subject']}</b>", LSMALL))
    s.append(Paragraph("FICTIONAL \u2014 this letter and the case it describes are invented.", LSMALL))
    s.append(Spacer(1, 12))
    for p in L["paras"]:
        s.append(Paragraph(p, LBODY))
    s.append(Spacer(1, 30))
    s.append(Paragraph("<br/>".join(L["sign"]), LSMALL))
    s.append(Spacer(1, 16))
    s.append(Paragraph(L["cc"], LSMALL))
    doc.build(s, onFirstPage=letter_page, onLaterPages=letter_page)


if __name__ == "__main__":
    print(build_report())
    build_letter()
    print("wrote", REPORT.name, LETTER.name)
