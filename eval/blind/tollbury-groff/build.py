"""Build the FICTIONAL Tollbury "Child K" blind corpus (two PDFs) with GNU groff.

Everything here is invented: Tollbury, Wexmoor, the Tollbury Local Safeguarding Children Board,
Child K, the family, the practitioners and every agency. The PDFs exist only to test scr-qa.

Generator: GNU groff 1.22.4 with the ms macros, the tbl preprocessor and the gropdf output
driver (`groff -ms -t -Tpdf -dpaper=a4 -P-pa4`). The document text lives in the groff sources
beside this script:

    src/report.ms  -> tollbury-scr-child-k-overview-report.pdf  (15 pages)
    src/letter.ms  -> tollbury-chair-letter-to-secretary-of-state.pdf  (3 pages)

Pair kerning is switched off (`.kern 0`) and hyphenation is disabled (`.nr HY 0`, `.nh`),
because with kerning on pypdf splits words ("ne xt"). gropdf stamps the current time as
/CreationDate and /ModDate; the build replaces both with a fixed date of the same length, so a
rebuild gives byte-identical files on the same groff version.

Needs: apt-get install -y groff   (ghostscript is not needed for this route)
Run:   python3 eval/blind/tollbury-groff/build.py
"""
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED_DATE = b"D:20130618090000+00'00'"

DOCS = [
    ("src/report.ms", "tollbury-scr-child-k-overview-report.pdf", ["-t"]),
    ("src/letter.ms", "tollbury-chair-letter-to-secretary-of-state.pdf", []),
]


def build(src, out, extra):
    cmd = ["groff", "-ms", *extra, "-Tpdf", "-dpaper=a4", "-P-pa4", str(HERE / src)]
    res = subprocess.run(cmd, check=True, capture_output=True)
    if res.stderr.strip():
        print(res.stderr.decode(errors="replace"))
    data = re.sub(rb"D:\d{14}[+-]\d\d'\d\d'", FIXED_DATE, res.stdout)
    (HERE / out).write_bytes(data)
    print("wrote", out, len(data), "bytes")


if __name__ == "__main__":
    for src, out, extra in DOCS:
        build(src, out, extra)
