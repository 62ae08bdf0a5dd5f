"""Build the FICTIONAL Culverdale "web pages printed to PDF" blind corpus (three PDFs).

Each PDF imitates a web page printed from a browser with "Print -> Save as PDF", in the print style
of a browser that puts the page title at the top left, the URL at the top right, "Page N of M" at the
bottom left and the date and time of printing at the bottom right:

* a local newspaper's two-column live-updates page (newest entry first, times of day),
* the safeguarding partnership's statement page (left-hand menu, progress table, signatories),
* a youth charity's blog post commenting on the review (side bar, reader comments).

Everything is invented: Culverdale, its newspaper, partnership, police force, charity, Kieran, his
family, the officials and the events. The pages exist only to test scr-qa. Rebuild with:

    .venv/bin/python eval/blind/culverdale-web/build.py

The output is byte-for-byte deterministic (reportlab invariant mode).
"""
from reportlab import rl_config

rl_config.invariant = 1

import io  # noqa: E402
from pathlib import Path  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

HERE = Path(__file__).resolve().parent
W, H = A4
GREY = colors.HexColor("#5a5a5a")
LABEL = "FICTIONAL practice material: an invented web page, printed to PDF, for testing scr-qa"


def style(name, font="Helvetica", size=10, leading=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.35, **kw)


def frame(x, y, w, h, fid):
    return Frame(x, y, w, h, id=fid, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


def render(path, *, title, url, printed, chrome, first_frames, later_frames, story_fn, side=None,
           side_first=False):
    """Write one printed web page.

    first_frames / later_frames: lists of (x, y, w, h) text frames (two for a two-column page).
    chrome(canvas, page) draws site furniture; side maps a page number to (x, y, w, h, flowables_fn),
    drawn before the text frames when side_first, else after. Built twice to know the page count.
    """
    side = side or {}
    short_title = title if len(title) <= 60 else title[:57].rstrip() + "..."

    def make(total, out):
        def draw_side(c, page):
            x, y, w, h, fn = side[page]
            frame(x, y, w, h, "side").addFromList(fn(), c)

        def on_page(c, doc):
            c.saveState()
            c.setFont("Times-Roman", 8)
            c.setFillColor(colors.black)
            c.drawString(28, H - 20, short_title)
            c.drawRightString(W - 28, H - 20, url)
            c.restoreState()
            chrome(c, doc.page)
            if side_first and doc.page in side:
                draw_side(c, doc.page)

        def on_page_end(c, doc):
            if not side_first and doc.page in side:
                draw_side(c, doc.page)
            c.saveState()
            c.setFont("Helvetica-Oblique", 6.5)
            c.setFillColor(GREY)
            c.drawCentredString(W / 2, 31, LABEL)
            c.setFont("Times-Roman", 8)
            c.setFillColor(colors.black)
            c.drawString(28, 18, f"Page {doc.page} of {total}")
            c.drawRightString(W - 28, 18, printed)
            c.restoreState()

        doc = BaseDocTemplate(out, pagesize=A4, title=title, author="FICTIONAL",
                              subject="FICTIONAL practice material", creator="eval/blind/culverdale-web/build.py")
        doc.addPageTemplates([
            PageTemplate("first", [frame(*f, f"f{i}") for i, f in enumerate(first_frames)],
                         onPage=on_page, onPageEnd=on_page_end),
            PageTemplate("later", [frame(*f, f"l{i}") for i, f in enumerate(later_frames)],
                         onPage=on_page, onPageEnd=on_page_end),
        ])
        counter = []
        doc.afterPage = lambda: counter.append(1)
        doc.build([NextPageTemplate("later")] + story_fn())
        return len(counter)

    total = make("?", io.BytesIO())
    make(total, str(path))
    return total


def shaded(flowables, width, bg, border, pad=6):
    t = Table([[f] for f in flowables], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("BOX", (0, 0), (-1, -1), 0.7, colors.HexColor(border)),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return t


# ---------------------------------------------------------------------------
# 1. Culverdale Echo: two-column live page, newest entry first
# ---------------------------------------------------------------------------

E_HEAD = style("e_head", "Helvetica-Bold", 19, 23, spaceAfter=5)
E_STAND = style("e_stand", "Helvetica", 11, 14.5, spaceAfter=6, textColor=colors.HexColor("#222222"))
E_META = style("e_meta", "Helvetica", 8, 10.5, textColor=GREY, spaceAfter=2)
E_TIME = style("e_time", "Helvetica-Bold", 9.5, 12, textColor=colors.HexColor("#c8102e"), spaceBefore=6,
               spaceAfter=1)
E_ENTRY_H = style("e_eh", "Helvetica-Bold", 10.5, 13.5, spaceAfter=4)
E_BODY = style("e_body", "Times-Roman", 10, 13.2, spaceAfter=6)
E_BUL = style("e_bul", "Times-Roman", 10, 13.2, leftIndent=9, bulletIndent=0, spaceAfter=3)
E_KP = style("e_kp", "Helvetica", 9, 12, leftIndent=9, bulletIndent=0, spaceAfter=2)
E_KP_H = style("e_kph", "Helvetica-Bold", 9.5, 12.5, spaceAfter=3)
E_SMALL = style("e_small", "Helvetica", 7.8, 10, spaceAfter=2)
COL_W = 250


def echo_chrome(c, page):
    if page != 1:
        return
    c.saveState()
    c.setFillColor(colors.HexColor("#c8102e"))
    c.rect(0, H - 72, W, 40, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(34, H - 60, "CULVERDALE ECHO")
    c.setFont("Helvetica", 8)
    c.drawRightString(W - 34, H - 50, "Log in   |   Register   |   Thursday, 22 September 2022")
    c.setFillColor(colors.HexColor("#222222"))
    c.rect(0, H - 88, W, 16, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(34, H - 83, "NEWS    CRIME    COURTS    SPORT    CULVERDALE TOWN FC    WHAT'S ON    "
                             "PROPERTY    JOBS    NOTICES")
    c.setFillColor(GREY)
    c.setFont("Helvetica", 7.5)
    c.drawString(34, H - 100, "News / Crime / Kieran Dace")
    c.setFillColor(colors.HexColor("#c8102e"))
    c.rect(34, H - 118, 28, 11, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(37, H - 115.5, "LIVE")
    c.restoreState()


def entry(time, heading, paras, bullets=None):
    s = [Paragraph(time, E_TIME), Paragraph(heading, E_ENTRY_H)]
    for p in paras:
        s.append(Paragraph(p, E_BODY))
    for b in bullets or []:
        s.append(Paragraph(b, E_BUL, bulletText="\u2013"))
    s.append(Paragraph("Share this post", style("sh", "Helvetica", 7, 9, textColor=GREY, spaceAfter=2)))
    return s


def echo_story():
    key_points = [
        "Kieran was reported missing 11 times in the 10 months before he died",
        "He was permanently excluded from school at 13 and then taught for 10 hours a week",
        "The review makes nine recommendations to the council, police, schools and health services",
        "Police and the council have apologised to Kieran's family",
    ]
    s = [
        Paragraph("Kieran Dace review: &#8216;missed chances&#8217; to protect teenager from exploitation "
                  "&#8211; live updates", E_HEAD),
        Paragraph("A review into the death of 15-year-old Kieran Dace, who was stabbed in Culverdale last year, "
                  "has been published. Follow the reaction here.", E_STAND),
        Paragraph("Reporters: Lucy Brennock and Ed Halloran  &#183;  Last updated: 22 September 2022, 16:42",
                  E_META),
        Spacer(1, 4),
        shaded([Paragraph("Key points", E_KP_H)] + [Paragraph(k, E_KP, bulletText="\u2022") for k in key_points],
               W - 68, "#fdf1f3", "#c8102e"),
        FrameBreak(),
    ]
    s += entry("16:42", "That's all from us today", [
        "We're ending our live coverage here. Thank you for following.",
        "The partnership says it will publish a report on its progress against the recommendations in "
        "March 2023.",
    ])
    s += entry("16:20", "Opposition calls for outside inspection", [
        "The leader of the opposition group on the council, Cllr Owen Pryde, has written to Ofsted asking "
        "for an inspection of how Culverdale protects children from exploitation.",
        "&#8220;The people who ran this system cannot be the only people who judge whether it has been "
        "fixed,&#8221; he said.",
    ])
    s += entry("16:05", "Charity: &#8216;Exclusion should ring alarm bells&#8217;", [
        "The chief executive of the youth charity Lanternway Youth Trust, Marcus Fellowes, said the review "
        "should change how schools think about exclusion.",
        "&#8220;The moment a 13-year-old is pushed out of mainstream school, the people who exploit children "
        "start to circle,&#8221; he said.",
    ])
    s += entry("15:45", "Council leader: &#8216;I am truly sorry&#8217;", [
        "The leader of Culverdale Borough Council, Cllr Janet Mobberley, said she was &#8220;truly sorry&#8221; "
        "for the council's part in what happened to Kieran.",
        "She said the council had put an extra &#163;1.3 million into children's services this year, much of it "
        "for the exploitation hub and for return home interviews.",
        "Asked whether anyone would lose their job, she said: &#8220;This review is about learning, not "
        "blame.&#8221;",
    ])
    s += entry("15:20", "Kieran's mother: &#8216;They saw a problem, not a boy&#8217;", [
        "A statement from Kieran's mother, Lorraine Dace, was read outside Culverdale Town Hall by the family's "
        "solicitor, Gemma Rask.",
        "&#8220;Kieran was fifteen. He was a child. I asked for help six times, and every time I was told he "
        "was making his own choices,&#8221; it said.",
        "&#8220;I don't want an apology. I want the next mother to be listened to.&#8221;",
    ])
    s += entry("14:40", "Analysis: what the review does not say", [
        "<i>By Ed Halloran, crime reporter</i>",
        "The review is strong on what went wrong between agencies. It is weaker on who was exploiting Kieran.",
        "It says only that he was &#8220;used to carry drugs and money for an organised group operating "
        "between Culverdale and Port Fennick&#8221;. Nobody from that group has been charged with "
        "exploiting him.",
        "Detectives told the Echo last year that the line was still running. The review does not say whether "
        "it still is.",
    ])
    s += entry("14:10", "MP: &#8216;Our town failed this boy&#8217;", [
        "Culverdale's MP, Neil Sandiford, said he would raise the review in the House of Commons next week.",
        "He said the town had &#8220;failed this boy at every turn&#8221; and called for the Government to "
        "fund full-time teaching for every excluded pupil.",
    ])
    s += entry("13:50", "Academy trust: exclusion &#8216;always a last resort&#8217;", [
        "Orchard Vale Academy is run by the Meridian Learning Trust. Its chief executive, Dr Paul Hendry, said "
        "permanent exclusion was &#8220;always a last resort&#8221; and that the academy now asks the "
        "exploitation hub for advice before any exclusion of a child in Year 9 or below.",
        "He said the academy had made three permanent exclusions in the 2019-20 school year, including "
        "Kieran's.",
    ])
    s += entry("13:25", "How many other children are at risk?", [
        "The partnership says 37 children in Culverdale are being supported by its child exploitation hub. "
        "That is up from 22 when the hub opened.",
        "The hub's 12 staff are drawn from the council, police and health services.",
    ])
    s += entry("12:47", "Chief Constable: &#8216;We treated him as a suspect&#8217;", [
        "Brackmoor Police's Chief Constable, Robert Enwright, told a press conference at force headquarters "
        "that officers had seen Kieran &#8220;as a suspect first and a child second&#8221;.",
        "Officers stopped Kieran seven times in 2020. He was arrested twice but was never treated as a "
        "possible victim of trafficking.",
        "Mr Enwright said four officers had been given management advice after an internal review.",
    ])
    s += entry("12:31", "Press conference under way", [
        "[Video] Watch: the Chief Constable and the council's director of children's services, Simon Akers, "
        "are answering questions at Brackmoor Police headquarters.",
    ])
    s += entry("12:10", "Most missing episodes were not followed up", [
        "Of Kieran's 11 missing episodes, he was offered a return home interview after only 4, and just 2 of "
        "those took place, the review says.",
        "Return home interviews are meant to find out where a child has been and who they were with.",
    ])
    s += entry("11:32", "The key findings", [
        "Here are the main findings of the review:",
    ], bullets=[
        "Kieran was found in Port Fennick, 60 miles from home, on 24 September 2020 with &#163;640 in cash.",
        "He was not referred to the National Referral Mechanism (NRM) until 2 November 2020, more than five "
        "weeks later.",
        "He had four social workers in 18 months. The third, SW3, &#8220;knew him best&#8221; but left the "
        "council in December 2020.",
        "The Multi-Agency Child Exploitation (MACE) panel discussed him three times but never agreed a plan.",
        "No single agency held the whole picture.",
    ])
    s += entry("11:05", "Timeline: Kieran's last 16 months", ["Key dates from the review:"])
    rows = [("October 2019", "Permanently excluded from Orchard Vale Academy"),
            ("19/03/2020", "Reported missing for the first time"),
            ("24/09/2020", "Found in Port Fennick with &#163;640 in cash"),
            ("02/11/2020", "Referred to the National Referral Mechanism"),
            ("December 2020", "His social worker, SW3, leaves the council"),
            ("02/02/2021", "Stabbed in Farrier's Walk"),
            ("03/02/2021", "Dies in Culverdale General Hospital"),
            ("13/05/2022", "17-year-old convicted of murder"),
            ("22/09/2022", "Review published")]
    tt = Table([[Paragraph(a, style("tld", "Helvetica-Bold", 8.3, 10.5)), Paragraph(b, style("tle", "Helvetica", 8.3,
               10.5))] for a, b in rows], colWidths=[68, COL_W - 68])
    tt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, GREY),
                            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    s += [tt, Spacer(1, 4)]
    s += entry("10:58", "Excluded at 13", [
        "Kieran was permanently excluded from Orchard Vale Academy in October 2019, when he was 13.",
        "He then went to the Bridge Learning Centre, a pupil referral unit, where he was taught for 10 hours "
        "a week.",
        "The review says the exclusion was &#8220;the point at which Kieran became most visible to those who "
        "wished to exploit him&#8221;.",
    ])
    s += entry("10:40", "What is a child safeguarding practice review?", [
        "Safeguarding partners must consider a review when a child dies or is seriously harmed and abuse or "
        "neglect is known or suspected.",
        "The first step is a rapid review, which has to be completed within 15 working days. In Kieran's case "
        "the rapid review meeting was held on 19 February 2021.",
        "Reviews are about learning lessons, not about blaming individuals, so professionals are not named.",
    ])
    s += entry("10:20", "Reviewer: &#8216;He was seen as a perpetrator, not a child&#8217;", [
        "The lead reviewer, Anita Sorensby, told journalists at a briefing that professionals too often saw "
        "Kieran as older than he was.",
        "&#8220;He was seen as a perpetrator, not a child. That is the single biggest lesson of this "
        "review,&#8221; she said.",
        "The 54-page review was commissioned in April 2021 and completed in June 2022.",
    ])
    s += entry("10:00", "The review has been published", [
        "The Culverdale Safeguarding Children Partnership (CSCP) has published its Local Child Safeguarding "
        "Practice Review into Kieran's death.",
        "The review uses Kieran's first name with his family's agreement. You can read the partnership's "
        "statement on its website.",
    ])
    s += entry("09:40", "Your messages", [
        "Readers have been sending us their memories of Kieran this morning.",
        "&#8220;My son was in Kieran's class at primary school. He was the funniest boy in the year,&#8221; "
        "writes Sarah, from Castlegate.",
        "&#8220;Everyone knew what was happening to these boys. Everyone,&#8221; writes a reader from the "
        "Harrowby estate.",
    ])
    s += entry("09:20", "What happened to Kieran?", [
        "Kieran Dace was stabbed in Farrier's Walk, near the Castlegate shopping centre, at about 8.50pm on "
        "2 February 2021.",
        "He died in Culverdale General Hospital in the early hours of the next day, 3 February.",
        "In May 2022 a 17-year-old boy, who cannot be named for legal reasons, was convicted of his murder. "
        "He was sentenced to be detained for life, with a minimum term of 16 years.",
        "Bradley Kemmis, 19, was cleared of murder but convicted of manslaughter and jailed for nine years.",
    ])
    s += entry("09:05", "Good morning", [
        "Welcome to our live coverage of the publication of the review into the death of Kieran Dace. The "
        "review is due to be published at 10:00.",
    ])
    s += [
        Spacer(1, 6),
        Paragraph("<b>Related stories</b>", E_SMALL),
        Paragraph("Teenager stabbed in Farrier's Walk dies in hospital &#8211; 3 February 2021", E_SMALL),
        Paragraph("Teenager convicted of Kieran Dace murder &#8211; 13 May 2022", E_SMALL),
        Paragraph("Exploitation hub opens at Marsh Street &#8211; 14 June 2021", E_SMALL),
        Spacer(1, 6),
        Paragraph("Comments are closed on this live page.", E_SMALL),
        Paragraph("Most read: Bus station to close for six weeks  &#183;  Culverdale Town 0-3 Ashworth  "
                  "&#183;  Bonfire night event cancelled", E_SMALL),
        Spacer(1, 6),
        Paragraph("&#169; Culverdale Echo 2022, part of Northgate Local Media. FICTIONAL. Contact  |  "
                  "Privacy notice  |  Cookie settings  |  Complaints", E_SMALL),
    ]
    return s


# ---------------------------------------------------------------------------
# 2. Culverdale Safeguarding Children Partnership: statement page with left menu and progress table
# ---------------------------------------------------------------------------

S_H1 = style("s_h1", "Helvetica-Bold", 17, 21, spaceAfter=6, textColor=colors.HexColor("#124e66"))
S_H2 = style("s_h2", "Helvetica-Bold", 12, 15, spaceBefore=6, spaceAfter=5, textColor=colors.HexColor("#124e66"))
S_BODY = style("s_body", "Helvetica", 9.8, 13.6, spaceAfter=7)
S_BUL = style("s_bul", "Helvetica", 9.8, 13.6, leftIndent=12, bulletIndent=2, spaceAfter=4)
S_META = style("s_meta", "Helvetica", 8.5, 11, textColor=GREY, spaceAfter=2)
S_CELL = style("s_cell", "Helvetica", 8.2, 10.4)
S_CELL_B = style("s_cellb", "Helvetica-Bold", 8.2, 10.4, textColor=colors.white)
S_MENU = style("s_menu", "Helvetica", 8.5, 11, spaceAfter=5, textColor=colors.HexColor("#124e66"))
S_MENU_H = style("s_menuh", "Helvetica-Bold", 9, 12, spaceAfter=6)


def cscp_chrome(c, page):
    if page != 1:
        return
    c.saveState()
    c.setFillColor(colors.HexColor("#e8f1f4"))
    c.rect(0, H - 44, W, 16, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 7.5)
    c.drawString(30, H - 39, "This site uses cookies to help it work well. Accept all   |   Reject non-essential   "
                             "|   Cookie settings")
    c.setFillColor(colors.HexColor("#124e66"))
    c.setFont("Helvetica-Bold", 15)
    c.drawString(30, H - 68, "Culverdale Safeguarding Children Partnership")
    c.setFont("Helvetica", 8)
    c.setFillColor(GREY)
    c.drawString(30, H - 81, "Keeping children in Culverdale safe  -  Council  |  Police  |  Health")
    c.drawRightString(W - 30, H - 68, "Search this site        Report a concern")
    c.setFillColor(colors.HexColor("#124e66"))
    c.rect(0, H - 104, W, 17, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(30, H - 98.5, "Home     Professionals     Parents and carers     Children and young people     "
                               "Learning from reviews     Training     About us")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 7.5)
    c.drawString(30, H - 118, "Home  /  Learning from reviews  /  Published reviews  /  Kieran")
    c.restoreState()


def cscp_menu():
    s = [Paragraph("Learning from reviews", S_MENU_H)]
    for t in ["Published reviews", "Rapid reviews", "Learning briefings", "7-minute briefings",
              "Our review process", "Annual report 2021-22", "Multi-agency audits"]:
        s.append(Paragraph(t, S_MENU))
    s += [Spacer(1, 14), Paragraph("Worried about a child?", S_MENU_H),
          Paragraph("Call the Children's Advice Hub on 01632 960 481 (a FICTIONAL number). Out of hours: "
                    "01632 960 999.", style("m2", "Helvetica", 8.2, 10.6, spaceAfter=4)),
          Paragraph("In an emergency call 999.", style("m3", "Helvetica-Bold", 8.2, 10.6))]
    return s


def cscp_story():
    P = lambda t: Paragraph(t, S_BODY)  # noqa: E731
    recs = [
        ("1", "Offer a return home interview after every missing episode", "Culverdale Borough Council",
         "Complete (July 2021)"),
        ("2", "Treat permanent exclusion as a trigger for exploitation screening", "Education Partnership Board",
         "Complete (September 2021)"),
        ("3", "Full-time education within six weeks of a child starting alternative provision",
         "Culverdale Borough Council", "In progress - due March 2023"),
        ("4", "First responders to make National Referral Mechanism referrals without delay", "Brackmoor Police",
         "Complete (January 2022)"),
        ("5", "Training for officers on criminal exploitation and children as victims", "Brackmoor Police",
         "In progress - 412 of 520 officers trained"),
        ("6", "MACE panel to agree a written plan for every child it discusses",
         "Safeguarding Partnership", "Complete (October 2021)"),
        ("7", "Keep the same social worker for children at risk of exploitation wherever possible",
         "Culverdale Borough Council", "In progress"),
        ("8", "Emergency department staff to ask about exploitation when young people attend with injuries",
         "Integrated Care Board", "Due December 2022"),
        ("9", "A named contact for every parent who asks for help with exploitation",
         "Safeguarding Partnership", "Not started - due April 2023"),
    ]
    rows = [[Paragraph(h, S_CELL_B) for h in ("No", "Recommendation", "Lead", "Progress at 22/09/2022")]]
    rows += [[Paragraph(c, S_CELL) for c in r] for r in recs]
    t = Table(rows, colWidths=[26, 178, 82, 84], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#124e66")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bb5c0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    s = [
        Paragraph("Statement on the publication of the Local Child Safeguarding Practice Review: Kieran", S_H1),
        Paragraph("News  &#183;  Published 22 September 2022  &#183;  Last updated: 23 September 2022", S_META),
        Spacer(1, 6),
        Paragraph("<b>Joint statement from Culverdale's three safeguarding partners</b>", S_BODY),
        P("Today we publish the Local Child Safeguarding Practice Review into the death of Kieran, who was 15 "
          "when he died in February 2021. The review was led by the independent reviewer Anita Sorensby."),
        P("Kieran was a much-loved son and brother. We are deeply sorry that the organisations responsible for "
          "keeping him safe did not work together well enough to protect him."),
        P("The review finds that Kieran was criminally exploited from the age of 13, and that professionals "
          "too often treated him as a young offender rather than as a child at risk of harm."),
        P("We accept all nine of the review's recommendations. Most of the work they ask for began while the "
          "review was being written, and we set out our progress below."),
        Paragraph("What we have already changed", S_H2),
    ]
    for b in [
        "Our Child Exploitation Hub opened at Marsh Street on 14 June 2021. Its team of 12 staff from the "
        "council, police and health services is currently supporting thirty-seven children.",
        "Return home interviews are now offered within 72 hours of every missing episode. Between April and "
        "June 2022, 94% of children were offered an interview and 71% took part in one.",
        "Every child permanently excluded from a Culverdale school is now discussed at the MACE panel within "
        "10 working days of the exclusion.",
        "Referrals to the National Referral Mechanism are now made by the Hub within 48 hours of a concern "
        "being raised.",
    ]:
        s.append(Paragraph(b, S_BUL, bulletText="\u2022"))
    s += [
        P("We particularly want to recognise Kieran's youth justice worker, YJ1, who the reviewer says "
          "&#8220;never gave up on him&#8221; and who raised the first exploitation concern in March 2020."),
        Paragraph("Recommendations and progress", S_H2),
        t,
        Spacer(1, 8),
        Paragraph("Independent scrutiny", S_H2),
        P("Mark Delacourt, the partnership's independent scrutineer, has read the action plan and will report "
          "publicly on progress in March 2023. He will also speak to Kieran's family before he reports."),
        Paragraph("About the review", S_H2),
        P("The partnership held a rapid review on 19 February 2021 and decided on 3 March 2021 that a Local "
          "Child Safeguarding Practice Review should be carried out. Anita Sorensby was appointed as the "
          "independent reviewer in April 2021."),
        P("Kieran's mother and grandmother met the reviewer four times during the review, and their words are "
          "quoted throughout the report. Twenty-three practitioners from nine organisations also took part."),
        P("The partnership's executive group signed off the final report on 7 July 2022, and it was sent to "
          "the national Child Safeguarding Practice Review Panel on 11 July 2022. Publication was held back "
          "until the criminal proceedings had ended."),
        Paragraph("Questions you may have", S_H2),
        P("<b>Why is Kieran named?</b> His family asked for him to be named, so that people remember him as a "
          "person. Other members of his family are not named."),
        P("<b>Why are the professionals not named?</b> They are identified by role codes, such as SW3 and YJ1, "
          "because the review is about how the system worked, not about blaming individuals."),
        P("<b>Will anyone be disciplined?</b> That is a matter for each organisation. Brackmoor Police has "
          "told us that four officers have received management advice."),
        P("<b>Where can I get help?</b> If you are worried that a child is being exploited, call the "
          "Children's Advice Hub. Parents can also contact the Lanternway Youth Trust helpline."),
        Paragraph("Signed", S_H2),
        P("<b>Hannah Whitlock</b>, Chief Executive, Culverdale Borough Council"),
        P("<b>Robert Enwright</b>, Chief Constable, Brackmoor Police"),
        P("<b>Dr Susan Pellow</b>, Chief Nurse, Brackmoor and Culverdale Integrated Care Board"),
        Paragraph("Documents", S_H2),
        Paragraph("<u>Local Child Safeguarding Practice Review: Kieran</u> (PDF, 1.2MB, 54 pages)", S_BODY),
        Paragraph("<u>Kieran: briefing for practitioners</u> (PDF, 340KB, 4 pages)", S_BODY),
        Paragraph("Media enquiries: communications@culverdalescp.example", S_META),
        Spacer(1, 8),
        shaded([Paragraph("Was this page helpful?   Yes   No   &#183;   Report an error on this page", S_META)],
               370, "#f4f4f4", "#cccccc"),
        Spacer(1, 8),
        Paragraph("&#169; Culverdale Safeguarding Children Partnership 2022 (FICTIONAL)  |  Accessibility  |  "
                  "Privacy  |  Cookies  |  Contact us", S_META),
    ]
    return s


# ---------------------------------------------------------------------------
# 3. Lanternway Youth Trust: blog post with side bar and reader comments
# ---------------------------------------------------------------------------

B_H1 = style("b_h1", "Times-Bold", 21, 25, spaceAfter=6)
B_META = style("b_meta", "Helvetica", 8.3, 11, textColor=GREY, spaceAfter=3)
B_BODY = style("b_body", "Times-Roman", 11, 15.5, spaceAfter=9)
B_H2 = style("b_h2", "Times-Bold", 13.5, 17, spaceBefore=4, spaceAfter=5)
B_PULL = style("b_pull", "Times-Italic", 13, 17, leftIndent=14, textColor=colors.HexColor("#6b3fa0"), spaceAfter=10)
B_NUM = style("b_num", "Times-Roman", 11, 15.5, leftIndent=18, bulletIndent=2, spaceAfter=6)
B_COM_H = style("b_ch", "Helvetica-Bold", 8.5, 11, spaceAfter=1)
B_COM = style("b_c", "Helvetica", 8.5, 11.5, spaceAfter=8)
B_SIDE_H = style("b_sh", "Helvetica-Bold", 9, 12, spaceAfter=4, textColor=colors.HexColor("#6b3fa0"))
B_SIDE = style("b_s", "Helvetica", 8, 10.5, spaceAfter=4)


def blog_chrome(c, page):
    if page != 1:
        return
    c.saveState()
    c.setFillColor(colors.HexColor("#6b3fa0"))
    c.setFont("Times-Bold", 20)
    c.drawString(36, H - 62, "Lanternway")
    c.setFont("Times-Roman", 11)
    c.drawString(146, H - 62, "Youth Trust")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 8.5)
    c.drawString(250, H - 60, "About   Our work   Get help   Blog   Research   Get involved")
    c.setFillColor(colors.HexColor("#f2b705"))
    c.roundRect(W - 96, H - 68, 60, 18, 4, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(W - 66, H - 62, "Donate")
    c.setStrokeColor(colors.HexColor("#dddddd"))
    c.line(36, H - 76, W - 36, H - 76)
    c.setFont("Helvetica", 7.5)
    c.setFillColor(GREY)
    c.drawString(36, H - 90, "Home  >  Blog  >  Policy")
    c.restoreState()


def blog_side_page1():
    return [
        Paragraph("About the author", B_SIDE_H),
        Paragraph("Tamsin Orrell is Lanternway's Head of Policy and Research. Before joining the Trust she was a "
                  "youth worker for eleven years.", B_SIDE),
        Spacer(1, 8),
        Paragraph("Need to talk?", B_SIDE_H),
        Paragraph("Our parents' helpline is open 9am to 9pm every day: 0808 157 0192 (a FICTIONAL number).",
                  B_SIDE),
        Spacer(1, 8),
        Paragraph("Popular posts", B_SIDE_H),
        Paragraph("County lines: the signs every parent should know", B_SIDE),
        Paragraph("Why 'choices' is the wrong word", B_SIDE),
        Paragraph("Our response to the exclusions consultation", B_SIDE),
        Spacer(1, 8),
        Paragraph("Tags", B_SIDE_H),
        Paragraph("Exploitation  &#183;  Exclusion  &#183;  Safeguarding reviews  &#183;  Policy", B_SIDE),
    ]


def numbers_table():
    rows = [("Times reported missing", "11"), ("Return home interviews that took place", "2"),
            ("Police stops in 2020", "7"), ("Social workers in 18 months", "4"),
            ("Hours of teaching a week after exclusion", "10"),
            ("Times the MACE panel discussed him", "3"), ("Times his mother asked for help", "6")]
    t = Table([[Paragraph(a, B_COM), Paragraph(f"<b>{b}</b>", B_COM)] for a, b in rows], colWidths=[300, 60])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#c9b6e4")),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f6f1fb")),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


def blog_side_page2():
    return [
        Paragraph("Donate", B_SIDE_H),
        Paragraph("&#163;15 pays for an hour of our helpline. &#163;50 trains a volunteer to spot the signs of "
                  "exploitation.", B_SIDE),
        Spacer(1, 8),
        Paragraph("Newsletter", B_SIDE_H),
        Paragraph("Get our policy updates once a month. Sign up", B_SIDE),
    ]


def blog_story():
    P = lambda t: Paragraph(t, B_BODY)  # noqa: E731
    asks = [
        "Every permanent exclusion should trigger an exploitation screening, in every area, not just in "
        "Culverdale.",
        "Children in alternative provision should be taught full time. Ten hours a week is not an education.",
        "A child found far from home with cash and drugs should be referred to the NRM the same week.",
        "Parents who ask for help should be treated as partners, not as part of the problem.",
        "Return home interviews should be done by someone the child already trusts.",
    ]
    s = [
        Paragraph("Kieran's review shows that exclusion is a safeguarding issue", B_H1),
        Paragraph("Tamsin Orrell, Head of Policy and Research  &#183;  26 September 2022  &#183;  6 min read",
                  B_META),
        Paragraph("Share: Facebook  LinkedIn  Email", B_META),
        Spacer(1, 6),
        P("Last Thursday the Culverdale Safeguarding Children Partnership published its review into the death "
          "of Kieran Dace. Kieran was fifteen. He was stabbed a short walk from the shopping centre where, a few "
          "years earlier, he had spent Saturday afternoons with his friends."),
        P("I have read the review twice now. It is careful and honest, and it is hard to read. It is also, I am "
          "sorry to say, familiar."),
        P("Kieran was reported missing eleven times. He was just thirteen when he was permanently excluded "
          "from school, and after that he was taught for ten hours a week. By the time anybody used the word "
          "&#8216;exploitation&#8217; in a meeting, the people exploiting him had been doing so for more than "
          "a year."),
        Paragraph("&#8220;Exclusion did not cause what happened to Kieran. But it handed him to the people who "
                  "did.&#8221;", B_PULL),
        Paragraph("Kieran's last year in numbers", B_H2),
        numbers_table(),
        Spacer(1, 10),
        Paragraph("What the review gets right", B_H2),
        P("The reviewer, Anita Sorensby, does not hide behind the usual phrases. She says plainly that Kieran "
          "&#8220;was seen as a perpetrator, not a child&#8221;, and she shows how that view was written into "
          "police records, school records and, in the end, into the minutes of the very panel that was meant "
          "to protect him."),
        P("The review is also clear that the warning signs were recorded. Kieran's youth justice worker "
          "raised an exploitation concern in March 2020, months before he was found in Port Fennick. A school "
          "attendance officer wrote in his file that he had &#8220;new trainers every week and a second "
          "phone&#8221;. Nobody put those facts side by side."),
        P("She also takes his mother seriously. Lorraine Dace asked for help six times. The review lists each "
          "occasion, and what she was told."),
        Paragraph("Where it does not go far enough", B_H2),
        P("The review makes nine recommendations, and the partnership says it accepts all of them. Most are "
          "good. But only one of the nine, on return home interviews, has a clear deadline and a measure "
          "attached to it in the review itself."),
        P("The recommendation on alternative provision asks for full-time education within six weeks. In our "
          "experience that will not happen without money, and the review is silent on who will pay."),
        P("Nor does the review say anything about the national picture. Last year our helpline took 1,240 "
          "calls from parents worried about exploitation, 18% more than the year before. Culverdale is not "
          "unusual. It is simply the place that has written it down."),
        Paragraph("What Culverdale has done since", B_H2),
        P("To be fair to the partnership, a lot has changed since February 2021. Its statement says the new "
          "exploitation hub is supporting thirty-seven children, and that between April and June this year "
          "94% of children were offered a return home interview after going missing."),
        P("That is real progress. But only 71% of those children actually took part in an interview, and a "
          "leaflet through the door is not a conversation. We would like to see the figure for interviews "
          "done by a worker the child already knew."),
        Paragraph("What needs to change", B_H2),
    ]
    for i, a in enumerate(asks, 1):
        s.append(Paragraph(a, B_NUM, bulletText=f"{i}."))
    s += [
        P("We have written to the Minister for Children with these five asks, and we will publish the reply "
          "when we receive it."),
        P("If you are a parent and you are worried, please call our helpline. You will not be judged."),
        Spacer(1, 4),
        Paragraph("4 comments", style("b_cc", "Helvetica-Bold", 10, 13, spaceAfter=6)),
        Paragraph("Dee Marsh (youth worker)  &#183;  26 September 2022 at 9:14 pm", B_COM_H),
        Paragraph("I worked with lads like Kieran for years. The ten hours a week thing is the whole story. "
                  "What do people think a 13-year-old does with the other thirty?", B_COM),
        Paragraph("Rob T  &#183;  27 September 2022 at 7:02 am", B_COM_H),
        Paragraph("Good piece. Would be useful to know how many children are in alternative provision in "
                  "Culverdale now - does anyone have the figure?", B_COM),
        Paragraph("Lanternway Youth Trust (reply)  &#183;  27 September 2022 at 10:30 am", B_COM_H),
        Paragraph("Thanks Rob. The council does not publish it, but we have asked and will share it if we "
                  "get it.", B_COM),
        Paragraph("Mo Akhtar  &#183;  28 September 2022 at 11:47 am", B_COM_H),
        Paragraph("I am a parent in Port Fennick. The boys they send here are children too. Thank you for "
                  "saying it.", B_COM),
        Paragraph("Leave a comment: your email address will not be published.", B_META),
        Spacer(1, 8),
        Paragraph("Related posts", style("b_rp", "Helvetica-Bold", 10, 13, spaceAfter=4)),
        Paragraph("County lines: the signs every parent should know  &#183;  14 March 2022", B_META),
        Paragraph("Our response to the exclusions consultation  &#183;  2 June 2022", B_META),
        Paragraph("Why &#8216;choices&#8217; is the wrong word  &#183;  9 August 2021", B_META),
        Spacer(1, 10),
        Paragraph("Lanternway Youth Trust is a FICTIONAL charity invented for testing. Registered charity number "
                  "1000000 (FICTIONAL). Privacy  |  Cookies  |  Safeguarding policy", B_META),
    ]
    return s


def main():
    top = H - 126
    col_y = 44
    render(
        HERE / "culverdale-echo-kieran-review-live.pdf",
        title="Kieran Dace review: 'missed chances' to protect teenager from exploitation - live updates | "
              "Culverdale Echo",
        url="https://www.culverdale-echo.example/news/crime/live-kieran-dace-review-7741302",
        printed="22/09/2022, 17:10",
        chrome=echo_chrome,
        first_frames=[(34, top - 190, W - 68, 190), (34, col_y, COL_W, top - 198 - col_y),
                      (W - 34 - COL_W, col_y, COL_W, top - 198 - col_y)],
        later_frames=[(34, col_y, COL_W, H - 40 - col_y), (W - 34 - COL_W, col_y, COL_W, H - 40 - col_y)],
        story_fn=echo_story,
    )
    render(
        HERE / "cscp-statement-kieran-lcspr.pdf",
        title="Statement on the publication of the Local Child Safeguarding Practice Review: Kieran - "
              "Culverdale Safeguarding Children Partnership",
        url="https://www.culverdalescp.example/learning-from-reviews/published-reviews/kieran/statement",
        printed="23/09/2022, 08:37",
        chrome=cscp_chrome,
        first_frames=[(190, 44, 370, H - 128 - 44)], later_frames=[(190, 44, 370, H - 40 - 44)],
        story_fn=cscp_story,
        side={1: (30, 300, 140, H - 128 - 300, cscp_menu)}, side_first=True,
    )
    render(
        HERE / "lanternway-blog-kieran-review.pdf",
        title="Kieran's review shows that exclusion is a safeguarding issue | Lanternway Youth Trust",
        url="https://www.lanternway.example/blog/kierans-review-exclusion-is-a-safeguarding-issue",
        printed="28/09/2022, 14:51",
        chrome=blog_chrome,
        first_frames=[(36, 44, 370, H - 100 - 44)], later_frames=[(36, 44, 370, H - 40 - 44)],
        story_fn=blog_story,
        side={1: (425, 330, 134, H - 100 - 330, blog_side_page1), 2: (425, 560, 134, H - 40 - 560, blog_side_page2)},
    )
    for p in sorted(HERE.glob("*.pdf")):
        print("wrote", p.name)


if __name__ == "__main__":
    main()
