"""The engine's shortcuts equal what they replace: records as Faust builds them, sketches as first defined."""

from __future__ import annotations

import random
import re
import unicodedata
from itertools import pairwise
from zlib import crc32

from streams.dedup import build, sketch
from streams.dedup.state import empty_case, message, new_event, source_of
from streams.records import SCHEMA_VERSION, CaseState, EventMessage, EventState, Source
from tests.dedup import sequences
from tests.dedup.factory import NOW, candidate, money


def _layout(record: object) -> list[tuple[str, object]]:
    return [(k, v) for k, v in vars(record).items() if k != "__evaluated_fields__"]


def test_built_records_equal_faust_constructed_ones() -> None:
    for c in sequences.candidates(11, 200):
        fast = new_event(c, None, [f"{c.item_id}:new"])
        data = {name: getattr(fast, name) for name in EventState._options.fields}
        slow = EventState(**data)
        assert _layout(fast) == _layout(slow)
        assert fast.dumps() == slow.dumps() and fast == slow
        src = source_of(c)
        assert _layout(src) == _layout(Source(**{n: getattr(src, n) for n in Source._options.fields}))
        msg = message("new", fast, 0, ["new_source"], c.item_id, NOW)
        assert msg.dumps() == EventMessage(
            kind="new", event_id=fast.event_id, revision=0, emitted_at=NOW, event=slow,
            changes=["new_source"], trigger_item_id=c.item_id,
        ).dumps()
    empty = CaseState(case_key="co:acme", events=[], updated_at=NOW)
    assert empty_case("co:acme", NOW).dumps() == empty.dumps()
    assert SCHEMA_VERSION == 1


def test_a_copy_never_changes_what_the_original_reads_after_a_changelog_reload() -> None:
    """Faust converts nested records on first read and remembers that per instance: a copy made before
    the first read must not make the original skip its conversion."""
    c = candidate("a", authority="dpc", amount=money("5000"), published="2024-01-01")
    loaded = EventState.loads(new_event(c, None, ["x"]).dumps())
    copy = build.replace(loaded, title="another")
    assert isinstance(copy.amounts_seen[0], type(c.amount)) and isinstance(copy.sources[0], Source)
    assert isinstance(loaded.amounts_seen[0], type(c.amount)) and isinstance(loaded.sources[0], Source)
    assert loaded.title != copy.title and loaded.dumps() == EventState.loads(loaded.dumps()).dumps()


_WORD = re.compile(r"[a-z0-9]+")


def _reference_sketch(text: str) -> list[int]:
    """The sketch as first written (regex words, one crc32 per word), kept here as the specification."""
    folded = unicodedata.normalize("NFKD", text[: sketch.TEXT_PREFIX].lower()).encode("ascii", "ignore")
    words = [w[:6] for w in _WORD.findall(folded.decode("ascii")) if len(w) > 1]
    hashes = [crc32(w.encode()) for w in words]
    if len(hashes) < 2:
        return hashes
    return sorted({(a * 1_000_003 ^ b) & 0xFFFFFFFF for a, b in pairwise(hashes)})[: sketch.SKETCH_SIZE]


def test_sketch_equals_its_reference_definition() -> None:
    rng = random.Random(3)
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 ,.-'€$ÀÉéèçßøåÆœﬁ½Ⅳℌ\u0301\n\t"
    texts = ["", "a", "ab", "a b", "ab cd", "x" * 900, "Straße ÉCOLE ﬁne ½ ℌ x1 ab-cd", "ab ab ab ab"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 700))) for _ in range(300)]
    texts += [c.text for c in sequences.candidates(12, 200)]
    for text in texts:
        assert sketch.sketch(text) == _reference_sketch(text), text
        packed = sketch.pack(sketch.sketch(text))
        assert sketch.unpack(packed) == sketch.sketch(text)


def test_similarity_accepts_sets_or_lists_alike() -> None:
    a, b = sketch.sketch("the regulator fines the company"), sketch.sketch("regulator fines company today")
    assert sketch.similarity(a, b) == sketch.similarity(frozenset(a), sketch.packed_set(sketch.pack(b)))
