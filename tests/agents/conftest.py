"""Agents under `test_context()`: no broker; what an agent sends to its output topics is captured."""

from __future__ import annotations

from collections.abc import Iterator
from unittest.mock import AsyncMock, patch

import pytest

from streams.agents import dead_letters
from streams.app import app


@pytest.fixture(scope="session", autouse=True)
def _faust_app_for_tests() -> None:
    app.finalize()
    app.flow_control.resume()


@pytest.fixture
def dead_letter_sends() -> Iterator[AsyncMock]:
    with patch.object(dead_letters.dead_letters_topic, "send", new=AsyncMock()) as sent:
        yield sent
