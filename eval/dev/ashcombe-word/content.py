"""Text of the FICTIONAL Ashcombe LSCB Serious Case Review "Child N" (used by build.py).

All people, places, agencies and events are invented."""

OV_FOOTNOTES = {
    1: "Ashcombe Recovery Partnership (ARP) is the adult drug and alcohol treatment service commissioned by "
       "the council's public health team. It is referred to as 'the drug service' in this report.",
    2: "Supervised consumption means that the patient takes each dose in front of the pharmacist. Doses "
       "collected to be taken at home are called 'take-home doses'.",
    3: "The DASH checklist (Domestic Abuse, Stalking and Harassment) grades risk as standard, medium or high.",
    5: "The Board's threshold document, 'Right Help, Right Time', was revised in April 2011.",
    4: "The service manager for the drug service told the panel that 58 patients with children in the "
       "household held take-home doses in October 2012.",
}

ES_FOOTNOTES = {
    1: "The full overview report, including the multi-agency chronology, is published alongside this summary.",
}

OVERVIEW = [
    ("h1", "1. Introduction"),
    ("p", "1.1", "This Serious Case Review (SCR) was commissioned by the Ashcombe Local Safeguarding Children "
     "Board (the Board) following a serious incident involving a two-year-old boy, referred to in this report as "
     "Child N. On the morning of 9 October 2012 Child N was found unresponsive at the family home by his mother, "
     "Ms P. He was taken by ambulance to Ashcombe General Hospital, where tests showed that he had swallowed "
     "methadone prescribed to his mother."),
    ("p", "1.2", "Child N was ventilated and transferred on 10 October 2012 to the paediatric intensive care unit "
     "at Northfield Children's Hospital. He spent six days in intensive care. He survived, and the paediatric "
     "team reported to the review that he has made a good physical recovery, although his development continues "
     "to be monitored."),
    ("p", "1.3", "Child N has an older half-sister, referred to as Child M, who was eight years old at the time "
     "of the incident. Both children were placed with their maternal grandmother, Mrs W, under an interim care "
     "order made on 19 October 2012, and they remain in her care."),
    ("p", "1.4", "The criteria for an SCR set out in Working Together to Safeguard Children (2010) were met "
     "because abuse or neglect was suspected and the child sustained a potentially life-threatening injury. "
     "The Board's independent chair, Mr Alan Brereton, took the decision to hold a review on 2 November 2012, "
     "on the recommendation of the Serious Case Review Sub-group, which had met on 31 October 2012. Ofsted and "
     "the Department for Education were notified on 5 November 2012."),
    ("p", "1.5", "The purpose of the review is not to apportion blame. It is to establish what lessons can be "
     "learned about the way in which local professionals and organisations work individually and together, to "
     "identify clearly what those lessons are, and to improve inter-agency working so that children are better "
     "safeguarded."),
    ("p", "1.6", "Ms P was later charged with child neglect. She pleaded guilty at Ashcombe Crown Court on "
     "24 June 2013 and received a sentence of 18 months' imprisonment suspended for two years, with a drug "
     "rehabilitation requirement. No charges were brought against Mr T, Child N's father."),

    ("h1", "2. The review process"),
    ("p", "2.1", "**Panel.** The review was overseen by a panel of senior managers from the agencies involved, "
     "chaired by Mrs Gillian Marchbank, an independent social work consultant with no connection to Ashcombe "
     "services. The overview report was written by Dr Colin Aspinall, an independent author. The panel met "
     "seven times between 6 December 2012 and 11 July 2013."),
    ("p", "2.2", "**Scope.** The period under review runs from 1 April 2011, shortly before Ms P moved to her "
     "flat at Tanners Court, to 9 October 2012, the date of the incident. Agencies were asked to summarise any "
     "significant earlier involvement."),
    ("p", "2.3", "**Agency reports.** Individual management reviews (IMRs) were requested from the following "
     "agencies, and all were received by 28 February 2013:"),
    ("sub", "(a)", "Ashcombe Council Children's Social Care (CSC);"),
    ("sub", "(b)", "Ashcombe Community Health NHS Trust, for health visiting and school nursing;"),
    ("sub", "(c)", "Ashcombe Recovery Partnership, the adult drug treatment service[^1];"),
    ("sub", "(d)", "Westmarch Police, Public Protection Unit;"),
    ("sub", "(e)", "Fairmead Surgery, on behalf of the GP practice;"),
    ("sub", "(f)", "Orchard Vale Primary School;"),
    ("sub", "(g)", "Ashcombe Homes, the housing association that let the flat; and"),
    ("sub", "(h)", "Kestrel Pharmacy, the community pharmacy that dispensed Ms P's methadone."),
    ("p", "2.4", "Short information reports were also provided by the ambulance service, the Linden Children's "
     "Centre and Ashcombe General Hospital. In total the panel considered eight IMRs and three information "
     "reports."),
    ("p", "2.5", "**Terms of reference.** The panel agreed the following key lines of enquiry at its first "
     "meeting:"),
    ("li", "1.", "How well did professionals understand the risks to young children of methadone kept in the home?"),
    ("li", "2.", "Was information about Ms P's drug use and the household shared with the agencies that needed it?"),
    ("li", "3.", "Were the referrals of February 2012 and August 2012 assessed in line with the Board's thresholds?"),
    ("li", "4.", "Was the voice of each child heard, and was Mr T's role in the household understood?"),
    ("p", "2.6", "**Involvement of practitioners.** A learning event for front-line practitioners was held on "
     "14 March 2013 and was attended by 27 practitioners from nine agencies. Their accounts have been used "
     "throughout this report. The panel is grateful for their openness."),
    ("p", "2.7", "**Involvement of the family.** Ms P met the overview author and the panel chair on "
     "22 May 2013, after the criminal proceedings had concluded on her part. Mrs W, the children's grandmother, "
     "met the author on 3 June 2013. Mr T was invited by letter twice but did not respond. Child M, now nine, "
     "was seen by the author with her grandmother and said that she had 'always known where the green bottle "
     "was kept'."),
    ("p", "2.8", "**Parallel processes.** The police investigation and the criminal proceedings delayed parts of "
     "the review. With the agreement of the Board, the timescale was extended and the overview report was "
     "presented to the Board on 18 September 2013, where it was approved."),

    ("h1", "3. The family"),
    ("p", "3.1", "Ms P was 29 years old at the time of the incident. She has a long history of heroin use, which "
     "began when she was 17, and she had been in treatment with the drug service on and off since 2006. In the "
     "period under review she was prescribed methadone, an opioid substitute, and she told the review that she "
     "had not used heroin during 2012, although two drug screens that year were positive for opiates other than "
     "methadone."),
    ("p", "3.2", "Child M was born in 2004. Her father, Mr R, lives in another part of the country and has had no "
     "contact with her since 2007. She attended Orchard Vale Primary School, where staff described her as a quiet "
     "and capable girl who often took responsibility for her younger brother at the school gate."),
    ("p", "3.3", "Child N was born on 22 June 2010 at Ashcombe General Hospital, at 38 weeks' gestation, weighing "
     "2,640 grams. He was treated for neonatal abstinence syndrome for eleven days before going home. He was "
     "2 years and 3 months old at the time of the incident."),
    ("p", "3.4", "Mr T, Child N's father, was 34. He was not registered at the Tanners Court address, and "
     "agencies recorded him variously as 'ex-partner', 'visiting father' and 'lodger'. Ms P told the review that "
     "he stayed at the flat 'most nights' from the spring of 2012. He had previous convictions for theft and for "
     "an assault on a former partner in 2008, which were known to the police but not to other agencies."),
    ("p", "3.5", "The family moved to a two-bedroom flat at 14 Tanners Court, let by Ashcombe Homes, on "
     "18 April 2011. The flat is on the third floor of a block without a lift. By September 2012 rent arrears "
     "on the tenancy had reached £1,460 and a notice of seeking possession had been served."),
    ("p", "3.6", "Mrs W, Ms P's mother, lives about two miles away and provided regular childcare. She told the "
     "review that she had been 'worried sick' about the methadone but had not felt able to say so to any "
     "professional because she feared the children would be taken into care."),

    ("h1", "4. Summary of agency involvement"),
    ("txt", "This section summarises the significant events in the period under review. The full multi-agency "
     "chronology is at Appendix A. Each agency's involvement is described in turn, and the combined narrative "
     "follows from paragraph 4.12."),
    ("h2", "Agency involvement in outline"),
    ("p", "4.1", "**Drug service.** Ms P's keyworker at Ashcombe Recovery Partnership from 2009 until "
     "31 March 2012 was DS1. After DS1 moved to another team, the case was transferred to DS3, who remained the "
     "keyworker until the incident. The prescribing doctor throughout was DS2. Ms P's dose was reviewed at "
     "quarterly prescribing reviews, the last of which took place on 6 September 2012."),
    ("p", "4.2", "**Community pharmacy.** Kestrel Pharmacy dispensed Ms P's methadone daily under supervised "
     "consumption[^2] until 14 May 2012, when DS2 agreed that she could collect take-home doses three days a week. "
     "The pharmacy's records show that Ms P missed collecting her dose on nine occasions between May and "
     "September 2012, but these were not reported to the drug service."),
    ("p", "4.3", "**Health visiting.** HV1 was the family's health visitor from Child N's birth until she retired "
     "in November 2011. There was then a gap of seven weeks before HV2 was allocated on 9 January 2012. HV2 "
     "carried a caseload of 486 families against a local guide figure of 300. The health visiting service held "
     "the case at the 'universal plus' level of service."),
    ("p", "4.4", "**General practice.** The family was registered with Fairmead Surgery. GP1 was Ms P's named GP "
     "and saw her four times in the period under review, mainly for anxiety and low mood. GP2, a salaried GP at the "
     "practice, carried out Child N's two-year development check on 2 August 2012 at the surgery because the "
     "health visiting service had no clinic capacity that month."),
    ("p", "4.5", "**Education.** Child M attended Orchard Vale Primary School throughout. The school's designated "
     "safeguarding lead, referred to as DSL1, made the referral to Children's Social Care in February 2012. "
     "Child M's attendance was 81.5% in the 2011/12 school year, compared with 94.0% in 2010/11."),
    ("p", "4.6", "**Children's Social Care.** CSC received two referrals about the family in the period under "
     "review. The first, in February 2012, was assessed by SW1 and closed. The second, in August 2012, was "
     "allocated to SW2, and an initial assessment was still in progress at the time of the incident. The team "
     "manager for both referrals was TM1."),
    ("p", "4.7", "**Police.** Westmarch Police attended the flat once in the period, on 26 August 2012, following "
     "a report of a domestic disturbance. PC1 was the attending officer and completed the risk assessment."),
    ("p", "4.8", "**Housing.** The housing officer for Tanners Court, HO1, visited the flat three times about the "
     "rent arrears and twice noticed that the children appeared to be alone in the flat while Ms P was out."),
    ("p", "4.9", "**Children's centre.** Child N attended six 'stay and play' sessions at the Linden Children's "
     "Centre between March and June 2012, with his grandmother. Staff had no concerns about his presentation but "
     "noted that his speech was delayed."),
    ("p", "4.10", "**Ambulance service.** The ambulance service received the 999 call at 08.05 hrs on "
     "9 October 2012 and the crew arrived at the flat at 08.14 hrs."),
    ("p", "4.11", "**Hospital.** Ashcombe General Hospital had no contact with the family in the period under "
     "review before the incident, apart from routine outpatient audiology appointments for Child N, one of which "
     "was not attended."),
    ("h2", "Combined narrative"),
    ("p", "4.12", "**April to December 2011.** After the move to Tanners Court in April 2011, Ms P attended the "
     "drug service regularly and her drug screens were negative for heroin. HV1 saw Child N at home on "
     "7 July 2011 and recorded that the methadone was 'kept in a cupboard out of reach'. She did not see the "
     "cupboard. HV1's last home visit before her retirement was on 15 November 2011, when she recorded no concerns."),
    ("p", "4.13", "No handover visit took place when HV1 retired, and the electronic record held only a brief "
     "transfer summary. The summary described Ms P as 'stable on script' but did not record the dose or whether "
     "she collected it daily."),
    ("p", "4.14", "**The school referral.** On 6 February 2012 DSL1 telephoned CSC after Child M arrived at "
     "school hungry for the third time in a fortnight and told her teacher that 'Mummy was asleep and wouldn't "
     "wake up'. The referral was confirmed in writing the next day. SW1 completed an initial assessment within "
     "the required timescale, on 20 February 2012."),
    ("p", "4.15", "SW1 visited the flat once, by appointment, on 14 February 2012. Ms P said that she had been "
     "unwell with flu. SW1 contacted DS1, who described Ms P as 'one of our more stable clients' and confirmed "
     "that she was on supervised consumption. SW1 did not speak to Child M on her own, and she did not contact "
     "the school again or the health visitor. The assessment concluded that the family's needs could be met by "
     "universal services and the case was closed on 27 February 2012 with no further action, a decision "
     "signed off by TM1."),
    ("p", "4.16", "**Change of keyworker.** DS1 left the team on 31 March 2012. The transfer to DS3 took place "
     "on 4 April 2012 at a joint appointment. DS3 had a caseload of 71 clients. The transfer note did not mention "
     "the CSC assessment in February, although DS1 had recorded SW1's telephone call."),
    ("p", "4.17", "**Take-home doses.** At a prescribing review on 14 May 2012, DS2 agreed to Ms P's request to "
     "collect her methadone three days a week, so that she could take up a part-time job. The dose at that time "
     "was 70 ml daily. The drug service's policy required a home visit and a lockable storage box before "
     "take-home doses started for a patient with children at home. A lockbox was issued to Ms P on the same day, "
     "but no home visit was made, and nobody checked that the box was being used. DS3 recorded that Ms P had "
     "'signed the safe storage agreement'."),
    ("p", "4.18", "**Health visiting in 2012.** HV2 made her first contact with the family on 27 February 2012, "
     "a telephone call, and her first home visit on 22 March 2012. She saw Child N again at home on 17 July 2012. "
     "During that visit she saw a bottle of green liquid on the kitchen worktop and asked Ms P about it. Ms P "
     "said it was her methadone and that she had 'just got it out to take'. HV2 advised her to keep it locked "
     "away. She telephoned DS3 on 19 July 2012 to pass this on and left a message; the call was not returned, and "
     "HV2 did not follow it up. HV2 told the learning event that she 'assumed the drug service would pick it up "
     "at the next review'."),
    ("p", "4.19", "**Two-year check.** GP2 saw Child N with Ms P on 2 August 2012 for his two-year development "
     "check. The check recorded delayed speech and that Child N had missed an audiology appointment. GP2 did not "
     "have access to the health visiting record and was not aware of the July visit."),
    ("p", "4.20", "**The domestic incident.** At 23.20 hrs on 26 August 2012 a neighbour called the police "
     "reporting shouting and a child screaming at the flat. PC1 and a colleague arrived at 23.41 hrs. Mr T had left "
     "before they arrived. Ms P had a red mark on her cheek and said that they had argued about money. Both children "
     "were in the flat, and Child M was awake and crying. PC1 completed a DASH risk assessment[^3], which was "
     "graded 'standard'. Mr T was arrested the next day, interviewed and released without charge because Ms P "
     "declined to make a statement."),
    ("p", "4.21", "The police notification to CSC was sent on 28 August 2012. It recorded that 'mother is on a "
     "methadone script' but not that the children had been present during the argument, although this was in "
     "PC1's pocket notebook. The notification was screened by CSC on 29 August 2012 and was accepted as a "
     "referral for an initial assessment, which was allocated to SW2 on 30 August 2012."),
    ("p", "4.22", "**The second assessment.** SW2 was a newly qualified social worker in her first year of "
     "practice. She carried 19 cases at the time, above the limit of 15 set for newly qualified staff in the "
     "first year. SW2 read the February assessment but not the case notes behind it. She visited the flat "
     "unannounced on 5 September 2012 and found nobody in. Her first successful visit was on 12 September 2012, "
     "when she saw both children and Ms P. She planned a child in need meeting for 11 October 2012 and asked "
     "the drug service, the school and the health visitor to attend."),
    ("p", "4.23", "The prescribing review on 6 September 2012 was carried out by DS2 with DS3 present. Ms P's dose "
     "was increased from 70 ml to 85 ml daily, because she reported cravings. The review did not consider the "
     "children, and the recorded risk assessment for take-home doses, which should have been repeated, was "
     "copied forward from May. DS3 had cancelled a planned home visit on 3 September 2012 because of "
     "sickness in the team and did not rebook it."),
    ("p", "4.24", "**Housing.** HO1 visited the flat on 11 June 2012 and on 20 September 2012 about the rent "
     "arrears. On the second occasion HO1 heard a young child crying inside and saw Child N at the window, "
     "but there was no answer at the door. HO1 waited for about ten minutes, and Ms P then arrived back carrying "
     "shopping and said the children had been with a neighbour. HO1 recorded this on the tenancy file but did not "
     "consider it a safeguarding matter, and no referral was made."),
    ("p", "4.25", "**The school in the autumn term.** Child M returned to school on 5 September 2012. The school "
     "recorded that she was late on eight of the first twenty-two school days of the term. On 2 October 2012 Child "
     "M told a teaching assistant that she had given her brother 'his medicine' because he was crying. The "
     "teaching assistant told DSL1 the same afternoon. DSL1 intended to raise it at the child in need meeting "
     "and did not pass it on before the incident."),
    ("p", "4.26", "**The incident.** On 8 October 2012 Ms P collected three take-home doses. She told the police "
     "that she had put the bottles in the lockbox, but the lockbox was later found in a kitchen drawer, unlocked, "
     "with its key in it. Ms P said she woke at about 07.30 hrs the next morning and found Child N unresponsive on "
     "the sofa at 07.45 hrs. Mrs W was called first, and the 999 call was not made until 08.05 hrs. The "
     "ambulance reached Ashcombe General Hospital at 08.31 hrs."),
    ("p", "4.27", "A strategy discussion between CSC, the police and the hospital paediatrician, Dr Q, took place "
     "at 13.00 hrs on 9 October 2012. Child M was placed with Mrs W under police protection that afternoon. A "
     "half-empty methadone bottle was found on the floor behind the sofa. Toxicology confirmed that Child N had "
     "taken methadone, and the police estimated that he had swallowed about 20 ml."),
    ("p", "4.28", "Child N was transferred to Northfield Children's Hospital on 10 October 2012 and was discharged "
     "to the care of Mrs W on 1 November 2012. The interim care order was made on 19 October 2012, and a final "
     "special guardianship order in favour of Mrs W was made on 16 August 2013."),

    ("h1", "5. Analysis of practice"),
    ("p", "5.1", "This section considers the key lines of enquiry set out at paragraph 2.5. The panel has "
     "tried to understand why professionals acted as they did at the time, and to avoid the benefit of "
     "hindsight."),
    ("p", "5.2", "**Understanding the risk of methadone to young children.** Methadone is highly toxic to a child "
     "who has not been exposed to opioids. A dose as small as 10 ml can be fatal to a toddler. Several "
     "professionals told the learning event that they knew this in general terms. However, none of the agencies "
     "had a shared guidance document on safe storage, and the Board's multi-agency procedures did not mention "
     "prescribed substitutes at all."),
    ("p", "5.3", "The drug service's own policy was sound on paper. It required three things before take-home "
     "doses were agreed for a parent: a home visit, a lockable box, and a written safe storage agreement. Only "
     "two of these were in place for Ms P. The panel considers that the home visit was the most important of the "
     "three, because it is the only way to see where medication is actually kept. The drug service's IMR found "
     "that home visits had not been done for 'a significant proportion' of parents on take-home doses[^4]."),
    ("p", "5.4", "The panel identified the following missed opportunities to understand the risk of the "
     "methadone to Child N:"),
    ("sub", "(a)", "HV1's visit in July 2011, when she accepted Ms P's account of a cupboard without seeing it;"),
    ("sub", "(b)", "the decision of 14 May 2012 to start take-home doses without the required home visit;"),
    ("sub", "(c)", "HV2's sighting of the bottle on the worktop on 17 July 2012, which was not followed up when "
     "DS3 failed to return the call; and"),
    ("sub", "(d)", "Child M's remark on 2 October 2012 about giving her brother 'his medicine', which was held "
     "for a meeting rather than reported straight away."),
    ("p", "5.5", "**Information sharing.** Information was held in many places but was not brought together. The "
     "police knew of Mr T's 2008 assault conviction; the pharmacy knew of the missed collections; HV2 knew about "
     "the bottle; the housing officer knew the children had been left alone; the school knew what Child M had "
     "said. No single agency had more than two of these pieces of information before 9 October 2012."),
    ("p", "5.6", "The most significant gap was between the drug service and Children's Social Care. In "
     "February 2012, DS1 told SW1 that Ms P was on supervised consumption, which was true at the time. When this "
     "changed in May, nobody told CSC, because the case was closed and the drug service had no process for "
     "telling other agencies about a change in dispensing arrangements. The panel regards the absence of such a "
     "process as a system weakness rather than the fault of any individual."),
    ("p", "5.7", "**Thresholds and assessment.** The February 2012 assessment was completed on time but was "
     "narrow. It relied on one announced visit and on a single telephone conversation with the drug service. The "
     "panel's view is that the referral met the threshold for a child in need assessment under the Board's "
     "threshold document[^5], and that a fuller assessment, including a conversation with Child M on her own, "
     "would probably have identified the pattern of Ms P being unable to wake in the mornings."),
    ("p", "5.8", "The August 2012 referral was correctly accepted. However, it was not treated as a repeat "
     "referral, although it came six months after the first. CSC's IMR notes that the electronic system flagged "
     "the earlier contact but that the screening record did not mention it. The panel considers that a strategy "
     "discussion should have been considered at that point, given the combination of domestic abuse, parental "
     "drug use and a child under three. None was held."),
    ("p", "5.9", "SW2's workload was a significant factor. SW2 told the learning event that she 'did not get the "
     "support a newly qualified worker needs'. Supervision records show that she had formal supervision only "
     "once in the six weeks before the incident, on 19 September 2012, and that the Child N case was not "
     "discussed in it."),
    ("p", "5.10", "**The voice of the child.** Child M's words were recorded on two occasions, in February 2012 "
     "and in October 2012, and both times they pointed to the same risk: that her mother could not be woken and "
     "that she, at the age of seven and later eight, was caring for her brother. The review found that Child M "
     "was never spoken to on her own by a social worker. Child N was too young to speak for himself, and no "
     "professional recorded his daily routine or who looked after him in the mornings."),
    ("p", "5.11", "**The role of Mr T.** Mr T was described to the review by one practitioner as 'the invisible "
     "man'. Agencies did not ask who else lived in or visited the household. The police IMR confirms that his "
     "2008 conviction would have been shared had CSC asked for a police check at the February assessment. No "
     "check was requested."),
    ("p", "5.12", "**Good practice.** The panel wishes to record some good practice. DSL1's referral in February "
     "2012 was prompt, clear and child-focused. The ambulance crew's response was rapid, and the hospital's "
     "management of Child N after arrival was described by the independent paediatric adviser as 'excellent'. "
     "Mrs W has provided stable care for both children since the incident."),
    ("p", "5.13", "**Organisational context.** During 2012 the health visiting service was carrying 11 vacant "
     "posts, and CSC's assessment team had an agency worker rate of 38%. The panel heard that the drug service "
     "had been re-commissioned in 2011 with a reduced budget and a target to increase the number of clients "
     "leaving treatment drug-free, which the service manager said 'pushed keyworkers towards giving more "
     "responsibility to stable clients'."),

    ("h1", "6. Findings"),
    ("p", "6.1", "The panel has made six findings. They are set out below with a short explanation of each."),
    ("p", "6.2", "**Finding 1: Safe storage of prescribed opioids.** There was no multi-agency understanding in "
     "Ashcombe of the risk that methadone and other opioid substitutes pose to young children, and no shared "
     "guidance on safe storage. Professionals who saw the methadone did not know what to do about it."),
    ("p", "6.3", "**Finding 2: Take-home doses for parents.** The drug service's policy for agreeing take-home "
     "doses for parents was not followed, and the service had no means of knowing that it was not being followed. "
     "The required home visit did not happen."),
    ("p", "6.4", "**Finding 3: Sharing changes in treatment.** There was no agreed way for the drug service to tell "
     "other agencies working with a family when a parent's dispensing arrangements changed."),
    ("p", "6.5", "**Finding 4: Repeat referrals.** The second referral was not recognised as a repeat referral, and "
     "the history was not used to inform the response. A strategy discussion was not considered."),
    ("p", "6.6", "**Finding 5: Hearing the child.** What Child M said was not acted on, and she was never seen "
     "alone by a social worker. The daily lived experience of Child N was not explored by any agency."),
    ("p", "6.7", "**Finding 6: Workforce capacity.** High caseloads in health visiting and in the assessment team, "
     "and a newly qualified social worker without adequate supervision, reduced the quality of the work. These "
     "are long-standing issues that the Board had been told about in its annual report for 2011/12."),

    ("h1", "7. Recommendations"),
    ("p", "7.1", "The panel makes eleven recommendations. Recommendations 1 to 4 are for the Board itself and "
     "recommendations 5 to 11 are for individual agencies. Each agency has prepared an action plan, and progress "
     "will be monitored by the Board's Serious Case Review Sub-group."),
    ("p", "7.2", "**Recommendations for the Board.** The Board should:"),
    ("li", "1.", "publish multi-agency guidance on the safe storage of prescribed opioid substitutes in homes with "
     "children, by 31 March 2014;"),
    ("li", "2.", "run a public awareness campaign for parents and carers about the dangers of methadone to "
     "children;"),
    ("li", "3.", "audit, within six months, a sample of repeat referrals to Children's Social Care; and"),
    ("li", "4.", "ask its Learning and Improvement Sub-group to check that the lessons of this review have been "
     "understood by front-line staff, through a further learning event in 2014."),
    ("p", "7.3", "**Recommendations for Ashcombe Recovery Partnership.** The drug service should make a home visit "
     "before any take-home doses are agreed for a parent, and repeat it at least every three months while "
     "the take-home doses continue (Recommendation 5). It should also agree a protocol with CSC and the health "
     "visiting service for telling them about any change in dispensing arrangements for a parent "
     "(Recommendation 6)."),
    ("p", "7.4", "**Recommendation for community pharmacies.** The Board should ask NHS commissioners to "
     "require community pharmacies to report three consecutive missed collections by a parent to the "
     "prescribing service (Recommendation 7)."),
    ("p", "7.5", "**Recommendations for Children's Social Care.** CSC should ensure that the screening of any "
     "referral records previous contacts in the last twelve months (Recommendation 8), and that newly qualified "
     "social workers receive supervision at least fortnightly in their first year of practice (Recommendation 9)."),
    ("p", "7.6", "**Recommendation for health visiting.** Ashcombe Community Health NHS Trust should make sure that "
     "when a health visitor sees medication or drugs within reach of a child, the concern is recorded, shared with "
     "the prescriber in writing, and followed up until a reply is received (Recommendation 10)."),
    ("p", "7.7", "**Recommendation for housing.** Ashcombe Homes should provide safeguarding training to all "
     "housing officers, so that concerns such as children left alone are reported to CSC (Recommendation 11)."),
    ("p", "7.8", "The Board accepted all eleven recommendations at its meeting on 18 September 2013."),
]

CHRONOLOGY = [
    ("22/06/2010", "Hospital", "Child N born at Ashcombe General Hospital, 38 weeks. Treated for neonatal abstinence syndrome."),
    ("18/04/2011", "Housing", "Family move to 14 Tanners Court. Tenancy signed with HO1."),
    ("07/07/2011", "Health visiting", "HV1 home visit. Methadone said to be 'kept in a cupboard out of reach'."),
    ("15/11/2011", "Health visiting", "HV1 last home visit before retirement. No concerns recorded."),
    ("09/01/2012", "Health visiting", "HV2 allocated to family."),
    ("06/02/2012", "School", "DSL1 telephones CSC: Child M arrived hungry, said mother 'wouldn't wake up'."),
    ("07/02/2012", "School", "Written referral sent to CSC by DSL1."),
    ("14/02/2012", "CSC", "SW1 announced home visit. Ms P says she has had flu."),
    ("15/02/2012", "Drug service", "DS1 takes telephone call from SW1; confirms supervised consumption."),
    ("20/02/2012", "CSC", "SW1 completes initial assessment."),
    ("27/02/2012", "CSC", "Case closed, no further action (TM1)."),
    ("27/02/2012", "Health visiting", "HV2 first contact with Ms P, by telephone."),
    ("22/03/2012", "Health visiting", "HV2 first home visit."),
    ("31/03/2012", "Drug service", "DS1 leaves team."),
    ("04/04/2012", "Drug service", "Joint transfer appointment, DS1 to DS3."),
    ("14/05/2012", "Drug service", "Prescribing review (DS2): take-home doses three days a week agreed. Dose 70 ml. Lockbox issued; no home visit."),
    ("11/06/2012", "Housing", "HO1 visit about rent arrears."),
    ("17/07/2012", "Health visiting", "HV2 home visit. Bottle of methadone seen on kitchen worktop."),
    ("19/07/2012", "Health visiting", "HV2 leaves telephone message for DS3. Call not returned."),
    ("02/08/2012", "GP", "GP2 two-year development check. Speech delay noted."),
    ("26/08/2012", "Police", "Domestic incident at flat, 23.20 hrs call. PC1 attends. DASH: standard."),
    ("27/08/2012", "Police", "Mr T arrested, interviewed and released without charge."),
    ("28/08/2012", "Police", "Notification sent to CSC."),
    ("29/08/2012", "CSC", "Notification screened; accepted for initial assessment."),
    ("30/08/2012", "CSC", "Initial assessment allocated to SW2."),
    ("03/09/2012", "Drug service", "Planned DS3 home visit cancelled (staff sickness). Not rebooked."),
    ("05/09/2012", "CSC", "SW2 unannounced visit. No reply."),
    ("06/09/2012", "Drug service", "Prescribing review (DS2, DS3): dose increased to 85 ml."),
    ("12/09/2012", "CSC", "SW2 home visit. Children and Ms P seen."),
    ("19/09/2012", "CSC", "SW2 supervision with TM1. Child N case not discussed."),
    ("20/09/2012", "Housing", "HO1 visit. Child crying inside, no answer; Ms P returns after about ten minutes."),
    ("02/10/2012", "School", "Child M tells teaching assistant she gave brother 'his medicine'. DSL1 informed."),
    ("08/10/2012", "Pharmacy", "Ms P collects three take-home doses."),
    ("09/10/2012", "Ambulance", "999 call 08.05 hrs; crew on scene 08.14 hrs; arrival at hospital 08.31 hrs."),
    ("09/10/2012", "CSC / Police", "Strategy discussion 13.00 hrs. Child M to Mrs W under police protection."),
    ("10/10/2012", "Hospital", "Child N transferred to Northfield Children's Hospital PICU."),
    ("11/10/2012", "CSC", "Planned child in need meeting (did not take place)."),
    ("19/10/2012", "Court", "Interim care order. Both children placed with Mrs W."),
    ("01/11/2012", "Hospital", "Child N discharged to Mrs W."),
]

ROLES = [
    ("SW1", "Social worker, February 2012 assessment", "Children's Social Care"),
    ("SW2", "Social worker (newly qualified), August 2012 assessment", "Children's Social Care"),
    ("TM1", "Team manager, assessment team", "Children's Social Care"),
    ("HV1", "Health visitor to November 2011", "Ashcombe Community Health NHS Trust"),
    ("HV2", "Health visitor from January 2012", "Ashcombe Community Health NHS Trust"),
    ("DS1", "Drug service keyworker to March 2012", "Ashcombe Recovery Partnership"),
    ("DS2", "Prescribing doctor", "Ashcombe Recovery Partnership"),
    ("DS3", "Drug service keyworker from April 2012", "Ashcombe Recovery Partnership"),
    ("GP1", "Ms P's named GP", "Fairmead Surgery"),
    ("GP2", "Salaried GP (two-year check)", "Fairmead Surgery"),
    ("DSL1", "Designated safeguarding lead", "Orchard Vale Primary School"),
    ("PC1", "Attending police officer", "Westmarch Police"),
    ("HO1", "Housing officer", "Ashcombe Homes"),
]

SUMMARY = [
    ("h1", "Executive Summary"),
    ("p", "1.", "This is the executive summary of the Serious Case Review commissioned by Ashcombe Local "
     "Safeguarding Children Board into the circumstances in which Child N, then aged two, swallowed his "
     "mother's methadone at home on 9 October 2012. It should be read with the overview report[^1]."),
    ("p", "2.", "Child N survived. He was treated at Ashcombe General Hospital and then for six days in "
     "intensive care at Northfield Children's Hospital. He and his sister, Child M, now live with their "
     "grandmother under a special guardianship order."),
    ("p", "3.", "The review was chaired by Mrs Gillian Marchbank and the overview report was written by "
     "Dr Colin Aspinall. Both are independent of Ashcombe agencies. The review panel met on seven occasions, and "
     "27 practitioners took part in a learning event. Eight agencies completed individual management reviews."),
    ("p", "4.", "The review covered the period from 1 April 2011 to 9 October 2012. The review cost the Board "
     "£18,400, including the fees of the independent chair and author."),
    ("h2", "What happened"),
    ("p", "5.", "Ms P, the children's mother, had been in treatment for heroin use since 2006 and was prescribed "
     "methadone. Until May 2012 she took every dose under supervision at the pharmacy. On 14/05/2012 the drug "
     "service agreed that she could take doses home three days a week. A lockbox was issued but the home visit "
     "that the service's policy required was not made."),
    ("p", "6.", "Children's Social Care assessed the family twice: after the school's referral in February 2012, "
     "when the case was closed after an initial assessment, and after a police notification about a domestic "
     "incident on 26/08/2012. The second assessment had not been completed by the time of the incident, and a "
     "child in need meeting had been arranged for 11/10/2012."),
    ("p", "7.", "In July 2012 a health visitor saw a bottle of methadone on the kitchen worktop. In September "
     "2012 the housing officer heard a child crying in the flat with no adult present. On 2 October 2012 "
     "Child M told a teaching assistant that she had given her brother 'his medicine'. None of these concerns "
     "reached Children's Social Care before the incident."),
    ("p", "8.", "On the morning of 9 October 2012 Ms P found Child N unresponsive. The 999 call was made twenty "
     "minutes after he was found. Tests confirmed methadone poisoning. Ms P later pleaded guilty to child neglect "
     "and received a suspended prison sentence."),
    ("h2", "What the review found"),
    ("p", "9.", "The panel concluded that the incident could have been prevented if the risk posed by the "
     "methadone had been understood and shared between agencies. It made six findings:"),
    ("li", "(i)", "no shared understanding or guidance on the safe storage of prescribed opioids;"),
    ("li", "(ii)", "the drug service's policy on take-home doses for parents was not followed;"),
    ("li", "(iii)", "no way for the drug service to tell others about changes in dispensing;"),
    ("li", "(iv)", "the second referral was not recognised as a repeat referral;"),
    ("li", "(v)", "the child's voice was not heard and Child M was never seen alone; and"),
    ("li", "(vi)", "high caseloads and weak supervision reduced the quality of practice."),
    ("p", "10.", "The panel found that no single agency held more than two of the key pieces of information. "
     "The drug service did not know about the bottle on the worktop, the school did not know about the "
     "methadone, and Children's Social Care did not know that take-home doses had started."),
    ("p", "11.", "The panel also recorded good practice, in particular the school's prompt referral in "
     "February 2012 and the emergency response on the day of the incident."),
    ("h2", "Recommendations and action"),
    ("p", "12.", "The review makes eleven recommendations: four for the Board and seven for individual agencies. "
     "The most important are that the drug service must visit the home before a parent is given take-home doses "
     "and every three months after that, and that the Board must publish guidance on safe storage by "
     "31/03/2014."),
    ("p", "13.", "Ashcombe Recovery Partnership has already reviewed every parent on take-home doses. It reports "
     "that by 31 August 2013 home visits had been made to all 58 of them, and that 12 had been moved back to "
     "supervised consumption."),
    ("p", "14.", "The Board accepted the recommendations on 18 September 2013. Progress on the action plan will "
     "be reported to the Board in June 2014, and the Board will publish a short follow-up report in its annual "
     "report for 2013/14."),
    ("p", "15.", "The Board's independent chair, Mr Alan Brereton, has written to the Department of Health "
     "asking that the national clinical guidance on take-home doses be strengthened for parents of young "
     "children."),
]
