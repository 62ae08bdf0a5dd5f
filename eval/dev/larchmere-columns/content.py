"""Text of the FICTIONAL Larchmere 'Child D' corpus. Every person, place and agency is invented."""

# Body blocks: ("h", heading) | ("p", number, lead_in_or_None, text) | ("table",) | ("sidebar",)
# Footnote markers are written as [[n]] inside paragraph text.
REPORT = [
 ("h", "1. Introduction and the incident"),
 ("p", "1.1", None, "In the early hours of Sunday 14 January 2024 a fire broke out in the first-floor bedroom of the rented house at 7 Weir Lane, Ashby Fold, where Child D, then aged 9, lived with her mother (Ms D) and her half-brother (Child E, aged 4). The fire is believed to have started at about 02.35 hrs from a candle that had been left burning beside Child D's mattress. A neighbour, Mr K, telephoned 999 at 02.41 hrs."),
 ("p", "1.2", None, "Crews from Larchmere Fire and Rescue Service (LFRS) arrived at 02.49 hrs. Ms D had carried Child E out of the house, but Child D was trapped in the back bedroom and was brought out by firefighters at 02.56 hrs. She had smoke inhalation and burns to both hands and her left forearm. She was taken to Larchmere General Hospital and transferred the same morning to the regional burns unit at Castlebridge Royal Infirmary, where she stayed for 23 days."),
 ("p", "1.3", None, "The house had no electricity supply at the time of the fire. The prepayment meter had run out of credit[[1]] and the family had been using candles and a camping lantern for light for at least twelve weeks. No working smoke alarm was found in the house."),
 ("p", "1.4", None, "The Larchmere Safeguarding Partnership notified the Child Safeguarding Practice Review Panel of the serious incident on 18 January 2024. A rapid review meeting was held on 25 January 2024 and recommended a local child safeguarding practice review (LCSPR), because neglect was known to agencies and the fire raised questions about how they had worked together. The three safeguarding partners agreed on 2 February 2024."),
 ("h", "2. Terms of reference and methodology"),
 ("p", "2.1", None, "The review was led by an independent reviewer, Helen Marsh-Okafor, a former head of children's social care, supported by a panel of senior managers from the partner agencies chaired by Detective Superintendent Alan Revie of Larchmere Constabulary."),
 ("p", "2.2", "Period under review.", "The review looks at agency contact with the family from 1 September 2022, the start of Child D's year 3 at school, to 14 January 2024, the date of the fire. Earlier information is summarised where it helps to understand the family."),
 ("p", "2.3", "Key lines of enquiry.", "The panel set four lines of enquiry: how well school absence was understood as a sign of neglect; whether the two referrals to the Larchmere Children's Advice Hub[[2]] were handled well; how the home environment, including fire risk, was assessed; and how the case was managed when the allocated social worker left."),
 ("p", "2.4", None, "Agencies provided chronologies and short reports. The reviewer read the records of nine agencies and interviewed eleven practitioners. A learning event was held on 22 May 2024 and was attended by 17 practitioners from seven agencies."),
 ("p", "2.5", "Family involvement.", "The reviewer met Ms D twice, in June and July 2024, and met Child D with her foster carer on 9 July 2024. Child D's father, Mr D, lives in Scotland and had no contact with the family during the review period; he did not reply to letters. Mr F, Ms D's partner, declined to take part."),
 ("p", "2.6", None, "Practitioners are described by role codes: DSL1 is the designated safeguarding lead at Ashby Fold Primary School, T1 is Child D's class teacher, EWO1 is the education welfare officer, FSW1 the early help family support worker, HV1 the health visitor for Child E, SW1 and SW2 the social workers, and TM1 the team manager."),
 ("h", "3. Background: the family"),
 ("p", "3.1", None, "Ms D moved to Larchmere from Fenholt in 2019. Her tenancy at Weir Lane began in March 2021. She has a history of depression and told the reviewer that she found the winter of 2023 'the worst it has ever been'. The family relied on Universal Credit and there were rent arrears of £1,860 by November 2023."),
 ("p", "3.2", None, "Mr F became Ms D's partner in 2022 and stayed at the house several nights a week. He is the father of Child E. He was not at the house on the night of the fire. Agencies knew little about him; his name appears in only two agency records."),
 ("p", "3.3", None, "Child D is described by her teachers as bright, funny and protective of her brother. She liked reading and drawing, and her class teacher said she was 'always the first to help'. Since the fire Child D and Child E have lived with foster carers under an interim care order made on 2 February 2024."),
 ("sidebar",),
 ("h", "4. Key episodes"),
 ("p", "4.1", "Autumn 2022: early signs.", "On 12 October 2022 at 09.15 hrs DSL1 recorded that Child D had arrived at school hungry, in a uniform that had not been washed for some days. The school gave her breakfast and sent a change of clothes home. Similar notes were made on 14 November and 6 December 2022. Attendance for the autumn term 2022 was 88.6%, below the school's target of 96%."),
 ("p", "4.2", "First referral.", "On 3 February 2023 at 11.20 hrs DSL1 made the first referral to the Hub, describing poor hygiene, hunger and a fall in attendance. The Hub recorded the referral as below the threshold for statutory social work and stepped it down to early help on 7 February 2023. The referral was closed without anyone from the Hub speaking to Child D."),
 ("p", "4.3", "Early help.", "FSW1 began an early help assessment on 6 March 2023 and visited the home twice. She noted a mattress on the floor of Child D's room and little food in the kitchen. Ms D missed three planned appointments in May 2023, and the early help episode was closed on 19 June 2023 with the outcome recorded as 'family disengaged'. No step-up to social care was considered."),
 ("p", "4.4", "Health.", "HV1 saw Child E for his developmental review on 24 April 2023 at the family home. She recorded that the house was cold and that Ms D said money was 'tight', but made no enquiry about Child D or about smoke alarms. HV1 was not told that early help was working with the family."),
 ("p", "4.5", "Autumn 2023: absence.", "Child D missed the first four days of the autumn term 2023. EWO1 made an unannounced home visit on 28 September 2023 at 14.30 hrs but nobody answered the door. By the end of the term Child D's attendance was 58.2%, meaning she had missed 31 days of school[[3]]. A penalty notice warning letter was sent on 6 November 2023."),
 ("p", "4.6", "Second referral.", "On 11 October 2023 Child D told T1 that 'the lights don't work at home' and that she did her homework by candlelight. DSL1 made a second referral to the Hub at 10.05 hrs the same day. This time the referral was accepted for a child and family assessment, which SW1 began on 13 October 2023."),
 ("p", "4.7", "The home visit.", "SW1 visited the home on 20 October 2023 at 16.00 hrs. She saw candles in saucers in both bedrooms, no electricity and no food in the fridge. She arranged a food bank voucher and a £49 emergency payment for meter credit, and on 23 October 2023 she referred the family to LFRS for a Safe and Well visit[[4]]."),
 ("p", "4.8", "Fire service contact.", "LFRS wrote to Ms D on 2 November 2023 offering a visit. A visit was booked for 16 November 2023 at 10.00 hrs but the crew could not gain access. LFRS sent a second letter and then closed the referral on 30 November 2023, in line with its policy after two attempts. LFRS did not tell SW1 that the visit had not taken place."),
 ("p", "4.9", "Assessment and plan.", "SW1 completed the assessment on 1 December 2023. It concluded that Child D and Child E were children in need and that a child in need plan should be made. The first child in need meeting took place on 12 December 2023 and was attended by Ms D, SW1, DSL1 and EWO1. The plan did not mention the electricity supply or fire safety."),
 ("p", "4.10", "Change of worker.", "SW1 left the authority on 15 December 2023. The case was not reallocated until 3 January 2024, when it was passed to SW2, a newly qualified social worker. TM1 told the review that the team had five vacant posts at that time. For 19 days no one was allocated to the family."),
 ("p", "4.11", "January 2024.", "Child D did not return to school after the Christmas holiday. SW2 spoke to Ms D by telephone on 10 January 2024 at 12.40 hrs and arranged to visit on 15 January 2024. SW2 had not yet read the full assessment and did not know that the family had no electricity. The fire happened the night before the planned visit."),
 ("table",),
 ("h", "5. Analysis"),
 ("p", "5.1", "Absence as a sign of neglect.", "School staff noticed Child D's hunger and poor hygiene early and acted on it. But the attendance figures were handled as an education welfare matter, on a separate track from the concerns about neglect. The warning letter of 6 November 2023 was sent by the attendance team while a social work assessment was open, and neither service knew what the other was doing."),
 ("p", "5.2", "The first referral.", "The Hub's decision in February 2023 was based on each concern on its own rather than on the pattern across three months. The referral form included DSL1's notes of three separate incidents, but the Hub manager told the review that 'hunger in school is common in Larchmere'. The review considers that the cumulative picture met the threshold for an assessment."),
 ("p", "5.3", "Disengagement.", "The closure of early help because the family had 'disengaged' was treated as the end of the matter. Practitioners at the learning event agreed that non-engagement by a parent who is depressed and in debt should itself have been a reason to look again, not a reason to close."),
 ("p", "5.4", "The home environment and fire risk.", "SW1 saw the candles and acted quickly to make a fire service referral. That was good practice. The weakness was that nobody checked whether the visit had happened, and the referral was not written into the child in need plan. LFRS's policy of closing after two failed attempts without telling the referrer is, in the review's view, unsafe for referrals that come from children's social care."),
 ("p", "5.5", "Transfer of the case.", "The 19-day gap between SW1 leaving and SW2 being allocated came over Christmas, when the family had no electricity, no food support and no school meals. Handover relied on the case record alone. The review found no evidence that TM1 read the record or knew that the family were living by candlelight."),
 ("p", "5.6", "Voice of the child.", "Child D told adults, more than once, what life at home was like. Her words to T1 in October 2023 were recorded and acted upon, which is to the school's credit. Elsewhere, her view was not sought: the Hub in February 2023 and the child in need plan in December 2023 both lack any record of what Child D said or wanted."),
 ("h", "6. Findings"),
 ("p", "6.1", "Finding 1.", "School absence was not seen as part of the neglect picture, and education welfare and social care action ran in parallel without sharing information."),
 ("p", "6.2", "Finding 2.", "Threshold decisions at the Hub looked at single incidents rather than the cumulative history of neglect."),
 ("p", "6.3", "Finding 3.", "The closure of early help on the ground of disengagement was not reviewed by a manager and did not lead to a step-up."),
 ("p", "6.4", "Finding 4.", "Fire risk identified by a social worker was not followed through: the referral was closed without feedback and was absent from the plan."),
 ("p", "6.5", "Finding 5.", "Case transfer arrangements in the safeguarding teams left the family without an allocated worker for 19 days at a time of high risk."),
 ("h", "7. Recommendations"),
 ("p", "7.1", "Recommendation 1.", "The Partnership should make sure that persistent absence below 70% is shared with children's social care whenever an assessment or plan is open."),
 ("p", "7.2", "Recommendation 2.", "The Hub should use a chronology of previous contacts in every threshold decision about neglect, and the Partnership should audit this within six months."),
 ("p", "7.3", "Recommendation 3.", "Early help managers should review every closure recorded as disengagement before the case is closed."),
 ("p", "7.4", "Recommendation 4.", "LFRS should change its policy so that referrals from children's social care are never closed without telling the referrer, and the Partnership should promote the Safe and Well visit to all frontline staff."),
 ("p", "7.5", "Recommendation 5.", "Children's social care should adopt a written handover standard so that no child in need case is unallocated for more than five working days."),
 ("p", "7.6", "Recommendation 6.", "All partner agencies should include the risks of fuel poverty, including the use of candles and unsafe heating, in neglect training from 2025."),
 ("p", "7.7", None, "The review was signed off by the Partnership on 26 September 2024. The safeguarding partners have accepted all six recommendations and will publish an action plan."),
]

FOOTNOTES = {
 1: ("Prepayment meters give a small amount of emergency credit; once that is used the supply stops until the meter is topped up.", "run out of credit1"),
 2: ("The Larchmere Children's Advice Hub (the Hub) is the single front door for referrals to children's social care in Larchmere.", "Advice Hub2 were"),
 3: ("Attendance is recorded in half-day sessions; two sessions make one school day. Persistent absence means missing 10% or more of sessions.", "31 days of school3"),
 4: ("A Safe and Well visit is a free home visit by LFRS that includes fitting smoke alarms and advice on fire risks.", "Safe and Well visit4"),
}

SIDEBAR_TITLE = "In Child D's words"
SIDEBAR = ("\"When the lights went off Mum let me keep the candle by my bed so I wasn't scared of the dark. "
           "I did my reading by it. I always blew it out. I don't know why it didn't go out that night.\"")
SIDEBAR_SRC = "Child D, speaking to the reviewer, 9 July 2024"

CHRONO_HEAD = ("Date", "Time", "Agency", "Event")
CHRONO = [
 ("12/10/2022", "09.15", "School", "DSL1 records Child D arrived hungry in unwashed uniform; breakfast given."),
 ("03/02/2023", "11.20", "School / Hub", "First referral to the Hub (hunger, hygiene, attendance)."),
 ("07/02/2023", "15.45", "Hub", "Referral stepped down to early help; no contact with Child D."),
 ("06/03/2023", "10.30", "Early help", "FSW1 starts early help assessment at home."),
 ("24/04/2023", "13.00", "Health visiting", "HV1 development review for Child E; house cold."),
 ("19/06/2023", "-", "Early help", "Episode closed: 'family disengaged' after three missed appointments."),
 ("28/09/2023", "14.30", "Education welfare", "EWO1 unannounced home visit; no reply."),
 ("11/10/2023", "10.05", "School / Hub", "Second referral after Child D says lights do not work at home."),
 ("20/10/2023", "16.00", "Social care", "SW1 home visit: candles, no electricity, no food. £49 emergency payment."),
 ("23/10/2023", "11.10", "Social care / LFRS", "SW1 refers family for Safe and Well visit."),
 ("16/11/2023", "10.00", "LFRS", "Booked Safe and Well visit: no access."),
 ("30/11/2023", "-", "LFRS", "Referral closed after two attempts; referrer not told."),
 ("12/12/2023", "14.00", "Multi-agency", "First child in need meeting at the school."),
 ("15/12/2023", "-", "Social care", "SW1 leaves the authority; case unallocated."),
 ("03/01/2024", "-", "Social care", "Case allocated to SW2."),
 ("10/01/2024", "12.40", "Social care", "SW2 telephones Ms D; visit arranged for 15/01/2024."),
 ("14/01/2024", "02.41", "LFRS / Ambulance", "999 call by neighbour; crews arrive 02.49; Child D rescued 02.56."),
]

BRIEFING = [
 ("h", "Why this briefing"),
 ("t", "This two-page briefing is for practitioners in all agencies. It summarises the local child safeguarding practice review about Child D, a nine-year-old girl who was badly hurt in a house fire in Ashby Fold in January 2024. Please read it with your team and discuss the questions at the end."),
 ("h", "What happened"),
 ("t", "Child D lived with her mother and her four-year-old brother. On 14 January 2024 a candle by her mattress set fire to her bedroom. The electricity had been cut off for weeks because the family could not afford to top up the meter. Firefighters rescued Child D; she spent 23 days in the burns unit at Castlebridge Royal Infirmary. The rapid review met on 24 January 2024 and the partners commissioned an LCSPR."),
 ("h", "What agencies knew"),
 ("t", "The school had raised concerns about hunger and hygiene since October 2022 and made two referrals, in February and October 2023. Early help closed after the family 'disengaged'. In the autumn term of 2023 Child D's attendance fell to 62%. A social worker saw the candles in October 2023 and asked the fire service for a Safe and Well visit, but the visit never took place and nobody followed it up. The social worker then left, and the family had no allocated worker over Christmas."),
 ("h", "Five key learning points"),
 ("t", "1. Absence is a neglect indicator, not only an attendance matter.\n2. Look at the whole history, not the single incident in front of you.\n3. 'Disengaged' is a reason to think again, not a reason to close.\n4. If you make a referral for a child's safety, check that it happened.\n5. No child should be left without a worker when a colleague leaves."),
 ("h", "What is changing"),
 ("t", "The Partnership accepted all six recommendations. LFRS has already changed its policy: from 1 August 2024 it tells the referrer whenever a Safe and Well visit cannot be completed. A refreshed neglect toolkit, including a fuel poverty checklist, was relaunched on 1 October 2024. Multi-agency workshops on neglect and fuel poverty run monthly from November 2024 and are free to book through the Partnership learning team."),
 ("h", "Questions for your team"),
 ("t", "How do you find out whether a family has heating, light and food? Who in your service checks that a referral you made was acted on? When did you last ask a child what home is like at night?"),
 ("t", "The full report was published by the Larchmere Safeguarding Partnership on 3 October 2024. Independent reviewer: Helen Marsh-Okafor."),
]

ABBREV = [
 ("DSL", "Designated safeguarding lead (in a school)"),
 ("EWO", "Education welfare officer"),
 ("FSW", "Family support worker (early help)"),
 ("HV", "Health visitor"),
 ("LCSPR", "Local child safeguarding practice review"),
 ("LFRS", "Larchmere Fire and Rescue Service"),
 ("SW", "Social worker"),
 ("TM", "Team manager"),
 ("the Hub", "Larchmere Children's Advice Hub"),
]
