#!/usr/bin/env python3
"""Build the FICTIONAL Northmoor practice corpus (blind evaluation data for scr-qa).

Writes, next to this script:
  northmoor-cspr-rowan.pdf                 two-column Child Safeguarding Practice Review
  northmoor-rowan-learning-summary.pdf     single-column learning summary (briefing)

Everything in these documents is invented. No real child, family, professional,
agency or place is described. Only reportlab and the standard library are used, and
reportlab runs in invariant mode so that the PDFs are byte-identical on every run.

    .venv/bin/python eval/blind/northmoor/build.py
"""
from reportlab import rl_config

rl_config.invariant = 1

import io  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, CondPageBreak, Flowable, Frame, FrameBreak, KeepTogether,
    NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN_PDF = "northmoor-cspr-rowan.pdf"
BRIEF_PDF = "northmoor-rowan-learning-summary.pdf"

PAGE_W, PAGE_H = A4
MARGIN = 48
GAP = 20
COL_W = (PAGE_W - 2 * MARGIN - GAP) / 2
BODY_TOP = PAGE_H - 70
BODY_BOTTOM = 104
HEAD_H = 86

TEAL = colors.HexColor("#0F5C63")
TEAL_LIGHT = colors.HexColor("#E3F0F1")
SAND = colors.HexColor("#F4EEDC")
GREY = colors.HexColor("#555555")

FOOTER_TEXT = "FICTIONAL practice material \u2013 not a real case"

# ---------------------------------------------------------------- styles
ST = {
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=9.4, leading=12.8,
                           alignment=TA_JUSTIFY, spaceAfter=6),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                         textColor=TEAL, spaceBefore=7, spaceAfter=4, alignment=TA_LEFT,
                         keepWithNext=1),
    "h3": ParagraphStyle("h3", fontName="Helvetica-BoldOblique", fontSize=9.2, leading=12,
                         textColor=TEAL, spaceBefore=2, spaceAfter=2, keepWithNext=1),
    "qs": ParagraphStyle("qs", fontName="Helvetica-Oblique", fontSize=9.0, leading=12.2,
                         leftIndent=10, alignment=TA_LEFT, spaceAfter=7),
    "lett": ParagraphStyle("lett", fontName="Helvetica", fontSize=9.4, leading=12.8,
                           leftIndent=16, bulletIndent=4, alignment=TA_LEFT, spaceAfter=2),
    "part_no": ParagraphStyle("part_no", fontName="Helvetica", fontSize=10, leading=13,
                              textColor=colors.white),
    "part": ParagraphStyle("part", fontName="Helvetica-Bold", fontSize=20, leading=24,
                           textColor=colors.white),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=7.9, leading=9.6),
    "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=7.9, leading=9.6,
                            textColor=colors.white),
    "quote": ParagraphStyle("quote", fontName="Times-Italic", fontSize=13.5, leading=17,
                            textColor=TEAL, alignment=TA_LEFT),
    "quote_by": ParagraphStyle("quote_by", fontName="Helvetica", fontSize=8, leading=10,
                               textColor=GREY, spaceBefore=4),
    "box_h": ParagraphStyle("box_h", fontName="Helvetica-Bold", fontSize=9.6, leading=12,
                            textColor=TEAL, spaceAfter=3),
    "box": ParagraphStyle("box", fontName="Helvetica", fontSize=8.8, leading=11.6,
                          spaceAfter=4),
    "fm_h": ParagraphStyle("fm_h", fontName="Helvetica-Bold", fontSize=16, leading=20,
                           textColor=TEAL, spaceAfter=10),
    "fm_h2": ParagraphStyle("fm_h2", fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                            textColor=TEAL, spaceBefore=8, spaceAfter=4),
    "fm": ParagraphStyle("fm", fontName="Helvetica", fontSize=9.8, leading=13.6,
                         alignment=TA_JUSTIFY, spaceAfter=7),
    "toc": ParagraphStyle("toc", fontName="Helvetica", fontSize=10.5, leading=14),
    "tocb": ParagraphStyle("tocb", fontName="Helvetica-Bold", fontSize=10.5, leading=14),
    "caption": ParagraphStyle("caption", fontName="Helvetica-Bold", fontSize=8.4, leading=10.5,
                              textColor=TEAL, spaceBefore=4, spaceAfter=3),
    "fn": ParagraphStyle("fn", fontName="Helvetica", fontSize=7.2, leading=8.8),
}


def roman(n):
    vals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


# ---------------------------------------------------------------- flowables
FOOTNOTES = {}  # number -> text, filled by FN()


def _footnote_cb(canv, kind, label):
    """<onDraw name="fn"> callback: the note goes on the page where its marker is drawn."""
    doc = canv._doctemplate
    num = int(label)
    doc.footnotes.setdefault(doc.page, []).append((num, FOOTNOTES[num]))


class TocMark(Flowable):
    """Zero-size marker recording the printed page label of a contents entry."""

    def __init__(self, key):
        Flowable.__init__(self)
        self.key = key

    def wrap(self, aw, ah):
        return (0, 0)

    def draw(self):
        doc = self.canv._doctemplate
        doc.toc_pages[self.key] = doc.page_label()


class PartHeading(Flowable):
    """Full-width coloured band holding a part number and title."""

    def __init__(self, number, title, width):
        Flowable.__init__(self)
        self.number, self.title, self.width = number, title, width
        self.height = HEAD_H - 10

    def wrap(self, aw, ah):
        return (self.width, self.height)

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        c.restoreState()
        p1 = Paragraph(self.number, ST["part_no"])
        p1.wrapOn(c, self.width - 28, 20)
        p1.drawOn(c, 14, self.height - 24)
        p2 = Paragraph(self.title, ST["part"])
        w, h = p2.wrapOn(c, self.width - 28, 60)
        p2.drawOn(c, 14, 12)


# ---------------------------------------------------------------- document
class ReviewDoc(BaseDocTemplate):
    def __init__(self, target, **kw):
        BaseDocTemplate.__init__(self, target, pagesize=A4, leftMargin=MARGIN,
                                 rightMargin=MARGIN, topMargin=70, bottomMargin=BODY_BOTTOM,
                                 title="Child Safeguarding Practice Review: Rowan (FICTIONAL)",
                                 author="Northmoor Safeguarding Children Partnership (fictional)",
                                 subject="FICTIONAL practice material for evaluation",
                                 creator="eval/blind/northmoor/build.py", **kw)
        self.footnotes = {}
        self.toc_pages = {}
        self.body_start = None
        self.front_start = None
        full = Frame(MARGIN, BODY_BOTTOM - 30, PAGE_W - 2 * MARGIN, BODY_TOP - BODY_BOTTOM + 30,
                     id="full", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover = Frame(MARGIN, 80, PAGE_W - 2 * MARGIN, PAGE_H - 160, id="cover",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        left = Frame(MARGIN, BODY_BOTTOM, COL_W, BODY_TOP - BODY_BOTTOM, id="left",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        right = Frame(MARGIN + COL_W + GAP, BODY_BOTTOM, COL_W, BODY_TOP - BODY_BOTTOM,
                      id="right", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        head = Frame(MARGIN, BODY_TOP - HEAD_H, PAGE_W - 2 * MARGIN, HEAD_H, id="head",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        left2 = Frame(MARGIN, BODY_BOTTOM, COL_W, BODY_TOP - HEAD_H - BODY_BOTTOM - 6,
                      id="left2", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        right2 = Frame(MARGIN + COL_W + GAP, BODY_BOTTOM, COL_W,
                       BODY_TOP - HEAD_H - BODY_BOTTOM - 6, id="right2",
                       leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        wide = Frame(MARGIN, BODY_BOTTOM - 30, PAGE_W - 2 * MARGIN, BODY_TOP - BODY_BOTTOM + 30,
                     id="wide", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", [cover], onPage=self.on_cover),
            PageTemplate("front", [full], onPage=self.on_front),
            PageTemplate("partstart", [head, left2, right2], onPage=self.on_body,
                         onPageEnd=self.on_body_end),
            PageTemplate("body", [left, right], onPage=self.on_body, onPageEnd=self.on_body_end),
            PageTemplate("wide", [wide], onPage=self.on_body, onPageEnd=self.on_body_end),
        ])

    # printed page label of the current page
    def page_label(self):
        if self.body_start is not None:
            return str(self.page - self.body_start + 1)
        if self.front_start is not None:
            return roman(self.page - self.front_start + 1)
        return ""

    def handle_pageBegin(self):
        self.canv.setNamedCB("fn", _footnote_cb)
        BaseDocTemplate.handle_pageBegin(self)

    def _footer(self, c, label):
        c.saveState()
        c.setStrokeColor(TEAL)
        c.setLineWidth(0.6)
        c.line(MARGIN, 40, PAGE_W - MARGIN, 40)
        c.setFont("Helvetica-Bold", 7.6)
        c.setFillColor(colors.HexColor("#9B1C1C"))
        c.drawString(MARGIN, 28, FOOTER_TEXT)
        c.setFont("Helvetica", 7.6)
        c.setFillColor(GREY)
        c.drawCentredString(PAGE_W / 2, 28, "Northmoor Safeguarding Children Partnership")
        if label:
            c.setFont("Helvetica-Bold", 9)
            c.setFillColor(TEAL)
            c.drawRightString(PAGE_W - MARGIN, 28, label)
        c.restoreState()

    def _header(self, c):
        c.saveState()
        c.setFont("Helvetica", 7.8)
        c.setFillColor(GREY)
        c.drawString(MARGIN, PAGE_H - 40, "Child Safeguarding Practice Review \u2013 \u2018Rowan\u2019")
        c.drawRightString(PAGE_W - MARGIN, PAGE_H - 40, "Report approved June 2020")
        c.setStrokeColor(TEAL)
        c.setLineWidth(1.2)
        c.line(MARGIN, PAGE_H - 46, PAGE_W - MARGIN, PAGE_H - 46)
        c.restoreState()

    def on_cover(self, c, doc):
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, PAGE_H - 300, PAGE_W, 300, stroke=0, fill=1)
        c.setFillColor(SAND)
        c.rect(0, 0, PAGE_W, 120, stroke=0, fill=1)
        c.restoreState()
        c.addPageLabel(0, style=None, prefix="Cover")
        self._footer(c, "")

    def on_front(self, c, doc):
        if self.front_start is None:
            self.front_start = self.page
            c.addPageLabel(self.page - 1, style="ROMAN_LOWER", start=1)
        self._header(c)
        self._footer(c, self.page_label())

    def on_body(self, c, doc):
        if self.body_start is None:
            self.body_start = self.page
            c.addPageLabel(self.page - 1, style="ARABIC", start=1)
        self._header(c)
        self._footer(c, self.page_label())

    def on_body_end(self, c, doc):
        notes = self.footnotes.get(self.page)
        if not notes:
            return
        width = PAGE_W - 2 * MARGIN
        paras = []
        for num, text in notes:
            p = Paragraph("<super>%d</super> %s" % (num, text), ST["fn"])
            w, h = p.wrap(width, 200)
            paras.append((p, h))
        y = 46 + sum(h + 2 for p, h in paras)
        top = y
        for p, h in paras:
            y -= h + 2
            p.drawOn(c, MARGIN, y)
        y = top
        c.saveState()
        c.setStrokeColor(GREY)
        c.setLineWidth(0.5)
        c.line(MARGIN, y + 2, MARGIN + 120, y + 2)
        c.restoreState()


# ---------------------------------------------------------------- content helpers
def P(num, text):
    text = re.sub(r"<super>(\d+)</super>", lambda m: M(int(m.group(1))), text)
    return Paragraph('<font color="#0F5C63"><b>%s</b></font> %s' % (num, text), ST["body"])


def H(text):
    return Paragraph(text, ST["h2"])


def H3(text):
    return Paragraph(text, ST["h3"])


def Q(text):
    return KeepTogether([H3("Questions for the partnership"), Paragraph(text, ST["qs"])])


def LETTERED(items):
    return [Paragraph(t, ST["lett"], bulletText="(%s)" % "abcdefgh"[i])
            for i, t in enumerate(items)]


def FN(num, text):
    FOOTNOTES[num] = text
    return Spacer(0, 0)


def M(num):
    """Superscript footnote marker that also registers the note on its page."""
    return '<super>%d</super><onDraw name="fn" label="%d"/>' % (num, num)


def part(number, title, key):
    return [NextPageTemplate("partstart"), PageBreak(), TocMark(key),
            PartHeading(number, title, PAGE_W - 2 * MARGIN), FrameBreak(),
            NextPageTemplate("body")]


def pull_quote(text, by):
    t = Table([[Paragraph(text, ST["quote"])], [Paragraph(by, ST["quote_by"])]],
              colWidths=[COL_W - 12])
    t.setStyle(TableStyle([
        ("LINEBEFORE", (0, 0), (0, -1), 3, TEAL),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return KeepTogether([Spacer(1, 6), t, Spacer(1, 10)])


def sidebar(title, paras):
    cells = [[Paragraph(title, ST["box_h"])]] + [[Paragraph(p, ST["box"])] for p in paras]
    t = Table(cells, colWidths=[COL_W])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), SAND),
        ("BOX", (0, 0), (-1, -1), 0.8, TEAL),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (0, 0), 7),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
        ("TOPPADDING", (0, 1), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -2), 5),
    ]))
    return KeepTogether([Spacer(1, 4), t, Spacer(1, 10)])


def grid(rows, widths, header=True, font=None):
    style = ST["cell"] if font is None else font
    data = []
    for i, row in enumerate(rows):
        s = ST["cellb"] if (header and i == 0) else style
        data.append([Paragraph(str(x), s) for x in row])
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0, splitByRow=1)
    cmds = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9FB9BB")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), TEAL))
    for i in range(1 if header else 0, len(rows)):
        if i % 2 == 0:
            cmds.append(("BACKGROUND", (0, i), (-1, i), TEAL_LIGHT))
    t.setStyle(TableStyle(cmds))
    return t


# ---------------------------------------------------------------- the review text
def front_matter(toc):
    s = []
    # --- cover
    cover_t = ParagraphStyle("ct", fontName="Helvetica-Bold", fontSize=28, leading=34,
                             textColor=colors.white)
    cover_s = ParagraphStyle("cs", fontName="Helvetica", fontSize=13, leading=17,
                             textColor=colors.white)
    cover_m = ParagraphStyle("cm", fontName="Helvetica", fontSize=10.5, leading=15,
                             textColor=colors.black)
    s += [Spacer(1, 40),
          Paragraph("Northmoor Safeguarding Children Partnership", cover_s), Spacer(1, 18),
          Paragraph("Child Safeguarding Practice Review", cover_t), Spacer(1, 8),
          Paragraph("\u2018Rowan\u2019", cover_t), Spacer(1, 14),
          Paragraph("A local review following serious injuries to a four-year-old boy in "
                    "September 2019", cover_s),
          Spacer(1, 190),
          Paragraph("<b>Lead reviewer:</b> Andrew Pelham, independent social work consultant",
                    cover_m),
          Paragraph("<b>Report approved by the NSCP Executive:</b> June 2020", cover_m),
          Paragraph("<b>Status:</b> FICTIONAL practice material. Every person, agency and place "
                    "in this report is invented.", cover_m),
          NextPageTemplate("front"), PageBreak()]
    # --- contents (front matter page i)
    s.append(Paragraph("Contents", ST["fm_h"]))
    rows = [
        ("Foreword", "foreword", False), ("Glossary and professionals referred to", "glossary", False),
        ("Part 1  Introduction and context", "p1", True),
        ("Part 2  What happened: key practice episodes", "p2", True),
        ("Part 3  Analysis and findings", "p3", True),
        ("Part 4  Recommendations", "p4", True),
        ("Appendix A  Chronology of key events", "appA", True),
    ]
    data = []
    for title, key, bold in rows:
        st = ST["tocb"] if bold else ST["toc"]
        data.append([Paragraph(title, st), Paragraph(toc.get(key, "\u2013"), st)])
    t = Table(data, colWidths=[PAGE_W - 2 * MARGIN - 60, 60])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#B8CFD1")),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                           ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s.append(t)
    s.append(Spacer(1, 22))
    s.append(Paragraph("About this report", ST["fm_h2"]))
    s.append(Paragraph(
        "The body of this report is set in two columns. Paragraphs are numbered by part "
        "(for example, 2.13 is the thirteenth paragraph of Part 2). Footnotes appear at the foot "
        "of the page on which they are referenced. The chronology in Appendix A records dates "
        "in the short form used in agency records.", ST["fm"]))
    s.append(Paragraph(
        "This report is written for practitioners and managers in Northmoor and for the "
        "Child Safeguarding Practice Review Panel. A separate learning summary has been "
        "prepared for use in team meetings.", ST["fm"]))
    s.append(PageBreak())
    # --- foreword (page ii)
    s.append(TocMark("foreword"))
    s.append(Paragraph("Foreword", ST["fm_h"]))
    for txt in [
        "Rowan was four years old when he suffered life-changing injuries at home in "
        "September 2019. He survived, but he will live with the consequences of those "
        "injuries for the rest of his life. This review asks how the agencies that knew him "
        "and his family could have understood his world better, and what must change.",
        "Many professionals worked hard for Rowan, his mother and his baby brother. They were "
        "kind to the family and they were often right to be concerned. What the review shows, "
        "again, is that concern held in one place does not protect a child unless it is joined "
        "with what others know. Two police call-outs, a burn, a bruised ear, missed therapy "
        "appointments and a picture drawn at nursery were each seen by a different agency, "
        "and no single professional ever saw them all together.",
        "I am grateful to Rowan's grandmother for speaking so openly to the lead reviewer, and "
        "to the 23 practitioners who took part in the learning event with honesty and care. "
        "The partnership has accepted all seven recommendations and has already begun to act "
        "on several of them.",
    ]:
        s.append(Paragraph(txt, ST["fm"]))
    s.append(Paragraph("<b>Sandra Kettering</b><br/>Independent Scrutineer, Northmoor Safeguarding "
                       "Children Partnership", ST["fm"]))
    s.append(Spacer(1, 10))
    s.append(Paragraph("How the review was governed", ST["fm_h2"]))
    s.append(Paragraph(
        "The review was overseen by a panel of six senior managers drawn from the three "
        "safeguarding partners and from education, which met five times between November 2019 "
        "and June 2020. The lead reviewer attended each meeting. The panel was chaired by the "
        "NSCP Business Manager.", ST["fm"]))
    s.append(PageBreak())
    # --- glossary and roles (page iii)
    s.append(TocMark("glossary"))
    s.append(Paragraph("Glossary and professionals referred to", ST["fm_h"]))
    gl = [["Term", "Meaning"],
          ["CIN", "Child in Need (section 17 of the Children Act 1989)"],
          ["DASH", "Domestic abuse risk identification checklist used by the police"],
          ["DVDS", "Domestic Violence Disclosure Scheme"],
          ["ED", "Emergency Department"],
          ["LCSPR", "Local Child Safeguarding Practice Review"],
          ["MASH", "Multi-Agency Safeguarding Hub"],
          ["NSCP", "Northmoor Safeguarding Children Partnership"],
          ["PPN", "Public Protection Notice: a police notification of a domestic abuse incident"],
          ["WNB", "Was not brought"]]
    s.append(grid(gl, [70, PAGE_W - 2 * MARGIN - 70]))
    s.append(Spacer(1, 12))
    s.append(Paragraph("Professionals are referred to by role so that they cannot be identified:",
                       ST["fm"]))
    roles = [["Role in this report", "Agency and job"],
             ["Police Officer A", "Fellshire Constabulary, response officer (March 2018)"],
             ["Police Officer B", "Fellshire Constabulary, response officer (October 2018)"],
             ["Police Officer C", "Fellshire Constabulary, detective constable, Child Abuse "
                                  "Investigation Team"],
             ["Midwife 1", "Northmoor Royal Infirmary, community midwife"],
             ["HV1", "Health visitor, 0-19 Service, until December 2018"],
             ["HV2", "Health visitor, 0-19 Service, from January 2019"],
             ["GP1", "General practitioner, Brackenfield Medical Practice"],
             ["GP2", "General practitioner, Brackenfield Medical Practice"],
             ["Family Support Worker 1", "Family support worker, Northmoor Early Help Service"],
             ["Social Worker 1", "Assessment Team, Northmoor Children's Social Care"],
             ["Social Worker 2", "Assessment Team and Child in Need Team (section 47 enquiry, "
                                 "May 2019)"],
             ["Social Worker 3", "Child in Need Team, agency social worker (from August 2019)"],
             ["Team Manager 1", "Child in Need Team manager"],
             ["Paediatric Registrar 1", "Northmoor Royal Infirmary, Emergency Department"],
             ["Paediatrician 1", "Consultant paediatrician, Northmoor Royal Infirmary"],
             ["DSL1", "Designated safeguarding lead, Hollins Lane Nursery School"],
             ["DSL2", "Designated safeguarding lead, Moorside Primary School"]]
    s.append(grid(roles, [120, PAGE_W - 2 * MARGIN - 120]))
    return s


def part1():
    s = part("Part 1", "Introduction and context", "p1")
    s += [
        H("Why this review was undertaken"),
        P("1.1", "This Local Child Safeguarding Practice Review (LCSPR) concerns a boy who is "
              "called Rowan in this report. The name was chosen by his maternal grandmother, who "
              "said that Rowan \u201closes himself in anything that grows\u201d. On Sunday 22nd "
              "September 2019, when he was four years and seven months old, Rowan was taken by "
              "ambulance from his home in the Calder Vale area of Northmoor to Northmoor Royal "
              "Infirmary. He had a serious head injury and was later transferred to the "
              "paediatric intensive care unit at Fellgate Children's Hospital."),
        P("1.2", "Investigations found a subdural haematoma, bleeding at the back of both eyes "
              "and two healing fractures to the ribs on his left side. Medical opinion is that "
              "the injuries were inflicted, and that the rib fractures happened at least two "
              "weeks before the head injury. Rowan survived. He has a significant neurological "
              "injury and is expected to need specialist support throughout his childhood."),
        P("1.3", "Northmoor Borough Council notified the Child Safeguarding Practice Review Panel "
              "(the National Panel) of the serious incident on 23rd September 2019. A rapid "
              "review meeting was held on 4th October 2019 and the NSCP recommended that a "
              "local review should take place. The National Panel agreed with that "
              "recommendation on 25th October 2019."),
        P("1.4", "The review was commissioned under the arrangements set out in Working Together "
              "to Safeguard Children 2018<super>1</super>. Its purpose is to identify "
              "improvements to practice. It does not decide how Rowan was injured or who was "
              "responsible; those questions are for the criminal courts."),
        FN(1, "HM Government (2018) <i>Working Together to Safeguard Children</i>, chapter 4. "
              "Under these arrangements the three safeguarding partners (the local authority, "
              "the clinical commissioning group and the chief officer of police) decide which "
              "serious incidents need a local review."),
        H("Scope and methodology"),
        P("1.5", "The review considered the involvement of agencies from 1st January 2018 to "
              "22nd September 2019. The start date was chosen because the first police "
              "attendance at the family home for domestic abuse took place in March 2018. Where "
              "earlier information is relevant, such as Lee's history in another police force "
              "area, it is summarised."),
        P("1.6", "Andrew Pelham, an independent social work consultant with no previous "
              "connection to Northmoor, was appointed as lead reviewer on 11th November 2019. "
              "He was supported by a review panel of senior managers from the safeguarding "
              "partners and from education."),
        P("1.7", "Nine agencies provided chronologies and short reflective reports (Table 1). "
              "The lead reviewer then held a practitioner learning event on 5th February 2020, "
              "attended by 23 practitioners and first-line managers. Separate conversations took "
              "place with Social Worker 3 and with DSL2, who were unable to attend the event."),
        Paragraph("Table 1: Agencies that contributed to the review", ST["caption"]),
        grid([["Agency", "Involvement with the family"],
              ["Northmoor Children's Social Care", "MASH screening of police notifications; "
               "assessment in 2018; section 47 enquiry and Child in Need plan in 2019"],
              ["Fellshire Constabulary", "Two domestic abuse call-outs; strategy discussions; "
               "criminal investigation"],
              ["Northmoor Community Health NHS Trust (0-19 Service and speech and language "
               "therapy)", "Health visiting for Rowan and Ellis; speech and language therapy "
               "referral"],
              ["Northmoor Royal Infirmary", "Maternity care; ED attendances in April 2018 and May "
               "2019; child protection medical"],
              ["Brackenfield Medical Practice", "GP to Kerry, Rowan and Ellis"],
              ["Northmoor and Fellshire Mental Health Partnership", "Perinatal Mental Health Team "
               "referral for Kerry in February 2019"],
              ["Northmoor Early Help Service", "Family support, December 2018 to March 2019"],
              ["Hollins Lane Nursery School", "Rowan's nursery, September 2018 to July 2019"],
              ["Moorside Primary School", "Rowan's school from September 2019"]],
             [88, COL_W - 88]),
        Spacer(1, 8),
        H("Family involvement"),
        P("1.8", "The lead reviewer wrote to Kerry, Rowan's mother, on two occasions to invite "
              "her to contribute. She declined, through her solicitor, because of the criminal "
              "proceedings. Lee, Kerry's partner, was not approached, on the advice of the "
              "police. Rowan's maternal grandmother, Pauline, met the lead reviewer<super>2</super> "
              "and her views are included throughout this report. Daniel, Rowan's father, spoke "
              "to the lead reviewer by telephone."),
        FN(2, "The lead reviewer met Pauline at her home on 12th March 2020, with a member of the "
              "review panel. A second conversation took place by telephone in May 2020."),
        P("1.9", "Pauline told the review that she hoped it would make professionals \u201clook "
              "behind the front door\u201d. She said that Kerry was \u201cvery good at saying "
              "the right thing\u201d and that professionals were too ready to accept what they "
              "were told."),
        H("Parallel processes"),
        P("1.10", "Lee was charged in December 2019 with causing grievous bodily harm with "
               "intent. Kerry was charged with child cruelty by wilful neglect. When the NSCP "
               "Executive approved this report on 18th June 2020, neither trial had taken "
               "place. Publication will follow the conclusion of the criminal proceedings."),
        H("Rowan and his family"),
        P("1.11", "Rowan lived with his mother Kerry, who was 24 at the time of the incident, and "
               "from early 2018 with Kerry's partner Lee, who was 31. Rowan's half-brother "
               "Ellis, Lee's son, was born on 3rd January 2019. Rowan's father, Daniel, lives in "
               "Kelderby, about 40 miles away. He has had no contact with Rowan since the "
               "summer of 2017."),
        P("1.12", "His grandmother describes Rowan as a \u201cgentle, giggly boy\u201d who loved "
               "dinosaurs and being outside. Nursery staff remember him as quiet and watchful. "
               "His speech was delayed, and at three years old he used only a small number of "
               "single words."),
        pull_quote("\u201cNobody ever asked Rowan what it was like at home. He was four, but he "
                   "could have shown them.\u201d", "Pauline, Rowan's grandmother"),
        P("1.13", "Kerry had a history of anxiety and depression from her teenage years. She was "
               "well known to universal services and many practitioners described her as warm "
               "and cooperative. Lee had a record of domestic abuse against a former partner in "
               "the neighbouring Ridings Police area in 2016. That information was not known to "
               "Northmoor agencies until after the incident, and no application was made under "
               "the Domestic Violence Disclosure Scheme."),
        H("Key lines of enquiry"),
        P("1.14", "The review panel agreed six key lines of enquiry:"),
    ] + LETTERED([
        "How well did agencies understand and respond to domestic abuse in the household?",
        "What was known about Lee, and how was he included in assessments and plans?",
        "How did agencies respond when Rowan was not brought to appointments or to nursery?",
        "Was the decision to close the Child in Need plan in September 2019 well informed?",
        "How was Rowan's voice heard, given his speech delay?",
        "How was information shared when Rowan moved from nursery to school?",
    ]) + [
        Spacer(1, 5),
        H("Equality and diversity"),
        P("1.15", "Rowan and his family are white British and English is their first language. "
               "The review considered whether Rowan's speech delay, which may prove to be a "
               "disability, affected how professionals communicated with him, and whether "
               "assumptions about Kerry as a young mother with mental health needs shaped the "
               "response to her. These questions are discussed in Findings 3 and 5."),
    ]
    return s


def part2():
    s = part("Part 2", "What happened: key practice episodes", "p2")
    s += [
        P("2.0", "This part describes six episodes in the period under review. A fuller "
              "chronology is at Appendix A. Analysis of practice follows in Part 3."),
        H("Episode 1: March and April 2018"),
        P("2.1", "At 11.40pm on Sunday 11th March 2018 a neighbour telephoned the police to "
              "report shouting and a woman screaming at Kerry's flat. Police Officer A attended "
              "with a colleague. Lee had left before they arrived. Kerry had a red mark on her "
              "left cheek and said that they had argued about money. Rowan was asleep in his "
              "bedroom and was checked by Police Officer A."),
        P("2.2", "Police Officer A completed a DASH risk assessment<super>3</super>, which was "
              "graded as standard risk. A Public Protection Notice (PPN) was sent to the MASH on "
              "13th March 2018. The MASH social worker screened it as \u201cinformation "
              "only\u201d, and it was not shared with health services or the nursery."),
        FN(3, "DASH is the Domestic Abuse, Stalking and Harassment and Honour Based Violence risk "
              "identification checklist, a 27-question tool used by the police and other "
              "agencies to identify the level of risk."),
        P("2.3", "On 23rd April 2018 Kerry took Rowan to the Emergency Department at Northmoor "
              "Royal Infirmary with a burn to the back of his right hand. Kerry said he had "
              "touched her hair straighteners while she was getting ready to go out. The burn "
              "was assessed as superficial and dressed, and Rowan went home after about two "
              "hours."),
        P("2.4", "The ED safeguarding checklist was not completed and nothing was sent to the "
              "health visiting service. At that time the paediatric liaison form was only "
              "completed for children under two, so an injury to a three-year-old did not "
              "trigger any sharing of information. The review was told that this age limit has "
              "since been removed."),
        H("Episode 2: Pregnancy and the second call-out"),
        P("2.5", "Kerry booked her pregnancy with Midwife 1 on 2nd July 2018, when she was about "
              "ten weeks pregnant. She disclosed a history of anxiety and depression. The "
              "routine enquiry about domestic abuse was not made because Lee attended the "
              "appointment with her, and there was no later appointment at which she was seen "
              "alone."),
        P("2.6", "Rowan started at Hollins Lane Nursery School on 3rd September 2018, attending "
              "for 15 hours a week. His attendance in the autumn term was 61%. Nursery staff "
              "recognised that his speech was delayed and on 26th November 2018, with Kerry's "
              "consent, referred him to the speech and language therapy service."),
        P("2.7", "At 2.15am on Monday 15th October 2018 Kerry rang 999 and said that Lee had "
              "pushed her into a door frame. She was 28 weeks pregnant. Police Officer B "
              "attended and arrested Lee for assault. Rowan was found hiding under the kitchen "
              "table in his pyjamas, with his hands over his ears."),
        P("2.8", "The DASH assessment was graded as medium risk; Kerry answered yes to nine of "
              "the questions. Lee was interviewed and released under investigation. On 19th "
              "October 2018 Kerry told the police that she did not want to support a "
              "prosecution, and the investigation was closed without charge."),
        P("2.9", "The MASH received the PPN on 16th October 2018 and passed it to the Assessment "
              "Team. Social Worker 1 was allocated the next day to complete a Child and Family "
              "Assessment. Social Worker 1 made three home visits and saw Rowan once, at "
              "nursery, where he would not speak to her. Kerry said that Lee had moved to his "
              "brother's flat and that the relationship was over."),
        P("2.10", "HV1 made an antenatal contact at home on 20th November 2018. HV1 knew about "
               "the October incident and recorded a plan to ask Kerry about domestic abuse, "
               "alone, at the new birth visit. HV1 left the service in December 2018 and the "
               "plan was not handed over."),
        P("2.11", "The Child and Family Assessment was completed on 28th November 2018. It "
               "concluded that Rowan's needs could be met through early help, and the case was "
               "closed to Children's Social Care on 30th November 2018. Lee was not spoken to, "
               "no checks were made about his history, and the assessment did not consider the "
               "unborn baby."),
        H("Episode 3: Ellis's birth and early help"),
        P("2.12", "The Early Help Assessment was signed by Kerry on 4th December 2018. Family "
               "Support Worker 1 agreed a plan of eight weekly sessions<super>4</super> on routines, Rowan's "
               "speech and Kerry's wellbeing. Only three sessions took place. Kerry cancelled "
               "four, and at the other nobody answered the door."),
        FN(4, "The Early Help plan was held on the Early Help Service's own case recording system, "
              "which social workers and health practitioners could not see at that time. The "
              "two systems were linked in April 2020."),
        P("2.13", "Ellis was born at Northmoor Royal Infirmary on 3rd January 2019 at 37 weeks. "
               "HV2 completed the new birth visit on 14th January 2019. Lee was present "
               "throughout and held Ellis for most of the visit. HV2 did not know about the "
               "October 2018 incident because the police notification had been uploaded to "
               "Rowan's health record only, not to Kerry's or Ellis's. The routine enquiry was "
               "therefore not made."),
        P("2.14", "On 21st January 2019 Rowan's keyworker at nursery recorded what Rowan said "
               "about a picture he had drawn (see box). DSL1 placed the note on Rowan's nursery "
               "file but did not share it with Family Support Worker 1, HV2 or Children's Social "
               "Care."),
        sidebar("Rowan's voice", [
            "Rowan drew a large black cloud over a house with four windows. When his keyworker "
            "asked him about it, he said: \u201cLee shouted. Mummy crying. Ellis crying.\u201d "
            "He then put the picture in the bin.",
            "At nursery Rowan often chose to play alone in the garden. Staff noticed that he "
            "flinched when an adult raised their voice, even in play.",
        ]),
        P("2.15", "Kerry saw GP1 on 7th February 2019 with low mood and poor sleep. GP1 "
               "diagnosed postnatal depression, prescribed sertraline 50mg and referred Kerry "
               "to the Perinatal Mental Health Team. Kerry did not attend appointments on 6th "
               "March 2019 and 20th March 2019 and was discharged back to the GP on 2nd April "
               "2019. No follow-up was arranged."),
        P("2.16", "HV2 saw Kerry and Ellis for the 6-8 week review on 25th February 2019 at "
               "Calder Vale Children's Centre. Kerry's score on the Edinburgh Postnatal "
               "Depression Scale was 16, which HV2 passed to GP1 as a task on the electronic "
               "record. Kerry said that Lee \u201chelps out but doesn't live here\u201d."),
        P("2.17", "Rowan was not brought<super>5</super> to speech and language therapy "
               "appointments on 12th February 2019, 19th March 2019 and 30th April 2019. Under "
               "the therapy service's policy he was discharged after the third, with a letter "
               "to the GP. The nursery was not told, and the letter was filed at Brackenfield "
               "Medical Practice without being read by a clinician."),
        FN(5, "This report says \u201cwas not brought\u201d rather than \u201cdid not "
              "attend\u201d. A young child cannot take themselves to an appointment and depends "
              "on a parent or carer to do so."),
        P("2.18", "The Early Help Service closed the case on 29th March 2019 after Kerry withdrew "
               "her consent, saying she was \u201cdoing fine now\u201d. The closure summary did "
               "not mention the missed sessions or Rowan's speech."),
        H("Episode 4: May 2019 \u2013 the Emergency Department and the section 47 enquiry"),
        P("2.19", "At 7.52pm on Thursday 9th May 2019 Kerry brought Rowan to the Emergency "
               "Department with bruising to his left ear and to both upper arms. She said that "
               "he had fallen off a trampoline at his grandmother's house that afternoon. "
               "Paediatric Registrar 1 was concerned that the pattern of bruising did not fit a "
               "fall and referred Rowan to Children's Social Care through the Emergency Duty "
               "Team. Rowan was kept on the children's ward overnight."),
        P("2.20", "Pauline has told the review that there has never been a trampoline at her "
               "house and that Rowan had not visited her that week. Nobody asked her at the "
               "time."),
        P("2.21", "A strategy discussion took place by telephone at 11.30am on 10th May 2019. It "
               "was chaired by Team Manager 1 and included Police Officer C, Paediatrician 1 "
               "and HV2. The nursery was not invited. It was agreed that there would be a joint "
               "section 47 enquiry and that Paediatrician 1 would carry out a child protection "
               "medical."),
        P("2.22", "Paediatrician 1 carried out the medical that afternoon. The bruising to the "
               "ear was described as \u201cunusual for an accidental fall\u201d, but a "
               "non-accidental cause could not be confirmed. No skeletal survey was done, "
               "because the hospital's guidance at the time recommended one routinely only for "
               "children under two."),
        P("2.23", "Social Worker 2 led the section 47 enquiry. Kerry repeated that Lee had moved "
               "out and described him as \u201ca friend who helps with the baby\u201d. Lee was "
               "not interviewed. Police Officer C checked local records, which held both "
               "call-outs, but did not ask the Ridings Police for information. On 31st May 2019 "
               "the enquiry concluded that the concerns were not substantiated and that Rowan "
               "was a child in need."),
        H("Episode 5: The Child in Need plan and its closure"),
        P("2.24", "The first Child in Need meeting took place on 20th June 2019 and was attended "
               "by Social Worker 2, HV2, DSL1 and Kerry. The plan had six actions, including a "
               "new referral to speech and language therapy and an expectation that Kerry would "
               "tell Social Worker 2 if Lee was living at the home."),
        P("2.25", "The second Child in Need meeting, on 25th July 2019, was chaired by Team "
               "Manager 1 because Social Worker 2 was leaving Northmoor the next day. Neither "
               "the GP nor Moorside Primary School, where Rowan was due to start in September, "
               "was invited."),
        P("2.26", "Rowan's case was then unallocated for 17 days. Social Worker 3, an agency "
               "social worker, was allocated on 12th August 2019 and made one home visit, on "
               "20th August 2019. Rowan was asleep on the sofa and was not woken; Ellis was "
               "seen. Social Worker 3 noticed a pair of men's work boots in the hallway, which "
               "Kerry said belonged to her brother."),
        P("2.27", "On 6th September 2019 Team Manager 1 agreed Social Worker 3's recommendation "
               "to close the Child in Need plan. The closure record says there were \u201cno "
               "current concerns from partner agencies\u201d, but no agency had been asked. The "
               "closure letter went to the GP and to HV2 but not to the school."),
        H("Episode 6: Starting school, and 22nd September 2019"),
        P("2.28", "Rowan started in the Reception class at Moorside Primary School on 4th "
               "September 2019. He was absent on four of his first thirteen school days, each "
               "time after a telephone message that he was unwell. The nursery sent his "
               "safeguarding file to the school by courier on 16th September 2019, but it was "
               "not opened until 24th September 2019."),
        P("2.29", "On Thursday 19th September 2019 a teaching assistant noticed a bruise on "
               "Rowan's right cheek. At the end of the day Kerry said that he had fallen over "
               "in the park. The teaching assistant recorded this on the school's safeguarding "
               "system, but DSL2 was on a training course that day and the record was not "
               "reviewed before the weekend."),
        P("2.30", "At 4.48pm on Sunday 22nd September 2019 Lee rang 999 and said that Rowan had "
               "fallen down the stairs and was \u201cfloppy\u201d. Paramedics arrived at "
               "4.57pm. Rowan was taken to Northmoor Royal Infirmary and then transferred by "
               "the regional retrieval team to Fellgate Children's Hospital, arriving at "
               "11.20pm."),
        P("2.31", "A second strategy discussion was held on 23rd September 2019, and Lee was "
               "arrested the same day. Kerry was arrested on 24th September 2019. Ellis went to "
               "live with Pauline, and an interim care order was made on 27th September 2019. "
               "Rowan left hospital to live with foster carers on 15th November 2019."),
    ]
    return s


def part3():
    s = part("Part 3", "Analysis and findings", "p3")
    s += [
        P("3.1", "The review has six findings. Each finding sets out what happened, why it "
              "matters and what the partnership needs to consider. The findings are about "
              "systems and practice rather than about individual practitioners, many of whom "
              "were working under considerable pressure."),
        H("Finding 1: Domestic abuse was treated as a series of single incidents"),
        P("3.2", "Between March and October 2018 the police attended the home twice. Each "
              "incident was assessed on its own, and the second DASH assessment did not refer "
              "to the first. The MASH screened the first notification as information only "
              "without checking whether there was a pregnancy or other children in the "
              "household."),
        P("3.3", "The Child and Family Assessment in November 2018, the section 47 enquiry in May "
              "2019 and the closure of the Child in Need plan all rested on Kerry's account "
              "that the relationship with Lee was over. Practitioners at the learning event "
              "noted that this statement was recorded five times in eleven months, and that "
              "nobody asked what had changed each time."),
        Q("How can MASH screening build a picture of a household over time, rather than one "
          "notification at a time? How will managers know that it does?"),
        H("Finding 2: Lee was present but not seen"),
        P("3.4", "Lee was at the antenatal booking appointment, the new birth visit and the home "
              "when police attended, yet no social worker ever spoke to him. No professional "
              "asked about his background and no application was made under the Domestic "
              "Violence Disclosure Scheme. A check with the Ridings Police would have shown "
              "that in 2016 Lee had been arrested for assaulting a former partner, whose "
              "daughter was then aged 18 months."),
        P("3.5", "Practitioners described Lee as \u201cpolite but guarded\u201d. Several said "
              "they had felt uneasy about asking a man who was present to leave the room. The "
              "review heard that health staff had no agreed script for seeing a woman alone "
              "when her partner insists on staying."),
        Q("How confident are practitioners in Northmoor to ask who else lives in or visits a "
          "home, and to seek information about those adults from other areas?"),
        H("Finding 3: Missed appointments were not seen as a safeguarding signal"),
        P("3.6", "Over fourteen months Rowan was not brought to three speech and language "
              "therapy appointments, Kerry missed two perinatal mental health appointments, and "
              "only three of eight early help sessions took place. Rowan's nursery attendance "
              "fell to 58% in the spring term of 2019. Each service dealt with non-attendance "
              "as an administrative matter and discharged or closed."),
        P("3.7", "The discharge letters went to Brackenfield Medical Practice, which was the "
              "only agency to receive all of them. The practice's workflow at the time allowed "
              "administrative staff to file letters that did not ask for action. GP2 told the "
              "review that the practice now codes every \u201cwas not brought\u201d letter for "
              "a child and reviews it in the monthly safeguarding meeting."),
        P("3.8", "The nursery monitored attendance termly rather than weekly. DSL1 told the "
              "review that a fall to 58% would now lead to a meeting with the parent and a "
              "call to the health visitor, but that in 2019 the nursery had no written "
              "attendance procedure for children below statutory school age."),
        Q("When a child is repeatedly not brought, who in the system is expected to notice, "
          "and what are they expected to do?"),
        H("Finding 4: Cases were closed without a multi-agency view"),
        P("3.9", "Children's Social Care closed the case twice: in November 2018 after the "
              "assessment, and on 6th September 2019 when the Child in Need plan ended, sixteen "
              "days before Rowan was injured. On neither occasion were partner agencies asked "
              "for their view. The school, which had just become the agency seeing Rowan most "
              "often, was not told about the plan or its closure."),
        P("3.10", "The review recognises the pressure on the Child in Need Team at the time. "
               "Social Worker 3 held 27 children on their caseload when the case was allocated, "
               "and Team Manager 1 was supervising eleven social workers, four of whom were "
               "agency staff<super>6</super>. Social Worker 2's departure was not followed by a "
               "transfer visit."),
        FN(6, "Northmoor Children's Social Care reported an agency staffing rate of 31% in its "
              "Child in Need teams in July 2019. The rate had fallen to 18% by March 2020."),
        P("3.11", "Team Manager 1's supervision of Social Worker 3 on 3rd September 2019 lasted "
               "forty minutes and covered fourteen cases. The record for Rowan is two lines "
               "long and does not mention Lee, the bruising in May 2019 or the missed therapy "
               "appointments."),
        Q("What does a good closure decision look like, and how will the partnership know "
          "that closures are informed by every agency that knows the child?"),
        H("Finding 5: Rowan's lived experience was not understood"),
        P("3.12", "In the whole period under review Rowan was seen alone by a social worker "
               "once, by Social Worker 1 at nursery. Because his speech was delayed, "
               "professionals assumed that he could not tell them about life at home. Yet the "
               "nursery held his own account, in a picture and in his words, and staff had "
               "noticed that he flinched at raised voices. This was never brought together with "
               "what the police and health services knew."),
        Q("How do practitioners hear children who have little speech, and how is what they "
          "observe recorded and shared?"),
        H("Finding 6: Safeguarding information did not move with Rowan"),
        P("3.13", "Rowan moved from nursery to school in September 2019. At the nursery's "
               "transition meeting with Moorside Primary School in July 2019, his Child in Need "
               "status was not mentioned. The paper safeguarding file arrived by courier nearly "
               "two weeks after he started school and was not opened before the incident. The "
               "bruise seen on 19th September 2019 was therefore judged without any history."),
        H("Good practice"),
        P("3.14", "The review also found good practice. Paediatric Registrar 1's referral in May "
               "2019 was prompt, clearly reasoned and supported by body maps. Police Officer B "
               "recorded Rowan's presence and demeanour in detail in October 2018. Nursery staff "
               "noticed Rowan's speech delay and made a referral, and HV2 shared Kerry's "
               "depression score with the GP on the same day."),
        H("What has already changed"),
        P("3.15", "Since the incident the partnership has: removed the age limit on the ED "
               "paediatric liaison form; introduced a MASH check on pregnancy and all household "
               "members for every PPN; linked police notifications to the health records of all "
               "members of a household; and begun a pilot of electronic transfer of "
               "safeguarding files between early years settings and schools."),
    ]
    return s


def part4():
    s = part("Part 4", "Recommendations", "p4")
    recs = [
        ("Recommendation 1", "The NSCP should seek assurance, through an audit within six "
         "months, that every domestic abuse notification screened by the MASH includes checks "
         "on all children in the household and on any pregnancy, and considers earlier "
         "incidents."),
        ("Recommendation 2", "The safeguarding partners should develop practice guidance on "
         "working with fathers and male partners, including when to consider an application "
         "under the Domestic Violence Disclosure Scheme and how to see a parent alone."),
        ("Recommendation 3", "Northmoor Community Health NHS Trust should ensure that police "
         "notifications are recorded on the health records of every child and adult in the "
         "household, not only the child named on the notification."),
        ("Recommendation 4", "All health providers in Northmoor should adopt a single "
         "\u201cwas not brought\u201d policy by March 2021, so that repeated missed "
         "appointments for a child prompt a safeguarding review before discharge."),
        ("Recommendation 5", "Children's Social Care should require the written views of all "
         "agencies on a Child in Need plan, including any school the child is about to join, "
         "before the plan is closed."),
        ("Recommendation 6", "Education settings should transfer safeguarding files "
         "electronically within five school days of a child starting at a new setting, and "
         "the receiving designated safeguarding lead should confirm that the file has been "
         "read."),
        ("Recommendation 7", "The NSCP should report progress on these recommendations to its "
         "Executive after twelve months, including evidence of the difference made for "
         "children."),
    ]
    for i, (label, text) in enumerate(recs, start=1):
        s.append(P("4.%d" % i, "<b>%s</b>. %s" % (label, text)))
    s += [
        P("4.8", "The NSCP Executive accepted all seven recommendations when it approved this "
              "report. An action plan, with named leads and dates, is held by the NSCP Business "
              "Unit."),
        H("Acknowledgements"),
        P("4.9", "The lead reviewer thanks Pauline and Daniel for their contributions, and the "
              "practitioners and managers who gave their time to the review. The review is "
              "dedicated to Rowan, in the hope that it makes a difference for other children."),
    ]
    return s


CHRONO = [
    ["Date", "Time", "Agency", "Event"],
    ["14.02.15", "", "Northmoor Royal Infirmary", "Rowan born."],
    ["11.03.18", "23:40", "Fellshire Constabulary", "Neighbour reports shouting at the flat. "
     "Police Officer A attends; Lee has left. DASH graded standard risk."],
    ["13.03.18", "", "Fellshire Constabulary / MASH", "PPN sent to MASH; screened as "
     "information only."],
    ["23.04.18", "", "Northmoor Royal Infirmary (ED)", "Rowan seen with a burn to the back of "
     "his right hand (hair straighteners). Discharged; no liaison form."],
    ["02.07.18", "", "Northmoor Royal Infirmary (maternity)", "Pregnancy booked with Midwife 1; "
     "history of anxiety and depression. Lee present."],
    ["03.09.18", "", "Hollins Lane Nursery School", "Rowan starts nursery (15 hours a week)."],
    ["15.10.18", "02:15", "Fellshire Constabulary", "Kerry reports Lee pushed her into a door "
     "frame. Police Officer B arrests Lee. Rowan found under the kitchen table. DASH medium."],
    ["16.10.18", "", "MASH", "PPN received and passed to the Assessment Team."],
    ["17.10.18", "", "Children's Social Care", "Social Worker 1 allocated; Child and Family "
     "Assessment begins."],
    ["19.10.18", "", "Fellshire Constabulary", "Kerry withdraws support for prosecution; "
     "investigation closed."],
    ["20.11.18", "", "0-19 Service", "HV1 antenatal contact at home."],
    ["26.11.18", "", "Hollins Lane Nursery School", "Referral to speech and language therapy."],
    ["28.11.18", "", "Children's Social Care", "Child and Family Assessment completed; step "
     "down to early help."],
    ["30.11.18", "", "Children's Social Care", "Case closed to Children's Social Care."],
    ["04.12.18", "", "Early Help Service", "Early Help Assessment signed; Family Support "
     "Worker 1 allocated."],
    ["03.01.19", "", "Northmoor Royal Infirmary", "Ellis born at 37 weeks."],
    ["14.01.19", "", "0-19 Service", "HV2 new birth visit. Lee present."],
    ["21.01.19", "", "Hollins Lane Nursery School", "Keyworker records Rowan's words about his "
     "picture. Not shared."],
    ["07.02.19", "", "Brackenfield Medical Practice", "GP1 diagnoses postnatal depression; "
     "sertraline; referral to Perinatal Mental Health Team."],
    ["12.02.19", "", "Speech and language therapy", "Rowan not brought to appointment."],
    ["25.02.19", "", "0-19 Service", "HV2 6-8 week review at Calder Vale Children's Centre; "
     "EPDS score 16."],
    ["04.03.19", "", "Brackenfield Medical Practice", "GP2 sees Ellis for 8-week immunisations. "
     "Kerry tearful; no enquiry made about home."],
    ["06.03.19", "", "Perinatal Mental Health Team", "Kerry does not attend first appointment."],
    ["19.03.19", "", "Speech and language therapy", "Rowan not brought to appointment."],
    ["20.03.19", "", "Perinatal Mental Health Team", "Kerry does not attend second appointment."],
    ["29.03.19", "", "Early Help Service", "Case closed after Kerry withdraws consent."],
    ["02.04.19", "", "Perinatal Mental Health Team", "Kerry discharged to GP."],
    ["30.04.19", "", "Speech and language therapy", "Rowan not brought for the third time; "
     "discharged with letter to GP."],
    ["09.05.19", "19:52", "Northmoor Royal Infirmary (ED)", "Rowan brought with bruising to left "
     "ear and both upper arms (\u201ctrampoline\u201d). Paediatric Registrar 1 refers to "
     "Children's Social Care; admitted overnight."],
    ["10.05.19", "11:30", "Children's Social Care / Police / Health", "Strategy discussion chaired "
     "by Team Manager 1; joint section 47 enquiry; child protection medical by Paediatrician 1."],
    ["31.05.19", "", "Children's Social Care", "Section 47 enquiry concludes: not substantiated; "
     "Child in Need plan."],
    ["20.06.19", "", "Children's Social Care", "First Child in Need meeting."],
    ["17.07.19", "", "Hollins Lane Nursery School", "Transition meeting with Moorside Primary "
     "School. Child in Need status not mentioned."],
    ["23.07.19", "", "0-19 Service", "HV2 telephone contact with Kerry; Ellis's weight reported "
     "as \u201cfine\u201d."],
    ["25.07.19", "", "Children's Social Care", "Second Child in Need meeting, chaired by Team "
     "Manager 1."],
    ["26.07.19", "", "Children's Social Care", "Social Worker 2 leaves Northmoor."],
    ["12.08.19", "", "Children's Social Care", "Social Worker 3 allocated."],
    ["20.08.19", "", "Children's Social Care", "Social Worker 3 home visit; Rowan asleep, not "
     "woken."],
    ["04.09.19", "", "Moorside Primary School", "Rowan starts in Reception."],
    ["06.09.19", "", "Children's Social Care", "Child in Need plan closed by Team Manager 1."],
    ["16.09.19", "", "Hollins Lane Nursery School", "Safeguarding file sent to school by "
     "courier."],
    ["19.09.19", "", "Moorside Primary School", "Bruise to right cheek noted by teaching "
     "assistant; recorded, not reviewed."],
    ["22.09.19", "16:48", "Ambulance service", "999 call from Lee: Rowan \u201cfloppy\u201d after "
     "a fall on the stairs. Paramedics on scene at 16:57."],
    ["22.09.19", "23:20", "Fellgate Children's Hospital", "Rowan arrives at paediatric "
     "intensive care."],
    ["23.09.19", "", "Police / Children's Social Care", "Strategy discussion. Lee arrested. "
     "National Panel notified."],
    ["24.09.19", "", "Fellshire Constabulary", "Kerry arrested."],
    ["27.09.19", "", "Family court", "Interim care order for Ellis; placed with Pauline."],
]


def appendix():
    s = [NextPageTemplate("wide"), PageBreak(), TocMark("appA"),
         Paragraph("Appendix A: Chronology of key events", ST["fm_h"]),
         Paragraph("Dates are shown as day.month.year and times in the 24-hour clock, as in the "
                   "agency records supplied to the review. The chronology is a summary and does "
                   "not list every contact.", ST["fm"])]
    s.append(grid(CHRONO, [50, 34, 118, PAGE_W - 2 * MARGIN - 202]))
    return s


def story(toc):
    return front_matter(toc) + part1() + part2() + part3() + part4() + appendix()


def build_main(path):
    # first pass: find the printed page labels for the contents page
    probe = ReviewDoc(io.BytesIO())
    probe.build(story({}))
    toc = dict(probe.toc_pages)
    doc = ReviewDoc(path)
    doc.build(story(toc))
    if doc.toc_pages != toc:
        raise SystemExit("contents page numbers changed between passes")
    return doc


# ---------------------------------------------------------------- learning summary
BR = {
    "title": ParagraphStyle("bt", fontName="Helvetica-Bold", fontSize=19, leading=23,
                            textColor=TEAL, spaceAfter=4),
    "sub": ParagraphStyle("bs", fontName="Helvetica", fontSize=10.5, leading=14, textColor=GREY,
                          spaceAfter=10),
    "h": ParagraphStyle("bh", fontName="Helvetica-Bold", fontSize=12, leading=15,
                        textColor=TEAL, spaceBefore=9, spaceAfter=4),
    "p": ParagraphStyle("bp", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6),
    "li": ParagraphStyle("bl", fontName="Helvetica", fontSize=10, leading=14, leftIndent=14,
                         bulletIndent=3, spaceAfter=3),
}


class BriefDoc(BaseDocTemplate):
    def __init__(self, target):
        BaseDocTemplate.__init__(self, target, pagesize=A4, leftMargin=60, rightMargin=60,
                                 topMargin=64, bottomMargin=64,
                                 title="Learning summary: Rowan (FICTIONAL)",
                                 author="Northmoor Safeguarding Children Partnership (fictional)",
                                 subject="FICTIONAL practice material for evaluation",
                                 creator="eval/blind/northmoor/build.py")
        f = Frame(60, 64, PAGE_W - 120, PAGE_H - 128, id="f", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("p", [f], onPage=self.deco)])

    def deco(self, c, doc):
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, PAGE_H - 22, PAGE_W, 22, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 8)
        c.setFillColor(colors.white)
        c.drawString(60, PAGE_H - 15, "NSCP LEARNING SUMMARY")
        c.setFont("Helvetica-Bold", 7.6)
        c.setFillColor(colors.HexColor("#9B1C1C"))
        c.drawString(60, 36, FOOTER_TEXT)
        c.setFillColor(GREY)
        c.setFont("Helvetica", 7.6)
        c.drawRightString(PAGE_W - 60, 36, "Learning summary \u2013 page %d" % doc.page)
        c.restoreState()


def brief_story():
    B, Pp, L = BR["h"], BR["p"], BR["li"]

    def bullets(items):
        return [Paragraph(i, L, bulletText="\u2022") for i in items]

    s = [Paragraph("Learning from the review about \u2018Rowan\u2019", BR["title"]),
         Paragraph("A briefing for team meetings from the Northmoor Safeguarding Children "
                   "Partnership. Read it together, then use the questions at the end.", BR["sub"]),
         Paragraph("1. The background", B),
         Paragraph("Rowan was 4 years old when he was found to have a serious head injury and "
                   "older rib fractures on 22 September 2019. He lived with his mother, her "
                   "partner and his baby half-brother. He survived but has lasting brain "
                   "injury. The partnership asked an independent lead reviewer to look at "
                   "practice from January 2018 until the day he was injured.", Pp),
         Paragraph("2. What agencies knew", B)]
    s += bullets([
        "Police went to the home twice for domestic abuse: in March 2018 and in October 2018, "
        "when Rowan was found hiding under a table.",
        "Rowan went to the Emergency Department twice before he was injured: with a burn in "
        "April 2018 and with bruised ears and arms in May 2019.",
        "He was not brought to three speech and language therapy appointments, and his mother "
        "missed two mental health appointments after the birth of his brother.",
        "At nursery he drew a black cloud over his house and talked about shouting and crying.",
        "A Child in Need plan was closed sixteen days before he was injured, without asking any "
        "other agency.",
    ])
    s += [Paragraph("3. Why it matters", B),
          Paragraph("Each agency held a piece of the picture. Nobody held all of it. The adult "
                    "who posed the greatest risk was present at many contacts but was never "
                    "spoken to by a social worker, and his history in another police area was "
                    "never checked.", Pp),
          Paragraph("4. The six findings in brief", B)]
    s += bullets([
        "Domestic abuse treated as single incidents.",
        "The mother's partner present but not seen.",
        "Missed appointments not treated as a safeguarding signal.",
        "Cases closed without a multi-agency view.",
        "The child's lived experience not understood.",
        "Safeguarding information not moving between nursery and school.",
    ])
    s += [Paragraph("5. What good practice looks like", B)]
    s += bullets([
        "Ask: who else lives here or visits often? Then find out about them.",
        "Treat each \u201cwas not brought\u201d as information about the child's world.",
        "Before closing, ask every agency that knows the child, including the next school.",
        "Find ways to hear children with little speech: play, pictures and observation.",
    ])
    s += [Paragraph("6. What is changing", B),
          Paragraph("The partnership accepted all seven recommendations. The Learning and "
                    "Improvement Subgroup will test the changes through a multi-agency audit of "
                    "20 domestic abuse cases in December 2020, and will repeat this learning "
                    "summary at the annual safeguarding conference.", Pp),
          Paragraph("7. Questions for your team", B)]
    s += bullets([
        "When did you last speak to a father or male partner on one of your cases?",
        "What does your service do when a child is not brought to an appointment?",
        "How do you find out what a child with delayed speech is experiencing?",
        "Who do you tell when you close a case?",
    ])
    s += [Spacer(1, 10),
          Paragraph("The full report is available from the NSCP Business Unit. Contact the "
                    "Business Unit to book the 90-minute multi-agency workshop that accompanies "
                    "this summary.", Pp)]
    return s


def build_brief(path):
    doc = BriefDoc(path)
    doc.build(brief_story())
    return doc


def main():
    build_main(os.path.join(HERE, MAIN_PDF))
    build_brief(os.path.join(HERE, BRIEF_PDF))
    print("wrote", MAIN_PDF, "and", BRIEF_PDF)


if __name__ == "__main__":
    main()
