import json, re, unicodedata
from pypdf import PdfReader
D="/work/main/eval/dev/quillhaven-sidenotes/"
R="quillhaven-lcspr-child-v-review.pdf"; E="quillhaven-child-v-executive-summary.pdf"
def norm(s): return re.sub(r"\s+"," ",unicodedata.normalize("NFKC",s)).strip().casefold()
T={f:[norm(p.extract_text()) for p in PdfReader(D+f).pages] for f in (R,E)}
Q=[]
def q(question, answers, file, pages, typ, alt=None, tags=None, note=None, paras=None):
    d={"id":"qh%03d"%(len(Q)+1),"question":question,"answers":answers,"file":file,"pages":pages,"type":typ}
    if alt: d["alt"]=[{"file":E,"pages":alt}]
    if tags: d["tags"]=tags
    if note: d["note"]=note
    if paras: d["paragraphs"]=paras
    Q.append(d)
def U(question, note, tags=None):
    d={"id":"qh%03d"%(len(Q)+1),"question":question,"answers":[],"file":None,"pages":[],"type":"unanswerable"}
    if tags: d["tags"]=tags
    d["note"]=note; Q.append(d)

# --- dates and times
q("On what date did Child V die?",["19 December 2023","19/12/2023"],R,[4,7,8],"date",alt=[1],paras=["1.1","4.22"],
  note="19 December 2023 is also the end of the review period (2.2).")
q("At what time was Child V pronounced dead?",["07.48 hrs"],R,[4,7,8],"date",tags=["time","near-miss"],paras=["1.1","4.22"],
  note="4.22 also gives the 999 call (06.52 hrs), the ambulance arrival (07.01 hrs) and arrival at hospital (07.24 hrs).")
q("What time did Mr D make the 999 call on the morning Child V died?",["06.52 hrs"],R,[7,8],"date",tags=["time","near-miss"],paras=["4.22"],
  note="Same paragraph: ambulance arrived 07.01 hrs, pronounced dead 07.48 hrs.")
q("How soon did the ambulance get to the flat - what time did it arrive?",["07.01 hrs"],R,[7],"date",tags=["time","near-miss"],paras=["4.22"],
  note="Distractors in 4.22: 06.52 hrs (call) and 07.24 hrs (arrival at hospital). 5.19 says nine minutes after the call.")
q("What time was the neighbour's call to the police about shouting at Lantern Row in November 2022?",["23.15 hrs"],R,[5],"date",tags=["time","near-miss"],paras=["4.2"],
  note="The officers arrived at 23.32 hrs, in the same sentence group.")
q("When did the two officers, including PC1, get to the flat on the night of the domestic abuse incident?",["23.32 hrs"],R,[5],"date",tags=["time","near-miss"],paras=["4.2"],
  note="The call was at 23.15 hrs.")
q("At what time did the emergency department doctor actually see Child V when she came in with the burn?",["12.05 hrs"],R,[6],"date",tags=["time","near-miss"],paras=["4.7"],
  note="Same paragraph: arrival 10.40 hrs and triage 10.52 hrs.")
q("What time did Ms K and Child V arrive at the emergency department with the burn?",["10.40 hrs"],R,[6],"date",tags=["time"],paras=["4.7"])
q("When was Child V discharged from A&E after her burn was dressed?",["13.30 hrs"],R,[6],"date",tags=["time"],paras=["4.8"])
q("At what time did the paediatric liaison nurse send her referral to the MASH?",["15.20 hrs"],R,[6,8],"date",tags=["time","table"],paras=["4.9"])
q("What time did SW2 knock and get no answer on the unannounced visit in November 2023?",["14.30 hrs"],R,[7],"date",tags=["time","near-miss"],paras=["4.19"],
  note="The arranged visit on 14 November 2023 was at 11.00 hrs, in the same paragraph.")
q("At what time was the joint agency response meeting held at the hospital?",["11.30 hrs"],R,[8],"date",tags=["time"],paras=["4.23"])
q("According to the review report, on what date did Child V go to the emergency department with a burned hand?",["2 May 2023","02/05/2023"],R,[6,8,9],"date",
  tags=["named-document","near-miss","table"],paras=["4.7","5.9"],note="The executive summary (ES6) gives 3 May 2023.")
q("According to the executive summary, what day was Child V taken to hospital with the burn to her hand?",["3 May 2023"],E,[1],"date",
  tags=["named-document","near-miss"],paras=["ES6"],note="The review report says 2 May 2023 (4.7, Table 1, 5.9).")
q("When did SW1 leave Quillhaven Children's Services?",["31 August 2023","31/08/2023"],R,[7,8],"date",tags=["near-miss","table"],paras=["4.14"],
  note="SW2 was allocated on 26 September 2023, in the same paragraph.")
q("On what date was the case given to SW2?",["26 September 2023","26/09/2023"],R,[7,8],"date",tags=["near-miss","table"],paras=["4.14"],
  note="SW1 left on 31 August 2023, same paragraph.")
q("When did Child V begin attending Little Gulls Nursery?",["18 January 2023"],R,[6],"date",tags=["near-miss"],paras=["4.5"],
  note="The bruise was seen on 27 February 2023, in the same paragraph.")
q("On what date did nursery staff notice the bruise on Child V's cheek?",["27 February 2023","27/02/2023"],R,[6,8],"date",tags=["table"],paras=["4.5"])
q("When was the rapid review meeting about Child V held?",["9 January 2024"],R,[4],"date",alt=[1],tags=["near-miss"],paras=["1.3","ES2"],
  note="1.3 also has 21 December 2023 (notification), 23 January 2024 (decision) and 6 February 2024 (panel agreement).")
q("When did the national panel agree that a local review should go ahead?",["6 February 2024"],R,[4],"date",tags=["near-miss"],paras=["1.3"],
  note="The Partnership itself decided on 23 January 2024.")
q("When did the Partnership notify the Child Safeguarding Practice Review Panel?",["21 December 2023"],R,[4],"date",paras=["1.3"])
q("On what date was Dr Farrant appointed as lead reviewer?",["1 March 2024"],R,[4],"date",paras=["2.1"])
q("When was the practitioner learning event for the review held?",["4 December 2024"],R,[4],"date",paras=["2.4"])
q("When was Mr D charged with murder?",["22 December 2023"],R,[8],"date",paras=["4.23"])
q("On what date did Harbour Light close its referral for Ms K?",["15 August 2023"],R,[10],"date",tags=["near-miss"],paras=["5.17"],
  note="The child in need meeting of 22 August 2023 is in the same paragraph.")
q("When was Child V born?",["14 March 2021"],R,[5],"date",paras=["3.1"])
q("By what date should every GP practice in Quillhaven have adopted the was-not-brought protocol?",["31 December 2025"],R,[14],"date",paras=["8.6"])
q("When did the housing officer visit the flat about the damp?",["12 October 2023","12/10/2023"],R,[7,8],"date",tags=["table"],paras=["4.18"],
  note="The health visitor's two-year review was four days later, 16 October 2023.")
q("When will progress on the action plan be reported to the Partnership board?",["December 2025"],E,[2],"date",tags=["exec-summary-only"],paras=["ES14"],
  note="The review's only December 2025 date is the GP deadline 31 December 2025 (8.6), a different fact.")
# --- numbers
q("According to the full review, for how many days was the case left without a social worker after SW1 left?",["26 days","26-day"],R,[7,12],"number",
  tags=["named-document","near-miss"],paras=["4.14","6.8"],note="The executive summary (ES7) says 24 days.")
q("How many days without a social worker does the executive summary report?",["24 days"],E,[1],"number",tags=["named-document","near-miss"],paras=["ES7"],
  note="The review says 26 days (4.14).")
q("How many practitioners came to the review's learning event?",["Seventeen"],R,[4],"number",tags=["number-in-words","near-miss"],paras=["2.4"],
  note="Three more were interviewed on their own.")
q("What did Child V weigh at the post-mortem?",["10.1 kg"],R,[4],"number",tags=["near-miss"],paras=["1.2"],note="Birth weight 2.9 kg (3.1) is the distractor.")
q("What was Child V's birth weight?",["2.9 kg"],R,[5],"number",paras=["3.1"])
q("How much rent did the family owe Saltline Homes in October 2023?",["£1,460"],R,[5],"number",paras=["3.6"])
q("How old was Mr D when Child V died?",["31 years old"],R,[5],"number",paras=["3.4"])
q("How old was Ms K when Child V was born?",["22 years old"],R,[5],"number",paras=["3.1"])
q("What was Child V's nursery attendance in the autumn term of 2023?",["38%"],R,[7,12],"number",paras=["4.15","6.11"])
q("How many working days did the child and family assessment take?",["30 working days"],R,[6],"number",paras=["4.12"])
q("How many children was SW2 carrying on her caseload when the nursery emailed?",["27 children"],R,[10],"number",tags=["near-miss"],paras=["5.15"],
  note="The new caseload limit is 18 children (5.3).")
q("What caseload limit per social worker has the Assessment and Child in Need Team now introduced?",["18 children"],R,[9],"number",paras=["5.3"])
q("How many places is Little Gulls Nursery registered for?",["48 children"],R,[6],"number",tags=None,
  note="In sidenote 5 in the margin; Child V attended for 15 hours a week.")
q("How many posts were there in the social work team in September 2023?",["28 posts"],R,[7],"number",tags=["near-miss"],
  note="In sidenote 6 (margin): eleven of 28 posts vacant; 'eleven vacancies' in 4.14 is the distractor.")
q("How many contacts with the family did agencies record over the review period?",["112 contacts"],R,[8],"number",tags=None,
  note="In the shaded box under Table 1; the table itself lists fourteen contacts.")
q("How many practitioners has the seven-minute briefing been sent to?",["1,250"],E,[2],"number",tags=["exec-summary-only"],paras=["ES14"])
q("How many times did Harbour Light try to phone Ms K?",["three times by telephone"],R,[10],"number",tags=["number-in-words"],paras=["5.17"])
q("How many recommendations does the review make?",["seven recommendations"],R,[14],"number",alt=[2],tags=["number-in-words"],paras=["8.1","ES12"])
# --- persons
q("Who referred Child V to the MASH after the hospital attendance with the burn?",["PLN1","paediatric liaison nurse"],R,[6,8],"person",alt=[1],paras=["4.9","ES10"])
q("Who chaired the meeting on 8 December 2023 that decided to step the case down to early help?",["TM1"],R,[7,8],"person",tags=["table"],paras=["4.20"])
q("Which officer completed the DASH risk checklist after the November 2022 incident?",["PC1"],R,[5],"person",paras=["4.3"])
q("Which member of nursery staff first spotted the bruise on Child V's face?",["KW1"],R,[6],"person",tags=["near-miss"],paras=["4.5"],
  note="NM1, the nursery manager, recorded it on a body map; same paragraph.")
q("Who led the review?",["Dr Imogen Farrant"],R,[1,4,11,14],"person",alt=[1],paras=["2.1","ES3"])
q("Who chaired the review panel?",["Mr Tobias Wren"],R,[14],"person",tags=["table"],note="Review panel table after section 8, unnumbered.")
q("Who is quoted in the executive summary as the Partnership chair?",["Ms Harriet Oyelaran"],E,[2],"person",tags=["exec-summary-only"],paras=["ES15"])
# --- factoids
q("What explanation did Ms K give the nursery for the bruise?",["fallen against the arm of the sofa"],R,[6],"factoid",paras=["4.6"])
q("How did Ms K say Child V had burned her hand?",["touched a hot radiator"],R,[6],"factoid",paras=["4.8"])
q("What level of risk did PC1 assess on the DASH checklist?",["medium"],R,[5,8],"factoid",tags=["table"],paras=["4.3"])
q("What did the nursery tell SW2 about Child V in its email of 24 October 2023?",["seems quieter and has lost her sparkle"],R,[7],"factoid",paras=["4.15"])
# --- reasons
q("Why was the nursery not at the second child in need meeting?",["summer closure"],R,[7],"reason",tags=["page-break"],paras=["4.13"],
  note="4.13 starts at the foot of p6; the reason is on p7.")
q("Why was there a delay of over an hour before the ED doctor saw Child V?",["the department was very busy","very busy"],R,[6],"reason",paras=["4.7"])
q("Why did the police notification reach the MASH late?",["waiting in a queue for a supervisor"],R,[9],"reason",tags=None,paras=["5.6"],note="Two-column page (section 5).")
q("Why did Mrs K not tell any agency about her worries?",["did not know whom to tell"],R,[5],"reason",paras=["3.5"])
q("Why did the reviewer not approach Mr D?",["on legal advice"],R,[5],"reason",tags=["page-break"],paras=["2.6"],note="2.6 starts at the foot of p4.")
q("Why was Child V not seen by a health visitor until July 2023 - how was the transfer-in contact done?",["by telephone"],R,[9],"reason",tags=["page-break"],paras=["5.7"],
  note="5.7 runs from column one into column two; Table 1 row 09/08/2022 (p8) says 'by telephone after the move' too.")
q("From when was the family allocated to HV2?",["April 2023"],R,[9,3],"date",paras=["5.7"],
  note="5.7 runs from the foot of column one into column two of p9; the date is at the top of column two. Glossary p3 also says 'from April 2023'.")
# --- lists
q("Who attended the first child in need meeting?",["Ms K","SW1","HV2","NM1"],R,[6],"list",paras=["4.13"],note="The second meeting was attended by Ms K and SW1 only.")
q("Which three bodies make up the statutory partnership that commissioned the review?",["Quillhaven Borough Council","Marrow Bay Integrated Care Board","Tidewater Police"],R,[2],"list",
  note="Unnumbered 'About this report' text on the contents page.")
q("What three things did the 8 December 2023 meeting fail to discuss?",["weight loss","missed GP appointment","nursery’s concerns"],R,[7],"list",paras=["4.21"])
# --- unanswerable
U("What prison sentence did Mr D receive?","The review and summary say only that he was convicted of murder in November 2024; no sentence is given.",["near-miss"])
U("When did the police arrive at the flat on 19 December 2023?","Only the ambulance arrival (07.01 hrs) is timed; police are mentioned later that morning.",["near-miss"])
U("What did the review cost the Partnership?","No cost is given in either document.")
U("On what date was the strategy discussion about the burn held?","No strategy discussion was held (4.10, 6.7).",["near-miss"])
U("What was Child V's weight in kilograms at her two-year review?","Only centiles are given (25th to below 2nd); the only weight in kg is 10.1 kg at post-mortem.",["near-miss"])
U("What date was Child V's rebooked GP appointment?","A second appointment was never made (4.17).",["near-miss"])
U("On what date did HV1 first see Child V at home?","HV1 only made a telephone contact; Child V was not seen by a health visitor until July 2023.",["near-miss"])
U("When did Mr D's criminal trial start?","Only that proceedings concluded in November 2024 and the review was paused April-November 2024.")
U("How many children does the executive summary say SW2 had on her caseload?","The summary gives no caseload; the review gives 27 children (5.15).",["near-miss"])

DROP={8,9,22,26,28,35,37,45,64,46,21,41}
UNTAG={6,16,20,40,3,4,75,77}
Q2=[]
for d in Q:
    n=int(d["id"][2:])
    if n in DROP: continue
    if n in UNTAG and "tags" in d:
        d["tags"]=[t for t in d["tags"] if t!="near-miss"]
        if not d["tags"]: del d["tags"]
    Q2.append(d)
for i,d in enumerate(Q2): d["id"]="qh%03d"%(i+1)
Q[:]=Q2
# verification
bad=0
for d in Q:
    if d["type"]=="unanswerable":
        continue
    places=[(d["file"],p) for p in d["pages"]]+[(a["file"],p) for a in d.get("alt",[]) for p in a["pages"]]
    for a in d["answers"]:
        if not any(norm(a) in T[f][p-1] for f,p in places):
            print("MISSING",d["id"],a); bad+=1
    for p in d["pages"]:
        if not any(norm(a) in T[d["file"]][p-1] for a in d["answers"]): print("PAGE-NO-ANSWER",d["id"],p)
    for f in (R,E):
        for i,t in enumerate(T[f]):
            if any(norm(a) in t for a in d["answers"]) and (f,i+1) not in places:
                print("ALSO-ON",d["id"],f[:14],i+1,d["answers"])
    # paragraph number on a listed page
    for pn in d.get("paragraphs",[]):
        if not any(re.search(r"(^|\s)"+re.escape(pn.lower())+r"\s",T[f][p-1]) for f,p in places): print("PARA?",d["id"],pn)
open(D+"questions.jsonl","w").write("".join(json.dumps(d,ensure_ascii=False)+"\n" for d in Q))
from collections import Counter
print(len(Q),Counter(d["type"] for d in Q),"paras",sum(1 for d in Q if d.get("paragraphs")),
      "nearmiss",sum(1 for d in Q if "near-miss" in d.get("tags",[])))
