"""Event state: how a sighting creates or enriches an event, and how a case key's state stays small.

Records are never mutated in place: `replace` copies (copy-on-write: a new CaseState holds the same objects
for every event that did not change), so the CaseState the agent passed in stays valid.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from streams.dedup.build import make, replace
from streams.dedup.facts import AmountRelation, compare_figures, day_number, figure
from streams.dedup.sketch import pack, unpack
from streams.ids import event_id as make_event_id
from streams.records import SCHEMA_VERSION, Candidate, CaseState, EventMessage, EventState, Source

MAX_SOURCES = 16  # per event; source_count keeps counting beyond
MAX_AMOUNTS = 8
MAX_EVIDENCE = 6
MAX_EVENTS = 48  # per case key
ACTIVE_DAYS = 120  # after this without a sighting, an event can no longer be joined: keep its link facts only
RETAIN_DAYS = 8 * 365  # appeals reach top courts years later
COMPACT_SOURCES = 3
TITLE_CHARS = 200
AUTHORITY_KINDS = ("regulator", "court")


def empty_case(key: str, now: str) -> CaseState:
    return make(CaseState, case_key=key, events=[], updated_at=now, schema_version=SCHEMA_VERSION,
                revisions={}, published={}, sketches={}, clock="", fingerprints={})


def message(kind: str, ev: EventState, revision: int, changes: list[str], trigger: str,
            now: str) -> EventMessage:
    return make(EventMessage, kind=kind, event_id=ev.event_id, revision=revision, emitted_at=now, event=ev,
                changes=changes, trigger_item_id=trigger, schema_version=SCHEMA_VERSION)


def packed_sketch(case: CaseState, event_id: str) -> str | None:
    """An event's stored text sketch, packed; state written before `fingerprints` keeps it in `sketches`."""
    found = case.fingerprints.get(event_id)
    if found is None and case.sketches:
        legacy = case.sketches.get(event_id)
        found = pack(legacy) if legacy else None
    return found


def fingerprint_of(case: CaseState, event_id: str) -> list[int] | None:
    found = packed_sketch(case, event_id)
    return unpack(found) if found else None


@lru_cache(maxsize=4096)
def outlet_key(name: str) -> str:
    return " ".join(name.lower().split())


def source_of(c: Candidate) -> Source:
    return make(Source, item_id=c.item_id, feed_id=c.feed_id, outlet=c.source, kind=c.source_kind,
                first_seen=c.first_seen, url=c.url, title=(c.title or "")[:TITLE_CHARS] or None,
                language=c.language)


def _title_rank(title: str | None, kind: str, language: str | None) -> tuple[bool, bool, bool]:
    """The authority's own wording first, then English (subscribers' common language), then a sane length."""
    if not title:
        return (False, False, False)
    return (kind in AUTHORITY_KINDS, language == "en", 20 <= len(title) <= 160)


def _headline(c: Candidate) -> str:
    return (c.title or c.text.split("\n", 1)[0])[:TITLE_CHARS]


def deciding_id(ev: EventState) -> str | None:
    """Whose decision the event is: the court for an appeal judgment, else the authority."""
    return (ev.court_id or ev.authority_id) if ev.primary == "appeal" else ev.authority_id


def confirms(c: Candidate, decider: str | None, authority_id: str | None, jurisdiction: str | None) -> bool:
    """The deciding body's own feed reports the event (same body, same jurisdiction)."""
    if c.source_kind not in AUTHORITY_KINDS:
        return False
    if c.jurisdiction and jurisdiction and c.jurisdiction != jurisdiction:
        return False
    own = (c.court_id or c.authority_id) if c.source_kind == "court" else c.authority_id
    return own is not None and (decider is None or own in (decider, authority_id))


def _confirms_event(c: Candidate, ev: EventState) -> bool:
    return confirms(c, deciding_id(ev), ev.authority_id, ev.jurisdiction)


def new_event(c: Candidate, related: EventState | None, evidence: list[str]) -> EventState:
    return make(
        EventState,
        event_id=make_event_id(c.item_id), case_key=c.case_key, primary=c.primary, types=sorted(set(c.types)),
        title=_headline(c), first_seen=c.first_seen, last_seen=c.first_seen, sources=[source_of(c)],
        source_count=1, classifier_version=c.classifier_version, authority_id=c.authority_id,
        authority_name=c.authority_name, court_id=c.court_id, court_name=c.court_name,
        companies=list(c.companies), jurisdiction=c.jurisdiction, amount=c.amount, periodic=c.periodic,
        cap=c.cap, amount_eur=c.amount_eur, amounts_seen=[c.amount] if c.amount else [],
        decision_date=c.decision_date, languages=[c.language] if c.language else [],
        confirmed_by_authority=confirms(c, None, None, None),
        related_event_id=related.event_id if related else None,
        root_event_id=(related.root_event_id or related.event_id) if related else None,
        evidence=evidence[:MAX_EVIDENCE], backfill=c.backfill, schema_version=SCHEMA_VERSION,
    )


def _revised_amount(c: Candidate, ev: EventState) -> dict[str, Any]:
    """Fields to change when the candidate revises the event's penalty; empty when it does not."""
    if c.amount is None:
        return {}
    main = {"amount": c.amount, "periodic": c.periodic, "cap": c.cap, "amount_eur": c.amount_eur}
    if ev.amount is None:
        return main
    new, old = figure(c.amount, c.periodic, c.cap, c.amount_eur), figure(ev.amount, ev.periodic, ev.cap,
                                                                          ev.amount_eur)
    if new is None or old is None:
        return {}
    relation = compare_figures(new, old)
    if relation is AmountRelation.NEAR:
        return main
    if (relation is AmountRelation.SAME and new.currency == old.currency and new.tolerance < old.tolerance
            and new.periodic == old.periodic and not new.cap):
        # A more precise statement of the same figure (35.3m -> 35,258,707.95): refine quietly.
        return {**main, "__quiet__": True}
    return {}


def merge(ev: EventState, c: Candidate, reasons: list[str]) -> tuple[EventState, list[str]]:
    """Fold one sighting into an event; returns the new event and the material changes it brings."""
    changes: list[str] = []
    fields: dict[str, Any] = {}
    sources = ev.sources
    outlet = outlet_key(c.source)
    if all(s.item_id != c.item_id and outlet_key(s.outlet) != outlet for s in sources):
        changes.append("new_source")
        fields["source_count"] = ev.source_count + 1
        if len(sources) < MAX_SOURCES:
            fields["sources"] = [*sources, source_of(c)]
    revised = _revised_amount(c, ev)
    if revised:
        if not revised.pop("__quiet__", False):
            changes.append("amount_revised")
        fields.update(revised)
    if c.amount is not None and not any(m.amount == c.amount.amount and m.currency == c.amount.currency
                                        for m in ev.amounts_seen) and len(ev.amounts_seen) < MAX_AMOUNTS:
        fields["amounts_seen"] = [*ev.amounts_seen, c.amount]
    if not ev.confirmed_by_authority and _confirms_event(c, ev):
        changes.append("authority_confirmed")
        fields["confirmed_by_authority"] = True
    types = sorted(set(ev.types) | set(c.types))
    if types != ev.types:
        changes.append("types_changed")
        fields["types"] = types
    fields.update(_filled_facts(c, ev))
    if _title_rank(c.title, c.source_kind, c.language) > _title_rank(ev.title, *_title_source(ev)):
        fields["title"] = _headline(c)
    if c.language and c.language not in ev.languages:
        fields["languages"] = [*ev.languages, c.language]
    fields["first_seen"] = min(ev.first_seen, c.first_seen)
    fields["last_seen"] = max(ev.last_seen, c.first_seen)
    fields["backfill"] = ev.backfill and c.backfill
    if changes:
        fields["evidence"] = [*ev.evidence, f"{c.item_id}:{'+'.join(reasons)}"][-MAX_EVIDENCE:]
    return replace(ev, **fields), changes


def _title_source(ev: EventState) -> tuple[str, str | None]:
    """Kind and language of the first source whose title the event carries (news, unknown if none)."""
    head = ev.title[:40]
    for s in ev.sources:
        if s.title and s.title[:40] == head:
            return s.kind, s.language
    return "news", None


def _filled_facts(c: Candidate, ev: EventState) -> dict[str, Any]:
    """Facts the event did not know yet; a known fact is never overwritten by a news report."""
    out: dict[str, Any] = {}
    for name in ("authority_id", "authority_name", "court_id", "court_name", "jurisdiction", "decision_date"):
        if getattr(ev, name) is None and getattr(c, name) is not None:
            out[name] = getattr(c, name)
    if c.source_kind in AUTHORITY_KINDS and c.decision_date and _confirms_event(c, ev):
        out["decision_date"] = c.decision_date  # the decider's own date beats an outlet's reading
    companies = [x for x in c.companies if x not in ev.companies]
    if companies:
        out["companies"] = [*ev.companies, *companies][:8]
    return out


def widen(published: list[str] | None, day: str | None) -> list[str] | None:
    """[first, last] published day of an event's sightings, widened by one more sighting."""
    if not day:
        return published
    day = day[:10]
    if not published:
        return [day, day]
    return [min(published[0], day), max(published[-1], day)]


def _activity(ev: EventState, published: list[str] | None) -> str:
    """Latest day the event was reported or decided, as an ISO string ('' when unknown): ISO days
    compare as strings, which keeps bounding free of date parsing."""
    last = published[-1] if published else ""
    return max(last, ev.decision_date or "")


@lru_cache(maxsize=4096)
def _days_before(day: str, days: int) -> str:
    ordinal = day_number(day)
    return date.fromordinal(ordinal - days).isoformat() if ordinal and ordinal > days else ""


def _significant(ev: EventState) -> bool:
    return ev.source_count >= 3 or ev.confirmed_by_authority


def compact(ev: EventState) -> EventState:
    """An event no longer joinable keeps what linking needs (ids, authority, jurisdiction, amounts, dates)."""
    if len(ev.sources) <= COMPACT_SOURCES and not ev.evidence and len(ev.amounts_seen) <= 2:
        return ev
    return replace(ev, sources=ev.sources[:COMPACT_SOURCES], evidence=[], amounts_seen=ev.amounts_seen[:2])


def bound(case: CaseState) -> CaseState:
    """Keep a case key small: compact idle events, drop very old ones, cap the count.

    Time is the case's own clock (latest published or decision day seen), not the wall clock, so the
    same candidate sequence always yields the same state."""
    activity = [_activity(ev, case.published.get(ev.event_id)) for ev in case.events]
    clock = max(activity, default="")
    if not clock:
        return _capped(case, activity)
    active_from, retained_from = _days_before(clock, ACTIVE_DAYS), _days_before(clock, RETAIN_DAYS)
    events: list[EventState] = []
    kept: list[str] = []
    # An event still holding its sketch has not been compacted yet (legacy state keeps it in `sketches`).
    packed, legacy = case.fingerprints, case.sketches
    for ev, day in zip(case.events, activity, strict=True):
        if day and day < retained_from:
            continue
        if day and day < active_from and (ev.event_id in packed or ev.event_id in legacy):
            ev = compact(ev)
            if ev.event_id in packed:
                if packed is case.fingerprints:
                    packed = dict(packed)
                del packed[ev.event_id]
            if ev.event_id in legacy:
                if legacy is case.sketches:
                    legacy = dict(legacy)
                del legacy[ev.event_id]
        events.append(ev)
        kept.append(day)
    if len(events) == len(case.events):
        if packed is case.fingerprints and legacy is case.sketches:
            return _capped(case, activity)
        # Only compacted, nothing dropped: the private memory still names exactly these events.
        return _capped(replace(case, events=events, fingerprints=packed, sketches=legacy), kept)
    return _capped(_only(replace(case, events=events, fingerprints=packed, sketches=legacy)), kept)


def _capped(case: CaseState, activity: list[str]) -> CaseState:
    if len(case.events) <= MAX_EVENTS:
        return case
    # Single-source, unconfirmed events go first: widely reported decisions are the ones appealed
    # years later. Undated events sort as the newest: their age is unknown.
    order = sorted(range(len(case.events)),
                   key=lambda i: (_significant(case.events[i]), activity[i] or "9999", i))
    keep = set(order[len(case.events) - MAX_EVENTS:])
    return _only(replace(case, events=[ev for i, ev in enumerate(case.events) if i in keep]))


def _only(case: CaseState) -> CaseState:
    """Drop the private memory of events no longer in the case."""
    ids = {ev.event_id for ev in case.events}
    return replace(
        case,
        revisions={k: v for k, v in case.revisions.items() if k in ids},
        published={k: v for k, v in case.published.items() if k in ids},
        sketches={k: v for k, v in case.sketches.items() if k in ids},
        fingerprints={k: v for k, v in case.fingerprints.items() if k in ids},
    )


def store(case: CaseState, ev: EventState, revision: int, published: list[str] | None,
          text_sketch: str | None, now: str, index: int | None = None) -> CaseState:
    """A new CaseState with `ev` inserted or replaced; the input state is left as it was.

    `text_sketch` is packed (sketch.pack); None keeps what is stored. `index` is where `ev` was, if known."""
    events = list(case.events)
    if index is not None and events[index].event_id == ev.event_id:
        events[index] = ev
    else:
        for i, old in enumerate(events):
            if old.event_id == ev.event_id:
                events[i] = ev
                break
        else:
            events.append(ev)
    revisions = {**case.revisions, ev.event_id: revision}
    pubs = dict(case.published)
    if published:
        pubs[ev.event_id] = published
    packed, legacy = case.fingerprints, case.sketches
    if text_sketch:
        packed = {**packed, ev.event_id: text_sketch}
        if ev.event_id in legacy:
            legacy = {k: v for k, v in legacy.items() if k != ev.event_id}
    clock = max(case.clock, published[-1] if published else "", ev.decision_date or "")
    stored = replace(case, events=events, revisions=revisions, published=pubs, fingerprints=packed,
                      sketches=legacy, updated_at=now, clock=clock)
    # Events only go idle when the case's clock moves, and the count only grows with a new event.
    if clock != case.clock or len(events) > MAX_EVENTS:
        return bound(stored)
    return stored
