#!/usr/bin/env python3
"""Build the FICTIONAL Wexcombe SCB "Serious Case Review: Baby J" development PDF.

Everything here is invented for testing scr-qa: the board, agencies, family, practitioners and
events do not describe real people or a real case.

Drawn with the reportlab canvas at the line level (own line breaking with stringWidth, one
drawString per line) so that the content-stream order is under our control: in the two-column
body the lines are drawn row-wise interleaved (left line 1, right line 1, left line 2 ...), as
some word processors produce. Also writes questions.jsonl and checks every answer against the
drawn lines and against pypdfium2's text of the column / table rectangle.

    .venv/bin/python eval/dev/wexcombe/build.py
"""
import json
import re
import sys
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

rl_config.invariant = 1

HERE = Path(__file__).resolve().parent
PDF = HERE / "wexcombe-scr-overview.pdf"
PDFNAME = PDF.name

W, H = A4
ML = MR = 70.0
GUTTER = 18.0
COLW = (W - ML - MR - GUTTER) / 2
NUMW = 26.0                      # paragraph-number margin inside each column
TEXTW = COLW - NUMW
COLX = [ML, ML + COLW + GUTTER]
FONT, BOLD, SIZE, LEAD = "Helvetica", "Helvetica-Bold", 10.0, 14.0
BODY_TOP = H - 66                # top of the first text line box
BODY_BOTTOM = 60.0
TITLE_BOTTOM = 636.0             # page 1 columns start below the title block
FN_SIZE, FN_LEAD = 7.0, 8.5
HEADER = "Wexcombe SCB \u2013 Baby J \u2013 FICTIONAL"

# ---------------------------------------------------------------------------------------------
# Content. "{n}" after a word is a footnote marker.
# ---------------------------------------------------------------------------------------------
BODY = [
    ("h", "1. Introduction"),
    ("p", "1.1", "This overview report sets out the findings of a serious case review about Baby J, a boy "
     "who was nine months old when he was admitted to Wexcombe General Hospital in the early hours of "
     "9 February 2016 with a subdural haemorrhage, retinal haemorrhages and rib fractures. He survived, "
     "but he has a lasting brain injury and will need specialist care for the rest of his childhood."),
    ("p", "1.2", "The Serious Case Review Subgroup met on 2 March 2016 and agreed that the criteria for a "
     "serious case review were met. The independent chair of the Board, Ms A. L., commissioned the "
     "review on 11 March 2016 and appointed Mr D. W., a former head of children's services from "
     "outside the area, as the independent lead reviewer."),
    ("p", "1.3", "A review panel of senior managers from each agency met five times between April and "
     "October 2016. Nine agencies provided a chronology and a short report on their involvement. A "
     "learning event was held on 6 July 2016 and was attended by 14 practitioners, including both "
     "health visitors and the social worker who completed the assessment in December 2015."),
    ("p", "1.4", "The review used a systems approach. It asks why things happened as they did and what "
     "made sense to practitioners at the time, rather than looking for individuals to blame. Ms K "
     "met the lead reviewer twice; Mr R declined to take part on the advice of his solicitor."),
    ("p", "1.5", "The period under review runs from the booking appointment on 3 October 2014 to Baby "
     "J's admission on 9 February 2016. Earlier events are summarised where they help to explain "
     "what happened. The report was approved by the Board on 17 November 2016."),
    ("p", "1.6", "The terms of reference set four lines of enquiry: how agencies responded to signs of "
     "domestic abuse; how the bruising protocol was applied; how the assessment in December 2015 was "
     "planned and managed; and how far practitioners knew and worked with Baby J's father."),
    ("p", "1.7", "Criminal proceedings against Mr R and care proceedings about Baby J were running at "
     "the same time as the review. The police and the Crown Prosecution Service were consulted before "
     "practitioners were interviewed, and no one who was a witness in the criminal case was asked "
     "about the events of the night of 8 to 9 February 2016."),
    ("p", "1.8", "Wexcombe is a market town of about 68,000 people with two large estates on its "
     "eastern edge. In 2015 the local authority had 214 children subject to a child protection plan "
     "and its children's services had been judged as requiring improvement in the previous year."),
    ("h", "2. Baby J and his family"),
    ("p", "2.1", "Baby J is the first child of Ms K and Mr R. He was born on 14 April 2015 at 34 weeks' "
     "gestation, weighing 2.1 kg, and spent eighteen days on the neonatal unit before he went home "
     "on 2 May 2015. He is of White British heritage."),
    ("p", "2.2", "Ms K was 19 when Baby J was born. She had been looked after by the local authority "
     "from the age of eleven and was supported as a care leaver by a personal adviser, PA1. She "
     "described a lonely first pregnancy and said she had few friends in Wexcombe."),
    ("p", "2.3", "Mr R was 26. He had a conviction for assaulting a former partner in 2012, which was "
     "known to the police but not to the health services. He told the midwife that he used cannabis "
     "to help him sleep and agreed to a referral to Pathways, the adult substance misuse service."),
    ("p", "2.4", "Ms K's mother, Mrs T, lives in Hallam Vale, about twelve miles away. She saw Baby J "
     "most weekends until the autumn of 2015, when she and Mr R argued and the visits stopped. Since "
     "his discharge from hospital Baby J has lived with foster carers under a care order."),
    ("p", "2.5", "Ms K told the lead reviewer that she had been frightened of Mr R for most of the "
     "pregnancy but that she had wanted Baby J to have 'a proper dad'. She said that no one ever saw "
     "her on her own after the birth and that she would have liked a health visitor who stayed the "
     "same. She asked that the review should help other young mothers who have been in care."),
    ("h", "3. Summary of agency involvement"),
    ("b", "Pregnancy and birth"),
    ("p", "3.1", "Ms K booked with the community midwife, MW2, on 3 October 2014 at 11 weeks. MW2 "
     "recorded that Ms K was a care leaver and that Mr R had 'a temper when he has been smoking', "
     "but she did not ask about domestic abuse at the booking appointment because Mr R was present."),
    ("p", "3.2", "The birth was induced early because of raised blood pressure. The neonatal unit "
     "noted that Mr R visited only three times in eighteen days and once left after shouting at a "
     "nurse. The discharge summary did not mention this, and the unit's family liaison notes were "
     "not seen by the health visitor."),
    ("b", "The first months at home"),
    ("p", "3.3", "The health visitor HV1 made the new birth visit on 12 May 2015 and found a clean, "
     "warm flat and a baby who was feeding well. She assessed the family as needing the universal "
     "service. HV1 left the trust in July 2015 and the family had no named health visitor for seven "
     "weeks, during which HV2 covered the caseload alongside her own."),
    ("p", "3.4", "GP1 at Marlow Road Surgery carried out the six to eight week check on 9 June 2015 "
     "and recorded no concerns. Pathways offered Mr R four appointments in July and August 2015. He "
     "attended the first, missed the next three and was discharged on 22 September 2015.{4}"),
    ("p", "3.5", "On 10 August 2015 the family moved from Ms K's supported tenancy to Flat 6, "
     "Larkspur Court, a privately rented first-floor flat on the edge of the town centre. The "
     "housing officer HO1 helped with the deposit and recorded that Ms K seemed 'flat and tearful' "
     "at the viewing, but no agency was told of the move for five weeks."),
    ("b", "Autumn 2015"),
    ("p", "3.6", "HV3 took over the caseload in September 2015. She was an experienced health visitor "
     "but held 540 children under five, against a locality average of 390. Her first contact with "
     "the family, a telephone call on 21 September 2015, was with Mr R, who said that all was well "
     "and that Ms K was asleep."),
    ("p", "3.7", "On 24 October 2015 at 23.15 a neighbour called the police about shouting at the flat. "
     "PC5 attended and found Ms K with a scratch to her neck; Baby J was asleep in his cot. Ms K "
     "said it had been an argument and declined to make a statement. PC5 completed a risk checklist "
     "and graded the risk as standard.{2}"),
    ("p", "3.8", "A notification of the incident was sent to children's social care on 30 October "
     "2015, six days after the incident and four days outside the force's own timescale. It was "
     "screened in the contact centre and passed to the health visiting service for information. "
     "HV3 received it on 5 November 2015 and planned a home visit."),
    ("p", "3.9", "The key events between the booking appointment and the admission are set out in "
     "Table 1, on pages 4 and 5. The sections that follow look in more detail at the bruise seen on 17 November "
     "2015, the referral from the GP and the assessment that followed it."),
    ("b", "The bruise on 17 November 2015"),
    ("p", "3.10", "At the home visit on 17 November 2015 HV3 saw a bruise about one centimetre across "
     "on the top of Baby J's left ear. Ms K said he had caught it on the bars of his cot. Baby J was "
     "seven months old and was not yet rolling over or sitting without support, so he was not "
     "independently mobile."),
    ("p", "3.11", "The Board's protocol for bruising in non-mobile infants{1} requires any bruise in a "
     "baby who is not independently mobile to be referred to children's social care and to be "
     "seen by a paediatrician on the same day. HV3 did not make a referral. She discussed the bruise "
     "by telephone with the named safeguarding nurse, SN1, on 19 November 2015."),
    ("p", "3.12", "SN1 advised HV3 to 'monitor and revisit within two weeks'. At the learning event "
     "both practitioners said they had believed the protocol applied only to babies under six months, "
     "which was the wording of an earlier version. The trust's records show that neither had attended "
     "the training on the revised protocol."),
    ("b", "The referral from the GP"),
    ("p", "3.13", "On 27 November 2015 Baby J was not brought to his second immunisation appointment. "
     "On 1 December 2015 Ms K took him to see GP1 because he had a cold. GP1 saw a small bruise on "
     "his forehead; Ms K said he had rolled off the sofa. GP1 made a written referral to children's "
     "social care the next day, 2 December 2015, and recorded that she was 'worried about this baby'."),
    ("p", "3.14", "The team manager, TM1, decided that the referral met the threshold for a child in need "
     "assessment{3} rather than for a strategy discussion, because the family 'had an explanation' and "
     "there was 'no previous involvement'. The referral was allocated to SW4, who had qualified in "
     "July 2015 and was in her assessed and supported year in employment."),
    ("b", "The admission on 9 February 2016"),
    ("p", "3.15", "At 03.12 on 9 February 2016 Mr R called 999 and said that Baby J was floppy and was "
     "not breathing properly. The ambulance crew arrived at 03.21 and found Baby J pale and drowsy. "
     "He was taken to the emergency department of Wexcombe General Hospital, where he was admitted at "
     "03.58. A CT scan showed a subdural haemorrhage."),
    ("p", "3.16", "The consultant paediatrician, PD1, referred Baby J to children's social care and to "
     "the police at 06.30. Later that morning Baby J was transferred to the paediatric intensive care "
     "unit at St Aldhelm's Hospital. A skeletal survey found five rib fractures, which the radiologist "
     "dated as two to four weeks old, older than the head injury."),
    ("h", "4. Analysis and findings"),
    ("b", "Finding 1: the assessment"),
    ("p", "4.1", "SW4 made one announced home visit, on 8 December 2015. Baby J was asleep in a car "
     "seat throughout and was not undressed or handled. Mr R was said to be at work and was never "
     "seen. SW4 did not speak to the GP, to HV3 or to the police, and so did not learn of the domestic "
     "incident on 24 October or of the bruise on the ear."),
    ("p", "4.2", "The assessment was closed on 4 January 2016 with a step-down to early help. TM1 "
     "signed the closure the same day. The family was referred to the Family Support Service, and a "
     "family support worker, FSW2, was allocated on 20 January 2016. Her first visit was booked for "
     "11 February 2016, two days after Baby J was admitted to hospital."),
    ("p", "4.3", "It is the view of this review that a strategy discussion should have been held on the "
     "day the GP's referral arrived. A bruise on the forehead of a non-mobile baby is a possible "
     "sign of physical abuse, and the protocol required a paediatric assessment whatever the "
     "explanation given by the parent."),
    ("p", "4.4", "SW4 told the review that she had eleven open cases in December 2015 and that she felt "
     "unable to question a decision by her manager. Supervision records show that she received "
     "supervision twice in her first five months, against the expected fortnightly pattern."),
    ("b", "Finding 2: domestic abuse"),
    ("p", "4.5", "The domestic incident on 24 October 2015 was the only time any agency saw direct "
     "evidence of violence in the home. The risk checklist was completed from Ms K's answers alone; "
     "PC5 did not check Mr R's history, and the 2012 conviction would have raised the grading to "
     "medium. The police have since changed the form so that previous convictions are checked before "
     "a grading is recorded."),
    ("p", "4.6", "The late notification reached the health visitor but not the GP, and it was filed in "
     "Baby J's health record without a note on the front sheet. HV3 said that when she saw the "
     "bruise three weeks later she did not connect the two events, because she had read the "
     "notification on a different day, in the office, among more than twenty others."),
    ("b", "Finding 3: the invisible father"),
    ("p", "4.7", "Mr R was seen by the midwife, the neonatal unit, Pathways and the police, but each "
     "agency held only a fragment of his history. No assessment considered him as a carer, although "
     "he was looking after Baby J alone on most weekday evenings while Ms K worked at a supermarket."),
    ("p", "4.8", "Practitioners described Mr R as charming in person and intimidating on the telephone. "
     "HV3 said she felt uneasy when he answered the door but did not record this. Men who are hard "
     "to reach are often the men whose care most needs to be understood."),
    ("b", "Finding 4: workload and cover"),
    ("p", "4.9", "The seven weeks without a named health visitor after HV1 left, and HV3's caseload of "
     "540 children, meant that the family received only the minimum of the universal service. The "
     "trust's own standard is that no health visitor should hold more than 400 children under five."),
    ("p", "4.10", "Cover arrangements meant that the six-month review, due in October 2015, did not take "
     "place. It would have been the first contact at which Ms K's mood and the relationship were "
     "explored in depth. Ms K told the review that she would have spoken about the arguments 'if "
     "anyone had asked me on my own'."),
    ("b", "Finding 5: the care leaver"),
    ("p", "4.11", "Ms K's personal adviser, PA1, reduced her visits from monthly to every three months "
     "when Ms K turned nineteen in January 2015, in line with the leaving care team's policy. PA1 "
     "visited twice during the period under review and on both occasions was told that 'everything "
     "is fine'. PA1 was not invited to contribute to the assessment in December 2015."),
    ("p", "4.12", "Young parents who have been in care often fear that asking for help will lead to "
     "their own children being removed. Practitioners need to be curious, and kind, at the same time. "
     "The leaving care team has since agreed that a personal adviser will visit monthly throughout a "
     "care leaver's pregnancy and until the baby is one year old."),
    ("b", "Finding 6: information held by the GP"),
    ("p", "4.13", "The GP practice held the letter from Pathways about Mr R's discharge but did not link "
     "Mr R's record to Baby J's. The practice did not receive the police notification of 30 October "
     "2015. When GP1 saw the bruise on 1 December she therefore did not know about the domestic "
     "incident five weeks earlier."),
    ("p", "4.14", "Marlow Road Surgery had a monthly safeguarding meeting with the health visitors, but "
     "the meeting was cancelled in October, November and December 2015 because of staff sickness. "
     "The practice safeguarding lead, GP3, said that the family would have been discussed at the "
     "November meeting."),
    ("b", "Finding 7: 'was not brought'"),
    ("p", "4.15", "Baby J was not brought to three health appointments in the period under review: a "
     "hearing screening follow-up in June 2015, the first immunisation in July 2015 and the second "
     "immunisation on 27 November 2015. Each missed appointment was handled by sending a new letter "
     "to Ms K."),
    ("p", "4.16", "The language of 'did not attend' places the responsibility on the baby. A baby cannot "
     "take himself to an appointment. The review recommends that agencies record these events as "
     "'was not brought' and treat a pattern of them as a possible sign of neglect."),
    ("b", "Finding 8: supervision and challenge"),
    ("p", "4.17", "TM1 managed a team of nine social workers, four of them newly qualified, and was also "
     "covering a vacant post in the neighbouring team in December 2015. TM1 told the review that the "
     "decision about the GP's referral was made in about five minutes, between two other meetings, "
     "on the basis of the referral form alone."),
    ("p", "4.18", "Neither HV3 nor GP1 knew that the assessment had closed. GP1 received a letter about "
     "the closure on 19 January 2016 and said that she would have challenged it if she had known how "
     "to do so. The escalation procedure was on the Board's website, but she had never been shown it."),
    ("h", "5. Good practice"),
    ("p", "5.1", "GP1 acted promptly on the bruise she saw on 1 December 2015 and her written referral "
     "was clear and well reasoned. The ambulance crew and the emergency department recognised the "
     "signs of abusive head trauma quickly and made a referral to children's social care within an "
     "hour of Baby J's arrival."),
    ("p", "5.2", "After the admission the response was well coordinated. A strategy discussion was "
     "held at 10.00 on 9 February 2016, chaired by the out of hours manager, TM3. Mr R was arrested "
     "that afternoon by DC2 and was later charged with causing grievous bodily harm with intent. "
     "At the time of writing the trial had not taken place."),
    ("p", "5.3", "The Pathways key worker, KW1, wrote to the GP when Mr R was discharged and set out "
     "the three missed appointments. This was good practice, although the letter did not go to the "
     "health visitor. The police investigation after the admission was thorough and was led by a "
     "detective sergeant, DS4, from the child abuse investigation unit."),
    ("h", "6. Conclusions"),
    ("p", "6.1", "Baby J's injuries could not have been predicted with certainty. There were, however, "
     "three clear opportunities to protect him: the domestic incident in October, the bruise on his "
     "ear in November and the GP's referral in December 2015. At each point the information needed "
     "to see the pattern was held somewhere in the system but was not brought together."),
    ("p", "6.2", "The single most important learning from this review is that the protocol for bruising "
     "in non-mobile infants must be followed every time, by every agency, whatever explanation is "
     "offered. The Board will audit compliance with the protocol twice a year."),
    ("p", "6.3", "The review also found a culture in which the judgement of a manager was rarely "
     "challenged by newly qualified staff. The Board's escalation procedure was known to only three "
     "of the fourteen practitioners at the learning event."),
    ("p", "6.4", "None of the practitioners involved wished Baby J harm, and several were deeply "
     "affected by what happened to him. The lessons of this review are about systems, workloads and "
     "the way agencies talk to each other, and the Board accepts them in full."),
    ("h", "7. Recommendations"),
    ("p", "7.1", "The Board should relaunch the protocol for bruising in non-mobile infants, with "
     "mandatory multi-agency training for all health visitors, GPs and social workers by March 2017."),
    ("p", "7.2", "Wexcombe Police should send all domestic abuse notifications involving a child under "
     "two to children's social care within 24 hours and should check previous convictions before "
     "grading the risk."),
    ("p", "7.3", "Children's social care should ensure that every assessment of a baby includes a "
     "conversation with the health visitor and the GP, and that fathers and partners are seen."),
    ("p", "7.4", "Wexcombe Community Health Trust should reduce health visitor caseloads to no more "
     "than 400 children under five and report progress to the Board every quarter."),
    ("p", "7.5", "The Board should publicise its escalation procedure and ask each agency to report how "
     "often it has been used in the year to November 2017."),
    ("p", "7.6", "Pathways should tell the referrer and the health visitor whenever a parent of a child "
     "under five is discharged after missed appointments."),
    ("p", "7.7", "The Board should publish a seven-minute briefing on this review for front-line staff "
     "and evaluate its use within twelve months of publication."),
    ("h", "8. Action already taken"),
    ("p", "8.1", "Agencies did not wait for this report before acting. The revised bruising protocol was "
     "issued in June 2016 and 212 practitioners had completed the new e-learning module by the end "
     "of October 2016."),
    ("p", "8.2", "Wexcombe Police introduced a daily domestic abuse triage meeting in April 2016, at which "
     "a police officer, a social worker and a health visitor review every incident from the previous "
     "day where a child under five lives at the address."),
    ("p", "8.3", "Children's social care has changed its contact centre procedure so that any referral "
     "about an injury to a baby under one is discussed with a team manager and a paediatrician "
     "before the decision is recorded."),
    ("p", "8.4", "Wexcombe Community Health Trust recruited eleven additional health visitors in 2016. "
     "HV3's caseload had fallen to 410 children under five by September 2016."),
    ("p", "8.5", "The Board's learning and improvement subgroup will check progress on every "
     "recommendation at six and twelve months after publication, and will report the results to the "
     "Board in June 2017 and December 2017."),
    ("h", "9. Role codes used in this report"),
    ("p", "9.1", "Health: MW2 community midwife; HV1, HV2 and HV3 health visitors; SN1 named nurse for "
     "safeguarding; GP1 and GP3 general practitioners at Marlow Road Surgery; PD1 consultant "
     "paediatrician at Wexcombe General Hospital."),
    ("p", "9.2", "Local authority: SW4 social worker; TM1 team manager; TM3 out of hours manager; FSW2 "
     "family support worker; PA1 personal adviser in the leaving care team; HO1 housing officer."),
    ("p", "9.3", "Police and others: PC5 police constable; DC2 detective constable; DS4 detective "
     "sergeant; KW1 key worker at Pathways."),
    ("h", "10. The review panel"),
    ("p", "10.1", "The panel was chaired by the Board's business manager, Mr N. P., and included senior "
     "managers from children's social care, Wexcombe Community Health Trust, Wexcombe General Hospital, "
     "Wexcombe Police, the clinical commissioning group and the leaving care service."),
    ("p", "10.2", "The lead reviewer and the panel are grateful to Ms K, to Mrs T and to the "
     "practitioners who spoke openly about their work with the family. The review cost \u00a314,750, "
     "shared between the local authority, the police and the clinical commissioning group."),
]

FOOTNOTES = {
    1: "The Wexcombe SCB protocol 'Bruising in Non-Mobile Infants' was first issued in May 2014 and was "
       "revised in March 2015, when the upper age of six months was removed. A further revision was issued in June 2016.",
    2: "The DASH (Domestic Abuse, Stalking and Harassment) risk checklist grades risk as standard, medium or "
       "high. Incidents graded standard are not referred to the multi-agency risk assessment conference.",
    3: "Under the Board's threshold document 'Right Help, Right Time' (version 3, January 2015), a child in "
       "need assessment is carried out under section 17 of the Children Act 1989.",
    4: "Pathways closes a case after three consecutive missed appointments unless the referrer asks it to "
       "keep the case open. The referrer in this case was MW2, who had moved to another team by September 2015.",
}

TABLE_HEAD = ("Date", "Agency", "Event")
TABLE_ROWS = [
    ("03/10/2014", "Midwifery", "Booking appointment with MW2 at 11 weeks; Mr R present, so routine enquiry about domestic abuse was not made."),
    ("14/04/2015", "Hospital", "Baby J born at 34 weeks, weighing 2.1 kg, and admitted to the neonatal unit for eighteen days."),
    ("12/05/2015", "Health visiting", "New birth visit by HV1; universal service offered and no concerns about care or the home recorded."),
    ("09/06/2015", "GP", "Six to eight week check by GP1 at Marlow Road Surgery; Baby J gaining weight and no concerns noted."),
    ("10/08/2015", "Housing", "Family move to Flat 6, Larkspur Court; HO1 notes that Ms K seemed flat and tearful at the viewing."),
    ("22/09/2015", "Pathways", "Mr R discharged by the key worker KW1 after missing three appointments in a row; no one else told."),
    ("24/10/2015", "Police", "Domestic incident at 23.15; PC5 sees a scratch to Ms K's neck and grades the risk as standard."),
    ("30/10/2015", "Police", "Notification of the domestic incident sent to children's social care, six days after it happened."),
    ("05/11/2015", "Health visiting", "HV3 receives the notification from the contact centre and plans a home visit for later that month."),
    ("17/11/2015", "Health visiting", "Home visit by HV3, who sees a bruise on Baby J's left ear; explanation given is the bars of the cot."),
    ("19/11/2015", "Health visiting", "HV3 discusses the bruise with SN1 by telephone; advice is to monitor and revisit within two weeks."),
    ("27/11/2015", "GP", "Baby J not brought to his second immunisation appointment; a new appointment is sent by post to Ms K."),
    ("02/12/2015", "Children's social care", "Written referral from GP1 about a bruise on the forehead; TM1 decides on a child in need assessment."),
    ("08/12/2015", "Children's social care", "Announced home visit by SW4; Baby J asleep in his car seat and Mr R not seen, said to be at work."),
    ("04/01/2016", "Children's social care", "Assessment closed by SW4 with step-down to early help; closure signed by TM1 on the same day."),
    ("09/02/2016", "Ambulance", "999 call from Mr R at 03.12 saying Baby J is floppy and not breathing properly; crew arrive at 03.21."),
    ("09/02/2016", "Hospital", "Baby J admitted at 03.58; CT scan shows a subdural haemorrhage and the consultant PD1 refers to police."),
]
TABLE_ROWS_P4 = 10               # rows drawn on page 4; the rest continue on page 5
T_SIZE, T_LEAD, T_PAD = 9.0, 11.0, 5.0
T_COLW = [62.0, 88.0]
T_COLW.append(W - ML - MR - sum(T_COLW))

# ---------------------------------------------------------------------------------------------
# Line breaking
# ---------------------------------------------------------------------------------------------
MARK = re.compile(r"\{(\d+)\}")


def word_width(word, font=FONT, size=SIZE):
    plain = MARK.sub("", word)
    w = stringWidth(plain, font, size)
    for m in MARK.finditer(word):
        w += stringWidth(m.group(1), font, size * 0.65)
    return w


def wrap(text, width, font=FONT, size=SIZE):
    lines, cur = [], []
    for word in text.split():
        if cur and sum(word_width(x, font, size) for x in cur) + stringWidth(" ", font, size) * len(cur) \
                + word_width(word, font, size) > width:
            lines.append(" ".join(cur))
            cur = [word]
        else:
            cur.append(word)
    if cur:
        lines.append(" ".join(cur))
    return lines


def plain(line):
    """The text as an extractor would read it: marker digits glued to the word."""
    return MARK.sub(lambda m: m.group(1), line)


# ---------------------------------------------------------------------------------------------
# Layout
# ---------------------------------------------------------------------------------------------
def table_rows_layout():
    rows = []
    for r in TABLE_ROWS:
        cells = [wrap(c, T_COLW[i] - 2 * T_PAD, FONT, T_SIZE) for i, c in enumerate(r)]
        n = max(len(c) for c in cells)
        assert len(cells[2]) == 2, ("event cell should wrap to 2 lines", r, cells[2])
        rows.append((cells, n * T_LEAD + 2 * T_PAD))
    head_h = T_LEAD + 2 * T_PAD
    return rows, head_h


def fn_height(nums):
    if not nums:
        return 0.0
    h = 10.0
    for n in nums:
        h += len(wrap(f"{n} " + FOOTNOTES[n], W - ML - MR, FONT, FN_SIZE)) * FN_LEAD + 1.5
    return h


def bands(page, fn_pages, trows, head_h):
    """(top, bottom) of the column band on this page; also table placement."""
    bottom = BODY_BOTTOM + fn_height(fn_pages.get(page, []))
    top = TITLE_BOTTOM if page == 1 else BODY_TOP
    table = None
    if page == 4:
        h = 16 + head_h + sum(h for _, h in trows[:TABLE_ROWS_P4])
        table = (bottom + h, bottom, trows[:TABLE_ROWS_P4], "Table 1: Chronology of key events")
        bottom = bottom + h + 14
    elif page == 5:
        h = 16 + head_h + sum(h for _, h in trows[TABLE_ROWS_P4:])
        table = (top, top - h, trows[TABLE_ROWS_P4:], "Table 1: Chronology of key events (continued)")
        top = top - h - 16
    return top, bottom, table


def items():
    """Flatten BODY into line items: (kind, text, number, space_before)."""
    out = []
    for blk in BODY:
        if blk[0] in ("h", "b"):
            out.append(("head", blk[1], None, 13.0))
        else:
            _, num, text = blk
            for i, ln in enumerate(wrap(text, TEXTW)):
                out.append(("line", ln, num if i == 0 else None, 6.5 if i == 0 else 0.0))
    return out


def layout(fn_pages):
    trows, head_h = table_rows_layout()
    its = items()
    placed = []          # dicts: page, col, y, kind, text, num, para
    page, col = 1, 0
    top, bottom, _ = bands(page, fn_pages, trows, head_h)
    cur = top
    i = 0
    para = None
    while i < len(its):
        kind, text, num, sb = its[i]
        if num:
            para = num
        at_top = cur == top
        need = (0 if at_top else sb) + LEAD
        if kind == "head":
            need += 2 * LEAD + 6          # keep heading with the next two lines
        if cur - need < bottom:
            col += 1
            if col == 2:
                page, col = page + 1, 0
                top, bottom, _ = bands(page, fn_pages, trows, head_h)
            cur = top
            continue
        cur -= (0 if at_top else sb)
        cur -= LEAD
        placed.append(dict(page=page, col=col, y=cur + 2.5, kind=kind, text=text, num=num,
                           para=None if kind == "head" else para))
        i += 1
    npages = page
    markers = {}
    for p in placed:
        for m in MARK.finditer(p["text"]):
            markers.setdefault(p["page"], []).append(int(m.group(1)))
    return placed, npages, markers, trows, head_h


def final_layout():
    fn_pages = {}
    for _ in range(6):
        placed, npages, markers, trows, head_h = layout(fn_pages)
        if markers == fn_pages:
            return placed, npages, markers, trows, head_h
        fn_pages = markers
    raise SystemExit("footnote layout did not converge")


# ---------------------------------------------------------------------------------------------
# Drawing
# ---------------------------------------------------------------------------------------------
def draw_rich(c, x, y, text, font=FONT, size=SIZE):
    """Draw a line; footnote markers as smaller digits raised 3 pt right after the word."""
    pos = 0
    for m in MARK.finditer(text):
        seg = text[pos:m.start()]
        c.setFont(font, size)
        c.drawString(x, y, seg)
        x += stringWidth(seg, font, size)
        c.setFont(font, size * 0.65)
        c.drawString(x, y + 3, m.group(1))
        x += stringWidth(m.group(1), font, size * 0.65)
        pos = m.end()
    c.setFont(font, size)
    c.drawString(x, y, text[pos:])


def build():
    placed, npages, markers, trows, head_h = final_layout()
    streams = {}     # (page, stream-name) -> list of plain line texts, in reading order
    rects = {}       # (page, stream-name) -> (left, bottom, right, top)
    c = canvas.Canvas(str(PDF), pagesize=A4, invariant=1)
    c.setTitle("Wexcombe Safeguarding Children Board - Serious Case Review: Baby J (FICTIONAL)")
    c.setAuthor("FICTIONAL development corpus for scr-qa")
    for page in range(1, npages + 1):
        # header and footer
        c.setFont(FONT, 8)
        c.drawString(ML, H - 34, HEADER)
        c.setLineWidth(0.5)
        c.line(ML, H - 40, W - MR, H - 40)
        c.drawCentredString(W / 2, 26, f"Page {page} of {npages}")
        top, bottom, table = bands(page, markers, trows, head_h)
        if page == 1:
            y = H - 82
            for txt, f, s, lead in [("Wexcombe Safeguarding Children Board", BOLD, 20, 26),
                                    ("Serious Case Review: Baby J", BOLD, 16, 22),
                                    ("Overview report by the independent lead reviewer, Mr D. W.", FONT, 11, 15),
                                    ("Approved by the Board on 17 November 2016 \u2013 published 14 December 2016", FONT, 11, 15),
                                    ("FICTIONAL document written for testing; no real people or events", FONT, 9, 14)]:
                c.setFont(f, s)
                c.drawString(ML, y, txt)
                streams.setdefault((1, "title"), []).append(txt)
                y -= lead
            rects[(1, "title")] = (ML, y, W - MR, H - 60)
            c.line(ML, TITLE_BOTTOM + 8, W - MR, TITLE_BOTTOM + 8)
        # body lines, row-wise interleaved: sort by y (top first), then left column before right
        ops = sorted((p for p in placed if p["page"] == page), key=lambda p: (-p["y"], p["col"]))
        for p in ops:
            x = COLX[p["col"]]
            if p["kind"] == "head":
                c.setFont(BOLD, SIZE)
                c.drawString(x, p["y"], p["text"])
            else:
                if p["num"]:
                    c.setFont(FONT, SIZE)
                    c.drawString(x, p["y"], p["num"])
                draw_rich(c, x + NUMW, p["y"], p["text"])
        for col in (0, 1):
            mine = [p for p in placed if p["page"] == page and p["col"] == col]
            if mine:
                streams[(page, f"col{col}")] = [plain(p["text"]) for p in mine]
                rects[(page, f"col{col}")] = (COLX[col] - 1, min(p["y"] for p in mine) - 4,
                                              COLX[col] + COLW + 1, max(p["y"] for p in mine) + 11)
        # table
        if table:
            ttop, tbot, rows, caption = table
            c.setFont(BOLD, 9)
            c.drawString(ML, ttop - 11, caption)
            y = ttop - 16
            c.setLineWidth(0.5)
            c.setFillGray(0.88)
            c.rect(ML, y - head_h, W - ML - MR, head_h, stroke=1, fill=1)
            c.setFillGray(0)
            x = ML
            c.setFont(BOLD, T_SIZE)
            for i, hd in enumerate(TABLE_HEAD):
                c.drawString(x + T_PAD, y - T_PAD - 8, hd)
                x += T_COLW[i]
            y -= head_h
            tl = []
            for cells, h in rows:
                c.rect(ML, y - h, W - ML - MR, h, stroke=1, fill=0)
                x = ML
                c.setFont(FONT, T_SIZE)
                for i, cell in enumerate(cells):
                    if i:
                        c.line(x, y, x, y - h)
                    for k, ln in enumerate(cell):
                        c.drawString(x + T_PAD, y - T_PAD - 8 - k * T_LEAD, ln)
                    streams.setdefault((page, f"table-r{len(tl)}-c{i}"), []).extend(cell)
                    x += T_COLW[i]
                tl.append(cells)
                y -= h
            x = ML
            for i in range(2):
                x += T_COLW[i]
                c.line(x, ttop - 16, x, ttop - 16 - head_h)
            rects[(page, "table")] = (ML - 1, tbot - 1, W - MR + 1, ttop + 1)
        # footnotes
        nums = sorted(markers.get(page, []))
        if nums:
            y = BODY_BOTTOM + fn_height(nums) - 4
            c.line(ML, y, ML + 120, y)
            y -= 9
            for n in nums:
                lines = wrap(f"{n} " + FOOTNOTES[n], W - ML - MR, FONT, FN_SIZE)
                streams[(page, f"fn{n}")] = lines
                c.setFont(FONT, FN_SIZE)
                for ln in lines:
                    c.drawString(ML, y, ln)
                    y -= FN_LEAD
                y -= 1.5
            rects[(page, "foot")] = (ML - 1, BODY_BOTTOM - 4, W - MR + 1, BODY_BOTTOM + fn_height(nums))
        c.showPage()
    c.save()
    return placed, npages, markers, streams, rects


# ---------------------------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------------------------
F = "wexcombe-scr-overview.pdf"


def Q(n, question, answers, pages, qtype, tags=(), note=None, cross=None, paragraphs=None):
    rec = {"id": f"wx{n:03d}", "question": question, "answers": list(answers),
           "file": F if answers else None, "pages": list(pages), "type": qtype}
    if tags:
        rec["tags"] = list(tags)
    if note:
        rec["note"] = note
    if paragraphs:
        rec["paragraphs"] = list(paragraphs)   # printed paragraph numbers holding the answer
    if cross:
        rec["_cross"] = cross          # (end of one column, start of the next); checked, not written
    return rec


QUESTIONS = [
    # --- body text, both columns -------------------------------------------------------------
    Q(1, "On what date did the Serious Case Review Subgroup agree that the criteria for a serious case review were met?",
      ["2 March 2016"], [1], "date", ["near-miss"],
      "Left column of p1 (1.2). Not 11 March 2016, when the review was commissioned.", paragraphs=["1.2"]),
    Q(2, "How many children under five were on HV3's caseload in autumn 2015?",
      ["540", "540 children under five"], [2, 5], "number", ["near-miss"],
      "3.6 (p2 right column) and 4.9 (p5 left). Not 390 (locality average), 400 (trust standard) or 410 (Sept 2016).", paragraphs=["3.6", "4.9"]),
    Q(3, "Why did the midwife not ask Ms K about domestic abuse at the booking appointment?",
      ["because Mr R was present", "Mr R was present"], [2], "reason", [], "3.1, p2 left column.", paragraphs=["3.1"]),
    Q(4, "How many rib fractures did the skeletal survey find?",
      ["five", "five rib fractures"], [3], "number", ["number-in-words"], "3.16, p3 right column.", paragraphs=["3.16"]),
    Q(5, "Who chaired the strategy discussion held on the morning of Baby J's admission?",
      ["TM3"], [6], "person", ["near-miss"],
      "5.2, p6 right column. Not TM1, the team manager who chose an assessment in December 2015.", paragraphs=["5.2"]),
    Q(6, "Which officer arrested Mr R on 9 February 2016?",
      ["DC2"], [6], "person", ["near-miss"], "5.2, p6 right column. Not PC5 (October incident) or DS4 (led the investigation).", paragraphs=["5.2"]),
    Q(7, "How much did the Baby J serious case review cost?",
      ["\u00a314,750", "14,750"], [8], "number", [], "10.2, the short left column of p8.", paragraphs=["10.2"]),
    Q(8, "How many open cases did SW4 have in December 2015?",
      ["eleven"], [4], "number", ["number-in-words", "near-miss"],
      "4.4, p4 left column, above the table. Not nine (TM1's team) or four (newly qualified).", paragraphs=["4.4"]),
    Q(9, "Where did Ms K work while Mr R looked after Baby J on weekday evenings?",
      ["a supermarket", "supermarket"], [5], "factoid", [], "4.7, p5 left column, below the table.", paragraphs=["4.7"]),
    Q(10, "Why were the monthly safeguarding meetings at Marlow Road Surgery cancelled in late 2015?",
      ["because of staff sickness", "staff sickness"], [6], "reason", [], "4.14, p6 left column.", paragraphs=["4.14"]),
    # --- sentences crossing a column or page -------------------------------------------------------
    Q(11, "How often should SW4 have received supervision in her first year?",
      ["fortnightly"], [4], "factoid", [],
      "4.4 crosses from the foot of the left column to the top of the right column on p4: "
      "'...supervision twice in her | first five months, against the expected fortnightly pattern.'",
      cross=("that she received supervision twice in her", "first five months, against the expected"), paragraphs=["4.4"]),
    Q(12, "By when had 212 practitioners completed the new e-learning module on the bruising protocol?",
      ["by the end of October 2016", "October 2016"], [7], "date", [],
      "8.1 crosses from the left to the right column on p7: '...had completed the new e-learning module | by the end of October 2016.'",
      cross=("had completed the new e-learning module", "by the end of October 2016."), paragraphs=["8.1"]),
    Q(13, "Why did Ms K take Baby J to see GP1 on 1 December 2015?",
      ["cold"], [3], "reason", [],
      "3.13 crosses from the left to the right column on p3: '...On 1 December 2015 Ms K | took him to see GP1 because he had a cold.'",
      cross=("appointment. On 1 December 2015 Ms K", "took him to see GP1 because he had a"), paragraphs=["3.13"]),
    Q(14, "Who was Ms K's personal adviser as a care leaver?",
      ["PA1"], [2, 5], "person", ["page-break"],
      "2.2 crosses from the foot of p1 (right column) to the top of p2 (left column): '...was supported | as a care leaver by a personal adviser, PA1.' Also 4.11 on p5.",
      cross=("from the age of eleven and was supported", "as a care leaver by a personal adviser,"), paragraphs=["2.2", "4.11"]),
    Q(15, "Apart from the domestic incident, what did SW4 fail to learn about because she did not speak to the GP, HV3 or the police?",
      ["the bruise on the ear", "bruise on the ear"], [4], "factoid", ["page-break"],
      "4.1 crosses from p3 (right column) to p4 (left column): '...the domestic incident on 24 | October or of the bruise on the ear.'",
      cross=("not learn of the domestic incident on 24", "October or of the bruise on the ear."), paragraphs=["4.1"]),
    Q(16, "On what date was the police notification of the domestic incident sent to children's social care?",
      ["30 October 2015", "30/10/2015"], [3, 4, 5], "date", ["page-break", "table", "near-miss"],
      "3.8 crosses from p2 (right column) to p3 (left column): 'A notification of the incident was sent to | children's social care on 30 October 2015'. "
      "Also Table 1 (p4) and 4.13 (p5). Not 24 October (the incident) or 5 November (HV3 received it).",
      cross=("A notification of the incident was sent to", "children's social care on 30 October 2015,"), paragraphs=["3.8", "4.13"]),
    # --- Table 1 (p4 bottom, p5 top) ------------------------------------------------------------
    Q(17, "On what date did HV3 receive the notification of the domestic incident?",
      ["5 November 2015", "05/11/2015"], [3, 4], "date", ["table", "near-miss"],
      "3.8 (p3 left) and Table 1 row 05/11/2015 (p4).", paragraphs=["3.8"]),
    Q(18, "At what time did the ambulance crew arrive at the flat on 9 February 2016?",
      ["03.21"], [3, 5], "date", ["table", "time", "near-miss"],
      "3.15 (p3 right) and Table 1 on p5. Not 03.12 (999 call) or 03.58 (admission).", paragraphs=["3.15"]),
    Q(19, "On what date did HV3 discuss the bruise on Baby J's ear with SN1?",
      ["19/11/2015"], [5], "date", ["table", "near-miss"],
      "Table 1 row on p5 (the first row of the continuation). The text on p3 has 'on 19 | November 2015' "
      "broken over two lines of the left column. Not 17 November 2015 (the visit)."),
    Q(20, "On what date was the child in need assessment about Baby J closed?",
      ["04/01/2016"], [5], "date", ["table"],
      "Table 1 on p5. The text on p4 has 'closed on 4 January | 2016' broken over two lines, so only the table form is listed."),
    Q(21, "On what date did SW4 make her only home visit to the family?",
      ["8 December 2015", "08/12/2015"], [3, 5], "date", ["table"], "4.1 (p3 right column) and Table 1 on p5.", paragraphs=["4.1"]),
    Q(22, "What was Baby J's weight at birth?",
      ["2.1 kg"], [1, 4], "number", ["table"], "2.1 (p1 right column) and Table 1 row 14/04/2015 on p4.", paragraphs=["2.1"]),
    Q(23, "Which consultant paediatrician referred Baby J to the police after his admission?",
      ["PD1"], [3, 5], "person", ["table"], "3.16 (p3 right column) and the last row of Table 1 on p5.", paragraphs=["3.16"]),
    # --- footnotes -------------------------------------------------------------------------------
    Q(24, "When was the Wexcombe protocol on bruising in non-mobile infants first issued?",
      ["May 2014"], [3], "date", ["near-miss"],
      "Footnote 1, foot of p3. Not March 2015 (revised) or June 2016 (further revision)."),
    Q(25, "What does DASH stand for?",
      ["Domestic Abuse, Stalking and Harassment"], [2], "factoid", [], "Footnote 2, foot of p2."),
    Q(26, "Under which section of the Children Act 1989 is a child in need assessment carried out?",
      ["section 17", "17"], [3], "number", [], "Footnote 3, foot of p3."),
    Q(27, "Who referred Mr R to Pathways?",
      ["MW2"], [2], "person", [], "Footnote 4, foot of p2 ('The referrer in this case was MW2')."),
    # --- unanswerable ---------------------------------------------------------------------------
    Q(28, "What sentence did Mr R receive for injuring Baby J?", [], [], "unanswerable", ["near-miss"],
      "He was charged with GBH with intent, but the trial had not taken place when the report was written."),
    Q(29, "What are the names of Baby J's foster carers?", [], [], "unanswerable", [],
      "Foster carers are mentioned (2.4) but never named or given a code."),
    Q(30, "How many children were on HV2's caseload when she covered for HV1?", [], [], "unanswerable", ["near-miss"],
      "HV2 covered the caseload 'alongside her own' but no number is given; 540 is HV3's caseload."),
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def check(placed, npages, streams, rects):
    import pypdfium2 as pdfium
    errors = []
    doc = pdfium.PdfDocument(str(PDF))
    assert len(doc) == npages
    assert 7 <= npages <= 8, npages
    paras = {p["para"] for p in placed if p["para"]}
    assert len(paras) >= 35, len(paras)
    # every page: header + footer
    for i in range(npages):
        t = doc[i].get_textpage().get_text_range()
        assert "FICTIONAL" in t and f"Page {i + 1} of {npages}" in t, i
    # order of columns in flow, for cross-column checks
    flow = []
    for p in placed:
        key = (p["page"], f"col{p['col']}")
        if not flow or flow[-1] != key:
            flow.append(key)
    for q in QUESTIONS:
        if q["type"] == "unanswerable":
            continue
        for a in q["answers"]:
            ok_line = False
            for pg in q["pages"]:
                for (spg, name), lines in streams.items():
                    if spg == pg and any(norm(a) in norm(ln) for ln in lines):
                        ok_line = True
            if not ok_line:
                errors.append(f"{q['id']}: {a!r} not within one drawn line on pages {q['pages']}")
            ok_pdfium = False
            for pg in q["pages"]:
                tp = doc[pg - 1].get_textpage()
                for (rpg, name), r in rects.items():
                    if rpg == pg and norm(a) in norm(tp.get_text_bounded(*r)):
                        ok_pdfium = True
            if not ok_pdfium:
                errors.append(f"{q['id']}: {a!r} not in pdfium text of a column/table/footnote rectangle")
        cross = q.get("_cross")
        if cross:
            a_frag, b_frag = cross
            found = False
            for k in range(len(flow) - 1):
                la, lb = streams[flow[k]], streams[flow[k + 1]]
                if any(norm(a_frag) in norm(x) for x in la[-2:]) and any(norm(b_frag) in norm(x) for x in lb[:2]):
                    found = True
            if not found:
                errors.append(f"{q['id']}: sentence does not cross a column as claimed {cross}")
    return errors


def main():
    placed, npages, markers, streams, rects = build()
    if "--dump" in sys.argv:
        for (pg, name), lines in sorted(streams.items(), key=lambda kv: (kv[0][0], kv[0][1])):
            if name.startswith("col"):
                print(f"--- p{pg} {name}: first {lines[:2]} ... last {lines[-2:]}")
        print("footnotes:", markers)
        paras = {}
        for p in placed:
            if p["para"]:
                paras.setdefault(p["para"], set()).add((p["page"], p["col"]))
        print({k: sorted(v) for k, v in paras.items()})
    errors = check(placed, npages, streams, rects)
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for q in QUESTIONS:
            rec = {k: v for k, v in q.items() if not k.startswith("_")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    for e in errors:
        print("ERROR", e)
    print(f"{PDF.name}: {npages} pages; {len(QUESTIONS)} questions; {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main())
