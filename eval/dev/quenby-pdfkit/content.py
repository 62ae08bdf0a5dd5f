# -*- coding: utf-8 -*-
"""Document text for the FICTIONAL Harlowe Vale corpus. Every person, place and agency is invented."""

def P(n, t):
    return f'<p><span class="pn">{n}</span> {t}</p>'

def C(t):  # continuation of a paragraph from the previous page
    return f'<p class="cont">{t}</p>'

def band(t):
    return f'<div class="band">{t}</div>'

def cols(*items):
    return '<div class="cols">' + "".join(items) + '</div>'

def fn(n):
    return f'<sup>{n}</sup>'

QUOTE = ('<div class="pull">&ldquo;Every time she came home they wrote it up as another missing episode. '
         'Nobody ever asked me where she had been.&rdquo;<span>Child R&rsquo;s mother</span></div>')

SIDEBAR = ('<div class="side"><h4>What is a Child Abduction Warning Notice?</h4>'
           '<p>A Child Abduction Warning Notice (CAWN) is a letter served by the police on an adult who is '
           'associating with a child against the wishes of the person with parental responsibility. It warns '
           'the adult that they have no permission to be with the child and may be arrested. In this review the '
           'notice against Adult M was agreed at the MACE meeting but was served ten weeks later.</p></div>')

TABLE = '''<table class="tbl"><caption>Table 1: Key episodes, January to July 2024</caption>
<tr><th>Date</th><th>Time</th><th>What happened</th><th>Agency response</th></tr>
<tr><td>12/01/2024</td><td>23.15 hrs</td><td>Ms R reports Child R missing for the first time after she fails to return from a youth club</td><td>Found at a flat on Castlemere Road at 03.40 hrs; no return home interview for six days</td></tr>
<tr><td>02/02/2024</td><td>10.05 hrs</td><td>DSL1 at Harrowdene Academy contacts the MASH about an older boyfriend and a second phone</td><td>MASH decision on 06/02/2024: signposted to early help; no strategy discussion</td></tr>
<tr><td>14/03/2024</td><td>01.20 hrs</td><td>Police stop a car in Tollgate Lane; Child R is in the back seat with Adult M and a second adult</td><td>PC1 records her as &ldquo;with friends, willing&rdquo;; no exploitation screening</td></tr>
<tr><td>21/03/2024</td><td>14.30 hrs</td><td>Strategy discussion held by telephone</td><td>Police and CSC only; school and health not invited</td></tr>
<tr><td>26/04/2024</td><td>09.30 hrs</td><td>MACE meeting discusses Child R for the first time</td><td>CAWN against Adult M agreed; served on 04/07/2024</td></tr>
<tr><td>27/07/2024</td><td>03.52 hrs</td><td>A member of the public calls an ambulance to the stairwell of Kestrel House</td><td>Child R taken to St Aldric&rsquo;s Hospital emergency department, arriving at 04.10 hrs</td></tr>
</table>'''

MAIN_TITLE = "Child Safeguarding Practice Review: Child R"
MAIN_RUN = "FICTIONAL &mdash; Harlowe Vale Safeguarding Children Partnership &middot; CSPR Child R"

# Each page: dict(label, kind, html, notes)
MAIN = []

MAIN.append(dict(label="i", kind="cover", html='''
<div class="cover">
<div class="cv-org">Harlowe Vale Safeguarding Children Partnership<br><small>London Borough of Harlowe Vale</small></div>
<h1>Child Safeguarding Practice Review</h1>
<h2>Child R</h2>
<p class="cv-sub">A review of multi-agency practice with a fifteen-year-old girl harmed through child sexual exploitation</p>
<p class="cv-meta">Independent reviewer: Marguerite Okonkwo-Lane<br>Published: 18 March 2025<br>Version 1.2 (final)</p>
<p class="cv-fic">FICTIONAL &mdash; a practice document written for testing. Every person, place and agency in it is invented.</p>
</div>''', notes=""))

MAIN.append(dict(label="ii", kind="front", html=band("Contents") + '''
<table class="toc">
<tr><td>Foreword by the Independent Scrutineer</td><td>iii</td></tr>
<tr><td>1. Introduction and why this case was reviewed</td><td>1</td></tr>
<tr><td>2. Terms of reference and methodology</td><td>1</td></tr>
<tr><td>3. Child R and her family</td><td>2</td></tr>
<tr><td>4. Key episodes in practice</td><td>3</td></tr>
<tr><td>5. Analysis</td><td>7</td></tr>
<tr><td>6. Findings</td><td>8</td></tr>
<tr><td>7. Recommendations</td><td>9</td></tr>
</table>''' + band("Glossary") + cols(
'<p class="gl"><b>CSE</b> child sexual exploitation</p><p class="gl"><b>MASH</b> Multi-Agency Safeguarding Hub</p>'
'<p class="gl"><b>MACE</b> Multi-Agency Child Exploitation meeting</p><p class="gl"><b>CAWN</b> Child Abduction Warning Notice</p>'
'<p class="gl"><b>RHI</b> return home interview</p><p class="gl"><b>DSL</b> designated safeguarding lead</p>'
'<p class="gl"><b>SW1, SW2</b> the first and second allocated social workers</p><p class="gl"><b>TM1</b> team manager, Adolescent Support Team</p>'
'<p class="gl"><b>PC1</b> the police constable on the night of 14 March 2024</p><p class="gl"><b>YW1</b> exploitation youth worker, Bridgeway Missing Service</p>'
'<p class="gl"><b>ED1</b> emergency department nurse, St Aldric&rsquo;s Hospital</p><p class="gl"><b>Adult M</b> a man aged 24 later charged with offences against Child R</p>'), notes=""))

MAIN.append(dict(label="iii", kind="front", html=band("Foreword by the Independent Scrutineer") + cols(
'<p>This review tells the story of a girl who was harmed by adults who set out to exploit her, and of a system that saw the signs one at a time but did not put them together. Child R was fifteen. She went missing repeatedly, she had a new phone and new clothes she could not explain, and she was found in the early hours of the morning in cars and flats with men much older than her.</p>'
'<p>I want to thank Child R&rsquo;s mother, who met the reviewer twice and spoke with great honesty about what she asked for and what she received. Her words appear throughout this report. I also thank the 23 practitioners and managers who attended the learning event and spoke openly about their own practice.</p>'
'<p>The partnership accepts all six recommendations. Our response will be monitored by the Harlowe Vale Safeguarding Children Partnership Executive, and progress will be reported publicly in the partnership&rsquo;s annual report.</p>'
'<p class="sig">Daniel Ferreira-Holt<br>Independent Scrutineer, Harlowe Vale Safeguarding Children Partnership<br>March 2025</p>'), notes=""))

# ---- body ----
MAIN.append(dict(label="1", kind="body", html=band("1. Introduction and why this case was reviewed") + cols(
P("1.1", f"This Child Safeguarding Practice Review concerns Child R, a white British girl who was fifteen years old when she was found seriously injured in the stairwell of Kestrel House, a residential block on the Fenwick estate, in the early hours of 27 July 2024. At hospital she disclosed that she had been sexually assaulted by several adult men.{fn(1)}"),
P("1.2", "The partnership notified the Child Safeguarding Practice Review Panel of the serious incident on 30 July 2024. A rapid review meeting was held on 8 August 2024 and concluded that the case met the criteria for a local review, because it raised questions about how agencies recognise and respond to the sexual exploitation of adolescents."),
P("1.3", "Adult M, a man aged 24, was arrested on 28 July 2024. Criminal proceedings were continuing when this report was completed, and the review has been careful not to make findings of fact about the offences themselves."),
) + band("2. Terms of reference and methodology") + cols(
P("2.1", "The review covers the period from 1 September 2023, when Child R started Year 11 at Harrowdene Academy, to 27 July 2024. Information from before that period has been included where it helps to explain later events."),
P("2.2", "The partnership appointed Marguerite Okonkwo-Lane as the independent reviewer in September 2024. She is a former head of service for children&rsquo;s social care and has no connection with any Harlowe Vale agency. A review panel of senior managers from eight agencies met five times between September 2024 and February 2025."),
P("2.3", "Agencies provided chronologies and short reflective reports. The reviewer held a learning event on 14 November 2024 which was attended by 23 practitioners and managers, and met Child R&rsquo;s mother on two occasions. Child R did not wish to meet the reviewer, but she wrote a short letter which the reviewer has quoted with her permission."),
P("2.4", f"The review was asked to consider four questions: how well agencies identified the risk of exploitation; whether missing episodes were used as a source of information; how the MACE arrangements worked for Child R; and whether the voice of Child R and her mother influenced decisions.{fn(2)}"),
), notes=f'<p>{fn(1)} Child sexual exploitation is used here as defined in the statutory guidance <i>Child sexual exploitation: definition and guide for practitioners</i> (2017).</p><p>{fn(2)} The full terms of reference are held by the partnership business unit and are available on request.</p>'))

MAIN.append(dict(label="2", kind="body", html=band("3. Child R and her family") + cols(
P("3.1", "Child R lived with her mother, Ms R, and her younger brother, who was nine, in a two-bedroom flat in the north of the borough. Her father lived in Kent and had irregular contact. Ms R worked evening shifts as a care assistant at a nursing home, which meant Child R was often at home without an adult between 5pm and 11pm."),
P("3.2", "Teachers describe Child R as bright, funny and good at art; she hoped to study graphic design at college. Her attendance in Year 10 was 94 per cent. In the autumn term of Year 11 it fell to 81 per cent, and by the spring term it was 58 per cent."),
P("3.3", "Child R was known to children&rsquo;s social care before the review period. In 2021 there had been a single assessment after a referral about domestic abuse between her parents, which closed with no further action once her father had moved out."),
QUOTE,
P("3.4", "Ms R told the reviewer that from about November 2023 her daughter became secretive, stayed out late and came home with expensive trainers and a second mobile phone. Ms R said she rang the school and the police non-emergency number &ldquo;more times than I can count&rdquo; and felt she was treated as a mother who could not control her child, rather than as a parent asking for help to protect her."),
P("3.5", "Child R&rsquo;s letter to the reviewer says that at the time she believed Adult M was her boyfriend and that the other men were his friends. She wrote that she did not tell professionals what was happening because &ldquo;they only ever asked if I was okay, and I always said yes&rdquo;. She also wrote that the one adult she trusted was YW1, who &ldquo;actually remembered things I told her&rdquo;."),
P("3.6", "The reviewer has heard that Child R first met Adult M in October 2023 through an older girl at a local chicken shop where young people gathered after school. He bought her food and phone credit, and later gave her the second phone, which he used to contact her and to arrange where she should go. This pattern of gifts, attention and control is typical of the grooming described in the national guidance, and several of the signs were visible to professionals in the months that followed, although no single agency saw all of them together."),
), notes=""))

MAIN.append(dict(label="3", kind="body", html=band("4. Key episodes in practice") + cols(
P("4.1", "This section sets out the key episodes in the order they happened. It is not a complete chronology; the review panel selected the episodes that most clearly show how the system responded to Child R."),
'<h3>The first missing episode, January 2024</h3>',
P("4.2", "On 12 January 2024 Ms R rang the police at 23.15 hrs to report that Child R had not come home from a youth club. Child R was found by officers at 03.40 hrs the next morning at a flat on Castlemere Road, where two adult men were present. She was taken home. The police record describes her as &ldquo;tired but safe&rdquo; and the occupants of the flat were not identified."),
P("4.3", f"A return home interview should be offered within 72 hours of a child returning.{fn(3)} The referral to Bridgeway Missing Service was sent on 15 January 2024 and YW1 completed the interview on 19 January 2024, six days after Child R came home. Child R told YW1 she had been &ldquo;at a mate&rsquo;s cousin&rsquo;s&rdquo;. YW1 recorded concerns about the age of the men and sent her report to the MASH, but it was filed as information on the family record and nobody read it alongside the police report."),
'<h3>The school&rsquo;s referral, February 2024</h3>',
P("4.4", "On 2 February 2024 the designated safeguarding lead at Harrowdene Academy, DSL1, contacted the MASH at 10.05 hrs. DSL1 reported that Child R had told a friend about an older boyfriend who &ldquo;drives a black Audi&rdquo;, that she had been seen getting into cars at the school gate, and that she had a second phone. The MASH decision, made on 6 February 2024, was to signpost the family to early help. No strategy discussion was held and the return home interview was not seen by the MASH social worker who made the decision."),
P("4.5", "The early help offer was a letter to Ms R inviting her to contact the Family Hub. Ms R says she did not receive it. The Family Hub closed the request on 4 March 2024 after no contact was made. In the view of the reviewer, a letter was not a proportionate response to a school reporting signs of sexual exploitation, and the closure should have been discussed with DSL1 before it happened rather than notified afterwards."),
'<h3>Tollgate Lane, March 2024</h3>',
P("4.6", "Child R was reported missing for the second time on 13 March 2024. At 01.20 hrs on 14 March 2024 police stopped a car in Tollgate Lane for a defective light. Child R was in the back seat. The driver was Adult M, then aged 24, and a second adult man was in the front passenger seat. PC1 checked the missing persons record, spoke to Child R, and drove her home at 02.05 hrs."),
), notes=f'<p>{fn(3)} Statutory guidance on children who run away or go missing from home or care (2014) says that a return home interview should be carried out within 72 hours of the child&rsquo;s return.</p>'))

MAIN.append(dict(label="4", kind="body", html=cols(
C("PC1 recorded Child R as &ldquo;with friends, willing&rdquo; and did not complete an exploitation screening or pass the names of the two men to the exploitation team. When asked about this at the learning event, officers said that night-shift staff were not confident in using the screening tool, which had been introduced in November 2023, and that a child who said she was there by choice was often not seen as a victim."),
P("4.7", "The police made a referral to the MASH later that day, and a strategy discussion was held by telephone on 21 March 2024 at 14.30 hrs. Only the police and children&rsquo;s social care took part; the school, the Bridgeway Missing Service and the school nurse were not invited. The discussion agreed a child and family assessment rather than enquiries under section 47 of the Children Act 1989. SW1 was allocated the next day."),
SIDEBAR,
P("4.8", f"SW1 visited Child R at home on 27 March 2024 and again on 3 April 2024. On 9 April 2024 SW1 completed the partnership&rsquo;s exploitation screening tool with Child R, which gave a score of &ldquo;medium risk&rdquo;.{fn(4)} SW1 told the review that she had scored several items as &ldquo;unknown&rdquo; because Child R would not answer, and that the tool did not allow an &ldquo;unknown&rdquo; answer to count towards the score."),
'<h3>The MACE meeting, April 2024</h3>',
P("4.9", "Child R was discussed at the MACE meeting for the first time on 26 April 2024. The meeting, chaired by the detective inspector for exploitation, identified Adult M as a person of concern and agreed three actions: that a Child Abduction Warning Notice should be served on Adult M; that the school would share attendance data weekly; and that Child R would be offered a specialist CSE worker. The CAWN was not served until 4 July 2024, ten weeks after it was agreed. The police told the review that the officer responsible had moved to another team and the action was not reassigned."),
P("4.10", "The offer of a specialist CSE worker was made through a waiting list at Bridgeway, which had a wait of around eight weeks in the spring of 2024. Child R was still on the list at the time of the incident."),
), notes=f'<p>{fn(4)} The Harlowe Vale exploitation screening tool has four bands: low, medium, significant and high. A score in the &ldquo;significant&rdquo; band leads to an automatic MACE referral.</p>'))

MAIN.append(dict(label="5", kind="body", html=cols(
'<h3>A change of social worker, May 2024</h3>',
P("4.11", "SW1 left the authority on 3 May 2024. Because of vacancies in the Adolescent Support Team, the case was held by the team manager, TM1, until SW2 was allocated on 28 May 2024. For those three and a half weeks no one visited Child R. During that time she was reported missing on two further occasions, on 11 May and 19 May 2024."),
P("4.12", f"SW2 visited Child R for the first time on 5 June 2024. SW2 told the review she had inherited an assessment that was overdue and had &ldquo;very little sense of who the men were&rdquo;. SW2 arranged a second strategy discussion for 18 June 2024, and this time the school, Bridgeway and the school nurse attended.{fn(5)} The meeting decided that the threshold for section 47 enquiries was met, but the child protection conference had not taken place by 27 July 2024."),
'<h3>Seven missing episodes</h3>',
P("4.13", "Between 12 January and 27 July 2024 Child R was reported missing seven times. She was found at addresses linked to Adult M on at least four of these occasions. Only three return home interviews were completed, and only one of them, by YW1, was within the 72 hours set by the guidance. The review found no evidence that the information from the interviews was mapped alongside the police intelligence about the addresses and the men who used them."),
), notes=f'<p>{fn(5)} The records of the meeting on 18 June 2024 were completed by SW2 and circulated on 24 June 2024.</p>') )

MAIN.append(dict(label="6", kind="body", html=band("4. Key episodes in practice (continued)") + TABLE + cols(
'<h3>The incident, July 2024</h3>',
P("4.14", "At 03.52 hrs on 27 July 2024 a member of the public called an ambulance after finding Child R in the stairwell of Kestrel House. She was drowsy, had a cut to her head and bruising to her arms. She arrived at St Aldric&rsquo;s Hospital emergency department at 04.10 hrs. ED1, the triage nurse, recognised the risk of sexual exploitation from the circumstances and the safeguarding flag on her record, and made an urgent referral to the emergency duty team at 04.45 hrs."),
P("4.15", "ED1 stayed with Child R until her mother arrived and supported her through the first account she gave to police. The review commends ED1&rsquo;s practice, which was calm, curious and child-centred, and which meant that forensic evidence was secured early. Child R was admitted to the adolescent ward for two nights and discharged on 29 July 2024 to the care of her mother, with a safety plan agreed by the emergency duty team."),
), notes=""))

MAIN.append(dict(label="7", kind="body", html=band("5. Analysis") + cols(
P("5.1", "The review has been asked whether agencies identified the risk of exploitation. The honest answer is that each agency identified part of it. The police knew about the men and the addresses; Bridgeway knew about the men&rsquo;s ages from the return home interview; the school knew about the car, the boyfriend and the second phone; and Ms R knew about the gifts and the late nights. There was no point before the MACE meeting in April 2024 at which all of that information was put in one place."),
P("5.2", "The MASH decision of 6 February 2024 is the clearest missed opportunity. The school&rsquo;s referral described at least four recognised indicators of CSE. Managers told the review that the MASH received 412 contacts in the week of 5 February 2024, against an average of 290, and that staff were working through a backlog. That context is important, but the decision was made without looking at the return home interview or the police record of 12 January, both of which were on the system."),
P("5.3", f"The language used to describe Child R matters. Police and MASH records describe her as &ldquo;willing&rdquo;, &ldquo;putting herself at risk&rdquo; and &ldquo;choosing to go missing&rdquo;. A child cannot consent to her own exploitation,{fn(6)} and language like this places responsibility on the child rather than on the adults who harmed her. The review heard from practitioners that such phrases are still common in Harlowe Vale, especially in out-of-hours records."),
P("5.4", "The strategy discussion of 21 March 2024 should have included the school and Bridgeway. A telephone discussion between two agencies is not a strategy discussion in the sense intended by the statutory guidance, which expects all agencies with relevant information to contribute. Had DSL1 and YW1 been present, the picture of grooming would have been hard to miss, and it is likely that section 47 enquiries would have begun three months earlier than they did."),
P("5.5", "The MACE arrangements worked as designed in one respect: the meeting on 26 April 2024 correctly identified Adult M. But MACE had no system for tracking its actions between meetings. The action log reviewed by the reviewer had 61 open actions for 19 children, and the CAWN for Adult M was marked &ldquo;in progress&rdquo; at three consecutive monthly meetings without anyone asking why it had not been served. A disruption tool that is not used quickly does not disrupt."),
P("5.6", "The gap in allocation in May 2024 coincided with two missing episodes. The review understands the pressures on the Adolescent Support Team, which had a vacancy rate of 38 per cent in the spring of 2024. However, when a case is held by a manager there must be a plan for who will visit and who will respond to missing episodes; in this case there was none, and the"),
), notes=f'<p>{fn(6)} A child under 16 cannot consent to sexual activity in law, and a child of any age cannot consent to being exploited.</p>'))

MAIN.append(dict(label="8", kind="body", html=cols(
C("return home interviews for both episodes in May were offered late, by telephone, and were declined. Child R later wrote that she thought nobody noticed she had gone."),
P("5.7", "The voice of Ms R was heard but not acted on. She contacted agencies at least eleven times between November 2023 and March 2024. The reviewer has seen nothing to show that any of these contacts led to a conversation with Ms R about exploitation, or to advice about how she could keep her daughter safe. The review considers that Ms R should have been seen as a protective parent and a partner in safety planning."),
P("5.8", "Child R&rsquo;s own voice is strongest in the work of YW1 and ED1. Both asked open questions, wrote down what Child R said in her own words, and came back to her. That practice shows what is possible when the practitioner has time and a relationship, and it should be the standard that the partnership expects."),
) + band("6. Findings") + cols(
P("6.1", "<b>Finding 1.</b> Information about exploitation was held by four agencies but not brought together until the MACE meeting in April 2024, three months after the first missing episode."),
P("6.2", "<b>Finding 2.</b> Return home interviews were late and their content was not used in decision-making; the MASH did not routinely check them before deciding on contacts about missing children."),
P("6.3", "<b>Finding 3.</b> Strategy discussions about exploitation were held between police and children&rsquo;s social care only, and decisions not to start section 47 enquiries were not reviewed when new risks emerged."),
P("6.4", "<b>Finding 4.</b> MACE actions, including the Child Abduction Warning Notice for Adult M, were not tracked between meetings, so delays were not escalated."),
), notes=""))

MAIN.append(dict(label="9", kind="body", html=band("7. Recommendations") + cols(
P("7.1", "The review makes six recommendations to the Harlowe Vale Safeguarding Children Partnership. The partnership should ask agencies to report progress within six months of publication."),
P("7.2", "<b>Recommendation 1.</b> The MASH should check for a return home interview and police missing records before deciding any contact about a child who has been missing."),
P("7.3", "<b>Recommendation 2.</b> Bridgeway Missing Service and children&rsquo;s social care should agree how return home interviews will be offered within 72 hours, and report the proportion completed in time to the partnership every quarter."),
P("7.4", "<b>Recommendation 3.</b> Strategy discussions about a child at risk of exploitation should include education, health and the missing service, and should not be held between two agencies alone."),
P("7.5", "<b>Recommendation 4.</b> The MACE chair should introduce an action tracker, with any action open for more than four weeks escalated to the detective superintendent for public protection."),
P("7.6", "<b>Recommendation 5.</b> The partnership should run a campaign on the language used about exploited children, starting with police out-of-hours teams and the MASH, and audit records after twelve months."),
P("7.7", "<b>Recommendation 6.</b> Agencies should treat parents who report concerns about exploitation as partners in safety planning, and the partnership should publish guidance for parents by September 2025."),
'<p class="end">The partnership&rsquo;s response to these recommendations is published alongside this report. Enquiries: Harlowe Vale Safeguarding Children Partnership business unit.</p>',
), notes=""))

# ---- companion briefing ----
BRIEF_RUN = "FICTIONAL &mdash; Harlowe Vale Safeguarding Children Partnership &middot; Practice briefing"
BRIEF = []
BRIEF.append(dict(label="1", kind="brief", html='''
<div class="bhead"><div class="borg">Harlowe Vale Safeguarding Children Partnership</div>
<h1>Practice briefing: learning from the review about Child R</h1>
<p class="bsub">For all practitioners and managers working with adolescents &middot; Issued April 2025</p></div>''' +
band("What happened") +
'<p class="bp">Child R was a fifteen-year-old girl who lived with her mother and younger brother in Harlowe Vale. In the early hours of 27 July 2024 she was found injured in the stairwell of a block of flats and taken to hospital, where she told staff that she had been sexually assaulted by a number of adult men. A man aged 24, referred to in the review as Adult M, was arrested the next day.</p>'
'<p class="bp">Over the previous six months Child R had gone missing from home eight times. She had a second phone and new clothes and trainers, her school attendance had dropped sharply, and she was seen getting into cars with older men. Her mother contacted agencies repeatedly for help.</p>' +
band("About the review") +
'<p class="bp">The partnership told the national panel about the incident on 30 July 2024 and held a rapid review on 7 August 2024. The independent reviewer, Marguerite Okonkwo-Lane, spoke with practitioners at a learning event and met Child R&rsquo;s mother twice. The full report was published on 18 March 2025 and makes six recommendations, all of which the partnership has accepted.</p>'
'<p class="bp">This briefing is a summary. It should be read with the full report, which includes the chronology, the analysis and the partnership&rsquo;s response.</p>', notes=""))

BRIEF.append(dict(label="2", kind="brief", html=band("What we learned") +
'<ul class="bl"><li><b>Put the pieces together.</b> Police, the school, the missing service and Child R&rsquo;s mother each held part of the picture. Nobody put it all in one place until the MACE meeting at the end of April.</li>'
'<li><b>Return home interviews are information, not paperwork.</b> The first interview happened six days after Child R came home and the report was filed without being read.</li>'
'<li><b>A phone call between two agencies is not a strategy discussion.</b> The first discussion, in March 2024, left out the school and the missing service.</li>'
'<li><b>Disruption must be quick.</b> The warning notice against Adult M took more than two months to serve because the action was not tracked.</li>'
'<li><b>Words matter.</b> Records called Child R &ldquo;willing&rdquo; and said she was &ldquo;choosing to go missing&rdquo;. Children cannot consent to their own exploitation.</li>'
'<li><b>Parents are partners.</b> Child R&rsquo;s mother asked for help at least eleven times and was treated as the problem rather than as a protective parent.</li></ul>' +
band("Questions for your team") +
'<ol class="bq"><li>When a child goes missing, who in your service reads the return home interview, and what do they do with it?</li>'
'<li>Who do you invite to a strategy discussion about exploitation, and who is usually missing?</li>'
'<li>Look at the last three records you wrote about an adolescent. Would you be happy for the young person to read the words you used?</li></ol>', notes=""))

BRIEF.append(dict(label="3", kind="brief", html=band("What is changing") +
'<p class="bp">The MASH now checks for a return home interview before any decision about a missing child. From 1 May 2025 the MACE meeting uses an action tracker, and any action open for more than four weeks goes to the detective superintendent. The partnership&rsquo;s new guidance for parents, <i>Worried About Your Child?</i>, will be published in the autumn.</p>'
'<p class="bp">A half-day training course, &ldquo;Seeing the whole child: exploitation and missing&rdquo;, runs monthly from June 2025 and is free to all partner agencies. Managers are asked to discuss this briefing at a team meeting by 30 June 2025 and to record that they have done so.</p>' +
band("Find out more") +
'<p class="bp">The full report and the partnership response are on the partnership website. For questions about this briefing, contact Priya Chandrasekar, Learning and Development Officer, at the partnership business unit, telephone 020 7946 0381.</p>'
'<p class="bp fic">This briefing is FICTIONAL. Harlowe Vale, its partnership, Child R and every person and agency named are invented for testing.</p>', notes=""))
