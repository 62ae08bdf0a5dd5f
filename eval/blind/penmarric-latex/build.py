"""Build the FICTIONAL Penmarric "Child J" blind corpus (two PDFs) with pdflatex.

Everything here is invented: Penmarric, its Regional Safeguarding Board, Llanfrith, Wrexley,
Child J, his family, the practitioners and every agency. The PDFs exist only to test scr-qa.

Generator: pdfTeX (TeX Live, Debian packages texlive-latex-base, texlive-latex-recommended,
texlive-latex-extra). The document text lives in src/report.tex and src/briefing.tex, with a
shared src/preamble.tex. Each document is compiled three times (longtable widths, hyperref
page labels) in a temporary folder and the PDF is copied here.

Determinism: SOURCE_DATE_EPOCH and FORCE_SOURCE_DATE are fixed, and the preamble sets
\\pdfinfoomitdate=1, \\pdftrailerid{} and \\pdfsuppressptexinfo=-1, so a rebuild with the same
TeX Live gives byte-identical files.

    apt-get install -y texlive-latex-base texlive-latex-recommended texlive-latex-extra
    python3 eval/blind/penmarric-latex/build.py
"""
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
DOCS = {
    "report.tex": "penmarric-ecpr-child-j-report.pdf",
    "briefing.tex": "penmarric-child-j-seven-minute-briefing.pdf",
}


def main():
    env = dict(os.environ, SOURCE_DATE_EPOCH="1764000000", FORCE_SOURCE_DATE="1", TZ="UTC")
    for tex, pdf in DOCS.items():
        with tempfile.TemporaryDirectory() as tmp:
            for f in SRC.glob("*.tex"):
                shutil.copy(f, tmp)
            for _ in range(3):
                subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", tex],
                               cwd=tmp, env=env, check=True, stdout=subprocess.DEVNULL)
            shutil.copy(Path(tmp) / tex.replace(".tex", ".pdf"), HERE / pdf)
        print("wrote", pdf)


if __name__ == "__main__":
    main()
