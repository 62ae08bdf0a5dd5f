"""Build the FICTIONAL Harrowgate SCR development corpus (two PDFs).

Everything in these documents is invented: the area, the partnership, the
family, the professionals and the events. The PDFs exist only to test
scr-qa. Rebuild with:

    .venv/bin/python eval/dev/harrowgate/build.py

The output is byte-for-byte deterministic (reportlab invariant mode).
"""
from reportlab import rl_config

rl_config.invariant = 1

from pathlib import Path  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
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
OVERVIEW = HERE / "harrowgate-scr-overview-report.pdf"
SUMMARY = HERE / "harrowgate-scr-executive-summary.pdf"

FOOTER = "FICTIONAL practice material - Harrowgate Safeguarding Children Partnership - Child R"

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=7)
NUM = ParagraphStyle("num", parent=BODY, leftIndent=34, bulletIndent=0, bulletFontName="Helvetica")
SUBITEM = ParagraphStyle("sub", parent=BODY, leftIndent=58, bulletIndent=36, spaceAfter=4)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13.5, leading=18, spaceBefore=10, spaceAfter=8)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=15, spaceBefore=6, spaceAfter=5)
REC = ParagraphStyle("rec", parent=BODY, leftIndent=14, borderPadding=0)
COVER_T = ParagraphStyle("ct", fontName="Helvetica-Bold", fontSize=24, leading=30, alignment=TA_CENTER, spaceAfter=14)
COVER_S = ParagraphStyle("cs", fontName="Helvetica", fontSize=14, leading=20, alignment=TA_CENTER, spaceAfter=10)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=12)
CELL_B = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")


def canvas_maker(footer):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self.setFont("Helvetica", 8)
                self.setFillColor(colors.HexColor("#555555"))
                self.drawString(2.2 * cm, 1.3 * cm, footer)
                self.drawRightString(A4[0] - 2.2 * cm, 1.3 * cm, f"Page {self._pageNumber} of {total}")
                super().showPage()
            super().save()

    return NumberedCanvas


class Numberer:
    """Produces paragraphs numbered 1.1, 1.2 ... within each numbered section."""

    def __init__(self):
        self.section = 0
        self.n = 0

    def heading(self, title):
        self.section += 1
        self.n = 0
        return Paragraph(f"{self.section}. {title}", H1)

    def para(self, text):
        self.n += 1
        return Paragraph(text, NUM, bulletText=f"{self.section}.{self.n}")


def table(rows, widths, header=True):
    data = [[Paragraph(c, CELL_B if (header and i == 0) else CELL) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd") if header else colors.white),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def build(path, story, title):
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=2.4 * cm, rightMargin=2.4 * cm,
        topMargin=2.2 * cm, bottomMargin=2.2 * cm, title=title,
        author="Harrowgate Safeguarding Children Partnership (FICTIONAL)",
        subject="FICTIONAL practice material", creator="eval/dev/harrowgate/build.py",
    )
    doc.build(story, canvasmaker=canvas_maker(FOOTER))


# ---------------------------------------------------------------------------
# Overview report
# ---------------------------------------------------------------------------

def overview_story():
    s = []
    n = Numberer()
    P = n.para

    # Cover (page 1)
    s += [Spacer(1, 3 * cm),
          Paragraph("Harrowgate Safeguarding Children Partnership", COVER_S),
          Spacer(1, 1.2 * cm),
          Paragraph("Serious Case Review", COVER_T),
          Paragraph("Child R", COVER_T),
          Paragraph("Overview Report", COVER_S),
          Spacer(1, 1.5 * cm),
          Paragraph("Independent lead reviewer: Margaret Ellison", COVER_S),
          Paragraph("Approved by the Partnership: 15 May 2019", COVER_S),
          Spacer(1, 3 * cm),
          Paragraph("FICTIONAL practice material. The area, agencies, family and professionals in this "
                    "report are invented. Any resemblance to real people or events is coincidental.", COVER_S),
          PageBreak()]

    # Contents (page 2)
    s.append(Paragraph("Contents", H1))
    for line in ["1. Introduction", "2. The review process", "3. Terms of reference",
                 "4. Family background", "5. Chronology of key events", "6. Analysis and findings",
                 "7. Good practice", "8. Conclusions", "9. Recommendations",
                 "Appendix 1: Role codes used in this report", "Appendix 2: Glossary"]:
        s.append(Paragraph(line, BODY))
    s.append(Spacer(1, 0.6 * cm))
    s.append(Paragraph("A note on language", H2))
    s.append(Paragraph(
        "Family members are referred to by letters and professionals by role codes, so that Child R "
        "cannot be identified. The codes are listed in Appendix 1. Where this report quotes from agency "
        "records or from conversations with the family, the words are given in quotation marks.", BODY))
    s.append(PageBreak())

    # 1. Introduction
    s.append(n.heading("Introduction"))
    s += [
        P("This Serious Case Review (SCR) concerns Child R, a baby boy who was brought to the emergency "
          "department of Harrowgate General Hospital on 8 August 2016, aged 26 weeks, with a fractured left "
          "tibia. A skeletal survey the following day found further fractures of different ages. The "
          "paediatricians concluded that the injuries were non-accidental."),
        P("The Independent Chair of the Harrowgate Local Safeguarding Children Board (HLSCB) decided on "
          "21 September 2016 that the case met the criteria for a Serious Case Review in Regulation 5 of the "
          "Local Safeguarding Children Boards Regulations 2006. The decision followed a meeting of the Board's "
          "Case Review Sub-group on 14 September 2016. Ofsted and the Department for Education were notified "
          "on 23 September 2016."),
        P("The review was paused between March 2017 and April 2018 at the request of Northmoor Police and the "
          "Crown Prosecution Service while criminal proceedings were under way. It was completed under the "
          "Harrowgate Safeguarding Children Partnership (HSCP), which took over the Board's responsibilities "
          "on 1 October 2018."),
        P("The purpose of a Serious Case Review is not to apportion blame. It is to establish whether there are "
          "lessons to be learned about the way in which local professionals and organisations work together "
          "to safeguard children, to identify what those lessons are, and to set out how they will be acted on."),
        P("Child R's mother, Ms K, met the lead reviewer on two occasions, in November 2018 and January 2019. "
          "Child R's father, Mr L, was written to in prison but declined to take part. Child R's maternal "
          "grandmother, Mrs K, spoke to the lead reviewer by telephone. Their views are included in this "
          "report where they help to explain events."),
        P("Child R is now living with his maternal great-aunt. She has agreed to the publication of this report "
          "and asked that it should describe him as \"a cheerful little boy who loves the swings\"."),
    ]

    # 2. Review process
    s.append(n.heading("The review process"))
    s += [
        P("The HLSCB appointed Margaret Ellison as independent lead reviewer. Ms Ellison is a former Assistant "
          "Director of Children's Services in another region and has had no involvement with any Harrowgate "
          "agency."),
        P("The review panel was chaired by Helen Pryce, Designated Nurse for Safeguarding Children at Harrowgate "
          "Clinical Commissioning Group, who had no line management responsibility for any of the practitioners "
          "involved. The panel met six times between October 2016 and February 2019."),
        P("Individual Management Reviews (IMRs) were requested from seven agencies:"),
    ]
    for item in ["Harrowgate Council Children's Services",
                 "Harrowgate Community Health NHS Trust (health visiting)",
                 "Harrowgate and Wold Hospitals NHS Foundation Trust (maternity and emergency department)",
                 "Abbeyfield Road Surgery",
                 "Northmoor Police",
                 "Harrowgate Talking Therapies",
                 "Northmoor Community Rehabilitation Company"]:
        s.append(Paragraph(item, SUBITEM, bulletText="\u2022"))
    s += [
        P("A practitioner learning event was held on 17 January 2017 and was attended by 23 practitioners "
          "and first-line managers from all seven agencies. A second, shorter event for managers took place on "
          "6 June 2018 after the criminal proceedings had ended."),
        P("The period under review runs from 14 July 2015, when Ms K booked her pregnancy, to 18 August 2016, "
          "when Child R was discharged from hospital to foster care. Earlier information about the parents is "
          "summarised where it is relevant."),
    ]

    # 3. Terms of reference
    s.append(n.heading("Terms of reference"))
    s.append(P("The panel agreed the following key lines of enquiry at its first meeting on 19 October 2016:"))
    for letter, item in zip("abcdefg", [
        "How well did agencies understand Child R's household, including the part played by Mr L?",
        "Was the Bruising in Non-Mobile Infants protocol known and followed?",
        "How well was Ms K's mental health assessed, and was information about it shared?",
        "Did the emergency department respond appropriately to each of Child R's two attendances?",
        "Was police information about domestic abuse in the household shared in a timely way?",
        "How effective was the handover between health visitors in July 2016?",
        "What was the impact of organisational factors such as caseloads, vacancies and sickness?",
    ]):
        s.append(Paragraph(item, SUBITEM, bulletText=f"{letter})"))
    s.append(P("The panel also asked the lead reviewer to consider whether the injuries to Child R could have "
               "been predicted or prevented."))

    # 4. Family background
    s.append(n.heading("Family background"))
    s += [
        P("Child R was born on 9 February 2016 at Harrowgate General Hospital at 37 weeks' gestation, weighing "
          "2,810 grams. He was Ms K's first child."),
        P("Ms K was 19 years old when Child R was born. She had been known to Children's Services as a child, "
          "when her family received support under section 17 of the Children Act 1989 while Mrs K was unwell. "
          "She had experienced low mood and had self-harmed as a teenager."),
        P("Mr L was 24. In 2013 he was convicted of assault occasioning actual bodily harm against a former "
          "partner and was supervised by Northmoor Community Rehabilitation Company until March 2015. He worked "
          "irregularly as a scaffolder. None of the health professionals who saw Child R knew of the conviction."),
        P("The family lived in a first-floor flat in the Westfield area of Harrowgate. The tenancy was in Ms K's "
          "name. Professionals understood that Mr L \"stayed over sometimes\"; in fact he had lived there "
          "full-time since about December 2015."),
        P("Mrs K lived nearby and visited often until a falling-out with Mr L in April 2016, after which she "
          "saw her grandson only rarely. She told the lead reviewer: \"I knew something was wrong, but every "
          "time I rang, he answered the phone.\""),
    ]

    # 5. Chronology
    s.append(n.heading("Chronology of key events"))
    s.append(Paragraph("Pregnancy", H2))
    s += [
        P("On 14 July 2015 Ms K booked her pregnancy with Midwife 1 at Abbeyfield Road Surgery when she was 13 "
          "weeks pregnant. She disclosed previous low mood and said she had taken fluoxetine as a teenager. She "
          "named Mr L as the father and described him as \"supportive\". Midwife 1 asked the routine question "
          "about domestic abuse while Ms K was alone, and Ms K said there was none."),
        P("On 2 September 2015 Northmoor Police were called by a neighbour to Mr L's then address after reports "
          "of a man shouting and banging on walls. Officers spoke to Mr L, who was alone and said he had been "
          "arguing with his brother on the phone. No offence was recorded. The police had no record of his "
          "relationship with Ms K."),
        P("On 12 November 2015 Midwife 1 made a home visit when Ms K was 30 weeks pregnant. Mr L was present and "
          "answered most of the questions put to Ms K. Midwife 1 recorded that he was \"very attentive\". She "
          "did not repeat the routine enquiry about domestic abuse because Ms K was not seen alone."),
        P("On 20 January 2016 Ms K attended her 35-week appointment alone. She told Midwife 1 that she was "
          "\"stressed about money\" and that Mr L was \"moody\". Midwife 1 gave advice about benefits and "
          "recorded a plan to discuss these concerns with the health visitor. The antenatal liaison form sent "
          "to the health visiting service on 25 January 2016 did not mention them."),
    ]
    s.append(Paragraph("Birth and the first three months", H2))
    s += [
        P("Child R was born on 9 February 2016 by normal delivery. Mother and baby went home on 11 February "
          "2016."),
        P("On 19 February 2016 Health Visitor 1 (HV1) carried out the new birth visit. Ms K scored 14 on the "
          "Edinburgh Postnatal Depression Scale (EPDS), above the score of 12 used locally to prompt further "
          "assessment. HV1 arranged two listening visits and advised Ms K to see her GP. Mr L was out at work."),
        P("On 3 March 2016 HV1 made the first listening visit. Ms K said she felt better and scored 9 on the "
          "EPDS. The second listening visit, planned for 17 March 2016, did not take place because Ms K cancelled "
          "it by text message."),
        P("On 24 March 2016 GP 1 carried out Child R's six-to-eight week check at Abbeyfield Road Surgery. His "
          "growth and development were normal and he weighed 4.6 kg. GP 1 did not ask about Ms K's mood, and "
          "her own postnatal check was not booked."),
        P("On 12 April 2016 Mrs K telephoned HV1. She said she was worried about Mr L's temper and that Ms K "
          "\"wasn't allowed\" to see her. HV1 recorded the call but did not discuss it with Ms K or with the "
          "Trust's safeguarding team."),
    ]
    s.append(Paragraph("The bruise on 4 May 2016", H2))
    s += [
        P("On 4 May 2016 the health visitor (HV1) made a routine home visit when Child R was 12 weeks old. She "
          "saw a small bruise, about 1 cm across, on his left cheek. Ms K said it had been caused by \"the strap "
          "of the car seat\". HV1 accepted the explanation. She did not refer Child R for a paediatric "
          "assessment, as the Bruising in Non-Mobile Infants protocol requires, and she did not record the "
          "bruise on a body map."),
        P("At the practitioner learning event HV1 said that she had not thought about the protocol because the "
          "explanation seemed plausible and the flat was warm and tidy. At the time she was carrying a caseload "
          "of 612 children, against a local guide figure of 400, and was covering two vacant posts."),
        P("On 17 May 2016 Ms K saw GP 2, a locum, about low mood and poor sleep. GP 2 prescribed sertraline 50 mg "
          "and suggested that she refer herself to Harrowgate Talking Therapies. GP 2 did not ask about the "
          "baby or about who lived in the household, and did not tell the health visitor."),
        P("On 23 May 2016 Ms K referred herself to Harrowgate Talking Therapies. She was offered a telephone "
          "assessment on 21 June 2016 but did not answer either of the two calls made, and she was discharged "
          "on 5 July 2016 under the service's policy for people who do not attend."),
    ]
    s.append(Paragraph("The first attendance at the emergency department", H2))
    s += [
        P("On 3 June 2016 at 23.50 hrs Ms K and Mr L brought Child R to the emergency department at Harrowgate "
          "General Hospital. They said he had been vomiting and crying for several hours and had gone "
          "\"floppy\" after a feed. He was triaged by a nurse and seen by A&amp;E Registrar 1 at 01.15 hrs on "
          "4 June 2016. He was recorded as alert and well hydrated and no bruises were noted. A diagnosis of "
          "gastro-oesophageal reflux was made and he was discharged at 02.30 hrs."),
        P("A&amp;E Registrar 1 did not fully undress Child R, did not check the Child Protection Information "
          "Sharing (CP-IS) system and did not ask whether the family had a social worker. The hospital's "
          "paediatric liaison nurse sent a notification of the attendance to the health visiting service on "
          "7 June 2016. It was filed without being read by a health visitor."),
    ]
    s.append(Paragraph("The police call-out on 14 June 2016", H2))
    s += [
        P("On 14 June 2016 at 21.10 hrs a neighbour rang the police to report a woman screaming and a baby "
          "crying in the flat. PC Hale and PC Draper arrived at 21.42 hrs. Mr L had already left. Ms K had a red "
          "mark on her neck and said that she and Mr L had \"had words\". She did not want to make a complaint. "
          "The officers saw Child R asleep in his cot."),
        P("PC Hale completed a DASH risk assessment and graded the risk as standard. Because a child was present, "
          "a Child Concern Notification should have been sent to the Multi-Agency Safeguarding Hub (MASH) within "
          "24 hours. It was sent on 28 June 2016, fourteen days after the incident, because of a backlog in the "
          "force's public protection unit, where 340 notifications were waiting to be processed."),
        P("The officers did not complete a person check on Mr L, and the address search did not link the "
          "call-out to his 2013 conviction, because he was not recorded as living at the flat."),
    ]
    s.append(Paragraph("MASH screening", H2))
    s += [
        P("On 29 June 2016 Social Worker A in the MASH screened the police notification. Social Worker A checked "
          "Children's Services records, which showed Ms K's own history as a child, and telephoned HV1's team, "
          "who said there were \"no concerns\". The bruise seen on 4 May 2016 was not mentioned, because it had "
          "been written only in the free text of HV1's notes. The outcome was \"no further action - advice "
          "letter to mother\". Team Manager C agreed the decision the same day."),
        P("The screening did not consider Mr L at all. No checks were made with the police about him and no one "
          "spoke to Ms K."),
    ]
    s.append(Paragraph("The change of health visitor", H2))
    s += [
        P("HV1 began a period of sick leave on 1 July 2016. Child R was transferred to Health Visitor 2 (HV2) "
          "without a handover discussion. HV2 was given a list of 58 families with a one-line note about each; "
          "the note about Child R read \"maternal low mood, improving\"."),
        P("On 12 July 2016 Ms K brought Child R to the baby clinic. HV2 weighed him at 5.9 kg, a fall from the "
          "50th to the 9th centile since the six-to-eight week check. HV2 arranged a home visit to review his "
          "feeding."),
        P("On 21 July 2016 HV2 made the planned home visit but there was no reply, and she left a card. Ms K later "
          "sent a text message saying they had been at her mother's. This was not true: Mrs K had not seen "
          "Child R since April."),
    ]
    s.append(Paragraph("The second attendance at the emergency department", H2))
    s += [
        P("On 8 August 2016 at 14.20 hrs Mr L brought Child R to the emergency department. He said that Child R's "
          "leg had become caught between the bars of his cot that morning. The left lower leg was swollen and "
          "Child R cried when it was moved. A&amp;E Registrar 2 arranged an X-ray, which showed a fracture of "
          "the left tibia."),
        P("A&amp;E Registrar 2 noted that the explanation did not fit the injury in a baby who was not yet "
          "mobile, checked CP-IS (there was no record) and asked the on-call Paediatric Registrar to review "
          "Child R. The Paediatric Registrar referred him to Children's Services by telephone at 17.05 hrs, and "
          "he was admitted to the children's ward."),
        P("The first strategy meeting was held by telephone at 19.30 hrs on 8 August 2016. It was chaired by "
          "Team Manager C, with DC Marsh of the Child Abuse Investigation Unit, the Paediatric Registrar and "
          "Social Worker B, the duty social worker. It agreed a joint section 47 enquiry, that Child R would stay "
          "in hospital, and that the parents' contact with him would be supervised by ward staff."),
        P("On 9 August 2016 a skeletal survey was carried out. Consultant Paediatrician 1 reported nine "
          "fractures: six fractures of the posterior ribs, the fracture of the left tibia, and metaphyseal "
          "fractures of the right femur and the right tibia. The rib fractures were healing and were thought to "
          "be between two and six weeks old. A CT scan of the head was normal."),
        P("The second strategy meeting took place face to face at the hospital at 10.00 hrs on 11 August 2016. "
          "It was chaired by Service Manager D and attended by DC Marsh, DS Pennington, Consultant Paediatrician "
          "1, Social Worker B, HV2 and the hospital's named nurse for safeguarding. It agreed to seek legal "
          "advice about care proceedings and that both parents would be arrested."),
        P("Ms K and Mr L were arrested on 12 August 2016 and interviewed. Both were released on bail. Neither "
          "offered an explanation for the rib fractures. Mr L said that Ms K \"was rough with him when he "
          "wouldn't settle\"; Ms K said that she had never hurt Child R."),
        P("On 16 August 2016 the local authority applied for an interim care order, which Harrowgate Family "
          "Court granted the same day. Child R was discharged from hospital on 18 August 2016 to the care of "
          "foster carers."),
    ]
    s.append(Paragraph("Later events", H2))
    s += [
        P("In December 2017 Child R moved to live with his maternal great-aunt, who was granted a special "
          "guardianship order in May 2018."),
        P("The Crown Prosecution Service decided in October 2017 that Ms K would not be charged. On 19 March "
          "2018 Mr L pleaded guilty at Harrowgate Crown Court to inflicting grievous bodily harm and was "
          "sentenced to four years' imprisonment."),
    ]

    # 6. Findings
    s.append(n.heading("Analysis and findings"))
    s.append(Paragraph("Finding 1: The bruise on a non-mobile baby was not acted on", H2))
    s += [
        P("The Bruising in Non-Mobile Infants protocol was introduced in Harrowgate in 2014. It requires any "
          "bruise on a baby who is not yet independently mobile to be referred for a paediatric assessment on "
          "the same day and to Children's Services, whatever explanation is given. The bruise seen on "
          "4 May 2016 was the clearest opportunity in this case to protect Child R."),
        P("A survey carried out for this review found that only 41% of health visitors and 28% of GPs in "
          "Harrowgate could describe what the protocol requires. The protocol had not been included in "
          "mandatory training since 2015."),
    ]
    s.append(Paragraph("Finding 2: Mr L was not seen or assessed", H2))
    s += [
        P("No professional spoke to Mr L about his history, his role in caring for Child R or his own needs. The "
          "midwife saw him once, the health visitors never met him, and the MASH screening did not consider him. "
          "This reflects a pattern, identified in national reviews, of men in a baby's life remaining "
          "\"invisible\" to services."),
        P("If a check had been made on Mr L after the police call-out on 14 June 2016, his conviction for "
          "violence against a former partner would have been known, and the MASH decision would probably have "
          "been different."),
    ]
    s.append(Paragraph("Finding 3: Information about Ms K's mental health was held in separate places", H2))
    s.append(P("The midwife, HV1, GP 2 and Harrowgate Talking Therapies each held part of the picture of Ms K's "
               "low mood. None of them had all of it. GP 2 did not know about the EPDS score of 14, and the "
               "talking therapies service did not know that Ms K had a baby under one year old."))
    s.append(Paragraph("Finding 4: The first emergency department attendance", H2))
    s.append(P("The symptoms described on 3 June 2016 can have an innocent cause, but vomiting, irritability and "
               "floppiness in a young baby can also be signs of abusive head injury. The department's own "
               "guidance required any baby under one year to be fully undressed and examined, and CP-IS to be "
               "checked. Neither happened, partly because the department had 47 patients waiting at the time."))
    s.append(Paragraph("Finding 5: The police notification was delayed", H2))
    s.append(P("The Child Concern Notification reached the MASH fourteen days after the incident. During that time "
               "Child R remained in a household where domestic abuse had been reported and no agency was aware of "
               "it. Northmoor Police have since introduced a daily review of outstanding notifications."))
    s.append(Paragraph("Finding 6: Health visiting capacity and handover", H2))
    s.append(P("HV1's caseload of 612 children was more than half as large again as the guide figure. The handover "
               "to HV2 relied on a one-line note. The drop in Child R's weight across two centile lines, the "
               "missed home visit and the untrue explanation were not put together with the earlier bruise and "
               "Mrs K's telephone call, because HV2 did not know about either."))

    # 7. Good practice
    s.append(n.heading("Good practice"))
    s += [
        P("A&amp;E Registrar 2 recognised that the explanation for the leg injury did not fit a baby who could not "
          "yet crawl, and acted promptly. The Paediatric Registrar made the referral within three hours of "
          "Child R's arrival."),
        P("Both strategy meetings were held quickly, were well attended and reached clear decisions. Social "
          "Worker B's assessment during the care proceedings was described by the court as \"thorough and "
          "balanced\"."),
    ]

    # 8. Conclusions
    s.append(n.heading("Conclusions"))
    s += [
        P("The lead reviewer concludes that the injuries to Child R could not have been predicted with "
          "certainty. However, there were missed opportunities to identify that he was at risk, in particular "
          "on 4 May 2016, when the bruise on his cheek was not referred, and between 14 and 29 June 2016, when "
          "information about domestic abuse was delayed and then screened without considering Mr L."),
        P("Had the protocol been followed on 4 May 2016, it is likely that a skeletal survey would have been "
          "carried out at that time. The rib fractures found in August were between two and six weeks old, so "
          "it cannot be said that they would have been prevented, but the later injuries might have been."),
    ]

    # 9. Recommendations
    s.append(n.heading("Recommendations"))
    recs = [
        "The HSCP should relaunch the Bruising in Non-Mobile Infants protocol, with training for all health "
        "visitors, midwives, GPs and emergency department staff within six months, and should audit its use "
        "after twelve months.",
        "Harrowgate Community Health NHS Trust should report health visiting caseloads to the HSCP every quarter "
        "and introduce a written and face-to-face handover standard when a family changes health visitor.",
        "Harrowgate and Wold Hospitals NHS Foundation Trust should ensure that every child under one year old who "
        "attends the emergency department is fully undressed and examined and that CP-IS is checked.",
        "Northmoor Police should ensure that Child Concern Notifications reach the MASH within 24 hours and should "
        "report performance against this standard to the HSCP.",
        "All agencies should record the names and details of fathers and male carers and should include them in "
        "assessments.",
        "The Clinical Commissioning Group should remind GP practices to ask about children in the household when an "
        "adult presents with mental health problems, and to share relevant information with the health visitor.",
        "The MASH should make checks on every adult known to be living in, or regularly staying at, a child's "
        "household.",
        "Harrowgate Talking Therapies should review its policy for people who do not attend so that pregnant women "
        "and parents of babies are contacted again before they are discharged.",
    ]
    for i, r in enumerate(recs, 1):
        s.append(KeepTogether([Paragraph(f"Recommendation {i}", H2), Paragraph(r, REC)]))

    # Appendices
    s.append(PageBreak())
    s.append(Paragraph("Appendix 1: Role codes used in this report", H1))
    rows = [["Code", "Role", "Agency"],
            ["Midwife 1", "Community midwife", "Harrowgate and Wold Hospitals NHS Foundation Trust"],
            ["HV1", "Health Visitor 1 (until 1 July 2016)", "Harrowgate Community Health NHS Trust"],
            ["HV2", "Health Visitor 2 (from 1 July 2016)", "Harrowgate Community Health NHS Trust"],
            ["GP 1", "Family's registered GP", "Abbeyfield Road Surgery"],
            ["GP 2", "Locum GP", "Abbeyfield Road Surgery"],
            ["A&amp;E Registrar 1", "Emergency department registrar (June 2016)", "Harrowgate and Wold Hospitals NHS Foundation Trust"],
            ["A&amp;E Registrar 2", "Emergency department registrar (August 2016)", "Harrowgate and Wold Hospitals NHS Foundation Trust"],
            ["Paediatric Registrar", "On-call paediatric registrar", "Harrowgate and Wold Hospitals NHS Foundation Trust"],
            ["Consultant Paediatrician 1", "Consultant paediatrician", "Harrowgate and Wold Hospitals NHS Foundation Trust"],
            ["Social Worker A", "MASH social worker", "Harrowgate Council Children's Services"],
            ["Social Worker B", "Duty, then allocated, social worker", "Harrowgate Council Children's Services"],
            ["Team Manager C", "MASH team manager", "Harrowgate Council Children's Services"],
            ["Service Manager D", "Service manager, safeguarding", "Harrowgate Council Children's Services"],
            ["PC Hale, PC Draper", "Response officers", "Northmoor Police"],
            ["DC Marsh, DS Pennington", "Child Abuse Investigation Unit", "Northmoor Police"]]
    s.append(table(rows, [4.0 * cm, 5.6 * cm, 6.6 * cm]))
    s.append(Spacer(1, 0.8 * cm))
    s.append(Paragraph("Appendix 2: Glossary", H1))
    for term, meaning in [
        ("CP-IS", "Child Protection Information Sharing, a national system that tells unscheduled care settings "
                  "when a child has a child protection plan or is looked after."),
        ("DASH", "Domestic Abuse, Stalking and Harassment and Honour Based Violence risk assessment."),
        ("EPDS", "Edinburgh Postnatal Depression Scale, a ten-question screening tool."),
        ("IMR", "Individual Management Review, an agency's own analysis of its involvement."),
        ("MASH", "Multi-Agency Safeguarding Hub, where referrals about children are screened."),
        ("Section 47", "An enquiry under section 47 of the Children Act 1989 into whether a child is suffering, "
                       "or likely to suffer, significant harm."),
    ]:
        s.append(Paragraph(f"<b>{term}</b> - {meaning}", BODY))
    return s


# ---------------------------------------------------------------------------
# Executive summary
# ---------------------------------------------------------------------------

def summary_story():
    s = []
    s += [Spacer(1, 4 * cm),
          Paragraph("Harrowgate Safeguarding Children Partnership", COVER_S),
          Spacer(1, 1 * cm),
          Paragraph("Serious Case Review: Child R", COVER_T),
          Paragraph("Executive Summary", COVER_S),
          Spacer(1, 1 * cm),
          Paragraph("Published by the Harrowgate Safeguarding Children Partnership", COVER_S),
          Spacer(1, 3 * cm),
          Paragraph("FICTIONAL practice material - invented people and events", COVER_S),
          PageBreak()]
    B = BODY
    s.append(Paragraph("Why this review was held", H1))
    s += [
        Paragraph("Child R was admitted to Harrowgate General Hospital on 08/08/2016, aged six months, with a "
                  "broken leg. Further tests found 9 fractures in all, including six broken ribs that were "
                  "already healing. Doctors concluded that the injuries had been caused deliberately.", B),
        Paragraph("The Harrowgate Local Safeguarding Children Board decided on 21/09/2016 to carry out a Serious "
                  "Case Review. The review was led by an independent reviewer, Margaret Ellison, and was completed "
                  "by the Harrowgate Safeguarding Children Partnership, which replaced the Board in October 2018.", B),
        Paragraph("This summary is intended to be read on its own. The overview report gives the full "
                  "chronology and analysis.", B),
    ]
    s.append(Paragraph("Key facts", H1))
    facts = [["Item", "Detail"],
             ["Child", "Child R, born 09/02/2016, Ms K's first child"],
             ["Parents", "Ms K (mother, aged 19 at the birth); Mr L (father, aged 24)"],
             ["Period reviewed", "14/07/2015 to 18/08/2016"],
             ["Bruise seen by health visitor", "04/05/2016 (left cheek, about 1 cm)"],
             ["Police call-out to the flat", "14/06/2016"],
             ["Emergency department attendances", "03/06/2016 (reflux diagnosed) and 08/08/2016 (fractured tibia)"],
             ["Strategy meetings", "08/08/2016 (telephone) and 11/08/2016 (face to face)"],
             ["Interim care order", "16/08/2016"],
             ["Agencies providing IMRs", "7"],
             ["Recommendations", "8"]]
    s.append(table(facts, [5.2 * cm, 11.0 * cm]))
    s.append(Spacer(1, 0.4 * cm))
    s.append(Paragraph("What happened", H1))
    s += [
        Paragraph("Ms K was a young first-time mother with a history of low mood. Mr L had a conviction for "
                  "assaulting a former partner, but none of the health professionals knew this, and he was "
                  "never seen alone or assessed by any agency.", B),
        Paragraph("On 04/05/2016 Health Visitor 1 saw a bruise on Child R's cheek when he was 12 weeks old. His "
                  "mother said a car seat strap had caused it. The local protocol says that any bruise on a baby "
                  "who cannot yet move about on his own must be referred for a same-day paediatric assessment. "
                  "This did not happen.", B),
        Paragraph("On 03/06/2016 Child R was taken to the emergency department late at night with vomiting and "
                  "floppiness. He was not fully undressed and was sent home with a diagnosis of reflux.", B),
        Paragraph("On 14/06/2016 police attended the flat after a neighbour heard screaming. The police "
                  "notification to the Multi-Agency Safeguarding Hub was sent 14 days later instead of within 24 "
                  "hours. When it was screened, on 29/06/2016, no checks were made on Mr L and no further action "
                  "was taken.", B),
        Paragraph("Health Visitor 1 went on sick leave on 01/07/2016 and the family was passed to Health Visitor 2 "
                  "without a proper handover. Child R's weight dropped from the 50th to the 9th centile.", B),
        Paragraph("On 08/08/2016 Child R's father brought him to the emergency department with a swollen leg. "
                  "The registrar recognised that the explanation did not fit the injury and a referral to "
                  "Children's Services was made the same afternoon. Child R has been safe since that day. He now "
                  "lives with a relative under a special guardianship order.", B),
        Paragraph("In March 2018 Mr L pleaded guilty to inflicting grievous bodily harm and was sent to prison for "
                  "four years.", B),
    ]
    s.append(Paragraph("What the review found", H1))
    for item in [
        "The bruise on a non-mobile baby was the clearest missed opportunity.",
        "Mr L was \"invisible\" to services; his history was never checked.",
        "Information about Ms K's mental health was split between four services.",
        "The emergency department did not follow its own guidance at the first attendance.",
        "The police notification was delayed by a backlog.",
        "Health visiting caseloads were too high, and handover between health visitors was poor.",
    ]:
        s.append(Paragraph(item, SUBITEM, bulletText="\u2022"))
    s.append(Paragraph("Learning for practitioners", H1))
    for item in [
        "A bruise on a baby who is not yet mobile must always be referred, however good the explanation sounds.",
        "Ask who lives in the house, and who looks after the baby, at every contact.",
        "Undress and examine babies fully when they attend the emergency department, and check CP-IS.",
        "When you hand over a family, talk to the new worker; do not rely on a list.",
        "A parent's low mood matters to the baby: tell the health visitor.",
    ]:
        s.append(Paragraph(item, SUBITEM, bulletText="\u2022"))
    s.append(Paragraph("Summary of recommendations", H1))
    for i, item in enumerate([
        "Relaunch the bruising protocol, with training and an audit (Partnership).",
        "Report health visiting caseloads quarterly and set a handover standard (community health trust).",
        "Undress and examine every baby under one in the emergency department and check CP-IS (hospital trust).",
        "Send Child Concern Notifications to the MASH within 24 hours (police).",
        "Record and assess fathers and male carers (all agencies).",
        "GPs to ask about children when adults present with mental health problems (CCG).",
        "Check every adult in the household at MASH screening (MASH).",
        "Contact pregnant women and new parents again before discharge for non-attendance (talking therapies).",
    ], 1):
        s.append(Paragraph(item, SUBITEM, bulletText=f"{i}."))
    s.append(Paragraph("What the Partnership is doing", H1))
    s += [
        Paragraph("The review makes eight recommendations. The Partnership accepted all of them at its meeting on "
                  "15/05/2019. The most important are to relaunch the Bruising in Non-Mobile Infants protocol, to "
                  "make sure that fathers and other men in a baby's life are included in assessments, and to "
                  "reduce delays in police notifications.", B),
        Paragraph("An action plan has been agreed. Progress will be reported to the Partnership's Learning and "
                  "Improvement Sub-group every three months, and a first audit of the bruising protocol is due in "
                  "June 2020. Training on the protocol had been delivered to 1,140 staff by April 2019.", B),
        Paragraph("Ms K told the reviewer: \"Everybody asked how I was feeling. Nobody asked who else was in the "
                  "house.\"", B),
    ]
    return s


def main():
    build(OVERVIEW, overview_story(), "Serious Case Review: Child R - Overview Report (FICTIONAL)")
    build(SUMMARY, summary_story(), "Serious Case Review: Child R - Executive Summary (FICTIONAL)")
    for p in (OVERVIEW, SUMMARY):
        print("wrote", p.relative_to(HERE.parent.parent.parent))


if __name__ == "__main__":
    main()
