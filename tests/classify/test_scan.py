"""The one-pass scanner reports exactly the places where each lexicon's words occur: at word starts for
word lexicons, anywhere for substring lexicons."""

from __future__ import annotations

import random

import pytest

from streams.classify.scan import Scanner

_WORDS = {"a": ["fine", "fined", "fine of", "eu", "ec"], "b": ["in", "european union", "union", "é"]}
_SUBS = {"c": ["data", "eu ", "in"]}
_PIECES = ["fine", "d", " ", "of", "european", " union", "_", "-", "data", "é", "ec", "in", "\n", "x", "eu "]


def _plain(low: str) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for name, words in _WORDS.items():
        out[name] = [
            p
            for p in range(len(low))
            if (p == 0 or not low[p - 1].isalnum()) and any(low.startswith(w, p) for w in words)
        ]
    for name, words in _SUBS.items():
        out[name] = [p for p in range(len(low)) if any(low.startswith(w, p) for w in words)]
    return out


def test_starts_equal_a_plain_search_of_every_position() -> None:
    scanner = Scanner(_WORDS, _SUBS)
    rnd = random.Random(7)
    for _ in range(3000):
        low = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 12)))
        assert scanner.starts(low) == _plain(low), repr(low)


def test_a_name_cannot_be_both_kinds_of_lexicon() -> None:
    with pytest.raises(ValueError):
        Scanner({"a": ["x"]}, {"a": ["y"]})
