"""``scr-qa index`` (PDFs in, a per-file report out, with progress bars) and ``scr-qa info`` (what is indexed)."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path
from typing import Any

from qa.cli.common import _err, _index_dir


def _passwords(args: argparse.Namespace) -> Any:
    """--password (for every encrypted file) and/or --password-file (per file) as ingest expects them."""
    mapping: dict[str, str] = {}
    if args.password_file:
        for line in Path(args.password_file).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                name, _, password = line.partition("\t")
                mapping[name.strip()] = password
    if args.password is not None:
        mapping["*"] = args.password
    return mapping or None


def cmd_index(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    import qa

    index_dir = _index_dir(args)
    bars: dict[str, Any] = {}
    quiet = args.json or args.quiet

    def on_event(kind: str, data: dict[str, Any]) -> None:
        if quiet:
            return
        if kind == "files":
            bars["files"] = tqdm(total=data["total"], desc="reading PDFs", unit="file", file=sys.stderr, leave=False)
        elif kind == "file" and "files" in bars:
            bars["files"].update(1)
        elif kind == "embed":  # documents are embedded while the next ones are read: the total grows
            if "embed" not in bars:
                bars["embed"] = tqdm(total=0, desc="embedding", unit="text", file=sys.stderr, leave=False, position=1)
            bars["embed"].total = data["total"]
            bars["embed"].refresh()
        elif kind == "embedded" and "embed" in bars:
            bars["embed"].update(data["n"])

    try:
        info = qa.build_index(
            args.paths,
            index_dir,
            mode="add" if args.add else "sync",
            passwords=_passwords(args),
            time_budget_s=args.time_budget,
            rebuild=args.rebuild,
            on_event=on_event,
        )
    except Exception as exc:  # noqa: BLE001 - one clear line, not a traceback
        for bar in bars.values():
            bar.close()
        _err(f"indexing failed: {exc}")
        return 1
    for bar in bars.values():
        bar.close()
    if args.json:
        print(json.dumps(info.to_dict(), indent=2, ensure_ascii=False))
        return 0
    print(f"Index: {info.index_dir}")
    width = max([len(r.file) for r in info.files] + [4])
    for r in info.files:
        status = r.status + (" (unchanged)" if r.reused and r.status != "skipped" else "")
        line = f"  {r.file:<{width}}  {status:<19} {r.text_pages:>4}/{r.pages:<4} pages  {r.passages:>5} passages"
        print(line)
        if r.reason:
            print(textwrap.indent(textwrap.fill(r.reason, 100), " " * (width + 6)))
    for name in info.dropped:
        print(f"  {name:<{width}}  removed (no longer given)")
    counts = info.counts()
    print(
        f"{counts['indexed']} indexed, {counts['partial']} partial, {counts['skipped']} skipped; "
        f"{info.passages} passages in the index; {info.pages} pages read and {info.embedded} texts embedded "
        f"in {info.seconds:.1f} s"
    )
    for note in info.notes:
        print(f"note: {note}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from qa import store

    try:
        manifest = store.read_manifest(_index_dir(args))
    except store.IndexProblem as exc:
        _err(str(exc))
        return 1
    if args.json:
        print(json.dumps(manifest, indent=2, ensure_ascii=False))
        return 0
    print(f"Index: {_index_dir(args)}  (built {manifest.get('created')}, model {manifest.get('model')})")
    for name, f in manifest.get("files", {}).items():
        print(f"  {name}: {f.get('title')!r}, {f.get('text_pages')}/{f.get('pages')} pages, {f.get('passages')} passages, {f.get('status')}")
    return 0
