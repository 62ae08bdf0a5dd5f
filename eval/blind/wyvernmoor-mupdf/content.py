"""Text of the Wyvernmoor 'Child J' corpus. FICTIONAL: every person, place and agency is invented.

Markup used by build.py:
  P(num, text, lead)  numbered paragraph; `lead` is a bold run-in lead-in
  {fn:N}              superscript footnote marker N (text in FOOTNOTES)
"""

TITLE = "Child Safeguarding Practice Review: Child J"
PARTNERSHIP = "Wyvernmoor Safeguarding Partnership"
HEADER = "Wyvernmoor Safeguarding Partnership  |  CSPR Child J  |  FICTIONAL - practice document"

FOOTNOTES = {
    1: "Child Safeguarding Practice Reviews are required where a child has died or been seriously harmed and abuse or neglect is known or suspected. This report is FICTIONAL and written for training.",
    2: "The Wyvernmoor Exploitation Screening Tool (WEST) scores risk from 0 to 30. A score of 10 to 19 is treated as medium risk and 20 or above as high risk.",
    3: "The partnership's missing children protocol (2021) expects a return home interview to be offered within 72 hours of a child's return.",
    4: "The National Referral Mechanism is the framework for identifying victims of modern slavery, including children exploited to move drugs.",
    5: "The Multi-Agency Child Exploitation (MACE) panel meets monthly and is chaired by the police detective inspector for vulnerability.",
    6: "Counts are taken from the agency chronologies and include telephone calls, emails, visits and meetings. Cancelled appointments are not counted.",
    7: "Times are taken from police command and control logs and ambulance service records.",
    8: "Ms K asked that her own words are used here. She read this section in draft on 2 October 2024.",
    9: "Contextual safeguarding assesses and intervenes in the places and peer groups where young people are harmed, not only in the family.",
}

# ---------------------------------------------------------------- section 1 (single column)
SECTION1 = ("1", "Introduction", [
    ("1.1", "On the evening of Saturday 16 March 2024 Child J, then aged 14, was stabbed in the service yard behind the shops on Tanner's Row, Brackenford. A member of the public called the emergency services at 21.47 hrs. Police officers arrived at 21.55 hrs and an ambulance at 21.58 hrs. Child J had two stab wounds, one to his left thigh and one to his lower back, and lost a great deal of blood.", None),
    ("1.2", "He was taken to the major trauma centre at St Aldric's Hospital, Kingsmere, where he had surgery lasting four and a half hours. He remained in hospital for 17 days. Child J survived, but he lives with continuing pain and a weakness in his left leg.", None),
    ("1.3", "Two young men, aged 16 and 17, were arrested on 18 March 2024 and later charged with wounding with intent. At the time of writing the criminal proceedings have not concluded, and this review makes no comment on them.", None),
    ("1.4", "Wyvernmoor Safeguarding Partnership notified the Child Safeguarding Practice Review Panel of the incident on 19 March 2024. A rapid review meeting was held on 28 March 2024. It found that Child J had been known to at least nine agencies, that there were clear signs he was being criminally exploited, and that there was learning about how agencies work together{fn:1}.", "Notification and rapid review."),
    ("1.5", "The rapid review recommended a local child safeguarding practice review. The national panel agreed with that recommendation on 11 April 2024. The partnership commissioned an independent reviewer, Alun Pembridge, a former director of children's services, who has no connection with any agency in Wyvernmoor.", "Decision to review."),
    ("1.6", "Child J is a bright, funny and loyal boy who loves football and drawing. Those who know him describe a young person who was frightened long before he was hurt. The partnership and the reviewer are grateful to Child J and to his mother, Ms K, for talking so openly about what happened.", "Child J."),
    ("1.7", "This report uses role codes for the practitioners involved (for example SW1 for the first allocated social worker). A key to the codes is given at paragraph 2.6. The report is FICTIONAL and all names, places and agencies in it are invented.", None),
])

# ---------------------------------------------------------------- section 2
SECTION2 = ("2", "Terms of reference and method", [
    ("2.1", "The review covers the period from 1 September 2022, when Child J joined Fallowfield Academy after the family moved to Brackenford from Kingsmere, to 16 March 2024, the date of the stabbing. Significant earlier information has been included where agencies held it.", "Period under review."),
    ("2.2", "The terms of reference asked the review to consider: how well agencies recognised the signs of criminal exploitation; how the response to missing episodes worked; whether the school exclusion and alternative provision arrangements kept Child J safe; how the National Referral Mechanism and the criminal justice response operated; and how far the places where Child J was harmed were assessed.", "Key lines of enquiry."),
    ("2.3", "The reviewer read agency chronologies and reports from eleven agencies and the rapid review papers. He spoke to the practitioners involved, individually and at a practitioner learning event held on 20 June 2024, which was attended by 23 practitioners from 9 agencies.", "Method."),
    ("2.4", "The reviewer met Ms K twice, in July and September 2024. Child J met the reviewer once, at home on 9 August 2024, with his youth worker YW1 present at his request. His views are set out at paragraph 3.9.", "Family involvement."),
    ("2.5", "The review was overseen by a panel chaired by Deborah Ashcombe, the partnership's independent scrutineer, with senior managers from children's social care, police, health and education. The panel met five times between May and October 2024.", "Review panel."),
    ("2.6", "SW1 and SW2 are the first and second allocated social workers; TM1 is their team manager; EH1 is the early help practitioner; DSL1 is the designated safeguarding lead at Fallowfield Academy; AP1 is the key worker at The Harbour Centre; YW1 is the Pathways youth worker; PC1 is the police missing persons coordinator; YJ1 is the youth justice case manager; and GP1 is the family's general practitioner.", "Role codes."),
    ("2.7", "The partnership executive approved this report on 14 November 2024. Publication was delayed at the request of the police so as not to prejudice the criminal proceedings.", None),
])

# ---------------------------------------------------------------- section 3
SECTION3 = ("3", "Child J and his family", [
    ("3.1", "Child J is of White British and Caribbean heritage. At the time of the incident he lived with his mother, Ms K, and his two younger half-sisters, then aged 6 and 9, in a rented flat on the Hollins Park estate in Brackenford. His father, Mr R, lives in Lowmarsh and had irregular contact with him.", "Household."),
    ("3.2", "The family moved to Brackenford in the summer of 2022 after Ms K separated from the girls' father. Ms K told the review that the move was meant to be a fresh start but that she knew nobody on the estate and that money was very tight.", None),
    ("3.3", "Child J had done well at primary school in Kingsmere. His Year 6 teacher described him as \"a natural leader\". There were no concerns about his safety recorded by any agency before September 2022.", "Before the review period."),
    ("3.4", "In his first year at Fallowfield Academy Child J's attendance was 93%. He received his first fixed-term suspension, for three days, on 23 March 2023 after a fight in the lunch queue. DSL1 recorded that he seemed \"angry about something at home\" but the record was not followed up.", "School."),
    ("3.5", "By the start of Year 9 Child J was spending most evenings with older boys on the Hollins Park estate. Ms K saw GP1 on 11 July 2023 about her own low mood and said that her son was \"out all hours\" and that she could not stop him. GP1 offered Ms K support for her mood but did not share the concern about Child J with any other agency.", "Summer 2023."),
    ("3.6", "Child J's attendance fell during Year 9 and was 61% by December 2023. At The Harbour Centre his attendance was 41% in February 2024.", None),
    ("3.7", "Child J has no diagnosed learning need. An educational psychology assessment was requested by Fallowfield Academy in November 2023 but had not taken place by March 2024.", None),
    ("3.8", "Ms K told the review: \"Everyone kept asking me why I couldn't keep him in. Nobody asked me who he was scared of{fn:8}.\" She said that she had felt judged at meetings and that she was rarely told what had been decided.", "Ms K's view."),
    ("3.9", "Child J told the reviewer that he had been \"in debt\" to the older boys since the police took the drugs from him in January 2024, and that he felt there was \"no way out\". He said the only adult he trusted was YW1, because \"she came back even when I didn't turn up\". He asked that professionals should \"listen to what I'm not saying\".", "Child J's view."),
])

# ---------------------------------------------------------------- section 4
SECTION4 = ("4", "What happened: the agencies' involvement", [
    ("4.1", "On 14 September 2023 Child J was found at school with £200 in cash and a second mobile phone. He was suspended for five days. DSL1 made a referral to the Wyvernmoor Front Door the next day, 15 September 2023, describing concerns that he might be involved with older youths selling drugs.", "The first referral."),
    ("4.2", "The Front Door screened the referral within 24 hours and recorded the outcome as advice and information, with a recommendation of early help. EH1 was allocated on 2 October 2023 and visited the family on 10 October 2023. The early help plan focused on Ms K's parenting and on school attendance.", None),
    ("4.3", "Child J was first reported missing on 7 October 2023. Ms K reported him missing at 23.10 hrs and he returned home by himself at 02.30 hrs the following morning. He would not say where he had been. A return home interview was offered but Child J did not attend.", "First missing episode."),
    ("4.4", "The key practice episode of 1 and 2 November 2023 is set out in the box below. It was the first time that agencies had clear evidence that Child J was travelling out of the area with cash and phones, which are recognised signs of exploitation through county lines.", "Lowmarsh."),
    ("BOX", None, None),
    ("4.5", "On 3 November 2023 PC1 made a referral to the Front Door and the case was stepped up to children's social care. SW1 was allocated the same day. A strategy meeting was held on 6 November 2023, attended by SW1, TM1, PC1 and DSL1. No health professional and no one from early help was invited.", "Strategy meeting, November 2023."),
    ("4.6", "The strategy meeting decided that the threshold for a section 47 enquiry was not met, because Child J was \"not at risk from his family\". It agreed a child and family assessment and a referral to Pathways, the council's exploitation youth work team. The reviewer considers that this decision rested on a view of harm as coming from within the family.", None),
    ("4.7", "SW1 completed a WEST screening on 9 November 2023. It gave a score of 14, which placed Child J at medium risk{fn:2}. The screening recorded the cash, the phones and the trip to Lowmarsh, but scored \"no known associates\" although the police held intelligence naming two of them.", "Screening."),
    ("4.8", "The return home interview for the Lowmarsh episode was completed on 21 November 2023, 19 days after Child J came home, by which time he said he \"couldn't remember\" the night{fn:3}. The interviewer was a sessional worker who had not met him before.", "Return home interview."),
    ("4.9", "PC1 submitted a referral to the National Referral Mechanism on 14 November 2023{fn:4}. A positive reasonable grounds decision was made on 21 November 2023. No conclusive grounds decision had been made by the time of the stabbing, and the reasonable grounds decision was not shared with Fallowfield Academy.", "National Referral Mechanism."),
    ("4.10", "YW1 first met Child J on 27 November 2023. Pathways offered 14 sessions between November 2023 and March 2024 and Child J attended 9 of them. YW1 persisted when he missed sessions, and Child J told the review that she was the one professional he trusted.", "Pathways."),
    ("4.11", "On 8 December 2023 a member of staff found a kitchen knife in Child J's bag at school. The police were called. Child J said that he carried it \"for protection\" but would not say from whom. Fallowfield Academy decided not to exclude him permanently and arranged a move to The Harbour Centre, the local alternative provision.", "The knife in school."),
    ("4.12", "Child J started at The Harbour Centre on 8 January 2024 on a part-time timetable of 15 hours a week. His afternoons were unsupervised. AP1 told the review that Child J was often collected at the gate at lunchtime by young people who were not pupils there.", "Alternative provision."),
    ("4.13", "SW1 referred Child J to the MACE panel on 12 December 2023{fn:5}. Because of the number of referrals his case was deferred at the January and February meetings, and it was listed for discussion on 19 March 2024, three days after he was stabbed.", "MACE referral."),
    ("4.14", "SW1 left the local authority on 22 December 2023. The case was held by TM1 until SW2 was allocated on 15 January 2024. Child J had no allocated social worker for 24 days over the Christmas period, during which he was missing twice.", "Change of social worker."),
    ("4.15", "On 24 January 2024 at 16.20 hrs police officers stopped Child J in Kingsmere Road, Brackenford. He had 11 wraps of crack cocaine and heroin and £125 in cash. He was arrested and interviewed later that evening with an appropriate adult. He was released under investigation. YJ1 was told of the arrest on 26 January 2024.", "Arrest."),
    ("4.16", "The officers who arrested Child J knew of the earlier NRM referral, but the custody record did not mention it, and the decision to release him under investigation left him owing his exploiters for the drugs seized. The reviewer heard that this pattern, where seizure creates a debt, is well understood by local police.", None),
    ("4.17", "On 5 February 2024 Ms K told SW2 that two men had come to the flat demanding that Child J \"pay back\" £800. SW2 recorded this and informed the police the same day. A second strategy meeting was held on 12 February 2024. A new WEST screening scored 23, which is high risk, and the meeting agreed a section 47 enquiry.", "Debt and threats."),
    ("4.18", "The section 47 enquiry concluded on 4 March 2024 and recommended an initial child protection conference, which was booked for 25 March 2024. Ms K asked for the family to be moved to be near her sister in Kingsmere, and a housing application was made on 20 February 2024. No decision on it had been made by 16 March 2024.", "Section 47 enquiry."),
    ("4.19", "Child J was reported missing six times between 7 October 2023 and 16 March 2024. On the last occasion, on 9 March 2024, he was found at 01.30 hrs the next day in a flat in Lowmarsh during a police drugs warrant. He was returned home but no strategy discussion followed.", "Further missing episodes."),
    ("4.20", "On 16 March 2024 Child J left home at about 19.30 hrs, telling Ms K he was going to a friend's house. The events that followed are described at paragraph 1.1 and in the chronology.", "The day of the incident."),
])

BOX_TITLE = "Key practice episode: Lowmarsh station, 1 and 2 November 2023"
BOX_PARAS = [
    "Child J left school at 15.20 hrs on 1 November 2023 and did not come home. Ms K called the police at 20.45 hrs to report him missing.",
    "At 03.15 hrs on 2 November British Transport Police officers found him alone on the platform at Lowmarsh railway station, 38 miles from home. He had £340 in cash, two mobile phones and a train ticket that he said \"a mate\" had bought for him.",
    "He was taken home by police at 06.40 hrs. The officers' report described him as \"streetwise\" and \"not engaging\". It did not describe him as a possible victim of exploitation.",
    "Learning: the language used about Child J placed the responsibility on him, and the chance to treat the night as a safeguarding incident was lost.",
]

# ---------------------------------------------------------------- section 5 (single column table)
SECTION5_INTRO = [
    ("5.1", "The table below summarises the recorded contact that each agency had with Child J or with Ms K about him during the review period{fn:6}. In all, agencies recorded 140 contacts. The figures show that Child J was well known to services; the issue was not a lack of contact but a lack of a shared picture.", None),
]
CONTACTS = [
    ("Agency", "Contacts", "Main involvement", "Reviewer's comment"),
    ("Wyvernmoor Children's Social Care (Front Door and Assessment Team)", "41", "Screening of two referrals; assessment; two strategy meetings; section 47 enquiry", "Change of social worker in December 2023 left the case held by a manager"),
    ("Wyvernmoor Police", "29", "Six missing episodes; NRM referral; arrest on 24 January 2024", "Intelligence on associates not shared at first strategy meeting"),
    ("Fallowfield Academy", "22", "Suspensions; referral of 15 September 2023; knife incident", "Behaviour policy applied without an exploitation lens"),
    ("The Harbour Centre (alternative provision)", "17", "Part-time timetable from 8 January 2024", "Afternoons unsupervised; gate collections not reported"),
    ("Pathways exploitation youth work team", "14", "Sessions offered by YW1, of which Child J attended 9", "The most trusted relationship Child J had"),
    ("Early Help Service", "6", "Early help plan, October 2023", "Plan focused on parenting and attendance"),
    ("Youth Justice Service", "4", "Contact after the arrest", "Not invited to the February strategy meeting"),
    ("Brackenford Health Centre (GP)", "3", "Appointments with Ms K", "Concern of 11 July 2023 not shared"),
    ("Wyvernmoor Homes (housing)", "2", "Housing application of 20 February 2024", "No urgency attached to the request"),
    ("Child and Adolescent Mental Health Service", "1", "Referral of 20 December 2023 not accepted", "Signposted to an online service"),
    ("British Transport Police", "1", "Found Child J at Lowmarsh station", "Report did not identify exploitation"),
]

# ---------------------------------------------------------------- section 6 chronology
CHRONO_INTRO = [
    ("6.1", "The chronology sets out the key events only. Clock times are given where agency records hold them{fn:7}.", None),
]
CHRONO = [
    ("Date", "Time", "Event"),
    ("01/09/2022", "", "Child J joins Fallowfield Academy in Year 8"),
    ("23/03/2023", "", "First fixed-term suspension (three days) after a fight"),
    ("11/07/2023", "", "Ms K tells GP1 her son is \"out all hours\""),
    ("14/09/2023", "11.05 hrs", "Cash (£200) and second phone found at school; five-day suspension"),
    ("15/09/2023", "", "DSL1 referral to the Front Door"),
    ("02/10/2023", "", "EH1 allocated; early help plan begins"),
    ("07/10/2023", "23.10 hrs", "First missing report by Ms K; Child J returns at 02.30 hrs"),
    ("01/11/2023", "20.45 hrs", "Ms K reports Child J missing"),
    ("02/11/2023", "03.15 hrs", "Found by British Transport Police at Lowmarsh station"),
    ("06/11/2023", "10.00 hrs", "First strategy meeting; no section 47 enquiry"),
    ("09/11/2023", "", "WEST screening score 14 (medium)"),
    ("14/11/2023", "", "NRM referral submitted by PC1"),
    ("21/11/2023", "", "Return home interview; NRM reasonable grounds decision"),
    ("08/12/2023", "09.40 hrs", "Kitchen knife found in Child J's bag at school"),
    ("12/12/2023", "", "Referral to the MACE panel"),
    ("22/12/2023", "", "SW1 leaves the local authority"),
    ("08/01/2024", "", "Child J starts at The Harbour Centre"),
    ("15/01/2024", "", "SW2 allocated"),
    ("24/01/2024", "16.20 hrs", "Child J arrested in Kingsmere Road with 11 wraps and £125"),
    ("05/02/2024", "", "Ms K reports a debt of £800 and threats at the door"),
    ("12/02/2024", "14.00 hrs", "Second strategy meeting; WEST score 23 (high); section 47 agreed"),
    ("04/03/2024", "", "Section 47 enquiry concludes; conference booked for 25/03/2024"),
    ("10/03/2024", "01.30 hrs", "Found in a flat in Lowmarsh during a police warrant"),
    ("16/03/2024", "21.47 hrs", "Emergency call: Child J found stabbed behind Tanner's Row"),
    ("16/03/2024", "21.58 hrs", "Ambulance arrives; taken to St Aldric's Hospital"),
    ("19/03/2024", "", "MACE panel date for Child J (three days after the stabbing)"),
]

# ---------------------------------------------------------------- section 7
SECTION7 = ("7", "Analysis and findings", [
    ("7.1", "The review has identified six findings. Each is set out with the evidence from this case and the question it raises for the partnership.", None),
    ("7.2", "From the first referral in September 2023, the signs that Child J was being exploited were treated as bad behaviour. The cash and phone led to a suspension; the knife led to a move out of mainstream school. Each response reduced the time Child J spent with safe adults.", "Finding 1: exploitation was seen as behaviour."),
    ("7.3", "DSL1 told the review that the academy's behaviour policy left little room for judgement. The reviewer does not doubt the academy's concern for Child J, but the policy did not ask staff to consider whether a child carrying cash, phones or a weapon might be a victim.", None),
    ("7.4", "Child J went missing six times, but each episode was handled as a separate event. The return home interview after Lowmarsh took place 19 days later, against the 72-hour standard, and was carried out by someone Child J did not know. Information from the interviews was not added to the WEST screening.", "Finding 2: missing episodes were not joined up."),
    ("7.5", "The first strategy meeting did not include health, early help or the youth justice service, and it decided on a single-agency assessment because the risk was outside the family. The national guidance is clear that section 47 applies whatever the source of the harm. The decision delayed a multi-agency plan by more than three months.", "Finding 3: the threshold was applied to the family, not the child."),
    ("7.6", "The change of social worker in December 2023 and the move to a part-time timetable in January 2024 came at the point of highest risk. For 24 days no social worker held the case, and from 8 January 2024 Child J had unsupervised afternoons, which his exploiters used.", "Finding 4: transitions removed protection at the worst time."),
    ("7.7", "The relationship with YW1 shows what worked. YW1 kept going back, saw Child J in places he chose, and was the person he called from hospital. The reviewer considers that this was the one reachable moment that agencies built on.", None),
    ("7.8", "Tanner's Row and the Hollins Park estate were known to police as places where young people were recruited. No contextual safeguarding assessment of those places was made{fn:9}, and the MACE panel, which could have brought that information together, did not discuss Child J in the four months after his referral.", "Finding 5: places and peer groups were not assessed."),
    ("7.9", "The arrest of 24 January 2024 was handled as a drugs offence. The NRM decision was not on the custody record and no one considered how the seizure would put Child J at greater risk. The reviewer heard that the debt of £800 was the direct result of the seizure.", "Finding 6: the criminal justice response did not see the victim."),
    ("7.10", "The review found no single point at which the stabbing could have been predicted. But it did find that by February 2024 every agency involved had information that Child J was in serious danger, and that the system moved more slowly than the risk.", "Overall."),
])

# ---------------------------------------------------------------- section 8
SECTION8 = ("8", "Recommendations", [
    ("8.1", "The partnership should make sure that the return home interview service can see children within 72 hours and, where possible, uses a worker the child already knows.", "Recommendation 1."),
    ("8.2", "Children's social care and the police should revise the strategy meeting guidance so that extra-familial harm meets the threshold for a section 47 enquiry, and so that health, education and youth justice are always invited.", "Recommendation 2."),
    ("8.3", "The MACE panel should introduce a fast-track route so that no child referred with a high WEST score waits more than 14 days for discussion.", "Recommendation 3."),
    ("8.4", "Schools and alternative provision providers should adopt a shared protocol, agreed by the partnership, on exclusions and part-time timetables for children known to be at risk of exploitation.", "Recommendation 4."),
    ("8.5", "Wyvernmoor Police should ensure that NRM decisions are recorded on custody records, and should assess the risk of debt bondage before releasing a child after drugs are seized.", "Recommendation 5."),
    ("8.6", "Health partners should remind GPs to share concerns about a child raised in an adult's appointment, using the Front Door consultation line.", "Recommendation 6."),
    ("8.7", "The partnership should commission contextual safeguarding assessments of Tanner's Row and the Hollins Park estate, led by the community safety partnership.", "Recommendation 7."),
    ("8.8", "The partnership should report on progress against these recommendations to its executive within six months of publication, and in its annual report.", "Recommendation 8."),
])

# ---------------------------------------------------------------- learning brief
BRIEF_TITLE = "Learning brief: Child J"
BRIEF_SUB = "Criminal exploitation, missing episodes and a stabbing: what practitioners need to know"
BRIEF = [
    ("h", "Why this brief?"),
    ("p", "This brief summarises the Child Safeguarding Practice Review about Child J, published by Wyvernmoor Safeguarding Partnership in January 2025. It is written for use in team meetings and should take about 20 minutes to discuss. Please read the full report as well."),
    ("h", "What happened"),
    ("p", "Child J was 14 when he was stabbed in Brackenford on the night of 16 March 2024. He survived after emergency surgery at St Aldric's Hospital. Over the previous six months he had gone missing seven times, been found 38 miles from home with £340 and two phones, been caught with a knife in school and been arrested carrying drugs."),
    ("p", "The partnership told the national panel on 19 March 2024, and the rapid review met on 26 March 2024. An independent reviewer, Alun Pembridge, led the review."),
    ("facts", [
        ("Age at the time of the incident", "14"),
        ("Date of the stabbing", "16 March 2024"),
        ("Times reported missing", "seven"),
        ("Agencies that knew Child J", "eleven"),
        ("Recorded agency contacts", "140"),
        ("WEST score in February 2024", "23 (high risk)"),
        ("Days in hospital", "17"),
    ]),
    ("h", "What the review found"),
    ("ul", [
        "Signs of exploitation were treated as bad behaviour, leading to suspension and a move to alternative provision.",
        "Missing episodes were handled one by one, and the return home interview after Lowmarsh was 19 days late.",
        "The first strategy meeting thought the risk was not a section 47 matter because it came from outside the family.",
        "A change of social worker and a part-time timetable removed protection when the risk was highest.",
        "No one assessed the places, such as Tanner's Row, where Child J was being drawn in.",
        "After his arrest, the seizure of drugs left Child J owing £800 to those exploiting him.",
    ]),
    ("h", "What worked"),
    ("p", "Child J's youth worker, YW1, kept coming back even when he missed sessions. He called her from his hospital bed. Relationships like this are the strongest protection we can offer."),
    ("h", "In Child J's words"),
    ("quote", "\"Listen to what I'm not saying.\""),
    ("h", "Three questions for your team"),
    ("ol", [
        "When a child is found with cash, phones or a weapon, who in your service asks whether they are a victim?",
        "How do you make sure a missing episode is seen alongside all the others?",
        "What happens to the child's safety plan when a worker leaves or a school placement changes?",
    ]),
    ("h", "Seven-minute actions"),
    ("p", "Use the WEST screening whenever exploitation is suspected, and repeat it after every missing episode. Refer high scores to the MACE fast-track route, which opened on 1 December 2024. Record NRM decisions where every agency can see them."),
    ("h", "Learning events"),
    ("p", "The partnership will hold two learning events on this review, on 4 February 2025 and 11 February 2025, at Brackenford Civic Centre. Places can be booked through the partnership's training team. The partnership's learning lead for this review is Priya Okonedo."),
    ("p", "Every name, place and agency in this brief is FICTIONAL."),
]

# ---------------------------------------------------------------- section 9
SECTION9 = ("9", "The partnership's response", [
    ("9.1", "The partnership did not wait for this report before acting. The rapid review in March 2024 identified immediate learning, and the partners agreed an action plan at the executive meeting of 16 May 2024.", "Action already taken."),
    ("9.2", "The return home interview service was re-commissioned from a new provider, Openway Youth, from 1 October 2024. The contract requires interviews to be offered within 72 hours and sets a target that 85% are completed within five working days.", "Return home interviews."),
    ("9.3", "Between May and October 2024 the partnership trained 312 practitioners in recognising criminal exploitation, including staff from every secondary school and alternative provision provider in Wyvernmoor. Fallowfield Academy has revised its behaviour policy so that any incident involving cash, phones or weapons triggers a safeguarding consultation with DSL1 or a deputy before a sanction is decided.", "Training."),
    ("9.4", "Children's social care has changed its strategy meeting template so that extra-familial harm is considered explicitly. Since June 2024 health and education representatives have been invited to every strategy meeting about exploitation.", "Strategy meetings."),
    ("9.5", "Wyvernmoor Police have appointed a child exploitation lead in the custody suite at Brackenford police station. The lead checks the NRM status of every child arrested for a drugs offence.", "Police."),
    ("9.6", "The partnership recognises that the MACE panel was overwhelmed during the winter of 2023 to 2024. It has agreed extra funding of £48,000 a year for a MACE coordinator post, which will be filled in early 2025.", "MACE."),
    ("9.7", "Child J is now living with his mother and sisters outside Wyvernmoor. He continues to see YW1, by agreement between the two local authorities, and is attending a college course in sports coaching.", "Child J today."),
])

SECTION10_INTRO = [
    ("10.1", "The terms below are used in this report.", None),
]
GLOSSARY = [
    ("Term", "Meaning in this report"),
    ("Child criminal exploitation", "When an individual or group takes advantage of a child to make them take part in criminal activity, such as moving or selling drugs"),
    ("County lines", "Drug dealing networks that move drugs from cities into smaller towns, often using children, and a dedicated mobile phone line"),
    ("Cuckooing", "Taking over the home of a vulnerable person to use it as a base for dealing drugs"),
    ("Debt bondage", "Keeping a child under control through a debt, often a debt created when drugs or money are lost or seized"),
    ("Front Door", "Wyvernmoor's multi-agency safeguarding hub, which receives all referrals about children"),
    ("MACE", "Multi-Agency Child Exploitation panel"),
    ("NRM", "National Referral Mechanism"),
    ("Return home interview", "An independent conversation offered to a child after they have been missing"),
    ("Section 47 enquiry", "An enquiry by the local authority where there is reasonable cause to suspect that a child is suffering, or is likely to suffer, significant harm"),
    ("WEST", "Wyvernmoor Exploitation Screening Tool"),
]
PANEL = [
    ("Review panel member", "Agency"),
    ("Deborah Ashcombe (chair)", "Independent scrutineer, Wyvernmoor Safeguarding Partnership"),
    ("Head of Service, Safeguarding and Quality", "Wyvernmoor Children's Social Care"),
    ("Detective Chief Inspector, Public Protection", "Wyvernmoor Police"),
    ("Designated Nurse for Safeguarding Children", "Wyvernmoor Integrated Care Board"),
    ("Education Safeguarding Adviser", "Wyvernmoor Council"),
    ("Head of Youth Justice", "Youth Justice Service"),
    ("Business Manager", "Wyvernmoor Safeguarding Partnership"),
]
