"""Who may use the web UI: the users file (names, roles, password hashes) and limits on failed sign-ins.

The users file is JSON, written atomically with mode 0600::

    {"version": 1, "users": {"alice": {"role": "editor", "password": "scrypt$16384$8$1$<salt>$<hash>",
                                        "created": "2026-12-04T16:00:00+00:00"}}}

Passwords are hashed with scrypt (``hashlib.scrypt``, the standard library's binding of OpenSSL's KDF) with a
random 16-byte salt per password; the clear password is never stored, printed or logged. A user added for a
reverse proxy's sign-in has a role and no password (``password`` null): they cannot sign in with a password.
Roles: ``viewer`` (ask, compare, read the timeline) and ``editor`` (also add and remove documents).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import json
import os
import re
import secrets
import threading
import time
from pathlib import Path
from typing import Any

ROLES = ("viewer", "editor")
USERS_FILE_NAME = "users.json"
# scrypt cost N=2^15, r=8, p=3: one of the OWASP Password Storage Cheat Sheet's equivalent minimums (32 MiB of
# memory; about 0.6 s a hash on this 2-core machine, paid once per sign-in, off the server's event loop).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 3
SCRYPT_MAXMEM = 64 * 1024 * 1024
MIN_PASSWORD_CHARS = 10
MAX_PASSWORD_CHARS = 1024
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")


class UsersProblem(ValueError):
    """A bad user name, role, password or users file; the message says what to do."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    """``scrypt$N$r$p$<salt b64>$<hash b64>`` for ``password`` with a fresh random salt."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=SCRYPT_MAXMEM, dklen=32)
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str | None) -> bool:
    """True when ``password`` matches the stored hash (constant-time comparison); False for anything malformed."""
    try:
        kind, n, r, p, salt, digest = (stored or "").split("$")
        if kind != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                             maxmem=SCRYPT_MAXMEM, dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


@functools.lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """A hash checked when the user does not exist, so an unknown name costs as long as a wrong password."""
    return hash_password(secrets.token_urlsafe(12))


def check_name(name: str) -> str:
    if not _NAME.match(name or ""):
        raise UsersProblem(
            f"bad user name {name!r}: use 1-64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit"
        )
    return name


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_CHARS:
        raise UsersProblem(f"the password is too short: use at least {MIN_PASSWORD_CHARS} characters")
    if len(password) > MAX_PASSWORD_CHARS:
        raise UsersProblem(f"the password is too long: at most {MAX_PASSWORD_CHARS} characters")
    return password


class UsersFile:
    """The users file at ``path``; every change rewrites it atomically (temporary file + ``os.replace``)."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path).expanduser()

    def users(self) -> dict[str, dict[str, Any]]:
        """{name: {"role", "password", "created"}}; {} when the file does not exist."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise UsersProblem(f"cannot read the users file {self.path}: {exc.strerror or exc}") from exc
        try:
            data = json.loads(text)
            users = data["users"]
            assert isinstance(users, dict)
        except (ValueError, KeyError, TypeError, AssertionError) as exc:
            raise UsersProblem(f"the users file {self.path} is damaged ({exc}); fix it or remove it and add users again") from exc
        return users

    def role(self, name: str | None) -> str | None:
        info = self.users().get(name or "")
        role = info.get("role") if info else None
        return role if role in ROLES else None

    def add(self, name: str, role: str, password: str | None) -> bool:
        """Add ``name`` or replace their role and password; True when the user is new."""
        check_name(name)
        if role not in ROLES:
            raise UsersProblem(f"bad role {role!r}: use one of {', '.join(ROLES)}")
        users = self.users()
        new = name not in users
        users[name] = {
            "role": role,
            "password": hash_password(check_password(password)) if password is not None else None,
            "created": users.get(name, {}).get("created") or time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime()),
        }
        self._write(users)
        return new

    def remove(self, name: str) -> None:
        users = self.users()
        if name not in users:
            raise UsersProblem(f"no user {name!r} in {self.path}")
        del users[name]
        self._write(users)

    def authenticate(self, name: str, password: str) -> bool:
        info = self.users().get(name)
        stored = info.get("password") if info and info.get("role") in ROLES else None
        ok = verify_password(password, stored or _dummy_hash())
        return bool(ok and stored)

    def _write(self, users: dict[str, dict[str, Any]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = self.path.with_name(f".{self.path.name}.{secrets.token_hex(4)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "users": users}, handle, indent=1, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise


class SignInLimiter:
    """Failed sign-ins per key (a user name, a client address): after ``free`` failures in ``window_s`` seconds,
    each further attempt waits ``base_s`` × 2^(extra failures), capped at ``max_s``; a success clears the key."""

    def __init__(self, free: int = 5, window_s: float = 900.0, base_s: float = 2.0, max_s: float = 900.0,
                 clock=time.monotonic) -> None:
        self.free, self.window_s, self.base_s, self.max_s, self.clock = free, window_s, base_s, max_s, clock
        self._failures: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def wait_s(self, key: str) -> float:
        """Seconds until ``key`` may try again (0 when it may try now)."""
        now = self.clock()
        with self._lock:
            times = [t for t in self._failures.get(key, []) if now - t < self.window_s]
            if times:
                self._failures[key] = times
            else:
                self._failures.pop(key, None)
            extra = len(times) - self.free
            if extra < 0:
                return 0.0
            return max(0.0, times[-1] + min(self.max_s, self.base_s * 2**extra) - now)

    def failed(self, key: str) -> None:
        with self._lock:
            self._failures.setdefault(key, []).append(self.clock())
            if len(self._failures) > 10_000:  # bounded memory under a flood of made-up names
                oldest = sorted(self._failures, key=lambda k: self._failures[k][-1])[:5_000]
                for stale in oldest:
                    del self._failures[stale]

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)
