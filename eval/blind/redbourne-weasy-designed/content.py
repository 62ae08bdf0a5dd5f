"""Text of the FICTIONAL Redbourne Vale 'Child K' corpus. Every person, place and agency is invented."""

REPORT_TITLE = "Child Safeguarding Practice Review: Child K"

# ---------------------------------------------------------------- front matter
FOREWORD = """
<p>This review concerns Child K, a little boy who was twenty-two months old when he was admitted to
hospital in January 2024 suffering from severe malnutrition, hypothermia and untreated skin infections.
He had been living with his mother and her partner in a first-floor flat in the Millgate area of
Redbourne. He is now recovering in the care of experienced foster carers, and we are glad to report
that he is walking, eating well and beginning to talk.</p>
<p>The partnership commissioned this Local Child Safeguarding Practice Review because the signs of
neglect were seen, in pieces, by several practitioners over many months, yet no single agency brought
them together. The review does not seek to blame individuals. It asks why the system made it hard for
good practitioners to see what was happening to a child who could not speak for himself.</p>
<p>We thank the practitioners who gave their time to the learning events, and Child K's maternal
grandmother, who met the reviewer twice and whose words appear in this report.</p>
<p class="sig">Councillor Rosalind Okafor-Grey, Chair, Redbourne Vale Safeguarding Children Partnership
Executive<br/>Dr Anselm Treharne, Independent Scrutineer</p>
"""

GLOSSARY = [
    ("CSPR / LCSPR", "Child Safeguarding Practice Review / Local Child Safeguarding Practice Review"),
    ("RVSCP", "Redbourne Vale Safeguarding Children Partnership"),
    ("Front Door", "Redbourne Vale Children's Front Door, the council's single point of contact for referrals"),
    ("HV1, HV2", "Health visitors, Redbourne Vale Community Health Trust"),
    ("SW1", "Social worker, Front Door triage team"),
    ("FSW1", "Family support worker, Early Help Service"),
    ("GP1", "General practitioner, Kilnbrook Surgery"),
    ("HO1", "Tenancy officer, Redbourne Vale Homes"),
    ("PC1", "Police officer, neighbourhood policing team"),
    ("WNB", "Was Not Brought: a child's missed health appointment, recorded as the child's, not the parent's"),
]

# ---------------------------------------------------------------- body sections
# each section: (number, title, span_heading, list of blocks)
# blocks: ("p", number, html) numbered paragraph; ("quote", text); ("box", title, html); ("table", key)
SECTIONS = [
 ("1", "Introduction and the incident", [
  ("p", "1.1", """On 9 January 2024 at 07.52 hrs Mr D, the partner of Child K's mother, telephoned 999
  to say that Child K was 'cold and floppy' and would not wake. Paramedics arrived at 08.04 hrs and found
  him in a cot with a soaked mattress and no bedding. He was taken to Redbourne General Hospital, where
  his core temperature was recorded as 34.2&deg;C."""),
  ("p", "1.2", """Child K was then twenty-two months old. He weighed 7.1 kg, below the 0.4th centile and
  less than he had weighed at his nine-month check. Doctors recorded severe malnutrition, untreated
  nappy dermatitis with secondary infection, and an untreated ear infection. He could not sit unaided
  and had no words.<span class="fn">The paediatric consultant described his presentation as 'the most
  severe non-organic faltering growth I have seen in fifteen years of practice'.</span>"""),
  ("p", "1.3", """Police attended the hospital at 08.30 hrs and Child K was made the subject of police
  protection that morning. An interim care order was granted on 16 January 2024, and he has lived with
  foster carers since his discharge from hospital on 2 February 2024."""),
  ("p", "1.4", """The partnership notified the Child Safeguarding Practice Review Panel on 12 January 2024.
  A rapid review was held on 19 January 2024 and concluded that the case met the criteria for a local
  review, because serious harm had occurred and abuse or neglect was known or suspected."""),
 ]),
 ("2", "Terms of reference and method", [
  ("p", "2.1", """The review covers the period from 1 March 2022, shortly before Child K's birth, to
  9 January 2024. Earlier information about Ms K's own childhood has been included where it helps to
  explain her needs as a parent."""),
  ("p", "2.2", """The review was led by an independent reviewer, Dr Helena Marwick, a former director of
  nursing with no previous connection to Redbourne Vale. She was supported by a review panel of seven
  senior managers drawn from the partner agencies, chaired by Mr Cedric Abernethy, the partnership's
  business manager."""),
  ("p", "2.3", """The key lines of enquiry were: how agencies understood Child K's daily lived
  experience; how missed health appointments were followed up; how the referral of August 2023 was
  assessed at the Front Door; whether early help was the right response; and how information was
  shared between housing, health and children's services."""),
  ("p", "2.4", """The method combined agency chronologies, a review of records, two learning events
  attended by 23 practitioners and managers, and conversations with family members. Ms K took part in
  one conversation; Mr D declined to take part. The review was delayed by four months because of parallel
  criminal proceedings."""),
 ]),
 ("3", "Child K and his family", [
  ("p", "3.1", """Child K was born on 3 March 2022 at Redbourne General Hospital, at 38 weeks, weighing
  3.02 kg. He is of White British heritage. His mother, Ms K, was nineteen at the time of his birth.
  His father played no part in his life and is not named in the records."""),
  ("p", "3.2", """Ms K had herself been known to children's services as a child, and had been looked
  after by the local authority between the ages of thirteen and sixteen. She was entitled to a leaving
  care service until the age of twenty-one, but had ended contact with her personal adviser in 2021."""),
  ("p", "3.3", """Mr D, aged twenty-six, moved into the flat in Millgate in about November 2022. He was
  not Child K's father. He had a conviction for possession of cannabis and had been known to the police
  for low-level disorder. No agency undertook any check of his background while he lived with the
  child."""),
  ("quote", """'Nobody ever asked me what a day was like for him. If they had, I'd have had to say he
  spent most of it in the cot.' &mdash; Ms K, speaking to the reviewer"""),
  ("p", "3.4", """Child K's maternal grandmother, Mrs Brenda Kettering, told the reviewer that she had
  seen her grandson only three times after Mr D moved in, and that on the last occasion, in
  September 2023, he 'looked like a baby half his age'. She did not know whom to tell."""),
 ]),
 ("5", "Key practice episodes", [
  ("p", "5.1", """This section summarises the contacts that the review judged most significant. A fuller
  chronology is set out in Table 1."""),
  ("box", "Episode 1: the early months", """<p>The new birth visit was carried out by HV1 on
  17 March 2022. Child K was feeding well on formula and the home was described as 'basic but clean'.
  HV1 noted Ms K's care history and offered the enhanced health visiting service, which Ms K
  accepted. At the six-to-eight-week review on 26 April 2022 he weighed 4.6 kg, on the 25th centile.</p>"""),
  ("p", "5.2", """At the nine-month review on 5 December 2022, HV2, who had taken over the caseload,
  recorded a weight of 7.6 kg, which had fallen to the 9th centile. HV2 advised on weaning and arranged a
  weight review for four weeks later. That review, and three further health appointments, did not
  take place."""),
  ("p", "5.3", """Between January and May 2023 Child K was not brought to four health appointments: the
  weight review on 9 January 2023, his first immunisations booster at Kilnbrook Surgery on
  13 March 2023, the twelve-month review on 4 April 2023, and a rearranged twelve-month review on
  2 May 2023. Each was recorded as 'DNA' against Ms K, not as 'Was Not Brought' against the child."""),
  ("p", "5.4", """On 14 June 2023 Ms K brought Child K to GP1 with a cough. GP1 noted that he 'looks
  small' and referred him for a weight check with the health visiting team, but did not weigh him or
  look at the missed appointments. The referral was sent to an old team mailbox and was not actioned
  for 19 days."""),
  ("box", "Episode 2: the housing visit", """<p>On 2 August 2023 HO1, a tenancy officer from Redbourne
  Vale Homes, visited the flat about rent arrears of &pound;1,146. HO1 saw Child K in a cot in a bedroom
  with no curtains, a strong smell of urine and dog faeces on the floor. HO1 thought the child was
  'very quiet and pale'. HO1 made a referral to the Front Door the following day.</p>"""),
  ("p", "5.5", """HO1's referral was received by the Front Door on 3 August 2023 at 16.20 hrs. It was
  triaged by SW1 on 7 August 2023. SW1 checked the health record, which showed that Child K had been
  seen by GP1 in June, and telephoned Ms K, who said that the flat had been 'a mess for one day' because
  the dog had been ill. SW1 did not speak to the health visitor or to HO1."""),
  ("p", "5.6", """SW1 decided that the threshold for a statutory assessment was not met and stepped the
  referral down to the Early Help Service. The decision was signed off by a team manager at 17.05 hrs
  the same day. The record gives as the reason that 'mother is engaging and there is no evidence of
  harm'."""),
  ("p", "5.7", """FSW1 was allocated on 21 August 2023 and made seven planned home visits between
  21 August and 30 November 2023. On six of them there was no answer at the door. On the one visit at
  which FSW1 was admitted, on 12 October 2023, Child K was asleep in another room and FSW1 did not see
  him."""),
  ("quote", """A child who is always asleep when the professional calls is a child who has not been
  seen."""),
  ("p", "5.8", """On 29 November 2023 a neighbour called the police non-emergency number to report a
  child 'crying for hours' and a smell from the flat. PC1 attended at 21.15 hrs, was told by Mr D that
  the child was teething, and saw Child K briefly in the doorway of the bedroom. PC1 submitted a
  child concern notification, which reached the Front Door on 4 December 2023 and was linked to the
  open early help case."""),
  ("p", "5.9", """The early help case was closed on 14 December 2023 with the outcome 'family did not
  engage'. No step-up to children's social care was considered. Twenty-six days later Child K was
  admitted to hospital."""),
 ]),
 ("7", "Analysis", [
  ("p", "7.1", """The review's central finding is that Child K was rarely seen and never truly looked at.
  Across twenty-two months, nineteen professional contacts were planned or made, but the review
  could find only five occasions on which a practitioner saw the child undressed or weighed him."""),
  ("p", "7.2", """Missed appointments were treated as a matter of parental choice. Had the four missed
  appointments been recorded as 'Was Not Brought', the health visiting system would have escalated the
  case to the named nurse for safeguarding after the second. The review heard that this policy existed
  on paper but that the electronic record did not support it."""),
  ("p", "7.3", """The Front Door decision of 7 August 2023 relied on a single telephone call with the
  parent. The housing officer, the only professional who had recently been inside the home, was not
  contacted. The review heard that on that day the triage team was handling 148 contacts with five
  social workers, and that agency staff made up more than half of the team."""),
  ("p", "7.4", """The step-down to early help placed a child with serious, unseen needs in a voluntary
  service that relied on the parents' consent. When the family did not engage, the service had no
  route back to statutory services other than a fresh referral, and none was made."""),
  ("p", "7.5", """Mr D was an unknown adult in the household. His presence was known to HO1 and to PC1,
  and was mentioned to FSW1, but no agency asked who he was or what part he played in the child's care.
  This is a recurring theme of national reviews."""),
  ("p", "7.6", """The review found no evidence that Ms K's own history as a care leaver was used to
  understand her capacity to parent. Her leaving care entitlement had lapsed, and no one considered
  re-engaging her personal adviser."""),
 ]),
 ("9", "Findings", [
  ("p", "9.1", """<b>Finding 1.</b> The health visiting record system did not make Child K's missed
  appointments visible as a pattern, and the Was Not Brought policy was not followed in practice."""),
  ("p", "9.2", """<b>Finding 2.</b> The Front Door made a decision about a possibly neglected child
  without seeing him and without speaking to the referrer."""),
  ("p", "9.3", """<b>Finding 3.</b> Early help was used as a destination for a case that needed a
  statutory assessment, and non-engagement led to closure rather than escalation."""),
  ("p", "9.4", """<b>Finding 4.</b> Agencies did not identify or assess the adult male living in the
  household."""),
  ("p", "9.5", """<b>Finding 5.</b> Family members who were worried about Child K did not know where to
  take their concerns."""),
 ]),
 ("10", "Recommendations", [
  ("p", "10.1", """The partnership should ask Redbourne Vale Community Health Trust to change its
  electronic record so that a second missed appointment for a child under two automatically alerts the
  named nurse for safeguarding, and to audit compliance within six months."""),
  ("p", "10.2", """Redbourne Vale Council should ensure that every Front Door decision about possible
  neglect of a child under three includes a conversation with the referrer and with the health
  visitor, and that the child is seen before any step-down to early help."""),
  ("p", "10.3", """The Early Help Service should adopt a 'three strikes' escalation rule: after three
  visits without seeing the child, the case must be discussed with a social work consultant before
  any closure."""),
  ("p", "10.4", """All partner agencies should include a prompt about unknown adults in the household in
  their assessment templates, and the partnership should deliver multi-agency training on this topic to
  at least 400 practitioners by March 2025."""),
  ("p", "10.5", """The partnership should run a public campaign, in libraries, GP surgeries and
  community centres, telling relatives and neighbours how to report concerns about a child."""),
 ]),
]

CHRONOLOGY = [
    ("03/03/2022", "Hospital", "Child K born at 38 weeks, 3.02 kg.", "Routine discharge."),
    ("17/03/2022", "Health visiting (HV1)", "New birth visit; enhanced service offered.", "Home 'basic but clean'."),
    ("05/12/2022", "Health visiting (HV2)", "Nine-month review: 7.6 kg, 9th centile.", "Weight review booked for four weeks."),
    ("09/01/2023 to 02/05/2023", "Health / GP", "Four appointments missed.", "Recorded as DNA against mother."),
    ("14/06/2023", "GP1", "Cough; 'looks small'. Weight check requested.", "Sent to old mailbox; 19 days' delay."),
    ("02/08/2023", "Redbourne Vale Homes (HO1)", "Arrears visit; poor home conditions seen.", "Referral next day."),
    ("03/08/2023 16.20", "Front Door", "Referral received from HO1.", "Triaged 07/08/2023."),
    ("07/08/2023", "Front Door (SW1)", "Call to mother; stepped down to early help.", "Manager sign-off 17.05."),
    ("21/08/2023 to 30/11/2023", "Early Help (FSW1)", "Seven visits planned; six no answer.", "Child not seen."),
    ("29/11/2023 21.15", "Police (PC1)", "Neighbour's call; child seen briefly.", "Notification to Front Door 04/12/2023."),
    ("14/12/2023", "Early Help", "Case closed: 'family did not engage'.", "No step-up considered."),
    ("09/01/2024 07.52", "Ambulance", "999 call by Mr D; child cold and unresponsive.", "Admitted, 34.2°C, 7.1 kg."),
]

AGENCIES = [
    ("Redbourne Vale Community Health Trust", "Health visiting: new birth visit, nine-month review, missed appointments", "Enhanced service offered but not delivered after December 2022"),
    ("Kilnbrook Surgery", "GP registration; one consultation in June 2023", "Concern about size not followed by weighing"),
    ("Redbourne Vale Homes", "Tenancy and arrears; home visit August 2023", "Made the only referral based on seeing the home"),
    ("Redbourne Vale Council children's services", "Front Door triage; Early Help Service", "Decision without seeing the child; closure on non-engagement"),
    ("Redbourne Vale Police", "Response to neighbour's call, November 2023", "Concern notification delayed five days"),
]

SIDEBAR = """<p class="sbt">What is 'Was Not Brought'?</p>
<p>Young children cannot take themselves to appointments. Recording a missed appointment as 'Was Not
Brought' (WNB) keeps the focus on the child, and a pattern of WNB is a recognised indicator of neglect.
The partnership adopted a WNB policy in 2019, but the review found that the Community Health Trust's
record system still offered only the option 'Did Not Attend'.</p>"""

# ---------------------------------------------------------------- briefing
BRIEFING_BOXES = [
 ("1. The case", """<p>Child K, aged 22 months, was admitted to hospital on 9 January 2024 weighing 7.1 kg, with
 hypothermia and untreated infections. He had lived with his mother, a care leaver aged nineteen at his
 birth, and her partner Mr D.</p>"""),
 ("2. The review", """<p>The partnership notified the national panel on 12 January 2024 and held a rapid
 review on 18 January 2024. The independent reviewer was Dr Helena Marwick. Twenty-three practitioners took
 part in the learning events.</p>"""),
 ("3. What happened", """<p>Child K missed three health appointments in the first half of 2023. A housing
 officer saw poor conditions in August 2023, but the referral was stepped down to early help after one
 phone call. The family support worker never saw him.</p>"""),
 ("4. Why it matters", """<p>Neglect is the most common reason for a child protection plan in Redbourne Vale:
 in 2023-24 it accounted for 61% of plans. Neglect of babies and toddlers is quickly dangerous because they
 are entirely dependent on adults.</p>"""),
 ("5. Key learning", """<ul><li>See the child, every time.</li><li>A missed appointment is a child who
 Was Not Brought.</li><li>Speak to the referrer before deciding.</li><li>Ask who else lives in the home.</li></ul>"""),
 ("6. What has changed", """<p>The Community Health Trust's record system now has a WNB code, live since
 1 July 2024. The Front Door now requires a call to the health visitor for every neglect referral about a
 child under three.</p>"""),
 ("7. Questions for your team", """<p>When did you last see, not just hear about, the children on your
 caseload? Who would you tell if a family stopped opening the door? Book the partnership's Neglect
 Toolkit course through the RVSCP learning hub: courses run every second Tuesday.</p>"""),
]

# ---------------------------------------------------------------- further sections (merged below)
SEC4 = ("4", "Agency involvement", [
  ("p", "4.1", """Five agencies had contact with Child K or his household during the review period. Their
  involvement is summarised in Table 2 and described below. Each agency provided a chronology and an
  analysis of its own practice, and all five were represented at both learning events."""),
  ("agencies",),
  ("p", "4.2", """<b>Redbourne Vale Community Health Trust</b> provides the health visiting service. Because
  of Ms K's care history she was offered the enhanced (universal partnership plus) level of service,
  which in Redbourne Vale means a minimum of eight contacts in the first year. Child K received three.
  The Trust told the review that its Millgate team had carried vacancies of 40% during 2022 and 2023,
  and that HV1 left the service in October 2022 without a face-to-face handover to HV2."""),
  ("p", "4.3", """<b>Kilnbrook Surgery</b> registered Child K at birth. The practice saw him once in the
  review period, for the consultation in June 2023. The practice's safeguarding lead, Dr Imogen
  Faulds, told the review that the practice did not then receive notification of missed health
  visiting contacts and had no flag on Child K's record."""),
  ("p", "4.4", """<b>Redbourne Vale Homes</b> is the council's arm's-length housing company and Ms K's
  landlord. Its tenancy officers receive safeguarding training every two years. HO1 had completed that
  training in March 2023 and described to the review how it had helped her to recognise the
  conditions she saw in August 2023 as possible neglect."""),
  ("p", "4.5", """<b>Redbourne Vale Council children's services</b> runs the Front Door and the Early Help
  Service. The Front Door receives about 1,900 contacts a month. In August 2023 the triage team had
  eleven posts, of which six were filled by agency social workers."""),
  ("p", "4.6", """<b>Redbourne Vale Police</b> attended the flat once, in November 2023. The force's
  records showed one earlier call to the address, in April 2023, about a noise complaint, when no
  officer attended. The child concern notification from November took five days to reach the Front
  Door because it waited for a supervisor's review."""),
])

SEC6 = ("6", "The lived experience of Child K", [
  ("p", "6.1", """Children of Child K's age cannot tell professionals what is happening to them. Their
  experience has to be understood through what is seen, heard and measured: their weight, their
  development, their play, the state of their home and how the adults around them respond to them."""),
  ("p", "6.2", """Pieced together from the records, the review believes that from about the spring of 2023
  Child K spent long periods in his cot, in a room with no toys, and was fed irregularly, mostly on
  milk from a bottle. Ms K told the reviewer that Mr D 'didn't like noise' and that she would put
  Child K in his cot 'so he wouldn't kick off'."""),
  ("quote", """'He looked like a baby half his age.' &mdash; Child K's grandmother, September 2023"""),
  ("p", "6.3", """At the time of his admission Child K had a flat area on the back of his head, which the
  paediatric team attributed to long periods lying on his back. His muscle tone was low and he showed
  little interest in faces, both of which improved markedly in foster care."""),
  ("p", "6.4", """By the end of March 2024, after eleven weeks in foster care, Child K weighed 10.3 kg.
  His foster carer told the review that he 'eats everything put in front of him and then looks round
  for more'."""),
])

SEC8 = ("8", "Good practice", [
  ("p", "8.1", """The review wishes to record examples of good practice, which show what the system can
  do when it works as intended."""),
  ("p", "8.2", """HO1's referral of 3 August 2023 was clear, specific and timely. It described what she
  had seen and smelled in the flat, and it named the child. It was, in the reviewer's view, the best
  piece of safeguarding practice in this case, and it came from a practitioner outside the
  traditional safeguarding agencies."""),
  ("p", "8.3", """The paramedic crew recognised Child K's presentation as possible neglect, not illness,
  and told the emergency department so on arrival. The hospital safeguarding team made a referral to
  the Front Door at 10.40 hrs on 9 January 2024, less than three hours after the 999 call."""),
  ("p", "8.4", """The foster carers, Mr and Mrs Oyelaran-Hughes, have given Child K warm, consistent care
  and have worked closely with his health visitor and paediatrician."""),
])

SEC11 = ("11", "Partnership response", [
  ("p", "11.1", """The partnership accepted all five recommendations at its executive meeting on
  24 October 2024. An action plan, owned by the partnership's Learning and Improvement Subgroup,
  will be monitored quarterly and reported in the partnership's annual report."""),
  ("p", "11.2", """Some changes were made before the review was completed. The Community Health Trust
  introduced a 'Was Not Brought' code on its record system in the summer of 2024, and the Front Door
  began a pilot of joint triage with health visitors for referrals about children under three in
  September 2024."""),
  ("p", "11.3", """The criminal proceedings concluded in September 2024. The review has not described
  their outcome, which is a matter for the court, but the reviewer had access to the medical
  evidence prepared for them."""),
])

_by = {s[0]: s for s in SECTIONS}
_by["4"], _by["6"], _by["8"], _by["11"] = SEC4, SEC6, SEC8, SEC11
# extra blocks: chronology at the end of section 5, sidebar after 7.2
_by["5"][2].append(("chron",))
_an = _by["7"][2]
_an.insert(next(i for i, b in enumerate(_an) if b[0] == "p" and b[1] == "7.2") + 1, ("sidebar",))
SECTIONS = [_by[k] for k in sorted(_by, key=int)]

PARTICIPANTS = [
    ("Redbourne Vale Community Health Trust", "Health visitors, named nurse for safeguarding, team leader", "6"),
    ("Kilnbrook Surgery", "GP, practice safeguarding lead", "2"),
    ("Redbourne Vale Homes", "Tenancy officer, housing safeguarding lead", "2"),
    ("Redbourne Vale Council children's services", "Front Door social workers and managers, early help workers", "8"),
    ("Redbourne Vale Police", "Neighbourhood officer, public protection unit sergeant", "3"),
    ("Redbourne General Hospital", "Paediatric consultant, hospital safeguarding nurse", "2"),
]

ACTIONS = [
    ("1", "WNB alert to named nurse after second missed appointment for a child under two", "Community Health Trust", "April 2025"),
    ("2", "Front Door neglect decisions to include referrer and health visitor; child seen before step-down", "Director of Children's Services", "January 2025"),
    ("3", "Early help 'three strikes' escalation rule before closure", "Head of Early Help", "February 2025"),
    ("4", "Unknown adults prompt in all assessment templates; multi-agency training", "RVSCP Learning and Improvement Subgroup", "March 2025"),
    ("5", "Public campaign for relatives and neighbours on reporting concerns", "RVSCP Business Unit", "June 2025"),
]

BRIEFING_BOXES += [
 ("Timeline at a glance", """<ul><li>March 2022: Child K born</li><li>December 2022: last weighed by a
 health visitor</li><li>January to May 2023: appointments missed</li><li>2 August 2023: housing officer's
 visit</li><li>7 August 2023: referral stepped down to early help</li><li>14 December 2023: early help case
 closed</li><li>9 January 2024: Child K admitted to hospital</li></ul>"""),
 ("Where to get help", """<p>Worried about a child? Call the Children's Front Door on 0300 555 0192
 (out of hours 0300 555 0193). For advice on missed appointments, contact the Trust's named nurse for
 safeguarding, Ms Priya Lindqvist-Shaw. All numbers here are fictional.</p>"""),
]
