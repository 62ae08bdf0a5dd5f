"""Text of the FICTIONAL Cadwell Child Practice Review and the chair's letter.

Every person, place, school, health board, police force, council and event in this file is invented.
"""

BOARD = "Cadwell Valleys Regional Safeguarding Board"
REVIEW_REF = "CVRSB CPR 02/2024"


def P(num, text):
    """A numbered paragraph: the number is printed at the start of the paragraph."""
    return f'<p class="np"><span class="pn">{num}</span> {text}</p>\n'


def FN(text):
    """A footnote (CSS float: footnote) with a superscript call in the text."""
    return f'<span class="fn">{text}</span>'


def H(num, title, ident):
    """A full-width section heading (column-span: all). Each section is its own two-column
    container, which closes the previous one; WeasyPrint 70 otherwise drops a spanning heading that
    falls on a page boundary inside one long multi-column container."""
    close = "" if num == "1" else "</div>"
    return f'{close}<div class="cols"><h2 id="{ident}"><span class="hn">{num}</span> {title}</h2>\n'


BODY = (
    H("1", "Brief outline of circumstances resulting in the review", "s1")
    + P("1.1", "This Child Practice Review was commissioned by the " + BOARD + " (the Board) after a serious "
        "injury to a boy who is referred to in this report as Child R. Child R was 22 months old when he was "
        "admitted to hospital on the evening of Sunday 14 January 2024 with a head injury. He lived with his "
        "mother, Ms P, his six-year-old half-sister (referred to as Sibling 1) and his mother's partner, Mr T, "
        "in a rented house in Cwmhendre.")
    + P("1.2", "Mr T made a 999 call at 19.52 hrs that evening, saying that Child R had \u201cgone floppy\u201d after a "
        "fall from the stairs. The ambulance arrived at 20.06 hrs and Child R reached the Emergency Department "
        "of Ysbyty Cadwell at 20.31 hrs. A CT scan at 22.10 hrs showed a subdural haematoma. A skeletal survey "
        "the following day found healed fractures of three ribs on the left side, which the radiologist "
        "estimated to be between two and four weeks old. Child R was transferred to the paediatric intensive "
        "care unit at Ysbyty Plant Glannant on 15 January 2024." + FN("Ysbyty Plant Glannant is the regional "
        "children\u2019s hospital for the fictional Cadwell Valleys area. No real hospital is described."))
    + P("1.3", "Child R survived. At the time of writing he lives with his maternal grandmother under a special "
        "guardianship order and is reported to be making steady progress, although he continues to receive "
        "physiotherapy and is under the care of a community paediatrician. Sibling 1 lives with her own father.")
    + P("1.4", "Mr T was arrested on 16 January 2024. Criminal proceedings have not concluded, and this review "
        "has taken care not to comment on matters that are for the court. Ms P was interviewed as a witness.")
    + P("1.5", "Dyfnant Police notified the Board of the injury on 18 January 2024. The Board\u2019s Case Review "
        "Group met on 6 February 2024 and recommended that the case met the criteria for a concise Child "
        "Practice Review, because Child R had been seriously harmed, abuse was known or suspected, and he "
        "had not been on the child protection register in the period before the injury. The independent "
        "chair of the Board accepted the recommendation on 9 February 2024.")
    + P("1.6", "The review covers the period from 1 June 2022, shortly after Ms P separated from Child R\u2019s "
        "father, to 15 January 2024, the day after the injury. Earlier history has been considered where it "
        "helps to explain what agencies knew.")

    + H("2", "Terms of reference and how the review was carried out", "s2")
    + P("2.1", "The review was led by two reviewers who had had no involvement with the family or line "
        "management responsibility for any practitioner involved: Eleri Vaughan-Rhys, an independent "
        "reviewer and former head of children\u2019s services, and Dafydd Morgans, a designated nurse for "
        "safeguarding from a neighbouring health board. The review panel was chaired by Siân Elwy-Harries, "
        "Head of Safeguarding at Cadwell Valleys University Health Board.")
    + P("2.2", "The panel met five times between March and September 2024. It included senior "
        "representatives of Cadwell County Borough Council Children\u2019s Services, Cadwell Valleys University "
        "Health Board, Dyfnant Police, the Cadwell Valleys Ambulance Service (as an observer), Cadwell Education "
        "Service and the Flying Start programme.")
    + P("2.3", "The terms of reference asked the review to consider: (a) how well agencies recognised and "
        "responded to injuries and bruising to Child R; (b) what was known about the adults in the "
        "household, in particular Mr T; (c) whether the voice and lived experience of both children were "
        "heard; (d) how information was shared between universal services and Children\u2019s Services; and "
        "(e) the quality of the care and support assessment completed in spring 2023.")
    + P("2.4", "Each agency provided a timeline of its involvement and a short analysis of its practice. These "
        "were merged into a single chronology, a summary of which appears at Appendix A. The reviewers read "
        "the records of the Emergency Department, the GP practice, the health visiting service, Flying Start, "
        "the school and Children\u2019s Services.")
    + P("2.5", "<b>The learning event.</b> A learning event for practitioners was held on 22 May 2024 at "
        "Canolfan Teifion, Porth Cadwell. It was attended by 23 practitioners and first-line managers from "
        "eight agencies, including both health visitors, both social workers, the GP and staff of the Flying "
        "Start setting. A separate, shorter session for senior managers took place on 12 June 2024. "
        "Practitioners spoke openly about the pressures they were under, and the reviewers are grateful for "
        "their honesty." + FN("Practitioners who could not attend the learning event on 22 May 2024 were "
        "offered a one-to-one conversation with a reviewer; four took up the offer."))
    + P("2.6", "<b>Family involvement.</b> Ms P met the reviewers on 4 June 2024, with her sister present for "
        "support, and again on 2 September 2024 to hear the findings. Child R\u2019s maternal grandmother also "
        "contributed. Mr T was invited through his solicitor but declined to take part while criminal "
        "proceedings are ongoing. Child R\u2019s father, Mr R, spoke to a reviewer by telephone.")
    + P("2.7", "Role codes are used for practitioners in this report (for example HV1 for the first health "
        "visitor). A glossary of role codes appears in the front matter of this report.")
    + P("2.8", "The statutory guidance expects a concise review to be completed within six months of the "
        "decision to undertake it. This review took a little over seven months, from 9 February to 24 "
        "September 2024, because the police asked that some practitioners should not be interviewed until "
        "they had given witness statements. The Board agreed the extension in April 2024.")

    + H("3", "Child R and his family", "s3")
    + P("3.1", "Child R was born on 3 March 2022 at Ysbyty Cadwell, at 38 weeks\u2019 gestation, weighing 2.9 kg. "
        "Ms P was 24 years old. The pregnancy was planned, and the midwife (MW1) recorded no safeguarding "
        "concerns, although Ms P disclosed that she had been treated for post-natal depression after the "
        "birth of Sibling 1.")
    + P("3.2", "Ms P separated from Child R\u2019s father, Mr R, in May 2022 after a period of arguments which "
        "Ms P described to the reviewers as \u201cshouting, not hitting\u201d. Mr R moved to the other side of "
        "the valley and saw Child R every other weekend until the summer of 2023, when contact stopped.")
    + '<div class="pull">\u201cEveryone saw a little piece of him. Nobody put the pieces together, and nobody '
      'asked who Tom was.\u201d<span class="who">\u2014 a practitioner at the learning event</span></div>\n'
    + P("3.3", "Mr T began a relationship with Ms P in the summer of 2022 and, according to Ms P, moved into "
        "the household in September 2022. No agency knew that he was living there until 21 March 2023, when "
        "Sibling 1 spoke about him at school. Mr T was 29 years old. He had two previous convictions for "
        "assault (in 2015 and 2019), one of them against a former partner, which were known to Dyfnant "
        "Police but were not checked by any agency during the period under review.")
    + P("3.4", "Sibling 1 attended Ysgol Gynradd Bryn Eithin, where her attendance was good and she was "
        "described as a bright, chatty child who became quieter during the spring of 2023. Her teacher "
        "remembered that she talked a lot about her baby brother and often drew pictures of him. The "
        "reviewers found that, across all the records, there were only two occasions on which a practitioner "
        "wrote down anything that Sibling 1 had said about home.")
    + P("3.5", "Child R was described by everyone who knew him as a smiley, sociable baby who was slow to "
        "walk. He began to crawl at about ten months and was walking with support only in the autumn of "
        "2023. This matters for the learning, because bruising in a baby who is not yet independently "
        "mobile is rare and must always be taken seriously.")
    + P("3.6", "Ms P had moved into the house in Cwmhendre in August 2021. She worked part-time at a "
        "supermarket, three evenings a week, and during those shifts Mr T looked after both children. By "
        "the autumn of 2023 the family had rent arrears of £1,240 and had received a notice from the "
        "landlord. Ms P told the reviewers that money worries and tiredness meant that she “stopped "
        "noticing things” in the last months of 2023.")
    + P("3.7", "<b>The family’s views.</b> Ms P told the reviewers: “I thought if I told anyone about "
        "Tom’s temper they would take the kids off me.” She said that no professional ever asked her "
        "directly whether she felt safe with Mr T. Child R’s maternal grandmother said that she had seen "
        "a bruise on his back at Christmas 2023 and had asked about it, but had been told that he had fallen "
        "against the bath. She did not know who she could tell, and she has asked the reviewers to make sure "
        "that grandparents know where to go with a worry.")

    + H("4", "Practice and organisational learning: key episodes", "s4")
    + P("4.1", "The reviewers identified six key episodes. The detail is in the chronology at Appendix A; the "
        "account below draws out what practitioners knew and did at each point.")
    + '<h3>Episode 1: the domestic incident of June 2022</h3>\n'
    + P("4.2", "At 23.15 hrs on 11 June 2022 Dyfnant Police received a call from a neighbour reporting "
        "shouting at Ms P\u2019s address. PC1 attended at 23.48 hrs and found that Mr R had come to the house to "
        "collect belongings. There were no injuries. PC1 completed a DASH risk assessment, which was graded "
        "standard, and submitted a Public Protection Notice (PPN) noting that two children lived at the "
        "address.")
    + P("4.3", "The PPN reached the Children\u2019s Services Information, Advice and Assistance (IAA) team on 13 "
        "June 2022. SW1, a social worker in the IAA team, checked records, spoke to Ms P by telephone and "
        "closed the contact with no further action on 20 June 2022. The decision was reasonable on the "
        "information available. However, the health visitor was not told of the incident, and so the "
        "information did not reach the one universal service that was seeing the baby at home.")
    + '<h3>Episode 2: the bruise seen by the GP in October 2022</h3>\n'
    + P("4.4", "On 12 October 2022, at 10.20 hrs, Ms P took Child R, then seven months old, to the Heol Las "
        "Surgery for a chest infection. GP1 noticed a fingertip-sized bruise behind his left ear. Ms P said it "
        "had happened when he caught his head on the bars of his cot. GP1 recorded the explanation and the "
        "bruise, prescribed antibiotics and took no further action." + FN("The reviewers use \u201cnot independently "
        "mobile\u201d in the sense of the regional bruising protocol: a child who cannot yet crawl, cruise or "
        "walk. In October 2022 Child R could sit but could not crawl."))
    + P("4.5", "The regional protocol for bruising in children who are not independently mobile was in place at "
        "that time and required a same-day referral to Children\u2019s Services and a paediatric assessment. "
        "GP1 told the learning event that he knew of the protocol but thought of it as applying to \u201cnew "
        "babies\u201d rather than to a seven-month-old who could sit up and reach for things. This "
        "misunderstanding was shared by several practitioners at the learning event, and it is the basis of "
        "the first finding.")
    + '<div class="box"><div class="boxhead">Bruising in babies who are not yet mobile</div>'
      '<p>A bruise on a baby who is not independently mobile should never be treated as a normal accident '
      'without specialist assessment. The regional protocol applies to every child who is not yet crawling, '
      'cruising or walking, whatever their age in months.</p>'
      '<p>The protocol does not ask the practitioner to decide whether the explanation is credible. It asks '
      'for a referral to Children\u2019s Services and a same-day paediatric opinion.</p>'
      '<p>At the learning event, 14 of the 23 practitioners said they had believed the protocol covered only '
      'babies under six months.</p></div>\n'
    + '<h3>Episode 3: missed health visiting contacts and the change of health visitor</h3>\n'
    + P("4.6", "HV1, the health visitor who completed the new birth visit on 17 March 2022, left the service "
        "in December 2022. The caseload was held by the team leader for ten weeks before it was allocated to "
        "HV2 in late February 2023. The Healthy Child Wales Programme contact due at twelve months was "
        "offered on 16 February 2023 and again on 2 March 2023, and on both occasions Child R was not "
        "brought. HV2 wrote to Ms P and closed the contact as \u201cdeclined\u201d without visiting or speaking "
        "to her.")
    + P("4.7", "HV2 told the reviewers that she had inherited 71 families at once and that the handover record "
        "from HV1 described the family as \u201cuniversal, no concerns\u201d. The GP\u2019s observation of the bruise "
        "in October 2022 had not been shared with health visiting, and the June 2022 PPN had never reached it. "
        "The reviewers consider that a child who is twice not brought for a developmental review should "
        "prompt a home visit, not a letter.")
    + '<h3>Episode 4: Sibling 1\u2019s disclosure and the care and support assessment</h3>\n'
    + P("4.8", "On 21 March 2023 Sibling 1 told her class teacher that \u201cTom shouts at Mam and hit her arm\u201d "
        "and that she did not like it when Tom looked after the baby. The school\u2019s designated safeguarding "
        "person (DSP1) made a referral to the IAA team the next day, 22 March 2023. This was the first time "
        "that any agency learned that Mr T was living in the household.")
    + P("4.9", "The referral was allocated to SW2, a newly qualified social worker, who began a care and "
        "support assessment on 29 March 2023. SW2 visited the home twice, on 4 April and 19 April 2023. On "
        "both visits Mr T was said to be at work. SW2 saw Child R asleep in his cot on the first visit and "
        "playing on the floor on the second. Sibling 1 was spoken to once, at school, with her mother\u2019s "
        "consent, and said that \u201ceverything is fine now\u201d.")
    + P("4.10", "SW2 asked Dyfnant Police for information about Ms P and Mr R, but not about Mr T, because she "
        "had recorded his surname incorrectly and the check returned no result. As a result the two "
        "convictions for assault were not found. The assessment was completed on 3 May 2023 and concluded "
        "that the family did not need a care and support plan. It was signed off by TM1, the team manager, "
        "and the case was closed on 10 May 2023 with a referral to the Flying Start programme for "
        "parenting support and childcare for Child R. The reviewers consider that the assessment relied too "
        "heavily on Ms P\u2019s account, did not include Mr T, and did not give enough weight to what Sibling 1 "
        "had said in March.")
    + '<h3>Episode 5: Flying Start childcare, autumn 2023</h3>\n'
    + P("4.11", "Child R started at the Camau Bach Flying Start childcare setting in Cwmhendre on 11 September "
        "2023, for two and a half hours each weekday morning. His attendance was poor: he attended 41% of his "
        "offered sessions in the autumn term. On 26 September 2023 staff noted two small bruises on his "
        "upper right arm, and on 27 November 2023, at 09.05 hrs, a bruise on his left cheek. On both occasions "
        "the setting\u2019s key worker (FS1) completed a body map and accepted Ms P\u2019s explanation (a fall in the "
        "garden; a fall onto a toy). Neither observation was shared with health visiting or with Children\u2019s "
        "Services. The setting manager told the reviewers that staff \u201cdid not want to jeopardise the "
        "relationship with Mum\u201d, who had been reluctant to send Child R at all.")
    + P("4.12", "The Flying Start health visitor (HV3) did not know about either body map. Flying Start "
        "records were held on a separate system from the core health visiting record, and the two were not "
        "linked. This is a system issue rather than a failing of any individual practitioner.")
    + '<h3>Episode 6: the Emergency Department attendance of December 2023</h3>\n'
    + P("4.13", "On Saturday 9 December 2023 Ms P brought Child R to the Emergency Department of Ysbyty "
        "Cadwell at 21.35 hrs with a swollen left wrist, saying he had trapped it in a door. He was seen by a "
        "junior doctor (ED1); an X-ray showed no fracture and he was discharged at 00.50 hrs on 10 December "
        "2023. The department\u2019s paediatric liaison form was completed and sent to the health visiting "
        "service as usual.")
    + P("4.14", "ED1 asked who lived at home and recorded \u201cMum, sister, Mum\u2019s partner\u201d. The electronic "
        "flag used by the department to alert staff to a child known to Children\u2019s Services was not "
        "present, because the case had been closed. ED1 did not ask about earlier injuries. The liaison form "
        "reached HV2 on 15 December 2023, shortly before she began two weeks of planned leave, and it had not "
        "been reviewed when Child R was injured on 14 January 2024. The reviewers note that there was no "
        "arrangement for another health visitor to review liaison forms received during leave.")
    + '<h3>The injury of January 2024</h3>\n'
    + P("4.15", "After the CT scan, the on-call paediatrician (PAED1) made a referral to Children\u2019s "
        "Services\u2019 out-of-hours service at 22.40 hrs on 14 January 2024, and the police were informed at "
        "23.05 hrs. A strategy discussion chaired by TM2 was held at 09.30 hrs on 15 January 2024. Sibling 1 "
        "was placed with her father the same day under a safety plan. The response to the injury itself was "
        "prompt and well co-ordinated, and the reviewers commend it.")

    + H("5", "Analysis and findings", "s5")
    + P("5.1", "The reviewers have tried to understand why practitioners acted as they did, rather than to "
        "judge with hindsight. Almost every practitioner involved was working under heavy pressure, several "
        "were new in post, and most of the information that would have changed the picture was held by "
        "another agency.")
    + P("5.2", "<b>Finding 1: the bruising protocol was misunderstood.</b> The clearest opportunity to "
        "apply the regional bruising protocol was missed in October 2022, when Child R was not yet crawling. "
        "The later bruises of September and November 2023 were also accepted without question. In each case "
        "the practitioner accepted a plausible explanation. The belief that the protocol "
        "applies only to young babies, rather than to any child who is not independently mobile, was "
        "widespread.")
    + P("5.3", "<b>Finding 2: the man in the household was invisible.</b> Mr T was never seen, spoken to or "
        "checked by any agency during the sixteen months he lived with the family. This is a recurring theme "
        "in reviews across Wales and England. Practitioners should ask who lives in the home and who looks "
        "after the children, and should record full names and dates of birth so that checks can be made.")
    + P("5.4", "<b>Finding 3: information stayed where it was first recorded.</b> The PPN of June 2022, the "
        "GP\u2019s observation, the Flying Start body maps and the ED liaison form each told part of the story. "
        "None of the agencies could see the whole. In particular, no agency shared information with the "
        "GP practice after October 2022.")
    + P("5.5", "<b>Finding 4: \u201cwas not brought\u201d was treated as \u201cdeclined\u201d.</b> Two missed developmental "
        "reviews and poor nursery attendance were treated as parental choice rather than as possible signs "
        "that a child was being kept from view.")
    + P("5.6", "<b>Finding 5: the voice of Sibling 1.</b> Sibling 1 was the only person who told a professional "
        "about Mr T\u2019s behaviour. She was spoken to once, at school, after her mother had been told the "
        "purpose of the conversation. The reviewers believe that a child of six who has made a disclosure "
        "should be spoken to more than once, and alone.")
    + P("5.7", "<b>Finding 6: cover for absence.</b> Twice, a health visiting caseload or an inbox had no one "
        "responsible for it: for ten weeks between HV1 leaving and HV2 starting, and during HV2\u2019s leave "
        "in December 2023.")
    + P("5.8", "<b>Finding 7: supervision and workload.</b> SW2 had one supervision session with TM1 during "
        "the assessment, on 26 April 2023. It lasted 35 minutes and covered 14 cases, so Child R’s family "
        "was discussed for only a few minutes. The IAA and assessment teams received 1,860 contacts in "
        "2022–23, an increase of 27% on the previous year, while the social worker vacancy rate in the "
        "assessment team stood at 38%. The reviewers do not consider that SW2 should have been expected to "
        "carry this assessment without closer oversight.")
    + P("5.9", "<b>Good practice.</b> The reviewers noted good practice as well: DSP1\u2019s prompt referral in "
        "March 2023; PC1\u2019s clear PPN that named both children; the well-organised response of the "
        "Emergency Department and the out-of-hours team on 14 January 2024; and the care shown to Ms P by the "
        "Flying Start family support worker.")

    + H("6", "Improving systems and practice", "s6")
    + P("6.1", "In order to promote the learning from this case, the review makes six recommendations to the "
        "Board. The Board will publish an action plan and monitor progress through its Practice Review "
        "Sub-Group.")
    + P("6.2", "<b>Recommendation 1.</b> The Board should relaunch the regional bruising protocol, making it "
        "clear that it applies to any child who is not independently mobile, whatever their age, and should "
        "audit its use in primary care and early years settings within twelve months.")
    + P("6.3", "<b>Recommendation 2.</b> All partner agencies should adopt the Board\u2019s \u201cwho lives here?\u201d "
        "practice standard, so that the full names and dates of birth of every adult in a child\u2019s household "
        "are recorded and checked when a care and support assessment is undertaken.")
    + P("6.4", "<b>Recommendation 3.</b> Cadwell Valleys University Health Board should link the Flying Start "
        "and core health visiting records, or until that is done, require Flying Start settings to share "
        "every body map with the named health visitor within one working day.")
    + P("6.5", "<b>Recommendation 4.</b> The health board should ensure that no health visiting caseload and "
        "no Emergency Department liaison inbox is left without a named responsible practitioner during "
        "vacancies or leave.")
    + P("6.6", "<b>Recommendation 5.</b> The Board should issue practice guidance that a child who is not "
        "brought to two consecutive developmental reviews is followed up by a home visit.")
    + P("6.7", "<b>Recommendation 6.</b> Children\u2019s Services should review how children who have made a "
        "disclosure are spoken to during care and support assessments, including whether they are seen "
        "alone and on more than one occasion.")

    + H("7", "Statement by reviewers", "s7")
    + P("7.1", "We, Eleri Vaughan-Rhys and Dafydd Morgans, make the following statement. We were independent "
        "of the case and of the agencies involved. We had no contact with Child R or his family before the "
        "review began. We have been given full access to the records we asked for, and we believe that the "
        "report is a fair account of the learning.")
    + P("7.2", "The review process, including the learning event and the meetings with the family, was "
        "completed in line with the statutory guidance for Child Practice Reviews. The report was agreed by "
        "the review panel on 24 September 2024 and presented to the Board on 17 October 2024.")
    + '<div class="sig"><p>Reviewer 1: Eleri Vaughan-Rhys &nbsp;&middot;&nbsp; Reviewer 2: Dafydd Morgans</p>'
      '<p>Date: 24 September 2024</p><p>Chair of review panel: Siân Elwy-Harries</p></div>\n'
)

# Appendix A: summary chronology. Columns: date, time, agency, event, role code.
CHRONOLOGY = [
    ("03/03/2022", "04.12 hrs", "Health board (midwifery)", "Child R born at Ysbyty Cadwell, 2.9 kg. No safeguarding concerns recorded.", "MW1"),
    ("17/03/2022", "14.00 hrs", "Health visiting", "New birth visit at home. Family graded \u201cuniversal\u201d.", "HV1"),
    ("11/06/2022", "23.15 hrs", "Dyfnant Police", "Neighbour reports shouting at the address. Officer attends at 23.48 hrs; Mr R collecting belongings. DASH graded standard; PPN submitted.", "PC1"),
    ("13/06/2022", "\u2013", "Children\u2019s Services (IAA)", "PPN received. Checks made; telephone call to Ms P.", "SW1"),
    ("20/06/2022", "\u2013", "Children\u2019s Services (IAA)", "Contact closed, no further action. Health visiting not informed.", "SW1"),
    ("12/10/2022", "10.20 hrs", "GP practice (Heol Las Surgery)", "Chest infection. Bruise behind left ear noted; explanation (cot bars) accepted. No referral.", "GP1"),
    ("Dec 2022", "\u2013", "Health visiting", "HV1 leaves the service. Caseload held by team leader pending allocation.", "HV1"),
    ("16/02/2023", "\u2013", "Health visiting", "Twelve-month review: Child R not brought.", "\u2013"),
    ("02/03/2023", "\u2013", "Health visiting", "Twelve-month review re-offered: not brought. Letter sent; contact closed as \u201cdeclined\u201d.", "HV2"),
    ("21/03/2023", "\u2013", "Ysgol Gynradd Bryn Eithin", "Sibling 1 tells class teacher about Mr T shouting at and hitting her mother.", "Teacher"),
    ("22/03/2023", "11.40 hrs", "School / IAA", "Referral by designated safeguarding person to IAA team.", "DSP1"),
    ("04/04/2023", "\u2013", "Children\u2019s Services", "First home visit for care and support assessment. Mr T \u201cat work\u201d.", "SW2"),
    ("19/04/2023", "\u2013", "Children\u2019s Services", "Second home visit. Police check requested (Mr T\u2019s surname misspelt).", "SW2"),
    ("03/05/2023", "\u2013", "Children\u2019s Services", "Assessment completed: no care and support plan needed. Signed off.", "SW2 / TM1"),
    ("10/05/2023", "\u2013", "Children\u2019s Services", "Case closed; referral to Flying Start.", "TM1"),
    ("11/09/2023", "\u2013", "Flying Start", "Child R starts at Camau Bach childcare setting.", "FS1"),
    ("26/09/2023", "\u2013", "Flying Start", "Two small bruises to upper right arm. Body map completed; not shared.", "FS1"),
    ("27/11/2023", "09.05 hrs", "Flying Start", "Bruise to left cheek. Body map completed; not shared.", "FS1"),
    ("09/12/2023", "21.35 hrs", "Ysbyty Cadwell ED", "Swollen left wrist (\u201ctrapped in door\u201d). X-ray: no fracture. Discharged 00.50 hrs on 10/12/2023.", "ED1"),
    ("15/12/2023", "\u2013", "Health visiting", "ED liaison form received. HV2 on planned leave; form not reviewed.", "HV2"),
    ("14/01/2024", "19.52 hrs", "Cadwell Valleys Ambulance Service", "999 call by Mr T: child \u201cfloppy\u201d after fall. Ambulance on scene 20.06 hrs.", "\u2013"),
    ("14/01/2024", "20.31 hrs", "Ysbyty Cadwell ED", "Arrival at ED. CT scan 22.10 hrs: subdural haematoma.", "PAED1"),
    ("14/01/2024", "22.40 hrs", "Out-of-hours service", "Referral by paediatrician. Police informed at 23.05 hrs.", "PAED1"),
    ("15/01/2024", "09.30 hrs", "Children\u2019s Services", "Strategy discussion. Skeletal survey: three healed rib fractures. Transfer to Ysbyty Plant Glannant.", "TM2"),
    ("16/01/2024", "\u2013", "Dyfnant Police", "Mr T arrested.", "DC1"),
]

GLOSSARY = [
    ("DC1", "Detective constable, Dyfnant Police child abuse investigation unit"),
    ("DSP1", "Designated safeguarding person, Ysgol Gynradd Bryn Eithin"),
    ("ED1", "Junior doctor, Emergency Department, Ysbyty Cadwell"),
    ("FS1", "Key worker, Camau Bach Flying Start childcare setting"),
    ("GP1", "General practitioner, Heol Las Surgery, Cwmhendre"),
    ("HV1", "Health visitor, March to December 2022"),
    ("HV2", "Health visitor, from February 2023"),
    ("HV3", "Flying Start health visitor"),
    ("MW1", "Community midwife"),
    ("PAED1", "On-call consultant paediatrician, Ysbyty Cadwell"),
    ("PC1", "Police constable, Dyfnant Police response team"),
    ("SW1", "Social worker, Information, Advice and Assistance (IAA) team"),
    ("SW2", "Social worker (newly qualified), assessment team"),
    ("TM1", "Team manager, assessment team"),
    ("TM2", "Team manager, out-of-hours and duty"),
    ("CPR", "Child Practice Review"),
    ("DASH", "Domestic abuse, stalking and harassment risk assessment"),
    ("IAA", "Information, Advice and Assistance"),
    ("PPN", "Public Protection Notice"),
]

LETTER_PARAS = [
    "I am writing on behalf of the Cadwell Valleys Regional Safeguarding Board to let you know that the Board "
    "has completed a concise Child Practice Review concerning a young child, referred to as Child R, who was "
    "seriously injured at home in Cwmhendre in January 2024. The report was considered and endorsed by the Board "
    "at its meeting on 17 October 2024 and will be published on the Board\u2019s website on 25 November 2024, "
    "together with an action plan. A copy is enclosed in advance of publication.",

    "Child R was not yet two years old when he was taken to hospital by ambulance on the evening of 14 January "
    "2024 with a serious head injury. Doctors also found older rib fractures. I am glad to tell you that he "
    "survived and is now cared for by a member of his wider family. A man who lived in the household was "
    "arrested, and criminal proceedings are continuing; for that reason the report is careful in what it says "
    "about him.",

    "The Board was notified of the injury by the police on 19 January 2024, and I agreed on 9 February 2024 that "
    "the criteria for a concise review were met. The review was led by two reviewers, Eleri Vaughan-Rhys and "
    "Dafydd Morgans, and it included a learning event attended by 21 practitioners from across the region. I "
    "would like to record the Board\u2019s thanks to Child R\u2019s mother and grandmother for taking part.",

    "The review found that each agency held a part of the picture but no agency held the whole of it. A bruise "
    "seen by a GP when Child R was seven months old, two bruises recorded by a Flying Start childcare setting, "
    "and a hospital attendance with a wrist injury in December 2023 were each explained away. The man who had "
    "moved into the household was never seen or checked by any professional. Six recommendations are made, "
    "which the Board has accepted in full.",

    "Three of the issues raised by the review go beyond what the Board can put right locally, and I would be "
    "grateful for your consideration of them:",
]

LETTER_ASKS = [
    "<b>National guidance on bruising.</b> The misunderstanding that bruising protocols apply only to babies "
    "under six months was found across several agencies. A clear national statement that such protocols apply "
    "to every child who is not independently mobile would help every region.",
    "<b>Linked child health records.</b> Flying Start and core health visiting records are held on separate "
    "systems in our area. I understand this is also the case in at least two other health board areas. I would "
    "welcome your support for a single child health record across Wales.",
    "<b>Men in the household.</b> The review adds to a body of learning about unseen adult males. I ask that the "
    "Welsh Government consider including this theme in the next national thematic review programme.",
]

LETTER_PARAS_2 = [
    "The Board will monitor its action plan through its Practice Review Sub-Group, and I have asked for a first "
    "progress report to be presented to the Board in March 2025. The total cost of the review, including the "
    "independent reviewer and the learning event, was \u00a314,850, which was shared between the partner agencies.",

    "I would be happy to meet you or your officials to discuss the review. My office can be contacted through "
    "the Regional Safeguarding Board business unit at Tŷ Cadwell, Porth Cadwell.",
]
