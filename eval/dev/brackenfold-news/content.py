# -*- coding: utf-8 -*-
"""Content of the FICTIONAL Brackenfold corpus.

Everything here is invented: the borough, the board, the council, the
inspectorate, the broadcaster, the people and the events.  Nothing refers to
a real case.

ARTICLE_HTML  - a 2010-style news web page (printed to PDF by Chromium).
PRESS_*       - the board's two-page press release (typeset with ReportLab).
"""

# --------------------------------------------------------------------------
# The web page
# --------------------------------------------------------------------------

PRINT_STAMP = "14/05/2010 14:07"
PAGE_TITLE = ("ABN News - England - Northvale - Lewis death "
              "'could and should have been prevented'")
PAGE_URL = "http://news.abn.co.uk/1/hi/england/northvale/8674215.stm"
FOOTER_NOTICE = "FICTIONAL \u2014 practice document (invented news page)"

LEFT_NAV = [
    ("News Front Page", False), ("Africa", False), ("Americas", False),
    ("Asia-Pacific", False), ("Europe", False), ("Middle East", False),
    ("South Asia", False), ("UK", True), ("England", True),
    ("Northern Ireland", False), ("Scotland", False), ("Wales", False),
    ("Business", False), ("Politics", False), ("Health", False),
    ("Education", False), ("Science &amp; Environment", False),
    ("Technology", False), ("Entertainment", False),
    ("Also in the news", False), ("-", False), ("Video and Audio", False),
    ("-", False), ("Have Your Say", False), ("Magazine", False),
    ("In Pictures", False), ("Country Profiles", False),
    ("Special Reports", False), ("-", False), ("Related ABN sites", False),
    ("Sport", False), ("Weather", False), ("On This Day", False),
    ("Editors' Blog", False), ("ABN World Service", False),
]

PHOTO_HOUSE_SVG = """<svg viewBox="0 0 300 170" width="100%" height="100%" preserveAspectRatio="none" aria-hidden="true">
<rect width="300" height="170" fill="#9fb0bd"/><rect y="118" width="300" height="52" fill="#6f7a70"/>
<rect x="40" y="40" width="150" height="90" fill="#b9a58e"/><polygon points="30,44 115,8 200,44" fill="#5d4a3e"/>
<rect x="60" y="60" width="26" height="22" fill="#e8e4d0"/><rect x="144" y="60" width="26" height="22" fill="#e8e4d0"/>
<rect x="102" y="88" width="24" height="42" fill="#3e3a36"/><rect x="210" y="70" width="70" height="60" fill="#8b8f86"/>
<rect x="222" y="82" width="18" height="14" fill="#dcdccc"/><rect x="250" y="82" width="18" height="14" fill="#dcdccc"/></svg>"""

PHOTO_PERSON_SVG = """<svg viewBox="0 0 200 150" width="100%" height="100%" preserveAspectRatio="none" aria-hidden="true">
<rect width="200" height="150" fill="#c9c2b4"/><rect x="0" y="0" width="200" height="40" fill="#a9b7c6"/>
<circle cx="100" cy="58" r="26" fill="#8c6f5e"/><path d="M40 150 Q100 70 160 150 Z" fill="#2f3b52"/>
<rect x="150" y="20" width="38" height="100" fill="#ddd6c6"/></svg>"""

PHOTO_COURT_SVG = """<svg viewBox="0 0 200 150" width="100%" height="100%" preserveAspectRatio="none" aria-hidden="true">
<rect width="200" height="150" fill="#b4bcc2"/><rect x="20" y="50" width="160" height="90" fill="#d8d0bd"/>
<polygon points="10,52 100,14 190,52" fill="#a39882"/><rect x="40" y="62" width="12" height="70" fill="#f1ecdf"/>
<rect x="72" y="62" width="12" height="70" fill="#f1ecdf"/><rect x="116" y="62" width="12" height="70" fill="#f1ecdf"/>
<rect x="148" y="62" width="12" height="70" fill="#f1ecdf"/></svg>"""


def _left_nav_html():
    out = []
    for label, current in LEFT_NAV:
        if label == "-":
            out.append('<li class="sep"></li>')
        elif current:
            out.append('<li class="cur"><a href="#">%s</a></li>' % label)
        else:
            out.append('<li><a href="#">%s</a></li>' % label)
    return "\n".join(out)


ARTICLE_BODY = """
<p class="standfirst">A second serious case review into the death of Brackenfold toddler Lewis Harker
has found that professionals missed at least 11 chances to save him, overturning the central
finding of the first review.</p>

<div class="photo photo-wide">
  <div class="pic">""" + PHOTO_HOUSE_SVG + """</div>
  <p class="caption">Lewis had been the subject of a child protection plan for almost six months
  when he died at the flat in Tanyard Court</p>
</div>

<p>Lewis, who was 19 months old, died at his mother's flat in Tanyard Court, Brackenfold, on
3 September 2008. A post-mortem examination found he had a fractured spine and eight broken ribs,
some of them several weeks old.</p>

<p>The new review, published in full on Friday, found that he had been seen by staff from seven
agencies on 61 occasions in the 14 months before his death.</p>

<p>Its author concluded that his death "could and should have been prevented". The first review,
whose executive summary was published in November 2009, said it "could not have been predicted".</p>

<p>That first report was rated inadequate by the Children's Services Inspectorate (CSI) in January
2010, and the Children's Minister, Tobias Wrenfield, ordered the Brackenfold Local Safeguarding
Children Board (LSCB) to start again under an independent chair.</p>

<h3 class="crosshead">'Not a summary'</h3>

<p>Mr Wrenfield also announced that the overview reports of all serious case reviews in England
would be published in full from 1 June 2010, with the names of children and professionals removed.
Until now only a short executive summary has normally been made public.</p>

<p>"Lewis's family, the people of Brackenfold and every professional who works with children
deserve to know exactly what went wrong, not a summary of it," he said.</p>

<p>"For too long executive summaries have been used to draw a veil over failings. That ends
today."</p>

<div class="factbox">
  <h4>THE REVIEW'S KEY FINDINGS</h4>
  <ul>
    <li>A skeletal survey requested at St Aldric's Hospital on 22 July 2008 was never carried out</li>
    <li>No social worker ever interviewed Craig Mellis, who moved into the flat in February 2008</li>
    <li>The GP and the police did not attend the child protection conference of 11 March 2008</li>
    <li>The core group of professionals met only twice in six months, instead of monthly</li>
    <li>The health visitor's last home visit was on 2 June 2008, three months before Lewis died</li>
    <li>Health and social care records were held on two separate computer systems that could not
    share information</li>
  </ul>
</div>

<p>The Brackenfold overview report runs to 142 pages and makes 31 recommendations, compared with
18 in the first review. It was completed in 13 weeks and cost &pound;94,000.</p>

<h3 class="crosshead">Missed chances</h3>

<p>The review identifies the most serious missed opportunity as 22 July 2008, when Lewis was taken
to the accident and emergency department at St Aldric's Hospital with a bruised ear and a swollen
left hand.</p>

<p>A paediatric registrar recorded that the injuries were "suspicious" and asked for a skeletal
survey, but it was never done. Lewis was discharged at 21:15 the same evening after a duty social
worker accepted his mother's account that he had fallen from a sofa.</p>

<p>Five weeks later, on 26 August 2008, he was taken to a locum GP with a high temperature. The
doctor described him as "miserable and clingy" but did not undress him. He was prescribed
paracetamol and sent home.</p>

<p>Northvale Police had been called to the flat twice that year, on 4 April and 9 May 2008, after
neighbours reported shouting and a child screaming. On neither occasion did officers see Lewis, or
tell children's social care that a man with a conviction for assault was living there.</p>

<p>The review found that Lewis's social worker, who had qualified less than a year earlier, was
carrying 28 cases at the time, against the council's own limit of 15. Lewis had three different
social workers in 14 months, and the post of team manager was vacant for seven months.</p>

<div class="photo photo-right">
  <div class="pic">""" + PHOTO_PERSON_SVG + """</div>
  <p class="caption">Anita Crossland took over as director of children's services in
  January 2010</p>
</div>

<h3 class="crosshead">'I am sorry'</h3>

<p>Lewis's mother, Dawn Harker, 26, and her partner, Craig Mellis, 31, were convicted at Lowbridge
Crown Court in June 2009. Mellis was jailed for life for Lewis's murder and told he must serve at
least 17 years. Harker was sentenced to seven years for causing or allowing the death of a
child.</p>

<p>Brackenfold Council dismissed its director of children's services, Graham Tellwright, in
December 2009, a few weeks after the first review was published. He has lodged a claim for unfair
dismissal.</p>

<p>His successor, Anita Crossland, apologised to Lewis's family.</p>

<p>"I am sorry. The council failed Lewis, and no review, however long, changes that," she said.
"We have recruited 34 permanent social workers since January and average caseloads are now 13.
But I am not going to stand here and tell you it could never happen again."</p>

<p>Peter Saltash, who became independent chair of the LSCB in March 2010, said the first review had
looked "at what each agency did, not at what Lewis lived through".</p>

<p>"This report does the opposite. It is uncomfortable reading, and it should be," he said.</p>

<p>The second review was chaired by Margaret Oyelaran, a former director of social services in
Westmarch, who said the agencies had "talked about Lewis a great deal and talked to him hardly at
all".</p>

<p>Ms Oyelaran's panel interviewed 43 front-line staff and managers and read more than 3,000 pages
of case records; the chronology of agency contacts alone runs to 38 pages. Her report says it found "no single catastrophic error, but a long chain of small
decisions, each of which made the next one easier". It singles out for praise the paediatric
registrar at St Aldric's Hospital and a worker at the Little Acorns nursery who twice reported
bruises on Lewis's face, in March and June 2008, but says both were "overruled by people who had
never met him".</p>

<div class="timeline">
  <h4>TIMELINE: THE LEWIS HARKER CASE</h4>
  <table>
    <tr><th>27 Jan 2007</th><td>Lewis born</td></tr>
    <tr><th>11 Mar 2008</th><td>Made the subject of a child protection plan</td></tr>
    <tr><th>22 Jul 2008</th><td>Taken to A&amp;E at St Aldric's Hospital; sent home the same night</td></tr>
    <tr><th>3 Sep 2008</th><td>Ambulance called to Tanyard Court at 07:52; Lewis pronounced dead at
      Brackenfold General Hospital at 08:41</td></tr>
    <tr><th>19 Jun 2009</th><td>Craig Mellis and Dawn Harker convicted</td></tr>
    <tr><th>24 Jul 2009</th><td>Mellis jailed for life; Harker for seven years</td></tr>
    <tr><th>12 Nov 2009</th><td>Executive summary of first review published</td></tr>
    <tr><th>21 Jan 2010</th><td>CSI rates the first review inadequate</td></tr>
    <tr><th>4 Feb 2010</th><td>Minister orders a new review</td></tr>
    <tr><th>14 May 2010</th><td>Second review published in full</td></tr>
  </table>
</div>

<h3 class="crosshead">'Scapegoats'</h3>

<p>Social workers' leaders warned that full publication must not become a way of blaming
individual staff.</p>

<p>Denise Farrow, national officer of the Union of Social Care Workers, said: "Our members want
lessons learned as much as anyone. What they do not want is to read their own case notes on the
front pages with their job title in brackets."</p>

<p>Martin Oduya, chief executive of the children's charity Childsafe Trust, welcomed the minister's
decision. "Publishing in full is a test of whether the system is serious about learning. Today
Brackenfold has passed it, a year and a half late," he said.</p>

<div class="photo photo-right">
  <div class="pic">""" + PHOTO_COURT_SVG + """</div>
  <p class="caption">Mellis and Harker were sentenced at Lowbridge Crown Court by Mr Justice
  Pelham</p>
</div>

<p>The MP for Brackenfold North, Derek Ansty, repeated his call for a public inquiry into the
borough's children's services, which CSI rated inadequate after an unannounced inspection in
February 2010.</p>

<p>Lewis's grandmother, Irene Harker, said outside the civic centre that the family had "waited
20 months to be told the truth".</p>

<p>CSI is expected to inspect Brackenfold's children's services again in the autumn.</p>

<div class="analysis">
  <h4>ANALYSIS</h4>
  <p class="who"><b>Mark Edevane</b>, social affairs correspondent</p>
  <p>The decision to publish overview reports in full is the biggest change to the way serious
  case reviews work since local safeguarding children boards took them over in 2006.</p>
  <p>Officials say about 190 reviews are started in England each year. Until now most of them have
  been seen in full only by the boards, the inspectorate and the minister's department.</p>
  <p>The Brackenfold report shows what full publication means: a chronology of every contact,
  the names of agencies, and the reasoning of the people who made decisions, with their names
  replaced by job titles.</p>
</div>
"""

COMMENTS = [
    ("Full publication is long overdue. I have been a health visitor for 22 years and the learning "
     "in most executive summaries could fit on a postcard.", "Lorna, Kettlesby", 147),
    ("Eleven missed chances. Eleven. And the first review said nobody could have predicted it? "
     "Whoever signed that off should be answering questions too.", "Dave M, Brackenfold", 389),
    ("As a social worker I dread this. The papers will pick out one decision made at 9pm on a "
     "Tuesday with 30 cases on the go, and ignore the other 29.", "Anonymous social worker, Northvale", 256),
    ("Why did it take a second review, a minister and 20 months? The family should have had a "
     "public inquiry from the start.", "Tom Reddaway, Calder Vale", 98),
    ("Publishing in full is fine, but who is going to read 142 pages? Most councils will carry on "
     "exactly as before.", "Priya, Ashbridge", 61),
    ("My thoughts are with his grandmother. Nothing in any report brings that little boy back.",
     "Jen, Lowbridge", 203),
]

RELATED = [
    ("Minister orders second Lewis review", "04 Feb 10", "England"),
    ("Review of Lewis case 'inadequate'", "21 Jan 10", "England"),
    ("Brackenfold children's chief sacked", "08 Dec 09", "England"),
    ("Lewis death 'could not have been predicted'", "12 Nov 09", "England"),
    ("Toddler's mother and partner jailed", "24 Jul 09", "England"),
    ("Q&amp;A: Serious case reviews", "12 Nov 09", "UK Politics"),
]

TOP_STORIES = [
    "Flood defences approved for Calder Vale",
    "Lowbridge tram extension delayed again",
    "Hospital parking charges to rise",
    "Moor fire crews called to 40 blazes",
]

MOST_POPULAR = [
    "Lewis death 'could and should have been prevented'",
    "Coalition sets out first Budget date",
    "Volcanic ash closes Northern Irish airports",
    "Ferry strike threat over pensions",
    "Man rescued from quarry after 20 hours",
]

INTERNET_LINKS = [
    "Brackenfold Local Safeguarding Children Board",
    "Children's Services Inspectorate",
    "Department for Children's Services",
    "Brackenfold Council",
]


def _comments_html():
    out = []
    for i, (text, who, rec) in enumerate(COMMENTS, 1):
        out.append('<div class="comment"><p class="ctext">%s</p>'
                   '<p class="cby">%s</p>'
                   '<p class="crec">Recommended by %d people &nbsp;|&nbsp; Complain about this '
                   'comment</p></div>' % (text, who, rec))
    return "\n".join(out)


def _sidebar_html():
    rel = "\n".join('<li><a href="#">%s</a><span class="rdate">%s &nbsp;|&nbsp; %s</span></li>'
                    % (t, d, s) for t, d, s in RELATED)
    top = "\n".join('<li><a href="#">%s</a></li>' % t for t in TOP_STORIES)
    pop = "\n".join('<li><span class="num">%d</span><a href="#">%s</a></li>' % (i, t)
                    for i, t in enumerate(MOST_POPULAR, 1))
    links = "\n".join('<li><a href="#">%s</a></li>' % t for t in INTERNET_LINKS)
    return """
<div class="sbox">
  <h5>RELATED ABN LINKS</h5>
  <ul class="related">%s</ul>
</div>
<div class="sbox">
  <h5>RELATED INTERNET LINKS</h5>
  <ul class="links">%s</ul>
  <p class="disclaim">The ABN is not responsible for the content of external internet sites</p>
</div>
<div class="sbox">
  <h5>TOP ENGLAND STORIES</h5>
  <ul class="links">%s</ul>
</div>
<div class="sbox">
  <h5>MOST POPULAR STORIES NOW</h5>
  <p class="tabs"><b>SHARED</b> | READ | WATCHED/LISTENED</p>
  <ol class="pop">%s</ol>
</div>
""" % (rel, links, top, pop)


def article_html(css):
    return """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>%(title)s</title>
<style>%(css)s</style></head>
<body>
<div class="fict">FICTIONAL &mdash; invented news page for a practice corpus. The broadcaster, borough, people and events do not exist.</div>
<div id="masthead">
  <div class="brand"><span class="blk">A</span><span class="blk">B</span><span class="blk">N</span>
  <span class="home">Homepage</span></div>
  <div class="toplinks">Mobile &nbsp;|&nbsp; Accessibility help &nbsp;|&nbsp; Low graphics version &nbsp;|&nbsp; Feedback &nbsp;|&nbsp; Help</div>
  <div class="search">Search <span class="sbox-in"></span> <span class="go">Go</span></div>
</div>
<div id="banner"><span class="newsname">ABN NEWS</span><span class="channel">CHANNEL</span>
  <span class="edition">UK version &nbsp; International version &nbsp; | &nbsp; About the versions</span></div>
<div id="wrap">
<div id="leftnav"><ul>%(leftnav)s</ul>
  <p class="lang">Languages</p>
  <p class="lang small">Urdu &nbsp; Welsh &nbsp; Gaelic &nbsp; Polish</p>
</div>
<div id="content">
  <div id="storyhead">
    <p class="updated">Page last updated at 11:32 GMT, Friday, 14 May 2010 12:32 UK</p>
    <p class="tools">E-mail this to a friend &nbsp;&nbsp; Printable version</p>
  </div>
  <div id="story">
    <h1>Lewis death 'could and should have been prevented'</h1>
    <p class="byline"><b>By Clare Hennessey</b><br>ABN News, Brackenfold</p>
    %(body)s
    <div class="share"><b>Bookmark with:</b> Delicious &nbsp; Digg &nbsp; reddit &nbsp; Facebook &nbsp; StumbleUpon
      &nbsp;&nbsp; <a href="#">What are these?</a></div>
    <div id="hys">
      <h4>HAVE YOUR SAY</h4>
      <p class="hysq">Should all serious case reviews be published in full?</p>
      <p class="hysmeta">This debate is now closed. Showing 6 of 412 comments. &nbsp;Sort by: Editors' picks | <b>Readers' recommendations</b></p>
      %(comments)s
      <p class="hysmeta">Read all 412 comments</p>
    </div>
  </div>
  <div id="sidebar">%(sidebar)s</div>
</div>
</div>
<div id="footer">
  <p class="flinks">News Front Page &nbsp;|&nbsp; Africa &nbsp;|&nbsp; Americas &nbsp;|&nbsp; Asia-Pacific &nbsp;|&nbsp; Europe &nbsp;|&nbsp;
  Middle East &nbsp;|&nbsp; South Asia &nbsp;|&nbsp; UK &nbsp;|&nbsp; Business &nbsp;|&nbsp; Health &nbsp;|&nbsp; Science &amp; Environment &nbsp;|&nbsp;
  Technology &nbsp;|&nbsp; Entertainment &nbsp;|&nbsp; Also in the news &nbsp;|&nbsp; Video and Audio &nbsp;|&nbsp; Programmes</p>
  <p class="flinks">Help &nbsp;|&nbsp; Privacy and cookies policy &nbsp;|&nbsp; News sources &nbsp;|&nbsp; About the ABN &nbsp;|&nbsp; Contact us</p>
  <p class="copy">ABN &copy; MMX &nbsp; The ABN is not responsible for the content of external sites. Read more.
  &nbsp; FICTIONAL: the Albion Broadcasting Network is invented.</p>
</div>
</body></html>
""" % {"title": PAGE_TITLE.replace("'", "&#39;"), "css": css, "leftnav": _left_nav_html(),
       "body": ARTICLE_BODY, "comments": _comments_html(), "sidebar": _sidebar_html()}


# --------------------------------------------------------------------------
# The press release (ReportLab)
# --------------------------------------------------------------------------

PRESS_BOARD = "BRACKENFOLD LOCAL SAFEGUARDING CHILDREN BOARD"
PRESS_ADDRESS = ["Civic Centre, Moorgate Street, Brackenfold BF1 2RT",
                 "Telephone 01632 960 412  \u00b7  www.brackenfoldlscb.org.uk"]
PRESS_REF = "Our ref: BLSCB/PR/2010/014"
PRESS_DATE = "Date: 14 May 2010"
PRESS_EMBARGO = "EMBARGOED UNTIL 00:01 HRS, FRIDAY 14 MAY 2010"
PRESS_TITLE = "Board publishes second serious case review into the death of Lewis Harker"

# (number, text) - numbered paragraphs, continuous through the notes to editors
PRESS_PARAS = [
    (1, "Brackenfold Local Safeguarding Children Board (the Board) today publishes the full overview "
        "report and the executive summary of its second serious case review into the death of Lewis "
        "Harker, who died on 3 September 2008 aged 19 months."),
    (2, "The review was commissioned by the Board on 4 February 2010, following a direction from the "
        "Children's Minister after the Children's Services Inspectorate evaluated the Board's first "
        "review as inadequate on 21 January 2010. The executive summary of the first review was "
        "published on 13 November 2009."),
    (3, "The review was led by an independent chair, Margaret Oyelaran, and the overview report was "
        "written by an independent author, Dr Colin Brereton, a senior lecturer in social work at "
        "Harrowmere University. Neither has any connection with services in Brackenfold."),
    (4, "The review panel examined the involvement of agencies with Lewis and his family between "
        "1 March 2007 and 3 September 2008. Individual management reviews were received from nine "
        "agencies, and the panel met on 11 occasions."),
    (5, "The review finds that Lewis was seen by professionals on 61 occasions and that his death "
        "could and should have been prevented. It identifies 11 points at which different action by "
        "professionals would probably have led to him being protected."),
    (6, "The overview report makes 33 recommendations. Twelve are addressed to the Board itself, "
        "nine to the children's services of Brackenfold Council, and the remainder to the health "
        "agencies, Northvale Police and the Crown Prosecution Service."),
    (7, "The total cost of the review, including the fees of the independent chair and the "
        "independent author, was \u00a391,500."),
    (8, "Peter Saltash, Independent Chair of the Board, said: \u201cThe Board accepts every finding "
        "and every recommendation of this review without reservation. On behalf of all the member "
        "agencies I apologise to Lewis\u2019s family. We did not see Lewis as a child whose daily "
        "life we needed to understand, and that must never happen again.\u201d"),
    (9, "Anita Crossland, Director of Children\u2019s Services, said: \u201cSince January we have "
        "appointed 34 permanent social workers, and no social worker in Brackenfold now holds more "
        "than 18 cases. Every child on a child protection plan is now seen alone at least once a "
        "fortnight.\u201d"),
    (10, "An action plan responding to every recommendation has been agreed by all partner agencies. "
         "It will be monitored by the Board\u2019s Serious Case Review Sub-Group, which will report "
         "publicly on progress every six months."),
    (11, "Since the first review, the Board and its member agencies have opened a multi-agency referral "
         "hub, staffed by social workers, police officers and health visitors, which began work on "
         "6 April 2010; introduced a shared electronic record for health visitors, GPs and social "
         "workers; and trained 640 staff in recognising injuries in babies and toddlers."),
    (12, "The Board decided at its meeting on 22 April 2010 to publish this overview report in full, "
         "before the Minister announced that the overview reports of all serious case reviews will "
         "be published from 1 June 2010. The Board welcomes that announcement, and has written to "
         "Lewis\u2019s family to explain what the report contains."),
    (13, "The Board has sent the overview report to the Children\u2019s Services Inspectorate, which "
         "will evaluate it in the usual way."),
    (14, "Copies of the overview report (142 pages) and the executive summary (14 pages) are "
         "available at www.brackenfoldlscb.org.uk and from the Civic Centre reception."),
]

PRESS_NOTES = [
    (15, "Brackenfold Local Safeguarding Children Board is the statutory body that coordinates the "
         "work of agencies to safeguard and promote the welfare of children in the borough. It has "
         "22 member organisations."),
    (16, "A serious case review is carried out when a child dies or is seriously harmed and abuse or "
         "neglect is known or suspected to be a factor. Its purpose is to learn lessons about the "
         "way agencies work together. It does not decide who is to blame for a child\u2019s death, "
         "which is a matter for the criminal courts."),
    (17, "Peter Saltash was appointed Independent Chair of the Board in March 2010. He was previously "
         "chief executive of Harrowmere Primary Care Trust."),
    (18, "Lewis\u2019s family have asked that their privacy be respected. The Board will make no "
         "further comment about individual members of the family."),
    (19, "Media enquiries: Ruth Penhale, Communications Manager, on 01632 960 418. Out of hours: "
         "07700 900 612."),
]

PRESS_FOOTER = "FICTIONAL \u2014 practice document, not a real press release"
