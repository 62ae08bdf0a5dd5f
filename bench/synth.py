"""Synthetic corpora for the scaling benchmark: the practice corpus's text, copied N times and perturbed.

Every copy is re-drawn with reportlab from the text pypdf extracts from data/practice (page by page, line
by line, running header and "Page N of M" footer included), with names, places, dates, years and sums
of money changed per copy so that no two copies are identical (otherwise BM25 statistics and the FAISS
neighbourhoods would be degenerate). Copy 0 is perturbed too, so 1x goes through the same path as 100x.
The PDFs go into a temporary folder; nothing here is meant to be committed.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

PRACTICE = Path(__file__).resolve().parent.parent / "data" / "practice"

MONTHS = (
    "January February March April May June July August September October November December".split()
)
TOWNS = [
    "Wendmere", "Ashcombe", "Barrowby", "Caldhurst", "Dunford", "Elmsworth", "Fallowfield", "Greyholt",
    "Harwick", "Ivybridge", "Jessop", "Kilnsey", "Longmarsh", "Millbeck", "Northope", "Oakhanger",
]
COUNTIES = ["Eastmarch", "Westmoor", "Southdale", "Northfell", "Midvale"]
LETTERS = "TPQRSVWXYZKLMN"
SURNAMES = ["Calloway", "Tennant", "Hollins", "Brookfield", "Linden", "Carrow", "Kesford", "Elmhurst"]
NEW_SURNAMES = [
    "Ashworth", "Bramley", "Cotterill", "Dunmore", "Ellery", "Fenwick", "Garside", "Hebden", "Ingram",
    "Jarrow", "Kendal", "Lumley", "Marsden", "Nuttall", "Oldroyd", "Pickles", "Quarmby", "Rawnsley",
]
_DATE = re.compile(r"\b(\d{1,2})(\s+)(" + "|".join(MONTHS) + r")\b")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")
_MONEY = re.compile(r"£(\d{1,3}(?:,\d{3})*|\d+)")
_SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2,4})\b")


def practice_pages(source: Path = PRACTICE) -> dict[str, list[list[str]]]:
    """{file stem: [lines of each page]} as pypdf extracts them (header and footer lines included)."""
    from pypdf import PdfReader

    out: dict[str, list[list[str]]] = {}
    for pdf in sorted(source.glob("*.pdf")):
        pages = []
        for page in PdfReader(str(pdf)).pages:
            text = page.extract_text() or ""
            pages.append([line.rstrip() for line in text.splitlines() if line.strip()])
        out[pdf.stem] = pages
    return out


def perturb(text: str, copy: int, rng: random.Random) -> str:
    """Change names, places, dates, years and sums consistently within one copy."""
    k = copy + 1  # copy 0 is changed too
    town, county, letter = TOWNS[k % len(TOWNS)], COUNTIES[k % len(COUNTIES)], LETTERS[k % len(LETTERS)]
    surnames = {s: NEW_SURNAMES[(copy + i) % len(NEW_SURNAMES)] for i, s in enumerate(SURNAMES)}
    day_shift = copy % 27 + 1
    year_shift = copy % 4
    text = text.replace("Wendmere", town).replace("Eastmarch", county).replace("Child T", f"Child {letter}")
    for old, new in surnames.items():
        text = text.replace(old, new)
    text = _DATE.sub(lambda m: f"{(int(m.group(1)) - 1 + day_shift) % 28 + 1}{m.group(2)}{m.group(3)}", text)
    text = _SLASH_DATE.sub(
        lambda m: f"{(int(m.group(1)) - 1 + day_shift) % 28 + 1:02d}/{m.group(2)}/{m.group(3)}", text
    )
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + year_shift), text)
    text = _MONEY.sub(lambda m: f"£{int(m.group(1).replace(',', '')) * (copy % 9 + 2) // 2 + rng.randint(0, 99):,}", text)
    return text


def write_pdf(path: Path, pages: list[list[str]], title: str) -> None:
    """One PDF page per input page, the lines drawn top to bottom in a font small enough to fit."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    width, height = A4
    for lines in pages:
        usable = height - 80
        leading = min(12.0, usable / max(1, len(lines)))
        size = max(5.0, min(9.0, leading / 1.25))
        c.setFont("Helvetica", size)
        y = height - 40
        for line in lines:
            c.drawString(36, y, line)
            y -= leading
        c.showPage()
    c.save()


def make_corpus(out_dir: str | Path, scale: int, seed: int = 1) -> dict[str, int]:
    """Write ``scale`` perturbed copies of the practice corpus into ``out_dir``; returns counts."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    source = practice_pages()
    files = pages = 0
    for copy in range(scale):
        rng = random.Random(seed * 100_003 + copy)
        for stem, doc_pages in source.items():
            new_pages = [[perturb(line, copy, rng) for line in lines] for lines in doc_pages]
            title = f"{stem} (synthetic copy {copy})"
            write_pdf(out / f"{stem}-c{copy:03d}.pdf", new_pages, title)
            files += 1
            pages += len(new_pages)
    return {"files": files, "pages": pages}


if __name__ == "__main__":  # pragma: no cover - manual check: python bench/synth.py OUT SCALE
    import sys

    print(make_corpus(sys.argv[1], int(sys.argv[2])))
