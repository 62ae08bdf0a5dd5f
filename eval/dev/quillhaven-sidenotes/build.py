#!/usr/bin/env python3
"""Rebuild the FICTIONAL Quillhaven "Child V" corpus PDFs.

Generator: LaTeX (pdfTeX, `pdflatex`, from Debian TeX Live: texlive-latex-extra,
texlive-fonts-recommended). The document text lives in the two .tex files beside
this script:

  quillhaven-lcspr-child-v-review.tex        -> quillhaven-lcspr-child-v-review.pdf
  quillhaven-child-v-executive-summary.tex   -> quillhaven-child-v-executive-summary.pdf

Run:  python3 build.py        (any Python 3; needs pdflatex on PATH)

Each file is compiled twice (for the table of contents) in a temporary folder and
the PDF is copied here. SOURCE_DATE_EPOCH/FORCE_SOURCE_DATE, \\pdfinfoomitdate,
\\pdftrailerid{} and \\pdfsuppressptexinfo make the output deterministic.
"""
import os, shutil, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = ["quillhaven-lcspr-child-v-review", "quillhaven-child-v-executive-summary"]

def main():
    env = dict(os.environ, SOURCE_DATE_EPOCH="1748822400", FORCE_SOURCE_DATE="1")
    for name in DOCS:
        with tempfile.TemporaryDirectory() as tmp:
            for _ in range(2):
                r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error",
                                    "-output-directory", tmp, os.path.join(HERE, name + ".tex")],
                                   cwd=HERE, env=env, capture_output=True, text=True)
                if r.returncode != 0:
                    sys.stderr.write(r.stdout[-3000:])
                    sys.exit(f"pdflatex failed on {name}.tex")
            shutil.copy(os.path.join(tmp, name + ".pdf"), os.path.join(HERE, name + ".pdf"))
        print("built", name + ".pdf")

if __name__ == "__main__":
    main()
