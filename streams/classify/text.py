"""Text normalisation shared by every rule: one cheap pass, then all regexes see the same shape.

Matching runs on a lower-cased copy with the same length as the normalised text, so a position found
in one is valid in the other (used to quote evidence and to read amounts with their original case).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_TRANSLATE = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u201e": '"',
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
        "\u200b": "",
        "\u2013": "-",
        "\u2014": "-",
        "\u2011": "-",
        "\u2212": "-",
        "\u00ad": "",
    }
)
_SPACES = re.compile(r"[ \t\r\f\v]+")
# The characters `_TRANSLATE` maps: most texts hold none or one or two of them, and replacing just those is
# far cheaper than translating every character through a dict. Each is looked for with `in` (a C loop;
# one character class over the text tries the class at every character, ~6x slower).
_TRANSLATED_CHARS = tuple(chr(c) for c in sorted(_TRANSLATE))
# A sentence ends at . ! ? followed by space and an upper-case letter/quote/digit, or at a line break.
# Written to start with a character class (the punctuation or the line break itself) so that `re` skips
# ahead in C to the few places where a boundary can be; only match ends are used.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])[\"')\]]?\s+(?=[\"'(\[]?[A-ZÀ-ÖØ-Þ0-9])|(?<=\n)\n*)")


def normalise(text: str | None) -> str:
    """Unify quotes, dashes and spaces; keep line breaks as sentence boundaries."""
    if not text:
        return ""
    for ch in _TRANSLATED_CHARS:
        if ch in text:
            text = text.replace(ch, _TRANSLATE[ord(ch)])
    # Otherwise every run is one plain space already.
    if "  " in text or "\t" in text or "\r" in text or "\f" in text or "\v" in text:
        text = _SPACES.sub(" ", text)
    if "\n" in text:
        text = _join_lines(text)
    return text.strip()


def _join_lines(text: str) -> str:
    """Each run of white space that holds a line break becomes one line break (`\\s*\\n\\s*` -> `\\n`)."""
    parts = text.split("\n")
    last = len(parts) - 1
    out = [parts[0].rstrip()]
    for i in range(1, last):
        part = parts[i].strip()
        if part:
            out.append(part)
    out.append(parts[last].lstrip())
    return "\n".join(out)


@dataclass(frozen=True, slots=True)
class Document:
    """An item's text prepared once: title and summary joined, lower-cased copy, sentence starts."""

    text: str  # "title\nsummary" (normalised)
    low: str  # text.lower(), same length
    title_end: int  # offset where the title ends (0 when there is no title)
    starts: tuple[int, ...]  # start offset of every sentence

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def sentence_span(self, index: int) -> tuple[int, int]:
        start = self.starts[index]
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        return start, end

    def in_title(self, pos: int) -> bool:
        return pos < self.title_end


def document(title: str | None, summary: str) -> Document:
    t = normalise(title)
    s = normalise(summary)
    if t and s:
        text = t + "\n" + s
        title_end = len(t)
    else:
        text = t or s
        title_end = len(t)
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased (e.g. 'İ')
        text = "".join(ch if len(ch.lower()) == 1 else " " for ch in text)
        low = text.lower()
    starts = [0]
    for end in sentence_ends(text):
        if end < len(text):
            starts.append(end)
    if title_end and title_end + 1 not in starts and title_end + 1 < len(text):
        bisect.insort(starts, title_end + 1)
    return Document(text=text, low=low, title_end=title_end, starts=tuple(sorted(set(starts))))


_BOUNDARY_CHARS = ".!?\n"


def _ordinal_before(text: str, at: int) -> bool:
    """A one- or two-digit number right before the dot: a German or Norwegian ordinal ("am 18. Februar",
    "die 26. Große Strafkammer"), which ends no sentence; a year or an amount ("in 2019.") does."""
    k = at
    while k > 0 and text[k - 1].isdigit():
        k -= 1
    return 1 <= at - k <= 2 and (k == 0 or not (text[k - 1].isalnum() or text[k - 1] in "._,"))


# Abbreviations a capitalised word follows within a sentence: a scale before its currency ("20 Mill. Euro",
# "3,5 Mio. Franken", "1,2 mia. kroner"), a statute's article or paragraph ("Art. 6 Abs. 1"), a saint or a
# title before a name ("St. Olavs hospital", "Dr. Oetker").
_TITLES = frozenset(("st", "dr", "mr", "mrs", "ms", "prof"))
_ABBREVIATIONS = _TITLES | frozenset(
    ("mio", "mill", "mrd", "mia", "mld", "tsd", "mln", "nr", "art", "abs", "bzw", "ca", "vgl", "sog", "inkl")
) | frozenset(
    ("vs",)  # "FTC vs. Amazon Prime trial kicks off"
)


def _abbreviation_before(text: str, at: int) -> bool:
    k = at
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    word = text[k:at]
    low = word.lower()
    if low == "v" and k > 0 and text[k - 1] == " ":
        return True  # a case's name: "United States v. Google"
    return (
        2 <= at - k <= 4
        and low in _ABBREVIATIONS
        and (k == 0 or not text[k - 1].isalnum())
        # a title is written "Dr." or "St.": "til DR." (the broadcaster) ends a sentence
        and (low not in _TITLES or (word[0].isupper() and word[1:].islower()))
    )


def sentence_ends(text: str) -> list[int]:
    """The ends of `_SENTENCE_END.finditer(text)`: every match begins at one of `_BOUNDARY_CHARS`, found
    with `str.find` (a C loop) instead of by `re` trying its class at every character."""
    places: list[int] = []
    for ch in _BOUNDARY_CHARS:
        at = text.find(ch)
        while at >= 0:
            places.append(at)
            at = text.find(ch, at + 1)
    places.sort()
    out: list[int] = []
    match = _SENTENCE_END.match
    pos = 0
    for at in places:
        if at < pos or (text[at] == "." and (_ordinal_before(text, at) or _abbreviation_before(text, at))):
            continue
        m = match(text, at)
        if m is not None:
            pos = m.end()
            out.append(pos)
    return out


def snippet(doc: Document, start: int, end: int, width: int = 40) -> str:
    """The matched phrase with a little context, on one line, for the evidence list."""
    a = max(0, start - width)
    b = min(len(doc.text), end + width)
    while a > 0 and doc.text[a - 1].isalnum():
        a -= 1
    while b < len(doc.text) and doc.text[b].isalnum():
        b += 1
    return doc.text[a:b].replace("\n", " ").strip()


def trie_pattern(words: list[str]) -> str:
    """One regex alternation shaped as a trie: the engine then tests one branch per letter instead of
    every word at every position (a 400-word plain alternation is ~20x slower)."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch != ""]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return build(root)


class KeywordIndex:
    """Finds whole keywords (or stems, written with a trailing '*') in lower-cased text in one pass."""

    def __init__(self, table: dict[str, str]) -> None:
        self._kind: dict[str, str] = {}
        stems: set[str] = set()
        for word, kind in table.items():
            key = word[:-1] if word.endswith("*") else word
            if word.endswith("*"):
                stems.add(key)
            self._kind[key] = kind
        words = [w for w in self._kind if w not in stems]
        # A whole word ends where no letter or digit follows; the trie backs off to a shorter keyword when a
        # longer one runs on into a word ("midlertidig forbudt" holds "forbudt", not "midlertidig forbud").
        self._words = re.compile("(?:" + trie_pattern(words) + r")(?![^\W_])") if words else None
        self._stems = re.compile(trie_pattern(sorted(stems))) if stems else None

    @property
    def words(self) -> list[str]:
        return list(self._kind)

    def find(self, low: str, starts: list[int]) -> list[tuple[int, int, str, str]]:
        """(start, end, keyword, kind) of each hit, left to right, the longest at each start; a hit's text
        holds no other hit. `starts`: the word starts where a keyword may begin (from `scan.Scanner`); the
        patterns run only there."""
        out = []
        kinds = self._kind
        words, stems = self._words, self._stems
        taken = 0
        for s in starts:
            if s < taken:
                continue
            m = words.match(low, s) if words is not None else None
            if stems is not None:
                ms = stems.match(low, s)
                if ms is not None and ms.end() > s and (m is None or ms.end() > m.end()):
                    m = ms
            if m is None or m.end() == s:
                continue
            taken = m.end()
            word = m.group()
            out.append((s, taken, word, kinds[word]))
        return out
