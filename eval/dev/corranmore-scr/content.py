# -*- coding: utf-8 -*-
"""Content of the FICTIONAL Corranmore Significant Case Review (Baby L).

Everything here is invented: the committee, the council, the health board,
the constabulary, the places, the people and the events.

Markup used in paragraph text:
  [[fnN]]  footnote marker N (text in FOOTNOTES)
"""

COMMITTEE = "Corranmore Child Protection Committee"
MARKING = "OFFICIAL-SENSITIVE"
FICTION_LINE = "FICTIONAL \u2014 practice document for testing; not a real case review"

# ---------------------------------------------------------------- cover
COVER = {
    "committee": COMMITTEE,
    "title": "Significant Case Review",
    "child": "Baby L",
    "child_sub": "(aged nine months)",
    "doctype": "Overview Report",
    "reviewer": "Independent Reviewer: Fiona Rennick",
    "versions_head": ["Version", "Date", "Status", "Circulation"],
    "versions": [
        ["0.1", "12 July 2013", "First draft", "Review team"],
        ["0.2", "9 September 2013", "Revised after practitioner learning event", "Review team"],
        ["0.3", "24 October 2013", "Revised after meetings with family members", "SCR sub-group"],
        ["1.0", "26 November 2013", "Approved by the Child Protection Committee", "Chief Officers Group"],
        ["1.1", "27 January 2014", "Redacted for publication", "Public"],
    ],
}

# ---------------------------------------------------------------- glossary
GLOSSARY = [
    ("ADP", "Alcohol and Drug Partnership"),
    ("CAS", "Corranmore Addictions Service (the adult substance use service, jointly run by NHS Corranmore and the Council)"),
    ("CCF", "Child Concern Form (the police notification to social work services of a concern about a child)"),
    ("COG", "Chief Officers Group"),
    ("CPA", "Child Protection Adviser (NHS Corranmore)"),
    ("CPC", "Child Protection Committee"),
    ("CPCC", "Child Protection Case Conference"),
    ("CPRO", "Child Protection Reviewing Officer (the independent chair of case conferences)"),
    ("CRI", "Corranmore Royal Infirmary"),
    ("ED", "Emergency Department"),
    ("FPU", "Family Protection Unit (Lochard Constabulary)"),
    ("GIRFEC", "Getting it right for every child"),
    ("ICR", "Initial Case Review"),
    ("IRD", "Interagency Referral Discussion"),
    ("LP", "Lead Professional"),
    ("NAS", "Neonatal Abstinence Syndrome"),
    ("NP", "Named Person"),
    ("ORT", "Opiate Replacement Therapy"),
    ("PLE", "Practitioner Learning Event"),
    ("SCR", "Significant Case Review"),
    ("SWS", "Social Work Services (Corranmore Council)"),
    ("VPD", "Vulnerable Persons Database (Lochard Constabulary)"),
]

# ---------------------------------------------------------------- key
KEY_HEAD = ["Code", "Role", "Agency"]
KEY = [
    ("MW1", "Community midwife", "NHS Corranmore, maternity services"),
    ("MW2", "Specialist midwife (substance use)", "NHS Corranmore, maternity services"),
    ("HV1", "Health visitor; Named Person for Baby L", "NHS Corranmore, Lochside Health Centre"),
    ("HV2", "Health visitor covering HV1\u2019s caseload, October to November 2011", "NHS Corranmore, Lochside Health Centre"),
    ("GP1", "General practitioner for Ms K", "Ardcullen Medical Practice"),
    ("GP2", "General practitioner (locum)", "Ardcullen Medical Practice"),
    ("ED1", "Emergency medicine registrar", "CRI Emergency Department"),
    ("ED2", "Emergency medicine specialty doctor", "CRI Emergency Department"),
    ("PAED1", "Consultant paediatrician", "CRI Department of Child Health"),
    ("CPA1", "Child protection adviser", "NHS Corranmore"),
    ("SW1", "Social worker; Lead Professional from February 2012", "SWS, Ardcullen Children and Families Team"),
    ("SW2", "Senior social worker (team leader)", "SWS, Ardcullen Children and Families Team"),
    ("SW3", "Duty social worker", "SWS, Ardcullen Children and Families Team"),
    ("OOH1", "Out-of-hours social worker", "SWS, Standby Service"),
    ("CPRO1", "Child protection reviewing officer", "Corranmore Council"),
    ("AW1", "Recovery worker (key worker to October 2011)", "CAS"),
    ("AW2", "Recovery worker (key worker from November 2011)", "CAS"),
    ("PH1", "Community pharmacist", "Brannan Pharmacy, Ardcullen"),
    ("HO1", "Housing officer", "Corranmore Council housing service"),
    ("PC1", "Police constable", "Lochard Constabulary, Ardcullen"),
    ("DS1", "Detective sergeant", "Lochard Constabulary FPU"),
    ("HT1", "Head teacher; Named Person for Sibling A", "Ardcullen Primary School"),
    ("EYP1", "Early years practitioner (Sibling A\u2019s key worker)", "Ardcullen Primary School nursery class"),
]

FAMILY_KEY = [
    ("Baby L", "the subject of this review, born 3 May 2011"),
    ("Ms K", "Baby L\u2019s mother"),
    ("Mr M", "Ms K\u2019s partner (not Baby L\u2019s father)"),
    ("Mr J", "Baby L\u2019s father"),
    ("Sibling A", "Baby L\u2019s older half-sibling"),
    ("Maternal grandmother", "Ms K\u2019s mother and Sibling A\u2019s kinship carer"),
]

# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    1: "The consultant pathologist\u2019s report, dated 4 April 2012, estimated that the oldest of the rib "
       "fractures were between four and eight weeks old at the time of death.",
    2: "The trial lasted eleven days. Ms K gave evidence for the Crown.",
    3: "In Corranmore the health visitor is the Named Person for every child from birth until the child "
       "starts primary school; the head teacher is the Named Person thereafter.",
    4: "Corranmore Child Protection Committee, Bruising in Non-Mobile Babies: Multi-agency Protocol, "
       "version 2 (March 2010), section 3.",
    5: "Lochard Constabulary procedure at the time set a target of 72 hours for a Child Concern Form to "
       "reach social work services.",
    6: "Skeletal surveys at CRI were then carried out only on weekdays, by one of three radiographers "
       "trained in the paediatric protocol.",
}

# ---------------------------------------------------------------- body
# block kinds: ("h1", num, title) ("h2", title) ("p", num, text)
#              ("items", [text, ...])  ("glossary",) ("key",) ("family",)
#              ("chron",) ("recs",) ("contents",) ("pagebreak",)

BODY = [
    ("contents",),
    ("glossary",),
    ("key",),

    # ------------------------------------------------------------ 1
    ("h1", "1", "Introduction"),
    ("p", "1.1", "This is the overview report of a Significant Case Review (SCR) commissioned by Corranmore "
     "Child Protection Committee (CPC) following the death of a nine-month-old child, referred to in this "
     "report as Baby L. Baby L died on 16 February 2012 at Corranmore Royal Infirmary (CRI), having been "
     "brought by ambulance from the family home in the Lochside area of Ardcullen in the early hours of "
     "the morning."),
    ("p", "1.2", "A post-mortem examination carried out on 18 February 2012 found that Baby L had died from "
     "a head injury, with an acute subdural haemorrhage. It also found fractures of nine ribs at different "
     "stages of healing, which indicated that Baby L had been injured on at least two earlier "
     "occasions.[[fn1]]"),
    ("p", "1.3", "Ms K\u2019s partner, referred to in this report as Mr M, was arrested on 21 February 2012 "
     "and charged with murder. On 21 May 2013 he was convicted at the High Court of the culpable homicide "
     "of Baby L, and on 11 June 2013 he was sentenced to eight years\u2019 imprisonment.[[fn2]] No charges "
     "were brought against Ms K."),
    ("p", "1.4", "The purpose of an SCR is to establish what lessons can be learned about the way in which "
     "local professionals and agencies worked, individually and together, to protect a child. It is not "
     "the purpose of the review to apportion blame to individual practitioners, nor to establish how Baby "
     "L died, which was a matter for the criminal court."),
    ("p", "1.5", "The review examined the period from 14 October 2010, when Ms K booked her pregnancy with "
     "the community midwife, until Baby L\u2019s death on 16 February 2012. Agencies were also asked to "
     "summarise any earlier involvement with Ms K, Mr M and Sibling A that was relevant."),

    # ------------------------------------------------------------ 2
    ("h1", "2", "The Review Process"),
    ("h2", "Decision to hold a review"),
    ("p", "2.1", "The Chief Social Work Officer notified the Chair of the CPC, Alasdair Tennent, of Baby "
     "L\u2019s death on 17 February 2012."),
    ("p", "2.1.1", "An Initial Case Review (ICR) was commissioned on 20 February 2012 and its report was "
     "completed on 16 April 2012. The ICR found that several agencies had been involved with the family, "
     "that Baby L had been the subject of two Interagency Referral Discussions (IRDs) and a Child "
     "Protection Case Conference (CPCC), and that there appeared to be significant learning about "
     "multi-agency working."),
    ("p", "2.1.2", "The CPC decided at its meeting on 3 May 2012 to commission an SCR. The Chief Officers "
     "Group (COG) endorsed that decision on 15 May 2012."),
    ("h2", "The reviewer and the review team"),
    ("p", "2.2", "Fiona Rennick was appointed as the independent reviewer on 25 June 2012. She is a "
     "registered social worker and a former Head of Children\u2019s Services in another Scottish local "
     "authority, and has had no involvement with services in Corranmore."),
    ("p", "2.2.1", "The reviewer was supported by a review team of six senior managers drawn from social "
     "work services, NHS Corranmore, Lochard Constabulary, the Education Service, Corranmore Addictions "
     "Service (CAS) and the Children\u2019s Reporter. None of them had managed any of the practitioners "
     "involved. The Lead Officer for Child Protection, Gillian Marr, acted as secretary to the review "
     "team."),
    ("h2", "Terms of reference"),
    ("p", "2.3", "The terms of reference asked the review to consider in particular:"),
    ("items", [
        "(a) how agencies assessed and responded to Ms K\u2019s use of substances during her pregnancy and "
        "after Baby L\u2019s birth;",
        "(b) what agencies knew about Mr M, and how, if at all, he was assessed;",
        "(c) the response of each agency to the injuries seen on Baby L;",
        "(d) whether information held by adult services was shared with children\u2019s services in a "
        "timely way; and",
        "(e) the quality of multi-agency decision-making at the two IRDs and at the case conference.",
    ]),
    ("h2", "Methodology"),
    ("p", "2.4", "Seven agencies provided a chronology and an individual management report: SWS, NHS "
     "Corranmore, Ardcullen Medical Practice, CAS, Lochard Constabulary, the Education Service and "
     "Brannan Pharmacy. The Council\u2019s housing service provided a summary of its contacts. The agency "
     "chronologies were merged into the chronology in Section 5."),
    ("p", "2.4.1", "The reviewer interviewed fourteen practitioners and managers individually between 27 "
     "May and 28 June 2013."),
    ("p", "2.4.2", "A practitioner learning event (PLE) was held on 4 September 2013. It was attended by 23 "
     "practitioners from all of the agencies involved, and its discussion shaped the findings in Section "
     "6."),
    ("h2", "Involvement of the family"),
    ("p", "2.5", "The reviewer met Ms K on 15 October 2013 and the maternal grandmother on 17 October 2013. "
     "Mr M was invited, through his solicitor, to contribute and declined. Baby L\u2019s father, Mr J, "
     "could not be traced."),
    ("p", "2.5.1", "Ms K told the reviewer that professionals \u201cwere always asking about me and my "
     "script, never about him\u201d. She said that nobody had asked her directly whether Mr M had ever "
     "hurt anyone."),
    ("p", "2.5.2", "The maternal grandmother told the reviewer that in the autumn of 2011 Sibling A had "
     "become frightened of going to Ms K\u2019s flat, and that she had mentioned this to the nursery. "
     "She had not known that Mr M was living there."),
    ("h2", "Parallel processes"),
    ("p", "2.6", "On the advice of the Procurator Fiscal, interviews with practitioners were deferred until "
     "the criminal proceedings had concluded. The review was paused from 12 September 2012 and resumed "
     "on 22 May 2013, the day after the verdict. Work on the agency chronologies continued during the "
     "pause."),

    # ------------------------------------------------------------ 3
    ("h1", "3", "Family Background"),
    ("family",),
    ("p", "3.1", "Ms K was 23 years old when Baby L was born. She had used heroin from the age of 17 and "
     "had been prescribed methadone as Opiate Replacement Therapy (ORT) by CAS since 22 February 2010. "
     "Her GP was GP1 at Ardcullen Medical Practice."),
    ("p", "3.2", "Ms K\u2019s first child, Sibling A, was born on 12 January 2007. Sibling A went to live "
     "with the maternal grandmother in October 2009 after Ms K relapsed, and a kinship care order was "
     "granted on 8 April 2010. Sibling A had contact with Ms K on alternate weekends, usually at the "
     "maternal grandmother\u2019s house; from the summer of 2011 some contact took place at Ms K\u2019s "
     "flat. During the review period Sibling A attended the nursery class at Ardcullen Primary School."),
    ("p", "3.3", "Mr M was 29 years old in 2011. He grew up in Strathellan and moved to Ardcullen in 2009. "
     "Unknown to any agency in Corranmore, he had two previous convictions recorded by the Strathellan "
     "force under his former surname, which was his stepfather\u2019s surname and which he stopped "
     "using in 2008:"),
    ("items", [
        "(a) assault to injury of a former partner, in 2005; and",
        "(b) assault of the same partner\u2019s two-year-old son, in 2007, for which he received 14 "
        "months\u2019 imprisonment.",
    ]),
    ("p", "3.3.1", "These convictions came to light only after Baby L\u2019s death, when Mr M\u2019s "
     "fingerprints were taken following his arrest."),
    ("p", "3.4", "Baby L\u2019s father, Mr J, had a brief relationship with Ms K in 2010. He was not "
     "named on the birth registration and had no contact with Baby L."),
    ("p", "3.5", "Ms K held the tenancy of a second-floor council flat in the Lochside area of Ardcullen "
     "from March 2010. Mr M was never named on the tenancy and told the housing service and his GP that "
     "he lived with his mother."),

    # ------------------------------------------------------------ 4
    ("h1", "4", "Summary of Key Events"),
    ("h2", "Pregnancy: October 2010 to May 2011"),
    ("p", "4.1", "Ms K booked her pregnancy with MW1 on 14 October 2010, at eight weeks\u2019 gestation. She "
     "told MW1 that she was taking methadone and named Mr M as her partner, adding that he was not the "
     "baby\u2019s father. MW1 made an Unborn Baby Referral to the Ardcullen Children and Families Team on "
     "2 November 2010."),
    ("p", "4.2", "SW2 screened the referral on 16 November 2010 and decided that a pre-birth assessment "
     "was needed. Because of two vacancies in the team the case was not allocated until 11 January 2011, "
     "when it was allocated to SW1."),
    ("p", "4.3", "SW1 visited Ms K at home on 24 January 2011. Ms K said that Mr M \u201cstays over some "
     "nights\u201d. SW1 did not meet Mr M and did not ask for his date of birth or his address."),
    ("p", "4.4", "A pre-birth planning meeting chaired by SW2 took place on 2 March 2011. It decided that a "
     "pre-birth case conference was not needed and that Baby L would have a Child\u2019s Plan under "
     "GIRFEC, with HV1 as the Named Person.[[fn3]] Mr M was not invited, and the police were not asked "
     "to contribute. GP1 sent apologies and no report."),
    ("h2", "Birth and the first months: May to August 2011"),
    ("p", "4.5", "Baby L was born at CRI on 3 May 2011 at 37 weeks\u2019 gestation, weighing 2.74 kg. Baby "
     "L developed Neonatal Abstinence Syndrome (NAS) and was cared for in the neonatal unit for nine days "
     "before going home with Ms K on 12 May 2011."),
    ("p", "4.6", "HV1 carried out the new birth visit on 17 May 2011. Mr M was present and was introduced "
     "as \u201ca friend who was helping out\u201d."),
    ("p", "4.7", "SW1 held a post-birth review meeting on 31 May 2011. SWS closed the case on 28 June 2011, "
     "and HV1 continued as Named Person under a single-agency Child\u2019s Plan."),
    ("p", "4.8", "Ms K told the review that Mr M moved into the flat in July 2011. When HV1 visited on 26 "
     "July 2011 Ms K described Mr M for the first time as her partner. HV1 recorded this in the health "
     "visiting record but did not tell SWS or GP1."),
    ("h2", "The bruise to the ear and the first IRD: August 2011"),
    ("p", "4.9", "At a home visit on 23 August 2011 HV1 saw a bruise of about 1 cm on the rim of Baby "
     "L\u2019s left ear. Ms K said that Sibling A had hit the baby with a plastic toy during contact the "
     "previous weekend. Baby L was 16 weeks old and not yet rolling over. HV1 telephoned the Ardcullen "
     "team the same afternoon."),
    ("p", "4.10", "The first IRD took place by telephone on 25 August 2011 between SW2, DS1 and CPA1. The "
     "participants accepted the explanation as plausible and agreed that, as the bruise was fading, a "
     "child protection medical was not required. SW1 was asked to visit."),
    ("p", "4.10.1", "DS1 checked Mr M on the Vulnerable Persons Database (VPD) and the criminal history "
     "system using the name and date of birth that Ms K had given. Both checks returned no trace."),
    ("p", "4.10.2", "The decision not to arrange a medical examination was contrary to the CPC\u2019s "
     "protocol, which requires a paediatric assessment of any bruise on a baby who is not independently "
     "mobile, whatever explanation is offered.[[fn4]]"),
    ("p", "4.11", "SW1 visited on 26 August 2011. The maternal grandmother, who was present, said that "
     "Sibling A \u201chad been rough with the baby\u201d. SWS re-opened the case for a child and family "
     "assessment."),
    ("h2", "Autumn 2011"),
    ("p", "4.12", "On the evening of 3 October 2011 Ms K and Mr M took Baby L to the CRI Emergency "
     "Department (ED) with a swelling on the forehead. They said that Baby L had rolled off the sofa. ED1 "
     "examined Baby L, did not request an X-ray, and discharged Baby L shortly after midnight. A "
     "discharge letter went to GP1 and to the health visiting service but not to SWS. ED1 did not ask "
     "whether any agency was already involved with the family."),
    ("p", "4.13", "HV1 began six weeks\u2019 leave on 10 October 2011 and HV2 covered the caseload. The "
     "handover was a typed list of families with one line on each. HV2 was not told about the first "
     "IRD, and the ED discharge letter was filed in the record without being read by a health visitor."),
    ("p", "4.14", "On 17 October 2011 a urine screen taken by CAS was positive for benzodiazepines. AW1 "
     "discussed this with Ms K but did not share it with SWS. AW1 left CAS at the end of October 2011, "
     "and AW2 became Ms K\u2019s key worker on 7 November 2011."),
    ("p", "4.15", "SW1 completed the child and family assessment on 24 October 2011. It recommended "
     "continued support on a voluntary basis and a review after three months. The assessment did not "
     "mention the ED attendance, of which SW1 was unaware, and it described Mr M as \u201ca regular "
     "visitor\u201d."),
    ("p", "4.16", "At 23.50 hrs on 12 November 2011 PC1 and a colleague attended the flat after a neighbour "
     "reported shouting and a loud bang. Ms K and Mr M said they had argued about money. Baby L was "
     "asleep in a cot and no injuries were seen. PC1 completed a Child Concern Form (CCF), which reached "
     "SWS on 21 November 2011, nine days later.[[fn5]]"),
    ("p", "4.17", "HV2 visited on 14 November 2011. This was HV2\u2019s first and only visit to the family. "
     "Ms K was alone with Baby L and HV2 recorded that her mood was \u201cflat\u201d. HV2 did not know "
     "about the police attendance two days earlier."),
    ("p", "4.18", "On 30 November 2011 EYP1 recorded in the nursery wellbeing log that Sibling A had said "
     "that \u201cM shouts at the baby and the baby cries a lot\u201d. EYP1 told HT1 on 2 December 2011. HT1 "
     "considered the remark in the context of Sibling A\u2019s own plan, and did not pass it to SWS or to "
     "Baby L\u2019s Named Person, whom HT1 did not know."),
    ("p", "4.19", "SW1 visited on 1 December 2011 to discuss the CCF. Ms K said that Mr M was \u201cat "
     "work\u201d and that the argument had been \u201ca one-off\u201d. SW1 did not arrange to see Mr M."),
    ("p", "4.20", "Between 12 and 14 December 2011 Ms K missed three consecutive daily doses of methadone "
     "at Brannan Pharmacy. PH1 reported this to CAS on 15 December 2011, as the dispensing protocol "
     "required. AW2 spoke to Ms K but did not tell SW1 or the health visitor."),
    ("p", "4.21", "On 19 December 2011 GP2 saw Baby L with a cough. GP2 diagnosed bronchiolitis and noted "
     "\u201cfading bruising lower back\u201d, which Ms K said had been caused by the buckle of the car "
     "seat. GP2 did not explore this further or tell anyone about it."),
    ("h2", "The second ED attendance and the second IRD: January 2012"),
    ("p", "4.22", "At 21.40 hrs on 6 January 2012 Ms K brought Baby L, then eight months old, to the CRI ED "
     "with bruising to the left cheek and a torn upper lip frenulum. She said that Baby L had fallen "
     "against the side of the cot while pulling to stand. ED2 referred Baby L to the on-call paediatric "
     "team and Baby L was admitted overnight."),
    ("p", "4.23", "PAED1 carried out a child protection medical on 7 January 2012. PAED1 concluded that "
     "the injuries could be consistent with the explanation given, but that inflicted injury could not be "
     "excluded. A skeletal survey was not carried out.[[fn6]] PAED1 referred Baby L to the SWS "
     "out-of-hours service the same morning."),
    ("p", "4.23.1", "Baby L was discharged home on 8 January 2012 with the agreement of OOH1, on the "
     "understanding that Mr M would stay with his mother until an IRD had taken place. The planned "
     "skeletal survey was not rebooked after discharge."),
    ("p", "4.24", "The second IRD took place on 9 January 2012 between SW2, DS1 and CPA1. Police checks now "
     "identified the attendance of 12 November 2011, but not Mr M\u2019s previous convictions. The IRD "
     "agreed that SWS would carry out a child protection investigation and that an initial case "
     "conference would be convened."),
    ("p", "4.25", "SW1 and SW2 visited jointly on 10 January 2012 and agreed a written safety plan with Ms "
     "K. Under the plan Ms K was to be Baby L\u2019s sole carer, Mr M was not to be left alone with Baby L, "
     "and the maternal grandmother was to visit every day. Ms K signed the plan; Mr M was not present and "
     "was not asked to sign it."),
    ("h2", "The case conference and the final weeks"),
    ("p", "4.26", "The initial CPCC was held on 2 February 2012 and chaired by CPRO1. CAS did not submit a "
     "report and AW2 was unable to attend. The conference did not know about GP2\u2019s observation or "
     "about Sibling A\u2019s remark at nursery. Mr M did not attend."),
    ("p", "4.26.1", "HV1 and DS1 both said that Baby L\u2019s name should be placed on the child protection "
     "register. CPRO1 decided against registration because the risk was being managed through the safety "
     "plan. The conference agreed a multi-agency Child\u2019s Plan with SW1 as Lead Professional and a "
     "referral to the Children\u2019s Reporter."),
    ("p", "4.27", "SW1 sent the referral to the Children\u2019s Reporter on 6 February 2012. A Children\u2019s "
     "Hearing was arranged for 28 February 2012."),
    ("p", "4.28", "HV1 visited again on 8 February 2012. Mr M was present and was holding "
     "Baby L, whom HV1 described as \u201cquiet and watchful\u201d."),
    ("p", "4.29", "SW1 made an unannounced visit in the late afternoon of 13 February 2012 and found Mr M "
     "alone with Baby L; Ms K had gone to the shop and returned about 20 minutes later. SW1 recorded this "
     "as a breach of the safety plan and planned to discuss it with SW2 at supervision on 20 February "
     "2012. SW1 was the last professional to see Baby L alive."),
    ("p", "4.30", "At 02.51 hrs on 16 February 2012 Mr M made a 999 call to say that Baby L had stopped "
     "breathing. An ambulance took Baby L to CRI. Despite resuscitation, Baby L was pronounced dead at "
     "03.47 hrs."),

    # ------------------------------------------------------------ 5
    ("h1", "5", "Chronology of Significant Events"),
    ("p", "5.1", "Table 3 is a summary of the merged agency chronologies. Dates are shown as recorded by "
     "the agency that supplied each entry. The comment column records the review team\u2019s observations."),
    ("chron",),

    # ------------------------------------------------------------ 6
    ("h1", "6", "Analysis and Findings"),
    ("p", "6.1", "The review team identified seven findings. Each is set out below with the evidence from "
     "the chronology on which it is based."),
    ("h2", "Finding 1: The man in the household was not assessed"),
    ("p", "6.2", "Mr M was known to midwifery from the booking appointment, was seen by HV1 at three home "
     "visits, attended a CAS appointment and was present at the first ED attendance, yet no agency "
     "assessed him. The pre-birth "
     "assessment, the child and family assessment and the case conference reports all described him in "
     "a phrase or two."),
    ("p", "6.2.1", "Practitioners at the PLE described Mr M as \u201cthe man in the background\u201d: "
     "always mentioned, rarely seen, never spoken to. Each practitioner relied on what Ms K said about "
     "him."),
    ("p", "6.2.2", "The safety plan of 10 January 2012 placed restrictions on Mr M but was agreed only with "
     "Ms K. Nobody explained the plan to Mr M or checked whether he accepted it."),
    ("h2", "Finding 2: Bruising in a baby who was not mobile"),
    ("p", "6.3", "The bruise seen on 23 August 2011 was on a 16-week-old baby who could not roll over. "
     "The CPC protocol was clear that such a bruise required a paediatric assessment, and HV1 knew this. "
     "At the first IRD the explanation was accepted without that assessment."),
    ("p", "6.3.1", "The swelling on 3 October 2011 and the bruising recorded on 19 December 2011 were each "
     "treated as a single event. No practitioner saw the pattern, because no practitioner held all of "
     "the information."),
    ("h2", "Finding 3: Information held by adult services did not reach children\u2019s services"),
    ("p", "6.4", "CAS knew of the positive urine screen of 17 October 2011 and, from 15 December 2011, of "
     "the missed doses. The pharmacy did what the protocol asked. The information stopped at CAS because "
     "the recovery workers saw Ms K as their client and did not regard her drug use as information about "
     "Baby L."),
    ("p", "6.4.1", "The CCF took nine days to reach SWS. The review was told that Child Concern Forms were "
     "then sent by internal mail from the FPU rather than electronically."),
    ("h2", "Finding 4: Police checks relied on the name given"),
    ("p", "6.5", "At both IRDs police checks were made on the name and date of birth supplied by Ms K. "
     "Mr M\u2019s previous convictions were held under his former surname in another force area. Checks "
     "did not include previous names, and nobody asked Mr M for them."),
    ("h2", "Finding 5: The child protection medical"),
    ("p", "6.6", "PAED1 told the review that a skeletal survey was intended but could not be done at the "
     "weekend, and that the request was lost when Baby L went home on the Sunday. A skeletal survey in "
     "January 2012 would very probably have shown the rib fractures."),
    ("h2", "Finding 6: Decision-making at the case conference"),
    ("p", "6.7", "The decision not to register Baby L rested on a safety plan that had been agreed three "
     "weeks earlier, had never been tested, and was not monitored by anyone other than Ms K and the "
     "maternal grandmother. The dissenting views of HV1 and DS1 were recorded in the minute, but the "
     "minute does not say why they were not accepted."),
    ("h2", "Finding 7: The Named Person did not receive information meant for her"),
    ("p", "6.8", "During HV1\u2019s leave the Named Person role was held in name only. Information from ED, "
     "from the police and from the nursery did not reach anyone who could put it together. The nursery "
     "did not know who Baby L\u2019s Named Person was, and there was no route for HT1 to find out."),

    # ------------------------------------------------------------ 7
    ("h1", "7", "Good Practice"),
    ("p", "7.1", "The review team noted the following good practice:"),
    ("items", [
        "(a) MW1 made the Unborn Baby Referral promptly after booking;",
        "(b) HV1 recognised the bruise on 23 August 2011 as a concern and referred it the same day;",
        "(c) PH1 reported the missed doses to CAS within one day, as the protocol required; and",
        "(d) SW1\u2019s unannounced visit on 13 February 2012 tested the safety plan and recorded its breach.",
    ]),

    # ------------------------------------------------------------ 8
    ("h1", "8", "Conclusions"),
    ("p", "8.1", "The review cannot say that Baby L\u2019s death was predictable. It can say that there were "
     "at least four points (the first IRD, the first ED attendance, the child protection medical and the "
     "case conference) at which a fuller picture of Mr M and of Baby L\u2019s injuries might have led to a "
     "different plan."),
    ("p", "8.2", "Many practitioners did what their own procedures asked of them. The weakness lay between "
     "agencies: in who was responsible for finding out about the adults in Baby L\u2019s life, and in how "
     "information about adults reached the people planning for a baby."),

    # ------------------------------------------------------------ 9
    ("h1", "9", "Action Taken Since Baby L\u2019s Death"),
    ("p", "9.1", "Agencies did not wait for this report before making changes. The review team has seen "
     "evidence of the following actions, but has not tested their effect."),
    ("p", "9.1.1", "From 1 April 2013 Lochard Constabulary has sent Child Concern Forms to SWS "
     "electronically. The FPU reports that the average time from incident to receipt has fallen to two "
     "days."),
    ("p", "9.1.2", "CAS revised its transfer summary in August 2012. When a case moves between workers the "
     "summary now lists every child who lives with, or is cared for by, the service user."),
    ("p", "9.1.3", "NHS Corranmore trained two further radiographers in the paediatric skeletal survey "
     "protocol in 2013, so that surveys can now be carried out on Saturday mornings."),
    ("p", "9.1.4", "The CPC delivered a half-day briefing on the early learning from the ICR to 312 "
     "practitioners between September 2012 and March 2013, and has begun to revise the bruising "
     "protocol as version 3."),
    ("p", "9.2", "These are welcome steps, but none of them addresses the central finding of this review: "
     "that nobody assessed the man who lived with Baby L."),

    # ------------------------------------------------------------ 10
    ("h1", "10", "Recommendations"),
    ("p", "10.1", "The review makes ten recommendations, set out in Table 4. The CPC will publish an action "
     "plan and report progress to the COG."),
    ("recs",),
]

# ---------------------------------------------------------------- chronology
CHRON_HEAD = ["Date", "Agency", "Event", "Comment"]
CHRON = [
    ["Oct 2009", "SWS", "Sibling A moves to live with the maternal grandmother after Ms K\u2019s relapse.",
     "Background; before the review period."],
    ["22/02/2010", "CAS", "Ms K starts ORT (methadone) with CAS.", "Background."],
    ["08/04/2010", "SWS", "Kinship care order granted for Sibling A in favour of the maternal grandmother.",
     "Background."],
    ["14/10/2010", "NHS (midwifery)", "Booking with MW1 at 8 weeks\u2019 gestation. Ms K on methadone 60 ml "
     "daily. Names Mr M as partner, \u2018not the father\u2019. EDD 24/05/2011.",
     "Partner\u2019s details recorded as given. No checks made."],
    ["02/11/2010", "NHS (midwifery)", "MW1 sends Unborn Baby Referral to Ardcullen Children and Families Team.",
     "Referral mentions Sibling A\u2019s kinship care."],
    ["16/11/2010", "SWS", "SW2 screens referral: pre-birth assessment required. Awaiting allocation.",
     "Unallocated until January 2011 (two team vacancies)."],
    ["09/12/2010", "NHS (midwifery)", "First appointment with MW2 at the joint substance use antenatal "
     "clinic. Ms K smoking ten cigarettes a day.", "Shared care plan agreed with CAS."],
    ["11/01/2011", "SWS", "Case allocated to SW1.", ""],
    ["18/01/2011", "GP", "GP1 sees Ms K for low mood in pregnancy. Referred to perinatal mental health "
     "team; Ms K does not attend.", "Non-attendance not followed up."],
    ["24/01/2011", "SWS", "SW1 home visit. Ms K alone. Says Mr M \u2018stays over some nights\u2019.",
     "Mr M not seen. No details taken."],
    ["03.02.11", "CAS", "AW1 review: methadone reduced to 50 ml daily. Urine screen negative.",
     "Not shared with midwifery."],
    ["02/03/2011", "Multi-agency", "Pre-birth planning meeting. Present: SW2 (chair), SW1, MW2, HV1, AW1. "
     "GP1 apologies. No pre-birth case conference; Child\u2019s Plan with HV1 as Named Person.",
     "Police not asked to contribute. Mr M not invited."],
    ["14.03.11", "CAS", "AW1 home visit. Door answered by Mr M; recorded as \u2018partner present, "
     "supportive\u2019.", "First agency sighting of Mr M in the home."],
    ["19.04.11", "CAS", "AW1 review: Ms K \u2018stable\u2019 on 50 ml; two negative screens since March.", ""],
    ["03/05/2011", "NHS (maternity)", "Baby L born at CRI, 37 weeks, 2.74 kg. Admitted to neonatal unit "
     "with NAS.", ""],
    ["09/05/2011", "NHS (neonatal)", "Ms K visits with Mr M. Nursing notes record Mr M as \u2018dad\u2019.",
     "Inconsistent with booking record."],
    ["12/05/2011", "NHS (neonatal)", "Discharged home with Ms K after nine days; weaned off oral morphine "
     "on day 7.", "Discharge summary to GP1 and HV1."],
    ["17/05/2011", "NHS (HV)", "HV1 new birth visit. Mr M present, introduced as \u2018a friend\u2019.", ""],
    ["31/05/2011", "SWS", "Post-birth review meeting (SW1, HV1, AW1).", ""],
    ["14/06/2011", "GP", "GP1: six-week check of Baby L, no concerns. Ms K\u2019s postnatal check.", ""],
    ["28/06/2011", "SWS", "Case closed to SWS. Single-agency Child\u2019s Plan (health).",
     "Closure letter to HV1 and GP1."],
    ["05/07/2011", "NHS (HV)", "Baby L\u2019s second immunisations at Lochside clinic. Ms K attends with Mr M.",
     ""],
    ["Jul 2011", "Family", "Mr M moves into the flat (Ms K\u2019s account to the review).",
     "Not known to any agency at the time."],
    ["26/07/2011", "NHS (HV)", "HV1 home visit. Weight 5.1 kg. Ms K calls Mr M her partner.",
     "Change of household not shared."],
    ["23/08/2011", "NHS (HV)", "HV1 home visit: 1 cm bruise on rim of left ear. Ms K: Sibling A hit baby "
     "with plastic toy at weekend contact. HV1 phones SWS at 15.20 hrs.",
     "Baby L 16 weeks, not rolling. Prompt referral."],
    ["25/08/2011", "Multi-agency", "IRD 1 (telephone): SW2, DS1, CPA1. No medical; SW1 to visit. Police "
     "checks on name and DOB given by Ms K: no trace on VPD or criminal history.",
     "Protocol on bruising not followed."],
    ["26/08/2011", "SWS", "SW1 home visit; maternal grandmother present. Case re-opened for assessment.",
     ""],
    ["15/09/2011", "NHS (HV)", "HV1 home visit. Ms K says Mr M \u2018works nights at the distribution "
     "depot\u2019.", "Mr M\u2019s employment never verified."],
    ["22.09.11", "CAS", "AW1 review: dose stable at 50 ml. Ms K describes partner as \u2018supportive\u2019.",
     ""],
    ["03/10/2011", "NHS (ED)", "ED attendance 1. Arrived 23.05 hrs with Ms K and Mr M. Forehead swelling; "
     "\u2018rolled off sofa\u2019. Seen by ED1. No X-ray. Discharged 00.40 hrs on 04/10/2011.",
     "No check for open SWS case. Letter to GP1 and HV service only."],
    ["10/10/2011", "NHS (HV)", "HV1 starts six weeks\u2019 leave; HV2 covers caseload.",
     "Handover list: one line per family."],
    ["17.10.11", "CAS", "Urine screen positive for benzodiazepines. Ms K says she bought diazepam "
     "\u2018to help her sleep\u2019.", "Not shared with SWS or HV."],
    ["24/10/2011", "SWS", "SW1 completes child and family assessment: voluntary support, review in three "
     "months.", "Assessment unaware of ED attendance 1."],
    ["31.10.11", "CAS", "AW1 leaves CAS.", ""],
    ["07.11.11", "CAS", "AW2 becomes key worker.", "Transfer summary does not mention Baby L."],
    ["12/11/2011", "Police", "PC1 and colleague attend flat at 23.50 hrs: neighbour reports \u2018screaming "
     "and a loud bang\u2019. Argument about money. Baby L asleep, no injuries seen. CCF completed.",
     "Neither adult checked against previous names."],
    ["14/11/2011", "NHS (HV)", "HV2 home visit. Ms K alone. Weight 6.9 kg. Mood \u2018flat\u2019.",
     "HV2 unaware of police attendance."],
    ["21/11/2011", "SWS", "CCF received by SW3 (duty). Passed to SW1 on 23/11/2011.",
     "Nine days after incident."],
    ["21/11/2011", "NHS (HV)", "HV1 returns from leave.", "No handback meeting with HV2."],
    ["28.11.11", "CAS", "Ms K does not attend first appointment with AW2.", "Rebooked for 20/12/2011."],
    ["30/11/2011", "Education", "EYP1 records Sibling A: \u2018M shouts at the baby and the baby cries a "
     "lot\u2019. HT1 told 02/12/2011.", "Not shared with SWS or Baby L\u2019s Named Person."],
    ["01/12/2011", "SWS", "SW1 home visit re CCF. Mr M \u2018at work\u2019.", "Mr M not seen."],
    ["05/12/2011", "Housing", "HO1 writes to Ms K after a second neighbour complaint about noise late "
     "at night.", "Housing not part of any plan; not shared."],
    ["15/12/2011", "Pharmacy", "PH1 telephones CAS duty worker: Ms K missed doses on 12, 13 and 14 "
     "December.", "Reported within protocol timescale."],
    ["19/12/2011", "GP", "GP2: cough, bronchiolitis. Notes \u2018fading bruising lower back\u2019; Ms K: car "
     "seat buckle.", "Not explored or shared."],
    ["20.12.11", "CAS", "AW2 appointment; Ms K attends with Mr M. Missed doses discussed; prescription "
     "changed to supervised consumption.", "AW2 did not ask who cared for Baby L."],
    ["06/01/2012", "NHS (ED)", "ED attendance 2. Arrived 21.40 hrs with Ms K. Bruised left cheek, torn upper "
     "lip frenulum; \u2018fell against cot\u2019. ED2 refers to paediatrics. Admitted.",
     "Appropriate referral by ED2."],
    ["07/01/2012", "NHS (paediatrics)", "CP medical by PAED1. Skeletal survey requested for Monday. Referral "
     "to SWS out-of-hours at 10.35 hrs.", "Saturday; no weekend skeletal surveys."],
    ["08/01/2012", "SWS (OOH)", "OOH1 agrees discharge home; Mr M to stay with his mother.",
     "Skeletal survey not rebooked."],
    ["09/01/2012", "Multi-agency", "IRD 2: SW2, DS1, CPA1. SWS child protection investigation; initial "
     "CPCC to be convened. Police checks find 12/11/2011 attendance only.",
     "Previous convictions still not found."],
    ["10/01/2012", "SWS", "SW1 and SW2 joint visit. Written safety plan signed by Ms K.",
     "Mr M not present; did not sign."],
    ["16/01/2012", "NHS (HV)", "HV1 home visit. Ms K and maternal grandmother present; Mr M absent.", ""],
    ["23/01/2012", "SWS", "SW1 home visit. Ms K says Mr M now \u2018only visits in the daytime\u2019.",
     "Safety plan recorded as \u2018working\u2019."],
    ["26/01/2012", "CAS", "AW2 receives request for CPCC report; not completed (AW2 on annual leave).",
     "No cover arranged."],
    ["02/02/2012", "Multi-agency", "Initial CPCC chaired by CPRO1; 11 attendees. Not registered. Child\u2019s "
     "Plan; SW1 Lead Professional; referral to Reporter.", "No CAS report. HV1 and DS1 dissent."],
    ["06/02/2012", "SWS", "Referral sent to Children\u2019s Reporter. Hearing fixed for 28/02/2012.", ""],
    ["08/02/2012", "NHS (HV)", "HV1 home visit. Weight 8.2 kg. Mr M holding Baby L; \u2018quiet and "
     "watchful\u2019.", ""],
    ["13/02/2012", "SWS", "SW1 unannounced visit at 16.40 hrs: Mr M alone with Baby L. Ms K returns after "
     "about 20 minutes.", "Breach of safety plan; to be raised at supervision 20/02/2012."],
    ["16/02/2012", "Police / NHS", "999 call by Mr M at 02.51 hrs. Arrival at CRI 03.12 hrs. Baby L "
     "pronounced dead 03.47 hrs.", ""],
    ["18/02/2012", "NHS", "Post-mortem examination.", "See paragraph 1.2."],
    ["21/02/2012", "Police", "Mr M arrested and charged with murder.", ""],
]

# ---------------------------------------------------------------- recommendations
RECS_HEAD = ["No.", "Recommendation", "Lead", "Finding"]
RECS = [
    ["1", "The CPC should issue practice guidance on the assessment of every adult in a child\u2019s "
     "household, including partners who are not named on a tenancy, and should require assessments to "
     "record how each adult was seen and checked.", "CPC; SWS", "1"],
    ["2", "The CPC should relaunch the bruising protocol and audit, after twelve months, whether every "
     "IRD about a bruise on a non-mobile baby led to a paediatric assessment.", "CPC; NHS Corranmore", "2"],
    ["3", "NHS Corranmore should give ED staff a means of finding out, at any hour, whether a child "
     "attending ED has a Child\u2019s Plan or an open social work case.", "NHS Corranmore", "2"],
    ["4", "CAS should share with the Named Person and any Lead Professional, within two working days, "
     "any positive drug screen or missed dose of a parent who cares for a child under five.",
     "CAS; ADP", "3"],
    ["5", "Lochard Constabulary should monitor compliance with the 72-hour target for Child Concern Forms "
     "and report the results to the CPC every quarter.", "Lochard Constabulary", "3"],
    ["6", "Lochard Constabulary should ensure that checks for an IRD include previous names and "
     "aliases, and that IRD participants ask for them.", "Lochard Constabulary", "4"],
    ["7", "NHS Corranmore should make skeletal surveys available seven days a week and require one for "
     "any child under two years old with suspected inflicted injury.", "NHS Corranmore", "5"],
    ["8", "The CPC should revise its case conference guidance so that the minute records the reasons for "
     "a registration decision and for rejecting any dissenting view.", "CPC; CPRO service", "6"],
    ["9", "NHS Corranmore should require a face-to-face handover of every child with a Child\u2019s Plan "
     "when a Named Person is absent for more than two weeks.", "NHS Corranmore", "7"],
    ["10", "The Education Service should ensure that nursery and school staff share concerns about "
     "another child in a household with that child\u2019s Named Person, and should give staff a way to "
     "identify the Named Person.", "Education Service", "7"],
]

# ================================================================= executive summary
ES_TITLE = [
    COMMITTEE,
    "Significant Case Review: Baby L",
    "Executive Summary",
]
ES_SUB = "Published January 2014"

ES_BODY = [
    ("h", "Introduction"),
    ("p", "1", "This is the executive summary of the Significant Case Review commissioned by Corranmore "
     "Child Protection Committee after the death of Baby L on 16 February 2012, at the age of nine "
     "months. The full overview report was approved by the Committee in November 2013."),
    ("p", "2", "Baby L died of a head injury. The post-mortem examination also found old rib fractures. "
     "Ms K\u2019s partner, Mr M, was convicted of culpable homicide on 21 May 2013 and was sentenced to "
     "nine years\u2019 imprisonment."),
    ("h", "About Baby L"),
    ("p", "3", "The maternal grandmother described Baby L to the reviewer as \u201ca smiley, contented "
     "wee baby who loved bath time\u201d. Ms K said that Baby L had just started to pull up on the "
     "furniture and was beginning to babble. The Committee has chosen to refer to Baby L by a letter "
     "only, at the family\u2019s request."),
    ("h", "The review"),
    ("p", "4", "The Committee decided to commission the review in May 2012 and appointed Fiona Rennick as "
     "independent reviewer. She was supported by a review team of senior managers from the agencies "
     "involved. The review was paused during the criminal proceedings. It looked at the period from October 2010, "
     "when Ms K\u2019s pregnancy was booked, until Baby L\u2019s death."),
    ("p", "5", "Seven agencies contributed chronologies and reports. The reviewer interviewed practitioners "
     "and managers, and a practitioner learning event was attended by 21 practitioners. Ms K and the "
     "maternal grandmother met the reviewer; Mr M declined to take part."),
    ("h", "Summary of events"),
    ("p", "6", "Ms K had a long history of heroin use and was prescribed methadone throughout her "
     "pregnancy. Her older child, Sibling A, lived with the maternal grandmother under a kinship care "
     "order. The midwife referred the pregnancy to social work services in November 2010, and a "
     "pre-birth planning meeting in March 2011 agreed a Child\u2019s Plan with the health visitor as "
     "Named Person."),
    ("p", "7", "Baby L was born on 3 May 2011 and spent nine days in the neonatal unit. Mr M was present at "
     "the first health visitor contact, but agencies understood him to be a friend and later a visitor. "
     "He had in fact moved in during the summer of 2011."),
    ("p", "8", "In August 2011 the health visitor saw a bruise on Baby L\u2019s ear and referred it the "
     "same day. An IRD on 25 August 2011 accepted the explanation without a medical examination. In "
     "October 2011 Baby L was taken to the Emergency Department with a forehead swelling and was sent "
     "home. In November 2011 the police attended an argument at the flat."),
    ("p", "9", "During the autumn of 2011 the adult substance use service knew of a positive drug screen "
     "and, in December, of missed methadone doses; the nursery attended by Sibling A recorded a worrying "
     "remark; and a GP noted bruising on Baby L\u2019s back. None of this reached social work services or "
     "the health visitor."),
    ("p", "10", "On 6 January 2012 Baby L attended the Emergency Department with facial bruising and a torn "
     "frenulum. A child protection medical took place the next day but no skeletal survey was done. A "
     "second IRD was held on 10 January 2012 and a safety plan was agreed with Ms K."),
    ("p", "11", "An initial child protection case conference on 2 February 2012 decided not to place Baby "
     "L\u2019s name on the child protection register, and agreed a Child\u2019s Plan and a referral to the "
     "Children\u2019s Reporter. On 13 February 2012 a social worker found Mr M alone with Baby L, contrary "
     "to the safety plan. Baby L died three days later."),
    ("h", "Key findings"),
    ("p", "12", "The review made seven findings:"),
    ("items", [
        "\u2013 Mr M, the man in the household, was never assessed by any agency.",
        "\u2013 The bruising protocol for babies who are not mobile was not followed.",
        "\u2013 Information held by adult services did not reach children\u2019s services.",
        "\u2013 Police checks relied on the name given, and missed convictions held under a former name.",
        "\u2013 No skeletal survey was done after the child protection medical.",
        "\u2013 The case conference relied on an untested safety plan.",
        "\u2013 The Named Person did not receive information intended for her.",
    ]),
    ("p", "13", "The reviewer concluded that Baby L\u2019s death could not have been predicted, but that "
     "there were several points at which a fuller picture might have led to a different plan."),
    ("h", "Recommendations and response"),
    ("p", "14", "The overview report makes ten recommendations, covering the assessment of adults in the "
     "household, the bruising protocol, information sharing by adult services, police checks, skeletal "
     "surveys, case conference decision-making and the Named Person role."),
    ("p", "15", "The Child Protection Committee has accepted all of the recommendations. Its Quality "
     "Assurance Sub-group will oversee the action plan and report to the Chief Officers Group every six "
     "months. The first progress report is due in July 2014."),
    ("p", "16", "Some changes have already been made. Since April 2013 the police have sent Child Concern "
     "Forms to social work services electronically, the adult substance use service now records every "
     "child in a service user\u2019s household when a case is transferred, and skeletal surveys are now "
     "available at the Royal Infirmary on Saturday mornings."),
    ("h", "Obtaining the full report"),
    ("p", "17", "The full overview report, redacted for publication, can be obtained from the Lead Officer "
     "for Child Protection, Corranmore Council, Ardcullen. A summary of the learning has also been "
     "prepared for practitioners as a two-page briefing."),
    ("p", "18", "The Committee thanks Ms K and the maternal grandmother for meeting the reviewer, and the "
     "practitioners who took part for their openness."),
    ("sig", ["Alasdair Tennent", "Chair, Corranmore Child Protection Committee"]),
]
