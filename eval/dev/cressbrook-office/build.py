"""Build the FICTIONAL Cressbrook "Family C" serious case review corpus.

Generator: odfpy (writes OpenDocument Text, .odt) + LibreOffice headless
(`soffice --headless --convert-to pdf`) for the PDF export.

The document text lives in content.py beside this file (a small line markup,
described there). The word-processor features are real ODF features:
  * outline numbering (text:outline-style) numbers the section headings 1, 2 ...
    and the body paragraphs 1.1, 1.2 ... (paragraphs are outline-level-2
    headings styled as body text), so no number is typed;
  * lettered sub-paragraphs (a), (b) are an automatic list style;
  * real footnotes (text:note);
  * a table of contents (text:table-of-content); its page numbers are filled in
    by a first conversion pass (pypdf finds the page of each heading) and the
    document is converted again;
  * header with the review title, footer "FICTIONAL ... Page X of Y" using
    page-number / page-count fields;
  * a bordered chronology table whose heading row repeats (table-header-rows);
  * a two-column section (agency involvement).

Run:
    python3 -m venv /tmp/gen-cressbrook
    /tmp/gen-cressbrook/bin/pip install odfpy pypdf
    apt-get install -y --no-install-recommends libreoffice-writer-nogui
    /tmp/gen-cressbrook/bin/python build.py
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, PageLayout,
                       PageLayoutProperties, MasterPage, Header, Footer,
                       TableColumnProperties, TableCellProperties,
                       TableProperties, TableRowProperties, SectionProperties,
                       Columns, Column, ListLevelProperties, TabStops, TabStop,
                       ListLevelLabelAlignment, HeaderStyle, FooterStyle,
                       HeaderFooterProperties)
from odf.text import (P, H, Span, Note, NoteCitation, NoteBody, PageNumber,
                      PageCount, List, ListItem, ListStyle, ListLevelStyleNumber,
                      OutlineStyle, OutlineLevelStyle, Section, Tab,
                      TableOfContent, TableOfContentSource, IndexBody,
                      IndexTitleTemplate, TableOfContentEntryTemplate,
                      IndexEntryText, IndexEntryPageNumber, IndexEntryTabStop,
                      IndexTitle, SoftPageBreak, LineBreak)
from odf.table import (Table, TableColumn, TableRow, TableCell,
                       TableHeaderRows)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content  # noqa: E402

FONT = "Liberation Sans"


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().casefold()


class Builder:
    def __init__(self, header_text, footer_text, numbered_headings=True,
                 para_display_levels=2, size="11pt", lineheight="125%"):
        self.size, self.lineheight = size, lineheight
        self.doc = OpenDocumentText()
        self.header_text = header_text
        self.footer_text = footer_text
        self.numbered_headings = numbered_headings
        self.para_display_levels = para_display_levels
        self.toc_entries = []          # heading texts (level 1) in order
        self.toc_pages = {}
        self.list_count = 0
        self._styles()

    # ------------------------------------------------------------------ styles
    def _styles(self):
        d = self.doc
        st = d.styles
        au = d.automaticstyles

        std = Style(name="Standard", family="paragraph")
        std.addElement(TextProperties(fontname=FONT, fontfamily=FONT, fontsize="11pt"))
        st.addElement(std)
        from odf.style import FontFace
        d.fontfacedecls.addElement(FontFace(name=FONT, fontfamily=FONT,
                                            fontfamilygeneric="swiss", fontpitch="variable"))

        body = Style(name="Body", family="paragraph", parentstylename="Standard")
        body.addElement(ParagraphProperties(margintop="0cm", marginbottom="0.25cm",
                                            lineheight=self.lineheight, textalign="justify"))
        body.addElement(TextProperties(fontsize=self.size, fontname=FONT))
        st.addElement(body)
        self.body = body

        # numbered body paragraphs: outline level 2 headings that look like body text
        np_ = Style(name="NumPara", family="paragraph", parentstylename="Body",
                    defaultoutlinelevel="2")
        np_.addElement(ParagraphProperties(margintop="0cm", marginbottom="0.25cm",
                                           lineheight=self.lineheight, textalign="justify"))
        np_.addElement(TextProperties(fontsize=self.size, fontweight="normal", fontname=FONT))
        st.addElement(np_)
        self.numpara = np_

        h1 = Style(name="Heading1", family="paragraph", parentstylename="Standard",
                   defaultoutlinelevel="1")
        h1.addElement(ParagraphProperties(margintop="0.45cm", marginbottom="0.25cm",
                                          keepwithnext="always"))
        h1.addElement(TextProperties(fontsize="14pt", fontweight="bold", fontname=FONT,
                                     color="#1f3864"))
        st.addElement(h1)
        self.h1 = h1

        sub = Style(name="SubHead", family="paragraph", parentstylename="Standard")
        sub.addElement(ParagraphProperties(margintop="0.2cm", marginbottom="0.15cm",
                                           keepwithnext="always"))
        sub.addElement(TextProperties(fontsize="11pt", fontweight="bold", fontname=FONT))
        st.addElement(sub)
        self.sub = sub

        lp = Style(name="ListPara", family="paragraph", parentstylename="Body")
        lp.addElement(ParagraphProperties(marginbottom="0.15cm", lineheight="120%"))
        st.addElement(lp)
        self.listpara = lp

        fn = Style(name="Footnote", family="paragraph", parentstylename="Standard")
        fn.addElement(TextProperties(fontsize="9pt"))
        fn.addElement(ParagraphProperties(marginbottom="0.05cm"))
        st.addElement(fn)
        self.fnstyle = fn

        hf = Style(name="HeadFoot", family="paragraph", parentstylename="Standard")
        hf.addElement(TextProperties(fontsize="8.5pt", color="#444444"))
        hf.addElement(ParagraphProperties(textalign="center"))
        st.addElement(hf)
        self.hf = hf

        cell = Style(name="CellText", family="paragraph", parentstylename="Standard")
        cell.addElement(TextProperties(fontsize="9.5pt"))
        cell.addElement(ParagraphProperties(textalign="left"))
        st.addElement(cell)
        self.celltext = cell
        cellh = Style(name="CellHead", family="paragraph", parentstylename="Standard")
        cellh.addElement(TextProperties(fontsize="9.5pt", fontweight="bold"))
        st.addElement(cellh)
        self.cellhead = cellh

        cover_t = Style(name="CoverTitle", family="paragraph", parentstylename="Standard")
        cover_t.addElement(ParagraphProperties(textalign="center", margintop="0.6cm",
                                               marginbottom="0.4cm"))
        cover_t.addElement(TextProperties(fontsize="22pt", fontweight="bold", color="#1f3864"))
        st.addElement(cover_t)
        self.cover_title = cover_t
        cover_s = Style(name="CoverSub", family="paragraph", parentstylename="Standard")
        cover_s.addElement(ParagraphProperties(textalign="center", marginbottom="0.3cm"))
        cover_s.addElement(TextProperties(fontsize="13pt"))
        st.addElement(cover_s)
        self.cover_sub = cover_s

        toct = Style(name="TOCTitle", family="paragraph", parentstylename="Standard")
        toct.addElement(TextProperties(fontsize="14pt", fontweight="bold", color="#1f3864"))
        toct.addElement(ParagraphProperties(marginbottom="0.3cm"))
        st.addElement(toct)
        self.toctitle = toct
        toc1 = Style(name="Contents1", family="paragraph", parentstylename="Standard")
        p = ParagraphProperties(marginbottom="0.15cm")
        ts = TabStops()
        ts.addElement(TabStop(position="16cm", type="right", leaderstyle="dotted", leadertext="."))
        p.addElement(ts)
        toc1.addElement(p)
        st.addElement(toc1)
        self.toc1 = toc1

        bold = Style(name="Bold", family="text")
        bold.addElement(TextProperties(fontweight="bold"))
        st.addElement(bold)
        self.bold = bold
        ital = Style(name="Ital", family="text")
        ital.addElement(TextProperties(fontstyle="italic"))
        st.addElement(ital)
        self.ital = ital

        brk = Style(name="BreakBefore", family="paragraph", parentstylename="Heading1")
        brk.addElement(ParagraphProperties(breakbefore="page"))
        au.addElement(brk)
        self.h1break = brk

        # outline numbering
        os_ = OutlineStyle(name="Outline")
        for lvl in range(1, 11):
            if lvl == 1 and self.numbered_headings:
                ls = OutlineLevelStyle(level=1, numformat="1", numsuffix=" ")
            elif lvl == 2:
                ls = OutlineLevelStyle(level=2, numformat="1",
                                       displaylevels=str(self.para_display_levels))
            else:
                ls = OutlineLevelStyle(level=lvl, numformat="")
            llp = ListLevelProperties(listlevelpositionandspacemode="label-alignment")
            if lvl == 1:
                llp.addElement(ListLevelLabelAlignment(labelfollowedby="listtab",
                                                       listtabstopposition="1.0cm",
                                                       textindent="-1.0cm", marginleft="1.0cm"))
            elif lvl == 2:
                llp.addElement(ListLevelLabelAlignment(labelfollowedby="listtab",
                                                       listtabstopposition="1.2cm",
                                                       textindent="-1.2cm", marginleft="1.2cm"))
            ls.addElement(llp)
            os_.addElement(ls)
        st.addElement(os_)

        # lettered list (a), (b)
        let = ListStyle(name="Lettered")
        lv = ListLevelStyleNumber(level=1, numformat="a", numprefix="(", numsuffix=")")
        llp = ListLevelProperties(listlevelpositionandspacemode="label-alignment")
        llp.addElement(ListLevelLabelAlignment(labelfollowedby="listtab",
                                               listtabstopposition="2.2cm",
                                               textindent="-0.9cm", marginleft="2.2cm"))
        lv.addElement(llp)
        let.addElement(lv)
        st.addElement(let)
        self.lettered = let

        # page layout + master
        pl = PageLayout(name="PL")
        pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm",
                                           margintop="1.4cm", marginbottom="1.4cm",
                                           marginleft="2.3cm", marginright="2.3cm",
                                           printorientation="portrait"))
        hs = HeaderStyle()
        hs.addElement(HeaderFooterProperties(minheight="0.6cm", marginbottom="0.4cm"))
        pl.addElement(hs)
        fs = FooterStyle()
        fs.addElement(HeaderFooterProperties(minheight="0.6cm", margintop="0.4cm"))
        pl.addElement(fs)
        au.addElement(pl)
        mp = MasterPage(name="Standard", pagelayoutname=pl)
        h = Header()
        h.addElement(P(stylename=hf, text=self.header_text))
        mp.addElement(h)
        f = Footer()
        fp = P(stylename=hf, text=self.footer_text + "   |   Page ")
        fp.addElement(PageNumber(selectpage="current", numformat="1"))
        fp.addText(" of ")
        fp.addElement(PageCount(numformat="1"))
        f.addElement(fp)
        mp.addElement(f)
        d.masterstyles.addElement(mp)

        # table styles
        ts_ = Style(name="ChronTable", family="table")
        ts_.addElement(TableProperties(width="16.4cm", align="left", margintop="0.2cm",
                                       marginbottom="0.3cm"))
        au.addElement(ts_)
        self.tstyle = ts_
        self.colstyles = {}
        cs = Style(name="CellBorder", family="table-cell")
        cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
        au.addElement(cs)
        self.cellstyle = cs
        csh = Style(name="CellHeadBorder", family="table-cell")
        csh.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm",
                                           backgroundcolor="#d9e2f3"))
        au.addElement(csh)
        self.cellheadstyle = csh
        rs = Style(name="RowSplit", family="table-row")
        rs.addElement(TableRowProperties(keeptogether="auto"))
        au.addElement(rs)
        self.rowstyle = rs

        sec = Style(name="TwoCol", family="section")
        sp = SectionProperties(editable="false")
        cols = Columns(columncount="2", columngap="0.6cm")
        cols.addElement(Column(relwidth="5000*", startindent="0cm", endindent="0.3cm"))
        cols.addElement(Column(relwidth="5000*", startindent="0.3cm", endindent="0cm"))
        sp.addElement(cols)
        sec.addElement(sp)
        au.addElement(sec)
        self.twocol = sec

        pb = Style(name="PageBreakP", family="paragraph", parentstylename="Body")
        pb.addElement(ParagraphProperties(breakbefore="page"))
        au.addElement(pb)
        self.pagebreak = pb

    def colstyle(self, width):
        if width not in self.colstyles:
            s = Style(name="Col%d" % len(self.colstyles), family="table-column")
            s.addElement(TableColumnProperties(columnwidth=width))
            self.doc.automaticstyles.addElement(s)
            self.colstyles[width] = s
        return self.colstyles[width]

    # ----------------------------------------------------------------- inline
    def inline(self, el, text):
        """Add text with **bold**, _italic_ and {fn: footnote} markup."""
        parts = re.split(r"(\*\*.+?\*\*|\{fn:.+?\}|__.+?__)", text)
        for part in parts:
            if not part:
                continue
            if part.startswith("**"):
                el.addElement(Span(stylename=self.bold, text=part[2:-2]))
            elif part.startswith("__"):
                el.addElement(Span(stylename=self.ital, text=part[2:-2]))
            elif part.startswith("{fn:"):
                self.note_n = getattr(self, "note_n", 0) + 1
                n = Note(id="ftn%d" % self.note_n, noteclass="footnote")
                n.addElement(NoteCitation(text=str(self.note_n)))
                nb = NoteBody()
                nb.addElement(P(stylename=self.fnstyle, text=part[4:-1].strip()))
                n.addElement(nb)
                el.addElement(n)
            else:
                el.addText(part)

    # ------------------------------------------------------------------ build
    def render(self, markup, target=None):
        target = target if target is not None else self.doc.text
        lines = [l.rstrip() for l in markup.strip("\n").split("\n")]
        i = 0
        letters = None
        stack = [target]
        while i < len(lines):
            line = lines[i]
            i += 1
            if not line.strip():
                continue
            tag, _, rest = line.partition(" ")
            cur = stack[-1]
            if tag != "A":
                letters = None
            if tag == "#":
                cur.addElement(self._h1(rest, self.h1))
            elif tag == "#!":  # heading starting on new page
                cur.addElement(self._h1(rest, self.h1break))
            elif tag == "#A":  # unnumbered appendix heading, new page, in the contents
                h = H(outlinelevel=1, stylename=self.h1break, text=rest, islistheader="true")
                self.toc_entries.append(("", rest))
                cur.addElement(h)
            elif tag == "##":
                cur.addElement(P(stylename=self.sub, text=rest))
            elif tag == "P":
                h = H(outlinelevel=2, stylename=self.numpara)
                self.inline(h, rest)
                cur.addElement(h)
            elif tag == "U":
                p = P(stylename=self.body)
                self.inline(p, rest)
                cur.addElement(p)
            elif tag == "A":
                if letters is None:
                    letters = List(stylename=self.lettered)
                    cur.addElement(letters)
                li = ListItem()
                p = P(stylename=self.listpara)
                self.inline(p, rest)
                li.addElement(p)
                letters.addElement(li)
            elif tag == "COVER":
                for j, seg in enumerate(rest.split("|")):
                    cur.addElement(P(stylename=self.cover_title if j == 0 else self.cover_sub,
                                     text=seg.strip()))
            elif tag == "BREAK":
                cur.addElement(P(stylename=self.pagebreak, text=""))
            elif tag == "TOC":
                cur.addElement(self._toc())
            elif tag == "TABLE":
                cur.addElement(self._table(getattr(content, rest)))
            elif tag == "COLS":
                sec = Section(name="TwoColumns%d" % len(stack), stylename=self.twocol)
                cur.addElement(sec)
                stack.append(sec)
            elif tag == "ENDCOLS":
                stack.pop()
            else:
                raise ValueError("bad markup line: %r" % line)

    def _h1(self, text, style):
        if self.numbered_headings:
            h = H(outlinelevel=1, stylename=style, text=text)
            self.toc_entries.append((str(len(self.toc_entries) + 1), text))
            return h
        return P(stylename=style, text=text)

    def _toc(self):
        toc = TableOfContent(name="Contents", protected="true")
        src = TableOfContentSource(outlinelevel="1")
        src.addElement(IndexTitleTemplate(stylename=self.toctitle, text="Contents"))
        tpl = TableOfContentEntryTemplate(outlinelevel="1", stylename=self.toc1)
        tpl.addElement(IndexEntryText())
        tpl.addElement(IndexEntryTabStop(type="right", leaderchar="."))
        tpl.addElement(IndexEntryPageNumber())
        src.addElement(tpl)
        toc.addElement(src)
        body = IndexBody()
        it = IndexTitle(name="ContentsTitle")
        it.addElement(P(stylename=self.toctitle, text="Contents"))
        body.addElement(it)
        self.toc_body = body
        self.toc_placeholder = []
        toc.addElement(body)
        return toc

    def fill_toc(self, pages):
        for num, text in self.toc_entries:
            label = ("%s  %s" % (num, text)) if num else text
            p = P(stylename=self.toc1, text=label)
            p.addElement(Tab())
            p.addText(str(pages.get(text, "")))
            self.toc_body.addElement(p)

    def _table(self, spec):
        widths, head, rows = spec["widths"], spec["head"], spec["rows"]
        t = Table(name=spec["name"], stylename=self.tstyle)
        for w in widths:
            t.addElement(TableColumn(stylename=self.colstyle(w)))
        hr = TableHeaderRows()
        r = TableRow()
        for h in head:
            c = TableCell(stylename=self.cellheadstyle, valuetype="string")
            c.addElement(P(stylename=self.cellhead, text=h))
            r.addElement(c)
        hr.addElement(r)
        t.addElement(hr)
        for row in rows:
            r = TableRow(stylename=self.rowstyle)
            for val in row:
                c = TableCell(stylename=self.cellstyle, valuetype="string")
                p = P(stylename=self.celltext)
                self.inline(p, val)
                c.addElement(p)
                r.addElement(c)
            t.addElement(r)
        return t

    def save(self, path):
        self.doc.save(path)


def to_pdf(odt, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, odt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(odt))[0] + ".pdf")


def heading_pages(pdf, entries):
    from pypdf import PdfReader
    r = PdfReader(pdf)
    texts = [norm(p.extract_text() or "") for p in r.pages]
    out = {}
    start = 1
    for i, t in enumerate(texts):
        if "contents" in t:
            start = i + 1
            break
    for num, e in entries:
        key = norm(("%s %s" % (num, e)) if num else e)
        for i in range(start, len(texts)):
            if key in texts[i]:
                out[e] = i + 1
                start = i
                break
    return out


def build_one(name, make, with_toc):
    tmp = tempfile.mkdtemp(prefix="cressbrook-")
    b = make()
    if with_toc:
        # pass 1: placeholder TOC with the same number of lines, to find pages
        b.fill_toc({e: 99 for _, e in b.toc_entries})
        odt = os.path.join(tmp, name + ".odt")
        b.save(odt)
        pdf = to_pdf(odt, tmp)
        pages = heading_pages(pdf, b.toc_entries)
        b = make()
        b.fill_toc(pages)
    odt = os.path.join(tmp, name + ".odt")
    b.save(odt)
    pdf = to_pdf(odt, tmp)
    shutil.copy(pdf, os.path.join(HERE, name + ".pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    print("built", name + ".pdf")


def make_overview():
    b = Builder(content.OVERVIEW_HEADER, content.FOOTER)
    b.render(content.OVERVIEW)
    return b


def make_exec():
    b = Builder(content.EXEC_HEADER, content.FOOTER, numbered_headings=False,
                para_display_levels=1, size="12pt", lineheight="140%")
    # in the executive summary the paragraphs are numbered 1 ... 20 straight
    # through: the unnumbered headings are plain paragraphs, so level 2 never
    # restarts.
    b.render(content.EXEC)
    return b


if __name__ == "__main__":
    build_one("cressbrook-scr-family-c-overview-report", make_overview, True)
    build_one("cressbrook-scr-family-c-executive-summary", make_exec, False)
