# -*- coding: utf-8 -*-
"""Text of the FICTIONAL Child K review and its learning brief.

Everything here is invented: the partnership, the places, the agencies, the
people and the events.  Markup is Pango markup; [^n] marks footnote n.
"""

PARTNERSHIP = "Hemsfield and Tarrow Safeguarding Children Partnership"
REFERENCE = "HTSCP/LCSPR/2023/04"
PUBLISHED = "12 September 2024"
REVIEWER = "Miriam Falconer"
CHAIR = "Dr Owain Pritchard"

FICTIONAL_FOOTER = ("FICTIONAL \u2014 practice document for testing only. "
                    "Every person, place and agency in it is invented.")

COVER = {
    "kicker": PARTNERSHIP,
    "title": "Local Child Safeguarding\nPractice Review",
    "child": "Child K",
    "quote": "\u201cEveryone asked if I was OK. Nobody asked what I was "
             "actually doing at home.\u201d",
    "quote_by": "Sibling J, aged 15, speaking to the reviewer",
    "meta": [
        ("Review reference", REFERENCE),
        ("Independent reviewer", REVIEWER),
        ("Date of publication", PUBLISHED),
    ],
    "banner": "FICTIONAL CASE \u2014 PRACTICE DOCUMENT",
}

FOREWORD = [
    "This review tells the story of a seven year old girl who was seen by a "
    "great many people in the eighteen months before she was found, severely "
    "neglected, in her bedroom in February 2023. It is also the story of her "
    "brother, who was fourteen, and who for most of that time was doing the "
    "work of a parent without anybody in authority fully realising it.",
    "The partnership received the final report at its executive meeting on "
    "22 May 2024 and accepted all eight recommendations. An action plan, "
    "with named leads and dates, is published alongside this report and "
    "progress will be reported to the partnership every quarter. I want to "
    "thank Sibling J, his mother and his aunt for the time and honesty they "
    "gave to the review, and the practitioners who spoke so openly.",
]
FOREWORD_SIGN = (CHAIR, "Independent Chair and Scrutineer, " + PARTNERSHIP)

ROLE_KEY = [
    ("DSL1", "Deputy headteacher and designated safeguarding lead",
     "Tarrow Vale Primary School"),
    ("T1", "Child K's class teacher, Year 2 (2021/22)",
     "Tarrow Vale Primary School"),
    ("T2", "Child K's class teacher, Year 3 (2022/23)",
     "Tarrow Vale Primary School"),
    ("AO1", "Attendance officer", "Tarrow Vale Primary School"),
    ("DSL2", "Designated safeguarding lead", "Marches Academy"),
    ("HOY1", "Head of Year 9, Sibling J's head of year", "Marches Academy"),
    ("SN1", "School nurse (until August 2022)",
     "Marches Community Health NHS Trust"),
    ("SN2", "School nurse (from September 2022)",
     "Marches Community Health NHS Trust"),
    ("GP1", "General practitioner, Mother's usual GP",
     "Bridge Street Surgery, Hemsfield"),
    ("GP2", "General practitioner (salaried)",
     "Bridge Street Surgery, Hemsfield"),
    ("HSN1", "Named nurse for safeguarding children",
     "Hemsfield County Hospital"),
    ("CPN1", "Community psychiatric nurse and care coordinator",
     "Hemsfield Community Mental Health Team"),
    ("PSY1", "Consultant psychiatrist",
     "Hemsfield Community Mental Health Team"),
    ("HO1", "Housing officer (until March 2022)", "Borderlands Homes"),
    ("HO2", "Housing officer (from April 2022)", "Borderlands Homes"),
    ("PC1, PC2", "Police constables, response team", "West Marches Police"),
    ("DS1", "Detective sergeant, child abuse investigation unit",
     "West Marches Police"),
    ("DS2", "Detective sergeant on call, 3 February 2023",
     "West Marches Police"),
    ("IFD1, IFD2", "Social workers screening contacts at the Integrated "
     "Front Door", "Hemsfield and Tarrow Council"),
    ("SW1", "Social worker, assessment team (November to December 2022)",
     "Hemsfield and Tarrow Council"),
    ("SW2", "Social worker, assessment team (from January 2023)",
     "Hemsfield and Tarrow Council"),
    ("TM1", "Team manager, assessment team", "Hemsfield and Tarrow Council"),
    ("EDT1", "Emergency duty team manager", "Hemsfield and Tarrow Council"),
    ("EHP1", "Early help practitioner (until May 2022)",
     "Tarrow Early Help Hub"),
    ("EHP2", "Early help practitioner (from June 2022)",
     "Tarrow Early Help Hub"),
    ("EHC1", "Early help hub coordinator", "Tarrow Early Help Hub"),
    ("YCW1", "Young carers support worker", "Marches Young Carers"),
]

ABBREVIATIONS = [
    ("A&amp;E", "Accident and emergency department"),
    ("CIN", "Child in need (section 17, Children Act 1989)"),
    ("CMHT", "Community mental health team"),
    ("CPA", "Care Programme Approach"),
    ("DNA", "Did not attend"),
    ("DSL", "Designated safeguarding lead"),
    ("EDT", "Emergency duty team (out of hours social work)"),
    ("IFD", "Integrated Front Door: the council's single point of contact "
            "for concerns about children"),
    ("LCSPR", "Local child safeguarding practice review"),
    ("MHA", "Mental Health Act 1983"),
    ("TAF", "Team around the family meeting"),
]

FAMILY_KEY = [
    ("Child K", "Subject of the review, girl, aged 7 in February 2023"),
    ("Sibling J", "Child K's brother, aged 14 in February 2023"),
    ("Mother", "Mother of Child K and Sibling J"),
    ("Father", "Father of both children; lives in mid Wales"),
    ("Ms R", "Maternal aunt; now Sibling J's carer"),
    ("Mr M", "Mother's former partner (not a parent of either child)"),
]

# ---------------------------------------------------------------------------
# Footnotes (numbered through the document)
FOOTNOTES = {
    1: "HM Government, <i>Working Together to Safeguard Children</i> (2018), "
       "chapter 4. The guidance expects a rapid review to be completed "
       "within 15 working days of the serious incident notification.",
    2: "Centiles are taken from the UK-WHO growth charts. A child whose "
       "weight is below the 0.4th centile is lighter than 996 in every 1,000 "
       "children of the same age and sex.",
    3: "Marches Young Carers is a charity commissioned by Hemsfield and "
       "Tarrow Council. Following additional funding in 2023/24 its waiting "
       "time for an assessment has fallen to 4 weeks.",
    4: "At the time the policy allowed discharge after three missed "
       "appointments. It was revised in May 2023 and now requires the "
       "clinician to record whether the patient has dependent children and "
       "to inform the GP and, where relevant, children's services.",
    5: "Police protection under section 46 of the Children Act 1989 can last "
       "for no more than 72 hours.",
    6: "Borderlands Homes replaced this wording in September 2023. Staff must "
       "now report any concern about a child's welfare, however small, "
       "through the same form.",
}

SIDEBAR = {
    "title": "What the family said",
    "items": [
        ("Sibling J",
         "\u201cEveryone asked if I was OK, but nobody asked what I was "
         "actually doing at home. If they had, I would have told them.\u201d"),
        ("Sibling J",
         "\u201cI didn't want K to go into care. I thought if I kept things "
         "going nobody would split us up.\u201d"),
        ("Mother",
         "\u201cI was ashamed of the house. When the social worker rang to "
         "say she was coming I spent two days cleaning so she wouldn't "
         "see.\u201d"),
        ("Ms R, maternal aunt",
         "\u201cI live twenty minutes away and nobody ever rang me. I would "
         "have come the same day.\u201d"),
    ],
}

# ---------------------------------------------------------------------------
# Main report body.  Each section: number, title, list of blocks.
# Block kinds: ("p", markup) numbered paragraph; ("sub", title) column
# subheading; ("sidebar",) the family box; ("table",) the chronology;
# ("rec", markup) numbered paragraph holding a recommendation.

SECTIONS = [
 ("1", "Introduction", [
  ("p", "This Local Child Safeguarding Practice Review was commissioned by "
        "the Hemsfield and Tarrow Safeguarding Children Partnership (HTSCP) "
        "after serious harm to a seven year old girl, referred to in this "
        "report as Child K. On 3 February 2023 police officers carrying out "
        "a welfare check found Child K in an upstairs bedroom of the family "
        "home on the Millfield estate in Tarrow Vale. She was severely "
        "underweight, had untreated dental abscesses and an infected skin "
        "condition, and was admitted to Hemsfield County Hospital that "
        "evening."),
  ("p", "Child K's brother, referred to as Sibling J, was 14 years old at "
        "the time. For at least eighteen months he had been the main carer "
        "for Child K and, increasingly, for their mother, whose mental "
        "illness was worsening. The review has paid particular attention to "
        "how agencies saw, or failed to see, Sibling J's role as a young "
        "carer."),
  ("p", "The HTSCP notified the Child Safeguarding Practice Review Panel of "
        "the incident on 7 February 2023. A rapid review meeting was held on "
        "21 February 2023.[^1] It concluded that the criteria for a local "
        "review were met because the case raised questions about the "
        "recognition of chronic neglect, the impact of parental mental ill "
        "health on children, and the identification of young carers. The "
        "three safeguarding partners endorsed that decision on 28 February "
        "2023 and the review was formally commissioned on 14 March 2023."),
  ("p", "The review examined the involvement of agencies between "
        "1 September 2021, when Child K started Year 2, and 3 February 2023. "
        "Agencies were asked to include earlier information they judged "
        "significant; this is summarised in Section 2."),
  ("p", "The review was led by an independent reviewer, Miriam Falconer, a "
        "former head of children's social work with no previous connection "
        "to any agency in Hemsfield or Tarrow. She was supported by a panel "
        "of senior managers from the nine agencies involved, chaired by the "
        "partnership business manager, Claire Henshaw. The panel met on six "
        "occasions between April 2023 and March 2024."),
  ("p", "The nine agencies were: Hemsfield and Tarrow Council children's "
        "services, including the Integrated Front Door and the Tarrow Early "
        "Help Hub; Tarrow Vale Primary School; Marches Academy; Marches "
        "Community Health NHS Trust, which provides school nursing; Bridge "
        "Street Surgery; Hemsfield County Hospital; the Marches Partnership "
        "NHS Foundation Trust, which runs the Hemsfield Community Mental "
        "Health Team; West Marches Police; and Borderlands Homes. Marches "
        "Young Carers also provided information."),
  ("p", "Each agency provided a chronology and a short analysis of its own "
        "involvement. The reviewer read the merged chronology of 412 "
        "entries, spoke individually with 11 frontline practitioners and "
        "managers, and led a practitioner learning event on 27 June 2023, "
        "which was attended by 23 practitioners from every agency."),
  ("p", "The reviewer met Sibling J twice, on 14 September 2023 and "
        "2 November 2023, with his young carers worker present. She met "
        "Mother on 5 October 2023 at the home of the maternal aunt, Ms R, "
        "who also contributed. Father was invited to take part by letter and "
        "through his solicitor but chose not to. The family's views are "
        "summarised in the box in Section 2 and are drawn on throughout."),
  ("p", "West Marches Police investigated Mother for child neglect. The "
        "investigation concluded on 11 August 2023 with no further action, "
        "on public interest grounds, given the nature of her illness. Care "
        "proceedings concluded on 16 November 2023 with a care order for "
        "Child K and a child arrangements order in favour of Ms R for "
        "Sibling J."),
  ("p", "Practitioners are referred to by role codes, which are listed with "
        "the abbreviations used in this report in the key on page iii."),
 ]),

 ("2", "Child K and her family", [
  ("p", "Child K was born in April 2015 in Caldbridge and moved with her "
        "mother and brother to a three bedroom Borderlands Homes house on "
        "the Millfield estate in March 2019. She is white British and the "
        "family speak English at home. Her foster carers describe her as a "
        "funny and curious girl who loves drawing horses and who now "
        "\"eats everything and asks for more\"."),
  ("p", "Sibling J was born in October 2008. Father separated from Mother "
        "in 2016, moved to mid Wales and saw the children only occasionally; "
        "his last contact with them before the review period was in the "
        "summer of 2020. Mother's former partner, Mr M, lived in the "
        "household on and off between 2019 and June 2021. Police attended "
        "two domestic incidents at the address in 2020, both graded as "
        "standard risk."),
  ("p", "Mother has experienced depression since the birth of Sibling J. "
        "In 2017 she was admitted informally to the Hawthorn Unit, the acute "
        "mental health ward at Hemsfield County Hospital, for three weeks, "
        "and the children stayed with their maternal grandmother. The "
        "grandmother was the family's main source of practical help. She "
        "died in April 2021, five months before the period under review, "
        "and several practitioners later said they had not known of this "
        "loss."),
  ("p", "Mother worked part time as a care assistant until she lost her job "
        "in September 2021. From then on the household relied on universal "
        "credit and the family fell into debt, including rent arrears."),
  ("p", "Child K was registered with Bridge Street Surgery but had not seen "
        "a dentist since 2019. She had eczema from infancy, which was "
        "managed with emollients prescribed by the surgery."),
  ("sidebar",),
  ("p", "Child K now lives with foster carers in Hemsfield. In her first "
        "eight weeks in their care she gained 2.6 kg and her dental "
        "treatment was completed under general anaesthetic. Sibling J lives "
        "with Ms R, still attends Marches Academy and is supported by "
        "Marches Young Carers. Mother lives in supported accommodation and "
        "has supervised contact with both children once a month."),
 ]),

 ("3", "Agency involvement", [
  ("sub", "September 2021 to January 2022: first concerns"),
  ("p", "Child K started Year 2 in T1's class at Tarrow Vale Primary School "
        "in September 2021. On 14 October 2021 T1 recorded on the school's "
        "electronic safeguarding system that Child K had taken food from "
        "other children's lunch boxes on three days that week and had said "
        "\"there is no bread at home\". DSL1 spoke to Mother at the school "
        "gate the next morning. Mother explained that she was waiting for "
        "her first universal credit payment. DSL1 gave her a food bank "
        "voucher and arranged a free place at the school's breakfast club."),
  ("p", "On 2 November 2021 Mother saw GP1 at Bridge Street Surgery about "
        "low mood, poor sleep and thoughts that \"the children would be "
        "better off without me\". GP1 recorded a depression questionnaire "
        "(PHQ-9) score of 21, prescribed sertraline 50 mg and referred "
        "Mother to the talking therapies service. The record noted "
        "\"2 children at home\" but not who was looking after them, and no "
        "consideration was given to the children's needs. Mother did not "
        "attend her talking therapies assessment on 30 November 2021 and "
        "was discharged back to the GP."),
  ("p", "DSL1 asked the school nursing service to see Child K because of "
        "persistent head lice and her small size. SN1 saw her at a health "
        "drop-in on 19 November 2021 and recorded a weight of 19.8 kg, "
        "between the 2nd and 9th centiles, with height on the 25th "
        "centile.[^2] SN1 gave advice on head lice and planned to weigh "
        "Child K again in three months. The plan was written in the paper "
        "notes but not entered on the electronic caseload system, and the "
        "second weighing did not take place."),
  ("p", "On 7 December 2021 HO1, the Borderlands Homes housing officer, "
        "visited the home about rent arrears of \u00a31,240. HO1 noted a "
        "strong smell, bags of rubbish in the hallway and black mould in "
        "the children's bedroom. Mother agreed a repayment plan of \u00a315 "
        "a week and HO1 ordered a damp survey. HO1 did not consider the "
        "condition of the home as a possible sign of neglect. Borderlands "
        "Homes guidance at that time asked staff to complete a cause for "
        "concern form only where they saw \"a child at immediate risk\"."),
  ("p", "On 11 January 2022 DSL1 made the first referral to the Integrated "
        "Front Door (IFD), describing hunger, poor hygiene, head lice and "
        "repeated lateness and noting that Mother seemed low. IFD1 screened "
        "the referral. On 13 January 2022 it was judged to meet the "
        "threshold for early help at level 2 rather than for statutory "
        "social work, and it was passed to the Tarrow Early Help Hub. IFD1 "
        "did not contact the GP, and did not ask whether Sibling J's school "
        "held information."),

  ("sub", "February to July 2022: early help"),
  ("p", "EHP1 was allocated on 27 January 2022 and made her first home "
        "visit on 3 February 2022. She recorded that the house was "
        "\"untidy, with piles of washing and very little food in the "
        "fridge\" and that Mother said she was \"tired all the time\". "
        "EHP1 saw Child K's bedroom. Sibling J was at school. The early "
        "help assessment identified money worries and low mood, and the "
        "plan concentrated on morning routines, food and a place on the "
        "Steady Steps parenting group."),
  ("p", "The first team around the family (TAF) meeting took place at "
        "Tarrow Vale Primary School on 24 February 2022, attended by "
        "Mother, EHP1, DSL1 and SN1. Neither Marches Academy nor the GP was "
        "invited. The TAF plan contained seven actions, including a "
        "referral to a benefits adviser and a request that SN1 weigh "
        "Child K again by the end of April 2022."),
  ("p", "On 15 March 2022 Mother told GP2 that she was hearing a voice "
        "telling her she was \"a bad mother\". GP2 made an urgent referral "
        "to the Hemsfield Community Mental Health Team (CMHT). GP2 did ask "
        "about the children and recorded \"children well, supported by "
        "school and early help\"; that information came from Mother "
        "alone."),
  ("p", "At Marches Academy on 22 March 2022, HOY1 spoke to Sibling J after "
        "his third detention for lateness that term. Sibling J said he got "
        "his sister up, made her breakfast, walked her to school and did "
        "the shopping \"because mum can't go out\". HOY1 told DSL2, who on "
        "30 March 2022 referred Sibling J to Marches Young Carers. The "
        "waiting list for a young carer's assessment was then 14 weeks.[^3] "
        "DSL2 did not know that the family had an early help plan and did "
        "not tell the IFD; the early help hub never learned of Sibling J's "
        "caring role."),
  ("p", "The CMHT assessed Mother on 5 April 2022. CPN1 and PSY1 diagnosed "
        "a severe episode of recurrent depressive disorder with psychotic "
        "symptoms, changed her medication and placed her under the Care "
        "Programme Approach with CPN1 as care coordinator. The CMHT risk "
        "assessment asked whether the patient had caring responsibilities "
        "for children and recorded \"Yes \u2013 2\"; the section of the form "
        "headed Think Family was left blank."),
  ("p", "The second TAF meeting was held on 4 May 2022. EHP1 recorded "
        "\"Mum now getting help for her mental health \u2013 positive\". "
        "CPN1 had been invited by email but the invitation went to a "
        "generic inbox and was not passed on. Child K had not been weighed "
        "again."),
  ("p", "EHP1 left the early help hub on 13 May 2022. The family had no "
        "early help practitioner for more than five weeks, until EHP2 was "
        "allocated on 20 June 2022."),
  ("p", "The next evening, 21 June 2022, Child K was taken to the emergency "
        "department at Hemsfield County Hospital at 19.15 hrs by Sibling J "
        "and a neighbour, with a scald to her left forearm. Sibling J, then "
        "13, said the pan tipped while he was making noodles and Child K "
        "reached for it. Mother was said to be \"asleep upstairs, not "
        "well\". The triage nurse recorded that Child K was \"thin and "
        "unkempt\". The scald was dressed and a notification was sent to "
        "the school nursing team, but no safeguarding referral was made "
        "because the account matched the injury. The notification reached "
        "SN1 on 4 July 2022 and was filed."),
  ("p", "EHP2 spoke to Mother by telephone on 23 June 2022 and met her at "
        "the early help hub, not at home, on 7 July 2022. Mother said that "
        "the CMHT was helping and that things were \"getting better\". On "
        "26 July 2022 the hub coordinator, EHC1, agreed to close the early "
        "help plan because \"the family is engaging with specialist services "
        "and needs are met\". The school was told by email during the "
        "summer holiday and DSL1 did not read it until 5 September 2022."),
  ("p", "Child K's attendance for the 2021/22 school year was 86.4%, with "
        "31 late arrivals."),

  ("sub", "August to December 2022: escalating concerns"),
  ("p", "SN1 left the trust in August 2022 and her caseload passed to SN2. "
        "The outstanding plan to weigh Child K was not in the handover."),
  ("p", "Mother did not attend outpatient appointments with PSY1 on "
        "14 July, 25 August and 29 September 2022. Because of caseload "
        "pressure CPN1's home visits had already been reduced from "
        "fortnightly to monthly. CPN1 last saw Mother at home on "
        "8 September 2022 and wrote \"house cluttered; son helps with "
        "everything\". On 17 October 2022 Mother was discharged to the care "
        "of her GP under the team's did not attend policy.[^4] The discharge "
        "letter to Bridge Street Surgery did not mention the children."),
  ("p", "HO2 took over the Millfield estate in April 2022. Borderlands "
        "Homes could not get into the house for the annual gas safety check "
        "on three appointments between August and October 2022. On "
        "13 October 2022 HO2 called with a gas engineer. Sibling J answered "
        "the door, said his mother was asleep and told them the boiler had "
        "not worked \"since the summer\". HO2 was worried about Mother and "
        "emailed the council's adult social care team; she did not contact "
        "children's services."),
  ("p", "Marches Young Carers first wrote to the family in July 2022. "
        "Mother declined a home visit, so YCW1 met Sibling J at Marches "
        "Academy on 19 October 2022 and 16 November 2022. Sibling J asked "
        "YCW1 not to tell anyone how much he was doing because he was "
        "\"scared K would be taken away\". YCW1 recorded this but did not "
        "share it, and the young carer's assessment was still unfinished in "
        "February 2023."),
  ("p", "In the autumn term Child K's new class teacher, T2, noticed that "
        "she wore the same uniform every day, fell asleep in lessons and was "
        "often hungry. Child K's attendance for the autumn term 2022 was "
        "71.2%."),
  ("p", "On 2 November 2022 DSL1 arranged for SN2 to see Child K. SN2 found "
        "that her weight had fallen to 18.1 kg, below the 0.4th centile, and "
        "made a referral to the IFD the same day, the second referral about "
        "Child K. IFD2 screened it and on 4 November 2022 it was accepted "
        "for a child and family assessment under section 17 and allocated "
        "to SW1."),
  ("p", "SW1 rang Mother to arrange her first home visit, which took place "
        "on 10 November 2022. SW1 recorded that the house was \"cluttered "
        "but with food in the cupboards\" and that Mother \"presented as "
        "well and cooperative\". SW1 saw Sibling J at home with Mother "
        "present, and saw Child K alone at school on 15 November 2022, when "
        "Child K said she liked it \"when J makes pasta\". SW1 was not aware "
        "of the CMHT discharge. She asked the GP for information on "
        "16 November 2022; GP1 replied on 5 December 2022."),
  ("p", "At 23.40 hrs on 1 December 2022 Sibling J brought Child K to the "
        "emergency department alone, by taxi, with a high temperature and "
        "ear pain. She was diagnosed with an ear infection and given "
        "antibiotics. The paediatric nurse weighed her at 17.4 kg and "
        "recorded that she was very thin, in dirty clothes and had several "
        "decayed teeth. HSN1 made a referral to the IFD on 2 December "
        "2022."),
  ("p", "TM1 convened a strategy discussion by telephone on 5 December "
        "2022 with DS1 and HSN1. Neither the school nor the GP took part. "
        "It was agreed that the threshold for enquiries under section 47 "
        "was not met and that SW1 should complete her assessment \"with "
        "urgency\" and arrange a dental appointment. No timescale was "
        "set."),
  ("p", "SW1 completed her assessment in draft on 12 December 2022, "
        "recommending a child in need plan. She began sick leave on "
        "14 December 2022 and did not return. TM1 authorised the assessment "
        "on 21 December 2022, but the case was not reallocated until "
        "9 January 2023, when SW2 took it on. For 26 days, over the "
        "Christmas holiday when the school was closed, no social worker "
        "held the case."),

  ("sub", "January 2023 to 3 February 2023"),
  ("p", "SW2 made an unannounced home visit on 12 January 2023. Nobody "
        "answered the door and she left a card. She spoke to Mother by "
        "telephone the following day and arranged the first child in need "
        "meeting."),
  ("p", "On 18 January 2023 Sibling J told HOY1 that he was \"really "
        "tired\" because his mother \"has not got out of bed for a week\". "
        "DSL2 telephoned the IFD and the information was emailed to SW2 on "
        "19 January 2023. SW2 rang Mother, who said she had \"a bad cold\"."),
  ("p", "The first child in need meeting was held at Tarrow Vale Primary "
        "School on 25 January 2023. It was attended by SW2, DSL1 and SN2. "
        "Mother did not attend and Sibling J was not invited. Housing, the "
        "GP and Marches Academy were not invited either. By then the rent "
        "arrears had reached \u00a32,985, though children's services only "
        "learned this after 3 February 2023."),
  ("p", "Child K was absent from school from Monday 30 January 2023. AO1 "
        "telephoned Mother each day without reply. On 2 February 2023 AO1 "
        "and DSL1 called at the house; nobody answered and DSL1 emailed SW2, "
        "who was on a training course. At 14.05 hrs on 3 February 2023 DSL1 "
        "rang West Marches Police and asked for a welfare check."),
  ("p", "PC1 and PC2 arrived at 16.20 hrs, as Sibling J came home from "
        "school and let them in. They found Child K in an upstairs bedroom "
        "on soiled bedding. There was no working heating and no food in the "
        "house apart from a box of dry cereal. Mother was in her bedroom, "
        "distressed and responding to voices. PC1 took Child K into police "
        "protection at 16.55 hrs[^5] and she was taken by ambulance to "
        "Hemsfield County Hospital, where she weighed 16.9 kg. Sibling J "
        "went to stay with Ms R that night."),
  ("p", "A second strategy discussion was held at 21.30 hrs on 3 February "
        "2023, chaired by EDT1 with DS2 and the paediatric registrar. It "
        "agreed joint section 47 enquiries. Mother was assessed the next "
        "day and on 4 February 2023 she was detained under section 2 of the "
        "Mental Health Act."),
 ]),

 ("4", "Chronology of key contacts", [
  ("p", "Table 1 sets out the key contacts in the period under review. It "
        "is drawn from the merged agency chronology and keeps the date "
        "formats used by the agencies' own records. It is not a complete "
        "list of contacts."),
  ("table",),
 ]),

 ("5", "Analysis and findings", [
  ("sub", "Finding 1: neglect was seen in fragments"),
  ("p", "At least eleven practitioners from six agencies saw signs of "
        "neglect in Child K or in the home during the review period, but "
        "each saw a fragment. No single agency put the fragments together, "
        "and the picture that did exist was held mostly in the head of "
        "DSL1, who made the first and arranged the second referral."),
  ("p", "The clearest example is Child K's weight. It was recorded as "
        "19.8 kg in November 2021, 18.1 kg in November 2022, 17.4 kg in "
        "December 2022 and 16.9 kg on admission. A child of seven should "
        "gain weight over fourteen months; Child K lost almost three "
        "kilograms. The four measurements were taken by three different "
        "services and were never plotted on the same chart until this "
        "review."),
  ("p", "Practitioners at the learning event described a \"tidy-house "
        "bias\": assessments were reassured by a clean kitchen or a full "
        "cupboard on an arranged visit. Mother told the reviewer that she "
        "cleaned for two days before SW1's visit. Announced visits are "
        "sometimes right, but an assessment of neglect needs to include "
        "unannounced visits and the child's own lived experience."),
  ("sub", "Finding 2: the young carer was not seen"),
  ("p", "Sibling J told professionals on at least three occasions what "
        "he was doing at home: HOY1 in March 2022, YCW1 in October and "
        "November 2022, and HOY1 again in January 2023. He was the person "
        "who brought Child K to hospital twice and who opened the door to "
        "the housing officer, but he was not invited to any TAF or child in "
        "need meeting and was never seen alone by a social worker."),
  ("p", "Sibling J said that he stayed quiet because he feared that the "
        "family would be split up. Practitioners need to understand that "
        "many young carers hide the extent of their caring for this reason, "
        "and that a young carer's wish for confidentiality cannot outweigh "
        "a risk of significant harm to another child."),
  ("p", "The 14 week waiting list for a young carer's assessment meant "
        "that the one service whose job was to see Sibling J's role did not "
        "meet him until October 2022, seven months after the referral."),
  ("sub", "Finding 3: adult mental health services did not think family"),
  ("p", "The CMHT recorded that Mother had two children but did not ask who "
        "cared for them when she was unwell, despite her history of "
        "admission in 2017. CPN1's note that the \"son helps with "
        "everything\" was a clear indication of a young carer, yet it "
        "prompted no action. Mother was then discharged after three missed "
        "appointments without anyone considering what her disengagement "
        "might mean for the children."),
  ("p", "The review heard that CPN1 had a caseload of 41 patients at the "
        "time, against a trust standard of 30. This is a system issue for "
        "the trust and commissioners rather than a failing of one "
        "practitioner."),
  ("sub", "Finding 4: housing staff saw inside the home"),
  ("p", "Borderlands Homes staff were inside or at the door of the home "
        "twice in the review period and on both occasions saw conditions "
        "that, taken with other information, pointed to neglect. The "
        "\"immediate risk\" threshold in their guidance set the bar far "
        "too high.[^6] When HO2 did raise a concern, she sent it to adult "
        "social care because it was framed as a concern about Mother."),
  ("sub", "Finding 5: changes of worker broke the thread"),
  ("p", "In the eighteen months there were four changes of practitioner in "
        "key roles: EHP1 to EHP2, SN1 to SN2, HO1 to HO2 and SW1 to SW2. "
        "Each change lost information, most seriously the plan to weigh "
        "Child K, and each new practitioner started from the family's own "
        "account. The 26 day gap after SW1's sick leave and the five week "
        "gap in early help both fell at points of rising risk."),
  ("p", "The closure of early help on 26 July 2022 rested on Mother's "
        "report that the CMHT was helping. Nobody checked this with the "
        "CMHT, and the school, which saw Child K every day, was not asked "
        "for its view before the decision was made."),
  ("sub", "Finding 6: the first strategy discussion was too narrow"),
  ("p", "The strategy discussion on 5 December 2022 had before it a second "
        "emergency department attendance at night, brought by a 14 year old, "
        "a child below the 0.4th centile and a mother recently discharged "
        "from mental health services, although that last fact was not "
        "known to those taking part. The school and GP were not invited. "
        "The review considers that, had they been, the threshold for "
        "section 47 enquiries would probably have been met."),
  ("p", "The later decision to set no timescale for the dental appointment "
        "and the completion of the assessment left the plan dependent on "
        "SW1 alone, and it lapsed when she went on sick leave."),
 ]),

 ("6", "Good practice", [
  ("p", "DSL1 recognised and recorded concerns from October 2021 onwards, "
        "referred twice, arranged both school nurse appointments and called "
        "the police when Child K was missing from school. Her persistence "
        "is the main reason Child K was found when she was."),
  ("p", "HOY1 took time to listen to Sibling J rather than treating his "
        "lateness only as a behaviour issue, and DSL2's referral to Marches "
        "Young Carers was prompt."),
  ("p", "PC1 and PC2 acted decisively and with kindness on 3 February 2023; "
        "Sibling J told the reviewer that PC2 \"made me a cup of tea and "
        "said none of it was my fault\"."),
  ("p", "HSN1's referral after the second hospital attendance was timely "
        "and clearly described the neglect that the nurse had seen."),
 ]),

 ("7", "Recommendations", [
  ("p", "The review makes eight recommendations to the partnership. Each "
        "agency has also produced its own single agency action plan."),
  ("p", "<b>Recommendation 1.</b> The HTSCP should publish a neglect "
        "practice standard requiring growth measurements held by any health "
        "service to be plotted together on one chart when neglect is "
        "suspected, and shared with the lead practitioner."),
  ("p", "<b>Recommendation 2.</b> Children's services and the early help "
        "hub should ensure that every brother or sister in a household is "
        "seen alone and asked directly about caring tasks in every early "
        "help and social work assessment."),
  ("p", "<b>Recommendation 3.</b> The Marches Partnership NHS Foundation "
        "Trust should audit the use of the Think Family section of its risk "
        "assessment and report the results to the partnership within six "
        "months."),
  ("p", "<b>Recommendation 4.</b> Borderlands Homes should train all "
        "housing and repairs staff in recognising neglect and report "
        "completion rates to the partnership."),
  ("p", "<b>Recommendation 5.</b> The council should agree with Marches "
        "Young Carers a protocol for sharing information where a young "
        "carer's situation suggests risk to another child."),
  ("p", "<b>Recommendation 6.</b> Children's services should set a standard "
        "that no child subject to assessment is left without an allocated "
        "social worker for more than five working days."),
  ("p", "<b>Recommendation 7.</b> Strategy discussions about suspected "
        "neglect should include the child's school and GP, and should "
        "record a timescale for every action."),
  ("p", "<b>Recommendation 8.</b> The early help hub should not close a "
        "plan on the basis of another service's involvement without "
        "confirming that involvement directly with the service."),
  ("p", "The partnership will review progress on these recommendations at "
        "a learning review day twelve months after publication."),
 ]),
 ("8", "Conclusion", [
  ("p", "Child K's neglect developed over at least sixteen months in plain "
        "sight of universal services. No practitioner was indifferent: "
        "several were worried and acted. But they acted within systems that "
        "did not join information together, that treated a parent's account "
        "as the final word, and that did not see the fourteen year old who "
        "was holding the family together."),
  ("p", "Sibling J asked the reviewer to include one message for "
        "professionals in this report: \"If a kid is doing the shopping and "
        "the school run, ask them how they are really, and then ask "
        "again.\""),
  ("p", "The partnership has asked each agency to report on progress "
        "against its single agency action plan by 31 March 2025."),
 ]),

 ("A", "Appendix: terms of reference", [
  ("p", "The review will consider the involvement of agencies with Child K, "
        "Sibling J and Mother from 1 September 2021 to 3 February 2023, "
        "together with any earlier information that agencies judge "
        "significant."),
  ("p", "Key line of enquiry 1: how well did agencies recognise and respond "
        "to the signs of chronic neglect of Child K, including her growth, "
        "her dental health and the condition of the home?"),
  ("p", "Key line of enquiry 2: how well did agencies identify Sibling J as "
        "a young carer, and how far were his views and needs taken into "
        "account?"),
  ("p", "Key line of enquiry 3: how did services for adults consider the "
        "impact of Mother's mental illness on her children?"),
  ("p", "Key line of enquiry 4: how effective were information sharing and "
        "the handover of work when practitioners changed or services "
        "closed?"),
  ("p", "Key line of enquiry 5: what was the impact of the thresholds and "
        "policies in use at the time, including the early help threshold, "
        "the housing cause for concern guidance and the CMHT did not attend "
        "policy?"),
  ("p", "The review will not decide questions of individual blame. Any "
        "issues of individual practice identified will be referred to the "
        "agency concerned."),
 ]),
]

# ---------------------------------------------------------------------------
# Chronology table rows: (date as in agency record, agency, practitioner,
# contact and outcome)
CHRONOLOGY = [
    ("14/10/21", "Tarrow Vale Primary", "T1, DSL1",
     "Child K taking food from other children; says there is no bread at "
     "home. DSL1 speaks to Mother next day; food bank voucher and breakfast "
     "club place."),
    ("02/11/2021", "Bridge Street Surgery", "GP1",
     "Mother seen for low mood; PHQ-9 score 21; sertraline started; "
     "referred to talking therapies. Children not discussed."),
    ("19 Nov 2021", "School nursing", "SN1",
     "Health drop-in: weight 19.8 kg (2nd to 9th centile); head lice advice. "
     "Re-weigh planned in three months."),
    ("07.12.2021", "Borderlands Homes", "HO1",
     "Home visit about arrears of \u00a31,240. Smell, rubbish in hallway, "
     "mould in children's room. Repayment plan agreed; damp survey "
     "ordered."),
    ("11/01/2022", "Tarrow Vale Primary", "DSL1",
     "First referral to IFD: hunger, hygiene, head lice, lateness, "
     "Mother's low mood."),
    ("13/01/2022", "Children's services (IFD)", "IFD1",
     "Referral screened; early help level 2; passed to Tarrow Early Help "
     "Hub. No checks with GP or Marches Academy."),
    ("03/02/2022", "Early help hub", "EHP1",
     "First early help home visit: house untidy, little food in the "
     "fridge. Sibling J at school."),
    ("24/02/2022", "Early help hub", "EHP1",
     "First TAF meeting at primary school. Plan of seven actions. Marches "
     "Academy and GP not invited."),
    ("15/03/2022", "Bridge Street Surgery", "GP2",
     "Mother hearing a voice; urgent referral to CMHT. Children recorded as "
     "\"well, supported\"."),
    ("22/03/22", "Marches Academy", "HOY1",
     "Sibling J describes getting Child K up, breakfast, school run and "
     "shopping. Passed to DSL2."),
    ("30/03/2022", "Marches Academy", "DSL2",
     "Referral of Sibling J to Marches Young Carers; waiting list 14 "
     "weeks. IFD and early help not told."),
    ("05.04.2022", "Hemsfield CMHT", "CPN1, PSY1",
     "Assessment: severe depressive episode with psychotic symptoms. Care "
     "Programme Approach; CPN1 care coordinator. Think Family section "
     "blank."),
    ("04/05/2022", "Early help hub", "EHP1",
     "Second TAF meeting. CMHT invitation sent to generic inbox; Child K "
     "still not re-weighed."),
    ("21/06/2022", "Hemsfield County Hospital", "ED triage nurse",
     "19.15 hrs: Child K brought by Sibling J and a neighbour with a scald "
     "to left forearm. Thin and unkempt. Notification to school nursing; "
     "no referral."),
    ("26/07/2022", "Early help hub", "EHC1",
     "Early help plan closed: \"engaging with specialist services\". "
     "School told by email in the holiday."),
    ("08.09.2022", "Hemsfield CMHT", "CPN1",
     "Last home visit by CPN1: \"house cluttered; son helps with "
     "everything\"."),
    ("13 Oct 2022", "Borderlands Homes", "HO2",
     "Gas safety visit with engineer; Sibling J at door; boiler not "
     "working. Concern emailed to adult social care."),
    ("17.10.2022", "Hemsfield CMHT", "PSY1",
     "Mother discharged to GP after three missed outpatient appointments. "
     "Letter does not mention children."),
    ("19/10/2022", "Marches Young Carers", "YCW1",
     "First meeting with Sibling J at school. He asks that what he does at "
     "home is not shared."),
    ("02/11/2022", "School nursing", "SN2",
     "Weight 18.1 kg, below 0.4th centile. Second referral to IFD the same "
     "day."),
    ("10/11/2022", "Children's services", "SW1",
     "Announced home visit. House cluttered but food in cupboards; Mother "
     "\"presented as well\". Sibling J seen with Mother present."),
    ("01/12/2022", "Hemsfield County Hospital", "ED nurse, HSN1",
     "23.40 hrs: Child K brought by Sibling J alone by taxi; ear infection; "
     "weight 17.4 kg; decayed teeth. HSN1 refers to IFD next day."),
    ("05/12/2022", "Children's services", "TM1, DS1, HSN1",
     "First strategy discussion (telephone). Section 47 threshold not met. "
     "School and GP not included."),
    ("14/12/2022", "Children's services", "SW1",
     "SW1 begins sick leave. Case unallocated until 09/01/2023."),
    ("12/01/2023", "Children's services", "SW2",
     "Unannounced home visit; no answer; card left."),
    ("18/01/23", "Marches Academy", "HOY1, DSL2",
     "Sibling J says Mother has not got out of bed for a week. DSL2 "
     "telephones IFD."),
    ("25/01/2023", "Children's services", "SW2",
     "First child in need meeting. Mother absent; Sibling J not invited."),
    ("03/02/2023", "West Marches Police", "PC1, PC2",
     "16.20 hrs welfare check. Child K found in bedroom; police protection "
     "16.55 hrs; admitted to hospital, weight 16.9 kg."),
    ("03/02/2023", "Children's services (EDT)", "EDT1, DS2",
     "21.30 hrs second strategy discussion; joint section 47 enquiries "
     "agreed."),
]

TABLE_CAPTION = ("Table 1. Key contacts with Child K and her family, "
                 "1 September 2021 to 3 February 2023")
TABLE_HEAD = ("Date", "Agency", "Practitioner", "Contact and outcome")

SIGNOFF_AFTER = "8"
SIGNOFF = ("Miriam Falconer, Independent Reviewer. Report completed "
           "April 2024; approved by the partnership executive on "
           "22 May 2024.")

# ---------------------------------------------------------------------------
# Learning brief (companion).  Differs from the report on three points: the
# date of the learning event (29 June 2023), the number of practitioners who
# attended it (21) and the date early help closed (19 July 2022).

BRIEF_TITLE = "Learning brief: Child K"
BRIEF_SUB = ("Local Child Safeguarding Practice Review " + REFERENCE +
             "\n" + PARTNERSHIP + " \u00b7 published September 2024")

BRIEF = [
    ("h", "Why this review?"),
    ("p", "On 3 February 2023 police found Child K, aged 7, severely "
          "neglected in her bedroom in Tarrow Vale. Her brother, Sibling J, "
          "aged 14, had been caring for her and for their mother, who was "
          "seriously mentally unwell. The partnership commissioned an "
          "independent review on 14 March 2023. This brief is for "
          "practitioners and managers in every agency; it takes about ten "
          "minutes to read and should be discussed in team meetings."),
    ("facts",),
    ("h", "How the review was done"),
    ("p", "The independent reviewer, Miriam Falconer, read agency "
          "chronologies, spoke with practitioners and met the family. A "
          "practitioner learning event on 29 June 2023 brought together 21 "
          "practitioners from the nine agencies involved."),
    ("h", "What happened"),
    ("p", "Concerns about hunger, hygiene and lateness were raised by "
          "Child K's primary school from October 2021. A first referral in "
          "January 2022 led to early help, which was closed on 19 July 2022 "
          "after Mother said her mental health team was helping. In fact "
          "she was missing appointments and was discharged in October "
          "2022."),
    ("p", "A second referral by the school nurse in November 2022, when "
          "Child K weighed 18.1 kg, led to a social work assessment. The "
          "first home visit was announced and the house had been cleaned. "
          "After a night-time hospital visit in December 2022 a strategy "
          "discussion decided that section 47 enquiries were not needed. "
          "The social worker then went on sick leave and the case was "
          "unallocated for 26 days."),
    ("p", "Sibling J told his head of year and his young carers worker what "
          "he was doing at home, but asked them to keep it quiet. He was "
          "never seen alone by a social worker."),
    ("quote",),
    ("h", "Six findings in brief"),
    ("f", "1", "Neglect was seen in fragments. Four weights, taken by "
               "three services, were never plotted together."),
    ("f", "2", "The young carer was not seen. Sibling J was not invited to "
               "any meeting about his sister."),
    ("f", "3", "Adult mental health services did not think family, and the "
               "did not attend policy led to discharge without thought for "
               "the children."),
    ("f", "4", "Housing staff saw inside the home, but their guidance set "
               "the bar at immediate risk."),
    ("f", "5", "Changes of worker broke the thread: four changes of "
               "practitioner in key roles in eighteen months."),
    ("f", "6", "The first strategy discussion did not include the school "
               "or the GP."),
    ("h", "What you should do now"),
    ("b", "Ask every brother or sister about their caring tasks, and see "
          "them on their own."),
    ("b", "Visit unannounced at least once in any neglect assessment, and "
          "look at where the child sleeps and what there is to eat."),
    ("b", "Plot every height and weight you know about on one chart, and "
          "ask other services for theirs."),
    ("b", "Before closing a plan because another service is involved, ring "
          "that service and check."),
    ("b", "If you only see a parent, ask who looks after the children when "
          "the parent is unwell."),
    ("h", "Timeline at a glance"),
    ("d", "Oct 2021", "Primary school first records hunger and takes food "
                      "from other children's lunch boxes."),
    ("d", "11 Jan 2022", "First referral; early help offered."),
    ("d", "19 Jul 2022", "Early help plan closed."),
    ("d", "17 Oct 2022", "Mother discharged from the mental health team "
                         "after missed appointments."),
    ("d", "2 Nov 2022", "Second referral by the school nurse; social work "
                        "assessment begins."),
    ("d", "1 Dec 2022", "Second hospital attendance, late at night, brought "
                        "by Sibling J."),
    ("d", "5 Dec 2022", "Strategy discussion: section 47 threshold not "
                        "met."),
    ("d", "3 Feb 2023", "Child K found at home after a welfare check "
                        "requested by her school."),
    ("h", "Recommendations"),
    ("p", "The review makes eight recommendations, accepted in full by the "
          "partnership. They cover a neglect practice standard with shared "
          "growth charts, seeing siblings alone, an audit of Think Family "
          "practice in adult mental health, neglect training for housing "
          "staff, information sharing with Marches Young Carers, a limit of "
          "five working days without an allocated social worker, wider "
          "strategy discussions and checks before early help closure."),
    ("h", "Questions for your team"),
    ("b", "Who in your service would notice if a child's weight fell across "
          "two centile lines?"),
    ("b", "When did you last invite a brother or sister to a meeting about "
          "their sibling?"),
    ("b", "What does your service do when a parent with children stops "
          "attending?"),
    ("h", "What has changed already"),
    ("b", "Borderlands Homes rewrote its cause for concern guidance in "
          "September 2023; any worry about a child must now be reported."),
    ("b", "The mental health trust revised its did not attend policy in "
          "May 2023 so that dependent children are always considered "
          "before discharge."),
    ("b", "Extra funding has cut the wait for a young carer's assessment "
          "from 14 weeks to 4 weeks."),
    ("b", "Since January 2024 the early help hub has used a closure "
          "checklist that requires a telephone call to every service "
          "named in the plan."),
    ("b", "The partnership relaunched its neglect toolkit in March 2024 "
          "with a shared growth chart template for all health services."),
    ("h", "Practice points by agency"),
    ("b", "Schools: a child who is hungry, tired and unkempt week after week "
          "needs a referral, not only a breakfast club place."),
    ("b", "Health: when a child attends hospital with an older sibling and "
          "no adult, share it with the school nurse and the GP."),
    ("b", "Housing: repeated failed access for gas checks can be a sign that "
          "a family is struggling. Ask who lives there and how they are."),
    ("h", "Find out more"),
    ("p", "The full report, the partnership's response and the action plan "
          "are on the HTSCP website. Contact the partnership business "
          "manager, Claire Henshaw, for training on this case or to book "
          "a briefing session for your team."),
]

BRIEF_FACTS = [
    ("7", "Child K's age when found"),
    ("14", "Sibling J's age"),
    ("16.9 kg", "Child K's weight on admission"),
    ("71.2%", "Child K's attendance, autumn term 2022"),
    ("26 days", "without an allocated social worker"),
    ("14 weeks", "wait for a young carer's assessment"),
]

BRIEF_QUOTE = ("\u201cI thought if I kept things going nobody would split us "
               "up.\u201d", "Sibling J")
