"""Build the FICTIONAL Dunmere corpus: partnership Executive minutes and a government official's letter.

Everything in these documents is invented: Dunmere, Vennick, Skelthorpe, the Dunmere Safeguarding
Children Partnership, its members, the Department for Children and Family Welfare, its officials,
"Child Wren", her family and every event. The PDFs exist only to test scr-qa. Rebuild with:

    /work/main/.venv/bin/python eval/dev/dunmere-minutes/build.py

House style: portrait A4 local-government minutes (reportlab platypus, Helvetica), a protective marking
in the running header, attendance and apologies tables with initials, agenda items numbered 1 to 10 with
sub-items 5.1, 5.2 ... in a hanging-number column, decisions in shaded boxes, an actions table with owner
initials and due dates; and a two-page letter on departmental letterhead with a continuation header.
The output is byte-for-byte deterministic (rl_config.invariant = 1).
"""
from reportlab import rl_config

rl_config.invariant = 1

from pathlib import Path  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_RIGHT  # noqa: E402
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
MINUTES = HERE / "dunmere-dscp-executive-minutes-2025-03-06.pdf"
LETTER = HERE / "dcfw-letter-to-dunmere-2025-02-14.pdf"

NAVY = colors.HexColor("#23395b")
SHADE = colors.HexColor("#eef1f6")
RULE = colors.HexColor("#9aa5b5")
INK = colors.HexColor("#111111")

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.6, spaceAfter=5, textColor=INK)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=38, bulletIndent=0, bulletFontName="Helvetica")
ITEM_H = ParagraphStyle("itemh", parent=BODY, fontName="Helvetica-Bold", fontSize=11, leading=15,
                        leftIndent=38, bulletIndent=0, bulletFontName="Helvetica-Bold", bulletFontSize=11,
                        spaceBefore=9, spaceAfter=5, textColor=NAVY, keepWithNext=1)
DECISION = ParagraphStyle("dec", parent=BODY, leftIndent=0, spaceAfter=3)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=15, leading=19, textColor=NAVY, spaceAfter=4)
SUB = ParagraphStyle("sub", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=2)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.8, leading=11)
CELL_B = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold", textColor=colors.white)
LBODY = ParagraphStyle("lbody", fontName="Times-Roman", fontSize=11.5, leading=15.5, spaceAfter=9, textColor=INK)
LSMALL = ParagraphStyle("lsmall", parent=LBODY, fontSize=9.5, leading=12, spaceAfter=2)
LRIGHT = ParagraphStyle("lright", parent=LBODY, alignment=TA_RIGHT, spaceAfter=1)


# ---------------------------------------------------------------------------
# Minutes
# ---------------------------------------------------------------------------

def minutes_canvas():
    class C(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                w, h = A4
                self.setFillColor(NAVY)
                self.setFont("Helvetica-Bold", 8.5)
                self.drawString(2 * cm, h - 1.25 * cm, "OFFICIAL-SENSITIVE")
                self.setFont("Helvetica", 8.5)
                self.drawRightString(w - 2 * cm, h - 1.25 * cm,
                                     "Dunmere Safeguarding Children Partnership - Executive Group")
                self.setStrokeColor(RULE)
                self.setLineWidth(0.5)
                self.line(2 * cm, h - 1.45 * cm, w - 2 * cm, h - 1.45 * cm)
                self.line(2 * cm, 1.55 * cm, w - 2 * cm, 1.55 * cm)
                self.setFillColor(colors.HexColor("#444444"))
                self.setFont("Helvetica", 7.5)
                self.drawString(2 * cm, 1.1 * cm,
                                "FICTIONAL practice material | Minutes of the Executive Group, 6 March 2025")
                self.drawRightString(w - 2 * cm, 1.1 * cm, f"Page {self._pageNumber} of {total}")
                super().showPage()
            super().save()

    return C


def grid(rows, widths, header=True, shade_rows=()):
    data = [[Paragraph(str(v), CELL_B if (header and i == 0) else CELL) for v in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    st = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        st.append(("BACKGROUND", (0, 0), (-1, 0), NAVY))
    for r in shade_rows:
        st.append(("BACKGROUND", (0, r), (-1, r), SHADE))
    t.setStyle(TableStyle(st))
    return t


def decision(lines):
    """A shaded 'Decision' box, full width."""
    inner = [Paragraph("<b>DECISION</b>", DECISION)] + [Paragraph(x, DECISION) for x in lines]
    t = Table([[inner]], colWidths=[17 * cm - 38])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("LINEBEFORE", (0, 0), (0, -1), 3, NAVY),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    wrap = Table([["", t]], colWidths=[38, 17 * cm - 38])
    wrap.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return wrap


ATTENDEES = [
    ["Name", "Initials", "Role", "Organisation"],
    ["Dr Ifeoma Lindqvist", "IL", "Independent Chair (chaired the meeting)", "Dunmere Safeguarding Children Partnership"],
    ["Gideon Marchbank", "GM", "Director of Children's Services; delegated safeguarding partner", "Dunmere Council"],
    ["Seren Alcott", "SA", "Chief Nurse; delegated safeguarding partner", "Dunmere and Vennick Integrated Care Board"],
    ["Det Supt Faisal Rendell", "FR", "Head of Public Protection; delegated safeguarding partner", "Fenwold Police"],
    ["Priya Oyelaran-Moss", "POM", "Designated Nurse for Safeguarding Children", "Dunmere and Vennick Integrated Care Board"],
    ["Dr Callum Threlfall", "CT", "Designated Doctor for Safeguarding Children", "Vennick Royal Hospital"],
    ["Anjali Whitcombe", "AW", "Chair, Practice Review Subgroup; Head of Safeguarding",
     "Dunmere Community Health NHS Trust"],
    ["Ruth Nakamura-Flynn", "RNF", "Head of Legal Services (Children)", "Dunmere Council"],
    ["Ellis Varga", "EV", "Communications Lead", "Dunmere Council"],
    ["Jonah Pettifer", "JP", "Headteacher representative", "Skelthorpe Academy"],
    ["Bronwen Ashgrove", "BA", "Partnership Business Manager", "Dunmere Safeguarding Children Partnership"],
    ["Lydia Farrant", "LF", "Partnership Officer (minutes)", "Dunmere Safeguarding Children Partnership"],
]

IN_ATTENDANCE = [
    ["Name", "Initials", "Role", "For"],
    ["Dr Saoirse Kilbride", "SK", "Independent lead reviewer, Child Wren LCSPR", "Item 5 only"],
    ["Marcus Oyebode", "MO", "Service Manager, Quality Assurance, Dunmere Council", "Items 6 and 11"],
]

APOLOGIES = [
    ["Name", "Initials", "Role", "Organisation"],
    ["Nadia Sorensen", "NS", "Director of Public Health", "Dunmere Council"],
    ["Carys Dunstan", "CD", "Head of Service", "Probation Service, Dunmere delivery unit"],
    ["Revd Alun Hartigan", "AH", "Faith sector representative", "Dunmere Churches Together"],
]

ACTIONS = [
    ["No.", "Action", "Owner", "Due"],
    ["A25/01", "Write to the Department for Children and Family Welfare confirming the decision to defer "
     "publication of the Child Wren review and the provisional publication date", "IL", "13/03/2025"],
    ["A25/02", "Ask the Crown Prosecution Service for its view on the timing of publication, in writing", "FR",
     "20/03/2025"],
    ["A25/03", "Prepare a communications plan and an updated holding statement for the Child Wren review", "EV",
     "14/03/2025"],
    ["A25/04", "Meet Wren's grandmother to explain the decision on publication", "SK / BA", "21/03/2025"],
    ["A25/05", "Send the practitioner learning briefing (not for publication) to all partner agencies", "AW",
     "04/04/2025"],
    ["A25/06", "Notify the national Panel and the Department of the final publication date at least seven "
     "working days before publication", "BA", "Seven working days before publication"],
    ["A25/07", "Confirm each partner's 2025-26 contribution in writing", "GM / SA / FR", "31/03/2025"],
    ["A25/08", "Bring the revised neglect strategy to the next meeting", "NS", "05/06/2025"],
    ["A25/09", "Circulate the first draft of the 2024-25 annual report", "BA", "30/06/2025"],
    ["A25/10", "Report on the school exclusions audit requested under item 12", "JP / MO", "05/06/2025"],
]

ATTENDANCE = [
    ["Member", "Initials", "13 June 2024", "12 Sept 2024", "5 Dec 2024", "6 March 2025", "Attended"],
    ["Dr Ifeoma Lindqvist", "IL", "Y", "Y", "Y", "Y", "4 of 4"],
    ["Gideon Marchbank", "GM", "Y", "D", "Y", "Y", "3 of 4"],
    ["Seren Alcott", "SA", "Y", "Y", "D", "Y", "3 of 4"],
    ["Det Supt Faisal Rendell", "FR", "D", "Y", "Y", "Y", "3 of 4"],
    ["Priya Oyelaran-Moss", "POM", "Y", "Y", "Y", "Y", "4 of 4"],
    ["Dr Callum Threlfall", "CT", "Y", "A", "Y", "Y", "3 of 4"],
    ["Anjali Whitcombe", "AW", "Y", "Y", "Y", "Y", "4 of 4"],
    ["Ruth Nakamura-Flynn", "RNF", "-", "-", "Y", "Y", "2 of 2"],
    ["Ellis Varga", "EV", "Y", "A", "A", "Y", "2 of 4"],
    ["Jonah Pettifer", "JP", "Y", "Y", "A", "Y", "3 of 4"],
    ["Nadia Sorensen", "NS", "Y", "A", "Y", "A", "2 of 4"],
    ["Carys Dunstan", "CD", "A", "Y", "A", "A", "1 of 4"],
    ["Revd Alun Hartigan", "AH", "Y", "A", "A", "A", "1 of 4"],
    ["Bronwen Ashgrove", "BA", "Y", "Y", "Y", "Y", "4 of 4"],
]

OLD_ACTIONS = [
    ["No.", "Action (from 5 December 2024)", "Owner", "Status"],
    ["A24/27", "Circulate the draft Child Wren report to partner agencies for factual accuracy", "AW",
     "Complete"],
    ["A24/29", "Arrange training for Front Door staff on bruising in non-mobile babies", "POM", "Complete"],
    ["A24/31", "Review the escalation policy", "BA", "Carried forward to June 2025"],
    ["A24/32", "Report the multi-agency audit of strategy discussions", "MO", "Complete: see item 11"],
]


def minutes_story():
    s = []
    num = {"n": 0, "sub": 0}

    def item(title):
        num["n"] += 1
        num["sub"] = 0
        s.append(Paragraph(title, ITEM_H, bulletText=f"{num['n']}."))

    def para(text):
        num["sub"] += 1
        s.append(Paragraph(text, ITEM, bulletText=f"{num['n']}.{num['sub']}"))

    s += [
        Paragraph("Dunmere Safeguarding Children Partnership", SUB),
        Paragraph("Minutes of the Executive Group", TITLE),
        Paragraph("Thursday 6 March 2025, 13.30 to 16.05, Room G.14, Harbour House, Vennick", SUB),
        Paragraph("Status: approved by the Executive Group on 5 June 2025", SUB),
        Spacer(1, 8),
        Paragraph("<b>Members present</b>", BODY),
        grid(ATTENDEES, [3.6 * cm, 1.6 * cm, 6.0 * cm, 5.8 * cm]),
        Spacer(1, 8),
        Paragraph("<b>In attendance</b>", BODY),
        grid(IN_ATTENDANCE, [3.6 * cm, 1.6 * cm, 8.0 * cm, 3.8 * cm]),
        Spacer(1, 8),
        Paragraph("<b>Apologies</b>", BODY),
        grid(APOLOGIES, [3.6 * cm, 1.6 * cm, 4.8 * cm, 7.0 * cm]),
        Spacer(1, 6),
        Paragraph("FICTIONAL practice material: Dunmere, its partnership, its agencies, Child Wren and everyone "
                  "named in these minutes are invented.", ParagraphStyle("n", parent=BODY, fontSize=8,
                                                                          leading=10)),
    ]

    item("Welcome, introductions and apologies")
    para("IL welcomed members and introduced Dr Saoirse Kilbride, the independent lead reviewer for the Child "
         "Wren review, who joined the meeting for item 5 only. Apologies were received from NS, CD and AH, as "
         "recorded above. NS had asked that item 11 be taken in her absence.")
    para("IL confirmed that the meeting was quorate: all three delegated safeguarding partners (GM, SA and FR) "
         "were present, and decisions could therefore be taken on behalf of the safeguarding partners.")

    item("Declarations of interest")
    para("JP declared an interest in item 5: Wren's older brother is a pupil at Skelthorpe Academy. It was agreed "
         "that JP would stay for the discussion but would take no part in the decision. No other interests "
         "were declared.")

    item("Minutes of the meeting held on 5 December 2024 and matters arising")
    para("The minutes of 5 December 2024 were agreed as an accurate record, with one correction: at item 6.2 the "
         "number of children subject to a child protection plan for a second time should read 14, not 41.")
    para("Matters arising: SA reported that the Designated Nurse post had been made permanent from 1 February "
         "2025. There were no other matters arising that were not covered by the agenda.")

    item("Action log")
    para("BA took members through the actions from the last meeting. Three were complete and one was carried "
         "forward:")
    s.append(grid(OLD_ACTIONS, [1.6 * cm, 9.6 * cm, 1.6 * cm, 4.2 * cm]))
    s.append(Spacer(1, 6))
    para("A24/31 (escalation policy) was carried forward because the policy is being aligned with the "
         "neighbouring partnership in Hallowfield; BA will bring it to the June meeting.")

    item("Local Child Safeguarding Practice Review: Child Wren - final report and publication")
    para("SK presented the final report. Wren was four years old when she was admitted to Vennick Royal Hospital "
         "on 11 August 2023 with a fractured skull and bruising to her back and arms. Her mother's partner, "
         "Mr T, has been charged with causing grievous bodily harm with intent. The review covers the period "
         "from Wren's birth in June 2019 to her admission. SK described five findings and nine recommendations; "
         "the central finding is that Mr T's history of violence to a previous partner's children was known to "
         "Fenwold Police but was never shared at the four child in need meetings held between January and June "
         "2023.")
    para("The five findings, as summarised by SK, are:")
    s.append(grid([
        ["Finding", "In brief"],
        ["1", "Information about Mr T held by Fenwold Police was not shared with children's social care."],
        ["2", "Child in need meetings relied on what Wren's mother said and did not check it with other agencies."],
        ["3", "Bruising seen by the nursery on 2 May 2023 was recorded but not referred."],
        ["4", "Nobody spoke to Wren alone in the six months before her admission."],
        ["5", "Case closure in July 2023 was agreed without a multi-agency meeting."],
    ], [1.6 * cm, 14.0 * cm]))
    s.append(Spacer(1, 6))
    para("Members thanked SK and the Practice Review Subgroup. AW confirmed that the subgroup had signed off the "
         "report on 22 January 2025 and that the family had seen the parts of the report that concern them. "
         "Wren's grandmother, Mrs H, who has cared for Wren since September 2023, told SK that she wants the "
         "report published \"so that no other family goes through this\". Wren's mother, Ms L, did not respond "
         "to the invitation to contribute.")
    para("BA reminded members that on 30 January 2025 the partnership had told the Department for Children and "
         "Family Welfare that it intended to publish the report on 27 March 2025. A letter dated 14 February "
         "2025 from Eleanor Vantongeren-Hughes, Deputy Director for Child Safeguarding and Reviews at the "
         "Department, was received on 17 February 2025 and had been circulated with the papers. The letter asks "
         "the partnership to consider deferring publication until the criminal proceedings against Mr T have "
         "concluded, and to take the view of the Crown Prosecution Service.")
    para("RNF gave legal advice. The trial of Mr T is listed at Vennick Crown Court to start on 9 June 2025 and "
         "is expected to last about three weeks. In her view publication before the verdict carried a real "
         "risk of prejudicing the trial, because the report sets out facts that the jury will have to decide. "
         "Publication after the verdict but before sentencing was a matter for judgement; she advised waiting "
         "for the end of the proceedings. FR said that the senior investigating officer shared this view and "
         "that he would ask the Crown Prosecution Service to confirm it in writing.")
    para("BA set out the three options in the paper for this item:")
    s.append(grid([
        ["No.", "Option", "Publication", "Main risk"],
        ["1", "Publish the full report as planned", "27 March 2025", "Prejudice to the trial of Mr T"],
        ["2", "Defer the full report until the criminal proceedings have concluded", "Provisionally 15 July 2025",
         "Learning reaches practitioners later; public criticism of delay"],
        ["3", "Publish a short summary now and the full report later", "Summary 27 March 2025",
         "A summary could still prejudice the trial"],
    ], [1.4 * cm, 6.2 * cm, 3.8 * cm, 5.6 * cm]))
    s.append(Spacer(1, 6))
    para("RNF advised that option 3 carried much the same risk as option 1, because even a short summary would "
         "have to describe how Wren was injured. Members agreed that option 3 should not be pursued.")
    para("SA asked whether a delay would hold back the learning. AW said it need not: the learning briefing "
         "for practitioners could go to partner agencies now, without details that would identify Wren or the "
         "proceedings. CT supported this and asked that the briefing include the bruising protocol.")
    para("EV advised that the local newspaper, the Vennick Gazette, had asked on 3 March 2025 whether the report "
         "would be published this month. EV proposed that the partnership confirm that a review has been "
         "completed and will be published in full when legal proceedings allow, without giving a date.")
    s.append(decision([
        "The Executive Group, on behalf of the three safeguarding partners, agreed unanimously (GM, SA and FR; "
        "JP took no part):",
        "(a) to approve the final report of the Child Wren LCSPR and its nine recommendations;",
        "(b) not to publish the report on 27 March 2025 as planned;",
        "(c) to publish the report in full after the criminal proceedings against Mr T have concluded, with a "
        "provisional publication date of 15 July 2025, to be confirmed once the trial has ended;",
        "(d) to send the practitioner learning briefing to partner agencies in April 2025, marked not for "
        "publication;",
        "(e) to reply to the Department's letter of 14 February 2025 by 13 March 2025.",
    ]))
    para("IL thanked SK, who left the meeting at 14.40.")

    item("Rapid review: Child Sorrel")
    para("AW presented the rapid review report. Sorrel, a boy of seven months, was taken to the emergency "
         "department of Vennick Royal Hospital by his father on 18 February 2025 with a fractured thigh bone "
         "that could not be explained. The partnership notified the national Panel on 24 February 2025, and "
         "the rapid review meeting, chaired by AW, was held on 4 March 2025 with seven agencies present.")
    para("The rapid review found that the family had been known only to universal services: the health visitor "
         "had last seen Sorrel at his six-month review on 21 January 2025 and had no concerns. The learning "
         "identified (the need to consider fathers and male carers in the health visitor's assessment, and "
         "the bruising protocol) is already covered by the Child Wren review and by the partnership's thematic "
         "work.")
    s.append(decision([
        "The Executive endorsed the rapid review's recommendation that a local child safeguarding practice "
        "review is not required for Child Sorrel. AW will send the rapid review report to the national Panel "
        "by 11 March 2025. The police investigation continues.",
    ]))
    para("CT asked that the Panel be told that the skeletal survey had been completed within 24 hours of "
         "admission, as good practice. This was agreed.")

    item("Partner updates")
    para("Dunmere Council (GM): Ofsted carried out a focused visit to the Front Door on 28 and 29 January 2025. "
         "The letter, published on 4 March 2025, found that children at risk of significant harm were "
         "identified and protected promptly, and named two areas for improvement: the recording of managers' "
         "decisions and the timeliness of return home interviews.")
    para("Integrated Care Board (SA): a new Named GP for safeguarding children, Dr Anouk Bessemer, will start "
         "on 1 April 2025, filling a post that has been vacant since October 2024.")
    para("Fenwold Police (FR): the Child Abuse Investigation Unit will be reorganised into two teams, north "
         "and south, from 1 April 2025, with 14 additional detective posts funded by the force.")
    para("Education (JP): all 61 schools in Dunmere returned their annual safeguarding audit to the local "
         "authority by the deadline of 31 January 2025, for the first time.")

    item("Independent scrutiny report: October to December 2024")
    para("IL presented her scrutiny report for the third quarter of 2024-25. Her survey of practitioners "
         "received 212 replies; 64 per cent said they knew how to escalate a disagreement with another agency, "
         "against a target of 80 per cent. She also observed two child protection conferences and one strategy "
         "discussion.")
    para("IL recommended that the escalation policy (action A24/31) be relaunched with a short guide and a "
         "named escalation lead in each agency. Members agreed, and asked that the relaunch be reported in "
         "the annual report.")

    item("Safeguarding partners' annual report 2024-25")
    para("BA presented the timetable for the annual report. Contributions from agencies are due by 16 May 2025, "
         "the first draft will be circulated by 30 June 2025 and the report will be published by 30 September "
         "2025 after sign-off by the three partners. The Independent Chair's foreword will cover the Child Wren "
         "review.")
    para("Members agreed that the report should include the voice of young people, and asked BA to invite the "
         "Dunmere Youth Council to write one page.")

    item("Partnership budget 2025-26")
    para("GM presented the budget for 2025-26. The partners' contributions will rise by 3 per cent, to a total "
         "of £345,000: Dunmere Council £172,500, the Integrated Care Board £103,500 and Fenwold Police £69,000. "
         "The 2024-25 budget is forecast to end with an underspend of £8,200, which will be carried forward to "
         "pay for the independent reviewer's second phase of work on the thematic review of adolescent "
         "neglect.")
    para("SA noted that the Integrated Care Board's contribution had been agreed by its board on 26 February "
         "2025. FR said the police contribution was subject to confirmation by the Office of the Police and "
         "Crime Commissioner, expected by the end of March.")
    s.append(decision(["The budget for 2025-26 of £345,000 was agreed, subject to the police contribution "
                       "being confirmed in writing (action A25/07)."]))

    item("Multi-agency audit of strategy discussions")
    para("MO presented the audit of 20 strategy discussions held between July and December 2024. Police and "
         "children's social care attended all 20; health attended 13 and education 9. In 6 of the 20 the "
         "record did not say who would tell the child what was happening.")
    para("POM said that health attendance was low because invitations were often sent less than one hour before "
         "the discussion. MO agreed to ask the Front Door to give health at least two hours' notice where "
         "possible.")
    para("The revised neglect strategy, which NS was due to present under this item, was deferred to the "
         "meeting on 5 June 2025 because NS was absent (action A25/08).")

    item("Any other business")
    para("JP raised the rise in permanent exclusions from secondary schools in Skelthorpe: 17 in the autumn term "
         "of 2024, against 9 in the autumn term of 2023. Members asked JP and MO to report on an audit of "
         "exclusions of children known to social care at the next meeting (action A25/10).")
    para("CT reported that Vennick Royal Hospital's new paediatric liaison nurse started on 3 March 2025.")

    item("Date of next meeting")
    para("Thursday 5 June 2025, 13.30, Room G.14, Harbour House, Vennick. The meeting closed at 16.05.")

    s.append(Spacer(1, 6))
    s.append(KeepTogether([
        Paragraph("<b>Action log: actions agreed at this meeting</b>", BODY),
        grid(ACTIONS, [1.6 * cm, 10.4 * cm, 2.0 * cm, 3.0 * cm]),
    ]))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Signed as a true record: Dr Ifeoma Lindqvist, Independent Chair, 5 June 2025", BODY))
    s.append(PageBreak())
    s.append(Paragraph("Appendix: attendance at Executive Group meetings in 2024-25", TITLE))
    s.append(Paragraph("Key: Y attended; D a deputy attended; A apologies, no deputy; - not a member at the time.",
                       BODY))
    s.append(grid(ATTENDANCE, [4.2 * cm, 1.6 * cm, 2.3 * cm, 2.3 * cm, 2.3 * cm, 2.3 * cm, 2.0 * cm],
                  shade_rows=range(2, len(ATTENDANCE), 2)))
    s.append(Spacer(1, 10))
    s.append(Paragraph("The Executive Group is quorate when all three delegated safeguarding partners, or their "
                       "nominated deputies, are present. Every meeting in 2024-25 was quorate. Ruth "
                       "Nakamura-Flynn joined the Executive Group as a standing adviser in November 2024.", BODY))
    return s


def build_minutes():
    doc = SimpleDocTemplate(
        str(MINUTES), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.1 * cm,
        bottomMargin=2.1 * cm, title="Dunmere Safeguarding Children Partnership - Executive Group minutes, "
        "6 March 2025 (FICTIONAL)", author="Dunmere Safeguarding Children Partnership (FICTIONAL)",
        subject="FICTIONAL practice material", creator="eval/dev/dunmere-minutes/build.py")
    doc.build(minutes_story(), canvasmaker=minutes_canvas())


# ---------------------------------------------------------------------------
# Letter
# ---------------------------------------------------------------------------

REF = "DCFW/CSR/2025/0117"


def letter_pages(canvas, doc):
    w, h = A4
    canvas.saveState()
    if doc.page == 1:
        # crest placeholder and department name
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(1.2)
        canvas.circle(2.6 * cm, h - 2.4 * cm, 0.75 * cm)
        canvas.setFont("Helvetica-Bold", 6)
        canvas.setFillColor(NAVY)
        canvas.drawCentredString(2.6 * cm, h - 2.45 * cm, "CREST")
        canvas.setFont("Helvetica-Bold", 13)
        canvas.drawString(3.7 * cm, h - 2.2 * cm, "Department for Children and Family Welfare")
        canvas.setFont("Helvetica", 9.5)
        canvas.drawString(3.7 * cm, h - 2.75 * cm, "Child Safeguarding and Reviews Directorate")
        canvas.setFont("Helvetica", 8.5)
        addr = ["Mercer Court", "40 Pellam Street", "London EX1 0ZZ",
                "www.dcfw.gov.example", "reviews.team@dcfw.gov.example"]
        for i, line in enumerate(addr):
            canvas.drawRightString(w - 2 * cm, h - 1.9 * cm - i * 11, line)
    else:
        canvas.setFont("Helvetica", 8.5)
        canvas.setFillColor(NAVY)
        canvas.drawString(2.5 * cm, h - 1.5 * cm, f"Our reference: {REF}")
        canvas.drawRightString(w - 2.5 * cm, h - 1.5 * cm, f"Page {doc.page}")
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.setFont("Helvetica", 7.5)
    canvas.drawCentredString(w / 2, 1.1 * cm, "FICTIONAL practice material - invented letter written to test scr-qa. "
                             "The department, its officials and the case do not exist.")
    canvas.restoreState()


def LP(text):
    return Paragraph(text, LBODY)


def letter_story():
    s = []
    s.append(Spacer(1, 1.6 * cm))
    meta = Table([
        [Paragraph("Our reference: " + REF, LSMALL), Paragraph("14 February 2025", LRIGHT)],
        [Paragraph("Your reference: DSCP/LCSPR/W", LSMALL), ""],
    ], colWidths=[9 * cm, 7 * cm])
    meta.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(meta)
    s.append(Spacer(1, 12))
    for line in ["To: Dr Ifeoma Lindqvist", "Independent Chair", "Dunmere Safeguarding Children Partnership",
                 "Harbour House", "Vennick", "By email"]:
        s.append(Paragraph(line, LSMALL))
    s.append(Spacer(1, 14))
    s.append(Paragraph("Dear Dr Lindqvist,", LBODY))
    s.append(Paragraph("<b>Local Child Safeguarding Practice Review: Child Wren - timing of publication</b>", LBODY))
    s += [
        LP("Thank you for your notification of 30 January 2025 that the Dunmere Safeguarding Children "
                  "Partnership has completed its local child safeguarding practice review concerning Child Wren and "
                  "intends to publish the final report on 27 March 2025."),
        LP("I want to say first that the Minister's expectation is clear and unchanged: reports of local "
                  "reviews should be published in full, so that the learning is available to everyone who works "
                  "with children, and so that the public can have confidence that agencies are held to account. "
                  "Nothing in this letter should be read as a request to publish less."),
        LP("The timing of publication is a different matter. We understand from Fenwold Police that a man "
                  "has been charged in connection with Wren's injuries and that his trial is listed to begin at "
                  "Vennick Crown Court in June 2025. Where criminal proceedings are under way, publication of a "
                  "review before they conclude can prejudice a fair trial, and in the most serious cases has led "
                  "to a trial being halted. The safeguarding partners, not the Department, decide when to "
                  "publish; but I would ask the partnership to consider carefully whether publication should be "
                  "deferred until the proceedings have concluded."),
        LP("In reaching your decision, I would ask you to:"),
    ]
    for i, t in enumerate([
        "seek the view of the Crown Prosecution Service on the timing of publication, and record it;",
        "take legal advice on the risk of prejudice, including for the period between verdict and sentence;",
        "consider whether the learning can be shared with practitioners in the meantime without identifying "
        "the child or the proceedings; and",
        "keep Wren's family informed of the decision and the reasons for it.",
    ], 1):
        s.append(Paragraph(t, ParagraphStyle("li", parent=LBODY, leftIndent=22, bulletIndent=6, spaceAfter=5),
                           bulletText=f"{i}."))
    s += [
        LP("Whatever date you choose, please send the final report and the proposed publication date to "
                  "the national Child Safeguarding Practice Review Panel and to this Department at least seven "
                  "working days before publication, as the statutory guidance requires. If the report is to be "
                  "published in a different form from the version the Panel has seen, please tell us what has "
                  "changed and why."),
        LP("I should be grateful for a reply setting out the partnership's decision by 7 March 2025. I "
                  "recognise that your Executive Group meets shortly before that date; if the decision cannot be "
                  "taken in time, an interim reply will do."),
        LP("The Panel has told us that it found the review's analysis of information sharing between the "
                  "police and children's services particularly strong, and it may wish to draw on it in its own "
                  "national work once the report is published. I would like to thank you, the reviewer and the "
                  "practitioners who contributed for the care that has clearly gone into it."),
        LP("If it would help to discuss any of this, your case officer in the reviews team is Tamsin "
                  "Greatorex, who can be reached on 020 7946 0381 or at the email address above."),
        LP("Yours sincerely,"),
        Spacer(1, 28),
        Paragraph("<i>E. Vantongeren-Hughes</i>", ParagraphStyle("sig", parent=LBODY, fontName="Times-Italic",
                                                                 fontSize=16, leading=20)),
        Paragraph("<b>Eleanor Vantongeren-Hughes</b>", ParagraphStyle("nm", parent=LBODY, spaceAfter=1)),
        Paragraph("Deputy Director, Child Safeguarding and Reviews", ParagraphStyle("t1", parent=LBODY,
                                                                                    spaceAfter=1)),
        Paragraph("Department for Children and Family Welfare", LBODY),
        Spacer(1, 10),
        Paragraph("cc: Gideon Marchbank, Director of Children's Services, Dunmere Council", LSMALL),
        Paragraph("Seren Alcott, Chief Nurse, Dunmere and Vennick Integrated Care Board", LSMALL),
        Paragraph("Det Supt Faisal Rendell, Head of Public Protection, Fenwold Police", LSMALL),
        Paragraph("Chair, Child Safeguarding Practice Review Panel", LSMALL),
    ]
    return s


def build_letter():
    doc = SimpleDocTemplate(
        str(LETTER), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2.2 * cm,
        bottomMargin=2.2 * cm, title="Letter from the Department for Children and Family Welfare to the Dunmere "
        "Safeguarding Children Partnership, 14 February 2025 (FICTIONAL)",
        author="Department for Children and Family Welfare (FICTIONAL)", subject="FICTIONAL practice material",
        creator="eval/dev/dunmere-minutes/build.py")
    doc.build(letter_story(), onFirstPage=letter_pages, onLaterPages=letter_pages)


def main():
    build_minutes()
    build_letter()
    for p in (MINUTES, LETTER):
        print("wrote", p.name)


if __name__ == "__main__":
    main()
