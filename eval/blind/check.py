#!/usr/bin/env python3
"""Check a blind evaluation corpus: questions.jsonl against the text of its PDFs.

    .venv/bin/python eval/blind/check.py eval/blind/northmoor [eval/blind/eastholm ...]

For each corpus folder (holding the PDFs and questions.jsonl) this applies the checker rule of
eval/README.md: page text is pypdf's extract_text() of the 1-based page, the gold string and the
page text are normalised (Unicode NFKC, every whitespace run -> one space, casefold), and each
answer must be a substring of a page listed in `pages` (of `file`) or in an `alt` entry.

It also checks that:
  * every record has the required fields, ids are unique and types are valid;
  * unanswerable records have answers [], file null and pages [];
  * answerable records have at least one answer, an existing file and listed pages that exist;
  * every listed page (in `pages` and `alt`) contains at least one of the answers;
  * for `list` questions every item is on a listed page;
  * every page of every PDF in the folder carries the word FICTIONAL.

Prints a summary per type and exits non-zero on any error.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

from pypdf import PdfReader

TYPES = {"date", "number", "person", "factoid", "reason", "list", "unanswerable"}
REQUIRED = ("id", "question", "answers", "file", "pages", "type")


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().casefold()


def load_pages(folder):
    pages = {}
    for name in sorted(os.listdir(folder)):
        if name.lower().endswith(".pdf"):
            reader = PdfReader(os.path.join(folder, name))
            pages[name] = [norm(p.extract_text() or "") for p in reader.pages]
    return pages


def check_corpus(folder):
    errors = []
    pages = load_pages(folder)
    if not pages:
        errors.append("no PDFs in %s" % folder)
    for name, texts in pages.items():
        for i, t in enumerate(texts, start=1):
            if "fictional" not in t:
                errors.append("%s page %d does not carry the word FICTIONAL" % (name, i))

    qpath = os.path.join(folder, "questions.jsonl")
    records = []
    with open(qpath, encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                errors.append("line %d: blank line" % n)
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON (%s)" % (n, e))

    seen = set()
    by_type = Counter()
    tags = Counter()
    for rec in records:
        rid = rec.get("id", "?")
        for key in REQUIRED:
            if key not in rec:
                errors.append("%s: missing field %r" % (rid, key))
        if rid in seen:
            errors.append("%s: duplicate id" % rid)
        seen.add(rid)
        qtype = rec.get("type")
        if qtype not in TYPES:
            errors.append("%s: invalid type %r" % (rid, qtype))
            continue
        by_type[qtype] += 1
        for t in rec.get("tags", []):
            tags[t] += 1
        answers = rec.get("answers")
        if not isinstance(answers, list):
            errors.append("%s: answers is not a list" % rid)
            continue
        if not str(rec.get("question", "")).strip():
            errors.append("%s: empty question" % rid)

        if qtype == "unanswerable":
            if answers != [] or rec.get("file") is not None or rec.get("pages") != []:
                errors.append("%s: unanswerable needs answers [], file null, pages []" % rid)
            if rec.get("alt"):
                errors.append("%s: unanswerable should have no alt" % rid)
            continue

        if not answers:
            errors.append("%s: answerable question with no answers" % rid)
            continue
        # (file, page) places where the answers may be
        places = []
        fname = rec.get("file")
        if fname not in pages:
            errors.append("%s: file %r not in corpus" % (rid, fname))
            continue
        if not rec.get("pages"):
            errors.append("%s: no pages listed" % rid)
        places += [(fname, p) for p in rec.get("pages", [])]
        for alt in rec.get("alt", []) or []:
            if alt.get("file") not in pages:
                errors.append("%s: alt file %r not in corpus" % (rid, alt.get("file")))
                continue
            if not alt.get("pages"):
                errors.append("%s: alt entry for %s has no pages" % (rid, alt.get("file")))
            places += [(alt["file"], p) for p in alt.get("pages", [])]
        ok_places = []
        for f, p in places:
            if not isinstance(p, int) or p < 1 or p > len(pages[f]):
                errors.append("%s: %s has no page %r" % (rid, f, p))
            else:
                ok_places.append((f, p))
        # each answer must be on at least one listed page
        for a in answers:
            na = norm(a)
            if not na:
                errors.append("%s: empty answer string" % rid)
                continue
            if not any(na in pages[f][p - 1] for f, p in ok_places):
                errors.append("%s: answer %r not found on any listed page" % (rid, a))
        # each listed page must hold at least one answer
        for f, p in ok_places:
            if not any(norm(a) in pages[f][p - 1] for a in answers):
                errors.append("%s: listed page %s p%d holds none of the answers" % (rid, f, p))
        if len(set(places)) != len(places):
            errors.append("%s: a page is listed twice" % rid)

    print("== %s: %d questions" % (folder, len(records)))
    answerable = sum(v for k, v in by_type.items() if k != "unanswerable")
    for t in ["date", "number", "person", "factoid", "reason", "list", "unanswerable"]:
        n = by_type.get(t, 0)
        share = 100.0 * n / len(records) if records else 0
        print("   %-13s %3d  (%4.1f%%)" % (t, n, share))
    print("   answerable %d, unanswerable %d" % (answerable, by_type.get("unanswerable", 0)))
    if tags:
        print("   tags: " + ", ".join("%s=%d" % kv for kv in sorted(tags.items())))
    for name, texts in pages.items():
        print("   %s: %d pages" % (name, len(texts)))
    for e in errors:
        print("   ERROR " + e)
    print("   %d error(s)" % len(errors))
    return len(errors)


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    folders = argv or sorted(os.path.join(here, d) for d in os.listdir(here)
                             if os.path.isfile(os.path.join(here, d, "questions.jsonl")))
    total = 0
    for folder in folders:
        total += check_corpus(folder)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
