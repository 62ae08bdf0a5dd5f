# -*- coding: utf-8 -*-
"""HTML sources for the FICTIONAL Tolland / Baby K news corpus (2010).

Everything here is invented: the borough, the child, the people, the outlets,
the department and the minister. Four archived web pages, each printed to PDF
by headless Chromium as a user would "Save as PDF".
"""

FICT = "FICTIONAL — practice document, invented for evaluation"

# ---------------------------------------------------------------------------
# 1. Broadcaster's news story page (UBN News, 2010 design)
# ---------------------------------------------------------------------------
UBN_CSS = r"""
@page { size: A4; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Liberation Sans", Arial, Helvetica, sans-serif; color: #000; font-size: 12px; background: #fff; }
#page { width: 976px; margin: 0 auto; }
.fict { background: #fff3c4; border: 1px solid #c9a400; color: #6b5400; font-size: 10px; padding: 2px 6px; margin: 4px 0; text-align: center; letter-spacing: 0.5px; }
#blq { background: #000; color: #fff; height: 38px; padding: 0 8px; }
#blq .logo { float: left; font-weight: bold; font-size: 24px; letter-spacing: 1px; line-height: 38px; }
#blq .logo span { display: inline-block; background: #fff; color: #000; padding: 0 5px; margin-right: 3px; line-height: 26px; }
#blq ul { float: left; margin: 0 0 0 30px; padding: 0; list-style: none; }
#blq li { float: left; line-height: 38px; padding: 0 10px; border-left: 1px solid #333; font-size: 12px; font-weight: bold; }
#blq .search { float: right; margin-top: 8px; }
#blq .search span { display: inline-block; background: #fff; color: #666; width: 160px; padding: 2px 4px; font-size: 11px; }
#blq .search b { display: inline-block; background: #555; color: #fff; padding: 2px 6px; font-size: 11px; margin-left: 2px; }
#banner { background: #990000; color: #fff; height: 52px; padding: 0 10px; }
#banner .title { font-size: 30px; font-family: "Liberation Sans", Arial, sans-serif; line-height: 52px; float: left; }
#banner .title b { font-weight: bold; }
#banner .strap { float: right; font-size: 11px; line-height: 52px; }
#navbar { background: #e4e4e4; border-bottom: 2px solid #990000; height: 24px; padding: 0 6px; }
#navbar a { float: left; color: #222; text-decoration: none; font-size: 11px; line-height: 24px; padding: 0 7px; border-right: 1px solid #bbb; }
#navbar a.on { background: #fff; font-weight: bold; color: #990000; }
#cols { overflow: hidden; margin-top: 8px; }
#leftnav { float: left; width: 118px; font-size: 10.5px; padding-right: 6px; }
#leftnav ul { list-style: none; margin: 0 0 8px 0; padding: 0; border-top: 1px solid #ccc; }
#leftnav li { border-bottom: 1px solid #ddd; padding: 3px 2px 3px 4px; }
#leftnav li.sub { padding-left: 12px; }
#leftnav li.on { background: #990000; color: #fff; font-weight: bold; }
#leftnav h4 { font-size: 10.5px; margin: 8px 0 2px 0; color: #666; text-transform: uppercase; }
#leftnav .lang { color: #555; font-size: 10px; line-height: 1.5; }
#story { float: left; width: 560px; padding: 0 16px 0 12px; border-left: 1px solid #ddd; border-right: 1px solid #ddd; }
#story .crumb { font-size: 11px; color: #666; margin: 0 0 6px 0; }
#story .dateline { font-size: 11px; color: #555; margin-bottom: 4px; }
#story .dateline b { color: #000; }
#story .tools { font-size: 10.5px; color: #2a55a5; margin-bottom: 8px; }
#story h1 { font-size: 26px; margin: 4px 0 10px 0; font-weight: bold; line-height: 1.1; }
#story p { font-size: 13px; line-height: 1.42; margin: 0 0 11px 0; }
#story p.sf { font-weight: bold; font-size: 14px; }
#story h3.xh { font-size: 13px; font-weight: bold; margin: 14px 0 6px 0; }
.pic { width: 226px; float: left; margin: 2px 14px 8px 0; }
.pic .img { width: 226px; height: 170px; background: linear-gradient(160deg, #8a8f96 0%, #c5c9cf 45%, #6d7077 100%); border: 1px solid #555; position: relative; }
.pic .img span { position: absolute; bottom: 6px; left: 6px; color: #fff; font-size: 10px; }
.pic .cap { font-size: 10.5px; color: #333; line-height: 1.35; padding: 4px 0; border-bottom: 1px solid #ccc; }
.quote { float: right; width: 188px; margin: 4px 0 10px 14px; padding: 8px 10px; border-top: 3px solid #990000; border-bottom: 1px solid #ccc; background: #f5f5f5; }
.quote .q { font-size: 15px; font-weight: bold; color: #990000; line-height: 1.3; }
.quote .who { font-size: 11px; color: #333; margin-top: 6px; }
.fact { border: 1px solid #999; background: #eef1f5; margin: 12px 0 14px 0; padding: 0 0 6px 0; break-inside: avoid; }
.fact h4 { background: #4c5a6e; color: #fff; margin: 0 0 6px 0; padding: 4px 8px; font-size: 12px; letter-spacing: 1px; }
.fact table { border-collapse: collapse; width: 100%; font-size: 11.5px; }
.fact td { padding: 3px 8px; vertical-align: top; border-bottom: 1px dotted #b7c0cc; }
.fact td.d { width: 120px; font-weight: bold; white-space: nowrap; }
.bookmark { font-size: 10.5px; color: #555; border-top: 1px solid #ccc; padding-top: 6px; margin-top: 16px; }
#right { float: left; width: 270px; padding-left: 10px; font-size: 11px; }
#right .box { margin-bottom: 12px; border-top: 2px solid #990000; }
#right .box h3 { font-size: 11px; text-transform: uppercase; margin: 4px 0 6px 0; color: #990000; letter-spacing: 0.5px; }
#right ul { margin: 0; padding: 0; list-style: none; }
#right li { padding: 3px 0; border-bottom: 1px solid #eee; line-height: 1.3; }
#right li .dt { color: #777; font-size: 10px; }
#right .tabs { font-size: 10.5px; margin-bottom: 4px; }
#right .tabs span { display: inline-block; padding: 2px 10px; border: 1px solid #bbb; border-bottom: none; background: #eee; }
#right .tabs span.on { background: #fff; font-weight: bold; }
#right ol { margin: 0; padding: 0 0 0 18px; }
#right ol li { padding: 3px 0; }
#right .feat { overflow: hidden; padding: 4px 0; border-bottom: 1px solid #eee; }
#right .feat .th { float: left; width: 54px; height: 40px; background: #a9b0b8; margin-right: 6px; }
#right .feat b { display: block; }
#right .ext { font-size: 10px; color: #666; }

.sidebox { border-left: 4px solid #4c5a6e; background: #f4f4f4; padding: 6px 10px 2px 10px; margin: 10px 0 14px 0; }
.sidebox h4 { margin: 0 0 5px 0; font-size: 11.5px; color: #4c5a6e; letter-spacing: 0.5px; }
#story .sidebox p { font-size: 11.5px; line-height: 1.38; margin: 0 0 6px 0; }
.analysis { border-top: 3px solid #990000; border-bottom: 1px solid #999; background: #fbf7f2; padding: 6px 10px 2px 10px; margin: 14px 0 10px 0; }
.analysis .ah { color: #990000; font-weight: bold; font-size: 12px; letter-spacing: 1px; }
.analysis .an { font-size: 11px; color: #333; margin: 2px 0 6px 0; }
#story .analysis p { font-size: 12px; margin-bottom: 7px; }
#footer { clear: both; border-top: 1px solid #999; margin-top: 14px; padding: 8px 0; font-size: 10.5px; color: #444; }
#footer a { color: #2a55a5; margin-right: 10px; }
"""

UBN_HTML = r"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>UBN News - Baby K serious case reviews published in full [FICTIONAL]</title>
<style>""" + UBN_CSS + r"""</style></head>
<body><div id="page">
<div class="fict">""" + FICT + r""" — UBN News is an invented broadcaster</div>
<div id="blq"><div class="logo"><span>U</span><span>B</span><span>N</span></div>
<ul><li>Home</li><li>News</li><li>Sport</li><li>Weather</li><li>Watch &amp; Listen</li><li>Radio</li><li>More&hellip;</li></ul>
<div class="search"><span>Search</span><b>Go</b></div></div>
<div id="banner"><div class="title"><b>UBN</b> NEWS</div><div class="strap">UK version &middot; International version &middot; About the versions &middot; Low graphics &middot; Accessibility help</div></div>
<div id="navbar"><a>News Front Page</a><a class="on">UK</a><a>England</a><a>N Ireland</a><a>Scotland</a><a>Wales</a><a>Business</a><a>Politics</a><a>Health</a><a>Education</a><a>Sci/Environment</a><a>Technology</a><a>Entertainment</a></div>
<div id="cols">
<div id="leftnav">
<ul><li>News Front Page</li><li>World</li><li class="on">UK</li><li class="sub">England</li><li class="sub">Northern Ireland</li><li class="sub">Scotland</li><li class="sub">Wales</li><li>Business</li><li>Politics</li><li>Health</li><li>Education</li><li>Science &amp; Environment</li><li>Technology</li><li>Entertainment &amp; Arts</li><li>Also in the news</li></ul>
<ul><li>Video and Audio</li><li>Have Your Say</li><li>In Pictures</li><li>Country Profiles</li><li>Special Reports</li></ul>
<h4>Related UBN sites</h4>
<ul><li>Sport</li><li>Weather</li><li>On This Day</li><li>Editors' Blog</li><li>UBN World Service</li></ul>
<h4>Languages</h4>
<div class="lang">Cymraeg &middot; Gaeilge &middot; Gàidhlig &middot; Français &middot; Español &middot; Polski &middot; Urdu</div>
</div>

<div id="story">
<div class="crumb">UK &gt; England &gt; Tolland</div>
<div class="dateline"><b>Page last updated at 15:32 GMT, Tuesday, 26 October 2010</b> 16:32 UK</div>
<div class="tools">&#9993; E-mail this to a friend &nbsp; &#9113; Printable version</div>
<h1>Baby K reviews published in full</h1>

<p class="sf">The full reports of two serious case reviews into the death of Baby K, a boy who died in Tolland in March 2008 aged 13 months, have been published in full for the first time.</p>

<div class="pic"><div class="img"><span>UBN</span></div>
<div class="cap">Baby K lived with his mother in a ground-floor flat on Marden Row, in the Eastfield area of Tolland</div></div>

<p>The documents had previously been released only as executive summaries.</p>
<p>Between them, the two overview reports run to 170 pages.</p>
<p>They conclude that the boy's death "could and should have been prevented" and that agencies missed at least 11 chances to protect him.</p>
<p>Baby K was seen 47 times by social workers, doctors, health visitors and police officers in the eight months before he died.</p>
<p>He had been on the child protection register since June 2007.</p>
<p>His mother and her partner, who is identified in the reports only as Mr M, were jailed in May 2009 for causing or allowing his death.</p>

<h3 class="xh">'Avoidable'</h3>

<div class="quote"><div class="q">&ldquo;We are publishing these reports so that people can judge for themselves what went wrong&rdquo;</div>
<div class="who">Professor Judith Ellerby<br>Independent chair, Tolland LSCB</div></div>

<p>The second review was written by an independent author, Alan Pettifer, a former director of social services.</p>
<p>He concludes that every agency that knew the family "held a piece of the picture, but nobody put the pieces together".</p>
<p>His 108-page report makes 42 recommendations, on top of the 28 made by the first review.</p>
<p>It found that the child's second social worker, who took over the case in October 2007, was at the time responsible for 19 other children.</p>
<p>She last visited the flat on 25 February 2008, a week before Baby K was found dead.</p>
<p>The report says Mr M moved into the flat in August 2007, but none of the professionals visiting the family knew he was living there.</p>
<p>A review child protection conference on 14 November 2007 decided that Baby K should stay on the register, but it was not told that police were still investigating his October injuries.</p>

<h3 class="xh">First review 'inadequate'</h3>
<p>The board's first review, written by the consultant Dr Colin Whybrow and completed in November 2008, was rated inadequate by inspectors on 12 December 2008.</p>
<p>Inspectors said it had been "too ready to accept what agencies said about themselves" and had not talked to front-line staff.</p>
<p>The then director of children's services, Carol Whitstable, was removed from her post three days later.</p>

<div class="fact"><h4>TIMELINE: BABY K</h4>
<table>
<tr><td class="d">9 January 2007</td><td>Baby K is born in Tolland</td></tr>
<tr><td class="d">22 June 2007</td><td>Placed on child protection register under the category of neglect</td></tr>
<tr><td class="d">11 October 2007</td><td>Taken to A&amp;E with bruising to his face and chest</td></tr>
<tr><td class="d">19 December 2007</td><td>Second A&amp;E visit, with a head injury; mother arrested next day</td></tr>
<tr><td class="d">3 March 2008</td><td>Found dead in his cot at the family flat</td></tr>
<tr><td class="d">20 November 2008</td><td>Executive summary of first review published</td></tr>
<tr><td class="d">12 December 2008</td><td>Inspectors rate the first review inadequate</td></tr>
<tr><td class="d">7 May 2009</td><td>Executive summary of second review published</td></tr>
<tr><td class="d">22 May 2009</td><td>Mother and Mr M sentenced at Castlebridge Crown Court</td></tr>
<tr><td class="d">10 June 2010</td><td>Minister's letter to safeguarding boards published</td></tr>
<tr><td class="d">26 October 2010</td><td>Both overview reports published in full</td></tr>
</table></div>

<h3 class="xh">Minister's request</h3>
<p>In June the children's minister, Edward Larkham, wrote to the chairs of all local safeguarding children boards in England saying overview reports should in future be published.</p>
<p>He said he had also asked Tolland to publish both Baby K overview reports.</p>
<p>The board said about 6% of the text had been blacked out, mostly to protect Baby K's two half-sisters, who are now in foster care.</p>
<p>Staff are referred to by codes rather than by name.</p>
<div class="sidebox"><h4>WHAT IS A SERIOUS CASE REVIEW?</h4>
<p>Local safeguarding children boards must hold a serious case review when a child dies, or is seriously harmed, and abuse or neglect is known or suspected.</p>
<p>Each agency writes an individual management review of its own work. An independent author draws these together in an overview report.</p>
<p>Until June 2010 boards normally published only a short executive summary, usually of 10 to 20 pages.</p></div>

<h3 class="xh">'Painful reading'</h3>
<p>Nadia Ferrant, who has been Tolland's director of children's services since March 2009, said the reports made "painful reading for everyone who works with children in this borough".</p>
<p>She said the council now employed 212 children's social workers, up from 131 in 2008.</p>
<p>Sarah Oyelaran, of the charity Children at Risk Alliance, said full publication was "a step towards real accountability, not a witch-hunt".</p>
<p>Mr Larkham said: "Openness is how we learn. The people of Tolland deserve to know what happened to this little boy."</p>
<p>The reports can be read on the board's website.</p>
<div class="analysis"><div class="ah">ANALYSIS</div><div class="an"><b>Hannah Briers</b><br>Social affairs correspondent, UBN News</div>
<p>The first Baby K review was condemned because it relied on each agency's account of itself. The second went back to the front line: Mr Pettifer interviewed 31 members of staff.</p>
<p>What the full reports add is texture &ndash; the phone calls not returned, the visits where nobody asked who else lived in the flat.</p>
<p>The real test of the minister's policy will come with reviews started after 14 June, when publication in full becomes the expectation rather than the exception.</p></div>

<div class="bookmark">Bookmark with: Delicious &middot; Digg &middot; reddit &middot; Facebook &middot; StumbleUpon &nbsp;&nbsp; What are these?<br>
&#9993; E-mail this to a friend &nbsp; &#9113; Printable version</div>
</div>

<div id="right">
<div class="box"><h3>Related stories</h3><ul>
<li>Minister asks for Baby K reports <span class="dt">10 Jun 10 | UK Politics</span></li>
<li>Baby K mother and partner jailed <span class="dt">22 May 09 | England</span></li>
<li>New Baby K review finds 'catalogue of failure' <span class="dt">07 May 09 | England</span></li>
<li>Tolland children's director removed <span class="dt">15 Dec 08 | England</span></li>
<li>Baby K review 'inadequate', say inspectors <span class="dt">12 Dec 08 | UK</span></li>
</ul></div>
<div class="box"><h3>Related internet links</h3><ul>
<li>Tolland Local Safeguarding Children Board</li>
<li>Department for Children and Education</li>
</ul><div class="ext">The UBN is not responsible for the content of external internet sites</div></div>
<div class="box"><h3>Top UK stories</h3><ul>
<li>Rail operators told to publish punctuality by station</li>
<li>Coastal flood warnings extended to Westmarch</li>
<li>Pay freeze for council staff 'to last two years'</li>
</ul></div>
<div class="box"><h3>Most popular now</h3>
<div class="tabs"><span>Shared</span><span class="on">Read</span></div>
<ol>
<li>Pensioner, 94, completes charity parachute jump</li>
<li>Baby K reviews published in full</li>
<li>Motorway reopens after overnight lorry fire</li>
<li>Starling murmuration filmed over Saltfleet pier</li>
<li>Council puts Victorian town hall up for sale</li>
</ol><div class="ext">Most read stories are based on the last hour</div></div>
<div class="box"><h3>Features &amp; analysis</h3>
<div class="feat"><div class="th"></div><b>Q&amp;A: Case reviews</b>What is a serious case review, and why have so few been published in full?</div>
<div class="feat"><div class="th"></div><b>Lessons unlearned?</b>Social affairs correspondent Hannah Briers on what the full reports add</div>
<div class="feat"><div class="th"></div><b>Eastfield's long shadow</b>Residents of the estate say the case still hangs over the area</div>
<div class="feat"><div class="th"></div><b>The caseload question</b>How many children can one social worker keep safe?</div>
</div>
</div>
</div>
<div id="footer"><a>Help</a><a>Privacy and cookies policy</a><a>News sources</a><a>About the UBN</a><a>Contact us</a><br>
UBN &copy; MMX &nbsp; The UBN is not responsible for the content of external sites. Read more.
<div class="fict">""" + FICT + r"""</div></div>
</div></body></html>
"""

# ---------------------------------------------------------------------------
# 2. Newspaper article page (The Courier & Ledger)
# ---------------------------------------------------------------------------
CL_CSS = r"""
@page { size: A4; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Liberation Sans", Arial, sans-serif; font-size: 12px; color: #222; }
#wrap { width: 960px; margin: 0 auto; }
.fict { background: #fff3c4; border: 1px solid #c9a400; color: #6b5400; font-size: 10px; padding: 2px 6px; margin: 4px 0; text-align: center; }
.cookie { background: #333; color: #eee; font-size: 11px; padding: 6px 10px; margin-bottom: 6px; }
.cookie b { color: #fff; } .cookie span { float: right; text-decoration: underline; }
#top { border-bottom: 1px solid #ccc; padding: 6px 0; overflow: hidden; font-size: 11px; color: #555; }
#top .l { float: left; } #top .r { float: right; }
#mast { padding: 8px 0 6px 0; overflow: hidden; }
#mast .name { font-family: "Liberation Serif", Georgia, serif; font-size: 46px; color: #052962; font-weight: bold; letter-spacing: -1px; float: left; }
#mast .name i { font-weight: normal; }
#mast .side { float: right; text-align: right; font-size: 11px; color: #666; margin-top: 14px; }
#nav { background: #052962; overflow: hidden; }
#nav span { float: left; color: #fff; padding: 5px 9px; font-size: 12px; font-weight: bold; border-right: 1px solid #2a4a85; }
#nav span.on { background: #c70000; }
#subnav { background: #dce3ef; font-size: 11px; padding: 4px 9px; color: #052962; }
#crumbs { font-size: 11px; color: #666; margin: 8px 0; }
#main { float: left; width: 640px; padding-right: 18px; border-right: 1px solid #ddd; }
#aside { float: left; width: 300px; padding-left: 14px; }
h1 { font-family: "Liberation Serif", Georgia, serif; font-size: 34px; line-height: 1.08; margin: 6px 0 8px 0; color: #052962; }
.stand { font-family: "Liberation Serif", Georgia, serif; font-size: 17px; color: #444; line-height: 1.3; margin-bottom: 12px; }
.byline { overflow: hidden; border-top: 1px solid #ddd; border-bottom: 1px solid #ddd; padding: 8px 0; margin-bottom: 10px; }
.byline .ph { float: left; width: 58px; height: 58px; background: #b8c0cc; border: 1px solid #999; margin-right: 10px; font-size: 9px; color: #555; text-align: center; padding-top: 20px; }
.byline .who { font-size: 13px; font-weight: bold; color: #052962; }
.byline .meta { font-size: 11px; color: #666; margin-top: 3px; line-height: 1.45; }
.share { font-size: 11px; color: #005689; margin: 4px 0 12px 0; }
.share b { color: #333; }
.body p { font-family: "Liberation Serif", Georgia, "Times New Roman", serif; font-size: 15px; line-height: 1.5; margin: 0 0 12px 0; }
.kf { float: right; width: 250px; margin: 4px 0 12px 16px; border-top: 4px solid #c70000; background: #f1f1ec; padding: 8px 10px; }
.kf h3 { margin: 0 0 6px 0; font-size: 14px; color: #c70000; }
.kf ul { margin: 0; padding-left: 16px; }
.kf li { font-size: 12px; line-height: 1.38; margin-bottom: 6px; font-family: "Liberation Sans", Arial, sans-serif; }
.sub { font-family: "Liberation Sans", Arial, sans-serif; font-size: 13px; font-weight: bold; margin: 14px 0 6px 0; color: #052962; }
.comments { border-top: 3px solid #052962; margin-top: 16px; padding-top: 6px; }
.comments h3 { font-size: 14px; margin: 0 0 4px 0; }
.comments .c { border-bottom: 1px solid #ddd; padding: 6px 0; font-size: 12px; line-height: 1.4; }
.comments .c .u { color: #005689; font-weight: bold; } .comments .c .t { color: #888; font-size: 10.5px; }
.box { border-top: 2px solid #052962; margin-bottom: 14px; }
.box h3 { font-size: 13px; margin: 5px 0 6px 0; color: #052962; }
.box ul { list-style: none; margin: 0; padding: 0; }
.box li { border-bottom: 1px solid #e3e3e3; padding: 5px 0; font-size: 12px; line-height: 1.35; }
.box li .d { display: block; color: #888; font-size: 10.5px; }
.ad { border: 1px solid #ccc; height: 120px; background: #f6f6f6; color: #aaa; text-align: center; font-size: 10px; padding-top: 50px; margin-bottom: 14px; }
.tags { font-size: 11px; color: #555; }
#foot { clear: both; background: #052962; color: #dfe6f2; font-size: 11px; padding: 10px; margin-top: 16px; line-height: 1.6; }
#foot span { margin-right: 12px; }
"""

CL_HTML = r"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Baby K: full reports lay bare 'catalogue of missed chances' | Society | The Courier &amp; Ledger [FICTIONAL]</title>
<style>""" + CL_CSS + r"""</style></head>
<body><div id="wrap">
<div class="cookie"><b>Cookies on courierledger.co.uk.</b> We use cookies to give you the best experience of our website. By continuing to browse the site you are agreeing to our use of cookies. <span>Find out more &middot; Close</span></div>
<div class="fict">""" + FICT + r""" — The Courier &amp; Ledger is an invented newspaper</div>
<div id="top"><div class="l">Sign in &middot; Register &middot; Text larger &middot; smaller</div><div class="r">Tuesday 26 October 2010 &middot; Jobs &middot; Dating &middot; Subscribe</div></div>
<div id="mast"><div class="name">The Courier <i>&amp;</i> Ledger</div><div class="side">News &middot; Sport &middot; Comment &middot; Culture<br>Search courierledger.co.uk</div></div>
<div id="nav"><span>News</span><span>Sport</span><span>Comment</span><span>Culture</span><span>Business</span><span>Money</span><span class="on">Society</span><span>Life &amp; style</span><span>Travel</span><span>Environment</span><span>Tech</span><span>Video</span></div>
<div id="subnav">Society &middot; Children &middot; Social care &middot; Health &middot; Housing &middot; Public services &middot; Society Professionals</div>
<div id="crumbs">News &gt; Society &gt; Child protection</div>

<div id="main">
<h1>Baby K: full reports lay bare 'catalogue of missed chances'</h1>
<div class="stand">Overview reports into the death of the 13-month-old in Tolland are released after ministerial pressure, more than two and a half years after he died</div>
<div class="byline"><div class="ph">photo</div>
<div class="who">Tom Haverley, social affairs editor</div>
<div class="meta">courierledger.co.uk, Tuesday 26 October 2010 18.02 BST<br>Article history &middot; <b>comments (312)</b></div></div>
<div class="share"><b>Share</b> &nbsp; Tweet this &middot; Facebook &middot; Email &middot; Print &middot; Share on LinkedIn &nbsp;|&nbsp; A larger | smaller</div>

<div class="body">
<div class="kf"><h3>Key findings</h3><ul>
<li>Baby K was seen by professionals 47 times in the eight months before his death</li>
<li>SW2, his social worker from October 2007, made the last social work home visit on 25 February 2008</li>
<li>HV2 called on 28 February 2008 but was told the boy was asleep and did not see him</li>
<li>The GP, GP1, saw him on 29 February 2008 with an ear infection and noted no bruising</li>
<li>PAED1, the consultant paediatrician, was never told about the December head injury</li>
<li>A neighbour's call to police on 8 January 2008 was not passed to children's services</li>
<li>The second review makes 44 recommendations; the first made 28</li>
</ul></div>

<p>The full reports of two inquiries into the death of Baby K were published today, revealing that his social worker last saw him a week before he died and that a health visitor who called three days later never set eyes on him.</p>
<p>The overview reports &ndash; one of 62 pages and one of 108 &ndash; were released by Tolland local safeguarding children board after the children's minister, Edward Larkham, wrote to boards in June urging them to publish.</p>
<p>The second review, by the independent social work consultant Alan Pettifer, makes 44 recommendations and cost almost &pound;94,000, the Courier &amp; Ledger understands.</p>
<p>It describes a "pattern of optimism" in which professionals repeatedly accepted the mother's explanations for his injuries, and a child protection plan that was "a list of appointments rather than a plan to keep a child safe".</p>
<p>Baby K's mother, who was 23 when he died, and her partner, Mr M, were jailed at Castlebridge crown court in May 2009. Mr M was jailed for ten years and the mother for six years.</p>

<div class="sub">Two hospital visits</div>
<p>The reports say Mr M had been living at the flat since August 2007, but no agency knew he was there until after Baby K's death.</p>
<p>SW1, who had been the boy's social worker since the initial child protection conference in June 2007, left the council on 5 October 2007. The case was not reallocated until SW2 took it on 10 days later.</p>
<p>The reports show the boy was taken to hospital twice with injuries in the last three months of 2007. The first time, doctors at Tolland General hospital accepted the mother's account that he had rolled off a sofa. After the second visit, on 19 December, a strategy discussion the following day agreed that he should stay with a family friend while police investigated.</p>
<p>He was returned to his mother on 11 January 2008. Six weeks later, on 27 February, the council's solicitor, identified as SOL1, advised that the evidence did not meet the threshold for care proceedings.</p>
<p>Baby K was found dead in his cot on 3 March 2008. A postmortem examination found a fractured skull and injuries to his ribs that were several weeks old.</p>

<div class="sub">'Too ready to accept'</div>
<p>Professor Judith Ellerby, who became the board's independent chair in April 2009, said the reports had been redacted "only where that is needed to protect living children".</p>
<p>One passage describing the mother's own childhood is blacked out entirely across four pages.</p>
<p>Ellerby's predecessor, Graham Soutar, who chaired the board when the first review was written, was also the council's chief executive &ndash; a dual role criticised by inspectors when they rated that review inadequate in December 2008.</p>
<p>Martin Ekwueme, of the Association of Frontline Social Workers, said caseloads were still too high. "Many of our members are carrying 25 cases or more," he said.</p>
<p>The board says 37 of the second review's recommendations have already been carried out.</p>
<div class="sub">What happens next</div>
<p>Tolland council says it has spent &pound;3.2m since 2008 on recruiting and training children's social workers, and that no child protection case in the borough is now unallocated for more than two working days.</p>
<p>Ministers say that every review begun on or after 14 June must now be published in full, but boards can still ask for exceptions where publication would harm a child.</p>
<p>The reports will be discussed by Tolland council's children's scrutiny panel on 9 November.</p>
</div>

<div class="tags">Topics: Child protection &middot; Social care &middot; Local government &middot; Tolland</div>

<div class="comments"><h3>Comments (312)</h3>
<div class="c"><span class="u">Fernhill77</span> <span class="t">26 Oct 2010, 6:41PM</span><br>Two reviews, two and a half years, and it still reads like nobody talked to anybody.</div>
<div class="c"><span class="u">exSWmanager</span> <span class="t">26 Oct 2010, 7:15PM</span><br>Publish by all means, but then fund the teams. Nineteen cases for a child protection worker is too many.</div>
<div class="c"><span class="u">quietreader</span> <span class="t">26 Oct 2010, 8:03PM</span><br>This discussion is now closed for comments. Comments on this article are pre-moderated.</div>
</div>
</div>

<div id="aside">
<div class="ad">Advertisement</div>
<div class="box"><h3>More on this story</h3><ul>
<li>Minister tells boards: publish case reviews in full<span class="d">10 June 2010</span></li>
<li>Baby K's social worker 'had 19 other cases'<span class="d">8 May 2009</span></li>
<li>Jail for Baby K's mother and her partner<span class="d">22 May 2009</span></li>
<li>Tolland sacks director after damning review<span class="d">16 December 2008</span></li>
<li>Leader: Openness is not a witch-hunt<span class="d">26 October 2010</span></li>
</ul></div>
<div class="box"><h3>Related information</h3><ul>
<li>Society &gt; Child protection</li><li>UK news &gt; Tolland</li><li>Society &gt; Social care</li>
</ul></div>
<div class="box"><h3>Most viewed in Society</h3><ul>
<li>Care home fees: what councils really pay</li><li>NHS trusts told to cut management costs</li><li>Baby K: full reports lay bare 'catalogue of missed chances'</li>
</ul></div>
<div class="ad">Advertisement</div>
</div>

<div id="foot"><span>About us</span><span>Contact us</span><span>Terms &amp; conditions</span><span>Privacy policy</span><span>Cookie policy</span><span>Advertise with us</span><span>Work for us</span><br>
&copy; 2010 Courier &amp; Ledger News and Media Limited or its affiliated companies. All rights reserved.
<div class="fict">""" + FICT + r"""</div></div>
</div></body></html>
"""

# ---------------------------------------------------------------------------
# 3. Minister's letter on the department's web page
# ---------------------------------------------------------------------------
DCE_CSS = r"""
@page { size: A4; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Liberation Sans", Verdana, Arial, sans-serif; font-size: 12px; color: #111; }
#wrap { width: 940px; margin: 0 auto; }
.fict { background: #fff3c4; border: 1px solid #c9a400; color: #6b5400; font-size: 10px; padding: 2px 6px; margin: 4px 0; text-align: center; }
#hdr { border-bottom: 4px solid #00703c; padding: 10px 0; overflow: hidden; }
#hdr .crest { float: left; width: 44px; height: 50px; border: 2px solid #00703c; border-radius: 22px 22px 4px 4px; margin-right: 10px; text-align: center; font-size: 9px; color: #00703c; padding-top: 16px; }
#hdr .dept { float: left; font-size: 22px; color: #00703c; font-weight: bold; line-height: 1.1; margin-top: 4px; }
#hdr .dept small { display: block; font-size: 11px; color: #555; font-weight: normal; margin-top: 3px; }
#hdr .util { float: right; font-size: 11px; color: #555; text-align: right; }
#hdr .util .s { display: inline-block; border: 1px solid #999; width: 170px; padding: 2px 4px; color: #888; margin-top: 6px; }
#tnav { background: #eef4ef; border-bottom: 1px solid #c5d8c9; overflow: hidden; }
#tnav span { float: left; padding: 5px 12px; font-size: 12px; color: #00703c; font-weight: bold; }
#tnav span.on { background: #00703c; color: #fff; }
#crumbs { font-size: 11px; color: #444; margin: 8px 0 10px 0; }
#crumbs b { color: #00703c; font-weight: normal; text-decoration: underline; }
#main { float: left; width: 650px; padding-right: 20px; }
#side { float: left; width: 270px; }
h1 { font-size: 22px; color: #00703c; margin: 0 0 6px 0; line-height: 1.2; }
.meta { font-size: 11.5px; color: #333; border-top: 1px solid #ccc; border-bottom: 1px solid #ccc; padding: 5px 0; margin-bottom: 10px; line-height: 1.6; }
.intro p { font-size: 13px; line-height: 1.5; margin: 0 0 10px 0; }
.letter { border: 1px solid #bbb; padding: 22px 28px; margin: 10px 0 14px 0; font-family: "Liberation Serif", "Times New Roman", serif; font-size: 14px; line-height: 1.45; box-shadow: 2px 2px 0 #ddd; }
.letter .from { text-align: right; font-size: 12.5px; line-height: 1.4; }
.letter .from b { font-size: 14px; }
.letter .refs { overflow: hidden; margin: 14px 0; font-size: 13px; }
.letter .refs .to { float: left; width: 55%; }
.letter .refs .rd { float: right; width: 40%; text-align: right; }
.letter p { margin: 0 0 10px 0; }
.letter .sig { margin-top: 14px; }
.letter .sig .hand { font-family: "DejaVu Serif", serif; font-style: italic; font-size: 20px; color: #1a2a6a; margin: 4px 0; }
.letter .cc { font-size: 12px; margin-top: 12px; border-top: 1px solid #ddd; padding-top: 6px; }
.annex { border-top: 2px solid #00703c; margin: 6px 0 12px 0; }
.annex h2 { font-size: 15px; color: #00703c; margin: 6px 0 6px 0; }
.annex li { font-size: 12.5px; line-height: 1.45; margin-bottom: 4px; }
.box { border: 1px solid #c5d8c9; margin-bottom: 12px; }
.box h3 { background: #00703c; color: #fff; font-size: 12px; margin: 0; padding: 5px 8px; }
.box ul { list-style: none; margin: 0; padding: 4px 8px; }
.box li { padding: 5px 0; border-bottom: 1px dotted #c5d8c9; font-size: 12px; line-height: 1.35; }
.box li .fs { color: #666; font-size: 11px; }
.box .note { font-size: 10.5px; color: #555; padding: 4px 8px 8px 8px; }
#foot { clear: both; border-top: 4px solid #00703c; margin-top: 12px; padding: 8px 0; font-size: 11px; color: #444; }
#foot span { margin-right: 12px; }
"""

DCE_HTML = r"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Publication of serious case review overview reports: letter to LSCB chairs - Department for Children and Education [FICTIONAL]</title>
<style>""" + DCE_CSS + r"""</style></head>
<body><div id="wrap">
<div class="fict">""" + FICT + r""" — the Department for Children and Education and its minister are invented</div>
<div id="hdr"><div class="crest">DCE</div><div class="dept">Department for<br>Children and Education<small>Improving outcomes for children, young people and families</small></div>
<div class="util">Accessibility &middot; Help &middot; Contact us &middot; Cymraeg<br><span class="s">Search this site</span></div></div>
<div id="tnav"><span>Home</span><span>About us</span><span>News</span><span class="on">Children and families</span><span>Schools</span><span>Publications</span><span>Consultations</span><span>Statistics</span></div>
<div id="crumbs"><b>Home</b> &gt; <b>Children and families</b> &gt; <b>Safeguarding children</b> &gt; <b>Serious case reviews</b> &gt; Letter to LSCB chairs</div>

<div id="main">
<h1>Publication of serious case review overview reports: letter to LSCB chairs</h1>
<div class="meta"><b>Published:</b> 10 June 2010 &nbsp;|&nbsp; <b>Audience:</b> Chairs of Local Safeguarding Children Boards; Directors of Children's Services &nbsp;|&nbsp; <b>Type:</b> Ministerial letter</div>
<div class="intro">
<p>The Minister of State for Children and Families has written to the chairs of all Local Safeguarding Children Boards (LSCBs) in England setting out the Government's expectation that the overview reports of serious case reviews will in future be published.</p>
<p>The text of the letter is reproduced below. A signed copy is available under Related documents.</p>
</div>

<div class="letter">
<div class="from"><b>Edward Larkham MP</b><br>Minister of State for Children and Families<br>Sanctuary House<br>40 Marsham Row<br>London SW1P 3QT<br>tel: 0870 000 2288<br>ministers@dce.gsi.gov.uk</div>
<div class="refs"><div class="to">To: Chairs of Local Safeguarding Children Boards in England</div>
<div class="rd">Our ref: MIN/2010/0417<br>9 June 2010</div></div>
<p>Dear Colleague,</p>
<p><b>PUBLICATION OF SERIOUS CASE REVIEW OVERVIEW REPORTS</b></p>
<p>I am writing to tell you about an important change in the Government's approach to serious case reviews (SCRs).</p>
<p>Until now only the executive summary of a review has been published. That has not been enough to give the public, or professionals, confidence that the lessons of a child's death or serious injury are being learned. From 14 June 2010, I expect the overview report and the executive summary of every SCR initiated on or after that date to be published, unless there are compelling reasons relating to the welfare of any children directly concerned in the case.</p>
<p>Reports should be published with suitable redactions. Children and family members must not be identifiable, and individual staff should be referred to by their role rather than by name. The Department will meet reasonable costs of redaction, up to &pound;5,000 for each review, where a board asks for help.</p>
<p>Each board will wish to consider whether it should also publish the overview reports of reviews completed before that date. Where a review has attracted substantial public interest, I would expect it to do so.</p>
<p>In particular, I have today written separately to Professor Judith Ellerby, Chair of Tolland LSCB, asking the Board to publish the overview reports of both serious case reviews into the death of Baby K, with redactions agreed with the Department. I have asked that this be done by 31 October 2010.</p>
<p>The first of those reviews, whose executive summary was published in November 2008, was judged inadequate by Ofsted on 11 December 2008. The second, whose executive summary was published in May 2009, was judged good. Of the 147 SCR overview reports that Ofsted evaluated in 2009&ndash;10, 38 were judged inadequate.</p>
<p>I will also ask the independent review of child protection, which will report next year, to consider how SCRs can better support learning across agencies.</p>
<p>If you have any questions about this letter, please contact the Safeguarding Policy Unit at spu.correspondence@dce.gsi.gov.uk.</p>
<div class="sig">Yours sincerely,<div class="hand">Edward Larkham</div><b>EDWARD LARKHAM MP</b><br>Minister of State for Children and Families</div>
<div class="cc">cc: Directors of Children's Services; Chief Executives of local authorities in England; Ofsted</div>
</div>

<div class="annex"><h2>Annex A: Redaction &ndash; points for boards to consider</h2>
<ul>
<li>Remove the names of the child, siblings and other family members.</li>
<li>Remove addresses, schools and any other detail that could identify the family.</li>
<li>Refer to staff by role or code (for example SW1 or HV2), not by name.</li>
<li>Remove medical or personal information about living family members that is not needed to understand the learning.</li>
<li>Send the proposed redacted report to the Department at least 20 working days before the planned publication date.</li>
</ul></div>
<div class="intro">
<p><b>Contact:</b> Safeguarding Policy Unit, Area 2C, Sanctuary House. Page last reviewed: 11 June 2010.</p>
</div>
</div>

<div id="side">
<div class="box"><h3>Related documents</h3><ul>
<li>Letter to LSCB chairs, 9 June 2010 <span class="fs">(PDF, 84KB)</span></li>
<li>Letter to the Chair of Tolland LSCB <span class="fs">(PDF, 61KB)</span></li>
<li>Guidance on serious case reviews: chapter 8 extract <span class="fs">(PDF, 412KB)</span></li>
<li>Ofsted evaluations of serious case reviews 2009&ndash;10: summary <span class="fs">(PDF, 1.2MB)</span></li>
<li>Redaction checklist for LSCBs <span class="fs">(Word, 96KB)</span></li>
</ul><div class="note">To view PDF files you need a PDF reader. Documents are available in alternative formats on request.</div></div>
<div class="box"><h3>Related news</h3><ul>
<li>Minister calls for openness on case reviews <span class="fs">10 June 2010</span></li>
<li>Independent review of child protection launched <span class="fs">10 June 2010</span></li>
</ul></div>
<div class="box"><h3>In this section</h3><ul>
<li>Serious case reviews</li><li>Local Safeguarding Children Boards</li><li>Child protection statistics</li><li>Safeguarding guidance</li>
</ul></div>
</div>

<div id="foot"><span>&copy; Crown copyright</span><span>Terms and conditions</span><span>Privacy</span><span>Freedom of information</span><span>Accessibility</span><span>Site map</span>
<div class="fict">""" + FICT + r"""</div></div>
</div></body></html>
"""

# ---------------------------------------------------------------------------
# 4. Local safeguarding board's news release page
# ---------------------------------------------------------------------------
LSCB_CSS = r"""
@page { size: A4; margin: 14mm 12mm 18mm 12mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "DejaVu Sans", Verdana, sans-serif; font-size: 11px; color: #222; }
#wrap { width: 900px; margin: 0 auto; }
.fict { background: #fff3c4; border: 1px solid #c9a400; color: #6b5400; font-size: 9.5px; padding: 2px 6px; margin: 3px 0; text-align: center; }
.pfoot { position: fixed; bottom: 0; left: 0; right: 0; text-align: center; font-size: 9px; color: #6b5400; border-top: 1px solid #c9a400; padding-top: 2px; background: #fff; }
#hdr { background: #5b2a86; color: #fff; padding: 12px 16px; overflow: hidden; border-bottom: 6px solid #f2a900; }
#hdr .logo { float: left; width: 62px; height: 62px; border-radius: 31px; background: #f2a900; color: #5b2a86; font-weight: bold; font-size: 15px; text-align: center; padding-top: 21px; margin-right: 14px; }
#hdr .nm { float: left; }
#hdr .nm b { display: block; font-size: 22px; }
#hdr .nm i { display: block; font-size: 12px; margin-top: 4px; color: #f7d98a; }
#hdr .r { float: right; font-size: 10.5px; text-align: right; line-height: 1.6; }
#menu { float: left; width: 190px; margin-top: 12px; }
#menu ul { list-style: none; margin: 0; padding: 0; border-top: 3px solid #5b2a86; }
#menu li { padding: 6px 8px; border-bottom: 1px solid #ddd; font-size: 11.5px; color: #5b2a86; }
#menu li.sub { padding-left: 20px; font-size: 10.5px; }
#menu li.on { background: #efe6f7; font-weight: bold; }
#menu .help { margin-top: 12px; background: #f2a900; color: #222; padding: 8px; font-size: 11px; line-height: 1.45; }
#menu .help b { display: block; font-size: 12px; margin-bottom: 3px; }
#content { float: left; width: 690px; margin: 12px 0 0 20px; }
.crumb { font-size: 10.5px; color: #666; margin-bottom: 8px; }
.rel-meta { font-size: 11.5px; line-height: 1.6; background: #f4f0f8; border-left: 4px solid #5b2a86; padding: 6px 10px; margin-bottom: 10px; }
.embargo { font-weight: bold; color: #a0001e; }
h1 { font-size: 20px; color: #5b2a86; margin: 4px 0 12px 0; line-height: 1.25; }
#content p { font-size: 12.5px; line-height: 1.55; margin: 0 0 10px 0; }
.ends { text-align: center; font-weight: bold; letter-spacing: 3px; margin: 14px 0; }
h2 { font-size: 14px; color: #5b2a86; border-bottom: 1px solid #ccc; padding-bottom: 3px; margin: 14px 0 8px 0; }
ol.notes { margin: 0; padding-left: 24px; }
ol.notes li { font-size: 12px; line-height: 1.5; margin-bottom: 8px; padding-left: 4px; }
table.key { border-collapse: collapse; margin: 6px 0 2px 0; font-size: 11px; width: 96%; }
table.key th { background: #5b2a86; color: #fff; text-align: left; padding: 3px 6px; }
table.key td { border: 1px solid #ccc; padding: 3px 6px; vertical-align: top; }
table.key td.c { font-weight: bold; width: 70px; }
.media { border: 1px solid #5b2a86; padding: 8px 10px; font-size: 12px; line-height: 1.55; margin-top: 10px; break-inside: avoid; }
#foot { clear: both; border-top: 3px solid #5b2a86; margin-top: 16px; padding-top: 6px; font-size: 10.5px; color: #555; }
"""

LSCB_HTML = r"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>News release: Board publishes full reports of Baby K serious case reviews - Tolland LSCB [FICTIONAL]</title>
<style>""" + LSCB_CSS + r"""</style></head>
<body>
<div class="pfoot">""" + FICT + r""" · Tolland LSCB is an invented body · www.tollandlscb.org.uk/news/2010/babyk-overview-reports</div>
<div id="wrap">
<div class="fict">""" + FICT + r"""</div>
<div id="hdr"><div class="logo">TLSCB</div><div class="nm"><b>Tolland Local Safeguarding Children Board</b><i>Safeguarding children is everybody's business</i></div>
<div class="r">Text size: A A A<br>Contact us &middot; Site map<br>Search</div></div>

<div id="menu"><ul>
<li>Home</li><li>About the Board</li><li class="sub">Board members</li><li class="sub">Annual reports</li><li>News and media</li><li class="sub on">News releases 2010</li><li class="sub">News archive</li><li>Serious case reviews</li><li class="sub">Baby K reviews</li><li>Training and events</li><li>Child protection procedures</li><li>Information for parents</li><li>Contact us</li>
</ul>
<div class="help"><b>Worried about a child?</b>Call the Tolland Children's Referral Team on 01632 960 700. Out of hours, call the Emergency Duty Team on 01632 960 999. If a child is in immediate danger, dial 999.</div>
</div>

<div id="content">
<div class="crumb">Home &gt; News and media &gt; News releases 2010</div>
<div class="rel-meta"><b>NEWS RELEASE</b> &nbsp; Ref: TLSCB/PR/2010/19<br>Date: 26 October 2010<br><span class="embargo">EMBARGOED UNTIL 00:01 HRS, TUESDAY 26 OCTOBER 2010</span></div>
<h1>Board publishes full reports of Baby K serious case reviews</h1>

<p>Tolland Local Safeguarding Children Board (LSCB) today publishes the overview reports of the two serious case reviews carried out after the death of Baby K in March 2008.</p>
<p>The Board published the executive summaries of both reviews in 2008 and 2009. It is now publishing the full reports, with redactions, in response to the request made by the Minister of State for Children and Families in his letter of 9 June 2010.</p>
<p>Professor Judith Ellerby, Independent Chair of Tolland LSCB, said: "Baby K's death was a tragedy that should never have happened. We are publishing these reports so that people can judge for themselves what went wrong, and what has changed since. Nothing in them has been removed to spare any agency embarrassment. The redactions protect Baby K's sisters and other living children, and they have been agreed with the Department."</p>
<p>Of the 42 recommendations made by the second review, 37 have been completed. The remaining five, which concern information sharing between hospitals and the joint training of police and social work staff, are on course to be completed by March 2011.</p>
<p>Nadia Ferrant, Director of Children's Services at Tolland Borough Council, said: "Since 2008 we have reduced the average caseload of a children's social worker in Tolland from 24 children to 14, and every child on a child protection plan is now seen at least every ten working days."</p>
<p>Detective Superintendent Kevin Draycott, head of public protection at Westmarch Police, said: "Every call about a child's safety is now shared with children's services within one working day."</p>
<p>Dr Anita Rahman, Director of Nursing at NHS Tolland, said that all health visitors in the borough now receive monthly safeguarding supervision.</p>
<p>The reports are available on the Board's website from today. Printed copies can be viewed by appointment at Tolland Central Library.</p>

<div class="ends">ENDS</div>

<h2>Notes to editors</h2>
<ol class="notes">
<li>Baby K died on 3 March 2008, aged 13 months. His mother and her partner, Mr M, were convicted at Castlebridge Crown Court in April 2009 of causing or allowing the death of a child. They were sentenced on 22 May 2009.</li>
<li>The Board commissioned the first serious case review on 17 March 2008. Its overview report was written by Dr Colin Whybrow, an independent consultant. The executive summary was published on 20 November 2008. Ofsted evaluated the review as inadequate on 11 December 2008.</li>
<li>The Board commissioned a second serious case review on 8 January 2009, with Alan Pettifer as independent overview author and a review panel chaired by Hilary Vane, an independent safeguarding consultant. Its executive summary was published on 7 May 2009.</li>
<li>The overview report of the first review runs to 62 pages and makes 28 recommendations. The overview report of the second review runs to 108 pages and makes 42 recommendations. The Board's action plan, updated in September 2010, is published with the reports.</li>
<li>The second review cost &pound;86,400, including the fees of the independent author and panel chair, legal advice and the costs of redaction.</li>
<li>Professor Judith Ellerby was appointed Independent Chair of the Board on 1 April 2009. Until then the Board was chaired by Graham Soutar, Chief Executive of Tolland Borough Council.</li>
<li>The reports refer to practitioners by codes. The codes used most often are:
<table class="key"><tr><th>Code</th><th>Role</th></tr>
<tr><td class="c">SW1</td><td>Allocated social worker, June to October 2007</td></tr>
<tr><td class="c">SW2</td><td>Allocated social worker from 15 October 2007</td></tr>
<tr><td class="c">TM1</td><td>Team manager, Eastfield children in need team</td></tr>
<tr><td class="c">HV1</td><td>Health visitor until September 2007</td></tr>
<tr><td class="c">HV2</td><td>Health visitor from September 2007</td></tr>
<tr><td class="c">GP1</td><td>The family's general practitioner, Marden Row Surgery</td></tr>
<tr><td class="c">PAED1</td><td>Consultant paediatrician, Tolland General Hospital</td></tr>
<tr><td class="c">PC1, PC2</td><td>Officers of the Westmarch Police child abuse investigation team</td></tr>
<tr><td class="c">SOL1</td><td>Solicitor, Tolland Borough Council legal services</td></tr>
</table></li>
<li>A media briefing will be held at Tolland Civic Centre at 11.00am on Tuesday 26 October 2010. Professor Ellerby and Alan Pettifer will take questions. Places must be booked with the communications office by 4pm on Monday 25 October.</li>
</ol>

<div class="media"><b>Media enquiries:</b> Daniel Frew, Communications Officer, Tolland Borough Council<br>Tel: 01632 960 418 &middot; Email: press@tolland.gov.uk<br>Out of hours: 07700 900 237</div>
</div>

<div id="foot">Tolland Local Safeguarding Children Board, Civic Centre, Eastgate, Tolland TL1 1AA &middot; Page last updated: 26 October 2010 &middot; Accessibility &middot; Privacy &middot; Cookies &middot; Site map</div>
</div></body></html>
"""

DOCS = [
    # (filename, html, header/footer on?, header date text, url, scale)
    ("ubn-news-baby-k-reviews-2010.pdf", UBN_HTML, True, "26/10/2010 16:47",
     "http://news.ubn-online.co.uk/1/hi/england/tolland/9127334.stm", 0.72),
    ("courier-ledger-baby-k-reports-2010.pdf", CL_HTML, True, "27/10/2010 09:12",
     "http://www.courierledger.co.uk/society/2010/oct/26/baby-k-tolland-overview-reports", 0.72),
    ("dce-minister-letter-scr-publication-2010.pdf", DCE_HTML, True, "14/06/2010 11:20",
     "http://www.dce.gov.uk/childrenandfamilies/safeguarding/scr/a0068812/letter-to-lscb-chairs", 0.74),
    ("tolland-lscb-news-release-baby-k-2010.pdf", LSCB_HTML, False, None,
     "http://www.tollandlscb.org.uk/news/2010/babyk-overview-reports", 0.78),
]
