#!/usr/bin/env python
"""Build the FICTIONAL Greywether LCSPR corpus with xhtml2pdf (pisa).

    /tmp/greywether-xhtml2pdf-work/venv/bin/python build.py

Writes, next to this file:
  greywether-lcspr-jay-report.pdf        main review report (cover, roman front matter, 2-column body)
  greywether-lcspr-jay-7-minute-briefing.pdf   landscape seven-minute briefing, three panels per page

The report is built twice: the first pass finds the page of each section heading, the
second prints those page numbers in the contents list. ReportLab's invariant mode fixes
the creation date and document id, so a rebuild is byte-identical.
"""
import html
import io
import os
import re
import sys

from reportlab import rl_config

rl_config.invariant = 1  # fixed CreationDate / ModDate / document ID

from pypdf import PdfReader  # noqa: E402
from xhtml2pdf import pisa  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPORT = "greywether-lcspr-jay-report.pdf"
BRIEF = "greywether-lcspr-jay-7-minute-briefing.pdf"

INK = "#1d3b47"      # deep slate teal
ACCENT = "#b5462f"   # brick red
TINT = "#e6eef0"     # pale teal tint
TINT2 = "#f6ede4"    # warm tint for the practice box
FOOT_NOTICE = "FICTIONAL &mdash; practice document for evaluation only; all people, places and agencies are invented"

# --------------------------------------------------------------------------- CSS
A4W, A4H = 595, 842
M_L, M_R = 52, 52
GUTTER = 18
COLW = (A4W - M_L - M_R - GUTTER) / 2.0  # 236.5 pt
BODY_TOP, BODY_H = 66, 716

CSS = f"""
@page {{
  size: a4 portrait; margin: 0;
  @frame cover_band {{ -pdf-frame-content: cover_band; left: 0pt; top: 0pt; width: {A4W}pt; height: 360pt; }}
  @frame cover_main {{ left: 62pt; top: 380pt; width: 471pt; height: 370pt; }}
  @frame cover_foot {{ -pdf-frame-content: cover_foot; left: 62pt; top: 770pt; width: 471pt; height: 50pt; }}
}}
@page front_ii {{
  size: a4 portrait; margin: 0;
  @frame fm {{ left: 90pt; top: 70pt; width: 415pt; height: 690pt; }}
  @frame ff {{ -pdf-frame-content: foot_ii; left: {M_L}pt; top: 800pt; width: {A4W-M_L-M_R}pt; height: 22pt; }}
}}
@page front_iii {{
  size: a4 portrait; margin: 0;
  @frame fm {{ left: 90pt; top: 70pt; width: 415pt; height: 690pt; }}
  @frame ff {{ -pdf-frame-content: foot_iii; left: {M_L}pt; top: 800pt; width: {A4W-M_L-M_R}pt; height: 22pt; }}
}}
@page front_iv {{
  size: a4 portrait; margin: 0;
  @frame gh {{ left: {M_L}pt; top: 60pt; width: {A4W-M_L-M_R}pt; height: 70pt; }}
  @frame gmain {{ left: {M_L}pt; top: 140pt; width: 300pt; height: 640pt; }}
  @frame gside {{ left: {M_L+318}pt; top: 140pt; width: {A4W-M_L-M_R-318}pt; height: 640pt; }}
  @frame ff {{ -pdf-frame-content: foot_iv; left: {M_L}pt; top: 800pt; width: {A4W-M_L-M_R}pt; height: 22pt; }}
}}
@page twocol {{
  size: a4 portrait; margin: 0;
  @frame hdr {{ -pdf-frame-content: run_head; left: {M_L}pt; top: 26pt; width: {A4W-M_L-M_R}pt; height: 26pt; }}
  @frame col1 {{ left: {M_L}pt; top: {BODY_TOP}pt; width: {COLW}pt; height: {BODY_H}pt; }}
  @frame col2 {{ left: {M_L+COLW+GUTTER}pt; top: {BODY_TOP}pt; width: {COLW}pt; height: {BODY_H}pt; }}
  @frame ftr {{ -pdf-frame-content: run_foot; left: {M_L}pt; top: 798pt; width: {A4W-M_L-M_R}pt; height: 26pt; }}
}}
@page onecol {{
  size: a4 portrait; margin: 0;
  @frame hdr {{ -pdf-frame-content: run_head; left: {M_L}pt; top: 26pt; width: {A4W-M_L-M_R}pt; height: 26pt; }}
  @frame main {{ left: {M_L}pt; top: {BODY_TOP}pt; width: {A4W-M_L-M_R}pt; height: {BODY_H}pt; }}
  @frame ftr {{ -pdf-frame-content: run_foot; left: {M_L}pt; top: 798pt; width: {A4W-M_L-M_R}pt; height: 26pt; }}
}}

body {{ font-family: Helvetica; font-size: 8.8pt; line-height: 12pt; color: #222222; }}
p {{ margin: 0 0 5pt 0; }}
p.np {{ text-align: justify; margin: 0 0 5.5pt 0; }}
span.pn {{ font-weight: bold; color: {ACCENT}; }}
h2.sec {{ font-family: Helvetica; font-weight: bold; font-size: 13pt; line-height: 16pt; color: {INK};
          border-top: 2pt solid {ACCENT}; padding-top: 5pt; margin: 10pt 0 7pt 0; -pdf-keep-with-next: true; }}
p.sc {{ font-family: Helvetica; font-weight: bold; font-size: 9.6pt; color: {INK}; margin: 8pt 0 4pt 0; -pdf-keep-with-next: true; }}
span.scs {{ font-size: 7.4pt; }}
sup {{ font-size: 6pt; color: {ACCENT}; }}

div.notes {{ border-top: 0.6pt solid #8a9aa0; margin: 8pt 0 6pt 0; padding-top: 3pt; }}
div.notes p {{ font-size: 7pt; line-height: 8.8pt; margin: 0 0 2.5pt 0; color: #333333; }}
p.nh {{ font-family: Helvetica; font-weight: bold; font-size: 7pt; color: {INK}; }}

div.box {{ page-break-inside: avoid; background-color: {TINT}; border-left: 3pt solid {INK}; padding: 6pt 7pt 4pt 8pt; margin: 6pt 0 8pt 0; }}
div.practice {{ background-color: {TINT2}; border-left: 3pt solid {ACCENT}; }}
p.boxh {{ font-family: Helvetica; font-weight: bold; font-size: 9.5pt; color: {INK}; margin-bottom: 4pt; }}
p.q {{ font-family: Times; font-style: italic; font-size: 10.5pt; line-height: 13pt; margin: 0 0 1pt 0; color: {INK}; }}
p.qs {{ font-size: 7pt; color: #555555; margin: 0 0 5pt 0; }}

div.pull {{ page-break-inside: avoid; border-top: 1.5pt solid {ACCENT}; border-bottom: 1.5pt solid {ACCENT}; padding: 6pt 2pt 3pt 2pt; margin: 8pt 0 9pt 0; }}
div.pull p {{ font-family: Times; font-weight: bold; font-style: italic; font-size: 16pt; line-height: 19pt; color: {ACCENT}; margin: 0 0 3pt 0; }}
div.pull p.pullsrc {{ font-family: Helvetica; font-size: 7pt; line-height: 9pt; color: #555555; }}

table.data {{ width: 100%; margin: 4pt 0 2pt 0; }}
table.data th {{ background-color: {INK}; color: #ffffff; font-family: Helvetica; font-weight: bold; font-size: 7pt; line-height: 8.5pt;
                 padding: 2.5pt 2pt 1.5pt 2pt; text-align: center; vertical-align: bottom; }}
table.data td {{ font-size: 7.8pt; padding: 2.5pt 2pt 1.5pt 2pt; text-align: center; border-bottom: 0.4pt solid #b8c4c8; }}
table.data th.l, table.data td.l {{ text-align: left; }}
table.data tr.tot td {{ font-family: Helvetica; font-weight: bold; background-color: {TINT}; border-bottom: 1pt solid {INK}; }}
p.cap {{ font-size: 7pt; line-height: 8.8pt; color: #555555; margin-bottom: 8pt; }}

table.chrono {{ width: 100%; }}
table.chrono th {{ background-color: {INK}; color: #ffffff; font-family: Helvetica; font-weight: bold; font-size: 8pt; padding: 3pt 4pt 2pt 4pt; text-align: left; }}
table.chrono td {{ font-size: 8pt; line-height: 10pt; padding: 3pt 4pt 2pt 4pt; vertical-align: top; border-bottom: 0.4pt solid #c3ccd0; }}
table.chrono tr.z td {{ background-color: #f1f5f6; }}
table.chrono td.d {{ font-family: Helvetica; font-weight: bold; color: {INK}; }}

table.key {{ width: 100%; }}
table.key td {{ font-size: 7.6pt; line-height: 9.4pt; padding: 1.5pt 2pt 1pt 2pt; vertical-align: top; border-bottom: 0.3pt solid #d0d8da; }}
table.key td.kc {{ font-family: Helvetica; font-weight: bold; color: {INK}; }}
table.key td.kg {{ font-family: Helvetica; font-weight: bold; font-size: 7.6pt; color: #ffffff; background-color: {INK}; padding: 2pt 3pt 1pt 3pt; }}

/* static frames */
table.rh td {{ font-size: 7.5pt; color: {INK}; border-bottom: 0.8pt solid {INK}; padding-bottom: 2pt; }}
table.rf td {{ font-size: 6.8pt; color: #555555; border-top: 0.6pt solid #8a9aa0; padding-top: 3pt; }}
td.pg {{ font-family: Helvetica; font-weight: bold; font-size: 8pt; color: {INK}; text-align: right; }}

/* cover */
div.band {{ background-color: {INK}; color: #ffffff; padding: 62pt 62pt 30pt 62pt; }}
p.c-part {{ font-family: Helvetica; font-weight: bold; font-size: 11pt; color: #f0c9bd; letter-spacing: 1pt; margin-bottom: 40pt; }}
p.c-kind {{ font-size: 12pt; color: #ffffff; margin-bottom: 4pt; }}
p.c-title {{ font-family: Helvetica; font-weight: bold; font-size: 40pt; line-height: 44pt; color: #ffffff; margin-bottom: 14pt; }}
p.c-sub {{ font-size: 13pt; line-height: 17pt; color: #dfe9ec; margin-bottom: 6pt; }}
table.cmeta td {{ font-size: 10pt; line-height: 14pt; padding: 5pt 0 4pt 0; border-bottom: 0.6pt solid #b8c4c8; vertical-align: top; }}
table.cmeta td.k {{ font-family: Helvetica; font-weight: bold; color: {INK}; width: 140pt; }}
p.c-fict {{ font-family: Helvetica; font-weight: bold; font-size: 8pt; color: {ACCENT}; border: 1pt solid {ACCENT}; padding: 4pt 6pt 2pt 6pt; }}

/* front matter */
h1.fm {{ font-family: Helvetica; font-weight: bold; font-size: 22pt; line-height: 26pt; color: {INK}; margin: 0 0 16pt 0; border-bottom: 2pt solid {ACCENT}; padding-bottom: 6pt; }}
p.lead {{ font-size: 12pt; line-height: 16pt; color: {INK}; margin-bottom: 10pt; }}
div.fw p {{ font-size: 9.8pt; line-height: 14pt; margin-bottom: 8pt; text-align: justify; }}
div.fw p.lead {{ font-size: 12pt; line-height: 16pt; text-align: left; }}
p.sig {{ margin-top: 12pt; }}
table.toc td {{ font-size: 10.5pt; line-height: 14pt; padding: 6pt 0 4pt 0; border-bottom: 0.5pt dotted #8a9aa0; }}
table.toc td.tn {{ font-family: Helvetica; font-weight: bold; color: {ACCENT}; width: 30pt; }}
table.toc td.tp {{ text-align: right; font-family: Helvetica; font-weight: bold; color: {INK}; width: 40pt; }}
p.tocnote {{ font-size: 8pt; color: #555555; margin-top: 14pt; }}
table.glance td {{ vertical-align: middle; border-bottom: 0.6pt solid #c3ccd0; padding: 7pt 4pt 5pt 4pt; }}
table.glance td.gnum {{ font-family: Helvetica; font-weight: bold; font-size: 22pt; line-height: 24pt; color: {ACCENT}; width: 95pt; }}
table.glance td.gtxt {{ font-size: 10pt; line-height: 13pt; color: {INK}; }}
div.gbox {{ background-color: {TINT}; padding: 10pt 10pt 6pt 10pt; }}
div.gbox p {{ font-size: 8.6pt; line-height: 11pt; margin-bottom: 6pt; }}
p.gh {{ font-family: Helvetica; font-weight: bold; font-size: 8pt; color: {ACCENT}; margin-bottom: 1pt; }}
div.glearn {{ border-top: 2pt solid {INK}; margin-top: 10pt; padding-top: 6pt; }}
div.glearn p {{ font-family: Times; font-style: italic; font-size: 10.5pt; line-height: 13.5pt; color: {INK}; }}
"""

# --------------------------------------------------------------------------- helpers
def small_caps(text):
    """Bold small caps by hand: xhtml2pdf ignores font-variant."""
    out = []
    text = html.unescape(text)
    for word in text.split(" "):
        m = re.match(r"([A-Za-z0-9])(.*)", word)
        if not m:
            out.append(html.escape(word.upper()))
            continue
        first, rest = m.group(1), m.group(2)
        if first.isupper() or first.isdigit():
            out.append(html.escape(first) + ('<span class="scs">%s</span>' % html.escape(rest.upper()) if rest else ""))
        else:
            out.append('<span class="scs">%s</span>' % html.escape(word.upper()))
    return " ".join(out)


def inline(s):
    return re.sub(r"\[\^(\d+)\]", r"<sup>\1</sup>", s)


NUM_RE = re.compile(r"^(\d+\.\d+)\s+(.*)$", re.S)


def render_blocks(src, anchors):
    """Turn the light markup of content.py into HTML."""
    out = []
    for block in re.split(r"\n\s*\n", src.strip()):
        block = block.strip()
        if not block:
            continue
        if block.startswith("= "):
            title = block[2:].strip()
            num = title.split(".")[0]
            anchors.append(title)
            out.append('<h2 class="sec"><a name="s%s"></a>%s</h2>' % (num, title))
        elif block.startswith("~ "):
            out.append('<p class="sc">%s</p>' % small_caps(block[2:].strip()))
        elif block.startswith("<"):
            # raw HTML; may contain note lines (^N ...) inside a notes div
            lines = []
            for line in block.split("\n"):
                m = re.match(r"^\^(\d+)\s+(.*)$", line.strip())
                if m:
                    lines.append("<p><sup>%s</sup> %s</p>" % (m.group(1), m.group(2)))
                else:
                    lines.append(line)
            out.append(inline("\n".join(lines)))
        elif block.startswith("^"):
            m = re.match(r"^\^(\d+)\s+(.*)$", block, re.S)
            out.append("<p><sup>%s</sup> %s</p>" % (m.group(1), inline(m.group(2))))
        else:
            m = NUM_RE.match(block)
            if m:
                out.append('<p class="np"><span class="pn">%s</span> %s</p>' % (m.group(1), inline(m.group(2))))
            else:
                out.append("<p>%s</p>" % inline(block))
    return "\n".join(out)


def static_frames():
    foot_roman = "".join(
        '<div id="foot_%s"><table class="rf"><tr><td>%s</td><td class="pg" width="60pt">%s</td></tr></table></div>'
        % (r, FOOT_NOTICE, r) for r in ("ii", "iii", "iv"))
    return f"""
<div id="cover_band"><div class="band">
<p class="c-part">GREYWETHER SAFEGUARDING CHILDREN PARTNERSHIP</p>
<p class="c-kind">Local Child Safeguarding Practice Review</p>
<p class="c-title">Jay</p>
<p class="c-sub">A review following the death of a 14-year-old boy in Scarrowby in November 2023, after
criminal exploitation and repeated missing episodes</p>
</div></div>
<div id="cover_foot"><p class="c-fict">FICTIONAL &mdash; This is an invented practice document written to test a question-answering tool.
Greywether, its partnership, its agencies and everyone named or coded in it are fictitious.</p></div>
{foot_roman}
<div id="run_head"><table class="rh"><tr><td>{C.RUNNING}</td><td width="120pt" align="right">{C.REFCODE}</td></tr></table></div>
<div id="run_foot"><table class="rf"><tr><td>{FOOT_NOTICE}</td><td class="pg" width="60pt">Page <pdf:pagenumber/></td></tr></table></div>
"""


def cover_main():
    return f"""
<table class="cmeta">
<tr><td class="k">Independent reviewer</td><td>{C.REVIEWER}</td></tr>
<tr><td class="k">Review commissioned by</td><td>Greywether Safeguarding Children Partnership: Greywether Metropolitan Borough Council,
Northfell Police and Greywether and Dales Integrated Care Board</td></tr>
<tr><td class="k">Publication date</td><td>{C.PUBLISHED}</td></tr>
<tr><td class="k">Reference</td><td>{C.REFCODE}</td></tr>
<tr><td class="k">Status</td><td>Final report, approved by the partnership executive</td></tr>
</table>
"""


def contents_page(pages):
    rows = []
    for label, title, key in C.CONTENTS:
        pg = pages.get(key, "00")
        rows.append('<tr><td class="tn">%s</td><td>%s</td><td class="tp">%s</td></tr>' % (label, title, pg))
    return ('<h1 class="fm">Contents</h1><table class="toc">%s</table>'
            '<p class="tocnote">Front matter is numbered in roman numerals; the body of the report is numbered from 1. '
            'Table 1 (the chronology) is in section 4 and Table 2 (missing episodes) in section 5. '
            'Notes are collected at the end of each section.</p>' % "".join(rows))


def chrono_table():
    rows = []
    for i, (d, t, a, e) in enumerate(C.CHRONO):
        cls = ' class="z"' if i % 2 else ""
        rows.append('<tr%s><td class="d">%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (cls, d, t, a, e))
    return ('<table class="chrono" repeat="1"><thead><tr><th width="13%%">Date</th><th width="8%%">Time</th>'
            '<th width="20%%">Agency</th><th width="59%%">Event</th></tr></thead>%s</table>'
            '<p class="cap">Table 1. Chronology of significant contacts, 1 September 2022 to 19 November 2023. '
            'MP = missing-person report (episode number).</p>' % "".join(rows))


def role_key():
    rows = []
    for group, items in C.ROLE_KEY:
        rows.append('<tr><td class="kg" colspan="2">%s</td></tr>' % group)
        for code, role in items:
            rows.append('<tr><td class="kc" width="62pt">%s</td><td>%s</td></tr>' % (code, role))
    return '<table class="key">%s</table>' % "".join(rows)


def glossary():
    rows = "".join('<tr><td class="kc" width="62pt">%s</td><td>%s</td></tr>' % (k, v) for k, v in C.GLOSSARY)
    return '<table class="key">%s</table>' % rows


def report_html(pages):
    anchors = []
    body1 = render_blocks(C.BODY1, anchors)
    body2 = render_blocks(C.BODY2, anchors)
    return f"""<html><head><meta charset="utf-8"/>
<title>{C.TITLE} (FICTIONAL)</title>
<meta name="author" content="Greywether Safeguarding Children Partnership (fictional)"/>
<meta name="subject" content="FICTIONAL practice document"/>
<style>{CSS}</style></head><body>
{static_frames()}
{cover_main()}
<pdf:nexttemplate name="front_ii"/><pdf:nextpage/>
<div class="fw"><h1 class="fm">Foreword</h1>{C.FOREWORD}</div>
<pdf:nexttemplate name="front_iii"/><pdf:nextpage/>
{contents_page(pages)}
<pdf:nexttemplate name="front_iv"/><pdf:nextpage/>
<h1 class="fm">The review at a glance</h1>
<pdf:nextframe/>
{C.GLANCE}
<div class="glearn">{C.GLANCE_LEARN}</div>
<pdf:nextframe/>
<div class="gbox">{C.GLANCE_SIDE}</div>
<pdf:nexttemplate name="twocol"/><pdf:nextpage/>
<pdf:resetpagenumber value="1"/>
{body1}
<pdf:nexttemplate name="onecol"/><pdf:nextpage/>
<h2 class="sec">4. Chronology of significant contacts</h2>
{C.CHRONO_INTRO}
{chrono_table()}
<pdf:nexttemplate name="twocol"/><pdf:nextpage/>
{body2}
<h2 class="sec">Appendix A: Role-code key</h2>
<p class="cap">Practitioners are referred to by role codes. Codes were assigned in order of first contact within each agency.</p>
{role_key()}
<h2 class="sec">Appendix B: Glossary</h2>
{glossary()}
</body></html>"""


def render(html_text, path):
    buf = io.BytesIO()
    res = pisa.CreatePDF(html_text, dest=buf, encoding="utf-8")
    if res.err:
        raise SystemExit("xhtml2pdf reported %d error(s) for %s" % (res.err, path))
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


FRONT_PAGES = 4  # cover + ii, iii, iv: body page 1 is physical page 5


def find_section_pages(path):
    reader = PdfReader(path)
    texts = [re.sub(r"\s+", " ", p.extract_text() or "") for p in reader.pages]
    found = {"foreword": "ii", "glance": "iv"}
    for label, title, key in C.CONTENTS:
        if key in found:
            continue
        needle = ("%s. %s" % (label, title)) if label.isdigit() else title
        for i in range(FRONT_PAGES, len(texts)):
            if needle in texts[i]:
                found[key] = str(i + 1 - FRONT_PAGES)
                break
        else:
            raise SystemExit("heading not found: %r" % needle)
    return found


# --------------------------------------------------------------------------- briefing
BW, BH = 842, 595
BM = 34
BG = 16
PW = (BW - 2 * BM - 2 * BG) / 3.0

BRIEF_CSS = f"""
@page {{
  size: a4 landscape; margin: 0;
  @frame bhead {{ -pdf-frame-content: b_head; left: {BM}pt; top: 22pt; width: {BW-2*BM}pt; height: 46pt; }}
  @frame p1 {{ left: {BM}pt; top: 80pt; width: {PW}pt; height: 462pt; }}
  @frame p2 {{ left: {BM+PW+BG}pt; top: 80pt; width: {PW}pt; height: 462pt; }}
  @frame p3 {{ left: {BM+2*(PW+BG)}pt; top: 80pt; width: {PW}pt; height: 462pt; }}
  @frame bfoot {{ -pdf-frame-content: b_foot; left: {BM}pt; top: 556pt; width: {BW-2*BM}pt; height: 26pt; }}
}}
body {{ font-family: Helvetica; font-size: 10pt; line-height: 13.8pt; color: #222222; }}
p {{ margin: 0 0 7pt 0; }}
table.bh td {{ vertical-align: bottom; border-bottom: 2pt solid {ACCENT}; padding-bottom: 4pt; }}
td.bt {{ font-family: Helvetica; font-weight: bold; font-size: 19pt; line-height: 22pt; color: {INK}; }}
td.bs {{ font-size: 8.5pt; line-height: 11pt; color: #555555; text-align: right; }}
table.bf td {{ font-size: 7pt; color: #555555; border-top: 0.6pt solid #8a9aa0; padding-top: 3pt; }}
div.panel {{ background-color: {TINT}; padding: 12pt 13pt 8pt 13pt; height: 438pt; }}
div.panel2 {{ background-color: {TINT2}; }}
table.ph {{ margin-bottom: 9pt; }}
table.ph td {{ vertical-align: middle; }}
td.pnum {{ font-family: Helvetica; font-weight: bold; font-size: 24pt; line-height: 26pt; color: #ffffff; background-color: {ACCENT};
           text-align: center; width: 34pt; padding-top: 4pt; }}
td.ptitle {{ font-family: Helvetica; font-weight: bold; font-size: 13pt; line-height: 15pt; color: {INK}; padding-left: 8pt; }}
p.bq {{ font-family: Times; font-weight: bold; font-style: italic; font-size: 14pt; line-height: 17pt; color: {ACCENT}; margin: 6pt 0 8pt 0; }}
ul, ol {{ margin: 0 0 4pt 0; }}
li {{ margin-bottom: 4pt; }}
p.small {{ font-size: 7.8pt; line-height: 10pt; color: #444444; }}
table.kd td {{ font-size: 9pt; line-height: 11.5pt; padding: 3pt 2pt 2pt 2pt; border-bottom: 0.4pt solid #b8c4c8; }}
table.kd td.first {{ font-family: Helvetica; font-weight: bold; color: {INK}; width: 78pt; }}
"""


def brief_html():
    panels = []
    for pi, page in enumerate(C.BRIEF_PAGES):
        if pi:
            panels.append("<pdf:nextpage/>")
        for fi, (num, title, body) in enumerate(page):
            if fi:
                panels.append("<pdf:nextframe/>")
            numcell = ('<td class="pnum">%s</td>' % num) if num else ""
            body = body.replace("<tr><td>", '<tr><td class="first">')
            klass = "panel panel2" if (pi + fi) % 2 else "panel"
            panels.append('<div class="%s"><table class="ph"><tr>%s<td class="ptitle">%s</td></tr></table>%s</div>'
                          % (klass, numcell, title, body))
    return f"""<html><head><meta charset="utf-8"/>
<title>Seven-minute briefing: LCSPR Jay (FICTIONAL)</title>
<meta name="author" content="Greywether Safeguarding Children Partnership (fictional)"/>
<style>{BRIEF_CSS}</style></head><body>
<div id="b_head"><table class="bh"><tr><td class="bt">7-minute briefing &middot; Learning from the review about Jay</td>
<td class="bs" width="230pt">Greywether Safeguarding Children Partnership<br/>Local Child Safeguarding Practice Review</td></tr></table></div>
<div id="b_foot"><table class="bf"><tr><td>{FOOT_NOTICE}</td><td width="90pt" align="right">Briefing page <pdf:pagenumber/> of <pdf:pagecount/></td></tr></table></div>
{"".join(panels)}
</body></html>"""


def main():
    report = os.path.join(HERE, REPORT)
    render(report_html({}), report)              # pass 1: find where the sections fall
    pages = find_section_pages(report)
    render(report_html(pages), report)           # pass 2: print them in the contents
    assert find_section_pages(report) == pages, "contents page numbers moved between passes"
    render(brief_html(), os.path.join(HERE, BRIEF))
    for name in (REPORT, BRIEF):
        n = len(PdfReader(os.path.join(HERE, name)).pages)
        print("%-45s %2d pages" % (name, n))
    print("contents:", pages)


if __name__ == "__main__":
    main()
