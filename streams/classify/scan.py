"""One pass that tells each lexicon where its words can start in an item's lower-cased text.

Every word-based rule (event phrases, authority names, company aliases, country words) used to run its own
regex over the whole text; `re` then tries each pattern at every character, ~10 times per item. Here one
Aho-Corasick automaton over the words of all lexicons walks the text once in C and reports every place a
word occurs; each hit is handed to the lexicons owning that word. Each lexicon then runs its own pattern
with `.match` at those few positions, which keeps its exact matching rules.

Two kinds of lexicon: *word* lexicons get the positions where one of their words begins at a word start
(the character before is no letter or digit); *substring* lexicons get every position where one of their
words begins, wherever it is (for patterns that need no word start, such as the generic authority
descriptions, whose matches all begin with one of a few literal texts).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import ahocorasick

Starts = dict[str, list[int]]


class Scanner:
    """Positions, per lexicon, where a word of that lexicon may begin."""

    def __init__(
        self,
        lexicons: Mapping[str, Iterable[str]],
        substrings: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        words_of = {name: frozenset(words) for name, words in lexicons.items()}
        subs_of = {name: frozenset(words) for name, words in (substrings or {}).items()}
        if set(words_of) & set(subs_of):
            raise ValueError("a lexicon name is used for words and for substrings")
        self._names = (*words_of, *subs_of)
        keys = sorted(set().union(*words_of.values(), *subs_of.values()))
        if "" in keys:
            raise ValueError("empty word in a lexicon")
        self._auto = ahocorasick.Automaton()
        for key in keys:
            at_word = tuple(name for name, words in words_of.items() if key in words)
            anywhere = tuple(name for name, words in subs_of.items() if key in words)
            self._auto.add_word(key, (len(key) - 1, at_word, anywhere))
        self._auto.make_automaton()

    def starts(self, low: str) -> Starts:
        """For each lexicon, the sorted positions in `low` where one of its words may begin."""
        out: Starts = {name: [] for name in self._names}
        for end, (back, at_word, anywhere) in self._auto.iter(low):
            pos = end - back
            for name in anywhere:
                out[name].append(pos)
            # A word start: the previous character is not a letter or digit (what `(?<![^\W_])` says).
            if at_word and (pos == 0 or not low[pos - 1].isalnum()):
                for name in at_word:
                    out[name].append(pos)
        for name, found in out.items():
            if len(found) > 1:
                out[name] = sorted(set(found))
        return out
