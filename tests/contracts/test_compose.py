"""No Docker engine runs here, so this checks that docker-compose.yml, the Dockerfile and settings agree."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import yaml

from streams.broker import kafka_version
from streams.settings import Settings

ROOT = Path(__file__).parents[2]
SETTING_NAMES = {"STREAMS_" + f.name.upper() for f in fields(Settings)}


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_runs_the_same_kafka_version_as_the_local_broker() -> None:
    image = compose()["services"]["kafka"]["image"]
    assert image == f"apache/kafka:{kafka_version()}"


def test_worker_variables_are_all_known_settings() -> None:
    env = compose()["services"]["worker"]["environment"]
    assert set(env) <= SETTING_NAMES, set(env) - SETTING_NAMES


def test_worker_reaches_the_kafka_service_on_its_listener_port() -> None:
    services = compose()["services"]
    host, _, port = services["worker"]["environment"]["STREAMS_KAFKA_BOOTSTRAP"].partition(":")
    assert host in services
    assert f"PLAINTEXT://{host}:{port}" in services[host]["environment"]["KAFKA_ADVERTISED_LISTENERS"]


def test_worker_builds_from_the_dockerfile_which_runs_the_streams_worker() -> None:
    assert compose()["services"]["worker"]["build"] == "."
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert '"streams", "worker"' in dockerfile
    for name in re.findall(r"(STREAMS_[A-Z_]+)=", dockerfile):
        assert name in SETTING_NAMES, name


def test_exposed_web_port_matches_the_setting() -> None:
    env = compose()["services"]["worker"]["environment"]
    assert f"EXPOSE {env['STREAMS_WEB_PORT']}" in (ROOT / "Dockerfile").read_text()
