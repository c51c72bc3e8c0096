"""Specification of appeal links across cases (`streams.dedup.crosslink`) and of the company evidence in
appeal links (`link.SAME_COMPANY`): one real-world situation per test.

An appeal and the decision it challenges meet in one case only when both name the same company first. The
linker's index of each authority's events finds the decision when they do not; `DedupEngine` applies what
it finds at once, the worker one hop later (tests/integration/test_dedup_pipeline.py).
"""

from __future__ import annotations

import pytest

from streams.dedup import DedupEngine, Outcome, crosslink
from streams.dedup.build import replace
from streams.dedup.engine import decide, note_of
from streams.ids import case_key
from streams.records import AmountMention, Candidate, EventMessage
from tests.dedup.factory import NOW, candidate, money


def feed(*candidates: Candidate) -> list[list[Outcome]]:
    engine = DedupEngine()
    return [engine.observe_all(c, NOW) for c in candidates]


def only_event(outcomes: list[Outcome]) -> str:
    events = {o.event.event_id for o in outcomes if o.event is not None}
    assert len(events) == 1
    return events.pop()


def messages(outcomes: list[Outcome]) -> list[EventMessage]:
    return [o.message for o in outcomes if o.message is not None]


CMA = {"authority": "uk-cma", "jurisdiction": "UK"}


def cma_appeal(key: str, **facts: object) -> Candidate:
    """An appeal of a CMA decision to the Competition Appeal Tribunal."""
    return candidate(key, **CMA, primary="appeal", court="uk-cat", **facts)  # type: ignore[arg-type]


def test_an_appeal_naming_the_group_finds_the_fine_on_its_subsidiary_in_another_case() -> None:
    # "Otto Fuchs" / "Alu-Schmiede Otto Fuchs": two case keys, one company, one authority, one penalty.
    fine = candidate(
        "fine",
        authority="de-bkarta",
        jurisdiction="DE",
        company="Otto Fuchs",
        amount=money("145000000"),
        published="2020-12-01",
    )
    appeal = candidate(
        "appeal",
        primary="appeal",
        court="de-olg-duesseldorf",
        authority="de-bkarta",
        jurisdiction="DE",
        company="Alu-Schmiede Otto Fuchs",
        amount=money("145000000"),
        published="2025-03-05",
    )
    assert fine.case_key != appeal.case_key
    decided, appealed = feed(fine, appeal)
    assert [(m.kind, m.changes) for m in messages(appealed)] == [("new", []), ("update", ["appeal_linked"])]
    linked = appealed[-1].event
    assert linked is not None and linked.related_event_id == only_event(decided)
    assert linked.root_event_id == only_event(decided)


def test_an_appeal_without_a_company_finds_the_decision_by_its_authority_and_penalty() -> None:
    fine = candidate(
        "fine", **CMA, company="Advanz", amount=money("101000000", "GBP"), published="2021-07-29"
    )
    named = cma_appeal(
        "appeal",
        amount=money("101000000", "GBP"),
        published="2023-08-09",
    )
    appeal = replace(named, companies=[], case_key=case_key([], "uk-cma"))
    decided, appealed = feed(fine, appeal)
    assert appealed[-1].event is not None and appealed[-1].event.related_event_id == only_event(decided)


def test_the_authority_alone_links_nothing_across_cases() -> None:
    # Another company's decision by the same regulator, and an appeal that states no figure: nothing says
    # they are one matter.
    fine = candidate("fine", **CMA, company="Pharmo", amount=money("84000000", "GBP"), published="2021-07-29")
    appeal = cma_appeal("appeal", company="Auden", published="2023-08-09")
    _, appealed = feed(fine, appeal)
    assert [m.kind for m in messages(appealed)] == ["new"]
    assert appealed[-1].event is not None and appealed[-1].event.related_event_id is None


@pytest.mark.parametrize(
    ("decided", "appealing"),
    [
        ("Meta Platforms Ireland", "Google Ireland"),  # a word that trails both names
        ("Deutsche Börse", "Deutsche Bank"),  # a word that leads many names
    ],
)
def test_a_word_many_names_hold_is_no_shared_company(decided: str, appealing: str) -> None:
    dpc = {"authority": "ie-dpc", "jurisdiction": "IE"}
    fine = candidate("fine", **dpc, company=decided, amount=money("1200000000"), published="2023-05-22")
    appeal = candidate(
        "appeal", **dpc, primary="appeal", court="ie-high-court", company=appealing, published="2024-02-01"
    )
    _, appealed = feed(fine, appeal)
    assert appealed[-1].event is not None and appealed[-1].event.related_event_id is None


def test_two_appeals_are_never_linked_to_each_other() -> None:
    # The tribunal's judgment (no decision seen) stays unlinked; the Court of Appeal's step links to it; a
    # later report of the tribunal's judgment must not then link back to the step that builds on it.
    facts = {**CMA, "amount": money("100000000", "GBP")}
    tribunal = candidate(
        "tribunal", **facts, primary="appeal", court="uk-cat", company="Advanz", published="2023-01-01"
    )
    court_of_appeal = candidate(
        "coa", **facts, primary="appeal", court="uk-court-of-appeal", company="Cinven", published="2023-02-01"
    )
    again = candidate(
        "again",
        **facts,
        primary="appeal",
        court="uk-cat",
        company="Advanz",
        outlet="Wire",
        published="2023-03-15",
    )
    first, second, third = feed(tribunal, court_of_appeal, again)
    assert second[-1].event is not None and second[-1].event.related_event_id == only_event(first)
    assert third[-1].event is not None and third[-1].event.related_event_id is None


def test_a_fact_filled_in_silently_is_noted() -> None:
    # A second report from the same outlet names the authority the first did not: no message (nothing an
    # alert would say), but the index must learn it, or a later appeal of another case never finds it.
    first = candidate(
        "first", jurisdiction="UK", company="Advanz", amount=money("101000000", "GBP"), published="2021-07-29"
    )
    named = candidate(
        "named", **CMA, company="Advanz", amount=money("101000000", "GBP"), published="2021-07-29"
    )
    other_outlet = candidate(
        "wire",
        **CMA,
        company="Advanz",
        outlet="Wire",
        amount=money("101000000", "GBP"),
        published="2021-07-30",
    )
    appeal = cma_appeal(
        "appeal",
        company="Cinven",
        amount=money("101000000", "GBP"),
        published="2023-08-09",
    )
    outs = feed(first, named, other_outlet, appeal)
    assert outs[1][-1].message is None  # the authority was filled in silently
    assert outs[-1][-1].event is not None and outs[-1][-1].event.related_event_id == only_event(outs[0])


def test_another_authoritys_decision_is_never_searched() -> None:
    fine = candidate(
        "fine",
        authority="fr-cnil",
        jurisdiction="FR",
        company="Northwind Hosting",
        amount=money("2500000"),
        published="2026-11-03",
    )
    appeal = candidate(
        "appeal",
        authority="fr-adlc",
        jurisdiction="FR",
        primary="appeal",
        company="Northwind",
        amount=money("2500000"),
        published="2026-11-30",
    )
    _, appealed = feed(fine, appeal)
    assert appealed[-1].event is not None and appealed[-1].event.related_event_id is None


def test_an_appeal_before_a_court_the_decision_did_not_name_links_on_the_company_and_country() -> None:
    # "Il Tribunale di Roma revoca il blocco di Uber": the ruling named no regulator, nor does the appeal.
    ban = candidate(
        "ban",
        primary="ruling",
        court="it-tribunale",
        jurisdiction="IT",
        company="Uber",
        published="2017-04-07",
    )
    lifted = candidate(
        "lifted",
        primary="appeal",
        court="it-tribunale-appeal",
        jurisdiction="IT",
        company="Uber",
        published="2017-05-26",
    )
    decided, appealed = feed(ban, lifted)
    assert appealed[-1].event is not None and appealed[-1].event.related_event_id == only_event(decided)
    elsewhere = candidate(
        "elsewhere",
        primary="appeal",
        court="fr-cour-appel",
        jurisdiction="FR",
        company="Uber",
        published="2017-05-26",
    )
    _, abroad = feed(ban, elsewhere)
    assert abroad[-1].event is not None and abroad[-1].event.related_event_id is None


def test_a_figure_in_another_currency_is_no_statement_of_the_decisions_penalty() -> None:
    # SEK 16 million is about €1.5 million: near another decision's €1.2 million, but no statement of it.
    other = candidate(
        "other",
        authority="se-imy",
        jurisdiction="SE",
        company="Medhelp",
        amount=money("1200000"),
        published="2021-06-08",
    )
    cut = candidate(
        "cut",
        authority="se-imy",
        jurisdiction="SE",
        primary="appeal",
        court="se-kammarratten",
        company="SL",
        amount=money("8000000", "SEK"),
        published="2023-01-27",
        other_amounts=[AmountMention(amount="16000000", currency="SEK", note="background")],
    )
    _, appealed = feed(other, cut)
    assert appealed[-1].event is not None and appealed[-1].event.related_event_id is None


def test_a_candidate_sent_back_linked_links_its_appeal_once() -> None:
    # The worker's path, step by step: the appeal opens unlinked in its own case, its note meets the
    # decision's in the authority's index, and its candidate comes back linked; a redelivery is a no-op.
    fine = candidate(
        "fine", **CMA, company="Advanz", amount=money("101000000", "GBP"), published="2021-07-29"
    )
    appeal = cma_appeal(
        "appeal",
        company="Cinven",
        amount=money("101000000", "GBP"),
        published="2023-08-09",
    )
    decision = decide(None, fine, NOW)
    opened = decide(None, appeal, NOW)
    assert opened.event is not None and opened.event.related_event_id is None
    decision_note, appeal_note = note_of(decision, fine), note_of(opened, appeal)
    assert decision_note is not None and decision_note.appeal is None
    assert appeal_note is not None and appeal_note.appeal == appeal
    index, nothing = crosslink.observe(None, decision_note)
    _, linked = crosslink.observe(index, appeal_note)
    assert nothing is None and linked is not None and linked.link is not None
    assert (linked.case_key, linked.item_id, linked.link.event_id) == (
        appeal.case_key,
        appeal.item_id,
        opened.event.event_id,
    )
    assert linked.link.related_event_id == linked.link.root_event_id == decision.case.events[0].event_id
    once = decide(opened.case, linked, NOW)
    assert once.message is not None and once.message.changes == ["appeal_linked"]
    assert (once.message.kind, once.message.revision) == ("update", 1)
    twice = decide(once.case, linked, NOW)
    assert twice.message is None and twice.case is once.case
    gone = decide(None, linked, NOW)
    assert gone.message is None and gone.event is None


def test_the_index_keeps_each_event_once_and_drops_the_oldest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crosslink, "MAX_INDEXED", 3)
    engine = DedupEngine()
    for year in (2019, 2020, 2021, 2022):
        engine.observe(
            candidate(
                f"f{year}",
                **CMA,
                company=f"Firm{year}",
                amount=money(str(year * 1000), "GBP"),
                published=f"{year}-03-01",
            ),
            NOW,
        )
    engine.observe(
        candidate(
            "f2022b",
            **CMA,
            company="Firm2022",
            outlet="Other",
            amount=money("2022000", "GBP"),
            published="2022-03-02",
        ),
        NOW,
    )  # joins Firm2022's event: an update
    index = engine.authorities["uk-cma"]
    assert [ev.companies for ev in index.events] == [["Firm2020"], ["Firm2021"], ["Firm2022"]]
    assert sorted(index.published_days) == sorted(ev.event_id for ev in index.events)
    assert all(ev.sources == [] and ev.evidence == [] for ev in index.events)


def test_an_event_without_an_authority_is_not_indexed() -> None:
    ruling = candidate(
        "ruling",
        primary="ruling",
        court="it-tribunale",
        jurisdiction="IT",
        company="Uber",
        published="2017-04-07",
    )
    engine = DedupEngine()
    outcome = engine.observe(ruling, NOW)
    assert note_of(outcome, ruling) is None and engine.authorities == {}


def test_an_update_that_changes_nothing_linking_reads_is_not_noted_again() -> None:
    # Another outlet's report of a decision: the index already holds it as linking reads it. A report that
    # states the penalty otherwise (£84.2m for £84m: one figure, rounded) adds a figure linking compares,
    # and is noted again.
    first = candidate(
        "first", **CMA, company="Pharmo", amount=money("84000000", "GBP"), published="2021-07-29"
    )
    other = candidate(
        "other",
        **CMA,
        company="Pharmo",
        outlet="Wire",
        amount=money("84000000", "GBP"),
        published="2021-07-29",
    )
    revised = candidate(
        "revised",
        **CMA,
        company="Pharmo",
        outlet="Daily",
        amount=money("84200000", "GBP"),
        published="2021-07-30",
    )
    opened = decide(None, first, NOW)
    assert note_of(opened, first, None) is not None
    joined = decide(opened.case, other, NOW)
    assert joined.message is not None and joined.message.changes == ["new_source"]
    assert note_of(joined, other, opened.case) is None
    again = decide(joined.case, revised, NOW)
    assert again.message is not None and again.event is not None and len(again.event.amounts_seen) == 2
    assert note_of(again, revised, joined.case) is not None


def test_of_two_decisions_that_score_the_same_the_later_published_wins_however_often_noted() -> None:
    older = candidate(
        "older", **CMA, company="Advanz", amount=money("10000000", "GBP"), published="2020-01-10"
    )
    newer = candidate(
        "newer", **CMA, company="Auden", amount=money("10000000", "GBP"), published="2021-01-10"
    )
    # A later report of the older decision gives its date: noted again, it is still the older decision.
    repeat = candidate(
        "repeat",
        decision_date="2020-01-09",
        **CMA,
        company="Advanz",
        outlet="Wire",
        amount=money("10000000", "GBP"),
        published="2020-01-11",
    )
    appeal = cma_appeal(
        "appeal",
        company="Cinven",
        amount=money("10000000", "GBP"),
        published="2022-05-01",
    )
    outs = feed(older, newer, repeat, appeal)
    assert outs[-1][-1].event is not None and outs[-1][-1].event.related_event_id == only_event(outs[1])
