"""The classify benchmark's stage breakdown calls the steps of `analyse` the way `analyse` does: when a
step's signature changes, this fails before a benchmark run would."""

from bench.classify import _items, _stage_calls, _stages


def test_every_stage_runs_on_the_realistic_items_and_the_rest_is_what_the_full_analysis_leaves() -> None:
    items = [it for it in _items() if it["id"].startswith("long")][:3]
    for name, call in _stage_calls(items).items():
        assert len(call()) == len(items), name
    figures = _stages(items, rounds=1, seconds=0.0)
    steps = [k for k in figures if k not in ("full", "rules_and_choice")]
    assert steps == list(_stage_calls(items))
    assert figures["rules_and_choice"] == figures["full"] - sum(figures[k] for k in steps)
    assert all(figures[k] > 0 for k in ("full", *steps))
