"""Text fingerprints: a bottom-k MinHash sketch over word-bigram shingles of normalised text.

Words are cut to their first 6 letters so inflections ('sanctionne'/'sanctionnée', 'fined'/'fines') still
share shingles. One deterministic hash (crc32, not Python's salted `hash`) keeps sketches stable across
processes, and bottom-k needs one hash per shingle instead of k, which keeps this cheap per candidate.

Stored sketches are packed (`pack`): base64 of big-endian uint32s, 172 characters for a full sketch instead
of a list of 32 Python ints (~1.3 KB in memory, ~350 bytes of JSON).
"""

from __future__ import annotations

import base64
import re
import struct
import unicodedata
from collections.abc import Collection
from functools import lru_cache
from operator import xor
from zlib import crc32

SKETCH_SIZE = 32
TEXT_PREFIX = 500  # title + lead: where outlets repeat the facts; the rest is background
_WORD = re.compile(r"[a-z0-9]+")
_MASK = 0xFFFFFFFF
# Every byte but [a-z0-9] becomes a space: splitting the result gives the words `_WORD` finds.
_SEPARATE = bytes(b if 97 <= b <= 122 or 48 <= b <= 57 else 32 for b in range(256))
# Per word: crc32 of its 6-letter prefix, and that times the bigram multiplier (masked). News vocabulary is
# small, so most words are found here; cleared when full, which changes speed only, never a result.
_CRC: dict[bytes, int] = {}
_CRC_MUL: dict[bytes, int] = {}
_CACHE_WORDS = 32_768


def normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text[:TEXT_PREFIX].lower())
    return folded.encode("ascii", "ignore").decode("ascii")


def _ascii(text: str) -> bytes:
    """`normalise` as bytes; ASCII text (most of it) is its own NFKD form, so it skips normalisation."""
    head = text[:TEXT_PREFIX].lower()
    if head.isascii():
        return head.encode("ascii")
    return unicodedata.normalize("NFKD", head).encode("ascii", "ignore")


def _learn(words: list[bytes]) -> None:
    if len(_CRC) + len(words) > _CACHE_WORDS:
        _CRC.clear()
        _CRC_MUL.clear()
    for w in words:
        if w not in _CRC:
            h = crc32(w[:6])
            _CRC[w] = h
            _CRC_MUL[w] = (h * 1_000_003) & _MASK


def sketch(text: str) -> list[int]:
    """The SKETCH_SIZE smallest hashes of word bigrams, ascending.

    A bigram's hash combines its words' crc32 values arithmetically, `(a * 1_000_003 ^ b) & 0xFFFFFFFF`:
    one crc32 per word instead of one per formatted bigram string. Both per-word terms come from a cache,
    and `b` is below 2**32, so masking `a`'s term first gives the same value."""
    words = [w for w in _ascii(text).translate(_SEPARATE).split() if len(w) > 1]
    try:
        hashes = list(map(_CRC.__getitem__, words))
        heads = map(_CRC_MUL.__getitem__, words)
    except KeyError:
        _learn(words)
        hashes = list(map(_CRC.__getitem__, words))
        heads = map(_CRC_MUL.__getitem__, words)
    if len(hashes) < 2:
        return hashes
    return sorted(set(map(xor, heads, hashes[1:])))[:SKETCH_SIZE]


def merge(a: list[int], b: list[int]) -> list[int]:
    """Sketch of the union of two texts: the bottom-k of the union of bottom-k sets."""
    return sorted(set(a) | set(b))[:SKETCH_SIZE]


def similarity(a: Collection[int], b: Collection[int]) -> float:
    """Bottom-k estimate of Jaccard: the share of the union's k smallest hashes found in both sketches.

    Sketches hold distinct hashes, so either may be passed as a set (`hash_set`, `packed_set`)."""
    if not a or not b:
        return 0.0
    sa = a if isinstance(a, (set, frozenset)) else set(a)
    union = sorted(sa.union(b))[:SKETCH_SIZE]
    return len(sa.intersection(b).intersection(union)) / len(union)


@lru_cache(maxsize=8192)
def packed_set(packed: str) -> frozenset[int]:
    """A stored sketch's hashes as a set: an event's sketch is compared with every candidate of its case."""
    return frozenset(unpack(packed))


def pack(hashes: list[int]) -> str:
    """A sketch as stored in state: base64 of its hashes as big-endian uint32s (order kept)."""
    return base64.b64encode(struct.pack(f">{len(hashes)}I", *hashes)).decode("ascii")


def unpack(packed: str) -> list[int]:
    raw = base64.b64decode(packed)
    return list(struct.unpack(f">{len(raw) // 4}I", raw))


@lru_cache(maxsize=8192)
def _title_words(title: str) -> frozenset[str]:
    # Titles recur in every comparison with their event: split each once.
    return frozenset(w[:6] for w in _WORD.findall(normalise(title)) if len(w) > 2)


def title_similarity(a: str | None, b: str | None) -> float:
    """Exact word Jaccard of two titles: the finer score confirming a sketch match on short texts."""
    if not a or not b:
        return 0.0
    wa, wb = _title_words(a), _title_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)
