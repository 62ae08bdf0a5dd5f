"""Build the FICTIONAL Kelsford LCSPR development corpus (two PDFs).

Everything in these documents is invented: the area, the partnership, the
young person, the family, the practitioners and the events. The PDFs exist
only to test scr-qa. Rebuild with:

    .venv/bin/python eval/dev/kelsford/build.py

The output is byte-for-byte deterministic (reportlab invariant mode).
"""
from reportlab import rl_config

rl_config.invariant = 1

from pathlib import Path  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT, TA_RIGHT  # noqa: E402
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
REPORT = HERE / "kelsford-lcspr-kai.pdf"
LETTER = HERE / "kelsford-scrutineer-letter.pdf"

TEAL = colors.HexColor("#1f5f6b")
PALE = colors.HexColor("#e3eff1")

BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=11.5, leading=15, spaceAfter=6)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=18, bulletIndent=4, spaceAfter=3)
QUOTE = ParagraphStyle("quote", parent=BODY, fontName="Times-Italic", leftIndent=28, rightIndent=20,
                       textColor=TEAL, spaceBefore=2, spaceAfter=8)
SEC = ParagraphStyle("sec", fontName="Helvetica-Bold", fontSize=14, leading=18, textColor=colors.white,
                     backColor=TEAL, borderPadding=(4, 6, 4, 6), spaceBefore=12, spaceAfter=10)
SUB = ParagraphStyle("subsec", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=TEAL,
                     spaceBefore=6, spaceAfter=4)
CAPTION = ParagraphStyle("cap", fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceBefore=4, spaceAfter=4)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.8, leading=11)
CELL_B = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold", textColor=colors.white)
COVER_T = ParagraphStyle("ct", fontName="Helvetica-Bold", fontSize=26, leading=32, textColor=TEAL, spaceAfter=12)
COVER_S = ParagraphStyle("cs", fontName="Helvetica", fontSize=13, leading=19, spaceAfter=8)
LBODY = ParagraphStyle("lbody", fontName="Times-Roman", fontSize=10.5, leading=13.2, spaceAfter=5)
LRIGHT = ParagraphStyle("lright", parent=LBODY, alignment=TA_RIGHT, spaceAfter=1)
LLEFT = ParagraphStyle("lleft", parent=LBODY, alignment=TA_LEFT, spaceAfter=1)
LBULLET = ParagraphStyle("lbullet", parent=LBODY, leftIndent=18, bulletIndent=4, spaceAfter=3)


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
                self.setStrokeColor(TEAL)
                self.setLineWidth(0.8)
                self.line(2 * cm, 1.75 * cm, A4[0] - 2 * cm, 1.75 * cm)
                self.setFont("Helvetica", 8)
                self.setFillColor(TEAL)
                self.drawString(2 * cm, 1.25 * cm, footer)
                if total > 1:
                    self.drawRightString(A4[0] - 2 * cm, 1.25 * cm, f"{self._pageNumber}/{total}")
                super().showPage()
            super().save()

    return NumberedCanvas


def grid(rows, widths):
    data = [[Paragraph(c, CELL_B if i == 0 else CELL) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, TEAL),
        ("BACKGROUND", (0, 0), (-1, 0), TEAL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for i in range(2, len(rows), 2):
        style.append(("BACKGROUND", (0, i), (-1, i), PALE))
    t.setStyle(TableStyle(style))
    return t


def bullets(items, style=BULLET):
    return [Paragraph(i, style, bulletText="\u2022") for i in items]


def q(text):
    return Paragraph(f"\"{text}\"", QUOTE)


def build(path, story, title, footer, margins=2.0):
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=margins * cm, rightMargin=margins * cm,
        topMargin=1.9 * cm, bottomMargin=2.3 * cm, title=title,
        author="Kelsford Safeguarding Children Partnership (FICTIONAL)",
        subject="FICTIONAL practice material", creator="eval/dev/kelsford/build.py",
    )
    doc.build(story, canvasmaker=canvas_maker(footer))


# ---------------------------------------------------------------------------
# The review report
# ---------------------------------------------------------------------------

def report_story():
    s = []
    s += [Spacer(1, 2.5 * cm),
          Paragraph("Kelsford Safeguarding Children Partnership", COVER_S),
          Spacer(1, 0.8 * cm),
          Paragraph("Local Child Safeguarding Practice Review", COVER_T),
          Paragraph("\"Kai\"", COVER_T),
          Spacer(1, 0.6 * cm),
          Paragraph("Criminal exploitation, missing episodes and serious harm to a 15-year-old boy", COVER_S),
          Spacer(1, 1.5 * cm),
          Paragraph("Independent reviewer: Paul Whitcombe", COVER_S),
          Paragraph("Published: 21 November 2023", COVER_S),
          Spacer(1, 2.5 * cm),
          Paragraph("FICTIONAL practice material. Kai, his family, the practitioners, the agencies and the "
                    "places named in this review are invented.", COVER_S),
          PageBreak()]

    # Contents and about
    s.append(Paragraph("Contents", SUB))
    for line in ["A. Why this review was carried out", "B. How the review was done",
                 "C. Kai and his family", "D. Key practitioners", "E. What happened",
                 "F. Learning themes", "G. Good practice", "H. Recommendations",
                 "I. What Kai wants professionals to know"]:
        s.append(Paragraph(line, BODY))
    s.append(Spacer(1, 0.5 * cm))
    s.append(Paragraph("A. Why this review was carried out", SEC))
    s += [
        Paragraph("On the evening of 26 February 2023 Kai, then aged 15, was reported missing by his mother. In "
                  "the early hours of 27 February 2023 he was found in an alleyway in Brindley, 38 miles from his "
                  "home, with a stab wound to his left thigh. He was taken to Brindley Royal Infirmary, where he "
                  "had emergency surgery. He survived, and he now lives with his aunt outside the county.", BODY),
        Paragraph("The Partnership held a rapid review on 9 March 2023. The three safeguarding partners decided "
                  "to carry out a Local Child Safeguarding Practice Review (LCSPR), and the Child Safeguarding "
                  "Practice Review Panel agreed with that decision on 21 March 2023.", BODY),
        Paragraph("The review covers the period from 1 September 2021, when Kai started Year 10, to "
                  "27 February 2023. It asks:", BODY),
    ]
    s += bullets([
        "How well did agencies recognise and respond to signs that Kai was being criminally exploited?",
        "How effective were responses to his missing episodes, including return home interviews?",
        "What was the impact of Kai's exclusion from school?",
        "How well did agencies in Kelsford and in Brindley share information?",
        "How well were Kai and his mother listened to?",
    ])
    s.append(PageBreak())

    s.append(Paragraph("B. How the review was done", SEC))
    s += bullets([
        "Chronologies and reflective reports were provided by nine agencies.",
        "A practitioner workshop was held on 12 June 2023 and attended by 18 practitioners.",
        "The reviewer met Kai twice and his mother three times. Kai chose the name used in this report.",
        "The review panel met five times between April and September 2023. It was chaired by Detective "
        "Superintendent Lorna Baxter of Dalemoor Police.",
        "The review was written by Paul Whitcombe, an independent social work consultant with no previous "
        "connection to Kelsford.",
    ])
    s.append(Paragraph("C. Kai and his family", SEC))
    s += [
        Paragraph("Kai is of dual heritage (White British and Black Caribbean). He lived with his mother and two "
                  "younger sisters, aged 9 and 6, in the Hollins estate in Kelsford. His father lives in London and "
                  "has had little contact with him since Kai was eight. Kai's mother works night shifts as a care "
                  "assistant.", BODY),
        Paragraph("Kai was diagnosed with ADHD in 2019 and was prescribed medication, which he stopped taking in "
                  "the spring of 2022. He is described by everyone who knows him as funny, loyal and a talented "
                  "footballer. He played for Kelsford Rovers until the summer of 2021, when the club's under-15 "
                  "team folded because it had lost its only volunteer coach.", BODY),
        q("Football was the thing. When that stopped there was nothing to do after school except be out."),
        Paragraph("Kai's mother recognised early that her son was being drawn in by older young people. She told "
                  "the reviewer that she felt she was treated as the problem:", BODY),
        q("I rang 101 so many times they knew my voice. I kept saying he's being groomed and they kept saying "
          "he's choosing to go."),
    ]

    s.append(PageBreak())
    s.append(Paragraph("D. Key practitioners", SEC))
    s.append(Paragraph("Practitioners are referred to by role codes. Table 1 lists them.", BODY))
    s.append(Paragraph("Table 1: Key practitioners", CAPTION))
    rows = [["Role code", "Role", "Agency"],
            ["DSL", "Designated safeguarding lead", "Northgate Academy"],
            ["EHW", "Early help worker", "Kelsford Family Hub"],
            ["SW1", "Social worker (May to August 2022)", "Kelsford Children's Services"],
            ["SW2", "Social worker (from September 2022)", "Kelsford Children's Services"],
            ["TM", "Team manager, Adolescent Service", "Kelsford Children's Services"],
            ["SM", "Service manager, Adolescent Service", "Kelsford Children's Services"],
            ["EW", "Exploitation practitioner", "Kelsford Complex Safeguarding Team"],
            ["RHW", "Return home interview worker", "Open Door Youth Project (commissioned)"],
            ["MPC", "Missing persons coordinator (PC Farrell)", "Dalemoor Police"],
            ["DC Reid", "Detective constable, Exploitation Team", "Dalemoor Police"],
            ["KW", "Key worker", "The Bridge Centre (pupil referral unit)"],
            ["YJW", "Youth justice worker", "Kelsford Youth Justice Service"],
            ["SN", "School nurse", "Kelsford Community Health"]]
    s.append(grid(rows, [2.4 * cm, 6.6 * cm, 8.0 * cm]))

    s.append(Paragraph("E. What happened", SEC))
    s.append(Paragraph("E.1 Autumn 2021: early signs at school", SUB))
    s += bullets([
        "Kai started Year 10 at Northgate Academy in September 2021. His attendance in the autumn term fell to "
        "71%, from 94% the year before.",
        "In November 2021 the DSL recorded that Kai had new designer clothes and two mobile phones. The concern "
        "was logged on the school's system but no referral was made.",
    ])
    s.append(Paragraph("E.2 January to March 2022: the first missing episodes", SUB))
    s += bullets([
        "On 7 January 2022 Kai's mother reported him missing at 22.40 hrs. He came home by himself late the next "
        "morning and would not say where he had been.",
        "On 4 February 2022 he was missing for two days and was found by police at a friend's address in "
        "Kelsford.",
        "On 15 March 2022 at 15.10 hrs a teacher saw Kai get into a car with two older males outside the school "
        "gates. The DSL made a referral to the MASH the same day. The MASH decided that the case did not meet "
        "the threshold for social care because there was \"no evidence of significant harm\" and the mother was "
        "\"engaging\". The family was offered early help, and the EHW was allocated.",
    ])
    s.append(Paragraph("E.3 May 2022: Brindley", SUB))
    s += bullets([
        "Kai was reported missing on 17 May 2022. On 19 May 2022 British Transport Police found him at Brindley "
        "railway station with £420 in cash and two phones. He said he had been \"visiting a mate\".",
        "The first strategy meeting was held on 23 May 2022, chaired by the TM. It agreed a section 47 enquiry, "
        "scored Kai as high risk on the exploitation screening tool and referred him to the Complex Safeguarding "
        "Team. SW1 and the EW were allocated.",
        "SW1 made a referral to the National Referral Mechanism (NRM) on 24 May 2022. A positive reasonable "
        "grounds decision was made on 1 June 2022. No conclusive grounds decision had been made by the end of "
        "the review period.",
    ])
    s.append(Paragraph("E.4 Summer 2022: a period of stability", SUB))
    s += bullets([
        "The EW met Kai every week and took him to a boxing gym. He went seven weeks without going missing.",
        "Kai was missing again for 20 hours from 23 July 2022.",
        "SW1 left the local authority on 12 August 2022, and SW2 was allocated on 5 September 2022. The EW's "
        "fixed-term contract ended on 31 August 2022 and the post stayed vacant for ten weeks.",
    ])
    s.append(q("She was the only one who didn't talk to me like I was a criminal."))
    s.append(Paragraph("(Kai, speaking about the EW)", BODY))
    s.append(Paragraph("E.5 Autumn 2022: exclusion", SUB))
    s += bullets([
        "On 14 October 2022 Kai went missing for four days. Wyvern Police found him at an address in the "
        "Eastfield area of Brindley with two other boys from Kelsford.",
        "On 9 November 2022 Kai was permanently excluded from Northgate Academy after a lock knife was found "
        "in his bag during a search. He told staff that it was \"for protection\".",
        "From 28 November 2022 he attended The Bridge Centre for 15 hours a week, in the mornings only.",
        "On 2 December 2022 he was missing for 11 hours. His mother found him at Kelsford bus station and "
        "brought him home.",
    ])
    s.append(Paragraph("E.6 December 2022 and January 2023: arrest and the second strategy meeting", SUB))
    s += bullets([
        "On 29 December 2022 at 16.45 hrs Kai was arrested in Kelsford town centre with 17 wraps of crack "
        "cocaine and £260 in cash. He was interviewed with an appropriate adult and released under "
        "investigation. The custody record did not note the NRM decision, and the officer in the case did not "
        "know about it.",
        "The second strategy meeting was held on 3 January 2023, chaired by the SM. It agreed a safety plan, a "
        "Child Abduction Warning Notice against Adult X, a 22-year-old man believed to be controlling Kai, a "
        "referral to the Youth Justice Service for voluntary support from the YJW, and a request to housing "
        "for the family to move. The KW from The Bridge Centre was not invited.",
        "On 10 January 2023 Kai's mother applied for an urgent housing transfer. The application was placed "
        "in band C (\"no urgent housing need\") because the banding policy did not recognise exploitation.",
    ])
    s.append(Paragraph("E.7 February 2023: serious harm", SUB))
    s += bullets([
        "On 11 February 2023 Kai was missing for 31 hours. Dalemoor Police found him when they stopped a car "
        "on Brindley Road.",
        "On 26 February 2023 Kai left home at about 17.30 hrs, saying he was going to the shop. His mother "
        "reported him missing at 18.20 hrs and the police graded the risk as medium. At 01.35 hrs on "
        "27 February 2023 a member of the public found him injured in Brindley and called an ambulance.",
    ])
    s.append(Paragraph("Table 2 summarises all of Kai's missing episodes during the review period.", BODY))
    mrows = [["No.", "Date reported", "Duration", "Found by / how he returned", "Return interview?"],
             ["1", "07/01/2022", "14 hours", "Returned home himself", "Yes - 12/01/2022 (after 5 days)"],
             ["2", "04/02/2022", "2 days", "Dalemoor Police, friend's address in Kelsford", "No - Kai declined"],
             ["3", "19/03/2022", "9 hours", "Returned home himself", "No - not offered"],
             ["4", "17/05/2022", "52 hours", "British Transport Police, Brindley station", "Yes - 20/05/2022"],
             ["5", "23/07/2022", "20 hours", "Returned home himself", "Yes - 25/07/2022"],
             ["6", "14/10/2022", "4 days", "Wyvern Police, address in Brindley", "No - two visits, no contact"],
             ["7", "02/12/2022", "11 hours", "Mother, Kelsford bus station", "No - offered, Kai declined"],
             ["8", "11/02/2023", "31 hours", "Dalemoor Police, car stop on Brindley Road", "No - not offered"],
             ["9", "26/02/2023", "7 hours 15 minutes", "Member of the public, Brindley (injured)", "Not applicable - in hospital"]]
    s.append(KeepTogether([Paragraph("Table 2: Missing episodes, January 2022 to February 2023", CAPTION),
                           grid(mrows, [1.0 * cm, 2.4 * cm, 2.8 * cm, 5.6 * cm, 5.2 * cm])]))

    s.append(Paragraph("E.8 After 27 February 2023", SUB))
    s += bullets([
        "Kai stayed in Brindley Royal Infirmary for six days. He moved to live with his aunt on 14 March 2023.",
        "Two young men, aged 17 and 19, were later charged with wounding with intent. The trial had not taken "
        "place when this review was completed.",
        "Adult X was arrested on 2 May 2023 on suspicion of offences under the Modern Slavery Act 2015 and was "
        "released on bail.",
    ])
    s.append(PageBreak())
    s.append(Paragraph("F. Learning themes", SEC))
    s.append(Paragraph("Theme 1: Seeing Kai as a child at risk, not as the problem", SUB))
    s += [
        Paragraph("The reviewer found 14 entries in police and social care records that described Kai as "
                  "\"making lifestyle choices\" or \"putting himself at risk\". This language shifts "
                  "responsibility onto the child and away from the adults who exploit him. Practitioners at the "
                  "workshop said that they had absorbed it from each other without noticing.", BODY),
    ]
    s.append(Paragraph("Theme 2: Return home interviews", SUB))
    s += [
        Paragraph("Statutory guidance expects a return home interview to be offered within 72 hours of a child "
                  "coming back. Of Kai's nine missing episodes, interviews were completed after three, and only "
                  "two of those were within 72 hours. Appointments were offered by letter, during school hours, "
                  "by a worker Kai had never met.", BODY),
        q("Why would I tell a stranger? Everyone who talks ends up in trouble."),
        Paragraph("Where the EW already had a relationship with Kai, she was not asked to do the interview, because "
                  "the contract with Open Door Youth Project said that interviews must be done by an independent "
                  "person.", BODY),
    ]
    s.append(Paragraph("Theme 3: Education as a protective factor", SUB))
    s += bullets([
        "Kai was permanently excluded without a multi-agency meeting, although the school knew that he was open "
        "to the Complex Safeguarding Team.",
        "A timetable of 15 hours a week left his afternoons empty. Police intelligence later showed that most "
        "contact with Adult X took place between 13.00 and 18.00.",
        "The KW at The Bridge Centre did not receive the exploitation risk assessment until February 2023.",
    ])
    s.append(Paragraph("Theme 4: Working across borders", SUB))
    s += [
        Paragraph("Brindley is in the area of Wyvern Police and Brindley City Council. Wyvern Police held three "
                  "intelligence reports about the Eastfield address before Kai was found there in October 2022, "
                  "but these were not shared with Dalemoor Police until March 2023. There was no joint "
                  "meeting between the two areas about the children from Kelsford who were being taken to "
                  "Brindley.", BODY),
    ]
    s.append(Paragraph("Theme 5: Losing trusted adults", SUB))
    s += [
        Paragraph("Between August and November 2022 Kai lost his social worker, his exploitation worker and his "
                  "school. Practitioners agreed that the months that followed were the most dangerous period for "
                  "him. No one planned how the relationships would be handed on.", BODY),
    ]
    s.append(Paragraph("Theme 6: The NRM and the criminal justice response", SUB))
    s += [
        Paragraph("The positive reasonable grounds decision of 1 June 2022 meant that Kai was formally recognised "
                  "as a possible victim of modern slavery. When he was arrested in December 2022, nobody in custody "
                  "knew this, so the possible statutory defence under section 45 of the Modern Slavery Act 2015 "
                  "was not considered at that stage.", BODY),
    ]
    s.append(Paragraph("Theme 7: Listening to Kai's mother", SUB))
    s += [
        Paragraph("Kai's mother made 23 calls to the police non-emergency number during the review period. She was "
                  "the first person to use the word \"grooming\", in March 2022, two months before any agency did. "
                  "She was not invited to either strategy meeting, and she was not told about the NRM decision "
                  "until September 2022.", BODY),
    ]

    s.append(Paragraph("G. Good practice", SEC))
    s += bullets([
        "The EW built a real relationship with Kai and he did not go missing for seven weeks while she was "
        "working with him.",
        "British Transport Police recognised the signs of exploitation at Brindley station and made an "
        "immediate referral.",
        "The youth worker based at Brindley Royal Infirmary saw Kai on the morning of 27 February 2023 and "
        "helped to arrange his move to his aunt's home.",
        "Kai's mother never gave up advocating for her son.",
    ])

    s.append(Paragraph("H. Recommendations", SEC))
    recs = [
        ("R1", "The Partnership should re-commission return home interviews so that, where possible, they are "
               "carried out by a trusted adult who already knows the child."),
        ("R2", "Schools and the local authority should hold a multi-agency meeting before any child known to be "
               "at risk of exploitation is permanently excluded."),
        ("R3", "Dalemoor Police and Wyvern Police should agree a protocol for sharing intelligence about "
               "children from one area who are exploited in the other."),
        ("R4", "Custody records should show when a child has a positive NRM decision, and officers should be "
               "trained in the section 45 defence."),
        ("R5", "Kelsford Borough Council should review its housing allocation policy so that families at risk "
               "from exploitation can be given priority for a move."),
        ("R6", "All agencies should stop using language that suggests that exploited children choose to be "
               "harmed, and the Partnership should provide guidance on this."),
    ]
    for code, text in recs:
        s.append(Paragraph(f"<b>{code}</b>  {text}", BULLET))

    s.append(Paragraph("The safeguarding partners will publish their response to these recommendations within "
                       "three months of publication, and progress will be overseen by the Partnership's Learning "
                       "and Review Group.", BODY))
    s.append(Paragraph("I. What Kai wants professionals to know", SEC))
    s += [
        Paragraph("At the end of his second conversation with the reviewer, Kai was asked what he would like "
                  "professionals to learn from what happened to him. He said:", BODY),
        q("Don't give up on me when I stop answering. That's when I need you to keep knocking."),
        Paragraph("Kai is now back in education at a college near his aunt's home, where he is studying sport. "
                  "He has started playing football again.", BODY),
    ]
    s.append(PageBreak())
    s.append(Paragraph("Appendix 1: Agencies that contributed to the review", SEC))
    s.append(Paragraph("Table 3: Contributing agencies and their involvement with Kai", CAPTION))
    arows = [["Agency", "Involvement during the review period"],
             ["Kelsford Children's Services", "MASH, early help, social work, Adolescent Service"],
             ["Kelsford Complex Safeguarding Team", "Exploitation practitioner, May to August 2022"],
             ["Dalemoor Police", "Missing reports, strategy meetings, arrest, custody"],
             ["Wyvern Police", "Found Kai in Brindley in October 2022; intelligence"],
             ["British Transport Police", "Found Kai at Brindley railway station in May 2022"],
             ["Northgate Academy", "School until November 2022"],
             ["The Bridge Centre", "Pupil referral unit from November 2022"],
             ["Open Door Youth Project", "Return home interviews"],
             ["Kelsford Youth Justice Service", "Voluntary support from January 2023"]]
    s.append(grid(arows, [6.5 * cm, 10.5 * cm]))
    s.append(Paragraph("Kelsford Community Health, Kelsford CAMHS and Kelsford Borough Council's housing service "
                       "provided information but did not write reflective reports.", BODY))
    s.append(Paragraph("Appendix 2: Glossary", SEC))
    for term, meaning in [
        ("CAWN", "Child Abduction Warning Notice. A notice issued by police to an adult, warning that they have "
                 "no permission to associate with a named child."),
        ("Complex Safeguarding Team", "Kelsford's multi-agency team for children at risk of exploitation outside "
                                      "the home."),
        ("County lines", "The supply of drugs from one area to another by gangs using dedicated phone lines, "
                         "often using children to carry drugs and money."),
        ("LCSPR", "Local Child Safeguarding Practice Review, carried out under Working Together to Safeguard "
                  "Children 2018."),
        ("MASH", "Multi-Agency Safeguarding Hub."),
        ("NRM", "National Referral Mechanism, the framework for identifying victims of modern slavery. A "
                "reasonable grounds decision is the first stage and a conclusive grounds decision the second."),
        ("Return home interview", "A conversation offered to a child after every missing episode, to understand "
                                  "why they went missing and what happened while they were away."),
        ("Released under investigation", "Released from custody without bail while police enquiries continue."),
    ]:
        s.append(Paragraph(f"<b>{term}</b>: {meaning}", BODY))
    return s


# ---------------------------------------------------------------------------
# The scrutineer's letter (one page)
# ---------------------------------------------------------------------------

def letter_story():
    s = []
    head = Table([[Paragraph("<b>Kelsford Safeguarding Children Partnership</b><br/>Office of the Independent "
                             "Scrutineer<br/>Civic Centre, Market Street, Kelsford", LLEFT),
                   Paragraph("Our ref: KSCP/IS/2023/017<br/>Kelsford, 14 November 2023", LRIGHT)]],
                 colWidths=[9.5 * cm, 7.5 * cm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LINEBELOW", (0, 0), (-1, 0), 0.8, TEAL)]))
    s += [head, Spacer(1, 0.3 * cm)]
    for line in ["To: Chief Executive, Kelsford Borough Council",
                 "To: Chief Constable, Dalemoor Police",
                 "To: Chief Executive, Kelsford and Dale Integrated Care Board"]:
        s.append(Paragraph(line, LLEFT))
    s.append(Spacer(1, 0.25 * cm))
    s.append(Paragraph("<b>Local Child Safeguarding Practice Review: \"Kai\"</b>", LBODY))
    s.append(Paragraph("Dear colleagues,", LBODY))
    s += [
        Paragraph("I am writing to you as the Partnership's independent scrutineer about the review into the "
                  "serious harm suffered by Kai, which will be published on 21 November 2023. I attended the panel "
                  "meetings on 4 July and 12 September 2023 as an observer, and I have read the final report. I am "
                  "satisfied that the review is thorough and that Kai's and his mother's voices are heard in it.", LBODY),
        Paragraph("I ask each of you to give your personal attention to three issues:", LBODY),
    ]
    s += bullets([
        "<b>Return home interviews.</b> Only three of Kai's nine missing episodes led to an interview. The contract "
        "with Open Door Youth Project ends on 31 March 2024, and the new service must be built around a trusted "
        "adult.",
        "<b>Exclusions.</b> In the 2022-23 school year 41 children in Kelsford were permanently excluded, and 12 "
        "of them were known to the Complex Safeguarding Team. This is not a matter for schools alone.",
        "<b>Working across borders.</b> I have written separately to the Chief Constable of Wyvern Police, "
        "asking for a joint protocol to be agreed by the end of January 2024.",
    ], LBULLET)
    s += [
        Paragraph("I welcome the safeguarding partners' decision to fund a 12-month pilot of a trusted-adult return "
                  "home interview model, at a cost of £46,500, from April 2024.", LBODY),
        Paragraph("Please send me a written response setting out your agency's actions by 29 February 2024. I will "
                  "report on progress to the Partnership's Executive Group on 21 March 2024.", LBODY),
        Paragraph("Yours sincerely,", LBODY),
        Spacer(1, 0.5 * cm),
        Paragraph("<b>Dr Imogen Tate</b><br/>Independent Scrutineer, Kelsford Safeguarding Children Partnership",
                  LLEFT),
        Spacer(1, 0.3 * cm),
        Paragraph("cc: Chair, Kelsford Schools' Safeguarding Forum; Paul Whitcombe, independent reviewer", LLEFT),
    ]
    return s


def main():
    build(REPORT, report_story(), "Local Child Safeguarding Practice Review: Kai (FICTIONAL)",
          "FICTIONAL practice material - Kelsford Safeguarding Children Partnership - LCSPR \"Kai\"")
    build(LETTER, letter_story(), "Letter from the Independent Scrutineer (FICTIONAL)",
          "FICTIONAL practice material - invented letter for testing only", margins=2.0)
    for p in (REPORT, LETTER):
        print("wrote", p.relative_to(HERE.parent.parent.parent))


if __name__ == "__main__":
    main()
