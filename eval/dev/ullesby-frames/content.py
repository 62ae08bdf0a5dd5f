"""Text of the FICTIONAL Ullesby "Child M" practice review and the reviewer's letter.

Every person, place, agency and event here is invented for testing scr-qa.
"""

TITLE = "Child Safeguarding Practice Review: Child M"
PARTNERSHIP = "Ullesby Safeguarding Children Partnership"

COVER = [
    ("title", "Child Safeguarding Practice Review"),
    ("title2", "Child M"),
    ("p", "A local child safeguarding practice review commissioned by the Ullesby Safeguarding Children "
          "Partnership following serious injuries to a child aged nineteen months in February 2025."),
    ("p", "Independent reviewer: Alison Drewitt"),
    ("p", "Approved by the Partnership Executive: 24 September 2025"),
    ("p", "Published: 5 November 2025"),
    ("p", "FICTIONAL document prepared for testing. Every person, place and agency named in it is invented."),
]

# Body: a list of items.
#  ("h", num, title)          section heading (starts band title, recorded for contents)
#  ("p", num, text)           numbered paragraph with hanging number
#  ("sub", label, text)       sub-point (a), (b) inside the previous paragraph
#  ("fn", text)               footnote for the page the previous paragraph ends on
#  ("box", title, [texts])    sidebar box
#  ("quotepage",)             switch to the pull-quote page template (new page)
#  ("fb",)                    frame break
#  ("quote", text, attrib)    pull quote (full width)
#  ("chrono",)                chronology pages (full width, new page) then back to columns
#  ("newpage",)               new two-column page

BODY = [
    ("h", "1", "Introduction"),
    ("p", "1.1", "This review concerns Child M, a boy who was nineteen months old when he was admitted to "
     "Ullesby General Hospital on the morning of 14 February 2025 with a serious head injury. A CT scan "
     "showed a subdural haemorrhage, and a skeletal survey two days later found three healing fractures "
     "to the back of his ribs. The injuries were judged by the paediatric team to be non-accidental. Child "
     "M was transferred to the regional neurosurgical unit at Castlemoor Children's Hospital, where he "
     "underwent surgery. He survived and is now making progress in the care of a family member."),
    ("p", "1.2", "At the time of his injuries Child M lived with his mother, Ms K, in a two-bedroom rented "
     "flat in the Northgate area of Ullesby. Ms K's partner, Mr R, who is not Child M's father, was staying "
     "at the flat on most nights, although agencies had been told that he had moved out in November 2024. "
     "Both adults were arrested on 14 February 2025. Criminal proceedings have not concluded and this "
     "review makes no judgement about how the injuries were caused."),
    ("p", "1.3", "The Partnership sent a serious incident notification to the national Child Safeguarding "
     "Practice Review Panel on 17 February 2025. A rapid review meeting was held on 20 February 2025, "
     "attended by eleven agencies, and it recommended a local child safeguarding practice review. The "
     "national panel agreed with that recommendation on 12 March 2025."),
    ("p", "1.4", "The purpose of a practice review is to learn, not to blame. The reviewer has tried to "
     "understand why professionals acted as they did at the time, with the information they had, and what "
     "in the wider system made good practice easier or harder. Practitioners and managers have contributed "
     "openly and the reviewer is grateful to them."),
    ("p", "1.5", "Staff are referred to in this report by role codes such as SW1 or HV2, which are explained "
     "in the glossary at the end of the report. Family members are referred to by initials that are not "
     "their own."),

    ("h", "2", "How the review was carried out"),
    ("p", "2.1", "The Partnership appointed Alison Drewitt as independent reviewer on 27 March 2025. She is "
     "a former head of children's social work and has no connection with any agency in Ullesby. The "
     "review was overseen by a panel of senior managers chaired by the Partnership's business manager, "
     "Owen Prakash. The panel met six times between April and September 2025."),
    ("p", "2.2", "The terms of reference were agreed on 9 April 2025. The period under review runs from "
     "1 October 2023, shortly before Ms K moved to Ullesby from Fenbridge, to 14 February 2025. The "
     "review was asked to consider the following lines of enquiry:"),
    ("sub", "(a)", "how well agencies identified and responded to domestic abuse in the household, and "
     "whether the risk that Mr R posed to a young child was understood;"),
    ("sub", "(b)", "how injuries to a mobile baby were assessed, recorded and shared, in particular at the "
     "emergency department and at nursery;"),
    ("sub", "(c)", "whether the early help offer and the later child in need plan were matched to the level "
     "of need and risk; and"),
    ("sub", "(d)", "how the transfer of health visiting records and the change of social worker affected "
     "the continuity of the help Child M received."),
    ("p", "2.3", "Each agency that had contact with the family provided a chronology and a short analysis of "
     "its involvement. Nine agencies contributed. The reviewer read the records, met the managers who "
     "wrote the agency reports, and held individual conversations with twelve practitioners."),
    ("p", "2.4", "A learning event was held on 19 June 2025. It was attended by 23 practitioners from nine "
     "agencies, including the nursery, the emergency department and the police public protection unit. "
     "The event tested the emerging findings and practitioners described what it was like to work with "
     "the family, and what got in the way of the help they wanted to give. Their accounts have shaped the "
     "analysis in section 7 of this report."),
    ("p", "2.5", "The reviewer met Ms K on 2 July 2025 and Child M's maternal grandmother, Mrs K, on 16 July "
     "2025. Mr R was invited to contribute through his solicitor but declined while criminal proceedings "
     "are under way. Child M's father, who has not lived with him, was not traced in time to take part."),
    ("fn", "1", "The Crown Prosecution Service and the police senior investigating officer agreed that the "
     "review could proceed in parallel with the criminal investigation, subject to the report not being "
     "published until the Executive was satisfied that publication would not prejudice a trial."),

    ("h", "3", "Child M and his family"),
    ("p", "3.1", "Child M was born on 3 July 2023 in Fenbridge. He is of White British heritage. He was "
     "born at full term, fed well and met his developmental milestones in his first year. Health "
     "professionals who knew him describe a smiley, curious little boy who was walking by twelve months "
     "and loved being outside. His grandmother describes him as \"a climber who never sat still\"."),
    ("p", "3.2", "Ms K was 21 years old when Child M was born. She had been known to children's services "
     "in Fenbridge as a teenager, after periods of going missing from home, and had experienced low mood "
     "since the age of fifteen. She moved to Ullesby in October 2023 to be nearer to her mother and was "
     "given a tenancy by the Northgate Housing Association."),
    ("p", "3.3", "Ms K met Mr R in early 2024. He was 29 years old and had two older children from a "
     "previous relationship with whom he had no contact. Fenbridge Police held records of two reports of "
     "domestic abuse by Mr R against a former partner, in 2019 and 2021, neither of which led to a charge. "
     "None of the Ullesby agencies knew of this history until after Child M was injured. Mr R began "
     "staying at the flat regularly from about March 2024."),
    ("p", "3.4", "Mrs K, Child M's grandmother, lives about two miles from the flat and saw her grandson most "
     "weeks. She looked after him on Saturdays until the autumn of 2024, when she says Ms K became more "
     "distant and visits became less frequent. Mrs K has cared for Child M since his discharge from "
     "hospital and he was placed with her under an interim care order made on 3 March 2025."),
    ("box", "What the family told us", [
        "Ms K told the reviewer that she had felt \"checked on, but not helped\". She said that professionals "
        "asked whether she was safe but always when Mr R was in the next room, and that nobody asked to "
        "see her on her own.",
        "She said the early help worker was kind and that the parenting sessions were useful, but she had "
        "not understood that the worker could have helped her with the debt that Mr R had run up in her "
        "name.",
        "Mrs K said she had rung the children's services front door in December 2024 to say that Mr R was "
        "still at the flat. She was told a social worker would call her back. No record of this call has "
        "been found.",
    ]),
    ("p", "3.5", "The review has listened carefully to the family's accounts. Where what they say differs "
     "from agency records this is noted in the analysis rather than resolved, because the review is not "
     "a fact-finding exercise. Their descriptions of how help felt to receive are among the most "
     "important evidence the review has gathered, and several of the findings in section 8 begin from "
     "them."),

    ("h", "4", "Key episodes"),
    ("p", "4.1", "This section summarises the episodes that the review judged most significant. A fuller "
     "multi-agency chronology is set out in section 5, which gives clock times where agencies recorded "
     "them."),
    ("p", "4.2", "<b>Transfer of health visiting.</b> Ms K registered with Brightwater Medical Practice on "
     "16 October 2023. The Fenbridge health visiting records were requested the same week but were not "
     "received by the Ullesby service until 29 November 2023, six weeks later. In the meantime Child M "
     "missed his planned eight-week contact, and the first Ullesby contact was a home visit by HV1 on "
     "6 December 2023."),
    ("p", "4.3", "<b>The first domestic abuse incident.</b> On 6 June 2024 a neighbour rang the police at "
     "23.15 hrs to report shouting and a child crying at the flat. PC1 arrived at 23.42 hrs. Ms K had a "
     "red mark on her neck and said there had been an argument about money. Mr R had left before the "
     "police arrived. Ms K declined to make a statement. The risk assessment was recorded as standard "
     "risk, and a notification about Child M was sent to the children's services front door on 10 June "
     "2024, four days after the incident."),
    ("fn", "2", "The risk assessment used by Fenbridge Police is a structured checklist of 27 questions. "
     "PC1 recorded answers to 19 of them because Ms K did not want to continue. Strangulation was not "
     "asked about directly."),
    ("p", "4.4", "The front door screened the notification on 11 June 2024 and decided that the family's "
     "needs could be met by early help. No checks were made with Fenbridge Police about Mr R, because the "
     "incident was treated as a first report. An early help worker, EHW1, was allocated on 24 June 2024."),
    ("p", "4.5", "<b>Early help.</b> EHW1 made five home visits between July and September 2024 and agreed "
     "an early help plan with Ms K that covered routines, a nursery place and parenting support. Ms K "
     "attended four of six parenting group sessions. Mr R was present for two of the visits but was not "
     "included in the plan. The early help case was closed on 30 October 2024 with the outcome recorded "
     "as \"needs met\"."),
    ("p", "4.6", "<b>The attendance at the emergency department.</b> On 19 August 2024 Ms K brought Child "
     "M, then thirteen months old, to the emergency department at Ullesby General Hospital. They "
     "arrived at 18.40 hrs and were triaged at 19.20 hrs. Child M had bruising to the top and back of "
     "his left ear. Ms K said he had fallen against a coffee table while pulling himself up. He was "
     "examined by an emergency department doctor, ED1, and was discharged at 21.30 hrs. The bruise was "
     "not discussed with the paediatric team, and no safeguarding checks were made. A routine discharge "
     "notification reached the health visiting team on 27 August 2024."),
    ("fn", "3", "The hospital's bruising protocol at that time applied to babies under twelve months who "
     "were not yet mobile. Child M was thirteen months old and walking, so ED1 followed the general "
     "minor injuries pathway. The protocol has since been revised (see recommendation 3)."),
    ("p", "4.7", "<b>Nursery.</b> Child M started a funded place at Harbour Lane Nursery on 2 September "
     "2024, attending fifteen hours a week. On 7 October 2024 the key worker noticed a bruise on his left "
     "cheek when he arrived. Ms K said he had fallen at the park. The nursery completed a body map and "
     "the nursery manager, NM1, decided that the explanation was consistent with the injury. The "
     "nursery did not know about the attendance at the emergency department in August and nothing was "
     "shared with the health visitor or with EHW1, whose case was still open at that time."),
    ("p", "4.8", "<b>The second domestic abuse incident.</b> At 01.10 hrs on 4 November 2024 Ms K rang the "
     "police herself to say that Mr R had pushed her against a door and would not leave. Officers "
     "arrived at 01.26 hrs and arrested Mr R. Child M was asleep in his cot. Mr R was released on bail "
     "the next day with a condition not to contact Ms K or attend the flat. A strategy discussion was "
     "held on 6 November 2024 and a child and family assessment was started by SW1 on 7 November 2024."),
    ("p", "4.9", "Ms K told SW1 that the relationship was over and that Mr R had moved back to his "
     "mother's address. Ms K withdrew her support for a prosecution on 28 November 2024, and the bail "
     "conditions ended on 2 December 2024 when no further action was taken. SW1 was not told that the "
     "bail conditions had ended. The assessment was completed on 9 December 2024, 23 working days after "
     "it began, and concluded that Child M was a child in need. A child in need plan was agreed at a "
     "meeting on 8 January 2025, the only child in need meeting held before Child M was injured."),
    ("p", "4.10", "<b>Missed health reviews and the change of social worker.</b> Child M was not brought to "
     "his eighteen-month development review on 9 December 2024 or to the rearranged appointment on "
     "13 January 2025. HV2 then completed the review at home on 24 January 2025. A man HV2 took to be "
     "Mr R was in the kitchen during the visit. HV2 recorded this in the health record but did not tell "
     "children's services, because she understood that the case was being closed to social care. SW1 "
     "left the authority on 17 January 2025 and the case was not reallocated until 3 February 2025, when "
     "SW2 became the social worker. SW2 had planned a first home visit for 17 February 2025."),
    ("p", "4.11", "<b>14 February 2025.</b> Mr R rang for an ambulance at 07.52 hrs, saying that Child M had "
     "fallen from the sofa and was \"floppy\". The ambulance arrived at 08.04 hrs and Child M reached the "
     "emergency department at 08.31 hrs. A CT scan at 10.15 hrs showed a subdural haemorrhage. A "
     "strategy meeting was held at 14.00 hrs that afternoon, and both adults were arrested that evening. "
     "Child M was transferred to Castlemoor Children's Hospital at 16.45 hrs."),
    ("p", "4.12", "The skeletal survey on 16 February 2025 found the three rib fractures described in "
     "paragraph 1.1. The radiologist estimated that they were between two and four weeks old, which "
     "would place the injury that caused them in late January or early February 2025, after the last "
     "child in need meeting and during the period when the case had no allocated social worker."),

    ("chrono",),

    ("h", "6", "Agency involvement"),
    ("p", "6.1", "This section summarises the involvement of each agency and the learning its own "
     "report identified. The analysis that follows in section 7 draws the threads together."),
    ("p", "6.2", "<b>Ullesby Children's Services.</b> The front door received two notifications about "
     "Child M. The first, after the incident of 6 June 2024, was screened within a day, which met the "
     "local standard, but the decision to step down to early help was made without any check on Mr R. "
     "The second led to a strategy discussion and an assessment by SW1 that was thorough about Ms K's "
     "history and her wishes, but which relied on her account that Mr R had left. The assessment did not "
     "record any attempt to speak to Mr R or to check where he was living. The service's own report "
     "notes that SW1 was carrying 31 cases at the time, against a local target of 22, and that the team "
     "had three vacant posts."),
    ("p", "6.3", "<b>Ullesby Early Help Service.</b> EHW1 built a warm relationship with Ms K and the "
     "nursery place was a good outcome. The plan focused on routines and parenting, and the domestic "
     "abuse that had led to the referral was not named in it. EHW1 was not trained to complete a domestic "
     "abuse risk assessment and there was no route to ask a specialist for advice."),
    ("p", "6.4", "<b>Fenbridge Police.</b> Officers responded quickly to both calls. On the first occasion "
     "the risk assessment was incomplete and the risk grading did not reflect the mark on Ms K's neck. "
     "The police systems in Ullesby and Fenbridge are the same, so Mr R's earlier reports could have been "
     "seen, but the officer searched only the address and not Mr R's name."),
    ("p", "6.5", "<b>Ullesby General Hospital.</b> The attendance on 19 August 2024 was managed as a minor "
     "injury. A bruise to the ear in a child of thirteen months is a recognised warning sign, but the "
     "department's protocol at that time covered only babies under twelve months. The department was "
     "very busy that evening: 64 patients were waiting at 19.00 hrs, and ED1 was a locum doctor in her "
     "second week in the department. On 14 February 2025 the department's response was prompt and "
     "expert."),
    ("p", "6.6", "<b>Health visiting.</b> The Ullesby health visiting service had four contacts with the "
     "family after the delayed transfer of records. HV1 asked Ms K about domestic abuse at the "
     "routine enquiry on 12 April 2024 but Mr R was present and Ms K said there were no concerns. HV2's "
     "observation on 24 January 2025 that a man was in the home was important information which did not "
     "reach children's services."),
    ("p", "6.7", "<b>Harbour Lane Nursery.</b> The nursery knew Child M well and its staff had noticed "
     "changes in him in the winter: he became clingy at drop-off and flinched when an adult raised a "
     "hand to take a coat from a peg. These observations were recorded in his learning journal but not "
     "in the safeguarding file, and they were not linked with the bruise in October."),
    ("p", "6.8", "<b>Brightwater Medical Practice.</b> The practice saw Child M on three occasions for "
     "minor illnesses and Ms K twice for low mood. GP1 prescribed an antidepressant in September 2024. "
     "The practice was not told of either police incident and was not invited to the strategy "
     "discussion or the child in need meeting."),

    ("quotepage",),
    ("h", "7", "Analysis"),
    ("p", "7.1", "The review has asked why a child who was seen regularly by professionals from seven "
     "agencies was not protected from repeated injury. No single missed opportunity explains what "
     "happened. The analysis below looks at four themes that emerged from the records, the learning "
     "event and the family."),
    ("fb",),
    ("p", "7.2", "<b>The man in the household.</b> Mr R was a constant presence in the family's life, and "
     "yet he remained almost invisible to the professional network. No agency assessed him, and the "
     "information held about him elsewhere was never found."),
    ("fb",),
    ("quote", "\u201cEveryone asked me if I was safe. Nobody asked who was looking after him when I was at "
     "work.\u201d", "Ms K, speaking to the reviewer"),
    ("fb",),
    ("p", "7.3", "Practitioners at the learning event described a shared habit of \"working with the person "
     "who opens the door\". In this family that was almost always Ms K. Once she had said that Mr R had "
     "left, the network treated the household as a mother and child living alone. The review heard that "
     "when Ms K began a shift at a local supermarket in January 2025, working three evenings a week, "
     "nobody asked who cared for Child M on those evenings. It is now known that Mr R did."),
    ("p", "7.4", "<b>Injuries to a mobile baby.</b> Child M was injured at least twice before February 2025 "
     "in ways that were recorded by professionals: the ear bruise seen at the emergency department and "
     "the cheek bruise seen at nursery. Each was explained by Ms K in a way that sounded plausible to a "
     "professional seeing it on its own. Neither professional knew about the other injury or about the "
     "domestic abuse. Protocols that protect non-mobile babies are well established; this review "
     "suggests that a child who has just started walking is at a stage where injuries are easy to "
     "explain away, and where the pattern matters more than any single mark."),
    ("p", "7.5", "<b>Step-down and step-up.</b> The early help offer was well delivered but was not the "
     "right response to the referral that led to it. A referral about domestic abuse became a plan about "
     "routines, and its closure as \"needs met\" in October 2024 meant that the nursery's body map in the "
     "same month was not seen by anyone who knew the history. When the second incident led to a social "
     "work assessment, the assessment was completed within timescale but its conclusion depended on one "
     "unverified statement."),
    ("p", "7.6", "<b>Transitions.</b> Three transitions left gaps in the help Child M received: the move "
     "from Fenbridge, when health records took six weeks to arrive; the closure of early help; and the "
     "seventeen days between SW1 leaving and SW2 being allocated. During that last gap the child in "
     "need plan had no owner, and the health visitor's observation had nowhere to go. The review was told "
     "that the team manager, TM1, had intended to hold the case herself, but that she was also covering "
     "a second team at the time."),
    ("p", "7.7", "<b>Hearing the child.</b> Child M could not tell anyone what was happening to him, but his "
     "behaviour at nursery was a form of communication. The practitioners who saw him most were the "
     "nursery staff, and they were not part of the child in need network. Practitioners at the learning "
     "event said that nursery staff are often the last to be invited and the first to notice."),
    ("p", "7.8", "The reviewer also considered whether Ms K's own history and low mood were understood. "
     "Ms K had been a child in need herself. Her GP knew about her low mood, but that knowledge did not "
     "travel to the social worker. Ms K told the reviewer that she felt ashamed of asking for help, "
     "because \"they'd think I was turning into my mum\"."),
    ("p", "7.9", "Finally, the review notes what went well. Both police responses were prompt. The "
     "emergency department's care on 14 February 2025 and the work of the Castlemoor team saved Child "
     "M's life. The early help worker's relationship with Ms K was valued. The interim placement with Mrs "
     "K was arranged within a fortnight and has given Child M stability."),

    ("h", "8", "Findings"),
    ("p", "8.1", "<b>Finding 1.</b> Men who live in or visit a household are not routinely identified, "
     "checked or assessed by agencies in Ullesby, and a mother's statement that a partner has left is too "
     "often accepted without checking."),
    ("p", "8.2", "<b>Finding 2.</b> Injuries to young children who have recently become mobile are "
     "assessed one at a time. There is no shared way for the emergency department, nursery and health "
     "visiting to see a pattern."),
    ("p", "8.3", "<b>Finding 3.</b> Referrals about domestic abuse can be stepped down to early help without "
     "a specialist view of risk, and early help plans do not always keep the original concern in view."),
    ("p", "8.4", "<b>Finding 4.</b> When a social worker leaves, cases can be left without an owner for "
     "weeks, and there is no agreed arrangement for who receives new information in the meantime."),
    ("p", "8.5", "<b>Finding 5.</b> Nurseries and GP practices are not routinely included in strategy "
     "discussions or child in need meetings, although they may hold the most frequent observations of a "
     "young child."),

    ("h", "9", "Recommendations"),
    ("p", "9.1", "The review makes seven recommendations to the Partnership. The Executive accepted all of "
     "them on 24 September 2025 and asked for a progress report within six months."),
    ("p", "9.2", "<b>Recommendation 1.</b> The Partnership should adopt a multi-agency practice standard on "
     "identifying and assessing fathers, partners and other adults in a child's household, including "
     "checks with police in every area where an adult has lived in the last five years."),
    ("p", "9.3", "<b>Recommendation 2.</b> Children's Services should ensure that no child in need case is "
     "left without an allocated worker for more than five working days, and that the team manager is "
     "named as the holder of the case in the meantime."),
    ("p", "9.4", "<b>Recommendation 3.</b> Ullesby General Hospital should extend its bruising protocol to all "
     "children under two years old and require a paediatric review of any bruise to the ear, neck or "
     "face in that age group."),
    ("p", "9.5", "<b>Recommendation 4.</b> The Early Help Service should require a domestic abuse risk "
     "assessment, with access to specialist advice, for every case that comes from a police notification "
     "about domestic abuse."),
    ("p", "9.6", "<b>Recommendation 5.</b> The Partnership should agree with early years providers how "
     "injuries recorded on a body map are shared with the health visiting service, and should test this "
     "through its annual audit of early years settings."),
    ("p", "9.7", "<b>Recommendation 6.</b> The health visiting service and the records team should agree a "
     "maximum of ten working days for the transfer of records when a family moves into Ullesby."),
    ("p", "9.8", "<b>Recommendation 7.</b> The Partnership should ensure that nurseries and GP practices "
     "are invited to strategy discussions and child in need meetings for children under five, and "
     "should report on attendance to the Executive each quarter."),
]

# chronology rows: (date, time, agency, event)
CHRONO_INTRO = ("This chronology was compiled from the agency reports. Times are shown as recorded by "
                "the agency; a dash means that no time was recorded. Dates are given in the format the "
                "agencies' systems use.")
CHRONO = [
    ("16/10/2023", "\u2013", "Brightwater MP", "Ms K and Child M register with the practice. Request made for "
     "Fenbridge health visiting records."),
    ("29/11/2023", "\u2013", "Health visiting", "Fenbridge records received by Ullesby health visiting service."),
    ("06/12/2023", "10.30 hrs", "Health visiting", "First Ullesby home visit by HV1. Child M well; eight-week "
     "contact had been missed."),
    ("12/04/2024", "14.00 hrs", "Health visiting", "HV1 routine enquiry about domestic abuse; Mr R present. "
     "Ms K reports no concerns."),
    ("06/06/2024", "23.15 hrs", "Police", "Neighbour reports shouting and a child crying at the flat."),
    ("06/06/2024", "23.42 hrs", "Police", "PC1 attends. Red mark on Ms K's neck. Mr R has left. Risk "
     "assessment graded standard; 19 of 27 questions answered."),
    ("10/06/2024", "\u2013", "Police", "Notification about Child M sent to the children's services front "
     "door."),
    ("11/06/2024", "\u2013", "Children's Services", "Front door screening: step down to early help. No checks "
     "on Mr R."),
    ("24/06/2024", "\u2013", "Early Help", "EHW1 allocated."),
    ("19/08/2024", "18.40 hrs", "Hospital ED", "Child M (13 months) brought by Ms K with bruising to left "
     "ear; explanation: fell against coffee table."),
    ("19/08/2024", "19.20 hrs", "Hospital ED", "Triage. Seen by ED1 under minor injuries pathway."),
    ("19/08/2024", "21.30 hrs", "Hospital ED", "Discharged home. No paediatric discussion."),
    ("27/08/2024", "\u2013", "Health visiting", "Routine ED discharge notification received."),
    ("02/09/2024", "\u2013", "Nursery", "Child M starts a funded place at Harbour Lane Nursery "
     "(15 hours a week)."),
    ("07/10/2024", "08.50 hrs", "Nursery", "Bruise to left cheek seen at drop-off; body map completed. "
     "Explanation: fall at the park. Not shared."),
    ("30/10/2024", "\u2013", "Early Help", "Early help case closed: \"needs met\"."),
    ("04/11/2024", "01.10 hrs", "Police", "Ms K reports assault by Mr R."),
    ("04/11/2024", "01.26 hrs", "Police", "Officers arrive; Mr R arrested. Child M asleep."),
    ("05/11/2024", "\u2013", "Police", "Mr R bailed with conditions not to contact Ms K or attend the flat."),
    ("06/11/2024", "11.00 hrs", "Children's Services", "Strategy discussion (police, children's services, "
     "health visiting). GP and nursery not invited."),
    ("07/11/2024", "\u2013", "Children's Services", "Child and family assessment started by SW1."),
    ("28/11/2024", "\u2013", "Police", "Ms K withdraws support for prosecution."),
    ("02/12/2024", "\u2013", "Police", "No further action; bail conditions end. Children's Services not "
     "told."),
    ("09/12/2024", "\u2013", "Children's Services", "Assessment completed: child in need."),
    ("09/12/2024", "09.45 hrs", "Health visiting", "Child M not brought to 18-month review."),
    ("08/01/2025", "13.30 hrs", "Children's Services", "Child in need meeting (the only one held). Ms K, SW1, "
     "HV2 and EHW1 attend."),
    ("13/01/2025", "10.15 hrs", "Health visiting", "Child M not brought to rearranged review."),
    ("17/01/2025", "\u2013", "Children's Services", "SW1 leaves the authority. Case unallocated."),
    ("24/01/2025", "11.00 hrs", "Health visiting", "HV2 completes 18-month review at home. Man believed to be "
     "Mr R present in kitchen. Not shared."),
    ("03/02/2025", "\u2013", "Children's Services", "Case allocated to SW2."),
    ("14/02/2025", "07.52 hrs", "Ambulance", "999 call from Mr R: Child M \"floppy\" after fall from sofa."),
    ("14/02/2025", "08.04 hrs", "Ambulance", "Crew arrive at the flat."),
    ("14/02/2025", "08.31 hrs", "Hospital ED", "Child M arrives at the emergency department."),
    ("14/02/2025", "10.15 hrs", "Hospital ED", "CT scan: subdural haemorrhage."),
    ("14/02/2025", "14.00 hrs", "Children's Services", "Strategy meeting."),
    ("14/02/2025", "16.45 hrs", "Hospital ED", "Transfer to Castlemoor Children's Hospital."),
    ("16/02/2025", "\u2013", "Castlemoor", "Skeletal survey: three healing posterior rib fractures."),
]

GLOSSARY = [
    ("SW1", "Social worker, Ullesby Children's Services, November 2024 to January 2025"),
    ("SW2", "Social worker, Ullesby Children's Services, from 3 February 2025"),
    ("TM1", "Team manager, Northgate assessment team"),
    ("EHW1", "Early help worker, Ullesby Early Help Service"),
    ("HV1", "Health visitor, December 2023 to August 2024"),
    ("HV2", "Health visitor, from September 2024"),
    ("PC1", "Police constable, Fenbridge Police, 6 June 2024"),
    ("ED1", "Emergency department doctor (locum), Ullesby General Hospital"),
    ("NM1", "Nursery manager, Harbour Lane Nursery"),
    ("GP1", "General practitioner, Brightwater Medical Practice"),
]

# ---------------------------------------------------------------- letter
LETTER = {
    "from": ["Alison Drewitt", "Independent Reviewer", "c/o Ullesby Safeguarding Children Partnership",
             "Civic Offices, Market Street, Ullesby UL1 4QT"],
    "date": "26 September 2025",
    "to": ["To: The Partnership Executive", "Ullesby Safeguarding Children Partnership",
           "(Mark Oyelaran, Director of Children's Services; Fiona Tranter, Chief Nurse, Ullesby Integrated "
           "Care Board; Chief Superintendent Gareth Holm, Fenbridge Police)"],
    "subject": "Child Safeguarding Practice Review: Child M \u2013 reviewer's covering letter",
    "paras": [
        "Dear colleagues,",
        "Thank you for meeting me on 24 September 2025 to consider the final report of the review into "
        "the serious injuries suffered by Child M. I am writing, as agreed, to set out in one place the "
        "main points I would ask the Executive to keep in mind as the report moves towards publication, "
        "and to record some matters that are not in the report itself.",
        "<b>The case in brief.</b> Child M was nineteen months old when he was taken to Ullesby General "
        "Hospital on 14 February 2025 with a subdural haemorrhage. Rib fractures that were some weeks "
        "old were found two days later. He lived with his mother, and her partner was staying with them "
        "for much of the time, although professionals believed that the partner had moved out in "
        "November 2024. Child M is now living with his grandmother and doing well.",
        "<b>How the review worked.</b> The review covered the period from October 2023 to the day of the "
        "injuries. Nine agencies provided reports. The learning event on 26 June 2025 brought together "
        "21 practitioners, and I am particularly grateful to the nursery staff, who came on their day "
        "off. Child M's mother and grandmother both spoke to me, and their words are reflected throughout "
        "the report.",
        "<b>What I found.</b> In short, the adults around Child M saw pieces of the picture but never the "
        "whole of it. A bruised ear at the emergency department, a bruised cheek at nursery, two police "
        "call-outs and a man in the kitchen at a health visit were each recorded by someone. None of "
        "those people knew about the others. I would single out three things for the Executive:",
        "First, the partner was never assessed by any agency. His previous reports of domestic abuse "
        "were on a police system that covers both Ullesby and Fenbridge, but nobody searched his name.",
        "Second, the bruising protocol at the hospital did not cover a thirteen-month-old who was walking. "
        "I am pleased that the hospital has already agreed to change this, and I understand the revised "
        "protocol will take effect on 1 December 2025.",
        "Third, for seventeen days in January and February 2025 the case had no social worker. The "
        "rib fractures were probably caused during or close to that period. I do not suggest that an "
        "allocated worker would have prevented them, but the gap meant that important information had "
        "nowhere to go.",
        "<b>Recommendations.</b> The report makes seven recommendations, all of which the Executive has "
        "accepted. I would ask the Executive to give particular priority to the standard on assessing "
        "men in the household, and to the arrangements for covering cases when a social worker leaves. "
        "The children's services report told me that the social worker was carrying 31 cases; I "
        "understand that the average caseload in the team has since fallen to 24.",
        "<b>Publication.</b> The police and the Crown Prosecution Service have told me that the criminal "
        "trial is listed to begin on 12 January 2026. I recommend that the Executive publishes the report "
        "once the Crown Prosecution Service confirms in writing that publication will not prejudice the "
        "trial, and that the family are shown the final text at least two weeks before publication. Ms K "
        "has asked that her words in the sidebar of the report are kept as she said them, and I hope the "
        "Executive will agree.",
        "<b>Costs and time.</b> The review took 38 days of reviewer time, against the 30 days originally "
        "commissioned, because of the need to wait for the police disclosure. The total cost of the "
        "review, including the learning event, was \u00a321,600. I have sent the final invoice to the "
        "business manager, Owen Prakash.",
        "<b>Follow-up.</b> I would be glad to return in six months to help the Executive test whether the "
        "recommendations have made a difference. I suggest that a short learning briefing for "
        "practitioners is issued by 31 October 2025, so that the learning reaches front-line staff "
        "before the report itself is published.",
        "It has been a privilege to carry out this review. I would like to thank the practitioners and "
        "managers who contributed so openly, and above all Child M's mother and grandmother.",
        "Yours sincerely,",
    ],
    "sign": ["Alison Drewitt", "Independent Reviewer", "Child Safeguarding Practice Review: Child M"],
    "cc": "cc: Owen Prakash, Business Manager, Ullesby Safeguarding Children Partnership",
}
