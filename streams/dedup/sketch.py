"""Text fingerprints: a bottom-k MinHash sketch over word-bigram shingles of normalised text.

Words are cut to their first 6 letters so inflections ('sanctionne'/'sanctionnée', 'fined'/'fines') still
share shingles. One deterministic hash (crc32, not Python's salted `hash`) keeps sketches stable across
processes, and bottom-k needs one hash per shingle instead of k, which keeps this cheap per candidate.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise
from zlib import crc32

SKETCH_SIZE = 32
TEXT_PREFIX = 500  # title + lead: where outlets repeat the facts; the rest is background
_WORD = re.compile(r"[a-z0-9]+")


def normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text[:TEXT_PREFIX].lower())
    return folded.encode("ascii", "ignore").decode("ascii")


def _words(text: str) -> list[str]:
    return [w[:6] for w in _WORD.findall(normalise(text)) if len(w) > 1]


def sketch(text: str) -> list[int]:
    """The SKETCH_SIZE smallest hashes of word bigrams, ascending.

    A bigram's hash combines its words' crc32 values arithmetically: one crc32 per word instead of one
    per formatted bigram string, which halves the cost per candidate."""
    hashes = [crc32(w.encode()) for w in _words(text)]
    if len(hashes) < 2:
        return hashes
    return sorted({(a * 1_000_003 ^ b) & 0xFFFFFFFF for a, b in pairwise(hashes)})[:SKETCH_SIZE]


def merge(a: list[int], b: list[int]) -> list[int]:
    """Sketch of the union of two texts: the bottom-k of the union of bottom-k sets."""
    return sorted(set(a) | set(b))[:SKETCH_SIZE]


def similarity(a: list[int], b: list[int]) -> float:
    """Bottom-k estimate of Jaccard: the share of the union's k smallest hashes found in both sketches."""
    if not a or not b:
        return 0.0
    sa, sb = set(a), set(b)
    union = sorted(sa | sb)[:SKETCH_SIZE]
    both = sum(1 for h in union if h in sa and h in sb)
    return both / len(union)


def title_similarity(a: str | None, b: str | None) -> float:
    """Exact word Jaccard of two titles: the finer score confirming a sketch match on short texts."""
    if not a or not b:
        return 0.0
    wa = {w[:6] for w in _WORD.findall(normalise(a)) if len(w) > 2}
    wb = {w[:6] for w in _WORD.findall(normalise(b)) if len(w) > 2}
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)
