"""Text of the FICTIONAL Cressbrook "Family C" serious case review documents.

Line markup read by build.py (one block per line):
  COVER a|b|c   cover lines (first is the title)
  TOC           table of contents (filled with page numbers by build.py)
  #  text       numbered section heading (outline level 1: 1, 2, 3 ...)
  #! text       the same, starting a new page
  ## text       unnumbered sub-heading
  P  text       automatically numbered paragraph (1.1, 1.2 ...; 1, 2 ... in the summary)
  U  text       unnumbered body paragraph
  A  text       lettered sub-paragraph (a), (b) ... (consecutive lines form one list)
  TABLE NAME    a table defined below
  COLS / ENDCOLS  a two-column section
  BREAK         page break
Inline: **bold**, __italic__, {fn: footnote text}.

Everything here is invented: Cressbrook, Brindleford, Family C and every person,
agency, school and place are fictional.
"""

OVERVIEW_HEADER = ("Cressbrook Safeguarding Children Board \u2013 Serious Case Review \u201cFamily C\u201d "
                   "\u2013 Overview Report \u2013 FICTIONAL")
EXEC_HEADER = ("Cressbrook Safeguarding Children Board \u2013 Serious Case Review \u201cFamily C\u201d "
               "\u2013 Executive Summary \u2013 FICTIONAL")
FOOTER = "FICTIONAL \u2013 practice document, not a real case"

CHRONOLOGY = {
    "name": "Chronology",
    "widths": ["2.3cm", "1.7cm", "2.9cm", "9.5cm"],
    "head": ["Date", "Time", "Agency", "Event and response"],
    "rows": [
        ["12/05/2009", "\u2013", "Cressbrook General Hospital", "C2 born at 38 weeks, birth weight 2.9 kg. Ms C gives Mr D as her partner and the address as 14 Tanner Row, Lowfield."],
        ["03/06/2009", "10.30 hrs", "Health visiting", "New birth visit by HV1. Mr D present throughout; the routine question about domestic abuse is not asked. No concerns recorded about the home."],
        ["21/08/2009", "23.15 hrs", "Northvale Police", "Ms C calls police: argument with Mr D, who has left before PC1 arrives. Both children asleep upstairs. Risk assessed as standard. Notification sent to Children's Social Care on 26/08/2009; no further action."],
        ["09.11.2009", "01.40 hrs", "Northvale Police", "Neighbour reports screaming. PC2 finds Ms C with a swollen cheek; Mr D arrested. C1 awake on the landing. Risk assessed as medium."],
        ["11.11.2009", "\u2013", "Northvale Police", "Ms C withdraws her statement. Mr D released with no further action."],
        ["02/12/2009", "\u2013", "Children's Social Care", "Initial assessment opened (SW1) following the police notification of 09.11.2009."],
        ["17/12/2009", "\u2013", "Children's Social Care", "Initial assessment completed. Ms C says the relationship has ended. Outcome: information about the Cressbrook Domestic Abuse Service (CDAS); no further action."],
        ["08 Jan 2010", "\u2013", "Children's Social Care", "Case closed by TM1."],
        ["Jan 2010", "\u2013", "Health visiting", "HV1 leaves the service. The family transfers to HV2; no handover discussion takes place."],
        ["15 Apr 2010", "\u2013", "Health visiting", "C2 not brought to his nine-month developmental review."],
        ["29 Apr 2010", "\u2013", "Health visiting", "C2 not brought to the rearranged review. HV2 writes to Ms C."],
        ["06/07/2010", "09.10 hrs", "Kestle Lane Medical Practice", "GP1 sees C2 (nappy rash). Weight 7.9 kg, on the 0.4th centile. Review in four weeks advised; no appointment made."],
        ["18/07/2010", "21.05 hrs", "Northvale Police", "Neighbour calls police. PC1 attends: Mr D has thrown a mug, C1 (aged 5) has a cut to her hand. Mr D arrested. Risk assessed as high; referral to MARAC."],
        ["20/07/2010", "\u2013", "Northvale Police", "Referral to Children's Social Care by the police public protection unit."],
        ["22/07/2010", "\u2013", "Children's Social Care", "Strategy discussion by telephone (TM1, police, HV2). Section 47 enquiries agreed; SW2 allocated."],
        ["05/08/2010", "\u2013", "MARAC", "Family discussed at MARAC. IDVA1 to offer support to Ms C; Cressbrook Homes to fit additional locks."],
        ["10/08/2010", "\u2013", "Children's Social Care", "Initial child protection conference chaired by CP1. Both children made subject to child protection plans: C1 under emotional abuse, C2 under neglect."],
        ["24/08/2010", "\u2013", "Core group", "First core group meeting. Mr D not invited; Ms C says he no longer visits."],
        ["05.10.2010", "\u2013", "Core group", "Second core group meeting. School reports C1's attendance at 78% for the autumn term so far."],
        ["04.11.2010", "\u2013", "Children's Social Care", "Review child protection conference (CP1). Plans ended; children to be supported as children in need."],
        ["26.11.2010", "\u2013", "Children's Social Care", "SW2 leaves the authority. Case unallocated."],
        ["13.12.2010", "\u2013", "Children's Social Care", "Case allocated to SW3."],
        ["06 Jan 2011", "11.00 hrs", "Children's Social Care", "SW3 visits; no answer at the door. Card left."],
        ["19 Jan 2011", "15.45 hrs", "Children's Social Care", "SW3 visits and sees both children briefly. C2 is in his cot; the home is cold. Ms C says the boiler is broken."],
        ["02 Feb 2011", "\u2013", "Health visiting", "HV2 weighs C2 at the Lowfield clinic: 8.1 kg. The weight is recorded but not plotted on the centile chart."],
        ["21 Feb 2011", "14.20 hrs", "Ashgrove Primary School", "DSL1 telephones the duty desk: C1 has said that \u201cD shouted at mummy and broke the telly\u201d. Message left for SW3."],
        ["01 Mar 2011", "\u2013", "Children's Social Care", "SW3 telephones Ms C, who denies that Mr D is living at the home. No visit made."],
        ["14 Mar 2011", "07.52 hrs", "Ambulance service", "Ms C dials 999: C2 is unresponsive. Ambulance arrives at 08.03 hrs; C2 reaches Cressbrook General Hospital at 08.21 hrs."],
        ["14 Mar 2011", "\u2013", "Cressbrook General Hospital", "C2 weighs 7.6 kg. Severe dehydration and malnutrition; a healing fracture of the left forearm is found on X-ray. Transferred to the paediatric intensive care unit."],
        ["15 Mar 2011", "\u2013", "Multi-agency", "Strategy meeting. C1 placed with her maternal grandmother, Mrs F. Ms C and Mr D arrested."],
    ],
}

STAFF = {
    "name": "StaffCodes",
    "widths": ["2.0cm", "5.6cm", "8.8cm"],
    "head": ["Code", "Agency", "Role"],
    "rows": [
        ["SW1", "Children's Social Care", "Social worker, initial assessment 2009"],
        ["SW2", "Children's Social Care", "Social worker, July to November 2010"],
        ["SW3", "Children's Social Care", "Social worker, from December 2010"],
        ["TM1", "Children's Social Care", "Team manager, assessment and family support team"],
        ["CP1", "Children's Social Care", "Child protection conference chair"],
        ["HV1", "Cressbrook Community Health Services", "Health visitor until January 2010"],
        ["HV2", "Cressbrook Community Health Services", "Health visitor from January 2010"],
        ["GP1", "Kestle Lane Medical Practice", "General practitioner"],
        ["PC1", "Northvale Police", "Response officer (August 2009 and July 2010)"],
        ["PC2", "Northvale Police", "Response officer (November 2009)"],
        ["DSL1", "Ashgrove Primary School", "Designated senior person for child protection"],
        ["IDVA1", "Cressbrook Domestic Abuse Service", "Independent domestic violence adviser"],
        ["HO1", "Cressbrook Homes", "Housing officer"],
    ],
}

OVERVIEW = """
COVER Serious Case Review|\u201cFamily C\u201d|Overview Report|Cressbrook Safeguarding Children Board|Independent overview author: Dr Helen Marchbank|October 2011|FICTIONAL \u2013 every person, place and agency in this report is invented
BREAK
TOC
#! Introduction
P This overview report has been written for Cressbrook Safeguarding Children Board (CSCB) following serious harm to a child of the family referred to as Family C. It draws together the individual management reviews (IMRs) provided by the agencies that worked with the family and sets out what the review has learned.
P The family consists of Ms C, her two children and, for most of the period under review, her partner Mr D. The children are referred to as C1 and C2. C1 is a girl, born on 2 October 2004. C2 is a boy, born on 12 May 2009. Mr D is not the father of either child. The children's father, Mr E, lives in Brindleford and had little contact with them during the period of the review.
P On the morning of 14 March 2011 Ms C dialled 999 because C2 was unresponsive in his cot. He was 22 months old. On arrival at hospital he was found to be severely dehydrated and malnourished, and an X-ray showed a healing fracture of his left forearm which doctors estimated to be between two and three weeks old. C2 was transferred to the paediatric intensive care unit and survived. He has since been discharged to the care of foster carers.
P C1 was six years old at the time of the incident. She had no physical injuries, but she described to her grandmother repeated shouting and violence between the adults in the home. She has lived with her maternal grandmother, Mrs F, since 15 March 2011.
P Staff are identified in this report by codes (for example SW1, HV2, PC1) and not by name. A key to the codes is given in Appendix A. The anonymisation follows the guidance in force when the review began.{fn: Working Together to Safeguard Children (2010), chapter 8. References to national guidance are to the edition in force during the review period.}
P The review panel extends its thanks to Mrs F, who met the overview author, and to the practitioners who contributed openly to the review.
# The review process
P The Northvale Police referred the case to the CSCB on 15 March 2011. Ofsted and the Department for Education were notified on 17 March 2011, as the regulations then required.
P The CSCB Serious Case Review Sub-group met on 29 March 2011 and recommended that a serious case review should be held. The Independent Chair of the CSCB, Alan Pemberton, agreed the recommendation on 4 April 2011, because C2 had suffered potentially life-threatening harm and abuse or neglect was known or suspected to be a factor.
P A review panel was set up, chaired by Margaret Lindqvist, Head of Safeguarding at Cressbrook Community Health Services, who had no line management responsibility for any of the staff involved. The panel met seven times between May and October 2011.
P Dr Helen Marchbank, an independent social work consultant with no previous connection to Cressbrook, was commissioned as the overview author on 20 April 2011.
P Individual management reviews were requested from nine agencies: Cressbrook Children's Social Care; Northvale Police; Cressbrook Community Health Services (health visiting and school nursing); Kestle Lane Medical Practice; Cressbrook General Hospital NHS Trust; Ashgrove Primary School; Cressbrook Homes; the Cressbrook Domestic Abuse Service; and Brindleford Children's Services. A health overview report was written by the designated nurse.
P Ms C was invited to contribute to the review but declined, because criminal proceedings against her and Mr D had not concluded. Mr D and Mr E did not reply to letters from the panel. Mrs F met the overview author on 12 August 2011.
P The review was not completed within the six months expected by national guidance. The delay arose from the late receipt of two IMRs and the need to take account of the criminal investigation.{fn: The police IMR was received on 26 July 2011 and the GP IMR on 3 August 2011, both after the date agreed by the panel.}
# Terms of reference
P The review covers the period from 1 April 2009, shortly before the birth of C2, to 15 March 2011, the day after C2 was admitted to hospital. Agencies were asked to summarise any relevant earlier involvement.
P The panel agreed the following key lines of enquiry:
A how agencies identified and responded to domestic abuse in the household, and its effect on the children;
A whether the growth, health and development of C2 were properly monitored;
A how information was shared between agencies, including at the MARAC;
A the quality of the assessments and of the child protection plans;
A the decision of the review conference to end the child protection plans;
A how the case was managed when social workers changed;
A whether the voice and daily experience of the children were heard; and
A whether any issues of race, culture, language or disability were relevant.
P The review was also asked to consider whether the agencies' contact with Mr D gave them any understanding of the risk he posed, and whether the agencies in Brindleford held information that should have been passed on when the family moved.
# Family background
P Ms C is white British and was 26 years old at the time of the incident. She grew up in Brindleford, where she was known to children's services as a teenager because of neglect. Mrs F, her mother, described her as a loving but anxious parent who found it hard to manage on her own.
P Ms C and Mr E separated in the autumn of 2008, before the birth of C2. Brindleford Children's Services had completed an initial assessment in 2008 following a domestic incident between Ms C and Mr E; the case was closed without further action. The family moved to Lowfield, an estate on the eastern edge of Cressbrook, in February 2009, and Ms C began a relationship with Mr D at about the same time.
P Mr D is 31. He had two previous convictions for assault, one of them against a former partner, which were held on the police national computer. This information was not shared with any other agency before March 2011.
P The family rented a two-bedroom house at 14 Tanner Row from Cressbrook Homes. Rent arrears built up from the summer of 2010 and a notice seeking possession was served in January 2011.
P C1 attended Ashgrove Primary School from September 2009, when she joined the reception class. Her attendance was 81% in the spring term of 2010, falling to 78% in the autumn term of 2010. Her teachers described her as quiet and watchful, and often hungry at the start of the school day.
#! Chronology of key events
P The table below sets out the key events in the period under review. It is drawn from the agency chronologies and has been checked against the IMRs. The dates are shown as they appear in the agency records, which use different formats.
P Times are given where the agency record gives them. Events that the review considers significant are discussed in Section 7.
TABLE CHRONOLOGY
P The chronology shows three periods of contact: the domestic incidents of 2009 and the initial assessment that followed; the child protection period from July to November 2010; and the child in need period from November 2010 until the incident.
#! Summary of agency involvement
P This section summarises what each agency knew and did. It is based on the IMRs, which are not published. The summaries are printed in two columns.
COLS
## Children's Social Care
P Children's Social Care had three periods of involvement. The initial assessment by SW1 in December 2009 relied on Ms C's own account that the relationship with Mr D had ended, and no check was made with the police about Mr D's history.
P After the incident of 18 July 2010, SW2 completed section 47 enquiries and a core assessment. The core assessment identified C2's low weight but did not analyse it. SW2 left the authority on 26 November 2010 and the case was unallocated for 17 days before it was allocated to SW3 on 13 December 2010.
P SW3 carried a caseload of 27 children, above the local target of 18. SW3 made two visits in January 2011 and did not see C2 out of his cot on either occasion.
## Northvale Police
P Officers attended the home three times. On each occasion a risk assessment was completed, but the officers who attended in November 2009 and July 2010 did not have access to the earlier assessments at the scene. PC1 attended both the first and the third incidents and recognised the address on the second of those occasions.
P The notification of the first incident reached Children's Social Care five days after the event. Mr D's previous convictions were not included in any of the notifications.
## Health visiting
P HV1 carried out the new birth visit on 3 June 2009. The routine enquiry about domestic abuse was not made because Mr D was present, and it was not made at any later contact.
P HV2 took over in January 2010. C2 was not brought to seven health appointments during the review period. The letters sent after the missed appointments were not copied to the GP.
P HV2 weighed C2 on 2 February 2011 but did not plot the weight on the centile chart, and so did not see that his growth had fallen away.
## Kestle Lane Medical Practice
P GP1 saw C2 on three occasions. On 6 July 2010 GP1 noted that C2's weight was on the 0.4th centile and advised a review, but no appointment was booked and the practice had no system to follow up.
P The practice did not receive the minutes of the child protection conferences, although it was sent the invitations.
## Ashgrove Primary School
P The school recorded C1's hunger and low attendance and took part in the core group. DSL1 made a referral on 21 February 2011 which was left as a message and was not followed up by the school when no reply came.
## Cressbrook Homes
P HO1 visited twice about rent arrears. HO1 saw Mr D at the property in January 2011 but did not know of the child protection history, and so did not pass this on.
## Cressbrook Domestic Abuse Service
P IDVA1 was allocated after the MARAC of 5 August 2010 and made four attempts to contact Ms C by telephone. Ms C accepted one meeting, on 19 August 2010. The case was closed on 30 September 2010 because Ms C did not engage further.
## Brindleford Children's Services
P Brindleford held a record of the 2008 assessment and of concerns about Ms C's own childhood. No request for this history was made by Cressbrook, and Brindleford was not told that the family had moved.
ENDCOLS
#! Analysis
## Domestic abuse and its effect on the children
P Three domestic incidents were reported to the police in under eleven months. Each was treated as a separate event. No agency put the incidents together until the MARAC referral in July 2010, by which time C1 had been injured.
P The first notification of 21 August 2009 recorded that the children were asleep upstairs. The review considers that this should have prompted an enquiry about what the children had heard. The risk assessment was completed as standard because Ms C declined to answer most of the questions.
P At the second incident, on 9 November 2009, the call was received at 01.40 hrs and Mr D was arrested at 02.10 hrs. C1 was found awake on the landing. The officer, PC2, recorded this in the notification, but the initial assessment that followed did not speak to C1 about what she had seen.
P Ms C withdrew her statement on 11 November 2009, two days after the incident. The initial assessment accepted her account that the relationship had ended. The review found no evidence that this account was tested: no agency checked whether Mr D was still visiting the home, and the police were not asked about his previous convictions.
P The third incident, on 18 July 2010, was the most serious. The neighbour's call was received at 21.05 hrs and PC1 arrived at 21.19 hrs. C1, then aged five, had a cut to her hand from a broken mug. Mr D was arrested. The risk assessment was graded high and the case was referred to the MARAC.
## Growth and health of C2
P C2 weighed 2.9 kg at birth and his early growth followed the 9th centile. From the spring of 2010 his weight fell away. GP1 recorded a weight of 7.9 kg on 6 July 2010, on the 0.4th centile, and HV2 recorded 8.1 kg on 2 February 2011. On admission on 14 March 2011 he weighed 7.6 kg.
P The review considers that faltering growth should have been identified by July 2010 at the latest. The missed appointments were seen by each professional as a single lapse, not as a pattern. Seven appointments were missed in the period of the review, five of them after the family transferred to HV2.
P The healing fracture found on 14 March 2011 has not been explained. The paediatric opinion is that it was probably caused between 21 February and 7 March 2011. It is not possible to say whether it could have been seen earlier, because no professional saw C2 undressed after 2 February 2011.
## The child protection plans and the review conference
P The initial child protection conference on 10 August 2010 was well attended and reached a sound decision. The plan, however, was a list of tasks rather than a plan to reduce risk. It did not set out what change was needed in Mr D's behaviour or how agencies would know whether he was living at the home.
P The review conference on 4 November 2010 ended both plans. The reasons recorded were that Mr D had left the home, that Ms C was engaging with services and that C1's attendance had improved. The review found that none of these reasons was supported by evidence: IDVA1's case had been closed on 30 September 2010 for non-engagement, and C1's attendance had fallen.
P The GP and the housing officer were not present at the review conference. The GP had been invited but did not send a report, and Cressbrook Homes had not been invited. Had they contributed, the conference would have heard that Mr D's car was regularly parked outside the home.
## Change of social worker
P The case was unallocated for 17 days in the period before Christmas 2010. The team's duty system did not hold unallocated cases, and the transfer summary written by SW2 did not mention C2's weight.
P SW3 was newly qualified and had been in post for nine weeks when the case was allocated. The supervision records show that the case was discussed once, on 11 January 2011, for ten minutes.
## The school's referral of 21 February 2011
P DSL1 telephoned the duty desk at 14.20 hrs on 21 February 2011. The duty social worker took a message for SW3, who was on leave until 28 February 2011. The message was not passed to a manager. SW3 telephoned Ms C on 1 March 2011, eight days after the referral, and accepted her denial that Mr D was living at the home.
P The review considers this the most significant missed opportunity. A child's clear account of violence in the home, from a school that knew the family, should have led to a visit the same day and a strategy discussion. It is likely that a visit would have found C2 in poor condition.
## The voice of the child
P Neither child was seen alone by a social worker at any point during the review period. C1's words to her teacher in February 2011 were the only occasion on which her own account reached an agency. C2, being pre-verbal, depended entirely on professionals seeing and handling him.{fn: The review panel adopted the phrase \u201cthe child's daily lived experience\u201d from the CSCB's own neglect strategy, approved in 2010.}
## Race, culture and disability
P The family is white British and English is their first language. The review found no issues of disability. Agencies did consider Ms C's learning needs: the health overview report notes that she found written information difficult, but letters remained the main way of contacting her about missed appointments.
#! Findings
P The review concludes that the serious harm to C2 could not have been predicted with certainty, but that it could have been prevented. There were several points at which a fuller response would probably have changed the course of events.
P The review makes the following findings:
A **Finding 1:** domestic abuse incidents were responded to one at a time, and their cumulative effect on the children was not assessed;
A **Finding 2:** the previous convictions of Mr D were known to the police but were not shared with the agencies working with the family;
A **Finding 3:** C2's faltering growth was not identified because weights were not plotted and missed appointments were not treated as a pattern;
A **Finding 4:** the review conference of 4 November 2010 ended the plans without evidence that risk had reduced;
A **Finding 5:** arrangements for unallocated cases did not keep children in view; and
A **Finding 6:** a referral from a school was treated as a message and not as a referral.
P Good practice was also found. The police response to the third incident was prompt and the MARAC referral was made the next day. Ashgrove Primary School kept careful records of C1's presentation, and DSL1's referral was clear and well judged.{fn: The school's records were described by the panel as \u201cthe clearest account of the children's lives held by any agency\u201d.}
P The review has been informed by the CSCB's earlier review of Family A (2009), which also found that faltering growth was not identified.
#! Recommendations
P The review makes ten recommendations. The first eight are for the CSCB and its member agencies; the last two concern bodies outside Cressbrook.
P **Recommendation 1.** Northvale Police should include any relevant previous convictions of the alleged perpetrator in every domestic abuse notification sent to Children's Social Care.
P **Recommendation 2.** Children's Social Care should ensure that an initial assessment following a domestic incident checks with the police before it accepts that a relationship has ended.
P **Recommendation 3.** Cressbrook Community Health Services should audit the plotting of weights on centile charts and report the results to the CSCB within six months.
P **Recommendation 4.** All health agencies should adopt a \u201cwas not brought\u201d policy, so that missed appointments of children are treated as a possible sign of neglect and shared with the GP.
P **Recommendation 5.** The CSCB should revise its child protection procedures so that a review conference may end a plan only where there is evidence that risk has reduced, and the chair records that evidence.
P **Recommendation 6.** Children's Social Care should ensure that no child subject to a plan, or recently subject to one, is left unallocated, and that a manager holds every unallocated case.
P **Recommendation 7.** Referrals received by telephone should be recorded as referrals and seen by a manager the same day, whoever they are addressed to.
P **Recommendation 8.** Cressbrook Homes should be invited to child protection conferences where it is the landlord of the family.
P **Recommendation 9.** The CSCB should ask the Department for Education to consider guidance on the transfer of children's records when a family moves between authorities.
P **Recommendation 10.** The CSCB should share the learning from this review with neighbouring boards, including Brindleford.
#A Appendix A: Key to staff codes
U The codes below are used throughout this report. They refer to roles held at the time of the events.
TABLE STAFF
U The overview author and the panel chair are named in Section 2 because they were independent of the agencies involved.
"""

EXEC = """
COVER Serious Case Review|\u201cFamily C\u201d|Executive Summary|Cressbrook Safeguarding Children Board|Published February 2012|FICTIONAL \u2013 every person, place and agency in this summary is invented
BREAK
## Introduction
P This is the executive summary of the serious case review commissioned by Cressbrook Safeguarding Children Board (CSCB) after a young child, C2, suffered serious harm in March 2011. It summarises the overview report written by the independent author, Dr Helen Marchbank, and the learning that the Board has drawn from it. The full overview report has been published with this summary, with the names of staff replaced by codes.
P The family lived in a rented house on the Lowfield estate in Cressbrook, having moved from Brindleford early in 2009. The household was made up of Ms C, her daughter C1, her son C2 and, for much of the time, Ms C's partner Mr D, who is not the father of either child. The children's father, Mr E, had very little contact with them. The children's maternal grandmother, Mrs F, lived nearby and saw the family most weeks.
P On 14 March 2011 Ms C called an ambulance because C2, then aged 22 months, was unresponsive. At hospital he was found to be severely dehydrated and malnourished and weighed only 7.4 kg. An X-ray showed a healing fracture of his left forearm, which had not been reported to any professional. He was treated in intensive care and survived. He now lives with foster carers. His sister C1, who was six, was not physically injured; she went to live with Mrs F the following day.
## The review
P The Independent Chair of the CSCB, Alan Pemberton, decided on 4 April 2011 that a serious case review should be held, because the criteria in national guidance were met: a child had suffered potentially life-threatening harm and neglect was suspected. A panel of senior managers, chaired by Margaret Lindqvist, oversaw the review. Nine agencies provided individual management reviews of their own involvement, and a health overview report drew together the work of the health agencies.
P The review covers the period from April 2009 to March 2011, with a summary of earlier involvement in Brindleford. The children's grandmother, Mrs F, contributed to the review and the panel is grateful for her help. Ms C declined to take part while criminal proceedings were under way; Mr D and the children's father did not respond. Practitioners from all the agencies met the overview author, in groups and individually, to talk about their work with the family.
P The CSCB received the overview report on 12 December 2011 and accepted all of its recommendations at that meeting. The total cost of the review, including the independent author and the panel's administration, was \u00a331,750. The review took longer than the six months expected, largely because two agencies were late in providing their reports and because the timing of the criminal investigation had to be respected.
## Summary of events
P Police were called to the family home three times because of violence between Ms C and Mr D: in August 2009, in November 2009 and in July 2010. After the second incident a social worker assessed the family but closed the case when Ms C said the relationship was over. Nobody checked that account with the police, who held information that Mr D had been convicted of violence in the past, including against a former partner.
P After the third incident, in which C1 was cut by a broken mug, both children were made subject to child protection plans at a conference on 10 August 2010. C1's plan was under the category of emotional abuse and C2's under neglect. A domestic abuse adviser was offered to Ms C through the MARAC, the meeting at which agencies plan how to protect victims of domestic abuse at high risk, but Ms C met the adviser only once.
P A review conference on 11 November 2010 ended the plans, on the understanding that Mr D had left the family. Two weeks later the allocated social worker left the authority and the case had no social worker until 13 December 2010. The new social worker was newly qualified and had a heavy caseload, and the case was discussed in supervision only once before the incident.
P In the weeks before the incident C2 was seen only briefly, and never out of his cot. His weight was measured at a clinic in February 2011 but was not compared with his earlier weights. On 21 February 2011 the school told Children's Social Care that C1 had described Mr D shouting at her mother; this was not followed up for eight days, and no visit was made. Three weeks later C2 was admitted to hospital.
## What the review found
P The review found that the harm to C2 could not have been predicted with certainty but could have been prevented. There were several points at which a fuller response would probably have changed what happened. It identified six findings, which are summarised in paragraphs 12 to 16.
P Each domestic incident was handled on its own. No agency put the incidents together or considered the total effect on the children of living with repeated violence and shouting, and neither child was asked about it. C1's account to her teacher in February 2011 was the only time her own words reached an agency.
P The police knew that Mr D had two convictions for assault, including one against a former partner, but did not tell the other agencies. Social workers and health visitors therefore judged the risk to the children without knowing the most important fact about the man who lived with them.
P C2 was not brought to seven health appointments. Each missed appointment was treated as a single lapse, and the letters sent to Ms C were not shared with the GP. His weights were taken but not plotted on a growth chart, and nobody saw that he had stopped growing from the spring of 2010 onwards.
P The child protection plans were ended although there was no evidence that the risk had reduced. The conference relied on Ms C's report that Mr D had left, and did not hear from the housing officer, who had seen him at the house, or from the GP, who had recorded C2's low weight.
P The way unallocated cases were handled did not keep the children in view during the change of social worker, and a telephone call from the school was treated as a message and not as a referral, so that no manager knew of it.
P The review also noted good practice: the police response to the July 2010 incident was prompt and led to a referral to the MARAC the next day, and the school's careful records gave the clearest account of the children's lives held by any agency.
## Recommendations and action taken
P The overview report makes ten recommendations. They cover the sharing of police information about perpetrators, the checking of parents' accounts, the plotting of children's growth, missed health appointments, the ending of child protection plans, unallocated cases, telephone referrals and the involvement of housing providers in conferences. Two recommendations ask the CSCB to raise matters with national bodies and with neighbouring boards.
A Northvale Police to include relevant previous convictions in domestic abuse notifications;
A Children's Social Care to check with the police before accepting that a relationship has ended;
A Cressbrook Community Health Services to audit the plotting of weights on growth charts;
A all health agencies to adopt a \u201cwas not brought\u201d policy and share missed appointments with the GP;
A the CSCB to revise its procedures so that plans end only on evidence that risk has reduced;
A Children's Social Care to ensure that a manager holds every unallocated case;
A telephone referrals to be recorded as referrals and seen by a manager the same day;
A Cressbrook Homes to be invited to conferences where it is the family's landlord;
A the CSCB to raise the transfer of records between authorities with the Department for Education; and
A the CSCB to share the learning with neighbouring boards, including Brindleford.
P Since the review, Children's Social Care has introduced a rule that a team manager holds every unallocated case, and a \u201cwas not brought\u201d policy has been adopted by all health agencies in Cressbrook. The police now attach previous convictions to domestic abuse notifications. By January 2012, 46 practitioners had attended learning events based on the review, and a short guide to faltering growth has been sent to every GP practice.
P C2 lives with foster carers and is making good progress. C1 lives with her grandmother and is doing well at school. The CSCB will monitor the action plan at each of its meetings and will publish a report on its progress in its annual report for 2012\u201313.
"""
