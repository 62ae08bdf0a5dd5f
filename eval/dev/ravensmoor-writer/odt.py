"""Tiny ODF (OpenDocument Text) writer used by build.py.

It writes content.xml / styles.xml / meta.xml by hand (no third-party package), so that the
document uses genuine Writer features: outline-numbered headings, a separate list style for the
numbered body paragraphs, floating frames anchored to paragraphs, a two-column section, real
footnotes, master pages (cover, portrait, landscape) and tables with repeated header rows.
FICTIONAL practice material.
"""
import re
import zipfile
from xml.sax.saxutils import escape

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
    'xmlns:officeooo="http://openoffice.org/2009/office" '
    'office:version="1.3"'
)

FIXED_DATE = "2014-07-22T09:00:00"
NAVY = "#1f3864"
TEAL = "#2e5e6e"
PALE = "#eef3f7"
BORDER = "0.5pt solid #1f3864"
THIN = "0.5pt solid #7f7f7f"


# --------------------------------------------------------------------------- inline markup
_TOK = re.compile(r"\{\{(fn|i|b):(.*?)\}\}", re.S)


class Ctx:
    def __init__(self):
        self.fn = 0
        self.frames = 0
        self.tables = 0
        self.lists = 0


def _split(text):
    """yield ('t', str) and (kind, body) tokens; {{kind:body}} may nest."""
    pos = 0
    n = len(text)
    buf = []
    while pos < n:
        m = re.compile(r"\{\{(fn|i|b):").match(text, pos)
        if not m:
            buf.append(text[pos])
            pos += 1
            continue
        if buf:
            yield ("t", "".join(buf))
            buf = []
        depth, j = 1, m.end()
        while j < n and depth:
            if text.startswith("{{", j):
                depth += 1
                j += 2
            elif text.startswith("}}", j):
                depth -= 1
                j += 2
            else:
                j += 1
        if depth:
            raise ValueError("unbalanced markup: " + text[pos:pos + 60])
        yield (m.group(1), text[m.end():j - 2])
        pos = j
    if buf:
        yield ("t", "".join(buf))


def inline(text, ctx):
    """Escape text and expand {{fn:...}}, {{i:...}}, {{b:...}}; a TAB char becomes <text:tab/>."""
    out = []
    for kind, body in _split(text):
        if kind == "t":
            out.append(_plain(body))
        elif kind == "i":
            out.append('<text:span text:style-name="Ti">%s</text:span>' % inline(body, ctx))
        elif kind == "b":
            out.append('<text:span text:style-name="Tb">%s</text:span>' % inline(body, ctx))
        else:
            ctx.fn += 1
            out.append(
                '<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d'
                '</text:note-citation><text:note-body><text:p text:style-name="Footnote">%s'
                '</text:p></text:note-body></text:note>' % (ctx.fn, ctx.fn, inline(body, ctx)))
    return "".join(out)


def _plain(s):
    s = escape(s)
    return s.replace("\t", "<text:tab/>")


# --------------------------------------------------------------------------- styles.xml
def styles_xml(doc):
    header = escape(doc["header"])
    fict = "FICTIONAL \u2014 practice document"

    def footer(style):
        return ('<style:footer><text:p text:style-name="%s">%s<text:tab/>Page '
                '<text:page-number text:select-page="current">1</text:page-number> of '
                '<text:page-count>1</text:page-count></text:p></style:footer>' % (style, escape(fict)))

    para_styles = f"""
  <style:default-style style:family="paragraph">
    <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="page"/>
    <style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="10.5pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/>
  </style:default-style>
  <style:default-style style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm"/></style:default-style>
  <style:default-style style:family="graphic"><style:graphic-properties draw:fill="none" fo:wrap-option="no-wrap"/></style:default-style>
  <style:style style:name="Frame" style:family="graphic">
    <style:graphic-properties text:anchor-type="paragraph" svg:x="0cm" svg:y="0cm" fo:margin-left="0.2cm" fo:margin-right="0.2cm" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm" style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" style:wrap-contour="false" style:vertical-pos="top" style:vertical-rel="paragraph-content" style:horizontal-pos="center" style:horizontal-rel="paragraph-content" fo:padding="0.15cm" fo:border="0.06pt solid #000000"/>
  </style:style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text">
    <style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="10.5pt"/>
  </style:style>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
    <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.18cm" fo:line-height="118%" fo:orphans="2" fo:widows="2"/>
  </style:style>
  <style:style style:name="Numbered_20_Body" style:display-name="Numbered Body" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="text"/>
  <style:style style:name="Bullet_20_Body" style:display-name="Bullet Body" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="text">
    <style:paragraph-properties fo:margin-bottom="0.08cm"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
    <style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
    <style:text-properties fo:color="{NAVY}" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">
    <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.25cm" fo:padding-bottom="0.06cm" fo:border-bottom="1pt solid {NAVY}"/>
    <style:text-properties fo:font-size="14pt" fo:text-transform="none"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">
    <style:paragraph-properties fo:margin-top="0.32cm" fo:margin-bottom="0.16cm"/>
    <style:text-properties fo:font-size="12pt" fo:color="{TEAL}"/>
  </style:style>
  <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="3" style:class="text">
    <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.12cm"/>
    <style:text-properties fo:font-size="11pt" fo:font-style="italic" fo:color="{TEAL}"/>
  </style:style>
  <style:style style:name="Appendix_20_Heading" style:display-name="Appendix Heading" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:list-style-name="" style:class="text">
    <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.25cm" fo:padding-bottom="0.06cm" fo:border-bottom="1pt solid {NAVY}"/>
    <style:text-properties fo:font-size="14pt"/>
  </style:style>
  <style:style style:name="Plain_20_Heading" style:display-name="Plain Heading" style:family="paragraph" style:parent-style-name="Heading" style:class="text">
    <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.12cm"/>
    <style:text-properties fo:font-size="12pt"/>
  </style:style>
  <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
    <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"/>
    <style:text-properties fo:font-size="9.5pt" fo:font-weight="bold" fo:color="{TEAL}"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
    <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
    <style:text-properties fo:font-weight="bold" fo:color="#ffffff"/>
  </style:style>
  <style:style style:name="Frame_20_contents" style:display-name="Frame contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
    <style:paragraph-properties fo:margin-bottom="0.1cm" fo:line-height="112%"/>
    <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Frame_20_Title" style:display-name="Frame Title" style:family="paragraph" style:parent-style-name="Frame_20_contents" style:class="extra">
    <style:paragraph-properties fo:margin-bottom="0.12cm"/>
    <style:text-properties fo:font-size="10pt" fo:font-weight="bold" fo:color="{NAVY}"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
    <style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm" fo:margin-bottom="0.05cm"/>
    <style:text-properties fo:font-size="8.5pt"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
    <style:paragraph-properties fo:padding-bottom="0.08cm" fo:border-bottom="0.5pt solid {NAVY}"/>
    <style:text-properties fo:font-size="8.5pt" fo:color="{NAVY}"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
    <style:paragraph-properties fo:padding-top="0.08cm" fo:border-top="0.5pt solid #7f7f7f">
      <style:tab-stops><style:tab-stop style:position="16.6cm" style:type="right"/></style:tab-stops>
    </style:paragraph-properties>
    <style:text-properties fo:font-size="8.5pt" fo:color="#404040"/>
  </style:style>
  <style:style style:name="Footer_20_Landscape" style:display-name="Footer Landscape" style:family="paragraph" style:parent-style-name="Footer" style:class="extra">
    <style:paragraph-properties><style:tab-stops><style:tab-stop style:position="25.3cm" style:type="right"/></style:tab-stops></style:paragraph-properties>
  </style:style>
  <style:style style:name="Footer_20_Cover" style:display-name="Footer Cover" style:family="paragraph" style:parent-style-name="Footer" style:class="extra"/>
  <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Heading" style:class="index">
    <style:text-properties fo:font-size="14pt"/>
  </style:style>
  <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
    <style:paragraph-properties fo:margin-top="0.14cm" fo:margin-bottom="0.04cm"><style:tab-stops><style:tab-stop style:position="1.0cm"/><style:tab-stop style:position="16.6cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties>
    <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
    <style:paragraph-properties fo:margin-left="1.0cm" fo:margin-bottom="0.04cm"><style:tab-stops><style:tab-stop style:position="1.2cm"/><style:tab-stop style:position="15.6cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
    <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/>
    <style:text-properties fo:font-size="26pt" fo:font-weight="bold" fo:color="{NAVY}"/>
  </style:style>
  <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
    <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/>
    <style:text-properties fo:font-size="16pt" fo:color="{TEAL}"/>
  </style:style>
  <style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
  <style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>
"""
    # outline numbering for headings: 1 / 1.1 / 1.1.1
    lvls = []
    for lv in range(1, 11):
        if lv <= 3:
            ind = {1: 1.1, 2: 1.3, 3: 1.6}[lv]
            lvls.append(
                f'<text:outline-level-style text:level="{lv}" style:num-format="1" text:display-levels="{lv}" style:num-suffix="">'
                f'<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
                f'<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="{ind}cm" '
                f'fo:text-indent="-{ind}cm" fo:margin-left="{ind}cm"/></style:list-level-properties></text:outline-level-style>')
        else:
            lvls.append(f'<text:outline-level-style text:level="{lv}" style:num-format=""><style:list-level-properties '
                        f'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
                        f'text:label-followed-by="listtab"/></style:list-level-properties></text:outline-level-style>')
    outline = '<text:outline-style style:name="Outline">%s</text:outline-style>' % "".join(lvls)

    notes = ('<text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" '
             'text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" '
             'text:footnotes-position="page" text:start-numbering-at="document"/>')

    def layout(name, w, h, orient):
        sep = ('<style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" '
               'style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#7f7f7f"/>')
        return (f'<style:page-layout style:name="{name}"><style:page-layout-properties fo:page-width="{w}cm" fo:page-height="{h}cm" '
                f'style:print-orientation="{orient}" fo:margin-top="1.3cm" fo:margin-bottom="1.1cm" fo:margin-left="2.2cm" '
                f'fo:margin-right="2.2cm" style:writing-mode="lr-tb" style:footnote-max-height="0cm">{sep}</style:page-layout-properties>'
                f'<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.45cm"/></style:header-style>'
                f'<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style>'
                f'</style:page-layout>')

    auto = layout("pmPortrait", "21.0", "29.7", "portrait") + layout("pmLandscape", "29.7", "21.0", "landscape") + \
        layout("pmCover", "21.0", "29.7", "portrait")
    hdr = '<style:header><text:p text:style-name="Header">%s</text:p></style:header>' % header
    masters = (
        f'<style:master-page style:name="Standard" style:page-layout-name="pmPortrait">{hdr}{footer("Footer")}</style:master-page>'
        f'<style:master-page style:name="Landscape" style:page-layout-name="pmLandscape">{hdr}{footer("Footer_20_Landscape")}</style:master-page>'
        f'<style:master-page style:name="Cover" style:page-layout-name="pmCover" style:next-style-name="Standard">'
        f'<style:footer><text:p text:style-name="Footer_20_Cover">{escape(fict)}</text:p></style:footer></style:master-page>'
    )
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NS}>'
            f'<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="\'Liberation Sans\'" '
            f'style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>'
            f'<office:styles>{para_styles}{outline}{notes}</office:styles>'
            f'<office:automatic-styles>{auto}</office:automatic-styles>'
            f'<office:master-styles>{masters}</office:master-styles></office:document-styles>')


# --------------------------------------------------------------------------- content.xml
def list_style(name, prefix, indent=1.25, bullets=True, fmt="1", suffix=""):
    l1 = (f'<text:list-level-style-number text:level="1" style:num-prefix="{escape(prefix)}" style:num-suffix="{escape(suffix)}" '
          f'style:num-format="{fmt}"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
          f'<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="{indent}cm" '
          f'fo:text-indent="-{indent}cm" fo:margin-left="{indent}cm"/></style:list-level-properties></text:list-level-style-number>')
    l2 = (f'<text:list-level-style-bullet text:level="2" text:bullet-char="\u2022"><style:list-level-properties '
          f'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" '
          f'text:list-tab-stop-position="{indent + 0.6:.2f}cm" fo:text-indent="-0.5cm" fo:margin-left="{indent + 0.6:.2f}cm"/>'
          f'</style:list-level-properties></text:list-level-style-bullet>')
    l3 = (f'<text:list-level-style-bullet text:level="3" text:bullet-char="\u2013"><style:list-level-properties '
          f'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" '
          f'text:list-tab-stop-position="{indent + 1.2:.2f}cm" fo:text-indent="-0.5cm" fo:margin-left="{indent + 1.2:.2f}cm"/>'
          f'</style:list-level-properties></text:list-level-style-bullet>')
    return f'<text:list-style style:name="{name}">{l1}{l2 if bullets else ""}{l3 if bullets else ""}</text:list-style>'


class Writer:
    """Turns a list of block dicts into content.xml."""

    def __init__(self, doc):
        self.doc = doc
        self.ctx = Ctx()
        self.auto = []          # automatic styles
        self.body = []
        self.chapter = 0
        self.heads = [0, 0, 0]
        self.list_ids = {}      # list style -> first xml:id
        self.numstyle = None
        self.toc_entries = []   # (level, label, text)
        self.made_lists = set()

    # ---- helpers
    def add_auto(self, s):
        self.auto.append(s)

    def numbered_list_style(self):
        if self.doc.get("numbering") == "ES":
            name, prefix = "LES", "ES"
        else:
            name, prefix = "LP%d" % self.chapter, "%d." % self.chapter
        if name not in self.made_lists:
            self.made_lists.add(name)
            self.add_auto(list_style(name, prefix, indent=self.doc.get("num_indent", 1.25)))
        return name

    def open_list(self, style):
        self.ctx.lists += 1
        lid = "list%d" % self.ctx.lists
        cont = ""
        if style in self.list_ids:
            cont = ' text:continue-list="%s"' % self.list_ids[style]
        else:
            self.list_ids[style] = lid
        return '<text:list xml:id="%s" text:style-name="%s"%s>' % (lid, style, cont)

    # ---- blocks
    def render(self, blocks):
        i = 0
        out = []
        while i < len(blocks):
            b = blocks[i]
            if b["t"] == "p":
                # gather consecutive numbered paragraphs into one list element
                style = self.numbered_list_style()
                items = []
                while i < len(blocks) and blocks[i]["t"] == "p":
                    items.append(self.numbered_item(blocks[i]))
                    i += 1
                out.append(self.open_list(style) + "".join(items) + "</text:list>")
                continue
            out.append(self.block(b))
            i += 1
        return "".join(out)

    def pstyle(self, base, b):
        """automatic paragraph style when a block switches master page or breaks the page"""
        mp = b.get("master")
        brk = b.get("break")
        if not mp and not brk:
            return base
        self.ctx.frames += 0
        name = "PX%d" % (len(self.auto) + 1)
        attr = ' style:master-page-name="%s"' % mp if mp else ""
        props = '<style:paragraph-properties style:page-number="auto"/>' if mp else \
            '<style:paragraph-properties fo:break-before="page"/>'
        self.add_auto(f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="{base}"{attr}>{props}</style:style>')
        return name

    def numbered_item(self, b):
        frame = self.frame(b["frame"]) if b.get("frame") else ""
        p = '<text:p text:style-name="%s">%s%s</text:p>' % (self.pstyle("Numbered_20_Body", b), frame, inline(b["text"], self.ctx))
        sub = ""
        if b.get("bul"):
            lis = []
            for it in b["bul"]:
                if isinstance(it, (list, tuple)):
                    txt, kids = it
                    kid = "<text:list>%s</text:list>" % "".join(
                        '<text:list-item><text:p text:style-name="Bullet_20_Body">%s</text:p></text:list-item>' % inline(k, self.ctx)
                        for k in kids)
                else:
                    txt, kid = it, ""
                lis.append('<text:list-item><text:p text:style-name="Bullet_20_Body">%s</text:p>%s</text:list-item>' % (inline(txt, self.ctx), kid))
            sub = "<text:list>%s</text:list>" % "".join(lis)
        return "<text:list-item>%s%s</text:list-item>" % (p, sub)

    def block(self, b):
        t = b["t"]
        if t == "h":
            lvl = b["lvl"]
            self.heads[lvl - 1] += 1
            for k in range(lvl, 3):
                self.heads[k] = 0
            if lvl == 1:
                self.chapter = self.heads[0]
            label = ".".join(str(x) for x in self.heads[:lvl])
            self.toc_entries.append((lvl, label, b["text"]))
            st = self.pstyle("Heading_20_%d" % lvl, b)
            return '<text:h text:style-name="%s" text:outline-level="%d">%s</text:h>' % (st, lvl, inline(b["text"], self.ctx))
        if t == "ha":   # appendix heading: outline level 1 but no number
            self.toc_entries.append((1, "", b["text"]))
            st = self.pstyle("Appendix_20_Heading", b)
            return '<text:h text:style-name="%s" text:outline-level="1" text:is-list-header="true">%s</text:h>' % (st, inline(b["text"], self.ctx))
        if t == "hp":   # plain unnumbered heading (not in outline)
            st = self.pstyle("Plain_20_Heading", b)
            return '<text:p text:style-name="%s">%s</text:p>' % (st, inline(b["text"], self.ctx))
        if t == "u":
            st = self.pstyle(b.get("style", "Text_20_body"), b)
            frame = self.frame(b["frame"]) if b.get("frame") else ""
            return '<text:p text:style-name="%s">%s%s</text:p>' % (st, frame, inline(b["text"], self.ctx))
        if t == "raw":
            return b["xml"]
        if t == "caption":
            return '<text:p text:style-name="Caption">%s</text:p>' % inline(b["text"], self.ctx)
        if t == "table":
            return self.table(b)
        if t == "sect2":
            self.add_auto('<style:style style:name="Sect2" style:family="section"><style:section-properties '
                          'text:dont-balance-text-columns="false" fo:margin-left="0cm" fo:margin-right="0cm">'
                          '<style:columns fo:column-count="2" fo:column-gap="0.9cm"><style:column-sep style:width="0.02cm" '
                          'style:color="#7f7f7f" style:height="100%" style:vertical-align="top"/></style:columns>'
                          '</style:section-properties></style:style>')
            inner = []
            for sb in b["blocks"]:
                inner.append(self.block(sb))
            return '<text:section text:style-name="Sect2" text:name="%s">%s</text:section>' % (b["name"], "".join(inner))
        if t == "alist":   # (a), (b) ... list
            name = "LA%d" % (len(self.auto) + 1)
            self.add_auto(list_style(name, "(", indent=1.0, bullets=False, fmt="a", suffix=")"))
            items = "".join('<text:list-item><text:p text:style-name="Numbered_20_Body">%s</text:p></text:list-item>'
                            % inline(x, self.ctx) for x in b["items"])
            return '<text:list text:style-name="%s">%s</text:list>' % (name, items)
        if t == "blist":   # plain bullet list
            name = "LB%d" % (len(self.auto) + 1)
            self.add_auto(f'<text:list-style style:name="{name}"><text:list-level-style-bullet text:level="1" text:bullet-char="\u2022">'
                          f'<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
                          f'<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" '
                          f'fo:text-indent="-0.5cm" fo:margin-left="0.6cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>')
            items = "".join('<text:list-item><text:p text:style-name="%s">%s</text:p></text:list-item>'
                            % (b.get("style", "Bullet_20_Body"), inline(x, self.ctx)) for x in b["items"])
            return '<text:list text:style-name="%s">%s</text:list>' % (name, items)
        if t == "toc":
            return self.toc(b)
        if t == "cover":
            return self.cover(b)
        raise ValueError(t)

    # ---- tables
    def table(self, b, width=None):
        self.ctx.tables += 1
        n = self.ctx.tables
        tname = "Table%d" % n
        cols = b["cols"]
        total = sum(cols)
        align = b.get("align", "margins" if width is None else "left")
        self.add_auto(f'<style:style style:name="{tname}" style:family="table"><style:table-properties style:width="{total}cm" '
                      f'table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.25cm" style:may-break-between-rows="true"/></style:style>')
        for k, w in enumerate(cols):
            self.add_auto(f'<style:style style:name="{tname}.C{k}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>')
        border = b.get("border", THIN)
        hbg = b.get("head_bg", NAVY)
        self.add_auto(f'<style:style style:name="{tname}.H" style:family="table-cell"><style:table-cell-properties fo:background-color="{hbg}" '
                      f'fo:padding="0.09cm" fo:border="{border}"/></style:style>')
        self.add_auto(f'<style:style style:name="{tname}.D" style:family="table-cell"><style:table-cell-properties '
                      f'fo:padding="0.09cm" fo:border="{border}"/></style:style>')
        self.add_auto(f'<style:style style:name="{tname}.K" style:family="table-cell"><style:table-cell-properties fo:background-color="{b.get("key_bg", PALE)}" '
                      f'fo:padding="0.09cm" fo:border="{border}"/></style:style>')
        self.add_auto(f'<style:style style:name="{tname}.R" style:family="table-row"><style:table-row-properties fo:keep-together="{"always" if b.get("keep_rows", True) else "auto"}"/></style:style>')
        colxml = "".join(f'<table:table-column table:style-name="{tname}.C{k}"/>' for k in range(len(cols)))
        cs = b.get("cell_style", "Table_20_Contents")
        keycol = b.get("keycol", False)

        def cell(txt, style, pst):
            paras = txt if isinstance(txt, list) else [txt]
            return (f'<table:table-cell table:style-name="{style}" office:value-type="string">' +
                    "".join(f'<text:p text:style-name="{pst}">{inline(p, self.ctx)}</text:p>' for p in paras) +
                    '</table:table-cell>')
        head = ""
        if b.get("header"):
            row = "".join(cell(h, f"{tname}.H", "Table_20_Heading") for h in b["header"])
            if b.get("repeat", True):
                head = f"<table:table-header-rows><table:table-row>{row}</table:table-row></table:table-header-rows>"
            else:
                head = f"<table:table-row>{row}</table:table-row>"
        rows = []
        for r in b["rows"]:
            cells = []
            for k, c in enumerate(r):
                st = f"{tname}.K" if (keycol and k == 0) else f"{tname}.D"
                ps = b.get("key_pstyle", cs) if (keycol and k == 0) else cs
                cells.append(cell(c, st, ps))
            rows.append('<table:table-row table:style-name="%s.R">%s</table:table-row>' % (tname, "".join(cells)))
        cap = ('<text:p text:style-name="Caption">%s</text:p>' % inline(b["caption"], self.ctx)) if b.get("caption") else ""
        return f'{cap}<table:table table:name="{tname}" table:style-name="{tname}">{colxml}{head}{"".join(rows)}</table:table>'

    # ---- frames (Key learning boxes)
    def frame(self, f):
        self.ctx.frames += 1
        n = self.ctx.frames
        side = f.get("side", "right")
        gname = "fr%d" % n
        margin = 'fo:margin-left="0.35cm" fo:margin-right="0cm"' if side == "right" else 'fo:margin-right="0.35cm" fo:margin-left="0cm"'
        self.add_auto(f'<style:style style:name="{gname}" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties style:wrap="{f.get("wrap", "parallel")}" '
                      f'style:number-wrapped-paragraphs="no-limit" style:wrap-contour="false" {margin} fo:margin-top="0.05cm" '
                      f'fo:margin-bottom="0.15cm" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="{side}" '
                      f'style:horizontal-rel="paragraph" fo:background-color="{f.get("bg", PALE)}" draw:fill="solid" draw:fill-color="{f.get("bg", PALE)}" fo:padding="0.2cm" '
                      f'fo:border="{f.get("border", "0.75pt solid " + NAVY)}" style:flow-with-text="true"/></style:style>')
        inner = []
        if f.get("title"):
            inner.append('<text:p text:style-name="Frame_20_Title">%s</text:p>' % inline(f["title"], self.ctx))
        for p in f.get("paras", []):
            inner.append('<text:p text:style-name="Frame_20_contents">%s</text:p>' % inline(p, self.ctx))
        if f.get("table"):
            inner.append(self.table(f["table"], width=f["width"]))
        for p in f.get("after", []):
            inner.append('<text:p text:style-name="Frame_20_contents">%s</text:p>' % inline(p, self.ctx))
        h = f.get("height")
        hattr = f'fo:min-height="{h}cm"' if h else 'fo:min-height="0.5cm"'
        pst = f.get("pstyle")
        if pst:
            inner = [x.replace('text:style-name="Frame_20_contents"', 'text:style-name="%s"' % pst) for x in inner]
        return (f'<draw:frame draw:style-name="{gname}" draw:name="{f.get("name", "Frame%d" % n)}" text:anchor-type="paragraph" '
                f'svg:width="{f["width"]}cm" draw:z-index="{n}"><draw:text-box {hattr}>{"".join(inner)}</draw:text-box></draw:frame>')

    # ---- table of contents (page numbers filled in from a first build)
    def toc(self, b):
        pages = b.get("pages", {})
        ents = []
        for lvl, label, text in self.doc["toc_plan"]:
            pg = pages.get(text, "00")
            st = "Contents_20_1" if lvl == 1 else "Contents_20_2"
            if label:
                ents.append(f'<text:p text:style-name="{st}">{escape(label)}<text:tab/>{escape(text)}<text:tab/>{pg}</text:p>')
            else:
                ents.append(f'<text:p text:style-name="{st}">{escape(text)}<text:tab/>{pg}</text:p>')
        return ('<text:table-of-content text:style-name="Sect0" text:protected="true" text:name="Contents">'
                '<text:table-of-content-source text:outline-level="2"><text:index-title-template text:style-name="Contents_20_Heading">Contents</text:index-title-template>'
                '</text:table-of-content-source><text:index-body><text:index-title text:name="Contents_Head">'
                '<text:p text:style-name="%s">Contents</text:p></text:index-title>' % self.pstyle("Contents_20_Heading", b) + "".join(ents) +
                '</text:index-body></text:table-of-content>')

    def cover(self, b):
        return b["xml"](self)


def content_xml(w, body):
    fonts = ('<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="\'Liberation Sans\'" '
             'style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>')
    text_auto = ('<style:style style:name="Ti" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>'
                 '<style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
                 '<style:style style:name="Sect0" style:family="section"><style:section-properties style:editable="false"/></style:style>')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>{fonts}'
            f'<office:automatic-styles>{text_auto}{"".join(w.auto)}</office:automatic-styles>'
            f'<office:body><office:text>{body}</office:text></office:body></office:document-content>')


def meta_xml(title, subject):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS}><office:meta>'
            f'<meta:generator>ravensmoor-writer build.py</meta:generator><dc:title>{escape(title)}</dc:title>'
            f'<dc:subject>{escape(subject)}</dc:subject><meta:initial-creator>Ravensmoor LSCB (FICTIONAL)</meta:initial-creator>'
            f'<dc:creator>Ravensmoor LSCB (FICTIONAL)</dc:creator><meta:creation-date>{FIXED_DATE}</meta:creation-date>'
            f'<dc:date>{FIXED_DATE}</dc:date><dc:language>en-GB</dc:language></office:meta></office:document-meta>')


MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>')


def write_odt(path, doc, blocks):
    w = Writer(doc)
    body = w.render(blocks)
    files = [
        ("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
        ("content.xml", content_xml(w, body), zipfile.ZIP_DEFLATED),
        ("styles.xml", styles_xml(doc), zipfile.ZIP_DEFLATED),
        ("meta.xml", meta_xml(doc["title"], doc["header"]), zipfile.ZIP_DEFLATED),
        ("META-INF/manifest.xml", MANIFEST, zipfile.ZIP_DEFLATED),
    ]
    with zipfile.ZipFile(path, "w") as z:
        for name, data, comp in files:
            zi = zipfile.ZipInfo(name, date_time=(2014, 7, 22, 9, 0, 0))
            zi.compress_type = comp
            z.writestr(zi, data.encode("utf-8"))
    return w
