"""qa.locations: the default index folder, and the UI reading it from there rather than from the CLI."""

from __future__ import annotations

import ast
import os
from pathlib import Path

import qa.cli
from qa.locations import ENV_INDEX, default_index_dir

ROOT = Path(__file__).resolve().parents[2]


def test_env_overrides_user_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_INDEX, str(tmp_path / "x"))
    assert default_index_dir() == str(tmp_path / "x")
    monkeypatch.delenv(ENV_INDEX)
    assert default_index_dir().endswith(os.path.join("scr-qa", "index"))


def test_cli_keeps_the_names_it_exported():
    assert qa.cli.default_index_dir is default_index_dir
    assert qa.cli.ENV_INDEX == ENV_INDEX == "SCR_QA_INDEX"


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_ui_does_not_import_the_cli():
    """The presentation layer sits below the entry point: the CLI may start the UI, never the reverse."""
    offenders = {str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.py")
                 if any(n == "qa.cli" or n.startswith("qa.cli.") for n in _imported_modules(p))}
    assert offenders == set()
