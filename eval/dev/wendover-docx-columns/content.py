"""Text of the FICTIONAL Wendover Vale Child S review and its seven-minute briefing.

Markup: **bold** runs; [^k] places Word footnote k (text in FOOTNOTES).
Every person, place and agency here is invented.
"""

TITLE = "Child Safeguarding Practice Review: Child S"
AUTHORITY = "Wendover Vale Safeguarding Partnership"
RUNNING = "FICTIONAL — practice document — Wendover Vale Safeguarding Partnership — CSPR Child S"

COVER = [
    "Wendover Vale Safeguarding Partnership",
    "Local Child Safeguarding Practice Review",
    "Child S",
    "A review of multi-agency practice with a boy aged 22 months who died in January 2024",
]
COVER_LINES = [
    "Published: 14 March 2025",
    "Independent reviewer: Dr Miriam Achterberg",
    "Approved by the Partnership Executive: 27 February 2025",
    "Status: FICTIONAL practice document prepared for testing. No real child, family or agency is described.",
]

CONTENTS = [
    ("1", "Introduction and reasons for the review"),
    ("2", "Terms of reference and methodology"),
    ("3", "The family and background"),
    ("4", "Key episodes and chronology"),
    ("5", "Agency involvement and analysis"),
    ("6", "Findings"),
    ("7", "Recommendations"),
]

# Each section: (number, heading, list of blocks). Block kinds:
#  ("p", text)            numbered or plain paragraph in the two-column body
#  ("box", title, [lines]) shaded one-cell sidebar table
#  ("quote", text)        bordered pull quote
#  ("chron",)             full-width chronology table (own one-column section)
SECTIONS = [
("1", "Introduction and reasons for the review", [
("p", "1.1 This review concerns Child S, a boy who was 22 months old when he died in Grandbury General Hospital on 11 January 2024. He had been brought to the hospital by ambulance in the early hours of 9 January 2024 with a severe head injury. A CT scan showed a subdural haematoma and retinal haemorrhages, and he did not recover. His death was pronounced at 16.10 hrs on 11 January 2024."),
("p", "1.2 Child S lived with his mother, Ms K, his half-brother Child T, who was then aged seven, and, for most of the period under review, his mother's partner Mr D. Mr D is not the father of either child. Mr D was later charged in connection with Child S's death and, on 21 November 2024, was convicted of manslaughter at Grandbury Crown Court. He was sentenced to eleven years' imprisonment."),
("p", "1.3 The Partnership notified the Child Safeguarding Practice Review Panel on 10 January 2024, the day after the admission, and a rapid review meeting was held on 18 January 2024. The rapid review identified that several agencies had known the family and that there were questions about how information was shared. On 22 January 2024 the Partnership's three safeguarding partners agreed that a local child safeguarding practice review should be commissioned."),
("p", "1.4 The Partnership appointed Dr Miriam Achterberg as independent reviewer in February 2024. She has no connection with any agency in Wendover Vale. The review was overseen by a panel of seven senior managers drawn from the agencies involved, chaired by the Partnership's business manager, Ms Farida Okonjo."),
("p", "1.5 The purpose of a review of this kind is not to apportion blame. It is to identify what can be learned about the way local agencies work together to safeguard children, and to make recommendations that improve practice. Where the review is critical of a decision, it tries to explain why the decision made sense to the practitioner at the time."),
("quote", "“He was a smiley, busy little boy who loved the bath and the tractor book. Nobody who met him should forget that.” — Mrs H, maternal grandmother"),
("p", "1.6 The review was completed later than the six months expected in national guidance because the police asked that practitioner conversations be deferred until after Mr D had been charged. The Panel and the three safeguarding partners were kept informed of the delay.[^1]"),
]),
("2", "Terms of reference and methodology", [
("p", "2.1 The review considered the period from 1 March 2022, shortly before Child S was born, to 9 January 2024, when he was admitted to hospital. Earlier information about Ms K and Mr D was considered where it helped to understand the family's history."),
("p", "2.2 **Key lines of enquiry.** The terms of reference asked the review to consider: how agencies understood the role of Mr D in the household; how the domestic abuse incident of August 2022 was assessed and shared; whether the injuries Child S presented with were recognised as possible non-accidental injuries; how the voice and daily experience of the children were heard; and the impact of housing insecurity and parental substance misuse on the care of the children."),
("p", "2.3 Eleven agencies provided chronologies and nine provided written reports. The reviewer held two practitioner learning events, on 9 May 2024 and 4 September 2024, attended by 23 practitioners and first-line managers in total. She also spoke individually to the health visitors, both social workers and the GP."),
("p", "2.4 **Family involvement.** Ms K met the reviewer twice, once at her mother's home and once at a family centre. Mrs H, the maternal grandmother, contributed by telephone and in writing. Mr D was invited through his solicitor to take part but declined. Child T was seen by the reviewer with his class teacher present and his views are set out in Section 5."),
("p", "2.5 Practitioners are referred to in this report by role codes rather than by name: SW1 and SW2 (social workers), TM1 (team manager), HV1 and HV2 (health visitors), GP1 (general practitioner), RW1 (recovery worker), HO1 (housing officer) and PC2 (police constable). Family members are referred to by initials chosen by the Partnership that are not their real initials."),
("p", "2.6 The review used a systems methodology, asking not only what happened but why, and what in the wider system made particular decisions more or less likely. The draft report was shared with the agencies for factual accuracy in January 2025."),
]),
("3", "The family and background", [
("p", "3.1 Ms K grew up in Wendover Vale and was known to children's social care as a teenager, when she was supported as a child in need after her own father left the family home. She had Child T with a previous partner, from whom she separated in 2019. That partner has had no contact with either child since 2020."),
("p", "3.2 Ms K met Mr D in the summer of 2021 and he moved into her flat at 14 Larkspur Walk, Hollins Lane, in about October 2021. Child S was born on 14 March 2022 at Grandbury General Hospital at 34 weeks' gestation and spent eleven days on the neonatal unit before going home. His father was a man with whom Ms K had a brief relationship and who played no part in his life."),
("p", "3.3 Mr D had a history of violence in two earlier relationships, known to Wendover Vale Police but not to other agencies. In 2017 he received a caution for assaulting a former partner, and in 2019 a non-molestation order was made against him by another former partner. This information was held on police systems only and was never checked or shared during the period under review."),
("p", "3.4 Ms K described long periods of low mood and anxiety. She used cannabis daily and, from late 2022, drank heavily at weekends. She was referred to Vale Recovery Service by her GP in January 2023 and attended four of nine appointments with her recovery worker, RW1, before being discharged for non-engagement in June 2023."),
("p", "3.5 In May 2023 the family moved from Larkspur Walk to a two-bedroom flat at 7 Kestrel Court, let by Ferncliff Housing Association. Rent arrears built up quickly. By October 2023 the family owed £2,314 and a notice seeking possession was served on 6 October 2023. Ms K told the reviewer that money worries dominated that autumn and that Mr D was increasingly angry about them."),
("box", "What Child S told us", [
"Child S was too young to tell anyone in words what his life was like. What he could tell us came through his body and his behaviour.",
"At the new birth visit he was described as “a settled baby who feeds well”. By his 12-month review HV2 noted that he startled at loud voices and “went very still” when Mr D came into the room.",
"Nursery staff at Little Acorns said he “came in hungry on Mondays” and clung to his key person at home time.",
"Those who knew him best say the first question should always be: what is this child's day like, and who is in the house?",
]),
("p", "3.6 Child T attended Brookside Primary School throughout the period. His attendance in the 2022–23 school year was 81 per cent. The school recorded that he sometimes arrived without breakfast and that he talked about “the shouting” at home; these concerns were logged on the school's safeguarding system but were not referred on until November 2023."),
]),
("4", "Key episodes and chronology", [
("p", "4.1 This section describes the episodes that the review considers most significant. A fuller table of agency contacts is given at Table 1. Times are given in the 24-hour clock as they appear in agency records."),
("p", "4.2 **The new birth visit.** HV1 carried out the new birth visit on 5 May 2022, when Child S was 52 days old; it had been delayed because of his stay on the neonatal unit and then two cancelled appointments. Ms K was seen alone. HV1 recorded that “partner works away” and did not record Mr D's name, date of birth or role in the household."),
("p", "4.3 **The domestic abuse incident.** At 23.15 hrs on 21 August 2022 a neighbour rang the police to report a woman screaming at 14 Larkspur Walk. PC2 and a colleague arrived at 23.31 hrs. Ms K had a cut lip and said that Mr D had pushed her into a door. Mr D was arrested at the address. Both children were in the flat; Child S was asleep in his cot and Child T was found hiding in the bathroom. A domestic abuse risk assessment was completed, scoring 11 of a possible 27, and the risk was graded medium. Ms K declined to support a prosecution and Mr D was released without charge the following afternoon."),
("p", "4.4 A police protection notice was sent to the children's social care front door on 24 August 2022. It was screened by a senior practitioner the same day. Because the risk was graded medium and Ms K had said that Mr D would be moving out, the outcome was a letter to Ms K with information about local domestic abuse services. No checks were made with health or the school, and the health visiting service was not told of the incident. Mr D did not move out."),
("p", "4.5 **The bruise to the ear.** On 3 November 2022 Ms K took Child S, then aged seven months, to Hollins Lane Surgery because he had a bruise behind his left ear. She told GP1 that he had rolled against the bars of his cot. GP1 examined him, accepted the explanation and recorded “minor bruise – accidental – reassured”. The surgery's protocol on bruising in non-mobile babies was not followed, and no referral was made."),
("p", "4.6 Child S was not yet crawling at this time. The national and local guidance is clear that any bruising in a baby who is not independently mobile should prompt a referral to children's social care and a paediatric assessment. GP1 told the review that the explanation seemed plausible and that she had not known about the domestic abuse incident two months earlier."),
("p", "4.7 **The scald.** At 19.40 hrs on 2 April 2023 Ms K brought Child S to the emergency department at Grandbury General Hospital with a scald to the back of his right hand. She said that he had pulled a mug of tea from a low table. The emergency department registrar was concerned that the pattern of the scald, a clear line on the back of the hand with no splash marks, did not match the account. A referral was made to children's social care at 21.05 hrs the same evening."),
("p", "4.8 A strategy discussion was held at 10.30 hrs on 4 April 2023 between children's social care, the police and the hospital's named nurse. It was agreed that the threshold for a section 47 enquiry was not met, because a paediatrician's view was that the scald was “possibly accidental”, and that SW1 should complete a child and family assessment. The police did not share the 2022 arrest at the strategy discussion, and the record of the discussion does not mention Mr D."),
("p", "4.9 SW1 completed the assessment on 12 May 2023, on day 38 of the 45 working days allowed. She visited three times and saw both children. Mr D was present at one visit but was described as “mum's friend who helps out”. The assessment concluded that the children were in need of support because of Ms K's low mood and substance use, and a child in need plan was agreed."),
("p", "4.10 **The child in need period.** Child in need meetings were held on 30 May 2023 and 11 July 2023. Ms K attended both; Mr D attended neither. The plan relied heavily on Ms K re-engaging with Vale Recovery Service and on Child S taking up a funded nursery place at Little Acorns Nursery, which he did from 4 September 2023. On 19 September 2023 TM1 approved the closure of the case to children's social care, with a step-down to early help."),
("p", "4.11 The early help worker made two visits in October 2023. On the second, on 24 October 2023, she noted that Ms K seemed “flat and tired” and that there was a hole in the bedroom door. Ms K said that Child T had kicked it. The early help worker recorded this but did not discuss it with a manager."),
("p", "4.12 **The referral of November 2023.** At 14.05 hrs on 28 November 2023 Brookside Primary School telephoned the children's social care front door after Child T told his teacher that Mr D had “grabbed” his brother and that his brother “cried and cried”. The same afternoon a neighbour made an anonymous call about shouting at 7 Kestrel Court. The two contacts were logged separately and were not linked for two days."),
("p", "4.13 The case was allocated to SW2, who made an unannounced visit on 1 December 2023 but got no answer. She visited again on 5 December 2023 and saw Child S, Child T and Ms K. Mr D was said to be at work. SW2 observed Child S and saw no visible injuries, but she did not undress him, and she did not see Child T on his own. She planned a strategy discussion but this was not held before the Christmas break."),
("p", "4.14 HV2 had booked a developmental review for 19 December 2023. No one was at home when she called and she left a card. A second appointment was offered for 16 January 2024. HV2 was not aware that the case had been re-referred to children's social care."),
("p", "4.15 **The admission.** At 03.41 hrs on 9 January 2024 Mr D rang 999 to say that Child S had stopped breathing after a fall from the sofa. The ambulance arrived at 03.52 hrs and Child S reached Grandbury General Hospital at 04.26 hrs. Ms K told the paramedics she had been asleep upstairs. Child S was transferred to the regional paediatric intensive care unit later that morning but was returned to Grandbury General Hospital for end-of-life care, where he died on 11 January 2024."),
("chron",),
("p", "4.16 Table 1 shows that in the twenty-two months between Child S's birth and his admission, at least nine agencies had some contact with the family. The review counted 64 recorded contacts in total, of which 17 were with children's social care and 14 with health visiting."),
]),
("5", "Agency involvement and analysis", [
("p", "5.1 This section considers the practice of each agency against the key lines of enquiry. The review found much that was caring and committed, and it records that several practitioners worked hard to engage a family who were often hard to reach. But the picture that emerges is of a household in which the most important adult, Mr D, remained almost invisible to the agencies around the children."),
("p", "**The invisible man.** 5.2 Across the chronology, Mr D is described as a “partner who works away”, a “friend”, a “family friend who helps out” and “mum's partner”. Not one agency carried out checks on him. None of the assessments recorded his full name and date of birth together, which meant that the police could not have linked him to his earlier history even if they had been asked. The review considers this the single most important learning point."),
("p", "5.3 The reasons are familiar from national reviews. Practitioners mainly saw Ms K alone; appointments were made for the daytime, when Mr D said he was at work; and when he was present he was polite and helpful. SW1 told the review that she had asked about him but “didn't want to push it” because Ms K was engaging well for the first time."),
("p", "**Police.** 5.4 The police response on 21 August 2022 was prompt and Mr D was arrested. But the risk assessment did not take account of his previous caution and the non-molestation order, both of which were on police systems. Had they been considered, the officer told the review, the risk would have been graded high and the case would have gone to the multi-agency risk assessment conference.[^2]"),
("p", "5.5 The police representative at the strategy discussion on 4 April 2023 was not asked about Mr D and did not volunteer information about him. The force has since changed its practice so that strategy discussion attendees check every adult known to live in or visit the household."),
("p", "**Children's social care.** 5.6 The front door's response to the police notification in August 2022 followed the procedure in force at that time, which allowed medium-risk notifications to be closed with a letter. That procedure did not require a check with the health visiting service for households with a baby under one. The Partnership changed the procedure in March 2024."),
("p", "5.7 The child and family assessment completed by SW1 was thorough about Ms K's needs but did not analyse the scald as a possible injury, or draw on the earlier bruise, which SW1 did not know about because the GP had made no record that was visible to other agencies. The decision to step the case down in September 2023 was based on good nursery attendance and Ms K's reported progress. It was not tested against what was known about the domestic abuse."),
("p", "5.8 In November and December 2023 SW2 was carrying 27 cases, well above the team's agreed maximum of 18. TM1 told the review that the team had lost three experienced social workers that autumn. The delay in holding a strategy discussion after the school's referral reflects that pressure as much as any individual decision."),
("box", "What Child T told us", [
"Child T, now aged eight, lives with his grandmother. He told the reviewer that he liked his teacher because “she listens”.",
"He said that when there was shouting he took his brother into the bathroom “because it has a lock”.",
"Asked what grown-ups should do, he said: “Ask the kids. Ask them when mum's not there.”",
]),
("p", "**Health.** 5.9 The health visiting service offered the universal programme but was not told about the domestic abuse incident or the scald. HV1 and HV2 both told the review that, had they known, they would have increased the level of service to the enhanced offer. HV2's no-access visit on 19 December 2023 was followed up in line with policy, but the policy allows up to four weeks before a second attempt."),
("p", "5.10 The GP practice's handling of the bruise on 3 November 2022 was the clearest missed opportunity in health. The practice has since completed a significant event analysis and all clinicians have had training on the bruising protocol. GP1 told the review, with evident distress, that “a seven-month-old does not roll into cot bars hard enough to bruise”."),
("p", "5.11 The emergency department's response to the scald was good: the registrar recognised the mismatch between the account and the injury and referred promptly. The named nurse attended the strategy discussion. The weakness lay in the way the paediatric opinion of “possibly accidental” was taken as settling the matter."),
("p", "**Housing.** 5.12 Ferncliff Housing Association knew that the household included Mr D because he was named on the tenancy application as a member of the household. HO1 visited twice about the arrears and on the second visit, on 17 October 2023, saw a broken bedroom door and heard Mr D shouting at Ms K in the kitchen. HO1 recorded a “tenancy concern” but did not make a safeguarding referral, because she thought that social care were already involved. The association had no safeguarding lead between July and December 2023."),
("p", "5.13 Mr D's name on the tenancy application was the only place in any agency's records where his full name and date of birth appeared together, and housing was not part of any multi-agency meeting about the family. This is a striking example of how the information needed was held in the system but did not reach the people who needed it."),
("p", "**Substance misuse services.** 5.14 Vale Recovery Service discharged Ms K in June 2023 after she missed five appointments. RW1 sent a discharge letter to the GP but not to children's social care, although she knew that a child in need plan was in place. The service's policy now requires a call to the allocated social worker before any parent of a child open to social care is discharged."),
("p", "**Education and early years.** 5.15 Brookside Primary School logged seven separate concerns about Child T between January and November 2023. Each was appropriate in itself, but it was not until the seventh, on 28 November 2023, that the designated safeguarding lead, Mr Alun Pryce, reviewed them together and made a referral. Little Acorns Nursery noted that Child S was often hungry on Mondays and shared this at the child in need meeting of 11 July 2023."),
("p", "5.16 The common thread is that each agency held a piece of the picture. The police knew about Mr D's history; the school knew what Child T was saying; housing knew Mr D lived there and had seen the broken door; the GP knew about the bruise. No agency had all of it, and the multi-agency meetings that might have brought it together did not include the agencies that held the most worrying pieces."),
]),
("6", "Findings", [
("p", "6.1 **Finding 1: Men in the household.** Agencies did not identify, assess or engage with Mr D, and no one checked his history, despite repeated opportunities to do so."),
("p", "6.2 **Finding 2: Domestic abuse risk.** The grading of the August 2022 incident as medium risk, without reference to Mr D's previous convictions and orders, meant that the household was never considered at MARAC and the health visiting service was never told."),
("p", "6.3 **Finding 3: Injuries to a non-mobile baby.** The bruise of November 2022 was not recognised as a sentinel injury, and the bruising protocol was not followed. The scald of April 2023 was considered in isolation from earlier events."),
("p", "6.4 **Finding 4: Stepping down.** The decision to close the case in September 2023 relied on the mother's self-report and on attendance at nursery, and was not tested against the history of domestic abuse."),
("p", "6.5 **Finding 5: Workload and capacity.** High caseloads in the assessment team in late 2023 and the absence of a safeguarding lead at the housing association reduced the system's capacity to respond to the final referral."),
("p", "6.6 **Finding 6: The voice of the child.** Child T told his school what was happening at home on several occasions. His words were recorded but were not acted on as a whole until November 2023, and he was never seen alone by a social worker.[^3]"),
]),
("7", "Recommendations", [
("p", "7.1 The review makes eight recommendations to the Partnership. Each has been accepted, and an action plan will be monitored by the Partnership's learning and improvement sub-group, with a first progress report due in September 2025."),
("p", "7.2 **Recommendation 1.** The Partnership should ensure that every assessment by any agency of a household with a child under two records the full name, date of birth and role of every adult living in or regularly visiting the household, and that checks are made with the police."),
("p", "7.3 **Recommendation 2.** Wendover Vale Police should audit domestic abuse risk assessments to confirm that previous history held on police systems is being considered, and report the results to the Partnership within six months."),
("p", "7.4 **Recommendation 3.** The integrated front door should ensure that every police notification about a household with a child under one is shared with the health visiting service within 72 hours."),
("p", "7.5 **Recommendation 4.** The Partnership should relaunch its protocol on bruising in non-mobile babies across primary care, with an audit of compliance in general practice within twelve months."),
("p", "7.6 **Recommendation 5.** Strategy discussions should consider all previous injuries and contacts, and should include the health visiting service where a child is under five."),
("p", "7.7 **Recommendation 6.** Housing providers should be invited to child in need and child protection meetings where they hold a tenancy for the family, and Ferncliff Housing Association should appoint a permanent safeguarding lead."),
("p", "7.8 **Recommendation 7.** Children's social care should review how caseloads are managed in the assessment team and report to the Partnership Executive on whether the agreed maximum of 18 cases is being met. **Recommendation 8.** All agencies should ensure that children of school age who speak about harm at home are seen alone by the professional assessing their safety."),
]),
]

FOOTNOTES = {
    1: "The three safeguarding partners in Wendover Vale are the council, the Vale and Grandbury Integrated Care Board and Wendover Vale Police. FICTIONAL.",
    2: "The multi-agency risk assessment conference (MARAC) in Wendover Vale meets fortnightly and considers cases graded high risk. In 2022–23 it heard 412 cases.",
    3: "Child T was seen with his mother present at every social work visit recorded in the period under review.",
}

# Chronology table rows: date, time, agency, event
CHRON = [
("14/03/2022", "—", "Grandbury General Hospital", "Child S born at 34 weeks' gestation; admitted to neonatal unit for eleven days."),
("05/05/2022", "11.00", "Health visiting (HV1)", "New birth visit at 52 days. Mother seen alone. “Partner works away.” Partner's details not recorded."),
("21/08/2022", "23.15", "Wendover Vale Police", "Neighbour's 999 call reporting screaming at 14 Larkspur Walk."),
("21/08/2022", "23.31", "Wendover Vale Police (PC2)", "Officers attend. Ms K has a cut lip. Mr D arrested. Both children present. Risk assessment: medium (11 of 27)."),
("22/08/2022", "15.20", "Wendover Vale Police", "Mr D released without charge; Ms K declines to support a prosecution."),
("24/08/2022", "09.45", "Children's social care front door", "Police notification screened. Outcome: letter to Ms K with domestic abuse service information. No agency checks."),
("03/11/2022", "16.40", "Hollins Lane Surgery (GP1)", "Bruise behind left ear, age seven months. Explanation of cot bars accepted. No referral."),
("12/01/2023", "10.10", "Hollins Lane Surgery (GP1)", "Ms K reports low mood and cannabis use. Referred to Vale Recovery Service."),
("02/04/2023", "19.40", "Grandbury General Hospital ED", "Child S attends with scald to back of right hand. Account: pulled mug of tea from low table."),
("02/04/2023", "21.05", "Grandbury General Hospital ED", "Registrar refers to children's social care: injury pattern does not match the account."),
("04/04/2023", "10.30", "Children's social care, police, named nurse", "Strategy discussion. Section 47 threshold not met. Child and family assessment to be completed by SW1."),
("12/05/2023", "—", "Children's social care (SW1)", "Assessment completed (day 38). Children in need of support. Child in need plan agreed."),
("May 2023", "—", "Ferncliff Housing Association", "Family moves to 7 Kestrel Court. Mr D named on tenancy application."),
("30/05/2023", "14.00", "Children's social care", "First child in need meeting. Ms K attends; Mr D does not."),
("June 2023", "—", "Vale Recovery Service (RW1)", "Ms K discharged for non-engagement after attending four of nine appointments. Letter to GP only."),
("11/07/2023", "13.30", "Children's social care", "Second child in need meeting. Nursery reports Child S is hungry on Mondays."),
("04/09/2023", "—", "Little Acorns Nursery", "Child S starts funded nursery place."),
("19/09/2023", "—", "Children's social care (TM1)", "Case closed to social care; step-down to early help approved."),
("06/10/2023", "—", "Ferncliff Housing Association", "Notice seeking possession served. Arrears £2,314."),
("17/10/2023", "11.15", "Ferncliff Housing Association (HO1)", "Home visit about arrears. Broken bedroom door seen; Mr D heard shouting. “Tenancy concern” recorded; no referral."),
("24/10/2023", "10.00", "Early help", "Second early help visit. Hole in bedroom door noted; Ms K says Child T kicked it."),
("28/11/2023", "14.05", "Brookside Primary School", "School rings front door: Child T says Mr D “grabbed” his brother."),
("28/11/2023", "16.50", "Children's social care front door", "Anonymous neighbour call about shouting at 7 Kestrel Court. Not linked to school's call until 30/11/2023."),
("01/12/2023", "15.30", "Children's social care (SW2)", "Unannounced visit. No answer."),
("05/12/2023", "16.15", "Children's social care (SW2)", "Home visit. Both children seen with Ms K. Mr D “at work”. Strategy discussion planned."),
("19/12/2023", "09.30", "Health visiting (HV2)", "Developmental review: no access. Card left; next appointment offered for 16/01/2024."),
("09/01/2024", "03.41", "Ambulance service", "Mr D calls 999: Child S “stopped breathing” after a fall from the sofa."),
("09/01/2024", "03.52", "Ambulance service", "Ambulance arrives at 7 Kestrel Court."),
("09/01/2024", "04.26", "Grandbury General Hospital ED", "Child S arrives. CT scan: subdural haematoma. Transferred to regional PICU later that morning."),
("11/01/2024", "16.10", "Grandbury General Hospital", "Child S dies."),
]

# Seven-minute briefing: 12 numbered points. (Date and figure differ from report in points 4 and 6.)
BRIEFING_TITLE = "Seven-minute briefing: Child S"
BRIEFING_INTRO = ("This briefing summarises the learning from the Wendover Vale Safeguarding Partnership's "
                  "local child safeguarding practice review into the death of Child S. It is intended for team "
                  "meetings and should take about seven minutes to read aloud. FICTIONAL practice material.")
BRIEFING = [
("Who was Child S?", "Child S was a baby boy, just under two years old, who lived with his mother, his older half-brother and his mother's partner, Mr D. He died in hospital in January 2024 from a head injury. Mr D was convicted of manslaughter in November 2024."),
("Why was there a review?", "The Partnership notified the national Panel the day after Child S was admitted to hospital. The rapid review found that many agencies had known the family, and the safeguarding partners decided on a full review on 22 January 2024. The independent reviewer was Dr Miriam Achterberg."),
("What period did it cover?", "The review looked at March 2022 to January 2024 — from shortly before Child S's birth to his admission. It drew on chronologies from eleven agencies, two learning events with practitioners and conversations with the family."),
("The domestic abuse incident", "Police were called to the family's first flat late at night on 21 August 2022. Mr D was arrested after Ms K was injured. The risk was graded medium, so the notification was closed by the front door with a letter, and no one told the health visitor."),
("The bruise", "In November 2022 the GP saw a bruise behind Child S's ear when he was seven months old and not yet crawling. The explanation was accepted. The bruising protocol says any bruise on a non-mobile baby needs a referral."),
("The scald", "On 3 April 2023 the emergency department saw Child S with a scald to his hand and referred to children's social care because the injury did not fit the account. A strategy discussion agreed an assessment rather than a section 47 enquiry. The family's rent arrears later reached £2,413, and a notice seeking possession was served in October 2023."),
("The invisible man", "Every agency described Mr D differently — a partner who works away, a friend, a helper. No one checked him. The police held his history of violence in two earlier relationships; housing held his full name and date of birth on the tenancy application."),
("Stepping down too soon", "The case was closed to social care in September 2023 after a child in need plan of about four months. The decision rested on good nursery attendance and the mother's own account of her progress."),
("The final weeks", "Child T's school referred on 28 November 2023 after he said Mr D had grabbed his brother. The social worker visited twice in early December, with one visit unanswered, but a strategy discussion had not been held by the time Child S was admitted in January. The social worker was carrying 27 cases."),
("What Child T told us", "Child T took his brother into the bathroom when there was shouting “because it has a lock”. His advice to professionals: “Ask the kids. Ask them when mum's not there.”"),
("Questions for your team", "Do you know the name and date of birth of every adult in the homes of the babies you work with? When did you last see a child on their own? Who else might hold a piece of the picture — housing, school, the GP?"),
("What is changing", "The Partnership has accepted all eight recommendations. Police notifications about households with a baby under one now go to health visiting within 72 hours, and a relaunched bruising protocol will be audited in general practice. Progress will be reported in September 2025."),
]
