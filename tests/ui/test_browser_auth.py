"""Sign-in in real headless Chromium: the login page first, API routes 401 until signed in; a viewer asks and sees
no upload control (and the upload route refuses them); an editor sees it and their upload is indexed.

The server runs in this process on a free 127.0.0.1 port with a users file; HTTP-level checks of every route:
tests/ui/test_auth_http.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_factory import make_pdf

import qa
from qa.audit import AuditLog
from ui import harness
from ui.auth import Access
from ui.users import UsersFile

pytestmark = pytest.mark.browser

if not harness.chromium_path():
    pytest.skip(harness.MISSING_CHROMIUM, allow_module_level=True)

VIEWER, EDITOR = ("val", "viewer-password-1"), ("ed", "editor-password-1")
FACT = ["1.1 The Lowmoor strategy meeting was held on 2 June 2010.", "1.2 It was chaired by Ms Rowan Hale."]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("browser-auth")
    index_dir = root / "index"
    (root / "pdfs").mkdir()
    qa.build_index([str(make_pdf(root / "pdfs" / "lowmoor.pdf", [FACT]))], str(index_dir))
    users = UsersFile(index_dir / "users.json")
    users.add(VIEWER[0], "viewer", VIEWER[1])
    users.add(EDITOR[0], "editor", EDITOR[1])
    access = Access(users=users, audit=AuditLog.in_index(index_dir))
    with harness.running_server(str(index_dir), warm=False, access=access) as url:
        yield url, index_dir, root


def sign_in(page, url: str, who: tuple[str, str]) -> None:
    page.goto(url)
    page.wait_for_selector("input[type=password]", timeout=60_000)
    page.locator("input[data-testid=textbox]").fill(who[0])
    page.locator("input[type=password]").fill(who[1])
    page.get_by_role("button", name="Login").click()
    page.wait_for_selector("#scr-question textarea", timeout=60_000)
    page.wait_for_function("() => /indexed/.test(document.querySelector('#scr-header')?.innerText || '')",
                           timeout=60_000)


def test_anonymous_sees_the_login_page_and_the_api_refuses_them(server):
    url, _, _ = server
    with harness.browser() as page:
        page.goto(url)
        page.wait_for_selector("input[type=password]", timeout=60_000)
        assert page.locator("#scr-question").count() == 0  # no app before sign-in
        assert page.request.get(url + "config").status == 401
        assert page.request.get(url + "gradio_api/info").status == 401
        page.locator("input[data-testid=textbox]").fill(VIEWER[0])
        page.locator("input[type=password]").fill("not the password")
        page.get_by_role("button", name="Login").click()
        page.wait_for_timeout(1500)
        assert page.locator("#scr-question").count() == 0 and page.locator("input[type=password]").count() == 1


def test_a_viewer_asks_but_has_no_upload(server, tmp_path):
    url, index_dir, _ = server
    with harness.browser() as page:
        sign_in(page, url, VIEWER)
        harness.ask(page, "When was the Lowmoor strategy meeting held?")
        assert "2 June 2010" in page.inner_text("#scr-answer")
        page.get_by_role("tab", name="Documents").click()
        page.wait_for_selector("#scr-documents table", timeout=60_000)
        assert not page.locator("#scr-upload").is_visible()
        pdf = make_pdf(tmp_path / "sneaky.pdf", [["1.1 A viewer's document."]])
        refused = page.request.post(url + "gradio_api/upload",
                                    multipart={"files": {"name": "sneaky.pdf", "mimeType": "application/pdf",
                                                         "buffer": pdf.read_bytes()}})
        assert refused.status == 403
    assert not (Path(index_dir) / "uploads").exists()


def test_an_editor_uploads_a_document(server, tmp_path):
    url, index_dir, _ = server
    pdf = make_pdf(tmp_path / "addendum.pdf", [["1.1 The addendum was agreed on 11 July 2011."]])
    with harness.browser() as page:
        sign_in(page, url, EDITOR)
        page.get_by_role("tab", name="Documents").click()
        page.locator("#scr-upload").wait_for(state="visible", timeout=60_000)
        page.locator("#scr-upload input[type=file]").set_input_files([str(pdf)])
        page.wait_for_function("() => /indexed/.test(document.querySelector('#scr-upload-report').innerText)",
                               timeout=180_000)
        assert "addendum.pdf" in page.inner_text("#scr-upload-report")
        page.get_by_role("tab", name="Ask").click()
        harness.ask(page, "When was the addendum agreed?")
        assert "11 July 2011" in page.inner_text("#scr-answer")
    actions = [(e["user"], e["action"]) for e in AuditLog.in_index(index_dir).events()]
    assert ("ed", "upload") in actions and ("val", "ask") in actions and ("ed", "ask") in actions
