"""Build the FICTIONAL Ravensmoor LSCB practice PDFs (Child N serious case review).

    /work/main/.venv/bin/python build.py

Writes ODT files by hand (odt.py), converts them with LibreOffice Writer in headless mode
(soffice --headless --convert-to pdf), then rewrites the PDF metadata and file ID with pypdf so that
rebuilds are byte-stable. The table of contents is filled in from a first conversion.
Needs: soffice (LibreOffice Writer 7.x, Debian package libreoffice-writer-nogui) and pypdf.
"""
import os
import re
import shutil
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import odt  # noqa: E402
import content as C  # noqa: E402

WORK = "/tmp/ravensmoor-writer-work/build"
PROFILE = "file:///tmp/ravensmoor-writer-work/lo-profile"
REPORT = "ravensmoor-scr-child-n-overview-report.pdf"
ES = "ravensmoor-scr-child-n-executive-summary.pdf"


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().casefold()


# --------------------------------------------------------------------------- covers
COVER_STYLES = [
    '<style:style style:name="CvTop" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="Cover">'
    '<style:paragraph-properties style:page-number="auto" fo:margin-bottom="0.3cm"/></style:style>',
    '<style:style style:name="CvLogo" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:text-align="center" fo:margin-top="0.15cm"/><style:text-properties fo:font-size="9pt" fo:color="#7f7f7f"/></style:style>',
    '<style:style style:name="CvBoard" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:margin-top="2.2cm" fo:margin-bottom="0.6cm"/><style:text-properties fo:font-size="13pt" fo:color="#2e5e6e" fo:font-weight="bold"/></style:style>',
    '<style:style style:name="CvBig" style:family="paragraph" style:parent-style-name="Title">'
    '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="34pt"/></style:style>',
    '<style:style style:name="CvText" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:margin-bottom="0.12cm"/><style:text-properties fo:font-size="10.5pt"/></style:style>',
    '<style:style style:name="CvGap" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:margin-top="1.6cm"/></style:style>',
    '<style:style style:name="CvNote" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:margin-top="0.5cm" fo:padding="0.2cm" fo:border-left="3pt solid #1f3864"/>'
    '<style:text-properties fo:font-size="9pt" fo:color="#404040"/></style:style>',
    '<style:style style:name="EsTitle" style:family="paragraph" style:parent-style-name="Title">'
    '<style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="20pt"/></style:style>',
    '<style:style style:name="EsSub" style:family="paragraph" style:parent-style-name="Subtitle">'
    '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="14pt"/></style:style>',
]


def doc_control(w, rows, cols=(4.6, 12.0), caption="Document control"):
    return w.table({"caption": caption, "cols": list(cols), "rows": rows, "keycol": True,
                    "border": odt.BORDER, "key_pstyle": "Table_20_Contents", "cell_style": "Table_20_Contents"})


def report_cover(w):
    for s in COVER_STYLES:
        w.add_auto(s)
    logo = w.frame({"paras": ["[ LOGO ]", "Ravensmoor Local Safeguarding Children Board"], "width": 4.8, "height": 2.6,
                    "wrap": "none", "side": "left", "border": "0.75pt dashed #7f7f7f", "bg": "#ffffff",
                    "pstyle": "CvLogo", "name": "LogoPlaceholder"})
    x = ['<text:p text:style-name="CvTop">%s</text:p>' % logo,
         '<text:p text:style-name="CvBoard">Ravensmoor Local Safeguarding Children Board</text:p>',
         '<text:p text:style-name="CvBig">Serious Case Review</text:p>',
         '<text:p text:style-name="CvBig">Child N</text:p>',
         '<text:p text:style-name="Subtitle">Overview Report</text:p>',
         '<text:p text:style-name="CvGap">Independent overview author: Rosalind Ackerley</text:p>',
         '<text:p text:style-name="CvText">Review panel chair: Graham Tesseyman</text:p>',
         '<text:p text:style-name="CvGap"/>',
         doc_control(w, [
             ["Version", "1.4"],
             ["Status", "Final \u2014 approved for publication"],
             ["Author", "Rosalind Ackerley, independent overview author"],
             ["Date approved", "17 June 2014"],
             ["Date published", "22 July 2014"],
             ["Review reference", "RLSCB/SCR/2013/02"],
         ]),
         '<text:p text:style-name="CvNote">FICTIONAL. This report is an invented practice document. The Ravensmoor Local '
         'Safeguarding Children Board, its partner agencies, the family and every event described are fictional.</text:p>']
    return "".join(x)


def es_cover(w):
    for s in COVER_STYLES:
        w.add_auto(s)
    w.add_auto('<style:style style:name="EsTop" style:family="paragraph" style:parent-style-name="Standard">'
               '<style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>')
    logo = w.frame({"paras": ["[ LOGO ]", "Ravensmoor LSCB"], "width": 3.4, "height": 2.0, "wrap": "parallel",
                    "side": "right", "border": "0.75pt dashed #7f7f7f", "bg": "#ffffff", "pstyle": "CvLogo",
                    "name": "LogoPlaceholder"})
    x = ['<text:p text:style-name="EsTop">%s</text:p>' % logo,
         '<text:p text:style-name="EsTitle">Serious Case Review: Child N</text:p>',
         '<text:p text:style-name="EsSub">Executive Summary</text:p>',
         doc_control(w, [["Version", "1.2 (for publication)"], ["Date published", "22 July 2014"]],
                     cols=(4.0, 8.0), caption="")]
    return "".join(x)


# --------------------------------------------------------------------------- build
def toc_plan(blocks):
    heads = [0, 0, 0]
    plan = []
    for b in blocks:
        if b["t"] == "h":
            lvl = b["lvl"]
            heads[lvl - 1] += 1
            for k in range(lvl, 3):
                heads[k] = 0
            if lvl <= 2:
                plan.append((lvl, ".".join(str(x) for x in heads[:lvl]), b["text"]))
        elif b["t"] == "ha":
            plan.append((1, "", b["text"]))
    return plan


def convert(odt_path):
    outdir = os.path.dirname(odt_path)
    subprocess.run(["soffice", "-env:UserInstallation=" + PROFILE, "--headless", "--norestore",
                    "--convert-to", "pdf:writer_pdf_Export", "--outdir", outdir, odt_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return odt_path[:-4] + ".pdf"


def heading_pages(pdf, plan):
    from pypdf import PdfReader
    texts = [norm(p.extract_text()) for p in PdfReader(pdf).pages]
    pages, start = {}, 2
    for lvl, label, text in plan:
        key = norm((label + " " + text) if label else text)
        for i in range(start, len(texts)):
            if key in texts[i]:
                pages[text] = str(i + 1)
                start = i
                break
    return pages


def finalise(src, dst, title, subject):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject, NameObject
    import hashlib
    r = PdfReader(src)
    w = PdfWriter(clone_from=r)
    w.metadata = None
    w.add_metadata({"/Title": title, "/Subject": subject, "/Author": "Ravensmoor LSCB (FICTIONAL)",
                    "/Creator": "Writer (ravensmoor-writer build.py)", "/Producer": "LibreOffice 7.4 / pypdf",
                    "/CreationDate": "D:20140722090000+01'00'", "/ModDate": "D:20140722090000+01'00'",
                    "/Keywords": "FICTIONAL practice document"})
    digest = hashlib.md5(title.encode()).digest()
    w._ID = ArrayObject([ByteStringObject(digest), ByteStringObject(digest)])
    with open(dst, "wb") as f:
        w.write(f)


def build_one(name, doc, blocks, cover_fn, title, subject):
    os.makedirs(WORK, exist_ok=True)
    base = os.path.join(WORK, name)
    doc["toc_plan"] = toc_plan(blocks)

    def with_cover(pages):
        out = []
        for b in blocks:
            if b["t"] in ("cover", "escover"):
                out.append({"t": "cover", "xml": cover_fn})
            elif b["t"] == "toc":
                nb = dict(b)
                nb["pages"] = pages
                out.append(nb)
            else:
                out.append(b)
        return out

    odt.write_odt(base + ".odt", doc, with_cover({}))
    pdf = convert(base + ".odt")
    if any(b["t"] == "toc" for b in blocks):
        pages = heading_pages(pdf, doc["toc_plan"])
        odt.write_odt(base + ".odt", doc, with_cover(pages))
        pdf = convert(base + ".odt")
        again = heading_pages(pdf, doc["toc_plan"])
        if again != pages:
            print("warning: TOC pages moved", pages, again)
    shutil.copy(base + ".odt", os.path.join(WORK, name + ".keep.odt"))
    finalise(pdf, os.path.join(HERE, name + ".pdf"), title, subject)


def main():
    if not shutil.which("soffice"):
        sys.exit("soffice not found: apt-get install libreoffice-writer-nogui")
    build_one(REPORT[:-4], {"title": C.REPORT_TITLE, "header": C.HEADER},
              C.report_blocks(), report_cover,
              "Serious Case Review: Child N - Overview Report (FICTIONAL)", "Ravensmoor LSCB practice document")
    build_one(ES[:-4], {"title": "Serious Case Review: Child N \u2014 Executive Summary", "header": C.ES_HEADER,
                        "numbering": "ES", "num_indent": 1.3},
              C.es_blocks(), es_cover,
              "Serious Case Review: Child N - Executive Summary (FICTIONAL)", "Ravensmoor LSCB practice document")
    from pypdf import PdfReader
    for f in (REPORT, ES):
        print(f, len(PdfReader(os.path.join(HERE, f)).pages), "pages")


if __name__ == "__main__":
    main()
