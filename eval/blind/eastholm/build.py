#!/usr/bin/env python3
"""Build the FICTIONAL Eastholm practice corpus (blind evaluation data for scr-qa).

Writes, next to this script:
  eastholm-scr-child-l-overview-report.pdf      Serious Case Review overview report
  eastholm-scr-child-l-executive-summary.pdf    its executive summary

Everything in these documents is invented. No real child, family, professional, agency or
place is described. Only reportlab and the standard library are used, and reportlab runs in
invariant mode so that the PDFs are byte-identical on every run.

    .venv/bin/python eval/blind/eastholm/build.py
"""
from reportlab import rl_config

rl_config.invariant = 1

import io  # noqa: E402
import os  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Flowable, Frame, KeepTogether, NextPageTemplate, PageBreak, PageTemplate,
    Paragraph, Spacer, Table, TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
OVERVIEW_PDF = "eastholm-scr-child-l-overview-report.pdf"
EXEC_PDF = "eastholm-scr-child-l-executive-summary.pdf"

PAGE_W, PAGE_H = A4
LM = RM = 68
TM, BM = 78, 72
TEXT_W = PAGE_W - LM - RM
NAVY = colors.HexColor("#1F2F57")
FICTION = "FICTIONAL practice material \u2013 not a real case"

ST = {
    "p": ParagraphStyle("p", fontName="Times-Roman", fontSize=11.2, leading=15,
                        alignment=TA_JUSTIFY, spaceAfter=7, leftIndent=30, bulletIndent=0,
                        bulletFontName="Times-Roman", bulletFontSize=11.2),
    "num": ParagraphStyle("num", fontName="Times-Roman", fontSize=11.2, leading=15),
    "sub": ParagraphStyle("sub", fontName="Times-Roman", fontSize=11.2, leading=15,
                          alignment=TA_JUSTIFY, spaceAfter=4, leftIndent=56, bulletIndent=32),
    "sec": ParagraphStyle("sec", fontName="Times-Bold", fontSize=14, leading=18,
                          textColor=NAVY, spaceBefore=12, spaceAfter=8, keepWithNext=1),
    "subsec": ParagraphStyle("subsec", fontName="Times-BoldItalic", fontSize=11.8, leading=15,
                             spaceBefore=6, spaceAfter=5, keepWithNext=1),
    "cell": ParagraphStyle("cell", fontName="Times-Roman", fontSize=9.4, leading=11.4),
    "cellb": ParagraphStyle("cellb", fontName="Times-Bold", fontSize=9.4, leading=11.4),
    "toc": ParagraphStyle("toc", fontName="Times-Roman", fontSize=11.5, leading=15),
    "caption": ParagraphStyle("cap", fontName="Times-Bold", fontSize=10.5, leading=13,
                              spaceBefore=4, spaceAfter=4, keepWithNext=1),
    "plain": ParagraphStyle("plain", fontName="Times-Roman", fontSize=11.2, leading=15,
                            alignment=TA_JUSTIFY, spaceAfter=7),
}


class Marker(Flowable):
    """Zero-size flowable recording the printed page number of a contents entry."""

    def __init__(self, key):
        Flowable.__init__(self)
        self.key = key

    def wrap(self, aw, ah):
        return (0, 0)

    def draw(self):
        doc = self.canv._doctemplate
        doc.marks[self.key] = doc.printed_page()


class Numberer:
    """Continuous paragraph numbers, 1, 2, 3 ... through the whole report."""

    def __init__(self):
        self.n = 0

    def __call__(self, text):
        self.n += 1
        return Paragraph(text, ST["p"], bulletText="%d." % self.n)


def lettered(items, start="a"):
    return [Paragraph(t, ST["sub"], bulletText="(%s)" % chr(ord(start) + i))
            for i, t in enumerate(items)]


def grid(rows, widths, header_bg=colors.HexColor("#D9DEEA"), zebra=True):
    data = []
    for i, row in enumerate(rows):
        s = ST["cellb"] if i == 0 else ST["cell"]
        data.append([Paragraph(str(x), s) for x in row])
    t = Table(data, colWidths=widths, repeatRows=1, splitByRow=1)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7A869E")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), header_bg),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    if zebra:
        for i in range(2, len(rows), 2):
            cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F3F4F8")))
    t.setStyle(TableStyle(cmds))
    return t


class SCRDoc(BaseDocTemplate):
    def __init__(self, target, header, title, numbered_from, total=None, cover=True):
        BaseDocTemplate.__init__(self, target, pagesize=A4, leftMargin=LM, rightMargin=RM,
                                 topMargin=TM, bottomMargin=BM, title=title + " (FICTIONAL)",
                                 author="Eastholm Local Safeguarding Children Board (fictional)",
                                 subject="FICTIONAL practice material for evaluation",
                                 creator="eval/blind/eastholm/build.py")
        self.header = header
        self.numbered_from = numbered_from  # physical page that is printed as page 1
        self.total = total
        self.marks = {}
        frame = Frame(LM, BM, TEXT_W, PAGE_H - TM - BM, id="main", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [PageTemplate("cover", [frame], onPage=self.on_cover),
                     PageTemplate("normal", [frame], onPage=self.on_page)]
        self.addPageTemplates(templates if cover else templates[::-1])

    def printed_page(self):
        return self.page - self.numbered_from + 1

    def _fiction(self, c):
        c.setFont("Times-Bold", 8.5)
        c.setFillColor(colors.HexColor("#8B0000"))
        c.drawCentredString(PAGE_W / 2, 30, FICTION)

    def on_cover(self, c, doc):
        c.saveState()
        c.setStrokeColor(NAVY)
        c.setLineWidth(2)
        c.rect(40, 40, PAGE_W - 80, PAGE_H - 80, stroke=1, fill=0)
        c.setLineWidth(0.6)
        c.rect(46, 46, PAGE_W - 92, PAGE_H - 92, stroke=1, fill=0)
        self._fiction(c)
        c.restoreState()

    def on_page(self, c, doc):
        c.saveState()
        c.setFont("Times-Italic", 9)
        c.setFillColor(colors.HexColor("#333333"))
        c.drawString(LM, PAGE_H - 44, self.header)
        c.drawRightString(PAGE_W - RM, PAGE_H - 44, "RESTRICTED UNTIL PUBLICATION")
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.7)
        c.line(LM, PAGE_H - 50, PAGE_W - RM, PAGE_H - 50)
        c.line(LM, 50, PAGE_W - RM, 50)
        c.setFont("Times-Roman", 9.5)
        c.setFillColor(colors.black)
        if self.total:
            label = "Page %d of %d" % (self.printed_page(), self.total)
        else:
            label = "Page %d" % self.printed_page()
        c.drawRightString(PAGE_W - RM, 36, label)
        self._fiction(c)
        c.restoreState()


# ============================================================== overview report
def overview_story(toc):
    N = Numberer()
    P = N
    S = lambda key, text: [Marker(key), Paragraph(text, ST["sec"])]  # noqa: E731
    SS = lambda text: Paragraph(text, ST["subsec"])  # noqa: E731
    s = []
    # ---------------- cover (unnumbered)
    big = ParagraphStyle("big", fontName="Times-Bold", fontSize=26, leading=32,
                         alignment=TA_CENTER, textColor=NAVY)
    mid = ParagraphStyle("mid", fontName="Times-Roman", fontSize=15, leading=20,
                         alignment=TA_CENTER)
    small = ParagraphStyle("small", fontName="Times-Roman", fontSize=11.5, leading=16,
                           alignment=TA_CENTER)
    s += [Spacer(1, 90), Paragraph("Eastholm Local Safeguarding Children Board", mid),
          Spacer(1, 70), Paragraph("Serious Case Review", big), Spacer(1, 8),
          Paragraph("Child L", big), Spacer(1, 30),
          Paragraph("Overview Report", mid), Spacer(1, 150),
          Paragraph("Independent overview author: Carol Mayhew", small),
          Paragraph("Independent chair of the Serious Case Review Panel: Derek Ashdown", small),
          Spacer(1, 20),
          Paragraph("Presented to the Eastholm LSCB on 17 September 2013", small),
          Spacer(1, 40),
          Paragraph("<b>FICTIONAL</b> \u2013 this report was written as practice material. The child, "
                    "family, professionals, agencies and places are all invented.", small),
          NextPageTemplate("normal"), PageBreak()]
    # ---------------- contents
    s.append(Paragraph("Contents", ST["sec"]))
    entries = [("s1", "Section 1 \u2013 Introduction"),
               ("s2", "Section 2 \u2013 Terms of Reference"),
               ("s3", "Section 3 \u2013 The Family"),
               ("s4", "Section 4 \u2013 Summary of Agency Involvement"),
               ("s5", "Section 5 \u2013 Chronology of Key Events"),
               ("s6", "Section 6 \u2013 Analysis"),
               ("s7", "Section 7 \u2013 Findings"),
               ("s8", "Section 8 \u2013 Recommendations"),
               ("apA", "Appendix A \u2013 Glossary"),
               ("apB", "Appendix B \u2013 Membership of the Serious Case Review Panel")]
    rows = [[Paragraph(t, ST["toc"]), Paragraph(str(toc.get(k, "")), ST["toc"])]
            for k, t in entries]
    t = Table(rows, colWidths=[TEXT_W - 50, 50])
    t.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#B0B7C6")),
                           ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s += [t, Spacer(1, 24),
          Paragraph("Note on the text. Paragraphs are numbered continuously through the report. "
                    "Professionals are identified by role and a letter (for example, Social "
                    "Worker A). Family members are identified by their relationship to Child L. "
                    "Dates in the chronology are given in the form day.month.year.", ST["plain"]),
          PageBreak()]

    # ---------------- Section 1
    s += S("s1", "Section 1 \u2013 Introduction")
    s += [
        P("This Serious Case Review (SCR) concerns a girl who is known in this report as Child "
          "L. Child L died on 2 February 2013 at the age of 17 months. She was found unresponsive "
          "in her cot by her mother early that morning and was pronounced dead at Eastholm "
          "District General Hospital at 08:32 hours. A post-mortem examination found that she "
          "had died from methadone toxicity."),
        P("Child L lived with her mother and her two older half-siblings in a rented house in "
          "the Saltings area of Eastholm. Her mother had been prescribed methadone by the "
          "Eastholm Community Drug and Alcohol Service (ECDAS) since 2009 and, from September "
          "2012, was allowed to take her doses home. Child L's father, Mr V, did not live with "
          "the family but was a frequent visitor and had stayed at the house on the night of "
          "1 February 2013."),
        P("Eastholm District General Hospital notified Children's Services of Child L's death on "
          "the day she died, and Ofsted was notified of the serious incident on 5 February "
          "2013. The Chair of the Eastholm Local Safeguarding Children Board (LSCB) decided on "
          "19 February 2013 that the criteria for a Serious Case Review in chapter 8 of "
          "<i>Working Together to Safeguard Children</i> (2010) were met, because abuse or "
          "neglect was known or suspected to be a factor in the death and there were concerns "
          "about the way agencies had worked together."),
        P("The LSCB appointed Derek Ashdown, a former director of children's services with no "
          "connection to Eastholm, as independent chair of the SCR Panel. Carol Mayhew, an "
          "independent social work consultant, was commissioned to write this overview "
          "report. The Panel first met on 6 March 2013 and met seven times in all. Its "
          "membership is set out in Appendix B."),
        P("Individual Management Reviews (IMRs) were requested from eight agencies, and three "
          "further agencies provided information reports. The IMR authors were senior staff "
          "who had no direct involvement with the family. The eight IMRs were provided by:"),
    ]
    s += lettered(["Eastholm Borough Council Children's Services",
                   "Saltmarsh Constabulary",
                   "Eastholm Community Drug and Alcohol Service (ECDAS)",
                   "Eastholm Community Health Services (health visiting and school nursing)",
                   "Eastholm and Coastal Hospitals NHS Trust (maternity, A&amp;E and paediatrics)",
                   "Harbour Road Surgery (GP practice)",
                   "Pier Street Primary School",
                   "Eastholm Borough Council Education Welfare Service"])
    s += [
        Spacer(1, 4),
        P("Information reports were provided by the East Anglian Ambulance Service, Eastholm "
          "Homes (the family's landlord) and the Probation Service. The overview author also "
          "met 19 practitioners and managers at two learning workshops held in June 2013."),
        P("Child L's mother met the overview author on 10 July 2013, with her solicitor "
          "present, and spoke about her daughter and about the help she had been offered. Mr V "
          "declined to take part. Child L's maternal grandmother (MGM) met the overview author "
          "twice. Their views are included where they are relevant, and the LSCB is grateful "
          "to them."),
        P("Both Mother and Mr V were arrested on 2 February 2013. In June 2013 both were "
          "charged with causing or allowing the death of a child. The criminal proceedings had "
          "not concluded when this report was presented to the LSCB, and the report does not "
          "comment on matters that are for the court."),
    ]

    # ---------------- Section 2
    s += S("s2", "Section 2 \u2013 Terms of Reference")
    s += [
        P("The review covers the period from 1 March 2011, when Mother first told her drug "
          "worker that she was pregnant, to the death of Child L on 2 February 2013. Agencies "
          "were asked to summarise any significant earlier involvement with Mother, Mr V and "
          "the older children."),
        P("The Panel agreed the following terms of reference. Each agency was asked to "
          "consider:"),
    ]
    s += lettered([
        "how well it understood the risks to the children from their parents' drug use, and "
        "in particular the risks from methadone kept in the home;",
        "whether it recognised and responded to domestic abuse between Mother and Mr V;",
        "how the decision to end the child protection plan in March 2012, and to close the "
        "case in July 2012, was made, and who contributed to it;",
        "how it responded when appointments were missed or practitioners could not gain "
        "access to the home;",
        "whether information was shared in a timely way with the agencies that needed it, in "
        "particular between ECDAS and Children's Services;",
        "how well it understood the daily lives of Child L and her half-siblings, including "
        "their school attendance and health;",
        "the involvement of Mr V, and of the wider family, in assessments and plans;",
        "whether supervision and management oversight were effective, and whether there were "
        "resource or workload issues that affected practice.",
    ])

    # ---------------- Section 3
    s += S("s3", "Section 3 \u2013 The Family")
    s += [
        P("The members of the family who are relevant to this review are shown in the table "
          "below. Ages are given as at 2 February 2013."),
        Paragraph("Table 1: Family members (genogram information)", ST["caption"]),
        grid([["Name used in report", "Relationship to Child L", "Age at February 2013",
               "Living in the household"],
              ["Child L", "Subject of the review", "17 months", "Yes"],
              ["Sibling 1", "Maternal half-brother", "8 years", "Yes"],
              ["Sibling 2", "Maternal half-sister", "4 years", "Yes, but often stayed with MGM"],
              ["Mother", "Mother", "27 years", "Yes"],
              ["Mr V", "Father", "33 years", "No \u2013 frequent visitor"],
              ["Mr S", "Father of Sibling 1 and Sibling 2", "35 years", "No \u2013 no contact "
               "since 2010"],
              ["MGM", "Maternal grandmother", "54 years", "No \u2013 lived two streets away"]],
             [110, 130, 95, TEXT_W - 335]),
        Spacer(1, 10),
        P("Mother began using heroin when she was 17. She had periods of stability, and was "
          "registered with ECDAS in March 2009 on a methadone maintenance programme. Her "
          "starting dose was 70ml of methadone mixture a day, taken under supervision at a "
          "community pharmacy. She also had a history of low mood and anxiety, treated by her "
          "GP."),
        P("Mr V had a history of drug use and convictions for theft and possession of "
          "controlled drugs. He had been known to the police for domestic abuse towards a "
          "previous partner. He was not registered with ECDAS during the period of the review "
          "and was not in contact with any drug treatment service."),
        P("MGM provided a great deal of practical support, particularly to Sibling 2, who stayed "
          "with her for several nights most weeks. MGM told the overview author that she had "
          "\u201cnever once\u201d been asked by a professional about how Mother was managing her "
          "methadone."),
    ]

    # ---------------- Section 4
    s += S("s4", "Section 4 \u2013 Summary of Agency Involvement")
    s += [SS("Pregnancy and pre-birth child protection (March to August 2011)")]
    s += [
        P("Mother told her ECDAS keyworker, Drug Worker G, that she was pregnant on 1 March "
          "2011. She booked with the maternity service at 16 weeks and was seen by Specialist "
          "Midwife Q, who works with pregnant women who use drugs. On 14 April 2011 Specialist "
          "Midwife Q made a referral to Children's Services because of Mother's drug use, her "
          "relationship with Mr V and concerns about the older children's care."),
        P("Social Worker A completed an initial assessment and a strategy discussion was held on "
          "9 May 2011. A section 47 enquiry followed and an Initial Child Protection Conference "
          "was held on 16 June 2011, chaired by Independent Chair P. The unborn baby and both "
          "older children were made subject to child protection plans under the category of "
          "neglect. The plan required Mother to remain engaged with ECDAS, to provide regular "
          "drug tests and to tell Social Worker A about any contact with Mr V."),
        P("Six core group meetings were held between June 2011 and February 2012. The minutes "
          "show that the core group focused largely on Mother's drug test results and the "
          "older children's school attendance. The safe storage of methadone is not recorded "
          "as having been discussed at any core group meeting."),
    ]
    s += [SS("Birth and the child protection plan (August 2011 to March 2012)")]
    s += [
        P("Child L was born at Eastholm District General Hospital on 19 August 2011 at 36 weeks, "
          "weighing 2.41kg. She developed symptoms of neonatal abstinence syndrome and was "
          "cared for in the special care baby unit for 12 days. She was discharged home with "
          "her mother on 31 August 2011."),
        P("The first review child protection conference on 15 September 2011 agreed that the "
          "plans should continue. Social Worker A moved to another team and the case was "
          "transferred to Social Worker B on 3 October 2011. Health Visitor D visited "
          "regularly and described Child L as a \u201csettled, well-handled baby\u201d. All of "
          "Mother's drug tests in this period were negative for illicit drugs."),
        P("At the second review child protection conference on 8 March 2012, the children's "
          "plans were ended and the case stepped down to a child in need plan. The conference "
          "noted that Mother had \u201cmade real progress\u201d. ECDAS did not send a "
          "representative or a written report to this conference. Drug Worker G told the "
          "review that the invitation had been sent to a generic email address that was not "
          "checked regularly."),
    ]
    s += [SS("Child in need and case closure (March to July 2012)")]
    s += [
        P("On 16 May 2012 Mother took Child L to the Accident and Emergency (A&amp;E) department at "
          "Eastholm District General Hospital at 03:20 hours with a high temperature and "
          "vomiting. Child L was diagnosed with a viral infection and discharged. A paediatric "
          "liaison notice was sent to the health visiting service; it did not prompt any "
          "concern."),
        P("Health Visitor D left the service at the end of May 2012. Health Visitor E took over "
          "the family on 11 June 2012. There was no handover visit, and Health Visitor E "
          "first met the family at a clinic appointment in July 2012."),
        P("At 23:10 hours on 3 June 2012 MGM called the police to report that Mr V was "
          "assaulting Mother at her home. Officer M attended and found Mother with a cut lip. "
          "Sibling 1 and Child L were in the house; Sibling 2 was staying with MGM. Mr V was "
          "arrested. He later pleaded guilty to common assault and on 20 July 2012 was fined "
          "\u00a3250 and made subject to a restraining order for 12 months, which prohibited "
          "him from contacting Mother or going to her home."),
        P("A domestic abuse notification was sent to Children's Services on 5 June 2012. Social "
          "Worker B discussed it with Mother, who said that Mr V would no longer be allowed to "
          "visit. The risk assessment completed by Officer M graded the incident as medium "
          "risk, and the case was not referred to the Multi-Agency Risk Assessment Conference "
          "(MARAC)."),
        P("On 18 July 2012 Team Manager C agreed that the child in need plan should end and "
          "the case be closed. The closure summary records that Mother was \u201cengaging "
          "well\u201d with ECDAS and that Mr V was no longer in contact. Neither Health Visitor "
          "E, ECDAS nor Pier Street Primary School was asked for a view before the decision, "
          "and the closure summary does not mention the assault on 3 June 2012 or the "
          "restraining order."),
    ]
    s += [SS("After closure (August 2012 to February 2013)")]
    s += [
        P("Drug Worker G left ECDAS in August 2012 and Drug Worker H became Mother's keyworker "
          "on 10 September 2012. By then Mother had produced negative drug tests for more than "
          "six months. On 20 September 2012 Dr K, the ECDAS prescribing doctor, agreed that she "
          "could move from daily supervised consumption to collecting her methadone twice a "
          "week and keeping it at home."),
        P("The take-home arrangement started on 24 September 2012. Mother signed a safe storage "
          "agreement and was given a lockable box. Neither Dr K nor Drug Worker H knew that "
          "the children's case had been closed, or that there had been a domestic abuse "
          "incident in June 2012, and Children's Services were not told that methadone would "
          "now be kept in the home."),
        P("Health Visitor E was unable to complete Child L's 12-month developmental review. "
          "Two home visits, on 4 September 2012 and 25 September 2012, were no-access visits. "
          "Health Visitor E left a card on each occasion and wrote to Mother. The review was "
          "eventually done at the clinic on 30 October 2012, when MGM brought Child L because "
          "Mother was said to be \u201cunwell\u201d. Child L's weight had fallen from the 25th "
          "centile to just below the 9th centile."),
        P("Sibling 1's attendance at Pier Street Primary School had been 79.4% in the 2011/12 "
          "school year. It fell to 71.2% in the autumn term of 2012, and he was often late and "
          "hungry. The school referred him to the Education Welfare Service on 13 November 2012. "
          "Education Welfare Officer W visited on 4 December 2012 but got no answer, and sent "
          "a warning letter about attendance."),
        P("On 20 November 2012 Mother's urine test at ECDAS was positive for heroin and cocaine "
          "as well as methadone. Drug Worker H recorded the result and discussed it with Mother, "
          "who said she had \u201cslipped once\u201d at a party. Dr K was not told at the time "
          "and the take-home arrangement was not reviewed; ECDAS practice then was to treat a "
          "single positive test as a lapse rather than a relapse."),
        P("At 01:35 hours on 27 November 2012 a neighbour called the police about shouting at "
          "Mother's house. Officer N attended and spoke to Mother and Mr V on the doorstep. "
          "Both said it was a verbal argument. Officer N did not check police systems and so "
          "was not aware that Mr V was subject to a restraining order. The incident was "
          "recorded as \u201cverbal only\u201d and no notification was sent to Children's "
          "Services, because no children were recorded as present."),
        P("On 14 December 2012 Mother took Child L to A&amp;E at 19:40 hours with a bump to her "
          "forehead after a fall from the sofa. The injury was minor and consistent with the "
          "account. A paediatric liaison notice reached Health Visitor E on 17 December 2012. "
          "Health Visitor E telephoned Mother on 8 January 2013; Mother said that Child L was "
          "\u201cfine\u201d, and no visit was arranged."),
        P("On 29 January 2013 Mother saw GP F at Harbour Road Surgery, complaining of anxiety "
          "and poor sleep. GP F prescribed diazepam, 14 tablets. GP F knew that Mother was in "
          "treatment with ECDAS, but the practice had not been told about the positive drug "
          "test or that methadone was being kept at home."),
    ]
    s += [SS("The events of 2 February 2013")]
    s += [
        P("Mother told the police that on the evening of 1 February 2013 Mr V came to the house, "
          "and that she went to bed at about midnight. At 07:45 hours on 2 February 2013 she "
          "found Child L unresponsive in her cot. A 999 call was made at 07:48 hours and "
          "paramedics arrived at 07:56 hours. Child L was taken to Eastholm District General "
          "Hospital, where resuscitation was unsuccessful."),
        P("Police found the lockable box open in the kitchen, with a partly used bottle of "
          "methadone on the worktop. A second, empty bottle was found in the living room. It "
          "has not been established how Child L came to take the methadone."),
    ]
    s += [SS("The family's views")]
    s += [
        P("Mother told the overview author that she kept the key to the lockable box \u201con "
          "top of the kitchen cupboard\u201d, and that nobody from ECDAS had ever asked to see "
          "where the box was kept. She said that she had felt \u201csigned off\u201d when "
          "Social Worker B stopped visiting, and had not known that she could ask for help "
          "again."),
        P("Mother said that Mr V had started visiting again in October 2012 \u201cbecause the "
          "children missed him\u201d. She had not told anyone, because she was frightened that "
          "the children would be taken into care."),
        P("MGM said that in January 2013 she had seen Mother \u201cnodding off\u201d during the "
          "day and had taken Sibling 2 to live with her for most of that month. She said that "
          "she had telephoned the social work team once in December 2012, \u201cgot an "
          "answering machine and gave up\u201d. Children's Services has no record of the call."),
        P("Sibling 1 and Sibling 2 have lived with MGM since their sister's death, and a special "
          "guardianship order was made in August 2013. The Panel decided not to ask Sibling 1 "
          "to contribute to the review, because of his age and because he may be a witness in "
          "the criminal proceedings. He has told his grandmother that \u201cMummy's "
          "medicine\u201d was kept in \u201cthe box with the dinosaur sticker\u201d."),
    ]

    # ---------------- Section 5: chronology table
    s += [PageBreak()]
    s += S("s5", "Section 5 \u2013 Chronology of Key Events")
    s += [Paragraph("The table below summarises the key events drawn from the agency "
                    "chronologies. The comment column records the Panel's view of the "
                    "significance of each event.", ST["plain"]),
          grid(CHRONO, [62, 92, 170, TEXT_W - 324]), PageBreak()]

    # ---------------- Section 6: analysis
    s += S("s6", "Section 6 \u2013 Analysis")
    s += [SS("Methadone in the home")]
    s += [
        P("The most significant risk to Child L, methadone kept in the home, arose after her "
          "case had been closed to Children's Services. The decision to allow take-home doses "
          "was a clinical decision made by Dr K on the basis of Mother's progress in treatment. "
          "It did not take account of the presence of a toddler in the home, or of what other "
          "agencies knew. ECDAS's own policy required prescribers to \u201cconsider\u201d any "
          "children in the household, but gave no guidance on how."),
        P("Safe storage was treated as a matter of signing a form and issuing a box. No one "
          "visited the home to see where the box would be kept or to talk to Mother about the "
          "danger that even a small amount of methadone poses to a young child. The review "
          "heard that a single dose for an adult can be fatal to a toddler."),
    ]
    s += [SS("Domestic abuse and the role of Mr V")]
    s += [
        P("Mr V was central to the family's life but peripheral to the professional picture. He "
          "was never invited to a core group meeting, and no agency assessed him as a father. "
          "After June 2012, professionals accepted Mother's account that he no longer visited. "
          "The restraining order was known to the police and the court but not to any other "
          "agency working with the family."),
        P("The incident on 27 November 2012 was a missed opportunity. If Officer N had checked "
          "police systems, Mr V would have been arrested for breaching the restraining order, "
          "and the presence of children in the house would have been established."),
    ]
    s += [SS("The closure of the case")]
    s += [
        P("The decision to end the child protection plans in March 2012 was reasonable on the "
          "information then available, although the absence of ECDAS from the conference "
          "weakened it. The decision to close the case in July 2012 was not. It was made six "
          "weeks after a violent assault in the home, without any contribution from health, "
          "education or ECDAS, and without a home visit by Social Worker B after the "
          "assault."),
        P("Social Worker B held a caseload of 26 children at the time, and Team Manager C told "
          "the review that the team was \u201cunder constant pressure to close cases\u201d. "
          "Supervision records show that the case was discussed for less than five minutes in "
          "the supervision session in which closure was agreed."),
    ]
    s += [SS("Missed contacts and the child's daily life")]
    s += [
        P("Between September and December 2012 there were several signs that the children's "
          "care was deteriorating: two no-access visits, Child L's weight loss, Sibling 1's "
          "falling attendance and lateness, the unanswered visit by the Education Welfare "
          "Officer and the second A&amp;E attendance. Each was seen by a single agency and none "
          "was shared. Practitioners told the review that, once a case is closed, there is no "
          "obvious place to take \u201clow-level\u201d worries."),
        P("MGM was the adult who saw the children most, and was the person professionals spoke "
          "to least. She told the overview author that by Christmas 2012 she thought Mother "
          "was \u201cback on the gear\u201d, but she did not know whom to tell."),
    ]
    s += [SS("Information sharing between adult and children's services")]
    s += [
        P("ECDAS and Children's Services did not have an agreed protocol for sharing "
          "information about parents in treatment. ECDAS staff told the review that they "
          "believed consent was needed before they could tell Children's Services about a "
          "positive test, and did not think the test on 20 November 2012 reached the "
          "threshold for a referral. The GP practice received no correspondence from ECDAS "
          "between June 2012 and Child L's death."),
    ]

    # ---------------- Section 7: findings
    s += S("s7", "Section 7 \u2013 Findings")
    s += [P("The Panel has reached the following findings. Child L's death could not have been "
            "predicted, but the Panel considers that it could have been prevented if the risk "
            "from methadone in the home had been recognised and managed.")]
    findings = [
        ("Finding 1", "Take-home methadone was authorised without any assessment of the risk to "
         "the children in the household, and without consulting the agencies that knew the "
         "family."),
        ("Finding 2", "Safe storage arrangements relied on a signed agreement and a lockable box, "
         "and were never checked in the home."),
        ("Finding 3", "The case was closed in July 2012 without a multi-agency view, shortly "
         "after a serious domestic abuse incident."),
        ("Finding 4", "Mr V was not assessed or engaged, and the restraining order was not "
         "known to the agencies working with the family."),
        ("Finding 5", "No-access visits, poor school attendance and weight loss were not "
         "recognised as signs of neglect and were not shared between agencies."),
        ("Finding 6", "There was no protocol for information sharing between ECDAS and "
         "Children's Services, and ECDAS misunderstood the need for consent."),
        ("Finding 7", "The knowledge and concerns of the maternal grandmother were not sought."),
    ]
    for label, text in findings:
        s.append(P("<b>%s.</b> %s" % (label, text)))

    # ---------------- Section 8: recommendations
    s += S("s8", "Section 8 \u2013 Recommendations")
    s += [P("The Panel makes twelve recommendations. Each is addressed to the agency or agencies "
            "that must act on it, and the LSCB will monitor progress through its Serious Case "
            "Review Subgroup.")]
    recs = [
        ("R1", "ECDAS", "Prescribers must complete a written assessment of the risk to any child "
         "in the household, and seek information from Children's Services, before authorising "
         "take-home methadone for a parent or carer."),
        ("R2", "ECDAS", "A home visit must be made to check safe storage before take-home doses "
         "begin, and repeated at least every three months."),
        ("R3", "ECDAS", "Any positive test for illicit drugs by a parent on take-home doses must "
         "be reviewed by the prescriber within five working days."),
        ("R4", "ECDAS and Children's Services", "Agree and publish an information-sharing "
         "protocol for parents in drug treatment by 31 March 2014."),
        ("R5", "Children's Services", "Closure of a child in need plan must be preceded by a "
         "request for the views of every agency involved."),
        ("R6", "Children's Services", "Supervision policy must require that closure decisions "
         "are recorded with the reasons and the information relied on."),
        ("R7", "Saltmarsh Constabulary", "Officers attending domestic incidents must check "
         "police systems for court orders and record all children living at the address."),
        ("R8", "Eastholm Community Health Services", "Two consecutive no-access visits for a "
         "child under two must be discussed with a safeguarding supervisor."),
        ("R9", "Eastholm Community Health Services", "Cases must be handed over in person when "
         "a health visitor leaves, where a child has been subject to a child protection plan "
         "in the previous 12 months."),
        ("R10", "Schools and the Education Welfare Service", "Persistent lateness and falling "
         "attendance must be considered alongside other information about the family."),
        ("R11", "All agencies", "Practitioners should seek the views of grandparents and other "
         "family members who provide significant care."),
        ("R12", "Eastholm LSCB", "Commission training on the risks of methadone and other "
         "opiate substitutes to children, and run a public awareness campaign."),
    ]
    rows = [["No.", "Agency", "Recommendation"]] + [list(r) for r in recs]
    s += [grid(rows, [40, 120, TEXT_W - 160], zebra=False)]

    # ---------------- Appendices
    s += [PageBreak()]
    s += S("apA", "Appendix A \u2013 Glossary")
    gl = [["Term", "Meaning"],
          ["A&amp;E", "Accident and Emergency department"],
          ["Core group", "The group of professionals and family members who carry out a child "
           "protection plan between conferences"],
          ["ECDAS", "Eastholm Community Drug and Alcohol Service"],
          ["IMR", "Individual Management Review"],
          ["LSCB", "Local Safeguarding Children Board"],
          ["MARAC", "Multi-Agency Risk Assessment Conference"],
          ["MGM", "Maternal grandmother"],
          ["NAS", "Neonatal abstinence syndrome"],
          ["SCBU", "Special care baby unit"],
          ["Supervised consumption", "Taking a methadone dose in front of a pharmacist"]]
    s += [grid(gl, [140, TEXT_W - 140])]
    s += [Spacer(1, 16)]
    s += S("apB", "Appendix B \u2013 Membership of the Serious Case Review Panel")
    panel = [["Role", "Agency"],
             ["Independent chair (Derek Ashdown)", "Independent"],
             ["Head of Safeguarding", "Eastholm Borough Council Children's Services"],
             ["Detective Inspector, Public Protection Unit", "Saltmarsh Constabulary"],
             ["Designated Nurse for Safeguarding Children", "Eastholm Clinical Commissioning Group"],
             ["Designated Doctor for Safeguarding Children", "Eastholm and Coastal Hospitals NHS Trust"],
             ["Service Manager", "Eastholm Community Drug and Alcohol Service"],
             ["Senior Education Officer", "Eastholm Borough Council"],
             ["LSCB Business Manager", "Eastholm LSCB"]]
    s += [grid(panel, [220, TEXT_W - 220])]
    return s


CHRONO = [
    ["Date", "Agency", "Event", "Comment"],
    ["01.03.2011", "ECDAS", "Mother tells Drug Worker G she is pregnant.", "Start of the review "
     "period."],
    ["14.04.2011", "Maternity (Specialist Midwife Q)", "Referral to Children's Services.",
     "Prompt and well-reasoned referral."],
    ["09.05.2011", "Children's Services / Police", "Strategy discussion; section 47 enquiry "
     "agreed.", ""],
    ["16.06.2011", "Children's Services", "Initial Child Protection Conference (Independent "
     "Chair P). Unborn baby and siblings subject to plans: neglect.", "Safe storage of "
     "methadone not discussed."],
    ["19.08.2011", "Maternity", "Child L born at 36 weeks, 2.41kg; admitted to SCBU.", ""],
    ["31.08.2011", "Maternity", "Child L discharged home after 12 days in SCBU.", ""],
    ["15.09.2011", "Children's Services", "First review child protection conference; plans "
     "continue.", ""],
    ["03.10.2011", "Children's Services", "Case transferred from Social Worker A to Social "
     "Worker B.", "No joint handover visit."],
    ["08.03.2012", "Children's Services", "Second review conference. Plans end; child in need "
     "plan.", "ECDAS did not attend or send a report."],
    ["16.05.2012", "A&amp;E", "Child L seen at 03:20 with fever and vomiting; viral illness.",
     "Appropriate response."],
    ["31.05.2012", "Health visiting", "Health Visitor D leaves the service.", "No handover "
     "visit."],
    ["03.06.2012", "Police", "Call from MGM at 23:10. Mr V assaults Mother; arrested by "
     "Officer M.", "Children present."],
    ["05.06.2012", "Police / Children's Services", "Domestic abuse notification received by "
     "Social Worker B.", "No home visit followed."],
    ["11.06.2012", "Health visiting", "Health Visitor E allocated.", ""],
    ["18.07.2012", "Children's Services", "Child in need plan ended and case closed (Team "
     "Manager C).", "No multi-agency view sought."],
    ["20.07.2012", "Magistrates' court", "Mr V fined and made subject to a 12-month "
     "restraining order.", "Order not known to other agencies."],
    ["04.09.2012", "Health visiting", "12-month review: no access.", ""],
    ["10.09.2012", "ECDAS", "Drug Worker H becomes keyworker.", ""],
    ["20.09.2012", "ECDAS", "Dr K authorises take-home methadone, collected twice weekly.",
     "No assessment of risk to children."],
    ["24.09.2012", "ECDAS", "Take-home doses begin; lockable box issued; safe storage "
     "agreement signed.", "Home never visited."],
    ["25.09.2012", "Health visiting", "Second no-access visit.", "Not discussed in "
     "supervision."],
    ["30.10.2012", "Health visiting", "12-month review at clinic, Child L brought by MGM. "
     "Weight just below 9th centile.", "Weight loss not followed up."],
    ["13.11.2012", "Pier Street Primary School", "Sibling 1 referred to Education Welfare "
     "Service (attendance 71.2%).", ""],
    ["20.11.2012", "ECDAS", "Urine test positive for heroin and cocaine.", "Prescriber not "
     "told; take-home doses continue."],
    ["27.11.2012", "Police", "Call at 01:35. Officer N attends; \u201cverbal only\u201d.",
     "Restraining order not checked."],
    ["04.12.2012", "Education Welfare Service", "Home visit by Education Welfare Officer W: no "
     "answer.", ""],
    ["14.12.2012", "A&amp;E", "Child L seen at 19:40 after fall from sofa; minor head bump.",
     "Liaison notice to health visitor."],
    ["08.01.2013", "Health visiting", "Health Visitor E telephones Mother.", "No visit."],
    ["29.01.2013", "GP", "Mother sees GP F; diazepam prescribed.", "GP unaware of take-home "
     "methadone."],
    ["02.02.2013", "Ambulance / Hospital", "999 call at 07:48. Child L pronounced dead at "
     "08:32.", ""],
    ["05.02.2013", "Eastholm LSCB", "Serious incident notification to Ofsted.", ""],
    ["19.02.2013", "Eastholm LSCB", "LSCB Chair decides to hold a Serious Case Review.", ""],
]


# ============================================================== executive summary
def exec_story():
    N = Numberer()
    P = N
    s = []
    t1 = ParagraphStyle("t1", fontName="Times-Bold", fontSize=18, leading=23, textColor=NAVY,
                        alignment=TA_CENTER)
    t2 = ParagraphStyle("t2", fontName="Times-Roman", fontSize=12.5, leading=17,
                        alignment=TA_CENTER)
    H = lambda text: Paragraph(text, ST["sec"])  # noqa: E731
    big = ParagraphStyle("big", parent=t1, fontSize=26, leading=32)
    s += [Spacer(1, 120), Paragraph("Eastholm Local Safeguarding Children Board", t2),
          Spacer(1, 60), Paragraph("Serious Case Review", big), Spacer(1, 6),
          Paragraph("Child L", big), Spacer(1, 30),
          Paragraph("Executive Summary", t2), Spacer(1, 160),
          Paragraph("Approved for publication by the Eastholm LSCB: December 2013", t2),
          Spacer(1, 30),
          Paragraph("<b>FICTIONAL</b> practice material \u2013 every person and agency is "
                    "invented", t2), NextPageTemplate("normal"), PageBreak()]
    s += [H("Foreword by the Independent Chair of the LSCB")]
    for txt in [
        "Child L was a much-loved little girl. Her death was a tragedy for her family, and the "
        "Board offers them its deepest sympathy. This review was held so that agencies in "
        "Eastholm could learn from what happened, and act on that learning.",
        "The review found that the greatest risk to Child L, methadone kept in her home, was "
        "never discussed between the agencies that knew her family. It also found that "
        "practitioners saw worrying signs in the months before her death, but that each held "
        "only a piece of the picture. These are not new lessons, and the Board is determined "
        "that they will not need to be learnt again.",
        "I would like to thank Child L's mother and grandmother for speaking to the review, and "
        "the practitioners who took part with such honesty.",
    ]:
        s.append(Paragraph(txt, ST["plain"]))
    s += [Paragraph("<b>Helen Oduya</b><br/>Independent Chair, Eastholm Local Safeguarding "
                    "Children Board<br/>December 2013", ST["plain"]), Spacer(1, 10)]
    s += [H("Section 1 \u2013 Why this review was held")]
    s += [
        P("This is the executive summary of the Serious Case Review into the death of Child L, "
          "a girl who died on 2nd February 2013, aged seventeen months, from methadone "
          "toxicity. It summarises the overview report written by Carol Mayhew, the "
          "independent overview author. The review was chaired by Derek Ashdown."),
        P("The Chair of the Eastholm Local Safeguarding Children Board decided on 19th February "
          "2013 that a Serious Case Review should be held. Eight agencies completed Individual "
          "Management Reviews and three more provided information reports. The overview "
          "report was presented to the Board on 17th September 2013."),
        P("Child L's mother and her maternal grandmother contributed to the review. Child L's "
          "father, Mr V, declined to take part. Mother and Mr V have been charged with causing "
          "or allowing the death of a child, and the executive summary does not comment on "
          "the criminal proceedings."),
        P("The review looked at the work of agencies from 1st March 2011 to 2nd February 2013. "
          "The Panel met seven times. The overview author read the agency reports and "
          "chronologies, held two workshops with 19 practitioners and managers, and met members "
          "of the family."),
    ]
    s += [H("Section 2 \u2013 The family")]
    s += [
        P("Child L was born on 19th August 2011. She lived with her mother, aged 27, and her "
          "half-brother and half-sister, who were eight and four years old when she died. Her "
          "father did not live with the family but visited often. Her maternal grandmother "
          "lived nearby and gave the family a great deal of help."),
        P("Mother had used heroin since her teens and had been on a methadone programme with "
          "the Eastholm Community Drug and Alcohol Service (ECDAS) since March 2009."),
    ]
    s += [H("Section 3 \u2013 Summary of key events")]
    s += [
        P("During the pregnancy, the specialist midwife referred the family to Children's "
          "Services. At an Initial Child Protection Conference on 16th June 2011, the unborn "
          "baby and her half-siblings were made subject to child protection plans because of "
          "neglect. Child L was born at 36 weeks and spent twelve days in the special care "
          "baby unit with withdrawal symptoms."),
        P("The plans ended at a review conference on 8th March 2012, and the family received "
          "support as children in need. On 3rd June 2012 Mr V assaulted Mother at her home; he "
          "was arrested, and in July 2012 he was fined and made subject to a restraining order. "
          "Children's Services closed the case on 18th July 2012 without asking other "
          "agencies for their views."),
        P("In September 2012 ECDAS allowed Mother to take her methadone home, collecting it "
          "twice a week. She was given a lockable box and signed a safe storage agreement, "
          "but her home was never visited. In the months that followed, the health visitor "
          "twice could not get into the home, Child L lost weight, her half-brother's school "
          "attendance fell, Mother tested positive for heroin and cocaine in November 2012, "
          "and the police attended a further argument at which Mr V was present. None of this "
          "information was brought together."),
        P("Early on the morning of Saturday 2nd February 2013, Mother found Child L "
          "unresponsive in her cot. She was taken to hospital by ambulance and was pronounced "
          "dead shortly after half past eight."),
        Spacer(1, 4),
        Paragraph("Key dates", ST["caption"]),
        grid([["Date", "Event"],
              ["14/04/11", "Specialist midwife refers the family to Children's Services"],
              ["16/06/11", "Initial Child Protection Conference"],
              ["19/08/11", "Child L born"],
              ["08/03/12", "Child protection plans end"],
              ["03/06/12", "Mr V assaults Mother; police attend"],
              ["18/07/12", "Children's Services close the case"],
              ["24/09/12", "Take-home methadone begins"],
              ["20/11/12", "Positive test for heroin and cocaine"],
              ["27/11/12", "Police attend an argument; Mr V present"],
              ["02/02/13", "Child L dies"]], [80, TEXT_W - 80]),
        Spacer(1, 8),
    ]
    s += [H("Section 4 \u2013 Key findings")]
    s += [P("The review found that:")]
    s += lettered([
        "take-home methadone was authorised without assessing the risk to the children;",
        "safe storage was never checked in the home;",
        "the case was closed without a multi-agency view, six weeks after a serious assault;",
        "Child L's father was not assessed, and his restraining order was not known to the "
        "agencies working with the family;",
        "signs of neglect in the autumn of 2012 were not recognised or shared;",
        "there was no agreed way for ECDAS and Children's Services to share information; and",
        "the grandmother's knowledge of the family was never sought.",
    ])
    s += [Spacer(1, 4),
          P("The Panel concluded that Child L's death could not have been predicted, but that it "
            "could have been prevented if the risk from methadone in the home had been "
            "recognised and managed.")]
    s += [H("Section 5 \u2013 What the review learnt")]
    s += [
        P("Methadone saves lives, and prescribing it to parents is an important part of helping "
          "them to care for their children. But a dose that is safe for an adult can kill a "
          "small child. Every professional who knows that a parent is on methadone needs to "
          "ask where it is kept, and to see for themselves."),
        P("Fathers and partners who do not live in the household can still pose a significant "
          "risk. In this case the agencies knew much less about Mr V than the family did, and "
          "relied on Mother's account that he no longer visited."),
        P("Closing a case is a decision about risk, not an administrative step. It should be "
          "informed by everyone who knows the family, and the reasons should be clear to the "
          "family and to other agencies."),
        P("Grandparents often see more than professionals. Child L's grandmother was worried in "
          "the weeks before Child L died, but did not know where to take her worries, and "
          "nobody asked her."),
    ]
    s += [H("Section 6 \u2013 Recommendations")]
    s += [P("The overview report makes twelve recommendations, numbered R1 to R12. In summary:")]
    s += lettered([
        "ECDAS prescribers must assess the risk to children and consult Children's Services "
        "before authorising take-home doses (R1), check storage at home (R2) and review any "
        "positive test within five working days (R3);",
        "ECDAS and Children's Services must agree an information-sharing protocol (R4);",
        "Children's Services must seek the views of all agencies before closing a child in "
        "need plan, and record the reasons (R5, R6);",
        "the police must check for court orders and record all children at domestic incidents "
        "(R7);",
        "health visitors must escalate repeated no-access visits and hand over cases in person "
        "(R8, R9);",
        "schools must consider attendance alongside other information (R10), all agencies "
        "should seek the views of grandparents (R11), and the LSCB will commission training "
        "and a public awareness campaign about methadone (R12).",
    ])
    s += [H("Section 7 \u2013 The Board's response")]
    s += [
        P("The Eastholm LSCB accepted all twelve recommendations. By the time this executive "
          "summary was approved for publication on 3rd December 2013, ECDAS had introduced home "
          "safety visits for every parent on take-home doses, and 340 practitioners had "
          "attended the Board's briefing on methadone and children. ECDAS also appointed a "
          "dedicated safeguarding lead in October 2013."),
        P("The Board's public awareness campaign, \u201cLock it, Every Time\u201d, will run in "
          "pharmacies and GP surgeries from January 2014. The Board will report on the "
          "progress of the action plan in its annual report for 2013/14."),
    ]
    return s


def build_overview(path):
    def make(target, toc):
        doc = SCRDoc(target, "Eastholm LSCB \u2013 Serious Case Review: Child L \u2013 Overview "
                             "Report", "Serious Case Review Child L: Overview Report",
                     numbered_from=2)
        doc.build(overview_story(toc))
        return doc
    probe = make(io.BytesIO(), {})
    doc = make(path, dict(probe.marks))
    if doc.marks != probe.marks:
        raise SystemExit("contents page numbers changed between passes")


def build_exec(path):
    def make(target, total):
        doc = SCRDoc(target, "Eastholm LSCB \u2013 Serious Case Review: Child L \u2013 Executive "
                             "Summary", "Serious Case Review Child L: Executive Summary",
                     numbered_from=2, total=total)
        doc.build(exec_story())
        return doc
    probe = make(io.BytesIO(), 99)
    make(path, probe.page - 1)


def main():
    build_overview(os.path.join(HERE, OVERVIEW_PDF))
    build_exec(os.path.join(HERE, EXEC_PDF))
    print("wrote", OVERVIEW_PDF, "and", EXEC_PDF)


if __name__ == "__main__":
    main()
