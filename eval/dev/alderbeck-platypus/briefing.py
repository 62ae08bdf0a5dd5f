"""The FICTIONAL Child H learning briefing: one column, large coloured headings, 3 pages."""
import io

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, ListFlowable, ListItem)

import content as C

W, H = A4
PLUM = colors.HexColor("#5a2d6b")
ORANGE = colors.HexColor("#e07b24")
GREEN = colors.HexColor("#2e7d5b")
LIGHT = colors.HexColor("#f3edf6")
INK = colors.HexColor("#222222")
LM = 86
FW = W - LM - 56

ST = {
    "kicker": ParagraphStyle("k", fontName="Helvetica-Bold", fontSize=10, leading=12,
                             textColor=ORANGE, spaceAfter=4),
    "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=30, leading=34,
                            textColor=PLUM, spaceAfter=8),
    "sub": ParagraphStyle("s", fontName="Helvetica", fontSize=12.5, leading=16, textColor=INK,
                          spaceAfter=16),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=21, leading=25, textColor=PLUM,
                         spaceBefore=10, spaceAfter=8),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13.5, leading=17,
                         textColor=ORANGE, spaceBefore=8, spaceAfter=3),
    "body": ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14.5, textColor=INK,
                           spaceAfter=7, alignment=TA_LEFT),
    "cell": ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11.5),
    "cellb": ParagraphStyle("cb", fontName="Helvetica-Bold", fontSize=9, leading=11.5,
                            textColor=PLUM),
    "num": ParagraphStyle("n", fontName="Helvetica-Bold", fontSize=30, leading=32,
                          textColor=colors.white, alignment=1),
    "dohead": ParagraphStyle("dh", fontName="Helvetica-Bold", fontSize=13, leading=16,
                             textColor=GREEN, spaceAfter=2),
    "dobody": ParagraphStyle("db", fontName="Helvetica", fontSize=10.3, leading=14),
}


def on_page(canv, doc):
    canv.saveState()
    canv.setFillColor(PLUM)
    canv.rect(0, 0, 40, H, stroke=0, fill=1)
    canv.setFillColor(ORANGE)
    canv.rect(40, 0, 6, H, stroke=0, fill=1)
    canv.saveState()
    canv.translate(26, 60)
    canv.rotate(90)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 10)
    canv.drawString(0, 0, "LEARNING BRIEFING  \u00b7  " + C.PARTNERSHIP.upper())
    canv.restoreState()
    canv.setFont("Helvetica", 7.5)
    canv.setFillColor(colors.HexColor("#666666"))
    canv.drawString(LM, 28, "FICTIONAL \u2014 learning briefing for evaluation only. "
                            "Invented case; no real child or agency.")
    canv.setFont("Helvetica-Bold", 8.5)
    canv.setFillColor(PLUM)
    canv.drawRightString(W - 56, 28, "Page %d of 3" % doc.page)
    canv.restoreState()


def facts_table():
    rows = [[Paragraph(k, ST["cellb"]), Paragraph(v, ST["cell"])] for k, v in C.BRIEF_FACTS]
    t = Table(rows, colWidths=[120, 210], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
        ("LINEBELOW", (0, 0), (-1, -2), 0.6, colors.white),
        ("BOX", (0, 0), (-1, -1), 0.8, PLUM),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def dates_table():
    rows = [[Paragraph(d, ST["cellb"]), Paragraph(e, ST["cell"])] for d, e in C.BRIEF_DATES]
    t = Table(rows, colWidths=[110, FW - 110], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#d9c9e0")),
        ("LINEBEFORE", (0, 0), (0, -1), 3, ORANGE),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


def quote_box():
    st = ParagraphStyle("q", fontName="Helvetica-BoldOblique", fontSize=13, leading=17,
                        textColor=colors.white)
    t = Table([[Paragraph(C.BRIEF_QUOTE, st)]], colWidths=[FW])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PLUM),
                           ("LEFTPADDING", (0, 0), (-1, -1), 14),
                           ("TOPPADDING", (0, 0), (-1, -1), 10),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 12)]))
    return t


def recs_table():
    head = [Paragraph("<font color='white'>%s</font>" % x, ST["cellb"]) for x in ("", "Recommendation", "Lead")]
    rows = [head] + [[Paragraph(str(i), ST["cellb"]), Paragraph(r, ST["cell"]), Paragraph(l, ST["cell"])]
                     for i, (r, l) in enumerate(C.BRIEF_RECS, start=1)]
    t = Table(rows, colWidths=[22, FW - 22 - 150, 150], hAlign="LEFT")
    st = [("BACKGROUND", (0, 0), (-1, 0), PLUM), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#d9c9e0")),
          ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]
    t.setStyle(TableStyle(st))
    return t


def do_list():
    rows = []
    for i, (head, body) in enumerate(C.BRIEF_DO, start=1):
        rows.append([Paragraph(str(i), ST["num"]),
                     [Paragraph(head, ST["dohead"]), Paragraph(body, ST["dobody"])]])
    t = Table(rows, colWidths=[46, FW - 46])
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LEFTPADDING", (1, 0), (1, -1), 12),
          ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]
    for i in range(len(rows)):
        st.append(("BACKGROUND", (0, i), (0, i), GREEN))
        st.append(("LINEBELOW", (1, i), (1, i), 0.6, colors.HexColor("#b8d8c9")))
    t.setStyle(TableStyle(st))
    return t


def build():
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, title="Learning briefing: Child H",
                          author=C.PARTNERSHIP, invariant=1)
    frame = Frame(LM, 56, FW, H - 56 - 50, id="one", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="brief", frames=[frame], onPage=on_page)])
    s = []
    s.append(Paragraph("LEARNING BRIEFING \u00b7 PUBLISHED JUNE 2024", ST["kicker"]))
    s.append(Paragraph(C.BRIEF_TITLE, ST["title"]))
    s.append(Paragraph(C.BRIEF_SUB, ST["sub"]))
    s.append(Paragraph("About the review", ST["h1"]))
    for p in C.BRIEF_ABOUT:
        s.append(Paragraph(p, ST["body"]))
    s.append(Paragraph("The review at a glance", ST["h2"]))
    s.append(Spacer(1, 4))
    s.append(facts_table())
    s.append(Spacer(1, 14))
    s.append(Paragraph("This briefing summarises the review for busy practitioners. It does not "
                       "replace the full report, which sets out the evidence for each finding and "
                       "the Partnership's response.", ST["body"]))
    s.append(PageBreak())
    s.append(Paragraph("What happened: key dates", ST["h1"]))
    s.append(dates_table())
    s.append(Spacer(1, 6))
    s.append(Paragraph("What we learned", ST["h1"]))
    for head, body in C.BRIEF_LEARNING:
        s.append(Paragraph(head, ST["h2"]))
        s.append(Paragraph(body, ST["body"]))
    s.append(PageBreak())
    s.append(Paragraph("What to do", ST["h1"]))
    s.append(Paragraph("Three things every practitioner can do from tomorrow:", ST["body"]))
    s.append(do_list())
    s.append(Spacer(1, 10))
    s.append(quote_box())
    s.append(Paragraph("The seven recommendations in brief", ST["h2"]))
    s.append(recs_table())
    s.append(Paragraph("Questions for supervision", ST["h2"]))
    s.append(ListFlowable([ListItem(Paragraph(q, ST["body"]), leftIndent=14, value="circle")
                           for q in C.BRIEF_SUPERVISION], bulletType="bullet", start="circle",
                          bulletColor=ORANGE, leftIndent=14))
    s.append(Paragraph("Find out more", ST["h2"]))
    s.append(Paragraph(C.BRIEF_CONTACT, ST["body"]))
    doc.build(s)
    return buf.getvalue()
