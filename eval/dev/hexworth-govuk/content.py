# -*- coding: utf-8 -*-
"""Content of the FICTIONAL Hexworth review ("Rowan") and the partnership's press statement.

Everything here is invented: the place, the partnership, the agencies, the people and the events.
Markup used in paragraph strings:
  {fn:key}   -> a numbered footnote link [n]; footnotes are numbered in order of first use.
Item kinds in a section's list:
  "text"                         -> a numbered paragraph (CSS counter "S.N")
  ("letters", intro, [items], after)  -> a numbered paragraph with nested (a), (b) ... items
  ("h3", text)                   -> a sub-heading (numbering continues)
  ("inset", html)                -> inset-text callout with a left border (not numbered)
  ("details", summary, html)     -> a details/summary block, printed open (not numbered)
  ("table", key)                 -> a table (see TABLES)
"""

SITE = "HEXWORTH.GOV.UK"
BASE_URL = "https://www.hexworth.gov.uk/fictional"
PRINT_DATE = "18/03/2025, 14:07"

REVIEW = {
    "file": "hexworth-lcspr-rowan.pdf",
    "url": BASE_URL + "/children-and-families/safeguarding/practice-reviews/lcspr-rowan",
    "title": "Local child safeguarding practice review: Rowan (FICTIONAL) - HEXWORTH.GOV.UK",
    "kind": "Independent report",
    "h1": "Local child safeguarding practice review: Rowan",
    "lede": "An independent review of how agencies in Hexworth worked with a 7-year-old boy, "
            "and his family, before he was seriously harmed at home in November 2023.",
    "from": "Hexworth Safeguarding Children Partnership",
    "published": "Published 18 March 2025",
    "breadcrumbs": ["Home", "Children and families", "Safeguarding children",
                    "Safeguarding practice reviews"],
}

PRESS = {
    "file": "hexworth-press-statement-rowan.pdf",
    "url": BASE_URL + "/news/partnership-publishes-review-rowan",
    "title": "Partnership publishes review into serious harm to 7-year-old Rowan (FICTIONAL) - HEXWORTH.GOV.UK",
    "kind": "Press release",
    "h1": "Partnership publishes review into serious harm to 7-year-old Rowan",
    "lede": "The Hexworth Safeguarding Children Partnership has published an independent review "
            "and says agencies ‘did not see the whole child’.",
    "from": "Hexworth Safeguarding Children Partnership",
    "published": "Published 18 March 2025",
    "breadcrumbs": ["Home", "News and media", "Press releases"],
}

SECTIONS = [
  {"id": "introduction", "title": "Introduction", "items": [
    "This local child safeguarding practice review (LCSPR) was commissioned by the Hexworth Safeguarding "
    "Children Partnership (HSCP) after serious harm to a 7-year-old boy who is called Rowan in this report. "
    "The name was chosen by his maternal grandmother, who told the reviewer that Rowan ‘is strong and keeps "
    "growing back, like the tree’.",

    "On the evening of 11 November 2023 Rowan’s mother rang 999 at 21.52 hrs because Rowan could not be woken. "
    "The ambulance reached the family’s flat on the Northgate estate at 22.04 hrs and Rowan arrived at the "
    "emergency department of Hexworth General Hospital at 22.31 hrs. He was transferred overnight to the "
    "paediatric intensive care unit at Calderby Children’s Hospital.",

    "Rowan was found to have a subdural haemorrhage, fractures of his left humerus and of two ribs, and bruising "
    "of different ages to his back, arms and legs. A dental examination during his admission found six decayed "
    "teeth, two of them with abscesses. Rowan spent 38 days in hospital and was discharged on 19 December 2023 "
    "to the care of his maternal grandmother.",

    "Mother’s partner, referred to as Mr D, was arrested on 12 November 2023. On 2 July 2024, after a trial at "
    "Hexworth Crown Court, he was convicted of causing grievous bodily harm with intent and of child cruelty. "
    "On 16 August 2024 he was sentenced to 10 years’ imprisonment. Mother pleaded guilty to child cruelty by "
    "neglect; her case was dealt with separately and is not described further in this report.",

    "The HSCP notified the Child Safeguarding Practice Review Panel (the National Panel) of the serious incident "
    "on 14 November 2023.{fn:notify} A rapid review met on 28 November 2023. It concluded that the criteria for a "
    "local review were met because abuse was known or suspected, Rowan had been seriously harmed, and the case "
    "appeared to show important learning about children educated at home. The National Panel agreed.",

    "The review covers the period from 1 September 2022, when Rowan began Year 2 at Thornleigh Primary School, "
    "to 11 November 2023. Agencies were also asked to summarise anything significant that they knew about the "
    "family before that date; this is set out in section 4.",

    "The purpose of the review is not to decide who was to blame. It asks what daily life was like for Rowan, "
    "what practitioners knew and did, and what in the local system helped or hindered them. The review is "
    "written for practitioners, managers and the public, and it is published in full.",

    ("letters", "The terms of reference set six key lines of enquiry:", [
        "how well agencies understood Rowan’s daily life once he had been withdrawn from school to be "
        "educated at home;",
        "whether the arrangement under which Rowan lived with a family friend was recognised as private "
        "fostering and, if not, why not;",
        "how agencies responded when Rowan was not brought to dental and health appointments;",
        "how well practitioners identified and assessed the risk presented by Mr D as a new adult in the household;",
        "how effective the two strategy discussions held in September and October 2023 were; and",
        "how well faith and voluntary settings in Hexworth understand and use the routes for reporting "
        "safeguarding concerns.",
    ], None),
  ]},

  {"id": "the-review-process", "title": "The review process", "items": [
    "The independent reviewer is Dr Helena Marchetti, a registered social worker and safeguarding consultant "
    "with 24 years’ experience in children’s services. She was appointed in February 2024 and has never been "
    "employed by any agency in Hexworth.",

    "The review panel was chaired by Angela Threlfall, Designated Nurse for Safeguarding Children at NHS "
    "Hexworth Integrated Care Board. Senior managers from each agency involved sat on the panel, which met "
    "six times between March and November 2024.",

    "Eleven agencies provided chronologies and short reflective reports. The merged chronology held 312 entries. "
    "The reviewer read the records of the school, the education welfare service and the two health trusts in "
    "full, and she met the authors of the agency reports.",

    "A practitioner learning event was held on 12 June 2024 at Hexworth Civic Centre. It was attended by 27 "
    "practitioners and first-line managers from nine agencies. The reviewer also met DSL1, EHE1, SW2 and YL1 on "
    "their own, because their contact with Rowan was central to the review.",

    "Criminal proceedings were under way for most of the review. On the advice of the Crown Prosecution Service "
    "the reviewer did not meet the family until the trial had ended, and practitioners who were prosecution "
    "witnesses were seen after the verdict. Publication was delayed until family court proceedings ended.",

    "Rowan’s maternal grandmother met the reviewer twice, in July and October 2024. Rowan’s father spoke to the "
    "reviewer by telephone. Mother declined to take part, through her solicitor. Mr D was written to at HMP "
    "Darnford and did not reply.",

    "Rowan met the reviewer in September 2024 at his grandmother’s home, with his new social worker present. "
    "He drew a picture of his ‘safe house’ and talked about what he would like adults to do differently. His "
    "words are in section 3 and they have shaped the recommendations.",

    "The report was approved by the HSCP executive, made up of the three safeguarding partners, on "
    "11 December 2024. It was then sent to the National Panel and the Department for Education.",

    "To protect Rowan’s privacy, practitioners are referred to by role codes. The codes are listed in Table 1. "
    "The report uses ‘was not brought’ rather than ‘did not attend’ when a child relied on an adult to take "
    "them to an appointment.{fn:wnb}",

    ("table", "key"),
  ]},

  {"id": "rowan-and-his-family", "title": "Rowan and his family", "items": [
    "Rowan is a White British boy. He was 7 years and 8 months old when he was harmed. He lived with Mother, "
    "his half-sister (called Sibling in this report, who was 2 years old in 2023) and, from February 2023, "
    "Mr D, in a two-bedroom rented flat on the Northgate estate.",

    "Rowan’s father lives in Calderby, about 30 miles from Hexworth. His contact with Rowan was irregular and he "
    "last saw him at Christmas 2022. He told the reviewer that he did not know Rowan had left school ‘until the "
    "police rang me’.",

    "Rowan’s maternal grandmother lived in Hexworth until the spring of 2022, when she moved to Saltby on the "
    "coast to care for her own mother. She rang the family every week. She noticed that from the summer of "
    "2023 Rowan ‘stopped coming to the phone’, and she was told that he was always asleep or out.",

    "His grandmother describes Rowan as funny, kind and ‘mad about dinosaurs’. He loves Lego and her dog, "
    "Biscuit. At Thornleigh Primary School he loved reading with his class teacher, CT1, who he said ‘did the "
    "voices’.",

    ("inset", "<p><strong>In Rowan’s words</strong></p><p>“When I lived at Auntie’s house I had my own bed. "
              "I wanted someone to ask me properly about D, but they always asked when he was there.”</p>"
              "<p>Rowan, aged 8, speaking to the reviewer in September 2024</p>"),

    "Ms P is a family friend whom Rowan called ‘Auntie’. She is not related to him. She is a member of the "
    "Riverside Fellowship, a church in Ashby Vale, and has three children of her own.{fn:fellowship} She told "
    "the reviewer that she ‘had no idea’ she should have told anyone that Rowan was living with her.",

    "Mr D was 34 years old in 2023. He moved to Hexworth from Calderby in 2022 and met Mother through an online "
    "dating site in October 2022. He was not known to any Hexworth agency when he moved into the family home.",

    "Rowan now lives with his grandmother under a special guardianship order and attends a new primary school. "
    "In January 2024 he had dental treatment under general anaesthetic, when four teeth were extracted. His "
    "grandmother says he is ‘getting his cheek back’.",
  ]},

  {"id": "background", "title": "Background before the review period", "items": [
    "Before September 2022 Rowan was known mainly to universal services. His health visiting reviews as a baby "
    "and toddler were completed and his development was recorded as within the expected range.",

    "Police attended two domestic incidents between Mother and Father, in 2018 and 2019. Both were assessed as "
    "standard risk. Mother and Father separated in 2019 and Sibling was born in 2021 to a different father, "
    "who has not been involved with the family since.",

    "Rowan started in the reception class at Thornleigh Primary School in September 2020. His attendance was "
    "94.2% in reception and 91.0% in Year 1. His school-entry height and weight check placed his weight on the "
    "50th centile.",

    "Rowan failed his vision screening in reception and was referred to the orthoptic clinic at Hexworth General "
    "Hospital. He was seen once, in June 2021, and prescribed glasses. The follow-up appointments offered to him "
    "in the review period are described in section 5.",

    "Mr D had a conviction from 2019 for assault occasioning actual bodily harm against a former partner in "
    "Calderby, for which he received a 12-month community order. In 2020 the former partner’s 6-year-old son "
    "told his teacher that Mr D had hit him with a belt. Calder Vale Police and Calderby children’s services "
    "investigated and took no further action. None of this was known in Hexworth until October 2023.",
  ]},

  {"id": "september-2022-to-march-2023", "title": "Key practice episodes: September 2022 to March 2023",
   "items": [
    "Rowan began Year 2 in September 2022 in CT1’s class. CT1 described him as ‘bright but tired’. He often "
    "arrived hungry and was offered a free place at the school breakfast club from 26 September 2022.",

    "Rowan’s attendance in the autumn term of 2022 was 86.4%. On 2 December 2022 the school’s attendance "
    "officer asked the education welfare service for help, and EWO1 sent Mother a first-stage attendance letter.",

    "On 12 October 2022 Rowan was not brought to an orthoptic appointment. The clinic wrote to Mother with a new "
    "date and copied the letter to the GP practice. No one asked Mother why he had not been brought.",

    "At parents’ evening on 17 November 2022 Mother told CT1 that Rowan was wetting the bed and ‘kicking off’ at "
    "home. CT1 suggested that she contact the Northgate Children’s Centre for parenting support, which she did.",

    "On 5 December 2022 GP1 saw Rowan with toothache at Marlow Street Surgery. GP1 noted ‘several visibly decayed "
    "teeth’, prescribed antibiotics and referred him to the Hexworth Community Dental Service because the family "
    "was not registered with a dentist.",

    "FSW1, a family support worker at the children’s centre, began an Early Help Assessment on 12 December 2022 "
    "with a home visit. Mother said her new partner, ‘D’, was ‘great with the kids’. FSW1 did not record his full "
    "name or date of birth, and he was not included in the assessment.",

    ("letters", "A Team Around the Family meeting was held at the school on 11 January 2023. FSW1, DSL1 and SN1 "
     "attended with Mother. The plan agreed was:", [
        "a bedtime routine and a star chart, supported by FSW1;",
        "enuresis advice and a health review by the school nurse;",
        "a continued free place at breakfast club; and",
        "Mother to take Rowan to his dental appointment.",
    ], "Mr D was not mentioned at the meeting, and no one asked who else lived in the household."),

    "On 17 January 2023 Rowan was not brought to his first appointment with the Community Dental Service. A "
    "second appointment was sent by post.",

    "On 23 January 2023 CT1 noticed a bruise on Rowan’s left cheek, ‘about the size of a 50p coin’. Rowan said he "
    "had fallen off his scooter. CT1 logged this on the school’s electronic safeguarding log. DSL1 reviewed the "
    "entry the same day and spoke to Mother at collection time, who gave the same explanation. No body map was "
    "completed and DSL1 took no further action.",

    "DSL1 told the reviewer that the explanation ‘fitted’ and that Rowan was an active child. With hindsight, "
    "DSL1 said, ‘I would ring the Front Door for advice now, because one bruise on a face is never just one "
    "bruise’.",

    "On 25 January 2023 Rowan was not brought to a second orthoptic appointment. Under the clinic’s policy he was "
    "discharged back to the care of the GP, and the discharge letter was filed without action.",

    "SN1 carried out the health review at school on 9 February 2023. Rowan’s weight had fallen from the 50th "
    "centile at school entry to the 9th centile. SN1 gave advice about enuresis and planned to see him again in "
    "three months. That review did not happen because by then Rowan was no longer at the school.",

    "Mr D moved into the flat in February 2023; Mother told FSW1 this in a telephone call on 14 February. Mother "
    "cancelled the next two Team Around the Family meetings, on 8 and 22 February. FSW1 closed the early help "
    "case on 28 February 2023, recording ‘family disengaged, needs met’. The school was told of the closure but "
    "the school nursing service was not.",

    "At 23.10 hrs on 2 March 2023 a neighbour rang the police to report shouting at the flat. PC1 attended with a "
    "colleague and found Mother and Mr D arguing. Mother said nothing physical had happened. The risk was "
    "assessed as standard. Rowan and Sibling were asleep. PC1 checked Mr D on local police systems only and "
    "found no trace of him.",

    "PC1 submitted a child concern notification on 3 March 2023. It reached the Front Door on 6 March and was "
    "screened by SW1 on 8 March 2023.{fn:frontdoor} The outcome was ‘no further action: information shared with "
    "school and health visitor’. SW1 did not know that early help had closed the week before.",

    "The school had already received a Hexworth Schools Alert email about the incident on the morning of "
    "3 March 2023. DSL1 checked in with Rowan, who said ‘D shouted at Mum and threw the remote’. DSL1 recorded "
    "this but did not contact the Front Door, believing that the police notification was enough.",

    "On 7 March 2023 Rowan was not brought to his second dental appointment. By 17 March his attendance for the "
    "spring term had fallen to 79.1%, and EWO1 arranged a home visit for 21 March 2023.",

    "On 20 March 2023 Mother emailed the school to say that she was withdrawing Rowan to educate him at home "
    "‘because the school is not meeting his needs’. EWO1 cancelled the planned home visit. The school removed "
    "Rowan from its roll on 24 March 2023 and told the elective home education (EHE) team the same day.",

    ("letters", "The school’s online notification to the EHE team included a tick box for safeguarding "
     "concerns, and DSL1 ticked ‘no’. DSL1 explained to the review that:", [
        "the bruise in January had been explained and was not, at the time, seen as a concern;",
        "the domestic incident had been notified by the police and was ‘with social care’; and",
        "the form did not ask about early help, attendance or health appointments.",
    ], "The review considers that the form, rather than DSL1, was the weak point: it turned a detailed picture "
       "into a single tick."),
  ]},

  {"id": "april-to-july-2023", "title": "Key practice episodes: April to July 2023", "items": [
    "EHE1, an elective home education adviser in the education welfare service, received the notification on "
    "27 March 2023. The team was responsible for a large number of children with few advisers.{fn:ehe} EHE1 "
    "wrote to Mother on 3 April 2023 offering a visit.",

    "On or about 8 April 2023 Rowan went to live with Ms P. Mother told Ms P that she was ‘struggling’ and that "
    "Rowan and Mr D ‘clashed’. The arrangement was made informally between the two women. Mother gave Ms P "
    "£40 a week towards Rowan’s food.",

    "EHE1 visited the flat on 26 April 2023. Mother and Sibling were seen and Mr D was in the kitchen. Rowan was "
    "not seen; Mother said he was ‘at a friend’s for the day’. EHE1 asked Mother to send a written outline of "
    "Rowan’s education.",

    "On 2 May 2023 Rowan was not brought to his third dental appointment. On 9 May 2023 the Community Dental "
    "Service discharged him under its ‘was not brought’ policy and wrote to GP1 and to Mother.{fn:cds} The GP "
    "practice coded the letter, but no one acted on it. GP1 told the review that the practice had no process "
    "for letters about children who had not been brought.",

    "On 10 May 2023 Mother emailed EHE1 an outline that listed phonics worksheets, ‘trips out’ and a maths app. "
    "On 12 May EHE1 recorded that the provision ‘appears suitable’. In line with the team’s policy the next "
    "contact was planned for within 12 months.",

    "On 16 May 2023 Ms P took Rowan to Marlow Street Surgery with earache. He was seen by GP2, a locum, who "
    "recorded ‘attends with family friend, mum’s consent by phone, staying with friend while mum sorts things "
    "out’. GP2 treated the ear infection. GP2 did not ask how long Rowan had been living away from home or "
    "consider whether this was private fostering.",

    "From April 2023 Rowan went every week to the Friday Kids’ Club at the Riverside Fellowship with Ms P’s "
    "children. YL1, the club’s youth leader, knew that he was living with Ms P. YL1 told the reviewer: ‘In our "
    "church children often stay with each other’s families. It did not seem unusual’.",

    "On 14 June 2023 HV1 visited the flat for Sibling’s two-year review. Mr D answered the door. Rowan was not "
    "there; Mother said that he was ‘stopping with a friend from church for a few weeks’. HV1 recorded this in "
    "Sibling’s record. Because Rowan was no longer on a school roll, HV1 did not know which service to tell, "
    "and the information was not shared.",

    ("details", "What is private fostering?",
     "<p>A child is privately fostered when a child under 16 (under 18 if disabled) is cared for, for 28 days "
     "or more, by an adult who is not a parent, a person with parental responsibility or a close relative. "
     "Close relatives are grandparents, brothers and sisters, uncles and aunts and step-parents. A family "
     "friend is not a close relative.</p><p>Parents and carers must tell the local authority about the "
     "arrangement, and any practitioner who becomes aware of it should do so too. The local authority must then "
     "visit the child and assess the arrangement.{fn:pf}</p>"),

    "Ms P told the reviewer that in July 2023 she asked Mother to take Rowan back, because her eldest son was "
    "moving home and she needed the room. Rowan returned to the flat on 29 July 2023, after 16 weeks with Ms P. "
    "The arrangement was never notified to children’s social care.{fn:pfnum}",

    "During those 16 weeks at least three practitioners in three agencies, GP2, HV1 and YL1, knew that Rowan was "
    "living away from home with a family friend. None of them recognised this as private fostering. Mother and "
    "Ms P did not know that they were required to notify the local authority.",
  ]},

  {"id": "august-to-november-2023", "title": "Key practice episodes: August to November 2023", "items": [
    "On 16 August 2023 FSW1 saw Rowan at a summer fun day at the children’s centre. FSW1 noticed that he was "
    "very quiet, ate three plates of food and put bread rolls in his pockets. FSW1 mentioned this to a colleague "
    "but did not record it until after Rowan was harmed.",

    "At 19.15 hrs on 24 August 2023 Mother brought Rowan to the emergency department at Hexworth General Hospital "
    "with a 2 cm cut above his left eyebrow, which was closed with tissue glue. Mother said that he had run into "
    "the corner of a coffee table. ED1, a registrar, completed the paediatric safeguarding checklist and recorded "
    "the explanation as ‘consistent’. Against the question ‘Is the child in school?’ ED1 wrote ‘home educated’.",

    "PLN1, the paediatric liaison nurse, reviewed the attendance on 29 August 2023 and sent the routine "
    "notification to the GP and to the 0-19 service. SN2 received it on 4 September 2023, noted that Rowan was "
    "no longer on a school roll and filed it with the comment ‘no school nurse role’.",

    "On Friday 15 September 2023, at the Friday Kids’ Club, Rowan took off his hoodie for a game and YL1 saw "
    "fingertip bruising to both of his upper arms. Rowan said: ‘D grabbed me because I was naughty’. YL1 wrote a "
    "note and told FSC1, the church’s safeguarding coordinator, after the Sunday service on 17 September.",

    "FSC1 telephoned Mother on 18 September 2023 to ask about the bruises. This was contrary to the church’s own "
    "policy, which advises against contacting parents where this could place a child at risk. Mother said "
    "that Rowan had been play fighting with his cousins. FSC1 then made an online referral to the Front Door at "
    "14.36 hrs on 19 September 2023.",

    ("letters", "The first strategy discussion was held by telephone on 20 September 2023. It was chaired by "
     "TM1, the team manager of the assessment team, and attended by DS1 and SW2. Its main features were:", [
        "no health practitioner was invited, so the emergency department attendance in August was not known;",
        "the EHE team was not invited, because Rowan was not on a school roll;",
        "DS1 reported ‘no trace’ for Mr D on Hexworthshire Police systems, and no national check was made; and",
        "the bruises were described as ‘four days old with an explanation’.",
    ], "The discussion concluded that the threshold for section 47 enquiries was not met. A Child and Family "
       "Assessment under section 17 was to be completed, with a visit within 48 hours."),

    "SW2 visited on 22 September 2023 by appointment. Rowan was seen in the living room with Mother and Mr D "
    "present. He said that he had hurt his arms ‘on the monkey bars’. He was wearing long sleeves, and SW2 did "
    "not ask to see the bruising.",

    "At 16.40 hrs on 3 October 2023 Mother took Rowan to the Hexworth Riverside Urgent Treatment Centre with a "
    "painful right wrist. She said he had fallen off a trampoline. An X-ray showed no fracture and the wrist "
    "was strapped. ENP1, an emergency nurse practitioner, could not see the August attendance because the "
    "urgent treatment centre used a different electronic record, and no notification was sent.",

    "SW2 made an unannounced visit on 5 October 2023 and saw Rowan alone in his bedroom for about ten minutes. "
    "He slept on a mattress on the floor and there were no books or toys. Rowan said he liked ‘doing school at "
    "home’ but that ‘we don’t really do it’. SW2 noticed the strapping on his wrist; Mother said he had been on "
    "a trampoline at a friend’s house.",

    "SW2 completed the Child and Family Assessment on 16 October 2023, 19 working days after the referral. It "
    "recommended a child in need plan. TM1 agreed the recommendation in supervision on 17 October 2023. The "
    "assessment did not mention the emergency department attendance, the private fostering arrangement or the "
    "missed dental appointments, none of which SW2 knew about.",

    "On 12 October 2023 Rowan’s grandmother rang the EHE team because she was worried that Rowan was not being "
    "taught. EHE1 visited on 19 October 2023 and this time saw Rowan, who was ‘very quiet and looked at Mr D "
    "before answering’. There was little evidence of education. EHE1 served a preliminary notice on Mother on "
    "24 October 2023{fn:s437} and emailed SW2 about the visit.",

    "At 20.05 hrs on 26 October 2023 a neighbour rang the police to report a child screaming at the flat. PC2 and "
    "a colleague arrived at 20.31 hrs. PC2 saw Rowan from the bedroom doorway, apparently asleep. Mr D said that "
    "Rowan had been ‘told off for lying’. PC2 submitted an urgent child concern notification and, on their own "
    "initiative, made a Police National Database check on Mr D.{fn:pnd}",

    "The check showed Mr D’s 2019 conviction and the 2020 allegation made by his former partner’s son in "
    "Calderby. This was the first time that any Hexworth agency had this information.",

    ("letters", "The second strategy discussion was held on 27 October 2023. TM1 chaired it again, and DS1, SW2, "
     "NN1 (the named nurse for safeguarding children at Hexworth Community Health) and EHE1 attended. It agreed:", [
        "joint section 47 enquiries by children’s social care and the police;",
        "a child protection medical at Hexworth General Hospital on 31 October 2023;",
        "a joint visit by SW2 and DS1 to see Rowan on his own; and",
        "a written agreement that Mr D would stay at his brother’s address while enquiries continued.",
    ], None),

    "SW2 and DS1 visited on 28 October 2023. Rowan was seen alone and said that ‘nothing happened’. Mr D signed "
    "the written agreement and said he would leave that evening. Neighbours later told the police that he had "
    "never left.",

    "On 31 October 2023 Rowan was not brought to the child protection medical. Mother rang to say that he had a "
    "temperature. CPaed1, the consultant community paediatrician, rebooked it for 14 November 2023 and told SW2 "
    "by telephone, and SW2 planned a home visit for 2 November.",

    "SW2 was absent through sickness from 1 November 2023 and TM1 was on annual leave that week. The case was "
    "not reallocated, and no practitioner saw Rowan between 28 October and 11 November 2023, a period of "
    "fourteen days.",

    "On 11 November 2023 Mother rang 999, as described in section 1. Mr D was present in the flat when the "
    "ambulance crew arrived.",
  ]},

  {"id": "findings", "title": "Findings and analysis", "items": [
    ("h3", "Finding 1: children educated at home can become invisible to services"),

    "Parents in England have a right to educate their children at home, and most children who are educated at "
    "home are safe and well. There is no legal duty for the local authority to see the child. In Hexworth the "
    "EHE policy in 2023 was to make contact with each family once a year.",

    "For Rowan, being withdrawn from school removed the adults who saw him every day: CT1, DSL1, the breakfast "
    "club staff and the school nurse. Between 24 March 2023 and 19 October 2023 no practitioner from education "
    "saw him. His withdrawal also cut him off from the health review that SN1 had planned.",

    "The EHE notification form asked a yes-or-no question about safeguarding. It did not ask about early help, "
    "attendance, police notifications or health appointments. The review heard that EHE advisers rely on that "
    "tick box when deciding how quickly to visit.",

    ("h3", "Finding 2: the private fostering arrangement was not recognised"),

    "Private fostering is little understood by the public and by many practitioners. Hexworth has had very few "
    "notifications for several years, which the panel regards as a sign that arrangements go unreported rather "
    "than that they do not happen.",

    ("letters", "Three practitioners knew that Rowan was living with a family friend. The review found that:", [
        "GP2 saw consent by telephone as the only question to answer;",
        "HV1 recorded the information in Sibling’s record, where no one looking at Rowan would find it; and",
        "YL1 saw children staying with other families as part of the culture of the church.",
    ], "None of them had received training that mentioned private fostering in the previous three years."),

    "Had the arrangement been notified, a social worker would have visited Rowan at Ms P’s home and asked why "
    "he could not live with his mother. The review thinks it likely that Rowan would have talked about Mr D.",

    ("h3", "Finding 3: missed appointments were treated one at a time"),

    "Between October 2022 and May 2023 Rowan was not brought to five appointments: two at the orthoptic clinic "
    "and three at the Community Dental Service. Each service applied its own policy and discharged him to the "
    "GP. No one brought the five together or asked what they said about his care.",

    "The dental decay found after Rowan was harmed shows that the neglect of his health was long-standing. The "
    "panel heard that letters to GP practices about missed appointments are often coded by administrative staff "
    "and not seen by a clinician.",

    ("h3", "Finding 4: Mr D was seen but not known"),

    "At least five practitioners met Mr D or were told about him before October 2023: FSW1, PC1, EHE1, HV1 and "
    "SW2. None of them asked for his full name and date of birth, and none of their agencies made a check with "
    "another area. Mr D was described in records as ‘partner’, ‘D’ or ‘Mum’s boyfriend’.",

    "The review is clear that new adults in a household need to be identified, and the risk they present "
    "assessed, as a routine part of practice. Mr D’s history in Calderby would have been found by a Police "
    "National Database check at any time from March 2023.",

    ("h3", "Finding 5: the first strategy discussion was not multi-agency"),

    "The first strategy discussion on 20 September 2023 involved only children’s social care and the police. "
    "Without health and education, the discussion could not know about the emergency department attendance, "
    "the missed appointments, the private fostering arrangement or the withdrawal from school.",

    "The second strategy discussion on 27 October 2023 was better attended and reached a sound decision, but "
    "the plan relied on Mr D keeping to a written agreement and on a single social worker, with no contingency "
    "if Rowan was not brought to the medical.",

    ("h3", "Finding 6: faith settings need clear and quick routes for reporting concerns"),

    "YL1 noticed the bruising and listened to Rowan, which was good practice. The referral was made four days "
    "later, after FSC1 had spoken to Mother. The church’s policy said that concerns should be reported ‘as soon "
    "as possible’ but did not explain what that meant or who to call out of hours.",

    "The HSCP keeps a list of 46 faith settings in Hexworth. In 2023 only 11 of them had a named safeguarding "
    "lead who had attended partnership training.",
  ]},

  {"id": "good-practice", "title": "Good practice", "items": [
    ("letters", "The review found examples of good practice, including:", [
        "CT1’s careful recording of the bruise in January 2023 and of Rowan’s hunger;",
        "YL1’s attention to Rowan and the note YL1 wrote of his exact words;",
        "EHE1’s decision to serve a preliminary notice after the visit in October 2023; and",
        "PC2’s Police National Database check, which was made without being asked.",
    ], None),

    "The care given to Rowan at Calderby Children’s Hospital, and the support given to his grandmother since, "
    "were described by the family as ‘outstanding’.",
  ]},

  {"id": "recommendations", "title": "Recommendations", "items": [
    "The review makes nine recommendations. The HSCP has accepted all of them and will report on progress to its "
    "executive every six months.",

    "Recommendation 1: the HSCP should seek assurance that the EHE team sees and speaks with every child within "
    "20 working days of the child being removed from a school roll, and escalates to children’s social care when "
    "a child cannot be seen.",

    "Recommendation 2: the local authority should replace the safeguarding tick box on the EHE notification form "
    "with questions about early help, attendance, police notifications and health appointments.",

    "Recommendation 3: children’s social care should run a private fostering awareness campaign aimed at GP "
    "practices, health visitors, schools and faith settings, and report the number of notifications each year.",

    "Recommendation 4: NHS Hexworth Integrated Care Board should introduce a single ‘was not brought’ pathway "
    "for children across community and dental services, so that a clinician reviews every child discharged "
    "after missed appointments.",

    "Recommendation 5: the 0-19 service should follow up emergency department notifications about children "
    "educated at home, rather than file them.",

    "Recommendation 6: Hexworthshire Police and children’s social care should ensure that checks for strategy "
    "discussions include the Police National Database for every adult in the household.",

    "Recommendation 7: children’s social care should ensure that health and education are invited to every "
    "strategy discussion.",

    "Recommendation 8: when a child is not brought to a child protection medical, the social worker’s manager "
    "should review the plan within 24 hours and reallocate the case if the social worker is absent.",

    "Recommendation 9: the HSCP should offer faith and voluntary settings a named contact, training on making a "
    "referral on the same day, and advice on when not to contact parents first.",
  ]},
]

# ----------------------------------------------------------------------------------------------
TABLES = {
  "key": {
    "caption": "Table 1: Key to role codes",
    "head": ["Code", "Role", "Agency"],
    "rows": [
      ["CT1", "Class teacher (Year 2)", "Thornleigh Primary School"],
      ["DSL1", "Designated safeguarding lead (deputy headteacher)", "Thornleigh Primary School"],
      ["EWO1", "Education welfare officer (attendance)", "Education welfare service"],
      ["EHE1", "Elective home education adviser", "Education welfare service"],
      ["GP1", "General practitioner, family’s usual GP", "Marlow Street Surgery"],
      ["GP2", "Locum general practitioner", "Marlow Street Surgery"],
      ["HV1", "Health visitor (for Sibling)", "Hexworth Community Health, 0-19 service"],
      ["SN1", "School nurse (until March 2023)", "Hexworth Community Health, 0-19 service"],
      ["SN2", "School nurse (from September 2023)", "Hexworth Community Health, 0-19 service"],
      ["NN1", "Named nurse for safeguarding children", "Hexworth Community Health"],
      ["ED1", "Emergency medicine registrar", "Hexworth General Hospital"],
      ["PLN1", "Paediatric liaison nurse", "Hexworth General Hospital"],
      ["ENP1", "Emergency nurse practitioner", "Hexworth Riverside Urgent Treatment Centre"],
      ["CPaed1", "Consultant community paediatrician", "Hexworth Community Health"],
      ["SW1", "Social worker, Front Door", "Children’s social care"],
      ["SW2", "Social worker, assessment team", "Children’s social care"],
      ["TM1", "Team manager, assessment team", "Children’s social care"],
      ["PC1", "Police constable, response (March 2023)", "Hexworthshire Police"],
      ["PC2", "Police constable, response (October 2023)", "Hexworthshire Police"],
      ["DS1", "Detective sergeant, child abuse investigation unit", "Hexworthshire Police"],
      ["FSW1", "Family support worker", "Northgate Children’s Centre"],
      ["YL1", "Youth leader, Friday Kids’ Club", "Riverside Fellowship"],
      ["FSC1", "Safeguarding coordinator (volunteer)", "Riverside Fellowship"],
    ],
  },
  "chron": {
    "caption": "Table 2: Chronology of key contacts, September 2022 to November 2023",
    "head": ["Date", "Agency", "Contact or event", "Who"],
    "rows": [
      ["26/09/2022", "School", "Free breakfast club place offered after CT1 noted Rowan often arrived hungry", "CT1"],
      ["12.10.22", "Hospital (orthoptics)", "Not brought to orthoptic appointment; new date sent, GP copied", "—"],
      ["17 Nov 2022", "School", "Parents’ evening: Mother reports bedwetting and behaviour at home", "CT1"],
      ["02/12/2022", "Education welfare", "First-stage attendance letter (autumn attendance 86.4%)", "EWO1"],
      ["05/12/2022", "GP", "Toothache; antibiotics; referral to Community Dental Service", "GP1"],
      ["12/12/2022", "Children’s centre", "Early Help Assessment begins with home visit; partner named only as ‘D’", "FSW1"],
      ["11.01.23", "School / early help", "Team Around the Family meeting at school", "FSW1, DSL1, SN1"],
      ["17.01.23", "Dental", "Not brought to first dental appointment", "—"],
      ["23 Jan 2023", "School", "Bruise to left cheek logged; explanation from Rowan and Mother accepted", "CT1, DSL1"],
      ["25.01.23", "Hospital (orthoptics)", "Not brought to second orthoptic appointment; discharged to GP", "—"],
      ["09/02/2023", "School nursing", "Health review: weight on 9th centile; enuresis advice", "SN1"],
      ["28/02/2023", "Children’s centre", "Early help case closed: ‘family disengaged, needs met’", "FSW1"],
      ["02/03/2023", "Police", "Domestic incident, 23.10 hrs; standard risk; local checks only on Mr D", "PC1"],
      ["08/03/2023", "Children’s social care", "Child concern notification screened: no further action", "SW1"],
      ["07.03.23", "Dental", "Not brought to second dental appointment", "—"],
      ["24/03/2023", "School", "Removed from roll for elective home education; EHE team notified", "DSL1"],
      ["c. 08/04/2023", "Family", "Rowan goes to live with Ms P (private fostering, not notified)", "—"],
      ["26 Apr 2023", "Education welfare", "EHE home visit; Rowan not seen (‘at a friend’s for the day’)", "EHE1"],
      ["09/05/2023", "Dental", "Discharged to GP after third appointment missed on 02/05/2023", "—"],
      ["16/05/2023", "GP", "Seen with Ms P for ear infection; staying with family friend recorded", "GP2"],
      ["14 Jun 2023", "Health visiting", "Sibling’s two-year review; Rowan ‘stopping with a friend from church’", "HV1"],
      ["29/07/2023", "Family", "Rowan returns to the flat from Ms P’s home", "—"],
      ["24/08/2023", "Hospital ED", "19.15 hrs: 2 cm cut above left eyebrow, glued; ‘coffee table’", "ED1"],
      ["04/09/2023", "School nursing", "ED notification filed: ‘no school nurse role’", "SN2"],
      ["15/09/2023", "Faith group", "Fingertip bruising to both upper arms seen at Friday Kids’ Club", "YL1"],
      ["19/09/2023", "Faith group", "Online referral to the Front Door, 14.36 hrs, after call to Mother", "FSC1"],
      ["20/09/2023", "Social care / police", "First strategy discussion: section 17 assessment agreed", "TM1, DS1, SW2"],
      ["22/09/2023", "Children’s social care", "Announced home visit; Rowan seen with Mother and Mr D", "SW2"],
      ["03/10/2023", "Urgent treatment centre", "16.40 hrs: right wrist sprain, ‘trampoline’; no notification", "ENP1"],
      ["05/10/2023", "Children’s social care", "Unannounced home visit; Rowan seen alone", "SW2"],
      ["24/10/2023", "Education welfare", "Preliminary notice served after visit of 19/10/2023", "EHE1"],
      ["26/10/2023", "Police", "Neighbour reports child screaming; PND check finds Calderby history", "PC2"],
      ["27/10/2023", "Multi-agency", "Second strategy discussion: section 47 enquiries agreed", "TM1, DS1, SW2, NN1, EHE1"],
      ["31/10/2023", "Community paediatrics", "Not brought to child protection medical; rebooked for 14/11/2023", "CPaed1"],
      ["11/11/2023", "Ambulance / hospital", "999 call 21.52 hrs; admitted with life-threatening injuries", "—"],
    ],
  },
}

FOOTNOTES = {
  "notify": "Safeguarding partners must notify the National Panel within five working days of becoming aware "
            "of a serious incident. See Working Together to Safeguard Children 2023, chapter 5.",
  "wnb": "The phrase is used by many health services to make clear that the responsibility for a missed "
         "appointment lies with the adult, not the child.",
  "fellowship": "The Riverside Fellowship is an independent church with about 240 members. It does not belong "
                "to a denomination and, in 2023, had no external source of safeguarding advice.",
  "frontdoor": "The Front Door is Hexworth’s multi-agency safeguarding hub. In March 2023 it received 1,146 "
               "contacts, of which 212 were police child concern notifications.",
  "ehe": "On 31 March 2023 the EHE team was responsible for 318 children and young people and had 2.5 "
         "full-time equivalent advisers.",
  "cds": "The Community Dental Service policy in force in 2023 discharged a child to the GP after three missed "
         "appointments. It was changed in June 2024 so that no child is discharged without a telephone call "
         "to the parent.",
  "pf": "Children Act 1989, section 66, and the Children (Private Arrangements for Fostering) Regulations "
        "2005. Notice should be given at least six weeks before an arrangement begins, or within 48 hours of "
        "the start of an arrangement made in an emergency.",
  "pfnum": "Hexworth Council’s annual private fostering report recorded four new notifications in 2022 to 2023 "
           "and three in 2023 to 2024, in a population of about 61,000 children.",
  "s437": "Education Act 1996, section 437(1). The notice gives the parent 15 days to satisfy the local "
          "authority that the child is receiving a suitable education.",
  "pnd": "The Police National Database holds local intelligence from all police forces in England and Wales. "
         "In 2023 a Police National Database check was not a routine part of preparing for a strategy "
         "discussion in Hexworthshire.",
}

RELATED = [
  "Hexworth Safeguarding Children Partnership annual report 2023 to 2024",
  "Private fostering: what you need to know",
  "Elective home education in Hexworth: guidance for parents",
  "Safeguarding practice reviews: all published reports",
]

# ----------------------------------------------------------------------------------------------
# The press statement (companion). It differs from the review on three points, deliberately:
#   recommendations: eight (review: nine); dental appointments: four (review: three);
#   approval: January 2025 (review: 11 December 2024).
PRESS_BODY = [
  ("p", "Embargoed until 00.01 hrs on Tuesday 18 March 2025"),
  ("p", "The Hexworth Safeguarding Children Partnership (HSCP) has today published a local child safeguarding "
        "practice review into the serious harm suffered by a 7-year-old boy, known as Rowan, at his home in "
        "Hexworth in November 2023."),
  ("p", "Rowan was taken to hospital with a head injury, broken bones and bruising. His mother’s partner was "
        "convicted at Hexworth Crown Court and sentenced to 10 years’ imprisonment. Rowan is now being cared "
        "for by a member of his family and is said to be doing well."),
  ("p", "The review, written by independent reviewer Dr Helena Marchetti, found that after Rowan was withdrawn "
        "from school in March 2023 to be educated at home, no single agency had a full picture of his life. "
        "It found that:"),
  ("ul", [
    "Rowan lived with a family friend for 16 weeks in 2023, but the arrangement was not recognised as "
    "private fostering;",
    "he was not brought to four dental appointments and two eye clinic appointments;",
    "his mother’s new partner was met by several practitioners, but none checked his history in another area; and",
    "the first strategy discussion, in September 2023, did not include health or education.",
  ]),
  ("p", "The review makes eight recommendations, all of which have been accepted. The report was approved by "
        "the partnership’s executive in January 2025."),
  ("h2", "‘We did not see the whole child’"),
  ("p", "Colin Ravensworth, Independent Scrutineer of the Hexworth Safeguarding Children Partnership, said:"),
  ("quote", "Rowan was seen by a lot of people in the year before he was harmed, but nobody saw the whole "
            "child. I want to thank his grandmother for helping us to learn from what happened to him, and "
            "Rowan himself, who told us plainly what he needed from adults."),
  ("p", "Priya Kaur-Benson, Director of Children’s Services at Hexworth Council, said:"),
  ("quote", "We are sorry that we did not do more to protect Rowan. Since he was harmed we have increased the "
            "number of staff who support families who educate their children at home, and every child "
            "taken off a school roll is now seen within 20 working days."),
  ("h2", "What has changed"),
  ("ul", [
    "The elective home education team now has four advisers, up from 2.5 in 2023.",
    "A private fostering awareness campaign, ‘Who’s looking after your child?’, was launched in "
    "September 2024 and has reached 180 GP practices, schools and faith groups.",
    "All strategy discussions now include a check of the Police National Database for every adult in the "
    "household.",
    "The Community Dental Service no longer discharges a child without first telephoning the parent.",
  ]),
  ("h2", "Notes to editors"),
  ("ol", [
    "The full review is published on the partnership’s pages of HEXWORTH.GOV.UK.",
    "The partnership is led jointly by Hexworth Council, NHS Hexworth Integrated Care Board and "
    "Hexworthshire Police.",
    "To protect Rowan, the partnership will not comment on his current address, school or family.",
    "Media enquiries: Hexworth Council press office, 01632 960418, press.office@hexworth.gov.uk "
    "(fictional address). Out of hours: 01632 960733.",
  ]),
]
