"""Small PDFs for tests, drawn line by line with reportlab so every line's page is known exactly."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def make_pdf(
    path: str | Path,
    pages: list[list[str]],
    title: str | None = None,
    header: str | None = None,
    footer: bool = False,
    font_size: float = 10,
    title_line: str | None = None,
) -> Path:
    """Write a PDF whose page i holds the lines ``pages[i]`` (top to bottom).

    ``header`` is drawn at the top of every page; ``footer`` adds "Page N of M"; ``title`` sets the PDF
    metadata title; ``title_line`` is drawn in a large font at the top of page 1.
    """
    path = Path(path)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    if title is not None:
        c.setTitle(title)
    width, height = A4
    total = len(pages)
    for number, lines in enumerate(pages, start=1):
        y = height - 50
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(50, y, header)
            y -= 30
        if title_line and number == 1:
            c.setFont("Helvetica-Bold", 20)
            c.drawString(50, y, title_line)
            y -= 36
        c.setFont("Helvetica", font_size)
        for line in lines:
            c.drawString(50, y, line)
            y -= font_size * 1.4
        if footer:
            c.setFont("Helvetica", 8)
            c.drawString(width / 2 - 30, 30, f"Page {number} of {total}")
        c.showPage()
    c.save()
    return path
