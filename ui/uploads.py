"""Uploaded PDFs: checks (size, %PDF- magic bytes), safe file names, and where they are kept.

Uploads live in ``<index_dir>/uploads/<first 16 hex of sha256>/<safe name>.pdf``. The index cites a
document by its file name, so a re-upload of a changed ``report.pdf`` replaces the indexed version,
while the content-addressed folder means a file the live index points at is never overwritten (a
failed re-index keeps the previous version answering, with its preview intact). Folders no longer
referenced by the index are removed after each build.
"""

from __future__ import annotations

import os
import re
import shutil
import unicodedata
from pathlib import Path

from qa.ingest import sha256_file

MAX_UPLOAD_MB = 50
MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024
UPLOAD_DIR_NAME = "uploads"
PDF_MAGIC = b"%PDF-"
MAGIC_WINDOW = 1024  # like PDF readers, accept the header anywhere in the first KiB
MAX_NAME_CHARS = 120

_UNSAFE = re.compile(r"[^\w.() -]+", re.UNICODE)


class UploadRejected(ValueError):
    """An uploaded file that is not indexed; the message says why, in plain words."""


def safe_filename(name: str | None) -> str:
    """A safe base name ending in ".pdf": no directories, no "..", no leading dots, no control chars.

    >>> safe_filename("../../etc/passwd")
    'passwd.pdf'
    >>> safe_filename("C:\\\\reports\\\\Overview Report.PDF")
    'Overview Report.pdf'
    """
    text = unicodedata.normalize("NFKC", str(name or ""))
    text = text.replace("\x00", "")
    text = re.split(r"[/\\]", text)[-1]  # last path component, whichever separator was used
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    text = _UNSAFE.sub("-", text)
    text = re.sub(r"\.{2,}", ".", text)  # no ".." anywhere
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"-{2,}", "-", text)
    stem = re.sub(r"\.pdf$", "", text.strip(), flags=re.IGNORECASE)
    stem = stem.strip(" .-")  # no leading dots (hidden files), no trailing dots or spaces
    stem = stem[: MAX_NAME_CHARS - 4].rstrip(" .-")
    return (stem or "upload") + ".pdf"


def check_pdf(path: str | os.PathLike, max_bytes: int = MAX_UPLOAD_BYTES) -> None:
    """Raise ``UploadRejected`` unless ``path`` is a regular file within the size limit that starts
    with the ``%PDF-`` header."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise UploadRejected(f"the upload could not be read ({exc.strerror or exc})") from exc
    if not p.is_file():
        raise UploadRejected("not a file")
    if size == 0:
        raise UploadRejected("the file is empty")
    if size > max_bytes:
        raise UploadRejected(
            f"the file is {size / (1024 * 1024):.1f} MB; the limit is {max_bytes / (1024 * 1024):.0f} MB"
        )
    with open(p, "rb") as handle:
        head = handle.read(MAGIC_WINDOW)
    if PDF_MAGIC not in head:
        raise UploadRejected("not a PDF: its contents are not a PDF document, whatever its name says")




def upload_dir(index_dir: str | os.PathLike) -> Path:
    return Path(index_dir).expanduser() / UPLOAD_DIR_NAME


def store_upload(
    source: str | os.PathLike, original_name: str | None, index_dir: str | os.PathLike,
    max_bytes: int = MAX_UPLOAD_BYTES,
) -> Path:
    """Check ``source`` and copy it to the upload directory under a safe name; returns the new path."""
    src = Path(source)
    check_pdf(src, max_bytes)
    name = safe_filename(original_name or src.name)
    root = upload_dir(index_dir).resolve()
    folder = root / sha256_file(src)[:16]
    target = (folder / name).resolve()
    if target.parent != folder or root not in target.parents:  # belt and braces
        raise UploadRejected("unsafe file name")
    for private in (root, folder):  # uploads are the documents themselves: private
        private.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not target.exists():
        tmp = folder / f".part-{os.getpid()}-{name}"
        shutil.copyfile(src, tmp)
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    return target


def prune_uploads(index_dir: str | os.PathLike, keep_paths: set[str]) -> None:
    """Remove upload folders that hold no file the index refers to (``keep_paths``: absolute paths)."""
    root = upload_dir(index_dir)
    if not root.is_dir():
        return
    keep = {str(Path(p).resolve()) for p in keep_paths}
    for folder in root.iterdir():
        if not folder.is_dir():
            continue
        files = [str(f.resolve()) for f in folder.iterdir()]
        if not any(f in keep for f in files):
            shutil.rmtree(folder, ignore_errors=True)
