# -*- coding: utf-8 -*-
"""Build the FICTIONAL Hexworth corpus: two HTML pages printed to PDF by headless Chromium.

Run with the venv that has playwright (see README):
    /tmp/hexworth-govuk-work/venv/bin/python build.py
The pages are served to the browser from memory at their (fictional) https URL through
Playwright's request routing, so the browser's own print footer shows that URL. Nothing is
fetched from the network. The print header/footer are the browser's (displayHeaderFooter on),
with a fixed date so rebuilds are stable; creation dates in the PDFs are fixed afterwards.
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FIXED_PDF_DATE = b"D:20250318140700+00'00'"

# ----------------------------------------------------------------------------------------------
CSS = r"""
@page { size: A4; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "GDS Transport", arial, "Liberation Sans", sans-serif; color: #0b0c0c;
       font-size: 13.5px; line-height: 1.42; counter-reset: section; }
a { color: #1d70b8; text-decoration: underline; text-underline-offset: 0.1em; }
.width-container { max-width: 960px; margin: 0 18px; }

/* cookie banner (printed because it was never dismissed) */
.cookie-banner { background: #f3f2f1; padding: 12px 18px 14px; border-bottom: 1px solid #b1b4b6; }
.cookie-banner h2 { font-size: 17px; margin: 0 0 6px; }
.cookie-banner p { margin: 0 0 6px; font-size: 12.5px; max-width: 640px; }
.button { display: inline-block; background: #00703c; color: #fff; padding: 5px 10px 4px; font-size: 12.5px;
          box-shadow: 0 2px 0 #002d18; margin-right: 10px; text-decoration: none; }
.button.secondary { background: #dddcdb; color: #0b0c0c; box-shadow: 0 2px 0 #929191; }
.cookie-banner .link { font-size: 12.5px; }

/* header bar */
.site-header { background: #0b0c0c; border-bottom: 8px solid #1d70b8; padding: 10px 18px; display: flex;
               align-items: center; justify-content: space-between; }
.logo { white-space: nowrap; color: #fff; font-weight: bold; font-size: 22px; letter-spacing: 0.5px; text-decoration: none; }
.logo small { font-weight: normal; font-size: 11px; letter-spacing: 0; margin-left: 8px; color: #ccc; }
.search { display: flex; }
.search input { width: 230px; height: 30px; border: 2px solid #fff; font-size: 12.5px; padding: 4px 6px;
                color: #505a5f; font-family: inherit; }
.search button { height: 30px; background: #1d70b8; color: #fff; border: 0; font-size: 12.5px; padding: 0 10px;
                 font-family: inherit; font-weight: bold; }
.menu { color: #fff; font-size: 13px; margin-right: 16px; white-space: nowrap; }

.phase { padding: 8px 0; border-bottom: 1px solid #b1b4b6; font-size: 12px; }
.tag { display: inline-block; background: #d4351c; color: #fff; font-weight: bold; padding: 2px 6px 1px;
       letter-spacing: 1px; margin-right: 8px; }
.breadcrumbs { font-size: 12px; margin: 10px 0 12px; }
.breadcrumbs ol { list-style: none; padding: 0; margin: 0; }
.breadcrumbs li { display: inline; }
.breadcrumbs li + li::before { content: "\203A"; margin: 0 7px; color: #505a5f; }

/* publication title block */
.pub-header { background: #1d70b8; color: #fff; padding: 16px 18px 18px; margin: 0 -18px 0; }
.pub-header .caption { font-size: 15px; margin: 0 0 4px; }
.pub-header h1 { font-size: 30px; line-height: 1.12; margin: 0 0 10px; max-width: 700px; }
.pub-header .lede { font-size: 15px; margin: 0; max-width: 660px; }
.pub-meta { font-size: 13px; margin: 12px 0 16px; color: #0b0c0c; }
.pub-meta p { margin: 0 0 2px; }
.pub-meta .grey { color: #505a5f; }

main { max-width: 640px; }
.contents { border-top: 1px solid #b1b4b6; border-bottom: 1px solid #b1b4b6; padding: 8px 0 10px;
            margin-bottom: 18px; }
.contents h2 { font-size: 17px; margin: 4px 0 6px; }
.contents ol { list-style: none; padding: 0; margin: 0; font-size: 13px; }
.contents li { margin: 0 0 2px; }
.contents li::before { content: "\2014  "; color: #505a5f; }

h2.section { font-size: 21px; margin: 22px 0 10px; counter-increment: section; counter-reset: para;
             break-after: avoid; page-break-after: avoid; }
h2.section::before { content: counter(section) ". "; }
h2.plain { font-size: 21px; margin: 22px 0 10px; break-after: avoid; }
h3 { font-size: 16px; margin: 16px 0 8px; break-after: avoid; page-break-after: avoid; }

ol.numbered { list-style: none; padding: 0 0 0 50px; margin: 0; }
ol.numbered > li { margin: 0 0 11px; counter-increment: para; }
/* the number sits in the hanging indent; it is inline so it prints in reading order */
ol.numbered > li > p:first-child::before { content: counter(section) "." counter(para); display: inline-block;
                           width: 50px; margin-left: -50px; font-weight: bold; color: #0b0c0c; }
ol.lettered { list-style: none; padding: 0 0 0 32px; margin: 7px 0 7px; counter-reset: letter; }
ol.lettered > li { margin: 0 0 4px; counter-increment: letter; }
ol.lettered > li::before { content: "(" counter(letter, lower-alpha) ")"; display: inline-block; width: 32px;
                           margin-left: -32px; }
li p { margin: 0 0 6px; }

sup.fn { font-size: 10px; line-height: 0; }
.inset { border-left: 8px solid #b1b4b6; padding: 6px 14px; margin: 14px 0 14px 50px;
         break-inside: avoid; }
.inset p { margin: 0 0 6px; }
.inset p:last-child { margin: 0; color: #505a5f; font-size: 12.5px; }
.inset .quote { font-size: 15px; }
details { margin: 12px 0 14px 50px; }
summary { color: #1d70b8; text-decoration: underline; font-size: 13.5px; margin-bottom: 6px;
          list-style: none; }
summary::before { content: "\25BC\00A0\00A0"; font-size: 10px; text-decoration: none; display: inline-block; }
.details-text { border-left: 5px solid #b1b4b6; padding: 4px 14px; }
.details-text p { margin: 0 0 6px; }

table { border-collapse: collapse; width: 100%; font-size: 12px; margin: 6px 0 14px; }
caption { text-align: left; font-weight: bold; font-size: 14px; margin-bottom: 6px; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #b1b4b6; padding: 5px 10px 5px 0; }
th { font-weight: bold; }
tr { break-inside: avoid; page-break-inside: avoid; }
table.key { margin-left: 50px; width: calc(100% - 50px); }
table.chron td:first-child { white-space: nowrap; }
table.chron td:nth-child(3) { width: 48%; }

.footnotes { font-size: 12px; border-top: 1px solid #b1b4b6; margin-top: 20px; }
.footnotes ol { padding-left: 22px; }
.footnotes li { margin: 0 0 5px; }
.print-link { margin: 18px 0; font-size: 13.5px; }
.print-link svg { vertical-align: -3px; margin-right: 6px; }
.related { border-top: 2px solid #1d70b8; padding-top: 6px; margin: 18px 0 0; max-width: 320px;
           break-inside: avoid; }
.related h2 { font-size: 17px; margin: 4px 0 6px; }
.related ul { list-style: none; padding: 0; margin: 0; font-size: 13px; }
.related li { margin: 0 0 5px; }
.feedback { background: #f3f2f1; border-top: 1px solid #b1b4b6; padding: 12px 18px; margin: 22px 0 0;
            display: flex; justify-content: space-between; font-size: 13px; break-inside: avoid; }
.feedback strong { margin-right: 12px; }
.feedback .btn { display: inline-block; border: 1px solid #0b0c0c; padding: 2px 12px; margin-right: 6px;
                 background: #fff; }
.site-footer { background: #f3f2f1; border-top: 1px solid #b1b4b6; padding: 14px 18px; font-size: 11.5px;
               color: #0b0c0c; break-inside: avoid; }
.site-footer ul { list-style: none; padding: 0; margin: 0 0 8px; }
.site-footer li { display: inline; margin-right: 14px; }
.site-footer p { margin: 0 0 4px; }

/* press release */
.press p { margin: 0 0 11px; }
.press ul, .press ol { margin: 0 0 11px; padding-left: 22px; }
.press li { margin: 0 0 5px; }
.press h2 { font-size: 19px; margin: 18px 0 8px; }
.press blockquote { margin: 0 0 11px; border-left: 8px solid #b1b4b6; padding: 4px 14px; font-size: 14px; }
.press .embargo { font-weight: bold; }
.press .related ul { padding-left: 0; }
.share { font-size: 12.5px; margin: 16px 0 0; border-top: 1px solid #b1b4b6; padding-top: 8px; }
"""

HEADER_TEMPLATE = (
    '<div style="font-size:8px; font-family: Arial, \'Liberation Sans\', sans-serif; width:100%; '
    'padding: 0 9mm; display:flex; justify-content:space-between; color:#000;">'
    '<span>{date}</span><span class="title" style="flex:1; text-align:center; margin-left:-60px;"></span>'
    '<span></span></div>'
)
FOOTER_TEMPLATE = (
    '<div style="font-size:8px; font-family: Arial, \'Liberation Sans\', sans-serif; width:100%; '
    'padding: 0 9mm; display:flex; justify-content:space-between; color:#000;">'
    '<span class="url"></span><span>Page <span class="pageNumber"></span> of '
    '<span class="totalPages"></span></span></div>'
)

# ----------------------------------------------------------------------------------------------
FN_ORDER = []


def fn_sub(text):
    def rep(m):
        key = m.group(1)
        if key not in FN_ORDER:
            FN_ORDER.append(key)
        n = FN_ORDER.index(key) + 1
        return ('<sup class="fn" id="fnref-%d"><a href="#fn-%d" rel="footnote">[%d]</a></sup>' % (n, n, n))
    return re.sub(r"\{fn:(\w+)\}", rep, text)


def esc(t):
    return html.escape(t, quote=False)


def p_text(t):
    return fn_sub(esc(t))


def cookie_banner():
    return (
        '<div class="cookie-banner" role="region" aria-label="Cookies on %s">'
        '<h2>Cookies on %s</h2>'
        '<p>We use some essential cookies to make this website work.</p>'
        '<p>We’d like to set additional cookies to understand how you use HEXWORTH.GOV.UK, remember your '
        'settings and improve our services.</p>'
        '<p>This is a FICTIONAL website made for testing; no cookies are real.</p>'
        '<div style="margin-top:9px"><a class="button" href="#">Accept additional cookies</a>'
        '<a class="button" href="#">Reject additional cookies</a>'
        '<a class="link" href="#">View cookies</a></div></div>' % (C.SITE, C.SITE))


def site_header():
    return (
        '<header class="site-header"><a class="logo" href="#">HEXWORTH.GOV.UK'
        '<small>Hexworth Council (fictional)</small></a>'
        '<div style="display:flex;align-items:center;margin-left:28px"><span class="menu">Menu &#9662;</span>'
        '<form class="search"><input type="search" value="" placeholder="Search HEXWORTH.GOV.UK">'
        '<button type="submit">Search</button></form></div></header>')


def phase_and_crumbs(crumbs):
    items = "".join('<li><a href="#">%s</a></li>' % esc(c) for c in crumbs)
    return (
        '<div class="width-container"><div class="phase"><span class="tag">FICTIONAL</span>'
        'This is a fictional practice document. The people, places and services on this page are invented.'
        '</div><nav class="breadcrumbs"><ol>%s</ol></nav>' % items)


def pub_header(doc):
    return (
        '<div class="pub-header"><p class="caption">%s</p><h1>%s</h1><p class="lede">%s</p></div>'
        '<div class="pub-meta"><p><span class="grey">From:</span> <a href="#">%s</a></p>'
        '<p><span class="grey">%s</span></p></div>'
        % (esc(doc["kind"]), esc(doc["h1"]), esc(doc["lede"]), esc(doc["from"]), esc(doc["published"])))


def render_table(key):
    t = C.TABLES[key]
    cls = "key" if key == "key" else "chron"
    head = "".join("<th scope=\"col\">%s</th>" % esc(h) for h in t["head"])
    rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in t["rows"])
    return ('<table class="%s"><caption>%s</caption><thead><tr>%s</tr></thead><tbody>%s</tbody></table>'
            % (cls, esc(t["caption"]), head, rows))


def render_section(sec):
    out = ['<h2 class="section" id="%s">%s</h2>' % (sec["id"], esc(sec["title"]))]
    open_list = False

    def ensure_open():
        nonlocal open_list
        if not open_list:
            out.append('<ol class="numbered">')
            open_list = True

    def close():
        nonlocal open_list
        if open_list:
            out.append("</ol>")
            open_list = False

    for it in sec["items"]:
        if isinstance(it, str):
            ensure_open()
            out.append("<li><p>%s</p></li>" % p_text(it))
        elif it[0] == "letters":
            _, intro, items, after = it
            ensure_open()
            lis = "".join("<li>%s</li>" % p_text(x) for x in items)
            aft = "<p>%s</p>" % p_text(after) if after else ""
            out.append('<li><p>%s</p><ol class="lettered">%s</ol>%s</li>' % (p_text(intro), lis, aft))
        elif it[0] == "h3":
            close()
            out.append("<h3>%s</h3>" % esc(it[1]))
        elif it[0] == "inset":
            close()
            out.append('<div class="inset">%s</div>' % it[1])
        elif it[0] == "details":
            close()
            out.append('<details open><summary>%s</summary><div class="details-text">%s</div></details>'
                       % (esc(it[1]), fn_sub(it[2])))
        elif it[0] == "table":
            close()
            out.append(render_table(it[1]))
    close()
    return "\n".join(out)


def end_matter(related, print_link=True):
    rel = "".join('<li><a href="#">%s</a></li>' % esc(r) for r in related)
    pl = ('<p class="print-link">'
          '<svg width="18" height="16" viewBox="0 0 18 16" aria-hidden="true"><path fill="#1d70b8" '
          'd="M4 0h10v4H4zM1 5h16a1 1 0 0 1 1 1v6h-4v4H4v-4H0V6a1 1 0 0 1 1-1zm5 6v3h6v-3z"/></svg>'
          '<a href="#" onclick="window.print()">Print this page</a></p>'
          if print_link else "")
    return (pl + '<aside class="related"><h2>Related content</h2><ul>%s</ul></aside>' % rel)


def feedback_and_footer():
    return (
        '<div class="feedback"><div><strong>Is this page useful?</strong>'
        '<span class="btn">Yes</span><span class="btn">No</span></div>'
        '<div><a href="#">Report a problem with this page</a></div></div></div>'
        '<footer class="site-footer"><ul><li><a href="#">Help</a></li><li><a href="#">Privacy</a></li>'
        '<li><a href="#">Cookies</a></li><li><a href="#">Accessibility statement</a></li>'
        '<li><a href="#">Contact</a></li></ul>'
        '<p>All content on this page is FICTIONAL and was written for testing a question-answering tool.</p>'
        '<p>&#169; Hexworth Council (fictional), Civic Centre, Market Square, Hexworth</p></footer>')


def page(doc, body, with_cookies):
    return ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>%s</title>'
            '<style>%s</style></head><body>%s%s%s%s%s</body></html>'
            % (esc(doc["title"]), CSS, cookie_banner() if with_cookies else "", site_header(),
               phase_and_crumbs(doc["breadcrumbs"]), pub_header(doc), body))


def review_html():
    FN_ORDER.clear()
    toc = "".join('<li><a href="#%s">%d. %s</a></li>' % (s["id"], i + 1, esc(s["title"]))
                  for i, s in enumerate(C.SECTIONS))
    toc += '<li><a href="#appendix-a">Appendix A: Chronology of key contacts</a></li>'
    toc += '<li><a href="#footnotes">Footnotes</a></li>'
    parts = ['<main><nav class="contents"><h2>Contents</h2><ol>%s</ol></nav>' % toc]
    for s in C.SECTIONS:
        parts.append(render_section(s))
    parts.append('<h2 class="plain" id="appendix-a">Appendix A: Chronology of key contacts</h2>')
    parts.append('<p>The table lists the main contacts drawn from the merged agency chronology. Dates are '
                 'shown as recorded by each agency.</p>')
    parts.append(render_table("chron"))
    fns = "".join('<li id="fn-%d"><p>%s <a href="#fnref-%d">&#8617;</a></p></li>'
                  % (i + 1, esc(C.FOOTNOTES[k]), i + 1) for i, k in enumerate(FN_ORDER))
    parts.append('<div class="footnotes"><h2 class="plain" id="footnotes">Footnotes</h2><ol>%s</ol></div>' % fns)
    parts.append(end_matter(C.RELATED))
    parts.append("</main>")
    parts.append(feedback_and_footer())
    return page(C.REVIEW, "\n".join(parts), with_cookies=True)


def press_html():
    out = ['<main class="press">']
    for kind, val in C.PRESS_BODY:
        if kind == "p":
            cls = ' class="embargo"' if val.startswith("Embargoed") else ""
            out.append("<p%s>%s</p>" % (cls, esc(val)))
        elif kind == "h2":
            out.append('<h2>%s</h2>' % esc(val))
        elif kind == "quote":
            out.append("<blockquote>%s</blockquote>" % esc(val))
        elif kind in ("ul", "ol"):
            out.append("<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % esc(x) for x in val), kind))
    out.append('<p class="share">Share this page: Facebook · X · Email</p>')
    out.append(end_matter(["Local child safeguarding practice review: Rowan",
                           "Hexworth Safeguarding Children Partnership",
                           "Private fostering: what you need to know"]))
    out.append("</main>")
    out.append(feedback_and_footer())
    return page(C.PRESS, "\n".join(out), with_cookies=False)


# ----------------------------------------------------------------------------------------------
def fix_dates(path):
    data = open(path, "rb").read()
    data = re.sub(rb"D:\d{14}[+\-Z][0-9']*", lambda m: FIXED_PDF_DATE[:len(m.group(0))].ljust(len(m.group(0)), b"'"),
                  data)
    open(path, "wb").write(data)


def print_pages(jobs, html_dir=None):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--font-render-hinting=none"])
        for doc, markup, out in jobs:
            if html_dir:
                with open(os.path.join(html_dir, os.path.basename(out).replace(".pdf", ".html")), "w") as f:
                    f.write(markup)
            ctx = browser.new_context(locale="en-GB", timezone_id="Europe/London")
            pg = ctx.new_page()

            def make_handler(body):
                def handler(route):
                    route.fulfill(status=200, content_type="text/html; charset=utf-8", body=body)
                return handler
            pg.route("https://www.hexworth.gov.uk/**", make_handler(markup))
            pg.route(re.compile(r"^(?!https://www\.hexworth\.gov\.uk/).*"), lambda r: r.abort())
            pg.goto(doc["url"], wait_until="load")
            pg.emulate_media(media="print")
            pg.pdf(path=out, format="A4", print_background=True, display_header_footer=True,
                   header_template=HEADER_TEMPLATE.format(date=C.PRINT_DATE),
                   footer_template=FOOTER_TEMPLATE,
                   margin={"top": "14mm", "bottom": "14mm", "left": "9mm", "right": "9mm"})
            ctx.close()
            fix_dates(out)
        browser.close()


def main():
    jobs = [(C.REVIEW, review_html(), os.path.join(HERE, C.REVIEW["file"])),
            (C.PRESS, press_html(), os.path.join(HERE, C.PRESS["file"]))]
    html_dir = os.environ.get("HEXWORTH_HTML_DIR")
    print_pages(jobs, html_dir)
    try:
        from pypdf import PdfReader
        for _, _, out in jobs:
            print(os.path.basename(out), len(PdfReader(out).pages), "pages")
    except ImportError:
        pass


if __name__ == "__main__":
    main()
