"""Build the FICTIONAL Ravensholt Case Management Review "Child H" development corpus (three PDFs).

Everything in these documents is invented: Ravensholt, Ballinvarra, the Ravensholt Safeguarding
Board, the Trust, the school, the short-break unit, Child H, his family, the practitioners and the
events. The PDFs exist only to test scr-qa. Rebuild with:

    .venv/bin/python eval/dev/ravensholt-cmr/build.py

The output is byte-for-byte deterministic (reportlab invariant mode).

The three documents deliberately give different figures and dates for related facts (how many
recommendations were accepted, when recommendation 1 would be or was completed, how many transport
escorts were or will be trained), as real documents written months apart do.
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
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

HERE = Path(__file__).resolve().parent
SUMMARY = HERE / "ravensholt-cmr-child-h-executive-summary.pdf"
PRESS = HERE / "ravensholt-board-press-statement.pdf"
UPDATE = HERE / "ravensholt-cmr-action-plan-update.pdf"

MAROON = colors.HexColor("#7a1f2b")
GREY = colors.HexColor("#555555")
FICTION = "FICTIONAL practice material \u2013 invented for testing scr-qa; not a real review"

# Executive summary: serif, justified, maroon capital headings with a rule.
BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=11.2, leading=15.4, spaceAfter=7,
                      alignment=TA_JUSTIFY)
PART = ParagraphStyle("part", fontName="Times-Bold", fontSize=12.5, leading=16, textColor=MAROON,
                      spaceBefore=12, spaceAfter=2)
SUBH = ParagraphStyle("subh", fontName="Times-BoldItalic", fontSize=11.2, leading=15, spaceBefore=4, spaceAfter=4)
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=22, bulletIndent=8, spaceAfter=3)
REC = ParagraphStyle("rec", parent=BODY, leftIndent=26, firstLineIndent=-26, spaceAfter=5)
CELL = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9.8, leading=12)
CELL_B = ParagraphStyle("cellb", parent=CELL, fontName="Times-Bold", textColor=colors.white)
COVER_1 = ParagraphStyle("c1", fontName="Times-Roman", fontSize=15, leading=20, alignment=TA_CENTER, textColor=MAROON)
COVER_2 = ParagraphStyle("c2", fontName="Times-Bold", fontSize=26, leading=32, alignment=TA_CENTER)
COVER_3 = ParagraphStyle("c3", fontName="Times-Roman", fontSize=13, leading=18, alignment=TA_CENTER)
SMALL = ParagraphStyle("small", fontName="Times-Italic", fontSize=9.5, leading=12.5, alignment=TA_CENTER, textColor=GREY)


def rule_heading(text):
    t = Table([[Paragraph(text, PART)]], colWidths=[16 * cm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.8, MAROON),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    t.keepWithNext = True
    return t


class Parts:
    """PART N headings and paragraphs N.1, N.2 ... with the number in bold at the start."""

    def __init__(self):
        self.n = self.k = 0

    def part(self, title):
        self.n += 1
        self.k = 0
        gap = Spacer(1, 6)
        gap.keepWithNext = True
        return [Spacer(1, 4), rule_heading(f"PART {self.n} \u2013 {title.upper()}"), gap]

    def p(self, text):
        self.k += 1
        return Paragraph(f"<b>{self.n}.{self.k}</b>&nbsp;&nbsp;&nbsp;{text}", BODY)


def summary_pages(canv, doc):
    canv.saveState()
    w, h = A4
    canv.setFont("Times-Italic", 8.5)
    canv.setFillColor(GREY)
    canv.drawString(2.5 * cm, 1.3 * cm, FICTION)
    if doc.page >= 3:
        canv.drawRightString(w - 2.5 * cm, 1.3 * cm, f"Page {doc.page - 2}")
        canv.drawString(2.5 * cm, h - 1.4 * cm, "Case Management Review: Child H \u2013 Executive Summary")
        canv.drawRightString(w - 2.5 * cm, h - 1.4 * cm, "Ravensholt Safeguarding Board")
        canv.setStrokeColor(MAROON)
        canv.setLineWidth(0.6)
        canv.line(2.5 * cm, h - 1.55 * cm, w - 2.5 * cm, h - 1.55 * cm)
    canv.restoreState()


def grid(rows, widths, head_bg=MAROON):
    data = [[Paragraph(c, CELL_B if i == 0 else CELL) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, GREY),
        ("BACKGROUND", (0, 0), (-1, 0), head_bg),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


# ---------------------------------------------------------------------------------------------------
# 1. Executive summary
# ---------------------------------------------------------------------------------------------------

def summary_story():
    s = []
    X = Parts()
    P = X.p

    s += [Spacer(1, 2.5 * cm),
          Paragraph("Ravensholt Safeguarding Board", COVER_1),
          Spacer(1, 2.2 * cm),
          Paragraph("Case Management Review", COVER_2),
          Paragraph("Child H", COVER_2),
          Spacer(1, 0.8 * cm),
          Paragraph("Executive Summary", COVER_3),
          Paragraph("Approved for publication by the Board on 11 September 2024", COVER_3),
          Spacer(1, 6.5 * cm),
          Paragraph("This executive summary has been prepared for publication. Names have been removed and "
                    "some details changed to protect the privacy of Child H and his family.", SMALL),
          Spacer(1, 0.3 * cm),
          Paragraph("FICTIONAL practice material. Ravensholt, the Board, every agency, Child H, his family "
                    "and every practitioner in this document are invented. It describes no real case.", SMALL),
          PageBreak()]

    s.append(rule_heading("CONTENTS"))
    s.append(Spacer(1, 8))
    for i, line in enumerate(["Introduction", "The review process", "Child H and his family",
                              "Summary of agency involvement", "Findings", "Good practice",
                              "Recommendations", "The Board's response"], 1):
        s.append(Paragraph(f"Part {i}&nbsp;&nbsp;&nbsp;{line}", BODY))
    s.append(Spacer(1, 14))
    s.append(Paragraph("A note on names", SUBH))
    s.append(Paragraph(
        "The child is referred to as Child H, his mother as Ms Y and his father as Mr J. His sister is "
        "referred to as S. Practitioners are referred to by role codes (for example SW1 or DT1), which "
        "are explained where they are first used. Page numbers in this summary start from Part 1.", BODY))
    s.append(PageBreak())

    # Part 1
    s += X.part("Introduction")
    s += [
        P("This is the executive summary of a Case Management Review (CMR) carried out on behalf of the "
          "Ravensholt Safeguarding Board into the circumstances of Child H, a nine-year-old boy who was found "
          "to have a fractured left femur when he arrived for an overnight short break on 3 February 2023. "
          "A skeletal survey three days later showed two healing rib fractures."),
        P("Child H is autistic, has a severe learning disability and does not use speech. He communicates "
          "with pictures, signs and sounds that his family and school understand well. He attended Glasdrum "
          "Special School in Ballinvarra and had overnight short breaks at Larkfield House, a unit run by the "
          "Ravensholt Health and Social Care Trust."),
        P("The Board's Case Management Review Panel considered the case on 9 March 2023 and recommended that "
          "a CMR be held because the case appeared to raise lessons about how agencies work together to "
          "protect disabled children. The Chair of the Board agreed on 16 March 2023."),
        P("Mr J was arrested on 8 February 2023 and was later charged in connection with Child H's injuries. "
          "At the time this summary was approved, criminal proceedings had not concluded. For that reason "
          "the summary does not describe the evidence about how the injuries were caused, and it draws no "
          "conclusion about it."),
    ]

    # Part 2
    s += X.part("The review process")
    s += [
        P("The review was led by an independent reviewer, Dr Siobhan Carlin, a social work academic with no "
          "connection to any Ravensholt agency. She was supported by a review panel chaired by Fintan "
          "Magennis, the Board's Professional Adviser, with senior representatives of each agency involved."),
        P("The terms of reference asked the review to examine the period from 1 September 2020, when Child H "
          "moved from the Trust's early years disability service to the Children's Disability Team, to "
          "3 February 2023. Eight agencies provided chronologies and management reports:"),
    ]
    for a in ["Ravensholt Health and Social Care Trust \u2013 Children's Disability Team",
              "Ravensholt Health and Social Care Trust \u2013 Gateway Service",
              "Ravensholt Health and Social Care Trust \u2013 school nursing service",
              "Larkfield House short-break unit",
              "Ballinvarra Family Support Hub",
              "Glasdrum Special School",
              "Millbrae Health Centre (general practice)",
              "Ravensholt District Police"]:
        s.append(Paragraph(a, BUL, bulletText="\u2013"))
    s += [
        P("The panel met eight times between May 2023 and May 2024. Dr Carlin held two workshops with "
          "frontline staff, attended by 19 practitioners, and interviewed six managers. Ms Y met the reviewer "
          "twice and her views are included in this summary. Mr J was not approached, on the advice of the "
          "police, because of the criminal proceedings. S, who was thirteen at the time, chose to write to "
          "the reviewer."),
        P("The overview report was presented to the Board on 12 June 2024. Because the criminal proceedings "
          "are continuing, the Board decided to publish this executive summary rather than the full report."),
    ]

    # Part 3
    s += X.part("Child H and his family")
    s += [
        P("Child H lives with his mother, Ms Y, and his sister, S. Until February 2023 his father, Mr J, also "
          "lived in the family home in Ballinvarra. Ms Y worked nights as a care assistant in a nursing home "
          "for most of the period under review, and Mr J was Child H's main carer in the evenings and at "
          "night."),
        P("Child H was diagnosed as autistic in 2017. His school describes him as a boy who loves water, "
          "music and being outdoors, who laughs a great deal and who will lead an adult by the hand to show "
          "them what he wants. He sometimes bangs his head or bites his hand when he is distressed, and his "
          "school and short-break staff recorded this behaviour."),
        P("S told the reviewer that home had been \u201cloud and tense\u201d for a long time and that she "
          "wished someone had asked her about it. Ms Y said that she had \u201cbelieved what I was told, "
          "because the professionals seemed to believe it too\u201d."),
    ]

    # Part 4
    s += X.part("Summary of agency involvement")
    s.append(Paragraph("Bruising recorded at school (September 2021 \u2013 April 2022)", SUBH))
    s += [
        P("Glasdrum Special School recorded marks on Child H on body maps, as its policy required. Between "
          "September 2021 and April 2022 staff completed six body maps showing eleven bruises, mostly on "
          "his upper arms and back. Each was explained by the parents, or by staff, as the result of "
          "self-injury, a fall or rough play."),
        P("The school's designated teacher for child protection, DT1, told SW1, Child H's social worker in "
          "the Children's Disability Team, about the bruising by telephone on two occasions, in November "
          "2021 and March 2022. Neither call was treated as a child protection referral, and the body maps "
          "were not sent to the Trust. Each body map was filed separately, and nobody looked at the six "
          "together until after February 2023."),
    ]
    s.append(Paragraph("The referral of May 2022", SUBH))
    s += [
        P("On 16 May 2022 the school nurse, SN1, saw four small round bruises on the inside of Child H's left "
          "upper arm, which she described as \u201cconsistent with fingertip gripping\u201d. DT1 made a "
          "referral to the Trust's Gateway Service the next day, 17 May 2022."),
        P("A Gateway social worker, SW2, carried out an assessment using the UNOCINI framework. She visited "
          "the family home on 25 May 2022, when Mr J explained that Child H had been held to stop him running "
          "into the road. SW2 did not see Child H alone and did not use his communication system. No "
          "strategy discussion was held with the police and Child H was not seen by a paediatrician."),
        P("SW2 closed the referral on 21 June 2022, recording that the explanation was \u201cplausible and "
          "consistent\u201d, and referred the family to the Ballinvarra Family Support Hub for help with sleep "
          "and behaviour. SW1 was not told that the referral had been made or that it had been closed."),
        P("The Family Support Hub accepted the referral on 4 July 2022. Ms Y agreed to a home visit, but two "
          "appointments were cancelled by Mr J and the Hub closed its involvement on 30 September 2022."),
    ]
    s.append(Paragraph("Transport, short breaks and health (autumn 2022)", SUBH))
    s += [
        P("Child H travelled to school by minibus with an escort, ESC1. In October 2022 ESC1 twice noticed "
          "marks on Child H's wrists while helping him with his seat belt. She told the driver, but escorts "
          "had no training in child protection and no way of reporting a concern to the school."),
        P("Child H's short breaks at Larkfield House were increased from one to two nights a month in "
          "October 2022, at Ms Y's request, because of her night shifts. Short-break staff recorded in "
          "December 2022 that he flinched when an adult raised an arm near him, but this was not shared."),
        P("GP1 at Millbrae Health Centre saw Child H once in the review period, on 12 January 2023, for an "
          "ear infection. Mr J brought him. The GP record held no information about the bruising or the "
          "Gateway referral."),
    ]
    s.append(Paragraph("3 February 2023 and after", SUBH))
    s += [
        P("Mr J brought Child H to Larkfield House at 17.20 hrs on Friday 3 February 2023. The residential "
          "worker on shift, RW1, noticed that he would not put weight on his left leg and that his thigh "
          "was swollen. Mr J said that Child H had fallen from the trampoline at home the previous evening. "
          "RW1 called an ambulance at 17.45 hrs and Child H arrived at the emergency department of "
          "Ravensholt Area Hospital at 18.30 hrs. An X-ray showed a spiral fracture of the left femur."),
        P("A strategy discussion under the joint protocol between the Trust and the police was held by "
          "telephone at 10.00 hrs on 4 February 2023. The skeletal survey on 6 February 2023 found two "
          "healing rib fractures, which the consultant paediatrician, Paed1, estimated to be between three "
          "and six weeks old."),
        P("Child H and S went to stay with their maternal aunt. At a child protection case conference on "
          "22 February 2023 both children's names were placed on the Child Protection Register. Ms Y has "
          "since separated from Mr J, and the children returned home to her on 5 June 2023 with a "
          "protection plan in place."),
    ]
    s.append(KeepTogether([
        Paragraph("Table 1: Key dates", SUBH),
        grid([
            ["Date", "Time", "Event"],
            ["16.05.22", "", "School nurse (SN1) sees fingertip-pattern bruising"],
            ["17.05.22", "", "Referral by DT1 to the Gateway Service"],
            ["25.05.22", "", "Home visit by SW2 (Gateway)"],
            ["21.06.22", "", "Gateway referral closed; family referred to Family Support Hub"],
            ["30.09.22", "", "Family Support Hub closes its involvement"],
            ["03.02.23", "17:20", "Child H arrives at Larkfield House; RW1 notices swollen thigh"],
            ["03.02.23", "17:45", "Ambulance called"],
            ["04.02.23", "10:00", "Joint protocol strategy discussion (telephone)"],
            ["06.02.23", "", "Skeletal survey: two healing rib fractures"],
            ["08.02.23", "", "Mr J arrested"],
            ["22.02.23", "", "Child protection case conference; both children registered"],
        ], [2.4 * cm, 1.6 * cm, 12.0 * cm]),
    ]))

    # Part 5
    s += X.part("Findings")
    s += [
        P("<b>Finding 1: bruising on a disabled child who cannot speak was explained away.</b> Each mark was "
          "accepted as self-injury or accident without a medical opinion. The review heard that staff "
          "\u201cknew him as a head-banger\u201d, and that this label made every new bruise look expected. "
          "Regional guidance requires a paediatric opinion for bruising in a non-mobile baby but says nothing "
          "about older children who cannot tell anyone how they were hurt."),
        P("<b>Finding 2: nobody saw the whole picture.</b> Six body maps sat in a school filing cabinet, two "
          "telephone calls sat in SW1's notes and a Gateway assessment sat in a different part of the Trust's "
          "record system. The Children's Disability Team and the Gateway Service use separate case records, "
          "and neither could see the other's."),
        P("<b>Finding 3: Child H's own voice was not sought.</b> SW2 relied on Mr J's account. Child H's "
          "school had a speech and language therapist who could have helped him show what had happened, "
          "but no one asked."),
        P("<b>Finding 4: the threshold for a joint protocol discussion was not applied in May 2022.</b> "
          "Fingertip bruising on a child of eight with a disability met the threshold in the regional "
          "procedures. SW2, who had been qualified for eleven months, told the reviewer she did not think "
          "of it as a physical abuse referral because the referral form was headed \u201cfamily support\u201d."),
        P("<b>Finding 5: people at the edges saw things but had no route to say so.</b> The escort and the "
          "short-break staff both noticed signs that something was wrong. Neither had been trained to "
          "recognise them as possible abuse, and neither knew who to tell."),
        P("<b>Finding 6: the father was the main source of information and the main carer.</b> Agencies "
          "spoke mostly to Mr J and saw Ms Y rarely because of her night work. No agency asked whether "
          "Mr J was coping with the care of a child who woke several times most nights."),
    ]

    # Part 6
    s += X.part("Good practice")
    s += [
        P("Glasdrum Special School kept careful body maps and its nurse described the May 2022 bruising "
          "precisely. The designated teacher acted the day after the nurse's observation."),
        P("RW1 at Larkfield House acted quickly and calmly on 3 February 2023, challenged Mr J's account and "
          "did not allow him to take Child H home. The emergency department and the police worked well "
          "together on the night and in the days that followed."),
    ]

    # Part 7
    s += X.part("Recommendations")
    s.append(P("The review makes eleven recommendations. The lead agency for each is shown in brackets."))
    recs = [
        "The Trust should extend its bruising protocol so that any unexplained bruising on a child who is "
        "non-verbal or has a significant learning disability leads to a paediatric opinion. (Trust)",
        "The Board should issue regional guidance requiring special schools to send body maps to the child's "
        "social worker when three or more are completed within six months. (Board)",
        "The Trust should ensure that the Gateway Service consults the allocated social worker in the "
        "Children's Disability Team before closing any referral about a child known to that team. (Trust)",
        "The Trust and Ravensholt District Police should deliver joint training on the threshold for joint "
        "protocol discussions about disabled children. (Trust and Police)",
        "Ravensholt Education Services should train school transport escorts in recognising and reporting "
        "child protection concerns. (Education Services)",
        "Assessments of children who do not use speech should involve someone who knows the child's "
        "communication method, such as a speech and language therapist. (Trust)",
        "Short-break services should share observations of a child's behaviour, including fear responses, "
        "with the child's social worker at each review. (Trust)",
        "Referral forms should not pre-label the type of concern before it has been assessed. (Trust)",
        "The Department of Health should be asked to consider a single case record shared by the "
        "Trust's disability and Gateway services across the region. (Board)",
        "Agencies should ask about the wellbeing of the main carer of a disabled child, including at night, "
        "as part of every assessment. (All agencies)",
        "The Board should audit, within twelve months, how bruising on disabled children is responded to "
        "across agencies. (Board)",
    ]
    for i, r in enumerate(recs, 1):
        s.append(Paragraph(f"<b>R{i}</b>&nbsp;&nbsp;{r}", REC))

    # Part 8
    s += X.part("The Board's response")
    s += [
        P("The Board considered the review at its meeting on 11 September 2024. It accepted ten of the "
          "recommendations in full. It accepted recommendation R9 in principle, because a shared case record "
          "is a matter for the Department of Health and the other boards and trusts in the region."),
        P("An action plan has been agreed. The Trust expects the revised bruising protocol under R1 to be in "
          "use by December 2024. Ravensholt Education Services expects to train all 450 of its transport "
          "escorts by June 2025. The Board's CMR Panel will monitor progress and report to the Board every "
          "six months."),
        P("Some changes were made before the review finished. Since 2 October 2023 the Children's Disability "
          "Team and the Gateway Service have held a weekly meeting to share information about children known "
          "to both. Glasdrum Special School now reviews all of a child's body maps together each half-term, "
          "and Larkfield House has added a section on changes in behaviour to its handover record."),
        P("The Board thanks Ms Y and S for their contribution to the review, and the practitioners who took "
          "part for their openness. S asked that this summary should end with something about her brother: "
          "\u201cHe is funny and he is clever and he understands a lot more than people think.\u201d"),
    ]
    s.append(Spacer(1, 10))
    s.append(KeepTogether([
        rule_heading("APPENDIX \u2013 TERMS USED IN THIS SUMMARY"),
        Spacer(1, 6),
        grid([
            ["Term", "Meaning"],
            ["Body map", "An outline drawing of a child's body on which staff mark the position and size of "
                         "any injury they see."],
            ["Case Management Review (CMR)", "A review commissioned by the Board when a child has died or been "
                                             "seriously harmed and agencies may have lessons to learn."],
            ["Child Protection Register", "The list of children who are the subject of a child protection plan."],
            ["Family Support Hub", "A network of community and voluntary organisations that offers early help "
                                   "to families who agree to it."],
            ["Gateway Service", "The Trust's single point of entry for referrals about children who may be in "
                                "need or at risk."],
            ["Joint protocol", "The arrangements under which the Trust and the police decide together whether, "
                               "and how, to investigate suspected abuse."],
            ["Short break", "Planned overnight care away from home, which gives a disabled child new experiences "
                            "and the family a rest (also called respite)."],
            ["UNOCINI", "Understanding the Needs of Children in Northern Ireland: the assessment framework used "
                        "by the Trust."],
        ], [4.6 * cm, 11.4 * cm]),
    ]))
    return s


# ---------------------------------------------------------------------------------------------------
# 2. Press statement
# ---------------------------------------------------------------------------------------------------

PRESS_BODY = ParagraphStyle("pb", fontName="Helvetica", fontSize=10.5, leading=15, spaceAfter=8)
PRESS_H = ParagraphStyle("ph", fontName="Helvetica-Bold", fontSize=17, leading=22, spaceAfter=10, textColor=MAROON)
PRESS_TAG = ParagraphStyle("pt", fontName="Helvetica-Bold", fontSize=9.5, leading=13, textColor=GREY)
PRESS_NOTE = ParagraphStyle("pn", fontName="Helvetica", fontSize=9, leading=12.5, spaceAfter=5, leftIndent=14,
                            bulletIndent=0)


def press_pages(canv, doc):
    canv.saveState()
    w, h = A4
    canv.setFillColor(MAROON)
    canv.rect(0, h - 2.3 * cm, w, 2.3 * cm, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 14)
    canv.drawString(2.2 * cm, h - 1.35 * cm, "Ravensholt Safeguarding Board")
    canv.setFont("Helvetica", 10)
    canv.drawRightString(w - 2.2 * cm, h - 1.35 * cm, "PRESS STATEMENT")
    canv.setFillColor(GREY)
    canv.setFont("Helvetica", 8)
    canv.drawString(2.2 * cm, 1.2 * cm, FICTION)
    canv.drawRightString(w - 2.2 * cm, 1.2 * cm, f"Page {doc.page}")
    canv.restoreState()


def press_story():
    s = [Paragraph("EMBARGOED UNTIL 00.01 HRS, WEDNESDAY 9 OCTOBER 2024", PRESS_TAG),
         Spacer(1, 10),
         Paragraph("Board publishes learning from review into injuries to a disabled child", PRESS_H),
         Paragraph(
             "The Ravensholt Safeguarding Board today published the executive summary of a Case Management "
             "Review into the care of Child H, a nine-year-old boy with autism and a severe learning "
             "disability who was found to have a broken leg and older rib fractures in February 2023.",
             PRESS_BODY),
         Paragraph(
             "The review found that bruises on Child H were recorded many times at his school but were seen "
             "as self-harm, that information held by different services was never put together, and that "
             "Child H, who does not speak, was not helped to give his own account.", PRESS_BODY),
         Paragraph(
             "The Board has accepted all 11 recommendations made by the independent reviewer, and work has "
             "already started on eight of them.", PRESS_BODY),
         Paragraph(
             "Maura Harkin, Independent Chair of the Ravensholt Safeguarding Board, said: \u201cChild H could "
             "not tell us what was happening to him, so it was up to every one of us to notice and to put the "
             "pieces together. We did not do that well enough. I am grateful to his mother and his sister for "
             "helping the review, and I am determined that the changes it asks for are made quickly.\u201d",
             PRESS_BODY),
         Paragraph(
             "Declan Corrigan, Director of Children's Services at the Ravensholt Health and Social Care Trust, "
             "said: \u201cWe accept the findings in full. From 1 November 2024 any unexplained bruise on a child "
             "who cannot tell us how it happened will be seen by a paediatrician. Our disability and Gateway "
             "teams now meet weekly to share information about children known to both.\u201d", PRESS_BODY),
         Paragraph(
             "Ravensholt Education Services will provide child protection training to all 400 school transport "
             "escorts in the area. The Board is investing \u00a336,500 in a programme of training for staff who "
             "work with disabled children, which will begin in January 2025.", PRESS_BODY),
         Paragraph(
             "Because criminal proceedings are continuing, the Board will not comment further on the "
             "circumstances of Child H's injuries.", PRESS_BODY),
         Paragraph("ENDS", PRESS_TAG),
         Spacer(1, 12),
         Paragraph("Notes to editors", PRESS_TAG),
         Spacer(1, 4)]
    notes = [
        "A Case Management Review (CMR) is carried out when a child has died or been seriously harmed and "
        "there are concerns about how agencies worked together. The Board decides whether to publish the "
        "report or a summary.",
        "The review was carried out by Dr Siobhan Carlin, an independent reviewer. The review panel was "
        "chaired by Fintan Magennis.",
        "Eight organisations took part in the review.",
        "The executive summary is available on the Board's website at ravensholt-board.example/cmr.",
        "Child H is not the child's real initial. Please respect the privacy of the family and do not try "
        "to identify them.",
        "Media enquiries: Communications Office, Ravensholt Safeguarding Board, press@ravensholt-board.example.",
    ]
    for i, n in enumerate(notes, 1):
        s.append(Paragraph(n, PRESS_NOTE, bulletText=f"{i}."))
    return s


# ---------------------------------------------------------------------------------------------------
# 3. Action plan progress update (one landscape page)
# ---------------------------------------------------------------------------------------------------

UPD_H = ParagraphStyle("uh", fontName="Helvetica-Bold", fontSize=13, leading=16, textColor=MAROON)
UPD_S = ParagraphStyle("us", fontName="Helvetica", fontSize=8.6, leading=11)
UCELL = ParagraphStyle("uc", fontName="Helvetica", fontSize=8.6, leading=10.6)
UCELL_B = ParagraphStyle("ucb", parent=UCELL, fontName="Helvetica-Bold", textColor=colors.white)


def update_pages(canv, doc):
    canv.saveState()
    w, h = landscape(A4)
    canv.setFillColor(GREY)
    canv.setFont("Helvetica", 7.5)
    canv.drawString(1.5 * cm, 0.8 * cm, FICTION)
    canv.drawRightString(w - 1.5 * cm, 0.8 * cm, "RSB/CMR/H/AP \u2013 version 3")
    canv.restoreState()


def update_story():
    rows = [
        ["No.", "Recommendation (summary)", "Lead", "Target date", "Status", "Date completed / progress"],
        ["R1", "Bruising protocol extended to children who are non-verbal or have a significant learning "
               "disability", "Trust", "31/12/2024", "Complete", "Completed 14/01/2025; protocol in use in all "
                                                                     "children's teams"],
        ["R2", "Regional guidance: special schools send body maps to the social worker (3 in 6 months)",
         "Board", "31/03/2025", "Complete", "Completed 27/03/2025; guidance issued to 11 special schools"],
        ["R3", "Gateway to consult the Children's Disability Team before closing a referral", "Trust",
         "30/11/2024", "Complete", "Completed 18/11/2024"],
        ["R4", "Joint training on the joint protocol threshold for disabled children", "Trust and Police",
         "30/06/2025", "On track", "3 of 5 sessions delivered; 74 staff trained"],
        ["R5", "Child protection training for school transport escorts", "Education Services", "30/06/2025",
         "Delayed", "312 of 450 escorts trained; revised target 30/09/2025"],
        ["R6", "Communication support in assessments of non-verbal children", "Trust", "30/09/2025",
         "On track", "Speech and language therapy pathway agreed 06/03/2025"],
        ["R7", "Short-break observations shared at each review", "Trust", "31/01/2025", "Complete",
         "Completed 31/01/2025"],
        ["R8", "Referral forms not to pre-label the type of concern", "Trust", "31/12/2024", "Complete",
         "Completed 09/12/2024"],
        ["R9", "Shared case record for disability and Gateway services (regional)", "Board", "\u2013",
         "Not started", "Awaiting Department of Health response; raised at regional meeting 20/02/2025"],
        ["R10", "Ask about the main carer's wellbeing, including at night", "All agencies", "30/06/2025",
         "On track", "Question added to UNOCINI and short-break review templates"],
        ["R11", "Audit of responses to bruising on disabled children", "Board", "30/09/2025", "On track",
         "Audit tool agreed; fieldwork starts 01/05/2025"],
    ]
    data = [[Paragraph(c, UCELL_B if i == 0 else UCELL) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[1.1 * cm, 9.0 * cm, 2.8 * cm, 2.2 * cm, 2.0 * cm, 9.4 * cm], repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.4, GREY), ("BACKGROUND", (0, 0), (-1, 0), MAROON),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.2),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2)]
    shade = {"Complete": "#d9ead3", "On track": "#fff2cc", "Delayed": "#f4cccc", "Not started": "#eeeeee"}
    for i, r in enumerate(rows[1:], 1):
        style.append(("BACKGROUND", (4, i), (4, i), colors.HexColor(shade[r[4]])))
    t.setStyle(TableStyle(style))
    return [
        Paragraph("Case Management Review: Child H \u2013 Action plan progress update", UPD_H),
        Spacer(1, 3),
        Paragraph("Ravensholt Safeguarding Board, CMR Panel. Position at 31 March 2025. Presented to the Board on "
                  "24 April 2025. Prepared by the Board's Professional Adviser.", UPD_S),
        Paragraph("Summary: of the 11 recommendations, 5 are complete, 4 are on track, 1 is delayed and 1 has "
                  "not started. The Board accepted R1\u2013R8, R10 and R11 in full and R9 in principle.", UPD_S),
        Spacer(1, 6),
        t,
        Spacer(1, 5),
        Paragraph("Next update: position at 30 September 2025, to the Board in October 2025. FICTIONAL "
                  "practice material.", UPD_S),
    ]


def main():
    doc = SimpleDocTemplate(str(SUMMARY), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.3 * cm, bottomMargin=2.2 * cm,
                            title="Case Management Review: Child H - Executive Summary (FICTIONAL)",
                            author="Ravensholt Safeguarding Board (FICTIONAL)", subject="FICTIONAL practice material",
                            creator="eval/dev/ravensholt-cmr/build.py")
    doc.build(summary_story(), onFirstPage=summary_pages, onLaterPages=summary_pages)

    doc = SimpleDocTemplate(str(PRESS), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=3.2 * cm, bottomMargin=2.0 * cm,
                            title="Press statement: Case Management Review Child H (FICTIONAL)",
                            author="Ravensholt Safeguarding Board (FICTIONAL)", subject="FICTIONAL practice material",
                            creator="eval/dev/ravensholt-cmr/build.py")
    doc.build(press_story(), onFirstPage=press_pages, onLaterPages=press_pages)

    doc = SimpleDocTemplate(str(UPDATE), pagesize=landscape(A4), leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.3 * cm, bottomMargin=1.3 * cm,
                            title="CMR Child H - Action plan progress update (FICTIONAL)",
                            author="Ravensholt Safeguarding Board (FICTIONAL)", subject="FICTIONAL practice material",
                            creator="eval/dev/ravensholt-cmr/build.py")
    doc.build(update_story(), onFirstPage=update_pages, onLaterPages=update_pages)


if __name__ == "__main__":
    main()
    for p in (SUMMARY, PRESS, UPDATE):
        print(p)
