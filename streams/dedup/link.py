"""Which earlier event does a new event build on: the decision an appeal challenges, or the order a
follow-up step enforces. Linking spans years, so it uses only facts that compaction keeps."""

from __future__ import annotations

from collections.abc import Sequence

from streams.dedup.facts import AmountRelation, Figure, compare_amounts, compare_figures, day_number, figure
from streams.dedup.match import Facts
from streams.ids import lead_name_word, name_words
from streams.records import Candidate, EventState

APPEAL_LINK_THRESHOLD = 2.0
# An appeal and a decision of another case (another company name, or none) share only their authority
# (worth 2): it takes more than that, the penalty at stake or one company's name (`_shares_a_name`), to
# link them.
CROSS_CASE_THRESHOLD = 3.5
# The appeal and the decision name one company, written alike or not ("Otto Fuchs" / "Alu-Schmiede Otto
# Fuchs"): with the country alone that is enough, so an appeal before a court the decision did not name
# ("the Tribunale di Roma revokes the Uber ban") still finds it.
SAME_COMPANY = 1.5


def _earliest_day(ev: EventState, published: list[str] | None) -> int | None:
    days = [d for d in (day_number(ev.decision_date), day_number(published[0]) if published else None)
            if d is not None]
    return min(days) if days else None


# A higher court's step on a lower court's judgment comes weeks or years later; an "appeal event" of another
# court days before is likelier the same judgment reported with a court named differently.
NEXT_INSTANCE_MIN_DAYS = 14


def _next_instance(c: Candidate, ev: EventState, appeal_day: int | None, earlier_day: int | None) -> bool:
    """An appeal builds on an earlier appeal event when another court decided that one, some time before:
    the Court of Appeal's ruling on the tribunal's judgment, the BGH's on the OLG's, an appeal lodged with
    the Court of Justice against the General Court's judgment."""
    if not (c.court_id and ev.court_id and c.court_id != ev.court_id):
        return False
    if appeal_day is None or earlier_day is None:
        return False
    return appeal_day - earlier_day >= NEXT_INSTANCE_MIN_DAYS


def _appeal_score(c: Candidate, cf: Facts, ev: EventState, published: list[str] | None) -> float | None:
    appeal_day = cf.decision_day if cf.decision_day is not None else cf.first_pub
    original_day = _earliest_day(ev, published)
    if ev.primary == "appeal" and not _next_instance(c, ev, appeal_day, original_day):
        return None
    if c.authority_id and ev.authority_id and c.authority_id != ev.authority_id:
        return None
    if c.jurisdiction and ev.jurisdiction and c.jurisdiction != ev.jurisdiction and c.jurisdiction != "EU":
        return None  # the EU courts also judge national decisions, on a national court's questions
    if appeal_day is not None and original_day is not None and original_day > appeal_day:
        return None  # an appeal cannot challenge a later decision
    total = SAME_COMPANY if _shares_a_name(c.companies, ev.companies) else 0.0
    if c.authority_id and c.authority_id == ev.authority_id:
        total += 2
    elif c.jurisdiction and c.jurisdiction == ev.jurisdiction:
        total += 0.5
    # The appeal's figure is the penalty at stake, possibly as reduced by the court: close is enough.
    original = figure(ev.amount, ev.periodic, ev.cap, ev.amount_eur)
    alts = [f for m in ev.amounts_seen if (f := figure(m)) is not None]
    relation = compare_amounts(cf.main, list(cf.alts), original, alts)
    if relation is AmountRelation.FAR:
        if _a_share(c, cf, ev, original):
            # "El TSJM suspende las multas a Ryanair y Norwegian" of a decision that fined five airlines
            # €179m: their part of it, whose figure says neither yes nor no
            return total
        if not _names_original(c, original, alts):
            return None
        # "cut from €9.55m to €900,000": the court changed that penalty. A little less than the appeal's
        # own figure matching, so that of two decisions the one whose penalty is at stake wins.
        return total + 2.5
    total += {AmountRelation.SAME: 3.0, AmountRelation.NEAR: 1.0}.get(relation, 0.0)
    return total


def _a_share(c: Candidate, cf: Facts, ev: EventState, original: Figure | None) -> bool:
    """The appeal is some of the companies of a decision against more, its figure less than the decision's:
    their share of the penalty."""
    if not c.companies or len(ev.companies) <= len(c.companies):
        return False
    if not all(_shares_a_name([name], ev.companies) for name in c.companies):
        return False
    main = cf.main
    return (
        main is not None and original is not None and main.eur is not None and original.eur is not None
        and main.eur < original.eur
    )


def _shares_a_name(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two lists of names hold one company written two ways: the same name, or one name's first
    distinctive word in the other ("Telekom" / "Deutsche Telekom", "Otto Fuchs" / "Alu-Schmiede Otto
    Fuchs"). A word that only trails both ("Google Ireland" / "Meta Platforms Ireland") is no match, nor
    one that many names hold ("Deutsche Bank" / "Deutsche Börse": `ids.name_words`)."""
    if not a or not b:
        return False
    if not set(a).isdisjoint(b):  # the same name ("E.ON" has no word of three letters)
        return True
    return any(_leads_into(x, y) or _leads_into(y, x) for x in a for y in b)


def _leads_into(x: str, y: str) -> bool:
    lead = lead_name_word(x)
    return lead is not None and lead in name_words(y)


def _names_original(c: Candidate, original: Figure | None, seen: Sequence[Figure] = ()) -> bool:
    """The appeal states the challenged decision's own figure among its other amounts ("instead of
    €9.55 million, only €900,000"), in its currency: a conversion at some rate is too loose a match
    (SEK 16 million is near €1.2 million of another decision). Any figure the decision was reported with
    counts (`seen`): "€1.1 billion" of Apple's fine where one outlet told the decision's total, €1.24
    billion."""
    known = [f for f in (original, *seen) if f is not None]
    return any(
        f is not None and _in_its_currency(f, o) and compare_figures(f, o) is AmountRelation.SAME
        for f in (figure(m) for m in c.other_amounts)
        for o in known
    )


def _in_its_currency(stated: Figure, original: Figure) -> bool:
    return stated.currency == original.currency


def appeal_target(c: Candidate, cf: Facts, events: Sequence[EventState],
                  published: dict[str, list[str]]) -> EventState | None:
    """The decision an appeal challenges (or the lower court's judgment it takes further): best evidence,
    ties to the most recent; None if never seen."""
    found = scored_target(c, cf, events, published, APPEAL_LINK_THRESHOLD)
    return found[1] if found else None


def scored_target(c: Candidate, cf: Facts, events: Sequence[EventState], published: dict[str, list[str]],
                  threshold: float) -> tuple[float, EventState] | None:
    """`appeal_target` with its score, at a threshold of the caller's (`CROSS_CASE_THRESHOLD` across
    cases); events of the appeal's own case and the appeal itself are the caller's to leave out."""
    best: tuple[float, int] | None = None
    target = None
    for i, ev in enumerate(events):
        s = _appeal_score(c, cf, ev, published.get(ev.event_id))
        if s is not None and s >= threshold and (best is None or (s, i) > best):
            best, target = (s, i), ev
    return (best[0], target) if best is not None and target is not None else None


def followup_target(c: Candidate, cf: Facts, events: Sequence[EventState]) -> EventState | None:
    """A new decision that names an earlier decision's penalty as background (e.g. a periodic penalty
    collected for non-compliance with an order) builds on it. Same authority required: other
    regulators' fines are routinely cited as background and must not link."""
    if not c.authority_id:
        return None
    background = [f for m in c.other_amounts if "background" in (m.note or "").lower()
                  if (f := figure(m)) is not None]
    if not background:
        return None
    for ev in reversed(events):
        if ev.primary == "appeal" or ev.authority_id != c.authority_id:
            continue
        original = figure(ev.amount, ev.periodic, ev.cap, ev.amount_eur)
        if original and any(compare_figures(b, original) is AmountRelation.SAME for b in background):
            return ev
    return None
