# -*- coding: utf-8 -*-
"""Text of the FICTIONAL Kirkholme "Child Y" review and its seven-minute briefing.
Every person, place and agency here is invented."""

SHORT_TITLE = "Child Y \u2013 Local Child Safeguarding Practice Review"
FOOT = "FICTIONAL \u2014 practice document \u00b7 Kirkholme Safeguarding Children Partnership"

COVER = {
    "kicker": "Kirkholme Safeguarding Children Partnership",
    "title": "Child Y",
    "subtitle": "Local Child Safeguarding Practice Review",
    "lines": [
        "Independent lead reviewer: Dr Helen Marwood",
        "Approved by the Partnership: 18 June 2024",
        "Published: 9 July 2024",
        "FICTIONAL \u2014 a practice document written to test software. Every person, place and agency is invented.",
    ],
}

GLANCE = [
    ("9 months", "Child Y's age when he was admitted to hospital on 11 December 2023"),
    ("23", "recorded agency contacts with the family during the review period"),
    ("54 days", "from allocation to closure of the child and family assessment"),
    ("17", "practitioners and managers who took part in the learning event"),
]

# Body: list of blocks. kinds: ("band", num, title) new page with full-width band;
# ("h", text) in-column heading; ("p", num, text); ("learn", title, text);
# ("chron", rows); ("quote_next",) switch next page to pull-quote template; ("recs",)
BODY = [
    ("band", "1", "Introduction"),
    ("p", "1.1", "This review concerns Child Y, a boy who was nine months old when he was admitted to Kirkholme General Hospital on 11 December 2023. His father, Mr T, rang for an ambulance at 06.52 hrs, saying that the baby had gone floppy after a feed; paramedics arrived at 07.05 hrs. Scans later that morning showed bleeding on both sides of the brain and three healing rib fractures of different ages. Child Y was transferred the same day to Northgate Children's Hospital, where he remained for five weeks."),
    ("p", "1.2", "Child Y survived. He now lives with his maternal grandmother, Mrs K, under a special guardianship order. Police enquiries are continuing, and nothing in this report should be read as a finding about how the injuries were caused.[[1]]"),
    ("fn", "1", "The report was read by Northern Vale Police before publication to make sure that it does not prejudice any criminal investigation."),
    ("p", "1.3", "Kirkholme Borough Council notified the Child Safeguarding Practice Review Panel on 14 December 2023. The Partnership held its rapid review meeting on 20 December 2023 and, on 9 January 2024, the national Panel agreed that a local child safeguarding practice review should be carried out."),
    ("p", "1.4", "The Partnership commissioned Dr Helen Marwood, an independent social work academic with no connection to any Kirkholme agency, as lead reviewer. A review panel of senior managers from the agencies involved supported her and met six times between February and May 2024."),
    ("h", "2  Terms of reference and method"),
    ("p", "2.1", "The review covers the period from 1 June 2022, when Ms K first told her GP that she was pregnant, to 11 December 2023. Events before that date are summarised only where they help to explain what happened later."),
    ("p", "2.2", "The Partnership asked the review to consider four questions: how well agencies understood the baby's daily life and who cared for him; how the two reports of domestic abuse were assessed; how a bruise seen on a five-month-old baby was responded to; and whether the father and other men in the household were seen and assessed."),
    ("p", "2.3", "Each agency provided a chronology and a short reflective account. The lead reviewer read case records, interviewed eleven practitioners individually and held a learning event on 12 March 2024 that was attended by 17 practitioners and managers. Their openness has been essential to the review."),
    ("learn", "Learning point: a bruise is never minor in a baby who cannot move", "Any bruise on a baby who is not yet independently mobile must be treated as a possible sign of abuse until proved otherwise, and referred under the Partnership's bruising protocol, whatever explanation is offered."),
    ("p", "2.4", "Ms K and Mrs K met the lead reviewer twice, in April 2024. Mr T was invited by letter on two occasions but did not reply. The views of the family are set out in section 3 and have shaped the recommendations.[[2]]"),
    ("fn", "2", "Ms K asked that her words be summarised rather than quoted at length. She read this section before publication."),
    ("h", "3  Child Y and his family"),
    ("p", "3.1", "Child Y was born on 4 March 2023 at 38 weeks, weighing 2.9 kg. His mother, Ms K, was 19 years old and had been looked after by Kirkholme Borough Council between the ages of 14 and 16. His father, Mr T, was 24 and worked irregular shifts at a distribution warehouse on the Wrayfield industrial estate."),
    ("p", "3.2", "The couple lived in a one-bedroom flat let by Wrayfield Housing Association. Mrs K, the maternal grandmother, lived about two miles away and looked after Child Y most Saturdays. Mr T's brother, Mr J, sometimes stayed at the flat; he was never seen by any practitioner and his name does not appear in any agency record before the incident."),
    ("p", "3.3", "Ms K told the review that she felt judged by professionals because she had been in care, and that she had learned to say that everything was fine. She described the months after the birth as lonely. She said that she did not tell anyone how often Mr T shouted at her because she was frightened that the baby would be removed."),
    ("p", "3.4", "Mrs K said that she had worried about the baby's crying and about bruises she saw once on his leg in the autumn, but that Ms K told her he had knocked it on the side of the cot. She said that nobody from any agency ever asked for her view."),
    ("band", "4", "Key episodes"),
    ("p", "4.1", "This section summarises the practice episodes that the review found most significant. A fuller chronology is given in the table that follows 4.9. Times are taken from agency records."),
    ("p", "4.2", "Booking and pregnancy. Ms K booked with the community midwife, MW1, on 9 November 2022, at 14 weeks of pregnancy. MW1 asked the routine enquiry question about domestic abuse when Mr T was out of the room, and Ms K said there were no concerns. MW1 recorded that Ms K was a care leaver but did not tell the leaving care service, which had closed her case in 2021."),
    ("p", "4.3", "New birth visit. The health visitor, HV1, carried out the new birth visit on 17 March 2023, when Child Y was 13 days old. Mr T was present and HV1 described him as \u201cattentive and proud\u201d. HV1 offered the universal service and a listening visit for low mood, which Ms K declined."),
    ("p", "4.4", "First domestic abuse report. At 23.15 hrs on 22 May 2023 a neighbour rang the police about shouting and a baby crying in the flat. The attending officer, PC1, arrived at 23.40 hrs, spoke to both parents separately and saw the baby asleep in his cot. PC1 completed a risk assessment, which graded the risk as standard. A police notification was sent to children's services on 25 May 2023."),
    ("p", "4.5", "The notification was screened in the Kirkholme Multi-Agency Safeguarding Hub on 6 June 2023. The decision was a referral to the Early Help Hub. No agency spoke to Mr T about the incident, and the health visiting service was not told about it until August."),
    ("quote_next",),
    ("p", "4.6", "Early help. The early help worker, EHW1, first visited on 3 July 2023. Ms K attended five of the eight sessions offered, which covered budgeting, sleep routines and a parenting course. EHW1 tried twice to arrange a session with Mr T but he was at work on both occasions. The early help plan did not mention the police call of 22 May."),
    ("p", "4.7", "The bruise. On 14 August 2023 Ms K took Child Y, then five months old, to the Harefield Medical Practice with a cough. The GP, GP1, noted \u201csmall bruise left ear, mum says caught on cot bars\u201d. GP1 accepted the explanation, did not refer the bruise under the Partnership's bruising protocol and did not share the observation with the health visitor."),
    ("p", "4.8", "Change of health visitor. HV1 left the service on 29 August 2023. The family were transferred to HV2 on 4 September 2023 without a handover visit, and the transfer record said only \u201cuniversal, early help involved\u201d."),
    ("p", "4.9", "Second domestic abuse report. At 01.20 hrs on 2 October 2023 Ms K rang the police herself, saying that Mr T had pushed her against a door while she was holding the baby. Officers arrived at 01.38 hrs. Mr T was arrested and later released under investigation with bail-free conditions. Children's services received the referral the same morning and a social worker, SW1, was allocated on 4 October 2023."),
    ("chron",),
    ("p", "4.10", "SW1 began a child and family assessment but no strategy discussion was held, although the referral described an assault on a parent holding a baby. The team manager, TM1, recorded that the threshold for a strategy discussion was \u201cnot met as father has left the home\u201d."),
    ("p", "4.11", "SW1 visited on 19 October 2023. Mr T was not there; Ms K said that he had moved to his brother's address. SW1 did not check this with Mr T, with the police or with the housing association, and did not ask who else looked after the baby. SW1 saw Child Y awake and recorded that he \u201cappeared well cared for\u201d."),
    ("p", "4.12", "HV2 had planned the eight-month review for 7 November 2023, but Ms K cancelled it. It took place on 16 November 2023. Mr T was present during the visit and told HV2 that he was \u201cback for good\u201d. HV2 had not been told that a social worker was involved and did not know about either police call, so she did not recognise the significance of what he said."),
    ("p", "4.13", "On 27 November 2023, TM1 authorised the closure of the assessment, 54 days after allocation, with a step-down to early help. The closure summary recorded that Mr T was \u201cno longer in the household\u201d. The early help offer had not been taken up when Child Y was admitted to hospital two weeks later."),
    ("band", "5", "Analysis"),
    ("p", "5.1", "The review panel identified four connected themes. Taken together they show how a family that presented as coping, with a young mother who had learned to reassure professionals, could keep a vulnerable baby out of view while risk grew."),
    ("p", "5.2", "Finding 1: the baby's lived experience was not understood. Practitioners saw Child Y on at least nine occasions, but the records describe his appearance rather than his day. No one asked who fed him at night, who looked after him when Ms K was out, or how often Mr J was in the flat.[[3]]"),
    ("fn", "3", "The review counted 23 recorded agency contacts with the family, of which nine included a sighting of Child Y."),
    ("p", "5.3", "Finding 2: domestic abuse was assessed as an event, not a pattern. Each of the two police calls was judged on its own. The MASH decision in June 2023 and the TM1 decision in October 2023 did not look at the earlier call, and neither asked what it meant for a baby to be in a home where a parent was being assaulted. The standard risk grading in May was treated as the answer to a question that it was not designed to answer."),
    ("p", "5.4", "Finding 3: the bruising protocol was not followed. The Partnership's protocol on bruising in non-mobile babies has been in place since 2019 and was reissued in January 2023. GP1 told the review that she had not read the reissued version and believed that a plausible explanation made referral unnecessary. This is a well-known trap, and the review found that two of the eleven practitioners interviewed held the same belief."),
    ("p", "5.5", "Finding 4: fathers and other men were invisible. Mr T was present at the new birth visit and at the eight-month review, yet he was never assessed. His statement that he had moved out was accepted from Ms K alone. Mr J was never identified. This echoes the national Panel's 2021 review of harm to babies by men in caring roles, which the Partnership had discussed at its board in March 2022."),
    ("p", "5.6", "Finding 5: information did not travel with the family. The health visiting service, the GP practice and children's services each held a part of the picture. The transfer from HV1 to HV2 lost the early help history, GP1's observation of the bruise never reached the health visitor, and SW1 did not know that HV2 was due to visit. Each agency's records were internally sound; what failed was the movement of information between them."),
    ("learn", "Learning point: ask who else is in the home", "When a parent says that a partner has left, check it. Ask the other parent, ask the police and housing, and ask directly who else looks after the baby. Record the names of every adult who has regular care of a child."),
    ("p", "5.7", "Good practice was also found. PC1's decision to speak to each parent separately in May 2023 was exactly right, and the paramedics' clear handover on 11 December 2023 helped the hospital to recognise abusive injury quickly. EHW1 persisted with Ms K over a difficult summer and built a relationship that Ms K valued."),
    ("band", "6", "Conclusions"),
    ("p", "6.1", "The review does not find that any single practitioner could have predicted what happened to Child Y on 11 December 2023. It does find that the system around him held enough information, by the autumn of 2023, to have prompted a strategy discussion and a much closer look at who was caring for him."),
    ("p", "6.2", "Three moments stand out. The first was the GP appointment on 14 August 2023, when a bruise on a five-month-old baby was explained away. The second was the decision on 2 October 2023 not to hold a strategy discussion. The third was the eight-month review on 16 November 2023, when Mr T said that he was back for good but HV2 had no means of knowing that it mattered.[[4]]"),
    ("fn", "4", "The lead reviewer considered a fourth moment, the MASH decision of 6 June 2023, but the panel judged that decision reasonable on the information then held."),
    ("p", "6.3", "The review panel considered whether the learning is new. Much of it is not. The national Panel's reports on harm to babies, on the invisibility of men and on bruising in non-mobile infants describe the same gaps. What this review adds is a picture of how those gaps join up in a single, ordinary family, over a period of a little more than eighteen months, in a partnership that already had the right protocols on paper."),
    ("p", "6.4", "Ms K told the lead reviewer that she wished someone had asked her, on her own and more than once, whether she was frightened at home. Mrs K said that she would have told a health visitor about the bruise on the leg if she had been asked. Their words are the best summary of the learning: ask, ask again, and ask everyone who knows the baby."),
    ("p", "6.5", "The lead reviewer also notes the pressure on services during the period. Children's services in Kirkholme had a vacancy rate of 31 per cent among social workers in October 2023, and SW1 was carrying 27 cases when the referral was allocated. Health visiting caseloads were above the service's own limit from June to December 2023. These pressures help to explain, but do not excuse, the gaps found."),
    ("p", "6.6", "The Partnership has already acted on some of the learning. A revised multi-agency bruising protocol was launched on 1 May 2024 with a short film for practitioners, and the MASH began a pilot of a 12-month look-back at police notifications on 15 April 2024."),
    ("band", "7", "Recommendations"),
    ("p", "7.1", "The review makes six recommendations to the Partnership. They are set out in the table below, with the agency responsible for leading each one and the date by which the Partnership expects a progress report. The Partnership's response to each recommendation will be published separately."),
    ("recs",),
    ("p", "7.2", "The Partnership accepted all six recommendations at its meeting on 18 June 2024 and will review progress at its executive group in January 2025. The lead reviewer thanks the family and the practitioners who contributed."),
]

CHRON_HEAD = ["Date", "Time", "Event", "Agency"]
CHRON = [
    ["09/11/2022", "\u2013", "Booking at 14 weeks; routine enquiry answered \u201cno concerns\u201d", "Midwifery (MW1)"],
    ["04/03/2023", "03.47 hrs", "Child Y born at 38 weeks, 2.9 kg", "Maternity unit"],
    ["17/03/2023", "10.30 hrs", "New birth visit; father present", "Health visiting (HV1)"],
    ["22/05/2023", "23.15 hrs", "Neighbour calls police about shouting; PC1 attends 23.40 hrs", "Northern Vale Police"],
    ["06/06/2023", "\u2013", "MASH screening; referral to Early Help Hub", "Children's services"],
    ["03/07/2023", "\u2013", "First early help visit", "Early Help Hub (EHW1)"],
    ["14/08/2023", "09.10 hrs", "GP sees cough; small bruise to left ear noted, not referred", "Harefield Medical Practice (GP1)"],
    ["04/09/2023", "\u2013", "Transfer to HV2 without handover visit", "Health visiting"],
    ["02/10/2023", "01.20 hrs", "Mother calls police; father arrested", "Northern Vale Police"],
    ["04/10/2023", "\u2013", "SW1 allocated; assessment begins", "Children's services"],
    ["19/10/2023", "14.00 hrs", "SW1 home visit; told father has moved out", "Children's services (SW1)"],
    ["16/11/2023", "11.15 hrs", "Eight-month review; father present, \u201cback for good\u201d", "Health visiting (HV2)"],
    ["27/11/2023", "\u2013", "Assessment closed; step-down to early help (TM1)", "Children's services"],
    ["11/12/2023", "06.52 hrs", "Father calls 999; admission to hospital", "Ambulance service"],
]

RECS_HEAD = ["No.", "Recommendation", "Lead agency", "Progress report by"]
RECS = [
    ["R1", "Relaunch the bruising protocol for non-mobile babies with mandatory briefings for GP practices, and audit referrals after six months.", "Kirkholme and Wrayfield Integrated Care Board", "31 December 2024"],
    ["R2", "Require the MASH to review all police notifications about a household in the previous 12 months before any domestic abuse decision about a child under two.", "Kirkholme Borough Council", "30 November 2024"],
    ["R3", "Introduce a \u201cmen in the home\u201d prompt in the child and family assessment so that every adult with regular care of a child is named and seen.", "Kirkholme Borough Council", "31 October 2024"],
    ["R4", "Make a handover visit compulsory when a family open to early help or social care moves between health visitors.", "Kirkholme and Wrayfield NHS Foundation Trust", "30 September 2024"],
    ["R5", "Tell the leaving care service, with consent, when a care leaver under 25 books for maternity care.", "Kirkholme and Wrayfield NHS Foundation Trust", "30 September 2024"],
    ["R6", "Publish this review's learning in a seven-minute briefing and test its reach through the Partnership's practitioner survey.", "Kirkholme Safeguarding Children Partnership", "31 March 2025"],
]

QUOTE = ("\u201cEach agency's records were internally sound; what failed was the movement of information "
         "between them.\u201d \u2014 Dr Helen Marwood, lead reviewer")

APPENDIX = [
    ("Role codes used in this report", [
        ("MW1", "community midwife"), ("HV1", "health visitor until 29 August 2023"),
        ("HV2", "health visitor from 4 September 2023"), ("GP1", "general practitioner, Harefield Medical Practice"),
        ("PC1", "police constable who attended on 22 May 2023"), ("EHW1", "early help worker"),
        ("SW1", "social worker, children's services"), ("TM1", "team manager, children's services"),
    ]),
]

# ---------------------------------------------------------------- seven-minute briefing
BRIEF_TITLE = "Seven-minute briefing: Child Y"
BRIEF_SUB = ("Kirkholme Safeguarding Children Partnership \u00b7 July 2024 \u00b7 FICTIONAL practice document. "
             "Use this briefing in a team meeting: it takes about seven minutes to read aloud and discuss.")
BRIEF_BOXES = [
    ("1", "Background", "Child Y was nine months old when his father called an ambulance on 11 December 2023. He had bleeding on the brain and three old rib fractures. The Partnership's rapid review met on 21 December 2023, and a local review led by Dr Helen Marwood followed."),
    ("2", "Why it matters", "Babies under one are the age group most at risk of serious harm from abuse. Child Y was seen by professionals nine times in his short life, yet nobody put together the domestic abuse, the bruise and the men in his home."),
    ("3", "Information", "Two police calls (May and October 2023), a bruise to the ear seen by the GP in August, a change of health visitor with no handover, and a social work assessment closed after 54 days because the father was said to have left."),
    ("4", "What we learned", "Domestic abuse was judged call by call, not as a pattern. The bruising protocol was not followed. Fathers and other men were invisible. Ms K went to four of the eight early help sessions, and no one asked who else looked after the baby."),
    ("5", "What is changing", "The bruising protocol has been relaunched for GP practices; the MASH now looks back 12 months at police notifications; assessments include a \u201cmen in the home\u201d prompt; health visitor handovers must include a visit."),
    ("6", "Who to contact", "Partnership business unit, Kirkholme Civic Centre, Market Street, Kirkholme KH1 4AW. Telephone 01632 960 418 (fictional). The full report was published on 9 July 2024."),
    ("7", "Questions for practitioners", "Do you know who lives in the home and who cares for the baby at night? Have you read the bruising protocol since January 2023? When did you last check a parent's account that a partner had left? Who needs to know what you know?"),
]
