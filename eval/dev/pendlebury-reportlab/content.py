"""Text of the FICTIONAL Merrowdale 'Child R' documents. Every person, place and agency is invented."""

AUTH = "Merrowdale County Safeguarding Children Partnership"

# ---------------------------------------------------------------- main report
# block kinds: ("sec", num, title, fullwidth)  ("sub", title)  ("p", num, text, [footnotes])
# ("pull", text, attribution) ("side", title, [paras]) ("table",) ("list", [items]) ("text", text)
FRONT_FOREWORD = [
    "This review concerns a baby boy, known in this report as Child R, who suffered life-changing injuries "
    "in January 2024 when he was eleven weeks old. Child R survived. He will live with the consequences of "
    "what happened to him for the rest of his life, and the Partnership's first thought is for him and for "
    "the family members who now care for him.",
    "The review was led by an independent reviewer, Dr Helen Marwood, working with a panel of senior "
    "managers from the agencies that knew the family. I am grateful to the practitioners who gave their time "
    "openly and without defensiveness, and to Child R's great-aunt, who spoke to the reviewer about what the "
    "family wished professionals had understood.",
    "The Partnership accepted the findings and all seven recommendations at its meeting on 12 December 2024. "
    "The action plan will be monitored by the Partnership's Learning and Improvement Sub-group.",
]
FOREWORD_SIGN = "Gwen Okafor-Lyle, Independent Scrutineer, Merrowdale County Safeguarding Children Partnership"


GLANCE_ROWS = [
    ("Code", "Role", "Agency"),
    ("MW1", "Community midwife", "Merrowdale Hospitals NHS Foundation Trust"),
    ("HV1", "Health visitor (named)", "Merrowdale Community Health Services"),
    ("HV2", "Health visitor (covering)", "Merrowdale Community Health Services"),
    ("GP1", "General practitioner", "Tanners Yard Medical Practice"),
    ("GP2", "Locum general practitioner", "Tanners Yard Medical Practice"),
    ("PC1", "Response police constable", "Merrowdale Constabulary"),
    ("PC2", "Response police constable", "Merrowdale Constabulary"),
    ("SW1", "Social worker, Assessment Team 3", "Merrowdale County Council Children's Services"),
    ("SW2", "Social worker, Assessment Team 3", "Merrowdale County Council Children's Services"),
    ("PA1", "Personal adviser", "Merrowdale Leaving Care Service"),
]

BODY = [
("sec", "1", "Introduction", True),
("p", "1.1", "On the morning of 22 January 2024 Child R, then aged eleven weeks, was taken by ambulance from his home "
 "in Lanwick to Lanwick General Hospital. He was unresponsive and his breathing was irregular. Scans showed "
 "bleeding over both sides of the brain (bilateral subdural haemorrhages), and an examination of his eyes found "
 "extensive retinal haemorrhages. A skeletal survey later found two healing fractures of the posterior ribs."),
("p", "1.2", "Child R was transferred the same day to the paediatric intensive care unit at St Aldric's Children's "
 "Hospital, Carrbridge, where he remained for 16 days. He survived, but he has a lasting brain injury. His "
 "doctors expect him to have significant developmental delay and a visual impairment."),
("p", "1.3", "The medical opinion was that the injuries were inflicted and that the rib fractures were between ten "
 "and twenty-one days older than the head injury. Child R's father, Mr D, was charged with causing grievous "
 "bodily harm with intent. At the time of writing the criminal proceedings have not concluded, and this review "
 "makes no finding about who caused the injuries.", [("1", "The Partnership received the agreement of the Crown "
 "Prosecution Service and Merrowdale Constabulary before the review spoke to practitioners who may be witnesses.")]),
("p", "1.4", "The Merrowdale County Safeguarding Children Partnership notified the Child Safeguarding Practice "
 "Review Panel of the incident on 24 January 2024 and held a rapid review on 29 January 2024. The rapid review "
 "recommended a local child safeguarding practice review, and the Partnership's three safeguarding partners "
 "agreed on 5 February 2024 to commission one."),
("p", "1.5", "The purpose of the review is not to apportion blame. It is to understand what happened, why the help "
 "given to Child R and his mother was not enough to keep him safe, and what must change so that babies in "
 "Merrowdale are better protected."),
("pull", "\u201cEveryone saw a young couple doing their best. Nobody put together what each of us knew about him.\u201d",
 "Practitioner at the learning event"),
("p", "1.6", "The review found that each agency held a part of the picture. The police knew about Mr D's history of "
 "violence towards a former partner; the midwife and health visitors knew that Ms K was isolated, low in mood "
 "and had once described 'arguments'; the GP practice saw a bruise on a pre-mobile baby; and children's "
 "services knew that Mr D had been arrested for assaulting Ms K while she was holding the baby. The pieces were "
 "never joined together, and the risk that Mr D posed to a young baby was not assessed by anyone."),

("sec", "2", "The review process", False),
("p", "2.1", "The review was led by Dr Helen Marwood, an independent reviewer with a background in paediatric "
 "nursing and safeguarding, who has no connection with any Merrowdale agency. She was supported by a review "
 "panel chaired by the Partnership's business manager, Alun Pryce-Davies."),
("p", "2.2", "The review covers the period from 6 June 2023, when Ms K booked her pregnancy, to 22 January 2024, "
 "when Child R was injured. Relevant information from before this period, including Ms K's own childhood and "
 "Mr D's history, is summarised where it helps to explain what happened."),
("p", "2.3", "The terms of reference asked the review to consider:"),
("list", ["how well agencies identified and shared information about domestic abuse during the pregnancy and after the birth;",
          "whether the risks presented by Mr D as a father and carer were understood;",
          "how the needs of Ms K as a 19-year-old care leaver and new mother were assessed and met;",
          "the response of primary care to a bruise on a non-mobile baby; and",
          "how the referral of 29 December 2023 was screened, assessed and allocated."]),
("p", "2.4", "Eight agencies provided chronologies and short reports. The panel met six times between March and "
 "October 2024. A practitioner learning event was held on 14 May 2024 and was attended by 23 practitioners and "
 "first-line managers, including the social workers, health visitors and police officers who had worked with "
 "the family."),
("p", "2.5", "Child R's maternal great-aunt, who is now his special guardian, met the lead reviewer twice. Ms K was "
 "invited to take part and spoke to the lead reviewer by telephone on 9 July 2024. Mr D was written to through "
 "his solicitor and declined to contribute while criminal proceedings are ongoing."),
("p", "2.6", "The names used in this report are not the family's real names. Practitioners are referred to by role "
 "codes (for example HV1 or SW2), which are listed on page iii."),
("p", "2.7", "The final report was approved by the Partnership on 12 December 2024. Publication was delayed, with "
 "the agreement of the national Panel, so that it would not prejudice the criminal trial."),

("sec", "3", "Child R and his family", False),
("p", "3.1", "Child R was born on 3 November 2023 at Lanwick General Hospital, at 36 weeks' gestation, weighing "
 "2.41 kg. He was admitted to the special care baby unit for nine days because of feeding difficulties and mild "
 "jaundice, and went home with his parents on 12 November 2023."),
("p", "3.2", "Ms K, Child R's mother, was 19 when he was born. She was looked after by Merrowdale County Council from "
 "the age of 14, mainly in foster care, and at the time of the pregnancy was entitled to support from the "
 "Leaving Care Service as a care leaver. Her personal adviser, PA1, had known her for two years. She described "
 "Ms K as bright, warm and \u201cfiercely private about her relationships\u201d."),
("p", "3.3", "Mr D is Child R's father. He was 26 at the time of the birth. He had no contact with children's "
 "services as a child. He had a conviction from 2019 for assault by beating of a former partner, for which he "
 "received a community order with a requirement to attend a domestic abuse programme; he did not complete the "
 "programme.", [("2", "The former partner, who is not named here, had a child from an earlier relationship. That "
 "child was not harmed, and children's services in the area where they then lived closed the case after a "
 "single assessment.")]),
("p", "3.4", "Ms K and Mr D met in the autumn of 2022 and lived together in a one-bedroom flat on Cobbett Street, "
 "Lanwick, from January 2023. Ms K had few friends locally and had lost contact with her birth family apart "
 "from her great-aunt, who lived in Dunsford Vale, about 20 miles away."),
("p", "3.5", "Child R now lives with his great-aunt under a special guardianship order. She told the reviewer that "
 "he is a smiling, determined little boy who loves music and being carried around the garden. She asked that "
 "the review should be about \u201cwhat he needed, not just what the adults did\u201d, and the review has tried to "
 "honour that request."),

("sec", "4", "Key episodes", True),
("text", "This section sets out the key episodes in date order. Times are taken from agency records."),
("sub", "Pregnancy: June to October 2023"),
("p", "4.1", "Ms K booked her pregnancy with the community midwife, MW1, on 6 June 2023, at about 14 weeks' "
 "gestation. MW1 asked the routine enquiry question about domestic abuse when Ms K was seen alone. Ms K said "
 "that she and her partner had \u201carguments like everyone\u201d but that she felt safe. MW1 recorded this and "
 "planned to ask again, but Mr D attended every later antenatal appointment and the question was not repeated."),
("p", "4.2", "On 18 August 2023 a neighbour called the police at 23.15 hrs to report shouting and a woman "
 "screaming at the Cobbett Street flat. PC1 and PC2 arrived at 23.41 hrs. Mr D had left. Ms K, who was about 25 "
 "weeks pregnant, said there had been an argument about money and that nothing physical had happened. PC1 "
 "completed a domestic abuse risk assessment (DASH) and graded the risk as standard.",
 [("3", "DASH is the Domestic Abuse, Stalking and Harassment and Honour Based Violence risk identification checklist. "
   "The grade is standard, medium or high.")]),
("p", "4.3", "PC1 did not record that Ms K was pregnant in the field used to trigger a notification about an "
 "unborn child, although the pregnancy was noted in the free text. The police check of Mr D's record showed his "
 "2019 conviction. A notification was sent to the Merrowdale Multi-Agency Safeguarding Hub (MASH) on 21 August "
 "2023. The MASH screened it on 22 August as a single standard-risk incident with no children in the household, "
 "and took no further action. The midwifery service and the GP practice were not told about the incident."),
("p", "4.4", "MW1 saw Ms K on four more occasions before the birth. Ms K's mood was noted as \u201ca bit flat\u201d at "
 "the 28-week appointment, and MW1 gave her information about a perinatal wellbeing group. Ms K did not attend. "
 "PA1 visited Ms K at home on 2 October 2023; Mr D was present throughout and Ms K told PA1 the next day, by "
 "text message, that \u201cthings are ok, he's just stressed about the baby\u201d."),
("sub", "Birth and the first weeks: November and December 2023"),
("p", "4.5", "Child R was born on 3 November 2023 and discharged from the special care baby unit on 12 November. The "
 "discharge summary to the GP and health visiting service recorded his prematurity and feeding plan but did not "
 "mention domestic abuse, because the hospital had no information about it."),
("p", "4.6", "HV1 carried out the new birth visit on 16 November 2023. Mr D was present and answered most of the "
 "questions. HV1 recorded that he was \u201cvery hands-on and attentive\u201d. Ms K's score on the Edinburgh "
 "Postnatal Depression Scale was 14, which is above the threshold for further assessment. HV1 arranged a "
 "listening visit for two weeks later and told Ms K how to contact the GP about her mood."),
("p", "4.7", "At 02.40 hrs on 11 December 2023 Ms K telephoned NHS 111 because Child R had been crying "
 "inconsolably for more than three hours. The call handler gave advice about crying and colic and advised her "
 "to see the GP if it continued. The record of the call was sent to the GP practice the next morning and filed "
 "without action. The listening visit planned by HV1 for 30 November did not take place because HV1 was off "
 "sick, and it was not rebooked.", [("4", "HV1 was absent for three weeks. Her caseload was covered by duty "
 "arrangements, which prioritised families already subject to a child protection or child in need plan.")]),
("p", "4.8", "On 19 December 2023 Ms K took Child R to Tanners Yard Medical Practice for a 10.20 hrs appointment "
 "because of a cough. The locum GP, GP2, noticed a small bruise, about 1 cm across, behind Child R's left ear. "
 "Ms K said that it had been caused by the strap of the car seat. GP2 accepted this explanation, recorded "
 "\u201cminor bruise \u2013 car seat\u201d, and did not make a referral. Child R was six weeks old and could not "
 "roll or move himself."),
("side", "Bruising in babies who are not mobile", [
 "\u201cThose who don't cruise rarely bruise.\u201d A bruise on a baby who is not yet mobile is rare and must always "
 "be taken seriously.",
 "The Merrowdale protocol requires any professional who sees a bruise or other mark on a non-mobile baby to "
 "refer to children's services the same day, whatever explanation is given, and for the baby to be seen by a "
 "paediatrician.",
 "The protocol has been in place since 2019. GP2 had not been told about it when joining the practice."]),
("p", "4.9", "On 28 December 2023 Ms K called the police at 21.50 hrs. She said that Mr D had pushed her against "
 "the kitchen door while she was holding Child R, and that he had been drinking. Officers arrived at 22.07 hrs, "
 "and Mr D was arrested at the flat. Child R was seen by the officers and appeared unhurt. The DASH risk "
 "assessment was graded medium. Mr D was interviewed the next day and released under investigation "
 "without conditions. He told officers that he would stay with his mother in Farrow Lane."),
("p", "4.10", "The police referral reached the MASH on 29 December 2023. This time it recorded Child R as a child in "
 "the household and noted Mr D's 2019 conviction. The MASH manager decided that the threshold for a child and "
 "family assessment was met but not the threshold for a strategy discussion. The case was passed to Assessment "
 "Team 3 on 2 January 2024."),
("sub", "January 2024"),
("p", "4.11", "GP1 carried out Child R's eight-week check on 2 January 2024. GP1 did not read the notes of the "
 "appointment on 19 December and did not examine Child R's ears or scalp closely. The check was recorded as "
 "normal. GP1 was not aware of the police incident."),
("p", "4.12", "SW1 was allocated the assessment on 3 January 2024 and made a home visit on 5 January 2024. Ms K told "
 "SW1 that Mr D had moved out and that she did not want him back. SW1 saw Child R asleep in his Moses basket and "
 "did not see him undressed. SW1 planned to speak to Mr D, to contact the health visitor and to check with the "
 "police whether Mr D had any previous history. None of these steps was completed before Child R was injured."),
("p", "4.13", "On 10 January 2024 HV2, who was covering HV1's caseload, made a routine visit to weigh Child R. Mr D "
 "was in the flat and said he had \u201cpopped round to help\u201d. HV2 had no information about the police "
 "incident or the social work assessment, because the health visiting record had not been updated and no one "
 "had contacted the service. Child R's weight had fallen from the 9th to the 2nd centile. HV2 gave feeding "
 "advice and planned a review in two weeks."),
("p", "4.14", "SW1 began a period of planned leave on 15 January 2024. The assessment was reallocated to SW2 on 17 "
 "January 2024. SW2 read the file and telephoned Ms K on 19 January to arrange a visit for 24 January. Ms K said "
 "that everything was fine and that Mr D was \u201cnot around\u201d."),
("sub", "22 January 2024"),
("p", "4.15", "At 06.12 hrs on 22 January 2024 Mr D called 999 and said that Child R was \u201cfloppy\u201d and not "
 "breathing properly. He said that Ms K was out at the shop. The ambulance arrived at 06.21 hrs. Paramedics "
 "found Child R pale and unresponsive and took him to the emergency department of Lanwick General Hospital, "
 "where he arrived at 06.48 hrs."),
("p", "4.16", "Mr D told the emergency department staff that Child R had \u201cgone limp\u201d while being fed. A CT "
 "scan at 08.30 hrs showed the subdural haemorrhages. The consultant paediatrician made a referral to "
 "children's services at 09.15 hrs, and a strategy discussion was held at 11.00 hrs the same morning. Child R "
 "was transferred to St Aldric's Children's Hospital that afternoon."),

("sec", "5", "Agency involvement", False),
("p", "5.1", "Table 1 summarises the involvement of each agency during the review period. The number of contacts "
 "counts face-to-face and telephone contacts with Ms K, Mr D or Child R that are recorded in each agency's "
 "chronology."),
("table",),
("p", "5.2", "In total, eight agencies had 41 recorded contacts with the family during the review period. Only two "
 "of these contacts, both by the police, involved any direct conversation with Mr D about his behaviour."),
("p", "5.3", "No agency held a single, joined-up picture of the household. There was no multi-agency meeting of any "
 "kind about Child R before 22 January 2024."),

("sec", "6", "Analysis", True),
("sub", "The invisible father"),
("p", "6.1", "The most important theme of this review is that Mr D was seen by professionals as a source of support "
 "to Ms K and never as a possible risk to his son. He was present at almost every health contact. He was "
 "described as attentive, practical and devoted. Yet professionals knew very little about him: no agency asked "
 "about his own history, his mental health, his drinking or his experience of caring for a baby."),
("p", "6.2", "National reviews have repeatedly found that men in the household are overlooked in assessments, "
 "and that injuries to babies are most often inflicted by male carers at times of stress, such as persistent "
 "crying. The learning event heard that practitioners in health settings felt it was \u201cnot their place\u201d to "
 "ask fathers about violence, and that they worried about making the mother's situation worse.",
 [("5", "See, for example, the national Panel's thematic review of non-accidental injury in babies under one, "
   "which this review has drawn on in general terms.")]),
("p", "6.3", "The police held the clearest information about Mr D's history. The 2019 conviction was known to the "
 "officers in August 2023 and again in December 2023. But because the August incident was graded standard and "
 "no unborn child was flagged, the conviction did not reach the midwife, and in December the referral to the "
 "MASH was treated as a domestic abuse notification rather than as information about the risk to an "
 "eight-week-old baby from his father."),
("sub", "Domestic abuse during pregnancy"),
("p", "6.4", "Pregnancy is a time when domestic abuse often starts or gets worse. MW1 followed the routine enquiry "
 "guidance at booking but had no opportunity to see Ms K alone after that, because Mr D came to every "
 "appointment. The midwifery service has since introduced a standard that every woman is seen alone at least "
 "once in each trimester, and that the reason is recorded if this is not possible."),
("p", "6.5", "The most significant missed opportunity during the pregnancy was the failure to flag the unborn child "
 "in the police notification of 18 August 2023. Had this been done, the MASH would have shared the information "
 "with midwifery, and a pre-birth discussion would have been likely. The review does not suggest that this "
 "alone would have prevented what happened, but it would have given every later practitioner a different "
 "starting point."),
("pull", "\u201cA bruise on a six-week-old baby is never minor. The explanation is not the assessment.\u201d",
 "Designated doctor for safeguarding, review panel"),
("sub", "The bruise on 19 December 2023"),
("p", "6.6", "The bruise seen by GP2 was, with hindsight, a sentinel injury: a minor, visible injury that can "
 "precede more serious abuse. The Merrowdale protocol for bruising in non-mobile babies required a same-day "
 "referral. GP2 was a locum who had worked at the practice for eleven days and had not received the practice "
 "induction pack, which includes the protocol."),
("p", "6.7", "GP2 told the review that the explanation given by Ms K seemed plausible, that the mother and baby "
 "seemed well bonded, and that the appointment was running late. These are understandable pressures, and they "
 "are exactly why the protocol removes discretion. The review also notes that GP1 did not read the previous "
 "entry at the eight-week check, so the bruise was missed a second time."),
("sub", "The response to the referral of 29 December 2023"),
("p", "6.8", "The MASH decision not to hold a strategy discussion was made by an experienced manager on a day when "
 "the MASH received 87 contacts, nearly twice the usual number for a weekday. The manager told the review that "
 "she weighed the fact that Mr D had been arrested and had moved out. The review considers that the "
 "combination of a baby under three months, a father with a previous conviction for violence and an assault on "
 "a mother holding the baby should have led to a strategy discussion under the Partnership's own threshold "
 "guidance.", [("6", "The Partnership's threshold guidance in force at the time described a baby under one year "
 "in a household where there is current domestic abuse as a child who may be suffering significant harm.")]),
("p", "6.9", "Once the assessment was allocated, SW1 acted promptly to visit, but the plan made after the visit "
 "relied on Ms K's account that Mr D had left. Ms K was not asked what she would do if he came back, and no "
 "safety plan was written. SW1 did not see Child R undressed. The handover to SW2 when SW1 went on leave "
 "recorded the outstanding tasks but did not mark any of them as urgent."),
("p", "6.10", "Between 29 December 2023 and 22 January 2024 no one from children's services contacted the health "
 "visiting service, the GP practice or the Leaving Care Service. If HV2 had known about the police incident, "
 "she told the review, she would have treated Mr D's presence at the flat on 10 January, and Child R's fall in "
 "weight, very differently."),
("sub", "Ms K as a care leaver and new mother"),
("p", "6.11", "Ms K was a young woman with a history of trauma, who was isolated and low in mood, and who was "
 "parenting a premature baby. PA1 had a good relationship with her but was not included in any of the health "
 "or social care contacts after the birth, and was not told about either police incident. The Leaving Care "
 "Service was not asked to contribute to the assessment."),
("p", "6.12", "Ms K told the reviewer that she had been \u201cterrified that if I said anything they'd take him "
 "away, because that's what happened to me\u201d. Practitioners need to understand how a care leaver's own "
 "experience of children's services can make it harder for her to ask for help, and to be explicit about the "
 "purpose of their involvement."),
("sub", "Crying and the support offered to parents"),
("p", "6.13", "Ms K's call to NHS 111 on 11 December was an indication that the parents were struggling with "
 "Child R's crying. The Partnership's programme on coping with crying had not been delivered to this family: "
 "the maternity ward discussion was missed because Child R was in the special care baby unit, and the health "
 "visiting contact planned for the fourth week did not happen."),
("p", "6.14", "Neither parent was given the key message that it is normal for a baby to cry, that it is all right "
 "to put a crying baby down safely and walk away, and that they must never shake a baby. The review cannot say "
 "whether this would have made a difference for Child R, but it is a simple and well-evidenced intervention."),

("sec", "7", "Findings", True),
("text", "The review makes six findings. Each finding is followed by a short explanation of why it matters beyond this case."),
("p", "7.1", "Finding 1. Professionals did not see or assess Mr D as a father and carer. His presence was read as "
 "support, and his history of violence was not shared with those who saw him with the baby. This is not a failing of "
 "one practitioner. Forms, assessment tools and appointment letters in Merrowdale are addressed to mothers, and "
 "several practitioners told the learning event that they had never been trained to assess a father's capacity "
 "to care safely for a baby."),
("p", "7.2", "Finding 2. Information about domestic abuse during the pregnancy did not reach health services, "
 "because the unborn child was not flagged in the police notification of August 2023. An audit by Merrowdale "
 "Constabulary for this review found that in 2023 the pregnancy field was left blank in 31 of 120 sampled domestic "
 "abuse reports where the free text showed that the victim was pregnant."),
("p", "7.3", "Finding 3. The Merrowdale protocol for bruising in non-mobile babies was not followed on 19 December "
 "2023. Locum and temporary staff in primary care are not reliably inducted in local safeguarding protocols. The "
 "review heard that about one in five GP sessions in the Lanwick area are now covered by locums, so this is a "
 "risk for the whole county and not only for one practice."),
("p", "7.4", "Finding 4. The referral of 29 December 2023 met the threshold for a strategy discussion, which was not "
 "held. The assessment that followed relied on the mother's account and did not involve other agencies. When a "
 "case moves between workers, urgent tasks can be lost unless the handover says which tasks cannot wait."),
("p", "7.5", "Finding 5. The needs of Ms K as a care leaver and new mother were not brought together, and her "
 "personal adviser was left out of the professional network. PA1 was the professional who knew Ms K best, and she "
 "was the only one who was never told about the risk from Mr D."),
("p", "7.6", "Finding 6. The coping-with-crying programme is delivered on postnatal wards and can be missed for "
 "babies who are admitted to special care. In 2023 around 410 babies in Merrowdale were admitted to special care, "
 "and there is no system to check that their parents received the programme."),

("sec", "8", "Recommendations", True),
("text", "The Partnership has accepted the following seven recommendations. Each has an agreed lead agency and a "
 "date by which it should be completed. Progress will be reported to the Learning and Improvement Sub-group."),
("p", "8.1", "Recommendation 1. Merrowdale Constabulary should ensure that every domestic abuse report records "
 "whether the victim is pregnant, and that a pregnancy generates a notification about the unborn child to the "
 "MASH and to the midwifery service. To be completed by 31 March 2025."),
("p", "8.2", "Recommendation 2. The Partnership should develop practice guidance on working with fathers and male "
 "carers, including a standard set of questions about the history and circumstances of every adult male in a "
 "household with a baby, for use by midwives, health visitors and social workers. To be completed by 30 June "
 "2025."),
("p", "8.3", "Recommendation 3. The Integrated Care Board should assure the Partnership that every GP practice in "
 "Merrowdale gives locum and temporary clinicians the bruising protocol for non-mobile babies on their first "
 "day, and should audit compliance within twelve months."),
("p", "8.4", "Recommendation 4. Children's services should amend MASH guidance so that any domestic abuse incident "
 "in a household with a baby under one year is considered for a strategy discussion, and the reason for not "
 "holding one is recorded by a manager."),
("p", "8.5", "Recommendation 5. Children's services should ensure that every child and family assessment of a baby "
 "under one year includes contact with the health visitor and the GP, and that a baby is seen undressed where "
 "there are concerns about physical harm."),
("p", "8.6", "Recommendation 6. The Leaving Care Service and health services should agree how personal advisers "
 "will be told about, and included in, the care of care leavers who become parents."),
("p", "8.7", "Recommendation 7. Merrowdale Community Health Services should ensure that parents of babies admitted "
 "to special care receive the coping-with-crying programme before discharge, and that the fourth-week contact "
 "is rebooked within seven days if it is missed."),
]

AGENCY_TABLE = [
    ("Agency", "Involvement in the review period", "Contacts"),
    ("Merrowdale Hospitals NHS Foundation Trust (maternity)", "Antenatal care by MW1 from booking on 6 June 2023; birth and special care baby unit", "9"),
    ("Merrowdale Community Health Services (health visiting)", "Antenatal contact, new birth visit by HV1 on 16 November 2023, weight check by HV2 on 10 January 2024", "4"),
    ("Tanners Yard Medical Practice", "Two appointments for Child R (19 December 2023 and eight-week check on 2 January 2024); Ms K's postnatal check", "5"),
    ("NHS 111", "One call from Ms K at 02.40 hrs on 11 December 2023 about crying", "1"),
    ("Merrowdale Constabulary", "Domestic incidents on 18 August 2023 and 28 December 2023; arrest of Mr D; two notifications to the MASH", "6"),
    ("Children's Services (MASH and Assessment Team 3)", "Screening of two notifications; child and family assessment by SW1, reallocated to SW2", "5"),
    ("Merrowdale Leaving Care Service", "Support to Ms K from PA1, including a home visit on 2 October 2023 and text contact", "9"),
    ("Lanwick Family Hub", "Ms K registered for a baby group in November 2023 but did not attend", "2"),
]

# ---------------------------------------------------------------- learning briefing
BRIEF = [
("h", "Why we are sharing this learning"),
("t", "In January 2024 a baby boy in Merrowdale, whom we call Child R, suffered serious head injuries and rib "
 "fractures when he was 12 weeks old. He survived but has a permanent brain injury. The Merrowdale County "
 "Safeguarding Children Partnership commissioned a Child Safeguarding Practice Review, led by independent "
 "reviewer Dr Helen Marwood. The full report was approved on 12 December 2024 and published on 3 March 2025."),
("t", "This briefing is for every practitioner and manager who works with babies and their families: midwives, "
 "health visitors, GPs and practice staff, police officers, social workers, family hub staff and personal "
 "advisers. It takes about ten minutes to read. Please use it in team meetings and supervision."),
("h", "What happened"),
("t", "Child R's mother, Ms K, was a 19-year-old care leaver. His father, Mr D, had a previous conviction for "
 "assaulting a former partner. Police were called to the couple's flat twice: during the pregnancy in August "
 "2023, and on 28 December 2023, when Mr D pushed Ms K while she was holding the baby. At six weeks old Child R "
 "was seen by a locum GP with a bruise behind his ear, which was put down to a car seat strap."),
("t", "On 22 January 2024 Mr D called an ambulance because Child R was floppy and not breathing properly. Child R "
 "spent 16 days in paediatric intensive care. Today he lives with his great-aunt, who was granted a special "
 "guardianship order in October 2024. She says he is \u201ca little boy who fights for everything\u201d."),
("box", "Child R's story in numbers", [
 "8 agencies knew the family during the review period",
 "41 recorded contacts with the family, and only 2 conversations with Mr D about his behaviour",
 "0 multi-agency meetings about Child R before he was injured",
 "22 practitioners shared their experience at the learning event in May 2024",
 "87 contacts received by the MASH on the day the second police referral was screened"]),
("h", "What we learned: five key messages"),
("n", "1", "See the father. Ask about every man in a baby's life: his history, his drinking, his mental health, his "
 "experience of caring for a baby. Being present is not the same as being safe. Check police information."),
("n", "2", "Flag the unborn baby. When there is domestic abuse in pregnancy, the baby is already a child in the "
 "household. Police officers must record the pregnancy so the notification reaches the midwife."),
("n", "3", "A bruise on a baby who cannot move is never minor. Follow the non-mobile baby bruising protocol: "
 "refer to children's services the same day, whatever the explanation. This includes locum and agency staff."),
("n", "4", "Join up the picture. When children's services assess a baby under one, talk to the health visitor, "
 "the GP and anyone else who knows the family before deciding the plan. See the baby undressed if there are "
 "concerns about physical harm. A mother's word that a violent partner has left is not a safety plan."),
("n", "5", "Remember the care leaver's fear. Young parents who grew up in care may fear that their baby will be "
 "removed. Be clear about why you are involved, and include their personal adviser."),
("h", "Coping with crying"),
("t", "Persistent crying is a known trigger for abusive head trauma. Every parent and carer, including fathers, "
 "must hear the message: crying is normal, it is OK to walk away, never shake a baby. Child R's parents never "
 "received this message because he was in special care when it would normally have been given on the ward."),
("t", "From 1 April 2025 the coping-with-crying conversation will be given before discharge from the special "
 "care baby unit, repeated at the new birth visit and recorded in the baby's red book."),
("h", "What is changing in Merrowdale"),
("t", "The Partnership accepted all seven recommendations of the review. The main changes are:"),
("b", "Merrowdale Constabulary has added a mandatory pregnancy question to its domestic abuse report, live "
      "since 3 February 2025."),
("b", "New Partnership guidance, \u201cSeeing Fathers\u201d, will be launched in June 2025, with a standard set of "
      "questions about men in a baby's household."),
("b", "Every GP practice must give locum clinicians the bruising protocol on their first day; the Integrated "
      "Care Board will audit this."),
("b", "The MASH must consider a strategy discussion for any domestic abuse incident where there is a baby "
      "under one year, and a manager must record the reason if one is not held."),
("b", "Personal advisers will be invited to the new birth visit for care leavers who are parents, with the "
      "young person's consent."),
("h", "Hearing the baby"),
("t", "Child R could not tell anyone what was happening to him. His voice was his crying, his weight and his body. "
 "The 111 call about crying, the bruise behind his ear and his weight dropping to the 2nd centile were all signs "
 "that something was wrong. No single professional saw all three. When you meet a baby, ask yourself what the "
 "baby would tell you if he could, and who else might have seen something."),
("h", "What went well"),
("t", "Some practice in this case was good. The midwife asked about domestic abuse when she first saw Ms K alone. "
 "The police officers who attended on 28 December 2023 arrested Mr D and made sure Child R was seen. On the day "
 "Child R was injured, the ambulance arrived nine minutes after the 999 call, and a strategy discussion was held "
 "less than five hours after he reached hospital. Ms K's personal adviser had built a trusting relationship "
 "with her over two years."),
("h", "Questions for your team"),
("q", "How do we find out about the fathers and male carers of the babies we work with? When did we last speak "
      "to a father on his own?"),
("q", "Does every new member of our team, including locum and agency staff, know the bruising protocol?"),
("q", "When we close or transfer a case, how do we make sure urgent tasks are not lost?"),
("q", "How do we make it safe for a young mother who grew up in care to tell us what is really happening?"),
("pb",),
("h", "Timeline at a glance"),
("tl", [("Date", "What happened"),
        ("June 2023", "Ms K books her pregnancy with the community midwife"),
        ("18 August 2023", "First police call-out to the flat; no physical assault reported; risk graded standard"),
        ("3 November 2023", "Child R born at 36 weeks; nine days in special care"),
        ("11 December 2023", "Night-time call to NHS 111 about crying"),
        ("20 December 2023", "Locum GP sees a bruise behind Child R's ear; no referral"),
        ("28 December 2023", "Mr D arrested after pushing Ms K while she held Child R"),
        ("5 January 2024", "Social worker's only home visit"),
        ("22 January 2024", "Child R admitted to hospital with head injuries and rib fractures")]),
("box", "About the review", [
 "Lead reviewer: Dr Helen Marwood, independent reviewer",
 "Review period: June 2023 to January 2024",
 "Rapid review held: 29 January 2024",
 "Panel meetings: six, between March and October 2024",
 "Recommendations: seven, all accepted by the Partnership",
 "Action plan monitored by: the Learning and Improvement Sub-group"]),
("h", "Find out more"),
("t", "The full review report, the Partnership's response and a recorded briefing by the lead reviewer are "
 "on the Partnership's learning pages. Free training, \u201cBabies, bruising and fathers\u201d, runs monthly "
 "from April 2025; 180 places are available in the first six months. For questions about this briefing, contact "
 "the Partnership's Learning and Improvement Sub-group through the business unit."),
]

APPENDIX_INTRO = ("This timeline lists the contacts referred to in the report. Dates are shown as they appear in the "
                  "merged agency chronology. Times are 24-hour clock times from agency records.")
APPENDIX = [
    ("Date", "Time", "Agency", "Event"),
    ("06/06/2023", "", "Maternity", "Booking appointment with MW1 at about 14 weeks' gestation; routine enquiry about domestic abuse asked once."),
    ("18/08/2023", "23.15", "Police", "Neighbour reports shouting at Cobbett Street flat. PC1 and PC2 attend at 23.41. DASH graded standard."),
    ("21/08/2023", "", "Police / MASH", "Notification sent to MASH; screened on 22/08/2023 with no further action. Unborn child not flagged."),
    ("02/10/2023", "", "Leaving Care", "PA1 home visit; Mr D present throughout."),
    ("03/11/2023", "", "Maternity", "Child R born at 36 weeks, 2.41 kg; admitted to special care baby unit."),
    ("12/11/2023", "", "Maternity", "Discharged home from special care baby unit after nine days."),
    ("16/11/2023", "", "Health visiting", "New birth visit by HV1. EPDS score 14. Listening visit planned for 30/11/2023 (did not take place)."),
    ("11/12/2023", "02.40", "NHS 111", "Call from Ms K about inconsolable crying; record sent to GP and filed."),
    ("19/12/2023", "10.20", "GP", "GP2 sees Child R for a cough and notes a 1 cm bruise behind the left ear. No referral."),
    ("28/12/2023", "21.50", "Police", "Ms K reports assault while holding Child R. Officers attend at 22.07; Mr D arrested. DASH graded medium."),
    ("29/12/2023", "", "Police / MASH", "Mr D released under investigation. Referral received by MASH; no strategy discussion."),
    ("02/01/2024", "", "GP / Children's Services", "Eight-week check by GP1, recorded as normal. Case passed to Assessment Team 3."),
    ("05/01/2024", "", "Children's Services", "SW1 home visit (allocated 03/01/2024). Child R seen asleep, not undressed."),
    ("10/01/2024", "", "Health visiting", "HV2 weight check; Mr D present. Weight fallen from 9th to 2nd centile."),
    ("17/01/2024", "", "Children's Services", "Assessment reallocated to SW2 (SW1 on leave from 15/01/2024)."),
    ("19/01/2024", "", "Children's Services", "SW2 telephones Ms K; home visit arranged for 24/01/2024."),
    ("22/01/2024", "06.12", "Ambulance / Hospital", "999 call by Mr D. Ambulance at 06.21; arrival at emergency department 06.48; CT scan 08.30; referral to children's services 09.15; strategy discussion 11.00."),
]
