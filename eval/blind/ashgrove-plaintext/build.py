#!/usr/bin/env python3
"""Build the FICTIONAL Ashgrove LSCB serious case review corpus (plain-text, typewriter style).

Generator: the document text lives in `overview.src` and `exec-summary.src` beside this file, in a
tiny line markup (#C centred line, #H section heading, #S sub-heading, #P numbered paragraph,
#B lettered/bulleted sub-point, #U unnumbered paragraph, #T ... #E verbatim block, #TABLE ... #E
chronology table whose header repeats after a page break, #F form feed, #SKIP blank line).
This script lays the text out as fixed-width 78-column pages (hanging-indent numbered paragraphs,
running header, "Page N of M" footer, form-feed page breaks), writes those pages to `*.txt`, and
then draws every line of every page in Courier 10 pt with reportlab (invariant mode, fixed
metadata), so a rebuild gives byte-identical PDFs.

Run:
    python3 -m venv /tmp/gen-ashgrove && /tmp/gen-ashgrove/bin/pip install reportlab pypdf
    /tmp/gen-ashgrove/bin/python build.py
"""
import os
import textwrap

from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4

HERE = os.path.dirname(os.path.abspath(__file__))
WIDTH = 78          # characters per line
BODY = 54           # body lines per page
NUM_COL = 8         # paragraph text starts in this column

DOCS = [
    ("overview.src", "ashgrove-scr-child-r-overview-report",
     "SERIOUS CASE REVIEW \u2014 OVERVIEW REPORT \u2014 CONFIDENTIAL"),
    ("exec-summary.src", "ashgrove-scr-child-r-executive-summary",
     "SERIOUS CASE REVIEW \u2014 EXECUTIVE SUMMARY \u2014 CHILD R"),
]
SUBHEAD = "Ashgrove LSCB  -  Child R  -  FICTIONAL practice document"


def wrap(text, first, rest):
    w = textwrap.TextWrapper(width=WIDTH, initial_indent=first, subsequent_indent=rest,
                             break_on_hyphens=False, break_long_words=False)
    return w.wrap(text)


def blocks(src):
    """Yield (kind, lines) blocks; kind in text/heading/table/ff."""
    lines = open(src, encoding="utf-8").read().splitlines()
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("#TABLE") or ln.startswith("#T"):
            kind = "table" if ln.startswith("#TABLE") else "pre"
            j = i + 1
            body = []
            while lines[j] != "#E":
                body.append(lines[j].rstrip())
                j += 1
            yield kind, body
            i = j + 1
            continue
        if ln.startswith("#SKIP"):
            yield "text", [""]
        elif ln.startswith("#F"):
            yield "ff", []
        elif ln.startswith("#C "):
            t = ln[3:]
            yield "text", [" " * ((WIDTH - len(t)) // 2) + t]
        elif ln.startswith("#H "):
            t = ln[3:]
            yield "heading", ["", t, "=" * len(t), ""]
        elif ln.startswith("#S "):
            t = ln[3:]
            yield "heading", [" " * NUM_COL + t, " " * NUM_COL + "-" * len(t), ""]
        elif ln.startswith("#P "):
            num, text = ln[3:].split(" ", 1)
            yield "text", wrap(text, num.ljust(NUM_COL), " " * NUM_COL) + [""]
        elif ln.startswith("#B "):
            lab, text = ln[3:].split(" ", 1)
            ind = NUM_COL + len(lab) + 1
            yield "text", wrap(text, " " * NUM_COL + lab + " ", " " * ind) + [""]
        elif ln.startswith("#U "):
            yield "text", wrap(ln[3:], "", "") + [""]
        i += 1


def paginate(src):
    pages, cur = [], []

    def newpage():
        nonlocal cur
        pages.append(cur)
        cur = []

    for kind, lines in blocks(src):
        if kind == "ff":
            newpage()
            continue
        if kind == "heading":
            if len(cur) + len(lines) + 3 > BODY:
                newpage()
            if not cur and lines[0] == "":
                lines = lines[1:]
            cur.extend(lines)
            continue
        if kind == "table":
            head, rows = lines[:2], []
            for ln in lines[2:]:
                if ln[:16].strip() and ln[4:5].strip() and rows is not None and ln[4].isdigit():
                    rows.append([ln])
                else:
                    rows[-1].append(ln)
            if len(cur) + 5 > BODY:
                newpage()
            cur.extend(head)
            for r in rows:
                if len(cur) + len(r) > BODY:
                    newpage()
                    cur.extend([h if k else h + "  (continued)" for k, h in enumerate(head)][::1])
                cur.extend(r)
            cur.append("")
            continue
        for ln in lines:
            if len(cur) >= BODY:
                newpage()
            if ln == "" and not cur:
                continue
            cur.append(ln)
    if cur:
        pages.append(cur)
    return pages


def render(pages, title, base):
    n = len(pages)
    full = []
    for k, body in enumerate(pages, 1):
        head = [title.center(WIDTH).rstrip(), SUBHEAD.center(WIDTH).rstrip(), "-" * WIDTH, ""]
        foot = ["-" * WIDTH, ("FICTIONAL" + f"Page {k} of {n}".rjust(WIDTH - 9))]
        body = body + [""] * (BODY - len(body))
        full.append(head + body + [""] + foot)
    with open(os.path.join(HERE, base + ".txt"), "w", encoding="utf-8") as f:
        f.write("\f".join("\n".join(p) + "\n" for p in full))
    c = canvas.Canvas(os.path.join(HERE, base + ".pdf"), pagesize=A4, invariant=1,
                      pageCompression=0)
    c.setTitle(title.replace("\u2014", "-") + " (FICTIONAL)")
    c.setAuthor("Ashgrove LSCB (fictional)")
    c.setCreator("ashgrove-plaintext build.py (reportlab Courier)")
    for p in full:
        c.setFont("Courier", 10)
        y = 800
        for ln in p:
            if ln:
                c.drawString(60, y, ln)
            y -= 12.5
        c.showPage()
    c.save()
    return n


def main():
    for src, base, title in DOCS:
        n = render(paginate(os.path.join(HERE, src)), title, base)
        print(f"{base}.pdf: {n} pages")


if __name__ == "__main__":
    main()
