#!/usr/bin/env python3
"""Build the FICTIONAL Fernhollow "Lyra" corpus (blind evaluation data for scr-qa).

Writes, next to this script:
  fernhollow-cspr-lyra.pdf                 designed Child Safeguarding Practice Review
  fernhollow-lyra-practice-briefing.pdf    two-page practice briefing (restates some facts, with
                                           different figures and dates in a few places)

Everything in these documents is invented: no real child, family, professional, agency or place.
Only reportlab and the standard library are used; reportlab runs in invariant mode so that the PDFs
are byte-identical on every run.

    .venv/bin/python eval/blind/fernhollow-designed/build.py
"""
from reportlab import rl_config

rl_config.invariant = 1

import io  # noqa: E402
import os  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, NextPageTemplate, PageBreak,
    PageTemplate, Paragraph, Spacer, Table, TableStyle,
)
from reportlab.platypus.flowables import BalancedColumns  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN_PDF = "fernhollow-cspr-lyra.pdf"
BRIEF_PDF = "fernhollow-lyra-practice-briefing.pdf"

PAGE_W, PAGE_H = A4
ML, MR = 54, 54
BODY_W = PAGE_W - ML - MR
BODY_TOP = PAGE_H - 64
BODY_BOTTOM = 124          # the band below (to 44) is reserved for footnotes
FRONT_MATTER = 4           # physical pages 1-4 are labelled i-iv; page 5 is printed "1"

INK = colors.HexColor("#1f2a30")
PLUM = colors.HexColor("#5b2a4e")
SAGE = colors.HexColor("#7a9a7e")
SAGE_LT = colors.HexColor("#e8efe6")
SAND = colors.HexColor("#f4ecdf")
GREY = colors.HexColor("#6b6b6b")

FICTION_LINE = ("FICTIONAL practice material \u2013 Fernhollow Safeguarding Children Partnership "
                "\u2013 CSPR \u201cLyra\u201d \u2013 invented for testing scr-qa")

# ---------------------------------------------------------------- styles
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.6, leading=14.2, textColor=INK,
                      alignment=TA_LEFT, spaceAfter=7)
BODY_FM = ParagraphStyle("bodyfm", parent=BODY, fontSize=10.2, leading=15, spaceAfter=9)
SUB = ParagraphStyle("sub", parent=BODY, fontName="Helvetica-Bold", fontSize=10.4, leading=14,
                     textColor=PLUM, spaceBefore=4, spaceAfter=5, keepWithNext=1)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=12, bulletIndent=2, spaceAfter=3)
FN_STYLE = ParagraphStyle("fn", fontName="Helvetica", fontSize=7.4, leading=9, textColor=INK)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.3, leading=10.4, textColor=INK)
CELL_B = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold", textColor=colors.white)
SIDE_T = ParagraphStyle("sidet", fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                        textColor=PLUM, spaceAfter=5)
SIDE_P = ParagraphStyle("sidep", fontName="Helvetica-Oblique", fontSize=9, leading=12.6,
                        textColor=INK, spaceAfter=6)
PULL = ParagraphStyle("pull", fontName="Times-BoldItalic", fontSize=15, leading=19,
                      textColor=PLUM, alignment=TA_LEFT)
PULL_BY = ParagraphStyle("pullby", fontName="Helvetica", fontSize=8.2, leading=11, textColor=GREY,
                         spaceBefore=4)
TOC = ParagraphStyle("toc", fontName="Helvetica", fontSize=11, leading=20, textColor=INK)
TOC_R = ParagraphStyle("tocr", parent=TOC, alignment=TA_RIGHT)
FM_H = ParagraphStyle("fmh", fontName="Helvetica-Bold", fontSize=20, leading=25, textColor=PLUM,
                      spaceAfter=14)
CAP = ParagraphStyle("cap", fontName="Helvetica-Bold", fontSize=8.6, leading=11, textColor=PLUM,
                     spaceBefore=6, spaceAfter=4)


def roman(n):
    out = ""
    for v, s in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= v:
            out += s
            n -= v
    return out


def label_of(page):
    return roman(page) if page <= FRONT_MATTER else str(page - FRONT_MATTER)


# ---------------------------------------------------------------- footnotes
FOOTNOTES = {}


def FN(num):
    """Superscript marker; the callback puts the note at the foot of the page where it is drawn."""
    return '<super>%d</super><onDraw name="fn" label="%d"/>' % (num, num)


def _fn_cb(canv, kind, label):
    doc = canv._doctemplate
    doc.page_notes.setdefault(canv.getPageNumber(), []).append(int(label))


class SectionMark(Flowable):
    """Records the page a section starts on (for the contents page)."""

    def __init__(self, key):
        Flowable.__init__(self)
        self.key = key

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.canv._doctemplate.section_pages[self.key] = self.canv.getPageNumber()


class SectionBand(Flowable):
    """Full-width section heading: a plum band with the section number and title."""

    def __init__(self, number, title):
        Flowable.__init__(self)
        self.number, self.title = number, title

    def wrap(self, aw, ah):
        self.width = aw
        return aw, 46

    def draw(self):
        c = self.canv
        c.setFillColor(PLUM)
        c.rect(0, 8, self.width, 34, stroke=0, fill=1)
        c.setFillColor(SAGE)
        c.rect(0, 8, 46, 34, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 19)
        c.drawCentredString(23, 18, self.number)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(58, 19.5, self.title)


def section(number, title):
    return [CondPageBreak(200), SectionMark(number), SectionBand(number, title), Spacer(1, 6)]


def P(num, text):
    return Paragraph('<font name="Helvetica-Bold" color="#5b2a4e">%s</font>&nbsp;&nbsp;%s'
                     % (num, text), BODY)


def S(text):
    return Paragraph(text, SUB)


def B(items):
    return [Paragraph(t, BULLET, bulletText="\u2022") for t in items]


def cols(flowables):
    return BalancedColumns(flowables, nCols=2, innerPadding=18, spaceBefore=0, spaceAfter=6)


def sidebar(title, paras):
    inner = [Paragraph(title, SIDE_T)] + [Paragraph(p, SIDE_P) for p in paras]
    t = Table([[inner]], colWidths=[None])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), SAGE_LT),
        ("LINEABOVE", (0, 0), (-1, 0), 3, SAGE),
        ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [Spacer(1, 3), t, Spacer(1, 9)]


def pull_quote(text, by):
    inner = [Paragraph("\u201c" + text + "\u201d", PULL), Paragraph(by, PULL_BY)]
    t = Table([[inner]], colWidths=[None])
    t.setStyle(TableStyle([
        ("LINEBEFORE", (0, 0), (0, -1), 4, PLUM),
        ("LEFTPADDING", (0, 0), (-1, -1), 12), ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return [Spacer(1, 4), t, Spacer(1, 10)]


# ---------------------------------------------------------------- document template
class ReviewDoc(BaseDocTemplate):
    def __init__(self, target, **kw):
        BaseDocTemplate.__init__(self, target, pagesize=A4, leftMargin=ML, rightMargin=MR,
                                 topMargin=64, bottomMargin=BODY_BOTTOM,
                                 title="Child Safeguarding Practice Review: Lyra (FICTIONAL)",
                                 author="Fernhollow Safeguarding Children Partnership (FICTIONAL)",
                                 subject="FICTIONAL evaluation document for scr-qa",
                                 creator="scr-qa eval/blind/fernhollow-designed/build.py", **kw)
        self.page_notes = {}
        self.section_pages = {}
        cover = Frame(ML, 60, BODY_W, PAGE_H - 120, id="cover")
        front = Frame(ML, 70, BODY_W, BODY_TOP - 70, id="front")
        body = Frame(ML, BODY_BOTTOM, BODY_W, BODY_TOP - BODY_BOTTOM, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", [cover], onPage=self.on_cover),
            PageTemplate("front", [front], onPage=self.on_page, onPageEnd=self.on_end),
            PageTemplate("body", [body], onPage=self.on_page, onPageEnd=self.on_end),
        ])

    def on_cover(self, c, doc):
        c.setNamedCB("fn", _fn_cb)
        c.addPageLabel(0, style="ROMAN_LOWER", start=1)
        c.saveState()
        c.setFillColor(PLUM)
        c.rect(0, PAGE_H * 0.42, PAGE_W, PAGE_H * 0.58, stroke=0, fill=1)
        c.setFillColor(SAGE)
        c.rect(0, PAGE_H * 0.42 - 14, PAGE_W, 14, stroke=0, fill=1)
        c.setFillColor(SAND)
        for i in range(7):
            c.circle(PAGE_W - 110 + 14 * (i % 3), PAGE_H - 120 - 16 * i, 4 + i % 3, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica", 12)
        c.drawString(ML, PAGE_H - 90, "Fernhollow Safeguarding Children Partnership")
        c.setFont("Helvetica-Bold", 34)
        c.drawString(ML, PAGE_H - 240, "\u201cLyra\u201d")
        c.setFont("Helvetica-Bold", 20)
        c.drawString(ML, PAGE_H - 275, "Local Child Safeguarding")
        c.drawString(ML, PAGE_H - 300, "Practice Review")
        c.setFont("Helvetica", 12)
        c.drawString(ML, PAGE_H - 335, "\u201cAsk me when Mum isn\u2019t in the room\u201d")
        c.setFillColor(INK)
        c.setFont("Helvetica", 11)
        c.drawString(ML, 250, "Independent reviewer: Dr Marguerite Ossington")
        c.drawString(ML, 232, "Approved by the safeguarding partners: 16 June 2025")
        c.drawString(ML, 214, "Published: 8 September 2025")
        c.setFont("Helvetica-Bold", 11)
        c.setFillColor(PLUM)
        c.drawString(ML, 170, "FICTIONAL DOCUMENT")
        c.setFont("Helvetica", 9)
        c.setFillColor(INK)
        c.drawString(ML, 155, "Every person, family, agency and place in this review is invented. It was written to")
        c.drawString(ML, 143, "test a question-answering program and describes no real child or case.")
        c.setFont("Helvetica", 7.5)
        c.setFillColor(GREY)
        c.drawString(ML, 40, FICTION_LINE)
        c.restoreState()

    def on_page(self, c, doc):
        c.setNamedCB("fn", _fn_cb)
        if self.page == FRONT_MATTER + 1:
            c.addPageLabel(self.page - 1, style="ARABIC", start=1)
        c.saveState()
        c.setFillColor(PLUM)
        c.rect(0, PAGE_H - 30, 14, 30, stroke=0, fill=1)
        c.setFont("Helvetica", 7.8)
        c.setFillColor(GREY)
        c.drawString(ML, PAGE_H - 40, "Fernhollow SCP  |  Local Child Safeguarding Practice Review \u201cLyra\u201d")
        c.drawRightString(PAGE_W - MR, PAGE_H - 40, "FICTIONAL")
        c.setStrokeColor(SAGE)
        c.setLineWidth(0.6)
        c.line(ML, PAGE_H - 46, PAGE_W - MR, PAGE_H - 46)
        c.restoreState()

    def on_end(self, c, doc):
        c.saveState()
        notes = self.page_notes.get(self.page, [])
        if notes:
            y = BODY_BOTTOM - 14
            c.setStrokeColor(GREY)
            c.setLineWidth(0.5)
            c.line(ML, y, ML + 120, y)
            y -= 4
            for num in notes:
                p = Paragraph("<super>%d</super>&nbsp;%s" % (num, FOOTNOTES[num]), FN_STYLE)
                w, h = p.wrap(BODY_W, 200)
                y -= h
                p.drawOn(c, ML, y)
                y -= 2
            if y < 44:
                raise RuntimeError("footnotes overflow on page %d" % self.page)
        c.setFont("Helvetica", 7.5)
        c.setFillColor(GREY)
        c.drawString(ML, 26, FICTION_LINE)
        c.setFont("Helvetica-Bold", 9)
        c.setFillColor(PLUM)
        if self.page > 1:
            c.drawRightString(PAGE_W - MR, 26, label_of(self.page))
        c.restoreState()


# ---------------------------------------------------------------- content
FOOTNOTES.update({
    1: "The Fernhollow Levels of Need Guidance (2021 edition) describes four levels. Level 2 "
       "(\u201cadditional needs\u201d) is met by early help with the family\u2019s consent; Level 4 "
       "(\u201cacute\u201d) is met by statutory social work.",
    2: "A Child Concern Notification (CCN) is the form Marrowdene Police send to the Front Door when "
       "children live in a household where an incident is attended. The force\u2019s own target is to "
       "send it within 24 hours.",
    3: "Larchway Recovery Service\u2019s engagement policy at the time was to discharge a person after "
       "two consecutive missed appointments with no contact, with a letter to the referrer.",
    4: "The Clutter Image Rating is a picture scale from 1 (no clutter) to 9. Under the Fernhollow Joint "
       "Hoarding Protocol (2020) a rating of 6 or above should lead to a referral to adult social care.",
    5: "The school\u2019s average attendance for the same term was 95.1%. Forty-one sessions are twenty "
       "and a half school days.",
    6: "Total body surface area (TBSA). Lyra\u2019s burns covered 9% TBSA, mostly on her hands and forearms.",
})


def cover_story():
    return [Spacer(1, 10), NextPageTemplate("front"), PageBreak()]


def contents_page(pages):
    rows = [
        ("", "Foreword", "iii"),
        ("", "The review at a glance", "iv"),
        ("1", "Introduction and scope", None),
        ("2", "Lyra, Teddy and their family", None),
        ("3", "How the review was carried out", None),
        ("4", "What happened: November 2021 to March 2024", None),
        ("5", "Analysis and findings", None),
        ("6", "Recommendations", None),
        ("7", "Glossary of role codes and terms", None),
        ("A", "Appendix A: Chronology of key contacts", None),
        ("B", "Appendix B: Terms of reference and review panel", None),
    ]
    data = []
    for num, title, lab in rows:
        if lab is None:
            lab = label_of(pages.get(num, FRONT_MATTER + 1))
        data.append([Paragraph(num, TOC), Paragraph(title, TOC), Paragraph(lab, TOC_R)])
    t = Table(data, colWidths=[30, BODY_W - 90, 60])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, SAGE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [Paragraph("Contents", FM_H), t, Spacer(1, 24),
            Paragraph("Pages i\u2013iv are the front matter. The review itself is numbered from 1. "
                      "Paragraph numbers (for example 4.12) are the best way to refer to a passage.",
                      BODY_FM),
            Paragraph("This is a FICTIONAL document prepared to test software. Lyra and Teddy are "
                      "pseudonyms chosen for an invented case.", BODY_FM),
            PageBreak()]


def foreword():
    return [
        Paragraph("Foreword", FM_H),
        Paragraph("On a Saturday night in March 2024 an eleven-year-old girl woke in a smoke-filled flat on "
                  "the eighth floor of Ashcombe House, found her six-year-old brother and carried him to a "
                  "neighbour\u2019s door. Her mother was not at home. Lyra\u2019s courage that night saved "
                  "her brother\u2019s life, and it cost her weeks in a burns centre and months of treatment.",
                  BODY_FM),
        Paragraph("For more than two years before the fire, eight agencies had known something about this "
                  "family. A school had twice asked for help. A housing officer had seen scorch marks on a "
                  "carpet. A fire safety advocate had fitted smoke alarms and rated the clutter in the flat. "
                  "A GP had heard a mother describe her drinking. Each of them acted on what was in front of "
                  "them. What nobody did was put the pieces together and ask who was looking after the "
                  "children at night.", BODY_FM),
        Paragraph("I want to thank Lyra, who met our reviewer twice and told us exactly what she thought, "
                  "and her aunt, who has cared for both children since the fire. I also thank the "
                  "practitioners who came to the learning event and spoke honestly about their own part. "
                  "The safeguarding partners accept all seven recommendations, and I will report on their "
                  "progress to the Partnership in public.", BODY_FM),
        Spacer(1, 10),
        Paragraph("<b>Professor Hal Brennigan</b><br/>Independent Scrutineer, Fernhollow Safeguarding "
                  "Children Partnership<br/>June 2025", BODY_FM),
        PageBreak(),
    ]


def at_a_glance():
    facts = [
        ("Who", "Lyra, aged 11, and her brother Teddy, aged 6, living with their mother Ms H in Fernhollow."),
        ("What happened", "A fire in the family\u2019s flat in the early hours of 9 March 2024 while the "
                          "children were alone. Lyra was badly burned; Teddy suffered smoke inhalation."),
        ("Period reviewed", "1 September 2021 to 9 March 2024"),
        ("Agencies involved", "Eight agencies knew the family before the fire (Table 1); nine agencies "
                              "gave information to the review."),
        ("Review decision", "Rapid review on 21 March 2024; the safeguarding partners decided to carry out "
                            "a local review on 26 March 2024."),
        ("Findings", "Five findings (section 5) and seven recommendations (section 6)."),
    ]
    data = [[Paragraph("<b>%s</b>" % k, CELL), Paragraph(v, CELL)] for k, v in facts]
    t = Table(data, colWidths=[110, BODY_W - 110])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), SAND),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.white),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return [
        Paragraph("The review at a glance", FM_H), t, Spacer(1, 16),
        Paragraph("<b>In one paragraph.</b> Lyra had been her brother\u2019s carer at night for at least two "
                  "years. Professionals heard this in different words at different times \u2013 \u201cshe puts "
                  "Teddy to bed\u201d, \u201cthe night shift\u201d, \u201cMum doesn\u2019t always come home\u201d "
                  "\u2013 but her caring role was never assessed, and the fire risk in the flat was never linked "
                  "to the children\u2019s safety. The only social work assessment, in early 2024, rested on one "
                  "announced visit and closed with a step-down to early help nine days before the fire.",
                  BODY_FM),
        Paragraph("<b>How to use this report.</b> Practitioners short of time may read section 5 and the "
                  "practice briefing published with it. Trainers will find the chronology in section 4 and "
                  "the role codes in section 7.", BODY_FM),
        NextPageTemplate("body"), PageBreak(),
    ]


def s1():
    return section("1", "Introduction and scope") + [cols([
        P("1.1", "This is a Local Child Safeguarding Practice Review (LCSPR) commissioned by the Fernhollow "
                 "Safeguarding Children Partnership. It concerns Lyra, who was eleven, and her brother Teddy, "
                 "who was six, and a fire in the family\u2019s flat in the early hours of Saturday 9 March "
                 "2024. Both names are pseudonyms. Lyra chose her own, after a character in a book she "
                 "was reading in hospital, and chose her brother\u2019s too."),
        P("1.2", "The three safeguarding partners are Fernhollow Borough Council, the Fernhollow and "
                 "Quarrington Integrated Care Board and Marrowdene Police. A rapid review was held on 21 March "
                 "2024 and the partners decided on 26 March 2024 that a local review should be carried out. "
                 "The national Child Safeguarding Practice Review Panel agreed with that decision on 10 April "
                 "2024."),
        P("1.3", "The review covers the period from 1 September 2021, when the family moved to Fernhollow "
                 "from Sedgecombe, to the day of the fire. Information from before that date was used where "
                 "it helped to explain what happened later, in particular the death of the children\u2019s "
                 "maternal grandmother in August 2021."),
        P("1.4", "The review asked four questions. How well did agencies recognise and respond to Lyra\u2019s "
                 "role as a young carer? How was information about fire risk in the home shared and used? "
                 "How did services for Ms H\u2019s alcohol use take account of the children? How well were "
                 "the children\u2019s own views heard, and by whom?"),
        P("1.5", "This report is written for practitioners and managers across the partnership, and for the "
                 "public. It does not decide whether anyone is to blame: that is not the purpose of a "
                 "practice review. Its purpose is to identify what should change so that other children in "
                 "Lyra\u2019s position are seen sooner."),
        P("1.6", "Practitioners are referred to by role codes (for example SW2 or FS1), which are listed in "
                 "section 7. The family are referred to as Ms H (the children\u2019s mother), Mr V (her "
                 "partner from 2022, who did not live at the flat) and Ms J (Ms H\u2019s sister, who has "
                 "cared for both children since the fire)."),
    ])]


def s2():
    return section("2", "Lyra, Teddy and their family") + [cols([
        P("2.1", "Lyra was born in Sedgecombe and lived there with her mother and her grandmother until she "
                 "was nine. Teddy was born when Lyra was five. Their father, Mr D, has not lived with the "
                 "family since 2019 and had no contact with the children during the period under review; he "
                 "was not involved in this review."),
        P("2.2", "The children\u2019s grandmother had been the main source of help for the household. She "
                 "died in August 2021 after a short illness. Within a month Ms H had given up the Sedgecombe "
                 "tenancy and moved with the children to a two-bedroom flat, Flat 41, on the eighth floor of "
                 "Ashcombe House in Fernhollow, let by Tidewater Homes."),
        P("2.3", "Lyra is described by everyone who knows her as bright, funny and fiercely protective of "
                 "Teddy. At St Cuthwin\u2019s Church of England Primary School she was on the school council "
                 "and was a reading buddy for younger children. Her teachers remember that she always knew "
                 "whether Teddy had his PE kit."),
        P("2.4", "Teddy started in Reception at the same school in September 2022. He has a speech and "
                 "language delay and was on the school\u2019s SEN support register from spring 2023. He was "
                 "often brought to school by Lyra, and collected by her."),
        P("2.5", "Ms H told professionals on several occasions that she had been low since her mother died. "
                 "She worked evening shifts at a care home in Quarrington until February 2023, when she lost "
                 "the job. After that the household relied on Universal Credit. Rent arrears with Tidewater "
                 "Homes had reached \u00a31,940 by September 2023."),
    ] + sidebar("Lyra\u2019s words", [
        "Lyra met the reviewer twice, at her aunt\u2019s home, in October 2024 and January 2025. These are "
        "her words, shared with her agreement.",
        "\u201cI was good at being grown up. I just wasn\u2019t very good at being eleven.\u201d",
        "\u201cTeddy only eats toast if it\u2019s cut into four triangles. Nobody ever asked me that kind of "
        "thing.\u201d",
        "\u201cAsk me when Mum isn\u2019t in the room.\u201d",
        "Her message to professionals was one word, which she asked to be printed in capitals: "
        "\u201cNOTICE.\u201d",
    ]) + [
        P("2.6", "Mr V and Ms H were in a relationship from the spring of 2022. He had his own flat in "
                 "Quarrington and stayed at Ashcombe House some weekends. No agency knew his full name until "
                 "February 2023, and none of the agencies that later worked with the family asked about "
                 "him."),
        P("2.7", "Since the fire Lyra and Teddy have lived with Ms J in Sedgecombe. Lyra has had two skin "
                 "grafts and continues to attend the burns clinic. Care proceedings were issued on 28 March "
                 "2024 and concluded with a special guardianship order in favour of Ms J. Ms H has contact "
                 "with the children twice a month."),
    ])]


def s3():
    return section("3", "How the review was carried out") + [cols([
        P("3.1", "The partners appointed Dr Marguerite Ossington as independent reviewer on 2 May 2024. Dr "
                 "Ossington is a former nurse consultant for safeguarding children and has no connection "
                 "with any Fernhollow agency. A review panel of senior managers from each agency was chaired "
                 "by Dele Afolabi-Grange, the Designated Nurse for Safeguarding Children at the Integrated "
                 "Care Board. The panel met six times between May 2024 and May 2025."),
        P("3.2", "Each agency that had contact with the family wrote a short account of its involvement, "
                 "using a template that asked what was known, what was done and what the author now thought "
                 "should have been done. Nine agencies provided information; the involvement of eight of "
                 "them before the fire is summarised in Table 1. The ninth, the regional burns centre, "
                 "became involved only on the night of the fire."),
        P("3.3", "A practitioner learning event was held on 3 July 2024 and was attended by 22 practitioners "
                 "from nine agencies. Most of the practitioners named in this report took part. Two could "
                 "not: FS1, who was on long-term leave, and RW1, who had left Larchway Recovery Service; "
                 "both gave written accounts."),
        P("3.4", "Lyra met the reviewer twice with her aunt present, and her views run through this report. "
                 "Teddy was judged too young to take part in a meeting, but his aunt passed on what he had "
                 "said about the fire. Ms H was invited three times and declined, saying she did not feel "
                 "able to revisit that period. Mr V could not be traced. Mr D was not contacted, because he "
                 "had played no part in the children\u2019s lives."),
        P("3.5", "Marrowdene Police investigated the circumstances of the fire. The review waited for the "
                 "police to agree that it could speak to practitioners, and this added about six weeks to the "
                 "timetable. The investigation ended in January 2025 with a decision to take no further action "
                 "against Ms H."),
        P("3.6", "The draft report was shared with Ms J, and with Ms H through her solicitor, before it was "
                 "finalised. It was approved by the safeguarding partners on 16 June 2025."),
    ])]


def table1():
    head = ["Agency", "Practitioners (role codes)", "Involvement before the fire"]
    rows = [
        ("St Cuthwin\u2019s Church of England Primary School",
         "DSL1 (deputy head and designated safeguarding lead); CT1 (Lyra\u2019s Year 6 class teacher); "
         "EWO1 (attendance officer)",
         "Two referrals to the Front Door (12 November 2021 and 11 January 2024). Attendance letters in the "
         "autumn term of 2023; a meeting on 7 December 2023 that Ms H did not attend."),
        ("Fernhollow Borough Council \u2013 Front Door",
         "SW1 (Front Door social worker); FD2 (Front Door triage officer)",
         "Screened the 2021 referral and stepped it to early help (SW1). Screened the police notification of "
         "February 2023 and closed it with a letter to Ms H (FD2)."),
        ("Fernhollow Borough Council \u2013 Early Help",
         "EH1 (family practitioner, 2022); EH2 (family practitioner, 2024)",
         "Early help plan from 6 January 2022 to 28 July 2022: seven Team Around the Family meetings planned, "
         "four held. EH2 allocated 5 March 2024; no visit before the fire."),
        ("Fernhollow Borough Council \u2013 Assessment Team",
         "SW2 (social worker); TM1 (team manager)",
         "Child and family assessment from 15 January 2024 to 29 February 2024; outcome step-down to early "
         "help."),
        ("Marrowdene Police",
         "PC4 (response officer)",
         "Attended a domestic incident at the flat on 3 February 2023; risk assessed as standard; Child "
         "Concern Notification sent on 6 February 2023."),
        ("Hollins Lane Surgery",
         "GP1 (Ms H\u2019s GP); GP2 (saw Lyra)",
         "GP1 saw Ms H about low mood and alcohol on 28 April 2023 and referred her to Larchway. GP2 saw "
         "Lyra with headaches on 22 June 2023."),
        ("Larchway Recovery Service",
         "RW1 (recovery worker)",
         "One appointment attended (15 May 2023), two missed; discharged on 21 July 2023 with a letter to "
         "the GP."),
        ("Fernhollow and Quarrington Community Health \u2013 school nursing",
         "SN1 (school nurse)",
         "Saw Lyra at a school drop-in on 14 June 2023 about headaches and tiredness; telephoned Ms H."),
        ("Tidewater Homes",
         "HO1 (housing officer)",
         "Tenancy visit about rent arrears on 4 September 2023; referral to the fire service for a Safe "
         "and Well visit on 6 September 2023."),
        ("Marrowdene Fire and Rescue Service",
         "FS1 (community safety advocate)",
         "Safe and Well visit on 19 September 2023: two smoke alarms fitted; clutter rated 6; revisit "
         "planned but not made."),
    ]
    data = [[Paragraph(h, CELL_B) for h in head]]
    for r in rows:
        data.append([Paragraph(x, CELL) for x in r])
    t = Table(data, colWidths=[120, 150, BODY_W - 270], repeatRows=1)
    style = [("BACKGROUND", (0, 0), (-1, 0), PLUM), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEBELOW", (0, 0), (-1, -1), 0.4, SAGE),
             ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    for i in range(1, len(data)):
        if i % 2 == 0:
            style.append(("BACKGROUND", (0, i), (-1, i), SAND))
    t.setStyle(TableStyle(style))
    return [CondPageBreak(150),
            Paragraph("Table 1. Agencies that knew the family before the fire (FICTIONAL)", CAP), t,
            Spacer(1, 12)]


def s4():
    part_a = [
        S("November 2021: the first referral"),
        P("4.1", "On 12 November 2021 Lyra, then nine, told a teaching assistant that she \u201cputs Teddy to "
                 "bed and does his breakfast because Mum is poorly\u201d. DSL1 spoke to Lyra and made a "
                 "referral to the Front Door the same afternoon. The referral said Ms H was grieving, that "
                 "Lyra was often tired and that she seemed to be \u201cdoing a lot at home\u201d."),
        P("4.2", "SW1 screened the referral and spoke to Ms H by telephone on 16 November 2021. Ms H said she "
                 "had been unwell after her mother\u2019s death and was now getting better. SW1 judged the "
                 "needs to be at Level 2 of the Levels of Need Guidance" + FN(1) + " and passed the case to "
                 "early help with Ms H\u2019s consent. Nobody spoke to Lyra as part of the screening."),
        S("2022: early help"),
        P("4.3", "EH1 began an early help assessment on 6 January 2022. The plan focused on Ms H\u2019s grief, "
                 "on a bereavement counselling referral and on getting Teddy a nursery place. EH1 recorded "
                 "that Lyra was \u201ca young carer in the making\u201d and that a young carer\u2019s assessment "
                 "should be offered. It never was. Seven Team Around the Family meetings were planned and four "
                 "were held; Lyra attended none of them, because they were held in school hours."),
        P("4.4", "The plan was closed on 28 July 2022 with the outcome \u201cneeds met\u201d. Ms H had "
                 "attended counselling, Teddy had a school place for September, and Ms H said she no longer "
                 "needed help. The closure summary does not mention Lyra."),
        S("February 2023: the police call"),
        P("4.5", "At 23.15 on Friday 3 February 2023 a neighbour called the police to report shouting in Flat "
                 "41. PC4 arrived at 23.40 and found Ms H and Mr V arguing; both had been drinking. Mr V agreed "
                 "to leave. PC4 completed a domestic abuse risk assessment, which gave a standard risk. PC4 "
                 "was told the children were asleep and did not see them."),
        P("4.6", "The Child Concern Notification" + FN(2) + " was sent to the Front Door on 6 February 2023, "
                 "three days after the incident. FD2 screened it on 8 February 2023, found the earlier early "
                 "help plan, and closed the notification with a letter to Ms H giving the number of Lanyard "
                 "Women\u2019s Aid. The school was not told."),
        S("Spring and summer 2023: health"),
        P("4.7", "On 28 April 2023 Ms H saw GP1 about low mood. She said she was drinking \u201cmost of a "
                 "bottle of wine most nights\u201d. GP1 referred her to Larchway Recovery Service and arranged "
                 "a review in four weeks. The record does not say whether children lived with Ms H or who "
                 "looked after them while she drank; GP1 told the review that the practice system showed "
                 "the children as registered at the same address."),
        P("4.8", "Ms H attended her first appointment with RW1 on 15 May 2023. She missed appointments on 5 "
                 "June and 26 June 2023 and did not reply to messages. Larchway discharged her on 21 July "
                 "2023 in line with its policy" + FN(3) + " and wrote to the surgery. The GP review booked "
                 "for four weeks after 28 April did not take place, and no one followed up the discharge "
                 "letter."),
    ]
    part_b = [
        P("4.9", "On 14 June 2023 Lyra went to SN1\u2019s lunchtime drop-in at school complaining of "
                 "headaches. She told SN1 she was tired because \u201csometimes I\u2019m on the night shift "
                 "with Teddy\u201d. SN1 recorded this, advised more water and an eye test, and telephoned Ms H, "
                 "who said Teddy had been waking with nightmares. SN1 took no further action."),
    ] + pull_quote("Sometimes I\u2019m on the night shift with Teddy.",
                   "Lyra, aged ten, to the school nurse (SN1), 14 June 2023") + [
        P("4.10", "Eight days later, on 22 June 2023, GP2 saw Lyra with her mother about the same headaches. "
                  "GP2 found nothing of concern and advised an optician\u2019s appointment. GP2 was not aware of "
                  "the school nurse\u2019s record, and the surgery record of Ms H\u2019s alcohol use was not "
                  "linked to the children\u2019s records."),
        S("September 2023: housing and fire safety"),
        P("4.11", "HO1 visited the flat on 4 September 2023 about the rent arrears. HO1 noted heavy clutter in "
                  "the hallway, bags of clothes against the radiators, a portable electric heater and a scorch "
                  "mark about the size of a dinner plate on the living-room carpet. Ms H said a candle had "
                  "fallen over. On 6 September 2023 HO1 referred the household to Marrowdene Fire and Rescue "
                  "Service for a Safe and Well visit, describing \u201ca mum and two kids, lots of stuff, "
                  "burn mark\u201d."),
        P("4.12", "FS1 made the Safe and Well visit at 16.10 on 19 September 2023, after an earlier "
                  "appointment at 10.00 that morning had been missed. FS1 fitted two smoke alarms, one in the "
                  "hallway and one in the living room, rated the clutter at 6 on the Clutter Image Rating "
                  "scale" + FN(4) + " and advised Ms H not to use the heater near clothes. Both children were "
                  "at home, watching television; FS1 did not speak to them. FS1 planned a revisit within eight "
                  "weeks, but went on long-term leave in October 2023 and the revisit was not reallocated. No "
                  "referral was made to adult or children\u2019s social care."),
        S("Autumn 2023: attendance"),
        P("4.13", "In the autumn term of 2023 Lyra\u2019s attendance fell to 81.4%. She missed forty-one "
                  "sessions" + FN(5) + ", most of them on Mondays and Fridays. EWO1 sent two letters and "
                  "arranged a meeting for 7 December 2023, which Ms H did not attend. A warning letter about a "
                  "possible penalty notice was sent on 12 December 2023. Teddy\u2019s attendance over the same "
                  "term was 96.0%, because Lyra brought him to school even on days she did not stay herself."),
        S("January and February 2024: the assessment"),
        P("4.14", "On the morning of 11 January 2024 Lyra fell asleep in class. When CT1 asked her about it, "
                  "she said that Mum \u201cdoesn\u2019t always come home at night\u201d. DSL1 made a referral to "
                  "the Front Door at 10.40 that morning, listing the 2021 referral, the attendance figures and "
                  "what Lyra had said. The Front Door decided the next day that a child and family assessment "
                  "was needed."),
        P("4.15", "TM1 allocated the assessment to SW2 on 15 January 2024. SW2 made an announced home visit on "
                  "24 January 2024; Ms H, Lyra and Teddy were there. SW2 recorded the flat as \u201ccluttered "
                  "but acceptable\u201d and Ms H as \u201copen and engaged\u201d. Ms H said that she sometimes "
                  "stayed with a friend in Quarrington but that a neighbour looked in when she did. SW2 did not "
                  "ask which neighbour, and the arrangement was never checked."),
        P("4.16", "SW2 spoke to DSL1 by telephone on 7 February 2024 and saw Lyra alone at school on 20 "
                  "February 2024 for about ten minutes, in a room next to the head teacher\u2019s office. Lyra "
                  "said things were \u201cfine now\u201d. SW2 did not contact the GP, the fire service or "
                  "Tidewater Homes. SW2 told the review that there had been no reason to think they held "
                  "information, and that her caseload in February 2024 was 27 children."),
        P("4.17", "The assessment was completed on 29 February 2024. It concluded that the children\u2019s needs "
                  "were at Level 2 and recommended a step-down to early help, with a young carer\u2019s "
                  "assessment \u201cto be considered\u201d. TM1 agreed the outcome the same day. EH2 was "
                  "allocated on 5 March 2024 and booked a first visit for 12 March 2024."),
        S("9 March 2024: the fire"),
        P("4.18", "Ms H left the flat at about 21.00 on Friday 8 March 2024 to visit a friend in Quarrington. "
                  "No one had been asked to look after the children. At about 02.40 Lyra woke to the sound of "
                  "the living-room smoke alarm and found the room full of smoke. She woke Teddy, wrapped him in "
                  "a duvet and carried him along the hallway and out of the front door. Her hands and arms were "
                  "burned when she pushed open the hot living-room door to look for her mother."),
        P("4.19", "A neighbour on the same landing made the 999 call at 02.47. The first fire crew arrived at "
                  "02.53 and an ambulance at 03.05. Ms H returned to Ashcombe House at about 03.30, after the "
                  "neighbour had reached her by telephone. The fire investigation found that the heater in the "
                  "living room had been left on next to clothes drying on a chair. The smoke alarm in the "
                  "hallway had no battery."),
        P("4.20", "Lyra was taken to Quarrington General Hospital and transferred the same morning to Hartsmoor "
                  "Regional Burns Centre, where she stayed for 23 days. Her burns covered 9% TBSA" + FN(6) +
                  ". Teddy was treated for smoke inhalation at Quarrington General Hospital and discharged "
                  "after two days. A strategy meeting was held on 11 March 2024, and both children went to "
                  "stay with Ms J."),
    ]
    return (section("4", "What happened: November 2021 to March 2024") +
            [P("4.0", "This section sets out the key episodes in order. Table 1 shows which agencies knew "
                      "the family and what each of them did; Appendix A gives the full chronology.")] +
            table1() +
            [cols(part_a + part_b)])


def s5():
    return section("5", "Analysis and findings") + [cols([
        S("Finding 1: Lyra\u2019s caring role was seen but never named"),
        P("5.1", "Four times in just over two years, Lyra told a professional, in her own words, that she looked "
                 "after her brother: to the teaching assistant in November 2021, to SN1 in June 2023, to CT1 in "
                 "January 2024, and implicitly to SW2 when she said things were \u201cfine now\u201d. Each "
                 "time, the words were recorded and the conversation moved on to her mother."),
        P("5.2", "The Fernhollow Young Carers Strategy 2022\u20132025 says that any practitioner who identifies "
                 "a possible young carer should offer a referral for a young carer\u2019s needs assessment. "
                 "Lyra was never referred. EH1\u2019s phrase \u201ca young carer in the making\u201d and the "
                 "2024 assessment\u2019s \u201cto be considered\u201d both show that the idea was present but "
                 "that it was treated as a future possibility rather than a current fact."),
        P("5.3", "Practitioners at the learning event said that they thought of young carers as children who "
                 "look after a disabled parent, and that a child covering for a parent\u2019s absence or "
                 "drinking did not come to mind in the same way. This is a finding about the whole system "
                 "rather than about any one practitioner."),
        S("Finding 2: Fire risk stayed with the fire service and housing"),
        P("5.4", "HO1 and FS1 both saw the signs that matter most for fire risk \u2013 clutter, a heater, a "
                 "scorch mark and a parent who drank \u2013 and both responded in the way their own agency "
                 "expected. FS1\u2019s rating of 6 should have triggered a referral under the Joint Hoarding "
                 "Protocol. The fire service told the review that the protocol was written with older adults "
                 "in mind and that staff did not think of it when children lived in the home."),
        P("5.5", "The missed revisit is a second, separate gap. Marrowdene Fire and Rescue Service had no "
                 "system for reallocating planned revisits when an advocate was absent. The service has since "
                 "introduced a weekly check of overdue revisits, and a revisit now cannot be closed without a "
                 "manager\u2019s review."),
        P("5.6", "If the Front Door or SW2 had asked Tidewater Homes or the fire service what they knew, they "
                 "would have learned about the heater, the scorch mark and the clutter rating. The review "
                 "cannot say that this would have prevented the fire. It can say that the assessment of "
                 "January 2024 was made without information that two agencies held."),
        S("Finding 3: Adult services did not think family"),
        P("5.7", "GP1\u2019s consultation and RW1\u2019s assessment both concerned an adult who drank heavily "
                 "at night and lived with two young children. Neither record asks who looked after the "
                 "children. Larchway\u2019s referral form had a box for \u201cdependent children\u201d; it "
                 "was ticked, and the number two was entered, but nothing followed from it."),
        P("5.8", "The discharge from Larchway after two missed appointments was in line with the policy then in "
                 "force. A parent with children at home who stops attending is, however, a different risk from "
                 "an adult living alone. Larchway has since changed its policy so that no parent is "
                 "discharged for non-attendance without a discussion with the referrer and a check with "
                 "children\u2019s services."),
        S("Finding 4: Lyra was rarely seen on her own"),
        P("5.9", "Between November 2021 and March 2024 Lyra was spoken to alone by a professional on "
                 "three occasions that the review could identify: by DSL1 in November 2021, by SN1 in June "
                 "2023 and by SW2 in February 2024. The last of these took about ten minutes, in school, four "
                 "weeks after SW2 had first met her with her mother present. Lyra told the reviewer that she "
                 "would have said more \u201cif they\u2019d asked about the nights\u201d."),
        P("5.10", "The review heard that practitioners often see a confident, articulate child as a "
                  "protective factor. In Lyra\u2019s case her competence hid the extent of her responsibility. "
                  "The sidebar in section 2 sets out what she asked professionals to do."),
        S("Finding 5: One announced visit carried too much weight"),
        P("5.11", "The 2024 assessment rested on a single announced home visit, one short conversation with "
                  "Lyra and a telephone call to the school. The assessment recorded the neighbour arrangement "
                  "as a protective factor without knowing who the neighbour was. TM1\u2019s agreement to the "
                  "step-down was given on the day the assessment was completed and the management record is "
                  "two lines long."),
        P("5.12", "Practitioners described an assessment team under pressure: SW2 had 27 children, against the "
                  "team\u2019s target of 18. The review accepts that this was a real constraint. It notes, "
                  "however, that the decision to step down to early help was a choice about thresholds, "
                  "taken with the history of two school referrals, a police notification and falling "
                  "attendance in view, and that no unannounced visit was made at any point in the "
                  "assessment."),
        P("5.13", "Good practice was also found. DSL1\u2019s referrals in 2021 and 2024 were prompt, clear and "
                  "put Lyra\u2019s words first. HO1 acted on what she saw, within two days. Lyra\u2019s "
                  "neighbour, whose name is not given in this report at her request, responded quickly and "
                  "calmly on the night of the fire. The burns centre\u2019s play specialists were praised by "
                  "Lyra and her aunt."),
    ])]


def s6():
    recs = [
        ("R1", "The Partnership should relaunch the Young Carers Strategy so that a child who covers for a "
               "parent\u2019s absence, illness or drinking is recognised as a young carer, and report on the "
               "number of referrals from schools and health within twelve months.", "Fernhollow Borough Council"),
        ("R2", "Marrowdene Fire and Rescue Service and the Partnership should revise the Joint Hoarding "
               "Protocol to cover homes where children live, with a direct route to the Front Door.",
         "Fire and Rescue Service"),
        ("R3", "The Front Door should ask the fire service and the housing provider for information whenever "
               "a referral mentions fire, clutter or a parent\u2019s drinking.", "Children\u2019s Services"),
        ("R4", "The Integrated Care Board should ensure that GP records of a parent\u2019s alcohol or drug use "
               "prompt a question about who cares for the children.", "Integrated Care Board"),
        ("R5", "Larchway Recovery Service should report to the Partnership on its new non-attendance policy "
               "for parents after six months.", "Larchway Recovery Service"),
        ("R6", "Every child and family assessment should include at least one unannounced visit and at least "
               "one conversation with each child alone, away from home.", "Children\u2019s Services"),
        ("R7", "The Partnership should publish a practice briefing based on this review and use it in "
               "multi-agency training in 2025\u201326.", "Partnership business unit"),
    ]
    rows = [[Paragraph("Rec.", CELL_B), Paragraph("Recommendation", CELL_B), Paragraph("Lead", CELL_B)]]
    for r in recs:
        rows.append([Paragraph("<b>%s</b>" % r[0], CELL), Paragraph(r[1], CELL), Paragraph(r[2], CELL)])
    t = Table(rows, colWidths=[38, BODY_W - 158, 120], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SAGE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, SAGE),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return section("6", "Recommendations") + [cols([
        P("6.1", "The seven recommendations below follow from the five findings. The safeguarding partners "
                 "have accepted all of them, and the Partnership\u2019s Practice Review Group will monitor an "
                 "action plan. The first progress report is due in March 2026."),
        P("6.2", "Several agencies have already acted. The fire service\u2019s weekly check of overdue "
                 "revisits began in November 2024, and Larchway\u2019s new policy for parents took effect on "
                 "1 February 2025. These changes are welcome, but the review has not tested them."),
    ]), t, Spacer(1, 10)]


def s7():
    terms = [
        ("CT1", "Lyra\u2019s Year 6 class teacher, St Cuthwin\u2019s"),
        ("DSL1", "Deputy head and designated safeguarding lead, St Cuthwin\u2019s"),
        ("EH1, EH2", "Early help family practitioners, 2022 and 2024"),
        ("EWO1", "Attendance officer working with the school"),
        ("FD2", "Front Door triage officer who screened the police notification"),
        ("FS1", "Community safety advocate, Marrowdene Fire and Rescue Service"),
        ("GP1, GP2", "General practitioners, Hollins Lane Surgery"),
        ("HO1", "Housing officer, Tidewater Homes"),
        ("PC4", "Response officer, Marrowdene Police"),
        ("RW1", "Recovery worker, Larchway Recovery Service"),
        ("SN1", "School nurse"),
        ("SW1", "Front Door social worker, 2021"),
        ("SW2", "Social worker, Assessment Team, 2024"),
        ("TM1", "Team manager, Assessment Team"),
        ("CCN", "Child Concern Notification (police to the Front Door)"),
        ("TAF", "Team Around the Family meeting (early help)"),
        ("TBSA", "Total body surface area (burns)"),
    ]
    items = [Paragraph("<b>%s</b> \u2013 %s" % kv, BODY) for kv in terms]
    return section("7", "Glossary of role codes and terms") + [cols(items + [
        Paragraph("<i>All role codes refer to FICTIONAL practitioners invented for this document.</i>", BODY)
    ])]


def appendix_a():
    head = ["Date", "Time", "Agency", "Contact", "What was recorded or decided"]
    rows = [
        ("Aug 2021", "", "\u2013", "Family", "Maternal grandmother dies in Sedgecombe after a short illness."),
        ("13 Sep 2021", "", "Tidewater Homes", "Tenancy starts",
         "Ms H signs the tenancy for Flat 41, Ashcombe House (eighth floor). Two bedrooms; storage heaters."),
        ("20 Sep 2021", "", "School", "Admission",
         "Lyra starts in Year 5 at St Cuthwin\u2019s. Previous school in Sedgecombe sends records on 1 Oct 2021; "
         "no safeguarding file."),
        ("04 Oct 2021", "", "Hollins Lane Surgery", "Registration",
         "Ms H, Lyra and Teddy register with the surgery. New-patient check for Ms H not attended."),
        ("12 Nov 2021", "14:20", "School (DSL1)", "Referral to Front Door",
         "Lyra \u201cputs Teddy to bed and does his breakfast\u201d; Ms H grieving; Lyra tired."),
        ("16 Nov 2021", "", "Front Door (SW1)", "Screening",
         "Telephone call with Ms H. Level 2; to early help with consent. Lyra not spoken to."),
        ("06 Jan 2022", "", "Early Help (EH1)", "Early help assessment",
         "Plan: bereavement counselling, nursery place for Teddy. \u201cA young carer in the making.\u201d"),
        ("03 Mar 2022", "13:30", "Early Help (EH1)", "TAF meeting 2",
         "Cancelled: Ms H unwell. Rearranged twice; held on 31 Mar 2022."),
        ("28 Jul 2022", "", "Early Help (EH1)", "Closure", "Plan closed, \u201cneeds met\u201d. Four of seven "
         "TAF meetings held. No young carer\u2019s assessment offered."),
        ("03 Feb 2023", "23:15", "Police (PC4)", "Domestic incident",
         "Neighbour reports shouting. PC4 on scene 23:40. Ms H and Mr V drinking. DA risk: standard. "
         "Children \u201casleep\u201d, not seen."),
        ("06 Feb 2023", "", "Police", "CCN sent", "Child Concern Notification to the Front Door."),
        ("08 Feb 2023", "", "Front Door (FD2)", "Screening",
         "No further action. Letter to Ms H with the number of Lanyard Women\u2019s Aid. School not told."),
        ("28 Apr 2023", "09:10", "GP1", "Consultation",
         "Low mood; \u201cmost of a bottle of wine most nights\u201d. Referral to Larchway. Review in 4 weeks "
         "(not booked)."),
        ("15 May 2023", "", "Larchway (RW1)", "Assessment",
         "Attended. \u201cDependent children: 2\u201d ticked. Goal: alcohol-free weekdays."),
        ("05 Jun 2023", "", "Larchway (RW1)", "Appointment", "Not attended. Text message sent."),
        ("14 Jun 2023", "12:35", "School nursing (SN1)", "Drop-in",
         "Headaches and tiredness; \u201cthe night shift with Teddy\u201d. Phone call to Ms H."),
        ("22 Jun 2023", "", "GP2", "Consultation (Lyra)", "Headaches; optician advised. Seen with Ms H."),
        ("26 Jun 2023", "", "Larchway (RW1)", "Appointment", "Not attended. No reply to messages."),
        ("21 Jul 2023", "", "Larchway", "Discharge", "Discharged; letter to Hollins Lane Surgery."),
        ("04 Sep 2023", "11:00", "Tidewater Homes (HO1)", "Tenancy visit",
         "Arrears \u00a31,940. Clutter, heater, scorch mark on carpet (\u201ccandle\u201d)."),
        ("06 Sep 2023", "", "Tidewater Homes (HO1)", "Referral", "Safe and Well referral to the fire service."),
        ("19 Sep 2023", "16:10", "Fire and Rescue (FS1)", "Safe and Well visit",
         "Two smoke alarms fitted (hallway, living room). Clutter Image Rating 6. Heater advice. "
         "Children present, not spoken to. Revisit within 8 weeks planned."),
        ("Oct 2023", "", "Fire and Rescue", "Staffing", "FS1 on long-term leave; revisit not reallocated."),
        ("07 Dec 2023", "", "School (EWO1)", "Attendance meeting", "Ms H did not attend. Attendance 81.4%."),
        ("12 Dec 2023", "", "School (EWO1)", "Letter", "Warning letter: possible penalty notice."),
        ("11 Jan 2024", "10:40", "School (DSL1)", "Referral to Front Door",
         "Lyra asleep in class; Mum \u201cdoesn\u2019t always come home at night\u201d."),
        ("12 Jan 2024", "", "Front Door", "Decision", "Child and family assessment needed."),
        ("15 Jan 2024", "", "Assessment Team (TM1)", "Allocation", "Allocated to SW2."),
        ("24 Jan 2024", "15:45", "Assessment Team (SW2)", "Home visit (announced)",
         "Flat \u201ccluttered but acceptable\u201d. Ms H \u201copen and engaged\u201d. Neighbour \u201clooks "
         "in\u201d."),
        ("07 Feb 2024", "", "Assessment Team (SW2)", "Telephone", "Call with DSL1 about attendance."),
        ("20 Feb 2024", "", "Assessment Team (SW2)", "Lyra seen alone",
         "At school, about ten minutes. \u201cFine now.\u201d"),
        ("29 Feb 2024", "", "Assessment Team (SW2, TM1)", "Assessment completed",
         "Level 2. Step-down to early help. Young carer\u2019s assessment \u201cto be considered\u201d."),
        ("05 Mar 2024", "", "Early Help (EH2)", "Allocation", "First visit booked for 12 Mar 2024."),
        ("08 Mar 2024", "21:00", "Family", "Ms H leaves the flat", "Goes to a friend in Quarrington. No "
         "carer arranged."),
        ("09 Mar 2024", "02:47", "Fire and Rescue", "999 call",
         "Call from neighbour. First crew 02:53; ambulance 03:05; Ms H returns about 03:30."),
        ("11 Mar 2024", "", "Children\u2019s Services, Police", "Strategy meeting",
         "Children to stay with Ms J. Police investigation opened."),
    ]
    data = [[Paragraph(h, CELL_B) for h in head]]
    for r in rows:
        data.append([Paragraph(x, CELL) for x in r])
    t = Table(data, colWidths=[58, 34, 92, 92, BODY_W - 276], repeatRows=1)
    style = [("BACKGROUND", (0, 0), (-1, 0), PLUM), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEBELOW", (0, 0), (-1, -1), 0.4, SAGE),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    for i in range(1, len(data)):
        if i % 2 == 0:
            style.append(("BACKGROUND", (0, i), (-1, i), SAND))
    t.setStyle(TableStyle(style))
    return ([PageBreak(), SectionMark("A"), SectionBand("A", "Appendix A: Chronology of key contacts"),
             Spacer(1, 4),
             Paragraph("Taken from the agencies\u2019 records. Dates are written as in the agencies\u2019 "
                       "returns; times are 24-hour clock. FICTIONAL.", BODY), t, Spacer(1, 10)])


def appendix_b():
    panel = [
        "Designated Nurse for Safeguarding Children, Fernhollow and Quarrington Integrated Care Board (chair)",
        "Head of Service, Front Door and Assessment, Fernhollow Borough Council",
        "Head of Early Help, Fernhollow Borough Council",
        "Detective Inspector, Public Protection Unit, Marrowdene Police",
        "Group Manager, Prevention, Marrowdene Fire and Rescue Service",
        "Head of Safeguarding, Tidewater Homes",
        "Service Manager, Larchway Recovery Service",
        "Named GP for Safeguarding, Fernhollow and Quarrington Integrated Care Board",
        "Head teacher representative (secondary phase, from outside the school involved)",
        "Partnership Business Manager (adviser to the panel)",
    ]
    return section("B", "Appendix B: Terms of reference and review panel") + [cols([
        P("B.1", "The terms of reference were agreed by the review panel at its first meeting on 22 May 2024. "
                 "Besides the four questions in paragraph 1.4, they asked the reviewer to consider whether the "
                 "move from Sedgecombe in September 2021 was known to the agencies in Fernhollow, and whether "
                 "any records should have transferred with the family."),
        P("B.2", "Sedgecombe\u2019s children\u2019s services confirmed that they had no record of the family. "
                 "The previous school sent Lyra\u2019s records on 1 October 2021; they contained no "
                 "safeguarding concerns. The review therefore makes no finding about the transfer of records."),
        P("B.3", "The review was carried out in line with national statutory guidance on local child "
                 "safeguarding practice reviews. The final report was sent to the national Panel and to the "
                 "education inspectorate before publication, as the guidance requires."),
        P("B.4", "The members of the review panel, by role, were:"),
    ] + B(panel) + [
        P("B.5", "The reviewer was supported by the Partnership business unit, which arranged the learning "
                 "event, kept the panel\u2019s records and prepared the practice briefing that is published "
                 "with this report. The learning event was held in the Quarrington Community Hall and lasted "
                 "a full day."),
        P("B.6", "The safeguarding partners thank all the staff who contributed, and above all Lyra and Ms J. "
                 "Ms J asked that the report should say how proud she is of both children."),
    ])]


def build_main(path):
    def story(pages):
        return (cover_story() + contents_page(pages) + foreword() + at_a_glance() +
                s1() + s2() + s3() + s4() + s5() + s6() + s7() +
                appendix_a() + appendix_b())

    # pass 1: where do the sections start?
    probe = ReviewDoc(io.BytesIO())
    probe.build(story({}))
    pages = dict(probe.section_pages)
    doc = ReviewDoc(path)
    doc.build(story(pages))
    if doc.section_pages != pages:
        raise RuntimeError("contents page changed the layout")
    return doc.page


# ---------------------------------------------------------------- practice briefing
def build_briefing(path):
    c = rl_canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Practice briefing: Lyra (FICTIONAL)")
    c.setAuthor("Fernhollow Safeguarding Children Partnership (FICTIONAL)")
    c.setSubject("FICTIONAL evaluation document for scr-qa")
    W = PAGE_W

    def box(x, y_top, w, title, paras, fill=SAND, title_color=PLUM):
        flow = [Paragraph(title, ParagraphStyle("bt", fontName="Helvetica-Bold", fontSize=11.5,
                                                leading=14, textColor=title_color, spaceAfter=4))]
        st = ParagraphStyle("bp", fontName="Helvetica", fontSize=9.2, leading=12.6, textColor=INK,
                            spaceAfter=4)
        flow += [Paragraph(p, st) for p in paras]
        hs = [f.wrap(w - 20, 1000)[1] + (f.style.spaceAfter or 0) for f in flow]
        h = sum(hs) + 16
        c.setFillColor(fill)
        c.roundRect(x, y_top - h, w, h, 6, stroke=0, fill=1)
        y = y_top - 9
        for f, fh in zip(flow, hs):
            f.drawOn(c, x + 10, y - (fh - (f.style.spaceAfter or 0)))
            y -= fh
        return y_top - h - 12

    def chrome(n):
        c.setFillColor(PLUM)
        c.rect(0, PAGE_H - 78, W, 78, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 19)
        c.drawString(ML, PAGE_H - 44, "Practice briefing: \u201cLyra\u201d")
        c.setFont("Helvetica", 9.5)
        c.drawString(ML, PAGE_H - 62, "Fernhollow Safeguarding Children Partnership  \u2022  October 2025  "
                                      "\u2022  for team meetings and supervision")
        c.setFont("Helvetica", 7.5)
        c.setFillColor(GREY)
        c.drawString(ML, 26, "FICTIONAL practice briefing \u2013 invented for testing scr-qa; describes no "
                             "real child or case")
        c.drawRightString(W - MR, 26, "%d of 2" % n)

    chrome(1)
    y = PAGE_H - 100
    colw = (W - ML - MR - 14) / 2
    y1 = box(ML, y, colw, "What happened", [
        "In the early hours of 9/3/24 a fire started in the living room of the flat where Lyra (11) and her "
        "brother Teddy (6) had been left alone overnight. Lyra woke, carried Teddy out of the flat and was "
        "burned on her hands and arms.",
        "A neighbour rang 999 at 02.45. Lyra spent 25 days at Hartsmoor Regional Burns Centre. Teddy was "
        "in hospital for two days with smoke inhalation.",
        "The cause was an electric heater left on beside clothes that were drying.",
    ])
    y2 = box(ML + colw + 14, y, colw, "Who knew what", [
        "Eight agencies knew the family before the fire. The school referred twice. Housing saw a scorch "
        "mark. The fire service fitted smoke alarms on 21 September 2023 and rated the clutter 6 out of 9. "
        "The GP knew about Ms H\u2019s drinking.",
        "Lyra missed 41 sessions of school in the autumn term of 2023.",
        "Only one social work assessment was made. It closed with a step-down to early help on 29 February "
        "2024, nine days before the fire.",
    ], fill=SAGE_LT)
    y = min(y1, y2)
    y = box(ML, y, W - ML - MR, "The five learning points", [
        "<b>1. Name the caring.</b> A child who puts a sibling to bed, gets him to school and covers for a "
        "parent who is out at night is a young carer. Offer the young carer\u2019s assessment now, not "
        "\u201cin future\u201d.",
        "<b>2. Fire risk is a safeguarding matter.</b> Clutter, heaters, scorch marks and a parent who drinks "
        "together mean risk to children. A clutter rating of 6 or more needs a referral.",
        "<b>3. Think family.</b> When an adult tells you about drinking, ask who looks after the children, "
        "and what happens at night.",
        "<b>4. See the child alone.</b> Lyra asked: \u201cAsk me when Mum isn\u2019t in the room.\u201d",
        "<b>5. Test what you are told.</b> A \u201cneighbour who looks in\u201d is a plan only if you know "
        "who the neighbour is and have spoken to them.",
    ])
    y1 = box(ML, y, colw, "In numbers", [
        "<b>2</b> referrals from Lyra\u2019s school, in 2021 and 2024",
        "<b>4 of 7</b> Team Around the Family meetings held in 2022",
        "<b>1</b> announced home visit during the 2024 assessment",
        "<b>10%</b> of Lyra\u2019s body surface burned",
        "<b>9</b> days between the step-down and the fire",
    ], fill=SAGE_LT)
    y2 = box(ML + colw + 14, y, colw, "Lyra\u2019s message", [
        "Lyra chose one word for every practitioner who reads this briefing: <b>NOTICE</b>.",
        "\u201cI was good at being grown up. I just wasn\u2019t very good at being eleven.\u201d",
    ], fill=SAND)
    y = min(y1, y2)
    c.setFont("Helvetica-Oblique", 8)
    c.setFillColor(GREY)
    c.drawString(ML, y - 4, "All names are pseudonyms or role codes. This briefing is FICTIONAL.")
    c.showPage()

    chrome(2)
    y = PAGE_H - 100
    y = box(ML, y, W - ML - MR, "About the review", [
        "The review was led by Dr Marguerite Ossington, independent reviewer. 20 practitioners came to the "
        "learning event in July 2024. Lyra met the reviewer twice; her mother declined to take part.",
        "The full report sets out seven recommendations. The fire service now checks overdue revisits every "
        "week, and Larchway Recovery Service no longer discharges a parent for missed appointments without "
        "first speaking to the referrer.",
    ], fill=SAGE_LT)
    y = box(ML, y, W - ML - MR, "Questions for your team", [
        "\u2022 When did you last see a child on their own, away from home, for longer than ten minutes?",
        "\u2022 Which other agencies might hold information you have not asked for \u2013 housing, the fire "
        "service, the GP?",
        "\u2022 Do you know who looks after the children in your families at night?",
        "\u2022 If a parent stops attending your service, who do you tell?",
    ])
    y = box(ML, y, W - ML - MR, "What the Partnership is doing", [
        "A relaunch of the Young Carers Strategy in spring 2026, with a one-page referral form for schools. "
        "A revised Joint Hoarding Protocol that covers homes where children live. A seven-minute video of "
        "this briefing for multi-agency training. The first progress report on the action plan goes to the "
        "Partnership in March 2026.",
    ], fill=SAND)
    y = box(ML, y, W - ML - MR, "Find out more", [
        "Read the full review: \u201cLocal Child Safeguarding Practice Review: Lyra\u201d (published 8 "
        "September 2025). Training enquiries: learning@fernhollowscp.example. The Partnership\u2019s learning "
        "lead for this review is Corinna Stallybrass.",
    ], fill=SAGE_LT)
    c.showPage()
    c.save()


def main():
    n = build_main(os.path.join(HERE, MAIN_PDF))
    build_briefing(os.path.join(HERE, BRIEF_PDF))
    print("wrote %s (%d pages) and %s" % (MAIN_PDF, n, BRIEF_PDF))


if __name__ == "__main__":
    main()
