"""Text of the FICTIONAL Inverlaw "Child K" Learning Review and its practitioner briefing.

Every person, place, agency and event here is invented. Markup is ReportLab paragraph markup;
"[[fnN]]" marks a footnote reference (turned into a superscript number by build.py).
"""

TITLE = "Learning Review Report: Child K"
COMMITTEE = "Inverlaw Child Protection Committee"

FOOTNOTES = {
    "1": "An inter-agency referral discussion (IRD) is the formal process in which police, social work "
         "and health share information and decide on next steps when a child may be at risk of significant harm.",
    "2": "Wee Acorns Nursery is a private partner provider commissioned by Inverlaw Council to deliver "
         "funded early learning and childcare.",
    "4": "At the time SW2 held 23 cases; the team's agreed ceiling was 18 cases per worker.",
    "5": "The ambulance crew's own record gives the arrival time as 07.11 hrs; this report uses the "
         "control-room log throughout.",
    "3": "A centile shows how a child's measurement compares with other children of the same age and sex; "
         "a fall across two or more centile lines is a recognised trigger for review.",
}

PULL_QUOTE = ("\u201cThey kept asking me if I was coping. I always said yes, because that is what "
              "you say when a social worker asks.\u201d",
              "Ms L, speaking to the lead reviewer")

KEY_FACTS = [
    ("3 years 2 months", "Child K's age on 16 February 2025"),
    ("20 months", "length of the review period"),
    ("17", "practitioners who took part in the review"),
    ("5 of 8", "core group meetings held while Child K was registered"),
    ("41%", "Child K's nursery attendance in December 2024"),
    ("25 days", "the case was unallocated in spring 2024"),
    ("3 of 14", "planned home visits at which Child K was seen alone"),
    ("7", "recommendations made to the Committee"),
]

ROLE_CODES = [
    ("SW1", "Social worker, Children and Families (Kilbrannock team), allocated August 2023 to April 2024"),
    ("SW2", "Social worker, Children and Families (Kilbrannock team), allocated from May 2024"),
    ("TM1", "Team manager, Children and Families (Kilbrannock team)"),
    ("DW1", "Duty social worker, Children and Families"),
    ("HV1", "Health visitor and Named Person for Child K until December 2023"),
    ("HV2", "Health visitor and Named Person for Child K from January 2024"),
    ("PC1", "Police constable, North Caledon Police, response officer"),
    ("PC2", "Detective constable, North Caledon Police, Public Protection Unit"),
    ("NP1", "Early years practitioner, Wee Acorns Nursery"),
    ("NM1", "Manager, Wee Acorns Nursery"),
    ("HT1", "Head teacher, Aldmuir Primary School, Named Person for Sibling J"),
    ("CPRO1", "Child protection reviewing officer who chaired the meetings of 6 October 2023 and 12 June 2024"),
    ("CPRO2", "Child protection reviewing officer who chaired the meeting of 18 November 2024"),
    ("GP1", "General practitioner, Kilbrannock Medical Practice"),
]

CONTENTS = [
    ("Foreword by the Chair", "ii"),
    ("Key facts and role codes", "iii"),
    ("1  Introduction", "1"),
    ("2  Terms of reference", "1"),
    ("3  Methodology", "2"),
    ("4  Case background", "3"),
    ("5  Key practice episodes", "3"),
    ("6  Analysis", "—"),
    ("7  Learning and recommendations", "—"),
    ("Appendix A  Multi-agency chronology", "—"),
    ("Appendix B  The Committee's action plan", "—"),
]

FOREWORD = [
    "This Learning Review was commissioned by the Inverlaw Child Protection Committee after Child K, "
    "then aged three, was admitted to hospital in February 2025 with injuries that were life-threatening. "
    "Child K survived and is now cared for by a kinship carer. I want to thank his mother and his "
    "grandmother, who spoke to the review, and the practitioners who gave their time openly.",
    "A Learning Review does not apportion blame. It asks why things happened as they did, so that the "
    "whole system can learn. The Committee accepted all seven recommendations at its meeting on "
    "20 October 2025 and has agreed an action plan with named leads.",
    "Reading this report is not easy. It describes a small boy whose life at home became steadily harder "
    "over twenty months while a number of services were in touch with his family. Many of the practitioners "
    "involved were worried about him, and several of them acted on their worries. What the system did not "
    "do was bring those worries together in time.",
    "The Committee has already changed its inter-agency referral discussion template and is revising its "
    "guidance on bruising in young children. We will publish a progress report one year after publication, "
    "and I have asked every partner agency to discuss this report with its staff using the companion "
    "Briefing for practitioners.",
    "Alasdair Rennie, Independent Chair, Inverlaw Child Protection Committee",
]

# Appendix B: (recommendation, lead, action, target date, status at approval)
ACTION_PLAN = [
    ("1", "CPC Lead Officer", "Add a previous-authority check to the IRD template and recording system.",
     "1 February 2026", "Template agreed"),
    ("2", "Chief Nurse, Inverlaw HSCP", "Issue a revised multi-agency protocol on bruising in pre-school children.",
     "31 March 2026", "Draft in consultation"),
    ("3", "Head of Children's Services, Inverlaw HSCP", "Introduce a written, face-to-face handover standard for "
     "Named Persons and allocated workers.", "30 April 2026", "Not started"),
    ("4", "CPC Lead Officer", "Amend the child protection procedures on removal from the register.",
     "31 January 2026", "Draft in consultation"),
    ("5", "Early Years Manager, Inverlaw Council Education Services", "Invite funded early learning and "
     "childcare providers to IRDs and core groups.", "31 March 2026", "Not started"),
    ("6", "Duty Service Manager, Inverlaw HSCP", "Same-day screening of calls about children on allocated "
     "caseloads.", "28 February 2026", "Pilot running"),
    ("7", "Chief Social Work Officer, Inverlaw HSCP", "Quarterly report to the Committee on caseloads and "
     "unallocated cases.", "First report June 2026", "Not started"),
]

# Report body. Items:
#   ("h", "1", "Introduction")          section heading
#   ("p", "1.1", run_in_heading_or_None, text)
#   ("quote",) / ("facts",)              the pull quote box
REPORT = [
    ("h", "1", "Introduction"),
    ("p", "1.1", None,
     "This report sets out the findings of a Learning Review concerning Child K, a boy who was born on "
     "3 December 2021 and who lived with his mother, Ms L, his half-brother Sibling J and, for most of "
     "the period under review, his mother's partner Mr P. On the morning of 16 February 2025 Child K was "
     "found unresponsive at the family's flat in the Kilbrannock area of Inverlaw. He was aged 3 years "
     "2 months. He was taken to Inverlaw Royal Infirmary and later that day transferred to the paediatric "
     "intensive care unit at Carrickfield Children's Hospital."),
    ("p", "1.2", None,
     "Doctors found a subdural haematoma, two healing rib fractures and a weight below the 0.4th centile. "
     "The consultant paediatrician's opinion was that the head injury was inflicted and that the low weight "
     "reflected a long period of inadequate nutrition. Mr P was arrested the same afternoon. Criminal "
     "proceedings are ongoing, and this report has been written so as not to prejudice them."),
    ("p", "1.3", None,
     "An Initial Case Review meeting was held on 26 February 2025. Having considered its report, the "
     "Chair of the Inverlaw Child Protection Committee decided on 3 March 2025 that the criteria for a "
     "Learning Review were met, and the national care inspectorate was notified on 5 March 2025."),
    ("p", "1.4", None,
     "The review was led by Dr Morag Tennant, an independent reviewer with a background in health visiting "
     "and child protection, supported by a review team of six senior managers drawn from the Inverlaw "
     "Health and Social Care Partnership, Inverlaw Council Education Services, North Caledon Police and "
     "the Children's Reporter. None of them had any direct involvement with the family."),
    ("p", "1.5", None,
     "The report uses role codes rather than names for the practitioners involved. A list of the codes "
     "appears on page iii. Family members are referred to by initials or by their relationship to Child K."),

    ("h", "2", "Terms of reference"),
    ("p", "2.1", None,
     "The review examined multi-agency involvement with Child K and his family between 1 June 2023 and "
     "16 February 2025, a period of some 20 months that begins shortly after the family moved to Inverlaw "
     "from the neighbouring Dunmorven Council area on 19 May 2023. Information from before that date was "
     "considered where it helped to understand what agencies knew, or could have known."),
    ("p", "2.2", None,
     "The review was asked to consider: how well information about the family followed them from "
     "Dunmorven; the quality of assessment and decision-making at the two inter-agency referral "
     "discussions and the three child protection planning meetings; how the child's plan was made and "
     "reviewed; whether Child K's own lived experience was seen and understood; and the part played by "
     "the Named Person service."),
    ("p", "2.3", "Out of scope.",
     "The review did not examine the circumstances of the injury on 16 February 2025 itself, which are a "
     "matter for the criminal courts, nor the care of Sibling J after that date."),
    ("p", "2.4", None,
     "The Committee asked for the report to be completed within six months of the first meeting of the "
     "review team, which took place on 14 April 2025. The final draft was presented on 20 October 2025."),

    ("h", "3", "Methodology"),
    ("p", "3.1", None,
     "The review followed the systems-based approach set out in national guidance for Learning Reviews. "
     "Each agency produced a chronology and a short reflective account. These were merged into a single "
     "multi-agency chronology, a summary of which appears as Appendix A."),
    ("p", "3.2", "Practitioner involvement.",
     "Seventeen practitioners and first-line managers took part, through individual conversations with "
     "the lead reviewer and two learning events held on 12 June 2025 and 26 June 2025 at the Inverlaw "
     "Learning Hub. Practitioners were invited to describe what it was like to work with the family at "
     "the time, rather than with hindsight."),
    ("p", "3.3", "Family involvement.",
     "Ms L met the lead reviewer twice, in July 2025, and her account is reflected throughout. Child K's "
     "maternal grandmother, Mrs L, met the lead reviewer once and helped the review understand Sibling J's "
     "views. Mr P was invited to contribute through his solicitor and declined, as criminal proceedings "
     "were under way."),
    ("p", "3.4", None,
     "Child K is too young to give his own account. The review has tried to keep him at the centre by "
     "asking, at each key episode, what a day in his life was likely to have been like."),
    ("p", "3.5", None,
     "Hindsight bias is a risk in any review. Where this report says something could have been done "
     "differently, it tries to say what was known at the time and what made the alternative hard to see."),

    ("h", "4", "Case background"),
    ("p", "4.1", None,
     "Ms L was 24 years old when the family moved to Inverlaw. She had grown up in Dunmorven and had "
     "herself been looked after at home under a supervision requirement as a teenager. Sibling J, her "
     "elder son, was six and started at Aldmuir Primary School in August 2023. Child K's father has had "
     "no contact with him since 2022."),
    ("p", "4.2", None,
     "Mr P, aged 31, had been in a relationship with Ms L since the summer of 2022. It was not known to "
     "Inverlaw agencies until April 2024 that he had two convictions for assault in Dunmorven, in 2016 and "
     "2019, and that a child of a former partner had been on the Dunmorven child protection register in "
     "2019."),
    ("p", "4.3", None,
     "The family registered with Kilbrannock Medical Practice on 6 June 2023. Health visiting records "
     "transferred from Dunmorven showed that Child K had been growing along the 50th centile for weight "
     "and that he had been seen regularly. The records also noted one missed immunisation appointment."),
    ("p", "4.4", None,
     "Mrs L lived about two miles away in Kilbrannock and saw the children most weekends until the end of "
     "2024, when she told the review that she was \u201cmade to feel unwelcome\u201d by Mr P."),

    ("h", "5", "Key practice episodes"),
    ("p", "5.1", None,
     "The review identified six key practice episodes. They are described in date order. Each description "
     "is followed, in section 6, by analysis of why practice happened as it did."),
    ("p", "5.2", "Episode 1: the domestic incident of July 2023.",
     "At 23.26 hrs on 14 July 2023 a neighbour phoned North Caledon Police to report shouting and a child "
     "crying at the family's flat. PC1 and a colleague arrived at 23.40 hrs. Ms L had a red mark on her "
     "cheek but said she had fallen. Mr P was calm and said there had been an argument about money. "
     "Sibling J was awake; Child K was asleep in his cot."),
    ("p", "5.3", None,
     "No crime was recorded. PC1 completed a child concern report, which was submitted on 15 July 2023 "
     "and reached the social work duty team on 18 July 2023. The delay of three days arose because the "
     "report was first routed to the Dunmorven office, the family's previous address being the one held on "
     "the police system."),
    ("p", "5.4", "The first IRD.",
     "An inter-agency referral discussion[[fn1]] took place on 2 August 2023 between TM1, PC2 and HV1. It "
     "agreed that a single-agency social work assessment should be carried out and that a joint "
     "investigation was not needed. No request was made to Dunmorven for information about Mr P, although "
     "the police record showed his previous address there."),
    ("p", "5.5", None,
     "SW1 was allocated on 9 August 2023 and made a first home visit on 15 August 2023 at 14.30 hrs. Both "
     "children were seen. Mr P was not present, and Ms L said he \u201cstays over sometimes\u201d. SW1 "
     "recorded a warm relationship between mother and children and a clean home."),
    ("p", "5.6", "Episode 2: the first planning meeting.",
     "Because of Ms L's disclosure at a later visit that Mr P \u201cgets angry when he drinks\u201d, SW1 "
     "asked for a child protection planning meeting. It was held on 6 October 2023 and chaired by CPRO1. "
     "Nine people attended; Mr P did not. The meeting decided that Child K's name should not be placed on "
     "the child protection register and that his needs should be met through a child's plan, with team "
     "around the child meetings every six weeks."),
    ("p", "5.7", None,
     "The minutes record that the decision was finely balanced. HV1 and HT1 favoured registration; the "
     "police representative and SW1 did not. CPRO1 gave weight to Ms L's engagement and to the absence of "
     "any injury to either child."),
    ("p", "5.8", None,
     "Over the following weeks Ms L cancelled two of SW1's visits. Sibling J's attendance at Aldmuir "
     "Primary School fell to 78% in the autumn term. On 16 November 2023 SW1 made a referral to the "
     "Children's Reporter on the grounds of a lack of parental care for both children."),
    ("p", "5.9", None,
     "The Reporter decided on 22 January 2024 that a Children's Hearing was not needed, because the family "
     "was working with services on a voluntary basis and a child's plan was in place. The review found that "
     "the Reporter had not been told about the cancelled visits or the second planning meeting that SW1 had "
     "by then begun to consider."),
    ("p", "5.10", "Episode 3: a change of Named Person.",
     "HV1 left the health visiting team at the end of December 2023. HV2 took over the family and became "
     "Named Person for Child K on 15 January 2024. The handover was a short telephone conversation; the "
     "written transfer summary did not mention the domestic incident of July 2023."),
    ("p", "5.11", None,
     "From 8 January 2024 Child K had a funded place at Wee Acorns Nursery[[fn2]] on three days a week. "
     "Nursery staff described him as quiet and watchful, and noted that he was often hungry on arrival and "
     "ate quickly."),
    ("p", "5.12", "Episode 4: the bruise and the second IRD.",
     "On 28 February 2024 at 09.15 hrs NP1 noticed a bruise on the top of Child K's left ear when she "
     "helped him take off his hat. Ms L, collecting him at 12.30 hrs, said he had fallen from the sofa. "
     "NM1 phoned the social work duty team at 11.40 hrs that morning, before Ms L arrived, and was told "
     "that the allocated worker would call back."),
    ("p", "5.13", "The strategy discussion.",
     "On 4 March 2024, five days after the nursery's call, a second IRD was held by telephone between "
     "TM1, PC2 and HV2. It decided that a child protection medical was not required, given the explanation "
     "offered and the single bruise, and that SW1 should visit the home. The consultant paediatrician on "
     "call was not consulted. The review heard from the paediatric team that a bruise to the ear of a "
     "child of this age would usually lead to a medical."),
    ("p", "5.14", None,
     "On 11 March 2024 SW1 at last asked Dunmorven Council for records about Mr P. The reply, received on "
     "2 April 2024, described his two convictions and the earlier registration of a former partner's child. "
     "SW1 discussed this with TM1 and planned to call a new planning meeting."),
    ("p", "5.15", "Episode 5: a gap in allocation.",
     "SW1 left the team on 12 April 2024 to take up a post elsewhere. The case was not reallocated until "
     "SW2 was allocated on 7 May 2024. For those 25 days no worker held the case, and the planned meeting "
     "was not arranged. HV2 offered Child K's 27\u201330 month review three times, on 5 March, 26 March "
     "and 16 April 2024; each appointment was missed."),
    ("p", "5.16", None,
     "HV2 completed the review at home on 9 May 2024. Child K's weight had fallen from the 50th centile "
     "to the 9th centile[[fn3]]. HV2 arranged a review of his weight in four weeks and told SW2, who "
     "had been allocated two days earlier."),
    ("quote",),
    ("p", "5.17", None,
     "A child protection planning meeting on 12 June 2024, chaired by CPRO1, placed Child K's name on the "
     "child protection register under the concerns of neglect and domestic abuse. Eleven people attended, "
     "including Ms L and, for the first time, Mr P. A child protection plan was agreed with a core group "
     "to meet every four weeks."),
    ("p", "5.18", None,
     "Between June and November 2024, eight core group meetings were planned and five were held. SW2 "
     "made 14 planned home visits; Child K was seen at all but two, but was seen alone, or spoken to "
     "apart from the adults, at only 3 of them. SW2 told the review that her caseload[[fn4]] left little "
     "time for unannounced visits."),
    ("p", "5.19", "Episode 6: removal from the register.",
     "On 9 October 2024 Mr P told SW2 that he had moved out of the flat to live with his brother. No check "
     "was made of this. A review planning meeting on 18 November 2024, chaired by CPRO2, decided to remove "
     "Child K's name from the register. It gave weight to Mr P's reported move and to Child K's improved "
     "nursery attendance, which had reached 82% in October 2024."),
    ("p", "5.20", None,
     "In December 2024 Child K's nursery attendance fell to 41%. The nursery recorded the absences but did "
     "not tell HV2 or SW2. A team around the child meeting planned for 13 January 2025 was cancelled when "
     "SW2 was unwell and was not rearranged."),
    ("p", "5.21", None,
     "At 16.05 hrs on 5 February 2025 Mrs L phoned the social work duty team. She said that Child K "
     "\u201clooked thin and frightened\u201d and that Mr P was back living at the flat. DW1 recorded the "
     "call as information only and passed it to SW2 by email on 10 February 2025. SW2 planned a visit for "
     "the week beginning 17 February."),
    ("p", "5.22", "The events of 16 February 2025.",
     "At 06.52 hrs on 16 February 2025 Mr P called an ambulance, saying Child K would not wake. The "
     "ambulance arrived at 07.09 hrs[[fn5]] and Child K reached the emergency department of Inverlaw Royal "
     "Infirmary at 07.31 hrs. He was transferred to Carrickfield Children's Hospital at 11.20 hrs. Mr P "
     "was arrested at 14.10 hrs. Sibling J went to stay with Mrs L that evening."),

    ("h", "6", "Analysis"),
    ("p", "6.1", None,
     "This section considers why practice unfolded as it did. The review identified five findings. Each "
     "is about the system as a whole, not about the actions of any one practitioner."),
    ("p", "6.2", "Finding 1: information did not follow the family.",
     "The family's move from Dunmorven was the moment at which the most important information about risk "
     "was lost. Neither the police system nor the first IRD prompted a check with the previous authority, "
     "and when the check was made in March 2024 it was seven months after the first IRD. Practitioners "
     "told the review that cross-boundary checks depended on individual memory rather than on a step "
     "built into the IRD template."),
    ("p", "6.3", None,
     "Had the information been available on 6 October 2023, the review considers it likely that Child K "
     "would have been registered at the first planning meeting. The review team noted that the Inverlaw "
     "IRD template has since been changed."),
    ("p", "6.4", "Finding 2: optimism about engagement.",
     "At each decision point professionals gave considerable weight to Ms L's warmth and willingness to "
     "talk. Cancelled visits, missed health appointments and falling school attendance were each explained "
     "at the time, but were not brought together. The review describes this as \u201cdisguised "
     "compliance\u201d only with caution: Ms L told the review that she was frightened of Mr P and did "
     "not feel able to say so."),
    ("p", "6.5", None,
     "The decision to remove Child K from the register relied on an account from Mr P that nobody checked. "
     "The review found no expectation in Inverlaw procedures that a reported change in household membership "
     "should be verified before a child's name is removed."),
    ("p", "6.6", "Finding 3: the bruise was not seen as a sentinel injury.",
     "A bruise to the ear of a pre-school child is a recognised warning sign. The second IRD relied on the "
     "parent's explanation and did not seek a paediatric opinion. Practitioners said that they were "
     "unclear whether the local threshold for a medical applied to children over the age of two."),
    ("p", "6.7", "Finding 4: the Named Person role across transitions.",
     "Child K's Named Person changed once and his social worker changed once, and the two transitions were "
     "three months apart. Each time, information was passed on in summary and the history of domestic "
     "abuse was lost or diluted. The nursery, which saw Child K more often than any other service, was not "
     "invited to the IRD in March 2024 and did not know that his name had been removed from the register."),
    ("p", "6.8", None,
     "HT1, as Named Person for Sibling J, held information about the family that was relevant to Child K, "
     "including Sibling J's remarks to his class teacher about \u201cshouting at night\u201d in November "
     "2024. There was no routine way for the two Named Persons to share what they knew."),
    ("p", "6.9", "Finding 5: workload and the voice of the child.",
     "SW2 was carrying more cases than the agreed ceiling, and unallocated work was common in the "
     "Kilbrannock team in 2024. Home visits were mostly announced, and Child K was rarely seen away from "
     "the adults. The review found that records described the home and the parents in detail but said "
     "little about Child K himself: how he looked, what he ate, how he reacted to Mr P."),
    ("p", "6.10", None,
     "The grandmother's call on 5 February 2025 was the clearest signal in the period that the risk had "
     "returned. The duty system classed it as information only because the case was open to an allocated "
     "worker; the five days it took to reach SW2 reflected a practice of forwarding rather than acting on "
     "calls about allocated cases."),
    ("p", "6.11", "Good practice.",
     "The review also found good practice. NP1's careful recording of the bruise, HV2's persistence in "
     "completing the developmental review, and SW1's referral to the Reporter each showed practitioners "
     "acting on their concerns. Mrs L's call was itself an example of a family member doing exactly what "
     "services ask of families."),

    ("h", "7", "Learning and recommendations"),
    ("p", "7.1", None,
     "The Committee is asked to accept the following seven recommendations and to seek assurance on "
     "progress within twelve months of publication."),
    ("p", "7.2", "Recommendation 1.",
     "The Committee should ensure that every IRD record includes a check with any previous local authority "
     "in which a child or a significant adult has lived in the past five years."),
    ("p", "7.3", "Recommendation 2.",
     "The Committee should revise its guidance on bruising in pre-school children so that any bruise to "
     "the ear, neck or face of a child under five who is not independently mobile, or who is on a child's "
     "plan, leads to a discussion with the on-call paediatrician."),
    ("p", "7.4", "Recommendation 3.",
     "Inverlaw Health and Social Care Partnership should introduce a written, face-to-face handover "
     "between Named Persons and between allocated workers, which includes the full history of domestic "
     "abuse."),
    ("p", "7.5", "Recommendation 4.",
     "No child's name should be removed from the register on the strength of a reported change in "
     "household membership unless that change has been verified by at least one agency."),
    ("p", "7.6", "Recommendation 5.",
     "Funded early learning and childcare providers should be included in IRDs and core groups where they "
     "care for the child, and should be told of every change to the child's plan."),
    ("p", "7.7", "Recommendation 6.",
     "Calls from family members about children on an allocated caseload should be treated as new concerns "
     "and screened on the day they are received."),
    ("p", "7.8", "Recommendation 7.",
     "The Health and Social Care Partnership should report to the Committee every quarter on caseloads "
     "and unallocated cases in its Children and Families teams."),
    ("p", "7.9", None,
     "The lead reviewer thanks Ms L and Mrs L for their courage in speaking to the review, and every "
     "practitioner who took part."),
]

# Chronology: (date, time, agency, event, who)
CHRONOLOGY = [
    ("19/05/2023", "\u2014", "Family", "Ms L, Mr P and the two children move from Dunmorven to a flat in Kilbrannock, Inverlaw.", "Ms L; Mr P"),
    ("06/06/2023", "\u2014", "GP", "Family registered with Kilbrannock Medical Practice (GP1).", "GP1"),
    ("14/07/2023", "23.26 hrs", "Police", "Neighbour's call about shouting and a child crying at the flat.", "Neighbour"),
    ("14/07/2023", "23.40 hrs", "Police", "PC1 and colleague attend. Ms L has a red mark on her cheek; no crime recorded.", "PC1"),
    ("18/07/2023", "10.05 hrs", "Social work", "Child concern report (submitted 15/07/2023) received by duty team after routing via Dunmorven.", "Duty team"),
    ("02/08/2023", "14.00 hrs", "Multi-agency", "First IRD (TM1, PC2, HV1): single-agency assessment agreed.", "TM1, PC2, HV1"),
    ("09/08/2023", "\u2014", "Social work", "Case allocated to SW1.", "TM1; SW1"),
    ("15/08/2023", "14.30 hrs", "Social work", "SW1 first home visit; both children seen.", "SW1"),
    ("06/10/2023", "10.00 hrs", "Multi-agency", "Child protection planning meeting (CPRO1): not registered; child's plan agreed.", "CPRO1; nine attendees"),
    ("16/11/2023", "\u2014", "Social work", "SW1 referral to the Children's Reporter.", "SW1"),
    ("08/01/2024", "\u2014", "Nursery", "Child K starts funded place at Wee Acorns Nursery.", "NM1"),
    ("15/01/2024", "\u2014", "Health", "HV2 becomes Named Person for Child K.", "HV1; HV2"),
    ("22/01/2024", "\u2014", "Reporter", "Decision that a Children's Hearing is not needed.", "Children's Reporter"),
    ("28/02/2024", "09.15 hrs", "Nursery", "NP1 sees bruise on top of Child K's left ear.", "NP1"),
    ("28/02/2024", "11.40 hrs", "Nursery", "NM1 phones social work duty team.", "NM1"),
    ("04/03/2024", "15.30 hrs", "Multi-agency", "Second IRD by telephone (TM1, PC2, HV2): no medical.", "TM1, PC2, HV2"),
    ("11/03/2024", "\u2014", "Social work", "Records about Mr P requested from Dunmorven Council.", "SW1"),
    ("02/04/2024", "\u2014", "Social work", "Dunmorven reply: two assault convictions; former partner's child registered in 2019.", "SW1; TM1"),
    ("12/04/2024", "\u2014", "Social work", "SW1 leaves the team; case unallocated.", "SW1"),
    ("07/05/2024", "\u2014", "Social work", "Case allocated to SW2.", "TM1; SW2"),
    ("09/05/2024", "11.00 hrs", "Health", "HV2 completes 27\u201330 month review: weight on 9th centile.", "HV2"),
    ("12/06/2024", "13.30 hrs", "Multi-agency", "Planning meeting (CPRO1): name placed on register (neglect; domestic abuse).", "CPRO1; eleven attendees"),
    ("09/10/2024", "\u2014", "Social work", "Mr P tells SW2 he has moved out. Not verified.", "Mr P; SW2"),
    ("18/11/2024", "10.00 hrs", "Multi-agency", "Review planning meeting (CPRO2): name removed from register.", "CPRO2"),
    ("Dec 2024", "\u2014", "Nursery", "Attendance falls to 41%; not shared with HV2 or SW2.", "NM1"),
    ("13/01/2025", "\u2014", "Multi-agency", "Team around the child meeting cancelled; not rearranged.", "SW2"),
    ("05/02/2025", "16.05 hrs", "Social work", "Mrs L calls duty team: Child K \u201clooked thin and frightened\u201d; Mr P back.", "Mrs L; DW1"),
    ("10/02/2025", "\u2014", "Social work", "DW1 forwards Mrs L's call to SW2 by email.", "DW1"),
    ("16/02/2025", "06.52 hrs", "Ambulance", "999 call by Mr P: Child K will not wake.", "Mr P"),
    ("16/02/2025", "07.09 hrs", "Ambulance", "Ambulance arrives at the flat.", "Ambulance crew"),
    ("16/02/2025", "07.31 hrs", "Health", "Child K arrives at Inverlaw Royal Infirmary emergency department.", "Emergency department"),
    ("16/02/2025", "11.20 hrs", "Health", "Transfer to Carrickfield Children's Hospital intensive care.", "Consultant paediatrician"),
    ("16/02/2025", "14.10 hrs", "Police", "Mr P arrested.", "PC2"),
]

# ------------------------------------------------------------------------------------------
# Briefing for practitioners (companion document)
# ------------------------------------------------------------------------------------------
BRIEFING_TITLE = "Briefing for practitioners"
BRIEFING_SUB = "Learning Review: Child K \u2014 what every practitioner in Inverlaw needs to know"

BRIEFING = [
    ("h", "Why this briefing"),
    ("p", "This briefing summarises the Learning Review about Child K that the Inverlaw Child Protection "
          "Committee published in December 2025. It is meant to be read in team meetings and takes about "
          "ten minutes. It does not replace the full report."),
    ("h", "What happened"),
    ("p", "Child K was just over three years old when, early on 16 February 2025, his mother's partner "
          "called an ambulance because he would not wake. He had a serious head injury, old rib fractures "
          "and was badly underweight. He survived and now lives with a kinship carer."),
    ("p", "The family had moved to Inverlaw in May 2023. Over the next twenty months they were known to "
          "social work, health visiting, the police, a nursery, a primary school and the Children's Reporter. "
          "Child K was on the child protection register from June to November 2024."),
    ("p", "In January 2024 the Reporter decided not to arrange a Children's Hearing \u2014 the decision was "
          "made on 24 January 2024 \u2014 because the family seemed to be working with services."),
    ("h", "How the review was done"),
    ("p", "The independent lead reviewer, Dr Morag Tennant, spoke to sixteen practitioners and managers and "
          "ran two learning events in June 2025. Child K's mother and grandmother also took part."),
    ("h", "The five findings in brief"),
    ("b", "<b>Information did not follow the family.</b> Nobody asked the previous council about the mother's "
          "partner until March 2024."),
    ("b", "<b>Optimism about engagement.</b> A warm, talkative parent can still be a frightened one."),
    ("b", "<b>A bruise to the ear was not treated as a warning sign.</b> No paediatric opinion was sought."),
    ("b", "<b>Handovers lost the history.</b> Each change of Named Person or social worker diluted what was "
          "known about domestic abuse."),
    ("b", "<b>Child K was rarely seen on his own.</b> Records described the adults and the home, not the child."),
    ("h", "Questions for your team"),
    ("b", "When did you last check what a family's previous local authority knows?"),
    ("b", "Would your team seek a paediatric opinion for a single bruise to a toddler's ear?"),
    ("b", "If someone tells you they have moved out, who checks?"),
    ("b", "What does your last record say about how the child looked, ate and played?"),
    ("h", "What is changing"),
    ("p", "The Committee has accepted all seven recommendations. From 1 February 2026 every IRD record in "
          "Inverlaw will include a check with any previous local authority. A revised bruising protocol will "
          "be issued in March 2026, and a multi-agency audit of 30 cases of children on a child's plan will "
          "take place in spring 2026 to test whether the changes are working."),
    ("h", "Key dates at a glance"),
    ("dates", [
        ("May 2023", "Family moves to Inverlaw from Dunmorven"),
        ("14 July 2023", "Police attend a domestic incident at the family's flat"),
        ("6 October 2023", "First child protection planning meeting: Child K not registered"),
        ("28 February 2024", "Nursery notices a bruise on Child K's ear"),
        ("12 June 2024", "Child K's name placed on the child protection register"),
        ("18 November 2024", "Child K's name removed from the register"),
        ("5 February 2025", "Grandmother phones social work with concerns"),
        ("16 February 2025", "Child K is admitted to hospital"),
    ]),
    ("h", "Find out more"),
    ("p", "Half-day briefing sessions for all staff will run at the Inverlaw Learning Hub on 20 January 2026 "
          "at 09.30 hrs and on 27 January 2026 at 13.30 hrs. To book, or for a copy of the full report, "
          "contact Fiona Drummond, Lead Officer, Inverlaw Child Protection Committee."),
]

BRIEFING_BOX = [
    ("Child K", "aged 3 years 2 months in February 2025"),
    ("Review period", "June 2023 to February 2025"),
    ("Recommendations", "7, all accepted"),
    ("Published", "December 2025"),
]
