# -*- coding: utf-8 -*-
"""Text of the FICTIONAL Greywether LCSPR ("Jay") and its seven-minute briefing.

Everything here is invented: the partnership, places, agencies, people and events.

Light markup, one block per blank-line-separated chunk (see build.py):
  = N. Title        section heading (in the flow)
  ~ Title           subheading, set in bold small caps
  N.N text          numbered paragraph
  ^N text           a note (footnote) in the notes block at the end of a section
  <...              raw HTML, passed through
  anything else     plain paragraph
Inline: [^N] is a superscript note marker.
"""

TITLE = "Local Child Safeguarding Practice Review: Jay"
RUNNING = "LCSPR &lsquo;Jay&rsquo; &middot; Greywether Safeguarding Children Partnership"
REFCODE = "GSCP/LCSPR/2024/03"
PUBLISHED = "12 March 2025"
REVIEWER = "Dr Rowan Threlkeld"
CHAIR = "Annette Brackley"
PANEL_CHAIR = "Nadia Fairclough"

# ---------------------------------------------------------------- front matter
FOREWORD = """
<p class="lead">Jay was fourteen when he died in an alleyway off Furnace Lane in Scarrowby on the night of
18&nbsp;November 2023. He had been stabbed. In the fourteen months before his death he had been reported
missing many times, he had been found twice in the neighbouring city of Ousemoor, and almost every agency
in Greywether knew him by name.</p>

<p>This review was commissioned by the three safeguarding partners &mdash; Greywether Metropolitan Borough
Council, Northfell Police and the Greywether and Dales Integrated Care Board &mdash; because we believed that
the way we worked together, and with colleagues across the border in Ousemoor, could teach us something
we needed to learn. It does. The review is not about blame. Many practitioners cared about Jay and went
beyond what their roles asked of them; some of them are still deeply affected by his death.</p>

<p>But the review is clear that, for too long, our systems treated Jay as a boy who was making choices,
when he was a child who was being exploited. We saw each missing episode on its own. We let a part-time
timetable become the norm. We closed a door at CAMHS when he was not brought. And when we did come
together, in September 2023, the plan we made could not move as fast as the people who were harming him.</p>

<p>I want to thank Jay&rsquo;s mother, who met the reviewer twice and who asked that this report be
published in full so that other families are heard sooner. I also thank Dr Rowan Threlkeld for a
careful and humane review, and the practitioners who took part in the learning event.</p>

<p>The partnership accepted all nine recommendations at its executive meeting on 21&nbsp;January 2025.
Progress will be reported to the executive every quarter and published in our annual report.</p>

<p class="sig"><b>Annette Brackley</b><br/>Independent Chair and Scrutineer<br/>Greywether Safeguarding Children Partnership</p>
"""

# contents entries: (label, title, key) -- page numbers are filled in by build.py
CONTENTS = [
    ("", "Foreword", "foreword"),
    ("", "The review at a glance", "glance"),
    ("1", "Introduction and scope", "s1"),
    ("2", "Jay and his family", "s2"),
    ("3", "What happened: a summary of key events", "s3"),
    ("4", "Chronology of significant contacts", "s4"),
    ("5", "Analysis", "s5"),
    ("6", "Findings", "s6"),
    ("7", "Recommendations", "s7"),
    ("A", "Appendix A: Role-code key", "sA"),
    ("B", "Appendix B: Glossary", "sB"),
]

GLANCE = """
<table class="glance" cellpadding="0">
<tr><td class="gnum">14</td><td class="gtxt">Jay&rsquo;s age when he died, on 19 November 2023, in Greywether General Hospital</td></tr>
<tr><td class="gnum">13</td><td class="gtxt">missing episodes reported to Northfell Police in the review period</td></tr>
<tr><td class="gnum">304</td><td class="gtxt">hours in total that Jay was recorded as missing</td></tr>
<tr><td class="gnum">4 of 13</td><td class="gtxt">return home interviews completed</td></tr>
<tr><td class="gnum">2</td><td class="gtxt">times Jay was found in Ousemoor, a neighbouring authority</td></tr>
<tr><td class="gnum">2</td><td class="gtxt">emergency department attendances, in April and August 2023</td></tr>
<tr><td class="gnum">11</td><td class="gtxt">agencies that contributed chronologies to the review</td></tr>
<tr><td class="gnum">6 / 9</td><td class="gtxt">findings and recommendations</td></tr>
</table>
"""

GLANCE_SIDE = """
<p class="gh">Review period</p>
<p>1 September 2022 to 19 November 2023</p>
<p class="gh">Rapid review</p>
<p>Held on 1 December 2023; decision to hold a local review taken on 8 December 2023</p>
<p class="gh">Practitioner learning event</p>
<p>14 May 2024, Scarrowby Fire Station community room</p>
<p class="gh">Approved by the partnership</p>
<p>21 January 2025</p>
<p class="gh">Review panel</p>
<p>Met six times; chaired by Nadia Fairclough, Designated Nurse for Safeguarding Children</p>
"""

GLANCE_LEARN = """
<p class="gh">The learning in one sentence</p>
<p>Jay&rsquo;s missing episodes, his exclusion from school, his injuries and his two journeys to Ousemoor were
recorded by eleven agencies as separate events; the review finds that nobody held them together early enough
to see a child being criminally exploited, and that when the partnership did, in September 2023, its plan had
no way of keeping him safe at night.</p>
"""

# ---------------------------------------------------------------- body part 1 (two columns)
BODY1 = r"""
= 1. Introduction and scope

1.1 Jay died in the early hours of 19 November 2023, aged 14. He had been found shortly before 22.45 on 18 November in an alleyway off Furnace Lane, Scarrowby, with a single stab wound, and was taken by ambulance to the emergency department of Greywether General Hospital, where he was pronounced dead at 00.12. Two young men were later charged in connection with his death.

1.2 Greywether Metropolitan Borough Council notified the national Child Safeguarding Practice Review Panel of Jay&rsquo;s death on 20 November 2023.[^1] The safeguarding partners held a rapid review on 1 December 2023, which found that Jay had been known to eleven agencies, that he had been reported missing on many occasions and that there were indicators of child criminal exploitation from at least the autumn of 2022.

1.3 On 8 December 2023 the partners decided to undertake a local child safeguarding practice review (LCSPR). The National Panel wrote on 9 January 2024 to agree with that decision, noting the cross-boundary elements of the case and asking that the review consider how Greywether and Ousemoor agencies worked together.

1.4 Dr Rowan Threlkeld was commissioned as independent reviewer in February 2024. Dr Threlkeld is a registered social worker and former head of service in another region, and has no connection with any of the agencies involved. The review was overseen by a multi-agency panel chaired by Nadia Fairclough, Designated Nurse for Safeguarding Children, which met six times between February and November 2024.

1.5 The review period runs from 1 September 2022, when Jay began Year 9, to his death on 19 November 2023. Earlier history is summarised where it helps to understand what happened.

1.6 Eleven agencies provided chronologies and short reflective reports.[^2] A practitioner learning event was held on 14 May 2024 at Scarrowby Fire Station community room and was attended by 31 practitioners and managers from both authorities. The reviewer also spoke individually with nine practitioners, including the two allocated social workers and the youth justice case manager.

1.7 Jay&rsquo;s mother met the reviewer on 2 April 2024 and again on 3 October 2024, when she read a draft of this report. Her views are included throughout. Jay&rsquo;s father was invited to contribute by letter and through a family friend but chose not to. Jay&rsquo;s older brother sent the reviewer a written account, and his maternal grandmother spoke to the reviewer by telephone.

1.8 The review ran alongside criminal proceedings. Its timetable was agreed with the senior investigating officer and the Crown Prosecution Service, and the report was held back until those proceedings had concluded. The outcome of the criminal proceedings is not a matter for this review.

~ Lines of enquiry

1.9 The terms of reference asked the review to consider: how agencies identified and responded to the risk of criminal exploitation; the response to Jay&rsquo;s missing episodes, including return home interviews; Jay&rsquo;s education after he left mainstream school; the quality of working across the boundary with Ousemoor; and whether Jay&rsquo;s own voice, and his mother&rsquo;s, shaped the help offered.

<div class="notes"><p class="nh">Notes to section 1</p>
^1 Serious incident notification reference SIN-GW-23-0417. The notification was made by the Director of Children&rsquo;s Services within the five working days required.

^2 The eleven agencies are listed with their role codes in Appendix A. Ousemoor City Council and the Ousemoor policing district of Northfell Police each provided a separate chronology.
</div>

= 2. Jay and his family

2.1 &lsquo;Jay&rsquo; is the name that Jay&rsquo;s mother chose for this review. He was of white British and Black Caribbean heritage. His mother describes a funny, restless boy who loved football and drawing cars, played for Ellerholme Rovers juniors until he was twelve, and wanted to be a mechanic like his grandfather. Teachers at primary school remembered him as &lsquo;the one who looked after the little ones&rsquo;.

2.2 Jay lived with his mother, his brother, who was 17 during the review period, and his sister, who was 9, in a rented house on the Ellerholme estate in Scarrowby, the main town of the borough. His father lived in Ousemoor, about eleven miles away, and Jay&rsquo;s contact with him was irregular. His maternal grandmother lived in Brindlecote and Jay often stayed with her at weekends.

2.3 Jay&rsquo;s GP referred him for a neurodevelopmental (ADHD) assessment in July 2021. He was still on the waiting list when he died, twenty-eight months later.[^3] His mother told the review that the wait &lsquo;felt like being told to stop asking&rsquo;.

2.4 Jay moved up to Wethercote Academy in September 2020. His attendance in Year 8 was 88 per cent and there were some concerns about behaviour, but no referrals to children&rsquo;s social care before the review period.

<div class="box"><p class="boxh">Jay&rsquo;s words</p>
<p class="q">&ldquo;I&rsquo;m not missing. I know exactly where I am.&rdquo;</p><p class="qs">to YC1, return home interview, 7 December 2022</p>
<p class="q">&ldquo;Everyone asks where I was. No one asks why I went.&rdquo;</p><p class="qs">to KW1 at The Bridge Centre, March 2023</p>
<p class="q">&ldquo;If I stop, they&rsquo;ll come to the house. My mum&rsquo;s there. My sister&rsquo;s there.&rdquo;</p><p class="qs">to YJW1, home visit, 4 October 2023</p>
</div>

2.5 His mother told the review that she had asked for help &lsquo;from the first night he didn&rsquo;t come home&rsquo;. She felt that she was treated as a parent who could not control her son, rather than as a mother trying to protect him from adults she could name, and she kept a notebook of the car registrations she saw outside the house, which she gave to police in February 2023.[^4]

<div class="notes"><p class="nh">Notes to section 2</p>
^3 The Greywether and Dales neurodevelopmental pathway reported an average wait of 26 months for children referred in 2021.

^4 The notebook was logged by Northfell Police as a community intelligence submission on 16 February 2023. It contained nine registrations.
</div>

= 3. What happened: a summary of key events

3.1 This section summarises what happened in three periods. A fuller chronology is set out in section 4, and the missing episodes are analysed in section 5.

~ September to December 2022: the first signs

3.2 Jay began Year 9 at Wethercote Academy on 5 September 2022. On 22 September, at 15.20, the designated safeguarding lead (DSL1) saw Jay get into a grey car with three older youths near the school gates. DSL1 submitted a police intelligence form the next day.

3.3 On 4 October 2022 Jay was suspended for five days after assaulting another pupil. On 12 October DSL1 referred Jay to the Greywether Front Door, the multi-agency safeguarding hub, describing falling attendance, new clothes and trainers that the family could not have bought, and the grey car. On 14 October the Front Door decided that the threshold for a statutory assessment was not met and passed the referral to early help. A family support worker (FSW1) first visited on 1 November 2022.

3.4 Jay&rsquo;s mother first reported him missing at 23.10 on 14 November 2022. He returned by himself at 14.10 the next day. The youth charity commissioned to carry out return home interviews, Northway Youth Trust, offered an interview, which Jay declined.

3.5 On 2 December 2022 Jay was reported missing again. At 02.15 on 3 December he was found by a response officer (PC1) at Scarrowby bus station with two men thought to be about twenty. He had &pound;340 in cash and two mobile phones. PC1 completed the force&rsquo;s child exploitation screening tool, which graded the risk as medium. In a return home interview on 7 December Jay told YC1 that he had been &lsquo;out with mates&rsquo;.

3.6 Jay went missing for a third time on 20 December 2022, for seventeen hours. FSW1 was on leave and the early help plan was not reviewed until 9 January 2023.

~ January to June 2023: exclusion, Ousemoor and a first strategy discussion

3.7 At 08.50 on 10 January 2023 the head of Year 9 (HOY1) found a kitchen knife in Jay&rsquo;s bag. PC2 attended and arrested Jay, who said he carried it &lsquo;for protection&rsquo;. The academy did not permanently exclude Jay; instead it arranged a move to The Bridge Centre, the borough&rsquo;s pupil referral unit.[^5] The case was transferred from early help to the adolescent team of children&rsquo;s social care and allocated on 13 January to a social worker (SW1).

3.8 Jay started at The Bridge Centre on 16 January 2023 on a part-time timetable of 15 hours a week, from 10.00 to 13.00 each weekday. The timetable was described as temporary. It had not been increased by the end of the summer term.

3.9 On 27 January 2023 Jay left The Bridge Centre at 14.30 and was reported missing that evening. At 04.30 on 28 January 2023 Ousemoor officers (OPC1) found him in a flat at Kettlewell Court, Ousemoor, an address known for the supply of class A drugs. He had 22 wraps of crack cocaine and heroin. He was taken to Ousemoor police station, where the Ousemoor emergency duty social worker (OEDT1) was informed, and his mother collected him at 09.15. A voluntary police interview about the drugs was arranged for 14 February.

3.10 The first strategy discussion was held on 30 January 2023. It was chaired by the adolescent team manager (TM1) and attended by SW1, the detective sergeant from the exploitation team (DS1) and the designated safeguarding lead at The Bridge Centre (DSL2). No health professional was invited. The discussion agreed that SW1&rsquo;s assessment would continue, that Jay would be referred to the multi-agency child exploitation (MACE) meeting and that police would make a referral to the National Referral Mechanism (NRM). It did not agree a section 47 enquiry.

3.11 DS1 submitted the NRM referral on 2 February 2023.[^6] On 6 February Jay&rsquo;s GP (GP1) referred him to CAMHS for low mood, poor sleep and daily cannabis use. Jay went missing on 14 February, the day of the planned interview, for 22 hours.

3.12 The MACE meeting considered Jay for the first time on 20 February 2023 and graded the risk of criminal exploitation as significant. SW1 completed the child and family assessment on 27 February 2023, and Jay became a child in need. On 2 March 2023 Jay received a youth conditional caution for possession of a bladed article; a youth justice case manager (YJW1) was allocated to deliver a sixteen-week programme.

3.13 Jay was missing for 38 hours from 9 March 2023 and for 22 hours from 24 March. On 14 March he attended a CAMHS choice appointment with his mother and was seen by CAMHS1, who noted low mood and &lsquo;a sense of being trapped&rsquo;. Jay was not brought to his second appointment on 4 April or to a rearranged appointment on 25 April, and on 2 May 2023 he was discharged back to the GP. The discharge letter was signed by the team leader (CAMHS2).

3.14 At 00.58 on 18 April 2023 an ambulance was called to Jay&rsquo;s home. The paramedic (AMB1) found a 7 cm laceration to Jay&rsquo;s left forearm. Jay arrived at the emergency department at 01.52, said he had fallen through a glass panel, and was sutured by an emergency medicine registrar (ED1). He was discharged home with his mother at 06.10. No safeguarding referral was made and the hospital safeguarding team was not told of the attendance.

3.15 SW1 left the local authority on 6 June 2023. Jay&rsquo;s case was reallocated to a second social worker (SW2) on 19 June, thirteen days later. SW2 first visited Jay at home on 22 June 2023 and saw him alone in his bedroom.

~ July to November 2023: escalation

3.16 Jay was missing for 26 hours from 8 July and for 40 hours from 19 August 2023. At 23.47 on 21 August he was brought by ambulance to the emergency department with a puncture wound to his right thigh. This time the triage nurse (ED2) contacted the hospital safeguarding nurse (HSN1), who referred Jay to the emergency duty team the following morning. Jay would not speak to the officers who attended.

3.17 On 1 September 2023 Jay&rsquo;s mother reported him missing at 19.30. At 23.20 on 3 September Ousemoor officers (OPC2) stopped a car on the Ousemoor ring road and found Jay in the back seat with two adults, aged 19 and 23, who were arrested. He had been missing for 52 hours. Greywether&rsquo;s emergency duty social worker (EDT1) drove Jay home, arriving at 03.40 on 4 September.

3.18 The second strategy discussion, on 5 September 2023, was chaired by TM1 and attended by SW2, DS1, YJW1, HSN1, DSL2 and an officer from Ousemoor. It agreed a section 47 enquiry and a risk outside the home conference, which was held on 26 September 2023. The conference, chaired by CC1, made Jay the subject of a risk outside the home plan, and a detective constable from the exploitation team (DC1) became his single point of contact.

3.19 When Year 10 began on 6 September 2023, The Bridge Centre increased Jay&rsquo;s timetable to 20 hours a week. His attendance that half-term was 41 per cent.

3.20 YJW1 visited Jay at home on 4 October 2023. On 10 October a legal planning meeting considered secure accommodation and a placement away from Greywether. On 11 October Jay told his mentor at Northway Youth Trust (YC2) that he owed &lsquo;a debt&rsquo; of &pound;1,200 after a package had been taken from him. SW2 visited on 17 October 2023; this was the last time a social worker saw Jay.

3.21 Jay was reported missing for the last time at 16.40 on 6 November 2023 and was found by PC3 at 22.40 on 7 November in Scarrowby town centre. YC1 called at the house to offer a return home interview on 9 November but nobody answered. Jay last attended The Bridge Centre on 13 November.

3.22 On 18 November 2023 Jay left home at 20.05. A member of the public called 999 at 22.41. The ambulance crew, led by AMB2, arrived at 22.49 and Jay reached the emergency department at 23.18.

<div class="notes"><p class="nh">Notes to section 3</p>
^5 The Bridge Centre is a pupil referral unit with 48 places on two sites. Jay attended the Tanner Street site.

^6 A positive reasonable grounds decision was made by the competent authority on 17 February 2023. No further decision had been made at the time of Jay&rsquo;s death.
</div>
"""

# ---------------------------------------------------------------- chronology (one column)
CHRONO_INTRO = """
<p class="np"><b>4.1</b> The table below sets out the significant contacts in the review period, taken from the agencies&rsquo;
chronologies. Dates and times are given as the agencies recorded them, so their formats vary. &lsquo;MP&rsquo; marks a
missing-person report; episode numbers match Table 2 in section 5.</p>
"""

# (date, time, agency, event)
CHRONO = [
    ("05/09/2022", "&ndash;", "Wethercote Academy", "Jay starts Year 9. HOY1 notes he arrived without uniform and left early on day one."),
    ("22/09/2022", "15.20", "Wethercote Academy", "DSL1 sees Jay get into a grey hatchback with three older youths near the gates; police intelligence form submitted 23/09/2022."),
    ("04/10/2022", "&ndash;", "Wethercote Academy", "Five-day suspension after assault on a Year 10 pupil. Reintegration meeting 11/10/2022; Mother attends."),
    ("12/10/2022", "11.05", "Wethercote Academy / Front Door", "DSL1 refers to the Front Door: attendance down to 71%, new clothes and trainers, the grey car."),
    ("14/10/2022", "&ndash;", "Children&rsquo;s social care", "Front Door outcome: threshold for assessment not met; passed to early help."),
    ("01/11/2022", "16.00", "Early help", "FSW1 first home visit; early help assessment started. Jay not at home."),
    ("14/11/2022", "23.10", "Police (MP 1)", "Mother reports Jay missing. He returns alone at 14.10 on 15/11/2022. RHI offered by YC1; declined."),
    ("02/12/2022", "17.15", "Police (MP 2)", "Reported missing after failing to return from a friend&rsquo;s house."),
    ("03/12/2022", "02.15", "Police", "PC1 finds Jay at Scarrowby bus station with two adult males; &pound;340 cash, two phones. Screening tool: medium."),
    ("07/12/2022", "15.30", "Northway Youth Trust", "RHI completed by YC1 at school. Jay says he was &lsquo;out with mates&rsquo;."),
    ("20/12/2022", "18.40", "Police (MP 3)", "Missing 17 hours; returns home. FSW1 on leave; no early help review until 09/01/2023."),
    ("09.01.2023", "&ndash;", "Early help", "Early help review after FSW1&rsquo;s leave; FSW1 recommends step-up to social care."),
    ("10.01.2023", "08.50", "Wethercote Academy / Police", "HOY1 finds a kitchen knife in Jay&rsquo;s bag. PC2 arrests Jay; released under investigation that evening."),
    ("13.01.2023", "&ndash;", "Children&rsquo;s social care", "Case transferred from early help; allocated to SW1, adolescent team. Assessment begins."),
    ("16.01.2023", "10.00", "The Bridge Centre", "Jay starts at the Tanner Street site: part-time timetable, 10.00&ndash;13.00 daily. Key worker KW1."),
    ("19.01.2023", "&ndash;", "Youth justice service", "YJW2 completes an out-of-court disposal assessment; case sent to the joint decision panel."),
    ("27.01.2023", "14.30", "The Bridge Centre / Police (MP 4)", "Jay leaves the centre at 14.30; Mother reports him missing at 19.45."),
    ("28.01.2023", "04.30", "Ousemoor police", "OPC1 finds Jay at Kettlewell Court, Ousemoor; 22 wraps of class A drugs. OEDT1 informed. Mother collects him at 09.15."),
    ("30.01.2023", "10.00", "Multi-agency", "First strategy discussion (TM1, SW1, DS1, DSL2). No health invitee. MACE and NRM referrals agreed; no s47."),
    ("01.02.2023", "&ndash;", "Northway Youth Trust", "RHI completed by YC1 at The Bridge Centre. Jay will not say how he got to Ousemoor."),
    ("02.02.2023", "&ndash;", "Police", "DS1 submits NRM referral."),
    ("06.02.2023", "&ndash;", "GP", "GP1 refers Jay to CAMHS: low mood, poor sleep, daily cannabis use."),
    ("09.02.2023", "&ndash;", "Children&rsquo;s social care", "Kettlewell Court intelligence from Ousemoor reaches SW1, twelve days after Jay was found there."),
    ("14 Feb 2023", "&ndash;", "Police (MP 5)", "Missing 22 hours, on the day of a planned voluntary interview about the Ousemoor drugs."),
    ("20 Feb 2023", "&ndash;", "MACE", "First MACE discussion. Risk of criminal exploitation graded significant."),
    ("27 Feb 2023", "&ndash;", "Children&rsquo;s social care", "Child and family assessment completed; child in need plan."),
    ("2 Mar 2023", "&ndash;", "Youth justice service", "Youth conditional caution (bladed article). YJW1 allocated; 16-week programme."),
    ("9 Mar 2023", "21.00", "Police (MP 6)", "Missing 38 hours; found at a friend&rsquo;s flat on the Ellerholme estate. RHI completed 14 Mar 2023 by YC1."),
    ("14 Mar 2023", "14.00", "CAMHS", "Choice appointment with CAMHS1; Mother present. Low mood; &lsquo;a sense of being trapped&rsquo;."),
    ("24 Mar 2023", "&ndash;", "Police (MP 7)", "Missing 22 hours."),
    ("31 Mar 2023", "&ndash;", "Wethercote Academy", "Jay removed from the academy&rsquo;s roll; dual registration ends."),
    ("4 Apr 2023", "&ndash;", "CAMHS", "Second appointment: not brought. Rearranged for 25 Apr 2023: not brought."),
    ("15 Apr 2023", "&ndash;", "Police (MP 8)", "Missing 11 hours. RHI completed by YC1 on 19 Apr 2023."),
    ("17 Apr 2023", "&ndash;", "MACE", "Second MACE discussion. Actions sent to SW1; not added to the child in need plan."),
    ("18 Apr 2023", "00.58", "Ambulance service", "999 call from home. AMB1 on scene 01.19; 7 cm laceration to left forearm."),
    ("18 Apr 2023", "01.52", "Hospital ED", "Arrives ED. Account: fell through glass panel. Sutured by ED1; discharged 06.10. No safeguarding referral."),
    ("2 May 2023", "&ndash;", "CAMHS", "Discharged to GP after two missed appointments; letter signed by CAMHS2."),
    ("May 2023", "&ndash;", "Youth justice service", "YJW1 learns of the pending NRM referral from SW1 during a joint visit."),
    ("29 May 2023", "&ndash;", "Police (MP 9)", "Missing 8 hours."),
    ("6 Jun 2023", "&ndash;", "Children&rsquo;s social care", "SW1 leaves the authority. Case held by TM1 until reallocation."),
    ("19 Jun 2023", "&ndash;", "Children&rsquo;s social care", "Reallocated to SW2. First home visit 22 Jun 2023: Jay seen alone."),
    ("08/07/23", "&ndash;", "Police (MP 10)", "Missing 26 hours. RHI offered; Jay not at home when YC1 visits."),
    ("12/07/23", "&ndash;", "Children&rsquo;s social care", "Child in need review. Bridge Centre timetable unchanged."),
    ("17/07/23", "&ndash;", "MACE", "Third MACE discussion. Risk remains significant; no new actions."),
    ("19/08/23", "18.00", "Police (MP 11)", "Missing 40 hours; returns home at about 10.00 on 21/08/23."),
    ("21/08/23", "23.47", "Ambulance / Hospital ED", "Arrives ED with a puncture wound to the right thigh. ED2 contacts HSN1. Officers attend; Jay gives no account."),
    ("22/08/23", "09.10", "Hospital ED", "HSN1 refers to EDT and to the adolescent team."),
    ("01/09/23", "19.30", "Police (MP 12)", "Mother reports Jay missing."),
    ("03/09/23", "23.20", "Ousemoor police", "OPC2 stops a car on the Ousemoor ring road; Jay in rear seat; two adults (19 and 23) arrested."),
    ("04/09/23", "03.40", "Greywether EDT", "EDT1 drives Jay home from Ousemoor."),
    ("05/09/23", "09.30", "Multi-agency", "Second strategy discussion (TM1, SW2, DS1, YJW1, HSN1, DSL2, Ousemoor officer). s47 enquiry agreed."),
    ("26/09/23", "13.00", "Children&rsquo;s social care", "Risk outside the home conference, chaired by CC1. ROTH plan; DC1 named police single point of contact."),
    ("04/10/23", "16.15", "Youth justice service", "YJW1 home visit (caution programme session). Jay says he fears for his mother and sister."),
    ("10/10/23", "14.00", "Children&rsquo;s social care", "Legal planning meeting: secure accommodation considered; no regional bed; Mother declines accommodation."),
    ("11/10/23", "17.30", "Northway Youth Trust", "Mentoring session: Jay tells YC2 he owes &pound;1,200. Passed to DC1 the same day."),
    ("16/10/23", "&ndash;", "MACE", "Fourth MACE discussion. The debt is not on the agenda."),
    ("17/10/23", "15.45", "Children&rsquo;s social care", "SW2 statutory home visit. Last time a social worker sees Jay."),
    ("24/10/23", "10.00", "Multi-agency", "Core group meeting. SW2 learns what Jay told YJW1 on 04/10/23."),
    ("06/11/23", "16.40", "Police (MP 13)", "Reported missing. Found by PC3 in Scarrowby town centre at 22.40 on 07/11/23."),
    ("09/11/23", "&ndash;", "Northway Youth Trust", "YC1 calls to offer an RHI; no answer. No further attempt."),
    ("13/11/23", "&ndash;", "The Bridge Centre", "Jay&rsquo;s last day of attendance."),
    ("18/11/23", "22.41", "Ambulance service", "999 call from a member of the public, Furnace Lane. AMB2 crew on scene 22.49."),
    ("18/11/23", "23.18", "Hospital ED", "Arrives ED in cardiac arrest. Pronounced dead at 00.12 on 19/11/23."),
]

# ---------------------------------------------------------------- body part 2 (two columns)
BODY2 = r"""
= 5. Analysis

5.1 This section considers what happened against the lines of enquiry in the terms of reference. It draws on the agencies&rsquo; reports, the learning event and the conversations with Jay&rsquo;s family.

~ Missing episodes and return home interviews

5.2 Jay was reported missing thirteen times in the review period and was recorded as missing for 304 hours in total: more than twelve days. Table 2 shows how the episodes fell across the period. The longest single episode was the last but one, from 1 to 3 September 2023, which lasted 52 hours.

<table class="data" repeat="1">
<thead><tr><th class="l">Period</th><th>Episodes</th><th>Hours missing</th><th>RHIs done</th><th>Found out of area</th></tr></thead>
<tr><td class="l">Sep&ndash;Dec 2022</td><td>3</td><td>41</td><td>1</td><td>0</td></tr>
<tr><td class="l">Jan&ndash;Mar 2023</td><td>4</td><td>96</td><td>2</td><td>1</td></tr>
<tr><td class="l">Apr&ndash;Jun 2023</td><td>2</td><td>19</td><td>1</td><td>0</td></tr>
<tr><td class="l">Jul&ndash;Sep 2023</td><td>3</td><td>118</td><td>0</td><td>1</td></tr>
<tr><td class="l">Oct&ndash;Nov 2023</td><td>1</td><td>30</td><td>0</td><td>0</td></tr>
<tr class="tot"><td class="l">Total</td><td>13</td><td>304</td><td>4</td><td>2</td></tr>
</table>
<p class="cap">Table 2. Missing episodes by period. Source: Northfell Police missing persons records and Northway Youth Trust.</p>

5.3 Every episode was reported, and every one was followed by an offer of a return home interview (RHI). But only four interviews were completed, and none after April 2023. Three different YC1 colleagues covered the RHI rota during the summer, and the charity&rsquo;s contract required an offer within 72 hours but said nothing about persistence when a child was not at home.

5.4 Each missing episode was graded by the police on its own. Eleven of the thirteen were graded medium risk.[^7] The missing persons coordinator (MPC1) told the review that the force&rsquo;s system showed the previous episodes, but that there was no prompt to consider the pattern as a whole, and no automatic link to the exploitation team.

5.5 The RHIs that were completed gathered useful information: the name of an older male, a description of a flat in Ousemoor, and Jay&rsquo;s comment that he was &lsquo;not missing&rsquo;. That information went to the police and to SW1, but there is no evidence that it was ever put to the MACE meeting.

<div class="box practice"><p class="boxh">Practice point: the return home interview</p>
<p>An RHI is a chance to understand why a child went missing, not a form to be closed. For a child who is missing repeatedly, the same worker should try more than once, at a time and place the child chooses, and what the child says should be shared with whoever holds the exploitation plan. Northway Youth Trust has since changed its practice so that a named worker stays with a child across episodes.</p></div>

5.6 The review was told that Jay&rsquo;s mother was asked, on several occasions, whether she could &lsquo;keep him in&rsquo;. She told the review: &lsquo;I&rsquo;m one woman. They were grown men with cars.&rsquo;

~ Education: a part-time timetable that became permanent

5.7 The move from Wethercote Academy to The Bridge Centre avoided a permanent exclusion, and staff at the centre built a good relationship with Jay. KW1 was the practitioner Jay most often mentioned to his mother. However, the 15-hour part-time timetable meant that Jay was out of education every afternoon for almost eight months. Afternoons were the time when Jay most often left the area.

5.8 The local authority was notified of the timetable but had no process for reviewing it. The timetable was discussed at the child in need review on 12 July 2023 but was not changed. When it was increased to 20 hours in September, it was as part of the normal Year 10 arrangements rather than a planned safety measure.

5.9 Wethercote Academy removed Jay from its roll on 31 March 2023. From then on the academy, which had known Jay since Year 7, had no part in the plan.

~ Recognising exploitation: language, the NRM and the MACE

5.10 From December 2022 the records of several agencies describe Jay as &lsquo;choosing&rsquo; to associate with older males, &lsquo;putting himself at risk&rsquo; or having a &lsquo;criminal lifestyle&rsquo;. This language is not unusual, but it matters. It places responsibility on the child and makes it less likely that practitioners will ask who is controlling him.

<div class="pull"><p>&ldquo;He was a child being used, not a child making choices.&rdquo;</p><p class="pullsrc">A practitioner at the learning event, 14 May 2024</p></div>

5.11 The first strategy discussion on 30 January 2023 recognised the risk, and referrals to the MACE and the NRM were made quickly. But without a section 47 enquiry there was no single plan that brought the agencies together. The MACE, which met monthly, discussed Jay four times between February and October 2023. Its actions were sent to SW1 and later to SW2 but were not recorded on the child in need plan.

5.12 The youth conditional caution of 2 March 2023 was agreed by the joint decision panel without any reference to the NRM referral, which was then pending. YJW1 told the review that she only learned of the NRM referral in May 2023.

~ Two journeys to Ousemoor: working across a boundary

5.13 Jay was found in Ousemoor twice, on 28 January and 3 September 2023. On both occasions Ousemoor officers acted promptly and Jay was safe by the next morning. But on neither occasion did the information reach the Greywether MACE within a week. The intelligence from Kettlewell Court was shared with Greywether police four days later and did not reach SW1 until 9 February.

5.14 The two authorities had a joint protocol for missing children dating from 2019, but it did not cover exploitation, and the Ousemoor EDT did not have access to Greywether&rsquo;s case recording system. OEDT1 recorded Jay&rsquo;s details under the wrong date of birth, which meant that a second Ousemoor referral in September was not linked to the first.

5.15 At the learning event, practitioners from both authorities said that they thought of the boundary as &lsquo;a line on a map the groups don&rsquo;t see&rsquo;. Police analysis later showed that the group exploiting Jay moved children between Scarrowby and Ousemoor by car and by the 47 bus.

~ Health: two emergency attendances and a closed door

5.16 Jay was seen in the emergency department twice. On 18 April 2023 a 14-year-old boy with a 7 cm laceration, who arrived in the early hours, was treated as an accident. The department&rsquo;s checklist for children was completed, but the child protection information system showed no plan, and no one asked whether Jay was known to social care. Had the hospital safeguarding team been told, it would have learned that Jay was a child in need at risk of exploitation.

5.17 The second attendance, on 21 August 2023, was handled differently. ED2 recognised a pattern of injury associated with violence between young people and HSN1 made a referral the next morning. The difference was the nurse on duty, not the system.

5.18 CAMHS discharged Jay on 2 May 2023 because he had not been brought to two appointments. The trust&rsquo;s policy allowed a practitioner to discharge after two missed appointments with a letter to the GP. The letter was not copied to SW1, although the referral had mentioned social care involvement. CAMHS2 told the review that the policy has since been changed so that a child open to social care is not discharged without a conversation with the allocated worker.

~ Changes of worker and the last home visits

5.19 Jay had two social workers, one youth justice case manager, an early help worker, a key worker at The Bridge Centre and at least three RHI workers in fourteen months. The change from SW1 to SW2 in June 2023 came at a time of rising risk. There was no handover visit, and SW2 read the file but did not have the RHI notes.

5.20 The last two home visits by professionals before Jay&rsquo;s death were made by different workers with different purposes. YJW1&rsquo;s visit on 4 October 2023 was a planned session on the caution programme; it was during this visit that Jay described his fear for his family. SW2&rsquo;s visit on 17 October 2023 was a statutory visit under the plan. SW2 was not told what Jay had said to YJW1 until the core group meeting on 24 October.

~ The final weeks: plans, beds and a debt

5.21 The risk outside the home plan agreed on 26 September 2023 was detailed, but most of its actions were for the daytime. Its safety measures at night depended on Jay&rsquo;s mother.

5.22 The legal planning meeting on 10 October 2023 considered whether to seek a secure accommodation order. It concluded that the legal test was probably met, but no secure bed was available in the region[^8] and the nearest offer was more than 200 miles away. Jay&rsquo;s mother did not agree to Jay being accommodated, and the meeting decided to &lsquo;review in four weeks&rsquo;.

5.23 The debt of &pound;1,200 that Jay disclosed to YC2 on 11 October was recorded by the charity and passed to DC1 the same day, but it was not treated as a change in risk, and no strategy discussion followed. The review considers that a debt owed to the people exploiting a child is one of the clearest signs that the child is in danger.

~ Good practice

5.24 The review saw good practice that should be recognised. KW1 at The Bridge Centre kept in touch with Jay by text during the school holidays and was the person he most often turned to. HSN1&rsquo;s referral after the August attendance was prompt and well written. Ousemoor officers treated Jay as a victim on both occasions, and OPC2 arranged for a Greywether worker to collect him rather than leaving him in a police station overnight.

5.25 YJW1 built a relationship with Jay over seven months and recorded his words carefully. Her record of the visit on 4 October 2023 is the clearest account the review has of what Jay was afraid of.

<div class="box"><p class="boxh">What Jay&rsquo;s mother told the review</p>
<p>&ldquo;Every time he came back, someone new came to the door with a form. I told them the same things. I gave the police the car numbers. I asked for him to be moved away, and then when they finally talked about moving him, it was to somewhere two hundred miles away where he wouldn&rsquo;t know anyone. I just wanted him safe at night.&rdquo;</p></div>

~ What has changed since Jay&rsquo;s death

5.26 The agencies have not waited for this report. Northfell Police now reviews every child reported missing three times in ninety days at a weekly exploitation panel. The adolescent team has introduced a twice-weekly review of all children subject to a risk outside the home plan. Greywether and Ousemoor have agreed an interim information-sharing arrangement, signed on 3 June 2024, while the joint protocol recommended below is written.

<div class="notes"><p class="nh">Notes to section 5</p>
^7 The force&rsquo;s missing persons procedure grades each report as no apparent risk, low, medium or high. A child found with drugs or weapons should normally be considered for high risk.

^8 The regional secure children&rsquo;s home had 12 beds, all occupied throughout October 2023.
</div>

= 6. Findings

6.1 <b>Finding 1.</b> Repeated missing episodes were handled one at a time. The agencies had the information to see a pattern by January 2023, but no system brought it together until September.

6.2 <b>Finding 2.</b> Return home interviews were offered but rarely completed, and what they learned was not used by the people planning for Jay.

6.3 <b>Finding 3.</b> A part-time timetable that was meant to be temporary left Jay out of education every afternoon for most of 2023, at the times when he was most at risk.

6.4 <b>Finding 4.</b> The language of choice in the records obscured the fact that Jay was a victim of criminal exploitation, and the youth justice and NRM processes ran in parallel without reference to each other.

6.5 <b>Finding 5.</b> Cross-boundary working with Ousemoor depended on goodwill rather than on a shared protocol for exploitation, and information took days to cross the border.

6.6 <b>Finding 6.</b> Health services missed two chances: an unexplained injury in April 2023 was not referred, and CAMHS closed the case when Jay was not brought.

= 7. Recommendations

7.1 The partnership accepted all nine recommendations on 21 January 2025. The lead agency for each is shown in brackets.

7.2 <b>Recommendation 1.</b> Commission return home interviews so that the same named worker stays with a child who goes missing repeatedly, makes at least three attempts, and shares what is learned with the MACE. (Greywether Council)

7.3 <b>Recommendation 2.</b> Review every part-time timetable at least every six weeks, with a named officer in the local authority who holds a list of every child on one. (Greywether Council and schools)

7.4 <b>Recommendation 3.</b> Agree a joint missing and exploitation protocol with Ousemoor City Council and the Ousemoor policing district, including the sharing of intelligence within 24 hours. (Northfell Police)

7.5 <b>Recommendation 4.</b> Make sure every child aged 10 to 17 who attends the emergency department with a wound is checked with the hospital safeguarding team. (Greywether and Dales ICB)

7.6 <b>Recommendation 5.</b> Replace the &lsquo;two missed appointments&rsquo; rule in CAMHS with a &lsquo;was not brought&rsquo; procedure for children open to social care. (Greywether and Dales NHS Foundation Trust)

7.7 <b>Recommendation 6.</b> When a case is reallocated, the outgoing and incoming social workers should make a joint handover visit within five working days. (Greywether Council)

7.8 <b>Recommendation 7.</b> Invite health and education to every strategy discussion about extra-familial harm. (all three safeguarding partners)

7.9 <b>Recommendation 8.</b> Make sure the joint decision panel for out-of-court disposals checks for a pending NRM referral before deciding. (Youth justice service)

7.10 <b>Recommendation 9.</b> Adopt a partnership language guide on exploitation and audit records against it within twelve months. (Greywether Safeguarding Children Partnership)
"""

ROLE_KEY = [
    ("Children&rsquo;s social care, Greywether", [
        ("FSW1", "Early help family support worker"),
        ("SW1", "Allocated social worker, adolescent team (Jan&ndash;Jun 2023)"),
        ("SW2", "Allocated social worker, adolescent team (from Jun 2023)"),
        ("TM1", "Team manager, adolescent team"),
        ("EDT1", "Emergency duty team social worker"),
        ("CC1", "Independent conference chair"),
    ]),
    ("Northfell Police", [
        ("PC1, PC2, PC3", "Response officers, Greywether district"),
        ("MPC1", "Missing persons coordinator"),
        ("DS1", "Detective sergeant, exploitation team"),
        ("DC1", "Detective constable, exploitation team"),
        ("OPC1, OPC2", "Officers, Ousemoor district"),
    ]),
    ("Ousemoor City Council", [("OEDT1", "Emergency duty social worker")]),
    ("Education", [
        ("DSL1", "Designated safeguarding lead, Wethercote Academy"),
        ("HOY1", "Head of Year 9, Wethercote Academy"),
        ("DSL2", "Designated safeguarding lead, The Bridge Centre"),
        ("KW1", "Key worker, The Bridge Centre"),
    ]),
    ("Youth justice service", [
        ("YJW1", "Case manager"),
        ("YJW2", "Out-of-court disposal worker"),
    ]),
    ("Northway Youth Trust", [
        ("YC1", "Return home interview worker"),
        ("YC2", "Mentor"),
    ]),
    ("Health", [
        ("GP1", "General practitioner"),
        ("CAMHS1", "CAMHS mental health practitioner"),
        ("CAMHS2", "CAMHS team leader"),
        ("AMB1, AMB2", "Paramedics, North Pennine Ambulance Service"),
        ("ED1", "Emergency medicine registrar"),
        ("ED2", "Emergency department triage nurse"),
        ("HSN1", "Hospital safeguarding nurse"),
    ]),
]

GLOSSARY = [
    ("CETS", "Child exploitation screening tool used by Northfell Police officers"),
    ("EDT", "Emergency duty team (out-of-hours social work)"),
    ("Front Door", "Greywether&rsquo;s multi-agency safeguarding hub"),
    ("MACE", "Multi-agency child exploitation meeting, held monthly"),
    ("NRM", "National Referral Mechanism, for victims of modern slavery"),
    ("RHI", "Return home interview after a missing episode"),
    ("ROTH", "Risk outside the home: Greywether&rsquo;s conference and plan for extra-familial harm"),
    ("s47", "An enquiry under section 47 of the Children Act 1989"),
]

# ---------------------------------------------------------------- seven-minute briefing (landscape, 3 panels)
# Deliberate differences from the report: 12 missing episodes (report: 13); first found in
# Ousemoor on 29 January 2023 (report: 28 January 2023); part-time timetable of 12 hours a week
# (report: 15 hours).
BRIEF_PAGES = [
    [  # page 1
        ("1", "Why this briefing?", """
<p>This seven-minute briefing summarises the local child safeguarding practice review about <b>Jay</b>, a
14-year-old boy who died after being stabbed in Scarrowby in November 2023. Use it in a team meeting: read it
together, then talk through the questions in panel 6.</p>
<p>The full report, by independent reviewer Dr Rowan Threlkeld, was published by the Greywether Safeguarding
Children Partnership in March 2025 (reference GSCP/LCSPR/2024/03).</p>
<p class="bq">Jay died on 19 November 2023. He was a child being criminally exploited.</p>
<p>The review looked at the fourteen months before his death, from September 2022, and at the work of
eleven agencies in Greywether and in Ousemoor: schools, the youth justice service, police, children&rsquo;s
social care, CAMHS, a youth charity, the ambulance service and the hospital.</p>
"""),
        ("2", "What happened", """
<p>Jay lived with his mother, brother and sister on the Ellerholme estate. From November 2022 he began going
missing. Over the next year he was reported missing <b>12 times</b> and was twice found in the neighbouring
city of Ousemoor &mdash; first on <b>29 January 2023</b>, in a flat used to supply drugs, and again in
September 2023 in a car with two adults.</p>
<p>After a knife was found in his bag in January 2023 he moved to a pupil referral unit on a part-time
timetable of <b>12 hours a week</b>. He was seen twice in the emergency department with injuries. CAMHS
discharged him after he was not brought to appointments.</p>
<p>In September 2023 a second strategy discussion led to a risk outside the home plan. Six weeks later Jay
told his mentor that he owed a debt to the people exploiting him. He was stabbed on the evening of
18 November 2023 and died in hospital.</p>
"""),
        ("3", "What the review found", """
<ul>
<li>Missing episodes were dealt with one at a time.</li>
<li>Only 4 of the return home interviews offered were completed.</li>
<li>The part-time timetable left Jay out of school every afternoon.</li>
<li>Records used the language of &lsquo;choice&rsquo;.</li>
<li>Information took days to cross the border with Ousemoor.</li>
<li>An unexplained injury in April 2023 was not referred.</li>
</ul>
<p>The review makes <b>six findings</b>. None of them is about one worker: each is about how the system
held, or failed to hold, what everyone knew.</p>
<p class="bq">&ldquo;He was a child being used, not a child making choices.&rdquo;</p>
"""),
    ],
    [  # page 2
        ("4", "Jay in his own words", """
<p class="bq">&ldquo;Everyone asks where I was. No one asks why I went.&rdquo;</p>
<p>Jay said this to his key worker at the pupil referral unit. Return home interviews are a chance to ask
<i>why</i>. Try more than once; let the child choose the place; share what you learn with whoever holds the
exploitation plan.</p>
<p>Jay also told his youth justice worker, a few weeks before he died, that he was afraid the group would
come to the house if he tried to stop.</p>
<p>His mother told the review she was treated &ldquo;as a parent who could not control her son, rather than as
a mother trying to protect him&rdquo;.</p>
"""),
        ("5", "What must change", """
<p>The partnership accepted <b>nine recommendations</b>. Among them:</p>
<ul>
<li>one named RHI worker for a child who goes missing repeatedly;</li>
<li>every part-time timetable reviewed at least every six weeks;</li>
<li>a joint exploitation protocol with Ousemoor, sharing intelligence within 24 hours;</li>
<li>a &lsquo;was not brought&rsquo; procedure in CAMHS;</li>
<li>health and education invited to every strategy discussion about extra-familial harm.</li>
</ul>
<p>Each agency will report progress to the partnership executive every quarter.</p>
"""),
        ("6", "Questions for your team", """
<ol>
<li>When a child goes missing for the third time, who in your agency looks at all three episodes together?</li>
<li>Do you know which of your children are on a part-time timetable, and why?</li>
<li>What words do you use in records about children who are being exploited?</li>
<li>If a child you work with is found in another area, how quickly would you know?</li>
<li>When a worker leaves, how does the next worker learn what the child has already said?</li>
</ol>
"""),
    ],
    [  # page 3
        ("7", "Find out more", """
<p>Read the full report on the partnership website and the partnership&rsquo;s exploitation strategy.</p>
<p>Briefing sessions for practitioners run every month at Scarrowby Civic Centre. Book through the
partnership learning team.</p>
<p class="small">Briefing prepared by the GSCP learning and improvement sub-group, March 2025. Contact:
learning@greywether-scp.example</p>
"""),
        ("", "Key dates", """
<table class="kd">
<tr><td>14 Nov 2022</td><td>first reported missing</td></tr>
<tr><td>10 Jan 2023</td><td>knife found in school bag</td></tr>
<tr><td>29 Jan 2023</td><td>first found in Ousemoor</td></tr>
<tr><td>30 Jan 2023</td><td>first strategy discussion</td></tr>
<tr><td>18 Apr 2023</td><td>first ED attendance</td></tr>
<tr><td>5 Sep 2023</td><td>second strategy discussion</td></tr>
<tr><td>26 Sep 2023</td><td>risk outside the home conference</td></tr>
<tr><td>19 Nov 2023</td><td>Jay died</td></tr>
</table>
"""),
        ("", "Seven minutes?", """
<p>Seven-minute briefings are based on research that suggests seven minutes is an ideal time to learn: long
enough to be meaningful, short enough to hold attention. This one has seven numbered panels.</p>
"""),
    ],
]
