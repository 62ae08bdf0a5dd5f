"""The questions file (format in eval/README.md): ``Gold`` records, reading and validating them, and the
checker that proves every gold answer is on its listed page of the corpus PDFs.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TYPES = ("date", "number", "person", "factoid", "reason", "list", "unanswerable")


@dataclass
class Gold:
    id: str
    question: str
    answers: list[str]
    file: str | None
    pages: list[int]
    type: str
    alt: list[dict[str, Any]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    # the document's printed number(s) of the numbered paragraph(s) that hold the answer, where it is in one
    paragraphs: list[str] = field(default_factory=list)

    @property
    def answerable(self) -> bool:
        return self.type != "unanswerable" and bool(self.answers)

    def locations(self) -> set[tuple[str, int]]:
        found = {(self.file, p) for p in self.pages if self.file}
        for other in self.alt:
            found |= {(other["file"], int(p)) for p in other.get("pages", [])}
        return found


def read_records(path: str | Path, build, what: str, check=None) -> list:
    """JSON Lines → objects made by ``build(row)``, unique by ``id``; ValueError names the bad line.

    ``check(obj)`` may return a problem (a string) for an object that parsed but is not usable.
    """
    out = []
    seen: set[str] = set()
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            obj = build(json.loads(line))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}, line {number}: not a valid {what} ({exc})") from exc
        if obj.id in seen:
            raise ValueError(f"{path}, line {number}: duplicate id {obj.id!r}")
        problem = check(obj) if check else None
        if problem:
            raise ValueError(f"{path}, line {number}: {problem}")
        seen.add(obj.id)
        out.append(obj)
    return out


def load_questions(path: str | Path) -> list[Gold]:
    """Read a questions file (JSON Lines); raise ValueError naming the line of any malformed entry."""

    def build(row: dict[str, Any]) -> Gold:
        return Gold(
            id=str(row["id"]),
            question=str(row["question"]),
            answers=[str(a) for a in row.get("answers") or []],
            file=row.get("file"),
            pages=[int(p) for p in row.get("pages") or []],
            type=str(row.get("type") or "factoid"),
            alt=list(row.get("alt") or []),
            tags=list(row.get("tags") or []),
            paragraphs=[str(n) for n in row.get("paragraphs") or []],
        )

    def check(gold: Gold) -> str | None:
        if gold.answerable and not gold.locations():
            return "an answerable question needs a file and pages"
        return None

    return read_records(path, build, "question", check)


def normalise_page_text(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


def check_questions(golds: Iterable[Gold], corpus_dir: str | Path) -> list[str]:
    """Problems with a questions file: every acceptable answer must occur on a listed page of the listed
    file (or of an ``alt``). Page text is pypdf's, NFKC-normalised, whitespace-collapsed, case-folded."""
    from pypdf import PdfReader

    readers: dict[str, Any] = {}
    cache: dict[tuple[str, int], str] = {}

    def text_of(file: str, page: int) -> str | None:
        key = (file, page)
        if key not in cache:
            if file not in readers:
                matches = list(Path(corpus_dir).rglob(file))
                readers[file] = PdfReader(str(matches[0])) if matches else None
            reader = readers[file]
            if reader is None or not 1 <= page <= len(reader.pages):
                return None
            cache[key] = normalise_page_text(reader.pages[page - 1].extract_text() or "")
        return cache[key]

    problems = []
    for gold in golds:
        if not gold.answerable:
            if gold.answers or gold.file or gold.pages:
                problems.append(f"{gold.id}: an unanswerable question must have no answers, file or pages")
            continue
        for answer in gold.answers:
            wanted = normalise_page_text(answer)
            found = False
            for file, page in sorted(gold.locations()):
                text = text_of(file, page)
                if text is None:
                    problems.append(f"{gold.id}: {file} has no page {page}")
                    continue
                found = found or wanted in text
            if not found:
                problems.append(f"{gold.id}: answer {answer!r} is not on any listed page {sorted(gold.locations())}")
    return problems
