"""Is a candidate the same real-world event as one already known? Hard rules first, then weighed evidence.

Scores are additive evidence; a hard rule returns None ("cannot be the same"). Unknown facts add nothing
either way, so an item that names only the court, or gives no figure, can still join its event.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from streams.dedup.facts import AmountRelation, Figure, compare_amounts, day_number, figure
from streams.dedup.sketch import packed_set, similarity, sketch, title_similarity
from streams.records import Candidate, EventState

MERGE_THRESHOLD = 2.0
# Mentions that restate this event's penalty in other words; background amounts belong to other events.
_RESTATING_NOTES = ("conversion", "cap", "headline")


# Not frozen: a frozen dataclass pays object.__setattr__ per field (one is built per event scored), and a
# candidate's sketch is filled in on first use.
@dataclass(slots=True)
class Facts:
    """What matching needs of a candidate or an event, parsed once; only `text_sketch` changes it."""

    primary: str
    authority_id: str | None
    court_id: str | None
    jurisdiction: str | None
    decision_day: int | None
    first_pub: int | None
    last_pub: int | None
    main: Figure | None
    alts: tuple[Figure, ...]
    sketch: list[int] = field(default_factory=list)
    title: str | None = None
    packed: str | None = None  # an event's stored sketch, unpacked only if a text comparison is reached
    hashes: frozenset[int] = frozenset()  # a candidate's sketch as a set, built once for all comparisons
    text: str | None = None  # a candidate's text until sketched: only when a comparison or store needs it


@dataclass(frozen=True, slots=True)
class Match:
    score: float
    reasons: tuple[str, ...]


def candidate_facts(c: Candidate) -> Facts:
    pub = day_number(c.published)
    alts = tuple(
        f for m in c.other_amounts if any(n in (m.note or "").lower() for n in _RESTATING_NOTES)
        if (f := figure(m)) is not None
    )
    return Facts(
        primary=c.primary, authority_id=c.authority_id, court_id=c.court_id, jurisdiction=c.jurisdiction,
        decision_day=day_number(c.decision_date), first_pub=pub, last_pub=pub,
        main=figure(c.amount, c.periodic, c.cap, c.amount_eur), alts=alts,
        title=c.title, text=c.text or c.title or "",
    )


def text_sketch(f: Facts) -> list[int]:
    """The candidate's sketch, computed once, on first use."""
    if f.text is not None:
        f.sketch = sketch(f.text)
        f.hashes = frozenset(f.sketch)
        f.text = None
    return f.sketch


def event_facts(ev: EventState, published: list[str] | None, packed: str | None) -> Facts:
    """Facts of a stored event; `packed` is its stored sketch (sketch.pack), decoded only when needed."""
    alts = tuple(f for m in ev.amounts_seen if (f := figure(m)) is not None)
    first_pub, last_pub = (day_number(published[0]), day_number(published[-1])) if published else (None, None)
    return Facts(
        primary=ev.primary, authority_id=ev.authority_id, court_id=ev.court_id, jurisdiction=ev.jurisdiction,
        decision_day=day_number(ev.decision_date), first_pub=first_pub, last_pub=last_pub,
        main=figure(ev.amount, ev.periodic, ev.cap, ev.amount_eur), alts=alts,
        title=ev.title, packed=packed,
    )


def _hashes(f: Facts) -> frozenset[int]:
    if f.packed:
        return packed_set(f.packed)
    if f.text is not None:
        text_sketch(f)
    return f.hashes


def excluded(c: Candidate, ev: EventState) -> bool:
    """Cheap hard rules on raw fields, run before any parsing: most events of a case key stop here."""
    if (c.primary == "appeal") != (ev.primary == "appeal"):
        return True  # an appeal never merges into the decision it challenges; it links to it
    if c.authority_id and ev.authority_id and c.authority_id != ev.authority_id:
        return True  # two regulators fining one company are two events
    return bool(c.jurisdiction and ev.jurisdiction and c.jurisdiction != ev.jurisdiction)


# Two courts' steps on one case come weeks or years apart (the tribunal's judgment, then the court of
# appeal's; a General Court judgment, then the appeal lodged with the Court of Justice, often within two
# weeks); two appeal reports at most three days apart that name different courts are likelier one judgment
# with its court named differently ("the Paris appeals court" read as the country's default court,
# "Tribunal de Milán" as another Italian court).
SAME_JUDGMENT_MAX_DAYS = 3


def _courts_apart(c: Facts, e: Facts) -> bool | None:
    """For two appeals naming different courts: True when they are two judgments (or cannot be told
    apart by date), False when they are days apart (then the score decides, with a malus); None when the
    courts do not differ."""
    if not (c.primary == "appeal" and c.court_id and e.court_id and c.court_id != e.court_id):
        return None
    # The event's own days, not its latest report: a judgment reported again weeks later is no newer step.
    mine = c.decision_day if c.decision_day is not None else c.first_pub
    theirs = e.decision_day if e.decision_day is not None else e.first_pub
    if mine is None or theirs is None:
        return True
    return abs(mine - theirs) > SAME_JUDGMENT_MAX_DAYS


def _pub_gap(c: Facts, e: Facts) -> int | None:
    if c.first_pub is None or e.first_pub is None or e.last_pub is None:
        return None
    if e.first_pub <= c.first_pub <= e.last_pub:
        return 0
    return min(abs(c.first_pub - e.first_pub), abs(c.first_pub - e.last_pub))


def _date_score(c: Facts, e: Facts) -> tuple[float, str] | None:
    score, why = 0.0, []
    if c.decision_day is not None and e.decision_day is not None:
        gap = abs(c.decision_day - e.decision_day)
        if gap > 62:
            return None  # one regulator's two decisions months apart
        # Outlets date a decision by deliberation, notification or publication: a week or two apart.
        score += 2 if gap <= 3 else 1 if gap <= 31 else -3
        why.append(f"decision_gap={gap}d")
    pub_gap = _pub_gap(c, e)
    if pub_gap is not None:
        score += 1 if pub_gap <= 21 else 0 if pub_gap <= 45 else -3 if pub_gap <= 120 else -5
        why.append(f"published_gap={pub_gap}d")
    # A report published before a decision was taken cannot be about it, and vice versa.
    if c.decision_day is not None and e.first_pub is not None and e.first_pub < c.decision_day - 7:
        score -= 4
        why.append("event_reported_before_decision")
    if e.decision_day is not None and c.first_pub is not None and c.first_pub < e.decision_day - 7:
        score -= 4
        why.append("reported_before_event_decision")
    return score, ",".join(why)


def _text_score(c: Facts, e: Facts) -> tuple[float, float]:
    theirs = _hashes(e)
    # Without the event's sketch the estimate is 0 whatever the candidate says: do not sketch it for that.
    sim = similarity(_hashes(c), theirs) if theirs else 0.0
    if sim < 0.5:
        # Short texts give coarse sketches: the exact title overlap confirms or lifts the estimate.
        sim = max(sim, 0.8 * title_similarity(c.title, e.title))
    return (3.0 if sim >= 0.5 else 2.0 if sim >= 0.25 else 1.0 if sim >= 0.12 else 0.0), sim


def score(c: Facts, e: Facts) -> Match | None:
    """Evidence that candidate `c` reports event `e`; None when a hard rule says it cannot."""
    total, reasons = 0.0, []
    courts = _courts_apart(c, e)
    if courts:
        return None  # two courts, two judgments
    if courts is False:
        total -= 1
        reasons.append("court_named_differently")
    if c.authority_id and c.authority_id == e.authority_id:
        total += 2
        reasons.append("authority")
    elif c.jurisdiction and c.jurisdiction == e.jurisdiction:
        total += 0.5
        reasons.append("jurisdiction")
    if c.court_id and c.court_id == e.court_id:
        total += 1  # a court ruling reported without the authority behind the case
        reasons.append("court")
    amounts = compare_amounts(c.main, c.alts, e.main, e.alts)
    if amounts is AmountRelation.FAR:
        return None
    if amounts is not AmountRelation.UNKNOWN:
        total += 2 if amounts is AmountRelation.SAME else -1
        reasons.append(f"amount_{amounts.value}")
    dates = _date_score(c, e)
    if dates is None:
        return None
    total += dates[0]
    if dates[1]:
        reasons.append(dates[1])
    text, sim = _text_score(c, e)
    total += text
    reasons.append(f"text={sim:.2f}")
    return Match(total, tuple(reasons))
