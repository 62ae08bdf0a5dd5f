"""What every handler of the web UI shares: the index directory, its manifest (cached per snapshot),
short document names and the page-preview cache."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from ui import present
from ui.render import PreviewCache


class UIState:
    """What every handler needs: the index directory, its manifest (cached per snapshot), previews."""

    def __init__(self, index_dir: str) -> None:
        self.index_dir = str(Path(index_dir).expanduser())
        self.previews = PreviewCache()
        self._manifest_key: str | None = None
        self._files: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()
        self._examples_key: str | None = None
        self._examples: list[str] = []
        self._examples_lock = threading.Lock()

    def files(self) -> dict[str, dict[str, Any]]:
        """The manifest's ``files`` of the live snapshot ({} when there is no usable index)."""
        from qa import store

        key = store.snapshot_id(self.index_dir)
        with self._lock:
            if key is not None and key == self._manifest_key:
                return self._files
        try:
            files = dict(store.read_manifest(self.index_dir).get("files", {}))
        except store.IndexProblem:
            files, key = {}, None
        files = {name: info for name, info in files.items() if info.get("status") != "skipped"}
        with self._lock:
            self._manifest_key, self._files = key, files
        return files

    def index_problem(self) -> str | None:
        """Why the index cannot be used (missing, incompatible, damaged), or None."""
        from qa import store

        try:
            store.read_manifest(self.index_dir)
        except store.IndexProblem as exc:
            return str(exc)
        return None

    def names(self) -> dict[str, str]:
        return present.short_titles({f: info.get("title") or "" for f, info in self.files().items()})

    def pdf_path(self, file: str) -> str | None:
        info = self.files().get(file)
        return info.get("path") if info else None


    def examples(self) -> list[str]:
        """Example questions the live index answers (``ui.examples``), built once per snapshot; [] without one."""
        from qa import store
        from ui import examples

        key = store.snapshot_id(self.index_dir)
        with self._examples_lock:  # one build at a time; the others wait for it
            if key is None or self.index_problem():
                return []
            if key != self._examples_key:
                try:
                    self._examples = examples.build(self.index_dir)
                except Exception:  # noqa: BLE001 - examples are a convenience, never an error
                    self._examples = []
                self._examples_key = key
            return list(self._examples)
