"""Text of the FICTIONAL Hartsmoor 'Child E' review and its executive summary (HTML fragments).

Every person, place, agency and event here is invented.
"""

TITLE = "Local Child Safeguarding Practice Review: Child E"

COVER = """
<div class="cover">
<p class="cv-fic">FICTIONAL PRACTICE DOCUMENT &#8212; NOT A REAL CASE</p>
<p class="cv-org">Hartsmoor Children&#8217;s Safeguarding Partnership</p>
<h1 class="cv-title">Local Child Safeguarding Practice Review</h1>
<p class="cv-sub">Child E</p>
<p class="cv-sub2">&#8220;Nobody ever put her on the scales&#8221;</p>
<p class="cv-meta">Independent reviewer: Dr Alison Threlkeld<br/>
Review period: 1 August 2022 to 14 February 2024<br/>
Report agreed by the Partnership: 18 October 2024<br/>
Published: November 2024</p>
<p class="cv-note">This report is written in two columns. Staff are anonymised by role codes
(for example SW2, HV1, PC1, GP1). Family members are described by initials or by their
relationship to Child E.</p>
</div>
"""

# Sections for the contents page: (id, number, title)
SECTIONS = [
    ("s1", "1", "Introduction"),
    ("s2", "2", "Terms of reference and method"),
    ("s3", "3", "Child E and her family"),
    ("s4", "4", "Agency involvement"),
    ("s5", "5", "Chronology of key episodes"),
    ("s6", "6", "Analysis of key episodes"),
    ("s7", "7", "Themes"),
    ("s8", "8", "Good practice"),
    ("s9", "9", "Findings"),
    ("s10", "10", "Recommendations"),
    ("s11", "11", "Action already taken"),
    ("aA", "A", "Appendix A: Missed health appointments"),
    ("aB", "B", "Appendix B: Role codes used in this report"),
]

PART1 = """
<h2 id="s1">1. Introduction</h2>
<p class="np">1.1 This review concerns Child E, a girl who was two years and eleven months old when she was
admitted to Hartsmoor Royal Infirmary on 14 February 2024. Her mother&#8217;s partner, Mr T, rang for an
ambulance at 07.52 hrs that morning and said that Child E had &#8220;stepped into the bath&#8221; while it was
running. The ambulance crew arrived at 08.06 hrs and found a partial-thickness scald to her left foot and
lower leg.</p>
<p class="np">1.2 <b>Weight on admission.</b> In the emergency department Child E weighed 9.1 kg, which placed
her below the 0.4th centile for her age<sup id="fr1">1</sup>. The consultant paediatrician, PAED1, recorded that
she was &#8220;profoundly underweight, withdrawn and with no expectation of comfort&#8221;. PAED1 told the
police of her concerns at 10.35 hrs. The last time any professional had weighed Child E was at her
one-year review in Westerdale Ashby on 15 March 2022, when she weighed 8.2 kg.</p>
<p class="np">1.3 Child E stayed in hospital for 23 days and was discharged to foster care on 8 March 2024. Her
half-brother, referred to in this report as Sibling 1, was seven years old at the time and went to live with
his maternal grandmother. Ms K and Mr T were arrested on 15 February 2024. Criminal proceedings have not
concluded, and this report does not comment on the question of criminal responsibility.</p>
<p class="np">1.4 Hartsmoor Children&#8217;s Safeguarding Partnership notified the Child Safeguarding Practice Review
Panel of the serious incident on 16 February 2024, and a rapid review<sup id="fr2">2</sup> was held on
22 February 2024. The rapid review concluded that the case met the criteria for a local child safeguarding
practice review, and the national Panel agreed with that view on 11 March 2024.</p>
<p class="np">1.5 The Partnership appointed Dr Alison Threlkeld as independent reviewer. She has no connection with
any of the agencies in Hartsmoor. The review panel, chaired by the Partnership&#8217;s independent scrutineer,
Mr Gareth Lunn, met six times between April and September 2024.</p>

<h2 id="s2">2. Terms of reference and method</h2>
<p class="np">2.1 The review looked at the period from 1 August 2022, shortly before the family moved to Hartsmoor,
to 14 February 2024. Agencies were also asked to provide any earlier information that they held about
Ms K, Mr T and the children.</p>
<p class="np">2.2 <b>Key lines of enquiry.</b> The terms of reference asked the review to consider: how well
information moved between Westerdale Ashby and Hartsmoor when the family arrived; how professionals
recognised and responded to signs of neglect and faltering growth; how missed health appointments were
followed up; how the referral of 2 November 2023 was screened and assessed; how the step-down to Early Help
in December 2023 was managed; and what was known about the adults in the household.</p>
<p class="np">2.3 Eight agencies provided chronologies and short reports: Hartsmoor Children&#8217;s Services;
Hartsmoor Community Health NHS Trust (health visiting); Fellbrook Medical Practice; Hartsmoor Royal
Infirmary; Hartsmoor Constabulary; Brackenside Nursery; Hartsmoor Homes; and Westerdale Ashby Council
children&#8217;s services.</p>
<p class="np">2.4 A practitioner learning event was held on 12 June 2024 and was attended by 21 practitioners and
first-line managers. The reviewer also held individual conversations with SW2, HV2, NM1 and EHW1, and
with the team manager, TM1.</p>
<p class="np">2.5 <b>Family involvement.</b> The reviewer wrote to Ms K and to Mr T, through their solicitors, in
May 2024. Ms K met the reviewer once, on 24 July 2024, with her solicitor present. Mr T declined to take
part. Child E&#8217;s father, Mr D, lives in Westerdale Ashby and had had no contact with her since 2022; he
spoke to the reviewer by telephone. Sibling 1 was seen with his grandmother, and what he said is recorded
in the box in section 3.</p>
<p class="np">2.6 The review follows the approach in the national statutory guidance<sup id="fr3">3</sup>. It aims to
understand why practice unfolded as it did, not to attribute blame to individual practitioners.</p>

<h2 id="s3">3. Child E and her family</h2>
<p class="np">3.1 Child E was born on 9 March 2021 in Westerdale Ashby, after a full-term pregnancy. Her birth
weight was 3.2 kg. Her early health reviews in Westerdale were completed and no concerns were recorded;
at her one-year review she was growing along the 25th centile.</p>
<p class="np">3.2 Ms K was 26 years old at the time of the incident. She had been known to Westerdale children&#8217;s
services as a teenager, when she was looked after for a short period. Mr T, who is not Child E&#8217;s father,
is 31. He and Ms K began their relationship in early 2022, and he moved to Hartsmoor with the family.</p>
<p class="np">3.3 In August 2022 the family moved to a two-bedroom flat on the Kilnside estate in Hartsmoor, rented
from Hartsmoor Homes. The flat was in poor repair. Hartsmoor Homes recorded four complaints of damp and one
report of a broken boiler, and its housing officer, HO1, visited twice.</p>
<p class="np">3.4 <b>Sibling 1.</b> Sibling 1 attended Kilnside Primary School throughout the review period. His
attendance was 94% and the school had no safeguarding concerns about him. The school did not know that
he had a younger sister at home who was not attending nursery.</p>
<p class="np">3.5 Child E&#8217;s foster carers describe her now as a child who &#8220;eats everything and then checks
the table for more&#8221;. By the end of June 2024 she had gained 2.3 kg. Her speech is delayed, and she is
receiving help from a speech and language therapist.</p>

<div class="voice" id="voicebox">
<p class="voice-h">The voice of the child</p>
<p>Child E was too young to tell professionals about her life, and no professional spoke with Sibling 1
about home until after she was admitted to hospital.</p>
<p>When he was seen with his grandmother in May 2024, Sibling 1 said that his sister &#8220;had her breakfast
at nursery&#8221;, and that at home &#8220;the big cupboard had a lock on it&#8221;. He said that E &#8220;cried
at night for toast&#8221;.</p>
<p>He told the reviewer that he would like teachers to &#8220;ask about the little ones too&#8221;.</p>
</div>

<h2 id="s4">4. Agency involvement</h2>
<p class="np">4.1 <b>Health visiting.</b> When the family moved, the Westerdale health visiting service sent Child
E&#8217;s records to Hartsmoor Community Health NHS Trust. The records arrived on 19 September 2022, seven
weeks after the move. The first health visitor in Hartsmoor, HV1, made a transfer-in visit on 12 October
2022. HV1 left the service in June 2023, and the family were allocated to HV2 in July 2023.</p>
<p class="np">4.2 Across the review period Child E missed eleven health appointments: seven with the health
visiting service, three at Fellbrook Medical Practice, and one with the community dental service. Each was
recorded by the service concerned; none of the services knew the total.</p>
<p class="np">4.3 <b>General practice.</b> Child E was registered with Fellbrook Medical Practice on 3 November 2022.
She was seen twice by GP1, once for a chest infection in April 2023 and once for a cough on 5 October 2023.
At the second appointment GP1 wrote that she was &#8220;small for age, mum says always been small&#8221;. No
weight was recorded at either appointment.</p>
<p class="np">4.4 <b>Police.</b> Hartsmoor Constabulary attended one domestic incident at the flat, on 24 January
2023. PC1 assessed the risk as standard<sup id="fr4">4</sup> and submitted a notification to the Multi-Agency
Safeguarding Hub (MASH). It was screened as &#8220;information only&#8221; and no agency contacted the family about
it.</p>
<p class="np">4.5 <b>Brackenside Nursery.</b> Child E started a funded place of 15 hours a week at Brackenside
Nursery on 10 April 2023. Her key person was KP1, and the nursery manager was NM1. The nursery made an Early
Help referral on 27 June 2023 and a referral to the MASH on 2 November 2023. Child E last attended on
4 December 2023.</p>
<p class="np">4.6 <b>Children&#8217;s Services.</b> Children&#8217;s Services were involved twice: through Early Help,
when EHW1 completed an Early Help assessment between 11 July and 22 August 2023, and through the child and
family assessment of November and December 2023. That assessment was allocated to SW2 on 6 November 2023
and closed on 13 December 2023 with a step-down to Early Help.</p>
<p class="np">4.7 <b>Hartsmoor Homes.</b> HO1 visited the flat on 14 March 2023 and on 30 October 2023 about repairs.
On the second visit HO1 noted that &#8220;the little girl looked pale and very thin&#8221;, but did not pass this on,
because HO1 did not know who to tell.</p>
"""

CHRON = """
<h2 id="s5">5. Chronology of key episodes</h2>
<p class="np1">5.1 The table below sets out the key episodes in date order. It is drawn from the agencies&#8217;
chronologies, and the dates and times are written as each agency recorded them. The episodes in bold are
examined in section 6.</p>
<table class="chron">
<tr class="hd"><td class="c1">Date</td><td class="c2">Time</td><td class="c3">Agency</td><td class="c4">Episode</td></tr>
<tr><td>02/08/2022</td><td>&#8211;</td><td>Hartsmoor Homes</td><td>Family move from Westerdale Ashby into a two-bedroom flat on the Kilnside estate. Tenancy in the names of Ms K and Mr T.</td></tr>
<tr><td>19/09/2022</td><td>&#8211;</td><td>Health visiting</td><td>Westerdale health visiting records received. One-year review (15/03/2022) recorded weight 8.2 kg, 25th centile; no concerns.</td></tr>
<tr><td><b>12 Oct 2022</b></td><td>10.30 hrs</td><td>Health visiting</td><td>HV1 transfer-in home visit. Ms K says E is &#8220;a fussy eater&#8221;. Weight not taken: HV1 had not brought scales. Follow-up visit planned for six weeks but not booked.</td></tr>
<tr><td>03.11.2022</td><td>&#8211;</td><td>Fellbrook MP</td><td>Child E and Sibling 1 registered with the practice. New-patient check for E booked and not attended (first missed GP appointment).</td></tr>
<tr><td><b>24/01/2023</b></td><td>23.15 hrs</td><td>Police</td><td>Neighbour reports shouting and a crash from the flat. PC1 arrives at 23.40 hrs; Mr T has left. Ms K has a reddened cheek and declines to make a statement. Children seen asleep. DASH risk: standard.</td></tr>
<tr><td>27/01/2023</td><td>&#8211;</td><td>MASH</td><td>Police notification screened as &#8220;information only&#8221;; copied to health visiting, not to the GP.</td></tr>
<tr><td>07/03/2023</td><td>&#8211;</td><td>Health visiting</td><td>Two-year review at Kilnside clinic: not brought. Second appointment on 21/03/2023 also not brought. Letter sent to Ms K.</td></tr>
<tr><td>10 Apr 2023</td><td>&#8211;</td><td>Nursery</td><td>E starts a funded place (15 hours a week) at Brackenside Nursery. KP1 is her key person.</td></tr>
<tr><td><b>19/06/2023</b></td><td>&#8211;</td><td>Nursery</td><td>KP1 records that E &#8220;eats very fast and asks for more, takes food from other plates&#8221;. NM1 speaks to Ms K, who says E &#8220;eats like a horse at home&#8221;.</td></tr>
<tr><td>27/06/2023</td><td>&#8211;</td><td>Nursery</td><td>Early Help referral by NM1 (concerns: hunger, tiredness, unwashed clothes).</td></tr>
<tr><td>11/07/2023</td><td>14.00 hrs</td><td>Early Help</td><td>EHW1 first home visit. Ms K agrees to an Early Help assessment.</td></tr>
<tr><td>22/08/2023</td><td>&#8211;</td><td>Early Help</td><td>Early Help assessment completed. Plan: food bank vouchers, a place on a parenting course, and a health visitor visit to weigh E.</td></tr>
<tr><td>Sept 2023</td><td>&#8211;</td><td>Nursery</td><td>E&#8217;s attendance falls to 41% of her funded sessions.</td></tr>
<tr><td>05.10.2023</td><td>09.10 hrs</td><td>Fellbrook MP</td><td>GP1 sees E for a cough. &#8220;Small for age.&#8221; No weight or height recorded.</td></tr>
<tr><td>17/10/2023</td><td>&#8211;</td><td>Health visiting</td><td>HV2 visit to weigh E, as agreed in the Early Help plan: no answer at the door.</td></tr>
<tr><td>30/10/2023</td><td>&#8211;</td><td>Hartsmoor Homes</td><td>HO1 repairs visit; notes E &#8220;pale and very thin&#8221;. Not shared.</td></tr>
<tr><td><b>02/11/2023</b></td><td>14.20 hrs</td><td>Nursery / MASH</td><td>NM1 telephones the MASH: bruise to E&#8217;s left ear, explained by Ms K as a fall from the sofa. SW1 screens the contact; no strategy discussion; decision to carry out a child and family assessment.</td></tr>
<tr><td>06/11/2023</td><td>&#8211;</td><td>Children&#8217;s Services</td><td>Assessment allocated to SW2.</td></tr>
<tr><td><b>09/11/2023</b></td><td>10.00 hrs</td><td>Children&#8217;s Services</td><td>SW2 makes an announced home visit. Mr T present throughout. Kitchen &#8220;well stocked&#8221;. E seen in the living room, dressed; not weighed; ear not examined.</td></tr>
<tr><td>04/12/2023</td><td>&#8211;</td><td>Nursery</td><td>Last day E attends nursery.</td></tr>
<tr><td><b>13/12/2023</b></td><td>&#8211;</td><td>Children&#8217;s Services</td><td>TM1 authorises closure of the assessment with step-down to Early Help. EHW1 is not told until 03/01/2024.</td></tr>
<tr><td>08/01/2024</td><td>11.30 hrs</td><td>Health visiting</td><td>HV2 unannounced visit: no answer. Card left. Not followed up.</td></tr>
<tr><td>29/01/2024</td><td>&#8211;</td><td>Nursery</td><td>Nursery writes to Ms K withdrawing E&#8217;s place after eight weeks of non-attendance; copy to EHW1.</td></tr>
<tr><td><b>14/02/2024</b></td><td>07.52 hrs</td><td>Ambulance / hospital</td><td>999 call by Mr T. Crew on scene 08.06 hrs; E arrives at the emergency department at 08.41 hrs. Scald; weight 9.1 kg. PAED1 informs police 10.35 hrs.</td></tr>
</table>
<p class="np1">5.2 The chronology shows thirteen separate occasions on which a professional either saw Child E or
tried to see her, and no occasion after March 2022 on which she was weighed.</p>
"""

PART2 = """
<h2 id="s6">6. Analysis of key episodes</h2>
<p class="np">6.1 <b>Episode 1: arrival in Hartsmoor.</b> The family arrived on 2 August 2022. Westerdale Ashby did
not send a transfer notification to Hartsmoor Children&#8217;s Services, because the family were not open to
them at the time. The health records took seven weeks to arrive. This is within the national expectation
for a routine transfer, but it meant that HV1&#8217;s visit on 12 October 2022 was the first contact with any
Hartsmoor professional.</p>
<p class="np">6.2 HV1 told the learning event that she had gone to the visit without scales because it was booked
as a &#8220;meet and greet&#8221; and that she planned to weigh Child E at the follow-up visit. That visit was
never booked. The health visiting service had, at the time, 1.6 vacant posts in the Kilnside team, and
transfer-in visits were being carried out by whoever was available.</p>
<p class="np">6.3 <b>Episode 2: the domestic incident of 24 January 2023.</b> The neighbour&#8217;s call was received at
23.15 hrs and PC1 arrived at 23.40 hrs. PC1 checked on both children, which is good practice, and recorded
that they were &#8220;asleep and appeared well&#8221;. The DASH checklist was completed with Ms K, who gave
answers suggesting a standard level of risk.</p>
<p class="np">6.4 The MASH screened the notification on 27 January 2023 as &#8220;information only&#8221;<sup id="fr5">5</sup>.
It was copied to the health visiting service but not to Fellbrook Medical Practice. No professional spoke to
Ms K about the incident, and the information was not available to EHW1 or to SW2 when they later
worked with the family. The review considers that a single incident can be a window into a household, and
that in this case the window was closed too quickly.</p>
<p class="np">6.5 <b>Episode 3: the nursery&#8217;s concerns about hunger.</b> The nursery noticed what no other agency
noticed: that Child E was hungry. KP1&#8217;s note of 19 June 2023 is detailed and specific. NM1 spoke to Ms K the
same day and then, eight days later, made an Early Help referral. The review regards this as good and timely
practice.</p>
<p class="np">6.6 The Early Help assessment, begun by EHW1 on 11 July 2023 and completed on 22 August 2023,
accepted the family&#8217;s explanation that money was short. The plan offered practical support, which Ms K
took up: she used food bank vouchers on three occasions. The plan also depended on the health visitor
weighing Child E. When HV2 could not get an answer on 17 October 2023, nobody returned to the plan to ask
whether the one measurement that mattered had ever been taken.</p>
<div class="pull">&#8220;Everyone could see she was small. Nobody had a number that said how small.&#8221;
<span class="pull-by">&#8212; a practitioner at the learning event</span></div>
<p class="np">6.7 <b>Episode 4: the referral of 2 November 2023.</b> NM1 telephoned the MASH at 14.20 hrs to report a
bruise on Child E&#8217;s left ear. The MASH social worker, SW1, looked at the records, saw the Early Help
involvement, and decided that a child and family assessment was needed. SW1 did not arrange a strategy
discussion or a child protection medical, because Ms K&#8217;s explanation of a fall was thought to be
consistent with the injury.</p>
<p class="np">6.8 The review does not agree with that view. An injury to the ear of a child of two and a half is not
a common accidental injury, and the Partnership&#8217;s procedure on bruising in non-mobile and young
children<sup id="fr6">6</sup> advises a discussion with a paediatrician. SW1 told the review that the MASH had
received 148 contacts that week and that the pressure to reach a decision quickly was &#8220;constant&#8221;.</p>
<p class="np">6.9 <b>Episode 5: the home visit of 9 November 2023.</b> SW2 visited at 10.00 hrs by appointment. Mr T
answered the door and stayed in the room throughout. SW2 saw that the kitchen was &#8220;well stocked&#8221; and that
Child E was dressed and sitting quietly on the sofa. SW2 did not ask to see the ear, did not see Child E&#8217;s
bedroom, and did not ask about the locked cupboard that Sibling 1 later described. The visit lasted 35
minutes.</p>
<p class="np">6.10 SW2 was a newly qualified social worker in her assessed first year in employment, with a caseload
of 19 children. She told the reviewer that she had not known about the police incident in January, and that
she did not think to ask the nursery how much Child E ate, because the referral was &#8220;about the ear&#8221;.</p>
<p class="np">6.11 <b>Episode 6: closure and step-down.</b> TM1 authorised the closure of the assessment on
13 December 2023. The closing summary recorded that there was &#8220;no evidence of significant harm&#8221; and that
Early Help would continue. The closing summary did not mention that Child E had stopped attending nursery on
4 December 2023. EHW1 was not told of the step-down until 3 January 2024, three weeks later.</p>
<p class="np">6.12 After the step-down, three attempts were made to see Child E: EHW1 telephoned Ms K twice in
January 2024, and HV2 made an unannounced visit on 8 January 2024 at 11.30 hrs. No one saw Child E between
4 December 2023 and the day of the incident, a period of ten weeks.</p>
<p class="np">6.13 <b>Episode 7: the incident.</b> The ambulance service and the emergency department responded
quickly and well. The crew noted that the bathroom was cold and that the bath was empty when they arrived.
PAED1 recognised at once that the scald was only part of the picture, measured and plotted Child E&#8217;s
growth, and informed the police at 10.35 hrs, before Child E had left the emergency department.</p>

<h2 id="s7">7. Themes</h2>
<p class="np">7.1 <b>Faltering growth without a measurement.</b> At least six professionals in four agencies
described Child E as small, thin, pale or a fussy eater. None of them weighed her. The review calls this
&#8220;seeing without measuring&#8221;: each professional noticed something and assumed that someone else, usually
the health visitor, held the numbers.</p>
<p class="np">7.2 <b>Was not brought.</b> The eleven missed health appointments were each handled as an administrative
matter by the service that offered them. The Partnership&#8217;s &#8220;Was Not Brought&#8221; guidance asks services to
treat repeated missed appointments of a young child as a possible sign of neglect, and to share that
concern. It was not applied in this case by any service.</p>
<p class="np">7.3 <b>The adults in the household.</b> Practitioners knew little about Mr T. He was not named on the
Early Help assessment and was described in SW2&#8217;s assessment only as &#8220;mum&#8217;s partner, works shifts&#8221;.
No agency checked whether he was known elsewhere. The review found that he had a caution for assault in
Westerdale Ashby in 2019.</p>
<p class="np">7.4 <b>Step-down and drift.</b> When a case steps down from statutory assessment, the family can
fall between two services. Here the gap lasted three weeks, over the Christmas period, at the same time as
Child E disappeared from nursery.</p>
<p class="np">7.5 <b>Workforce pressure.</b> Vacancies in health visiting, the volume of contacts in the MASH,
and the inexperience of the allocated social worker are context, not excuse. The review heard from every
practitioner it spoke to that they had cared about this family. The system did not help them to put what they
each knew together.</p>

<h2 id="s8">8. Good practice</h2>
<p class="np">8.1 The review wishes to recognise: the detailed observations of KP1 and the prompt Early Help
referral by NM1; PC1&#8217;s decision to check on both children on 24 January 2023; and the prompt recognition of
neglect by PAED1 and the emergency department team on 14 February 2024.</p>
<p class="np">8.2 Brackenside Nursery&#8217;s letter of 29 January 2024, which withdrew Child E&#8217;s place, was copied to
EHW1. Although it did not lead to action, the nursery was the only agency that told another agency that
Child E was no longer being seen.</p>

<h2 id="s9">9. Findings</h2>
<p class="np">9.1 <b>Finding 1.</b> There was no shared expectation in Hartsmoor that a young child about whom there are
concerns of neglect will be weighed and measured, and that the result will be shared.</p>
<p class="np">9.2 <b>Finding 2.</b> Missed appointments were counted by each service separately and not seen as a
pattern. No one knew that Child E had missed eleven appointments.</p>
<p class="np">9.3 <b>Finding 3.</b> The MASH screening of injuries to young children relied on the parent&#8217;s
explanation and did not follow the Partnership&#8217;s bruising procedure.</p>
<p class="np">9.4 <b>Finding 4.</b> Home visits were announced and short, and did not include seeing where the child
slept or what food was available to her.</p>
<p class="np">9.5 <b>Finding 5.</b> Men in the household were invisible to the assessments.</p>
<p class="np">9.6 <b>Finding 6.</b> Step-down arrangements allowed a gap in which no one held responsibility for
seeing the child.</p>

<h2 id="s10">10. Recommendations</h2>
<p class="np">10.1 <b>Recommendation 1.</b> Hartsmoor Community Health NHS Trust should make sure that every
health visitor contact with a child under five where there is any concern about feeding or growth includes a
weight and height plotted on the growth chart.</p>
<p class="np">10.2 <b>Recommendation 2.</b> The Partnership should revise its &#8220;Was Not Brought&#8221; guidance so that
three or more missed health appointments for a child under five in twelve months trigger a conversation
between the health visitor and the GP.</p>
<p class="np">10.3 <b>Recommendation 3.</b> Hartsmoor Children&#8217;s Services should audit MASH decisions about
injuries to children under three, and report the findings to the Partnership within six months.</p>
<p class="np">10.4 <b>Recommendation 4.</b> The Partnership should provide multi-agency training on
&#8220;seeing the whole home&#8221;, including unannounced visits and seeing the child&#8217;s bedroom and the food in the
home.</p>
<p class="np">10.5 <b>Recommendation 5.</b> All agencies should record the names and details of adults living in or
frequently visiting the household, and check them with the police where there are safeguarding
concerns.</p>
<p class="np">10.6 <b>Recommendation 6.</b> Hartsmoor Children&#8217;s Services should make sure that the Early Help
worker is told of a step-down on the day of the decision, and that a joint visit takes place within ten
working days.</p>
<p class="np">10.7 <b>Recommendation 7.</b> Hartsmoor Homes and other housing providers should be included in the
Partnership&#8217;s training, so that housing staff know how to raise a concern about a child.</p>
<p class="np">10.8 The Partnership agreed this report and accepted all seven recommendations on 18 October 2024.</p>

<h2 id="s11">11. Action already taken</h2>
<p class="np">11.1 Agencies did not wait for the report to be finished before acting. The review panel received
updates at each of its meetings, and the main actions are summarised here.</p>
<p class="np">11.2 <b>Health visiting.</b> In May 2024 Hartsmoor Community Health NHS Trust bought 14 sets of
portable scales, so that every health visitor in the Kilnside and Moorgate teams now carries scales on home
visits. The Trust has also filled the vacant posts in the Kilnside team.</p>
<p class="np">11.3 <b>The MASH.</b> Since July 2024 every contact about an injury to a child under three has been
discussed with a MASH consultant social worker before a decision is made. In the first two months, 37 such
contacts were discussed, and nine led to a strategy discussion.</p>
<p class="np">11.4 <b>Step-down.</b> Hartsmoor Children&#8217;s Services changed its case recording system in
August 2024 so that a step-down cannot be completed until the receiving Early Help worker has been named and
sent an automatic notification.</p>
<p class="np">11.5 <b>General practice.</b> Fellbrook Medical Practice has added an alert to the records of children
under five who have missed two or more appointments, and has shared the learning from this review with the
other practices in the Hartsmoor primary care network.</p>
<p class="np">11.6 The Partnership will publish an update on progress against the recommendations twelve months
after publication of this report.</p>
"""

APPX = """
<h2 id="aA">Appendix A: Missed health appointments</h2>
<p class="np1">The eleven health appointments that Child E was not brought to, as recorded by the services
concerned. No service knew of the appointments missed at the others.</p>
<table class="chron">
<tr class="hd"><td class="c1">No.</td><td class="c2">Date</td><td class="c3">Service</td><td class="c4">Appointment and what followed</td></tr>
<tr><td>1</td><td>03/11/2022</td><td>Fellbrook MP</td><td>New-patient check. Not re-booked.</td></tr>
<tr><td>2</td><td>07/03/2023</td><td>Health visiting</td><td>Two-year review, Kilnside clinic. Re-booked.</td></tr>
<tr><td>3</td><td>21/03/2023</td><td>Health visiting</td><td>Two-year review (second appointment). Letter to Ms K.</td></tr>
<tr><td>4</td><td>18/04/2023</td><td>Fellbrook MP</td><td>Review after chest infection. Not re-booked.</td></tr>
<tr><td>5</td><td>16/05/2023</td><td>Health visiting</td><td>Drop-in weigh clinic, invitation by text. No follow-up.</td></tr>
<tr><td>6</td><td>26/09/2023</td><td>Community dental</td><td>First dental check. Discharged after one missed appointment.</td></tr>
<tr><td>7</td><td>17/10/2023</td><td>Health visiting</td><td>Home visit to weigh (Early Help plan). No answer.</td></tr>
<tr><td>8</td><td>14/11/2023</td><td>Health visiting</td><td>Clinic appointment to weigh. Not brought.</td></tr>
<tr><td>9</td><td>05/12/2023</td><td>Fellbrook MP</td><td>Nasal flu vaccine. Text reminder sent.</td></tr>
<tr><td>10</td><td>12/12/2023</td><td>Health visiting</td><td>Clinic appointment to weigh. Not brought.</td></tr>
<tr><td>11</td><td>23/01/2024</td><td>Health visiting</td><td>Clinic appointment to weigh. Not brought; case to be discussed at supervision in February.</td></tr>
</table>

<h2 id="aB">Appendix B: Role codes used in this report</h2>
<table class="chron">
<tr class="hd"><td class="c1">Code</td><td class="c4">Role</td></tr>
<tr><td>EHW1</td><td>Early Help worker, Hartsmoor Children&#8217;s Services</td></tr>
<tr><td>GP1</td><td>General practitioner, Fellbrook Medical Practice</td></tr>
<tr><td>HO1</td><td>Housing officer, Hartsmoor Homes</td></tr>
<tr><td>HV1</td><td>Health visitor, Kilnside team, October 2022 to June 2023</td></tr>
<tr><td>HV2</td><td>Health visitor, Kilnside team, from July 2023</td></tr>
<tr><td>KP1</td><td>Key person, Brackenside Nursery</td></tr>
<tr><td>NM1</td><td>Nursery manager, Brackenside Nursery</td></tr>
<tr><td>PAED1</td><td>Consultant paediatrician, Hartsmoor Royal Infirmary</td></tr>
<tr><td>PC1</td><td>Police constable, Hartsmoor Constabulary</td></tr>
<tr><td>SW1</td><td>Social worker, Multi-Agency Safeguarding Hub (MASH)</td></tr>
<tr><td>SW2</td><td>Social worker, Assessment Team (allocated for the child and family assessment)</td></tr>
<tr><td>TM1</td><td>Team manager, Assessment Team</td></tr>
</table>
"""

FOOTNOTES = {
    "fr1": ("1", "UK-WHO growth charts. A child below the 0.4th centile weighs less than about 4 in every "
                 "1,000 children of the same age and sex."),
    "fr2": ("2", "A rapid review is a multi-agency meeting held within 15 working days of a serious incident "
                 "notification, to decide whether a local review is needed."),
    "fr3": ("3", "Working Together to Safeguard Children (national statutory guidance), chapter on child "
                 "safeguarding practice reviews."),
    "fr4": ("4", "The DASH (Domestic Abuse, Stalking and Harassment) checklist. PC1 recorded four "
                 "&#8220;yes&#8221; answers out of 24 questions."),
    "fr5": ("5", "An &#8220;information only&#8221; outcome means the notification is recorded and shared with "
                 "named agencies, but no agency is asked to contact the family."),
    "fr6": ("6", "Hartsmoor Children&#8217;s Safeguarding Partnership, Bruising in Babies and Young Children "
                 "procedure, issued in May 2021 and revised in April 2024."),
}

# ---------------------------------------------------------------- executive summary
EXEC = """
<p class="es-fic">FICTIONAL PRACTICE DOCUMENT &#8212; NOT A REAL CASE</p>
<p class="es-org">Hartsmoor Children&#8217;s Safeguarding Partnership</p>
<h1 class="es-title">Child E: Executive Summary</h1>
<p class="es-subt">Local Child Safeguarding Practice Review &#8212; summary for practitioners and the public</p>

<div class="keyf">
<p class="voice-h">Key facts at a glance</p>
<p>Child E: a girl, born in March 2021, aged two years and eleven months at the time of the incident.</p>
<p>Incident: Wednesday 14 February 2024, admission to Hartsmoor Royal Infirmary.</p>
<p>Review period: August 2022 to February 2024 (eighteen months).</p>
<p>Agencies involved: eight. Practitioners at the learning event: 21.</p>
<p>Recommendations: seven, all accepted.</p>
</div>

<h3>Why there was a review</h3>
<p class="es">ES1 In February 2024 a girl aged almost three, called Child E in this summary, was taken to Hartsmoor
Royal Infirmary with a scald to her foot. Doctors found that she was severely underweight: she weighed
9.1 kg, which is below the 0.4th centile. She is now cared for by foster carers and is gaining weight.</p>
<p class="es">ES2 The Partnership told the national Child Safeguarding Practice Review Panel about the incident on
16 February 2024. A rapid review meeting on 23 February 2024 decided that there should be a local review,
and Dr Alison Threlkeld was appointed as the independent reviewer.</p>
<p class="es">ES3 The review covered the eighteen months from August 2022, when the family moved to Hartsmoor
from Westerdale Ashby, until the day Child E was admitted to hospital.</p>

<h3>Child E and her family</h3>
<p class="es">ES4 Child E lived with her mother, Ms K, her mother&#8217;s partner, Mr T, and her half-brother,
Sibling 1, in a rented flat on the Kilnside estate. The family had moved to Hartsmoor in the summer of
2022. Child E&#8217;s father lived in Westerdale Ashby and did not see her.</p>
<p class="es">ES5 On the morning of the incident Mr T called for an ambulance shortly before eight o&#8217;clock.
The ambulance crew and hospital staff acted quickly, and the consultant paediatrician recognised that
Child E was suffering from neglect as well as from the scald.</p>
<p class="es">ES6 Sibling 1, who was seven, told the reviewer that his sister had eaten her breakfast at nursery
and that a cupboard at home was kept locked. He asked that teachers &#8220;ask about the little ones too&#8221;.
He now lives with his grandmother.</p>
<h3>What happened</h3>
<p class="es">ES7 Eight agencies knew the family. The nursery saw that Child E was often hungry and asked for Early
Help in June 2023. Early Help offered food bank vouchers and a parenting course. A health visitor was asked to
weigh Child E, but nobody was at home when she called.</p>
<p class="es">ES8 In November 2023 the nursery reported a bruise on Child E&#8217;s ear. A social worker visited the
home once, by appointment, and the case was closed in December 2023 and passed back to Early Help.
Child E stopped going to nursery at the start of December, and no professional saw her for the last ten
weeks before she went to hospital.</p>
<p class="es">ES9 Child E missed nine health appointments over the period of the review. Each service that
offered an appointment dealt with it separately, so no one saw the pattern.</p>

<p class="es">ES10 Between the nursery&#8217;s last sight of Child E at the start of December 2023 and the incident, a
health visitor called at the flat once, in January 2024, and the Early Help worker telephoned twice. No one
saw Child E.</p>
<h3>What the review learned</h3>
<p class="es">ES11 Many professionals noticed that Child E was small or thin, but none of them weighed her after
she arrived in Hartsmoor. The review calls this &#8220;seeing without measuring&#8221;.</p>
<p class="es">ES12 Information about a domestic incident in January 2023 was not shared with the GP, the Early Help
worker or the social worker.</p>
<p class="es">ES13 The mother&#8217;s partner was hardly known to the professionals working with the family. He had a
police caution from 2019 that no agency had checked.</p>
<p class="es">ES14 When the case moved from Children&#8217;s Services back to Early Help, three weeks passed before the
Early Help worker was told.</p>

<p class="es">ES15 The nursery&#8217;s concerns about hunger were detailed and were passed on promptly. The review
found that they were not given enough weight because nobody set them beside the other information held
by health, police and housing services.</p>
<h3>What will change</h3>
<p class="es">ES16 The review makes seven recommendations. The most important are that young children about whom
there are concerns of neglect are weighed and measured; that missed health appointments are counted across
services; and that home visits include seeing where the child sleeps and what food is in the home.</p>
<p class="es">ES17 The Partnership accepted all the recommendations. Its action plan will be checked by the
Partnership&#8217;s Learning and Improvement Group every three months, and the first progress report is due
in April 2025.</p>
<p class="es">ES18 A multi-agency audit of 40 cases of children under five open to Early Help began in
January 2025, led by the designated nurse for safeguarding.</p>
<p class="es">ES19 Ms K took part in the review. She told the reviewer that she had felt &#8220;too ashamed to ask
for help with food&#8221;. The Partnership thanks her, Sibling 1 and the practitioners who contributed.</p>
<h3>A message for practitioners</h3>
<p class="es">ES20 If you are worried that a young child is not growing, make sure that someone weighs and
measures the child, plots the result, and tells the other professionals involved. Ask who else lives in the
home. When a child stops coming to nursery or to appointments, treat that as information, not as an
absence of information.</p>
<p class="es">ES21 Briefings on this review will be delivered to all Partnership agencies between January and
March 2025. Managers are asked to discuss this summary in team meetings and to record that they have
done so.</p>
<p class="es">ES22 The full report is published on the Partnership&#8217;s website. Mr Gareth Lunn, independent
scrutineer, said: &#8220;Child E was seen by many people. We must make sure that next time someone takes the
measurement and acts on it.&#8221;</p>
"""
