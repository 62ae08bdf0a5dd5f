"""Sign-in, roles, read-only and the audit log, over HTTP against a server launched in this process.

Anonymous requests to Gradio's API routes get 401; a viewer may ask but neither upload a file (403) nor run
the upload event (refused in the handler); an editor's upload is indexed; failed sign-ins are rate-limited
(400, then 429); ``--read-only`` refuses uploads to everyone; the audit log records who did what.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from conftest import ROOT
from pdf_factory import make_pdf

from qa.audit import AuditLog
from ui import harness
from ui.auth import Access
from ui.users import SignInLimiter, UsersFile

VIEWER, EDITOR = ("val", "viewer-password-1"), ("ed", "editor-password-1")
API_ROUTES = [  # (method, path): every kind of Gradio API route, read and write
    ("GET", "/config"), ("GET", "/gradio_api/info"), ("GET", "/gradio_api/openapi.json"),
    ("POST", "/gradio_api/queue/join"), ("GET", "/gradio_api/queue/data?session_hash=x"),
    ("POST", "/gradio_api/upload"), ("GET", "/gradio_api/upload_progress?upload_id=x"),
    ("POST", "/gradio_api/call/on_ask"), ("POST", "/gradio_api/run/on_ask"), ("POST", "/gradio_api/api/on_ask"),
    ("GET", "/gradio_api/file=/etc/passwd"), ("GET", "/gradio_api/heartbeat/x"), ("POST", "/gradio_api/reset"),
    ("POST", "/gradio_api/cancel"), ("GET", "/gradio_api/runs"), ("GET", "/gradio_api/run-history/records"),
    ("GET", "/monitoring"), ("GET", "/gradio_api/deep_link?session_hash=x"), ("GET", "/no/such/route"),
]


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def users_in(index_dir: Path) -> UsersFile:
    users = UsersFile(index_dir / "users.json")
    users.add(*VIEWER[:1], "viewer", VIEWER[1])
    users.add(*EDITOR[:1], "editor", EDITOR[1])
    return users


@contextmanager
def sign_in(url: str, who: tuple[str, str]) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=url, timeout=120) as client:
        response = client.post("/login", data={"username": who[0], "password": who[1]})
        assert response.status_code == 200, response.text
        yield client


def run_event(client: httpx.Client, api_name: str, data: list) -> dict:
    """Call a Gradio event through the HTTP API (``/gradio_api/call``); the completed or error event's data."""
    response = client.post(f"/gradio_api/call/{api_name}", json={"data": data})
    if response.status_code != 200:
        return {"status": response.status_code, "event": "http", "data": response.text}
    event_id = response.json()["event_id"]
    stream = client.get(f"/gradio_api/call/{api_name}/{event_id}")
    events = [line.removeprefix("event: ") for line in stream.text.splitlines() if line.startswith("event:")]
    payloads = [line.removeprefix("data: ") for line in stream.text.splitlines() if line.startswith("data:")]
    return {"status": stream.status_code, "event": events[-1], "data": payloads[-1]}


def upload_file(client: httpx.Client, pdf: Path) -> httpx.Response:
    with open(pdf, "rb") as handle:
        return client.post("/gradio_api/upload", files={"files": (pdf.name, handle, "application/pdf")})


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    index_dir = tmp_path_factory.mktemp("signed-in-index")
    access = Access(users=users_in(index_dir), audit=AuditLog.in_index(index_dir))
    with harness.running_server(str(index_dir), warm=False, access=access) as url:
        yield url, index_dir, access


def test_serve_refuses_a_non_loopback_host_without_sign_in(tmp_path):
    out = subprocess.run([sys.executable, "-m", "qa.cli", "serve", "--host", "0.0.0.0", "--index-dir", str(tmp_path)],
                         capture_output=True, text=True, timeout=300, cwd=ROOT, env=child_env())
    assert out.returncode == 1, out
    assert "refusing to serve on 0.0.0.0 without sign-in" in out.stderr
    assert "scr-qa users add NAME --role viewer|editor" in out.stderr and "--proxy-user-header" in out.stderr


def test_anonymous_requests_to_every_api_route_get_401(server):
    url, _, _ = server
    with httpx.Client(base_url=url, timeout=60) as client:
        codes = {f"{m} {p}": client.request(m, p).status_code for m, p in API_ROUTES}
        page = client.get("/")
    print(f"\nanonymous: {sum(c == 401 for c in codes.values())}/{len(codes)} API routes answered 401")
    assert codes == {route: 401 for route in codes}
    assert page.status_code == 200 and '"auth_required":true' in page.text.replace(" ", "")  # the login page


def staged(pdf: Path) -> list:
    """``pdf`` copied into Gradio's upload folder, as the upload event's input (as if it had been uploaded)."""
    from gradio.utils import get_upload_folder

    folder = Path(get_upload_folder()) / "scr-qa-test"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / pdf.name
    shutil.copyfile(pdf, target)
    return [[{"path": str(target), "orig_name": pdf.name, "meta": {"_type": "gradio.FileData"}}]]


def test_a_viewer_asks_but_cannot_upload(server, tmp_path):
    url, index_dir, access = server
    pdf = make_pdf(tmp_path / "viewer-upload.pdf", [["1.1 The viewer tried to add this document."]])
    with sign_in(url, VIEWER) as client:
        assert client.get("/config").status_code == 200
        assert upload_file(client, pdf).status_code == 403  # the file never reaches the server's cache
        # the upload event itself, given a file already in the cache, is refused by the handler: not only hidden
        refused = run_event(client, "on_upload", staged(pdf))
        assert refused["event"] == "error" and "your role may ask and read" in refused["data"], refused
        asked = run_event(client, "on_ask", ["When was the review completed?", []])
        assert asked["event"] == "complete", asked
    assert not (index_dir / "uploads").exists() and not (index_dir / "CURRENT").exists()
    events = access.audit.events()
    assert any(e["action"] == "sign-in" and e["user"] == "val" and e["ok"] for e in events)
    assert any(e["action"] == "ask" and e["user"] == "val" and e["question"] == "When was the review completed?"
               for e in events)


def test_an_editor_uploads_and_the_document_is_indexed(server, tmp_path):
    url, index_dir, access = server
    pdf = make_pdf(tmp_path / "editor-upload.pdf", [["1.1 The editor added this document on 3 March 2009."]])
    with sign_in(url, EDITOR) as client:
        response = upload_file(client, pdf)
        assert response.status_code == 200, response.text
        staged = response.json()[0]
        done = run_event(client, "on_upload", [[{"path": staged, "orig_name": pdf.name,
                                                 "meta": {"_type": "gradio.FileData"}}]])
        assert done["event"] == "complete", done
        asked = run_event(client, "on_ask", ["When did the editor add this document?", []])
    assert asked["event"] == "complete" and "3 March 2009" in asked["data"], asked
    from qa import store

    assert "editor-upload.pdf" in store.read_manifest(index_dir)["files"]
    events = access.audit.events()
    upload = [e for e in events if e["action"] == "upload"]
    assert upload and upload[-1]["user"] == "ed" and upload[-1]["files"] == [{"file": "editor-upload.pdf", "status": "indexed"}]
    ask = [e for e in events if e["action"] == "ask" and e["user"] == "ed"][-1]
    assert {"file": "editor-upload.pdf", "page": 1} in ask["cited"]
    assert all("password" not in str(e).lower() or e["action"] != "sign-in" for e in events)
    log = (index_dir / "audit.jsonl").read_text()
    assert VIEWER[1] not in log and EDITOR[1] not in log  # never a password


def test_failed_sign_ins_are_rate_limited(tmp_path):
    access = Access(users=users_in(tmp_path), limiter=SignInLimiter(free=3, base_s=30))
    with harness.running_server(str(tmp_path), warm=False, access=access) as url, httpx.Client(base_url=url, timeout=60) as c:
        codes = [c.post("/login", data={"username": "val", "password": f"guess-{i}"}).status_code for i in range(6)]
        right = c.post("/login", data={"username": VIEWER[0], "password": VIEWER[1]}).status_code
    print(f"\nfailed sign-ins: {codes}; then the right password: {right}")
    assert codes[:3] == [400, 400, 400] and codes[4:] == [429, 429]
    assert right == 429  # the address waits, even with the right password


def test_read_only_refuses_uploads_to_everyone(tmp_path):
    pdf = make_pdf(tmp_path / "ro.pdf", [["1.1 Not to be added."]])
    index_dir = tmp_path / "index"
    with harness.running_server(str(index_dir), warm=False, access=Access(read_only=True)) as url, \
            httpx.Client(base_url=url, timeout=120) as client:
        assert client.get("/config").status_code == 200  # no sign-in on loopback
        assert upload_file(client, pdf).status_code == 403
        refused = run_event(client, "on_upload", staged(pdf))
    assert refused["event"] == "error" and "this server is read-only" in refused["data"], refused
    assert not (index_dir / "uploads").exists()


def test_a_removed_user_is_signed_out(server):
    url, index_dir, access = server
    users = UsersFile(index_dir / "users.json")
    users.add("temp", "viewer", "temporary-password")
    with sign_in(url, ("temp", "temporary-password")) as client:
        assert client.get("/config").status_code == 200
        users.remove("temp")
        assert client.get("/config").status_code == 401
