"""The ``scr-qa`` command: index, ask, info, serve, users, eval, compare, timeline.

Owns argument parsing, progress bars, terminal output and exit codes; everything it does goes through
the public API (``qa.build_index``, ``qa.ask`` …). Exit codes: 0 done, 1 a clear error (message on
stderr), 2 bad usage.

This module holds the parser and ``main``; the sub-commands live by group: ``qa.cli.indexing`` (index,
info), ``qa.cli.answers`` (ask, compare, timeline), ``qa.cli.serving`` (serve, users); ``eval`` hands over
to ``qa.evaluate``. Their modules (and ``ui``) are imported only when used.
"""

from __future__ import annotations

import argparse

from qa.cli.answers import cmd_ask, cmd_compare, cmd_timeline, format_citation, print_answer
from qa.cli.common import _err, _index_dir
from qa.cli.indexing import cmd_index, cmd_info
from qa.cli.serving import cmd_serve, cmd_users
from qa.locations import ENV_INDEX, default_index_dir

__all__ = [
    "ENV_INDEX", "build_parser", "cmd_ask", "cmd_compare", "cmd_eval", "cmd_index", "cmd_info", "cmd_serve",
    "cmd_timeline", "cmd_users", "default_index_dir", "format_citation", "main", "print_answer",
]


def cmd_eval(args: argparse.Namespace) -> int:
    from qa.evaluate import main as eval_main

    return eval_main(args, _index_dir(args))


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
