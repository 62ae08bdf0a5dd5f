"""Build the FICTIONAL Marlbeck "web pages printed to PDF" development corpus (four PDFs).

Each PDF imitates what a browser's "Print -> Save as PDF" makes of a web page: the print header
(date and time of printing, page title) and footer (URL, "1/3"), the site's chrome (masthead,
navigation bar, breadcrumbs, cookie notice, share buttons, side column of related links, adverts,
top stories, copyright line) and the article itself.

Everything is invented: Marlbeck, its newspaper, the broadcaster, the government department, the
family, the officials and the events. The pages exist only to test scr-qa. Rebuild with:

    .venv/bin/python eval/dev/marlbeck-news/build.py

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
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

HERE = Path(__file__).resolve().parent
W, H = A4
GREY = colors.HexColor("#555555")
LABEL = "FICTIONAL practice material - invented web page printed to PDF for testing scr-qa"


# ---------------------------------------------------------------------------
# A printed web page: browser print header/footer, site chrome, main column and side column
# ---------------------------------------------------------------------------

def render(path, *, title, url, printed, chrome, first_frame, later_frame, story_fn, side=None,
           side_first=False, page_size=A4):
    """Write one printed web page.

    chrome(canvas, page) draws the site furniture of a page; first_frame / later_frame are
    (x, y, w, h) of the main text column; side maps a page number to (x, y, w, h, flowables_fn) for
    the side column, drawn before the main text when side_first, else after it. The document is built
    twice so that the footer can say "1/3".
    """
    side = side or {}

    def make(total, out):
        def header(c, doc):
            page = doc.page
            c.saveState()
            c.setFont("Helvetica", 7.5)
            c.setFillColor(colors.black)
            c.drawString(24, H - 18, printed)
            c.drawCentredString(W / 2, H - 18, title)
            c.restoreState()
            chrome(c, page)
            if side_first and page in side:
                draw_side(c, page)

        def footer(c, doc):
            page = doc.page
            if not side_first and page in side:
                draw_side(c, page)
            c.saveState()
            c.setFont("Helvetica", 6.5)
            c.setFillColor(GREY)
            c.drawCentredString(W / 2, 30, LABEL)
            c.setFont("Helvetica", 7.5)
            c.setFillColor(colors.black)
            c.drawString(24, 16, url)
            c.drawRightString(W - 24, 16, f"{page}/{total}")
            c.restoreState()

        def draw_side(c, page):
            x, y, w, h, fn = side[page]
            Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                  showBoundary=0).addFromList(fn(), c)

        doc = BaseDocTemplate(out, pagesize=page_size, title=title, author="FICTIONAL",
                              subject="FICTIONAL practice material", creator="eval/dev/marlbeck-news/build.py")
        f1 = Frame(*first_frame, id="first", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        f2 = Frame(*later_frame, id="later", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([
            PageTemplate("first", [f1], onPage=header, onPageEnd=footer),
            PageTemplate("later", [f2], onPage=header, onPageEnd=footer),
        ])
        counter = []
        doc.afterPage = lambda: counter.append(1)
        doc.build([NextPageTemplate("later")] + story_fn())
        return len(counter)

    total = make("?", io.BytesIO())
    make(total, str(path))
    return total


def style(name, font="Helvetica", size=10, leading=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.35, **kw)


def box(flowables, width, bg="#f2f2f2", border="#999999", pad=6):
    t = Table([[f] for f in flowables], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor(border)),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return t


def bar(c, x, y, w, h, fill, text, font="Helvetica-Bold", size=9, color=colors.white, dx=6):
    c.saveState()
    c.setFillColor(colors.HexColor(fill))
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColor(color)
    c.setFont(font, size)
    c.drawString(x + dx, y + (h - size) / 2 + 1.5, text)
    c.restoreState()


# ---------------------------------------------------------------------------
# Site 1: The Marlbeck Courier (regional newspaper), serif, cookie banner at the foot of page 1
# ---------------------------------------------------------------------------

C_HEAD = style("c_head", "Times-Bold", 21, 25, spaceAfter=6)
C_STAND = style("c_stand", "Times-Italic", 12.5, 16, spaceAfter=8, textColor=colors.HexColor("#333333"))
C_BY = style("c_by", "Helvetica", 8, 11, textColor=GREY, spaceAfter=2)
C_BODY = style("c_body", "Times-Roman", 11, 15, spaceAfter=8)
C_H2 = style("c_h2", "Times-Bold", 13, 17, spaceBefore=4, spaceAfter=5)
C_CAP = style("c_cap", "Helvetica-Oblique", 7.5, 10, textColor=GREY, spaceAfter=8)
C_SMALL = style("c_small", "Helvetica", 8, 11, spaceAfter=3)
C_SMALL_B = style("c_small_b", "Helvetica-Bold", 8.5, 11.5, spaceAfter=4)
C_BOX = style("c_box", "Helvetica", 9, 12.5, spaceAfter=2)
C_BOX_B = style("c_box_b", "Helvetica-Bold", 10, 13, spaceAfter=3)
C_BULLET = style("c_bul", "Helvetica", 9, 12.5, leftIndent=10, bulletIndent=0, spaceAfter=3)
C_TL_DATE = style("c_tl_d", "Helvetica-Bold", 9, 12)
C_TL = style("c_tl", "Helvetica", 9, 12)


def courier_chrome(section):
    def chrome(c, page):
        if page != 1:
            return
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(GREY)
        c.drawString(40, H - 38, "Friday's paper  |  e-edition  |  Newsletters")
        c.drawRightString(W - 40, H - 38, "Sign in   Subscribe from 99p")
        c.setFillColor(colors.HexColor("#0b2e59"))
        c.setFont("Times-Bold", 27)
        c.drawString(40, H - 68, "The Marlbeck Courier")
        c.setFont("Times-Italic", 9)
        c.setFillColor(GREY)
        c.drawString(312, H - 66, "Serving Marlbeck and the Vale since 1871")
        c.restoreState()
        bar(c, 40, H - 94, W - 80, 16, "#0b2e59",
            "Home  |  News  |  Sport  |  What's On  |  Business  |  Opinion  |  Jobs  |  Property  |  Announcements",
            size=8.5)
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(GREY)
        c.drawString(40, H - 108, section)
        c.restoreState()
        # cookie notice, fixed to the bottom of the window, printed on the first page
        c.saveState()
        c.setFillColor(colors.HexColor("#fff6d6"))
        c.setStrokeColor(colors.HexColor("#c9a227"))
        c.rect(40, 44, W - 80, 46, stroke=1, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, 78, "We value your privacy")
        c.setFont("Helvetica", 7.5)
        c.drawString(48, 67, "We and our 143 partners use cookies to personalise content and ads and to analyse our traffic.")
        c.drawString(48, 57, "You can change your choices at any time from the Privacy link at the bottom of every page.")
        c.setFont("Helvetica-Bold", 8)
        c.drawRightString(W - 48, 52, "ACCEPT ALL     MANAGE OPTIONS")
        c.restoreState()
    return chrome


def courier_side_page1(related):
    def fn():
        s = [box([Paragraph("ADVERTISEMENT", style("ad", "Helvetica", 7, 9, alignment=TA_CENTER,
                                                         textColor=GREY)),
                  Spacer(1, 70)], 150, bg="#e9e9e9", border="#cccccc"), Spacer(1, 10)]
        s.append(Paragraph("Most read", C_SMALL_B))
        for i, t in enumerate([
            "Lorry sheds load of turnips on Vale bypass",
            "Marlbeck market to move to Corn Hall for a year",
            "Pensioner, 91, completes charity swim",
            "Fellgate homes plan: your questions answered",
            "Ring road works to last until autumn",
        ], 1):
            s.append(Paragraph(f"{i}. {t}", C_SMALL))
        s.append(Spacer(1, 8))
        s.append(Paragraph("Related stories", C_SMALL_B))
        for head, date in related:
            s.append(Paragraph(f"<u>{head}</u>", C_SMALL))
            s.append(Paragraph(date, style("d", "Helvetica", 7, 9, textColor=GREY, spaceAfter=5)))
        return s
    return fn


def courier_side_later():
    s = [Paragraph("Newsletter", C_SMALL_B),
         Paragraph("Get the day's Marlbeck headlines in your inbox every morning. Sign up", C_SMALL),
         Spacer(1, 10),
         box([Paragraph("ADVERTISEMENT", style("ad2", "Helvetica", 7, 9, alignment=TA_CENTER, textColor=GREY)),
              Spacer(1, 120)], 150, bg="#e9e9e9", border="#cccccc")]
    return s


def courier_footer_flowables(comments):
    s = [Spacer(1, 4),
         Paragraph("Share this page:  Facebook  |  X  |  WhatsApp  |  Email  |  Copy link", C_SMALL),
         Paragraph(f"<b>Have your say</b> - {comments} comments. Comments are moderated; please read our "
                   "community rules before posting.", C_SMALL),
         Paragraph("Topics: Child protection  |  Marlbeck Borough Council  |  Courts", C_SMALL),
         Spacer(1, 8),
         Paragraph("Top stories", C_BOX_B)]
    for head, date in [
        ("Ring road works to last until autumn, says county", "14 March 2019"),
        ("Marlbeck Town 2-1 Harnley Rovers: late header seals win", "13 March 2019"),
        ("Plans for 400 homes at Fellgate approved on casting vote", "12 March 2019"),
        ("Corn Hall restoration wins heritage award", "11 March 2019"),
    ]:
        s.append(Paragraph(f"{head} <font color='#555555' size='7'>{date}</font>", C_SMALL))
    s += [Spacer(1, 8),
          Paragraph("(c) 2019 Marlbeck Courier Media Ltd. All rights reserved. Registered in England. "
                    "Contact us  |  Privacy  |  Cookie settings  |  Terms", style("copy", "Helvetica", 7, 9,
                                                                                      textColor=GREY))]
    return s


def review_story():
    P = lambda t: Paragraph(t, C_BODY)  # noqa: E731
    findings = [
        "Nursery staff reported a bruise to Child W's ear on 22 May 2017, but no child protection medical "
        "took place.",
        "He was made the subject of a child protection plan under the category of neglect on 12 June 2017.",
        "The plan was ended on 18 September 2017, seven weeks before the fatal injuries.",
        "Police knew that Dale Ormsby had been violent towards a previous partner, but did not tell "
        "children's services.",
        "Child W missed six health appointments, including his two-year development review.",
        "His attendance at Little Acorns Nursery fell to 41% in his final term.",
    ]
    s = [
        Paragraph("Child W review: agencies &#8216;missed four chances&#8217; to protect boy, three", C_HEAD),
        Paragraph("A long-awaited serious case review into the death of a Marlbeck toddler says social workers, "
                  "police and health staff did not share what they knew", C_STAND),
        Paragraph("By Hannah Corbishley, Chief Reporter", C_BY),
        Paragraph("Published 14 March 2019 Last updated at 16:05", C_BY),
        Spacer(1, 4),
        box([Paragraph("[Picture]", style("pic", "Helvetica", 8, 10, alignment=TA_CENTER, textColor=GREY)),
             Spacer(1, 46)], 345, bg="#dcdcdc", border="#bbbbbb"),
        Paragraph("Marlbeck Borough Council's offices in Kings Parade. The council's children's services "
                  "department is criticised in the review. Picture: Courier archive", C_CAP),
        P("Professionals missed at least four chances to protect a three-year-old boy who was killed by his "
          "mother's partner, a serious case review has found."),
        P("The review into the death of the boy, known as Child W, was published by the Marlbeck Safeguarding "
          "Children Board (MSCB) this morning."),
        P("Child W died in Marlbeck Royal Infirmary on 9 November 2017, a day after paramedics were called to "
          "a flat in Dunmore Road."),
        P("He had a severe head injury and weighed just 11.2kg, well below the normal range for his age."),
        P("Dale Ormsby, 31, was jailed for life in October 2018 after a jury at Stanbridge Crown Court found "
          "him guilty of murder. He must serve at least 19 years."),
        P("The boy's mother, Shona Pettifer, 26, was jailed for seven years for causing or allowing the death "
          "of a child."),
        P("The 68-page report, written by independent reviewer Dr Miriam Oakenshaw, makes 14 recommendations "
          "for the council, Westvale Police and local NHS services."),
        P("It found that agencies had contact with the family 62 times in the 11 months before Child W "
          "died."),
        P("&#8220;Child W was seen by a great many people, but nobody saw the whole picture,&#8221; "
          "Dr Oakenshaw writes."),
        box([Paragraph("Key findings", C_BOX_B)]
            + [Paragraph(f, C_BULLET, bulletText="\u2022") for f in findings], 345),
        Spacer(1, 8),
        P("The report identifies the professionals only by role codes. It says that the social worker "
          "allocated to the family in June 2017, SW1, was newly qualified and had a caseload of 27 children."),
        P("SW1 was not told that Mr Ormsby had moved into the flat in August 2017. The health visitor, HV2, "
          "heard about it from a neighbour but recorded it only in the health notes."),
        P("At a review child protection conference on 18 September 2017, professionals agreed that Child W's "
          "circumstances had improved and that he should be &#8216;stepped down&#8217; to a child in need "
          "plan."),
        P("Westvale Police were not invited to that conference, and no check was made on the new adult in the "
          "household. The conference chair, IRO1, told the review she &#8220;did not know there was a man in the "
          "house&#8221;."),
        P("Dr Oakenshaw describes the decision to end the plan as &#8220;the most significant missed "
          "opportunity&#8221; in the case."),
        P("On the morning of 8 November 2017, Ms Pettifer called 999 at 7.42am to say that her son was not "
          "breathing. Paramedics arrived eight minutes later and took him to hospital."),
        Paragraph("&#8216;We let him down&#8217;", C_H2),
        P("Priya Castellane, director of children's services at Marlbeck Borough Council, said: &#8220;We "
          "accept every one of the review's findings. Child W should have been safe, and we let him "
          "down.&#8221;"),
        P("She said 11 of the 14 recommendations had already been put in place, and that the average caseload "
          "for a social worker in Marlbeck was now 17."),
        P("Detective Superintendent Alan Rudd, of Westvale Police, said the force now checks its domestic "
          "abuse records &#8220;every time a new adult is known to be living with a child on a "
          "plan&#8221;."),
        P("Helen Brayford, chief nurse at Marlbeck Clinical Commissioning Group, said health visitors would in "
          "future share any change in a household with the social worker within 24 hours."),
        P("Graham Tulley, the independent chair of the MSCB, said the board had commissioned the review in "
          "December 2017, after a referral from the hospital's named doctor for safeguarding. The review cost "
          "&#163;38,500, which was shared between Marlbeck Borough Council, Westvale Police and the clinical "
          "commissioning group."),
        P("He said publication had been held back until after the criminal trial so that the case against "
          "Ormsby and Pettifer was not prejudiced. The review was finished in July 2018, and the board's "
          "members formally accepted its findings and recommendations at a meeting on 4 September 2018."),
        P("A spokesperson for the children's charity Safer Steps said the findings were &#8220;depressingly "
          "familiar&#8221; and called for the full report to be read by every frontline worker in the "
          "Vale."),
        P("The full report and a four-page summary are available on the MSCB website."),
    ]
    return s + courier_footer_flowables(47)


def reaction_story():
    P = lambda t: Paragraph(t, C_BODY)  # noqa: E731
    tl = [
        ("2017", None),
        ("22 May", "Nursery staff report a bruise on Child W's ear."),
        ("12 June", "Child W is placed on a child protection plan for neglect."),
        ("August", "Dale Ormsby moves into the family's flat in Dunmore Road."),
        ("18 September", "Review conference ends the child protection plan."),
        ("8 November", "Ambulance called to the flat; Child W taken to hospital."),
        ("9 November", "Child W dies in Marlbeck Royal Infirmary."),
        ("2018", None),
        ("26 October", "Ormsby jailed for life; Pettifer jailed for seven years."),
        ("2019", None),
        ("14 March", "Serious case review published."),
    ]
    rows = []
    for d, e in tl:
        if e is None:
            rows.append([Paragraph(d, C_BOX_B), ""])
        else:
            rows.append([Paragraph(d, C_TL_DATE), Paragraph(e, C_TL)])
    t = Table(rows, colWidths=[80, 255])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#cccccc")),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    s = [
        Paragraph("MP demands public inquiry as council leader says sorry over Child W", C_HEAD),
        Paragraph("Reaction to the serious case review has poured in, with a petition calling for the director "
                  "of children's services to resign", C_STAND),
        Paragraph("By Sam Oduya, Local Democracy Reporter", C_BY),
        Paragraph("Published 15 March 2019 Last updated at 11:20", C_BY),
        Spacer(1, 6),
        P("Marlbeck East MP Rachel Anstey has called for a full public inquiry into the death of Child W."),
        P("Speaking on Thursday evening, she said the serious case review &#8220;answers some questions but "
          "not the biggest one: why nobody has been held to account&#8221;."),
        P("Council leader Cllr Tom Verity apologised &#8220;unreservedly&#8221; at a meeting of the full council "
          "last night, and said the council would not be asking anyone to resign."),
        P("An online petition calling for Priya Castellane to step down had more than 3,200 signatures by 10am "
          "today."),
        P("Ms Castellane took up her post in April 2018. She was not in charge of the department when Child W "
          "died; her predecessor left the council in January 2018 and has not commented."),
        P("The Courier understands that two members of staff were disciplined after an internal inquiry. One "
          "of them has since left the council."),
        P("Mrs Anstey said she had written to the Children's Minister, Claire Hebden, asking her to meet "
          "Child W's grandparents."),
        P("&#8220;The family have waited sixteen months for this report,&#8221; she said. &#8220;They should "
          "not have to wait for a minister's diary as well.&#8221;"),
        Paragraph("What happened to Child W", C_BOX_B),
        t,
        Spacer(1, 8),
        P("Ian Boakes, chair of the Marlbeck Parents' Forum, said parents had been &#8220;shaken&#8221; by the "
          "report and wanted to know that nursery staff would be listened to."),
        P("The forum has asked for a public meeting in the Corn Hall, and the council has agreed to hold one "
          "on 2 April."),
        P("Westvale Police said it had nothing to add to Detective Superintendent Alan Rudd's statement of "
          "Thursday."),
        P("Opposition group leader Cllr Nasreen Bhatt said she would ask for the council's own action plan to "
          "be published in full at the next cabinet meeting, on 27 March."),
    ]
    return s + courier_footer_flowables(112)


def courier_page(path, story_fn, title, url, printed, related):
    render(
        path, title=title, url=url, printed=printed,
        chrome=courier_chrome("Home > News > Marlbeck News > Child protection"),
        first_frame=(40, 98, 345, H - 118 - 98), later_frame=(40, 44, 345, H - 40 - 44),
        story_fn=story_fn,
        side={1: (400, 98, 155, H - 118 - 98, courier_side_page1(related)),
              2: (400, 44, 155, H - 40 - 44, courier_side_later)},
    )


# ---------------------------------------------------------------------------
# Site 2: NBN News (national broadcaster), sans serif, side column printed before the article
# ---------------------------------------------------------------------------

N_HEAD = style("n_head", "Helvetica-Bold", 20, 24, spaceAfter=6)
N_DATE = style("n_date", "Helvetica", 8.5, 11, textColor=GREY, spaceAfter=6)
N_BODY = style("n_body", "Helvetica", 10, 14.5, spaceAfter=8)
N_BOLD = style("n_bold", "Helvetica-Bold", 10, 14.5, spaceAfter=8)
N_H2 = style("n_h2", "Helvetica-Bold", 12, 16, spaceBefore=4, spaceAfter=5)
N_CAP = style("n_cap", "Helvetica", 7.5, 10, textColor=GREY, spaceAfter=8)
N_SIDE_H = style("n_sh", "Helvetica-Bold", 10, 13, spaceAfter=5)
N_SIDE = style("n_s", "Helvetica", 8, 10.5, spaceAfter=1)
N_SIDE_T = style("n_st", "Helvetica", 6.5, 9, textColor=GREY, spaceAfter=6)


def nbn_chrome(c, page):
    if page != 1:
        return
    bar(c, 0, H - 52, W, 24, "#111111",
        "NBN       Home     News     Sport     Weather     Radio     TV     Sounds     More", size=9)
    bar(c, 0, H - 84, W, 32, "#b80000", "NEWS", size=18)
    c.saveState()
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.black)
    c.drawString(36, H - 98, "Home    UK    World    Politics    Business    Health    Education    Science    "
                             "Entertainment")
    c.setFillColor(GREY)
    c.drawString(36, H - 112, "UK Politics")
    c.restoreState()


def nbn_side_page1():
    s = [Paragraph("Top Stories", N_SIDE_H)]
    for head, t in [
        ("Storm warning as gales expected across the north", "31 minutes ago"),
        ("Rail fares: what the new caps mean for you", "1 hour ago"),
        ("Hospital waiting list reaches record high", "2 hours ago"),
        ("Court rules on landmark tenancy case", "3 hours ago"),
    ]:
        s += [Paragraph(head, N_SIDE), Paragraph(t, N_SIDE_T)]
    s += [Spacer(1, 6), Paragraph("Features", N_SIDE_H)]
    for head in ["The village that saved its last pub", "Why is your weekly shop costing more?",
                 "Quiz of the week: who said it?"]:
        s += [Paragraph(head, N_SIDE), Spacer(1, 5)]
    s += [Spacer(1, 6), Paragraph("Elsewhere on NBN", N_SIDE_H),
          Paragraph("Listen: The children's services crisis, Radio Five documentary", N_SIDE)]
    return s


def nbn_story():
    P = lambda t: Paragraph(t, N_BODY)  # noqa: E731
    s = [
        Paragraph("Child abuse reviews to be published in full, minister says", N_HEAD),
        Paragraph("20 March 2019", N_DATE),
        Paragraph("Share this with   Facebook   Messenger   Twitter   Email", N_DATE),
        box([Paragraph("[Image]", style("img", "Helvetica", 8, 10, alignment=TA_CENTER, textColor=GREY)),
             Spacer(1, 60)], 370, bg="#dcdcdc", border="#bbbbbb"),
        Paragraph("Image caption: Claire Hebden said families and the public &#8220;deserve to know what went "
                  "wrong&#8221;", N_CAP),
        Paragraph("Every serious case review into the death or serious injury of a child in England will be "
                  "published in full, the government has announced.", N_BOLD),
        P("At present, local safeguarding children boards can choose to publish only a short executive "
          "summary."),
        P("Children's Minister Claire Hebden said the change would end a &#8220;culture of secrecy&#8221; and "
          "help services learn from their mistakes."),
        P("The announcement comes six days after the publication of a review into the death of a "
          "three-year-old boy in Marlbeck, known as Child W, who was killed by his mother's partner."),
        P("That review found that agencies had missed four chances to protect him."),
        P("Under the new rules, boards will have to publish the full report within 12 weeks of completing it, "
          "removing only details that could identify the child's family."),
        P("Each report will be checked by a new national panel before it is published."),
        P("Figures from the Department for Family Services show that about a third of the reviews completed "
          "last year were published in full."),
        P("Speaking on NBN Breakfast, Ms Hebden said: &#8220;Lessons cannot be learned in secret. If a child "
          "has died, the public has a right to see what went wrong.&#8221;"),
        Paragraph("&#8216;Risk to siblings&#8217;", N_H2),
        P("But some directors of children's services warn that publishing full reports could identify "
          "surviving brothers and sisters."),
        P("Martin Aske, chair of the Children's Services Directors' Network, said: &#8220;We support "
          "openness, but a report in full can put a surviving child's privacy at risk in a small "
          "town.&#8221;"),
        P("Shadow children's minister Owen Threlkeld welcomed the move but said it &#8220;must come with money "
          "for the councils that have to act on these reports&#8221;."),
        P("The new rules will apply to reviews completed after 1 July 2019. Boards that miss the 12-week "
          "deadline will have to explain the delay in writing to the national panel, which will publish a list "
          "of late reports every six months."),
        box([Paragraph("What is a serious case review?", N_SIDE_H),
             Paragraph("A serious case review is carried out when a child dies or is seriously harmed and abuse "
                       "or neglect is known or suspected. It is commissioned by the local safeguarding children "
                       "board, and looks at how agencies worked together rather than at who is to blame.",
                       style("nb", "Helvetica", 9, 12.5, spaceAfter=3))], 370, bg="#eef3f7", border="#9ab"),
        Spacer(1, 8),
        Paragraph("Analysis", N_H2),
        Paragraph("By Nadia Welling, Social affairs correspondent", N_DATE),
        P("Campaigners have asked for this for more than a decade, and the Marlbeck case gave the minister a "
          "moment she could not let pass."),
        P("The harder question is money. A full review can cost tens of thousands of pounds, and the panel "
          "will need staff of its own."),
        P("Councils will also want to know who pays when a report has to be rewritten to protect a sibling."),
        Spacer(1, 4),
        Paragraph("More on this story", N_SIDE_H),
        Paragraph("Review into toddler's death finds &#8216;missed chances&#8217; &#160;14 March 2019", N_SIDE),
        Paragraph("Toddler's killer jailed for life &#160;26 October 2018", N_SIDE),
        Spacer(1, 6),
        Paragraph("Related Topics: Child protection | Department for Family Services | Marlbeck", N_SIDE),
        Spacer(1, 10),
        Paragraph("Copyright (c) 2019 NBN. The NBN is not responsible for the content of external sites. "
                  "Read about our approach to external linking.", N_SIDE_T),
    ]
    return s


# ---------------------------------------------------------------------------
# Site 3: GOV.EXAMPLE press release, cookie banner at the top, contents links, notes to editors
# ---------------------------------------------------------------------------

G_BODY = style("g_body", "Helvetica", 10.5, 15, spaceAfter=9)
G_H1 = style("g_h1", "Helvetica-Bold", 22, 26, spaceAfter=8)
G_LEAD = style("g_lead", "Helvetica", 12.5, 17, spaceAfter=10)
G_H2 = style("g_h2", "Helvetica-Bold", 14, 18, spaceBefore=6, spaceAfter=6)
G_META = style("g_meta", "Helvetica", 9, 12.5, spaceAfter=2)
G_SMALL = style("g_small", "Helvetica", 8.5, 11.5, spaceAfter=3)
G_NOTE = style("g_note", "Helvetica", 10.5, 15, leftIndent=18, bulletIndent=0, spaceAfter=8)


def gov_chrome(c, page):
    if page != 1:
        return
    c.saveState()
    c.setFillColor(colors.HexColor("#f3f2f1"))
    c.rect(0, H - 92, W, 64, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, H - 44, "Cookies on GOV.EXAMPLE")
    c.setFont("Helvetica", 8.5)
    c.drawString(40, H - 58, "We use some essential cookies to make this website work. We'd like to set additional "
                             "cookies to understand how")
    c.drawString(40, H - 69, "you use GOV.EXAMPLE, remember your settings and improve government services.")
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(40, H - 84, "Accept additional cookies    Reject additional cookies    View cookies")
    c.restoreState()
    bar(c, 0, H - 122, W, 30, "#0b0c0c", "GOV.EXAMPLE", size=16, dx=40)
    c.saveState()
    c.setFillColor(colors.white)
    c.setFont("Helvetica", 8.5)
    c.drawRightString(W - 40, H - 110, "Menu     Search")
    c.setFillColor(colors.HexColor("#1d70b8"))
    c.rect(0, H - 125, W, 3, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 8)
    c.drawString(40, H - 140, "Home  >  Society and culture  >  Children  >  Safeguarding and social care for "
                              "children")
    c.restoreState()


def gov_side_page1():
    s = [Paragraph("Related content", style("g_rel", "Helvetica-Bold", 11, 14, spaceAfter=6))]
    for t in ["Serious case reviews: statutory guidance", "Working Together to Safeguard Children",
              "Local safeguarding children boards: funding 2019 to 2020",
              "Child W: Marlbeck Safeguarding Children Board review"]:
        s.append(Paragraph(f"<font color='#1d70b8'><u>{t}</u></font>", G_SMALL))
        s.append(Spacer(1, 3))
    s += [Spacer(1, 8), Paragraph("Explore the topic", style("g_rel2", "Helvetica-Bold", 11, 14, spaceAfter=6)),
          Paragraph("<font color='#1d70b8'><u>Safeguarding and social care for children</u></font>", G_SMALL)]
    return s


def gov_story():
    P = lambda t: Paragraph(t, G_BODY)  # noqa: E731
    notes = [
        "In 2017 to 2018, local safeguarding children boards in England completed 87 serious case reviews. "
        "Of these, 29 were published in full and 58 were published as an executive summary only.",
        "The new requirements will apply to all reviews completed on or after 1 July 2019. Revised statutory "
        "guidance will be laid before Parliament in May 2019.",
        "A consultation on the rules for removing identifying details opens today and closes on 12 June 2019.",
        "The National Review Panel will meet for the first time in April 2019. Its members will be appointed "
        "for three years.",
        "Media enquiries: Department for Family Services press office, 020 7946 0123 (a FICTIONAL number).",
    ]
    s = [
        Paragraph("Press release", style("g_kind", "Helvetica", 12, 15, textColor=GREY, spaceAfter=2)),
        Paragraph("Serious case reviews to be published in full", G_H1),
        Paragraph("Reviews into the deaths and serious injuries of children will be published in full so that "
                  "lessons are learned, Children's Minister Claire Hebden has announced.", G_LEAD),
        Paragraph("From: <font color='#1d70b8'><u>Department for Family Services</u></font> and "
                  "<font color='#1d70b8'><u>Claire Hebden MP</u></font>", G_META),
        Paragraph("Published 20 March 2019", G_META),
        Paragraph("Last updated 22 March 2019 - <font color='#1d70b8'><u>See all updates</u></font>", G_META),
        Spacer(1, 10),
        Paragraph("Contents", style("g_c", "Helvetica-Bold", 10, 13, spaceAfter=3)),
        Paragraph("&#8212; <font color='#1d70b8'><u>Notes to editors</u></font>", G_SMALL),
        Spacer(1, 10),
        P("All serious case reviews will be published in full under plans announced today by Children's "
          "Minister Claire Hebden."),
        P("Local safeguarding children boards will have to publish the overview report of every review within "
          "12 weeks of its completion, with names and identifying details removed."),
        P("A new National Review Panel of 6 independent experts, chaired by Professor Denise Yarrow, will read "
          "each report before it is published and will be able to ask a board to strengthen it."),
        P("The department will provide &#163;2.4 million over two years to help boards meet the cost of "
          "preparing reports for publication and to set up the panel."),
        P("Boards will also have to send each review to Ofsted and to the department at least 5 working days "
          "before it is published."),
        P("Children's Minister Claire Hebden said:"),
        P("&#8220;When a child dies or is seriously harmed, the public is entitled to know what went wrong and "
          "why. Publishing reviews in full is the single most important step we can take to make sure that "
          "lessons are learned and acted on.&#8221;"),
        P("&#8220;Last week's review in Marlbeck showed how much can be learned from a report that is honest "
          "about missed chances.&#8221;"),
        P("Professor Denise Yarrow, chair of the National Review Panel, said:"),
        P("&#8220;A review that sits in a drawer protects nobody. The panel will make sure every published "
          "report is clear, fair to the professionals involved and safe for the surviving family.&#8221;"),
        P("The announcement follows a review of the publication of serious case reviews by Sir Alistair "
          "Crane, which reported to ministers in February 2019 and found wide differences between areas in "
          "what was published."),
        Paragraph("Notes to editors", G_H2),
    ]
    for i, n in enumerate(notes, 1):
        s.append(Paragraph(n, G_NOTE, bulletText=f"{i}."))
    s += [
        Spacer(1, 6),
        Paragraph("Published 20 March 2019<br/>Last updated 22 March 2019 "
                  "<font color='#1d70b8'><u>hide all updates</u></font>", G_META),
        Paragraph("1. 22 March 2019: Closing date of the consultation corrected in note 3.", G_SMALL),
        Paragraph("2. 20 March 2019: First published.", G_SMALL),
        Spacer(1, 8),
        Paragraph("Share this page:  Facebook  Twitter", G_SMALL),
        Spacer(1, 8),
        box([Paragraph("Is this page useful?   Yes   No          Report a problem with this page", G_SMALL)],
            500, bg="#ffffff", border="#b1b4b6"),
        Spacer(1, 10),
        Paragraph("Services and information: Benefits | Births, deaths, marriages and care | Business and "
                  "self-employed | Childcare and parenting | Education and learning", G_SMALL),
        Paragraph("Help  Privacy  Cookies  Accessibility statement  Contact  Terms and conditions", G_SMALL),
        Paragraph("All content is FICTIONAL practice material and is not published by any real government.",
                  G_SMALL),
    ]
    return s


def main():
    courier_page(
        HERE / "marlbeck-courier-child-w-review.pdf", review_story,
        "Child W review: agencies 'missed four chances' to protect boy, three | The Marlbeck Courier",
        "https://www.marlbeckcourier.example/news/marlbeck-news/child-w-serious-case-review-published-"
        "16001482",
        "14/03/2019, 17:22",
        [("Mother and partner jailed over death of toddler", "26 October 2018"),
         ("Child W: board to wait for trial before review is published", "2 August 2018"),
         ("Council children's services 'require improvement', Ofsted says", "9 January 2019")],
    )
    courier_page(
        HERE / "marlbeck-courier-child-w-reaction.pdf", reaction_story,
        "MP demands public inquiry as council leader says sorry over Child W | The Marlbeck Courier",
        "https://www.marlbeckcourier.example/news/marlbeck-news/child-w-mp-demands-inquiry-16004417",
        "15/03/2019, 12:48",
        [("Child W review: agencies 'missed four chances' to protect boy, three", "14 March 2019"),
         ("Mother and partner jailed over death of toddler", "26 October 2018")],
    )
    render(
        HERE / "nbn-news-reviews-published-in-full.pdf",
        title="Child abuse reviews to be published in full, minister says - NBN News",
        url="https://www.nbn.example/news/uk-politics-47630115",
        printed="20/03/2019, 13:05",
        chrome=nbn_chrome, first_frame=(36, 44, 370, H - 124 - 44), later_frame=(36, 44, 370, H - 40 - 44),
        story_fn=nbn_story, side={1: (425, 44, 135, H - 124 - 44, nbn_side_page1)}, side_first=True,
    )
    render(
        HERE / "gov-press-release-reviews-in-full.pdf",
        title="Serious case reviews to be published in full - GOV.EXAMPLE",
        url="https://www.gov.example/government/news/serious-case-reviews-to-be-published-in-full",
        printed="22/03/2019, 09:14",
        chrome=gov_chrome, first_frame=(40, 44, 350, H - 156 - 44), later_frame=(40, 44, 350, H - 40 - 44),
        story_fn=gov_story, side={1: (410, 300, 150, H - 156 - 300, gov_side_page1)},
    )
    for p in sorted(HERE.glob("*.pdf")):
        print("wrote", p.name)


if __name__ == "__main__":
    main()
