"""Rebuild the FICTIONAL Oakhurst "Child R" corpus PDFs with Typst.

Generator: Typst, through its Python binding (PyPI package ``typst``, tested with 0.15.2, which
bundles the Typst compiler and the Libertinus Serif font). No other tool is used.

The document text and layout live in the Typst sources beside this script:

    src/style.typ     shared colours, numbered-paragraph helper, pull quote and sidebar boxes
    src/report.typ    the review report (cover, roman front matter, two-column body, appendix)
    src/briefing.typ  the two-page landscape practice briefing (three columns of boxes)

Run (in a venv that has typst and pypdf):

    python3 -m venv /tmp/gen-oakhurst && /tmp/gen-oakhurst/bin/pip install typst pypdf
    /tmp/gen-oakhurst/bin/python build.py

Each document sets a fixed ``document(date: ...)``, so a rebuild with the same typst version gives
the same bytes. After building, the script prints each PDF's page count and checks that every page's
pypdf text contains the word FICTIONAL.
"""
from pathlib import Path

import typst

HERE = Path(__file__).resolve().parent
DOCS = {
    "src/report.typ": "oakhurst-cspr-child-r-report.pdf",
    "src/briefing.typ": "oakhurst-child-r-practice-briefing.pdf",
}


def main():
    for src, out in DOCS.items():
        typst.compile(str(HERE / src), output=str(HERE / out), root=str(HERE))
        try:
            from pypdf import PdfReader
        except ImportError:
            print(f"built {out}")
            continue
        pages = PdfReader(str(HERE / out)).pages
        missing = [i for i, p in enumerate(pages, 1) if "FICTIONAL" not in (p.extract_text() or "")]
        print(f"built {out}: {len(pages)} pages" + (f"; FICTIONAL missing on {missing}" if missing else ""))


if __name__ == "__main__":
    main()
