"""A tiny HTTP server on 127.0.0.1 serving the bundled sample feeds, so the demo needs no internet."""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType

FEEDS_DIR = Path(__file__).with_name("feeds")


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class DemoFeedServer:
    """Serves `streams/demo/feeds/` (with Last-Modified and 304s, as the stdlib handler does)."""

    def __init__(self, directory: Path = FEEDS_DIR) -> None:
        handler = functools.partial(_QuietHandler, directory=str(directory))
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(target=self._server.serve_forever, name="demo-feeds", daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> DemoFeedServer:
        self._thread.start()
        return self

    def __exit__(
        self, *exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
