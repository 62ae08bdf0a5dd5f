"""Build the FICTIONAL Pellingford Safeguarding Children Partnership annual report 2024-25.

Everything in this document is invented: the borough, the partnership, its partners and officers,
the children (Juniper, Caspian, Marnie), the practitioners, the figures and the events. The PDF exists
only to test scr-qa. Rebuild with:

    /work/main/.venv/bin/python eval/dev/pellingford-annual/build.py

House style: landscape A4 throughout, drawn page by page on a reportlab canvas with explicit frames
(one to three columns per page). A frame that overflows raises an error, so a wording change can never
silently move text to another page. Cover and contents carry no page number; printed page 1 is
physical page 3. The output is byte-for-byte deterministic (rl_config.invariant = 1).
"""
from reportlab import rl_config

rl_config.invariant = 1

from pathlib import Path  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "pellingford-pscp-annual-report-2024-25.pdf"

W, H = landscape(A4)
M = 36  # outer margin
GUT = 20
TOP = H - 70  # top of the text area under the header band
BOTTOM = 48  # bottom of the text area above the footer
COLW3 = (W - 2 * M - 2 * GUT) / 3
COLW2 = (W - 2 * M - GUT) / 2

TEAL = colors.HexColor("#0b5d63")
PLUM = colors.HexColor("#6d2a55")
SAND = colors.HexColor("#f3ead8")
MIST = colors.HexColor("#e3eff0")
GREY = colors.HexColor("#8a8a8a")
INK = colors.HexColor("#1d1d1d")

FOOT = "FICTIONAL practice material - Pellingford Safeguarding Children Partnership - Annual Report 2024-25"

BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=10.2, leading=13.4, spaceAfter=6,
                      textColor=INK, alignment=TA_LEFT)
BODY_I = ParagraphStyle("bodyi", parent=BODY, fontName="Times-Italic")
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.6, leading=10.8, spaceAfter=3)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=TEAL, spaceAfter=8)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=PLUM,
                    spaceBefore=4, spaceAfter=4)
H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=10, leading=13, textColor=TEAL,
                    spaceBefore=3, spaceAfter=3)
STAND = ParagraphStyle("stand", fontName="Helvetica", fontSize=12, leading=16, textColor=TEAL, spaceAfter=10)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.4, leading=10.4, textColor=INK)
CELL_B = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold", textColor=colors.white)
CAP = ParagraphStyle("cap", fontName="Helvetica", fontSize=8.6, leading=10.6, textColor=INK, alignment=TA_CENTER)
QUOTE = ParagraphStyle("quote", fontName="Times-BoldItalic", fontSize=15, leading=19, textColor=PLUM,
                       spaceBefore=6, spaceAfter=8)


class Doc:
    """A landscape canvas with the partnership's header band and footer on every page."""

    def __init__(self, path):
        self.c = Canvas(str(path), pagesize=(W, H))
        self.c.setTitle("Pellingford Safeguarding Children Partnership Annual Report 2024-25 (FICTIONAL)")
        self.c.setAuthor("Pellingford Safeguarding Children Partnership (FICTIONAL)")
        self.c.setSubject("FICTIONAL practice material")
        self.c.setCreator("eval/dev/pellingford-annual/build.py")
        self.physical = 0

    def start(self, section=None, label=None, band=True):
        c = self.c
        self.physical += 1
        if band:
            c.setFillColor(TEAL)
            c.rect(0, H - 40, W, 40, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(M, H - 25, section or "")
            c.setFont("Helvetica", 9)
            c.drawRightString(W - M, H - 25, "Pellingford Safeguarding Children Partnership | Annual Report 2024-25")
        self.label = label

    def end(self, footer_x=M):
        """Footer last, so that nothing drawn on the page covers it."""
        c = self.c
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        c.line(footer_x, 34, W - M, 34)
        c.setFillColor(GREY)
        c.setFont("Helvetica", 7.5)
        c.drawString(footer_x, 22, FOOT)
        if self.label is not None:
            c.setFont("Helvetica-Bold", 10)
            c.setFillColor(TEAL)
            c.drawRightString(W - M, 21, str(self.label))
        c.showPage()

    def save(self):
        self.c.save()

    def fill(self, flows, x, y_top, w, h, strict=True, name=""):
        """Lay flowables into a frame whose top edge is y_top; raise on overflow when strict."""
        f = Frame(x, y_top - h, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        while flows:  # like Frame.addFromList, but a paragraph that does not fit is split
            if f.add(flows[0], self.c, trySplit=0):
                del flows[0]
                continue
            parts = f.split(flows[0], self.c)
            if len(parts) >= 2 and f.add(parts[0], self.c, trySplit=0):
                flows[0:1] = parts[1:]
            break
        if strict and flows:
            raise RuntimeError(f"frame {name!r} on physical page {self.physical} overflows")
        return flows


def P(text, style=BODY):
    return Paragraph(text, style)


def grid_table(rows, widths, header_bg=TEAL, zebra=True):
    data = [[Paragraph(str(v), CELL_B if i == 0 else CELL) for v in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), header_bg),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GREY),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra:
        for i in range(2, len(rows), 2):
            style.append(("BACKGROUND", (0, i), (-1, i), MIST))
    t.setStyle(TableStyle(style))
    return t


def box(c, x, y_top, w, h, fill):
    c.setFillColor(fill)
    c.rect(x, y_top - h, w, h, stroke=0, fill=1)


# ---------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------

def cover(d):
    c = d.c
    d.start(band=False)
    box(c, 0, H, W * 0.42, H, TEAL)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(M + 6, H - 80, "Pellingford")
    c.drawString(M + 6, H - 97, "Safeguarding Children Partnership")
    c.setFont("Helvetica-Bold", 40)
    c.drawString(M + 6, H - 210, "Annual")
    c.drawString(M + 6, H - 255, "Report")
    c.setFont("Helvetica", 30)
    c.drawString(M + 6, H - 300, "2024-25")
    c.setFont("Helvetica", 11)
    c.drawString(M + 6, H - 340, "1 April 2024 to 31 March 2025")
    c.drawString(M + 6, H - 358, "Published September 2025")
    # right-hand side: a row of coloured blocks in place of a photograph
    for i, col in enumerate([PLUM, SAND, MIST, PLUM, TEAL]):
        box(c, W * 0.42 + 40 + i * 88, H - 120, 70, 70, col)
    c.setFillColor(INK)
    c.setFont("Helvetica-Oblique", 10)
    c.drawString(W * 0.42 + 40, H - 208, "[ image placeholder: young people from the Youth Voice Panel ]")
    d.fill([P("Keeping children in Pellingford safe is everybody's business. This report tells you what the "
              "safeguarding partners did in 2024-25, what we learned from three local child safeguarding "
              "practice reviews, and where we must do better.", STAND),
            P("<b>FICTIONAL.</b> This is invented practice material written to test a question-answering tool. "
              "Pellingford, its partnership, its agencies and every person and child named in it do not exist.",
              SMALL)],
           W * 0.42 + 40, H - 240, W * 0.58 - 80, 200, name="cover")
    d.end(footer_x=W * 0.42 + 40)


CONTENTS = [
    ("Foreword from the Independent Scrutineer", 1),
    ("About the partnership", 2),
    ("The year at a glance", 3),
    ("What the figures tell us", 4),
    ("Our three priorities", 6),
    ("Learning from local reviews", 7),
    ("Review summary: Juniper", 8),
    ("Review summary: Caspian", 9),
    ("Review summary: Marnie", 10),
    ("Training and learning", 11),
    ("Scrutiny, assurance and the voice of young people", 12),
    ("Money: contributions and spending", 13),
    ("Looking ahead to 2025-26 and glossary", 14),
]


def contents(d):
    c = d.c
    d.start("Contents")
    d.fill([P("Contents", H1)], M, TOP, 300, 40)
    y = TOP - 50
    for title, page in CONTENTS:
        c.setFillColor(INK)
        c.setFont("Helvetica", 11)
        c.drawString(M, y, title)
        c.setFillColor(GREY)
        c.setFont("Helvetica", 8)
        tw = c.stringWidth(title, "Helvetica", 11)
        dots = "." * int((430 - tw) / 2.23)
        c.drawString(M + tw + 6, y, dots)
        c.setFillColor(TEAL)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(M + 470, y, str(page))
        y -= 26
    box(c, W - M - 250, TOP, 250, 300, SAND)
    d.fill([P("About this report", H2),
            P("The safeguarding partners must publish a report at least once in every twelve-month period "
              "setting out what they have done and how effective their arrangements have been "
              "(Working Together to Safeguard Children). This report covers 1 April 2024 to 31 March 2025. "
              "Figures for 2023-24 are shown beside this year's wherever we hold both.", SMALL),
            P("Page numbers in this contents list are the numbers printed at the foot of each page. The "
              "cover and this contents page are not numbered.", SMALL),
            P("The report was agreed by the Safeguarding Partnership Executive on 4 September 2025.", SMALL)],
           W - M - 238, TOP - 12, 226, 280, name="about box")
    d.end()


def foreword(d):
    d.start("Foreword", label=1)
    d.fill([P("Foreword from the Independent Scrutineer", H1)], M, TOP, W - 2 * M, 30)
    col1 = [
        P("This is my second annual report as Independent Scrutineer for Pellingford. I was appointed in "
          "January 2023 by the three safeguarding partners, and my role is to tell them, and you, plainly how "
          "well they are working together to keep children safe."),
        P("2024-25 was a demanding year. The partnership received nine serious incident notifications, "
          "almost twice as many as the year before, and it published three local child safeguarding "
          "practice reviews: Juniper, Caspian and Marnie. Each of those children deserved better from the "
          "services around them, and each review shows it in a different way: a baby whose father was "
          "never given the safer sleep advice, a boy whose exclusion from school started a slide that "
          "nobody stopped, and a girl whose neglect was assessed four times and never seen whole."),
    ]
    col2 = [
        P("The partners have accepted every recommendation. Accepting a recommendation is the easy part. "
          "In my scrutiny this year I looked for evidence that the learning from Juniper had reached the "
          "practitioners who visit new babies, and I found it in the health visiting service but not yet "
          "in the adult services who meet fathers."),
        P("I want to thank the Youth Voice Panel, whose fourteen members questioned the Executive in "
          "November 2024 and changed how we write to children. I also thank the families of Juniper, "
          "Caspian and Marnie, who spoke to the reviewers when they had every reason not to."),
        P("I set the partners three challenges for 2025-26: to show that neglect is being recognised "
          "earlier, with the Graded Care Profile 2 used in every neglect case; to make return home "
          "interviews happen within 72 hours for every child who goes missing; and to reach fathers and "
          "other men in a baby's life with safer sleep advice."),
    ]
    col3 = [
        P("\"Accepting a recommendation is the easy part.\"", QUOTE),
        Spacer(1, 40),
        P("<b>Dr Philippa Stanbridge-Okafor</b>", BODY),
        P("Independent Scrutineer", BODY),
        P("Pellingford Safeguarding Children Partnership", BODY),
        P("22 September 2025", BODY),
    ]
    top = TOP - 40
    d.fill(col1, M, top, COLW3, top - BOTTOM, name="fw1")
    d.fill(col2, M + COLW3 + GUT, top, COLW3, top - BOTTOM, name="fw2")
    box(d.c, M + 2 * (COLW3 + GUT) - 8, top + 8, COLW3 + 16, 260, SAND)
    d.fill(col3, M + 2 * (COLW3 + GUT), top, COLW3, 250, name="fw3")
    d.end()


def about(d):
    d.start("About the partnership", label=2)
    d.fill([P("About the partnership", H1)], M, TOP, W - 2 * M, 30)
    col1 = [
        P("Who we are", H2),
        P("Pellingford is a borough of about 214,000 people, of whom an estimated 61,400 are children and "
          "young people aged 0 to 17. Under the multi-agency safeguarding arrangements published in 2019 "
          "and revised in December 2024, three statutory safeguarding partners share equal responsibility "
          "for keeping children safe: Pellingford Borough Council, the Lyme and Pellingford Integrated Care "
          "Board and Weald Marches Police."),
        P("Schools, early years settings, the probation service, housing providers and the voluntary "
          "sector take part as relevant agencies. Education became a full member of the Executive in "
          "April 2024, represented by a headteacher elected by the borough's heads."),
    ]
    partners = [
        ["Partner", "Lead safeguarding partner", "Delegated safeguarding partner"],
        ["Pellingford Borough Council", "Desmond Achterberg, Chief Executive",
         "Yewande Castellane, Director of Children's Services"],
        ["Lyme and Pellingford Integrated Care Board", "Rosalind Tegwyn-Marr, Chief Executive",
         "Grainne Tolputt, Chief Nursing Officer"],
        ["Weald Marches Police", "Chief Constable Harriet Odunsi-Blake",
         "Detective Chief Superintendent Ashok Pennywell"],
    ]
    col2 = [
        P("The safeguarding partners", H2),
        grid_table(partners, [COLW3 * 0.30, COLW3 * 0.35, COLW3 * 0.35]),
        Spacer(1, 8),
        P("The delegated safeguarding partners meet monthly as the Safeguarding Partnership Executive. "
          "The chair rotates every six months between the three of them; from October 2024 the chair was "
          "Grainne Tolputt, who took over from Yewande Castellane."),
    ]
    col3 = [
        P("How the work is done", H2),
        P("Four subgroups report to the Executive:"),
        P("- the Practice Review Group, chaired by Dr Kwabena Asante-Roux, Designated Doctor for "
          "Safeguarding Children, which decides on rapid reviews and local reviews;"),
        P("- the Learning and Development Group, chaired by Sunniva Holroyd of the council's Workforce "
          "Academy;"),
        P("- the Quality Assurance Group, chaired by Detective Inspector Lowri Pemberton-Shaw;"),
        P("- the Child Exploitation Strategic Group, chaired by Mehmet Caldicott, Head of Youth Justice."),
        P("A business unit of four staff, led by the Partnership Business Manager, Crispin Delahaye, "
          "supports the Executive and the subgroups."),
    ]
    top = TOP - 40
    d.fill(col1, M, top, COLW3, top - BOTTOM, name="ab1")
    d.fill(col2, M + COLW3 + GUT, top, COLW3, top - BOTTOM, name="ab2")
    d.fill(col3, M + 2 * (COLW3 + GUT), top, COLW3, top - BOTTOM, name="ab3")
    d.end()


GLANCE = [
    ("5,914", "contacts to the Children's Front Door, the busiest year on record"),
    ("1,287", "referrals accepted by children's social care"),
    ("412", "child protection (section 47) enquiries"),
    ("236", "children on a child protection plan on 31 March 2025"),
    ("9", "serious incident notifications to the national Panel"),
    ("3", "local child safeguarding practice reviews published"),
    ("2,318", "places taken up on partnership training"),
    ("38", "cases examined in multi-agency audits"),
]


def glance(d):
    c = d.c
    d.start("The year at a glance", label=3)
    d.fill([P("The year at a glance: 2024-25", H1)], M, TOP, W - 2 * M, 30)
    tw = (W - 2 * M - 3 * 16) / 4
    th = 190
    for i, (big, caption) in enumerate(GLANCE):
        r, k = divmod(i, 4)
        x = M + k * (tw + 16)
        yt = TOP - 40 - r * (th + 16)
        box(c, x, yt, tw, th, SAND if (r + k) % 2 == 0 else MIST)
        c.setFillColor(PLUM if (r + k) % 2 == 0 else TEAL)
        c.setFont("Helvetica-Bold", 50)
        c.drawCentredString(x + tw / 2, yt - 95, big)
        d.fill([P(caption, CAP)], x + 14, yt - 120, tw - 28, 60, name=f"tile {i}")
    d.end()


ACTIVITY = [
    ("Contacts to the Children's Front Door", "5,402", "5,914"),
    ("Referrals accepted by children's social care", "1,341", "1,287"),
    ("Child and family assessments completed", "2,904", "3,117"),
    ("Section 47 enquiries", "377", "412"),
    ("Initial child protection conferences", "131", "143"),
    ("Children on a child protection plan at 31 March", "218", "236"),
    ("Children looked after at 31 March", "301", "289"),
    ("Episodes of children missing from home or care", "684", "742"),
]


def bars(d, rows, x, y_top, label_w, scale_max, bar_w, row_h=34):
    """Draw a bar-chart table: label, then the 2023-24 bar and value, then the 2024-25 bar and value."""
    c = d.c
    c.setFont("Helvetica-Bold", 8.5)
    c.setFillColor(GREY)
    c.rect(x + label_w, y_top + 4, 9, 9, stroke=0, fill=1)
    c.drawString(x + label_w + 13, y_top + 5, "2023-24")
    c.setFillColor(TEAL)
    c.rect(x + label_w + 80, y_top + 4, 9, 9, stroke=0, fill=1)
    c.drawString(x + label_w + 93, y_top + 5, "2024-25")
    y = y_top - 16
    for label, a, b in rows:
        c.setFillColor(INK)
        c.setFont("Helvetica", 9)
        c.drawString(x, y - 9, label)
        for j, (val, col) in enumerate(((a, GREY), (b, TEAL))):
            v = float(val.replace(",", "").replace("%", ""))
            length = max(4, bar_w * v / scale_max)
            yy = y - 2 - j * 13
            c.setFillColor(col)
            c.rect(x + label_w, yy - 9, length, 10, stroke=0, fill=1)
            c.setFillColor(INK)
            c.setFont("Helvetica-Bold" if j else "Helvetica", 8.5)
            c.drawString(x + label_w + length + 5, yy - 8, val)
        y -= row_h
    return y


def figures1(d):
    d.start("What the figures tell us", label=4)
    d.fill([P("What the figures tell us", H1)], M, TOP, W - 2 * M, 30)
    d.fill([P("Figure 1: Front Door and children's social care activity, 2023-24 and 2024-25", H3)],
           M, TOP - 36, 480, 20)
    # values differ by two orders of magnitude, so the chart uses a square-root-free log-like split:
    # the first three rows on one scale, the rest on another, as printed in the note.
    y = bars(d, ACTIVITY[:3], M, TOP - 66, 230, 6000, 240)
    bars(d, ACTIVITY[3:], M, y - 22, 230, 800, 240)
    side = [
        P("Reading the figures", H2),
        P("Contacts rose for the third year running. More of them came from schools and from the police "
          "than in 2023-24, and the Front Door decided on 91 per cent of contacts within one working day."),
        P("Referrals fell slightly although contacts rose. The Front Door now offers more families early "
          "help at the first contact, and the Quality Assurance Group audited 40 contacts closed with no "
          "further action in January 2025 to check that the threshold was applied safely; it agreed with "
          "the decision in 37 of them."),
        P("Re-referrals within twelve months of a previous referral rose from 19 per cent in 2023-24 to "
          "22 per cent in 2024-25. This is above the rate in similar areas and is a focus for 2025-26."),
        P("Note: the bars for the first three measures are drawn on a different scale from the rest.",
          SMALL),
    ]
    box(d.c, M + 530, TOP - 28, W - 2 * M - 530, TOP - BOTTOM - 20, MIST)
    d.fill(side, M + 542, TOP - 40, W - 2 * M - 554, TOP - BOTTOM - 50, name="fig1 side")
    d.end()


CATEGORY = [
    ("Neglect", "104", "121"),
    ("Emotional abuse", "71", "68"),
    ("Physical abuse", "22", "27"),
    ("Sexual abuse", "9", "8"),
    ("Multiple categories", "12", "12"),
]

AGES = [
    ["Age on 31 March 2025", "Children on a plan", "Share"],
    ["Unborn", "6", "3%"],
    ["Under 1", "29", "12%"],
    ["1 to 4", "58", "25%"],
    ["5 to 9", "71", "30%"],
    ["10 to 15", "60", "25%"],
    ["16 to 17", "12", "5%"],
    ["Total", "236", "100%"],
]


def figures2(d):
    d.start("What the figures tell us", label=5)
    d.fill([P("Figure 2: Children on a child protection plan at 31 March, by category of abuse", H3)],
           M, TOP, 470, 20)
    bars(d, CATEGORY, M, TOP - 30, 150, 130, 300, row_h=36)
    d.fill([P("Neglect remains the largest category: 121 of the 236 children on a plan on 31 March 2025, "
              "just over half. The number of children on a plan for physical abuse rose from 22 to 27.",
              BODY)], M, TOP - 240, 470, 60, name="fig2 note")
    right = M + 510
    d.fill([P("Figure 3: Age of children on a child protection plan", H3),
            grid_table(AGES, [120, 90, 60]),
            Spacer(1, 10),
            P("Figure 3 shows this year only; the age breakdown was not collected in the same way before "
              "April 2024.", SMALL),
            Spacer(1, 6),
            P("How long plans last", H2),
            P("On 31 March 2025, 14 children had been on a plan for two years or more, and 31 children had "
              "become the subject of a plan for a second or later time within two years of a previous plan "
              "ending.")],
           right, TOP, W - M - right, TOP - BOTTOM, name="fig3")
    d.end()


def priorities(d):
    d.start("Our three priorities", label=6)
    d.fill([P("Our three priorities", H1),
            P("Each priority was set by the Executive in March 2024 for two years. We rate our progress in "
              "2024-25 as <b>achieved</b>, <b>partly achieved</b> or <b>not yet achieved</b>.", BODY)],
           M, TOP, W - 2 * M, 56)
    top = TOP - 62
    cols = [
        [P("Priority 1", H3), P("Neglect: seeing the child's day", H2),
         P("We committed to train 250 practitioners to use the Graded Care Profile 2 (GCP2), the "
           "partnership's assessment tool for neglect. By 31 March 2025, 187 had been trained. Schools "
           "completed 42 GCP2 assessments, up from 9."),
         P("Marnie's review showed why the tool matters: four assessments over six years each described the "
           "home on the day of the visit, and none described her day."),
         P("Progress rating: partly achieved.", BODY_I)],
        [P("Priority 2", H3), P("Safe outside the home", H2),
         P("The Multi-Agency Child Exploitation (MACE) panel met eleven times and considered 96 young "
           "people, 23 of them girls. A new return home interview service, run by the charity Open Door "
           "Pellingford, started on 1 July 2024. It completed 58 per cent of interviews within 72 hours by "
           "March 2025."),
         P("Caspian's review asks every school to tell the Front Door before a child with a social worker "
           "is permanently excluded."),
         P("Progress rating: partly achieved.", BODY_I)],
        [P("Priority 3", H3), P("Babies and the first year", H2),
         P("The Safer Sleep Pledge asks every GP practice, midwifery team and health visiting team to "
           "give safer sleep advice to both parents. By March 2025, 31 of the borough's 34 GP practices had "
           "signed it. The \"Every Dad Counts\" sessions reached 212 fathers."),
         P("No baby in Pellingford died in circumstances related to unsafe sleep in 2024-25."),
         P("Progress rating: achieved.", BODY_I)],
    ]
    for i, col in enumerate(cols):
        x = M + i * (COLW3 + GUT)
        box(d.c, x - 6, top + 6, COLW3 + 12, top - BOTTOM + 6, SAND if i != 1 else MIST)
        d.fill(col, x + 4, top - 4, COLW3 - 8, top - BOTTOM - 6, name=f"prio{i}")
    d.end()


REVIEWS = [
    ["Child", "Age", "Incident", "Rapid review", "Reviewer", "Published", "Recs"],
    ["Juniper", "eleven weeks", "30/01/2024", "14/02/2024", "Anselm Grier", "11/07/2024", "5"],
    ["Caspian", "15 years", "09/09/2023", "21/09/2023", "Marisol Keatley-Brandt", "27/11/2024", "6"],
    ["Marnie", "9 years", "12/03/2024", "27/03/2024", "Nell Fairweather-Osei", "19/03/2025", "4"],
]

NOTIFY = [
    ["", "2023-24", "2024-25"],
    ["Serious incident notifications", "5", "9"],
    ["Rapid reviews held", "5", "9"],
    ["Rapid reviews within 15 working days", "4", "8"],
    ["Local reviews commissioned", "1", "2"],
    ["Local reviews published", "1", "3"],
]


def reviews_intro(d):
    d.start("Learning from local reviews", label=7)
    d.fill([P("Learning from local reviews", H1)], M, TOP, W - 2 * M, 30)
    top = TOP - 40
    col1 = [
        P("When a child dies or is seriously harmed and abuse or neglect is known or suspected, the "
          "partnership must tell the national Child Safeguarding Practice Review Panel within five working "
          "days. The Practice Review Group then holds a rapid review, which should be finished within 15 "
          "working days, and decides whether a local child safeguarding practice review is needed."),
        P("In 2024-25 the partnership notified the Panel of nine serious incidents. Four involved babies "
          "under one year, three involved teenagers harmed outside the home and two involved children "
          "harmed by a parent. The Panel agreed with our decisions in all nine cases."),
        P("One rapid review, held on 6 January 2025, took 19 working days because the police investigation "
          "had not released its records in time."),
    ]
    wide = 2 * COLW3 + GUT
    col2 = [
        P("Notifications and reviews, two years", H3),
        grid_table(NOTIFY, [wide * 0.5, wide * 0.25, wide * 0.25]),
        Spacer(1, 8),
        P("Two local reviews commissioned in 2024-25 are still in progress and will be summarised in next "
          "year's report. They are not named here, to protect the children and the criminal proceedings."),
        Spacer(1, 6),
        P("The three reviews published in 2024-25", H3),
        grid_table(REVIEWS, [56, 62, 64, 66, 122, 64, 72]),
        Spacer(1, 6),
        P("The names Juniper, Caspian and Marnie were chosen with the families. They are not the "
          "children's real names.", SMALL),
    ]
    d.fill(col1, M, top, COLW3, top - BOTTOM, name="ri1")
    d.fill(col2, M + COLW3 + GUT, top, wide, top - BOTTOM, name="ri2")
    d.end()


def whos_who(rows):
    return grid_table([["Code", "Role"]] + rows, [COLW3 * 0.22, COLW3 * 0.78], header_bg=PLUM)


def review_story():
    """Returns the Juniper story and the Caspian + Marnie story (they share pages 11-12)."""
    s = []
    # --- Juniper ---
    s += [
        P("Review summary: Juniper", H1),
        P("Juniper was eleven weeks old when she died on 30 January 2024. She lived with her mother, Ms D, "
          "and her father, Mr E, in a first-floor flat in Kestle Road, Pellingford. The review was led by "
          "Anselm Grier, an independent reviewer, and published on 11 July 2024.", STAND),
        P("What happened", H2),
        P("Juniper was born on 14 November 2023 at Pellingford General Hospital. The community midwife, "
          "MW1, discharged her to the health visiting service on 24 November 2023. HV1 carried out the new "
          "birth visit on 27 November 2023 and discussed safer sleep with Ms D; Mr E was at work and "
          "the advice was not repeated to him."),
        P("On 21 December 2023 police were called to the flat after neighbours heard shouting. PC4 recorded "
          "that Mr E had been drinking and had pushed Ms D while she held the baby, and graded the risk as "
          "standard. The notification reached the Children's Front Door on 22 December 2023 and was closed "
          "with no further action on 2 January 2024. It was not sent to health visiting until 4 January "
          "2024, thirteen days after the incident."),
        P("HV2 took over the family in January 2024. A home visit booked for 8 January 2024 was cancelled by "
          "Ms D and was rebooked for 5 February 2024. GP1 saw Juniper for her eight-week check on 10 January "
          "2024 and recorded no concerns; the GP record held no note of the police incident."),
        P("In the early hours of 30 January 2024, Mr E fell asleep on the sofa with Juniper on his chest "
          "after drinking. Ms D found her unresponsive at 05.50 and called an ambulance at 05.54. Paramedics "
          "arrived at 06.03 and took her to Pellingford General Hospital, where she was declared dead at "
          "06.48."),
        P("Who's who", H3),
        whos_who([["MW1", "Community midwife"], ["HV1", "Health visitor until December 2023"],
                  ["HV2", "Health visitor from January 2024"], ["GP1", "Family's general practitioner"],
                  ["PC4", "Response police officer"]]),
        Spacer(1, 6),
        P("What the review found", H2),
        P("Finding 1. Fathers were invisible to safer sleep advice. Every conversation about sleep took "
          "place with Ms D alone, and no practitioner asked where Juniper slept when Mr E looked after her."),
        P("Finding 2. Information about domestic abuse moved too slowly. A police notification that could "
          "have prompted a visit took thirteen days to reach the health visitor, and never reached the GP."),
        P("Finding 3. A \"standard\" risk grading was read as meaning low risk. The review found that "
          "practitioners at the Front Door did not weigh the baby's age against the grading."),
        P("What the family told the review", H2),
        P("Ms D told the reviewer that in eleven weeks nobody had asked Mr E where the baby slept. Mr E "
          "said he had not known that sleeping on a sofa with a baby was more dangerous than sleeping in a "
          "bed.", BODY_I),
        P("Recommendations", H2),
        P("The review made five recommendations. The partners accepted all of them on 18 July 2024:"),
        P("1. Every agency that meets the parents of a baby under one gives safer sleep advice to fathers "
          "and other male carers, and records that it has done so."),
        P("2. Police notifications of domestic abuse in a household with a child under one are shared with "
          "health visiting and the GP within one working day."),
        P("3. The Front Door weighs the age of the youngest child alongside the risk grading in every "
          "domestic abuse notification."),
        P("4. Health visiting rebooks a cancelled visit for a baby under twelve weeks within seven days."),
        P("5. The partnership audits the use of the safer sleep assessment one year after the review."),
        P("What has changed", H2),
        P("Health visitors now offer the new birth visit in the evening or at a weekend when a father works "
          "during the day. Police domestic abuse notifications for babies now reach health visiting in an "
          "average of 1.4 working days, down from 6.8 days before the review."),
    ]
    juniper, s = s, []
    # --- Caspian ---
    s += [
        P("Review summary: Caspian", H1),
        P("Caspian was 15 when he was found with a stab wound to his leg in a flat in Carrow Sands, a "
          "town 80 miles from Pellingford, on 9 September 2023. He survived. The review was led by Marisol "
          "Keatley-Brandt and published on 27 November 2024.", STAND),
        P("What happened", H2),
        P("In Year 9 his attendance at Ravensholt Academy fell and he was "
          "excluded for fixed periods four times. He was permanently excluded on 6 June 2023 after bringing "
          "a knife to school, and was placed at the Pellingford Learning Centre, the borough's pupil referral "
          "unit, where he was offered three hours of teaching a day."),
        P("Between March and September 2023 Caspian was reported missing fourteen times. Return home "
          "interviews were offered after five of those episodes and completed after two. SW2 became his "
          "social worker on 3 July 2023, after a strategy discussion chaired by TM1. SW2 made a referral "
          "under the National Referral Mechanism on 28 August 2023, and the MACE panel discussed Caspian on "
          "4 September 2023, five days before he was found."),
        P("Records written by several agencies described Caspian as \"streetwise\" and \"choosing this "
          "lifestyle\". DSL1, the designated safeguarding lead at Ravensholt, had raised concerns about "
          "older youths waiting outside the school gates in February 2023, but the concern was logged as "
          "a behaviour issue. YJ1, his youth justice worker, saw him weekly from July 2023 and was the only "
          "practitioner he said he trusted."),
        P("PC7, the police child exploitation officer, first met Caspian on 19 July 2023, when he was found "
          "at 01.30 in a car with two adults from outside the area, and submitted intelligence that he was "
          "being used to carry drugs. Caspian was not treated as a possible victim of trafficking until "
          "SW2's referral five weeks later."),
        P("Who's who", H3),
        whos_who([["DSL1", "Designated safeguarding lead, Ravensholt Academy"],
                  ["SW2", "Social worker from July 2023"], ["TM1", "Team manager, Front Door"],
                  ["YJ1", "Youth justice worker"], ["PC7", "Police child exploitation officer"]]),
        Spacer(1, 6),
        P("What the review found", H2),
        P("Finding 1. Permanent exclusion was a trigger point that no agency treated as one. The review "
          "calls the months after an exclusion \"the most dangerous time\" for a child already at risk."),
        P("Finding 2. Missing episodes were counted but not understood, because most return home "
          "interviews did not take place."),
        P("Finding 3. Language in the records, such as \"streetwise\", described a child at risk as an "
          "adult making choices, and shaped how agencies responded."),
        P("What the family told the review", H2),
        P("Caspian's mother told the reviewer: \"I rang the police every time he went missing. Nobody ever "
          "rang me back to ask what I knew.\" Caspian himself met the reviewer twice, with YJ1 present.",
          BODY_I),
        P("Recommendations", H2),
        P("The review made six recommendations, all accepted on 5 December 2024. Its cost was £24,900, "
          "shared by the three partners. The partners must:"),
        P("1. ask every school to tell the Front Door before a child with a social worker is permanently "
          "excluded;"),
        P("2. offer a return home interview within 72 hours of every missing episode;"),
        P("3. publish a practice note on the language used about children at risk of exploitation;"),
        P("4. make sure school concerns about older youths near a child are screened for signs of "
          "exploitation;"),
        P("5. allow the MACE panel to meet within 48 hours when a child is at urgent risk;"),
        P("6. make sure the pupil referral unit offers a full-time timetable to every excluded child at "
          "risk of exploitation."),
        P("What has changed", H2),
        P("The practice note on language was issued in January 2025. The pupil referral unit moved to a "
          "full-time timetable for all pupils in April 2025. Schools in Pellingford now tell the Front Door "
          "before they permanently exclude a child who has a social worker, so that a strategy discussion "
          "can be held first: between 1 April and 30 June 2025 the Front Door received seven such "
          "notifications, and in three of them the exclusion was withdrawn after the school, the social "
          "worker and the family met. The MACE panel has also met at 48 hours' notice twice since the "
          "review was published, each time for a child who had gone missing from school at lunchtime. Of the "
          "six recommendations, the partners told the Scrutineer in June 2025 that four had been completed and "
          "that the other two, on return home interviews and on screening school concerns, would be "
          "completed by December 2025, when the new return home interview contract has run for a full year."),
    ]
    # --- Marnie ---
    s += [
        P("Review summary: Marnie", H1),
        P("Marnie was nine when she had nine teeth removed under general anaesthetic on 12 March 2024, "
          "after years of untreated decay. The review, led by Nell Fairweather-Osei and published on 19 March "
          "2025, looked at six years of help for Marnie and her two younger brothers.", STAND),
        P("What happened", H2),
        P("Children's social care first assessed the family in 2018, when Marnie was three, after her nursery "
          "reported that she often arrived hungry. Over the next six years the family was assessed four "
          "times and had four child in need plans. Each plan closed when the home was found to be cleaner "
          "and the parents were engaging; each new assessment started again from the beginning."),
        P("In the autumn term of 2023 Marnie's attendance at Brackenfold Primary School fell to 61 per cent. "
          "Her class teacher, CT1, noticed that she hid her mouth when she smiled and told the school nurse, "
          "SN1, on 7 November 2023. A dental referral was made on 16 November 2023."),
        P("After the operation a strategy discussion was held on 14 March 2024, and an initial child "
          "protection conference on 2 May 2024 made Marnie and both her brothers the subject of child "
          "protection plans under the category of neglect. Marnie told the reviewer, \"I look after my "
          "brothers when Mum is sleeping.\""),
        P("Who's who", H3),
        whos_who([["CT1", "Class teacher, Brackenfold Primary School"], ["SN1", "School nurse"],
                  ["SW5", "Social worker for the fourth assessment, 2023"],
                  ["GP3", "General practitioner"]]),
        Spacer(1, 6),
        P("What the review found", H2),
        P("Finding 1. \"Start again syndrome\": each assessment looked at the family afresh and did not read "
          "the history, so a pattern of six years was seen as four separate episodes."),
        P("Finding 2. Dental neglect was not recognised as a safeguarding concern by the family's GP, GP3, "
          "who saw Marnie twice in 2023 with toothache."),
        P("Finding 3. Marnie's caring for her brothers was recorded as a strength, not as a sign that her "
          "own needs were unmet."),
        P("What the family told the review", H2),
        P("Marnie's parents met the reviewer once. Her mother said that every new social worker had asked "
          "the same questions and that she had stopped expecting anything to change.", BODY_I),
        P("Recommendations", H2),
        P("The review made four recommendations:"),
        P("1. GCP2 is used in every neglect assessment."),
        P("2. Every assessment starts with a chronology of the family's previous involvement with services."),
        P("3. GPs and dentists follow a dental neglect pathway and tell the Front Door when a child's "
          "untreated decay is serious."),
        P("4. A child who looks after brothers or sisters is offered a young carer's assessment."),
    ]
    return juniper, s


def review_pages(d):
    juniper, rest = review_story()
    for label, story in ((8, juniper), (9, rest), (10, rest)):
        d.start("Learning from local reviews", label=label)
        for k in range(3):
            strict = label != 9 and k == 2  # Juniper fits page 8; Caspian runs over onto page 10
            d.fill(story, M + k * (COLW3 + GUT), TOP, COLW3, TOP - BOTTOM, strict=strict,
                   name=f"reviews p{label} col{k}")
        d.end()


TRAINING = [
    ["Course", "2023-24", "2024-25"],
    ["Working Together: multi-agency foundation", "612", "704"],
    ["Neglect and the Graded Care Profile 2", "143", "187"],
    ["Child exploitation and contextual safeguarding", "388", "451"],
    ["Safer sleep and infant safety", "96", "264"],
    ["Domestic abuse and the child", "402", "389"],
    ["Learning from reviews briefings", "335", "323"],
    ["All courses", "1,976", "2,318"],
]


def training(d):
    d.start("Training and learning", label=11)
    d.fill([P("Training and learning", H1)], M, TOP, W - 2 * M, 30)
    top = TOP - 40
    left = [
        P("Places taken up on partnership training", H3),
        grid_table(TRAINING, [250, 70, 70]),
        Spacer(1, 8),
        P("Places on safer sleep training almost trebled after the Juniper review, because the course was "
          "opened to adult mental health, substance misuse and housing staff who meet fathers."),
    ]
    right = [
        P("Did it make a difference?", H2),
        P("Every course ends with an evaluation. In 2024-25, 87 per cent of those who answered said they "
          "would change something in their practice. Three months later we asked again, and 214 "
          "practitioners replied; 71 per cent of them described a change they had made."),
        P("Learning Week", H2),
        P("The partnership's second Learning Week ran from 7 to 11 October 2024, with 29 sessions, most of "
          "them online and lunchtime length. The best attended, \"What Caspian would want you to know\", was "
          "written with Caspian and his mother and was seen by 340 practitioners."),
        P("Seven-minute briefings", H2),
        P("A seven-minute briefing was published for each of the three reviews, for teams to read together "
          "at the start of a meeting. The Juniper briefing was downloaded 1,150 times."),
    ]
    d.fill(left, M, top, 400, top - BOTTOM, name="tr left")
    d.fill(right, M + 440, top, W - 2 * M - 440, top - BOTTOM, name="tr right")
    d.end()


def scrutiny(d):
    d.start("Scrutiny and assurance", label=12)
    d.fill([P("Scrutiny, assurance and the voice of young people", H1)], M, TOP, W - 2 * M, 30)
    top = TOP - 40
    col1 = [
        P("Independent scrutiny", H2),
        P("The Independent Scrutineer attended four meetings of the Executive, observed two rapid reviews "
          "and held a practitioner forum in each of the borough's three localities. Her report to the "
          "partners in June 2025 found that the arrangements were \"safe but stretched\"."),
        P("Section 11 self-assessment", H2),
        P("Every two years the partnership asks agencies to assess themselves against the standards of "
          "section 11 of the Children Act 2004. In 2024-25, 23 of the 26 agencies asked returned their "
          "self-assessment. The three that did not were followed up by the business manager."),
    ]
    col2 = [
        P("Multi-agency audits", H2),
        P("The Quality Assurance Group audited 38 children's cases in four themes: neglect (10 cases), "
          "exploitation (10), domestic abuse and babies (9) and children with disabilities (9). Practice "
          "was judged good or better in 21 of the 38 cases."),
        P("The audits found that the child's own words were recorded in fewer than half of the neglect "
          "cases, and that plans for children with disabilities were often written for the parents."),
        P("Inspection", H2),
        P("Ofsted inspected the council's children's services in June 2024 and judged them good overall. "
          "A joint targeted area inspection was not held in Pellingford in 2024-25."),
    ]
    col3 = [
        P("Youth Voice Panel", H2),
        P("The Youth Voice Panel has fourteen members aged 13 to 19, recruited through schools, the youth "
          "service and the children in care council. In November 2024 they questioned the Executive on "
          "how letters to children are written."),
        P("\"Say who you are, why you are here and what happens next.\"", QUOTE),
        P("Their three asks are now part of the partnership's practice standards: say who you are, say why "
          "you are here, and say what happens next. The panel also reviewed the seven-minute briefing for "
          "Caspian before it was published."),
    ]
    d.fill(col1, M, top, COLW3, top - BOTTOM, name="sc1")
    d.fill(col2, M + COLW3 + GUT, top, COLW3, top - BOTTOM, name="sc2")
    box(d.c, M + 2 * (COLW3 + GUT) - 8, top + 6, COLW3 + 16, top - BOTTOM + 6, SAND)
    d.fill(col3, M + 2 * (COLW3 + GUT), top - 4, COLW3 - 4, top - BOTTOM - 8, name="sc3")
    d.end()


MONEY_IN = [
    ["Contributions", "2023-24", "2024-25"],
    ["Pellingford Borough Council", "£186,400", "£194,000"],
    ["Lyme and Pellingford Integrated Care Board", "£112,300", "£118,500"],
    ["Weald Marches Police", "£58,900", "£61,200"],
    ["Total", "£357,600", "£373,700"],
]

MONEY_OUT = [
    ["Spending in 2024-25", "Amount"],
    ["Business unit staffing", "£241,800"],
    ["Independent Scrutineer", "£22,500"],
    ["Local child safeguarding practice reviews", "£61,350"],
    ["Training and Learning Week", "£29,600"],
    ["Other costs (venues, website, translation)", "£18,450"],
    ["Total", "£373,700"],
]


def money(d):
    d.start("Money", label=13)
    d.fill([P("Money: contributions and spending", H1)], M, TOP, W - 2 * M, 30)
    top = TOP - 40
    d.fill([P("Where the money came from", H3), grid_table(MONEY_IN, [230, 85, 85]),
            Spacer(1, 14),
            P("The three partners agreed in 2019 to share the budget in fixed proportions: about 52 per cent "
              "from the council, 32 per cent from the Integrated Care Board and 16 per cent from the police. "
              "For 2024-25 each partner's contribution rose by about 4 per cent."),
            P("Schools do not contribute to the budget, but Ravensholt Academy and Brackenfold Primary School "
              "gave staff time to the Caspian and Marnie reviews.")],
           M, top, 420, top - BOTTOM, name="money left")
    d.fill([P("How it was spent", H3), grid_table(MONEY_OUT, [230, 85]),
            Spacer(1, 14),
            P("The three local reviews cost £61,350 in all. The partnership spent everything it received; "
              "no money was carried forward into 2025-26.")],
           M + 460, top, W - 2 * M - 460, top - BOTTOM, name="money right")
    d.end()


def ahead(d):
    d.start("Looking ahead", label=14)
    d.fill([P("Looking ahead to 2025-26", H1)], M, TOP, W - 2 * M, 30)
    top = TOP - 40
    col1 = [
        P("The Executive will keep its three priorities for a second year and add a fourth: children "
          "whose parents have poor mental health. The Scrutineer's three challenges are built into the "
          "business plan, with a report on each to the Executive in March 2026."),
        P("The two local reviews in progress will be published when criminal proceedings allow. A thematic "
          "review of children excluded from school, agreed after the Caspian review, will start in "
          "autumn 2025."),
    ]
    gloss = [
        ["Term", "Meaning"],
        ["GCP2", "Graded Care Profile 2, a tool for assessing neglect"],
        ["LCSPR", "Local child safeguarding practice review"],
        ["MACE", "Multi-Agency Child Exploitation panel"],
        ["NRM", "National Referral Mechanism, for victims of trafficking and modern slavery"],
        ["Rapid review", "The first look at a serious incident, within 15 working days"],
        ["Section 47", "An enquiry by children's social care when a child may be suffering significant harm"],
    ]
    col2 = [P("Glossary", H3), grid_table(gloss, [COLW3 * 0.28, COLW3 * 0.72])]
    col3 = [
        P("Contact us", H2),
        P("Pellingford Safeguarding Children Partnership Business Unit, Civic Offices, Pellingford "
          "(FICTIONAL address)."),
        P("partnership@pellingford-scp.example"),
        P("If you are worried about a child, call the Children's Front Door. In an emergency call 999."),
        P("This report is FICTIONAL practice material. Nothing in it describes real children, families, "
          "professionals or agencies.", SMALL),
    ]
    d.fill(col1, M, top, COLW3, top - BOTTOM, name="ah1")
    d.fill(col2, M + COLW3 + GUT, top, COLW3, top - BOTTOM, name="ah2")
    box(d.c, M + 2 * (COLW3 + GUT) - 8, top + 6, COLW3 + 16, 230, MIST)
    d.fill(col3, M + 2 * (COLW3 + GUT), top - 4, COLW3 - 4, 220, name="ah3")
    d.end()


def main():
    d = Doc(OUT)
    cover(d)
    contents(d)
    foreword(d)
    about(d)
    glance(d)
    figures1(d)
    figures2(d)
    priorities(d)
    reviews_intro(d)
    review_pages(d)
    training(d)
    scrutiny(d)
    money(d)
    ahead(d)
    d.save()
    print("wrote", OUT.name, d.physical, "pages")


if __name__ == "__main__":
    main()
