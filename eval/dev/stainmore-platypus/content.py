"""Text of the FICTIONAL Colwarden and Askerby "Child W" review and its executive summary.

Everything here is invented: Colwarden, Askerby, the partnership, Child W, the family, the
practitioners and the agencies. Used by build.py.

Story items for the review body (tuples):
  ("SECTION", template, runhead)   start a new page with the given page template
  ("H1", text)                     numbered section heading (in the full-width intro frame)
  ("STAND", text)                  standfirst paragraph (unnumbered)
  ("BREAK",)                       frame break (leave the intro frame)
  ("H2", text)                     unnumbered sub-heading
  ("P", num, text)                 numbered paragraph, number run in bold
  ("L", letter, text)              lettered sub-point inside the preceding numbered paragraph
  ("FN", n, text)                  footnote anchor (drawn at the foot of the page it lands on)
  ("PQ", text, who)                pull quote
  ("TABLE",)                       the table of agencies
  ("TEMPLATE", name)               next page template
  ("PAGEBREAK",)
"""

PARTNERSHIP = "Colwarden and Askerby Safeguarding Children Partnership"
TITLE = "Local Child Safeguarding Practice Review: Child W"

# ---------------------------------------------------------------------------------------------
# Sidebars (drawn in the narrow side column of the page template named as the key)
# Each is a list of ("KF", title, [lines]) key-fact panels, ("PP", title, text) practice point
# boxes and ("MN", text) margin notes.
# ---------------------------------------------------------------------------------------------
SIDEBARS = {
    "intro_1": [
        ("KF", "Key facts", [
            "Child W born: 9 March 2022",
            "Age when injured: 22 months",
            "Review period: 1 March 2022 to 14 January 2024",
            "Agencies that gave information: 11",
            "Practitioners at the learning event: 23",
        ]),
        ("MN", "Margin note: the review uses role codes for practitioners. A key to the codes is on page iii."),
        ("PP", "Practice point", "Read this review alongside the executive summary, which the Partnership "
               "has published separately for practitioners and the public."),
    ],
    "intro_3": [
        ("KF", "The household", [
            "Ms K \u2013 mother, aged 24 in 2022",
            "Mr T \u2013 Ms K\u2019s partner from August 2022",
            "Mr W \u2013 Child W\u2019s father, separated May 2022",
            "Sibling E \u2013 half-sister, born 2017",
        ]),
        ("MN", "Margin note: Flat 6, Garrow Court, Askerby was the family home for the whole review period."),
        ("PP", "Practice point", "When a police domestic abuse notification names a baby, the health "
               "visitor should see the baby face to face, not only speak to the parent by telephone."),
    ],
    "split_3": [
        ("PP", "Practice point", "Bruising to the ear is a recognised warning sign of inflicted injury in "
               "a young child. Ask who was present, check what is already known, and record the answer."),
        ("MN", "Margin note: CP-IS is the national Child Protection Information Sharing system. "
               "See footnote 4."),
        ("KF", "Emergency department, 3 April 2023", [
            "Arrived: 14.20 hrs",
            "Seen by REG1: 16.05 hrs",
            "Discharged: 17.40 hrs",
            "Liaison note to health visitors: 5 April 2023",
        ]),
    ],
    "intro_5": [
        ("KF", "Five findings", [
            "1 The man in the household",
            "2 Skeletal survey",
            "3 Unallocated weeks",
            "4 Step-down without checks",
            "5 Information that stayed put",
        ]),
        ("PP", "Practice point", "Professional curiosity means asking the second question: who else "
               "lives here, who looks after the baby, and who else visits?"),
        ("MN", "Margin note: the findings draw on the learning event held on 11 July 2024."),
    ],
    "intro_7": [
        ("KF", "Recommendations at a glance", [
            "Eight recommendations",
            "Addressed to the Partnership and its three statutory partners",
            "Progress report due to the Partnership board in January 2026",
        ]),
        ("PP", "Practice point", "Step-down from a child in need plan should never rest on a parent\u2019s "
               "account alone."),
    ],
}

FRONT_CONTENTS = [
    ("Foreword and key to role codes", "iii"),
    ("1 Introduction", "1"),
    ("2 How the review was carried out", "2"),
    ("3 Key episodes", "3"),
    ("4 Agency involvement", "8"),
    ("5 Analysis and findings", "10"),
    ("6 Good practice", "13"),
    ("7 Recommendations", "13"),
]

FOREWORD = [
    "This review was commissioned by the Colwarden and Askerby Safeguarding Children Partnership after "
    "Child W, a boy aged 22 months, suffered serious and lasting injuries in January 2024. The three statutory "
    "partners \u2013 Colwarden Council, the Northfell Police and the Tarnside Integrated Care Board \u2013 accepted "
    "the report at the Partnership executive meeting on 12 March 2025.",
    "We thank Child W\u2019s father and paternal grandmother, who met the reviewer, and the practitioners who "
    "spoke openly about their work with the family. The review was written by an independent lead reviewer, "
    "Carys Penhale-Ward, supported by a panel of senior managers from the agencies involved.",
]

ROLE_CODES = [
    ("SW1", "Social worker, Colwarden Council, June to September 2023"),
    ("SW2", "Social worker, Colwarden Council, from October 2023"),
    ("TM1", "Team manager, Askerby Child in Need Team"),
    ("MASH1", "Social worker in the Front Door (multi-agency safeguarding hub)"),
    ("HV1", "Health visitor, Fellbridge Community Health NHS Trust, to January 2023"),
    ("HV2", "Health visitor, Fellbridge Community Health NHS Trust, from February 2023"),
    ("GP1", "General practitioner, Moorgate Lane Surgery"),
    ("REG1", "Paediatric registrar, Colwarden Royal Infirmary"),
    ("CP1", "Consultant paediatrician who carried out the child protection medical"),
    ("NP1", "Nursery practitioner and key person, Little Wrens Nursery"),
    ("PC1", "Police constable, Northfell Police"),
    ("DS1", "Detective sergeant, Northfell Police child abuse investigation unit"),
    ("HO1", "Housing officer, Colwarden Homes"),
    ("FW1", "Family support worker, Askerby Family Hub"),
]

AGENCIES = [
    ("Colwarden Council Children\u2019s Services",
     "Front Door screening of the police notification; section 47 enquiries; child in need plan; step-down to early help",
     "MASH1, SW1, SW2, TM1"),
    ("Fellbridge Community Health NHS Trust (health visiting)",
     "New birth visit; targeted contact after the police notification; 12-month review; child in need meetings",
     "HV1, HV2"),
    ("Moorgate Lane Surgery",
     "Ms K\u2019s perinatal mental health; Child W\u2019s immunisations and minor illnesses",
     "GP1"),
    ("Colwarden Royal Infirmary",
     "Emergency department attendance in April 2023; child protection medical in June 2023; admission in January 2024",
     "REG1, CP1"),
    ("St Aldhelm\u2019s Children\u2019s Hospital",
     "Paediatric intensive care after the injuries of January 2024",
     "\u2013"),
    ("Northfell Police",
     "Domestic abuse incident in November 2022; joint enquiries in June 2023; criminal investigation in 2024",
     "PC1, DS1"),
    ("Little Wrens Nursery",
     "Child W attended three days a week from May 2023; made the referral of 26 June 2023",
     "NP1"),
    ("Colwarden Homes",
     "Landlord of Flat 6, Garrow Court; rent arrears and a notice seeking possession",
     "HO1"),
    ("Askerby Family Hub",
     "Early help offered after the step-down decision of December 2023",
     "FW1"),
    ("Holmcroft Primary School",
     "School of Sibling E; attendance and welfare information",
     "Designated safeguarding lead"),
    ("Pathways Recovery Service",
     "Adult alcohol service; Mr T attended two appointments in 2021, before the review period",
     "\u2013"),
]

# ---------------------------------------------------------------------------------------------
# The review body
# ---------------------------------------------------------------------------------------------
BODY = [
    ("SECTION", "intro_1", "1 Introduction"),
    ("H1", "1 Introduction"),
    ("STAND", "On the evening of Saturday 13 January 2024 an ambulance took Child W, then 22 months old, from "
              "his home in Askerby to the Colwarden Royal Infirmary. He had suffered a serious head injury and "
              "older fractures. This review asks what the agencies knew about him in the months before, and "
              "what should change."),
    ("BREAK",),
    ("P", "1.1", "At 19.52 hrs on 13 January 2024 Mr T, the partner of Child W\u2019s mother, called 999 to say "
                 "that Child W was floppy and would not wake. The ambulance crew arrived at 20.03 hrs and Child W "
                 "reached the emergency department at 20.31 hrs. Scans showed bleeding over the surface of the "
                 "brain and bleeding at the back of both eyes. A skeletal survey the next day found three healing "
                 "rib fractures and a healed fracture of the left forearm."),
    ("P", "1.2", "Child W was transferred to the paediatric intensive care unit of St Aldhelm\u2019s Children\u2019s "
                 "Hospital, leaving Colwarden at 02.15 hrs on 14 January 2024. He survived, but he has a lasting "
                 "brain injury. He now lives with foster carers, and the plan is for him to live with his "
                 "paternal grandmother."),
    ("P", "1.3", "Mr T was arrested on 14 January 2024. On 3 October 2024, at Colwarden Crown Court, he was "
                 "convicted of causing grievous bodily harm with intent, and on 8 November 2024 he was sentenced "
                 "to nine years\u2019 imprisonment. Ms K, Child W\u2019s mother, was also arrested; she was released "
                 "without charge on 2 April 2024."),
    ("P", "1.4", "The Partnership notified the Child Safeguarding Practice Review Panel on 16 January 2024. A "
                 "rapid review meeting was held on 29 January 2024, and on 21 February 2024 the national panel "
                 "agreed with the Partnership that a local child safeguarding practice review should be carried "
                 "out.<super>1</super>"),
    ("FN", 1, "The review was carried out under the statutory guidance in force at the time, Working Together "
              "to Safeguard Children (2023). References to the national panel are to the Child Safeguarding "
              "Practice Review Panel."),
    ("P", "1.5", "The purpose of the review is to learn, not to blame. It does not decide how Child W was "
                 "injured or who was responsible; that was a matter for the criminal court. It looks at how the "
                 "agencies worked together, and at what helped or got in the way of their seeing Child W\u2019s "
                 "daily life."),
    ("P", "1.6", "Child W is described as a cheerful, busy little boy who loved bath time, the song about the "
                 "wheels on the bus and the ducks on Askerby Mere. His father told the reviewer that he wanted "
                 "the review to make sure \u201cnobody looks past another little boy the way they looked past "
                 "him\u201d. The review has tried to keep Child W at its centre."),

    ("SECTION", "twocol", "2 How the review was carried out"),
    ("H1", "2 How the review was carried out"),
    ("P", "2.1", "The Partnership appointed Carys Penhale-Ward as independent lead reviewer in April 2024. She "
                 "is a registered social worker and has no connection with any of the agencies in Colwarden or "
                 "Askerby. A review panel of seven senior managers from the agencies met five times between May "
                 "2024 and January 2025, and was chaired by the Partnership\u2019s independent scrutineer."),
    ("P", "2.2", "The review covers the period from 1 March 2022, shortly before Child W\u2019s birth, to 14 "
                 "January 2024, the day after he was injured. Earlier information about Mr T and Ms K is "
                 "included where it helps to explain what happened."),
    ("P", "2.3", "The terms of reference set five key lines of enquiry:"),
    ("L", "(a)", "how well agencies identified and responded to the risk of domestic abuse in the household;"),
    ("L", "(b)", "whether the response to the injuries seen in April and June 2023 followed the local "
                 "procedures for bruising and injuries in young children;"),
    ("L", "(c)", "how the agencies learned who was living in, or visiting, the household;"),
    ("L", "(d)", "how the child in need plan was managed, including the change of social worker and the "
                 "decision to step down to early help; and"),
    ("L", "(e)", "what was known about Ms K\u2019s mental health and about the family\u2019s housing and money "
                 "difficulties, and how that knowledge was shared."),
    ("P", "2.4", "Each agency provided a chronology and a short report on its own involvement. The reviewer "
                 "read the records, met the review panel, and held a learning event for practitioners on 11 "
                 "July 2024, attended by 23 practitioners from nine agencies. She also spoke individually to "
                 "SW2, HV2, NP1 and TM1."),
    ("P", "2.5", "Family involvement. The reviewer met Mr W, Child W\u2019s father, and Child W\u2019s paternal "
                 "grandmother on two occasions, in September and November 2024. Ms K was invited to take part "
                 "after the criminal proceedings ended; she met the reviewer once, on 14 January 2025, and her "
                 "views are included with her agreement.<super>2</super> Mr T was written to in prison and did "
                 "not reply."),
    ("FN", 2, "Ms K asked that the review record that she did not know how Child W\u2019s arm had been broken, "
              "and that she had been \u201cfrightened to tell anyone\u201d that Mr T had moved back in."),
    ("P", "2.6", "The review was delayed by the criminal proceedings. The Partnership told the national panel "
                 "in June 2024 that the report would not be completed within six months, and the panel agreed "
                 "the revised timetable. The report was approved by the Partnership on 12 March 2025 and "
                 "published on 30 April 2025."),
    ("P", "2.7", "The review uses role codes for practitioners, and letters for family members. Child W\u2019s "
                 "half-sister is called Sibling E. A key to the role codes is on page iii."),

    ("SECTION", "intro_3", "3 Key episodes"),
    ("H1", "3 Key episodes"),
    ("STAND", "This section sets out the episodes that the review panel judged most important. It does not "
              "repeat every contact. The full combined chronology runs to 214 entries and was seen by the "
              "review panel."),
    ("BREAK",),
    ("H2", "Birth and early months"),
    ("P", "3.1", "Child W was born at the Colwarden Royal Infirmary on 9 March 2022, at 38 weeks, weighing "
                 "3.1 kg. Ms K was then 24. She lived at Flat 6, Garrow Court, Askerby with Sibling E, her "
                 "daughter from an earlier relationship. Mr W, Child W\u2019s father, lived with them until May "
                 "2022, when the couple separated and he moved to Tolland Cross."),
    ("P", "3.2", "HV1 carried out the new birth visit on 21 March 2022. Ms K scored 14 on the postnatal "
                 "depression questionnaire, and HV1 arranged two listening visits and advised her to see her GP. "
                 "The listening visits took place in April 2022. HV1 recorded that Ms K felt \u201cmuch better "
                 "once Mr W had gone\u201d."),
    ("P", "3.3", "Ms K met Mr T in about August 2022. He was 29. The police held records of two domestic abuse "
                 "incidents involving Mr T and a former partner in Eastfold, and in 2019 he had been convicted of "
                 "assaulting her. None of this was known to children\u2019s services or to the health visiting "
                 "service until after January 2024."),
    ("H2", "The domestic abuse incident, November 2022"),
    ("P", "3.4", "At 23.15 hrs on 4 November 2022 a neighbour called the police to report shouting and a child "
                 "crying at Flat 6. Officers arrived at 23.31 hrs. Ms K had a cut lip. Child W, then eight "
                 "months old, was asleep in his cot, and Sibling E was in the bedroom with him. PC1 completed a "
                 "domestic abuse risk assessment and graded the risk as medium.<super>3</super> Mr T was "
                 "arrested and released the next day without charge, because Ms K did not want to support a "
                 "prosecution."),
    ("FN", 3, "The DASH risk assessment is the standard domestic abuse, stalking and harassment checklist used "
              "by police forces. A medium grading means that there are identifiable indicators of risk of "
              "serious harm, but the offender is unlikely to cause serious harm unless circumstances change."),
    ("P", "3.5", "The police notification reached the Front Door on 7 November 2022. On 9 November 2022 MASH1 "
                 "decided that no further action was needed by children\u2019s services beyond a letter to Ms K "
                 "with information about local domestic abuse services. A copy of the notification went to the "
                 "health visiting service. It was not sent to Moorgate Lane Surgery or to Holmcroft Primary "
                 "School, which Sibling E attended. The decision record does not show that MASH1 checked police "
                 "records about Mr T, although the notification named him."),
    ("P", "3.6", "HV1 received the notification on 14 November 2022 and made a targeted contact by telephone on "
                 "22 November 2022. Ms K said that Mr T had moved out, that the incident was \u201ca one-off\u201d "
                 "and that she did not need help. HV1 did not see Child W and closed the contact. HV1 left the "
                 "service in January 2023, and HV2 took over the family in February 2023."),
    ("H2", "Emergency department attendance, April 2023"),
    ("P", "3.7", "On 16 February 2023 Ms K saw GP1 and said that her mood was low again and that she was not "
                 "sleeping. GP1 prescribed an antidepressant and arranged a review in four weeks, which Ms K did "
                 "not attend. GP1 did not ask who else lived at home or who helped with the children."),
    ("P", "3.8", "On 3 April 2023 Ms K brought Child W, then 12 months old, to the emergency department of the "
                 "Colwarden Royal Infirmary. They arrived at 14.20 hrs. Child W had bruising to the top and back "
                 "of his left ear. Ms K said he had pulled himself up on the sofa and fallen against its wooden "
                 "arm. Mr T was in the waiting room but was not seen by staff and was not recorded."),
    ("P", "3.9", "REG1, a paediatric registrar, saw Child W at 16.05 hrs. REG1 accepted the account, noted that "
                 "Child W was cruising around furniture, and discharged him at 17.40 hrs. The local procedure on "
                 "bruising in young children says that bruising to the ear should always be discussed with a "
                 "consultant. This did not happen. The national child protection information sharing system was "
                 "not checked, although at that time it would have shown no plan.<super>4</super>"),
    ("FN", 4, "Child Protection Information Sharing (CP-IS) tells unscheduled care settings whether a child is "
              "subject to a child protection plan or is looked after. It would not have shown the police "
              "notification of November 2022."),
    ("P", "3.10", "The hospital liaison health visitor sent a notice of the attendance to the health visiting "
                  "service on 5 April 2023. HV2 carried out Child W\u2019s 12-month review at home on 11 April "
                  "2023. HV2 saw a fading yellow mark behind Child W\u2019s left ear, accepted the explanation of "
                  "a fall, and recorded that a man called \u201cT\u201d was present and was described as \u201ca "
                  "friend helping with the decorating\u201d. HV2 did not link this man with the Mr T named in "
                  "the police notification, which was filed in another part of the record."),
    ("H2", "Nursery referral and section 47 enquiries, June 2023"),
    ("P", "3.11", "From 2 May 2023 Child W attended Little Wrens Nursery three days a week, while Ms K worked "
                  "part-time at a supermarket in Askerby. NP1 was his key person. The nursery described him as "
                  "settling well, although he was wary of men, including a male student on placement."),
    ("P", "3.12", "When Ms K brought Child W to nursery at 09.10 hrs on 26 June 2023, NP1 noticed a bruise "
                  "on his right cheek and two small round bruises on his upper left arm. Ms K said that he had "
                  "fallen in the bath. NP1 completed a body map, and the nursery\u2019s designated safeguarding "
                  "lead made a referral to the Front Door at 10.40 hrs. This was good practice, and is noted in "
                  "section 6."),
    ("P", "3.13", "A strategy discussion was held by telephone at 15.30 hrs the same day between SW1, DS1 and "
                  "HV2. The nursery was not invited. The discussion agreed a joint section 47 enquiry and a child "
                  "protection medical. The record of the discussion does not mention the emergency department "
                  "attendance in April, which HV2 knew about but did not raise."),
    ("P", "3.14", "CP1 carried out the child protection medical on 27 June 2023. CP1 concluded that the "
                  "bruising was \u201cconsistent with either an accidental or an inflicted injury\u201d. No "
                  "skeletal survey was done. CP1 told the review that Child W was walking and that the bruises "
                  "were few, and that a survey had not seemed necessary. The local procedures advise a skeletal "
                  "survey for any child under two years old where physical abuse is suspected.<super>5</super> "
                  "Child W was then 15 months old."),
    ("FN", 5, "Colwarden and Askerby multi-agency child protection procedures, chapter 5.9, Bruising and "
              "injuries in babies and young children. The forearm fracture found in January 2024 was dated by "
              "the radiologists as at least six months old."),
    ("P", "3.15", "SW1 visited the home on 28 June and 5 July 2023 and spoke to Ms K, to Sibling E at school, "
                  "and to the nursery. Ms K said that she was single and that Mr T was \u201cnot around "
                  "anymore\u201d. The section 47 enquiry ended on 18 July 2023 with the outcome that the concerns "
                  "were not substantiated, and a child in need plan was agreed. No initial child protection "
                  "conference was held."),
    ("H2", "Child in need planning and the change of social worker"),
    ("P", "3.16", "Child in need meetings were held on 2 August 2023 and 30 August 2023. The plan had six "
                  "actions, most of them for Ms K: to attend her GP, to take up a parenting course, to keep "
                  "Child W\u2019s nursery attendance at three days a week, and to tell the social worker about "
                  "any new partner. None of the actions said how agencies would know whether Mr T was in the "
                  "household."),
    ("P", "3.17", "SW1 left the council on 8 September 2023. The case was held by TM1, without an allocated "
                  "social worker, until SW2 was allocated on 2 October 2023, a gap of 24 days. SW2 first visited "
                  "the family on 10 October 2023. At that time the Askerby team had 11 vacant social worker posts "
                  "out of 26, and TM1 was holding 19 unallocated cases."),
    ("P", "3.18", "On 24 October 2023 a neighbour told HO1, who was visiting about rent arrears, that \u201ca "
                  "man has moved back in with her\u201d. HO1 recorded the remark in the tenancy file but did not "
                  "share it, because HO1 did not know that a social worker was involved. By 20 November 2023, "
                  "when Colwarden Homes served a notice seeking possession, the rent arrears had reached "
                  "\u00a31,860."),
    ("P", "3.19", "The third child in need meeting was held on 1 November 2023. Ms K said she was coping, and "
                  "HV2 reported that Child W\u2019s weight and development were normal. Between 1 November and "
                  "22 December 2023 Child W attended nine of the 26 nursery sessions booked for him.<super>6</super> "
                  "The nursery telephoned Ms K about each absence, and she gave reasons of illness. The nursery "
                  "did not tell SW2 about the pattern until the meeting of 19 December 2023."),
    ("FN", 6, "Figures from the Little Wrens Nursery register, supplied to the review in May 2024."),
    ("H2", "December 2023 and the step-down decision"),
    ("P", "3.20", "At the child in need meeting on 19 December 2023 SW2 proposed that the case should step down "
                  "to early help, because the plan\u2019s actions had been completed and there had been no "
                  "further injuries. NP1 raised the fall in attendance. Ms K said the absences were due to "
                  "a chest infection. TM1 approved the step-down on 21 December 2023, and the case was "
                  "transferred to the Askerby Family Hub with effect from 8 January 2024."),
    ("P", "3.21", "FW1 was allocated on 9 January 2024 and arranged a first home visit for 15 January 2024. No "
                  "agency saw Child W between 22 December 2023 and 13 January 2024, a period of 22 days."),
    ("H2", "13 January 2024"),
    ("P", "3.22", "On 13 January 2024 Ms K worked an afternoon shift from 13.00 hrs to 19.00 hrs, and Child W "
                  "was left in the care of Mr T. Sibling E was staying with her grandmother. Mr T told the "
                  "police that Child W had fallen from the settee. The consultant neuroradiologist concluded "
                  "that the injuries were caused by a violent shaking or impact, and that the rib fractures "
                  "were about two to four weeks old."),
    ("PQ", "He was there in the flat all along, and nobody asked who he was.", "Child W\u2019s grandmother"),
    ("P", "3.23", "After Child W was admitted, police checks showed that Mr T had given Flat 6 as his address "
                  "to the Department for Work and Pensions in September 2023. The review found no agency that "
                  "asked to see, or could have seen, that information before January 2024."),
    ("H2", "After 13 January 2024"),
    ("P", "3.24", "A strategy discussion was held at 09.30 hrs on 14 January 2024, chaired by TM1 and attended "
                  "by DS1, the hospital safeguarding team and the emergency duty team. Sibling E was placed with "
                  "her maternal grandmother the same day under a safety plan, and Child W\u2019s father was told "
                  "of the injuries by the police at 11.15 hrs."),
    ("P", "3.25", "An initial child protection conference for Sibling E was held on 1 February 2024 and she "
                  "became the subject of a child protection plan under the category of physical abuse. The local "
                  "authority applied for care orders for both children on 6 February 2024. Sibling E remains "
                  "with her grandmother under a special guardianship order made in December 2024."),
    ("P", "3.26", "Mr T was remanded in custody on 16 January 2024 and remained in custody until his trial. "
                  "The police investigation obtained the records of 11 agencies and interviewed 37 witnesses, "
                  "including several practitioners who later took part in this review."),

    ("SECTION", "intro_4", "4 Agency involvement"),
    ("H1", "4 Agency involvement"),
    ("STAND", "Eleven agencies gave information to the review. This section summarises what each knew, and "
              "the table on this page and the next lists their involvement and the practitioners whose work "
              "is discussed."),
    ("BREAK",),
    ("P", "4.1", "Each agency provided a chronology and a report on its own involvement. The review panel "
                 "tested these reports against one another and against the records. The quality of the agency "
                 "reports was generally good, although two agencies had to be asked for further information "
                 "about contacts that were missing from their first chronology."),
    ("P", "4.2", "The police and children\u2019s services held the most significant information about the risk "
                 "from Mr T, but neither held all of it. Northfell Police knew of his conviction in 2019 and of "
                 "the two earlier incidents in Eastfold. Children\u2019s services knew that he had been arrested "
                 "at Flat 6 in November 2022, but did not know his history, because the Front Door did not ask "
                 "for it."),
    ("P", "4.3", "The health visiting service saw Child W most often in his first year: HV1 and HV2 had 14 "
                 "contacts with the family during the review period, nine of them face to face. The service\u2019s "
                 "records were held in two systems, one for the child and one for safeguarding notifications, "
                 "and HV2 told the review that she had not opened the second before the 12-month review."),
    ("P", "4.4", "The table below lists each agency, the nature of its involvement with Child W and his family "
                 "during the review period, and the role codes used in this report. Agencies are listed in the "
                 "order in which they first became involved."),
    ("TABLE",),
    ("P", "4.5", "Little Wrens Nursery saw Child W more often than any other agency from May 2023, and was the "
                 "only agency to make a referral about his injuries. It was invited to two of the four child "
                 "in need meetings, and was not told when the case was stepped down."),
    ("P", "4.6", "Colwarden Homes and the Askerby Family Hub had only brief involvement, but each held or would "
                 "have gathered information about who lived at Flat 6. Pathways Recovery Service had no contact "
                 "with the family during the review period; its records of Mr T\u2019s two appointments in 2021 "
                 "were found only after January 2024."),
    ("P", "4.7", "Holmcroft Primary School knew Sibling E well. Her attendance in the autumn term of 2023 was "
                 "88 per cent, and the school recorded that she had said \u201cmummy\u2019s friend shouts\u201d "
                 "in a circle-time session on 6 December 2023. The school\u2019s designated safeguarding lead "
                 "logged the remark but did not pass it on, because Sibling E was not herself the subject of "
                 "any plan."),

    ("SECTION", "intro_5", "5 Analysis and findings"),
    ("H1", "5 Analysis and findings"),
    ("STAND", "The review panel agreed five findings. Each is set out below with the evidence for it and the "
              "questions it raises for the Partnership."),
    ("BREAK",),
    ("H2", "Finding 1: The man in the household"),
    ("P", "5.1", "Agencies did not find out who was living in, or regularly visiting, Child W\u2019s home. Mr "
                 "T was named in the police notification of November 2022, was present at the health visiting "
                 "review in April 2023, was in the emergency department waiting room, and was reported by a "
                 "neighbour in October 2023 to have moved back in. Each of these was a chance to ask about him, "
                 "and each was missed."),
    ("P", "5.2", "The review found three reasons for this:"),
    ("L", "(a)", "practitioners relied on Ms K\u2019s own account of who lived in the household, and did not "
                 "check it against other agencies\u2019 records;"),
    ("L", "(b)", "the police record of Mr T\u2019s previous conviction was not requested when the Front Door "
                 "screened the notification; and"),
    ("L", "(c)", "information held in different parts of a single agency\u2019s records, such as the health "
                 "visiting record, was not brought together."),
    ("P", "5.3", "The Partnership\u2019s earlier thematic review of 2021, about babies and men in the household, "
                 "made similar findings. Practitioners at the learning event said that they knew of that "
                 "review but that its messages had \u201cfaded\u201d."),
    ("H2", "Finding 2: The skeletal survey"),
    ("P", "5.4", "The child protection medical of 27 June 2023 did not include a skeletal survey, although "
                 "the local procedures advise one for any child under two where physical abuse is suspected. "
                 "The forearm fracture found in January 2024 was at least six months old, so it is likely that "
                 "it would have been seen in June 2023. Had it been found, the review panel believes that the "
                 "section 47 enquiry would very probably have led to an initial child protection conference."),
    ("P", "5.5", "CP1 was an experienced consultant working alone on a busy day. The medical was booked late in "
                 "the afternoon, and the hospital had no system by which a second consultant reviewed the "
                 "decision not to carry out a survey. The hospital has since introduced a checklist for child "
                 "protection medicals of children under two."),
    ("H2", "Finding 3: Unallocated weeks"),
    ("P", "5.6", "For 24 days in September 2023 Child W had no allocated social worker. During that time the "
                 "child in need plan was not reviewed and no visits took place. This was a result of the "
                 "staffing crisis in the Askerby team and not of any individual\u2019s failing. TM1 told the "
                 "review that the case had been \u201cRAG-rated green\u201d because there had been no further "
                 "injuries."),
    ("P", "5.7", "The review panel heard that the council has since reduced its social worker vacancy rate in "
                 "Askerby from 42 per cent to 18 per cent, mainly by recruiting through an international "
                 "programme. The panel welcomes this but notes that caseloads in the team remain above the "
                 "council\u2019s own target of 18 children per worker."),
    ("H2", "Finding 4: Step-down without checks"),
    ("P", "5.8", "The decision of 19 December 2023 to step down to early help was made on the basis that the "
                 "plan\u2019s actions had been completed. The plan measured what Ms K had done, not how Child W "
                 "was. The falling nursery attendance, the notice seeking possession and Ms K\u2019s missed GP "
                 "reviews were not considered together. No multi-agency check was made before the decision."),
    ("P", "5.9", "The review panel also noted that the step-down took effect over the Christmas period, when "
                 "the nursery was closed from 22 December 2023 to 3 January 2024 and the Family Hub had reduced "
                 "staffing. The family was therefore without any regular contact with a professional at a time "
                 "of known financial stress. The review considers that the timing of a step-down should take "
                 "account of holiday periods and of who will see the child, and when."),
    ("P", "5.10", "Practitioners at the learning event described a strong sense of pressure to close cases "
                  "before the end of the calendar year, although managers said that there was no such target. "
                  "The review could not resolve this difference, but the perception matters in itself."),
    ("H2", "Finding 5: Information that stayed put"),
    ("P", "5.11", "Several agencies held pieces of information that were not shared:"),
    ("L", "(a)", "HO1\u2019s note of the neighbour\u2019s remark of 24 October 2023;"),
    ("L", "(b)", "the emergency department attendance of 3 April 2023, which was not raised at the strategy "
                 "discussion; and"),
    ("L", "(c)", "the police notification of November 2022, which was not sent to the GP or to the school."),
    ("P", "5.12", "In each case the practitioner acted within their agency\u2019s procedure, but the procedures "
                  "did not expect them to think about who else needed to know. Housing staff in particular told "
                  "the review that they were unsure whether they were allowed to share information without the "
                  "tenant\u2019s consent."),
    ("PQ", "We each had a piece of the jigsaw. Nobody had the box lid.", "A practitioner at the learning event"),
    ("P", "5.13", "The review considers that, taken together, the information held by agencies by the end of "
                  "October 2023 was enough to justify a further strategy discussion. It is not possible to say "
                  "whether this would have prevented the injuries of January 2024."),

    ("MARK", "6 Good practice"),
    ("H1", "6 Good practice"),
    ("P", "6.1", "NP1 and the nursery\u2019s designated safeguarding lead acted quickly and well on 26 June 2023: "
                 "the body map was clear and the referral was made within two hours of Child W\u2019s arrival."),
    ("P", "6.2", "The ambulance crew and the emergency department on 13 January 2024 acted swiftly, and the "
                 "police response the next day was thorough and well coordinated with children\u2019s services."),
    ("P", "6.3", "SW2 built a warm relationship with Sibling E, who later told the reviewer through her "
                 "grandmother that SW2 was \u201cthe lady who listened\u201d."),
    ("SECTION", "intro_7", "7 Recommendations"),
    ("H1", "7 Recommendations"),
    ("STAND", "The review makes eight recommendations to the Partnership and to its partner agencies. They "
              "follow from the five findings in section 5."),
    ("BREAK",),
    ("P", "7.1", "The review makes eight recommendations. The Partnership will publish its response and action "
                 "plan alongside this report."),
    ("P", "7.2", "Recommendation 1. The Partnership should relaunch its guidance on men in the household, "
                 "including a standard set of questions that every agency asks about who lives in and visits "
                 "the home of a child under two."),
    ("P", "7.3", "Recommendation 2. Colwarden Council should ensure that the Front Door requests police "
                 "records on every adult named in a domestic abuse notification where a child under five lives "
                 "in the household."),
    ("P", "7.4", "Recommendation 3. The Tarnside Integrated Care Board should seek assurance that every child "
                 "protection medical of a child under two includes a skeletal survey, or a recorded reason, "
                 "reviewed by a second consultant, for not carrying one out."),
    ("P", "7.5", "Recommendation 4. The health visiting service should see a baby face to face within ten "
                 "working days of receiving a police domestic abuse notification."),
    ("P", "7.6", "Recommendation 5. Colwarden Council should report to the Partnership every quarter on the "
                 "number of children in need who have no allocated social worker, and for how long."),
    ("P", "7.7", "Recommendation 6. Before any child in need plan for a child under five is stepped down, a "
                 "multi-agency meeting should consider the child\u2019s lived experience, including attendance "
                 "and any new adults, and the timing of the step-down in relation to holiday periods."),
    ("P", "7.8", "Recommendation 7. Colwarden Homes should train its housing officers in when and how to share "
                 "safeguarding information, and should join the Partnership\u2019s information sharing "
                 "agreement."),
    ("P", "7.9", "Recommendation 8. The Partnership should invite emergency departments and nurseries to every "
                 "strategy discussion about a child whom they have seen in connection with the concern."),
    ("P", "7.10", "The Partnership board will receive a progress report on these recommendations in January "
                  "2026."),
]

# ---------------------------------------------------------------------------------------------
# Executive summary (single column, paragraphs ES1 ...)
# Deliberate differences from the review: rapid review meeting 30 January 2024 (review: 29 January
# 2024); rent arrears \u00a31,680 (review: \u00a31,860).
# ---------------------------------------------------------------------------------------------
ES = [
    ("H", "Introduction"),
    ("P", "ES1", "This is the executive summary of the local child safeguarding practice review about Child W. "
                 "It is written for practitioners, managers and members of the public who want a shorter "
                 "account than the full report, which the Partnership has published at the same time."),
    ("P", "ES2", "Child W was a boy of 22 months who lived with his mother, Ms K, and his half-sister in "
                 "Askerby. In the evening of 13 January 2024 he was taken to hospital by ambulance with a head "
                 "injury and bleeding behind both eyes. Doctors later found healing fractures of his ribs and an "
                 "old fracture of his arm. He survived, but his brain injury will affect him for life."),
    ("P", "ES3", "Ms K\u2019s partner, Mr T, was convicted in October 2024 of causing grievous bodily harm with "
                 "intent, and received a sentence of nine years. Child W is now cared for by foster carers, and "
                 "is expected to move to live with his grandmother on his father\u2019s side."),
    ("P", "ES4", "The Partnership told the national panel about the case on 16 January 2024 and held a rapid "
                 "review meeting on 30 January 2024. The national panel agreed that a local review should take "
                 "place."),
    ("H", "About the review"),
    ("P", "ES5", "The review was led by an independent reviewer, Carys Penhale-Ward, and looked at the period "
                 "from March 2022 to January 2024. Eleven agencies contributed. The reviewer held a learning "
                 "event with 23 practitioners in July 2024 and met Child W\u2019s father, his grandmother and, "
                 "once the trial was over, his mother."),
    ("P", "ES6", "The review cost the Partnership \u00a318,400, including the reviewer\u2019s fees and the "
                 "learning event. It was approved in March 2025."),
    ("H", "What happened"),
    ("P", "ES7", "In November 2022 the police were called to a domestic incident at the family\u2019s flat, "
                 "when Child W was eight months old. Mr T was arrested but not charged. Children\u2019s services "
                 "sent Ms K a letter about support services, and the health visitor spoke to her on the "
                 "telephone, but nobody saw Child W as a result."),
    ("P", "ES8", "In April 2023 Child W was taken to the emergency department with bruising to his ear. The "
                 "doctor accepted his mother\u2019s explanation of a fall and did not consult a senior colleague. "
                 "A week later the health visitor saw the fading bruise and met a man at the flat, but did not "
                 "connect him with the Mr T named by the police."),
    ("P", "ES9", "In June 2023 Child W\u2019s nursery noticed bruises on his face and arm and referred him to "
                 "children\u2019s services the same morning. A child protection medical found that the bruises "
                 "could have been accidental or inflicted. No skeletal survey (a set of X-rays to look for "
                 "hidden fractures) was done. The enquiries ended with a child in need plan."),
    ("P", "ES10", "In September 2023 the social worker left, and Child W had no social worker of his own for "
                  "more than three weeks. In October a neighbour told a housing officer that a man had moved "
                  "back into the flat, but this was not passed on. The family\u2019s rent arrears rose to "
                  "\u00a31,680, and the landlord began possession proceedings in November."),
    ("P", "ES11", "In November and December 2023 Child W\u2019s attendance at nursery fell sharply. On 19 "
                  "December 2023 the child in need meeting decided to step the case down to early help. No "
                  "professional saw Child W between 22 December and the day he was injured."),
    ("H", "What the review found"),
    ("P", "ES12", "Finding 1. Agencies did not find out who was living in the home or caring for Child W. They "
                  "relied on what his mother told them."),
    ("P", "ES13", "Finding 2. The child protection medical in June 2023 did not include a skeletal survey, "
                  "although local procedures advise one for children under two. An old fracture found in 2024 "
                  "would probably have been seen."),
    ("P", "ES14", "Finding 3. A shortage of social workers meant that Child W had no allocated social worker "
                  "for several weeks in the autumn of 2023."),
    ("P", "ES15", "Finding 4. The decision to step down to early help looked at whether his mother had done what "
                  "was asked, not at Child W\u2019s daily life, and it took effect over the Christmas holiday."),
    ("P", "ES16", "Finding 5. Important information stayed with the agency that held it. Housing staff were "
                  "unsure whether they could share information without the tenant\u2019s consent."),
    ("H", "What will change"),
    ("P", "ES17", "The review makes eight recommendations. They include new questions that every agency will ask "
                  "about adults in the household of a child under two, police checks on every adult named in a "
                  "domestic abuse notification, a second consultant\u2019s review when a skeletal survey is not "
                  "done, and a multi-agency check before a child in need plan is stepped down."),
    ("P", "ES18", "The Partnership has accepted all eight recommendations. Its action plan is published with "
                  "this summary, and each agency has named a senior lead responsible for its actions."),
    ("P", "ES19", "The Partnership will hold a series of six briefings for practitioners on the learning from "
                  "this review between May and July 2025, starting with a session for designated safeguarding "
                  "leads in nurseries and schools."),
    ("P", "ES20", "Anyone who is worried about a child in Colwarden or Askerby can contact the Front Door, which "
                  "is open 24 hours a day. In an emergency, call 999."),
]
