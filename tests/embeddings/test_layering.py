"""embeddings/ owns text → vectors and sits below qa/: importing any of its modules imports nothing from qa
(qa imports embeddings, never the other way), checked in a fresh interpreter so no earlier import hides it."""

import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import embeddings

ROOT = Path(__file__).resolve().parents[2]


def test_embeddings_modules_import_nothing_from_qa():
    modules = sorted(f"embeddings.{m.name}" for m in pkgutil.iter_modules(embeddings.__path__))
    assert {"embeddings.encoder", "embeddings.onnx_runtime", "embeddings.pooling"} <= set(modules), modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m == 'qa' or m.startswith('qa.')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]", f"importing {modules} imported qa modules: {result.stdout.strip()}"
