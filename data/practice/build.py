#!/usr/bin/env python3
"""Build the FICTIONAL practice corpus PDFs from plain-text sources.

Usage (from the repository root):

    .venv/bin/python data/practice/build.py            # build every source/*.txt
    .venv/bin/python data/practice/build.py NAME.txt   # build selected sources
    .venv/bin/python data/practice/build.py --outdir DIR   # write PDFs elsewhere

Every ``source/*.txt`` file becomes one PDF written next to this script
(data/practice/).  The output name is taken from ``@meta output:`` or, if
absent, from the source file name.  Output is deterministic: reportlab's
invariant mode is switched on, so rebuilding unchanged sources gives
byte-identical PDFs.  ``source/CASE_BIBLE.md`` (and anything else that is not
``*.txt``) is ignored.

All documents built here are FICTIONAL practice material for the scr-qa
project.

Source markup
=============

A source file is a sequence of *blocks* separated by one or more blank lines.
Inside an ordinary block, lines are joined with single spaces, so long
paragraphs may be wrapped freely in the source.  Lines starting with ``%%``
are comments and are dropped everywhere.

Directives (a line starting with ``@``)
---------------------------------------
``@meta KEY: VALUE``
    Document metadata; may appear anywhere but normally at the top, one per
    line.  Keys:

    * ``output``  -- PDF file name (default: source stem + ``.pdf``)
    * ``title``   -- PDF metadata title.  ``@meta title:`` with nothing after
      the colon gives an EMPTY metadata title on purpose.
    * ``author``, ``subject``, ``keywords`` -- PDF metadata.
    * ``header``  -- running header text drawn at the top of pages.
    * ``header_on_first`` -- ``yes`` (default) or ``no`` (e.g. cover pages).
    * ``font``    -- ``Helvetica`` (default) or ``Times``.
    * ``font_size`` -- body font size in points (default 11).
    * ``toc_depth`` -- 1 = only ``#`` headings in the contents, 2 (default)
      = ``#`` and ``##`` headings.

``@pagebreak``
    Start a new page.

``@toc``
    Insert a table of contents (with dotted leaders and real page numbers)
    built from the ``#`` / ``##`` headings.  Preceded by a "Contents"
    heading automatically.

``@lines``
    A block of display lines, one paragraph per line, each written as
    ``STYLE: text``.  STYLE is one of ``title`` (large bold, centred),
    ``subtitle``, ``heading`` (large bold, left; also added to the PDF
    outline -- use it for a document title that is not on a cover page),
    ``small`` (small centred),
    ``text`` (body, left), ``bold``, ``center``, ``right`` (right aligned),
    ``notice`` (bold, boxed, centred) or ``space`` (the text is a number of
    points of vertical space).  Used for cover pages, title blocks,
    letterheads, address blocks and signature blocks.

``@table W1,W2,...``
    The following ``|``-rows (same block) form a table.  W1.. are column
    widths in percent of the text width.  The first row is the header row;
    it is printed bold on grey and repeated at the top of every page the
    table runs onto.  Cells wrap.  A block whose first line starts with
    ``|`` is also a table (equal column widths).  A literal ``|`` inside a
    cell can be written ``\\|``.

``@rule``
    A thin horizontal line.

``@space N``
    N points of vertical space.

Headings
--------
``# TEXT``     level-1 heading (in the contents and the PDF outline).
``## TEXT``    level-2 heading (in the contents if toc_depth >= 2, outline).
``### TEXT``   level-3 heading (neither).

Write the section number into the heading text yourself, e.g.
``# 3. Chronology of agency involvement`` or ``## 5.2 Health agencies``.

Paragraphs
----------
``3.14 Text...``     numbered paragraph; the label (any dotted number with at
                     least two parts, e.g. ``3.14`` or ``5.2.3``) is printed
                     in a hanging indent at the start of the first line.
``12. Text...``      numbered paragraph / list item with label ``12.``.
``(a) Text...``      lettered or roman sub-item, indented one more level.
``- Text``           bullet item; every line starting ``- `` starts a new
                     item, other lines continue the previous item.
``> Text``           indented quotation.
anything else        plain (unnumbered) body paragraph.  Start the block
                     with a backslash to stop a leading number being read
                     as a paragraph label.

Inline markup: ``**bold**`` and ``*italic*``.  The characters ``&``, ``<``
and ``>`` are escaped automatically, so they may be typed literally.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1  # fixed dates and IDs -> byte-identical output

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    HRFlowable,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.platypus.flowables import Flowable  # noqa: E402
from reportlab.platypus.tableofcontents import TableOfContents  # noqa: E402

HERE = Path(__file__).resolve().parent
SOURCE_DIR = HERE / "source"

PAGE_W, PAGE_H = A4
MARGIN_L = MARGIN_R = 2.5 * cm
MARGIN_T = 2.6 * cm
MARGIN_B = 2.4 * cm
TEXT_W = PAGE_W - MARGIN_L - MARGIN_R

FAMILIES = {
    "helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"),
}


# --------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------

RE_DOTTED = re.compile(r"^(\d+(?:\.\d+)+)\s+(.*)$", re.S)
RE_NUMDOT = re.compile(r"^(\d+\.)\s+(.*)$", re.S)
RE_LETTER = re.compile(r"^(\([a-z]{1,5}\))\s+(.*)$", re.S)


def read_source(path: Path):
    """Return (meta, blocks); each block is a list of raw lines."""
    meta: dict[str, str] = {}
    blocks: list[list[str]] = []
    cur: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.lstrip().startswith("%%"):
            continue
        if line.startswith("@meta "):
            key, _, value = line[6:].partition(":")
            meta[key.strip().lower()] = value.strip()
            continue
        if not line.strip():
            if cur:
                blocks.append(cur)
                cur = []
            continue
        cur.append(line)
    if cur:
        blocks.append(cur)
    return meta, blocks


def inline(text: str) -> str:
    """Escape XML specials and convert **bold** / *italic*."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", text)
    return text


def join(lines) -> str:
    return " ".join(s.strip() for s in lines)


# --------------------------------------------------------------------------
# Styles
# --------------------------------------------------------------------------

def make_styles(family: str, size: float):
    reg, bold, ital, _bi = FAMILIES[family]
    lead = round(size * 1.38, 1)
    s = {}
    s["body"] = ParagraphStyle("body", fontName=reg, fontSize=size, leading=lead,
                               alignment=TA_JUSTIFY, spaceAfter=size * 0.6)
    s["left"] = ParagraphStyle("left", parent=s["body"], alignment=TA_LEFT)
    s["h1"] = ParagraphStyle("h1", fontName=bold, fontSize=size + 4, leading=size + 8,
                             spaceBefore=size * 1.2, spaceAfter=size * 0.7, keepWithNext=1)
    s["h2"] = ParagraphStyle("h2", fontName=bold, fontSize=size + 1.5, leading=size + 5,
                             spaceBefore=size * 0.9, spaceAfter=size * 0.5, keepWithNext=1)
    s["h3"] = ParagraphStyle("h3", fontName=ital, fontSize=size, leading=lead,
                             spaceBefore=size * 0.5, spaceAfter=size * 0.3, keepWithNext=1)
    s["quote"] = ParagraphStyle("quote", parent=s["body"], leftIndent=1.8 * cm,
                                rightIndent=1.2 * cm, fontName=ital)
    s["cell"] = ParagraphStyle("cell", fontName=reg, fontSize=size - 2, leading=(size - 2) * 1.25)
    s["cellhead"] = ParagraphStyle("cellhead", parent=s["cell"], fontName=bold)
    # @lines styles
    s["l_title"] = ParagraphStyle("l_title", fontName=bold, fontSize=size + 11, leading=size + 16,
                                  alignment=TA_CENTER, spaceAfter=8)
    s["l_subtitle"] = ParagraphStyle("l_subtitle", fontName=bold, fontSize=size + 5,
                                     leading=size + 10, alignment=TA_CENTER, spaceAfter=6)
    s["l_heading"] = ParagraphStyle("l_heading", fontName=bold, fontSize=size + 6,
                                    leading=size + 11, alignment=TA_LEFT, spaceAfter=6)
    s["l_small"] = ParagraphStyle("l_small", fontName=reg, fontSize=size - 1.5,
                                  leading=(size - 1.5) * 1.3, alignment=TA_CENTER, spaceAfter=2)
    s["l_text"] = ParagraphStyle("l_text", fontName=reg, fontSize=size, leading=lead,
                                 alignment=TA_LEFT)
    s["l_bold"] = ParagraphStyle("l_bold", parent=s["l_text"], fontName=bold)
    s["l_center"] = ParagraphStyle("l_center", parent=s["l_text"], alignment=TA_CENTER)
    s["l_right"] = ParagraphStyle("l_right", parent=s["l_text"], alignment=TA_RIGHT)
    s["l_notice"] = ParagraphStyle("l_notice", fontName=bold, fontSize=size, leading=lead,
                                   alignment=TA_CENTER, borderWidth=1, borderColor=colors.black,
                                   borderPadding=8, spaceBefore=10, spaceAfter=14)
    s["toc0"] = ParagraphStyle("toc0", fontName=bold, fontSize=size, leading=lead + 1,
                               leftIndent=0.4 * cm, firstLineIndent=-0.4 * cm,
                               spaceBefore=size * 0.5)
    s["toc1"] = ParagraphStyle("toc1", fontName=reg, fontSize=size - 1, leading=lead - 1,
                               leftIndent=1.2 * cm, firstLineIndent=-0.4 * cm)
    s["_family"] = (reg, bold, ital)
    s["_size"] = size
    return s


def hanging(style, indent, name, extra_left=0.0):
    return ParagraphStyle(name, parent=style, leftIndent=extra_left + indent,
                          bulletIndent=extra_left, firstLineIndent=0)


# --------------------------------------------------------------------------
# Flowable construction
# --------------------------------------------------------------------------

class Heading(Paragraph):
    """A Paragraph that the doc template registers in the TOC / outline."""

    def __init__(self, text, style, level, plain, outline_level=None):
        super().__init__(text, style)
        self.toc_level = level  # None = not in the table of contents
        self.outline_level = (outline_level if outline_level is not None
                              else (0 if level == 0 else 1))
        self.plain = plain


class TocLine(Flowable):
    """One contents entry: title, dotted leader and page number, all drawn
    with plain drawString calls in one coordinate frame so that text
    extraction yields "3. Chronology . . . . . 7" on one line."""

    def __init__(self, level, text, page, key, style):
        super().__init__()
        self.level, self.text, self.page, self.key, self.style = level, text, page, key, style

    def wrap(self, aW, aH):
        st = self.style
        self.width = aW
        self._indent = st.leftIndent + st.firstLineIndent
        self._lines = simpleSplit(self.text, st.fontName, st.fontSize,
                                  aW - self._indent - 1.6 * cm) or [""]
        self.height = st.leading * len(self._lines) + st.spaceBefore
        return aW, self.height

    def draw(self):
        st, c = self.style, self.canv
        y = self.height - st.spaceBefore - st.fontSize
        x = self._indent
        # one text object for the whole entry (keeps extraction on one line)
        tx = c.beginText(x, y)
        tx.setFont(st.fontName, st.fontSize)
        for i, ln in enumerate(self._lines):
            if i:
                tx.moveCursor(st.leftIndent - x if i == 1 else 0, st.leading)
                y -= st.leading
            tx.textOut(ln)
        last_x = (x if len(self._lines) == 1 else st.leftIndent)
        last_w = stringWidth(self._lines[-1], st.fontName, st.fontSize)
        pstr = str(self.page)
        pw = stringWidth(pstr, st.fontName, st.fontSize)
        dot = " ."
        dw = stringWidth(dot, st.fontName, st.fontSize)
        sw = stringWidth(" ", st.fontName, st.fontSize)
        n = max(int((self.width - pw - sw - 4 - last_x - last_w - 4) / dw), 0)
        start = self.width - pw - sw - 4 - n * dw
        tx.moveCursor(start - last_x, 0)
        tx.textOut(dot * n + " " + pstr)
        c.drawText(tx)
        if self.key:
            c.linkRect("", self.key, (0, y - 2, self.width, self.height), relative=1)


class DottedTOC(TableOfContents):
    def wrap(self, aW, aH):
        entries = self._lastEntries or [(0, "Placeholder for table of contents", 0, None)]
        self._toc_lines = [TocLine(lv, txt, pg, key, self.getLevelStyle(lv))
                           for (lv, txt, pg, key) in entries]
        self.width = aW
        self.height = sum(ln.wrap(aW, aH)[1] for ln in self._toc_lines)
        return aW, self.height

    def split(self, aW, aH):
        return list(self._toc_lines)

    def drawOn(self, canvas, x, y, _sW=0):
        top = y + self.height
        for ln in self._toc_lines:
            top -= ln.height
            ln.drawOn(canvas, x, top)


def split_cells(line: str):
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    cells = re.split(r"(?<!\\)\|", line)
    return [c.strip().replace("\\|", "|") for c in cells]


def make_table(rows, widths, st):
    data = []
    for i, row in enumerate(rows):
        style = st["cellhead"] if i == 0 else st["cell"]
        data.append([Paragraph(inline(c), style) for c in row])
    ncols = max(len(r) for r in data)
    for r in data:
        while len(r) < ncols:
            r.append(Paragraph("", st["cell"]))
    if widths:
        if len(widths) != ncols:
            raise ValueError(f"@table gives {len(widths)} widths for {ncols} columns")
        total = sum(widths)
        col_w = [TEXT_W * w / total for w in widths]
    else:
        col_w = [TEXT_W / ncols] * ncols
    t = Table(data, colWidths=col_w, repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    t.spaceBefore = 4
    t.spaceAfter = 10
    return t


def build_story(blocks, st, meta):
    story = []
    size = st["_size"]
    toc_depth = int(meta.get("toc_depth", "2") or 2)
    for block in blocks:
        first = block[0]
        head = first.strip()

        # ---- directives --------------------------------------------------
        if head == "@pagebreak":
            story.append(PageBreak())
            rest = block[1:]
            if rest:
                story.extend(build_story([rest], st, meta))
            continue
        if head == "@toc":
            story.append(Paragraph("Contents", st["h1"]))
            toc = DottedTOC()
            toc.levelStyles = [st["toc0"], st["toc1"]]
            story.append(toc)
            continue
        if head == "@rule":
            story.append(HRFlowable(width="100%", thickness=0.7, color=colors.black,
                                    spaceBefore=2, spaceAfter=8))
            continue
        if head.startswith("@space"):
            story.append(Spacer(1, float(head.split()[1])))
            continue
        if head == "@lines":
            for ln in block[1:]:
                key, _, text = ln.partition(":")
                key = key.strip().lower()
                text = text.strip()
                if key == "space":
                    story.append(Spacer(1, float(text)))
                    continue
                sty = st.get("l_" + key)
                if sty is None:
                    raise ValueError(f"unknown @lines style {key!r} in: {ln}")
                if key == "heading":  # a document title: goes in the PDF outline
                    story.append(Heading(inline(text), sty, None, text, outline_level=0))
                else:
                    story.append(Paragraph(inline(text), sty))
            continue
        if head.startswith("@table") or head.startswith("|"):
            widths = None
            rows_src = block
            if head.startswith("@table"):
                spec = head[6:].strip()
                widths = [float(x) for x in spec.split(",")] if spec else None
                rows_src = block[1:]
            rows = []
            for ln in rows_src:
                if ln.strip().startswith("|"):
                    rows.append(split_cells(ln))
                elif rows:  # continuation of the previous row's last cell
                    rows[-1][-1] += " " + ln.strip()
            story.append(make_table(rows, widths, st))
            continue
        if head.startswith("@"):
            raise ValueError(f"unknown directive: {head}")

        # ---- headings ----------------------------------------------------
        m = re.match(r"^(#{1,3})\s+(.*)$", head)
        if m:
            level = len(m.group(1))
            text = join([m.group(2)] + block[1:])
            # Avoid stranding a heading at the foot of a page: ask for some
            # room first, unless we directly follow another heading (the
            # keepWithNext chain then takes care of it).
            after_heading = bool(story) and getattr(story[-1].style, "keepWithNext", 0) \
                if story and hasattr(story[-1], "style") else False
            if level == 1:
                if not after_heading:
                    story.append(CondPageBreak(4 * cm))
                story.append(Heading(inline(text), st["h1"], 0, text))
            elif level == 2:
                if not after_heading:
                    story.append(CondPageBreak(3 * cm))
                story.append(Heading(inline(text), st["h2"], 1 if toc_depth >= 2 else None, text))
            else:
                story.append(Paragraph(inline(text), st["h3"]))
            continue

        # ---- bullets -----------------------------------------------------
        if head.startswith("- "):
            items: list[list[str]] = []
            for ln in block:
                if ln.strip().startswith("- "):
                    items.append([ln.strip()[2:]])
                else:
                    items[-1].append(ln)
            sty = hanging(st["left"], 0.6 * cm, "bullet", extra_left=0.5 * cm)
            sty.spaceAfter = size * 0.3
            for it in items:
                story.append(Paragraph(inline(join(it)), sty, bulletText="\u2022"))
            if story:
                story[-1].style = ParagraphStyle("bullet_last", parent=sty, spaceAfter=size * 0.7)
            continue

        text = join(block)
        if text.startswith("\\"):
            story.append(Paragraph(inline(text[1:]), st["body"]))
            continue
        if text.startswith("> "):
            story.append(Paragraph(inline(join(ln.strip()[1:] for ln in block)), st["quote"]))
            continue
        m = RE_DOTTED.match(text)
        if m:
            label = m.group(1)
            indent = 1.3 * cm if label.count(".") >= 2 else 1.15 * cm
            sty = hanging(st["body"], indent, "num%d" % label.count("."))
            story.append(Paragraph(inline(m.group(2)), sty, bulletText=label))
            continue
        m = RE_NUMDOT.match(text)
        if m:
            sty = hanging(st["body"], 0.9 * cm, "numdot")
            story.append(Paragraph(inline(m.group(2)), sty, bulletText=m.group(1)))
            continue
        m = RE_LETTER.match(text)
        if m:
            sty = hanging(st["body"], 0.9 * cm, "letter", extra_left=1.15 * cm)
            story.append(Paragraph(inline(m.group(2)), sty, bulletText=m.group(1)))
            continue
        story.append(Paragraph(inline(text), st["body"]))
    return story


# --------------------------------------------------------------------------
# Page furniture
# --------------------------------------------------------------------------

def canvas_maker(font_name: str):
    class NumberedCanvas(rl_canvas.Canvas):
        """Defers pages so that 'Page N of M' can be written with the final M."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_page_states = []

        def showPage(self):
            self._saved_page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_page_states)
            for state in self._saved_page_states:
                self.__dict__.update(state)
                self.saveState()
                self.setFont(font_name, 9)
                self.drawCentredString(PAGE_W / 2, 1.3 * cm,
                                       f"Page {self._pageNumber} of {total}")
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


class CorpusDoc(BaseDocTemplate):
    def __init__(self, filename, meta, st, **kw):
        super().__init__(filename, pagesize=A4, leftMargin=MARGIN_L, rightMargin=MARGIN_R,
                         topMargin=MARGIN_T, bottomMargin=MARGIN_B, invariant=1, **kw)
        self.meta = meta
        self.st = st
        frame = Frame(MARGIN_L, MARGIN_B, TEXT_W, PAGE_H - MARGIN_T - MARGIN_B, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._furniture)])
        self._heading_seq = 0

    def _furniture(self, canv, doc):
        header = self.meta.get("header", "")
        first = (self.meta.get("header_on_first", "yes").lower() != "no")
        if header and (canv.getPageNumber() > 1 or first):
            reg = self.st["_family"][0]
            canv.saveState()
            canv.setFont(reg, 8.5)
            canv.drawCentredString(PAGE_W / 2, PAGE_H - 1.45 * cm, header)
            canv.setLineWidth(0.4)
            canv.line(MARGIN_L, PAGE_H - 1.65 * cm, PAGE_W - MARGIN_R, PAGE_H - 1.65 * cm)
            canv.restoreState()

    def beforeDocument(self):
        self._heading_seq = 0

    def afterFlowable(self, flowable):
        if isinstance(flowable, Heading):
            self._heading_seq += 1
            key = "h%d" % self._heading_seq
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.plain, key, level=flowable.outline_level,
                                      closed=False)
            if flowable.toc_level is not None:
                self.notify("TOCEntry", (flowable.toc_level, flowable.getPlainText().strip(),
                                         self.page, key))


def build_one(src: Path, outdir: Path = HERE) -> Path:
    meta, blocks = read_source(src)
    family = meta.get("font", "Helvetica").lower()
    size = float(meta.get("font_size", "11") or 11)
    st = make_styles(family, size)
    out = outdir / (meta.get("output") or (src.stem + ".pdf"))
    doc = CorpusDoc(str(out), meta, st,
                    title=meta.get("title", ""),
                    author=meta.get("author", ""),
                    subject=meta.get("subject", ""),
                    keywords=meta.get("keywords", ""),
                    creator="scr-qa data/practice/build.py",
                    producer="ReportLab (invariant mode)")
    story = build_story(blocks, st, meta)
    doc.multiBuild(story, canvasmaker=canvas_maker(st["_family"][0]))
    return out


def main(argv):
    args = list(argv[1:])
    outdir = HERE
    if "--outdir" in args:  # used by check.py to test reproducibility
        i = args.index("--outdir")
        outdir = Path(args[i + 1]).resolve()
        del args[i:i + 2]
        outdir.mkdir(parents=True, exist_ok=True)
    sources = ([SOURCE_DIR / n for n in args] if args
               else sorted(SOURCE_DIR.glob("*.txt")))
    for src in sources:
        out = build_one(src, outdir)
        try:
            shown = out.relative_to(Path.cwd())
        except ValueError:
            shown = out
        print(f"built {shown}  ({len(out.read_bytes()) // 1024} KB)  from source/{src.name}")


if __name__ == "__main__":
    main(sys.argv)
