"""The users file (scrypt hashes, 0600, never the clear password), ``scr-qa users``, the sign-in limiter, roles,
and the audit log (append-only JSON lines, whole lines under concurrent writers, 0600)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading

import pytest
from conftest import ROOT

from qa.audit import AuditLog, cited
from ui.auth import Access, serve_problem
from ui.users import SignInLimiter, UsersFile, UsersProblem, hash_password, verify_password

PASSWORD = "a long enough password"


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_hash_and_verify():
    stored = hash_password(PASSWORD)
    assert stored.startswith("scrypt$32768$8$3$") and PASSWORD not in stored
    assert verify_password(PASSWORD, stored)
    assert not verify_password(PASSWORD + "x", stored)
    assert hash_password(PASSWORD) != stored  # a fresh salt each time
    for bad in (None, "", "plain", "scrypt$1$2$3$@@$@@", "bcrypt$x$y$z$a$b"):
        assert not verify_password(PASSWORD, bad)


def test_users_file_roles_and_mode(tmp_path):
    users = UsersFile(tmp_path / "sub" / "users.json")
    assert users.users() == {}
    assert users.add("alice", "editor", PASSWORD) is True
    assert users.add("bob", "viewer", None) is True  # a proxy-only user: no password
    assert users.add("alice", "viewer", PASSWORD + "2") is False  # changed role and password
    assert mode(users.path) == 0o600 and mode(users.path.parent) == 0o700
    text = users.path.read_text()
    assert PASSWORD not in text and json.loads(text)["users"]["bob"]["password"] is None
    assert users.role("alice") == "viewer" and users.role("bob") == "viewer" and users.role("carol") is None
    assert users.authenticate("alice", PASSWORD + "2") and not users.authenticate("alice", PASSWORD)
    assert not users.authenticate("bob", "") and not users.authenticate("carol", PASSWORD)
    users.remove("alice")
    assert users.role("alice") is None
    with pytest.raises(UsersProblem, match="no user"):
        users.remove("alice")
    with pytest.raises(UsersProblem, match="bad user name"):
        users.add("../x", "viewer", PASSWORD)
    with pytest.raises(UsersProblem, match="bad role"):
        users.add("dave", "admin", PASSWORD)
    with pytest.raises(UsersProblem, match="too short"):
        users.add("dave", "viewer", "short")
    users.path.write_text("{not json")
    with pytest.raises(UsersProblem, match="damaged"):
        users.users()


def test_users_cli_reads_the_password_from_stdin_and_never_prints_it(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    base = [sys.executable, "-m", "qa.cli", "users"]
    add = subprocess.run(base + ["add", "erin", "--role", "editor", "--index-dir", str(tmp_path)],
                         input=PASSWORD + "\n", capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    assert add.returncode == 0, add.stderr
    assert "added erin (editor)" in add.stdout and PASSWORD not in add.stdout + add.stderr
    assert UsersFile(tmp_path / "users.json").authenticate("erin", PASSWORD)
    listed = subprocess.run(base + ["list", "--index-dir", str(tmp_path)], capture_output=True, text=True,
                            timeout=120, env=env, cwd=ROOT)
    assert listed.returncode == 0 and "erin\teditor\tpassword" in listed.stdout and "scrypt" not in listed.stdout
    short = subprocess.run(base + ["add", "fay", "--role", "viewer", "--index-dir", str(tmp_path)],
                           input="short\n", capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    assert short.returncode == 1 and "too short" in short.stderr


def test_sign_in_limiter_backs_off_and_forgets():
    now = [0.0]
    limiter = SignInLimiter(free=2, window_s=100, base_s=2, max_s=16, clock=lambda: now[0])
    waits = []
    for _ in range(6):
        waits.append(limiter.wait_s("k"))
        limiter.failed("k")
    assert waits == [0, 0, 2, 4, 8, 16]
    assert limiter.wait_s("other") == 0
    now[0] = 50.0
    assert limiter.wait_s("k") == 0  # the back-off has passed
    now[0] = 200.0
    assert limiter.wait_s("k") == 0 and "k" not in limiter._failures  # outside the window: forgotten
    limiter.failed("k")
    limiter.succeeded("k")
    assert limiter.wait_s("k") == 0


def test_roles_and_where_serve_may_start(tmp_path):
    users = UsersFile(tmp_path / "users.json")
    users.add("vi", "viewer", PASSWORD)
    users.add("ed", "editor", PASSWORD)
    open_access = Access()
    assert open_access.role(None) == "editor" and open_access.can_edit(None)
    assert not Access(read_only=True).can_edit(None)
    signed = Access(users=users)
    assert signed.role(None) is None and not signed.can_edit(None)
    assert signed.can_edit("ed") and not signed.can_edit("vi") and signed.role("nobody") is None
    assert not Access(users=users, read_only=True).can_edit("ed")
    proxied = Access(users=users, proxy_header="X-Remote-User")
    assert proxied.role("stranger") == "viewer" and proxied.can_edit("ed")
    assert serve_problem("127.0.0.1", open_access) is None and serve_problem("0.0.0.0", signed) is None
    assert "scr-qa users add" in serve_problem("0.0.0.0", open_access)
    assert signed.check_password("vi", PASSWORD) and not signed.check_password("vi", "wrong")


def test_proxy_header_is_trusted_only_from_the_proxy():
    class Request:
        def __init__(self, host, headers):
            self.client = type("Client", (), {"host": host})()
            self.headers = headers

    access = Access(proxy_header="X-Remote-User", trusted_proxies=("10.0.0.2",))
    assert access.proxy_user(Request("10.0.0.2", {"X-Remote-User": "alice"})) == "alice"
    assert access.proxy_user(Request("10.0.0.9", {"X-Remote-User": "alice"})) is None
    assert access.proxy_user(Request("10.0.0.2", {})) is None


def test_audit_log_appends_whole_lines_from_many_threads(tmp_path):
    log = AuditLog.in_index(tmp_path / "index")
    log.record("ask", "alice", "10.0.0.7", question="When?", cited=cited([{"file": "a.pdf", "page": 2}, None,
                                                                          {"file": "a.pdf", "page": 2}]))
    first = (tmp_path / "index" / "audit.jsonl").read_bytes()

    def write(n):
        for i in range(50):
            log.record("ask", f"user{n}", None, question=f"question {i} " + "x" * 3000)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    events = log.events()
    print(f"\naudit: {len(events)} events from 9 writers, all whole lines")
    assert len(events) == 401 and log.path.read_bytes().startswith(first)  # appended, nothing rewritten
    assert events[0]["cited"] == [{"file": "a.pdf", "page": 2}] and events[0]["user"] == "alice"
    assert all(len(e["question"]) <= 2000 for e in events) and {e["time"][-1] for e in events} == {"Z"}
    assert mode(log.path) == 0o600
