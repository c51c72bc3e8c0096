"""The type model: the terms it reads, its arithmetic, its agreement with the library that trains it, and
when its answer overrides the rules'."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from streams.classify import analyse, typemodel
from streams.classify.text import document
from streams.classify.typemodel import LEAD, TypeModel, features, from_json

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_the_terms_are_the_words_the_titles_words_again_and_the_pairs_of_words() -> None:
    doc = document("CNIL fines Orbix", "The fine is final.")
    assert features(doc.low, doc.title_end) == [
        *("cnil", "fines", "orbix", "the", "fine", "is", "final", "t_cnil", "t_fines", "t_orbix"),
        *("cnil fines", "fines orbix", "orbix the", "the fine", "fine is", "is final", "final t_cnil"),
        *("t_cnil t_fines", "t_fines t_orbix"),
    ]


def test_only_the_headline_and_lead_are_read() -> None:
    doc = document("Orbix fined", "word " * 400 + "appeal")
    terms = features(doc.low, doc.title_end)
    assert "appeal" not in terms and len(doc.low) > LEAD


def _toy() -> TypeModel:
    # Two terms; classes in the trainer's (alphabetical) order.
    return from_json(
        {
            "classes": ["appeal", "fine", "none", "ruling"],
            "intercept": [0.0, 0.0, 0.0, 0.0],
            "terms": {"fine": [2.0, 0.0, 3.0, 0.0, 0.0], "orbix fine": [1.0, 0.0, 0.0, 0.0, 1.0]},
        }
    )


def test_tf_idf_with_sublinear_counts_and_an_l2_norm_then_a_softmax() -> None:
    # "fine" twice: (1 + ln 2) * idf 2; the pair "orbix fine" once: 1 * idf 1.
    x_fine, x_pair = (1 + math.log(2)) * 2.0, 1.0
    norm = math.hypot(x_fine, x_pair)
    logits = [0.0, 3.0 * x_fine / norm, 0.0, 1.0 * x_pair / norm]
    expected = [math.exp(v) / sum(math.exp(w) for w in logits) for v in logits]
    probs = _toy().probabilities("orbix fine fine", 0)
    assert [probs[c] for c in ("appeal", "fine", "none", "ruling")] == pytest.approx(expected)


def test_a_text_without_known_terms_gets_the_intercepts_alone() -> None:
    assert set(_toy().probabilities("nothing known here", 0).values()) == {0.25}


def test_the_model_agrees_with_the_library_that_trained_it() -> None:
    train = pytest.importorskip("streams.classify.typemodel_train")
    rows = train.rows(FIXTURES / "probe_fresh_21.jsonl")
    pipeline = train.fit(rows)
    model = from_json(train.export(pipeline))
    test = train.rows(FIXTURES / "probe_fresh_20.jsonl")[:30]
    for row, expected in zip(test, pipeline.predict_proba(test), strict=True):
        got = model.probabilities(row[0], row[1])
        assert [got[str(c)] for c in pipeline.classes_] == pytest.approx(list(expected), abs=1e-5)


def test_the_shipped_model_loads_and_answers_the_same_twice() -> None:
    doc = document("Nordnet får 100 millioner i bot", "Finansinspektionen gir banken en anmerkning.")
    first = typemodel.model().probabilities(doc.low, doc.title_end)
    assert set(first) == {"appeal", "fine", "none", "ruling"}
    assert first == typemodel.model().probabilities(doc.low, doc.title_end)


def test_it_overrides_only_an_answer_it_all_but_rules_out_and_never_to_none() -> None:
    doc = document("Nordnet får 100 millioner i bot", "Finansinspektionen gir banken en anmerkning.")
    probs = typemodel.model().probabilities(doc.low, doc.title_end)
    top = max(probs, key=lambda c: probs[c])
    assert top == "fine" and probs["none"] < typemodel.OVERRIDE_BELOW
    override = typemodel.second_opinion(doc.low, doc.title_end, "none")
    assert override is not None and override.primary == "fine" and override.reasons
    assert typemodel.second_opinion(doc.low, doc.title_end, "fine") is None
    opinion = document("Opinion: the ICO's fines are too low", "The regulator fined three firms last year.")
    assert all(
        o is None or o.primary != "none"
        for o in (typemodel.second_opinion(opinion.low, opinion.title_end, p) for p in ("fine", "ruling"))
    )


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # Norwegian that no rule reads: a fine reported as "bot" with a bare figure, and a court that
        # "cuts" a fee (Swedish courts in Norwegian spelling).
        ("Nordnet får 100 millioner i bot", "Finansinspektionen gir banken en anmerkning.", "fine"),
    ],
)
def test_where_the_rules_find_little_the_model_decides(title: str, summary: str, expected: str) -> None:
    result = analyse(title, summary)
    assert result.primary == expected
    assert any(e.startswith("type model: ") for e in result.evidence)


def test_an_opinion_title_is_never_overridden() -> None:
    result = analyse("Analyse: Nordnet får 100 millioner i bot", "FI ga banken en anmerkning.")
    assert result.primary == "none"
