"""Build the FICTIONAL Skelderby "Jaden" LCSPR corpus (development set for scr-qa).

Generator: OpenDocument Text written directly as XML by this script (no odfpy needed), zipped into
.odt files and converted to PDF by LibreOffice headless (`soffice --headless --convert-to pdf`,
tested with LibreOffice 7.4). Afterwards pypdf adds /PageLabels (i, ii, iii for the front matter,
then 1, 2, 3 ... for the body of the review) and fixed document metadata.

Document text lives in content.py beside this file.

Run:
    python3 -m venv /tmp/gen-keldmoor && /tmp/gen-keldmoor/bin/pip install pypdf
    /tmp/gen-keldmoor/bin/python build.py
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter

import content as C

HERE = Path(__file__).resolve().parent
REPORT = "skelderby-lcspr-jaden-report.pdf"
LETTER = "skelderby-scrutineer-letter-to-panel.pdf"

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'office:version="1.2"')

SERIF = "DejaVu Serif"
SANS = "DejaVu Sans"


def inline(s):
    """Escape text and turn [[fn:...]] into Writer footnotes, **x** into bold, \t into tabs."""
    out = []
    pos = 0
    for m in re.finditer(r"\[\[fn:(.*?)\]\]", s):
        out.append(_plain(s[pos:m.start()]))
        inline.n += 1
        out.append(
            f'<text:note text:id="ftn{inline.n}" text:note-class="footnote">'
            f'<text:note-citation>{inline.n}</text:note-citation><text:note-body>'
            f'<text:p text:style-name="Footnote">{_plain(m.group(1))}</text:p>'
            f'</text:note-body></text:note>')
        pos = m.end()
    out.append(_plain(s[pos:]))
    return "".join(out)


inline.n = 0


def _plain(s):
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r'<text:span text:style-name="B">\1</text:span>', s)
    s = s.replace("\t", "<text:tab/>")
    return s


FONT_DECLS = f"""<office:font-face-decls>
<style:font-face style:name="{SERIF}" svg:font-family="'{SERIF}'" style:font-family-generic="roman"/>
<style:font-face style:name="{SANS}" svg:font-family="'{SANS}'" style:font-family-generic="swiss"/>
</office:font-face-decls>"""


def styles_xml(kind):
    accent = "#1f4e5f"
    if kind == "report":
        masters = f"""
<style:master-page style:name="Front" style:page-layout-name="PLFront">
 <style:header><text:p text:style-name="Header">Skelderby Safeguarding Children Partnership<text:tab/>LCSPR: Jaden</text:p></style:header>
 <style:footer><text:p text:style-name="Footer">FICTIONAL — practice document<text:tab/><text:page-number text:select-page="current">i</text:page-number></text:p></style:footer>
</style:master-page>
<style:master-page style:name="Body" style:page-layout-name="PLBody">
 <style:header><text:p text:style-name="Header">Local Child Safeguarding Practice Review: Jaden<text:tab/>Skelderby SCP</text:p></style:header>
 <style:footer><text:p text:style-name="Footer">FICTIONAL — practice document<text:tab/>Page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page>"""
        layouts = """
<style:page-layout style:name="PLFront"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:num-format="i" fo:margin-top="1.4cm" fo:margin-bottom="1.4cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"><style:footnote-sep style:width="0.018cm" style:rel-width="25%" style:color="#000000" style:adjustment="left" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm"/></style:page-layout-properties>
 <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
 <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
<style:page-layout style:name="PLBody"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:num-format="1" fo:margin-top="1.4cm" fo:margin-bottom="1.4cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"><style:footnote-sep style:width="0.018cm" style:rel-width="25%" style:color="#000000" style:adjustment="left" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm"/></style:page-layout-properties>
 <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
 <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>"""
    else:
        masters = """
<style:master-page style:name="Standard" style:page-layout-name="PLLetter">
 <style:footer><text:p text:style-name="Footer">FICTIONAL — practice document. Independent Scrutineer, Skelderby Safeguarding Children Partnership<text:tab/>Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>3</text:page-count></text:p></style:footer>
</style:master-page>"""
        layouts = """
<style:page-layout style:name="PLLetter"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:num-format="1" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
 <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>"""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}>
{FONT_DECLS}
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/><style:text-properties style:font-name="{SERIF}" fo:font-size="10pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="{SERIF}" fo:font-size="10pt"/></style:style>
<style:style style:name="Header" style:family="paragraph"><style:paragraph-properties fo:border-bottom="0.5pt solid {accent}" fo:padding-bottom="0.1cm"><style:tab-stops><style:tab-stop style:position="16.6cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties style:font-name="{SANS}" fo:font-size="7.5pt" fo:color="{accent}"/></style:style>
<style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="16.6cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties style:font-name="{SANS}" fo:font-size="7.5pt" fo:color="#444444"/></style:style>
<style:style style:name="Footnote" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm" fo:margin-bottom="0.05cm"/><style:text-properties style:font-name="{SERIF}" fo:font-size="7.5pt"/></style:style>
</office:styles>
<office:automatic-styles>{layouts}
</office:automatic-styles>
<office:master-styles>{masters}
</office:master-styles>
</office:document-styles>"""


AUTO_REPORT = f"""
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.18cm" fo:line-height="118%"/><style:text-properties style:font-name="{SERIF}" fo:font-size="9.5pt"/></style:style>
<style:style style:name="NP" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="0.95cm" fo:text-indent="-0.95cm" fo:margin-bottom="0.18cm" fo:line-height="118%"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties><style:text-properties style:font-name="{SERIF}" fo:font-size="9.5pt"/></style:style>
<style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:break-before="page" fo:margin-bottom="0.3cm" fo:padding="0.15cm" fo:background-color="#1f4e5f"/><style:text-properties style:font-name="{SANS}" fo:font-size="15pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="H1first" style:family="paragraph" style:master-page-name="Body"><style:paragraph-properties style:page-number="1" fo:margin-bottom="0.3cm" fo:padding="0.15cm" fo:background-color="#1f4e5f"/><style:text-properties style:font-name="{SANS}" fo:font-size="15pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="H1cont" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.3cm" fo:padding="0.15cm" fo:background-color="#1f4e5f"/><style:text-properties style:font-name="{SANS}" fo:font-size="15pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"/><style:text-properties style:font-name="{SANS}" fo:font-size="10pt" fo:font-weight="bold" fo:color="#1f4e5f"/></style:style>
<style:style style:name="FrontTitle" style:family="paragraph"><style:paragraph-properties fo:margin-top="3cm" fo:margin-bottom="0.6cm"/><style:text-properties style:font-name="{SANS}" fo:font-size="26pt" fo:font-weight="bold" fo:color="#1f4e5f"/></style:style>
<style:style style:name="FrontSub" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.4cm"/><style:text-properties style:font-name="{SANS}" fo:font-size="14pt" fo:color="#333333"/></style:style>
<style:style style:name="FrontBreak" style:family="paragraph"><style:paragraph-properties fo:break-before="page" fo:margin-bottom="0.4cm"/><style:text-properties style:font-name="{SANS}" fo:font-size="15pt" fo:font-weight="bold" fo:color="#1f4e5f"/></style:style>
<style:style style:name="FirstP" style:family="paragraph" style:master-page-name="Front"><style:paragraph-properties fo:margin-top="2cm"/><style:text-properties style:font-name="{SANS}" fo:font-size="11pt" fo:color="#1f4e5f"/></style:style>
<style:style style:name="Toc" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"><style:tab-stops><style:tab-stop style:position="16.6cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties><style:text-properties style:font-name="{SANS}" fo:font-size="10pt"/></style:style>
<style:style style:name="Box" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:background-color="#e3eef2" fo:padding="0.2cm" fo:border="0.8pt solid #1f4e5f" fo:margin-bottom="0.0cm" style:join-border="true" fo:line-height="115%"/><style:text-properties style:font-name="{SANS}" fo:font-size="8.5pt"/></style:style>
<style:style style:name="BoxTitle" style:family="paragraph"><style:paragraph-properties fo:background-color="#e3eef2" fo:padding="0.2cm" fo:border="0.8pt solid #1f4e5f" style:join-border="true" fo:keep-with-next="always"/><style:text-properties style:font-name="{SANS}" fo:font-size="9.5pt" fo:font-weight="bold" fo:color="#1f4e5f"/></style:style>
<style:style style:name="Quote" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin="0.1cm"/><style:text-properties style:font-name="{SANS}" fo:font-size="12pt" fo:font-style="italic" fo:color="#1f4e5f"/></style:style>
<style:style style:name="QuoteSrc" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="{SANS}" fo:font-size="8pt" fo:color="#444444"/></style:style>
<style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="center" style:horizontal-rel="paragraph" fo:background-color="#ffffff" fo:border-top="1.5pt solid #1f4e5f" fo:border-bottom="1.5pt solid #1f4e5f" fo:border-left="none" fo:border-right="none" fo:padding="0.2cm" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/></style:style>
<style:style style:name="Sect2" style:family="section"><style:section-properties text:dont-balance-text-columns="false"><style:columns fo:column-count="2" fo:column-gap="0.8cm"><style:column-sep style:width="0.02cm" style:color="#9bb7c1" style:height="100%" style:vertical-align="top"/></style:columns></style:section-properties></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.6cm" table:align="margins" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/></style:style>
<style:style style:name="TblA" style:family="table-column"><style:table-column-properties style:column-width="2.3cm"/></style:style>
<style:style style:name="TblB" style:family="table-column"><style:table-column-properties style:column-width="1.5cm"/></style:style>
<style:style style:name="TblC" style:family="table-column"><style:table-column-properties style:column-width="3.0cm"/></style:style>
<style:style style:name="TblD" style:family="table-column"><style:table-column-properties style:column-width="9.8cm"/></style:style>
<style:style style:name="TblH" style:family="table-cell"><style:table-cell-properties fo:background-color="#1f4e5f" fo:padding="0.08cm" fo:border="0.5pt solid #1f4e5f"/></style:style>
<style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #9bb7c1"/></style:style>
<style:style style:name="TH" style:family="paragraph"><style:text-properties style:font-name="{SANS}" fo:font-size="8pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="TD" style:family="paragraph"><style:text-properties style:font-name="{SANS}" fo:font-size="8pt"/></style:style>
<style:style style:name="Cap" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:keep-with-next="always"/><style:text-properties style:font-name="{SANS}" fo:font-size="9pt" fo:font-weight="bold" fo:color="#1f4e5f"/></style:style>
"""

AUTO_LETTER = f"""
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.25cm" fo:line-height="120%"/><style:text-properties style:font-name="{SERIF}" fo:font-size="10.5pt"/></style:style>
<style:style style:name="LH" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:border-bottom="1pt solid #1f4e5f" fo:padding-bottom="0.2cm" fo:margin-bottom="0.6cm"/><style:text-properties style:font-name="{SANS}" fo:font-size="9pt" fo:color="#1f4e5f"/></style:style>
<style:style style:name="Addr" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties style:font-name="{SERIF}" fo:font-size="10.5pt"/></style:style>
<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties style:font-name="{SANS}" fo:font-size="10.5pt" fo:font-weight="bold" fo:color="#1f4e5f"/></style:style>
"""


def report_body():
    b = []
    sect = [0]
    in_cols = [False]

    def close_cols():
        if in_cols[0]:
            b.append("</text:section>")
            in_cols[0] = False

    def open_cols():
        if not in_cols[0]:
            sect[0] += 1
            b.append(f'<text:section text:style-name="Sect2" text:name="Cols{sect[0]}">')
            in_cols[0] = True

    for blk in C.REPORT:
        kind = blk[0]
        if kind == "raw":
            close_cols()
            b.append(f'<text:p text:style-name="{blk[1]}">{inline(blk[2])}</text:p>')
        elif kind in ("h1", "h1first", "h1cont"):
            close_cols()
            style = {"h1": "H1", "h1first": "H1first", "h1cont": "H1cont"}[kind]
            b.append(f'<text:h text:style-name="{style}" text:outline-level="1">{inline(blk[1])}</text:h>')
            open_cols()
        elif kind == "h2":
            open_cols()
            b.append(f'<text:h text:style-name="H2" text:outline-level="2">{inline(blk[1])}</text:h>')
        elif kind == "np":
            open_cols()
            b.append(f'<text:p text:style-name="NP">{inline(blk[1] + chr(9) + blk[2])}</text:p>')
        elif kind == "p":
            open_cols()
            b.append(f'<text:p text:style-name="P">{inline(blk[1])}</text:p>')
        elif kind == "box":
            open_cols()
            b.append(f'<text:p text:style-name="BoxTitle">{inline(blk[1])}</text:p>')
            for line in blk[2]:
                b.append(f'<text:p text:style-name="Box">{inline(line)}</text:p>')
        elif kind == "quote":
            open_cols()
            b.append('<text:p text:style-name="P"><draw:frame draw:style-name="fr1" draw:name="Pull" '
                     'text:anchor-type="paragraph" svg:width="7.5cm" draw:z-index="0">'
                     '<draw:text-box fo:min-height="1cm">'
                     f'<text:p text:style-name="Quote">{inline(blk[1])}</text:p>'
                     f'<text:p text:style-name="QuoteSrc">{inline(blk[2])}</text:p>'
                     '</draw:text-box></draw:frame></text:p>')
        elif kind == "table":
            close_cols()
            b.append(f'<text:p text:style-name="Cap">{inline(blk[1])}</text:p>')
            b.append('<table:table table:name="Chron" table:style-name="Tbl">'
                     '<table:table-column table:style-name="TblA"/><table:table-column table:style-name="TblB"/>'
                     '<table:table-column table:style-name="TblC"/><table:table-column table:style-name="TblD"/>')
            b.append('<table:table-header-rows><table:table-row>')
            for h in blk[2]:
                b.append(f'<table:table-cell table:style-name="TblH" office:value-type="string"><text:p text:style-name="TH">{inline(h)}</text:p></table:table-cell>')
            b.append('</table:table-row></table:table-header-rows>')
            for row in blk[3]:
                b.append('<table:table-row>')
                for c in row:
                    b.append(f'<table:table-cell table:style-name="TblCell" office:value-type="string"><text:p text:style-name="TD">{inline(c)}</text:p></table:table-cell>')
                b.append('</table:table-row>')
            b.append('</table:table>')
        else:
            raise ValueError(kind)
    close_cols()
    return "\n".join(b)


def letter_body():
    b = []
    for blk in C.LETTER:
        style, text = blk
        b.append(f'<text:p text:style-name="{style}">{inline(text)}</text:p>')
    return "\n".join(b)


def content_xml(kind):
    inline.n = 0
    auto = AUTO_REPORT if kind == "report" else AUTO_LETTER
    body = report_body() if kind == "report" else letter_body()
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {NS}>
{FONT_DECLS}
<office:automatic-styles>{auto}</office:automatic-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document-content>"""


def meta_xml(title):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {NS}><office:meta><dc:title>{escape(title)}</dc:title>
<meta:creation-date>2025-11-03T09:00:00</meta:creation-date><dc:date>2025-11-03T09:00:00</dc:date>
<meta:initial-creator>Skelderby SCP (FICTIONAL)</meta:initial-creator></office:meta></office:document-meta>"""


MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def write_odt(path, kind, title):
    with zipfile.ZipFile(path, "w") as z:
        def add(name, data, comp=zipfile.ZIP_DEFLATED):
            zi = zipfile.ZipInfo(name, date_time=(2025, 11, 3, 9, 0, 0))
            zi.compress_type = comp
            z.writestr(zi, data)
        add("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        add("content.xml", content_xml(kind))
        add("styles.xml", styles_xml(kind))
        add("meta.xml", meta_xml(title))
        add("META-INF/manifest.xml", MANIFEST)


def to_pdf(odt, outdir):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run([soffice, f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(outdir), str(odt)],
                       check=True, stdout=subprocess.DEVNULL)


def finish(pdf_path, title, front_pages):
    r = PdfReader(str(pdf_path))
    w = PdfWriter()
    w.append(r)
    if front_pages:
        w.set_page_label(0, front_pages - 1, style="/r", start=1)
        w.set_page_label(front_pages, len(r.pages) - 1, style="/D", start=1)
    w.add_metadata({"/Title": title, "/Author": "Skelderby Safeguarding Children Partnership (FICTIONAL)",
                    "/Producer": "LibreOffice + pypdf", "/Creator": "build.py",
                    "/CreationDate": "D:20251103090000Z", "/ModDate": "D:20251103090000Z"})
    w._ID = None
    with open(pdf_path, "wb") as f:
        w.write(f)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        jobs = [(REPORT, "report", "Local Child Safeguarding Practice Review: Jaden (FICTIONAL)", C.FRONT_PAGES),
                (LETTER, "letter", "Letter from the Independent Scrutineer to the Panel (FICTIONAL)", 0)]
        for name, kind, title, front in jobs:
            odt = tmp / name.replace(".pdf", ".odt")
            write_odt(odt, kind, title)
            to_pdf(odt, tmp)
            shutil.copy(tmp / name, HERE / name)
            finish(HERE / name, title, front)
            print("wrote", name, len(PdfReader(str(HERE / name)).pages), "pages")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main()
