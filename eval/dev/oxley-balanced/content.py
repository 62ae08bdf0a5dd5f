# -*- coding: utf-8 -*-
"""Document text for the FICTIONAL Westmarsh Child R review and learning summary.
Every person, place and agency named here is invented."""

TITLE = "Child Safeguarding Practice Review: Child R"
PARTNERSHIP = "Westmarsh Safeguarding Children Partnership"

# Footnotes: id -> text
FOOTNOTES = {
    1: "Working Together to Safeguard Children (2023) sets out the criteria for a local child safeguarding practice review.",
    2: "The Domestic Abuse, Stalking and Harassment (DASH) checklist grades risk as standard, medium or high.",
    4: "The Edinburgh Postnatal Depression Scale; a score of 13 or more is usually treated as indicating possible depression.",
    3: "The Westmarsh bruising protocol was first issued in 2019 and revised in March 2023.",
    5: "Dr Y's report to the review is dated 11 February 2025 and was shared with the family's legal representatives.",
    6: "The step-down form used in December 2024 had no field for the views of the health visiting service.",
}

# Sections: (number, title, [items]) ; item = ('p', num, text) | ('side', title, text) | ('quote', text) | ('table',)
SECTIONS = [
 ("1", "Introduction and reasons for the review", [
  ("p", "1.1", "This review concerns Child R, a baby girl who was nine months old when she was admitted to hospital "
   "on 19 December 2024 with a fractured skull. Her father, Mr L, called an ambulance at 07.52 hrs that morning, saying "
   "that she was floppy and would not wake properly. The ambulance reached the family flat at 08.04 hrs and she was "
   "taken first to Harnford General Hospital and later that day to St Aldhelm's Children's Hospital."),
  ("p", "1.2", "Scans showed a fracture of the right parietal bone with a subdural haemorrhage. A skeletal survey "
   "two days later also found three healing fractures of the posterior ribs, which the consultant radiologist "
   "estimated to be between three and five weeks old. Child R survived, and at the time of writing she lives with "
   "her maternal great-aunt under a special guardianship order."),
  ("p", "1.3", "The Partnership notified the Child Safeguarding Practice Review Panel on 23 December 2024. The rapid "
   "review met on 6 January 2025 and agreed that the case met the criteria for a local child safeguarding practice "
   "review<super>1</super><onDraw name=\"fn\" label=\"1\"/>, because serious harm had occurred and agencies appeared to "
   "have missed chances to work together to protect her."),
  ("p", "1.4", "Criminal proceedings followed. Mr L was charged on 14 March 2025 with causing grievous bodily harm "
   "with intent and a separate offence of child cruelty. The review has been careful not to prejudice those "
   "proceedings and was not shown the police interviews with either parent."),
 ]),
 ("2", "Scope, terms of reference and method", [
  ("p", "2.1", "The review period runs from 4 September 2023, when the mother, Ms K, booked her pregnancy with the "
   "midwifery service, until 19 December 2024. Agencies were asked to record any earlier information that they "
   "thought relevant, and the police supplied a summary of Mr L's history from 2019 onwards."),
  ("p", "2.2", "The terms of reference asked the reviewer to consider: how agencies understood the risk posed by "
   "domestic abuse in the household; how injuries to a non-mobile baby were assessed; the quality of information "
   "sharing between health and children's social care; and the way the case was stepped down from statutory "
   "social work to early help in December 2024."),
  ("side", "Who took part", "The review was led by an independent reviewer, Margaret Fenwick-Hale, a former head "
   "of service with no links to any Westmarsh agency. Twenty-one practitioners and managers from nine agencies "
   "attended two learning events held on 12 and 26 March 2025. A panel of seven senior managers oversaw the work."),
  ("p", "2.3", "The method was a systems approach. Agencies completed chronologies and short reports, and the "
   "reviewer then met practitioners individually and in two group learning events. Draft findings were tested with "
   "the panel on 29 April 2025 and with the family before the report was finalised on 30 May 2025."),
  ("p", "2.4", "Ms K met the reviewer twice, in a family centre in Harnford and with her advocate present. Her "
   "great-aunt, Mrs Dorothy Pell, also contributed. Mr L declined through his solicitor to take part while criminal "
   "proceedings were active. The family's views appear in section 7 of this report."),
 ]),
 ("3", "Background: Child R and her family", [
  ("p", "3.1", "Child R was born on 14 March 2024 at Harnford General Hospital at 36 weeks' gestation, weighing "
   "2.41 kg. She was her mother's first child. Ms K was 19 years old and had herself been known to children's services "
   "in Westmarsh as a teenager, when she was looked after for eleven months after the breakdown of a foster placement."),
  ("p", "3.2", "Mr L was 24. He had two older children by a previous partner, with whom he had no contact. Police "
   "records showed four domestic abuse incidents with that partner between 2019 and 2022, one of which led to a caution "
   "for common assault. None of the agencies working with Ms K during her pregnancy knew this history."),
  ("p", "3.3", "The couple lived in a one-bedroom flat at 4 Cinder Row, Harnford, rented from a housing association. "
   "Ms K told the reviewer that money was very tight, that the flat was damp, and that Mr L's temper had become "
   "worse after he lost his job at a distribution warehouse in the spring of 2024."),
  ("quote", "\u201cI thought if I said anything about him they would take her off me. So I said everything was "
   "fine, and nobody really asked him.\u201d \u2014 Ms K, speaking to the review"),
  ("p", "3.4", "The family was registered with Marlow Lane Surgery. The health visiting service is provided by "
   "Westmarsh Community Health NHS Trust, and the midwifery and paediatric services by Harnford and District "
   "Hospitals NHS Trust. Children's social care is the responsibility of Westmarsh County Council."),
 ]),
 ("4", "Key episodes", [
  ("p", "4.1", "This section sets out the key episodes identified by the review. A fuller summary appears in the "
   "table at the end of the section. Practitioners are referred to by role codes: HV1 and HV2 are health visitors, "
   "SW1 is the allocated social worker, PC1 is a police constable, GP1 is the family doctor and FSW1 is the early "
   "help family support worker."),
  ("p", "4.2", "<i>Pregnancy and birth.</i> Ms K booked at eleven weeks. The midwife asked the routine enquiry "
   "questions about domestic abuse on two occasions when Mr L was in the room, and both times the answer was recorded "
   "as \u2018no concerns\u2019. HV1 carried out the antenatal contact on 17 January 2024 and the new birth visit on "
   "2 April 2024, when Child R was nineteen days old. HV1 recorded a warm and attentive mother and a father who "
   "\u2018did most of the talking\u2019."),
  ("p", "4.3", "<i>Domestic incident, June 2024.</i> At 23.15 hrs on 19 June 2024 a neighbour called police to report "
   "shouting and a baby screaming at the flat. PC1 arrived at 23.41 hrs. Ms K had a red mark on her cheek, which she "
   "said was caused by the baby's hand. Mr L had left before officers arrived. PC1 completed a DASH "
   "assessment<super>2</super><onDraw name=\"fn\" label=\"2\"/>, graded it as standard risk and submitted a child "
   "notification. Because of a backlog in the police public protection unit, the notification did not reach the "
   "multi-agency safeguarding hub (MASH) until 25 June 2024, six days after the incident."),
  ("p", "4.4", "The MASH screened the notification on 27 June 2024. The screening social worker checked children's "
   "social care records but did not request police history on Mr L, and the health visiting service was not asked "
   "for information. The outcome was an advice letter to Ms K and a copy to HV1. HV1 was on leave and the letter was "
   "filed without being read until 16 July 2024."),
  ("p", "4.5", "<i>Missed appointments.</i> Child R did not attend her immunisation appointments at Marlow Lane "
   "Surgery on 8 July and 22 July 2024. The practice sent a standard text reminder after each but took no further "
   "action. GP1 told the review that the practice then had no system for telling health visitors about missed "
   "immunisations in babies under one."),
  ("p", "4.6", "<i>Bruise to the ear, August 2024.</i> At 18.40 hrs on 15 August 2024 Ms K and Mr L brought Child R, "
   "then five months old, to the emergency department at Harnford General Hospital with a bruise behind her left ear. "
   "Mr L said she had rolled against the bars of her cot. She was seen by a nurse practitioner and discharged at "
   "20.05 hrs. No paediatric opinion was sought and no referral was made, although the Westmarsh bruising "
   "protocol<super>3</super><onDraw name=\"fn\" label=\"3\"/> requires both for any bruise in a baby who is not "
   "independently mobile. The discharge letter reached Marlow Lane Surgery on 21 August 2024 and was coded but not "
   "read by a doctor."),
  ("p", "4.7", "<i>Health visiting in the autumn.</i> HV2 took over the family in August 2024 when HV1 moved to "
   "another team. At a home visit on 3 September 2024 HV2 found the flat cold and noted that Ms K seemed low. Her "
   "score on the postnatal depression scale<super>4</super><onDraw name=\"fn\" label=\"4\"/> was 16. HV2 did not "
   "know about the police notification or the emergency department attendance, because neither was flagged on the "
   "health visiting record at the handover."),
  ("p", "4.8", "On 9 October 2024 HV2 saw Child R at a clinic and noticed two small bruises on her upper arm. Ms K "
   "said her cousin's toddler had grabbed her. HV2 discussed this with her safeguarding supervisor, who advised a "
   "referral, and HV2 telephoned the MASH at 15.20 hrs the same afternoon, followed by a written referral on 10 October "
   "2024. A child and family assessment was opened and SW1 was allocated on 14 October 2024."),
  ("p", "4.9", "<i>The assessment.</i> SW1 made three home visits, on 22 October, 4 November and 20 November 2024. All "
   "three were announced. Mr L was present only at the first, when he said he was \u2018just visiting\u2019; Ms K "
   "later told the reviewer that he was in fact living at the flat throughout. SW1 obtained Mr L's police record on "
   "11 November 2024 but read the 2019\u20132022 incidents as historic and unrelated to Child R."),
  ("p", "4.10", "No strategy discussion was held and Child R was not seen by a paediatrician, because the bruises "
   "had faded by the time of SW1's first visit and the explanation given was accepted. SW1 was in her first year of "
   "practice and was carrying twenty-four children, against a team target of eighteen."),
  ("p", "4.11", "The assessment concluded on 2 December 2024, after 33 working days, that Child R's needs could be "
   "met through early help. The case was stepped down to FSW1, who was due to make her first visit on "
   "18 December 2024. That visit was cancelled by text message from Ms K, who said the baby had a cold. A new date was "
   "offered for 7 January 2025."),
  ("p", "4.12", "<i>The incident.</i> On the morning of 19 December 2024 Mr L was alone with Child R while Ms K was at "
   "a supermarket. He called for an ambulance at 07.52 hrs. Paramedics recorded that she was pale and drowsy, with "
   "swelling over the right side of her head. Police were informed by the hospital at 10.35 hrs and a strategy "
   "meeting was held at 14.30 hrs the same day, at which an immediate protection plan was agreed."),
  ("table",),
 ]),
 ("5", "Analysis", [
  ("p", "5.1", "The review has found that the professionals in this case were, for the most part, caring and "
   "conscientious. The harm to Child R was not the result of any one decision. It came from a series of small gaps "
   "which together meant that nobody held the whole picture of a young, isolated mother, a partner with a history "
   "of violence, and a baby who was accumulating unexplained marks."),
  ("p", "5.2", "<i>Seeing the father.</i> Mr L was present at the new birth visit, the emergency department "
   "attendance and one social work visit, yet he was never asked directly about his history, his care of the baby or "
   "his own circumstances. Every agency record describes him in relation to Ms K. This is a familiar pattern, often "
   "described as the \u2018invisible father\u2019, and it was present here across all agencies."),
  ("side", "Bruising in babies: the rule", "A bruise in a baby who is not yet crawling, cruising or walking is rare "
   "and must always be taken seriously. Under the Westmarsh protocol any such bruise needs a paediatric opinion on "
   "the same day and a referral to children's social care, whatever explanation is offered."),
  ("p", "5.3", "<i>Injuries to a non-mobile baby.</i> There were two occasions on which Child R, who could not yet "
   "crawl, was seen with bruising: the emergency department attendance on 15 August 2024 and the clinic visit on "
   "9 October 2024. On the first, the protocol was not followed. The nurse practitioner told the review that she "
   "had not been trained on it and that the department was very busy that evening, with a wait of more than four "
   "hours. On the second, the referral was made correctly, but the social work assessment did not arrange a "
   "paediatric examination, and it was not clear to SW1 that the protocol still applied once the bruises had faded."),
  ("p", "5.4", "A consultant paediatrician, Dr Y, prepared an independent opinion for the review<super>5</super><onDraw "
   "name=\"fn\" label=\"5\"/>. Dr Y's view is that if Child R had been examined by a paediatrician in August 2024 a "
   "skeletal survey would probably have been carried out. It cannot be known what it would have shown, but it is "
   "likely that a fuller picture of the risk to her would have emerged about four months before she was seriously "
   "injured."),
  ("p", "5.5", "<i>Information sharing.</i> The review found at least five points where information held by one "
   "agency was not passed to another that needed it: the police history of Mr L, the June notification, the missed "
   "immunisations, the emergency department attendance and the handover between HV1 and HV2. Each gap on its own "
   "might have been minor; together they meant that the October referral was treated as a first concern when it "
   "was in fact the fourth."),
  ("p", "5.6", "<i>The step-down.</i> The decision to step down to early help was signed off by a team manager on "
   "2 December 2024 without a multi-agency discussion. HV2 was not consulted and learned of the decision from a "
   "letter<super>6</super><onDraw name=\"fn\" label=\"6\"/>. FSW1 received a referral form which described the case "
   "as \u2018low-level parenting support\u2019 and did not mention bruising at all."),
  ("p", "5.7", "<i>Workload and supervision.</i> The county's assessment teams were carrying a vacancy rate of 31 per "
   "cent in the autumn of 2024, and several newly qualified social workers were holding caseloads well above the "
   "agreed level. SW1 had supervision twice during the assessment, but both sessions were cut short and neither "
   "recorded a discussion of Mr L."),
 ]),
 ("6", "Findings", [
  ("p", "6.1", "<b>Finding 1.</b> Professionals did not routinely seek to know, see or assess the men living in or "
   "visiting the households of young babies, and the absence of Mr L from the assessment was accepted without "
   "challenge."),
  ("p", "6.2", "<b>Finding 2.</b> The bruising protocol was not embedded in the emergency department at Harnford "
   "General Hospital in 2024. An audit for this review found that it was followed in only 9 of 23 cases of bruising "
   "in non-mobile babies seen there between January and December 2024."),
  ("p", "6.3", "<b>Finding 3.</b> The MASH screened police notifications without routinely gathering health and "
   "police history, so that risk was judged on the single incident in front of the screener rather than on the pattern "
   "in the household. The notification was also delayed by a backlog which the police have since cleared."),
  ("p", "6.4", "<b>Finding 4.</b> Step-down from statutory social work to early help took place without a "
   "multi-agency discussion, and the information passed to early help did not carry the reasons for the original "
   "referral."),
  ("p", "6.5", "<b>Finding 5.</b> Primary care had no reliable way of acting on missed immunisations or emergency "
   "department letters about babies, and relied on letters being read by the right person at the right time."),
 ]),
 ("7", "The family's view", [
  ("p", "7.1", "Ms K wanted the review to say that she had been frightened to tell anyone about Mr L's behaviour, "
   "and that she did not feel that anyone gave her the chance. She said that no professional ever saw her on her own "
   "after Child R was born, which the records confirm."),
  ("p", "7.2", "Mrs Pell, Child R's great-aunt, said that she had been worried since the summer and had once "
   "telephoned the surgery to ask for the health visitor to call. The surgery has no record of that call. Mrs Pell "
   "said that Child R is now walking, is a happy child and has made a good recovery, although she continues to be "
   "followed up by the neurology service."),
 ]),
 ("8", "Recommendations", [
  ("p", "8.1", "The review makes seven recommendations to the Westmarsh Safeguarding Children Partnership. The "
   "Partnership is asked to report on progress within six months of publication."),
  ("p", "8.2", "<b>Recommendation 1.</b> All agencies should make it routine practice to identify, record and engage "
   "every adult male living in or regularly visiting a household with a baby under one, and to check police history "
   "when a child notification names a partner."),
  ("p", "8.3", "<b>Recommendation 2.</b> Harnford and District Hospitals NHS Trust should provide mandatory training "
   "on the bruising protocol for all emergency department staff, and re-audit compliance within twelve months."),
  ("p", "8.4", "<b>Recommendation 3.</b> The MASH should gather health and police information on every child "
   "notification involving a baby under one before a screening decision is made."),
  ("p", "8.5", "<b>Recommendation 4.</b> No case involving a child under two should be stepped down from social work "
   "to early help without a multi-agency meeting at which the health visitor is present."),
  ("p", "8.6", "<b>Recommendation 5.</b> The Integrated Care Board should ensure that every general practice in the "
   "county has a system for alerting the health visitor when a baby misses two consecutive immunisation "
   "appointments."),
  ("p", "8.7", "<b>Recommendation 6.</b> Westmarsh County Council should set and monitor a maximum caseload for "
   "social workers in their first year of practice. <b>Recommendation 7.</b> Health visiting handover should include "
   "a written summary of all safeguarding notifications received."),
 ]),
 ("9", "Action already taken", [
  ("p", "9.1", "Agencies did not wait for the report before acting. Westmarsh Constabulary cleared the backlog of "
   "child notifications in February 2025 and now aims to send every notification to the MASH within 24 hours of an "
   "incident. Compliance with that target was 92 per cent in April 2025."),
  ("p", "9.2", "Harnford and District Hospitals NHS Trust relaunched the bruising protocol in March 2025 with a "
   "short film and a prompt on the emergency department's electronic record, which now asks whether the child is "
   "mobile whenever a bruise is recorded in a child under one year of age."),
  ("p", "9.3", "Marlow Lane Surgery has introduced a weekly search for babies who have missed immunisations, and the "
   "Integrated Care Board is sharing its template with the other 41 practices in the county. The surgery also now "
   "records all telephone calls from relatives about a child's welfare."),
  ("p", "9.4", "Children's social care has reduced the caseloads of newly qualified social workers to a maximum of "
   "sixteen children, and has brought in a step-down checklist which requires the signature of a service manager. "
   "The Partnership will audit the use of the checklist in the autumn of 2025."),
  ("p", "9.5", "The Partnership will publish a progress report on all seven recommendations in January 2026, and "
   "will hold a practitioner learning event on fathers and partners in infant safeguarding in the same month."),
 ]),
]

# Wrapped-cell table of key episodes (section 4)
TABLE_HEAD = ["Date", "Agency", "Episode", "Response"]
TABLE_ROWS = [
 ["17/01/2024", "Health visiting", "Antenatal contact by HV1", "Routine universal plan"],
 ["14/03/2024", "Hospital trust", "Child R born at 36 weeks, 2.41 kg", "Discharged home on day three"],
 ["19/06/2024", "Westmarsh Constabulary", "Domestic incident at the flat; mark on Ms K's cheek", "DASH standard risk; notification reached MASH 25/06/2024"],
 ["15/08/2024", "Emergency department", "Bruise behind left ear, explained as cot bars", "Discharged 20.05 hrs; no paediatric opinion, no referral"],
 ["09/10/2024", "Health visiting", "Two bruises to upper arm seen by HV2 at clinic", "Telephone referral to MASH 15.20 hrs"],
 ["02/12/2024", "Children's social care", "Assessment closed after 33 working days", "Stepped down to early help (FSW1)"],
 ["19/12/2024", "Ambulance service", "999 call by Mr L at 07.52 hrs", "Skull fracture; transfer to St Aldhelm's"],
]

FRONT = {
 "foreword": [
  "This review tells the story of a baby who was badly hurt by someone who should have cared for her, and of the "
  "agencies in Westmarsh who each knew part of her story but never put the parts together. I am grateful to her "
  "mother and her great-aunt for talking so openly to the reviewer, and to the practitioners who gave their time.",
  "The Partnership accepted all of the recommendations at its meeting on 19 June 2025. Work on several of them began "
  "before the report was finished: the police backlog has been cleared, and the hospital trust has already trained "
  "more than 180 emergency department staff on the bruising protocol.",
  "We will publish a progress report. I ask every leader in the county to read the findings and to ask of their own "
  "service: who is the man in this baby's life, and what do we know about him?",
 ],
 "foreword_sign": "Graham Tulloch, Independent Scrutineer, Westmarsh Safeguarding Children Partnership",
 "glossary": [
  ("DASH", "Domestic Abuse, Stalking and Harassment risk checklist"),
  ("EPDS", "Edinburgh Postnatal Depression Scale"),
  ("FSW", "Family support worker (early help)"),
  ("GP", "General practitioner"),
  ("HV", "Health visitor"),
  ("MASH", "Multi-agency safeguarding hub"),
  ("PC", "Police constable"),
  ("SW", "Social worker"),
 ],
}

# Companion learning summary (two columns, two pages) - no numbered paragraphs except headed boxes
SUMMARY_TITLE = "Learning Summary: Child R"
SUMMARY = [
 ("h", "What happened"),
 ("t", "In December 2024 a nine-month-old girl, known as Child R, was taken to hospital with a fractured skull after "
  "her father called an ambulance at 07.55 hrs. Later tests also found older, healing rib fractures. Her father, "
  "Mr L, has been charged with serious offences. Child R now lives with a relative and is recovering well."),
 ("t", "Before this, agencies had several chances to spot that she was at risk. Police attended a domestic incident "
  "at the family flat in June 2024; their notice reached the safeguarding hub five days later. In August 2024 she was "
  "taken to hospital with a bruise behind her ear, aged five months, and was sent home without a paediatric "
  "opinion. In October a health visitor saw bruises on her arm and made a referral. A social work assessment followed "
  "but closed after 33 working days and the case moved to early help."),
 ("h", "About the review"),
 ("t", "The review was commissioned by the Westmarsh Safeguarding Children Partnership after a rapid review on "
  "6 January 2025. It was written by an independent reviewer, Margaret Fenwick-Hale, and drew on the accounts of "
  "23 practitioners and managers. The full report was published on 8 July 2025."),
 ("h", "Key learning"),
 ("t", "<b>Think father.</b> Ask who lives in the home and who cares for the baby. Mr L was present at many contacts "
  "but no one asked about his past, which included four domestic abuse incidents with a former partner."),
 ("t", "<b>Bruising in a baby who cannot move about is a red flag.</b> Any such bruise needs a same-day paediatric "
  "opinion and a referral. An audit found the hospital followed the protocol in only 9 of 23 cases in 2024."),
 ("t", "<b>Share what you know.</b> The October referral was treated as a first concern, when four earlier warning "
  "signs were held by different agencies."),
 ("t", "<b>Do not step down alone.</b> The health visitor was not asked before the case moved to early help, and the "
  "family support worker was told it was about parenting support only."),
 ("h", "What will change"),
 ("t", "The review made seven recommendations, all accepted. They cover engaging fathers and partners, training for "
  "emergency staff, screening in the safeguarding hub, step-down meetings, alerts for missed immunisations, caseloads "
  "for new social workers and health visitor handovers."),
 ("h", "Questions for your team"),
 ("t", "Three questions to discuss in a team meeting: Do we record the name and role of every adult in a baby's "
  "home? Would we know if a baby on our caseload had been to the emergency department? When we close a case, who "
  "do we tell and what do we tell them?"),
 ("h", "Since the review"),
 ("t", "Police now aim to pass every child notification to the safeguarding hub within 24 hours. The hospital has "
  "relaunched its bruising protocol, and new social workers now hold no more than sixteen children each. The "
  "Partnership will report on progress in January 2026."),
 ("t", "This summary is intended for use in team meetings and should take about fifteen minutes to discuss. "
  "Trainers can obtain a slide pack from the Partnership's learning and development officer, Priya Raman."),
]

# Appendix A: review panel (table)
PANEL = [
 ["Name", "Role", "Agency"],
 ["Margaret Fenwick-Hale", "Independent reviewer", "Independent"],
 ["Anjali Mistry", "Panel chair; Head of Safeguarding", "Westmarsh Integrated Care Board"],
 ["Detective Inspector Owen Crabtree", "Public protection unit", "Westmarsh Constabulary"],
 ["Sarah Jellicoe", "Service Manager, Assessment", "Westmarsh County Council"],
 ["Dr Tobias Renshaw", "Designated Doctor", "Harnford and District Hospitals NHS Trust"],
 ["Helen Quarrie", "Named Nurse", "Westmarsh Community Health NHS Trust"],
 ["Colin Addy", "Early Help Lead", "Westmarsh County Council"],
 ["Bernadette Lowe", "Business Manager", "Westmarsh Safeguarding Children Partnership"],
]
APPENDIX_NOTE = ("The panel met six times between 20 January and 29 April 2025. The reviewer's fee and the "
 "costs of the learning events were met from the Partnership budget. Agencies that submitted chronologies: "
 "Westmarsh Constabulary; Harnford and District Hospitals NHS Trust; Westmarsh Community Health NHS Trust; "
 "Marlow Lane Surgery; Westmarsh County Council children's social care and early help; the regional ambulance "
 "service; Clearwater Housing Association; and the Harnford Family Centre.")

GLANCE = [
 ["Key facts at a glance", ""],
 ["Child", "Child R, girl, aged nine months"],
 ["Injury", "Fractured skull and older rib fractures, 19/12/2024"],
 ["Earlier contacts", "Police call-out (June 2024); emergency department (August 2024); health visitor referral (October 2024)"],
 ["Review", "Local child safeguarding practice review; report published 8 July 2025"],
 ["Recommendations", "7, all accepted by the Partnership"],
]
