# -*- coding: utf-8 -*-
"""Content of the FICTIONAL Penhallow Child Practice Review corpus.

Everything here is invented: places, board, agencies, people and events.
Numbered paragraphs are written without their numbers: build.py numbers them with CSS counters
(h2 resets the paragraph counter; p.np::before prints counter(sec) "." counter(para)).
A paragraph is given as ("np", key, html) so build.py can report which number each key gets.
"""

SHORT_TITLE = "Extended Child Practice Review — Child R"
BOARD = "Penhallow Safeguarding Children Board"

# ---------------------------------------------------------------- cover / front matter
COVER = """
<div class="cover-band">
  <p class="cover-board">Penhallow Safeguarding Children Board<br><span class="cy">Bwrdd Diogelu Plant Penhallow</span></p>
</div>
<div class="cover-body">
  <p class="cover-kicker">Extended Child Practice Review</p>
  <h1 class="cover-title">Child R</h1>
  <p class="cover-sub">Report of the review into serious harm to a four-year-old child, February 2023</p>
  <table class="cover-meta">
    <tr><th>Review reference</th><td>PSCB/ECPR/02/2023</td></tr>
    <tr><th>Independent reviewer</th><td>Dr Siân Trevarthen</td></tr>
    <tr><th>Review panel chair</th><td>Carys Maddock</td></tr>
    <tr><th>Endorsed by the Board</th><td>14 March 2024</td></tr>
    <tr><th>Date of publication</th><td>2 May 2024</td></tr>
  </table>
  <p class="cover-fict">FICTIONAL — this is an invented practice document written to test a question-answering tool.
  No real child, family, practitioner or agency is described.</p>
</div>
"""

FOREWORD = """
<h2 class="fm" id="foreword">Foreword by the Chair of the Board</h2>
<p>This review concerns a little girl, known in this report as Child R, who was four years old when her
grandmother found her at home, feverish and barely responsive, on a Tuesday afternoon in February 2023.
She had an untreated dental infection that had spread into her blood, she was severely dehydrated and she
weighed less than many children two years younger. She survived because her grandmother would not wait
any longer. Child R now lives with her grandmother and her younger brother, and I am told she is
thriving, loves drawing and has started full-time school.</p>
<p>It would be comforting to read this report as the story of a single missed referral. It is not. Nine
agencies knew something about Child R during the eighteen months the review examined. Each held a
fragment: a missed dental appointment, a falling attendance figure, a grandmother's telephone call, a
cold house with no bedding. Nobody put the fragments together, and for most of that time nobody asked
Child R herself what her days were like.</p>
<p>The Board accepted all eight recommendations of the review at its meeting on 14 March 2024, and
agencies have already begun work on them. Progress will be reported to the Board's Practice Review
Group every quarter, and the first report is due in July 2024.</p>
<p>I want to thank Child R's grandmother for the time she gave to the reviewer, and the practitioners who
spoke openly at the learning event about what they saw and what they wish they had done.</p>
<div class="signature">
  <p class="sig-name">Eleri Vaughan-Hughes</p>
  <p class="sig-role">Independent Chair, Penhallow Safeguarding Children Board</p>
  <p class="sig-date">April 2024</p>
</div>
"""

CONTENTS = [  # (anchor, label, front?)
    ("foreword", "Foreword by the Chair of the Board", True),
    ("key", "Key to role codes and terms", True),
    ("s1", "1. Introduction and review process", False),
    ("s2", "2. Child R and her family", False),
    ("s3", "3. Agencies involved", False),
    ("s4", "4. The practice narrative", False),
    ("chron", "Table 2: Summary chronology of key contacts", False),
    ("s5", "5. Analysis and learning", False),
    ("s6", "6. Effective practice", False),
    ("s7a", "7. Action already taken by agencies", False),
    ("s7", "8. Recommendations", False),
    ("s8", "9. Concluding comments", False),
    ("appa", "Appendix A: Review panel and process", False),
    ("appb", "Appendix B: Statements by the reviewer and the panel chair", False),
]

KEY_ROWS = [
    ("Child R", "The subject of the review, a girl aged four at the time of the incident"),
    ("Child S", "Child R's younger brother, aged 21 months in February 2023"),
    ("Ms D", "Mother of Child R and Child S"),
    ("Mr E", "Father of Child R and Child S; in custody from June 2022"),
    ("Mr F", "Ms D's partner from about September 2022"),
    ("Mrs G", "Maternal grandmother; known to the children as “Nain”"),
    ("SW1", "Social worker, Penhallow Children's Services (March to May 2022)"),
    ("SW2", "Social worker, Penhallow Children's Services (from January 2023)"),
    ("TM1", "Team manager, Assessment and Intervention Team"),
    ("IAA1, IAA2", "Duty workers, Information, Advice and Assistance service"),
    ("HV1", "Flying Start health visitor (to July 2022)"),
    ("HV2", "Health visitor, generic health visiting team (from July 2022)"),
    ("GP1", "General practitioner, Bryn Road Surgery"),
    ("GP2", "General practitioner, Heol Ddu Medical Centre"),
    ("ED1", "Emergency department doctor, Ysbyty Penhallow"),
    ("CDS1", "Dental officer, Community Dental Service"),
    ("PC1, PC2", "Response officers, Penhallow Police"),
    ("DS1", "Detective sergeant, Public Protection Unit"),
    ("FS1", "Lead practitioner, Mesen Fach Flying Start childcare"),
    ("NT1", "Nursery teacher, Coedlan Primary School"),
    ("DSL1", "Designated safeguarding lead, Coedlan Primary School"),
    ("HO1", "Housing officer, Tir Glas Housing Association"),
    ("HO2", "Tenancy sign-up officer, Tir Glas Housing Association"),
    ("IDVA1", "Independent domestic violence adviser, Haven Penhallow"),
    ("PO1", "Probation officer supervising Mr E"),
]

KEY_TERMS = [
    ("IAA", "Information, Advice and Assistance: the front door to Children's Services"),
    ("PPN", "Public Protection Notice: the police form sent to partner agencies after an incident"),
    ("MARAC", "Multi-Agency Risk Assessment Conference for high-risk domestic abuse"),
    ("WNB", "Was Not Brought: a child's missed health appointment"),
    ("DASH", "Domestic Abuse, Stalking and Harassment risk checklist"),
]

# ---------------------------------------------------------------- body
# Items: ("h2", anchor, title) | ("np", key, html) | ("raw", html) | ("h3", title)

BODY = [
 ("h2", "s1", "Introduction and review process"),
 ("np", "intro_incident", """On the afternoon of 14 February 2023 Child R, then aged four years and five months, was
 taken by ambulance from her mother's home on the Coedlan estate to the emergency department of Ysbyty
 Penhallow. She had a spreading facial infection from an untreated dental abscess, she was severely
 dehydrated and her weight of 12.1 kg was below the 0.4th centile for her age. In the early hours of
 the next day she was transferred to the paediatric intensive care unit at Glanmor Children's Hospital,
 where sepsis was confirmed."""),
 ("np", "intro_crg", """The Board's Practice Review Group considered the case on 29 March 2023 and recommended an
 Extended Child Practice Review, because Child R had been known to Children's Services during the
 review period, had been the subject of a care and support assessment and had suffered serious harm in
 which neglect was a factor. The Chair of the Board accepted the recommendation on 19 April 2023 and
 commissioned the review under the statutory guidance for Wales.<span class="fn">Protecting Children in
 Wales: Guidance for Arrangements for Multi-Agency Child Practice Reviews. An Extended Review is required
 where a child on the child protection register, or looked after, has died or suffered serious harm, or
 where the criteria are otherwise met in the judgement of the Board.</span>"""),
 ("np", "intro_period", """The review examined agency involvement from 16 August 2021, when the family moved into
 Penhallow from Caerwen County Borough, until 15 February 2023, the date of the second strategy
 discussion. Agencies were asked to provide a timeline of significant contacts and a short reflective
 analysis. Nine agencies provided information, and their timelines were merged into the chronology
 summarised in Table 2."""),
 ("np", "intro_reviewer", """The review was led by an independent reviewer, Dr Siân Trevarthen, a former head of
 safeguarding in a neighbouring health board, who had no previous involvement with the family or with
 any agency in Penhallow. She was supported by a review panel chaired by Carys Maddock, Head of
 Safeguarding at Penhallow University Health Board. The panel met on six occasions between May 2023
 and February 2024. The panel's membership is listed in Appendix A."""),
 ("np", "intro_event", """A learning event was held at Tŷ Coedlan Community Centre on 11 October 2023 and was
 attended by 23 practitioners and first-line managers from the agencies involved. The event followed the
 format set out in the guidance: practitioners first described their own contacts with the family and
 then worked in mixed groups to test the emerging themes. The reviewer is grateful for their candour.
 A follow-up session for managers took place on 2 November 2023."""),
 ("np", "intro_family", """Mrs G, Child R's maternal grandmother, met the reviewer at her home on 7 November 2023
 and again, with a family support worker, in January 2024. Mr E agreed to contribute and was seen by the
 reviewer at HMP Cefn Tor on 28 November 2023. Ms D was invited to take part through her solicitor on
 three occasions but declined, and her decision is respected. Child R was not interviewed because of
 her age, but her drawings and her words, as recorded by nursery staff and her grandmother, are included
 where they help to show what life was like for her."""),
 ("np", "intro_crim", """Criminal proceedings against Ms D and Mr F were still in progress when this report was
 completed. The review has been careful not to make findings of fact about matters that are for the
 court, and the Board will decide on the date of publication with the Crown Prosecution Service."""),

 ("h2", "s2", "Child R and her family"),
 ("np", "fam_comp", """Child R was born in September 2018 in Caerwen. She lived with her mother, Ms D, her
 father, Mr E, and from April 2021 her younger brother, Child S. The family moved to Penhallow in
 August 2021 to be closer to Mrs G, who lives about two miles from the Coedlan estate and who had
 looked after Child R for long periods when she was a baby. Ms D was 24 years old at the start of the
 review period. She had herself been known to Children's Services in Caerwen as a teenager."""),
 ("np", "fam_father", """Mr E had a history of violence outside the home and two previous convictions for
 assault. On 22 June 2022 he was sentenced at Penhallow Crown Court to 32 months' imprisonment for
 robbery and for an assault on Ms D during the incident of 19 February 2022. Child R had been close to
 her father. Nursery staff recalled that during the summer of 2022 she often said that her
 <q>daddy is at work in a big house</q>, which was what she had been told. Mr E told the reviewer that
 nobody from any agency had asked him about his children while he was in prison."""),
 ("np", "fam_partner", """From about September 2022 Ms D was in a relationship with Mr F, who stayed at the house
 for much of the time. Mr F was known to police for the supply of cannabis, but no agency was aware that
 he was living with the children until January 2023. When SW2 met him at the home he was introduced as
 <q>a friend from the estate</q>."""),
 ("np", "fam_voice", """Child R is described by her nursery teacher as a watchful, quiet girl who loved the
 sand tray and who would hide food from the snack table in her coat pockets. Her grandmother describes
 her as <q>a little mother</q> to her brother. The reviewer has tried throughout this report to keep
 Child R's experience at the centre: a child who was often hungry, who was in pain from her teeth for
 many months and who had learned not to complain."""),
 ("raw", """<blockquote class="practitioner"><p>“She never cried when she fell over. She would just go and sit
 by the radiator. I thought she was a tough little thing. Now I think she had learned that crying did not
 bring anybody.”</p><p class="attrib">NT1, nursery teacher, at the learning event</p></blockquote>"""),

 ("h2", "s3", "Agencies involved"),
 ("np", "ag_intro", """Table 1 lists the agencies that had contact with Child R and her family during the review
 period, the practitioners involved and the nature of their involvement. Two agencies, the Probation
 Service and Haven Penhallow, had contact with the parents but not with the children."""),
 ("raw", "AGENCY_TABLE"),
 ("np", "ag_records", """Each agency also supplied its records. The records of Bryn Road Surgery arrived at Heol
 Ddu Medical Centre eleven weeks after the family registered there, and the health visiting records of
 the Flying Start team were transferred electronically but were not read by HV2 before her first
 contact."""),

 ("h2", "s4", "The practice narrative"),
 ("raw", "KEY_FACTS"),
 ("h3", "Period one: arrival in Penhallow to the closure of the first assessment (August 2021 to May 2022)"),
 ("np", "n_register", """The family registered with Bryn Road Surgery on 2 September 2021. At the new patient
 check GP1 noted that Child R's immunisations were up to date, but that her 27-month developmental review
 had not been carried out in Caerwen. No other concerns were recorded."""),
 ("np", "n_flyingstart", """Because the family's first address was in a Flying Start area, Child R was offered a
 funded childcare place and started at Mesen Fach Flying Start on 13 September 2021, attending five
 sessions a week of two and a half hours. The lead practitioner, FS1, recorded that Child R was settled,
 had limited speech for her age and was often very hungry at snack time.<span class="fn">Flying Start is
 a Welsh Government programme for families with children under four living in defined areas. Eligibility
 depends on the family's postcode, not on assessed need, and the offer ends when a family moves out of
 the area.</span>"""),
 ("np", "n_hv1_first", """HV1, the Flying Start health visitor, made her first home visit on 6 October 2021. She
 completed a family health assessment and recorded that the flat was sparsely furnished and cold but
 clean, that Ms D appeared low in mood and that Mr E was <q>very much in charge of the conversation</q>.
 HV1 did not have the Caerwen health visiting records at that time and did not request them."""),
 ("np", "n_dv1", """At 23.15 hrs on 3 November 2021 PC1 attended the family's flat after a neighbour reported
 shouting and a child screaming. Ms D said that Mr E had pushed her against a door during an argument
 about money; she did not want to make a complaint. A DASH risk assessment was completed and graded as
 standard risk. A Public Protection Notice was sent to the Information, Advice and Assistance service,
 where IAA1 checked the records, found no previous referrals in Penhallow and closed the contact with no
 further action on 5 November 2021."""),
 ("np", "n_gp1", """On 17 January 2022 Ms D took Child S to Bryn Road Surgery with a chest infection. GP1
 noted that Ms D seemed anxious and was in a hurry to leave because <q>her partner was waiting in the
 car</q>. Child R was with them and was described as <q>quiet, pale</q>. GP1 did not record any discussion
 of home circumstances and was not aware of the police attendance in November 2021. The practice had no
 process for receiving Public Protection Notices at that time, and the review understands that this
 remains the position in most practices in Penhallow."""),
 ("np", "n_hv1_visit", """HV1 made a further home visit on 9 February 2022 to complete Child R's developmental
 review, which had been delayed. Child R weighed 15.2 kg, on the 50th centile, and her development was
 judged to be delayed in speech and fine motor skills. HV1 noticed brown staining on Child R's front
 teeth and advised Ms D to register the children with a dentist. She was not aware of the incident in
 November 2021, because the Public Protection Notice had not been shared with health."""),
 ("np", "n_dv2", """The second incident took place at 01.40 hrs on 19 February 2022. PC2 found Ms D with a cut
 to her eyebrow and swelling to her cheek; both children were in the flat and Child R was awake and
 crying in the hallway. Mr E was arrested and later charged. The DASH assessment was graded as high risk
 and the case was referred to MARAC. Ms D accepted support from IDVA1 of Haven Penhallow, who met her
 four times before Ms D stopped answering her calls in April 2022."""),
 ("np", "n_marac", """The MARAC met on 10 March 2022. The minutes record that the children were <q>present
 in the home</q> but contain no discussion of their needs. The meeting asked Children's Services to
 carry out a care and support assessment, and health visiting to flag the records. HV1 was not invited
 to the meeting and the flag was added to the children's records only in June 2022."""),
 ("np", "n_sw1", """SW1 was allocated on 14 March 2022 and made an announced home visit on 22 March 2022. She
 saw both children, described the home as <q>cluttered but adequate</q> and recorded that Ms D had
 ended the relationship with Mr E, who was on remand. SW1 made one further visit on 28 April 2022 and
 spoke to FS1 by telephone. The assessment concluded on 27 May 2022 that the children had no care and
 support needs that could not be met by their mother with universal services. Ms D was offered a
 referral to the Families First Team Around the Family, which she declined, and the case was closed.
 SW1 did not speak to HV1, did not contact the GP practice and did not see Child R on her own."""),
 ("h3", "Period two: the move to the Coedlan estate (June to December 2022)"),
 ("np", "n_move", """On 30 June 2022 Ms D and the children moved to a three-bedroom house on the Coedlan estate
 let by Tir Glas Housing Association. The tenancy was signed with HO2, who recorded that Ms D had no
 furniture and referred her to a local furniture charity. The new address was outside the Flying Start
 area. Child R's childcare place ended on 15 July 2022, and health visiting responsibility passed from
 HV1 to HV2 in the generic health visiting team. HV1 sent a transfer summary that mentioned the MARAC
 but did not mention the dental staining or the speech delay."""),
 ("np", "n_gp2", """The family registered with Heol Ddu Medical Centre on 11 July 2022, because Bryn Road
 Surgery was too far from the new address. The electronic transfer of records failed, and the paper
 records from Bryn Road arrived only on 26 September 2022. In the meantime the MARAC flag was not
 visible to GP2 or to other clinicians at the practice."""),
 ("np", "n_gp2_mood", """GP2 held a telephone consultation with Ms D on 3 October 2022 about low mood and poor
 sleep. Ms D said that she was <q>struggling since the kids' dad went inside</q>. GP2 prescribed an
 antidepressant and referred her to the Local Primary Mental Health Support Service, but did not ask who
 else was in the household or how the children were being cared for. Ms D did not attend the assessment
 appointment offered for 31 October 2022, and the service discharged her in line with its policy with a
 letter to the practice. The review notes that the paper records containing the MARAC flag had arrived
 at Heol Ddu only a week before this consultation and had not yet been summarised."""),
 ("np", "n_ed1", """At 19.50 hrs on 4 August 2022 Mrs G brought Child R to the emergency department at Ysbyty
 Penhallow with a swollen left cheek. ED1 diagnosed a dental abscess, prescribed a course of antibiotics
 and advised Mrs G that Child R needed to see a dentist urgently. Mrs G said that Child R had been
 complaining of toothache <q>for weeks</q>. The department's safeguarding prompt was completed and
 recorded no concerns. An attendance notification was sent to the health visiting service, where it was
 filed in the records of the Flying Start team and was not seen by HV2."""),
 ("np", "n_hv2_visit", """HV2 made her first home visit on 14 September 2022. It was an announced visit arranged
 by text message. HV2 recorded that the house had little furniture and that there was a strong smell of
 dogs, that Child S was in a soiled nappy and that Child R's front teeth were visibly decayed. Child R
 was not weighed. HV2 referred Child R to the Community Dental Service on 21 September 2022 and planned a
 review visit in three months. In her reflective account HV2 acknowledged that she had read neither the
 transfer summary nor the emergency department notification before the visit."""),
 ("raw", """<blockquote class="practitioner"><p>“I had three hundred and ten children on my caseload that
 autumn, and I was covering a vacant post as well. I saw a tired mum in a new house. I did not see a
 pattern, because I only had one piece of it.”</p><p class="attrib">HV2, health visitor, at the learning
 event</p></blockquote>"""),
 ("np", "n_school", """Child R started in the morning nursery class at Coedlan Primary School on 7 September
 2022. NT1 recorded within the first fortnight that she arrived without a coat, was frequently late and
 ate <q>everything she was offered and then asked for more</q>. Her attendance in the autumn term of 2022
 was 64%. DSL1 sent the standard attendance letter to Ms D on 2 December 2022 but did not make a
 referral; because Child R was below compulsory school age, the Education Welfare Service did not
 monitor her attendance."""),
 ("np", "n_gran1", """On 12 October 2022 Mrs G telephoned the Information, Advice and Assistance service. She said
 that the children were hungry whenever they visited her, that Child R's teeth were <q>rotten</q>, that
 the house smelt and that a man she did not know was staying there. IAA1 telephoned Ms D, who said that
 her mother disapproved of her new relationship and was <q>stirring</q>. IAA1 did not contact the school,
 the health visitor or the GP practice, and the contact was closed on 14 October 2022 as a family
 disagreement, with advice to Mrs G to call again if she was worried."""),
 ("np", "n_wnb", """The Community Dental Service sent Ms D two appointments. Child R was not brought to the
 first appointment on 8 November 2022 or to the second on 6 December 2022. In line with the service's
 policy, CDS1 discharged Child R back to the care of the referrer and wrote on 9 December 2022 to HV2
 and to Heol Ddu Medical Centre.<span class="fn">The policy in force at the time (Community Dental
 Service, Was Not Brought policy, version 3, 2021) provided for discharge after two consecutive missed
 appointments unless the referrer had marked the referral as a safeguarding concern.</span> At the
 practice the letter was coded as <q>correspondence for information</q> and filed without being seen
 by a clinician. HV2 received the letter but was on leave until 3 January 2023 and the letter was not
 picked up by the duty health visitor."""),
 ("np", "n_housing", """HO1 visited the house on 30 November 2022 about rent arrears of £1,946, which had built
 up since Ms D's benefits had been reduced in August 2022. HO1 recorded that there was almost no food in
 the kitchen, dog faeces on the landing and no bedding on the children's beds, and that the house was
 very cold because the gas meter had run out of credit. She arranged an emergency fuel voucher and
 referred Ms D to the association's tenancy sustainment officer, but did not consider making a referral
 to Children's Services. HO1 told the review that she <q>thought of it as a tenancy problem, not a
 children's problem</q>, and that she had never received safeguarding training beyond an online
 induction module."""),
 ("np", "n_prison", """While in HMP Cefn Tor, Mr E had fortnightly video calls with the children, arranged by
 Mrs G from her home. He told the reviewer that during a call in the week before Christmas 2022 Child R
 looked <q>thin and quiet, not like herself</q>, and that he asked a prison officer on his wing what he
 should do. He was told to raise it with his probation officer. PO1 has no record of the conversation,
 and Mr E accepts that he did not put his concern in writing. The review does not doubt that he was
 worried, but it illustrates how little the system expects to hear from an imprisoned father."""),
 ("np", "n_xmas", """The children stayed with Mrs G from 24 to 27 December 2022. She noticed that Child R's
 face was swollen on one side, that she would only eat soft food and that she woke crying at night. Mrs G
 gave her paracetamol and rang Heol Ddu Medical Centre on 27 December 2022, but the practice was
 closed for the bank holiday and she was advised by the recorded message to call NHS 111 Wales, which she
 did not do because Child R <q>seemed a bit brighter</q> by the afternoon."""),
 ("h3", "Period three: January and February 2023"),
 ("np", "n_gran2", """Mrs G telephoned the Information, Advice and Assistance service again on 5 January 2023.
 This time she said that Child R had lost weight, that she was falling asleep at nursery and that her
 face had been swollen over Christmas. IAA2 checked the records, noted the previous call and the two
 domestic abuse incidents, and passed the case for a care and support assessment. TM1 allocated the case
 to SW2 on 10 January 2023 with a direction that the children should be seen within ten working days."""),
 ("np", "n_sw2_visit", """SW2 made an announced home visit on 19 January 2023. The house was tidy and there was
 food in the fridge. Child R was asleep on the sofa for most of the visit; SW2 saw her face but did not
 wake her or speak to her. Mr F was present. SW2 accepted Ms D's explanation that Child R was tired
 because <q>she had been up in the night with a cold</q>. SW2 told the review that she had planned to see
 Child R at nursery the following week, but that visit did not take place before the events of
 14 February 2023."""),
 ("np", "n_bruise", """On 20 January 2023 NT1 noticed a bruise on the rim of Child R's left ear when she took
 off her hat. Child R said <q>Mr F did it</q> and then that she had fallen off the bed. DSL1 made a
 referral to the Information, Advice and Assistance service at 11.20 hrs the same morning and sent a
 written referral the same day. This was the first referral from any agency other than the police during
 the review period."""),
 ("np", "n_strat1", """A strategy discussion was held by telephone on 24 January 2023 between SW2, TM1, DS1 of
 the Public Protection Unit and DSL1. Health was not invited, and the discussion did not have the dental
 letters, the emergency department attendance or the housing officer's observations. The participants
 concluded that the bruise was consistent with the explanation of a fall, that the threshold for enquiries
 under section 47 of the Children Act 1989 was not met, and that the care and support assessment should
 continue. A child protection medical was not considered. This is discussed further in section 5, where
 the review sets out why a decision of this kind, although made in good faith, rested on information
 that was incomplete in ways the participants could have discovered by asking two further agencies
 before the call."""),
 ("np", "n_spring", """Child R's attendance at nursery fell to 38% in the spring term of 2023, and she last
 attended on 3 February 2023. SW2 made an unannounced visit on 8 February 2023 but there was no answer,
 and she left a card. She did not follow this up with the school, the health visitor or Mrs G."""),
 ("np", "n_admission", """At about 16.30 hrs on 14 February 2023 Mrs G called at the house because she had not been
 able to reach Ms D by telephone for several days. She found Child R lying on a mattress downstairs,
 hot, floppy and with a grossly swollen face, and Child S alone in a cot upstairs. Mrs G called an
 ambulance at 17.05 hrs. Child R arrived at the emergency department at 17.40 hrs and was treated for
 sepsis and severe dehydration before her transfer to Glanmor Children's Hospital."""),
 ("np", "n_strat2", """A second strategy discussion was held on 15 February 2023, chaired by TM1, with the
 consultant paediatrician, DS1, HV2, DSL1 and SW2. It agreed joint enquiries under section 47, and Child S
 was placed with Mrs G under a safety plan agreed with Ms D that afternoon. Ms D and Mr F were arrested on
 16 February 2023. On 21 February 2023 seven teeth were extracted from Child R under general anaesthetic.
 Child R spent 20 days in hospital and was discharged to the care of Mrs G on 6 March 2023. Both children
 were placed on the child protection register under the category of neglect at an initial child
 protection conference on 8 March 2023."""),
 ("raw", "CHRON_TABLE"),

 ("h2", "s5", "Analysis and learning"),
 ("np", "a_intro", """The review has identified five themes. Each is set out below with the practice that lay
 behind it. The themes are not a list of individual failings: most of the practitioners involved acted
 reasonably on the information in front of them. The learning lies in why that information was so
 rarely brought together."""),
 ("h3", "Theme 1: Hearing the family member who raises the alarm"),
 ("np", "a_gran", """Mrs G raised concerns about her grandchildren twice, on 12 October 2022 and on 5 January
 2023, and brought Child R to hospital on 4 August 2022. Her first call was framed by the family as a
 disagreement about Ms D's new partner, and IAA1 accepted that framing after one conversation with the
 parent. The review heard that the service received 4,212 contacts in the year 2022 to 2023, that duty
 workers were expected to complete screening within one working day and that calls from relatives were
 informally regarded as <q>lower reliability</q> than calls from professionals. There is no basis for that
 view in research or guidance."""),
 ("raw", """<aside class="pullquote"><p>“Nain was the one who kept telling us. We heard her, but we did
 not listen to her.”</p><p class="attrib">— a duty worker at the learning event</p></aside>"""),
 ("np", "a_gran2", """A grandmother who is seeing her grandchildren several times a week holds information no
 professional can obtain from an announced visit. Mrs G told the reviewer that she felt <q>treated like a
 nuisance</q>, and that she only called the second time because a neighbour persuaded her to. Had the
 first contact included a call to the nursery, IAA1 would have learned that Child R's attendance was
 already falling and that she was arriving hungry."""),
 ("h3", "Theme 2: Was Not Brought and the meaning of missed appointments"),
 ("np", "a_wnb", """Child R's dental decay was visible to HV1 in February 2022 and to HV2 in September 2022,
 and it brought her to the emergency department in August 2022. She was not brought to two dental
 appointments and her nursery attendance was poor and falling. Each of these was handled as an
 administrative matter in the agency that held it. The dental service discharged her, the surgery filed
 the letter and the school sent a letter. None of these agencies asked what it meant for a four-year-old
 in pain to go untreated. The review considers that dental neglect was a clear and early indicator of
 wider neglect in this case, and that the Was Not Brought arrangements worked in a way that transferred
 responsibility back to a referrer who was, at that moment, not in a position to act on it."""),
 ("np", "a_nursery", """Nursery attendance below compulsory school age is not monitored by the Education Welfare
 Service, and the school's attendance procedures were designed for older pupils. The review heard that
 in Coedlan Primary School's nursery class an attendance below 70% in any half term would now prompt a
 conversation with the designated safeguarding lead, but this was not the practice in 2022."""),
 ("h3", "Theme 3: Domestic abuse, imprisonment and the invisible father"),
 ("np", "a_dv", """The response to the two domestic abuse incidents focused, appropriately, on Ms D's safety.
 The children's experience was not explored. Neither Public Protection Notice recorded what Child R had
 seen or heard, although the officers' body-worn video from 19 February 2022 shows her standing in the
 hallway in tears. When Mr E was sentenced in June 2022, agencies appear to have assumed that the risk to
 the family had ended with his imprisonment. Child R lost the parent she was closest to, her Flying
 Start place and her health visitor within a few weeks, and nobody considered the cumulative effect of
 those losses on her or on her mother's capacity to cope. PO1 told the review that the probation
 pre-sentence report recorded that Mr E had two children but did not ask who was caring for them."""),
 ("h3", "Theme 4: Transitions between services"),
 ("np", "a_transfer", """The move to the Coedlan estate in June 2022 triggered three transfers at once: from
 Bryn Road Surgery to Heol Ddu Medical Centre, from Flying Start health visiting to the generic team,
 and out of Flying Start childcare. Each transfer lost information. The MARAC flag did not reach GP2 for
 eleven weeks; the emergency department notification was filed against the wrong team; and the transfer
 summary omitted the dental staining. The review notes that Flying Start eligibility is defined by
 postcode, so that a family's move to a better house can remove the very support that was keeping a
 child visible."""),
 ("h3", "Theme 5: Seeing the child, and the people around the child"),
 ("np", "a_seen", """Child R was seen by a social worker on three occasions in the review period, and on none
 of them was she spoken to on her own. On 19 January 2023 she was asleep throughout. Mr F's presence
 in the household was known to Mrs G from October 2022 and to SW2 from January 2023, but no checks were
 made on him until after Child R's admission. The review recognises the pressures described by SW2,
 who held 27 cases in January 2023 against a team target of 18, but the guidance is clear that
 an assessment cannot be completed without seeing and, where possible, speaking to the child."""),
 ("np", "a_seen2", """Professional curiosity about the adults in the household was limited throughout the
 review period. Mr E's influence over the family in 2021 was noticed by HV1 but not explored; after his
 imprisonment no agency asked who else was spending time at the house; and when Mr F was introduced to
 SW2 as a friend, the description was accepted. The review heard at the learning event that practitioners
 sometimes avoid asking direct questions about new partners because they fear that the parent will
 disengage. That fear is understandable, but in this case the cost of not asking fell on Child R."""),

 ("h2", "s6", "Effective practice"),
 ("np", "good_ho2", """The review found examples of thoughtful practice. HO2 recognised at the tenancy sign-up
 that the family had no furniture and made a same-day referral to a furniture charity, and Ms D received
 beds, a cooker and a table within a fortnight."""),
 ("np", "good_dsl", """DSL1 acted promptly on 20 January 2023, telephoned the referral within an hour of the
 disclosure and followed it with a written referral that recorded Child R's words exactly. The review
 regards this as a model of how a disclosure should be recorded."""),
 ("np", "good_pictu", """The response on 14 and 15 February 2023 was swift and well coordinated. The consultant
 paediatrician at Glanmor Children's Hospital ensured that a full skeletal survey and a review of Child R's
 growth records were completed within 48 hours, and the second strategy discussion had all the relevant
 agencies present."""),
 ("h2", "s7a", "Action already taken by agencies"),
 ("np", "act_cs", """Penhallow Children's Services has revised the screening checklist of the Information,
 Advice and Assistance service so that a call from a relative is recorded with the same weight as a call
 from a professional. Since September 2023 duty workers must record whether the child's school or nursery
 has been contacted before a contact is closed."""),
 ("np", "act_hb", """Penhallow University Health Board has suspended discharge of children under five from the
 Community Dental Service after missed appointments, pending revision of the policy, and has moved all
 emergency department notifications for children to a single electronic inbox for each health visiting
 team. The health board reported that 1,140 notifications were routed through the new inbox in its first
 three months."""),
 ("np", "act_housing", """Tir Glas Housing Association has delivered face-to-face safeguarding training to
 all 14 of its housing officers and has added a question about the children in the household to its
 arrears visit form. HO1 has since made two referrals to Children's Services, both of which led to
 assessments."""),
 ("np", "act_school", """Coedlan Primary School now reviews nursery attendance every half term with the
 designated safeguarding lead and has shared its procedure with the other eleven primary schools in its
 cluster."""),

 ("h2", "s7", "Recommendations"),
 ("np", "rec_intro", """The review makes eight recommendations. The Board has asked each lead agency to report
 progress to the Practice Review Group within six months of publication."""),
 ("raw", "RECS"),

 ("h2", "s8", "Concluding comments"),
 ("np", "conc_1", """Child R's harm was not predictable from any single event in the review period, but the
 review concludes that it was preventable. The signs of neglect were present from early 2022, and by the
 autumn of that year at least five agencies held information that, taken together, would have met the
 threshold for a multi-agency assessment of her needs. The most important source of that information was
 her grandmother."""),
 ("np", "conc_2", """The reviewer would like to end where the family's story now stands. Child R has had her
 remaining teeth treated, has gained weight steadily and started in the reception class of a new school
 in September 2023. Mrs G said of her granddaughter: <q>She asks for seconds now, and she knows she will
 get them.</q>"""),
 ("raw", "APPENDIX"),
]

AGENCY_ROWS = [
    ("Penhallow Children's Services", "IAA1, IAA2, SW1, SW2, TM1",
     "Screening of the Public Protection Notices and of Mrs G's two calls; care and support assessments in 2022 and 2023"),
    ("Penhallow Police", "PC1, PC2, DS1",
     "Attended domestic abuse incidents in November 2021 and February 2022; strategy discussions in 2023"),
    ("Penhallow University Health Board — health visiting", "HV1, HV2",
     "Flying Start health visiting to July 2022, then the generic health visiting service"),
    ("Penhallow University Health Board — hospital and dental services", "ED1, CDS1",
     "Emergency department attendance in August 2022; Community Dental Service referral and two missed appointments"),
    ("General practice", "GP1, GP2",
     "Bryn Road Surgery to July 2022, then Heol Ddu Medical Centre"),
    ("Mesen Fach Flying Start", "FS1", "Funded childcare place, September 2021 to July 2022"),
    ("Coedlan Primary School", "NT1, DSL1", "Morning nursery class from September 2022"),
    ("Tir Glas Housing Association", "HO1, HO2", "Landlord of the Coedlan estate house; tenancy sign-up and rent arrears visit"),
    ("Haven Penhallow and the Probation Service", "IDVA1, PO1",
     "Support to Ms D after the MARAC; supervision of Mr E and the pre-sentence report"),
]

KEY_FACTS = """
<aside class="keyfacts">
<p class="kf-title">Key facts</p>
<ul>
<li><b>Child:</b> Child R, aged 4 years 5 months</li>
<li><b>Review period:</b> 16 August 2021 – 15 February 2023</li>
<li><b>Weight on admission:</b> 12.1 kg (below 0.4th centile)</li>
<li><b>Teeth extracted:</b> seven, on 21 February 2023</li>
<li><b>Days in hospital:</b> 20</li>
<li><b>Agencies contributing:</b> 9</li>
<li><b>Contacts with IAA:</b> 5 (two from Mrs G)</li>
<li><b>Category of registration:</b> neglect</li>
</ul>
</aside>
"""

# chronology rows: (date as printed, agency, event)  -- deliberately mixed date formats
CHRON_ROWS = [
    ("16/08/21", "—", "Family moves from Caerwen County Borough to a privately rented flat in the Glanrafon area of Penhallow, a Flying Start area."),
    ("02/09/21", "GP", "Family registers with Bryn Road Surgery. New patient check by GP1: immunisations up to date; 27-month review found not done in Caerwen."),
    ("13/09/21", "Flying Start", "Child R starts at Mesen Fach Flying Start, five sessions a week of two and a half hours. FS1 notes limited speech and hunger at snack time."),
    ("06.10.2021", "Health", "HV1 first home visit and family health assessment; flat cold and sparsely furnished; Ms D low in mood. Caerwen records not requested."),
    ("03.11.2021", "Police", "Domestic incident 23.15 hrs attended by PC1; Ms D pushed against a door. DASH standard. PPN to IAA; no further action 05.11.2021."),
    ("17.01.2022", "GP", "Ms D brings Child S to GP1 with a chest infection; Child R present, described as quiet and pale. No discussion of home circumstances."),
    ("09.02.2022", "Health", "HV1 home visit for delayed developmental review: weight 15.2 kg; speech and fine motor delay; staining on front teeth; dentist advised."),
    ("19.02.2022", "Police", "Domestic incident 01.40 hrs attended by PC2; Ms D injured, Child R crying in hallway. Mr E arrested. DASH high; referral to MARAC."),
    ("10 Mar 2022", "MARAC", "MARAC meeting. Actions: care and support assessment by Children's Services; health visiting to flag records. HV1 not invited."),
    ("14 Mar 2022", "CS", "Case allocated to SW1 for a care and support assessment."),
    ("22 Mar 2022", "CS", "SW1 announced home visit; both children seen together; home ‘cluttered but adequate’."),
    ("28 Apr 2022", "CS", "SW1 second home visit; telephone call with FS1. IDVA1 loses contact with Ms D in April."),
    ("27 May 2022", "CS", "Care and support assessment concludes no eligible needs; Team Around the Family offered and declined; case closed."),
    ("22 Jun 2022", "Court", "Mr E sentenced at Penhallow Crown Court to 32 months' imprisonment for robbery and assault."),
    ("30 Jun 2022", "Housing", "Tenancy signed with HO2; move to a three-bedroom house on the Coedlan estate. Referral to furniture charity the same day."),
    ("11/07/22", "GP", "Family registers with Heol Ddu Medical Centre; electronic transfer of records from Bryn Road fails."),
    ("15/07/22", "Flying Start", "Flying Start childcare place ends because the new address is outside the area. Health visiting passes from HV1 to HV2."),
    ("04/08/22", "Hospital", "ED attendance 19.50 hrs, brought by Mrs G: dental abscess, left cheek; antibiotics prescribed by ED1. Notification misfiled."),
    ("07/09/22", "School", "Child R starts in the morning nursery class at Coedlan Primary School."),
    ("14/09/22", "Health", "HV2 first home visit (announced): decayed front teeth, Child S in soiled nappy; Child R not weighed."),
    ("21/09/22", "Health", "HV2 refers Child R to the Community Dental Service."),
    ("26/09/22", "GP", "Paper records from Bryn Road, including the MARAC flag, arrive at Heol Ddu Medical Centre."),
    ("03.10.2022", "GP", "GP2 telephone consultation with Ms D about low mood; antidepressant prescribed; referral to primary mental health service."),
    ("12.10.2022", "CS", "Mrs G's first call to IAA (IAA1): hunger, teeth, smell, unknown man staying. Ms D phoned; closed 14.10.2022 as family disagreement."),
    ("31.10.2022", "Health", "Ms D does not attend primary mental health assessment; discharged with a letter to the practice."),
    ("08.11.2022", "Dental", "First Community Dental Service appointment: Was Not Brought."),
    ("30.11.2022", "Housing", "HO1 visit about arrears of £1,946: almost no food, no bedding, no gas. Fuel voucher; no referral to Children's Services."),
    ("02.12.2022", "School", "Standard attendance letter to Ms D (autumn term attendance 64%). No referral."),
    ("06.12.2022", "Dental", "Second dental appointment: Was Not Brought. CDS1 discharge letter to HV2 and GP sent 09.12.2022; filed at practice."),
    ("24–27 Dec 2022", "Family", "Children stay with Mrs G, who notices a swollen face; call to surgery on 27 Dec 2022 unanswered (bank holiday)."),
    ("5 Jan 2023", "CS", "Mrs G's second call to IAA (IAA2): weight loss, sleeping at nursery, swollen face. Passed for assessment."),
    ("10 Jan 2023", "CS", "TM1 allocates case to SW2; children to be seen within ten working days."),
    ("19 Jan 2023", "CS", "SW2 announced home visit; Child R asleep on the sofa throughout; Mr F present as ‘a friend’."),
    ("20 Jan 2023", "School", "NT1 sees bruise on rim of left ear. Child R names Mr F, then says she fell. DSL1 telephone referral 11.20 hrs."),
    ("24 Jan 2023", "Multi-agency", "First strategy discussion (telephone): SW2, TM1, DS1, DSL1. Health not invited. Section 47 threshold not met."),
    ("03/02/23", "School", "Child R's last day at nursery (spring term attendance 38%)."),
    ("08/02/23", "CS", "SW2 unannounced visit; no answer; card left. No follow-up."),
    ("14/02/23", "Ambulance / ED", "Mrs G finds Child R at 16.30 hrs and calls ambulance 17.05 hrs; arrival at ED 17.40 hrs. Sepsis, severe dehydration."),
    ("15/02/23", "Multi-agency", "Transfer to PICU, Glanmor Children's Hospital. Second strategy discussion; joint s47 enquiries; Child S to Mrs G."),
    ("16/02/23", "Police", "Ms D and Mr F arrested."),
    ("21/02/23", "Hospital", "Seven teeth extracted under general anaesthetic."),
    ("06/03/23", "Hospital", "Child R discharged to the care of Mrs G after 20 days in hospital."),
    ("08/03/23", "Multi-agency", "Initial child protection conference: both children registered under the category of neglect."),
]

RECS = [
    ("Penhallow Children's Services",
     "Revise the screening procedure of the Information, Advice and Assistance service so that any second contact from a family member about the same child within six months triggers checks with education and health before a decision is made."),
    ("Penhallow University Health Board",
     "Amend the Community Dental Service Was Not Brought policy so that no child under five is discharged after missed appointments without a conversation with the referrer and the health visitor."),
    ("Penhallow University Health Board and GP practices",
     "Introduce a process in each practice for clinical review of Was Not Brought letters about children, with a named safeguarding lead GP."),
    ("Education services",
     "Extend attendance monitoring to nursery classes, with a prompt to the designated safeguarding lead when attendance falls below 70%."),
    ("Tir Glas Housing Association and other social landlords",
     "Provide safeguarding training at an appropriate level to all housing officers who make home visits, and include a safeguarding question in the arrears visit template."),
    ("Penhallow Police and the Probation Service",
     "Record the presence and the observed experience of children on every Public Protection Notice, and ask in every pre-sentence report who will care for the defendant's children."),
    ("Penhallow Safeguarding Children Board",
     "Issue practice guidance on strategy discussions that requires health to be invited and relevant health records to be checked before the discussion takes place."),
    ("All partner agencies",
     "Ensure that when a family moves address, the transfer of records includes an active conversation between the outgoing and incoming practitioners where there are safeguarding flags."),
]

APPENDIX = """
<div class="appx">
<h2 class="app" id="appa">Appendix A: Review panel and process</h2>
<table class="panel">
<thead><tr><th>Panel member</th><th>Agency</th></tr></thead>
<tbody>
<tr><td>Carys Maddock (chair)</td><td>Head of Safeguarding, Penhallow University Health Board</td></tr>
<tr><td>Service manager, safeguarding</td><td>Penhallow Children's Services</td></tr>
<tr><td>Detective inspector</td><td>Penhallow Police Public Protection Unit</td></tr>
<tr><td>Named nurse, safeguarding children</td><td>Penhallow University Health Board</td></tr>
<tr><td>Education safeguarding officer</td><td>Penhallow Education Services</td></tr>
<tr><td>Head of housing services</td><td>Tir Glas Housing Association</td></tr>
<tr><td>Board business manager</td><td>Penhallow Safeguarding Children Board</td></tr>
</tbody></table>
<p class="appnote">The panel met on six occasions. The draft report was shared with the agencies involved in
January 2024 and with Mrs G in February 2024. The total cost of the review is not included in this report.</p>
</div>
<div class="statements">
<h2 class="app" id="appb">Appendix B: Statements by the reviewer and the panel chair</h2>
<table class="stmt">
<thead><tr><th>Statement by the reviewer</th><th class="tick">Confirmed</th></tr></thead>
<tbody>
<tr><td>I am independent of the case and of the agencies involved, and have had no line management of any practitioner involved.</td><td class="tick">✔</td></tr>
<tr><td>I have the skills and experience to undertake the review (qualified nurse and health visitor; doctorate in social policy; 11 previous reviews).</td><td class="tick">✔</td></tr>
<tr><td>The review was conducted appropriately and was rigorous in its analysis and evaluation of the issues.</td><td class="tick">✔</td></tr>
</tbody></table>
<p class="sigline">Reviewer: Dr Siân Trevarthen &nbsp;·&nbsp; Date: 9 February 2024</p>
<table class="stmt">
<thead><tr><th>Statement by the review panel chair</th><th class="tick">Confirmed</th></tr></thead>
<tbody>
<tr><td>I am satisfied that the reviewer has met the criteria for independence set out in the guidance.</td><td class="tick">✔</td></tr>
<tr><td>The review has been conducted in line with the terms of reference and the guidance for Extended Child Practice Reviews.</td><td class="tick">✔</td></tr>
<tr><td>The report has been quality assured by the panel and is ready to be presented to the Board.</td><td class="tick">✔</td></tr>
</tbody></table>
<p class="sigline">Panel chair: Carys Maddock &nbsp;·&nbsp; Date: 12 February 2024</p>
</div>
"""

# ---------------------------------------------------------------- companion: easy-read learning summary
LS_TITLE = "Learning summary — Child R"
LS_HTML = """
<div class="ls-head">
 <p class="ls-board">Penhallow Safeguarding Children Board</p>
 <h1>What we learned from the review about Child R</h1>
 <p class="ls-sub">An easy read learning summary for practitioners, families and the public</p>
 <p class="ls-fict">FICTIONAL — an invented practice document. No real child or family is described.</p>
</div>

<h2>What happened</h2>
<ul class="icons">
 <li class="i-child">Child R is a little girl. She was <b>four years old</b> when she became very ill in
 February 2023.</li>
 <li class="i-hosp">Her grandmother found her at home on <b>14 February 2023</b> and called an ambulance.</li>
 <li class="i-tooth">Child R had a bad infection from her teeth. Doctors took out <b>seven teeth</b>.</li>
 <li class="i-bed">She stayed in hospital for <b>20 days</b>. Now she lives with her grandmother.</li>
</ul>

<h2>Who we talked to</h2>
<ul class="icons">
 <li class="i-people"><b>26 practitioners</b> came to a learning event in October 2023.</li>
 <li class="i-talk">The reviewer talked to Child R's grandmother and to her father.</li>
 <li class="i-talk">Her mother did not want to take part.</li>
</ul>

<h2>What we learned</h2>
<ol class="lp">
 <li><b>Listen to grandparents.</b> Child R's grandmother phoned Children's Services on
 <b>12 October 2022</b> and again on <b>6 January 2023</b>. The first time, nobody checked with the nursery or the
 health visitor.</li>
 <li><b>Missed appointments matter.</b> Child R was not brought to two dentist appointments. The dental
 service sent her back to the health visitor. Nobody asked why a child in pain was not being brought.</li>
 <li><b>Watch nursery attendance.</b> Child R went to nursery on only <b>41%</b> of days in the spring
 term of 2023. Nursery attendance is not checked in the same way as school attendance.</li>
 <li><b>Moving house can lose information.</b> When the family moved, they changed doctor, health
 visitor and childcare at the same time. Important facts were lost on the way.</li>
 <li><b>See and speak to the child.</b> When a social worker visited in January 2023, Child R was asleep
 and nobody spoke to her.</li>
 <li><b>Housing officers see inside homes.</b> A housing officer saw no food and no bedding but did not
 tell Children's Services. Housing staff need safeguarding training.</li>
</ol>

<h2>What Child R told us</h2>
<div class="voice">
 <p>“Mr F did it.” — Child R, to her nursery teacher, January 2023</p>
 <p>“My teeth hurt when I eat.” — Child R, to her grandmother, December 2022</p>
</div>

<h2>Words we use</h2>
<ul class="icons">
 <li class="i-book"><b>Was Not Brought</b> means a child missed an appointment because an adult did not take them.</li>
 <li class="i-book"><b>Strategy discussion</b> means a meeting where agencies decide whether a child may be at risk of harm.</li>
 <li class="i-book"><b>Neglect</b> means a child's basic needs, like food, warmth and health care, are not met.</li>
</ul>

<h2>What happens now</h2>
<ul class="icons">
 <li class="i-check">The review made <b>eight recommendations</b>. The Board agreed them all.</li>
 <li class="i-check">The dental service will not discharge a child under five without talking to the
 health visitor first.</li>
 <li class="i-check">Health must be invited to every strategy discussion.</li>
 <li class="i-phone">If you are worried about a child in Penhallow, call the Information, Advice and
 Assistance service on <b>01632 960 417</b>. In an emergency, call 999.</li>
</ul>
<p class="ls-end">You can read the full report on the Board's website. This summary was published with
the full report in May 2024.</p>
"""
