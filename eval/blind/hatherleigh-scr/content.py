# -*- coding: utf-8 -*-
"""Text of the FICTIONAL Hatherleigh SCR (Child W): overview report and executive summary.

Everything here is invented: the Board, the family, every practitioner and role code, every
agency, place, date and event.

Block markup (blocks are separated by blank lines; lines inside a block are joined):
    # N Title          numbered section heading (contents level 0)
    ## Title           sub-heading (contents level 1)
    1.4 text           numbered paragraph (overview), hanging number
    P12 text           numbered paragraph (executive summary), printed as "12"
    (a) text           lettered sub-point
    * text             bullet
    !text              table caption
    @roles @agencies @chronology @newpage
    **bold** inside a paragraph is rendered bold.
"""

TITLE = "Serious Case Review: Child W"
BOARD = "Hatherleigh Local Safeguarding Children Board"
FICT = "FICTIONAL - an invented case written for evaluation. All people, places and agencies are fictional."

# ---------------------------------------------------------------- role codes (Table 1)
ROLES = [
    ("SW1", "Social worker, Referral and Assessment Team, Children's Social Care (initial assessment, November 2008)"),
    ("SW2", "Social worker, Referral and Assessment Team (initial assessment, February 2009; section 47 enquiry, June 2009)"),
    ("SW3", "Social worker, Safeguarding and Family Support Team; key worker from July 2009 to January 2010"),
    ("SW4", "Agency (locum) social worker covering SW3's caseload, October to November 2009"),
    ("TM1", "Team manager, Referral and Assessment Team"),
    ("TM2", "Team manager, Safeguarding and Family Support Team"),
    ("EDT1", "Social worker, out-of-hours Emergency Duty Team"),
    ("CC1", "Child protection conference chair (initial conference, July 2009)"),
    ("CC2", "Child protection conference chair (review conference, September 2009)"),
    ("HV1", "Health visitor, Hatherleigh Community Health Services (to August 2009)"),
    ("HV2", "Health visitor, Hatherleigh Community Health Services (from September 2009)"),
    ("PLHV1", "Paediatric liaison health visitor, St Aldhelm's Hospital"),
    ("GP1", "General practitioner, Orchard Street Surgery, Wrenford"),
    ("ED1", "Senior house officer, Emergency Department, St Aldhelm's Hospital"),
    ("ED2", "Consultant in emergency medicine, St Aldhelm's Hospital"),
    ("PAED1", "Consultant paediatrician, Child Development Centre, St Aldhelm's Hospital"),
    ("PC1", "Police constable, response team, Hatherleigh Constabulary"),
    ("DS1", "Detective sergeant, Child Abuse Investigation Unit, Hatherleigh Constabulary"),
    ("PO1", "Probation officer, Brackenshire Probation Trust"),
    ("NM1", "Nursery manager, Thornfield Children's Centre"),
    ("NN1", "Nursery nurse and key person for Child W, Thornfield Children's Centre"),
    ("FSW1", "Family support worker, Thornfield Children's Centre (lead professional under the CAF)"),
    ("TA1", "Teaching assistant, Kingsmead Primary School"),
    ("DT1", "Designated teacher for child protection, Kingsmead Primary School"),
    ("HO1", "Housing officer, Hatherleigh Homes"),
]

# ---------------------------------------------------------------- agencies (Table 2)
AGENCIES = [
    ("Hatherleigh County Council Children's Social Care",
     "Contact Centre; Referral and Assessment Team; Safeguarding and Family Support Team; Emergency Duty Team; child protection conference service",
     "IMR", "Head of Quality Assurance"),
    ("Hatherleigh Community Health Services (provider arm of Hatherleigh Primary Care Trust)",
     "Health visiting", "IMR", "Named nurse for safeguarding children"),
    ("Orchard Street Surgery, Wrenford", "General practice", "IMR", "Named GP for Hatherleigh PCT"),
    ("St Aldhelm's Hospital NHS Foundation Trust",
     "Emergency Department; Child Development Centre; paediatric liaison", "IMR",
     "Named doctor for safeguarding children"),
    ("Hatherleigh Constabulary", "Response policing; Child Abuse Investigation Unit", "IMR",
     "Detective inspector, Public Protection Review Unit"),
    ("Thornfield Children's Centre", "Nursery; family support", "IMR", "Children's centre manager"),
    ("Kingsmead Primary School, Wrenford", "Education of Sibling 1", "IMR",
     "Education safeguarding adviser"),
    ("Hatherleigh Homes", "Housing association landlord", "IMR", "Tenancy services manager"),
    ("West Vale Ambulance Service NHS Trust", "Emergency ambulance response, 21 February 2010",
     "Information report", "Safeguarding lead"),
    ("Brackenshire Probation Trust", "Supervision of Mr T's community order, 2007 to 2009",
     "Information report", "Senior probation officer"),
]

# ---------------------------------------------------------------- chronology (Table 3)
CHRONO = [
    ("12/06/2008", "-", "Hatherleigh Homes", "Tenancy of a two-bedroom flat on the Calder Moss estate, Wrenford, begins. Ms N is sole tenant; household listed as Ms N, Sibling 1 and Child W."),
    ("22/07/2008", "10:30", "Health visiting", "HV1 transfer-in visit. Child W's development within normal limits. Ms N mentions a \"new friend\" who helps with the children. No concerns recorded."),
    ("03/09/2008", "-", "Thornfield Children's Centre", "Child W starts at the nursery for three sessions a week. NN1 allocated as her key person."),
    ("14/11/2008", "09:20", "Thornfield Children's Centre", "NN1 notes a bruise to Child W's left cheek at drop-off. Ms N says she fell against a coffee table. Existing injury form completed."),
    ("14/11/2008", "14:35", "Thornfield / CSC", "NM1 telephones the Contact Centre. Referral accepted for initial assessment."),
    ("17/11/2008", "-", "Thornfield Children's Centre", "Written referral faxed to the Contact Centre."),
    ("18/11/2008", "11:00", "CSC", "SW1 home visit. A man present is introduced as \"a friend who helps out\"; his name is not recorded. Bruise fading."),
    ("25/11/2008", "-", "CSC", "Initial assessment completed by SW1: no further action, endorsed by TM1."),
    ("02/02/2009", "23:10", "Police", "Neighbour reports shouting and breaking glass at the flat."),
    ("02/02/2009", "23:24", "Police", "PC1 and a colleague attend. Ms N has a cut lip. Mr T arrested for assault. Risk graded \"standard\". Children said to be asleep."),
    ("03/02/2009", "-", "Police", "Mr T released without charge after Ms N declines to make a statement."),
    ("05/02/2009", "-", "Police / CSC", "Domestic abuse notification faxed to the Contact Centre."),
    ("09/02/2009", "10:00", "CSC", "SW2 announced home visit. Ms N says Mr T has moved to his brother's home in Brackenshire."),
    ("03/03/2009", "-", "CSC", "Case closed. Letter to Ms N with advice about domestic abuse services."),
    ("March 2009", "-", "Brackenshire Probation Trust", "Mr T's community order ends. He attended 9 of the 27 IDAP sessions."),
    ("21/04/2009", "19:40", "St Aldhelm's Hospital ED", "Child W brought by Ms N and Mr T with a burn to the right palm and fingers: \"grabbed hair straighteners\". Triaged at 19:55."),
    ("21/04/2009", "21:05", "St Aldhelm's Hospital ED", "Seen by ED1. Explanation accepted; under-fives safeguarding checklist not completed. Discharged at 22:15."),
    ("28/04/2009", "-", "Paediatric liaison", "PLHV1 faxes notification of the attendance to the health visiting team."),
    ("12/05/2009", "-", "Health visiting", "Notification filed by an administrator. HV1 on annual leave."),
    ("06/06/2009", "10:50", "GP", "Mrs N brings Child W to the Saturday surgery: bruising to both ears and behind the left ear. Said to have fallen from a trampoline."),
    ("08/06/2009", "-", "GP", "GP1 writes a referral letter to CSC, addressed to SW1."),
    ("15/06/2009", "-", "CSC", "GP1's letter reaches the Contact Centre."),
    ("16/06/2009", "10:15", "CSC / Police", "Telephone strategy discussion between TM1 and DS1. No health participant. Section 47 enquiry and medical agreed."),
    ("16/06/2009", "15:00", "CSC / Police", "Joint home visit by SW2 and DS1. Fading bruises seen on both ears."),
    ("17/06/2009", "14:30", "St Aldhelm's Hospital CDC", "Child protection medical by PAED1: bruising \"highly suggestive of non-accidental injury\". Skeletal survey recommended."),
    ("18/06/2009", "-", "CSC", "Written agreement signed by Ms N and Mr T: no unsupervised care of the children by Mr T."),
    ("19/06/2009", "-", "St Aldhelm's Hospital", "Child W not brought for the skeletal survey. Not rebooked."),
    ("01/07/2009", "10:00", "Child protection conference", "Initial conference chaired by CC1. Child W: plan under physical abuse. Sibling 1: plan under emotional abuse."),
    ("06/07/2009", "-", "CSC", "Case transferred to the Safeguarding and Family Support Team. SW3 becomes key worker."),
    ("15/07/2009", "-", "Core group", "First core group meeting."),
    ("26/08/2009", "-", "Core group", "Second core group meeting. No health visitor present."),
    ("01/09/2009", "-", "Health visiting", "HV2 allocated after HV1 leaves the service."),
    ("10/09/2009", "16:15", "CSC", "SW3 home visit. Mr T present, said to be mending the washing machine."),
    ("23/09/2009", "13:30", "Child protection conference", "First review conference chaired by CC2. Both plans ended; children to be supported as children in need. No police attendance or report."),
    ("12/10/2009", "-", "CSC", "SW3 begins sick leave (returns 13/11/2009). SW4 covers the case."),
    ("10/11/2009", "16:05", "CSC", "SW4 unannounced visit. No answer, television heard. Card left."),
    ("02/12/2009", "11:15", "Health visiting", "HV2 visit for overdue two-year review. Mr T opens the door. Child W quiet and withdrawn; weight just above the 9th centile."),
    ("03/12/2009", "-", "Health visiting", "HV2 emails SW3 about Mr T's presence and Child W's weight."),
    ("07/12/2009", "-", "CSC", "SW3 reads the email and telephones Ms N."),
    ("17/12/2009", "-", "CSC", "Child in need review. Step-down to the CAF agreed; FSW1 to be lead professional."),
    ("19/12/2009", "18:40", "Emergency Duty Team", "Mrs N telephones EDT: her daughter is \"frightened of him\" and Child W has been seen with \"a black eye\"."),
    ("21/12/2009", "08:55", "EDT / CSC", "EDT1 emails the Contact Centre. Logged as \"information for allocated worker\"."),
    ("08/01/2010", "14:10", "Kingsmead Primary School", "Sibling 1 tells TA1 that Child W \"got smacked\". Cause for concern form passed to DT1."),
    ("08/01/2010", "15:15", "Kingsmead Primary School", "DT1 speaks to Ms N at collection. No referral made."),
    ("13/01/2010", "-", "Hatherleigh Homes", "HO1 sends a warning letter about neighbours' complaints of shouting and banging (the third complaint since October 2009)."),
    ("14/01/2010", "09:05", "Thornfield Children's Centre", "NN1 notes a bruise to Child W's forehead (\"walked into a door\"). Not discussed; NM1 on leave."),
    ("28/01/2010", "-", "CSC", "Child in need case closed by TM2."),
    ("04/02/2010", "-", "Thornfield Children's Centre", "CAF meeting does not go ahead; Ms N does not attend. Rearranged for 25/02/2010."),
    ("12/02/2010", "-", "Thornfield Children's Centre", "Child W's last nursery session: \"tired and clingy\"."),
    ("21/02/2010", "07:52", "Ambulance", "999 call from Mr T: Child W \"not breathing\"."),
    ("21/02/2010", "08:01", "Ambulance", "Crew arrive at the flat and start resuscitation. Leave for hospital at 08:19."),
    ("21/02/2010", "08:34", "St Aldhelm's Hospital ED", "Arrival at the Emergency Department. Resuscitation continued by a team led by ED2."),
    ("21/02/2010", "09:12", "St Aldhelm's Hospital ED", "Child W pronounced dead."),
    ("21/02/2010", "14:00", "Police / CSC", "Strategy meeting. Mr T and Ms N arrested. Sibling 1 placed with Mrs N."),
]

# ---------------------------------------------------------------- overview report
OVERVIEW = r"""
# 1 Introduction

1.1 This is the overview report of a Serious Case Review (SCR) commissioned by Hatherleigh Local Safeguarding Children Board (the Board) after the death of a child who is referred to in this report as Child W. Child W was a girl aged three years and two months. She died at St Aldhelm's Hospital, Wrenford, on 21 February 2010.

1.2 At 7.52am that morning Mr T, the partner of Child W's mother, made a 999 call to say that Child W was "not breathing". A crew from West Vale Ambulance Service reached the family's flat at 8.01am and took her to the Emergency Department of St Aldhelm's Hospital, where she was pronounced dead at 9.12am after attempts at resuscitation had failed.

1.3 A post-mortem examination was carried out on 23 February 2010. The pathologist gave the cause of death as blunt force abdominal injury, with a laceration of the liver. The pathologist also recorded fourteen bruises of differing ages to Child W's face, arms, back and legs, and healing fractures of three ribs which were thought to be between two and four weeks old.

1.4 Mr T was charged with murder on 24 February 2010, and Ms N, Child W's mother, was charged with causing or allowing the death of a child. The criminal trial ended at Wrenford Crown Court on 15 October 2010, when Mr T was convicted of murder and Ms N was convicted of causing or allowing the death of a child.

1.5 Child W's half-brother, who is referred to as Sibling 1, was six years old at the time. He was made the subject of an interim care order on 26 February 2010 and was placed with his maternal grandmother, Mrs N.

## Decision to undertake the review

1.6 The Board's Serious Case Review Sub-Committee met on 2 March 2010. It recommended that the criteria in chapter 8 of Working Together to Safeguard Children (2010) were met, because Child W had died, abuse was known or suspected to be a factor in her death, and there was cause for concern about the way in which agencies had worked together to safeguard her. The independent chair of the Board, Gillian Tresham, accepted the recommendation and commissioned the review on 4 March 2010. Ofsted had been notified of Child W's death on 22 February 2010.

1.7 The purpose of a serious case review is to establish whether there are lessons to be learned from the case about the way in which local professionals and organisations work individually and together to safeguard and promote the welfare of children; to identify clearly what those lessons are, how they will be acted on and what is expected to change as a result; and so to improve inter-agency working and better safeguard children. It is not the purpose of this review to apportion blame, or to establish how Child W died, which are matters for the criminal court and the coroner.

1.8 Working Together expects an SCR to be completed within six months of the decision to hold it. Because of the criminal proceedings, the Board agreed an extended timescale with Ofsted so that key practitioners could be interviewed after the trial. The overview report was presented to the Board on 18 November 2010.

# 2 Terms of reference and method

2.1 The review panel was chaired by Martin Colvey, an independent consultant and a former assistant director of children's services in another region, who has had no involvement with any Hatherleigh agency. This overview report was written by Alison Threlkeld, an independent social work consultant. Neither of them has been employed by any agency in Hatherleigh.

2.2 The panel was made up of senior managers from Children's Social Care, Hatherleigh Community Health Services, St Aldhelm's Hospital NHS Foundation Trust, Hatherleigh Constabulary, the Education Service and Hatherleigh Homes, together with the designated doctor and the designated nurse for safeguarding children and the Board's business manager. The panel met on seven occasions between 29 March 2010 and 6 October 2010.

2.3 The period under review runs from 1 June 2008, shortly before the family moved into Hatherleigh, to 21 February 2010, the date of Child W's death. Agencies were also asked to summarise any relevant earlier involvement, including Mr T's history in Brackenshire.

2.4 The terms of reference asked the panel to consider in particular:

(a) what each agency knew about Mr T, and whether checks were made about him;

(b) how injuries to Child W were recognised, explained and responded to;

(c) the quality and timeliness of information sharing between agencies, including the notification of domestic abuse incidents;

(d) the conduct of the section 47 enquiry and the child protection medical in June 2009;

(e) the decision to end the child protection plans in September 2009;

(f) the management of transfers between workers, teams and services;

(g) whether the wishes and feelings of the two children were sought and heard;

(h) the effectiveness of supervision and management oversight.

2.5 Eight agencies provided individual management reviews (IMRs), each written by a senior officer with no line management responsibility for the practitioners concerned. West Vale Ambulance Service NHS Trust and Brackenshire Probation Trust provided information reports. Between them the eight IMRs made 38 single-agency recommendations, which are being monitored by the Board.

2.6 The overview author also read the combined agency chronology, which records 71 contacts between agencies and the family during the period under review, and interviewed 17 practitioners and managers, jointly with the IMR authors wherever possible.

2.7 Mrs N met the overview author at her home on 9 September 2010, and her views are reflected in paragraphs 4.6 and 7.5. Ms N declined, through her solicitor, to take part in the review. Mr T did not reply to a letter sent to him in prison after the trial. Sibling 1 was not approached, on the advice of his social worker and his therapist.

2.8 Some practitioners could not be interviewed until after the trial ended on 15 October 2010. GP1 had retired before the review began and provided a written account instead of an interview. The panel is satisfied that these limits have not affected its findings.

# 3 People and agencies referred to in this report

3.1 To protect the anonymity of Child W and her family, family members are referred to by letters that do not correspond to their real names, and practitioners by the role codes in Table 1. The review chair, the overview author and the Board chair are named because of their roles in the review.

!Table 1: Key to role codes

@roles

3.2 Table 2 lists the agencies that contributed to the review and the form of their contribution.

!Table 2: Agencies involved and contributions to the review

@agencies

# 4 Family background

4.1 Child W lived with her mother, Ms N, who was 24 years old in February 2010, and with her half-brother, Sibling 1. Child W's father, Mr C, had separated from Ms N before the family moved and had no contact with Child W during the period under review. Sibling 1's father has had no involvement with him since he was a baby.

4.2 The family moved from Brackenshire to Wrenford in June 2008. Ms N took a tenancy from Hatherleigh Homes of a two-bedroom flat on the Calder Moss estate, starting on 12 June 2008. She told the health visitor that she had moved to be nearer her own mother, Mrs N, who lives on the other side of Wrenford.

4.3 Mr T, who was 29 when Child W died, had known Ms N in Brackenshire. He began to live at the flat from about October 2008, although the extent to which he lived there was never clear to agencies and was repeatedly played down by both adults. He was never a tenant and was never registered with a local GP.

4.4 Mr T had convictions in Brackenshire for assault occasioning actual bodily harm against a former partner in 2005 and for common assault in 2007. For the second offence he was made subject to a 12-month community order with a supervision requirement and a requirement to attend the Integrated Domestic Abuse Programme (IDAP). Brackenshire Probation Trust's information report shows that he attended 9 of the 27 programme sessions, and the order ended in March 2009 before breach proceedings were completed. PO1 did not know that Mr T had moved in with a woman with young children in another county, and no agency in Hatherleigh contacted Brackenshire Probation Trust at any point.

4.5 Child W was born on 11 December 2006 in Brackenshire. Nursery staff described her as a "bright, busy little girl" whose speech was good for her age, but from the autumn of 2009 they described her as "quiet" and "watchful". Sibling 1 attended Kingsmead Primary School in Wrenford from September 2008.

4.6 Mrs N told the overview author that she had "never liked" Mr T, that her daughter was "frightened of him", and that she felt that "nobody took any notice" when she telephoned social services in December 2009. She said that Child W "used to run to me and not want to go home".

4.7 The family are white British and English is their first language. No disability or health condition affecting either child was identified, and no issue of culture, religion or language was found to have affected the agencies' responses.

# 5 Summary chronology

5.1 Table 3 summarises the key events. It is drawn from the combined agency chronology and does not list every contact. Dates are given in the form dd/mm/yyyy and times in the 24-hour clock as recorded by the agency concerned; elsewhere in this report times are given in the form used in the agencies' narrative records.

!Table 3: Summary chronology of key events, June 2008 to February 2010

@chronology

# 6 Analysis of agency involvement

6.1 This section considers practice in seven key episodes. Each is described and then analysed against the terms of reference. The panel has tried throughout to judge decisions by what was known, or could reasonably have been known, at the time, and not with hindsight.

## Episode 1: the bruise of November 2008

6.2 On 14 November 2008 NN1, Child W's key person at the Thornfield Children's Centre nursery, noticed a bruise about the size of a 50p coin on Child W's left cheek when she arrived at 9.20am. Ms N said that Child W had fallen against a coffee table. NN1 recorded the bruise on the nursery's existing injury form and told NM1, who telephoned the Contact Centre at 2.35pm after taking advice from the children's centre's safeguarding adviser. NM1 confirmed the referral in writing by fax on 17 November 2008.

6.3 SW1 carried out an initial assessment and visited the flat at 11.00am on 18 November 2008. A man was present whom Ms N introduced as "a friend who helps out". SW1 did not record his name, did not ask whether he lived there and did not seek any checks on him. SW1 found the explanation for the bruise plausible, noted that the flat was clean and that Child W appeared well, and completed the initial assessment on 25 November 2008 with a recommendation of no further action, which TM1 endorsed.

6.4 The decision to take no further action was not unreasonable on the information that SW1 gathered, but that information was too narrow. The man in the flat was Mr T. Had his identity been established, a police check would have shown convictions for violence against a former partner. This is the first of several occasions on which Mr T was present but remained, in the phrase used in national analyses of serious case reviews, an "invisible man" to professionals.

## Episode 2: the domestic abuse incident of February 2009

6.5 At 11.10pm on 2 February 2009 a neighbour called the police to report shouting and the sound of breaking glass at the flat. PC1 and a colleague arrived at 11.24pm. Ms N had a cut lip and said that she and Mr T had argued about money. Both children were said to be asleep; PC1 looked into their bedroom but did not speak to either child. Mr T was arrested for assault and was released without charge the next day after Ms N declined to make a statement.

6.6 PC1 completed a domestic abuse risk assessment and graded the risk as "standard". The police IMR author considers that, given Mr T's previous convictions for violence against a former partner, which were held on the Police National Computer, the risk should have been graded at least "medium". PC1 did not check Mr T's history because the check was not then a mandatory part of the form. The notification to Children's Social Care was faxed on 5 February 2009, three days after the incident, when force policy required notification by the end of the next working day.

6.7 SW2 undertook an initial assessment and made an announced visit on 9 February 2009. Ms N told SW2 that Mr T had moved out to stay with his brother in Brackenshire. SW2 did not speak to Sibling 1 alone, did not contact the school or the nursery and did not ask the police about Mr T's history. The case was closed on 3 March 2009 with a letter to Ms N giving advice about local domestic abuse services.

6.8 The November 2008 referral was on the file, but SW2 did not connect the "friend who helps out" with Mr T. Each contact was treated as a fresh start rather than as part of a developing picture. The panel regards the reliance on an announced visit and on Ms N's own account of Mr T's departure as the central weakness of this assessment.

## Episode 3: the burn of April 2009

6.9 Child W was brought to the Emergency Department of St Aldhelm's Hospital at 7.40pm on 21 April 2009 by Ms N and Mr T with a burn to her right palm and fingers. Ms N said that Child W had grabbed a pair of hair straighteners that had been left on the floor. Child W was triaged at 7.55pm, seen by ED1 at 9.05pm and discharged at 10.15pm with a dressing and advice.

6.10 ED1 recorded that the explanation was consistent with the injury and did not complete the department's safeguarding checklist for children under five, which was then a paper form kept at the nurses' station. ED1 recorded "mum's boyfriend present" but not his name. The attendance was notified to PLHV1 in the usual way, and PLHV1 faxed a notification to the health visiting team on 28 April 2009. An administrator filed it in Child W's records on 12 May 2009; HV1 was on annual leave and did not see it until July 2009.

6.11 A contact burn to the palm can be accidental, and ED1 had no access to the records of Children's Social Care. The learning for the hospital is that its checklist exists precisely to prompt the questions that a busy clinician may not ask: who was supervising the child, who is the adult present, and is the family known to other agencies.

## Episode 4: bruising to the ears and the section 47 enquiry, June 2009

6.12 On 6 June 2009 Mrs N, who was looking after Child W for the day, brought her to the Saturday morning surgery at Orchard Street Surgery at 10.50am because she had noticed bruising to both of her ears. GP1 found bruising to the tops of both ears and a bruise behind the left ear. Mrs N said that Ms N had told her that Child W had fallen off a trampoline at a friend's house.

6.13 GP1 was concerned and wrote a referral letter to Children's Social Care dated 8 June 2009. The letter was addressed to SW1, whose name GP1 had from the November 2008 assessment, but SW1 had left the authority in March 2009. The letter lay unopened in SW1's former tray until it was redirected to the Contact Centre, which received it on 15 June 2009, seven days after it was written. GP1 did not telephone.

6.14 TM1 and DS1 held a strategy discussion by telephone at 10.15am on 16 June 2009. No health professional took part, contrary to the Board's procedures, and the discussion was not recorded on the strategy discussion template. It was agreed that SW2 and DS1 would visit jointly and that Child W should have a child protection medical. SW2 and DS1 visited at 3.00pm the same day.

6.15 PAED1 examined Child W at 2.30pm on 17 June 2009 at the Child Development Centre at St Aldhelm's Hospital. PAED1 found that the bruising to both ears, together with fingertip-pattern bruises to the left upper arm, was "highly suggestive of non-accidental injury", and recommended a skeletal survey. The survey was booked for 19 June 2009. Ms N did not bring Child W to the appointment, and the survey was never rebooked. No agency noticed that it had not taken place until this review.

6.16 On 18 June 2009 Ms N and Mr T signed a written agreement that Mr T would not have unsupervised care of either child. Written agreements of this kind offer little protection, and no professional ever checked whether this one was kept.

6.17 Three features of this episode stand out. First, a GP who was worried enough to refer chose to write rather than telephone. Second, because health was left out of the strategy discussion, PAED1's request for a skeletal survey had no owner among the agencies conducting the enquiry. Third, the hospital did not follow up the missed appointment because its "was not brought" policy did not then apply to skeletal surveys. It cannot be known whether a survey in June 2009 would have found any injury.

## Episode 5: the child protection plans, July to September 2009

6.18 The initial child protection conference was held at 10.00am on 1 July 2009 at Wrenford Civic Centre and was chaired by CC1. Child W became the subject of a child protection plan under the category of physical abuse, and Sibling 1 under the category of emotional abuse. DS1 told the conference about Mr T's previous convictions, but the conference did not learn of his poor attendance at the IDAP programme, because nobody asked Brackenshire Probation Trust.

6.19 Mr T was not invited to the conference because he was said not to be part of the household. The plan relied heavily on the written agreement of 18 June 2009 and on Ms N's account that she had ended the relationship. The plan set seven outcomes for the children.

6.20 SW3 of the Safeguarding and Family Support Team became the key worker on 6 July 2009. Core group meetings were held on 15 July 2009 and 26 August 2009. HV1 left the service at the end of August 2009 and HV2 was allocated on 1 September 2009, but HV2 received only a short handover letter and was not told the date of the next core group meeting.

6.21 SW3 made a home visit at 4.15pm on 10 September 2009 and found Mr T in the flat. Ms N said that he had called round to mend the washing machine. SW3 recorded this in the case notes but did not discuss it with TM2 or raise it with the core group.

## Episode 6: ending the plans, September 2009

6.22 The first review child protection conference was held at 1.30pm on 23 September 2009 and was chaired by CC2. SW3's report to the conference stated that Mr T "has had no contact with the family since June". The police neither attended nor sent a report. NM1 told the conference that Child W's attendance at nursery had fallen from 87% in the summer term to 52% in September, and said that she was "not comfortable" with ending the plan.

6.23 CC2 decided that neither child any longer needed a child protection plan and that both should be supported as children in need. NM1's reservations were recorded in the minutes, but not as a formal dissent, and the decision was not challenged under the Board's escalation procedure.

6.24 The panel considers this the pivotal decision in the case, and that the plans were ended prematurely. The decision was taken at the first review, less than three months after the plans were made; it rested on a report that was inaccurate about Mr T's contact with the family; there was no police information; the health visitor had not yet met the family; and only three of the seven outcomes in the plan had been achieved.

## Episode 7: the child in need period, closure and the final weeks

6.25 SW3 was on sick leave from 12 October to 13 November 2009, and SW4, an agency social worker, covered the case. SW4 made an unannounced visit at 4.05pm on 10 November 2009; there was no answer, although a television could be heard inside. SW4 left a card and did not return.

6.26 HV2 visited at 11.15am on 2 December 2009 to carry out Child W's overdue two-year developmental review. Mr T opened the door and said that he was "just visiting". HV2 found Child W "quiet and withdrawn" and noted that her weight had fallen from the 50th centile to just above the 9th centile. HV2 emailed SW3 the next day, 3 December 2009. SW3 was on a training course, read the email on 7 December 2009 and telephoned Ms N, who said that Mr T had only come to collect his belongings.

6.27 A child in need review meeting on 17 December 2009, attended by SW3, HV2, NM1 and Ms N, agreed that the case would "step down" to support under the Common Assessment Framework (CAF), with FSW1 as the lead professional. HV2's concerns were discussed but the decision was not revisited.

6.28 At 6.40pm on 19 December 2009 Mrs N telephoned the Emergency Duty Team. She told EDT1 that her daughter was "frightened of him" and that she had seen Child W with "a black eye". EDT1 recorded the call and emailed it to the Contact Centre at 8.55am on 21 December 2009. It was logged as "information for allocated worker", but SW3 was on leave over Christmas and the information was not read before the case was closed.

6.29 At 2.10pm on 8 January 2010 Sibling 1 told TA1, during a lesson, that Child W "got smacked because she wet the bed". TA1 completed a cause for concern form and passed it to DT1, who spoke to Ms N when she collected Sibling 1 at 3.15pm. Ms N said that Sibling 1 had "been watching too much telly", and DT1 made no referral.

6.30 On 13 January 2010 HO1 wrote to Ms N to warn her about complaints from neighbours of "shouting and banging" at the flat, the third such complaint since October 2009. Hatherleigh Homes did not share the complaints with any other agency, and HO1 did not know that the children had been subject to child protection plans.

6.31 At 9.05am on 14 January 2010 NN1 noticed a bruise on Child W's forehead. Ms N said that Child W had walked into a door. NN1 recorded the bruise on the existing injury form but, because NM1 was on leave, did not discuss it with anyone and did not tell FSW1.

6.32 TM2 closed the child in need case on 28 January 2010, recording that the family's needs could be met through the CAF. The closure summary did not mention the call to the Emergency Duty Team, the school's concern of 8 January or the nursery's record of 14 January, none of which was known to TM2.

6.33 The first CAF meeting, arranged at Thornfield Children's Centre for 4 February 2010, did not take place because Ms N did not attend, and it was rearranged for 25 February 2010. Child W attended nursery for the last time on 12 February 2010, when NN1 recorded that she was "tired and clingy". The nursery was closed for half-term the following week. No professional saw Child W again before her death.

# 7 Findings

7.1 The panel has considered whether Child W's death could have been predicted or prevented. It has concluded that the fatal assault could not have been predicted by any professional from the information available at the time. It has also concluded, however, that there were missed opportunities which, had they been taken, might have protected Child W, and that her death might have been prevented.

7.2 The panel's key findings are:

(a) Mr T was present throughout the period under review but was never properly identified, checked or assessed;

(b) explanations of injuries to Child W were accepted without challenge on at least four occasions;

(c) important information was shared late or not at all, including the police notification, GP1's letter, the paediatric liaison notification, the call to the Emergency Duty Team, the school's concern and the housing complaints;

(d) health was left out of the strategy discussion, and the skeletal survey that PAED1 recommended was never carried out;

(e) the child protection plans were ended prematurely, on the basis of an inaccurate report;

(f) transfers between workers, teams and services lost information;

(g) the children's voices were not heard: no social worker spoke to Sibling 1 alone, and the change in Child W's presentation was not explored;

(h) management oversight did not test the evidence on which key decisions were based.

7.3 The most important single finding concerns Mr T. Between October 2008 and February 2010 he was seen or mentioned by professionals on at least eight occasions, yet no agency established his identity and history and shared it until June 2009, and no agency asked Brackenshire Probation Trust about him at all. Both adults minimised his presence, and professionals accepted their accounts. The pattern of apparent cooperation with plans while the risk continued is sometimes described as disguised compliance.

7.4 No practitioner used the Board's procedure for resolving professional disagreements, although NM1 in September 2009 and HV2 in December 2009 both disagreed with the direction of the case. Practitioners told the overview author that they saw the procedure as "for managers" and did not feel able to use it.

7.5 Mrs N knew a great deal about the risks to her grandchildren. She brought Child W to the GP in June 2009 and telephoned the Emergency Duty Team in December 2009, yet she was never spoken to as part of any assessment. The panel finds that the knowledge of wider family members was not sought and, when offered, was not acted on.

7.6 The panel also found good practice. NM1's referral in November 2008 was prompt and clear; PAED1's assessment was thorough and well recorded; HV2's email of 3 December 2009 was an appropriate and timely sharing of concern; and the ambulance crew and the hospital team led by ED2 responded to Child W's collapse quickly and with great care.

7.7 The organisational context is relevant. In 2009 the vacancy rate for qualified social workers in the Referral and Assessment Team was 28%, and SW3 was responsible for 24 children against the authority's guideline of 18. These pressures help to explain some of the shortcomings in this case, but they do not explain all of them.

# 8 Lessons learned

8.1 The panel has identified the following lessons for the Board and its partner agencies:

* every assessment must establish who lives in the household and who visits it, and must check the history of any adult in a caring role, including with agencies in other areas;

* injuries to pre-school children need an explanation that is tested, not simply recorded, and repeated minor injuries must be seen as a pattern;

* domestic abuse notifications must reach Children's Social Care promptly and must include what is known of the perpetrator;

* health professionals must take part in every strategy discussion, and every action arising from a child protection medical needs a named owner;

* a review conference should not end a plan unless it has reports from all the core agencies and evidence that the outcomes of the plan have been met;

* information is at its most vulnerable when a case moves between workers, teams or services;

* relatives who raise concerns are a source of knowledge and must be listened to;

* universal services such as nurseries, schools and housing providers hold important information, and need support and confidence to share it.

8.2 These lessons are not new. Many of them have been identified in national analyses of serious case reviews. The challenge for the Board is to make sure that they change day-to-day practice.

# 9 Recommendations

9.1 The panel makes twelve recommendations to the Board. The single-agency recommendations are set out in the IMRs and the agencies' action plans and are not repeated here.

9.2 **Recommendation 1.** The Board should issue multi-agency guidance on identifying and assessing men and other adults in the household, including checks with police and probation services in other areas.

9.3 **Recommendation 2.** Hatherleigh Constabulary should ensure that domestic abuse notifications reach Children's Social Care within 24 hours, and that a check of the perpetrator's history is a mandatory part of every risk assessment.

9.4 **Recommendation 3.** Children's Social Care should ensure that health professionals take part in every strategy discussion and that the discussion is recorded on the Board's template. The Board should audit compliance within six months.

9.5 **Recommendation 4.** St Aldhelm's Hospital NHS Foundation Trust should extend its "was not brought" policy to skeletal surveys and all other investigations arising from child protection medicals, and should report missed appointments to Children's Social Care.

9.6 **Recommendation 5.** The conference service should ensure that no child protection plan is ended without reports from all core agencies, and that any disagreement is recorded as a formal dissent.

9.7 **Recommendation 6.** The Board should relaunch its procedure for resolving professional disagreements, with training for front-line practitioners as well as managers.

9.8 **Recommendation 7.** Hatherleigh Community Health Services should require a face-to-face handover between health visitors for every child who is the subject of a child protection plan or a child in need plan.

9.9 **Recommendation 8.** Children's Social Care should ensure that information received by the Emergency Duty Team reaches the allocated worker or team manager within one working day, and that no case is closed without a check of recent contact records.

9.10 **Recommendation 9.** Early years settings and schools should ensure that their designated person reviews all existing injury records and cause for concern forms at least weekly, so that patterns are recognised.

9.11 **Recommendation 10.** Hatherleigh Primary Care Trust should remind GPs that child protection referrals must be made by telephone and confirmed in writing within 48 hours.

9.12 **Recommendation 11.** Hatherleigh Homes should become a party to the Board's information-sharing protocol and should train its housing officers to recognise possible domestic abuse behind complaints of noise.

9.13 **Recommendation 12.** All agencies should seek the views of grandparents and other relatives who are closely involved with a child when assessing risk.

9.14 The Board should monitor the implementation of these recommendations through its Serious Case Review Sub-Committee and report on progress in its annual report.
"""

# ---------------------------------------------------------------- executive summary
EXEC = r"""
# Introduction

P1 This is the executive summary of the Serious Case Review that Hatherleigh Local Safeguarding Children Board carried out after the death of Child W, a girl of three, on 21 February 2010. It summarises the full overview report, which the Board received on 18 November 2010, and it has been written so that it can be published.

P2 Child W died at St Aldhelm's Hospital in Wrenford. Her mother's partner, Mr T, called an ambulance at 7.52am, and she was pronounced dead in the hospital's Emergency Department at 9.12am. The post-mortem examination found that she had died from blunt force injury to the abdomen. It also found twelve bruises of differing ages and healing fractures of three ribs.

P3 In October 2010, at Wrenford Crown Court, Mr T was convicted of Child W's murder, and her mother, Ms N, was convicted of causing or allowing the death of a child. Child W's half-brother, Sibling 1, has lived with his grandmother, Mrs N, since his sister's death; she has since been granted a special guardianship order.

# The review

P4 The Board's independent chair, Gillian Tresham, decided on 4 March 2010 that a serious case review should be held, on the recommendation of the Board's Serious Case Review Sub-Committee. The review panel was chaired by Martin Colvey, and the overview report was written by Alison Threlkeld. Both are independent of the agencies in Hatherleigh.

P5 The review covered the period from 1 June 2008 to 21 February 2010. The panel met seven times. Eight agencies wrote individual management reviews and two more supplied information reports. The overview author interviewed 17 practitioners and managers and met Mrs N. Ms N declined to take part, and Mr T did not respond.

P6 The terms of reference set eight lines of enquiry. They included what each agency knew about Mr T, how injuries to Child W were responded to, how quickly agencies shared information, the decision to end the child protection plans, the handling of transfers between workers and services, and whether the children's wishes and feelings were heard.

P7 The Board agreed a longer timescale than the usual six months with Ofsted, so that practitioners who were witnesses in the criminal trial could be interviewed after it had ended.

# The family

P8 Ms N moved with her two children from Brackenshire to a flat on the Calder Moss estate in Wrenford in June 2008, to be closer to her mother. Child W's father had no contact with her. From about October 2008 Ms N's partner, Mr T, lived at the flat for much of the time, although both adults told professionals again and again that he did not.

P9 Child W was born in December 2006. Her nursery described her as a bright and busy little girl, but by the autumn of 2009 staff saw her as quiet and watchful. Sibling 1 started at Kingsmead Primary School in Wrenford in September 2008.

P10 Mr T had been convicted in Brackenshire of violence against a former partner. At the time he moved to Wrenford he was subject to a community order that required him to attend a domestic abuse programme; he went to only 9 of its 27 sessions. No agency in Hatherleigh contacted the probation service in Brackenshire.

# What happened

P11 In November 2008 Child W's nursery at Thornfield Children's Centre saw a bruise on her cheek and referred her to Children's Social Care on the same day. A social worker (SW1) visited on 18 November 2008 and met a man described as "a friend who helps out". His name was not recorded. The case was closed on 25 November 2008.

P12 On 2 February 2009 the police were called to the flat late at night and arrested Mr T for assaulting Ms N. She would not make a statement and he was released. The police graded the risk as standard and told Children's Social Care three days later. A second social worker (SW2) visited by appointment and accepted Ms N's word that Mr T had moved away. The case was closed on 3 March 2009.

P13 On 21 April 2009 Child W was taken to the hospital's Emergency Department in the evening with a burn to her right hand, said to have been caused by hair straighteners. The doctor accepted the explanation. The hospital's safeguarding checklist for under-fives was not used.

P14 On 6 June 2009 Child W's grandmother took her to the GP with bruising to both ears. The GP (GP1) wrote to Children's Social Care, but the letter was addressed to a social worker who had left and took a week to arrive. A strategy discussion between Children's Social Care and the police took place on 16 June 2009 without any health professional.

P15 A consultant paediatrician (PAED1) examined Child W on 17 June 2009 and found that the bruising was highly suggestive of non-accidental injury. PAED1 recommended a skeletal survey. Child W was not brought to the appointment and the survey never took place.

P16 At an initial child protection conference on 1 July 2009 both children were made the subject of child protection plans: Child W for physical abuse and Sibling 1 for emotional abuse. Mr T and Ms N had signed a written agreement that Mr T would not look after the children alone. A new social worker, SW3, became the key worker.

P17 On 10 September 2009 SW3 found Mr T at the flat during a home visit, but did not tell her manager or the core group. At the first review conference, on 30 September 2009, SW3's report said that Mr T had had no contact with the family since June. The police did not attend. The nursery manager (NM1) said that she was not comfortable with ending the plans, and that Child W's attendance had dropped to 52%, but the chair (CC2) ended both plans.

P18 During the autumn the children were supported as children in need. A locum social worker (SW4) covered the case for a month and could get no answer on an unannounced visit. On 2 December 2009 the health visitor (HV2) found Mr T at the flat and Child W quiet and withdrawn, with a marked fall in her weight, and emailed SW3.

P19 On 17 December 2009 a child in need review decided to step the case down to support under the Common Assessment Framework. Two days later Mrs N telephoned the out-of-hours Emergency Duty Team to say that her daughter was frightened of Mr T and that Child W had had a black eye. The message was logged for the allocated worker but was never read.

P20 In January 2010 Sibling 1 told a teaching assistant at his school that Child W had been smacked; the school spoke to Ms N but did not refer. Hatherleigh Homes warned Ms N about neighbours' complaints of shouting and banging. On 14 January 2010 the nursery recorded a bruise on Child W's forehead, but did not pass the information on.

P21 Children's Social Care closed the case on 28 January 2010. None of the information from Mrs N, the school, the housing officer or the nursery had reached the team manager. Child W was last seen by a professional at nursery on 12 February 2010. She died nine days later.

P22 On the morning of Sunday 21 February 2010 the ambulance crew reached the flat at 8.01am, nine minutes after Mr T's call, and Child W arrived at St Aldhelm's Hospital at 8.34am. A team led by a consultant in emergency medicine (ED2) continued to try to resuscitate her, without success. Mr T and Ms N were arrested the same day and Sibling 1 went to stay with Mrs N.

# Findings

P23 The panel concluded that Child W's death could not have been predicted, but that there were missed opportunities to protect her and that her death might have been prevented.

P24 The main findings are that:

(a) Mr T, who posed a risk, was never properly identified or assessed, and no agency contacted Brackenshire Probation Trust;

(b) explanations of injuries were too readily accepted;

(c) information was shared late or not at all;

(d) health was left out of the strategy discussion, and the skeletal survey never took place;

(e) the child protection plans were ended too soon, on the basis of an inaccurate report;

(f) information was lost when the case moved between workers, teams and services;

(g) the children's own voices were not heard, and the concerns of their grandmother were not acted on.

P25 No practitioner used the Board's procedure for resolving professional disagreements, although the nursery manager in September 2009 and the health visitor in December 2009 both disagreed with the direction of the case. Practitioners told the review that they saw the procedure as something for managers.

P26 Child W's grandmother knew a great deal about the risks to her grandchildren. She took Child W to the GP in June 2009 and telephoned the Emergency Duty Team in December 2009, but no professional ever spoke to her as part of an assessment.

P27 The panel found good practice too, including the nursery manager's prompt referral in 2008, the paediatrician's thorough assessment and the health visitor's email in December 2009.

P28 Workload pressures in Children's Social Care at the time, including a vacancy rate of 28% in the Referral and Assessment Team, help to explain some of what happened, but the panel is clear that they do not explain all of it.

# Lessons

P29 The central lesson of this review is that professionals must always ask who lives in a household and who visits it, and must find out about the history of any adult caring for a child. The panel also emphasises that injuries to young children need to be tested and not simply recorded, and that relatives who raise concerns must be listened to.

P30 Information shared by nurseries, schools and housing providers matters. These services often see a child far more often than social workers and health professionals do, and they need the confidence to share what they see.

# Recommendations

P31 The overview report makes twelve recommendations to the Board. In summary, they ask the Board and its partners to:

* issue guidance on identifying and assessing men and other adults in the household, with checks in other areas;

* speed up domestic abuse notifications from the police;

* make sure that health professionals take part in every strategy discussion;

* follow up missed skeletal surveys and other investigations;

* end child protection plans only with reports from all core agencies;

* relaunch the procedure for resolving professional disagreements;

* improve handovers between health visitors, and between the Emergency Duty Team and daytime teams;

* involve housing providers and relatives more fully in safeguarding.

P32 The Board accepted all twelve recommendations at its meeting on 18 November 2010 and has agreed an action plan, which its Serious Case Review Sub-Committee will monitor. The overview report will be published in redacted form alongside this summary on 10 February 2011.

P33 The Board wishes to thank Mrs N for her contribution to the review. She told the overview author: "She was a lovely, happy little girl until he came along."
"""
