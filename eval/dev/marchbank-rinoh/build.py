"""Rebuild the Marchbank (FICTIONAL) Serious Case Review corpus.

Generator: rinohtype (reStructuredText -> PDF with rinohtype's own layout engine, "book"
document template, sphinx_article stylesheet with heading numbering switched off because the section
and paragraph numbers are part of the text).

Sources held in this folder:
    overview.rst  -> marchbank-scr-child-f-overview-report.pdf
    summary.rst   -> marchbank-scr-child-f-executive-summary.pdf
    common.rts    (stylesheet); the template configurations (.rtt) are written by this script.

Run:
    python3 -m venv /tmp/gen-rinoh && /tmp/gen-rinoh/bin/pip install pypdf rinohtype
    /tmp/gen-rinoh/bin/python build.py

The PDFs' metadata dates are fixed afterwards with pypdf so a rebuild gives the same text.
Every person, place and agency in these documents is fictional.
"""
import shutil
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader, PdfWriter

HERE = Path(__file__).resolve().parent
RINOH = Path(sys.executable).with_name("rinoh")

DOCS = [
    ("overview", "marchbank-scr-child-f-overview-report.pdf", "Overview report"),
    ("summary", "marchbank-scr-child-f-executive-summary.pdf", "Executive summary"),
]

RTT = """[TEMPLATE_CONFIGURATION]
name = marchbank {kind}
template = book
stylesheet = common.rts
language = en
parts = title front_matter contents
{extra_conf}

[VARIABLES]
paper_size = A4

[title]
end_at_page = any

[front_matter]
page_number_format = continue
end_at_page = any

[contents]
page_number_format = continue
end_at_page = any

[page]
left_margin = 2.5cm
right_margin = 2.5cm
top_margin = 2.5cm
bottom_margin = 2.3cm
header_text = '{header}'
footer_text = 'FICTIONAL\\t\\tPage {{PAGE_NUMBER}}'

[front_matter_right_page]
header_text = '{header}'
footer_text = 'FICTIONAL\\t\\tPage {{PAGE_NUMBER}}'
chapter_header_text = '{header}'
chapter_footer_text = 'FICTIONAL\\t\\tPage {{PAGE_NUMBER}}'
chapter_title_height = 1.5cm

[front_matter_left_page]
header_text = '{header}'
footer_text = 'FICTIONAL\\t\\tPage {{PAGE_NUMBER}}'

[contents_right_page]
header_text = '{header}'
footer_text = 'FICTIONAL\\t\\tPage {{PAGE_NUMBER}}'
chapter_header_text = '{header}'
chapter_footer_text = 'FICTIONAL\\t\\tPage {{PAGE_NUMBER}}'
chapter_title_height = 1.6cm

[contents_left_page]
header_text = '{header}'
footer_text = 'FICTIONAL\\t\\tPage {{PAGE_NUMBER}}'
"""


def build(stem, pdf_name, kind):
    header = f"FICTIONAL — Marchbank SCR: Child F — {kind}"
    rtt = HERE / f"{stem}.rtt"
    rtt.write_text(RTT.format(kind=kind, header=header, extra_conf=""), encoding="utf-8")
    out = HERE / f"{stem}.pdf"
    subprocess.run(["timeout", "300", str(RINOH), "--template", rtt.name, f"{stem}.rst"], cwd=HERE, check=True,
                   stdout=subprocess.DEVNULL)
    reader = PdfReader(str(out))
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.add_metadata({"/Title": f"Serious Case Review: Child F — {kind} (FICTIONAL)",
                         "/Author": "Dr Helen Ashdown (fictional)",
                         "/Producer": "rinohtype",
                         "/CreationDate": "D:20140314000000Z",
                         "/ModDate": "D:20140314000000Z"})
    with open(HERE / pdf_name, "wb") as fh:
        writer.write(fh)
    out.unlink()
    for leftover in (HERE / f"{stem}.rtc", HERE / f"{stem}.stylelog", rtt):
        leftover.unlink(missing_ok=True)


if __name__ == "__main__":
    for doc in DOCS:
        build(*doc)
    for name in (HERE / "__pycache__",):
        shutil.rmtree(name, ignore_errors=True)
