import json, re, unicodedata, sys
from pypdf import PdfReader
D = "/work/main/eval/dev/ravensmoor-writer/"
R = "ravensmoor-scr-child-n-overview-report.pdf"
E = "ravensmoor-scr-child-n-executive-summary.pdf"
def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().casefold()
T = {f: [norm(p.extract_text()) for p in PdfReader(D + f).pages] for f in (R, E)}
A = "\u2019"
Q = []
SKIP = ["When did GP1 carry out", "From what date did HV2", "On what date did Mother sign", "When was the section 47 enquiry",
 "When was the practitioners' learning", "When was the Ravensmoor LSCB pre-birth", "On what date was Child N's father convicted",
 "On what date was the pre-birth initial", "At what time did Child N arrive at the paediatric", "At what time did Child N die",
 "At what time did ED2", "At what time did Ravensmoor General", "How long was Father kept", "How many listening visits",
 "How large was the bruise", "How many entries", "Under which section", "What was Father convicted", "Who was Father's care",
 "Who took part in the second", "When were the terms", "What was Child N's birth weight", "Which doctor examined",
 "How many agencies were asked"]
def q(question, answers, file, pages, type_, alt=None, tags=None, paragraphs=None, note=None):
    if any(question.startswith(x) for x in SKIP): return
    d = {"id": None, "question": question, "answers": answers, "file": file, "pages": pages, "type": type_}
    if alt: d["alt"] = alt
    if tags: d["tags"] = tags
    if paragraphs: d["paragraphs"] = paragraphs
    if note: d["note"] = note
    Q.append(d)
def UN(question, note, tags=("near-miss",)):
    q(question, [], None, [], "unanswerable", tags=list(tags) if tags else None, note=note)
ralt = lambda *p: [{"file": R, "pages": list(p)}]
ealt = lambda *p: [{"file": E, "pages": list(p)}]

# ---------------- dates
q("On what date did Child N die?", ["19 May 2013", "19/05/2013"], R, [3, 10, 12], "date", alt=ealt(1),
  tags=["table"], paragraphs=["1.1", "4.37", "ES2"])
q("When was Child N born?", ["9 March 2012", "09/03/2012"], R, [5, 6, 11], "date", alt=ealt(2),
  tags=["table"], paragraphs=["3.1", "4.7", "ES12"])
q("When did the midwifery service make its pre-birth referral to children's social care?", ["19 October 2011", "19/10/2011"],
  R, [6, 11, 16], "date", alt=ealt(2), tags=["table"], paragraphs=["4.3", "ES11"])
q("On what date was the pre-birth initial assessment completed with no further action?", ["2 December 2011", "02/12/2011"],
  R, [6, 11], "date", alt=ealt(2), tags=["table"], paragraphs=["4.5", "ES11"])
q("When was the first strategy discussion in this case held?", ["15 February 2013", "15/02/2013"], R, [8, 12], "date",
  tags=["table", "near-miss"], paragraphs=["4.22"], note="Not the second strategy discussion of 28 March 2013.")
q("On what date did the second strategy discussion take place?", ["28 March 2013", "28/03/2013"], R, [9, 12], "date",
  tags=["table", "near-miss"], paragraphs=["4.28"], note="Distractor: the first strategy discussion on 15 February 2013.")
q("When was the section 47 enquiry concluded?", ["5 April 2013", "05/04/2013"], R, [9, 12], "date", alt=ealt(2),
  tags=["table"], paragraphs=["4.31", "ES18"])
q("On what date did Mother sign the tenancy of the flat at Tanner's Court?", ["2 April 2012", "02/04/2012"], R, [7, 11], "date",
  tags=["table"], paragraphs=["4.9"])
q("From what date did HV2 take over the family from HV1?", ["1 October 2012"], R, [7], "date", paragraphs=["4.13"],
  tags=["near-miss"], note="Not the date of HV1's new birth visit (20 March 2012).")
q("When did GP1 carry out Child N's eight-week check?", ["3 May 2012"], R, [7], "date", paragraphs=["4.10"],
  tags=["near-miss"], note="Distractors: GP1 saw Mother on 3 August 2011 and 29 May 2012.")
q("On what date was Child N's father convicted?", ["7 March 2014"], R, [3], "date", alt=ealt(1), paragraphs=["1.3", "ES2"])
q("When was the practitioners' learning event held?", ["21 January 2014", "January 2014"], R, [4], "date", alt=ealt(1),
  paragraphs=["2.6", "ES5"])
q("What date is the Home Office pathologist's report dated?", ["12 August 2013"], R, [3], "date",
  note="Only in footnote 1.")
q("When was the Board's protocol on bruising in babies who are not independently mobile published?",
  ["14 October 2013", "October 2013"], R, [13], "date", alt=ealt(3), paragraphs=["6.7", "ES23"],
  note="Exact date only in footnote 8.")
q("When was the Ravensmoor LSCB pre-birth assessment protocol revised in response to the review?", ["January 2014"], R, [13],
  "date", alt=ealt(3), paragraphs=["ES23"], note="Footnote 7 in the overview report.")
q("On what date did the Board accept the review's recommendations?", ["17 June 2014"], R, [1, 15], "date", alt=ealt(4),
  tags=["table"], paragraphs=["8.2", "ES26"])
q("When was the overview report published?", ["22 July 2014"], R, [1], "date", alt=ealt(1), tags=["table"],
  note="Document control table on the cover.")
q("When were the terms of reference amended?", ["10 October 2013"], R, [16], "date", tags=["near-miss"],
  note="Appendix A, unnumbered paragraph. Distractor: agreed on 4 July 2013.")
q("According to the overview report, on what date was Father discharged from the community mental health team?",
  ["26 February 2013", "26/02/2013"], R, [8, 12], "date", tags=["named-document", "table", "near-miss"], paragraphs=["4.24"],
  note="The executive summary gives 28 February 2013.")
q("According to the executive summary, when was Father discharged from the mental health team?", ["28 February 2013"], E, [2],
  "date", tags=["named-document", "near-miss"], paragraphs=["ES16"], note="The overview report gives 26 February 2013.")

# ---------------- times
q("At what time did Father call 999 on 18 May 2013?", ["19.52"], R, [10, 12], "date", tags=["time", "table", "near-miss"],
  paragraphs=["4.37"], note="Distractor: ambulance arrived at 19.59.")
q("What time did the ambulance arrive on 18 May 2013?", ["19.59"], R, [10, 12], "date", tags=["time", "table", "near-miss"],
  paragraphs=["4.37"], note="Distractor: 999 call at 19.52.")
q("At what time did Child N arrive at the paediatric intensive care unit?", ["00.40"], R, [10, 12], "date",
  tags=["time", "table"], paragraphs=["4.37"])
q("At what time did Child N die?", ["16.10"], R, [10, 12], "date", tags=["time", "table"], paragraphs=["4.37"])
q("What time did the parents bring Child N to the emergency department with the forehead bruise?", ["14.20"], R, [7, 11], "date",
  tags=["time", "table", "near-miss"], paragraphs=["4.14"], note="Distractor: second attendance at 18.05; discharge at 15.45.")
q("At what time did Child N arrive at the emergency department with bruising to his ear?", ["18.05"], R, [9, 12], "date",
  tags=["time", "table", "near-miss"], paragraphs=["4.27"], note="Distractor: 14.20 on 11 November 2012.")
q("At what time did ED2 refer Child N to the emergency duty team?", ["20.30"], R, [9, 12], "date", tags=["time", "table"],
  paragraphs=["4.27"])
q("What time did Mother call the police on 14 February 2013?", ["01.40"], R, [8, 12], "date", tags=["time", "table", "near-miss"],
  paragraphs=["4.21"], note="Distractor: PC3 arrived at 01.58; the September 2012 call was at 23.15.")
q("When did PC1 and PC2 arrive at Tanner's Court after the neighbour's call in September 2012?", ["23.31"], R, [7, 11], "date",
  tags=["time", "table", "near-miss"], paragraphs=["4.12"], note="Distractor: the call itself at 23.15.")
q("At what time did Ravensmoor General Hospital inform the police and the emergency duty team after Child N's collapse?",
  ["22.15"], R, [10], "date", tags=["time"], paragraphs=["4.38"])

# ---------------- numbers
q("How old was Child N when he died?", ["14 months"], R, [3, 5], "number", alt=ealt(1), tags=["table"], paragraphs=["1.1", "ES2"])
q("What was Child N's birth weight?", ["2.71 kg"], R, [5, 11], "number", tags=["table"], paragraphs=["3.1"])
q("How many agencies were asked for individual management reviews?", ["nine"], R, [3], "number", alt=ealt(1),
  tags=["number-in-words"], paragraphs=["2.4", "ES5"])
q("How many entries did the agencies' combined chronology contain?", ["214"], R, [4], "number", paragraphs=["2.4"],
  tags=["overview-only"])
q("How many practitioners and first-line managers attended the learning event?", ["23"], R, [4], "number",
  paragraphs=["2.6"], tags=["overview-only"])
q("How long was Father kept in hospital after his psychotic episode in 2010?", ["19 days"], R, [5], "number", paragraphs=["3.4"])
q("What score did Mother get on the Edinburgh Postnatal Depression Scale in May 2012?", ["scored 14", "score 14"], R, [7, 11],
  "number", tags=["table", "near-miss"], paragraphs=["4.10"], note="Distractor: the later score of 9.")
q("What EPDS score triggers further assessment in Moorshire?", ["12 or more"], R, [7], "number", note="Footnote 5 only.")
q("How many of her antenatal appointments did Mother attend?", ["seven of her ten", "seven"], R, [6], "number",
  tags=["number-in-words"], paragraphs=["4.6"])
q("How many listening visits did HV1 make?", ["four listening visits", "four"], R, [7], "number", tags=["number-in-words"],
  paragraphs=["4.10"])
q("For how long was Mother without a personal adviser in 2012?", ["five weeks"], R, [7, 11, 13, 14], "number", alt=ealt(2),
  tags=["number-in-words", "table"], paragraphs=["4.11", "6.4", "7.3", "ES12"])
q("How large was the bruise on Child N's forehead in November 2012?", ["3 cm"], R, [7, 11], "number", tags=["table"],
  paragraphs=["4.14"])
q("How much rent did the family owe when the housing officer visited in January 2013?", ["\u00a3612.40"], R, [8, 12], "number",
  tags=["table"], paragraphs=["4.19"])
q("According to the overview report, how many times did the review panel meet?", ["six times", "six"], R, [3], "number",
  tags=["named-document", "near-miss", "number-in-words"], paragraphs=["2.2"], note="The executive summary says seven times.")
q("According to the executive summary, how many times did the review panel meet?", ["seven times", "seven"], E, [1], "number",
  tags=["named-document", "near-miss", "number-in-words"], paragraphs=["ES4"], note="The overview report says six times.")
q("According to the overview report, how many days a week did the maternal grandmother look after Child N from January 2013?",
  ["three days a week"], R, [8, 10], "number", tags=["named-document", "near-miss", "number-in-words"],
  paragraphs=["4.17", "4.36"], note="The executive summary says two days a week.")
q("In the executive summary, how many days a week is the grandmother said to have cared for Child N?", ["two days a week"], E, [2],
  "number", tags=["named-document", "near-miss", "number-in-words"], paragraphs=["ES15"],
  note="The overview report says three days a week.")
q("How many housing officers has Ravensmoor Homes trained to recognise domestic abuse?", ["41 housing officers", "41"], E, [3],
  "number", tags=["exec-summary-only"], paragraphs=["ES24"])
q("How old was Mother when Child N was born?", ["18"], E, [2], "number", tags=["exec-summary-only", "near-miss"],
  paragraphs=["ES8"], note="Table 2 of the overview report gives her age as 19 at May 2013.")

# ---------------- persons
q("Who was the independent overview author?", ["Rosalind Ackerley"], R, [1, 3], "person", alt=ealt(1), paragraphs=["2.2", "ES1"])
q("Who chaired the serious case review panel?", ["Graham Tesseyman"], R, [1, 3], "person", alt=ealt(1), paragraphs=["2.2", "ES4"])
q("Who was the Independent Chair of the Ravensmoor LSCB?", ["Dr Evelyn Marrick", "Evelyn Marrick"], R, [3], "person", alt=ealt(1),
  paragraphs=["2.1", "ES4"])
q("Which social worker visited Mother and Child N at the flat on 21 February 2013?", ["SW2"], R, [8, 12], "person",
  tags=["table", "near-miss"], paragraphs=["4.23"], note="Distractor: SW3 visited on 2 April 2013.")
q("Which practitioner saw Mother and Father together at Tanner's Court on 2 April 2013?", ["SW3"], R, [9], "person",
  tags=["near-miss"], paragraphs=["4.30"], note="Distractor: SW2's visit of 21 February 2013.")
q("Which doctor examined Child N at his first emergency department attendance?", ["ED1"], R, [7, 11], "person",
  tags=["table", "near-miss"], paragraphs=["4.14"], note="Distractor: ED2 at the March 2013 attendance.")
q("What grade of doctor was ED1?", ["Senior house officer"], R, [4], "person", tags=["table", "near-miss"],
  note="Table 1. ED2 was a registrar.")
q("Who carried out the child protection medical on 28 March 2013?", ["Paed1"], R, [9], "person", paragraphs=["4.28"])
q("Who was Father's care coordinator in the community mental health team?", ["CPN1"], R, [5, 8], "person",
  paragraphs=["3.4", "4.18"])

# ---------------- factoids
q("What is the review reference on the overview report's document control table?", ["RLSCB/SCR/2013/02"], R, [1], "factoid",
  tags=["table"])
q("What version number is the overview report?", ["1.4"], R, [1], "factoid", tags=["table", "named-document", "near-miss"],
  note="The executive summary is version 1.2.")
q("What version of the executive summary was published?", ["1.2 (for publication)", "1.2"], E, [1], "factoid",
  tags=["table", "named-document", "near-miss"], note="The overview report is version 1.4.")
q("What was Father convicted of?", ["manslaughter"], R, [3], "factoid", alt=ealt(1), paragraphs=["1.3", "ES2"],
  note="He was charged with murder.")
q("Under which section of the Mental Health Act 1983 was Father admitted in 2010?", ["section 2"], R, [5], "factoid",
  paragraphs=["3.4"])
q("Which advocacy service accompanied Mother when she met the overview author?", ["Voices Onward"], R, [4], "factoid",
  paragraphs=["2.7"])
q("What course did Mother start at Ravensmoor College in January 2013?", ["hair and beauty course", "hair and beauty"], R, [8],
  "factoid", tags=["overview-only"], paragraphs=["4.17"])
q("How did PA2 record the grandmother's childcare arrangement at the January 2013 pathway plan review?",
  ["Nan minding baby \u2014 no concerns"], R, [8, 12], "factoid", tags=["table"], paragraphs=["4.17"])
q("What did Father tell CPN1 he had done to a door?", ["put his fist through a door", "punched a door"], R, [8, 12], "factoid",
  alt=ealt(2), tags=["table"], paragraphs=["4.18", "ES16"])
q("How was the initial assessment of March 2013 said to describe the maternal grandmother?", ["supportive grandmother"], R, [9],
  "factoid", tags=["page-break"], paragraphs=["4.25"], note="The sentence starts at the foot of page 8.")
q("In the 'Who knew what' box, which item of information is shown as having been shared with children's social care?",
  ["Domestic incident, 02/09/2012", "Domestic incident"], R, [14], "factoid", tags=["table"],
  note="Table inside a floating frame beside paragraph 6.11.")
q("According to Key learning 2, what should bruising in a baby who is not independently mobile always prompt?",
  ["a referral for a paediatric opinion"], R, [7], "factoid", note="Floating Key learning box beside paragraph 4.14.")
q("On what date did police and children's social care start a daily domestic abuse triage meeting?", ["2 June 2014"], E, [3],
  "date", tags=["exec-summary-only"], paragraphs=["ES24"])

# ---------------- reasons
q("Why did the assessment team decide on no further action after the pre-birth assessment?",
  ["Mother\u2019s needs could be met through her pathway plan and universal services", "pathway plan and universal services"],
  R, [6], "reason", paragraphs=["4.5"])
q("Why did HV1 assess the family as needing a universal plus service?",
  ["because of Mother\u2019s age and her care history", "Mother\u2019s age and her care history"], R, [7], "reason",
  tags=["page-break"], paragraphs=["4.8"], note="Paragraph 4.8 starts at the foot of page 6.")
q("What explanation did the parents give for the bruise on Child N's forehead in November 2012?", ["rolled off the sofa"], R,
  [7, 11], "reason", tags=["table"], paragraphs=["4.14"])
q("How did the maternal grandmother explain the bruising to Child N's ear in March 2013?",
  ["her dog had knocked him off a kitchen chair", "dog had knocked him off a kitchen chair"], R, [9], "reason",
  paragraphs=["4.27"])
q("What reason did Paed1 record for not carrying out a skeletal survey?", ["mobile child, clear history"], R, [9], "reason",
  paragraphs=["4.29"])
q("Why was Father discharged from the community mental health team?", ["three missed appointments", "missing three appointments"],
  R, [8, 12, 13], "reason", alt=ealt(2), tags=["table"], paragraphs=["4.24", "6.6", "ES16"])
q("What did Father tell the ambulance crew had happened to Child N?",
  ["slipped in the bath and hit his head on the tap", "slipped in the bath"], R, [10], "reason", paragraphs=["4.38"])

# ---------------- lists
q("Which professionals, by role code, knew that the grandmother was Child N's main carer for much of the week?",
  ["PA2", "SW2", "SW3", "FSW1"], R, [14], "list", paragraphs=["6.9"])
q("Who took part in the second strategy discussion?", ["TM1", "DS1", "Paed1"], R, [9, 12], "list", tags=["table"],
  paragraphs=["4.28"])
q("Which two individual management reviews did the panel send back for further work?",
  ["leaving care team", "Castle Row Surgery"], R, [4], "list", paragraphs=["2.5"])
q("Which organisations provided information reports rather than IMRs?",
  ["Skelbrook Children\u2019s Centre", "North Moorshire Ambulance Service NHS Trust", "Ravensmoor College"], R, [4], "list",
  note="Two-column 'Agencies involved' section.")
q("Which three injury dates did the terms of reference ask the review to examine the agencies' response to?",
  ["11 November 2012", "27 March 2013", "2 May 2013"], R, [16], "list", note="Terms of reference point (f).")

# ---------------- unanswerable
UN("What prison sentence did Father receive for the manslaughter of Child N?",
   "The conviction (7 March 2014) is stated; the sentence is not.")
UN("What did Child N weigh in kilograms at his nine-month review?",
   "Only the centile (fallen from 25th to 9th) is given; the 2.71 kg figure is his birth weight.")
UN("What was Mother's Edinburgh Postnatal Depression Scale score at her antenatal booking appointment?",
   "Scores are given only for 17 May 2012 (14) and July 2012 (9).")
UN("At what time did HV2 arrive for the home visit on 2 May 2013?", "The visit is dated but no time is recorded.")
UN("On what date was Father sentenced at Moorshire Crown Court?", "Only the conviction date is given.")
UN("How much did the serious case review cost the Board?", "No cost is given in either document.", tags=None)
UN("According to the executive summary, how much rent did the family owe in January 2013?",
   "The summary mentions rent arrears but not the amount (\u00a3612.40 is only in the overview report).",
   tags=("near-miss", "named-document"))
UN("According to the executive summary, how many practitioners attended the learning event?",
   "The summary gives only the month; the figure 23 is only in the overview report.", tags=("near-miss", "named-document"))
UN("What breed was the maternal grandmother's dog?", "The report says only that she kept a large dog.")
UN("How old was Father when he was admitted to Harlow Ward in 2010?", "His age (24) is given only for May 2013.")

# ---------------- validate
bad = 0
for d in Q:
    for a in d["answers"]:
        places = [(d["file"], d["pages"])] + [(x["file"], x["pages"]) for x in d.get("alt", [])]
        if not any(norm(a) in T[f][p - 1] for f, ps in places for p in ps):
            print("MISSING", d["id"], a); bad += 1
    for f, ps in [(d["file"], d["pages"])] + [(x["file"], x["pages"]) for x in d.get("alt", [])]:
        for p in ps:
            if not any(norm(a) in T[f][p - 1] for a in d["answers"]):
                print("PAGE-WITHOUT-ANSWER", d["id"], f[-20:], p); bad += 1
for i, d in enumerate(Q):
    d["id"] = "rw%03d" % (i + 1)
    order = ["id", "question", "answers", "file", "pages", "type", "alt", "tags", "paragraphs", "note"]
    Q[i] = {k: d[k] for k in order if k in d}
with open(D + "questions.jsonl", "w") as fh:
    for d in Q:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
from collections import Counter
print(len(Q), Counter(d["type"] for d in Q), "with paragraphs:", sum(1 for d in Q if d.get("paragraphs")), "bad", bad)
