import json, re, unicodedata, sys
from pypdf import PdfReader

import os
D = os.path.dirname(os.path.abspath(__file__)) + "/"
R = "greywether-lcspr-jay-report.pdf"
B = "greywether-lcspr-jay-7-minute-briefing.pdf"


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().casefold()


TEXT = {f: [norm(p.extract_text() or "") for p in PdfReader(D + f).pages] for f in (R, B)}

Q = []


def q(question, answers, file, pages, type, alt=None, tags=None, paragraphs=None, note=None):
    rec = {"id": None, "question": question, "answers": answers, "file": file, "pages": pages, "type": type}
    if alt:
        rec["alt"] = [{"file": f, "pages": p} for f, p in alt]
    if tags:
        rec["tags"] = tags
    if paragraphs:
        rec["paragraphs"] = paragraphs
    if note:
        rec["note"] = note
    Q.append(rec)


def U(question, tags=None, note=None):
    q(question, [], None, [], "unanswerable", tags=tags, note=note)


# ------------------------------------------------------------------ dates
q("On what date did Jay die?", ["19 November 2023", "19/11/23", "19 Nov 2023"], R, [4, 5, 9], "date",
  alt=[(B, [1, 3])], tags=["table"], paragraphs=["1.1"],
  note="Stabbed on the evening of 18 November; pronounced dead at 00.12 on 19 November. 18 November is the tempting wrong answer.")
q("When did the safeguarding partners hold the rapid review after Jay's death?", ["1 December 2023"], R, [4, 5], "date",
  paragraphs=["1.2"], tags=["near-miss"], note="Not 8 December 2023, when the decision to hold a local review was taken.")
q("When was Jay first reported missing?", ["14 November 2022", "14/11/2022", "14 Nov 2022"], R, [6, 8], "date",
  alt=[(B, [3])], tags=["table"], paragraphs=["3.4"])
q("What time was Jay first reported missing by his mother?", ["23.10"], R, [6, 8], "date",
  tags=["time", "table"], paragraphs=["3.4"])
q("When did the second strategy discussion about Jay take place?", ["5 September 2023", "05/09/23", "5 Sep 2023"], R, [7, 9],
  "date", alt=[(B, [3])], tags=["near-miss", "table"], paragraphs=["3.18"],
  note="The first strategy discussion was on 30 January 2023.")
q("According to the review report, on what date was Jay first found in Ousemoor?", ["28 January 2023", "28.01.2023", "28 January"], R,
  [6, 8, 11], "date", tags=["named-document", "table"], paragraphs=["3.9", "5.13"],
  note="The seven-minute briefing gives 29 January 2023.")
q("The seven-minute briefing about Jay gives what date for the first time he was found in Ousemoor?",
  ["29 January 2023", "29 Jan 2023"], B, [1, 3], "date", tags=["named-document"],
  note="The report says 28 January 2023.")
q("At what time was the 999 call made on the night Jay was fatally stabbed?", ["22.41"], R, [7, 9], "date",
  tags=["time", "table"], paragraphs=["3.22"], note="AMB2 arrived at 22.49; ED arrival 23.18.")
q("What time was Jay pronounced dead?", ["00.12"], R, [5, 9], "date", tags=["time", "table"], paragraphs=["1.1"])
q("What time did Jay get to the emergency department after cutting his forearm in April 2023?", ["01.52"], R, [7, 9],
  "date", tags=["time", "near-miss", "table"], paragraphs=["3.14"],
  note="The August attendance was at 23.47 and the final one at 23.18; the ambulance was called at 00.58.")
q("What time did the paramedic reach Jay's home after the 999 call on 18 April 2023?", ["01.19"], R, [9], "date",
  tags=["time", "table"], note="Only in the chronology table; the call itself was at 00.58.")
q("At what time did Jay's mother report him missing on 27 January 2023?", ["19.45"], R, [8], "date",
  tags=["time", "table", "near-miss"], note="Only in the chronology; 14.30 is when he left The Bridge Centre.")
q("When did CAMHS discharge Jay back to his GP?", ["2 May 2023"], R, [6, 9, 11], "date", tags=["table"],
  paragraphs=["3.13", "5.18"])
q("What is the publication date on the cover of the review?", ["12 March 2025"], R, [1], "date", tags=["cover"],
  note="The partnership accepted the recommendations on 21 January 2025; the briefing says only March 2025.")
q("When was the positive reasonable grounds decision on Jay's NRM referral made?", ["17 February 2023"], R, [7], "date",
  tags=["footnote", "near-miss"], note="Footnote 6. The NRM referral itself was submitted on 2 February 2023.")
q("When did Greywether and Ousemoor sign their interim information-sharing arrangement?", ["3 June 2024"], R, [12],
  "date", paragraphs=["5.26"])

# ------------------------------------------------------------------ numbers
q("According to the review report, how many times was Jay reported missing?", ["thirteen times", "13 missing episodes"],
  R, [4, 10], "number", tags=["named-document", "number-in-words"], paragraphs=["5.2"],
  note="The seven-minute briefing says 12 times.")
q("How many missing reports does the seven-minute briefing say there were for Jay?", ["12 times"], B, [1], "number",
  tags=["named-document"], note="The report says thirteen.")
q("How many hours in total was Jay recorded as missing?", ["304 hours"], R, [4, 10], "number", paragraphs=["5.2"])
q("How many of the return home interviews were actually completed?", ["four", "4 of 13", "4 of the return home interviews"],
  R, [4, 10], "number", alt=[(B, [1])], tags=["number-in-words"], paragraphs=["5.3"])
q("How long did Jay's longest missing episode last?", ["52 hours"], R, [7, 10], "number", paragraphs=["3.17", "5.2"])
q("How much cash did PC1 find on Jay at the bus station?", ["£340"], R, [6, 8], "number", tags=["table"],
  paragraphs=["3.5"])
q("How much money did Jay say he owed after a package was taken from him?", ["£1,200"], R, [7, 9, 11], "number",
  tags=["table"], paragraphs=["3.20", "5.23"])
q("How many hours was Jay missing in total between July and September 2023?", ["118"], R, [10], "number",
  tags=["table"], note="Table 2 cell; the 52-hour episode is only one of the three in that period.")
q("How long had Jay been waiting for his ADHD assessment when he died?", ["twenty-eight months"], R, [5], "number",
  tags=["number-in-words", "near-miss"], paragraphs=["2.3"],
  note="Footnote 3 gives the pathway's average wait of 26 months.")
q("After Year 10 began, how many hours a week was Jay's timetable at the pupil referral unit?",
  ["20 hours a week", "20 hours"], R, [7, 10], "number", tags=["near-miss"], paragraphs=["3.19", "5.8"],
  note="The original part-time timetable was 15 hours (12 in the briefing).")
q("According to the report, how many hours a week was Jay's original part-time timetable at The Bridge Centre?",
  ["15 hours a week", "15-hour"], R, [6, 10], "number", tags=["named-document"], paragraphs=["3.8", "5.7"],
  note="The briefing says 12 hours a week.")
q("What weekly hours does the seven-minute briefing give for Jay's part-time timetable?", ["12 hours a week"], B, [1],
  "number", tags=["named-document"], note="The report says 15 hours a week.")
q("How many days passed between SW1 leaving and Jay's case being reallocated?", ["thirteen days"], R, [7], "number",
  tags=["number-in-words"], paragraphs=["3.15"])
q("How many recommendations did the partnership accept?", ["nine recommendations"], R, [2, 12], "number",
  alt=[(B, [2])], tags=["number-in-words"], paragraphs=["7.1"])

# ------------------------------------------------------------------ persons
q("Who was the independent reviewer for the Jay review?", ["Dr Rowan Threlkeld", "Rowan Threlkeld"], R, [1, 2, 5], "person",
  alt=[(B, [1])], tags=["cover"], paragraphs=["1.4"])
q("Who chaired the multi-agency panel that oversaw the review?", ["Nadia Fairclough"], R, [4, 5], "person",
  tags=["near-miss"], paragraphs=["1.4"],
  note="Annette Brackley is the partnership's Independent Chair and Scrutineer, who wrote the foreword.")
q("Who is the Independent Chair and Scrutineer of the Greywether partnership?", ["Annette Brackley"], R, [2], "person",
  note="Signs the foreword.")
q("Which practitioner saw Jay getting into a grey car with older youths near the school gates?", ["DSL1"], R, [6, 8],
  "person", tags=["near-miss", "table"], paragraphs=["3.2"], note="DSL2 is the Bridge Centre DSL.")
q("Who found the kitchen knife in Jay's bag?", ["HOY1", "head of Year 9"], R, [6, 8], "person", tags=["table"],
  paragraphs=["3.7"], note="PC2 made the arrest.")
q("Who chaired the risk outside the home conference in September 2023?", ["CC1"], R, [7, 9], "person",
  tags=["near-miss", "table"], paragraphs=["3.18"], note="TM1 chaired both strategy discussions.")
q("Which officer found Jay after his last missing episode in November 2023?", ["PC3"], R, [7, 9], "person",
  tags=["near-miss", "table"], paragraphs=["3.21"], note="PC1 found him at the bus station in December 2022.")
q("Who signed the letter discharging Jay from CAMHS?", ["CAMHS2"], R, [6, 9], "person", tags=["near-miss", "table"],
  paragraphs=["3.13"], note="CAMHS1 saw Jay at the choice appointment.")
q("What is MPC1's role?", ["missing persons coordinator"], R, [10, 12], "person", tags=["table"], paragraphs=["5.4"])

# ------------------------------------------------------------------ factoids
q("Where was Jay found in the early hours of 3 December 2022?", ["Scarrowby bus station"], R, [6, 8], "factoid",
  tags=["table"], paragraphs=["3.5"])
q("What was the address in Ousemoor where Jay was found with drugs?", ["Kettlewell Court"], R, [6, 8, 11], "factoid",
  tags=["table"], paragraphs=["3.9", "5.13"])
q("What risk level did PC1's exploitation screening tool give in December 2022?", ["medium"], R, [6, 8], "factoid",
  tags=["near-miss", "table"], paragraphs=["3.5"], note="The MACE graded the risk as significant in February 2023.")
q("How did the MACE grade the risk of criminal exploitation when it first discussed Jay?", ["significant"], R, [6, 8],
  "factoid", tags=["near-miss", "table"], paragraphs=["3.12"], note="The screening tool in December 2022 said medium.")
q("What injury did Jay have when he went to the ED in August 2023?", ["puncture wound"], R, [7, 9], "factoid",
  tags=["near-miss", "table"], paragraphs=["3.16"], note="The April injury was a 7 cm forearm laceration.")
q("How did Jay explain the cut to his forearm in April 2023?", ["fallen through a glass panel", "fell through glass panel"],
  R, [7, 9], "factoid", tags=["table"], paragraphs=["3.14"])
q("Which site of The Bridge Centre did Jay go to?", ["Tanner Street"], R, [7, 8], "factoid", tags=["footnote", "table"])
q("What was the reference of the serious incident notification?", ["SIN-GW-23-0417"], R, [5], "factoid",
  tags=["footnote"])
q("Where was the practitioner learning event held?", ["Scarrowby Fire Station"], R, [4, 5], "factoid",
  tags=["sidebar"], paragraphs=["1.6"])
q("What did Jay tell his key worker at the pupil referral unit that nobody asked him?", ["why I went"], R, [5],
  "factoid", alt=[(B, [2])], tags=["sidebar"], note="'Jay's words' box; quoted again in panel 4 of the briefing.")
q("What did Jay's mother record in her notebook?", ["car registrations", "car numbers"], R, [6, 12], "factoid",
  tags=["page-break"], paragraphs=["2.5"],
  note="The sentence begins at the foot of body page 1 (physical p5) and ends on p6; her box quote on p12 says 'car numbers'.")

# ------------------------------------------------------------------ reasons
q("Why was Jay not placed in secure accommodation in October 2023?",
  ["no secure bed was available", "no regional bed", "all occupied"], R, [9, 11, 12], "reason", tags=["table"],
  paragraphs=["5.22"], note="Also his mother did not agree to accommodation; footnote 8 says the 12 beds were all occupied.")
q("Why did CAMHS close Jay's case?", ["not been brought to two appointments", "two missed appointments"], R, [9, 11],
  "reason", tags=["table"], paragraphs=["5.18"])
q("Why was the second Ousemoor referral about Jay not linked to the first?", ["wrong date of birth"], R, [11], "reason",
  paragraphs=["5.14"])
q("What reason did Jay give for carrying a knife to school?", ["for protection"], R, [6], "reason", paragraphs=["3.7"])
q("Why was the early help plan not reviewed after Jay's third missing episode?", ["FSW1 was on leave", "FSW1 on leave"],
  R, [6, 8], "reason", tags=["table"], paragraphs=["3.6"])

# ------------------------------------------------------------------ lists
q("Which practitioners took part in the first strategy discussion?", ["TM1", "SW1", "DS1", "DSL2"], R, [6, 8], "list",
  tags=["near-miss", "table"], paragraphs=["3.10"],
  note="The second discussion added SW2, YJW1, HSN1 and an Ousemoor officer.")
q("What concerns did the GP give when referring Jay to CAMHS?", ["low mood", "poor sleep", "daily cannabis use"], R,
  [6, 8], "list", tags=["table"], paragraphs=["3.11"])
q("Which three organisations are the safeguarding partners that commissioned the review?",
  ["Greywether Metropolitan Borough Council", "Northfell Police", "Greywether and Dales Integrated Care Board"], R,
  [1, 2], "list", tags=["cover"])
q("What risk grades does Northfell Police's missing persons procedure use?", ["no apparent risk", "low", "medium", "high"],
  R, [12], "list", tags=["footnote"], note="Footnote 7.")

# ------------------------------------------------------------------ unanswerable
U("What sentences did the two young men charged over Jay's death receive?", tags=["near-miss"],
  note="The report says only that two young men were charged and that the outcome is not a matter for the review.")
U("At what time was the 999 call made on 21 August 2023, when Jay was stabbed in the thigh?", tags=["near-miss"],
  note="Only the ED arrival time (23.47) is given; the calls on 18 April and 18 November have times.")
U("How much did the Jay review cost the partnership?")
U("Which role code was given to the school nurse in the Jay review?", tags=["near-miss"],
  note="No school nurse appears; the health codes are GP1, CAMHS1-2, AMB1-2, ED1-2 and HSN1.")
U("How many times was Jay reported missing in 2021?", tags=["near-miss"],
  note="The review period starts on 1 September 2022.")
U("What was Jay's attendance in Year 7 at Wethercote Academy?", tags=["near-miss"],
  note="Only Year 8 (88 per cent), the October 2022 figure (71%) and the Bridge Centre half-term (41 per cent) are given.")
U("On what date was the final joint missing and exploitation protocol with Ousemoor signed?", tags=["near-miss"],
  note="Only the interim arrangement of 3 June 2024 is dated; the protocol is still being written.")
U("According to the seven-minute briefing, how many hours was Jay missing in total?",
  tags=["near-miss", "named-document"], note="Only the report gives 304 hours.")
U("What is the name of the senior investigating officer in the murder inquiry?", tags=["near-miss"],
  note="The SIO is mentioned in 1.8 but not named.")
U("What time did Jay's mother collect him after he was found on the Ousemoor ring road?", tags=["near-miss"],
  note="09.15 was the January collection from Ousemoor police station; in September EDT1 drove him home (03.40).")
U("How many secure children's home beds does Ousemoor City Council have?", tags=["near-miss"],
  note="Footnote 8 gives 12 beds for the regional secure home, not an Ousemoor figure.")

for i, rec in enumerate(Q, 1):
    rec["id"] = "gw%03d" % i

# ------------------------------------------------------------------ self-check
problems = 0
for rec in Q:
    if rec["type"] == "unanswerable":
        continue
    listed = {(rec["file"], p) for p in rec["pages"]}
    for a in rec.get("alt", []):
        listed |= {(a["file"], p) for p in a["pages"]}
    for ans in rec["answers"]:
        where = [(f, i + 1) for f in TEXT for i, t in enumerate(TEXT[f]) if norm(ans) in t]
        missing = [w for w in where if w not in listed]
        notthere = [w for w in listed if norm(ans) not in TEXT[w[0]][w[1] - 1]]
        if missing and "-v" in sys.argv:
            print(rec["id"], repr(ans), "also on", [(f[:12], p) for f, p in missing])
        if not where:
            print(rec["id"], repr(ans), "NOT FOUND ANYWHERE"); problems += 1
with open(D + "questions.jsonl", "w", encoding="utf-8") as fh:
    for rec in Q:
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
from collections import Counter
print(len(Q), Counter(r["type"] for r in Q), "problems", problems)
