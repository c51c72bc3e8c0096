"""Reading a replay's file: JSON Lines or Parquet, folded or raw, filtered; and errors that name the fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from streams.history.filters import build_filters
from streams.history.flatten import columns
from streams.history.message import with_defaults
from streams.history.writers import JsonlWriter, Output, ParquetWriter
from streams.records import Money
from streams.report.inputs import InputError, fold, read_file
from tests.history.factory import message, raw

# (event n, revision) as a raw replay holds them: updates after their event, one revision repeated
RAW_PLAN = [(0, 0), (1, 0), (0, 1), (2, 0), (1, 1), (0, 2), (1, 1)]
NO_FILTERS = build_filters()


def outputs(plan: list[tuple[int, int]]) -> list[Output]:
    return [Output(raw(message(n, revision)), 1_000 + k, 0, k) for k, (n, revision) in enumerate(plan)]


def write_jsonl(path: Path, outs: list[Output]) -> Path:
    writer = JsonlWriter(path.open("wb"), owned=True)
    for out in outs:
        writer.write(out)
    writer.close()
    return path


def write_parquet(path: Path, outs: list[Output], *, raw_mode: bool) -> Path:
    writer = ParquetWriter(path, columns(raw=raw_mode))
    for out in outs:
        if not raw_mode:
            out.first_timestamp, out.messages = out.timestamp, 1
        writer.write(out)
    writer.close()
    return path


def final_states(docs: list[dict]) -> list[tuple[str, int]]:
    return [(d["event_id"][-1], d["revision"]) for d in docs]


def test_a_raw_jsonl_replay_is_folded_to_final_states(tmp_path: Path) -> None:
    loaded = read_file(write_jsonl(tmp_path / "raw.jsonl", outputs(RAW_PLAN)), NO_FILTERS)
    assert final_states(loaded.docs) == [("0", 2), ("1", 1), ("2", 0)]
    assert (loaded.messages, loaded.malformed, loaded.filtered_out) == (7, 0, 0)


def test_a_folded_file_folds_to_itself() -> None:
    docs = [json.loads(raw(message(n, r))) for n, r in [(3, 1), (1, 0), (2, 4)]]
    assert fold(docs) == docs


def test_a_raw_parquet_replay_reads_as_its_messages(tmp_path: Path) -> None:
    outs = outputs(RAW_PLAN)
    loaded = read_file(write_parquet(tmp_path / "raw.parquet", outs, raw_mode=True), NO_FILTERS)
    assert final_states(loaded.docs) == [("0", 2), ("1", 1), ("2", 0)]
    assert with_defaults(loaded.docs[0]) == json.loads(outs[5].value), "every field survives the flattening"


def test_a_folded_parquet_keeps_absent_amounts_and_lists_of_records(tmp_path: Path) -> None:
    outs = [
        Output(raw(message(1, amount=None, amount_eur=None, amounts_seen=[])), 1, 0, 0),
        Output(raw(message(2, 1, periodic="day", amount=Money(amount="5", currency="NOK"))), 2, 0, 1),
    ]
    loaded = read_file(write_parquet(tmp_path / "folded.pq", outs, raw_mode=False), NO_FILTERS)
    assert [with_defaults(d) for d in loaded.docs] == [json.loads(o.value) for o in outs]


def test_replay_filters_apply_to_the_final_state(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "raw.jsonl", outputs(RAW_PLAN))
    loaded = read_file(path, build_filters(languages=["en"]))  # only updated events have English sources
    assert final_states(loaded.docs) == [("0", 2), ("1", 1)]
    assert loaded.filtered_out == 1


def test_malformed_lines_are_skipped_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(raw(message(1)) + b"\nnot json\n\n" + b'{"kind":"new"}\n' + raw(message(2)) + b"\n")
    seen: list[tuple[int, str]] = []
    loaded = read_file(path, NO_FILTERS, lambda n, problem: seen.append((n, problem)))
    assert final_states(loaded.docs) == [("1", 0), ("2", 0)]
    assert loaded.malformed == 2 and [n for n, _ in seen] == [2, 4]


def test_a_file_without_any_event_message_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.jsonl"
    path.write_text('{"hello": "world"}\n')
    with pytest.raises(InputError, match=r"no line of .* is an enforcement\.events\.v1 message") as info:
        read_file(path, NO_FILTERS)
    assert "streams replay" in info.value.fix


def test_an_empty_file_is_an_empty_selection(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("")
    assert read_file(path, NO_FILTERS).docs == []


@pytest.mark.parametrize(
    ("name", "problem", "fix"),
    [
        ("missing.jsonl", "does not exist", "leave out --input"),
        ("events.csv", "is CSV", "-o events.jsonl"),
        ("events.xlsx", "unknown file format '.xlsx'", ".parquet"),
        ("events", "unknown file format '(no suffix)'", ".jsonl"),
    ],
)
def test_unreadable_inputs_name_the_fix(tmp_path: Path, name: str, problem: str, fix: str) -> None:
    path = tmp_path / name
    if name != "missing.jsonl":
        path.write_text("kind,event_id\n")
    with pytest.raises(InputError) as info:
        read_file(path, NO_FILTERS)
    assert problem in info.value.problem and fix in info.value.fix


def test_a_broken_parquet_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1 not really")
    with pytest.raises(InputError, match="not a readable Parquet file"):
        read_file(path, NO_FILTERS)
