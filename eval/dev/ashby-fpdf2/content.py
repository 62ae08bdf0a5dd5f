"""Text of the FICTIONAL Baby G Child Practice Review and its executive summary.
Every person, place, agency and event here is invented."""

BOARD = "Llanferyn and Corsbrook Regional Safeguarding Board"
REF = "Extended Child Practice Review LCRSB 03/2023"

FOOTNOTES = {
    1: "Working Together to Safeguard People, Volume 2: Child Practice Reviews. The guidance describes a "
       "concise and an extended review; the Board chose an extended review because of the death of the child.",
    2: "A Public Protection Notice (PPN) is the form on which Border Counties Police record a concern about a "
       "child or adult at risk and share it with the local authority.",
    3: "DASH: the Domestic Abuse, Stalking and Harassment risk checklist. A person may decline to answer it.",
    4: "Times are taken from the hospital's electronic patient record. The ambulance service log gives "
       "the same times to within two minutes.",
    5: "Centiles are read from the UK-WHO growth chart in the Personal Child Health Record (the 'red book').",
    6: "The criminal trial ended on 21 March 2025. The Board delayed publication until the proceedings had ended.",
}

FRONT_FOREWORD = [
    "Baby G was a much-wanted little boy who lived for twenty weeks. This review was commissioned by the "
    "Llanferyn and Corsbrook Regional Safeguarding Board so that the agencies who knew his family can learn "
    "from what happened and change how they work together, especially across the border between Wales and "
    "England.",
    "The Board accepted the findings and all eight recommendations at its meeting on 18 June 2025. Each "
    "agency has given the Board an action plan, and the Board will report on progress in its annual report.",
    "I thank Baby G's mother for speaking to the reviewers at a very painful time, and the practitioners "
    "who took part in the learning event with honesty and care.",
]
FOREWORD_SIGN = ["Professor Elin Caradog", "Independent Chair, " + BOARD]

GLOSSARY = [
    ("Baby G", "The child who is the subject of this review"),
    ("Ms G", "Baby G's mother, aged 19 at his birth"),
    ("Mr H", "Baby G's father, aged 24 at his birth"),
    ("Mrs T", "Baby G's maternal grandmother"),
    ("MW1", "Community midwife, Teifion Valley University Health Board"),
    ("HV1", "Health visitor until 30 June 2023"),
    ("HV2", "Health visitor from 10 July 2023"),
    ("HA1", "Housing officer, Glasnant Homes"),
    ("PN1", "Practice nurse, Caswell Bridge Medical Practice (England)"),
    ("GP1", "General practitioner, Caswell Bridge Medical Practice"),
    ("PC1", "Police constable who attended on 18 May 2023"),
    ("PC2", "Officer in the Public Protection Unit who reviewed the PPN"),
    ("SW1", "Social worker, Information, Advice and Assistance (IAA) team"),
    ("TM1", "Team manager, IAA team"),
    ("Dr E", "Emergency department registrar, Corsbrook General Hospital"),
    ("IAA", "Information, Advice and Assistance: the front door of Children's Services"),
    ("PPN", "Public Protection Notice"),
    ("ED", "Emergency department"),
    ("PICU", "Paediatric intensive care unit"),
]

# Main body. ("H", text) = full-width section heading; ("S", text) = in-column subheading;
# ("P", number, text) = numbered paragraph; ("Q", quote, attribution) = pull quote;
# ("B", title, [lines]) = coloured sidebar box.  ^n^ = footnote marker.
BODY = [
 ("H", "1  Introduction"),
 ("P", "1.1", "This Extended Child Practice Review concerns Baby G, who was born on 14 March 2023 and died in "
  "Severnbridge Children's Hospital on 4 August 2023, aged twenty weeks. He had been admitted two days "
  "earlier after his mother called an ambulance because he was not breathing normally."),
 ("P", "1.2", "A post-mortem examination found an acute subdural haemorrhage, bleeding at the back of both eyes "
  "and healing fractures of three ribs. The pathologist estimated that the rib fractures were between two and "
  "four weeks old, so they had happened some time before his final collapse."),
 ("P", "1.3", "Baby G's father, Mr H, was charged with his murder. In March 2025 a jury at Caerwern Crown Court "
  "found him not guilty of murder but guilty of manslaughter, and on 4 April 2025 he was sentenced to ten years "
  "and six months' imprisonment. No criminal charge was brought against Ms G."),
 ("P", "1.4", "The review was commissioned under the statutory guidance for Wales^1^ because Baby G died, "
  "abuse was known or suspected, and he had been known to several agencies in the year before his death. "
  "Its purpose is learning, not blame."),
 ("H", "2  How the review was carried out"),
 ("P", "2.1", "The Board's Child Practice Review sub-group received the referral from Border Counties Police on "
  "9 August 2023. The sub-group met on 12 September 2023 and recommended an extended review; the Board chair "
  "agreed this on 19 September 2023."),
 ("P", "2.2", "The review panel was chaired by Rhiannon Vell, Head of Safeguarding at Teifion Valley University "
  "Health Board, and met six times between October 2023 and May 2025. The reviewers were Meredith Yorath, an "
  "independent reviewer, and Ifor Penhallow, a senior manager from a neighbouring region's children's services "
  "who had no involvement with the family."),
 ("P", "2.3", "The review period runs from 1 September 2022, when Ms G's pregnancy was confirmed at her doctor's "
  "surgery, to 4 August 2023, the date of Baby G's death. Earlier information about Mr H's history was "
  "considered where agencies held it at the time."),
 ("P", "2.4", "Seven agencies provided timelines and reflective accounts: the health board (midwifery, health "
  "visiting and the emergency department), Caswell Bridge Medical Practice, Border Counties Police, Llanferyn "
  "County Council Children's Services, the ambulance service, Glasnant Homes and the England-side community "
  "health trust that had held the family's records until January 2023."),
 ("P", "2.5", "A learning event for practitioners was held in Corsbrook on 23 January 2024. It was attended by 21 "
  "practitioners and first-line managers from all seven agencies. A separate session for senior managers took "
  "place on 6 February 2024."),
 ("P", "2.6", "The panel paused the review between February 2024 and the end of the trial so as not to prejudice "
  "the criminal proceedings.^6^ The reviewers met Ms G, with her advocate, on 29 April 2025. Mr H was invited to "
  "contribute through his solicitor and declined. Mrs T, the maternal grandmother, spoke to the reviewers by "
  "telephone."),
 ("S", "Terms of reference"),
 ("P", "2.7", "The terms of reference, agreed by the panel on 17 October 2023, asked the review to consider: how "
  "well agencies identified and responded to the risk that Mr H posed to Ms G and to the baby; how information "
  "moved between agencies in Wales and England when the family crossed the border; whether the bruise seen in "
  "June 2023 and the emergency department attendance in July 2023 were recognised as possible signs of harm; "
  "and how the family's voice, and the voice of a baby who could not speak, were heard."),
 ("H", "3  Baby G and his family"),
 ("P", "3.1", "Baby G lived with his mother and father in a one-bedroom flat at Heol Tanyrallt in Pontyfelin, a "
  "small town on the Welsh side of the border. The flat was let by Glasnant Homes. Before January 2023 the couple "
  "had lived with Mr H's cousin in Caswell Bridge, four miles away in England."),
 ("P", "3.2", "Ms G was 19 when Baby G was born. She had left college at 17 and had worked in a café until her "
  "pregnancy. She had been known to children's services as a child herself, because of neglect, and her case "
  "had been closed when she was 14. Her mother, Mrs T, lived in Llanferyn and saw the family about once a week."),
 ("P", "3.3", "Mr H was 24 and worked irregular shifts at a distribution depot. In 2019 he had received a "
  "conditional discharge for assaulting a former partner in England. This conviction was held by the police but "
  "was not known to any health practitioner or to children's services in Wales during the review period."),
 ("P", "3.4", "Mrs T told the reviewers that Baby G was \"a smiley, noisy little thing\" who loved his bath, and "
  "that Ms G was devoted to him but \"frightened of getting it wrong\". She said that Mr H did not like people "
  "coming to the flat and was \"always on edge when the baby cried\"."),
 ("B", "Baby G: key facts", [
   "Born 14 March 2023 at 36 weeks, weighing 2,310 g.",
   "Lived in Pontyfelin, Wales; registered with a GP in England.",
   "Known to 7 agencies during the review period.",
   "Seen by professionals 11 times after his birth.",
   "Collapsed 2 August 2023; died 4 August 2023.",
 ]),
 ("H", "4  Key episodes"),
 ("P", "4.1", "The full multi-agency chronology is summarised in Appendix A. This section describes the six "
  "episodes the panel judged most significant for learning."),
 ("S", "Episode 1: pregnancy and late booking"),
 ("P", "4.2", "Ms G booked for antenatal care on 9 November 2022, at about 22 weeks of pregnancy, with the "
  "community midwife MW1 at the Caswell Bridge clinic. Guidance expects booking before 10 weeks. Mr H came to "
  "the booking appointment and to every later antenatal appointment."),
 ("P", "4.3", "The routine enquiry about domestic abuse is meant to be made when the woman is seen alone. MW1 "
  "recorded \"not asked - partner present\" at booking and at two later appointments. No plan was made to see "
  "Ms G alone, and the question was never asked before the birth."),
 ("P", "4.4", "When the family moved to Pontyfelin on 3 January 2023 Ms G's maternity care passed to the Welsh "
  "health board. The transfer letter listed the late booking but not the three missed enquiries. The couple "
  "stayed registered with Caswell Bridge Medical Practice, which is permitted because the flat lies inside the "
  "practice's outer boundary."),
 ("S", "Episode 2: birth and the early weeks"),
 ("P", "4.5", "Baby G was born at Corsbrook General Hospital on 14 March 2023, at 36 weeks, weighing 2,310 g. "
  "He spent two nights on the neonatal unit for feeding support and went home on 17 March 2023."),
 ("P", "4.6", "HV1 made the new birth visit on 28 March 2023. She found a warm, tidy home and a baby who was "
  "feeding well. Mr H answered most questions. HV1 gave the health board's leaflet on coping with crying but "
  "did not record discussing it with either parent, and did not ask Ms G about domestic abuse because Mr H was "
  "in the room."),
 ("S", "Episode 3: the police call in May 2023"),
 ("P", "4.7", "At 23.15 hrs on 18 May 2023 a neighbour called 999 to report shouting and a baby crying in the "
  "flat. PC1 and a colleague arrived at 23.41 hrs. Mr H had left. Ms G had a red mark on her neck, which she "
  "said was from a necklace, and Baby G was asleep in his cot."),
 ("P", "4.8", "PC1 completed a Public Protection Notice^2^ recording that a baby lived at the address. Ms G "
  "declined to answer the DASH questions,^3^ and the risk was graded \"standard\". PC1 did not run a check on Mr "
  "H, so his 2019 conviction did not appear on the notice. PC2 reviewed the notice the next morning and agreed "
  "the grading."),
 ("P", "4.9", "The notice reached the IAA team on 22 May 2023. SW1 screened it on 24 May and spoke to Ms G by "
  "telephone; Ms G said it had been \"just an argument\" and that she had support from her mother. TM1 agreed "
  "on 25 May 2023 that there should be no further action beyond an advice letter about domestic abuse services. "
  "Neither SW1 nor TM1 spoke to the health visitor or the GP before the decision was made."),
 ("P", "4.10", "On 26 May 2023 the IAA team emailed a copy of the notice to the health visiting service. It was "
  "sent to a generic inbox for the Llanferyn team rather than to HV1's Pontyfelin team, and it was not read until "
  "9 June 2023. HV1 filed it in Baby G's record and planned to raise it at the next contact, which did not take "
  "place before she went on leave. The GP practice in England was not told about the incident at all."),
 ("S", "Episode 4: the bruise at the immunisation appointment"),
 ("P", "4.11", "On 13 June 2023 Ms G took Baby G, then aged 13 weeks, to Caswell Bridge Medical Practice for his "
  "second immunisations. PN1 noticed a small bruise, about 1 cm across, on his left cheek. Ms G said it had been "
  "caused by the clip of his dummy. PN1 recorded \"small mark L cheek - ?dummy clip\" and gave the vaccinations."),
 ("P", "4.12", "Baby G was not yet rolling over. The practice's own policy, which follows the English protocol for "
  "bruising in babies who are not independently mobile, says that any bruise in such a baby should be seen by a "
  "doctor on the same day and discussed with children's social care. PN1 told the reviewers that she had not "
  "been trained on the protocol since joining the practice in 2021 and that she \"thought of it as a newborn "
  "thing\". She did not tell GP1, who was working in the next room, and no referral was made. Had a referral "
  "been made, it would have gone to English children's social care, whose systems would not have shown the "
  "Welsh police notice received three weeks earlier."),
 ("S", "Episode 5: the emergency department in July 2023"),
 ("P", "4.13", "HV1 began maternity leave on 30 June 2023. Her caseload was not reallocated until 10 July 2023, "
  "when HV2 took over the family. During the ten days between, no health visitor was named for Baby G."),
 ("P", "4.14", "On 4 July 2023 Mr H brought Baby G to the emergency department at Corsbrook General Hospital, "
  "arriving at 21.50 hrs.^4^ He said that Baby G had \"gone floppy and pale\" after a feed and then recovered. "
  "Baby G was triaged at 22.05 hrs and seen by Dr E, the emergency department registrar, at 23.20 hrs."),
 ("P", "4.15", "Dr E recorded a normal examination, normal observations and a possible reflux episode. Baby G "
  "was not undressed fully, and no one asked where Ms G was. Dr E did not check the child protection information "
  "system, which would have shown no plan, and no one contacted the health visiting service. Baby G was "
  "discharged at 01.30 hrs on 5 July 2023 with reflux advice. A discharge letter was posted to the GP practice "
  "and arrived on 12 July 2023."),
 ("S", "Episode 6: weight loss and the final collapse"),
 ("P", "4.16", "HV2 saw Baby G at a clinic in Pontyfelin on 19 July 2023. His weight had fallen from the 25th "
  "centile at eight weeks to just below the 9th centile.^5^ Ms G said he had been sick after feeds. HV2 planned "
  "a review in two weeks. She had read the police notice in the record and intended to ask Ms G about it at a "
  "home visit, but she did not know about the emergency department attendance or the bruise."),
 ("P", "4.17", "At 06.12 hrs on 2 August 2023 Ms G called 999 because Baby G was limp and breathing "
  "irregularly. Paramedics arrived at 06.21 hrs and took him to Corsbrook General Hospital, where he arrived "
  "at 06.58 hrs. He was transferred to the paediatric intensive care unit at Severnbridge Children's Hospital "
  "that afternoon. He died on 4 August 2023."),
 ("P", "4.18", "Mr H told police that he had been alone with Baby G overnight while Ms G slept in the living "
  "room, and that the baby had \"just stopped crying\". The police investigation began the same day, and a "
  "strategy discussion between police, children's services and the hospital was held at 15.00 hrs on 2 August "
  "2023."),
  ("H", "5  Agency involvement"),
 ("P", "5.1", "This section summarises what each agency knew and did, drawing on the agency timelines and "
  "reflective accounts. The panel thanks the authors of those accounts for their openness."),
 ("S", "Teifion Valley University Health Board"),
 ("P", "5.2", "Midwifery in Wales took over Ms G's care at about 30 weeks of pregnancy and saw her four times "
  "before the birth, each time with Mr H present. The transfer letter from England did not mention that routine "
  "enquiry had not been made, and the Welsh midwives did not ask either. The health board's account accepts that "
  "its electronic maternity record had no prompt to record whether a woman had been seen alone."),
 ("P", "5.3", "Health visiting had five contacts with the family: the antenatal contact on 21 February 2023, "
  "the new birth visit, a six-week contact on 25 April 2023, a telephone call on 6 June 2023 and the clinic "
  "contact with HV2 on 19 July 2023. At the six-week contact HV1 noted that Ms G looked tired and scored her mood "
  "questionnaire as borderline; a follow-up call was planned and made. The telephone call on 6 June was about "
  "feeding and lasted eleven minutes. Ms G was not seen alone at any health visiting contact."),
 ("P", "5.4", "The emergency department's account describes an evening of very high demand, with two "
  "registrars covering the department and one consultant available by telephone. It accepts that Baby G's "
  "attendance should have been discussed with the on-call paediatrician, which the department's guidance "
  "requires for any baby under three months and recommends for any baby under six months. Baby G was then "
  "sixteen weeks old."),
 ("S", "Caswell Bridge Medical Practice"),
 ("P", "5.5", "The practice saw Ms G eight times during the pregnancy and after the birth, and saw Baby G three "
  "times: at his six-to-eight-week check on 2 May 2023, when GP1 found him well, and at the immunisation "
  "appointments on 13 June and 11 July 2023. At the second of those, PN1 recorded no marks. The practice did not "
  "know that the family lived in Wales until the summer of 2023, because the address on its system was still "
  "the Caswell Bridge address; letters from the Welsh health board were scanned but the address was not "
  "updated."),
 ("P", "5.6", "The discharge letter from the emergency department arrived at the practice on 12 July 2023 and "
  "was filed by an administrator as 'no action'. Under the practice's workflow, letters about children under one "
  "should be seen by a GP. The practice has since changed this, and all letters about children under two are "
  "now reviewed by the duty doctor."),
 ("S", "Border Counties Police"),
 ("P", "5.7", "The police had one contact with the family during the review period, on 18 May 2023. The "
  "force's account notes that PC1 was a probationer in her first year of service and was single-crewed with a "
  "student officer. The force's records show that Mr H's 2019 conviction was held on the national computer and "
  "would have been found by a check taking under five minutes."),
 ("P", "5.8", "The Public Protection Unit reviews between 60 and 90 notices each day. PC2 told the reviewers "
  "that she read the notice in about four minutes and that, without a check on Mr H, nothing in it suggested a "
  "higher grading. The force has since changed its process so that the unit completes the check where the "
  "attending officer has not."),
 ("S", "Children's Services and housing"),
 ("P", "5.9", "The IAA team received 412 notices in May 2023, and the team's account says that screening "
  "decisions were being made by telephone because of the volume. SW1 was an experienced social worker who had "
  "joined the team eight weeks earlier from a long-term team. She did not know that Ms G had been known to "
  "children's services as a child, because the old records were held on a system that had been replaced in "
  "2018 and were not linked to the new one."),
 ("P", "5.10", "Glasnant Homes had two contacts with the family: the tenancy sign-up on 3 January 2023 and a "
  "visit about a leaking window on 20 June 2023. The housing officer, HA1, saw Baby G asleep in a pram and "
  "noticed nothing of concern. Housing officers in the Board's area had not been offered safeguarding training "
  "on babies since 2020."),
("H", "6  Analysis"),
 ("S", "Seeing mothers alone"),
 ("P", "6.1", "Ms G was never asked about domestic abuse while on her own, by anyone, in the eleven months under "
  "review. Each practitioner who could have asked recorded a reason for not doing so, and each reason was "
  "reasonable on its own. Taken together, they meant that the person who controlled who spoke to Ms G was Mr H."),
 ("P", "6.2", "When the reviewers met Ms G she said: \"Nobody asked me on my own. He was always there, and I "
  "wasn't going to say anything in front of him.\" She told the reviewers that the argument in May had started "
  "because Baby G would not settle, and that she had been frightened of what would happen if social services "
  "became involved."),
 ("Q", "Nobody asked me on my own. He was always there.", "Ms G, speaking to the reviewers"),
 ("P", "6.3", "The panel heard at the learning event that practitioners find it hard to arrange to see a mother "
  "alone when the partner attends every appointment. Some practitioners use a routine 'women-only' part of the "
  "appointment, so that asking the partner to step out does not single any family out. This was not the "
  "practice in either midwifery service that saw Ms G."),
 ("S", "Information across the border"),
 ("P", "6.4", "Baby G lived in Wales, his GP practice was in England and his father's conviction was recorded "
  "by an English force area before the family moved. The review found that each agency held part of the "
  "picture, and no agency held all of it. The panel counted at least four points at which information that "
  "existed did not reach a practitioner who needed it."),
 ("P", "6.5", "The clearest example is the police notice of 18 May 2023. It went to Welsh children's services "
  "and, late, to the Welsh health visitors, but not to the English GP practice where Baby G was seen for his "
  "immunisations three weeks later. PN1 therefore saw a bruise on a baby without knowing there had been a "
  "domestic incident at his home. The reviewers consider that, with that knowledge, it is likely that the bruise "
  "would have been referred."),
 ("P", "6.6", "The Welsh IAA team's procedures say that notices about babies under one should be shared with "
  "the family's GP. The team did not know which practice Baby G was registered with, because its system "
  "recorded only practices in Wales, and the field was left blank. This is a system issue rather than an "
  "individual failing: the panel found 37 other children in the Board's area registered with English practices "
  "whose records had the same blank field when it checked in March 2024."),
 ("S", "Bruising in babies who are not mobile"),
 ("P", "6.7", "The bruise on 13 June 2023 was the clearest missed opportunity in the review. National and local "
  "protocols on both sides of the border agree that bruising in a baby who is not independently mobile is rare "
  "and must be explained by a paediatric assessment. PN1's view that the protocol applied to newborns was shared "
  "by several practitioners at the learning event, which shows that the problem is one of training and "
  "awareness, not of one person."),
 ("P", "6.8", "The reviewers also note that Ms G's explanation was accepted without being tested. A dummy clip "
  "can mark a baby's skin, but the mark would not usually look like a bruise, and PN1 did not look at Baby G's "
  "body for other marks. The healing rib fractures found at post-mortem may well have been present on that day."),
 ("S", "The emergency department attendance"),
 ("P", "6.9", "An apparently unexplained floppy episode in a baby of under six months can be a sign of head "
  "injury. The health board's guidance on brief resolved unexplained events asks clinicians to undress the baby "
  "fully, to look for bruises and to consider safeguarding. Baby G was in the department for three hours and "
  "forty minutes, much of it waiting, and the department was busy: there were 68 patients in the department at "
  "22.00 hrs that evening against a planned capacity of 45."),
 ("P", "6.10", "Dr E told the reviewers that he had not been told about the bruise in June or the police call "
  "in May, and had no way of knowing about either. The reviewers accept this. However, the father's account "
  "was not explored, and the absence of the mother was not noted. The panel considers that, had Baby G been "
  "undressed fully, the ED doctor might have found marks that would have led to a skeletal survey."),
 ("S", "The gap in health visiting"),
 ("P", "6.11", "The health visiting service had been short of staff since the autumn of 2022, with 4.6 "
  "full-time posts vacant across the Llanferyn teams in June 2023. The ten-day gap after HV1 began her leave, "
  "and the delay in reading the police notice, both reflect that pressure. Health visitors are often the only "
  "practitioners who see a baby regularly in the home, and HV2's plan to visit was sound but came too late."),
 ("H", "7  Good practice"),
 ("P", "7.1", "The panel wishes to record the good practice it found. PC1 recorded the presence of a baby on the "
  "notice and described the home in detail. HV2 recognised Baby G's weight loss and made a clear plan. The "
  "paramedics who attended on 2 August 2023 noticed marks on Baby G's chest and made an immediate safeguarding "
  "referral from the ambulance, and the strategy discussion was held within nine hours of the 999 call."),
 ("P", "7.2", "The ambulance service and the hospital gave the review complete and candid records, and "
  "practitioners from every agency took part in the learning event openly."),
 ("H", "8  Findings"),
 ("P", "8.1", "The review makes five findings. Finding 1: Ms G was never seen alone, so routine enquiry about "
  "domestic abuse never happened and the risk from Mr H was not understood by any health practitioner."),
 ("P", "8.2", "Finding 2: the police notice of 18 May 2023 was graded standard without a check on Mr H's "
  "history, and children's services closed the contact without speaking to health professionals."),
 ("P", "8.3", "Finding 3: information did not cross the border between Wales and England. The English GP "
  "practice was never told about the police notice, and the Welsh IAA system could not record an English "
  "practice."),
 ("P", "8.4", "Finding 4: the bruise on Baby G's cheek was not recognised as a possible sign of abuse in a "
  "baby who was not mobile, and the protocol was not followed."),
 ("P", "8.5", "Finding 5: the emergency department treated the floppy episode as reflux without undressing "
  "Baby G, exploring the father's account or informing health visiting; and the gap in health visiting "
  "meant that no one pieced the episodes together."),
 ("H", "9  Recommendations"),
 ("P", "9.1", "The Board should seek assurance that the following eight recommendations are carried out, and "
  "should ask each agency to report progress within six months of publication."),
 ("P", "9.2", "Recommendation 1: Teifion Valley University Health Board should make a 'women-only' part of "
  "every antenatal and new birth contact standard practice, and audit within twelve months how often routine "
  "enquiry is completed."),
 ("P", "9.3", "Recommendation 2: Border Counties Police should ensure that a check on every adult present or "
  "named is completed before a Public Protection Notice involving a child under one is graded."),
 ("P", "9.4", "Recommendation 3: Llanferyn County Council should change the IAA system so that a GP practice in "
  "England can be recorded, and should share every notice about a baby under one with the registered GP."),
 ("P", "9.5", "Recommendation 4: the Board should agree a cross-border information-sharing protocol with the "
  "neighbouring English safeguarding partnership by 31 March 2026."),
 ("P", "9.6", "Recommendation 5: Caswell Bridge Medical Practice, and all practices with patients in the Board's "
  "area, should train every clinician who sees babies on the bruising protocol, including practice nurses."),
 ("P", "9.7", "Recommendation 6: the emergency department at Corsbrook General Hospital should audit its "
  "compliance with the guidance on brief resolved unexplained events, including full undressing and the "
  "recording of who brought the baby."),
 ("P", "9.8", "Recommendation 7: the health visiting service should ensure that no family with a baby under one "
  "is left without a named health visitor for more than two working days."),
 ("P", "9.9", "Recommendation 8: all agencies should give every parent of a new baby the message about coping "
  "with crying, and record that both parents were spoken to."),
]

# Appendix A: chronology table rows (date, time, agency, event)
CHRONO = [
 ("01/09/2022", "-", "Caswell Bridge Medical Practice", "Pregnancy confirmed by GP1. Start of review period."),
 ("09/11/2022", "10.30", "Midwifery (England)", "Late booking at about 22 weeks with MW1; Mr H present; routine enquiry \"not asked - partner present\"."),
 ("03/01/2023", "-", "Glasnant Homes", "Family move to Heol Tanyrallt, Pontyfelin. Maternity care transfers to Teifion Valley UHB."),
 ("14/03/2023", "04.47", "Corsbrook General Hospital", "Baby G born at 36 weeks, 2,310 g. Two nights on neonatal unit."),
 ("17/03/2023", "-", "Corsbrook General Hospital", "Discharged home."),
 ("28/03/2023", "11.00", "Health visiting", "New birth visit by HV1. Crying leaflet given; discussion not recorded."),
 ("18/05/2023", "23.15", "Border Counties Police", "999 call from neighbour. PC1 attends 23.41 hrs. PPN graded standard; DASH declined."),
 ("22/05/2023", "-", "Children's Services (IAA)", "PPN received. Screened by SW1 on 24/05/2023."),
 ("25/05/2023", "-", "Children's Services (IAA)", "TM1 agrees no further action; advice letter to Ms G."),
 ("26/05/2023", "-", "Children's Services (IAA)", "PPN emailed to generic health visiting inbox; read 09/06/2023."),
 ("13/06/2023", "09.40", "Caswell Bridge Medical Practice", "Immunisations by PN1. 1 cm bruise on left cheek; \"?dummy clip\". No referral."),
 ("30/06/2023", "-", "Health visiting", "HV1 begins maternity leave. No named health visitor until 10/07/2023."),
 ("04/07/2023", "21.50", "Corsbrook General Hospital ED", "Brought by Mr H: \"gone floppy and pale\". Triage 22.05; seen by Dr E 23.20."),
 ("05/07/2023", "01.30", "Corsbrook General Hospital ED", "Discharged with reflux advice. Letter to GP arrives 12/07/2023."),
 ("19/07/2023", "14.15", "Health visiting", "Clinic contact with HV2. Weight just below 9th centile. Review planned in two weeks."),
 ("02/08/2023", "06.12", "Ambulance service", "999 call by Ms G. Crew on scene 06.21; at hospital 06.58. Safeguarding referral from crew."),
 ("02/08/2023", "15.00", "Police / Children's Services / Hospital", "Strategy discussion. Transfer to PICU, Severnbridge Children's Hospital."),
 ("04/08/2023", "-", "Severnbridge Children's Hospital", "Baby G dies, aged twenty weeks."),
]

# Executive summary (single column)
EXEC = [
 ("H", "Why this review was held"),
 ("P", "1", "This is a summary of the Extended Child Practice Review into the death of Baby G, a boy who died on "
  "4 August 2023 when he was twenty weeks old. It is written for practitioners, managers and members of the "
  "public who want the main learning without reading the full report."),
 ("P", "2", "Baby G was taken to hospital on 2 August 2023 after his mother rang 999. Doctors found bleeding "
  "around his brain and in his eyes, and older fractures to three of his ribs. His father was later convicted "
  "of manslaughter and sentenced to ten years and six months in prison."),
 ("P", "3", "The review was led by two independent reviewers, Meredith Yorath and Ifor Penhallow, and overseen "
  "by a panel chaired by Rhiannon Vell. About 19 practitioners and managers took part in a learning event in "
  "January 2024. The cost of the review, £18,400, was shared between the Board's statutory partners."),
 ("H", "What happened"),
 ("P", "4", "Baby G's mother was 19 and his father 24. They had moved from Caswell Bridge in England to a flat "
  "in Pontyfelin, on the Welsh side of the border, early in 2023, but kept their English GP practice. Baby G was "
  "born a month early, on 14 March 2023."),
 ("P", "5", "On 17 May 2023 police were called to the flat by a neighbour who heard shouting. The father had "
  "left. The mother would not answer the risk questions and the incident was graded as standard risk. "
  "Children's services decided, after one phone call to the mother, to send her a letter about support "
  "services. The health visitors were told late, and the GP practice was never told."),
 ("P", "6", "In June 2023 a practice nurse in England saw a bruise on Baby G's cheek while giving his "
  "vaccinations and accepted the mother's explanation. In early July his father took him to the emergency "
  "department, saying he had gone floppy; he was sent home in the early hours with advice about reflux. Later "
  "that month the health visitor saw that he was losing weight."),
 ("H", "What we learned"),
 ("P", "7", "No one ever saw the mother on her own, so she was never asked safely about domestic abuse. She "
  "told the reviewers that she would not have spoken in front of the father."),
 ("P", "8", "Information did not cross the border. Each agency knew part of the story; none knew all of it. The "
  "children's services system in Wales could not even record an English GP practice."),
 ("P", "9", "A bruise on a baby who cannot roll over is never normal and always needs a doctor's assessment "
  "the same day. Many practitioners at the learning event believed this applied only to newborn babies."),
 ("P", "10", "A busy emergency department, a gap of ten days with no named health visitor, and a police check "
  "that was not done all made it less likely that anyone would see the whole picture."),
 ("H", "What will change"),
 ("P", "11", "The Board has accepted eight recommendations. The most important are: time alone with every "
  "pregnant woman and new mother; a police check on every adult before a notice about a baby is graded; "
  "sharing notices about babies with English GP practices; a cross-border protocol with the neighbouring "
  "English partnership; and training on bruising for every clinician who sees babies."),
 ("P", "12", "Agencies will report their progress to the Board within six months of publication. A short "
  "briefing for frontline staff will be issued with this summary, and the Board will hold two "
  "practitioner workshops on the review in the winter of 2025."),
]
