"""Build the FICTIONAL Inverlaw "Child K" Learning Review development corpus (two PDFs).

Generator: ReportLab platypus (BaseDocTemplate with several PageTemplates), no other tools.
The text lives in content.py beside this file. Everything is invented.

  * inverlaw-learning-review-child-k.pdf: portrait A4 cover, then landscape A4 pages. Front
    matter carries roman folios (ii, iii); the body restarts at arabic 1 and is set in THREE
    text columns (three Frames per page). Numbered paragraphs ("5.12") flow from column to
    column and over page breaks; some have a bold run-in heading after the number. Footnote
    markers are superscripts; each footnote is drawn in small type at the foot of the column in
    which its marker was drawn (found with a <onDraw> paragraph callback and drawn by the page
    template's onPageEnd). A pull quote sits in a coloured box inside a column, a key-facts
    panel is on page iii and the chronology (Appendix A) is a wrapped-cell table in a single
    full-width frame. /PageLabels are set (i-iii, then 1...). The contents page numbers come
    from a first pass of the build.
  * inverlaw-child-k-briefing-for-practitioners.pdf: portrait A4, 2-3 pages.

Every page carries "FICTIONAL" in its running header or footer.

Run (ReportLab 4.x/5.x, pypdf only for the checker):
    python3 -m venv /tmp/gen-inverlaw && /tmp/gen-inverlaw/bin/pip install pypdf reportlab
    /tmp/gen-inverlaw/bin/python eval/dev/inverlaw-learning/build.py
The build is deterministic (reportlab invariant mode, fixed metadata).
"""
import sys
from collections import defaultdict
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFPageLabel
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, FrameBreak, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import content as C  # noqa: E402

REPORT_PDF = HERE / "inverlaw-learning-review-child-k.pdf"
BRIEFING_PDF = HERE / "inverlaw-child-k-briefing-for-practitioners.pdf"

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("Serif", "DejaVuSerif.ttf"), ("Serif-Bold", "DejaVuSerif-Bold.ttf"),
                 ("Serif-Italic", "DejaVuSerif-Italic.ttf"), ("Serif-BoldItalic", "DejaVuSerif-BoldItalic.ttf"),
                 ("Sans", "DejaVuSans.ttf"), ("Sans-Bold", "DejaVuSans-Bold.ttf"),
                 ("Sans-Oblique", "DejaVuSans-Oblique.ttf"), ("Sans-BoldOblique", "DejaVuSans-BoldOblique.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FONTDIR + fn))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic",
                              boldItalic="Serif-BoldItalic")
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Oblique",
                              boldItalic="Sans-BoldOblique")

TEAL = colors.HexColor("#0f5c63")
TEAL_LIGHT = colors.HexColor("#dcecec")
SAND = colors.HexColor("#f4ead7")
GREY = colors.HexColor("#555555")

RUN_FOOT = "FICTIONAL \u2014 practice document \u2014 Inverlaw Child Protection Committee"
RUN_HEAD = "Learning Review Report: Child K"

S = dict(
    body=ParagraphStyle("body", fontName="Serif", fontSize=10.2, leading=14.6, spaceAfter=6.5, alignment=TA_LEFT),
    h1=ParagraphStyle("h1", fontName="Sans-Bold", fontSize=14, leading=18, textColor=TEAL, spaceBefore=8,
                      spaceAfter=6, keepWithNext=1),
    fn=ParagraphStyle("fn", fontName="Serif", fontSize=7, leading=8.6),
    quote=ParagraphStyle("quote", fontName="Sans-Oblique", fontSize=12.5, leading=17, textColor=TEAL),
    quote_by=ParagraphStyle("quote_by", fontName="Sans", fontSize=8, leading=10, textColor=GREY, spaceBefore=4),
    cell=ParagraphStyle("cell", fontName="Sans", fontSize=8.6, leading=10.8),
    cellb=ParagraphStyle("cellb", fontName="Sans-Bold", fontSize=8.6, leading=10.8, textColor=colors.white),
    small=ParagraphStyle("small", fontName="Sans", fontSize=9, leading=12),
    big=ParagraphStyle("big", fontName="Sans-Bold", fontSize=20, leading=24, textColor=TEAL),
    toc=ParagraphStyle("toc", fontName="Sans", fontSize=10.5, leading=17),
    fw=ParagraphStyle("fw", fontName="Serif", fontSize=10.5, leading=15.5, spaceAfter=8),
)


def fn_markup(text):
    """[[fnN]] -> superscript number plus an onDraw callback that records where it was drawn."""
    import re
    return re.sub(r"\[\[fn(\d+)\]\]", r'<super>\1</super><onDraw name="fnmark" label="\1"/>', text)


# ------------------------------------------------------------------------------------------
# The report
# ------------------------------------------------------------------------------------------
class ReportDoc(BaseDocTemplate):
    def __init__(self, path, heading_pages, **kw):
        super().__init__(str(path), pagesize=landscape(A4), title="Learning Review Report: Child K (FICTIONAL)",
                         author="Inverlaw Child Protection Committee (FICTIONAL)",
                         subject="FICTIONAL practice document", creator="ReportLab platypus", **kw)
        self.heading_pages = heading_pages      # filled in during this pass
        self.fn_hits = defaultdict(list)        # (page, frame id) -> footnote labels
        W, H = landscape(A4)
        self.W, self.H = W, H
        PW, PH = A4
        lm = rm = 36
        gut = 18
        colw = (W - lm - rm - 2 * gut) / 3
        self.colw = colw
        top = H - 54
        self.fn_zone = 74
        bottom = 36 + self.fn_zone
        cols = [Frame(lm + i * (colw + gut), bottom, colw, top - bottom, id="c%d" % (i + 1),
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0) for i in range(3)]
        wide = [Frame(lm, 40, W - lm - rm, top - 40, id="wide", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)]
        front2 = [Frame(lm, 52, colw, top - 52, id="toc", leftPadding=0, rightPadding=0, topPadding=0,
                        bottomPadding=0),
                  Frame(lm + colw + gut, 52, 2 * colw + gut, top - 52, id="fw", leftPadding=0,
                        rightPadding=0, topPadding=0, bottomPadding=0)]
        cover = [Frame(50, 60, PW - 100, PH - 120, id="cover")]
        self.addPageTemplates([
            PageTemplate("cover", cover, onPage=self.on_cover, pagesize=A4),
            PageTemplate("front2", front2, onPage=self.on_front, pagesize=landscape(A4)),
            PageTemplate("front", wide, onPage=self.on_front, pagesize=landscape(A4)),
            PageTemplate("body", cols, onPage=self.on_body, onPageEnd=self.on_body_end, pagesize=landscape(A4)),
            PageTemplate("wide", wide, onPage=self.on_body, pagesize=landscape(A4)),
        ])

    # -- page furniture -------------------------------------------------------------------
    def _fnmark(self, canv, kind, label):
        self.fn_hits[(canv.getPageNumber(), self.frame.id)].append(label)

    def on_cover(self, canv, doc):
        canv.setNamedCB("fnmark", self._fnmark)
        canv.addPageLabel(0, "ROMAN_LOWER", 1)
        canv.addPageLabel(3, "ARABIC", 1)
        PW, PH = A4
        canv.saveState()
        canv.setFillColor(TEAL)
        canv.rect(0, PH - 330, PW, 330, stroke=0, fill=1)
        canv.setFillColor(SAND)
        canv.rect(0, 0, PW, 70, stroke=0, fill=1)
        canv.setFillColor(GREY)
        canv.setFont("Sans", 8)
        canv.drawCentredString(PW / 2, 30, RUN_FOOT)
        canv.restoreState()

    def _head_foot(self, canv, folio):
        W, H = self.W, self.H
        canv.saveState()
        canv.setStrokeColor(TEAL)
        canv.setLineWidth(0.6)
        canv.line(36, H - 40, W - 36, H - 40)
        canv.setFont("Sans-Bold", 8)
        canv.setFillColor(TEAL)
        canv.drawString(36, H - 34, RUN_HEAD)
        canv.setFont("Sans", 8)
        canv.setFillColor(GREY)
        canv.drawRightString(W - 36, H - 34, "FICTIONAL")
        canv.drawString(36, 20, RUN_FOOT)
        canv.setFont("Sans-Bold", 9)
        canv.setFillColor(colors.black)
        canv.drawRightString(W - 36, 20, folio)
        canv.restoreState()

    def on_front(self, canv, doc):
        romans = {2: "ii", 3: "iii", 4: "iv"}
        self._head_foot(canv, romans.get(canv.getPageNumber(), "?"))

    def on_body(self, canv, doc):
        canv.setNamedCB("fnmark", self._fnmark)
        self._head_foot(canv, str(canv.getPageNumber() - 3))

    def on_body_end(self, canv, doc):
        page = canv.getPageNumber()
        for fr in self.pageTemplate.frames:
            labels = self.fn_hits.get((page, fr.id))
            if not labels:
                continue
            y = fr._y1 - 8
            canv.saveState()
            canv.setStrokeColor(GREY)
            canv.setLineWidth(0.4)
            canv.line(fr._x1, y, fr._x1 + 50, y)
            canv.restoreState()
            y -= 3
            for lab in labels:
                p = Paragraph("<super>%s</super> %s" % (lab, C.FOOTNOTES[lab]), S["fn"])
                w, h = p.wrap(fr._width, 200)
                p.drawOn(canv, fr._x1, y - h)
                y -= h + 2
            if y < 34:
                raise SystemExit("footnotes overflow the column foot on page %d" % page)

    def afterFlowable(self, fl):
        key = getattr(fl, "_heading_key", None)
        if key:
            self.heading_pages[key] = self.page


def report_story(toc_pages):
    st = []
    PW, PH = A4
    # cover
    cs = lambda **k: ParagraphStyle("c", **{**dict(fontName="Sans", textColor=colors.white, alignment=TA_LEFT), **k})
    st += [Spacer(1, 20),
           Paragraph("INVERLAW CHILD PROTECTION COMMITTEE", cs(fontSize=11, leading=14)),
           Spacer(1, 40),
           Paragraph("Learning Review Report", cs(fontName="Sans-Bold", fontSize=30, leading=36)),
           Paragraph("Child K", cs(fontName="Sans-Bold", fontSize=44, leading=52, textColor=SAND)),
           Spacer(1, 12),
           Paragraph("formerly known as a Significant Case Review", cs(fontSize=11, leading=14)),
           Spacer(1, 150)]
    dark = ParagraphStyle("d", fontName="Sans", fontSize=11, leading=17, textColor=colors.black)
    st += [Paragraph("<b>Lead reviewer:</b> Dr Morag Tennant, independent reviewer", dark),
           Paragraph("<b>Approved by the Committee:</b> 20 October 2025", dark),
           Paragraph("<b>Published:</b> 1 December 2025", dark),
           Spacer(1, 20),
           Paragraph("FICTIONAL DOCUMENT. Inverlaw, its Child Protection Committee, Child K, his family, the "
                     "practitioners and every agency named in this report are invented for testing purposes. "
                     "No real person or case is described.",
                     ParagraphStyle("n", fontName="Sans-Oblique", fontSize=9, leading=12, textColor=GREY)),
           NextPageTemplate("front2"), PageBreak()]
    # page ii: contents + foreword
    st.append(Paragraph("Contents", S["h1"]))
    for label, pg in C.CONTENTS:
        key = label.split("  ")[0]
        pg = toc_pages.get(key, pg)
        st.append(Paragraph('%s <font color="#0f5c63"><b>%s</b></font>' % (label, pg), S["toc"]))
    st += [FrameBreak(), Paragraph("Foreword by the Chair", S["h1"])]
    for i, t in enumerate(C.FOREWORD):
        st.append(Paragraph(("<i>%s</i>" % t) if i == len(C.FOREWORD) - 1 else t, S["fw"]))
    st += [NextPageTemplate("front"), PageBreak()]
    # page iii: key facts and role codes
    st.append(Paragraph("Key facts", S["h1"]))
    cells = []
    for big, small in C.KEY_FACTS:
        cells.append([Paragraph(big, S["big"]), Paragraph(small, S["small"])])
    rows = [cells[0:4], cells[4:8]]
    W = landscape(A4)[0] - 72
    kf = Table(rows, colWidths=[W / 4] * 4)
    kf.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SAND), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
                            ("LINEBELOW", (0, 0), (-1, 0), 2, colors.white),
                            ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                            ("LEFTPADDING", (0, 0), (-1, -1), 10)]))
    st += [kf, Spacer(1, 14), Paragraph("Role codes used in this report", S["h1"])]
    half = (len(C.ROLE_CODES) + 1) // 2
    rc_rows = []
    for i in range(half):
        a = C.ROLE_CODES[i]
        b = C.ROLE_CODES[i + half] if i + half < len(C.ROLE_CODES) else ("", "")
        rc_rows.append([Paragraph("<b>%s</b>" % a[0], S["cell"]), Paragraph(a[1], S["cell"]),
                        Paragraph("<b>%s</b>" % b[0], S["cell"]), Paragraph(b[1], S["cell"])])
    rc = Table(rc_rows, colWidths=[45, W / 2 - 55, 45, W / 2 - 55])
    rc.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb"))]))
    st += [rc, NextPageTemplate("body"), PageBreak()]
    # body
    for item in C.REPORT:
        if item[0] == "h":
            p = Paragraph("%s&nbsp;&nbsp;%s" % (item[1], item[2]), S["h1"])
            p._heading_key = item[1]
            st.append(p)
        elif item[0] == "p":
            _, num, head, text = item
            lead = "<b>%s</b>&nbsp;&nbsp;" % num
            if head:
                lead += "<b>%s</b> " % head
            st.append(Paragraph(lead + fn_markup(text), S["body"]))
        elif item[0] == "quote":
            q = Table([[Paragraph(C.PULL_QUOTE[0], S["quote"])], [Paragraph(C.PULL_QUOTE[1], S["quote_by"])]],
                      colWidths=[None])
            q.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TEAL_LIGHT),
                                   ("LINEBEFORE", (0, 0), (0, -1), 4, TEAL),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                                   ("TOPPADDING", (0, 0), (-1, 0), 10), ("BOTTOMPADDING", (0, -1), (-1, -1), 10)]))
            st += [Spacer(1, 4), KeepTogether([q]), Spacer(1, 10)]
    # appendix A
    st += [NextPageTemplate("wide"), PageBreak()]
    h = Paragraph("Appendix A&nbsp;&nbsp;Multi-agency chronology", S["h1"])
    h._heading_key = "Appendix A"
    st += [h, Paragraph("A summary of the merged agency chronologies. Times are taken from agency records; "
                        "\u2014 means that no time was recorded.", S["small"]), Spacer(1, 6)]
    rows = [[Paragraph(x, S["cellb"]) for x in ("Date", "Time", "Agency", "Event", "Who")]]
    for d, t, a, e, w in C.CHRONOLOGY:
        rows.append([Paragraph(d, S["cell"]), Paragraph(t, S["cell"]), Paragraph(a, S["cell"]),
                     Paragraph(e, S["cell"]), Paragraph(w, S["cell"])])
    W = landscape(A4)[0] - 72
    tb = Table(rows, colWidths=[64, 40, 74, 370, W - 548], repeatRows=1)
    ts = [("BACKGROUND", (0, 0), (-1, 0), TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#bbbbbb"))]
    for r in range(2, len(rows), 2):
        ts.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f2f6f6")))
    tb.setStyle(TableStyle(ts))
    st.append(tb)
    # appendix B
    st += [PageBreak()]
    h = Paragraph("Appendix B&nbsp;&nbsp;The Committee's action plan", S["h1"])
    h._heading_key = "Appendix B"
    st += [h, Paragraph("The action plan agreed by the Committee on 20 October 2025. Status is as reported at "
                        "that meeting.", S["small"]), Spacer(1, 6)]
    rows = [[Paragraph(x, S["cellb"]) for x in ("Rec.", "Lead", "Action", "Target date", "Status")]]
    for r in C.ACTION_PLAN:
        rows.append([Paragraph(x, S["cell"]) for x in r])
    tb = Table(rows, colWidths=[36, 190, W - 36 - 190 - 110 - 120, 110, 120], repeatRows=1)
    ts = [("BACKGROUND", (0, 0), (-1, 0), TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
          ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
    tb.setStyle(TableStyle(ts))
    st.append(tb)
    return st


def build_report():
    # pass 1 collects the pages of the section headings, pass 2 prints them in the contents
    pages = {}
    ReportDoc(REPORT_PDF, pages).build(report_story({}))
    toc = {k: str(v - 3) for k, v in pages.items()}
    pages2 = {}
    doc = ReportDoc(REPORT_PDF, pages2)
    doc.build(report_story(toc))
    assert pages2 == pages, (pages, pages2)
    return doc


# ------------------------------------------------------------------------------------------
# The briefing
# ------------------------------------------------------------------------------------------
def build_briefing():
    PW, PH = A4
    bs = dict(
        h=ParagraphStyle("bh", fontName="Sans-Bold", fontSize=13.5, leading=18, textColor=TEAL, spaceBefore=10,
                         spaceAfter=4, keepWithNext=1),
        p=ParagraphStyle("bp", fontName="Serif", fontSize=11, leading=16.5, spaceAfter=7),
        b=ParagraphStyle("bb", fontName="Serif", fontSize=11, leading=16, leftIndent=14, bulletIndent=2,
                         spaceAfter=5),
    )

    def on_page(canv, doc):
        canv.saveState()
        n = canv.getPageNumber()
        if n == 1:
            canv.setFillColor(TEAL)
            canv.rect(0, PH - 150, PW, 150, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont("Sans", 10)
            canv.drawString(48, PH - 40, "INVERLAW CHILD PROTECTION COMMITTEE  \u00b7  FICTIONAL")
            canv.setFont("Sans-Bold", 26)
            canv.drawString(48, PH - 85, C.BRIEFING_TITLE)
            canv.setFont("Sans", 12)
            canv.setFillColor(SAND)
            canv.drawString(48, PH - 112, C.BRIEFING_SUB)
        else:
            canv.setFont("Sans", 8)
            canv.setFillColor(GREY)
            canv.drawString(48, PH - 34, "Briefing for practitioners: Child K  \u00b7  FICTIONAL")
        canv.setFont("Sans", 8)
        canv.setFillColor(GREY)
        canv.drawString(48, 28, "FICTIONAL \u2014 practice document \u2014 not a real case")
        canv.drawRightString(PW - 48, 28, "%d" % n)
        canv.restoreState()

    doc = BaseDocTemplate(str(BRIEFING_PDF), pagesize=A4, title="Briefing for practitioners: Child K (FICTIONAL)",
                          author="Inverlaw Child Protection Committee (FICTIONAL)", subject="FICTIONAL practice document",
                          creator="ReportLab platypus")
    f1 = Frame(48, 60, PW - 96, PH - 60 - 170, id="p1")
    fn = Frame(48, 60, PW - 96, PH - 60 - 60, id="pn")
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=on_page, autoNextPageTemplate="later"),
                          PageTemplate("later", [fn], onPage=on_page)])
    st = []
    box = Table([[Paragraph("<b>%s</b>" % a, S["small"]), Paragraph(b, S["small"])] for a, b in C.BRIEFING_BOX],
                colWidths=[110, PW - 96 - 110 - 12])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SAND), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    st += [box, Spacer(1, 8)]
    for item in C.BRIEFING:
        if item[0] == "h":
            st.append(Paragraph(item[1], bs["h"]))
        elif item[0] == "p":
            st.append(Paragraph(item[1], bs["p"]))
        elif item[0] == "b":
            st.append(Paragraph(item[1], bs["b"], bulletText="\u2022"))
        elif item[0] == "dates":
            rows = [[Paragraph("<b>When</b>", S["small"]), Paragraph("<b>What</b>", S["small"])]]
            rows += [[Paragraph(a, S["small"]), Paragraph(b, S["small"])] for a, b in item[1]]
            t = Table(rows, colWidths=[110, PW - 96 - 110 - 12])
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            st.append(t)
    doc.build(st)


if __name__ == "__main__":
    build_report()
    build_briefing()
    from pypdf import PdfReader
    for p in (REPORT_PDF, BRIEFING_PDF):
        r = PdfReader(str(p))
        bad = [i + 1 for i, pg in enumerate(r.pages) if "FICTIONAL" not in pg.extract_text()]
        print(p.name, len(r.pages), "pages", "MISSING FICTIONAL on %s" % bad if bad else "ok")
