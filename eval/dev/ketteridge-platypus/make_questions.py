# -*- coding: utf-8 -*-
import json, re, unicodedata
from pypdf import PdfReader
D = "/work/main/eval/dev/ketteridge-platypus/"
R = "ketteridge-lcspr-ellis-report.pdf"
E = "ketteridge-lcspr-ellis-executive-summary.pdf"
def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().casefold()
TEXT = {f: [norm(p.extract_text()) for p in PdfReader(D + f).pages] for f in (R, E)}

Q = []
def q(question, answers, typ, file=R, pages=(), alt=None, tags=(), paragraphs=None, note=None):
    rec = {"question": question, "answers": list(answers), "file": file if answers else None,
           "pages": list(pages), "type": typ}
    if alt: rec["alt"] = [{"file": f, "pages": list(p)} for f, p in alt]
    if tags: rec["tags"] = list(tags)
    if note: rec["note"] = note
    if paragraphs: rec["paragraphs"] = list(paragraphs)
    Q.append(rec)

def u(question, tags=(), note=None):
    q(question, [], "unanswerable", file=None, pages=(), tags=tags, note=note)

A = "’"  # the documents use curly apostrophes

# --- cover / front matter / introduction
q("When was the Ellis review published?", ["25 June 2025"], "date", pages=[1],
  note="Stated only on the cover.")
q("Who signed the foreword to the report?", ["Dr Anjali Rathmore"], "person", pages=[2])
q("On what date did the safeguarding partners accept the review's recommendations?", ["14 May 2025"], "date",
  pages=[2], alt=[(E, [2])], paragraphs=["ES18"])
q("At what time did Ellis's mother call 999 on the morning he would not wake up?", ["07.52 hrs"], "date",
  pages=[5, 12], tags=["time", "table"], paragraphs=["1.2"],
  note="Near miss: the ambulance arrived at 08.04 hrs.")
q("Which hospital was Ellis transferred to after being taken to Ketteridge General Hospital in November 2024?",
  ["St Wilfrid" + A + "s Children" + A + "s Hospital", "St Wilfrid" + A + "s"], "factoid", pages=[5, 12],
  tags=["table"], paragraphs=["1.2"])
q("What head injuries did doctors find when Ellis was transferred in November 2024?",
  ["fractured skull", "subdural haematoma"], "list", pages=[5], alt=[(E, [1])], paragraphs=["1.2", "ES2"],
  note="The three healing rib fractures came from the skeletal survey, not the head injury.")
q("When was Mr D charged with offences relating to Ellis's injuries?", ["17 January 2025"], "date", pages=[5],
  paragraphs=["1.3"], note="Near miss: he was arrested on 9 November 2024.", tags=["near-miss"])
q("On what date was the national Child Safeguarding Practice Review Panel notified?", ["11 November 2024"],
  "date", pages=[5], paragraphs=["1.4"],
  note="Near miss: rapid review 21 November 2024; Panel letter 10 December 2024.", tags=["near-miss"])
q("How many agencies contributed to the review?", ["Eleven", "Eleven agencies"], "number", pages=[5],
  alt=[(E, [1])], tags=["number-in-words"], paragraphs=["2.3", "ES3"],
  note="Ten agency reports plus one chronology only.")
q("Who chaired the review panel?", ["Caroline Whitsey"], "person", pages=[5], paragraphs=["2.3"])
q("According to the full report, how many practitioners attended the learning event?", ["23 practitioners", "23"],
  "number", pages=[5], tags=["named-document", "near-miss"], paragraphs=["2.4"],
  note="The executive summary gives 21.")
q("How many practitioners does the executive summary say came to the learning event?", ["21 practitioners", "21"],
  "number", file=E, pages=[1], tags=["named-document", "near-miss"], paragraphs=["ES3"],
  note="The full report gives 23.")
q("Which social worker was with Ellis when the reviewer met him at his foster home?", ["SW3"], "person",
  pages=[5], paragraphs=["2.5"])

# --- section 3, table 1, sidebar
q("What contribution did the ambulance service make to the review?", ["Chronology only"], "factoid",
  pages=[6], tags=["table"], note="Table 1 (agencies), a wrapped-cell table in the wide column.")
q("Why did Mother say the family moved to Ketteridge?",
  ["Mr D had found work there", "a fresh start away from everybody"], "reason", pages=[6], paragraphs=["3.2"])
q("What work did Mr D do once the family was living in Ketteridge?",
  ["night shifts at a distribution warehouse", "distribution warehouse"], "factoid", pages=[6],
  paragraphs=["3.3"])
q("When did the family's tenancy with Hallowby Homes start?", ["14 August 2023"], "date", pages=[6],
  note="Footnote 3 only; the move itself was on 18 August 2023.", tags=["near-miss"])
q("What did Ellis call the times he was bolted in his room?", ["the quiet time"], "factoid", pages=[6],
  note="Sidebar box 'The child's lived experience'.")
q("What did breakfast club staff see Ellis hiding in his book bag?", ["bread rolls"], "factoid", pages=[6],
  note="Sidebar box.")
q("In what month and year had Ellis's grandmother raised concerns about his weight with BSW1?", ["June 2023"],
  "date", pages=[6], tags=["page-break"], paragraphs=["3.10"],
  note="The sentence starts at the foot of body page 2 and ends on page 3.")
q("Why had Mother not told anyone she was frightened of Mr D?",
  ["she thought the children would be taken away"], "reason", pages=[7], paragraphs=["3.12"])
q("Who was the only practitioner in Ketteridge to see Mother on her own?", ["FSW1"], "person", pages=[7],
  paragraphs=["3.12"])
q("What legal order has Ellis's grandmother applied for in respect of his half-sister?",
  ["special guardianship order"], "factoid", pages=[7], paragraphs=["3.14"],
  note="Near miss: the half-sister lives with her under an interim care order.", tags=["near-miss"])

# --- section 4
q("What was Ellis's school attendance when his Brantholme school first referred him?", ["86%"], "number",
  pages=[7, 11], tags=["table", "near-miss"], paragraphs=["4.1"], note="Near miss: 81% at Fernlea in 2024.")
q("How was Mr D described in the Brantholme child in need plan?", ["a protective factor"], "factoid",
  pages=[7, 9, 11], tags=["table"], paragraphs=["4.2", "5.9"])
q("According to the full report, on what date did the family move to Hallowby?", ["18 August 2023", "18 Aug 2023"],
  "date", pages=[7, 11], tags=["named-document", "table", "near-miss"], paragraphs=["4.3"],
  note="The executive summary says 25 August 2023; the tenancy began on 14 August 2023.")
q("When does the executive summary say the family moved to Ketteridge?", ["25 August 2023"], "date", file=E,
  pages=[1], tags=["named-document", "near-miss", "exec-summary-only"], paragraphs=["ES5"],
  note="The full report says 18 August 2023.")
q("Why did the GP practice's new patient check not pick up that Ellis had been on a child in need plan?",
  ["did not arrive until December 2023", "was not read by a clinician"],
  "reason", pages=[7], paragraphs=["4.6"])
q("Which health visitor carried out the transfer-in home visit in October 2023?", ["HV1"], "person",
  pages=[4, 7, 11], tags=["table", "near-miss"], paragraphs=["4.7"],
  note="HV2 did the 2024 developmental review.")
q("Why did HV1 not know about the Brantholme child in need plan?",
  ["had not yet been transferred"], "reason", pages=[7],
  paragraphs=["4.7"])
q("At what time did Ellis arrive at A&E with the cut to his forehead?", ["19.25 hrs"], "date", pages=[7, 11],
  tags=["time", "table", "near-miss"], paragraphs=["4.8"],
  note="Near miss: 22.10 hrs was the October 2024 attendance; 21.05 hrs was the January discharge.")
q("What explanation was given for Ellis's forehead cut in January 2024?",
  ["fallen from the top bunk of his bed", "fell from top bunk", "a fall from a bunk bed"], "factoid",
  pages=[7, 11], alt=[(E, [1])], tags=["table"], paragraphs=["4.8", "ES6"])
q("Why did the hospital's information sharing system show no alert for Ellis in January 2024?",
  ["does not create a flag", "subject to a child protection plan"], "reason",
  pages=[7], note="Footnote 5.")
q("According to the full report, what had Ellis's attendance at Fernlea dropped to by the February half-term of 2024?",
  ["81%"], "number", pages=[7], tags=["named-document", "near-miss"], paragraphs=["4.10"],
  note="The executive summary says 78%.")
q("What does the executive summary give as Ellis's school attendance in February 2024?", ["78%"], "number",
  file=E, pages=[1], tags=["named-document", "near-miss"], paragraphs=["ES7"],
  note="The full report says 81%.")
q("Who did Ellis tell that Mr D locked him in his room?", ["CT1"], "person", pages=[7, 9, 11],
  tags=["table"], paragraphs=["4.11", "5.10"])
q("Who took part in the first strategy discussion in March 2024?", ["TM1", "PC1", "DSL1"], "list",
  pages=[7, 11], tags=["table", "near-miss"], paragraphs=["4.12"],
  note="The October discussion had TM2, PC2, PLN1 and DSL1.")
q("When did FSW1 complete the Early Help assessment?", ["14/05/2024"], "date", pages=[11], tags=["table", "near-miss"],
  note="Chronology table only. FSW1 was allocated on 2 May 2024.")
q("What were the three areas the Early Help plan concentrated on?", ["routines", "school attendance", "debt"],
  "list", pages=[8], paragraphs=["4.15"])
q("What did the school nurse record as Ellis's weight in June 2024?", ["19.1 kg"], "number", pages=[8],
  tags=["near-miss"], note="Footnote 6. The October 2024 medical recorded 18.6 kg.")
q("Which GP filed the dietetics discharge letter without taking action?", ["GP2"], "person", pages=[8, 12],
  tags=["table", "near-miss"], paragraphs=["4.18"], note="GP1 made the dietetic referral.")
q("On what date did the housing officer see the bolt on Ellis's bedroom door?", ["2 July 2024", "02/07/2024"],
  "date", pages=[8, 11], tags=["table"], paragraphs=["4.19"])
q("How did HO1 describe the bolt to the review?",
  ["a barrel bolt fitted at adult shoulder height", "barrel bolt"], "factoid", pages=[8], note="Footnote 8.")
q("When did the health visitor carry out the developmental review of Ellis's half-sister?",
  ["21 August 2024", "21/08/2024"], "date", pages=[8, 11], tags=["table", "near-miss"], paragraphs=["4.20"],
  note="Near miss: HV1's transfer-in visit on 19 October 2023.")
q("What injuries did Ellis have when he went to A&E in October 2024?",
  ["burn to the back of his left hand", "bruising to his right ear"], "list", pages=[8], paragraphs=["4.21"])
q("Which doctor referred Ellis to children's social care after his October 2024 A&E attendance?", ["ED2"],
  "person", pages=[8, 9], tags=["near-miss"], paragraphs=["4.21", "6.1"],
  note="ED1 saw him in January 2024 and made no referral.")
q("What time did ED2 make the referral to the Emergency Duty Team?", ["23.48 hrs"], "date", pages=[8],
  tags=["time", "near-miss"], paragraphs=["4.21"], note="Near miss: EDT passed it on at 08.30 hrs the next day.")
q("At what time did the Emergency Duty Team pass the hospital's referral to the Children's Advice Hub?",
  ["08.30 hrs"], "date", pages=[12], tags=["time", "table", "near-miss"],
  note="Chronology table only (page after the break, header row repeated).")
q("When was the second strategy discussion held?", ["8 October 2024", "08/10/2024"], "date", pages=[8, 12],
  alt=[(E, [2])], tags=["table", "near-miss"], paragraphs=["4.22", "ES9"],
  note="The first was on 11 March 2024.")
q("Who carried out the child protection medical in October 2024?", ["CP1"], "person", pages=[8, 12],
  tags=["table"], paragraphs=["4.23"])
q("How much did Ellis weigh at the child protection medical?", ["18.6 kg"], "number", pages=[8],
  tags=["near-miss"], paragraphs=["4.23"], note="The June 2024 school nurse figure was 19.1 kg (footnote 6).")
q("Why was the skeletal survey recommended by CP1 never done?",
  ["discharged before it could be arranged",
   "lost between the ward, community paediatrics"], "reason",
  pages=[8, 9], paragraphs=["4.23", "5.7"])
q("For what date was the initial child protection conference first arranged?", ["29 October 2024"], "date",
  pages=[8, 9], tags=["near-miss"], paragraphs=["4.26", "5.11"], note="It was rescheduled to 12 November 2024.")
q("Why was the initial child protection conference postponed?", ["conference chair was on sick leave"], "reason",
  pages=[8], note="Footnote 9.")
q("Why did the police decide to take no further action in October 2024?",
  ["could not attribute the bruising to any person"], "reason", pages=[8], paragraphs=["4.26"])

q("According to the executive summary, what did the housing officer see during the summer of 2024?",
  ["bolt on the outside of his bedroom door"], "factoid", file=E, pages=[2],
  tags=["named-document", "page-break"], paragraphs=["ES8"],
  note="The sentence in ES8 starts at the foot of page 1 and ends at the top of page 2.")

# --- analysis / good practice
q("How long was SW1's conversation with Ellis at school?", ["eleven minutes"], "number", pages=[9],
  tags=["number-in-words"], paragraphs=["5.10"])
q("By how long was the child protection conference put back?", ["fourteen days"], "number", pages=[9],
  tags=["number-in-words"], paragraphs=["5.11"])
q("How much in rent arrears did the family support worker help the family clear?", ["£1,140"], "number",
  pages=[9], paragraphs=["6.1"])

# --- unanswerable
u("At what time did Ellis arrive at St Wilfrid's Children's Hospital on 9 November 2024?", tags=["near-miss"],
  note="Only the 999 call (07.52 hrs) and the ambulance arrival (08.04 hrs) are timed.")
u("What sentence did Mr D receive?", tags=["near-miss"],
  note="He was charged and his trial is listed for September 2025; no outcome is given.")
u("How much did the Ellis review cost?")
u("On what date did HV2 visit the family in 2023?", tags=["near-miss"],
  note="The 2023 visit (19 October 2023) was by HV1; HV2 visited on 21 August 2024.")
u("What weight did GP1 record when seeing Ellis on 20 June 2024?", tags=["near-miss"],
  note="GP1 'confirmed the low weight' but no figure is given; 19.1 kg is the school nurse's figure.")
u("According to the executive summary, on what date did the housing officer see the bolt?",
  tags=["named-document", "near-miss"], note="Only the full report dates it (2 July 2024).")
u("What is the name of Ellis's foster carer?")
u("How many people attended the rapid review meeting?", tags=["near-miss"],
  note="Only the learning event attendance is given.")
u("When is the partnership's second progress report on the action plan due?", tags=["near-miss"],
  note="Only the first report (December 2025) is dated.")
u("Who chaired the rescheduled child protection conference on 12 November 2024?", tags=["near-miss"],
  note="The conference never took place; no chair is named.")
u("What was the name of the teaching assistant who ran Ellis's phonics group?", tags=["near-miss"])

# ---- interleave the unanswerable questions with the others, then number them
ans = [r for r in Q if r["type"] != "unanswerable"]
una = [r for r in Q if r["type"] == "unanswerable"]
Q = []
for i, rec in enumerate(ans):
    Q.append(rec)
    if (i + 1) % 5 == 0 and una:
        Q.append(una.pop(0))
Q += una
# ---- ids, checks, report
for i, rec in enumerate(Q, 1):
    rec["id"] = "kt%03d" % i
problems = 0
for rec in Q:
    if rec["type"] == "unanswerable":
        continue
    places = [(rec["file"], rec["pages"])] + [(a["file"], a["pages"]) for a in rec.get("alt", [])]
    for ans in rec["answers"]:
        found = [(f, p) for f, ps in places for p in ps if norm(ans) in TEXT[f][p - 1]]
        if not found:
            problems += 1
            print("NOT FOUND", rec["id"], ans)
    for f, ps in places:
        for p in ps:
            if not any(norm(a) in TEXT[f][p - 1] for a in rec["answers"]):
                problems += 1
                print("PAGE WITHOUT ANSWER", rec["id"], f, p)
    # other pages holding an answer string (review by hand)
    listed = {(f, p) for f, ps in places for p in ps}
    extra = sorted({(f[:12], i + 1) for f in (R, E) for i, t in enumerate(TEXT[f]) for a in rec["answers"]
                    if norm(a) in t and (f, i + 1) not in listed})
    if extra:
        print("also on", rec["id"], rec["answers"], extra)
order = ["id", "question", "answers", "file", "pages", "type", "alt", "tags", "note", "paragraphs"]
with open(D + "questions.jsonl", "w", encoding="utf-8") as fh:
    for rec in Q:
        fh.write(json.dumps({k: rec[k] for k in order if k in rec}, ensure_ascii=False) + "\n")
from collections import Counter
print(len(Q), Counter(r["type"] for r in Q), "problems", problems)
print(Counter(t for r in Q for t in r.get("tags", [])))
