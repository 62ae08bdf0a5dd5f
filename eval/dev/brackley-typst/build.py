#!/usr/bin/env python3
"""Build the FICTIONAL Brackley Fen CSPR (Child E) and its 7-minute briefing with Typst.

Install:  python3 -m venv /tmp/gen-brackley && /tmp/gen-brackley/bin/pip install typst pypdf
Rebuild:  /tmp/gen-brackley/bin/python build.py
"""
import os
import tempfile

import typst

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIRS = ["/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation"]

COMMON = r'''
#let accent = rgb("#16505e")
#let accent2 = rgb("#c8553d")
#let shade = rgb("#e8eff1")
#let sans = "Liberation Sans"
#set document(title: "Child Safeguarding Practice Review: Child E (FICTIONAL)", author: "Brackley Fen Safeguarding Children Partnership (FICTIONAL)", date: datetime(year: 2024, month: 2, day: 26))
#set text(font: "Liberation Serif", size: 11pt, lang: "en", region: "gb", hyphenate: false)
#set par(justify: true, leading: 0.55em, spacing: 0.85em)
'''

REVIEW = COMMON + r'''
#let hdr = context {
  set text(font: sans, size: 8pt, fill: accent)
  grid(columns: (1fr, auto), [Brackley Fen Safeguarding Children Partnership · CSPR Child E], [FICTIONAL case study])
  v(-4pt)
  line(length: 100%, stroke: 0.5pt + accent)
}
#let ftr = context {
  set text(font: sans, size: 8pt, fill: accent)
  line(length: 100%, stroke: 0.5pt + accent)
  v(-4pt)
  grid(columns: (1fr, auto), [FICTIONAL · Published 26 February 2024], [Page #counter(page).display()])
}
#let p(n, body) = par(first-line-indent: 0pt)[#text(font: sans, weight: "bold", size: 9pt, fill: accent)[#n]#h(0.45em)#body]
#let finding(k, title, n, body) = par(first-line-indent: 0pt)[#text(font: sans, weight: "bold", fill: accent2)[Finding #k: #title.] #text(font: sans, weight: "bold", size: 9pt, fill: accent)[#n]#h(0.45em)#body]
#let sub(t) = block(above: 1.1em, below: 0.6em, text(font: sans, weight: "bold", size: 11pt, fill: accent)[#t])
#let band(t) = place(top, float: true, scope: "parent", clearance: 14pt,
  block(width: 100%, fill: accent, inset: (x: 12pt, y: 10pt), text(font: sans, size: 16pt, weight: "bold", fill: white)[#t]))
#let sidebar(title, body) = block(breakable: false, width: 100%, fill: shade, inset: 9pt, radius: 2pt, stroke: (left: 3pt + accent))[
  #text(font: sans, weight: "bold", size: 10pt, fill: accent)[#title]
  #set text(font: sans, size: 8.8pt)
  #set par(justify: false)
  #body]
#let tile(big, small) = block(width: 100%, height: 78pt, fill: accent, inset: 10pt, radius: 3pt)[
  #text(font: sans, size: 30pt, weight: "bold", fill: white)[#big]
  #v(-8pt)
  #text(font: sans, size: 9pt, fill: white)[#small]]
#let pg(l) = context numbering("1", ..counter(page).at(l))
#show footnote.entry: set text(size: 7.5pt)

// ---------------- cover (page i) ----------------
#set page(paper: "a4", margin: 0pt, numbering: "i", header: none, footer: none)
#block(width: 100%, height: 100%, fill: accent, inset: (x: 22mm, y: 26mm))[
  #set text(fill: white, font: sans)
  #text(size: 11pt, weight: "bold")[BRACKLEY FEN SAFEGUARDING CHILDREN PARTNERSHIP]
  #v(50mm)
  #text(size: 34pt, weight: "bold")[Child Safeguarding Practice Review]
  #v(4mm)
  #text(size: 22pt)[Child E]
  #v(6mm)
  #block(width: 120mm)[#text(size: 13pt)[A serious injury to a two-year-old boy caused by a family dog, after four separate warnings reached four different agencies]]
  #v(40mm)
  #text(size: 11pt)[Independent lead reviewer: Dr Imogen Threlfall]\
  #text(size: 11pt)[Published 26 February 2024]
  #v(20mm)
  #block(fill: accent2, inset: 8pt)[#text(size: 12pt, weight: "bold")[FICTIONAL training document. All people, places and agencies are invented.]]
]

// ---------------- front matter (ii, iii) ----------------
#set page(margin: (x: 18mm, top: 24mm, bottom: 22mm), header: hdr, footer: ftr)
#text(font: sans, size: 20pt, weight: "bold", fill: accent)[Contents]
#v(4mm)
#set text(font: sans, size: 10.5pt)
#grid(columns: (1fr, auto), row-gutter: 9pt,
  [The review at a glance], [iii],
  [Part A · About this review (sections 1 and 2)], [#pg(<partA>)],
  [Part B · What happened (sections 3 and 4)], [#pg(<partB>)],
  [Part C · Findings (section 5)], [#pg(<partC>)],
  [Part D · Recommendations (section 6)], [#pg(<partD>)],
  [Appendices A to C], [#pg(<app>)],
)
#v(10mm)
#set text(font: "Liberation Serif", size: 10.5pt)
#text(font: sans, size: 16pt, weight: "bold", fill: accent)[Foreword from the independent chair]
#v(2mm)
In the early evening of Saturday 29 April 2023 a two-year-old boy, known in this review as Child E, was attacked by a large dog in the back yard of his home in Saltholme. He survived because a neighbour climbed the fence and pulled the dog away. His injuries were life-changing, and they were not a surprise to everyone who had met that dog.

In the eleven weeks before the attack, a housing officer, a police officer, a dog warden, a nursery and a social worker each held a piece of information about the dogs in the home. None of them held it all. This review is about why the pieces never met, and about what the partnership will change so that the next family is seen more clearly.

I thank Child E's grandmother, who spoke to the lead reviewer at length and with great generosity, and the practitioners who took part in two learning events. Child E's mother chose not to take part, and we respect that decision.

#v(4mm)
#align(right)[_Helen Marwick, Independent Chair, Brackley Fen Safeguarding Children Partnership_]
#v(8mm)
#block(fill: shade, inset: 10pt, width: 100%)[#set text(font: sans, size: 9pt)
*About this document.* This is a FICTIONAL review written to train practitioners and to test software. Practitioners are identified by role codes (for example SW1, HV2, GP1, PC1, DSL1); the family by letters. A 7-minute briefing on the case is published separately.]
#pagebreak()

#text(font: sans, size: 20pt, weight: "bold", fill: accent)[The review at a glance]
#v(3mm)
#grid(columns: (1fr, 1fr, 1fr), gutter: 8pt,
  tile[27][days Child E spent in hospital],
  tile[8][days in paediatric intensive care],
  tile[5][operations to his face, scalp and arm],
  tile[4][warnings about the dogs before the attack],
  tile[7][agencies knew the family in the review period],
  tile[52 kg][weight of the dog that attacked him],
)
#v(6mm)
#text(font: sans, size: 13pt, weight: "bold", fill: accent)[In brief]
#v(1mm)
Child E was 25 months old when the family's American bully XL type dog, Bruno, attacked him in the yard of 7 Reedbeck Close. The review covers the period from 1 August 2022, when the mother's partner Mr H moved in with Bruno, to the day of the attack. It finds that the dogs were treated as a housing nuisance and an animal welfare matter rather than as a hazard to a toddler; that a bite to a postal worker, a child's words at nursery and a puncture wound seen by a GP were each handled inside one agency; and that the grandmother's warning to children's social care was recorded as family conflict. Section 6 sets out seven recommendations.

#v(4mm)
#text(font: sans, size: 13pt, weight: "bold", fill: accent)[Key dates]
#v(1mm)
#set text(font: sans, size: 9.5pt)
#table(columns: (32mm, 1fr), stroke: none, fill: (x, y) => if calc.odd(y) { shade },
  [14 March 2021], [Child E is born],
  [9 November 2022], [Neighbour complains to the managing agent about a loose dog],
  [14 February 2023], [Bruno bites a postal worker at the front gate],
  [3 March 2023], [Child E tells nursery staff that Bruno bit him],
  [12 April 2023], [Children's social care closes the assessment and steps down to early help],
  [29 April 2023], [The attack],
)
#set text(font: "Liberation Serif", size: 10.5pt)

// ---------------- body ----------------
#set page(numbering: "1", columns: 2, header: hdr, footer: ftr)
#set page(columns: 2)
#counter(page).update(1)
#band[Part A · About this review]
#metadata("partA") <partA>

#sub[1. Introduction]
#p("1.1")[Child E was born on 14 March 2021. He lived with his mother, Ms L, at 7 Reedbeck Close, Saltholme, a two-bedroom end-terrace house let by Saltmarsh Homes and managed day to day by Harbourside Tenancy Services Ltd.#footnote[Harbourside Tenancy Services Ltd is a FICTIONAL managing agent. It held the repairs, rent and tenancy-enforcement functions for 412 Saltmarsh Homes properties in Brackley Fen in 2022.] From August 2022 Ms L's partner, Mr H, lived there too, with his dog Bruno.]
#p("1.2")[On Saturday 29 April 2023 at about 18.52 hrs Bruno attacked Child E in the back yard. A neighbour, Mr D, heard screaming, climbed the fence and pulled the dog off; his wife made the 999 call at 18.54 hrs. Child E was flown by air ambulance to Wyvern Children's Hospital in Norbridge with lacerations to his face and scalp, a fractured left cheekbone, a crush injury to his right forearm and the loss of part of his left ear.]
#p("1.3")[The Brackley Fen Safeguarding Children Partnership notified the Child Safeguarding Practice Review Panel on 2 May 2023 and held a rapid review on 11 May 2023. The rapid review found that several agencies had known about the dogs and that the information had not been brought together. The partnership decided on 19 May 2023 to commission a local child safeguarding practice review, and the national Panel agreed with that decision.]
#p("1.4")[The review was led by Dr Imogen Threlfall, an independent reviewer with a background in public health and no previous connection with Brackley Fen. A review panel of senior managers from seven agencies oversaw the work. The terms of reference were agreed on 6 June 2023.]
#p("1.5")[The review period runs from 1 August 2022 to 29 April 2023. Agencies provided chronologies and short reports. Two learning events were held, on 18 September 2023 for frontline practitioners and on 2 October 2023 for their managers. Eleven practitioners attended the first event and nine managers the second.]
#p("1.6")[The lead reviewer met Child E's maternal grandmother, Mrs P, twice. Ms L was written to on three occasions and chose not to take part. Mr H was invited through his solicitor but did not respond while criminal proceedings were under way.#footnote[Mr H was charged under section 3 of the Dangerous Dogs Act 1991 (a dog dangerously out of control causing injury). The outcome is not part of this review.]]

#sub[2. Child E and his family]
#p("2.1")[Child E is described by his grandmother as a busy, funny little boy who loved buses and the song about the wheels going round. Before the attack he was meeting his milestones. He had attended Little Wrens Nursery for two days a week since September 2022, where staff described him as confident and affectionate.]
#p("2.2")[Ms L was 23 at the time of the attack. She had been known to children's social care as a teenager, when she was looked after for eighteen months, but there had been no involvement with Child E before February 2023. Mrs P lives in Marshby, about four miles away, and looked after Child E most Sundays.]
#p("2.3")[Mr H is not Child E's father. He moved into the home in August 2022, bringing Bruno, an American bully XL type dog that he had bought as a puppy in 2020.#footnote[The breed type was confirmed by a police dog legislation officer after the attack. Bruno weighed 52 kg when he was seized.] In February 2023 he acquired a second dog, Nala, a young Staffordshire bull terrier cross. Mr H worked irregular shifts at a distribution warehouse and, according to police records, drank heavily at weekends.]
#p("2.4")[Child E's father, Mr E, had no contact with him during the review period and was not known to any agency in Brackley Fen. He was told about the review and did not wish to contribute.]

#sidebar[Voice of the child][Child E was two and could not tell us what life at Reedbeck Close was like. But he did tell people things. On 3 March 2023 he said to his key worker at nursery "Bruno bited me" and pointed at a scratch on his cheek. His grandmother remembers that he would climb onto the sofa and lift his feet whenever the dogs came into the room, and that he called Bruno "the big noisy one". No practitioner recorded asking Child E, or watching him, about the dogs. Seeing the home through the eyes of a toddler means noticing who he climbs away from.]

#p("2.5")[Mrs P told the lead reviewer that she had been frightened of Bruno from the first time she met him, in September 2022, because he jumped up at Child E and knocked him over. She said she raised it with Ms L more than once, and that Ms L's answer was always that Bruno "is soft as butter with kids". She did not feel she could say more without losing contact with her grandson.]
#p("2.6")[The family's home had a small paved yard at the back, enclosed by a fence that Harbourside's own inspection in 2021 had recorded as "loose panels, needs replacing". The panels had not been replaced by April 2023. The yard was where the dogs spent most of the day and where Child E played in the evenings.]

#pagebreak()
#band[Part B · What happened]
#metadata("partB") <partB>
#sub[3. The agencies involved]
#p("3.1")[Seven agencies had contact with Child E or his household during the review period. Their involvement is summarised in table 1. Most contacts were brief and routine, and in most of them the dogs were either mentioned in passing or not mentioned at all.]

#block(width: 100%)[
#set text(font: sans, size: 8.2pt)
#set par(justify: false)
#text(weight: "bold", fill: accent)[Table 1: Agencies and their involvement]
#table(columns: (28mm, 1fr), inset: 4pt, stroke: 0.4pt + luma(170), fill: (x, y) => if y == 0 { shade },
  [*Agency*], [*Involvement in the review period*],
  [Harbourside Tenancy Services Ltd], [Complaint about a loose dog, one home visit by HO1 and a warning letter about pets],
  [Northgate Community Health NHS Trust (health visiting)], [Weight review at home by HV2; earlier contacts by HV1],
  [Mill Lane Surgery], [One appointment with GP1 for a wound to the left forearm],
  [Brackley Fen Police], [Domestic incident attended by PC1 and PC2; crime report of the bite to a postal worker taken by PC3],
  [Brackley Fen District Council (dog warden service)], [Investigation of the bite by DW1; Community Protection Warning issued],
  [Little Wrens Nursery], [Daily care two days a week; disclosure recorded by DSL1],
  [Brackley Fen Children's Services], [MASH screening, child and family assessment by SW1 then SW2, early help referral to FSW1],
)]

#p("3.2")[Each agency recorded its own contact accurately. The difficulty the review found was not poor recording but the absence of any route by which a concern about a dog, held by an agency whose business is housing or animal control, would reach the people assessing the child.]
#p("3.3")[The dog warden service is part of the district council's environmental health team. It does not have access to the children's services case management system and is not a member of the multi-agency safeguarding hub. Its officers had received no safeguarding training that mentioned dogs in homes with young children.]

#sub[4. Narrative and analysis]
#p("4.1")[On 9 November 2022 a neighbour at 5 Reedbeck Close telephoned Harbourside to complain that a large grey dog had been loose in the shared alleyway and had lunged at her own seven-year-old daughter. The call was logged as an anti-social behaviour complaint. Housing officer HO1 visited on 17 November 2022 and spoke to Ms L on the doorstep.]
#p("4.2")[HO1 saw Bruno behind the kitchen door and noted that "a small child lives at the property". A letter sent on 18 November 2022 reminded Ms L that clause 14 of her tenancy required written permission to keep a dog, and asked her to apply within 28 days. No application was made and there was no follow-up, because HO1 went on long-term sick leave in December 2022 and her caseload was shared among three colleagues.]
#p("4.3")[On 6 January 2023 health visitor HV2 visited for a weight review, because Child E had dropped from the 50th to the 25th centile. HV2 recorded "large dog in home, appears friendly, shut in kitchen during visit". HV2 did not give home safety advice about dogs, and the trust's home safety checklist at that time did not include a prompt about them. HV2 told the learning event that the dog had seemed calm and that her attention was on feeding.]

#place(top, float: true, scope: "parent", clearance: 12pt)[
#block(width: 100%)[
#set text(font: sans, size: 8.2pt)
#set par(justify: false)
#text(weight: "bold", fill: accent, size: 9.5pt)[Table 2: Chronology of key events, November 2022 to April 2023]
#table(columns: (22mm, 14mm, 1fr, 40mm), inset: 4pt, stroke: 0.4pt + luma(170), fill: (x, y) => if y == 0 { shade },
  [*Date*], [*Time*], [*Event*], [*Agency / role*],
  [09/11/2022], [11:20], [Neighbour reports loose dog lunging at her daughter], [Harbourside],
  [17/11/2022], [14:05], [Doorstep visit; dog seen; child noted], [Harbourside, HO1],
  [06/01/2023], [10:30], [Weight review at home; large dog recorded], [Health visiting, HV2],
  [02/02/2023], [23:15], [999 call about argument at the address], [Police],
  [02/02/2023], [23:31], [Officers arrive; Mr H intoxicated; dog barking in kitchen], [Police, PC1 and PC2],
  [03/02/2023], [09:12], [Police protection notice received by MASH], [Children's Services, MASH1],
  [08/02/2023], [--], [Child and family assessment allocated], [Children's Services, SW1],
  [14/02/2023], [10:40], [Postal worker bitten on the hand at the front gate], [Police, PC3],
  [16/02/2023], [15:00], [Home visit; dogs in yard, not seen], [Children's Services, SW1],
  [21/02/2023], [11:45], [Community Protection Warning issued to Mr H], [Dog warden, DW1],
  [03/03/2023], [16:10], [Child E says "Bruno bited me"; scratch to cheek], [Little Wrens Nursery, DSL1],
  [17/03/2023], [09:50], [Puncture wound to left forearm seen; antibiotics], [Mill Lane Surgery, GP1],
  [20/03/2023], [--], [Case reallocated after SW1 leaves], [Children's Services, SW2],
  [30/03/2023], [16:20], [Grandmother telephones with concern about Bruno], [Children's Services, SW2],
  [12/04/2023], [--], [Assessment closed; step-down to early help], [Children's Services, SW2 and TM1],
  [29/04/2023], [18:52], [Child E attacked by Bruno in the yard], [--],
  [29/04/2023], [19:03], [Ambulance crew arrives], [Ambulance service],
)]]

#p("4.4")[At 23.15 hrs on 2 February 2023 a neighbour called 999 to report shouting and banging at 7 Reedbeck Close. PC1 and PC2 arrived at 23.31 hrs. Ms L and Mr H had been arguing; Mr H was intoxicated and was asked to stay with his brother for the night. Bruno was barking and throwing himself at the kitchen door throughout the visit, and PC2 noted that Child E, who was awake, "flinched every time the dog hit the door".]
#p("4.5")[PC1 completed a DASH risk assessment,#footnote[DASH: the Domestic Abuse, Stalking and Harassment and Honour Based Violence risk identification checklist used by police forces in England and Wales.] graded standard risk, and a police protection notice was received by the multi-agency safeguarding hub at 09.12 hrs on 3 February 2023. The observation about the child flinching appeared in the officer's body-worn video and in PC2's pocket notebook, but not in the notice itself, which described the dog only as "a large dog present".]
#p("4.6")[The MASH social worker, MASH1, screened the notice on 6 February 2023 and recommended a child and family assessment because of the domestic incident, the reported alcohol use and Ms L's own history of care. The assessment was allocated to SW1 on 8 February 2023.]
#p("4.7")[At 10.40 hrs on 14 February 2023 Bruno pushed open the front gate and bit a postal worker on the right hand as she delivered a parcel. She needed seven stitches. She reported the bite to the police, where PC3 recorded a crime of a dog dangerously out of control, and her employer reported it to the council's dog warden service the next day.]
#p("4.8")[PC3's crime report named Mr H as the owner and recorded "child in household — no" because the question had been answered by Mr H on the telephone. The report was not linked to the domestic incident twelve days earlier, because the address had been entered in two different formats, "7 Reedbeck Cl" and "7 Reedbeck Close, Saltholme", and the force's system did not match them. The two records were linked only on 3 May 2023, four days after the attack, when a detective sergeant in the public protection unit searched the street name by hand.]
#p("4.9")[SW1 made the first home visit on 16 February 2023, two days after the bite. Ms L told SW1 that the dogs were "fine with Ezra"#footnote[Ezra is the name the family chose to use for Child E in this review. It is not his real name.] and that they were in the yard. SW1 did not see them or ask to. SW1 did not know about the bite, and Ms L did not mention it. SW1 spent most of the visit on the domestic incident and on Ms L's support network, which were the reasons for the referral.]
#p("4.10")[Dog warden DW1 visited on 21 February 2023 and met Mr H, who was cooperative. DW1 issued a Community Protection Warning requiring the dogs to be kept on a lead and muzzled in public, and the front gate and back yard fence to be made secure within 14 days. DW1 saw a toddler's scooter in the hall, but the service's visit form had no field for children in the home and DW1 did not record it.]
#p("4.11")[DW1 told the learning event that she issues around 60 warnings a year and that in her experience most owners comply once warned. The warning was not followed up at 14 days, because the service's follow-up list was kept on a spreadsheet that was not reviewed between 1 March and 30 April 2023 while the team's only administrator was on leave. The fence was never repaired.]

#place(bottom, float: true, scope: "parent", clearance: 12pt)[#sidebar[What is a Community Protection Warning?][A Community Protection Warning is a written warning under section 43 of the Anti-social Behaviour, Crime and Policing Act 2014. It tells a person that their conduct is having a detrimental effect on the quality of life of those in the locality, and what they must do to stop it. If they do not comply, the council can serve a Community Protection Notice; breach of a notice is a criminal offence, and a fixed penalty of up to £100 can be offered instead of prosecution. Neither the warning nor the notice is shared with children's social care as a matter of routine.]]

#p("4.12")[On 3 March 2023 Child E arrived at Little Wrens Nursery with a fresh scratch on his left cheek. When his key worker asked what had happened, he said "Bruno bited me". The key worker told the designated safeguarding lead, DSL1, who recorded the disclosure in the nursery's electronic safeguarding log#footnote[The nursery used a commercial log called NestSafe. Entries are visible only to the designated safeguarding lead and her deputy.] and spoke to Ms L at collection at 16.10 hrs. Ms L said the scratch came from Nala, the younger dog, jumping up during play.]
#p("4.13")[DSL1 accepted the explanation. She told the review that she had thought of the scratch as an accident rather than as a sign of harm, that she did not know children's social care was assessing the family, and that the nursery's threshold guidance talked about injuries caused by people rather than by animals. The log entry was marked "monitor" and was not shared.]
#p("4.14")[SW1 left the authority on 10 March 2023 to take up a post in another part of the country. Her case recording was up to date, but her handover note on Child E was four lines long and did not mention dogs. The case sat unallocated for ten days and was reallocated to SW2 on 20 March 2023.]
#p("4.15")[On 17 March 2023 Ms L took Child E to Mill Lane Surgery because a small wound on his left forearm had become red and swollen. GP1 recorded a puncture wound about 5 mm across with surrounding cellulitis, accepted Ms L's account that he had fallen against the garden fence, and prescribed a five-day course of flucloxacillin. GP1 did not ask about animals in the home.]
#p("4.16")[GP1 told the review that a single puncture wound in a toddler was not unusual and that the explanation seemed plausible. In hindsight GP1 recognised that a bite could look very similar. The practice record already held a note from the health visiting service about the "large dog in home", but it had been filed as correspondence and was not visible in the consultation screen.]

#block(width: 100%, inset: (y: 8pt), stroke: (top: 2pt + accent2, bottom: 2pt + accent2))[
  #set par(justify: false)
  #text(font: sans, size: 14pt, style: "italic", fill: accent2)["I told three different people that dog would go for him one day. I said it to his mum, I said it to the housing, and I said it to the social worker. Nobody put it together."]
  #v(-2pt)
  #align(right)[#text(font: sans, size: 8.5pt)[— Mrs P, Child E's grandmother]]
]

#p("4.17")[SW2 made one home visit, on 28 March 2023, when Mr H was at work. SW2 saw both dogs through the kitchen window and asked Ms L whether they were safe around Child E; Ms L said yes. SW2 did not know about the bite, the warning or the nursery log. SW2 recorded that the home was "clean, warm and child-centred" and that Child E appeared well attached to his mother.]
#p("4.18")[On 30 March 2023 at 16.20 hrs Mrs P telephoned SW2. The record of the call says that she was "worried about Ms L's relationship with Mr H and about the dogs, especially the big one", and that she thought "that dog will have Ezra one day". SW2 recorded the call as "maternal grandmother expressing concern re: family relationships" and took no further action on the dogs.]
#p("4.19")[SW2 told the learning event that she had been carrying 27 cases at the time, eight above the authority's target of 19, and that she had understood the grandmother's call as part of a long-running disagreement between Mrs P and Mr H. She said that she had not considered a dog as a possible source of significant harm, and that her training had never raised it.]
#p("4.20")[The child and family assessment was completed on 12 April 2023. It concluded that Child E's needs could be met through early help, with a family support worker to help Ms L with routines and budgeting. Team manager TM1 agreed the step-down the same day. The assessment mentions the dogs once, in the list of household members, as "two dogs (family pets)". Mrs P's call is not mentioned in the analysis section.]
#p("4.21")[The early help referral was accepted on 24 April 2023 and allocated to family support worker FSW1, who wrote to Ms L offering a first visit on 2 May 2023. That visit never took place.]
#p("4.22")[The review has looked closely at the 34 days between the assessment and the attack because practitioners asked whether anything could have changed in that time. There were no agency contacts with the family in that period other than the early help letter and Child E's attendance at nursery, where staff saw nothing of note. The review does not think the attack could have been predicted on any given day. It does think that the risk from Bruno was knowable from at least 3 March 2023, when the fourth separate piece of information about the dog came into the system, and that a single conversation joining up the housing complaint, the bite to the postal worker, the warning and the nursery log would have made it very hard to describe the dogs as family pets.]
#p("4.23")[On the evening of 29 April 2023 Mr H had been drinking since the afternoon and was asleep indoors; Ms L was in the kitchen. Child E went into the yard, where both dogs were loose, at about 18.50 hrs. Mr D heard screaming at 18.52 hrs and reached the child within a minute. The ambulance arrived at 19.03 hrs and police at 19.06 hrs. The air ambulance took off at 19.31 hrs and landed at Wyvern Children's Hospital at 19.48 hrs.]
#p("4.24")[Child E spent 8 days in paediatric intensive care and 27 days in hospital in total, and had 5 operations, including reconstruction of his left cheek and ear.#footnote[The reconstructive surgery was carried out by the regional paediatric plastic surgery service based at Wyvern Children's Hospital.] He was discharged on 26 May 2023 to the care of Mrs P, where he remains. Both dogs were seized by police on the evening of the attack; Bruno was later destroyed under a court order and Nala was rehomed by an animal charity.]

#p("4.25")[Alcohol featured throughout the review period but was never assessed. The police record of 2 February 2023 described Mr H as "heavily intoxicated", and Mrs P told the review that he usually drank from Friday evening until Sunday. MASH1 listed "reported alcohol use" as a reason for the assessment, yet neither SW1 nor SW2 met Mr H, and the assessment records only that he "drinks socially". No one asked who supervised Child E, or who controlled the dogs, when Mr H had been drinking.]
#p("4.26")[The review has considered whether the family's circumstances made it harder for practitioners to ask about the dogs. Ms L told SW1 that Bruno was "the only thing Mr H really cares about", and practitioners at the learning event described a sense that raising the dogs would damage their relationship with her. Several said that they did not know what they could ask a family to do about a dog, or who had the power to require it. That uncertainty is understandable, but it is not a reason for silence: asking where the child goes when the dogs are loose costs nothing and commits no one to any action.]
#p("4.27")[Finally, the review notes that two practitioners, HV1 and the nursery key worker, had good relationships with Ms L and might have been able to talk with her about the dogs without the conversation feeling like a threat. HV1 had known Ms L since Child E's birth and had made nine contacts before handing the family to HV2 in October 2022 when the health visiting teams were reorganised. Relationships like these are a protective resource that the system did not use.]

#sub[What agencies have done since]
#p("4.28")[Agencies did not wait for this report. Within a month of the rapid review, Northgate Community Health NHS Trust added a question about dogs to its home safety checklist, and by the end of September 2023 all 38 of its health visitors and nursery nurses had completed a short briefing on dog safety. The trust now asks health visitors to record the number, type and whereabouts of dogs at every new birth visit.]
#p("4.29")[Brackley Fen Police has linked its crime and incident systems to the national address gazetteer and has reminded officers that the presence of children must be checked in person, not by asking the dog owner over the telephone. Little Wrens Nursery has rewritten its injury policy so that any injury a child attributes to an animal is discussed with the designated safeguarding lead of the local authority's early years team.]
#p("4.30")[Harbourside Tenancy Services Ltd has replaced the fence at 7 Reedbeck Close and has started a review of all 412 properties it manages for Saltmarsh Homes where a dog is known to be kept. By January 2024 it had visited 96 of them, and it had made 3 referrals to the MASH about children living with dogs that had bitten before. The review welcomes this, while noting that a single provider's work is not yet a partnership approach.]
#p("4.31")[Children's Services has introduced a transfer checklist and has reduced average social worker caseloads in the assessment service from 24 to 20, helped by the recruitment of five newly qualified social workers in September 2023. It has also asked its practice educators to include dogs in the home in the next round of assessment training.]

#pagebreak()
#band[Part C · Findings]
#metadata("partC") <partC>
#p("5.1")[The review has identified five findings. Each describes a pattern in how the system worked, not a failing of one person. Every practitioner who took part was open about what they knew and did, and several have already changed their practice.]

#finding(1, "Dogs as nuisance, not risk", "5.2")[Every agency that met Bruno saw him through the lens of its own job. For Harbourside he was a breach of clause 14; for the police he was a crime against a postal worker; for the dog warden he was an anti-social behaviour matter to be fixed with a lead and a muzzle. Nobody looked at him as a hazard to a toddler who shared his yard.]
#p("5.3")[The review found no Brackley Fen policy, in any agency, that names dogs as a possible source of harm to young children, although national learning from earlier reviews has highlighted this for several years.#footnote[The Child Safeguarding Practice Review Panel has published learning about dog-related child deaths and injuries; see its annual reports for 2020 to 2022.] The absence of a prompt made it a matter of individual judgement whether anyone asked.]

#finding(2, "Facts in separate systems", "5.4")[The four warnings were recorded in four systems: Harbourside's housing database, the police crime and incident system, the dog warden's spreadsheet and the nursery's electronic log. None of those agencies had a reason, under its own procedures, to tell children's social care, and children's social care had no reason to ask them. Information-sharing rules did not prevent sharing; nobody thought to share.]
#p("5.5")[Even within the police, the crime report of 14 February and the domestic incident of 2 February were not linked, because the address was entered in two formats. The force has since introduced address matching against the national gazetteer, which went live on 4 December 2023.]

#finding(3, "Explanations accepted", "5.6")[Three practitioners heard an explanation for an injury or a risk and accepted it: DSL1 at nursery, GP1 at the surgery and SW2 at the home visit. Each explanation came from Ms L, who was probably trying to keep the dogs, and perhaps Mr H, in the household. Professional curiosity would have meant asking a second question: whose dog, how often, where was the child, has it happened before.]
#p("5.7")[GP1 in particular was not helped by the practice system, which filed the health visitor's note about the dog where no clinician would see it during a consultation. The practice has since changed the way such correspondence is coded so that it appears as an alert.]

#finding(4, "A warning not heard", "5.8")[Mrs P's call on 30 March 2023 was the clearest warning anyone gave. It was specific, it named the dog and it predicted the harm. It was heard as family conflict because the worker already knew that Mrs P and Mr H disliked each other, and because nothing else on the file suggested that the dogs were a concern. Relatives often see what professionals do not, and their concerns deserve to be tested rather than filed.]

#finding(5, "Transfer lost the thread", "5.9")[The change of social worker on 20 March 2023 came halfway through the assessment, after ten unallocated days. SW2 started again, with one home visit in 23 days, a caseload well above target and a handover note that did not mention the dogs. The assessment was completed within the 45 working day limit, but its analysis rested on what SW2 had seen on a single afternoon.]
#p("5.10")[The review recognises the pressure on the service in spring 2023, when 14 of its 61 social worker posts were vacant or filled by agency staff. That context explains the short handover and the high caseload. It does not change the learning: that an assessment which changes hands needs a fresh look at what is already known, including from agencies outside the usual safeguarding partners.]

#sidebar[What would have helped?][
- A single question at every home visit: "Are there any animals in the home, and where does your child go when they are about?"
- A route for dog wardens and housing officers to pass a concern about a child to the MASH.
- Address matching so that separate reports about the same home are seen together.
- A rule that a relative's specific warning is tested with the person it is about.]

#pagebreak()
#band[Part D · Recommendations]
#metadata("partD") <partD>
#p("6.1")[The review makes seven recommendations. The partnership has accepted all of them and will report on progress to its executive group in September 2024.]
#p("6.2")[*Recommendation 1.* All partner agencies should add a question about dogs and other animals to their home visit and assessment guidance, with a prompt to consider where a young child spends time in relation to the animal.]
#p("6.3")[*Recommendation 2.* Brackley Fen District Council should give the dog warden service a direct route to the MASH, and should train its officers to record children seen at an address. The council has agreed to deliver this training to all 6 of its animal and environmental enforcement officers by 31 March 2024.]
#p("6.4")[*Recommendation 3.* Saltmarsh Homes and Harbourside Tenancy Services Ltd should treat complaints about aggressive dogs at properties with children as possible safeguarding concerns and should be included in the partnership's training offer.]
#p("6.5")[*Recommendation 4.* Early years settings should be reminded, through the partnership's designated safeguarding lead network, that injuries caused by animals in the home can be a sign of neglectful supervision and should be discussed with the MASH when there is a pattern.]
#p("6.6")[*Recommendation 5.* Mill Lane Surgery and the integrated care board should review how correspondence from health visitors is coded, so that household risks appear as alerts in consultations.]
#p("6.7")[*Recommendation 6.* Brackley Fen Children's Services should set a standard for case transfers mid-assessment, including a review of all agency checks and a conversation between the outgoing and incoming workers where possible.]
#p("6.8")[*Recommendation 7.* The partnership should publish a 7-minute briefing on dog safety for all practitioners, and should ask the national Panel to consider including dog-related injuries in its next thematic review.]
#p("6.9")[The lead reviewer would like to end with Child E. He is now three. He has learned to say "doggy" again, from a safe distance and with his grandmother's hand in his. The partnership owes it to him, and to other children in homes with powerful dogs, to make sure that the next warning is heard the first time it is given.]
#pagebreak()
#band[Appendices]
#metadata("app") <app>
#sub[Appendix A. Terms of reference]
#p("A.1")[The review was asked to consider how agencies identified and responded to risks to Child E from dogs in the household, and how information about those dogs was shared between agencies.]
#p("A.2")[It was asked to examine the quality of the child and family assessment, including the handover between social workers, and how the views of extended family members were sought and weighed.]
#p("A.3")[It was asked to consider whether the partnership's training, policies and procedures address risks from animals in the home, and to compare them with practice in neighbouring partnerships. The review looked at the procedures of three neighbouring partnerships and found that one, Marshland Borough, had issued a practice note on dogs in 2021.]
#p("A.4")[The review was not asked to determine the cause of the attack or to apportion blame, and it has not done so. Matters of criminal responsibility are for the courts.]
#sub[Appendix B. Review panel]
#p("B.1")[The review panel was chaired by the partnership's business manager, Owen Castellan, and met six times between June and December 2023. It included senior representatives of Brackley Fen Children's Services, Brackley Fen Police, the integrated care board, Northgate Community Health NHS Trust, Brackley Fen District Council, Saltmarsh Homes and the partnership's education and early years lead.]
#p("B.2")[The panel thanks the air ambulance crew and the neighbour, Mr D, whose actions on 29 April 2023 saved Child E's life. Mr D was given a community bravery award by the chief constable in October 2023.]
#sub[Appendix C. Glossary]
#set text(size: 9.5pt)
#table(columns: (22mm, 1fr), inset: 4pt, stroke: 0.4pt + luma(170),
  [*CPW*], [Community Protection Warning, a written warning under section 43 of the Anti-social Behaviour, Crime and Policing Act 2014],
  [*DASH*], [Domestic abuse risk identification checklist],
  [*DSL*], [Designated safeguarding lead],
  [*MASH*], [Multi-agency safeguarding hub, where referrals to children's services are screened],
  [*PICU*], [Paediatric intensive care unit],
  [*PPN*], [Police protection notice, the form police use to share a concern about a child],
  [*Role codes*], [DSL1 nursery lead; DW1 dog warden; FSW1 family support worker; GP1 general practitioner; HO1 housing officer; HV1 and HV2 health visitors; MASH1 MASH social worker; PC1 to PC3 police officers; SW1 and SW2 social workers; TM1 team manager],
)
'''

BRIEFING = COMMON + r'''
#set page(paper: "a4", margin: (x: 14mm, top: 20mm, bottom: 18mm), numbering: "1",
  header: context [#set text(font: sans, size: 8pt, fill: accent); 7-minute briefing · CSPR Child E · FICTIONAL #h(1fr) Brackley Fen SCP],
  footer: context [#set text(font: sans, size: 8pt, fill: accent); FICTIONAL training material #h(1fr) Page #counter(page).display() of 2])
#set text(font: sans, size: 9.5pt)
#set par(justify: false)
#let box2(title, body, fill: shade) = block(width: 100%, height: 100%, fill: fill, inset: 9pt, radius: 3pt)[
  #text(size: 12pt, weight: "bold", fill: accent)[#title]
  #v(-2pt)
  #body]
#block(width: 100%, fill: accent, inset: 12pt)[#text(size: 20pt, weight: "bold", fill: white)[7-minute briefing: Child E]\ #text(size: 11pt, fill: white)[Dogs in the home: four warnings, four systems · FICTIONAL]]
#v(2mm)
#grid(columns: (1fr, 1fr), rows: (190pt, 190pt, 190pt), gutter: 8pt,
  box2[1. The case][Child E, aged two, was seriously injured on 29 April 2023 when Bruno, a 52 kg American bully XL type dog belonging to his mother's partner Mr H, attacked him in the back yard of the family home in Saltholme. He spent 29 days in hospital, 8 of them in paediatric intensive care, and had 5 operations. He now lives with his grandmother.],
  box2[2. What was known][
    - A neighbour complained to the managing agent about a loose dog (9 November 2022).
    - Bruno bit a postal worker at the front gate (14 February 2023).
    - The dog warden issued a Community Protection Warning (23 February 2023).
    - Child E told nursery staff "Bruno bited me" (3 March 2023).
    - His grandmother warned the social worker (30 March 2023).],
  box2[3. Why it matters][Dogs are rarely thought of as a safeguarding risk. Each agency saw the dog through its own job: a tenancy breach, a crime, an anti-social behaviour matter. Nobody asked what the dog meant for a toddler who played in the same yard.],
  box2[4. Professional curiosity][Three practitioners accepted an explanation for an injury without asking a second question. Ask whose dog it is, where the child goes when it is loose, and whether it has bitten anyone before.],
  box2[5. Listen to relatives][The grandmother's warning, "that dog will have Ezra one day", was recorded as family conflict. Test a specific warning; do not file it.],
  box2(fill: rgb("#f6e3dd"))[6. Case transfers][The assessment changed hands after the first social worker left. Re-check what partner agencies know whenever a case is transferred.],
)
#pagebreak()
#grid(columns: (1fr, 1fr), rows: (230pt, 230pt), gutter: 8pt,
  box2[7. What to do now][
    - Ask about animals at every home visit.
    - Record children seen at an address, whatever your role.
    - Share dog bite reports involving a household with children with the MASH.
    - Look up the review's seven recommendations.],
  box2[Questions for your team][
    - Would a concern about a dog reach us?
    - Does our home visit form mention animals?
    - When did we last test a relative's warning?],
  box2[Key numbers][
    #text(size: 22pt, weight: "bold", fill: accent2)[4] warnings before the attack\
    #text(size: 22pt, weight: "bold", fill: accent2)[7] agencies involved\
    #text(size: 22pt, weight: "bold", fill: accent2)[5] operations],
  box2[Find out more][The full review, published on 26 February 2024 by the Brackley Fen Safeguarding Children Partnership, is available from the partnership's business unit. This briefing is FICTIONAL and for training use only.],
)
'''


def compile_to(src, name):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "main.typ")
        with open(path, "w", encoding="utf-8") as f:
            f.write(src)
        out = os.path.join(HERE, name)
        typst.compile(path, output=out, font_paths=[p for p in FONT_DIRS if os.path.isdir(p)])
        print("wrote", out)


if __name__ == "__main__":
    compile_to(REVIEW, "brackley-fen-cspr-child-e.pdf")
    compile_to(BRIEFING, "brackley-fen-child-e-7-minute-briefing.pdf")
