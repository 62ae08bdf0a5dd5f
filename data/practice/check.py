#!/usr/bin/env python3
"""Check the FICTIONAL practice PDFs with pypdf (the extractor scr-qa uses).

Usage (from the repository root):

    .venv/bin/python data/practice/check.py                 # check the built PDFs
    .venv/bin/python data/practice/check.py --determinism   # also rebuild into a
                                                            # temp dir and compare bytes

For every PDF in data/practice/ it prints the page count and metadata title and
checks that every page contains "FICTIONAL" and the footer "Page N of M" with
the right N and M, that "[redacted]" occurs in the SCR documents, and that the
overview report's numbered paragraphs run in sequence.  For the overview report
it checks that the chronology table runs over at least two page breaks with the
header row repeated, and prints a sample of extracted text from a body page and
a table page.  Exit status is non-zero if any check fails.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
OVERVIEW = "wendmere-scr-overview-report.pdf"
EXEC_SUMMARY = "wendmere-scr-executive-summary.pdf"
# first and last rows of the chronology table (section 4 of the overview)
CHRONO_FIRST = "Ms A booked for antenatal care at 11 weeks"
CHRONO_LAST = "Chair of WLSCB decides to conduct a serious case review"
TABLE_HEADER = re.compile(r"^\s*Date\s*\n\s*Agency\s*\n\s*Event\s*$", re.M)

failures: list[str] = []


def check(cond: bool, msg: str) -> None:
    print(("  ok    " if cond else "  FAIL  ") + msg)
    if not cond:
        failures.append(msg)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def check_numbering(texts: list[str]) -> None:
    """Numbered paragraphs S.N and S.S.N must run 1, 2, 3 ... within a section."""
    labels = []
    for t in texts:
        for line in t.splitlines():
            m = re.match(r"^(\d{1,2})\.(\d{1,2})(?:\.(\d{1,2}))? \S", line)
            if m and not re.match(r"^\d+\.\d+(\.\d{4}| hrs)", line):  # dates, times
                labels.append(tuple(int(x) for x in m.groups() if x is not None))
    # sections numbered at three levels (5.2.3) have two-level *headings* (5.2)
    three = {lab[0] for lab in labels if len(lab) == 3}
    labels = [lab for lab in labels if not (len(lab) == 2 and lab[0] in three)]
    last: dict[tuple, int] = {}
    bad = []
    for lab in labels:
        parent, n = lab[:-1], lab[-1]
        expect = last.get(parent, 0) + 1
        if n != expect:
            bad.append(".".join(map(str, lab)) + f" (expected {expect})")
        last[parent] = n
    check(not bad, f"{len(labels)} numbered paragraphs in sequence"
          + (": out of order: " + ", ".join(bad[:8]) if bad else ""))


def check_pdf(path: Path) -> None:
    r = PdfReader(str(path))
    n = len(r.pages)
    title = (r.metadata or {}).get("/Title", None)
    print(f"\n{path.name}: {n} pages, {path.stat().st_size // 1024} KB, "
          f"metadata title = {title!r}")
    texts = [p.extract_text() or "" for p in r.pages]
    missing_fict = [i + 1 for i, t in enumerate(texts) if "FICTIONAL" not in t]
    check(not missing_fict, "every page contains 'FICTIONAL'"
          + (f" (missing on {missing_fict})" if missing_fict else ""))
    bad_footer = [i + 1 for i, t in enumerate(texts) if f"Page {i + 1} of {n}" not in t]
    check(not bad_footer, f"every page has footer 'Page N of {n}'"
          + (f" (wrong on {bad_footer})" if bad_footer else ""))
    stray = [i + 1 for i, t in enumerate(texts)
             for m in re.finditer(r"Page (\d+) of (\d+)", t)
             if (int(m.group(1)), int(m.group(2))) != (i + 1, n)]
    check(not stray, "no stray 'Page x of y' strings")

    if path.name == EXEC_SUMMARY:
        check(not title, "executive summary has an EMPTY metadata title")
        first_line = texts[0].splitlines()[1:5]
        print("        page 1 opening lines:", first_line)
    else:
        check(bool(title), "metadata title is set")

    if path.name in (OVERVIEW, EXEC_SUMMARY):
        count = sum(t.count("[redacted]") for t in texts)
        check(count > 0, f"'[redacted]' occurs ({count} times)")

    if path.name == OVERVIEW:
        check(25 <= n <= 32, "overview report has 25-32 pages")
        first = next((i for i, t in enumerate(texts) if CHRONO_FIRST in flat(t)), None)
        last = next((i for i, t in enumerate(texts) if CHRONO_LAST in flat(t)), None)
        header_pages = [i + 1 for i, t in enumerate(texts) if TABLE_HEADER.search(t)]
        if first is None or last is None:
            check(False, "chronology table found")
        else:
            print(f"        chronology table: pages {first + 1}-{last + 1}; "
                  f"header row on pages {header_pages}")
            check(last - first >= 2, "chronology table spans at least two page breaks")
            check(all(p in header_pages for p in range(first + 1, last + 2)),
                  "header row repeated on every page of the table")
        body = re.compile(r"\n3\.\d+ ")
        body_page = next((i for i, t in enumerate(texts) if body.search(t)), 3)
        print(f"\n  --- sample: body page {body_page + 1} (first 900 chars) ---")
        print(texts[body_page][:900])
        if first is not None:
            tp = first + 1
            print(f"\n  --- sample: table page {tp + 1} (first 1200 chars) ---")
            print(texts[tp][:1200])
        check_numbering(texts)
        toc = texts[1]
        toc_ok = all(re.search(rf"{re.escape(h)}[ .]+{p}\b", flat(toc)) for h, p in [
            ("4. Chronology of key events", next(i + 1 for i, t in enumerate(texts)
                                               if "4. Chronology of key events" in t
                                               and i > 1)),
        ])
        check(toc_ok, "contents page gives the real page number of section 4")
    if path.name == EXEC_SUMMARY:
        check(5 <= n <= 8, "executive summary has 5-8 pages")
        check_numbering_simple(texts)
    if "letter" in path.name:
        check(2 <= n <= 3, "letter has 2-3 pages")


def check_numbering_simple(texts: list[str]) -> None:
    nums = [int(m.group(1)) for t in texts for m in re.finditer(r"^(\d{1,2})\. \S", t, re.M)]
    check(nums == list(range(1, len(nums) + 1)),
          f"executive summary paragraphs numbered 1..{len(nums)} in sequence")


def digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def main(argv: list[str]) -> int:
    pdfs = sorted(HERE.glob("*.pdf"))
    if not pdfs:
        print("no PDFs found - run build.py first")
        return 1
    for p in pdfs:
        check_pdf(p)
    if "--determinism" in argv:
        print("\nrebuilding into a temporary directory to test reproducibility ...")
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, str(HERE / "build.py"), "--outdir", tmp],
                           check=True, stdout=subprocess.DEVNULL)
            for p in pdfs:
                q = Path(tmp) / p.name
                check(q.exists() and digest(p) == digest(q),
                      f"{p.name} rebuilds byte-identically")
    print("\n" + ("ALL CHECKS PASSED" if not failures else f"{len(failures)} CHECK(S) FAILED"))
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
