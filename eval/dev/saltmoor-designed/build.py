"""Build the FICTIONAL Saltmoor and Fenby "Ezra" designed practice review (one PDF).

Everything in this document is invented: the area, the partnership, the
agencies, the family, the practitioners and the events. The PDF exists only to
test scr-qa on a layout a design agency might produce: a cover with a title
block and an image placeholder; roman-numbered front matter (contents, a
foreword signed by the partnership board chair, an "at a glance"
infographic with a bar chart) before the arabic page 1; body pages in two or
three columns with running headers naming the chapter; coloured side boxes
("Voice of the child", "What we learned", "What the family told us"); pull
quotes repeating a sentence of the body in large type; footnotes; a landscape
chronology table that runs over two pages with its header row repeated; and
recommendations as a numbered list of boxes.

Each page is laid out explicitly with reportlab frames: the text of a region
flows through its columns in order, and the build stops with an error if any
region overflows, so a wording change can never silently move text to
another page.

Rebuild with:

    .venv/bin/python eval/dev/saltmoor-designed/build.py

The output is byte-for-byte deterministic (reportlab invariant mode).
"""
from reportlab import rl_config

rl_config.invariant = 1

from pathlib import Path  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "saltmoor-lcspr-ezra-designed.pdf"

PARTNERSHIP = "Saltmoor and Fenby Safeguarding Children Partnership"
W, H = A4
M = 16 * mm             # outer margin
TOP = H - 24 * mm       # top of the text area on portrait body pages
BOTTOM = 20 * mm        # bottom of the text area (above the footer)
GUT = 6 * mm            # column gutter

TEAL = colors.HexColor("#0d5c63")
CORAL = colors.HexColor("#e4572e")
SAND = colors.HexColor("#f3e9d2")
MINT = colors.HexColor("#d8efe9")
PLUM = colors.HexColor("#5b3758")
LILAC = colors.HexColor("#ece1ec")
GREY = colors.HexColor("#555555")

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.2, leading=12.4, spaceAfter=5.5,
                      alignment=TA_JUSTIFY)
LEAD = ParagraphStyle("lead", parent=BODY, fontName="Helvetica-Bold", fontSize=10.4, leading=14,
                      textColor=TEAL, alignment=TA_LEFT)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=22, leading=26, textColor=TEAL, spaceAfter=6)
KICK = ParagraphStyle("kick", fontName="Helvetica-Bold", fontSize=9, leading=11, textColor=CORAL, spaceAfter=2)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=13.5, textColor=TEAL,
                    spaceBefore=4, spaceAfter=4)
BOXH = ParagraphStyle("boxh", fontName="Helvetica-Bold", fontSize=11, leading=13.5, textColor=colors.white)
BOXT = ParagraphStyle("boxt", fontName="Helvetica", fontSize=8.8, leading=11.6, spaceAfter=4)
BOXB = ParagraphStyle("boxb", parent=BOXT, leftIndent=9, bulletIndent=0, spaceAfter=3)
PULL = ParagraphStyle("pull", fontName="Times-BoldItalic", fontSize=17, leading=21, textColor=CORAL)
FOOT = ParagraphStyle("foot", fontName="Helvetica", fontSize=7.2, leading=9, spaceAfter=1.5, textColor=GREY)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.6, leading=12.2)
CELLH = ParagraphStyle("cellh", parent=CELL, fontName="Helvetica-Bold", textColor=colors.white)


class Overflow(Exception):
    pass


def flow(c, story, rects, pad=0, partial=False):
    """Flow `story` through the frames `rects` [(x, y, w, h), ...] in order.

    It must all fit, unless `partial`: then what did not fit is returned, to continue on the next page.
    """
    story = list(story)
    for x, y, w, h in rects:
        f = Frame(x, y, w, h, leftPadding=pad, rightPadding=pad, topPadding=pad, bottomPadding=pad)
        fill(f, story, c)
        if not story:
            return []
    if partial:
        return story
    raise Overflow(f"page {c.getPageNumber()}: {len(story)} flowables did not fit, "
                   f"first: {getattr(story[0], 'text', story[0])!r:.80}")


def fill(frame, story, c):
    """Add flowables to `frame` until it is full, splitting the one that straddles the bottom."""
    while story:
        if frame.add(story[0], c, trySplit=0):
            del story[0]
            continue
        parts = frame.split(story[0], c)
        if not parts:
            return
        story[0:1] = parts
        if not frame.add(story[0], c, trySplit=0):
            return
        del story[0]
        return


def cols(n, top, bottom, left=M, right=W - M, gutter=GUT):
    width = (right - left - gutter * (n - 1)) / n
    return [(left + i * (width + gutter), bottom, width, top - bottom) for i in range(n)]


def P(text, style=BODY):
    return Paragraph(text, style)


def chrome(c, label, chapter=None, page_w=W, page_h=H):
    """Running header (chapter name) and footer (FICTIONAL notice, printed page label)."""
    c.saveState()
    if chapter:
        c.setFillColor(TEAL)
        c.setFont("Helvetica-Bold", 7.6)
        c.drawString(M, page_h - 12 * mm, PARTNERSHIP.upper())
        c.setFont("Helvetica", 7.6)
        c.drawRightString(page_w - M, page_h - 12 * mm, chapter)
        c.setStrokeColor(TEAL)
        c.setLineWidth(0.6)
        c.line(M, page_h - 13.6 * mm, page_w - M, page_h - 13.6 * mm)
    c.setFillColor(GREY)
    c.setFont("Helvetica", 7.2)
    c.drawString(M, 10 * mm, "FICTIONAL practice material \u2013 not a real review")
    if label:
        c.setFont("Helvetica-Bold", 9)
        c.setFillColor(TEAL)
        c.drawRightString(page_w - M, 10 * mm, label)
    c.restoreState()


def footnotes(c, notes, left=M, right=W - M):
    """Footnotes at the foot of the page under a short rule; returns the y above them."""
    width = right - left
    paras = [Paragraph(f"<super>{n}</super> {t}", FOOT) for n, t in notes]
    height = sum(p.wrap(width, 1000)[1] + FOOT.spaceAfter for p in paras)
    y0 = BOTTOM - 2 * mm
    y = y0 + height
    c.saveState()
    c.setStrokeColor(GREY)
    c.setLineWidth(0.5)
    c.line(left, y + 2.5 * mm, left + 40 * mm, y + 2.5 * mm)
    c.restoreState()
    flow(c, paras, [(left, y0, width, height + 1)])
    return y + 6 * mm


def side_box(c, x, y_top, w, h, title, story, colour, tint):
    """A coloured box with a title band; text flows inside it and must fit."""
    c.saveState()
    c.setFillColor(tint)
    c.rect(x, y_top - h, w, h, stroke=0, fill=1)
    c.setFillColor(colour)
    c.rect(x, y_top - 9 * mm, w, 9 * mm, stroke=0, fill=1)
    c.restoreState()
    flow(c, [P(title, BOXH)], [(x + 3 * mm, y_top - 8.5 * mm, w - 6 * mm, 8 * mm)])
    flow(c, story, [(x + 3.5 * mm, y_top - h + 3 * mm, w - 7 * mm, h - 14 * mm)])


def pull_quote(c, x, y_top, w, text, h=30 * mm):
    c.saveState()
    c.setStrokeColor(CORAL)
    c.setLineWidth(2.2)
    c.line(x, y_top, x + 22 * mm, y_top)
    c.restoreState()
    flow(c, [P(f"\u201c{text}\u201d", PULL)], [(x, y_top - h, w, h - 2 * mm)])


def chapter_title(num, title, intro=None):
    s = [P(f"CHAPTER {num}", KICK), P(title, H1)]
    if intro:
        s.append(P(intro, LEAD))
    return s


def bul(items, style=BOXB):
    return [Paragraph(t, style, bulletText="\u25a0") for t in items]


# ---------------------------------------------------------------------------
# Front matter
# ---------------------------------------------------------------------------

def cover(c):
    c.setFillColor(TEAL)
    c.rect(0, H - 118 * mm, W, 118 * mm, stroke=0, fill=1)
    c.setFillColor(CORAL)
    c.rect(0, H - 122 * mm, W, 4 * mm, stroke=0, fill=1)
    t = ParagraphStyle("ct", fontName="Helvetica-Bold", fontSize=34, leading=38, textColor=colors.white)
    k = ParagraphStyle("ck", fontName="Helvetica", fontSize=12, leading=15, textColor=colors.white)
    flow(c, [P(PARTNERSHIP.upper(), k), Spacer(1, 10 * mm),
             P("Local Child Safeguarding Practice Review", ParagraphStyle("cs", parent=k, fontSize=15, leading=19)),
             Spacer(1, 3 * mm), P("\u201cEzra\u201d", t), Spacer(1, 4 * mm),
             P("Out of school, out of sight", ParagraphStyle("cq", parent=k, fontName="Helvetica-Oblique",
                                                              fontSize=16, leading=20))],
         [(22 * mm, H - 112 * mm, W - 44 * mm, 92 * mm)])
    # placeholder image box
    x, y, w, h = 22 * mm, 78 * mm, W - 44 * mm, 92 * mm
    c.setFillColor(colors.HexColor("#d9d9d9"))
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setStrokeColor(colors.HexColor("#9a9a9a"))
    c.setLineWidth(1)
    c.line(x, y, x + w, y + h)
    c.line(x, y + h, x + w, y)
    c.setFillColor(colors.HexColor("#555555"))
    c.setFont("Helvetica-Bold", 10)
    c.drawCentredString(W / 2, y + h / 2 + 8, "[ IMAGE PLACEHOLDER ]")
    c.setFont("Helvetica", 8.5)
    c.drawCentredString(W / 2, y + h / 2 - 8, "Toy train on a windowsill \u2013 photograph posed, not of the child")
    info = ParagraphStyle("ci", fontName="Helvetica", fontSize=10, leading=13.5, textColor=TEAL)
    flow(c, [P("Independent reviewer: <b>Tobias Quarrie</b>", info),
             P("Published 18 June 2024", info),
             P("FICTIONAL practice material: Saltmoor, Fenby, the partnership, the agencies, Ezra and his "
               "family are invented to test software. This is not a real review.", info)],
         [(22 * mm, 30 * mm, W - 44 * mm, 40 * mm)])
    chrome(c, None)


CONTENTS = [
    ("Foreword", "iii"), ("The review at a glance", "iv"),
    ("1  Introduction", "1"), ("2  Ezra and his family", "2"), ("3  What happened", "4"),
    ("   Chronology of contacts", "5"), ("4  What we learned", "7"), ("5  Recommendations", "10"),
    ("6  About this review", "11"),
]


def contents(c):
    flow(c, [P("Contents", H1), Spacer(1, 4 * mm)], [(M + 10 * mm, H - 60 * mm, 120 * mm, 36 * mm)])
    y = H - 72 * mm
    for title, page in CONTENTS:
        c.setFont("Helvetica-Bold" if not title.startswith("   ") else "Helvetica", 12)
        c.setFillColor(TEAL)
        c.drawString(M + 10 * mm, y, title.strip() if not title.startswith("   ") else "      " + title.strip())
        c.setFillColor(CORAL)
        c.drawRightString(W - M - 30 * mm, y, page)
        c.setStrokeColor(colors.HexColor("#cccccc"))
        c.setLineWidth(0.4)
        c.line(M + 10 * mm, y - 3 * mm, W - M - 30 * mm, y - 3 * mm)
        y -= 12 * mm
    side_box(c, M + 10 * mm, 92 * mm, W - 2 * M - 40 * mm, 60 * mm, "About this document", [
        P("This review is about a boy we call Ezra. His family chose the name. Practitioners are described by "
          "their role, for example Social Worker A or EHE Adviser 1, and not by name.", BOXT),
        P("Pages before Chapter 1 are numbered in roman numerals. A glossary of terms is in Chapter 6.", BOXT),
        P("This document is FICTIONAL practice material.", BOXT),
    ], TEAL, MINT)
    chrome(c, "ii")


def foreword(c):
    flow(c, [P("FOREWORD", KICK), P("A boy who was out of sight", H1)],
         [(M, H - 52 * mm, W - 2 * M, 30 * mm)])
    text = [
        P("This review is about Ezra, a seven-year-old autistic boy who was admitted to hospital in February "
          "2023 so malnourished that doctors feared for his life. For the seventeen months before that, no "
          "professional from any agency saw him. He had been taken out of school to be educated at home, and "
          "the services around him each assumed that someone else was keeping him in view."),
        P("I want to thank Ezra's aunt, whom he calls \u201cAuntie Bee\u201d, for the time she gave to this "
          "review and for the love and patience with which she now cares for him. Ezra is now eight. He goes "
          "to a special school, where he has learned to ride a tricycle and to ask for a drink using his "
          "picture cards."),
        P("Home education is a right that many families in Saltmoor and Fenby use well. This review does not "
          "argue otherwise. It asks how we make sure that a child who leaves school does not also leave the "
          "view of every professional, especially a child who cannot easily speak for himself."),
        P("The three safeguarding partners accepted all seven recommendations at the Partnership Board on "
          "22 May 2024. I have asked the Partnership's Executive Group to report progress on each of them to "
          "the Board by 31 March 2025, and that report will be published."),
        P("I also thank the thirty-one practitioners who came to the two workshops. They spoke honestly about "
          "their own part in what happened. That honesty is the reason this review can be useful."),
        Spacer(1, 4 * mm),
        P("<b>Dr Imogen Latchford</b><br/>Independent Chair, Saltmoor and Fenby Safeguarding Children "
          "Partnership Board<br/>June 2024", ParagraphStyle("sig", parent=BODY, alignment=TA_LEFT)),
    ]
    flow(c, text, cols(2, H - 56 * mm, 150 * mm, left=M, right=W - M))
    pull_quote(c, M + 20 * mm, 128 * mm, W - 2 * M - 40 * mm, "Home education is a right that many families in "
               "Saltmoor and Fenby use well.", h=40 * mm)
    side_box(c, M, 54 * mm, W - 2 * M, 32 * mm, "The safeguarding partners", [
        P("Saltmoor Council \u2022 Fenby and Saltmoor Integrated Care Board \u2022 Coastal Fens Police. The "
          "review was commissioned by all three and written by an independent reviewer who has never worked "
          "for any of them.", BOXT),
    ], PLUM, LILAC)
    chrome(c, "iii", "Foreword")


BARS = [("Ravenscar Primary Academy", 11), ("Fenby Coast NHS Trust", 9), ("Children's social care", 6),
        ("Harbourside Medical Practice", 5), ("Elective home education team", 4), ("Coastal Fens Police", 2)]


def at_a_glance(c):
    flow(c, [P("THE REVIEW AT A GLANCE", KICK), P("37 contacts, 6 agencies, 1 child not seen", H1)],
         [(M, H - 52 * mm, W - 2 * M, 30 * mm)])
    # big-number tiles
    tiles = [("37 contacts", "between agencies and the family, July 2021 to February 2023"),
             ("6 agencies", "had contact with Ezra or his mother"),
             ("519 days", "without a professional seeing Ezra"),
             ("14.2 kg", "Ezra's weight on admission to hospital")]
    tw = (W - 2 * M - 3 * 5 * mm) / 4
    big = ParagraphStyle("big", fontName="Helvetica-Bold", fontSize=17, leading=20, textColor=colors.white,
                         alignment=TA_CENTER)
    small = ParagraphStyle("sm", fontName="Helvetica", fontSize=8.2, leading=10.2, textColor=colors.white,
                           alignment=TA_CENTER)
    for i, (num, cap) in enumerate(tiles):
        x = M + i * (tw + 5 * mm)
        c.setFillColor([TEAL, CORAL, PLUM, TEAL][i])
        c.roundRect(x, H - 100 * mm, tw, 42 * mm, 3 * mm, stroke=0, fill=1)
        flow(c, [P(num, big), Spacer(1, 2 * mm), P(cap, small)], [(x + 2 * mm, H - 98 * mm, tw - 4 * mm, 36 * mm)])
    # bar chart
    c.setFillColor(TEAL)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(M, H - 114 * mm, "Figure 1: Contacts with Ezra's family by agency")
    x0, y0, maxw = M + 62 * mm, H - 128 * mm, 82 * mm
    for i, (name, n) in enumerate(BARS):
        y = y0 - i * 12 * mm
        c.setFillColor(GREY)
        c.setFont("Helvetica", 9)
        c.drawRightString(x0 - 3 * mm, y + 2.2 * mm, name)
        c.setFillColor(CORAL if i == 0 else TEAL)
        c.rect(x0, y, maxw * n / 11, 7 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x0 + maxw * n / 11 + 2 * mm, y + 2.2 * mm, f"{n} contacts")
    c.setFont("Helvetica-Oblique", 8)
    c.setFillColor(GREY)
    c.drawString(M, y0 - 6 * 12 * mm + 4 * mm, "Source: merged agency chronologies. Total 37 contacts. "
                 "Ezra himself was seen at 9 of them, none after 8 September 2021.")
    side_box(c, M, 70 * mm, W - 2 * M, 44 * mm, "Timeline in brief", [
        P("<b>Sept 2021</b> Ezra leaves Ravenscar Primary Academy for home education. "
          "<b>Dec 2021</b> Home education judged suitable on paper. "
          "<b>July 2022</b> Discharged from the paediatric clinic after a third missed appointment. "
          "<b>Oct 2022</b> Mother tells the GP he \u201conly eats crisps and yoghurt\u201d. "
          "<b>Feb 2023</b> Found by police on a welfare check and admitted to hospital. "
          "<b>March 2023</b> Goes to live with his aunt after 43 days in hospital.", BOXT),
    ], CORAL, SAND)
    chrome(c, "iv", "The review at a glance")


# ---------------------------------------------------------------------------
# Body
# ---------------------------------------------------------------------------

def page_intro(c):
    story = chapter_title(1, "Introduction",
                          "Ezra was seven when police officers found him, severely underweight, in his bedroom "
                          "on 9 February 2023. This chapter explains why the partnership reviewed his case.")
    flow(c, story, [(M, H - 66 * mm, W - 2 * M, 44 * mm)])
    body = [
        P("On the afternoon of Thursday 9 February 2023 a neighbour rang Coastal Fens Police. She said that she "
          "had seen a very thin child at an upstairs window of the house next door and had not seen him outside "
          "for more than a year. Two officers, PC2 and PC3, carried out a welfare check at 16:20."),
        P("They found Ezra in his bedroom. He was very thin, could not stand without help and had sores on his "
          "hips and lower back. The officers called an ambulance at 16:41 and used their powers of police "
          "protection. Ezra was admitted to Saltmoor Royal Infirmary that evening."),
        P("In hospital Ezra weighed 14.2 kg, below the 0.4th centile for his age.<super>1</super> Doctors "
          "diagnosed severe malnutrition, rickets caused by a lack of vitamin D, and pressure sores. He stayed "
          "in hospital for 43 days and was discharged on 24 March 2023 to live with his maternal aunt, Aunt B."),
        P("Ezra lived with his mother, Ms V, and from about June 2022 with her partner, Mr O. Ezra is autistic "
          "and has limited speech. He had been withdrawn from school in September 2021 to be educated at home."
          "<super>2</super>"),
        P("The partnership held a rapid review on 15 February 2023. It had notified the national Child "
          "Safeguarding Practice Review Panel on 10 February 2023, the day after Ezra was found. The rapid "
          "review recommended a local child safeguarding practice review (LCSPR), and the national panel "
          "agreed on 3 March 2023."),
        P("A criminal investigation began in February 2023. Ms V and Mr O have been charged with offences of "
          "child cruelty and a trial is expected later in 2024. Nothing in this review is intended to comment "
          "on their guilt or innocence."),
        P("The review covers the period from 1 July 2021, shortly before the school's first referral, to "
          "9 February 2023. It also draws on earlier records of Ezra's diagnosis and his education, health and "
          "care plan (EHCP)."),
        P("The independent reviewer, Tobias Quarrie, is a former director of children's services who has "
          "never worked in Saltmoor or Fenby. He was appointed on 18 April 2023 and reported to a review panel "
          "chaired by the partnership's business manager, Rhiannon Stubbs."),
        P("The aim of a practice review is to learn, not to blame. Where this report is critical of "
          "decisions, it tries to say why they made sense at the time to the people who made them."),
    ]
    top = H - 70 * mm
    bottom = footnotes(c, [
        (1, "The 0.4th centile means that 996 of every 1,000 boys of Ezra's age weigh more than he did. At his "
            "last school health check, in March 2021, he had weighed 21.6 kg."),
        (2, "Elective home education (EHE) is when parents choose to educate a child at home instead of sending "
            "them to school. In January 2023, 688 children in Saltmoor were electively home educated, 41 of "
            "whom had an EHCP."),
    ])
    grid3 = cols(3, top, bottom)
    flow(c, body, grid3[:2])
    x, y, w, h = grid3[2]
    side_box(c, x, top, w, top - bottom, "About practice reviews", [
        P("Safeguarding partners must consider a local child safeguarding practice review when a child has "
          "died or been seriously harmed and abuse or neglect is known or suspected.", BOXT),
        P("The first step is a rapid review of what agencies knew. In Ezra's case it met three working days "
          "after the notification to the national panel.", BOXT),
        P("This is the partnership's third local review since it was formed in 2019, and its first about a "
          "child educated at home.", BOXT),
        P("The review does not decide whether anyone committed a crime, and it is not a disciplinary "
          "process.", BOXT),
    ], PLUM, LILAC)
    chrome(c, "1", "Chapter 1 \u2013 Introduction")


def page_family(c):
    story = chapter_title(2, "Ezra and his family")
    flow(c, story, [(M, H - 44 * mm, W - 2 * M, 22 * mm)])
    box_w = 58 * mm
    body = [
        P("Ezra was born on 2 March 2015. He was diagnosed as autistic on 14 November 2019 by a community "
          "paediatrician, Paediatrician 1, after his nursery noticed that he was not using words. He "
          "communicates mainly with picture cards and Makaton signs,<super>3</super> and uses a few spoken "
          "words."),
        P("Ezra's mother, Ms V, was twenty-six when he was born. She has had depression and anxiety since her "
          "teens, and from 2021 she found it increasingly difficult to leave the house. She brought Ezra up on "
          "her own after his father left when Ezra was a baby; his father has had no contact since and did not "
          "take part in this review."),
        P("Ms V's own mother, who had helped with Ezra every week, died in August 2020. Ms V told the reviewer "
          "that after her death \u201cthe walls came in\u201d. Her sister, Aunt B, lived in Fenby, forty "
          "minutes away by bus, and saw Ezra about once a month until the spring of 2022, when Ms V stopped "
          "answering her calls."),
        P("Mr O moved into the household in about June 2022. No agency knew that he lived there until "
          "9 February 2023. He had a previous conviction for assault, from 2016, but no agency had any record "
          "linking him to children."),
        P("Ezra attended Ravenscar Primary Academy from Reception. An EHCP was issued on 22 January 2021, "
          "naming the academy and providing fifteen hours a week of one-to-one support. In the school year "
          "2020\u201321 Ezra had four fixed-term suspensions, for a total of 11.5 days, after incidents in "
          "which he hit staff while distressed."),
        P("Staff at the academy described Ezra as \u201ca boy with a brilliant memory for trains and bus "
          "routes\u201d who found noise and change very hard. His class teacher said that he would eat only "
          "a few foods, mostly crisps, yoghurt and plain pasta, and that his packed lunches became smaller "
          "during the summer term of 2021."),
    ]
    flow(c, body, cols(2, H - 48 * mm, 34 * mm, right=W - M - box_w - GUT))
    footnotes(c, [(3, "Makaton is a language programme that uses signs and symbols alongside speech. "
                      "Ezra's aunt has since learned it.")])
    side_box(c, W - M - box_w, H - 48 * mm, box_w, 180 * mm, "Voice of the child", [
        P("Ezra cannot easily tell us what his life was like. These are the things the people who know him "
          "best told us, and what he has shown us himself.", BOXT),
        P("<b>What Ezra loves:</b> trains, the number 14 bus, the colour orange, being wrapped in a heavy "
          "blanket, the sound of the washing machine.", BOXT),
        P("<b>What Ezra finds hard:</b> loud voices, new places, having his hair washed, foods that are "
          "\u201cwet\u201d.", BOXT),
        P("<b>His words:</b> in hospital the play specialist recorded the words Ezra used most often. They "
          "were \u201ctrain\u201d, \u201cbiscuit\u201d, \u201cno\u201d and \u201cBee\u201d.", BOXT),
        P("<b>His aunt:</b> \u201cHe lines up his trains by colour, and he laughs when they go over the "
          "bridge. That laugh is the best sound in the world.\u201d", BOXT),
        P("<b>Since leaving hospital</b> Ezra has gained 6.8 kg. His new school says he arrives every morning "
          "with his orange rucksack and signs \u201chello\u201d to the receptionist.", BOXT),
    ], CORAL, SAND)
    chrome(c, "2", "Chapter 2 \u2013 Ezra and his family")


def page_family2(c):
    body = [
        P("<b>Leaving school.</b> On 5 July 2021 the academy's Designated Safeguarding Lead (DSL) referred "
          "Ezra to the Multi-Agency Safeguarding Hub (MASH). She was worried that he had lost weight, that his "
          "lunches were only crisps, and that Ms V seemed \u201cexhausted and low\u201d. Social Worker A "
          "telephoned Ms V on 7 July 2021. Ms V said that Ezra had always been a fussy eater and that she was "
          "getting help from her GP. The referral was closed as \u201cno further action, universal services\u201d."),
        P("On 6 September 2021, the first day of the new term, the headteacher received a letter from Ms V "
          "saying that she would educate Ezra at home. Ms V wrote that school \u201cwas breaking him\u201d. "
          "Ezra was removed from the school roll on 8 September 2021 and the academy told the council's EHE "
          "team and its SEND team the same day."),
        P("The academy did not hold a meeting with Ms V before Ezra was taken off roll, and did not tell "
          "the MASH, although it had referred Ezra two months before. The headteacher told the review that "
          "the academy \u201cfelt it had no power to stop it\u201d. This is correct as a matter of law for a "
          "child at a mainstream school, but nothing prevented the academy from sharing its worries."),
        P("<b>Home education.</b> The EHE team wrote to Ms V on 20 September 2021, offering a home visit. "
          "Ms V declined the visit. On 15 November 2021 she sent a six-page written report describing a "
          "curriculum of \u201clearning through play and outdoor exploration\u201d. On 2 December 2021 EHE "
          "Adviser 1 judged the provision suitable on the basis of the report alone."),
        P("EHE Adviser 1 knew that Ezra had an EHCP but did not know about the July 2021 referral to the MASH. "
          "The EHE team's records were not linked to children's social care records, and nobody asked."),
        P("Nobody from any agency set eyes on Ezra for 519 days. In that time, four agencies had contact "
          "with his mother, by letter, email or telephone, and each of them closed or paused its involvement "
          "believing that another agency was seeing him."),
        P("<b>Health.</b> Paediatrician 1 had arranged to review Ezra's development and diet every six "
          "months. Ezra was not brought to his appointments on 18 January, 12 April and 19 July 2022. After "
          "the third, Fenby Coast NHS Trust discharged him to the care of his GP under its \u201cwas not "
          "brought\u201d policy.<super>4</super> The discharge letter was sent to the GP and copied to "
          "Ms V; nobody checked whether he was in school."),
        P("<b>The police call.</b> At 22:50 on 14 May 2022 a neighbour called the police to report screaming "
          "from the house. PC1 attended. Ms V said that Ezra had had a meltdown and was now asleep upstairs. "
          "PC1 did not see Ezra. A child concern notification<super>5</super> was sent to the MASH, where "
          "Social Worker B telephoned Ms V on 16 May 2022 and closed the contact."),
    ]
    top = H - 24 * mm
    pq_h = 34 * mm
    bottom = footnotes(c, [
        (4, "The Trust replaced its \u201cwas not brought\u201d policy in March 2023 with a Child Not Brought "
            "policy that requires a call to the GP before any child with a disability is discharged."),
        (5, "A child concern notification (CCN) is a form sent by police officers to the MASH when they are "
            "worried about a child."),
    ])
    pull_quote(c, M, bottom + pq_h - 2 * mm, W - 2 * M, "Nobody from any agency set eyes on Ezra for 519 days.",
               h=pq_h - 6 * mm)
    flow(c, body, cols(2, top, bottom + pq_h))
    chrome(c, "3", "Chapter 2 \u2013 Ezra and his family")


def page_happened(c):
    story = chapter_title(3, "What happened",
                          "From the autumn of 2022 the signs that Ezra was not being fed were there, but they "
                          "were held by people who never met.")
    flow(c, story, [(M, H - 62 * mm, W - 2 * M, 40 * mm)])
    body = [
        P("In August 2022 EHE Adviser 2, who had taken over Ezra's file, sent Ms V the team's annual "
          "check letter. Ms V replied by email on 30 August 2022: \u201call fine, lots of outdoor learning, "
          "he loves the beach\u201d. EHE Adviser 2 accepted the email as evidence that education was "
          "continuing. The EHE team had 2.5 full-time equivalent advisers at the time.<super>6</super>"),
        P("On 3 October 2022 Ms V had a telephone consultation with GP 2 at Harbourside Medical Practice about "
          "her own anxiety. Towards the end of the call she said that Ezra \u201conly eats crisps and yoghurt "
          "now\u201d and that he was \u201cskin and bone\u201d. GP 2 advised that Ezra should be seen and "
          "referred to a dietitian, and asked Ms V to book an appointment for him. No appointment was booked "
          "and no referral was made."),
        P("GP 2 told the review that the call was one of forty-two telephone consultations that day. The "
          "practice had received the discharge letter from the paediatric clinic in July 2022, but it was filed "
          "in Ezra's record without being read by a doctor. GP 2 did not know that Ezra was not in school."),
        P("On 21 November 2022 the school nursing service sent Ms V a letter offering Ezra the flu vaccine, as "
          "it does for all home-educated children. There was no reply. The service does not follow up "
          "unanswered letters."),
        P("In December 2022 Aunt B rang the council's customer contact centre to ask whether someone could "
          "visit her sister, who she said \u201cwasn't answering the door to anyone\u201d. The call was logged "
          "as an adult social care enquiry and passed to the adult team, which wrote to Ms V. No link was made "
          "to Ezra."),
        P("On 9 February 2023 the neighbour's call led to the welfare check described in Chapter 1. A strategy "
          "discussion was held on 10 February 2023, chaired by Team Manager 1, and a section 47 enquiry began "
          "the same day. Mr O was arrested on 10 February 2023 and Ms V the following day."),
        P("The chronology on the next two pages sets out the contacts that mattered most. It is taken from "
          "the merged chronologies provided by the six agencies, which recorded 37 contacts in all."),
    ]
    bottom = footnotes(c, [
        (6, "For 688 home-educated children, 2.5 advisers is a caseload of about 275 children each. The "
            "council has since agreed funding for two more advisers from April 2024."),
    ])
    box_h = 50 * mm
    side_box(c, M, bottom + box_h, W - 2 * M, box_h - 4 * mm, "What the family told us", [
        P("Ms V: \u201cI thought if they saw how bad I was they would take him. So I kept the door shut and "
          "told everyone we were fine.\u201d", BOXT),
        P("Aunt B: \u201cI rang the council in the December. I said my sister needed help. Nobody asked me "
          "about Ezra, and I didn't think to say, because I thought the school or somebody was seeing "
          "him.\u201d", BOXT),
        P("Mr O declined to speak to the reviewer.", BOXT),
    ], PLUM, LILAC)
    flow(c, body, cols(2, H - 66 * mm, bottom + box_h + 3 * mm))
    chrome(c, "4", "Chapter 3 \u2013 What happened")


CHRONO_HEAD = ["Date", "Time", "Agency", "Who", "What happened", "Ezra seen?"]
CHRONO = [
    ("14/11/2019", "\u2013", "Fenby Coast NHS Trust", "Paediatrician 1", "Autism diagnosed; referral to speech and language therapy.", "Yes"),
    ("22/01/2021", "\u2013", "Council SEND team", "\u2013", "EHCP issued naming Ravenscar Primary Academy; 15 hours a week one-to-one support.", "\u2013"),
    ("Mar 2021", "\u2013", "Fenby Coast NHS Trust", "School Nurse 1", "School health check: weight 21.6 kg.", "Yes"),
    ("05/07/2021", "10.40am", "Ravenscar Primary Academy", "DSL", "Referral to MASH: weight loss, lunches of crisps only, mother low.", "Yes"),
    ("07/07/2021", "3.15pm", "Children's social care", "Social Worker A", "Phone call with Ms V; closed: NFA, universal services.", "No"),
    ("06/09/2021", "\u2013", "Ravenscar Primary Academy", "Headteacher", "Letter from Ms V: she will home educate Ezra.", "\u2013"),
    ("08/09/2021", "\u2013", "Ravenscar Primary Academy", "\u2013", "Ezra off roll; EHE and SEND teams told the same day. Last time a professional saw Ezra.", "Yes"),
    ("20/09/2021", "\u2013", "EHE team", "EHE Adviser 1", "Letter offering a home visit. Visit declined.", "No"),
    ("15/11/2021", "\u2013", "EHE team", "EHE Adviser 1", "Six-page written education report received from Ms V.", "No"),
    ("02/12/2021", "\u2013", "EHE team", "EHE Adviser 1", "Provision judged suitable on the written report.", "No"),
    ("18/01/2022", "9.30am", "Fenby Coast NHS Trust", "Paediatrician 1", "Not brought to clinic (1st).", "No"),
    ("11/02/2022", "\u2013", "Harbourside Medical Practice", "GP 1", "Ms V: low mood, not leaving the house; sertraline increased.", "No"),
    ("12/04/2022", "2.00pm", "Fenby Coast NHS Trust", "Paediatrician 1", "Not brought to clinic (2nd).", "No"),
    ("14/05/2022", "22:50", "Coastal Fens Police", "PC1", "Neighbour reports screaming. Told Ezra asleep upstairs. CCN to MASH.", "No"),
    ("16/05/2022", "\u2013", "Children's social care", "Social Worker B", "MASH: phone call to Ms V; contact closed.", "No"),
    ("19/07/2022", "9.30am", "Fenby Coast NHS Trust", "Paediatrician 1", "Not brought (3rd); discharged to GP under \u2018was not brought\u2019 policy.", "No"),
    ("30/08/2022", "\u2013", "EHE team", "EHE Adviser 2", "Email from Ms V in reply to annual check: \u2018all fine\u2019.", "No"),
    ("03/10/2022", "11:55", "Harbourside Medical Practice", "GP 2", "Phone: Ezra \u2018only eats crisps and yoghurt\u2019; dietitian advised, not made.", "No"),
    ("21/11/2022", "\u2013", "Fenby Coast NHS Trust", "School nursing", "Flu vaccine letter; no reply; not followed up.", "No"),
    ("Dec 2022", "\u2013", "Council contact centre", "\u2013", "Aunt B asks for a visit to her sister; logged as adult enquiry.", "No"),
    ("09/02/2023", "16:20", "Coastal Fens Police", "PC2, PC3", "Welfare check after neighbour's call; Ezra found; police protection.", "Yes"),
    ("09/02/2023", "16:41", "Coastal Fens Police", "PC2", "Ambulance called.", "Yes"),
    ("09/02/2023", "7.05pm", "Saltmoor Royal Infirmary", "Paediatric registrar", "Admitted; weight 14.2 kg; severe malnutrition.", "Yes"),
    ("10/02/2023", "\u2013", "Children's social care", "Team Manager 1", "Strategy discussion; section 47 enquiry begins.", "Yes"),
    ("24/03/2023", "\u2013", "Children's social care", "Social Worker C", "Discharged from hospital to Aunt B after 43 days.", "Yes"),
]


def chronology_table():
    data = [[Paragraph(h, CELLH) for h in CHRONO_HEAD]]
    for row in CHRONO:
        data.append([Paragraph(x, CELL) for x in row])
    widths = [22 * mm, 19 * mm, 46 * mm, 32 * mm, 125 * mm, 19 * mm]
    t = Table(data, colWidths=widths, repeatRows=1)
    style = [("BACKGROUND", (0, 0), (-1, 0), TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#b9c9cb")),
             ("TOPPADDING", (0, 0), (-1, -1), 4.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 5.2)]
    for i in range(1, len(data)):
        if i % 2 == 0:
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f1f6f6")))
        if CHRONO[i - 1][-1] == "Yes":
            style.append(("TEXTCOLOR", (-1, i), (-1, i), CORAL))
    t.setStyle(TableStyle(style))
    return t


def chronology_pages(c, table_left):
    """Two landscape pages; the table splits between them and repeats its header row."""
    LW, LH = landscape(A4)
    story = table_left
    for label, part in (("5", "Chronology of contacts (1 of 2)"), ("6", "Chronology of contacts (2 of 2)")):
        c.setPageSize((LW, LH))
        head = [P("CHAPTER 3", KICK), P(f"Table 1: {part}", ParagraphStyle("h1l", parent=H1, fontSize=16,
                                                                             leading=19))]
        flow(c, head, [(M, LH - 40 * mm, LW - 2 * M, 22 * mm)])
        f = Frame(M, BOTTOM, LW - 2 * M, LH - 42 * mm - BOTTOM, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
        fill(f, story, c)
        chrome(c, label, "Chapter 3 \u2013 What happened", page_w=LW, page_h=LH)
        c.showPage()
    if story:
        raise Overflow("chronology did not fit on two pages")
    c.setPageSize(A4)


def page_learn1(c):
    """Chapter 4 opens here; its text runs on to the next page (mid-paragraph), like a designed report."""
    story = chapter_title(4, "What we learned",
                          "The review found five areas of learning. Each is set out with what happened, why it "
                          "mattered, and what needs to change.")
    flow(c, story, [(M, H - 62 * mm, W - 2 * M, 40 * mm)])
    box_w = 60 * mm
    body = [
        P("Learning 1: Leaving school must not mean leaving view", H2),
        P("When Ezra was taken off roll, three things were known in different places: that he had an EHCP "
          "(school, SEND team, EHE team), that he had recently been referred to the MASH because of weight loss "
          "(school, children's social care), and that his mother was struggling with her mental health (GP). "
          "No one brought them together at the moment he left school."),
        P("The law does not require a home-educated child to be seen. But the council's own EHE policy said "
          "that a visit \u201cshould be offered\u201d to every child with an EHCP, and that where a visit was "
          "declined the adviser should \u201cconsider whether there are any welfare concerns\u201d. EHE "
          "Adviser 1 had no means of knowing about the referral, and so no reason to think there were."),
        P("At the workshops, practitioners from every agency said that they had assumed someone else was "
          "seeing Ezra. The school assumed the EHE team would; the EHE team assumed health services were; "
          "the paediatric clinic assumed he was at school."),
        P("Learning 2: \u201cWas not brought\u201d is a safeguarding signal", H2),
        P("Ezra was not brought to three paediatric appointments in six months. For a disabled child with a "
          "known feeding difficulty, each missed appointment removed one of the few chances to see him. The "
          "Trust's policy at the time allowed discharge after two missed appointments, with a letter to the "
          "GP. It did not ask the clinician to find out whether the child was at school or known to other "
          "services."),
        P("Paediatrician 1 told the review that she had \u201cover 400 children\u201d on her caseload and that "
          "discharging children who were not brought was \u201cthe only way to see the ones whose parents did "
          "bring them\u201d. The review understands this pressure but notes that the discharge letter said "
          "nothing about Ezra's weight, his diet or the fact that he had been referred to the MASH."),
    ]
    rest = flow(c, body + learn_continued(), cols(2, H - 66 * mm, BOTTOM + 2 * mm, right=W - M - box_w - GUT),
                partial=True)
    side_box(c, W - M - box_w, H - 66 * mm, box_w, H - 66 * mm - BOTTOM - 2 * mm, "What we learned", [
        P("The five learning points in brief:", BOXT),
        Paragraph("<b>1</b> A child leaving school needs a plan for who will see them.", BOXB, bulletText="\u25a0"),
        Paragraph("<b>2</b> A disabled child not brought to appointments is a child at risk, not a "
                  "cancelled slot.", BOXB, bulletText="\u25a0"),
        Paragraph("<b>3</b> Telephone calls with a parent are not an assessment of a child.", BOXB,
                  bulletText="\u25a0"),
        Paragraph("<b>4</b> Food worries are welfare worries: \u201conly eats crisps\u201d needs a "
                  "follow-up, not a suggestion.", BOXB, bulletText="\u25a0"),
        Paragraph("<b>5</b> Ask who else lives in the house, and who else knows the family.", BOXB,
                  bulletText="\u25a0"),
        Spacer(1, 3 * mm),
        P("Ezra was seen at 9 of the 37 contacts, and at none after 8 September 2021. Of the 28 contacts at "
          "which he was not seen, 19 were by letter, email or telephone.", BOXT),
        Spacer(1, 2 * mm),
        P("<b>Good practice:</b> the academy's DSL acted on the weight loss within a day of noticing it, and "
          "the neighbour's persistence in February 2023 almost certainly saved Ezra's life.", BOXT),
    ], TEAL, MINT)
    chrome(c, "7", "Chapter 4 \u2013 What we learned")
    return rest


def learn_continued():
    return [
        P("Learning 3: A telephone call with a parent is not an assessment", H2),
        P("The MASH received two contacts about Ezra, in July 2021 and May 2022. Both were closed after a single "
          "telephone call to Ms V by a social worker. Neither social worker spoke to the school, the GP or the "
          "EHE team, and in May 2022 the MASH did not know that Ezra had left school. Social Worker B told the "
          "review: \u201cI saw a CCN about a meltdown in an autistic child. Without the history, it looked like a "
          "family coping.\u201d"),
        P("The MASH's screening record has a field for \u201ceducation setting\u201d. In May 2022 it still "
          "showed Ravenscar Primary Academy, eight months after Ezra had left. The council's education and "
          "social care systems did not share data at the time; they have been linked since January 2024."),
        P("Learning 4: Food worries are welfare worries", H2),
        P("Ezra's restricted diet was known to the school, the paediatric clinic and, from October 2022, the "
          "GP. In an autistic child a narrow diet is common, and practitioners said at the workshops that "
          "they were wary of treating it as neglect. But a narrow diet combined with weight loss, an exhausted "
          "parent and no contact with any professional is a serious risk, and the review considers that GP 2's "
          "call on 3 October 2022 was the last clear chance to see Ezra before he became critically ill."),
        P("Home education is a right. It is not a reason to stop looking. The review heard many examples of "
          "families who home educate well, and nothing here should be read as a criticism of them."),
        P("Learning 5: Ask who lives in the house", H2),
        P("No agency knew that Mr O lived with Ezra. The police officer who attended in May 2022 did not ask "
          "who else lived in the house, and Ms V did not say. Aunt B's call in December 2022 was about "
          "Ms V's wellbeing; it was recorded without the question \u201care there any children in the "
          "home?\u201d, which the contact centre's script did not then include.<super>7</super>"),
        P("Professional curiosity is often described as a quality that individuals should have. In this case "
          "the systems around the practitioners made curiosity hard: records that did not link, policies "
          "that closed cases after letters, and caseloads that left no time to chase an unanswered letter."),
    ]


def page_learn2(c, body):
    bottom = footnotes(c, [
        (7, "The contact centre script was changed on 1 April 2023. Every caller reporting concern about an "
            "adult is now asked whether any children live in the home or visit it."),
    ])
    pq = 30 * mm
    pull_quote(c, M + 4 * mm, H - 26 * mm, W - 2 * M - 8 * mm, "Home education is a right. It is not a reason "
               "to stop looking.", h=pq - 4 * mm)
    col_top = H - 24 * mm - pq
    col_bottom = col_top - 64 * mm
    box_h = 58 * mm
    side_box(c, M, col_bottom - 8 * mm, W - 2 * M, box_h, "Questions for reflection", bul([
        "When did your service last see the child, rather than hear about the child?",
        "If a child leaves school, who in your area knows, and who is told?",
        "What would you do if a parent told you their disabled child \u201conly eats crisps\u201d?",
        "When you close a contact after a telephone call, whose voice is missing?",
        "Who else lives in the home, and how do you know?",
    ]), TEAL, MINT)
    flow(c, body, cols(2, col_top, col_bottom))
    if col_bottom - 8 * mm - box_h < bottom:
        raise Overflow("reflection box overlaps the footnotes")
    chrome(c, "8", "Chapter 4 \u2013 What we learned")


def page_learn3(c):
    flow(c, [P("What agencies have done already", H2)], [(M, H - 36 * mm, W - 2 * M, 12 * mm)])
    body = [
        P("Several agencies changed their practice before this review was finished. The review welcomes these "
          "changes and has taken them into account in its recommendations."),
        P("<b>The council's EHE team</b> now offers an in-person visit within 20 working days to every child "
          "who is taken off roll and has an EHCP or has been known to children's social care in the past two "
          "years. Between April 2023 and March 2024 it made 57 such visits."),
        P("<b>Fenby Coast NHS Trust</b> replaced its \u201cwas not brought\u201d policy in March 2023. A "
          "disabled child cannot now be discharged after missed appointments without a call to the GP and a "
          "check of the child's education setting."),
        P("<b>Harbourside Medical Practice</b> has set up a weekly meeting at which a GP reads all clinic "
          "discharge letters about children, and has added a search that lists children with a \u201cwas not "
          "brought\u201d discharge in the past year."),
        P("<b>Coastal Fens Police</b> has reissued its guidance that officers attending a home where a child "
          "lives should see the child, and record if they cannot, and why."),
        P("<b>Ravenscar Primary Academy</b> now holds a meeting with any parent who asks to remove a child "
          "with an EHCP from roll, and invites the SEND team. The academy trust has adopted this across its "
          "nine schools."),
        P("<b>The MASH</b> now checks the council's EHE register for every contact about a school-aged child."),
        P("The review was told that the combined cost of these changes in 2023\u201324 was about \u00a3186,000, "
          "most of it for the two new EHE advisers. The partnership will need to know whether they have made "
          "a difference, and Recommendation 7 asks for an audit."),
        P("Ezra's aunt asked the review to record that \u201cthe people at the hospital were wonderful\u201d "
          "and that the social worker who now visits Ezra, Social Worker C, \u201cactually gets down on the "
          "floor and plays trains with him\u201d."),
    ]
    flow(c, body, cols(3, H - 40 * mm, 78 * mm))
    side_box(c, M, 72 * mm, W - 2 * M, 50 * mm, "Voice of the child: what Ezra would want professionals to know", [
        P("We asked Aunt B and Ezra's new teacher what Ezra would tell professionals if he could. Using his "
          "picture cards, Ezra chose the cards for <b>\u201csee me\u201d</b>, <b>\u201chungry\u201d</b> and "
          "<b>\u201chome with Bee\u201d</b>.", BOXT),
        P("His teacher said: \u201cEzra tells you everything, if you watch him long enough. He can't do it on "
          "the phone.\u201d", BOXT),
        P("The review has made this the heading of its recommendations: every agency should be able to say "
          "when it last saw the child, not only when it last spoke to the parent.", BOXT),
    ], CORAL, SAND)
    chrome(c, "9", "Chapter 4 \u2013 What we learned")


RECS = [
    ("Saltmoor Council (EHE team)", "Make the in-person visit to home-educated children with an EHCP, or known "
     "to children's social care, a written standard, and report the number of visits to the partnership "
     "every quarter."),
    ("All schools and academies", "Before a child with an EHCP or a recent safeguarding referral is taken "
     "off roll, hold a meeting with the parent and share any concerns with the MASH on the same day."),
    ("Fenby Coast NHS Trust and the ICB", "Audit the Child Not Brought policy within twelve months, and extend "
     "it to community dental and school nursing services."),
    ("Saltmoor Council (MASH)", "Do not close a contact about a disabled child on a telephone call with the "
     "parent alone: speak to at least one other professional who knows the child."),
    ("The ICB and GP practices", "Give GPs a simple route to raise concerns about a child's eating and "
     "weight with health visiting, school nursing or the paediatric dietitians."),
    ("Coastal Fens Police", "Include in the attendance checklist for domestic calls the questions \u201chave I "
     "seen every child?\u201d and \u201cwho else lives here?\u201d."),
    ("The partnership", "Commission a multi-agency audit of home-educated children known to two or more "
     "agencies, to report by 31 December 2024."),
]


def page_recs(c):
    flow(c, chapter_title(5, "Recommendations",
                          "The partnership accepted all seven recommendations. Each names the agency "
                          "responsible."), [(M, H - 62 * mm, W - 2 * M, 40 * mm)])
    y = H - 66 * mm
    hw = W - 2 * M
    num = ParagraphStyle("rn", fontName="Helvetica-Bold", fontSize=22, leading=24, textColor=colors.white,
                         alignment=TA_CENTER)
    who = ParagraphStyle("rw", fontName="Helvetica-Bold", fontSize=9.5, leading=12, textColor=TEAL)
    txt = ParagraphStyle("rt", fontName="Helvetica", fontSize=9.2, leading=12)
    for i, (agency, text) in enumerate(RECS, 1):
        content = [P(agency, who), P(text, txt)]
        h = sum(p.wrap(hw - 26 * mm, 1000)[1] for p in content) + 9 * mm
        c.setFillColor(MINT if i % 2 else SAND)
        c.rect(M, y - h, hw, h, stroke=0, fill=1)
        c.setFillColor(TEAL if i % 2 else CORAL)
        c.rect(M, y - h, 16 * mm, h, stroke=0, fill=1)
        flow(c, [P(str(i), num)], [(M, y - h / 2 - 6 * mm, 16 * mm, 12 * mm)])
        flow(c, content, [(M + 21 * mm, y - h + 3 * mm, hw - 26 * mm, h - 5 * mm)])
        y -= h + 4 * mm
    if y < BOTTOM + 10 * mm:
        raise Overflow("recommendations overflow")
    chrome(c, "10", "Chapter 5 \u2013 Recommendations")


def page_about(c):
    flow(c, chapter_title(6, "About this review"), [(M, H - 44 * mm, W - 2 * M, 22 * mm)])
    body = [
        P("How the review was done", H2),
        P("The review used a systems approach. Each of the six agencies provided a chronology and a short "
          "report. The reviewer read the records, met the family and held two workshops with practitioners "
          "and their managers, on 12 and 19 September 2023, at Fenby Community Hall. Thirty-one "
          "practitioners attended in total."),
        P("The reviewer met Aunt B twice and Ms V once, in October 2023, with her solicitor present. Ezra's "
          "views were gathered through his aunt, his teacher and the hospital play specialist. Mr O declined "
          "to take part."),
        P("The review panel met six times between May 2023 and April 2024. A draft report was shared with the "
          "agencies in February 2024, and the partnership board accepted the final report on 22 May 2024. "
          "Publication was delayed until 18 June 2024 so that Aunt B could read it first."),
        P("Terms of reference", H2),
        P("The review was asked to consider how agencies shared information when Ezra left school; how the "
          "duties of the EHE team, the SEND team and health services fitted together for a disabled child "
          "educated at home; how the family's circumstances, including Ms V's health and the arrival of Mr O, "
          "were understood; and whether Ezra's voice was heard."),
        P("Glossary", H2),
        P("<b>CCN</b> child concern notification (police). <b>DSL</b> designated safeguarding lead. "
          "<b>EHCP</b> education, health and care plan. <b>EHE</b> elective home education. <b>ICB</b> "
          "integrated care board. <b>LCSPR</b> local child safeguarding practice review. <b>MASH</b> "
          "multi-agency safeguarding hub. <b>NFA</b> no further action. <b>SEND</b> special educational needs "
          "and disabilities. <b>Section 47</b> an enquiry under the Children Act 1989 into whether a child "
          "is suffering, or likely to suffer, significant harm.<super>8</super>"),
        P("Who is who", H2),
        P("<b>Ms V</b> Ezra's mother. <b>Mr O</b> Ms V's partner. <b>Aunt B</b> Ms V's sister. "
          "<b>Social Worker A</b> MASH, July 2021. <b>Social Worker B</b> MASH, May 2022. <b>Social Worker C</b> "
          "Ezra's social worker since February 2023. <b>Team Manager 1</b> chaired the strategy discussion. "
          "<b>EHE Adviser 1</b> to July 2022. <b>EHE Adviser 2</b> from July 2022. <b>Paediatrician 1</b> "
          "community paediatrician. <b>GP 1, GP 2</b> Harbourside Medical Practice. <b>School Nurse 1</b> "
          "school nursing. <b>PC1</b> attended on 14 May 2022. <b>PC2, PC3</b> carried out the welfare check."),
    ]
    bottom = footnotes(c, [
        (8, "Working Together to Safeguard Children (2018), the version of the statutory guidance in force at "
            "the time of these events, was used throughout."),
    ])
    flow(c, body, cols(3, H - 48 * mm, bottom))
    chrome(c, "11", "Chapter 6 \u2013 About this review")


def back_cover(c):
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    k = ParagraphStyle("bk", fontName="Helvetica", fontSize=11, leading=15, textColor=colors.white)
    flow(c, [P(PARTNERSHIP, ParagraphStyle("bk2", parent=k, fontName="Helvetica-Bold", fontSize=15,
                                           leading=19)), Spacer(1, 4 * mm),
             P("Business Unit, Harbour House, Saltmoor", k),
             P("Email: scp.business@saltmoor-fenby.example (FICTIONAL address)", k),
             Spacer(1, 6 * mm),
             P("If you are worried about a child, contact the MASH. In an emergency, call 999.", k),
             Spacer(1, 10 * mm),
             P("Design and layout: Ochre and Slate Studio (FICTIONAL).", k),
             P("FICTIONAL practice material. Not a real review.", k)],
         [(24 * mm, 40 * mm, W - 48 * mm, 110 * mm)])
    c.setFillColor(colors.white)
    c.setFont("Helvetica", 7.2)
    c.drawString(M, 10 * mm, "FICTIONAL practice material \u2013 not a real review")


def main():
    c = rl_canvas.Canvas(str(OUT), pagesize=A4, invariant=1)
    c.setTitle("Local Child Safeguarding Practice Review: Ezra (FICTIONAL)")
    c.setAuthor(f"{PARTNERSHIP} (FICTIONAL)")
    c.setSubject("FICTIONAL practice material")
    c.setCreator("eval/dev/saltmoor-designed/build.py")
    c.addPageLabel(0, style="ROMAN_LOWER", start=1)        # cover to at-a-glance: i-iv
    c.addPageLabel(4, style="ARABIC", start=1)        # Chapter 1 onwards: 1, 2, ...
    for draw in (cover, contents, foreword, at_a_glance, page_intro, page_family, page_family2, page_happened):
        draw(c)
        c.showPage()
    chronology_pages(c, [chronology_table()])
    rest = page_learn1(c)
    c.showPage()
    page_learn2(c, rest)
    c.showPage()
    for draw in (page_learn3, page_recs, page_about, back_cover):
        draw(c)
        c.showPage()
    c.save()
    print("wrote", OUT.name)


if __name__ == "__main__":
    main()
