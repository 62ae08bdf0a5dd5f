"""Sign-in, roles, read-only mode and the audit hook of the web UI (``Access``), on Gradio's own auth.

Sign-in is Gradio's: ``launch(auth=...)`` with ``Access.authenticate`` checking the users file (``ui.users``), or
``launch(auth_dependency=...)`` reading a reverse proxy's header, trusted only from the proxy's own addresses
(``--proxy-user-header``: the operator must say so). Gradio then refuses anonymous calls to its API routes
(401) and shows its login page. ``Gate``, an ASGI middleware given to Gradio's FastAPI app, adds what Gradio
does not do: it refuses (401) anonymous requests to the few routes Gradio leaves open and to anything
unknown, answers 429 to a client address after repeated failed sign-ins, and refuses (403) the file-upload
route to anyone who may not add documents. Roles are enforced again in the handlers (``require_edit``), so a
viewer calling the upload event through the API is refused, not only shown no upload control.

Without sign-in (the default, on 127.0.0.1 only) the one local user may do everything unless ``read_only``.
"""

from __future__ import annotations

import asyncio
import contextvars
import json
from dataclasses import dataclass, field
from typing import Any

from qa.audit import AuditLog, cited
from ui.users import ROLES, SignInLimiter, UsersFile

LOOPBACK = ("127.0.0.1", "localhost", "::1")
EDIT_ROUTES = ("/gradio_api/upload",)  # Gradio's file-upload route: only where an editor may add documents
# What Gradio's login page needs before anyone has signed in (its HTML, scripts, styles, icons, the login form).
PUBLIC_PATHS = {
    "/", "/login", "/login/", "/logout", "/logout/", "/favicon.ico", "/theme.css", "/robots.txt", "/manifest.json",
    "/gradio_api/login_check", "/gradio_api/login_check/", "/gradio_api/theme.css", "/gradio_api/app_id",
    "/gradio_api/app_id/", "/gradio_api/startup-events", "/gradio_api/user", "/gradio_api/user/",
}
PUBLIC_PREFIXES = ("/assets/", "/static/", "/svelte/", "/pwa_icon", "/gradio_api/assets/")

_client: contextvars.ContextVar[str | None] = contextvars.ContextVar("scr_qa_client", default=None)


class Refused(Exception):
    """An action the user's role or read-only mode does not allow (the UI shows the message)."""


@dataclass
class Access:
    """Who may do what in one running server, and where their actions are recorded."""

    users: UsersFile | None = None  # sign-in with a password from this file
    proxy_header: str | None = None  # or: the user a reverse proxy signed in, from this header
    trusted_proxies: tuple[str, ...] = ("127.0.0.1", "::1")
    read_only: bool = False
    audit: AuditLog | None = None
    limiter: SignInLimiter = field(default_factory=SignInLimiter)

    @property
    def signs_in(self) -> bool:
        return self.users is not None or self.proxy_header is not None

    # ------------------------------------------------------------------ who, and what they may do

    def role(self, user: str | None) -> str | None:
        """``editor``, ``viewer`` or None (nobody signed in, or a user no longer in the users file)."""
        if not self.signs_in:
            return "editor"
        if not user:
            return None
        role = self.users.role(user) if self.users is not None else None
        if role is None and self.proxy_header is not None:
            return "viewer"  # signed in by the proxy, not listed: may read, not change
        return role if role in ROLES else None

    def can_edit(self, user: str | None) -> bool:
        return not self.read_only and self.role(user) == "editor"

    @staticmethod
    def user_of(request: Any) -> str | None:
        return getattr(request, "username", None) if request is not None else None

    @staticmethod
    def client_of(request: Any) -> str | None:
        try:
            return request.client.host
        except AttributeError:
            return None

    def require_edit(self, request: Any, action: str, files: list[str] | None = None) -> str | None:
        """Raise ``Refused`` (and record it) unless the request's user may add or remove documents."""
        user = self.user_of(request)
        if self.can_edit(user):
            return user
        why = ("this server is read-only: documents cannot be added or removed here" if self.read_only
               else "your role may ask and read but not add or remove documents (an editor can)")
        self.record("refused", request, attempted=action, files=files, reason=why)
        raise Refused(why)

    # ------------------------------------------------------------------ audit

    def record(self, action: str, request: Any, **details: Any) -> None:
        if self.audit is not None:
            self.audit.record(action, self.user_of(request), self.client_of(request), **details)

    def record_question(self, action: str, request: Any, question: str, files: list[str] | None,
                        citations: list[dict[str, Any] | None] | None) -> None:
        if self.audit is not None and (question or "").strip():
            self.record(action, request, question=question.strip(), files=list(files) if files else None,
                        cited=cited(citations))

    # ------------------------------------------------------------------ sign-in

    def check_password(self, username: str, password: str) -> bool:
        """The users file's verdict, with failed sign-ins per name rate-limited and recorded (never the password)."""
        key = f"user:{username}"
        client = _client.get()
        if self.users is None or self.limiter.wait_s(key) > 0:
            ok, why = False, "too many failed sign-ins"
        else:
            ok = self.users.authenticate(username, password)
            why = None if ok else "wrong name or password"
            (self.limiter.succeeded if ok else self.limiter.failed)(key)
        if self.audit is not None:
            self.audit.record("sign-in", username[:100], client, ok=ok, **({"reason": why} if why else {}))
        return ok

    async def authenticate(self, username: str, password: str) -> bool:
        """Gradio's ``auth`` callable; scrypt runs in a worker thread, off the server's event loop."""
        return await asyncio.to_thread(contextvars.copy_context().run, self.check_password, username, password)

    def proxy_user(self, request: Any) -> str | None:
        """Gradio's ``auth_dependency`` for a reverse proxy: the header's user, only from a trusted address."""
        if self.client_of(request) not in self.trusted_proxies:
            return None
        user = (request.headers.get(self.proxy_header) or "").strip()
        return user or None

    def launch_kwargs(self) -> dict[str, Any]:
        """The ``gr.Blocks.launch`` arguments for this policy."""
        from starlette.middleware import Middleware

        kwargs: dict[str, Any] = {"app_kwargs": {"middleware": [Middleware(Gate, access=self)]}}
        if self.proxy_header is not None:
            kwargs["auth_dependency"] = self.proxy_user
        elif self.users is not None:
            kwargs["auth"] = self.authenticate
            kwargs["auth_message"] = "Sign in with the name and password your administrator gave you."
        return kwargs


class Gate:
    """ASGI middleware over Gradio's app: see the module docstring."""

    def __init__(self, app: Any, access: Access) -> None:
        self.app, self.access = app, access

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        from starlette.requests import HTTPConnection

        conn = HTTPConnection(scope)
        client = conn.client.host if conn.client else None
        path = scope.get("path", "")
        if path.rstrip("/") == "/login" and scope.get("method") == "POST":
            return await self._login(scope, receive, send, client)
        edit = path.rstrip("/") in EDIT_ROUTES
        public = not edit and (path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES))
        if public or not self.access.signs_in:
            user = None
        else:
            user = self._user(conn)
            if user is None:
                return await _deny(scope, send, 401, "Not authenticated: sign in first.")
        if edit and not self.access.can_edit(user):
            return await _deny(scope, send, 403, "Your role may not add documents to this index.")
        return await self.app(scope, receive, send)

    def _user(self, conn: Any) -> str | None:
        if self.access.proxy_header is not None:
            user = self.access.proxy_user(conn)
        else:
            gradio_app = conn.scope.get("app")
            cookie_id = getattr(gradio_app, "cookie_id", None)
            token = conn.cookies.get(f"access-token-{cookie_id}") or conn.cookies.get(f"access-token-unsecure-{cookie_id}")
            user = getattr(gradio_app, "tokens", {}).get(token) if token else None
        return user if self.access.role(user) else None  # a user removed from the file is signed out

    async def _login(self, scope: dict, receive: Any, send: Any, client: str | None) -> None:
        key = f"client:{client}"
        wait = self.access.limiter.wait_s(key)
        if wait > 0:
            return await _deny(scope, send, 429, f"Too many failed sign-ins; try again in {int(wait) + 1} s.",
                               headers=[(b"retry-after", str(int(wait) + 1).encode())])
        status: dict[str, int] = {}

        async def watch(message: dict) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        token = _client.set(client)
        try:
            await self.app(scope, receive, watch)
        finally:
            _client.reset(token)
        if status.get("code") == 200:
            self.access.limiter.succeeded(key)
        elif status.get("code") in (400, 401):
            self.access.limiter.failed(key)


async def _deny(scope: dict, send: Any, code: int, message: str, headers: list | None = None) -> None:
    if scope["type"] == "websocket":
        await send({"type": "websocket.close", "code": 1008})
        return
    body = json.dumps({"detail": message}).encode()
    await send({"type": "http.response.start", "status": code,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *(headers or [])]})
    await send({"type": "http.response.body", "body": body})


def serve_problem(host: str, access: Access) -> str | None:
    """Why ``serve`` must not start on ``host`` with this policy (None when it may)."""
    if host in LOOPBACK or access.signs_in:
        return None
    return (
        f"refusing to serve on {host} without sign-in: anyone who could reach it could read every indexed "
        "document. Add users first (scr-qa users add NAME --role viewer|editor --index-dir DIR; they sign in "
        "with a password), or, behind a reverse proxy that signs people in, pass --proxy-user-header HEADER "
        "(and --trusted-proxy ADDRESS unless the proxy runs on this machine). Or serve on 127.0.0.1."
    )
