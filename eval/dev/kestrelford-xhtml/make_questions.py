import json, re, unicodedata
from pypdf import PdfReader
R="kestrelford-cspr-child-p-report.pdf"; S="kestrelford-child-p-learning-summary.pdf"
def norm(s): return re.sub(r"\s+"," ",unicodedata.normalize("NFKC",s)).strip().casefold()
T={f:[norm(p.extract_text()) for p in PdfReader(f).pages] for f in (R,S)}
def pg(f,ans): return [i+1 for i,t in enumerate(T[f]) if any(norm(a) in t for a in ans)]
Q=[]
def q(question,answers,typ,file=R,paras=None,tags=(),note=None,alt=None,pages=None,altpages=None):
    rec={"id":"kf%03d"%(len(Q)+1),"question":question,"answers":answers,"file":file if answers else None}
    rec["pages"]=(pages or pg(file,answers)) if answers else []
    rec["type"]=typ
    if alt:
        af=S if file==R else R
        ap=altpages or pg(af,alt)
        rec["alt"]=[{"file":af,"pages":ap}]
    if tags: rec["tags"]=list(tags)
    if note: rec["note"]=note
    if paras and answers: rec["paragraphs"]=paras
    Q.append(rec)
U="unanswerable"
q("On what date was Child P taken to hospital with his injuries?",["14 September 2025","14/09/2025"],"date",paras=["1.1","4.12"],tags=["table"],note="Same date ends the review period (2.1); 4.12 says 'the night of 13 to 14 September 2025'.")
q("At what time did the father ring 999 on the night Child P was hurt?",["02.58 hrs","02.58"],"date",paras=["4.12"],tags=["time","near-miss","table"],note="Ambulance arrived 03.11 hrs and ED arrival 03.25 hrs in the same paragraph.")
q("What time did Child P get to the emergency department?",["03.25 hrs","03.25"],"date",paras=["4.12"],tags=["time","near-miss","table"],note="999 call 02.58 hrs and ambulance 03.11 hrs in the same sentence pair.")
q("When did the ambulance reach the flat?",["03.11 hrs"],"date",paras=["4.12"],tags=["time","near-miss"],note="02.58 hrs (999 call) and 03.25 hrs (ED) in the same paragraph.")
q("What time was the GP appointment at which the bruise was noticed?",["10.40 hrs","10.40"],"date",paras=["4.5"],tags=["time","table"])
q("At what time did the police officers turn up at the flat after the neighbour's call in July 2025?",["23.15 hrs","23.15"],"date",paras=["4.8"],tags=["time","near-miss","table"],note="The neighbour's call was at 22.50 hrs, same paragraph and table row.")
q("What time did the neighbour phone the police about the shouting?",["22.50 hrs","22.50"],"date",paras=["4.8"],tags=["time","near-miss","table"],note="Officers arrived 23.15 hrs.")
q("When was the national Child Safeguarding Practice Review Panel told about the incident?",["16 September 2025"],"date",paras=["1.2"],tags=["near-miss"],note="Rapid review 25 September and commissioning 2 October 2025 in the same paragraph.")
q("According to the review report, on what date did the rapid review meeting take place?",["25 September 2025"],"date",paras=["1.2"],tags=["named-document","near-miss"],note="The learning summary says 24 September 2025; 16 September notification in the same paragraph.")
q("According to the learning summary, when did the Partnership hold its rapid review?",["24 September 2025"],"date",file=S,paras=["3"],tags=["named-document","exec-summary-only"],note="The report gives 25 September 2025 (1.2); the report's 24 September 2025 is the interim care order.")
q("How many rib fractures does the review report say Child P had?",["three healing rib fractures","three"],"number",paras=["1.1"],tags=["named-document","number-in-words"],note="The learning summary says four.",pages=[2])
q("In the learning summary, how many rib fractures are mentioned?",["four rib fractures","four"],"number",file=S,paras=["1"],tags=["named-document","exec-summary-only","number-in-words"],note="The report says three (1.1).")
q("Which bone was broken when Child P was brought to hospital?",["left femur","thigh bone"],"factoid",paras=["1.1"],alt=["thigh bone"])
q("How old was Child P's mother when he was born?",["19"],"number",paras=["3.1"],tags=["near-miss"],alt=["aged 19"],note="Mr R was 24, same sentence group; she was looked after between 13 and 16.",pages=[3])
q("How old was Child P's father?",["24"],"number",paras=["3.1"],tags=["near-miss"],alt=["aged 24"],note="Ms K was 19 in the same paragraph.",pages=[3])
q("How much rent did the lodger pay?",["£85 a week"],"number",paras=["3.2"])
q("On what date did the lodger move into the flat?",["4 May 2025","04/05/2025"],"date",paras=["3.2","4.4"],tags=["near-miss","table"],note="4.4 also gives 6 May 2025, the eight-week immunisations; the learning summary says only May 2025.")
q("How big was the bruise the GP saw on Child P's face?",["2 cm"],"number",paras=["4.5"],tags=["table"])
q("What explanation did the mother give the GP for the bruise on the cheek?",["caught by the dummy clip","caught by a dummy clip"],"factoid",paras=["4.5"],alt=["caught by a dummy clip"])
q("Which social worker screened the police notification in the MASH?",["SW1"],"person",paras=["4.10"],tags=["near-miss"],note="TM1 agreed the step-down in the same paragraph.",pages=[5,6])
q("Who signed off the decision to step the case down to Early Help?",["TM1"],"person",paras=["4.10"],tags=["near-miss"],note="SW1 screened the notification, same paragraph.",pages=[5])
q("On what date was the step-down to Early Help agreed?",["6 August 2025"],"date",paras=["4.10"],tags=["near-miss"],note="Screening was on 5 August 2025, same paragraph.")
q("Which health visitor made the home visit on 2 July 2025?",["HV2"],"person",paras=["4.7"],tags=["near-miss"],note="HV1 did the antenatal and new birth visits.",pages=[4])
q("What was Child P's date of birth?",["3 March 2025","03/03/2025"],"date",paras=["3.1"],tags=["table"])
q("How much were the couple's rent arrears when the health visitor first met them before the birth?",["£640"],"number",paras=["4.2"],tags=["near-miss"],note="By August 2025 arrears were £1,120 (5.7).")
q("What had the rent arrears to the housing association reached by August 2025?",["£1,120"],"number",paras=["5.7"],tags=["near-miss"],note="£640 in February 2025 (4.2).")
q("On which dates did the mother cancel the Early Help home visits?",["21 August","3 September 2025"],"list",paras=["4.11"],tags=["near-miss"],note="EH1 was allocated on 11 August 2025 in the same paragraph.")
q("When was the Early Help worker allocated to the family?",["11 August 2025"],"date",paras=["4.11"],tags=["near-miss"],note="Cancelled visits 21 August and 3 September 2025 in the same paragraph.")
q("What proportion of local GP staff had done the bruising protocol training by March 2025?",["41%"],"number",paras=["5.2"])
q("How many contacts did the MASH receive in August 2025?",["1,384"],"number",paras=["5.9"],tags=["near-miss"],note="SW1 screened 31 contacts that day, same paragraph.")
q("How many contacts did SW1 screen on the day she dealt with the police notification?",["31"],"number",paras=["5.9"],tags=["near-miss"],note="1,384 contacts in the month, same paragraph.",pages=[7])
q("Who was the independent lead reviewer?",["Dr Alison Penhallow","Alison Penhallow"],"person",alt=["Dr Alison Penhallow"])
q("Which emergency department consultant arranged the skeletal survey?",["Dr Okafor-Leigh"],"person",paras=["5.10"])
q("Why was the midwife's routine question about domestic abuse not asked at the booking appointment?",["Mr R was present at the appointment","Mr R was present"],"reason",paras=["4.1"])
q("Why did the social worker screening the case not see the GP's record of the bruise?",["health information was not requested"],"reason",paras=["4.10"])
q("Why did the family take in a lodger, according to the review?",["the lodger's rent was the reason"],"reason",paras=["5.7"])
q("For how long was the review put on hold at the request of prosecutors?",["eleven weeks"],"number",tags=["number-in-words"],note="Footnote 1 to paragraph 1.3.")
q("When was the review report published?",["14 April 2026"],"date",tags=["near-miss"],note="Cover; approved 19 March 2026, commissioned 2 October 2025.")
q("How much money has the Partnership set aside to relaunch the bruising protocol?",["£12,500"],"number",file=S,paras=["10"],tags=["exec-summary-only"])
q("Who should practitioners contact with questions about the Child P learning summary?",["Mr Idris Fenwick","Idris Fenwick"],"person",file=S,paras=["12"],tags=["exec-summary-only"])
q("How many practitioners and managers took part in the learning events?",["23"],"number",paras=["1.4"],tags=["near-miss"],note="Eleven practitioners were interviewed individually (2.3).",pages=[2])
q("On what date was Child P discharged from hospital to his grandmother?",["17 September 2025"],"date",paras=["4.13"],tags=["near-miss"],note="Interim care order on 24 September 2025 in the same paragraph.")
q("What kind of court order was Child P made subject to after leaving hospital?",["interim care order"],"factoid",paras=["4.13"],tags=["page-break"],note="The sentence ends on the next page with its date (24 September 2025), which is split across pages 5 and 6.")
q("What time was the strategy discussion held after Child P's admission?",["10.00 hrs"],"date",paras=["4.12"],tags=["time","near-miss"],note="Same paragraph gives 02.58, 03.11 and 03.25 hrs.")
q("What was EH1's job title?",["Family support worker"],"person",tags=["table"])
q("According to the key learning box, what should police record when attending domestic abuse?",["every child and every adult present"],"factoid",tags=[],note="Key learning box (tinted table), not a numbered paragraph.")
q("Which adult in the household was charged with causing Child P's injuries?",[],U,tags=["near-miss"],note="1.3 says proceedings against one adult were under way and the review does not say who caused the injuries.")
q("At what time of day did HV2 visit the flat on 2 July 2025?",[],U,tags=["near-miss"],note="4.7 gives only the date; the clock times given are for the GP, police and the night of the injury.")
q("How much did the Child P review cost?",[],U,tags=["near-miss"],note="The only sum for the Partnership is the £12,500 budget for relaunching the bruising protocol (summary 10).")
q("What job did the lodger do?",[],U,tags=["near-miss"],note="3.2 says only that Mr T was a friend of Mr R from work.")
q("On what date was the child protection conference for Child P held?",[],U,tags=["near-miss"],note="No conference is recorded; a strategy discussion was held at 10.00 hrs on 15 September 2025.")
q("How large was the bruise on Child P's ear when he was admitted in September 2025?",[],U,tags=["near-miss"],note="No size is given; the 2 cm bruise was on the cheek in June 2025.")
q("How much did Child P weigh when he was admitted to hospital?",[],U,tags=["near-miss"],note="Only his birth weight, 2.9 kg, is given (4.3).")
q("How many GP practices received briefings on the relaunched protocol?",[],U,tags=["near-miss"],note="The summary says every GP practice in the borough; no number. 14 is the clinical staff at Tanner Lane.")
q("What sentence did Mr R receive for his 2021 conviction?",[],U,tags=["near-miss"],note="3.1 gives only two earlier convictions for violence, the latest in 2021.")
with open("questions.jsonl","w") as fh:
    for r in Q: fh.write(json.dumps(r,ensure_ascii=False)+"\n")
for r in Q:
    if r["answers"]:
        print(r["id"],r["pages"],r.get("alt"),r["answers"][:2])
        if not r["pages"]: print("  !!! NO PAGES")
