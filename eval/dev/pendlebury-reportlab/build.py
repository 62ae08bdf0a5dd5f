"""Build the FICTIONAL Merrowdale "Child R" development corpus (two PDFs) with reportlab.

Generator: reportlab (platypus). The review report uses a BaseDocTemplate with four PageTemplates:
'cover' and 'front' (one frame each, front matter numbered i, ii, iii), 'body' (two column Frames) and
'secstart' (a full-width heading Frame over two column Frames). Paragraph numbers are reportlab
bullets (bold, hanging in the column's left margin). Footnotes are zero-height marker flowables that
record their text on the page where they are drawn; the PageTemplate's onPageEnd callback draws them in
small type at the page foot. Pull quotes and the shaded sidebar are Table flowables inside a column.
/PageLabels are written with canvas.addPageLabel (i, ii, iii, then 1, 2, 3 ...). The learning briefing
is a one-column SimpleDocTemplate-style BaseDocTemplate. rl_config.invariant makes the output
byte-identical from run to run (fixed dates and document id).

Run:  /tmp/gen-pendlebury/bin/python eval/dev/pendlebury-reportlab/build.py
(needs: pip install reportlab pypdf). Everything in these documents is invented.
"""
from pathlib import Path
import sys

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, NextPageTemplate, PageBreak, FrameBreak, KeepTogether,
                                Flowable, CondPageBreak)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import content as C  # noqa: E402

REPORT = HERE / "merrowdale-cspr-child-r-report.pdf"
BRIEFING = HERE / "merrowdale-child-r-learning-briefing.pdf"

W, H = A4
TEAL = colors.HexColor("#0f5e63")
TEAL_LIGHT = colors.HexColor("#e3f0ef")
PLUM = colors.HexColor("#7a2d59")
GREY = colors.HexColor("#555555")

ML, MR, MT = 18 * mm, 18 * mm, 22 * mm
GUT = 8 * mm
FOOT_TOP = 40 * mm         # body frames stop here; footnotes drawn below
COLW = (W - ML - MR - GUT) / 2

S = {}
S["body"] = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.8, spaceAfter=6)
S["num"] = ParagraphStyle("num", parent=S["body"], leftIndent=25, bulletIndent=0,
                          bulletFontName="Helvetica-Bold", bulletFontSize=10)
S["listitem"] = ParagraphStyle("li", parent=S["body"], leftIndent=37, bulletIndent=26, spaceAfter=3)
S["sec"] = ParagraphStyle("sec", fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=TEAL,
                          spaceAfter=8)
S["seccol"] = ParagraphStyle("seccol", fontName="Helvetica-Bold", fontSize=14, leading=17, textColor=TEAL,
                             spaceBefore=8, spaceAfter=6)
S["sub"] = ParagraphStyle("sub", fontName="Helvetica-Bold", fontSize=10.5, leading=13, textColor=PLUM,
                          spaceBefore=6, spaceAfter=4)
S["pull"] = ParagraphStyle("pull", fontName="Times-Italic", fontSize=14, leading=18, textColor=PLUM)
S["pullby"] = ParagraphStyle("pullby", fontName="Helvetica", fontSize=7.5, leading=9, textColor=GREY)
S["sidehead"] = ParagraphStyle("sh", fontName="Helvetica-Bold", fontSize=10, leading=12.5, textColor=TEAL)
S["side"] = ParagraphStyle("side", fontName="Helvetica", fontSize=8.6, leading=11.2, spaceAfter=3)
S["cell"] = ParagraphStyle("cell", fontName="Helvetica", fontSize=7.8, leading=9.6)
S["cellh"] = ParagraphStyle("cellh", parent=S["cell"], fontName="Helvetica-Bold", textColor=colors.white)
S["fn"] = ParagraphStyle("fn", fontName="Helvetica", fontSize=7, leading=8.6, leftIndent=8, bulletIndent=0,
                         bulletFontSize=7)
S["cap"] = ParagraphStyle("cap", fontName="Helvetica-Bold", fontSize=8.5, leading=11, textColor=TEAL,
                          spaceAfter=3, spaceBefore=4)
S["title"] = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=30, leading=35, textColor=colors.white)
S["covsub"] = ParagraphStyle("covsub", fontName="Helvetica", fontSize=14, leading=19, textColor=colors.white)
S["covsmall"] = ParagraphStyle("covsmall", fontName="Helvetica", fontSize=10, leading=14)
S["fronth"] = ParagraphStyle("fronth", fontName="Helvetica-Bold", fontSize=18, leading=22, textColor=TEAL,
                             spaceAfter=10)
S["frontbody"] = ParagraphStyle("fb", fontName="Helvetica", fontSize=10.5, leading=15, spaceAfter=8)

SUPER = '<super><font size="6.5">%s</font></super>'
RUN_HEAD = "Merrowdale CSCP \u2013 Child Safeguarding Practice Review: Child R"
RUN_FOOT = "FICTIONAL \u2014 practice document. All people, places and agencies are invented."


SECPAGES = {}


class SecMark(Flowable):
    """Zero-size flowable: records the printed page number where a section starts (for the contents)."""
    def __init__(self, key):
        super().__init__()
        self.key = key
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return (0, 0)

    def draw(self):
        SECPAGES[self.key] = self.canv.getPageNumber()


class FootnoteMark(Flowable):
    """Zero-size flowable: records a footnote on the page where it is drawn."""
    def __init__(self, num, text, store):
        super().__init__()
        self.num, self.text, self.store = num, text, store
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return (0, 0)

    def draw(self):
        self.store.setdefault(self.canv.getPageNumber(), []).append((self.num, self.text))


FOOTNOTES = {}


def roman(n):
    return ["i", "ii", "iii", "iv", "v"][n - 1]


def draw_running(canv, doc, folio, header=True):
    canv.saveState()
    if header:
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(GREY)
        canv.drawString(ML, H - 12 * mm, RUN_HEAD)
        canv.drawRightString(W - MR, H - 12 * mm, "FICTIONAL")
        canv.setStrokeColor(TEAL)
        canv.setLineWidth(0.6)
        canv.line(ML, H - 14 * mm, W - MR, H - 14 * mm)
    canv.setFont("Helvetica", 7.5)
    canv.setFillColor(GREY)
    canv.drawString(ML, 10 * mm, RUN_FOOT)
    canv.setFont("Helvetica-Bold", 9)
    canv.setFillColor(TEAL)
    canv.drawRightString(W - MR, 10 * mm, folio)
    canv.restoreState()


def on_cover(canv, doc):
    canv.addPageLabel(0, "ROMAN_LOWER", 1)
    canv.saveState()
    canv.setFillColor(TEAL)
    canv.rect(0, H * 0.45, W, H * 0.55, stroke=0, fill=1)
    canv.setFillColor(PLUM)
    canv.rect(0, H * 0.45 - 6 * mm, W, 6 * mm, stroke=0, fill=1)
    canv.restoreState()
    draw_running(canv, doc, "", header=False)


def on_front(canv, doc):
    draw_running(canv, doc, roman(canv.getPageNumber()))


def on_body(canv, doc):
    n = canv.getPageNumber()
    if n == 4:
        canv.addPageLabel(3, "ARABIC", 1)
    draw_running(canv, doc, str(n - 3))


def on_body_end(canv, doc):
    notes = FOOTNOTES.get(canv.getPageNumber())
    if not notes:
        return
    canv.saveState()
    canv.setStrokeColor(GREY)
    canv.setLineWidth(0.4)
    canv.line(ML, FOOT_TOP - 3 * mm, ML + 45 * mm, FOOT_TOP - 3 * mm)
    y = FOOT_TOP - 5 * mm
    for num, text in notes:
        p = Paragraph(text, S["fn"], bulletText=num)
        _, h = p.wrap(W - ML - MR, 100 * mm)
        p.drawOn(canv, ML, y - h)
        y -= h + 1.5
    canv.restoreState()


def fmt(text, notes):
    # footnote markers go at the end of the sentence that carries them: we append them to the paragraph
    for num, _ in notes or []:
        text = text + SUPER % num
    return text


def pull(text, by):
    t = Table([[Paragraph(text, S["pull"])], [Paragraph(by.upper(), S["pullby"])]], colWidths=[COLW - 6])
    t.setStyle(TableStyle([("LINEBEFORE", (0, 0), (0, -1), 3, PLUM),
                           ("LINEABOVE", (0, 0), (0, 0), 0.6, PLUM),
                           ("LINEBELOW", (0, -1), (0, -1), 0.6, PLUM),
                           ("LEFTPADDING", (0, 0), (-1, -1), 9), ("TOPPADDING", (0, 0), (-1, -1), 6),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return KeepTogether([Spacer(1, 4), t, Spacer(1, 8)])


def sidebar(title, paras, width=COLW, style=None):
    rows = [[Paragraph(title, S["sidehead"])]] + [[Paragraph(p, style or S["side"])] for p in paras]
    t = Table(rows, colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TEAL_LIGHT),
                           ("LINEABOVE", (0, 0), (-1, 0), 2.5, TEAL),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return KeepTogether([Spacer(1, 4), t, Spacer(1, 8)])


def agency_table():
    rows = []
    for i, r in enumerate(C.AGENCY_TABLE):
        st = S["cellh"] if i == 0 else S["cell"]
        rows.append([Paragraph(c, st) for c in r])
    t = Table(rows, colWidths=[COLW * 0.33, COLW * 0.49, COLW * 0.18], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, TEAL_LIGHT]),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9bbcbc")),
                           ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return [Paragraph("Table 1: Agency involvement, 6 June 2023 to 22 January 2024", S["cap"]), t,
            Spacer(1, 8)]


def build_report():
    doc = BaseDocTemplate(str(REPORT), pagesize=A4, title="Child Safeguarding Practice Review: Child R (FICTIONAL)",
                          author="Merrowdale County Safeguarding Children Partnership (fictional)",
                          subject="FICTIONAL practice document", creator="reportlab build.py",
                          leftMargin=ML, rightMargin=MR, topMargin=MT, bottomMargin=FOOT_TOP)
    full = Frame(ML, 20 * mm, W - ML - MR, H - MT - 20 * mm, id="full")
    colh = H - MT - FOOT_TOP
    c1 = Frame(ML, FOOT_TOP, COLW, colh, id="c1", leftPadding=0, rightPadding=0)
    c2 = Frame(ML + COLW + GUT, FOOT_TOP, COLW, colh, id="c2", leftPadding=0, rightPadding=0)
    headh = 22 * mm
    top = Frame(ML, H - MT - headh, W - ML - MR, headh, id="top", leftPadding=0, rightPadding=0)
    s1 = Frame(ML, FOOT_TOP, COLW, colh - headh, id="s1", leftPadding=0, rightPadding=0)
    s2 = Frame(ML + COLW + GUT, FOOT_TOP, COLW, colh - headh, id="s2", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(ML + 6 * mm, 25 * mm, W - ML - MR - 12 * mm, H - 45 * mm, id="cov")],
                     onPage=on_cover),
        PageTemplate("front", [full], onPage=on_front),
        PageTemplate("body", [c1, c2], onPage=on_body, onPageEnd=on_body_end),
        PageTemplate("secstart", [top, s1, s2], onPage=on_body, onPageEnd=on_body_end),
        PageTemplate("wide", [Frame(ML, 20 * mm, W - ML - MR, H - MT - 20 * mm, id="wide",
                                    leftPadding=0, rightPadding=0)], onPage=on_body),
    ])
    st = []
    # cover
    st += [Spacer(1, 40 * mm),
           Paragraph("MERROWDALE COUNTY SAFEGUARDING CHILDREN PARTNERSHIP", S["covsub"]), Spacer(1, 10 * mm),
           Paragraph("Child Safeguarding Practice Review", S["title"]),
           Paragraph("Child R", S["title"]), Spacer(1, 8 * mm),
           Paragraph("A baby boy who suffered serious injuries in January 2024", S["covsub"]),
           Spacer(1, 78 * mm),
           Paragraph("Independent lead reviewer: Dr Helen Marwood", S["covsmall"]),
           Paragraph("Approved by the Partnership: 12 December 2024", S["covsmall"]),
           Paragraph("Published: 3 March 2025", S["covsmall"]), Spacer(1, 6 * mm),
           Paragraph("<b>FICTIONAL</b> \u2014 this is a practice document written to test software. Child R, his "
                     "family, Merrowdale and every agency and practitioner named are invented.", S["covsmall"]),
           NextPageTemplate("front"), PageBreak()]
    # foreword + contents (ii)
    st.append(Paragraph("Foreword", S["fronth"]))
    st += [Paragraph(p, S["frontbody"]) for p in C.FRONT_FOREWORD]
    st.append(Paragraph("<i>" + C.FOREWORD_SIGN + "</i>", S["frontbody"]))
    st.append(Spacer(1, 8 * mm))
    st.append(Paragraph("Contents", S["fronth"]))
    entries = [("Foreword", "ii"), ("The review at a glance", "iii")]
    for b in C.BODY:
        if b[0] == "sec":
            entries.append(("%s&nbsp;&nbsp;%s" % (b[1], b[2]), str(SECPAGES.get(b[1], 0) - 3)))
    entries.append(("Appendix A  Timeline of contacts", str(SECPAGES.get("A", 0) - 3)))
    crow = [[Paragraph(a, S["frontbody"]), Paragraph(b, S["frontbody"])] for a, b in entries]
    ct = Table(crow, colWidths=[120 * mm, 20 * mm])
    ct.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                            ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    st += [ct, PageBreak()]
    # at a glance (iii)
    st.append(Paragraph("The review at a glance", S["fronth"]))
    st.append(Paragraph("Child R was born on 3 November 2023 and was seriously injured on 22 January 2024. The "
                        "review period runs from 6 June 2023 to 22 January 2024. Practitioners are referred to by "
                        "the role codes below.", S["frontbody"]))
    rows = [[Paragraph(c, S["cellh"] if i == 0 else S["frontbody"]) for c in r] for i, r in enumerate(C.GLANCE_ROWS)]
    gt = Table(rows, colWidths=[22 * mm, 62 * mm, 90 * mm])
    gt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL),
                            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, TEAL_LIGHT]),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [gt, Spacer(1, 6 * mm),
           sidebar("Key dates", ["Rapid review: 29 January 2024", "Practitioner learning event: 14 May 2024",
                                 "Report approved: 12 December 2024"], width=W - ML - MR - 20 * mm)]
    st += [NextPageTemplate("body")]
    first = True
    for b in C.BODY:
        kind = b[0]
        if kind == "sec":
            _, num, title, fullw = b
            if fullw:
                st += [NextPageTemplate("secstart"), PageBreak(), SecMark(num),
                       Paragraph("%s&nbsp;&nbsp;%s" % (num, title), S["sec"]), FrameBreak(),
                       NextPageTemplate("body")]
            else:
                st += [CondPageBreak(40 * mm), SecMark(num), Paragraph("%s&nbsp;&nbsp;%s" % (num, title), S["seccol"])]
            first = False
        elif kind == "sub":
            st.append(CondPageBreak(25 * mm))
            st.append(Paragraph(b[1], S["sub"]))
        elif kind == "p":
            notes = b[3] if len(b) > 3 else []
            st.append(Paragraph(fmt(b[2], notes), S["num"], bulletText=b[1]))
            for n, t in notes:
                st.append(FootnoteMark(n, t, FOOTNOTES))
        elif kind == "text":
            st.append(Paragraph("<i>%s</i>" % b[1], S["body"]))
        elif kind == "list":
            for i, item in enumerate(b[1]):
                st.append(Paragraph(item, S["listitem"], bulletText="(%s)" % "abcdef"[i]))
        elif kind == "pull":
            st.append(pull(b[1], b[2]))
        elif kind == "side":
            st.append(sidebar(b[1], b[2]))
        elif kind == "table":
            st += agency_table()
    # appendix: full-width one-frame page
    st += [NextPageTemplate("wide"), PageBreak(), SecMark("A"),
           Paragraph("Appendix A&nbsp;&nbsp;Timeline of contacts", S["sec"]),
           Paragraph(C.APPENDIX_INTRO, S["body"]), Spacer(1, 3 * mm)]
    rows = [[Paragraph(c, S["cellh"] if i == 0 else S["cell"]) for c in r] for i, r in enumerate(C.APPENDIX)]
    at = Table(rows, colWidths=[22 * mm, 14 * mm, 34 * mm, W - ML - MR - 70 * mm], repeatRows=1)
    at.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL),
                            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, TEAL_LIGHT]),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9bbcbc"))]))
    st.append(at)
    FOOTNOTES.clear()
    doc.build(st)


# ------------------------------------------------------------------ briefing
B = {}
B["h"] = ParagraphStyle("bh", fontName="Helvetica-Bold", fontSize=14, leading=17, textColor=PLUM,
                        spaceBefore=12, spaceAfter=6)
B["t"] = ParagraphStyle("bt", fontName="Times-Roman", fontSize=12.5, leading=17.5, spaceAfter=9)
B["n"] = ParagraphStyle("bn", parent=B["t"], leftIndent=30, bulletIndent=0, bulletFontName="Helvetica-Bold",
                        bulletFontSize=16)
B["b"] = ParagraphStyle("bb", parent=B["t"], leftIndent=16, bulletIndent=4, spaceAfter=4)
B["q"] = ParagraphStyle("bq", parent=B["t"], fontName="Times-Italic", leftIndent=16, bulletIndent=4, spaceAfter=4)
B["box"] = ParagraphStyle("bbox", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=3)
B["cell"] = ParagraphStyle("bcell", fontName="Helvetica", fontSize=9.5, leading=12)
B["title"] = ParagraphStyle("btitle", fontName="Helvetica-Bold", fontSize=24, leading=28, textColor=colors.white)
B["stitle"] = ParagraphStyle("bst", fontName="Helvetica", fontSize=12, leading=15, textColor=colors.white)


def on_brief(canv, doc):
    canv.saveState()
    n = canv.getPageNumber()
    if n == 1:
        canv.setFillColor(PLUM)
        canv.rect(0, H - 58 * mm, W, 58 * mm, stroke=0, fill=1)
    else:
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(GREY)
        canv.drawString(25 * mm, H - 12 * mm, "Learning Briefing \u2013 Child R \u2013 Merrowdale CSCP")
        canv.drawRightString(W - 25 * mm, H - 12 * mm, "FICTIONAL")
    canv.setFont("Helvetica", 7.5)
    canv.setFillColor(GREY)
    canv.drawString(25 * mm, 10 * mm, RUN_FOOT)
    canv.drawRightString(W - 25 * mm, 10 * mm, "%d of 4" % n)
    canv.restoreState()


def build_briefing():
    doc = BaseDocTemplate(str(BRIEFING), pagesize=A4, title="Learning Briefing: Child R (FICTIONAL)",
                          author="Merrowdale County Safeguarding Children Partnership (fictional)",
                          subject="FICTIONAL practice document", creator="reportlab build.py")
    f1 = Frame(25 * mm, 20 * mm, W - 50 * mm, H - 86 * mm, id="b1")
    fh = Frame(25 * mm, H - 55 * mm, W - 50 * mm, 45 * mm, id="bh")
    f2 = Frame(25 * mm, 20 * mm, W - 50 * mm, H - 40 * mm, id="b2")
    doc.addPageTemplates([PageTemplate("first", [fh, f1], onPage=on_brief),
                          PageTemplate("rest", [f2], onPage=on_brief)])
    st = [Paragraph("Learning Briefing: Child R", B["title"]), Spacer(1, 4),
          Paragraph("Merrowdale County Safeguarding Children Partnership \u2013 March 2025", B["stitle"]),
          Paragraph("Key learning from the Child Safeguarding Practice Review \u2013 FICTIONAL", B["stitle"]),
          FrameBreak(), NextPageTemplate("rest")]
    for b in C.BRIEF:
        k = b[0]
        if k == "h":
            st += [CondPageBreak(30 * mm), Paragraph(b[1], B["h"])]
        elif k == "t":
            st.append(Paragraph(b[1], B["t"]))
        elif k == "n":
            st.append(Paragraph(b[2], B["n"], bulletText=b[1]))
        elif k == "b":
            st.append(Paragraph(b[1], B["b"], bulletText="\u2022"))
        elif k == "q":
            st.append(Paragraph(b[1], B["q"], bulletText="?"))
        elif k == "box":
            st.append(sidebar(b[1], b[2], width=W - 50 * mm - 10 * mm, style=B["box"]))
        elif k == "pb":
            st.append(PageBreak())
        elif k == "tl":
            rows = [[Paragraph(c, S["cellh"] if i == 0 else B["cell"]) for c in r] for i, r in enumerate(b[1])]
            t = Table(rows, colWidths=[40 * mm, W - 50 * mm - 42 * mm])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PLUM),
                                   ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, TEAL_LIGHT]),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            st += [t, Spacer(1, 6)]
    doc.build(st)


if __name__ == "__main__":
    build_report()      # pass 1 records where each section starts
    build_report()      # pass 2 prints the contents with those page numbers
    build_briefing()
    from pypdf import PdfReader
    for p in (REPORT, BRIEFING):
        print(p.name, len(PdfReader(str(p)).pages), "pages")
