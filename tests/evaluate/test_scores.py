
"""Metric definitions from the corpus README, on hand-made inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from streams.evaluate import format_report, run_eval
from streams.evaluate import scores as s
from streams.evaluate.corpus import Item, publication_order


def test_macro_f1_averages_the_classes_present() -> None:
    table = s.per_class(["fine", "fine", "none"], ["fine", "ruling", "none"])
    assert table["fine"]["recall"] == 0.5
    assert table["ruling"]["precision"] == 0.0
    assert s.macro_f1(table) == pytest.approx((2 / 3 + 1.0) / 2)


def test_multilabel_f1_counts_item_type_pairs() -> None:
    assert s.multilabel_f1([["fine", "appeal"]], [["fine"]]) == pytest.approx(2 / 3)


def test_false_alert_rate_is_the_share_of_none_items_alerted() -> None:
    assert s.false_alert_rate(["none", "none", "fine"], ["fine", "none", "fine"]) == 0.5


def test_amount_matches_within_a_tenth_of_a_percent_and_same_currency() -> None:
    assert s.same_amount(35300000, "EUR", "35320000", "EUR")
    assert not s.same_amount(35300000, "EUR", "35300000", "USD")
    assert s.same_amount(None, None, None, None)


def test_company_ignores_case_and_legal_suffixes_and_lists_compare_as_sets() -> None:
    assert s.same_company("Meta", ["Meta Platforms Ireland Ltd"])
    assert s.same_company(["Google", "Meta"], ["meta", "google"])
    assert not s.same_company(None, ["Meta"])


def test_authorities_compare_through_the_registry() -> None:
    assert s.same_authority("CNIL (France)", "CNIL")
    assert not s.same_authority("Unknown Board (Narnia)", "Unknown Board (Narnia)")
    assert s.same_authority(None, None)


def test_bcubed_of_a_perfect_and_a_merged_clustering() -> None:
    assert s.bcubed(["a", "a", "b"], ["x", "x", "y"]) == (1.0, 1.0, 1.0)
    p, r, _f = s.bcubed(["a", "a", "b"], ["x", "x", "x"])
    assert r == 1.0 and p == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)


def test_links_count_right_when_the_target_cluster_mostly_holds_the_related_event() -> None:
    rows = [
        {
            "label_primary": "fine",
            "label_related": None,
            "label_event": "E1",
            "pred_event": "p1",
            "pred_related": None,
        },
        {
            "label_primary": "appeal",
            "label_related": "E1",
            "label_event": "E2",
            "pred_event": "p2",
            "pred_related": "p1",
        },
        {
            "label_primary": "fine",
            "label_related": None,
            "label_event": "E3",
            "pred_event": "p3",
            "pred_related": "p1",
        },
    ]
    acc, false = s.link_scores(rows)
    assert acc == 1.0 and false == 0.5


def test_undated_items_follow_the_dated_item_before_them() -> None:
    def item(i: str, pub: str | None) -> Item:
        return Item(i, "s", None, pub, "en", "t", "x", None, None, None)

    order = publication_order([item("a", "2024-02-01"), item("b", None), item("c", "2024-01-01")])
    assert [x.id for x in order] == ["c", "a", "b"]


def test_unlabelled_corpus_gives_the_count_and_writes_predictions(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps(
            {
                "id": "x1",
                "source": "Example News",
                "url": "https://example.org/1",
                "published": "2024-03-12",
                "language": "en",
                "title": "ICO fines Northwind £4.2m",
                "summary": "The ICO fined Northwind £4.2m for nuisance calls.",
            }
        )
        + "\n"
    )
    out = tmp_path / "p.jsonl"
    assert run_eval(corpus, out) == {"items": 1}
    pred = json.loads(out.read_text().splitlines()[0])
    assert pred["primary"] == "fine" and pred["event_id"] and pred["amount"] == "4200000"
    assert set(pred) >= {
        "id",
        "types",
        "primary",
        "regulator",
        "court",
        "company",
        "jurisdiction",
        "amount",
        "currency",
        "periodic",
        "amount_eur",
        "decision_date",
        "event_id",
        "related_event_id",
        "evidence",
    }
    assert "items: 1" in format_report({"items": 1})


DEV = Path("/work/shared/corpus/dev.jsonl")


@pytest.mark.skipif(not DEV.exists(), reason="development corpus not present")
def test_dev_corpus_meets_the_targets(tmp_path: Path) -> None:
    r = run_eval(DEV, tmp_path / "p.jsonl")
    assert r["type_macro_f1"] >= 0.90
    assert r["none_false_alert_rate"] <= 0.05
    assert r["amount_currency_accuracy"] >= 0.90
    assert r["company_accuracy"] >= 0.95
    assert r["jurisdiction_accuracy"] >= 0.90
    assert r["regulator_accuracy"] >= 0.85
    assert "type_macro_f1" in format_report(r)
