"""scr-qa: cited, extractive question answering over serious case review PDFs.

The public contract::

    import qa
    info = qa.build_index(["reports/"], "~/scr-index")     # files and/or folders of PDFs
    ans = qa.ask("When was …?", "~/scr-index", k=5)         # -> qa.Answer
    ans.to_dict()                                            # the fixed JSON schema

Heavy modules (torch, FAISS) load on first use, so ``import qa`` stays cheap.
"""

from __future__ import annotations

import sys
from typing import Any

from qa.types import Answer, Citation, FileReport, Page, Passage

__all__ = [
    "Answer", "Citation", "FileReport", "Page", "Passage", "ask", "build_index", "compare", "documents", "timeline", "warm",
]
__version__ = "0.1.0"


def build_index(paths: list[str], index_dir: str, **options: Any):
    """Index PDFs (files and/or folders) into ``index_dir``; returns a ``BuildInfo`` report."""
    from qa.indexer import build_index as _build_index  # a build does not load the question-answering stack

    info = _build_index(paths, index_dir, **options)
    api = sys.modules.get("qa.api")
    if api is not None:  # this process has asked questions: drop its cached copy of the old index
        api.forget(index_dir)
    return info


def ask(question: str, index_dir: str, k: int = 5, **options: Any) -> Answer:
    """Answer a question from the index in ``index_dir``: a verbatim, cited answer or an abstention."""
    from qa.api import ask as _ask

    return _ask(question, index_dir, k, **options)


def documents(index_dir: str) -> list[dict[str, Any]]:
    """One dict per indexed (or skipped) file: title, pages, text_pages, passages, status, reason …"""
    from qa.api import documents as _documents

    return _documents(index_dir)


def warm(index_dir: str) -> None:
    """Load the index and the model ahead of the first question."""
    from qa.api import warm as _warm

    _warm(index_dir)


def __getattr__(name: str) -> Any:
    if name in ("compare", "timeline"):
        import importlib

        module = importlib.import_module(f"qa.{name}")
        function = getattr(module, name)
        # Importing the submodule bound ``qa.<name>`` to the module; bind the function instead. (The
        # modules are callable too, for code that imported them before touching ``qa.<name>``.)
        globals()[name] = function
        return function
    raise AttributeError(f"module 'qa' has no attribute {name!r}")
