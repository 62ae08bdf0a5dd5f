"""Text of the FICTIONAL Ashby Vale Child Safeguarding Practice Review (Child T).

Everything here is invented practice material for the scr-qa project. build.py
lays this text out; nothing else reads it.

Stream items (in reading order):
    ("H1", num, title)            full-width section heading
    ("H1C", num, title)           section heading local to one column
    ("H1P", num, title, text)     section heading run in to its first paragraph
    ("H2", title)                 subheading local to one column
    ("P", text)                   numbered paragraph (numbered automatically per section)
    ("SIDEBAR", heading, [lines]) tinted "Key facts" box inside a column
    ("QUOTE", text)               pull quote inside a column
    ("TABLE", caption, header, rows, col_widths)  full-width table

Footnotes are written inline as ^{footnote text} straight after the word that
carries the marker; build.py numbers them continuously in reading order.
"""

PARTNERSHIP = "Ashby Vale Safeguarding Children Partnership"
TITLE = "Child Safeguarding Practice Review: Child T"

COVER = {
    "kicker": PARTNERSHIP,
    "title": "Child Safeguarding Practice Review",
    "subtitle": "Child T",
    "lines": [
        "Independent reviewer: Alison Fairbrother",
        "Review period: 1 March 2021 to 14 February 2023",
        "Published 23 November 2023",
    ],
    "notice": ("FICTIONAL practice document. Everything in this review is invented to test "
               "the scr-qa software. It describes no real child, family, practitioner, "
               "partnership or agency, and it must never be cited as fact."),
}

FOREWORD = [
    ("Foreword", [
        "Child T was two years old when she was seriously injured in her own home. She "
        "had been seen by a health visitor, two GPs, two social workers, a family support "
        "worker and her nursery in the months before. Many of those practitioners cared "
        "about her, and some of them did exactly what was asked of them.",
        "This review shows how the system around them made it hard to see the adult who "
        "posed the greatest risk. I am grateful to Child T's mother and grandmother for "
        "speaking to the reviewer, and to the 14 practitioners who gave their time to the "
        "learning event. The partnership accepts all eight recommendations and will "
        "publish an action plan by 31 January 2024.",
        "Marcus Reid, Independent Scrutineer, November 2023",
    ]),
]

GLOSSARY = [
    ("AVSCP", "Ashby Vale Safeguarding Children Partnership"),
    ("CIN", "Child in Need (section 17 of the Children Act 1989)"),
    ("CSPR", "Child Safeguarding Practice Review"),
    ("DASH", "Domestic abuse risk identification checklist used by the police"),
    ("IDVA", "Independent domestic violence adviser"),
    ("MARAC", "Multi-agency risk assessment conference"),
]

ROLE_CODES = [
    ("HV1", "Health visitor, Ashby Vale Community Health NHS Trust, 2021 to 2023"),
    ("GP1, GP2", "General practitioners, Millbrook Surgery"),
    ("PC1", "Police constable, Vale Police"),
    ("SW1", "Social worker, assessment team, May to September 2022"),
    ("SW2", "Social worker, children in need team, from October 2022"),
    ("DA1", "Independent domestic violence adviser, Harbour Domestic Abuse Service"),
    ("MW1", "Midwife, Ashby General Hospital"),
    ("NUR1", "Manager, Kestrel Nursery"),
    ("FSW1", "Family support worker, Millbrook Family Hub"),
    ("ED1", "Consultant paediatrician (child protection), Ashby General Hospital"),
]

TABLE_CAPTION = "Table 1  Key contacts with the family, July 2021 to February 2023"
TABLE_HEADER = ["Date", "Agency", "Event", "Outcome"]
TABLE_ROWS = [
    ["19 July 2021", "Vale Police (PC1)",
     "Argument between Ms R and Mr K at Fernleigh House reported by staff",
     "DASH graded standard risk; letter sent to Ms R; no further action"],
    ["12 January 2022", "Millbrook Surgery (GP1)",
     "Bruise to Child T's forehead; Ms R says she fell against a coffee table",
     "Explanation accepted; not shared with the health visitor"],
    ["27 April 2022", "Vale Police",
     "Mr K arrested for assault on Ms R after a neighbour reports screaming",
     "DASH graded high risk; case heard at MARAC on 12 May 2022"],
    ["8 July 2022", "Children's social care (SW1)",
     "Child and family assessment completed after four home visits",
     "Child in Need plan agreed; Mr K neither interviewed nor checked"],
    ["4 October 2022", "Kestrel Nursery (NUR1)",
     "Fingertip-shaped bruises seen on Child T's upper arm",
     "Emailed to SW1 on 5 October; not read by SW2 until 14 October"],
    ["1 December 2022", "Children's social care (SW2)",
     "Child in Need plan ends after Ms R says Mr K has moved out",
     "Stepped down to early help; FSW1 allocated on 12 December 2022"],
    ["14 February 2023", "Ambulance service and Ashby General Hospital",
     "Child T found unresponsive while in the sole care of Mr K",
     "Subdural and retinal haemorrhages and healing rib fractures found; Mr K arrested the next day"],
]
TABLE_COL_WIDTHS = (27, 37, 56, 54)

SIDEBAR_HEADING = "Key facts"
SIDEBAR_LINES = [
    "Child T: a girl, aged 2 years 8 months when injured",
    "Review period: 1 March 2021 to 14 February 2023",
    "Agencies that gave chronologies: 11",
    "Practitioners at the learning event: 14",
    "Days Child T spent in hospital: 41",
]

QUOTE = ("Mr K was in the home, in the records and in the room, "
         "but he was never part of the assessment.")

STREAM = [
    ("H1", "1", "Introduction"),
    ("P", "This Child Safeguarding Practice Review was commissioned by Ashby Vale "
          "Safeguarding Children Partnership after Child T, a girl then aged two years and "
          "eight months, was admitted to Ashby General Hospital on 14 February 2023 with a "
          "serious head injury. Doctors found bleeding around the brain and behind both "
          "eyes, together with healing fractures of two ribs that were thought to be "
          "several weeks old."),
    ("P", "The safeguarding partners held a rapid review on 3 March 2023. They agreed that "
          "the criteria for a local review were met, and the national Child Safeguarding "
          "Practice Review Panel agreed with that decision on 20 March 2023.^{The national "
          "panel's agreement is not needed for a local review; the partners asked for its "
          "view because the case raised the same issues as two earlier Ashby Vale reviews.} "
          "The reviewer was appointed on 11 April 2023."),
    ("P", "Mr K, the partner of Child T's mother, was arrested on 15 February 2023. At the "
          "time of writing, criminal proceedings had not concluded, and this report does not "
          "comment on the criminal investigation or on who caused Child T's injuries."),
    ("P", "The purpose of the review is not to blame individual practitioners. It asks what "
          "agencies knew about Child T and her family, how well they worked together, and "
          "what should change so that other children in Ashby Vale are better protected."),
    ("P", "Child T is now cared for by her maternal grandmother, Mrs R, under an interim care "
          "order. She has made a partial recovery and continues to have physiotherapy twice "
          "a week. Her half-brother, Baby U, also lives with Mrs R."),
    ("H1C", "2", "The review process"),
    ("P", "The review was led by an independent reviewer, Alison Fairbrother, a former "
          "director of children's services with no connection to any agency in Ashby Vale. "
          "She was supported by a panel of senior managers from the agencies involved, "
          "chaired by the partnership's Designated Nurse."),
    ("P", "The review period runs from 1 March 2021, shortly before the family moved to "
          "Ashby Vale, to 14 February 2023, the day Child T was admitted to hospital. Earlier "
          "history from Northtown was considered where it helped to explain later events."),
    ("P", "Eleven agencies provided chronologies and short reports. The reviewer read the "
          "records, met the panel four times and held a learning event on 12 June 2023 that "
          "was attended by 14 practitioners, most of whom had worked directly with the family."),
    ("H2", "Terms of reference"),
    ("P", "The panel set four lines of enquiry: how agencies identified and assessed the adults "
          "in Child T's household; how they responded to domestic abuse; how information was "
          "shared when the family moved and when workers changed; and how the decision to step "
          "the case down was made."),
    ("P", "The review did not look at the care of Baby U in detail, because he was not harmed, "
          "but it did read the midwifery records from his birth where they shed light on the "
          "household."),
    ("SIDEBAR",),
    ("P", "Child T's mother, Ms R, met the reviewer twice, on 4 July and 9 August 2023, and "
          "her views appear in section 3. Mrs R also contributed. Mr K was invited to take "
          "part through his solicitor but declined. Child T's father, Mr D, could not be "
          "traced."),
    ("P", "Practitioners are referred to by role codes, such as HV1 for the health visitor, "
          "rather than by name. The role codes and a glossary of terms are listed on "
          "page iii."),
    ("H1C", "3", "Child T and her family"),
    ("P", "Child T was born in Northtown on 2 June 2020. She lived with her mother, Ms R, who "
          "was 22 years old when Child T was born. Practitioners at the learning event "
          "described Child T as a smiley, chatty little girl who loved music and being "
          "outdoors."),
    ("P", "Child T's father, Mr D, had been violent towards Ms R while they lived together in "
          "Northtown. Ms R left him early in 2021 and moved to Ashby Vale with Child T because "
          "she wanted a fresh start near her own mother."),
    ("P", "Mr K, who is not Child T's father, became Ms R's partner in the summer of 2021. He "
          "had convictions for assault in 2016 and for possession of drugs in 2018, but no "
          "agency in Ashby Vale knew of them until after Child T was injured."),
    ("P", "Baby U, the son of Ms R and Mr K, was born at Ashby General Hospital on "
          "9 September 2022. He was not harmed and is developing well."),
    ("P", "Mrs R, Child T's grandmother, lived about two miles away and looked after Child T "
          "most weekends until the autumn of 2022. She told the reviewer that Mr K began to "
          "discourage her visits after Baby U was born, and that she last saw Child T on "
          "Christmas Day 2022."),
    ("P", "Ms R told the reviewer that she had felt checked up on but not helped. She said "
          "that by the end of 2022 she was frightened of Mr K but believed that if she said "
          "so, her children would be taken away. She wanted practitioners to know that asking "
          "her about abuse with Mr K sitting next to her was never going to work."),
    ("H1", "4", "What happened"),
    ("H2", "March to December 2021: arrival in Ashby Vale"),
    ("P", "Ms R and Child T, then nine months old, arrived in Ashby Vale on 10 March 2021. "
          "The council's housing options team placed them in a family room at Fernleigh "
          "House, a block of temporary accommodation run by an independent provider, "
          "Fernleigh Care Ltd.^{Fernleigh Care Ltd runs 24 units of temporary supported "
          "accommodation for families under a contract with Ashby Vale Council. Its staff "
          "are support workers, not social workers.} Northtown is about 60 miles away, and "
          "the family had received no social work service there."),
    ("P", "Ms R registered Child T with Millbrook Surgery on 17 March 2021. Child T's health "
          "records from Northtown did not arrive for eleven weeks,^{The records arrived on "
          "2 June 2021, Child T's first birthday. Neither trust could explain the delay.} so "
          "at her first contact the health visitor, HV1, did not know that a Northtown health "
          "visitor had made a domestic abuse referral in 2020."),
    ("P", "HV1 made a transfer-in visit on 6 April 2021. She found Child T well cared for and "
          "meeting her milestones. Ms R said she had left a difficult relationship. HV1 "
          "offered the universal service and recorded no concerns."),
    ("P", "On 19 July 2021 Fernleigh staff called the police after hearing shouting from the "
          "family room late at night. Officers found Ms R and Mr K arguing; there were no "
          "injuries and both said it was a verbal argument. PC1 completed a DASH^{DASH is the "
          "Domestic Abuse, Stalking, Harassment and Honour Based Violence risk identification "
          "checklist, which Vale Police use at every domestic abuse incident.} risk assessment, "
          "which was graded standard risk, and sent a notification to children's social care."),
    ("P", "The notification was screened by the front door team the next day. Because the "
          "risk was standard and no child was injured, a letter was sent to Ms R with details "
          "of local support and no further action was taken. The screening record does not "
          "mention Child T by name."),
    ("P", "In November 2021 Ms R and Child T moved to a two-bedroom housing association flat "
          "in Millbrook. At a review on 30 November 2021 Ms R told HV1 that Mr K stayed "
          "sometimes but did not live there."),
    ("H2", "January to July 2022: domestic abuse comes to light"),
    ("P", "On 12 January 2022 GP1 saw Child T with a bruise on her forehead. Ms R said she had "
          "fallen against the corner of a coffee table. GP1 found the explanation plausible for "
          "a toddler who had just started walking, and did not share the consultation with HV1."),
    ("P", "On 3 March 2022 Ms R told HV1 that she was pregnant and that Mr K had moved in. HV1 "
          "completed a family health needs assessment at the flat; Mr K was present throughout "
          "and answered several questions for Ms R. HV1 did not ask the routine question about "
          "domestic abuse because, as she told the learning event, you cannot ask that "
          "question with the partner in the room."),
    ("P", "In the early hours of 27 April 2022 a neighbour called the police to report "
          "screaming from the flat. Officers found Ms R with a cut lip. Mr K was arrested for "
          "assault and released under investigation the same day, on condition that he did "
          "not contact Ms R. Ms R later withdrew her support for a prosecution. Child T, then "
          "22 months old, was asleep in the flat."),
    ("P", "This time the DASH assessment was graded high risk and the case was referred to the "
          "MARAC.^{A multi-agency risk assessment conference (MARAC) is a meeting where agencies "
          "share information about adult victims of domestic abuse at high risk of serious harm "
          "and agree a safety plan.} The MARAC met on 12 May 2022. An independent domestic "
          "violence adviser, DA1, was asked to contact Ms R, and children's social care agreed "
          "to carry out a child and family assessment."),
    ("P", "SW1 was allocated on 16 May 2022 and completed the assessment on 8 July 2022. SW1 "
          "visited four times and saw Child T on each visit. Mr K was present at two visits but "
          "was not interviewed, and his criminal record was not checked with the police. The "
          "assessment concluded that Child T was a child in need, and a Child in Need plan was "
          "agreed."),
    ("P", "Child T started at Kestrel Nursery on 6 June 2022 under the two-year-old offer.^{The "
          "two-year-old offer gives eligible families 15 hours a week of free early education.} "
          "Nursery staff found her a little withdrawn at first, but she settled well. Her "
          "attendance in the summer term was 91 per cent."),
    ("P", "DA1 tried to contact Ms R five times by phone between 13 May and 10 June 2022. Ms R "
          "answered once, when Mr K could be heard in the background, and said that she did not "
          "need support. DA1 closed the case on 24 June 2022 and told the MARAC coordinator."),
    ("H2", "July to December 2022: a Child in Need plan"),
    ("P", "The first Child in Need meeting was held on 28 July 2022. Ms R, SW1, HV1 and the "
          "nursery attended. Mr K was not invited. The plan focused on Ms R's low mood, her "
          "housing and the baby's arrival; none of its actions were about Mr K."),
    ("P", "Baby U was born on 9 September 2022. The midwife, MW1, noted that Mr K answered for "
          "Ms R on the postnatal ward and made a referral to the hospital's safeguarding team, "
          "which passed it to SW1. There is no record that SW1 received it."),
    ("P", "On 4 October 2022 the nursery manager, NUR1, saw fingertip-shaped bruises on Child "
          "T's upper arm. Ms R said that Child T had been playing roughly with her cousins. NUR1 "
          "recorded the bruises on a body map and emailed SW1 the next day."),
    ("P", "SW1 had left the council on 30 September 2022, and the email went to an inbox that "
          "nobody was monitoring. The case was reallocated to SW2 on 10 October 2022, and SW2 "
          "did not read the nursery's email until 14 October 2022, nine days after it was sent. "
          "By then the bruises had faded, and SW2 decided that no strategy discussion was needed."),
    ("P", "The Ashby Vale bruising protocol^{Ashby Vale Bruising and Injuries in Children "
          "Protocol, revised in September 2021. It requires a strategy discussion for any "
          "unexplained bruise in a child under two and a manager's advice for older children.} "
          "required SW2 to discuss the bruising with a manager. SW2 told the reviewer that she "
          "had 27 children allocated to her that week and did not think to do so."),
    ("P", "At the third Child in Need meeting, on 17 November 2022, Ms R said that Mr K had "
          "moved out. Nobody checked this with Mr K, the housing association or the police. The "
          "meeting agreed that the case should be stepped down to early help,^{Early help in "
          "Ashby Vale is provided by the Family Hubs service. Its family support workers do not "
          "hold statutory case responsibility.} and the Child in Need plan ended on "
          "1 December 2022."),
    ("H2", "January and February 2023"),
    ("P", "A family support worker, FSW1, was allocated on 12 December 2022 and made two home "
          "visits. On the second, on 19 January 2023, a man's coat and work boots were in the "
          "hallway. FSW1 asked Ms R about them and was told that they belonged to her brother."),
    ("P", "Child T's attendance at nursery fell to 38 per cent in January 2023. NUR1 phoned Ms R "
          "twice and was told that Child T had colds. The nursery did not tell FSW1, because it "
          "did not know that the case had been stepped down to early help."),
    ("P", "On 24 January 2023 GP2 held a telephone consultation with Ms R, who said that Child T "
          "had become clumsy and was falling over more often. GP2 advised her to bring Child T "
          "in if it continued. No face-to-face appointment was made."),
    ("P", "On the morning of 14 February 2023 Ms R left for an early shift at a supermarket, "
          "leaving Child T and Baby U with Mr K. At 10.52am Mr K rang 999 to say that Child T "
          "had collapsed. Paramedics found her unresponsive; she was taken to Ashby General "
          "Hospital and then transferred to a regional paediatric intensive care unit."),
    ("P", "Scans showed a subdural haemorrhage, retinal haemorrhages in both eyes and healing "
          "fractures of two ribs. The hospital's child protection doctor, ED1, concluded that "
          "the injuries were very likely to have been inflicted. Mr K was arrested on "
          "15 February 2023. The key contacts are summarised in Table 1."),
    ("TABLE",),
    ("H1", "5", "Analysis"),
    ("H2", "The man who was not seen"),
    ("P", "The single most important lesson of this review is that agencies knew Mr K was there "
          "but did not think about him. " + QUOTE + " His history of violence was never "
          "asked about, and his care of Child T was never assessed."),
    ("P", "Four agencies recorded his presence between July 2021 and January 2023: Fernleigh "
          "staff, the police, the health visiting service and the midwife. Each saw a fragment. "
          "None of them asked who he was, what his history was, or what part he played in "
          "looking after Child T."),
    ("QUOTE",),
    ("P", "Reviews have long described such men as hidden or invisible. The partnership's own "
          "thematic review of male carers^{Seen and Heard: Fathers and Male Carers in Ashby "
          "Vale, AVSCP thematic review, October 2019.} made the same point, and its "
          "recommendation on recording the adults in a household had not been put into "
          "practice by 2022."),
    ("P", "SW1's assessment was thorough about Ms R and Child T. It described the flat, Child "
          "T's development and Ms R's low mood in detail, but it treated Mr K as background. A "
          "police check on Mr K would have shown his conviction for assault in 2016."),
    ("H2", "Sharing information at points of transfer"),
    ("P", "The family moved between areas, between homes and between workers, and at each move "
          "information was lost. The Northtown health records arrived eleven weeks late, the "
          "2020 domestic abuse referral was not read by HV1 until after the MARAC, and the "
          "midwife's referral of September 2022 has never been found."),
    ("P", "The most serious loss followed SW1's departure. Ashby Vale had no rule that a "
          "departing worker's inbox should be redirected to the team manager. The nursery did "
          "exactly what it should have done, but its email sat unread for nine days."),
    ("P", "The partnership has told the review that the inboxes of departing workers are now "
          "redirected automatically from the day they leave. The reviewer welcomes this but "
          "notes that it has not yet been audited."),
    ("H2", "Bruising and explanations"),
    ("P", "Child T had three recorded injuries in 13 months: the forehead bruise in January "
          "2022, the arm bruises in October 2022 and the clumsiness reported in January 2023. "
          "Each was explained by Ms R, and each explanation was accepted on its own. No "
          "practitioner saw all three."),
    ("P", "Fingertip bruising on the upper arm of a two-year-old should prompt professional "
          "curiosity, whatever the explanation. The protocol is clear that a manager must be "
          "consulted, and the reviewer found that this step is often missed when workloads "
          "are high."),
    ("H2", "Stepping down on self-report"),
    ("P", "The decision to end the Child in Need plan rested on Ms R's statement that Mr K had "
          "left. Stepping down a case is a significant decision. It should rest on evidence, not "
          "on the word of a parent who may be under pressure from the very person being "
          "discussed."),
    ("P", "FSW1 was in a difficult position. She had not been told about the bruising in "
          "October 2022 or about Mr K's arrest in April 2022, because the step-down summary "
          "mentioned neither. She therefore could not judge the significance of the coat and "
          "boots in the hallway."),
    ("H2", "The voice of the child"),
    ("P", "Child T was seen often, but she was rarely seen on her own, and her experience of "
          "daily life was seldom written down. The nursery's learning journal is the richest "
          "record of her. In September 2022 her key worker wrote that Child T had started to "
          "flinch when an adult raised their voice."),
    ("P", "That observation was not shared outside the nursery. Nursery staff told the "
          "learning event that they thought of the learning journal as an education record and "
          "did not realise that it could matter to the social worker."),
    ("H2", "Working under pressure"),
    ("P", "Practitioners described a system under strain. In October 2022 the children in need "
          "team had four vacant social work posts out of eleven, and health visitors in "
          "Millbrook were each responsible for about 480 children, against a local target of "
          "no more than 300."),
    ("P", "Pressure does not excuse poor practice, but it helps to explain it. When caseloads "
          "are high, practitioners fall back on the tasks that are easiest to complete and most "
          "visible to managers, and professional curiosity is often the first casualty."),
    ("H2", "Good practice"),
    ("P", "The review also found good practice. Fernleigh staff called the police promptly in "
          "July 2021. The officers who attended in April 2022 completed a careful DASH "
          "assessment and referred the case to the MARAC on the same day. NUR1 recorded the "
          "bruising accurately and passed it on within 24 hours."),
    ("P", "MW1's referral from the postnatal ward showed exactly the kind of curiosity about a "
          "partner that this review wants to encourage. It is a matter of real regret that it "
          "never reached the social worker."),
    ("H1", "6", "What has changed since February 2023"),
    ("P", "The partnership and its agencies have not waited for this review to act. This "
          "section records the changes made since Child T was injured, as reported to the "
          "reviewer by 30 September 2023."),
    ("P", "Vale Police now tell children's social care about the previous convictions of a new "
          "partner whenever a domestic abuse notification names a child, under a protocol agreed "
          "on 1 June 2023."),
    ("P", "Ashby Vale Community Health NHS Trust has added a prompt to its electronic record "
          "that asks the health visitor to record every adult living in the household at each "
          "contact, and whether that adult was seen."),
    ("P", "Children's social care has set up a duty inbox for each team, and a departing "
          "worker's emails are now redirected to it automatically. It has also recruited seven "
          "social workers, and the average caseload in the children in need team had fallen to "
          "19 children by September 2023."),
    ("P", "Kestrel Nursery and the Family Hubs service have agreed that a nursery will be told "
          "within five working days when a child's case is stepped down to early help, and who "
          "the early help worker is."),
    ("H1P", "7", "Findings",
     "The partnership's agencies worked hard with Ms R, and several practitioners showed real "
     "care for Child T. But the review has found five weaknesses in the system that made it "
     "less likely that the risk from Mr K would be recognised."),
    ("P", "Finding 1: Male carers are not routinely identified, checked or assessed. Neither the "
          "child and family assessment template nor the health visiting record prompts "
          "practitioners to record who else lives in or regularly stays at the home."),
    ("P", "Finding 2: Routine enquiry about domestic abuse depends on seeing the mother alone, "
          "and there is no agreed way for practitioners to arrange this when a partner is "
          "always present."),
    ("P", "Finding 3: Information is lost when families move and when workers leave. There is no "
          "partnership standard for the time within which health records must be transferred "
          "between areas."),
    ("P", "Finding 4: Injuries to mobile children are judged one at a time. No agency holds a "
          "single view of all the injuries to a child, and the protocol's requirements for "
          "children over two are not well known."),
    ("P", "Finding 5: Step-down decisions can be made on a parent's self-report alone, and the "
          "step-down summary does not reliably pass on the history of risk to the early help "
          "worker."),
    ("H1", "8", "Recommendations"),
    ("P", "The partnership makes the following eight recommendations. Each agency named should "
          "report its progress to the partnership within six months, by the end of May 2024."),
    ("P", "Recommendation 1: Ashby Vale Council should revise the child and family assessment "
          "template so that every adult living in or regularly staying at the home is named, "
          "checked with the police and, where relevant, interviewed."),
    ("P", "Recommendation 2: The health visiting service should make sure that routine enquiry "
          "about domestic abuse takes place at a contact where the mother is seen alone, at "
          "least once in each year of a child's life."),
    ("P", "Recommendation 3: The partnership should agree with the NHS trusts in Ashby Vale and "
          "Northtown a maximum of 10 working days for the transfer of child health records."),
    ("P", "Recommendation 4: Children's social care should audit, within three months, the "
          "automatic redirection of departing workers' inboxes and report the result to the "
          "partnership."),
    ("P", "Recommendation 5: The partnership should relaunch the Bruising and Injuries in "
          "Children Protocol, with training for nursery and early years staff on bruising in "
          "children over two."),
    ("P", "Recommendation 6: No case should be stepped down from a Child in Need plan on a "
          "parent's self-report alone; the reasons for step-down must be checked with at least "
          "one other agency."),
    ("P", "Recommendation 7: The step-down summary should include a short history of risk, "
          "including any police involvement and injuries, and the early help worker should "
          "read it before the first visit."),
    ("P", "Recommendation 8: The partnership should repeat its 2019 thematic review of male "
          "carers in 2025 to test whether the changes above have made a difference."),
]
