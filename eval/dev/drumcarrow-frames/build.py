# -*- coding: utf-8 -*-
"""Build the FICTIONAL Drumcarrow corpus with reportlab platypus.

    /work/main/.venv/bin/python build.py

Writes drumcarrow-scr-baby-mirren.pdf (main report) and drumcarrow-7-minute-briefing.pdf
(companion) next to this file. Output is deterministic (invariant=1, fixed dates).
"""
import os
import sys

sys.dont_write_bytecode = True
import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents

import content as C

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN_PDF = os.path.join(HERE, "drumcarrow-scr-baby-mirren.pdf")
BRIEF_PDF = os.path.join(HERE, "drumcarrow-7-minute-briefing.pdf")

TEAL = colors.HexColor("#1E4D5C")
TEAL_LIGHT = colors.HexColor("#D9E7EA")
RUST = colors.HexColor("#B5482E")
SAND = colors.HexColor("#F2EADB")
GREY = colors.HexColor("#555555")

PW, PH = A4
LM, RM, TOP, BOT = 52, 52, 62, 58
GUTTER = 14                       # about 1.5 em of the 9.3 pt body text
COLW = (PW - LM - RM - GUTTER) / 2.0
BODY_TOP = PH - TOP
BODY_H = PH - TOP - BOT
BAND_H = 44
COVER_SPLIT = PH * 0.42
HANG = 30                         # width of the hanging paragraph number

# ------------------------------------------------------------------------------ styles
def S(name, **kw):
    base = dict(fontName="Helvetica", fontSize=9.3, leading=12.4, textColor=colors.black)
    base.update(kw)
    return ParagraphStyle(name, **base)

ST = {
    "body": S("body", leftIndent=HANG, bulletIndent=0, bulletFontName="Helvetica-Bold", bulletFontSize=8.3,
              bulletColor=TEAL, spaceAfter=5.5),
    "plain": S("plain", spaceAfter=5.5),
    "h1": S("h1", fontName="Helvetica-Bold", fontSize=14, leading=17, textColor=TEAL, spaceBefore=8, spaceAfter=6,
            keepWithNext=1),
    "h2": S("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=13, textColor=TEAL, spaceBefore=6, spaceAfter=4,
            keepWithNext=1),
    "band": S("band", fontName="Helvetica-Bold", fontSize=16, leading=19, textColor=colors.white),
    "note": S("note", fontSize=7, leading=8.4, leftIndent=8, firstLineIndent=-8),
    "cell": S("cell", fontSize=7.8, leading=9.3),
    "cellb": S("cellb", fontName="Helvetica-Bold", fontSize=7.8, leading=9.3, textColor=colors.white),
    "tcell": S("tcell", fontSize=8.2, leading=10),
    "tcellb": S("tcellb", fontName="Helvetica-Bold", fontSize=8.2, leading=10),
    "caption": S("caption", fontName="Helvetica-Bold", fontSize=8.5, leading=11, textColor=TEAL, spaceAfter=3),
    "source": S("source", fontSize=7.2, leading=9, textColor=GREY, spaceBefore=3, spaceAfter=8),
    "pull": S("pull", fontName="Helvetica-BoldOblique", fontSize=13, leading=17, textColor=RUST),
    "pullattr": S("pullattr", fontSize=8.2, leading=10.5, textColor=GREY, alignment=TA_RIGHT),
    "voiceh": S("voiceh", fontName="Helvetica-Bold", fontSize=10, leading=13, textColor=TEAL, spaceAfter=3),
    "voice": S("voice", fontSize=8.8, leading=11.6, spaceAfter=4),
    "boxh": S("boxh", fontName="Helvetica-Bold", fontSize=10.5, leading=13, textColor=RUST, spaceAfter=4),
    "box": S("box", fontSize=8.9, leading=11.8, spaceAfter=3),
    "sig": S("sig", fontSize=8.8, leading=12, spaceAfter=3),
}

# ------------------------------------------------------------------------------ footnotes
_NOTE_NUM = {}


def fn_markup(text, notes_out):
    """Replace {fn:key} with a superscript number; collect (num, text)."""
    def rep(m):
        key = m.group(1)
        if key not in _NOTE_NUM:
            _NOTE_NUM[key] = len(_NOTE_NUM) + 1
        n = _NOTE_NUM[key]
        notes_out.append((n, C.NOTES[key]))
        return '<super><font size="6.5">%d</font></super>' % n
    return re.sub(r"\{fn:(\w+)\}", rep, text)


def note_paras(notes):
    return [Paragraph("%d&nbsp;&nbsp;%s" % (n, t), ST["note"]) for n, t in notes]


CURRENT_DOC = []
NOTE_RULE = 9     # space for the short rule above a column's first note


class FootnotedPara(Flowable):
    """A paragraph whose footnotes are set at the foot of the column (frame) it lands in.

    wrap() refuses the frame unless the paragraph *and* its notes fit above the notes already
    reserved; after drawing, the document raises the frame's bottom by the notes' height and
    draws the notes when the frame ends."""

    def __init__(self, para, notes):
        Flowable.__init__(self)
        self.para, self.notes = para, notes

    def _notes_height(self, width, frame):
        h = sum(p.wrap(width, 1000)[1] + 1.5 for p in note_paras(self.notes))
        if not getattr(frame, "_fn_pending", None):
            h += NOTE_RULE
        return h

    def wrap(self, aw, ah):
        w, h = self.para.wrap(aw, ah)
        self.height = h
        frame = getattr(self, "_frame", None) or (CURRENT_DOC[0].frame if CURRENT_DOC else None)
        if frame is not None:
            need = h + self._notes_height(frame._width, frame)
            if ah > 100000:               # being measured by KeepTogether / keepWithNext
                return w, need
            if need > ah:
                return aw, ah + 1000      # does not fit: move to the next column
        return w, h

    def split(self, aw, ah):
        return []

    def getSpaceAfter(self):
        return self.para.getSpaceAfter()

    def getSpaceBefore(self):
        return self.para.getSpaceBefore()

    def draw(self):
        self.para.drawOn(self.canv, 0, 0)


def flush_notes(canv, frame):
    pend = getattr(frame, "_fn_pending", None)
    if not pend:
        return
    width = frame._width - frame._leftPadding - frame._rightPadding
    paras = note_paras(pend)
    heights = [p.wrap(width, 1000)[1] for p in paras]
    x = frame._x1 + frame._leftPadding
    y = frame._y1 + frame._bottomPadding + sum(h + 1.5 for h in heights)
    canv.saveState()
    canv.setStrokeColor(TEAL)
    canv.setLineWidth(0.5)
    canv.line(x, y + 4, x + 60, y + 4)
    canv.restoreState()
    for p, h in zip(paras, heights):
        y -= h
        p.drawOn(canv, x, y)
        y -= 1.5
    frame._fn_pending = []
    frame._y1p = frame._y1 + frame._bottomPadding


# ------------------------------------------------------------------------------ page furniture
def roman(n):
    return ["", "i", "ii", "iii", "iv", "v"][n]


def page_label(page):
    if page == 1:
        return None
    if page <= 3:
        return roman(page - 1)
    return str(page - 3)


def furniture(canv, doc):
    page = canv.getPageNumber()
    w, h = canv._pagesize
    lm = LM if w < h else 40
    canv.saveState()
    canv.setFont("Helvetica", 7.8)
    canv.setFillColor(TEAL)
    # running header: short title on even pages, committee on odd pages
    if page % 2 == 0:
        canv.drawString(lm, h - 36, C.SHORT_TITLE)
    else:
        canv.drawRightString(w - lm, h - 36, C.COMMITTEE)
    canv.setStrokeColor(TEAL)
    canv.setLineWidth(0.6)
    canv.line(lm, h - 41, w - lm, h - 41)
    # running footer
    canv.line(lm, 40, w - lm, 40)
    canv.setFillColor(GREY)
    canv.setFont("Helvetica", 7.2)
    canv.drawString(lm, 29, C.FOOTER)
    canv.setFont("Helvetica-Bold", 8.5)
    canv.setFillColor(TEAL)
    canv.drawRightString(w - lm, 29, page_label(page))
    canv.restoreState()
    if page == 2:
        canv.addPageLabel(0, prefix="Cover")
        canv.addPageLabel(1, style="ROMAN_LOWER", start=1)
        canv.addPageLabel(3, style="ARABIC", start=1)


def cover_page(canv, doc):
    canv.saveState()
    # full-bleed coloured panel (extends beyond the trim on three sides)
    canv.setFillColor(TEAL)
    canv.rect(-9, COVER_SPLIT, PW + 18, PH - COVER_SPLIT + 9, stroke=0, fill=1)
    # faint motif: concentric arcs, clipped to the panel
    canv.saveState()
    clip = canv.beginPath()
    clip.rect(-9, COVER_SPLIT, PW + 18, PH - COVER_SPLIT + 9)
    canv.clipPath(clip, stroke=0, fill=0)
    canv.setStrokeColor(colors.HexColor("#2A6272"))
    canv.setLineWidth(10)
    for r in (120, 170, 220, 270):
        canv.circle(PW + 10, COVER_SPLIT + 10, r, stroke=1, fill=0)
    canv.restoreState()
    canv.setFillColor(RUST)
    canv.rect(-9, COVER_SPLIT - 10, PW + 18, 10, stroke=0, fill=1)
    canv.setFillColor(GREY)
    canv.setFont("Helvetica", 7.2)
    canv.drawString(LM, 29, C.FOOTER)
    canv.restoreState()


def box_page(canv, doc):
    furniture(canv, doc)
    t = key_episode_box()
    w, h = t.wrap(PW - LM - RM, 400)
    t.drawOn(canv, LM, BODY_TOP - h)


def key_episode_box():
    rows = [[Paragraph(C.KEY_EPISODE_TITLE, ST["boxh"])]]
    col = (PW - LM - RM - 24 - 16) / 2.0
    left = [Paragraph(C.KEY_EPISODE[0], ST["box"])]
    right = [Paragraph(C.KEY_EPISODE[1], ST["box"])]
    inner = Table([[left, right]], colWidths=[col + 8, col + 8])
    inner.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (0, -1), 16), ("RIGHTPADDING", (1, 0), (1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    rows.append([inner])
    t = Table(rows, colWidths=[PW - LM - RM])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.6, RUST),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.5, RUST),
                           ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                           ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return t


# ------------------------------------------------------------------------------ the document class
class ReviewDoc(BaseDocTemplate):
    def __init__(self, filename, **kw):
        BaseDocTemplate.__init__(self, filename, pagesize=A4, invariant=1,
                                 title="Significant Case Review: Baby Mirren (FICTIONAL)",
                                 author="Drumcarrow Child Protection Committee (fictional)",
                                 subject="FICTIONAL practice document for testing",
                                 creator="reportlab platypus", producer="reportlab", **kw)
        self.build_templates()

    def build_templates(self):
        def cols(top, height, tag):
            return [Frame(LM, top - height, COLW, height, id=tag + "L", leftPadding=0, rightPadding=0,
                          topPadding=0, bottomPadding=0),
                    Frame(LM + COLW + GUTTER, top - height, COLW, height, id=tag + "R", leftPadding=0,
                          rightPadding=0, topPadding=0, bottomPadding=0)]

        cover = [Frame(LM + 8, COVER_SPLIT + 20, PW - LM - RM - 16, PH - COVER_SPLIT - 90, id="coverTop"),
                 Frame(LM + 8, BOT + 10, PW - LM - RM - 16, COVER_SPLIT - 40 - BOT, id="coverBottom")]
        front = Frame(LM, BOT, PW - LM - RM, BODY_H, id="front")
        band = Frame(LM, BODY_TOP - BAND_H, PW - LM - RM, BAND_H, id="band", leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)
        bw, bh = key_episode_box().wrap(PW - LM - RM, 400)
        below_box = BODY_TOP - bh - 16
        LW, LH = landscape(A4)
        land = Frame(40, 50, LW - 80, LH - 50 - 56, id="land", leftPadding=0, rightPadding=0, topPadding=0,
                     bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", cover, onPage=cover_page, autoNextPageTemplate="front"),
            PageTemplate("front", [front], onPage=furniture),
            PageTemplate("band", [band] + cols(BODY_TOP - BAND_H - 12, BODY_H - BAND_H - 12, "bnd"),
                         onPage=furniture, autoNextPageTemplate="body"),
            PageTemplate("body", cols(BODY_TOP, BODY_H, "bod"), onPage=furniture),
            PageTemplate("boxtop", cols(below_box, below_box - BOT, "box"), onPage=box_page,
                         autoNextPageTemplate="body"),
            PageTemplate("landscape", [land], onPage=furniture, pagesize=landscape(A4),
                         autoNextPageTemplate="body"),
        ])

    # footnotes --------------------------------------------------------------
    def afterFlowable(self, flowable):
        if isinstance(flowable, FootnotedPara):
            frame = self.frame
            nh = flowable._notes_height(frame._width, frame)
            frame._fn_pending = (getattr(frame, "_fn_pending", None) or []) + list(flowable.notes)
            frame._y1p += nh
        toc = getattr(flowable, "_toc", None)
        if toc:
            level, text = toc
            self.notify("TOCEntry", (level, text, self.page - 3))

    def handle_frameEnd(self, resume=0):
        if self.frame is not None:
            flush_notes(self.canv, self.frame)
        BaseDocTemplate.handle_frameEnd(self, resume)

    def handle_pageEnd(self):
        if self.frame is not None:
            flush_notes(self.canv, self.frame)
        BaseDocTemplate.handle_pageEnd(self)


# ------------------------------------------------------------------------------ flowables
class Band(Flowable):
    """Full-width coloured section band."""

    def __init__(self, num, title):
        Flowable.__init__(self)
        self.num, self.title = num, title
        self._toc = (0, "%s  %s" % (num, title))

    def wrap(self, aw, ah):
        self.width = aw
        return aw, BAND_H

    def draw(self):
        c = self.canv
        c.setFillColor(TEAL)
        c.rect(0, 0, self.width, BAND_H, stroke=0, fill=1)
        c.setFillColor(RUST)
        c.rect(0, 0, 8, BAND_H, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 22)
        c.drawString(22, 13, self.num)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(52, 14, self.title)


def heading(text, style, level):
    p = Paragraph(text, style)
    p._toc = (level, re.sub("<[^>]+>", "", text).replace("&nbsp;", " "))
    return p


def contacts_table():
    head = [Paragraph("<b>Agency or service</b>", ST["tcell"]), Paragraph("<b>Area</b>", ST["tcell"]),
            Paragraph("<b>Contacts</b>", ST["tcell"])]
    rows = [head] + [[Paragraph(a, ST["tcell"]), Paragraph(b, ST["tcell"]), Paragraph(c, ST["tcell"])]
                     for a, b, c in C.CONTACTS]
    rows.append([Paragraph("<b>Total</b>", ST["tcell"]), "", Paragraph("<b>%s</b>" % C.CONTACTS_TOTAL,
                                                                         ST["tcell"])])
    t = Table(rows, colWidths=[COLW * 0.50, COLW * 0.30, COLW * 0.20], repeatRows=1)
    t.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, TEAL), ("LINEBELOW", (0, 0), (-1, 0), 0.6, TEAL),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, TEAL), ("LINEBELOW", (0, -1), (-1, -1), 1.2, TEAL),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, TEAL_LIGHT]),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [KeepTogether([Paragraph("Table 1: Contacts with the family by agency, 15 November 2022 to "
                                    "19 August 2023", ST["caption"]), t,
                          Paragraph("Source: agency chronologies. A contact is a visit, appointment, attendance or "
                                    "telephone call with Ms K, Mr D or Mirren.", ST["source"])])]


def voice_box(title, texts):
    cell = [Paragraph(title, ST["voiceh"])] + [Paragraph(t, ST["voice"]) for t in texts]
    t = Table([[cell]], colWidths=[COLW])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SAND),
                           ("LINEBEFORE", (0, 0), (0, -1), 3, TEAL),
                           ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                           ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return [Spacer(1, 4), t, Spacer(1, 10)]


class PullQuote(Flowable):
    def __init__(self, quote, attribution):
        Flowable.__init__(self)
        self.q = Paragraph(quote, ST["pull"])
        self.a = Paragraph(attribution, ST["pullattr"])

    def wrap(self, aw, ah):
        self.width = aw
        _, self.hq = self.q.wrap(aw - 18, ah)
        _, self.ha = self.a.wrap(aw - 18, ah)
        self.height = self.hq + self.ha + 26
        return aw, self.height

    def draw(self):
        c = self.canv
        c.setStrokeColor(RUST)
        c.setLineWidth(1.2)
        c.line(0, self.height - 2, self.width, self.height - 2)
        c.line(0, 2, self.width, 2)
        self.q.drawOn(c, 9, self.height - 10 - self.hq)
        self.a.drawOn(c, 9, 10)


def chronology_table():
    LW, _ = landscape(A4)
    width = LW - 80
    cw = [58, 34, 100, 0, 270]
    cw[3] = width - sum(cw)
    head = [Paragraph(h, ST["cellb"]) for h in ("Date", "Time", "Agency", "Event", "Significance for the review")]
    rows = [head]
    for d, tm, ag, ev, sig in C.CHRONOLOGY:
        rows.append([Paragraph(d, ST["cell"]), Paragraph(tm, ST["cell"]), Paragraph(ag, ST["cell"]),
                     Paragraph(ev, ST["cell"]), Paragraph(sig, ST["cell"])])
    t = Table(rows, colWidths=cw, repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), TEAL),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, TEAL_LIGHT]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9FB8BF")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
    return [Paragraph("Table 2: Chronology of key events, January to August 2023", ST["caption"]), t,
            Paragraph("Times are taken from agency records. The full integrated chronology of 163 entries was "
                      "considered by the review team but is not published.", ST["source"])]


def body_story():
    story = []
    for blk in C.BODY:
        kind = blk[0]
        if kind == "band":
            story += [NextPageTemplate("band"), PageBreak(), Band(blk[1], blk[2])]
        elif kind == "h1":
            story.append(heading("%s&nbsp;&nbsp;%s" % (blk[1], blk[2]), ST["h1"], 0))
        elif kind == "h2":
            if blk[1]:
                story.append(heading("%s&nbsp;&nbsp;%s" % (blk[1], blk[2]), ST["h2"], 1))
            else:
                story.append(Paragraph(blk[2], ST["h2"]))
        elif kind == "p":
            notes = []
            text = fn_markup(blk[2], notes)
            para = Paragraph(text, ST["body"], bulletText=blk[1])
            story.append(FootnotedPara(para, notes) if notes else para)
        elif kind == "pu":
            story.append(Paragraph(blk[1], ST["plain"]))
        elif kind == "contacts":
            story += contacts_table()
        elif kind == "voice":
            story += voice_box(blk[1], blk[2])
        elif kind == "pull":
            story += [Spacer(1, 4), PullQuote(blk[1], blk[2]), Spacer(1, 10)]
        elif kind == "next":
            story.append(NextPageTemplate(blk[1]))
        elif kind == "colbreak":
            story.append(FrameBreak())
        elif kind == "chronology":
            story += [NextPageTemplate("landscape"), PageBreak()] + chronology_table()
            story += [NextPageTemplate("body"), PageBreak()]
        elif kind == "signature":
            story.append(Spacer(1, 8))
            story += [Paragraph(s, ST["sig"]) for s in C.SIGNATURE]
    return story


def cover_story():
    W = ParagraphStyle
    s = []
    s.append(Spacer(1, 10))
    s.append(Paragraph("DRUMCARROW CHILD PROTECTION COMMITTEE",
                       W("c1", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=colors.white)))
    s.append(Spacer(1, 90))
    s.append(Paragraph("Significant Case Review", W("c2", fontName="Helvetica", fontSize=22, leading=26,
                                                     textColor=colors.HexColor("#CFE3E8"))))
    s.append(Paragraph("Baby Mirren", W("c3", fontName="Helvetica-Bold", fontSize=44, leading=52,
                                         textColor=colors.white)))
    s.append(Spacer(1, 8))
    s.append(Paragraph("A learning review into the death of a ten-week-old baby in August 2023",
                       W("c4", fontName="Helvetica", fontSize=13, leading=17, textColor=colors.white)))
    s.append(FrameBreak())
    s.append(Spacer(1, 30))
    info = W("c5", fontName="Helvetica", fontSize=10.5, leading=15, textColor=colors.black)
    s.append(Paragraph("<b>Independent reviewer:</b> Dr Morag Tennant", info))
    s.append(Paragraph("<b>Review reference:</b> DCPC-LR-2023-02", info))
    s.append(Paragraph("<b>Date of publication:</b> 10 September 2024", info))
    s.append(Spacer(1, 16))
    notice = Table([[Paragraph("<b>FICTIONAL.</b> This is an invented practice document, written to test a "
                               "question-answering tool. The child, family, practitioners, committee, councils and "
                               "agencies do not exist.", W("c6", fontName="Helvetica", fontSize=9, leading=12))]],
                   colWidths=[PW - LM - RM - 40])
    notice.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, RUST), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s.append(notice)
    return s


def front_story():
    s = [NextPageTemplate("front"), PageBreak()]
    s.append(Paragraph("Contents", ST["h1"]))
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [
        ParagraphStyle("toc0", fontName="Helvetica-Bold", fontSize=10.5, leading=15, leftIndent=0,
                       firstLineIndent=0, spaceBefore=7, textColor=TEAL),
        ParagraphStyle("toc1", fontName="Helvetica", fontSize=9.5, leading=13, leftIndent=24, firstLineIndent=0),
    ]
    s.append(toc)
    s.append(Spacer(1, 14))
    s.append(Paragraph("Tables, boxes and figures", ST["h2"]))
    for line in ("Table 1: Contacts with the family by agency (section 1)",
                 "Table 2: Chronology of key events, January to August 2023 (landscape page, section 3)",
                 "Box: Voice of the child (section 4)",
                 "Box: Key practice episode 2 \u2013 the Minor Injuries Unit (section 5)"):
        s.append(Paragraph(line, ST["plain"]))
    s.append(PageBreak())
    s.append(Paragraph("Glossary of abbreviations", ST["h1"]))
    rows = [[Paragraph("<b>Abbreviation</b>", ST["tcell"]), Paragraph("<b>Meaning</b>", ST["tcell"])]]
    rows += [[Paragraph(a, ST["tcellb"]), Paragraph(b, ST["tcell"])] for a, b in C.GLOSSARY]
    g = Table(rows, colWidths=[90, PW - LM - RM - 90])
    g.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9FB8BF")),
                           ("LINEABOVE", (0, 0), (-1, 0), 1.2, TEAL),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    s.append(g)
    s.append(Spacer(1, 14))
    s.append(Paragraph("Key to practitioners", ST["h1"]))
    s.append(Paragraph("Practitioners are identified by role codes. The first ten worked in Strathardle; the "
                       "others worked in Drumcarrow.", ST["plain"]))
    rows = [[Paragraph("<b>Code</b>", ST["tcell"]), Paragraph("<b>Role and agency</b>", ST["tcell"])]]
    rows += [[Paragraph(a, ST["tcellb"]), Paragraph(b, ST["tcell"])] for a, b in C.KEY]
    k = Table(rows, colWidths=[90, PW - LM - RM - 90])
    k.setStyle(g.getStyle() if hasattr(g, "getStyle") else TableStyle([]))
    k.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9FB8BF")),
                           ("LINEABOVE", (0, 0), (-1, 0), 1.2, TEAL),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    s.append(k)
    return s


def build_main():
    _NOTE_NUM.clear()
    story = cover_story() + front_story() + body_story()
    doc = ReviewDoc(MAIN_PDF)
    CURRENT_DOC[:] = [doc]
    doc.multiBuild(story)


# ------------------------------------------------------------------------------ 7-minute briefing
def build_brief():
    LW, LH = landscape(A4)
    M = 34
    G = 12
    HEAD_H = 78

    def brief_page(canv, doc):
        page = canv.getPageNumber()
        canv.saveState()
        if page == 1:
            canv.setFillColor(TEAL)
            canv.rect(0, LH - HEAD_H - 14, LW, HEAD_H + 14, stroke=0, fill=1)
            canv.setFillColor(RUST)
            canv.rect(0, LH - HEAD_H - 18, LW, 4, stroke=0, fill=1)
        else:
            canv.setFillColor(TEAL)
            canv.rect(0, LH - 30, LW, 30, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont("Helvetica-Bold", 10)
            canv.drawString(M, LH - 20, "7-minute briefing: Baby Mirren (continued)")
        for f in doc.pageTemplate.frames:
            if f.id.startswith("panel"):
                canv.setStrokeColor(TEAL)
                canv.setLineWidth(1.2)
                canv.roundRect(f._x1 - 6, f._y1 - 6, f._width + 12, f._height + 12, 6, stroke=1, fill=0)
        canv.setFillColor(GREY)
        canv.setFont("Helvetica", 7.2)
        canv.drawString(M, 18, C.FOOTER)
        canv.drawRightString(LW - M, 18, "Page %d of 2" % page)
        canv.restoreState()

    top1 = LH - HEAD_H - 18 - 22
    h1 = top1 - 40
    w3 = (LW - 2 * M - 2 * G - 36) / 3.0
    f1 = [Frame(0, LH - HEAD_H - 14, LW, HEAD_H + 14, id="head", leftPadding=M, rightPadding=M, topPadding=14,
                bottomPadding=6)]
    for i in range(3):
        f1.append(Frame(M + 6 + i * (w3 + G + 12), 40, w3, h1 - 6, id="panel%d" % (i + 1), leftPadding=2,
                        rightPadding=2, topPadding=2, bottomPadding=2))
    top2 = LH - 30 - 22
    w4 = (LW - 2 * M - 3 * G - 48) / 4.0
    f2 = []
    for i in range(4):
        f2.append(Frame(M + 6 + i * (w4 + G + 12), 40, w4, top2 - 46, id="panel%d" % (i + 4), leftPadding=2,
                        rightPadding=2, topPadding=2, bottomPadding=2))

    doc = BaseDocTemplate(BRIEF_PDF, pagesize=landscape(A4), invariant=1,
                          title="7-minute briefing: Baby Mirren (FICTIONAL)",
                          author="Drumcarrow Child Protection Committee (fictional)",
                          subject="FICTIONAL practice document for testing", creator="reportlab platypus",
                          producer="reportlab")
    doc.addPageTemplates([PageTemplate("b1", f1, onPage=brief_page, autoNextPageTemplate="b2"),
                          PageTemplate("b2", f2, onPage=brief_page)])
    t_style = ParagraphStyle("bt", fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=colors.white)
    s_style = ParagraphStyle("bs", fontName="Helvetica", fontSize=10, leading=13,
                             textColor=colors.HexColor("#DCEBEE"))
    num_style = ParagraphStyle("bn", fontName="Helvetica-Bold", fontSize=22, leading=24, textColor=RUST)
    hd_style = ParagraphStyle("bh", fontName="Helvetica-Bold", fontSize=14, leading=16.5, textColor=TEAL,
                              spaceAfter=6)
    tx1 = ParagraphStyle("btx", fontName="Helvetica", fontSize=12.4, leading=17.2, spaceAfter=10)
    tx2 = ParagraphStyle("btx2", fontName="Helvetica", fontSize=11.2, leading=15.6, spaceAfter=9)
    story = [Paragraph(C.BRIEF_TITLE, t_style), Spacer(1, 4), Paragraph(C.BRIEF_SUB, s_style), FrameBreak()]
    for idx, (num, title, paras) in enumerate(C.BRIEF_BOXES):
        tx = tx1 if idx < 3 else tx2
        head = Table([[Paragraph(num, num_style), Paragraph(title, hd_style)]], colWidths=[26, None])
        head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                                  ("LINEBELOW", (0, 0), (-1, 0), 0.8, RUST)]))
        story += [head, Spacer(1, 6)]
        bullets = idx in (4, 5, 6)
        for p in paras:
            if bullets:
                story.append(Paragraph(p, ParagraphStyle("bb", parent=tx, leftIndent=10, bulletIndent=0),
                                       bulletText="\u2022"))
            else:
                story.append(Paragraph(p, tx))
        if idx < len(C.BRIEF_BOXES) - 1:
            story.append(FrameBreak())
    doc.build(story)


if __name__ == "__main__":
    build_main()
    build_brief()
    from pypdf import PdfReader
    for f in (MAIN_PDF, BRIEF_PDF):
        r = PdfReader(f)
        print(os.path.basename(f), len(r.pages), "pages", getattr(r, "page_labels", None))
