# -*- coding: utf-8 -*-
"""Text of the FICTIONAL Ormsby and Teme Valley Extended Child Practice Review (Baby Elis).

Everything here is invented: the board, the councils, the health board, the police force,
the places, the people and the events.  Footnote markers are written {fn:key}.
"""

BOARD = "Ormsby and Teme Valley Regional Safeguarding Board"
BOARD_SHORT = "Ormsby and Teme Valley RSB"
TITLE = "Extended Child Practice Review"
CHILD = "Baby Elis"
REF = "OTVRSB/ECPR/2022-04"
FOOT_LEFT = "FICTIONAL \u2014 practice document"
FOOT_MID = "Extended Child Practice Review: Baby Elis"

SEC1 = "Brief outline of circumstances resulting in the review"
SEC2 = "Practice and organisational learning"
SEC3 = "Improving systems and practice"
SEC4 = "Statement by the reviewers"
SEC5 = "Statement by the chair of the review panel"
SEC6 = "Appendix: agencies and panel membership"

COVER = {
    "kicker": "Child Practice Review Report",
    "title": ["Extended Child", "Practice Review"],
    "child": "Baby Elis",
    "sub": ["Report of the review into the death of a four-month-old",
            "infant at his home in Caerwenlli, Ormsby, in July 2022"],
    "facts": [
        ("Review reference", REF),
        ("Lead reviewer", "Dr Carys Wenlock-Price"),
        ("Review panel chair", "Nerys Tallon-Evans"),
        ("Approved by the Board", "12 July 2023"),
        ("Published", "October 2023"),
    ],
    "notice": "FICTIONAL \u2014 practice document. All names, places, agencies and events are invented.",
}

# Role codes for the glossary grid (code, role, agency)
ROLES = [
    ("MW1", "Community midwife", "Afon Teme UHB, Teme Valley"),
    ("MW2", "Midwife, postnatal ward", "Teme Valley General Hospital"),
    ("HV1", "Health visitor, Pennant Teme team", "Afon Teme UHB"),
    ("HV2", "Health visitor, Caerwenlli team", "Afon Teme UHB"),
    ("GP1", "General practitioner, Pennant Road Surgery", "Primary care"),
    ("GP2", "General practitioner, Caerwenlli Medical Practice", "Primary care"),
    ("ED1", "Triage nurse, emergency department", "Ormsby Royal Infirmary"),
    ("ED2", "Emergency medicine registrar", "Ormsby Royal Infirmary"),
    ("PAED1", "Consultant paediatrician", "Ormsby Royal Infirmary"),
    ("PAED2", "Designated paediatrician for child deaths", "Afon Teme UHB"),
    ("NN1", "Named nurse for safeguarding children", "Ormsby Royal Infirmary"),
    ("SW1", "Social worker, Information, Advice and Assistance", "Teme Valley CBC"),
    ("SW2", "Social worker, Information, Advice and Assistance", "Ormsby County Council"),
    ("SW3", "Social worker, Children's Assessment Team", "Ormsby County Council"),
    ("TM1", "Team manager, Children's Assessment Team", "Ormsby County Council"),
    ("TM2", "Team manager, Information, Advice and Assistance", "Ormsby County Council"),
    ("CPC1", "Independent child protection conference chair", "Ormsby County Council"),
    ("PA1", "Personal adviser, Leaving Care Team", "Teme Valley CBC"),
    ("DAW1", "Drug and alcohol worker", "Teme Valley Drug and Alcohol Service"),
    ("PC1", "Police constable, Teme Valley response team", "Teme and Marches Police"),
    ("PC2", "Police constable, Ormsby response team", "Teme and Marches Police"),
    ("DS1", "Detective sergeant, Public Protection Unit", "Teme and Marches Police"),
    ("DS2", "Detective sergeant, Child Abuse Investigation Team", "Teme and Marches Police"),
    ("DI1", "Detective inspector, senior investigating officer", "Teme and Marches Police"),
]

ABBREVIATIONS = [
    ("CBC", "County Borough Council"),
    ("DASH", "Domestic abuse risk identification checklist"),
    ("IAA", "Information, Advice and Assistance service"),
    ("ICPC", "Initial child protection conference"),
    ("OSMP", "Ormsby Substance Misuse Partnership"),
    ("ORI", "Ormsby Royal Infirmary"),
    ("PPN", "Public Protection Notice"),
    ("SUDI", "Sudden unexpected death in infancy"),
    ("TVDAS", "Teme Valley Drug and Alcohol Service"),
    ("UHB", "University Health Board"),
]

FOOTNOTES = {
    "guidance": "The review follows the Welsh Government statutory guidance on child practice reviews "
                "and the Board's template for extended reviews, in which paragraphs are numbered "
                "straight through the report.",
    "dash": "DASH is the domestic abuse, stalking, harassment and honour based violence risk "
            "identification checklist completed by officers who attend domestic incidents.",
    "ppn": "A PPN is the form used by Teme and Marches Police to share concerns about vulnerable "
           "people. The force aims to share every PPN involving a child with the relevant IAA "
           "service within 24 hours.",
    "hcwp": "The Healthy Child Wales Programme sets out the universal contacts offered to every "
            "family by health visitors from the antenatal period until the child starts school.",
    "leaflet": "\u2018Sleep Safe, Sleep Sound\u2019, Afon Teme University Health Board, edition 4, March 2021.",
    "transfer": "Afon Teme University Health Board, Transfer of Health Visiting Records Standard, "
                "version 2.1, issued in 2020 and not revised after the 2022 team changes.",
    "part3": "An assessment under Part 3 of the Social Services and Well-being (Wales) Act 2014 of "
             "whether a child has needs for care and support that the local authority must meet.",
    "category": "Physical abuse was also considered by the conference as a category of registration "
                "but was not agreed.",
    "cwtsh": "Cwtsh Baby Bank is a charity based in Caerwenlli that supplies cots, prams and other "
             "nursery equipment to families referred by practitioners.",
    "sudi": "The joint agency response was led by DI1 as senior investigating officer, with PAED2, "
            "the designated paediatrician for child deaths. A home visit by DI1 and PAED2 took "
            "place at 11:15 the same morning.",
    "sudidata": "Board data show that nine infants died suddenly and unexpectedly in the region "
                "between 2019 and 2022. In six of those deaths the infant was sharing a sofa or bed "
                "with an adult who had used alcohol or drugs.",
    "contacts": "Contacts counted are home visits, clinic and surgery appointments, telephone calls "
                "with a parent, emergency department attendances and police attendances. "
                "Meetings between professionals are not included.",
}

VOICE1 = ("Voice of the child", "What was life like for Elis?", [
    "Elis lived in three homes in his eighteen weeks: the flat in Pennant Teme, his paternal "
    "grandmother's house and the flat in Heol Gwenallt.",
    "He was bottle-fed from his second week. His mother remembers that he liked to be held "
    "upright over a shoulder after a feed and that he settled best to music.",
    "Practitioners who saw him describe a baby who was clean, alert and growing well. Elis could "
    "not tell anyone where he slept or who fed him at night. The adults around him had to ask.",
])

VOICE2 = ("Voice of the child", "Where did Elis sleep?", [
    "In a Moses basket lent by his maternal grandmother, until he outgrew it in June.",
    "On the sofa, propped on a V-shaped pillow, on the day HV2 first visited.",
    "In a cot from the Cwtsh Baby Bank, from 1 July 2022.",
    "On his father's chest, on the sofa, on the night he died.",
])

PULL = ("\u201cNobody ever asked his dad where Elis slept when I was at work.\u201d",
        "Ms R, Elis's mother, speaking to the reviewers")

# Chronology: date | time | agency | what happened
CHRONO = [
    ("02.09.2021", "\u2013", "Midwifery", "Antenatal booking with MW1 at 11 weeks. Ms R discloses past cannabis use; Mr D said to use cannabis daily."),
    ("06.10.2021", "\u2013", "Midwifery", "MW1 discusses the family with the health board's named midwife."),
    ("20.10.2021", "\u2013", "Midwifery", "Referral by MW1 to Teme Valley IAA: parental cannabis use and history of Sibling A."),
    ("27.10.2021", "14:20", "Teme Valley CBC", "SW1 telephones Ms R. Outcome recorded as \u201cinformation and advice\u201d. Contact closed 03.11.2021."),
    ("18.12.2021", "23:52", "Police", "First call-out: neighbour reports shouting at the Pennant Teme flat. PC1 attends; DASH graded standard. PPN reaches Teme Valley IAA 20.12.2021."),
    ("04.01.2022", "\u2013", "Leaving care", "PA1 holds pathway plan review with Mr D; pregnancy discussed."),
    ("03.02.2022", "10:00", "Health visiting", "HV1 antenatal home visit at 33 weeks. Safe sleep discussed; no cot yet. Mr D not seen."),
    ("23.02.2022", "\u2013", "TVDAS", "Mr D attends the only one of three appointments offered by DAW1."),
    ("14.03.2022", "06:37", "Maternity", "Elis born at Teme Valley General Hospital, weight 2,840 g."),
    ("15.03.2022", "\u2013", "Maternity", "MW2 completes postnatal safer sleep checklist with Ms R. Discharged home 16.03.2022."),
    ("29.03.2022", "\u2013", "Health visiting", "HV1 new birth visit. Family plan to move to Ormsby. Family Resilience Assessment: Enhanced."),
    ("11.04.2022", "\u2013", "Family", "Family move to the paternal grandmother's house in Caerwenlli."),
    ("21.04.2022", "\u2013", "Health visiting", "HV1 sends transfer record to the former Ormsby East team inbox."),
    ("02.05.2022", "04:10", "ORI emergency dept", "First ED attendance: cough and fast breathing. Triage by ED1. Mild bronchiolitis; discharged 07:35."),
    ("07.05.2022", "02:14", "Police", "Second call-out, at the paternal grandmother's house. PC2 attends; Mr D intoxicated. DASH graded medium; PPN submitted."),
    ("09.05.2022", "\u2013", "Health visiting", "Caerwenlli team receives transfer record after HV1 re-sends it."),
    ("10.05.2022", "11:30", "Ormsby CC / Police", "Strategy discussion 1 (telephone): TM2, SW2, DS1. No health input. Care and support assessment agreed; no section 47 enquiries."),
    ("12.05.2022", "\u2013", "GP", "GP2 completes eight-week check and first immunisations."),
    ("17.05.2022", "\u2013", "Ormsby CC", "SW2 announced home visit. Elis seen asleep in Moses basket."),
    ("24.05.2022", "\u2013", "Health visiting", "HV2 primary visit. Weight 4.72 kg. Elis seen asleep on sofa, propped on a V-shaped pillow."),
    ("30.05.2022", "\u2013", "Housing", "Tenancy of the Heol Gwenallt flat begins."),
    ("08.06.2022", "\u2013", "Ormsby CC", "SW2 completes assessment: no eligible needs. Closure authorised by TM2 09.06.2022."),
    ("19.06.2022", "11:40", "ORI emergency dept", "Second ED attendance: 2 cm bruise to left forehead; Mr D says Elis rolled off the sofa. ED2 refers to PAED1 and to Ormsby IAA (13:05)."),
    ("19.06.2022", "15:20", "Paediatrics", "Child protection medical by PAED1. Non-accidental injury not excluded. Elis admitted."),
    ("20.06.2022", "14:30", "Multi-agency", "Strategy discussion 2 at ORI, chaired by TM1. Section 47 enquiries and safety plan agreed. Skeletal survey and CT head normal."),
    ("21.06.2022", "\u2013", "Paediatrics", "Elis discharged with Ms R to the paternal grandmother's house."),
    ("28.06.2022", "\u2013", "Ormsby CC", "SW3 unannounced visit: no reply."),
    ("30.06.2022", "\u2013", "Ormsby CC", "SW3 home visit. Elis seen with Ms R."),
    ("07.07.2022", "10:00", "Ormsby CC", "Initial child protection conference chaired by CPC1. Name placed on Child Protection Register (neglect)."),
    ("09.07.2022", "\u2013", "Family", "Ms R texts SW3: she and Elis have returned to the Heol Gwenallt flat."),
    ("12.07.2022", "\u2013", "Health visiting", "HV2 home visit. Weight 6.10 kg. Mr D asleep on sofa. Safe sleep advice to Ms R."),
    ("14.07.2022", "\u2013", "Ormsby CC", "SW3 statutory visit. Elis seen asleep in cot. Referral to OSMP made 15.07.2022."),
    ("19.07.2022", "13:00", "Multi-agency", "First core group meeting (MS Teams). Mr D does not attend; GP not invited."),
    ("23.07.2022", "06:51", "Ambulance", "999 call: Elis found unresponsive on the sofa. Paramedics arrive 06:58."),
    ("23.07.2022", "07:41", "ORI emergency dept", "Death confirmed. Joint agency response begins."),
]

CHRONO_HEAD = ("Date", "Time", "Agency", "What happened")
CHRONO_TITLE = "Table 1: Summary timeline of key events"
CHRONO_NOTE = ("Times are given where the agency record states them. The full chronology merged from "
               "eleven agency chronologies was available to the panel.")

AGENCIES = [
    ("Afon Teme University Health Board", "Community and hospital midwifery", "Chronology and reflective report", "3"),
    ("Afon Teme University Health Board", "Health visiting (Pennant Teme and Caerwenlli teams)", "Chronology and reflective report", "3"),
    ("Ormsby Royal Infirmary", "Emergency department, paediatrics, safeguarding team", "Chronology and reflective report", "4"),
    ("Caerwenlli Medical Practice", "General practice", "Chronology and reflective report", "1"),
    ("Pennant Road Surgery", "General practice", "Chronology only", "None"),
    ("Teme Valley County Borough Council", "IAA service, Leaving Care Team", "Chronology and reflective report", "3"),
    ("Ormsby County Council", "IAA service, Children's Assessment Team, conference chair", "Chronology and reflective report", "5"),
    ("Teme and Marches Police", "Response officers, Public Protection Unit, CAIT", "Chronology and reflective report", "2"),
    ("Cambrian Ambulance Service NHS Trust", "Emergency response on 23 July 2022", "Summary of involvement", "None"),
    ("Teme Valley Drug and Alcohol Service", "Adult substance misuse service", "Chronology only", "1"),
    ("Ormsby Community Housing", "Tenancy of the Heol Gwenallt flat", "Summary of involvement", "1"),
]

PANEL = [
    ("Head of Safeguarding (chair)", "Afon Teme University Health Board"),
    ("Designated nurse for safeguarding children", "Afon Teme University Health Board"),
    ("Named GP for safeguarding", "Afon Teme University Health Board"),
    ("Head of children's services", "Ormsby County Council"),
    ("Principal social worker", "Teme Valley County Borough Council"),
    ("Detective chief inspector, public protection", "Teme and Marches Police"),
    ("Service manager, adult substance misuse", "Ormsby Substance Misuse Partnership"),
    ("Board business manager (adviser to the panel)", "Ormsby and Teme Valley Regional Safeguarding Board"),
]
PANEL_NOTE = ("Panel members had no direct involvement with the family. The lead reviewer and the "
              "co-reviewer attended every panel meeting. The Board's business unit provided "
              "administrative support and kept the action log.")

DECL_REVIEWERS = (
    "Before our involvement with this review we:",
    ["had not been directly concerned with the child or the family, and had not given "
     "professional advice on the case;",
     "had no immediate line management of the practitioners involved;",
     "had the appropriate qualifications, knowledge, experience and training to carry out the "
     "review.",
     "We carried out the review in a fair and objective way."],
)
DECL_CHAIR = (
    "As chair of the review panel I confirm that:",
    ["the panel included the agencies that worked with the family;",
     "I chaired the panel in a fair and objective way and had no involvement with the family;",
     "the reviewers were given access to the records and practitioners they asked for."],
)

# The report flow.  ("span", title) = section heading across both columns at the top of a page;
# ("seccol", title) = template section heading inside a column; ("h", text) = sub-heading in a
# column; ("p", text) = numbered paragraph; ("voice", box) = tinted box at the top of the next
# right column; ("pull", quote) = pull quote across both columns in the middle of the next page;
# ("table",) = the chronology; ("sign", lines) = unnumbered signature block in a column.
FLOW = [
    ("span", SEC1),
    ("h", "Introduction"),
    ("p", "This Extended Child Practice Review was commissioned by the Ormsby and Teme Valley "
          "Regional Safeguarding Board (the Board) following the death of a four-month-old boy, who is "
          "referred to in this report as Baby Elis, a name chosen by his mother. Elis died at the "
          "family's flat in Caerwenlli on 23 July 2022. He had been sharing a sofa with his father, "
          "who had been drinking, when he was found unresponsive."),
    ("p", "The review was undertaken in line with the statutory guidance for child practice reviews "
          "in Wales{fn:guidance}. The criteria for an extended review were met because Elis died, "
          "abuse or neglect was suspected, and his name had been placed on the Child Protection "
          "Register sixteen days before his death."),
    ("p", "The Case Review Group of the Board considered the referral on 15 September 2022 and "
          "recommended an extended review. The Chair of the Board, Ifor Blakemore-Jones, endorsed "
          "the recommendation on 22 September 2022. The review panel was chaired by Nerys "
          "Tallon-Evans, Head of Safeguarding for Afon Teme University Health Board, and met five "
          "times between November 2022 and June 2023."),
    ("p", "The lead reviewer was Dr Carys Wenlock-Price, an independent social work consultant with "
          "no connection to any agency in the region. She was supported by a co-reviewer, Alun "
          "Maddox-Reece, Safeguarding Manager for Teme Valley County Borough Council, who had no line "
          "management responsibility for any of the practitioners involved."),
    ("p", "The period under review runs from 2 September 2021, when Ms R booked with the community "
          "midwife, to 23 July 2022, the date of Elis's death. Agencies were also asked to summarise "
          "any relevant history before that period, in particular about an older half-sibling."),
    ("h", "The family"),
    ("voice", VOICE1),
    ("p", "Elis was born on 14 March 2022 at Teme Valley General Hospital at 38 weeks and four days' "
          "gestation, weighing 2,840 grams. He was his parents' first child together. His mother, "
          "Ms R, was 21 at the time of his birth. His father, Mr D, was 18 and turned 19 in June 2022, "
          "seven weeks before Elis died."),
    ("p", "Ms R has an older child, referred to as Sibling A, who has lived with the maternal "
          "grandmother under a special guardianship order since November 2020. That order followed "
          "care proceedings in which neglect linked to Ms R's use of alcohol was the main concern. "
          "Ms R was then 19."),
    ("p", "Mr D was looked after by Teme Valley County Borough Council from the age of 13 and had been "
          "supported as a care leaver since his eighteenth birthday. His personal adviser (PA1) had "
          "known him for two years. He had a caution for possession of cannabis and had been known "
          "to the youth justice service until he was 17."),
    ("p", "The family lived in a privately rented flat in Pennant Teme until 11 April 2022, when they "
          "moved to the home of the paternal grandmother in Caerwenlli, in Ormsby. On 30 May 2022 they "
          "took the tenancy of a one-bedroom flat in Heol Gwenallt, Caerwenlli, let by Ormsby "
          "Community Housing. Elis and his mother stayed with the paternal grandmother again for a "
          "period after his second hospital attendance."),
    ("p", "Ms R describes Elis as a \u201csmiley, noisy baby who loved his bath\u201d. Practitioners "
          "who saw him describe a well-presented, alert infant who was gaining weight. No "
          "practitioner recorded any concern about his development."),
    ("h", "How the review was carried out"),
    ("p", "Eleven agencies provided chronologies and reflective reports. The reviewers read the "
          "records, met the review panel and held a learning event for practitioners on 8 February "
          "2023 in Caerwenlli. The learning event was attended by 23 practitioners and managers. A "
          "separate conversation was held with the two police constables, who could not attend."),
    ("p", "Ms R met the reviewers on 21 March 2023 at her mother's home and later read a draft of this "
          "report. She wanted practitioners to know that \u201cnobody ever asked his dad where Elis "
          "slept when I was at work\u201d. Mr D was invited by letter on three occasions to contribute "
          "and declined. The paternal grandmother contributed by telephone."),
    ("p", "The review does not seek to apportion blame. Its purpose is to identify learning and to "
          "consider how practice and systems can be improved. The criminal investigation into Elis's "
          "death ended when the Crown Prosecution Service advised on 2 March 2023 that no charges "
          "would be brought. The inquest had not concluded when this report was approved."),
    ("p", "The key lines of enquiry in the terms of reference were: the response to the father's "
          "substance misuse; the transfer of health visiting between areas; the use made of "
          "information from police call-outs; the strategy discussions; and the safe sleep advice "
          "given to the family. The terms of reference were agreed by the panel on 3 November 2022."),
    ("table",),
    ("h", "The antenatal period"),
    ("p", "At the antenatal booking appointment on 2 September 2021, Ms R told MW1 that she had used "
          "cannabis before the pregnancy but had stopped. She said Mr D smoked cannabis \u201cevery day, "
          "but outside\u201d. Routine enquiry about domestic abuse was made while Mr D was in the room, "
          "and no concerns were disclosed. MW1 recorded the special guardianship order for Sibling A. Ms R was offered the "
          "smoking cessation service, which she declined."),
    ("p", "MW1 discussed the family with the health board's named midwife on 6 October 2021 and "
          "submitted a referral to the Teme Valley Information, Advice and Assistance (IAA) service on "
          "20 October 2021. She also wrote to GP1 at the Pennant Road Surgery. The referral described "
          "parental cannabis use and the history of Sibling A, but did not mention Mr D's status as a "
          "care leaver, which MW1 did not know. The named midwife had advised a referral because of "
          "the combination of cannabis use and the earlier proceedings."),
    ("p", "SW1 telephoned Ms R on 27 October 2021. Ms R said she was no longer using cannabis and that "
          "Mr D was \u201ccutting down\u201d. SW1 gave information about the Teme Valley Drug and Alcohol "
          "Service (TVDAS) and closed the contact on 3 November 2021 as information and advice. SW1's "
          "manager agreed the outcome the same day. The records of the care proceedings about "
          "Sibling A were not read, and no contact was made "
          "with Mr D or with his personal adviser."),
    ("p", "At 23:52 on 18 December 2021 a neighbour called the police to report shouting from the flat "
          "in Pennant Teme. PC1 attended and found the couple arguing about money; Ms R was 26 weeks "
          "pregnant. No offences were disclosed. PC1 noted that the flat smelt of cannabis, but no "
          "drugs were found. PC1 completed a DASH risk assessment{fn:dash}, graded "
          "standard, and a Public Protection Notice (PPN){fn:ppn}, which reached the Teme Valley IAA "
          "on 20 December 2021. Because the earlier contact had been closed, a letter was sent to "
          "Ms R and no further action was taken."),
    ("p", "PA1 met Mr D for a pathway plan review on 4 January 2022. Mr D spoke about becoming a "
          "father and agreed to seek help with his cannabis use, and he referred himself to TVDAS on "
          "2 February 2022. DAW1 offered three appointments. Mr D attended one, on 23 February 2022, "
          "and was discharged on 6 April 2022 after missing the other two and not answering two "
          "letters. PA1 was not told of the discharge."),
    ("p", "HV1 made an antenatal home visit on 3 February 2022, when Ms R was 33 weeks pregnant, as "
          "part of the Healthy Child Wales Programme{fn:hcwp}. HV1 discussed safe sleep, noted that "
          "the couple had no cot yet and gave Ms R the health board's safe sleep leaflet{fn:leaflet}. "
          "Mr D was asleep in the bedroom and was not seen. HV1 planned to look at the sleeping "
          "arrangements again at the new birth visit."),
    ("h", "Birth and the move to Ormsby"),
    ("p", "Elis's birth was uncomplicated. On 15 March 2022 MW2 went through the postnatal safer "
          "sleep checklist with Ms R, who signed it. Mr D had gone home by then, and the checklist was "
          "not discussed with him. The checklist has 12 questions, one of which asks where the baby "
          "will be put down if a parent feels sleepy while feeding at night; Ms R answered "
          "\u201cin his Moses basket\u201d. Mother and baby were discharged on 16 March 2022."),
    ("p", "HV1 completed the new birth visit on 29 March 2022 at the Pennant Teme flat. Elis was "
          "sleeping in a Moses basket lent by the maternal grandmother. Ms R told HV1 that the family "
          "planned to move to Caerwenlli to be near the paternal grandmother. HV1 used the Family "
          "Resilience Assessment and placed the family at the Enhanced level of the programme "
          "because of the history of substance misuse."),
    ("p", "The family moved to the paternal grandmother's house in Caerwenlli when Elis was four "
          "weeks old, after the landlord of the Pennant Teme flat gave notice on 1 April 2022. Ms R registered herself and Elis with the Caerwenlli Medical Practice on "
          "13 April 2022 and gave her new address to the practice, but not to the maternity or "
          "health visiting services."),
    ("h", "Transfer of health visiting"),
    ("p", "HV1 sent the transfer record on 21 April 2022 to the email address listed for the Ormsby "
          "East health visiting team. That team had been merged into the Caerwenlli team in January "
          "2022 and its inbox was no longer monitored. The health board's standard{fn:transfer} "
          "requires the receiving team to confirm receipt within five working days. No confirmation "
          "came and the sending team did not follow it up for two weeks."),
    ("p", "On 3 May 2022 the paediatric liaison service notified HV1 of Elis's first emergency "
          "department attendance, because the hospital system still held the Pennant Teme address. "
          "HV1 telephoned the Caerwenlli team on 6 May 2022 and re-sent the record, which was "
          "received on 9 May 2022, 18 days after it was first sent. HV2 was allocated on 16 May 2022."),
    ("h", "First emergency department attendance"),
    ("p", "Ms R and Mr D brought Elis to the emergency department of Ormsby Royal Infirmary by taxi "
          "at 04:10 on 2 May 2022, when he was seven weeks old. He had a cough and was breathing "
          "fast. He was diagnosed with mild bronchiolitis and discharged home at 07:35 with advice. The "
          "attendance record listed the Pennant Teme address and named Ms R as the only parent. "
          "The triage nurse, ED1, recorded that Mr D \u201csmelt strongly of cannabis\u201d and that both "
          "parents appeared exhausted."),
    ("p", "ED1's observation about Mr D was not shared with anyone. The department's safeguarding "
          "checklist for infants under one was completed and scored zero, because it asked only "
          "about injuries and previous attendances. Staff did not check whether Elis was known to "
          "children's services."),
    ("h", "Second police call-out and first strategy discussion"),
    ("p", "At 02:14 on 7 May 2022 the paternal grandmother called the police because Mr D, who had "
          "been drinking, was shouting at Ms R while holding Elis. Officers arrived at 02:31. PC2 made sure that Elis "
          "had been put down in his Moses basket and persuaded Mr D to spend the night at a friend's "
          "house. PC2 graded the DASH risk assessment as medium and submitted a PPN the same day. It "
          "was received by the Ormsby IAA on 9 May 2022."),
    ("p", "The first strategy discussion was held by telephone at 11:30 on 10 May 2022. It was chaired "
          "by TM2, the IAA team manager, with SW2 and DS1 from the Public Protection Unit. No health "
          "practitioner took part: the health visiting system showed no allocated health visitor in "
          "Ormsby, and the midwifery and emergency department records were not sought. DS1 reported the "
          "May call-out only: the force system held the December 2021 call-out under Ms R's previous "
          "surname, and it was not found. The "
          "discussion concluded that the threshold for section 47 enquiries was not met and that "
          "SW2 should complete a care and support assessment{fn:part3}."),
    ("p", "GP2 completed Elis's eight-week check and first immunisations on 12 May 2022 at the "
          "Caerwenlli Medical Practice. Ms R attended alone and said that Mr D was \u201cnot around "
          "much\u201d. GP2 had no information about the police call-out."),
    ("h", "Two home visits in May"),
    ("p", "SW2 made an announced home visit on 17 May 2022. Elis was asleep in his Moses basket in "
          "the living room. Both parents described the call-out as a one-off and said that Mr D had "
          "stopped drinking. SW2 advised Mr D to go back to TVDAS, not knowing that the service "
          "accepted only Teme Valley residents. The visit lasted 35 minutes, and SW2 did not see "
          "where Elis slept at night."),
    ("p", "HV2's first home visit, the primary contact, took place a week later, on 24 May 2022. "
          "Elis weighed 4.72 kg. HV2 found him asleep on the sofa, propped on a V-shaped pillow, and "
          "gave safe sleep advice to Ms R. Mr D was out. HV2 did not know about the police call-out "
          "or the strategy discussion, and SW2 did not know that a health visitor had visited."),
    ("p", "SW2 completed the care and support assessment on 8 June 2022, concluding that Elis had no "
          "eligible needs for care and support. TM2 authorised closure on 9 June 2022. The "
          "assessment included no information from health visiting, the GP or the leaving care "
          "team, and it recorded the paternal grandmother's address although the family had moved "
          "into their own flat on 30 May 2022."),
    ("h", "Second emergency department attendance and strategy discussion"),
    ("p", "On Sunday 19 June 2022 Mr D brought Elis to the emergency department at 11.40 hrs with a "
          "2 cm bruise on the left side of his forehead. He said Elis had rolled off the sofa onto a "
          "laminate floor while he was in the kitchen. Ms R was at work. ED2, the emergency medicine "
          "registrar, recognised that a bruise on a baby who was not yet mobile needed a child "
          "protection response and referred Elis to PAED1."),
    ("p", "ED2 telephoned the Ormsby IAA at 13.05 hrs and followed the call with a written referral. "
          "PAED1 completed a child protection medical at 15.20 hrs. Her opinion was that the bruise "
          "could have been caused as described but that an inflicted injury could not be excluded. "
          "Elis was admitted to the children's ward. A skeletal survey and a CT scan of his head on "
          "20 June 2022 were normal."),
    ("p", "The second strategy discussion took place in person at Ormsby Royal Infirmary at "
          "14.30 hrs on 20 June 2022. It was chaired by TM1, manager of the Children's Assessment "
          "Team, with SW3, DS2, PAED1, HV2 and the hospital's named nurse for safeguarding (NN1). It "
          "agreed joint section 47 enquiries and a safety plan under which Elis and Ms R would stay "
          "with the paternal grandmother and Mr D would not care for Elis unsupervised."),
    ("p", "This was the first time that health, police and children's services information had been "
          "brought together. Even so, the first emergency department attendance, ED1's note about "
          "cannabis and the December 2021 call-out were not known to those present. Elis was "
          "discharged with his mother to the paternal grandmother's home on 21 June 2022."),
    ("h", "Conference and the final weeks"),
    ("p", "SW3 made an unannounced visit to the paternal grandmother's house on 28 June 2022 but there "
          "was no reply. She visited again on 30 June 2022 and saw Elis with Ms R. On 1 July 2022 a "
          "cot was delivered by the Cwtsh Baby Bank{fn:cwtsh}, a charity that SW3 had contacted."),
    ("p", "The initial child protection conference was held on 7 July 2022 and chaired by CPC1, an "
          "independent conference chair. Eight professionals attended with Ms R and the paternal grandmother; Mr D stayed for the "
          "first twenty minutes. Elis's name was placed on the Child Protection Register "
          "under the category of neglect{fn:category}. The plan required safe sleep arrangements, "
          "Mr D's engagement with substance misuse services and no unsupervised care by Mr D when "
          "he had been drinking or using cannabis. The safety plan agreed on 20 June 2022 was not "
          "formally ended."),
    ("p", "On 9 July 2022 Ms R sent SW3 a text message to say that she and Elis had gone home to the "
          "flat in Heol Gwenallt. SW3 replied on 11 July 2022 and did not discuss the change with "
          "her manager."),
    ("p", "HV2 visited the flat on 12 July 2022. Elis weighed 6.10 kg and was well. Mr D was asleep "
          "on the sofa at 11:00, under a duvet with pillows around him. HV2 repeated safe sleep "
          "advice to Ms R and recorded that \u201cdad sleeps on the sofa as the bedroom is small\u201d. "
          "Nobody discussed safe sleep with Mr D himself."),
    ("p", "SW3 made a statutory home visit two days later, on 14 July 2022, and saw Elis asleep in his "
          "cot. Mr D said that he had cut down to \u201ca bit of weed at night\u201d and agreed to a "
          "referral to the Ormsby Substance Misuse Partnership (OSMP), which SW3 made the next day. "
          "Ms R said she had started three evening shifts a week at a supermarket and that Mr D "
          "would look after Elis on those evenings."),
    ("p", "The first core group meeting took place on MS Teams on 19 July 2022. SW3, HV2 and Ms R "
          "attended; Mr D did not. The GP practice was not invited. The core group noted Ms R's new "
          "working pattern but did not consider what it meant for the requirement that Mr D should "
          "not care for Elis alone when he had been using substances."),
    ("h", "Elis's death"),
    ("p", "On the evening of 22 July 2022 Mr D went out with friends while Ms R was at work. She "
          "returned home at about 22:30 and went to bed with Elis in his cot beside her. Mr D came "
          "home at about 01:20. When Elis woke at about 03:00, Mr D took him into the living room "
          "to feed him and fell asleep on the sofa with Elis lying on his chest."),
    ("p", "Ms R found Elis unresponsive, wedged between Mr D and the back of the sofa, at 06:48 on "
          "23 July 2022 and called 999. Paramedics took Elis to Ormsby Royal Infirmary, where his "
          "death was confirmed. He was 131 days old. A joint agency response for sudden unexpected "
          "death in infancy{fn:sudi} followed. Mr D told police that he had drunk about six cans of "
          "lager and smoked cannabis during the evening. He was arrested at 08:40 on suspicion of "
          "child neglect and released under investigation the same evening."),

    # ---------------------------------------------------------------- section 2
    ("seccol", SEC2),
    ("p", "The panel and the reviewers identified five learning themes. Each is set out below with "
          "the finding that supports it. Examples of good practice are described at the end of this "
          "section. The themes were tested with practitioners at the learning event and with the "
          "panel at its fourth meeting, on 19 April 2023."),
    ("h", "Learning theme 1: seeing the father"),
    ("p", "Mr D was 18, a care leaver and a daily cannabis user when Elis was born. He was present, "
          "in the background, at many contacts, yet no health practitioner, and only one social "
          "worker, spoke with him directly about his use of substances or about how he cared for "
          "Elis. Assessments described him through Ms R's account. The only recorded conversation "
          "with him about cannabis by children's services was SW3's, on 14 July 2022, nine days "
          "before Elis died."),
    ("p", "Practitioners at the learning event spoke about young fathers as \u201chard to reach\u201d. "
          "The review found instead that Mr D was rarely asked. Of 27 recorded contacts{fn:contacts} "
          "with the family by health and children's services, Mr D was spoken to directly in six. Two practitioners said they had felt uncomfortable "
          "raising drinking with Mr D while his mother was in the room. One said: \u201cYou work "
          "with the person who opens the door.\u201d"),
    ("p", "The practitioner who knew Mr D best was his personal adviser. PA1 was not told of the "
          "pregnancy referral, the police call-outs, the strategy discussions or the conference, "
          "and was not invited to the core group. His status as a care leaver was not recorded in "
          "any health record. PA1 told the reviewers that Mr D had talked about wanting to be "
          "\u201ca better dad than mine\u201d, and that PA1 would have encouraged him to attend the "
          "conference."),
    ("p", "Finding 1. Fathers, and particularly young fathers, were not routinely included in "
          "assessments, safe sleep advice or plans, and information held by leaving care services "
          "was not sought."),
    ("h", "Learning theme 2: moving between areas"),
    ("p", "The move across a local authority boundary when Elis was four weeks old should have been "
          "simple, because both areas are served by the same health board. In practice it took 18 "
          "days for the health visiting record to arrive and a further seven days for HV2 to be "
          "allocated. In that period Elis attended the emergency department and the police were "
          "called to the home. The notification of the first attendance went to the old area, "
          "and the second PPN went to an IAA service that had no record of the family."),
    ("p", "The transfer process relied on an email address that was no longer monitored. The "
          "transfer standard had not been updated after the reorganisation of the Ormsby teams in "
          "January 2022, and the sending health visitor had no prompt to check that the record had "
          "arrived. In 2022 the health board moved about 1,900 health visiting records between its "
          "teams. Its audit in March 2023 found 41 records sent to inboxes that were no longer "
          "in use."),
    ("pull", PULL),
    ("p", "Teme Valley IAA did not share the December 2021 PPN or its closed contact with Ormsby, "
          "because neither service knew that the family had moved. The two IAA services use "
          "separate case management systems, and searches are not made across the boundary as a "
          "matter of course. The Ormsby IAA found the Teme Valley record of the October 2021 referral "
          "only on 24 July 2022, the day after Elis died."),
    ("p", "Finding 2. Moves between areas in the first weeks of life created gaps in universal and "
          "specialist services, and there was no reliable way of confirming that records had been "
          "received."),
    ("h", "Learning theme 3: information sharing and strategy discussions"),
    ("p", "Both strategy discussions were held promptly. The first, however, was held by telephone "
          "without health, contrary to the regional expectation that health will take part in every "
          "strategy discussion about a child under one. Had health been present, the emergency "
          "department attendance eight days earlier and ED1's note would have been available. The "
          "Board's strategy discussion protocol of 2021 also says that a discussion about a baby "
          "should be held in person or by video wherever possible."),
    ("p", "Information about the family was held in at least six separate agency records: "
          "midwifery, health visiting, the emergency department, the police, children's services "
          "and the leaving care team. No single practitioner saw the whole picture. The December 2021 call-out was not known to "
          "the conference on 7 July 2022."),
    ("p", "The IAA practice of treating a closed contact as \u201chistoric\u201d meant that the PPN of "
          "20 December 2021 was filed rather than considered alongside the referral of October 2021. Managers "
          "told the review that the label was used to decide which records to read first when "
          "demand was high. In May 2022 the Ormsby IAA received 1,240 contacts."),
    ("p", "Finding 3. Strategy discussions about infants did not consistently include health, and "
          "agencies did not search each other's records across the regional boundary."),
    ("h", "Learning theme 4: safe sleep and the sofa"),
    ("voice", VOICE2),
    ("p", "Safe sleep advice was given to the family at least four times: by HV1 before the birth, by "
          "MW2 on the postnatal ward and by HV2 on 24 May and 12 July 2022. Each time it was given "
          "to Ms R. It was given in general terms and did not address the particular risks in this "
          "family: a parent who had been drinking or using cannabis, a sofa used as a bed and a tired "
          "parent feeding at night. The leaflet given to the family is clear about the dangers of "
          "sofas, but it was given to Ms R alone and was not referred to again."),
    ("p", "The sofa appeared in the records on three occasions: Elis asleep on it on 24 May 2022, "
          "the account that he rolled off it on 19 June 2022, and Mr D asleep on it on 12 July 2022. "
          "These observations were made by different practitioners and were never linked{fn:sudidata}."),
    ("p", "Ms R's new working pattern, known to SW3 on 14 July 2022 and noted at the core group, meant "
          "that Mr D would be caring for Elis alone in the evenings and at night. This was the "
          "situation in which the safeguards in the plan were most needed, and it was not "
          "recognised. SW3 told the review that she had understood the plan to apply only when "
          "Mr D was \u201cunder the influence\u201d, and that she had no way of checking this in "
          "the evenings."),
    ("p", "Finding 4. Safe sleep advice was generic, was given to mothers rather than to both "
          "parents, and was not revisited when circumstances changed."),
    ("h", "Learning theme 5: history and cumulative risk"),
    ("p", "The history of Sibling A was known to MW1 and included in the referral of October 2021, but "
          "neither IAA service read the records of the earlier proceedings. The conference was told "
          "of the special guardianship order but not of the reasons for it. The court papers, "
          "which described the neglect of Sibling A as a baby, were on the Teme Valley system."),
    ("p", "Each incident was assessed as it arose: a referral, a call-out, an attendance. No agency "
          "put them together until 20 June 2022, by which time there had been two police call-outs, "
          "two emergency department attendances and a bruise to a baby who could not yet roll. Practitioners at the learning event called "
          "this \u201cstart-again syndrome\u201d: each new worker started from the incident in front of "
          "them."),
    ("p", "Finding 5. The significance of previous history, and of a pattern of incidents, was "
          "under-estimated by every agency."),
    ("h", "Good practice"),
    ("p", "The review found examples of good practice. MW1 recognised the risks early and made a "
          "timely referral. ED2 responded immediately and correctly to a bruise on a non-mobile baby. "
          "PC2 acted calmly and effectively on 7 May 2022 and made sure that Elis was safe that night. "
          "The paternal grandmother's decision to call the police that night was also protective."),
    ("p", "SW3 visited promptly, obtained a cot for the family through a charity and made the referral "
          "to OSMP within a day of Mr D agreeing to it. HV2 attended the second strategy discussion "
          "at short notice and contributed fully."),

    # ---------------------------------------------------------------- section 3
    ("seccol", SEC3),
    ("p", "The Board is asked to accept the following eight recommendations. It will monitor them "
          "through its Practice Review Sub-group, which will report on progress after six months and "
          "again after twelve months. The action plan names a lead agency and a target date for "
          "each recommendation."),
    ("p", "Recommendation 1. The Board should ensure that all agencies adopt a \u201cthink father\u201d "
          "approach, so that fathers and male carers are identified, seen and included in "
          "assessments, plans and safe sleep conversations."),
    ("p", "Recommendation 2. Afon Teme University Health Board should revise its transfer standard so "
          "that the receiving team confirms receipt of a record within two working days and the "
          "sending health visitor escalates if receipt is not confirmed."),
    ("p", "Recommendation 3. Ormsby County Council and Teme Valley County Borough Council should agree "
          "a protocol for cross-boundary searches by their IAA services for every referral about an "
          "unborn baby or a child under one."),
    ("p", "Recommendation 4. The Board should audit strategy discussions about children under one to "
          "test whether health took part, and report the findings within six months."),
    ("p", "Recommendation 5. The emergency department safeguarding checklist for infants should be "
          "revised to include the presentation of the adults with the child, including signs of "
          "substance use, and a check of whether the child is known to children's services."),
    ("p", "Recommendation 6. All agencies should adopt the regional \u201cEvery Parent, Every Sleep\u201d "
          "approach, so that safe sleep risks are discussed with both parents and reviewed whenever "
          "circumstances change, including at every core group meeting."),
    ("p", "Recommendation 7. Leaving care services should be told, with the young person's consent "
          "wherever possible, when a care leaver is to become a parent, and personal advisers "
          "should be invited to strategy discussions, conferences and core groups."),
    ("p", "Recommendation 8. Conference chairs should ensure that any safety plan agreed at a strategy "
          "discussion is either ended or built into the child protection plan, and that any change "
          "in the household is reported to the core group."),

    # ---------------------------------------------------------------- sections 4 and 5
    ("seccol", SEC4),
    ("p", "We have had access to all the relevant records and to the practitioners involved, and we "
          "have no connection with the family or with the operational management of the agencies. "
          "The analysis and the recommendations are our own. We signed this statement on 28 June 2023."),
    ("p", "We thank Ms R and the paternal grandmother for their contribution, and the practitioners who "
          "spoke openly at the learning event about their work with Elis and his family."),
    ("decl", "Statement of independence from the case", DECL_REVIEWERS,
     [("Lead reviewer", "Dr Carys Wenlock-Price", "28 June 2023"),
      ("Co-reviewer", "Alun Maddox-Reece", "28 June 2023")]),
    ("seccol", SEC5),
    ("p", "I am satisfied that the review was carried out in line with its terms of reference and the "
          "statutory guidance, and that the panel was able to challenge the reviewers' analysis. I "
          "signed this statement on 30 June 2023."),
    ("p", "The Board accepted the report and all eight recommendations at its meeting on 12 July 2023. "
          "The Board's action plan will be published with this report."),
    ("decl", "Statement by the chair of the panel", DECL_CHAIR,
     [("Panel chair", "Nerys Tallon-Evans", "30 June 2023")]),
    ("spanmid", SEC6),
    ("grid", "Table 2: Agencies that contributed to the review",
     ("Agency", "Services involved with the family", "Information provided", "At learning event"),
     (150, 150, 125, 82), AGENCIES),
    ("grid", "Table 3: Membership of the review panel",
     ("Member", "Organisation"), (220, 287), PANEL),
    ("note", PANEL_NOTE),
]

# ------------------------------------------------------------------ 7 minute briefing
BRIEF_TITLE = "7 minute briefing"
BRIEF_SUB = "Learning from the Extended Child Practice Review about Baby Elis"
BRIEF_BOXES = [
    ("1", "Background", [
        "Baby Elis died on 23 July 2022, aged four months, after his father fell asleep with him on a "
        "sofa after drinking. His name had been on the Child Protection Register since 7 July 2022.",
        "Elis was born on 14 March 2022 at Teme Valley General Hospital. His parents were 21 and 19. "
        "His father was a care leaver who used cannabis daily, and his mother's older child lives "
        "with the maternal grandmother under a special guardianship order.",
        "The family moved from Pennant Teme to Caerwenlli on 12 April 2022 and into their own flat "
        "at the end of May.",
    ]),
    ("2", "Why it matters", [
        "Sudden unexpected deaths of infants sharing a sofa or bed with an adult who has used alcohol "
        "or drugs are preventable. Nine infants died suddenly and unexpectedly in the region between "
        "2019 and 2022; six were sharing a sofa or bed with such an adult.",
        "The risk is greatest when an adult falls asleep with a baby on a sofa or armchair, after "
        "drinking or using drugs, or when the baby is small or was born early.",
        "Young fathers are often present in the home but unseen by services.",
    ]),
    ("3", "What happened", [
        "In the 18 weeks of Elis's life there were two police call-outs, two emergency department "
        "attendances and two strategy discussions. The first strategy discussion had no health input.",
        "After the move, the health visiting record took 21 days to reach the new team.",
        "A bruise to Elis's forehead on 19 June 2022 led to child protection enquiries and a "
        "conference. The plan said that Mr D should not care for Elis alone after using substances. "
        "It was not revisited when his mother started evening shifts.",
    ]),
    ("4", "What we learned", [
        "Seeing the father: Mr D was spoken to directly in six of 27 contacts.",
        "Moving between areas: records and referrals did not follow the family.",
        "Information sharing: the agencies' information was not brought together until June 2022.",
        "Safe sleep: advice was general and was given only to the mother.",
        "History: the reasons for the older child's special guardianship order were never explored.",
        "The review heard from 25 practitioners at a learning event in February 2023.",
    ]),
    ("5", "What the Board is doing", [
        "The Board accepted all eight recommendations. Records moving between health visiting teams "
        "will be confirmed within two working days. IAA services will search across the boundary "
        "for every referral about an unborn baby or a child under one.",
        "The emergency department checklist for infants will ask about the adults with the baby.",
        "All agencies will use the \u201cEvery Parent, Every Sleep\u201d approach.",
        "An audit of strategy discussions about children under one will report in spring 2024.",
    ]),
    ("6", "What you should do", [
        "Think father: find out who cares for the baby at night, and speak to them.",
        "Talk about safe sleep with both parents, and again whenever anything changes: a new home, "
        "a new job, a new partner, alcohol or drugs.",
        "Always invite health to a strategy discussion about a baby.",
        "When a baby attends the emergency department, check whether the child is known to "
        "children's services.",
        "If there is a safety plan, make sure everyone knows when it ends.",
    ]),
    ("7", "Questions for practitioners", [
        "Who looks after the baby when the parent you usually see is out?",
        "Where does the baby sleep, and where do the adults sleep?",
        "Have you checked whether the family has moved from another area?",
        "When did you last speak directly to the father?",
        "What would you do if a parent holding a baby smelt of cannabis or alcohol?",
        "Who else knows this family: a personal adviser, a drug and alcohol worker, a housing officer?",
    ]),
]
BRIEF_FOOT = ("Produced by the Board's Learning and Development Sub-group, November 2023. Read the "
              "full report on the Board's website and discuss this briefing at your next team meeting: "
              "take seven minutes to go through the boxes, agree one change to your own practice and "
              "record it in your supervision notes.")
