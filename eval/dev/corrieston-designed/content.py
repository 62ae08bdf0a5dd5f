# -*- coding: utf-8 -*-
"""Text of the FICTIONAL Corrieston and Wyle CSPR ("Rory") and its learning briefing.

Everything here is invented.  Markup is ReportLab paragraph XML; {fn:key} marks a footnote.
Block kinds:
  ('span', num, title)      section heading spanning both columns (starts a new page)
  ('fullpage', num, title)  section heading on a full-width page (chronology)
  ('h', num, title)         section heading inside a column
  ('sh', title)             sub-heading inside a column
  ('p', num, text)          numbered paragraph, number at line start, hanging indent
  ('sp', num, text)         sub-paragraph 4.12.1
  ('mp', num, text)         paragraph with its number in the left margin (small grey)
  ('u', text)               unnumbered paragraph
  ('box', title, [texts])   shaded sidebar box in a column
  ('quote', text, who)      pull quote
  ('key',)                  key of role codes
  ('chrono',)               chronology table (full width)
  ('colbreak',)             force the next column
"""

TITLE = "Child Safeguarding Practice Review: \u2018Rory\u2019"
RUNNING_HEAD = "Child Safeguarding Practice Review \u2018Rory\u2019 \u2014 Corrieston and Wyle Safeguarding Children Partnership"
PARTNERSHIP = "Corrieston and Wyle Safeguarding Children Partnership"
FOOTER = "FICTIONAL \u2014 practice document"

FOOTNOTES = {
    "criminal": "The Partnership consulted Wyle Valley Police and the Crown Prosecution Service before "
                "publication. Nothing in this report should be read as a finding about the cause of "
                "Rory\u2019s injuries or about the guilt of any person.",
    "rapid": "The rapid review was chaired by the designated nurse for safeguarding children for the "
             "Corrieston and Wyle area and was attended by nine agencies.",
    "event": "The event was facilitated by the independent reviewer and the Partnership\u2019s learning and "
             "development lead. An anonymised case summary was sent to participants one week in advance.",
    "auditc": "AUDIT-C is a short alcohol screening tool with a maximum score of 12. A score of 5 or more "
              "indicates increasing or higher-risk drinking.",
    "dash": "DASH is the Domestic Abuse, Stalking, Harassment and Honour-Based Violence risk identification "
            "checklist. Fourteen or more \u2018yes\u2019 answers usually indicate high risk and a referral to MARAC.",
    "gcp2": "Corrieston and Wyle Neglect Strategy 2021\u20132024, section 5. The Graded Care Profile 2 (GCP2) "
            "measures the quality of care given to a child in four areas: physical care, safety, love, "
            "and esteem.",
    "dna": "Pathways Corrieston, Disengagement and Discharge Policy, version 3 (2022).",
    "esc": "Corrieston and Wyle Safeguarding Children Partnership, Resolving Professional Disagreements "
           "(Escalation) Procedure, revised April 2023. It allows any practitioner to escalate to a "
           "conference chair within five working days.",
    "flag": "The flag is added when a child becomes subject to a child protection plan and is visible to "
            "emergency department staff who open the child\u2019s hospital record.",
}

FOREWORD = [
    "Rory was four years old when he was admitted to hospital with a serious head injury in February 2024. "
    "The doctors who treated him also found that he had been neglected for a long time. In the eighteen months "
    "before that night he had been seen by health visitors, GPs, nursery staff, social workers, police officers "
    "and a housing officer, and his mother was being supported by an adult drug and alcohol service.",
    "This review asks how so many people who cared about Rory could each see part of what was happening to him, "
    "and yet the whole picture was never put together. It does not look for someone to blame. It looks at the "
    "way our systems shape what practitioners notice, record and share, and at what we must change.",
    "I am grateful to Rory\u2019s grandmother, who spoke to the reviewer with great honesty, and to the practitioners "
    "who took part. The safeguarding partners approved this report on 21 January 2025 and have accepted all of "
    "its recommendations. A learning briefing for frontline staff is published alongside it.",
]
FOREWORD_SIGN = "Marcus Beddoe<br/>Independent Chair and Scrutineer, Corrieston and Wyle Safeguarding Children Partnership"

GLOSSARY = [
    ("ASQ-3", "Ages and Stages Questionnaire, third edition"),
    ("AUDIT-C", "Alcohol Use Disorders Identification Test \u2013 Consumption"),
    ("CIN", "Child in need (section 17, Children Act 1989)"),
    ("CP", "Child protection"),
    ("DASH", "Domestic abuse risk identification checklist"),
    ("GCP2", "Graded Care Profile 2"),
    ("ICPC / RCPC", "Initial / review child protection conference"),
    ("IDVA", "Independent domestic violence adviser"),
    ("MARAC", "Multi-Agency Risk Assessment Conference"),
    ("MASH", "Multi-Agency Safeguarding Hub (the \u2018Front Door\u2019)"),
]

KEY = [
    ("HV1", "Health visitor, Sept 2022 \u2013 March 2023"),
    ("HV2", "Health visitor, April \u2013 Nov 2023"),
    ("HV3", "Health visitor, from 27 Nov 2023"),
    ("GP1", "GP, Harbour Lane Surgery (Ms K)"),
    ("GP2", "GP, Harbour Lane Surgery (Rory)"),
    ("GP3", "Salaried GP, Harbour Lane Surgery"),
    ("DSL1", "Nursery manager and designated safeguarding lead, Brambleside Nursery"),
    ("NP1", "Rory\u2019s key person, Brambleside Nursery"),
    ("MASH1", "Social worker, MASH"),
    ("SW1", "Social worker, assessment team"),
    ("SW2", "Social worker, child protection team"),
    ("SW3", "Social worker, family support team"),
    ("TM1", "Team manager, children\u2019s social care"),
    ("CPC1", "Child protection conference chair (ICPC, first RCPC)"),
    ("CPC2", "Child protection conference chair (second RCPC)"),
    ("PC1", "Police constable, 12 September 2022"),
    ("PC2", "Police constable, 6 December 2022"),
    ("PC3", "Police constable, 7 May 2023"),
    ("DS1", "Detective sergeant, first strategy discussion"),
    ("DS2", "Detective sergeant, child abuse investigation team"),
    ("IDVA1", "Independent domestic violence adviser"),
    ("HO1", "Housing officer, Wyle Homes"),
    ("HO2", "Temporary accommodation officer, council housing options"),
    ("SMW1", "Recovery worker, Pathways Corrieston"),
    ("SMW2", "Recovery worker, Pathways Corrieston, from Aug 2023"),
    ("EDD1", "Emergency department doctor, July 2023"),
    ("PR1", "Paediatric registrar, February 2024"),
]

VOICE = [
    "Rory\u2019s key person at nursery, NP1, kept a learning journal for him. These are some of her notes.",
    "\u201cRory loves the sand tray and the big red bus. He eats everything on his plate and asks for more, and "
    "sometimes puts bread in his pockets for later.\u201d (November 2022)",
    "\u201cWhen it is home time Rory goes and hides under the table in the book corner.\u201d (March 2023)",
    "\u201cRory drew a house today. I asked who lives there and he said \u2018nobody\u2019.\u201d (October 2023)",
    "His grandmother told the review that since he came to live with her Rory asks every night whether the "
    "front door is locked.",
]

CUMULATIVE = [
    "Cumulative harm is the harm caused by a series of events or circumstances that build up over time, "
    "rather than by one incident. Each episode on its own may look minor.",
    "For a young child, hunger, missed health care, poor sleep, frightening arguments and an absent or "
    "unpredictable parent can together do lasting damage to development, even when no single event reaches "
    "the threshold for action.",
    "Practitioners should look back over the whole history, not only at the latest referral, and ask: "
    "\u201cWhat is this child\u2019s day like?\u201d",
]

# date | agency | event  (dates in the table use dd/mm/yyyy; times in 24-hour hh:mm)
CHRONO = [
    ("15/08/2022", "Housing options", "Family evicted from privately rented flat in Wyle (rent arrears). Placed in one room at Falconer House hostel by HO2."),
    ("12/09/2022 23:40", "Police", "First domestic incident at Falconer House. PC1 attends; Mr L has left. DASH: standard risk. Rory asleep in the room."),
    ("14/09/2022", "Police / MASH", "Child concern notification sent to MASH."),
    ("16/09/2022", "Children\u2019s social care", "MASH1: no further action. Information shared with health visiting and GP on 21/09/2022."),
    ("03/10/2022", "Nursery", "Rory starts at Brambleside Nursery (15 funded hours a week). Key person NP1."),
    ("19/10/2022", "GP", "Ms K sees GP1: low mood, drinking \u2018most nights\u2019. AUDIT-C 10. Advised to self-refer to Pathways."),
    ("08/11/2022", "Health visiting", "HV1 home visit at Falconer House. Ms K 17 weeks pregnant. ASQ-3 below cut-off; referral to speech and language therapy."),
    ("22/11/2022", "Nursery", "DSL1 records hunger at 4 of 7 sessions, same clothes, food hoarding. Food bank voucher given."),
    ("06/12/2022 01:20", "Police", "Second domestic incident. PC2 attends; Ms K injured and intoxicated; Rory awake and crying. DASH: medium (9). Referral to MASH."),
    ("08/12/2022", "Children\u2019s social care", "Single assessment opened; allocated to SW1."),
    ("13/12/2022", "Pathways", "Ms K\u2019s first appointment with SMW1. Form records \u2018no dependent children\u2019."),
    ("09/01/2023", "Wyle Homes", "Family move to two-bedroom flat at Marram Court. Sole tenancy to Ms K; signed with HO1."),
    ("23/01/2023", "Children\u2019s social care", "Single assessment completed: child in need plan. No GCP2."),
    ("07/02/2023", "Children\u2019s social care", "First CIN meeting (SW1, HV1, DSL1). Pathways not invited."),
    ("14/02/2023", "Community health", "Speech and language therapy appointment: Rory not brought."),
    ("15/02/2023", "Children\u2019s social care", "Mr L referred to Turning Point perpetrator programme. Does not attend assessment."),
    ("28/03/2023", "Community health", "Second speech and language therapy appointment missed; Rory discharged to health visitor."),
    ("03/04/2023", "Health visiting", "HV2 takes over from HV1. Transfer summary omits police incidents."),
    ("04/04/2023", "Children\u2019s social care", "Second CIN meeting (SW1, HV2, DSL1). Nursery attendance 71% in spring term."),
    ("21/04/2023", "Hospital", "Finn born at Corrieston General Hospital."),
    ("02/05/2023", "Health visiting", "HV2 new birth visit. Mr L present throughout; no routine enquiry about domestic abuse."),
    ("07/05/2023 22:05", "Police", "Third incident: non-fatal strangulation of Ms K while holding Finn. PC3 arrests Mr L. DASH: high (17)."),
    ("08/05/2023", "Police", "Mr L released on conditional bail (no contact with Ms K; not to attend Marram Court)."),
    ("09/05/2023", "Police / CSC / Health", "First strategy discussion (DS1, TM1, SW2, HV2). Section 47 enquiries for both children."),
    ("25/05/2023", "MARAC", "Case heard at MARAC. IDVA1 allocated; housing and police flags agreed."),
    ("01/06/2023", "Children\u2019s social care", "ICPC chaired by CPC1: both children subject to CP plans (emotional abuse)."),
    ("14/06/2023", "Health visiting", "HV2 developmental review: ASQ-3 communication below cut-off. Weight 14.6 kg (9th centile)."),
    ("15/06/2023", "Children\u2019s social care", "First core group meeting."),
    ("30/06/2023", "IDVA service", "IDVA1 closes case after three unanswered contact attempts."),
    ("16/07/2023 19:35", "Hospital ED", "Rory attends ED with 2 cm forehead laceration (\u2018fell off sofa\u2019). Glued by EDD1 and discharged. Mother smelt of alcohol."),
    ("18/07/2023", "Hospital ED", "ED notification sent to health visiting service (not to SW2). Filed by HV2."),
    ("31/07/2023", "Police", "Ms K withdraws her statement."),
    ("07/08/2023", "Police", "No further action on strangulation offence; Mr L\u2019s bail conditions end. SW2 told on 22/08/2023."),
    ("14/08/2023", "Pathways", "Case transferred from SMW1 to SMW2."),
    ("24/08/2023", "Children\u2019s social care", "First RCPC (CPC1): plans continue."),
    ("20/09/2023", "GP", "GP2 sees Rory (cough). Weight 14.2 kg recorded, not plotted."),
    ("21/09/2023", "Children\u2019s social care", "Core group (SW2, HV2, DSL1). Pathways not invited."),
    ("03/10/2023", "Wyle Homes", "HO1 damp inspection: Rory asleep on living-room mattress, empty vodka bottles, man\u2019s work boots. No referral."),
    ("09/10/2023", "Health visiting", "HV2 home visit to review Finn. Rory at home on a nursery day (\u2018a cold\u2019)."),
    ("19/10/2023", "Children\u2019s social care", "Core group: DSL1 reports autumn term attendance of 54%."),
    ("08/11/2023", "Children\u2019s social care", "SW2 last home visit. Ms K says Mr L lives with his brother."),
    ("10/11/2023", "Pathways", "Pathways report for conference (2 of 6 appointments attended) sent to general inbox."),
    ("16/11/2023", "Children\u2019s social care", "Second RCPC (CPC2): CP plans end; step-down to child in need. Pathways report not received."),
    ("20/11/2023", "Children\u2019s social care", "SW3 allocated."),
    ("27/11/2023", "Health visiting", "HV3 takes over from HV2."),
    ("30/11/2023", "Wyle Homes", "Anti-social behaviour warning letter after four noise complaints."),
    ("04/12/2023", "Health visiting", "HV3 planned home visit: no access."),
    ("12/12/2023", "Children\u2019s social care", "CIN meeting (SW3, HV3, DSL1). Ms K does not attend."),
    ("28/12/2023 23:15", "Police", "Neighbour reports shouting and a child screaming at Marram Court. No answer; closed as \u2018no offences disclosed\u2019."),
    ("05/01/2024", "GP", "GP3 sees Ms K: depression, sertraline started. Says she drinks \u2018only at weekends\u2019."),
    ("08/01/2024", "Nursery", "Spring term begins. Rory does not attend."),
    ("19/01/2024 14:30", "Health visiting", "HV3 home visit. Rory asleep on sofa, \u2018pale and thin\u2019; not woken."),
    ("22/01/2024", "Children\u2019s social care", "SW3 home visit. Rory seen playing; bedrooms not seen. Last professional sighting."),
    ("26/01/2024", "Nursery", "DSL1 home visit: no answer. E-mail to SW3 on 29/01/2024 not picked up (leave)."),
    ("02/02/2024", "Children\u2019s social care", "CIN meeting cancelled (SW3 sick); not rearranged."),
    ("11/02/2024 02:48", "Ambulance / ED", "999 call by Ms K. Rory admitted with subdural haematoma and skull fracture; transferred to St Aldhelm\u2019s, Kenbury."),
    ("12/02/2024", "Police / CSC / Health", "Second strategy discussion (DS2, TM1, SW3, PR1, HV3, DSL1)."),
]

REPORT = [
    # ------------------------------------------------------------------ 1
    ('span', '1', 'Introduction'),
    ('p', '1.1', "This Child Safeguarding Practice Review (CSPR) was commissioned by the Corrieston and Wyle "
     "Safeguarding Children Partnership (the Partnership) after serious harm to a four-year-old boy, who is called "
     "Rory in this report. The name was chosen by his maternal grandmother, who now cares for him."),
    ('p', '1.2', "In the early hours of 11 February 2024 Rory was taken by ambulance to the emergency department of "
     "Corrieston General Hospital after his mother rang 999 to say that he \u201cwould not wake up\u201d. Scans showed "
     "an acute subdural haematoma and a fracture of the left parietal bone of his skull. Doctors also found signs of "
     "long-standing neglect: he was severely underweight, had extensive dental decay and untreated scabies, and a "
     "skeletal survey showed an older, healing fracture of his left forearm. He was transferred the same morning to "
     "the paediatric neurosurgical unit at St Aldhelm\u2019s Children\u2019s Hospital in Kenbury."),
    ('p', '1.3', "Rory\u2019s mother and her partner, who is Rory\u2019s father, were both arrested on 11 February 2024. "
     "At the time of writing Mr L has been charged with causing grievous bodily harm with intent and Ms K with "
     "child cruelty by wilful neglect, and a trial has been listed for June 2025. This review does not seek to "
     "establish how Rory\u2019s head injury was caused, which is a matter for the criminal court.{fn:criminal}"),
    ('p', '1.4', "The Partnership notified the national Child Safeguarding Practice Review Panel (the National Panel) "
     "on 13 February 2024. A rapid review{fn:rapid} met on 28 February 2024 and concluded that the case met the "
     "criteria for a local review, because it raised questions about how agencies work together to recognise "
     "chronic neglect when domestic abuse and parental alcohol misuse are also present. The National Panel agreed "
     "with that decision in its letter of 14 March 2024."),
    ('p', '1.5', "Rory and his family were known to seven local agencies during the period under review: the 0\u201319 "
     "health visiting service of Corrieston Community Health NHS Trust; Harbour Lane Surgery, the family\u2019s GP "
     "practice; Brambleside Nursery; Corrieston and Wyle Council children\u2019s social care; Wyle Valley Police; "
     "housing (Wyle Homes and the council\u2019s housing options team); and Pathways Corrieston, the adult substance "
     "misuse service. The emergency department of Corrieston General Hospital saw Rory once before the incident."),
    ('p', '1.6', "The review was led by an independent reviewer, Alison Threlkeld, a former assistant director of "
     "children\u2019s services with no connection to any agency in Corrieston or Wyle. She was supported by a review "
     "panel of senior managers from each agency, chaired by the Partnership\u2019s business manager, Gareth Molyneux. "
     "The panel met five times between May and November 2024."),
    ('p', '1.7', "The purpose of the review is to identify improvements to practice and to the systems that support "
     "it. Hindsight makes the significance of events look clearer than it was at the time, and the reviewer has "
     "tried to understand why actions made sense to the people who took them."),

    # ------------------------------------------------------------------ 2
    ('h', '2', 'The review process'),
    ('p', '2.1', "The period under review runs from 1 September 2022, shortly after the family were placed in "
     "temporary accommodation, to 11 February 2024. Agencies were also asked to summarise any significant earlier "
     "history, including Ms K\u2019s own childhood and Mr L\u2019s previous relationships."),
    ('p', '2.2', "Each agency provided a chronology and a short reflective report. The reviewer read chronologies from "
     "nine services and held 19 individual conversations with practitioners and their managers between May and "
     "August 2024."),
    ('p', '2.3', "A practitioner learning event was held on 17 July 2024 at Wyle Civic Centre.{fn:event} It was "
     "attended by 23 practitioners and first-line managers from eight agencies, several of whom had not known until "
     "that day that other services were involved with the family."),
    ('p', '2.4', "Rory\u2019s maternal grandmother met the reviewer twice, on 12 August 2024 and 6 December 2024. Ms K "
     "met the reviewer once, on 3 October 2024, with her solicitor present. Mr L declined to take part through his "
     "solicitor. Because of the criminal proceedings, neither parent was asked about the events of 10 and 11 "
     "February 2024."),
    ('p', '2.5', "The terms of reference set five key lines of enquiry:"),
    ('sp', '2.5.1', "how agencies identified and responded to signs of neglect;"),
    ('sp', '2.5.2', "how the risk from domestic abuse, and from Mr L in particular, was assessed;"),
    ('sp', '2.5.3', "how Ms K\u2019s alcohol misuse was understood by children\u2019s and adult services;"),
    ('sp', '2.5.4', "the decision on 16 November 2023 to end the child protection plans; and"),
    ('sp', '2.5.5', "whether Rory\u2019s lived experience was known and recorded."),
    ('p', '2.6', "Practitioners are referred to by role codes, listed in the key below. Codes are numbered in the order "
     "in which practitioners became involved with the family."),
    ('key',),

    # ------------------------------------------------------------------ 3
    ('h', '3', 'Rory and his family'),
    ('p', '3.1', "Rory was born in June 2019 and was four years and eight months old when he was harmed. He is a "
     "white British boy. His brother, Finn, was born on 21 April 2023. Both children have the same parents."),
    ('p', '3.2', "Rory\u2019s mother, Ms K, is 27. She grew up in Wyle and was looked after by the local authority "
     "between the ages of 13 and 16. She told the review that she began drinking when she was 14 and that alcohol "
     "was \u201cthe only thing that switched my head off\u201d."),
    ('p', '3.3', "Rory\u2019s father, Mr L, is 31. Police records show that two previous partners reported domestic "
     "abuse by him, in 2016 and in 2019. None of this history was known to the health visiting service, the nursery "
     "or the GP practice."),
    ('p', '3.4', "Rory\u2019s maternal grandmother lives in Kenbury, about 40 miles from Corrieston. She saw little of "
     "the family in 2023 because, she said, Mr L \u201cdid not like me coming round\u201d. She told the review that "
     "no professional ever contacted her before February 2024: \u201cNobody ever asked me.\u201d"),
    ('box', 'Voice of the child', VOICE),
    ('p', '3.5', "Rory left hospital on 22 March 2024 after 40 days. Interim care orders were made for both boys on "
     "1 March 2024 and they now live together with their grandmother. Rory has some weakness on his left side and "
     "attends a specialist nursery. His grandmother says he has put on nearly four kilograms and \u201cnow sleeps "
     "through the night in his own bed\u201d."),

    # ------------------------------------------------------------------ 4
    ('span', '4', 'What happened: agency involvement'),
    ('p', '4.1', "This section summarises the involvement of agencies in four periods. The chronology in section 5 "
     "lists the key events."),
    ('sh', 'September 2022 to April 2023: a hostel room and a first assessment'),
    ('p', '4.2', "The family were evicted from a privately rented flat in Wyle on 15 August 2022 owing rent arrears "
     "of \u00a32,340. The council\u2019s housing options team placed them in a single room at Falconer House, a "
     "council-run hostel. HO2, the temporary accommodation officer, recorded that the room had one double bed and "
     "that Rory slept on sofa cushions on the floor. HO2 was not told about any domestic abuse and did not ask."),
    ('p', '4.3', "At 23.40 hrs on 12 September 2022 Wyle Valley Police attended Falconer House after Ms K rang to say "
     "that Mr L had pushed her against a door during an argument. PC1 found that Mr L had left. Ms K had a red mark "
     "on her upper arm and declined to make a statement. PC1 completed a DASH risk assessment, which was graded "
     "standard risk, and recorded Rory as \u201casleep in the room\u201d. A child concern notification was sent to "
     "the MASH on 14 September 2022."),
    ('p', '4.4', "MASH1 reviewed the notification on 16 September 2022 and decided that no further action by "
     "children\u2019s social care was needed, because it was the first reported incident and there were \u201cno "
     "injuries to the child\u201d. The notification was shared with the health visiting service and the GP on 21 "
     "September 2022. There is no evidence that MASH1 looked at Mr L\u2019s history with previous partners, which was "
     "held on police systems."),
    ('p', '4.5', "Rory started at Brambleside Nursery on 3 October 2022, taking up 15 hours a week of funded early "
     "education. His key person, NP1, noted at his settling-in session that he had \u201cvery few words\u201d and was "
     "still in nappies."),
    ('p', '4.6', "On 19 October 2022 Ms K saw GP1 about low mood and poor sleep. She said that she drank \u201cmost "
     "nights, to get to sleep\u201d. GP1 completed the AUDIT-C screening tool,{fn:auditc} which gave a score of 10, "
     "and advised Ms K to refer herself to Pathways. GP1 did not ask who lived in the household. The police "
     "notification received four weeks earlier had been filed in Rory\u2019s record, not his mother\u2019s, so the link "
     "was not made."),
    ('p', '4.7', "HV1 visited Falconer House on 8 November 2022. It was the first face-to-face contact with the "
     "family since Rory\u2019s two-year review had been missed twice in 2021. Ms K was 17 weeks pregnant. HV1 "
     "completed an ASQ-3 with Rory: his communication and personal-social scores were below the cut-off, and HV1 "
     "referred him to speech and language therapy. When HV1 asked about the police incident, Ms K said "
     "\u201cit\u2019s sorted, he\u2019s moved out\u201d. HV1 recorded \u201chome conditions adequate for a hostel\u201d."),
    ('sp', '4.7.1', "HV1 told the review that she was responsible for 412 children at the time, and that a targeted "
     "visit after a single police notification was \u201cas much as the caseload allowed\u201d."),
    ('sp', '4.7.2', "HV1 did not know that Ms K was drinking, because GP1\u2019s consultation was not shared with the "
     "health visiting service."),
    ('p', '4.8', "Speech and language therapy offered Rory a first appointment on 14 February 2023, but he was not "
     "brought. A second appointment on 28 March 2023 was also missed, and the service discharged him back to the "
     "health visitor with a letter that was filed without being read. Rory never saw a speech and language "
     "therapist before February 2024."),
    ('p', '4.9', "On 22 November 2022 DSL1, the nursery manager and designated safeguarding lead, recorded that Rory "
     "had arrived hungry at four of his last seven sessions, often wore the same clothes, and had been seen putting "
     "bread rolls in his pockets at lunch. DSL1 spoke to Ms K, who said that money was tight, and the nursery gave "
     "her a food bank voucher. DSL1 did not contact children\u2019s social care or the health visitor, because she "
     "understood the concerns as \u201cpoverty, not neglect\u201d."),
    ('p', '4.10', "At 01.20 hrs on 6 December 2022 police were called by a neighbour at Falconer House who heard a "
     "woman screaming. PC2 found Ms K with a swollen cheek. She was intoxicated, and Rory was awake and crying. Mr L "
     "had left. The DASH assessment{fn:dash} was graded medium risk with a score of 9, and PC2 made a referral to "
     "the MASH the same day."),
    ('p', '4.11', "On 8 December 2022 the MASH decided that a single assessment was needed and the case was allocated "
     "to SW1. The threshold for a strategy discussion was considered and judged not to be met, because Rory had "
     "not been injured."),
    ('p', '4.12', "Ms K attended her first appointment at Pathways on 13 December 2022 and was seen by SMW1. She said "
     "she was drinking about eight cans of strong cider a day. The initial assessment form recorded \u201cno "
     "dependent children\u201d, which was wrong: Rory lived with her and she was pregnant. As a result the "
     "service\u2019s hidden harm screening was not completed, and Pathways made no contact with children\u2019s social "
     "care or the health visitor."),
    ('sp', '4.12.1', "SMW1 told the review that she knew Ms K had a son but understood that he \u201cmostly stayed with "
     "his nan\u201d. The form had no field for an unborn child."),
    ('p', '4.13', "On 9 January 2023 the family moved to a two-bedroom flat on the third floor of Marram Court in "
     "Wyle, let by Wyle Homes. HO1 signed the tenancy with Ms K as sole tenant. Nobody told HO1 about the domestic "
     "abuse or the open assessment. Mr L was not named on the tenancy, but neighbours later told Wyle Homes that he "
     "lived there \u201cmost of the time\u201d."),
    ('p', '4.14', "SW1 completed the single assessment on 23 January 2023 and concluded that Rory was a child in need. "
     "The plan was for Ms K to continue to get help with her drinking, for Mr L to be referred to a domestic abuse "
     "perpetrator programme, and for Rory to attend nursery more regularly. SW1 spoke to DSL1 by telephone, and the "
     "assessment records that Rory was \u201csometimes hungry\u201d at nursery. The assessment did not use the "
     "Graded Care Profile 2, which the Partnership\u2019s neglect strategy requires where there are concerns about a "
     "child\u2019s physical care.{fn:gcp2}"),
    ('p', '4.15', "The assessment relied on Ms K\u2019s account that she had \u201ccut down\u201d and was \u201cseeing "
     "someone\u201d about her drinking. SW1 did not contact Pathways. The first child in need (CIN) meeting on 7 "
     "February 2023 was attended by SW1, HV1 and DSL1; Pathways was not invited. Mr L was referred to the Turning "
     "Point perpetrator programme on 15 February 2023 but did not attend either of his assessment appointments, "
     "and this was not followed up."),
    ('p', '4.16', "HV1 left the service in March 2023 and HV2 took over the family on 3 April 2023. The transfer "
     "summary described the family as \u201cuniversal plus, CIN\u201d and did not mention the police incidents or "
     "Rory\u2019s hunger at nursery."),
    ('p', '4.17', "The second CIN meeting took place on 4 April 2023 with SW1, HV2 and DSL1. DSL1 reported that "
     "Rory\u2019s nursery attendance in the spring term had been 71%. The meeting agreed that the CIN plan could close "
     "in June 2023 if this progress was maintained."),
    ('sh', 'April to November 2023: Finn\u2019s birth and child protection plans'),
    ('p', '4.18', "Finn was born at Corrieston General Hospital on 21 April 2023. HV2 made the new birth visit on 2 "
     "May 2023. Mr L was present throughout and answered most of the questions. HV2 did not carry out routine "
     "enquiry about domestic abuse because she could not see Ms K alone, and she did not arrange another time to "
     "do so."),
    ('p', '4.19', "At 22.05 hrs on 7 May 2023 Ms K rang 999 and said that Mr L had put his hands around her neck while "
     "she was holding Finn. Rory was in the room. PC3 arrested Mr L at the flat. The DASH assessment was graded "
     "high risk with a score of 17, and PC3 referred the case to MARAC and to children\u2019s social care."),
    ('p', '4.20', "Mr L was released on conditional bail on 8 May 2023, with conditions not to contact Ms K or go to "
     "Marram Court. The conditions were recorded on police systems, but no copy was sent to SW2 or to the nursery; "
     "DSL1 learned of them from Ms K."),
    ('p', '4.21', "The first strategy discussion was held on 9 May 2023 between DS1, TM1, SW2 (newly allocated) and "
     "HV2. It decided that section 47 enquiries should be made for both children. The nursery and Pathways were "
     "not invited."),
    ('sp', '4.21.1', "The record of the discussion describes Ms K\u2019s alcohol use as \u201chistoric\u201d. This was "
     "based on what she had told SW1 in January 2023."),
    ('sp', '4.21.2', "Nobody asked the nursery what it knew, so DSL1\u2019s records of hunger and of food being hidden "
     "in pockets were not considered."),
    ('p', '4.22', "The case was heard at MARAC on 25 May 2023. IDVA1 was allocated, a flag was placed on the Marram "
     "Court tenancy and a police marker was put on the address. IDVA1 made three attempts to contact Ms K and closed "
     "the case on 30 June 2023 when she did not respond."),
    ('p', '4.23', "At the initial child protection conference (ICPC) on 1 June 2023, chaired by CPC1, both boys were "
     "made subject to child protection plans under the category of emotional abuse. The minutes record \u201csome "
     "concerns about Rory\u2019s presentation at nursery\u201d, but neglect was not considered as an additional "
     "category. Pathways was invited but sent no report, because Ms K had not given consent to share information, "
     "and nobody followed this up."),
    ('p', '4.24', "HV2 carried out a developmental review for Rory at home on 14 June 2023, shortly before his "
     "fourth birthday. The ASQ-3 communication score was still below the cut-off. HV2 weighed him: he was 14.6 kg, "
     "on the 9th centile. Rory had never been registered with a dentist, and HV2 gave Ms K the details of two "
     "local practices taking new child patients."),
    ('p', '4.25', "The core group met four times, on 15 June, 13 July, 21 September and 19 October 2023; the August "
     "meeting did not take place because of staff leave. SW2 visited the family every two to three weeks and "
     "usually saw the children together in the living room."),
    ('p', '4.26', "At 19.35 hrs on 16 July 2023 Ms K brought Rory to the emergency department with a 2 cm cut to his "
     "forehead, saying he had fallen off the sofa onto a coffee table. The triage nurse recorded that Ms K "
     "\u201csmelt of alcohol\u201d. EDD1 closed the wound with glue and discharged him. Staff did not check the "
     "child protection flag,{fn:flag} so they did not know that Rory had a plan. A notification was sent to the "
     "health visiting service on 18 July 2023 but not to SW2. HV2 filed it without action because she assumed "
     "that children\u2019s social care had been told."),
    ('p', '4.27', "Ms K withdrew her statement on 31 July 2023. On 7 August 2023 the police decided to take no further "
     "action and Mr L\u2019s bail conditions came to an end. SW2 was not told until 22 August 2023, fifteen days "
     "later."),
    ('p', '4.28', "SMW1 left Pathways in the summer of 2023 and the case was transferred to SMW2 on 14 August 2023. "
     "Between August and October 2023 Ms K attended two of six appointments. The service usually discharges a "
     "client after three consecutive missed appointments,{fn:dna} but SMW2 kept the case open \u201cbecause of the "
     "children\u201d. This is the first entry in Pathways\u2019 records showing that the service knew of the child "
     "protection plans."),
    ('p', '4.29', "The first review child protection conference (RCPC) on 24 August 2023 was again chaired by CPC1. "
     "The plans continued. Ms K told the conference that Mr L was \u201cno longer in her life\u201d, and the "
     "conference accepted this without asking the police whether there had been any further calls to the address."),
    ('p', '4.30', "On 20 September 2023 GP2 saw Rory for a cough. His weight was recorded as 14.2 kg but it was not "
     "plotted on a growth chart. GP2 noted a \u201cquiet, thin child\u201d. Rory had not been brought to two "
     "appointments for his pre-school immunisations, in June and August 2023; the practice had sent a text reminder "
     "each time but had not told the health visitor."),
    ('p', '4.31', "On 3 October 2023 HO1 visited Marram Court to inspect damp that Ms K had reported. At about 11.00 "
     "HO1 saw Rory asleep on a mattress on the living room floor, several empty vodka bottles and a man\u2019s work "
     "boots in the hallway. HO1 recorded \u201cproperty in poor condition \u2013 tenancy support offered\u201d but "
     "made no safeguarding referral. HO1 told the review that she had not seen the MARAC flag, which is held on a "
     "different system from repairs records."),
    ('p', '4.32', "HV2 visited on 9 October 2023 to review Finn, who was growing well. Rory was at home on a nursery "
     "day; Ms K said he had a cold. DSL1 reported at the core group on 19 October 2023 that Rory\u2019s attendance "
     "in the autumn term so far was 54%."),
    ('p', '4.33', "SW2 made her last home visit on 8 November 2023, eight days before the second review "
     "conference. Ms K said that Mr L was living with his brother in Corrieston and had not visited \u201cfor "
     "months\u201d. SW2 did not check this with the police or with Mr L\u2019s brother, and did not look round the "
     "flat. SW2 told the review that she had 24 children on her caseload at the time and was preparing reports for "
     "three conferences that week."),
    ('p', '4.34', "Between September and November 2023 Wyle Homes received four complaints from neighbours about "
     "shouting, \u201ca man\u2019s voice\u201d and a child crying for long periods. An anti-social behaviour warning "
     "letter was sent to Ms K on 30 November 2023. This information was not shared with any other agency."),
    ('p', '4.35', "The second RCPC was held on 16 November 2023 and chaired by CPC2. The plans were ended and the "
     "children were stepped down to child in need support. The reasons recorded were that Mr L had left, that Ms K "
     "was engaging with Pathways, and that nursery attendance was expected to improve. Pathways had written a report "
     "dated 10 November 2023 which showed that Ms K had attended two of six appointments, but it was sent to a "
     "general inbox and did not reach the conference. The boys had been subject to child protection plans for five "
     "and a half months."),
    ('sp', '4.35.1', "DSL1 was the only professional to disagree with the decision. Her disagreement was minuted but "
     "was not escalated."),
    ('sp', '4.35.2', "CPC2 told the review that the decision was \u201cfinely balanced\u201d and that, with the Pathways "
     "report in front of her, she would have continued the plans."),
    ('sh', 'November 2023 to February 2024: child in need'),
    ('p', '4.36', "SW3 was allocated on 20 November 2023. HV2 moved to another team and HV3 took over the family on 27 "
     "November 2023. HV3\u2019s planned home visit on 4 December 2023 was a no access visit."),
    ('p', '4.37', "At the CIN meeting on 12 December 2023, attended by SW3, HV3 and DSL1, Ms K did not attend and "
     "Pathways was not invited. DSL1 reported that Rory had attended only three nursery sessions that month."),
    ('p', '4.38', "At 23.15 hrs on 28 December 2023 a neighbour at Marram Court rang the police to report shouting "
     "and a child screaming. Officers arrived at 00.40 hrs the next morning and got no answer at the door. "
     "Neighbours said that it had gone quiet, and the call was closed as \u201cno offences disclosed\u201d. It was "
     "not recorded as a domestic incident, so no notification was sent to children\u2019s social care, although the "
     "address carried a MARAC marker."),
    ('p', '4.39', "On 5 January 2024 Ms K saw GP3 with low mood and was prescribed sertraline 50 mg. She said she "
     "drank \u201conly at weekends now\u201d. GP3 did not ask about the children, and the practice was not on the "
     "distribution list for CIN plans, so it did not know the children were receiving support."),
    ('p', '4.40', "Rory did not attend nursery at all after the Christmas holiday; the spring term began on 8 January "
     "2024."),
    ('p', '4.41', "HV3 visited at 14.30 on 19 January 2024 and weighed Finn. Rory was asleep on the sofa. HV3 recorded "
     "that he \u201clooked pale and thin\u201d but did not wake him or ask why he was not at nursery."),
    ('p', '4.42', "SW3 visited on 22 January 2024 and saw Rory playing in the living room. Ms K said that he had had "
     "\u201ca sickness bug\u201d, which was why he was not at nursery. SW3 did not see the children\u2019s bedroom or "
     "speak to Rory on his own. This was the last time any professional saw Rory before he was harmed."),
    ('p', '4.43', "On 26 January 2024 DSL1 made a home visit because Rory had not attended for three weeks. There was "
     "no answer and she left a card. She e-mailed SW3 on 29 January 2024, but SW3 was on annual leave and the e-mail "
     "was not picked up. The CIN meeting due on 2 February 2024 was cancelled because SW3 was off sick, and it was "
     "not rearranged."),
    ('sh', '11 February 2024'),
    ('p', '4.44', "At 02.48 hrs on 11 February 2024 Ms K rang 999. The ambulance arrived at 03.01 hrs and Rory reached "
     "the emergency department at 03.27 hrs. PR1, the paediatric registrar, arranged a CT scan and a skeletal survey. "
     "Rory weighed 13.1 kg, below the 0.4th centile and 1.1 kg less than the weight GP2 had recorded in September "
     "2023. The healing fracture of his left ulna was estimated to be three to five weeks old. He was transferred "
     "to St Aldhelm\u2019s Children\u2019s Hospital at 09.40 hrs."),
    ('p', '4.45', "The ambulance crew recorded that the flat was cold, that there was very little food in the "
     "kitchen and that Rory was lying on a mattress on the living room floor. Ms K told them that he had fallen "
     "down the communal stairs the evening before and had been \u201csleepy\u201d since. She did not explain why "
     "she had waited until the early hours to call for help."),
    ('p', '4.46', "PR1 telephoned the children\u2019s social care emergency duty team at 04.10 hrs, 43 minutes after "
     "Rory arrived, and also informed the police. As well as the head injury, PR1 recorded bruising to both ears "
     "and to Rory\u2019s lower back, dental decay affecting eight teeth, head lice and scabies. Rory was still "
     "wearing a nappy at night. His clothes were described as \u201cfilthy and too small\u201d."),
    ('p', '4.47', "At St Aldhelm\u2019s Children\u2019s Hospital Rory had surgery to drain the haematoma on the "
     "afternoon of 11 February 2024 and spent nine days in the paediatric intensive care unit before moving to a "
     "ward."),
    ('p', '4.48', "Police found Mr L at the flat and arrested both parents. Finn was taken into police protection and "
     "placed with his maternal grandmother that evening. The second strategy discussion was held on 12 February 2024 "
     "with DS2, TM1, SW3, PR1, HV3 and, for the first time, DSL1."),

    ('sh', 'What the family told the review'),
    ('p', '4.49', "Ms K told the reviewer that she \u201chid the drinking from everyone\u201d. Before each visit she "
     "would tidy the living room and put the empty bottles in the bin store. She said that nobody asked to see "
     "the boys\u2019 bedroom, and that she \u201cwould have said no anyway\u201d."),
    ('p', '4.50', "She said that Mr L moved back into the flat about two weeks after the police dropped the case in "
     "August 2023, and that she told nobody because she was frightened that the children would be taken away."),
    ('p', '4.51', "Rory\u2019s grandmother said that she rang Ms K every Sunday in January 2024 and was not once allowed "
     "to speak to Rory. \u201cI knew something was wrong. I just didn\u2019t know who to tell.\u201d"),

    # ------------------------------------------------------------------ 5
    ('fullpage', '5', 'Chronology of key events'),
    ('p', '5.1', "The table below lists the key events drawn from agency chronologies. Dates are given as "
     "day/month/year and times in the 24-hour clock. It is a selection and not a complete record of every contact."),
    ('p', '5.2', "Agency records show at least 96 contacts between professionals and the family during the 17 "
     "months under review. Rory himself was seen by a professional on fewer than half of them, and on only two "
     "occasions was he spoken to on his own."),
    ('chrono',),

    # ------------------------------------------------------------------ 6
    ('span', '6', 'Analysis and findings'),
    ('mp', '6.1', "The review has six findings. Each describes a pattern in the way the system worked, not the "
     "failing of one person. Together they explain why the neglect of Rory, which was visible in pieces to many "
     "practitioners, was never assessed as a whole."),
    ('sh', 'Finding 1: chronic neglect was hidden behind episodic domestic abuse'),
    ('mp', '6.2', "Every formal decision in this case was triggered by a police call-out. The MASH, the strategy "
     "discussion and the conferences each looked at the latest incident of domestic abuse. Neglect, which was "
     "continuous rather than episodic, never triggered a referral of its own."),
    ('mp', '6.3', "No Graded Care Profile 2 was completed at any point, although the Partnership\u2019s neglect "
     "strategy expects one whenever there are concerns about a child\u2019s physical care. Practitioners at the "
     "learning event said that the tool is seen as \u201ca social work thing\u201d, and no health visitor or nursery "
     "practitioner in the case had been trained to use it."),
    ('mp', '6.4', "Signs of neglect were seen by six different agencies: hunger and food hoarding at nursery; missed "
     "health reviews and immunisations; a child sleeping on cushions and then on a mattress on the floor; poor "
     "attendance; a thin child seen by a GP and by a health visitor; and a cut forehead at a time when his mother "
     "smelt of alcohol. No single agency held more than two of these pieces."),
    ('box', 'What is cumulative harm?', CUMULATIVE),
    ('mp', '6.5', "When the conference chose emotional abuse as the category of the plans, the plans focused on "
     "keeping Mr L away and on Ms K\u2019s safety. They contained no actions about Rory\u2019s food, sleep, weight, "
     "dental care or speech. When Ms K said that Mr L had gone, the main reason for the plans seemed to have gone "
     "too."),
    ('sh', 'Finding 2: Ms K\u2019s drinking was treated as an adult matter'),
    ('mp', '6.6', "The error on the Pathways assessment form in December 2022 meant that, for eight months, the adult "
     "service did not know it was working with the mother of young children. The form has since been changed, but "
     "the review heard that recovery workers still rely on what clients tell them about who lives at home."),
    ('mp', '6.7', "Children\u2019s services relied on Ms K\u2019s own account of her drinking. Her alcohol use was "
     "described as \u201chistoric\u201d in May 2023 and as \u201conly at weekends\u201d in January 2024, while the GP "
     "had an AUDIT-C score of 10 and the emergency department had recorded that she smelt of alcohol. No agency "
     "asked Pathways for attendance information or breath test results before making a decision."),
    ('quote', "Everyone had a piece of Rory. Nobody had all of him.", "Practitioner at the learning event"),
    ('mp', '6.8', "Think family practice requires adult services to ask about children and children\u2019s services "
     "to ask about adults\u2019 treatment. In this case both halves were missing. Pathways was never invited to a "
     "CIN meeting, a core group or a strategy discussion, and was invited to only one of the three child protection "
     "conferences."),
    ('mp', '6.9', "Pathways\u2019 records show that Ms K agreed to a breath test at four appointments between "
     "December 2022 and July 2023, and that two of the readings were over the legal limit for driving. None of "
     "these results was shared with children\u2019s social care, and SMW1 told the review that nobody had ever "
     "asked her for them. Pathways has since agreed to share test results with a parent\u2019s social worker "
     "whenever a child has a plan."),
    ('sh', 'Finding 3: Mr L was largely invisible'),
    ('mp', '6.10', "Mr L\u2019s history of abuse of two previous partners was held by the police but was not shared "
     "at the MASH in September 2022 or in the single assessment. No practitioner met him alone, and he was never "
     "assessed as a parent. When he did not attend the perpetrator programme, nobody told the CIN meeting."),
    ('mp', '6.11', "There were signs from the summer of 2023 that Mr L was at the flat again: the end of his bail "
     "conditions, a man\u2019s work boots in the hallway, neighbours\u2019 complaints about \u201ca man\u2019s "
     "voice\u201d, and a call to the police in December 2023 that was not treated as a domestic incident. Each sign was held by a different agency. The fifteen-day delay in telling SW2 that his bail "
     "conditions had ended meant that the first RCPC took place before the plan had been revised."),
    ('sh', 'Finding 4: the step-down in November 2023 was premature'),
    ('mp', '6.12', "The decision to end the child protection plans rested on three things that Ms K said: that Mr L "
     "had left, that she was engaging with Pathways, and that Rory would go to nursery more often. None of these "
     "was checked, and each was untrue. The only written evidence about her engagement, the Pathways report of 10 "
     "November 2023, went to a general inbox."),
    ('mp', '6.13', "This was not an isolated decision. Data provided to the review show that in 2023 child "
     "protection conferences in Corrieston and Wyle ended 38 plans after less than six months, and that in 11 of "
     "those cases the child became subject to a new plan within a year. The Partnership had not looked at these "
     "figures before this review."),
    ('mp', '6.14', "DSL1 disagreed with the decision at the conference but did not use the Partnership\u2019s "
     "escalation procedure.{fn:esc} She told the review that she did not think a nursery manager could challenge a "
     "conference chair, and that she had never been shown the procedure. The review found that the procedure was "
     "used only twice by early years settings in 2023."),
    ('mp', '6.15', "After the step-down, the child in need plan had no contingency plan and no date by which progress "
     "would be reviewed. The CIN meeting due in February 2024 was cancelled and not rearranged, and there was no "
     "management oversight of the case between 12 December 2023 and 11 February 2024."),
    ('sh', 'Finding 5: \u201cwas not brought\u201d was not recognised'),
    ('mp', '6.16', "Rory was not brought to two immunisation appointments, to most of his nursery sessions in the "
     "autumn term of 2023 and to any sessions in January 2024. The Partnership\u2019s was not brought guidance covers "
     "health appointments only, and nursery absence is not mentioned in it. DSL1\u2019s home visit on 26 January 2024 "
     "was good practice, but her e-mail went to a single worker who was on leave."),
    ('mp', '6.17', "Between September 2023 and February 2024 Rory attended 31 of the 88 nursery sessions that "
     "were open to him. Nursery attendance data were shared at core groups, but nobody set them alongside the "
     "missed immunisations, the speech and language therapy discharge and the no access visit by the health "
     "visitor."),
    ('sh', 'Finding 6: housing staff saw the home but were not part of the plan'),
    ('mp', '6.18', "Housing officers were the only professionals who saw where Rory slept. HO2 saw cushions on the "
     "floor in 2022 and HO1 saw a mattress on the floor in 2023. Neither had training in recognising neglect, "
     "neither knew the family had a social worker, and housing was not invited to any meeting about the children."),
    ('sh', 'What worked well'),
    ('mp', '6.19', "Some practice was good. PC3 arrested Mr L quickly on 7 May 2023 and made a thorough DASH "
     "assessment. DSL1 kept careful records, challenged the step-down and visited the home herself when Rory stopped "
     "attending. Emergency department staff in February 2024 identified the signs of neglect at once and made a "
     "referral within an hour of Rory\u2019s arrival."),

    # ------------------------------------------------------------------ 7
    ('h', '7', 'Recommendations'),
    ('p', '7.1', "The review makes six recommendations to the safeguarding partners. The Partnership will publish an "
     "action plan and report progress to its executive group every six months."),
    ('p', '7.2', "Recommendation 1: the Partnership should relaunch the Graded Care Profile 2 as a multi-agency "
     "tool, and should train health visitors, nursery staff and housing officers to use it."),
    ('sp', '7.2.1', "The neglect strategy should say that a GCP2 must be completed before any child protection plan "
     "is ended where neglect has been raised by any agency."),
    ('sp', '7.2.2', "Children\u2019s social care should audit the use of GCP2 in child in need and child protection "
     "cases and report to the executive group by September 2025."),
    ('p', '7.3', "Recommendation 2: Pathways Corrieston and children\u2019s social care should agree a joint protocol "
     "so that adult substance misuse services are invited to, and report to, every strategy discussion, conference "
     "and core group for a parent they are treating."),
    ('p', '7.4', "Recommendation 3: conference chairs should not end a child protection plan on the basis of a "
     "parent\u2019s account of their engagement with another service unless that service has confirmed it in writing."),
    ('p', '7.5', "Recommendation 4: the Partnership should extend its was not brought guidance to early years "
     "settings, so that a child\u2019s absence from nursery for ten consecutive sessions is treated as a safeguarding "
     "concern when the child has a social worker."),
    ('p', '7.6', "Recommendation 5: Wyle Homes and the council\u2019s housing options team should make sure that "
     "officers who visit homes can see MARAC and safeguarding flags, and should train them in recognising "
     "neglect."),
    ('p', '7.7', "Recommendation 6: the Partnership should promote its escalation procedure to early years settings "
     "and monitor how often it is used."),
    ('p', '7.8', "The reviewer thanks Rory\u2019s grandmother and the practitioners who took part for their "
     "openness. The review was completed in December 2024 and presented to the safeguarding partners on 21 January "
     "2025."),

    ('h', '8', 'Conclusion'),
    ('p', '8.1', "Rory was not invisible. Over 17 months he was seen at nursery on many days, and at home or in "
     "clinic by three health visitors, three social workers, a GP and two housing officers. What was missing was a way of "
     "putting together what each of them saw, and the professional confidence to ask what it meant for him."),
    ('p', '8.2', "The safeguarding partners have accepted all six recommendations. The first progress report on the "
     "action plan will be presented to the executive group in September 2025 and published on the Partnership\u2019s "
     "website."),
    ('h', 'A', 'Appendix: the review panel'),
    ('u', "The review panel was chaired by Gareth Molyneux, business manager of the Partnership. Its other "
     "members were:"),
    ('panel',),
]

# ---------------------------------------------------------------- learning briefing
BRIEF_TITLE = "Learning briefing"
BRIEF_SUB = "Child Safeguarding Practice Review \u2018Rory\u2019"

BRIEF_POINTS_A = [  # About the review
    ("1", "This briefing summarises a Child Safeguarding Practice Review about Rory, a four-year-old boy who "
          "suffered a serious head injury at home in February 2024. Doctors also found that he had been "
          "neglected for many months."),
    ("2", "Rory lived with his mother, his father and, from April 2023, his baby brother Finn. His mother "
          "misused alcohol, and his father was violent and controlling towards her."),
    ("3", "The review was led by an independent reviewer, Alison Threlkeld. It covers the period from September "
          "2022 to February 2024 and was approved by the safeguarding partners in January 2025."),
    ("4", "Seven agencies were involved with the family. Between them they saw almost everything that was wrong, "
          "but no one put the pieces together."),
]
BRIEF_POINTS_B = [  # What happened
    ("5", "Police were called to three incidents of domestic abuse, in September 2022, December 2022 and May "
          "2023. After the third incident, when Rory\u2019s father strangled his mother while she was holding "
          "the baby, both boys were made subject to child protection plans."),
    ("6", "The plans were under the category of emotional abuse. They were ended on 17 November 2023, after "
          "the mother said that the father had left and that she was getting help with her drinking. Neither "
          "was true. A report from the alcohol service showing that she had missed most of her appointments "
          "never reached the conference."),
    ("7", "Rory\u2019s nursery noticed that he was hungry, hid bread in his pockets and was often absent. A "
          "housing officer saw him asleep on a mattress on the floor. A GP noted that he was thin, and a health "
          "visitor wrote that he looked \u201cpale and thin\u201d."),
    ("8", "Rory stopped going to nursery in January 2024. The last professional to see him was his social "
          "worker, on 22 January 2024. Nobody saw him in the three weeks before he was harmed."),
    ("9", "When he arrived at hospital on 11 February 2024 he had a skull fracture and bleeding on the brain, an "
          "older broken arm, severe tooth decay and scabies. He weighed 13.4 kg. He now lives with his "
          "grandmother and his brother."),
]
BRIEF_POINTS_C = [  # What we learned
    ("10", "Look at the whole history. Neglect builds up slowly, and each referral about domestic abuse was "
           "looked at on its own. No one asked what Rory\u2019s day was like."),
    ("11", "Check what parents tell you. Three key decisions rested on the mother\u2019s own account of her "
           "drinking, her relationship and Rory\u2019s attendance."),
    ("12", "Ask about the men in a child\u2019s life. Rory\u2019s father had abused two previous partners, but he "
           "was never assessed as a parent and nobody met him alone."),
    ("13", "Adult services are child services too. The drug and alcohol service did not know for eight months "
           "that its client had children, and was left out of most meetings."),
    ("14", "A child who is not brought is a child who is not seen. Missed health appointments and nursery "
           "sessions were never added up."),
    ("15", "Use the Graded Care Profile 2. It was never completed for Rory, although the neglect strategy "
           "expects it."),
    ("16", "Housing staff see inside homes. They need to know when a child has a social worker, and to be "
           "invited to the meetings about that child."),
]
BRIEF_POINTS_D = [  # What is changing
    ("17", "GCP2 training will be offered to health visitors, nursery staff and housing officers from April "
           "2025."),
    ("18", "Pathways will be invited to every strategy discussion, conference and core group about a parent it "
           "is treating."),
    ("19", "Conference chairs will not end a plan on a parent\u2019s word about another service unless that "
           "service has confirmed it in writing."),
    ("20", "Ten consecutive missed nursery sessions will be treated as a safeguarding concern for any child with "
           "a social worker."),
    ("21", "Housing officers who visit homes will be able to see MARAC and safeguarding flags."),
    ("22", "The escalation procedure has been sent to every early years setting in Corrieston and Wyle."),
]
PANEL = [
    "Head of safeguarding, Corrieston Community Health NHS Trust",
    "Designated doctor for safeguarding children",
    "Named GP for safeguarding, Corrieston and Wyle",
    "Head of service, children\u2019s social care",
    "Detective inspector, public protection unit, Wyle Valley Police",
    "Early years safeguarding adviser, Corrieston and Wyle Council",
    "Tenancy services manager, Wyle Homes",
    "Service manager, Pathways Corrieston",
]
BRIEF_TODAY = ("Rory is now five. He has some weakness on his left side and goes to a specialist nursery. His "
               "grandmother says he has put on nearly four kilograms and now sleeps in his own bed.")
BRIEF_SEEN = [
    ("Nursery", "Hunger, bread hidden in pockets, falling attendance"),
    ("Housing", "Cushions and then a mattress on the floor; empty bottles"),
    ("GP", "A thin child; weight not plotted; missed immunisations"),
    ("Health visitors", "Speech delay; \u201cpale and thin\u201d; a no access visit"),
    ("Emergency department", "A cut forehead; a mother who smelt of alcohol"),
    ("Police", "Three call-outs and a neighbour\u2019s call in December 2023"),
]
BRIEF_QUESTIONS = [
    "When did you last see where the child sleeps?",
    "Who else lives in the home, or visits it often?",
    "What evidence do you have for what a parent has told you?",
    "Who in the network might know something you do not?",
    "If you disagree with a decision, do you know how to escalate it?",
]
BRIEF_FIGURES = [
    ("3", "police call-outs for domestic abuse"),
    ("54%", "Rory\u2019s nursery attendance in the autumn term 2023"),
    ("13.4 kg", "Rory\u2019s weight when admitted to hospital"),
    ("25", "practitioners at the learning event"),
    ("40", "days Rory spent in hospital"),
    ("0", "Graded Care Profile 2 assessments completed"),
]
