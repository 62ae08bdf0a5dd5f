# -*- coding: utf-8 -*-
"""Text of the FICTIONAL Ketteridge LCSPR ("Ellis") and its executive summary.

Everything here is invented: the partnership, the places, the agencies, the people and the events.
Markup is reportlab's paragraph mini-language. Footnote markers are written {fn:key}; build.py numbers
them in order of appearance and prints the notes at the foot of the page where the marker lands.
"""

PARTNERSHIP = "Ketteridge Safeguarding Children Partnership"
SHORT_TITLE = "LCSPR: Ellis \u2014 Ketteridge SCP"
FICTION_FOOTER = "FICTIONAL \u2014 practice document for evaluation only; not a real case review"

COVER = {
    "kicker": "Local Child Safeguarding Practice Review",
    "title": "Ellis",
    "subtitle": ("A review of the multi-agency response to a seven-year-old boy who suffered a serious "
                 "head injury in Hallowby in November 2024"),
    "partnership": PARTNERSHIP,
    "reviewer": "Independent reviewer: Simon Tredgold",
    "published": "Published 25 June 2025",
    "version": "Final report \u00b7 Version 1.3 \u00b7 Approved by the safeguarding partners",
    "notice": ("FICTIONAL DOCUMENT. This review, the partnership, the places, the agencies and every person "
               "and event in it are invented. It was written to test a question-answering tool and "
               "describes no real child."),
}

FOREWORD = [
    "Ellis was seven years old when he was admitted to hospital in November 2024 with a serious head "
    "injury. He survived, but he will live with the consequences of what happened to him for the rest of "
    "his life. This review asks how the agencies that knew Ellis and his family, in two local authority "
    "areas, came to see so much of his life and yet understand so little of it.",

    "I want to thank Ellis, who met the reviewer with his foster carer and chose the name used in this "
    "report, and his grandmother, who spoke to the review with great honesty at a very difficult time. I "
    "also thank the practitioners who took part in the learning event, many of whom had known Ellis well "
    "and were deeply affected by what happened to him.",

    "The review is clear that this was not a case in which one agency failed. Information about Ellis was "
    "held in a school safeguarding file that arrived late, in a transfer letter that was logged as "
    "\u2018information only\u2019, in a housing officer\u2019s visit note and in a letter about missed hospital "
    "appointments. None of it was brought together until after Ellis was injured.",

    "The safeguarding partners accepted all seven recommendations on 14 May 2025. The partnership\u2019s "
    "Learning and Improvement Group will monitor the action plan and will report progress to the "
    "partnership executive every six months; the first progress report is due in December 2025. I will "
    "ask for evidence that the changes described in this report have made a difference to children, not "
    "only that the actions have been completed.",
]
FOREWORD_SIGN = ["Dr Anjali Rathmore", "Independent Chair and Scrutineer",
                 "Ketteridge Safeguarding Children Partnership", "June 2025"]

KEY_INTRO = ("Practitioners are identified in this report by role codes. Family members are described by "
             "their relationship to Ellis. Officials named in the report are the independent chair, the "
             "independent reviewer and the chair of the review panel.")

ROLE_KEY = [
    ("BSW1", "Social worker, Brantholme City Council Children\u2019s Social Care"),
    ("DSL2", "Designated safeguarding lead, St Aldhelm\u2019s CE Primary School, Brantholme"),
    ("DSL1", "Designated safeguarding lead (deputy headteacher), Fernlea Primary School"),
    ("CT1", "Class teacher (Year 3), Fernlea Primary School"),
    ("TM1", "Team manager, Children\u2019s Advice Hub"),
    ("SW1", "Social worker, Assessment Team (March to April 2024)"),
    ("TM2", "Team manager, Assessment Team"),
    ("SW2", "Social worker, Assessment Team (October to November 2024)"),
    ("SW3", "Social worker, Children in Care Team (from November 2024)"),
    ("EDT1", "Social worker, Emergency Duty Team"),
    ("FSW1", "Family support worker, Ketteridge Family Help"),
    ("HV1", "Health visitor, 0\u201319 service (transfer-in contact, 2023)"),
    ("HV2", "Health visitor, 0\u201319 service (developmental review, 2024)"),
    ("SN1", "School nurse, 0\u201319 service"),
    ("GP1", "General practitioner, Hallowby Medical Practice"),
    ("GP2", "General practitioner, Hallowby Medical Practice (document review)"),
    ("ED1", "Emergency department doctor, Ketteridge General Hospital (January 2024)"),
    ("ED2", "Emergency medicine registrar, Ketteridge General Hospital (October 2024)"),
    ("PLN1", "Paediatric liaison nurse, Ketteridge General Hospital"),
    ("CP1", "Consultant community paediatrician"),
    ("PC1", "Police constable, Public Protection Unit, Ketteridge Constabulary"),
    ("PC2", "Detective constable, Child Abuse Investigation Team"),
    ("HO1", "Housing officer, Hallowby Homes"),
]
FAMILY_KEY = [
    ("Ellis", "The subject of the review, aged seven"),
    ("Sibling", "Ellis\u2019s half-sister, aged two in November 2024"),
    ("Mother", "Ellis\u2019s mother"),
    ("Mr D", "Ellis\u2019s stepfather and the father of his half-sister"),
    ("Mr F", "Ellis\u2019s birth father"),
    ("MGM", "Ellis\u2019s maternal grandmother"),
]
ABBREVIATIONS = [
    ("CIN", "child in need"), ("ED", "emergency department"), ("EDT", "Emergency Duty Team"),
    ("ICPC", "initial child protection conference"), ("KGH", "Ketteridge General Hospital"),
    ("KSCP", "Ketteridge Safeguarding Children Partnership"),
    ("LCSPR", "Local Child Safeguarding Practice Review"), ("TAF", "Team Around the Family"),
]

FOOTNOTES = {
    "hub": ("The Children\u2019s Advice Hub is Ketteridge\u2019s multi-agency \u2018front door\u2019 for concerns "
            "about children. It replaced the county\u2019s former multi-agency safeguarding hub in April 2022."),
    "tenancy": ("The tenancy with Hallowby Homes began on 14 August 2023. The rent was paid in part by "
                "universal credit."),
    "event": ("The event was held in person at Hallowby Library; two practitioners from Brantholme joined "
              "online."),
    "cpis": ("The national child protection information sharing system flags only children who are subject "
             "to a child protection plan or are looked after. A child in need plan does not create a flag."),
    "weight": ("SN1 recorded a weight of 19.1 kg and a height of 121 cm. Under the school nursing pathway a "
               "weight below the 2nd centile prompts a letter to the GP."),
    "wnb": ("The hospital trust adopted a \u2018was not brought\u2019 policy for children in 2021, but the dietetics "
            "service was still using its adult \u2018did not attend\u2019 letter in 2024."),
    "bolt": ("HO1 described it to the review as a barrel bolt fitted at adult shoulder height."),
    "icpc": ("The only available conference chair was on sick leave; no chair was borrowed from a neighbouring "
             "authority."),
    "solicitor": ("Mr D\u2019s solicitor wrote to the reviewer on 3 March 2025."),
}

# ---- body -------------------------------------------------------------------------------------------
# Each item: ("band", num, title) | ("h", text) | ("sub", text) | ("p", num, text) | ("lead", num, lead, text)
# | ("table1",) | ("pull", text, attribution) | ("chron",) | ("recs",) | other layout markers

SEC1 = [
    ("p", "1.1", "This Local Child Safeguarding Practice Review (LCSPR) was commissioned by the Ketteridge "
     "Safeguarding Children Partnership (KSCP) after a seven-year-old boy, known in this report as Ellis, "
     "suffered a serious head injury at his home in Hallowby on 9 November 2024. Ellis chose the name himself "
     "when he met the reviewer."),
    ("p", "1.2", "At 07.52 hrs on 9 November 2024 Ellis\u2019s mother made a 999 call to say that Ellis would "
     "not wake up. The first ambulance crew arrived at 08.04 hrs and took Ellis to Ketteridge General "
     "Hospital (KGH). Later that morning he was transferred to St Wilfrid\u2019s Children\u2019s Hospital in "
     "Brantholme, where he was found to have a fractured skull and a subdural haematoma. A skeletal survey "
     "found three healing rib fractures of different ages."),
    ("p", "1.3", "Ellis\u2019s stepfather, Mr D, was arrested on 9 November 2024. He was charged on 17 January "
     "2025 with causing grievous bodily harm with intent and with child cruelty. At the time of writing his "
     "trial is listed for September 2025 and Mother remains under investigation. The review has been managed "
     "so as not to prejudice those proceedings, and it does not reach conclusions about how Ellis\u2019s "
     "injuries were caused."),
    ("p", "1.4", "Ketteridge County Council notified the national Child Safeguarding Practice Review Panel of "
     "the incident on 11 November 2024. A rapid review meeting was held on 21 November 2024, and the "
     "safeguarding partners decided that day that the case met the criteria for a local review, because it "
     "raised issues about the transfer of cases between authorities, the response to neglect and the "
     "assessment of a child\u2019s injuries. The national Panel agreed with that decision in a letter dated "
     "10 December 2024."),
    ("p", "1.5", "Ellis spent six weeks in hospital. Since his discharge on 20 December 2024 he has lived with "
     "foster carers. He has a weakness in his left arm and is receiving specialist support with his speech "
     "and memory. His half-sister has lived with her maternal grandmother since 12 November 2024 under an "
     "interim care order."),
    ("p", "1.6", "The purpose of this review is not to apportion blame. It is to identify what the agencies in "
     "Ketteridge and Brantholme can learn about the way they work together, and to make recommendations "
     "that will improve the protection of children in similar circumstances."),
]

SEC2 = [
    ("p", "2.1", "The review covers the period from 1 March 2023, the day before Ellis\u2019s school in "
     "Brantholme made its first referral, to 9 November 2024. Agencies were also asked to summarise any "
     "significant earlier involvement. The terms of reference are summarised here; the full version is "
     "available from the KSCP business unit."),
    ("p", "2.2", "The review was asked to address five key lines of enquiry: how information about Ellis moved "
     "with him from Brantholme to Ketteridge; how agencies recognised and responded to neglect; how injuries "
     "to Ellis were assessed; how agencies understood the role of Mr D in the household; and how Ellis\u2019s "
     "own voice was heard."),
    ("p", "2.3", "The review used a systems-informed methodology. Eleven agencies contributed: ten provided "
     "agency reports and one provided a chronology only (Table 1). The independent reviewer, Simon Tredgold, "
     "is a registered social worker and former head of service with no connection to any agency in "
     "Ketteridge or Brantholme. He was supported by a review panel of senior managers, chaired by Caroline "
     "Whitsey, Designated Nurse for Safeguarding Children at NHS Ketteridge and Wyvern Integrated Care "
     "Board. The panel met five times between January and April 2025."),
    ("table1",),
    ("p", "2.4", "A practitioner learning event was held on 6 February 2025 and was attended by 23 "
     "practitioners and first-line managers from nine agencies.{fn:event} Practitioners were generous with "
     "their time and open about their own practice."),
    ("p", "2.5", "The reviewer met Mother on 12 March 2025 and Ellis\u2019s maternal grandmother on 19 March "
     "2025. Mr D declined to take part.{fn:solicitor} Ellis\u2019s birth father, Mr F, did not respond to two "
     "letters. The reviewer met Ellis on 2 April 2025 at his foster home, with his foster carer and his "
     "social worker (SW3) present; Ellis talked about school and drew a picture of his bedroom."),
    ("p", "2.6", "The review did not have access to the police investigation file. The account of events on "
     "and immediately before 9 November 2024 is therefore limited to what agencies recorded at the time."),
    ("p", "2.7", "Each agency was asked for a chronology of its contact with the family and for a report "
     "analysing its involvement against the key lines of enquiry. The panel quality assured the reports, and "
     "three agencies were asked for further information after the first panel meeting."),
    ("p", "2.8", "The reviewer was not able to speak to BSW1, who had left Brantholme City Council before the "
     "review began, or to ED1, who now works overseas. Their records were detailed, and the review has "
     "relied on them."),
    ("p", "2.9", "The review uses the term \u2018was not brought\u2019 rather than \u2018did not attend\u2019 "
     "when a child misses a health appointment, because a child of seven cannot take himself to one. "
     "Meetings held to decide whether to start a section 47 enquiry are called strategy discussions "
     "throughout, whether they were held in person or by telephone."),
]

TABLE1_TITLE = "Table 1: Agencies that contributed to the review"
TABLE1_HEAD = ("Agency", "Involvement with the family", "Contribution")
TABLE1 = [
    ("Brantholme City Council Children\u2019s Social Care", "Child in need plan, April to August 2023", "Agency report"),
    ("St Aldhelm\u2019s CE Primary School, Brantholme", "Ellis\u2019s school until July 2023", "Agency report"),
    ("Ketteridge County Council Children\u2019s Social Care", "Advice Hub, Assessment Team and EDT; March to April and October to November 2024", "Agency report"),
    ("Ketteridge Family Help", "Early Help plan, May to September 2024", "Agency report"),
    ("Fernlea Primary School, Hallowby", "Ellis\u2019s school from September 2023", "Agency report"),
    ("Ketteridge Community Health NHS Trust", "Health visiting and school nursing (0\u201319 service)", "Agency report"),
    ("Hallowby Medical Practice", "GP to Mother and the children from September 2023", "Agency report"),
    ("Ketteridge and Wyvern Hospitals NHS Trust", "Emergency department, children\u2019s ward, dietetics", "Agency report"),
    ("Ketteridge Constabulary", "Strategy discussions and the October 2024 investigation", "Agency report"),
    ("Hallowby Homes", "Landlord; repair visits to the house", "Agency report"),
    ("Western Shires Ambulance Service", "Emergency response on 9 November 2024", "Chronology only"),
]

SEC3 = [
    ("p", "3.1", "Ellis was born in Brantholme and lived there with Mother until August 2023. At the time of the "
     "incident he was in Year 4 at Fernlea Primary School in Hallowby. Teachers at both his schools describe "
     "a polite, eager boy who loved dinosaurs, drawing and football, and who was often tired and hungry. "
     "His half-sister was born in August 2022."),
    ("p", "3.2", "Mother was 27 at the time of the incident. She has described her own childhood as "
     "unsettled, and she was known to children\u2019s services in Brantholme as a teenager. She told the "
     "reviewer that the family moved to Ketteridge because Mr D had found work there and because she wanted "
     "\u2018a fresh start away from everybody\u2019."),
    ("p", "3.3", "Mr D, the father of Ellis\u2019s half-sister, began living with the family in Brantholme in "
     "January 2023. In Ketteridge he worked night shifts at a distribution warehouse. Agencies knew very "
     "little about him: he did not register with a GP until February 2024, he did not attend any of the "
     "meetings to which he was invited, and none of the practitioners who visited the home recorded a "
     "conversation with him of more than a few minutes."),
    ("p", "3.4", "Mr F, Ellis\u2019s birth father, lives in Brantholme. He had supervised contact with Ellis "
     "until 2021 and has had none since. Ellis\u2019s maternal grandmother lived two streets away from the "
     "family in Brantholme and saw Ellis every week. She told the reviewer that after the move she was "
     "\u2018shut out\u2019, and that she saw Ellis only twice in fourteen months."),
    ("p", "3.5", "The family\u2019s home in Hallowby was a three-bedroom house rented from Hallowby Homes, a "
     "housing association.{fn:tenancy} Ellis had the smallest bedroom, at the back of the house. "
     "Practitioners who visited describe a home that was clean downstairs but sparsely furnished, with few "
     "toys. Mother told the review that money was \u2018always short\u2019 after the move, and that for several "
     "months the family had no working cooker."),
    ("p", "3.6", "The review has considered whether the family\u2019s ethnicity, culture or circumstances "
     "affected the response of agencies. The family are White British and English is their first language. "
     "The review found no evidence that identity shaped practice, but it did find that poverty and the "
     "family\u2019s isolation after the move were not explored by any agency."),
    ("p", "3.7", "Ellis was born at full term and met his early milestones. In 2022, in Brantholme, he had four "
     "teeth removed under general anaesthetic because of extensive decay. His immunisations were up to date "
     "apart from the pre-school booster, which he never received. The review considers that the dental "
     "extraction was an early indicator of neglect that was not recognised as one at the time."),
    ("p", "3.8", "At St Aldhelm\u2019s Ellis was working below the expected standard in reading and writing. "
     "At Fernlea he joined a small phonics group taught by a teaching assistant three mornings a week. He "
     "was not identified as having special educational needs, and his teachers described his behaviour in "
     "class as good."),
    ("p", "3.9", "Mother had been treated for postnatal depression by her GP in Brantholme after the birth of "
     "Ellis\u2019s half-sister. Hallowby Medical Practice continued her prescription, but no practitioner in "
     "Ketteridge asked her how she was coping. She told the reviewer that she \u2018felt invisible\u2019 "
     "after the move and that she did not know anyone in Hallowby."),
    ("p", "3.10", "Ellis\u2019s grandmother told the reviewer that she telephoned Mother most weeks and was "
     "repeatedly told that the children were \u2018fine\u2019. She did not know whom to contact in "
     "Ketteridge, and she did not know that Ellis had been to hospital. In June 2023 she had told BSW1 that "
     "she was worried about Ellis\u2019s weight."),
    ("p", "3.11", "When the reviewer met him, Ellis said that he liked his new school \u2018because of the "
     "breakfast\u2019 and that his favourite adult there was the teaching assistant who ran his phonics "
     "group. He said that he had not told anyone more about his room \u2018because it would get worse\u2019. "
     "He asked the reviewer to make sure that \u2018other kids get their rooms checked\u2019."),
    ("p", "3.12", "Mother told the reviewer that she had been frightened of Mr D \u2018for a long time\u2019 but "
     "had not said so because she thought the children would be taken away. She said that no one had ever "
     "asked her, on her own, whether she felt safe at home. Agency records confirm that in Ketteridge Mother "
     "was seen alone only once, by FSW1 in July 2024, and that domestic abuse was not discussed."),
    ("p", "3.13", "Mother said that Mr D fitted the bolt in the spring of 2024, \u2018after the school "
     "rang\u2019, and that she asked him to take it off before the social worker\u2019s visit in October. The "
     "review cannot test this account, which may be a matter for the criminal proceedings."),
    ("p", "3.14", "Ellis\u2019s grandmother described him as \u2018a lovely, gentle boy who ate like there was no "
     "tomorrow\u2019 when he stayed with her. She has applied for a special guardianship order for "
     "Ellis\u2019s half-sister. The local authority\u2019s plan is for Ellis to remain with his foster "
     "carers, with regular contact with his sister and grandmother."),
]

SIDEBAR_TITLE = "The child\u2019s lived experience"
SIDEBAR = [
    "What was a day like for Ellis? This box draws on what Ellis, his grandmother and his teachers told the "
    "review.",
    "\u2013 Ellis often arrived at school hungry. Breakfast club staff saw him eat extra toast and hide bread "
    "rolls in his book bag to take home.",
    "\u2013 He slept on a mattress on the floor of the back bedroom, often in his school jumper.",
    "\u2013 He told his foster carer that being bolted in his room was \u2018the quiet time\u2019, and that he "
    "passed it by counting the buses from his window.",
    "\u2013 His Year 3 teacher described him as \u2018eager to please and quick to say sorry\u2019.",
    "\u2013 Asked what would have helped, Ellis said: \u2018Someone to come to my room and see.\u2019",
]

SEC4_INTRO = [
    ("p", "A.1", "Table 2 summarises the contacts that the review considers most significant. It is drawn from "
     "the agency chronologies, which together contain 412 entries. Dates are shown in the form in which "
     "each agency recorded them, and some entries are recorded only to the month."),
]
CHRON_TITLE = "Table 2: Summary chronology of key contacts, January 2023 to November 2024"
CHRON_HEAD = ("Date", "Agency", "Event")
CHRON = [
    ("Jan 2023", "Family", "Mr D moves into the family home in Brantholme."),
    ("02/03/2023", "St Aldhelm\u2019s CE Primary", "DSL2 refers Ellis to Brantholme Children\u2019s Social Care: hunger, unwashed clothes, attendance 86%."),
    ("21 March 2023", "Brantholme CSC", "BSW1 completes a child and family assessment; a child in need plan is agreed."),
    ("04/04/2023", "Brantholme CSC", "Child in need plan starts. Mr D is recorded as \u2018a protective factor\u2019."),
    ("16/05/2023", "Brantholme CSC", "First child in need review; school reports better attendance."),
    ("04/07/2023", "Brantholme CSC", "Second child in need review. Mother says the family will move \u2018over the summer\u2019."),
    ("18 Aug 2023", "Family", "Family move to a rented house in Hallowby, Ketteridge."),
    ("31/08/2023", "Brantholme CSC", "Child in need plan closed because the family has moved out of the area."),
    ("05/09/2023", "Brantholme CSC", "Transfer letter emailed to the Ketteridge Children\u2019s Advice Hub."),
    ("07/09/2023", "Children\u2019s Advice Hub", "Letter logged as \u2018information only\u2019; no checks made."),
    ("11 Sept 2023", "Fernlea Primary", "Ellis starts in Year 3."),
    ("26/09/2023", "Hallowby Medical Practice", "Mother, Ellis and his half-sister register as new patients."),
    ("16/10/2023", "Fernlea Primary", "Ellis\u2019s safeguarding file arrives by post from St Aldhelm\u2019s."),
    ("19/10/2023", "0\u201319 service", "HV1 transfer-in home visit for Ellis\u2019s half-sister; universal service."),
    ("Dec 2023", "Hallowby Medical Practice", "Summarised GP record for Ellis arrives from Brantholme; not read by a clinician."),
    ("28/01/2024", "KGH emergency dept", "19.25 hrs: Ellis brought by Mr D with a 3 cm cut to the forehead, \u2018fell from top bunk\u2019. Wound glued; discharged."),
    ("31/01/2024", "KGH", "PLN1 sends routine attendance notifications to the GP and school nursing."),
    ("Feb 2024", "Hallowby Medical Practice", "Mr D registers with the practice."),
    ("12/02/2024", "Fernlea Primary", "DSL1 meets Mother about attendance and hygiene; breakfast club offered."),
    ("06/03/2024", "Fernlea Primary", "Ellis tells CT1 that Mr D locks him in his room \u2018when I\u2019m bad\u2019."),
    ("07/03/2024", "Fernlea Primary", "DSL1 referral to the Children\u2019s Advice Hub (telephone, then written)."),
    ("11/03/2024", "CSC, police, school", "First strategy discussion (TM1, PC1, DSL1). Child and family assessment; no section 47 enquiry."),
    ("14/03/2024", "CSC", "SW1 announced home visit; Ellis seen with Mother."),
    ("22/03/2024", "CSC", "SW1 sees Ellis alone at school."),
    ("26/04/2024", "CSC", "Assessment completed; step-down to Early Help."),
    ("14/05/2024", "Family Help", "FSW1 completes the Early Help assessment with Mother."),
    ("03/06/2024", "0\u201319 service", "SN1 health check at school; weight below the 2nd centile."),
    ("04/06/2024", "Family Help", "First TAF meeting; Mr D invited but absent."),
    ("20/06/2024", "Hallowby Medical Practice", "GP1 sees Ellis and refers him to paediatric dietetics."),
    ("02/07/2024", "Hallowby Homes", "HO1 damp inspection; bolt seen on the outside of Ellis\u2019s bedroom door."),
    ("16/07/2024", "Family Help", "Second TAF meeting; Mr D invited but absent."),
    ("12/08/2024", "KGH dietetics", "Ellis not brought to his first dietetic appointment."),
    ("21/08/2024", "0\u201319 service", "HV2 developmental review of Ellis\u2019s half-sister at home."),
    ("09/09/2024", "KGH dietetics", "Ellis not brought for the second time; discharged to the GP."),
    ("16/09/2024", "Hallowby Medical Practice", "Dietetics discharge letter filed by GP2 without action."),
    ("24/09/2024", "Family Help", "Third TAF meeting cancelled by Mother on the morning of the meeting."),
    ("06/10/2024", "KGH emergency dept", "22.10 hrs: Ellis brought by Mother with a burn to the left hand and a bruised right ear. Admitted overnight."),
    ("07/10/2024", "EDT", "EDT1 passes the hospital referral to the Children\u2019s Advice Hub at 08.30 hrs."),
    ("08/10/2024", "CSC, police, health, school", "Second strategy discussion (TM2, PC2, PLN1, DSL1). Section 47 enquiry; child protection medical by CP1."),
    ("09/10/2024", "CSC", "Ellis discharged home under a safety plan."),
    ("17/10/2024", "CSC", "SW2 unannounced home visit; bedroom seen."),
    ("25/10/2024", "Police", "PC2 records no further action unless new information emerges."),
    ("01/11/2024", "CSC", "SW2 announced home visit; Mr D present."),
    ("9 November 2024", "Ambulance, KGH", "999 call at 07.52 hrs. Ellis admitted with a head injury and transferred to St Wilfrid\u2019s."),
]

SEC5 = [
    ("sub", "Brantholme and the move: March to October 2023"),
    ("p", "4.1", "On 2 March 2023 the designated safeguarding lead at St Aldhelm\u2019s CE Primary School (DSL2) "
     "referred Ellis to Brantholme City Council Children\u2019s Social Care. Ellis had been arriving at school "
     "hungry and in unwashed clothes, and his attendance for the school year was 86%. BSW1 completed a child "
     "and family assessment on 21 March 2023, and Ellis became subject to a child in need plan from 4 April "
     "2023."),
    ("p", "4.2", "Two child in need review meetings were held, on 16 May and 4 July 2023. At the second, "
     "Mother told BSW1 that the family would be moving to Ketteridge \u2018over the summer\u2019. BSW1\u2019s "
     "manager agreed that the plan would close when the family moved and that a transfer letter would be "
     "sent. The plan described Mr D as \u2018a protective factor\u2019 because he was working and had "
     "\u2018brought stability\u2019; BSW1 had met him once."),
    ("p", "4.3", "The family moved to Hallowby on 18 August 2023. Brantholme closed the child in need plan on "
     "31 August 2023 and on 5 September 2023 emailed a transfer letter to the Ketteridge Children\u2019s "
     "Advice Hub.{fn:hub} The letter summarised the concerns about neglect and attached the assessment, "
     "but it did not ask for a transfer-in meeting and did not mention that the school had reported new "
     "concerns in July."),
    ("p", "4.4", "A hub practitioner logged the letter on 7 September 2023 as \u2018information only \u2013 "
     "family not yet known to Ketteridge services\u2019. No checks were made with the school or the GP, and no "
     "one told Fernlea Primary School, where Ellis started in Year 3 on 11 September 2023. The hub received "
     "37 transfer letters that month, and the review was told that logging them as information was usual "
     "practice at the time."),
    ("p", "4.5", "St Aldhelm\u2019s sent Ellis\u2019s safeguarding file to Fernlea by post. It arrived on 16 "
     "October 2023, five weeks after Ellis started. DSL1 read it on 23 October 2023 and added a one-line "
     "note to the school\u2019s electronic record that Ellis had been \u2018CIN in Brantholme \u2013 closed\u2019. "
     "DSL1 did not contact Brantholme or the hub."),
    ("p", "4.6", "Mother registered herself and both children with Hallowby Medical Practice on 26 September "
     "2023. The practice\u2019s new patient check did not identify that Ellis had been on a child in need "
     "plan, because his summarised record from Brantholme did not arrive until December 2023 and was not "
     "read by a clinician."),
    ("p", "4.7", "HV1 made a transfer-in home visit for Ellis\u2019s half-sister on 19 October 2023. HV1 "
     "recorded that the home was \u2018clean but sparse\u2019, that Mr D was present and \u2018polite but "
     "quiet\u2019, and that Ellis was at school. HV1 allocated the family to the universal service. The "
     "health visiting records from Brantholme had not yet been transferred, so HV1 did not know about the "
     "child in need plan."),
    ("sub", "The first hospital attendance: January 2024"),
    ("p", "4.8", "At 19.25 hrs on Sunday 28 January 2024 Mr D brought Ellis to the emergency department at "
     "KGH with a 3 cm cut to his forehead. Mr D said that Ellis had fallen from the top bunk of his bed. ED1 "
     "closed the wound with glue and discharged Ellis at 21.05 hrs, recording \u2018mechanism consistent, no "
     "concerns\u2019 on the department\u2019s safeguarding checklist. The national information sharing system "
     "showed no alert.{fn:cpis}"),
    ("p", "4.9", "PLN1 reviewed the attendance on 31 January 2024 and sent notifications to the GP and the "
     "school nursing service, as is routine for every child who attends the department. Neither service took "
     "any action. Ellis did not have a bunk bed: when SW2 visited in October 2024 he was sleeping on a "
     "mattress on the floor."),
    ("sub", "The school\u2019s referral: February to April 2024"),
    ("p", "4.10", "Ellis\u2019s attendance at Fernlea had fallen to 81% by the February half-term of 2024. DSL1 "
     "met Mother on 12 February 2024. Mother said that Ellis had \u2018a sensitive stomach\u2019 and that "
     "mornings were difficult with a toddler. DSL1 offered Ellis a place at breakfast club, which he then "
     "attended on most school days."),
    ("p", "4.11", "On the afternoon of 6 March 2024 Ellis told his class teacher, CT1, that Mr D \u2018shouts "
     "and locks me in my room when I\u2019m bad\u2019. CT1 recorded this on the school\u2019s system the same "
     "afternoon, and DSL1 telephoned the Children\u2019s Advice Hub at 09.12 hrs the next morning, 7 March "
     "2024, following up with a written referral."),
    ("p", "4.12", "TM1 convened a strategy discussion by telephone on 11 March 2024 with PC1 and DSL1. No "
     "health professional was invited, and the January attendance at the emergency department was not known "
     "to any of the three participants. The discussion concluded that the threshold for a section 47 "
     "enquiry was not met and that SW1 should complete a child and family assessment."),
    ("p", "4.13", "SW1 made an announced home visit on 14 March 2024. Ellis was seen with Mother in the living "
     "room; Mr D was at work. SW1 did not ask to see Ellis\u2019s bedroom. Mother said that the "
     "\u2018locking\u2019 was a misunderstanding and that Ellis was sometimes sent to his room for "
     "\u2018time out\u2019. SW1 saw Ellis alone at school on 22 March 2024, and he said that things were "
     "\u2018better now\u2019."),
    ("p", "4.14", "SW1\u2019s assessment was completed on 26 April 2024. It recorded \u2018no previous involvement "
     "with children\u2019s services\u2019, although the Brantholme transfer letter was on the hub\u2019s system. "
     "It concluded that Ellis was a child in need because of \u2018low-level neglect\u2019 and recommended a "
     "step-down to Early Help. Mr D was not seen during the assessment."),
    ("sub", "Early Help and health: May to September 2024"),
    ("p", "4.15", "FSW1 was allocated on 2 May 2024. FSW1 visited the family six times between May and "
     "September 2024 and convened Team Around the Family (TAF) meetings on 4 June 2024 and 16 July 2024. Mr D "
     "was invited to both and attended neither. The Early Help plan focused on routines, school attendance "
     "and debt, and Mother engaged well with the debt advice."),
    ("p", "4.16", "At DSL1\u2019s request, SN1 carried out a health check at school on 3 June 2024. SN1 found "
     "that Ellis\u2019s weight was below the 2nd centile{fn:weight} and wrote to the GP on 5 June 2024 asking "
     "for a review."),
    ("p", "4.17", "GP1 saw Ellis with Mother on 20 June 2024, confirmed the low weight and referred him to the "
     "paediatric dietetics service at KGH. GP1 did not consider the weight alongside the January injury or "
     "the school\u2019s concerns, and did not tell the school nurse about the referral."),
    ("p", "4.18", "Ellis was not brought to dietetic appointments on 12 August 2024 and 9 September 2024. In "
     "line with the service\u2019s policy at the time, he was discharged back to the GP after the second missed "
     "appointment. The discharge letter, which said that Ellis had \u2018failed to attend\u2019, reached the "
     "practice on 16 September 2024. GP2 reviewed it and filed it without action.{fn:wnb}"),
    ("p", "4.19", "On 2 July 2024 HO1, a housing officer from Hallowby Homes, visited the house to inspect a "
     "report of damp. HO1 saw a bolt on the outside of the door of the back bedroom.{fn:bolt} Mother said it "
     "was there \u2018to keep the little one out of Ellis\u2019s things\u2019. HO1 noted this on the repair "
     "record but did not see it as a safeguarding matter and did not share it. The bolt was not known to "
     "any other agency until Hallowby Homes submitted its report to this review."),
    ("p", "4.20", "HV2 carried out the developmental review of Ellis\u2019s half-sister at home on 21 August "
     "2024. Her speech was delayed and HV2 referred her to speech and language therapy. HV2 noticed that "
     "Ellis, who was at home for the summer holidays, was \u2018very slight for his age\u2019 and mentioned "
     "this to Mother, who said he was \u2018a fussy eater\u2019. HV2 did not know about the dietetic referral "
     "or the school\u2019s concerns."),
    ("sub", "The second hospital attendance and the section 47 enquiry: October 2024"),
    ("p", "4.21", "At 22.10 hrs on 6 October 2024 Mother brought Ellis to the emergency department at KGH "
     "with a burn to the back of his left hand and bruising to his right ear. Mother said he had touched the "
     "oven door and had banged his ear on a door frame earlier in the week. ED2, an emergency medicine "
     "registrar, noted that the ear bruising was not adequately explained and that this was Ellis\u2019s "
     "second attendance in a year. ED2 admitted Ellis to the children\u2019s ward overnight and referred him "
     "to the Emergency Duty Team at 23.48 hrs."),
    ("p", "4.22", "TM2 chaired a second strategy discussion on 8 October 2024 with PC2, PLN1 and DSL1. The GP "
     "and the 0\u201319 service were not invited. It was agreed that the section 47 enquiry would be carried "
     "out jointly with the police and that Ellis would have a child protection medical."),
    ("p", "4.23", "CP1 carried out the medical that afternoon. CP1 concluded that the burn was consistent with "
     "the account given, that the bruising to the ear was \u2018unexplained and of concern\u2019, and that "
     "Ellis\u2019s weight of 18.6 kg was now below the 0.4th centile. CP1 recommended a skeletal survey. It "
     "was not carried out, because Ellis was discharged before it could be arranged, and no one followed "
     "up the recommendation."),
    ("p", "4.24", "Ellis was discharged home on 9 October 2024 under a safety plan agreed between SW2 and "
     "Mother. Under the plan Mr D would not be left alone with the children and Mother would take Ellis to "
     "school each day. Mr D was not party to the plan and no one checked that he had agreed to it."),
    ("p", "4.25", "SW2 made an unannounced home visit on 17 October 2024 and saw Ellis and his half-sister "
     "with Mother. SW2 saw Ellis\u2019s bedroom and recorded that he slept on a mattress on the floor and that "
     "there were \u2018screw holes on the outside of the door\u2019, but did not ask about them. SW2 visited "
     "again, by arrangement, on 1 November 2024. Mr D was present; Mother said he had \u2018just popped "
     "in\u2019."),
    ("p", "4.26", "An initial child protection conference was due to be held on 29 October 2024. It was "
     "rescheduled to 12 November 2024.{fn:icpc} On 25 October 2024 PC2 recorded that the police would take "
     "no further action unless new information emerged, because the medical evidence could not attribute "
     "the bruising to any person. Ellis was injured on 9 November 2024, three days before the rescheduled "
     "conference."),
]

SEC6 = [
    ("p", "5.1", "This section sets out the review\u2019s analysis against the key lines of enquiry. It draws "
     "on the agency reports, the learning event and the conversations with Ellis\u2019s family. Five findings "
     "are identified, and each leads to one or more of the recommendations in section 7."),
    ("lead", "5.2", "The move between authorities.", "The most important missed opportunity came at the "
     "start. The Brantholme transfer letter held the history that every later practitioner in Ketteridge "
     "lacked, and logging it as \u2018information only\u2019 meant that the child in need plan ended at the "
     "county boundary. Brantholme, for its part, closed the plan without a transfer-in meeting, which its own "
     "procedures required for any child on a plan who moved away (Finding 1)."),
    ("lead", "5.3", "School records.", "The five-week delay before the school file reached Fernlea was not "
     "unusual; DSL1 told the learning event that paper files \u2018routinely take a month or more\u2019. When "
     "the file arrived, its significance was lost in a one-line summary."),
    ("lead", "5.4", "Information sharing.", "The school nurse, the GP, the health visitors, the housing "
     "officer and the school each held part of the picture. SN1 knew about Ellis\u2019s weight; GP1 knew about "
     "the dietetic referral; HV2 saw that Ellis was thin; HO1 saw the bolt; DSL1 knew what Ellis had said to "
     "CT1. Nothing brought these together, and neither strategy discussion included a health practitioner "
     "who had known the family over time. As one practitioner put it at the learning event: \u2018Each "
     "agency held a piece of the picture. Nobody held the picture.\u2019 (Finding 2)"),
    ("pull", "\u201cEach agency held a piece of the picture. Nobody held the picture.\u201d",
     "Practitioner at the learning event"),
    ("lead", "5.5", "Neglect.", "Agencies responded to each sign of neglect as a single-agency issue: "
     "attendance as a school matter, weight as a health matter and missed appointments as an administrative "
     "matter. No agency used the county\u2019s neglect screening tool, and the KSCP\u2019s multi-agency neglect "
     "strategy, launched in 2022, was not known to most of the practitioners at the learning event "
     "(Finding 3)."),
    ("lead", "5.6", "Was not brought.", "The dietetics service discharged a seven-year-old after two missed "
     "appointments with a letter that described him as failing to attend. A child who is not brought to "
     "appointments for faltering weight is a child whose needs may be being neglected, and the letter should "
     "have prompted contact with the family and the school."),
    ("lead", "5.7", "Assessing injuries.", "Neither attendance at the emergency department was considered "
     "alongside the other. ED1 accepted an explanation that no one checked; ED2 recognised the concern, but "
     "the strategy discussion that followed did not ask for the January record. The recommendation for a "
     "skeletal survey was lost between the ward, community paediatrics and children\u2019s social care "
     "(Finding 4)."),
    ("lead", "5.8", "Safety planning.", "The safety plan of 9 October 2024 relied on Mr D keeping to "
     "arrangements he had not been asked about. It was not shared with the school or the health visitor, "
     "and SW2\u2019s visit on 1 November, when Mr D was present, was not treated as a breach of the plan."),
    ("lead", "5.9", "The invisible man.", "Mr D was described in Brantholme as \u2018a protective factor\u2019 "
     "on the strength of a single meeting. In Ketteridge no practitioner had a substantial conversation with "
     "him. Practitioners at the learning event said that they had \u2018worked with Mother because Mother was "
     "there\u2019. No agency assessed Mr D\u2019s history, his relationship with Ellis or his role in the "
     "household (Finding 5)."),
    ("lead", "5.10", "Ellis\u2019s voice.", "Ellis told CT1 that he was locked in his room. He told SW1 that "
     "things were better in a conversation at school that lasted eleven minutes. HV2 did not speak to him "
     "at all. Ellis\u2019s words in March 2024 were the clearest disclosure in the case, and the bolt that HO1 "
     "saw in July corroborated them."),
    ("lead", "5.11", "Delay.", "The initial child protection conference was arranged within the required "
     "timescale but was then put back by fourteen days. Had it gone ahead on 29 October 2024, the health, "
     "school and housing information would have been brought together for the first time."),
    ("lead", "5.12", "Organisational context.", "The Assessment Team had a vacancy rate of 38% in October "
     "2024 and SW2 held 27 cases. The hub moved to a new case recording system in September 2023, which the "
     "hub manager told the review contributed to the way transfer letters were handled that month."),
    ("lead", "5.13", "Professional challenge.", "No practitioner used the KSCP escalation procedure during the "
     "period under review. DSL1 told the learning event that she had been \u2018uneasy\u2019 about the "
     "step-down to Early Help in April 2024 but had not felt able to challenge a social work decision."),
    ("lead", "5.14", "Poverty and isolation.", "The move cut the family off from the grandmother who had been "
     "Ellis\u2019s main source of care outside the home. Practitioners noticed the sparse furniture and the "
     "missing cooker, but no agency asked about the family\u2019s income until FSW1 began the debt work in "
     "June 2024."),
]

SEC7 = [
    ("p", "6.1", "The review found examples of good practice. DSL1\u2019s referral in March 2024 was prompt and "
     "clear, and it recorded Ellis\u2019s own words. ED2\u2019s professional curiosity in October 2024 led "
     "directly to the section 47 enquiry. FSW1 built a trusting relationship with Mother and helped the "
     "family to clear rent arrears of \u00a31,140."),
    ("p", "6.2", "The breakfast club at Fernlea gave Ellis a reliable meal on most school days, and staff "
     "noticed and recorded the food he took home. CP1\u2019s report was thorough and clear about what was and "
     "was not explained."),
    ("p", "6.3", "Agencies have already made changes. Since January 2025 the Children\u2019s Advice Hub has held "
     "a transfer-in meeting for every child on a child in need plan who moves into Ketteridge, and in "
     "February 2025 the dietetics service adopted a \u2018was not brought\u2019 procedure for children."),
]

SEC8 = [
    ("p", "7.1", "Ellis\u2019s life in Ketteridge was visible in fragments to practitioners from seven "
     "agencies. The review does not conclude that the injuries of 9 November 2024 could have been predicted. "
     "It does conclude that there were several opportunities to understand Ellis\u2019s daily life, to "
     "recognise the neglect he was experiencing and to ask who was behind the bolted door."),
    ("p", "7.2", "The review makes seven recommendations. The KSCP should seek assurance on progress against "
     "each of them within six months of publication."),
    ("p", "7.3", "Each recommendation below is linked to the finding it addresses. The partnership\u2019s "
     "response, with named leads and timescales, is set out in a separate action plan."),
]
RECS = [
    ("Recommendation 1", "Ketteridge County Council and Brantholme City Council should agree a joint protocol "
     "for the transfer of children on child in need plans, including a transfer-in meeting.", "Finding 1"),
    ("Recommendation 2", "The KSCP should work with schools so that safeguarding files are transferred "
     "electronically within five school days of a child starting.", "Finding 1"),
    ("Recommendation 3", "Strategy discussions should include a health professional with knowledge of the "
     "child and should review every emergency department attendance in the previous 12 months.", "Findings 2 and 4"),
    ("Recommendation 4", "NHS Ketteridge and Wyvern Integrated Care Board should seek assurance that every "
     "health provider applies a \u2018was not brought\u2019 policy to children.", "Finding 3"),
    ("Recommendation 5", "The KSCP should relaunch its neglect strategy and screening tool, with training "
     "for housing providers and their repair staff.", "Finding 3"),
    ("Recommendation 6", "Ketteridge County Council should quality assure safety plans so that every adult "
     "in the household is seen and agrees to the plan.", "Finding 5"),
    ("Recommendation 7", "All partner agencies should ensure that assessments include every adult in the "
     "household, including stepfathers and mothers\u2019 partners.", "Finding 5"),
]

# ---- executive summary ------------------------------------------------------------------------------
ES_TITLE = "Local Child Safeguarding Practice Review: Ellis"
ES_SUBTITLE = "Executive summary"
ES_META = "Ketteridge Safeguarding Children Partnership \u00b7 June 2025"

ES = [
    ("h", "Introduction"),
    ("ES1", "This is the executive summary of a Local Child Safeguarding Practice Review commissioned by the "
     "Ketteridge Safeguarding Children Partnership (KSCP). The full report, written by the independent "
     "reviewer, Simon Tredgold, is published alongside it and should be read for the detail of the case. "
     "This summary is written for practitioners, managers and members of the public who want to understand "
     "the main learning without reading the full report."),
    ("ES2", "Ellis, a seven-year-old boy, was taken to hospital on 9 November 2024 with a fractured skull and "
     "a subdural haematoma. His stepfather, Mr D, has been charged with offences relating to his injuries, "
     "and criminal proceedings are continuing. The review does not comment on how Ellis was injured. Ellis "
     "now lives with foster carers, and his half-sister lives with their grandmother."),
    ("ES3", "The review covered the period from 1 March 2023 to 9 November 2024. Eleven agencies in two "
     "local authority areas contributed. A learning event was attended by 21 practitioners, and the "
     "reviewer spoke to Ellis, his mother and his maternal grandmother. Mr D declined to take part."),
    ("h", "What happened"),
    ("ES4", "Ellis lived with his mother, Mr D and his younger half-sister. Until the summer of 2023 the "
     "family lived in Brantholme, where Ellis was on a child in need plan because of neglect. Everyone who "
     "knew Ellis describes a polite, eager boy who loved dinosaurs and drawing, and who was often hungry "
     "and tired."),
    ("ES5", "The family moved to Ketteridge on 25 August 2023. Brantholme City Council sent a transfer "
     "letter to the Ketteridge Children\u2019s Advice Hub, which logged it for information only. Ellis\u2019s "
     "new school did not receive his safeguarding file for five weeks, and when it arrived its significance "
     "was not recognised. No agency in Ketteridge knew that Ellis had been on a plan."),
    ("ES6", "On 28 January 2024 Ellis was taken to the emergency department at Ketteridge General Hospital "
     "with a cut to his forehead. The explanation given, a fall from a bunk bed, was accepted without "
     "question. The hospital\u2019s routine notification to the GP and the school nursing service led to no "
     "action."),
    ("ES7", "By February 2024 Ellis\u2019s school attendance had fallen to 78%. In March 2024 he told his "
     "teacher that his stepfather locked him in his room. A strategy discussion on 11 March 2024 decided "
     "that a child and family assessment, rather than a section 47 enquiry, was needed. The assessment did "
     "not find the Brantholme history, did not include Mr D and led to a step-down to Early Help in April "
     "2024."),
    ("ES8", "In the summer of 2024 the school nurse found that Ellis was underweight, the GP referred him to "
     "a dietitian and he was twice not brought to his appointments. The dietetics service discharged him "
     "back to the GP with a letter that was filed without action. A housing officer saw a bolt on the "
     "outside of his bedroom door but did not tell anyone."),
    ("ES9", "On 6 October 2024 Ellis was taken to the emergency department with a burn and unexplained "
     "bruising to his ear. A second strategy discussion on 8 October 2024 started a section 47 enquiry. "
     "Ellis went home under a safety plan that Mr D had not agreed to. A child protection conference was "
     "arranged but postponed, and Ellis was injured three days before the new date."),
    ("h", "Findings"),
    ("ES10", "The review makes five findings. They are about systems and the way agencies work together, "
     "not about the mistakes of individual practitioners, many of whom worked hard for Ellis and his "
     "family."),
    ("ES11", "<b>Finding 1.</b> Information about Ellis did not move with him. The transfer between "
     "authorities and between schools lost the history of neglect that Brantholme had assessed, and "
     "neither authority treated the move as a point of risk."),
    ("ES12", "<b>Finding 2.</b> Information was held in fragments. Each agency knew something about Ellis, but "
     "no meeting or record brought it together before the conference that never took place. Health "
     "practitioners who knew the family were not part of either strategy discussion."),
    ("ES13", "<b>Finding 3.</b> Neglect was not recognised as cumulative. Poor attendance, low weight and "
     "missed appointments were treated as separate single-agency issues, and the partnership\u2019s neglect "
     "tools were not used."),
    ("ES14", "<b>Finding 4.</b> Injuries were not considered together. The two hospital attendances were never "
     "looked at side by side, and a recommended skeletal survey was not carried out."),
    ("ES15", "<b>Finding 5.</b> Mr D was invisible to services. No agency assessed him, although he was "
     "present in the household throughout the period under review, and practitioners worked with Mother "
     "because she was the parent who was there."),
    ("h", "Good practice and changes already made"),
    ("ES16", "The school\u2019s referral in March 2024 was clear and recorded Ellis\u2019s own words, and the "
     "emergency medicine registrar who saw Ellis in October 2024 showed real professional curiosity. The "
     "family support worker built a good relationship with Mother and helped the family to manage their "
     "debts."),
    ("ES17", "Since January 2025 the Children\u2019s Advice Hub has held a transfer-in meeting for every child "
     "on a child in need plan who moves into the county, and the hospital\u2019s dietetics service now "
     "follows a \u2018was not brought\u2019 procedure."),
    ("h", "Recommendations"),
    ("ES18", "The review makes seven recommendations, which the safeguarding partners accepted on 14 May "
     "2025. In summary:"),
    ("recs",),
    ("ES19", "The KSCP Learning and Improvement Group will monitor the action plan and report to the "
     "partnership executive every six months. The partnership will also ask practitioners, and where "
     "possible children and families, whether the changes have made a difference."),
    ("ES20", "The full report and this summary are published on the KSCP website. Questions about the review "
     "should be sent to the KSCP business unit, County Hall, Hallowby."),
]
ES_RECS = [
    "Ketteridge and Brantholme should agree a joint protocol for transferring children on child in need "
    "plans, including a transfer-in meeting.",
    "School safeguarding files should be transferred electronically and promptly when a child changes school.",
    "Every strategy discussion should include a health professional who knows the child and should review "
    "past emergency department attendances.",
    "Every health provider should apply a \u2018was not brought\u2019 policy to children.",
    "The neglect strategy and screening tool should be relaunched, including for housing providers.",
    "Safety plans should be quality assured so that every adult in the household is seen and agrees to them.",
    "Assessments should include every adult in the household, including stepfathers.",
]
