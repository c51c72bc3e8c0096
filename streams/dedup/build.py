"""Records built and copied without Faust's per-field machinery.

Faust's generated `__init__` runs a descriptor (`prepare_value`, coercion) per field and validates the
whole record: 10-30 us per record, which dominated `decide`. Every value the engine passes is already
typed (taken from a validated Candidate or an existing record), so these helpers write the instance dict
directly: the same keys in the same order, holding the same values, as Faust's constructor leaves
(pinned by tests/dedup/test_build.py, which fails if a Faust upgrade changes that layout).

Faust coerces "lazy" fields (nested records, lists and dicts of them) on first read and records that in a
per-instance `__evaluated_fields__` set. Records made here hold typed values only, so they share one
frozenset naming every lazy field per class: nothing is left to coerce, the set is never written
(Faust only adds names it does not hold; a frozenset would fail loudly if it tried), and each record saves
an empty set (216 bytes). A copy first finishes the original's pending coercions, so the original never
depends on a set the copy could change.
"""

from __future__ import annotations

from typing import Any, TypeVar

from faust import Record

R = TypeVar("R", bound=Record)

_EVALUATED = "__evaluated_fields__"
_lazy: dict[type, tuple[frozenset[str], tuple[str, ...]]] = {}


def _layout(cls: type) -> tuple[frozenset[str], tuple[str, ...]]:
    found = _lazy.get(cls)
    if found is None:
        options = cls._options  # type: ignore[attr-defined]
        lazy = frozenset(name for name, d in options.descriptors.items() if d.lazy_coercion)
        found = _lazy[cls] = (lazy, tuple(options.fields))
    return found


def make(cls: type[R], **fields: Any) -> R:
    """A record of `cls` from typed values; every field must be given (defaults are not filled in)."""
    lazy, names = _layout(cls)
    new = object.__new__(cls)
    d = new.__dict__
    d[_EVALUATED] = lazy
    for name in names:
        d[name] = fields[name]
    return new


def replace(record: R, **changes: Any) -> R:
    """A copy of `record` with some fields changed (typed values); `record` itself is left as it was."""
    cls = type(record)
    lazy, _ = _layout(cls)
    src = record.__dict__
    done = src[_EVALUATED]
    if done is not lazy:
        for name in lazy:
            if name not in done and name not in changes:
                getattr(record, name)  # Faust's own coercion, in the original: its value does not change
    new = object.__new__(cls)
    d = new.__dict__
    d.update(src)
    d.update(changes)
    d[_EVALUATED] = lazy
    return new
