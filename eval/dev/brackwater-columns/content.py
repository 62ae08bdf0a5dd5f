"""Text of the FICTIONAL Brackwater "Child F" corpus (used by build.py).

Everything here is invented for testing scr-qa: no real people, places or cases.
BODY_PARTS items: ("h", heading), ("p", text), ("rp", run-in heading, text),
("fn", footnote text for the page where the preceding paragraph ends), ("chrono",), ("panel",),
("appendix",).
"""

BODY_PARTS = [
    ("h", "Foreword"),
    ("u", "On 19 March 2023 a nine-year-old boy from Fennick Reach died after a fire in his home. He was "
          "known to many of us: to his school, to the health visiting service, to children's services, to "
          "the police, to the fire service and to his landlord. This review asks what each of us knew and "
          "why that knowledge did not come together in time."),
    ("u", "I want to thank the practitioners who spoke so honestly to the reviewer, and Child F's mother and "
          "grandmother, who gave their time at a terrible moment. The safeguarding partners have accepted "
          "every recommendation in this report, and I will report on progress to the Partnership every "
          "quarter until the action plan is complete."),
    ("u", "Graham Okonjo-Reid, Independent Scrutineer, Brackwater Safeguarding Children Partnership"),
    ("h", "Contents"),
    ("u", "Introduction - The review process - Terms of reference - The family - The family's view - "
          "Summary of events - Chronology of key events - Analysis - Key learning - Practice across "
          "agencies - Conclusions - Recommendations - Developments since the fire - Appendix"),
    ("u", "Paragraphs are numbered 1, 2, 3 ... through the body of the report and A1, A2 ... in the appendix. "
          "Recommendations are numbered R1 to R8. Practitioners are referred to by role codes."),
    ("pb",),
    ("h", "Introduction"),
    ("p", "This Local Child Safeguarding Practice Review (LCSPR) was commissioned by the Brackwater "
          "Safeguarding Children Partnership after the death of a nine-year-old boy, known in this report as "
          "Child F, following a fire at his home in Fennick Reach in the early hours of 19 March 2023. His "
          "younger sister, Child G, who was then aged three, was rescued by firefighters and survived."),
    ("p", "Child F was taken to the regional burns unit at Castlegate Infirmary, where he died two days "
          "later, on 21 March 2023. The Partnership offers its deepest sympathy to his family, to his "
          "classmates and staff at Greyfriars Lane Primary School, and to the firefighters and paramedics "
          "who attended that night."),
    ("p", "The purpose of an LCSPR is to identify improvements that should be made to safeguard and promote "
          "the welfare of children, as set out in Working Together to Safeguard Children. It is not the "
          "purpose of a review to apportion blame, and it is not an investigation into how Child F died, "
          "which was a matter for the police and the coroner."),
    ("fn", "1  Working Together to Safeguard Children (2018), chapter 4. The review followed the guidance in "
           "force when it was commissioned."),
    ("p", "The review covers the period from 1 September 2020, when Child F started at Greyfriars Lane "
          "Primary School after the family moved into the area, until 19 March 2023. Information about the "
          "family's earlier history in another local authority area was taken into account where it helped "
          "to explain later events."),
    ("p", "Nine agencies provided information to the review. Each wrote a short chronology and answered a "
          "set of questions from the reviewer; four of them also provided a fuller agency report. The "
          "agencies are listed with their role codes in the appendix."),
    ("rp", "The review process.", "The Partnership's rapid review group met on 28 March 2023, within the "
          "fifteen working days allowed, having sent a serious incident notification to the national Child "
          "Safeguarding Practice Review Panel on 22 March 2023. The rapid review concluded that the case "
          "met the criteria for a local review."),
    ("p", "The three safeguarding partners decided on 4 April 2023 to commission this LCSPR, and the "
          "national Panel was told of that decision the same week. Dr Rosalind Achterberg, an independent "
          "social work consultant who has no connection with any Brackwater agency, was appointed as the "
          "independent reviewer."),
    ("p", "The review panel was chaired by Bernadette Hollis, Head of Safeguarding at Lowmarsh Community "
          "Health NHS Trust. It met six times between May and November 2023; its first meeting was held on "
          "16 May 2023. Panel members were senior managers who had no direct involvement with the family."),
    ("p", "A practitioner learning event was held on 12 September 2023 and was attended by 23 "
          "practitioners and first-line managers from eight of the nine agencies. The reviewer is grateful "
          "for their openness. Several of them had known Child F well and spoke warmly of him."),
    ("p", "Criminal proceedings against Ms P were under way when the review began, and the review was "
          "paused between June and August 2023 at the request of the Crown Prosecution Service so that "
          "family members could be spoken to without prejudicing a trial. The proceedings concluded in "
          "December 2023, when Ms P pleaded guilty to an offence of child cruelty by wilful neglect."),
    ("h", "Terms of reference"),
    ("p", "The panel agreed four terms of reference. The first concerned the handling of the home fire "
          "safety referral made in November 2021 and the fire service's later contact with the family. The "
          "second concerned how agencies recognised and responded to neglect, including the children being "
          "left alone at night."),
    ("p", "The third concerned the response to domestic abuse between Ms P and Mr N, including the strategy "
          "discussion and section 47 enquiries of October and November 2022. The fourth concerned the way "
          "adult services, in particular the alcohol recovery service, worked with children's services."),
    ("p", "The panel also asked the reviewer to consider the voice of the child, the effect of changes of "
          "social worker, and whether the Partnership's neglect strategy, published in 2020, had been put "
          "into practice. These are addressed within the four terms of reference rather than separately."),
    ("h", "The family"),
    ("p", "Child F was a White British boy who was born in June 2013. At the time of the fire he was in "
          "Year 4. He lived with his mother, Ms P, aged 31, and his half-sister Child G, born in August "
          "2019. Child G's father, Mr N, lived at the address for most of the period under review."),
    ("p", "Child F's father, Mr T, lives in another part of the country. He had occasional telephone "
          "contact with his son and last saw him in the summer of 2021. He was not known to any Brackwater "
          "agency and was not told of the concerns about his son until after the fire."),
    ("p", "The maternal grandmother, Mrs P, lives in Fennick Reach and was an important source of support. "
          "She often collected both children from school and nursery and told the reviewer that Child F "
          "\"was the one who kept that house running\". She had raised her own worries about the children "
          "with the school in 2022."),
    ("p", "The family lived in a two-bedroom maisonette on Gannet Row, a block owned by Kestrel Homes, a "
          "housing association. The tenancy was in Ms P's sole name. By October 2022 Ms P owed "
          "£1,846 in rent arrears, and a notice seeking possession had been considered but not served."),
    ("p", "Child F is remembered by his teachers as a bright, quiet and kind boy who loved drawing maps of "
          "the estuary and wanted to join the lifeboat crew when he grew up. He was very protective of his "
          "sister and often spoke about her at school."),
    ("p", "Ms P met the reviewer twice, in October and November 2023, and Mrs P met the reviewer once. Mr N "
          "was invited to contribute but declined. The reviewer thanks Ms P and Mrs P for speaking about "
          "events that were deeply painful for them."),
    ("p", "Ms P told the reviewer that she had misused alcohol since her late teens and that her drinking "
          "increased after the first Covid lockdown. She said she \"never thought of leaving them as "
          "leaving them\", because Child F was sensible and she was \"only round the corner\"."),
    ("h", "The family's view"),
    ("p", "Ms P said that she liked HV1 and found her \"the only one who didn't judge\". She did not "
          "remember receiving a letter from the fire service and said that she would have let them in if "
          "she had known they were coming. She said that the smoke alarm \"went off every time I cooked, "
          "so I took it down\"."),
    ("p", "Ms P found the changes of social worker hard. She told the reviewer that she had to \"tell the "
          "story three times\" and that by the time of the last worker she \"just said what they wanted to "
          "hear\". She said that nobody asked her what happened at home at night."),
    ("p", "Mrs P told the reviewer that she had told the school in the spring of 2022 that her daughter was "
          "drinking and going out. She felt that \"everyone was waiting for someone else to do "
          "something\". She asked that the review should lead to smoke alarms being checked in every home "
          "where a child is on a plan."),
    ("h", "Summary of events"),
    ("p", "This section summarises what happened. A chronology of key events follows it, set across the "
          "full width of the page, and the analysis begins after the chronology. Role codes are used for "
          "practitioners throughout."),
    ("p", "Child F started at Greyfriars Lane Primary School in September 2020. In his first year the school "
          "noted that he was often late and sometimes hungry, but his attendance was not a cause for formal "
          "concern. The school's designated safeguarding lead, DSL1, recorded six low-level concerns during "
          "the 2020-21 school year."),
    ("p", "Estuary Reach Police attended the family's address eleven times between September 2020 and "
          "March 2023. Seven of the call-outs were about verbal arguments between Ms P and Mr N, usually "
          "late at night. Each incident was risk assessed, and each was graded as standard risk except the "
          "incident of 23 October 2022, which was graded as medium."),
    ("p", "Child G's health visitor, HV1, visited the home on 9 November 2021 for a review that was already "
          "overdue. She saw damp clothes drying over an electric heater in the living room and a smoke "
          "alarm hanging from the ceiling by its wires. With Ms P's agreement she referred the family to "
          "Brackwater Fire and Rescue Service for a home fire safety visit the same day."),
    ("p", "The fire service's Safe and Well team tried to visit on 3 December 2021 and again on 17 January "
          "2022, but nobody answered the door on either occasion. Under the policy in force at the time, the "
          "referral was closed after two unsuccessful attempts, and a letter was sent to the family on 31 "
          "January 2022. HV1 was not told that the visit had not taken place."),
    ("fn", "2  The Safe and Well policy was revised in April 2022: a referral is now closed only after three "
           "attempts, and the referrer is always told."),
    ("p", "On 27 February 2022 at 19.20 hrs a fire crew attended a small chip-pan fire in the family's "
          "kitchen, which had been put out by a neighbour before the crew arrived. The crew gave Ms P "
          "verbal safety advice. No safeguarding referral was made and the earlier Safe and Well referral "
          "was not linked to the call-out."),
    ("p", "On 4 May 2022 the school made a referral to children's services after Child F told his teacher "
          "that he \"did the night-time\" for his sister when his mother was out. This was the first "
          "referral to children's services about the family in Brackwater."),
    ("p", "A child and family assessment was completed by SW1 on 27 June 2022. It found that the children "
          "were in need because of their mother's drinking and the arguments at home, but that the "
          "threshold for child protection enquiries was not met. A child in need plan began on 5 July 2022."),
    ("p", "The GP, GP1 at Tidemill Medical Practice, referred Ms P to Harbourlight Recovery Service on 15 "
          "August 2022. She attended two of six appointments offered by her recovery worker, RW1, and was "
          "discharged for non-engagement on 10 January 2023. Children's services were not told of the "
          "discharge."),
    ("p", "SW1 left the authority in August 2022 and the case was allocated to SW2. On 6 October 2022 a "
          "Kestrel Homes housing officer, HO1, carried out a tenancy inspection after neighbours complained "
          "about noise. She noted that the smoke alarm was hanging loose with its wires exposed and raised a "
          "repair job. The repair appointment on 2 November 2022 was recorded as \"no access\"."),
    ("p", "In the early hours of 23 October 2022 police were called to an argument in which Mr N pushed "
          "Ms P against a door while Child F watched from the stairs. A strategy discussion was held by "
          "telephone on 25 October 2022 at 16.30 hrs between TM1, the team manager, and PC2 of the police "
          "public protection unit. It decided that enquiries under section 47 of the Children Act 1989 should "
          "be made. The enquiries were led by SW2 and concluded on 8 November 2022 that the children should "
          "remain on a child in need plan."),
    ("p", "Mr N left the address in December 2022 and did not return. In the same month the case passed to "
          "a third social worker, SW3, an agency worker who held it until the fire. Between July 2022 and "
          "March 2023 the family therefore had three social workers, and five child in need meetings were "
          "held, the last of them on 22 February 2023."),
    ("p", "Child F's attendance fell during the autumn term of 2022 to 64%. The school's attendance officer "
          "made two home visits and issued a warning letter, but no attendance panel was convened before the "
          "fire."),
    ("p", "On the evening of 18 March 2023 Ms P went to a friend's flat two streets away, leaving both "
          "children at home. A fire started in the living room at about 01.40 hrs on 19 March 2023. A "
          "neighbour dialled 999 at 01.52 hrs and the first fire crew arrived at 01.58 hrs."),
    ("p", "Firefighters rescued Child G from the front bedroom at 02.04 hrs and found Child F in the "
          "bathroom at 02.09 hrs. Ms P returned to the address at about 02.15 hrs. The fire investigation "
          "found that the fire most probably started when clothing on an electric heater ignited. The smoke "
          "alarm was later found in a kitchen drawer with its battery removed."),
    ("chrono",),
    ("h", "Analysis"),
    ("p", "The analysis is organised around the four terms of reference agreed by the panel. In each case the "
          "reviewer asks what the professionals knew, what they did, and what got in the way of a fuller "
          "picture of the children's lives. Findings are stated at the end of each part."),
    ("rp", "Term of reference 1: the home fire safety referral.", "The referral by HV1 in November 2021 was "
          "good practice. HV1 noticed a hazard that is easy to overlook in a busy home visit, explained it to "
          "Ms P, and made a referral the same day. Her record is clear and shows that she thought about the "
          "children sleeping upstairs."),
    ("p", "The weakness lay in what happened next. The Safe and Well team treated the referral as a "
          "service offer that the family could decline, not as a safeguarding referral from a professional. "
          "Two visits without an answer were taken as a choice not to engage, and the referral was closed by "
          "letter. Nobody checked whether the family had received the letter."),
    ("p", "The referral form in use in 2021 had no field to show that a referral came from a professional "
          "who had seen a particular hazard, and no field for the referrer's contact details. HV1 assumed "
          "that \"no news was good news\". The reviewer found that this assumption was shared by most "
          "practitioners at the learning event."),
    ("p", "The chip-pan fire of February 2022 was a second chance to see the risk. The crew that attended "
          "did not know of the earlier referral, because the call-out and Safe and Well systems were not "
          "linked. Crews had no prompt to consider whether children at an address might be at risk from "
          "repeated fire hazards, and no route to make a safeguarding referral out of hours."),
    ("p", "<b>Finding 1.</b> A professional referral for a home fire safety visit was closed without the "
          "visit and without telling the referrer. The fire service's systems at the time did not allow a "
          "second fire at the same address to be connected with the first."),
    ("rp", "Term of reference 2: neglect and the children's daily lives.", "The school knew a great deal "
          "about Child F's daily life: that he was often hungry, that he arrived late, and that he talked "
          "about caring for his sister. DSL1 kept careful records and offered Child F a free place at "
          "breakfast club from January 2022, which he used most days."),
    ("p", "What the school knew was not brought together with what other agencies knew until May 2022. The "
          "six low-level concerns recorded in 2020-21 were each judged on their own. The reviewer heard that "
          "the school had been reluctant to refer because an earlier referral about another family had been "
          "\"bounced back\" as not meeting the threshold."),
    ("p", "The child and family assessment completed in June 2022 was thorough about Ms P's drinking and "
          "about the arguments between the adults. It said less about the physical safety of the home, and "
          "it did not mention the Safe and Well referral, because SW1 did not know about it. The assessment "
          "recorded Child F's wish to \"have a mum who is awake in the morning\"."),
    ("p", "The reviewer considered whether a neglect assessment tool should have been used. The "
          "Partnership's graded care profile tool was available, but it was not used at any point; "
          "practitioners at the learning event said it was \"for the really bad cases\". This is a "
          "misunderstanding of its purpose, which is to make the pattern of cumulative neglect visible."),
    ("p", "The child in need plan contained eleven actions. Only three related to the children's physical "
          "care, and none to the safety of the home at night. The plan asked Ms P to \"engage with "
          "Harbourlight\" but did not say what would happen if she did not."),
    ("p", "<b>Finding 2.</b> Agencies saw separate signs of neglect but did not combine them. No one used "
          "a tool designed to make cumulative neglect visible, and the child in need plan did not address "
          "the risks to the children when they were left alone at night."),
    ("p", "The panel asked whether the Partnership's neglect strategy, published in 2020, had been put into "
          "practice. The strategy committed agencies to train practitioners in the graded care profile and to "
          "audit its use each year. Training was delivered to 96 practitioners in 2021, but the annual audit "
          "planned for 2022 did not take place because of staff shortages in the business unit."),
    ("p", "Practitioners at the learning event said that they thought of neglect mainly in terms of food, "
          "clothing and hygiene. Supervision, and the safety of the home when a parent is absent or "
          "intoxicated, were less often in their minds. The reviewer considers that this is a common pattern "
          "and not one peculiar to Brackwater."),
    ("p", "The reviewer also looked at whether the children's ethnicity, the family's housing tenure or "
          "their income affected the response. She found no evidence that they did, although the rent "
          "arrears and the threat of possession proceedings added to the stress on Ms P in the autumn of "
          "2022, and no agency offered her advice about them until December 2022."),
    ("rp", "Term of reference 3: domestic abuse and the section 47 enquiries.", "The police response to each "
          "call-out was prompt, and officers routinely completed the required risk assessment. However, "
          "notifications to children's services were sent only for four of the eleven call-outs, because "
          "the others were graded as arguments with no allegation of violence."),
    ("p", "The strategy discussion of 25 October 2022 was held by telephone between two agencies only. The "
          "school, the health visitor and the GP were not part of it, although each held relevant "
          "information. Working Together expects a strategy discussion to involve the police, children's "
          "social care and health, and the school where a child is of school age."),
    ("p", "The section 47 enquiries were completed within the expected timescale. SW2 spoke to Child F on "
          "his own at school on 1 November 2022; he said that he was \"not scared of Mr N, only of him and "
          "mum shouting\". The decision that the children should stay on a child in need plan was reasonable "
          "on what was known, but it was made without a check on the Safe and Well referral or the "
          "chip-pan fire."),
    ("p", "When Mr N left in December 2022, several practitioners took his departure as a sign that risks had "
          "reduced. For Child F the opposite may have been true: Ms P told the reviewer that after Mr N left "
          "she went out more often in the evenings, because \"there was nobody to go out with\"."),
    ("p", "<b>Finding 3.</b> The strategy discussion did not involve health or education, and decisions "
          "after the section 47 enquiries were based on an incomplete picture. The departure of Mr N was "
          "wrongly read as a reduction in risk."),
    ("rp", "Term of reference 4: parental alcohol use and engagement.", "GP1's referral to Harbourlight was "
          "appropriate and was made within two weeks of Ms P first telling the practice about her drinking. "
          "The referral letter mentioned that Ms P had two children, but not their ages, and Harbourlight's "
          "screening did not ask who looked after them when Ms P was drinking."),
    ("p", "RW1 tried to re-engage Ms P by telephone and letter. When she was discharged on 10 January 2023, "
          "the discharge letter was sent to the GP but not to children's services, although Harbourlight's "
          "records showed that a social worker was involved. The reviewer was told that the service's "
          "policy required consent to share, and that Ms P had not given it."),
    ("p", "This was a misreading of the law on information sharing. Where there are concerns about a "
          "child's welfare, consent is not required to share information with children's services, and "
          "the national guidance on information sharing says so clearly. Harbourlight has since changed its "
          "policy."),
    ("fn", "3  Information sharing: advice for practitioners providing safeguarding services (2018), the "
           "\"seven golden rules\"."),
    ("p", "At the child in need meetings, Ms P's engagement with Harbourlight was reported by Ms P herself. "
          "No agency checked her account, and Harbourlight was never invited to a child in need meeting. "
          "The reviewer calls this pattern \"reported engagement\": a parent's account of their own "
          "progress is accepted without verification."),
    ("p", "<b>Finding 4.</b> Adult services did not see themselves as part of the network around the "
          "children. A discharge for non-engagement, which was a significant change in risk, was not shared "
          "with the social worker."),
    ("panel",),
    ("rp", "Practice in the child in need period.", "The child in need meetings were held at roughly six-week "
          "intervals, which is good practice. Attendance was uneven: at the meeting of 30 November 2022 "
          "four of the seven invited agencies attended, and the fire service, the housing association and "
          "Harbourlight were never invited at all."),
    ("p", "The two changes of social worker, in August and December 2022, had a clear effect. Each worker "
          "started again with the family, and the history of the fire hazards was lost at the first handover. SW3 told the "
          "reviewer that she had not read the health visiting records and did not know a smoke alarm had "
          "ever been mentioned."),
    ("p", "Team manager TM1 supervised the case on five occasions. The supervision records are brief and "
          "focus on tasks: whether visits had taken place, and when the next meeting was due. They do not "
          "show reflection on the children's experience at night, which was the central risk."),
    ("p", "The reviewer recognises the pressures on the service at the time. The Brackwater duty and "
          "assessment team had a vacancy rate of 38% in the autumn of 2022, and SW3 held 27 cases when the "
          "family was allocated to her. These pressures explain some of what happened, but they do not "
          "remove the need for a clear plan."),
    ("rp", "Policing.", "Officers attended every call to the address quickly; the average time from call "
          "to arrival was 14 minutes. Body-worn video from the call-out of 23 October 2022 shows that the "
          "officers spoke kindly to Child F and made sure he was settled before they left."),
    ("p", "The police notifications to children's services were sent by the public protection unit after a "
          "delay of between two and six days. The review found no evidence that the delay affected the "
          "outcome, but it meant that the information reached social workers after the immediate situation "
          "had calmed and was easier to discount."),
    ("p", "The police did not record that the children were sometimes at home without an adult, because on "
          "every call-out at least one adult was present. PC2 told the reviewer that officers are trained to "
          "record who is in the house, not who is usually in the house."),
    ("rp", "Health visiting and general practice.", "HV1 held the family on a universal plus caseload. "
          "Child G's two-year review was due in August 2021 but took place only on 9 November 2021, when "
          "she was 27 months old, because two earlier appointments were missed. The delay was followed up "
          "appropriately."),
    ("p", "After the referral to the fire service, HV1 saw the family twice more, in February and June "
          "2022. On neither occasion did she ask about the smoke alarm, because she believed the fire "
          "service had dealt with it. Child G was discharged to the universal service in September 2022 "
          "when HV1's caseload was reallocated."),
    ("p", "The GP practice had eighteen contacts with the family during the period under review, most of "
          "them for Child G's minor illnesses. GP1 saw Ms P on 1 August 2022, when she disclosed drinking "
          "\"most nights\", and made the Harbourlight referral two weeks later. The practice's records "
          "did not flag that the children were on a child in need plan until January 2023."),
    ("rp", "Housing.", "HO1's tenancy inspection on 6 October 2022 was prompted by noise complaints, not by "
          "any safeguarding concern. HO1 nonetheless noticed the loose smoke alarm and raised a repair, "
          "which was the right thing to do. When the repair visit of 2 November 2022 found nobody home, the "
          "job was closed automatically."),
    ("p", "Kestrel Homes did not know that children's services were involved with the family, and "
          "children's services did not know that Kestrel Homes had concerns about noise, rent arrears or "
          "fire safety. Housing officers are often among the few professionals who see inside a home, and "
          "their observations should be part of the picture."),
    ("rp", "Education.", "The school's work with Child F was a strength of this case. DSL1 and Child F's class "
          "teacher knew him well, listened to him and made the referral that started children's services' "
          "involvement. The breakfast club place and a weekly session with the learning mentor gave him "
          "some stability."),
    ("p", "The school's attendance procedures were followed, but they were not linked to the child in need "
          "plan. A fall in attendance to 64% in the autumn term of 2022 was treated as an attendance matter "
          "rather than as possible evidence that Child F was tired from caring for his sister at night."),
    ("rp", "The voice of the child.", "Child F told several professionals, in different words, what his life "
          "was like. He told his teacher that he \"did the night-time\"; he told SW1 that he wanted a mum who "
          "was awake in the morning; and in January 2023 he told the learning mentor that he kept \"a torch "
          "and the phone\" under his bed."),
    ("p", "These statements were recorded, but they were not put together, and nobody asked Child F the "
          "obvious next question: what he would do if something went wrong at night when he was alone with "
          "his sister. The reviewer considers that the answer would have changed the plan."),
    ("rp", "Good practice.", "The review identified good practice by several practitioners: HV1's same-day "
          "referral for a home fire safety visit; the school's careful recording and its referral in May "
          "2022; HO1's repair request; the prompt police response to every call-out; and the bravery of the "
          "fire crews on 19 March 2023."),
    ("rp", "Conclusions.", "Child F's death was not predictable, in the sense that no professional could have "
          "known that a fire would start on that night. But the risk of a fire in a home where the smoke "
          "alarm did not work, where clothes were dried on a heater and where two young children were "
          "regularly left alone at night was foreseeable, and it was seen by three different agencies."),
    ("p", "The reviewer concludes that the most important learning concerns the connection of information. "
          "Each agency held a piece of the picture. The health visitor knew about the smoke alarm, the fire "
          "service about the failed visits and the chip-pan fire, the housing officer about the loose "
          "alarm, the school about the nights alone, and the recovery service about the discharge."),
    ("p", "No single agency held enough to see the whole risk, and there was no forum in which the pieces "
          "were placed side by side. The child in need meetings could have been that forum, but the agencies "
          "that held the fire safety information were never invited."),
    ("h", "Recommendations"),
    ("p", "The review makes eight recommendations to the Partnership. Each has been accepted, and the "
          "Partnership will publish an action plan within three months of the review's publication. The "
          "recommendations are numbered R1 to R8 to distinguish them from the paragraphs of this report."),
    ("p", "<b>R1.</b> Brackwater Fire and Rescue Service should treat every Safe and Well referral from a "
          "professional as requiring feedback to the referrer when a visit does not take place, and should "
          "report to the Partnership on compliance within six months."),
    ("p", "<b>R2.</b> The fire service should link its call-out records with its Safe and Well records so "
          "that crews attending an address can see an open or recently closed referral, and should give "
          "crews a route to make safeguarding referrals at any time of day."),
    ("p", "<b>R3.</b> The Partnership should relaunch its graded care profile tool with training that makes "
          "clear it is for early and cumulative neglect, not only for the most serious cases."),
    ("p", "<b>R4.</b> Children's services should ensure that strategy discussions include health and, for "
          "children of school age, education, and should audit a sample of strategy discussions held by "
          "telephone."),
    ("p", "<b>R5.</b> Harbourlight Recovery Service should notify the allocated social worker whenever a "
          "parent known to children's services is discharged, and the Partnership should remind adult "
          "services that consent is not a barrier to sharing safeguarding information."),
    ("p", "<b>R6.</b> Kestrel Homes and the other registered housing providers in Brackwater should agree "
          "with children's services how housing officers will learn of, and contribute to, plans for "
          "children in their tenancies."),
    ("p", "<b>R7.</b> The Partnership should issue practice guidance on children left alone at home, "
          "including the questions practitioners should ask a child about what they would do in an "
          "emergency."),
    ("p", "<b>R8.</b> The Partnership should seek assurance that the handover of cases between social "
          "workers includes a summary of the history of risk, and should test this through a multi-agency "
          "audit within twelve months."),
    ("h", "Developments since the fire"),
    ("p", "Agencies did not wait for the review to finish before making changes. This section records what "
          "they told the panel they had done by November 2023. The Partnership will test these changes "
          "through its audit programme."),
    ("p", "Brackwater Fire and Rescue Service introduced a new Safe and Well referral form in June 2023, "
          "with a field for professional referrers and an automatic message to the referrer when a referral "
          "is closed. Its crews can now see Safe and Well history on their in-cab tablets."),
    ("p", "Kestrel Homes has changed its repairs system so that a smoke alarm repair can no longer be closed "
          "after one failed appointment; the job is escalated to a housing officer, who must visit within "
          "five working days. It has also fitted sealed ten-year alarms in all 1,140 of its flats."),
    ("p", "Harbourlight Recovery Service revised its information sharing policy in July 2023. Staff now ask "
          "every parent at screening who cares for their children when they are drinking, and record the "
          "answer."),
    ("p", "Estuary Reach Police have changed the notification process so that any call-out to an address "
          "where a child is on a child in need or child protection plan is shared with children's services "
          "within 24 hours. Officers are now prompted to ask who usually looks after the children at night."),
    ("p", "Greyfriars Lane Primary School has reviewed its attendance procedures so that any child known to "
          "children's services whose attendance falls below 90% is discussed with the allocated social "
          "worker within a week."),
    ("p", "The Partnership ran six briefing sessions on neglect and the graded care profile between "
          "September and November 2023, attended by 311 practitioners. A further programme is planned for "
          "2024, together with a practice guide on children left home alone."),
    ("p", "Children's services have appointed a permanent team manager to the duty and assessment team and "
          "have reduced the vacancy rate to 21%. Handover summaries are now required whenever a case moves "
          "between social workers."),
    ("appendix",),
]

PANEL = [
    "Key learning from the review of Child F",
    "A professional referral for fire safety is a safeguarding referral. If a visit does not happen, the "
    "referrer must be told and must decide what to do next.",
    "Repeated fire hazards at one address - a disconnected alarm, clothes on a heater, a kitchen fire - are "
    "a pattern. Systems should bring them together.",
    "Children left alone at night is a form of neglect. Ask the child what they would do in an emergency.",
    "When an adult leaves the household, do not assume risk has gone down: ask what has changed for the "
    "children.",
    "Adult services are part of the network. Consent is not needed to tell children's services about a "
    "significant change in risk.",
]

CHRONO = [
    ["01.09.20", "Greyfriars Lane Primary", "Child F starts in Year 2 after the family moves to Gannet Row, "
     "Fennick Reach.", "Start of the period under review."],
    ["14.10.20", "Estuary Reach Police", "First police attendance at the address: argument between Ms P and "
     "Mr N reported by a neighbour. Standard risk.", "No notification to children's services."],
    ["Nov 2020 - Jul 2021", "Greyfriars Lane Primary", "DSL1 records six low-level concerns: lateness, "
     "hunger, tiredness and unwashed uniform.", "Each concern judged on its own."],
    ["Summer 2021", "Family", "Child F's last face-to-face contact with his father, Mr T.", ""],
    ["09.11.21", "Lowmarsh Community Health (HV1)", "Overdue health visitor review of Child G. HV1 sees "
     "clothes drying on an electric heater and a smoke alarm hanging by its wires. Same-day referral to the "
     "fire service for a home fire safety visit.", "Good practice."],
    ["03.12.21", "Brackwater Fire and Rescue", "First Safe and Well visit attempted; no answer.", ""],
    ["Jan 2022", "Greyfriars Lane Primary", "Child F offered a free breakfast club place; attends most days.",
     ""],
    ["17.01.22", "Brackwater Fire and Rescue", "Second Safe and Well visit attempted; no answer.", ""],
    ["31.01.22", "Brackwater Fire and Rescue", "Referral closed after two attempts. Letter sent to the "
     "family. HV1 not told.", "See Finding 1."],
    ["27.02.22", "Brackwater Fire and Rescue", "Crew attends chip-pan fire in the kitchen at 19.20 hrs; fire "
     "already out. Verbal safety advice given to Ms P.", "Not linked to the Safe and Well referral."],
    ["04.05.22", "Greyfriars Lane Primary", "Referral to children's services: Child F says he \"did the "
     "night-time\" for his sister.", "First referral in Brackwater."],
    ["27.06.22", "Children's services (SW1)", "Child and family assessment completed: children in need.",
     "Threshold for section 47 not met."],
    ["05.07.22", "Children's services", "First child in need meeting; child in need plan begins.",
     "Fire service, housing and Harbourlight not invited."],
    ["15.08.22", "Tidemill Medical Practice (GP1)", "GP1 refers Ms P to Harbourlight Recovery Service.",
     "Children's ages not given."],
    ["Aug 2022", "Children's services", "SW1 leaves; case allocated to SW2.", "First change of worker."],
    ["16.08.22", "Children's services", "Child in need meeting (second).", ""],
    ["27.09.22", "Children's services", "Child in need meeting (third).", ""],
    ["06.10.22", "Kestrel Homes (HO1)", "Tenancy inspection after noise complaints. Smoke alarm hanging "
     "loose, wires exposed; repair raised. Rent arrears £1,846.", "Children's services not told."],
    ["23.10.22", "Estuary Reach Police", "Call-out at 00.35 hrs: Mr N pushes Ms P against a door; Child F "
     "watches from the stairs. Graded medium risk.", "Notification sent."],
    ["25.10.22", "Children's services / Police", "Telephone strategy discussion at 16.30 hrs, TM1 and PC2. "
     "Section 47 enquiries agreed.", "Health and education not involved."],
    ["01.11.22", "Children's services (SW2)", "SW2 sees Child F alone at school.", ""],
    ["02.11.22", "Kestrel Homes", "Repair appointment for smoke alarm: no access. Job closed automatically.",
     ""],
    ["08.11.22", "Children's services", "Section 47 enquiries concluded: children remain on a child in need "
     "plan.", "See Finding 3."],
    ["30.11.22", "Children's services", "Child in need meeting (fourth): four of seven invited agencies "
     "attend.", ""],
    ["Dec 2022", "Family / Children's services", "Mr N leaves the address. Case passes to SW3 (agency "
     "worker).", "Second change of worker."],
    ["10.01.23", "Harbourlight Recovery Service", "Ms P discharged for non-engagement after attending two of "
     "six appointments. Letter to GP only.", "See Finding 4."],
    ["Jan 2023", "Greyfriars Lane Primary", "Child F tells the learning mentor he keeps \"a torch and the "
     "phone\" under his bed.", ""],
    ["22.02.23", "Children's services", "Fifth and last child in need meeting.", ""],
    ["18.03.23", "Family", "Ms P goes to a friend's flat in the evening, leaving both children at home.", ""],
    ["19.03.23", "Brackwater Fire and Rescue / Ambulance", "Fire at about 01.40 hrs. 999 call 01.52 hrs; "
     "first crew 01.58 hrs. Child G rescued 02.04 hrs; Child F found 02.09 hrs.", "Smoke alarm later found "
     "in a kitchen drawer."],
    ["21.03.23", "Castlegate Infirmary", "Child F dies in the regional burns unit.", ""],
]

APPENDIX = [
    "The review used a systems methodology. Agencies were asked to describe what they knew and did, and "
    "what helped or hindered their work, rather than to defend their decisions.",
    "The terms of reference were agreed by the panel at its first meeting on 16 May 2023 and were not "
    "changed afterwards.",
    "Agency chronologies were merged by the Partnership's business unit into a single chronology of 212 "
    "entries, from which the summary chronology in this report was drawn.",
    "The reviewer held individual conversations with 14 practitioners in addition to the learning event. "
    "Conversations took place between 19 September and 20 October 2023.",
    "A draft of the report was shared with the panel on 7 December 2023 and with agencies for factual "
    "accuracy checking. Ms P was offered the chance to read the sections about the family.",
    "The draft was presented to the safeguarding partners, who approved the final report on 11 January "
    "2024. The report was published on 6 February 2024 together with a seven-minute learning leaflet.",
    "The reviewer, Dr Rosalind Achterberg, is a registered social worker with over twenty years of "
    "experience. She has completed practice reviews for several partnerships but none in Brackwater.",
    "Child F's grandmother, Mrs P, chose the name by which he is known in the leaflet: \"Finch\", because "
    "he liked watching the birds on the estuary wall.",
    "The panel members came from children's services, Estuary Reach Police, Lowmarsh Community Health NHS "
    "Trust, the integrated care board, Brackwater Fire and Rescue Service, Kestrel Homes, Harbourlight "
    "Recovery Service and the education service. The Partnership's business manager, Yusuf Brenchley, "
    "supported the panel.",
    "Greyfriars Lane Primary School took part through its headteacher, who attended the learning event and "
    "read the draft. Child F's class teacher chose not to attend the learning event and was spoken to "
    "separately.",
]

ROLE_CODES = [
    ("HV1", "Health visitor, Lowmarsh Community Health NHS Trust"),
    ("GP1", "General practitioner, Tidemill Medical Practice"),
    ("DSL1", "Designated safeguarding lead (deputy headteacher), Greyfriars Lane Primary School"),
    ("SW1", "Social worker, assessment (May - August 2022)"),
    ("SW2", "Social worker (August - December 2022)"),
    ("SW3", "Agency social worker (December 2022 - March 2023)"),
    ("TM1", "Team manager, children's services"),
    ("PC2", "Detective constable, public protection unit, Estuary Reach Police"),
    ("HO1", "Housing officer, Kestrel Homes"),
    ("RW1", "Recovery worker, Harbourlight Recovery Service"),
    ("SWT1", "Safe and Well technician, Brackwater Fire and Rescue Service"),
]

LEAFLET = [
    ("title", "\"Finch\": seven-minute learning"),
    ("body", "A one-page-a-side summary of the Local Child Safeguarding Practice Review about a nine-year-old "
             "boy who died after a house fire in Fennick Reach. FICTIONAL: invented for training and testing."),
    ("h", "What happened"),
    ("body", "Finch (Child F in the review) lived with his mother and his three-year-old sister. Late one "
             "night in March 2023 his mother went out, leaving the children at home. A fire started in the "
             "living room. Firefighters rescued his sister; Finch died in hospital two days later."),
    ("body", "The smoke alarm did not work. It had been seen hanging from the ceiling by a health visitor in "
             "2021 and by a housing officer in 2022."),
    ("box", ["<b>At a glance</b>",
             "Agencies involved: 9",
             "Police call-outs to the home: 12",
             "Safe and Well visits attempted: 2 (no answer)",
             "Child in need plan from: 14 July 2022",
             "Social workers in the period: 3",
             "School attendance, autumn term 2022: 62%",
             "Practitioners at the learning event: 23"]),
    ("h", "Why it matters"),
    ("body", "Three agencies saw fire hazards in the same home. None of them knew what the others had seen. "
             "The review calls this a failure to <b>connect</b> information, not a failure of any one "
             "person."),
    ("lp", "Learning point 1"),
    ("body", "<b>Close the loop.</b> If you refer a family for a home fire safety visit, expect to hear back. "
             "If you do not, chase it. A closed referral is not the same as a safe home."),
    ("break", ""),
    ("lp", "Learning point 2"),
    ("body", "<b>Join up the hazards.</b> A loose alarm, clothes on a heater and a chip-pan fire are one "
             "pattern, not three incidents. The fire service is now linking its call-out and Safe and Well "
             "records."),
    ("lp", "Learning point 3"),
    ("body", "<b>Nights alone are neglect.</b> Finch told his teacher he \"did the night-time\" for his "
             "sister. Ask children what they would do if something went wrong while they were alone."),
    ("lp", "Learning point 4"),
    ("body", "<b>Use the graded care profile early.</b> It is a tool for seeing cumulative neglect, not "
             "only for the most serious cases."),
    ("lp", "Learning point 5"),
    ("body", "<b>Invite the whole network.</b> The fire service, the housing association and the recovery "
             "service held vital information but were never invited to a child in need meeting."),
    ("break", ""),
    ("lp", "Learning point 6"),
    ("body", "<b>Share without consent when a child is at risk.</b> When Finch's mother was discharged from "
             "her alcohol service, the social worker was not told. Consent is not needed to share "
             "safeguarding information."),
    ("lp", "Learning point 7"),
    ("body", "<b>A parent leaving is a change, not a solution.</b> After Mr N left, Finch's mother went out "
             "more often at night."),
    ("h", "Questions for your team"),
    ("body", "Who in your agency would know if a referral you made was closed? How do you hand over the "
             "history of risk when a case moves to a new worker? When did you last ask a child what they do "
             "at night?"),
    ("h", "Find out more"),
    ("body", "The full review was published on 6 February 2024. It makes eight recommendations, all accepted "
             "by the Partnership. A briefing session for practitioners will be run by the Partnership's "
             "learning and development team; ask your safeguarding lead for dates."),
    ("body", "Finch's name was chosen by his grandmother. FICTIONAL practice material."),
]

GLOSSARY = [
    ("LCSPR", "Local Child Safeguarding Practice Review, commissioned by the safeguarding partners."),
    ("Safe and Well visit", "A home visit by Brackwater Fire and Rescue Service to check smoke alarms and "
     "give fire safety advice; previously called a home fire safety check."),
    ("Child in need plan", "A plan under section 17 of the Children Act 1989 for a child who needs "
     "services to achieve a reasonable standard of health or development."),
    ("Section 47 enquiries", "Enquiries by children's services, with partners, where there is reasonable "
     "cause to suspect a child is suffering or likely to suffer significant harm."),
    ("Strategy discussion", "A discussion between agencies to decide whether section 47 enquiries are "
     "needed."),
    ("Graded care profile", "An assessment tool that helps practitioners measure the quality of care a "
     "child receives and to see neglect building up over time."),
    ("Rapid review", "The first review of a serious incident, carried out by the safeguarding partners "
     "within fifteen working days of notification."),
    ("Universal plus", "A level of health visiting service for families who need extra support for a "
     "limited time."),
]
