#!/usr/bin/env python3
"""Rebuild the FICTIONAL Whitlow "Children R and S" Serious Case Review corpus.

Generator: GNU groff 1.22.4 with the -me macro package and the tbl preprocessor, PDF output
through gropdf:  groff -me -t -Tpdf -P-pa4 SOURCE.me > OUT.pdf
(Debian: apt-get install -y groff ghostscript). The document text lives in the groff sources beside
this script: whitlow-overview.me, whitlow-executive-summary.me and the shared page set-up common.tmac
(A4, 12 pt, hyphenation, kerning and ligatures off, running header and footer with FICTIONAL).

Run:  python3 build.py      (needs only the Python standard library and groff on PATH)

gropdf stamps the current time into /CreationDate and /ModDate; this script replaces both with a fixed
date of the same length, so a rebuild gives the same bytes with the same groff build.
"""
import pathlib
import re
import subprocess

HERE = pathlib.Path(__file__).resolve().parent
DOCS = {
    "whitlow-overview.me": "whitlow-scr-overview-report.pdf",
    "whitlow-executive-summary.me": "whitlow-scr-executive-summary.pdf",
}
FIXED = b"(D:20140917090000+00'00')"


def build(src: str, out: str) -> None:
    pdf = subprocess.run(
        ["groff", "-me", "-t", "-Tpdf", "-P-pa4", src],
        cwd=HERE, check=True, capture_output=True,
    ).stdout
    pdf = re.sub(rb"/(CreationDate|ModDate) \(D:[0-9+\-']+\)",
                 lambda m: b"/" + m.group(1) + b" " + FIXED, pdf)
    (HERE / out).write_bytes(pdf)
    print("wrote", out, len(pdf), "bytes")


if __name__ == "__main__":
    for src, out in DOCS.items():
        build(src, out)
