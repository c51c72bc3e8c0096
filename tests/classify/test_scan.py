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


def test_a_keyword_index_backs_off_from_a_phrase_that_runs_on_into_a_longer_word() -> None:
    from streams.classify.text import KeywordIndex

    index = KeywordIndex({"temporary ban": "ruling", "ban": "ruling", "bann*": "stem", "banned": "ruling"})
    low = "a temporary banner; a temporary ban; they banned it"
    starts = [i for i in range(len(low)) if low[i].isalpha() and (i == 0 or not low[i - 1].isalpha())]
    assert [(low[s:e], kind) for s, e, _w, kind in index.find(low, starts)] == [
        ("bann", "stem"),  # "temporary ban" runs on into "banner": the stem inside it is found
        ("temporary ban", "ruling"),
        ("banned", "ruling"),  # the longest at its start: the word over the stem
    ]
