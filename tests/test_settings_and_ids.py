"""Settings come from STREAMS_* variables, validated at start; ids are deterministic."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

from streams import ids
from streams.errors import ConfigError
from streams.settings import Settings

ROOT = Path(__file__).parents[1]


def test_defaults_need_no_environment() -> None:
    s = Settings.from_env({})
    assert s.kafka_bootstrap == "127.0.0.1:9092"
    assert not s.slack_token, "no token means console alerts"


def test_values_are_parsed_and_secrets_never_print() -> None:
    s = Settings.from_env({"STREAMS_PARTITIONS": "4", "STREAMS_SLACK_TOKEN": "xoxb-secret"})
    assert s.partitions == 4
    assert s.slack_token.get_secret_value() == "xoxb-secret"
    assert "xoxb-secret" not in repr(s) and "xoxb-secret" not in str(s)


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"STREAMS_PARTITONS": "4"}, "STREAMS_PARTITONS"),
        ({"STREAMS_PARTITIONS": "four"}, "STREAMS_PARTITIONS"),
        ({"STREAMS_PARTITIONS": "0"}, "STREAMS_PARTITIONS"),
        ({"STREAMS_KAFKA_BOOTSTRAP": "localhost"}, "STREAMS_KAFKA_BOOTSTRAP"),
    ],
)
def test_bad_settings_name_the_variable_and_the_fix(env: dict[str, str], named: str) -> None:
    with pytest.raises(ConfigError) as err:
        Settings.from_env(env)
    assert named in str(err.value) and "Fix:" in str(err.value)


def test_env_example_lists_every_setting() -> None:
    listed = set(re.findall(r"^(STREAMS_[A-Z_]+)=", (ROOT / ".env.example").read_text(), re.M))
    assert listed == {"STREAMS_" + f.name.upper() for f in fields(Settings)}


def test_ids_are_deterministic_and_distinguish_feeds() -> None:
    assert ids.item_id("feed-a", "guid-1") == ids.item_id("feed-a", "guid-1")
    assert ids.item_id("feed-a", "guid-1") != ids.item_id("feed-b", "guid-1")
    assert ids.event_id("itm_1") == ids.event_id("itm_1") != ids.event_id("itm_2")


def test_case_key_prefers_the_company_then_the_authority() -> None:
    assert ids.case_key(["Meta"], "ie-dpc") == "co:meta"
    assert ids.case_key(["Zeta", "Alpha Corp"], None) == "co:alpha"
    assert ids.case_key(["Ripple Labs"], "us-sec") == ids.case_key(["Ripple"], "us-sec") == "co:ripple"
    assert ids.case_key(["Labs"], None) == "co:labs"  # a name that is nothing but such a word stays
    assert ids.case_key([], "fr-cnil") == "au:fr-cnil"
    assert ids.case_key(["Twitter"], None) == ids.case_key(["X"], None) == "co:x"  # one company, renamed
    assert ids.case_key([], None) == "unknown"


def test_case_key_of_a_public_body_drops_the_word_for_municipality() -> None:
    assert ids.case_key(["Gemeente Enschede"], "nl-ap") == ids.case_key(["Enschede"], None) == "co:enschede"
    assert ids.case_key(["Oslo kommune"], None) == ids.case_key(["Oslo"], None) == "co:oslo"
    assert ids.case_key(["Comune di Roma"], None) == "co:roma"
    assert ids.case_key(["Stadt"], None) == "co:stadt"  # a name that is nothing but such a word stays
