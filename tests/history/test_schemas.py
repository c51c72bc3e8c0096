"""The committed JSON Schemas equal what the records generate, and every message we produce validates."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from streams import topics
from streams.classify import analyse
from streams.classify.candidate import to_candidate
from streams.dedup.engine import DedupEngine
from streams.history import schemas
from streams.history.validate import SchemaError, compile_schema, validate
from streams.ids import item_id
from streams.records import RawItem
from tests.history.factory import message, raw

ROOT = Path(__file__).parents[2]
GOLDEN = ROOT / "tests" / "golden" / "event_message_v1.json"
EXAMPLES = ROOT / "tests" / "fixtures" / "classify_examples.jsonl"


def committed(topic: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((ROOT / "schemas" / f"{topic}.json").read_text(encoding="utf-8"))
    return loaded


def test_committed_schemas_equal_the_generator_output() -> None:
    assert schemas.stale_files() == [], "run: .venv/bin/python -m streams.history.schemas"
    on_disk = {p.name for p in (ROOT / "schemas").glob("*.json")}
    assert on_disk == set(schemas.topic_schemas()), "one schema file per topic, no leftovers"


def test_the_check_command_reports_a_stale_file(tmp_path: Path) -> None:
    schemas.write_all(tmp_path)
    assert schemas.main(["--check", "--dir", str(tmp_path)]) == 0
    (tmp_path / "enforcement.events.v1.json").write_text("{}\n")
    assert schemas.main(["--check", "--dir", str(tmp_path)]) == 1


def test_the_events_schema_states_the_wire_rules() -> None:
    s = committed("enforcement.events.v1")
    assert s["x-key"] == "event_id" and s["x-retention"] == "forever" and s["x-public"] is True
    assert s["required"] == ["kind", "event_id", "revision", "emitted_at", "event"]
    assert s["properties"]["kind"]["enum"] == ["new", "update"]
    event = s["$defs"]["EventState"]["properties"]
    assert event["amount"] == {"anyOf": [{"$ref": "#/$defs/Money"}, {"type": "null"}], "default": None}
    assert event["amount_eur"]["pattern"] == schemas.DECIMAL_PATTERN
    assert event["first_seen"]["format"] == "date-time"
    assert event["decision_date"]["pattern"] == schemas.DATE_PATTERN
    assert event["sources"] == {"type": "array", "items": {"$ref": "#/$defs/Source"}}
    assert s["$defs"]["Money"]["properties"]["currency"]["pattern"] == schemas.CURRENCY_PATTERN
    # Fields with defaults are optional: older messages lack fields added later.
    assert "backfill" not in s["$defs"]["EventState"]["required"]


def test_the_golden_event_message_validates() -> None:
    check = compile_schema(committed("enforcement.events.v1"))
    assert validate(check, json.loads(GOLDEN.read_text(encoding="utf-8"))) is None


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda d: d.pop("event_id"), "$: missing required field 'event_id'"),
        (lambda d: d.update(kind="old"), "$.kind: 'old' is not one of"),
        (lambda d: d.update(revision=True), "$.revision: expected integer, got boolean"),
        (lambda d: d["event"]["amount"].update(amount=45000000.0), "$.event.amount.amount: expected string"),
        (lambda d: d["event"]["amount"].update(amount="4.5E+7"), "does not match"),
        (
            lambda d: d["event"].update(first_seen="2026-11-16 09:05"),
            "$.event.first_seen: '2026-11-16 09:05'",
        ),
        (lambda d: d["event"]["sources"][1].update(kind=None), "$.event.sources[1].kind: expected string"),
        (lambda d: d["event"].update(amount_eur="45 000 000"), "$.event.amount_eur"),
        (lambda d: d["event"]["amount"].update(currency="eur"), "$.event.amount.currency"),
    ],
    ids=["missing", "enum", "bool-not-int", "float-money", "exponent", "time", "null", "spaces", "currency"],
)
def test_invalid_messages_are_rejected_with_their_path(change: Any, problem: str) -> None:
    doc = json.loads(GOLDEN.read_text(encoding="utf-8"))
    change(doc)
    found = validate(compile_schema(committed("enforcement.events.v1")), doc)
    assert found is not None and problem in found, found


def test_unknown_fields_are_allowed_for_forward_compatibility() -> None:
    doc = json.loads(GOLDEN.read_text(encoding="utf-8"))
    doc["event"]["added_in_a_later_release"] = {"anything": 1}
    assert validate(compile_schema(committed("enforcement.events.v1")), doc) is None


def test_the_validator_refuses_keywords_outside_its_subset() -> None:
    with pytest.raises(SchemaError):
        compile_schema({"type": "object", "oneOf": []})


def test_every_test_message_validates() -> None:
    check = compile_schema(committed("enforcement.events.v1"))
    for n in range(5):
        for revision in range(3):
            assert validate(check, json.loads(raw(message(n, revision)))) is None


def test_what_the_pipeline_emits_on_the_example_feed_items_validates() -> None:
    """Raw items, candidates and event messages from the real classify and dedup code, on our fixtures."""
    checks = {
        spec.record: compile_schema(committed(spec.name))
        for spec in (topics.RAW_ITEMS, topics.CANDIDATES, topics.EVENTS)
    }
    engine = DedupEngine()
    emitted = 0
    for line in EXAMPLES.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        published = f"{item['published']}T06:00:00Z" if item.get("published") else None
        now = published or "2024-01-01T00:00:00Z"
        raw_item = RawItem(
            item_id=item_id("examples", item["id"]),
            feed_id="examples",
            source="Examples",
            source_kind="news",
            url=f"https://examples.test/{item['id']}",
            title=item.get("title"),
            summary=item.get("summary") or "",
            first_seen=now,
            published=published,
            language=item.get("language"),
        )
        analysis = analyse(raw_item.title, raw_item.summary, language=raw_item.language, published=published)
        candidate = to_candidate(raw_item, analysis)
        for record in (raw_item, candidate):
            assert validate(checks[type(record)], json.loads(record.dumps())) is None, item["id"]
        if analysis.primary != "none":
            outcome = engine.observe(candidate, now)
            if outcome.message is not None:
                emitted += 1
                problem = validate(checks[type(outcome.message)], json.loads(outcome.message.dumps()))
                assert problem is None, (item["id"], problem)
    assert emitted > 10


@pytest.mark.parametrize("bad", ["2026-11-16T09:05:00Z\n", "２０２６-11-16T09:05:00Z", "2026-11-16T09:05:00"])
def test_patterns_follow_json_schema_semantics_not_pythons(bad: str) -> None:
    doc = json.loads(GOLDEN.read_text(encoding="utf-8"))
    doc["emitted_at"] = bad
    assert validate(compile_schema(committed("enforcement.events.v1")), doc) is not None
