"""One PDF file → raw text per physical page, page problems and metadata, as a plain dict. Never raises.

Owns how a file is read: pypdf page by page (grid tables put back together from its layout mode), pdfium's
character positions for pages with columns, footnotes or asides (qa/layout/), passwords, the /PageLabels,
the metadata and visual title, and the warnings a damaged file deserves. Runs inside a reading worker
process (qa/workers.py); a large file is read by several workers at once, a share of its pages each, and
``merge_parts`` joins their results.
"""

from __future__ import annotations

from collections import Counter
import logging
import os
from typing import Any

from qa.clean import looks_garbled, valid_unicode
from qa.layout import read_page
from qa.tables import splice_tables
from qa.types import Aside

NO_TEXT_LAYER = "no text layer (scanned or image-only?)"


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
        sizes: Counter = Counter()  # the document's characters by type size, page by page
        for index, text in enumerate(result["pages"]):
            if not text:
                continue
            try:
                page = document[index]
                layout = read_page(page, page.get_textpage(), sizes)
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


def read_pdf(path: str, password: str | None = None, part: tuple[int, int] | None = None) -> dict[str, Any]:
    """Read one PDF: raw text per physical page, page problems, metadata. Never raises. ``part=(k, n)`` reads
    only the pages whose 0-based index i has i % n == k (the others are None); ``merge_parts`` puts the n
    results of one file together.

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
            if part and index % part[1] != part[0]:
                result["pages"].append(None)  # another worker's share
                continue
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
        if part is None:
            result["warnings"] += _garbled_warning(result["pages"])
        _read_layouts(path, password, result)
        first_text = next((i for i, t in enumerate(result["pages"]) if t), None)
        if first_text == 0:
            result["visual_title"] = _title_from_font_sizes(pages[0])
    finally:
        pypdf_logger.removeHandler(counter)
        result["pypdf_warnings"] = counter.count
    return result




def _garbled_warning(pages: list[str | None]) -> list[str]:
    garbled = [i + 1 for i, t in enumerate(pages) if t and looks_garbled(t)]
    if not garbled:
        return []
    return [f"text looks garbled on {len(garbled)} page(s) (letters from many unrelated scripts): the PDF's "
            "font mapping may be broken; answers from it are unreliable"]


def merge_parts(results: list[dict[str, Any]]) -> dict[str, Any]:
    """One file's result from the results of ``read_pdf(path, password, (k, n))`` for k = 0 … n-1, in that order.
    A part that failed fails the file (the first failure is reported); ``seconds`` is the parts' total."""
    seconds = round(sum(float(r.get("seconds") or 0.0) for r in results), 3)
    failed = next((r for r in results if r.get("error")), None)
    if failed is not None:
        return {**failed, "seconds": seconds}
    count = len(results[0]["pages"])
    if any(len(r["pages"]) != count for r in results):
        return {"error": "reader failed: the parts of the file counted different numbers of pages", "seconds": seconds}
    merged = dict(results[0])  # metadata, labels and the visual title come from the part holding page 1
    merged["pages"] = [results[i % len(results)]["pages"][i] for i in range(count)]
    for key in ("problems", "asides", "styled"):
        merged[key] = {k: v for r in results for k, v in r[key].items()}
    merged["warnings"] = list(dict.fromkeys(w for r in results for w in r["warnings"]))
    merged["warnings"] += _garbled_warning(merged["pages"])
    merged["pypdf_warnings"] = sum(int(r.get("pypdf_warnings") or 0) for r in results)
    merged["seconds"] = seconds
    return merged
