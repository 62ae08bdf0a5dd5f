"""``scr-qa ask``, ``compare`` and ``timeline``: answers, side-by-side answers and dated events, printed as
text (quotes and citations in words), JSON or CSV."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from typing import Any

from qa.cli.common import _err, _index_dir
from qa.types import page_words, paragraph_words


def _paragraph(c: dict[str, Any]) -> str:
    words = paragraph_words(c.get("paragraph"))
    return f", {words}" if words else ""


def format_citation(c: dict[str, Any]) -> str:
    para = _paragraph(c)
    return f"{c['title']}, {page_words(c['page'], c.get('page_end'), c.get('page_label'))}{para} ({c['file']})"


def print_answer(d: dict[str, Any], reason: str = "") -> None:
    citations = d["citations"]
    if d["answerable"]:
        short = d.get("short_answer")
        if short and short != d["answer"]:  # not sure of the span: the clause that answers, the span within it
            print(f"The reviews say: {d['answer']}")
            print(f"  (most likely: {short})")
        else:
            print(f"Answer: {d['answer']}")
        if citations:
            first = citations[0]
            print(textwrap.indent(textwrap.fill(f"“{first['quote']}”", 100), "  "))
            level = f"{level} " if (level := d.get("confidence_level")) else ""
            print(f"  — {format_citation(first)}   {level}confidence {d['score']:.2f}")
        rest = citations[1:]
        label = "Other passages:"
    else:
        print(f"Not found in these documents ({reason})." if reason else "Not found in these documents.")
        rest = citations
        label = "Closest passages (they do not answer the question):"
    if rest:
        print(label)
        for i, c in enumerate(rest, start=1):
            print(f"  {i}. {format_citation(c)}")
            print(textwrap.indent(textwrap.fill(f"“{c['quote']}”", 96), "     "))


def cmd_ask(args: argparse.Namespace) -> int:
    import qa

    options: dict[str, Any] = {}
    if args.config != "shipped":  # a baseline pipeline (for benchmarks and comparisons)
        from qa import api

        options["config"] = {"lexical-only": api.LEXICAL_ONLY, "dense-only": api.DENSE_ONLY,
                             "rules-only": api.RULES_ONLY, "model-only": api.MODEL_ONLY}[args.config]
    try:
        answer = qa.ask(args.question, _index_dir(args), k=args.k, files=args.file or None, **options)
    except Exception as exc:  # noqa: BLE001
        _err(str(exc))
        return 1
    if args.json:
        print(json.dumps(answer.to_dict(), indent=2, ensure_ascii=False))
    else:
        print_answer(answer.to_dict(), reason=answer.abstain_reason)
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    import qa

    try:
        result = qa.compare(args.question, _index_dir(args), files=args.file or None)
    except Exception as exc:  # noqa: BLE001
        _err(str(exc))
        return 1
    data = result.to_dict()
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print(f"Q: {data['question']}")
    for doc in data["documents"]:
        print(f"\n{doc['title']} ({doc['file']})")
        if doc["answerable"]:
            c = doc["citations"][0]
            print(f"  {doc['answer']}")
            print(textwrap.indent(textwrap.fill(f"“{c['quote']}”", 96), "    "))
            para = _paragraph(c)
            print(f"    — {page_words(c['page'], c.get('page_end'), c.get('page_label'))}{para}   confidence {doc['score']:.2f}")
        else:
            print("  Not addressed in this document.")
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    import csv

    import qa

    try:
        events = qa.timeline(_index_dir(args), query=args.query, files=args.file or None)
    except Exception as exc:  # noqa: BLE001
        _err(str(exc))
        return 1
    rows = [e.to_dict() for e in events]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    elif args.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(["date", "precision", "date_text", "event", "citations"])
        for r in rows:
            cites = "; ".join(f"{c['file']} p.{c['page']}" + (f" para {c['paragraph']}" if c.get("paragraph") else "") for c in r["citations"])
            writer.writerow([r["date"], r["precision"], r["date_text"], r["event"], cites])
    else:
        for r in rows:
            pages: dict[str, list[str]] = {}
            for c in r["citations"]:
                pages.setdefault(c["file"], []).append(str(c["page"]))
            cites = "; ".join(f"{file} p.{', '.join(dict.fromkeys(p))}" for file, p in pages.items())
            print(f"{r['date']:<10}  {textwrap.shorten(r['event'], 110)}  [{cites}]")
    return 0
