#!/usr/bin/env python
"""Build the FICTIONAL Sallowfield press corpus.

    /work/main/.venv/bin/python build.py

1. writes each page of content.py to html/<name>.html (inline CSS, no network, no images);
2. prints it to PDF with headless Chromium (/usr/bin/chromium):
   - pages without the browser header/footer: the command-line printer
     `chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=OUT URL`;
   - pages WITH the browser header/footer: the same browser driven through the DevTools
     protocol (Playwright's page.pdf), with a header/footer laid out like Chromium's default one
     (print date + page title at the top, file URL + "n/N" at the bottom).  The default
     header would print today's date, so the "print date" is fixed per page in content.py;
3. rewrites the PDF's Info dates (CreationDate/ModDate) to fixed values with pypdf, so a rebuild
   gives identical text and metadata.
"""
import os
import subprocess
import sys
import tempfile

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ByteStringObject, ArrayObject, NameObject, TextStringObject

import content

HERE = os.path.dirname(os.path.abspath(__file__))
HTML_DIR = os.path.join(HERE, "html")
CHROMIUM = "/usr/bin/chromium"
# Scratch space for browser profiles (kept out of the corpus folder).
SCRATCH = os.environ.get("SP_SCRATCH", "/tmp/sallowfield-press-work")
os.makedirs(SCRATCH, exist_ok=True)
os.environ["TMPDIR"] = SCRATCH
tempfile.tempdir = SCRATCH

# Fixed PDF dates (the moment each page was "printed").
PDF_DATES = {
    "national-ledger-rowan-t-reviews": "D:20110614173200+01'00'",
    "btn-live-sallowfield-reviews": "D:20110614172500+01'00'",
    "slscb-press-release-2011-06-14": "D:20110614101500+01'00'",
    "dcl-letter-publishing-scrs": "D:20110615091400+01'00'",
    "btn-rowan-t-case-in-dates": "D:20110614180300+01'00'",
}

HEADER = ('<div style="width:100%;display:flex;font-size:8px;font-family:\'Liberation Sans\',sans-serif;'
          'padding:0 0.4in;box-sizing:border-box;-webkit-print-color-adjust:exact">'
          '<span style="flex:none;padding-right:6pt">{date}</span>'
          '<span class="title" style="flex:auto;text-align:center;padding:0 24pt;overflow:hidden;'
          'white-space:nowrap;text-overflow:ellipsis"></span></div>')
FOOTER = ('<div style="width:100%;display:flex;font-size:8px;font-family:\'Liberation Sans\',sans-serif;'
          'padding:0 0.4in;box-sizing:border-box">'
          '<span class="url" style="flex:auto;overflow:hidden;white-space:nowrap;text-overflow:ellipsis"></span>'
          '<span style="flex:none;padding-left:24pt"><span class="pageNumber"></span>/'
          '<span class="totalPages"></span></span></div>')


def write_html(name, doc):
    html = doc["html"].replace("__COMMON__", content.COMMON_CSS).replace("__CSS__", doc["css"])
    path = os.path.join(HTML_DIR, name + ".html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    return path


def print_cli(html_path, pdf_path):
    with tempfile.TemporaryDirectory(prefix="sp-chromium-") as prof:
        cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
               f"--user-data-dir={prof}", f"--print-to-pdf={pdf_path}", "file://" + html_path]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def print_with_header(jobs):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        for html_path, pdf_path, date in jobs:
            page.goto("file://" + html_path)
            page.pdf(path=pdf_path, display_header_footer=True,
                     header_template=HEADER.format(date=date), footer_template=FOOTER,
                     print_background=True, prefer_css_page_size=True,
                     margin=dict(top="0.5in", bottom="0.5in", left="0.4in", right="0.4in"))
        browser.close()


def fix_metadata(pdf_path, when, name):
    reader = PdfReader(pdf_path)
    writer = PdfWriter(clone_from=reader)
    info = dict(reader.metadata or {})
    info["/CreationDate"] = when
    info["/ModDate"] = when
    writer.add_metadata({k: v for k, v in info.items()})
    ident = ByteStringObject(("sallowfield-press/" + name).encode("ascii").ljust(16, b"_")[:16])
    writer._ID = ArrayObject([ident, ident])
    with open(pdf_path, "wb") as f:
        writer.write(f)


def main():
    os.makedirs(HTML_DIR, exist_ok=True)
    header_jobs = []
    for name, doc in content.DOCS.items():
        html_path = write_html(name, doc)
        pdf_path = os.path.join(HERE, name + ".pdf")
        if doc["header"] is None:
            print_cli(html_path, pdf_path)
        else:
            header_jobs.append((html_path, pdf_path, doc["header"]))
    if header_jobs:
        print_with_header(header_jobs)
    for name in content.DOCS:
        pdf_path = os.path.join(HERE, name + ".pdf")
        fix_metadata(pdf_path, PDF_DATES[name], name)
        n = len(PdfReader(pdf_path).pages)
        print(f"{name}.pdf: {n} pages")


if __name__ == "__main__":
    sys.exit(main())
