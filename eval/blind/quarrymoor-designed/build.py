#!/usr/bin/env python3
"""Build the FICTIONAL Quarrymoor corpus: a designed Child Safeguarding Practice Review
("Arlo", 11 pp.) and a 2-page seven-minute briefing about the same case.

Generator: Typst, through the `typst` Python package (which bundles the Typst compiler).

    python3 -m venv /tmp/blindgen-quarrymoor
    /tmp/blindgen-quarrymoor/bin/pip install typst==0.15.2 pypdf
    /tmp/blindgen-quarrymoor/bin/python eval/blind/quarrymoor-designed/build.py

Fonts: Liberation Sans / Liberation Serif (Debian package fonts-liberation); Typst falls back
to its bundled fonts if they are missing, which moves lines and pages, so install them first.
The build is deterministic: the PDF creation date is fixed (1 July 2025) and Typst writes no
other volatile data, so a rebuild with the same typst version and fonts is byte for byte the same.

Everything in these documents is FICTIONAL.
"""
from __future__ import annotations

import pathlib
import sys

import typst

HERE = pathlib.Path(__file__).resolve().parent
REVIEW = "quarrymoor-cspr-arlo.pdf"
BRIEFING = "quarrymoor-arlo-seven-minute-briefing.pdf"
TIMESTAMP = 1751328000  # 2025-07-01 00:00:00 UTC: fixed creation date for reproducible output

# --------------------------------------------------------------------------------------------
# Shared Typst styles and helpers
# --------------------------------------------------------------------------------------------
PREAMBLE = r"""
#let teal = rgb("#0b5560")
#let coral = rgb("#c8492f")
#let mist = rgb("#e3eeed")
#let sand = rgb("#f6efe4")
#let ink = rgb("#1d2a2c")

#set text(font: ("Liberation Sans", "DejaVu Sans"), size: 9.4pt, fill: ink, lang: "en", region: "gb", hyphenate: false)
#set par(justify: true, leading: 0.58em, spacing: 0.85em)
#show footnote.entry: set text(size: 7pt)
#set footnote.entry(separator: line(length: 30%, stroke: 0.5pt + teal), gap: 0.45em, clearance: 0.9em)

// numbered paragraph number, printed in the text flow at the start of a line
#let np(n) = text(weight: "bold", fill: teal)[#n]
// run-in heading: the numbered paragraph follows on the same line
#let rh(t) = text(weight: "bold", fill: coral)[#t]
// sub-heading inside a column
#let sh(t) = block(above: 1.1em, below: 0.55em, sticky: true, text(weight: "bold", size: 10pt, fill: teal)[#t])

// full-width section band above the two columns
#let band(num, title) = block(width: 100%, fill: teal, inset: (x: 8pt, y: 7pt), above: 0.9em, below: 0.9em, sticky: true,
  text(fill: white, weight: "bold", size: 13pt)[#num#h(10pt)#title])

#let twocol(body) = columns(2, gutter: 7.5mm, body)
// two columns of equal height for a section that fits on one page: measure the text in one
// column, then give the two-column block half that height (plus a little slack)
#let balanced(body, slack: 1.6em) = layout(size => {
  let colw = (size.width - 7.5mm) / 2
  let h = measure(block(width: colw, body)).height
  block(height: h / 2 + slack, columns(2, gutter: 7.5mm, body))
})

#let sidebar(title, body) = block(width: 100%, fill: mist, inset: 8pt, radius: 2pt, above: 1em, below: 1em, breakable: false,
  stroke: (left: 3pt + teal))[
  #text(weight: "bold", fill: teal, size: 10pt)[#title]
  #v(-0.3em)
  #set text(size: 8.6pt)
  #body
]

#let pullquote(body, who) = block(width: 100%, inset: (x: 4pt, y: 9pt), above: 1.1em, below: 1.1em, breakable: false,
  stroke: (top: 1.6pt + coral, bottom: 1.6pt + coral))[
  #set par(justify: false, leading: 0.5em)
  #text(font: ("Liberation Serif", "DejaVu Serif"), style: "italic", size: 14pt, fill: coral)[“#body”]
  #v(-0.2em)
  #text(size: 7.8pt, weight: "bold", fill: teal)[#who]
]

#let fict = text(weight: "bold", fill: coral)[FICTIONAL]
"""

# --------------------------------------------------------------------------------------------
# The review
# --------------------------------------------------------------------------------------------
REVIEW_TYP = PREAMBLE + r"""
#set document(title: "FICTIONAL Child Safeguarding Practice Review: Arlo", author: "Quarrymoor Safeguarding Children Partnership", date: datetime(year: 2025, month: 7, day: 1))

#let runhead = context {
  if counter(page).get().first() > 0 and here().page() > 1 [
    #set text(size: 7.5pt, fill: teal)
    #grid(columns: (1fr, auto), [Child Safeguarding Practice Review: Arlo #h(4pt) | #h(4pt) #fict],
      [Quarrymoor Safeguarding Children Partnership])
    #v(-0.55em)
    #line(length: 100%, stroke: 0.5pt + teal)
  ]
}
#let runfoot = context {
  if here().page() > 1 [
    #set text(size: 7.5pt, fill: teal)
    #line(length: 100%, stroke: 0.5pt + teal)
    #v(-0.5em)
    #grid(columns: (1fr, auto), [FICTIONAL document written for evaluation · Published July 2025],
      text(weight: "bold", size: 9pt)[#counter(page).display()])
  ]
}

#set page(paper: "a4", margin: (left: 17mm, right: 17mm, top: 23mm, bottom: 21mm),
  numbering: "i", header: runhead, footer: runfoot, header-ascent: 35%, footer-descent: 30%)

// ---------------------------------------------------------------- cover (page i)
#page(margin: 0mm, header: none, footer: none)[
  #place(top + left, rect(width: 100%, height: 100%, fill: teal))
  #place(top + right, dx: 30mm, dy: -20mm, circle(radius: 75mm, fill: rgb("#13707c")))
  #place(bottom + left, dx: -25mm, dy: 25mm, circle(radius: 60mm, fill: coral))
  #place(top + left, dx: 20mm, dy: 22mm, block(width: 150mm)[
    #set text(fill: white)
    #text(size: 10pt, weight: "bold", tracking: 1.5pt)[QUARRYMOOR SAFEGUARDING CHILDREN PARTNERSHIP]
    #v(48mm)
    #text(size: 30pt, weight: "bold")[Child Safeguarding \ Practice Review]
    #v(4mm)
    #text(size: 44pt, weight: "bold", fill: rgb("#f7c9b9"))[Arlo]
    #v(6mm)
    #text(size: 13pt)[Learning from the serious injury of a 26-month-old boy \ in Quarrymoor in February 2024]
    #v(14mm)
    #text(size: 10.5pt)[Independent lead reviewer: Dr Imogen Thackray-Bell \ Published July 2025]
  ])
  #place(bottom + right, dx: -18mm, dy: -16mm, block(width: 100mm, fill: white, inset: 8pt)[
    #set text(size: 8.5pt, fill: ink)
    #text(weight: "bold", fill: coral)[FICTIONAL.] Every person, place, agency and event in this
    document is invented. It was written to test software that answers questions about
    safeguarding reviews and describes no real child.
  ])
]

// ---------------------------------------------------------------- page ii: contents, about, role codes
#grid(columns: (1fr, 1fr), column-gutter: 9mm,
[
  #text(size: 20pt, weight: "bold", fill: teal)[Contents]
  #v(2mm)
  #set text(size: 10pt)
  #let crow(n, t, l) = grid(columns: (8mm, 1fr, 10mm), row-gutter: 0pt, n, [#t #box(width: 1fr, repeat[.])], align(right, l))
  #let pg(l) = context { let loc = locate(l); numbering(loc.page-numbering(), ..counter(page).at(loc)) }
  #crow[][Foreword by the Independent Scrutineer][#pg(<fw>)]
  #crow[1][Introduction][#pg(<sec1>)]
  #crow[2][How the review was carried out][#pg(<sec2>)]
  #crow[3][Arlo and his family][#pg(<sec3>)]
  #crow[4][What happened][#pg(<sec4>)]
  #crow[5][Analysis and findings][#pg(<sec5>)]
  #crow[6][Recommendations][#pg(<sec6>)]
  #crow[7][What has changed since][#pg(<sec7>)]
  #crow[A][Appendix: terms of reference and the review panel][#pg(<secA>)]
  #v(8mm)
  #block(fill: sand, inset: 9pt, width: 100%)[
    #text(weight: "bold", fill: coral, size: 11pt)[About this review]
    #set text(size: 8.8pt)

    This review was commissioned by the Quarrymoor Safeguarding Children Partnership (QSCP), whose
    three statutory safeguarding partners are Quarrymoor Council, the Fells and Quarrymoor Integrated
    Care Board and Quarrymoor Police.

    The review period runs from 14 August 2023 to 28 February 2024. The report was approved by the
    statutory partners on 17 June 2025 and published in July 2025, after the end of criminal proceedings.

    The cost of the review, including the independent reviewer's fees and the learning event, was
    £23,850.
  ]
  #v(4mm)
  #block(fill: mist, inset: 9pt, width: 100%, stroke: (left: 3pt + teal))[
    #text(weight: "bold", fill: teal, size: 11pt)[If you are worried about a child]
    #set text(size: 8.8pt)

    Contact the Quarrymoor Multi-Agency Safeguarding Hub on 01632 960417 (Monday to Friday, 8.30am to
    5pm) or the emergency duty team on 01632 960888 at any other time. In an emergency, call 999.
  ]
],
[
  #text(size: 20pt, weight: "bold", fill: teal)[Role codes]
  #v(1mm)
  #text(size: 8.8pt)[Practitioners are not named. Each is given a code that is used throughout the report.]
  #v(1mm)
  #set text(size: 8.2pt)
  #set par(justify: false)
  #table(columns: (13mm, 1fr), stroke: none, inset: (x: 4pt, y: 3.6pt),
    fill: (x, y) => if y == 0 { teal } else if calc.odd(y) { mist } else { white },
    table.header(text(fill: white, weight: "bold")[Code], text(fill: white, weight: "bold")[Role and agency]),
    [SW1], [Allocated social worker, assessment team, Quarrymoor Children's Social Care],
    [TM1], [Team manager, assessment team, Quarrymoor Children's Social Care],
    [HV1], [Health visitor who made the transfer-in visit, Moorside Community Health NHS Trust],
    [HV2], [Health visitor covering the caseload from November 2023, Moorside Community Health NHS Trust],
    [GP1], [General practitioner, Harrowgate Lane Surgery],
    [PC1], [Police constable who attended Fellside Court on 2 October 2023],
    [PC2], [Police constable who attended Fellside Court on 28 November 2023],
    [DS1], [Detective sergeant, Public Protection Unit, Quarrymoor Police],
    [DSL1], [Designated safeguarding lead and deputy manager, Little Fells Nursery],
    [KP1], [Arlo's key person, Little Fells Nursery],
    [ED1], [Emergency department registrar, Quarrymoor Royal Infirmary],
    [FSW1], [Family support worker, Brookvale Family Support Ltd.],
    [KW1], [Recovery keyworker, Pathways Recovery Service],
    [HO1], [Housing officer, Quarrymoor Homes],
  )
])

#pagebreak()
// ---------------------------------------------------------------- page iii: foreword
#text(size: 20pt, weight: "bold", fill: teal)[Foreword] <fw>
#v(1mm)
#columns(2, gutter: 7.5mm)[
  #set text(size: 10.6pt)
  #set par(leading: 0.62em)
  Arlo was 26 months old when he was brought to hospital on the morning of 28 February 2024 with
  injuries that will affect him for the rest of his life. He was injured by an adult who was supposed
  to be caring for him. In the six months before that morning, nine agencies had some contact with
  Arlo or the adults around him. Several practitioners saw things that worried them a little, and each
  of them dealt with what they saw on its own.

  This review does not find that any single practitioner could have predicted what happened. It does
  find that the system we had in Quarrymoor made it too easy for a man who was living in Arlo's home to
  remain invisible, and too easy for small pieces of information to stay with the agency that held them.

  I want to thank Arlo's grandmother, who cares for him now, for the hours she spent with the reviewer,
  and Arlo's mother, who met the reviewer twice at a very painful time and who asked that this report be
  "honest about what everyone missed, including me". Arlo's father also spoke to the reviewer.

  I also thank the practitioners who came to the learning event and spoke openly about their work. Many
  of them were working under real pressure, and several have told us that the case has changed how they
  practise.

  #colbreak()
  #pullquote[We must stop treating a toddler in a domestic abuse household as a bystander.][Colin Ashdown, Independent Scrutineer]

  The statutory safeguarding partners accepted all eight recommendations of this review on 17 June 2025.
  Some of the changes have already been made, and they are described in section 7. The partnership will
  check the rest through its multi-agency audit programme, and will report on progress in its annual
  report for 2025–26.

  #v(4mm)
  #block[
  #set par(justify: false)
  #text(weight: "bold")[Colin Ashdown] \
  Independent Scrutineer, Quarrymoor Safeguarding Children Partnership \
  June 2025
  ]

  #v(6mm)
  #block(fill: sand, inset: 8pt, width: 100%)[
    #text(weight: "bold", fill: coral)[A note on language] \
    #set text(size: 8.6pt)
    "Arlo" is not the child's real name; his mother chose it. The report calls his mother Ms R, her
    former partner Mr T and Arlo's father Mr V. Practitioners are referred to by role codes, listed on
    page ii.
  ]
]

// ---------------------------------------------------------------- body: printed page 1 onwards
#set page(numbering: "1")
#counter(page).update(1)

#band[1][Introduction] <sec1>
#balanced[
#np[1.1] This review concerns Arlo, a boy who was 26 months old when he was admitted to hospital on
28 February 2024 with injuries that doctors concluded had been inflicted. Arlo's mother chose the
name Arlo for this report because, she said, it was the name she had almost given him.

#np[1.2] Arlo had bleeding on both sides of the brain (bilateral subdural haemorrhages), bleeding at
the back of both eyes and healing fractures of three ribs on his left side. He spent nineteen days in
the paediatric intensive care unit at Northfell Children's Hospital. He survived, but he has a weakness
on the left side of his body and continues to receive physiotherapy twice a week.

#np[1.3] In May 2025 Mr T, the former partner of Arlo's mother, was convicted at Quarrymoor Crown Court
of causing grievous bodily harm with intent and was sentenced to eleven years' imprisonment. Arlo's
mother, Ms R, was not charged with any offence. Arlo now lives with his maternal grandmother under a
special guardianship order made on 2 April 2025.

#np[1.4] The partnership notified the Child Safeguarding Practice Review Panel of the incident on
29 February 2024. A rapid review met on 13 March 2024 and recommended a local child safeguarding
practice review, because what agencies knew suggested learning about how the risk from a new partner
is identified when domestic abuse notifications are screened.#footnote[Working Together to Safeguard
Children 2023, chapter 5, sets out the criteria for a local review and expects the rapid review to be
completed within 15 working days of the serious incident notification.] The national Panel agreed
with this decision on 4 April 2024.

#np[1.5] The review period runs from 14 August 2023, when Ms R and Arlo moved into a first-floor flat
at Fellside Court, Quarrymoor, to the day of Arlo's admission. Earlier involvement with the family in
Brackenford, where Arlo was born, is summarised where it helps to explain what agencies knew.
]

#band[2][How the review was carried out] <sec2>
#twocol[
#np[2.1] The partnership appointed Dr Imogen Thackray-Bell as independent lead reviewer in May 2024.
She is a former social worker and lecturer in child protection and has no connection with any agency
in Quarrymoor. A review panel of senior managers from eight agencies met five times between June 2024
and March 2025.

#np[2.2] Each agency provided a chronology and a short report. Instead of full individual management
reviews, the reviewer held conversations with twelve practitioners and managers, and ran a learning
event on 14 June 2024 that was attended by 23 practitioners from nine agencies.

#np[2.3] Ms R met the reviewer twice, once with her advocate from Quarrymoor Women's Aid. Arlo's
grandmother met the reviewer at her home and showed her photographs of Arlo. Arlo's father, Mr V,
spoke to the reviewer by telephone. Mr T was written to in prison and declined to take part.

#np[2.4] The review followed four lines of enquiry: how well agencies knew who lived in, or regularly
visited, Arlo's home; how the two domestic abuse incidents were screened, and whether the response
reflected the risk to a toddler; whether practitioners who saw injuries considered that they might
have been inflicted; and how well the step-down to early help worked.

#colbreak()
#block(width: 100%, above: 0pt)[
  #text(weight: "bold", fill: teal, size: 9pt)[Table 1: Agencies that knew Arlo's family]
  #v(-0.4em)
  #set text(size: 7.8pt)
  #set par(justify: false, leading: 0.45em)
  #table(columns: (31mm, 1fr), inset: (x: 3.5pt, y: 3.2pt), stroke: 0.4pt + rgb("#9bbab7"),
    fill: (x, y) => if y == 0 { teal } else if x == 0 { mist } else { white },
    table.header(text(fill: white, weight: "bold")[Agency], text(fill: white, weight: "bold")[Involvement in the review period]),
    [Quarrymoor Children's Social Care (incl. MASH)], [Screened two police notifications; strategy discussion on 1 December 2023; child and family assessment by SW1, closed on 22 January 2024],
    [Moorside Community Health NHS Trust (health visiting)], [Transfer-in visit by HV1; two-year review by HV2; received the emergency department notification],
    [Harrowgate Lane Surgery], [Registered Ms R and Arlo on 21 August 2023; new patient check by GP1; Arlo's immunisations],
    [Quarrymoor Police], [Attended Fellside Court twice (PC1, PC2); arrested Mr T for criminal damage; DS1 at the strategy discussion],
    [Little Fells Nursery], [Arlo attended three mornings a week from 18 September 2023; body map of ear bruise; email to SW1],
    [Quarrymoor Royal Infirmary], [Emergency department treated a scald on 10 January 2024 (ED1); paediatric liaison notification],
    [Brookvale Family Support Ltd.], [Early help referral on 22 January 2024; two visits attempted by FSW1],
    [Pathways Recovery Service], [Treating Mr T (KW1) for drug use; did not know he lived with a child],
    [Quarrymoor Homes], [Tenancy of Fellside Court; two noise complaints from neighbours (HO1)],
  )
]
]

#band[3][Arlo and his family] <sec3>
#twocol[
#np[3.1] Arlo is the only child of Ms R and Mr V, who separated before he was born. Ms R was 22 during
the review period. She had been looked after by Brackenford Council between the ages of 13 and 16 and
had the support of a personal adviser, as a care leaver, until her 21st birthday.

#np[3.2] Ms R moved to Quarrymoor to be nearer her mother after her tenancy in Brackenford ended
because of rent arrears. Quarrymoor Homes offered her a two-bedroom flat at Fellside Court, and she
signed the tenancy on 14 August 2023.

#np[3.3] Ms R met Mr T in the summer of 2023 through a friend at work. He was 29. He had two
convictions for assaulting a former partner, from 2016 and 2019. These were on police systems, but no
one applied for a disclosure under the Domestic Violence Disclosure Scheme, and Ms R told the reviewer
that she did not know about them until after Arlo was hurt.

#np[3.4] Mr T gave his mother's house in Cragside Road as his address to his GP and to the Pathways
Recovery Service, but he stayed at Fellside Court most nights from October 2023. KW1, his keyworker at
Pathways, where he was being treated for cannabis and cocaine use,#footnote[Pathways Recovery Service is
an adult drug and alcohol service commissioned by the council's public health team. In 2023 its
assessment form asked whether a service user was a parent, but not whether they lived with, or looked
after, children who were not their own. The form was changed in January 2025.] had no reason to know
that he was living with a young child, and did not ask.

#np[3.5] Arlo's grandmother describes him as "a little whirlwind" who loved buses, bath time and a toy
tractor that he called "Tractor". At nursery, his key person (KP1) remembers that he waved at the bin
lorry from the window every Wednesday.

#np[3.6] Mr V lived in Brackenford and saw Arlo about once a month until October 2023, when the visits
stopped. He told the reviewer that Ms R had said Mr T "did not like him coming round". No agency spoke
to Mr V during the review period, and none of the records names him.

#colbreak()
#sidebar[Voice of the child: what would Arlo have told us?][
Arlo was 20 months old when he started at Little Fells Nursery. He had only a few words: "Nana", "bus",
"more" and "no". His key person kept a learning journal with photographs and short notes, which the
reviewer read in full.

In the eight weeks before he was harmed, the journal shows a change. Arlo began to flinch when an
adult lifted an arm near him. He would not let anyone except his key person change his nappy, and he
cried at the door on the mornings that he was brought in by a man. On 21 February 2024 he sat under
the water tray for most of the session.

None of these notes was a safeguarding concern on its own, and none was shared outside the room. Read
together, they are the nearest thing this review has to Arlo's own account of his life at home.
]

#np[3.7] Ms R told the reviewer that she had felt "watched but not helped" by professionals since
she was a child herself, and that she had learned to say whatever would make them go away. She said
that no one had ever asked her directly whether Mr T frightened her when he was looking after Arlo.
]

#band[4][What happened] <sec4>
#block(width: 100%)[
  #text(weight: "bold", fill: teal, size: 9.5pt)[Table 2: Key episodes in the review period]
  #v(-0.4em)
  #set text(size: 8pt)
  #set par(justify: false, leading: 0.45em)
  #table(columns: (19mm, 13mm, 34mm, 1fr), inset: (x: 4pt, y: 3.4pt), stroke: 0.4pt + rgb("#9bbab7"),
    fill: (x, y) => if y == 0 { teal } else if calc.even(y) { mist } else { white },
    table.header(..([Date], [Time], [Agency], [What happened]).map(t => text(fill: white, weight: "bold", t))),
    [14/08/2023], [–], [Quarrymoor Homes], [Ms R signs the tenancy for the flat at Fellside Court.],
    [06/09/2023], [10:30], [Health visiting], [Transfer-in home visit by HV1. Ms R mentions a new partner; his name is not recorded.],
    [18/09/2023], [–], [Little Fells Nursery], [Arlo starts nursery, three mornings a week.],
    [02/10/2023], [23:15], [Quarrymoor Police], [Neighbour reports shouting. PC1 attends; Mr T has left. DASH graded standard risk.],
    [09/10/2023], [–], [MASH], [First police notification screened: no further action; letter to health visiting.],
    [08/11/2023], [09:05], [Little Fells Nursery], [Bruise to Arlo's left ear seen at drop-off. Body map completed; no referral.],
    [28/11/2023], [01:40], [Quarrymoor Police], [Ms R calls 999. PC2 arrests Mr T for criminal damage. DASH graded medium risk.],
    [01/12/2023], [14:00], [Social care, police, health], [Strategy discussion (TM1, DS1, HV2). Decision: child and family assessment.],
    [11/12/2023], [11:00], [Children's Social Care], [First home visit by SW1. Mr T is present.],
    [19/12/2023], [13:45], [Health visiting], [Two-year review by HV2 at Fellside Children's Centre; speech and language referral.],
    [10/01/2024], [18:55], [Quarrymoor Royal Infirmary], [Scald to right hand. Seen by ED1; discharged at 22:10.],
    [22/01/2024], [–], [Children's Social Care], [TM1 approves closure and step-down to early help.],
    [02/02/2024], [16:12], [Little Fells Nursery], [DSL1 emails SW1 about absences and a mark on Arlo's hand. Automatic reply; not actioned.],
    [08/02/2024], [–], [Brookvale Family Support], [FSW1’s first visit: no answer at the door.],
    [28/02/2024], [06:20], [Ambulance service, police], [Mr T calls 999: Arlo unresponsive. Arlo admitted to hospital; Mr T arrested.],
  )
]
#v(0.5em)
#twocol[
#sh[Moving to Quarrymoor: August and September 2023]
#np[4.1] Ms R registered herself and Arlo with Harrowgate Lane Surgery on 21 August 2023. GP1 carried
out a new patient check for Ms R, who said that she had stopped taking sertraline for low mood during
her pregnancy and did not want to restart it. Arlo's records from Brackenford arrived on 4 September
2023 and showed that his immunisations were up to date.

#np[4.2] HV1 visited on 6 September 2023 for a transfer-in contact, the health visiting service's first
contact with a family who move into the area. HV1 recorded that the flat was sparsely furnished but
clean and warm, and that Ms R had mentioned a new partner "who is great with Arlo". HV1 did not record
the partner's name, his age or whether he stayed at the flat; the service's transfer-in template did
not prompt for any of this.

#np[4.3] Ms R found a place for Arlo at Little Fells Nursery, a private nursery on Quarry Lane, paid for
by a Quarrymoor Families First grant, and he started there on 18 September 2023. He attended on Monday,
Wednesday and Thursday mornings. The nursery's registration form listed Ms R and Arlo's grandmother as
the adults allowed to collect him; Mr T was added on 16 October 2023 at Ms R's request.

#sh[The first police call-out: October 2023]
#np[4.4] At about 11.15pm on 2 October 2023 a neighbour at Fellside Court called the police to report
shouting and banging from the flat above. PC1 attended with a colleague and found Ms R alone with
Arlo, who was asleep. Ms R said that she had argued with her boyfriend about money and that he had
left. She would not give his full name.

#np[4.5] PC1 completed a DASH risk assessment#footnote[DASH is the Domestic Abuse, Stalking, Harassment
and Honour-Based Violence risk identification checklist. It has 27 questions. Fourteen or more "yes"
answers usually indicate high risk, but an officer's professional judgement can raise the grade
whatever the score.] with Ms R, which was graded standard risk; Ms R answered "yes" to four of the
questions. PC1 did not see Arlo awake and recorded "child asleep, no concerns". A public protection
notice (PPN) was submitted on 4 October 2023.

#np[4.6] The MASH#footnote[The Quarrymoor Multi-Agency Safeguarding Hub (MASH) brings together staff
from Children's Social Care, the police, health and education in one office at Riverside House. In
2023–24 it screened 6,418 contacts, of which 2,207 were police notifications.] screened the PPN on
9 October 2023 and decided that no further action was needed by Children's Social Care, because the
incident was verbal, the risk was standard and there had been no earlier notifications in Quarrymoor.
A letter was sent to the health visiting service. The screening record does not show that anyone
checked police systems for the partner, because his name was not known.

#np[4.7] The letter reached the health visiting administration team on 30 October 2023 and was filed
in Arlo's electronic record without being read by a health visitor. This was a known weakness: letters
from the MASH were scanned in as general correspondence. It has since been put right.

#sh[A bruise on an ear: November 2023]
#np[4.8] When Ms R dropped Arlo off at nursery at 9.05am on 8 November 2023, KP1 noticed a bruise on
the top of his left ear. Ms R said that Arlo had banged his head on the side of his cot. KP1 completed a
body map and told DSL1, who looked at the bruise and agreed that it fitted the explanation.

#np[4.9] Neither KP1 nor DSL1 knew about the police call-out in October. DSL1 told the reviewer that she
had been trained to think about bruising in babies who are not yet mobile, and that because Arlo was
walking and "always on the go" she had not thought of the ear as unusual. Bruising to the ear in a
child under four is one of the patterns that should prompt a referral.#footnote[TEN-4-FACESp is a
bruising clinical decision rule for children under four: bruising to the torso, ear or neck, any
bruising in a baby under four months old, or bruising to the frenulum, angle of the jaw, cheeks,
eyelids or the whites of the eyes should lead to an assessment for physical abuse.] The nursery's
safeguarding policy did not say so.

#sh[The second police call-out: 28 November 2023]
#np[4.10] At 1.40am on 28 November 2023 Ms R called 999 and said that her partner was "smashing the
place up". PC2 and a colleague arrived eleven minutes later. Mr T was in the kitchen; the television
had been pulled off its stand and a door panel was broken. Arlo was standing in his cot, crying. PC2
arrested Mr T for criminal damage. He was later released under investigation, and no charge followed.

#np[4.11] PC2 completed a DASH assessment with Ms R, who answered "yes" to nine of the 27 questions,
including that Mr T had put his hands round her throat during an argument in the summer. The
assessment was graded medium risk. Police systems showed Mr T's two convictions for assaulting a
former partner. PC2 recorded these on the PPN but did not raise the grade, and told the reviewer that
she had understood the grade to be fixed by the score.

#np[4.12] The MASH screened the PPN on 29 November 2023. The MASH social worker saw that the history of
strangulation and Mr T's convictions meant that Arlo might be at risk of significant harm, and TM1
agreed to convene a strategy discussion.

#sidebar[What is a strategy discussion?][
A strategy discussion is held when there is reasonable cause to suspect that a child is suffering, or
is likely to suffer, significant harm. It decides whether to start enquiries under section 47 of the
Children Act 1989, and plans what happens next.

National guidance expects it to include, as a minimum, children's social care, the police and health,
together with the agency that made the referral and any nursery or school that the child attends.

Quarrymoor's procedures say that a strategy discussion should normally take place within one working
day of the decision to hold it, and that the chair must record why any agency that knows the child
did not take part.
]

#np[4.13] The strategy discussion took place by video call at 2pm on 1 December 2023. TM1 chaired it,
DS1 attended for the police and HV2 for health. HV2 was covering the caseload of Arlo's health visitor
and had not met the family. Little Fells Nursery was not invited: the MASH records listed no school,
and no one asked whether Arlo went to a nursery. The GP practice was not invited either.

#np[4.14] The discussion concluded that the threshold for a section 47 enquiry was not met, because
Ms R had called the police herself and Mr T had been arrested, and that a child and family assessment
should be completed under section 17. The notes record that Ms R "has acted protectively". They do
not say why the nursery and the GP were absent.

#sh[The assessment: December 2023 to January 2024]
#np[4.15] SW1 was allocated on 4 December 2023. She was a newly qualified social worker in her
assessed and supported year in employment (ASYE), with a caseload of 19 children, above the team's
target of 16 for a worker in that year.

#np[4.16] SW1 visited on 11 December 2023 at 11am, having arranged the visit with Ms R by text. Mr T
was in the flat and sat in on part of the visit. Ms R told SW1 that the relationship was over and that
Mr T had only come to collect his things. SW1 saw Arlo playing with his toy tractor and recorded that
he seemed "happy and well cared for". She did not speak to Mr T alone and did not ask to see Arlo's
bedroom.

#np[4.17] HV2 saw Arlo for his two-year review at Fellside Children's Centre on 19 December 2023. He
weighed 11.2 kg, and his communication score on the ASQ-3#footnote[The Ages and Stages Questionnaire,
third edition (ASQ-3), is completed with parents at the two-year review. It covers five areas:
communication, gross motor, fine motor, problem solving and personal-social development.] was below
the cut-off, so HV2 referred him to speech and language therapy. HV2 knew about the open assessment but
did not contact SW1 after the review, because she had no new concerns.

#np[4.18] Little Fells Nursery was closed for Christmas from 22 December 2023 to 3 January 2024. SW1
telephoned the nursery on 4 January 2024 after Ms R mentioned it; this was the first contact between
Children's Social Care and the nursery. DSL1 said that Arlo was "settled and happy". She did not
mention the bruise on his ear, and SW1 did not ask about injuries.

#np[4.19] At 6.55pm on 10 January 2024 Ms R and Mr T took Arlo to the emergency department at
Quarrymoor Royal Infirmary with a scald to the back of his right hand. Ms R said that Arlo had pulled a
mug of tea off a coffee table. ED1 treated the scald, which was superficial, and completed the
department's safeguarding checklist. The checklist asked whether the child was known to social care;
ED1 checked the Child Protection – Information Sharing system (CP-IS),#footnote[CP-IS alerts
unscheduled NHS care settings, such as emergency departments, when a child is subject to a child
protection plan or is looked after. It does not show children who are being assessed under section 17
or who have a child in need plan.] found no alert and ticked "no". Arlo was discharged at 10.10pm.

#np[4.20] The hospital's paediatric liaison service sent a notification of the attendance to the
health visiting service on 12 January 2024. It was not sent to Children's Social Care, because there
was no alert and the injury was consistent with the explanation. HV2 read the notification on
15 January and decided that a scald from a hot drink was a common accident in toddlers.

#np[4.21] SW1 made an unannounced visit on 16 January 2024. Arlo's hand was bandaged, and Ms R
explained about the tea. SW1 assumed that the hospital would have referred any concerns and did not
contact the hospital, the GP or the health visitor. She recorded that Mr T "no longer visits",
although Mr T's jacket and work boots were in the hallway. SW1 told the reviewer that she had noticed
them but thought they had been left behind.

#np[4.22] SW1 completed the assessment on 17 January 2024, 30 working days after it started. It
recommended that the case be closed to Children's Social Care and stepped down to targeted early help,
so that Ms R could have help with budgeting, with Arlo's speech and with a domestic abuse awareness
course. The analysis relied largely on Ms R's account that the relationship had ended. Neither of
Mr T's convictions was mentioned in the analysis, although both were in the strategy discussion notes.

#np[4.23] TM1 approved the assessment and the closure on 22 January 2024. She told the reviewer that the
team had 41 assessments open beyond their timescale that month, and that she had read the summary and
the recommendation but not the whole assessment. A referral to Brookvale Family Support Ltd.#footnote[Brookvale
Family Support Ltd. is a not-for-profit company commissioned by Quarrymoor Council since April 2022 to
provide targeted early help to families with children under five. The contract is worth £1.4 million a
year and expects a first visit within ten working days of a referral.] was made the same day.

#sh[Step-down and the last weeks: February 2024]
#np[4.24] Arlo's attendance at nursery fell in January 2024: he came to 5 of the 13 sessions he was
booked for. At 4.12pm on 2 February 2024 DSL1 emailed SW1 about the absences and a "healing mark" on
Arlo's hand. SW1 was on annual leave for a week. The automatic reply gave the duty team's telephone
number, but DSL1 did not ring it because she believed that the email would be picked up. The email
was read on 12 February 2024 and filed, because the case had been closed.

#np[4.25] FSW1 from Brookvale Family Support Ltd. tried to visit on 8 February 2024, but no one came to
the door. FSW1 wrote to Ms R and tried again on 15 February 2024, when Ms R spoke to her on the doorstep
and arranged a first full visit for 29 February 2024. FSW1 had been sent a two-page referral form,
which said that "the relationship with the perpetrator has ended" and did not name Mr T.

#np[4.26] Ms R started work on early shifts at a distribution warehouse on 12 February 2024. Mr T looked
after Arlo in the mornings and took him to nursery on the days he went. KP1 noted in Arlo's learning
journal on 21 February that he "cried and clung to KP1 when Mr T raised his arm to wave goodbye". The
note was not passed to DSL1.

#np[4.27] At 6.20am on 28 February 2024 Mr T called 999 to say that Arlo had "gone floppy" and was not
breathing properly. Ms R had left for work at about 5.30am. Paramedics arrived at 6.31am and took Arlo
to Quarrymoor Royal Infirmary, from where he was moved to the paediatric intensive care unit at
Northfell Children's Hospital later that day. Scans and a skeletal survey showed the injuries
described in paragraph 1.2. Mr T was arrested that afternoon.
]

#band[5][Analysis and findings] <sec5>
#twocol[
#np[5.1] The reviewer identified six findings. They describe how the system worked, not the failings of
individuals: most of the practitioners in this review did what their procedures asked of them, and the
gaps lay between the procedures.

#rh[Finding 1: Knowing who is in the household.] #np[5.2] Every agency in this review dealt with Ms R and
Arlo as a household of two. The only agency that recorded Mr T's full name before December 2023 was
Little Fells Nursery, which added him to Arlo's collection list on 16 October 2023. The health visiting
transfer-in template, the MASH screening record and the Pathways assessment form each missed a chance to
ask who else was living in, or visiting, the home.

#np[5.3] Arlo's father was invisible too. Mr V is named on Arlo's birth certificate and so has
parental responsibility, but no agency contacted him. He could have told the assessment that his
visits had stopped because of Mr T, which would have cast doubt on the account that the relationship
was over.

#np[5.4] The reviewer heard at the learning event that practitioners find it awkward to ask a young
mother about a new boyfriend, because the question can sound like a judgement. Several said that a
routine question, asked of every family, would be easier to ask and to answer.

#rh[Finding 2: Screening domestic abuse when there is a toddler.] #np[5.5] The first notification was
screened as if Arlo's age did not matter. He was not yet two, could not speak for himself and was in
the flat during an incident that neighbours could hear through the floor. The MASH screening tool used
in 2023 gave a verbal incident the same weight whether the child was a baby or a teenager.

#np[5.6] The second DASH assessment held the most important information in the case: strangulation in
the summer and two earlier convictions for assaulting a former partner. The grade was left at medium
because the officer believed the score decided it. Non-fatal strangulation is a recognised marker of
high risk of serious harm, and it became a separate criminal offence in June 2022.

#pullquote[We saw a bruise on an ear and a happy little boy, and we believed the happy little boy.][Nursery practitioner at the learning event, June 2024]

#rh[Finding 3: Strategy discussions without the people who see the child.] #np[5.7] The strategy
discussion on 1 December 2023 was held without the two agencies that saw Arlo most often: the nursery,
which saw him up to three times a week, and the GP practice. Had the nursery been there, the bruise to
Arlo's ear would have been known, and it is likely that a child protection medical would have been
arranged.

#np[5.8] This was not a one-off. The partnership's audit found that in the six months to March 2024,
early years settings were invited to 7 of the 164 strategy discussions about children under five in
Quarrymoor. Health visitors took part in 121 of them.

#rh[Finding 4: Injuries judged one at a time.] #np[5.9] Three injuries to Arlo were seen in the review
period: the bruise to his ear (KP1 and DSL1), the scald (ED1, then HV2 and SW1) and the healing mark on
his hand (DSL1). Each was judged on its own against the explanation given, and none was shared with
Children's Social Care while the assessment was open. Taken together, they should have led to a child
protection medical.

#np[5.10] The emergency department relied on CP-IS to tell it whether a child was known to social care.
CP-IS cannot show an open assessment, so the answer "no" was wrong in the way that mattered most. The
checklist gave no prompt to ask the parents, or the MASH, whether a social worker was involved.

#np[5.11] Practitioners at the learning event said that they found it hard to question an explanation
that "made sense", especially when a parent was friendly and the child seemed happy. A rule such as
TEN-4-FACESp is designed to take that decision out of individual judgement for the bruising patterns
that carry the highest risk.

#rh[Finding 5: An assessment under pressure.] #np[5.12] The assessment was written by a newly qualified
social worker whose caseload was above the team's target, and was approved by a manager who did not
read it in full at a time when the team had 41 assessments out of timescale. It accepted Ms R's account
that the relationship had ended, although SW1 had met Mr T in the flat and later saw his boots in the
hallway.

#np[5.13] The reviewer does not criticise SW1 for believing Ms R. Ms R told the reviewer that she
would have lied "to anyone with a lanyard" at that time, because she was frightened both of Mr T and
of losing Arlo. The learning is that an assessment of a household where there has been domestic abuse
should test what a parent says against what other agencies know before it is closed.

#rh[Finding 6: A step-down that lost the risk.] #np[5.14] The referral to Brookvale Family Support Ltd.
described the risk as over and did not name Mr T. The first visit was attempted 17 days after the
referral, later than the ten working days in the contract, and a full visit had still not taken place
when Arlo was harmed. Emails sent to the social worker of a closed case went unread for ten days.

#np[5.15] At the time, an email to a social worker who was away was not copied to a duty inbox, and a
closed case had no one responsible for new information. The nursery's email of 2 February 2024 was the
last chance that any agency had to bring the separate pieces of information together.

#sh[Good practice]
#np[5.16] The review also found good practice. PC2 recognised that Arlo was in the flat during the
second incident, recorded Mr T's convictions accurately on the notification and made sure that Ms R had
the number of the Quarrymoor Domestic Abuse Service before she left. The MASH social worker who screened
the second notification identified the significance of the strangulation and escalated it the same day.

#np[5.17] KP1’s learning journal is an example of close and careful observation of a very young child.
Its entries about Arlo's behaviour in February 2024 are exactly the kind of information that a strategy
discussion or an assessment needs. The problem was that there was no route for them to leave the
nursery room.

#colbreak()
#np[5.18] The paramedics who attended on 28 February 2024 noticed that Mr T's account of Arlo "choking
on a piece of toast" did not fit what they found, and told the hospital team within minutes of
arrival. Their clear handover meant that a child protection referral was made before Arlo left the
emergency department.

#np[5.19] Arlo's grandmother told the reviewer that she had telephoned the health visiting service in
January 2024 to ask for advice about Arlo's speech, and was given the number of the speech and language
therapy service. She did not mention Mr T, because she did not know that he was living at the flat.
]

#band[6][Recommendations] <sec6>
#np[6.1] The statutory safeguarding partners accepted the following eight recommendations on 17 June 2025.
Each has a lead agency that will report on progress to the partnership's learning and improvement group.
#v(0.3em)
#block(width: 100%)[
  #set text(size: 8.4pt)
  #set par(justify: false, leading: 0.45em)
  #table(columns: (9mm, 1fr, 44mm), inset: (x: 4pt, y: 3.6pt), stroke: 0.4pt + rgb("#9bbab7"),
    fill: (x, y) => if y == 0 { coral } else if calc.even(y) { sand } else { white },
    table.header(..([No.], [Recommendation], [Lead]).map(t => text(fill: white, weight: "bold", t))),
    [R1], [All agencies to ask every family, at first contact and at each review, who lives in or regularly visits the home, and to record each adult's full name and date of birth.], [Safeguarding partners, through all agencies],
    [R2], [The MASH screening tool to give extra weight to domestic abuse notifications involving a child under five.], [Quarrymoor Children's Social Care],
    [R3], [Police training to make clear that a DASH grade can and should be raised on professional judgement, particularly where strangulation is disclosed.], [Quarrymoor Police],
    [R4], [Strategy discussions to invite the child's nursery or early years setting and GP, and to record the reason for any absence.], [Quarrymoor Children's Social Care],
    [R5], [Early years settings to be trained in TEN-4-FACESp, and the model nursery safeguarding policy to be revised.], [Quarrymoor Council early years team],
    [R6], [Emergency department checklist to ask parents and the MASH whether a social worker is involved, not to rely on CP-IS alone.], [Northfell Hospitals NHS Foundation Trust],
    [R7], [Step-down referrals to name every adult linked to the risk and to be agreed with the early help provider at a joint meeting.], [Children's Social Care and Brookvale Family Support Ltd.],
    [R8], [Emails to absent social workers and to closed cases to be redirected to a monitored duty inbox.], [Quarrymoor Children's Social Care],
  )
]

#v(1.2em)
#text(weight: "bold", fill: teal, size: 11pt)[The review in numbers]
#v(-0.2em)
#let stat(n, cap, c) = block(width: 100%, height: 27mm, fill: c, inset: 7pt, radius: 2pt)[
  #set par(justify: false)
  #text(size: 24pt, weight: "bold", fill: white)[#n] \
  #text(size: 8pt, fill: white)[#cap]
]
#grid(columns: (1fr, 1fr, 1fr, 1fr), column-gutter: 3mm, row-gutter: 3mm,
  stat("9", [agencies had contact with Arlo or the adults around him in the six months before he was harmed], teal),
  stat("3", [injuries to Arlo were seen by practitioners before 28 February 2024], coral),
  stat("2", [police call-outs to the flat at Fellside Court, in October and November 2023], teal),
  stat("0", [invitations to Arlo's nursery to take part in the strategy discussion], coral),
  stat("19", [days that Arlo spent in the paediatric intensive care unit], coral),
  stat("30", [working days taken by the child and family assessment before it was closed], teal),
  stat("23", [practitioners from nine agencies at the learning event in June 2024], coral),
  stat("8", [recommendations, all accepted by the statutory safeguarding partners], teal),
)

#pagebreak()
#band[7][What has changed since] <sec7>
#twocol[
#np[7.1] Agencies have not waited for this report. The health visiting transfer-in template has asked
for the name and date of birth of every adult in the household since May 2024, and the MASH screening
tool has given extra weight to children under five since September 2024.

#np[7.2] Little Fells Nursery has rewritten its safeguarding policy, and all of its staff completed
training on bruising in young children in October 2024. The emergency department checklist was
changed in November 2024 so that it asks parents directly whether a social worker is involved with
the family.

#np[7.3] Quarrymoor Police have given a briefing on non-fatal strangulation and DASH grading to all
312 of the force's response officers; by the end of March 2025, 287 of them had completed it. The
briefing tells officers to record why they have, or have not, raised a grade on professional judgement.

#np[7.4] Since February 2025, an email sent to the social worker of a case that was closed in the
previous three months is forwarded automatically to the duty inbox of the assessment team. A senior
practitioner checks the inbox every two hours during the working day.

#colbreak()
#np[7.5] The MASH record now has a field for the child's nursery or early years setting, and the
invitation list for a strategy discussion is taken from it. In the first three months of 2025, early
years settings took part in 41 of the 58 strategy discussions held about children under five.

#np[7.6] Brookvale Family Support Ltd. now holds a joint handover meeting with the social worker before
it accepts any step-down. In 2024–25 it received 538 step-down referrals from Children's Social Care.
Pathways Recovery Service changed its assessment form in January 2025 to ask every adult whether they
live with, care for or regularly see any children.

#np[7.7] The partnership's learning and improvement group will audit a sample of cases in March 2026 to
test whether these changes have made a difference for children, and will publish what it finds in its
annual report.

#block(fill: mist, inset: 8pt, width: 100%, above: 1.2em)[
  #text(weight: "bold", fill: teal)[Glossary]
  #set text(size: 7.8pt)
  #set par(justify: false, leading: 0.45em)
  #grid(columns: (14mm, 1fr), row-gutter: 0.55em,
    [ASYE], [Assessed and supported year in employment, the first year of practice for a newly qualified social worker],
    [CP-IS], [Child Protection – Information Sharing],
    [DASH], [Domestic abuse risk identification checklist used by the police],
    [MASH], [Multi-Agency Safeguarding Hub],
    [PPN], [Public protection notice, the police form that tells other agencies about a concern],
    [SGO], [Special guardianship order],
  )
]
]

#pagebreak()
#band[A][Appendix: terms of reference and the review panel] <secA>
#twocol[
#np[A.1] The rapid review of 13 March 2024 set the terms of reference for this review. The partnership's
case review group agreed them on 23 April 2024. They asked the reviewer to look at the period from
14 August 2023 to 28 February 2024, to take account of relevant history from Brackenford, and to
involve Arlo's family in a way that did not prejudice the criminal investigation.

#np[A.2] The reviewer read 1,146 pages of agency records, including the nursery's learning journal,
the MASH screening records, the strategy discussion notes and the assessment. Brackenford Council
provided a summary of Ms R's time in care, which the reviewer read with Ms R's consent.

#np[A.3] The review panel was chaired by the partnership's business manager, Shona Perrival, who is not
a member of any agency involved with the family. Panel members had no direct involvement with Arlo or
his family. The panel's membership is listed in Table 3.

#np[A.4] The reviewer was supported by the partnership's learning and improvement officer, who
organised the learning event and took notes at each conversation with practitioners. Those notes were
checked with each practitioner before the reviewer relied on them.

#colbreak()
#block(width: 100%)[
  #text(weight: "bold", fill: teal, size: 9pt)[Table 3: Members of the review panel]
  #v(-0.4em)
  #set text(size: 7.8pt)
  #set par(justify: false, leading: 0.45em)
  #table(columns: (36mm, 1fr), inset: (x: 3.5pt, y: 3.2pt), stroke: 0.4pt + rgb("#9bbab7"),
    fill: (x, y) => if y == 0 { teal } else if x == 0 { mist } else { white },
    table.header(text(fill: white, weight: "bold")[Agency], text(fill: white, weight: "bold")[Panel member]),
    [Quarrymoor Safeguarding Children Partnership], [Business manager (chair)],
    [Quarrymoor Children's Social Care], [Head of service, assessment and MASH],
    [Quarrymoor Police], [Detective inspector, Public Protection Unit],
    [Fells and Quarrymoor Integrated Care Board], [Designated nurse for safeguarding children],
    [Moorside Community Health NHS Trust], [Named nurse for safeguarding children],
    [Northfell Hospitals NHS Foundation Trust], [Named doctor for safeguarding children],
    [Quarrymoor Council early years team], [Early years safeguarding adviser],
    [Quarrymoor Council public health], [Commissioning manager, drug and alcohol services],
  )
]
]

"""

# --------------------------------------------------------------------------------------------
# The seven-minute briefing (two pages). It differs from the review on purpose in ONE date
# (the second police call-out: 27 November 2023 here, 28 November 2023 in the review) and ONE
# figure (days in intensive care: 21 here, nineteen in the review). See README.md.
# --------------------------------------------------------------------------------------------
BRIEFING_TYP = PREAMBLE + r"""
#set document(title: "FICTIONAL Seven-minute briefing: Arlo", author: "Quarrymoor Safeguarding Children Partnership", date: datetime(year: 2025, month: 7, day: 1))
#set page(paper: "a4", margin: (x: 15mm, top: 15mm, bottom: 18mm),
  footer: context [
    #set text(size: 7.5pt, fill: teal)
    #grid(columns: (1fr, auto), [FICTIONAL · QSCP seven-minute briefing · July 2025], [#counter(page).display() of 2])
  ])
#set text(size: 10.6pt)
#set par(justify: false, leading: 0.6em)
#set list(indent: 2pt, body-indent: 5pt, spacing: 0.6em)

#let box7(n, title, body) = block(width: 100%, fill: if calc.odd(n) { mist } else { sand }, inset: 10pt, radius: 3pt, breakable: false, above: 0.8em, below: 0.8em)[
  #grid(columns: (11mm, 1fr), column-gutter: 3mm,
    circle(radius: 5mm, fill: if calc.odd(n) { teal } else { coral }, align(center + horizon, text(fill: white, weight: "bold", size: 12pt)[#n])),
    [#text(weight: "bold", size: 11.5pt, fill: teal)[#title] #v(-0.2em) #body])
]

#block(width: 100%, fill: teal, inset: 12pt)[
  #set text(fill: white)
  #text(size: 8.5pt, weight: "bold", tracking: 1pt)[QUARRYMOOR SAFEGUARDING CHILDREN PARTNERSHIP · FICTIONAL]
  #v(-0.1em)
  #text(size: 24pt, weight: "bold")[Seven-minute briefing: Arlo]
  #v(-0.4em)
  #text(size: 10.5pt)[Learning from a Child Safeguarding Practice Review, published July 2025]
]
#v(0.3em)
#text(size: 9.5pt, style: "italic")[A seven-minute briefing is a short summary for a team meeting. Read it together, talk about the
questions in box 5, and agree one thing that your team will do differently.]

#grid(columns: (1fr, 1fr), column-gutter: 5mm,
[
#box7(1, "Background")[
Arlo was 26 months old when he was admitted to hospital on 28 February 2024 with bleeding on the brain,
bleeding behind both eyes and healing rib fractures. He spent 21 days in intensive care and still has a
weakness on his left side.

His mother's former partner, Mr T, was convicted of causing grievous bodily harm with intent and
sentenced to eleven years' imprisonment. Arlo now lives with his grandmother under a special
guardianship order.
]
#box7(3, "Information")[
The review was led by Dr Imogen Thackray-Bell, an independent reviewer. She spoke to twelve
practitioners and managers, and 23 practitioners from nine agencies came to a learning event in
June 2024. Arlo's mother, grandmother and father contributed; Mr T declined.

The statutory safeguarding partners accepted all eight recommendations on 17 June 2025.
]
],
[
#box7(2, "Why it matters")[
In the six months before Arlo was hurt, nine agencies had contact with his family. The police were
called to the flat twice, on 2 October and 27 November 2023, and the second time Mr T was arrested.

A nursery saw a bruise on Arlo's ear, and an emergency department treated a scald to his hand. No
single agency held the whole picture, and the man who was living in the home stayed invisible.
]
#box7(4, "What the review found")[
- Agencies treated Ms R and Arlo as a household of two and did not ask who else lived there.
- The first police notification was screened as if a toddler were a bystander.
- The strategy discussion on 1 December 2023 did not include the nursery or the GP.
- Three injuries were judged one at a time, against the explanation given.
- The assessment was closed on 22 January 2024 on the strength of Ms R's account.
- The step-down referral to early help did not name Mr T.
]
])

#pagebreak()
#text(weight: "bold", size: 12pt, fill: teal)[Timeline at a glance]
#v(-0.3em)
#block(width: 100%)[
  #set text(size: 9.6pt)
  #table(columns: (26mm, 1fr), inset: (x: 5pt, y: 5pt), stroke: none,
    fill: (x, y) => if calc.odd(y) { mist } else { white },
    [Aug 2023], [Ms R and Arlo move to Fellside Court, Quarrymoor.],
    [2 Oct 2023], [First police call-out; graded standard risk; no further action by the MASH.],
    [8 Nov 2023], [Nursery records a bruise to Arlo's left ear; no referral.],
    [27 Nov 2023], [Second police call-out; Mr T arrested for criminal damage; graded medium risk.],
    [1 Dec 2023], [Strategy discussion without the nursery or the GP.],
    [10 Jan 2024], [Scald to Arlo's right hand treated in the emergency department.],
    [22 Jan 2024], [Assessment closed; step-down to early help.],
    [28 Feb 2024], [Arlo admitted to hospital with serious head injuries.],
  )
]

#grid(columns: (1fr, 1fr), column-gutter: 5mm,
[
#box7(5, "Questions for your team")[
- When did you last ask a family who stays overnight, and record the answer?
- Do you invite nurseries to strategy discussions about children under five?
- If you see a bruise on the ear, torso or neck of a child under four, what do you do?
- Who reads the emails sent to a colleague who is on leave?
]
#box7(7, "Find out more")[
Read the full review on the partnership's website. The MASH screening tool now gives extra weight to
children under five, and all Little Fells Nursery staff have been trained on bruising.

A practice workshop for early years settings runs on 9 October 2025 at Riverside House.
]
],
[
#box7(6, "What you should do")[
- Record the full name and date of birth of every adult in the home.
- Raise a DASH grade when strangulation is disclosed; do not wait for the score.
- Do not rely on CP-IS: ask the parent and the MASH whether a social worker is involved.
- Before you close a case, check what the parent says against what other agencies know.
- Name every adult linked to the risk in a step-down referral.
]
#block(width: 100%, stroke: (top: 1.6pt + coral, bottom: 1.6pt + coral), inset: (y: 9pt), above: 1.2em)[
  #text(font: ("Liberation Serif", "DejaVu Serif"), style: "italic", size: 13pt, fill: coral)[“We saw a bruise on an ear and a happy little boy, and we believed the happy little boy.”]
  #v(-0.3em)
  #text(size: 7.8pt, weight: "bold", fill: teal)[Nursery practitioner at the learning event]
]
#block(width: 100%, fill: sand, inset: 10pt, radius: 3pt)[
  #text(weight: "bold", fill: coral, size: 11pt)[Arlo's voice]
  #v(-0.2em)
  Arlo had only a few words: "Nana", "bus", "more" and "no". In his last weeks at nursery he flinched
  when adults lifted their arms near him and cried at the door when a man brought him in. Look for
  what a very young child shows you, and share it.
]
])
"""


def build(src: str, name: str) -> pathlib.Path:
    out = HERE / name
    pdf = typst.compile(src.encode("utf-8"), timestamp=TIMESTAMP, ignore_system_fonts=False)
    out.write_bytes(pdf)
    return out


def main() -> int:
    for src, name in ((REVIEW_TYP, REVIEW), (BRIEFING_TYP, BRIEFING)):
        path = build(src, name)
        try:
            from pypdf import PdfReader

            r = PdfReader(str(path))
            print(f"{name}: {len(r.pages)} pages, labels {r.page_labels}")
        except ImportError:
            print(f"{name}: written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
