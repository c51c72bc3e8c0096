"""Specification of the dedup decision, one real-world situation per test."""

from __future__ import annotations

import json

from streams.dedup import DedupEngine, Outcome, decide
from streams.ids import event_id
from streams.records import AmountMention, Candidate, CaseState
from tests.dedup.factory import NOW, candidate, money

DPC = dict(authority="dpc", jurisdiction="IE", company="TikTok")


def feed(*candidates: Candidate) -> list[Outcome]:
    engine = DedupEngine()
    return [engine.observe(c, NOW) for c in candidates]


def kinds(outcomes: list[Outcome]) -> list[str | None]:
    return [o.message.kind if o.message else None for o in outcomes]


def event_ids(outcomes: list[Outcome]) -> list[str | None]:
    return [o.event.event_id if o.event else None for o in outcomes]


def test_one_decision_in_three_outlets_and_three_languages_is_one_event_with_updates_per_source() -> None:
    outs = feed(
        candidate(
            "a",
            outlet="Irish Times",
            title="DPC fines TikTok €345m over children's data",
            amount=money("345000000"),
            decision_date="2023-09-15",
            published="2023-09-15",
            **DPC,
        ),
        candidate(
            "b",
            outlet="Le Monde",
            language="fr",
            title="TikTok condamné à 345 millions d'euros",
            amount=money("345000000"),
            published="2023-09-16",
            **DPC,
        ),
        candidate(
            "c",
            outlet="Der Spiegel",
            language="de",
            title="Datenschutz: TikTok muss zahlen",
            amount=money("368000000", "USD"),
            amount_eur="345000000",
            published="2023-09-16",
            company="TikTok",
            jurisdiction="IE",
        ),  # names no authority: unknown, not different
    )
    assert kinds(outs) == ["new", "update", "update"]
    assert len(set(event_ids(outs))) == 1
    assert [o.message.revision for o in outs if o.message] == [0, 1, 2]
    assert all(o.message and "new_source" in o.message.changes for o in outs[1:])
    final = outs[-1].event
    assert final is not None and final.source_count == 3 and sorted(final.languages) == ["de", "en", "fr"]
    assert final.event_id == event_id(outs[0].message.trigger_item_id or "")


def test_identical_sighting_emits_nothing() -> None:
    first = candidate("a", outlet="Reuters", amount=money("5000000"), published="2024-03-01", **DPC)
    again_same_outlet = candidate(
        "a2", outlet="Reuters", amount=money("5000000"), published="2024-03-02", **DPC
    )
    outs = feed(first, first, again_same_outlet)
    assert kinds(outs) == ["new", None, None]
    assert len(set(event_ids(outs))) == 1
    assert outs[-1].event is not None and outs[-1].event.source_count == 1


def test_two_regulators_fining_one_company_are_two_events() -> None:
    outs = feed(
        candidate(
            "it",
            authority="garante",
            jurisdiction="IT",
            company="Clearview AI",
            amount=money("20000000"),
            published="2022-03-09",
        ),
        candidate(
            "fr",
            authority="cnil",
            jurisdiction="FR",
            company="Clearview AI",
            amount=money("20000000"),
            published="2022-03-10",
        ),
    )
    assert kinds(outs) == ["new", "new"]
    assert len(set(event_ids(outs))) == 2


def test_one_regulator_two_decisions_months_apart_are_two_events() -> None:
    outs = feed(
        candidate(
            "first",
            outlet="A",
            amount=money("1000000"),
            decision_date="2024-01-10",
            published="2024-01-11",
            **DPC,
        ),
        candidate(
            "second",
            outlet="B",
            amount=money("1000000"),
            decision_date="2024-06-20",
            published="2024-06-21",
            **DPC,
        ),
        candidate("undated-later", outlet="C", published="2024-06-22", **DPC),  # no figure, no decision date
    )
    assert kinds(outs) == ["new", "new", "update"]
    assert event_ids(outs)[1] == event_ids(outs)[2] != event_ids(outs)[0]


def test_belgian_trap_2018_reports_merge_and_2015_order_stays_separate() -> None:
    belgium = dict(company="Facebook", jurisdiction="BE", court="brussels-court")
    order_2015 = candidate(
        "2015",
        outlet="Tech Times",
        primary="ruling",
        types=["ruling", "fine"],
        amount=money("269000", "USD"),
        amount_eur="250000",
        periodic="day",
        published="2015-11-10",
        text="Brussels court orders Facebook to stop tracking non-users within 48 hours or pay a daily fine",
        **belgium,
    )
    daily_2018 = candidate(
        "2018a",
        outlet="Sputnik",
        primary="ruling",
        types=["ruling", "fine"],
        amount=money("250000"),
        periodic="day",
        published="2018-02-16",
        text="Belgian court orders Facebook to stop secret tracking or face 250,000 euros a day",
        **belgium,
    )
    cap_2018 = candidate(
        "2018b",
        outlet="News Site",
        primary="ruling",
        types=["ruling", "fine"],
        amount=money("100000000"),
        cap=True,
        published="2018-02-17",
        other_amounts=[AmountMention(amount="156000000", currency="USD", note="conversion")],
        text="Belgian court: Facebook faces up to 100 million euros ($156 million)",
        **belgium,
    )
    usd_2018 = candidate(
        "2018c",
        outlet="Wire",
        primary="ruling",
        types=["ruling", "fine"],
        amount=money("125000000", "USD"),
        cap=True,
        published="2018-02-17",
        title="Facebook Threatened With $125M Fine For Tracking Belgians",
        **belgium,
    )
    outs = feed(order_2015, daily_2018, cap_2018, usd_2018)
    ids = event_ids(outs)
    assert ids[1] == ids[2] == ids[3] != ids[0]
    assert kinds(outs) == ["new", "new", "update", "update"]


def test_appeal_months_later_links_to_the_decision_it_challenges() -> None:
    fine = candidate(
        "fine",
        primary="fine",
        authority="cnpd",
        jurisdiction="LU",
        company="Amazon",
        amount=money("746000000"),
        decision_date="2021-07-16",
        published="2021-07-30",
    )
    other = candidate(
        "other",
        primary="fine",
        authority="cnpd",
        jurisdiction="LU",
        company="Amazon",
        amount=money("2000000"),
        decision_date="2022-05-01",
        published="2022-05-02",
    )
    appeal = candidate(
        "appeal",
        primary="appeal",
        authority="cnpd",
        court="lu-admin-court",
        jurisdiction="LU",
        company="Amazon",
        amount=money("746000000"),
        decision_date="2025-03-18",
        published="2025-03-19",
    )
    outs = feed(fine, other, appeal)
    assert kinds(outs) == ["new", "new", "new"]
    assert outs[2].event is not None and outs[2].message is not None
    assert outs[2].event.related_event_id == event_ids(outs)[0]  # the amount picks the right decision
    assert outs[2].event.root_event_id == event_ids(outs)[0]
    assert "appeal_linked" in outs[2].message.changes


def test_an_eu_court_judgment_on_a_national_fine_links_to_it_across_jurisdictions() -> None:
    # The CJEU answers a national court's questions about a national authority's decision.
    fine = candidate("fine", authority="dk-datatilsynet", jurisdiction="DK", company="Orbix",
                     amount=money("1500000"), published="2021-05-01")
    judgment = candidate("judgment", primary="appeal", authority="dk-datatilsynet", court="eu-cjeu",
                         jurisdiction="EU", company="Orbix", amount=money("1500000"), published="2025-02-13")
    outs = feed(fine, judgment)
    assert outs[1].event is not None and outs[1].event.related_event_id == event_ids(outs)[0]
    national = candidate("national", primary="appeal", authority="dk-datatilsynet", court="se-kammarratten",
                         jurisdiction="SE", company="Orbix", amount=money("1500000"), published="2025-02-13")
    apart = feed(fine, national)
    assert apart[1].event is not None and apart[1].event.related_event_id is None  # another country's court


def test_a_higher_courts_judgment_links_to_the_lower_courts_judgment_it_takes_further() -> None:
    # Fine (2019), tribunal sets it aside (2021), Court of Appeal reinstates it (2023): each step builds on
    # the one before.
    facts = {"authority": "cma", "jurisdiction": "UK", "company": "Pharmo",
             "amount": money("106000000", "GBP")}
    fine = candidate("fine", **facts, published="2019-02-28")
    tribunal = candidate("tribunal", **facts, primary="appeal", court="uk-cat", published="2021-05-10")
    court_of_appeal = candidate("coa", **facts, primary="appeal", court="uk-court-of-appeal",
                                published="2023-07-12")
    outs = feed(fine, tribunal, court_of_appeal)
    fine_id, tribunal_id, _ = event_ids(outs)
    assert outs[1].event is not None and outs[1].event.related_event_id == fine_id
    assert outs[2].event is not None and outs[2].event.related_event_id == tribunal_id
    assert outs[2].event.root_event_id == fine_id


def test_a_judgment_links_to_the_decision_not_to_the_appeal_lodged_with_the_same_court() -> None:
    facts = {"authority": "european-commission", "jurisdiction": "EU", "company": "Bytey"}
    designation = candidate("designation", **facts, primary="ruling", published="2023-09-06")
    lodged = candidate("lodged", **facts, primary="appeal", court="general-court", published="2023-11-16")
    judgment = candidate("judgment", **facts, primary="appeal", court="general-court", published="2024-07-17")
    outs = feed(designation, lodged, judgment)
    assert outs[2].event is not None and outs[2].event.related_event_id == event_ids(outs)[0]


def test_another_courts_appeal_event_days_earlier_is_no_lower_instance() -> None:
    # Two reports of one judgment that name the court differently are no chain of instances.
    facts = {"authority": "cnil", "jurisdiction": "FR", "company": "Adco", "amount": money("60000000")}
    fine = candidate("fine", **facts, published="2022-01-06")
    first = candidate("first", **facts, primary="appeal", court="fr-conseil-etat", published="2023-06-01")
    second = candidate("second", **facts, primary="appeal", court="fr-court", outlet="Other",
                       published="2023-06-03", decision_date="2023-06-01")
    outs = feed(fine, first, second)
    assert outs[2].event is not None and outs[2].event.related_event_id in (event_ids(outs)[0], None)
    assert outs[2].event.related_event_id != event_ids(outs)[1]


def test_two_reports_of_one_judgment_that_name_the_court_differently_are_one_event() -> None:
    # "Kammarrätten i Stockholm" in one outlet, a German outlet's generic "Gericht" (read as a German court)
    # in the other, three days later: one judgment. Other courts a week or more apart are other steps.
    facts = {"authority": "imy", "jurisdiction": "SE", "company": "Transitco",
             "amount": money("8000000", "SEK")}
    fine = candidate("fine", **facts, published="2021-06-01")
    report = candidate("report", **facts, primary="appeal", court="se-kammarratten", published="2023-01-27")
    other = candidate("other", **facts, primary="appeal", court="de-court", outlet="Other",
                      published="2023-01-30")
    later = candidate("later", **facts, primary="appeal", court="se-supreme", outlet="Third",
                      published="2023-03-30")
    # A General Court judgment, then the appeal lodged with the Court of Justice ten days later: two steps.
    lodged = candidate("lodged", **facts, primary="appeal", court="eu-cjeu", outlet="Fourth",
                       published="2023-02-06")
    outs = feed(fine, report, other, later, lodged)
    ids = event_ids(outs)
    assert ids[2] == ids[1]
    assert ids[3] != ids[1]
    assert ids[4] not in (ids[1], ids[3])


def test_an_appeal_that_cut_the_fine_links_to_it_when_it_states_the_original_figure() -> None:
    fine = candidate("fine", authority="bfdi", jurisdiction="DE", company="Telly", amount=money("9550000"),
                     published="2019-12-09")
    judgment = {"primary": "appeal", "court": "lg-bonn", "jurisdiction": "DE", "company": "Telly",
                "amount": money("900000")}
    original = [AmountMention(amount="9550000", currency="EUR", note="background")]
    cut = candidate("cut", **judgment, other_amounts=original, published="2020-11-11")
    unrelated = candidate("unrelated", **judgment, published="2020-11-12")
    outs = feed(fine, cut)
    assert outs[1].event is not None and outs[1].event.related_event_id == event_ids(outs)[0]
    alone = feed(fine, unrelated)
    assert alone[1].event is not None and alone[1].event.related_event_id is None  # a far figure, unstated


def test_an_appeal_that_cut_the_fine_links_to_it_by_any_figure_the_decision_was_reported_with() -> None:
    facts = {"authority": "fr-adlc", "jurisdiction": "FR", "company": "Orbix"}
    # one outlet tells the company's fine, another the decision's total with its wholesalers'
    own = candidate("own", **facts, amount=money("1100000000"), published="2020-03-16")
    total = candidate("total", outlet="Other", **facts, amount=money("1240000000"), published="2020-03-25")
    cut = candidate(
        "cut",
        **facts,
        primary="appeal",
        court="fr-ca-paris",
        amount=money("371600000"),
        other_amounts=[AmountMention(amount="1100000000", currency="EUR", note="background")],
        published="2022-10-06",
    )
    outs = feed(own, total, cut)
    ids = event_ids(outs)
    assert ids[1] == ids[0]
    assert outs[2].event is not None and outs[2].event.related_event_id == ids[0]


def test_an_appeal_by_some_companies_of_a_decision_against_more_links_to_it_whatever_their_share() -> None:
    fine = candidate("fine", authority="consumo", jurisdiction="ES", companies=["Orbix", "Veltro", "Zentra"],
                     amount=money("179000000"), published="2024-11-22")
    judgment = {"primary": "appeal", "court": "tsj", "authority": "consumo", "jurisdiction": "ES",
                "company": "Orbix", "published": "2025-06-26"}
    share = candidate("share", **judgment, amount=money("109000000"))
    outs = feed(fine, share)
    assert outs[1].event is not None and outs[1].event.related_event_id == event_ids(outs)[0]
    # a figure larger than the whole decision's is no share of it
    more = candidate("more", **judgment, amount=money("500000000"))
    alone = feed(fine, more)
    assert alone[1].event is not None and alone[1].event.related_event_id is None


def test_an_appeal_links_to_the_decision_whose_penalty_it_states_before_one_it_names_in_passing() -> None:
    facts = {"authority": "dpc", "jurisdiction": "IE", "company": "Sociala"}
    at_stake = candidate("small", **facts, amount=money("390000000"), published="2023-01-04")
    named = candidate("big", **facts, amount=money("1200000000"), published="2023-05-22")
    appeal = candidate(
        "appeal",
        **facts,
        primary="appeal",
        court="ie-high-court",
        amount=money("390000000"),
        other_amounts=[AmountMention(amount="1200000000", currency="EUR", note="background")],
        published="2024-02-01",
    )
    outs = feed(at_stake, named, appeal)
    assert outs[2].event is not None and outs[2].event.related_event_id == event_ids(outs)[0]


def test_appeal_without_its_original_is_its_own_event_with_a_null_link() -> None:
    unrelated = candidate(
        "older",
        authority="dpc",
        jurisdiction="IE",
        company="Meta",
        amount=money("1200000000"),
        published="2023-05-22",
    )
    appeal = candidate(
        "appeal",
        primary="appeal",
        authority="dpc",
        court="ie-court-of-appeal",
        jurisdiction="IE",
        company="Meta",
        amount=money("265000000"),
        published="2025-03-14",
    )
    outs = feed(unrelated, appeal)
    assert kinds(outs) == ["new", "new"]
    assert outs[1].event is not None and outs[1].event.related_event_id is None


def test_several_reports_of_one_appeal_judgment_are_one_appeal_event() -> None:
    eu = dict(authority="european-commission", jurisdiction="EU", company="Google")
    outs = feed(
        candidate(
            "fine", amount=money("4340000000"), decision_date="2018-07-18", published="2018-07-18", **eu
        ),
        candidate(
            "j1",
            outlet="PA",
            primary="appeal",
            court="general-court",
            amount=money("4125000000"),
            decision_date="2022-09-14",
            published="2022-09-14",
            **eu,
        ),
        candidate(
            "j2",
            outlet="BBC",
            primary="appeal",
            court="general-court",
            amount=money("4100000000"),
            published="2022-09-14",
            **eu,
        ),
        candidate(
            "j3",
            outlet="Blog",
            primary="appeal",
            amount=money("4120000000", "USD"),
            published="2022-09-15",
            **eu,
        ),
    )
    ids = event_ids(outs)
    assert ids[1] == ids[2] == ids[3] != ids[0]
    assert kinds(outs) == ["new", "new", "update", "update"]
    assert outs[3].event is not None and outs[3].event.related_event_id == ids[0]


def test_revised_amount_is_an_update_with_amount_revised() -> None:
    outs = feed(
        candidate("a", outlet="A", amount=money("1200000"), published="2024-02-01", **DPC),
        candidate("a", outlet="A", amount=money("1500000"), published="2024-02-01", revision=1, **DPC),
        candidate("b", outlet="B", published="2024-02-02", **DPC),  # no figure: does not erase the amount
    )
    assert kinds(outs) == ["new", "update", "update"]
    assert outs[1].message is not None and outs[1].message.changes == ["amount_revised"]
    assert outs[2].event is not None and outs[2].event.amount == money("1500000")


def test_a_more_precise_statement_of_the_same_figure_is_not_news() -> None:
    outs = feed(
        candidate("a", outlet="A", amount=money("35300000"), published="2020-10-01", **DPC),
        candidate("a", outlet="A", amount=money("35258707.95"), published="2020-10-01", revision=1, **DPC),
    )
    assert kinds(outs) == ["new", None]
    assert outs[1].event is not None and outs[1].event.amount == money("35258707.95")


def test_the_authoritys_own_feed_confirms_the_event() -> None:
    outs = feed(
        candidate("news", outlet="Reuters", amount=money("345000000"), published="2023-09-15", **DPC),
        candidate(
            "own",
            outlet="DPC",
            kind="regulator",
            amount=money("345000000"),
            published="2023-09-15",
            title="DPC announces decision on TikTok",
            **DPC,
        ),
        candidate(
            "other-regulator",
            outlet="EDPB",
            kind="regulator",
            authority="edpb",
            jurisdiction="EU",
            company="TikTok",
            published="2023-09-15",
        ),
    )
    assert outs[1].message is not None and "authority_confirmed" in outs[1].message.changes
    assert outs[1].event is not None and outs[1].event.confirmed_by_authority
    assert outs[1].event.title == "DPC announces decision on TikTok"
    assert event_ids(outs)[2] != event_ids(outs)[0]


def test_none_candidates_create_nothing() -> None:
    out = decide(None, candidate("n", primary="none", **DPC), NOW)
    assert out.event is None and out.message is None and out.case.events == []


def test_backfill_flag_holds_only_while_every_sighting_is_backfill() -> None:
    outs = feed(
        candidate("a", outlet="A", amount=money("5000"), published="2024-01-01", backfill=True, **DPC),
        candidate("b", outlet="B", amount=money("5000"), published="2024-01-01", backfill=True, **DPC),
        candidate("c", outlet="C", amount=money("5000"), published="2024-01-02", **DPC),
    )
    assert [o.event.backfill for o in outs if o.event] == [True, True, False]


def test_decide_never_mutates_the_state_it_was_given() -> None:
    first = decide(None, candidate("a", outlet="A", amount=money("5000"), published="2024-01-01", **DPC), NOW)
    before = first.case.dumps()
    second = decide(
        first.case, candidate("b", outlet="B", amount=money("6000"), published="2024-01-02", **DPC), NOW
    )
    assert first.case.dumps() == before
    assert second.case is not first.case and second.case.events[0] is not first.case.events[0]


def test_state_survives_the_changelog_round_trip() -> None:
    a = candidate("a", outlet="A", amount=money("5000"), published="2024-01-01", text="DPC fines Acme", **DPC)
    b = candidate(
        "b", outlet="B", amount=money("5000"), published="2024-01-02", text="Acme fined by DPC", **DPC
    )
    direct = decide(decide(None, a, NOW).case, b, NOW)
    restored = CaseState.loads(decide(None, a, NOW).case.dumps())
    via_json = decide(restored, b, NOW)
    assert direct.message is not None and via_json.message is not None
    assert json.loads(direct.message.dumps()) == json.loads(via_json.message.dumps())


def test_same_sequence_gives_same_events_and_messages() -> None:
    def run() -> list[str]:
        cs = [
            candidate(
                f"i{i}",
                outlet=f"O{i % 4}",
                amount=money(str(1000 * (i % 3 + 1))),
                published=f"2024-0{i % 9 + 1}-01",
                **DPC,
            )
            for i in range(30)
        ]
        return [o.message.dumps().decode() for o in feed(*cs) if o.message]

    assert run() == run()
