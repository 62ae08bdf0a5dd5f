# -*- coding: utf-8 -*-
"""Text of the FICTIONAL Fenwick Vale LSCB serious case review (Child C).

Everything here is invented: the borough, the agencies, the family, the
practitioners and the events.  Block mark-up used by build.py:

  ("h1", "4", "AGENCY INVOLVEMENT")   numbered capital heading, resets paragraph numbers
  ("h2", "Period 1: ...")             bold sub-heading at the text indent
  ("p", text, [extras])               auto-numbered paragraph (4.1, 4.2 ...) with the
                                      number hanging in the left margin; extras are
                                      ("a", "(a)", text) lettered sub-points,
                                      ("b", text) bullets, ("c", text) continuation text
  ("u", text)                         unnumbered text at the indent
  ("table", {...})                    bordered table (header row repeated on a new page)
  ("box", title, [("t", text) | ("b", text)])  shaded sidebar box
  ("pagebreak",)
  ("toc",)                            contents list (page numbers from a first pass)
  "{fn:...}" inside text              footnote, printed at the foot of the same page
"""

LSCB = "Fenwick Vale Local Safeguarding Children Board"
AUTHOR = "Graham Pelling"

# ---------------------------------------------------------------------------
# OVERVIEW REPORT
# ---------------------------------------------------------------------------

OVERVIEW_COVER = {
    "board": LSCB,
    "title": "SERIOUS CASE REVIEW",
    "child": "Child C",
    "doc": "OVERVIEW REPORT",
    "author": "Independent author: " + AUTHOR + " BA (Hons), CQSW",
    "date": "February 2011",
    "version": "Final version 5.0 \u2014 presented to the Board on 10 February 2011",
    "notice": ("This report is CONFIDENTIAL. It contains sensitive personal information and "
               "must not be copied or disclosed without the written permission of the Chair "
               "of Fenwick Vale LSCB. Executive summary published separately."),
    "fictional": "FICTIONAL \u2014 a practice document written for testing; all names, places and events are invented.",
}

KEY_ROWS = [
    ["Child C", "The subject of this review (born 9 May 2008, died 6 March 2010)", "\u2014"],
    ["Ms C", "Mother of Child C", "\u2014"],
    ["Mr D", "Father of Child C (not in the household after August 2008)", "\u2014"],
    ["Mr E", "Ms C\u2019s partner from mid-2009", "\u2014"],
    ["MGM", "Maternal grandmother of Child C", "\u2014"],
    ["MW1", "Community midwife", "FVGH maternity service"],
    ["PA1", "Leaving care personal adviser", "Kingsmead Leaving Care Service"],
    ["HV1", "Health visitor (to 31 August 2009)", "Community Health Services"],
    ["HV2", "Health visitor (from 5 October 2009)", "Community Health Services"],
    ["PLHV1", "Paediatric liaison health visitor", "Community Health Services"],
    ["ED1", "Senior house officer, Emergency Department", "FVGH"],
    ["Paed1", "Paediatric registrar", "FVGH"],
    ["CP1", "Consultant paediatrician", "FVGH"],
    ["RAD1", "Consultant radiologist", "FVGH"],
    ["GP1", "General practitioner", "Marlowe Road Medical Centre"],
    ["SW1", "Duty social worker, Referral and Assessment Team", "Children\u2019s Social Care"],
    ["SW2", "Allocated social worker from 9 December 2009", "Children\u2019s Social Care"],
    ["SW3", "Covering social worker, Children in Need Team", "Children\u2019s Social Care"],
    ["TM1", "Team manager, Referral and Assessment Team", "Children\u2019s Social Care"],
    ["CPC1", "Child protection conference chair", "Safeguarding and Quality Assurance"],
    ["PC1", "Detective constable, Child Abuse Investigation Team", "Northbank Police"],
    ["PC2", "Response officer (incident of 23 August 2008)", "Northbank Police"],
    ["PC3", "Response officer (incident of 14 November 2009)", "Northbank Police"],
    ["CCW1", "Family support worker", "Orchard Lane Children\u2019s Centre"],
    ["HO1", "Housing officer", "Fenwick Vale Homes"],
]

IMR_ROWS = [
    ["1", "Fenwick Vale Children\u2019s Services (Children\u2019s Social Care)",
     "Referral and Assessment Team; Children in Need Team; Emergency Duty Team; conference service",
     "Service Manager, Quality Assurance"],
    ["2", "Fenwick Vale Community Health Services",
     "Health visiting; paediatric liaison", "Named Nurse for Safeguarding Children"],
    ["3", "Fenwick Vale General Hospital NHS Foundation Trust (FVGH)",
     "Maternity; Emergency Department; paediatrics; radiology", "Named Doctor for Safeguarding Children"],
    ["4", "NHS Fenwick Vale (for Marlowe Road Medical Centre)",
     "General practice", "Named GP for Safeguarding"],
    ["5", "Northbank Police",
     "Child Abuse Investigation Team; Community Safety Unit; response officers", "Detective Inspector, Serious Case Review Team"],
    ["6", "Acorn Family Trust (Orchard Lane Children\u2019s Centre)",
     "Stay and Play; cr\u00e8che; family support", "Head of Children\u2019s Centre Services"],
    ["7", "Fenwick Vale Homes", "Tenancy management, Ledbury Estate", "Tenancy Services Manager"],
    ["8", "Kingsmead Borough Council", "Leaving Care Service", "Principal Officer, Leaving Care"],
]

CHRONO_ROWS = [
    ["14/11/2007", "FVGH maternity", "MW1",
     "Antenatal booking at 11 weeks. Ms C (18) discloses she is a care leaver. Vulnerability checklist scored 3; antenatal notification sent to health visiting on 03/01/2008."],
    ["January 2008", "FVGH maternity", "MW1", "Ms C does not attend antenatal clinic."],
    ["14/02/2008", "FVGH maternity", "MW1", "Second missed appointment; MW1 telephones Ms C, who attends on 21/02/2008."],
    ["February 2008", "Kingsmead LCS", "PA1", "PA1 helps Ms C apply to Fenwick Vale Homes for a tenancy."],
    ["9 May 08", "FVGH maternity", "\u2014", "Child C born at 38 weeks, weight 3.02 kg. Discharged home to MGM\u2019s address on 11 May 08."],
    ["21/05/2008", "Health visiting", "HV1", "New birth visit at MGM\u2019s home. Family assessed as Level 2 (additional support)."],
    ["July 2008", "Fenwick Vale Homes", "HO1", "Ms C signs a tenancy for a one-bedroom flat at 14 Harcourt House, Ledbury Estate."],
    ["23 Aug 08", "Police", "PC2", "Domestic incident at 02.15 hrs between Ms C and Mr D. Mr D arrested for criminal damage. Risk assessed as \u2018standard\u2019. CCPN form sent 26/08/2008."],
    ["29/08/2008", "CSC", "TM1", "CCPN screened; no further action. Letter to Ms C with domestic abuse helpline details. Health visitor not told."],
    ["14 Jan 09", "Health visiting", "HV1", "Eight-month developmental review: did not attend."],
    ["19/02/2009", "Health visiting", "HV1", "Home visit after a second missed review (3 Feb 09). Development normal; weight on 50th centile."],
    ["March 2009", "Children\u2019s centre", "CCW1", "Ms C registers Child C at Orchard Lane; attends Stay and Play."],
    ["10/07/2009", "GP", "GP1", "Ear infection. Record notes \u2018mother\u2019s partner\u2019 present."],
    ["September 2009", "\u2014", "\u2014", "Mr E moves into Harcourt House (date from Ms C\u2019s later account). HV1 leaves on 31/08/2009; no named health visitor until 05/10/2009."],
    ["17 Oct 09", "FVGH ED", "ED1", "First ED attendance, 19.55 hrs, with Ms C and Mr E: bruise to left forehead, graze to cheek; \u2018fell off the sofa onto a toy\u2019. Discharged 21.30 hrs. Under-2 safeguarding checklist not completed."],
    ["22/10/2009", "Fenwick Vale Homes", "HO1", "Tenancy visit. A man present, introduced as \u2018a friend\u2019. Not recorded as a household change."],
    ["23/10/2009", "Health visiting", "PLHV1", "ED attendance notice sent to health visiting."],
    ["28 Oct 09", "Health visiting", "HV2", "First home visit by HV2. Mr E present; bruise fading. Smell of cannabis noted."],
    ["14/11/2009", "Police", "PC3", "Neighbour reports shouting, 23.10 hrs. Verbal argument; Child C not seen. CCPN form dated 20/11/2009."],
    ["25/11/2009", "CSC", "SW1", "CCPN received and screened. No further action; no checks made on Mr E."],
    ["4 Dec 09", "FVGH ED / paediatrics", "Paed1", "Second ED attendance, 02.35 hrs, Ms C alone: swollen left forearm, fracture of left ulna. Referral to Emergency Duty Team at 04.20 hrs. Admitted to Kestrel Ward."],
    ["04/12/2009", "CSC / Police / FVGH", "SW1, PC1, Paed1", "Strategy discussion by telephone at 11.00 hrs. Section 47 joint enquiry agreed. Child protection medical by CP1 that afternoon."],
    ["07/12/2009", "FVGH radiology", "RAD1", "Skeletal survey and CT head reported as showing no further injury."],
    ["8 Dec 09", "Police", "PC1", "Mr E arrested and interviewed; released on police bail."],
    ["09/12/2009", "Multi-agency", "TM1 (chair)", "Strategy meeting. ICPC to be convened. Written agreement signed by Ms C and Mr E. SW2 allocated."],
    ["10/12/2009", "FVGH", "CP1", "Child C discharged to MGM\u2019s home with Ms C."],
    ["17 Dec 09", "CSC", "SW2", "Ms C and Child C return to Harcourt House with SW2\u2019s agreement."],
    ["23/12/2009", "Multi-agency", "CPC1", "Initial child protection conference. Child protection plan: physical abuse."],
    ["07/01/2010", "Multi-agency", "SW2", "First core group meeting."],
    ["13 Jan 10", "CSC", "SW2", "Announced home visit. Home clean; Child C well."],
    ["26/01/2010", "GP", "GP1", "Chest infection. Record: \u2018dad present\u2019. Conference notification of 05/01/2010 not yet scanned."],
    ["02/02/2010", "Police", "PC1", "No further action against Mr E on CPS advice. CSC told on 15/02/2010."],
    ["04/02/2010", "Multi-agency", "SW2", "Second core group meeting. Ms C does not attend."],
    ["10 Feb 10", "Children\u2019s centre", "CCW1", "Bruise to left ear and cheek noted; body map completed; e-mail to SW2 (on leave)."],
    ["19/02/2010", "CSC", "SW3", "Unannounced covering visit, 16.30 hrs. Man\u2019s jacket and trainers in hall. Child C seen asleep in cot."],
    ["2 Mar 10", "Health visiting", "HV2", "Home visit. Weight 11.2 kg. Yellowing bruise on upper arm noted."],
    ["05/03/2010", "Health visiting", "HV2", "Voicemail left for SW2 at 16.45 hrs about the bruise."],
    ["06/03/2010", "Ambulance / FVGH", "\u2014", "999 call by Mr E at 07.12 hrs. Child C pronounced dead at 08.05 hrs."],
]

RECS_ROWS = [
    ["1", "Issue multi-agency guidance on identifying, checking and engaging new partners and other adults who join the household of a child in need or a child subject to a plan.", "LSCB Policy and Procedures Sub-Committee", "3 months"],
    ["2", "Require every written agreement in a child protection plan to be reviewed at each core group, with the evidence of compliance recorded.", "Children\u2019s Social Care", "3 months"],
    ["3", "Ensure that covering visits to children subject to a plan see the child awake and, where injury has been reported, examine the skin with the parent\u2019s consent.", "Children\u2019s Social Care", "Immediate"],
    ["4", "Submit Child Coming to Police Notice forms within 24 hours of an incident and record whether the child was seen.", "Northbank Police", "6 months"],
    ["5", "Carry out checks on new partners with other boroughs and force areas where a referral concerns a child under five.", "Northbank Police", "3 months"],
    ["6", "Audit use of the under-2 safeguarding checklist in the Emergency Department and report results to the LSCB.", "FVGH", "6 months"],
    ["7", "Require child protection medical reports to state a clear opinion on the likelihood of inflicted injury.", "FVGH / Designated Doctor", "3 months"],
    ["8", "Introduce second reporting of all skeletal surveys by a paediatric radiologist, with a follow-up survey at 11\u201314 days.", "FVGH radiology", "12 months"],
    ["9", "Ensure GP practices scan and flag child protection notifications within two working days.", "NHS Fenwick Vale", "3 months"],
    ["10", "Ensure that no health visiting caseload is left without a named health visitor for more than ten working days.", "Community Health Services", "6 months"],
    ["11", "Report any injury to a child subject to a plan to the allocated social worker by telephone on the same day, and to the duty team if the social worker is absent.", "Acorn Family Trust", "Immediate"],
    ["12", "Report new adults seen living in a tenancy where a child is subject to a plan.", "Fenwick Vale Homes", "6 months"],
    ["13", "Deliver multi-agency training on disguised compliance and the assessment of men in the household.", "LSCB Training Sub-Committee", "12 months"],
    ["14", "Monitor the action plan and report progress on all recommendations to the Board.", "LSCB Serious Case Review Sub-Committee", "12 months"],
]

PANEL_ROWS = [
    ["Keith Marlow", "Independent Panel Chair", "Independent"],
    ["Anne Whitcombe", "Head of Safeguarding and Quality Assurance", "Fenwick Vale Children\u2019s Services"],
    ["Dr Sunita Rao", "Designated Doctor for Safeguarding Children", "NHS Fenwick Vale"],
    ["Jean Cartwright", "Designated Nurse for Safeguarding Children", "NHS Fenwick Vale"],
    ["DI Paul Haverford", "Detective Inspector, Child Abuse Investigation Team", "Northbank Police"],
    ["Lorraine Beck", "Named Nurse for Safeguarding Children", "Fenwick Vale General Hospital"],
    ["Martin Oduya", "Head of Housing Needs", "Fenwick Vale Homes"],
    ["Sarah Moyle", "Senior Solicitor (adviser to the panel)", "Fenwick Vale Legal Services"],
    ["Clare Dunphy", "LSCB Business Manager (panel secretary)", "Fenwick Vale LSCB"],
]

OVERVIEW = [
    ("toc",),
    ("h1", "1", "INTRODUCTION"),
    ("p", "This is the overview report of a serious case review (SCR) commissioned by Fenwick Vale "
          "Local Safeguarding Children Board (LSCB) following the death of a boy who is referred to in "
          "this report as Child C. Child C died on 6 March 2010 at Fenwick Vale General Hospital (FVGH), "
          "where he had been brought by ambulance from his mother\u2019s flat. He was 21 months old."),
    ("p", "At the time of his death Child C was the subject of a child protection plan under the "
          "category of physical abuse. The plan had been made at an initial child protection conference "
          "on 23 December 2009, after he was found to have a fracture of the left forearm that could not "
          "be satisfactorily explained. A review conference was due to be held on 23 March 2010."),
    ("p", "Mr E, who was the partner of Child C\u2019s mother, was charged on 2 September 2010 with the murder "
          "of Child C. Ms C was charged with causing or allowing the death of a child. At the time this "
          "report was completed the trial had been listed at Northbank Crown Court for May 2011. This "
          "report makes no finding about the guilt of any person."),
    ("p", "The LSCB Business Manager notified Ofsted of the death on 8 March 2010. The Serious Case Review "
          "Sub-Committee met on 22 March 2010 and recommended that the criteria for a serious case review "
          "in chapter 8 of Working Together to Safeguard Children (2006) were met, because abuse was known "
          "or suspected to have been a factor in the death of a child subject to a plan. The Chair of the "
          "LSCB, Margaret Holloway, agreed on 25 March 2010 that a review should be undertaken."),
    ("p", "The purpose of a serious case review, as set out in Working Together, is to:",
          [("a", "(a)", "establish whether there are lessons to be learnt from the case about the way in which "
                        "local professionals and organisations work individually and together to safeguard "
                        "and promote the welfare of children;"),
           ("a", "(b)", "identify clearly what those lessons are, how they will be acted upon and what is "
                        "expected to change as a result; and"),
           ("a", "(c)", "as a consequence, improve inter-agency working and better safeguard and promote "
                        "the welfare of children.")]),
    ("p", "Serious case reviews are not inquiries into how a child died or who is culpable. Those are "
          "matters for the coroner and for the criminal courts. The inquest into the death of Child C was "
          "opened on 12 March 2010 and adjourned pending the criminal proceedings."),
    ("p", "To protect the identity of the child and his family, family members are referred to by letters "
          "and practitioners by the codes shown in the key below. The codes are used consistently in this "
          "report and in the executive summary. Agency names are given in full."),
    ("table", {"caption": "Table 1: Key to anonymised references",
               "widths": [22, 88, 60], "header": ["Code", "Role", "Agency"],
               "rows": KEY_ROWS, "size": 8.5}),

    ("h1", "2", "TERMS OF REFERENCE AND THE REVIEW PROCESS"),
    ("p", "A review panel was established to oversee the review. It was chaired by Keith Marlow, an "
          "independent social work consultant with no previous connection to any agency in Fenwick Vale, "
          "and its membership is listed in Appendix 1. The panel first met on 15 April 2010 and met on "
          "eleven occasions in all, the last on 19 January 2011."),
    ("p", "The independent overview author, " + AUTHOR + ", was commissioned on 30 April 2010. He is a "
          "former director of children\u2019s services in another region and has had no involvement with "
          "services in Fenwick Vale. He attended all panel meetings but was not a member of the panel."),
    ("p", "The panel agreed the following terms of reference on 15 April 2010. Each agency was asked to "
          "consider in its Individual Management Review (IMR):",
          [("a", "(a)", "the period from 14 November 2007, when Ms C booked for antenatal care, to the death "
                        "of Child C on 6 March 2010, together with any earlier information about Ms C, "
                        "Mr D or Mr E that was known to the agency;"),
           ("a", "(b)", "whether practitioners knew who was living in the household and what they did to "
                        "find out about new adults, in particular Mr E;"),
           ("a", "(c)", "how the two attendances at the Emergency Department were assessed and whether "
                        "safeguarding procedures were followed;"),
           ("a", "(d)", "the quality of the strategy discussions, the section 47 enquiry and the medical "
                        "evidence on which decisions were based;"),
           ("a", "(e)", "whether the child protection plan, including the written agreement, was "
                        "implemented, monitored and reviewed;"),
           ("a", "(f)", "how information about injuries was shared between agencies after the plan was "
                        "made;"),
           ("a", "(g)", "the impact of staffing, caseloads and supervision on practice; and"),
           ("a", "(h)", "whether issues of race, culture, language or disability were relevant.")]),
    ("p", "IMRs were requested from eight agencies, listed in Table 2. The Capital Ambulance Service and "
          "StepClear, the adult drug service that Mr E had attended, were asked for chronologies and short "
          "reports rather than full IMRs, because their contact with the family was limited."),
    ("table", {"caption": "Table 2: Agencies that provided Individual Management Reviews",
               "widths": [10, 56, 58, 46], "header": ["No.", "Agency", "Services reviewed", "IMR author"],
               "rows": IMR_ROWS, "size": 8.5}),
    ("p", "IMRs were due on 2 July 2010. All were received by 30 July 2010, and the panel asked for "
          "additional information from four agencies. The panel considered that the IMRs from the hospital "
          "and from Children\u2019s Social Care were thorough and self-critical; the police IMR was returned once "
          "for more analysis of the 2008 and 2009 domestic incidents."),
    ("p", "The review was due to be completed by 24 September 2010. The final post-mortem report was not "
          "available until 26 August 2010, and its findings required agencies to revisit their IMRs. The "
          "Department for Education was informed on 1 September 2010 that the timescale would be extended, "
          "and the completion date was reset to 28 February 2011."),
    ("p", "Family members were invited to contribute. The overview author met Ms C, with her solicitor, on "
          "12 January 2011, and met MGM at her home on 14 January 2011. Mr E declined to take part on legal "
          "advice. Mr D could not be traced. The views of Ms C and MGM are reported in section 3 and, where "
          "relevant, in section 4."),
    ("p", "The police, the Crown Prosecution Service and the coroner were consulted throughout so that the "
          "review did not prejudice the criminal proceedings. The panel agreed that no practitioner would be "
          "interviewed by the overview author about matters likely to be evidence in the trial."),

    ("h1", "3", "CHILD C AND HIS FAMILY"),
    ("p", "Child C was a White British boy, the only child of Ms C. He was described by everyone who knew "
          "him as a lively, smiling toddler who was walking by 13 months and had a few words by his first "
          "birthday. His development was recorded as normal at every health check he attended."),
    ("p", "Ms C was 18 years old when she booked for antenatal care. She had been looked after by Kingsmead "
          "Borough Council from the age of 14 and left care at 18, when she moved to Fenwick Vale to be near "
          "her mother (MGM). As a care leaver she was entitled to the support of a personal adviser (PA1) "
          "until she was 21. Ms C told the overview author that she had \u2018never wanted social services "
          "in her life again\u2019 after leaving care."),
    ("p", "Mr D is Child C\u2019s father. His relationship with Ms C ended after a domestic incident in August "
          "2008, and he had no regular contact with Child C after that time."),
    ("p", "Mr E was 27 years old at the time of Child C\u2019s death. He met Ms C in about June 2009 and moved "
          "into her flat in September 2009, although no agency was told of this and several practitioners "
          "were given to understand that he lived with his own mother in Kingsmead. In March 2006 he was "
          "convicted of assault occasioning actual bodily harm against a former partner and received a "
          "12-month community order.{fn:Northbank Police records also held four reports of domestic incidents "
          "between Mr E and that former partner in Kingsmead between 2004 and 2006. None of them was known to "
          "practitioners in Fenwick Vale before Child C died.}"),
    ("p", "MGM lives about a mile from Harcourt House and works shifts as a care assistant. She was an "
          "important source of support to Ms C and was named in the child protection plan as a protective "
          "adult. She told the overview author that from late January 2010 she could no longer visit every "
          "day because her shifts had changed, and that \u2018nobody asked me whether I was still going round\u2019."),

    ("h1", "4", "AGENCY INVOLVEMENT"),
    ("p", "This section summarises the contact that agencies had with the family, period by period, and "
          "analyses it. Table 3 is a summary chronology drawn from the combined chronology of 412 entries "
          "compiled from the IMRs. Dates are shown in the table as they appear in the agencies\u2019 records."),
    ("table", {"caption": "Table 3: Summary chronology of key events",
               "widths": [24, 30, 22, 94], "header": ["Date", "Agency", "Worker", "Event / contact"],
               "rows": CHRONO_ROWS, "size": 8.5}),
    ("h2", "Period 1: Pregnancy and Child C\u2019s first year (November 2007 \u2013 May 2009)"),
    ("p", "Ms C booked for antenatal care with MW1 on 14 November 2007, when she was 11 weeks pregnant. "
          "MW1 completed the maternity vulnerability checklist, which gave a score of 3 because Ms C was "
          "under 20, a care leaver and without a settled address. A score of 4 or more would have led to a "
          "referral to the specialist midwife for vulnerable women. MW1 sent an antenatal notification to "
          "the health visiting service on 3 January 2008, which was appropriate."),
    ("p", "Ms C missed antenatal appointments in January 2008 and on 14 February 2008. MW1 telephoned her "
          "and she attended on 21 February 2008. The maternity IMR notes that missed appointments were "
          "followed up in line with policy and that the rest of the pregnancy was uneventful."),
    ("p", "Child C was born at FVGH on 9 May 2008 at 38 weeks, weighing 3.02 kg. Ms C and Child C went home to "
          "MGM\u2019s address on 11 May 2008. HV1 carried out the new birth visit there on 21 May 2008 and assessed "
          "the family as needing Level 2 (additional) support because of Ms C\u2019s age and history. The plan "
          "included monthly contact for the first six months, which HV1 largely achieved."),
    ("p", "In July 2008 Ms C and Child C moved into a one-bedroom flat on the fourth floor of Harcourt House, "
          "on the Ledbury Estate, rented from Fenwick Vale Homes. PA1 helped with furniture grants, and the "
          "Kingsmead IMR shows that PA1 visited the flat twice in 2008 and kept in touch by text message "
          "until Ms C stopped replying in the spring of 2009."),
    ("p", "At 02.15 hrs on 23 August 2008 police were called to the flat by Ms C. PC2 found that Mr D had "
          "broken a window and a door after an argument. Mr D was arrested for criminal damage and later "
          "cautioned. PC2 completed a domestic abuse risk assessment, graded \u2018standard\u2019, and a Child "
          "Coming to Police Notice (CCPN) form, which was sent to Children\u2019s Social Care on 26 August 2008."),
    ("p", "TM1 screened the CCPN on 29 August 2008 and decided on no further action, sending Ms C a letter "
          "with details of a domestic abuse helpline. No check was made with the health visitor, who would "
          "have been able to say that Ms C was a young care leaver living alone with a baby. The panel "
          "considered that a decision of no further action was reasonable on the information available but "
          "that the health visitor should have been told, as required by local procedures."),
    ("p", "Ms C did not attend the eight-month developmental review on 14 January 2009 or the rearranged "
          "appointment on 3 February 2009. HV1 visited at home on 19 February 2009 and found Child C well, "
          "with his weight on the 50th centile. In March 2009 Ms C registered Child C at Orchard Lane "
          "Children\u2019s Centre, where she attended the Stay and Play sessions regularly."),
    ("h2", "Period 2: Mr E joins the household (June \u2013 November 2009)"),
    ("p", "Ms C told CCW1 in July 2009 that she had a new boyfriend. On 10 July 2009 GP1 saw Child C for an ear "
          "infection and recorded that the \u2018mother\u2019s partner\u2019 was present. Neither practitioner "
          "recorded his name or asked about him, and there was no reason at that stage for either to "
          "share the information."),
    ("p", "HV1 left the service on 31 August 2009. Her caseload, which included Child C, was not reallocated "
          "until HV2 started on 5 October 2009, so for five weeks the family had no named health visitor. "
          "The Community Health Services IMR records that 38 families were affected and that the gap was "
          "caused by a vacancy freeze. Urgent matters were to be picked up by the duty health visitor."),
    ("p", "At 19.55 hrs on 17 October 2009 Ms C and Mr E brought Child C, then 17 months old, to the "
          "Emergency Department. He had a bruise on the left side of his forehead and a graze to his cheek. "
          "Ms C said that he had fallen off the sofa onto a toy. He was seen by ED1, who recorded the "
          "explanation as consistent, and was discharged at 21.30 hrs."),
    ("p", "The hospital had introduced an under-2 safeguarding checklist in 2008 for all children under two "
          "attending with an injury. It was not completed on this occasion. Had it been, it would have "
          "prompted ED1 to ask about the adults in the household, to check whether the child was known to "
          "Children\u2019s Social Care, and to discuss the case with the paediatric registrar. The hospital "
          "IMR acknowledges that completion rates were low, at 41% in an audit of October 2009, and that "
          "the department was very busy that evening."),
    ("p", "PLHV1 sent a notice of the attendance to the health visiting service on 23 October 2009. HV2 made "
          "her first home visit on 28 October 2009 and saw the fading bruise. Mr E was present and was "
          "introduced as Ms C\u2019s boyfriend who \u2018stays over sometimes\u2019. HV2 noted a smell of cannabis "
          "and a cluttered flat. She did not ask Mr E for his full name or date of birth, and did not discuss "
          "the attendance with anyone else. HV2 told her IMR author that she had inherited a caseload of more "
          "than 400 children and was visiting only families with identified needs."),
    ("p", "On 22 October 2009 HO1 visited Harcourt House to inspect the flat. A man was present who was "
          "introduced as \u2018a friend\u2019. HO1 did not record this, as the tenancy agreement allowed "
          "visitors, and Fenwick Vale Homes had no expectation that housing staff would pass on such "
          "information."),
    ("p", "At 23.10 hrs on 14 November 2009 a neighbour called police to report shouting from the flat. PC3 "
          "attended and spoke to Ms C and Mr E, who both said that there had been a verbal argument. Child C "
          "was said to be asleep and was not seen. PC3 completed a CCPN form, but it was not dated until "
          "20 November 2009 and it reached Children\u2019s Social Care on 25 November 2009. The police IMR "
          "identifies the delay as a breach of the force standard, which required submission within "
          "24 hours."),
    ("p", "SW1 screened the CCPN on 25 November 2009 and recorded no further action, noting \u2018no injuries, "
          "verbal only\u2019. SW1 did not know of the ED attendance in October, did not contact the health "
          "visitor and did not ask the police for checks on Mr E. The panel considered that this was a "
          "missed opportunity: a second domestic incident involving a different man, in the home of a "
          "toddler whom no professional had seen, should have led to checks with health and police."),
    ("h2", "Period 3: The fracture and the child protection enquiry (December 2009)"),
    ("p", "At 02.35 hrs on 4 December 2009 Ms C arrived at the Emergency Department by taxi with Child C, whose "
          "left forearm was swollen. She said that he had caught his arm in the bars of his cot while Mr E was "
          "settling him. An X-ray showed a fracture of the shaft of the left ulna. Paed1 considered that the "
          "explanation was not consistent with the injury, and at 04.20 hrs made a referral to the Emergency "
          "Duty Team. Child C was admitted to Kestrel Ward."),
    ("p", "A strategy discussion was held by telephone at 11.00 hrs on 4 December 2009 between SW1, PC1 and "
          "Paed1. It agreed that a joint section 47 enquiry should take place and that Child C should remain "
          "in hospital for a child protection medical and a skeletal survey. The health visitor was not "
          "included in the discussion and the October attendance was not mentioned."),
    ("p", "CP1 carried out the child protection medical that afternoon. She found the fracture and three "
          "small bruises on the lower back, and recorded that the injury was \u2018possibly accidental but an "
          "inflicted injury cannot be excluded\u2019. The skeletal survey and a CT scan of the head were carried "
          "out on 7 December 2009 and reported by RAD1 as showing no further injury. No follow-up skeletal "
          "survey was arranged; national guidance at the time recommended one at 11 to 14 days."),
    ("p", "PC1 arrested Mr E on 8 December 2009. In interview he denied causing any injury. He was released on "
          "police bail. PC1 checked the Police National Computer and found the 2006 conviction, but did not "
          "search the local intelligence systems of the Kingsmead borough command, where the earlier domestic "
          "incidents were recorded."),
    ("p", "A strategy meeting was held on 9 December 2009, chaired by TM1 and attended by SW1, SW2, PC1, CP1 "
          "and HV2. It decided:",
          [("a", "(a)", "to convene an initial child protection conference;"),
           ("a", "(b)", "that Child C would be discharged to MGM\u2019s home, where Ms C would also stay; and"),
           ("a", "(c)", "that a written agreement would be made with Ms C and Mr E about his contact with "
                        "Child C (Box 1).")],
          ),
    ("box", "Box 1: The written agreement of 9 December 2009",
     [("t", "The agreement was drafted by SW1 and signed by Ms C and Mr E at the end of the strategy meeting. It said that:"),
      ("b", "Mr E would not have unsupervised contact with Child C;"),
      ("b", "Mr E would not stay overnight at Harcourt House;"),
      ("b", "MGM would visit Ms C and Child C every day;"),
      ("b", "Ms C would tell SW2 of any injury to Child C, however minor."),
      ("t", "The agreement did not say how any of these conditions would be checked, or by whom.")]),
    ("p", "Child C was discharged to MGM\u2019s home on 10 December 2009. On 17 December 2009 SW2 agreed that Ms C "
          "and Child C could return to Harcourt House, on the basis that MGM would visit daily. The decision "
          "was not discussed with TM1 or with the other agencies, and it was made before the conference had "
          "met. The panel considered that this was a significant decision which should have been taken by a "
          "manager and shared with the agencies involved."),
    ("p", "The initial child protection conference on 23 December 2009 was chaired by CPC1 and attended by Ms C, "
          "MGM, SW2, TM1, HV2, PC1 and CCW1. CP1 sent a written report. GP1 was not invited, and no report was "
          "requested from the practice. Mr E was not invited because he was on police bail. The conference "
          "made Child C the subject of a child protection plan under the category of physical abuse and "
          "appointed SW2 as key worker."),
    ("p", "The panel found that the conference placed considerable weight on the view in CP1\u2019s report that "
          "the injury was \u2018possibly accidental\u2019, and on Ms C\u2019s co-operation. The police report to "
          "conference mentioned \u2018one previous conviction for violence\u2019 but gave no details, and no one "
          "asked for them. The conference did not consider the October attendance or the November domestic "
          "incident, because neither was included in the social work report."),
    ("h2", "Period 4: The child protection plan (January \u2013 March 2010)"),
    ("p", "The first core group meeting was held on 7 January 2010 and was attended by Ms C, MGM, SW2, HV2 and "
          "CCW1. The plan required SW2 to visit at least every two weeks, HV2 to visit monthly and Child C to "
          "attend the cr\u00e8che at Orchard Lane three mornings a week. SW2 made an announced visit on "
          "13 January 2010 and found the home clean and Child C well."),
    ("p", "The conference notification was sent to Marlowe Road Medical Centre on 5 January 2010 but was not "
          "scanned into Child C\u2019s record until 10 March 2010, after his death. When GP1 saw Child C for a "
          "chest infection on 26 January 2010 she therefore did not know that he was subject to a plan. She "
          "recorded that \u2018dad\u2019 was present. The panel considered it likely that this was Mr E, who "
          "was not supposed to be with Child C without another adult present."),
    ("p", "On 2 February 2010 the Crown Prosecution Service advised that there was insufficient evidence to "
          "charge Mr E, and PC1 recorded no further action. This was not passed to SW2 until 15 February 2010. "
          "The second core group meeting took place on 4 February 2010. Ms C did not attend, and MGM said that "
          "she was no longer able to visit every day because of her work. The core group did not revisit the "
          "written agreement."),
    ("p", "On 10 February 2010 CCW1 noticed a bruise on Child C\u2019s left ear and a small bruise on his cheek "
          "when he arrived at the cr\u00e8che. She completed a body map, and Ms C said that he had fallen at "
          "MGM\u2019s flat. CCW1 told her line manager and sent an e-mail to SW2 the same day, not knowing that "
          "SW2 was on annual leave until 22 February 2010. No one telephoned the duty team. The Acorn Family "
          "Trust IMR accepts that its procedure required a telephone call."),
    ("p", "SW3, who was covering SW2\u2019s cases, made an unannounced visit at 16.30 hrs on 19 February 2010. "
          "There was a man\u2019s jacket and a pair of trainers in the hall, which Ms C said belonged to her "
          "brother. Child C was asleep in his cot and SW3 looked at him but did not wake him. SW3 had not "
          "read the e-mail from CCW1, which was in SW2\u2019s inbox. SW2 read the e-mail on her return on "
          "22 February 2010 and telephoned Ms C, who gave the same explanation; SW2 planned a joint visit "
          "with HV2 for 3 March 2010."),
    ("p", "HV2 carried out a planned home visit on 2 March 2010. Child C weighed 11.2 kg. HV2 saw a yellowing "
          "bruise on his left upper arm, which Ms C said had happened when he fell against the bath. HV2 "
          "recorded it but did not report it that day. The joint visit on 3 March 2010 was cancelled by SW2, "
          "who had to attend court on another case, and it was not rearranged. At 16.45 hrs on Friday "
          "5 March 2010 HV2 left a voicemail message for SW2 about the bruise. SW2 did not work on Fridays, "
          "and the message was not heard until after Child C had died."),
    ("h2", "The death of Child C"),
    ("p", "At 07.12 hrs on Saturday 6 March 2010 Mr E made a 999 call to say that Child C was not breathing. "
          "The Capital Ambulance Service crew arrived at 07.21 hrs and found Child C in cardiac arrest. He was "
          "taken to FVGH, arriving at 07.38 hrs, and resuscitation was stopped at 08.05 hrs, when he was "
          "pronounced dead. Mr E told the crew that Child C had fallen from the sofa during the night."),
    ("p", "An initial post-mortem examination was carried out by a Home Office pathologist on 8 March 2010. "
          "The cause of death was recorded as \u2018unascertained pending further investigation\u2019. The "
          "final post-mortem report, dated 26 August 2010, gave the cause of death as head injury. It also "
          "found healing fractures of the left eighth, ninth and tenth ribs at the back, which were "
          "estimated to be between two and five weeks old at the time of death."),
    ("p", "The rib fractures were not known to any agency when Child C was alive. At the panel\u2019s request, "
          "the December 2009 skeletal survey was reviewed in October 2010 by a second paediatric radiologist "
          "from another trust, who confirmed that no rib fractures were visible at that time.{fn:The "
          "second opinion was obtained from a consultant paediatric radiologist at a regional children\u2019s "
          "hospital, on 11 October 2010. It therefore appears that the rib fractures were caused after the "
          "child protection plan was made.} The panel therefore concluded that the fractures were caused "
          "after Child C returned to Harcourt House, most likely in late January or February 2010."),

    ("h1", "5", "LESSONS LEARNT"),
    ("p", "The panel identified the following lessons. They are set out by theme rather than by agency, "
          "because most of them concern the way agencies worked together."),
    ("p", "Lesson 1 \u2013 the adults in the household. Practitioners from five agencies met or heard about "
          "Mr E before December 2009, but none of them established his full name, his date of birth or "
          "whether he lived at the flat. Information about new partners is often the most important "
          "information in a case of physical abuse, and it needs to be sought actively:",
          [("b", "ask who lives in the home and who looks after the child;"),
           ("b", "record full names and dates of birth of adults in the household;"),
           ("b", "check new partners with police and with Children\u2019s Social Care.")]),
    ("p", "Lesson 2 \u2013 equivocal medical opinion. A finding that an injury is \u2018possibly accidental\u2019 "
          "is not a finding that it was an accident. The conference treated CP1\u2019s opinion as reassuring "
          "when it should have been treated as uncertain, and planned accordingly."),
    ("p", "Lesson 3 \u2013 written agreements. The written agreement was the main protective measure in the "
          "plan, but its conditions were never checked. MGM\u2019s daily visits stopped within six weeks and "
          "no agency knew. Written agreements should not be used in place of a robust assessment of risk."),
    ("p", "Lesson 4 \u2013 reporting injuries. Two injuries were seen by practitioners while Child C was subject "
          "to a plan, on 10 February and 2 March 2010. Neither was reported by telephone on the day. An "
          "injury to a child subject to a plan for physical abuse should always be treated as urgent."),
    ("p", "Lesson 5 \u2013 the first attendance. The October 2009 attendance was the first sign of injury to a "
          "non-verbal child under two. It was missed because the under-2 checklist was not used and because "
          "the information did not reach Children\u2019s Social Care, the police or the conference."),
    ("p", "Lesson 6 \u2013 the GP. The practice knew nothing of the plan for nine weeks. GPs are often the "
          "agency with the longest knowledge of a family and should be invited to every initial conference."),
    ("p", "Lesson 7 \u2013 continuity. A five-week gap in health visiting, a covering social worker who did not "
          "have the full picture and a key worker who worked part time all weakened the plan. Cover "
          "arrangements need to include access to messages, e-mails and the latest information."),
    ("box", "Box 2: Practice message for all staff",
     [("t", "\u2018Who lives here?\u2019 is a safeguarding question, not an intrusive one. If a new adult is in "
            "the home of a young child, find out who he is, write down his full name and date of birth, and "
            "share what you know. Ask again at every visit."),
      ("t", "This message was issued to all staff of Fenwick Vale LSCB partner agencies in a seven-minute "
            "briefing in January 2011.")]),

    ("h1", "6", "CONCLUSIONS"),
    ("p", "The panel does not consider that the death of Child C could have been predicted. Mr E presented as "
          "a co-operative partner, Ms C as a loving mother who was making use of services, and the injuries "
          "seen before December 2009 were each capable of an innocent explanation."),
    ("p", "The panel does, however, consider that there were missed opportunities to find out more about "
          "Mr E and to protect Child C. The most significant were the failure to use the under-2 checklist "
          "on 17 October 2009, the screening of the November 2009 domestic incident without any checks, the "
          "decision on 17 December 2009 to allow Child C to return to Harcourt House, and the failure to "
          "report the bruising seen on 10 February 2010. Had the bruising been reported on the day, a further "
          "strategy discussion would have been required under local procedures."),
    ("p", "Since the death of Child C, agencies have taken action on many of these points. Children\u2019s Social "
          "Care introduced a new screening form for CCPNs in June 2010, and FVGH made the under-2 checklist "
          "part of the electronic Emergency Department record in September 2010."),

    ("h1", "7", "RECOMMENDATIONS"),
    ("p", "The panel makes the following 14 recommendations. Each agency has also made recommendations in its "
          "own IMR, and these are included in the LSCB action plan. Timescales run from the date the Board "
          "accepts this report."),
    ("table", {"caption": "Table 4: Recommendations",
               "widths": [10, 92, 42, 26], "header": ["No.", "Recommendation", "Agency", "Timescale"],
               "rows": RECS_ROWS, "size": 8.5}),

    ("appendix", "APPENDIX 1: REVIEW PANEL MEMBERSHIP"),
    ("u", "The panel membership was as follows. Members had no line management responsibility for any "
          "practitioner involved with Child C or his family."),
    ("table", {"caption": None,
               "widths": [40, 80, 50], "header": ["Name", "Job title", "Agency"],
               "rows": PANEL_ROWS, "size": 9}),
    ("u", "The LSCB Chair, Margaret Holloway, received the panel\u2019s minutes but did not attend its meetings."),
]

# ---------------------------------------------------------------------------
# EXECUTIVE SUMMARY  (differs from the overview on three details: Child C's age,
# the date of the initial conference and the time of the second ED attendance)
# ---------------------------------------------------------------------------

EXEC_HEAD = {
    "board": LSCB,
    "title": "SERIOUS CASE REVIEW: CHILD C",
    "doc": "EXECUTIVE SUMMARY",
    "author": "Independent author: " + AUTHOR,
    "date": "Published May 2011",
}

EXEC_RECS = [
    "The LSCB should issue guidance on checking new partners and other adults who join a household.",
    "Children\u2019s Social Care should review written agreements at every core group meeting.",
    "Covering social workers should see the child awake on every visit to a child subject to a plan.",
    "Northbank Police should send Child Coming to Police Notice forms within 24 hours.",
    "FVGH should audit the under-2 safeguarding checklist and require clear opinions in child protection medical reports.",
    "All skeletal surveys should be reported twice, with a follow-up survey.",
    "GP practices should scan and flag child protection notifications within two working days.",
    "Injuries to a child subject to a plan should be reported by telephone on the same day.",
]

EXECUTIVE = [
    ("h1", "1", "INTRODUCTION"),
    ("p", "This is the executive summary of the serious case review into the death of Child C, who died on "
          "6 March 2010 at the age of 22 months. At the time of his death he was the subject of a child "
          "protection plan under the category of physical abuse."),
    ("p", "The review was commissioned by the Chair of Fenwick Vale LSCB, Margaret Holloway, in March 2010. "
          "It was overseen by a panel chaired by Keith Marlow, and the overview report was written by "
          "Graham Pelling. Both are independent of the agencies in Fenwick Vale."),
    ("p", "Mr E, the partner of Child C\u2019s mother, has been charged with the murder of Child C, and Ms C "
          "with causing or allowing his death. This summary has been written so as not to prejudice the "
          "trial, and it does not name any of the people involved."),
    ("box", "Key facts",
     [("b", "Child C was born on 9 May 2008 and lived with his mother on the Ledbury Estate."),
      ("b", "Mr E moved into the household in September 2009; agencies did not know this."),
      ("b", "Child C attended hospital with injuries in October and December 2009."),
      ("b", "The overview report makes 14 recommendations, all accepted by the Board.")]),
    ("h1", "2", "THE REVIEW PROCESS"),
    ("p", "Individual Management Reviews were provided by eight agencies, covering children\u2019s social care, "
          "health visiting, the hospital, general practice, the police, a children\u2019s centre, housing and "
          "a leaving care service in another borough. The ambulance service and an adult drug service "
          "provided chronologies. The review covered the period from November 2007 to March 2010."),
    ("p", "The panel met on eleven occasions between April 2010 and January 2011. The review took longer "
          "than the six months expected by national guidance because the final post-mortem report was not "
          "received until August 2010 and its findings had to be considered by every agency."),
    ("p", "Ms C and the maternal grandmother met the overview author in January 2011. Mr E declined to "
          "contribute on legal advice. Their views are summarised in section 5."),
    ("h1", "3", "SUMMARY OF THE CASE"),
    ("p", "Ms C was a young care leaver who moved to Fenwick Vale to be near her own mother. She received "
          "additional support from the health visiting service after Child C was born, and in August 2008 "
          "police attended a domestic incident between her and Child C\u2019s father, which was notified to "
          "Children\u2019s Social Care but led to no further action."),
    ("p", "Mr E began a relationship with Ms C in the summer of 2009. He had a conviction for assaulting a "
          "former partner. Practitioners in several agencies met him or heard about him, but none "
          "established who he was or whether he lived at the flat. The family\u2019s health visitor left in "
          "August 2009 and the post was vacant for several weeks."),
    ("p", "In October 2009 Child C was taken to the Emergency Department with a bruise to his forehead. The "
          "hospital\u2019s safeguarding checklist for children under two was not completed and he was sent "
          "home. In November 2009 police attended a second domestic incident at the flat, involving Ms C "
          "and Mr E. The notification reached Children\u2019s Social Care after eleven days and no checks "
          "were made."),
    ("p", "At 02.50 hrs on 4 December 2009 Ms C brought Child C to the Emergency Department with a fractured "
          "forearm. The paediatric registrar referred him to Children\u2019s Social Care. After a strategy "
          "discussion, a child protection medical and a skeletal survey, which showed no further injury, "
          "a strategy meeting agreed a written agreement under which Mr E was not to have unsupervised "
          "contact with Child C."),
    ("p", "An initial child protection conference on 22 December 2009 made Child C the subject of a child "
          "protection plan. The GP was not invited and did not learn of the plan until after Child C died. "
          "The police told the conference of Mr E\u2019s conviction but not of the incidents with his former "
          "partner that lay behind it."),
    ("p", "During the plan, the maternal grandmother stopped visiting every day, and two bruises were seen "
          "by practitioners, in February and March 2010, without being reported by telephone. A covering "
          "social worker saw signs that a man was staying at the flat. Child C died on 6 March 2010 of a "
          "head injury. The final post-mortem report also found healing rib fractures which had not been "
          "known to any agency."),
    ("table", {"caption": "Key dates", "widths": [40, 130], "header": ["Date", "Event"],
               "rows": [["9 May 2008", "Child C is born"],
                        ["23 August 2008", "Police attend a domestic incident involving Child C\u2019s father"],
                        ["17 October 2009", "First attendance at the Emergency Department (bruised forehead)"],
                        ["14 November 2009", "Police attend a domestic incident involving Mr E"],
                        ["4 December 2009", "Second attendance: fracture of the left forearm"],
                        ["22 December 2009", "Initial child protection conference; child protection plan made"],
                        ["10 February 2010", "Bruising seen at the children\u2019s centre"],
                        ["2 March 2010", "Bruising seen by the health visitor"],
                        ["6 March 2010", "Child C dies"]],
               "size": 9, "keep": True}),
    ("h1", "4", "KEY FINDINGS"),
    ("p", "The review found that practitioners did not find out enough about Mr E, who was the most "
          "significant adult in Child C\u2019s life in the last six months of it."),
    ("p", "The child protection plan relied on a written agreement whose conditions were never checked, "
          "and on a medical opinion that the injury was \u2018possibly accidental\u2019, which was treated as "
          "more reassuring than it was."),
    ("p", "Information about injuries and about the household did not reach the people who needed it, "
          "because of:",
          [("b", "staff absences and part-time working;"),
           ("b", "messages left by e-mail and voicemail rather than by telephone;"),
           ("b", "a GP practice that had not scanned the conference notification.")]),
    ("p", "The first attendance at the Emergency Department, in October 2009, was the first sign of injury "
          "to a child under two who could not say what had happened to him. It was not shared with "
          "Children\u2019s Social Care or the police, and it was not known to the conference."),
    ("p", "The panel concluded that Child C\u2019s death could not have been predicted, but that there were "
          "missed opportunities to protect him, particularly in October and November 2009 and in "
          "February 2010."),
    ("h1", "5", "THE FAMILY\u2019S VIEWS"),
    ("p", "Ms C told the overview author that after the conference she felt \u2018watched but not helped\u2019, "
          "and that she had not understood that the written agreement was meant to last until the review "
          "conference. She said that no one had explained to her what would happen if it was broken."),
    ("p", "The maternal grandmother said that she had told the core group that she could not keep up daily "
          "visits, and that nobody asked her about it again."),
    ("h1", "6", "WHAT HAS CHANGED"),
    ("p", "Agencies have already acted on many of the lessons. FVGH has built the under-2 checklist into "
          "its electronic records, Children\u2019s Social Care has a new screening form for police "
          "notifications, and a multi-agency learning event on the review was attended by 86 practitioners "
          "on 12 April 2011."),
    ("p", "Northbank Police now send Child Coming to Police Notice forms electronically, and Community Health "
          "Services have agreed that no caseload will be left without a named health visitor for more than "
          "ten working days. The LSCB has issued a short briefing for all staff, \u2018Who lives here?\u2019, "
          "on asking about the adults in a child\u2019s home."),
    ("h1", "7", "RECOMMENDATIONS"),
    ("p", "The overview report makes 14 recommendations. The principal recommendations are that:",
          [("a", "%d." % (i + 1), t) for i, t in enumerate(EXEC_RECS)]),
    ("p", "The Board accepted all of the recommendations, and its Serious Case Review Sub-Committee will "
          "monitor the action plan. A copy of this executive summary is available from the LSCB Business "
          "Manager, Clare Dunphy."),
]
