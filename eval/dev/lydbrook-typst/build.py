#!/usr/bin/env python3
"""Build the FICTIONAL Lydbrook and Vale corpus (Typst -> PDF).

Run with the venv that has the `typst` Python bindings:

    /tmp/lydbrook-typst-work/venv/bin/python build.py

(create it with: python3 -m venv /tmp/lydbrook-typst-work/venv &&
 /tmp/lydbrook-typst-work/venv/bin/pip install typst pypdf)

The Typst sources are in src/. The creation timestamp and the document date are
fixed, so rebuilds give identical files.
"""
import datetime
import hashlib
import pathlib
import sys

import typst

HERE = pathlib.Path(__file__).resolve().parent
SRC = HERE / "src"
STAMP = datetime.datetime(2024, 5, 14, 9, 0, 0, tzinfo=datetime.timezone.utc)

DOCS = [
    ("report.typ", "lydbrook-cpr-baby-elin-report.pdf"),
    ("briefing.typ", "lydbrook-cpr-baby-elin-7-minute-briefing.pdf"),
]


def main() -> int:
    for src, out in DOCS:
        pdf = typst.compile(str(SRC / src), root=str(SRC), timestamp=STAMP, format="pdf")
        (HERE / out).write_bytes(pdf)
        try:
            from pypdf import PdfReader

            r = PdfReader(str(HERE / out))
            n = len(r.pages)
            labels = [r.page_labels[i] for i in range(n)]
            bad = [i + 1 for i in range(n) if "FICTIONAL" not in r.pages[i].extract_text()]
            print(f"{out}: {n} pages, labels {labels}, md5 {hashlib.md5(pdf).hexdigest()}")
            if bad:
                print(f"  WARNING: pages without FICTIONAL: {bad}")
        except ImportError:
            print(f"{out}: written ({len(pdf)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
