# -*- coding: utf-8 -*-
"""Text of the FICTIONAL Child H review and its learning briefing.

Everything here is invented: the partnership, the councils, the agencies, the
people and the events.  Markup is ReportLab paragraph markup.  A footnote is
written inline as {{fn:text}}; build.py numbers footnotes across the document.
"""

PARTNERSHIP = "Alderbeck and Tarnwick Safeguarding Children Partnership"
SHORT = "ATSCP"
REFERENCE = "ATSCP CSPR 2023/02"
TITLE = "Child H"
SUBTITLE = "A Child Safeguarding Practice Review"
PUBLISHED = "18 June 2024"
REVIEWER = "Dr Annika Brennan"
CHAIR = "Julian Pemberton"
RUNNING_HEAD = "Child Safeguarding Practice Review: Child H"
FOOTER = "FICTIONAL \u2014 practice document for evaluation only"

# ---------------------------------------------------------------- front matter

FOREWORD = [
    "Child H was nine months old when she was admitted to hospital in March 2023 with a serious "
    "head injury, healing fractures and the signs of many weeks of neglect. She survived, and she is "
    "now living with foster carers who are helping her to recover. Her brother is safe with his "
    "grandmother. None of that undoes what happened to her, and this review was carried out because "
    "the agencies of this Partnership wanted to understand honestly why the help she needed did not "
    "reach her in time.",
    "The review found that many practitioners saw part of Child H's life. A health visitor, two "
    "emergency department doctors, a consultant paediatrician, police officers, social workers, an early "
    "help practitioner, a housing officer and nursery staff all had contact with the family. Each of them "
    "held a piece of the picture. What was missing was the moment at which the pieces were put "
    "together, and the question that should always be asked about a baby: what is a day like for this "
    "child?",
    "I want to thank Child H's mother and grandmother, who spoke to the reviewer with great openness at "
    "a very painful time, and the practitioners who took part in the learning event and spoke candidly "
    "about their own decisions. I also thank Dr Annika Brennan for a careful and humane review, and "
    "the members of the review panel for their work over many months.",
    "The Partnership accepted all seven recommendations in full at its meeting on 9 May 2024. Some of "
    "the changes are already in place and are described at the end of this report. The Learning and "
    "Improvement Subgroup will monitor the action plan and will report on progress to the Partnership "
    "board every six months. We will publish a short update one year after this report.",
]
FOREWORD_SIGN = [
    "<b>Julian Pemberton</b>",
    "Independent Chair and Scrutineer",
    PARTNERSHIP,
]

KEY_FACTS = [
    ("The child", "Child H, a girl aged nine months at the time of the incident"),
    ("Sibling", "Child G, her half-brother, then aged three"),
    ("Incident", "Inflicted head injury and neglect; admitted to hospital on 14 March 2023"),
    ("Period reviewed", "1 December 2021 to 15 March 2023"),
    ("Notification to the National Panel", "16 March 2023"),
    ("Rapid review meeting", "21 March 2023"),
    ("Agencies that contributed", "Eleven"),
    ("Learning event", "19 September 2023 (23 practitioners)"),
    ("Findings / recommendations", "Six findings; seven recommendations"),
]

# code, role, agency
ROLE_KEY = [
    ("MW1", "Community midwife", "Alderbeck Royal Infirmary maternity service"),
    ("HV1", "Health visitor (to October 2022)", "Alderbeck 0\u201319 team, Alderbeck Community Health NHS Trust"),
    ("HV2", "Health visitor (from November 2022)", "Tarnwick 0\u201319 team, Wolds and Tarnwick Healthcare"),
    ("HV3", "Health visitor covering HV2's caseload", "Tarnwick 0\u201319 team, Wolds and Tarnwick Healthcare"),
    ("GP1", "General practitioner", "Beckside Medical Practice, Alderbeck"),
    ("GP2", "General practitioner", "Tarnwick Quay Surgery"),
    ("ED1", "Specialty doctor, emergency medicine", "Alderbeck Royal Infirmary"),
    ("ED2", "Registrar, emergency medicine", "Alderbeck Royal Infirmary"),
    ("PAED1", "Consultant paediatrician", "Alderbeck Royal Infirmary"),
    ("PAED2", "Paediatric registrar", "Alderbeck Royal Infirmary"),
    ("PC1", "Police constable, response", "Northvale Police"),
    ("PC2", "Police constable, response", "Northvale Police"),
    ("DS1", "Detective sergeant, child protection unit", "Northvale Police"),
    ("DS2", "Detective sergeant, child protection unit", "Northvale Police"),
    ("MASH1", "Social worker, Multi-Agency Safeguarding Hub", "Alderbeck Borough Council"),
    ("SW1", "Social worker, Children's Front Door", "Tarnwick District Council"),
    ("SW2", "Senior social worker, Children's Front Door", "Tarnwick District Council"),
    ("SW3", "Social worker, Assessment Team", "Tarnwick District Council"),
    ("TM1", "Team manager, Children's Front Door", "Tarnwick District Council"),
    ("TM2", "Team manager, Assessment Team", "Tarnwick District Council"),
    ("EHW1", "Family practitioner, Early Help", "Tarnwick District Council"),
    ("HO1", "Housing officer", "Kestrel Vale Housing Association"),
    ("DSL1", "Designated safeguarding lead", "Pippin Lane Nursery"),
    ("NP1", "Nursery practitioner (key person)", "Pippin Lane Nursery"),
    ("SMW1", "Recovery worker (Father)", "Pathways Recovery Service"),
    ("SMW2", "Recovery worker (Mother)", "Pathways Recovery Service"),
]

# ---------------------------------------------------------------- body
# item kinds:
#  ("band", key, kicker, title)           heading band across both columns, new page
#  ("h", key, text)                       section heading inside a column
#  ("sub", text)                          small subheading inside a column
#  ("p", num, text)                       numbered paragraph
#  ("runin", num, head, text)             numbered paragraph with a bold run-in side heading
#  ("box", colour, title, [paras])        tinted sidebar inside a column
#  ("pull", text, attribution)            pull quote across one column
#  ("chron", key, kicker, title, intro)   full-width chronology pages
#  ("cbreak",)                            column break

BODY = [
    ("band", "part1", "Part One", "Introduction and context"),
    ("h", "s1", "1  Why this review was carried out"),
    ("p", "1.1",
     "In the early morning of 14 March 2023 Child H, a baby girl aged nine months, was taken by "
     "ambulance from the family flat in Tarnwick to the emergency department of Alderbeck Royal "
     "Infirmary. She was drowsy and pale and had vomited several times. A CT scan showed bleeding over "
     "both sides of the brain of differing ages, and an ophthalmology examination found retinal "
     "haemorrhages in both eyes. A skeletal survey the next day identified two healing fractures of the "
     "posterior ribs. Child H weighed 5.9 kg, below the 0.4th centile, and had a severe nappy dermatitis "
     "and untreated oral thrush."),
    ("p", "1.2",
     "The treating clinicians concluded that the head injury had been inflicted and that the faltering "
     "growth reflected a prolonged period of neglect. Child H was transferred the same afternoon to the "
     "paediatric intensive care unit at St Cuthbert's Children's Hospital in Kelmsford, where she "
     "remained for eleven days. She is now cared for by foster carers, and her development is being "
     "followed by a community paediatrician."),
    ("p", "1.3",
     "Child H has an older half-brother, referred to in this report as Child G, who was three years old "
     "at the time. Child G was not injured. He went to stay with his maternal grandmother on the evening "
     "of 14 March 2023 and has lived with her since then."),
    ("p", "1.4",
     "The safeguarding partners agreed that the incident met the criteria for notification and "
     "informed the Child Safeguarding Practice Review Panel on 16 March 2023.{{fn:A serious incident "
     "notification must be made within five working days of the local authority becoming aware of the "
     "incident. The Panel's reference for this notification was NP/23/0417.}} A rapid review meeting on "
     "21 March 2023 recommended a local child safeguarding practice review. The National Panel agreed "
     "with that recommendation on 12 April 2023, and the review was formally commissioned on "
     "26 April 2023."),
    ("p", "1.5",
     "Both parents were arrested on 15 March 2023. Because of the criminal proceedings that followed, "
     "some practitioners could not be interviewed until they had given their witness statements, and "
     "the Partnership delayed publication until those proceedings had concluded. This report does not "
     "comment on the outcome of the criminal or family proceedings."),
    ("h", "s2", "2  How the review was conducted"),
    ("p", "2.1",
     "The Partnership appointed Dr Annika Brennan as the independent reviewer. Dr Brennan is a former "
     "designated nurse for safeguarding children and has no connection with any of the agencies "
     "involved. She was supported by a review panel of senior managers chaired by Sarah Linnell, "
     "Designated Nurse for Safeguarding Children for the two council areas, which met six times "
     "between May 2023 and February 2024."),
    ("p", "2.2",
     "The review covers the period from 1 December 2021, when Mother booked her pregnancy with "
     "Child H, to 15 March 2023. Agencies were also asked to summarise anything significant they knew "
     "about the family before that date."),
    ("p", "2.3",
     "Eleven agencies provided a chronology and a reflective report. Their records were merged into a "
     "single chronology of 312 entries, of which 47 described direct contact with Child H or her "
     "parents. A summary of the most significant contacts is set out in Part Two."),
    ("p", "2.4",
     "A practitioner learning event was held on 19 September 2023 at Tarnwick Civic Centre. It was "
     "attended by 23 practitioners and first-line managers from every agency apart from the ambulance "
     "service, which sent a written account. The reviewer also held individual conversations with six "
     "managers and with the two emergency department doctors, who could not attend on the day."),
    ("p", "2.5",
     "Mother met the reviewer twice, in October 2023 and in January 2024, supported by an advocate. Her "
     "views are reflected throughout this report. Father was invited through his solicitor to "
     "contribute and declined. The maternal grandmother met the reviewer once, at her home, in "
     "November 2023."),
    ("p", "2.6",
     "The terms of reference set five key lines of enquiry: how agencies recognised and responded to "
     "injuries in a baby who was not yet mobile; how information passed between the two council areas "
     "when the family moved; how well practitioners understood the role and history of Father; whether "
     "the signs of neglect were recognised; and how the experiences of Child H and Child G were sought "
     "and heard."),
    ("h", "s3", "3  Child H and her family"),
    ("p", "3.1",
     "Child H was born on 2 June 2022 at Alderbeck Royal Infirmary at 37 weeks of gestation, weighing "
     "2.61 kg. She was a healthy baby and went home with Mother on the second day."),
    ("p", "3.2",
     "Mother was 23 when Child H was born. She grew up in Alderbeck and was herself supported as a child "
     "in need between 2011 and 2013 because of her own mother's illness. She had used cannabis since her "
     "mid-teens and had experienced depression after the birth of Child G in August 2019. Child G's "
     "father, referred to as Mr K, has had no contact with him since 2020."),
    ("p", "3.3",
     "Father is Child H's father. He was 29 years old in 2022 and grew up in Tarnwick, where he worked "
     "intermittently as a scaffolder. He had a long history of heavy drinking and, as later emerged, of "
     "regular cocaine use at weekends. He had a conviction from 2017 for assaulting a former partner. "
     "It was held on police systems but was not known to any other agency during the period under "
     "review."),
    ("p", "3.4",
     "Until October 2022 the family lived in a one-bedroom flat at Hollins Rise in Alderbeck, rented "
     "from Kestrel Vale Housing Association. On 3 October 2022 they moved, through a managed transfer "
     "on the grounds of overcrowding and damp, to a two-bedroom first-floor flat at Marlow Court in "
     "Tarnwick. The new flat is about seven miles from the old one, but on the other side of the "
     "boundary between the two councils."),
    ("p", "3.5",
     "The move meant that almost every service changed. Health visiting passed from the Alderbeck "
     "0\u201319 team of Alderbeck Community Health NHS Trust to the Tarnwick 0\u201319 team run by "
     "Wolds and Tarnwick Healthcare. Mother registered with a new GP practice, and social care contact "
     "moved from the Alderbeck Multi-Agency Safeguarding Hub (MASH) to the Tarnwick Children's Front "
     "Door. Only the housing association, the hospital and the police were the same on both sides of "
     "the move."),
    ("p", "3.6",
     "The family are White British and English is their first language. Mother describes her "
     "relationship with Father as \"on and off\" from the time she was pregnant. The maternal "
     "grandmother lived in Alderbeck and saw the children most weeks, but she worked night shifts in a "
     "care home and could not offer regular practical help."),
    ("p", "3.7",
     "Mother told the reviewer that she had been frightened of Father's temper when he had been "
     "drinking, but had not told anyone because she thought \"they would take the kids\". She said that "
     "the social worker's visit in January 2023 lasted \"about twenty minutes\" and that nobody asked "
     "her what a normal day was like for the baby."),
    ("p", "3.8",
     "Mother also said that she had hoped the move to Tarnwick would be \"a fresh start\", and that she "
     "had waited for the new health visitor to get in touch. She had not known that she could ask for "
     "help herself."),
    ("sub", "The local context"),
    ("p", "3.9",
     "Alderbeck Borough Council and Tarnwick District Council formed a joint safeguarding partnership "
     "in September 2019 with Northvale Police and the body that is now the Alderbeck and Tarnwick "
     "Integrated Care Board. Alderbeck has about 148,000 residents and Tarnwick about 96,000."),
    ("p", "3.10",
     "During 2022\u201323 the Tarnwick Children's Front Door received 9,870 contacts, about one in five "
     "of them police notifications of domestic incidents; the Alderbeck MASH received 13,415. Both "
     "front doors were staffed below establishment for much of the period under review."),
    ("box", "rose", "What Child H might have said",
     ["I was a small baby and I could not tell anyone what my days were like. If you had come when I "
      "was awake you would have seen that I was often cold, that my bottom was sore and that I was "
      "hungry. I went quiet when people shouted.",
      "I needed someone to pick me up, undress me, weigh me and write down what they saw, and then to "
      "ask what it was like for me to live in that flat."]),
    ("sub", "Earlier involvement with the family"),
    ("p", "3.11",
     "Before the period under review, Alderbeck Children's Services had received one referral about "
     "Child G, in March 2020, from a health visitor after Mother described feeling \"numb\" and unable "
     "to cope. Mother accepted a place at a children's centre group, and the case was closed after a "
     "single home visit."),
    ("p", "3.12",
     "Father was known to the police for six domestic incidents with a previous partner between 2014 "
     "and 2017, which ended with the 2017 conviction. He has two older children, born in 2013 and 2015, "
     "who live with their mother in another part of the country and whom he does not see. No agency in "
     "Alderbeck or Tarnwick knew that these children existed."),

    ("chron", "part2", "Part Two", "Summary chronology",
     "The contacts the review considered most significant, with dates in the form used in each "
     "agency's records. The full merged chronology of 312 entries was made available to the panel."),

    ("band", "part3", "Part Three", "Analysis of practice"),
    ("h", "s4", "4  Key practice episodes"),
    ("sub", "Pregnancy and the first weeks"),
    ("p", "4.1",
     "Mother booked with the community midwife, MW1, on 1 December 2021, when she was nine weeks "
     "pregnant. She was open about daily cannabis use and about her depression after Child G's birth, "
     "and MW1 referred her to the Pathways Recovery Service, the adult substance-misuse service that "
     "the two councils commission jointly.{{fn:Pathways Recovery Service is run by a voluntary-sector "
     "provider under a contract let by Alderbeck Borough Council on behalf of both councils. The "
     "current contract began in April 2021.}} Mother attended two of five appointments with SMW2 "
     "between February and May 2022. Pathways did not tell the midwife about the missed appointments, "
     "and the midwife did not ask."),
    ("p", "4.2",
     "Father's name, date of birth and address were recorded at booking as \"not known\". MW1 told the "
     "review that Mother had said the baby's father was \"not really around\". The record was never "
     "updated, although Father came to both antenatal scans. Practitioners at the learning event said "
     "that a father who is physically present but absent from the record is a familiar pattern in both "
     "areas."),
    ("runin", "4.3", "The new birth visit.",
     "HV1 carried out the new birth visit at the Hollins Rise flat on 14 June 2022, when Child H was "
     "twelve days old. Father was present throughout. HV1 noted a strong smell of cannabis in the flat, "
     "gave safe sleep advice and explained the risks of smoking near a baby. The family were placed on "
     "the Universal Plus level of service. HV1 did not ask Father about his own drug or alcohol use, and "
     "explained at the learning event that \"the focus is on mum and baby at that visit\"."),
    ("p", "4.4",
     "GP1 completed Child H's six-to-eight-week check at Beckside Medical Practice on 20 July 2022. "
     "Child H weighed 4.1 kg and was following the 25th centile. At the same appointment Mother "
     "completed a PHQ-9 questionnaire and scored 14, which indicates moderate depression. GP1 offered a "
     "referral to talking therapies, which Mother declined. The health visitor was not told."),
    ("runin", "4.5", "The first police call-out.",
     "At 23.40 hrs on 9 August 2022 a neighbour called the police to the Hollins Rise flat after "
     "hearing shouting. PC1 found Father intoxicated and Mother upset; both described a verbal argument. "
     "Child H, then ten weeks old, and Child G were in the bedroom. PC1 completed a DASH risk "
     "assessment, which was graded as standard risk, and sent a notification to the Alderbeck MASH."),
    ("p", "4.6",
     "MASH1, a qualified social worker in the Alderbeck MASH, triaged the notification on 11 August 2022 "
     "as \"information only\" and passed it to the health visiting team. No check was made of Father's "
     "police record, which would have shown the 2017 conviction. HV1 telephoned Mother on 15 August "
     "2022. Mother said the argument had been \"about money\" and that things were now fine. The call "
     "was recorded and no visit followed."),
    ("runin", "4.7", "The first emergency department attendance.",
     "At 19.15 hrs on 12 September 2022 Mother brought Child H, then 14 weeks old, to the emergency "
     "department at Alderbeck Royal Infirmary. She said that Child H had rolled off the sofa onto a "
     "carpeted floor while she was in the kitchen. ED1, a specialty doctor, recorded \"1 cm red mark "
     "above L eyebrow, settled, feeding well\" and discharged Child H at 21.05 hrs with written head "
     "injury advice."),
    ("p", "4.8",
     "Child H could not yet roll over, and a baby of 14 weeks who is not independently mobile should "
     "not sustain a mark in ordinary handling. The hospital's protocol for bruising in babies who are "
     "not mobile{{fn:Alderbeck Royal Infirmary, Bruising and Injuries in Non-Mobile Infants, version 3, "
     "issued in May 2021. It applies to every infant under six months and to any older infant who is "
     "not yet crawling or cruising.}} requires a paediatric review and a referral to children's social "
     "care. ED1 told the review that a \"red mark\" was not, in her mind, a bruise, and that the "
     "explanation seemed plausible. The review regards this as the first critical missed opportunity."),
    ("p", "4.9",
     "A discharge summary was posted to the GP and to the health visiting team. It reached the "
     "Alderbeck health visiting team on 3 October 2022, the day the family moved, and was filed without "
     "action because the family were by then recorded as \"moved out of area\"."),
    ("box", "teal", "Practice point: marks on babies who are not mobile",
     ["<b>\"Those who don't cruise rarely bruise.\"</b> Any bruise, red mark or petechiae on a baby who "
      "is not yet crawling or cruising must be treated as a possible sign of abuse until a paediatrician "
      "has reviewed it.",
      "Measure and record what you see, follow the local protocol in full, and do not rely on the "
      "explanation given, however plausible it sounds. A second mark within a few months is a pattern, "
      "not a coincidence."]),
    ("sub", "Moving across the boundary"),
    ("p", "4.10",
     "The family moved to Marlow Court on 3 October 2022. Kestrel Vale Housing Association arranged the "
     "transfer, but its tenancy team had no process for telling health or social care about a move "
     "across the council boundary, and the family did not tell anyone either. Mother registered herself "
     "and both children with Tarnwick Quay Surgery on 19 October 2022. The GP records from Beckside "
     "Medical Practice did not arrive electronically until 6 December 2022."),
    ("p", "4.11",
     "The Alderbeck health visiting team learned of the move on 10 October 2022, when a planned "
     "contact failed. The record was transferred to the Tarnwick 0\u201319 team on 8 November 2022, "
     "36 days after the move. The two trusts use different electronic record systems,{{fn:Alderbeck "
     "Community Health NHS Trust uses the HealthFile system and Wolds and Tarnwick Healthcare uses "
     "CareView. Records move between them as a PDF extract, which the receiving team has to read and "
     "summarise by hand.}} and the transfer summary did not mention either the emergency department "
     "attendance or the police notification."),
    ("p", "4.12",
     "GP2 saw Mother at Tarnwick Quay Surgery on 1 November 2022 with low mood and prescribed sertraline "
     "50 mg daily. The children were not discussed. Because the previous GP record had not yet arrived, "
     "GP2 did not know of the earlier PHQ-9 score or of the emergency department attendance."),
    ("runin", "4.13", "The second police call-out.",
     "At 01.20 hrs on 16 November 2022 Mother called the police to Marlow Court. PC2 found an internal "
     "door broken. Father had left the flat and was arrested nearby for criminal damage. Mother said he "
     "had \"lost it\" after drinking. Both children were in the flat. The DASH risk assessment was "
     "graded as medium risk, with nine positive answers,{{fn:The DASH checklist has 27 questions. In "
     "Northvale Police guidance, 14 or more positive answers normally indicates high risk, as does the "
     "professional judgement of the attending officer.}} and a public protection notice was sent to the "
     "Tarnwick Children's Front Door the same morning."),
    ("p", "4.14",
     "SW1 screened the notice at the Front Door on 17 November 2022. Because the family had only "
     "recently arrived, Tarnwick's own system held no history, and SW1 did not contact the Alderbeck "
     "MASH, which held the record of the August incident. The team manager, TM1, agreed that the case "
     "did not meet the threshold for a statutory assessment and referred it to Early Help. The health "
     "visiting team was not told until 29 November 2022."),
    ("p", "4.15",
     "HV2 made the transfer-in home visit on 24 November 2022. Child H weighed 6.3 kg. She had been born "
     "on about the 25th centile and was still following it at eight weeks; at five and a half months "
     "she had fallen to the 9th. HV2 wrote the weight in the red book but did not plot it on the "
     "electronic chart, and did not know about the police call-out eight days earlier."),
    ("sub", "Early help, housing and nursery"),
    ("p", "4.16",
     "The Early Help referral was allocated to EHW1, a family practitioner, on 5 December 2022, and she "
     "first visited on 9 December 2022. Over the following three months EHW1 made six home visits. "
     "Father was \"at work\" every time, and the Early Help assessment, completed on 30 December 2022, "
     "recorded him only as \"partner, supportive\". The plan concentrated on the rent arrears, a referral "
     "for debt advice and a funded nursery place for Child G."),
    ("p", "4.17",
     "HO1, a housing officer with Kestrel Vale, visited Marlow Court on 20 December 2022 about rent "
     "arrears of \u00a3642. The boiler had failed and the flat was very cold. HO1 saw Child H lying in "
     "her cot in only a vest and a nappy, with no blanket. HO1 logged an urgent repair{{fn:Repair "
     "request KV 44817, raised as \"urgent: no heating\" with a target of 24 hours. The boiler was "
     "repaired on 9 January 2023, twenty days after the visit.}} and arranged for two electric heaters "
     "to be delivered, but she did not think that what she had seen was a safeguarding matter and did "
     "not tell anyone."),
    ("p", "4.18",
     "Child G started at Pippin Lane Nursery on 4 January 2023, taking up 15 funded hours a week. The "
     "admission form, completed with Mother, recorded \"no agencies involved\", and the designated "
     "safeguarding lead, DSL1, had no reason to contact anyone."),
    ("sub", "The second attendance and the first strategy discussion"),
    ("runin", "4.19", "The second emergency department attendance.",
     "At 02.10 hrs on 11 January 2023 Father brought Child H, then seven months old, to the same "
     "emergency department. He said she had woken screaming with her head caught between the bars of "
     "her cot. ED2, a registrar in emergency medicine, found bruising to the left ear and a small "
     "cluster of petechiae on the left side of the neck. ED2 saw the September attendance on the "
     "hospital system, applied the protocol correctly and admitted Child H to the children's ward."),
    ("p", "4.20",
     "PAED1, a consultant paediatrician, examined Child H at 10.30 hrs. She considered the bruising "
     "consistent with the explanation and did not request a skeletal survey, a CT head scan or an "
     "ophthalmology review, although the protocol required all three for a bruised ear in a child of "
     "that age. PAED1 told the review that she had not read the record of the earlier attendance. She "
     "referred Child H to the Tarnwick Children's Front Door at 11.50 hrs, and Child H went home with "
     "Father at 17.20 hrs the same day."),
    ("runin", "4.21", "The first strategy discussion.",
     "A strategy discussion was held by telephone at 14.30 hrs on 12 January 2023, the day after Child "
     "H went home. It was led by SW2, a senior social worker at the Front Door, with DS1 for the police "
     "and PAED1 for health. The health visitor, the GP and the nursery were not invited, and nobody "
     "present had the Alderbeck history. The discussion accepted PAED1's view that the injury was "
     "accidental and agreed that no section 47 enquiry was needed. Instead the Assessment Team would "
     "complete a child and family assessment."),
    ("pull", "Nobody ever asked me what a day was like for the baby. They asked about the rent.",
     "Mother, speaking to the reviewer"),
    ("p", "4.22",
     "The assessment was allocated to SW3 on 16 January 2023. SW3 made an announced home visit on "
     "19 January 2023, when both parents were present. Child H was asleep in a pushchair and was not "
     "woken or undressed; SW3 looked at the cot and noted that it was \"in good repair\". Father said he "
     "had \"cut right down\" on his drinking. SW3 did not ask to see Child G, who was at nursery."),
    ("p", "4.23",
     "On 26 January 2023 Child G told his key person at nursery, NP1, that \"Daddy shouted at baby and "
     "baby cried and cried\". NP1 wrote down his words and passed them to DSL1 the same day. DSL1 learned "
     "that there was an open assessment only on 1 February, and emailed SW3 on 2 February 2023, seven "
     "days after Child G had spoken. SW3 replied that she would \"bear it in mind\"."),
    ("p", "4.24",
     "EHW1 had encouraged Father to seek help, and he was assessed by SMW1 at Pathways on 8 February "
     "2023. He disclosed using cocaine most weekends and drinking about 40 units of alcohol a week. He "
     "agreed that Pathways could write to his GP but declined consent to share information with "
     "children's social care. SMW1 recorded that he \"has children\" but did not ask their ages or who "
     "looked after them while he was using."),
    ("sub", "Weight, closure and step-down"),
    ("p", "4.25",
     "HV2 went on sick leave in late January 2023 and her caseload was covered by HV3. HV3 made a home "
     "visit on 14 February 2023 to complete the overdue review. Child H weighed 6.2 kg, just above the "
     "0.4th centile. The flat was cold again, Child H was in damp clothing and she had a widespread "
     "nappy rash. HV3 plotted the weight, saw that it had fallen across three centile lines, and "
     "telephoned SW3 the next day."),
    ("p", "4.26",
     "SW3 recorded the call but completed the assessment on 21 February 2023, recommending that the "
     "case step down to Early Help. TM2, the Assessment Team manager, agreed the closure on 22 February "
     "2023. The assessment had taken 27 working days. It did not mention Father's substance use, it "
     "summarised the nursery's information in one line, it made no reference to the Alderbeck history, "
     "and it described Child H's weight as \"being monitored by health\"."),
    ("p", "4.27",
     "EHW1 chaired a Team Around the Family meeting on 1 March 2023. Mother, HV3 and DSL1 attended; "
     "Father did not. Pathways was not invited, because no one at the meeting knew that it was "
     "involved. The plan was for Child H to be weighed at the clinic on 10 March 2023, but she was not "
     "brought. On 7 March 2023 SMW2 had discharged Mother from Pathways after three further missed "
     "appointments, with a letter to GP2."),
    ("runin", "4.28", "The admission.",
     "On 14 March 2023 Mother called 999 at 06.48 hrs to say that Child H was \"floppy\" and being sick. "
     "The ambulance arrived at 07.02 hrs and Child H reached the emergency department at 07.21 hrs. A CT "
     "scan at 09.05 hrs showed acute and older subdural haemorrhages. PAED2, the paediatric registrar on "
     "call, made a referral to the Front Door at 10.15 hrs, and Child H was transferred to St Cuthbert's "
     "Children's Hospital with the retrieval team at 13.30 hrs."),
    ("runin", "4.29", "The second strategy discussion.",
     "This was held at 16.00 hrs on 14 March 2023 and chaired by TM1, with DS2, PAED2, HV3 and DSL1. It "
     "agreed a section 47 enquiry and a joint police investigation. Child G went to his maternal "
     "grandmother under a safety plan that evening, and both parents were arrested the following day."),

    ("h", "s5", "5  Findings"),
    ("p", "5.1",
     "The review has identified six findings. Each describes a pattern in the way the system worked "
     "rather than the failing of one person, and each leads to one or more of the recommendations in "
     "Part Four."),
    ("sub", "Finding 1: Marks on a baby who was not mobile were explained away"),
    ("p", "5.2",
     "Child H was brought to hospital twice in four months with a mark on her head. On neither occasion "
     "was the protocol followed in full. At the first attendance the mark was not called a bruise; at "
     "the second the protocol was started by ED2 but not completed by PAED1, an experienced consultant "
     "whose view the strategy discussion accepted without challenge."),
    ("p", "5.3",
     "The hospital's own audit, carried out after this incident, found that in 2022 the protocol was "
     "completed in full in 61% of eligible attendances.{{fn:Alderbeck Royal Infirmary safeguarding "
     "team, audit of 118 attendances of infants under one year with a bruise or mark, January to "
     "December 2022.}} Staff knew the protocol but treated a \"red mark\" as falling outside it, and "
     "senior doctors were rarely asked to account for a decision not to investigate."),
    ("p", "5.4",
     "ED2 told the review that he had \"done my bit\" by admitting Child H and did not feel it was his "
     "place to question a consultant. The strategy discussion the next day then relied on the "
     "consultant's opinion as if it were the result of the investigations that the protocol required. "
     "In the reviewer's view, a strategy discussion should ask which protocol steps have been completed "
     "before it accepts any medical opinion about the cause of an injury."),
    ("sub", "Finding 2: The move across the boundary wiped the slate clean"),
    ("p", "5.5",
     "The family moved seven miles, but their history did not travel with them. The Alderbeck MASH held "
     "the August police notification; the Alderbeck health visitors held the hospital letter. The "
     "Tarnwick Front Door made no check with Alderbeck on 17 November 2022 or on 12 January 2023, and "
     "there was no agreement between the two front doors that such a check should be made."),
    ("p", "5.6",
     "Health visiting records took 36 days to transfer against the provider's own standard of ten "
     "working days, and arrived without a summary of risk. The two front doors also record on different "
     "case management systems, Orbis in Alderbeck and CareTrack in Tarnwick, and neither can see the "
     "other's records. Kestrel Vale, the one agency that knew the family were moving, had nothing in its "
     "procedures that would have prompted it to tell anyone."),
    ("sub", "Finding 3: Father was seen but not known"),
    ("p", "5.7",
     "Father was present at the new birth visit, brought Child H to hospital the second time and was "
     "at home for the social worker's visit, yet no agency assessed him. Practitioners at the learning "
     "event described him as \"polite\", \"quiet\" and \"always just off to work\"."),
    ("p", "5.8",
     "His 2017 conviction for assaulting a former partner was held by the police and would have been "
     "available to both strategy discussions. DS1 told the review that the checks before the first "
     "strategy discussion covered only the Marlow Court address and not the people living there."),
    ("box", "sand", "Think family: questions about the men in a baby's life",
     ["Who lives here, and who stays over? Who looks after the baby when Mother is out or asleep?",
      "What do we know about his drinking, drug use, mental health and past relationships, and have we "
      "checked rather than asked?",
      "Has anyone seen him with the baby, and has anyone asked him directly what help he needs?"]),
    ("p", "5.9",
     "Pathways was the only agency to hear Father describe his drug and alcohol use. SMW1 treated his "
     "refusal of consent as the end of the matter. The service's own policy allows information to be "
     "shared without consent where a child may be at risk, but SMW1 had never used it and told the "
     "review that \"in recovery work, consent is everything\". Without knowing the ages of his children, "
     "SMW1 could not weigh that risk at all."),
    ("sub", "Finding 4: Neglect was seen in fragments"),
    ("p", "5.10",
     "The signs of neglect were there from November 2022: the falling weight, the cold flat, the baby "
     "in a vest, the nappy rash, Mother's depression and the missed clinic. Each agency held one or two "
     "of these signs and none held them all. Both councils adopted the Graded Care Profile 2 in 2021, "
     "but it was not used by any practitioner during the period under review."),
    ("p", "5.11",
     "Mother's depression was recorded by two GPs, treated with medication and never linked to her "
     "capacity to care for a baby. Neither GP practice had a system for telling the health visitor "
     "when a mother of a child under one started antidepressants, and the health visitors did not ask."),
    ("p", "5.12",
     "Housing officers in both council areas had received no safeguarding training beyond a 40-minute "
     "online introduction, and HO1 told the review that she \"did not know a cold baby counted\"."),
    ("sub", "Finding 5: The children's own experiences were not sought"),
    ("p", "5.13",
     "Child H was never seen awake and undressed by a social worker, and her weight was treated as a "
     "health matter rather than as evidence of her daily care. Child G's words at nursery were the only "
     "direct account of life in the flat. They took seven days to reach the social worker, and no one "
     "spoke to Child G about them."),
    ("p", "5.14",
     "The maternal grandmother told the reviewer that at Christmas 2022 she had thought Child H was "
     "\"thin and quiet, not like a baby should be\", but that she assumed the professionals visiting "
     "the family would have noticed. No agency had her contact details, and no one had asked her about "
     "the children."),
    ("pull", "I thought because there were people going in, someone was keeping an eye on her.",
     "Maternal grandmother, speaking to the reviewer"),
    ("sub", "Finding 6: Decisions were closed without the whole picture"),
    ("p", "5.15",
     "The assessment was closed, and the case stepped down, without a multi-agency discussion and a "
     "week after the health visitor had reported a serious fall in weight. The Team Around the Family "
     "meeting inherited a plan built on incomplete information and had no way of knowing that Pathways "
     "was working with both parents."),
    ("p", "5.16",
     "TM2 told the review that in February 2023 the Assessment Team held 41 open assessments against a "
     "capacity of 30, and that closures were being reviewed in batches at the end of each week. The "
     "reviewer accepts that pressure was real, but notes that the decision to close was made on the "
     "written summary alone, without a conversation with the health visitor who had raised the concern."),

    ("sub", "What worked well"),
    ("p", "5.17",
     "The review also saw good practice. ED2 recognised the significance of a second head injury and "
     "admitted Child H in line with the protocol. HV3 plotted the weight, understood what the fall "
     "meant and raised it the next day. NP1 wrote down Child G's words exactly as he said them, and DSL1 "
     "passed them on once she knew whom to tell."),
    ("p", "5.18",
     "HO1 arranged for two heaters to be delivered within a day of her visit, and EHW1 persisted in "
     "encouraging Father to seek help, which led to the only assessment of his substance use. These "
     "actions were not enough to protect Child H, but they show practitioners acting on what was in "
     "front of them."),

    ("band", "part4", "Part Four", "Recommendations and response"),
    ("h", "s6", "6  Recommendations"),
    ("p", "6.1",
     "<b>Recommendation 1.</b> Alderbeck Royal Infirmary should require a consultant to record the "
     "reason whenever a step in the non-mobile infant protocol is not completed, and should report a "
     "repeat audit of compliance to the Partnership by March 2025."),
    ("p", "6.2",
     "<b>Recommendation 2.</b> The Alderbeck MASH and the Tarnwick Children's Front Door should make a "
     "check with each other mandatory for any family with children under five who has lived in the "
     "other council area in the previous two years."),
    ("p", "6.3",
     "<b>Recommendation 3.</b> The two health visiting providers should agree a joint standard for "
     "the transfer of records within ten working days, with a telephone handover for every family "
     "receiving more than the universal service."),
    ("p", "6.4",
     "<b>Recommendation 4.</b> The Partnership should publish guidance on including fathers and male "
     "carers in assessments, and every agency should audit how often fathers are named, seen and "
     "checked in its records."),
    ("p", "6.5",
     "<b>Recommendation 5.</b> Kestrel Vale Housing Association should train all tenancy and repairs "
     "staff in recognising neglect and should notify the receiving council when it moves a family with "
     "a child under five across the boundary."),
    ("p", "6.6",
     "<b>Recommendation 6.</b> The Partnership should relaunch the Graded Care Profile 2 and set an "
     "expectation that it is used whenever a baby's weight falls across two or more centile lines."),
    ("p", "6.7",
     "<b>Recommendation 7.</b> The Pathways Recovery Service should ask every adult about children in the "
     "household, record their ages and who cares for them, and explain to parents when information will "
     "be shared without consent."),
    ("box", "teal", "Since the review: changes already made",
     ["A cross-border information sharing protocol between the Alderbeck MASH and the Tarnwick "
      "Children's Front Door was signed in January 2024.",
      "The hospital added a mandatory consultant sign-off field to its electronic protocol in "
      "November 2023.",
      "Pathways added a question about children in the household to its assessment form in "
      "October 2023."]),
    ("h", "s7", "7  The Partnership's response"),
    ("p", "7.1",
     "The safeguarding partners received the final report on 14 February 2024 and accepted all seven "
     "recommendations at the Partnership board meeting on 9 May 2024. Each recommendation has a named "
     "lead officer and a target date in the action plan, which is published alongside this report."),
    ("p", "7.2",
     "The Partnership's Learning and Improvement Subgroup will oversee the action plan. Its first "
     "progress report is due in December 2024. A seven-minute learning briefing has been produced for "
     "practitioners, and the findings will be used in multi-agency training across both council areas "
     "from the autumn of 2024."),
    ("p", "7.3",
     "The Partnership will also ask the two councils to test, through a multi-agency audit of 20 "
     "families who have moved between Alderbeck and Tarnwick in the past year, whether the new "
     "cross-border protocol is making a difference."),
    ("h", "s8", "8  Concluding remarks"),
    ("p", "8.1",
     "Child H's injuries were not predictable from any single contact, but the combination of what "
     "agencies knew made her serious harm much more likely than anyone appreciated at the time. The "
     "learning from this review is about putting the pieces together, about the men in a baby's life, "
     "and about looking at the child."),
    ("p", "8.2",
     "The reviewer is grateful to every practitioner who took part. Many of them were deeply affected "
     "by what happened to Child H, and their honesty has made it possible to learn from it."),
    ("box", "rose", "Review panel membership",
     ["Designated Nurse for Safeguarding Children (chair); Head of Service, Tarnwick Children's Front "
      "Door; Service Manager, Alderbeck MASH; Named Doctor, Alderbeck Royal Infirmary; Detective "
      "Inspector, Northvale Police Public Protection Unit; Head of Early Help, Tarnwick; Safeguarding "
      "Lead, Kestrel Vale Housing Association; Clinical Lead, Pathways Recovery Service; Partnership "
      "Business Manager."]),
    ("box", "sand", "Glossary",
     ["<b>DASH</b>: the domestic abuse risk identification checklist used by the police.",
      "<b>MASH</b>: Multi-Agency Safeguarding Hub, the Alderbeck front door.",
      "<b>Section 47 enquiry</b>: an enquiry by children's social care where there is reasonable cause "
      "to suspect a child is suffering, or is likely to suffer, significant harm.",
      "<b>Step-down</b>: moving a family from statutory social work to Early Help.",
      "<b>TAF</b>: Team Around the Family, the multi-agency meeting used in Early Help."]),
]

# ---------------------------------------------------------------- chronology
# (date as in agency records, agency, what happened, reviewer's comment)
CHRONOLOGY = [
    ("2011–2013", "Alderbeck Children's Services",
     "Mother, then a teenager, supported as a child in need because of her own mother's illness.",
     "Historical; not known to Tarnwick agencies."),
    ("Aug 2019", "Health visiting (Alderbeck)",
     "Child G born. Mother treated by her GP for postnatal depression.",
     "Mother's history of low mood was available to health visitors."),
    ("01/12/2021", "Midwifery (ARI)",
     "Booking appointment with MW1 at nine weeks. Mother discloses daily cannabis use and past "
     "depression. Referred to Pathways Recovery Service.",
     "Father's details recorded as \"not known\"."),
    ("Feb\u2013May 2022", "Pathways Recovery Service",
     "Mother attends 2 of 5 appointments with SMW2. Case left open.",
     "No contact with the midwife about non-attendance."),
    ("02/06/2022", "ARI maternity", "Child H born at 37 weeks, weighing 2.61 kg.",
     "Routine discharge on day two."),
    ("14/06/2022", "Health visiting (Alderbeck)",
     "New birth visit by HV1. Father present. Strong smell of cannabis; safe sleep advice given. "
     "Family placed on Universal Plus.",
     "Father not asked about his own use."),
    ("20/07/2022", "GP (Beckside Medical Practice)",
     "Six-to-eight-week check by GP1. Child H weighs 4.1 kg. Mother's PHQ-9 score is 14.",
     "Mother's mood not shared with the health visitor."),
    ("09/08/2022", "Police",
     "Verbal domestic incident at Hollins Rise at 23.40 hrs. PC1 attends; Father intoxicated. DASH "
     "graded standard risk.",
     "Both children present; Child H ten weeks old."),
    ("11/08/2022", "Alderbeck MASH",
     "MASH1 triages the police notification as \"information only\" and shares it with health "
     "visiting.",
     "No check of Father's police record."),
    ("15.08.22", "Health visiting (Alderbeck)",
     "HV1 telephones Mother, who says the argument was \"about money\".",
     "Telephone contact only; no visit."),
    ("12/09/2022", "ARI emergency department",
     "Mother brings Child H (14 weeks) at 19.15 hrs after a reported roll off a sofa. ED1 records a "
     "1 cm red mark above the left eyebrow. Discharged at 21.05 hrs.",
     "Protocol not applied. See Finding 1."),
    ("03/10/2022", "Kestrel Vale Housing",
     "Family moves from Hollins Rise, Alderbeck, to Marlow Court, Tarnwick.",
     "Neither the family nor the landlord tells any other agency."),
    ("03/10/2022", "Health visiting (Alderbeck)",
     "ED discharge letter of 12 September arrives by post and is filed.",
     "Recorded as \"moved out of area\"."),
    ("10/10/2022", "Health visiting (Alderbeck)",
     "A planned contact fails; the team learns that the family have moved to Tarnwick.",
     "Transfer of the record begins."),
    ("19 Oct 2022", "GP (Tarnwick Quay Surgery)",
     "Mother and both children register with the practice.",
     "Previous GP records arrive on 6 December 2022."),
    ("01/11/2022", "GP (Tarnwick Quay Surgery)",
     "GP2 sees Mother for low mood; sertraline 50 mg prescribed.",
     "Children not discussed."),
    ("08/11/2022", "Health visiting (Tarnwick)",
     "Health visiting record received from Alderbeck.",
     "36 days after the move; no risk summary."),
    ("16/11/2022", "Police",
     "Incident at Marlow Court at 01.20 hrs. PC2 attends; internal door broken. Father arrested for "
     "criminal damage. DASH graded medium risk.",
     "Public protection notice sent to the Tarnwick Front Door."),
    ("17/11/2022", "Tarnwick Children's Front Door",
     "SW1 screens the notice; TM1 agrees a referral to Early Help.",
     "No contact with the Alderbeck MASH."),
    ("22/11/2022", "Pathways Recovery Service",
     "SMW2 writes to Mother offering a new appointment.",
     "Letter sent to the old Hollins Rise address."),
    ("24/11/2022", "Health visiting (Tarnwick)",
     "Transfer-in home visit by HV2. Child H weighs 6.3 kg. Mother describes her as \"a good baby who "
     "sleeps a lot\". HV2 gives advice on weaning and on the damp in the bedroom, and plans the next "
     "contact for the nine-month review.",
     "Weight written in the red book but not plotted; fall from the 25th to the 9th centile missed. HV2 "
     "unaware of the police call-out on 16/11/2022."),
    ("29/11/2022", "Tarnwick Children's Front Door",
     "The police notice of 16 November is shared with the Tarnwick health visiting team by secure "
     "email. The team leader adds it to the record but does not tell HV2, who had visited five days "
     "earlier.",
     "Twelve days after screening. Not discussed at the weekly allocation meeting of the health "
     "visiting team."),
    ("05/12/2022", "Early Help",
     "Allocated to EHW1; first home visit on 9 December 2022.",
     "Father \"at work\" at every visit."),
    ("20/12/2022", "Kestrel Vale Housing",
     "HO1 visits about rent arrears of \u00a3642. Boiler not working; Child H in a vest only. Repair "
     "logged and two heaters supplied.",
     "Not shared. Boiler repaired on 09/01/2023."),
    ("30/12/2022", "Early Help",
     "Early Help assessment completed. Father recorded as \"partner, supportive\". Plan covers rent "
     "arrears, debt advice and a nursery place for Child G.",
     "Father never seen; no checks made on him."),
    ("04/01/2023", "Pippin Lane Nursery",
     "Child G starts, 15 funded hours a week. DSL1 completes the admission form with Mother.",
     "Form records \"no agencies involved\"."),
    ("11/01/2023", "ARI emergency department",
     "Father brings Child H at 02.10 hrs with bruising to the left ear and petechiae on the neck. ED2 "
     "applies the protocol; Child H admitted to the children's ward.",
     "Second attendance with a head mark. See Finding 1."),
    ("11/01/2023", "ARI paediatrics",
     "PAED1 examines Child H at 10.30 hrs and accepts the account of the cot bars. No skeletal survey, "
     "CT or eye examination. Referral to the Front Door at 11.50 hrs; discharged home at 17.20 hrs.",
     "Protocol steps not completed. The protocol requires a skeletal survey, CT head scan and "
     "ophthalmology review for any bruise to the ear, face or neck of a child under one, whatever "
     "explanation is given. PAED1 did not read the record of the September attendance."),
    ("12/01/2023", "Tarnwick Children's Front Door",
     "Strategy discussion by telephone at 14.30 hrs: SW2, DS1 and PAED1. No section 47 enquiry; child "
     "and family assessment to be completed.",
     "Health visitor, GP and nursery not invited."),
    ("16/01/2023", "Children's social care (Assessment)",
     "Child and family assessment allocated to SW3.",
     "No contact with the Alderbeck MASH."),
    ("19/01/2023", "Children's social care (Assessment)",
     "Announced home visit by SW3. Child H asleep in a pushchair.",
     "Child not seen awake or undressed."),
    ("26/01/2023", "Pippin Lane Nursery",
     "Child G tells NP1 \"Daddy shouted at baby\". DSL1 records the comment.",
     "Shared with SW3 by email on 02/02/2023."),
    ("08/02/2023", "Pathways Recovery Service",
     "SMW1 assesses Father: cocaine most weekends and about 40 units of alcohol a week.",
     "Consent to share with children's social care declined."),
    ("14/02/2023", "Health visiting (Tarnwick)",
     "Home visit by HV3. Child H weighs 6.2 kg, just above the 0.4th centile. Flat cold; nappy rash.",
     "HV3 telephones SW3 the next day."),
    ("15/02/2023", "Health visiting (Tarnwick)",
     "HV3 telephones SW3 about the fall in weight and the state of the flat.",
     "SW3 records the call; no change to the plan."),
    ("21/02/2023", "Children's social care (Assessment)",
     "Assessment closed with step-down to Early Help. TM2 agrees the closure on 22/02/2023.",
     "Father's substance use not known to the assessment."),
    ("01/03/2023", "Early Help",
     "Team Around the Family meeting chaired by EHW1. Father absent. Clinic weight check planned.",
     "Pathways not invited."),
    ("07/03/2023", "Pathways Recovery Service",
     "SMW2 discharges Mother after three further missed appointments.",
     "GP2 informed by letter."),
    ("10.03.23", "Health visiting (Tarnwick)",
     "Child H not brought to the clinic weight check.",
     "No follow-up before 14 March."),
    ("14/03/2023", "Ambulance service and ARI",
     "999 call at 06.48 hrs. Child H admitted with head injury; CT at 09.05 hrs. Transferred to "
     "St Cuthbert's at 13.30 hrs.",
     "See paragraph 4.28."),
    ("14/03/2023", "Tarnwick Children's Front Door",
     "Second strategy discussion at 16.00 hrs chaired by TM1; section 47 enquiry agreed. Child G "
     "placed with his maternal grandmother.",
     "Child G's father, Mr K, not contacted."),
    ("15/03/2023", "Police",
     "Mother and Father arrested at Marlow Court on suspicion of causing grievous bodily harm to "
     "Child H and child neglect.",
     "Both later interviewed under caution."),
    ("25/03/2023", "St Cuthbert's Children's Hospital",
     "Child H moves from intensive care to a children's ward.",
     "Eleven days in intensive care."),
]

# ---------------------------------------------------------------- briefing
# The learning briefing deliberately differs from the report on three points:
#   the time of the 999 call (06.58 here, 06.48 in the report),
#   Child H's weight on admission (5.6 kg here, 5.9 kg in the report),
#   the number at the learning event (26 here, 23 in the report).

BRIEF_TITLE = "Learning briefing: Child H"
BRIEF_SUB = ("What practitioners across Alderbeck and Tarnwick need to know from the Child "
             "Safeguarding Practice Review into serious harm to a baby")

BRIEF_ABOUT = [
    "Child H was nine months old when her mother called 999 at 06.58 on 14 March 2023 because she was "
    "floppy and vomiting. At Alderbeck Royal Infirmary doctors found bleeding around her brain, "
    "retinal haemorrhages and two healing rib fractures. She weighed only 5.6 kg. Her injuries were "
    "found to be inflicted, and she had been neglected for many weeks.",
    "In the ten months before that morning the family were known to health visitors, two GP practices, "
    "the hospital, the police, children's social care in both council areas, Early Help, their "
    "landlord, a nursery and an adult drug and alcohol service. The review, led by independent reviewer "
    "Dr Annika Brennan, asked why the pieces of information these agencies held were never put "
    "together.",
]

BRIEF_FACTS = [
    ("Child", "Child H, aged 9 months"),
    ("Sibling", "Child G, aged 3"),
    ("Period reviewed", "December 2021 to March 2023"),
    ("Agencies involved", "11"),
    ("Learning event", "19 September 2023, 26 practitioners"),
    ("Recommendations", "7"),
]

BRIEF_DATES = [
    ("12 September 2022", "First emergency department attendance, aged 14 weeks"),
    ("3 October 2022", "Family moves from Alderbeck to Tarnwick"),
    ("16 November 2022", "Second police call-out; referral to Early Help"),
    ("11 January 2023", "Second emergency department attendance"),
    ("12 January 2023", "First strategy discussion: no section 47 enquiry"),
    ("21 February 2023", "Assessment closed; step-down to Early Help"),
    ("14 March 2023", "Admitted to hospital with a head injury"),
]

BRIEF_LEARNING = [
    ("A mark on a baby who cannot move is a warning",
     "Child H was taken to the emergency department twice with marks to her head, first at 14 weeks "
     "and again at seven months. On the first visit a \"red mark\" was not treated as a bruise and she "
     "went home the same evening. On the second, the hospital protocol was started by the emergency "
     "doctor but not finished by the consultant, and a skeletal survey was never done. The strategy "
     "discussion the next day accepted that the injury was accidental."),
    ("History did not cross the boundary",
     "When the family moved from Alderbeck to Tarnwick in October 2022, the health visiting record "
     "took 36 days to follow them and arrived without a summary of risk. Tarnwick's front door never "
     "checked with Alderbeck, which knew about an earlier police call-out and the first hospital "
     "attendance. The landlord knew about the move but had no reason to tell anyone."),
    ("Father was present but unknown",
     "Father was at the new birth visit, at the second hospital attendance and at the social worker's "
     "visit. Nobody assessed him. His conviction for assaulting a former partner, his heavy drinking "
     "and his cocaine use were each known to one agency only. The adult drug and alcohol service did "
     "not ask how old his children were."),
    ("Neglect was seen in pieces",
     "A cold flat, a baby in a vest, a falling weight, nappy rash, a missed clinic and a mother with "
     "depression were each noticed by someone. Nobody held the whole picture, and the Graded Care "
     "Profile 2 was never used."),
    ("The children's voices",
     "Child G's words at nursery were the only account of life at home. They took a week to reach the "
     "social worker, and nobody talked to him about them. Child H was never seen awake and undressed "
     "during the assessment."),
]

BRIEF_QUOTE = ("\u201cNobody ever asked me what a day was like for the baby.\u201d "
               "Child H's mother")

BRIEF_RECS = [
    ("Complete the non-mobile infant protocol, with a consultant recording any step not taken",
     "Alderbeck Royal Infirmary"),
    ("Make cross-border checks between the two front doors mandatory", "Both councils"),
    ("Transfer health visiting records within ten working days", "Health visiting providers"),
    ("Include fathers and male carers in every assessment", "All agencies"),
    ("Train housing staff and notify moves across the boundary", "Kestrel Vale Housing Association"),
    ("Relaunch the Graded Care Profile 2", "The Partnership"),
    ("Ask adults in treatment about the children at home", "Pathways Recovery Service"),
]

BRIEF_DO = [
    ("Treat every mark as a bruise.",
     "If a baby who is not crawling or cruising has any mark, bruise or petechiae, follow the hospital "
     "protocol in full and refer. Do not accept an explanation without a paediatric review."),
    ("Ask where the family lived before.",
     "For any child under five who has moved in the last two years, contact the other council's front "
     "door and the previous health visiting team before you decide anything."),
    ("Find out who the men are.",
     "Name, check and meet every man who lives with or looks after the baby. Ask about drink, drugs and "
     "past relationships, and check police records rather than relying on what you are told."),
]

BRIEF_SUPERVISION = [
    "When did you last see a baby on your caseload awake and undressed?",
    "Which families on your caseload have moved across the council boundary?",
    "What do you know about the fathers and male carers, and how do you know it?",
]

BRIEF_CONTACT = ("The full report is published on the Partnership's website. For training on this "
                 "review contact the Partnership business unit, Tarnwick Civic Centre.")
