// FICTIONAL content for the Kinross-pdfmake practice corpus.
// Every person, place, agency and event below is invented.
// Markup inside paragraph strings: {{fn:N}} places superscript footnote marker N.

'use strict';

const meta = {
  partnership: 'Ardvane and Ballintore Child Protection Committee',
  partnershipShort: 'ABCPC',
  shortTitle: 'Learning Review: Lachie',
  title: 'Learning Review',
  subtitle: 'Child Safeguarding Practice Review concerning “Lachie”',
  reviewer: 'Dr Elspeth Marwick',
  chair: 'Alasdair Rennick',
  published: 'Published 27 February 2024',
  approved: 'Report approved by the Committee on 19 December 2023',
};

const footnotes = {
  1: 'The Committee’s Learning Review Protocol (version 3, 2021) sets out the criteria and the stages of a learning review. It is available from the ABCPC business unit.',
  2: 'The DASH risk checklist asks 27 questions; 14 or more “yes” answers indicate high risk and a referral to MARAC. Ms A answered yes to 15 questions on 14 March 2022.',
  3: 'In 2022 the paediatric liaison service at Strathvane Royal Infirmary was staffed by one nurse working thirty hours a week, with no cover arrangement for leave.',
  4: 'PC3 was a constable from the Ballintore community policing team; joint visits are not a routine part of the Ardvane child protection procedures.',
  5: 'SW3 was an agency social worker engaged for six weeks to cover vacancies in the Ballintore team. SW3 held 12 cases during the cover period.',
  6: 'Centiles are taken from the child health record. Lachie’s weight had tracked the 25th centile from birth until the summer of 2022.',
  7: 'TEN-4 is a widely taught clinical decision rule: bruising to the torso, ears or neck of a child under four should prompt consideration of physical abuse.',
  8: 'The Committee’s Core Group Standard (2020) expects the core group to meet within 15 working days of the initial planning meeting and then every four weeks.',
};

const foreword = [
  'On 9 February 2023 Lachie, a little boy who lived with his mother and his older sister in Ballintore, was taken to hospital with a serious head injury. He survived, but he continues to live with the consequences of what happened to him. This review is about the months before that morning, when many people who wanted the best for Lachie saw parts of his life but were not able to put those parts together.',
  'The Committee commissioned this learning review because we believed that our agencies could learn from the way we worked with Lachie’s family, and because the criteria in our protocol were met. The review was led by Dr Elspeth Marwick, an independent reviewer with no connection to any agency in Ardvane or Ballintore. I am grateful to her and to the review team for the care they have taken.',
  'I want to thank Lachie’s mother and grandmother, who met the reviewer and spoke openly about a very painful time. Their words appear throughout this report, and they have changed the way we think about what help looked like from their side of the door.',
  'I also thank the practitioners and managers who took part. Learning reviews are not about blame. The people who attended the learning events were candid about what they knew, what they did not know and what got in the way. Several of the difficulties they described, such as the loss of information when workers change and the uncertainty about who lives in a household, are familiar from reviews elsewhere. That is not a reason to accept them.',
  'The report makes eight recommendations. The Committee has accepted all of them and has agreed an action plan with named leads. Progress will be reported to every Committee meeting until each action is complete, and we will test the difference it makes through our multi-agency audit programme in 2024 and 2025.',
];

// ---------------------------------------------------------------- body
// A section = full-width heading + a list of "items": flows (two-column text)
// and full-width elements (pull quote, tables).

const sections = [
  {
    num: '1', title: 'Introduction and the review process', id: 's1',
    standfirst: 'Why this review was carried out, the period it covers and how the review team gathered its evidence.',
    items: [
      { flow: [
        { t: 'p', n: '1.1', s: 'This report sets out the findings of a learning review commissioned by the Ardvane and Ballintore Child Protection Committee (the Committee) about Lachie, who was 2 years and 3 months old when he was admitted to Strathvane Royal Infirmary on 9 February 2023. Lachie had a subdural haematoma and fractures of three ribs of differing ages. Medical opinion is that his injuries were inflicted.' },
        { t: 'p', n: '1.2', s: 'Lachie and his half-sister Ailsa had been on the child protection register since 15 September 2022. Lachie is the name chosen by his mother for this report; it is not his real name. Other family members are referred to by letters, and practitioners by the role codes set out in Appendix B.' },
        { t: 'p', n: '1.3', s: 'An inter-agency referral discussion (IRD) was held on 10 February 2023 and the Committee was notified the same day. The Committee’s Case Review Group considered the circumstances on 2 March 2023 and recommended a learning review. The Committee chair agreed that recommendation on 14 March 2023, and the national Learning Review Hub was notified on 17 March 2023.{{fn:1}}' },
        { t: 'h', s: 'Scope and period under review' },
        { t: 'p', n: '1.4', s: 'The review examined multi-agency practice between 1 March 2022 and 9 February 2023. Earlier history, including Ms A’s own childhood and Lachie’s birth, is summarised where it helps to understand what happened. The review asked five questions, which are set out in the terms of reference held by the Committee.' },
        { t: 'p', n: '1.5', s: 'The review was led by Dr Elspeth Marwick, an independent reviewer and former head of children’s services in another part of the country. She was supported by a review team of six senior managers from social work, health, police, education and the third sector, none of whom had managed the case. The review team met seven times between April and October 2023.' },
        { t: 'h', s: 'How the review was carried out' },
        { t: 'p', n: '1.6', s: 'Nine agencies provided a chronology and a short reflective report. The reviewer read the records of the two inter-agency referral discussions held in 2022, the minutes of both child protection planning meetings and the notes of the core group. She then held individual conversations with the allocated workers and their supervisors.' },
        { t: 'p', n: '1.7', s: 'A practitioner learning event was held on 6 September 2023 and was attended by 23 practitioners from across the agencies involved. A separate reflection session for managers took place on 20 September 2023 with 11 managers. Draft findings were tested with both groups before the report was finalised.' },
        { t: 'p', n: '1.8', s: 'The review used a systems approach. It asked why it made sense to each practitioner to act as they did at the time, what information they had and what pressures they were under, rather than judging their actions with hindsight. The reviewer also looked at how well the agencies’ own procedures supported the decisions that had to be made.' },
        { t: 'box', kind: 'side', title: 'The review in numbers', body: [
          '9 agencies contributed chronologies and reflective reports',
          '6 senior managers on the review team, which met 7 times',
          '2 practitioner and manager sessions in September 2023',
          '3 family members spoke to the reviewer',
          '8 recommendations, all accepted by the Committee',
        ] },
        { t: 'h', s: 'Involvement of the family' },
        { t: 'p', n: '1.9', s: 'Ms A met the reviewer twice, in June and October 2023, with a support worker of her choosing. Lachie’s maternal grandmother, Mrs E, met the reviewer once at her home. Mr C, Lachie’s father, spoke to the reviewer by telephone on 2 August 2023. Mr B declined to take part through his solicitor.' },
        { t: 'p', n: '1.10', s: 'Ailsa was not interviewed for the review. With Mrs E’s agreement, her class teacher helped her to draw and talk about “the people who help me”. Ailsa drew her gran, her teacher and a nursery worker, and said that she liked it when “the lady with the bag” came because “she talks to Mum and Mum is happy after”.' },
        { t: 'p', n: '1.11', s: 'Mr B was arrested on 13 February 2023 and charged with assault to severe injury. Criminal proceedings had not concluded when this report was approved, so the review has not explored what happened in the household on 8 and 9 February 2023. The report was approved by the Committee on 19 December 2023 and its publication was held back until the Crown agreed that it would not prejudice the trial.' },
      ] },
    ],
  },
  {
    num: '2', title: 'Lachie and his family', id: 's2',
    items: [
      { flow: [
        { t: 'p', n: '2.1', s: 'Lachie lived with his mother, Ms A, and his half-sister Ailsa, who was six, in a two-bedroom flat in Wester Craigend, an estate on the eastern edge of Ballintore. His grandmother remembers him as “a wee boy who loved buses and would wave at every single one”. Nursery staff describe a quiet child who watched the other children closely before joining in.' },
        { t: 'p', n: '2.2', s: 'Ms A was 24 at the time of the incident. She grew up in Ardvane and was supported at home by social work as a teenager. She has a long history of anxiety and low mood and was prescribed medication by her GP. She told the reviewer that by the autumn of 2022 she felt “watched but not helped”.' },
        { t: 'p', n: '2.3', s: 'Mr B began a relationship with Ms A in late 2021. He had been convicted in 2018 of assaulting a former partner, and that partner’s children had been subject to a child protection plan in another area. This history was held on police systems throughout the period under review but was not known to the other agencies until August 2022.' },
        { t: 'p', n: '2.4', s: 'Mr C, Lachie’s father, lives in Dunmarrow, about forty miles away. He saw Lachie once a month at his own mother’s home until June 2022, when the arrangement stopped after a disagreement between the adults. Mr C was not contacted by any agency during the period under review. Ailsa’s father has no contact with her.' },
        { t: 'p', n: '2.5', s: 'Mrs E looked after both children two days a week and was the person Ms A turned to most. She told the review that she had worried about Mr B’s temper from the start and had said so to the school in October 2022. There is no record of that conversation.' },
        { t: 'p', n: '2.6', s: 'Lachie could not tell anyone what his days were like. The review has tried to hold his experience at the centre of its analysis. What stands out is how rarely he was seen awake, how rarely he was seen without an adult from the household present, and how little was known about the man who was living with him.' },
      ] },
    ],
  },
  {
    num: '3', title: 'What happened: key practice episodes', id: 's3',
    standfirst: 'The review identified five episodes in which practice could have changed the direction of the case. A summary chronology is in Appendix A.',
    items: [
      { flow: [
        { t: 'h', s: 'Episode 1: March to May 2022' },
        { t: 'p', n: '3.1', s: 'At 23.15 hrs on 14 March 2022 Ms A telephoned the police to say that her partner had assaulted her. PC1 attended and found Ms A with a cut lip; Mr B had left the flat. Both children were in the flat and Ailsa was awake. PC1 completed a DASH risk checklist with Ms A, which indicated high risk,{{fn:2}} and a concern form was sent to social work the next morning.' },
        { t: 'p', n: '3.2', s: 'The first IRD was held by telephone on 17 March 2022 between DS1, TL1 and HV1. It was agreed that there would be no joint investigation, that social work would complete a single-agency assessment and that the case would be referred to MARAC. Ms A was referred to the domestic abuse advocacy service.' },
        { t: 'p', n: '3.3', s: 'Mr B’s previous conviction was not shared at this IRD. PC1 had recorded his name but not his date of birth, and the police check made for the IRD returned several possible matches and was not completed. Nobody at the IRD asked for the check to be finished.' },
        { t: 'box', kind: 'side', title: 'What is an IRD?', body: [
          'An inter-agency referral discussion is the start of the formal child protection process in Ardvane. Police, social work and health share what they know, decide whether a joint investigation is needed and plan the next steps.',
          'IRDs can be held by telephone, on video or in person. The Ardvane procedures say a decision must be recorded within 24 hours.',
        ] },
        { t: 'p', n: '3.4', s: 'SW1 was allocated on 21 March 2022 and made a home visit on 29 March 2022. SW1 saw both children. Ms A said that Mr B had moved out and that the relationship was over. SW1 did not speak to Ailsa on her own and did not ask Ms A how she would know if Mr B returned.' },
        { t: 'p', n: '3.5', s: 'The case was heard at MARAC on 12 April 2022. A marker was placed on the address so that any call would be treated as urgent, the housing officer HO1 arranged for extra locks, and IDAA1 was asked to offer support. IDAA1 tried three times to contact Ms A and closed the referral on 10 May 2022 when she did not respond.' },
        { t: 'box', kind: 'side', title: 'What is a MARAC?', body: [
          'A multi-agency risk assessment conference is a regular meeting about victims of domestic abuse at high risk of serious harm. In Ardvane it meets every four weeks.',
          'Actions are agreed to increase the victim’s safety. Children in the household are considered, but MARAC is not a child protection meeting.',
        ] },
        { t: 'p', n: '3.6', s: 'HV1 last saw Lachie at a clinic appointment on 4 May 2022 and began maternity leave on 13 May 2022. Her caseload was held by a duty system until HV2 took over on 9 June 2022. No written handover summary was completed for Lachie.' },
        { t: 'p', n: '3.7', s: 'SW1 completed the assessment on 30 May 2022. It concluded that Ms A had ended the relationship and was protective, and it recommended that the case should close with the health visitor as Named Person monitoring Lachie’s wellbeing. The case was closed to social work on 7 June 2022.' },
        { t: 'h', s: 'Episode 2: June to August 2022' },
        { t: 'p', n: '3.8', s: 'At 19.40 hrs on 6 June 2022 Ms A brought Lachie to the Emergency Department at Strathvane Royal Infirmary with a burn to his left forearm. She said he had pulled a mug of tea off a low table. DR1 assessed a superficial burn, dressed it and discharged Lachie home. The explanation was consistent with the injury and the review agrees that it was reasonable to accept it.' },
        { t: 'p', n: '3.9', s: 'The hospital’s procedure required a notification to the health visitor within 48 hours. The notification was not sent until 14 June 2022, because PLN1 was on annual leave and nobody else reviewed the attendance list.{{fn:3}} By then the case had been closed to social work for a week.' },
        { t: 'p', n: '3.10', s: 'HV2 made her first home visit on 22 June 2022. The burn had healed. Mr B was in the living room and Ms A described him as “just visiting”. HV2 recorded his presence but did not know about the March incident, because the alert was held in a separate part of the health record that did not open with the visit notes.' },
        { t: 'p', n: '3.11', s: 'At the end of the summer term Ailsa’s attendance at Ballintore Primary School had fallen to 81%. SCH1 wrote to Ms A about attendance in the standard form. The school was not aware that social work had closed the case or that Mr B had returned to the household.' },
        { t: 'h', s: 'Episode 3: August to October 2022' },
        { t: 'p', n: '3.12', s: 'At 02.10 hrs on 18 August 2022 a neighbour called the police to report shouting and a child screaming. PC2 attended. Ms A and Mr B were both there and both said that nothing had happened. PC2 saw the children asleep through the bedroom door. PC2 completed full checks on Mr B and identified his 2018 conviction, which was recorded on the concern form sent that day.' },
        { t: 'p', n: '3.13', s: 'The second IRD took place in person on 23 August 2022, with DS1, TL1, HV2 and SCH1 attending. It agreed a child protection investigation and that a child protection planning meeting should be convened. The record shows the participants were surprised that Mr B was back in the household.' },
        { t: 'p', n: '3.14', s: 'SW2 was allocated on 24 August 2022. SW2 had qualified fourteen months earlier. On 1 September 2022 SW2 made a joint home visit with PC3.{{fn:4}} Mr B was present and said that he lived at his mother’s address in Ardvane and only stayed over at weekends. That account was not checked.' },
        { t: 'p', n: '3.15', s: 'The initial child protection planning meeting (CPPM) was held on 15 September 2022 and chaired by CH1. Both children’s names were placed on the child protection register under the concerns of domestic abuse and neglect. Mr B did not attend. He was recorded as “not living at the address”, and the child’s plan contained no actions about him.' },
        { t: 'p', n: '3.16', s: 'The child’s plan asked SW2 to visit weekly and HV2 to visit every two weeks, and set up a core group. The core group first met on 29 September 2022 and again on 20 October 2022. GP1 was not invited to either meeting. MARAC heard the case for a second time on 11 October 2022.' },
      ] },
      { quote: 'Everyone saw a piece of Lachie’s week. Nobody saw the whole of it, and nobody asked who had the rest.', by: 'Practitioner at the learning event, 6 September 2023' },
      { flow: [
        { t: 'h', s: 'Episode 4: November 2022' },
        { t: 'p', n: '3.17', s: 'Lachie started at Drumlie Early Learning and Childcare Centre on 31 October 2022, in a funded place for three mornings a week. His key worker was EY1. The nursery was told that the family had a social worker but was not given a copy of the child’s plan.' },
        { t: 'p', n: '3.18', s: 'At 11.05 hrs on 3 November 2022 Mrs E brought Lachie to the Emergency Department with bruising to his right ear and cheek. Mrs E told the triage nurse that Lachie had fallen against the coffee table that morning; the medical notes record Ms A’s account that he fell from the sofa the evening before. DR2, a paediatric registrar, examined Lachie and discharged him at 14.30 hrs.' },
        { t: 'p', n: '3.19', s: 'The electronic record carried a child protection flag, but it was displayed on a separate tab that DR2 did not open. DR2 did not discuss Lachie with a consultant. The two different accounts of when the fall happened were not noticed.' },
        { t: 'p', n: '3.20', s: 'PLN1 saw the attendance on the list on 4 November 2022 and sent a notification by email, but the health record still named SW1 as the allocated worker and the email went to SW1’s old mailbox. It reached SW2 on 10 November 2022, a week after the attendance.' },
        { t: 'p', n: '3.21', s: 'SW2 made an unannounced visit on 16 November 2022 but there was no reply. SW2 was on leave from 17 to 30 November 2022 and the case was covered by SW3.{{fn:5}} SW3 visited on 24 November 2022. Lachie was asleep in his cot and SW3 did not ask for him to be woken. SW3 recorded that home conditions were adequate.' },
        { t: 'p', n: '3.22', s: 'HV2 visited on 29 November 2022 and weighed Lachie at 11.2 kg. His weight had fallen from the 25th to the 9th centile.{{fn:6}} HV2 planned to weigh him again in January, but that visit did not take place.' },
        { t: 'h', s: 'Episode 5: December 2022 to February 2023' },
        { t: 'p', n: '3.23', s: 'The review CPPM was held on 8 December 2022 and chaired by CH2, as CH1 was unwell. The November attendance was discussed and DR2’s conclusion was accepted without a second opinion. Both children remained on the register. Mr B attended the review meeting.' },
        { t: 'p', n: '3.24', s: 'The core group met on 12 January 2023. It was the first core group that Mr B attended. Ms A said that things were “much calmer” and the group agreed to reduce social work visits to once a fortnight.' },
        { t: 'p', n: '3.25', s: 'On 12 January 2023 EY1 noticed a bruise on Lachie’s forehead and two small marks on his upper arm. EY1 recorded them in the nursery’s concern log and told the manager, EYM1. The information was passed to SW2 on 19 January 2023. EYM1 told the review she had expected to raise it at the next core group.' },
        { t: 'p', n: '3.26', s: 'SW2 made a home visit on 26 January 2023, the last social work visit before the incident. Both children were seen awake. Lachie was described as quiet. Mr B was present throughout. SW2 did not see the marks on Lachie’s arm, which had faded.' },
        { t: 'p', n: '3.27', s: 'Ms A saw GP1 on 31 January 2023 about her own anxiety and mentioned “stress at home”. GP1 increased her medication. The practice record showed that the children were on the child protection register, but GP1 did not ask about them or contact SW2.' },
        { t: 'p', n: '3.28', s: 'At 07.52 hrs on 9 February 2023 Ms A called an ambulance because Lachie was unresponsive. He was taken to Strathvane Royal Infirmary and transferred the same day to Eastmuir Children’s Hospital. A skeletal survey on 10 February 2023 found the rib fractures. DR3, a consultant paediatrician, concluded that the injuries were non-accidental. Lachie and Ailsa now live with Mrs E.' },
      ] },
    ],
  },
  {
    num: '4', title: 'Analysis and findings', id: 's4',
    standfirst: 'The review makes five findings. Each one describes a pattern in the way the system worked, not the failing of an individual.',
    items: [
      { flow: [
        { t: 'p', n: '4.1', s: 'The findings below draw on the agency reports, the records and, above all, on what practitioners and family members told the review. Where the review has judged that practice fell short of what was expected at the time, it says so plainly.' },
        { t: 'h', s: 'Finding 1: The man in the house' },
        { t: 'p', n: '4.2', s: 'The single most important gap in this case was knowledge of Mr B. His conviction for assaulting a former partner was on police systems from the first contact in March 2022, but it did not reach the first IRD because his date of birth was missing.' },
        { t: 'p', n: '4.3', s: 'Once the conviction was known in August 2022, it did not change the plan. The CPPM accepted that Mr B did not live at the address, even though he had been present at both of the home visits made since June. Nobody asked Mr B directly about his history or his role in caring for the children.' },
        { t: 'p', n: '4.4', s: 'Practitioners at the learning event described feeling unsure whether they had the authority to assess a man who said he was “only a visitor”. The Committee’s procedures do not define a household member, and the review found the same uncertainty in health, education and social work.' },
        { t: 'p', n: '4.5', s: 'Ms A told the reviewer that nobody had asked her what Mr B was like with the children: “They asked if he lived there. They never asked what he was like with Lachie.” The review considers that this question would have been more useful than the question about his address.' },
        { t: 'h', s: 'Finding 2: Injuries to a young child' },
        { t: 'p', n: '4.6', s: 'Lachie was taken to the Emergency Department twice in five months. The first injury, in June 2022, had a plausible explanation. The second, in November 2022, was a bruise to the ear of a child who was on the child protection register.{{fn:7}}' },
        { t: 'p', n: '4.7', s: 'The review heard that DR2 was the only paediatric registrar covering the department and two wards that morning. DR2 told the review that with the flag in view the assessment would have been discussed with a consultant. The Committee has been told that the flag has since been moved to the front screen.' },
        { t: 'p', n: '4.8', s: 'The delays in notification, eight days in June and seven days in November, meant that the information reached the community too late to influence the next contact. In November the social worker learned of the attendance only after the child protection medical window had passed.' },
        { t: 'p', n: '4.9', s: 'Nobody compared the accounts given on 3 November 2022. Mrs E said the fall happened that morning; Ms A had said the previous evening. A discrepancy about timing is one of the recognised signs that an explanation needs to be tested, and it was visible in the notes of a single attendance.' },
        { t: 'h', s: 'Finding 3: Changes of worker' },
        { t: 'p', n: '4.10', s: 'In eleven months Lachie had three social workers and two health visitors, and the case was held by a duty system for four weeks. Every change lost some information. The review identified no handover in which the previous worker and the new worker met.' },
        { t: 'p', n: '4.11', s: 'In November 2022 SW2 held 19 children against a team target of 15. SW2 was supervised every four weeks as required, but the supervision records concentrate on tasks and do not show reflection on Mr B or on the November injury.' },
        { t: 'p', n: '4.12', s: 'The cover arrangement in November was particularly weak. SW3 had no access to the previous month’s case notes until the second week of the cover period and visited with only the child’s plan to go on.' },
        { t: 'p', n: '4.13', s: 'The change of health visitor in May 2022 had similar effects. HV2 inherited the caseload from the duty system with a list of names and due dates, but without the history that HV1 carried in her head. HV2 told the review that she would have asked about Mr B at her first visit if she had known about the March incident.' },
        { t: 'h', s: 'Finding 4: Seeing Lachie' },
        { t: 'p', n: '4.14', s: 'SW2 made eleven home visits between 1 September 2022 and 26 January 2023. Lachie was seen awake on five of them. He was never seen without Ms A or Mr B present, and no practitioner recorded what he was wearing, how he moved or how he responded to the adults around him.' },
        { t: 'p', n: '4.15', s: 'The review recognises that Lachie was not yet able to say what was happening to him. Seeing him, watching him play and noticing his responses were the only ways to hear his voice. These are skills that practitioners described as squeezed out by the pressure to complete visits.' },
        { t: 'p', n: '4.16', s: 'Ailsa could have been asked. She was six, articulate and at school every day that autumn. SCH1 saw her weekly for a “check in”, but she was never asked what life at home was like for her brother, and no practitioner spoke to her about Mr B.' },
        { t: 'h', s: 'What each agency contributed' },
        { t: 'p', n: '4.17', runin: 'Health visiting.', s: 'The health visitor completed six of the ten visits required by the child’s plan between September 2022 and January 2023. The weight loss recorded on 29 November 2022 was significant and should have been shared with the core group rather than held for a routine re-weigh.' },
        { t: 'p', n: '4.18', runin: 'Early learning and childcare.', s: 'Drumlie ELC recorded the January marks accurately and promptly, but the nursery’s procedure allowed the manager to wait for a meeting. The delay of a week was a system issue; nursery staff had not been given the child’s plan or told who to call.' },
        { t: 'p', n: '4.19', runin: 'Primary care.', s: 'GP1 was not invited to the core group and the practice received the minutes of the initial CPPM but not of the review CPPM. When Ms A mentioned stress at home in January 2023, the GP had no up-to-date picture of the risks to the children.' },
        { t: 'p', n: '4.20', runin: 'Police.', s: 'The response to both calls was prompt. The thorough checks completed by PC2 in August were good practice, but the same checks should have been completed in March. The address marker agreed at MARAC worked as intended when the neighbour called.' },
        { t: 'h', s: 'Finding 5: The child’s plan and the core group' },
        { t: 'p', n: '4.21', s: 'The child’s plan listed visits and referrals but did not say what needed to change for Lachie and Ailsa to be safe, or how the core group would know. None of the actions concerned Mr B.{{fn:8}}' },
        { t: 'p', n: '4.22', s: 'The core group met three times in the twenty-one weeks between the initial CPPM and the incident, rather than the five times the standard expects. The nursery joined the core group only in January 2023, and GP1 never did.' },
        { t: 'box', kind: 'key', title: 'Key learning', body: [
          '• Ask who lives in, stays in or visits the home, and assess any adult who cares for the child, whatever address they give.',
          '• Treat a bruise on a child with a protection plan as a safeguarding matter first, and check the record before deciding.',
          '• When a worker changes, hand over face to face and tell every agency the name of the new worker.',
          '• Write down what the child looked like, how he moved and what he did, not just that he was seen.',
        ] },
        { t: 'h', s: 'Good practice' },
        { t: 'p', n: '4.23', s: 'The review also found good practice. PC2’s checks in August 2022 brought Mr B’s history to light. SCH1 supported Ailsa warmly throughout, and Mrs E’s decision to take Lachie to hospital in November was the right one. DR3’s assessment in February 2023 was swift and thorough.' },
        { t: 'p', n: '4.24', s: 'IDAA1’s attempts to reach Ms A in April 2022 were persistent, and the advocacy service has since changed its practice so that a referral from MARAC is not closed until the advocate has spoken to the referring agency. Practitioners at the learning event were open about their own practice, and several have already changed the way they record who is present at a home visit.' },
      ] },
    ],
  },
  {
    num: '5', title: 'Conclusion', id: 's5',
    items: [
      { flow: [
        { t: 'p', n: '5.1', s: 'No single practitioner could have known that Lachie would be seriously injured in February 2023, and the review cannot say whether a different response would have prevented his injuries. What it can say is that the information needed to see the risk more clearly was held within the system, in pieces, for most of the period under review.' },
        { t: 'p', n: '5.2', s: 'The review team identified three points at which the direction of the case could have changed: the first IRD, the initial CPPM and the second Emergency Department attendance. At each of them, a question about Mr B or a check of the whole record was possible, and at each of them the pressure of the moment narrowed what practitioners looked at.' },
        { t: 'p', n: '5.3', s: 'Agencies have not waited for this report. The child protection flag in the emergency department record was moved to the front screen in May 2023. A second paediatric liaison nurse started work at Strathvane Royal Infirmary in September 2023. Ardvane Council has reduced the team target for child protection caseloads in the Ballintore team from 15 to 13 children.' },
        { t: 'p', n: '5.4', s: 'The Committee will publish a 7-minute briefing with this report and will run four practice workshops between March and June 2024, built around the question that Lachie’s mother put to the reviewer: not where a man lives, but what he is like with the child.' },
      ] },
    ],
  },
  {
    num: '6', title: 'Recommendations', id: 's6',
    items: [
      { flow: [
        { t: 'p', n: '6.1', s: 'The review makes eight recommendations. The Committee has accepted them all and has asked each lead agency to report progress to every Committee meeting.' },
        { t: 'p', n: '6.2', runin: 'Recommendation 1.', s: 'The Committee should publish practice guidance on identifying and assessing adults who live in or regularly stay in a child’s home, including men who describe themselves as visitors. Lead: Policy and Practice Subgroup. By June 2024.' },
        { t: 'p', n: '6.3', runin: 'Recommendation 2.', s: 'NHS Strathvane should confirm that child protection flags are visible on the main screen of the emergency department record. Lead: Associate Medical Director. By March 2024.' },
        { t: 'p', n: '6.4', runin: 'Recommendation 3.', s: 'NHS Strathvane should arrange cover for the paediatric liaison service so that notifications are sent within two working days throughout the year. Lead: Chief Nurse for Children. By April 2024.' },
        { t: 'p', n: '6.5', runin: 'Recommendation 4.', s: 'Ardvane Council should introduce a standard for the transfer of child protection cases between workers, including a joint visit where possible and written notice to all agencies. Lead: Head of Children’s Services. By May 2024.' },
        { t: 'p', n: '6.6', runin: 'Recommendation 5.', s: 'Early learning and childcare settings should share any concern about a child on the register with the social worker on the same day. Lead: Early Years Quality Team. By April 2024.' },
        { t: 'p', n: '6.7', runin: 'Recommendation 6.', s: 'GPs should be invited to every core group for a child on the register, and the practice should receive all planning meeting minutes. Lead: Primary Care Lead for Child Protection. By June 2024.' },
        { t: 'p', n: '6.8', runin: 'Recommendation 7.', s: 'Police officers attending domestic incidents should record the full name and date of birth of every adult present, so that checks can be completed before an IRD. Lead: Divisional Public Protection Unit. By March 2024.' },
        { t: 'p', n: '6.9', runin: 'Recommendation 8.', s: 'The Committee should audit a sample of child protection plans in which a household adult other than a parent is present, and report the findings. Lead: Quality Assurance Subgroup. By December 2024.' },
        { t: 'p', n: '6.10', s: 'The Committee will ask each lead to provide evidence that the change has made a difference for children, not only that the action has been completed. The first progress report is due at the Committee meeting in June 2024.' },
      ] },
    ],
  },
];

// Appendix A: chronology (dates deliberately in mixed formats, as in many real reports)
const chronology = [
  ['14/03/22', 'Police', 'PC1', 'Call from Ms A at 23.15. Ms A has a cut lip and Mr B has left the flat. DASH checklist completed; high risk. Concern form to social work.'],
  ['17/03/22', 'Police, social work, health', 'DS1, TL1, HV1', 'First IRD by telephone. Single-agency assessment agreed; referral to MARAC. Police check on Mr B not completed.'],
  ['29.03.2022', 'Social work', 'SW1', 'Home visit. Both children seen. Ms A says the relationship with Mr B is over. Ailsa not seen alone.'],
  ['12 Apr 2022', 'MARAC', 'HO1, IDAA1', 'First MARAC. Marker placed on the address; extra locks fitted; advocate to offer support (referral closed 10 May 2022).'],
  ['13/05/22', 'Health visiting', 'HV1', 'HV1 begins maternity leave. Caseload held by the duty system; no written handover for Lachie.'],
  ['06/06/22', 'Emergency Department', 'DR1', 'Lachie seen with a burn to the left forearm (mug of tea). Burn dressed and Lachie discharged. Notification to health visitor delayed.'],
  ['07/06/22', 'Social work', 'SW1, TL1', 'Case closed following the assessment completed on 30 May. Named Person to monitor Lachie’s wellbeing.'],
  ['22/06/22', 'Health visiting', 'HV2', 'First home visit by the new health visitor. Burn healed. Mr B present; described by Ms A as “just visiting”.'],
  ['18/08/22', 'Police', 'PC2', 'Neighbour reports shouting and a child screaming at 02.10. Adults deny any incident. Mr B’s 2018 conviction identified.'],
  ['23/08/22', 'Police, social work, health, education', 'DS1, TL1, HV2, SCH1', 'Second IRD held in person. Child protection investigation agreed; planning meeting to be convened.'],
  ['01/09/22', 'Social work, police', 'SW2, PC3', 'Joint home visit. Mr B present and says he lives at his mother’s address in Ardvane.'],
  ['15/09/22', 'CPPM', 'CH1', 'Initial CPPM. Both children placed on the register (domestic abuse, neglect). Mr B did not attend.'],
  ['11/10/22', 'MARAC', 'IDAA1', 'Second MARAC. Case heard as a repeat referral; safety plan reviewed with Ms A by telephone.'],
  ['31 Oct 2022', 'Early learning and childcare', 'EY1', 'Lachie starts at Drumlie ELC, three mornings a week. Nursery not given the child’s plan.'],
  ['03/11/22', 'Emergency Department', 'DR2', 'Brought by Mrs E with bruising to right ear and cheek. Flag not seen; no consultant discussion; discharged at 14.30.'],
  ['10/11/22', 'Health', 'PLN1', 'Notification of the 3 November attendance reaches SW2, having been sent first to SW1’s former mailbox.'],
  ['24/11/22', 'Social work', 'SW3', 'Covering worker’s home visit. Lachie asleep in his cot and not woken. Home conditions recorded as adequate.'],
  ['29/11/22', 'Health visiting', 'HV2', 'Home visit. Weight 11.2 kg, a fall from the 25th to the 9th centile. Re-weigh planned for January.'],
  ['08/12/22', 'CPPM', 'CH2', 'Review CPPM. Registration continues. November injury discussed; no second opinion sought.'],
  ['12/01/23', 'Early learning and childcare', 'EY1, EYM1', 'Forehead bruise and two marks on the upper arm logged by the key worker. Passed to SW2 on 19/01/23.'],
  ['26/01/23', 'Social work', 'SW2', 'Home visit, the last before the incident. Both children seen awake; Mr B present throughout.'],
  ['09/02/23', 'Ambulance, hospital', 'DR3', '999 call at 07.52. Lachie admitted with a head injury and transferred to Eastmuir Children’s Hospital.'],
];

// Appendix B: key to role codes
const roleKey = [
  ['SW1', 'Social worker, Ballintore Children and Families Team (March to June 2022)'],
  ['SW2', 'Social worker, Ballintore Children and Families Team (from August 2022)'],
  ['SW3', 'Agency social worker covering SW2’s leave in November 2022'],
  ['TL1', 'Team leader, Ballintore Children and Families Team'],
  ['HV1', 'Health visitor until May 2022'],
  ['HV2', 'Health visitor from June 2022'],
  ['PLN1', 'Paediatric liaison nurse, Strathvane Royal Infirmary'],
  ['DR1', 'Emergency medicine doctor, Strathvane Royal Infirmary'],
  ['DR2', 'Paediatric registrar, Strathvane Royal Infirmary'],
  ['DR3', 'Consultant paediatrician, Eastmuir Children’s Hospital'],
  ['GP1', 'General practitioner, Kirkgate Medical Practice'],
  ['PC1', 'Police constable who attended on 14 March 2022'],
  ['PC2', 'Police constable who attended on 18 August 2022'],
  ['PC3', 'Police constable, Ballintore community policing team'],
  ['DS1', 'Detective sergeant, Divisional Public Protection Unit'],
  ['SCH1', 'Depute head teacher and child protection coordinator, Ballintore Primary School'],
  ['EY1', 'Key worker, Drumlie Early Learning and Childcare Centre'],
  ['EYM1', 'Manager, Drumlie Early Learning and Childcare Centre'],
  ['IDAA1', 'Independent domestic abuse advocate, Ardvane Women’s Aid'],
  ['HO1', 'Housing officer, Ardvane Council'],
  ['CH1', 'Chair of the initial child protection planning meeting'],
  ['CH2', 'Chair of the review child protection planning meeting'],
];

// Appendix C: glossary
const glossary = [
  ['CPPM', 'Child protection planning meeting: the multi-agency meeting that decides whether a child’s name is placed on the child protection register and agrees the child’s plan.'],
  ['Core group', 'The practitioners and family members who put the child’s plan into action between planning meetings.'],
  ['DASH', 'Domestic abuse, stalking and harassment risk checklist, used by police and other agencies.'],
  ['ELC', 'Early learning and childcare: funded nursery provision for eligible two-year-olds and all three- and four-year-olds.'],
  ['IDAA', 'Independent domestic abuse advocate.'],
  ['IRD', 'Inter-agency referral discussion (see the box in section 3).'],
  ['MARAC', 'Multi-agency risk assessment conference (see the box in section 3).'],
  ['Named Person', 'The health visitor (for a pre-school child) or a senior teacher (for a school-age child) who is the first point of contact about a child’s wellbeing.'],
];

// Appendix D: review team
const reviewTeam = [
  ['Lead reviewer', 'Dr Elspeth Marwick, independent'],
  ['Service Manager, Children and Families', 'Ardvane Council'],
  ['Lead Nurse for Child Protection', 'NHS Strathvane'],
  ['Consultant Paediatrician for Child Protection', 'NHS Strathvane'],
  ['Detective Inspector, Public Protection', 'Strathvane Police Division'],
  ['Quality Improvement Officer', 'Ardvane Education Services'],
  ['Service Manager', 'Ardvane Women’s Aid (third sector)'],
  ['Learning Review Coordinator', 'Moira Baxendale, ABCPC business unit'],
];

// ---------------------------------------------------------------- companion
// "7-minute briefing" (differs from the report on three points, as real
// companions sometimes do: Lachie's age, the learning event attendance and
// the date of the second Emergency Department attendance).
const briefing = {
  title: '7-minute briefing',
  subtitle: 'Learning Review: Lachie',
  date: 'February 2024',
  // pages -> three columns -> boxes
  pages: [
    [
      [
        { n: '1', h: 'Background', body: [
          'Lachie was two years and four months old when he was admitted to hospital on 9 February 2023 with a serious head injury and three rib fractures. He survived and now lives with his grandmother.',
          'He lived with his mother and his six-year-old half-sister in Ballintore. His mother’s partner, Mr B, was often in the home. Both children had been on the child protection register since 15 September 2022.',
        ] },
        { n: '', h: 'The family', light: true, body: [
          '• Lachie, aged 2',
          '• Ailsa, his half-sister, aged 6',
          '• Ms A, their mother',
          '• Mr B, Ms A’s partner',
          '• Mr C, Lachie’s father',
          '• Mrs E, maternal grandmother',
        ] },
      ],
      [
        { n: '2', h: 'Why it matters', body: [
          'Bruising and burns in toddlers are common, and most have an innocent explanation. But a child on the register who is injured twice needs more than a single look.',
          'Men who say they are “just visiting” may be caring for a child every day. If we do not know who is in the home, we cannot know how safe the child is.',
        ] },
        { n: '', h: 'In her words', light: true, quote: true, body: [
          '“They asked if he lived there. They never asked what he was like with Lachie.”',
          '— Lachie’s mother',
        ] },
      ],
      [
        { n: '3', h: 'Information', body: [
          'The Committee commissioned the learning review in March 2023. It looked at the year before Lachie’s injury, from March 2022 to February 2023. Nine agencies took part.',
          'A learning event on 6 September 2023 was attended by 25 practitioners, and managers met separately later that month. Lachie’s mother and grandmother spoke to the reviewer.',
          'The full report is published alongside this briefing.',
        ] },
        { n: '', h: 'Key terms', light: true, body: [
          'IRD: inter-agency referral discussion between police, social work and health.',
          'CPPM: child protection planning meeting.',
          'MARAC: risk conference for victims of domestic abuse at high risk.',
        ] },
      ],
    ],
    [
      [
        { n: '4', h: 'What happened', body: [
          '• March 2022: police called to a domestic incident; first IRD.',
          '• June 2022: burn to Lachie’s forearm; case closed to social work.',
          '• August 2022: second police call; Mr B’s past conviction found.',
          '• September 2022: both children placed on the register.',
          '• 4 November 2022: Lachie taken to the Emergency Department with bruising to his ear.',
          '• January 2023: nursery sees marks on his arm.',
          '• 9 February 2023: Lachie admitted to hospital.',
        ] },
      ],
      [
        { n: '5', h: 'What we learned', body: [
          'Nobody assessed Mr B, although he was at most home visits.',
          'The child protection flag was not seen in the Emergency Department, and two accounts of the same fall were not compared.',
          'Three social workers and two health visitors in eleven months meant information was lost at each change.',
          'Lachie was rarely seen awake, and never on his own.',
          'The child’s plan did not say what had to change, and the core group met less often than it should.',
        ] },
      ],
      [
        { n: '6', h: 'Reflective questions', body: [
          'Who lives in, stays in or visits the homes of the children you work with? How do you know?',
          'When did you last see the child you are worried about awake, and what did you notice?',
          'If you changed worker tomorrow, what would be lost?',
        ] },
        { n: '', h: 'Did you know?', light: true, body: [
          'Bruising to the torso, ears or neck of a child under four should always make you consider physical abuse, whatever the explanation.',
        ] },
      ],
    ],
    [
      [
        { n: '7', h: 'What you should do', body: [
          'Check the whole record, including alerts and flags, before you decide about an injury.',
          'Share concerns about a child on the register with the social worker on the same day. Do not wait for a meeting.',
          'Invite the GP to every core group.',
          'Record the date of birth of every adult at a domestic incident.',
          'When you hand a case on, meet the new worker and tell every agency.',
        ] },
      ],
      [
        { n: '+', h: 'Recommendations', body: [
          'The review made eight recommendations to the Committee, NHS Strathvane, Ardvane Council, the police and early years settings.',
          'All eight were accepted. Progress is reported to each Committee meeting, and the Committee will audit child protection plans in which a household adult other than a parent is present.',
        ] },
      ],
      [
        { n: '?', h: 'Find out more', body: [
          'Read the full report and book a place on one of the Committee’s half-day workshops, “The man in the house”, through the ABCPC training calendar.',
          'Questions about this briefing: ABCPC business unit, learning@abcpc.example',
        ] },
      ],
    ],
  ],
};

module.exports = { meta, footnotes, foreword, sections, chronology, roleKey, glossary, reviewTeam, briefing };
