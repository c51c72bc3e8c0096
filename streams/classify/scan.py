"""One regex pass that tells each lexicon where its words can start in an item's lower-cased text.

Every word-based rule (event phrases, authority names, company aliases, country words) used to run its own
regex over the whole text; `re` then tries each pattern at every character, ~10 times per item. Here one
trie-shaped alternation of the words of all lexicons runs once, only at word starts, and each hit is handed
to the lexicons that have a word beginning there. Each lexicon then runs its own pattern with `.match` at
those few positions (see `LexiconScan` users), which keeps its exact matching rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from streams.classify.text import trie_pattern

Starts = dict[str, list[int]]


class Scanner:
    """Word-start positions, per lexicon, where a word of that lexicon may begin."""

    def __init__(self, lexicons: Mapping[str, Iterable[str]]) -> None:
        words_of = {name: frozenset(words) for name, words in lexicons.items()}
        union = sorted(set().union(*words_of.values()))
        # A word start: the previous character is not a letter or digit (`[^\W_]` is exactly that).
        self._rx = re.compile(r"(?<![^\W_])(?:" + trie_pattern(union) + ")")
        self._names = tuple(words_of)
        # The union pattern returns the longest word at a position, and a lexicon's own word there is a
        # prefix of it: so the lexicons to ask are those owning any prefix of the matched word.
        self._owners: dict[str, tuple[str, ...]] = {}
        # The scan consumes the matched word; word starts inside it ("union" in "european union") are
        # looked at separately.
        self._inner: dict[str, tuple[int, ...]] = {}
        for word in union:
            owners = tuple(
                name
                for name in self._names
                if any(word[:i] in words_of[name] for i in range(1, len(word) + 1))
            )
            self._owners[word] = owners
            self._inner[word] = tuple(k for k in range(1, len(word)) if not word[k - 1].isalnum())

    def starts(self, low: str) -> Starts:
        """For each lexicon, the sorted positions in `low` where one of its words may begin."""
        found: dict[int, str] = {}
        rx = self._rx
        pending: list[int] = []
        for m in rx.finditer(low):
            word = m.group()
            found[m.start()] = word
            inner = self._inner[word]
            if inner:
                pending.extend(m.start() + k for k in inner)
        while pending:
            pos = pending.pop()
            if pos in found:
                continue
            m2 = rx.match(low, pos)
            if m2 is None:
                continue
            word = m2.group()
            found[pos] = word
            pending.extend(pos + k for k in self._inner[word])
        out: Starts = {name: [] for name in self._names}
        for pos in sorted(found):
            for name in self._owners[found[pos]]:
                out[name].append(pos)
        return out
