"""Writes questions.jsonl for the FICTIONAL Brackenfold corpus and checks every answer against
pypdf page text (the eval checker rule). Run after build.py."""
import json, re, unicodedata
from pypdf import PdfReader
import os
D = os.path.dirname(os.path.abspath(__file__)) + "/"
A = "abn-news-lewis-harker-second-review-2010-05-14.pdf"
P = "brackenfold-lscb-press-release-2010-05-14.pdf"

def Q(question, answers, file, pages, type, alt=None, tags=None, note=None, paragraphs=None):
    d = {"question": question, "answers": answers, "file": file, "pages": pages, "type": type}
    if alt: d["alt"] = alt
    if tags: d["tags"] = tags
    if note: d["note"] = note
    if paragraphs: d["paragraphs"] = paragraphs
    return d

def U(question, note, tags=("near-miss",)):
    return Q(question, [], None, [], "unanswerable", tags=list(tags) if tags else None, note=note)

QS = [
# ---------------- dates
Q("What was the date of Lewis Harker's death?", ["3 September 2008", "3 Sep 2008"], A, [1, 3], "date",
  alt=[{"file": P, "pages": [1]}], paragraphs=["1"]),
Q("On what day was Lewis taken to A&E in what the review calls the most serious missed opportunity?",
  ["22 July 2008", "22 Jul 2008"], A, [2, 1, 3], "date",
  note="The A&E attendance at St Aldric's Hospital; distractor: the locum GP visit of 26 August 2008."),
Q("Police were called to the flat twice in 2008. When was the second call-out?", ["9 May 2008"], A, [2], "date",
  tags=["near-miss"], note="The first call-out was on 4 April 2008."),
Q("On what date were Craig Mellis and Dawn Harker found guilty?", ["19 Jun 2009"], A, [3], "date",
  tags=["near-miss"], note="Timeline only gives the day; the prose says June 2009. Distractor: sentencing on 24 Jul 2009."),
Q("When did the inspectorate judge the first Lewis Harker review to be inadequate?",
  ["21 Jan 2010", "21 January 2010", "21 Jan 10"], A, [3, 1], "date",
  alt=[{"file": P, "pages": [1]}], paragraphs=["2"], tags=["near-miss"],
  note="Distractor: the unannounced inspection of children's services in February 2010, also rated inadequate."),
Q("From what date will the full overview reports of serious case reviews in England have to be published?",
  ["1 June 2010"], A, [1], "date", alt=[{"file": P, "pages": [2]}], paragraphs=["12"]),
Q("According to the board's press release, on what date was the executive summary of the first review published?",
  ["13 November 2009"], P, [1], "date", paragraphs=["2"], tags=["named-document", "near-miss"],
  note="The ABN timeline gives 12 Nov 2009."),
Q("In the ABN article's timeline, when was the first review's executive summary published?",
  ["12 Nov 2009"], A, [3], "date", tags=["named-document", "near-miss"],
  note="The press release says 13 November 2009. The prose of the article says only November 2009."),
Q("When did Brackenfold's new multi-agency referral hub open?", ["6 April 2010"], P, [1], "date",
  paragraphs=["11"], tags=["near-miss"], note="Distractor: the police call-out of 4 April 2008."),
Q("What date does ABN give for its related story on the sacking of Brackenfold's children's services chief?",
  ["08 Dec 09"], A, [1], "date", tags=["sidebar"],
  note="Only the related-stories sidebar gives the day; the body says December 2009."),
Q("What time was the ambulance called to Tanyard Court on the day Lewis died?", ["07:52"], A, [3], "date",
  tags=["time", "near-miss"], note="Distractor: 08:41, when he was pronounced dead."),
Q("At what time was Lewis pronounced dead?", ["08:41"], A, [3], "date", tags=["time", "near-miss"],
  note="Distractor: the ambulance call at 07:52."),
Q("What time was Lewis allowed home from St Aldric's Hospital after the July 2008 A&E visit?", ["21:15"], A, [2],
  "date", tags=["time"]),
Q("Until what time was the board's press release under embargo?", ["00:01"], P, [1], "date", tags=["time"]),
Q("When was the ABN story last updated?", ["11:32 GMT", "12:32 UK"], A, [1], "date", tags=["time"],
  note="Distractor: the browser's print stamp 14:07 in the header line."),
# ---------------- numbers
Q("How many times was Lewis seen by professionals?", ["61"], A, [1], "number",
  alt=[{"file": P, "pages": [1]}], paragraphs=["5"]),
Q("Staff from how many agencies saw Lewis in the 14 months before he died?", ["seven"], A, [1], "number",
  tags=["number-in-words", "near-miss"], note="Distractor: individual management reviews came from nine agencies (press release)."),
Q("According to the press release, how many agencies supplied individual management reviews?", ["nine"], P, [1],
  "number", paragraphs=["4"], tags=["named-document", "number-in-words", "near-miss"],
  note="Distractor: the article's seven agencies that saw Lewis."),
Q("How many chances to protect Lewis did the second review say were missed?", ["11", "Eleven"], A, [1, 4], "number",
  alt=[{"file": P, "pages": [1]}], paragraphs=["5"], note="'Eleven' is in a reader comment; the panel also met on 11 occasions."),
Q("How long is the overview report of the second review?", ["142 pages"], A, [2, 4], "number",
  alt=[{"file": P, "pages": [2]}], paragraphs=["14"], note="Distractor: the executive summary's 14 pages."),
Q("How many recommendations does ABN say the second review makes?", ["31"], A, [2], "number",
  tags=["named-document", "near-miss"], note="The press release says 33; the first review made 18."),
Q("According to the press release, how many recommendations are in the overview report?", ["33"], P, [1], "number",
  paragraphs=["6"], tags=["named-document", "near-miss"], note="ABN says 31."),
Q("What did the second review cost, according to ABN?", ["£94,000"], A, [2], "number",
  tags=["named-document", "near-miss"], note="The press release gives £91,500."),
Q("What total cost for the review does the board's press release give?", ["£91,500"], P, [1], "number",
  paragraphs=["7"], tags=["named-document", "near-miss"], note="ABN gives £94,000."),
Q("How many recommendations were in the first serious case review?", ["18"], A, [2], "number",
  tags=["near-miss"], note="Distractors: 31/33 for the second review; the 18-case maximum in the press release."),
Q("How many cases was Lewis's social worker carrying?", ["28 cases"], A, [2], "number", tags=["near-miss"],
  note="Distractors: the council's limit of 15 and today's average of 13."),
Q("What prison sentence did Dawn Harker receive?", ["seven years"], A, [2, 3], "number",
  tags=["number-in-words", "near-miss"], note="Distractor: Mellis's minimum term of 17 years."),
Q("What is the most cases any Brackenfold social worker now holds?", ["18 cases"], P, [1], "number",
  paragraphs=["9"], tags=["near-miss"], note="Distractor: the average caseload of 13 quoted in the article."),
Q("How many of the second review's recommendations are for the safeguarding board itself?", ["Twelve"], P, [1],
  "number", paragraphs=["6"], tags=["number-in-words", "near-miss"], note="Nine are for the council's children's services."),
Q("How long had Lewis been on a child protection plan when he died?", ["almost six months"], A, [1], "number",
  tags=["caption", "number-in-words"]),
Q("In the comments, how many cases does the social worker who fears full publication picture themselves juggling?",
  ["30 cases"], A, [4], "number", tags=["comment", "near-miss"],
  note="Reader comment only; distractor: Lewis's social worker's 28 cases."),
# ---------------- persons
Q("Who is the Children's Minister who ordered the new review?", ["Tobias Wrenfield"], A, [1], "person"),
Q("Who chaired the second serious case review?", ["Margaret Oyelaran"], A, [2],
  "person", alt=[{"file": P, "pages": [1]}], paragraphs=["3"], tags=["near-miss"],
  note="Distractors: Peter Saltash chairs the board; Dr Colin Brereton wrote the report."),
Q("Who was the author of the second review's overview report?", ["Colin Brereton"], P, [1], "person",
  paragraphs=["3"], tags=["near-miss"], note="Distractor: Margaret Oyelaran, the chair."),
Q("Which director of children's services did Brackenfold Council sack?", ["Graham Tellwright"], A, [2], "person",
  tags=["near-miss"], note="Distractor: his successor Anita Crossland."),
Q("Which judge sentenced Lewis's mother and her partner?", ["Mr Justice Pelham"], A, [3], "person",
  tags=["caption"]),
Q("Which reader said she had been a health visitor for 22 years?", ["Lorna, Kettlesby"], A, [4], "person",
  tags=["comment"]),
Q("Who at the hospital accepted Lewis's mother's explanation of his injuries?", ["duty social worker"], A, [2],
  "person", tags=["near-miss"], note="Distractor: the paediatric registrar, who thought the injuries suspicious."),
# ---------------- factoids
Q("At which hospital was Lewis pronounced dead?", ["Brackenfold General Hospital"], A, [3], "factoid",
  tags=["near-miss"], note="Distractor: St Aldric's Hospital, the A&E visit of 22 July 2008."),
Q("What had the first review concluded about whether Lewis's death could have been foreseen?",
  ["could not have been predicted"], A, [1], "factoid"),
Q("Margaret Oyelaran said the agencies talked about Lewis a lot; what did she say about talking to him?",
  ["talked to him hardly at all"], A, [2], "factoid"),
Q("In which months did the nursery worker report bruises on Lewis's face?", ["March and June 2008"], A, [3], "date",
  tags=["page-break"], note="The sentence begins at the foot of page 2 (praise for the registrar and the nursery worker) and ends at the top of page 3."),
Q("According to the review, what happened to the warnings of the paediatric registrar and the nursery worker?",
  ["overruled by people who had never met him"], A, [3], "reason", tags=["page-break"],
  note="The sentence begins at the foot of page 2 and ends at the top of page 3."),
Q("What job did Peter Saltash hold before chairing the board?", ["chief executive of Harrowmere Primary Care Trust"],
  P, [2], "factoid", paragraphs=["17"]),
Q("How often is every child on a child protection plan in Brackenfold now seen alone?", ["at least once a fortnight"],
  P, [1], "factoid", paragraphs=["9"]),
Q("What headline did ABN give its July 2009 story on the sentencing?", ["Toddler's mother and partner jailed"], A, [1],
  "factoid", tags=["sidebar"]),
# ---------------- reasons
Q("Why was Lewis sent home from A&E in July 2008 despite the registrar's concerns?",
  ["fallen from a sofa", "accepted his mother's account"], A, [2], "reason"),
Q("Why did the minister order a second review?", ["rated inadequate", "review as inadequate", "first review inadequate"],
  A, [1, 3], "reason", alt=[{"file": P, "pages": [1]}], paragraphs=["2"]),
Q("What is the union's worry about publishing reviews in full?", ["blaming individual staff", "their job title in brackets"],
  A, [3], "reason"),
Q("Why does a serious case review not decide who is to blame for a child's death?",
  ["a matter for the criminal courts"], P, [2], "reason", paragraphs=["16"]),
# ---------------- lists
Q("What injuries did the post-mortem examination find?", ["fractured spine", "eight broken ribs"], A, [1], "list"),
Q("What injuries did Lewis have when he was taken to A&E in July 2008?", ["bruised ear", "swollen left hand"], A, [2], "list"),
Q("On which two dates were Northvale Police called to the flat?", ["4 April", "9 May 2008"], A, [2], "list"),
Q("Which professions staff the new multi-agency referral hub?", ["social workers", "police officers", "health visitors"],
  P, [1], "list", paragraphs=["11"]),
# ---------------- unanswerable
U("How much did the first serious case review into Lewis's death cost?",
  "Only the second review's cost is given (£94,000 in ABN, £91,500 in the press release)."),
U("How many pages long was the first review's overview report?",
  "Only the second review's 142-page overview report and 14-page executive summary are sized."),
U("Who chaired the first serious case review?",
  "Not stated. Margaret Oyelaran chaired the second review; Peter Saltash became board chair in March 2010."),
U("What is the name of Lewis's father?", "The father is never mentioned; only the mother and grandmother are named.",
  tags=None),
U("How many of the second review's recommendations are addressed to Northvale Police?",
  "The press release gives twelve for the board and nine for children's services; the police share is not given."),
U("What time did police officers arrive at Tanyard Court on the morning Lewis died?",
  "Only the ambulance call (07:52) and the time of death (08:41) are given."),
U("On what date did the trial of Mellis and Harker begin at Lowbridge Crown Court?",
  "Only the conviction (19 Jun 2009) and sentencing (24 Jul 2009) dates are given."),
U("How many agencies provided individual management reviews for the first review?",
  "The press release gives nine agencies for the second review only."),
U("What job did Anita Crossland do before she became Brackenfold's director of children's services?",
  "Not stated. Distractors: Peter Saltash's former post (chief executive of Harrowmere Primary Care Trust) and Margaret Oyelaran's (director of social services in Westmarch)."),
U("How much compensation did Graham Tellwright receive when he left Brackenfold Council?",
  "The article says only that he has lodged an unfair dismissal claim."),
]

def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().casefold()
texts = {f: [norm(p.extract_text()) for p in PdfReader(D + f).pages] for f in (A, P)}
ok = True
for i, q in enumerate(QS, 1):
    q_id = "bn%03d" % i
    rec = {"id": q_id, **q}
    places = ([(q["file"], q["pages"])] if q["file"] else []) + [(a["file"], a["pages"]) for a in q.get("alt", [])]
    for a in q["answers"]:
        if not any(norm(a) in texts[f][p - 1] for f, ps in places for p in ps):
            print("MISSING", q_id, a); ok = False
    for f, ps in places:
        for p in ps:
            if not any(norm(a) in texts[f][p - 1] for a in q["answers"]):
                print("PAGE WITHOUT ANSWER", q_id, f, p); ok = False
    # where else does each answer occur?
    for a in q["answers"]:
        hits = [(f[:5], p + 1) for f in texts for p, t in enumerate(texts[f]) if norm(a) in t]
        listed = {(f[:5], p) for f, ps in places for p in ps}
        extra = [h for h in hits if h not in listed]
        if extra: print("also-occurs", q_id, repr(a), extra)
    QS[i - 1] = rec
with open(D + "questions.jsonl", "w", encoding="utf-8") as fh:
    for r in QS:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
from collections import Counter
print(len(QS), Counter(r["type"] for r in QS), ok)
print(Counter(t for r in QS for t in r.get("tags", [])))
