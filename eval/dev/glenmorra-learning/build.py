"""Build the FICTIONAL Glenmorra Learning Review "Ailsa" development corpus (one PDF).

Everything in this document is invented: Glenmorra, its Child Protection Committee, the towns, the
agencies, Ailsa, her family, the practitioners and the events. The PDF exists only to test scr-qa.
Rebuild with:

    .venv/bin/python eval/dev/glenmorra-learning/build.py

The output is byte-for-byte deterministic (reportlab invariant mode).

House style: a Scottish-style Learning Review. A4 portrait, sans-serif body (Helvetica 10 pt), a
teal band down the left edge of every body page with the three-level paragraph numbers (4.3.2)
hanging in it in white, section headings as "Section 4" over a title, key practice episodes instead
of a chronology, tables for agencies, recommendations (lead agency, timescale) and terms.
"""
from reportlab import rl_config

rl_config.invariant = 1

from pathlib import Path  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "glenmorra-learning-review-ailsa.pdf"

TEAL = colors.HexColor("#1f6b70")
PALE = colors.HexColor("#e3f0f0")
INK = colors.HexColor("#1d1d1d")
BAND_W = 3.1 * cm
LEFT = BAND_W + 0.9 * cm
RIGHT = 2.0 * cm
FOOTER = "FICTIONAL practice material \u2013 Glenmorra Child Protection Committee \u2013 Learning Review \u201cAilsa\u201d"

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14.2, spaceAfter=7, textColor=INK)
NUM = ParagraphStyle("num", parent=BODY, bulletIndent=-2.75 * cm, bulletFontName="Helvetica-Bold",
                     bulletFontSize=9.5, bulletColor=colors.white)
SECNO = ParagraphStyle("secno", fontName="Helvetica", fontSize=10, leading=13, textColor=TEAL, spaceBefore=6)
SECT = ParagraphStyle("sect", fontName="Helvetica-Bold", fontSize=16, leading=20, textColor=TEAL, spaceAfter=10)
SUB = ParagraphStyle("sub", fontName="Helvetica-Bold", fontSize=11, leading=15, textColor=INK,
                     spaceBefore=6, spaceAfter=5)
QUOTE = ParagraphStyle("quote", parent=BODY, fontName="Helvetica-Oblique", leftIndent=14, rightIndent=14,
                       textColor=TEAL)
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=16, bulletIndent=4, spaceAfter=3)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.8, leading=11.2, textColor=INK)
CELL_H = ParagraphStyle("cellh", parent=CELL, fontName="Helvetica-Bold", textColor=colors.white)
CAP = ParagraphStyle("cap", parent=BODY, fontName="Helvetica-Bold", fontSize=9.5, textColor=TEAL, spaceAfter=4)
COVER_A = ParagraphStyle("ca", fontName="Helvetica", fontSize=13, leading=18, textColor=colors.white)
COVER_T = ParagraphStyle("ct", fontName="Helvetica-Bold", fontSize=30, leading=36, textColor=colors.white)
COVER_S = ParagraphStyle("cs", fontName="Helvetica", fontSize=15, leading=21, textColor=colors.white)
COVER_N = ParagraphStyle("cn", fontName="Helvetica", fontSize=9.5, leading=13, textColor=INK)


def cover_page(canv, doc):
    canv.saveState()
    w, h = A4
    canv.setFillColor(TEAL)
    canv.rect(0, h * 0.38, w, h * 0.62, stroke=0, fill=1)
    canv.setFillColor(colors.HexColor("#9cc9c4"))
    canv.rect(0, h * 0.38 - 0.35 * cm, w, 0.35 * cm, stroke=0, fill=1)
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.drawString(2 * cm, 1.2 * cm, FOOTER)
    canv.restoreState()


def body_page(canv, doc):
    canv.saveState()
    w, h = A4
    canv.setFillColor(TEAL)
    canv.rect(0, 0, BAND_W, h, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 15)
    canv.drawCentredString(BAND_W / 2, 1.15 * cm, str(doc.page))
    canv.setFont("Helvetica", 7.5)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.drawString(LEFT, 1.2 * cm, FOOTER)
    canv.drawRightString(w - RIGHT, h - 1.2 * cm, "Learning Review \u201cAilsa\u201d \u2013 Glenmorra CPC")
    canv.setStrokeColor(PALE)
    canv.line(LEFT, h - 1.4 * cm, w - RIGHT, h - 1.4 * cm)
    canv.restoreState()


class Sections:
    """Section N, sub-part N.M and paragraphs N.M.K (or N.K where there is no sub-part)."""

    def __init__(self):
        self.s = self.m = self.k = 0

    def section(self, title):
        self.s += 1
        self.m = self.k = 0
        return [PageBreak(), Paragraph(f"Section {self.s}", SECNO), Paragraph(title, SECT)]

    def part(self, title):
        self.m += 1
        self.k = 0
        return Paragraph(f"{self.s}.{self.m}&nbsp;&nbsp;{title}", SUB)

    def p(self, text):
        self.k += 1
        num = f"{self.s}.{self.m}.{self.k}" if self.m else f"{self.s}.{self.k}"
        return Paragraph(text, NUM, bulletText=num)


def table(rows, widths, head=True):
    data = [[Paragraph(c, CELL_H if (head and i == 0) else CELL) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9cc9c4")),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), TEAL))
    for i in range(1 if head else 0, len(rows)):
        if i % 2 == 0:
            style.append(("BACKGROUND", (0, i), (-1, i), PALE))
    t.setStyle(TableStyle(style))
    return t


def story():
    s = []
    S = Sections()
    P = S.p

    # ---------------------------------------------------------------- cover (page 1)
    s += [Spacer(1, 1.2 * cm),
          Paragraph("Glenmorra Child Protection Committee", COVER_A),
          Spacer(1, 2.6 * cm),
          Paragraph("Learning Review", COVER_T),
          Paragraph("\u201cAilsa\u201d", COVER_T),
          Spacer(1, 0.6 * cm),
          Paragraph("A review of multi-agency practice with a young child and her family, "
                    "October 2019 to March 2023", COVER_S),
          Spacer(1, 9.2 * cm),
          Paragraph("Lead reviewers: Morven Aitchison and Euan Dalgleish", COVER_N),
          Paragraph("Endorsed by the Glenmorra Chief Officers Group: 7 May 2024", COVER_N),
          Paragraph("Published: 3 June 2024", COVER_N),
          Spacer(1, 0.5 * cm),
          Paragraph("FICTIONAL practice material. Glenmorra, its agencies, Ailsa, her family and every "
                    "practitioner named or coded in this review are invented for testing software. "
                    "Any resemblance to a real child, family, place or case is coincidental.", COVER_N),
          NextPageTemplate("body"), PageBreak()]

    # ---------------------------------------------------------------- contents and foreword (page 2)
    s.append(Paragraph("Contents", SECT))
    for line in ["Foreword from the Independent Chair", "Section 1  Introduction",
                 "Section 2  How the review was carried out", "Section 3  Ailsa, her family and the agencies",
                 "Section 4  Key practice episodes", "Section 5  What we learned",
                 "Section 6  What worked well", "Section 7  Recommendations",
                 "Appendix A  Terms used in this review", "Appendix B  Practitioners referred to by role"]:
        s.append(Paragraph(line, BODY))
    s.append(Spacer(1, 0.4 * cm))
    s.append(PageBreak())
    s.append(Paragraph("Foreword from the Independent Chair", SECT))
    s.append(Paragraph(
        "Ailsa was two years and eight months old when a taxi driver found her alone in the street in the "
        "middle of a February night. She survived, and she is now doing well in the care of her "
        "grandmother. This review asks how the agencies who knew her family understood what her days and "
        "nights were like, and why that picture was never put together before that night.", BODY))
    s.append(Paragraph(
        "I want to thank the twenty-three practitioners who gave their time to the learning events, and "
        "Ailsa's mother and grandmother, who spoke to the reviewers openly. The Committee has accepted all "
        "eight recommendations and will report progress to the Chief Officers Group every six months.", BODY))
    s.append(Paragraph("Catriona Meikle, Independent Chair, Glenmorra Child Protection Committee", BODY))
    s.append(Spacer(1, 0.5 * cm))
    s.append(Paragraph("The review at a glance", CAP))
    s.append(table([
        ["Child", "Ailsa, aged 2 years 8 months at the time of the incident"],
        ["Incident", "Found alone outdoors, Shore Road, Inverbrack, 26/02/2023 (999 call 02:14)"],
        ["Agencies involved", "9"],
        ["Practitioners at learning events", "23"],
        ["Key practice episodes", "6"],
        ["Learning points", "5"],
        ["Recommendations", "8 (all accepted by the CPC)"],
    ], [5.2 * cm, 9.8 * cm], head=False))

    # ---------------------------------------------------------------- Section 1
    s += S.section("Introduction")
    s.append(S.part("Why this review was carried out"))
    s += [
        P("In the early hours of 26 February 2023 Ailsa, then aged two years and eight months, was found "
          "alone on Shore Road in Inverbrack by a taxi driver. She was wearing pyjamas and no shoes. Her "
          "body temperature on arrival at Inverbrack Royal Infirmary was 34.2\u00b0C and she was admitted "
          "to the children's ward for four days."),
        P("Police officers found the door of the family's flat open. Ailsa's mother, Ms N, was asleep and "
          "could not easily be woken. Ailsa's half-brother, Baby K, then seven weeks old, was in his cot. "
          "Ms N's partner, Mr Q, was not in the flat."),
        P("A Rapid Review was held on 9 March 2023. On 23 March 2023 the Independent Chair of the Glenmorra "
          "Child Protection Committee (CPC) decided that the case met the criteria for a Learning Review set "
          "out in the national guidance for child protection committees. The Care Inspectorate was notified "
          "on 27 March 2023."),
    ]
    s.append(S.part("Scope"))
    s += [
        P("The review looked at agency involvement from 1 October 2019, shortly before Ms N's first "
          "pregnancy was confirmed, to 1 March 2023, the day Ailsa was discharged from hospital into foster "
          "care. Earlier history was considered where agencies knew of it."),
        P("The review is not about blame. It seeks to understand why practitioners acted as they did, given "
          "what they knew, the systems they worked within and the pressures on them at the time, and to "
          "identify what needs to change."),
    ]

    # ---------------------------------------------------------------- Section 2
    s += S.section("How the review was carried out")
    s.append(S.part("The review team"))
    s += [
        P("The CPC appointed two lead reviewers who had no previous connection with services in Glenmorra: "
          "Morven Aitchison, a former head of children's services in another council area, and Euan "
          "Dalgleish, a retired detective chief inspector. They were supported by a review team of seven "
          "senior managers from the agencies involved, chaired by Dr Isla Ferrie, Consultant Paediatrician "
          "and lead doctor for child protection in NHS Glenmorra."),
        P("The review team met nine times between May 2023 and March 2024. Each agency completed a "
          "chronology and a short reflective account of its involvement."),
    ]
    s.append(S.part("Learning events"))
    s += [
        P("The reviewers used a systems approach. Four practitioner learning events were held in "
          "Inverbrack between 12 September and 21 November 2023. Twenty-three practitioners from nine "
          "agencies took part, several of them in more than one event. A separate session was held with "
          "the managers who had chaired the two Inter-agency Referral Discussions."),
        P("The draft findings were tested with practitioners at a feedback session on 30 January 2024. "
          "The CPC approved the report on 18 April 2024 and the Chief Officers Group endorsed it on "
          "7 May 2024."),
    ]
    s.append(S.part("The family's contribution"))
    s += [
        P("Ms N met the lead reviewers twice, in October and December 2023. Ailsa's maternal grandmother, "
          "Mrs N, was interviewed at her home in Kilcraddie. Mr Q was written to twice but did not reply. "
          "Ailsa's father, Mr B, who lives outside Glenmorra, spoke to Mr Dalgleish by telephone."),
        P("Ms N told the reviewers that she had felt \u201cwatched but not helped\u201d. She said that nobody "
          "had asked her what the nights were like once Baby K was born, and that she would have told them "
          "if they had."),
    ]

    # ---------------------------------------------------------------- Section 3
    s += S.section("Ailsa, her family and the agencies")
    s.append(S.part("Ailsa and her family"))
    s += [
        P("Ailsa was born on 11 June 2020 at Inverbrack Royal Infirmary at 38 weeks, weighing 2.9 kg. She is "
          "described by her nursery as a chatty, curious child who loves animals and singing. Her grandmother "
          "told the reviewers that Ailsa \u201cnever stops asking why\u201d."),
        P("Ms N was 21 when Ailsa was born. She had grown up in Kilcraddie and had worked in a hotel kitchen "
          "until her pregnancy. Mr B, Ailsa's father, separated from Ms N before Ailsa's first birthday and "
          "had occasional contact with her."),
        P("Mr Q began a relationship with Ms N in the summer of 2021 and was living at her flat for much of "
          "the period under review, although no agency recorded him as a member of the household. He is the "
          "father of Baby K, who was born on 2 January 2023."),
        P("In August 2022 Ms N moved with Ailsa from Kilcraddie to a two-bedroom flat in Inverbrack, "
          "eleven miles away, after Glenmorra Housing Options accepted that her previous tenancy was "
          "overcrowded and damp. The move took Ailsa away from her grandmother, who until then had looked "
          "after her for two or three nights most weeks."),
    ]
    s.append(S.part("The agencies involved"))
    s.append(P("Nine agencies had contact with Ailsa or her family during the period under review. "
               "Table 1 shows each agency, the service involved, the period of involvement and the number "
               "of recorded contacts with the family in the review period."))
    s.append(Paragraph("Table 1: Agencies and their involvement", CAP))
    s.append(table([
        ["Agency", "Service involved", "Period of involvement", "Recorded contacts"],
        ["Glenmorra Council Children and Families Social Work", "Duty team; Inverbrack Area Team",
         "Dec 2021 \u2013 Mar 2023", "17"],
        ["NHS Glenmorra Health Visiting", "Universal Health Visiting Pathway; Named Person",
         "Jun 2020 \u2013 Feb 2023", "31"],
        ["NHS Glenmorra Maternity Services", "Community and hospital midwifery (two pregnancies)",
         "Nov 2019 \u2013 Jan 2023", "24"],
        ["Kilcraddie Medical Practice", "General practice", "Whole period", "12"],
        ["Police, Glenmorra Area Command", "Response officers; Child Concern Reports; Public Protection Unit",
         "Dec 2021 \u2013 Feb 2023", "6"],
        ["Balnafoyle Nursery (Glenmorra Council Education)", "Early learning and childcare, funded place",
         "Apr 2022 \u2013 Feb 2023", "48 sessions attended"],
        ["Strathlennan Recovery Hub", "Alcohol support", "Nov 2019 \u2013 Mar 2020", "4"],
        ["Glenmorra Housing Options", "Homelessness and housing advice", "Jun 2022 \u2013 Aug 2022", "5"],
        ["Moraig Women's Support", "Domestic abuse outreach", "Nov 2022 \u2013 Jan 2023", "3"],
    ], [4.6 * cm, 4.9 * cm, 3.2 * cm, 2.3 * cm]))
    s.append(Spacer(1, 0.3 * cm))

    # ---------------------------------------------------------------- Section 4
    s += S.section("Key practice episodes")
    s.append(Paragraph(
        "Rather than a full chronology, the review team identified six key practice episodes: periods in "
        "which practice made a difference, or could have. Each is summarised below, followed by what the "
        "practitioners told the reviewers about it.", BODY))

    s.append(S.part("Key practice episode 1: pregnancy and the first year (October 2019 \u2013 June 2021)"))
    s += [
        P("Ms N booked for antenatal care on 4 November 2019, at eleven weeks of pregnancy. She told the "
          "midwife, MW1, that before she knew she was pregnant she had been drinking \u201ca bottle of wine "
          "most nights\u201d. MW1 completed an alcohol screening questionnaire and, with Ms N's agreement, "
          "referred her to Strathlennan Recovery Hub."),
        P("Ms N attended one appointment at the Hub and missed the next two. The Hub wrote to her and, when "
          "she did not reply, closed the referral on 16 March 2020 and told the GP. The letter did not reach "
          "the midwifery record, and MW1 recorded at 28 weeks that Ms N was \u201cnot drinking now\u201d."),
        P("After Ailsa's birth HV1 became her health visitor and, under the Getting it right for every child "
          "(GIRFEC) approach, her Named Person. HV1 completed the new-birth visit on 24 June 2020 and the "
          "reviews at 6\u20138 weeks and 13\u201315 months. She recorded a warm relationship between Ailsa "
          "and her mother and no concerns about development."),
        P("Practitioners told the reviewers that the alcohol history \u201cstayed in the maternity notes\u201d. "
          "It was not part of the handover to health visiting, and HV1 did not know of it."),
    ]

    s.append(S.part("Key practice episode 2: the first police call (December 2021 \u2013 January 2022)"))
    s += [
        P("On 18 December 2021 at 23.50 hrs police officers attended the flat in Kilcraddie after a "
          "neighbour reported shouting. Ms N and Mr Q had argued; neither made a complaint and no offence "
          "was recorded. Ailsa, then eighteen months old, was asleep in her room. PO1 submitted a Child "
          "Concern Report, which was shared with social work and with the Named Person on 20 December 2021."),
        P("SW1, a duty social worker, screened the report the same day. She recorded \u201cone-off verbal "
          "argument, child asleep, no previous concerns\u201d, and closed it with the information passed to "
          "the Named Person. Practitioners said this was a typical decision for a first report at that time."),
        P("HV1 visited on 11 January 2022. Ms N said it had been \u201cjust a row\u201d and that Mr Q did not "
          "live there. HV1 did not meet Mr Q and did not ask about alcohol. She planned to review the family "
          "at the 27\u201330 month contact."),
    ]

    s.append(S.part("Key practice episode 3: nursery and a Child's Plan (March \u2013 July 2022)"))
    s += [
        P("HV1 began maternity leave on 25 March 2022. Her caseload passed to HV2, who was already "
          "responsible for a caseload of her own; for the next five months HV2 was Named Person for "
          "412 children. HV2 told the reviewers that she prioritised families with an open plan."),
        P("Ailsa started at Balnafoyle Nursery in April 2022 in a funded place for eligible two-year-olds. "
          "Her key worker, ELC1, noticed that Ailsa was often hungry on arrival, sometimes came in the "
          "previous day's clothes and had a persistent nappy rash. On 9 May 2022 the nursery sent a "
          "wellbeing concern form to the Named Person."),
        P("HV2 held a Child's Plan meeting at the nursery on 14 June 2022, attended by Ms N, ELC1, the "
          "nursery manager and a family support worker. A single-agency Child's Plan was agreed with six "
          "actions, among them a referral for a housing transfer, help with a nappy and clothing grant, "
          "and a review in three months. HV2 was named as Lead Professional."),
        P("Mr Q was not mentioned at the meeting and was not invited to it. ELC1 told the reviewers that a "
          "man sometimes collected Ailsa and that staff assumed he was a relative. The review meeting due in "
          "September 2022 did not take place: HV2 was off sick for three weeks that month and the plan was "
          "not picked up by anyone else."),
        P("In June 2022 Ms N applied to Glenmorra Housing Options for a transfer. The housing officer, HO1, "
          "visited the Kilcraddie flat on 21 June 2022 to inspect the damp. She noted a man's work boots and "
          "jacket in the hall and that Ms N said they belonged to \u201ca friend who helps out\u201d. HO1 "
          "told the reviewers that she had no reason to pass this on: housing staff were not told that a "
          "Child's Plan existed, and the transfer form asked only who was on the tenancy. The offer of the "
          "Inverbrack flat was made on 28 July 2022 and the family moved in on 15 August 2022."),
        P("The move ended Ailsa's nursery place at Balnafoyle for almost three weeks, until the nursery "
          "agreed to keep her place and Ms N arranged a bus pass. The family stayed registered with "
          "Kilcraddie Medical Practice."),
    ]

    s.append(S.part("Key practice episode 4: a second police call and two IRDs (November 2022 \u2013 "
                    "February 2023)"))
    s += [
        P("On 12 November 2022 at 21.35 hrs police attended the new flat in Inverbrack after Ms N, who was "
          "then 32 weeks pregnant, phoned 999. She had a cut to her cheek and said that Mr Q had pushed her "
          "against a door. Mr Q was arrested and later released on an undertaking with a condition not to "
          "contact Ms N. Ailsa was in the flat. PO2 submitted a Child Concern Report and referred Ms N to "
          "Moraig Women's Support."),
        P("The first Inter-agency Referral Discussion (IRD) was held by telephone on 14 November 2022 between "
          "the police Public Protection Unit (PO3), TL1, the social work team leader, and CPA1, a child "
          "protection adviser from NHS Glenmorra. The nursery and the Named Person were not part of the "
          "discussion. The IRD agreed that a joint investigation was not needed and that SW2 would complete a "
          "single-agency assessment within 28 days."),
        P("Moraig Women's Support allocated an outreach worker, DA1, who tried three times to reach Ms N by "
          "phone. They spoke once, on 29 November 2022, when Ms N said she \u201cdidn't need anyone\u201d "
          "and asked for information to be posted to her mother's address. The service closed the case on "
          "17 January 2023. DA1 did not know that Ms N was pregnant or that there was a child of two in the "
          "household, because the police referral form had no space for children."),
        P("SW2 visited twice, on 24 November and 8 December 2022. Ms N said that the relationship with Mr Q "
          "was over. The assessment was finished on 23 December 2022 and recommended a Child's Plan with "
          "social work as Lead Professional. It was not shared with the nursery."),
        P("Baby K was born on 2 January 2023. On 6 January 2023 the community midwife, MW2, found Mr Q at the "
          "flat during a postnatal visit and reported it to social work. A second IRD, held by video call on "
          "10 January 2023 and chaired by TL2, decided that a Child Protection Planning Meeting (CPPM) should "
          "be held for both children. The CPPM was arranged for 7 February 2023 and then postponed to "
          "28 February 2023 because the social work report was not ready."),
        P("The 49 days between the second IRD and the rearranged CPPM were, in the words of one manager, "
          "\u201ca waiting room\u201d. No interim safety plan was written, and no agency told the nursery "
          "that a CPPM had been called."),
    ]

    s.append(S.part("Key practice episode 5: the missing weeks (December 2022 \u2013 February 2023)"))
    s += [
        P("Ailsa attended nine of the 38 nursery sessions offered in January and February 2023. The nursery "
          "followed its absence procedure, phoning Ms N on each first day of absence, and on 3 February "
          "2023 ELC1 sent a second wellbeing concern form, this time to SW2, because she had heard that "
          "social work were involved. The form was filed without a reply."),
        P("Ailsa's 27\u201330 month review was twice not attended, on 8 December 2022 and 19 January 2023. "
          "HV2 sent standard letters offering new appointments. HV1, back from maternity leave on "
          "6 February 2023, took over again but had not yet visited when the incident happened."),
        P("GP1 saw Ms N for her postnatal check on 6 February 2023 and prescribed an antidepressant for low "
          "mood. Ms N said she was \u201cnot sleeping, not coping\u201d. The practice had received the Child "
          "Concern Report from November but had no record of either IRD and did not know a CPPM was planned."),
    ]

    s.append(S.part("Key practice episode 6: the night of 25 to 26 February 2023"))
    s += [
        P("Ms N told the reviewers that she and Mr Q had argued on the evening of 25 February and that he "
          "left at about 23.00 hrs. She drank most of a bottle of vodka and fell asleep on the sofa with "
          "Baby K in his cot beside her."),
        P("The taxi driver who found Ailsa phoned 999 at 02.14 hrs. He had wrapped her in his jacket and "
          "kept her in his car. Police officers arrived at 02.31 hrs and an ambulance at 02.40 hrs. The "
          "reviewers think Ailsa had been outside for up to forty minutes; the outside temperature "
          "recorded at Inverbrack that night was 1\u00b0C."),
        P("A Child Protection Order was granted for both children on 27 February 2023. Ailsa was discharged "
          "from hospital to foster carers on 1 March 2023. The Children's Reporter arranged a Children's "
          "Hearing, which met on 6 March 2023. Since 14 August 2023 Ailsa has lived with her grandmother, "
          "Mrs N, in Kilcraddie."),
    ]

    # ---------------------------------------------------------------- Section 5
    s += S.section("What we learned")
    s.append(Paragraph(
        "The review identified five learning points. Each is set out with the episodes that show it and "
        "the questions it raises for the partnership.", BODY))
    s.append(S.part("Learning point 1: knowing who lives in the house"))
    s += [
        P("Mr Q was present in Ailsa's life for at least eighteen months, yet no agency recorded him as a "
          "household member, assessed him or spoke to him about his role. Nursery staff saw him; the police "
          "attended twice; midwifery found him at the flat. Each service held a fragment."),
        P("Practitioners said that asking a mother about a new partner felt intrusive when the mother "
          "had said he did not live there. The review found that no agency's recording system had a "
          "field for \u201cother adults who stay or care for the child\u201d."),
    ]
    s.append(S.part("Learning point 2: one concern at a time"))
    s += [
        P("Each concern was screened on its own: a first police call, a nursery form, a missed review. The "
          "alcohol history from the first pregnancy never reached the people who screened the later "
          "concerns. Practitioners described a \u201cfresh start\u201d culture in which old information was "
          "seen as unfair to the parent."),
    ]
    s.append(S.part("Learning point 3: who takes part in an IRD"))
    s += [
        P("Neither IRD included the Named Person or the nursery, although the nursery saw Ailsa more often "
          "than any other service. Local procedure at the time named only police, social work and health "
          "as IRD partners, and \u201chealth\u201d was taken to mean the child protection adviser rather than "
          "the practitioner who knew the child."),
    ]
    s.append(S.part("Learning point 4: capacity in health visiting"))
    s += [
        P("For five months one health visitor was Named Person for more than 400 children. The reviewers "
          "heard that cover arrangements for maternity leave relied on goodwill, and that the Child's Plan "
          "agreed in June 2022 lapsed because no one else held it while HV2 was off sick."),
    ]
    s.append(S.part("Learning point 5: the time between decision and meeting"))
    s += [
        P("The decision to call a CPPM was sound, but nothing changed for the children while they waited for "
          "it. The review team found no expectation in local procedures that an interim safety plan be "
          "agreed when a CPPM is called, and no standard for how long the wait may be."),
    ]

    # ---------------------------------------------------------------- Section 6
    s += S.section("What worked well")
    s += [
        P("The nursery's practice was consistently good. ELC1 noticed, recorded and raised concerns twice, "
          "and kept a warm relationship with Ailsa and her mother throughout."),
        P("MW2's decision to report Mr Q's presence at the flat on 6 January 2023, although Ms N asked her not "
          "to, led directly to the second IRD and the decision to hold a CPPM."),
        P("The response on the night was swift and kind. The taxi driver's actions very probably saved Ailsa's "
          "life, and the ward staff at Inverbrack Royal Infirmary were praised by Mrs N for the care they gave "
          "her granddaughter."),
        P("The Rapid Review was held within eleven days of the incident and shared its early findings with "
          "the health visiting service straight away, so that HV1 visited the grandmother within the week "
          "and Ailsa's health reviews were brought up to date."),
        P("The foster carers kept Ailsa at Balnafoyle Nursery from 13 March 2023, which gave her the "
          "continuity of her key worker during the months before she went to live with her grandmother."),
    ]

    # ---------------------------------------------------------------- Section 7
    s += S.section("Recommendations")
    s.append(Paragraph(
        "The CPC has accepted the eight recommendations below. Timescales run from the date the Chief "
        "Officers Group endorsed the review. Progress will be reported through the CPC's Learning and "
        "Development Sub-group.", BODY))
    s.append(Paragraph("Table 2: Recommendations", CAP))
    s.append(table([
        ["No.", "Recommendation", "Lead agency", "Timescale"],
        ["1", "Add a field for other adults who stay in or care for the child to social work, health visiting "
              "and nursery records, and ask about them at every contact.",
         "Glenmorra Council Children and Families Social Work", "6 months"],
        ["2", "Make the Named Person a standing participant in every IRD about a pre-school child, and invite "
              "the nursery where the child has a place.", "Police, Glenmorra Area Command", "3 months"],
        ["3", "Ensure that alcohol and drug history recorded in pregnancy is included in the handover from "
              "midwifery to health visiting.", "NHS Glenmorra Maternity Services", "6 months"],
        ["4", "Agree a written cover arrangement for Named Person caseloads during planned absence of more "
              "than four weeks.", "NHS Glenmorra Health Visiting", "9 months"],
        ["5", "Require an interim safety plan whenever an IRD decides to call a CPPM, and set a maximum of "
              "21 days from IRD to CPPM.", "Glenmorra Child Protection Committee", "3 months"],
        ["6", "Share the outcome of each IRD with the child's GP practice within five working days.",
         "Glenmorra Council Children and Families Social Work", "3 months"],
        ["7", "Provide training for practitioners on asking about parents' drinking at night and the care "
              "of young children after dark.", "Glenmorra Alcohol and Drug Partnership", "12 months"],
        ["8", "Audit, one year after publication, whether wellbeing concern forms from early learning and "
              "childcare settings receive a reply within ten working days.",
         "Glenmorra Council Education", "12 months"],
    ], [1.1 * cm, 7.5 * cm, 4.0 * cm, 2.4 * cm]))

    # ---------------------------------------------------------------- Appendices
    s.append(PageBreak())
    s.append(Paragraph("Appendix A", SECNO))
    s.append(Paragraph("Terms used in this review", SECT))
    s.append(table([
        ["Term", "Meaning in this review"],
        ["Child Concern Report", "A police report shared with social work and health when officers attend an "
                                 "incident where a child is present or affected."],
        ["Child Protection Order (CPO)", "A court order allowing a child to be removed to, or kept in, a "
                                         "place of safety."],
        ["Child's Plan", "A single plan, co-ordinated by the Lead Professional, setting out what will be done "
                         "to meet a child's wellbeing needs."],
        ["Children's Hearing", "A legal tribunal of trained volunteers that decides whether compulsory "
                               "measures of supervision are needed; cases are brought by the Children's "
                               "Reporter."],
        ["CPPM", "Child Protection Planning Meeting: the multi-agency meeting that decides whether a child's "
                 "name is placed on the child protection register and agrees a plan."],
        ["GIRFEC", "Getting it right for every child: the national approach to children's wellbeing."],
        ["IRD", "Inter-agency Referral Discussion: the discussion between police, social work and health "
                "that decides whether a child protection investigation is needed."],
        ["Lead Professional", "The practitioner who co-ordinates a Child's Plan involving more than one "
                              "agency."],
        ["Learning Review", "A multi-agency review commissioned by a child protection committee to learn "
                            "from a case where a child has died or been significantly harmed. It replaced "
                            "the earlier Significant Case Review."],
        ["Named Person", "A clear point of contact for a child's wellbeing: the health visitor before school "
                         "age."],
        ["Rapid Review", "A meeting held soon after an incident to decide whether a Learning Review is "
                         "needed."],
        ["Wellbeing concern form", "The form used by a practitioner to tell the Named Person about a worry "
                                   "about a child's wellbeing."],
    ], [4.2 * cm, 10.8 * cm]))
    s.append(Spacer(1, 0.6 * cm))
    s.append(Paragraph("Appendix B", SECNO))
    s.append(Paragraph("Practitioners referred to by role", SECT))
    s.append(table([
        ["Code", "Role", "Agency"],
        ["CPA1", "Child protection adviser", "NHS Glenmorra"],
        ["DA1", "Domestic abuse outreach worker", "Moraig Women's Support"],
        ["ELC1", "Early years practitioner and Ailsa's key worker", "Balnafoyle Nursery"],
        ["GP1", "General practitioner", "Kilcraddie Medical Practice"],
        ["HO1", "Housing officer", "Glenmorra Housing Options"],
        ["HV1", "Health visitor and Named Person (to March 2022 and from February 2023)",
         "NHS Glenmorra Health Visiting"],
        ["HV2", "Health visitor, Named Person and Lead Professional (March 2022 \u2013 February 2023)",
         "NHS Glenmorra Health Visiting"],
        ["MW1", "Midwife, first pregnancy", "NHS Glenmorra Maternity Services"],
        ["MW2", "Community midwife, second pregnancy", "NHS Glenmorra Maternity Services"],
        ["PO1", "Response police officer, December 2021", "Police, Glenmorra Area Command"],
        ["PO2", "Response police officer, November 2022", "Police, Glenmorra Area Command"],
        ["PO3", "Detective sergeant, Public Protection Unit", "Police, Glenmorra Area Command"],
        ["SW1", "Duty social worker", "Children and Families Social Work"],
        ["SW2", "Social worker, Inverbrack Area Team", "Children and Families Social Work"],
        ["TL1", "Team leader who chaired the first IRD", "Children and Families Social Work"],
        ["TL2", "Team leader who chaired the second IRD", "Children and Families Social Work"],
    ], [1.6 * cm, 8.2 * cm, 5.2 * cm]))
    return s


def build():
    doc = BaseDocTemplate(
        str(OUT), pagesize=A4, title="Learning Review \u201cAilsa\u201d (FICTIONAL)",
        author="Glenmorra Child Protection Committee (FICTIONAL)", subject="FICTIONAL practice material",
        creator="eval/dev/glenmorra-learning/build.py",
    )
    w, h = A4
    cover = Frame(2 * cm, 2.2 * cm, w - 4 * cm, h - 3.4 * cm, id="cover")
    body = Frame(LEFT, 2.0 * cm, w - LEFT - RIGHT, h - 3.8 * cm, id="body")
    doc.addPageTemplates([PageTemplate("cover", [cover], onPage=cover_page),
                          PageTemplate("body", [body], onPage=body_page)])
    doc.build(story())


if __name__ == "__main__":
    build()
    print(OUT)
