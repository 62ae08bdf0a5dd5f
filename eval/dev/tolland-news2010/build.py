# -*- coding: utf-8 -*-
"""Build the FICTIONAL Tolland / Baby K 2010 news corpus.

Run with the project's scratch venv (playwright + pypdf):
    /tmp/tolland-news2010-work/venv/bin/python build.py

Each HTML page in content.py is loaded into headless Chromium (the system
/usr/bin/chromium, driven by playwright) and printed to an A4 PDF, the way a
user would "Save as PDF" an archived web page. Three of the four pages are
printed with the browser's header/footer (print date and time, page title,
URL, "1/3"); the board's release is printed with them off and relies on its
own print stylesheet (a position:fixed footer repeated on every page).
The PDFs are then rewritten with pypdf to fix the metadata dates and the
file ID, so rebuilds are byte-stable.
"""
import hashlib
import html
import io
import os
import sys

from playwright.sync_api import sync_playwright
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ByteStringObject, ArrayObject

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FIXED_DATE = "D:20101026120000+00'00'"

HF_STYLE = ("font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8px; color: #222; "
            "width: 100%; margin: 0 8mm; display: flex; justify-content: space-between;")


def header_template(date_text):
    # Chrome's own print header: date/time at left, page title in the middle.
    return (f'<div style="{HF_STYLE}"><span>{html.escape(date_text)}</span>'
            f'<span class="title" style="max-width: 70%; overflow: hidden; white-space: nowrap; '
            f'text-overflow: ellipsis;"></span><span></span></div>')


def footer_template(url):
    # Chrome's own print footer: URL at left, "1/3" at right.
    return (f'<div style="{HF_STYLE}"><span>{html.escape(url)}</span>'
            f'<span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>')


def render(browser, html_text, hf, date_text, url, scale):
    page = browser.new_page()
    page.emulate_media(media="print")
    page.set_content(html_text, wait_until="load")
    kwargs = dict(format="A4", print_background=True, scale=scale)
    if hf:
        kwargs.update(display_header_footer=True,
                      header_template=header_template(date_text),
                      footer_template=footer_template(url),
                      margin={"top": "12mm", "bottom": "12mm", "left": "8mm", "right": "8mm"})
    else:
        kwargs.update(display_header_footer=False, prefer_css_page_size=True)
    data = page.pdf(**kwargs)
    page.close()
    return data


def stabilise(data, title):
    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter(clone_from=reader)
    writer.add_metadata({
        "/Title": title,
        "/Creator": "Chromium (headless) print to PDF",
        "/Producer": "Skia/PDF",
        "/CreationDate": FIXED_DATE,
        "/ModDate": FIXED_DATE,
    })
    digest = hashlib.md5(title.encode("utf-8")).digest()
    writer._ID = ArrayObject([ByteStringObject(digest), ByteStringObject(digest)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def main():
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--font-render-hinting=none"])
        for fname, html_text, hf, date_text, url, scale in content.DOCS:
            raw = render(browser, html_text, hf, date_text, url, scale)
            title = html.unescape(html_text.split("<title>")[1].split("</title>")[0])
            data = stabilise(raw, title)
            with open(os.path.join(HERE, fname), "wb") as fh:
                fh.write(data)
            print(f"{fname}: {len(PdfReader(io.BytesIO(data)).pages)} pages")
        browser.close()


if __name__ == "__main__":
    main()
