"""Text of the FICTIONAL Skelderby "Jaden" LCSPR and the scrutineer's letter. Every name is invented."""

FRONT_PAGES = 3

REPORT = [
    ("raw", "FirstP", "FICTIONAL — practice document for testing only"),
    ("raw", "FrontTitle", "Local Child Safeguarding Practice Review"),
    ("raw", "FrontSub", "“Jaden”: a 15-year-old harmed through child criminal exploitation"),
    ("raw", "FrontSub", "Skelderby Safeguarding Children Partnership"),
    ("raw", "FrontSub", "Lead reviewer: Fiona Caldbeck, independent reviewer"),
    ("raw", "FrontSub", "Final report approved by the Partnership Executive, October 2025"),
    ("raw", "FrontSub", "Publication: November 2025"),
    ("raw", "P", "This report is an invented case written for training and software testing. The city of "
     "Skelderby, the Skelderby Safeguarding Children Partnership, Jaden, his family, every practitioner "
     "and every agency named in it are fictional. Any resemblance to real people or services is accidental."),

    ("raw", "FrontBreak", "Contents"),
    ("raw", "Toc", "Foreword and glossary\tiii"),
    ("raw", "Toc", "1. Introduction\t1"),
    ("raw", "Toc", "2. Terms of reference and methodology\t1"),
    ("raw", "Toc", "3. Jaden and his family\t3"),
    ("raw", "Toc", "4. Key episodes\t4"),
    ("raw", "Toc", "5. Agency involvement and analysis\t7"),
    ("raw", "Toc", "6. Findings\t9"),
    ("raw", "Toc", "7. Recommendations\t10"),
    ("raw", "Toc", "Appendix A. The review process\t11"),
    ("raw", "P", "Paragraphs are numbered by section. Practitioners are referred to by role codes (for "
     "example SW1, DSL1, PC2) so that they cannot be identified. The pseudonym “Jaden” was chosen by the "
     "young person himself."),

    ("raw", "FrontBreak", "Foreword and glossary"),
    ("raw", "P", "The Skelderby Safeguarding Children Partnership is led by its three statutory partners: "
     "Skelderby City Council, the Northvale Integrated Care Board and Ridlingham Police. On behalf of the "
     "partners, the Partnership Executive accepts every finding of this review. We thank Jaden and his mother "
     "for speaking so openly to the lead reviewer, and the practitioners who gave their time to the learning "
     "event. — Carol Pennington, Director of Children’s Services, for the Partnership Executive."),
    ("raw", "H2", "Glossary"),
    ("raw", "P", "**CCE** child criminal exploitation. **CIN** child in need (section 17 of the Children Act 1989). "
     "**DSL** designated safeguarding lead. **MACE** Multi-Agency Child Exploitation panel. **NRM** National "
     "Referral Mechanism. **RHI** return home interview. **YJS** Skelderby Youth Justice Service. "
     "**SRI** Skelderby Royal Infirmary. **AP** alternative provision."),
    ("raw", "P", "**Role codes.** SW1 first allocated social worker (November 2023 to June 2024); SW2 second "
     "allocated social worker (from July 2024); TM1 team manager, Assessment and Intervention; EHW1 early "
     "help worker; DSL1 designated safeguarding lead, Fellgate Academy; AP1 head of centre, Brindle House; "
     "PC1 missing person coordinator, Ridlingham Police; PC2 detective constable, exploitation team; "
     "YJO1 youth justice case manager; ED1 emergency department nurse, SRI; CAMHS1 mental health practitioner."),

    # ---- Body ----
    ("h1first", "1. Introduction"),
    ("np", "1.1", "In the early hours of 14 March 2025 Jaden, then aged 15, was found with a stab wound to his "
     "left thigh in the stairwell of Calder House, a block of flats on the Lowmoor estate in Hexley, "
     "about 30 miles from his home in Skelderby. A resident called 999 at 01.35 hrs and the first "
     "ambulance crew reached him at 01.52 hrs. He lost a great deal of blood and underwent emergency "
     "surgery at Skelderby Royal Infirmary that lasted almost six hours."),
    ("np", "1.2", "Jaden had left his mother’s home at 19.10 hrs on 13 March 2025, saying he was going to "
     "a friend’s house. His mother reported him missing to Ridlingham Police at 22.05 hrs the same evening. "
     "This was the fourteenth time he had been reported missing in the review period."),
    ("np", "1.3", "Two adult men, aged 19 and 23, were later charged in connection with the attack. Criminal "
     "proceedings had not concluded when this report was written, and the review has not sought to "
     "establish who was responsible for the assault.[[fn:Nothing in this report should be read as a finding "
     "of fact about the criminal case. The review’s timetable was agreed with the Crown Prosecution Service.]]"),
    ("np", "1.4", "The Partnership notified the Child Safeguarding Practice Review Panel of the serious incident "
     "on 18 March 2025. A rapid review meeting was held on 26 March 2025 and recommended a local child "
     "safeguarding practice review, because the incident appeared to show how agencies in Skelderby work "
     "together when a child is exploited outside the family home. The national Panel agreed with that "
     "recommendation on 10 April 2025."),
    ("np", "1.5", "The Partnership appointed Fiona Caldbeck, an independent reviewer and former head of a "
     "youth offending service, as lead reviewer. She had no previous involvement with any of the agencies in "
     "Skelderby. A review team of senior managers from the three statutory partners and from education "
     "supported her."),

    ("h2", "2. Terms of reference and methodology"),
    ("np", "2.1", "The review covers the period from 1 September 2023, when Jaden started Year 10 at Fellgate "
     "Academy, to 14 March 2025, the date of the incident. Earlier events are referred to where they help "
     "explain later practice."),
    ("np", "2.2", "The terms of reference asked the review to consider five key lines of enquiry:"),
    ("p", "(a) how well agencies recognised the signs that Jaden was being criminally exploited; "
     "(b) the response to his missing episodes, including return home interviews; "
     "(c) the effect of school exclusion and alternative provision on his safety; "
     "(d) whether the multi-agency arrangements for exploitation, including the MACE panel and the National "
     "Referral Mechanism, reduced the risk to him; and "
     "(e) how far Jaden’s own voice and his mother’s concerns shaped the plans made for him."),
    ("np", "2.3", "Eleven agencies provided chronologies and reflective reports. Their information was merged "
     "into a single chronology of 212 entries, which the review team used to select the key episodes set out "
     "in section 4."),
    ("np", "2.4", "A learning event for practitioners and first-line managers took place on 24 June 2025. "
     "Twenty-seven practitioners attended, from social care, police, health, education, youth justice and "
     "the voluntary sector. A separate conversation with senior managers was held on 8 July 2025."),
    ("np", "2.5", "The lead reviewer met Jaden’s mother at her home on 2 July 2025 and met Jaden himself on "
     "15 July 2025 at his aunt’s house in Portwick, where he has lived since leaving hospital. Jaden’s father "
     "was invited to contribute but did not respond to three letters."),
    ("np", "2.6", "The review follows the systems approach described in national guidance.[[fn:Working Together "
     "to Safeguard Children (2023), chapter 5, describes local child safeguarding practice reviews. The "
     "guidance is named here only in general terms.]] It looks for the reasons why practice happened as it "
     "did, rather than at individual fault. Hindsight bias has been guarded against by asking what was known, "
     "or could reasonably have been known, at the time."),
    ("np", "2.7", "The draft report was shared with all contributing agencies in September 2025. The final "
     "report was approved by the Partnership Executive in October 2025."),

    ("h1", "3. Jaden and his family"),
    ("np", "3.1", "Jaden is a White British boy who lived with his mother and two younger half-sisters in a "
     "rented house in the Bramhall Road area of Skelderby. His older brother, then aged 19, had left home in "
     "2022. His father lives in Portwick and had seen Jaden only occasionally since he was seven."),
    ("np", "3.2", "Teachers at his primary school described a cheerful, sporty boy who played for a junior "
     "rugby league team until he was 13. He was diagnosed with attention deficit hyperactivity disorder in "
     "Year 6, and he found the move to secondary school difficult. By the end of Year 9 his attendance at "
     "Fellgate Academy had fallen to 81 per cent."),
    ("np", "3.3", "Jaden’s mother worked evening shifts at a distribution warehouse. She told the review that "
     "from the autumn of 2023 she was frightened for her son, but felt that agencies saw him as a problem to "
     "be managed rather than a child at risk. She said she had rung the police, the school and children’s "
     "services “more times than I can count”."),
    ("box", "Jaden in his own words", [
        "When he met the lead reviewer, Jaden talked about the months before the stabbing. These points are "
        "recorded with his permission.",
        "• “At first it was just running stuff for older lads. They gave me trainers and money. By the time I "
        "wanted out I owed them.”",
        "• “Every time I went missing someone asked me the same questions. Nobody ever came back to me about "
        "the answers.”",
        "• “Brindle House was alright but it finished at one o’clock. After that there was nothing.”",
        "• He said the adult he trusted most was his youth justice case manager, because “she turned up when "
        "she said she would”.",
    ]),
    ("np", "3.4", "Jaden told the review that he was first approached by older boys near the Skelderby bus "
     "interchange in the summer of 2023, before the review period began. He was given a mobile phone and "
     "asked to carry packages to addresses in Skelderby. Within weeks he was being sent to Hexley and other "
     "towns along the coast. This pattern is typical of “county lines” exploitation.[[fn:County lines is the "
     "term used for drug dealing networks that use children to move and sell drugs from a city into smaller "
     "towns, controlled through a dedicated phone line.]]"),
    ("np", "3.5", "His mother noticed new clothes and trainers in October 2023 and found £340 in cash in his "
     "bedroom. When she challenged him he became angry and stayed away overnight. She said that the older boys "
     "had threatened her family and that a car window at the house was smashed in December 2023."),
    ("np", "3.6", "Jaden’s mother has read this report. She asked that it say clearly that she loved her son "
     "and never stopped trying to keep him safe. The review agrees."),

    ("h1", "4. Key episodes"),
    ("p", "This section summarises the key episodes chosen by the review team. Table 1 gives the main dates; "
     "the paragraphs that follow describe what happened and how agencies responded."),
    ("table", "Table 1. Main events in the review period", ["Date", "Time", "Agency", "Event"], [
        ["12/10/2023", "23.20", "Ridlingham Police", "Jaden found at Hexley railway station after first missing "
         "episode; carrying two mobile phones and cash. Returned home by police."],
        ["06/11/2023", "", "Early Help", "Early help assessment opened by EHW1 after referral from Fellgate Academy."],
        ["23/01/2024", "", "Fellgate Academy", "Five-day suspension after a lock knife was found in Jaden’s "
         "school bag."],
        ["21/02/2024", "14.00", "Children’s social care", "Strategy discussion; no section 47 enquiry; single "
         "assessment and child in need plan agreed."],
        ["04/03/2024", "", "Education", "Managed move to Brindle House alternative provision (mornings only)."],
        ["11/04/2024", "", "MACE panel", "First MACE discussion; exploitation risk rated medium."],
        ["17/06/2024", "16.45", "Ridlingham Police", "Arrested at a flat in Hexley with 28 wraps of crack cocaine; "
         "released under investigation."],
        ["15/08/2024", "", "MACE panel", "Risk re-rated high; disruption plan agreed."],
        ["02/09/2024", "", "Children’s social care", "NRM referral submitted by SW2."],
        ["09/09/2024", "", "Home Office", "Positive reasonable grounds decision."],
        ["29/11/2024", "22.15", "SRI emergency department", "Attended with facial injuries; said he had fallen off "
         "a bike."],
        ["07/01/2025", "", "Children’s social care", "Initial child protection conference; child in need plan "
         "continued."],
        ["20/02/2025", "", "Skelderby Youth Court", "Nine-month referral order for possession with intent to "
         "supply."],
        ["14/03/2025", "01.35", "Ambulance service", "999 call; Jaden found stabbed at Calder House, Hexley."],
    ]),
    ("h2", "Episode 1: the first missing episode (October 2023)"),
    ("np", "4.1", "On 11 October 2023 Jaden did not come home from school. His mother reported him missing at "
     "18.45 hrs. He was found by British Transport Police officers at Hexley railway station at 23.20 hrs the "
     "following night, 12 October 2023, carrying two mobile phones and £85 in cash, and was driven home by "
     "Ridlingham Police officers."),
    ("np", "4.2", "Statutory guidance expects a return home interview to be offered within 72 hours of a child’s "
     "return.[[fn:The 72-hour expectation comes from national guidance on children who run away or go missing "
     "from home or care. In Skelderby return home interviews are commissioned from the charity Safe Harbour "
     "North.]] The interview was arranged for 16 October 2023 but Jaden was not at home. It finally took "
     "place on 27 October 2023, fifteen days after his return. The worker recorded that Jaden “would not say "
     "where he had been” and closed the case."),
    ("np", "4.3", "The missing person coordinator, PC1, graded the episode as medium risk. No intelligence "
     "report was submitted about the two phones, and the fact that a Skelderby child had been found in Hexley "
     "late at night was not shared with the school."),
    ("h2", "Episode 2: early help and the knife at school (November 2023 to February 2024)"),
    ("np", "4.4", "DSL1 referred Jaden to early help after his attendance fell to 62 per cent in the first half "
     "of the autumn term. EHW1 opened an early help assessment on 6 November 2023 and visited the family four "
     "times before Christmas. She identified that Jaden was “hanging around with older lads” but the plan "
     "focused on school attendance and a referral for a boxing programme."),
    ("np", "4.5", "On 23 January 2024 a member of staff found a lock knife in Jaden’s school bag. He was "
     "suspended for five days. Jaden said he carried the knife “for protection” because he had been "
     "threatened on the way to school. The academy told the police, who gave words of advice, but neither "
     "agency referred him to children’s social care at that point."),
    ("np", "4.6", "DSL1 made a referral to children’s social care on 19 February 2024, after Jaden disclosed to "
     "a teaching assistant that he was “owed money to some people” and was scared. A strategy discussion was "
     "held on 21 February 2024 at 14.00 hrs between social care, police and the school; health was not "
     "invited. The discussion decided that the threshold for a section 47 enquiry was not met and agreed a "
     "single assessment. SW1 was allocated, and a child in need plan followed on 28 March 2024."),
    ("h2", "Episode 3: alternative provision (March 2024)"),
    ("np", "4.7", "After a second suspension in late February 2024, Fellgate Academy arranged a managed move to "
     "Brindle House, the city’s alternative provision centre, from 4 March 2024. The timetable at Brindle House "
     "ran from 9.15 am to 1.00 pm, four days a week, which gave Jaden 15 hours of education a week. His "
     "attendance there averaged 38 per cent over the summer term."),
    ("np", "4.8", "AP1, the head of centre, told the review that staff quickly became worried about who collected "
     "Jaden after lessons. On 22 April 2024 a member of staff saw him get into a grey car driven by an adult "
     "man. AP1 passed the registration number to the police the same day."),
    ("h2", "Episode 4: MACE and the arrest in Hexley (April to August 2024)"),
    ("np", "4.9", "Jaden was first discussed at the MACE panel on 11 April 2024. The panel rated his risk of "
     "exploitation as medium and recorded seven actions, of which three had been completed by the next "
     "review. The panel did not hear from the school or from Brindle House, neither of which was invited."),
    ("np", "4.10", "On 17 June 2024 at 16.45 hrs police executing a drugs warrant found Jaden at a flat in "
     "Hexley with two adults. He had 28 wraps of crack cocaine and £410 in cash. He was arrested, interviewed "
     "with an appropriate adult and released under investigation.[[fn:Released under investigation means that "
     "a suspect is released without bail conditions while the investigation continues.]] He was treated as a "
     "suspect rather than as a possible victim of exploitation, and no referral to children’s social care was "
     "made until 20 June 2024."),
    ("np", "4.11", "SW1 left the authority at the end of June 2024 and SW2 was allocated on 8 July 2024. In the "
     "gap of just over a week the case was held by TM1 on a duty basis. SW2 told the review that she had 24 "
     "children on her caseload when she took over Jaden’s case."),
    ("np", "4.12", "On 15 August 2024 the MACE panel re-rated Jaden’s risk as high and agreed a disruption plan, "
     "including child abduction warning notices for two adults believed to be exploiting him. Only one of "
     "the two notices was served, on 3 September 2024; the second adult could not be found."),
    ("h2", "Episode 5: the National Referral Mechanism (September 2024)"),
    ("np", "4.13", "SW2 submitted an NRM referral on 2 September 2024.[[fn:The National Referral Mechanism is the "
     "framework for identifying and referring potential victims of modern slavery, including children who are "
     "criminally exploited. A “reasonable grounds” decision is followed later by a “conclusive grounds” "
     "decision.]] A positive reasonable grounds decision was received on 9 September 2024. A conclusive "
     "grounds decision had still not been made on 14 March 2025, six months later."),
    ("np", "4.14", "The reasonable grounds decision was not shared with the Youth Justice Service until January "
     "2025, and the Crown Prosecution Service was not told of it before the charging decision in the drugs "
     "case was made on 5 December 2024."),
    ("h2", "Episode 6: injuries and the child protection conference (November 2024 to January 2025)"),
    ("np", "4.15", "On 29 November 2024 Jaden attended the emergency department at Skelderby Royal Infirmary at "
     "22.15 hrs with a swollen eye and a cut to his lip. He said he had fallen off a bike. ED1 noticed that "
     "he had an alert on the hospital system because of the NRM referral, but the hospital safeguarding team "
     "did not tell children’s social care about the attendance until 5 December 2024."),
    ("np", "4.16", "SW2 and TM1 agreed that the pattern of harm needed a child protection response, and an "
     "initial child protection conference was held on 7 January 2025. The conference, chaired by an "
     "independent chair, decided that Jaden should not be made subject to a child protection plan because "
     "the risk came from outside the family and his mother was acting protectively. He continued to be "
     "supported under a child in need plan."),
    ("quote", "“Every time I went missing someone asked me the same questions. Nobody ever came back to me "
     "about the answers.”", "Jaden, speaking to the lead reviewer, July 2025"),
    ("np", "4.17", "Several practitioners told the learning event that the conference framework felt designed for "
     "harm within the family. Skelderby did not at the time have a separate extra-familial harm pathway, and "
     "the review understands that one is now being piloted."),
    ("h2", "Episode 7: the referral order and the final weeks (February to March 2025)"),
    ("np", "4.18", "On 20 February 2025 Skelderby Youth Court made a nine-month referral order for possession "
     "with intent to supply, arising from the arrest in June 2024. YJO1 became his case manager and saw him "
     "twice a week. Jaden later described her as the professional he trusted most."),
    ("np", "4.19", "On 6 March 2025 Jaden told YJO1 that he owed £1,200 to the people he had worked for and was "
     "frightened to go out. YJO1 recorded the disclosure and emailed SW2 the same afternoon. SW2 was on "
     "annual leave until 10 March 2025, and the email was not read by anyone else until then. A strategy "
     "discussion was booked for 17 March 2025, three days after the stabbing."),
    ("np", "4.20", "On the evening of 13 March 2025 Jaden left home at 19.10 hrs. Police graded the missing report "
     "as high risk at 22.40 hrs, and a search of addresses linked to his exploiters began shortly after "
     "midnight. He was found at 01.35 hrs on 14 March 2025 by a resident of Calder House who heard him "
     "calling for help."),

    ("h1", "5. Agency involvement and analysis"),
    ("h2", "Children’s social care"),
    ("np", "5.1", "Children’s social care had an open case for Jaden from February 2024 until the incident, under "
     "a child in need plan throughout. In that time he had two allocated social workers and the plan was "
     "reviewed at six child in need meetings. The plans were detailed about school attendance and family "
     "support but said very little about who was exploiting Jaden, where he was going, or how he would be "
     "protected when he was out of the house."),
    ("np", "5.2", "The single assessment completed by SW1 in March 2024 recognised that Jaden was “at risk of "
     "exploitation” but scored the risk using a tool designed for sexual exploitation. The assessment was "
     "signed off by TM1 within the 45-day timescale, but the manager’s comments did not challenge the use of "
     "the wrong tool. The review heard that a dedicated criminal exploitation screening tool was introduced "
     "in Skelderby only in May 2024."),
    ("np", "5.3", "SW2 built a strong relationship with Jaden’s mother and was the professional who submitted "
     "the NRM referral. The review found her practice to be thoughtful and persistent. She was, however, "
     "working with a high caseload and without a co-worker, and she was not given cover for her leave in "
     "March 2025. The absence of a system to pick up urgent emails from partners when a worker is away is "
     "a significant organisational weakness, not a failing by SW2."),
    ("h2", "Ridlingham Police"),
    ("np", "5.4", "Police contact with Jaden was frequent: fourteen missing reports, one arrest for drugs offences, "
     "two stop and search encounters and the words of advice after the knife incident. For most of the "
     "review period each contact was handled as a separate event. Officers who dealt with the missing "
     "episodes did not routinely know about the drugs arrest, and the exploitation team (PC2) did not become "
     "involved until August 2024."),
    ("np", "5.5", "The arrest on 17 June 2024 shows the tension between investigating a child as a suspect and "
     "protecting him as a victim. PC2 told the learning event that officers at the time “saw a drug dealer, "
     "not a 14-year-old.” In fact Jaden was 15: he had turned 15 in May 2024. The review was told that "
     "Ridlingham Police have since adopted a rule that every child arrested in a drugs warrant is referred "
     "to children’s social care within 24 hours."),
    ("np", "5.6", "Missing-episode risk grading was inconsistent. Of the fourteen missing episodes, five were graded "
     "low, seven medium and two high. The review could not find any explanation on the records for why the "
     "episode on 13 March 2025 was first graded medium and was raised to high only at 22.40 hrs."),
    ("h2", "Education"),
    ("np", "5.7", "Fellgate Academy recognised early that something was wrong and DSL1 made the first referral to "
     "early help. However, the school’s response to the knife in January 2024 was disciplinary. The five-day "
     "suspension removed Jaden from a protective setting at the very time that his exploiters were "
     "tightening their hold."),
    ("np", "5.8", "The managed move to Brindle House reduced Jaden’s education to 15 hours a week and left his "
     "afternoons unsupervised. Brindle House staff knew a great deal about his associates, and AP1 acted "
     "promptly on what she saw. But Brindle House was not invited to MACE, strategy discussions or child in "
     "need meetings until November 2024, so its knowledge did not reach the people making decisions."),
    ("box", "What is a MACE panel?", [
        "A Multi-Agency Child Exploitation (MACE) panel brings together police, social care, health, education, "
        "youth justice and the voluntary sector to share information about children at risk of exploitation "
        "and about the places and adults that pose a risk to them.",
        "In Skelderby the MACE panel meets monthly and is chaired by a detective inspector. In 2024 it "
        "discussed 96 children.",
    ]),
    ("h2", "Health"),
    ("np", "5.9", "Jaden had limited contact with health services. He was seen twice by CAMHS1 in the autumn of "
     "2023 for a review of his ADHD medication, and the school nurse saw him once at Fellgate Academy. "
     "Health was not invited to the strategy discussion on 21 February 2024, although a health "
     "representative did attend the MACE panel."),
    ("np", "5.10", "The emergency department attendance on 29 November 2024 was the clearest missed opportunity in "
     "health. ED1 saw the alert and had concerns about the explanation given for the injuries. She completed "
     "a safeguarding form at 23.50 hrs, but it sat in the hospital safeguarding team’s queue over a weekend "
     "and was not sent to children’s social care until 5 December 2024, six days after the attendance."),
    ("h2", "Youth Justice Service"),
    ("np", "5.11", "The Youth Justice Service became involved in February 2025 with the referral order. YJO1 saw "
     "Jaden more often than any other professional and quickly won his trust. Her recording of the "
     "disclosure on 6 March 2025 was exemplary, and she followed it up with a telephone call to the "
     "children’s social care duty line on 7 March 2025. The duty worker recorded the call but did not "
     "escalate it, because the case was “open and allocated”."),
    ("np", "5.12", "The review considers that the response to YJO1’s information between 6 and 13 March 2025 was "
     "the last point at which the harm to Jaden might have been prevented. The information showed an "
     "immediate and specific threat, and it called for a same-day strategy discussion."),
    ("h2", "The voluntary sector"),
    ("np", "5.13", "Safe Harbour North delivered nine of the return home interviews offered to Jaden and "
     "completed four of them. Its workers changed each time. The charity told the review that its contract "
     "funded one attempt at each interview, and that it had no route to feed what children told it into "
     "MACE. Both points have since been addressed in the new contract, which began on 1 April 2025."),

    ("h1", "6. Findings"),
    ("np", "6.1", "The review has made five findings. Each is about the system in Skelderby rather than about "
     "any individual practitioner."),
    ("h2", "Finding 1: exploitation was seen late and in pieces"),
    ("np", "6.2", "The earliest signs of exploitation were visible by October 2023: unexplained cash, two phones "
     "and a child found in a coastal town late at night. Each agency held a part of this picture. It was "
     "ten months before a multi-agency forum rated the risk as high. The review found no single point at which "
     "all the information was brought together until the MACE meeting on 15 August 2024."),
    ("h2", "Finding 2: missing episodes were counted, not understood"),
    ("np", "6.3", "Jaden was reported missing fourteen times. Return home interviews were offered nine times "
     "and completed four times, and none of the completed interviews led to a change in his plan. The "
     "information children give in return home interviews is only useful if someone analyses it and acts on "
     "it; in Skelderby at the time, nobody had that job."),
    ("h2", "Finding 3: exclusion from school increased risk"),
    ("np", "6.4", "The knife suspension and the reduced timetable at Brindle House each increased the time Jaden "
     "spent unsupervised and available to his exploiters. National research has shown that exclusion is a "
     "known risk factor for criminal exploitation. Education settings need to be at the table whenever a "
     "child’s exploitation risk is discussed."),
    ("h2", "Finding 4: child protection processes did not fit extra-familial harm"),
    ("np", "6.5", "The conference on 7 January 2025 was asked a question about parental care when the danger to "
     "Jaden came from adults outside the family. Practitioners did their best with a framework that did not "
     "fit. The lack of a child protection plan meant that there was no core group and no timescale for "
     "statutory visits."),
    ("h2", "Finding 5: the system depended on individuals"),
    ("np", "6.6", "Jaden was best protected when a particular practitioner — SW2, AP1 or YJO1 — was present and "
     "persistent. When they were absent, the system did not pick up their work. The clearest example is "
     "the disclosure of 6 March 2025, which waited four days for SW2’s return from leave."),
    ("np", "6.7", "The review also notes good practice: DSL1’s early referral, AP1’s prompt sharing of the car "
     "registration number, SW2’s NRM referral and YJO1’s recording. These show that practitioners in "
     "Skelderby are skilled and committed; the recommendations aim to build systems around that skill."),

    ("h1", "7. Recommendations"),
    ("np", "7.1", "The Partnership should agree an extra-familial harm pathway, including a risk-focused "
     "conference and plan, and evaluate the current pilot by 31 March 2026."),
    ("np", "7.2", "Skelderby City Council should ensure that every allocated worker’s email and telephone "
     "messages are monitored by a named colleague or manager when the worker is on leave."),
    ("np", "7.3", "The Partnership should commission a single analysis of return home interview information, with "
     "a quarterly report to the MACE panel."),
    ("np", "7.4", "Schools and alternative provision should be invited to every MACE discussion and every "
     "strategy discussion about a child whom they teach."),
    ("np", "7.5", "Ridlingham Police should review the way missing-episode risk is graded for children already "
     "known to be at risk of criminal exploitation."),
    ("np", "7.6", "The Northvale Integrated Care Board should ensure that emergency department safeguarding forms "
     "about children with an exploitation alert are shared with children’s social care within one working "
     "day, including at weekends."),
    ("np", "7.7", "The Partnership should write to the Home Office about the delay in conclusive grounds decisions "
     "for children in Skelderby and track the time taken for each decision."),
    ("np", "7.8", "The Partnership should report on progress against these recommendations to its Executive in "
     "six months and publish a short update on its website."),
    ("p", "Fiona Caldbeck, Lead Reviewer. FICTIONAL: every person, place and agency in this report is invented."),
    ("h1", "Appendix A. The review process"),
    ("np", "A1", "The rapid review on 26 March 2025 considered information from nine agencies. It identified three "
     "areas for immediate action: cover for absent workers, the sharing of emergency department "
     "safeguarding forms, and the attendance of education settings at MACE. Each was completed by June 2025."),
    ("np", "A2", "The review team met six times between May and September 2025. It comprised the lead reviewer, "
     "the Partnership business manager, and senior managers from Skelderby City Council children’s services, "
     "the Northvale Integrated Care Board, Ridlingham Police and the Skelderby education service."),
    ("np", "A3", "Agencies that provided chronologies were: Skelderby City Council children’s social care; early "
     "help; Fellgate Academy; Brindle House; Ridlingham Police; British Transport Police; Skelderby Royal "
     "Infirmary; the Northvale Integrated Care Board (for the GP practice and CAMHS); the ambulance service; "
     "Skelderby Youth Justice Service; and Safe Harbour North."),
    ("np", "A4", "Jaden’s GP practice, the Moorside Medical Centre, had no contact with him during the review "
     "period other than two repeat prescriptions for ADHD medication, and provided a short summary rather "
     "than a full chronology."),
    ("np", "A5", "The lead reviewer thanks the business manager of the Partnership, Ruth Aldersey, who organised "
     "the learning event and kept the review to its timetable."),
]

LETTER = [
    ("LH", "FICTIONAL — Skelderby Safeguarding Children Partnership · Office of the Independent Scrutineer · "
     "Civic Hall, Skelderby"),
    ("Addr", "Dr Anthony Ridsdale"),
    ("Addr", "Independent Scrutineer"),
    ("Addr", "Skelderby Safeguarding Children Partnership"),
    ("P", " "),
    ("Addr", "The Chair"),
    ("Addr", "Child Safeguarding Practice Review Panel"),
    ("P", " "),
    ("P", "3 November 2025"),
    ("P", "Our reference: SSCP/LCSPR/2025/02"),
    ("P", "**Local Child Safeguarding Practice Review: “Jaden”**"),
    ("P", "Dear Chair,"),
    ("P", "I write as the Independent Scrutineer of the Skelderby Safeguarding Children Partnership to send you "
     "the final report of the local child safeguarding practice review about the young person known as "
     "Jaden, and to give you my own view of the review and of the Partnership’s response. The report was "
     "approved by the Partnership Executive on 8 October 2025 and will be published on 1 December 2025."),
    ("H2", "The incident"),
    ("P", "Jaden was 15 when he was stabbed in the thigh in a stairwell in Hexley in the early hours of "
     "14 March 2025. He had gone missing from his mother’s home the evening before. He survived after "
     "emergency surgery at Skelderby Royal Infirmary and now lives with his aunt in Portwick. Two young "
     "men have been charged; their trial is listed for February 2026."),
    ("P", "The Partnership notified the Panel on 18 March 2025. The rapid review met on 27 March 2025 and "
     "recommended a local review, which the Panel endorsed on 10 April 2025. Fiona Caldbeck was appointed as "
     "independent lead reviewer."),
    ("H2", "What the review found"),
    ("P", "In short, the review shows a boy whose exploitation was visible from the autumn of 2023 but was seen "
     "by each agency only in part. He went missing fourteen times in eighteen months; only four return home "
     "interviews were completed. He was arrested in a drugs raid in June 2024 and treated as an offender "
     "before anyone treated him as a victim. The MACE panel rated him at high risk in August 2024, and a "
     "positive reasonable grounds decision under the National Referral Mechanism followed in September 2024, "
     "but the conclusive grounds decision was still awaited when he was attacked."),
    ("P", "The most troubling episode is the last. On 6 March 2025 Jaden told his youth justice case manager "
     "that he owed £1,200 and was afraid to go out. That information reached children’s social care the same "
     "day, but it waited for the allocated social worker to return from leave, and the strategy discussion it "
     "prompted was not due to take place until after he had been stabbed."),
    ("P", "The review makes five findings, which I summarise as: exploitation seen late and in pieces; missing "
     "episodes counted rather than understood; exclusion from school increasing risk; child protection "
     "processes that did not fit harm from outside the family; and a system that relied on a few committed "
     "individuals. It makes eight recommendations, which the Partnership has accepted in full."),
    ("H2", "My assessment of the review"),
    ("P", "I attended the learning event and read the merged chronology. In my view the review is thorough and "
     "fair. Its strength is that it listened carefully to Jaden and his mother; his comment that nobody ever "
     "came back to him about the answers he gave after missing episodes should be heard by every "
     "practitioner in the city. I would have liked the review to say more about the commissioning of "
     "alternative provision, and I have asked the Education Partnership Board to take that work forward."),
    ("P", "I am also satisfied that the review was proportionate. It was completed within seven months of the "
     "Panel’s decision, and its cost to the Partnership was £16,400, shared equally between the three "
     "statutory partners."),
    ("H2", "The Partnership’s response"),
    ("P", "The Partnership has already acted on several points. An extra-familial harm pathway has been piloted "
     "in the north locality of the city since June 2025. A new return home interview contract began on "
     "1 April 2025 with Safe Harbour North, which now allows repeat attempts and feeds information to the "
     "MACE panel. Ridlingham Police now refer every child arrested in a drugs warrant to children’s social "
     "care within 24 hours. The emergency department at Skelderby Royal Infirmary has agreed weekend cover "
     "for its safeguarding inbox."),
    ("P", "I will scrutinise progress against all eight recommendations and will report to the Partnership "
     "Executive in May 2026. I will send you a copy of that report, together with the Partnership’s letter to "
     "the Home Office about the delays in conclusive grounds decisions."),
    ("P", "Jaden’s mother has seen the final report and the Partnership has agreed with her the wording of the "
     "press statement that will accompany publication. Jaden asked that the report use the name he chose."),
    ("P", "Please do not hesitate to contact me if the Panel would like any further information."),
    ("P", "Yours sincerely,"),
    ("P", " "),
    ("Addr", "Dr Anthony Ridsdale"),
    ("Addr", "Independent Scrutineer, Skelderby Safeguarding Children Partnership"),
    ("P", " "),
    ("P", "Enclosure: Local Child Safeguarding Practice Review “Jaden”, final report (October 2025)."),
    ("P", "Copy: Carol Pennington, Director of Children’s Services; Chief Nurse, Northvale Integrated Care "
     "Board; Chief Superintendent, Ridlingham Police."),
    ("P", "This letter is FICTIONAL. Every person, place and agency named in it is invented."),
]
