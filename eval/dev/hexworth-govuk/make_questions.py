# -*- coding: utf-8 -*-
"""Write questions.jsonl for the FICTIONAL Hexworth corpus from the built PDFs.

    /work/main/.venv/bin/python make_questions.py

Each question names where its answer is (a numbered paragraph, a table, the footnotes, a page of
the press statement ...). Pages are worked out from pypdf's text of the built PDFs, and every
answer is checked to be on its pages. A report of other pages that hold the same strings is
printed so that `alt` entries and near-misses can be reviewed by hand.
"""
import json
import os
import re
import sys
import unicodedata

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

REV = C.REVIEW["file"]
PRS = C.PRESS["file"]


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().casefold()


TEXT = {f: [p.extract_text() for p in PdfReader(os.path.join(HERE, f)).pages] for f in (REV, PRS)}
NTEXT = {f: [norm(t) for t in pages] for f, pages in TEXT.items()}


def para_numbers():
    out = []
    for si, sec in enumerate(C.SECTIONS, 1):
        n = 0
        for it in sec["items"]:
            if isinstance(it, str) or it[0] == "letters":
                n += 1
                out.append("%d.%d" % (si, n))
    return out


PARAS = para_numbers()


def segment_paragraphs():
    """Map paragraph number -> {page: text of that paragraph on that page}."""
    seg = {}
    expected = list(PARAS)
    cur = None
    stop = re.compile(r"^(\d{1,2}\. [A-Z]|Finding \d|Table \d|In Rowan’s words|▼|Appendix A|Footnotes|"
                      r"Print this page)")
    for pi, page in enumerate(TEXT[REV], 1):
        for line in page.split("\n"):
            if line.startswith("18/03/2025, 14:07") or line.startswith("https://www.hexworth.gov.uk"):
                continue
            m = re.match(r"^(\d{1,2}\.\d{1,2}) ", line)
            if m and expected and m.group(1) == expected[0]:
                cur = expected.pop(0)
                line = line[len(m.group(0)):]
            elif stop.match(line):
                cur = None
            if cur:
                seg.setdefault(cur, {}).setdefault(pi, []).append(line)
    assert not expected, "paragraphs not found: %s" % expected[:5]
    return {k: {p: "\n".join(v) for p, v in d.items()} for k, d in seg.items()}


SEG = segment_paragraphs()


def region_pages(start_marker, end_marker):
    pages = TEXT[REV]
    s = next(i for i, t in enumerate(pages) if start_marker in t)
    e = next(i for i, t in enumerate(pages) if end_marker in t and i >= s)
    return list(range(s + 1, e + 2))


CHRON_PAGES = region_pages("Table 2: Chronology", "\nFootnotes\n")
KEY_PAGES = region_pages("Table 1: Key to role codes", "3. Rowan and his family")
FN_PAGES = region_pages("\nFootnotes\n", "Print this page")


def pages_for(loc, answers, fname):
    """Pages of fname (for the locator) on which at least one answer occurs."""
    na = [norm(a) for a in answers]
    if loc.startswith("p:"):
        num = loc[2:]
        return [p for p, t in SEG[num].items() if any(a in norm(t) for a in na)]
    if loc == "chron":
        cand = CHRON_PAGES
    elif loc == "key":
        cand = KEY_PAGES
    elif loc == "fn":
        cand = FN_PAGES
    elif loc.startswith("row:"):
        cand = [p for p in CHRON_PAGES if norm(loc[4:]) in NTEXT[fname][p - 1]]
    elif loc.startswith("pg:"):
        cand = [int(x) for x in loc[3:].split(",")]
    elif loc == "any":
        cand = list(range(1, len(NTEXT[fname]) + 1))
    else:
        raise ValueError(loc)
    return [p for p in cand if any(a in NTEXT[fname][p - 1] for a in na)]


def page_break(num, answers):
    """True when the sentence holding the answer starts on the page before the answer's page."""
    d = SEG[num]
    for p, t in d.items():
        nt = norm(t)
        for a in answers:
            i = nt.find(norm(a))
            if i >= 0 and (p - 1) in d:
                before = nt[:i]
                if not re.search(r"[.;:!?’”)] ", " " + before) and not re.search(r"[.;:!?]['’”)]? ", before):
                    return True
    return False


# ----------------------------------------------------------------------------------------------
# (id suffix omitted: numbered in order)
# fields: q, answers, type, where (list of locators in the review, or ("press", loc)),
#         alt (list of (file-key, loc)), tags, note
Q = []


def q(question, answers, typ, where, alt=(), tags=(), note=None, file="rev"):
    Q.append(dict(question=question, answers=answers, type=typ, where=list(where), alt=list(alt),
                  tags=list(tags), note=note, file=file))


def u(question, note, tags=("near-miss",)):
    Q.append(dict(question=question, answers=[], type="unanswerable", where=[], alt=[], tags=list(tags),
                  note=note, file=None))


# --- the incident and its aftermath
q("On what date was Rowan found unresponsive at home and taken to hospital?",
  ["11 November 2023", "11/11/2023"], "date", ["p:1.2", "p:7.18", "chron"], tags=["table"])
q("What time did Rowan's mother make the 999 call on the night he was seriously injured?",
  ["21.52 hrs"], "date", ["p:1.2", "chron"], tags=["time", "near-miss", "table"],
  note="Not the ambulance's arrival at the flat (22.04 hrs) or at hospital (22.31 hrs).")
q("At what time did Rowan reach the emergency department at Hexworth General Hospital in November 2023?",
  ["22.31 hrs"], "date", ["p:1.2"], tags=["time", "near-miss"],
  note="The 999 call was at 21.52 hrs and the ambulance reached the flat at 22.04 hrs; the August "
       "attendance was at 19.15 hrs.")
q("On what date was Mr D sentenced?",
  ["16 August 2024"], "date", ["p:1.4"], tags=["near-miss"], note="He was convicted on 2 July 2024.")
q("How long a prison sentence was Mr D given?",
  ["10 years"], "number", ["p:1.4"], alt=[("prs", "any")])
q("On what date did the partnership notify the National Panel of the serious incident?",
  ["14 November 2023"], "date", ["p:1.5"], tags=["near-miss"],
  note="14 November 2023 is also the date the child protection medical was rebooked for.")
q("How soon must safeguarding partners tell the National Panel about a serious incident?",
  ["five working days"], "number", ["fn"], tags=["number-in-words"], note="Footnote 1 only.")

# --- the review process
q("Who is the independent reviewer who wrote the Rowan review?",
  ["Dr Helena Marchetti", "Helena Marchetti"], "person", ["p:2.1"], alt=[("prs", "pg:1")])
q("Who chaired the review panel?",
  ["Angela Threlfall"], "person", ["p:2.2"])
q("How many times did the review panel meet?",
  ["six times"], "number", ["p:2.2"], tags=["number-in-words"])
q("How many people came to the practitioner learning event in June 2024?",
  ["27 practitioners", "27"], "number", ["p:2.4"])
q("Which practitioners did the reviewer meet on their own, apart from the learning event?",
  ["DSL1", "EHE1", "SW2", "YL1"], "list", ["p:2.4"])
q("When did the reviewer see the practitioners who were prosecution witnesses?",
  ["after the verdict"], "factoid", ["p:2.5"])
q("According to the review report itself, on what date did the HSCP executive approve it?",
  ["11 December 2024"], "date", ["p:2.8"], tags=["named-document", "near-miss"],
  note="The press statement says the report was approved in January 2025.")
q("According to the partnership's press statement, when was the report approved by its executive?",
  ["January 2025"], "date", [("prs", "any")], tags=["named-document", "near-miss"], file="prs",
  note="The review itself gives 11 December 2024.")
q("On what date was the review published on HEXWORTH.GOV.UK?",
  ["18 March 2025"], "date", ["pg:1"], alt=[("prs", "pg:1")],
  note="Title block of the printed page; the browser's print header shows 18/03/2025, the print date.")

# --- Rowan and his family, background
q("In the box of Rowan's own words, what did he say he had when he lived at Auntie's house?",
  ["my own bed"], "factoid", ["any"], note="Inset box in section 3, not a numbered paragraph.")
q("On what centile was Rowan's weight at his school-entry check?",
  ["50th centile"], "factoid", ["p:4.3", "p:5.12"], tags=["near-miss"],
  note="By February 2023 it had fallen to the 9th centile.")
q("What came of the Calderby investigation into the 2020 allegation against Mr D?",
  ["took no further action", "no further action"], "factoid", ["p:4.5"],
  note="'No further action' is also the outcome of SW1's screening in March 2023.")

# --- September 2022 to March 2023
q("What was Rowan's attendance in the autumn term of 2022?",
  ["86.4%"], "number", ["p:5.2", "chron"], tags=["table", "near-miss"],
  note="Spring term attendance had fallen to 79.1% by 17 March 2023.")
q("By mid-March 2023, what had Rowan's attendance for the spring term dropped to?",
  ["79.1%"], "number", ["p:5.17"], tags=["near-miss"], note="Autumn 2022 was 86.4%.")
q("How did Rowan explain the bruise on his cheek in January 2023?",
  ["fallen off his scooter"], "factoid", ["p:5.9"])
q("What centile was Rowan's weight on at SN1's health review in February 2023?",
  ["9th centile"], "factoid", ["p:5.12", "chron"], tags=["table", "near-miss"],
  note="At school entry his weight was on the 50th centile.")
q("What time did the neighbour's call about shouting at the flat in March 2023 come in?",
  ["23.10 hrs"], "date", ["p:5.14", "chron"], tags=["time", "table", "near-miss"],
  note="The October 2023 call about a child screaming was at 20.05 hrs.")
q("Which social worker screened the police child concern notification in March 2023?",
  ["SW1"], "person", ["p:5.15", "chron"], tags=["table", "near-miss"],
  note="SW2 was the assessment social worker from September 2023.")
q("How many contacts did the Front Door receive in March 2023?",
  ["1,146"], "number", ["fn"], note="Footnote 4; 212 of them were police notifications.")
q("Why did DSL1 not contact the Front Door after the Schools Alert about the domestic incident?",
  ["police notification was enough"], "reason", ["p:5.16"])
q("On what date did Mother email the school to say she was withdrawing Rowan?",
  ["20 March 2023"], "date", ["p:5.18"], tags=["near-miss"], note="He came off the roll on 24 March 2023.")
q("What reason did Mother give the school for taking Rowan out to educate him at home?",
  ["the school is not meeting his needs", "not meeting his needs"], "reason", ["p:5.18"])
q("When did Thornleigh Primary School take Rowan off its roll?",
  ["24 March 2023", "24/03/2023"], "date", ["p:5.18", "chron"], tags=["table", "near-miss"],
  note="Mother's email was on 20 March 2023.")

# --- April to July 2023
q("How many children was the elective home education team responsible for on 31 March 2023?",
  ["318"], "number", ["fn"], note="Footnote 5; the paragraph itself only says 'a large number'.")
q("What date was EHE1's first home visit?",
  ["26 April 2023", "26 Apr 2023"], "date", ["p:6.3", "chron"], tags=["table", "near-miss"],
  note="EHE1's second visit was on 19 October 2023.")
q("Which doctor treated Rowan's ear infection when Ms P brought him to the surgery?",
  ["GP2"], "person", ["p:6.6", "chron"], tags=["table", "near-miss"], note="GP1 was the family's usual GP.")
q("While Rowan was staying with Ms P, which practitioners knew he was living with a family friend?",
  ["GP2", "HV1", "YL1"], "list", ["p:6.10"])
q("How long did Rowan stay with Ms P?",
  ["16 weeks"], "number", ["p:6.9", "p:6.10"], alt=[("prs", "pg:1")])
q("After accepting Mother's home education outline in May 2023, when did EHE1 plan the next contact?",
  ["within 12 months"], "number", ["p:6.5"])
q("Why did Ms P ask Mother to take Rowan back in July 2023?",
  ["eldest son was moving home", "needed the room"], "reason", ["p:6.9"])
q("Under the definition of private fostering given in the review, how long must the care last?",
  ["28 days or more"], "number", ["any"], note="In the expanded details block, not a numbered paragraph.")
q("How many new private fostering notifications did Hexworth record in 2022 to 2023?",
  ["four new notifications", "four"], "number", ["fn"], tags=["number-in-words", "near-miss"],
  note="Footnote 8; three in 2023 to 2024.")

# --- August to November 2023
q("Which practitioner saw Rowan put bread rolls in his pockets at the summer fun day?",
  ["FSW1"], "person", ["p:7.1"])
q("What time did Mother bring Rowan to the emergency department in August 2023?",
  ["19.15 hrs"], "date", ["p:7.2", "chron"], tags=["time", "table", "near-miss"],
  note="The urgent treatment centre visit in October was at 16.40 hrs.")
q("What date did YL1 see bruises on Rowan's upper arms at the Friday Kids' Club?",
  ["15 September 2023", "15/09/2023"], "date", ["p:7.4", "chron"], tags=["table"])
q("Who was the church safeguarding coordinator that telephoned Mother about the bruises?",
  ["FSC1"], "person", ["p:7.5"])
q("At what time was the church's online referral sent to the Front Door?",
  ["14.36 hrs"], "date", ["p:7.5", "chron"], tags=["time", "table"])
q("Who took part in the first strategy discussion?",
  ["TM1", "DS1", "SW2"], "list", ["p:7.6", "row:First strategy discussion: section 17"], tags=["table", "near-miss"],
  note="The second discussion added NN1 and EHE1.")
q("Why could the nurse practitioner at the urgent treatment centre not see the August attendance?",
  ["different electronic record"], "reason", ["p:7.8"])
q("On what date did EHE1 serve the preliminary notice on Mother?",
  ["24 October 2023", "24/10/2023"], "date", ["p:7.11", "chron"], tags=["table", "near-miss"],
  note="The visit that led to it was on 19 October 2023.")
q("What time did PC2 arrive at the flat after the neighbour's call about a child screaming?",
  ["20.31 hrs"], "date", ["p:7.12"], tags=["time", "near-miss"], note="The neighbour rang at 20.05 hrs.")
q("Which police officer checked Mr D on the Police National Database without being asked?",
  ["PC2"], "person", ["p:7.12", "p:9.1", "chron"], tags=["near-miss"],
  note="PC1 checked only local systems in March 2023.")
q("Apart from the chair, who attended the second strategy discussion?",
  ["DS1", "SW2", "NN1", "EHE1"], "list", ["p:7.14", "row:Second strategy discussion: section 47"], tags=["table", "near-miss"],
  note="The first discussion was TM1, DS1 and SW2 only.")
q("For how many days did no practitioner see Rowan before he was injured?",
  ["fourteen days"], "number", ["p:7.17"], tags=["number-in-words"])

# --- findings, good practice, recommendations
q("According to the review, how many Community Dental Service appointments was Rowan not brought to?",
  ["three"], "number", ["p:8.7"], tags=["named-document", "near-miss", "number-in-words"],
  note="The press statement says four dental appointments.")
q("How many appointments in all was Rowan not brought to between October 2022 and May 2023?",
  ["five appointments", "five"], "number", ["p:8.7"], tags=["number-in-words"])
q("How many recommendations does the review report make?",
  ["nine recommendations", "nine"], "number", ["p:10.1"], tags=["named-document", "near-miss",
                                                              "number-in-words"],
  note="The press statement says eight.")
q("What is DSL1's other role at Thornleigh Primary School?",
  ["deputy headteacher"], "person", ["key"], tags=["table"], note="Only in the key to role codes (Table 1).")

# --- the press statement
q("In the press statement, how many dental appointments was Rowan not brought to?",
  ["four dental appointments", "four"], "number", [("prs", "pg:1")], file="prs",
  tags=["named-document", "near-miss", "number-in-words"], note="The review says three.")
q("According to the press release, how many recommendations does the review make?",
  ["eight recommendations", "eight"], "number", [("prs", "any")], file="prs",
  tags=["named-document", "near-miss", "number-in-words"], note="The review says nine.")
q("What is the name of the private fostering awareness campaign launched in September 2024?",
  ["Who’s looking after your child?", "looking after your child"], "factoid", [("prs", "any")],
  file="prs")
q("Who is Hexworth Council's Director of Children's Services, quoted in the press statement?",
  ["Priya Kaur-Benson"], "person", [("prs", "any")], file="prs")

# --- unanswerable (near misses)
u("What sentence did Rowan's mother receive?",
  "Mr D's sentence (10 years) is given; Mother's case was 'dealt with separately' and no sentence is stated.")
u("How many practitioners attended the second practitioner learning event?",
  "Only one learning event (12 June 2024, 27 practitioners) is described.")
u("On what date was the third strategy discussion held?",
  "There were two strategy discussions, on 20 September and 27 October 2023.")
u("At what time did PC1 arrive at the flat on 2 March 2023?",
  "Only the time of the neighbour's call (23.10 hrs) is given; PC2's arrival time in October is 20.31 hrs.")
u("What was Rowan's school attendance in the summer term of 2023?",
  "He was off the roll from 24 March 2023; only autumn 2022 (86.4%) and spring 2023 (79.1%) are given.")
u("What weight centile was Rowan on when he was admitted in November 2023?",
  "Only the February 2023 (9th) and school-entry (50th) centiles are given.")
u("On what date did the National Panel agree that a local review should be carried out?",
  "The review says 'The National Panel agreed' but gives no date; the rapid review met on 28 November 2023.")
u("How many private fostering notifications did Hexworth receive in 2021 to 2022?",
  "Footnote 8 gives four for 2022 to 2023 and three for 2023 to 2024 only.")
u("On what date did SW2 return to work after the sickness absence?",
  "Only the start of the absence (1 November 2023) is given.")
u("What is the name of the primary school Rowan attends now?",
  "Only Thornleigh Primary School (his old school) is named; the new school is not, and the press "
  "statement says the partnership will not comment on it.")


# ----------------------------------------------------------------------------------------------
def main():
    out = []
    problems = []
    fkey = {"rev": REV, "prs": PRS}
    for i, d in enumerate(Q, 1):
        qid = "hx%03d" % i
        rec = {"id": qid, "question": d["question"], "answers": d["answers"]}
        if d["type"] == "unanswerable":
            rec.update({"file": None, "pages": [], "type": "unanswerable"})
            # make sure nothing obvious answers it: nothing to check automatically
        else:
            fname = fkey[d["file"]]
            pages, paras, pb = set(), [], False
            for loc in d["where"]:
                if isinstance(loc, tuple):
                    loc = loc[1]
                ps = pages_for(loc, d["answers"], fname)
                if not ps:
                    problems.append("%s: no page for %s" % (qid, loc))
                pages.update(ps)
                if loc.startswith("p:"):
                    paras.append(loc[2:])
                    if page_break(loc[2:], d["answers"]):
                        pb = True
            rec.update({"file": fname, "pages": sorted(pages), "type": d["type"]})
            alts = []
            for fk, loc in d["alt"]:
                ps = pages_for(loc, d["answers"], fkey[fk])
                if not ps:
                    problems.append("%s: no alt page in %s" % (qid, fk))
                alts.append({"file": fkey[fk], "pages": sorted(ps)})
            if alts:
                rec["alt"] = alts
            if paras:
                rec["paragraphs"] = paras
            if pb and "page-break" not in d["tags"]:
                d["tags"].append("page-break")
            # every listed page must hold an answer; the answers (for lists: every item) must be found
            for p in rec["pages"]:
                if not any(norm(a) in NTEXT[fname][p - 1] for a in d["answers"]):
                    problems.append("%s: page %d holds no answer" % (qid, p))
            allpages = [(fname, p) for p in rec["pages"]] + [(a["file"], p) for a in alts for p in a["pages"]]
            for a in d["answers"]:
                if not any(norm(a) in NTEXT[f][p - 1] for f, p in allpages):
                    problems.append("%s: answer %r not on listed pages" % (qid, a))
                if len(a.split()) > 8:
                    problems.append("%s: answer too long %r" % (qid, a))
            # report other places holding the same strings (for review by hand)
            others = []
            for f in (REV, PRS):
                for pi, t in enumerate(NTEXT[f], 1):
                    if (f, pi) in allpages:
                        continue
                    hits = [a for a in d["answers"] if norm(a) in t]
                    if hits:
                        others.append("%s p%d %s" % ("R" if f == REV else "P", pi, hits))
            if others and os.environ.get("VERBOSE"):
                print("%s %-60.60s also: %s" % (qid, d["question"], "; ".join(others)))
        if d["tags"]:
            rec["tags"] = d["tags"]
        if d["note"]:
            rec["note"] = d["note"]
        out.append(rec)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter
    print("questions:", len(out), dict(Counter(r["type"] for r in out)))
    print("with paragraphs:", sum(1 for r in out if r.get("paragraphs")))
    print("tags:", dict(Counter(t for r in out for t in r.get("tags", []))))
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
