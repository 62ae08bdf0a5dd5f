#!/usr/bin/env python3
"""Build the FICTIONAL Child K review (Hemsfield and Tarrow) with Pango + cairo.

Run with the venv that has cairocffi, pangocffi and pangocairocffi:
    /tmp/hemsfield-pango-work/venv/bin/python build.py
Outputs (next to this file):
    hemsfield-child-k-lcspr.pdf            main review report
    hemsfield-child-k-learning-brief.pdf   two-page learning brief
"""
import os
import sys

import cairocffi as cairo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C  # noqa: E402
from engine import (Text, Flow, Space, Block, paragraph_items, hexrgb,  # noqa
                    esc)

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN_PDF = os.path.join(HERE, "hemsfield-child-k-lcspr.pdf")
BRIEF_PDF = os.path.join(HERE, "hemsfield-child-k-learning-brief.pdf")

FIXED_DATE = "2024-09-12T09:00:00"

TEAL = hexrgb("#0E4D5C")
TEAL_L = hexrgb("#DDEBEE")
AMBER = hexrgb("#D98E04")
AMBER_L = hexrgb("#FBF1DC")
INK = hexrgb("#1A1A1A")
GREY = hexrgb("#5B6770")
WHITE = (1, 1, 1)

SERIF = "Liberation Serif"
SANS = "Liberation Sans"

ROMAN = {1: "i", 2: "ii", 3: "iii", 4: "iv"}


def fixed_metadata(surface, title, subject):
    surface.set_metadata(cairo.PDF_METADATA_TITLE, title)
    surface.set_metadata(cairo.PDF_METADATA_AUTHOR, C.PARTNERSHIP +
                         " (FICTIONAL)")
    surface.set_metadata(cairo.PDF_METADATA_SUBJECT, subject)
    surface.set_metadata(cairo.PDF_METADATA_CREATOR,
                         "build.py (Pango/cairo via pangocairocffi)")
    surface.set_metadata(cairo.PDF_METADATA_CREATE_DATE, FIXED_DATE)
    surface.set_metadata(cairo.PDF_METADATA_MOD_DATE, FIXED_DATE)


def rect(cr, x, y, w, h, rgb):
    cr.set_source_rgb(*rgb)
    cr.rectangle(x, y, w, h)
    cr.fill()


def hline(cr, x0, x1, y, rgb, lw=0.6):
    cr.set_source_rgb(*rgb)
    cr.set_line_width(lw)
    cr.move_to(x0, y)
    cr.line_to(x1, y)
    cr.stroke()


# ===========================================================================
# Main report
# ===========================================================================
PW, PH = 595.276, 841.89
ML, MR = 46.0, 46.0
TOP, BOTTOM = 70.0, PH - 58.0
CGAP = 17.0
COLW = (PW - ML - MR - CGAP) / 2.0
GUT = 25.0
TEXTW = COLW - GUT
PITCH = 12.3
BODY_FONT = SERIF + " 9.7"
NUM_FONT = SANS + " Bold 8"
FULLW = PW - ML - MR


def main_report():
    surface = cairo.PDFSurface(MAIN_PDF, PW, PH)
    fixed_metadata(surface, "Local Child Safeguarding Practice Review: "
                   "Child K (FICTIONAL practice document)",
                   "FICTIONAL case review for evaluation")
    cr = cairo.Context(surface)
    t = Text(cr)

    geom = dict(page_w=PW, page_h=PH, top=TOP, bottom=BOTTOM,
                col_x=[ML, ML + COLW + CGAP], col_w=COLW, gutter=GUT,
                pitch=PITCH, ascent=9.4)
    fns = {k: "<sup><small>%d</small></sup> %s" % (k, v)
           for k, v in C.FOOTNOTES.items()}
    flow = Flow(t, geom, footnotes=fns,
                fn_style=dict(font=SERIF + " 7.6", gap=2.5, sep=9.0,
                              rgb=INK, rule_rgb=TEAL))

    def para(num, markup):
        return paragraph_items(t, markup, BODY_FONT, TEXTW, PITCH,
                               num=num, num_font=NUM_FONT, num_rgb=TEAL,
                               rgb=INK, gap=4.6)

    def subheading(title):
        lay = t.layout("<b>%s</b>" % esc(title), SANS + " 8.8", width=COLW)
        h = Text.size(lay)[1]

        def draw(cr, x, y, w, gut):
            rect(cr, x, y + 5.0, 3.0, h, AMBER)
            t.show(lay, x + 7.0, y + 5.0, TEAL)
        return [Space(2.0), Block(h + 9.0, lambda cr, x, y, w, g:
                                  draw(cr, x, y, w, g), kwn=True)]

    def sidebar():
        sb = C.SIDEBAR
        pad = 8.0
        inner = COLW - 2 * pad - 4.0
        title = t.layout("<b>%s</b>" % esc(sb["title"]), SANS + " 10.5",
                         width=inner)
        parts = []
        for who, quote in sb["items"]:
            wl = t.layout("<b>%s</b>" % esc(who.upper()), SANS + " 6.8",
                          width=inner)
            ql = t.layout("<i>%s</i>" % esc(quote), SERIF + " 9.2",
                          width=inner)
            parts.append((wl, ql))
        h = pad + Text.size(title)[1] + 5.0
        for wl, ql in parts:
            h += Text.size(wl)[1] + 1.0 + Text.size(ql)[1] + 5.0
        h += pad - 5.0
        H = h

        def draw(cr, x, y, w, gut):
            y0 = y + 4.0
            rect(cr, x, y0, w, H, AMBER_L)
            rect(cr, x, y0, 4.0, H, AMBER)
            xx = x + 4.0 + pad
            yy = y0 + pad
            t.show(title, xx, yy, TEAL)
            yy += Text.size(title)[1] + 5.0
            for wl, ql in parts:
                t.show(wl, xx, yy, AMBER)
                yy += Text.size(wl)[1] + 1.0
                t.show(ql, xx, yy, INK)
                yy += Text.size(ql)[1] + 5.0
        return [Block(H + 10.0, draw)]

    def section_heading(num, title):
        lay = t.layout("<b>%s</b>" % esc(title), SANS + " 15")
        nl = t.layout("<b>%s</b>" % num, SANS + " 13", width=22,
                      align="center")
        h = 40.0

        def draw(cr, y):
            rect(cr, ML, y + 2, 24, 24, TEAL)
            t.show(nl, ML + 1, y + 6.5, WHITE)
            t.show(lay, ML + 33, y + 5.0, TEAL)
            hline(cr, ML, PW - MR, y + 31.0, TEAL, 1.0)
        return h, draw

    # chronology table --------------------------------------------------
    tcols = [62.0, 92.0, 70.0, FULLW - 62.0 - 92.0 - 70.0]
    tpad = 4.0
    TFONT = SANS + " 7.7"

    def row_layouts(cells, font, bold=False):
        lays = []
        for w, c in zip(tcols, cells):
            m = "<b>%s</b>" % esc(c) if bold else esc(c)
            lays.append(t.layout(m, font, width=w - 2 * tpad))
        h = max(Text.size(l)[1] for l in lays) + 2 * tpad
        return lays, h

    head_lays, head_h = row_layouts(C.TABLE_HEAD, SANS + " 7.9", bold=True)

    def draw_header(cr, y):
        rect(cr, ML, y, FULLW, head_h, TEAL)
        x = ML
        for w, l in zip(tcols, head_lays):
            t.show(l, x + tpad, y + tpad, WHITE)
            x += w

    rows = []
    for k, r in enumerate(C.CHRONOLOGY):
        lays, h = row_layouts(r, TFONT)

        def draw_row(cr, y, lays=lays, h=h, k=k):
            if k % 2 == 1:
                rect(cr, ML, y, FULLW, h, TEAL_L)
            x = ML
            for i, (w, l) in enumerate(zip(tcols, lays)):
                t.show(l, x + tpad, y + tpad, TEAL if i == 0 else INK)
                x += w
            hline(cr, ML, PW - MR, y + h, hexrgb("#9DB8BF"), 0.4)
        rows.append((h, draw_row))

    cap_lay = t.layout("<b>%s</b>" % esc(C.TABLE_CAPTION), SANS + " 8.6",
                       width=FULLW)
    cap_h = Text.size(cap_lay)[1] + 6.0
    cont_lay = t.layout("<b>%s (continued)</b>" % esc(
        C.TABLE_CAPTION.split(".")[0]), SANS + " 8.6", width=FULLW)
    cont_h = Text.size(cont_lay)[1] + 6.0
    over_lay = t.layout("<i>Table 1 continues on the next page</i>",
                        SANS + " 7.2", width=FULLW, align="right")

    def signoff():
        so = t.layout("<i>%s</i>" % esc(C.SIGNOFF), SERIF + " 9",
                      width=FULLW)
        so_h = Text.size(so)[1]
        flow.full(so_h + 14, lambda cr, y: (hline(cr, ML, ML + 120, y + 4,
                                                  AMBER, 1.0),
                                            t.show(so, ML, y + 9, GREY)),
                  space_before=6.0)

    # ---- flow the body --------------------------------------------------
    sec_pages = {}
    table_page = None
    for num, title, blocks in C.SECTIONS:
        h, draw = section_heading(num, title)
        pg = flow.full(h, draw, keep=PITCH * 4, space_before=10.0)
        sec_pages[num] = pg
        run = []
        pn = 0
        for b in blocks:
            if b[0] == "p":
                pn += 1
                run += para("%s.%d" % (num, pn), b[1])
            elif b[0] == "sub":
                run += subheading(b[1])
            elif b[0] == "sidebar":
                run += sidebar()
            elif b[0] == "table":
                if run:
                    flow.run(run)
                    run = []
                table_page = len(flow.pages)
                flow.table(head_h, draw_header, rows,
                           lambda cr, y: t.show(cont_lay, ML, y, TEAL),
                           cont_h,
                           lambda cr, y: t.show(over_lay, ML, y + 3, GREY),
                           caption=(cap_h, lambda cr, y:
                                    t.show(cap_lay, ML, y, TEAL)),
                           space_before=4.0)
                flow.y += 10.0
        if run:
            flow.run(run)
        if num == C.SIGNOFF_AFTER:
            signoff()
    nfront = 3
    nbody = len(flow.pages)

    # ---- render ----------------------------------------------------------
    def footer(label):
        fl = t.layout(esc(C.FICTIONAL_FOOTER), SANS + " 6.8", width=FULLW - 60)
        hline(cr, ML, PW - MR, PH - 44.0, TEAL, 0.5)
        t.show(fl, ML, PH - 39.0, GREY)
        if label:
            pl = t.layout("<b>%s</b>" % label, SANS + " 9", width=50,
                          align="right")
            t.show(pl, PW - MR - 50, PH - 40.0, TEAL)

    def header():
        l1 = t.layout("Child K \u00b7 Local Child Safeguarding Practice Review",
                      SANS + " 7.4")
        l2 = t.layout(esc(C.PARTNERSHIP), SANS + " 7.4", width=260,
                      align="right")
        t.show(l1, ML, 34.0, GREY)
        t.show(l2, PW - MR - 260, 34.0, GREY)
        hline(cr, ML, PW - MR, 47.0, TEAL, 0.8)

    # cover ---------------------------------------------------------------
    rect(cr, 0, 0, PW, PH, TEAL)
    rect(cr, 0, 262, PW, 6, AMBER)
    cv = C.COVER
    k = t.layout("<b>%s</b>" % esc(cv["kicker"].upper()), SANS + " 10",
                 width=PW - 2 * ML, spacing=2)
    t.show(k, ML, 70, hexrgb("#CFE3E7"))
    ti = t.layout("<b>%s</b>" % esc(cv["title"]), SANS + " 30",
                  width=PW - 2 * ML)
    t.show(ti, ML, 128, WHITE)
    ch = t.layout("<b>%s</b>" % esc(cv["child"]), SANS + " 44",
                  width=PW - 2 * ML)
    t.show(ch, ML, 300, AMBER)
    q = t.layout("<i>%s</i>" % esc(cv["quote"]), SERIF + " 17",
                 width=PW - 2 * ML - 60)
    t.show(q, ML, 380, WHITE)
    qb = t.layout(esc("\u2014 " + cv["quote_by"]), SANS + " 9.5",
                  width=PW - 2 * ML)
    t.show(qb, ML, 380 + Text.size(q)[1] + 10, hexrgb("#CFE3E7"))
    y = 560.0
    for lab, val in cv["meta"]:
        ll = t.layout(esc(lab.upper()), SANS + " 7.5", width=200)
        vl = t.layout("<b>%s</b>" % esc(val), SANS + " 13", width=330)
        t.show(ll, ML, y, hexrgb("#9FC4CC"))
        t.show(vl, ML, y + 11, WHITE)
        hline(cr, ML, ML + 330, y + 34, hexrgb("#3F7482"), 0.5)
        y += 46.0
    rect(cr, 0, PH - 96, PW, 40, AMBER)
    bl = t.layout("<b>%s</b>" % esc(cv["banner"]), SANS + " 12",
                  width=PW, align="center")
    t.show(bl, 0, PH - 84, TEAL)
    fl = t.layout(esc(C.FICTIONAL_FOOTER), SANS + " 7", width=PW,
                  align="center")
    t.show(fl, 0, PH - 40, hexrgb("#CFE3E7"))
    cr.show_page()

    # contents + foreword (page ii) ------------------------------------------
    header()
    y = TOP + 4
    hl = t.layout("<b>Contents</b>", SANS + " 20")
    t.show(hl, ML, y, TEAL)
    y += 40
    entries = [("", "Foreword", "ii"),
               ("", "Key to role codes, family members and abbreviations",
                "iii")]
    for num, title, _ in C.SECTIONS:
        entries.append((num, title, str(sec_pages[num])))
    entries.append(("", "Table 1. Chronology of key contacts",
                     str(table_page)))
    for num, title, pg in entries:
        nl = t.layout("<b>%s</b>" % num, SANS + " 10.5")
        tl = t.layout(esc(title), SANS + " 10.5", width=380)
        pl = t.layout("<b>%s</b>" % pg, SANS + " 10.5", width=40,
                      align="right")
        t.show(nl, ML, y, TEAL)
        t.show(tl, ML + 26, y, INK)
        t.show(pl, PW - MR - 40, y, TEAL)
        cr.set_source_rgb(*hexrgb("#9DB8BF"))
        cr.set_dash([0.8, 3.0])
        cr.set_line_width(0.8)
        cr.move_to(ML + 26 + 8 + _text_width(tl), y + 10.5)
        cr.line_to(PW - MR - 22, y + 10.5)
        cr.stroke()
        cr.set_dash([])
        y += 21.0
    y += 24
    rect(cr, ML, y, FULLW, 1.2, AMBER)
    y += 14
    fw = t.layout("<b>Foreword</b>", SANS + " 15")
    t.show(fw, ML, y, TEAL)
    y += 28
    for ptxt in C.FOREWORD:
        pl = t.layout(esc(ptxt), SERIF + " 10.5", width=FULLW - 60,
                      justify=True)
        t.show(pl, ML + 30, y, INK)
        y += Text.size(pl)[1] + 8
    sl = t.layout("<b>%s</b>\n%s" % (esc(C.FOREWORD_SIGN[0]),
                                     esc(C.FOREWORD_SIGN[1])),
                  SANS + " 9", width=FULLW - 60)
    t.show(sl, ML + 30, y + 4, TEAL)
    footer(ROMAN[2])
    cr.show_page()

    # key (page iii) -------------------------------------------------------
    header()
    y = TOP + 4
    t.show(t.layout("<b>Key to role codes</b>", SANS + " 15"), ML, y, TEAL)
    y += 24
    kc = [58.0, 248.0, FULLW - 306.0]

    def key_table(y, rows, cols, head, x0=ML):
        tw = sum(cols)
        lays = [t.layout("<b>%s</b>" % esc(h), SANS + " 7.3",
                         width=w - 8) for h, w in zip(head, cols)]
        hh = max(Text.size(l)[1] for l in lays) + 6
        rect(cr, x0, y, tw, hh, TEAL)
        x = x0
        for l, w in zip(lays, cols):
            t.show(l, x + 4, y + 3, WHITE)
            x += w
        y += hh
        for i, r in enumerate(rows):
            ls = [t.layout(("<b>%s</b>" if j == 0 else "%s") % c,
                           SANS + " 7.3", width=w - 8)
                  for j, (c, w) in enumerate(zip(r, cols))]
            rh = max(Text.size(l)[1] for l in ls) + 3.4
            if i % 2:
                rect(cr, x0, y, tw, rh, TEAL_L)
            x = x0
            for j, (l, w) in enumerate(zip(ls, cols)):
                t.show(l, x + 4, y + 1.7, TEAL if j == 0 else INK)
                x += w
            y += rh
        return y

    y = key_table(y, [(esc(a), esc(b), esc(c)) for a, b, c in C.ROLE_KEY],
                  kc, ("Code", "Role", "Agency"))
    y += 18
    half = (FULLW - 18) / 2.0
    t.show(t.layout("<b>Family members</b>", SANS + " 12"), ML, y, TEAL)
    t.show(t.layout("<b>Abbreviations</b>", SANS + " 12"), ML + half + 18, y,
           TEAL)
    y += 20
    key_table(y, [(esc(a), esc(b)) for a, b in C.FAMILY_KEY],
              [54.0, half - 54.0], ("Name", "Who they are"), x0=ML)
    key_table(y, [(a, esc(b)) for a, b in C.ABBREVIATIONS],
              [44.0, half - 44.0], ("Term", "Meaning"), x0=ML + half + 18)
    footer(ROMAN[3])
    cr.show_page()

    # body ------------------------------------------------------------------
    for i, page in enumerate(flow.pages):
        header()
        for d in page.draws:
            d(cr)
        flow.draw_footnotes(cr, page)
        footer(str(i + 1))
        cr.show_page()
    surface.finish()
    return nfront + nbody


def _text_width(lay):
    ink, log = lay.get_extents()
    return log.width / 1024.0


# ===========================================================================
# Learning brief: A4 landscape, three narrow columns
# ===========================================================================
BW, BH = 841.89, 595.276
BML = 34.0
BGAP = 20.0
BCOLW = (BW - 2 * BML - 2 * BGAP) / 3.0
BTOP, BBOTTOM = 52.0, BH - 46.0
BPITCH = 11.4
BFONT = SANS + " 8.6"
BAND_H = 104.0


def learning_brief():
    surface = cairo.PDFSurface(BRIEF_PDF, BW, BH)
    fixed_metadata(surface, "Learning brief: Child K (FICTIONAL practice "
                   "document)", "FICTIONAL learning brief for evaluation")
    cr = cairo.Context(surface)
    t = Text(cr)
    geom = dict(page_w=BW, page_h=BH, top=BTOP, bottom=BBOTTOM,
                col_x=[BML + i * (BCOLW + BGAP) for i in range(3)],
                col_w=BCOLW, gutter=0.0, pitch=BPITCH, ascent=8.6)
    flow = Flow(t, geom)
    flow.y = BAND_H + 18.0

    items = []

    def para(markup):
        return paragraph_items(t, markup, BFONT, BCOLW, BPITCH, rgb=INK,
                               gap=4.0)

    def heading(title):
        lay = t.layout("<b>%s</b>" % esc(title), SANS + " 11.5",
                       width=BCOLW)
        h = Text.size(lay)[1]

        def draw(cr, x, y, w, g):
            t.show(lay, x, y + 6, TEAL)
            hline(cr, x, x + w, y + 6 + h + 2.5, AMBER, 1.0)
        return [Space(4.0), Block(h + 14.0, draw, kwn=True)]

    def finding(n, text):
        lay = t.layout(esc(text), BFONT, width=BCOLW - 24, justify=False)
        nl = t.layout("<b>%s</b>" % n, SANS + " 9", width=16, align="center")
        h = max(Text.size(lay)[1], 16) + 5

        def draw(cr, x, y, w, g):
            cr.set_source_rgb(*TEAL)
            cr.new_path()
            cr.arc(x + 8, y + 8, 8, 0, 6.2832)
            cr.fill()
            t.show(nl, x, y + 2.4, WHITE)
            t.show(lay, x + 24, y + 1, INK)
        return [Block(h, draw)]

    def bullet(text):
        lay = t.layout(esc(text), BFONT, width=BCOLW - 13)
        h = Text.size(lay)[1] + 3.5

        def draw(cr, x, y, w, g):
            rect(cr, x + 1, y + 4.2, 4.2, 4.2, AMBER)
            t.show(lay, x + 13, y, INK)
        return [Block(h, draw)]

    def dated(date, text):
        dl = t.layout("<b>%s</b>" % esc(date), SANS + " 8.4", width=62)
        lay = t.layout(esc(text), BFONT, width=BCOLW - 70)
        h = max(Text.size(lay)[1], Text.size(dl)[1]) + 4

        def draw(cr, x, y, w, g):
            t.show(dl, x, y, TEAL)
            t.show(lay, x + 70, y, INK)
            hline(cr, x, x + w, y + h - 1.5, TEAL_L, 0.6)
        return [Block(h, draw)]

    def facts():
        cells = []
        for big, small in C.BRIEF_FACTS:
            bl = t.layout("<b>%s</b>" % esc(big), SANS + " 15",
                          width=BCOLW / 2 - 14)
            sl = t.layout(esc(small), SANS + " 7.3", width=BCOLW / 2 - 14)
            cells.append((bl, sl))
        title = t.layout("<b>Key facts</b>", SANS + " 9.5", width=BCOLW)
        rowh = max(Text.size(b)[1] + Text.size(s)[1] for b, s in cells) + 8
        nrows = (len(cells) + 1) // 2
        H = 26 + nrows * rowh + 4

        def draw(cr, x, y, w, g):
            y0 = y + 6
            rect(cr, x, y0, w, H, TEAL)
            t.show(title, x + 8, y0 + 7, hexrgb("#F6D58E"))
            for i, (bl, sl) in enumerate(cells):
                cx = x + 8 + (i % 2) * (w / 2)
                cy = y0 + 26 + (i // 2) * rowh
                t.show(bl, cx, cy, WHITE)
                t.show(sl, cx, cy + Text.size(bl)[1], hexrgb("#CFE3E7"))
        return [Block(H + 12, draw)]

    def quote():
        q, who = C.BRIEF_QUOTE
        ql = t.layout("<i>%s</i>" % esc(q), SERIF + " 13", width=BCOLW - 22)
        wl = t.layout("<b>%s</b>" % esc("\u2014 " + who), SANS + " 8",
                      width=BCOLW - 22)
        H = Text.size(ql)[1] + Text.size(wl)[1] + 18

        def draw(cr, x, y, w, g):
            y0 = y + 6
            rect(cr, x, y0, w, H, AMBER_L)
            rect(cr, x, y0, 4, H, AMBER)
            t.show(ql, x + 14, y0 + 7, TEAL)
            t.show(wl, x + 14, y0 + 9 + Text.size(ql)[1], AMBER)
        return [Block(H + 12, draw)]

    for b in C.BRIEF:
        if b[0] == "h":
            items += heading(b[1])
        elif b[0] == "p":
            items += para(b[1])
        elif b[0] == "f":
            items += finding(b[1], b[2])
        elif b[0] == "b":
            items += bullet(b[1])
        elif b[0] == "d":
            items += dated(b[1], b[2])
        elif b[0] == "facts":
            items += facts()
        elif b[0] == "quote":
            items += quote()
    flow.run(items)
    npages = len(flow.pages)

    for i, page in enumerate(flow.pages):
        if i == 0:
            rect(cr, 0, 0, BW, BAND_H, TEAL)
            rect(cr, 0, BAND_H, BW, 4, AMBER)
            tl = t.layout("<b>%s</b>" % esc(C.BRIEF_TITLE), SANS + " 26",
                          width=BW - 2 * BML)
            t.show(tl, BML, 24, WHITE)
            sl = t.layout(esc(C.BRIEF_SUB), SANS + " 9", width=BW - 2 * BML)
            t.show(sl, BML, 66, hexrgb("#CFE3E7"))
            tag = t.layout("<b>FICTIONAL</b>", SANS + " 9", width=120,
                           align="right")
            t.show(tag, BW - BML - 120, 28, hexrgb("#F6D58E"))
        else:
            hl = t.layout("<b>%s</b> \u00b7 continued" % esc(C.BRIEF_TITLE),
                          SANS + " 9")
            t.show(hl, BML, 22, TEAL)
            hline(cr, BML, BW - BML, 38, TEAL, 0.8)
        for d in page.draws:
            d(cr)
        hline(cr, BML, BW - BML, BH - 34, TEAL, 0.5)
        fl = t.layout(esc(C.FICTIONAL_FOOTER), SANS + " 6.8",
                      width=BW - 2 * BML - 120)
        t.show(fl, BML, BH - 29, GREY)
        pl = t.layout("<b>Learning brief \u00b7 page %d of %d</b>"
                      % (i + 1, npages), SANS + " 7.5", width=160,
                      align="right")
        t.show(pl, BW - BML - 160, BH - 29, TEAL)
        cr.show_page()
    surface.finish()
    return npages


if __name__ == "__main__":
    n1 = main_report()
    n2 = learning_brief()
    print("main report: %d pages -> %s" % (n1, os.path.basename(MAIN_PDF)))
    print("learning brief: %d pages -> %s" % (n2, os.path.basename(BRIEF_PDF)))
