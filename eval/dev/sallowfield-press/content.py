# -*- coding: utf-8 -*-
"""FICTIONAL web pages about the two (invented) Sallowfield serious case reviews.

Every person, place, organisation, web address and event below is invented for an
evaluation corpus.  build.py writes each page to html/ and prints it to PDF with
headless Chromium.

Each entry of DOCS: file stem -> dict(title, html, header) where `header` is either
None (printed with --no-pdf-header-footer) or the fixed "print date" shown in the
browser's default-style header.
"""

COMMON_CSS = r"""
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
a { color: inherit; text-decoration: none; }
.ph { background: #c9c9c9; border: 1px solid #b0b0b0; display: flex; align-items: center;
      justify-content: center; color: #8a8a8a; font: 9pt 'Liberation Sans', sans-serif; }
.wm { position: fixed; top: 38%; left: 6%; font: bold 84pt 'Liberation Sans', sans-serif;
      color: rgba(190, 20, 20, 0.07); transform: rotate(-32deg); z-index: -1; }
.fictional-strip { background: #7a0d0d; color: #fff; font: bold 8pt 'Liberation Sans', sans-serif;
      padding: 3px 8px; text-align: center; }
"""

# --------------------------------------------------------------------------------------
# 1. National newspaper article (printed WITH the browser header and footer)
# --------------------------------------------------------------------------------------

LEDGER_CSS = r"""
@page { size: A4; margin: 13mm 11mm 13mm 11mm; }
body { font: 10.2pt/1.42 'Liberation Serif', 'DejaVu Serif', serif; color: #1b1b1b; }
.cookie { background: #222; color: #eee; font: 8.3pt/1.35 'Liberation Sans', sans-serif; padding: 7px 10px;
          display: flex; gap: 12px; align-items: center; }
.cookie .btn { border: 1px solid #eee; padding: 2px 8px; white-space: nowrap; font-weight: bold; }
.cookie .btn.primary { background: #f2c230; color: #111; border-color: #f2c230; }
.topline { font: 8pt 'Liberation Sans', sans-serif; color: #555; display: flex; justify-content: space-between;
           padding: 6px 2px 2px; border-bottom: 1px solid #ddd; }
.masthead { text-align: center; padding: 8px 0 4px; }
.masthead .name { font: bold 34pt/1 'Liberation Serif', serif; color: #0b2545; letter-spacing: 0.5px; }
.masthead .tag { font: italic 9pt 'Liberation Serif', serif; color: #555; margin-top: 2px; }
nav.sections { background: #0b2545; color: #fff; font: bold 8.6pt 'Liberation Sans', sans-serif; display: flex;
               flex-wrap: wrap; gap: 0; margin-top: 6px; }
nav.sections span { padding: 5px 9px; border-right: 1px solid #24446e; }
nav.sections span.on { background: #c0392b; }
nav.sub { font: 8.3pt 'Liberation Sans', sans-serif; color: #0b2545; padding: 5px 2px; border-bottom: 2px solid #0b2545; }
nav.sub b { color: #c0392b; }
.layout { display: grid; grid-template-columns: 1fr 47mm; gap: 7mm; margin-top: 8px; }
.kicker { font: bold 9pt 'Liberation Sans', sans-serif; color: #c0392b; text-transform: uppercase; }
h1 { font: bold 21pt/1.13 'Liberation Serif', serif; margin: 3px 0 6px; color: #111; }
.standfirst { font: 12pt/1.35 'Liberation Serif', serif; color: #333; margin: 0 0 8px; }
.byline { font: 8.6pt/1.4 'Liberation Sans', sans-serif; color: #444; border-top: 1px solid #ccc;
          border-bottom: 1px solid #ccc; padding: 5px 0; margin-bottom: 8px; display: flex; justify-content: space-between; }
.byline .who { font-weight: bold; color: #0b2545; }
.byline .comments { color: #c0392b; font-weight: bold; white-space: nowrap; }
figure { margin: 0 0 10px; }
figure .ph { height: 62mm; }
figcaption { font: 8.2pt/1.35 'Liberation Sans', sans-serif; color: #555; padding-top: 3px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
.body p { margin: 0 0 7px; text-align: left; }
.body p.first::first-letter { font-size: 1em; }
.factbox { background: #eef3f8; border-left: 4px solid #0b2545; padding: 7px 10px 5px; margin: 9px 0 10px;
           font: 9pt/1.4 'Liberation Sans', sans-serif; break-inside: avoid; }
.factbox h3 { margin: 0 0 4px; font: bold 10.5pt 'Liberation Sans', sans-serif; color: #0b2545; }
.factbox ul { margin: 0; padding-left: 16px; }
.factbox li { margin-bottom: 3px; }
table.compare { border-collapse: collapse; width: 100%; font: 8.8pt/1.3 'Liberation Sans', sans-serif; margin: 6px 0 10px; break-inside: avoid; }
table.compare caption { text-align: left; font: bold 10pt 'Liberation Sans', sans-serif; color: #0b2545; padding-bottom: 4px; }
table.compare th, table.compare td { border: 1px solid #c7d1dc; padding: 4px 6px; text-align: left; vertical-align: top; }
table.compare thead th { background: #0b2545; color: #fff; }
table.compare tbody th { background: #eef3f8; width: 34%; }
.source { font: italic 7.8pt 'Liberation Sans', sans-serif; color: #666; margin-top: -6px; margin-bottom: 10px; }
aside.related { font: 8.6pt/1.35 'Liberation Sans', sans-serif; border-top: 3px solid #c0392b; padding-top: 5px; }
aside.related h4 { margin: 0 0 6px; font: bold 10pt 'Liberation Sans', sans-serif; color: #c0392b; }
aside.related .item { border-bottom: 1px solid #ddd; padding: 0 0 7px; margin-bottom: 7px; }
aside.related .item .ph { height: 22mm; margin-bottom: 4px; }
aside.related .item b { display: block; color: #0b2545; }
aside.related .item .d { color: #777; font-size: 7.8pt; }
aside.related .mostread { margin-top: 10px; border-top: 3px solid #0b2545; padding-top: 5px; }
aside.related .mostread ol { padding-left: 16px; margin: 0; }
aside.related .mostread li { margin-bottom: 5px; }
.tools { font: 8.4pt 'Liberation Sans', sans-serif; color: #444; border-top: 1px solid #ccc; padding-top: 6px; margin-top: 8px; }
.commentsbar { font: bold 9pt 'Liberation Sans', sans-serif; background: #f4f4f4; padding: 6px 8px; margin-top: 8px; color: #0b2545; }
footer.site { margin-top: 12px; background: #0b2545; color: #dfe6ee; font: 8.2pt/1.6 'Liberation Sans', sans-serif; padding: 8px 10px; }
footer.site .links span { margin-right: 12px; white-space: nowrap; }
footer.site .small { color: #aab7c6; margin-top: 4px; }
"""

LEDGER_HTML = r"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>FICTIONAL | Rowan T: both Sallowfield reviews published in full | Society | The National Ledger</title>
<style>__COMMON__ __CSS__</style></head>
<body>
<div class="wm">FICTIONAL</div>
<div class="cookie"><div>We use cookies to give you the best experience on nationalledger.example. Some are essential to
make the site work; others help us understand how you use it and show you relevant advertising. By clicking
&ldquo;Accept all&rdquo; you agree to our use of cookies. You can change your settings at any time.</div>
<span class="btn primary">Accept all</span><span class="btn">Manage settings</span></div>
<div class="fictional-strip">FICTIONAL &mdash; invented news page for a practice corpus. No real person, place or case is described.</div>
<div class="topline"><span>Tuesday 14 June 2011</span><span>UK edition &middot; Sign in &middot; Subscribe</span></div>
<div class="masthead"><div class="name">The National Ledger</div><div class="tag">Independent journalism since 1881</div></div>
<nav class="sections"><span>Home</span><span>UK</span><span>World</span><span>Politics</span><span class="on">Society</span><span>Education</span><span>Business</span><span>Comment</span><span>Sport</span><span>Culture</span><span>Travel</span></nav>
<nav class="sub">Society &rsaquo; Child protection &rsaquo; <b>Sallowfield</b></nav>

<div class="layout">
<main>
<div class="kicker">Child protection</div>
<h1>Sallowfield publishes both Rowan T reviews in full as second report says his death could have been prevented</h1>
<p class="standfirst">Second serious case review condemns a &ldquo;culture of optimism&rdquo; among social workers, police and health
staff &mdash; and the board now admits its first inquiry was not fit for purpose</p>
<div class="byline"><div><span class="who">Hannah Corbett</span>, social affairs correspondent<br>
Published 14 June 2011 &middot; Updated 16:05 BST</div><div class="comments">214 comments</div></div>

<figure><div class="ph">&#9635;</div>
<figcaption>Sallowfield Civic Centre, where the safeguarding board released the two overview reports on Tuesday morning.
Photograph: Martin Idris for the National Ledger</figcaption></figure>

<div class="body">
<p class="first">The two serious case reviews into the death of Rowan T, the toddler who died from a head injury after being
found unresponsive at his mother&rsquo;s flat in Sallowfield in September 2009, were published in full on Tuesday,
after the local safeguarding board reversed its earlier decision to release only executive summaries.</p>

<p>The second review, written by the independent author Dr Peter Stanway, concludes that Rowan&rsquo;s death &ldquo;could
and should have been prevented&rdquo; and that professionals from eleven agencies each held part of the picture but
failed to share it. It runs to 146 pages and makes 52 recommendations.</p>

<p>Rowan was 18 months old when he died in Sallowfield General Hospital on 22 September 2009. An ambulance had been
called to the flat in the Marsh Green area of the town at 6.47am the previous day. A postmortem examination found
23 separate injuries, including a fractured skull and three broken ribs.</p>

<p>He had been the subject of a child protection plan for neglect since December 2008 and was seen by social
workers, health visitors, doctors and police officers 28 times in the eight months before he died. He was taken
to the accident and emergency department of Sallowfield General twice in 2009 &mdash; in February with bruising
to his face and in July with a burn to his hand &mdash; and on both occasions the explanation offered by his
mother was accepted.</p>

<div class="factbox"><h3>Key findings of the second review</h3>
<ul>
<li>Rowan was seen by professionals 28 times in the eight months before his death</li>
<li>His two hospital attendances, in February and July 2009, were never linked by any agency</li>
<li>The strategy discussion of 31 July 2009 decided against a child protection medical</li>
<li>His social worker, SW2, was carrying 31 cases when she took over in June 2009</li>
<li>No agency knew that the mother&rsquo;s partner had a 2004 conviction for assault</li>
<li>The review cost &pound;97,000 and makes 52 recommendations</li>
</ul></div>

<p>&ldquo;Each agency held a piece of the picture, and no one put the pieces together,&rdquo; Dr Stanway writes.
&ldquo;The plan became a list of appointments rather than a plan to keep Rowan safe.&rdquo;</p>

<p>The report is particularly critical of a strategy discussion held on 31 July 2009, the day after Rowan was
treated for the burn. Police, social care and the hospital agreed by telephone that the injury was accidental
without arranging a child protection medical. An earlier strategy discussion, on 16 February 2009, had reached
the same conclusion about the facial bruising, and neither discussion looked at the other.</p>

<p>The first review, led by Graham Tulley, a former head of quality assurance at Sallowfield borough council,
was completed in January 2010. It was judged inadequate by the Children&rsquo;s Services Inspectorate, which said
it &ldquo;lacked independence and analytical rigour&rdquo; and had not interviewed a single frontline practitioner.
The board&rsquo;s then chair, Colin Barraclough, resigned eight days after the judgment was made public.</p>

<table class="compare"><caption>The two reviews compared</caption>
<thead><tr><th></th><th>First review</th><th>Second review</th></tr></thead>
<tbody>
<tr><th>Commissioned</th><td>October 2009</td><td>March 2010</td></tr>
<tr><th>Lead author</th><td>Graham Tulley</td><td>Dr Peter Stanway</td></tr>
<tr><th>Overview report</th><td>61 pages</td><td>146 pages</td></tr>
<tr><th>Frontline staff interviewed</th><td>None</td><td>34</td></tr>
<tr><th>Recommendations</th><td>19</td><td>52</td></tr>
<tr><th>Inspectorate judgment</th><td>Inadequate</td><td>Good</td></tr>
</tbody></table>
<div class="source">Source: Sallowfield Local Safeguarding Children Board; Children&rsquo;s Services Inspectorate</div>

<p>His successor, Professor Judith Ancell, commissioned the second review within a week of taking over and told
the Ledger that publishing both documents side by side was &ldquo;the only honest thing to do&rdquo;. &ldquo;People need
to see what went wrong with the first review as well as what went wrong for Rowan,&rdquo; she said.</p>

<p>Rowan&rsquo;s mother, who was 22 at the time, and her former partner, then 29, cannot be named for legal reasons to
protect Rowan&rsquo;s older half-sister. They were convicted at Harcastle Crown Court in April 2010. The partner was
jailed for nine years for manslaughter and the mother for four years for causing or allowing the death of a child.</p>

<p>The review found that Rowan&rsquo;s second social worker, identified only as SW2, inherited the case when his first
social worker left the council, and that her team was running with four vacancies. She last saw Rowan at home on
9 September 2009, 13 days before his death, when he was asleep in his cot, and did not know that the mother&rsquo;s
partner had moved into the flat in the spring.</p>

<p>A health visitor, HV1, called at the flat a week before he died and recorded that he was &ldquo;quiet and withdrawn&rdquo;,
but the note was filed and not passed to children&rsquo;s social care.</p>

<p>The decision to publish the reports follows a letter sent in June 2010 by the children&rsquo;s minister, Nicholas
Garland, to every safeguarding board chair in England asking for overview reports to be published in full. The
Sallowfield board had argued that full publication might identify Rowan&rsquo;s half-sister. It agreed at an
extraordinary meeting on 26 May 2011 to publish both reports with redactions.</p>

<p>Andrea Whitcombe, who became Sallowfield&rsquo;s director of children&rsquo;s services in August 2010, said all 52
recommendations had been accepted. Her predecessor, Keith Rudd, was dismissed in April 2010. &ldquo;We have a
permanent workforce again, and average caseloads are now 18,&rdquo; she said.</p>

<p>Hazel Brennan, chief executive of the children&rsquo;s charity Haven for Children, said: &ldquo;The second review is
a model of what these reports should be. The first was a whitewash, and it took a minister&rsquo;s letter and
eighteen months of pressure to get it into the open.&rdquo;</p>

<p>A spokesperson for Brackenshire police said the force accepted the findings about the July strategy discussion
and had changed its procedures so that any injury to a child on a protection plan now leads to a medical.</p>
</div>

<div class="tools">Share: Facebook &middot; Twitter &middot; Email &middot; Print &nbsp;|&nbsp; Topics: Child protection &middot; Social care &middot; Local government &middot; Sallowfield</div>
<div class="commentsbar">214 comments &mdash; Comments on this article are now closed</div>
</main>

<aside class="related">
<h4>Related stories</h4>
<div class="item"><div class="ph">&#9635;</div><b>Mother and partner jailed over death of Sallowfield toddler</b><span class="d">7 May 2010</span></div>
<div class="item"><b>Sallowfield safeguarding chair quits after review branded inadequate</b><span class="d">12 March 2010</span></div>
<div class="item"><b>Sallowfield children&rsquo;s services chief sacked</b><span class="d">22 April 2010</span></div>
<div class="item"><b>Minister tells boards: publish child death reviews in full</b><span class="d">11 June 2010</span></div>
<div class="item"><b>Analysis: why serious case reviews stay secret</b><span class="d">2 February 2010</span></div>
<div class="mostread"><h4>Most read in Society</h4>
<ol><li>Care home closures: the map</li><li>Why foster carers are quitting</li><li>Rowan T: both Sallowfield reviews published in full</li><li>Youth clubs lose a third of funding</li><li>Letters: the cost of social work vacancies</li></ol></div>
</aside>
</div>

<footer class="site">
<div class="links"><span>About us</span><span>Contact us</span><span>Complaints &amp; corrections</span><span>Terms and conditions</span><span>Privacy policy</span><span>Cookie policy</span><span>Advertise with us</span><span>Jobs</span><span>Archive</span></div>
<div class="small">&copy; 2011 Ledger Media Group Ltd (FICTIONAL). Registered in England. The National Ledger is an invented title used in a practice corpus.</div>
</footer>
</body></html>
"""

# --------------------------------------------------------------------------------------
# 2. Broadcaster live page (printed WITHOUT the browser header and footer)
# --------------------------------------------------------------------------------------

LIVE_CSS = r"""
@page { size: A4; margin: 12mm 11mm 16mm 11mm;
  @bottom-left { content: "FICTIONAL \2014  BTN News live page, printed for a practice corpus"; font: 7.5pt 'Liberation Sans', sans-serif; color: #7a0d0d; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt 'Liberation Sans', sans-serif; color: #555; } }
body { font: 9.8pt/1.45 'Liberation Sans', 'DejaVu Sans', sans-serif; color: #1d1d1d; }
.bar { background: #111; color: #fff; display: flex; align-items: center; padding: 6px 10px; gap: 14px; }
.bar .logo { font: bold 17pt 'Liberation Sans', sans-serif; background: #b3001b; padding: 1px 7px; letter-spacing: 1px; }
.bar .nav span { margin-right: 11px; font-size: 9pt; }
.bar .nav span.on { border-bottom: 3px solid #b3001b; font-weight: bold; }
.crumb { font-size: 8.3pt; color: #666; padding: 6px 0 0; }
.livebadge { display: inline-block; background: #b3001b; color: #fff; font-weight: bold; font-size: 8.5pt; padding: 1px 6px; margin-right: 6px; }
h1 { font: bold 19pt/1.18 'Liberation Sans', sans-serif; margin: 4px 0 4px; }
.reporters { font-size: 8.6pt; color: #444; margin-bottom: 8px; }
.layout { display: grid; grid-template-columns: 1fr 52mm; gap: 7mm; }
.summary { background: #f3f3f3; border-top: 3px solid #b3001b; padding: 6px 10px 4px; margin-bottom: 10px; break-inside: avoid; }
.summary h3 { margin: 0 0 3px; font-size: 10.5pt; }
.summary ul { margin: 0; padding-left: 16px; }
.summary li { margin-bottom: 2px; }
.post { display: grid; grid-template-columns: 14mm 1fr; gap: 4mm; border-top: 1px solid #ddd; padding: 7px 0 5px; }
.post .t { font: bold 11pt 'Liberation Sans', sans-serif; color: #b3001b; }
.post h2 { font-size: 10.8pt; margin: 0 0 3px; }
.post p { margin: 0 0 5px; }
.post blockquote { margin: 4px 0 6px; padding: 2px 0 2px 9px; border-left: 3px solid #b3001b; font-style: italic; }
.post .who { font-size: 8.4pt; color: #555; }
.post .ph { height: 34mm; margin: 4px 0 2px; }
.post .cap { font-size: 8pt; color: #666; margin-bottom: 4px; }
aside { font-size: 8.6pt; line-height: 1.38; }
aside .box { border: 1px solid #ccc; border-top: 4px solid #111; padding: 6px 8px; margin-bottom: 10px; break-inside: avoid; }
aside .box h3 { font-size: 10pt; margin: 0 0 4px; }
aside dl { margin: 0; }
aside dt { font-weight: bold; color: #b3001b; margin-top: 4px; }
aside dd { margin: 0; }
aside .box p { margin: 0 0 4px; }
.end { border-top: 2px solid #111; margin-top: 10px; padding-top: 6px; font-size: 8.2pt; color: #555; }
"""

LIVE_HTML = r"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>FICTIONAL - Live: Sallowfield child death reviews published - BTN News</title>
<style>__COMMON__ __CSS__</style></head>
<body>
<div class="wm">FICTIONAL</div>
<div class="bar"><span class="logo">BTN</span><span class="nav"><span>Home</span><span class="on">News</span><span>Sport</span><span>Weather</span><span>iPlayer</span><span>Local</span><span>Radio</span></span></div>
<div class="fictional-strip">FICTIONAL &mdash; an invented broadcaster&rsquo;s live page. Every name, place and quotation is made up.</div>
<div class="crumb">News &rsaquo; England &rsaquo; Brackenshire &rsaquo; Live</div>
<h1><span class="livebadge">LIVE</span>Sallowfield: both Rowan T reviews published in full</h1>
<div class="reporters">Live reporting by Owen Pritchard and Leah Moss &middot; Tuesday 14 June 2011</div>

<div class="layout">
<main>
<div class="summary"><h3>Summary</h3>
<ul>
<li>Both serious case reviews into the death of 18-month-old Rowan T have been published in full</li>
<li>The second review says his death &ldquo;could and should have been prevented&rdquo;</li>
<li>Board chair Professor Judith Ancell apologises &ldquo;without reservation&rdquo; to Rowan&rsquo;s family</li>
<li>Minister says Sallowfield is the first board to publish a review it has itself rejected</li>
<li>The second review cost nearly &pound;100,000</li>
</ul></div>

<div class="post"><div class="t">17:20</div><div>
<h2>That&rsquo;s all from us</h2>
<p>We are ending our live coverage for today. Both overview reports, the executive summaries and the board&rsquo;s
action plan can be read on the Sallowfield safeguarding board&rsquo;s website. Our evening bulletin at 18:30 will
carry a full report from Sallowfield.</p>
<p class="who">Posted by Leah Moss</p></div></div>

<div class="post"><div class="t">16:48</div><div>
<h2>Police &ldquo;accept every finding&rdquo;</h2>
<p>Brackenshire Police say they accept every finding that concerns the force. Detective Superintendent Alan Rooke,
head of the public protection unit, said:</p>
<blockquote>&ldquo;The officer at the strategy discussion on 31 July 2009 should have insisted on a child protection medical.
Since January 2011 any injury to a child on a protection plan triggers a medical, without exception.&rdquo;</blockquote>
<p>The report identifies that officer as PC3. The officer at the first strategy discussion, in February 2009, is
identified as PC2.</p></div></div>

<div class="post"><div class="t">15:55</div><div>
<h2>Minister: &ldquo;a turning point for openness&rdquo;</h2>
<p>The children&rsquo;s minister, Nicholas Garland, has issued a statement welcoming publication. He wrote to every
board chair a year ago asking for overview reports to be published in full.</p>
<blockquote>&ldquo;Sallowfield is the first board to publish in full a review that it has itself rejected. That takes
courage, and it will help every other board learn from what went wrong.&rdquo;</blockquote></div></div>

<div class="post"><div class="t">15:02</div><div>
<h2>Hospital trust: referral &ldquo;sat unread&rdquo;</h2>
<p>Dr Fiona Ward, medical director of Sallowfield Hospitals NHS Trust, has apologised for the handling of
Rowan&rsquo;s second visit to A&amp;E. The review found that the registrar who treated his burn, identified as ED2,
faxed a referral to children&rsquo;s social care at 23:10 on 30 July 2009, but it was not read until the following
afternoon. The trust now sends referrals through a secure email system that is monitored overnight.</p></div></div>

<div class="post"><div class="t">14:10</div><div>
<h2>Grandmother: &ldquo;They all had him in front of them&rdquo;</h2>
<p>A statement from Rowan&rsquo;s paternal grandmother has been read outside the civic centre by the family&rsquo;s
solicitor, Priya Lal:</p>
<blockquote>&ldquo;Nearly thirty times someone from the council, the hospital or the police had Rowan in front of them.
Nobody looked properly. I hope the people who read these reports will not let it happen to another child.&rdquo;</blockquote>
<div class="ph">&#9635;</div>
<div class="cap">Priya Lal reads the family&rsquo;s statement outside Sallowfield Civic Centre. Picture: BTN</div></div></div>

<div class="post"><div class="t">13:26</div><div>
<h2>Local MP calls for national inquiry</h2>
<p>Diane Hurst, MP for Sallowfield and Marsh Green, says the publication should be the start and not the end of
the matter. She has written to the minister asking for a national review of how strategy discussions are held.</p>
<blockquote>&ldquo;Two injuries, two phone calls, two decisions that nothing needed to happen. That is a pattern, and it
is not only a Sallowfield pattern.&rdquo;</blockquote></div></div>

<div class="post"><div class="t">12:05</div><div>
<h2>Analysis: what went wrong at the strategy discussions?</h2>
<p class="who">Ruth Okonedo, social affairs correspondent</p>
<p>The heart of the second review is two strategy discussions, five months apart. The first, on 16 February
2009, was chaired by a team manager identified as TM1 and followed a visit to A&amp;E with bruising to the
face. The second, on 31 July 2009, was chaired by an acting team manager, TM2, the day after Rowan&rsquo;s burn
was treated.</p>
<p>Both were held by telephone, neither included a paediatrician, and neither looked back at the other. Dr
Stanway calls this &ldquo;starting from zero each time&rdquo; and recommends that every strategy discussion about a child
on a protection plan should begin with a read-through of the child&rsquo;s injury history.</p></div></div>

<div class="post"><div class="t">11:42</div><div>
<h2>Board chair apologises</h2>
<p>The press conference at Sallowfield Civic Centre has begun, twelve minutes late. Professor Judith Ancell, the
board&rsquo;s independent chair since March 2010, opened with an apology:</p>
<blockquote>&ldquo;I apologise without reservation to Rowan&rsquo;s family. The first review failed them and it failed him.
We are publishing it alongside the second so that nobody can say we hid our mistakes.&rdquo;</blockquote>
<p>Andrea Whitcombe, the director of children&rsquo;s services, told reporters that 38 of the 52 recommendations
were already in place.</p></div></div>

<div class="post"><div class="t">10:31</div><div>
<h2>Reports are online</h2>
<p>Both overview reports went online on the safeguarding board&rsquo;s website at 10:00. The second runs to 146
pages; the first, which the board now says was &ldquo;not fit for purpose&rdquo;, is 61 pages long. Rowan&rsquo;s
name and those of his family are replaced by initials, and practitioners are identified only by codes such as
SW2 and HV1 (see our guide on the right).</p></div></div>

<div class="post"><div class="t">09:30</div><div>
<h2>Good morning</h2>
<p>Welcome to our live coverage from Sallowfield, where the local safeguarding children board is publishing
the two serious case reviews into the death of Rowan T. The toddler died in hospital in September 2009. Over the
previous eight months he had been seen by professionals nearly 30 times.</p>
<p class="who">Posted by Owen Pritchard</p></div></div>
<div class="end">BTN is not responsible for the content of external sites. &copy; BTN 2011 (FICTIONAL).</div>
</main>

<aside>
<div class="box"><h3>Who&rsquo;s who in the reports</h3>
<p>The reports identify practitioners only by codes. These are the ones mentioned most often.</p>
<dl>
<dt>SW1</dt><dd>Rowan&rsquo;s first social worker, November 2008 to May 2009</dd>
<dt>SW2</dt><dd>Social worker from 5 June 2009 until his death</dd>
<dt>TM1</dt><dd>Team manager; chaired the February 2009 strategy discussion</dd>
<dt>TM2</dt><dd>Acting team manager; chaired the July 2009 strategy discussion</dd>
<dt>HV1</dt><dd>Health visitor throughout; last visit 15 September 2009</dd>
<dt>GP1</dt><dd>Family doctor at Marsh Green Health Centre</dd>
<dt>ED1</dt><dd>Emergency department doctor, 14 February 2009</dd>
<dt>ED2</dt><dd>Emergency department registrar, 30 July 2009</dd>
<dt>PC1</dt><dd>Officer who attended the domestic incident of 4 November 2008</dd>
<dt>PC2 / PC3</dt><dd>Officers at the February and July strategy discussions</dd>
</dl></div>
<div class="box"><h3>Key numbers</h3>
<p><b>18 months</b> &mdash; Rowan&rsquo;s age when he died</p>
<p><b>52</b> &mdash; recommendations in the second review</p>
<p><b>11</b> &mdash; agencies involved with the family</p>
<p><b>23</b> &mdash; passages blacked out before publication</p></div>
<div class="box"><h3>Get in touch</h3><p>Were you affected by the issues in this story? Email newsdesk@btn.example or text 61124.</p></div>
</aside>
</div>
</body></html>
"""

# --------------------------------------------------------------------------------------
# 3. Safeguarding board press release (web page, WITHOUT browser header and footer)
# --------------------------------------------------------------------------------------

PR_CSS = r"""
@page { size: A4; margin: 14mm 16mm 18mm 16mm;
  @bottom-center { content: "FICTIONAL \2014  Sallowfield LSCB (invented body) \00b7  press release page " counter(page) " of " counter(pages);
                   font: 7.5pt 'Liberation Sans', sans-serif; color: #7a0d0d; } }
body { font: 10.3pt/1.5 'Liberation Sans', 'DejaVu Sans', sans-serif; color: #222; }
.site { display: flex; justify-content: space-between; align-items: center; font-size: 8.4pt; color: #2d5b3a;
        border-bottom: 1px solid #cfdcd2; padding-bottom: 4px; }
.site nav span { margin-left: 12px; }
.letterhead { display: grid; grid-template-columns: 22mm 1fr auto; gap: 6mm; align-items: center; padding: 10px 0 8px;
              border-bottom: 4px solid #2d5b3a; }
.letterhead .ph { height: 22mm; }
.letterhead .org { font: bold 15pt/1.2 'Liberation Sans', sans-serif; color: #2d5b3a; }
.letterhead .org small { display: block; font: 8.6pt/1.35 'Liberation Sans', sans-serif; color: #555; margin-top: 3px; }
.letterhead .contact { font-size: 8.2pt; line-height: 1.4; color: #444; text-align: right; }
.meta { display: flex; justify-content: space-between; margin: 10px 0 4px; font-weight: bold; }
.meta .release { color: #fff; background: #2d5b3a; padding: 2px 8px; text-transform: uppercase; font-size: 9pt; }
.ref { font-size: 8.4pt; color: #666; }
h1 { font: bold 16pt/1.25 'Liberation Sans', sans-serif; color: #1f3f28; margin: 10px 0 8px; }
p { margin: 0 0 8px; }
.quote { border-left: 4px solid #8fb39a; padding-left: 10px; }
.ends { text-align: center; font-weight: bold; letter-spacing: 2px; margin: 12px 0; }
.notes { border-top: 1px solid #999; padding-top: 6px; font-size: 9.2pt; line-height: 1.45; }
.notes h2 { font-size: 11pt; margin: 0 0 6px; color: #1f3f28; }
.notes .n { display: grid; grid-template-columns: 7mm 1fr; margin-bottom: 6px; }
.notes .n b { color: #2d5b3a; }
.share { margin-top: 12px; font-size: 8.4pt; color: #555; border-top: 1px solid #cfdcd2; padding-top: 6px; }
"""

PR_HTML = r"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>FICTIONAL - Press release: Board publishes both reviews into the death of Rowan T - Sallowfield LSCB</title>
<style>__COMMON__ __CSS__</style></head>
<body>
<div class="wm">FICTIONAL</div>
<div class="site"><span>sallowfieldlscb.example &rsaquo; News &rsaquo; Press releases</span>
<nav><span>Home</span><span>Professionals</span><span>Parents and carers</span><span>Reviews</span><span>Training</span><span>Contact</span></nav></div>
<div class="letterhead"><div class="ph">logo</div>
<div class="org">Sallowfield Local Safeguarding Children Board<small>Working together to keep children in Sallowfield safe
&middot; FICTIONAL body</small></div>
<div class="contact">Civic Centre, Market Way<br>Sallowfield SF1 2AB<br>Tel: 01632 960 400<br>sallowfieldlscb.example</div></div>

<div class="meta"><span class="release">For immediate release</span><span>14 June 2011</span></div>
<div class="ref">Reference: SLSCB/PR/2011/07</div>

<h1>Board publishes both serious case reviews into the death of Rowan T</h1>

<p>Sallowfield Local Safeguarding Children Board (SLSCB) today published in full the overview reports of the two
serious case reviews it has carried out into the death of Rowan T, who died on 22 September 2009 aged 18 months.</p>

<p>The board agreed at an extraordinary meeting on 26 May 2011 to publish both reports, in response to the request
made by the Parliamentary Under-Secretary of State for Children and Families in his letter to board chairs of 10 June
2010. The reports have been redacted to protect Rowan&rsquo;s half-sister, and practitioners are identified by role
rather than by name.</p>

<p>The second review, led by the independent author Dr Peter Stanway, found that Rowan&rsquo;s death could and should
have been prevented. It identifies nine key practice episodes between November 2008 and September 2009 in which
information held by one agency was not shared with, or not acted on by, another. It makes 52 recommendations to
11 agencies, of which 38 have already been implemented in full.</p>

<p>The board has also published the overview report of the first review, which it withdrew in March 2010 after the
Children&rsquo;s Services Inspectorate judged it inadequate, together with a statement setting out why that review
fell short.</p>

<p class="quote">Professor Judith Ancell, Independent Chair of SLSCB, said: &ldquo;Rowan&rsquo;s death was preventable. On
behalf of every agency on this board I want to say sorry to his family, for the failings that led to his death
and for a first review that did not tell them the truth about those failings. We are publishing both reports so
that other areas can learn from our mistakes as well as from Dr Stanway&rsquo;s findings.&rdquo;</p>

<p class="quote">Andrea Whitcombe, Director of Children&rsquo;s Services at Sallowfield Borough Council, said: &ldquo;The
social workers who knew Rowan were working in a service that had too few staff and too little supervision. Since
2010 we have recruited 27 permanent social workers and brought average caseloads down from 26 to 18. Every child
protection case is now reviewed by a manager at least once a month.&rdquo;</p>

<p>The board will hold a learning event for practitioners from all partner agencies on 6 July 2011 and will report
on progress against the action plan to its meeting in December 2011.</p>

<div class="ends">ENDS</div>

<div class="notes"><h2>Notes to editors</h2>
<div class="n"><b>1.</b><span>Sallowfield Local Safeguarding Children Board is the statutory body that co-ordinates and checks the work of
local agencies to safeguard children. It brings together 14 member organisations, including Sallowfield Borough
Council, Brackenshire Police, Sallowfield Hospitals NHS Trust and NHS Sallowfield.</span></div>
<div class="n"><b>2.</b><span>The first serious case review was commissioned on 2 October 2009. Its executive summary was published on
27 January 2010. The Children&rsquo;s Services Inspectorate judged the review inadequate on 4 March 2010.</span></div>
<div class="n"><b>3.</b><span>The second serious case review was commissioned on 18 March 2010. Its independent author, Dr Peter Stanway,
is a former director of social services for Eastmoor County Council. The overview report was signed off by the
board on 24 February 2011.</span></div>
<div class="n"><b>4.</b><span>The total cost of the second review, including the independent author&rsquo;s fees and legal advice on
redaction, was &pound;96,400.</span></div>
<div class="n"><b>5.</b><span>Both overview reports, their executive summaries and the board&rsquo;s action plan are available at
sallowfieldlscb.example/rowan-t. Twenty-three passages have been redacted, most of them to protect Rowan&rsquo;s
half-sister.</span></div>
<div class="n"><b>6.</b><span>A press conference will be held at Sallowfield Civic Centre at 11.30am on 14 June 2011. Media enquiries:
Lucy Garside, Communications Officer, on 01632 960 418 or media@sallowfieldlscb.example.</span></div>
</div>

<div class="share">Share this page: Email &middot; Facebook &middot; Twitter &nbsp;|&nbsp; Page last updated: 14 June 2011 &nbsp;|&nbsp;
Accessibility &middot; Privacy &middot; Cookies</div>
</body></html>
"""

# --------------------------------------------------------------------------------------
# 4. Minister's letter on a government website (printed WITH the browser header/footer)
# --------------------------------------------------------------------------------------

GOV_CSS = r"""
@page { size: A4; margin: 13mm 14mm 13mm 14mm; }
body { font: 10.4pt/1.5 'Liberation Sans', 'DejaVu Sans', sans-serif; color: #0b0c0c; }
.skip { font-size: 8pt; color: #555; padding: 3px 0; }
.govbar { background: #0b0c0c; color: #fff; padding: 8px 12px; display: flex; justify-content: space-between; align-items: center; }
.govbar .brand { font: bold 15pt 'Liberation Sans', sans-serif; }
.govbar .brand span { display: inline-block; width: 15px; height: 15px; background: #ffdd00; margin-right: 6px; vertical-align: -1px; }
.govbar .search { border: 2px solid #fff; padding: 2px 40px 2px 6px; font-size: 8.5pt; color: #ccc; }
.bluebar { height: 6px; background: #1d70b8; }
.beta { font-size: 8.4pt; border-bottom: 1px solid #b1b4b6; padding: 5px 0; }
.beta b { background: #1d70b8; color: #fff; padding: 0 5px; margin-right: 6px; }
.crumbs { font-size: 8.5pt; color: #1d70b8; margin: 8px 0 10px; }
.doctype { font-size: 11pt; color: #505a5f; }
h1 { font: bold 20pt/1.2 'Liberation Sans', sans-serif; margin: 2px 0 10px; }
.lede { font-size: 12pt; margin-bottom: 10px; }
.meta { border-top: 1px solid #b1b4b6; border-bottom: 1px solid #b1b4b6; padding: 6px 0; font-size: 9pt; color: #505a5f; margin-bottom: 14px; }
.meta div { margin: 1px 0; }
.meta a { color: #1d70b8; text-decoration: underline; }
.letter { border: 1px solid #d8dadb; padding: 12px 16px; }
.letter .dept { display: grid; grid-template-columns: 1fr auto; font-size: 9pt; border-bottom: 1px solid #d8dadb; padding-bottom: 8px; margin-bottom: 10px; }
.letter .dept b { font-size: 11pt; }
.letter .addr { text-align: right; color: #333; line-height: 1.35; }
.letter table.to { font-size: 9.6pt; border-collapse: collapse; margin-bottom: 10px; }
.letter table.to td { padding: 1px 10px 1px 0; vertical-align: top; }
.letter .para { display: grid; grid-template-columns: 8mm 1fr; margin-bottom: 8px; }
.letter .para b { font-weight: bold; }
.letter .subject { font-weight: bold; margin: 4px 0 10px; }
.sig { margin-top: 12px; }
.sig .scrawl { font: italic 20pt 'Liberation Serif', serif; color: #1d3b8f; margin: 2px 0; }
.sig .nm { font-weight: bold; }
.useful { margin-top: 16px; border: 1px solid #b1b4b6; padding: 6px 10px; font-size: 9pt; display: flex; justify-content: space-between; break-inside: avoid; }
.related { margin-top: 12px; border-top: 2px solid #1d70b8; padding-top: 6px; font-size: 9.2pt; break-inside: avoid; }
.related h2 { font-size: 11pt; margin: 0 0 4px; }
.related ul { margin: 0; padding-left: 16px; color: #1d70b8; }
footer { margin-top: 14px; border-top: 2px solid #1d70b8; background: #f3f2f1; padding: 8px 10px; font-size: 8.4pt; color: #0b0c0c; break-inside: avoid; }
footer .l span { margin-right: 12px; }
"""

GOV_HTML = r"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>FICTIONAL - Publishing serious case reviews: letter to LSCB chairs - gov.example</title>
<style>__COMMON__ __CSS__</style></head>
<body>
<div class="wm">FICTIONAL</div>
<div class="skip">Skip to main content</div>
<div class="govbar"><span class="brand"><span></span>gov.example</span><span class="search">Search</span></div>
<div class="bluebar"></div>
<div class="fictional-strip">FICTIONAL &mdash; this is an invented government web page. The department and the minister do not exist.</div>
<div class="beta"><b>BETA</b>This is a new website &ndash; your feedback will help us to improve it.</div>
<div class="crumbs">Home &rsaquo; Children and families &rsaquo; Safeguarding children &rsaquo; Correspondence</div>

<div class="doctype">Correspondence</div>
<h1>Publishing serious case reviews: letter to chairs of Local Safeguarding Children Boards</h1>
<div class="lede">Letter from Nicholas Garland MP about publishing the overview reports of serious case reviews in full.</div>
<div class="meta"><div>From: <a>Department for Children and Learning</a> and <a>Nicholas Garland MP</a></div>
<div>Published 11 June 2010</div><div>Applies to: England</div></div>

<div class="letter">
<div class="dept"><div><b>Department for Children and Learning</b><br>Nicholas Garland MP<br>Parliamentary Under-Secretary of State for Children and Families</div>
<div class="addr">Carrow House<br>14 Tothill Walk<br>London SW1P 9ZZ<br>tel: 020 7946 0300</div></div>

<table class="to">
<tr><td><b>To:</b></td><td>Chairs of Local Safeguarding Children Boards</td></tr>
<tr><td><b>Copied to:</b></td><td>Directors of Children&rsquo;s Services; Chief Executives of local authorities in England</td></tr>
<tr><td><b>Date:</b></td><td>10 June 2010</td></tr>
<tr><td><b>Our ref:</b></td><td>MC/2010/0417</td></tr>
</table>

<p>Dear Colleague,</p>
<p class="subject">PUBLICATION OF SERIOUS CASE REVIEW OVERVIEW REPORTS</p>

<div class="para"><b>1</b><span>I am writing about the publication of serious case reviews (SCRs). The Government has decided that, from
1 July 2010, the overview report of every SCR should be published, and not only its executive summary, unless there
are compelling reasons relating to the welfare of a surviving child or sibling not to do so.</span></div>

<div class="para"><b>2</b><span>For too long these reviews have been read by a handful of people. Since April 2008 boards in England have
completed more than 450 serious case reviews, yet practitioners outside each area have seen only short
summaries of them. Publishing the full reports will let frontline staff everywhere learn from them, and it will
help to restore public confidence in the child protection system.</span></div>

<div class="para"><b>3</b><span>Overview reports must be anonymised before publication. Children and family members should be referred to
by a pseudonym or an initial, and practitioners by their role rather than by name. Boards should take legal advice
on redaction and should share the redacted report with the family before it is published.</span></div>

<div class="para"><b>4</b><span>Where a board concludes that an overview report should not be published in full, its chair should write to
me within 15 working days of that decision, setting out the reasons. I will publish a summary of the reasons given,
without identifying the child.</span></div>

<div class="para"><b>5</b><span>Publication should normally follow the conclusion of any criminal proceedings, and in any case should take
place no later than 12 weeks after the board has received the inspectorate&rsquo;s evaluation of the review.</span></div>

<div class="para"><b>6</b><span>I know that some of you have concerns about reviews that are already under way. I have written separately
to Professor Judith Ancell, chair of Sallowfield Local Safeguarding Children Board, about the two reviews of the
death of the child known as Rowan T. I have asked that both overview reports be published in full once the second
review has been completed and evaluated, including the report of the first review, which the inspectorate
judged inadequate.</span></div>

<div class="para"><b>7</b><span>I recognise that full publication will bring extra costs for some boards. The Department will make
&pound;1.2 million available in 2010-11 to help boards meet the costs of independent authors and of legal advice on
redaction. Details of how to apply will be sent to board managers by the end of July 2010.</span></div>

<div class="para"><b>8</b><span>I have also asked Professor Anne Kilbride to lead an independent review of child protection in England. She
will look at how serious case reviews are commissioned and written, and will report to me in spring 2011.</span></div>

<div class="para"><b>9</b><span>Thank you for the work that you and your boards do. If you have any questions about this letter, please contact
the Safeguarding Reviews Unit at scr.unit@dcl.gov.example or on 020 7946 0321.</span></div>

<div class="sig"><div>Yours sincerely,</div>
<div class="scrawl">N. Garland</div>
<div class="nm">Nicholas Garland MP</div>
<div>Parliamentary Under-Secretary of State for Children and Families</div></div>
</div>

<div class="useful"><span>Is this page useful? &nbsp; Yes &nbsp; No</span><span>Report a problem with this page</span></div>
<div class="related"><h2>Related content</h2>
<ul><li>Serious case reviews: guidance for Local Safeguarding Children Boards</li>
<li>Independent review of child protection: terms of reference</li>
<li>Statement on the Sallowfield serious case review</li></ul></div>
<footer><div class="l"><span>Help</span><span>Cookies</span><span>Contact</span><span>Accessibility statement</span><span>Terms and conditions</span><span>Rhestr o Wasanaethau Cymraeg</span></div>
<div>All content on this FICTIONAL page is invented for a practice corpus. &copy; Crown copyright (fictional)</div></footer>
</body></html>
"""

# --------------------------------------------------------------------------------------
# 5. "The case in dates" timeline page (printed WITH the browser header/footer)
# --------------------------------------------------------------------------------------

TL_CSS = r"""
@page { size: A4; margin: 13mm 14mm 13mm 14mm; }
body { font: 9.9pt/1.42 'Liberation Sans', 'DejaVu Sans', sans-serif; color: #1d1d1d; }
.bar { background: #111; color: #fff; display: flex; align-items: center; padding: 6px 10px; gap: 14px; }
.bar .logo { font: bold 17pt 'Liberation Sans', sans-serif; background: #b3001b; padding: 1px 7px; letter-spacing: 1px; }
.bar .nav span { margin-right: 11px; font-size: 9pt; }
.bar .nav span.on { border-bottom: 3px solid #b3001b; font-weight: bold; }
.crumb { font-size: 8.3pt; color: #666; padding: 6px 0 0; }
h1 { font: bold 19pt/1.2 'Liberation Sans', sans-serif; margin: 4px 0 3px; }
.dateline { font-size: 8.6pt; color: #555; margin-bottom: 8px; }
.intro { font-size: 10.4pt; margin-bottom: 10px; }
.tl { border-top: 3px solid #b3001b; }
.tl .row { display: grid; grid-template-columns: 40mm 1fr; border-bottom: 1px solid #ddd; padding: 5px 0; break-inside: avoid; }
.tl .row .d { font-weight: bold; color: #b3001b; padding-right: 8px; }
.tl .yr { font: bold 13pt 'Liberation Sans', sans-serif; background: #f0f0f0; padding: 3px 6px; margin-top: 6px; }
.note { font-size: 8.4pt; color: #555; margin-top: 8px; }
.more { margin-top: 10px; border-top: 4px solid #111; padding-top: 6px; font-size: 8.8pt; }
.more h2 { font-size: 10.5pt; margin: 0 0 4px; }
.more ul { margin: 0; padding-left: 16px; }
"""

TL_HTML = r"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>FICTIONAL - Rowan T: the case in dates - BTN News</title>
<style>__COMMON__ __CSS__</style></head>
<body>
<div class="wm">FICTIONAL</div>
<div class="bar"><span class="logo">BTN</span><span class="nav"><span>Home</span><span class="on">News</span><span>Sport</span><span>Weather</span><span>iPlayer</span><span>Local</span><span>Radio</span></span></div>
<div class="fictional-strip">FICTIONAL &mdash; an invented broadcaster&rsquo;s timeline. Every name, place and date is made up.</div>
<div class="crumb">News &rsaquo; England &rsaquo; Brackenshire</div>
<h1>Rowan T: the case in dates</h1>
<div class="dateline">14 June 2011 &middot; Last updated at 13:15</div>
<p class="intro">Rowan T died in September 2009 after months of contact with social workers, health visitors, doctors
and police in Sallowfield. Here are the key events in his short life and in the long dispute over the reviews
of his death.</p>

<div class="tl">
<div class="yr">2008</div>
<div class="row"><div class="d">3 March 2008</div><div>Rowan is born at Sallowfield General Hospital. He lives with his mother and his
older half-sister in a flat in Marsh Green.</div></div>
<div class="row"><div class="d">4 November 2008</div><div>Police are called to a domestic incident at the flat. Officer PC1 refers the
children to children&rsquo;s social care.</div></div>
<div class="row"><div class="d">11 December 2008</div><div>An initial child protection conference makes Rowan the subject of a child
protection plan under the category of neglect.</div></div>
<div class="yr">2009</div>
<div class="row"><div class="d">14 February 2009</div><div>First visit to A&amp;E, with bruising to his left cheek and ear. His mother says he
fell against a coffee table.</div></div>
<div class="row"><div class="d">16 February 2009</div><div>First strategy discussion, by telephone. It decides the bruising can be managed
within the existing plan.</div></div>
<div class="row"><div class="d">March 2009</div><div>The mother&rsquo;s partner moves into the flat. No agency records it.</div></div>
<div class="row"><div class="d">5 June 2009</div><div>A new social worker, SW2, takes over the case after Rowan&rsquo;s first social worker
leaves the council.</div></div>
<div class="row"><div class="d">30 July 2009</div><div>Second visit to A&amp;E, with a burn to his right hand. The explanation given is that
he touched a hot radiator.</div></div>
<div class="row"><div class="d">31 July 2009</div><div>Second strategy discussion, again by telephone. No child protection medical is
arranged.</div></div>
<div class="row"><div class="d">9 September 2009</div><div>SW2 makes her last home visit. Rowan is asleep in his cot.</div></div>
<div class="row"><div class="d">15 September 2009</div><div>Health visitor HV1 makes her last home visit and records that Rowan is quiet and
withdrawn.</div></div>
<div class="row"><div class="d">21 September 2009</div><div>Rowan is found unresponsive at the flat and taken to Sallowfield General Hospital.</div></div>
<div class="row"><div class="d">22 September 2009</div><div>Rowan dies in hospital, aged 18 months.</div></div>
<div class="row"><div class="d">2 October 2009</div><div>The safeguarding board commissions its first serious case review.</div></div>
<div class="yr">2010</div>
<div class="row"><div class="d">28 January 2010</div><div>The executive summary of the first review is published.</div></div>
<div class="row"><div class="d">4 March 2010</div><div>The Children&rsquo;s Services Inspectorate rates the first review inadequate.</div></div>
<div class="row"><div class="d">12 March 2010</div><div>Board chair Colin Barraclough resigns.</div></div>
<div class="row"><div class="d">15 March 2010</div><div>Professor Judith Ancell is appointed independent chair of the board.</div></div>
<div class="row"><div class="d">18 March 2010</div><div>A second serious case review is commissioned, with Dr Peter Stanway as its
independent author.</div></div>
<div class="row"><div class="d">16 April 2010</div><div>Rowan&rsquo;s mother and her former partner are convicted at Harcastle Crown
Court.</div></div>
<div class="row"><div class="d">22 April 2010</div><div>Director of children&rsquo;s services Keith Rudd is dismissed.</div></div>
<div class="row"><div class="d">7 May 2010</div><div>The partner is jailed for nine years and the mother for four years.</div></div>
<div class="row"><div class="d">10 June 2010</div><div>The children&rsquo;s minister writes to all board chairs asking them to publish overview
reports in full.</div></div>
<div class="row"><div class="d">August 2010</div><div>Andrea Whitcombe becomes director of children&rsquo;s services.</div></div>
<div class="yr">2011</div>
<div class="row"><div class="d">24 February 2011</div><div>The board signs off the second review&rsquo;s overview report.</div></div>
<div class="row"><div class="d">26 May 2011</div><div>An extraordinary meeting of the board agrees to publish both reviews in full.</div></div>
<div class="row"><div class="d">14 June 2011</div><div>Both overview reports are published.</div></div>
</div>
<p class="note">Dates are taken from court records, the board&rsquo;s published documents and BTN reporting.</p>
<div class="more"><h2>More on this story</h2>
<ul><li>Live: Sallowfield child death reviews published</li><li>Profile: the board chair who went public</li><li>Q&amp;A: what is a serious case review?</li></ul></div>
</body></html>
"""

DOCS = {
    "national-ledger-rowan-t-reviews": dict(html=LEDGER_HTML, css=LEDGER_CSS, header="14/06/2011, 17:32"),
    "btn-live-sallowfield-reviews": dict(html=LIVE_HTML, css=LIVE_CSS, header=None),
    "slscb-press-release-2011-06-14": dict(html=PR_HTML, css=PR_CSS, header=None),
    "dcl-letter-publishing-scrs": dict(html=GOV_HTML, css=GOV_CSS, header="15/06/2011, 09:14"),
    "btn-rowan-t-case-in-dates": dict(html=TL_HTML, css=TL_CSS, header="14/06/2011, 18:03"),
}
