"""Build the FICTIONAL Hartsmoor 'Child E' review corpus with PyMuPDF (pymupdf.Story + DocumentWriter).

Generator: PyMuPDF (MuPDF's HTML/CSS Story layout engine). The review body is laid out in two columns:
each body page gets two rectangles and the Story flows from the left one into the right one, then on to the
next page. The chronology (section 5) is a full-width Story whose table breaks across a page. Footnotes are
placed in a fixed band at the foot of the page on which their superscript marker lands (found from
Story.element_positions); the running header, footer (page numbers counted from the first body page, so
the cover and contents page carry no number) are then stamped on with Page.insert_text/insert_htmlbox.

Run:
    python3 -m venv /tmp/gen-hartsmoor && /tmp/gen-hartsmoor/bin/pip install pymupdf pypdf
    /tmp/gen-hartsmoor/bin/python build.py
Text lives in content.py beside this file. Metadata dates and document ids are fixed, so a rebuild with
the same PyMuPDF version gives the same text.
"""
import io
import os
import pymupdf

from content import COVER, SECTIONS, PART1, CHRON, PART2, APPX, FOOTNOTES, EXEC

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.join(HERE, "hartsmoor-lcspr-child-e-report.pdf")
ES = os.path.join(HERE, "hartsmoor-child-e-executive-summary.pdf")

A4 = pymupdf.paper_rect("a4")  # 595 x 842
LM, RM, TOP, GAP = 56, 56, 70, 18
FOOT_BAND = 74                  # fixed footnote band height on body pages
BOTTOM = 842 - 56               # bottom of page content area (footer below)
BODY_BOTTOM = BOTTOM - FOOT_BAND
COLW = (595 - LM - RM - GAP) / 2
LEFT = pymupdf.Rect(LM, TOP, LM + COLW, BODY_BOTTOM)
RIGHT = pymupdf.Rect(LM + COLW + GAP, TOP, 595 - RM, BODY_BOTTOM)
FULL = pymupdf.Rect(LM, TOP, 595 - RM, BODY_BOTTOM)

CSS = """
* { font-family: sans-serif; }
body { font-size: 10pt; line-height: 1.4; color: #111; }
h2 { font-size: 12.5pt; color: #1d3b5c; margin-top: 10pt; margin-bottom: 5pt; }
p.np, p.np1 { margin-top: 0; margin-bottom: 6pt; text-align: left; }
sup { font-size: 6.5pt; }
div.voice { padding: 6pt; margin: 4pt 0 8pt 0; }
p.voice-h { font-weight: bold; color: #1d3b5c; font-size: 10.5pt; margin-top: 0; margin-bottom: 3pt; }
div.keyf { border: 1.2pt solid #7c9cbf; padding: 6pt; margin: 4pt 0 8pt 0; }
div.keyf p { margin-top: 0; margin-bottom: 3pt; font-size: 9.5pt; }
div.voice p { margin-top: 0; margin-bottom: 4pt; font-size: 9pt; }
div.pull { font-size: 13pt; font-style: italic; color: #7a2e2e; border-top: 2px solid #7a2e2e;
           border-bottom: 2px solid #7a2e2e; padding: 6pt 2pt; margin: 6pt 0 10pt 0; }
span.pull-by { font-size: 8pt; font-style: normal; color: #444; }
table.chron { border-collapse: collapse; width: 100%; font-size: 8.8pt; }
table.chron tr.hd td { font-weight: bold; color: #1d3b5c; border: 0.6pt solid #888; border-bottom: 1.5pt solid #1d3b5c; }
table.chron td { border: 0.6pt solid #888; padding: 3pt; vertical-align: top; }
td.c1 { width: 62pt; } td.c2 { width: 50pt; } td.c3 { width: 78pt; }
div.cover { text-align: left; }
p.cv-fic { font-size: 10pt; font-weight: bold; color: #a00; letter-spacing: 1pt; }
p.cv-org { font-size: 14pt; color: #1d3b5c; margin-top: 60pt; }
h1.cv-title { font-size: 26pt; color: #1d3b5c; margin-top: 20pt; }
p.cv-sub { font-size: 40pt; font-weight: bold; color: #1d3b5c; margin: 10pt 0; }
p.cv-sub2 { font-size: 14pt; font-style: italic; color: #555; margin-bottom: 80pt; }
p.cv-meta { font-size: 11pt; line-height: 1.6; }
p.cv-note { font-size: 9pt; color: #444; margin-top: 40pt; }
h1.toc { font-size: 20pt; color: #1d3b5c; }
table.toc { width: 100%; font-size: 11pt; }
table.toc td { padding: 4pt 0; }
td.tn { width: 30pt; } td.tp { width: 40pt; text-align: right; }
p.es-fic { font-size: 9pt; font-weight: bold; color: #a00; }
p.es-org { font-size: 12pt; color: #1d3b5c; }
h1.es-title { font-size: 20pt; color: #1d3b5c; margin-bottom: 2pt; }
p.es-subt { font-size: 10pt; font-style: italic; color: #555; margin-bottom: 10pt; }
h3 { font-size: 11.5pt; color: #1d3b5c; margin-top: 10pt; margin-bottom: 4pt; }
p.es { margin-top: 0; margin-bottom: 8pt; font-size: 11pt; line-height: 1.45; }
"""


def flow(writer, story, rects_per_page, positions, page_no):
    """Flow a story over as many pages as needed; return next physical page index (0-based)."""
    more = 1
    while more:
        dev = writer.begin_page(A4)
        for rect in rects_per_page:
            more, _ = story.place(rect)
            story.element_positions(lambda pos: positions.append((pos.id, pos.rect, page_no)) if pos.id else None)
            story.draw(dev)
            if not more:
                break
        writer.end_page()
        page_no += 1
    return page_no


def single(writer, html, rect):
    story = pymupdf.Story(html=html, user_css=CSS)
    dev = writer.begin_page(A4)
    more, _ = story.place(rect)
    assert not more, "front page overflow"
    story.draw(dev)
    writer.end_page()


def layout_main(toc_pages):
    buf = io.BytesIO()
    w = pymupdf.DocumentWriter(buf)
    positions = []
    single(w, COVER, pymupdf.Rect(LM, 60, 595 - RM, 800))
    rows = "".join(
        f"<tr><td class='tn'>{n}</td><td>{t}</td><td class='tp'>{toc_pages.get(sid, '')}</td></tr>"
        for sid, n, t in SECTIONS)
    toc = (f"<h1 class='toc'>Contents</h1><table class='toc'>{rows}"
           "<tr><td class='tn'></td><td>Footnotes appear at the foot of the page on which they are cited.</td>"
           "<td class='tp'></td></tr></table>")
    single(w, toc, pymupdf.Rect(LM, 80, 595 - RM, 800))
    p = 2
    p = flow(w, pymupdf.Story(html=PART1, user_css=CSS), [LEFT, RIGHT], positions, p)
    p = flow(w, pymupdf.Story(html=CHRON, user_css=CSS), [FULL], positions, p)
    p = flow(w, pymupdf.Story(html=PART2, user_css=CSS), [LEFT, RIGHT], positions, p)
    p = flow(w, pymupdf.Story(html=APPX, user_css=CSS), [FULL], positions, p)
    w.close()
    return buf.getvalue(), positions


def finish_main():
    _, pos = layout_main({})
    ids = {sid for sid, _, _ in SECTIONS}
    toc = {i: str(pg - 1) for i, r, pg in pos if i in ids}
    data, pos = layout_main(toc)
    doc = pymupdf.open("pdf", data)
    notes = {}
    for i, r, pg in pos:
        if i in FOOTNOTES and FOOTNOTES[i] not in notes.get(pg, []):
            notes.setdefault(pg, []).append(FOOTNOTES[i])
    n = len(doc)
    # Shaded sidebar: MuPDF's Story repaints a sliver of a div background at the top of the next
    # rectangle, so the shading and frame are drawn here, under the text, from the box's position.
    for i, r, pg in pos:
        if i == "voicebox":
            doc[pg].draw_rect(pymupdf.Rect(r) + (-5, -5, 5, 5), color=(0.49, 0.61, 0.75), fill=(0.894, 0.93, 0.96), width=0.8, overlay=False)
            break
    for pg in range(n):
        page = doc[pg]
        if pg >= 2:
            page.insert_text((LM, 40), "FICTIONAL | Hartsmoor Children's Safeguarding Partnership",
                             fontname="helv", fontsize=7.5, color=(0.3, 0.3, 0.3))
            page.insert_text((395, 40), "LCSPR: Child E | October 2024",
                             fontname="helv", fontsize=7.5, color=(0.3, 0.3, 0.3))
            page.draw_line((LM, 46), (595 - RM, 46), color=(0.11, 0.23, 0.36), width=0.6)
            page.insert_text((LM, 815), "FICTIONAL practice document | not a real case",
                             fontname="helv", fontsize=7.5, color=(0.3, 0.3, 0.3))
            page.insert_text((500, 815), f"Page {pg - 1}", fontname="helv", fontsize=8.5)
            if pg in notes:
                page.draw_line((LM, BODY_BOTTOM + 6), (LM + 120, BODY_BOTTOM + 6), color=(0, 0, 0), width=0.5)
                html = "".join(f"<p><sup>{k}</sup> {t}</p>" for k, t in notes[pg])
                page.insert_htmlbox(pymupdf.Rect(LM, BODY_BOTTOM + 9, 595 - RM, BOTTOM + 4), html,
                                    css="* {font-family: sans-serif; font-size: 7.4pt; line-height: 1.25;}"
                                        " p {margin: 0 0 2pt 0;} sup {font-size: 5.5pt;}")
        elif pg == 1:
            page.insert_text((LM, 815), "FICTIONAL practice document | not a real case",
                             fontname="helv", fontsize=7.5, color=(0.3, 0.3, 0.3))
    save(doc, MAIN, "Local Child Safeguarding Practice Review: Child E (FICTIONAL)")
    return n, notes


def finish_es():
    buf = io.BytesIO()
    w = pymupdf.DocumentWriter(buf)
    flow(w, pymupdf.Story(html=EXEC, user_css=CSS), [pymupdf.Rect(70, 70, 525, 780)], [], 0)
    w.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    n = len(doc)
    for pg in range(n):
        page = doc[pg]
        page.insert_text((70, 40), "FICTIONAL | Child E Executive Summary | Hartsmoor CSP",
                         fontname="helv", fontsize=7.5, color=(0.3, 0.3, 0.3))
        page.insert_text((70, 815), f"FICTIONAL practice document        {pg + 1} of {n}",
                         fontname="helv", fontsize=8)
    save(doc, ES, "Child E Executive Summary (FICTIONAL)")
    return n


def save(doc, path, title):
    doc.set_metadata({"title": title, "author": "Hartsmoor Children's Safeguarding Partnership (FICTIONAL)",
                      "subject": "FICTIONAL practice document", "keywords": "", "creator": "build.py",
                      "producer": "PyMuPDF", "creationDate": "D:20241018090000Z",
                      "modDate": "D:20241018090000Z", "trapped": "", "format": "", "encryption": None})
    doc.save(path, garbage=3, deflate=True, no_new_id=True)


if __name__ == "__main__":
    n, notes = finish_main()
    print(MAIN, n, "pages; footnotes on physical pages", {k + 1: [a for a, _ in v] for k, v in notes.items()})
    print(ES, finish_es(), "pages")
