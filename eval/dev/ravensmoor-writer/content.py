# -*- coding: utf-8 -*-
"""Text of the FICTIONAL Ravensmoor LSCB serious case review (Child N) and its executive summary.

Everything here is invented for an evaluation corpus: the board, the places, the agencies,
the family and the practitioners. Markup: {{fn:...}} footnote, {{i:...}} italic, {{b:...}} bold.
Block types are rendered by odt.py.
"""

REPORT_TITLE = "Serious Case Review: Child N \u2014 Overview Report"
HEADER = "Ravensmoor Local Safeguarding Children Board  |  Serious Case Review: Child N  |  Overview Report"
ES_HEADER = "Ravensmoor Local Safeguarding Children Board  |  Serious Case Review: Child N  |  Executive Summary"


def H(lvl, text, **kw):
    d = {"t": "h", "lvl": lvl, "text": text}
    d.update(kw)
    return d


def P(text, **kw):
    d = {"t": "p", "text": text}
    d.update(kw)
    return d


def U(text, **kw):
    d = {"t": "u", "text": text}
    d.update(kw)
    return d


def KL(n, text, width=5.6, extra=None):
    paras = [text] + (extra or [])
    return {"title": "Key learning %d" % n, "paras": paras, "width": width, "name": "KeyLearning%d" % n}


# ---------------------------------------------------------------------------------------------
# Table 1: key to practitioners
PRACTITIONERS = [
    ["MW1", "Community midwife, Skelbrook midwifery team", "Ravensmoor Hospitals NHS Trust"],
    ["MW2", "Specialist midwife for vulnerable women", "Ravensmoor Hospitals NHS Trust"],
    ["ED1", "Senior house officer, emergency department", "Ravensmoor Hospitals NHS Trust"],
    ["ED2", "Registrar, emergency department", "Ravensmoor Hospitals NHS Trust"],
    ["Paed1", "Consultant paediatrician", "Ravensmoor Hospitals NHS Trust"],
    ["PLN1", "Paediatric liaison nurse", "Ravensmoor Hospitals NHS Trust"],
    ["HV1", "Health visitor (to September 2012)", "Moorshire Community Health Services"],
    ["HV2", "Health visitor (from October 2012)", "Moorshire Community Health Services"],
    ["GP1", "General practitioner to Mother and Child N", "Millgate Medical Practice"],
    ["GP2", "General practitioner to Father", "Castle Row Surgery"],
    ["PA1", "Personal adviser (to August 2012)", "Children\u2019s social care, leaving care team"],
    ["PA2", "Personal adviser (from September 2012)", "Children\u2019s social care, leaving care team"],
    ["SW1", "Social worker, pre-birth initial assessment", "Children\u2019s social care, assessment team"],
    ["SW2", "Social worker, initial assessment 2013", "Children\u2019s social care, assessment team"],
    ["SW3", "Social worker, section 47 enquiry", "Children\u2019s social care, assessment team"],
    ["TM1", "Team manager", "Children\u2019s social care, assessment team"],
    ["PC1, PC2", "Police constables (September 2012)", "Moorshire Police"],
    ["PC3", "Police constable (February 2013)", "Moorshire Police"],
    ["DS1", "Detective sergeant, Public Protection Unit", "Moorshire Police"],
    ["CPN1", "Community psychiatric nurse and care coordinator", "North Moorshire Partnership NHS Foundation Trust"],
    ["Psych1", "Consultant psychiatrist", "North Moorshire Partnership NHS Foundation Trust"],
    ["HO1", "Housing officer", "Ravensmoor Homes"],
    ["FSW1", "Family support worker", "Skelbrook Children\u2019s Centre"],
]

FAMILY = [
    ["Child N", "Subject of the review", "14 months", "Flat 6, Tanner\u2019s Court, Skelbrook"],
    ["Mother", "Mother; a care leaver", "19", "Flat 6, Tanner\u2019s Court, Skelbrook"],
    ["Father", "Father", "24", "Tanner\u2019s Court (not declared to the landlord)"],
    ["MGM", "Maternal grandmother", "44", "Lowther Street, Skelbrook"],
]

# Table 3: chronology (landscape)
CHRONO = [
    ["26/07/2011", "", "Leaving care team", "PA1", "Mother tells PA1 she is pregnant.", "Advised to see GP1."],
    ["25/08/2011", "", "Midwifery", "MW1", "Booking appointment at 10 weeks. Mother discloses care history, Father\u2019s mental health history and cannabis use by both parents. Vulnerability screening scored \u201chigh\u201d.", "Referred to MW2."],
    ["19/10/2011", "", "Midwifery", "MW2", "Pre-birth referral to children\u2019s social care.", "Referral named Father but gave no details of his care coordinator."],
    ["08/11/2011", "", "CSC assessment team", "SW1, PA1", "Home visit to Mother at Crossgate House. Father not present.", "Father spoken to once by telephone (15/11/2011)."],
    ["02/12/2011", "", "CSC assessment team", "SW1, TM1", "Pre-birth initial assessment completed: no further action by the assessment team.", "No check with adult mental health; MGM not mentioned."],
    ["09/03/2012", "", "Midwifery", "\u2014", "Child N born at Ravensmoor General Hospital, 38 weeks, 2.71 kg.", "Discharged 11/03/2012."],
    ["20/03/2012", "", "Health visiting", "HV1", "New birth visit at Crossgate House. Family assessed as needing a universal plus service.", "Outcome of pre-birth assessment not known to HV1."],
    ["02/04/2012", "", "Housing", "HO1", "Mother signs a sole tenancy of Flat 6, Tanner\u2019s Court.", "Care leavers\u2019 housing protocol."],
    ["17/05/2012", "", "Health visiting", "HV1", "Edinburgh Postnatal Depression Scale score 14. Listening visits offered.", "GP1 informed."],
    ["02/09/2012", "23.15", "Police", "PC1, PC2", "Neighbour reports shouting at Tanner\u2019s Court. Officers arrive 23.31; Father has left. DASH: standard risk.", "Notification to CSC 05/09/2012, recorded as \u201cinformation only\u201d."],
    ["17/09/2012", "", "Leaving care team", "PA2", "PA2 allocated after five weeks without a personal adviser.", ""],
    ["11/11/2012", "14.20", "Emergency department", "ED1", "Child N (8 months) brought by both parents with a 3 cm bruise to the left forehead; said to have rolled off the sofa. Discharged at 15.45.", "Not independently mobile. No referral to CSC."],
    ["19/11/2012", "", "Health visiting", "HV2", "Telephone call to Mother after the hospital notification. Mother says Child N is \u201cfine\u201d.", "Child N not seen."],
    ["10/12/2012", "", "Health visiting", "HV2", "Nine-month review at home. Weight has fallen from the 25th to the 9th centile.", "Bruise not asked about."],
    ["07/01/2013", "", "Leaving care team", "PA2", "Mother starts a part-time course at Ravensmoor College. MGM begins to care for Child N.", "Recorded 15/01/2013: \u201cNan minding baby \u2014 no concerns\u201d."],
    ["10/01/2013", "", "Adult mental health", "CPN1", "CPA review. Father says he is struggling to cope with the baby\u2019s crying and has put his fist through a door.", "Not shared with any children\u2019s service."],
    ["22/01/2013", "", "Housing", "HO1", "Visit about rent arrears of \u00a3612.40. Hole in a bedroom door seen; Father present.", "Recorded as tenant damage."],
    ["14/02/2013", "01.40", "Police", "PC3", "Mother reports that Father threw a mug and pushed her against a wall. PC3 arrives 01.58. DASH: medium risk.", "Child N awake and crying in his cot."],
    ["15/02/2013", "", "CSC / Police", "TM1, DS1", "First strategy discussion (telephone). Section 47 threshold not met; initial assessment agreed.", "SW2 allocated."],
    ["21/02/2013", "", "CSC assessment team", "SW2", "Home visit. Mother says Father has moved out.", "Not checked."],
    ["26/02/2013", "", "Adult mental health", "Psych1", "Father discharged to GP2 after three missed appointments.", "Discharge letter does not mention Child N."],
    ["08/03/2013", "", "CSC assessment team", "SW2, TM1", "Initial assessment closed; step-down to the children\u2019s centre under the CAF.", "Father not seen."],
    ["27/03/2013", "18.05", "Emergency department", "ED2", "Child N (12 months) brought by MGM and Mother: bruising to the right ear and cheek. Referral to EDT at 20.30.", "Admitted overnight."],
    ["28/03/2013", "10.00", "CSC / Police / Health", "TM1, DS1, Paed1", "Second strategy discussion. Section 47 enquiry agreed; child protection medical at 14.00.", "No skeletal survey."],
    ["05/04/2013", "", "CSC assessment team", "SW3", "Section 47 enquiry concluded: concerns not substantiated. Child in need plan.", ""],
    ["16/04/2013", "", "CSC assessment team", "SW3", "First child in need meeting.", "Father, GP1 and GP2 not invited."],
    ["02/05/2013", "", "Health visiting", "HV2", "Home visit. Fading bruise to left shin. Father present.", "Not shared with SW3."],
    ["14/05/2013", "", "Children\u2019s centre", "FSW1", "Child N at stay and play with MGM.", "Last professional contact."],
    ["18/05/2013", "19.52", "Ambulance service", "\u2014", "999 call from Father. Ambulance arrives 19.59.", "Child N taken to Ravensmoor General Hospital."],
    ["19/05/2013", "16.10", "St Aldric\u2019s Children\u2019s Hospital", "\u2014", "Child N dies after transfer to paediatric intensive care.", "Transfer arrived 00.40."],
]

RECS = [
    ["R1", "Revise the pre-birth assessment protocol so that every adult who will care for the baby, including grandparents who provide regular childcare, is identified and checked.", "Children\u2019s social care", "December 2014"],
    ["R2", "Require the leaving care team to complete a parenting needs assessment for every care leaver who becomes a parent, and to share it with the health visitor.", "Children\u2019s social care", "December 2014"],
    ["R3", "Ensure that no care leaver who is pregnant or a parent is left without an allocated personal adviser.", "Children\u2019s social care", "September 2014"],
    ["R4", "Introduce a \u201cthink family\u201d question at every Care Programme Approach review: does this adult care for, or live with, a child?", "North Moorshire Partnership NHS FT", "October 2014"],
    ["R5", "Audit compliance with the LSCB protocol on bruising in babies who are not independently mobile.", "Ravensmoor Hospitals NHS Trust", "March 2015"],
    ["R6", "Reissue guidance that a skeletal survey is considered for every child under two seen for a child protection medical, with the reasons recorded.", "Ravensmoor Hospitals NHS Trust", "September 2014"],
    ["R7", "Train housing officers to recognise and report signs of domestic abuse and damage that may indicate risk to children.", "Ravensmoor Homes", "January 2015"],
    ["R8", "Share every police notification of a domestic incident in a household with a child under one with the health visitor.", "Moorshire Police / CSC", "October 2014"],
    ["R9", "Invite fathers and male partners to child in need meetings and record the reason whenever they are not seen.", "Children\u2019s social care", "December 2014"],
    ["R10", "Report progress on this action plan to the Board through the Learning and Improvement sub-group.", "Ravensmoor LSCB", "December 2014"],
]

WHO_KNEW = {
    "cols": [3.0, 2.7, 1.3],
    "header": ["Information", "Held by", "To CSC?"],
    "rows": [
        ["Domestic incident, 02/09/2012", "Police", "Yes"],
        ["Forehead bruise, 11/11/2012", "Hospital, HV2", "No"],
        ["Father\u2019s disclosure, 10/01/2013", "CMHT", "No"],
        ["Hole in door, 22/01/2013", "Ravensmoor Homes", "No"],
        ["Shin bruise, 02/05/2013", "HV2", "No"],
    ],
    "repeat": False,
}

TOR = [
    "To establish whether there are lessons to be learned from the case about the way in which local professionals and organisations work individually and together to safeguard and promote the welfare of children.",
    "To consider the period from 1 July 2011 to 19 May 2013, and to summarise any significant earlier involvement with Mother as a looked after child and with Father\u2019s mental health care.",
    "To examine how the pre-birth referral of 19 October 2011 was assessed, and whether the assessment considered every adult who would care for the baby.",
    "To consider whether the support given to Mother as a care leaver took account of her needs as a parent.",
    "To consider how adult mental health services assessed and shared information about Father\u2019s capacity to care for a child.",
    "To review the response of each agency to the injuries seen on 11 November 2012, 27 March 2013 and 2 May 2013.",
    "To consider whether the care of Child N by his maternal grandmother was known to agencies and, if so, whether it was assessed.",
    "To review how information about domestic abuse was recorded, assessed and shared, including by the housing provider.",
    "To consider the extent to which the views and experiences of Child N and his family were sought and understood.",
    "To identify good practice as well as practice that could have been better.",
    "To take account of the criminal proceedings and to agree with the police and the Crown Prosecution Service any contact with family members.",
    "To produce an overview report and an executive summary suitable for publication.",
]


def report_blocks():
    b = []
    b.append({"t": "cover"})
    b.append({"t": "toc", "break": True})

    # ------------------------------------------------------------------ 1 Introduction
    b.append(H(1, "Introduction", **{"break": True}))
    b += [
        P("This overview report has been commissioned by the Ravensmoor Local Safeguarding Children Board (the Board) "
          "following the death of a child who is referred to in this report as Child N. Child N died on 19 May 2013 in "
          "St Aldric\u2019s Children\u2019s Hospital, Northbridge, the day after he was taken by ambulance from his home in "
          "Skelbrook. He was 14 months old."),
        P("A post-mortem examination found that Child N died from a head injury: bleeding over the surface of the brain "
          "(a subdural haemorrhage), bleeding at the back of both eyes and swelling of the brain. The examination also found "
          "three healing fractures of the ribs on the left side of his back, which the pathologist estimated to be between "
          "four and eight weeks old.{{fn:Report of the Home Office pathologist dated 12 August 2013. The pathologist "
          "advised the review that the age of the fractures could not be estimated more precisely.}}"),
        P("Child N\u2019s father was arrested on 19 May 2013. He was charged with murder and on 7 March 2014 he was convicted "
          "of manslaughter at Moorshire Crown Court. Child N\u2019s mother was not charged with any offence. Publication of "
          "this report was delayed until the criminal proceedings had ended."),
        P("The case met the criteria for a serious case review set out in chapter 8 of {{i:Working Together to Safeguard "
          "Children}}{{fn:HM Government (2010) {{i:Working Together to Safeguard Children}}, chapter 8, paragraph 8.9. "
          "The review was started before the 2013 edition of the guidance took effect for this Board.}} because abuse was "
          "suspected to be a factor in Child N\u2019s death and there was cause for concern about the way in which agencies "
          "had worked together."),
        P("The purpose of a serious case review is to learn lessons about the way in which professionals and organisations "
          "work together to safeguard children, and to act on them. It is not the purpose of this review to decide how Child "
          "N died or who was responsible; those are matters for the criminal court and the coroner."),
        P("To protect the privacy of Child N\u2019s family, this report refers to family members by their relationship to "
          "him: Mother, Father and the maternal grandmother (MGM). Practitioners are referred to by a role code. A key to "
          "the codes is given in Table 1."),
    ]

    # ------------------------------------------------------------------ 2 The review process
    b.append(H(1, "The review process"))
    b += [
        P("Children\u2019s social care notified the Board of Child N\u2019s death on 21 May 2013. The Board\u2019s serious case "
          "review sub-group considered the case on 3 June 2013 and recommended a serious case review. The Independent "
          "Chair of the Board, Dr Evelyn Marrick, accepted the recommendation on 10 June 2013, and Ofsted and the "
          "Department for Education were notified on 11 June 2013."),
        P("A review panel of senior managers from the agencies involved, none of whom had managed the practitioners "
          "concerned, was chaired by Graham Tesseyman, a retired director of children\u2019s services from outside Moorshire. "
          "The panel met six times between 4 July 2013 and 29 April 2014. Rosalind Ackerley, an independent social work "
          "consultant with no previous connection to any agency in Ravensmoor, was commissioned as the overview author."),
        P("The terms of reference are set out in Appendix A. The period under review runs from 1 July 2011, shortly "
          "before Mother\u2019s pregnancy was confirmed, to Child N\u2019s death on 19 May 2013. Agencies were asked to "
          "summarise any significant involvement before that period, including Mother\u2019s own history as a looked after "
          "child and Father\u2019s admission to hospital in 2010."),
        P("Individual management reviews (IMRs) were requested from nine agencies or services, and shorter information "
          "reports from three others. They are listed below. Each IMR author was independent of the line management of the "
          "practitioners whose work they reviewed. The agencies also contributed to a combined chronology of 214 entries."),
    ]
    agencies_imr = [
        "Ravensmoor Hospitals NHS Trust (midwifery, emergency department and paediatrics)",
        "Moorshire Community Health Services (health visiting)",
        "Millgate Medical Practice (GP1)",
        "Castle Row Surgery (GP2)",
        "Ravensmoor Borough Council children\u2019s social care: assessment team",
        "Ravensmoor Borough Council children\u2019s social care: leaving care team (Next Steps)",
        "Moorshire Police",
        "North Moorshire Partnership NHS Foundation Trust (adult mental health)",
        "Ravensmoor Homes (housing)",
    ]
    agencies_info = [
        "Skelbrook Children\u2019s Centre, run by Brightpath Family Services",
        "North Moorshire Ambulance Service NHS Trust",
        "Ravensmoor College",
    ]
    b.append({"t": "hp", "text": "Agencies involved"})
    sect = [U("{{b:Individual management reviews}}", style="Text_20_body"),
            {"t": "blist", "items": agencies_imr},
            U("{{b:Information reports}}", style="Text_20_body"),
            {"t": "blist", "items": agencies_info}]
    b.append({"t": "sect2", "name": "AgenciesInvolved", "blocks": sect})
    b += [
        P("The panel returned two IMRs to their authors for further work: those of the leaving care team and of Castle "
          "Row Surgery. Both were resubmitted by 31 October 2013. The panel considered the remaining IMRs to be thorough "
          "and candid, and it particularly commends the analysis in the emergency department and police IMRs."),
        P("A learning event for 23 practitioners and first-line managers was held on 21 January 2014. Practitioners were "
          "asked what had helped and what had got in the way of their work with the family, and their views are reflected "
          "in the analysis in section 6."),
        P("Mother met the overview author on 12 May 2014, accompanied by an advocate from Voices Onward, a care leavers\u2019 "
          "advocacy service. MGM met the overview author on 14 May 2014. Father was invited to contribute by letter; he "
          "replied through his solicitor that he did not wish to take part. The review is grateful to Mother and MGM for "
          "speaking about events that remain very painful for them."),
    ]
    b.append({"t": "table", "caption": "Table 1: Key to practitioners", "cols": [2.0, 7.3, 7.3],
              "header": ["Code", "Role", "Agency"], "rows": PRACTITIONERS, "keycol": True, "repeat": True})

    # ------------------------------------------------------------------ 3 Child N and his family
    b.append(H(1, "Child N and his family"))
    b += [
        P("Child N was born on 9 March 2012 at Ravensmoor General Hospital at 38 weeks\u2019 gestation, weighing 2.71 kg. He "
          "was a white British boy. From April 2012 he lived with Mother in a second-floor flat at Tanner\u2019s Court, "
          "Skelbrook; Father lived there too from about May 2012. The household at the time of Child N\u2019s death is shown "
          "in Table 2."),
    ]
    b.append({"t": "table", "caption": "Table 2: Family members (ages at May 2013)", "cols": [2.6, 4.4, 2.2, 7.4],
              "header": ["Name used", "Relationship to Child N", "Age", "Address"], "rows": FAMILY, "keycol": True,
              "repeat": False})
    b += [
        P("Mother became looked after by Ravensmoor Borough Council in March 2004, at the age of 11, because of neglect "
          "associated with MGM\u2019s misuse of alcohol. A care order was made in 2005. She lived with two foster families "
          "and, at the age of 17, moved to Crossgate House, supported accommodation for young people leaving care. As a "
          "former relevant child{{fn:Children (Leaving Care) Act 2000. A former relevant child is entitled to a personal "
          "adviser and a pathway plan until the age of 21, or longer if in education or training.}} she was entitled to "
          "a personal adviser from the leaving care team and a pathway plan."),
        P("Mother kept in touch with MGM throughout her time in care, and by 2011 visited her most weeks. Children\u2019s "
          "social care records, which were available to every social worker in this review, described MGM\u2019s drinking as "
          "continuing in 2009, when she was convicted of driving with excess alcohol. MGM lived alone in Lowther Street, "
          "about a mile from Tanner\u2019s Court, and kept a large dog."),
        P("Father grew up in Northbridge and moved to Ravensmoor in 2009. In June 2010 he was admitted to Harlow Ward at the "
          "Moorside Unit under section 2 of the Mental Health Act 1983 after a psychotic episode, and stayed for 19 days. He "
          "was later diagnosed with recurrent depressive disorder. He was supported by the Ravensmoor East community mental "
          "health team (CMHT) under the Care Programme Approach (CPA),{{fn:The Care Programme Approach is the framework for "
          "assessing, planning and reviewing the care of people with severe mental illness. Each person on CPA has a named "
          "care coordinator.}} with CPN1 as his care coordinator from August 2010. He told several professionals that he "
          "smoked cannabis daily."),
        P("Mother and Father met early in 2011. Mother told the review that she had felt \u201cjudged as a care kid, not "
          "helped as a mum\u201d. She described Child N as a smiley baby who loved bath time and who was pulling himself up "
          "on the furniture by his first birthday. She said that no professional had ever asked her who looked after Child N "
          "when she was at college."),
        P("MGM told the review that she had never been asked about her own history by any professional during Child N\u2019s "
          "life, and that she \u201cwould have told them straight\u201d. She said she had stopped drinking in 2011. She described "
          "Father as \u201cwound up tight\u201d in the months before Child N died."),
    ]

    # ------------------------------------------------------------------ 4 Summary of agency involvement
    b.append(H(1, "Summary of agency involvement"))
    b.append(H(2, "Pregnancy and the pre-birth assessment"))
    b += [
        P("Mother told her personal adviser, PA1, on 26 July 2011 that she was pregnant. PA1 encouraged her to see her GP. "
          "GP1 saw Mother on 3 August 2011, confirmed the pregnancy and referred her to the midwifery service."),
        P("MW1 completed the booking appointment on 25 August 2011, when Mother was 10 weeks pregnant. Mother told MW1 that "
          "she was a care leaver, that Father had \u201cmental health problems\u201d and that they both smoked cannabis. MW1 "
          "completed the trust\u2019s vulnerability screening tool, which scored Mother as \u201chigh\u201d, and referred her to "
          "MW2, the specialist midwife for vulnerable women."),
        P("MW2 met Mother on 20 September 2011 and made a pre-birth referral to children\u2019s social care on 19 October 2011. "
          "The referral gave Mother\u2019s care history and named Father, recording his mental health history and cannabis use, "
          "but it did not give the name of his care coordinator or ask children\u2019s social care to contact the CMHT."),
        P("The assessment team accepted the referral on 21 October 2011 for an initial assessment, which was allocated to "
          "SW1. SW1 visited Mother at Crossgate House on 8 November 2011 with PA1 present. Father was not there. SW1 spoke to "
          "him once, by telephone, on 15 November 2011, when he said that he was \u201cwell and off the weed\u201d. SW1 did not "
          "seek consent to contact the CMHT and no check was made with adult mental health services.",
          frame=KL(1, "A pre-birth assessment is about the baby. It should include both parents and every adult who is "
                      "likely to share the baby\u2019s care, and it should draw on what other services already know about "
                      "them.", width=5.4)),
        P("The initial assessment was completed on 2 December 2011. TM1 agreed the recommendation of no further action by "
          "the assessment team, on the basis that Mother\u2019s needs could be met through her pathway plan and universal "
          "services. The assessment did not mention MGM, although children\u2019s social care held detailed records of the "
          "neglect that had led to Mother becoming looked after."),
        P("PA1 reviewed Mother\u2019s pathway plan on 16 January 2012. The plan recorded that Mother would move to her own "
          "tenancy after the birth and listed \u201cparenting support\u201d as a task for the health visitor and the "
          "children\u2019s centre. Mother attended seven of her ten antenatal appointments; Father attended one, the scan at "
          "20 weeks."),
    ]
    b.append(H(2, "Birth and the first months"))
    b += [
        P("Child N was born on 9 March 2012. He and Mother were discharged on 11 March 2012 to a mother-and-baby flat at "
          "Crossgate House. MW1 made postnatal visits and transferred care to the health visiting service on 28 March 2012."),
        P("HV1 carried out the new birth visit on 20 March 2012. Child N was feeding well and had regained his birth weight. "
          "HV1 assessed the family as needing a universal plus service because of Mother\u2019s age and her care history. The "
          "midwifery handover recorded that a referral had been made to children\u2019s social care but not its outcome, and "
          "HV1 did not ask."),
        P("On 2 April 2012 Mother signed a sole tenancy of Flat 6, Tanner\u2019s Court, arranged by Ravensmoor Homes under the "
          "care leavers\u2019 housing protocol. HO1 was the housing officer for the block. Father moved into the flat in about "
          "May 2012; he was never added to the tenancy."),
        P("GP1 carried out Child N\u2019s eight-week check and first immunisations on 3 May 2012 and found no concerns. On 17 "
          "May 2012 HV1 completed an Edinburgh Postnatal Depression Scale{{fn:The Edinburgh Postnatal Depression Scale "
          "(EPDS) is a ten-item questionnaire. In Moorshire a score of 12 or more prompts further assessment.}} with Mother, "
          "who scored 14. HV1 offered listening visits and told GP1, who saw Mother on 29 May 2012 and prescribed an "
          "antidepressant. HV1 made four listening visits between 24 May and 5 July 2012, when Mother\u2019s score had fallen "
          "to 9."),
        P("PA1 left the authority on 10 August 2012. PA2 was not allocated until 17 September 2012, so that for five weeks "
          "Mother, who by then was a parent living in her first tenancy, had no personal adviser."),
        P("At 23.15 on 2 September 2012 a neighbour called the police to report shouting at Tanner\u2019s Court. PC1 and PC2 "
          "arrived at 23.31. Father had left. Mother said there had been a verbal argument about money and that no one had "
          "been hurt. The officers completed a DASH risk assessment{{fn:The Domestic Abuse, Stalking and Harassment and "
          "Honour Based Violence (DASH) risk identification checklist, used by Moorshire Police since 2009.}} and graded the "
          "risk as standard. Child N was asleep in his cot. A child concern notification was sent to children\u2019s social "
          "care on 5 September 2012, where it was recorded as \u201cinformation only\u201d and was not passed to the health "
          "visitor or the leaving care team.",
          bul=["The notification was not linked to the pre-birth assessment of December 2011, which was held on the same "
               "electronic record.",
               "No agency spoke to Father about the incident."]),
        P("HV1 moved to another team at the end of September 2012 and HV2 took over the family on 1 October 2012. The "
          "handover was by letter; there was no joint visit. The family remained on a universal plus service."),
    ]
    b.append(H(2, "The first hospital attendance and the winter of 2012"))
    b += [
        P("At 14.20 on Sunday 11 November 2012 Mother and Father brought Child N, then eight months old, to the emergency "
          "department at Ravensmoor General Hospital with a bruise about 3 cm across on the left side of his forehead. They "
          "said he had rolled off the sofa onto a laminate floor. Child N could sit unaided but was not yet crawling. ED1 "
          "examined him, found no other injury and discharged him at 15.45. The emergency department safeguarding checklist "
          "recorded that the explanation was consistent with the injury, and no referral was made to children\u2019s social "
          "care.",
          frame=KL(2, "Bruising in a baby who is not independently mobile is rare and should always prompt a referral "
                      "for a paediatric opinion and a check with children\u2019s social care, whatever the explanation.",
                   width=5.4)),
        P("The attendance was notified to PLN1, who forwarded it to HV2 on 13 November 2012. HV2 telephoned Mother on 19 "
          "November 2012; Mother said that Child N was \u201cfine\u201d. HV2 did not see him. Nobody in health services "
          "connected the attendance with the police incident in September, which health services did not know about."),
        P("HV2 carried out Child N\u2019s nine-month review at home on 10 December 2012. His development was within the normal "
          "range, but his weight had fallen from the 25th to the 9th centile. HV2 gave advice about diet. Father was present "
          "and was described as \u201cquiet\u201d. HV2 did not ask about the forehead bruise, which had faded."),
        P("On 7 January 2013 Mother started a part-time hair and beauty course at Ravensmoor College. From that week MGM "
          "looked after Child N at her home three days a week, on Mondays, Tuesdays and Thursdays. PA2 had helped Mother to "
          "obtain the college place, and at the pathway plan review on 15 January 2013 recorded the arrangement as \u201cNan "
          "minding baby \u2014 no concerns\u201d. PA2 did not read the records of Mother\u2019s own time in care."),
        P("Father attended a CPA review with CPN1 on 10 January 2013. He said that he was struggling to cope with the "
          "baby\u2019s crying and that he had \u201cput his fist through a door\u201d. CPN1 recorded the disclosure, advised "
          "Father to walk away when he felt angry and increased his appointments to fortnightly. CPN1 did not consider the "
          "risk to Child N and did not contact children\u2019s social care, the health visitor or GP1.",
          frame=KL(3, "Adult services should \u201cthink family\u201d. A parent who says he cannot cope with a baby\u2019s "
                      "crying, or who describes violence to property, is telling professionals something about the "
                      "child\u2019s safety.", width=5.4)),
        P("On 22 January 2013 HO1 visited Tanner\u2019s Court about rent arrears, which had reached \u00a3612.40. HO1 saw a hole "
          "in a bedroom door. Father, who was present, said it had been an accident. HO1 recorded the damage as tenant damage "
          "to be recharged and advised Mother to add Father to the tenancy. HO1 did not consider whether the damage might "
          "indicate domestic abuse."),
        P("Father did not attend CMHT appointments on 29 January, 12 February and 19 February 2013."),
    ]
    b.append(H(2, "The police notification and the initial assessment"))
    b.append(H(3, "The incident of 14 February 2013"))
    b += [
        P("At 01.40 on 14 February 2013 Mother called the police. She said Father had thrown a mug at her and pushed her "
          "against a wall. Father had left before PC3 arrived at 01.58. Child N was awake and crying in his cot. PC3 graded "
          "the risk as medium. Father was arrested later that day and interviewed, but Mother declined to make a statement "
          "and no further action was taken. A notification was sent to children\u2019s social care the same day."),
    ]
    b.append(H(3, "The strategy discussion and the initial assessment"))
    b += [
        P("On 15 February 2013 TM1 and DS1 held the first strategy discussion in this case, by telephone. They agreed that "
          "the threshold for a section 47 enquiry was not met and that SW2 would carry out an initial assessment. DS1 "
          "recorded that Father was \u201cknown to mental health services\u201d, but nobody contacted the CMHT."),
        P("SW2 visited Tanner\u2019s Court on 21 February 2013 and saw Mother and Child N. The flat was clean and tidy and Child "
          "N was well presented. Mother said that Father had moved out and was staying with a friend. SW2 did not check this "
          "and did not try to contact Father."),
        P("On 26 February 2013 Psych1 discharged Father from the CMHT to the care of GP2 after three missed appointments. The "
          "discharge letter to GP2 described Father\u2019s diagnosis and medication but did not mention that he was the father "
          "of a baby, and it did not refer to the disclosure of 10 January 2013."),
        P("SW2 completed the initial assessment on 8 March 2013. With TM1\u2019s agreement the case was closed to "
          "children\u2019s social care and \u201cstepped down\u201d to Skelbrook Children\u2019s Centre under the Common Assessment "
          "Framework (CAF). Father had not been seen. MGM was described as a \u201csupportive grandmother\u201d; no checks "
          "were made on her, although children\u2019s social care held her history on its own system."),
        P("FSW1 made a first home visit on 20 March 2013 and began the CAF. The agreed goals were routines, budgeting and "
          "Mother\u2019s college attendance. Mother agreed to bring Child N to the Tuesday stay and play session at the "
          "children\u2019s centre."),
    ]
    b.append(H(2, "The second hospital attendance and the section 47 enquiry"))
    b.append(H(3, "The emergency department and the child protection medical"))
    b += [
        P("At 18.05 on Wednesday 27 March 2013 MGM and Mother brought Child N, then 12 months old, to the emergency "
          "department with bruising to his right ear and right cheek. MGM said that her dog had knocked him off a kitchen "
          "chair that afternoon, while he was in her care. ED2 recorded that bruising to the ear was unusual after a fall, "
          "asked the on-call paediatric registrar to see Child N and referred him to the emergency duty team (EDT) at 20.30. "
          "Child N was admitted overnight."),
        P("The second strategy discussion took place at 10.00 on 28 March 2013 between TM1, DS1 and Paed1. A section 47 "
          "enquiry was agreed and allocated to SW3. Paed1 carried out a child protection medical at 14.00 that day."),
        P("Paed1 concluded that the bruising could be consistent with the explanation given but that a non-accidental "
          "injury could not be excluded. No skeletal survey was carried out. Paed1 recorded the reason as \u201cmobile "
          "child, clear history\u201d. Child N was discharged to Mother that evening, on the basis of a written agreement "
          "that MGM would not care for him unsupervised until the enquiry was complete."),
    ]
    b.append(H(3, "The section 47 enquiry and the child in need plan"))
    b += [
        P("SW3 saw Mother and Father together at Tanner\u2019s Court on 2 April 2013. Nobody noticed that this was "
          "inconsistent with Mother\u2019s account in February that Father had moved out. SW3 spoke to MGM by telephone on 3 "
          "April 2013 but did not visit her home or see the dog."),
        P("The section 47 enquiry was concluded on 5 April 2013. SW3 recorded that the concerns were not substantiated, and "
          "TM1 agreed that Child N should be supported under a child in need plan. The written agreement about MGM was ended "
          "on the same day without any assessment of her."),
        P("The first child in need meeting was held on 16 April 2013, chaired by SW3 and attended by Mother, FSW1 and HV2. "
          "Father was not invited, and neither GP was told about it. The plan was that:",
          bul=["Mother would attend the stay and play session every week;",
               "HV2 would monitor Child N\u2019s weight monthly;",
               ("Father would re-engage with GP2 about his mental health, with:",
                ["SW3 to write to GP2 (the letter was never sent);",
                 "a review meeting on 21 May 2013."])]),
    ]
    b.append(H(2, "The final weeks"))
    b += [
        P("GP2 saw Father on 23 April 2013, his first contact with any health service since his discharge from the CMHT. He "
          "reported low mood, poor sleep and irritability and asked for sleeping tablets, which GP2 declined to prescribe. "
          "GP2 discussed a new referral to the CMHT, but Father refused. GP2 did not know that Father lived with a baby."),
        P("HV2 visited Tanner\u2019s Court on 2 May 2013. Child N, now 13 months old, was cruising around the furniture. HV2 saw "
          "a fading bruise on his left shin, which Mother said was from a fall while cruising. His weight remained on the 9th "
          "centile. Father was present and HV2 thought he seemed \u201cflat\u201d. HV2 recorded the visit but did not tell SW3 "
          "about the bruise."),
        P("PA2 visited Mother on 9 May 2013 to review the pathway plan. Mother said she was tired but that Father was "
          "\u201cback on track\u201d. PA2 did not see Child N, who was with MGM."),
        P("On 14 May 2013 MGM brought Child N to the stay and play session, where FSW1 saw him. This was the last contact "
          "that any professional had with Child N before his collapse. MGM told FSW1 that she was looking after him again on "
          "three days a week."),
        P("At 19.52 on Saturday 18 May 2013 Father called 999 to say that Child N was not breathing. The ambulance arrived "
          "at 19.59 and Child N was taken to Ravensmoor General Hospital, and then transferred to the paediatric intensive "
          "care unit at St Aldric\u2019s Children\u2019s Hospital, where he arrived at 00.40 on 19 May. He died at 16.10 on 19 May "
          "2013."),
        P("Father told the ambulance crew that Child N had slipped in the bath and hit his head on the tap. At Ravensmoor "
          "General Hospital a CT scan showed bleeding over the brain, and the consultant paediatrician on duty saw bleeding "
          "at the back of both eyes. The hospital informed the police and the emergency duty team at 22.15 that evening, "
          "and a joint agency response to an unexpected child death was started the next morning."),
    ]

    # ------------------------------------------------------------------ 5 Chronology (landscape)
    b.append(H(1, "Summary chronology", master="Landscape"))
    b += [
        P("Table 3 summarises the key contacts. It is drawn from the combined chronology and is not a complete record of "
          "every contact. Times are given where the agency recorded them."),
    ]
    b.append({"t": "table", "caption": "Table 3: Summary chronology of key contacts, July 2011 to May 2013",
              "cols": [2.2, 1.3, 3.6, 2.3, 9.9, 6.0],
              "header": ["Date", "Time", "Agency", "Practitioner", "Event", "Comment"], "rows": CHRONO, "repeat": True})

    # ------------------------------------------------------------------ 6 Analysis
    b.append(H(1, "Analysis", master="Standard"))
    b += [
        P("This section considers the themes identified by the panel. It draws on the IMRs, the combined chronology, the "
          "learning event and the conversations with Mother and MGM. It tries to understand why practitioners acted as they "
          "did at the time, without the benefit of hindsight."),
    ]
    b.append(H(2, "Who was in the picture before the birth?"))
    b += [
        P("The pre-birth assessment answered the question \u201cIs Mother coping?\u201d rather than \u201cWill this baby be "
          "safe, and with whom?\u201d It relied on a single visit to Mother and a telephone call to Father. The Board\u2019s "
          "pre-birth protocol{{fn:Ravensmoor LSCB Pre-birth Assessment Protocol (2009), section 4. The protocol was revised "
          "in January 2014 in response to this review.}} expected information to be sought from adult services where a "
          "parent had a mental health history; this did not happen."),
        P("MGM\u2019s history was on children\u2019s social care\u2019s own system. The assessment team told the review that "
          "records of a looked after child were not routinely read when that young person became the subject of a pre-birth "
          "referral. The panel considers this a significant gap: the best predictor of a young parent\u2019s support network "
          "is often in her own file."),
        P("The leaving care team regarded Mother as a young person to be supported towards independence. PA1 and PA2 were "
          "committed to her, and Mother spoke warmly of PA1. However, neither saw Child N as their concern, and the five "
          "weeks without a personal adviser in August and September 2012 came at a time of strain for the couple."),
    ]
    b.append(H(2, "Father\u2019s mental health and the baby\u2019s crying"))
    b += [
        P("Father\u2019s disclosure to CPN1 on 10 January 2013 was the clearest warning in this case. CPN1 told the review "
          "that she had thought of the crying as a trigger for Father\u2019s anger rather than as a risk to the baby, and that "
          "she had not known that social care had ever been involved. The CMHT\u2019s electronic record had no field for "
          "children in the household."),
        P("The discharge from the CMHT after three missed appointments followed the trust\u2019s policy at that time, which "
          "did not ask whether a patient who disengaged was caring for a child. The discharge letter therefore gave GP2 no "
          "reason to think about Child N. The trust has since changed this policy."),
    ]
    b.append(H(2, "Injuries to a young child"))
    b += [
        P("The forehead bruise of 11 November 2012 was seen in a baby who could not crawl. National and local guidance at the "
          "time already advised that bruising in a non-mobile baby should be taken seriously. The Board\u2019s own protocol on "
          "bruising in immobile babies was not published until October 2013,{{fn:Ravensmoor LSCB (2013) {{i:Protocol for the "
          "management of bruising in babies who are not independently mobile}}, published 14 October 2013.}} after Child "
          "N\u2019s death, and the emergency department checklist asked only whether the explanation was consistent."),
        P("The decision on 28 March 2013 not to carry out a skeletal survey was within the range of clinical judgement, but "
          "the panel\u2019s paediatric adviser advised that a survey is usually indicated for a child under two when physical "
          "abuse is suspected. It cannot be known whether a survey on that day would have shown rib fractures. The fading "
          "bruise seen by HV2 on 2 May 2013 was not shared with SW3 and so was never considered alongside the two hospital "
          "attendances."),
    ]
    b.append(H(2, "The grandmother: an unassessed carer"))
    b += [
        P("From January 2013 MGM was Child N\u2019s main carer for much of the week. At least four professionals knew this: "
          "PA2, SW2, SW3 and FSW1. None of them asked whether MGM was a safe carer, and none of them read the records of "
          "Mother\u2019s childhood. The written agreement of 28 March 2013 showed that the assessment team recognised a "
          "possible risk from MGM, but it was ended on 5 April 2013 without any assessment.",
          frame=KL(4, "A grandparent who provides regular care is part of the child\u2019s world. Ask who looks after the "
                      "child, for how long and where, and check what is already known about that person.", width=5.4)),
        P("The panel does not suggest that MGM harmed Child N; the criminal court found that Father caused his fatal "
          "injuries. The point is that an informal family arrangement became the main pattern of care without any agency "
          "knowing who MGM was, whether she drank, or who else visited her home."),
    ]
    b.append(H(2, "Seeing the whole picture"))
    b += [
        P("Several agencies held a part of the picture, but it was never put together. The summary in the box beside this "
          "paragraph shows the information that children\u2019s social care did not have when it closed the case on 8 March "
          "2013 and when it ended the section 47 enquiry on 5 April 2013.",
          frame={"title": "Who knew what", "width": 7.4, "name": "WhoKnewWhat",
                 "table": WHO_KNEW,
                 "after": ["Source: combined chronology. CSC = children\u2019s social care."]}),
        P("Mother\u2019s statement on 21 February 2013 that Father had moved out was never tested, and two professionals later "
          "saw him at the flat. The review heard at the learning event that practitioners felt Father \u201cwas always just "
          "out of shot\u201d. Fathers and male partners were not seen as part of the assessment in any of the three episodes "
          "of social care involvement."),
        P("The panel asked whether Child N\u2019s death could have been predicted or prevented. It concluded that his death "
          "could not have been predicted from the information available to any single agency, but that there were missed "
          "opportunities to assess the risk he faced and to put the pieces of information together."),
    ]

    # ------------------------------------------------------------------ 7 Findings
    b.append(H(1, "Findings"))
    b += [
        P("The panel agreed the following findings. Each is linked to one or more of the recommendations in section 8."),
        P("Finding 1: the pre-birth assessment focused on Mother and did not assess Father or MGM, although information about "
          "both was available to children\u2019s social care (recommendation R1)."),
        P("Finding 2: the leaving care team supported Mother as a care leaver but did not consider her needs as a parent, and "
          "she was without a personal adviser for five weeks (R2 and R3)."),
        P("Finding 3: adult mental health services did not consider the risk to a child when Father disclosed that he could "
          "not cope with the baby\u2019s crying, or when he was discharged (R4)."),
        P("Finding 4: a bruise to a non-mobile baby was not referred, and the later child protection medical did not include "
          "a skeletal survey (R5 and R6)."),
        P("Finding 5: MGM\u2019s role as a regular carer was known to four professionals but was never assessed (R1)."),
        P("Finding 6: information about domestic abuse held by the police and the housing provider did not reach the health "
          "visitor or the leaving care team (R7 and R8)."),
        P("Finding 7: Father was largely invisible to children\u2019s services, and Mother\u2019s account of his absence was "
          "accepted without question (R9)."),
    ]

    # ------------------------------------------------------------------ 8 Recommendations
    b.append(H(1, "Recommendations"))
    b += [
        P("The review makes ten recommendations, set out in Table 4. Each agency has also made recommendations for its own "
          "service in its IMR, and these are included in a single action plan."),
        P("The Board accepted all of the recommendations at its meeting on 17 June 2014. Progress will be monitored by the "
          "Learning and Improvement sub-group, which will report to the Board every six months."),
    ]
    b.append({"t": "table", "caption": "Table 4: Recommendations", "cols": [1.2, 9.4, 3.6, 2.4],
              "header": ["No.", "Recommendation", "Lead agency", "Target date"], "rows": RECS, "keycol": True,
              "repeat": True})

    # ------------------------------------------------------------------ Appendix A
    b.append({"t": "ha", "text": "Appendix A: Terms of reference", "break": True})
    b.append(U("The terms of reference were agreed by the review panel at its first meeting on 4 July 2013. The review was "
               "asked:"))
    b.append({"t": "alist", "items": TOR})
    b.append(U("The terms of reference were amended on 10 October 2013 to add point (k), after the Crown Prosecution Service "
               "asked that no family member be interviewed before the trial."))
    return b


# ---------------------------------------------------------------------------------------------
def es_blocks():
    b = []
    b.append({"t": "escover"})
    b += [
        {"t": "hp", "text": "Foreword by the Independent Chair"},
        U("{{i:Child N was a much-loved little boy whose life was cut short by the person who should have protected him. "
          "Many professionals met Child N and his family during his short life, and most of them did what their own "
          "agency expected of them. This review shows that doing our own job is not enough: information that could have "
          "changed the picture stayed in separate files, and the adults who cared for Child N were not all known to us.}}"),
        U("{{i:I am grateful to Child N\u2019s mother and grandmother for helping the review, and to the practitioners who "
          "spoke openly about their work. The Board has accepted every recommendation and will hold its partners to "
          "account for the changes that follow.}}"),
        U("Dr Evelyn Marrick, Independent Chair, Ravensmoor Local Safeguarding Children Board, July 2014"),
        {"t": "hp", "text": "Introduction"},
        P("This is the executive summary of the serious case review commissioned by the Ravensmoor Local Safeguarding "
          "Children Board into the death of Child N. The full overview report, written by the independent overview author "
          "Rosalind Ackerley, is published alongside it and should be read for the detail of agency involvement."),
        P("Child N died on 19 May 2013 at the age of 14 months, the day after he was taken to hospital by ambulance from the "
          "family home in Skelbrook. He had a fatal head injury and three healing rib fractures. His father was convicted "
          "of manslaughter on 7 March 2014. Publication was delayed until the criminal proceedings had ended."),
        P("A serious case review is not an inquiry into how a child died or who was to blame. Its purpose is to find out "
          "what can be learned about the way agencies work together, and to make sure that the learning is acted on."),
        {"t": "hp", "text": "The review"},
        P("Children\u2019s social care notified the Board of Child N\u2019s death on 21 May 2013. The review was commissioned "
          "by the Independent Chair of the Board, Dr Evelyn Marrick, on 10 June 2013. A panel of senior managers, chaired by "
          "Graham Tesseyman, met seven times between July 2013 and April 2014."),
        P("The review covered the period from 1 July 2011 to 19 May 2013. Nine agencies provided individual management "
          "reviews and three provided information reports. A learning event was held for practitioners and first-line "
          "managers in January 2014."),
        P("The terms of reference asked the review to look in particular at:",
          bul=["the pre-birth assessment and whether it considered every adult who would care for the baby;",
               "the support given to Mother as a care leaver who had become a parent;",
               "how adult mental health services considered Father\u2019s capacity to care for a child;",
               "the response to the injuries seen in November 2012, March 2013 and May 2013; and",
               "the care of Child N by his maternal grandmother."]),
        P("Mother and the maternal grandmother met the overview author in May 2014. Father was invited to take part but "
          "declined through his solicitor."),
        {"t": "hp", "text": "The family"},
        P("Mother was 18 when Child N was born. She had been looked after by the council from the age of 11 and was "
          "supported by the leaving care team as a care leaver. Father had a history of depression and a psychotic episode "
          "in 2010, and was under the care of a community mental health team. Child N\u2019s maternal grandmother, whose "
          "neglect had led to Mother coming into care, looked after him regularly from January 2013."),
        P("The family lived in a second-floor flat in Skelbrook, rented from Ravensmoor Homes in Mother\u2019s sole name. "
          "Father lived there from about May 2012, although this was not declared to the landlord."),
        P("Mother told the review that Child N was a smiley baby who loved bath time. Very little about his daily life "
          "was recorded by any agency: the records describe his weight, his development and his injuries, but rarely what "
          "a day was like for him or who was with him."),
        {"t": "hp", "text": "Summary of events"},
        P("A midwife referred the unborn baby to children\u2019s social care on 19 October 2011 because of Mother\u2019s care "
          "history and Father\u2019s mental health. The pre-birth initial assessment was completed on 2 December 2011 with "
          "no further action. It did not include checks on Father or on the maternal grandmother."),
        P("Child N was born on 9 March 2012. The family received a universal plus health visiting service. Mother had a "
          "period of low mood after the birth and was supported by her health visitor and GP. Her personal adviser left in "
          "August 2012 and she was without one for five weeks."),
        P("In September 2012 the police attended a verbal argument at the flat, and the notification sent to "
          "children\u2019s social care was recorded as information only."),
        P("On 11 November 2012, when he was eight months old and not yet crawling, Child N was taken to the emergency "
          "department with a bruise to his forehead. He was discharged without a referral to children\u2019s social care. "
          "The health visitor followed this up by telephone but did not see him."),
        P("From January 2013 the maternal grandmother cared for Child N two days a week while Mother attended college. No "
          "agency assessed her as a carer."),
        P("On 10 January 2013 Father told his community psychiatric nurse that he was struggling to cope with the baby\u2019s "
          "crying and had punched a door. This was not shared with any children\u2019s service. Later that month a housing "
          "officer saw a hole in a bedroom door during a visit about rent arrears. Father was discharged from the mental "
          "health team on 28 February 2013 after missing three appointments."),
        P("After a domestic incident on 14 February 2013, a strategy discussion decided that an initial assessment was "
          "needed. Children\u2019s social care completed it and closed the case on 8 March 2013, with support from the "
          "children\u2019s centre under the Common Assessment Framework. Father was not seen."),
        P("On 27 March 2013 Child N was taken to hospital with bruising to his ear and cheek while in his grandmother\u2019s "
          "care. A second strategy discussion led to a section 47 enquiry and a child protection medical. No skeletal survey "
          "was carried out. The enquiry concluded on 5 April 2013 that the concerns were not substantiated, and a child in "
          "need plan was agreed."),
        P("A health visitor saw a fading bruise on Child N\u2019s shin on 2 May 2013. The last professional to see Child N was "
          "a family support worker on 14 May 2013. On 18 May 2013 Father called an ambulance because Child N was not "
          "breathing. Child N died in hospital the next day."),
        {"t": "hp", "text": "What the review found"},
        P("The review found that:",
          bul=["the pre-birth assessment focused on Mother and did not consider Father or the grandmother;",
               "the leaving care team did not consider Mother\u2019s needs as a parent;",
               "adult mental health services did not think about the risk to a child;",
               "bruising to a baby who was not mobile was not referred;",
               "the grandmother\u2019s care of Child N was never assessed;",
               "information about domestic abuse held by the police and the housing provider was not shared; and",
               "Father was largely invisible to the professionals working with the family."],
          frame={"title": "Key learning for practitioners", "width": 5.6, "name": "EsKeyLearning",
                 "paras": ["Ask who looks after the baby, and check what is known about them.",
                           "Bruising in a baby who is not mobile always needs a referral.",
                           "Think family: ask adult patients whether they care for a child.",
                           "See fathers and male partners, and test what you are told."]}),
        P("Several agencies each held a part of the picture, but no agency put the pieces together. In particular, "
          "children\u2019s social care did not know about Father\u2019s disclosure, the damage to the door or the earlier "
          "forehead bruise when it closed the case in March 2013 and when it ended the section 47 enquiry in April 2013."),
        P("The panel concluded that Child N\u2019s death could not have been predicted, but that there were missed "
          "opportunities to assess the risks to him."),
        {"t": "hp", "text": "What has changed since"},
        P("Agencies did not wait for the review to finish before acting. The Board published a protocol on bruising in "
          "babies who are not independently mobile in October 2013, and children\u2019s social care revised its pre-birth "
          "assessment protocol in January 2014."),
        P("North Moorshire Partnership NHS Foundation Trust added a compulsory question about children in the household to "
          "its electronic patient record in April 2014. Ravensmoor Homes has trained 41 housing officers to recognise "
          "domestic abuse, and Moorshire Police and children\u2019s social care began a daily domestic abuse triage meeting "
          "on 2 June 2014."),
        {"t": "hp", "text": "Recommendations"},
        P("The review makes ten recommendations to the Board and its partner agencies. In summary, they ask agencies to:",
          bul=["identify and check every adult who cares for a baby, including grandparents;",
               "assess the parenting needs of care leavers who become parents, and always allocate a personal adviser;",
               "ask at every mental health review whether the patient cares for or lives with a child;",
               "follow the Board\u2019s protocol on bruising in non-mobile babies and consider a skeletal survey for children "
               "under two;",
               "train housing officers to recognise signs of domestic abuse;",
               "share police notifications of domestic incidents with health visitors; and",
               "involve fathers and male partners in assessments and meetings."]),
        P("The Board accepted all ten recommendations on 17 June 2014. An action plan will be monitored by the Learning and "
          "Improvement sub-group, and the Board will publish a progress report in its annual report for 2014\u201315."),
        P("The Board thanks Mother and the maternal grandmother for their contribution to the review, and the practitioners "
          "who took part in the learning event."),
        {"t": "table", "caption": "Glossary", "cols": [2.6, 14.0], "keycol": True, "rows": [
            ["CAF", "Common Assessment Framework: a shared assessment and plan for children with additional needs"],
            ["CMHT", "Community mental health team"],
            ["CPA", "Care Programme Approach: the framework for planning the care of adults with severe mental illness"],
            ["DASH", "Domestic Abuse, Stalking and Harassment and Honour Based Violence risk checklist"],
            ["EDT", "Emergency duty team: the out-of-hours children\u2019s social care service"],
            ["IMR", "Individual management review: an agency\u2019s own review of its involvement"],
            ["Section 47", "An enquiry under section 47 of the Children Act 1989 into whether a child is suffering, or is "
                           "likely to suffer, significant harm"],
        ]},
        U("Copies of the overview report and this summary are available from the Board\u2019s business unit."),
    ]
    return b
