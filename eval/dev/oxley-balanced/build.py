#!/usr/bin/env python3
"""Build the FICTIONAL Westmarsh Child R corpus.

Generator: ReportLab platypus (tested with reportlab 5.1.0). Each body section is a full-width
shaded section band (a one-cell Table) followed by a
reportlab.platypus.flowables.BalancedColumns(nCols=2) holding the numbered paragraphs, a shaded
sidebar and a pull quote; the next section follows on the same page. Footnotes are collected with
<onDraw> callbacks while the page is drawn and printed at the page foot in onPageEnd. Front matter
carries roman /PageLabels (i-iv), the body arabic from 1.

Run:  python3 -m venv /tmp/gen-oxley && /tmp/gen-oxley/bin/pip install reportlab pypdf
      /tmp/gen-oxley/bin/python build.py
All text lives in content.py beside this file. Output is deterministic (invariant=1, fixed dates).
"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, NextPageTemplate, PageBreak, KeepTogether)
from reportlab.platypus.flowables import BalancedColumns
from reportlab.pdfbase import pdfdoc
from reportlab import rl_config

import content as C

rl_config.invariant = 1
HERE = os.path.dirname(os.path.abspath(__file__))
W, H = A4
LM = RM = 24 * mm
TOP = 26 * mm
FOOTRES = 40 * mm  # reserved at the foot for footnotes + folio
TEAL = colors.HexColor("#1f5f6b")
PALE = colors.HexColor("#dcecef")
SAND = colors.HexColor("#f6ead2")

body = ParagraphStyle("body", fontName="Helvetica", fontSize=11.2, leading=15.6, spaceAfter=7)
bodyc = ParagraphStyle("bodyc", parent=body)
band = ParagraphStyle("band", fontName="Helvetica-Bold", fontSize=13, leading=16, textColor=colors.white)
sideh = ParagraphStyle("sideh", fontName="Helvetica-Bold", fontSize=9.6, leading=12, textColor=TEAL, spaceAfter=3)
sidet = ParagraphStyle("sidet", fontName="Helvetica", fontSize=10, leading=13.2)
quote = ParagraphStyle("quote", fontName="Helvetica-BoldOblique", fontSize=11.5, leading=15, textColor=TEAL)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.4, leading=10.2)
cellh = ParagraphStyle("cellh", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=26, leading=32, textColor=TEAL)
sub = ParagraphStyle("sub", fontName="Helvetica", fontSize=13, leading=18)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, textColor=TEAL, spaceAfter=10)
fnst = ParagraphStyle("fn", fontName="Helvetica", fontSize=7, leading=8.6)

FN_PAGE = {}


class Doc(BaseDocTemplate):
    def __init__(self, path, header, labels=None, **kw):
        BaseDocTemplate.__init__(self, path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TOP,
                                 bottomMargin=FOOTRES, title=header, author=C.PARTNERSHIP,
                                 subject="FICTIONAL practice document", creator="build.py", **kw)
        self.header = header
        self.labels = labels
        fr = Frame(LM, FOOTRES, W - LM - RM, H - TOP - FOOTRES, id="f", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("front", [fr], onPage=self.start, onPageEnd=self.end),
            PageTemplate("body", [fr], onPage=self.start, onPageEnd=self.end),
        ])

    def start(self, canv, doc):
        canv._fns = []
        canv.setNamedCB("fn", lambda c, kind, label: c._fns.append(int(label)))
        if self.labels and canv.getPageNumber() == 1:
            pl = pdfdoc.PDFPageLabels()
            for start_idx, style, first in self.labels:
                pl.addPageLabel(start_idx, pdfdoc.PDFPageLabel(style=style, start=first))
            canv._doc.Catalog.PageLabels = pl

    def folio(self, n):
        if not self.labels:
            return str(n)
        roman = ["i", "ii", "iii", "iv", "v", "vi"]
        nfront = self.labels[1][0]
        return roman[n - 1] if n <= nfront else str(n - nfront)

    def end(self, canv, doc):
        n = canv.getPageNumber()
        canv.saveState()
        canv.setFillColor(TEAL)
        canv.rect(0, H - 12 * mm, W, 12 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 8.5)
        canv.drawString(LM, H - 7.8 * mm, "FICTIONAL \u2014 practice document")
        canv.setFont("Helvetica", 8.5)
        canv.drawRightString(W - RM, H - 7.8 * mm, self.header)
        # footnotes
        fns = sorted(set(canv._fns))
        y = FOOTRES - 6 * mm
        if fns:
            canv.setStrokeColor(TEAL)
            canv.setLineWidth(0.5)
            canv.line(LM, FOOTRES - 2.5 * mm, LM + 50 * mm, FOOTRES - 2.5 * mm)
            for k in fns:
                p = Paragraph("<super>%d</super> %s" % (k, C.FOOTNOTES[k]), fnst)
                w, h = p.wrap(W - LM - RM, 40 * mm)
                p.drawOn(canv, LM, y - h + 6)
                y -= h + 1.5
                FN_PAGE.setdefault(self.header, {})[k] = n
        canv.setFillColor(colors.black)
        canv.setFont("Helvetica", 8)
        canv.drawString(LM, 9 * mm, C.PARTNERSHIP)
        canv.drawRightString(W - RM, 9 * mm, "Page %s" % self.folio(n))
        canv.restoreState()


def section_band(num, text):
    t = Table([[Paragraph("%s&nbsp;&nbsp;&nbsp;%s" % (num, text), band)]], colWidths=[W - LM - RM])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TEAL), ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 7), ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    return t


def sidebar(head, text, width):
    t = Table([[[Paragraph(head, sideh), Paragraph(text, sidet)]]], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("LINEBEFORE", (0, 0), (0, -1), 3, TEAL),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                           ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    return t


def pullquote(text, width):
    t = Table([[Paragraph(text, quote)]], colWidths=[width])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.5, TEAL), ("LINEBELOW", (0, -1), (-1, -1), 1.5, TEAL),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    return t


def episodes_table():
    rows = [[Paragraph(h, cellh) for h in C.TABLE_HEAD]]
    rows += [[Paragraph(c, cell) for c in r] for r in C.TABLE_ROWS]
    cw = W - LM - RM
    t = Table(rows, colWidths=[0.14 * cw, 0.2 * cw, 0.33 * cw, 0.33 * cw], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SAND]),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fb9be"))]))
    return t


COLW = (W - LM - RM - 6 * mm) / 2


def para(num, text):
    return Paragraph("<b>%s</b>&nbsp;&nbsp;%s" % (num, text), body)


def build_review():
    fn = os.path.join(HERE, "westmarsh-cspr-child-r-review.pdf")
    doc = Doc(fn, "Westmarsh CSPR: Child R", labels=[(0, "ROMAN_LOWER", 1), (4, "ARABIC", 1)])
    s = []
    # i cover
    s += [Spacer(1, 40 * mm), Paragraph(C.PARTNERSHIP, sub), Spacer(1, 8 * mm),
          Paragraph(C.TITLE, title), Spacer(1, 6 * mm),
          Paragraph("A nine-month-old girl with a fractured skull, December 2024", sub), Spacer(1, 30 * mm),
          Paragraph("Independent reviewer: Margaret Fenwick-Hale", sub),
          Paragraph("Report finalised: 30 May 2025", sub), Paragraph("Published: 8 July 2025", sub),
          Spacer(1, 30 * mm),
          Paragraph("FICTIONAL document prepared for testing. Every person, place and agency is invented.", sub),
          PageBreak()]
    # ii contents
    s += [Paragraph("Contents", h1)]
    toc = [("Foreword", "iii"), ("Glossary", "iv")] + [("%s  %s" % (n, t), "") for n, t, _ in C.SECTIONS]
    s += [Table([[Paragraph(a, body), Paragraph(b, body)] for a, b in toc], colWidths=[140 * mm, 20 * mm]),
          PageBreak()]
    # iii foreword
    s += [Paragraph("Foreword", h1)] + [Paragraph(t, body) for t in C.FRONT["foreword"]]
    s += [Spacer(1, 6 * mm), Paragraph("<i>%s</i>" % C.FRONT["foreword_sign"], body), PageBreak()]
    # iv glossary
    s += [Paragraph("Glossary", h1)]
    g = Table([[Paragraph("<b>%s</b>" % a, body), Paragraph(b, body)] for a, b in C.FRONT["glossary"]],
              colWidths=[30 * mm, 130 * mm])
    s += [g, NextPageTemplate("body"), PageBreak()]
    for num, head, items in C.SECTIONS:
        s.append(section_band(num, head))
        s.append(Spacer(1, 4 * mm))
        F = []
        tail = []
        for it in items:
            if it[0] == "p":
                F.append(para(it[1], it[2]))
            elif it[0] == "side":
                F.append(sidebar(it[1], it[2], COLW))
                F.append(Spacer(1, 5))
            elif it[0] == "quote":
                F.append(pullquote(it[1], COLW))
                F.append(Spacer(1, 5))
            elif it[0] == "table":
                tail = [Spacer(1, 3 * mm), Paragraph("<b>Table 1. Key episodes, 2024</b>", body),
                        episodes_table()]
        s.append(BalancedColumns(F, nCols=2, innerPadding=6 * mm, leftPadding=0, rightPadding=0,
                                 topPadding=0, bottomPadding=0, needed=60))
        s += tail
        s.append(Spacer(1, 6 * mm))
    s += [PageBreak(), section_band("A", "Appendix A: The review panel")]
    s += [Spacer(1, 5 * mm)]
    pt = Table([[Paragraph(c, cellh if i == 0 else cell) for c in r] for i, r in enumerate(C.PANEL)],
               colWidths=[0.32 * (W - LM - RM), 0.34 * (W - LM - RM), 0.34 * (W - LM - RM)])
    pt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SAND]),
                            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fb9be"))]))
    s += [pt, Spacer(1, 5 * mm), Paragraph(C.APPENDIX_NOTE, body)]
    doc.build(s)
    return fn


def build_summary():
    fn = os.path.join(HERE, "westmarsh-child-r-learning-summary.pdf")
    doc = Doc(fn, "Learning summary: Child R")
    hs = ParagraphStyle("hs", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=TEAL,
                        spaceBefore=4, spaceAfter=3)
    s = [Paragraph(C.SUMMARY_TITLE, title), Paragraph(C.PARTNERSHIP + " \u2014 July 2025", sub),
         Spacer(1, 6 * mm)]
    F = []
    for kind, text in C.SUMMARY:
        F.append(Paragraph(text, hs) if kind == "h" else Paragraph(text, body))
    s.append(BalancedColumns(F, nCols=2, innerPadding=6 * mm, leftPadding=0, rightPadding=0,
                             topPadding=0, bottomPadding=0))
    s.append(Spacer(1, 4 * mm))
    cw = W - LM - RM
    g = Table([[Paragraph(a, cellh if i == 0 else ParagraphStyle("gb", parent=cell, fontName="Helvetica-Bold")),
                Paragraph(b, cellh if i == 0 else cell)] for i, (a, b) in enumerate(C.GLANCE)],
              colWidths=[0.3 * cw, 0.7 * cw])
    g.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (-1, 0), TEAL),
                           ("BACKGROUND", (0, 1), (-1, -1), PALE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.white)]))
    s.append(g)
    doc.build(s)
    return fn


if __name__ == "__main__":
    for f in (build_review(), build_summary()):
        print("wrote", f)
