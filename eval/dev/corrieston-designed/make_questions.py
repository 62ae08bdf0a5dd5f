# -*- coding: utf-8 -*-
"""Write questions.jsonl for the corrieston-designed corpus; pages are found from pypdf text and printed for review."""
import json, re, sys, unicodedata
from pypdf import PdfReader

import os
D = os.path.dirname(os.path.abspath(__file__)) + "/"
R = "corrieston-wyle-cspr-rory.pdf"
B = "corrieston-wyle-learning-briefing-rory.pdf"


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().casefold()


TEXT = {f: [norm(p.extract_text()) for p in PdfReader(D + f).pages] for f in (R, B)}

# id-less records: (question, answers, file, type, paragraphs, tags, note, opts)
# opts: only={file:[pages]} restricts pages; named=True -> no alt; noalt=True
Q = []


def q(question, answers, file, type_, paragraphs=None, tags=(), note=None, only=None, noalt=False):
    Q.append(dict(question=question, answers=answers, file=file, type=type_, paragraphs=paragraphs or [],
                  tags=list(tags), note=note, only=only or {}, noalt=noalt or ("named-document" in tags)))


# ---------------------------------------------------------------- dates
q("On what date did police first attend a domestic incident involving Rory's parents?",
  ["12 September 2022", "12/09/2022"], R, "date", ["4.3"], ["table", "near-miss"],
  "First of three call-outs; the others were 6 December 2022 and 7 May 2023.")
q("What time did officers attend the first reported domestic incident at the hostel?",
  ["23.40 hrs", "23:40"], R, "date", ["4.3"], ["time", "table", "near-miss"],
  "Not 01.20 hrs (December 2022) or 23.15 hrs (December 2023 call).")
q("When was the initial child protection conference for Rory and Finn held?",
  ["1 June 2023", "01/06/2023"], R, "date", ["4.23"], ["table", "near-miss"],
  "Review conferences followed on 24 August and 16 November 2023.")
q("According to the review report, on what date were the boys' child protection plans brought to an end?",
  ["16 November 2023", "16/11/2023"], R, "date", ["4.35", "2.5.4"], ["named-document", "table", "near-miss"],
  "The learning briefing gives 17 November 2023.")
q("According to the learning briefing, on what date were the child protection plans ended?",
  ["17 November 2023"], B, "date", ["6"], ["named-document", "near-miss"],
  "The report says 16 November 2023.")
q("At what time did Rory's mother make the 999 call on the night he was harmed?",
  ["02.48 hrs", "02:48"], R, "date", ["4.44"], ["time", "table", "near-miss"],
  "Ambulance arrived 03.01 hrs; ED arrival 03.27 hrs.")
q("What time did Rory reach the emergency department in February 2024?",
  ["03.27 hrs"], R, "date", ["4.44"], ["time", "near-miss"],
  "Not the 999 call (02.48) or the ambulance arrival (03.01).")
q("On what date was the practitioner learning event held?",
  ["17 July 2024"], R, "date", ["2.3"], [], None)
q("When was the review report published?", ["4 March 2025"], R, "date", [], [],
  "Stated only on the cover; the briefing says only 'March 2025'.")
q("When did a professional last see Rory before he was injured?",
  ["22 January 2024", "22/01/2024"], R, "date", ["4.42", "8"], ["table", "near-miss"],
  "SW3's home visit; HV3 saw him asleep on 19 January and DSL1 got no answer on 26 January.")
q("At what time did a neighbour ring the police about shouting at Marram Court in December 2023?",
  ["23.15 hrs", "23:15"], R, "date", ["4.38"], ["time", "table", "near-miss"],
  "Officers arrived at 00.40 hrs; 23.40 hrs was the September 2022 incident.")
# ---------------------------------------------------------------- numbers
q("How much rent did the family owe when they were evicted in August 2022?",
  ["£2,340"], R, "number", ["4.2"], [], None)
q("What AUDIT-C score did Ms K get when she saw GP1 in October 2022?",
  ["score of 10", "AUDIT-C 10"], R, "number", ["4.6", "6.7"], ["table"], None)
q("What DASH score was recorded after the strangulation incident in May 2023?",
  ["score of 17", "high (17)"], R, "number", ["4.19"], ["table", "near-miss"],
  "The December 2022 incident scored 9.")
q("How many children was HV1 responsible for at the time of the November 2022 visit?",
  ["412 children", "412"], R, "number", ["4.7.1"], [], "Sub-paragraph.")
q("According to the review report, what did Rory weigh when he arrived at hospital?",
  ["13.1 kg"], R, "number", ["4.44"], ["named-document", "near-miss"], "The briefing says 13.4 kg.")
q("According to the learning briefing, what was Rory's weight on admission to hospital?",
  ["13.4 kg"], B, "number", ["9"], ["named-document", "near-miss"], "The report says 13.1 kg.")
q("According to the review report, how many practitioners attended the learning event?",
  ["23 practitioners", "23"], R, "number", ["2.3"], ["named-document", "near-miss"], "The briefing says 25.",
  only={R: [4]})
q("How many practitioners attended the learning event, according to the learning briefing's key figures?",
  ["25"], B, "number", [], ["named-document", "near-miss"], "Key figures box; the report says 23.",
  only={B: [1]})
q("For how long had the boys been subject to child protection plans when the plans ended?",
  ["five and a half months"], R, "number", ["4.35"], ["number-in-words"], None)
q("How long was the delay before SW2 learned that the police were taking no further action?",
  ["fifteen days", "fifteen-day"], R, "number", ["4.27", "6.11"], ["number-in-words"], None)
q("What was Rory's nursery attendance in the autumn term of 2023?",
  ["54%"], R, "number", ["4.32"], ["table", "near-miss"], "Spring term 2023 was 71%.")
q("What was Rory's nursery attendance in the spring term of 2023?",
  ["71%"], R, "number", ["4.17"], ["table", "near-miss"],
  "Autumn 2023 was 54%. Paragraph 4.17 runs on into the next column.")
q("How many nursery sessions did Rory attend in December 2023?",
  ["three nursery sessions", "three"], R, "number", ["4.37"], ["page-break", "number-in-words"],
  "Paragraph 4.37 starts at the foot of the previous page.", only={R: [9]})
q("In 2023, how many child protection plans in Corrieston and Wyle were ended after less than six months?",
  ["38 plans", "38"], R, "number", ["6.13"], [], "Margin-numbered paragraph.", only={R: [13]})
q("How many of the nursery sessions open to him did Rory attend between September 2023 and February 2024?",
  ["31 of the 88", "31"], R, "number", ["6.17"], ["near-miss"], "Margin-numbered paragraph; not the 54% figure.",
  only={R: [13]})
q("On what centile was Rory's weight at his developmental review in June 2023?",
  ["9th centile"], R, "number", ["4.24"], ["page-break", "table"],
  "Paragraph 4.24 starts on the previous page; the centile is on the continuation.")
q("At how many Pathways appointments did Ms K agree to a breath test?",
  ["four appointments", "four"], R, "number", ["6.9"], ["number-in-words"], "Margin-numbered paragraph.",
  only={R: [12]})
q("According to the report's footnote on DASH, how many 'yes' answers usually indicate high risk?",
  ["Fourteen or more"], R, "number", [], ["number-in-words"], "Footnote 5.")

# ---------------------------------------------------------------- persons
q("Who chaired Rory's initial child protection conference?", ["CPC1"], R, "person", ["4.23"],
  ["table", "near-miss"], "CPC2 chaired the second review conference.")
q("Who chaired the review panel?", ["Gareth Molyneux"], R, "person", ["1.6"], [], None)
q("Who wrote the foreword to the review?", ["Marcus Beddoe"], R, "person", [], [], "Unnumbered foreword, page iii.")
q("Which practitioner saw Rory asleep on a mattress during a damp inspection?", ["HO1"], R, "person",
  ["4.31", "6.18"], ["table", "near-miss"],
  "HO2 saw cushions on the floor at the hostel in 2022. 4.31 runs on into the next column.",
  only={R: [8, 11, 13]})
q("Which officer arrested Mr L after the incident in May 2023?", ["PC3"], R, "person", ["4.19", "6.19"],
  ["table", "near-miss"], "PC1 and PC2 attended the earlier incidents.")
q("Which practitioner telephoned the emergency duty team at 04.10 hrs?", ["PR1"], R, "person", ["4.46"], [],
  "The paediatric registrar.", only={R: [9]})
q("Which professional was the only one to disagree with ending the child protection plans?", ["DSL1"], R,
  "person", ["4.35.1", "6.14"], [], "Sub-paragraph; also margin-numbered 6.14.", only={R: [8, 13]})
q("Who chaired the rapid review?", ["designated nurse for safeguarding children"], R, "person", [], [],
  "Footnote 2.")
q("Who carried out the review?", ["Alison Threlkeld"], R, "person", ["1.6", "3"], [],
  "Cover, paragraph 1.6 and briefing point 3.")

# ---------------------------------------------------------------- factoids
q("What did the Pathways assessment form wrongly record about Ms K's household?",
  ["no dependent children"], R, "factoid", ["4.12"], ["table"], None)
q("In the chronology, which agency is given for Rory's speech and language therapy appointments?",
  ["Community health"], R, "factoid", [], ["table"], "Only in the chronology table.", only={R: [10]})
q("Which four areas of care does the Graded Care Profile 2 measure?",
  ["physical care", "safety", "love", "esteem"], R, "list", [], [], "Footnote 6.", only={R: [7]})
q("Where did Rory hide at home time, according to his nursery key person?",
  ["under the table in the book corner"], R, "factoid", [], [], "Voice of the child sidebar.")
q("How did the nursery manager interpret Rory's hunger in November 2022?",
  ["poverty, not neglect"], R, "factoid", ["4.9"], [], None)
q("How old was Ms K when she started drinking?", ["when she was 14", "14"], R, "number", ["3.2"], [],
  "Paragraph 3.2 runs from one column to the next; the answer is on the continuation.", only={R: [5]})
q("How was Ms K's alcohol use described in the record of the first strategy discussion?",
  ["historic"], R, "factoid", ["4.21.1", "6.7"], [], "Sub-paragraph.", only={R: [7, 12]})
q("Under which category were Rory and Finn made subject to child protection plans?",
  ["emotional abuse"], R, "factoid", ["4.23", "6.5", "6"], ["table"], None)
q("What does Rory ask his grandmother every night?", ["whether the front door is locked"], R, "factoid",
  [], [], "Voice of the child sidebar; also in the briefing.")
q("What did a practitioner at the learning event say about Rory?",
  ["Everyone had a piece of Rory", "Nobody had all of him"], R, "factoid", [], [], "Pull quote.")

# ---------------------------------------------------------------- reasons
q("Why did the Pathways report not reach the November 2023 review conference?",
  ["general inbox"], R, "reason", ["4.35", "6.12"], ["table"], None)
q("Why did emergency department staff not know in July 2023 that Rory had a child protection plan?",
  ["did not check the child protection flag"], R, "reason", ["4.26"], [], None)
q("Why did DSL1 not escalate her disagreement with the step-down decision?",
  ["did not think a nursery manager could challenge a conference chair", "never been shown the procedure"],
  R, "reason", ["6.14"], [], "Margin-numbered paragraph.")
q("What was the effect of the delay in telling SW2 that Mr L's bail conditions had ended?",
  ["before the plan had been revised"], R, "reason", ["6.11"], ["page-break"],
  "Margin-numbered 6.11 starts at the foot of the previous page.")
q("Why did the housing officer who inspected the damp not know about the MARAC flag?",
  ["held on a different system from repairs records", "different system"], R, "reason", ["4.31"], [],
  "Paragraph 4.31 runs on into the second column.", only={R: [8]})
q("Why was no strategy discussion held after the December 2022 referral?",
  ["Rory had not been injured"], R, "reason", ["4.11"], ["page-break"],
  "Paragraph 4.11 starts at the foot of the previous page.")
# ---------------------------------------------------------------- lists
q("What three reasons were recorded for ending the child protection plans?",
  ["Mr L had left", "engaging with Pathways", "nursery attendance was expected to improve"], R, "list",
  ["4.35"], [], None, only={R: [8]})
q("Who took part in the first strategy discussion in May 2023?",
  ["DS1", "TM1", "SW2", "HV2"], R, "list", ["4.21"], ["table", "near-miss"],
  "The second strategy discussion (12 February 2024) had DS2, TM1, SW3, PR1, HV3 and DSL1.", only={R: [7, 10]})
q("Apart from the head injury, what did the paediatric registrar record on Rory's admission?",
  ["bruising to both ears", "dental decay", "head lice", "scabies"], R, "list", ["4.46"], [], None,
  only={R: [9]})
q("What does Recommendation 5 want housing officers who visit homes to be able to see?",
  ["MARAC and safeguarding flags"], R, "factoid", ["7.6", "21"], ["page-break"],
  "Paragraph 7.6 starts at the foot of the previous page.")

# ---------------------------------------------------------------- unanswerable
U = [
    ("What DASH score was recorded for the first domestic incident in September 2022?",
     ["near-miss"], "Graded standard risk with no score; scores are given for December 2022 (9) and May 2023 (17)."),
    ("What was Mr L's job?", [], "Work boots are mentioned but no occupation is stated."),
    ("How much did the review cost the Partnership?", [], "No cost is given."),
    ("What sentence did Mr L receive?", ["near-miss"], "Only that a trial was listed for June 2025."),
    ("What AUDIT-C score did GP3 record in January 2024?", ["near-miss"],
     "GP3 recorded only Ms K's self-report; the AUDIT-C score of 10 was GP1's, in October 2022."),
    ("On what date was Rory's two-year health review carried out?", ["near-miss"],
     "It was missed twice in 2021; no date is given."),
    ("At what time did Rory arrive at St Aldhelm's Children's Hospital?", ["near-miss"],
     "Only the transfer time from Corrieston (09.40 hrs) is given."),
    ("What was Finn's birth weight?", ["near-miss"], "Only his date and place of birth are given."),
    ("What Ofsted grade did Brambleside Nursery hold?", [], "Not stated."),
    ("What DASH risk level was recorded after the neighbour's call on 28 December 2023?", ["near-miss"],
     "The call was not recorded as a domestic incident, so no DASH was done."),
]


def main():
    out = []
    ok = True
    for i, r in enumerate(Q):
        rid = "cr%03d" % (i + 1)
        hits = {}
        for f in (R, B):
            for pi, t in enumerate(TEXT[f]):
                if any(norm(a) in t for a in r["answers"]):
                    hits.setdefault(f, []).append(pi + 1)
        if r["only"]:
            hits = {f: [p for p in hits.get(f, []) if p in ps] for f, ps in r["only"].items()}
        pages = hits.get(r["file"], [])
        other = B if r["file"] == R else R
        rec = {"id": rid, "question": r["question"], "answers": r["answers"], "file": r["file"], "pages": pages,
               "type": r["type"]}
        if not r["noalt"] and hits.get(other):
            rec["alt"] = [{"file": other, "pages": hits[other]}]
        if r["tags"]:
            rec["tags"] = r["tags"]
        if r["note"]:
            rec["note"] = r["note"]
        if r["paragraphs"]:
            rec["paragraphs"] = r["paragraphs"]
        # each answer must appear on some listed page
        allp = [(r["file"], p) for p in pages] + [(a["file"], p) for a in rec.get("alt", []) for p in a["pages"]]
        for a in r["answers"]:
            if not any(norm(a) in TEXT[f][p - 1] for f, p in allp):
                print("MISSING", rid, a)
                ok = False
        if r["type"] == "list":
            for a in r["answers"]:
                if not any(norm(a) in TEXT[r["file"]][p - 1] for p in pages):
                    print("LIST ITEM MISSING", rid, a)
        if not pages:
            print("NO PAGES", rid)
            ok = False
        out.append(rec)
        print(rid, r["type"], pages, rec.get("alt", ""), r["answers"][:2], r["paragraphs"])
    for j, (qq, tags, note) in enumerate(U):
        rid = "cr%03d" % (len(Q) + j + 1)
        rec = {"id": rid, "question": qq, "answers": [], "file": None, "pages": [], "type": "unanswerable"}
        if tags:
            rec["tags"] = tags
        rec["note"] = note
        out.append(rec)
    with open(D + "questions.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(out), Counter(r["type"] for r in out), "with paragraphs:", sum(1 for r in out if r.get("paragraphs")))
    print("OK" if ok else "PROBLEMS")


main()
