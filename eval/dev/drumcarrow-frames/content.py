# -*- coding: utf-8 -*-
"""Text of the FICTIONAL Drumcarrow review ("Baby Mirren") and its 7-minute briefing.

Everything here is invented for testing a question-answering tool. No real child, family,
practitioner, authority or agency is described.

Markup: ordinary reportlab paragraph markup, plus {fn:key} for a footnote marker; the
footnote texts are in NOTES and are numbered in order of first use when the PDF is built.
"""

SHORT_TITLE = "Significant Case Review: Baby Mirren"
COMMITTEE = "Drumcarrow Child Protection Committee"
FOOTER = "FICTIONAL \u2014 practice document for testing; an invented case, not a real review"

NOTES = {
    "proc": "Drumcarrow Child Protection Committee, <i>Learning Review Procedures</i> (revised March 2022). "
            "The procedures use the term Learning Review; this report keeps the title Significant Case Review "
            "under which it was commissioned.",
    "trial": "Mr D pleaded guilty and was convicted at the High Court on 8 April 2024. Sentencing was deferred "
             "for reports and had not taken place when this report was endorsed.",
    "sw3": "SW3 was allocated as the lead social worker for the joint investigation on 19 August 2023 and "
           "remained involved with Ms K after Mirren's death.",
    "named": "The Named Person is a single point of contact for a child and family. Before birth the role is "
             "held by the midwife; from the handover after birth until school age it is held by the health visitor.",
    "irdinfo": "Note of the IRD kept by TM1, 8 March 2023. PS1 told the learning event that the full record was "
               "\u201ctwo clicks away\u201d but was not opened during the discussion.",
    "summary": "Transfer summary by HV1 dated 18 July 2023, section 3 (\u2018Significant events\u2019).",
    "sentinel": "A sentinel injury is a minor, visible injury, such as a bruise, in a young baby that may be the "
                "first sign of more serious abuse.",
    "protocol": "NHS Strathardle, <i>Bruising in Non-Mobile Infants: Practice Guideline</i>, version 2 (October 2021). "
                "NHS Drumcarrow has used an equivalent guideline since May 2020.",
    "mailbox": "The standard operating procedure for the mailbox (2019) said that it would be checked "
               "\u201cdaily when capacity allows\u201d.",
    "pathway": "The Universal Health Visiting Pathway sets out eleven core home visits, eight of them before the "
               "child's first birthday.",
    "routine": "Routine enquiry means asking every woman, in private, whether she has experienced domestic abuse, "
               "whether or not there are signs of it.",
    "pm": "The post-mortem report was made available to the reviewer on 2 February 2024, with the consent of "
          "the Procurator Fiscal.",
}

# ---------------------------------------------------------------------------------------------
# Glossary (page ii) and key to practitioners
GLOSSARY = [
    ("CPC", "Child Protection Committee"),
    ("CPPM", "Child Protection Planning Meeting"),
    ("CT", "Computed tomography (a brain scan)"),
    ("DRI", "Drumcarrow Royal Infirmary"),
    ("ED", "Emergency Department"),
    ("ENP", "Emergency nurse practitioner"),
    ("GP", "General practitioner"),
    ("HV", "Health visitor"),
    ("ICR", "Initial Case Review"),
    ("IRD", "Inter-agency referral discussion"),
    ("MIU", "Minor Injuries Unit"),
    ("MW", "Midwife"),
    ("PICU", "Paediatric intensive care unit"),
    ("PPU", "Public Protection Unit (police)"),
    ("SCR", "Significant Case Review"),
    ("SOP", "Standard operating procedure"),
    ("VPD", "Vulnerable Persons Database (police)"),
    ("YPNS", "Young Parents Nurse Service"),
]

KEY = [
    ("MW1", "Community midwife, NHS Strathardle"),
    ("MW2", "Community midwife, NHS Strathardle (postnatal visit)"),
    ("YPN1", "Young parents nurse, NHS Strathardle"),
    ("HV1", "Health visitor and Named Person, NHS Strathardle"),
    ("GP1", "General practitioner, Ardle Health Centre"),
    ("ENP1", "Emergency nurse practitioner, Ardle Community Hospital MIU"),
    ("SW1", "Social worker, Strathardle Council"),
    ("TM1", "Team manager, Strathardle Council Social Work"),
    ("PC1", "Police constable, Strathardle Division"),
    ("PS1", "Police sergeant, Strathardle Public Protection Unit"),
    ("HO1", "Housing options officer, Drumcarrow Council"),
    ("PC2", "Police constable, Drumcarrow Division"),
    ("SW2", "Duty social worker, Drumcarrow Social Work Services"),
    ("TM2", "Team manager, Drumcarrow Social Work Services"),
    ("SW3", "Child protection social worker, Drumcarrow Social Work Services"),
    ("HV2", "Health visitor and Named Person, NHS Drumcarrow"),
    ("HV3", "Health visiting team leader, NHS Drumcarrow"),
    ("DR1", "Junior doctor, Emergency Department, DRI"),
    ("GP2", "General practitioner, Kirkgate Medical Practice"),
    ("PN1", "Practice nurse, Kirkgate Medical Practice"),
    ("DS1", "Detective sergeant, Drumcarrow Public Protection Unit"),
    ("CP1", "Consultant paediatrician, NHS Drumcarrow"),
]

# Table 1 (inside one column): agency contacts
CONTACTS = [
    ("Midwifery", "Strathardle", "14"),
    ("Health visiting", "Strathardle", "4"),
    ("GP (Ardle Health Centre)", "Strathardle", "5"),
    ("Minor Injuries Unit", "Strathardle", "1"),
    ("Social Work", "Strathardle", "7"),
    ("Police", "Strathardle", "2"),
    ("Health visiting", "Drumcarrow", "3"),
    ("GP (Kirkgate)", "Drumcarrow", "3"),
    ("Emergency Department", "Drumcarrow", "1"),
    ("Social Work Services", "Drumcarrow", "1"),
    ("Police", "Drumcarrow", "1"),
    ("Housing Options", "Drumcarrow", "3"),
]
CONTACTS_TOTAL = "45"

# Table 2 (landscape page): chronology
CHRONOLOGY = [
    ("09/01/2023", "10:30", "Midwifery (Strathardle)",
     "Booking appointment with MW1 at 16 weeks and 4 days of pregnancy, after Ms K missed two earlier appointments "
     "in December 2022. Mr D is present throughout the appointment and answers several questions for Ms K; routine "
     "enquiry about domestic abuse is not completed.",
     "Late booking, young age and care experience identified as vulnerabilities. This is the first of four contacts "
     "at which routine enquiry was recorded as not appropriate because the partner was present."),
    ("02/03/2023", "23:15", "Police (Strathardle)",
     "PC1 attends Ms K's flat in Kinloch Ardle after a neighbour reports a woman screaming. Ms K, 24 weeks pregnant, "
     "is upset and has a red mark on her upper arm; Mr D has left before police arrive. Ms K declines to give a "
     "statement and says it was an argument.",
     "First recorded domestic incident involving the couple. Entry made on the VPD and a concern report for the "
     "unborn baby shared with social work and midwifery on 06/03/2023."),
    ("08/03/2023", "14:00", "IRD (Strathardle)",
     "Telephone IRD between TM1, PS1 and MW1. PS1 reports a previous conviction for assault in 2019. The threshold "
     "for a child protection investigation is judged not to be met, and a pre-birth assessment by SW1 is agreed "
     "instead.",
     "The nature of Mr D's conviction, and the identity of the victim, were not explored. No checks were made with "
     "Drumcarrow, where Mr D had lived until January 2022."),
    ("12/06/2023", "04:47", "Maternity (Strathardle)",
     "Mirren is born at Strathardle Maternity Unit at 38 weeks and 4 days, weighing 3.12 kg, after a labour of "
     "nine hours. Mother and baby are discharged home to Kinloch Ardle two days later, on 14/06/2023.",
     "The midwife remains Named Person until the handover to health visiting on 22/06/2023. No concerns are "
     "recorded on the postnatal ward."),
    ("27/06/2023", "11:00", "Health visiting (Strathardle)",
     "HV1's new birth visit when Mirren is 15 days old. Weight 3.28 kg. Mr D is present for the whole visit and "
     "is described as \u201cvery hands-on\u201d; routine enquiry is again recorded as \u201cnot appropriate\u201d.",
     "HV1 becomes Named Person. HV1 plans to ask about domestic abuse at the next visit, booked for 17/07/2023, "
     "which did not take place because the family had moved."),
    ("02/07/2023", "19:40", "MIU, Ardle Community Hospital",
     "ENP1 sees a bruise about 1 cm across on Mirren's left cheek, aged 20 days. Mr D's explanation, that a dummy "
     "clip pressed into her face, is accepted. Mirren is discharged at 20:25 and a letter is sent to GP1 and HV1.",
     "A bruise in a non-mobile infant was not discussed with a paediatrician or referred to social work, as the "
     "guideline required. The letter arrived eight days later."),
    ("14/07/2023", "\u2013", "Family",
     "The family move from Kinloch Ardle to the home of Mr D's mother in Carrowbank, Drumcarrow. No agency is told "
     "in advance; HV1 learns of the move when she finds the flat empty on 17/07/2023.",
     "Transfer of the Named Person begins. HV1's transfer summary is emailed to the Drumcarrow generic mailbox on "
     "18/07/2023 and the paper record is posted."),
    ("24/07/2023", "01:30", "Police (Drumcarrow)",
     "PC2 attends the temporary flat at Balmore Court after a neighbour reports shouting and a baby crying for over "
     "an hour. Mr D has been drinking and agrees to spend the night at his mother's house. Mirren is seen asleep.",
     "PC2 sees the Strathardle incident on the VPD. A child concern report is completed and shared with Social Work "
     "Services on 27/07/2023."),
    ("28/07/2023", "\u2013", "Social Work Services (Drumcarrow)",
     "SW2 screens the concern report and records \u201cno further action \u2013 pass to Named Person\u201d. SW2 "
     "checks the system for Ms K and Mirren only. The report is emailed to the health visiting generic mailbox.",
     "No search was made for Mr D, whose earlier involvement with Child P was on the same system. The report "
     "stayed unread in the mailbox until 09/08/2023."),
    ("31/07/2023", "22:05", "Emergency Department, DRI",
     "DR1 sees Mirren, aged seven weeks, after four vomits and a day of irritability. No bruising is recorded and "
     "probable reflux is diagnosed. Mirren is discharged at 01:10 on 01/08/2023 with feeding advice.",
     "No senior review took place, although guidance expected one for infants under three months. The earlier MIU "
     "attendance in Strathardle was not known to the department."),
    ("08/08/2023", "10:15", "Health visiting (Drumcarrow)",
     "HV2's transfer-in visit to Balmore Court, which includes the 6\u20138 week review. Weight 4.41 kg. Ms K is "
     "alone and says that Mr D is staying with his mother. An extra visit is booked for 22/08/2023.",
     "HV2 had read the transfer summary but not the full record, and had not seen the police concern report, which "
     "reached HV2 two days later."),
    ("19/08/2023", "06:52", "Ambulance service; DRI",
     "999 call by Mr D saying Mirren is \u201cfloppy\u201d. The ambulance arrives at 07:03. A CT scan at DRI shows "
     "subdural haemorrhages and a skull fracture; Mirren is transferred to PICU at 13:40. IRD held at 16:00.",
     "A joint investigation by police and social work begins. Neither parent is to have unsupervised contact with "
     "Mirren. A skeletal survey follows on 21/08/2023."),
    ("23/08/2023", "11:20", "Caledonian Children's Hospital",
     "Mirren dies in the paediatric intensive care unit after intensive care is withdrawn, with Ms K and her "
     "grandmother present. Mr D is arrested two days later, on 25/08/2023.",
     "The Lead Officer notifies the Committee Chair on 06/09/2023, and the Initial Case Review meets on "
     "12/09/2023."),
]

# ---------------------------------------------------------------------------------------------
# Body of the report. Block types:
#   ("band", num, title)      full-width section band (starts a new page)
#   ("h1", num, title)        section heading inside a column
#   ("h2", num, title)        subsection heading inside a column
#   ("p", num, text)          numbered paragraph with a hanging number
#   ("pu", text)              unnumbered paragraph
#   ("contacts",)             Table 1 in a column
#   ("voice", title, [texts]) shaded box in one column
#   ("pull", quote, attribution)
#   ("next", template)        NextPageTemplate
#   ("colbreak",)             go to the next column
#   ("chronology",)           landscape chronology page
#   ("signature",)

BODY = [
    ("band", "1", "Introduction"),
    ("h2", None, "Why this review was held"),
    ("p", "1.1",
     "This report sets out the findings of a Significant Case Review carried out by Drumcarrow Child Protection "
     "Committee under its Learning Review Procedures{fn:proc}. It concerns a baby girl who is called Mirren in this "
     "report. Mirren died in the Caledonian Children's Hospital on 23 August 2023, aged ten weeks, four days after "
     "she was admitted with a serious head injury."),
    ("p", "1.2",
     "The name Mirren was chosen by her mother for the purposes of this review. Mirren's mother is referred to as "
     "Ms K and her father as Mr D. Practitioners are referred to by the role codes in the key on page ii; agencies "
     "are named."),
    ("p", "1.3",
     "Mirren was born in the Strathardle Council area and lived there for the first 32 days of her life. She moved "
     "with her parents to Drumcarrow on 14 July 2023 and lived in Drumcarrow for 36 days before she was taken to "
     "hospital. Almost every agency that knew the family in one area was replaced by a different agency in the "
     "other, and this shaped much of what the review found."),
    ("p", "1.4",
     "On 6 September 2023 the Child Protection Lead Officer, Fiona Maclaren, notified the Chair of the Committee of "
     "Mirren's death. An Initial Case Review (ICR) met on 12 September 2023 and concluded that the criteria for a "
     "review were met: a child had died, abuse was suspected, and there was evidence that agencies could have "
     "worked together more effectively. The Chair confirmed the decision to hold a Significant Case Review on "
     "26 September 2023, and the national inspectorate was notified on 28 September 2023."),
    ("p", "1.5",
     "Because Mirren lived in two areas, Strathardle Child Protection Committee agreed to take part as a partner. "
     "Its chair, Mrs Alison Rennie, sat on the review team, and both committees have accepted the recommendations "
     "that concern them."),
    ("h2", None, "Scope and method"),
    ("p", "1.6",
     "The period under review runs from 15 November 2022, when Ms K's pregnancy was confirmed, to 23 August 2023. "
     "Agencies were also asked to summarise anything they knew about Mr D from January 2019, so that his earlier "
     "history could be considered."),
    ("p", "1.7",
     "The review was led by an independent reviewer, Dr Morag Tennant, a former Chief Social Work Officer with no "
     "connection to either area. The review team of seven senior managers was chaired by Euan Strachan, "
     "Independent Chair of the Committee, and met eight times between 30 October 2023 and 20 May 2024."),
    ("p", "1.8",
     "Twelve agencies and services provided records and a short analysis of their own involvement. These were merged "
     "into an integrated chronology of 163 entries. A learning event for practitioners and first-line managers was "
     "held at Carrow House on 22 January 2024 and was attended by 23 people; four practitioners who could not "
     "attend were interviewed individually."),
    ("p", "1.9",
     "Table 1 shows how many contacts each agency had with Ms K, Mr D or Mirren during the review period. "
     "Contacts in Strathardle outnumber those in Drumcarrow by more than two to one, although Mirren lived in "
     "Drumcarrow for longer."),
    ("contacts",),
    ("p", "1.10",
     "Mr D was arrested on 25 August 2023. At the request of the Procurator Fiscal, the review was paused between "
     "11 March 2024 and 8 April 2024, and the reviewer did not speak to any witness in the criminal case about the "
     "events of 19 August 2023. Mr D has been convicted of the culpable homicide of Mirren{fn:trial}. Ms K was not "
     "charged with any offence."),
    ("h2", None, "Involvement of the family"),
    ("p", "1.11",
     "Ms K met the reviewer twice, on 28 February 2024 and 19 April 2024, with her advocacy worker from the "
     "Carrowside Young Women's Project. Ms K's grandmother, who cared for her as a child, met the reviewer on "
     "6 March 2024. Mr D was invited to contribute by letter on 14 November 2023 and again through his solicitor; "
     "he declined."),

    ("h1", "2", "Mirren and her family"),
    ("p", "2.1",
     "Mirren was born on 12 June 2023 at 38 weeks and 4 days of pregnancy, weighing 3.12 kg. She was a healthy "
     "baby. Ms K breastfed her for the first two weeks and then moved to bottle feeding. Ms K describes her as "
     "\u201ca wee smiler\u201d who liked being carried about in a sling and hated the bath."),
    ("p", "2.2",
     "Ms K was 19 when Mirren was born. She is care-experienced: from the age of 11 she lived with her grandmother "
     "under a compulsory supervision order, which ended when she was 16. She received throughcare support from "
     "Strathardle Council until March 2022, when she moved into her own tenancy in Kinloch Ardle. She worked "
     "part-time in a bakery until December 2022."),
    ("p", "2.3",
     "Mr D was 26 when Mirren was born. He grew up in Drumcarrow and worked, when he could find work, as a "
     "scaffolder. In 2019 he was convicted at Drumcarrow Sheriff Court of assaulting his then partner, Ms P, and was "
     "given a community payback order of 180 hours of unpaid work. In November 2021 Ms P's son, referred to here as "
     "Child P, was placed on the Child Protection Register in Drumcarrow because of domestic abuse by Mr D. Mr D "
     "moved to Strathardle in January 2022 and met Ms K in April 2022."),
    ("p", "2.4",
     "None of the information in paragraph 2.3 was known to any practitioner who worked with Ms K before Mirren's "
     "death. The conviction was held by the police; Child P's registration was held by Drumcarrow Social Work "
     "Services; the link between them was held by no one."),
    ("p", "2.5",
     "Mr D's mother, Mrs D, lives in the Carrowbank area of Drumcarrow. The family stayed with her from 14 July to "
     "21 July 2023, when the council provided them with a temporary furnished flat at Balmore Court."),
    ("p", "2.6",
     "Child P's name was removed from the Child Protection Register in Drumcarrow in June 2022, five months after "
     "Mr D left the household. The case conference minutes record that Mr D had not engaged with the "
     "Caledon Men's Programme, a behaviour change course for men who have been abusive, to which he had been "
     "referred as part of the community payback order."),
    ("h2", None, "The two areas"),
    ("p", "2.7",
     "Strathardle is a mainly rural council area with a population of about 61,000. Ms K's flat was in Kinloch "
     "Ardle, its second town, which has a community hospital with a minor injuries unit. The maternity unit and the "
     "children's ward are at Strathardle General Hospital in Balnagowan, 23 miles away."),
    ("p", "2.8",
     "Drumcarrow is a largely urban area of about 94,000 people, some 40 miles south-east of Kinloch Ardle. It has "
     "its own health board, NHS Drumcarrow, and a single acute hospital, Drumcarrow Royal Infirmary (DRI). Children "
     "who need intensive care are transferred to the Caledonian Children's Hospital."),
    ("p", "2.9",
     "The two health boards use different electronic patient record systems, and neither can see the other's "
     "records. Health visiting records in Strathardle are electronic, but in 2023 transfers between boards still "
     "relied on a paper record sent by post. Drumcarrow Social Work Services screened 4,860 police concern reports "
     "about children in 2022\u201323, most of them through a duty system staffed by two social workers each day."),
    ("p", "2.10",
     "IRD arrangements also differ. In Strathardle most IRDs are held by telephone between the three core agencies, "
     "and the chair keeps the note; there were 212 IRDs in Strathardle in 2023. In Drumcarrow IRDs are held in "
     "person or by video at the Public Protection Hub in Carrow House, and the record is completed on a shared "
     "template within 24 hours."),
    ("p", "2.11",
     "Mr D was himself known to Drumcarrow Social Work Services as a child. Between 2004 and 2008 his family was "
     "supported because of his father's violence towards his mother, and Mr D, then aged between 7 and 11, was the "
     "subject of two child protection investigations. The review includes this because it is part of Mr D's "
     "history that no adult service ever connected with the man he became, not to excuse what he did."),

    ("band", "3", "Summary of agency involvement"),
    ("h2", "3.1", "Pregnancy in Strathardle"),
    ("p", "3.1.1",
     "GP1 confirmed Ms K's pregnancy on 15 November 2022 and referred her to the midwifery service. Ms K did not "
     "attend booking appointments on 5 December and 19 December 2022. She was booked by MW1 on 9 January 2023, at "
     "16 weeks and 4 days. She told MW1 she was \u201chappy but scared\u201d. Mr D was present throughout, and MW1 "
     "recorded routine enquiry about domestic abuse as \u201cnot appropriate \u2013 partner present\u201d."),
    ("p", "3.1.2",
     "MW1 identified Ms K's age, her care experience and the late booking as vulnerabilities and on 18 January 2023 "
     "referred her to the Young Parents Nurse Service (YPNS). YPN1 telephoned Ms K on 2 February 2023; Ms K declined "
     "the service, saying that she and Mr D were \u201cmanaging fine\u201d. The referral was closed on "
     "9 February 2023."),
    ("p", "3.1.3",
     "At 23.15 hrs on 2 March 2023 PC1 attended Ms K's flat after a neighbour reported a woman screaming. Ms K, who "
     "was 24 weeks pregnant, was upset and had a red mark on her upper arm. Mr D had left. Ms K said it was \u201cjust "
     "an argument\u201d and declined to make a statement. PC1 recorded the incident on the Vulnerable Persons "
     "Database and submitted a concern report for the unborn baby, which was shared with Strathardle Council Social "
     "Work and the midwifery service on 6 March 2023."),
    ("p", "3.1.4",
     "An inter-agency referral discussion (IRD) was held by telephone on 8 March 2023. TM1 chaired it; PS1 and MW1 "
     "took part. PS1 reported that Mr D had \u201ca previous conviction for assault (2019)\u201d{fn:irdinfo}. It was "
     "not said that the victim had been a partner, and no one asked. No checks were made with Drumcarrow. The IRD "
     "agreed that the threshold for a child protection investigation was not met and that SW1 would complete a "
     "pre-birth assessment."),
    ("p", "3.1.5",
     "SW1 visited Ms K at home on 21 March 2023 and 4 April 2023. On the first visit Mr D answered most of the "
     "questions. On the second, SW1 saw Ms K alone for about ten minutes while Mr D went to the shop. Ms K said the "
     "argument on 2 March had been about money and that Mr D \u201chas never hurt me\u201d."),
    ("p", "3.1.6",
     "TM1 signed off SW1's pre-birth assessment on 26 April 2023. It concluded that there was \u201cno role for "
     "statutory social work\u201d and recommended universal support through the Named Person. The case was closed "
     "on 12 May 2023, and letters were sent to MW1 and GP1. The assessment contained no chronology and a single line "
     "about Mr D."),
    ("p", "3.1.7",
     "MW1 saw Ms K for antenatal appointments on 2 May and 30 May 2023. Mr D was present both times, and routine "
     "enquiry was again recorded as not appropriate."),
    ("h2", "3.2", "Birth and the first weeks"),
    ("p", "3.2.1",
     "Mirren was born at Strathardle Maternity Unit on 12 June 2023, and she and Ms K went home on 14 June. MW1 "
     "made a postnatal visit on 16 June and MW2 on 19 June. MW1 discharged Ms K and Mirren from midwifery care on "
     "22 June 2023, when Mirren was ten days old, and handed over to health visiting."),
    ("p", "3.2.2",
     "HV1 made the new birth visit on 27 June 2023, when Mirren was 15 days old, and from then on was her Named "
     "Person{fn:named}. Mirren weighed 3.28 kg. HV1 recorded \u201ca calm household, dad very hands-on\u201d. Mr D "
     "was present, and HV1 recorded routine enquiry as not appropriate, planning to ask at her next visit."),
    ("p", "3.2.3",
     "At 19.40 hrs on 2 July 2023 Ms K and Mr D took Mirren, then 20 days old, to the Minor Injuries Unit (MIU) at "
     "Ardle Community Hospital. ENP1 saw a bruise about 1 cm across on Mirren's left cheek. Mr D explained that the "
     "clip of her dummy had pressed into her face while he was settling her in her car seat. ENP1 recorded "
     "\u201caccidental \u2013 explanation consistent\u201d and discharged Mirren at 20.25 hrs."),
    ("p", "3.2.4",
     "The MIU letter was typed on 7 July 2023 and reached GP1's practice and HV1 on 10 July. GP1 filed it without "
     "action. HV1 telephoned Ms K on 11 July. Ms K said the mark had gone and that the family were moving to "
     "Drumcarrow \u201cto be near his mum\u201d. HV1 noted that she would discuss the bruise at her next visit, "
     "which she booked for 17 July 2023."),
    ("h2", "3.3", "The move to Drumcarrow"),
    ("p", "3.3.1",
     "The family moved to Mrs D's house on 14 July 2023. HV1 found the flat empty on 17 July. On 18 July 2023 she "
     "completed a transfer summary and emailed it to the NHS Drumcarrow health visiting generic mailbox; the paper "
     "record was posted the same day. The summary described the MIU attendance as \u201cminor facial mark \u2013 "
     "resolved\u201d{fn:summary}."),
    ("p", "3.3.2",
     "Ms K registered herself and Mirren with Kirkgate Medical Practice on 17 July 2023. On 20 July 2023 HO1 "
     "completed a homelessness assessment, in which Ms K named Mr D as a member of the household, and on 21 July "
     "the family moved into the temporary flat at Balmore Court."),
    ("p", "3.3.3",
     "At 01.30 hrs on 24 July 2023 PC2 attended Balmore Court after a neighbour reported shouting and a baby crying "
     "for over an hour. Mr D had been drinking. Ms K said he was \u201cstressed about money\u201d. PC2 saw Mirren "
     "asleep in her Moses basket and noted no injury. PC2 checked the Vulnerable Persons Database and saw the "
     "Strathardle incident of 2 March. Mr D agreed to spend the night at his mother's house. PC2 completed a child "
     "concern report, which was shared with Drumcarrow Social Work Services on 27 July 2023."),
    ("p", "3.3.4",
     "SW2, a duty social worker, screened the concern report on 28 July 2023. SW2 searched the social work system "
     "for Ms K and Mirren, found no record of either, and did not search for Mr D. The decision was \u201cno further "
     "action \u2013 pass to Named Person\u201d. Because Mirren had no Named Person in Drumcarrow yet, the report was "
     "emailed to the health visiting generic mailbox."),
    ("p", "3.3.5",
     "At 22.05 hrs on 31 July 2023 Ms K took Mirren, then seven weeks old, to the Emergency Department of Drumcarrow "
     "Royal Infirmary because she had vomited four times and had been irritable all day. DR1, a junior doctor, "
     "examined her, recorded no bruising and diagnosed probable reflux. Asked about previous attendances, Ms K "
     "said \u201cnothing\u201d, and the triage nurse recorded \u201cnil of note\u201d. Mirren was discharged at "
     "01.10 hrs on 1 August 2023 without a senior review."),
    ("p", "3.3.6",
     "The paper health record arrived in Drumcarrow on 4 August 2023. HV3, the health visiting team leader, "
     "allocated Mirren to HV2 on 7 August."),
    ("p", "3.3.7",
     "HV2 visited Balmore Court on 8 August 2023. Mirren was eight weeks old and weighed 4.41 kg. Ms K was alone "
     "and said that Mr D was \u201cstaying at his mum's\u201d. HV2 had read the transfer summary but not the full "
     "record. She completed the 6\u20138 week review and, because of the move, booked an extra visit for "
     "22 August 2023."),
    ("p", "3.3.8",
     "On 9 August 2023 HV3 found the police concern report in the generic mailbox, twelve days after it had been "
     "sent, and passed it to HV2 on 10 August. HV2 telephoned Ms K on 11 August without reply and wrote to her on "
     "14 August to confirm the visit on 22 August."),
    ("p", "3.3.9",
     "Also on 14 August 2023, GP2 carried out Mirren's six-to-eight-week check at Kirkgate Medical Practice, with "
     "both parents present. GP2 recorded a normal examination, including \u201cfontanelle soft, not bulging\u201d, "
     "and PN1 gave Mirren her first immunisations. GP2 knew nothing of the MIU attendance, the Emergency Department "
     "attendance or the police concern report."),
    ("h2", "3.4", "19 to 23 August 2023"),
    ("p", "3.4.1",
     "At 06.52 hrs on 19 August 2023 Mr D called 999 and said that Mirren was \u201cfloppy\u201d and not breathing "
     "properly. The ambulance arrived at 07.03 hrs and took her to Drumcarrow Royal Infirmary, where a CT scan showed "
     "bilateral subdural haemorrhages and a fracture of the left parietal bone. She was transferred to the paediatric "
     "intensive care unit (PICU) of the Caledonian Children's Hospital at 13.40 hrs."),
    ("p", "3.4.2",
     "A second IRD was held at 16.00 hrs on 19 August 2023, chaired by TM2, with DS1, CP1 and HV3. It agreed a joint "
     "investigation by police and social work{fn:sw3} and that neither parent should have unsupervised contact "
     "with Mirren."),
    ("p", "3.4.3",
     "A skeletal survey on 21 August 2023 found healing fractures of three posterior ribs, estimated to be two to "
     "four weeks old, and a metaphyseal fracture of the right tibia."),
    ("p", "3.4.4",
     "Intensive care was withdrawn and Mirren died at 11.20 hrs on 23 August 2023. The post-mortem{fn:pm} "
     "confirmed that she died of a head injury caused by shaking and impact."),
    ("chronology",),

    ("h1", "4", "The family's perspective"),
    ("p", "4.1",
     "Ms K told the reviewer that she had never been asked about Mr D's behaviour when he was not in the room. "
     "She said she had wanted the young parents nurse but that Mr D had said they did not need \u201cpeople in our "
     "business\u201d."),
    ("pull", "\u201cEverybody asked me if I was okay, but he was always sitting right there.\u201d",
     "\u2014 Ms K, Mirren's mother, speaking to the reviewer"),
    ("p", "4.2",
     "Ms K said that the move to Drumcarrow \u201chappened in a weekend\u201d after a row with her landlord. She "
     "did not know that her health visitor had changed until HV2 knocked on the door, and she had never heard the "
     "term Named Person."),
    ("p", "4.3",
     "Ms K's grandmother said she had been worried about Mr D since Christmas 2022, when he had shouted at Ms K in "
     "her kitchen, but that she did not know who she could tell. She did not know about the visit to the MIU until "
     "after Mirren's death."),
    ("p", "4.4",
     "Ms K said that she took Mirren to the Emergency Department on 31 July on her own, by taxi, because Mr D said "
     "she was \u201cmaking a fuss\u201d. She was told that Mirren had reflux and went home feeling \u201cstupid for "
     "going\u201d. She did not mention the MIU because she \u201cdidn't think a bruise was the same thing\u201d."),
    ("p", "4.5",
     "Of the police visit on 24 July, Ms K said the officer was kind and had checked on Mirren. She had hoped that "
     "someone would contact her afterwards, but the first contact she received was HV2's knock on the door two "
     "weeks later."),
    ("p", "4.6",
     "Asked what she would want practitioners to learn, Ms K gave four messages: see the mum on her own; ask "
     "about the dad's past; don't just write down what he says; and tell the new health visitor everything."),
    ("p", "4.7",
     "Ms K described the days after 19 August as \u201ca blur\u201d. She was told at the hospital that she could "
     "not be alone with Mirren and understood only later that the same rule applied to Mr D. SW3 was the first "
     "person to explain the investigation to her, on 21 August 2023, and remained her social worker throughout the "
     "review."),
    ("p", "4.8",
     "Ms K said that she had not known that Mr D had lived with a child before. She learned about Child P from a "
     "detective after Mr D's arrest, and said that she felt \u201cevery single person knew except me\u201d."),
    ("p", "4.9",
     "Ms K read a draft of this report with her advocacy worker on 3 June 2024. She asked for two changes: that "
     "Mirren should be called by a name rather than a letter, and that the report should not call her \u201ca "
     "vulnerable young mother\u201d, a phrase she said had followed her since she was 11. Both changes were made."),
    ("p", "4.10",
     "Mirren's great-grandmother asked that practitioners remember kinship carers. She had looked after Ms K for "
     "five years and had known Mr D for over a year, but no practitioner spoke to her before Mirren died."),
    ("p", "4.11",
     "The reviewer has tried to keep Mirren at the centre of this report. She is remembered by her mother and "
     "great-grandmother as a contented baby who liked music and was beginning to smile at faces."),

    ("voice", "Voice of the child",
     ["Mirren could not tell anyone what was happening to her. At 20 days old she could not roll, crawl or reach "
      "for anything, so a bruise on her face needed an explanation that someone else could give.",
      "Her vomiting and crying on 31 July were the only ways she had of telling the adults around her that "
      "something was wrong. The review asks every practitioner to think first about what a baby's body is "
      "saying, and only then about what the adults say."]),

    ("band", "5", "Analysis"),
    ("h2", "5.1", "Information that did not cross the boundary"),
    ("p", "5.1.1",
     "The most important fact about the risk to Mirren \u2013 that her father had assaulted a former partner and "
     "that a child in that household had been registered because of his violence \u2013 was known to agencies in "
     "Drumcarrow from November 2021. It was never known to anyone working with Ms K in Strathardle, and it was not "
     "found by the one Drumcarrow practitioner who was in a position to look for it."),
    ("next", "boxtop"),
    ("p", "5.1.2",
     "At the IRD on 8 March 2023 the police shared the fact of a conviction but not its nature. The record gives no "
     "sign that anyone asked when, where or against whom the assault was committed. The review heard that IRD "
     "checks in Strathardle were in practice limited to the systems of the agencies taking part, and that there was "
     "no expectation of checks with an area in which an adult had previously lived."),
    ("p", "5.1.3",
     "When SW2 screened the police concern report on 28 July 2023, a search for Mr D's name would have found the "
     "2021 registration of Child P within seconds. SW2 told the review that the screening template prompted checks "
     "on \u201cthe child and the parent or carer named in the report\u201d, and the report named Ms K as the carer. "
     "SW2 was one of two duty workers who screened 41 police concern reports that day."),
    ("p", "5.1.4",
     "The review does not consider that SW2's decision was unreasonable on the information in front of SW2. The "
     "system relied on the screener to think of the man in the household without prompting the screener to do so."),
    ("h2", "5.2", "Bruising in a baby who cannot move"),
    ("p", "5.2.1",
     "Bruising in a baby who is not yet mobile is rare and should always lead to a child protection referral. A "
     "bruise on the face of a 20-day-old baby was a sentinel injury{fn:sentinel}. Both health boards had a "
     "guideline{fn:protocol} requiring any bruise in a non-mobile infant to be discussed with the on-call "
     "paediatrician and reported to social work."),
    ("p", "5.2.2",
     "ENP1 told the review that staff understood the guideline to apply to the children's ward, not to the MIU, "
     "which saw adults and older children almost all of the time. ENP1 had not seen a baby under three months in "
     "the MIU in the previous year, and there were no paediatric staff on the site after 17.00 hrs."),
    ("p", "5.2.3",
     "Each handover then took a little more meaning out of the bruise, until it reached Drumcarrow as a \u201cminor "
     "facial mark\u201d. When DR1 saw Mirren on 31 July there was no way of seeing that she had been brought to an "
     "MIU with an injury four weeks earlier, and the question about previous attendances was answered by Ms K."),
    ("p", "5.2.4",
     "The review cannot say whether the rib fractures found on 21 August were present on 31 July; their estimated "
     "age is consistent with either possibility. It can say that vomiting and irritability in a young baby are "
     "recognised signs of abusive head trauma, and that the department's guidance expected a senior review before "
     "any infant under three months was discharged. There were 14 patients waiting and one registrar on duty that "
     "night."),
    ("h2", "5.3", "Practice with men"),
    ("p", "5.3.1",
     "Mr D was present at 17 of the 31 health contacts in the review period, but he was never asked about his own "
     "health, history or relationships. He was described as \u201csupportive\u201d by the social worker and "
     "\u201cvery hands-on\u201d by the health visitor. The pre-birth assessment gave him one line: \u201cDad is "
     "supportive and works as a scaffolder.\u201d"),
    ("p", "5.3.2",
     "At the learning event practitioners described fathers as \u201cthere but not there\u201d: present in the "
     "room, absent from the records. Several said they felt uncomfortable asking a man about his past in front of "
     "his partner, and that their forms had no place to record what they learned about him."),
    ("p", "5.3.3",
     "Nobody asked Mr D whether he had other children or had lived with children before. A single question of "
     "that kind, asked at booking or at the pre-birth assessment, would have led to Child P."),
    ("h2", "5.4", "The Named Person in transition"),
    ("p", "5.4.1",
     "For 25 days, from the move on 14 July to HV2's visit on 8 August 2023, no practitioner in Drumcarrow acted as "
     "Mirren's Named Person. Under the transfer procedure, responsibility stayed with HV1 until Drumcarrow accepted "
     "the transfer, but HV1 had no means of seeing the family and no knowledge of events in Drumcarrow."),
    ("p", "5.4.2",
     "The transfer relied on a generic mailbox{fn:mailbox}, checked by an administrator who was on leave from "
     "24 July to 4 August 2023. No one covered the mailbox while she was away. The police concern report arrived in "
     "it on 28 July and was read on 9 August."),
    ("p", "5.4.3",
     "HV2's visit on 8 August was thorough about feeding and growth{fn:pathway}. But HV2 had not seen the concern "
     "report, Ms K was alone, and HV2 had no reason to think there was anything more to ask about."),
    ("h2", "5.5", "Seeing mothers alone"),
    ("p", "5.5.1",
     "Routine enquiry{fn:routine} about domestic abuse is expected at booking, later in pregnancy and at the new "
     "birth visit. For Ms K it was recorded as \u201cnot appropriate \u2013 partner present\u201d on four occasions "
     "between 9 January and 27 June 2023, and on none of them was a plan made to see her alone."),
    ("p", "5.5.2",
     "The only time any practitioner saw Ms K alone before the move was SW1's visit on 4 April 2023, for about ten "
     "minutes. Ms K told the reviewer that if she had been asked on her own she \u201cmight have said something, "
     "maybe not the first time\u201d."),
    ("p", "5.5.3",
     "Practitioners at the learning event said that seeing a woman alone takes planning: a clinic appointment "
     "rather than a home visit, a reason for the partner to leave the room, or a telephone call at a time agreed in "
     "advance. None of these was tried. The review notes that the YPNS model includes at least one contact alone "
     "in every trimester, and that Ms K's decision to decline the service removed that safeguard."),
    ("h2", "5.6", "A young mother who had left care"),
    ("p", "5.6.1",
     "Ms K had been care-experienced for most of her adolescence, yet the pregnancy was not shared with the "
     "Strathardle throughcare team, which had closed her case only eight months before she booked. The pre-birth "
     "assessment mentioned her care history in a sentence and did not seek the views of the workers who had known "
     "her longest."),
    ("p", "5.6.2",
     "When Ms K declined the YPNS on 2 February 2023, the decision was treated as final. The service's own "
     "guidance allows a second offer after the birth, but it was never made. Ms K told the reviewer that she "
     "would have said yes in the summer, \u201cwhen it got hard\u201d. The YPNS has since changed its guidance so that a second "
     "offer is made automatically at the new birth visit."),
    ("h2", "5.7", "Hospitals that could not see each other"),
    ("p", "5.7.1",
     "The MIU and the Emergency Department were 40 miles and one health board apart. Neither could see the "
     "other's records, and the regional child protection alert system covered children on the register, not "
     "children who had been seen with an injury. The only link between the two attendances was Ms K's memory, "
     "and the question she was asked did not prompt it. The two boards had begun to discuss a shared regional "
     "record in 2022, but no date had been set for it."),
    ("p", "5.7.2",
     "DR1 was in the fourth month of a first emergency medicine post. DR1 told the review that Mirren "
     "\u201clooked well between vomits\u201d and that a senior review was not requested because the registrar was "
     "in resuscitation with a trauma patient. The review found that DR1's examination was careful and was recorded "
     "in detail; the gap was in the system of senior review, not in the examination. DR1 has since completed the board's training on abusive head trauma, which became "
     "mandatory for all emergency department doctors in January 2024. The department has since added a prompt to "
     "its triage form that asks about attendances at any other hospital or unit in the previous three months."),
    ("h2", "5.8", "What went well"),
    ("p", "5.8.1",
     "There was good practice as well. PC2 insisted on seeing Mirren in her basket at 01.30 hrs, checked the VPD "
     "and made a clear concern report. HV2's visit on 8 August was thorough and warm, and Ms K remembers it as the "
     "first time anyone \u201cexplained things properly\u201d. On 19 August the ambulance reached Balmore Court in "
     "eleven minutes, and the IRD was held just over nine hours after the 999 call."),

    ("h1", "6", "Findings and recommendations"),
    ("p", "6.1",
     "The review makes five findings and nine recommendations. Recommendations 1, 2 and 5 are made jointly to "
     "Drumcarrow and Strathardle Child Protection Committees; the others are made to Drumcarrow Child Protection "
     "Committee and its partner agencies."),
    ("p", "6.2",
     "<b>Finding 1.</b> Checks made at an IRD stop at the boundary of the area in which it is held, so the history "
     "of an adult who has moved between areas is easily missed."),
    ("p", "6.3",
     "<b>Finding 2.</b> The guideline on bruising in non-mobile infants was not understood to apply in minor "
     "injuries units, where such babies are rarely seen."),
    ("p", "6.4",
     "<b>Finding 3.</b> The transfer of the Named Person between areas depends on an unmonitored generic mailbox, "
     "which leaves a child without a Named Person at a time of change."),
    ("p", "6.5",
     "<b>Finding 4.</b> Men in the household are present at contacts but are not assessed, and records have no "
     "place to capture what is known about them."),
    ("p", "6.6",
     "<b>Finding 5.</b> When a partner is always present, routine enquiry is recorded as not appropriate and no "
     "plan is made to see the mother alone."),
    ("p", "6.7",
     "<b>Recommendation 1.</b> The two Committees should agree a cross-boundary protocol so that IRD checks include "
     "any area in which an adult in the household has lived in the previous five years."),
    ("p", "6.8",
     "<b>Recommendation 2.</b> Both health boards should confirm that the guideline on bruising in non-mobile "
     "infants applies in every minor injuries unit and emergency department, with an audit by 31 March 2025."),
    ("p", "6.9",
     "<b>Recommendation 3.</b> NHS Drumcarrow should replace the generic mailbox with a monitored referral route, "
     "and allocate a Named Person within five working days of a transfer being notified."),
    ("p", "6.10",
     "<b>Recommendation 4.</b> Drumcarrow Social Work Services should change the screening template so that every "
     "adult named in a concern report, and every adult known to live in the household, is checked."),
    ("p", "6.11",
     "<b>Recommendation 5.</b> Midwifery and health visiting services should make sure that every mother is seen "
     "alone at least once before and once after the birth, and that \u201cpartner present\u201d leads to a plan."),
    ("p", "6.12",
     "<b>Recommendation 6.</b> The Committee should add a module on practice with fathers and male carers, called "
     "\u201cSeeing the Men\u201d, to its multi-agency training programme for 2024\u201325."),
    ("p", "6.13",
     "<b>Recommendation 7.</b> The Emergency Department at DRI should make sure that no infant under three months "
     "is discharged without a senior review, and should ask about previous attendances at any unit."),
    ("p", "6.14",
     "<b>Recommendation 8.</b> Pre-birth assessments should include a chronology and information about both "
     "parents, and young care-experienced mothers who decline the YPNS should be offered it again after the birth."),
    ("p", "6.15",
     "<b>Recommendation 9.</b> The Committee should report progress on an action plan to the Chief Officers Group "
     "within six months of publication, and should test the impact of the changes by a case audit after twelve "
     "months."),

    ("h1", "7", "Conclusion"),
    ("p", "7.1",
     "Mirren died because of the actions of her father. No practitioner could have known on any one day that she "
     "would be harmed. But there were four points at which a different response might have brought Mr D's history "
     "into view: the IRD on 8 March, the MIU attendance on 2 July, the screening on 28 July and the Emergency "
     "Department attendance on 31 July 2023."),
    ("p", "7.2",
     "The Committee endorsed this report on 18 June 2024. The reviewer is grateful to Ms K and her grandmother, "
     "and to the practitioners who spoke openly about their work."),
    ("signature",),
]

SIGNATURE = [
    "<b>Dr Morag Tennant</b>, Independent Reviewer",
    "<b>Euan Strachan</b>, Independent Chair, Drumcarrow Child Protection Committee",
    "Enquiries: Fiona Maclaren, Child Protection Lead Officer, Carrow House, 12 Tolbooth Wynd, Drumcarrow DC1 4RT",
]

KEY_EPISODE_TITLE = "Key practice episode 2 \u2013 the Minor Injuries Unit, Sunday 2 July 2023"
KEY_EPISODE = [
    "Mirren was 20 days old when her parents brought her to the MIU at Ardle Community Hospital at 19.40 hrs. The "
    "unit was staffed that evening by ENP1 and one healthcare support worker. ENP1 had qualified as an emergency "
    "nurse practitioner in 2020 and had completed the board's level 2 child protection training in 2022.",
    "ENP1 saw a bruise about 1 cm across on the left cheek. The explanation, a dummy clip pressed into the face "
    "while she was put into a car seat, was given by Mr D and accepted. Nobody asked Ms K for her own account. "
    "ENP1 did not consult the on-call paediatrician, who was 23 miles away at Strathardle General Hospital, and "
    "made no referral. The unit's own checklist for children under one year was not used, because, ENP1 said, "
    "\u201cit was in the folder for the ward\u201d. Learning: a bruise on a baby who cannot move is never minor.",
]

# ---------------------------------------------------------------------------------------------
# 7-minute briefing (companion). Differs from the report on three points: the date of the move
# (15 July 2023), the number at the learning event (26) and the number of recommendations (eight).
BRIEF_TITLE = "7-minute briefing: Significant Case Review \u2013 Baby Mirren"
BRIEF_SUB = ("Drumcarrow Child Protection Committee \u2013 for use in team meetings and supervision. "
             "Issued with the review report, September 2024.")

BRIEF_BOXES = [
    ("1", "Background", [
        "Mirren died in hospital on 23 August 2023, aged ten weeks, from a head injury inflicted by her father, "
        "Mr D. Her mother, Ms K, was 19 and care-experienced.",
        "The family lived in Strathardle during the pregnancy and moved to Drumcarrow on 15 July 2023, five "
        "weeks before Mirren was admitted to hospital.",
        "Mr D had a 2019 conviction for assaulting a former partner, and her son had been on the Child "
        "Protection Register in Drumcarrow in 2021. Nobody working with Ms K knew this.",
        "Mirren was born on 12 June 2023 in Strathardle. Between them, the agencies in the two areas had 45 "
        "contacts with the family during the period of the review.",
    ]),
    ("2", "Why it matters", [
        "Babies under one year are the age group most at risk of fatal physical abuse, and the risk is greatest "
        "when a family moves, when a parent has a history of violence, and when services change hands.",
        "Every one of those conditions applied to Mirren. The review found no single failure, but a series of "
        "small losses of information, each of which made sense to the person involved.",
        "Young families in temporary housing often move between council areas at short notice. The review found "
        "that passing information across the boundary depended on individuals remembering to do it, not on "
        "systems that made it happen.",
    ]),
    ("3", "The review", [
        "The review was led by Dr Morag Tennant, independent reviewer, for Drumcarrow Child Protection "
        "Committee, with Strathardle Child Protection Committee as a partner.",
        "Twelve agencies provided records. 26 practitioners and managers took part in a learning event on "
        "22 January 2024, and Ms K met the reviewer twice.",
        "The full report makes five findings and eight recommendations. It was published on 10 September 2024.",
        "The review covered the period from 15 November 2022, when the pregnancy was confirmed, to Mirren's "
        "death. Mr D has since been convicted of her culpable homicide.",
    ]),
    ("4", "What happened", [
        "Police attended a domestic incident when Ms K was 24 weeks pregnant. An IRD on 8 March 2023 did not "
        "explore Mr D's conviction, and a pre-birth assessment closed the case.",
        "At 20 days old Mirren was seen at a Minor Injuries Unit with a bruise on her cheek. It was accepted as "
        "accidental and not referred.",
        "In Drumcarrow a police concern report waited 12 days in an unmonitored mailbox, and an Emergency "
        "Department visit for vomiting ended without a senior review.",
        "Mirren had her six-to-eight-week check with a GP on 14 August 2023, five days before the 999 call.",
    ]),
    ("5", "Learning", [
        "<b>Boundaries:</b> ask where every adult has lived and check there too.",
        "<b>Bruising:</b> a bruise on a baby who cannot move is never minor. Follow the guideline in every "
        "setting, including a minor injuries unit.",
        "<b>Transfers:</b> a child must always have a Named Person who knows them.",
        "<b>Men:</b> assess the man in the household, not just the mother.",
        "<b>Seeing mothers alone:</b> \u201cpartner present\u201d is a reason to make a plan, not a reason to "
        "stop asking.",
        "<b>Young parents:</b> an offer that is declined in pregnancy can be made again after the birth.",
    ]),
    ("6", "Questions for your team", [
        "When did you last see a mother on her own?",
        "Do you record what you know about fathers and partners, and where?",
        "Who reads your team's generic mailbox when its usual reader is on leave?",
        "Would you recognise vomiting and irritability in a young baby as a possible sign of head injury?",
        "Who else lives in the household, and have you checked them?",
        "If a family on your caseload moved today, who would be the child's Named Person tomorrow?",
    ]),
    ("7", "What to do now", [
        "Read the full report and discuss one finding at your next team meeting.",
        "Book a place on the new \u201cSeeing the Men\u201d course in the 2024\u201325 training programme.",
        "Check that you know the bruising guideline for non-mobile infants and where to find it.",
        "Managers: make sure that every generic mailbox your team relies on has named cover for leave.",
        "Contact the Lead Officer, Fiona Maclaren, at Carrow House with any questions.",
    ]),
]
