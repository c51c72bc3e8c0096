"""Typed failures of one feed. `code` is stable for metrics and tests; `retriable` says if waiting helps."""

from __future__ import annotations

from streams.errors import FeedError


class FetchError(FeedError):
    """The feed could not be fetched: network, HTTP status, size or redirect problems."""

    def __init__(
        self,
        code: str,
        problem: str,
        fix: str = "",
        *,
        retriable: bool,
        http_status: int | None = None,
    ) -> None:
        self.code = code
        self.http_status = http_status
        super().__init__(problem, fix, retriable=retriable)


class ParseError(FeedError):
    """The body is not a feed we can read, or was refused as hostile: retrying the same bytes won't help."""

    def __init__(self, code: str, problem: str, fix: str = "") -> None:
        self.code = code
        super().__init__(problem, fix, retriable=False)
