"""Build the FICTIONAL Wrenbury and Holmsdale "Child J" corpus.

Generator: ReportLab platypus (BaseDocTemplate with several PageTemplates), then pypdf to add real
/PageLabels (i-iii for the front matter, 1... for the body) to the overview report.
All document text lives in content.py beside this file.

Run:  python3 -m venv /tmp/gen-wb && /tmp/gen-wb/bin/pip install pypdf reportlab
      /tmp/gen-wb/bin/python build.py
"""
import os
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_LEFT, TA_CENTER
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, NextPageTemplate, PageBreak, FrameBreak, Flowable, KeepTogether)
from pypdf import PdfReader, PdfWriter
import content as C

HERE = os.path.dirname(os.path.abspath(__file__))
REPORT = os.path.join(HERE, "wrenbury-lcspr-child-j-overview-report.pdf")
LETTER = os.path.join(HERE, "wrenbury-child-j-reviewer-covering-letter.pdf")
W, H = A4
LM, RM = 26 * mm, 16 * mm
GUT = 10 * mm
TW = W - LM - RM
LW = (TW - GUT) * 0.6
RW = TW - GUT - LW
TOP = H - 24 * mm
BOT = 22 * mm
FNZ = 17 * mm               # footnote zone at the foot of each column
GREY = colors.Color(0.45, 0.45, 0.45)
TEAL = colors.Color(0.05, 0.33, 0.38)
TINT = colors.Color(0.88, 0.94, 0.95)
FICT = "FICTIONAL \u2014 practice document, not a real review"

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=14.2, spaceAfter=6)
sub = ParagraphStyle("sub", fontName="Helvetica-Bold", fontSize=9, leading=12, spaceBefore=6, spaceAfter=3,
                     textColor=TEAL)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=4, spaceAfter=8,
                    textColor=TEAL)
quote = ParagraphStyle("quote", fontName="Times-Italic", fontSize=13, leading=17, textColor=TEAL,
                       spaceBefore=6, spaceAfter=10, borderColor=TEAL, borderWidth=0, leftIndent=4)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.6, leading=11)
cellh = ParagraphStyle("cellh", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)


def smallcaps(text, big=9, small=7):
    out = []
    for word in text.split(" "):
        if word[:1].isalpha() and word[:1].isupper():
            out.append('<font size="%s">%s</font><font size="%s">%s</font>' % (big, word[0], small, word[1:].upper()))
        else:
            out.append('<font size="%s">%s</font>' % (small, word.upper()))
    return " ".join(out)


class NumPara(Paragraph):
    """A paragraph whose number is printed in small grey type in the margin beside its first line."""
    def __init__(self, text, style, num=None, **kw):
        Paragraph.__init__(self, text, style, **kw)
        self.num = num

    def split(self, aW, aH):
        parts = Paragraph.split(self, aW, aH)
        for i, p in enumerate(parts):
            p.num = self.num if i == 0 else None
        return parts

    def draw(self):
        doc = self.canv._doctemplate
        doc.page_has_content = True
        if self.num:
            c = self.canv
            c.saveState()
            c.setFont("Helvetica", 7.5)
            c.setFillColor(GREY)
            c.drawRightString(-3.5 * mm, self.height - self.style.fontSize + 0.5, self.num)
            c.restoreState()
        Paragraph.draw(self)


class SectionMark(Flowable):
    def __init__(self, title):
        Flowable.__init__(self)
        self.title = title
        self.width = self.height = 0

    def wrap(self, aW, aH):
        return 0, 0

    def draw(self):
        doc = self.canv._doctemplate
        doc.cur_section = self.title
        if not doc.page_has_content:
            doc.page_section = self.title


class FootnoteAnchor(Flowable):
    def __init__(self, marker, text):
        Flowable.__init__(self)
        self.marker, self.text = marker, text

    def wrap(self, aW, aH):
        return 0, 0

    def draw(self):
        doc = self.canv._doctemplate
        doc.page_notes.append((doc.frame.id, self.marker, self.text))


class ReportDoc(BaseDocTemplate):
    def __init__(self, fn, **kw):
        BaseDocTemplate.__init__(self, fn, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=24 * mm,
                                 bottomMargin=BOT, title="Child J LCSPR overview report (FICTIONAL)",
                                 author="Wrenbury and Holmsdale SCP (fictional)", creator="ReportLab build.py",
                                 **kw)
        self.cur_section = ""
        self.page_section = ""
        self.page_has_content = False
        self.page_notes = []
        colh = TOP - BOT - FNZ
        L = lambda y, h: Frame(LM, y, LW, h, id="L", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        R = lambda y, h: Frame(LM + LW + GUT, y, RW, h, id="R", leftPadding=0, rightPadding=0, topPadding=0,
                               bottomPadding=0)
        full = lambda y, h, i: Frame(LM, y, TW, h, id=i, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        tbox = 60 * mm
        thead = 16 * mm
        self.addPageTemplates([
            PageTemplate("cover", [full(BOT, TOP - BOT, "C")], onPage=self.cover_page),
            PageTemplate("front", [full(BOT, TOP - BOT, "F")], onPage=self.page_start, onPageEnd=self.page_end),
            PageTemplate("first", [full(TOP - tbox, tbox, "T"), L(BOT + FNZ, colh - tbox - 4 * mm),
                                   R(BOT + FNZ, colh - tbox - 4 * mm)], onPage=self.page_start,
                         onPageEnd=self.page_end),
            PageTemplate("body", [L(BOT + FNZ, colh), R(BOT + FNZ, colh)], onPage=self.page_start,
                         onPageEnd=self.page_end),
            PageTemplate("sect", [full(TOP - thead, thead, "T"), L(BOT + FNZ, colh - thead - 2 * mm),
                                  R(BOT + FNZ, colh - thead - 2 * mm)], onPage=self.page_start,
                         onPageEnd=self.page_end),
            PageTemplate("wide", [full(BOT + 4 * mm, TOP - BOT - 4 * mm, "W")], onPage=self.page_start,
                         onPageEnd=self.page_end),
        ])

    def folio(self):
        n = self.page
        return ["i", "ii", "iii"][n - 1] if n <= 3 else str(n - 3)

    def cover_page(self, c, doc):
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, H - 120 * mm, W, 120 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(LM, H - 30 * mm, C.PARTNERSHIP)
        c.setFont("Helvetica-Bold", 30)
        c.drawString(LM, H - 65 * mm, "Child J")
        c.setFont("Helvetica", 16)
        c.drawString(LM, H - 77 * mm, "Local Child Safeguarding Practice Review")
        c.drawString(LM, H - 86 * mm, "Overview report")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 11)
        c.drawString(LM, H - 140 * mm, "Lead reviewer: Dr Alys Pennant")
        c.drawString(LM, H - 147 * mm, "Agreed by the partnership board: 19 October 2023")
        c.drawString(LM, H - 154 * mm, "Published: November 2023")
        c.setFont("Helvetica-Bold", 10)
        c.setFillColor(colors.red)
        c.drawString(LM, 40 * mm, "FICTIONAL: every person, place and agency in this document is invented.")
        c.setFillColor(GREY)
        c.setFont("Helvetica", 8)
        c.drawString(LM, BOT, FICT)
        c.drawRightString(W - RM, BOT, "i")
        c.restoreState()

    def page_start(self, c, doc):
        self.page_section = self.cur_section
        self.page_has_content = False
        self.page_notes = []
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(GREY)
        f = self.folio()
        odd = self.page > 3 and int(f) % 2 == 1
        c.drawString(LM, 12 * mm, FICT)
        if odd:
            c.drawRightString(W - RM, 12 * mm, f)
        else:
            c.drawString(LM - 12 * mm, 12 * mm, f)
        c.restoreState()

    def page_end(self, c, doc):
        c.saveState()
        # footnotes, collected at the foot of the column in which they were anchored
        byframe = {}
        for fid, m, t in self.page_notes:
            byframe.setdefault("R" if fid == "R" else "L", []).append((m, t))
        st = ParagraphStyle("fn", fontName="Times-Roman", fontSize=7.2, leading=8.6)
        for fid, notes in byframe.items():
            x, w = (LM, LW) if fid == "L" else (LM + LW + GUT, RW)
            y = BOT + FNZ - 3 * mm
            c.setStrokeColor(GREY)
            c.setLineWidth(0.4)
            c.line(x, y + 1.5 * mm, x + 25 * mm, y + 1.5 * mm)
            for m, t in notes:
                p = Paragraph("<super>%s</super> %s" % (m, t), st)
                pw, ph = p.wrap(w, 100)
                p.drawOn(c, x, y - ph)
                y -= ph + 1.5
        # running header: report title on even folios, section title on odd folios
        if self.page > 3:
            f = int(self.folio())
            c.setFont("Helvetica", 8)
            c.setFillColor(TEAL)
            if f % 2 == 0:
                c.drawString(LM, H - 15 * mm, C.TITLE)
            else:
                c.drawRightString(W - RM, H - 15 * mm, self.page_section)
            c.setStrokeColor(TEAL)
            c.setLineWidth(0.5)
            c.line(LM, H - 17 * mm, W - RM, H - 17 * mm)
        c.restoreState()


def case_summary():
    rows = [[Paragraph("<b>Case summary</b>", ParagraphStyle("cs", parent=cell, fontSize=11, leading=14,
                                                              textColor=TEAL)), ""]]
    for k, v in C.CASE_SUMMARY:
        rows.append([Paragraph("<b>%s</b>" % k, cell), Paragraph(v, cell)])
    t = Table(rows, colWidths=[35 * mm, TW - 35 * mm])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), TINT), ("BOX", (0, 0), (-1, -1), 1.2, TEAL),
        ("SPAN", (0, 0), (1, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
    ]))
    return t


def pull_quote(text):
    t = Table([[Paragraph(text, quote)]], colWidths=[RW])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 2, TEAL), ("LINEBELOW", (0, 0), (-1, -1), 2, TEAL),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def chronology():
    rows = [[Paragraph("Date", cellh), Paragraph("Agency", cellh), Paragraph("Event", cellh)]]
    for d, a, e in C.CHRONO:
        rows.append([Paragraph(d, cell), Paragraph(a, cell), Paragraph(e, cell)])
    t = Table(rows, colWidths=[24 * mm, 38 * mm, TW - 62 * mm], repeatRows=1)
    st = [("BACKGROUND", (0, 0), (-1, 0), TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("GRID", (0, 0), (-1, -1), 0.4, GREY), ("TOPPADDING", (0, 0), (-1, -1), 6),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
    for i in range(2, len(rows), 2):
        st.append(("BACKGROUND", (0, i), (-1, i), TINT))
    t.setStyle(TableStyle(st))
    return t


def items(lst):
    out = []
    for it in lst:
        if it[0] == "p":
            out.append(NumPara(it[2], body, num=it[1] or None))
        elif it[0] == "h":
            out.append(Paragraph(smallcaps(it[1]), sub))
        elif it[0] == "q":
            out.append(pull_quote(it[1]))
        elif it[0] == "fn":
            out.append(FootnoteAnchor(it[1], it[2]))
    return out


def build_report():
    doc = ReportDoc(REPORT)
    s = [NextPageTemplate("front"), PageBreak()]
    s.append(Paragraph("Contents", h1))
    for name, pg in C.CONTENTS:
        s.append(Paragraph('%s <font color="#777777">. . . . . %s</font>' % (name, pg), body))
    s.append(Spacer(1, 10 * mm))
    s.append(Paragraph("Abbreviations", h1))
    for a in ["DASH: domestic abuse, stalking and harassment risk checklist",
              "MASH: multi-agency safeguarding hub", "PICU: paediatric intensive care unit",
              "WHSCP: Wrenbury and Holmsdale Safeguarding Children Partnership"]:
        s.append(Paragraph(a, body))
    s += [PageBreak(), SectionMark("Foreword"), Paragraph("Foreword by the independent scrutineer", h1)]
    s += [Paragraph(t, body) for t in C.FOREWORD]
    for num, title, mode, its in C.SECTIONS:
        head = [SectionMark("%s %s" % (num, title)), Paragraph("%s&nbsp;&nbsp;%s" % (num, title), h1)]
        if mode == "first":
            s += [NextPageTemplate("first"), PageBreak(), NextPageTemplate("body"), case_summary(), FrameBreak()]
            s += head + items(its)
        elif mode == "newpage":
            s += [NextPageTemplate("sect"), PageBreak(), NextPageTemplate("body")] + head + [FrameBreak()] + items(its)
        elif mode == "chrono":
            s += [NextPageTemplate("wide"), PageBreak()] + head
            s.append(NumPara("The table below sets out the key events that the review identified from agency "
                             "records. Dates are given as recorded; clock times use the 24-hour clock. It is a "
                             "summary, not a full record of every contact.", body, num="4.1"))
            s.append(chronology())
        else:
            s += head + items(its)
    # Appendix A: full-width page
    s += [NextPageTemplate("wide"), PageBreak(), SectionMark("Appendix A Agencies and review panel"),
          Paragraph("Appendix A&nbsp;&nbsp;Agencies and review panel", h1),
          Paragraph("The following agencies provided information to the review.", body)]
    rows = [[Paragraph(a, cellh if i == 0 else cell), Paragraph(b, cellh if i == 0 else cell)]
            for i, (a, b) in enumerate(C.APPENDIX_AGENCIES)]
    t = Table(rows, colWidths=[TW * 0.6, TW * 0.4], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.4, GREY),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s += [t, Spacer(1, 8 * mm), Paragraph(smallcaps("The review panel"), sub),
          Paragraph("The panel was made up of the following members:", body)]
    s += [Paragraph("- " + m, body) for m in C.PANEL]
    s.append(Paragraph("The lead reviewer, Dr Alys Pennant, attended every panel meeting but was not a member "
                       "of the panel. She has no current or past connection with any agency in Wrenbury or "
                       "Holmsdale.", body))
    doc.build(s)
    # real page labels: i-iii then 1...
    r = PdfReader(REPORT)
    w = PdfWriter(clone_from=r)
    w.set_page_label(0, 2, style="/r", start=1)
    w.set_page_label(3, len(r.pages) - 1, style="/D", start=1)
    with open(REPORT, "wb") as fh:
        w.write(fh)


def build_letter():
    from reportlab.platypus import SimpleDocTemplate

    def lp(c, doc):
        c.saveState()
        if doc.page == 1:
            c.setFillColor(TEAL)
            c.setFont("Helvetica-Bold", 14)
            c.drawString(LM, H - 22 * mm, "Dr Alys Pennant")
            c.setFont("Helvetica", 9)
            c.drawString(LM, H - 28 * mm, "Independent Safeguarding Reviewer  |  14 Tanner's Row, Castlemoor CM4 2JD")
            c.setStrokeColor(TEAL)
            c.line(LM, H - 31 * mm, W - RM, H - 31 * mm)
        else:
            c.setFont("Helvetica", 8)
            c.setFillColor(GREY)
            c.drawString(LM, H - 15 * mm, "Child J review: covering letter to the chair, continued")
        c.setFont("Helvetica", 7.5)
        c.setFillColor(GREY)
        c.drawString(LM, 12 * mm, FICT)
        c.drawRightString(W - RM, 12 * mm, "Page %d of 2" % doc.page)
        c.restoreState()

    lbody = ParagraphStyle("lb", parent=body, fontSize=11, leading=15, spaceAfter=9)
    doc = SimpleDocTemplate(LETTER, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=38 * mm,
                            bottomMargin=25 * mm, title="Covering letter, Child J review (FICTIONAL)",
                            author="Dr Alys Pennant (fictional)", creator="ReportLab build.py")
    meta = [["Date:", "2 October 2023"], ["Our ref:", "AP/WHSCP/J-07"],
            ["To:", "Ms Bronwen Astley, Independent Scrutineer and Chair, Wrenbury and Holmsdale Safeguarding "
                    "Children Partnership"],
            ["From:", "Dr Alys Pennant, lead reviewer, Child J local child safeguarding practice review"],
            ["Status:", "FICTIONAL \u2014 official sensitive until publication"]]
    t = Table([[Paragraph("<b>%s</b>" % a, lbody), Paragraph(b, lbody)] for a, b in meta],
              colWidths=[22 * mm, TW - 22 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s = [t, Spacer(1, 6 * mm)] + [Paragraph(x, lbody) for x in C.LETTER_P1] + [PageBreak()]
    s += [Paragraph(x, lbody) for x in C.LETTER_P2]
    s += [Paragraph('<font name="Times-Italic" size="16">Alys Pennant</font>', lbody),
          Paragraph("Dr Alys Pennant<br/>Independent reviewer", lbody),
          Spacer(1, 4 * mm),
          Paragraph("Enc. Final overview report (version 4.2)<br/>cc. Head of safeguarding, Holmsdale Police "
                    "(review panel chair); partnership business manager", lbody)]
    doc.build(s, onFirstPage=lp, onLaterPages=lp)


if __name__ == "__main__":
    build_report()
    build_letter()
    for f in (REPORT, LETTER):
        print(f, len(PdfReader(f).pages), "pages")
