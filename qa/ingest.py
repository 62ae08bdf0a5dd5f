"""PDF files → clean pages with exact physical page numbers, and an honest per-file report.

Owns: finding PDFs in folders, reading each file with pypdf page by page, passwords, the per-file time
budget and memory cap, and saying for every file whether it was indexed, partially indexed (which pages
failed and why) or skipped (why). pypdf raises many exception types on damaged files (AttributeError,
TypeError, AssertionError, ValueError, DependencyError …), can loop for a long time, and on a hostile file
can try to allocate gigabytes, so every file is read in a worker process that can be killed; a file that
fails never stops the others.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import struct
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import wait as wait_for
from pathlib import Path
from typing import Any

from qa.clean import clean_pages, dehyphenate, looks_garbled, printed_labels, split_lines, valid_unicode
from qa.layout import read_page
from qa.tables import splice_tables
from qa.types import Aside, FileReport, Page, PageProblem

FILE_TIME_BUDGET_S = 120.0  # a file that takes longer is skipped: "took longer than N s"
WORKER_MEMORY_LIMIT_MB = 4096  # address-space cap of each reading worker (hostile image bombs)
READ_WORKERS = 2  # worker processes reading PDFs in parallel

NO_TEXT_LAYER = "no text layer (scanned or image-only?)"

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
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


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
# Reading one file (runs inside a worker process)
# --------------------------------------------------------------------------------------------------


class _CountingHandler(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _describe(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    name = type(exc).__name__
    return f"{name}: {text[:200]}" if text else name


def _has_images(page: Any) -> bool:
    try:
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else None
        xobjects = resources.get("/XObject") if resources is not None else None
        if xobjects is None:
            return False
        for ref in xobjects.get_object().values():
            if ref.get_object().get("/Subtype") == "/Image":
                return True
    except Exception:  # noqa: BLE001 - a damaged resource dictionary just means "don't know"
        return False
    return False


def _title_from_font_sizes(page: Any) -> str:
    """The largest-font text on a page (its visual title), or "" when nothing stands out."""
    runs: list[tuple[float, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text and text.strip():
            scale = abs(float(tm[3]) * float(cm[3])) or abs(float(tm[0]) * float(cm[0])) or 1.0
            runs.append((round(float(size or 0) * scale, 1), text))

    try:
        page.extract_text(visitor_text=visit)
    except Exception:  # noqa: BLE001
        return ""
    if not runs:
        return ""
    sizes = sorted(s for s, t in runs for _ in range(max(1, len(t.strip()))))
    body = sizes[len(sizes) // 2]
    largest = max(s for s, _ in runs)
    if largest <= body * 1.15:
        return ""
    title = " ".join(t.strip() for s, t in runs if s == largest)
    return valid_unicode(" ".join(title.split())[:200])


def _with_table_rows(page: Any, text: str) -> str:
    """The page's text with each grid table's cells put back together row by row (qa/tables.py), from
    pypdf's layout mode; the plain text as it was when layout mode fails or finds no table."""
    try:
        return splice_tables(text, page.extract_text(extraction_mode="layout"))
    except Exception:  # noqa: BLE001 - layout mode is an extra; the plain text stands without it
        return text


def _read_layouts(path: str, password: str | None, result: dict[str, Any]) -> None:
    """Where a page has two text columns, footnotes or asides, its text in reading order from character
    positions (qa/layout/) replaces pypdf's, and its asides go to ``result["asides"]``. pdfium is a second
    reader: when it cannot open the file, or counts other pages than pypdf, the pypdf text stands."""
    try:
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(path, password=password or None)
    except Exception:  # noqa: BLE001 - pypdf read the file; layout is an extra
        return
    try:
        if len(document) != len(result["pages"]):
            return
        for index, text in enumerate(result["pages"]):
            if not text:
                continue
            try:
                page = document[index]
                layout = read_page(page, page.get_textpage())
            except Exception:  # noqa: BLE001 - one page's layout failing leaves its plain text
                continue
            if layout is not None and layout.text.strip():
                result["pages"][index] = valid_unicode(layout.text)
                result["styled"][index] = [valid_unicode(text) for text in layout.styled]
                result["asides"][index] = [
                    Aside(a.kind, valid_unicode(a.text), a.marker, a.anchor and valid_unicode(a.anchor))
                    for a in layout.asides
                ]
    finally:
        document.close()


def read_pdf(path: str, password: str | None = None) -> dict[str, Any]:
    """Read one PDF: raw text per physical page, page problems, metadata. Never raises.

    Returns a dict: ``error`` (file-level failure or None), ``pages`` (raw text or None per page),
    ``problems`` ({page index: reason}), ``labels``, ``meta_title``, ``visual_title``, ``warnings``.
    """
    result: dict[str, Any] = {
        "error": None,
        "pages": [],
        "problems": {},
        "labels": [],
        "meta_title": "",
        "visual_title": "",
        "warnings": [],
        "pypdf_warnings": 0,
        "asides": {},
        "styled": {},
    }
    try:
        with open(path, "rb") as handle:
            head = handle.read(1024)
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - 8192))
            tail = handle.read()
    except OSError as exc:
        result["error"] = f"cannot read file: {_describe(exc)}"
        return result
    if size == 0:
        result["error"] = "empty file (0 bytes)"
        return result
    if b"%PDF-" not in head:
        result["error"] = "not a PDF (no %PDF- header)"
        return result
    if b"%%EOF" not in tail:
        result["warnings"].append("file looks truncated (no %%EOF at the end): pages may be missing")

    counter = _CountingHandler()
    pypdf_logger = logging.getLogger("pypdf")
    pypdf_logger.addHandler(counter)
    try:
        from pypdf import PdfReader
        from pypdf.errors import DependencyError, FileNotDecryptedError, WrongPasswordError

        try:
            reader = PdfReader(path, strict=False)
        except DependencyError as exc:
            result["error"] = f"needs an optional dependency to open: {_describe(exc)}"
            return result
        except Exception as exc:  # noqa: BLE001 - pypdf raises many non-pypdf exceptions
            result["error"] = f"corrupt or unreadable PDF: {_describe(exc)}"
            return result

        try:
            encrypted = reader.is_encrypted
        except Exception as exc:  # noqa: BLE001
            result["error"] = f"corrupt or unreadable PDF: {_describe(exc)}"
            return result
        if encrypted:
            tried = [password] if password else []
            tried.append("")
            opened = False
            for candidate in tried:
                try:
                    if reader.decrypt(candidate):
                        opened = True
                        break
                except (FileNotDecryptedError, WrongPasswordError):
                    continue
                except DependencyError as exc:
                    result["error"] = f"encrypted, and decrypting needs a missing package: {_describe(exc)}"
                    return result
                except Exception as exc:  # noqa: BLE001
                    result["error"] = f"encrypted, and decryption failed: {_describe(exc)}"
                    return result
            if not opened:
                result["error"] = (
                    "encrypted: the password given is wrong"
                    if password
                    else "encrypted: needs a password (give one with --password)"
                )
                return result

        try:
            pages = list(reader.pages)
        except Exception as exc:  # noqa: BLE001
            result["error"] = f"corrupt or unreadable PDF (page tree): {_describe(exc)}"
            return result
        if not pages:
            result["error"] = "the PDF has no pages"
            return result

        try:
            meta = reader.metadata
            result["meta_title"] = valid_unicode(str(meta.title or "")) if meta else ""
        except Exception:  # noqa: BLE001
            result["meta_title"] = ""
        try:  # the document's own /PageLabels; without them pypdf counts 1, 2, 3 … and the printed numbers tell
            if "/PageLabels" in reader.trailer["/Root"]:
                result["labels"] = [valid_unicode(str(label)) for label in reader.page_labels]
        except Exception:  # noqa: BLE001
            result["labels"] = []

        for index, page in enumerate(pages):
            try:
                text = page.extract_text()
            except Exception as exc:  # noqa: BLE001 - one bad page must not cost the others
                result["pages"].append(None)
                result["problems"][index] = f"page could not be read: {_describe(exc)}"
                continue
            if text and text.strip():
                text = _with_table_rows(page, text)
            if not text or not text.strip():
                result["problems"][index] = NO_TEXT_LAYER if _has_images(page) else "blank page"
                result["pages"].append(None)
                continue
            result["pages"].append(valid_unicode(text))
        garbled = [i + 1 for i, t in enumerate(result["pages"]) if t and looks_garbled(t)]
        if garbled:
            result["warnings"].append(
                f"text looks garbled on {len(garbled)} page(s) (letters from many unrelated scripts): the PDF's "
                "font mapping may be broken; answers from it are unreliable"
            )
        _read_layouts(path, password, result)
        first_text = next((i for i, t in enumerate(result["pages"]) if t), None)
        if first_text == 0:
            result["visual_title"] = _title_from_font_sizes(pages[0])
    finally:
        pypdf_logger.removeHandler(counter)
        result["pypdf_warnings"] = counter.count
    return result


# --------------------------------------------------------------------------------------------------
# Worker processes: one file at a time, each with a deadline; a stuck or crashed worker is replaced
# --------------------------------------------------------------------------------------------------


def _limit_memory(megabytes: int) -> None:
    try:
        import resource

        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass


def _send(stream: Any, obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack("!Q", len(data)) + data)
    stream.flush()


def _receive(stream: Any) -> Any:
    header = stream.read(8)
    if len(header) < 8:
        raise EOFError("worker closed its pipe")
    (size,) = struct.unpack("!Q", header)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("worker closed its pipe mid-message")
    return pickle.loads(data)


def worker_loop(memory_limit_mb: int) -> None:
    """Body of a reading worker process: (path, password) tasks in on stdin, results out on stdout."""
    channel_in, channel_out = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing a library prints may corrupt the result channel
    _limit_memory(memory_limit_mb)
    logging.getLogger("pypdf").setLevel(logging.WARNING)
    logging.getLogger("pypdf").propagate = False
    while True:
        try:
            task = _receive(channel_in)
        except (EOFError, OSError):
            return
        if task is None:
            return
        path, password = task
        started = time.monotonic()
        try:
            result = read_pdf(path, password)
        except MemoryError:
            result = {"error": f"ran out of memory (worker limit {memory_limit_mb} MB)"}
        except BaseException as exc:  # noqa: BLE001
            result = {"error": f"reader failed: {_describe(exc)}"}
        result["seconds"] = round(time.monotonic() - started, 3)
        try:
            _send(channel_out, result)
        except Exception as exc:  # noqa: BLE001 - e.g. unpicklable content
            _send(channel_out, {"error": f"reader failed to return its result: {_describe(exc)}"})


class _Worker:
    """A reading worker: a separate Python process running ``worker_loop``; killable at any time."""

    def __init__(self, memory_limit_mb: int) -> None:
        env = dict(os.environ)
        package_root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
        env.pop("PYTHONOPTIMIZE", None)  # under -O pypdf's asserts vanish and a bad page silently reads as ''

        self.proc = subprocess.Popen(
            [sys.executable, "-c", f"from qa.ingest import worker_loop; worker_loop({int(memory_limit_mb)})"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        self.task: tuple[int, str] | None = None
        self.deadline = 0.0

    def send(self, index: int, path: str, password: str | None, budget: float) -> None:
        self.task = (index, path)
        self.deadline = time.monotonic() + budget
        _send(self.proc.stdin, (path, password))

    def receive(self) -> Any:
        return _receive(self.proc.stdout)

    def stop(self, kill: bool = False) -> None:
        try:
            if kill:
                self.proc.kill()
            else:
                _send(self.proc.stdin, None)
        except Exception:  # noqa: BLE001
            pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=5)
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()
            except Exception:  # noqa: BLE001
                pass


def read_pdfs_in_workers(
    tasks: list[tuple[str, str | None]],
    time_budget_s: float = FILE_TIME_BUDGET_S,
    workers: int = READ_WORKERS,
    memory_limit_mb: int = WORKER_MEMORY_LIMIT_MB,
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Run ``read_pdf`` over (path, password) tasks in worker processes; yield (task index, result).

    A worker that passes its file's deadline is killed and replaced; one that dies is reported as crashed.
    """
    if not tasks:
        return
    pending = deque(enumerate(tasks))
    pool: list[_Worker] = []
    try:
        while pending or any(w.task for w in pool):
            for worker in pool:
                if worker.task is None and pending:
                    index, (path, password) = pending.popleft()
                    worker.send(index, path, password, time_budget_s)
            while pending and len(pool) < max(1, workers):
                worker = _Worker(memory_limit_mb)
                index, (path, password) = pending.popleft()
                worker.send(index, path, password, time_budget_s)
                pool.append(worker)
            busy = [w for w in pool if w.task]
            timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            ready = wait_for([w.proc.stdout for w in busy], timeout=timeout)
            for worker in busy:
                index = worker.task[0]
                if worker.proc.stdout in ready:
                    try:
                        result = worker.receive()
                    except (EOFError, OSError, pickle.UnpicklingError):
                        worker.proc.wait(timeout=5)
                        code = worker.proc.returncode
                        result = {
                            "error": f"ran out of memory (worker limit {memory_limit_mb} MB)"
                            if code in (-9, 137)
                            else f"reader process crashed (exit code {code})"
                        }
                        pool.remove(worker)
                        worker.stop(kill=True)
                    worker.task = None
                    yield index, result
                elif time.monotonic() >= worker.deadline:
                    pool.remove(worker)
                    worker.stop(kill=True)
                    yield index, {"error": f"took longer than {time_budget_s:g} s (time budget per file)"}
    finally:
        for worker in pool:
            worker.stop(kill=bool(worker.task))


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
    """Read PDFs in worker processes; yield (report, clean pages) per file as each finishes."""
    tasks = [(str(p), password_for(p, passwords)) for p in paths]
    for index, result in read_pdfs_in_workers(tasks, time_budget_s=time_budget_s, workers=workers):
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
