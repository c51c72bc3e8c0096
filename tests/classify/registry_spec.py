"""The checks every batch of registry rows is held to (`test_registry_sectors.py`, `test_registry_world.py`):
registered with its country and kind, every name and abbreviation resolving bare and as a corpus label, and
the abbreviations left out for being words or other bodies' letters naming no entry."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from streams.classify import analyse, authorities, countries


def labels(keys: Iterable[str]) -> list[tuple[str, str]]:
    """(id, name) for every name and abbreviation of the rows `keys`."""
    out = []
    for key in keys:
        a = authorities.REGISTRY[key]
        for name in dict.fromkeys((a.name, *a.names, *a.abbreviations)):
            out.append((key, name))
    return out


def check_registered(key: str, country_and_kind: tuple[str, str]) -> None:
    a = authorities.REGISTRY[key]
    assert (a.country, a.kind) == country_and_kind
    assert a.name and a.names


def check_resolves(
    key: str, name: str, shared: Mapping[str, str], country_names: Mapping[str, str] | None = None
) -> None:
    """`name` resolves to `key` as a label ("Name (Country)") and bare, unless an older row shares it
    (`shared`: name -> the older row's id)."""
    a = authorities.REGISTRY[key]
    country = (country_names or {}).get(a.country) or countries.display(a.country)
    label = name if "(" in name else f"{name} ({country})"
    resolved = authorities.resolve(label)
    assert resolved is not None and resolved.id == key, label
    bare = authorities.resolve(name)
    assert bare is not None and bare.id == shared.get(name, key), name


def check_left_out(key: str, abbreviation: str, title: str, summary: str) -> None:
    """An ambiguous abbreviation is none of the row's, resolves to no other of its readings here, and an
    item that uses it otherwise names no decision of the row."""
    assert abbreviation not in authorities.REGISTRY[key].abbreviations
    resolved = authorities.resolve(abbreviation)
    assert resolved is None or resolved.id != key
    assert analyse(title, summary).authority_id != key
