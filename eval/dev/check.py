"""Check a development corpus folder against the checker rule in eval/README.md.

Usage:
    .venv/bin/python eval/dev/check.py eval/dev/harrowgate [eval/dev/kelsford ...]

For each folder it reads questions.jsonl and the PDFs beside it, and checks:

* every line is a JSON object with the required fields; ids are unique; types and tags are valid;
* answerable questions: non-empty answers, `file` is a PDF in the folder, `pages` are in range;
  every answer string occurs (NFKC, whitespace runs -> one space, casefold, substring) on at least
  one listed page of `file` or of an `alt` entry; every listed page (main and alt) holds at least
  one of the answers;
* unanswerable questions: answers [], file null, pages [] and no alt;
* the optional `paragraphs` (printed paragraph numbers) is a non-empty list of strings, only on
  answerable questions;
* every page of every PDF carries the word FICTIONAL.

Prints each error and a summary, and exits with status 1 if there are any errors.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from pypdf import PdfReader

TYPES = {"date", "number", "person", "factoid", "reason", "list", "unanswerable"}
TAGS = {"table", "page-break", "near-miss", "named-document", "exec-summary-only", "letter-only",
        "overview-only", "time", "number-in-words", "answered-in-heldout"}
REQUIRED = ("id", "question", "answers", "file", "pages", "type")
ALLOWED = set(REQUIRED) | {"alt", "tags", "note", "paragraphs"}


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().casefold()


def load_pages(folder):
    pages = {}
    for pdf in sorted(folder.glob("*.pdf")):
        pages[pdf.name] = [norm(p.extract_text() or "") for p in PdfReader(str(pdf)).pages]
    return pages


def check_folder(folder):
    folder = Path(folder)
    errors = []
    pages = load_pages(folder)
    if not pages:
        errors.append(f"{folder}: no PDFs found")
    for name, texts in pages.items():
        for i, t in enumerate(texts, 1):
            if "fictional" not in t:
                errors.append(f"{name} p{i}: page does not carry the word FICTIONAL")

    qpath = folder / "questions.jsonl"
    if not qpath.exists():
        return errors + [f"{qpath}: missing"], Counter(), 0
    lines = qpath.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    seen = set()
    types = Counter()
    for ln, line in enumerate(lines, 1):
        where = f"{qpath.name}:{ln}"
        if not line.strip():
            errors.append(f"{where}: blank line")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: bad JSON ({e})")
            continue
        if not isinstance(rec, dict):
            errors.append(f"{where}: not a JSON object")
            continue
        missing = [k for k in REQUIRED if k not in rec]
        if missing:
            errors.append(f"{where}: missing fields {missing}")
            continue
        qid = rec["id"]
        where = f"{qpath.name}:{ln} [{qid}]"
        extra = set(rec) - ALLOWED
        if extra:
            errors.append(f"{where}: unknown fields {sorted(extra)}")
        if not isinstance(qid, str) or not qid:
            errors.append(f"{where}: id must be a non-empty string")
        elif qid in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(qid)
        if not isinstance(rec["question"], str) or not rec["question"].strip():
            errors.append(f"{where}: empty question")
        qtype = rec["type"]
        types[qtype] += 1
        if qtype not in TYPES:
            errors.append(f"{where}: invalid type {qtype!r}")
        for tag in rec.get("tags", []) or []:
            if tag not in TAGS:
                errors.append(f"{where}: unknown tag {tag!r}")
        answers = rec["answers"]
        if not isinstance(answers, list) or not all(isinstance(a, str) and a.strip() for a in answers):
            errors.append(f"{where}: answers must be a list of non-empty strings")
            continue

        paras = rec.get("paragraphs")
        if "paragraphs" in rec and (qtype == "unanswerable" or not isinstance(paras, list) or not paras
                                    or not all(isinstance(x, str) and x.strip() == x and x for x in paras)):
            errors.append(f"{where}: paragraphs must be a non-empty list of printed paragraph numbers, "
                          "on answerable questions only")

        if qtype == "unanswerable":
            if answers != [] or rec["file"] is not None or rec["pages"] != [] or rec.get("alt"):
                errors.append(f"{where}: unanswerable needs answers [], file null, pages [] and no alt")
            continue

        if not answers:
            errors.append(f"{where}: answerable question with no answers")
            continue
        places = [(rec["file"], rec["pages"])] + [(a.get("file"), a.get("pages")) for a in rec.get("alt", []) or []]
        cited = []  # (file, page, normalised text)
        for fname, plist in places:
            if fname not in pages:
                errors.append(f"{where}: file {fname!r} is not a PDF in {folder}")
                continue
            if not isinstance(plist, list) or not plist:
                errors.append(f"{where}: pages for {fname} must be a non-empty list")
                continue
            if len(set(plist)) != len(plist):
                errors.append(f"{where}: repeated page in {plist} ({fname})")
            for p in plist:
                if not isinstance(p, int) or not 1 <= p <= len(pages[fname]):
                    errors.append(f"{where}: page {p!r} out of range for {fname} ({len(pages[fname])} pages)")
                    continue
                cited.append((fname, p, pages[fname][p - 1]))
        if not cited:
            continue
        normed = [norm(a) for a in answers]
        for a, na in zip(answers, normed):
            if not any(na in text for _, _, text in cited):
                errors.append(f"{where}: answer {a!r} not found on any listed page")
        for fname, p, text in cited:
            if not any(na in text for na in normed):
                errors.append(f"{where}: listed page {fname} p{p} holds none of the answers")
    return errors, types, len(lines)


def main(argv):
    if not argv:
        print(__doc__)
        return 2
    total_errors = 0
    for folder in argv:
        errors, types, n = check_folder(folder)
        for e in errors:
            print(f"ERROR {folder}: {e}")
        answerable = n - types.get("unanswerable", 0)
        print(f"{folder}: {n} questions ({answerable} answerable, {types.get('unanswerable', 0)} unanswerable); "
              + ", ".join(f"{t} {c}" for t, c in sorted(types.items())) + f"; {len(errors)} errors")
        total_errors += len(errors)
    return 1 if total_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
