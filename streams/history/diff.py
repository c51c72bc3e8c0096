"""`streams diff`: what changed between two versions' events. Pure: decoded event messages in, a `Diff` out.

Each side's messages are folded to each event's final state (highest revision; at equal revisions the later
message). Events are matched across the sides by the raw items they hold (the sources of every message,
and each message's trigger item): events that share an item are connected, and each connected group is
- one event on each side: matched, with the fields that differ (or unchanged);
- several on side A, one on side B: merged; one on A, several on B: split; several on both: regrouped;
- an event on one side only: only in A / only in B (its items were not an event, or were not read, there).
The appeal link compares what it points at: A's related event and B's related event must be matched.
`classifier_version` always differs and titles are chosen per event, so neither is compared.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

# Compared fields, in report order: name -> how to read it from an event state (a decoded `event` object).
FIELDS = (
    "primary",
    "types",
    "amount",
    "amount_eur",
    "periodic",
    "cap",
    "authority",
    "court",
    "companies",
    "jurisdiction",
    "decision_date",
)


@dataclass(frozen=True)
class Event:
    """One event's final state on one side, and every raw item any of its messages named."""

    event_id: str
    items: frozenset[str]
    state: dict[str, Any]
    revision: int = 0

    @property
    def title(self) -> str:
        return str(self.state.get("title") or "")

    @property
    def first_seen(self) -> str:
        return str(self.state.get("first_seen") or "")


@dataclass(frozen=True)
class Change:
    field: str
    a: Any
    b: Any


@dataclass(frozen=True)
class Matched:
    a: Event
    b: Event
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class Group:
    """Several events on at least one side sharing items: `kind` is merged, split or regrouped."""

    kind: str
    a: tuple[Event, ...]
    b: tuple[Event, ...]


@dataclass
class Diff:
    a_name: str
    b_name: str
    a_events: int = 0
    b_events: int = 0
    unchanged: list[Matched] = field(default_factory=list)
    changed: list[Matched] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    only_a: list[Event] = field(default_factory=list)
    only_b: list[Event] = field(default_factory=list)

    @property
    def differs(self) -> bool:
        return bool(self.changed or self.groups or self.only_a or self.only_b)

    def of_kind(self, kind: str) -> list[Group]:
        return [g for g in self.groups if g.kind == kind]


def fold(messages: Iterable[dict[str, Any]]) -> list[Event]:
    """Final state per event of decoded `enforcement.events.v1` messages given in read order."""
    latest: dict[str, dict[str, Any]] = {}
    items: dict[str, set[str]] = {}
    for m in messages:
        eid = m["event_id"]
        held = items.setdefault(eid, set())
        held.update(s["item_id"] for s in m["event"].get("sources") or ())
        if m.get("trigger_item_id"):
            held.add(m["trigger_item_id"])
        if eid not in latest or m["revision"] >= latest[eid]["revision"]:
            latest[eid] = m
    return [Event(eid, frozenset(items[eid]), m["event"], m["revision"]) for eid, m in latest.items()]


def value(state: dict[str, Any], name: str) -> Any:
    """A compared field of an event state, in a form that compares and prints plainly."""
    if name == "amount":
        money = state.get("amount")
        return f"{money['amount']} {money['currency']}" if money else None
    if name == "authority":
        return state.get("authority_id") or state.get("authority_name")
    if name == "court":
        return state.get("court_id") or state.get("court_name")
    if name in ("types", "companies"):
        return sorted(state.get(name) or [])
    if name == "cap":
        return bool(state.get("cap"))
    return state.get(name)


def diff(a_name: str, a: list[Event], b_name: str, b: list[Event]) -> Diff:
    result = Diff(a_name, b_name, len(a), len(b))
    groups = _components(a, b)
    partner = _partners(groups)
    for group_a, group_b in groups:
        if not group_b:
            result.only_a.extend(group_a)
        elif not group_a:
            result.only_b.extend(group_b)
        elif len(group_a) == 1 and len(group_b) == 1:
            changes = _changes(group_a[0], group_b[0], partner)
            pair = Matched(group_a[0], group_b[0], changes)
            (result.changed if changes else result.unchanged).append(pair)
        else:
            kind = "merged" if len(group_b) == 1 else "split" if len(group_a) == 1 else "regrouped"
            result.groups.append(Group(kind, tuple(group_a), tuple(group_b)))
    return result


def _order(e: Event) -> tuple[str, str]:
    return (e.first_seen, e.event_id)


def _components(a: list[Event], b: list[Event]) -> list[tuple[list[Event], list[Event]]]:
    """Groups of events connected by shared items, ordered by their earliest event."""
    nodes: list[tuple[str, Event]] = [("a", e) for e in a] + [("b", e) for e in b]
    parent = list(range(len(nodes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_holder: dict[str, int] = {}
    for i, (_, e) in enumerate(nodes):
        for item in e.items:
            j = first_holder.setdefault(item, i)
            if j != i:
                parent[root(i)] = root(j)
    members: dict[int, list[int]] = {}
    for i in range(len(nodes)):
        members.setdefault(root(i), []).append(i)
    out = []
    for idx in members.values():
        side_a = sorted((nodes[i][1] for i in idx if nodes[i][0] == "a"), key=_order)
        side_b = sorted((nodes[i][1] for i in idx if nodes[i][0] == "b"), key=_order)
        out.append((side_a, side_b))
    return sorted(out, key=lambda g: min(_order(e) for e in (*g[0], *g[1])))


def _partners(groups: list[tuple[list[Event], list[Event]]]) -> dict[str, set[str]]:
    """A's event id -> the B event ids of its group (what it became on side B)."""
    out: dict[str, set[str]] = {}
    for side_a, side_b in groups:
        ids = {e.event_id for e in side_b}
        for e in side_a:
            out[e.event_id] = ids
    return out


def _changes(a: Event, b: Event, partner: dict[str, set[str]]) -> tuple[Change, ...]:
    changes = [Change(name, value(a.state, name), value(b.state, name)) for name in FIELDS]
    found = [c for c in changes if c.a != c.b]
    related_a, related_b = a.state.get("related_event_id"), b.state.get("related_event_id")
    same_link = related_a == related_b or (
        related_a is not None and related_b in partner.get(related_a, set())
    )
    if not same_link:
        found.append(Change("appeal_link", related_a, related_b))
    if a.items != b.items:
        found.append(Change("items", sorted(a.items - b.items), sorted(b.items - a.items)))
    return tuple(found)


def to_json(d: Diff) -> dict[str, Any]:
    """One JSON object: counts, then every difference (unchanged pairs only counted)."""

    def brief(e: Event) -> dict[str, Any]:
        return {
            "event_id": e.event_id,
            "primary": e.state.get("primary"),
            "title": e.title,
            "items": sorted(e.items),
        }

    return {
        "a": {"name": d.a_name, "events": d.a_events},
        "b": {"name": d.b_name, "events": d.b_events},
        "differs": d.differs,
        "counts": {
            "unchanged": len(d.unchanged),
            "changed": len(d.changed),
            "merged": len(d.of_kind("merged")),
            "split": len(d.of_kind("split")),
            "regrouped": len(d.of_kind("regrouped")),
            "only_a": len(d.only_a),
            "only_b": len(d.only_b),
        },
        "changed": [
            {
                "a": m.a.event_id,
                "b": m.b.event_id,
                "title": m.b.title,
                "changes": {c.field: {"a": c.a, "b": c.b} for c in m.changes},
            }
            for m in d.changed
        ],
        "groups": [
            {"kind": g.kind, "a": [brief(e) for e in g.a], "b": [brief(e) for e in g.b]} for g in d.groups
        ],
        "only_a": [brief(e) for e in d.only_a],
        "only_b": [brief(e) for e in d.only_b],
    }


def render(d: Diff) -> str:
    """The human report: a summary line, then one block per difference."""
    a, b = d.a_name, d.b_name
    c = to_json(d)["counts"]
    lines = [
        f"{a}: {d.a_events} events, {b}: {d.b_events} events",
        f"{c['unchanged']} unchanged, {c['changed']} changed, {c['merged']} merged, {c['split']} split, "
        f"{c['regrouped']} regrouped, {c['only_a']} only in {a}, {c['only_b']} only in {b}",
    ]
    for m in d.changed:
        same_id = m.a.event_id == m.b.event_id
        ids = m.a.event_id if same_id else f"{m.a.event_id} -> {m.b.event_id}"
        lines += ["", f"changed  {ids}  {m.b.title}"]
        width = max(len(ch.field) for ch in m.changes)
        lines += [f"  {ch.field:<{width}}  {_show(ch.a)} -> {_show(ch.b)}" for ch in m.changes]
    for g in d.groups:
        lines += [
            "",
            f"{g.kind}  {' + '.join(e.event_id for e in g.a)} -> {' + '.join(e.event_id for e in g.b)}",
        ]
        lines += [f"  {a}: {_line(e)}" for e in g.a]
        lines += [f"  {b}: {_line(e)}" for e in g.b]
    for label, events in ((f"only in {a}", d.only_a), (f"only in {b}", d.only_b)):
        for e in events:
            lines += ["", f"{label}  {_line(e)}"]
    return "\n".join(lines) + "\n"


def _line(e: Event) -> str:
    return f"{e.event_id} {e.state.get('primary')}  {e.title}  [{', '.join(sorted(e.items))}]"


def _show(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, list):
        return "[" + ", ".join(str(x) for x in v) + "]"
    return str(v)
