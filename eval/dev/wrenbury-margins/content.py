# FICTIONAL content for the Wrenbury and Holmsdale "Child J" review corpus.
TITLE = "Child J: Local Child Safeguarding Practice Review"
PARTNERSHIP = "Wrenbury and Holmsdale Safeguarding Children Partnership"

CASE_SUMMARY = [
 ("Child", "Child J, a boy, born 14 March 2022 at 34 weeks' gestation"),
 ("Incident", "Found unresponsive at home on 6 February 2023, aged ten months; subdural haemorrhage, retinal haemorrhages and three healing rib fractures"),
 ("Household", "Ms K (mother, aged 19 at the birth) and, for most of the period, her partner Mr T"),
 ("Review period", "1 September 2021 to 6 February 2023"),
 ("Agencies", "Nine agencies provided information; six practitioners were interviewed"),
 ("Lead reviewer", "Dr Alys Pennant, independent reviewer"),
]

# Each section: (number, title, start_mode, items). start_mode: 'first', 'newpage', 'flow'
# items: ('p', num, text) | ('h', text) | ('q', text) | ('fn', marker, text)
SECTIONS = [
("1", "Introduction", "first", [
 ("p", "1.1", "This review concerns Child J, who was ten months old when his mother, Ms K, called an ambulance at 07.52 hrs on 6 February 2023 because he was floppy and would not wake. Paramedics arrived at 08.03 hrs and he reached the emergency department of St Aldwyn's Hospital, Wrenbury, at 08.31 hrs. Scans showed a subdural haemorrhage and bilateral retinal haemorrhages, and a skeletal survey found three healing rib fractures of different ages and a metaphyseal fracture of the left tibia."),
 ("p", "1.2", "Child J was transferred the same day to the paediatric intensive care unit at Castlemoor Children's Hospital. He survived, but he has a lasting weakness of the right side and his development is being monitored. He now lives with foster carers under an interim care order made on 3 March 2023."),
 ("p", "1.3", "The partnership notified the Child Safeguarding Practice Review Panel on 8 February 2023, two days after the incident, and held its rapid review meeting on 22 February 2023.<super>1</super> The rapid review found that the case met the criteria for a local child safeguarding practice review, and the national panel agreed with that view on 14 March 2023, which was also Child J's first birthday."),
 ("fn", "1", "The rapid review was chaired by the partnership's designated nurse, because the independent scrutineer had a conflict of interest through an earlier role in the Holmsdale MASH."),
 ("p", "1.4", "Mr T, the partner of Ms K, has been charged with causing grievous bodily harm with intent. The review was written so as not to prejudice the criminal trial, and the Crown Prosecution Service saw a draft before it was published. Nothing in this report should be read as a finding of fact about who caused Child J's injuries."),
 ("p", "1.5", "The partnership thanks Child J's maternal grandmother, Mrs K, who met the reviewer and spoke openly about the family. Ms K took part through her solicitor and gave written answers to questions; Mr T declined to take part on legal advice."),
]),
("2", "Terms of reference and method", "flow", [
 ("p", "2.1", "The review looked at agency contact with Child J and his household from 1 September 2021, when Ms K booked her pregnancy with the Holmsdale midwifery service, to 6 February 2023. Earlier information about Mr T, including his history of violence in a previous relationship, was considered where agencies held it."),
 ("p", "2.2", "The partnership appointed Dr Alys Pennant, an independent reviewer with a background in social work and nursing, on 11 April 2023. A review panel of senior managers from the statutory partners met five times between April and September 2023 and was chaired by the head of safeguarding at Holmsdale Police."),
 ("p", "2.3", "The key lines of enquiry were:"),
 ("p", "", "(a) how well agencies understood the risk that Mr T posed to a young baby;<br/>(b) how the domestic abuse notifications of June and November 2022 were screened and acted on;<br/>(c) whether the bruise seen by the GP in October 2022 should have led to a child protection referral;<br/>(d) the decision to close the case to children's social care in January 2023; and<br/>(e) how well the voice and daily experience of a non-mobile baby were recorded."),
 ("p", "2.4", "Nine agencies provided chronologies and short reports. The reviewer read the records, interviewed six practitioners individually and held a practitioner learning event on 27 June 2023, which was attended by 23 practitioners and managers from across the partnership."),
 ("h", "Anonymity"),
 ("p", "2.5", "Family members are referred to by letters. Practitioners are referred to by a role code: SW1 and SW2 are social workers, TM1 is a team manager, HV1 and HV2 are health visitors, GP1 is the family's general practitioner, EHW1 is the early help family worker, and PC1 and PC2 are police officers.<super>2</super>"),
 ("fn", "2", "Role codes follow the order in which each practitioner first appears in the chronology, not seniority."),
]),
("3", "Child J and his family", "flow", [
 ("p", "3.1", "Child J is a White British boy who lived with his mother in a one-bedroom flat rented from Larkrise Homes on the Brennand estate in Holmsdale. He was born early at St Aldwyn's Hospital and weighed 2.1 kg at birth; he spent eleven days on the special care baby unit before he went home."),
 ("p", "3.2", "Ms K was 19 when Child J was born. She had herself been known to children's services as a teenager, when she was subject to a child in need plan for neglect between 2015 and 2017. She told the review that she had felt judged by professionals and had learned to keep them at a distance."),
 ("p", "3.3", "Mr T is not Child J's father. He began a relationship with Ms K in the spring of 2022, when Child J was about six weeks old, and stayed at the flat most nights from May 2022. He was 27 at the time. Police records showed two earlier call-outs to a former partner's address in Castlemoor in 2019, one of which led to a caution for assault."),
 ("p", "3.4", "Child J's father, Mr V, had no contact with Child J after the birth. The maternal grandmother, Mrs K, lived four miles away and saw the baby most weekends until the autumn of 2022, when she said she was gradually \"shut out\" by the couple."),
 ("p", "3.5", "The family's income came from universal credit. Ms K began a part-time childcare course at Holmsdale College in September 2022, and said that she hoped to work in a nursery. Her tutor described her as reliable and said she often spoke about her son with pride."),
 ("q", "\u201cHe was a quiet baby. Everyone said how good he was. Looking back, I think he had learned not to cry.\u201d \u2014 Mrs K, maternal grandmother"),
 ("p", "3.6", "Mrs K told the reviewer that she had twice raised worries about Mr T's temper with the health visiting service. Only one of these calls, on 19 October 2022, is recorded, and the record describes it as a general enquiry about sleep routines."),
]),
("4", "Chronology of key events", "chrono", []),
("5", "Agency involvement and key episodes", "newpage", [
 ("h", "Pregnancy and the early weeks"),
 ("p", "5.1", "Midwifery care in pregnancy was appropriate. Ms K disclosed at booking that she had been in care proceedings as a child's sibling but was not asked about current relationships or domestic abuse on that occasion. The routine enquiry was made at 28 weeks, when she said she was single."),
 ("p", "5.2", "The new birth visit should take place between 10 and 14 days after birth. Because Child J stayed in the special care unit and the discharge notice was sent to an out-of-date address, HV1 did not make the visit until 2 May 2022, when he was seven weeks old. Ms K was alone at the visit and Mr T was not mentioned."),
 ("h", "The first domestic abuse notification"),
 ("p", "5.3", "At 23.15 hrs on 17 June 2022 neighbours called the police about shouting and a crash from the flat. PC1 arrived at 23.41 hrs and found Ms K with a cut lip; Child J was asleep in his cot. Mr T was arrested but released the next morning with no further action after Ms K withdrew her account. The risk assessment was graded as standard risk.<super>3</super>"),
 ("fn", "3", "The DASH risk checklist was completed by PC1 at the scene; seven of the 27 questions were answered \u201cyes\u201d."),
 ("p", "5.4", "The police notification was sent on 20 June 2022 and screened in the MASH on 24 June 2022. The screening record noted that a baby lived at the address but did not check Mr T's police history, which would have shown the earlier caution. The case was passed to early help, with Ms K's consent, as a parenting support need. The reviewer considers that this decision was made without the information needed to make it and that the baby's age, and the fact that Mr T was a new adult in the household, should have prompted a fuller enquiry."),
 ("h", "Early help"),
 ("p", "5.5", "EHW1 completed an early help assessment that began on 11 August 2022. EHW1 visited the flat six times between August and December 2022 and built a warm relationship with Ms K, who valued the practical help with benefits and nursery applications. Mr T was present at two of the visits, but he was not spoken to on his own and his history was not known to EHW1."),
 ("h", "The GP consultation in October 2022"),
 ("p", "5.6", "On 3 October 2022 Ms K took Child J, then aged six months, to Brookfield Surgery with a cold. GP1 noticed a bruise on the rim of his left ear. Ms K said that the baby had caught his head on the bars of his cot. GP1 recorded the explanation and the bruise but did not make a referral and did not discuss the bruise with the safeguarding lead. The partnership's bruising protocol for non-mobile babies, in force since 2019, requires a referral to children's social care and a paediatric assessment for any bruise on a baby who is not independently mobile."),
 ("p", "5.7", "GP1 told the reviewer that the consultation was a ten-minute appointment at the end of a long list and that, because Child J was rolling over, GP1 had thought of him as mobile. The review heard that this view of \"mobility\" is not uncommon, and that some practitioners believe that a baby who can roll is outside the scope of the protocol. The protocol is clear that it is not, and finding 2 returns to this point."),
 ("h", "The second police call-out"),
 ("p", "5.8", "At 01.40 hrs on 9 November 2022 the police were called again, this time by Ms K, who said that Mr T had thrown a mug at her. PC2 arrived at 01.58 hrs. Mr T had left the flat. PC2 saw Child J, who was awake and crying, and noted a faint mark on his cheek that Ms K said came from a teething toy. This notification was graded medium risk and a strategy discussion was held on 10 November 2022 between police, children's social care and health."),
 ("p", "5.9", "The strategy discussion decided that a child and family assessment should be carried out but that the threshold for child protection enquiries under section 47 was not met. The health representative did not know about the bruise seen by GP1 five weeks earlier, because GP records were not checked before the meeting. The reviewer considers that, if the two marks had been considered together, section 47 enquiries would very likely have followed."),
 ("h", "The assessment and the closure"),
 ("p", "5.10", "SW1 began the child and family assessment on 14 November 2022. SW1 visited four times, twice announced and twice unannounced, and saw Child J on each visit. The assessment records that he was \"clean, well dressed and settled\" but gives little sense of what a day was like for him. Ms K told SW1 that Mr T had moved back to his mother's address in Castlemoor and that the relationship was over."),
 ("p", "5.11", "SW1 left the authority in December 2022 and the assessment was completed by SW2 on 9 January 2023. SW2 did not meet the family before signing off the assessment and relied on SW1's notes. TM1 agreed on 12 January 2023 that the case should close to children's social care and step down to early help. No one checked with Mr T's mother or with the police whether Mr T had in fact moved out."),
 ("p", "5.12", "In fact Mr T was staying at the flat on most nights in January 2023. A neighbour told the police after 6 February that he had \"never really left\". EHW1 visited on 24 January 2023 and saw a man's coat and work boots in the hallway, but did not record this or ask about it.<super>4</super>"),
 ("fn", "4", "EHW1 told the review that she had assumed the items were Mr T's and had been left behind after he moved out."),
 ("h", "Housing"),
 ("p", "5.13", "Larkrise Homes received two complaints about noise from the flat, on 20 June 2022 and on 15 December 2022. The housing officer, HO1, wrote to Ms K after each one but did not visit. HO1 told the review that noise complaints are handled by a separate team and that she did not know a baby lived at the flat, although the tenancy record had been updated after the birth. Housing is not routinely invited to strategy discussions in Holmsdale, and Larkrise Homes was not asked for information in November 2022."),
 ("p", "5.14", "The review heard that the flat was small and that the baby slept in a travel cot in the living room. Mr T worked night shifts at a distribution warehouse on the edge of Castlemoor from October 2022, which meant that he was often at home and caring for Child J during the day while Ms K attended a college course three mornings a week. No agency knew about this arrangement."),
 ("h", "6 February 2023"),
 ("p", "5.15", "Ms K told the police that she had gone to bed at about 22.30 hrs on 5 February 2023 and that Mr T had settled Child J after a late feed. She said she found Child J floppy and pale soon after she woke. The 999 call was made at 07.52 hrs. The ambulance crew made a safeguarding referral from the hospital and Holmsdale Police began a criminal investigation that morning."),
]),
("6", "Analysis and findings", "newpage", [
 ("p", "6.1", "The review has identified five findings. They are about the system as a whole rather than the actions of individual practitioners, many of whom worked hard and with good intent. They are set out below with the evidence that supports each one."),
 ("h", "Finding 1: the unseen man"),
 ("p", "6.2", "Mr T was a new adult in the household of a very young baby, with a known history of violence. Across eight months, no agency built a picture of who he was. His police history was not checked at the MASH in June 2022, he was never seen alone by EHW1 or SW1, and his claimed move in November 2022 was accepted without any check. National reviews have described this pattern many times; it is sometimes called the \"invisible\" or \"hidden\" man.<super>5</super>"),
 ("fn", "5", "The reviewer drew on published national analysis of reviews about non-accidental injury to babies, which the partnership has circulated to all member agencies."),
 ("h", "Finding 2: bruising in non-mobile babies"),
 ("p", "6.3", "The bruise to Child J's ear in October 2022 was a sentinel injury: a small injury that can come before serious abuse. The partnership's protocol required a referral. The review found that the protocol's definition of a non-mobile baby is understood differently by different professionals, and that GP practices had had no training on it since 2020."),
 ("p", "6.4", "A check of 40 referrals made under the protocol in 2022 found that only three came from general practice, compared with 26 from the emergency department. This suggests that the low use of the protocol by GP1 was not an isolated case."),
 ("h", "Finding 3: screening without history"),
 ("p", "6.5", "The MASH screened the June 2022 notification using only the information in the police report. The MASH practice guidance at the time allowed screeners to decide the outcome of a standard-risk notification without checking the records of other agencies. The partnership has since changed this guidance, and since 1 May 2023 all notifications involving a child under one are reviewed by a health and a police officer in the MASH."),
 ("h", "Finding 4: closure on the basis of a reported separation"),
 ("p", "6.6", "The decision to close the case in January 2023 depended almost entirely on Ms K's statement that the relationship was over. The review recognises that practitioners need to work with parents on the basis of trust, but a reported separation from a man with a history of violence is a reason for curiosity, not reassurance. The decision was also taken by a worker who had not met the family, during a period in which the team had three vacant posts out of nine."),
 ("h", "Finding 5: the baby's lived experience"),
 ("p", "6.7", "Records described Child J in terms of his appearance and the home conditions. Very few described his reactions to the adults around him, his sleep, his crying or his feeding. The grandmother's view that he had \"learned not to cry\" is not something any practitioner recorded, though several noted that he was unusually quiet."),
 ("h", "Good practice"),
 ("p", "6.8", "The review also found good practice. The special care unit supported Ms K well and arranged for her to stay on the ward for the last three nights before discharge. PC2's decision on 9 November 2022 to look at Child J closely, and to record the mark on his cheek, was exactly what the partnership's guidance asks of officers attending domestic abuse incidents."),
 ("p", "6.9", "EHW1's work with Ms K on her debts was effective: by December 2022 rent arrears of \u00a31,140 had been cleared through a discretionary housing payment, and a nursery place had been agreed for Child J from April 2023. The review notes that this practical success may have added to the sense, shared by several practitioners, that the family was doing well."),
 ("h", "Conclusion"),
 ("p", "6.10", "The reviewer concludes that the serious injuries to Child J could not have been predicted with certainty. There were, however, at least three points, in June 2022, in October 2022 and in January 2023, at which a more curious and joined-up response was likely to have brought the risk from Mr T into view, and could have prevented the harm."),
]),
("7", "Recommendations", "flow", [
 ("p", "7.1", "The review makes seven recommendations to the partnership. The partnership board accepted all of them at its meeting on 19 October 2023 and will publish an action plan with named leads and dates."),
 ("p", "7.2", "Recommendation 1: the partnership should ensure that every agency asks about, and records, the adults who live in or regularly visit the household of a baby, and checks the history of any new adult."),
 ("p", "7.3", "Recommendation 2: the partnership should revise its bruising protocol so that it says, in plain words, that a baby who can roll or shuffle is not independently mobile, and should deliver training on it to every GP practice within twelve months."),
 ("p", "7.4", "Recommendation 3: the MASH should audit, every six months, a sample of domestic abuse notifications involving children under two to test whether other agencies' records were checked."),
 ("p", "7.5", "Recommendation 4: children's social care should not close a case on the strength of a reported separation from a violent partner without checking that report with at least one other source."),
 ("p", "7.6", "Recommendation 5: no assessment should be signed off by a social worker who has not met the child and the family."),
 ("p", "7.7", "Recommendation 6: the partnership should produce a short guide on recording the daily life of a non-mobile baby, drawing on the words of Child J's grandmother."),
 ("p", "7.8", "Recommendation 7: the partnership should report on progress against this plan to its board in twelve months' time, and should share the learning from this review with the neighbouring Castlemoor partnership."),
]),
]

CHRONO = [
 ("01/09/2021", "Midwifery", "Booking appointment at 10 weeks. Ms K lives alone; no partner named."),
 ("14/03/2022", "St Aldwyn's Hospital", "Child J born at 34 weeks, weight 2.1 kg. Admitted to the special care baby unit."),
 ("25/03/2022", "St Aldwyn's Hospital", "Child J discharged home after eleven days. Discharge notice to health visiting sent to Ms K's previous address."),
 ("02/05/2022", "Health visiting (HV1)", "New birth visit, seven weeks after the birth. Ms K alone; baby feeding well. No partner mentioned."),
 ("May 2022", "Family (later account)", "Mr T begins staying at the flat most nights."),
 ("17/06/2022", "Police (PC1)", "23.15 hrs: neighbour reports shouting and a crash. PC1 at scene 23.41 hrs. Ms K has a cut lip. Mr T arrested; DASH graded standard risk."),
 ("18/06/2022", "Police", "Mr T released with no further action after Ms K withdraws her account."),
 ("20/06/2022", "Police", "Notification sent to the Holmsdale MASH."),
 ("24/06/2022", "MASH", "Notification screened. Mr T's police history not checked. Outcome: step-down to early help with consent."),
 ("12/07/2022", "Health visiting (HV2)", "Eight-week contact done by telephone because HV2 could not get an answer at the door. No concerns recorded."),
 ("11/08/2022", "Early help (EHW1)", "Early help assessment begins. Goals: benefits, housing repairs, nursery place, parenting routines."),
 ("08/09/2022", "Early help (EHW1)", "Home visit. Mr T present and described as \u201chelpful\u201d. Not seen alone."),
 ("03/10/2022", "GP (GP1)", "Child J, aged six months, seen with a cold. Bruise on rim of left ear; explanation: caught head on cot bars. No referral."),
 ("19/10/2022", "Health visiting", "Telephone call from Mrs K recorded as a general enquiry about sleep routines."),
 ("09/11/2022", "Police (PC2)", "01.40 hrs: Ms K calls police; Mr T threw a mug. PC2 arrives 01.58 hrs. Faint mark on Child J's cheek. Graded medium risk."),
 ("10/11/2022", "Multi-agency", "Strategy discussion. Section 47 threshold not met; child and family assessment to be done. GP records not checked."),
 ("14/11/2022", "Children's social care (SW1)", "Child and family assessment begins. Ms K says Mr T has moved to Castlemoor."),
 ("Dec 2022", "Children's social care", "SW1 leaves the authority. Case held by SW2."),
 ("09/01/2023", "Children's social care (SW2)", "Assessment completed by SW2 from SW1's notes. SW2 has not met the family."),
 ("12/01/2023", "Children's social care (TM1)", "TM1 agrees closure and step-down to early help."),
 ("24/01/2023", "Early help (EHW1)", "Home visit. A man's coat and work boots in the hallway; not recorded or discussed."),
 ("06/02/2023", "Ambulance service", "07.52 hrs: 999 call from Ms K; Child J floppy and unresponsive. Crew at scene 08.03 hrs."),
 ("06/02/2023", "St Aldwyn's Hospital", "08.31 hrs: arrival at the emergency department. CT scan shows subdural haemorrhage. Transfer to Castlemoor Children's Hospital PICU."),
 ("06/02/2023", "Police", "Criminal investigation begins. Mr T and Ms K arrested later that day."),
 ("08/02/2023", "Partnership", "Notification to the Child Safeguarding Practice Review Panel."),
 ("22/02/2023", "Partnership", "Rapid review meeting. Recommends a local child safeguarding practice review."),
 ("03/03/2023", "Family court", "Interim care order. Child J placed with foster carers on discharge from hospital."),
]

APPENDIX_AGENCIES = [
 ("Agency", "Contribution"),
 ("Holmsdale Community Health NHS Trust (midwifery and health visiting)", "Chronology, report, two interviews"),
 ("St Aldwyn's Hospital, Wrenbury", "Chronology and report"),
 ("Castlemoor Children's Hospital", "Summary of treatment"),
 ("Brookfield Surgery (general practice)", "Chronology, report, one interview"),
 ("Wrenbury Borough Council children's social care", "Chronology, report, two interviews"),
 ("Wrenbury Borough Council early help service", "Chronology, report, one interview"),
 ("Holmsdale Police", "Chronology and report"),
 ("North Mercian Ambulance Service", "Call record and report"),
 ("Larkrise Homes", "Tenancy records and short report"),
]

PANEL = [
 "Head of safeguarding, Holmsdale Police (chair)",
 "Designated nurse for safeguarding children, Holmsdale integrated care board",
 "Designated doctor for safeguarding children",
 "Head of service, children's social care, Wrenbury Borough Council",
 "Head of early help, Wrenbury Borough Council",
 "Named GP for safeguarding",
 "Partnership business manager (adviser to the panel)",
]

CONTENTS = [("Foreword", "iii"), ("1  Introduction", "1"), ("2  Terms of reference and method", "1"),
            ("3  Child J and his family", "2"), ("4  Chronology of key events", "3"),
            ("5  Agency involvement and key episodes", "5"), ("6  Analysis and findings", "7"),
            ("7  Recommendations", "8"), ("Appendix A  Agencies and review panel", "9")]

FOREWORD = [
 "Child J was a baby of ten months when he suffered injuries that will affect him for the rest of his life. This review sets out what agencies knew, what they did, and what the partnership will change. It is written for practitioners and managers, and for the public.",
 "I thank the practitioners who gave their time to the review, often describing decisions that were hard to revisit, and Child J's grandmother, whose account of him as a quiet baby is at the centre of the learning.",
 "The partnership has accepted every recommendation. We will publish our progress a year from now.",
 "Bronwen Astley<br/>Independent Scrutineer and Chair<br/>Wrenbury and Holmsdale Safeguarding Children Partnership",
]

LETTER_P1 = [
 "Dear Ms Astley,",
 "<b>Local child safeguarding practice review: Child J</b>",
 "I enclose the final overview report of the review into the serious injuries suffered by Child J, and I write to set out, briefly, the main points for the board before its meeting on 19 October 2023.",
 "As you know, Child J was found unresponsive at the family home on the morning of 6 February 2023. He was ten months old. The ambulance was called shortly before eight o'clock and he was taken first to St Aldwyn's Hospital and then to the intensive care unit at Castlemoor Children's Hospital. He has survived, with a lasting weakness on his right side, and lives with foster carers.",
 "The review covered the period from September 2021, when his mother booked her pregnancy, to the day of the incident. Nine agencies gave information. I interviewed six practitioners and held a learning event on 28 June 2023 at the Holmsdale Civic Centre, at which 23 practitioners and managers took part. I also met Child J's maternal grandmother on 4 August 2023, at her home. Ms K answered written questions through her solicitor.",
 "The report describes three missed opportunities: the screening of the first police notification in June 2022, when the history of Mr T was not checked; the bruise to Child J's ear seen by the GP in October 2022, which under the partnership's own protocol should have been referred; and the closure of the case in January 2023 on the strength of a reported separation that no one tested.",
]
LETTER_P2 = [
 "I have grouped the learning under five findings, and I make six recommendations. The two I would ask the board to treat as most urgent are the revision of the bruising protocol, so that it is beyond doubt that a baby who can roll is not mobile, and the rule that no assessment should be signed off by a social worker who has not met the child.",
 "I should draw your attention to one matter of process. The Crown Prosecution Service has asked to see the final text again before publication, because the criminal trial of Mr T is now listed for 15 January 2024. I recommend that the board agrees the report on 19 October but delays publication until the prosecution has confirmed that it has no objection.",
 "The review took 26 weeks from my appointment to the final draft. I am grateful to the panel, and in particular to the head of safeguarding at Holmsdale Police, for chairing it, and to the partnership business unit for arranging interviews at short notice.",
 "I would be glad to present the report to the board in person, and to meet the practitioners again once the action plan is agreed.",
 "Yours sincerely,",
]
