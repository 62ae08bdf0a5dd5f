# -*- coding: utf-8 -*-
"""Text of the FICTIONAL Markfield "Child E" corpus (used by build.py).

Everything here is invented: the partnership, the people, the agencies and the places.

Paragraph markup used in the report sections:
  ("p", number, text)            numbered paragraph; number printed at the start of the line
  ("p", number, text, runin)     run-in heading printed before the number on the same line
  ("sub", text)                  indented unnumbered line such as "(a) ..."
  ("quote", text, attribution)   pull quote inside the columns
Inside text, "[^n]" places superscript footnote marker n directly after the preceding word.
"""

PARTNERSHIP = "Markfield Safeguarding Children Partnership"
HEADER = "FICTIONAL \u2014 Markfield Safeguarding Children Partnership \u00b7 LCSPR: Child E"
FOOTER = "FICTIONAL practice document \u2014 not a real case"

FOOTNOTES = {
    1: "The criteria are those in Working Together to Safeguard Children (2023). The decision was taken by the "
       "three safeguarding partners: Markfield Borough Council, the Markfield and Coldharbour Integrated Care "
       "Board and Markfield Constabulary.",
    2: "Local midwifery policy requires the routine enquiry to be made at least once in each trimester, and "
       "only when the woman is seen alone.",
    3: "Non-fatal strangulation has been a separate criminal offence since 2022 and is treated in the DASH "
       "checklist as a marker of serious risk.",
    4: "The national panel has written about male carers who are unseen by services in several of its "
       "published reviews and annual reports.",
    5: "The Markfield Protocol for Bruising and Marks in Non-Mobile Babies, revised in May 2023.",
    6: "Figures supplied by the Child in Need Team service manager for the week ending 14 February 2025.",
}

SEC1 = [
    ("p", "1.1", "This review concerns Child E, a baby boy who was nine months old when, in the early hours of "
     "15 March 2025, his mother called 999 because he was floppy and would not wake. The call was received at "
     "04.12 hrs and the first ambulance crew arrived at 04.21 hrs. Child E was taken to the emergency department "
     "of Markfield General Hospital and transferred the same morning to the paediatric intensive care unit at "
     "St Aldric's Children's Hospital in Wexley."),
    ("p", "1.2", "Scans showed a subdural haemorrhage, a fracture to the right side of the skull and healing "
     "fractures of three posterior ribs, which the consultant radiologist estimated to be between two and four "
     "weeks old. Child E survived. He has a lasting brain injury and is expected to need specialist support "
     "throughout his childhood."),
    ("p", "1.3", "Child E lived with his mother, Ms K, and her partner, Mr J, who is not his father. Mr J was "
     "arrested on 15 March 2025 and was charged in September 2025 with causing grievous bodily harm with "
     "intent. At the time of writing the criminal proceedings have not concluded, and this report makes no "
     "finding about who caused Child E's injuries."),
    ("p", "1.4", "The Markfield Safeguarding Children Partnership (MSCP) notified the Child Safeguarding "
     "Practice Review Panel on 18 March 2025. A rapid review meeting was held on 27 March 2025 and, on "
     "2 April 2025, the three safeguarding partners agreed that the case met the criteria for a local child "
     "safeguarding practice review.[^1]"),
    ("p", "1.5", "Child E is now cared for by foster carers, with whom he was placed on 4 April 2025 when he "
     "was discharged from hospital. His father, Mr D, is being assessed as a possible long-term carer; that "
     "assessment was continuing when this report was completed."),
    ("p", "1.6", "Staff are referred to by role codes (for example SW1 for the first allocated social worker). "
     "A key to the codes is on page ii. Nothing in this report is intended to identify Child E or his family."),
]

SEC2 = [
    ("p", "2.1", "The review was led by an independent reviewer, Miriam Calder-Whyte, a former director of "
     "children's services who has had no connection with any Markfield agency. She worked with a review panel "
     "of senior managers from the agencies involved, chaired by the partnership's deputy director of "
     "safeguarding, Anil Varsani. The panel met six times between May and October 2025."),
    ("p", "2.2", "The review period runs from 9 January 2024, when Ms K booked her pregnancy with the midwifery "
     "service, to 15 March 2025. Information from before that period has been included where it helps to "
     "explain Ms K's own history as a care leaver."),
    ("p", "2.3", "The terms of reference set four key lines of enquiry:"),
    ("sub", "(a) how well agencies understood the risk from domestic abuse in the household, and Mr J's part in it;"),
    ("sub", "(b) how the bruise seen on 11 November 2024 was assessed, and whether the bruising protocol was followed;"),
    ("sub", "(c) whether information was shared promptly between the police, health services and children's social care;"),
    ("sub", "(d) how the transfer of the case between social workers in February and March 2025 was managed."),
    ("p", "2.4", "Each agency provided a chronology and a short analysis of its involvement. Reports were "
     "received from nine organisations, which are listed in Table 1. The reviewer also read the records of "
     "children's social care and of the health visiting service in full."),
    ("p", "2.5", "A learning event for practitioners was held on 9 July 2025. Twenty-three practitioners and "
     "first-line managers attended, among them SW1, HV2 and the emergency nurse practitioner, ENP1. Their "
     "accounts are drawn on throughout this report."),
    ("p", "2.6", "Ms K met the reviewer twice in August 2025, supported by her personal adviser. Her views are "
     "included in section 3 and in section 5. Mr J declined to take part, on the advice of his solicitor. "
     "Mr D spoke to the reviewer by telephone on 2 September 2025."),
    ("p", "2.7", "The review was paused for about eight weeks while the police and the Crown Prosecution Service "
     "considered whether it could proceed alongside the criminal investigation. The partnership told the "
     "national panel about the delay on 30 June 2025."),
    ("p", "2.8", "The review has used a systems approach. It asks why practice happened as it did, and what in "
     "the way agencies are organised made it more or less likely, rather than who was to blame. Hindsight "
     "makes some risks look clearer than they were at the time, and the panel has tried to judge practice by "
     "what was known, or could have been known, when decisions were made."),
    ("p", "2.9", "The review did not examine the work of the ambulance service, whose response on 15 March 2025 "
     "was prompt, or the care Child E has received since his admission to St Aldric's Children's Hospital."),
]

AGENCY_TABLE = [
    ("Agency", "Service", "Codes", "Involvement during the review period"),
    ("Markfield Borough Council", "Children's social care: MASH, Assessment Team, Child in Need Team",
     "MASH1, SW1, SW2, TM1",
     "Screened police notifications in September and December 2024; child and family assessment; "
     "child in need plan from 24 January 2025."),
    ("Markfield Borough Council", "Leaving Care Service", "PA1",
     "Personal adviser to Ms K as a care leaver; monthly visits until October 2024."),
    ("Markfield Borough Council", "Early Help Service", "FSW1",
     "Offered early help in September 2024; Ms K declined and the case was closed."),
    ("Markfield Community Health Trust", "Health visiting", "HV1, HV2",
     "New birth visit on 14 June 2024 and 6\u20138 week review; HV2 allocated from 1 October 2024."),
    ("Coldharbour Hospitals NHS Trust", "Midwifery and Markfield General Hospital emergency department",
     "MW1, ED1", "Antenatal care from 9 January 2024; birth on 2 June 2024; emergency care on 15 March 2025."),
    ("Coldharbour Hospitals NHS Trust", "Urgent Treatment Centre, Markfield General Hospital", "ENP1",
     "Saw Child E with a bruise on his left cheek on 11 November 2024."),
    ("Brookside Medical Practice", "General practice", "GP1",
     "Registered Child E; first immunisations; reminder letters for missed immunisations."),
    ("Markfield Constabulary", "Response policing and public protection", "PC1, DS1",
     "Attended domestic incidents on 28 August 2024 and 6 December 2024."),
    ("Pathway Recovery Service", "Adult drug and alcohol service", "RW1",
     "Worked with Mr J about cannabis and cocaine use from October 2024."),
]

SEC3 = [
    ("p", "3.1", "Ms K was 19 when Child E was born. She was looked after by Markfield Borough Council from the "
     "age of 13, living in two foster placements and then in supported lodgings, and she became entitled to "
     "leaving care support when she turned 18 in February 2023. Her personal adviser, PA1, had known her since "
     "2021."),
    ("p", "3.2", "Ms K described a childhood marked by her own mother's drinking and by violence between the "
     "adults around her. She told the reviewer that she \u201cwanted Child E to have what I didn't have: a calm "
     "home\u201d."),
    ("p", "3.3", "Mr J is 24. He met Ms K in the autumn of 2023 and moved into her flat at Hollins Court, "
     "Markfield, in April 2024, about two months before Child E was born. He had received a police caution in "
     "2019 for assaulting a previous partner. Children's social care did not know about the caution until "
     "December 2024."),
    ("p", "3.4", "Child E's father, Mr D, had a brief relationship with Ms K that ended early in 2023. He was "
     "not told about the pregnancy until after the birth and had no contact with Child E during the review "
     "period."),
    ("p", "3.5", "Child E was born at Markfield General Hospital on 2 June 2024 at 36 weeks' gestation, "
     "weighing 2,410 grams. He spent four days on the neonatal unit because of feeding difficulties and went "
     "home with Ms K on 8 June 2024."),
    ("p", "3.6", "Ms K told the reviewer that after Child E was born she felt \u201cwatched but not helped\u201d. "
     "She said she did not tell professionals about Mr J's temper because she was afraid that Child E would be "
     "taken into care, as she had been."),
    ("p", "3.7", "Child E's foster carer describes him as a smiley baby who loves music and bath time. The panel "
     "has kept in mind throughout that this review is about him."),
]

SEC4 = [
    ("p", "4.1", "MW1 booked Ms K's pregnancy on 9 January 2024 at about 14 weeks. Ms K told her about past "
     "cannabis use and about her care history. MW1 made the routine enquiry about domestic abuse; Ms K said "
     "she was not in a relationship.", "Pregnancy and birth."),
    ("p", "4.2", "MW1 referred Ms K to the Markfield vulnerable pregnancies pathway on 23 January 2024. This led "
     "to a pre-birth multi-agency meeting on 12 March 2024, which agreed that Ms K needed an enhanced health "
     "visiting service and continued leaving care support, and that no referral to children's social care was "
     "needed."),
    ("p", "4.3", "By the 32-week antenatal appointment on 16 April 2024 Mr J had moved in. MW1 recorded his name "
     "and date of birth, but the routine enquiry about domestic abuse was not repeated, because Mr J was in the "
     "room throughout the appointment.[^2]"),
    ("p", "4.4", "HV1 made the new birth visit on 14 June 2024, when Child E was 12 days old. She noted a clean, "
     "well-equipped flat and warm interaction between Ms K and her son. Mr J was at work. HV1 saw Child E again "
     "at the 6\u20138 week review on 25 July 2024 and found him gaining weight well.", "The early weeks."),
    ("p", "4.5", "Child E had his first immunisations at Brookside Medical Practice on 29 July 2024. His second "
     "and third immunisations were due in August and September 2024 and were not given; the practice sent "
     "reminder letters on 3 September and 1 October 2024. GP1 told the review that missed immunisations in a "
     "baby with a vulnerable parent would now lead to a call to the health visitor."),
    ("p", "4.6", "At 23.15 hrs on 28 August 2024 a neighbour called the police after hearing shouting and a baby "
     "crying at the flat. PC1 arrived at 23.32 hrs. Ms K had a red mark on her neck, which she said was caused "
     "by an accident. Mr J was arrested for assault but was released without charge the next day when Ms K did "
     "not support a prosecution.", "First domestic incident."),
    ("p", "4.7", "PC1 completed the domestic abuse risk assessment (DASH) and graded the risk as standard. The "
     "panel's police member considered that Ms K's answer to the strangulation question, which was "
     "\u201cyes\u201d, should have led to a grading of at least medium risk.[^3]"),
    ("p", "4.8", "The police notification about Child E reached the multi-agency safeguarding hub (MASH) on "
     "2 September 2024, five days after the incident, against a target of 24 hours. MASH1, a qualified social "
     "worker, screened it on 4 September 2024, decided that the threshold for a statutory assessment was not "
     "met, and passed the case to the Markfield Early Help Service."),
    ("p", "4.9", "FSW1 telephoned Ms K on 12 September 2024 and visited on 19 September 2024, when Ms K "
     "declined early help, saying that things were \u201csorted\u201d and that Mr J had moved out. He had not. "
     "The early help case was closed on 26 September 2024. HV1 was told of the closure; PA1 was not."),
    ("quote", "\u201cEveryone had a piece of the picture. Nobody put the pieces on the same table.\u201d",
     "\u2014 a practitioner at the learning event"),
    ("p", "4.10", "HV1 began maternity leave on 30 September 2024, and Child E was allocated to HV2 on "
     "1 October 2024. HV2 did not visit until 4 November 2024, when Child E was five months old. She recorded "
     "that Ms K seemed tired and that there was a hole in the bedroom door, which Ms K said had been there "
     "when she moved in.", "Health visiting changes."),
    ("p", "4.11", "PA1's monthly visits stopped after October 2024, when PA1 began long-term sick leave. The "
     "Leaving Care Service did not give Ms K a new personal adviser until January 2025."),
    ("p", "4.12", "GP1 saw Ms K on 21 October 2024 about low mood. She scored 15 on the Edinburgh Postnatal "
     "Depression Scale, was prescribed an antidepressant and was referred to the talking therapies service. "
     "GP1 did not tell HV2, and the GP record does not show that Ms K was asked who else lived at home or "
     "whether she felt safe there.", "Ms K's health."),
    ("p", "4.13", "Mr J was referred to Pathway Recovery Service by his own GP on 8 October 2024 and had his "
     "first appointment with RW1 on 22 October 2024. Between then and March 2025 he attended four of seven "
     "appointments. RW1 knew that a baby lived in the household but did not complete the service's hidden "
     "harm screening tool, which asks about children in the home, until 30 January 2025.", "Mr J's drug use."),
    ("p", "4.14", "At 17.40 hrs on 11 November 2024 Ms K and Mr J brought Child E to the Urgent Treatment Centre "
     "at Markfield General Hospital. Child E, then five months old, had a bruise about two centimetres across "
     "on his left cheek. Ms K said that a visiting cousin aged four had hit him with a plastic toy.",
     "The bruise."),
    ("p", "4.15", "ENP1 examined Child E, recorded the bruise and the explanation, and discharged him at "
     "18.25 hrs with advice. The Markfield bruising protocol[^5] requires any bruise in a baby who is not yet "
     "mobile to be discussed with the on-call paediatrician and referred to children's social care. This did "
     "not happen. ENP1 told the learning event that the explanation seemed plausible and that she did not know "
     "the protocol applied to the Urgent Treatment Centre."),
    ("p", "4.16", "A discharge letter was sent to the GP practice and to the health visiting service on "
     "13 November 2024. HV2 read it on 20 November 2024 and planned to discuss it at her next visit, which was "
     "booked for December."),
    ("p", "4.17", "At 19.50 hrs on 6 December 2024 Ms K called the police herself, saying that Mr J had thrown "
     "a mug at her while she was holding Child E. DS1 and a colleague arrived at 20.05 hrs; Mr J had left. He "
     "was arrested on 7 December 2024 and bailed with a condition not to contact Ms K. The condition was "
     "removed on 3 January 2025 at Ms K's request.", "Second domestic incident."),
    ("p", "4.18", "This time the DASH risk was graded medium. The police notification reached the MASH on "
     "9 December 2024, and on 10 December 2024 the case was allocated for a child and family assessment to "
     "SW1, an agency social worker in the Assessment Team."),
    ("p", "4.19", "SW1 visited on 13 December 2024 and saw Child E. She checked police records and learned of "
     "Mr J's 2019 caution. She did not know about the bruise of 11 November 2024, because neither the GP "
     "practice nor the health visiting service was asked for information during the assessment."),
    ("p", "4.20", "SW1 completed the assessment on 17 January 2025, on day 26 of the 45 working days allowed. "
     "It recommended a child in need plan. The first child in need meeting, on 24 January 2025, was attended "
     "by Ms K, SW1, HV2 and RW1; Mr J did not attend.", "Child in need."),
    ("p", "4.21", "The plan asked Ms K to tell SW1 if Mr J returned to the flat, asked Mr J to keep working with "
     "Pathway Recovery Service, and asked HV2 to visit every two weeks. It contained no safety plan for Child E "
     "and did not consider Mr J's role as a carer."),
    ("p", "4.22", "SW1's contract ended on 7 February 2025. TM1 recorded that the case would be reallocated "
     "\u201cas soon as capacity allows\u201d. It was allocated to SW2 on 3 March 2025, 24 days later. In the "
     "meantime no social worker visited the family."),
    ("p", "4.23", "HV2 visited on 12 February 2025 and on 26 February 2025. At the second visit she noted that "
     "Child E \u201ccried when handled\u201d; Ms K said he was teething. HV2 did not see Child E undressed. She "
     "told the review that she was then responsible for 412 children, against a recommended caseload of 250."),
    ("p", "4.24", "SW2 made her first visit on 11 March 2025. Mr J was there and said he was \u201cjust "
     "visiting\u201d. SW2 saw Child E asleep in his cot and planned a child in need review meeting for "
     "25 March 2025."),
    ("p", "4.25", "At 04.12 hrs on 15 March 2025 Ms K called 999 and told the call handler that Child E had "
     "\u201cgone floppy\u201d after a feed. The ambulance arrived at 04.21 hrs and Child E reached the emergency "
     "department at 04.47 hrs. ED1, the consultant on duty, recognised signs of a head injury and referred "
     "Child E at once to children's social care and the police.", "The incident."),
    ("p", "4.26", "A strategy meeting chaired by TM1 was held at 11.00 hrs the same day. Mr J was arrested at "
     "14.30 hrs."),
    ("p", "4.27", "Child E spent 20 days in hospital, eleven of them in intensive care, before he was "
     "discharged to foster carers on 4 April 2025. An interim care order was made on 3 April 2025."),
]

SEC5 = [
    ("p", "5.1", "This section sets out the panel's analysis against the four lines of enquiry. The main learning "
     "points are repeated in the margin."),
    ("p", "5.2", "Agencies saw domestic abuse as a series of separate incidents rather than a pattern. The first "
     "incident was graded standard risk although Ms K had been held by the neck; the second was graded medium. "
     "No agency put the two incidents together with Mr J's 2019 caution until SW1's assessment in December "
     "2024, more than three months after the first incident.", "Domestic abuse."),
    ("p", "5.3", "Professionals focused on Ms K as the protective parent. Mr J was seen as her partner, not as a "
     "man caring for a baby. No professional asked Mr J about his care of Child E, how he coped with crying, or "
     "who looked after Child E when Ms K was out. This pattern of the unseen male carer[^4] is familiar from "
     "national reviews."),
    ("p", "5.4", "Ms K's own history mattered. As a care leaver she feared that asking for help would lead to "
     "Child E's removal, and she told the review that she played incidents down for that reason. PA1 "
     "understood this fear well, but was not part of the professional network after October 2024."),
    ("p", "5.5", "The bruise seen on 11 November 2024 was the clearest warning sign in this case. A baby of five "
     "months who is not yet rolling or crawling should not bruise, and an explanation that involves another "
     "child should be tested, not accepted. The protocol exists because bruising in non-mobile babies is a "
     "known predictor of later serious injury.", "The bruise."),
    ("p", "5.6", "The panel found that the Urgent Treatment Centre was left off the distribution list when the "
     "bruising protocol was revised in 2023, and that none of its nine emergency nurse practitioners had been "
     "trained in it. This is a finding about the system, not a criticism of ENP1."),
    ("p", "5.7", "Had the protocol been followed, Child E would have been seen by a paediatrician on the same "
     "day and a strategy discussion would have been likely. It cannot be known whether this would have "
     "prevented the later injuries, but the rib fractures found in March 2025 show that Child E was being "
     "harmed in the weeks before the incident."),
    ("p", "5.8", "Three delays stand out: the five days taken to send the police notification in September 2024; "
     "the failure to ask health services for information during the assessment in December 2024; and the nine "
     "days between the bruise being seen and the health visitor reading the discharge letter.",
     "Information sharing."),
    ("p", "5.9", "At the time the MASH screened police notifications on a single-agency basis and asked health "
     "services for information only where the risk was graded medium or high. Because the August incident was "
     "graded standard, the health visiting record was never checked. The MASH moved to joint screening with "
     "health colleagues in June 2025."),
    ("p", "5.10", "The 24-day gap between SW1 leaving and SW2 being allocated came at the time of greatest risk. "
     "The Child in Need Team had four vacancies in eleven posts in February 2025, and TM1 was holding 38 open "
     "cases that had no named social worker.[^6] Nobody told HV2 or RW1 that the case was unallocated.",
     "Transfer between social workers."),
    ("p", "5.11", "When SW2 visited on 11 March 2025 she found Mr J in the home, which the plan assumed would not "
     "happen. Good practice would have been to treat this as new information needing an immediate review of "
     "the plan; SW2 intended to raise it at the meeting planned for 25 March 2025."),
    ("p", "5.12", "Child E was a small baby, born early, whose mother was depressed and whose household had "
     "seen two reported incidents of violence. He could not speak for himself, and at five months he could not "
     "move away from harm. Records describe Ms K's feelings and Mr J's whereabouts far more often than they "
     "describe Child E: how he fed, slept, was handled and was soothed.", "Child E's daily life."),
    ("p", "5.13", "HV2 saw Child E on three occasions between November 2024 and February 2025 but did not see "
     "him undressed after the bruise. Practitioners at the learning event agreed that seeing a baby's whole "
     "body, with the parent's consent, should be routine when there has been an injury or domestic abuse."),
    ("p", "5.14", "Ms K's low mood, Mr J's drug use and the domestic abuse were each known to one agency. The "
     "review found no point at which all three were considered together. RW1's hidden harm screening, when it "
     "was eventually completed, was not shared with children's social care."),
    ("p", "5.15", "There was also good practice. HV1's new birth visit was thorough and well recorded. DS1's "
     "response to the second incident was swift, and the bail condition gave Ms K a period of safety. ED1 "
     "recognised the signs of abusive head trauma at once and made an immediate referral, and the strategy "
     "meeting was convened within seven hours.", "Good practice."),
    ("p", "5.16", "SW1 found Mr J's earlier caution by checking police records herself, which is good practice, "
     "and her assessment gave a clear account of Ms K's history as a care leaver."),
]

SIDENOTES = [
    ("Learning point 1", "Ask about every adult in the household. Record men's names, roles and histories, and speak to them."),
    ("Learning point 2", "Bruising in a baby who is not mobile is never minor. Follow the protocol, whoever brings the child and whatever the explanation."),
    ("Learning point 3", "Share information early: a notification that waits five days is a risk that waits five days."),
    ("Learning point 4", "An unallocated case is a case at risk. Tell partner agencies when a worker leaves."),
    ("Learning point 5", "Write about the baby: feeding, sleep, handling, soothing. See the whole baby when there is an injury."),
    ("Learning point 6", "Low mood, drug use and domestic abuse known to different agencies must be put together."),
]

SEC6 = [
    ("p", "6.1", "The panel makes five findings. Each is a finding about how the safeguarding system worked, not "
     "about individual practitioners."),
    ("p", "6.2", "The bruising protocol did not reach every setting where babies are seen. Urgent care staff "
     "did not know that it applied to them, and so a bruise in a five-month-old baby was treated as a minor "
     "injury.", "Finding 1: the reach of the bruising protocol."),
    ("p", "6.3", "Agencies did not see or assess Mr J as a carer. Assessments, plans and health visiting records "
     "described him only as Ms K's partner, and nobody spoke to him about Child E.",
     "Finding 2: the unseen male carer."),
    ("p", "6.4", "The grading of the first domestic incident as standard risk, despite a disclosure of "
     "strangulation, meant that health information was not sought and that early help, rather than an "
     "assessment, was offered.", "Finding 3: domestic abuse risk grading."),
    ("p", "6.5", "Vacancies and high caseloads in social work and health visiting reduced the contact Child E "
     "had with professionals at the time of greatest risk, and there was no agreed way to tell partner "
     "agencies that a case had no allocated worker.", "Finding 4: workforce capacity."),
    ("p", "6.6", "Care leavers who become parents may hide difficulties because they fear the system that "
     "raised them. The Leaving Care Service was not treated as part of the network around Child E.",
     "Finding 5: care leavers as parents."),
]

SEC7 = [
    ("p", "7.1", "The review makes eight recommendations. The partnership's response and action plan are "
     "published alongside this report."),
    ("p", "R1", "The Integrated Care Board should make sure that the bruising protocol applies in every urgent "
     "and emergency care setting, including urgent treatment centres and minor injury units, and should report "
     "compliance to the partnership by 30 June 2026."),
    ("p", "R2", "Markfield Constabulary should audit every DASH grading made since January 2024 in which "
     "strangulation was disclosed, and report the findings to the partnership."),
    ("p", "R3", "The MASH should ask health services for information on every police notification that involves "
     "a child under the age of one, whatever the risk grading."),
    ("p", "R4", "Children's social care should make sure that every assessment of a baby names and assesses each "
     "adult in the household, including partners who are said to be visiting."),
    ("p", "R5", "Children's social care should tell partner agencies within two working days when a case "
     "becomes unallocated, and a manager should visit such a child at least every ten working days."),
    ("p", "R6", "Markfield Community Health Trust should report health visitor caseloads to the partnership "
     "every quarter."),
    ("p", "R7", "The Leaving Care Service should give a care leaver who is a parent a new personal adviser "
     "within ten working days of a vacancy, and personal advisers should be invited to child in need meetings."),
    ("p", "R8", "The partnership should commission multi-agency training, \u201cSeeing the whole household\u201d, "
     "on assessing men who care for babies."),
    ("p", "7.2", "The partnership will review progress against these recommendations in January 2027 and will "
     "publish a summary of that review."),
]

SEC8 = [
    ("p", "8.1", "Child E's injuries were caused deliberately, and responsibility for them lies with the person "
     "who caused them. This review cannot say whether different practice would have prevented them."),
    ("p", "8.2", "It can say that the signs of risk were there to be seen: a disclosure of strangulation in "
     "August 2024, a bruise on a five-month-old baby in November 2024, a second violent incident in December "
     "2024, a man with a history of violence who was never assessed, and a period of 24 days in which no "
     "social worker was responsible for Child E."),
    ("p", "8.3", "None of the practitioners held all of these pieces. The recommendations in section 7 are "
     "intended to make sure that, next time, somebody does."),
]

CHRONOLOGY = [
    ("Date", "Time", "Agency", "Event"),
    ("09/01/2024", "\u2014", "Midwifery (MW1)", "Booking appointment at about 14 weeks; past cannabis use and care history disclosed."),
    ("12/03/2024", "\u2014", "Multi-agency", "Pre-birth meeting under the vulnerable pregnancies pathway; no referral to children's social care."),
    ("Apr 2024", "\u2014", "\u2014", "Mr J moves into Ms K's flat at Hollins Court."),
    ("02/06/2024", "\u2014", "Coldharbour Hospitals", "Child E born at 36 weeks, 2,410 g; four days on the neonatal unit."),
    ("14/06/2024", "\u2014", "Health visiting (HV1)", "New birth visit."),
    ("29/07/2024", "\u2014", "Brookside Medical Practice", "First immunisations given; later immunisations missed."),
    ("28/08/2024", "23:15", "Police (PC1)", "Neighbour reports shouting; PC1 attends at 23:32. Mark on Ms K's neck. DASH graded standard."),
    ("02/09/2024", "\u2014", "Police / MASH", "Police notification received by MASH, five days after the incident."),
    ("19/09/2024", "\u2014", "Early Help (FSW1)", "Home visit; Ms K declines early help. Case closed 26/09/2024."),
    ("01/10/2024", "\u2014", "Health visiting (HV2)", "Case allocated to HV2 after HV1 begins maternity leave."),
    ("11/11/2024", "17:40", "Urgent Treatment Centre (ENP1)", "Child E brought with a bruise on the left cheek; discharged at 18:25 without referral."),
    ("06/12/2024", "19:50", "Police (DS1)", "Ms K reports that Mr J threw a mug at her while she held Child E; officers attend at 20:05. DASH graded medium."),
    ("10/12/2024", "\u2014", "Children's social care (SW1)", "Child and family assessment allocated to SW1."),
    ("17/01/2025", "\u2014", "Children's social care (SW1)", "Assessment completed; child in need plan recommended."),
    ("24/01/2025", "\u2014", "Multi-agency", "First child in need meeting."),
    ("07/02/2025", "\u2014", "Children's social care", "SW1 leaves; case unallocated."),
    ("26/02/2025", "\u2014", "Health visiting (HV2)", "Home visit; Child E \u201ccried when handled\u201d."),
    ("03/03/2025", "\u2014", "Children's social care (SW2)", "Case allocated to SW2."),
    ("11/03/2025", "\u2014", "Children's social care (SW2)", "First visit by SW2; Mr J present."),
    ("15/03/2025", "04:12", "Ambulance service", "999 call from Ms K; ambulance on scene at 04:21."),
    ("15/03/2025", "04:47", "Markfield General Hospital (ED1)", "Child E arrives in the emergency department; transferred to St Aldric's Children's Hospital."),
    ("15/03/2025", "11:00", "Multi-agency", "Strategy meeting chaired by TM1; Mr J arrested at 14:30."),
]

ROLE_CODES = [
    ("Code", "Role"),
    ("SW1", "Agency social worker, Assessment Team (December 2024 to 7 February 2025)"),
    ("SW2", "Social worker, Child in Need Team (from 3 March 2025)"),
    ("TM1", "Team manager, Child in Need Team"),
    ("MASH1", "Social worker, multi-agency safeguarding hub"),
    ("FSW1", "Family support worker, Early Help Service"),
    ("PA1", "Personal adviser, Leaving Care Service"),
    ("MW1", "Community midwife"),
    ("HV1", "Health visitor (to 30 September 2024)"),
    ("HV2", "Health visitor (from 1 October 2024)"),
    ("GP1", "General practitioner, Brookside Medical Practice"),
    ("ENP1", "Emergency nurse practitioner, Urgent Treatment Centre"),
    ("ED1", "Consultant in emergency medicine"),
    ("PC1", "Police constable, response team"),
    ("DS1", "Detective sergeant, public protection unit"),
    ("RW1", "Recovery worker, Pathway Recovery Service"),
]

# "Summary on a page": (big figure, caption)
SUMMARY_BOXES = [
    ("9 months", "Child E's age when he was taken to hospital on 15 March 2025"),
    ("19", "Ms K's age when Child E was born"),
    ("2", "domestic incidents reported to the police (August and December 2024)"),
    ("1 bruise", "seen on 11 November 2024 and not referred under the protocol"),
    ("24 days", "with no allocated social worker, February to March 2025"),
    ("412", "children on HV2's caseload (recommended: 250)"),
    ("14 months", "covered by the review, January 2024 to March 2025"),
    ("5 / 8", "findings / recommendations"),
]

# ---------------------------------------------------------------- seven-minute briefing
BRIEFING_TITLE = "7-minute briefing: Child E"
BRIEFING_BOXES = [
    ("1", "Background",
     "Child E was nine months old when he was rushed to hospital on 15 March 2025 with a head injury and "
     "older rib fractures. He lived with his mother, Ms K, a care leaver who was 19 at his birth, and her "
     "partner, Mr J. Child E survived but has a lasting brain injury."),
    ("2", "Why it matters",
     "Babies under one are the children most at risk of serious physical abuse. A bruise on a baby who "
     "cannot move about is a warning sign, and the men who live with babies are too often unseen by services."),
    ("3", "The review",
     "Markfield's partners held a rapid review on 26 March 2025 and decided on 2 April 2025 to commission a "
     "local review, led by Miriam Calder-Whyte. Twenty-three practitioners took part in the learning event. "
     "The report was published on 20 January 2026."),
    ("4", "What we learned",
     "The bruising protocol had not reached the Urgent Treatment Centre. Mr J was never assessed as a carer. "
     "The first domestic incident was graded too low. The case had no social worker for over three weeks. "
     "Ms K feared that asking for help would mean losing her son."),
    ("5", "Questions for your team",
     "Who else lives in, or visits, the baby's home, and have you spoken to him? Do you know the bruising "
     "protocol applies to you? Who do you tell when a case loses its worker? Does a young parent's history "
     "make her afraid to tell you things?"),
    ("6", "What is changing",
     "A revised bruising protocol came into force on 1 December 2025 and names urgent treatment centres. "
     "The MASH now screens police notifications jointly with health. \u201cSeeing the whole household\u201d "
     "training starts in 2026."),
    ("7", "Find out more",
     "Read the full report and the partnership's response at www.markfield-scp.example/reviews. "
     "Questions about this briefing: the MSCP business unit, mscp.business@markfield.example."),
]

# ---------------------------------------------------------------- press statement
PRESS = [
    "FOR IMMEDIATE RELEASE \u2014 20 January 2026",
    "Markfield Safeguarding Children Partnership publishes review into serious injuries to a baby",
    "The Markfield Safeguarding Children Partnership today published a Local Child Safeguarding Practice "
    "Review about a baby boy, known as Child E, who suffered a serious head injury in March 2025 when he was "
    "nine months old.",
    "The review, carried out by independent reviewer Miriam Calder-Whyte, looked at the work of agencies "
    "from January 2024, when Child E's mother booked her pregnancy, until the day he was taken to hospital. "
    "A panel of senior managers from the agencies involved met five times to oversee the work.",
    "The review found that a bruise seen on Child E's face in November 2024 should have been referred under "
    "the partnership's protocol for bruising in babies who are not yet mobile. It also found that "
    "professionals did not assess the mother's partner as a carer, and that the family was without a "
    "social worker for 24 days shortly before the injury.",
    "Professor Gwen Idris, the partnership's independent scrutineer, said: \u201cChild E and his family were "
    "known to many services, and each of them held part of the story. We are sorry that we did not bring "
    "those parts together in time. Every one of the eight recommendations has been accepted, and work on them "
    "is well under way.\u201d",
    "A programme of face-to-face training on bruising in non-mobile babies, with 400 places for staff in "
    "health, police, education and social care, will begin in March 2026.",
    "Child E is now cared for by foster carers and is making progress. A man has been charged in connection "
    "with his injuries, and the partnership will make no further comment while criminal proceedings are "
    "continuing.",
    "Notes to editors: the full report, a seven-minute briefing and the partnership's response are available "
    "on the partnership's website. Media enquiries: MSCP communications team, 01632 960418.",
]

PANEL = [
    ("Organisation", "Panel member"),
    ("Markfield Safeguarding Children Partnership", "Deputy director of safeguarding (chair), Anil Varsani"),
    ("Markfield Borough Council", "Head of service, children's social care; head of the Leaving Care Service"),
    ("Markfield and Coldharbour Integrated Care Board", "Designated nurse for safeguarding children; designated doctor"),
    ("Markfield Community Health Trust", "Named nurse for safeguarding children"),
    ("Coldharbour Hospitals NHS Trust", "Named midwife; named nurse for urgent and emergency care"),
    ("Markfield Constabulary", "Detective chief inspector, public protection"),
    ("Pathway Recovery Service", "Service manager"),
    ("Independent reviewer", "Miriam Calder-Whyte"),
]

FAMILY = [
    ("Child E", "Born 2 June 2024 at 36 weeks. Nine months old on 15 March 2025."),
    ("Ms K, mother", "Aged 19 at Child E's birth. Care leaver, supported by PA1."),
    ("Mr J, mother's partner", "Aged 24. Moved in April 2024. Police caution in 2019."),
    ("Mr D, father", "No contact with Child E during the review period."),
    ("Home", "A one-bedroom flat at Hollins Court, Markfield."),
]
