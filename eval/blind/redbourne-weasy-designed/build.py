"""Build the FICTIONAL Redbourne Vale 'Child K' blind corpus (two PDFs) with WeasyPrint.

Generator: WeasyPrint (HTML + CSS paged media). The text lives in content.py beside this file;
this script writes HTML + CSS and renders it with WeasyPrint:

  * redbourne-vale-cspr-child-k.pdf        - designed Child Safeguarding Practice Review: cover,
    roman-numbered front matter (i-iii), body restarting at page 1, CSS multi-column body
    (column-count: 2), some headings with column-span: all, literal paragraph numbers ("4.7"),
    CSS footnotes (float: footnote), pull quotes, shaded sidebar and episode boxes, wrapped-cell
    tables, running headers (string-set) and footers with page counters.
  * redbourne-vale-child-k-7-minute-briefing.pdf - 2-page "7-minute briefing" in a grid of boxes.

Everything (Redbourne Vale, the partnership, Child K, his family, practitioners, agencies) is
fictional. Rebuild:

    python3 -m venv /tmp/gen-redbourne && /tmp/gen-redbourne/bin/pip install weasyprint pypdf
    /tmp/gen-redbourne/bin/python build.py

Metadata dates are fixed (<meta name=dcterms.created/modified>) so a rebuild gives the same text.
"""
from pathlib import Path

from weasyprint import HTML

import content as C

HERE = Path(__file__).resolve().parent
REPORT = HERE / "redbourne-vale-cspr-child-k.pdf"
BRIEFING = HERE / "redbourne-vale-child-k-7-minute-briefing.pdf"
FIXED = "2024-11-14T09:00:00Z"
FICT = "FICTIONAL \u2014 practice document \u2014 Redbourne Vale Safeguarding Children Partnership"

HEAD = f"""<meta charset="utf-8"><meta name="author" content="RVSCP (fictional)">
<meta name="dcterms.created" content="{FIXED}"><meta name="dcterms.modified" content="{FIXED}">
<meta name="generator" content="WeasyPrint">"""

REPORT_CSS = """
@page { size: A4; margin: 22mm 18mm 24mm 18mm;
  @top-left { content: "Child K \\2014  Child Safeguarding Practice Review"; font: 8pt sans-serif; color:#555; }
  @top-right { content: string(sect); font: 8pt sans-serif; color:#555; }
  @bottom-left { content: "FICTIONAL \\2014  practice document"; font: 7.5pt sans-serif; color:#a00; }
  @bottom-right { content: "Page " counter(page); font: 8pt sans-serif; }
  @footnote { border-top: 0.5pt solid #888; padding-top: 2mm; }
}
@page cover { margin: 0; @top-left { content: none } @top-right { content: none }
  @bottom-right { content: none }
  @bottom-left { content: "FICTIONAL \\2014  practice document \\2014  not a real review"; color: #fff; font: 9pt sans-serif; } }
@page front { @bottom-right { content: "Page " counter(page, lower-roman); } @top-right { content: "Front matter"; } }
@page :nth(1 of front) { counter-reset: page 1; }
@page :nth(1 of body) { counter-reset: page 1; }
html { font-family: "DejaVu Serif", serif; font-size: 10pt; line-height: 1.42; color: #222; }
h1, h2, h3, .sbt, th { font-family: "DejaVu Sans", sans-serif; }
.cover { page: cover; height: 297mm; background: #1d4e5f; color: white; padding: 40mm 20mm 0 22mm; box-sizing: border-box; }
.cover .org { font: bold 13pt sans-serif; letter-spacing: 1pt; }
.cover h1 { font-size: 30pt; line-height: 1.15; margin: 30mm 0 8mm 0; }
.cover .sub { font-size: 13pt; }
.cover .meta { margin-top: 50mm; font-size: 10pt; line-height: 1.6; }
.front { page: front; }
.front h2 { font-size: 15pt; color: #1d4e5f; border-bottom: 2pt solid #1d4e5f; padding-bottom: 2mm; break-before: page; string-set: sect content(); }
.front h2.first { break-before: auto; }
.toc td { padding: 1.2mm 2mm; } .toc td.pg { text-align: right; }
.gl td { padding: 1.5mm 2mm; vertical-align: top; border-bottom: 0.4pt solid #ccc; } .gl td:first-child { font-weight: bold; width: 32mm; }
.sig { margin-top: 8mm; font-style: italic; }
.body { page: body; break-before: page; }
.cols { column-count: 2; column-gap: 8mm; }
h2.sec { font-size: 12.5pt; color: #1d4e5f; margin: 3mm 0 2mm 0; string-set: sect content(); break-after: avoid; }
h2.span { column-span: all; background: #1d4e5f; color: #fff; padding: 2mm 3mm; font-size: 13pt; margin: 4mm 0 3mm 0; }
p.np { margin: 0 0 2.4mm 0; }
p.np .pn { font-family: "DejaVu Sans", sans-serif; font-weight: bold; color: #1d4e5f; margin-right: 1.5mm; }
.fn { float: footnote; font-size: 7.5pt; line-height: 1.3; }
.fn::footnote-call { content: counter(footnote); vertical-align: super; font-size: 6.5pt; }
.fn::footnote-marker { content: counter(footnote) ". "; }
.pull { font: italic 12pt "DejaVu Serif", serif; color: #1d4e5f; border-top: 2pt solid #e39b2d; border-bottom: 2pt solid #e39b2d; padding: 2.5mm 1mm; margin: 3mm 0; break-inside: avoid; }
.box { background: #e6eff2; border-left: 3pt solid #1d4e5f; padding: 2mm 3mm; margin: 2mm 0 3mm 0; break-inside: avoid; }
.box h3 { font-size: 9.5pt; margin: 0 0 1mm 0; color: #1d4e5f; }
.box p { margin: 0; }
.sidebar { background: #f4e7d2; padding: 3mm; margin: 2mm 0 3mm 0; break-inside: avoid; font-size: 8.8pt; }
.sidebar .sbt { font-weight: bold; margin: 0 0 1mm 0; }
.sidebar p { margin: 0 0 1mm 0; }
table.data { width: 100%; border-collapse: collapse; font-size: 8pt; margin: 2mm 0 3mm 0; }
table.data th { background: #1d4e5f; color: white; text-align: left; padding: 1.2mm 1.5mm; }
table.data td { border-bottom: 0.4pt solid #aaa; padding: 1.2mm 1.5mm; vertical-align: top; }
table.chron { column-span: all; }
.caption { font: bold 8.5pt sans-serif; color: #1d4e5f; margin-top: 3mm; }
.caption.span { column-span: all; }
h2.appx { break-before: page; }
.endnote { margin-top: 8mm; font-style: italic; font-size: 8.5pt; }
table.data.chron { font-size: 8.5pt; }
"""

SPAN_SECTIONS = {"1", "4", "5", "8", "10"}


def para(num, html):
    return f'<p class="np"><span class="pn">{num}</span> {html.strip()}</p>'


def table(headers, rows, cls=""):
    h = "".join(f"<th>{x}</th>" for x in headers)
    b = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="data {cls}"><thead><tr>{h}</tr></thead><tbody>{b}</tbody></table>'


def block(b):
    kind = b[0]
    if kind == "p":
        return para(b[1], b[2])
    if kind == "quote":
        return f'<div class="pull">{b[1].strip()}</div>'
    if kind == "box":
        return f'<div class="box"><h3>{b[1]}</h3>{b[2]}</div>'
    if kind == "sidebar":
        return f'<div class="sidebar">{C.SIDEBAR}</div>'
    if kind == "agencies":
        return ('<p class="caption">Table 2: Agencies involved with Child K</p>'
                + table(["Agency", "Involvement", "Key issue"], C.AGENCIES))
    if kind == "chron":
        # leave the multi-column flow for a full-width table, then resume the columns
        return ('</div><p class="caption">Table 1: Summary chronology, 1 March 2022 to 9 January 2024</p>'
                + table(["Date / time", "Agency", "Event", "Outcome"], C.CHRONOLOGY, "chron")
                + '<div class="cols">')
    raise ValueError(kind)


def report_html():
    toc = "".join(f'<tr><td>{n}</td><td>{t}</td></tr>' for n, t, _ in C.SECTIONS)
    gl = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in C.GLOSSARY)
    body = []
    for num, title, blocks in C.SECTIONS:
        cls = "sec span" if num in SPAN_SECTIONS else "sec"
        body.append(f'<h2 class="{cls}">{num}. {title}</h2>')
        body.extend(block(b) for b in blocks)
    return f"""<!doctype html><html lang="en"><head>{HEAD}<title>{C.REPORT_TITLE} (FICTIONAL)</title>
<style>{REPORT_CSS}</style></head><body>
<div class="cover"><div class="org">REDBOURNE VALE SAFEGUARDING CHILDREN PARTNERSHIP</div>
<h1>Child Safeguarding Practice Review<br/>Child K</h1>
<div class="sub">Serious neglect of a child aged twenty-two months</div>
<div class="meta">Independent reviewer: Dr Helena Marwick<br/>Approved by the partnership executive: 24 October 2024<br/>
Published: 14 November 2024<br/><br/>FICTIONAL &mdash; this document and everyone in it are invented for testing software.</div></div>
<div class="front"><h2 class="first">Contents</h2><table class="toc"><tr><td></td><td>Foreword</td></tr>
<tr><td></td><td>Glossary of terms and role codes</td></tr>{toc}</table>
<h2>Foreword</h2>{C.FOREWORD}
<h2>Glossary of terms and role codes</h2><p>To protect Child K's privacy, practitioners are identified by role codes.</p>
<table class="gl">{gl}</table></div>
<div class="body"><div class="cols">{''.join(body)}</div>
<h2 class="sec span appx">Appendix A: Learning event participants</h2>
<p>The two learning events were held on 14 May 2024 and 11 June 2024 at Kilnbrook Community Centre.</p>
{table(["Agency", "Roles attending", "Number"], C.PARTICIPANTS)}
<h2 class="sec span appx">Appendix B: Action plan summary</h2>
{table(["Rec.", "Action", "Lead", "Target date"], C.ACTIONS)}
<p class="endnote">This report is FICTIONAL. It was written to test software and describes no real child, family, practitioner or agency.</p>
</div>
</body></html>"""


BRIEF_CSS = """
@page { size: A4; margin: 15mm 14mm 18mm 14mm;
  @bottom-left { content: "FICTIONAL \\2014  7-minute briefing \\2014  Redbourne Vale Safeguarding Children Partnership"; font: 7.5pt sans-serif; color: #a00; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 8pt sans-serif; } }
html { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.4; color: #222; }
.banner { background: #e39b2d; color: #fff; padding: 5mm 6mm; }
.banner h1 { margin: 0; font-size: 20pt; } .banner p { margin: 1mm 0 0 0; }
.grid { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 5mm; margin-top: 5mm; }
.cell { border: 1.5pt solid #1d4e5f; border-radius: 3mm; padding: 3mm 4mm; break-inside: avoid; }
.cell h2 { font-size: 12pt; color: #1d4e5f; margin: 0 0 2mm 0; }
.cell p, .cell ul { margin: 0; } .cell ul { padding-left: 4mm; }
.pb { break-before: page; }
.note { margin-top: 6mm; font-size: 8.5pt; color: #444; }
"""


def briefing_html():
    cells = [f'<div class="cell"><h2>{t}</h2>{h}</div>' for t, h in C.BRIEFING_BOXES]
    return f"""<!doctype html><html lang="en"><head>{HEAD}<title>Child K 7-minute briefing (FICTIONAL)</title>
<style>{BRIEF_CSS}</style></head><body>
<div class="banner"><h1>7-minute briefing: Child K</h1><p>Learning from a Child Safeguarding Practice Review &mdash; FICTIONAL</p></div>
<div class="grid">{''.join(cells[:3])}</div><div class="grid">{''.join(cells[3:6])}</div>
<div class="pb"></div><div class="grid">{"".join(cells[6:9])}</div>
<p class="note">The full review report was published on 14 November 2024. FICTIONAL: every name in this briefing is invented.</p>
</body></html>"""


def main():
    HTML(string=report_html(), base_url=str(HERE)).write_pdf(REPORT)
    HTML(string=briefing_html(), base_url=str(HERE)).write_pdf(BRIEFING)
    print("wrote", REPORT.name, BRIEFING.name)


if __name__ == "__main__":
    main()
