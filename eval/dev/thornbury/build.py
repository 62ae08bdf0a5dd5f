#!/usr/bin/env python3
"""Build the FICTIONAL Thornbury and Wyke CSPR "Child M" development PDF.

Everything in this document is invented for testing scr-qa. It does not describe real people,
real agencies or a real case.

House style (deliberately unlike the other corpora in the repo): A4, two justified Times columns
with a gutter rule, plum Helvetica headings, full-width section headings on some pages, numbered
paragraphs with a hanging indent, footnotes at the foot of the page, a tinted "Learning point" box,
a pull quote, a full-width chronology table and a one-column "who's who" table. Front matter is
numbered i-iii in the footer; the body is numbered from 1 ("- 1 -"). No /PageLabels are written.

Layout is settled by repeated builds: each pass records on which page every footnote marker and
every heading was drawn; the next pass reserves room for those footnotes at the foot of the page
and prints the contents page from the recorded headings. The loop stops when two passes agree.

    .venv/bin/python eval/dev/thornbury/build.py
"""
import math
import sys
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, FrameBreak,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

HERE = Path(__file__).resolve().parent
OUT = HERE / "thornbury-cspr-child-m.pdf"

# ----------------------------------------------------------------------------------------------
# Geometry and styles
# ----------------------------------------------------------------------------------------------
PW, PH = A4
ML = MR = 50
GUTTER = 12
TW = PW - ML - MR                      # full text width
CW = (TW - GUTTER) / 2                 # column width
TOP = PH - 66                          # top of the text area
BOT = 58                               # bottom of the text area (above the footer)
HEAD_H = 40                            # full-width heading frame on "bodyhead" pages
FN_GAP = 9                             # space between the columns and the footnote rule

PLUM = colors.HexColor("#5B2A4E")
TINT = colors.HexColor("#F2E7EF")
MID = colors.HexColor("#8C6A82")
GREY = colors.HexColor("#555555")
NBSP = "\u00a0"

BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=12.6,
                      alignment=TA_JUSTIFY, spaceAfter=4.2)
NUM = ParagraphStyle("num", parent=BODY, firstLineIndent=-22, leftIndent=22)
PLAIN = ParagraphStyle("plain", parent=BODY)
SUB = ParagraphStyle("sub", fontName="Helvetica-Bold", fontSize=9.4, leading=11.6, textColor=PLUM,
                     spaceBefore=5, spaceAfter=3)
SECCOL = ParagraphStyle("seccol", fontName="Helvetica-Bold", fontSize=12.5, leading=15,
                        textColor=PLUM, spaceBefore=9, spaceAfter=5)
SECFULL = ParagraphStyle("secfull", fontName="Helvetica-Bold", fontSize=17, leading=21,
                         textColor=PLUM, spaceAfter=0)
CAPTION = ParagraphStyle("caption", fontName="Helvetica-Bold", fontSize=8.6, leading=10.5,
                         textColor=PLUM, spaceBefore=4, spaceAfter=3, keepWithNext=1)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=7.9, leading=9.6)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold", textColor=colors.white)
QUOTE = ParagraphStyle("quote", fontName="Times-Italic", fontSize=13.5, leading=16.8,
                       textColor=PLUM, alignment=TA_LEFT)
QATTR = ParagraphStyle("qattr", fontName="Helvetica", fontSize=7.6, leading=9.5, textColor=GREY,
                       spaceBefore=3)
BOXT = ParagraphStyle("boxt", fontName="Helvetica-Bold", fontSize=8.8, leading=11, textColor=PLUM,
                      spaceAfter=2)
BOXB = ParagraphStyle("boxb", fontName="Times-Roman", fontSize=9.6, leading=11.9)
FOOT = ParagraphStyle("foot", fontName="Times-Roman", fontSize=7, leading=8.4,
                      firstLineIndent=-8, leftIndent=8)
COVER_K = ParagraphStyle("ck", fontName="Helvetica-Bold", fontSize=10, leading=13, textColor=MID,
                         spaceAfter=10)
COVER_T = ParagraphStyle("ct", fontName="Helvetica-Bold", fontSize=28, leading=33, textColor=PLUM,
                         spaceAfter=8)
COVER_S = ParagraphStyle("cs", fontName="Times-Roman", fontSize=14, leading=19, spaceAfter=6)
COVER_M = ParagraphStyle("cm", fontName="Helvetica", fontSize=9.5, leading=13.5, textColor=GREY)
TOC_H = ParagraphStyle("toch", fontName="Helvetica-Bold", fontSize=17, leading=21, textColor=PLUM,
                       spaceAfter=18)
TOC_NOTE = ParagraphStyle("tocn", fontName="Times-Italic", fontSize=9.5, leading=12.5,
                          textColor=GREY, spaceBefore=26)
EXEC_H = ParagraphStyle("exech", parent=SECFULL)


class NumPara(Paragraph):
    """Numbered paragraph with a hanging indent (style NUM: firstLineIndent=-22, leftIndent=22).

    The number is followed by one or two no-break spaces in Courier (never larger than the body
    size, so the first line keeps its height), sized so that the first line's text starts 22 pt in,
    level with the wrapped lines. Justification stretches those spaces by the line's word spacing,
    so after wrapping they are shrunk by the same amount and the paragraph is wrapped again.
    (Paragraph.split builds pieces with number=None; they keep the sized spaces.)"""

    def __init__(self, text, style=None, bulletText=None, frags=None, number=None, body=None, **kw):
        self._number, self._body, self._shrink = number, body, 0.0
        if number is not None:
            text = self._markup()
        super().__init__(text, style, bulletText=bulletText, frags=frags, **kw)

    def _pad(self):
        return 22 - stringWidth(self._number, "Times-Bold", BODY.fontSize)

    def _k(self):
        return max(1, math.ceil(self._pad() / (0.6 * BODY.fontSize)))

    def _markup(self):
        k = self._k()
        size = (self._pad() - self._shrink) / k / 0.6
        return (f'<b>{self._number}</b><font name="Courier" size="{size:.3f}">{NBSP * k}</font>'
                + self._body)

    def _wrap_with(self, shrink, aW, aH):
        self._shrink = shrink
        Paragraph.__init__(self, self._markup(), self.style)
        return Paragraph.wrap(self, aW, aH)

    def _first_line(self):
        return tuple(x.text for x in self.blPara.lines[0].words)

    def _error(self):
        """How far the first line's text start is from 22 pt, at the current shrink."""
        l0 = self.blPara.lines[0]
        n = l0.wordCount + sum(x.text.count(NBSP) for x in l0.words if not hasattr(x, "cbDefn")) - 1
        ws = l0.extraSpace / n if n > 0 and l0.extraSpace > 0 and len(self.blPara.lines) > 1 else 0
        return abs(self._k() * ws - self._shrink)

    def wrap(self, aW, aH):
        if self._number is None:
            return super().wrap(aW, aH)
        if getattr(self, "_wrapped_for", None) == aW and hasattr(self, "blPara"):
            return self.width, self.height
        w, h = self._wrap_with(0.0, aW, aH)
        lines = self.blPara.lines
        if len(lines) >= 2:
            l0 = lines[0]
            n = l0.wordCount + sum(x.text.count(NBSP) for x in l0.words if not hasattr(x, "cbDefn")) - 1
            k = self._k()
            if n > k and l0.extraSpace > 0:
                first = self._first_line()
                target = min(k * l0.extraSpace / (n - k), self._pad() - 0.5)
                self._wrap_with(target, aW, aH)
                candidates = [target]
                if self._first_line() != first:
                    # shrinking let another word onto the first line: find where that happens and
                    # take whichever side of it leaves the text closest to 22 pt
                    lo, hi = 0.0, target
                    for _ in range(14):
                        mid = (lo + hi) / 2
                        self._wrap_with(mid, aW, aH)
                        if self._first_line() == first:
                            lo = mid
                        else:
                            hi = mid
                    candidates = [lo, hi]
                best = min(candidates, key=lambda c: (self._wrap_with(c, aW, aH), self._error())[1])
                w, h = self._wrap_with(best, aW, aH)
        self._wrapped_for = aW
        return w, h


def F(n):
    """Footnote marker: a superscript number glued to the preceding word, plus a draw hook."""
    return f'<super>{n}</super><onDraw name="fn" label="{n}"/>'


def roman(n):
    return ["i", "ii", "iii", "iv", "v", "vi"][n - 1]


FRONT = 3   # physical pages of front matter (cover, contents, executive summary)


def page_label(physical):
    return roman(physical) if physical <= FRONT else str(physical - FRONT)


# ----------------------------------------------------------------------------------------------
# Text (FICTIONAL)
# ----------------------------------------------------------------------------------------------
FOOTNOTES = {
    1: "The skeletal survey was reviewed by a second paediatric radiologist at Calderford Royal "
       "Infirmary on 15 February 2022, who agreed with the findings and with the estimate that the "
       "rib fractures were between two and five weeks old.",
    2: "The three safeguarding partners for the area are Thornbury and Wyke Council, NHS Wyke Valley "
       "Integrated Care Board and Wyke and District Police. Their joint arrangements were last "
       "revised in September 2021.",
    3: "Little Acorns Nursery is run by Brightstart Childcare Ltd, a private provider that operates "
       "eleven nurseries across the county. Its safeguarding policy is set by the company, not by "
       "the individual nursery.",
    4: "The DASH checklist records answers to 27 questions. Fourteen or more positive answers, or "
       "the officer's professional judgement, indicate high risk. Ms K gave nine positive answers.",
    5: "The Trust's own guidance is that a full-time health visitor should hold no more than 300 "
       "families. In 2021 HV2 held 468 families, and the Thornbury team had two vacant posts.",
    6: "The average caseload in the Thornbury assessment and intervention team in 2021 was 19 "
       "children. Newly qualified social workers are meant to hold no more than 16.",
    7: "Cedar House is one of four family hubs in the partnership area. It opened in January 2020 "
       "and, since April 2021, has been closed on Fridays because of a reduction in funding.",
    8: "The Integrated Front Door receives around 1,100 contacts a month. In 2021 contacts were "
       "screened first by contact officers, who are not qualified social workers.",
    9: "The Trust adopted its \"was not brought\" policy in May 2019, replacing the older term \"did "
       "not attend\" to emphasise that young children depend on adults to bring them to appointments.",
}

EXEC = [
    ("sub", "Why this review was carried out"),
    ("p", "This Child Safeguarding Practice Review was commissioned by the Thornbury and Wyke "
          "Safeguarding Children Partnership after Child M, a girl then aged three years and ten months, "
          "was admitted to Wyke General Hospital on 9 February 2022. She was severely dehydrated and "
          "weighed 10.9 kg, well below the 0.4th centile for her age. A skeletal survey found healing "
          "fractures of two ribs and of the left forearm. Child M survived and now lives with foster "
          "carers. Her mother, Ms K, and her mother's partner, Mr L, have been charged with child "
          "cruelty; the criminal proceedings had not concluded when this report was approved."),
    ("p", "The review covers the period from 27 July 2020, when the family moved to Thornbury from "
          "Calderford, to 9 February 2022. It was led by an independent reviewer, Jonathan "
          "Merriweather, and overseen by a panel chaired by Detective Chief Inspector Paula Hennessy of "
          "Wyke and District Police. Nine agencies provided reports, and 17 practitioners took part in "
          "a learning event."),
    ("sub", "What happened"),
    ("p", "Child M was supported through a child in need plan from November 2020 until October 2021, "
          "when the plan was closed and the family was stepped down to early help at a family hub. In "
          "the four months before her admission Child M was seen by a professional only twice, and by "
          "no one at all after she stopped attending nursery in early December 2021. Two months before "
          "the admission her grandmother told the council that Child M \"looked thin and "
          "frightened\"."),
    ("sub", "What the review found"),
    ("p", "The review makes five findings. First, information did not follow Child M when she moved: "
          "the transfer summary from Calderford lay unread in a general inbox for 52 days. Second, "
          "practitioners knew almost nothing about Mr L, and no checks were made on him. Third, "
          "missed health visits and falling nursery attendance were treated as administrative matters "
          "rather than as possible signs of neglect. Fourth, the decision to close the child in need "
          "plan was made in a supervision session, without a multi-agency meeting. Fifth, a call from "
          "a family member was screened as \"information only\" and waited over the Christmas holiday "
          "for a worker who was on leave."),
    ("p", "The review also found good practice, described in section 6, including a thorough police "
          "response to the first domestic incident and a prompt medical and multi-agency response "
          "when Child M was admitted."),
    ("sub", "Recommendations"),
    ("p", "The review makes seven recommendations, set out in section 7. The first and most urgent "
          "asks the partnership to agree a single step-down protocol by 31 March 2023. Several "
          "agencies have already changed their practice since the rapid review."),
    ("sub", "Key learning"),
    ("p", "Five points of learning run through the report. When a family moves, the receiving "
          "authority must know that a child has recently had a plan, and must be able to show that it "
          "received the information. Every adult in a child's household should be known to the "
          "practitioners around the child. A pattern of missed appointments is information in "
          "itself. Closing a plan is a multi-agency decision, not a supervision decision. And a "
          "relative's worry deserves the same attention as a referral from a professional."),
    ("sub", "About this report"),
    ("p", "Section 1 explains why the review was carried out and section 2 how it was done. "
          "Section 3 describes Child M and her family, section 4 sets out what happened and section 5 "
          "analyses it. Good practice is in section 6, and the conclusions and recommendations are in "
          "section 7. People are identified by letters or role codes, which are listed in Table 1. The "
          "review cost \u00a318,400, shared equally by the three safeguarding partners."),
    ("sub", "Child M today"),
    ("p", "Child M has gained weight steadily since her admission and started at a new nursery in "
          "September 2022. Her foster carer describes her as \"a little girl who loves singing and the "
          "colour yellow\". The partnership thanks Child M's grandmother, Mrs D, for her help with this "
          "review."),
]

# Each section: (number, title, full_width_heading?, items). Items are ("p", num, text),
# ("sub", text), ("who",), ("box",), ("quote",).
SECTIONS = [
    ("1", "Introduction", True, [
        ("sub", "Why this review was carried out"),
        ("p", "1.1", "At 06.52 hrs on 9 February 2022 Ms K telephoned for an ambulance because her "
                     "daughter, Child M, would not wake up. Paramedics arrived at 07.09 hrs and found "
                     "Child M cold, pale and barely responsive. They took her to the emergency "
                     "department of Wyke General Hospital. She was aged three years and ten months, "
                     "weighed 10.9 kg, which is below the 0.4th centile, and was severely dehydrated."),
        ("p", "1.2", "The consultant paediatrician, Dr P1, arranged a skeletal survey on 10 February "
                     "2022. It showed fractures of two ribs on the right side and of the left forearm, "
                     "at different stages of healing." + F(1) + " Dr P1 concluded that the fractures "
                     "were most likely inflicted and that the weight loss was the result of prolonged "
                     "neglect rather than of any illness."),
        ("p", "1.3", "Child M was discharged from hospital on 3 March 2022 to the care of foster "
                     "carers. Her half-brother, Child N, then aged eight months, was placed with his "
                     "maternal grandmother, Mrs D, under an interim care order. Both children remain in "
                     "those placements. Ms K and Mr L were arrested on 9 February 2022 and later "
                     "charged with child cruelty; at the time of writing the criminal trial has not "
                     "taken place, and nothing in this report should be read as a finding of fact about "
                     "who caused the injuries."),
        ("p", "1.4", "The Thornbury and Wyke safeguarding partners" + F(2) + " notified the national "
                     "Child Safeguarding Practice Review Panel on 11 February 2022. A rapid review met "
                     "on 23 February 2022 and concluded that the case met the criteria for a local "
                     "review, because Child M had been seriously harmed, neglect was suspected and "
                     "several agencies had been involved with the family. The national panel agreed "
                     "with that decision on 9 March 2022."),
        ("sub", "Scope and lines of enquiry"),
        ("p", "1.5", "The review period runs from 27 July 2020, when Ms K and Child M moved from "
                     "Calderford to a flat at Larchfield Court, Thornbury, to the date of Child M's "
                     "admission. Agencies were also asked to include relevant earlier history, in "
                     "particular Calderford Council's involvement with the family between 2018 and "
                     "2020."),
        ("p", "1.6", "The terms of reference set four lines of enquiry: how information was shared "
                     "when the family moved between local authorities; how well practitioners "
                     "understood the adults in Child M's household; how missed appointments and absence "
                     "from nursery were recognised and acted on; and how decisions to close or step "
                     "down the case were made and reviewed."),
    ]),
    ("2", "The review process", False, [
        ("p", "2.1", "The review was led by Jonathan Merriweather, an independent reviewer and a "
                     "former assistant director of children's services, who has no connection with any "
                     "of the agencies involved. He was supported by a review panel of senior managers "
                     "from each agency, chaired by Detective Chief Inspector Paula Hennessy of Wyke and "
                     "District Police. The panel met six times between April and September 2022."),
        ("p", "2.2", "Nine agencies provided chronologies and reflective reports: Thornbury and Wyke "
                     "Council children's social care, including the Integrated Front Door; Cedar House "
                     "family hub; Wyke Valley NHS Foundation Trust, which provides health visiting and "
                     "community midwifery; Wyke and Thornbury Hospitals NHS Trust; Larchfield Medical "
                     "Practice; Wyke and District Police; Little Acorns Nursery; Thornbury Housing "
                     "Partnership; and Calderford Council."),
        ("p", "2.3", "A learning event was held on 14 June 2022 at Thornbury Civic Centre. It was "
                     "attended by 17 practitioners and first-line managers, including SW3, HV2, EY1 and "
                     "FSW1. The reviewer also held individual conversations with TM1, with PC4 and with "
                     "the contact officer who took the call of 17 December 2021."),
        ("p", "2.4", "Ms K was invited to contribute through her solicitor but declined, on legal "
                     "advice, while the criminal proceedings are ongoing. Mr L did not reply to two "
                     "letters. Mrs D met the reviewer at her home in Wyke on 5 July 2022, and her views "
                     "are reflected throughout this report. Child M's father, Mr R, spoke to the "
                     "reviewer by telephone on 12 July 2022."),
        ("p", "2.5", "Child M is too young to give her views in words, but the reviewer met her foster "
                     "carer, who described how Child M now eats and plays. Table 1 lists the people and "
                     "practitioners referred to in this report. Practitioners are identified by role "
                     "codes so that they are not named."),
        ("p", "2.6", "The review used a systems approach, asking not only what happened but why it "
                     "made sense to the practitioners involved at the time. Draft findings were shared "
                     "with the panel on 2 August 2022 and tested with practitioners at a second, shorter "
                     "session on 6 September 2022. The safeguarding partners approved the final report "
                     "on 22 September 2022, and it was published on 10 November 2022 after the family "
                     "had been told of its contents."),
        ("who",),
    ]),
    ("3", "Child M and her family", False, [
        ("p", "3.1", "Child M was born in Calderford on 14 March 2018. Her father, Mr R, separated from "
                     "Ms K before Child M's first birthday and has had little contact since. He lives "
                     "in Calderford and was not told of Child M's move to Thornbury until several "
                     "months afterwards."),
        ("p", "3.2", "Calderford Council supported Child M through a child in need plan from May 2019 "
                     "to July 2020 because of concerns about neglect: poor home conditions, missed "
                     "health appointments and Ms K's low mood. The plan was closed on 24 July 2020, "
                     "three days before the move, after Ms K told her social worker that she was moving "
                     "to Thornbury to be near her own mother."),
        ("p", "3.3", "Mr L, who was 31 in 2020, met Ms K early that year and moved into the flat at "
                     "Larchfield Court on 19 October 2020. He is the father of Child N. He had a 2017 "
                     "conviction for assaulting a former partner in Calderford. That conviction was "
                     "known to Calderford police, but it was not known to any Thornbury agency until "
                     "after Child M's admission."),
        ("p", "3.4", "The flat is a two-bedroom flat on the third floor, rented from Thornbury Housing "
                     "Partnership. Rent arrears built up from the spring of 2021, and a notice seeking "
                     "possession was served on 16 November 2021. The housing officer, HO1, visited twice "
                     "about the arrears but did not go beyond the front door."),
        ("p", "3.5", "Mrs D lives in Wyke, about four miles from Larchfield Court. She looked after "
                     "Child M one day a week until April 2021, when she and Ms K fell out after an "
                     "argument about Mr L. After that she saw Child M only by chance. Mrs D told the "
                     "review: \"I knew something was wrong, but nobody would tell me anything because I "
                     "wasn't her mum.\""),
        ("p", "3.6", "When HV1 weighed Child M in September 2020 her weight was on the 9th centile. "
                     "No practitioner weighed her again until she was admitted to hospital, a gap of "
                     "seventeen months, during which her weight fell across four centile lines."),
        ("p", "3.7", "Much of the review period fell during the COVID-19 pandemic. During the national "
                     "lockdown from January to March 2021, SW2 carried out two of her four visits by "
                     "video call, and the health visiting service offered telephone contacts for "
                     "children over one year old unless there was a known safeguarding concern. No "
                     "practitioner saw Child M face to face between 12 December 2020 and 1 March 2021."),
        ("p", "3.8", "Ms K was herself known to children's services as a child. She lived in foster "
                     "care in Calderford between the ages of 12 and 15, and she told SW1 that she was "
                     "\"determined that no social worker would ever take my kids\". Practitioners who met "
                     "her described her as warm, articulate and anxious to be seen as a good mother, and "
                     "several told the review that this made it harder to challenge her."),
        ("p", "3.9", "The family's income came from universal credit and from Mr L's casual work at a "
                     "hand car wash in Wyke. The family was referred to the Thornbury food bank twice, "
                     "on 9 August 2021 and 15 November 2021. The vouchers were issued by Cedar House and "
                     "by the GP practice respectively, but neither agency recorded the need for food as "
                     "a possible concern about the children."),
    ]),
    ("4", "Key events, July 2020 to February 2022", "chron", [
        ("sub", "Arrival in Thornbury (July to November 2020)"),
        ("p", "4.1", "When the family arrived in Thornbury, Ms K registered herself and Child M with "
                     "Larchfield Medical Practice on 3 August 2020. The registration form asked whether "
                     "any child in the household had a social worker, and Ms K ticked \"no\". The "
                     "practice had no way of knowing otherwise until the paper records from Calderford "
                     "arrived in late October 2020."),
        ("p", "4.2", "Calderford Council sent a transfer-in summary on 11 August 2020. It went by secure "
                     "email to a general council inbox rather than to the Integrated Front Door, and it "
                     "was not read until 2 October 2020, 52 days later. By then the family had been in "
                     "Thornbury for more than two months and no agency there knew that Child M had "
                     "recently been on a child in need plan."),
        ("p", "4.3", "HV1 completed a transfer-in contact at home on 14 September 2020. She weighed and "
                     "measured Child M and noted that the flat was sparsely furnished but clean. Ms K "
                     "told HV1 that things in Calderford had been \"sorted out\". HV1 had not yet "
                     "received the Calderford health visiting records, which arrived by post on 29 "
                     "September 2020 and were filed without being read."),
        ("p", "4.4", "Once the transfer summary had been read, the Integrated Front Door passed the case "
                     "to the assessment team, and SW1 was allocated on 5 October 2020. SW1 visited on "
                     "12 October 2020 and saw Child M in her bedroom, where she was playing with a doll "
                     "that she called \"Baby Bee\"."),
        ("p", "4.5", "On 6 November 2020 PC4 attended Larchfield Court after a neighbour reported a "
                     "woman screaming. Ms K had a cut lip and said that Mr L had pushed her into a door "
                     "frame. Child M was in her bedroom. PC4 completed a DASH risk assessment, which was "
                     "graded medium risk," + F(4) + " and sent a notification to the Integrated Front "
                     "Door the next morning. Mr L was arrested, but Ms K did not support a prosecution "
                     "and he was released without charge."),
        ("p", "4.6", "SW1 completed the assessment on 26 November 2020 and recommended a child in need "
                     "plan. The assessment recorded the domestic incident, but it described Mr L only "
                     "as \"Mum's new partner\" and contained nothing about his history. SW1 told the "
                     "review that she had meant to meet Mr L, but that he was at work on each of her "
                     "three visits."),
        ("sub", "The child in need plan (December 2020 to October 2021)"),
        ("p", "4.7", "SW1 left the authority in December 2020, and the case was transferred to SW2 on "
                     "11 January 2021. SW2 held the first child in need meeting on 28 January 2021. The "
                     "plan had six actions, including Ms K attending the Freedom Programme, a course for "
                     "women who have experienced domestic abuse, and Child M taking up a nursery place."),
        ("p", "4.8", "Child M started at Little Acorns Nursery" + F(3) + " on 1 March 2021, attending "
                     "for 15 hours a week over three mornings. Her key person described her as quiet "
                     "and watchful, and noticed that she ate \"as if she had not eaten for days\". This "
                     "was written in the nursery's daily diary but was not shared with SW2."),
        ("p", "4.9", "HV1 retired at the end of March 2021, and HV2 took over the family's health "
                     "visiting from April 2021 with a caseload well above the Trust's guidance." + F(5) +
                     " HV2 gave priority to the new baby. She saw Ms K at the new birth visit on 15 June "
                     "2021, but Child M was at nursery that morning."),
        ("p", "4.10", "Child N was born at Wyke General Hospital on 2 June 2021. The community midwife, "
                      "MW1, noted that Mr L was \"very attentive\" and that Ms K seemed tired and low. "
                      "MW1 passed her concern about Ms K's mood to the GP, and GP1 saw Ms K on 29 June "
                      "2021 and prescribed an antidepressant."),
        ("p", "4.11", "SW2 moved to the fostering team in early June 2021, and SW3 was allocated on 9 "
                      "June 2021. SW3 was a newly qualified social worker in her assessed and supported "
                      "year in employment. Her caseload rose to 24 children by the summer," + F(6) +
                      " and her supervision with TM1 took place every six weeks rather than every month "
                      "as the council's policy requires."),
        ("p", "4.12", "On 22 July 2021 PC7 attended Larchfield Court after a neighbour reported "
                      "shouting. Ms K and Mr L both said that it was \"just an argument\" about money. "
                      "PC7 did not complete a DASH risk assessment because no offence was disclosed, and "
                      "the incident was not shared with children's social care, although force policy "
                      "requires a DASH assessment for every domestic incident."),
        ("p", "4.13", "HV2 booked three home visits to carry out Child M's developmental review, on 3 "
                      "August, 24 August and 14 September 2021. Each time no one answered the door; each "
                      "visit was recorded as \"no access\" and a card was left. Under the Trust's \"was "
                      "not brought\" policy" + F(9) + " three missed contacts should have led to a "
                      "discussion with the safeguarding team. That discussion did not happen."),
        ("p", "4.14", "Child M's attendance at nursery fell from 61% in the spring term of 2021 to 38% "
                      "in the autumn term. EY1 telephoned Ms K about the absences on four occasions. Ms "
                      "K gave reasons that included illness, a broken-down car and Child M being "
                      "\"clingy\"."),
        ("p", "4.15", "At the child in need review on 16 September 2021, attended by SW3, Ms K and "
                      "EY1, Ms K said that she had completed the Freedom Programme. In fact she had "
                      "attended three of its twelve sessions. SW3 did not check this with the programme "
                      "provider, and HV2, who sent apologies, was not sent the minutes."),
        ("sub", "Step-down to early help (October to December 2021)"),
        ("p", "4.16", "On 7 October 2021, in a supervision session, SW3 and TM1 agreed to close the "
                      "child in need plan and step the family down to early help at Cedar House family "
                      "hub." + F(7) + " The reasons recorded were that Ms K \"was engaging\", that home "
                      "conditions had improved and that there had been no further domestic incidents. "
                      "No multi-agency meeting was held, and neither the nursery nor the health visitor "
                      "was told before the decision was made."),
        ("p", "4.17", "FSW1, a family support worker at Cedar House, was allocated on 14 October 2021. "
                      "She visited three times, on 21 October, 11 November and 2 December 2021. On the "
                      "first two visits Child M was at home, and FSW1 described her as \"shy\". FSW1 "
                      "had not been given a copy of the child in need plan and did not know about the "
                      "domestic incident of November 2020."),
        ("p", "4.18", "On 4 November 2021 EY1 noticed a bruise on Child M's left ear. Ms K said that "
                      "Child M had fallen off the sofa. EY1 recorded the injury on the nursery's "
                      "existing injury form and discussed it with the key person, but she did not seek "
                      "advice from the Integrated Front Door. EY1 told the review that she thought "
                      "\"the social worker was still involved\"."),
        ("p", "4.19", "Child M's last day at nursery was 3 December 2021. The nursery wrote to Ms K on "
                      "13 December 2021 and 10 January 2022 to ask about the absence, and removed Child "
                      "M from the register on 31 January 2022 under its policy for children who are "
                      "absent for eight weeks without an explanation."),
        ("sub", "The final weeks (December 2021 to February 2022)"),
        ("p", "4.20", "On 17 December 2021 Mrs D telephoned the Integrated Front Door." + F(8) +
                      " She said that she had seen Child M in the street with Ms K, that Child M "
                      "\"looked thin and frightened\", and that she had not been allowed to see her "
                      "granddaughter for months. The contact officer recorded the call as \"information "
                      "only\" because an early help worker was allocated, and emailed it to FSW1 on 21 "
                      "December 2021. FSW1 was on annual leave until 4 January 2022."),
        ("p", "4.21", "FSW1 read the email on 5 January 2022 and telephoned Ms K, who said that Mrs D "
                      "was \"stirring trouble\" after a family argument. FSW1 arranged a visit for 19 "
                      "January 2022, but Ms K cancelled it by text message, saying that the children had "
                      "chickenpox. A new visit was booked for 10 February 2022, the day after Child M "
                      "was admitted to hospital."),
        ("p", "4.22", "Between her last day at nursery on 3 December 2021 and her admission on 9 "
                      "February 2022, no professional is known to have seen Child M. The last "
                      "practitioner to see her was FSW1, on 2 December 2021, who saw her only briefly "
                      "in the doorway of the living room."),
        ("sub", "Admission and the first days (February 2022)"),
        ("p", "4.23", "Child M arrived at the emergency department at 07.31 hrs. Her core temperature "
                      "was 34.6 degrees, and she was treated in the paediatric high dependency unit for "
                      "four days. Mr L told the ambulance crew that she had had \"a tummy bug\" for three "
                      "days. Ms K told a nurse that Child M had always been a fussy eater. Neither "
                      "account explained the bruising that staff found on her back and upper arms."),
        ("p", "4.24", "A strategy meeting was held on 10 February 2022, chaired by TM2, a team manager "
                      "at the Integrated Front Door. It agreed a joint investigation by children's "
                      "social care and the police child abuse investigation team, led for the police by "
                      "DS1. Dr P1 attended the meeting in person and shared the results of the skeletal "
                      "survey, which had been reported less than an hour earlier."),
        ("p", "4.25", "Child N was examined by Dr P1 on the same day. He was well nourished and had no "
                      "injuries. He went to stay with Mrs D on 11 February 2022, and the family court "
                      "made interim care orders for both children on 16 February 2022. Mrs D was "
                      "approved as a temporary kinship carer for Child N the same week."),
        ("p", "4.26", "The rapid review that followed found that, between them, the agencies held at "
                      "least eleven pieces of information that would have changed the picture if they "
                      "had been brought together. This report is about why that did not happen."),
    ]),
    ("5", "Findings and analysis", True, [
        ("sub", "Finding 1: information did not follow the child"),
        ("p", "5.1", "The 52-day delay in reading the Calderford transfer summary meant that Child M "
                     "arrived in Thornbury as a child with no history. Thornbury and Wyke Council had no "
                     "routine for checking the general inbox, and Calderford Council had no routine for "
                     "confirming that a transfer had been received. Both councils have since changed "
                     "their practice: Calderford now telephones to confirm receipt of every transfer, "
                     "and the general inbox is checked twice a day."),
        ("p", "5.2", "Health records moved more slowly still. The paper health visiting records from "
                     "Calderford arrived six weeks after the family registered with the GP, and when "
                     "they arrived nobody compared them with what HV1 had seen. Had they been read, "
                     "HV1 would have learned that Child M's weight had already been a concern in "
                     "Calderford in 2019."),
        ("sub", "Finding 2: Mr L was not seen"),
        ("p", "5.3", "Mr L lived with Child M for almost sixteen months, yet no practitioner from "
                     "children's social care, health visiting or early help ever met him. The only "
                     "professionals who spoke to him were PC4, PC7 and MW1, and each saw him briefly. "
                     "Nobody asked the police to check whether he had a record in another area, and "
                     "nobody asked Ms K about his past."),
        ("p", "5.4", "Practitioners at the learning event spoke frankly about this. Several said that "
                     "they had assumed someone else had met Mr L, and that the child in need plan, "
                     "which named him only as \"partner\", gave them no reason to think otherwise. One "
                     "practitioner summed up the feeling in the room:"),
        ("quote",),
        ("p", "5.5", "The review does not suggest that practitioners should have predicted what "
                     "happened. It does suggest that a man with a conviction for violence towards a "
                     "partner, living with a young child who had recently been on a plan for neglect, "
                     "was a person about whom agencies needed to know much more."),
        ("sub", "Finding 3: \"was not brought\""),
        ("p", "5.6", "HV2's three \"no access\" visits in the summer of 2021 were each treated as a "
                     "single event. The Trust's electronic record did not flag a pattern, and HV2, "
                     "holding 468 families, did not have the time to look for one. Three missed visits "
                     "in six weeks, for a child with a history of faltering weight, should have "
                     "prompted a discussion with the named nurse for safeguarding."),
        ("p", "5.7", "Nursery attendance tells a similar story. A fall from 61% to 38% was known to EY1 "
                     "but was never shared with SW3 or HV2, and the nursery's absence policy dealt only "
                     "with when to remove a child from the register, not with when to worry about "
                     "one."),
        ("box",),
        ("sub", "Finding 4: stepping down without a meeting"),
        ("p", "5.8", "The decision of 7 October 2021 was made by two people in a supervision session. "
                     "The partnership's threshold guidance, Right Help, Right Time (2019 edition), "
                     "requires a multi-agency step-down meeting and a joint handover visit with the "
                     "early help worker. Neither took place, and FSW1 began work with the family "
                     "without the child in need plan, the assessment or the police notification."),
        ("p", "5.9", "TM1 told the review that the team had 14 unallocated cases at the time and that "
                     "closing cases where parents were \"engaging\" was seen as good practice. The "
                     "review understands that pressure, but engagement is not the same as change. Ms "
                     "K's account of completing the Freedom Programme was accepted without a check, and "
                     "the plan's six actions were never reviewed one by one."),
        ("sub", "Finding 5: hearing the family"),
        ("p", "5.10", "Mrs D's call on 17 December 2021 was the clearest warning anyone gave. It was "
                      "screened as \"information only\" because a worker was allocated, but the "
                      "allocated worker was an early help practitioner who was about to go on leave, "
                      "and who had no authority to see Child M without Ms K's agreement. Contacts from "
                      "relatives should be weighed for what they say, not for who is already involved."),
        ("p", "5.11", "Workload runs through all five findings. SW3 held 24 children, HV2 held 468 "
                      "families and the Integrated Front Door screened around 1,100 contacts a month. "
                      "None of this excuses the gaps described above, but the partnership cannot expect "
                      "different practice without different conditions."),
    ]),
    ("6", "Good practice", False, [
        ("p", "6.1", "PC4's response on 6 November 2020 was thorough. The DASH assessment was completed "
                     "in full, Child M's presence was recorded, and the notification reached the "
                     "Integrated Front Door within 24 hours. The review wishes to acknowledge this."),
        ("p", "6.2", "The ambulance crew arrived 17 minutes after Ms K's call, recognised at once that "
                     "Child M's condition was not explained by a short illness, and told the hospital "
                     "safeguarding team on arrival."),
        ("p", "6.3", "Dr P1 and the hospital safeguarding team acted quickly. A strategy meeting was "
                     "held on 10 February 2022, within 24 hours of admission, and Child N was seen and "
                     "examined the same day. He had no injuries."),
        ("p", "6.4", "Child M's key person at Little Acorns Nursery noticed how she ate and wrote it "
                     "down. Mrs D persisted in trying to be heard. Both showed the kind of attention to "
                     "a child that this review hopes to see more widely."),
    ]),
    ("7", "Conclusions and recommendations", False, [
        ("p", "7.1", "Child M was known to seven agencies in Thornbury and Wyke, and several "
                     "practitioners saw parts of the picture: the weight, the absences, the bruise, the "
                     "unknown partner, the grandmother's worry. No one held the whole picture, and the "
                     "one plan that might have drawn it together was closed four months before her "
                     "admission."),
        ("p", "7.2", "Since the rapid review, agencies have already made changes. The Trust now flags "
                     "any child with two or more \"no access\" visits in three months, the police have "
                     "reminded officers that every domestic incident requires a DASH assessment, and the "
                     "Integrated Front Door now routes all contacts from relatives to a qualified "
                     "social worker."),
        ("p", "7.3", "<b>Recommendation 1.</b> The partnership should agree a single step-down protocol, "
                     "requiring a multi-agency meeting and a joint handover visit before any child in "
                     "need plan is closed to early help, by 31 March 2023."),
        ("p", "7.4", "<b>Recommendation 2.</b> Thornbury and Wyke Council should agree with "
                     "neighbouring authorities that the receipt of every transfer-in summary is "
                     "confirmed within two working days."),
        ("p", "7.5", "<b>Recommendation 3.</b> Wyke Valley NHS Foundation Trust should report to the "
                     "partnership on health visitor caseloads every six months until no caseload "
                     "exceeds the Trust's own guidance."),
        ("p", "7.6", "<b>Recommendation 4.</b> Wyke and District Police should audit compliance with "
                     "DASH assessments at domestic incidents where children live, and report the "
                     "results to the partnership by June 2023."),
        ("p", "7.7", "<b>Recommendation 5.</b> Practitioners in every agency should be expected to "
                     "find out who lives in a child's household and to record what is known about each "
                     "adult; the partnership should launch its \"Who is in the house?\" guidance."),
        ("p", "7.8", "<b>Recommendation 6.</b> Brightstart Childcare Ltd and other early years "
                     "providers should revise their policies so that falling attendance and "
                     "unexplained injuries are discussed with the designated safeguarding lead and "
                     "recorded with a decision."),
        ("p", "7.9", "<b>Recommendation 7.</b> The partnership should repeat this review's learning "
                     "event in each locality, and evaluate its impact through a multi-agency audit of "
                     "step-down decisions in 2023."),
    ]),
]

WHO = [
    ("Child M", "Subject of the review, born 14 March 2018"),
    ("Child N", "Child M's half-brother, born 2 June 2021"),
    ("Ms K", "Mother of Child M and Child N"),
    ("Mr L", "Ms K's partner from 2020; father of Child N"),
    ("Mr R", "Child M's father; lives in Calderford"),
    ("Mrs D", "Maternal grandmother; lives in Wyke"),
    ("SW1", "Social worker, assessment team (October to December 2020)"),
    ("SW2", "Social worker (January to June 2021)"),
    ("SW3", "Social worker from 9 June 2021; newly qualified"),
    ("TM1", "Team manager, children's social care"),
    ("TM2", "Team manager, Integrated Front Door"),
    ("HV1", "Health visitor until March 2021"),
    ("HV2", "Health visitor from April 2021"),
    ("MW1", "Community midwife"),
    ("GP1", "General practitioner, Larchfield Medical Practice"),
    ("PC4", "Police constable, incident of 6 November 2020"),
    ("PC7", "Police constable, incident of 22 July 2021"),
    ("EY1", "Manager and safeguarding lead, Little Acorns Nursery"),
    ("FSW1", "Family support worker, Cedar House family hub"),
    ("HO1", "Housing officer, Thornbury Housing Partnership"),
    ("DS1", "Detective sergeant, child abuse investigation team"),
    ("Dr P1", "Consultant paediatrician, Wyke General Hospital"),
]

CHRON = [
    ("27/07/2020", "Family", "Ms K and Child M move from Calderford to a flat at Larchfield Court, "
                             "Thornbury."),
    ("11/08/2020", "Calderford Council", "Transfer-in summary sent by secure email to a general "
                                         "inbox; not read until 02/10/2020."),
    ("14/09/2020", "Health visiting (HV1)", "Transfer-in contact at home. Child M weighed: 9th "
                                            "centile. Flat sparsely furnished but clean."),
    ("06/11/2020", "Police (PC4)", "Domestic incident: Ms K has a cut lip. DASH completed, graded "
                                   "medium risk. Mr L arrested, released without charge."),
    ("26/11/2020", "Children's social care (SW1)", "Assessment completed; child in need plan "
                                                   "recommended. Mr L not seen."),
    ("01/03/2021", "Little Acorns Nursery", "Child M starts nursery: 15 hours a week over three "
                                            "mornings."),
    ("02/06/2021", "Maternity (MW1)", "Child N born at Wyke General Hospital."),
    ("22/07/2021", "Police (PC7)", "Report of shouting at the flat. \"Just an argument\"; no DASH "
                                   "completed; no notification."),
    ("03/08/2021 to 14/09/2021", "Health visiting (HV2)", "Three home visits for Child M's "
                                                          "developmental review; no access each time."),
    ("07/10/2021", "Children's social care (SW3, TM1)", "Child in need plan closed in supervision; "
                                                         "step-down to early help at Cedar House."),
    ("04/11/2021", "Little Acorns Nursery (EY1)", "Bruise to Child M's left ear recorded on an "
                                                  "existing injury form. No referral made."),
    ("03/12/2021", "Little Acorns Nursery", "Child M's last day at nursery."),
    ("17/12/2021", "Integrated Front Door", "Mrs D reports that Child M looked thin and frightened. "
                                            "Screened as information only; emailed to FSW1 on "
                                            "21/12/2021."),
    ("09/02/2022", "Ambulance service; hospital", "999 call at 06.52 hrs. Child M admitted to Wyke "
                                                  "General Hospital, severely dehydrated."),
]

QUOTE_TEXT = "\u201cWe all thought someone else had met him. In the end, nobody had.\u201d"
QUOTE_ATTR = "Practitioner at the learning event, 14 June 2022"

BOX_TITLE = "Learning point 3: when did anyone last see this child?"
BOX_TEXT = ("A child who is repeatedly not brought to appointments, or whose nursery attendance "
            "falls, may be a neglected child. Practitioners should ask when the child was last seen, "
            "by whom, and whether they were weighed, and should share the answer with the lead "
            "professional.")

GLOSSARY = [
    ("Child in need plan", "Support for a child under section 17 of the Children Act 1989, "
                           "coordinated by a social worker."),
    ("CSPR", "Child Safeguarding Practice Review: a local review of a serious child safeguarding "
             "case."),
    ("DASH", "Domestic Abuse, Stalking and Harassment risk checklist used by the police."),
    ("Early help", "Support offered to families below the threshold for children's social care."),
    ("IFD", "Integrated Front Door: the single point of contact for concerns about children."),
    ("Step-down", "Closing a social care plan and passing support to early help."),
]


# ----------------------------------------------------------------------------------------------
# Flowables
# ----------------------------------------------------------------------------------------------
class Heading(Paragraph):
    """A paragraph whose page is recorded (for the contents page)."""

    def __init__(self, text, style, key):
        super().__init__(text, style)
        self.toc_key = key


class TocLine(Flowable):
    """Contents line: title, dotted leader, printed page number."""

    def __init__(self, title, page, indent=0, bold=False):
        super().__init__()
        self.title, self.page, self.indent, self.bold = title, page, indent, bold

    def wrap(self, aW, aH):
        self.width = aW
        return aW, 19

    def draw(self):
        c = self.canv
        font = "Helvetica-Bold" if self.bold else "Helvetica"
        c.setFont(font, 10.5)
        c.setFillColor(colors.black)
        c.drawString(self.indent, 5, self.title)
        start = self.indent + stringWidth(self.title, font, 10.5) + 6
        end = self.width - stringWidth(self.page, font, 10.5) - 6
        c.setFont("Helvetica", 10.5)
        c.setFillColor(MID)
        dot = stringWidth(". ", "Helvetica", 10.5)
        n = int((end - start) / dot)
        if n > 0:
            c.drawRightString(end, 5, ". " * n)
        c.setFont(font, 10.5)
        c.setFillColor(colors.black)
        c.drawRightString(self.width, 5, self.page)


def who_table():
    rows = [[Paragraph("Name", CELLB), Paragraph("Role", CELLB)]]
    rows += [[Paragraph(f"<b>{a}</b>", CELL), Paragraph(b, CELL)] for a, b in WHO]
    t = Table(rows, colWidths=[46, CW - 46], repeatRows=1, hAlign="LEFT")
    style = [("BACKGROUND", (0, 0), (-1, 0), PLUM),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEBELOW", (0, 0), (-1, -1), 0.35, MID),
             ("TOPPADDING", (0, 0), (-1, -1), 2),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
             ("LEFTPADDING", (0, 0), (-1, -1), 4),
             ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for i in range(2, len(rows), 2):
        style.append(("BACKGROUND", (0, i), (-1, i), TINT))
    t.setStyle(TableStyle(style))
    return [Heading("Table 1: Who's who", CAPTION, "table1"), t, Spacer(1, 6)]


def chron_table():
    rows = [[Paragraph(h, CELLB) for h in ("Date", "Agency", "What happened")]]
    rows += [[Paragraph(d, CELL), Paragraph(a, CELL), Paragraph(w, CELL)] for d, a, w in CHRON]
    t = Table(rows, colWidths=[64, 118, TW - 182], repeatRows=1)
    style = [("BACKGROUND", (0, 0), (-1, 0), PLUM),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEBELOW", (0, 0), (-1, -1), 0.35, MID),
             ("TOPPADDING", (0, 0), (-1, -1), 2.2),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
             ("LEFTPADDING", (0, 0), (-1, -1), 4),
             ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    for i in range(2, len(rows), 2):
        style.append(("BACKGROUND", (0, i), (-1, i), TINT))
    t.setStyle(TableStyle(style))
    return t


def quote_block():
    t = Table([[Paragraph(QUOTE_TEXT, QUOTE)], [Paragraph(QUOTE_ATTR, QATTR)]], colWidths=[CW - 16],
              hAlign="CENTER")
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.4, PLUM),
                           ("LINEBELOW", (0, -1), (-1, -1), 1.4, PLUM),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                           ("TOPPADDING", (0, 0), (-1, 0), 7),
                           ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
                           ("TOPPADDING", (0, 1), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, 0), 0)]))
    return [Spacer(1, 4), t, Spacer(1, 8)]


def learning_box():
    t = Table([[[Paragraph(BOX_TITLE, BOXT), Paragraph(BOX_TEXT, BOXB)]]], colWidths=[CW])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TINT),
                           ("LINEBEFORE", (0, 0), (0, -1), 3, PLUM),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                           ("TOPPADDING", (0, 0), (-1, -1), 6),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    return [Spacer(1, 3), t, Spacer(1, 7)]


def chron_top():
    """Flowables for the full-width top frame of the chronology page."""
    return [Heading("4\u2003Key events, July 2020 to February 2022", SECFULL, "s4"),
            Spacer(1, 8),
            Paragraph("This section describes what happened, in order. Table 2 picks out the key "
                      "events; the merged chronology supplied by the agencies ran to 214 entries.",
                      ParagraphStyle("ci", parent=BODY, alignment=TA_LEFT, spaceAfter=2)),
            Heading("Table 2: Chronology of key events", CAPTION, "table2"),
            chron_table()]


def measure(flowables, width):
    h = 0
    for i, f in enumerate(flowables):
        _, fh = f.wrap(width, 10000)
        h += fh
        if i:
            h += max(f.getSpaceBefore(), flowables[i - 1].getSpaceAfter())
    return h


CHRON_H = measure(chron_top(), TW) + 12


# ----------------------------------------------------------------------------------------------
# Page furniture
# ----------------------------------------------------------------------------------------------
def draw_header(c, doc, cover=False):
    c.saveState()
    if not cover:
        c.setStrokeColor(PLUM)
        c.setLineWidth(0.6)
        c.line(ML, PH - 46, PW - MR, PH - 46)
        c.setFont("Helvetica", 7.6)
        c.setFillColor(PLUM)
        c.drawString(ML, PH - 40, "Thornbury and Wyke Safeguarding Children Partnership")
        c.drawRightString(PW - MR, PH - 40, "FICTIONAL \u2013 Child Safeguarding Practice Review: Child M")
    c.restoreState()


def draw_footer(c, doc):
    c.saveState()
    c.setFont("Helvetica", 8.5)
    c.setFillColor(GREY)
    c.drawCentredString(PW / 2, 30, f"\u2013 {page_label(doc.page)} \u2013")
    c.setFont("Helvetica", 6.5)
    c.drawString(ML, 30, "FICTIONAL test document")
    c.drawRightString(PW - MR, 30, "Published November 2022")
    c.restoreState()


def draw_footnotes_and_rule(c, doc, col_top):
    """Gutter rule down the columns, then this page's footnotes above the footer."""
    reserve = doc.prev["reserve"].get(doc.page, 0)
    c.saveState()
    c.setStrokeColor(colors.HexColor("#C9B3C2"))
    c.setLineWidth(0.4)
    x = ML + CW + GUTTER / 2
    bottom = BOT + reserve + 2
    balance = doc.prev["balance"].get(doc.page)
    if balance and getattr(doc.frame, "id", "").endswith("-c2"):
        # balanced last page of a section: stop the rule at the end of the longer column
        bottom = max(bottom, min(col_top - balance, doc.frame._y) - 4)
    c.line(x, col_top - 2, x, bottom)
    labels = sorted(doc.state["fn_pages"].get(doc.page, []))
    if labels:
        paras = [Paragraph(f"<b>{n}</b>{NBSP * 2}{FOOTNOTES[n]}", FOOT) for n in labels]
        hs = [p.wrap(TW, 1000)[1] for p in paras]
        y = BOT + sum(hs) + 1.5 * (len(hs) - 1)      # top of the footnote block
        c.setStrokeColor(PLUM)
        c.setLineWidth(0.6)
        c.line(ML, y + 4, ML + 72, y + 4)
        for p, h in zip(paras, hs):                  # drawn top to bottom, in number order
            y -= h
            p.drawOn(c, ML, y)
            y -= 1.5
    c.restoreState()


def footnote_height(labels):
    hs = [Paragraph(f"<b>{n}</b>{NBSP * 2}{FOOTNOTES[n]}", FOOT).wrap(TW, 1000)[1] for n in labels]
    return sum(hs) + 1.5 * (len(hs) - 1) + 4 + FN_GAP


def on_cover(c, doc):
    c.saveState()
    c.setFillColor(PLUM)
    c.rect(0, PH - 150, PW, 150, stroke=0, fill=1)
    c.setFillColor(TINT)
    c.rect(0, 0, 26, PH - 150, stroke=0, fill=1)
    # a simple partnership mark: three overlapping circles
    for i, col in enumerate(("#E7D3E0", "#C79DBB", "#FFFFFF")):
        c.setFillColor(colors.HexColor(col))
        c.circle(ML + 14 + i * 16, PH - 76, 13, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(ML + 78, PH - 72, "Thornbury and Wyke")
    c.setFont("Helvetica", 11)
    c.drawString(ML + 78, PH - 88, "Safeguarding Children Partnership")
    c.setFont("Helvetica-Bold", 8)
    c.drawRightString(PW - MR, PH - 30, "FICTIONAL \u2013 INVENTED FOR SOFTWARE TESTING")
    c.restoreState()
    draw_footer(c, doc)


def on_plain(c, doc):
    draw_header(c, doc)
    draw_footer(c, doc)


def end_cols(col_top):
    def f(c, doc):
        draw_footnotes_and_rule(c, doc, col_top)
    return f


def col_frames(top, tag):
    frames = []
    for i, x in enumerate((ML, ML + CW + GUTTER)):
        f = Frame(x, BOT, CW, top - BOT, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id=f"{tag}-c{i + 1}")
        f.is_col = True
        f.col_top = top
        frames.append(f)
    return frames


def top_frame(h, tag):
    return Frame(ML, TOP - h, TW, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                 id=f"{tag}-top")


class ReportDoc(BaseDocTemplate):
    def __init__(self, filename, prev):
        self.prev = prev
        self.state = {"fn_pages": {}, "heads": {}, "c1_used": {}}
        super().__init__(filename, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=PH - TOP,
                         bottomMargin=BOT,
                         title="Child Safeguarding Practice Review: Child M (FICTIONAL)",
                         author="Thornbury and Wyke Safeguarding Children Partnership (fictional)",
                         subject="FICTIONAL development corpus for scr-qa",
                         creator="eval/dev/thornbury/build.py")
        head_top = TOP - HEAD_H - 6
        chron_top_y = TOP - CHRON_H - 4
        self.addPageTemplates([
            PageTemplate("cover", [Frame(ML + 10, 90, TW - 10, PH - 150 - 130, id="cover")],
                         onPage=on_cover),
            PageTemplate("contents", [Frame(ML + 30, BOT, TW - 60, TOP - BOT - 20, id="toc")],
                         onPage=on_plain),
            PageTemplate("exec", [top_frame(HEAD_H, "exec")] + col_frames(head_top, "exec"),
                         onPage=on_plain, onPageEnd=end_cols(head_top)),
            PageTemplate("bodyhead", [top_frame(HEAD_H, "bh")] + col_frames(head_top, "bh"),
                         onPage=on_plain, onPageEnd=end_cols(head_top)),
            PageTemplate("chron", [top_frame(CHRON_H, "ch")] + col_frames(chron_top_y, "ch"),
                         onPage=on_plain, onPageEnd=end_cols(chron_top_y)),
            PageTemplate("body", col_frames(TOP, "b"), onPage=on_plain, onPageEnd=end_cols(TOP)),
        ])

    def beforeDocument(self):
        self.canv.setNamedCB("fn", self._fn_drawn)

    def _fn_drawn(self, canv, kind, label):
        self.state["fn_pages"].setdefault(self.page, []).append(int(label))

    def handle_pageBegin(self):
        page = self.page + 1
        reserve = self.prev["reserve"].get(page, 0)
        balance = self.prev["balance"].get(page)
        for f in self.pageTemplate.frames:
            if getattr(f, "is_col", False):
                bottom = BOT + reserve
                if balance and f.id.endswith("-c1"):
                    bottom = max(bottom, f.col_top - balance)
                f.y1 = bottom
                f.height = f.col_top - bottom
        super().handle_pageBegin()

    def handle_pageEnd(self):
        # a column page whose text ran out in the first column (the next section starts on a new
        # page): note how much of the column was used, so the next pass can balance the columns
        f = self.frame
        if getattr(f, "is_col", False) and f.id.endswith("-c1"):
            self.state["c1_used"][self.page] = f._y2 - f._y
        super().handle_pageEnd()

    def afterFlowable(self, flowable):
        key = getattr(flowable, "toc_key", None)
        if key and key not in self.state["heads"]:
            self.state["heads"][key] = self.page


# ----------------------------------------------------------------------------------------------
# Story
# ----------------------------------------------------------------------------------------------
def section_items(items):
    out = []
    for it in items:
        kind = it[0]
        if kind == "p":
            out.append(NumPara(None, NUM, number=it[1], body=it[2]))
        elif kind == "sub":
            out += [CondPageBreak(58), Paragraph(it[1], SUB)]
        elif kind == "who":
            out += who_table()
        elif kind == "box":
            out += learning_box()
        elif kind == "quote":
            out += quote_block()
    return out


def story(prev):
    heads = prev["heads"]

    def lab(key):
        return page_label(heads[key]) if key in heads else "?"

    s = []
    # Cover
    s += [Spacer(1, 30),
          Paragraph("CHILD SAFEGUARDING PRACTICE REVIEW", COVER_K),
          Paragraph("Child M", COVER_T),
          Paragraph("A review of multi-agency practice before a three-year-old girl was admitted to "
                    "hospital with serious injuries and signs of neglect in February 2022",
                    COVER_S),
          Spacer(1, 40),
          Paragraph("Independent reviewer: Jonathan Merriweather", COVER_M),
          Paragraph("Review panel chair: Detective Chief Inspector Paula Hennessy", COVER_M),
          Paragraph("Approved by the safeguarding partners: 22 September 2022", COVER_M),
          Paragraph("Published: 10 November 2022", COVER_M),
          Spacer(1, 60),
          Paragraph("<b>FICTIONAL.</b> This document was invented to test question-answering "
                    "software. The partnership, the agencies, Child M, her family and every "
                    "practitioner described in it are fictional.",
                    ParagraphStyle("cf", parent=COVER_M, fontSize=8.5, leading=11.5)),
          NextPageTemplate("contents"), PageBreak()]
    # Contents
    s += [Paragraph("Contents", TOC_H),
          TocLine("Executive summary", lab("exec"))]
    for n, title, _, _ in SECTIONS:
        s.append(TocLine(f"{n}   {title}", lab("s" + n), bold=True))
        if n == "2":
            s.append(TocLine("Table 1: Who's who", lab("table1"), indent=22))
        if n == "4":
            s.append(TocLine("Table 2: Chronology of key events", lab("table2"), indent=22))
    s.append(TocLine("Appendix A   Glossary", lab("appA"), bold=True))
    s.append(Paragraph("Paragraphs are numbered by section, so that 4.12 is the twelfth paragraph of "
                       "section 4. The front matter is numbered i to iii, and the page numbers of the "
                       "report itself start again at 1 on the first page of section 1.", TOC_NOTE))
    s += [NextPageTemplate("exec"), PageBreak()]
    # Executive summary
    s += [Heading("Executive summary", EXEC_H, "exec"), FrameBreak()]
    for kind, text in EXEC:
        s.append(Paragraph(text, SUB if kind == "sub" else PLAIN))
    # Body
    for n, title, full, items in SECTIONS:
        if full is True:
            s += [NextPageTemplate("bodyhead"), PageBreak(),
                  Heading(f"{n}\u2003{title}", SECFULL, "s" + n), FrameBreak(),
                  NextPageTemplate("body")]
        elif full == "chron":
            s += [NextPageTemplate("chron"), PageBreak()] + chron_top() + [FrameBreak(),
                                                                           NextPageTemplate("body")]
        else:
            s += [CondPageBreak(72), Heading(f"{n}\u2003{title}", SECCOL, "s" + n)]
        s += section_items(items)
    s += [CondPageBreak(72), Heading("Appendix A\u2003Glossary", SECCOL, "appA")]
    for term, text in GLOSSARY:
        s.append(Paragraph(f"<b>{term}.</b> {text}", ParagraphStyle("g", parent=BODY, fontSize=9,
                                                                   leading=11.2, alignment=TA_LEFT)))
    return s


# ----------------------------------------------------------------------------------------------
# Build loop
# ----------------------------------------------------------------------------------------------
def build(path=OUT, verbose=True):
    prev = {"reserve": {}, "heads": {}, "balance": {}}
    history = []
    for attempt in range(1, 11):
        doc = ReportDoc(str(path), prev)
        doc.build(story(prev))
        fn_pages = {p: sorted(v) for p, v in doc.state["fn_pages"].items()}
        reserve = {p: footnote_height(v) for p, v in fn_pages.items()}
        balance = dict(prev["balance"])
        for p, used in doc.state["c1_used"].items():
            if p > FRONT and used > 120:
                balance[p] = math.ceil(used / 2 / BODY.leading) * BODY.leading + 2 * BODY.leading
        done = (reserve == prev["reserve"] and doc.state["heads"] == prev["heads"]
                and balance == prev["balance"])
        if verbose:
            print(f"pass {attempt}: pages {doc.page}, footnotes {fn_pages}, balanced {sorted(balance)}")
        if done:
            drawn = sorted(n for v in fn_pages.values() for n in v)
            assert drawn == sorted(FOOTNOTES), f"footnotes drawn {drawn}"
            assert doc.state["heads"]["exec"] == FRONT and doc.state["heads"]["s1"] == FRONT + 1
            return doc.page, fn_pages, doc.state["heads"]
        key = (tuple(sorted(reserve.items())), tuple(sorted(doc.state["heads"].items())))
        if key in history:
            # oscillation: keep every reservation seen so far
            for p, h in prev["reserve"].items():
                reserve[p] = max(h, reserve.get(p, 0))
        history.append(key)
        prev = {"reserve": reserve, "heads": doc.state["heads"], "balance": balance}
    raise SystemExit("layout did not settle")


if __name__ == "__main__":
    pages, fns, heads = build()
    n_par = sum(1 for s in SECTIONS for it in s[3] if it[0] == "p")
    print(f"wrote {OUT.name}: {pages} pages, {n_par} numbered paragraphs, {len(FOOTNOTES)} footnotes")
    print("headings:", {k: page_label(v) + f" (p{v})" for k, v in sorted(heads.items(), key=lambda x: x[1])})
    sys.exit(0)
