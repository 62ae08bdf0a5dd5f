"""Build the FICTIONAL Kestrelford "Child P" corpus.

Generator: xhtml2pdf (PyPI `xhtml2pdf`, layout by reportlab) from HTML+CSS held in this file.
Run:  python3 -m venv /tmp/gen-kestrelford && /tmp/gen-kestrelford/bin/pip install pypdf xhtml2pdf
      /tmp/gen-kestrelford/bin/python build.py
Writes kestrelford-cspr-child-p-report.pdf (A5; cover full width, body in two @frame columns)
and kestrelford-child-p-learning-summary.pdf (one column).
Everything is fictional.
"""
import os
from xhtml2pdf import pisa

HERE = os.path.dirname(os.path.abspath(__file__))

REPORT_CSS = """
@page { size: a5 portrait;
  @frame cbody { left: 1.5cm; width: 11.8cm; top: 2cm; height: 16.5cm; }
  @frame footer { -pdf-frame-content: footerContent; left: 1.2cm; width: 12.4cm; top: 19.9cm; height: 0.8cm; }
}
@page cols { size: a5 portrait;
  @frame header { -pdf-frame-content: headerContent; left: 1.2cm; width: 12.4cm; top: 0.4cm; height: 1cm; }
  @frame col1 { left: 1.2cm; width: 5.9cm; top: 1.4cm; height: 18.3cm; }
  @frame col2 { left: 7.7cm; width: 5.9cm; top: 1.4cm; height: 18.3cm; }
  @frame footer { -pdf-frame-content: footerContent; left: 1.2cm; width: 12.4cm; top: 19.9cm; height: 0.8cm; }
}
body { font-family: Helvetica; font-size: 11.5pt; line-height: 1.5; }
h1 { font-size: 20pt; color: #1d3a5f; }
h2 { font-size: 11.5pt; color: #1d3a5f; margin-top: 8pt; margin-bottom: 3pt; }
p { margin: 0 0 5pt 0; text-align: justify; }
.fn { font-size: 7.5pt; color: #333; border-top: 0.5pt solid #888; padding-top: 2pt; margin-top: 4pt; }
.box { background-color: #e3eef8; border: 0.8pt solid #1d3a5f; padding: 4pt; }
.tbl td, .tbl th { border: 0.5pt solid #777; padding: 2pt; font-size: 8pt; vertical-align: top; }
.tbl th { background-color: #d6d6d6; }
.hdr { font-size: 8pt; color: #555; }
"""

HEADER = ('<div id="headerContent" class="hdr">FICTIONAL — practice document · Kestrelford Safeguarding '
          'Children Partnership · CSPR "Child P"</div>')
FOOTER = ('<div id="footerContent" class="hdr" style="text-align:center">FICTIONAL — practice document · '
          'Page <pdf:pagenumber></div>')

COVER = """
<p style="font-size:10pt">FICTIONAL — practice document</p>
<h1>Kestrelford Safeguarding Children Partnership</h1>
<p style="font-size:16pt; color:#1d3a5f">Child Safeguarding Practice Review<br/>"Child P"</p>
<p style="font-size:11pt">Independent lead reviewer: Dr Alison Penhallow<br/>
Review commissioned: 2 October 2025<br/>
Report approved by the Partnership: 19 March 2026<br/>
Published: 14 April 2026</p>
<p style="font-size:9pt">This report concerns a six-month-old baby who suffered serious non-accidental injuries while
living with his parents and a lodger. The names used are not the family's real names. Practitioners are
identified by role codes, listed in the table at section 3.</p>
<p style="font-size:9pt">Contents: 1 Introduction · 2 Terms of reference and method · 3 The family and the agencies ·
4 Key episodes · 5 Analysis · 6 Findings · 7 Recommendations</p>
"""

BODY = """
<h2>1. Introduction</h2>
<p><b>1.1</b> Child P was six months old when he was brought to the emergency department of Kestrelford
General Hospital in the early hours of 14 September 2025. He was found to have a fracture of the left femur,
three healing rib fractures and bruising to his ear and upper arm. Doctors concluded that the injuries were
non-accidental.</p>
<p><b>1.2</b> The Partnership notified the Child Safeguarding Practice Review Panel of the serious incident on
16 September 2025. A rapid review meeting was held on 25 September 2025, and on 2 October 2025 the Partnership's
three safeguarding partners agreed that a local child safeguarding practice review should be commissioned.</p>
<p><b>1.3</b> Child P lived with his mother, Ms K, his father, Mr R, and a lodger, Mr T, in a two-bedroom
flat on the Brindlegate estate. Criminal proceedings against one adult in the household were still under way
when this report was written, so the review does not say who caused the injuries.<sup>1</sup></p>
<p><b>1.4</b> The Partnership thanks Child P's maternal grandmother, who spoke to the lead reviewer twice,
and the 23 practitioners and managers who took part in the learning events.</p>
<div class="fn"><sup>1</sup> The review was paused for eleven weeks between December 2025 and February 2026 at the
request of the Crown Prosecution Service.</div>

<h2>2. Terms of reference and method</h2>
<p><b>2.1</b> The review covers the period from 1 December 2024, when Ms K's pregnancy was first recorded by her
GP, to 14 September 2025. Events before that date are summarised only where they help to explain the adults'
histories.</p>
<p><b>2.2</b> <b>Key lines of enquiry.</b> The review asked: how agencies assessed the risks posed by the adults
caring for Child P, including the lodger; whether bruising in a non-mobile baby was recognised and acted upon;
how information about domestic abuse was shared; and whether the voice of the baby was heard.</p>
<p><b>2.3</b> The method followed a systems approach. Seven agencies supplied chronologies and short reports,
two practitioner learning events were held on 12 and 26 November 2025, and the lead reviewer interviewed eleven
practitioners individually.</p>
<p><b>2.4</b> Ms K declined to take part in the review. Mr R met the lead reviewer once, on 8 January 2026, in
the presence of his solicitor. Mr T could not be traced.</p>

<h2>3. The family and the agencies</h2>
<p><b>3.1</b> Ms K was 19 when Child P was born on 3 March 2025. She had been looked after by the local
authority between the ages of 13 and 16, and had a history of low mood. Mr R was 24. He had two earlier
convictions for offences of violence, the latest in 2021.<sup>2</sup></p>
<p><b>3.2</b> Mr T, aged 31, moved into the flat as a lodger on 4 May 2025, paying £85 a week in rent. He
was a friend of Mr R from work. No agency knew that he was living in the household until after Child P was
injured.</p>
<p><b>3.3</b> The practitioners who had contact with the family are shown below by role code.</p>
<table class="tbl" repeat="1">
<tr><th width="18%">Code</th><th width="42%">Role</th><th width="40%">Agency</th></tr>
<tr><td>MW1</td><td>Community midwife</td><td>Kestrelford General Hospital maternity service</td></tr>
<tr><td>HV1</td><td>Health visitor (antenatal and new birth visits)</td><td>Kestrelford Community Health Trust</td></tr>
<tr><td>HV2</td><td>Health visitor (from June 2025)</td><td>Kestrelford Community Health Trust</td></tr>
<tr><td>GP1</td><td>General practitioner</td><td>Tanner Lane Surgery</td></tr>
<tr><td>PC1</td><td>Response police constable</td><td>Kestrelford Constabulary</td></tr>
<tr><td>SW1</td><td>Social worker, front door (MASH)</td><td>Kestrelford Children's Social Care</td></tr>
<tr><td>TM1</td><td>Team manager, MASH</td><td>Kestrelford Children's Social Care</td></tr>
<tr><td>EH1</td><td>Family support worker</td><td>Kestrelford Early Help Service</td></tr>
</table>
<div class="fn"><sup>2</sup> Police national computer records supplied to the review by Kestrelford Constabulary.</div>

<h2>4. Key episodes</h2>
<p><b>4.1</b> <b>Pregnancy.</b> Ms K booked with MW1 on 9 January 2025, when she was 22 weeks pregnant. The
routine enquiry about domestic abuse was not asked, because Mr R was present at the appointment and no other
time was found to see Ms K alone.</p>
<p><b>4.2</b> HV1 made an antenatal contact on 6 February 2025. She recorded that Ms K "seemed anxious" and
that the couple were in rent arrears of £640. She planned a follow-up that did not take place.</p>
<p><b>4.3</b> <b>Birth and new birth visit.</b> Child P was born at 38 weeks and weighed 2.9 kg. HV1 carried out
the new birth visit on 14 March 2025. She noted a Moses basket, a pram and a clean flat.</p>
<p><b>4.4</b> <b>The lodger arrives.</b> Mr T moved in on 4 May 2025. Ms K mentioned "a friend of R's staying for
a bit" to the practice nurse at Child P's eight-week immunisations on 6 May 2025, but this was not recorded
in a way that anyone else would see.</p>
<p><b>4.5</b> <b>The bruise seen by the GP.</b> On 19 June 2025 Ms K took Child P, then 15 weeks old, to Tanner
Lane Surgery with a cough. The appointment was at 10.40 hrs and lasted ten minutes. GP1 noted a bruise of about
2 cm on the left cheek. Ms K said that Child P had been "caught by the dummy clip". GP1 accepted this and did not
make a referral.</p>
<p><b>4.6</b> GP1 told the review that he had not thought of Child P as a baby who could not move about by
himself, and that he was not aware of the Partnership's bruising protocol for non-mobile babies, which had been
revised in 2023.<sup>3</sup></p>
<div class="fn"><sup>3</sup> Kestrelford SCP, <i>Bruising in non-mobile babies: multi-agency protocol</i>, third
edition.</div>
<p><b>4.7</b> HV2 visited on 2 July 2025. A man's coat and work boots were in the hallway. Ms K said they
belonged to Mr R. HV2 did not see the second bedroom, where Mr T was sleeping.</p>
<p><b>4.8</b> <b>Domestic incident.</b> On 28 July 2025 a neighbour called the police at 22.50 hrs to report
shouting and a baby crying. PC1 and a colleague arrived at 23.15 hrs. Mr R had left. Ms K had a red mark on her
neck and said that they had argued about money. The risk assessment was graded standard, and a notification
was sent to Children's Social Care on 30 July 2025.</p>
<p><b>4.9</b> PC1 recorded that "a male friend" was in the flat but did not take his name. The body-worn
video shows a second man in the kitchen.</p>
<p><b>4.10</b> <b>MASH screening.</b> SW1 screened the notification on 5 August 2025. She saw that Mr R had
convictions for violence but did not see the GP record of the bruise, because health information was not
requested. TM1 agreed the decision to step the case down to Early Help on 6 August 2025.</p>
<p><b>4.11</b> <b>Early Help.</b> EH1 was allocated on 11 August 2025. Two home visits, on 21 August and 3
September 2025, were cancelled by Ms K. EH1 had not seen Child P by the time he was injured.</p>
<p><b>4.12</b> <b>The injury.</b> In the night of 13 to 14 September 2025 Mr R called 999 at 02.58 hrs, saying
that Child P would not stop screaming and would not move his leg. The ambulance arrived at 03.11 hrs, and Child P
reached the emergency department at 03.25 hrs. A skeletal survey on 15 September 2025 found the rib fractures.
A strategy discussion was held at 10.00 hrs on 15 September 2025.</p>
<p><b>4.13</b> On 17 September 2025 Child P was discharged to the care of his maternal grandmother, where he
remains. He was made subject to an interim care order on 24 September 2025.</p>

<p><b>4.14</b> The main events are summarised in the short chronology below.</p>
<table class="tbl" repeat="1">
<tr><th width="24%">Date</th><th width="16%">Time</th><th width="60%">Event</th></tr>
<tr><td>09/01/2025</td><td>—</td><td>Booking with MW1 at 22 weeks</td></tr>
<tr><td>03/03/2025</td><td>—</td><td>Child P born</td></tr>
<tr><td>04/05/2025</td><td>—</td><td>Mr T moves in as lodger</td></tr>
<tr><td>19/06/2025</td><td>10.40</td><td>GP1 sees 2 cm bruise on left cheek; no referral</td></tr>
<tr><td>28/07/2025</td><td>22.50</td><td>Neighbour calls police; PC1 attends at 23.15</td></tr>
<tr><td>05/08/2025</td><td>—</td><td>MASH screening by SW1</td></tr>
<tr><td>14/09/2025</td><td>02.58</td><td>999 call by Mr R</td></tr>
<tr><td>14/09/2025</td><td>03.25</td><td>Arrival at emergency department</td></tr>
</table>

<h2>5. Analysis</h2>
<p><b>5.1</b> <b>The invisible lodger.</b> Three agencies had a chance to learn that a third adult lived in the
household: the practice nurse in May, HV2 in July and the police in July. None of them asked who the man was.
An unknown adult in a household with a baby is a risk that needs to be assessed, not a matter of privacy.</p>
<p><b>5.2</b> <b>Bruising in a non-mobile baby.</b> The bruise seen on 19 June 2025 was the single clearest
warning sign. Under the protocol any bruise in a baby who is not yet crawling should lead to a referral to
Children's Social Care and a paediatric assessment the same day. The review heard that only 41% of GP staff in
the area had completed the protocol training by March 2025.</p>
<p><b>5.3</b> <b>Domestic abuse.</b> The police risk assessment focused on Ms K and did not consider the
baby. The notification took two days to reach Children's Social Care, and the screening took a further six days.</p>
<p><b>5.4</b> <b>Step-down to Early Help.</b> Early Help is a voluntary service. When Ms K cancelled two
visits, there was no arrangement for EH1 to escalate the case back to social care. The case was still
waiting for a management review when Child P was injured.</p>
<p><b>5.5</b> <b>Fathers and other men.</b> Mr R was seen by professionals only twice in nine months. No
agency asked him about his own history or his part in caring for Child P.</p>
<p><b>5.6</b> <b>The mother's own history.</b> Ms K had left care only three years before Child P was born.
Her personal adviser from the leaving care team had closed her case in October 2024, when she turned 18 and a
half, and no agency in the review period knew that she had been looked after. Her low mood was recorded by MW1
but was not shared with HV1.</p>
<p><b>5.7</b> <b>Money and housing.</b> The family were in rent arrears throughout the review period. By August
2025 the arrears to Brindlegate Homes had risen to £1,120. The review heard that the lodger's rent was the reason
the family took him in. Brindlegate Homes was not asked to contribute to any assessment.</p>
<p><b>5.8</b> <b>Recording systems.</b> The practice nurse's note about "a friend of R's" was entered in a
free-text field of the immunisation template, which does not appear in the GP summary. HV2 could not see it, and
the MASH did not request it.</p>
<p><b>5.9</b> <b>Workload.</b> In August 2025 the MASH received 1,384 contacts, the highest monthly number on
record. SW1 screened 31 contacts on the day she looked at the police notification. The review does not consider
that workload explains the decision, but it made it harder for SW1 to seek more information.</p>
<p><b>5.10</b> <b>Good practice.</b> The ambulance crew recognised at once that the injury was unexplained and
alerted the hospital safeguarding team before arrival. The emergency department consultant, Dr Okafor-Leigh,
arranged the skeletal survey and informed the police within two hours. Child P's grandmother was assessed and
approved as a kinship carer in four days.</p>

<table class="box" width="100%"><tr><td>
<b>KEY LEARNING</b><br/>
• Any bruise on a baby who cannot yet move about independently must be referred the same day.<br/>
• Ask who lives in the home and who looks after the baby, at every contact.<br/>
• Police attending domestic abuse should record every child and every adult present.<br/>
• Step-down plans need a named manager and a clear escalation route if families do not engage.
</td></tr></table>

<h2>6. Findings</h2>
<p><b>6.1</b> <b>Finding 1.</b> Practitioners across agencies did not identify or assess all the adults living
with Child P.</p>
<p><b>6.2</b> <b>Finding 2.</b> The multi-agency bruising protocol was not known or followed in primary care.</p>
<p><b>6.3</b> <b>Finding 3.</b> MASH screening decisions were made without health information.</p>
<p><b>6.4</b> <b>Finding 4.</b> There was no escalation route when a family stepped down to Early Help did not
engage.</p>

<h2>7. Recommendations</h2>
<p><b>7.1</b> The Partnership should relaunch the bruising protocol with a target of 90% of primary care staff
trained within twelve months.</p>
<p><b>7.2</b> All agencies should add a question about "who lives in the home" to their contact records.</p>
<p><b>7.3</b> Kestrelford Constabulary should make the recording of all adults and children present at domestic
incidents mandatory.</p>
<p><b>7.4</b> Children's Social Care should ensure that MASH screening always includes a check of health records
for children under one.</p>
<p><b>7.5</b> The Early Help Service should introduce an escalation route after two missed visits.</p>
<p><b>7.6</b> The Partnership should report progress on these six recommendations to its executive group by
30 September 2026.</p>

<h2>8. Action already taken</h2>
<p><b>8.1</b> Since the rapid review, several agencies have made changes without waiting for this report.</p>
<p><b>8.2</b> <b>Tanner Lane Surgery</b> has held a practice learning session on bruising, attended by all 14
clinical staff, and has added a pop-up alert to its records system for any entry that mentions bruising in a
child under six months.</p>
<p><b>8.3</b> <b>Kestrelford Constabulary</b> has issued a briefing to all response officers on recording the
names and dates of birth of every adult present at a domestic incident.</p>
<p><b>8.4</b> <b>Kestrelford Children's Social Care</b> has placed a health practitioner in the MASH from
January 2026, so that health records can be checked the same day.</p>
<p><b>8.5</b> <b>The Early Help Service</b> now requires a manager to review any case in which two visits have
been cancelled or missed.</p>

<h2>9. Conclusion</h2>
<p><b>9.1</b> Child P was seriously hurt by an adult who should have been caring for him. This review cannot
say whether the injuries could have been prevented. It does find that there were at least three moments, in
June, July and August 2025, when a fuller picture of the household could have been built.</p>
<p><b>9.2</b> The most important of these was the bruise seen at the surgery. A bruise on a baby is rare, and
it must always be treated as a possible sign of abuse until shown otherwise.</p>
<p><b>9.3</b> The lead reviewer would like to thank the family members and practitioners who gave their time to
this review, often on difficult subjects.</p>
<div class="fn">Glossary. CSPR: child safeguarding practice review. MASH: multi-agency safeguarding hub. EH: Early
Help. ED: emergency department. SCP: Safeguarding Children Partnership.</div>
"""

SUMMARY_CSS = """
@page { size: a5 portrait;
  @frame header { -pdf-frame-content: headerContent; left: 1.2cm; width: 12.4cm; top: 0.4cm; height: 1cm; }
  @frame main { left: 1.6cm; width: 11.6cm; top: 1.6cm; height: 18cm; }
  @frame footer { -pdf-frame-content: footerContent; left: 1.2cm; width: 12.4cm; top: 19.9cm; height: 0.8cm; }
}
body { font-family: Times-Roman; font-size: 10pt; line-height: 1.35; }
h1 { font-size: 17pt; color: #5a1d3a; }
h2 { font-size: 12.5pt; color: #5a1d3a; margin-top: 8pt; }
p { margin: 0 0 6pt 0; }
.hdr { font-size: 8pt; color: #555; }
"""
SUMMARY_HEADER = ('<div id="headerContent" class="hdr">FICTIONAL — practice document · Kestrelford SCP · '
                  'Learning summary</div>')

SUMMARY = """
<h1>Child P: learning summary</h1>
<p><i>A two-page summary of the Child Safeguarding Practice Review for practitioners. FICTIONAL practice material.</i></p>
<h2>What happened</h2>
<p><b>1</b> In September 2025 a baby boy of six months, known as Child P, was taken to hospital in Kestrelford
with a broken thigh bone, four rib fractures that had already begun to heal, and bruises. The injuries were
inflicted; they were not accidents.</p>
<p><b>2</b> Child P lived with his mother, aged 19, his father, aged 24, and a lodger who had moved in during
May 2025. Nobody from any service knew the lodger was there.</p>
<p><b>3</b> The Partnership held its rapid review on 24 September 2025 and commissioned Dr Alison Penhallow to
lead the full review. Child P now lives with his grandmother.</p>
<h2>The missed chances</h2>
<p><b>4</b> In June 2025 the family doctor saw a bruise on Child P's cheek and accepted the mother's account that
the baby had been caught by a dummy clip. No referral was made.</p>
<p><b>5</b> In July 2025 police officers went to the flat after a neighbour heard shouting. A second man was in
the kitchen but his name was not taken. The case was passed to Early Help, which never managed to see the baby.</p>
<h2>What we learned</h2>
<p><b>6</b> A bruise on a baby who cannot crawl is never "minor". Refer the same day.</p>
<p><b>7</b> Find out who lives in the home. Ask about lodgers, partners and friends who stay over.</p>
<p><b>8</b> Think about the baby at every domestic abuse call, even when the baby is asleep.</p>
<p><b>9</b> If a family stops engaging with Early Help, tell your manager after the second missed visit.</p>
<h2>What is changing</h2>
<p><b>10</b> The bruising protocol is being relaunched in May 2026, with briefings for every GP practice in the
borough. The Partnership's budget for the relaunch is £12,500.</p>
<p><b>11</b> Kestrelford Constabulary has changed its domestic abuse attendance form so that officers must list
every adult and child present.</p>
<p><b>12</b> Questions about this summary can be sent to the Partnership's learning and development lead,
Mr Idris Fenwick.</p>
"""


def render(path, css, html):
    doc = f"<html><head><meta charset='utf-8'/><style>{css}</style></head><body>{html}</body></html>"
    with open(path, "wb") as fh:
        res = pisa.CreatePDF(doc, dest=fh, encoding="utf-8")
    if res.err:
        raise SystemExit(f"xhtml2pdf failed on {path}")


def main():
    report = (HEADER + FOOTER + COVER +
              '<pdf:nexttemplate name="cols"/><pdf:nextpage/>' + BODY)
    render(os.path.join(HERE, "kestrelford-cspr-child-p-report.pdf"), REPORT_CSS, report)
    render(os.path.join(HERE, "kestrelford-child-p-learning-summary.pdf"), SUMMARY_CSS,
           SUMMARY_HEADER + FOOTER + SUMMARY)


if __name__ == "__main__":
    main()
