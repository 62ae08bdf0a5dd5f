"""The audit log: an append-only JSON Lines file of who did what, when (opt-in: ``scr-qa serve --audit``).

One line per event, in ``<index_dir>/audit.jsonl`` (mode 0600), e.g.::

    {"time": "2026-12-04T16:02:11.514Z", "user": "alice", "client": "10.0.0.7", "action": "ask",
     "question": "When did Child T die?", "files": null, "cited": [{"file": "overview.pdf", "page": 12}]}

Actions: ``ask``, ``compare`` and ``timeline`` (the question or filter, the documents searched, the documents and
pages cited), ``upload`` and ``remove`` (the files and what became of them), ``sign-in`` (the name tried and
whether it succeeded; never a password), ``refused`` (an action the user's role or read-only mode does not
allow). Each event is one ``write`` to a file opened with ``O_APPEND``, so concurrent writers never interleave
lines and nothing earlier is rewritten. The log holds the questions people asked: it is as confidential as the
index. Knows nothing about Gradio; the UI passes in the user and client address.
"""

from __future__ import annotations

import json
import os
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

AUDIT_FILE_NAME = "audit.jsonl"
MAX_TEXT_CHARS = 2000  # a question or file name longer than this is cut (the UI refuses such questions anyway)


def cited(citations: list[dict[str, Any] | None] | None) -> list[dict[str, Any]]:
    """(file, page) of each citation, in order, without repeats."""
    out: list[dict[str, Any]] = []
    for c in citations or []:
        if not c:
            continue
        row = {"file": c.get("file"), "page": c.get("page")}
        if row not in out:
            out.append(row)
    return out


def _clip(value: Any) -> Any:
    if isinstance(value, str):
        return value[:MAX_TEXT_CHARS]
    if isinstance(value, list):
        return [_clip(v) for v in value]
    if isinstance(value, dict):
        return {k: _clip(v) for k, v in value.items()}
    return value


class AuditLog:
    """Appends events to ``path``; the file (and its folder) are created private to the user running scr-qa."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path).expanduser()
        self._lock = threading.Lock()

    @classmethod
    def in_index(cls, index_dir: str | os.PathLike) -> AuditLog:
        return cls(Path(index_dir).expanduser() / AUDIT_FILE_NAME)

    def record(self, action: str, user: str | None, client: str | None = None, **details: Any) -> dict[str, Any]:
        """Append one event and return it. Raises OSError when the log cannot be written (the caller decides
        whether the action may go ahead without its record)."""
        now = datetime.now(timezone.utc)
        event = {"time": now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z",
                 "user": user, "client": client, "action": action, **_clip(details)}
        line = (json.dumps(event, ensure_ascii=False, default=str) + "\n").encode("utf-8")
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                written = os.write(fd, line)
                if written != len(line):
                    raise OSError(f"short write to the audit log {self.path}")
            finally:
                os.close(fd)
        return event

    def events(self) -> list[dict[str, Any]]:
        """Every event in the log (for tests and reports); [] when there is none yet."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        return [json.loads(line) for line in text.splitlines() if line.strip()]
