"""Build the FICTIONAL Larkspur "Child F" blind corpus (two PDFs) with headless Chromium.

Everything in these documents is invented: the borough, the board, the family, the
professionals, the agencies and the events. The PDFs exist only to test scr-qa.

    /work/main/.venv/bin/python eval/blind/larkspur-print/build.py

Each page is an absolutely sized A4 box (HTML + CSS, CSS multi-column for the two-column
pages), printed by `chromium --headless --print-to-pdf`. The PDF creation/modification dates
are then overwritten with a fixed string of the same length, so the output is byte for byte
the same on every run (same Chromium build and fonts). Run with --check to report any page
box whose content overflows (uses --dump-dom).
"""
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OVERVIEW = HERE / "larkspur-scr-child-f-overview-report.pdf"
SUMMARY = HERE / "larkspur-scr-child-f-executive-summary.pdf"
TITLE = "Serious Case Review: Child F"
FOOT = "FICTIONAL practice material &middot; Larkspur Safeguarding Children Board"

CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: 'DejaVu Serif', serif; font-size: 9.6pt; line-height: 1.38; color: #1a1a1a;
       font-variant-ligatures: none; hyphens: none; }
.page { width: 210mm; height: 297mm; position: relative; overflow: hidden; page-break-after: always;
        break-after: page; }
.page:last-child { page-break-after: auto; break-after: auto; }
.hdr { position: absolute; top: 9mm; left: 17mm; right: 17mm; font-family: 'DejaVu Sans', sans-serif;
       font-size: 7.5pt; color: #5b2a6e; border-bottom: 0.6pt solid #5b2a6e; padding-bottom: 1.5mm; }
.hdr .r { float: right; }
.ftr { position: absolute; bottom: 8mm; left: 17mm; right: 17mm; font-family: 'DejaVu Sans', sans-serif;
       font-size: 7.5pt; color: #444; }
.ftr .pg { float: right; font-weight: bold; font-size: 9pt; color: #5b2a6e; }
.main { position: absolute; top: 19mm; left: 17mm; right: 17mm; bottom: 17mm; }
.cols { column-count: 2; column-gap: 7mm; column-rule: 0.4pt solid #c9b6d3; text-align: justify; }
.single { text-align: justify; width: 150mm; margin-left: 9mm; font-size: 10pt; }
.band { background: #5b2a6e; color: #fff; font-family: 'DejaVu Sans', sans-serif; font-weight: bold;
        font-size: 11.5pt; padding: 2mm 3mm; margin: 2mm 0 3mm 0; }
.rule { border-top: 1.6pt solid #5b2a6e; font-family: 'DejaVu Sans', sans-serif; font-weight: bold;
        font-size: 11pt; color: #5b2a6e; padding-top: 1.5mm; margin: 3mm 0 2.5mm 0; }
h3 { font-family: 'DejaVu Sans', sans-serif; font-size: 9.6pt; color: #5b2a6e; margin: 2mm 0 1mm 0;
     break-after: avoid; }
p { margin: 0 0 2.2mm 0; orphans: 2; widows: 2; }
.pn { font-family: 'DejaVu Sans', sans-serif; font-weight: bold; color: #5b2a6e; margin-right: 1.2mm; }
.rh { font-weight: bold; }
ol.sub { list-style: none; margin: 0 0 2.2mm 0; padding-left: 5mm; }
ol.sub li { margin-bottom: 1mm; }
.side { break-inside: avoid; background: #efe7f3; border-left: 2.5pt solid #5b2a6e; padding: 2.5mm 3mm;
        margin: 1mm 0 3mm 0; font-family: 'DejaVu Sans', sans-serif; font-size: 8.3pt; text-align: left; }
.side b.t { display: block; color: #5b2a6e; margin-bottom: 1mm; font-size: 9pt; }
.fn { position: absolute; bottom: 15mm; left: 17mm; right: 17mm; border-top: 0.5pt solid #888;
      padding-top: 1.5mm; font-size: 7.2pt; line-height: 1.3; }
.fn p { margin: 0 0 0.8mm 0; }
sup { font-size: 6.5pt; line-height: 0; }
table.chron { width: 100%; border-collapse: collapse; font-family: 'DejaVu Sans', sans-serif;
              font-size: 7.9pt; line-height: 1.3; }
table.chron th { background: #5b2a6e; color: #fff; text-align: left; padding: 1.5mm; }
table.chron td { border-bottom: 0.4pt solid #b9a4c4; padding: 1.3mm 1.5mm; vertical-align: top; }
table.chron tr:nth-child(even) td { background: #f6f1f8; }
.cap { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; font-weight: bold; color: #5b2a6e;
       margin: 1mm 0 1.5mm 0; }
.cover { background: #5b2a6e; color: #fff; position: absolute; top: 0; left: 0; right: 0; height: 150mm;
         padding: 45mm 20mm 0 20mm; font-family: 'DejaVu Sans', sans-serif; }
.cover .k { font-size: 12pt; letter-spacing: 1pt; }
.cover .t { font-size: 30pt; font-weight: bold; margin: 6mm 0 4mm 0; }
.cover .s { font-size: 14pt; }
.covlow { position: absolute; top: 165mm; left: 20mm; right: 20mm; font-family: 'DejaVu Sans', sans-serif;
          font-size: 10.5pt; line-height: 1.6; }
.toc { width: 150mm; margin-left: 9mm; font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }
.toc div { border-bottom: 0.4pt dotted #888; padding: 1.6mm 0; }
.toc span { float: right; }
.es { width: 160mm; margin-left: 8mm; font-size: 10.3pt; line-height: 1.45; }
.es p { margin-bottom: 3mm; }
.es .pn { display: inline-block; min-width: 9mm; }
table.kf { border-collapse: collapse; width: 100%; font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }
table.kf td { border: 0.5pt solid #b9a4c4; padding: 1.5mm 2mm; vertical-align: top; }
table.kf td:first-child { width: 45%; font-weight: bold; background: #f6f1f8; }
"""


def P(num, text, head=None):
    h = f'<span class="rh">{head}.</span> ' if head else ""
    return f'<p><span class="pn">{num}</span> {h}{text}</p>'


def C(text):  # continuation of a paragraph from the previous column/page: no number
    return f"<p>{text}</p>"


def SUB(items):
    return '<ol class="sub">' + "".join(f"<li>({k}) {v}</li>" for k, v in items) + "</ol>"


def SIDE(title, text):
    return f'<div class="side"><b class="t">{title}</b>{text}</div>'


def page(label, main, fn=None, hdr=True, foot=FOOT):
    h = f'<div class="hdr">{TITLE} &middot; Overview report<span class="r">Larkspur Safeguarding Children Board</span></div>' if hdr else ""
    f = ""
    if fn:
        f = '<div class="fn">' + "".join(f"<p><sup>{n}</sup> {t}</p>" for n, t in fn) + "</div>"
    pg = f'<span class="pg">{label}</span>' if label else ""
    return f'<div class="page">{h}<div class="main">{main}</div>{f}<div class="ftr">{foot}{pg}</div></div>'


def cols(*blocks):
    return '<div class="cols">' + "".join(blocks) + "</div>"


CHRON_HEAD = "<tr><th style='width:15%'>Date</th><th style='width:20%'>Agency</th><th>Event and action taken</th></tr>"
CHRON = [
    ("06/05/15", "Health visiting (HV1)", "Home visit at two years. HV1 saw a bottle of methadone on the kitchen worktop within reach of Child F. Safe storage advice given verbally; no referral made."),
    ("17/07/15", "Larkspur Police", "Call at 23.15 hrs from a neighbour reporting shouting. PC1 attended; Mr E arrested for criminal damage and released under investigation. DASH assessed as standard risk."),
    ("20/07/15", "Larkspur Police", "Police protection notification sent to children's social care; child recorded as present but asleep upstairs."),
    ("11/08/15", "Children's social care (SW1)", "Single assessment opened. SW1 visited twice; parents said they were \"doing well\" in treatment."),
    ("29/09/15", "Children's social care (SW1)", "Assessment closed with no further action; family signposted to universal services. Recovery service not contacted."),
    ("14/01/16", "Thistledown Nursery", "Child F started a funded place for two-year-olds, three mornings a week."),
    ("03/03/16", "Mallow Street Surgery (GP1)", "Ms D seen about low mood; antidepressant started. GP1 record notes both parents in treatment at the recovery service."),
    ("22/06/16", "Larkspur Recovery Partnership (RW1)", "Prescribing review: Mr E moved from daily supervised consumption to take-home doses collected weekly from Sedge Lane Pharmacy."),
    ("05/09/16", "Larkspur Recovery Partnership (RW1)", "Lockable box issued to Mr E. No home visit to see where it would be kept."),
    ("14/11/16", "Thistledown Nursery", "At 09.40 hrs staff found Child F drowsy and unusually floppy. Nursery manager telephoned Ms D, who collected her at 10.25 hrs and said she had a cold."),
    ("15/11/16", "Thistledown Nursery", "Nursery referral to the MASH about the drowsiness and poor attendance."),
    ("24/11/16", "Children's social care (TM1)", "Strategy discussion by telephone: TM1, police and named nurse. Recovery service not invited. Outcome: child in need assessment, not section 47 enquiries."),
    ("01/12/16", "Children's social care", "Case allocated to SW2."),
    ("07/12/16", "Children's social care (SW2)", "First home visit by SW2. Lockable box not asked about."),
    ("12/12/16", "Multi-agency", "Initial child in need meeting. CIN plan agreed with six actions; the recovery service sent apologies."),
    ("09/01/17", "Health visiting (HV2)", "Home visit. HV2 saw the lockable box open on a bedroom shelf, key in the lock."),
    ("23/01/17", "Children's social care (SW2)", "Child in need review meeting cancelled because SW2 was on leave; not rearranged."),
    ("10/02/17", "Larkspur Recovery Partnership", "RW1 left the service; Mr E's case transferred to RW3."),
    ("27/02/17", "Ambulance service", "Emergency call at 07.52 hrs: Ms D found Child F unresponsive in bed. Child F taken to Fairhaven Children's Hospital."),
    ("28/02/17", "Fairhaven Children's Hospital", "Child F died. Toxicology later confirmed methadone toxicity."),
]


def chron_rows(rows):
    return "".join(f"<tr><td>{d}</td><td>{a}</td><td>{e}</td></tr>" for d, a, e in rows)


def overview_pages():
    pages = []
    # p1 cover
    pages.append('<div class="page"><div class="cover"><div class="k">LARKSPUR SAFEGUARDING CHILDREN BOARD</div>'
                 '<div class="t">Serious Case Review<br>Child F</div><div class="s">Overview report</div></div>'
                 '<div class="covlow">Lead reviewer: Miriam Castellane<br>Independent chair of the Board: Dr Rowan Ashgrove<br>'
                 'Published: September 2018<br><br>This is a FICTIONAL document written as practice material. '
                 'Child F, her family, the professionals, the agencies and Larkspur itself are invented.</div>'
                 f'<div class="ftr">{FOOT}</div></div>')
    # p2 contents (i)
    toc = [("Foreword", "ii"), ("1. Introduction", "1"), ("2. The review process", "1"), ("3. Child F and her family", "2"),
           ("4. Multi-agency chronology", "3"), ("5. Analysis of practice", "5"), ("6. Findings", "8"),
           ("7. Conclusions", "9"), ("8. Recommendations", "10"), ("Appendix A: role codes", "11"),
           ("Appendix B: glossary", "11")]
    t = '<div class="rule">Contents</div><div class="toc">' + "".join(f"<div>{a}<span>{b}</span></div>" for a, b in toc) + "</div>"
    t += ('<div class="single" style="margin-top:10mm"><p>The Board accepted this report at its meeting on 4 July 2018. '
          'Names of agencies are given in full; practitioners are referred to by role codes, which are listed in Appendix A. '
          'The family are referred to by letters chosen at random.</p></div>')
    pages.append(page("i", t))
    # p3 foreword (ii)
    fw = ('<div class="rule">Foreword by the independent chair</div><div class="single">'
          '<p>Child F was a lively, affectionate little girl who loved the sand tray at nursery and the ducks at Wenlow Park. '
          'She died at the end of February 2017, a few weeks before her fourth birthday, after swallowing methadone that had '
          'been prescribed to her father. Nobody who reads this report should forget that her death was preventable.</p>'
          '<p>The Board decided to commission a Serious Case Review because the circumstances met the criteria in the statutory '
          'guidance and because several agencies had known the family for some time. I want to thank Child F\'s grandmother, '
          'who met the lead reviewer twice and spoke with great dignity about her granddaughter.</p>'
          '<p>This review does not look for someone to blame. It asks why the risk that a small child might find and drink '
          'medicine kept in her home was seen by several professionals but never held by any one of them. The answer lies less in '
          'individual mistakes than in systems that let each agency assume that another was checking.</p>'
          '<p>The Board has already acted on some of the learning. Since the spring of 2018 every new take-home prescription for '
          'a parent must be preceded by a home visit, and the Board\'s safe storage leaflet has been reprinted in four languages. '
          'The remaining recommendations will be monitored by the Board\'s Learning and Improvement Sub-group, which will report '
          'to the Board every six months.</p>'
          '<p>Dr Rowan Ashgrove<br>Independent Chair, Larkspur Safeguarding Children Board</p></div>')
    pages.append(page("ii", fw))
    # p4 (1): sections 1-2
    b = ('<div class="band">1. Introduction</div>' + cols(
        P("1.1", "This Serious Case Review concerns Child F, who was born in March 2013 and died on 28 February 2017 at "
              "Fairhaven Children's Hospital, aged three years and eleven months. A post-mortem examination and toxicology "
              "found that she died of methadone toxicity."),
        P("1.2", "Child F lived with her mother, Ms D, and her father, Mr E, in a two-bedroom flat let by Larkspur Homes. Both "
              "parents were receiving opioid substitution treatment from the Larkspur Recovery Partnership, and Mr E had been "
              "prescribed methadone since 2012."),
        P("1.3", "Criminal proceedings against both parents followed Child F's death. This report was held back until those "
              "proceedings ended, which explains the time between the Board's decision and publication. The inquest has been "
              "opened and adjourned."),
        P("1.4", "The review covers the period from 1 April 2015, shortly before the "
              "first recorded concern about the storage of medicine, to the date of Child F's death. Earlier events are "
              "summarised where they help to explain what happened.", "Scope"),
        P("1.5", "The review considered in particular how agencies assessed the risk posed to a young child by "
              "medicines prescribed to her parents, and whether information about that risk was shared.", "Focus"),
    ) + '<div class="band">2. The review process</div>' + cols(
        P("2.1", "The Board's Serious Case Review Sub-group considered the case on 9 March 2017. The independent chair decided on "
              "21 March 2017 that the criteria for a Serious Case Review were met<sup>1</sup> and appointed Miriam Castellane, an "
              "independent social work consultant, as lead reviewer.", "Decision"),
        P("2.2", "A review panel of senior managers from the agencies involved met six times between May 2017 and February 2018. "
              "The panel was chaired by the Board's business manager, who had no line-management responsibility for any "
              "practitioner involved.", "Panel"),
        P("2.3", "Eleven agencies provided information, either as individual management reviews or as shorter reports. The "
              "individual management reviews came from the following agencies:"),
        SUB([("a", "Larkspur Recovery Partnership;"), ("b", "Larkspur Council children's social care;"),
             ("c", "Larkspur Community Health Services (health visiting);"), ("d", "Thistledown Nursery.")]),
        P("2.4", "The lead reviewer used a systems approach. She held two learning events with frontline practitioners, "
              "attended by 23 people, and one with their managers.", "Method"),
    ))
    pages.append(page("1", b, fn=[("1", "Regulation 5 of the Local Safeguarding Children Boards Regulations 2006, as described in Working Together to Safeguard Children (2015).")]))
    # p5 (2)
    b = cols(
        P("2.5", "Child F's grandmother, Mrs D, met the lead reviewer twice. Ms D declined to take part. Mr E agreed to meet the "
              "lead reviewer but did not attend on the two dates offered.", "The family"),
        P("2.6", "The draft report was shared with the panel in April 2018 and the final version was agreed in May 2018. The "
              "Board accepted it at its meeting on 4 July 2018."),
        SIDE("What is supervised consumption?",
             "Many people prescribed methadone start by taking each dose in front of a pharmacist. This is called "
             "supervised consumption. When treatment is stable the prescriber may allow take-home doses, collected "
             "from the pharmacy and kept at home. National clinical guidance says that the safety of any children in the "
             "home should be considered before this happens."),
        P("2.7", "The review did not examine the police investigation after Child F's death, which was the subject of a "
              "separate process.", "Limits"),
        '<div class="rule" style="column-span:all">3. Child F and her family</div>',
        P("3.1", "Child F was Ms D's only child. Practitioners who knew her describe a chatty, sociable girl whose speech was "
              "slightly delayed at two years but who had caught up by the time she was three."),
        P("3.2", "Ms D was 26 when Child F died. She had been in treatment with the recovery service since 2011 and was "
              "described by her recovery worker, RW2, as \"engaged but fragile\". She was prescribed buprenorphine, not "
              "methadone.", "Mother"),
        P("3.3", "Mr E was 34. He had used heroin from his late teens and had a number of convictions for acquisitive "
              "offences, the last in 2013. From 2014 he worked part time for a furniture recycling charity, which his "
              "recovery worker, RW1, saw as a sign of stability.", "Father"),
        P("3.4", "Mrs D, Ms D's mother, lived two streets away and looked after Child F most weekends. She told the review that "
              "she had twice found medicine bottles within Child F's reach and had \"told them off about it\", but had not "
              "told any professional."),
        P("3.5", "The family moved to the flat on Orchard Rise in October 2014. A housing officer from Larkspur Homes, HO1, "
              "visited in 2015 and 2016 about rent arrears of £1,180 but had no reason to think about safeguarding.<sup>2</sup>"),
    )
    pages.append(page("2", b, fn=[("2", "Larkspur Homes told the review that its officers were not then trained to notice medicines in the homes they visited.")]))
    # p6 (3) chronology 1
    b = cols(
        P("3.6", "Child F was registered with Mallow Street Surgery, where her immunisations were up to date. She attended "
              "the surgery with minor illnesses four times in the period under review."),
        P("3.7", "The grandmother's view of the family, given to the review, was that the parents loved Child F but that their "
              "lives were \"organised around the chemist\"."),
    ) + '<div class="band">4. Multi-agency chronology</div>' + cols(
        P("4.1", "The table below sets out the key events known to agencies. It is drawn from the agencies' chronologies and "
              "has been checked against their records. Role codes are explained in Appendix A."),
    ) + '<div class="cap">Table 1: Key events, April 2015 to February 2017</div><table class="chron">' + CHRON_HEAD + chron_rows(CHRON[:10]) + "</table>"
    pages.append(page("3", b))
    # p7 (4) chronology 2
    b = ('<div class="cap">Table 1 (continued)</div><table class="chron">' + CHRON_HEAD + chron_rows(CHRON[10:]) + "</table>"
         '<div style="height:4mm"></div>' + cols(
             P("4.2", "Two features stand out from the chronology. First, the risk of Child F finding her parents' medicine was "
                   "seen at least three times, by HV1 in May 2015, by the nursery in November 2016 and by HV2 in January 2017, "
                   "but each sighting was handled as a one-off. Second, the agency that knew most about that risk, the recovery "
                   "service, was never part of the discussions about Child F."),
             P("4.3", "The review also learned that Child F's nursery attendance fell sharply in the autumn term of 2016, when "
                   "she missed 23 of her 39 sessions. Poor attendance was recorded by the nursery but was not shared until the "
                   "referral of 15 November 2016."),
         ))
    pages.append(page("4", b))
    # p8 (5) analysis
    b = ('<div class="band">5. Analysis of practice</div>' + cols(
        P("5.1", "This section looks at the part played by each agency, then at the way agencies worked together. It follows "
              "the order of events rather than ranking agencies. Where the review is critical of a decision, it has tried to "
              "understand why the decision made sense to the practitioner at the time, using what practitioners said at the "
              "learning events and in conversations with the lead reviewer. Hindsight makes the significance of some events "
              "obvious; it was not obvious then, and several of the practitioners involved had many other families who "
              "seemed to be at greater risk."),
        P("5.2", "The recovery service's decision of 22 June 2016 to move Mr E to take-home doses was made at a routine "
              "prescribing review. RW1 and the prescriber, Dr P, recorded that Mr E had produced clear drug tests for nine months "
              "and was working. The record says that there was a child in the household but contains no assessment of the risk "
              "to her.", "Recovery service"),
        P("5.3", "The service's own policy<sup>3</sup> required a home visit before take-home doses were agreed for a parent. "
              "None took place. RW1 told the review that home visits had stopped in practice after the service was "
              "recommissioned in 2015, because the new contract gave no time for them. Managers at the service were aware of this but had not "
              "changed the written procedure, so staff were following a policy that existed only on paper. The review "
              "regards this as a systemic weakness rather than a failing by RW1, who had a caseload of 64 patients."),
        SIDE("Take-home doses in Larkspur",
             "At the end of 2016 the Larkspur Recovery Partnership had 412 patients on methadone, of whom 97 were "
             "allowed take-home doses. The service could not say how many of those 97 lived with children."),
        P("5.4", "A lockable box was given to Mr E on 5 September 2016, more than ten weeks after the take-home doses began. "
              "The service issued 140 lockable boxes to patients in 2016 but kept no record of whether they were used.", "Lockable box"),
        P("5.5", "HV1's visit on 6 May 2015 was the first occasion on which any professional saw medicine within Child F's "
              "reach. HV1 gave advice and recorded it, which was good practice, but did not tell the GP or the recovery service, "
              "and did not return to check.", "Health visiting"),
        P("5.6", "When HV2 took over the caseload in September 2015 the handover was by a written summary only. The storage "
              "concern was in the records but not in the summary, and HV2 told the review that she did not know about it "
              "until after Child F's death. The health visiting service has since"),
    ))
    pages.append(page("5", b, fn=[("3", "Larkspur Recovery Partnership, Safe Prescribing for Parents procedure, version 2 (2014).")]))
    # p9 (6)
    b = cols(
        C("introduced face-to-face handovers for all families with a child under five where a parent is in drug or alcohol "
          "treatment."),
        P("5.7", "HV2's visit on 9 January 2017 was thorough in most respects. She saw the lockable box open on a bedroom "
              "shelf with the key in the lock, and she advised Ms D to keep it locked. She recorded the advice but did not pass "
              "the observation to SW2, even though the family were then on a child in need plan."),
        P("5.8", "The nursery is the agency that comes best out of this review. Its key person for Child F, NP1, noticed in "
              "the autumn of 2016 that Child F often arrived late and tired, and kept careful notes.", "Nursery"),
        P("5.9", "On 14 November 2016 Child F was found drowsy and unusually floppy at 09.40 hrs. The nursery manager, NM1, "
              "rightly treated this as a safeguarding concern and telephoned Ms D. With hindsight, an ambulance should have been "
              "called, because Child F's symptoms were consistent with opioid ingestion; the review accepts that nursery staff "
              "could not have been expected to know that."),
        SIDE("The voice of Child F",
             "Nursery staff recorded Child F saying that \"daddy's medicine is pink and yucky\" in October 2016. The remark "
             "was written in her learning journal but was not recognised as a safeguarding disclosure."),
        P("5.10", "The nursery's referral the next day was clear and included its attendance figures. The review found no "
              "evidence that the MASH asked the nursery for more information before the strategy discussion."),
        P("5.11", "The police response to the incident of 17 July 2015 was prompt. PC1 arrived within twenty minutes and "
              "recorded that Child F was in the flat. The DASH assessment was completed as standard risk. PC1 noticed "
              "methadone bottles in the living room and recorded this in the crime report, but the notification to children's "
              "social care did not mention it.", "Police"),
    )
    pages.append(page("6", b))
    # p10 (7)
    b = cols(
        P("5.12", "The single assessment opened by SW1 on 11 August 2015 relied almost wholly on what the parents said. "
              "SW1 made two visits and did not contact the recovery service, the GP or the health visitor. The assessment "
              "closed on 29 September 2015 with advice to use universal services.", "Children's social care"),
        P("5.13", "SW1 told the review that she had 31 open cases at the time and that the team's practice was to close "
              "\"low level\" police notifications quickly. The review accepts that pressure was real, but an assessment of "
              "a child under three whose parents were both in opioid treatment needed the view of the treating agency."),
        P("5.14", "The strategy discussion on 24 November 2016 was chaired by TM1 and held by telephone. It decided that the "
              "threshold for section 47 enquiries was not met. The review found three weaknesses in that discussion:"),
        SUB([("a", "the recovery service, which knew that Mr E had take-home methadone, was not invited;"),
             ("b", "nobody asked whether Child F's drowsiness might have been caused by medicine in the home;"),
             ("c", "the nursery's attendance figures were noted but not analysed.")]),
        P("5.15", "SW2 was allocated on 1 December 2016 and made five home visits between then and Child F's death. Her "
              "visits were announced, and the review found no record that she asked to see where medicines were kept. SW2 "
              "had a caseload of 27 children and was in her first year of practice.", "Child in need work"),
        P("5.16", "The child in need plan agreed on 12 December 2016 had six actions. Only two, a referral to a parenting "
              "group and a reminder about nursery attendance, were completed. The action for the recovery service to "
              "\"confirm safe storage arrangements\" was never passed to it, because it had sent apologies and the minutes "
              "were not sent on."),
        P("5.17", "The review meeting due on 23 January 2017 was cancelled because SW2 was on leave, and no new date was "
              "set. TM1 told the review that the team had no system to flag cancelled meetings.", "Drift"),
    )
    pages.append(page("7", b))
    # p11 (8)
    b = cols(
        P("5.18", "GP1 knew that both parents were in treatment. The practice did not receive the recovery service's "
              "prescribing review letter of June 2016, which was sent to a previous address of the surgery. This meant that the "
              "GP did not know about the take-home doses.", "General practice"),
        P("5.19", "Sedge Lane Pharmacy dispensed Mr E's weekly take-home supply from June 2016. The pharmacist, PH1, "
              "told the review that she had no way of knowing that a young child lived in the household.", "Pharmacy"),
        P("5.20", "The change of recovery worker on 10 February 2017 took place without a handover meeting. RW3 had "
              "not met Mr E before Child F's death."),
    ) + '<div class="band">6. Findings</div>' + cols(
        P("6.1", "The review makes five findings. Each describes a weakness in the system rather than the fault of one "
              "practitioner."),
        P("6.2", "Finding 1: take-home medicine was treated as a matter for the adult service. The risk to Child F from her "
              "father's methadone was assessed, if at all, only by the prescriber, who did not see the home.", "Risk held in one place"),
        P("6.3", "Finding 2: each sighting of unsafe storage was handled on its own. HV1, PC1, HV2 and Mrs D all saw "
              "medicine within reach or a box left open, but no agency put these observations together.", "Single sightings"),
        P("6.4", "Finding 3: the strategy discussion and the child in need plan were held without the agency that knew most "
              "about the risk. Children's social care did not treat the recovery service as a core partner."),
    )
    pages.append(page("8", b))
    # p12 (9)
    b = cols(
        P("6.5", "Finding 4: paperwork did not reach the people who needed it. The GP did not receive the June 2016 letter "
              "because it was sent to the surgery's old address; the child in need minutes were not sent to the recovery "
              "service; and HV2 did not receive the May 2015 storage concern.", "Lost information"),
        P("6.6", "Finding 5: a cancelled child in need review was simply not rearranged, and no manager noticed for five "
              "weeks. Drift of this kind is a known risk when a worker with a heavy caseload is absent.", "Drift"),
        P("6.7", "The review also found good practice. The nursery's record keeping, the police officer's note of the "
              "medicine in the flat, and HV2's advice on 9 January 2017 all show practitioners doing what they had been "
              "trained to do."),
        P("6.8", "Finally, the review notes that the parents themselves gave misleading accounts to several agencies. Ms D "
              "told the nursery on 14 November 2016 that Child F had a cold, and Mr E told RW1 that the lockable box was "
              "kept \"in the top of the wardrobe\"."),
    ) + '<div class="band">7. Conclusions</div>' + cols(
        P("7.1", "Child F's death could have been prevented. The most important missed opportunity was the decision of "
              "22 June 2016, made without a home visit, to allow take-home methadone in a house with a three-year-old child."),
        P("7.2", "The second missed opportunity was the strategy discussion of 24 November 2016. Had the recovery service "
              "been present, the link between Child F's drowsiness and her father's prescription might have been made."),
        P("7.3", "The review panel considered whether Child F's death was predictable and concluded that it was not, "
              "because no agency held all the information. It was, however, preventable."),
    )
    pages.append(page("9", b))
    # p13 (10) recommendations single column
    b = ('<div class="rule">8. Recommendations</div><div class="single">'
         + P("8.1", "The Board makes eight recommendations. Each names the agency that should lead on it. The Learning and "
                    "Improvement Sub-group will report on progress every six months.")
         + P("8.2", "The Larkspur Recovery Partnership should reinstate a home visit, including a check of the storage "
                    "arrangements, before any parent is allowed take-home doses, and record the outcome on the "
                    "prescribing review.", "Recommendation 1")
         + P("8.3", "The Larkspur Recovery Partnership should keep a record of every lockable box issued and check at each "
                    "review that it is in use.", "Recommendation 2")
         + P("8.4", "Children's social care should invite the recovery service to every strategy discussion about a child "
                    "whose parent is in drug treatment, and send it the minutes of child in need meetings.", "Recommendation 3")
         + P("8.5", "Larkspur Community Health Services should ensure that every health visiting handover for a family with "
                    "a parent in drug or alcohol treatment takes place face to face.", "Recommendation 4")
         + P("8.6", "The Board should publish a safe storage leaflet for parents and carers and ask pharmacies to give it out "
                    "with every take-home prescription.", "Recommendation 5")
         + P("8.7", "Children's social care should introduce a system that alerts a team manager when a child in need "
                    "review has not taken place within ten working days of its due date.", "Recommendation 6")
         + P("8.8", "The Board should ask early years providers to include the possibility of accidental ingestion of "
                    "medicine in their training on unexplained drowsiness, and to call an ambulance in such cases.", "Recommendation 7")
         + P("8.9", "The Board should audit, within twelve months of publication, a sample of 20 cases in which a parent has "
                    "take-home opioid substitution medication, and report the results to the Board.", "Recommendation 8")
         + "</div>")
    pages.append(page("10", b))
    # p14 (11) appendices
    roles = [("HV1", "Health visitor until August 2015"), ("HV2", "Health visitor from September 2015"),
             ("SW1", "Social worker, assessment team, 2015"), ("SW2", "Social worker, child in need team, from December 2016"),
             ("TM1", "Team manager, child in need team"), ("RW1", "Recovery worker for Mr E until February 2017"),
             ("RW2", "Recovery worker for Ms D"), ("RW3", "Recovery worker for Mr E from 10 February 2017"),
             ("Dr P", "Prescribing doctor, Larkspur Recovery Partnership"), ("GP1", "General practitioner, Mallow Street Surgery"),
             ("PC1", "Police constable who attended on 17 July 2015"), ("NP1", "Key person, Thistledown Nursery"),
             ("NM1", "Manager, Thistledown Nursery"), ("PH1", "Pharmacist, Sedge Lane Pharmacy"), ("HO1", "Housing officer, Larkspur Homes")]
    b = ('<div class="rule">Appendix A: role codes</div><table class="chron"><tr><th style="width:18%">Code</th><th>Role</th></tr>'
         + "".join(f"<tr><td>{a}</td><td>{r}</td></tr>" for a, r in roles) + "</table>"
         '<div class="rule">Appendix B: glossary</div><div class="single" style="font-size:9pt;margin-left:0;width:auto">'
         '<p><b>CIN</b>: child in need, under section 17 of the Children Act 1989.</p>'
         '<p><b>DASH</b>: domestic abuse, stalking and harassment risk checklist.</p>'
         '<p><b>MASH</b>: multi-agency safeguarding hub.</p>'
         '<p><b>Take-home doses</b>: doses of a prescribed opioid substitute collected from a pharmacy and kept at home.</p></div>')
    pages.append(page("11", b))
    return pages


def es_page(n, total, main):
    return (f'<div class="page"><div class="hdr">{TITLE} &middot; Executive summary<span class="r">Larkspur Safeguarding Children Board</span></div>'
            f'<div class="main">{main}</div><div class="ftr">FICTIONAL practice material &middot; Executive summary'
            f'<span class="pg">{n} of {total}</span></div></div>')


def E(num, text):
    return f'<p><span class="pn">S{num}</span> {text}</p>'


def summary_pages():
    p = []
    p.append(es_page(1, 4, '<div class="es"><div style="font-family:DejaVu Sans;font-size:20pt;font-weight:bold;color:#5b2a6e;margin:4mm 0">'
             'Serious Case Review: Child F<br><span style="font-size:13pt">Executive summary</span></div>'
             '<div class="rule">Why this review was carried out</div>'
             + E(1, "Child F died on 28 February 2017, aged three, from methadone toxicity. The methadone had been prescribed to her "
                    "father, Mr E, who was allowed to keep a week's supply at home.")
             + E(2, "The independent chair of the Larkspur Safeguarding Children Board decided on 21 March 2017 that a Serious Case "
                    "Review should be carried out. The lead reviewer was Miriam Castellane.")
             + E(3, "The review panel met seven times. Eleven agencies gave information, and 23 practitioners took part in "
                    "learning events. Child F's grandmother contributed to the review; her parents did not.")
             + '<div class="rule">Key facts</div><table class="kf">'
             + "<tr><td>Child</td><td>Child F, born March 2013</td></tr>"
             + "<tr><td>Died</td><td>28.02.2017, Fairhaven Children's Hospital</td></tr>"
             + "<tr><td>Emergency call</td><td>27.02.2017 at 07.52 hrs</td></tr>"
             + "<tr><td>Take-home doses agreed</td><td>22.06.2016</td></tr>"
             + "<tr><td>Nursery found Child F drowsy</td><td>14.11.2016</td></tr>"
             + "<tr><td>Strategy discussion</td><td>25.11.2016</td></tr>"
             + "</table></div>"))
    p.append(es_page(2, 4, '<div class="es"><div class="rule">What happened</div>'
             + E(4, "Child F lived with her parents in Larkspur. Both were receiving treatment from the Larkspur Recovery "
                    "Partnership. In May 2015 a health visitor saw methadone within Child F's reach and gave advice.")
             + E(5, "In July 2015 the police attended a domestic incident at the flat. Children's social care carried out an "
                    "assessment and closed the case at the end of September 2015.")
             + E(6, "In June 2016 the recovery service allowed Mr E to take his doses at home. It did not visit the home first. "
                    "A lockable box was provided in September 2016.")
             + E(7, "On 14 November 2016 nursery staff found Child F drowsy. The nursery referred its concerns the next day. "
                    "A strategy discussion on 25 November 2016 decided that a child in need assessment was needed. The recovery "
                    "service was not invited.")
             + E(8, "A social worker, SW2, was allocated in December 2016 and made four home visits. A child in need plan was "
                    "agreed but most of its actions were not completed, and a review meeting in January 2017 was cancelled.")
             + E(9, "Early on 27 February 2017 Child F's mother found her unresponsive. She died in hospital the next day.")
             + "</div>"))
    p.append(es_page(3, 4, '<div class="es"><div class="rule">What the review found</div>'
             + E(10, "The review concluded that Child F's death was preventable but not predictable. Its five findings are:")
             + SUB([("i", "the risk from take-home medicine was left to the adult treatment service;"),
                    ("ii", "sightings of unsafe storage were treated one at a time;"),
                    ("iii", "the recovery service was left out of child protection decision-making;"),
                    ("iv", "information was sent to the wrong place or not sent at all;"),
                    ("v", "drift after a cancelled meeting went unnoticed.")])
             + E(11, "The review praised the nursery, whose staff kept detailed records and made a clear referral.")
             + E(12, "The review did not find that any practitioner acted in bad faith. Several worked with high caseloads, "
                     "and one recovery service contract left no time for home visits.")
             + E(13, "The Board has already reprinted its safe storage leaflet in four languages and made a home visit a "
                     "condition of every new take-home prescription for a parent.")
             + "</div>"))
    p.append(es_page(4, 4, '<div class="es"><div class="rule">Recommendations</div>'
             + E(14, "The review makes eight recommendations to the Board and its partners. The main ones are:")
             + SUB([("i", "a home visit before any parent is given take-home doses;"),
                    ("ii", "the recovery service to be invited to strategy discussions;"),
                    ("iii", "face-to-face health visiting handovers;"),
                    ("iv", "an alert when a child in need review is overdue.")])
             + E(15, "The full overview report, published in September 2018, gives the detail of each recommendation and "
                     "the agency responsible for it.")
             + E(16, "Progress will be reported to the Board by its Learning and Improvement Sub-group.")
             + "</div>"))
    return p


def html(pages):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"


CHECK_JS = """<script>window.addEventListener('load',()=>{document.querySelectorAll('.page').forEach((pg,i)=>{
const m=pg.querySelector('.main');if(!m){document.body.setAttribute('data-p'+(i+1),'cover');return;}const r=m.getBoundingClientRect();let bad=[];
m.querySelectorAll('p,li,tr,div.side,div.band,div.rule').forEach(e=>{const b=e.getBoundingClientRect();
if(b.bottom>r.bottom+1||b.right>r.right+1)bad.push(e.textContent.slice(0,40));});
const fn=pg.querySelector('.fn');if(fn){const f=fn.getBoundingClientRect();m.querySelectorAll('p,li,tr,div.side').forEach(e=>{
const b=e.getBoundingClientRect();if(b.bottom>f.top+1&&b.top<f.bottom)bad.push('FN:'+e.textContent.slice(0,40));});}
document.body.setAttribute('data-p'+(i+1),bad.length?bad.join('|'):'ok');});});</script>"""


def render(pages, out, check=False):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "doc.html"
        doc = html(pages)
        if check:
            src.write_text(doc.replace("</body>", CHECK_JS + "</body>"), encoding="utf-8")
            r = subprocess.run(["timeout", "120", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                                "--window-size=794,1123", "--dump-dom", src.as_uri()], capture_output=True, text=True)
            for k, v in re.findall(r'data-(p\d+)="([^"]*)"', r.stdout):
                print(out.name, k, v)
            return
        src.write_text(doc, encoding="utf-8")
        subprocess.run(["timeout", "120", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", f"--print-to-pdf={out}", src.as_uri()],
                       capture_output=True, check=True)
    data = out.read_bytes()
    data = re.sub(rb"D:\d{14}\+00'00'", b"D:20180901000000+00'00'", data)
    out.write_bytes(data)


if __name__ == "__main__":
    check = "--check" in sys.argv
    render(overview_pages(), OVERVIEW, check)
    render(summary_pages(), SUMMARY, check)
