"""PDF files → clean pages with exact physical page numbers, and an honest per-file report.

Owns: finding PDFs in folders, passwords, which worker reads what (qa/workers.py runs them; qa/pdfread.py
reads a file), and saying for every file whether it was indexed, partially indexed (which pages failed and
why) or skipped (why). A file that fails never stops the others.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from qa.clean import clean_pages, dehyphenate, printed_labels, split_lines
from qa.pdfread import NO_TEXT_LAYER, merge_parts
from qa.types import FileReport, Page, PageProblem
from qa.workers import FILE_TIME_BUDGET_S, READ_WORKERS, read_pdfs_in_workers

SPLIT_BYTES = 64 * 1024  # a PDF this large is read by all workers at once (practice: the 30-page, 112 KB report)

Passwords = str | dict[str, str] | None


# --------------------------------------------------------------------------------------------------
# Finding files
# --------------------------------------------------------------------------------------------------


def find_pdfs(paths: Iterable[str | os.PathLike]) -> tuple[list[Path], list[FileReport]]:
    """Expand files and folders into PDF paths (folders recursively, ``*.pdf`` in any case).

    A file named explicitly is always tried, whatever its extension, so a non-PDF is reported as such.
    Paths that do not exist come back as skipped reports.
    """
    found: list[Path] = []
    missing: list[FileReport] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf"))
        elif path.is_file():
            found.append(path)
        else:
            missing.append(
                FileReport(file=path.name or str(path), path=str(path), reason="no such file or folder")
            )
    unique: dict[Path, None] = {}
    for p in found:
        unique.setdefault(p.resolve(), None)
    return list(unique), missing


def sha256_file(path: str | os.PathLike) -> str:
    """The file's sha256, hex (how the index names a file's version and checks its own data files)."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def password_for(path: Path, passwords: Passwords) -> str | None:
    """A password for one file: a single string applies to all; a dict is keyed by file name or path,
    with "*" as the fallback for any other encrypted file."""
    if passwords is None or isinstance(passwords, str):
        return passwords
    for key in (path.name, str(path), "*"):
        if key in passwords:
            return passwords[key]
    return None



# --------------------------------------------------------------------------------------------------
# From a reader result to pages and a report
# --------------------------------------------------------------------------------------------------

_JUNK_TITLES = ("untitled", "microsoft word", "document", "title", "pdf")


def clean_meta_title(title: str) -> str:
    title = " ".join((title or "").split())
    for prefix in ("Microsoft Word - ", "Microsoft PowerPoint - ", "Microsoft Excel - "):
        if title.startswith(prefix):
            title = title[len(prefix) :]
    for suffix in (".docx", ".doc", ".pdf", ".rtf", ".odt"):
        if title.lower().endswith(suffix):
            title = ""  # a file name, not a title
    if title.lower() in _JUNK_TITLES or len(title) < 3:
        return ""
    return title


def choose_title(meta_title: str, visual_title: str, first_lines: list[str], file_name: str) -> str:
    """PDF metadata title, else the first heading on page 1, else the file name."""
    title = clean_meta_title(meta_title)
    if title:
        return title
    if visual_title and len(visual_title) > 3:
        return visual_title
    for line in first_lines[:8]:
        if 3 < len(line) <= 120 and not line.rstrip().endswith((".", ",", ";")) and line[:1].isalpha():
            return line
    return Path(file_name).stem


def to_pages_and_report(path: Path, result: dict[str, Any], report: FileReport) -> list[Page]:
    """Fill ``report`` from a reader result and return the cleaned text pages (skipped: none)."""
    report.warnings = list(result.get("warnings") or [])
    report.title = path.stem
    if result.get("error"):
        report.status, report.reason = "skipped", result["error"]
        return []
    raw_pages: list[str | None] = result["pages"]
    problems: dict[int, str] = result["problems"]
    labels: list[str | None] = result.get("labels") or printed_labels(
        [split_lines(text) if text else [] for text in raw_pages]
    )
    report.pages = len(raw_pages)
    cleaned = clean_pages(raw_pages)
    if not any(cleaned) and any(raw_pages):
        # Every line was taken for a running header or footer: a document whose pages all say the same
        # thing (sf__habibi-rotated.pdf). Its text is the document, not a header: keep it.
        cleaned = dehyphenate([split_lines(text) if text else [] for text in raw_pages])
    pages = []
    for index, lines in enumerate(cleaned):
        if raw_pages[index] is None:
            continue
        label = labels[index] if index < len(labels) else None
        asides = result.get("asides", {}).get(index, [])
        styled = result.get("styled", {}).get(index)
        pages.append(Page(number=index + 1, text="\n".join(lines), label=label, asides=asides, styled=styled))
    report.problems = [PageProblem(page=i + 1, reason=r) for i, r in sorted(problems.items())]
    report.text_pages = len(pages)
    failures = [p for p in report.problems if p.reason != "blank page"]
    warnings_count = int(result.get("pypdf_warnings") or 0)
    if report.text_pages == 0:
        reasons = {p.reason for p in report.problems}
        report.status = "skipped"
        if reasons == {NO_TEXT_LAYER}:
            report.reason = NO_TEXT_LAYER
        elif any(r.startswith("page could not be read") for r in reasons):
            first = next(p.reason for p in report.problems if p.reason.startswith("page could not be read"))
            report.reason = f"no page could be read ({first})"
        elif warnings_count:
            report.reason = f"no text extracted: content streams look damaged ({warnings_count} pypdf warnings)"
        elif NO_TEXT_LAYER in reasons:
            report.reason = NO_TEXT_LAYER
        else:
            report.reason = "no text on any page"
        return []
    if failures or report.warnings:
        report.status = "partial"
        parts = []
        if failures:
            kinds: dict[str, list[int]] = {}
            for p in failures:
                kinds.setdefault(p.reason, []).append(p.page)
            parts += [f"{_pages_phrase(nums)}: {reason}" for reason, nums in kinds.items()]
        parts += report.warnings
        report.reason = "; ".join(parts)
    else:
        report.status = "indexed"
    title_lines = cleaned[0] if cleaned and cleaned[0] else []
    report.title = choose_title(result.get("meta_title", ""), result.get("visual_title", ""), title_lines, path.name)
    return pages


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _pages_phrase(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:12])
    more = f" and {len(numbers) - 12} more" if len(numbers) > 12 else ""
    return f"page{'s' if len(numbers) > 1 else ''} {shown}{more}"


def ingest(
    paths: list[Path],
    passwords: Passwords = None,
    time_budget_s: float = FILE_TIME_BUDGET_S,
    workers: int = READ_WORKERS,
    on_file: Callable[[FileReport], None] | None = None,
) -> Iterator[tuple[FileReport, list[Page]]]:
    """Read PDFs in worker processes; yield (report, clean pages) per file as each finishes.

    The largest files are read first, and a file of ``SPLIT_BYTES`` or more by every worker at once, a share of
    its pages each: otherwise one long report read by one worker would leave the others idle at the end."""
    tasks: list[tuple[str, str | None, tuple[int, int] | None]] = []
    owner: list[int] = []  # the file each task reads a share of
    sizes = [_size(p) for p in paths]
    for index in sorted(range(len(paths)), key=lambda i: -sizes[i]):
        shares = max(1, workers) if sizes[index] >= SPLIT_BYTES else 1
        for share in range(shares):
            tasks.append((str(paths[index]), password_for(paths[index], passwords), (share, shares) if shares > 1 else None))
            owner.append(index)
    parts: dict[int, dict[int, dict[str, Any]]] = {}
    for task, result in read_pdfs_in_workers(tasks, time_budget_s=time_budget_s, workers=workers):
        index, share = owner[task], tasks[task][2]
        if share is not None:
            parts.setdefault(index, {})[share[0]] = result
            if len(parts[index]) < share[1]:
                continue
            shares = parts.pop(index)
            result = merge_parts([shares[k] for k in range(share[1])])
        path = paths[index]
        report = FileReport(file=path.name, path=str(path))
        try:
            report.sha256 = sha256_file(path)
        except OSError:
            pass
        pages = to_pages_and_report(path, result, report)
        report.seconds = float(result.get("seconds") or (time_budget_s if "longer than" in str(result.get("error")) else 0.0))
        if on_file:
            on_file(report)
        yield report, pages
