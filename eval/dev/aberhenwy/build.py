"""Build the FICTIONAL Aberhenwy "Child W" development corpus (two PDFs).

Everything in these documents is invented: the region, the board, the agencies,
the family, the practitioners and the events. The PDFs exist only to test
scr-qa. The house style imitates a Welsh-style Extended Child Practice Review
(ECPR): bilingual cover, unnumbered template sections in shaded bars ("Brief
outline of circumstances", "Practice and organisational learning", "Improving
systems and practice", "Statement by reviewer(s)", "Statement by review panel
chair"), paragraphs numbered 1, 2, 3 ... straight through the report, a
learning event, and an appendix timeline with clock times. A separate
two-page "7 minute briefing" handout restates some facts differently.

Rebuild with:

    .venv/bin/python eval/dev/aberhenwy/build.py

The output is byte-for-byte deterministic (reportlab invariant mode).
"""
from reportlab import rl_config

rl_config.invariant = 1

from pathlib import Path  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm, mm  # noqa: E402
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
REPORT = HERE / "aberhenwy-ecpr-child-w.pdf"
BRIEFING = HERE / "aberhenwy-7-minute-briefing.pdf"

BOARD = "Bro Henwy Regional Safeguarding Children Board"
REF = "BHRSCB ECPR 2/2023"
GREEN = colors.HexColor("#1f5f4a")
PALE = colors.HexColor("#e4efe9")

BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.6, spaceAfter=6)
NUM = ParagraphStyle("num", parent=BODY, leftIndent=26, bulletIndent=0, bulletFontName="Times-Bold")
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=46, bulletIndent=30, spaceAfter=3)
QUOTE = ParagraphStyle("quote", parent=BODY, fontName="Times-Italic", leftIndent=46, rightIndent=24,
                       textColor=colors.HexColor("#333333"))
BAR = ParagraphStyle("bar", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=colors.white)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=4,
                    textColor=GREEN)
COVER_K = ParagraphStyle("ck", fontName="Helvetica", fontSize=12, leading=16, alignment=TA_CENTER, spaceAfter=6)
COVER_T = ParagraphStyle("ct", fontName="Helvetica-Bold", fontSize=22, leading=28, alignment=TA_CENTER,
                         spaceAfter=8, textColor=GREEN)
COVER_W = ParagraphStyle("cw", fontName="Helvetica-Oblique", fontSize=13, leading=17, alignment=TA_CENTER,
                         spaceAfter=8)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.6, leading=10.8)
CELL_B = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")


class Counter:
    """Numbers paragraphs 1, 2, 3 ... straight through the report (no section prefix)."""

    def __init__(self):
        self.n = 0

    def __call__(self, text):
        self.n += 1
        return Paragraph(text, NUM, bulletText=str(self.n))


def bar(title):
    """A template section heading: white text on a green bar, full width."""
    t = Table([[Paragraph(title, BAR)]], colWidths=[16.2 * cm])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), GREEN),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
    ]))
    return KeepTogether([Spacer(1, 6), t, Spacer(1, 8)])


def grid(rows, widths, header=True, shade=None):
    data = [[Paragraph(c, CELL_B if (header and i == 0) else CELL) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#6b8f80")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), PALE))
    if shade:
        style += shade
    t.setStyle(TableStyle(style))
    return t


def on_page(footer):
    def draw(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.8)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.drawString(2.2 * cm, 1.2 * cm, footer)
        canv.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, f"Tudalen / Page {doc.page}")
        canv.setStrokeColor(GREEN)
        canv.setLineWidth(2)
        canv.line(2.2 * cm, A4[1] - 1.4 * cm, A4[0] - 2.2 * cm, A4[1] - 1.4 * cm)
        canv.restoreState()
    return draw


def build(path, story, title, footer, margins=(2.4 * cm, 2.4 * cm, 2.1 * cm, 2.0 * cm)):
    left, right, top, bottom = margins
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
        title=title, author=f"{BOARD} (FICTIONAL)", subject="FICTIONAL practice material",
        creator="eval/dev/aberhenwy/build.py",
    )
    draw = on_page(footer)
    doc.build(story, onFirstPage=draw, onLaterPages=draw)


# ---------------------------------------------------------------------------
# The review report
# ---------------------------------------------------------------------------

def report_story():
    s = []
    P = Counter()

    s += [Spacer(1, 2.2 * cm),
          Paragraph(BOARD, COVER_K),
          Paragraph("Bwrdd Diogelu Plant Rhanbarthol Bro Henwy", COVER_W),
          Spacer(1, 1.4 * cm),
          Paragraph("Extended Child Practice Review", COVER_T),
          Paragraph("Adolygiad Ymarfer Plant Estynedig", COVER_W),
          Spacer(1, 0.8 * cm),
          Paragraph(f"Re: {REF} \u2013 \u201cChild W\u201d", COVER_T),
          Spacer(1, 1.2 * cm),
          Paragraph("Reviewers: Gwenllian Probert (lead reviewer) and Owain Castell", COVER_K),
          Paragraph("Review panel chair: Bethan Ashworth", COVER_K),
          Paragraph("Endorsed by the Board on 7 February 2024", COVER_K),
          Spacer(1, 2.4 * cm),
          Paragraph("FICTIONAL practice material. The region, the Board, the agencies, the family and the "
                    "practitioners in this review are invented to test software. It describes no real child "
                    "and must never be cited as fact.", COVER_K),
          PageBreak()]

    # Contents and how to read
    s.append(bar("Contents"))
    rows = [["Section", "Paragraphs"],
            ["Brief outline of circumstances resulting in the review", "1\u201312"],
            ["How the review was carried out, and the learning event", "13\u201322"],
            ["The family's contribution", "23\u201327"],
            ["Summary of practice episodes", "28\u201349"],
            ["Practice and organisational learning", "50\u201368"],
            ["Improving systems and practice", "69\u201371"],
            ["Statement by reviewer(s)", "\u2013"],
            ["Statement by review panel chair", "\u2013"],
            ["Appendix 1: Terms of reference", "\u2013"],
            ["Appendix 2: Timeline of significant events", "\u2013"],
            ["Appendix 3: Agencies, abbreviations and practitioner codes", "\u2013"]]
    s.append(grid(rows, [12.2 * cm, 4 * cm]))
    s.append(Spacer(1, 0.6 * cm))
    s.append(Paragraph("How to read this report", H2))
    s.append(Paragraph(
        "This report follows the template for child practice reviews used by the Board. Paragraphs are "
        "numbered straight through the report. Agencies are shortened to their initials and practitioners "
        "are described by codes (for example HV1, SW 2, PC3); both are explained in Appendix 3. Quotations "
        "from family members are given in italics and are used with their agreement. Child W's family chose "
        "the letter W, which is not the initial of his name.", BODY))
    s.append(Paragraph(
        "The review was commissioned under the Social Services and Well-being (Wales) Act 2014 and the "
        "statutory guidance on child practice reviews. An Extended Child Practice Review is held when a child "
        "has died or been seriously harmed, abuse or neglect is known or suspected, and the child was on the "
        "child protection register or was a looked after child at any time in the six months before. Where a "
        "child was not known in that way, as here, a concise review is usual; the Board chose an extended "
        "review because of the number of agencies involved (paragraph 9).", BODY))
    s.append(PageBreak())

    # --- Brief outline ---
    s.append(bar("Brief outline of circumstances resulting in the review"))
    s += [
        P("This review concerns Child W, a little boy who died on 14 October 2022 at the age of twenty-two "
          "months. Shortly before seven o'clock that morning his mother found him unresponsive in the living "
          "room of the family's flat in Heol y Felin, Aberhenwy. He was taken by ambulance to Ysbyty Henwy, "
          "where he was pronounced dead at 7.48am."),
        P("A post-mortem examination and toxicology tests found that Child W had swallowed methadone. "
          "Methadone is a medicine used to treat dependence on opioids such as heroin. It had been prescribed "
          "to his father, Mr T, by the Newid Substance Misuse Service and was kept in the flat as take-home "
          "doses."),
        P("Child W lived with his mother, his father and his half-sister, who is called Sibling 1 in this "
          "report. Sibling 1 was nine years old in 2022 and attended Ysgol Bryn Celyn, the local primary school. "
          "Child W's maternal grandmother lives in Cwm Dulas, about eleven miles away, and saw the children "
          "most weekends."),
        P("Child W was not on the child protection register and had never been a looked after child. Between "
          "his birth and his death the family were known to nine agencies. Dyfnant Police had sent three "
          "Public Protection Notices (PPNs) about arguments between the parents to the council's Information, "
          "Advice and Assistance service (IAA). The family had been supported by a Team Around the Family "
          "plan, which closed in March 2022."),
        P("Mr T was arrested on the day of Child W's death. Criminal proceedings concluded in November 2023. "
          "The Board does not comment on those proceedings in this report. The coroner's inquest has been "
          "opened and adjourned."),
        P("The Case Review Group of the Bro Henwy Regional Safeguarding Children Board received a referral "
          "for a child practice review from Aberhenwy County Borough Council on 24 October 2022. The Group met "
          "on 8 November 2022 and recommended an Extended Child Practice Review. The Chair of the Board agreed "
          "on 15 November 2022, and Care Inspectorate Wales and the Welsh Government were informed on "
          "17 November 2022."),
        P("The review looked at the period from 1 April 2020, when Child W's mother booked her pregnancy with "
          "the community midwife, to 14 October 2022. Earlier information about Mr T's drug use and about "
          "Sibling 1's early years was considered where agencies held it."),
        P("Child W's family are described in this report as Mother, Father (Mr T), Sibling 1 and Maternal "
          "Grandmother. Mother was twenty-seven and Father thirty-four at the time of Child W's death. The "
          "family are White Welsh and speak English at home; Maternal Grandmother is a first-language Welsh "
          "speaker and was offered, and chose, a Welsh-language meeting with the reviewers."),
        P("The Board's criteria for an extended review were not strictly met, because Child W had not been on "
          "the child protection register. The Chair decided that an extended review was needed because nine "
          "agencies had been involved, because three of them had seen methadone in the home or talked about "
          "it, and because a similar death had occurred in another region in 2021."),
        P("The review was asked to consider in particular how agencies understood the risk of take-home "
          "opioid substitution medicine to young children, how the father's role in the household was "
          "assessed, and how the experiences of Sibling 1 were heard. The full terms of reference are at "
          "Appendix 1."),
        P("The reviewers would like to thank Child W's family for their help, and the practitioners who spoke "
          "openly about their work with the family, several of whom have found this review very painful."),
        P("This report is published in English and Welsh. If there is any difference between the two, the "
          "English text, from which the Welsh was translated, should be used."),
    ]

    s.append(bar("How the review was carried out, and the learning event"))
    s += [
        P("The Board appointed two reviewers. Gwenllian Probert, an independent social work consultant who "
          "has never worked for any agency in the region, was the lead reviewer. Owain Castell, Named Nurse for "
          "Safeguarding at Dulas and Teifi University Health Board, was the second reviewer; his health board "
          "had no contact with the family."),
        P("The review panel was chaired by Bethan Ashworth, Head of Safeguarding and Quality at Cwm Dulas "
          "County Council. The panel had members from seven agencies and met five times between December 2022 "
          "and January 2024."),
        P("Each agency provided a timeline of its contact with the family and a short reflective analysis. "
          "The agencies that provided timelines are listed in Appendix 3. The merged timeline ran to 214 "
          "entries; the significant events are summarised in Appendix 2."),
        P("The learning event is the centre of a child practice review. It brings together the practitioners "
          "who worked with the family, with their managers, to reflect on what happened and why. The learning "
          "event was first planned for 22 March 2023. At the request of the Senior Investigating Officer of "
          "Dyfnant Police it was moved so that it would not take place before key witness statements had been "
          "taken."),
        P("The learning event was held on 21 June 2023 at Canolfan Henwy, Aberhenwy. It was attended by "
          "twenty-three practitioners and managers from nine agencies. A separate session was held on "
          "28 June 2023 for the two practitioners from Newid who could not attend the main event."),
        P("At the learning event practitioners were asked three questions: what did you know about the "
          "household; what did you think was happening for the children; and what made it hard to act on what "
          "you knew? Their answers are reflected throughout the learning section of this report."),
        P("Several practitioners said that the event was the first time they had learned what other agencies "
          "knew. One health visitor said: \u201cI sat next to the drugs worker and realised we had both been in "
          "that kitchen and never spoken to each other.\u201d"),
        P("The reviewers held a follow-up meeting with agency safeguarding leads on 19 September 2023 to test "
          "the draft learning and the proposed actions."),
        P("The review panel considered a draft report on 14 November 2023 and the final report on "
          "16 January 2024. The Board endorsed the report on 7 February 2024."),
        P("The review did not look at the care given to Child W by the ambulance service or at the hospital on "
          "14 October 2022. The reviewers were satisfied from the records that both acted promptly."),
    ]

    s.append(bar("The family's contribution"))
    s += [
        P("The reviewers met Mother on 4 September 2023 at the home of Maternal Grandmother, and again on "
          "30 November 2023 to share the findings. Mother described Child W as \u201ca proper little chatterbox, "
          "always climbing, always into everything.\u201d"),
        P("Mother told the reviewers that she had known the methadone was in the flat but had thought it was "
          "out of reach. She said:"),
        Paragraph("\u201cNobody ever asked me where the medicine was kept. They asked him, maybe, but they "
                  "never asked me, and I was the one at home with the kids all day.\u201d", QUOTE),
        P("Mother said that she had been frightened of Father at times, particularly when he was short of "
          "money for drugs, and that she had not told the health visitor because Father was in the room at "
          "every visit. She said the Team Around the Family worker was \u201cthe only one who came when he was "
          "out.\u201d"),
        P("Maternal Grandmother met the reviewers on 12 September 2023, in Welsh. She said that she had worried "
          "about the children for a long time and had once rung the council herself, in the spring of 2022. "
          "No agency has a record of that call. She said: \u201cThe little one was always hungry when he came "
          "to me. His sister used to say she was the one who fed him.\u201d"),
        P("Sibling 1 was offered the chance to contribute through her independent advocate. She made a drawing "
          "of her brother and asked that the reviewers write down that he \u201cliked dinosaurs and the big "
          "slide in the park.\u201d Father was written to twice but did not reply."),
    ]

    s.append(bar("Summary of practice episodes"))
    s.append(Paragraph("Episode 1: Pregnancy, birth and the early months (April 2020 to February 2021)", H2))
    s += [
        P("Mother booked her pregnancy with the community midwife (MW1) on 1 April 2020. She told MW1 that "
          "Father used cannabis but no other drugs. Routine enquiry about domestic abuse was made when Mother "
          "was seen alone at twenty-eight weeks, and she said there was none."),
        P("Child W was born at Ysbyty Henwy on 3 December 2020, at thirty-six weeks, weighing 2.41 kg. He went "
          "home after three days. HV1 carried out the new birth visit on 16 December 2020. Father was present "
          "throughout and answered most of the questions."),
        P("On 22 February 2021 Father was accepted onto the opioid substitution programme of the Newid "
          "Substance Misuse Service. He was prescribed methadone with daily supervised consumption at "
          "Fferyllfa'r Sgwar, a community pharmacy on the High Street, where PH1 was the pharmacist. His Newid "
          "assessment recorded that he lived with \u201cpartner and two kids\u201d, but the children's ages "
          "were not recorded."),
    ]
    s.append(Paragraph("Episode 2: Safe storage advice and the first police notices (March to September 2021)",
                       H2))
    s += [
        P("On 11 March 2021 SMW1, Father's substance misuse worker, made a home visit to discuss the move to "
          "take-home doses that would follow if Father's drug tests were clear. SMW1 gave Father the Newid "
          "safe storage leaflet and a lockable medicine box, which cost the service \u00a312.50. The children "
          "were at the flat but SMW1 did not see them and did not record that Child W was a baby."),
        P("At 23:40 on 30 May 2021 a neighbour rang the police to report shouting and a child crying. PC3 "
          "attended with a colleague. Both parents said that it had been a verbal argument about money. PC3 "
          "completed a DASH risk assessment, which was graded standard risk, and submitted a PPN. PC3 noted "
          "that a baby was asleep in a cot and a girl of about eight was awake."),
        P("The IAA service screened the PPN on 2 June 2021. The screening record notes \u201cfirst PPN, "
          "verbal only, no injuries\u201d and the outcome was a letter to Mother with information about Calon "
          "Domestic Abuse Service. No agency was asked what it knew."),
        P("At 02.15 hrs on 19 August 2021 Mother rang 999 and said that Father was \u201csmashing the flat "
          "up\u201d. PC5 attended and arrested Father for criminal damage; he was released under investigation "
          "later that day. The DASH assessment was graded medium risk. The second PPN was sent to the IAA the "
          "same morning."),
        P("On 20 August 2021 the IAA team manager (TM1) decided that the second PPN needed an assessment of "
          "the family's care and support needs. SW 1 was allocated and visited three times. SW 1 spoke to "
          "Sibling 1 alone at school but did not speak to Father alone, and did not ask about his methadone. "
          "The assessment was completed on 17 September 2021. It concluded that the family did not have "
          "eligible care and support needs and recommended early help through a Team Around the Family plan."),
    ]
    s.append(Paragraph("Episode 3: Team Around the Family (October 2021 to March 2022)", H2))
    s += [
        P("The Team Around the Family (TAF) plan began on 6 October 2021, led by FSW1 from the council's Teulu "
          "Cryf early help team. Its goals were to reduce arguments in the home, to improve Sibling 1's "
          "attendance at school, and to help with rent arrears of \u00a31,460 owed to Cartrefi Henwy."),
        P("Six TAF meetings were held. Father attended only one of them. FSW1 arranged an emergency hardship "
          "payment of \u00a3150 from the council's Family Support Fund in December 2021 and helped Mother agree "
          "a repayment plan with Cartrefi Henwy of \u00a35 a week."),
        P("The third PPN followed an argument in the early hours of 2 January 2022. Father had left the flat "
          "before PC7 arrived. The IAA passed the PPN to FSW1 because the family had an open TAF plan; it was "
          "not screened again as a repeat incident."),
        P("On 7 January 2022 Mother saw the GP at Meddygfa Glan yr Afon about low mood and was prescribed "
          "sertraline. The GP's record does not mention the children or Father's drug use, both of which were "
          "recorded elsewhere in the practice record."),
        P("The TAF plan was closed on 15 March 2022 with the outcome \u201cgoals achieved\u201d. Sibling 1's "
          "attendance had risen from 81% to 88%, the rent arrears were being repaid and there had been no "
          "police call-out for ten weeks. The closure form was not sent to the health visitor or to Newid."),
    ]
    s.append(Paragraph("Episode 4: Take-home doses, the school's concern and the scald (April to September 2022)",
                       H2))
    s += [
        P("HV1 left the health visiting team in April 2022 and the family were transferred to HV2. Child W had "
          "not been brought to five health appointments by then, including his fifteen-month developmental "
          "review, which was offered twice. The transfer summary recorded \u201cDNA x5, father on script\u201d."),
        P("SMW2 took over from SMW1 in May 2022. On 6 June 2022 the Newid prescriber (NP1) agreed that Father "
          "could move from supervised consumption to weekly take-home doses: seven daily doses of 70 ml, "
          "collected from the pharmacy every Monday. The decision record has a box headed \u201cchildren in "
          "household\u201d, which was left blank. Safe storage was not discussed again."),
        P("At 9.15am on 27 June 2022 Sibling 1 arrived late at school for the ninth time that term. She told "
          "her class teacher that \u201cDad sleeps all day and I get W his breakfast.\u201d The Designated "
          "Safeguarding Person (DSP) telephoned the IAA at 11:40 the same morning and followed the call with a "
          "written referral."),
        P("On 28 June 2022 SW 2, a duty social worker in the IAA, telephoned Mother, who said that Father had "
          "been unwell with a chest infection and that things were fine. TM1 recorded the outcome as "
          "\u201cadvice and information given, no further action\u201d. The school was not told of the outcome "
          "until 19 July 2022, the last day of the summer term."),
        P("At 14:30 on 12 August 2022 Mother brought Child W to the Emergency Department (ED) of Ysbyty Henwy "
          "with a scald to his left forearm from a cup of tea. ED Nurse 1 completed the safeguarding checklist "
          "and recorded the explanation as consistent with the injury. Child W was discharged at 17:05. The "
          "paediatric liaison notification reached HV2 on 22 August 2022, ten days later."),
        P("HV2 visited on 5 September 2022. It was the first time a health visitor had seen Child W since "
          "February 2022. HV2 recorded that the home was cluttered, that Child W's speech was delayed, and that "
          "there was \u201cfather's medication on kitchen windowsill \u2013 advised to store safely\u201d. HV2 did "
          "not tell Newid, and Newid did not know that a health visitor was involved."),
        P("Father did not attend his Newid review on 3 October 2022. SMW2 rang him and rebooked the review for "
          "17 October 2022. Father continued to collect his take-home doses every Monday."),
    ]
    s.append(Paragraph("Episode 5: 14 October 2022", H2))
    s += [
        P("Mother rang 999 at 06:52 on 14 October 2022. She said that Child W would not wake up. The ambulance "
          "arrived at 7.03am and the crew began resuscitation. Child W was taken to Ysbyty Henwy and was "
          "pronounced dead at 7.48am."),
        P("Police officers found an open methadone bottle in the living room, within reach of a toddler, and "
          "the lockable medicine box supplied in March 2021 in a kitchen cupboard, unused and still in its "
          "packaging."),
    ]

    s.append(bar("Practice and organisational learning"))
    s.append(Paragraph(
        "The learning below was identified from the agency timelines, the learning event and the family's "
        "contribution. It is grouped under five learning themes.", BODY))
    s.append(Paragraph("Learning theme 1: Medicines that can kill a child were treated as an adult's business",
                       H2))
    s += [
        P("Every agency that knew about Father's methadone treated it as part of his own treatment. Newid "
          "recorded that he lived with children but not their ages. Safe storage advice was given once, in "
          "March 2021, at a time when Father was still on supervised consumption and had no take-home doses in "
          "the flat."),
        P("The decision to move Father to take-home doses in June 2022 was the point of greatest risk for "
          "Child W, then eighteen months old and climbing. Newid's own policy required a home safety check "
          "before take-home doses were agreed for a parent of a child under five. The check was not done. "
          "Practitioners at the learning event said that the policy was not widely known and that the "
          "decision form did not prompt it."),
        P("HV2 saw the medicine on the windowsill in September 2022 and gave advice, which was the right first "
          "step. HV2 did not know that there was a safe storage policy, what a lockable box was, or that Newid "
          "could be contacted directly. No agency had told the health visitor that Father was on take-home "
          "doses."),
        P("The reviewers found that advice about safe storage was given to Father only. Mother, who was at home "
          "with the children all day, was never spoken to about it. This reflects the wider pattern in theme 2."),
    ]
    s.append(Paragraph("Learning theme 2: The father was present but not seen", H2))
    s += [
        P("Father was in the room for almost every health visit but was never assessed by the health visiting "
          "service. At the same time he was hardly ever seen by early help or by children's social care: he "
          "attended one TAF meeting out of six, and SW 1 never spoke to him alone."),
        P("Practitioners at the learning event recognised that Father's presence prevented Mother from "
          "speaking freely, and that his absence from other meetings meant that the risks he posed, and the "
          "care he provided, were not understood. Agencies knew different parts of his life: his drug "
          "treatment (Newid and the pharmacy), his behaviour when angry (Dyfnant Police) and his role as a "
          "carer (the school and the health visitor). No one put these parts together."),
        P("The reviewers consider that the early help plan closed on outcomes that measured the household's "
          "circumstances, such as attendance and rent, and not on any change in Father's behaviour or drug use."),
    ]
    s.append(Paragraph("Learning theme 3: Sibling 1 was a young carer who was not recognised", H2))
    s += [
        P("Sibling 1 told her school in June 2022 that she made her brother's breakfast because her father "
          "slept all day. She was nine. The school acted quickly and correctly, but the IAA response relied on "
          "a single telephone call to Mother and did not speak to Sibling 1, to Father or to the school."),
        P("The school's DSP told the learning event: \u201cWe heard from the IAA three weeks later that it had "
          "been closed. Nobody asked us what we thought.\u201d The reviewers found that Sibling 1 met the "
          "definition of a young carer and should have been offered a carer's assessment."),
        P("Sibling 1's lateness (nine late arrivals in the summer term 2022) was treated as an attendance issue. "
          "Practitioners at the learning event agreed that for a child in a household where a parent uses "
          "drugs, repeated lateness is a safeguarding signal."),
    ]
    s.append(Paragraph("Learning theme 4: Each notice was seen on its own", H2))
    s += [
        P("Three PPNs were received in seven months. Each was screened as a separate event: the first as a "
          "\u201cfirst PPN, verbal only\u201d, the second as needing an assessment, and the third as information "
          "for the TAF worker. The IAA screening tool at the time did not show earlier notices on the same "
          "screen."),
        P("Health practitioners were not routinely told about PPNs. HV1 did not know about any of the three "
          "notices. The GP practice received a copy of the second PPN only."),
        P("The reviewers acknowledge that the IAA was dealing with a high volume of notices. In the year "
          "2021\u201322 it received 6,912 PPNs, of which about one in five concerned households with a child "
          "under two. However, a rule that repeat notices within twelve months are screened together would "
          "have brought the three notices in this case together."),
    ]
    s.append(Paragraph("Learning theme 5: Information did not travel between health services and partners",
                       H2))
    s += [
        P("The ED notification of the scald in August 2022 took ten days to reach the health visitor. The ED "
          "safeguarding checklist asks whether any adult in the household uses drugs, but the answer relies on "
          "what the parent says, and Mother was not asked."),
        P("The GP practice held information about Father's methadone, Mother's low mood and the second PPN, "
          "but in separate records. At the learning event the GP said that the practice system did not link "
          "the records of adults and children in the same household."),
        P("Newid did not know which health visitor, school or GP was involved with the children. Its "
          "information-sharing consent form asked for the client's own GP only."),
        P("The reviewers also noted good practice. PC3 recorded the children's presence in detail; the school "
          "referred on the same day; FSW1 built a trusting relationship with Mother; and HV2 saw and recorded "
          "the medicine and gave advice."),
        P("Practitioners told the learning event that the fear of appearing to judge parents who are in "
          "recovery made them reluctant to ask questions about where medicines were kept. One substance "
          "misuse worker said: \u201cWe work so hard to keep people engaged. Asking to see where they keep "
          "their script can feel like accusing them.\u201d"),
        P("The reviewers consider that this reluctance is understandable, but that a simple routine question "
          "asked of every parent, in every home visit, where medicines are kept, would make the question "
          "normal and not accusatory."),
    ]

    s.append(bar("Improving systems and practice"))
    s += [
        P("In order to promote the learning from this case, the review identified the following actions for "
          "the Board and its member agencies, and the improvements it expects them to bring."),
    ]
    actions = [
        ("Action 1", "Newid and the Health Board to agree a Safe Storage Protocol for opioid substitution "
         "medicines in households with children, requiring a home safety check and a conversation with every "
         "adult carer before take-home doses are agreed.",
         "No child under five lives in a home with take-home doses that has not had a safety check."),
        ("Action 2", "The Board to ask every agency to include a routine question about where medicines are "
         "kept in home visits to families with children under five.",
         "Practitioners ask the question as a matter of routine."),
        ("Action 3", "The IAA to change its screening tool so that PPNs received about the same household "
         "within twelve months are shown and screened together.",
         "Repeat notices are seen as a pattern and not as single events."),
        ("Action 4", "The Council and the Health Board to ensure that health visitors, schools and GPs are "
         "told the outcome of referrals they make within five working days.",
         "Referrers know the outcome and can challenge it."),
        ("Action 5", "All agencies to record and assess fathers and male carers, and to see each parent alone "
         "at least once in every assessment.",
         "The risks and strengths of fathers are understood."),
        ("Action 6", "The Council to review how young carers are identified through the IAA and early help.",
         "Children like Sibling 1 are offered a carer's assessment."),
        ("Action 7", "Newid to extend its consent form to name the children's health visitor, school and GP.",
         "Newid can share concerns with the professionals who see the children."),
    ]
    rows = [["Action", "What should be done", "Expected improvement"]] + [list(a) for a in actions]
    s.append(grid(rows, [2.0 * cm, 9.0 * cm, 5.2 * cm]))
    s.append(Spacer(1, 8))
    s += [
        P("The Board accepted all seven actions on 7 February 2024. Progress will be reported to the Board's "
          "Practice Review Sub-group every six months, and a first audit of Action 1 is due by 30 September "
          "2024."),
        P("The Board will share this learning with the other regional safeguarding boards in Wales and with "
          "the Welsh Government, because the risk of take-home medicines to young children is not confined to "
          "this region."),
    ]

    s.append(bar("Statement by reviewer(s)"))
    stmt = ("I make the following statement that prior to my involvement with this learning review: I have not "
            "been directly concerned with the child or family, or have given professional advice on the case; "
            "I have had no immediate line management of the practitioner(s) involved; I have the appropriate "
            "recognised qualifications, knowledge and experience and training to undertake the review; and "
            "the review was conducted appropriately and was rigorous in its analysis and evaluation of the "
            "issues as set out in the terms of reference.")
    s.append(Paragraph(stmt, BODY))
    rows = [["", "Reviewer 1", "Reviewer 2"],
            ["Name", "Gwenllian Probert", "Owain Castell"],
            ["Role", "Independent reviewer (lead)", "Named Nurse for Safeguarding, Dulas and Teifi UHB"],
            ["Signature", "(signed)", "(signed)"],
            ["Date", "12 January 2024", "12 January 2024"]]
    s.append(grid(rows, [3.0 * cm, 6.6 * cm, 6.6 * cm], shade=[("BACKGROUND", (0, 1), (0, -1), PALE)]))

    s.append(bar("Statement by review panel chair"))
    s.append(Paragraph(
        "I make the following statement that: I have been satisfied that the review was conducted in accordance "
        "with the guidance; the report has been quality assured by the panel; and I have had no line management "
        "of any practitioner whose work is described in it.", BODY))
    rows = [["Name", "Bethan Ashworth"],
            ["Role", "Head of Safeguarding and Quality, Cwm Dulas County Council"],
            ["Signature", "(signed)"],
            ["Date", "16 January 2024"]]
    s.append(grid(rows, [3.0 * cm, 13.2 * cm], header=False, shade=[("BACKGROUND", (0, 0), (0, -1), PALE)]))
    s.append(PageBreak())

    # --- Appendices ---
    s.append(bar("Appendix 1: Terms of reference"))
    for item in [
        "Period under review: 1 April 2020 to 14 October 2022.",
        "How did agencies understand and manage the risk to young children of opioid substitution medicines "
        "kept at home?",
        "How well was Father's role in the household, as a risk and as a carer, understood and assessed?",
        "How were the experiences and wishes of Sibling 1 heard?",
        "How did agencies respond to domestic abuse notices, individually and together?",
        "Was the closure of early help support well founded and communicated?",
        "What can be learned about sharing information between adult services and children's services?",
    ]:
        s.append(Paragraph(item, BUL, bulletText="\u2022"))

    s.append(bar("Appendix 2: Timeline of significant events"))
    s.append(Paragraph(
        "Taken from the merged agency timeline. Times are as recorded by each agency, so formats differ. "
        "Practitioner codes are explained in Appendix 3.", BODY))
    t = [["Date", "Time", "Agency", "Event"],
         ["01/04/2020", "\u2013", "HVUHB", "Pregnancy booked with MW1; Mother says Father uses cannabis only."],
         ["03/12/2020", "04:26", "HVUHB", "Child W born at 36 weeks, 2.41 kg."],
         ["16/12/2020", "10.30am", "HVUHB", "New birth visit by HV1; Father present throughout."],
         ["22/02/2021", "\u2013", "Newid", "Father starts methadone with daily supervised consumption (PH1)."],
         ["11/03/2021", "2.00pm", "Newid", "SMW1 home visit: safe storage leaflet and lockable box given to "
          "Father; children not seen."],
         ["30/05/2021", "23:40", "DP", "Verbal argument; PC3 attends; DASH standard; PPN 1."],
         ["02/06/2021", "\u2013", "ACBC IAA", "PPN 1 screened: letter to Mother with Calon details."],
         ["19/08/2021", "02.15 hrs", "DP", "Father arrested by PC5 for criminal damage; DASH medium; PPN 2."],
         ["20/08/2021", "\u2013", "ACBC IAA", "TM1 decides on care and support assessment; SW 1 allocated."],
         ["17/09/2021", "\u2013", "ACBC", "Assessment completed: no eligible needs; TAF recommended."],
         ["06/10/2021", "\u2013", "Teulu Cryf", "TAF plan starts (FSW1)."],
         ["02/01/2022", "01:10", "DP", "Argument; Father gone before PC7 arrives; PPN 3 passed to FSW1."],
         ["07/01/2022", "\u2013", "GP", "Mother prescribed sertraline for low mood."],
         ["15/03/2022", "\u2013", "Teulu Cryf", "TAF closed: \u201cgoals achieved\u201d."],
         ["06/06/2022", "\u2013", "Newid", "NP1 agrees weekly take-home doses, 7 x 70 ml."],
         ["27/06/2022", "9.15am", "YBC", "Sibling 1 late (9th time); tells teacher she gives W breakfast."],
         ["27/06/2022", "11:40", "YBC", "DSP rings IAA; written referral follows."],
         ["28/06/2022", "\u2013", "ACBC IAA", "SW 2 phones Mother; TM1: no further action."],
         ["12/08/2022", "14:30", "HVUHB ED", "Scald to left forearm; ED Nurse 1 checklist; home 17:05."],
         ["22/08/2022", "\u2013", "HVUHB", "Paediatric liaison notice of scald reaches HV2."],
         ["05/09/2022", "11.20am", "HVUHB", "HV2 visit: medication seen on windowsill; advice given."],
         ["03/10/2022", "\u2013", "Newid", "Father misses review; rebooked for 17/10/2022."],
         ["14/10/2022", "06:52", "\u2013", "Mother rings 999: Child W unresponsive."],
         ["14/10/2022", "7.03am", "\u2013", "Ambulance arrives."],
         ["14/10/2022", "7.48am", "HVUHB ED", "Child W pronounced dead."]]
    s.append(grid(t, [2.1 * cm, 1.8 * cm, 2.2 * cm, 10.1 * cm]))

    s.append(bar("Appendix 3: Agencies, abbreviations and practitioner codes"))
    t = [["Abbreviation", "Meaning"],
         ["ACBC", "Aberhenwy County Borough Council (children's services)"],
         ["IAA", "Information, Advice and Assistance service (the council's front door for children)"],
         ["BHRSCB", "Bro Henwy Regional Safeguarding Children Board"],
         ["DP", "Dyfnant Police"],
         ["HVUHB", "Henwy Valleys University Health Board (midwifery, health visiting, ED, paediatric liaison)"],
         ["Newid", "Newid Substance Misuse Service (a third-sector provider)"],
         ["Calon", "Calon Domestic Abuse Service"],
         ["CH", "Cartrefi Henwy, the family's housing association"],
         ["YBC", "Ysgol Bryn Celyn, Sibling 1's primary school"],
         ["Teulu Cryf", "The council's early help (Families First) team"],
         ["DASH", "Domestic Abuse, Stalking and Harassment risk assessment"],
         ["PPN", "Public Protection Notice, sent by police to partner agencies"],
         ["TAF", "Team Around the Family"],
         ["DSP", "Designated Safeguarding Person (school)"]]
    s.append(grid(t, [3.0 * cm, 13.2 * cm]))
    s.append(Spacer(1, 8))
    t = [["Code", "Role", "Agency"],
         ["MW1", "Community midwife", "HVUHB"],
         ["HV1", "Health visitor to April 2022", "HVUHB"],
         ["HV2", "Health visitor from April 2022", "HVUHB"],
         ["ED Nurse 1", "Emergency department nurse", "HVUHB"],
         ["GP", "General practitioner, Meddygfa Glan yr Afon", "GP practice"],
         ["SMW1", "Substance misuse worker to May 2022", "Newid"],
         ["SMW2", "Substance misuse worker from May 2022", "Newid"],
         ["NP1", "Non-medical prescriber", "Newid"],
         ["PH1", "Community pharmacist, Fferyllfa'r Sgwar", "Pharmacy"],
         ["PC3", "Police constable, PPN 1", "DP"],
         ["PC5", "Police constable, PPN 2", "DP"],
         ["PC7", "Police constable, PPN 3", "DP"],
         ["TM1", "Team manager, IAA", "ACBC"],
         ["SW 1", "Social worker, care and support assessment 2021", "ACBC"],
         ["SW 2", "Duty social worker, IAA, June 2022", "ACBC"],
         ["FSW1", "Family support worker, TAF lead", "Teulu Cryf"],
         ["DSP", "Designated Safeguarding Person", "YBC"]]
    s.append(grid(t, [2.6 * cm, 9.0 * cm, 4.6 * cm]))
    return s


# ---------------------------------------------------------------------------
# The 7 minute briefing (two-page handout of boxes)
# ---------------------------------------------------------------------------

BX_H = ParagraphStyle("bxh", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=colors.white)
BX = ParagraphStyle("bx", fontName="Helvetica", fontSize=9.4, leading=12.2, spaceAfter=4)
BX_B = ParagraphStyle("bxb", parent=BX, leftIndent=10, bulletIndent=0, spaceAfter=2)
NUMBIG = ParagraphStyle("nb", fontName="Helvetica-Bold", fontSize=26, leading=28, textColor=colors.white,
                        alignment=TA_CENTER)
TITLE7 = ParagraphStyle("t7", fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=GREEN)
SUB7 = ParagraphStyle("s7", fontName="Helvetica", fontSize=10.5, leading=13.5, spaceAfter=6)

BOX_COLOURS = ["#1f5f4a", "#2e7d8f", "#8a4f7d", "#b5651d", "#4a6fa5", "#6b8e23", "#7a5c3e"]


def box(n, heading, parts, width):
    """A numbered briefing box: big number, coloured heading, text beneath."""
    colour = colors.HexColor(BOX_COLOURS[n - 1])
    body = []
    for p in parts:
        if isinstance(p, list):
            body += [Paragraph(x, BX_B, bulletText="\u2022") for x in p]
        else:
            body.append(Paragraph(p, BX))
    head = Table([[Paragraph(str(n), NUMBIG), Paragraph(heading, BX_H)]], colWidths=[1.3 * cm, width - 1.3 * cm])
    head.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colour), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    inner = Table([[head], [body]], colWidths=[width])
    inner.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, colour),
        ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#f6f8f7")),
        ("LEFTPADDING", (0, 0), (-1, 0), 0), ("RIGHTPADDING", (0, 0), (-1, 0), 0),
        ("TOPPADDING", (0, 0), (-1, 0), 0), ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 6), ("LEFTPADDING", (0, 1), (-1, 1), 7),
    ]))
    return inner


def pair(a, b):
    t = Table([[a, b]], colWidths=[8.55 * cm, 8.55 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (0, 0), 8), ("RIGHTPADDING", (1, 0), (1, 0), 0)]))
    return t


def briefing_story():
    w = 8.15 * cm
    s = [Paragraph("7 Minute Briefing: Child W", TITLE7),
         Paragraph(f"{BOARD} \u2013 learning from {REF}. Published March 2024. Use this briefing in a team "
                   "meeting: read it together, then discuss the questions in box 5. FICTIONAL practice "
                   "material.", SUB7),
         Spacer(1, 4)]
    b1 = box(1, "Background", [
        "W was 22 months old when he died on 14/10/2022 after swallowing methadone that had been prescribed "
        "to his dad. The medicine had been collected as a week's take-home supply.",
        "W lived with his mum, his dad and his big sister, who was 9. The family were known to 9 agencies, "
        "but W was never on the child protection register.",
    ], w)
    b2 = box(2, "Why it matters", [
        "Methadone and buprenorphine can kill a young child even in a small dose. A single adult dose can be "
        "fatal to a toddler.",
        "In 2022\u201323 Newid supported 418 adults who were prescribed opioid substitutes and lived with "
        "children, and 126 of them had take-home doses.",
    ], w)
    s.append(pair(b1, b2))
    s.append(Spacer(1, 8))
    b3 = box(3, "What happened", [
        [
            "3 police notices (PPNs) about arguments in 7 months, each screened on its own",
            "A care and support assessment in 2021 found no eligible needs",
            "Early help closed in March 2022 as \u201cgoals achieved\u201d; dad came to 1 meeting of 6",
            "Take-home doses agreed on 06/06/2022 without a home safety check",
            "W's sister told school she made his breakfast; the referral was closed after one phone call",
            "A health visitor saw the medicine on a windowsill on 05/09/2022",
        ],
    ], w)
    b4 = box(4, "What we learned", [
        [
            "Adults' medicines are children's safety business",
            "See dads: the man who is always in the room may never have been assessed",
            "A 9-year-old making breakfast for a toddler is a young carer",
            "Read notices together, not one at a time",
            "Tell referrers what happened",
        ],
    ], w)
    s.append(pair(b3, b4))
    s.append(PageBreak())
    s.append(Paragraph("7 Minute Briefing: Child W (continued)", TITLE7))
    s.append(Spacer(1, 6))
    b5 = box(5, "Questions for your team", [
        [
            "Do we ask every parent where medicines are kept, and do we ask to see?",
            "Who else lives in the home, and have we spoken to them alone?",
            "When did we last tell a referrer what we decided?",
            "Do we know which other services are involved with this family?",
        ],
    ], w)
    b6 = box(6, "What the Board is doing", [
        "The Board accepted all 7 actions in February 2024. A Safe Storage Protocol between Newid and the "
        "Health Board starts on 1 May 2024.",
        "The Board has bought 600 lockable medicine boxes, at a cost of \u00a37,350, for practitioners to give "
        "to families. Ask your safeguarding lead for one.",
        "Audit of the protocol: by 30/09/2024.",
    ], w)
    s.append(pair(b5, b6))
    s.append(Spacer(1, 8))
    b7 = box(7, "Find out more", [
        "Read the full Extended Child Practice Review, Child W, on the Board's website. Safe storage "
        "training (90 minutes, online) runs every month from April 2024; book through your agency's "
        "learning team.",
        "Contact the Board's business unit: learning@brohenwy-safeguarding.example (a FICTIONAL address).",
    ], 17.1 * cm)
    s.append(b7)
    s.append(Spacer(1, 10))
    quote = Table([[Paragraph("\u201cNobody ever asked me where the medicine was kept.\u201d \u2013 W's mum",
                              ParagraphStyle("q7", fontName="Helvetica-BoldOblique", fontSize=13, leading=17,
                                             textColor=GREEN, alignment=TA_CENTER))]], colWidths=[17.1 * cm])
    quote.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.5, GREEN), ("LINEBELOW", (0, 0), (-1, 0), 1.5, GREEN),
                               ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    s.append(quote)
    return s


def main():
    build(REPORT, report_story(), "Extended Child Practice Review: Child W (FICTIONAL)",
          f"FICTIONAL practice material \u2013 {BOARD} \u2013 {REF}")
    build(BRIEFING, briefing_story(), "7 Minute Briefing: Child W (FICTIONAL)",
          f"FICTIONAL practice material \u2013 {REF} \u2013 7 minute briefing",
          margins=(1.95 * cm, 1.95 * cm, 1.8 * cm, 1.8 * cm))
    for p in (REPORT, BRIEFING):
        print("wrote", p.name)


if __name__ == "__main__":
    main()
