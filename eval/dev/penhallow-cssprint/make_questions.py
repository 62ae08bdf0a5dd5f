import json, re, unicodedata, sys
from pypdf import PdfReader
D="/work/main/eval/dev/penhallow-cssprint/"
R="penhallow-ecpr-child-r-report.pdf"; S="penhallow-child-r-learning-summary.pdf"
def norm(s): return re.sub(r"\s+"," ",unicodedata.normalize("NFKC",s)).strip().casefold()
TXT={f:[norm(p.extract_text()) for p in PdfReader(D+f).pages] for f in (R,S)}
PM=json.load(open(D+"paragraph_map.json"))
def find(f, answers, loc):
    out=[]
    for i,t in enumerate(TXT[f]):
        if any(norm(a) in t for a in answers) and all(norm(l) in t for l in loc): out.append(i+1)
    return out
Q=[]
def q(question, typ, answers, file=R, paras=(), tags=(), note=None, loc=(), pages=None, alt=None, altloc=None):
    Q.append(dict(question=question,type=typ,answers=answers,file=file,paras=paras,tags=list(tags),note=note,loc=loc,pages=pages,alt=alt,altloc=altloc))
def u(question, note, tags=("near-miss",)):
    Q.append(dict(question=question,type="unanswerable",answers=[],file=None,paras=(),tags=list(tags),note=note))

# ---------------- dates and times
q("On what day was Child R found seriously ill at home and taken to hospital?", "date", ["14 February 2023","14/02/23"], paras=["n_admission","intro_incident"], tags=["table"], loc=(), note="Second hospital attendance; the first was 4 August 2022.")
q("What time did the grandmother ring for an ambulance in February 2023?", "date", ["17.05 hrs"], paras=["n_admission"], tags=["time","table","near-miss"], note="Not 17.40 hrs (arrival at ED) or 16.30 hrs (Mrs G arrives).")
q("What time did Child R reach the emergency department on the day she was admitted with sepsis?", "date", ["17.40 hrs"], paras=["n_admission"], tags=["time","table","near-miss"], note="Not 19.50 hrs (August 2022 attendance) or 17.05 hrs (ambulance call).")
q("At what time was Child R brought to A&E with the abscess in summer 2022?", "date", ["19.50 hrs"], paras=["n_ed1"], tags=["time","table","near-miss"], note="Distractor: 17.40 hrs, February 2023 arrival.")
q("What time did police attend the first domestic abuse incident at the flat?", "date", ["23.15 hrs"], paras=["n_dv1"], tags=["time","table","near-miss"], note="Second incident was at 01.40 hrs.")
q("At what time did the February 2022 domestic incident happen?", "date", ["01.40 hrs"], paras=["n_dv2"], tags=["time","table","near-miss"], note="First incident 23.15 hrs.")
q("What time did the school's safeguarding lead phone through the referral about the bruised ear?", "date", ["11.20 hrs"], paras=["n_bruise"], tags=["time","table"])
q("When was the first strategy discussion about Child R held?", "date", ["24 January 2023","24 Jan 2023"], paras=["n_strat1"], tags=["table","near-miss"], note="Second was 15 February 2023.")
q("On what date did agencies hold the strategy discussion that agreed joint section 47 enquiries?", "date", ["15 February 2023","15/02/23"], paras=["n_strat2","intro_period"], tags=["table","near-miss"], pages=[5,8,10], note="First strategy discussion 24 January 2023 found threshold not met.")
q("When did the second social worker visit the home and find Child R asleep on the sofa?", "date", ["19 January 2023","19 Jan 2023"], paras=["n_sw2_visit","a_seen"], tags=["table","near-miss"], note="HV2's home visit was 14 September 2022; SW2's unannounced visit 8 February 2023.")
q("When did the generic health visitor make her first visit to the Coedlan estate house?", "date", ["14 September 2022","14/09/22"], paras=["n_hv2_visit"], tags=["table","near-miss"], note="HV1's visits were 6 October 2021 and 9 February 2022.")
# DROPPED q("On what date did SW1 first visit the family at home?", "date", ["22 March 2022","22 Mar 2022"], paras=["n_sw1"], tags=["table","near-miss"], note="Second visit 28 April 2022; allocation 14 March 2022.")
q("When did Mrs G first telephone Children's Services with her worries?", "date", ["12 October 2022","12.10.2022"], paras=["n_gran1","a_gran"], tags=["table","near-miss"], note="Second call 5 January 2023 (report) / 6 January 2023 (summary).")
q("According to the easy read learning summary, on what date did Child R's grandmother make her second call?", "date", ["6 January 2023"], file=S, tags=["named-document"], alt=[], note="The report says 5 January 2023.")
q("According to the review report, when did Mrs G telephone the IAA service for the second time?", "date", ["5 January 2023","5 Jan 2023"], paras=["n_gran2","a_gran"], tags=["named-document","table"], alt=[], note="The learning summary says 6 January 2023.")
q("On what date did the dental officer write to the health visitor and the GP practice after discharging Child R?", "date", ["9 December 2022","09.12.2022"], paras=["n_wnb"], tags=["page-break","table"], note="Sentence starts at the foot of physical page 7; the date is on page 8.")
# DROPPED q("When did Child R begin attending the nursery class at Coedlan Primary School?", "date", ["7 September 2022","07/09/22"], paras=["n_school"], tags=["table"], note="Flying Start start date 13 September 2021 is a distractor.")
q("What is the publication date printed on the cover of the review?", "date", ["2 May 2024"], tags=["named-document"], alt=[], note="Cover only; the summary says only May 2024.")
q("When did the Board endorse the report and accept its recommendations?", "date", ["14 March 2024"], note="Cover and foreword.")
q("On what date did the independent reviewer sign her statement of independence?", "date", ["9 February 2024"], note="Appendix B; panel chair signed on 12 February 2024.", tags=["near-miss"])
# DROPPED q("When was Mr E sentenced?", "date", ["22 June 2022","22 Jun 2022"], paras=["fam_father"], tags=["table"])
# DROPPED q("On what date was Child R discharged from hospital to her grandmother?", "date", ["6 March 2023","06/03/23"], paras=["n_strat2"], tags=["table"])
# ---------------- numbers
q("According to the full report, how many practitioners attended the learning event?", "number", ["23"], paras=["intro_event"], tags=["named-document"], alt=[], pages=[5], note="The learning summary says 26.")
q("How many practitioners came to the learning event, according to the easy read summary?", "number", ["26 practitioners"], file=S, tags=["named-document"], alt=[], note="The report says 23.")
q("In the review report, what was Child R's nursery attendance in the spring term of 2023?", "number", ["38%"], paras=["n_spring"], tags=["named-document","table"], alt=[], note="The learning summary says 41%; autumn 2022 was 64%.")
q("What spring term 2023 attendance figure does the easy read summary give for Child R?", "number", ["41%"], file=S, tags=["named-document"], alt=[], note="Report says 38%.")
q("What was Child R's nursery attendance in the autumn term of 2022?", "number", ["64%"], paras=["n_school"], tags=["table","near-miss"], note="Spring 2023: 38% (report).")
q("How much did Child R weigh when she was admitted in February 2023?", "number", ["12.1 kg"], paras=["intro_incident"], note="Also in the Key facts box. Distractor 15.2 kg (February 2022).", tags=["near-miss"])
q("What did Child R weigh at her developmental review with HV1?", "number", ["15.2 kg"], paras=["n_hv1_visit"], tags=["table","near-miss"], note="Distractor 12.1 kg at admission.")
q("How much rent was Ms D behind when the housing officer visited in November 2022?", "number", ["£1,946"], paras=["n_housing"], tags=["table"])
# DROPPED q("How long was the prison sentence given to Child R's father?", "number", ["32 months"], paras=["fam_father"], tags=["table"])
q("How many of Child R's teeth were taken out under general anaesthetic?", "number", ["seven"], paras=["n_strat2"], tags=["number-in-words","table"], loc=("teeth",))
q("How long did Child R stay in hospital?", "number", ["20 days"], paras=["n_strat2"], tags=["table"])
q("How many children did HV2 say she had on her caseload that autumn?", "number", ["three hundred and ten"], tags=["number-in-words"], note="Blockquote of a practitioner's words, not a numbered paragraph.")
q("How many contacts did the IAA service receive in 2022 to 2023?", "number", ["4,212"], paras=["a_gran"])
q("How many cases was SW2 carrying in January 2023?", "number", ["27 cases"], paras=["a_seen"], tags=["near-miss"], note="Team target was 18.")
# DROPPED q("How many emergency department notifications went through the new health visiting inbox in its first three months?", "number", ["1,140"], paras=["act_hb"])
q("How long did it take for the first surgery's records to reach Heol Ddu Medical Centre?", "number", ["eleven weeks"], paras=["ag_records","a_transfer"], tags=["number-in-words"])
# DROPPED q("How many housing officers at Tir Glas have now had face-to-face safeguarding training?", "number", ["all 14"], paras=["act_housing"])
# DROPPED q("How old was Child R's mother when the review period began?", "number", ["24 years old"], paras=["fam_comp"])
q("How many Flying Start sessions a week did Child R attend?", "number", ["five sessions a week"], paras=["n_flyingstart"], tags=["number-in-words","table"])
# DROPPED q("How many times did the domestic violence adviser meet Ms D before contact lapsed?", "number", ["four times"], paras=["n_dv2"], tags=["number-in-words"])
q("How many times did the review panel meet?", "number", ["six occasions"], paras=["intro_reviewer"], tags=["number-in-words"])
q("Under the dental service's policy in force at the time, after how many missed appointments was a child discharged?", "number", ["two consecutive missed appointments"], note="Footnote 3.")
# DROPPED q("How many previous reviews had the independent reviewer carried out?", "number", ["11 previous reviews"], note="Appendix B statement table.")
# ---------------- persons
q("Who was the independent reviewer?", "person", ["Dr Siân Trevarthen"], paras=["intro_reviewer"])
# DROPPED q("Who wrote the foreword as chair of the safeguarding board?", "person", ["Eleri Vaughan-Hughes"])
q("Who chaired the review panel?", "person", ["Carys Maddock"], paras=["intro_reviewer"])
q("Which police officer attended the November 2021 incident?", "person", ["PC1"], paras=["n_dv1"], tags=["table","near-miss"], loc=("23.15",), note="PC2 attended the February 2022 incident.")
q("Which practitioner noticed the bruise on Child R's ear?", "person", ["NT1"], paras=["n_bruise"], tags=["table","near-miss"], loc=("bruise","ear"), note="DSL1 made the referral.")
# DROPPED q("Which doctor treated Child R's dental abscess in the emergency department in August 2022?", "person", ["ED1"], paras=["n_ed1"], tags=["table"], loc=("abscess",))
q("Which housing officer saw that the house had no food and no bedding?", "person", ["HO1"], paras=["n_housing"], tags=["table","near-miss"], loc=("bedding",), note="HO2 signed the tenancy.")
q("Who signed Ms D's tenancy for the Coedlan estate house?", "person", ["HO2"], paras=["n_move","good_ho2"], tags=["table","near-miss"], pages=[4,7,9,11], note="HO1 made the arrears visit.")
# DROPPED q("Who allocated the case to SW2 in January 2023?", "person", ["TM1"], paras=["n_gran2"], tags=["table"], loc=("allocate",))
# ---------------- factoids
q("How was Mr F described to the social worker when she met him at the house?", "factoid", ["a friend from the estate"], paras=["fam_partner"])
q("Under what category were both children placed on the child protection register?", "factoid", ["neglect"], paras=["n_strat2"], tags=["table"], loc=("category",))
# DROPPED q("In which prison was Mr E held?", "factoid", ["HMP Cefn Tor"], paras=["intro_family","n_prison"])
# DROPPED q("Where did the practitioners' learning event take place?", "factoid", ["Tŷ Coedlan Community Centre"], paras=["intro_event"])
q("What is the review's reference number?", "factoid", ["PSCB/ECPR/02/2023"], note="Cover and running header on every page.")
q("To which hospital's intensive care unit was Child R transferred?", "factoid", ["Glanmor Children's Hospital"], paras=["n_admission","good_pictu"], tags=["table"], note="In paragraph 1.1 the name is hyphenated at a line end on page 5.")
q("What name did the children use for their grandmother?", "factoid", ["Nain"], note="Key to role codes and the pull quote.")
q("According to the learning summary, what did Child R tell her grandmother about her teeth in December 2022?", "factoid", ["My teeth hurt when I eat"], file=S, tags=["named-document"], alt=[])
# DROPPED q("What phone number does the easy read summary give for raising a concern about a child?", "factoid", ["01632 960 417"], file=S, tags=["named-document"], alt=[])
# ---------------- reasons
q("Why did Child R lose her Flying Start childcare place?", "reason", ["outside the Flying Start area","new address is outside the area"], paras=["n_move"], tags=["table"])
q("Why was Child R's poor nursery attendance not followed up by the Education Welfare Service?", "reason", ["below compulsory school age"], paras=["n_school","a_nursery"])
# DROPPED q("What explanation did Ms D give SW2 for Child R being so tired during the January 2023 visit?", "reason", ["up in the night with a cold"], paras=["n_sw2_visit"])
q("Why did nobody at Heol Ddu act on the dental discharge letter?", "reason", ["correspondence for information","filed without being seen by a clinician"], paras=["n_wnb"])
# DROPPED q("Why did Mrs G not ring NHS 111 after Christmas 2022?", "reason", ["seemed a bit brighter"], paras=["n_xmas"])
q("What decides whether a family is eligible for Flying Start?", "reason", ["postcode"], paras=["a_transfer"], note="Footnote 2 and paragraph 5.7.")
# ---------------- lists
q("Who took part in the first strategy discussion in January 2023?", "list", ["SW2","TM1","DS1","DSL1"], paras=["n_strat1"], tags=["table","near-miss"], loc=("24 Jan",), note="Second discussion also had the consultant paediatrician and HV2.")
q("What did the housing officer find at the house in November 2022?", "list", ["no food in the kitchen","dog faeces on the landing","no bedding"], paras=["n_housing"], loc=("dog faeces",))
q("Which services did IAA1 fail to contact after Mrs G's first call?", "list", ["the school","the health visitor","the GP practice"], paras=["n_gran1"], loc=("stirring",))
q("According to the Key facts box, how many contacts did the IAA service receive about the family?", "number", ["5 (two from Mrs G)"], tags=["named-document"], alt=[], note="Sidebar only.")
q("Who is quoted in the pull quote saying that they heard the grandmother but did not listen?", "person", ["a duty worker"], note="Pull quote in section 5; attribution line.")
# ---------------- unanswerable
u("On what date was Mr E released from HMP Cefn Tor?", "Only the sentence (32 months) and prison are given; no release date.")
u("What sentence did Ms D receive for neglect?", "Proceedings were still in progress; no outcome stated.")
u("How much did the Extended Child Practice Review cost?", "Appendix A says the cost is not included.")
u("What did Child R weigh at HV2's home visit in September 2022?", "She was not weighed; weights given are 15.2 kg (Feb 2022) and 12.1 kg (admission).")
u("How many managers attended the follow-up session on 2 November 2023?", "Only the learning event attendance (23 / 26) is given.")
u("What was Child R's nursery attendance in the summer term of 2023?", "Only autumn 2022 and spring 2023 figures exist.")
u("On what date did the review panel hold its first meeting?", "Only 'six occasions between May 2023 and February 2024'.")
u("What time did SW2 arrive for her unannounced visit on 8 February 2023?", "No time given; times exist for other events.")
u("How much did Child S weigh when he was placed with his grandmother?", "Never stated.", tags=("near-miss",))
u("What was the name of the prison officer Mr E spoke to about Child R?", "Not stated; PO1 is the probation officer.")

# ---------------- resolve
out=[]
for n,x in enumerate(Q,1):
    rec={"id":"ph%03d"%n,"question":x["question"],"answers":x["answers"],"file":x["file"]}
    if x["type"]=="unanswerable":
        rec.update(pages=[],type="unanswerable",tags=x["tags"],note=x["note"]); out.append(rec); continue
    f=x["file"]; pages=x["pages"] or find(f,x["answers"],x["loc"])
    rec["pages"]=pages; rec["type"]=x["type"]
    if x["alt"] is None:
        other=S if f==R else R
        ap=find(other,x["answers"],x["loc"] if x["altloc"] is None else x["altloc"])
        alt=[{"file":other,"pages":ap}] if ap else []
    else: alt=x["alt"]
    if alt: rec["alt"]=alt
    if x["tags"]: rec["tags"]=x["tags"]
    if x["note"]: rec["note"]=x["note"]
    if x["paras"]: rec["paragraphs"]=[PM[k] for k in x["paras"]]
    # every answer must be somewhere
    allp=[(f,p) for p in pages]+[(a["file"],p) for a in alt for p in a["pages"]]
    for a in x["answers"]:
        if not any(norm(a) in TXT[ff][p-1] for ff,p in allp): print("MISSING",rec["id"],a, file=sys.stderr)
    if not pages: print("NOPAGES",rec["id"],file=sys.stderr)
    out.append(rec)
with open(D+"questions.jsonl","w") as fh:
    for r in out: fh.write(json.dumps(r,ensure_ascii=False)+"\n")
from collections import Counter
print(len(out), Counter(r["type"] for r in out))
for r in out:
    if r["type"]!="unanswerable": print(r["id"], r["pages"], r.get("alt"), r.get("paragraphs"), r["answers"])
