#!/usr/bin/env python3
"""Build the FICTIONAL Wyvernmoor 'Child J' corpus with PyMuPDF (MuPDF engine).

Generator: PyMuPDF (PyPI `pymupdf`), using `pymupdf.Story` (HTML subset + CSS) placed into
rectangles page by page with `Story.place()` / `Story.draw()` through a `DocumentWriter`
(two rectangles per page give two columns). Page furniture (running header, footer with page
number, coloured band across the top of section-opening pages, footnotes in small type at
the page foot) is drawn afterwards on the finished pages with `Page.draw_rect`,
`Page.insert_text` and `Page.insert_htmlbox`. Footnotes go on the page where their
superscript marker was placed (found with `Story.element_positions`).

Run:
    python3 -m venv /tmp/gen-wyvernmoor && /tmp/gen-wyvernmoor/bin/pip install pymupdf pypdf
    /tmp/gen-wyvernmoor/bin/python build.py

All text is in content.py beside this file. Writes:
    wyvernmoor-cspr-child-j-report.pdf
    wyvernmoor-child-j-learning-brief.pdf
"""
import html
import io
import os
import re

import pymupdf

import content as C

HERE = os.path.dirname(os.path.abspath(__file__))
A4 = pymupdf.paper_rect("a4")
W, H = A4.width, A4.height
ML, MR = 54, 54
GUT = 18
BAND_H = 74
BODY_TOP_BAND = BAND_H + 22
BODY_TOP = 64
BODY_BOTTOM = 742
FN_TOP, FN_BOTTOM = 750, 800
TEAL = (0.05, 0.33, 0.38)
GREY = (0.35, 0.35, 0.35)

CSS = """
body { font-family: sans-serif; font-size: 10pt; line-height: 1.35; color: #1a1a1a; }
p { margin: 0 0 6pt 0; text-align: left; }
p.np span.num { font-weight: bold; color: #0d5560; }
sup { font-size: 6.5pt; }
div.box { border: 1pt solid #0d5560; background-color: #e4f1f2; padding: 6pt; margin: 4pt 0 8pt 0; }
div.box p { font-size: 9pt; margin: 0 0 4pt 0; }
p.bt { font-weight: bold; color: #0d5560; }
table { border-collapse: collapse; width: 100%; margin-top: 4pt; }
th { background-color: #0d5560; color: #ffffff; font-size: 8.6pt; text-align: left; padding: 3pt; border: 0.5pt solid #0d5560; }
td { font-size: 8.6pt; padding: 3pt; border: 0.5pt solid #8aa; vertical-align: top; }
h3 { font-size: 11pt; color: #0d5560; margin: 8pt 0 4pt 0; }
ul, ol { margin: 0 0 6pt 0; }
li { margin-bottom: 3pt; }
p.quote { font-size: 13pt; font-style: italic; color: #0d5560; margin: 4pt 16pt 8pt 16pt; }
"""

FN_CSS = "body { font-family: sans-serif; font-size: 7pt; line-height: 1.2; color: #333; } p { margin: 0 0 2pt 0; } sup { font-size: 5.5pt; }"


def inline(text):
    t = html.escape(text, quote=False)
    return re.sub(r"\{fn:(\d+)\}", r'<sup id="fn\1">\1</sup>', t)


def para(num, text, lead):
    lead_html = f"<b>{html.escape(lead)}</b> " if lead else ""
    return f'<p class="np"><span class="num">{num}</span>&#160;&#160;{lead_html}{inline(text)}</p>'


def box():
    ps = "".join(f"<p>{inline(p)}</p>" for p in C.BOX_PARAS)
    return f'<div class="box"><p class="bt">{html.escape(C.BOX_TITLE)}</p>{ps}</div>'


def section_html(paras):
    out = []
    for num, text, lead in paras:
        out.append(box() if num == "BOX" else para(num, text, lead))
    return "".join(out)


def table_html(rows, widths=None):
    head = "".join(f"<th>{html.escape(c)}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f"<table><tr>{head}</tr>{body}</table>"


def page_rects(columns, first, bottom):
    top = BODY_TOP_BAND if first else BODY_TOP
    if columns == 2:
        cw = (W - ML - MR - GUT) / 2
        return [pymupdf.Rect(ML, top, ML + cw, bottom),
                pymupdf.Rect(ML + cw + GUT, top, W - MR, bottom)]
    return [pymupdf.Rect(ML, top, W - MR, bottom)]


def safe_bottom(html_text, css, columns):
    """MuPDF's Story.place() occasionally reports 'no more content' while overflowing the
    rectangle; find a column bottom (at most BODY_BOTTOM) where every placement fits."""
    for bottom in range(BODY_BOTTOM, BODY_BOTTOM - 40, -1):
        story = pymupdf.Story(html_text, user_css=css)
        more, first, ok = 1, True, True
        while more and ok:
            for r in page_rects(columns, first, bottom):
                more, filled = story.place(r)
                if filled[3] > bottom + 12:
                    ok = False
                story.draw(None)  # advance past the placed content
                if not more or not ok:
                    break
            first = False
        if ok:
            return bottom
    raise SystemExit("no safe column bottom found")


def flow(writer, html_text, css, columns, meta, band=None):
    """Place a story on as many pages as needed; record furniture for each page."""
    bottom = safe_bottom(html_text, css, columns)
    story = pymupdf.Story(html_text, user_css=css)
    more = 1
    first = True
    while more:
        dev = writer.begin_page(A4)
        fns = []
        for r in page_rects(columns, first, bottom):
            more, _ = story.place(r)
            story.element_positions(lambda ep: fns.append(int(ep.id[2:])) if (ep.id or "").startswith("fn") and ep.open_close & 1 else None)
            story.draw(dev)
            if not more:
                break
        writer.end_page()
        meta.append({"band": band if first else None, "fns": sorted(set(fns))})
        first = False


def furniture(doc, meta, footer_left, numbered_from=1):
    for i, page in enumerate(doc):
        m = meta[i]
        if m is None:
            continue
        # prepended (overlay=False) items come first in the content stream: draw the band
        # rectangle before its text by inserting text first and the rectangle after.
        if m["band"]:
            num, title = m["band"]
            page.insert_text((ML, 24), C.HEADER, fontsize=7.5, fontname="helv", color=(1, 1, 1), overlay=False)
            page.insert_text((ML, 58), f"{num}   {title}" if num else title, fontsize=17,
                             fontname="hebo", color=(1, 1, 1), overlay=False)
            page.draw_rect(pymupdf.Rect(0, 0, W, BAND_H), color=None, fill=TEAL, overlay=False)
        else:
            page.insert_text((ML, 38), C.HEADER, fontsize=7.5, fontname="helv", color=GREY, overlay=False)
            page.draw_line((ML, 44), (W - MR, 44), color=TEAL, width=0.6, overlay=False)
        if m["fns"]:
            page.draw_line((ML, FN_TOP - 3), (ML + 120, FN_TOP - 3), color=GREY, width=0.5)
            fhtml = "".join(f"<p><sup>{n}</sup> {html.escape(C.FOOTNOTES[n])}</p>" for n in m["fns"])
            spare, _ = page.insert_htmlbox(pymupdf.Rect(ML, FN_TOP, W - MR, FN_BOTTOM), fhtml, css=FN_CSS)
            if spare < 0:
                raise SystemExit(f"footnotes overflow on page {i + 1}")
        page.draw_line((ML, 808), (W - MR, 808), color=TEAL, width=0.6)
        page.insert_text((ML, 822), footer_left, fontsize=7.5, fontname="helv", color=GREY)
        label = str(i + 2 - numbered_from)
        tw = pymupdf.get_text_length(label, fontname="hebo", fontsize=9)
        page.insert_text((W - MR - tw, 822), label, fontsize=9, fontname="hebo", color=TEAL)


def cover(writer, meta):
    dev = writer.begin_page(A4)
    writer.end_page()
    meta.append(None)


def draw_cover(page):
    page.draw_rect(pymupdf.Rect(0, 0, W, 300), color=None, fill=TEAL)
    page.insert_text((ML, 60), C.PARTNERSHIP, fontsize=14, fontname="hebo", color=(1, 1, 1))
    page.insert_text((ML, 200), "Child Safeguarding Practice Review", fontsize=26, fontname="hebo", color=(1, 1, 1))
    page.insert_text((ML, 240), "Child J", fontsize=30, fontname="hebo", color=(1, 1, 1))
    html_cover = (
        "<p style='font-size:12pt'>Overview report of a local child safeguarding practice review into the "
        "criminal exploitation and serious injury of a 14-year-old boy in Brackenford.</p>"
        "<p style='font-size:11pt'>Independent reviewer: Alun Pembridge</p>"
        "<p style='font-size:11pt'>Approved by the partnership executive: 14 November 2024</p>"
        "<p style='font-size:11pt'>Published: January 2025</p>"
        "<p style='font-size:10pt;color:#b00;margin-top:30pt'><b>FICTIONAL - practice document.</b> "
        "Every person, place and agency in this report is invented for training and evaluation.</p>")
    page.insert_htmlbox(pymupdf.Rect(ML, 340, W - MR, 700), html_cover,
                        css="body{font-family:sans-serif;color:#1a1a1a} p{margin:0 0 10pt 0}")
    page.insert_text((ML, 800), "FICTIONAL - Wyvernmoor Safeguarding Partnership", fontsize=8, fontname="helv", color=GREY)


def build_report(path):
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    meta = []
    cover(writer, meta)
    plan = [
        (C.SECTION1, 1),
        (C.SECTION2, 2),
        (C.SECTION3, 2),
        (C.SECTION4, 2),
    ]
    for (num, title, paras), cols in plan:
        flow(writer, section_html(paras), CSS, cols, meta, band=(num, title))
    s5 = section_html(C.SECTION5_INTRO) + table_html(C.CONTACTS)
    flow(writer, s5, CSS, 1, meta, band=("5", "Agency contact with Child J"))
    s6 = section_html(C.CHRONO_INTRO) + table_html(C.CHRONO)
    flow(writer, s6, CSS, 1, meta, band=("6", "Chronology of key events"))
    for (num, title, paras), cols in [(C.SECTION7, 2), (C.SECTION8, 2), (C.SECTION9, 2)]:
        flow(writer, section_html(paras), CSS, cols, meta, band=(num, title))
    s10 = (section_html(C.SECTION10_INTRO) + table_html(C.GLOSSARY)
           + "<h3>Membership of the review panel</h3>" + table_html(C.PANEL))
    flow(writer, s10, CSS, 1, meta, band=("10", "Glossary and review panel"))
    writer.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    draw_cover(doc[0])
    furniture(doc, meta, "Child J - Child Safeguarding Practice Review - FICTIONAL", numbered_from=2)
    doc.set_metadata({"title": C.TITLE + " (FICTIONAL)", "author": C.PARTNERSHIP, "creator": "build.py",
                      "producer": "PyMuPDF", "creationDate": "D:20250106000000", "modDate": "D:20250106000000"})
    doc.save(path, garbage=3, deflate=True, no_new_id=True)
    return len(doc)


def build_brief(path):
    parts = [f"<p style='font-size:11pt;color:#0d5560'><b>{html.escape(C.BRIEF_SUB)}</b></p>"]
    for kind, val in C.BRIEF:
        if kind == "h":
            parts.append(f"<h3>{html.escape(val)}</h3>")
        elif kind == "p":
            parts.append(f"<p>{inline(val)}</p>")
        elif kind == "quote":
            parts.append(f"<p class='quote'>{html.escape(val)}</p>")
        elif kind in ("ul", "ol"):
            parts.append(f"<{kind}>" + "".join(f"<li>{html.escape(x)}</li>" for x in val) + f"</{kind}>")
        elif kind == "facts":
            parts.append("<div class='box'><p class='bt'>Key facts at a glance</p>" + table_html([("Fact", "Detail")] + val) + "</div>")
    css = CSS.replace("font-size: 9.6pt", "font-size: 11pt")
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    meta = []
    flow(writer, "".join(parts), css, 1, meta, band=("", C.BRIEF_TITLE))
    writer.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    furniture(doc, meta, "Learning brief: Child J - FICTIONAL", numbered_from=1)
    doc.set_metadata({"title": C.BRIEF_TITLE + " (FICTIONAL)", "author": C.PARTNERSHIP, "creator": "build.py",
                      "producer": "PyMuPDF", "creationDate": "D:20250106000000", "modDate": "D:20250106000000"})
    doc.save(path, garbage=3, deflate=True, no_new_id=True)
    return len(doc)


if __name__ == "__main__":
    n1 = build_report(os.path.join(HERE, "wyvernmoor-cspr-child-j-report.pdf"))
    n2 = build_brief(os.path.join(HERE, "wyvernmoor-child-j-learning-brief.pdf"))
    print(f"report: {n1} pages; learning brief: {n2} pages")
