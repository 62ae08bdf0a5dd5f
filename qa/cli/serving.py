"""``scr-qa serve`` (starts the web UI with its sign-in, read-only and audit settings) and ``scr-qa users``
(who may sign in). The CLI is the entry point, so it may import ``ui``; ``ui`` never imports the CLI."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from qa.cli.common import _err, _index_dir


def _users_file(args: argparse.Namespace) -> Path:
    from ui.users import USERS_FILE_NAME

    return Path(args.users_file or Path(_index_dir(args)) / USERS_FILE_NAME).expanduser()


def _private_gradio_cache() -> None:
    """Gradio keeps uploads and rendered pages in its cache (default /tmp/gradio, readable by every user of the
    machine): unless GRADIO_TEMP_DIR says otherwise, use a folder only this user can read."""
    if os.environ.get("GRADIO_TEMP_DIR"):
        return
    from platformdirs import user_cache_dir

    from qa.store import private_dir

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
