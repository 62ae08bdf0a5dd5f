"""Build the FICTIONAL Stonemere "Child R" development corpus (two PDFs) with pdfLaTeX.

Everything here is invented: Stonemere, its Safeguarding Children Partnership, Child R, her family,
the practitioners, the agencies and the events. The PDFs exist only to test scr-qa.

Generator: pdfLaTeX (/usr/bin/pdflatex, TeX Live 2022), from the two .tex sources beside this file:

    stonemere-cspr-child-r-report.tex        -> stonemere-cspr-child-r-report.pdf
    stonemere-child-r-learning-brief.tex     -> stonemere-child-r-learning-brief.pdf

Run it with any Python 3 (no third-party packages needed):

    python3 eval/dev/stonemere-latex/build.py

Each source is compiled three times in a temporary directory (contents, longtable widths, PageLabels)
and the PDF copied here. The build is deterministic: SOURCE_DATE_EPOCH and FORCE_SOURCE_DATE are set,
the sources set \\pdfinfoomitdate=1, an empty \\pdftrailerid and a fixed \\today, so a rebuild with the
same TeX installation gives byte-identical files.
"""
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PDFLATEX = shutil.which("pdflatex") or "/usr/bin/pdflatex"
SOURCES = ["stonemere-cspr-child-r-report.tex", "stonemere-child-r-learning-brief.tex"]


def build(name):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1730678400", FORCE_SOURCE_DATE="1", TZ="UTC")
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(HERE / name, tmp)
        for _ in range(3):
            r = subprocess.run([PDFLATEX, "-interaction=nonstopmode", "-halt-on-error", name],
                               cwd=tmp, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            if r.returncode:
                sys.stdout.write(r.stdout.decode("utf-8", "replace")[-3000:])
                raise SystemExit(f"pdflatex failed on {name}")
        pdf = Path(name).with_suffix(".pdf").name
        shutil.copy(Path(tmp) / pdf, HERE / pdf)
        print("built", pdf)


if __name__ == "__main__":
    for src in SOURCES:
        build(src)
