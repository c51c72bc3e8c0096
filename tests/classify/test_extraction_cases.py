"""Held-out-style extraction cases: headline shapes of other regulators, courts and companies in seven
languages (`tests/fixtures/extraction_cases.jsonl`, written for this project; no corpus text).

Each field is scored over the whole fixture and must reach its threshold; a failing field lists the items
it got wrong. Run `python -m tests.classify.test_extraction_cases` for the table and every failure.

Conventions followed by the labels (see the corpus README): the company is the normalised target of the
decision (a list when one decision hits several, e.g. a blocked merger); the authority is the regulator
whose decision is at issue, also for an appeal judgment; a lawsuit or charges filed by a regulator
("FTC sues X", "DOJ sues X") is that authority's enforcement action, a `ruling`, unless it comes with a
penalty (a settlement: `fine`); non-events keep the company they are about but no authority.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from streams.classify import Analysis, analyse
from streams.evaluate.scores import same_amount, same_company

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "extraction_cases.jsonl"


def _company(a: Analysis) -> str | list[str] | None:
    return a.companies[0] if len(a.companies) == 1 else (list(a.companies) or None)


# field -> (threshold, predicted value, is it right)
Check = Callable[[dict[str, Any], Analysis], bool]
FIELDS: dict[str, tuple[float, Callable[[Analysis], Any], Check]] = {
    "company": (0.95, _company, lambda e, a: same_company(e["company"], list(a.companies))),
    "primary": (0.9, lambda a: a.primary, lambda e, a: e["primary"] == a.primary),
    "types": (0.9, lambda a: sorted(a.types), lambda e, a: sorted(e["types"]) == sorted(a.types)),
    "authority": (0.9, lambda a: a.authority_id, lambda e, a: e["authority"] == a.authority_id),
    "jurisdiction": (0.9, lambda a: a.jurisdiction, lambda e, a: e["jurisdiction"] == a.jurisdiction),
    "amount": (
        0.9,
        lambda a: (a.amount, a.currency),
        lambda e, a: same_amount(e["amount"], e["currency"], a.amount, a.currency),
    ),
    "periodic": (0.9, lambda a: a.periodic, lambda e, a: e["periodic"] == a.periodic),
}


@cache
def _cases() -> tuple[tuple[dict[str, Any], Analysis], ...]:
    out = []
    with FIXTURE.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            item = json.loads(line)
            a = analyse(
                item["title"], item["summary"], language=item["language"], published=item["published"]
            )
            out.append((item, a))
    return tuple(out)


def score(field: str) -> tuple[float, list[str]]:
    """Accuracy of `field` over the fixture, and one line per item it got wrong."""
    _threshold, value, right = FIELDS[field]
    failures = []
    cases = _cases()
    for item, a in cases:
        if not right(item["expected"], a):
            failures.append(
                f"{item['id']} [{item['shape']}] {item['title']!r}: "
                f"expected {item['expected'][field if field != 'amount' else 'amount']!r}"
                + (f" {item['expected']['currency']}" if field == "amount" else "")
                + f", got {value(a)!r}"
            )
    return 1 - len(failures) / len(cases), failures


def test_fixture_is_large_and_covers_every_language() -> None:
    cases = _cases()
    assert len(cases) >= 80
    assert {item["language"] for item, _a in cases} >= {"en", "fr", "de", "nl", "it", "es", "no"}
    assert sum(item["expected"]["primary"] == "none" for item, _a in cases) >= 10


@pytest.mark.parametrize("field", list(FIELDS))
def test_field_accuracy_reaches_its_threshold(field: str) -> None:
    accuracy, failures = score(field)
    assert accuracy >= FIELDS[field][0], f"{field}: {accuracy:.3f}\n" + "\n".join(failures)


def test_the_company_is_never_an_authority_a_court_or_a_place() -> None:
    from streams.classify.targets import is_non_company

    wrong = [f"{item['id']}: {name}" for item, a in _cases() for name in a.companies if is_non_company(name)]
    assert not wrong, "\n".join(wrong)


if __name__ == "__main__":
    for name in FIELDS:
        acc, fails = score(name)
        print(f"{name:13s} {acc:.3f}")
        for f in fails:
            print("   ", f)
