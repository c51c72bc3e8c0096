"""`finditer` for a dear pattern, run only next to the cheap words every one of its matches holds.

`re` tries a pattern that starts with a lookbehind, a group of alternatives or IGNORECASE letters at every
character (~0.1-0.4 µs each). When every match holds an *anchor* (a digit, a month name...) at most `lead`
characters after its start, the pattern need only be tried at the `lead + 1` positions before each anchor:
left to right, from where the last match ended, which gives exactly the matches `finditer` gives.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from typing import Any

_parser: Any = re._parser  # type: ignore[attr-defined]
_c: Any = re._constants  # type: ignore[attr-defined]
_compiler: Any = re._compiler  # type: ignore[attr-defined]

# Under IGNORECASE these lower-case letters match `i`, `s` and `k` (`re`'s case-folding fixes), though a
# lower-cased copy holds them as they are: a text with one of them takes the plain scan.
_FOLD_ODDITIES = ("ı", "ſ", "\u212a")


def has_fold_oddities(low: str) -> bool:
    return any(ch in low for ch in _FOLD_ODDITIES)


def case_sensitive(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` without IGNORECASE, its letters lower-cased: on lower-case text without `has_fold_oddities` it
    matches the same, and faster (`re` skips ahead over literal letters only when they are case-sensitive)."""
    if re.search(r"\\[A-Z]", rx.pattern):  # \W, \S, \D, \B... would change meaning
        raise ValueError(f"cannot lower-case {rx.pattern[:40]!r}")
    pattern = rx.pattern.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P=")
    lowered = re.compile(pattern, rx.flags & ~re.IGNORECASE)
    if lowered.groupindex != rx.groupindex:
        raise ValueError(f"group names of {rx.pattern[:40]!r} are not lower case")
    return lowered


def finditer(
    rx: re.Pattern[str],
    anchor: re.Pattern[str],
    lead: int | Callable[[re.Match[str]], int],
    text: str,
    start: int = 0,
    end: int | None = None,
) -> Iterator[re.Match[str]]:
    """The matches of `rx.finditer(text, start, end)`, provided that every match of `rx` holds a match of
    `anchor` beginning at most `lead` characters after its own start (`lead(anchor_match)` when `lead` is
    a function: the most for any match that holds that anchor), and matches no empty text."""
    end = len(text) if end is None else end
    pos = start
    tried = start  # positions below this have been tried since the last match
    while pos < end:
        hit = anchor.search(text, pos, end)
        if hit is None:
            return
        h = hit.start()
        back = lead if isinstance(lead, int) else lead(hit)
        found = _match_back(rx, text, max(tried, h - back), h, end)
        if found is None:
            tried = pos = h + 1
            continue
        yield found
        tried = pos = found.end()


def no_lead(_position: int) -> int:
    """The lead of anchors that begin their matches (`finditer_at` then tries each anchor's own position)."""
    return 0


def finditer_at(
    rx: re.Pattern[str],
    anchors: list[int],
    lead: Callable[[int], int],
    text: str,
) -> Iterator[re.Match[str]]:
    """`finditer(rx, anchor, ..., text)` when the places where `anchor` matches are known already:
    `anchors`, sorted, holds every position where an anchor begins (each position of a digit run, when
    the anchor is `\\d+`), and `lead(position)` gives the lead of the anchor there."""
    end = len(text)
    pos = tried = 0
    k = 0
    n = len(anchors)
    while pos < end:
        k = bisect.bisect_left(anchors, pos, k)
        if k == n:
            return
        h = anchors[k]
        found = _match_back(rx, text, max(tried, h - lead(h)), h, end)
        if found is None:
            tried = pos = h + 1
            continue
        yield found
        tried = pos = found.end()


def _match_back(rx: re.Pattern[str], text: str, start: int, anchor: int, end: int) -> re.Match[str] | None:
    """The first match of `rx` beginning between `start` and the anchor's position, both included."""
    for q in range(start, anchor + 1):
        found = rx.match(text, q, end)
        if found is not None:
            return found
    return None


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` (compiled without IGNORECASE) can begin with, or None when that
    is no short list (a class like `\\w`, a dot, a pattern that can match empty text)."""
    firsts, nullable = _firsts(_parser.parse(pattern))
    return None if firsts is None or nullable else frozenset(firsts)


def skip_to_firsts(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` behind a lookahead of the characters its matches begin with: the same matches, but `re` skips
    the other characters in C instead of trying every alternative there. `rx` itself when no such set."""
    if rx.flags & re.IGNORECASE or has_prefix_info(rx):
        return rx
    firsts = first_chars(rx.pattern)
    if not firsts:
        return rx
    return re.compile(
        "(?=[" + "".join(re.escape(ch) for ch in sorted(firsts)) + "])(?:" + rx.pattern + ")", rx.flags
    )


def has_prefix_info(rx: re.Pattern[str]) -> bool:
    """Whether `re` already skips ahead for `rx` by itself (a literal prefix or a first-character set)."""
    parsed = _parser.parse(rx.pattern, rx.flags)
    if parsed.getwidth()[0] == 0:
        return False
    prefix, _skip, _all = _compiler._get_literal_prefix(parsed, rx.flags)
    return bool(prefix) or bool(_compiler._get_charset_prefix(parsed, rx.flags))


def _firsts(seq: Any) -> tuple[set[str] | None, bool]:
    """(first characters, can be empty) of a parsed sequence; None: unknown."""
    out: set[str] = set()
    for op, av in seq:
        if op is _c.LITERAL:
            out.add(chr(av))
            return out, False
        if op is _c.IN:
            chars = _class_chars(av)
            if chars is None:
                return None, False
            return out | chars, False
        if op is _c.BRANCH:
            nullable = False
            for alt in av[1]:
                f, n = _firsts(alt)
                if f is None:
                    return None, False
                out |= f
                nullable = nullable or n
            if not nullable:
                return out, False
            continue
        if op is _c.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None, False
            f, n = _firsts(av[3])
        elif op is _c.ATOMIC_GROUP:
            f, n = _firsts(av)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            f, n = _firsts(av[2])
            n = n or av[0] == 0
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width: what follows begins the match
        else:
            return None, False
        if f is None:
            return None, False
        out |= f
        if not n:
            return out, False
    return out, True


def _class_chars(items: Any) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < 64:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None  # a negated class, a category (\d, \w), a wide range
    return chars
