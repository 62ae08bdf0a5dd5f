"""Build the FICTIONAL Quarrington and Dale CSPR "Kai" development corpus (two PDFs).

Everything in these documents is invented: the area, the partnership, the family, the
practitioners, the agencies and the events. The PDFs exist only to test scr-qa.

The PDFs are printed by headless Chromium from HTML+CSS that this script writes to a
temporary folder:

    /work/main/.venv/bin/python eval/dev/quarrington-web-designed/build.py

Each page is laid out as its own fixed A4 box (so the running footer, the printed folio and the
footnotes sit where a designer put them); inside it the body text flows in two justified
columns. A small script in every page reports overflow, and the build fails if any page
overflows. Chromium stamps a creation date in the PDF; the build replaces it with a fixed date
of the same length, so the files are byte-identical from run to run on the same Chromium.
"""
import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REVIEW = HERE / "quarrington-cspr-kai-designed.pdf"
BRIEFING = HERE / "quarrington-kai-seven-minute-briefing.pdf"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

FOOT = "FICTIONAL practice material"
PARTNERSHIP = "Quarrington and Dale Safeguarding Children Partnership"

CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: 'DejaVu Serif', serif; font-size: 10.4pt; line-height: 1.55; color: #1d1d1b;
       font-variant-ligatures: none; font-kerning: none; -webkit-print-color-adjust: exact;
       print-color-adjust: exact; }
.page { width: 210mm; height: 297mm; position: relative; overflow: hidden; page-break-after: always;
        break-after: page; }
.page:last-child { page-break-after: auto; break-after: auto; }
.inner { position: absolute; left: 17mm; right: 17mm; top: 15mm; }
.runhead { font-family: 'DejaVu Sans', sans-serif; font-size: 7.4pt; color: #5b6b73; letter-spacing: 0.04em;
           border-bottom: 0.6pt solid #9fb4bd; padding-bottom: 1.5mm; margin-bottom: 5mm; }
.foot { position: absolute; left: 17mm; right: 17mm; bottom: 9mm; font-family: 'DejaVu Sans', sans-serif;
        font-size: 7.4pt; color: #5b6b73; border-top: 0.6pt solid #9fb4bd; padding-top: 1.5mm; }
.foot .folio { float: right; font-weight: bold; color: #0e4d64; font-size: 8.5pt; }
.notes { position: absolute; left: 17mm; right: 17mm; bottom: 17mm; font-size: 7.1pt; line-height: 1.3;
         color: #333; border-top: 0.5pt solid #777; padding-top: 1.2mm; }
.notes p { margin: 0 0 0.8mm 0; text-align: left; }
.cols { column-count: 2; column-gap: 7mm; column-fill: balance; }
.cols p, .cols li { text-align: justify; hyphens: manual; -webkit-hyphens: manual; }
p { margin: 0 0 3mm 0; orphans: 2; widows: 2; }
.pn { font-family: 'DejaVu Sans', sans-serif; font-weight: bold; color: #0e4d64; }
.rh { font-weight: bold; }
.band { column-span: all; -webkit-column-span: all; background: #0e4d64; color: #fff;
        font-family: 'DejaVu Sans', sans-serif; font-size: 13pt; font-weight: bold; padding: 2.6mm 4mm;
        margin: 1mm 0 4mm 0; }
.band.alt { background: #b4532a; }
.band.green { background: #3d6b35; }
.band span { font-weight: normal; opacity: 0.85; margin-right: 3mm; }
.sidebar { background: #e4eef1; border-left: 2.2mm solid #0e4d64; padding: 2.5mm 3mm; margin: 1mm 0 3mm 0;
           break-inside: avoid; font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; }
.sidebar h4 { margin: 0 0 1.5mm 0; font-size: 9.5pt; color: #0e4d64; }
.sidebar p { text-align: left; margin-bottom: 1.5mm; }
.pull { break-inside: avoid; border-top: 1.2pt solid #b4532a; border-bottom: 1.2pt solid #b4532a;
        padding: 2.5mm 1mm; margin: 1.5mm 0 3.5mm 0; font-family: 'DejaVu Sans', sans-serif; font-size: 11.5pt;
        color: #b4532a; font-style: italic; line-height: 1.3; }
.pull .who { display: block; font-size: 7.8pt; font-style: normal; color: #444; margin-top: 1.5mm; }
sup { font-size: 6pt; line-height: 0; }
.sub { margin-left: 5mm; }
table.grid { width: 100%; border-collapse: collapse; font-family: 'DejaVu Sans', sans-serif; font-size: 7.9pt;
             line-height: 1.3; margin: 1mm 0 4mm 0; column-span: all; }
table.grid th { background: #0e4d64; color: #fff; text-align: left; padding: 1.5mm; border: 0.6pt solid #0e4d64; }
table.grid td { border: 0.6pt solid #7f98a1; padding: 1.5mm; vertical-align: top; }
table.grid tr:nth-child(even) td { background: #f0f5f6; }
.caption { font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; font-weight: bold; color: #0e4d64;
           margin: 2mm 0 1.5mm 0; column-span: all; }
.overflow { color: red; }
"""

CHECK_JS = """
<script>
for (const pg of document.querySelectorAll('.page')) {
  const inner = pg.querySelector(".inner"); if (pg.classList.contains("raw")) continue;
  const limit = pg.querySelector('.notes') || pg.querySelector('.foot');
  if (!inner || !limit) continue;
  const b = inner.getBoundingClientRect().bottom;
  let maxRight = 0;
  for (const el of inner.querySelectorAll('p, li, div, table')) {
    const r = el.getBoundingClientRect();
    if (r.right > maxRight) maxRight = r.right;
  }
  const pr = pg.getBoundingClientRect().right;
  if (b > limit.getBoundingClientRect().top - 2 || maxRight > pr - 30) {
    const d = document.createElement('div'); d.className = 'overflow';
    d.textContent = 'OVERFLOWPAGE'; pg.appendChild(d);
  }
}
</script>
"""


def e(s):
    """Escape text but keep the small inline markup used in the content (<b>, <i>, <sup>)."""
    s = html.escape(s, quote=False)
    for tag in ("b", "i", "sup", "em", "strong", "br"):
        s = s.replace(f"&lt;{tag}&gt;", f"<{tag}>").replace(f"&lt;/{tag}&gt;", f"</{tag}>")
    return s


def para(num, text, head=None, cls=""):
    h = f'<span class="rh">{e(head)}</span> ' if head else ""
    c = f' class="{cls}"' if cls else ""
    return f'<p{c}><span class="pn">{num}</span> {h}{e(text)}</p>'


def cont(text):
    return f"<p>{e(text)}</p>"


def band(num, title, cls=""):
    return f'<div class="band {cls}"><span>{num}</span>{e(title)}</div>'


def sidebar(title, paras):
    return f'<div class="sidebar"><h4>{e(title)}</h4>' + "".join(f"<p>{e(p)}</p>" for p in paras) + "</div>"


def pull(text, who):
    return f'<div class="pull">{e(text)}<span class="who">{e(who)}</span></div>'


def page(body, folio, notes=(), runhead=None, raw=False, style=""):
    rh = f'<div class="runhead">{e(runhead)}</div>' if runhead else ""
    cls = "page raw" if raw else "page"
    inner = body if raw else f'<div class="inner" style="{style}">{rh}{body}</div>'
    nt = ""
    if notes:
        nt = '<div class="notes">' + "".join(f"<p><sup>{n}</sup> {e(t)}</p>" for n, t in notes) + "</div>"
    folio_html = f'<span class="folio">{folio}</span>' if folio else ""
    foot = f'<div class="foot">{folio_html}{FOOT} &middot; {PARTNERSHIP} &middot; CSPR &ldquo;Kai&rdquo;</div>'
    return f'<div class="{cls}">{inner}{nt}{foot}</div>'


RUN = "CHILD SAFEGUARDING PRACTICE REVIEW  |  KAI  |  QUARRINGTON AND DALE"

# --------------------------------------------------------------------------------------------
# Document 1: the review
# --------------------------------------------------------------------------------------------

COVER = f"""
<div class="inner" style="top:0; left:0; right:0;">
 <div style="background:#0e4d64; color:#fff; height:118mm; padding:26mm 20mm 0 20mm; font-family:'DejaVu Sans',sans-serif;">
  <div style="font-size:10pt; letter-spacing:0.12em;">{PARTNERSHIP.upper()}</div>
  <div style="font-size:30pt; font-weight:bold; margin-top:14mm; line-height:1.15;">Child Safeguarding<br>Practice Review</div>
  <div style="font-size:19pt; margin-top:6mm;">&ldquo;Kai&rdquo;</div>
 </div>
 <div style="background:#b4532a; height:6mm;"></div>
 <div style="padding:14mm 20mm; font-family:'DejaVu Sans',sans-serif; font-size:11pt; line-height:1.6;">
  <p>A review of the circumstances of the sudden and unexpected death of a nine-month-old boy in March 2024</p>
  <p style="margin-top:10mm;"><b>Independent lead reviewer:</b> Helena Marchbank</p>
  <p><b>Approved by the partnership executive:</b> 21 January 2025</p>
  <p><b>Published:</b> 10 March 2025</p>
  <p style="margin-top:14mm; font-size:9pt; color:#555;">This is a FICTIONAL document written as practice material for testing a
  question-answering tool. Quarrington, Dale, the partnership, the family and every practitioner and agency named in it are
  invented.</p>
 </div>
</div>
"""

CONTENTS_ROWS = [
    ("", "Foreword", "iii"),
    ("1", "Introduction and why this review was held", "1"),
    ("2", "How the review was carried out", "1"),
    ("3", "Kai and his family", "2"),
    ("4", "What happened: the period under review", "3"),
    ("5", "Findings and analysis", "6"),
    ("6", "Good practice", "8"),
    ("7", "Recommendations", "8"),
    ("A", "Appendix: practitioners and agencies", "9"),
]


def contents_page():
    rows = "".join(
        f'<tr><td style="width:12mm; color:#0e4d64; font-weight:bold; padding:2.2mm 0;">{n}</td>'
        f'<td style="padding:2.2mm 0; border-bottom:0.5pt dotted #9fb4bd;">{e(t)}</td>'
        f'<td style="width:15mm; text-align:right; padding:2.2mm 0; border-bottom:0.5pt dotted #9fb4bd;">{p}</td></tr>'
        for n, t, p in CONTENTS_ROWS)
    body = (f'<div style="font-family:\'DejaVu Sans\',sans-serif;"><div class="band" style="margin-top:10mm;">Contents</div>'
            f'<table style="width:100%; border-collapse:collapse; font-size:10.5pt;">{rows}</table>'
            '<p style="margin-top:12mm; font-size:8.6pt; color:#444; text-align:left;">Paragraphs are numbered within '
            'each section (2.1, 2.2 &hellip;). Practitioners are referred to by role codes (for example HV1, SW1); the '
            'codes are listed in the appendix. Kai is a name chosen by his mother for this review; it is not his real '
            'name.</p></div>')
    return page(body, "ii", runhead=RUN)


FOREWORD = [
    "When a baby dies suddenly, in the family home, in circumstances that were not foreseen by anyone who knew the "
    "family, it is natural to ask whether it could have been prevented. This review does not claim that Kai's death "
    "could have been predicted. It does show, with great care, how a family's circumstances changed over nine months "
    "while the help that was offered stayed the same.",
    "I want to thank Kai's mother, who met the lead reviewer twice and spoke with a frankness that has shaped every "
    "part of this report. I also thank the 23 practitioners who gave their time to the learning event, and Kai's "
    "sister, whose drawings say more about caring for a baby brother than any chronology could.",
    "The partnership accepted all six recommendations in full. The executive will receive a progress report on each "
    "of them in September 2025, and the findings have already been shared with every GP practice in Quarrington and "
    "Dale through the partnership's seven-minute briefing.",
]


def foreword_page():
    body = ('<div class="band" style="margin-top:4mm;">Foreword</div>'
            '<div style="font-size:10pt; line-height:1.55; text-align:justify;">'
            + "".join(f"<p>{e(p)}</p>" for p in FOREWORD)
            + '<p style="margin-top:8mm;"><b>Dr Owen Tresilian</b><br>Independent Scrutineer, '
            + PARTNERSHIP + "</p></div>")
    return page(body, "iii", runhead=RUN)


P1 = [
    band("1", "Introduction and why this review was held"),
    para("1.1", "This review concerns a baby boy, called Kai in this report, who died at the family home in "
         "Quarrington on 3 March 2024, aged nine months. Kai lived with his mother (Ms R), his father (Mr W) and his "
         "sister Jade, who was then nine years old."),
    para("1.2", "Kai was found unresponsive on a sofa in the living room by his father early that morning. The "
         "post-mortem examination found no injury and no natural disease that explained his death. The cause of death "
         "was given as unascertained, in a context of unsafe sleep.<sup>1</sup>", head="Circumstances."),
    para("1.3", "The local authority notified the Child Safeguarding Practice Review Panel of Kai's death on 5 March "
         "2024. A rapid review was held on 14 March 2024 and its report was sent to the Panel on 20 March 2024."),
    para("1.4", "The rapid review found that eight agencies had known the family in the year before Kai died, that "
         "there had been concerns about parental alcohol use, and that Kai's usual sleeping place had changed. The "
         "partnership decided that a local child safeguarding practice review should be carried out, and the Panel "
         "agreed with that decision on 2 April 2024.", head="Decision to review."),
    para("1.5", "The review covers the period from 14 November 2022, when Ms R first saw a midwife during her "
         "pregnancy, to 3 March 2024. Earlier history is summarised where it helps to explain the family's "
         "circumstances."),
    band("2", "How the review was carried out"),
    para("2.1", "Helena Marchbank, an independent social work consultant with no connection to any agency in "
         "Quarrington and Dale, was appointed as lead reviewer in May 2024. She was supported by a review panel of "
         "senior managers from the agencies involved, chaired by the partnership's business manager, Simon Achterberg."),
    para("2.2", "Each agency provided a chronology and a short analysis of its involvement. The panel met five times "
         "between June and December 2024.", head="Agency information."),
    para("2.3", "A practitioner learning event was held on 18 July 2024. It was attended by 23 practitioners and "
         "first-line managers, including the health visitors, the Early Help practitioner, the designated safeguarding "
         "lead at Jade's school and the housing officer."),
]
N1 = [(1, "The coroner opened an inquest in March 2024 and adjourned it. At the time of writing the inquest had not "
          "concluded, and this review makes no finding about the cause of death.")]

P2 = [
    para("2.4", "Ms R met the lead reviewer on 2 September 2024 and again on 16 October 2024. Mr W was invited "
         "three times but declined to take part. Both parents were offered a copy of the report before it was "
         "published.", head="Involvement of the family."),
    para("2.5", "Jade, who had by then turned ten, did not want to meet the lead reviewer. With her mother's "
         "agreement she shared four drawings and a short note through her school counsellor. They are described, "
         "with her permission, in the sidebar on this page."),
    para("2.6", "The review was asked to consider four questions: how well agencies understood the risks of unsafe "
         "sleep in this family; how information about parental alcohol use was shared; whether the family's housing "
         "conditions were seen as a safeguarding matter; and whether Jade's role as a young carer was recognised."),
    band("3", "Kai and his family"),
    sidebar("Voice of the child: Jade", [
        "Jade drew the flat \u201cwith the black wall\u201d, her brother in a basket that she coloured green, and "
        "herself \u201cdoing the night bottle\u201d.",
        "In her note she wrote: \u201cI was good at making his milk. Nobody asked me if I was tired.\u201d",
        "She asked that the review tell teachers to \u201cask the big sister too\u201d.",
    ]),
    para("3.1", "Ms R is White British and was 31 when Kai was born. She grew up in Dale and has one older child, "
         "Jade, whose father (Mr V) has had no contact with the family since 2019. Ms R told the review that she had "
         "drunk heavily in her twenties and had stopped during both pregnancies."),
    para("3.2", "Mr W is Kai's father. He worked night shifts at a distribution warehouse on the Dale Road estate "
         "for most of the period under review, which meant that he usually slept during the day.", head="Kai's father."),
    para("3.3", "The family lived in a two-bedroom ground-floor flat rented from Dalesway Homes, a housing "
         "association. Jade shared the smaller bedroom with Kai. From the autumn of 2023 that room was affected by "
         "damp and black mould."),
    para("3.4", "Kai was born on 2 June 2023 at Quarrington General Hospital, at 36 weeks' gestation, weighing "
         "2.41 kg. He was a healthy baby who fed well; he was seen for minor coughs and colds and had no serious "
         "illness.", head="Kai."),
]

P3 = [
    band("4", "What happened: the period under review"),
    para("4.1", "Ms R booked her pregnancy with the community midwife (MW1) on 14 November 2022. She said that she "
         "\u201cused to drink a lot\u201d but had stopped. No screening tool was used, and she was not offered a "
         "referral to the specialist substance misuse midwife.", head="Pregnancy."),
    para("4.2", "HV1 carried out the new birth visit on 19 June 2023. Kai was sleeping in a Moses basket in his "
         "parents' bedroom. HV1 gave the standard safe sleep advice and recorded that Mr W smoked, but only outside. "
         "This was the only time that safe sleep was discussed with the family in any recorded contact.",
         head="New birth visit."),
    para("4.3", "Kai was not brought to his 6\u20138 week review at the clinic on 28 July 2023. It was rebooked "
         "and took place on 9 August 2023, when Kai was growing well.<sup>2</sup> HV1 did not ask where Kai slept."),
    para("4.4", "The police had been called to the address once before, in July 2023, after a neighbour complained "
         "about noise. No offence was recorded and no notification was made to children's services.",
         head="Police."),
    para("4.5", "At 23.15 hrs on 23 September 2023 Jade rang 999 and said that her parents were fighting. PC1 "
         "arrived at 23.41 hrs. Ms R was intoxicated; Mr W was not. Both said that the argument had been verbal "
         "only, and no one was arrested. PC1 completed a DASH risk assessment, which was graded as standard risk, "
         "and submitted a public protection notice the next morning."),
    para("4.6", "The notice reached the Multi-Agency Safeguarding Hub (MASH) on 25 September 2023. SW1 screened it "
         "on 27 September 2023. SW1 checked the children's services records, which held nothing, and spoke to Ms R by "
         "telephone. No information was sought from the health visiting service, the GP or Jade's school.",
         head="MASH screening."),
    para("4.7", "The MASH team manager (TM1) decided that the threshold for a statutory assessment was not met and "
         "that the family should be offered Early Help. Ms R agreed. TM1 recorded that the incident was "
         "\u201cisolated\u201d and that \u201cno concerns are known by other agencies\u201d, although none had been "
         "asked."),
    para("4.8", "On 6 October 2023 Ms R reported damp and black mould in the children's bedroom to Dalesway Homes. "
         "The housing officer (HO1) inspected the flat on 20 October 2023. HO1 found mould on two walls and on the "
         "mattress of Kai's cot, and advised Ms R to throw the mattress away, which she did. HO1 raised a works order for mould treatment "
         "and replastering. It was placed in category 3 (routine), which has a target of 90 days. HO1 did not ask "
         "where Kai would now sleep and did not tell any other agency. The works were booked for 18 March 2024.",
         head="Housing."),
    para("4.9", "The Early Help referral was accepted on 11 October 2023 and allocated to an Early Help practitioner "
         "(EHP1) from the Family Support Service. Because of a waiting list for the service, which then stood at",
         head="Early Help."),
]
N3 = [(2, "The health visiting service records a missed contact for a child under one as \u201cwas not brought\u201d. "
          "Across Kai's life the family missed eleven health appointments for Kai, Jade or Ms R.")]

P4 = [
    cont("37 families, EHP1 first visited the family on 2 November 2023, three weeks after the referral was "
         "accepted."),
    para("4.10", "During that visit Ms R said that Kai was sleeping \u201cin the big bed\u201d while the bedroom was "
         "damp. EHP1 recorded this but did not explore it further or pass it to the health visitor. EHP1 told the "
         "review that she had understood the arrangement to be temporary."),
    pull("\u201cIt went in the notes as a housing problem. Nobody wrote it down as a sleep problem.\u201d",
         "Practitioner at the learning event, 18 July 2024"),
    para("4.11", "Jade was late for school 17 times in the autumn term of 2023. On 29 November 2023 she told her "
         "class teacher that she was tired because she did \u201cKai's bottles when Mum is poorly\u201d. The teacher "
         "passed this to the designated safeguarding lead (DSL1) the same day.", head="Jade at school."),
    para("4.12", "DSL1 recorded the conversation and spoke to Ms R, who said that Jade helped out \u201clike any big "
         "sister\u201d. DSL1 did not consider a young carer's assessment, but she added the issue to the agenda for "
         "the Team Around the Family (TAF) meeting."),
    para("4.13", "The TAF meeting was held at Brackenfield Primary School on 7 December 2023. Ms R, EHP1 and DSL1 "
         "attended and HO1 joined by telephone. HV1 sent apologies, and the GP practice was not invited. The family "
         "plan had six actions; none of them concerned where Kai slept or Ms R's drinking.", head="TAF meeting."),
    para("4.14", "On 15 January 2024 Ms R saw GP2 at Fellgate Surgery about low mood. She told GP2 that she was "
         "drinking \u201ca bottle of wine most nights\u201d. Her AUDIT-C score was 9 out of 12. GP2 prescribed an "
         "antidepressant and advised Ms R to refer herself to the Quarrington Recovery Service. GP2 did not know "
         "that the family had an Early Help plan, and Early Help did not know about the consultation."),
    para("4.15", "Ms R referred herself to the Recovery Service on 22 January 2024. She did not attend her "
         "assessment appointment on 5 February 2024. The recovery worker (RW1) sent one letter and closed the case "
         "on 26 February 2024.", head="Recovery Service."),
]

P5 = [
    para("4.16", "HV1 went on long-term sick leave at the end of January 2024. HV2 took over the family on "
         "1 February 2024, as one of 412 families on a caseload that was then held by two health visitors instead "
         "of three. The handover was by email and did not mention the Early Help plan.", head="Health visiting."),
    para("4.17", "HV2 had arranged to see Kai for his 9\u201312 month review in March 2024. She had not met the "
         "family before Kai died.", head="Before Kai's death."),
    para("4.18", "On the evening of 2 March 2024 Ms R and Mr W had been drinking at home. Mr W told the police that "
         "he gave Kai a bottle at about 03.30 hrs and fell asleep with him on the sofa. He woke at 06.40 hrs and found "
         "Kai unresponsive."),
    para("4.19", "Mr W rang 999 at 06.44 hrs. Paramedics from the Northern Counties Ambulance Service arrived at "
         "06.53 hrs and took Kai to Quarrington General Hospital, where he was declared dead at 07.35 hrs. Jade was "
         "cared for by her maternal grandmother, Mrs R."),
    para("4.20", "The police investigation found no evidence of a criminal offence. Table 1 summarises the main "
         "contacts that agencies had with the family.", head="Investigation."),
    '<div class="caption">Table 1. Main agency contacts with the family, June 2023 to March 2024</div>',
    """<table class="grid">
<tr><th style="width:17%">Date</th><th style="width:15%">Agency / role</th><th style="width:36%">Contact</th><th>What was not done</th></tr>
<tr><td>19/06/2023</td><td>Health visiting (HV1)</td><td>New birth visit; Kai in a Moses basket in the parents' room; safe sleep advice given</td><td>Safe sleep advice was never revisited</td></tr>
<tr><td>23/09/2023 (23.15 hrs)</td><td>Police (PC1)</td><td>999 call from Jade about a verbal argument; mother intoxicated; DASH standard risk</td><td>Jade's call was not treated as a sign of her own worry</td></tr>
<tr><td>27/09/2023</td><td>Children's services (SW1, TM1)</td><td>MASH screening; stepped down to Early Help</td><td>No checks with health, the GP or the school</td></tr>
<tr><td>20/10/2023</td><td>Dalesway Homes (HO1)</td><td>Damp inspection; mouldy cot mattress thrown away; category 3 works order</td><td>No question about where the baby would sleep</td></tr>
<tr><td>02/11/2023</td><td>Family Support Service (EHP1)</td><td>First Early Help visit; Kai sleeping &ldquo;in the big bed&rdquo;</td><td>Not shared with the health visitor</td></tr>
<tr><td>07/12/2023</td><td>School (DSL1) and partners</td><td>Team Around the Family meeting; six-action family plan</td><td>GP not invited; HV1 absent</td></tr>
<tr><td>15/01/2024</td><td>Fellgate Surgery (GP2)</td><td>Low mood; alcohol disclosed; AUDIT-C score 9</td><td>No link made with the Early Help plan</td></tr>
<tr><td>26/02/2024</td><td>Recovery Service (RW1)</td><td>Case closed after one missed appointment and one letter</td><td>No contact with the GP or other agencies</td></tr>
</table>""",
]

P6 = [
    band("5", "Findings and analysis", "alt"),
    para("5.1", "The review makes six findings. Each describes a pattern of practice in the system, not a failing of "
         "one person. Practitioners told the review that they recognised every one of these patterns from other "
         "families."),
    para("5.2", "Safe sleep advice was given once, at the new birth visit, and treated as done. Over the following "
         "eight months the things that make a baby's sleep safe all changed: Kai's cot mattress was thrown away, his "
         "mother's drinking increased and his father worked nights and slept in the day.",
         head="Finding 1: safe sleep as a one-off."),
    para("5.3", "Three agencies (housing, Early Help and, indirectly, the school) knew that Kai's sleeping place had "
         "changed. None of them connected that change with the risk of sudden infant death, because each saw it as "
         "belonging to another service's remit.<sup>3</sup>"),
    para("5.4", "The decision on 27 September 2023 relied on what the family said and on children's services' own "
         "records. The MASH procedures require checks with health and education for any household with a child under "
         "two, but the checks were skipped because the notice was graded as standard risk. The review was told that "
         "on that day the MASH had 64 notices waiting to be screened.", head="Finding 2: a decision made on one "
         "agency's records."),
    para("5.5", "Ms R's drinking was known in part to MW1, to PC1, to GP2 and to the Recovery Service, but no agency "
         "held the whole picture. The Recovery Service closed the case after a single letter, a practice that its "
         "manager told the review has since changed.", head="Finding 3: alcohol known in pieces."),
    para("5.6", "Dalesway Homes treated the damp as a repairs matter. Its staff had no guidance on asking where "
         "children sleep when a room becomes unusable, and housing staff are not routinely invited to Early Help "
         "meetings. HO1 was invited to the TAF meeting only because the school asked.",
         head="Finding 4: housing conditions."),
]
N6 = [(3, "See Quarrington and Dale Safeguarding Children Partnership, Safer Sleep Guidance for Practitioners "
          "(2021), section 4, which asks every practitioner who visits a home with a baby to ask where the baby "
          "sleeps.")]

P7 = [
    para("5.7", "Jade's comments at school showed that a nine-year-old was regularly feeding her baby brother at "
         "night. This was recorded as a welfare matter and explained to her mother, but it was never considered as "
         "evidence of Jade's own needs or of her mother's capacity at night.", head="Finding 5: Jade as a young carer."),
    para("5.8", "Health visiting in Quarrington and Dale had lost a third of its posts on the east locality team. "
         "The handover to HV2 was one email long. The review heard that HV2 had prioritised families with open child "
         "protection plans, which was a reasonable decision on the information she had.",
         head="Finding 6: caseloads and handover."),
    para("5.9", "Taken together, these findings describe a family that was seen by many agencies, each of which held "
         "a piece of the picture. What no one held was the picture of a baby whose sleeping arrangements had become "
         "unsafe at the same time as the adults caring for him were less able to keep him safe."),
    band("6", "Good practice", "green"),
    para("6.1", "The review found good practice too. PC1 spoke to Jade on her own on 23 September 2023, praised her "
         "for calling for help and recorded her account in her own words.", head="Police."),
    para("6.2", "DSL1 acted on Jade's comment on the day it was made and made sure that it reached the TAF meeting. "
         "The school also arranged counselling for Jade after Kai's death, within a week."),
    para("6.3", "Ms R described EHP1 as \u201cthe first person who actually listened\u201d. EHP1 helped the family "
         "to claim a housing benefit payment and a cot bed from a local charity, the Dale Baby Bank; the cot bed "
         "was due to be delivered on 8 March 2024.", head="Early Help."),
]

P8 = [
    band("7", "Recommendations"),
    para("7.1", "The partnership has accepted six recommendations. Progress will be reported to the partnership "
         "executive and published in the partnership's annual report."),
    para("7.2", "The partnership should replace one-off safe sleep advice with a safe sleep assessment that is "
         "repeated at every contact with a baby under one, and whenever a family's circumstances change.",
         head="Recommendation 1."),
    para("7.3", "The MASH should stop using the police risk grading to decide whether health and education checks "
         "are needed for households with a child under two.", head="Recommendation 2."),
    para("7.4", "Dalesway Homes and the other housing providers in the partnership should:", head="Recommendation 3."),
    para("7.4(a)", "train repairs and housing officers to ask where children sleep when they inspect a room that is "
         "unsafe or unusable;", cls="sub"),
    para("7.4(b)", "share with the health visiting service, with consent, any report that a baby's cot or bedroom "
         "cannot be used; and", cls="sub"),
    para("7.4(c)", "treat damp in a room where a child under two sleeps as an urgent repair, with a target of 14 "
         "days.", cls="sub"),
    para("7.5", "GP practices should be invited to every Team Around the Family meeting for a child under two, and "
         "Early Help should tell the GP when a family plan starts.", head="Recommendation 4."),
    para("7.6", "The Quarrington Recovery Service should not close the case of a parent of a child under five "
         "without speaking to the referrer and checking whether children's services or Early Help are involved.",
         head="Recommendation 5."),
    para("7.7", "Schools should ask about caring roles whenever a child reports tiredness linked to looking after a "
         "sibling, and refer to the young carers service. The partnership should report on young carers' "
         "assessments in its annual report.", head="Recommendation 6."),
]

APPENDIX_ROWS = [
    ("MW1", "Community midwife", "Quarrington General Hospital maternity service"),
    ("HV1", "Health visitor (to 31 January 2024)", "Dale Valley Community Health"),
    ("HV2", "Health visitor (from 1 February 2024)", "Dale Valley Community Health"),
    ("GP1", "General practitioner; saw Kai for minor illness", "Fellgate Surgery"),
    ("GP2", "General practitioner; saw Ms R on 15 January 2024", "Fellgate Surgery"),
    ("PC1", "Police constable who attended on 23 September 2023", "Northdale Constabulary"),
    ("SW1", "MASH social worker", "Quarrington Borough Council children's services"),
    ("TM1", "MASH team manager", "Quarrington Borough Council children's services"),
    ("EHP1", "Early Help practitioner", "Family Support Service, Quarrington Borough Council"),
    ("HO1", "Housing officer", "Dalesway Homes"),
    ("DSL1", "Designated safeguarding lead", "Brackenfield Primary School"),
    ("RW1", "Recovery worker", "Quarrington Recovery Service"),
]


def appendix_body():
    rows = "".join(f"<tr><td><b>{a}</b></td><td>{e(b)}</td><td>{e(c)}</td></tr>" for a, b, c in APPENDIX_ROWS)
    return (band("A", "Appendix: practitioners and agencies")
            + '<div class="caption">Table 2. Role codes used in this report</div>'
            + '<table class="grid"><tr><th style="width:12%">Code</th><th style="width:46%">Role</th><th>Agency</th></tr>'
            + rows + "</table>"
            + '<div class="cols">'
            + para("A.1", "The review panel was made up of senior managers from Dale Valley Community Health, "
                   "Fellgate Surgery on behalf of the integrated care board, Northdale Constabulary, Quarrington "
                   "Borough Council, Dalesway Homes, the Quarrington Recovery Service and Brackenfield Primary School.",
                   head="Review panel.")
            + para("A.2", "Terms used: DASH, the Domestic Abuse, Stalking and Harassment risk identification "
                   "checklist; AUDIT-C, a short alcohol screening test scored from 0 to 12; TAF, Team Around the "
                   "Family; MASH, Multi-Agency Safeguarding Hub.", head="Glossary.")
            + "</div>")


def review_html():
    pages = [
        page(COVER, "i", raw=True),
        contents_page(),
        foreword_page(),
        page('<div class="cols">' + "".join(P1) + "</div>", "1", N1, RUN),
        page('<div class="cols">' + "".join(P2) + "</div>", "2", (), RUN),
        page('<div class="cols">' + "".join(P3) + "</div>", "3", N3, RUN),
        page('<div class="cols">' + "".join(P4) + "</div>", "4", (), RUN),
        page('<div class="cols">' + "".join(P5[:5]) + "</div>" + "".join(P5[5:]), "5", (), RUN),
        page('<div class="cols">' + "".join(P6) + "</div>", "6", N6, RUN),
        page('<div class="cols">' + "".join(P7) + "</div>", "7", (), RUN),
        page('<div class="cols">' + "".join(P8) + "</div>", "8", (), RUN),
        page(appendix_body(), "9", (), RUN),
    ]
    # the cover carries the footer too, so every page says FICTIONAL
    return ("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>CSPR Kai (FICTIONAL)</title>"
            f"<style>{CSS}</style></head><body>" + "".join(pages) + CHECK_JS + "</body></html>")


# --------------------------------------------------------------------------------------------
# Document 2: seven-minute briefing (grid of numbered boxes)
# --------------------------------------------------------------------------------------------

BRIEF_CSS = """
.grid7 { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; }
.box { border: 1pt solid #3d6b35; border-radius: 3mm; padding: 3mm 4mm 3mm 4mm; font-family: 'DejaVu Sans', sans-serif;
       font-size: 9.2pt; line-height: 1.4; position: relative; }
.box .n { display: inline-block; background: #3d6b35; color: #fff; font-weight: bold; font-size: 13pt;
          width: 9mm; height: 9mm; line-height: 9mm; text-align: center; border-radius: 50%; margin-right: 2.5mm; }
.box h3 { display: inline; font-size: 11.5pt; color: #3d6b35; }
.box p { margin: 2mm 0 0 0; text-align: left; }
.box ul { margin: 1.5mm 0 0 0; padding-left: 5mm; }
.box.wide { grid-column: span 2; }
.title { background: #3d6b35; color: #fff; font-family: 'DejaVu Sans', sans-serif; padding: 6mm 6mm; margin-bottom: 6mm; }
.title .big { font-size: 21pt; font-weight: bold; }
"""


def box(n, title, inner, wide=False):
    return (f'<div class="box{" wide" if wide else ""}"><span class="n">{n}</span><h3>{e(title)}</h3>{inner}</div>')


def brief_html():
    p = lambda s: f"<p>{e(s)}</p>"  # noqa: E731
    b1 = box(1, "Why this briefing?", p(
        "Kai died suddenly at home on 3 March 2024, aged nine months, after falling asleep on a sofa with his father "
        "following a night feed. His parents had been drinking. The full review, by independent reviewer Helena "
        "Marchbank, was published on 10 March 2025.") + p("Use this briefing in a team meeting: it takes about seven "
                                                           "minutes to read and discuss."))
    b2 = box(2, "The family", p(
        "Kai lived with his mother, his father and his sister, aged nine. The family rented a ground-floor flat. From "
        "October 2023 the children's bedroom had black mould and Kai's cot mattress was thrown away.") + p(
        "Seven agencies knew the family in the year before Kai died."))
    b3 = box(3, "What happened", "<ul>" + "".join(f"<li>{e(x)}</li>" for x in [
        "New birth visit, 19 June 2023: safe sleep advice given once.",
        "Police call, 23 September 2023: stepped down to Early Help after MASH screening.",
        "Team Around the Family meeting, 8 December 2023: the GP was not invited.",
        "GP consultation, 15 January 2024: mother disclosed drinking most nights.",
        "9 missed health appointments across the family.",
    ]) + "</ul>", wide=True)
    b4 = box(4, "Why it matters", p(
        "Most sudden unexpected deaths in infancy happen when a baby sleeps with an adult on a sofa or in a bed, "
        "especially after the adult has drunk alcohol. Risk rises when a family's usual sleep arrangements are "
        "disrupted.") + p("In Quarrington and Dale, safer sleep is everyone's business, not only health visiting's."))
    b5 = box(5, "What we learned", "<ul>" + "".join(f"<li>{e(x)}</li>" for x in [
        "Safe sleep is not a one-off conversation.",
        "A decision made on one agency's records is not a multi-agency decision.",
        "Damp and mould can change where a baby sleeps.",
        "A child who cares for a sibling at night is telling us something.",
        "Disengagement from alcohol services is a risk, not a reason to close.",
    ]) + "</ul>")
    b6 = box(6, "Questions for your team", "<ul>" + "".join(f"<li>{e(x)}</li>" for x in [
        "When did you last ask a family where their baby slept last night?",
        "Who else might know something about this household?",
        "Would you recognise a young carer in a nine-year-old?",
    ]) + "</ul>" + p("Bring the answers to your next supervision session."))
    b7 = box(7, "What the partnership is doing", p(
        "A new Safe Sleep Assessment Tool will be launched in June 2025 for every practitioner who visits families "
        "with babies. Dalesway Homes now treats damp in a baby's room as an urgent repair. The learning event in July "
        "2024 brought together 25 practitioners.") + p(
        "Further reading: the full review and the partnership's Safer Sleep Guidance for Practitioners."), wide=True)
    title = ('<div class="title"><div style="font-size:9pt; letter-spacing:0.12em;">' + PARTNERSHIP.upper()
             + '</div><div class="big">Seven-minute briefing: &ldquo;Kai&rdquo;</div>'
             '<div style="font-size:10pt; margin-top:2mm;">Learning from a child safeguarding practice review '
             '&middot; March 2025</div></div>')
    pg1 = title + '<div class="grid7">' + b1 + b2 + b3 + b4 + "</div>"
    pg2 = '<div class="grid7" style="margin-top:4mm;">' + b5 + b6 + b7 + "</div>"
    foot = lambda n: (f'<div class="foot"><span class="folio">{n}/2</span>{FOOT} &middot; {PARTNERSHIP} '  # noqa: E731
                      '&middot; Seven-minute briefing</div>')
    pages = [f'<div class="page"><div class="inner">{pg1}</div>{foot(1)}</div>',
             f'<div class="page"><div class="inner">{pg2}</div>{foot(2)}</div>']
    return ("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>Seven-minute briefing Kai "
            f"(FICTIONAL)</title><style>{CSS}{BRIEF_CSS}</style></head><body>" + "".join(pages) + CHECK_JS
            + "</body></html>")


# --------------------------------------------------------------------------------------------

FIXED_DATE = b"D:20250310000000+00'00'"


def print_pdf(html_text, out, tmp):
    src = tmp / (out.stem + ".html")
    src.write_text(html_text, encoding="utf-8")
    raw = tmp / (out.stem + ".raw.pdf")
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
           f"--user-data-dir={tmp / 'profile'}", "--disable-extensions", "--no-first-run",
           f"--print-to-pdf={raw}", src.as_uri()]
    subprocess.run(cmd, check=True, timeout=180, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    data = raw.read_bytes()

    # Chromium writes the print time as /CreationDate and /ModDate: replace with a fixed date of equal length
    def fix(m):
        old = m.group(1)
        new = FIXED_DATE[: len(old)].ljust(len(old), b"0") if len(old) != len(FIXED_DATE) else FIXED_DATE
        return m.group(0).replace(old, new)

    data = re.sub(rb"/(?:CreationDate|ModDate) \((D:[^)]*)\)", fix, data)
    out.write_bytes(data)


def main():
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        print_pdf(review_html(), REVIEW, tmp)
        print_pdf(brief_html(), BRIEFING, tmp)
    from pypdf import PdfReader
    bad = 0
    for pdf in (REVIEW, BRIEFING):
        r = PdfReader(str(pdf))
        for i, pg in enumerate(r.pages, 1):
            t = pg.extract_text() or ""
            if "OVERFLOWPAGE" in t:
                print(f"{pdf.name} p{i}: content overflows the page", file=sys.stderr)
                bad += 1
        print(f"{pdf.name}: {len(r.pages)} pages")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
