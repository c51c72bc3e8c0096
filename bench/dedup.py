"""Throughput and memory of the dedup logic with 100,000 events in state.

State is built directly (not through `decide`) so setup stays fast: a Zipf-like spread of events over
case keys, as real enforcement is (a few companies collect dozens of decisions, most collect one or two).
Then candidates go through `decide` one by one: about half are new sightings of recent events (other
outlets, languages), the rest new decisions; the agent's table is a dict here.
"""

from __future__ import annotations

import gc
import random
import statistics
import time
import tracemalloc
from datetime import date, timedelta

from streams.dedup import decide, state
from streams.dedup.sketch import sketch
from streams.ids import event_id, item_id
from streams.records import Candidate, CaseState, EventState, Money, Source

EVENTS = 100_000
NOW = "2025-01-01T00:00:00Z"
_WORDS = (
    "data", "protection", "authority", "fines", "company", "million", "euros", "over", "breach", "privacy",
    "rules", "users", "consent", "cookies", "tracking", "transfers", "children", "records", "security",
    "regulator", "decision", "appeal", "court", "order",
)
_AUTHORITIES = [f"authority-{i}" for i in range(60)]
_OUTLETS = [f"Outlet {i}" for i in range(40)]


def _day(rng: random.Random) -> str:
    return (date(2018, 1, 1) + timedelta(days=rng.randrange(2500))).isoformat()


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(60))


def _case_sizes(rng: random.Random, total: int) -> list[int]:
    sizes: list[int] = []
    while sum(sizes) < total:
        sizes.append(min(state.MAX_EVENTS, max(1, int(rng.paretovariate(1.2)))))
    sizes[-1] -= sum(sizes) - total
    return sizes


def _event(rng: random.Random, key: str, n: int) -> tuple[EventState, list[str], list[int]]:
    first = item_id("bench", f"{key}-{n}")
    day = _day(rng)
    sources = [Source(item_id=item_id("bench", f"{key}-{n}-{s}"), feed_id="f", outlet=rng.choice(_OUTLETS),
                      kind="news", first_seen=day + "T08:00:00Z", title="Regulator fines company")
               for s in range(rng.choice((1, 1, 2, 3)))]
    amount = Money(amount=str(rng.randrange(1, 900) * 10_000), currency="EUR")
    ev = EventState(event_id=event_id(first), case_key=key, primary=rng.choice(("fine", "fine", "ruling")),
                    types=["fine"], title="Regulator fines company over privacy breach", first_seen=day,
                    last_seen=day, sources=sources, source_count=len(sources), classifier_version="bench",
                    authority_id=rng.choice(_AUTHORITIES), jurisdiction="EU", amount=amount,
                    amounts_seen=[amount], decision_date=day, companies=[key])
    return ev, [day, day], sketch(_text(rng))


def build_state(rng: random.Random, total: int = EVENTS) -> dict[str, CaseState]:
    cases: dict[str, CaseState] = {}
    for k, size in enumerate(_case_sizes(rng, total)):
        key = f"co:company-{k}"
        built = [_event(rng, key, n) for n in range(size)]
        cases[key] = CaseState(
            case_key=key, events=[e for e, _, _ in built], updated_at=NOW,
            revisions={e.event_id: 0 for e, _, _ in built},
            published={e.event_id: p for e, p, _ in built}, sketches={e.event_id: s for e, _, s in built},
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
        out.append(Candidate(
            item_id=item_id("bench-c", str(i)), case_key=case.case_key, feed_id="f",
            source=rng.choice(_OUTLETS),
            source_kind="news", url=None, title="Company fined by regulator", text=_text(rng),
            first_seen=day + "T09:00:00Z", classifier_version="bench", primary="fine", types=["fine"],
            confidence=0.9, evidence=[], published=day,
            authority_id=known.authority_id if sighting else rng.choice(_AUTHORITIES), jurisdiction="EU",
            amount=amount, companies=list(known.companies), decision_date=day,
        ))
    return out


def _rate(cases: dict[str, CaseState], candidates: list[Candidate]) -> float:
    table = dict(cases)  # rounds must not see each other's writes
    start = time.perf_counter()
    for c in candidates:
        table[c.case_key] = decide(table.get(c.case_key), c, NOW).case
    return len(candidates) / (time.perf_counter() - start)


def _baseline_rate(cases: dict[str, CaseState], candidates: list[Candidate]) -> float:
    """The floor any dedup pays: look the case up and append the item to it."""
    table: dict[str, list[str]] = {k: [] for k in cases}
    start = time.perf_counter()
    for c in candidates:
        table.setdefault(c.case_key, []).append(c.item_id)
    return len(candidates) / (time.perf_counter() - start)


def _built_with_memory(rng: random.Random, total: int) -> tuple[dict[str, CaseState], float]:
    """Build the state under tracemalloc: what 100k events cost in the worker's heap, in MiB."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    cases = build_state(rng, total)
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return cases, (after - before) / 2**20 * (100_000 / total)


def run(quick: bool) -> dict:
    rng = random.Random(7)
    cases, mb = _built_with_memory(rng, EVENTS)
    batch = _candidates(rng, cases, 1_500 if quick else 10_000)
    # A long-lived table is old-generation garbage the collector rescans for nothing; freezing it is what
    # the worker can do after table recovery too.
    gc.collect()
    gc.freeze()
    rounds = 3 if quick else 5
    rates = [_rate(cases, batch) for _ in range(rounds)]
    baseline = statistics.median(_baseline_rate(cases, batch) for _ in range(rounds))
    gc.unfreeze()
    rate = statistics.median(rates)
    sample = list(cases.values())[:2000]
    serialized = sum(len(c.dumps()) for c in sample) / sum(len(c.events) for c in sample)
    return {
        "events_in_state": sum(len(c.events) for c in cases.values()),
        "case_keys": len(cases),
        "candidates": len(batch),
        "rounds": rounds,
        "candidates_per_s": round(rate),
        "candidates_per_s_rounds": [round(r) for r in rates],
        "baseline_dict_append_per_s": round(baseline),
        "ratio_to_baseline": round(rate / baseline, 5),
        "mb_per_100k_events": round(mb, 1),
        "changelog_bytes_per_event": round(serialized),
        "target_candidates_per_s": 5_000,
        "meets_target": rate >= 5_000,
    }


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(run("--quick" in sys.argv), indent=2))
