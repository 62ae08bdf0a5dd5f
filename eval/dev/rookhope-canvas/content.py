"""Text of the Rookhope "Child W" review and practice briefing. Everything here is FICTIONAL.

Markup used in paragraph text: ``^N`` directly after a word is a raised footnote marker for footnote N.
"""

TITLE = "Child W: Local Child Safeguarding Practice Review"
PARTNERSHIP = "Rookhope County Safeguarding Children Partnership"

COVER = {
    "kicker": "Local Child Safeguarding Practice Review",
    "title": "Child W",
    "subtitle": "\"Who was in the house?\" Learning from serious injury to a two-year-old boy",
    "lines": [
        "Independent lead reviewer: Alison Marwood",
        "Approved by the Partnership executive: 28 January 2026",
        "Published: 11 March 2026",
    ],
    "fict": "FICTIONAL practice document. Every person, place and agency named in it is invented.",
}

CONTENTS = [
    "Foreword",
    "1  Introduction",
    "2  How the review was carried out",
    "3  Child W and his family",
    "4  Key episodes and chronology",
    "5  Agency involvement and analysis",
    "6  Findings",
    "7  Recommendations",
    "Appendix A  Review panel and glossary",
]

FOREWORD = [
    "Child W was two years old when he was taken by ambulance to Dellbridge General Hospital with a head injury "
    "that has changed his life. He survived, and he now lives with his maternal grandmother and his older sister. "
    "This review asks how the agencies that knew his family could have understood sooner that he was not safe at home.",
    "The review found committed practitioners who saw parts of the picture. What was missing was a shared answer "
    "to a simple question: who was living in the house, and what did we know about him? Ten months passed between "
    "the first police call to the family home and the night Child W was injured. In that time four agencies each "
    "met the man who later admitted causing his injuries, and none of them recorded his full name on the child's file.",
    "I am grateful to Child W's grandmother and to his mother for speaking to the lead reviewer, and to the "
    "practitioners who came to the learning event and spoke openly about their work. The Partnership has accepted "
    "all seven recommendations, and the action plan will be overseen by the Partnership's Learning and Improvement "
    "Group, which will report progress to the executive every quarter.",
    "Dr Neville Oakes",
    "Independent Scrutineer, Rookhope County Safeguarding Children Partnership",
    "February 2026",
]

FOOTNOTES = {
    1: "The sentencing of Mr T is a matter for the court and is not described in this report.",
    2: "Working Together to Safeguard Children 2023 (fictional citation for this practice document), chapter 5.",
    3: "DASH: the Domestic Abuse, Stalking and Harassment and Honour-Based Violence risk checklist used by "
       "Rookhope Constabulary. A score of 14 or more 'ticks' indicates high risk.",
    4: "A Public Protection Notice (PPN) is the form an attending officer completes after a domestic incident "
       "where children live in the household; it is shared with the MASH.",
    5: "The Rookhope Continuum of Need (2022 edition) sets out four levels of need; early help sits at level 2.",
    6: "The centile figures were taken from the personal child health record. The Trust's faltering growth "
       "guideline asks for a re-weigh within 28 days when weight falls across two centile spaces.",
    7: "Figures supplied by North Rookhope Community Health NHS Trust in July 2025. The Trust's health visiting "
       "vacancy rate in the Dellbridge locality was 19% in September 2024.",
    8: "The Partnership's Bruising Protocol (2021) applies to babies who are not yet independently mobile. "
       "Child W was walking by the time of the GP consultation, so the protocol did not formally apply.",
    9: "Multi-Agency Risk Assessment Conference. In Rookhope the MARAC meets every two weeks in Dellbridge.",
}

# Body: list of blocks. ("band", title) starts a new page with a full-width band.
# ("h", text) in-column heading; ("p", num, text) numbered paragraph; ("side", heading, [texts]) tinted box
# in a column; ("quote", text, attribution) full-width pull quote; ("table", ...) chronology grid.
BODY = [
    ("band", "1  Introduction"),
    ("p", "1.1", "On the evening of 24 March 2025 Child W, a boy aged two years and three weeks, was taken by ambulance "
     "from his home in the village of Stannock to the emergency department of Dellbridge General Hospital. He was "
     "drowsy and had been vomiting. A scan showed bleeding on the surface of the brain, and a later skeletal survey "
     "found three healing rib fractures. Doctors concluded that the injuries were not accidental."),
    ("p", "1.2", "Child W lived with his mother, Ms K, his six-year-old sister, Sibling A, and, for most of the "
     "period under review, Ms K's partner, Mr T. Mr T is not Child W's father. In December 2025 Mr T pleaded guilty "
     "to causing grievous bodily harm with intent to Child W.^1"),
    ("p", "1.3", "The Rookhope County Safeguarding Children Partnership notified the Child Safeguarding Practice Review "
     "Panel of the incident on 27 March 2025. A rapid review meeting was held on 9 April 2025, attended by "
     "representatives of nine agencies. The rapid review recommended a local child safeguarding practice review, "
     "because the case raised questions about how agencies identify and assess men who join a household with "
     "young children.^2 The national Panel agreed with that decision on 2 May 2025."),
    ("p", "1.4", "This report is written for practitioners and managers in all agencies in Rookhope, and for the "
     "public. It uses role codes rather than names for the practitioners involved. Child W, his family and the "
     "places where they lived are described in a way that protects their privacy."),

    ("bandi", "2  How the review was carried out"),
    ("p", "2.1", "The Partnership appointed Alison Marwood as independent lead reviewer in May 2025. She is a "
     "registered social worker and a former head of safeguarding in a neighbouring county, and she has had no "
     "involvement with services in Rookhope. A review panel of senior managers from the police, health, "
     "children's services and education met six times between June and December 2025."),
    ("p", "2.2", "The terms of reference were agreed on 4 June 2025. The review covers the period from 1 June 2024 "
     "to 25 March 2025, the day after Child W was injured. Earlier events are summarised where they help to "
     "explain what happened. The review was asked to consider: (a) how agencies identified who was living in "
     "Child W's household and what they knew about each adult; (b) how the two domestic abuse incidents were "
     "assessed and shared; (c) how Child W's health and growth were monitored; (d) how the decision to close "
     "early help was made; and (e) how the voice and daily experience of Child W and his sister were understood."),
    ("side", "About this review", [
        "Local child safeguarding practice reviews are commissioned by safeguarding partners when a child has died "
        "or been seriously harmed and abuse or neglect is known or suspected.",
        "Eleven agencies provided chronologies and reports for this review. Reviews do not apportion blame; they "
        "look for learning that will improve practice across the system.",
    ]),
    ("p", "2.3", "Eleven agencies provided information: Rookhope County Council Children's Services (including the "
     "Multi-Agency Safeguarding Hub and the early help service); Rookhope Constabulary; North Rookhope Community "
     "Health NHS Trust; Dellbridge and Fells Hospitals NHS Foundation Trust; Fellside Medical Practice; Ashgill "
     "Primary School; Safer Fells domestic abuse service; Tyneholm Homes; Fellcountry Ambulance Service; Northgate "
     "Children's Hospital; and the Rookhope and Dellbridge Integrated Care Board."),
    ("p", "2.4", "A learning event for practitioners was held on 16 September 2025 at Dellbridge Civic Hall. "
     "Twenty-three practitioners took part, including the social workers, health visitors and police officers "
     "who worked with the family. A separate session for first-line managers was held on 30 September 2025."),
    ("p", "2.5", "The lead reviewer met Child W's maternal grandmother, Mrs K, on 29 September 2025 and Ms K on "
     "2 October 2025. Mr T was invited through his solicitor to contribute but declined. Child W's father, Mr P, "
     "could not be traced. Sibling A was not asked to take part, on the advice of her foster carer and her social "
     "worker, because she was still receiving therapeutic support."),
    ("p", "2.6", "Publication of the report was delayed until the criminal proceedings had concluded, with the "
     "agreement of the police and the Crown Prosecution Service. The Partnership executive approved the final "
     "report on 28 January 2026."),

    ("h", "3  Child W and his family"),
    ("p", "3.1", "Child W was born on 3 March 2023 at Dellbridge General Hospital. He was a healthy baby who met his "
     "early developmental milestones. His grandmother described him as a \"busy, giggly little boy who loved "
     "tractors, bath time and his big sister\". He started walking at thirteen months."),
    ("p", "3.2", "Ms K was 24 years old at the start of the review period. She worked evening shifts at a care home in "
     "Dellbridge, four nights a week, and relied on her mother and, later, on Mr T to look after the children "
     "while she was at work. She had been known to children's services as a teenager but not as a parent."),
    ("p", "3.3", "Mr T, aged 31, met Ms K in the summer of 2023 and moved into the family home in November 2023. "
     "He had two previous convictions for violence against a former partner, in 2016 and 2019, which were held "
     "on police systems in another force area. He had no children of his own. Agencies generally recorded him "
     "as \"mum's partner\" or \"Tom\", and none of them recorded his date of birth on the children's records "
     "before March 2025."),
    ("p", "3.4", "Sibling A was six years old and in Year 2 at Ashgill Primary School. Her attendance was 93% in the "
     "autumn term of 2024. Staff described her as a quiet child who became anxious at home time."),
    ("p", "3.5", "The family rented a three-bedroom house from Tyneholm Homes. The housing officer visited in "
     "August 2024 about rent arrears of \u00a31,480 and noted that \"a man answered the door\". That information "
     "stayed within the housing record."),

    ("band", "4  Key episodes and chronology"),
    ("p", "4.1", "The main events in the review period are set out in the chronology table in this section. The episodes that carry the most "
     "learning are then described in more detail. Times are taken from agency records and use the 24-hour clock."),
    ("h", "Episode 1: the first police call, June 2024"),
    ("p", "4.2", "At 23.15 hrs on 12 June 2024 a neighbour called the police to report shouting and the sound of "
     "breaking glass at the family home. PC1 and a colleague arrived at 23.41 hrs. Mr T had left before they "
     "arrived. Ms K said there had been a verbal argument and that a glass had been dropped. Both children were "
     "asleep upstairs. PC1 completed a DASH risk assessment^3 with Ms K, which was graded as standard risk, and "
     "a Public Protection Notice.^4"),
    ("p", "4.3", "The notice named Mr T only as \"Tom (partner)\". PC1 did not carry out a check on Mr T, because "
     "his surname and date of birth were not known and Ms K was reluctant to give them. The notice reached the "
     "MASH on 14 June 2024. On 19 June 2024 the MASH social worker, MASH1, decided that the threshold for "
     "statutory intervention was not met and recommended early help.^5 The early help request was made on "
     "21 June 2024, and EHW1 was allocated on 2 July 2024."),
    ("table",),
    ("h", "Episode 2: health visiting and Child W's weight"),
    ("p", "4.4", "HV1 received the notice and arranged a targeted home visit for 8 August 2024. No one answered "
     "the door. HV1 saw Child W at the second attempt, on 29 August 2024. His weight had fallen from the 50th "
     "centile to just below the 9th centile since his one-year review.^6 HV1 gave dietary advice, planned to "
     "re-weigh him in four weeks and wrote to the GP. Ms K told HV1 that \"Tom is great with the kids\"."),
    ("p", "4.5", "HV1 began a period of long-term sick leave on 20 September 2024 and did not return during the "
     "review period. Her caseload was covered by HV2, who was also responsible for 412 other families.^7 The "
     "re-weigh was not carried out, and Child W was not weighed again by any professional until he was admitted "
     "to hospital."),
    ("h", "Episode 3: what Sibling A said at school"),
    ("p", "4.6", "On 14 October 2024 Sibling A told her class teacher that \"Tom punched the door and made Mummy "
     "cry\". The teacher passed this to the designated safeguarding lead, DSL1, the same afternoon. DSL1 spoke "
     "to Ms K at the school gate and then made a referral to the MASH at 09.40 hrs on 15 October 2024. The "
     "referral said that a man called Tom lived at the address, and gave the registration number of his van."),
    ("p", "4.7", "The MASH decided on 16 October 2024 that a single assessment was needed, and the case was "
     "allocated to SW1 in the assessment team on 18 October 2024. SW1 visited the home four times. She met "
     "Mr T once, on 7 November 2024, when he was present for about ten minutes before leaving for work. He told "
     "SW1 that he \"would never hurt the kids\". SW1 did not ask for police checks on him, because she understood "
     "that the MASH had already completed them."),
    ("p", "4.8", "SW1 completed the assessment on 13 December 2024, on day 40 of the 45 working days allowed. It "
     "concluded that the children's needs could be met through continued early help, and the team manager, "
     "TM1, agreed the outcome on 17 December 2024. The assessment described Ms K's relationship with Mr T as "
     "\"volatile but improving\"; it did not analyse the June incident or what Sibling A had said."),
    ("h", "Episode 4: the GP consultation"),
    ("p", "4.9", "On 6 January 2025 Ms K took Child W to Fellside Medical Practice with a cough. GP1 noticed a bruise "
     "about 2 cm across behind his left ear. Ms K said he had fallen against the side of his cot. GP1 accepted "
     "this explanation, recorded the bruise in the consultation notes and did not consider a referral.^8 GP1 "
     "did not see the health visitor's letter of August 2024 about Child W's weight, which had been filed "
     "without being coded."),
    ("h", "Episode 5: closure of early help"),
    ("p", "4.10", "EHW1 made nine home visits between July 2024 and January 2025; two further visits were missed "
     "because no one was at home. The early help plan focused on routines, budgeting and Sibling A's sleep. "
     "EHW1 closed the case on 27 January 2025, recording that the family's goals had been achieved. No "
     "multi-agency meeting was held before closure, and the school and health visiting service were told by "
     "letter."),
    ("h", "Episode 6: the second incident and bail"),
    ("p", "4.11", "At 01.50 hrs on 21 February 2025 Ms K called 999 and said that Mr T had assaulted her. PC2 arrived "
     "at 02.07 hrs and found Ms K with a cut lip. Mr T was arrested at the address. This time the DASH was graded "
     "as high risk, and the case was referred to the MARAC.^9 Mr T was released on 22 February 2025 on bail with "
     "conditions not to contact Ms K or to go to the family home."),
    ("p", "4.12", "The MASH received the Public Protection Notice on 24 February 2025 and recorded: \"Monitor. Bail "
     "conditions in place, perpetrator out of the home.\" No assessment was started. IDVA1 of Safer Fells "
     "contacted Ms K on 24 February 2025 and offered support, which she accepted. The MARAC discussed the case "
     "on 13 March 2025. The children's services representative at the meeting was a duty manager who had not "
     "had time to read the file."),
    ("p", "4.13", "On 6 March 2025 Ms K told the police that she did not support a prosecution. On 11 March 2025 "
     "the police decided to take no further action on the assault, and Mr T's bail conditions ended that day. "
     "Neither the MASH nor the MARAC coordinator was told. On 18 March 2025 Ms K told IDVA1 that Mr T was "
     "\"staying over at weekends\" and was looking after the children while she worked. IDVA1 recorded this "
     "but did not share it."),
    ("h", "Episode 7: 24 March 2025"),
    ("p", "4.14", "Ms K called 999 at 18.32 hrs on 24 March 2025, shortly after she came home from a day shift. Mr T "
     "had been looking after the children. The ambulance arrived at 18.44 hrs and Child W reached Dellbridge "
     "General Hospital at 19.10 hrs. A CT scan at 20.25 hrs showed a subdural haemorrhage. The consultant "
     "paediatrician, PAED1, made a referral to children's services at 21.05 hrs. Child W was transferred to the "
     "paediatric intensive care unit at Northgate Children's Hospital at 02.20 hrs on 25 March 2025."),
    ("p", "4.15", "A strategy meeting was held at 10.00 hrs on 25 March 2025. Mr T and Ms K were both arrested later "
     "that day; Ms K was released without charge in June 2025. Sibling A went to stay with Mrs K. Child W spent "
     "eleven days in intensive care and was discharged from hospital to his grandmother's care on 22 April 2025."),

    ("band", "5  Agency involvement and analysis"),
    ("p", "5.1", "This section considers the terms of reference in turn. It draws on the agency reports, the "
     "learning event and the conversations with Child W's family. The reviewer has tried to avoid hindsight bias: "
     "the question is not whether practitioners should have predicted the injury, but whether the information "
     "available to them at the time should have led to a different understanding of risk."),
    ("h", "Knowing who was in the household"),
    ("p", "5.2", "The single most important thread in this review is that no agency established who Mr T was. Four "
     "agencies met him: the police in June 2024, Tyneholm Homes in August 2024, children's services in November "
     "2024 and the police again in February 2025. Only the police recorded his full name, and only after his "
     "arrest. If a check had been made in June 2024, the two earlier convictions for violence against a former "
     "partner would have been found, and the MASH decision would very likely have been different."),
    ("side", "Who was in the house?", [
        "At the learning event, practitioners were asked to list every adult they believed lived with Child W. "
        "Between them they named five different people, including a lodger who had left in 2023.",
        "The Partnership has since produced a prompt card for home visits: Who lives here? Who stays here? "
        "Who looks after the children when you are out?",
    ]),
    ("p", "5.3", "Practitioners at the learning event said that asking a mother for her partner's details can feel "
     "intrusive, and that they worried about making things worse for her. Those concerns are understandable. "
     "However, the review heard that Ms K would have expected to be asked. She told the reviewer that she had "
     "assumed \"the police would already know all about him\"."),
    ("quote", "\"Everyone asked me if I was safe. Nobody asked me who was looking after the kids when I was at work.\"",
     "Ms K, speaking to the lead reviewer"),
    ("h", "Assessing the domestic abuse"),
    ("p", "5.4", "The June 2024 incident was graded standard risk largely on Ms K's account. The attending officers did "
     "not speak to the neighbour who had called, and the broken glass was not photographed. Rookhope Constabulary "
     "has told the review that officers at that time were expected to complete the DASH with the victim alone, "
     "and that a neighbour's account was not routinely sought."),
    ("p", "5.5", "The February 2025 incident was correctly graded as high risk, and the MARAC referral was made "
     "promptly. The weakness lay in what happened next. The MASH treated the bail conditions as a protective "
     "factor in themselves, and no agency planned for the day when the conditions would end. When the police "
     "decided to take no further action on 11 March 2025, that decision was not shared, and for the last thirteen "
     "days before Child W was injured no agency except Safer Fells knew that Mr T was back in the home."),
    ("p", "5.6", "The review has considered whether IDVA1 should have shared what Ms K told her on 18 March 2025. "
     "IDVA1 said at the learning event that she was focused on Ms K's own safety plan and did not think of the "
     "children as being looked after by Mr T. Safer Fells has accepted that the information should have been "
     "passed to the MASH the same day."),
    ("h", "Health and growth"),
    ("p", "5.7", "Child W's fall across centiles in August 2024 was an early sign that something in his care had "
     "changed. HV1 responded appropriately by giving advice and planning a re-weigh. The plan failed because it "
     "depended on one person: there was no system in the health visiting service to hand over time-limited "
     "actions when a practitioner went on unplanned leave. HV2 told the learning event that she had \"inherited "
     "a list of names, not a list of jobs\"."),
    ("p", "5.8", "The GP consultation in January 2025 was the only occasion on which a professional saw an injury to "
     "Child W before March 2025. Although the Bruising Protocol did not formally apply to a walking child, a "
     "bruise behind the ear of a child under two is in a protected area of the body and is an injury that "
     "practitioners are trained to question. The practice has told the review that GP1 was a locum who worked "
     "at the practice for three weeks and was not given access to the safeguarding alerts on the family's records."),
    ("h", "Early help and its closure"),
    ("p", "5.9", "The early help plan was kind and practical, and Ms K valued it. However, it was built around "
     "Ms K alone. Mr T was never invited to take part, and EHW1 met him only once, by chance. The plan did not "
     "refer to the June incident, which was the reason for the original request, and the closure summary did "
     "not mention domestic abuse at all."),
    ("p", "5.10", "Closure on 27 January 2025 was in line with the early help procedure at the time, which allowed a "
     "lead practitioner to close a case with the agreement of the family and a manager. The review considers that "
     "closure decisions in cases that began with a domestic abuse notification should involve the other "
     "agencies that know the family, so that the risks are looked at together before support ends."),
    ("h", "The voice and experience of the children"),
    ("p", "5.11", "Sibling A's words to her teacher in October 2024 were the clearest account any agency received of "
     "what life at home was like. The school acted quickly and well. Her words were quoted in the referral, but "
     "SW1 did not speak to Sibling A alone during the assessment, and the assessment did not say what she had "
     "told her teacher. Child W was too young to speak for himself, and no agency recorded any observation of how "
     "he responded to Mr T."),
    ("p", "5.12", "Mrs K told the reviewer that in the weeks before the injury Child W had become \"clingy and "
     "quiet\" and cried when his mother left for work. She had mentioned this to Ms K but did not know that "
     "she could raise it with anyone else. The Partnership's public information about how relatives can share "
     "worries has since been revised."),

    ("band", "6  Findings"),
    ("p", "6.1", "The review makes five findings. Each describes a pattern in the system rather than the action of "
     "one practitioner, and each is linked to recommendations in section 7."),
    ("p", "6.2", "Finding 1: Men who join a household are often invisible to agencies. In Rookhope there is no "
     "shared expectation that practitioners will establish the identity of every adult who lives in or regularly "
     "stays at a child's home, or that checks will be made on them. This finding relates to recommendations 1 and 2."),
    ("p", "6.3", "Finding 2: The end of bail conditions is a moment of increased risk that the system does not "
     "track. Bail conditions were treated as a safety plan, but no agency was responsible for telling the others "
     "when they ended. This finding relates to recommendation 5."),
    ("p", "6.4", "Finding 3: Time-limited health actions are lost when a practitioner is absent. The re-weigh "
     "planned for Child W in September 2024 was never carried out. The Trust's own audit in July 2025 found 37 "
     "other overdue actions on caseloads covered by a practitioner other than the named health visitor. This "
     "finding relates to recommendation 3."),
    ("p", "6.5", "Finding 4: Injuries to young children who are walking are not always questioned. Practitioners "
     "rely on the Bruising Protocol, and there is a risk that an injury to a mobile toddler is treated as "
     "ordinary without the pattern and the explanation being considered. This finding relates to recommendation 4."),
    ("p", "6.6", "Finding 5: Decisions to close early help and to take no further action are made by single "
     "agencies. Closure in January 2025 and the decision in March 2025 were both reasonable on the information "
     "held by the agency concerned, but neither was tested with the other agencies that knew the family. This "
     "finding relates to recommendations 6 and 7."),

    ("bandi", "7  Recommendations"),
    ("p", "7.1", "Recommendation 1: The Partnership should issue a practice standard requiring practitioners in all "
     "agencies to record the full name and date of birth of every adult living in or regularly staying at a "
     "child's home, and to use the \"Who was in the house?\" prompt card on every home visit."),
    ("p", "7.2", "Recommendation 2: Rookhope County Council Children's Services should ensure that every assessment "
     "in which a mother has a new partner includes police and children's services checks on that partner, and "
     "direct engagement with him, before the assessment is signed off."),
    ("p", "7.3", "Recommendation 3: North Rookhope Community Health NHS Trust should introduce a handover process so "
     "that time-limited actions, such as a planned re-weigh, are reallocated within five working days when a "
     "health visitor is absent unexpectedly."),
    ("p", "7.4", "Recommendation 4: The Rookhope and Dellbridge Integrated Care Board should extend the Partnership's "
     "bruising training to cover injuries in mobile children under two, and should make sure that locum GPs can "
     "see safeguarding alerts from their first day in a practice."),
    ("p", "7.5", "Recommendation 5: Rookhope Constabulary should notify the MASH and the MARAC coordinator on the "
     "same day whenever bail conditions in a domestic abuse case end, where children live at the address."),
    ("p", "7.6", "Recommendation 6: The early help service should require a multi-agency review meeting before "
     "closing any case that began with a notification of domestic abuse."),
    ("p", "7.7", "Recommendation 7: The MARAC steering group should ensure that the children's services "
     "representative at each meeting has read the records of every child discussed, and should report on this "
     "to the Partnership within six months."),
    ("p", "7.8", "Progress will be reported in the Partnership's annual report for 2026-27."),

    ("band", "Appendix A  Review panel and glossary"),
    ("p", "A1", "The review panel was chaired by the Partnership's Head of Safeguarding Practice, Graham Tulloch. Its "
     "members were the Detective Inspector for public protection, Rookhope Constabulary; the designated nurse for "
     "safeguarding children, Rookhope and Dellbridge Integrated Care Board; the Service Manager for assessment and "
     "early help, Rookhope County Council; the named nurse for safeguarding, North Rookhope Community Health NHS "
     "Trust; and the Head of Inclusion for Rookhope schools. The panel was supported by the Partnership Business "
     "Manager."),
    ("p", "A2", "Role codes used in this report: PC1 and PC2, police constables who attended the incidents of June 2024 "
     "and February 2025; MASH1, the MASH social worker; SW1, the assessment social worker; TM1, her team manager; "
     "EHW1, the early help worker; HV1 and HV2, health visitors; GP1, a locum general practitioner; DSL1, the "
     "designated safeguarding lead at Ashgill Primary School; IDVA1, an independent domestic violence advocate at "
     "Safer Fells; PAED1, a consultant paediatrician at Dellbridge General Hospital."),
    ("p", "A3", "Early help: support for a family from one or more agencies, coordinated by a lead practitioner, when "
     "a child's needs do not meet the threshold for statutory social work."),
    ("p", "A4", "MASH: the Multi-Agency Safeguarding Hub, where police, health and children's services staff share "
     "information about referrals. In Rookhope the MASH is based at County Hall, Dellbridge."),
    ("p", "A5", "Single assessment: an assessment by a social worker of a child's needs and the family's capacity to "
     "meet them, to be completed within 45 working days."),
    ("p", "A6", "Strategy meeting: a multi-agency meeting, convened when there is reasonable cause to suspect that a "
     "child is suffering or likely to suffer significant harm, to decide whether enquiries should be made."),
    ("p", "A7", "Subdural haemorrhage: bleeding between the brain and its outer covering. In a young child it can be "
     "caused by shaking or a blow to the head."),
]

# Chronology table: Date, Time, Agency, Event
TABLE_HEAD = ["Date", "Time", "Agency", "Event"]
TABLE_ROWS = [
    ["12/06/2024", "23.15", "Police", "Neighbour reports shouting and breaking glass. PC1 attends 23.41; DASH standard risk; PPN names \"Tom (partner)\"."],
    ["14/06/2024", "-", "MASH", "PPN received."],
    ["19/06/2024", "-", "MASH", "MASH1: threshold for statutory intervention not met; early help advised."],
    ["02/07/2024", "-", "Early help", "EHW1 allocated. First home visit 09/07/2024."],
    ["08/08/2024", "10.30", "Health visiting", "HV1 targeted visit: no access."],
    ["Aug 2024", "-", "Tyneholm Homes", "Housing officer visit about rent arrears; \"a man answered the door\"."],
    ["29/08/2024", "14.00", "Health visiting", "HV1 sees Child W. Weight below 9th centile (previously 50th). Re-weigh planned in four weeks; letter to GP."],
    ["20/09/2024", "-", "Health visiting", "HV1 begins long-term sick leave. Caseload covered by HV2."],
    ["14/10/2024", "-", "School", "Sibling A: \"Tom punched the door and made Mummy cry\"."],
    ["15/10/2024", "09.40", "School", "DSL1 referral to MASH, naming \"Tom\" and giving van registration."],
    ["18/10/2024", "-", "Children's services", "Single assessment allocated to SW1."],
    ["07/11/2024", "16.15", "Children's services", "SW1 home visit; Mr T present for about ten minutes."],
    ["13/12/2024", "-", "Children's services", "Assessment completed (day 40). TM1 agrees outcome 17/12/2024: continue early help."],
    ["06/01/2025", "11.20", "GP", "GP1 (locum) sees Child W with cough; 2 cm bruise behind left ear; explanation: fell against cot."],
    ["27/01/2025", "-", "Early help", "EHW1 closes case: \"goals achieved\". School and health visiting told by letter."],
    ["21/02/2025", "01.50", "Police", "999 call by Ms K. PC2 attends 02.07. Mr T arrested. DASH high risk; MARAC referral."],
    ["22/02/2025", "-", "Police", "Mr T bailed: not to contact Ms K or attend the address."],
    ["24/02/2025", "-", "MASH / Safer Fells", "MASH: \"Monitor\". IDVA1 first contact with Ms K."],
    ["11/03/2025", "-", "Police", "No further action on the assault; bail conditions end. MASH and MARAC not told."],
    ["13/03/2025", "-", "MARAC", "Case heard. Children's services represented by duty manager."],
    ["18/03/2025", "-", "Safer Fells", "Ms K tells IDVA1 Mr T is \"staying over at weekends\"."],
    ["24/03/2025", "18.32", "Ambulance", "999 call by Ms K. Ambulance on scene 18.44; arrives Dellbridge General 19.10."],
    ["24/03/2025", "20.25", "Hospital", "CT scan: subdural haemorrhage. PAED1 refers to children's services 21.05."],
    ["25/03/2025", "02.20", "Hospital", "Transfer to PICU, Northgate Children's Hospital. Strategy meeting 10.00."],
]

# ---------------------------------------------------------------- practice briefing (3-column leaflet)
BRIEF_TITLE = "Child W: practice briefing"
BRIEF_PAGES = [
    [  # page 1: three columns
        [
            ("h", "Why this briefing?"),
            ("t", "This briefing summarises the local child safeguarding practice review into serious injuries "
                  "suffered by Child W, a two-year-old boy, in March 2025. Use it in team meetings and supervision. "
                  "It takes about ten minutes to read."),
            ("h", "What happened"),
            ("t", "Child W lived in a village near Dellbridge with his mother, his six-year-old sister and his "
                  "mother's partner, Mr T. On 24 March 2025, at about 6.30 in the evening, his mother called an "
                  "ambulance because he was drowsy and being sick. He had a bleed on the brain and old rib "
                  "fractures. Mr T later admitted causing his injuries."),
            ("t", "Over the ten months before, the family had contact with the police, the MASH, early help, "
                  "health visiting, their GP, the school, housing and a domestic abuse service."),
        ],
        [
            ("h", "The review"),
            ("t", "The rapid review met on 10 April 2025. The Partnership commissioned a local review led by "
                  "Alison Marwood, an independent reviewer. Twenty-seven practitioners and managers took part in "
                  "the learning events in September 2025, and the reviewer spoke to Child W's mother and "
                  "grandmother."),
            ("box", "Key messages", [
                "Find out who lives in the house - and who looks after the children.",
                "Check every adult, not just the parent you know.",
                "Plan for the day bail conditions end.",
                "Hand over jobs, not just names.",
            ]),
        ],
        [
            ("h", "Learning 1: the invisible man"),
            ("t", "Four agencies met Mr T, but most knew him only as \"Tom\". Nobody checked him until he was "
                  "arrested in February 2025. He had convictions for violence against a previous partner that "
                  "would have changed the picture from the start."),
            ("h", "Learning 2: when bail ends"),
            ("t", "After the second incident, Mr T's bail conditions kept him away from the home. When the police "
                  "took no further action, the conditions lapsed and nobody told the MASH. He was back in the "
                  "home for almost a fortnight before Child W was hurt."),
        ],
    ],
    [  # page 2
        [
            ("h", "Learning 3: small signs in young children"),
            ("t", "Child W's weight dropped sharply in summer 2024, and a re-weigh was lost when his health "
                  "visitor went off sick. In January 2025 a locum GP saw a bruise behind his ear and accepted "
                  "that he had fallen against his cot."),
            ("h", "Learning 4: listen to the children"),
            ("t", "His sister told her teacher what was happening at home. The school acted the same day, but "
                  "her words did not shape the assessment that followed."),
        ],
        [
            ("h", "What is changing"),
            ("t", "The Partnership accepted all seven recommendations. A new practice standard on identifying "
                  "adults in the household will be launched in May 2026, with the \"Who was in the house?\" "
                  "prompt card. Rookhope Constabulary now sends a same-day notice to the MASH when bail "
                  "conditions end in a domestic abuse case."),
            ("t", "Free half-day workshops, \"Seeing the whole household\", run from April to July 2026; "
                  "180 places are available across the county."),
        ],
        [
            ("h", "Questions for your team"),
            ("t", "1. How do we record who lives in a child's home?"),
            ("t", "2. When did we last check an adult we had not met?"),
            ("t", "3. Who hears when a case we know is closed by another agency?"),
            ("h", "Find out more"),
            ("t", "Read the full report on the Partnership website. For training, contact the Learning and "
                  "Improvement Team at Dellbridge Civic Hall, telephone 01632 960 418 (fictional number)."),
            ("t", "Briefing prepared by Ruth Ellery, Partnership Business Manager, March 2026."),
        ],
    ],
]
