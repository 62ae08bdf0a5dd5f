# -*- coding: utf-8 -*-
"""Text of the Yarrowby (Child N) corpus. Everything here is FICTIONAL.
Only Latin-1 characters are used (borb's standard-14 fonts use WinAnsiEncoding).
Footnotes are written inline as {fn:...}."""

COVER = [
    "Independent reviewer: Dr Imogen Hartsell",
    "Report agreed by the Partnership: 21 November 2024",
    "Published: 6 March 2025",
    "This is a FICTIONAL document written for testing a question-answering tool. Child N, the family, "
    "every practitioner, every agency and the town of Yarrowby are invented.",
]

CONTENTS_NOTE = [
    "Paragraphs are numbered by section. Footnotes appear at the foot of the column in which they are cited.",
]

FOREWORD = [
    "Child N was a lively, affectionate little boy who loved buses, puddles and the songs his nursery key "
    "person sang at lunchtime. He died in February 2024, aged three, from injuries inflicted at home. "
    "This review was commissioned so that the agencies in Yarrowby could understand what they knew about "
    "his life, what they did with that knowledge, and what must now change.",
    "The review does not seek to blame individual practitioners. Many of them worked hard in busy services. "
    "It does, however, find that the signs of harm to Child N were seen by several people over fourteen "
    "months and that no one brought them together. I thank Child N's mother and grandmother for speaking "
    "to the reviewer, and the practitioners who gave their time to the learning event.",
    "Gareth Ollerenshaw, Independent Scrutineer, Yarrowby Safeguarding Children Partnership",
]

GLOSSARY = [
    ("CSC", "Yarrowby Council Children's Social Care"),
    ("MASH", "Multi-Agency Safeguarding Hub"),
    ("SW1, SW2", "Social workers, Assessment Team (SW1 until 15 December 2023, then SW2)"),
    ("TM1", "Team manager, Assessment Team"),
    ("HV1, HV2", "Health visitors, Yarrowby Community Health Trust"),
    ("GP1", "General practitioner, Fernlea Medical Practice"),
    ("NM1", "Nursery manager and designated safeguarding lead, Orchard Lane Nursery"),
    ("KP1", "Child N's key person at Orchard Lane Nursery"),
    ("EHW1", "Early help worker, Yarrowby Family Support Service"),
    ("PC2", "Police constable, Yarrowby Police response team"),
    ("HO1", "Housing officer, Brightwater Housing Association"),
    ("Ms P", "Child N's mother"),
    ("Mr R", "Ms P's partner from 2022 (not Child N's father)"),
    ("MGM", "Child N's maternal grandmother"),
]

SECTIONS = [
    {"title": "1. Introduction", "items": [
        ("p", "1.1", "Child N was three years old when he was taken to Yarrowby General Hospital by ambulance on "
         "the morning of 9 February 2024. He was unresponsive and had a serious head injury. He was transferred "
         "the same day to Kellaway Children's Hospital, where he died on 11 February 2024."),
        ("p", "1.2", "Medical examination found bleeding around the brain, healing fractures to two ribs and bruising "
         "of different ages to his ears, arms and back. Child N's weight on admission was 11.9 kg, below the "
         "second centile for his age; sixteen months earlier it had been recorded on the 25th centile."),
        ("p", "1.3", "Ms P's partner, Mr R, was charged with murder. In October 2024 he was convicted of manslaughter "
         "at Yarrowby Crown Court and sentenced to eleven years' imprisonment. Ms P was convicted of child cruelty "
         "by neglect and received a two-year sentence, suspended for two years.{fn:The criminal proceedings "
         "finished before this report was agreed, so it could be completed without delay to publication.}"),
        ("p", "1.4", "The Partnership notified the Child Safeguarding Practice Review Panel on 14 February 2024. "
         "A rapid review meeting was held on 27 February 2024 and concluded that the case met the criteria for a "
         "local child safeguarding practice review. The national panel agreed with that decision on 12 March 2024."),
        ("quote", "Everyone saw a piece of Child N. Nobody held the whole picture.", "Practitioner, learning event, June 2024"),
        ("p", "1.5", "Child N had an older sister, referred to in this report as Sibling 1, who was seven years old "
         "in February 2024. She now lives with her maternal grandmother (MGM) under a special guardianship order."),
        ("p", "1.6", "The review is written for practitioners and managers in every partner agency. Section 4 sets out "
         "the key practice episodes, section 6 the findings and section 7 the recommendations, which the "
         "Partnership has accepted in full."),
    ]},
    {"title": "2. Terms of reference and methodology", "items": [
        ("p", "2.1", "The terms of reference were agreed by the Partnership's case review subgroup on 4 April 2024. "
         "The review covers the period from 1 August 2022, when the family moved to Yarrowby from Castleburn, to "
         "11 February 2024, the date of Child N's death. Relevant information from Castleburn before that date "
         "was considered where it helped to explain later events."),
        ("p", "2.2", "The review was asked to consider five questions: how well agencies understood Child N's daily "
         "lived experience; how information about injuries was shared and acted on; whether the adults in the "
         "household, and especially Mr R, were known and assessed; how the early help offer responded to "
         "non-engagement; and how effectively concerns were escalated when practitioners disagreed."),
        ("p", "2.3", "Dr Imogen Hartsell, an independent social work consultant with no previous connection to "
         "Yarrowby, was appointed as lead reviewer on 22 March 2024. She was supported by a review panel of "
         "senior managers from eight agencies, chaired by the Partnership's business manager, Alison Treadgold."),
        ("p", "2.4", "Seven agencies provided chronologies and short reports. The reviewer read 1,240 pages of "
         "records and held conversations with fourteen individual practitioners, some of them on more than one "
         "occasion, between May and August 2024."),
        ("p", "2.5", "A learning event for practitioners was held on 18 June 2024 at Yarrowby Civic Hall. It was "
         "attended by 23 practitioners and first-line managers. A separate session for senior managers took place "
         "on 2 July 2024.{fn:Two practitioners who had left their posts attended the learning event in a personal "
         "capacity. Their contribution was valued.}"),
        ("p", "2.6", "Child N's mother, Ms P, met the reviewer at a family centre on 9 July 2024, accompanied by "
         "her advocate, and MGM met the reviewer twice, on 11 July and 30 August 2024. Mr R was invited by letter to "
         "contribute while he was on remand and declined. Child N's father lives abroad and could not be traced."),
        ("p", "2.7", "The review was delayed by about six weeks while the criminal trial took place, so that "
         "witnesses were not approached about matters that would be tested in court. The panel met six times in "
         "total. The final report was agreed by the Partnership on 21 November 2024."),
        ("h", "Limitations"),
        ("p", "2.8", "Records from Castleburn Children's Services were limited to a closure summary. The review "
         "did not speak to Sibling 1, because her therapist advised that it would not be in her interests at this "
         "time; her views were shared through MGM."),
    ]},
    {"title": "3. Child N and his family", "inline": True, "items": [
        ("p", "3.1", "Child N was born on 2 June 2020 in Castleburn. MGM described him as a \"cheeky, chatty boy\" "
         "who would sit on her kitchen floor with a box of toy buses for an hour at a time. Nursery staff "
         "remembered that he liked to be first in the queue for the garden."),
        ("p", "3.2", "Ms P was 24 when Child N was born. She had a history of anxiety and low mood and had been "
         "known to Castleburn Children's Services when Sibling 1 was a baby, because of domestic abuse by a "
         "previous partner. That case closed in 2019."),
        ("p", "3.3", "Ms P met Mr R in early 2022. He moved into the family's rented flat at Harrier Court, "
         "Yarrowby, in September 2022, a month after Ms P and the children arrived. Agencies did not know that "
         "he had two previous convictions for assault, one of them against a former partner, recorded in another "
         "police area.{fn:These convictions would have been available through a police national computer check "
         "had one been requested.}"),
        ("p", "3.4", "The flat was a two-bedroom property let by Brightwater Housing Association. HO1 visited twice "
         "about rent arrears, in March and October 2023, and noted on the second visit that the living room "
         "had \"no toys out\" and that a child's cot was stored, dismantled, in the hallway."),
        ("p", "3.5", "The family's income depended on Universal Credit. Ms P told the reviewer that by late 2023 "
         "she was frightened of Mr R, who controlled the money and told her that the nursery and the health "
         "visitor were \"just looking for reasons to take the kids\"."),
        ("p", "3.6", "Ms P described Child N as a \"good sleeper\" as a baby who became clingy and unsettled in the "
         "autumn of 2023. She said that Mr R believed in \"firm rules\" and would not let Child N have a night "
         "light. She told the reviewer that she wished someone had asked her directly whether she felt safe, "
         "and that she would have found it easier to answer if Mr R had not been in the room."),
        ("p", "3.7", "MGM lived in Castleburn, about forty miles away, and saw the children less often after the "
         "move. She visited at Christmas 2023 and thought that Child N had become \"thin and very quiet\". She "
         "told Ms P that she was worried, but did not contact any agency because she did not know whom to call "
         "in Yarrowby and feared that her daughter would stop her seeing the children."),
        ("p", "3.8", "Sibling 1 attended Meadowbank Primary School, where her attendance was good and no concerns "
         "were recorded. The school knew that she had a younger brother but had no contact with him. The review "
         "panel considered whether the school could have known more and concluded that there were no signs "
         "visible to school staff during the review period."),
    ]},
    {"title": "4. Key practice episodes", "items": [
        ("p", "4.1", "This section describes the episodes that the review panel judged most significant. It does "
         "not repeat every contact; Table 1 in section 5 summarises the involvement of each agency. Times are "
         "taken from agency records."),
        ("h", "Episode 1: arrival in Yarrowby (August to December 2022)"),
        ("p", "4.2", "The family registered with Fernlea Medical Practice on 15 August 2022. The health visiting "
         "record was transferred from Castleburn, but the flag noting previous children's services involvement was "
         "not carried across because the two trusts use different electronic systems."),
        ("p", "4.3", "HV1 completed a transfer-in visit on 3 October 2022. Child N was weighed and measured; his "
         "weight was 13.1 kg, on the 25th centile. HV1 recorded that Ms P had \"a new partner who works nights\", "
         "but did not record his name, and did not see him. The family was assessed as needing the universal "
         "service."),
        ("p", "4.4", "On 16 January 2023 at 19.10 hrs a neighbour called the police to report shouting and a "
         "child screaming at the flat, and PC2 and a colleague arrived at 19.48 hrs. Mr R answered the door and said "
         "there had been an argument about money. Ms P had a red mark on her cheek which she said was from "
         "a door. Both children were said to be asleep and were not seen by the officers."),
        ("p", "4.5", "The officers graded the domestic abuse risk assessment as standard. A notification was sent "
         "to the MASH on 21 January 2023, five days after the incident, and was screened on 24 January 2023 and "
         "recorded as \"information only\", with a letter sent to Ms P giving details of local support services.{fn:"
         "The MASH screening guidance in force at the time allowed a standard-risk notification with no "
         "previous MASH contact to be closed without checks with health or education.}"),
        ("p", "4.6", "No checks were made with health visiting or the GP. The review panel considered that a child "
         "heard screaming at night should have prompted at least a check with the health visitor, who was the "
         "only professional then in regular contact with Child N."),
        ("h", "Episode 2: nursery and the first bruise (March to May 2023)"),
        ("p", "4.7", "Child N started at Orchard Lane Nursery on 6 March 2023, using fifteen hours of funded "
         "childcare a week. KP1 became his key person. His attendance in the summer term 2023 was 88%."),
        ("p", "4.8", "On 12 May 2023 KP1 noticed a bruise about the size of a 50p coin on Child N's left cheek when "
         "he arrived at 08.45 hrs. Ms P said he had fallen off the sofa. KP1 recorded this on a body map and told "
         "NM1, who spoke to Ms P at collection time at 15.30 hrs and accepted the explanation."),
        ("p", "4.9", "The nursery did not seek advice from the MASH. At the learning event nursery staff said that "
         "they had worried that a referral would damage their relationship with Ms P, who was anxious and often "
         "tearful at the door. The review recognises this dilemma, which is common in early years settings."),
        ("h", "Episode 3: early help (June to September 2023)"),
        ("p", "4.10", "HV2, who had taken over the family's caseload, completed a developmental review on 25 May "
         "2023. She noted that Child N's speech was delayed and that Ms P was struggling with his behaviour. With "
         "Ms P's consent she made a request for early help, and an early help assessment was opened on 5 June "
         "2023, allocated to EHW1."),
        ("p", "4.11", "EHW1 planned nine home visits over twelve weeks. Only four took place; the other five were "
         "cancelled by Ms P or she was not at home. On two of the completed visits Mr R was present and answered "
         "most of the questions. EHW1 described him at the learning event as \"polite, but always there\"."),
        ("box", "Key practice episode: 2 and 3 November 2023",
         ["On Thursday 2 November 2023 at 10.35 hrs KP1 saw bruising to both of Child N's ears and a "
          "fingertip pattern of bruises on his upper left arm while helping him change after a spill. NM1 "
          "photographed the marks with a nursery tablet and rang the MASH at 11.20 hrs.",
          "A strategy discussion was held by telephone on 3 November 2023 at 15.00 hrs between TM1 and a police "
          "sergeant. Neither health visiting nor the nursery was invited. It was agreed that a child protection "
          "medical was not needed because Ms P's explanation - rough play with Sibling 1 - was plausible, and "
          "that SW1 would complete a single-agency assessment.",
          "The nursery's photographs were not requested. Bruising to the ears is a recognised indicator of "
          "inflicted injury in young children."]),
        ("p", "4.12", "EHW1 closed the early help assessment on 28 September 2023, recording \"disengaged - family "
         "do not want support\". The closure was agreed by the early help team leader. No referral was made to "
         "children's social care and the nursery was not told that early help had ended, although the nursery "
         "had been named in the plan as the lead universal service."),
        ("h", "Episode 4: the November 2023 referral"),
        ("p", "4.13", "The events of 2 and 3 November 2023 are summarised in the box on this page. This was the "
         "only point in the review period at which the concerns about Child N were formally considered by "
         "children's social care and the police together."),
        ("p", "4.14", "SW1 visited the home on 6 November 2023 and saw Child N, who was quiet and clung to his "
         "mother. The bruises were fading. Ms P repeated that the children had been \"play fighting\". Mr R was "
         "not present; SW1 recorded that he was \"at work\" and did not arrange to meet him later."),
        ("p", "4.15", "SW1 spoke by telephone to NM1 on 9 November 2023 and to HV2 on 14 November 2023. HV2 "
         "mentioned the delayed speech and the early help closure. Neither of them was asked for their "
         "view about whether the explanation for the injury was credible, and neither offered one."),
        ("p", "4.16", "SW1 left the authority on 15 December 2023 and the case was reallocated to SW2 on 19 December 2023, "
         "at a time when the Assessment Team had four vacant posts and was relying on agency staff. "
         "SW2 had 27 children allocated to her at that time, against a team target of 18."),
        ("p", "4.17", "GP1 saw Child N on 20 December 2023 for a cough. He was weighed at 12.0 kg but the weight "
         "was not plotted on a growth chart. The GP record contained no alert about the November referral, "
         "because the MASH had not notified the practice."),
        ("h", "Episode 5: closure and absence (January to February 2024)"),
        ("p", "4.18", "SW2 visited once, on 8 January 2024, and saw Child N briefly in the doorway of his bedroom. "
         "She did not see him undressed or speak with him alone. The assessment was completed on 17 January 2024, "
         "on day 44 of the 45 working days allowed, and closed with no further action. TM1 agreed the closure "
         "on the same day."),
        ("p", "4.19", "The assessment recorded Mr R's name for the first time, but no checks were made about him. "
         "The review panel found that this was the most important missed opportunity in the review period: a "
         "police check would have revealed his previous convictions for violence."),
        ("p", "4.20", "Child N's last day at nursery was 12 January 2024. Over the following four weeks the nursery "
         "made three telephone calls to Ms P and sent one text message. Ms P said that he had chickenpox. The "
         "nursery's attendance policy required a referral to the MASH after ten days' unexplained absence for a "
         "child with a recent referral, but NM1 believed, wrongly, that the policy applied only to children "
         "subject to a child protection plan."),
        ("quote", "We kept ringing, and every call felt like it was the last one we could make.", "Nursery practitioner"),
        ("p", "4.21", "Overall attendance for the autumn term 2023 had fallen to 41%. That figure was recorded in "
         "the nursery's termly return to the local authority in December 2023, but returns are used for funding "
         "and are not read by anyone with a safeguarding role."),
        ("p", "4.22", "On 9 February 2024 at 07.41 hrs Mr R made a 999 call saying that Child N had \"stopped "
         "breathing\" after a fall in the bath, and an ambulance arrived at 07.49 hrs. Paramedics found Child N "
         "unresponsive and dry, in his pyjamas, and took him to Yarrowby General Hospital, where he arrived at "
         "08.16 hrs."),
        ("p", "4.23", "Hospital staff made a referral to the MASH at 09.05 hrs. Police officers attended the hospital "
         "and Mr R was arrested at 13.30 hrs the same day. Child N was transferred to the paediatric intensive "
         "care unit at Kellaway Children's Hospital that afternoon, and died two days later."),
        ("p", "4.24", "Sibling 1 was taken into police protection on 9 February 2024 and placed with MGM that "
         "evening. She told a social worker that Child N was \"always in trouble\" with Mr R and that he was made "
         "to stand in the hallway when he wet himself."),
        ("h", "After Child N's death"),
        ("p", "4.25", "A joint agency child death response was started on the day of Child N's admission. The "
         "first joint home visit by a police detective and a paediatrician took place on 10 February 2024 at "
         "11.00 hrs, while Child N was still alive but not expected to survive. The flat was treated as a crime "
         "scene and the visit was limited to the stairwell and the bathroom."),
        ("p", "4.26", "The Partnership's rapid review drew on information from seven agencies. The rapid review "
         "report identified three immediate actions: a reminder to all nurseries about the bruising protocol, an "
         "audit of strategy discussions held without health, and a check of every open early help case closed "
         "for non-engagement in the previous six months. The audit of strategy discussions was completed in "
         "April 2024 and is referred to in section 6."),
        ("p", "4.27", "Sibling 1 was made the subject of an interim care order on 16 February 2024. She has lived "
         "with MGM throughout, and a special guardianship order was granted in September 2024. MGM told the "
         "reviewer that Sibling 1 still talks about her brother every day and keeps one of his toy buses beside "
         "her bed. The review has been shared with MGM before publication."),
    ]},
    {"title": "5. Agency involvement", "items": [
        ("table", ["Table 1: Involvement of each agency with Child N, 1 August 2022 to 11 February 2024"],
         ["Agency", "Practitioners", "Contacts with Child N", "What the agency knew but did not share"],
         [0.22, 0.16, 0.22, 0.40],
         [["Yarrowby Community Health Trust (health visiting)", "HV1, HV2", "4 contacts (2 home visits, 2 clinic)",
           "Speech delay; Ms P's low mood; the early help closure; weight not re-measured after May 2023"],
          ["Fernlea Medical Practice", "GP1", "3 appointments", "Ms P's repeat prescription for anxiety; Child N weighed at 12.0 kg in December 2023"],
          ["Orchard Lane Nursery", "NM1, KP1", "97 sessions attended", "Bruise to cheek (12/05/2023); ear and arm bruising (02/11/2023); absence from 12/01/2024"],
          ["Yarrowby Police", "PC2", "1 domestic call-out (child not seen)", "Mr R's previous convictions were on record in another force area and were never checked"],
          ["Yarrowby Family Support Service (early help)", "EHW1", "4 of 9 planned visits", "Mr R's dominant presence at visits; closure for non-engagement on 28/09/2023"],
          ["Children's Social Care", "SW1, SW2, TM1", "2 home visits", "Single-agency assessment closed 17/01/2024 with no further action"],
          ["Brightwater Housing Association", "HO1", "2 visits (arrears)", "No toys visible; cot stored dismantled in the hallway"]],
         ["Source: agency chronologies supplied to the review. Contacts are those in which Child N was seen or "
          "directly discussed."]),
        ("p", "5.1", "Table 1 shows that seven agencies had contact with Child N or his household during the "
         "review period. None of them held all of the information set out in the right-hand column, and the "
         "only multi-agency discussion, in November 2023, involved two of the seven."),
        ("p", "5.2", "The review found that each agency's records were, on their own terms, reasonably complete. "
         "The difficulty lay in the gaps between them. Fernlea Medical Practice, for example, was never told "
         "about the police call-out or the November referral."),
        ("p", "5.3", "Health visiting capacity in Yarrowby was reduced during 2023. The trust reported that "
         "caseloads in the Harrier Court area averaged 512 children per health visitor, against a recommended "
         "maximum of 400."),
        ("p", "5.4", "Children's social care has since filled three of the four vacant Assessment Team posts "
         "with permanent staff, and average caseloads in the team fell to 19 by September 2024."),
    ]},
    {"title": "6. Analysis and findings", "items": [
        ("p", "6.1", "The review panel identified five findings. Each is set out below with the evidence from "
         "the practice episodes and the questions it raises for the Partnership."),
        ("h", "Finding 1: the unseen man in the household"),
        ("p", "6.2", "Mr R was present in Child N's life for seventeen months, yet no agency knew his full name until "
         "January 2024, and no agency ever checked his history. He was seen by the police in January 2023 and by "
         "EHW1 on two occasions, but he was treated as a visitor rather than as a parent figure whose care of the "
         "children needed to be understood."),
        ("p", "6.3", "This pattern has been described in national reviews for many years.{fn:See, for example, the "
         "national panel's thematic review of men in the lives of children (fictional reference for this "
         "practice document).} Practitioners at the learning event said that they felt awkward asking a mother "
         "about a new partner, and that their forms did not prompt them to do so."),
        ("h", "Finding 2: injuries explained away"),
        ("p", "6.4", "Child N had bruising seen by professionals on two occasions six months apart. On both "
         "occasions the explanation given by Ms P was accepted without being tested against the pattern of the "
         "injury, and without a medical opinion. Bruising to the ears, which are protected by the head, is rarely "
         "accidental in a child of Child N's age."),
        ("p", "6.5", "The strategy discussion on 3 November 2023 was a discussion between two agencies. The "
         "Partnership's procedures require health to be invited to every strategy discussion about an injury to "
         "a child under five. The review found that in the three months from October to December 2023, health "
         "was invited to only 9 of 31 strategy discussions about children under five."),
        ("h", "Finding 3: disengagement read as choice"),
        ("p", "6.6", "The early help plan was closed because the family did not engage. The review found no "
         "evidence that anyone considered why the family was not engaging, or whether Mr R was preventing it. "
         "Closure for non-engagement was treated as the end of the matter rather than as information that "
         "should increase concern."),
        ("p", "6.7", "The review panel noted that 38% of early help cases closed in Yarrowby in 2023 were closed "
         "for non-engagement, and that the early help closure form had no field for informing other agencies."),
        ("h", "Finding 4: the child's daily life"),
        ("p", "6.8", "Very few records describe what Child N's day was like. He was rarely seen alone, never "
         "seen undressed by a health professional after May 2023, and his speech delay meant that he could not "
         "easily tell anyone what was happening. His weight fell from the 25th centile to below the second, and "
         "no one plotted it."),
        ("p", "6.9", "The absence of toys and the dismantled cot seen by HO1 were small details that, placed "
         "beside the nursery's observations, would have told a worrying story about his home. Housing staff said "
         "that they did not know that such observations mattered to safeguarding."),
        ("h", "Finding 5: professional challenge and escalation"),
        ("p", "6.10", "The Partnership has an escalation policy, revised in 2021, that allows any practitioner to "
         "challenge a decision by another agency. It was not used by anyone in this case. NM1 told the review "
         "that she was unhappy with the outcome of the November referral but did not feel that a nursery could "
         "question social care."),
        ("p", "6.11", "At the time of the learning event, the escalation policy had been used 14 times in the "
         "previous twelve months across the whole partnership, and only once by an early years setting."),
        ("quote", "The policy was there. Nobody felt they had permission to use it.", "Review panel member"),
        ("p", "6.12", "The review also considered whether the outcome for Child N could have been predicted. "
         "It could not be predicted with certainty. It is, however, the judgement of the reviewer that a "
         "properly multi-agency response in November 2023, including a child protection medical and checks on "
         "Mr R, would very probably have led to a child protection plan, and that this would have given Child N "
         "a much better chance of being protected."),
        ("h", "Good practice"),
        ("p", "6.13", "The review also found examples of good practice. KP1's record of the bruise in May 2023 was "
         "clear and accurate, with a body map that was later of real value to the police. The nursery's referral "
         "on 2 November 2023 was made within an hour of the bruising being seen, and its photographs were of good "
         "quality."),
        ("p", "6.14", "The ambulance crew and the staff of the emergency department at Yarrowby General Hospital "
         "recognised at once that Child N's injuries were not consistent with the account given, and made a "
         "prompt referral. The police investigation that followed was thorough and kept Ms P's family informed."),
    ]},
    {"title": "7. Recommendations", "inline": True, "items": [
        ("p", "7.1", "The Partnership accepted the recommendations below on 21 November 2024. An action plan, "
         "overseen by the case review subgroup, sets out the lead agency for each recommendation and a target "
         "date. Progress will be reported to the Partnership every six months."),
        ("p", "7.2", "The recommendations are deliberately few. The panel judged that most of the learning could "
         "be addressed by applying existing procedures well, rather than by writing new ones."),
        ("p", "R1", "The Partnership should require every agency's assessment and visit records to name, and "
         "record checks on, every adult living in or regularly staying at a child's home, and should audit "
         "compliance within twelve months."),
        ("p", "R2", "Yarrowby Council Children's Social Care and Yarrowby Police should ensure that health is "
         "invited to every strategy discussion about an injury to a child under five, and that the referring "
         "agency is asked to contribute."),
        ("p", "R3", "The MASH should notify the GP and the health visiting service of every referral about a child "
         "under five, whatever the outcome of screening."),
        ("p", "R4", "The early help service should revise its closure process so that closure for non-engagement "
         "requires a manager's review of risk and a notification to every agency named in the plan."),
        ("p", "R5", "The Partnership should provide bruising-protocol training for early years settings, "
         "including a clear expectation that bruising to the ears, neck or upper arms in a child under five is "
         "always discussed with the MASH."),
        ("p", "R6", "Brightwater Housing Association and the other housing providers in Yarrowby should include "
         "housing staff in the Partnership's multi-agency safeguarding training."),
        ("p", "R7", "The Partnership should relaunch its escalation policy, with a short guide for early years "
         "and housing staff, and should report the number of escalations by agency every quarter."),
        ("p", "7.3", "The Partnership has published a practice briefing alongside this report, for use in team "
         "meetings and supervision."),
    ]},
]

# -------------------------------------------------------------------------
# Landscape three-panel practice briefing (two pages, three panels each).
# Differences from the review (deliberate): the rapid review date (26 February
# 2024 here, 27 February 2024 in the review) and the nursery attendance figure
# (44% here, 41% in the review).
# -------------------------------------------------------------------------

BRIEFING = [
    [
        {"title": "What happened", "items": [
            ("p", "", "Child N was a three-year-old boy who lived in Yarrowby with his mother, his older sister "
             "and his mother's partner. On 9 February 2024 he was taken to hospital by ambulance with a head "
             "injury, and he died two days later."),
            ("p", "", "His mother's partner was later convicted of his manslaughter. A rapid review on 26 February "
             "2024 recommended a local child safeguarding practice review, led by independent reviewer Dr Imogen "
             "Hartsell."),
            ("p", "", "This briefing was prepared by the Partnership's Learning and Development Subgroup. It is a "
             "summary for busy practitioners and is not a substitute for reading the full report."),
            ("quote", "Seven agencies. Seventeen months. One little boy.", "Briefing title slide, March 2025"),
        ]},
        {"title": "Child N's world", "tint": True, "items": [
            ("p", "", "Child N loved toy buses and being first into the nursery garden. His speech was delayed, "
             "which meant that he could not easily tell adults what was happening at home."),
            ("p", "", "Between March 2023 and January 2024 he attended Orchard Lane Nursery for fifteen funded "
             "hours a week. His attendance dropped to 44% in the autumn term of 2023, and after 12 January 2024 "
             "he did not attend at all."),
            ("p", "", "His weight fell steadily while he was at nursery, but it was "
             "never plotted on a chart after May 2023. His sister, now living with her grandmother, told social "
             "workers that he was often made to stand in the hallway."),
            ("p", "", "His mother told the reviewer that by the end of 2023 she was afraid of her partner, who "
             "controlled the household money."),
        ]},
        {"title": "Key dates", "items": [
            ("p", "", "16 January 2023 - police called to a domestic incident at the flat; children not seen."),
            ("p", "", "12 May 2023 - nursery sees a bruise to Child N's cheek; explanation accepted."),
            ("p", "", "28 September 2023 - early help closed because the family \"disengaged\"."),
            ("p", "", "2 November 2023 - nursery refers bruising to both ears and the upper arm to the MASH."),
            ("p", "", "17 January 2024 - social care assessment closed with no further action."),
            ("p", "", "9 February 2024 - 999 call at 07.41 hrs; Child N taken to hospital."),
            ("box", "Did you know?", ["Bruising to the ears, neck or upper arms of a child under five should "
             "always be discussed with the MASH. Ask for a child protection medical if the explanation does not "
             "fit the injury."]),
        ]},
    ],
    [
        {"title": "Learning points", "items": [
            ("p", "1.", "Find out who lives in the home. Name every adult and check them."),
            ("p", "2.", "Test explanations for injuries against the pattern of the injury."),
            ("p", "3.", "Invite health and the referrer to every strategy discussion about a child under five."),
            ("p", "4.", "Treat non-engagement as a risk indicator, not a reason to close."),
            ("p", "5.", "Plot weights on a growth chart every time a young child is weighed."),
            ("p", "6.", "Use the escalation policy. Every practitioner has permission to challenge."),
        ]},
        {"title": "Questions for supervision", "tint": True, "items": [
            ("p", "", "Think of a family you are working with now. Could you name every adult who lives in the "
             "home or stays there regularly? When did you last check who is there?"),
            ("p", "", "When a parent tells you a child fell, do you compare the explanation with where the injury "
             "is? Who would you ask for a second opinion?"),
            ("p", "", "If a family stops engaging, what do you do next, and who do you tell? Would the nursery or "
             "school know that your service had closed?"),
            ("p", "", "Have you ever disagreed with another agency's decision and said nothing? What would make it "
             "easier to use the escalation policy?"),
        ]},
        {"title": "What the Partnership is doing", "items": [
            ("p", "", "The Partnership accepted all seven recommendations of the review. A new strategy discussion "
             "standard requiring a health representative started on 1 December 2024."),
            ("p", "", "Bruising-protocol training for early years settings will run from 15 April 2025. By the end "
             "of January 2025, 212 practitioners had booked a place on the Partnership's \"Seeing the whole "
             "household\" course."),
            ("p", "", "The escalation policy is being relaunched with a two-page guide for early years and housing "
             "staff. Questions about this briefing should be sent to the Partnership's learning and development "
             "officer, Priya Lomax."),
        ]},
    ],
]
