#!/usr/bin/env python3
"""Build the FICTIONAL Brackenfold news corpus.

    /work/main/.venv/bin/python build.py

1. abn-news-lewis-harker-second-review-2010-05-14.pdf
   content.py + article.css -> article.html, printed by headless Chromium through the
   DevTools protocol (over --remote-debugging-pipe, so no extra Python packages), with a
   browser-style header (print date/time, page title) and footer (URL, page n/N).
2. brackenfold-lscb-press-release-2010-05-14.pdf
   The board's two-page press release, typeset with ReportLab (invariant mode).

Dates inside both PDFs are fixed so rebuilds are byte-stable.
"""
import base64
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import content as C  # noqa: E402

ARTICLE_PDF = "abn-news-lewis-harker-second-review-2010-05-14.pdf"
PRESS_PDF = "brackenfold-lscb-press-release-2010-05-14.pdf"
FIXED_PDF_DATE = b"D:20100514130700+00'00'"     # printed 14:07 BST
PRESS_PDF_DATE = b"D:20100513163000+00'00'"     # press release typeset the afternoon before
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


# ---------------------------------------------------------------------------
# Chromium over the DevTools pipe
# ---------------------------------------------------------------------------
class Chrome:
    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="brackenfold-chrome-")
        r_in, w_in = os.pipe()    # we write, chrome reads on fd 3
        r_out, w_out = os.pipe()  # chrome writes on fd 4, we read

        def child_fds():
            a, b = os.dup(r_in), os.dup(w_out)
            os.dup2(a, 3)
            os.dup2(b, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        self.proc = subprocess.Popen(
            [CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
             "--user-data-dir=" + self.profile, "--no-first-run", "--disable-extensions",
             "--font-render-hinting=none", "--lang=en-GB", "about:blank"],
            preexec_fn=child_fds, close_fds=False,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(r_in)
        os.close(w_out)
        self.w = os.fdopen(w_in, "wb", buffering=0)
        self.r = os.fdopen(r_out, "rb", buffering=0)
        self.buf = b""
        self.mid = 0
        self.events = []

    def _read_msg(self):
        while b"\0" not in self.buf:
            chunk = self.r.read(1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def send(self, method, params=None, session=None):
        self.mid += 1
        msg = {"id": self.mid, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        self.w.write(json.dumps(msg).encode() + b"\0")
        while True:
            d = self._read_msg()
            if d.get("id") == self.mid:
                if "error" in d:
                    raise RuntimeError(d["error"])
                return d["result"]
            self.events.append(d)

    def wait_event(self, name, timeout=30):
        t0 = time.time()
        while time.time() - t0 < timeout:
            for i, e in enumerate(self.events):
                if e.get("method") == name:
                    del self.events[i]
                    return e
            self.events.append(self._read_msg())
        raise RuntimeError("timeout waiting for " + name)

    def close(self):
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


HEADER_TMPL = """<div style="font-family:Arial,'Liberation Sans',sans-serif;font-size:7.5px;width:100%;
margin:0 10mm;display:flex;justify-content:space-between;color:#000;">
<span>{stamp}</span><span>{title}</span><span></span></div>"""

FOOTER_TMPL = """<div style="font-family:Arial,'Liberation Sans',sans-serif;font-size:7.5px;width:100%;
margin:0 10mm;display:flex;justify-content:space-between;color:#000;">
<span>{url}</span><span>{notice}</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>"""


def fix_pdf_dates(path, stamp=FIXED_PDF_DATE):
    """Overwrite every PDF date string with a fixed one of the same length (xref offsets stay valid)."""
    data = open(path, "rb").read()
    data = re.sub(rb"D:\d{14}[+\-Z][0-9']*", lambda m: stamp if len(m.group(0)) == len(stamp)
                  else m.group(0), data)
    open(path, "wb").write(data)


def build_article():
    css = open(os.path.join(HERE, "article.css"), encoding="utf-8").read()
    html = C.article_html(css)
    html_path = os.path.join(HERE, "article.html")
    with open(html_path, "w", encoding="utf-8") as f:
        f.write(html)
    chrome = Chrome()
    try:
        t = chrome.send("Target.createTarget", {"url": "about:blank"})
        s = chrome.send("Target.attachToTarget", {"targetId": t["targetId"], "flatten": True})["sessionId"]
        chrome.send("Page.enable", session=s)
        chrome.send("Page.navigate", {"url": "file://" + html_path}, session=s)
        chrome.wait_event("Page.loadEventFired")
        esc = lambda x: x.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&#39;")
        res = chrome.send("Page.printToPDF", {
            "paperWidth": 8.27, "paperHeight": 11.69,
            "marginTop": 0.5, "marginBottom": 0.5, "marginLeft": 0.39, "marginRight": 0.39,
            "scale": 0.9, "printBackground": True, "displayHeaderFooter": True,
            "headerTemplate": HEADER_TMPL.format(stamp=C.PRINT_STAMP, title=esc(C.PAGE_TITLE)),
            "footerTemplate": FOOTER_TMPL.format(url=C.PAGE_URL, notice=C.FOOTER_NOTICE),
            "preferCSSPageSize": False,
        }, session=s)
    finally:
        chrome.close()
    out = os.path.join(HERE, ARTICLE_PDF)
    with open(out, "wb") as f:
        f.write(base64.b64decode(res["data"]))
    fix_pdf_dates(out)
    return out


# ---------------------------------------------------------------------------
# Press release with ReportLab
# ---------------------------------------------------------------------------
def build_press():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle, KeepTogether)
    from reportlab import rl_config
    rl_config.invariant = 1

    fontdir = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DVS", fontdir + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVS-B", fontdir + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVSerif", fontdir + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSerif-B", fontdir + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVSerif-I", fontdir + "DejaVuSerif-Italic.ttf"))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("DVSerif", normal="DVSerif", bold="DVSerif-B", italic="DVSerif-I", boldItalic="DVSerif-B")

    teal = colors.HexColor("#0b5e63")
    W, H = A4
    out = os.path.join(HERE, PRESS_PDF)

    def first_page(canv, doc):
        canv.saveState()
        # letterhead band
        canv.setFillColor(teal)
        canv.rect(0, H - 34 * mm, W, 34 * mm, stroke=0, fill=1)
        # emblem: three interlocking rings
        canv.setStrokeColor(colors.white)
        canv.setLineWidth(2)
        for dx in (0, 7, 14):
            canv.circle(22 * mm + dx * mm, H - 17 * mm, 5.5 * mm, stroke=1, fill=0)
        canv.setFillColor(colors.white)
        canv.setFont("DVS-B", 12.5)
        canv.drawString(48 * mm, H - 14 * mm, C.PRESS_BOARD)
        canv.setFont("DVS", 8)
        canv.drawString(48 * mm, H - 20 * mm, C.PRESS_ADDRESS[0])
        canv.drawString(48 * mm, H - 25 * mm, C.PRESS_ADDRESS[1])
        canv.setFont("DVS-B", 20)
        canv.setFillColor(teal)
        canv.drawString(20 * mm, H - 47 * mm, "PRESS RELEASE")
        canv.setFillColor(colors.black)
        canv.setFont("DVS", 8.5)
        canv.drawRightString(W - 20 * mm, H - 42 * mm, C.PRESS_REF)
        canv.drawRightString(W - 20 * mm, H - 47 * mm, C.PRESS_DATE)
        canv.setStrokeColor(teal)
        canv.setLineWidth(1)
        canv.line(20 * mm, H - 51 * mm, W - 20 * mm, H - 51 * mm)
        footer(canv, doc)
        canv.restoreState()

    def later_page(canv, doc):
        canv.saveState()
        canv.setFont("DVS", 7.5)
        canv.setFillColor(teal)
        canv.drawString(20 * mm, H - 14 * mm, "Brackenfold LSCB  \u00b7  Press release  \u00b7  "
                        + C.PRESS_REF.replace("Our ref: ", "") + "  \u00b7  continued")
        canv.setStrokeColor(teal)
        canv.line(20 * mm, H - 16 * mm, W - 20 * mm, H - 16 * mm)
        footer(canv, doc)
        canv.restoreState()

    def footer(canv, doc):
        canv.setStrokeColor(colors.HexColor("#999999"))
        canv.setLineWidth(0.5)
        canv.line(20 * mm, 16 * mm, W - 20 * mm, 16 * mm)
        canv.setFont("DVS", 7.5)
        canv.setFillColor(colors.HexColor("#333333"))
        canv.drawString(20 * mm, 11 * mm, C.PRESS_FOOTER)
        canv.drawRightString(W - 20 * mm, 11 * mm, "Page %d of 2" % doc.page)

    doc = BaseDocTemplate(out, pagesize=A4, title="Brackenfold LSCB press release: second serious case review (FICTIONAL)",
                          author="Brackenfold LSCB (fictional)", subject="FICTIONAL practice document",
                          creator="ReportLab", leftMargin=20 * mm, rightMargin=20 * mm)
    f1 = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 74 * mm, id="f1", leftPadding=0, rightPadding=0)
    f2 = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 40 * mm, id="f2", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=first_page, autoNextPageTemplate="later"),
                          PageTemplate("later", [f2], onPage=later_page)])

    emb = ParagraphStyle("emb", fontName="DVS-B", fontSize=9, textColor=colors.HexColor("#a01818"), spaceAfter=8)
    title = ParagraphStyle("t", fontName="DVSerif-B", fontSize=15, leading=19, spaceAfter=10, textColor=teal)
    body = ParagraphStyle("b", fontName="DVSerif", fontSize=9.8, leading=13.8, alignment=TA_LEFT)
    notes_h = ParagraphStyle("nh", fontName="DVS-B", fontSize=9.5, spaceBefore=8, spaceAfter=5, textColor=teal)
    ends = ParagraphStyle("e", fontName="DVS-B", fontSize=9, spaceBefore=4, spaceAfter=2)

    def numbered(n, text, size=None):
        st = body if size is None else ParagraphStyle("bs", parent=body, fontSize=size, leading=size * 1.38)
        t = Table([[Paragraph("%d." % n, st), Paragraph(text, st)]], colWidths=[10 * mm, W - 50 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
        return t

    story = [Paragraph(C.PRESS_EMBARGO, emb), Paragraph(C.PRESS_TITLE, title)]
    for n, text in C.PRESS_PARAS:
        story.append(numbered(n, text))
    story.append(Paragraph("ENDS", ends))
    story.append(Paragraph("Notes to editors", notes_h))
    for n, text in C.PRESS_NOTES:
        story.append(numbered(n, text, size=8.8))
    doc.build(story)
    fix_pdf_dates(out, PRESS_PDF_DATE)
    return out


def main():
    a = build_article()
    p = build_press()
    try:
        from pypdf import PdfReader
        for path in (a, p):
            print("%s: %d pages" % (os.path.basename(path), len(PdfReader(path).pages)))
    except ImportError:
        print("built", a, p)


if __name__ == "__main__":
    main()
