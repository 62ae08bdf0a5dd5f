"""What every ``scr-qa`` sub-command shares: the index folder it was given (else the default) and the
one-line error message on stderr."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from qa.locations import default_index_dir


def _index_dir(args: argparse.Namespace) -> str:
    return str(Path(args.index_dir or default_index_dir()).expanduser())


def _err(message: str) -> None:
    print(f"scr-qa: {message}", file=sys.stderr)
