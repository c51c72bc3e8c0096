"""Specification of reports that restate an event of another case (`engine.asks`, `crosslink.answer`).

Candidates meet in the case of the company they name first. Two outlets that name one decision's company
differently ("Tailspin Toys" and its parent "Wingtip") put its reports in two cases, which never compare
them. So a fine or ruling that matches no event of its own case and states a figure is first a question to
the link agent, which keeps each authority's recent events: the same authority, the same figure and the
same kind, published within three weeks, is the same event, and the candidate is placed in that event's
case; otherwise in its own. `DedupEngine` answers at once, the worker two hops later
(tests/integration/test_dedup_pipeline.py).
"""

from __future__ import annotations

from streams.dedup import DedupEngine, Outcome, crosslink
from streams.dedup.build import replace
from streams.dedup.engine import decide, note_of
from streams.records import Candidate
from tests.dedup.factory import NOW, candidate, money

CNIL = {"authority": "fr-cnil", "jurisdiction": "FR", "amount": money("1500000")}


def report(key: str, company: str, published: str = "2026-11-17", **facts: object) -> Candidate:
    """A first report, as the classify agent sends it (not asked about yet)."""
    merged = {**CNIL, **facts}
    return candidate(key, outlet=key, company=company, published=published, checked=False, **merged)  # type: ignore[arg-type]


def feed(*candidates: Candidate) -> tuple[DedupEngine, list[Outcome]]:
    engine = DedupEngine()
    return engine, [engine.observe(c, NOW) for c in candidates]


def event_ids(outcomes: list[Outcome]) -> list[str | None]:
    return [o.event.event_id if o.event else None for o in outcomes]


def test_a_report_that_names_the_company_otherwise_joins_the_event_of_the_other_case() -> None:
    first = report("first", "Tailspin Toys")
    second = report("second", "Wingtip", published="2026-11-18")
    assert first.case_key != second.case_key
    engine, outs = feed(first, second)
    assert event_ids(outs)[0] == event_ids(outs)[1]
    assert [o.message.kind if o.message else None for o in outs] == ["new", "update"]
    assert outs[1].message is not None and "new_source" in outs[1].message.changes
    # It lives in the event's case; its own case was never opened.
    assert second.case_key not in engine.cases


def test_another_figure_or_weeks_later_is_another_event() -> None:
    first = report("first", "Tailspin Toys")
    other_figure = report("figure", "Wingtip", published="2026-11-18", amount=money("2000000"))
    months_later = report("later", "Wingtip Retail", published="2027-02-20")
    _, outs = feed(first, other_figure, months_later)
    assert len(set(event_ids(outs))) == 3


def test_another_authoritys_decision_with_the_same_figure_is_another_event() -> None:
    first = report("first", "Tailspin Toys")
    garante = report("garante", "Wingtip", published="2026-11-18", authority="it-garante", jurisdiction="IT")
    _, outs = feed(first, garante)
    assert event_ids(outs)[0] != event_ids(outs)[1]


def test_an_appeal_is_not_asked_about() -> None:
    # An appeal's figure is the penalty at stake: lodging, judgment and the next instance all state it.
    decision = report("decision", "Tailspin Toys", published="2026-01-10")
    court = {"primary": "appeal", "court": "fr-conseil-etat"}
    lodged = report("lodged", "Tailspin Toys", published="2026-03-02", **court)
    judged = report("judged", "Wingtip", published="2026-03-12", **court)
    assert not decide(None, lodged, NOW).ask
    _, outs = feed(decision, lodged, judged)
    assert len(set(event_ids(outs))) == 3


def test_decide_asks_before_it_opens_and_places_a_checked_candidate_at_once() -> None:
    first = report("first", "Tailspin Toys")
    asked = decide(None, first, NOW)
    assert asked.ask is first and asked.event is None and asked.message is None and not asked.case.events
    opened = decide(None, replace(first, checked=True), NOW)
    assert opened.ask is None and opened.message is not None and opened.message.kind == "new"
    # No figure, nothing to compare across cases: placed at once.
    assert decide(None, report("plain", "Tailspin Toys", amount=None), NOW).ask is None
    # A report its own case matches joins without a question.
    again = decide(opened.case, report("again", "Tailspin Toys", published="2026-11-18"), NOW)
    assert again.ask is None and again.event is not None and again.event.event_id == opened.event.event_id  # type: ignore[union-attr]


def test_the_answer_sends_the_candidate_to_the_case_of_the_event_it_restates() -> None:
    first = replace(report("first", "Tailspin Toys"), checked=True)
    opened = decide(None, first, NOW)
    note = note_of(opened, first)
    assert note is not None and opened.event is not None
    index, _ = crosslink.observe(None, note)

    second = report("second", "Wingtip", published="2026-11-18")
    same, back = crosslink.observe(index, crosslink.ask(second))
    assert same is index  # a question changes nothing the link agent keeps
    assert back is not None and back.checked
    assert (back.case_key, back.join) == (first.case_key, opened.event.event_id)

    other = report("other", "Wingtip", published="2026-11-18", amount=money("900000"))
    _, back = crosslink.observe(index, crosslink.ask(other))
    assert back is not None and back.checked and (back.case_key, back.join) == (other.case_key, None)


def test_a_candidate_sent_to_an_event_gone_from_its_case_is_placed_there_as_any_other() -> None:
    rekeyed = replace(report("late", "Wingtip"), case_key="co:tailspin-toys", join="evt_gone", checked=True)
    out = decide(None, rekeyed, NOW)
    assert out.ask is None and out.message is not None and out.message.kind == "new"


def test_the_same_report_again_after_it_joined_emits_nothing() -> None:
    first = report("first", "Tailspin Toys")
    second = report("second", "Wingtip", published="2026-11-18")
    _, outs = feed(first, second, second)
    assert event_ids(outs)[2] == event_ids(outs)[0]
    assert outs[2].message is None
