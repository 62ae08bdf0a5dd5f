"""The ``scr-qa`` command: index, ask, info, serve, users, eval, compare, timeline.

Owns argument parsing, progress bars, terminal output and exit codes; everything it does goes through
the public API (``qa.build_index``, ``qa.ask`` …). Exit codes: 0 done, 1 a clear error (message on
stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from pathlib import Path
from typing import Any

from qa.locations import ENV_INDEX, default_index_dir
from qa.types import page_words, paragraph_words


def _index_dir(args: argparse.Namespace) -> str:
    return str(Path(args.index_dir or default_index_dir()).expanduser())


def _err(message: str) -> None:
    print(f"scr-qa: {message}", file=sys.stderr)


# --------------------------------------------------------------------------------------------------
# index
# --------------------------------------------------------------------------------------------------


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
        elif kind == "embed":
            if "files" in bars:
                bars["files"].close()
            bars["embed"] = tqdm(total=data["total"], desc="embedding", unit="text", file=sys.stderr, leave=False)
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


# --------------------------------------------------------------------------------------------------
# ask
# --------------------------------------------------------------------------------------------------


def _paragraph(c: dict[str, Any]) -> str:
    words = paragraph_words(c.get("paragraph"))
    return f", {words}" if words else ""


def format_citation(c: dict[str, Any]) -> str:
    para = _paragraph(c)
    return f"{c['title']}, {page_words(c['page'], c.get('page_end'), c.get('page_label'))}{para} ({c['file']})"


def print_answer(d: dict[str, Any], reason: str = "") -> None:
    citations = d["citations"]
    if d["answerable"]:
        short = d.get("short_answer")
        if short and short != d["answer"]:  # not sure of the span: the clause that answers, the span within it
            print(f"The reviews say: {d['answer']}")
            print(f"  (most likely: {short})")
        else:
            print(f"Answer: {d['answer']}")
        if citations:
            first = citations[0]
            print(textwrap.indent(textwrap.fill(f"“{first['quote']}”", 100), "  "))
            level = f"{level} " if (level := d.get("confidence_level")) else ""
            print(f"  — {format_citation(first)}   {level}confidence {d['score']:.2f}")
        rest = citations[1:]
        label = "Other passages:"
    else:
        print(f"Not found in these documents ({reason})." if reason else "Not found in these documents.")
        rest = citations
        label = "Closest passages (they do not answer the question):"
    if rest:
        print(label)
        for i, c in enumerate(rest, start=1):
            print(f"  {i}. {format_citation(c)}")
            print(textwrap.indent(textwrap.fill(f"“{c['quote']}”", 96), "     "))


def cmd_ask(args: argparse.Namespace) -> int:
    import qa

    options: dict[str, Any] = {}
    if args.config != "shipped":  # a baseline pipeline (for benchmarks and comparisons)
        from qa import api

        options["config"] = {"lexical-only": api.LEXICAL_ONLY, "dense-only": api.DENSE_ONLY,
                             "rules-only": api.RULES_ONLY, "model-only": api.MODEL_ONLY}[args.config]
    try:
        answer = qa.ask(args.question, _index_dir(args), k=args.k, files=args.file or None, **options)
    except Exception as exc:  # noqa: BLE001
        _err(str(exc))
        return 1
    if args.json:
        print(json.dumps(answer.to_dict(), indent=2, ensure_ascii=False))
    else:
        print_answer(answer.to_dict(), reason=answer.abstain_reason)
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from embeddings import store

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


# --------------------------------------------------------------------------------------------------
# serve / eval / compare / timeline (their modules are imported only when used)
# --------------------------------------------------------------------------------------------------


def _users_file(args: argparse.Namespace) -> Path:
    from ui.users import USERS_FILE_NAME

    return Path(args.users_file or Path(_index_dir(args)) / USERS_FILE_NAME).expanduser()


def _private_gradio_cache() -> None:
    """Gradio keeps uploads and rendered pages in its cache (default /tmp/gradio, readable by every user of the
    machine): unless GRADIO_TEMP_DIR says otherwise, use a folder only this user can read."""
    if os.environ.get("GRADIO_TEMP_DIR"):
        return
    from platformdirs import user_cache_dir

    from embeddings.store import private_dir

    cache = Path(user_cache_dir("scr-qa", appauthor=False)) / "gradio"
    private_dir(cache.parent)
    private_dir(cache)
    os.environ["GRADIO_TEMP_DIR"] = str(cache)


def cmd_serve(args: argparse.Namespace) -> int:
    from qa.audit import AuditLog
    from ui.app import serve
    from ui.auth import Access
    from ui.users import UsersFile, UsersProblem

    index_dir = _index_dir(args)
    _private_gradio_cache()
    users = UsersFile(_users_file(args))
    try:
        with_passwords = any(u.get("password") for u in users.users().values())
    except UsersProblem as exc:
        _err(str(exc))
        return 1
    if args.users_file and not with_passwords and not args.proxy_user_header:
        _err(f"no user with a password in {users.path}: add one with `scr-qa users add NAME --role viewer|editor "
             f"--users-file {users.path}`")
        return 1
    access = Access(
        users=users if (with_passwords or args.proxy_user_header) else None,
        proxy_header=args.proxy_user_header,
        trusted_proxies=tuple(args.trusted_proxy or ("127.0.0.1", "::1")),
        read_only=args.read_only,
        audit=AuditLog.in_index(index_dir) if args.audit else None,
    )
    if access.signs_in:
        how = f"header {args.proxy_user_header} from {', '.join(access.trusted_proxies)}" if args.proxy_user_header \
            else f"users in {users.path}"
        print(f"scr-qa: sign-in required ({how})", file=sys.stderr)
    if access.audit is not None:
        print(f"scr-qa: audit log: {access.audit.path}", file=sys.stderr)
    return serve(index_dir=index_dir, host=args.host, port=args.port, access=access) or 0


def _read_password(args: argparse.Namespace) -> str:
    """From stdin when asked or when it is not a terminal (one line), else typed twice without echo."""
    import getpass

    if args.password_stdin or not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(f"Password for {args.name}: ")
    if getpass.getpass("Again: ") != first:
        raise ValueError("the two passwords differ")
    return first


def cmd_users(args: argparse.Namespace) -> int:
    from ui.users import UsersFile, UsersProblem

    users = UsersFile(_users_file(args))
    try:
        if args.action == "add":
            password = None if args.no_password else _read_password(args)
            new = users.add(args.name, args.role, password)
            print(f"{'added' if new else 'updated'} {args.name} ({args.role}) in {users.path}")
        elif args.action == "remove":
            users.remove(args.name)
            print(f"removed {args.name} from {users.path}")
        else:
            for name, info in sorted(users.users().items()):
                kind = "password" if info.get("password") else "proxy sign-in only"
                print(f"{name}\t{info.get('role')}\t{kind}\tadded {info.get('created')}")
    except (UsersProblem, ValueError, EOFError) as exc:
        _err(str(exc) or type(exc).__name__)
        return 1
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from qa.evaluate import main as eval_main

    return eval_main(args, _index_dir(args))


def cmd_compare(args: argparse.Namespace) -> int:
    import qa

    try:
        result = qa.compare(args.question, _index_dir(args), files=args.file or None)
    except Exception as exc:  # noqa: BLE001
        _err(str(exc))
        return 1
    data = result.to_dict()
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print(f"Q: {data['question']}")
    for doc in data["documents"]:
        print(f"\n{doc['title']} ({doc['file']})")
        if doc["answerable"]:
            c = doc["citations"][0]
            print(f"  {doc['answer']}")
            print(textwrap.indent(textwrap.fill(f"“{c['quote']}”", 96), "    "))
            para = _paragraph(c)
            print(f"    — {page_words(c['page'], c.get('page_end'), c.get('page_label'))}{para}   confidence {doc['score']:.2f}")
        else:
            print("  Not addressed in this document.")
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    import csv

    import qa

    try:
        events = qa.timeline(_index_dir(args), query=args.query, files=args.file or None)
    except Exception as exc:  # noqa: BLE001
        _err(str(exc))
        return 1
    rows = [e.to_dict() for e in events]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    elif args.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(["date", "precision", "date_text", "event", "citations"])
        for r in rows:
            cites = "; ".join(f"{c['file']} p.{c['page']}" + (f" para {c['paragraph']}" if c.get("paragraph") else "") for c in r["citations"])
            writer.writerow([r["date"], r["precision"], r["date_text"], r["event"], cites])
    else:
        for r in rows:
            pages: dict[str, list[str]] = {}
            for c in r["citations"]:
                pages.setdefault(c["file"], []).append(str(c["page"]))
            cites = "; ".join(f"{file} p.{', '.join(dict.fromkeys(p))}" for file, p in pages.items())
            print(f"{r['date']:<10}  {textwrap.shorten(r['event'], 110)}  [{cites}]")
    return 0


# --------------------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scr-qa",
        description="Ask questions of serious case review PDFs; every answer is quoted verbatim and cited.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def index_dir_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--index-dir", help=f"index folder (default: ${ENV_INDEX}, else {default_index_dir()})")

    p = sub.add_parser("index", help="index PDFs (files and/or folders) and print a per-file report")
    p.add_argument("paths", nargs="+", help="PDF files and/or folders (searched recursively)")
    index_dir_option(p)
    p.add_argument("--json", action="store_true", help="print the per-file report as JSON")
    p.add_argument("--add", action="store_true", help="keep files indexed earlier that are not given now")
    p.add_argument("--rebuild", action="store_true", help="read and embed every file again")
    p.add_argument("--password", help="password for encrypted PDFs")
    p.add_argument("--password-file", help="tab-separated file: <file name><TAB><password> per line")
    p.add_argument("--time-budget", type=float, default=None, help="seconds allowed per file before it is skipped")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("ask", help="ask a question")
    p.add_argument("question")
    index_dir_option(p)
    p.add_argument("-k", type=int, default=5, help="number of citations (default 5)")
    p.add_argument("--file", action="append", help="only search this indexed file (repeatable)")
    p.add_argument("--json", action="store_true", help="print the answer as JSON")
    p.add_argument(
        "--config", choices=["shipped", "rules-only", "model-only", "lexical-only", "dense-only"], default="shipped",
        help="answering pipeline: shipped (default) or a retrieval baseline",
    )
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("info", help="list the indexed documents")
    index_dir_option(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("serve", help="start the web UI (binds 127.0.0.1 unless told otherwise)")
    index_dir_option(p)
    p.add_argument("--host", default="127.0.0.1", help="address to bind; anything but loopback needs sign-in")
    p.add_argument("--port", type=int, default=7860)
    p.add_argument("--read-only", action="store_true", help="nobody can add or remove documents")
    p.add_argument("--audit", action="store_true", help="append who asked, uploaded or removed what to <index>/audit.jsonl")
    p.add_argument("--users-file", help="users and password hashes (default: users.json in the index folder); "
                   "when it holds a user with a password, everyone signs in")
    p.add_argument("--proxy-user-header", metavar="HEADER",
                   help="trust this header (e.g. X-Remote-User) as the signed-in user, set by a reverse proxy")
    p.add_argument("--trusted-proxy", action="append", metavar="ADDRESS",
                   help="the reverse proxy's address (repeatable; default 127.0.0.1 and ::1)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("users", help="who may sign in to the web UI, and their roles")
    users_sub = p.add_subparsers(dest="action", required=True)
    for action, text in (("add", "add a user or change their role and password"), ("remove", "remove a user"),
                         ("list", "list users and roles")):
        q = users_sub.add_parser(action, help=text)
        if action != "list":
            q.add_argument("name")
        if action == "add":
            q.add_argument("--role", choices=["viewer", "editor"], required=True,
                           help="viewer: ask, compare, timeline; editor: also add and remove documents")
            q.add_argument("--password-stdin", action="store_true", help="read the password from stdin (for scripts)")
            q.add_argument("--no-password", action="store_true", help="no password: signed in by a reverse proxy only")
        index_dir_option(q)
        q.add_argument("--users-file", help="default: users.json in the index folder")
        q.set_defaults(func=cmd_users)

    p = sub.add_parser("eval", help="score the pipeline and baselines against a questions file")
    index_dir_option(p)
    p.add_argument("--questions", default=None, help="questions file (default: eval/questions.jsonl)")
    p.add_argument("--out", default="eval/results", help="folder for results.json, results.md and plots")
    p.add_argument("-k", "--k", type=int, default=5)
    p.add_argument("--corpus", default=None, help="PDFs to index first when the index is missing (default: data/practice)")
    p.add_argument("--configs", default=None, help="comma-separated configurations to run (default: all)")
    p.add_argument(
        "--timeline", default=None,
        help="timeline gold file (default: timeline_gold.jsonl beside the questions file, when it exists)",
    )
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("compare", help="what each document says about a question, side by side")
    p.add_argument("question")
    index_dir_option(p)
    p.add_argument("--file", action="append", help="only these indexed files (repeatable)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("timeline", help="dated events from all documents, with citations")
    index_dir_option(p)
    p.add_argument("--query", help="only events about this (words and meaning)")
    p.add_argument("--file", action="append", help="only these indexed files (repeatable)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--csv", action="store_true")
    group.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_timeline)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "time_budget", None) is None and args.command == "index":
        from qa.ingest import FILE_TIME_BUDGET_S

        args.time_budget = FILE_TIME_BUDGET_S
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        _err("interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(main())
