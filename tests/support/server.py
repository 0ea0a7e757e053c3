"""A static HTTP server on 127.0.0.1 for a built site, the way GitHub Pages serves it.

The site can sit under a path prefix (``/repo/`` for ``site_url: https://user.github.io/repo/``):
a folder answers with its ``index.html`` (a folder URL without the final slash is redirected to
it), anything missing answers 404 with the site's ``404.html``, and nothing outside the prefix
exists. Every request path is recorded. The server runs in daemon threads on an ephemeral port
and stops when the context manager exits.
"""

from __future__ import annotations

import contextlib
import http.server
import mimetypes
import posixpath
import socket
import threading
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".xml": "application/xml",
    ".gz": "application/gzip",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
    ".txt": "text/plain; charset=utf-8",
}


@dataclass
class Served:
    """A running server: ``base`` is the site's URL (ending in the prefix)."""

    base: str
    site: Path
    prefix: str
    requests: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str = "") -> str:
        return self.base + path.lstrip("/")

    def record(self, path: str) -> None:
        with self._lock:
            self.requests.append(path)


class _Handler(http.server.BaseHTTPRequestHandler):
    served: ClassVar[Served]
    protocol_version = "HTTP/1.1"

    def _resolve(self, path: str) -> tuple[int, Path | None, str | None]:
        """(status, file, redirect location) for a request path."""
        served = self.served
        site = served.site
        if not (path + "/").startswith(served.prefix):
            return 404, None, None
        rel = path[len(served.prefix) :] if path.startswith(served.prefix) else ""
        norm = posixpath.normpath("/" + rel).lstrip("/")
        candidate = (site / norm).resolve() if norm not in ("", ".") else site
        if candidate != site and site not in candidate.parents:
            return 404, None, None
        if candidate.is_dir():
            if not path.endswith("/"):
                return 301, None, path + "/"
            candidate = candidate / "index.html"
        if candidate.is_file():
            return 200, candidate, None
        return 404, None, None

    def _answer(self, send_body: bool) -> None:
        parts = urllib.parse.urlsplit(self.path)
        path = urllib.parse.unquote(parts.path)
        self.served.record(self.path)
        status, target, location = self._resolve(path)
        if status == 301 and location is not None:
            self.send_response(301)
            self.send_header("Location", urllib.parse.quote(location))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if target is None:
            fallback = self.served.site / "404.html"
            body = fallback.read_bytes() if fallback.is_file() else b"404 Not Found"
            kind = CONTENT_TYPES[".html"]
        else:
            body = target.read_bytes()
            kind = CONTENT_TYPES.get(target.suffix.lower()) or (
                mimetypes.guess_type(target.name)[0] or "application/octet-stream"
            )
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def log_message(self, format: str, *args: Any) -> None:  # quiet: requests are recorded
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def free_port() -> int:
    """A port that is free on 127.0.0.1 now (to build a site for the URL it will be served at)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def serve_site(site: Path, prefix: str = "/", port: int = 0) -> Iterator[Served]:
    """Serve ``site`` at ``http://127.0.0.1:<port><prefix>`` until the block ends (port 0: any
    free port)."""
    if not prefix.startswith("/") or not prefix.endswith("/"):
        raise ValueError(f"prefix must start and end with '/': {prefix!r}")
    site = site.resolve()
    served = Served(base="", site=site, prefix=prefix)
    handler = type("Handler", (_Handler,), {"served": served})
    server = _Server(("127.0.0.1", port), handler)
    served.base = f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield served
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
