"""Throughput and memory of the dedup logic with 100,000 events in state.

State is built directly (not through `decide`) so setup stays fast: a Zipf-like spread of events over
case keys, as real enforcement is (a few companies collect dozens of decisions, most collect one or two).
Each built case is then normalised the way `decide` leaves every state it stores (its clock set, idle
events compacted by `state.bound`). Then candidates go through `decide` one by one: about half are new
sightings of recent events (other outlets, languages), the rest new decisions; the agent's table is a dict.

Memory is measured apart from the throughput state, on a smaller sample scaled to 100k events, so the
100k build runs without tracemalloc: each sample case is written as its changelog bytes, then read back
under tracemalloc and fully materialised, which is what a worker holds for every case it has touched since
recovering its table. The figure is the traced growth over that, per 100k events.
"""

from __future__ import annotations

import gc
import random
import statistics
import time
import tracemalloc
from datetime import date, timedelta

from streams.dedup import decide, state
from streams.dedup.build import make, replace
from streams.dedup.sketch import pack, sketch
from streams.ids import event_id, item_id
from streams.records import SCHEMA_VERSION, Candidate, CaseState, EventState, Money, Source

EVENTS = 100_000
NOW = "2025-01-01T00:00:00Z"
TARGET = 5_000
_WORDS = (
    "data",
    "protection",
    "authority",
    "fines",
    "company",
    "million",
    "euros",
    "over",
    "breach",
    "privacy",
    "rules",
    "users",
    "consent",
    "cookies",
    "tracking",
    "transfers",
    "children",
    "records",
    "security",
    "regulator",
    "decision",
    "appeal",
    "court",
    "order",
)
_AUTHORITIES = [f"authority-{i}" for i in range(60)]
_OUTLETS = [f"Outlet {i}" for i in range(40)]
_EPOCH = date(2018, 1, 1)


def _day(rng: random.Random) -> str:
    return (_EPOCH + timedelta(days=rng.randrange(2500))).isoformat()


def _text(rng: random.Random) -> str:
    choice = rng.choice
    return " ".join([choice(_WORDS) for _ in range(60)])


def _case_sizes(rng: random.Random, total: int) -> list[int]:
    sizes: list[int] = []
    while sum(sizes) < total:
        sizes.append(min(state.MAX_EVENTS, max(1, int(rng.paretovariate(1.2)))))
    sizes[-1] -= sum(sizes) - total
    return sizes


def _event(rng: random.Random, key: str, n: int) -> tuple[EventState, list[str], str]:
    """One stored event. Built with the engine's record builder (the same records Faust's constructor
    makes, pinned by tests/dedup/test_build.py) at a fraction of the cost; same random draws as before."""
    first = item_id("bench", f"{key}-{n}")
    day = _day(rng)
    seen = day + "T08:00:00Z"
    sources = [
        make(
            Source,
            item_id=item_id("bench", f"{key}-{n}-{s}"),
            feed_id="f",
            outlet=rng.choice(_OUTLETS),
            kind="news",
            first_seen=seen,
            url=None,
            title="Regulator fines company",
            language=None,
        )
        for s in range(rng.choice((1, 1, 2, 3)))
    ]
    amount = make(Money, amount=str(rng.randrange(1, 900) * 10_000), currency="EUR")
    ev = make(
        EventState,
        event_id=event_id(first),
        case_key=key,
        primary=rng.choice(("fine", "fine", "ruling")),
        types=["fine"],
        title="Regulator fines company over privacy breach",
        first_seen=day,
        last_seen=day,
        sources=sources,
        source_count=len(sources),
        classifier_version="bench",
        authority_id=rng.choice(_AUTHORITIES),
        authority_name=None,
        court_id=None,
        court_name=None,
        companies=[key],
        jurisdiction="EU",
        amount=amount,
        periodic=None,
        cap=False,
        amount_eur=None,
        amounts_seen=[amount],
        decision_date=day,
        languages=[],
        confirmed_by_authority=False,
        related_event_id=None,
        root_event_id=None,
        evidence=[],
        backfill=False,
        schema_version=SCHEMA_VERSION,
    )
    return ev, [day, day], pack(sketch(_text(rng)))


def _normalised(case: CaseState) -> CaseState:
    """The case as `decide` would have stored it: its clock is the latest day seen, idle events compacted."""
    clock = max((max(case.published[e.event_id][-1], e.decision_date or "") for e in case.events), default="")
    return state.bound(replace(case, clock=clock))


def build_state(rng: random.Random, total: int = EVENTS) -> dict[str, CaseState]:
    cases: dict[str, CaseState] = {}
    for k, size in enumerate(_case_sizes(rng, total)):
        key = f"co:company-{k}"
        built = [_event(rng, key, n) for n in range(size)]
        case = state.empty_case(key, NOW)
        cases[key] = _normalised(
            replace(
                case,
                events=[e for e, _, _ in built],
                revisions={e.event_id: 0 for e, _, _ in built},
                published={e.event_id: p for e, p, _ in built},
                fingerprints={e.event_id: s for e, _, s in built},
            )
        )
    return cases


def _candidates(rng: random.Random, cases: dict[str, CaseState], n: int) -> list[Candidate]:
    keys = list(cases)
    out = []
    for i in range(n):
        case = cases[rng.choice(keys)]
        known = rng.choice(case.events)
        sighting = rng.random() < 0.5
        fresh = Money(amount=str(rng.randrange(1, 900) * 10_000), currency="EUR")
        amount = known.amount if sighting else fresh
        day = (known.decision_date or "2024-01-01") if sighting else _day(rng)
        out.append(
            Candidate(
                item_id=item_id("bench-c", str(i)),
                case_key=case.case_key,
                feed_id="f",
                source=rng.choice(_OUTLETS),
                source_kind="news",
                url=None,
                title="Company fined by regulator",
                text=_text(rng),
                first_seen=day + "T09:00:00Z",
                classifier_version="bench",
                primary="fine",
                types=["fine"],
                confidence=0.9,
                evidence=[],
                published=day,
                authority_id=known.authority_id if sighting else rng.choice(_AUTHORITIES),
                jurisdiction="EU",
                amount=amount,
                companies=list(known.companies),
                decision_date=day,
            )
        )
    return out


def _rate(cases: dict[str, CaseState], candidates: list[Candidate]) -> tuple[float, float]:
    """Candidates per wall second and per CPU second of this process (the machine may be shared)."""
    table = dict(cases)  # rounds must not see each other's writes
    wall, cpu = time.perf_counter(), time.process_time()
    for c in candidates:
        table[c.case_key] = decide(table.get(c.case_key), c, NOW).case
    return len(candidates) / (time.perf_counter() - wall), len(candidates) / (time.process_time() - cpu)


def _baseline_rate(cases: dict[str, CaseState], candidates: list[Candidate]) -> float:
    """The floor any dedup pays: look the case up and append the item to it."""
    table: dict[str, list[str]] = {k: [] for k in cases}
    start = time.perf_counter()
    for c in candidates:
        table.setdefault(c.case_key, []).append(c.item_id)
    return len(candidates) / (time.perf_counter() - start)


def _materialise(case: CaseState) -> None:
    """Read every lazily coerced field, as processing a candidate of the case does."""
    for ev in case.events:
        for name in ("types", "sources", "companies", "amount", "amounts_seen", "languages", "evidence"):
            getattr(ev, name)
    for name in ("revisions", "published", "sketches", "fingerprints"):
        getattr(case, name)


def _held_mb_per_100k(sample: dict[str, CaseState]) -> tuple[float, float]:
    """MiB per 100k events of the sample as held after a changelog recovery; changelog bytes per event."""
    blobs = [c.dumps() for c in sample.values()]
    events = sum(len(c.events) for c in sample.values())
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    held = [CaseState.loads(b) for b in blobs]
    for case in held:
        _materialise(case)
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del held
    return (after - before) / 2**20 * (100_000 / events), sum(len(b) for b in blobs) / events


def run(quick: bool) -> dict:
    started = time.perf_counter()
    rng = random.Random(7)
    build = time.perf_counter()
    cases = build_state(rng, EVENTS)
    build_s = time.perf_counter() - build
    batch = _candidates(rng, cases, 1_500 if quick else 10_000)
    # A long-lived table is old-generation garbage the collector rescans for nothing; freezing it is what
    # the worker can do after table recovery too.
    gc.collect()
    gc.freeze()
    rounds = 5 if quick else 7
    rates = [_rate(cases, batch) for _ in range(rounds)]
    baseline = statistics.median(_baseline_rate(cases, batch) for _ in range(rounds))
    gc.unfreeze()
    rate = statistics.median(r for r, _ in rates)
    cpu_rate = statistics.median(c for _, c in rates)
    sample_events = 10_000 if quick else 30_000
    mb, changelog_bytes = _held_mb_per_100k(build_state(random.Random(11), sample_events))
    return {
        "events_in_state": sum(len(c.events) for c in cases.values()),
        "case_keys": len(cases),
        "events_with_text_sketch": sum(len(c.fingerprints) for c in cases.values()),
        "candidates": len(batch),
        "rounds": rounds,
        "candidates_per_s": round(rate),
        "candidates_per_s_rounds": [round(r) for r, _ in rates],
        "candidates_per_cpu_s": round(cpu_rate),
        "baseline_dict_append_per_s": round(baseline),
        "ratio_to_baseline": round(rate / baseline, 5),
        "mb_per_100k_events": round(mb, 1),
        "memory_method": (
            f"tracemalloc growth while {sample_events} events (separate sample, same "
            "generator) are loaded from their changelog bytes and fully materialised, scaled "
            "to 100k"
        ),
        "changelog_bytes_per_event": round(changelog_bytes),
        "target_candidates_per_s": TARGET,
        "meets_target": rate >= TARGET,
        "build_s": round(build_s, 1),
        "wall_s": round(time.perf_counter() - started, 1),
    }


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(run("--quick" in sys.argv), indent=2))
