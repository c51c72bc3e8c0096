"""Pure parts of the local broker: settings resolution, server.properties, the pinned POM."""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from streams.broker import BadSetting, kafka_version
from streams.broker.config import (
    DATA_DIR_ENV,
    PORT_ENV,
    default_controller_port,
    read_ports,
    resolve_data_dir,
    resolve_port,
    server_properties,
)
from streams.broker.fetch import CACHE_ENV, POM, cache_root, libs_dir
from streams.broker.process import new_cluster_id

_NS = {"m": "http://maven.apache.org/POM/4.0.0"}


def _parse(text: str) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in text.splitlines() if line and not line.startswith("#"))
    return {key: value for key, value in pairs}


def test_properties_describe_a_single_loopback_kraft_node(tmp_path: Path) -> None:
    props = _parse(server_properties(port=19092, controller_port=19093, log_dirs=tmp_path / "kraft"))

    assert props["process.roles"] == "broker,controller"
    assert props["node.id"] == "1"
    assert props["controller.quorum.voters"] == "1@127.0.0.1:19093"
    assert props["listeners"] == "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093"
    assert props["advertised.listeners"] == "PLAINTEXT://127.0.0.1:19092"
    assert props["controller.listener.names"] == "CONTROLLER"
    assert props["log.dirs"] == str(tmp_path / "kraft")


def test_properties_let_internal_topics_exist_on_one_broker(tmp_path: Path) -> None:
    props = _parse(server_properties(port=9092, controller_port=9093, log_dirs=tmp_path, partitions=3))

    assert props["offsets.topic.replication.factor"] == "1"
    assert props["transaction.state.log.replication.factor"] == "1"
    assert props["transaction.state.log.min.isr"] == "1"
    assert props["group.initial.rebalance.delay.ms"] == "0"
    assert props["auto.create.topics.enable"] == "true"
    assert props["num.partitions"] == "3"


def test_only_loopback_addresses_appear(tmp_path: Path) -> None:
    text = server_properties(port=9092, controller_port=9093, log_dirs=tmp_path)

    assert "0.0.0.0" not in text
    assert "localhost" not in text


def test_read_ports_round_trips_generated_properties(tmp_path: Path) -> None:
    path = tmp_path / "server.properties"
    path.write_text(server_properties(port=29092, controller_port=29500, log_dirs=tmp_path))

    assert read_ports(path) == (29092, 29500)
    assert read_ports(tmp_path / "missing.properties") is None


def test_port_comes_from_argument_then_env_then_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PORT_ENV, raising=False)
    assert resolve_port(None) == 9092
    monkeypatch.setenv(PORT_ENV, "19500")
    assert resolve_port(None) == 19500
    assert resolve_port(19600) == 19600


def test_bad_port_env_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PORT_ENV, "ninety")

    with pytest.raises(BadSetting) as info:
        resolve_port(None)

    assert PORT_ENV in str(info.value)
    assert not info.value.retriable


def test_out_of_range_port_is_rejected() -> None:
    with pytest.raises(BadSetting):
        resolve_port(70000)


def test_controller_port_defaults_to_the_next_port() -> None:
    assert default_controller_port(9092) == 9093
    assert default_controller_port(65535) == 65534


def test_default_data_dir_is_per_port_under_the_user_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))

    assert resolve_data_dir(None, 9092) == tmp_path / "enforcement-streams" / "run" / "9092"
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "elsewhere"))
    assert resolve_data_dir(None, 9092) == tmp_path / "elsewhere"
    assert resolve_data_dir(tmp_path / "given", 9092) == tmp_path / "given"


def test_jar_cache_is_outside_the_repo_and_overridable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_root() == tmp_path / "enforcement-streams" / "kafka"

    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "jars"))
    assert libs_dir() == tmp_path / "jars" / kafka_version() / "libs"


def test_pom_pins_kafka_4_0_and_every_dependency() -> None:
    root = ET.parse(POM).getroot()
    properties = {el.tag.split("}")[1]: el.text for el in root.find("m:properties", _NS) or []}
    artifacts = {
        dep.findtext("m:artifactId", namespaces=_NS): dep.findtext("m:version", namespaces=_NS)
        for dep in root.iterfind("m:dependencies/m:dependency", _NS)
    }

    assert kafka_version().startswith("4.0.")
    assert set(artifacts) == {"kafka_2.13", "log4j-api", "log4j-core", "log4j-slf4j-impl"}
    for version in artifacts.values():
        assert version in ("${kafka.version}", "${log4j.version}")
    assert all(
        v and v[0].isdigit() and "[" not in v and "," not in v for v in properties.values() if v != "UTF-8"
    )


def test_pom_leaves_repositories_to_maven_defaults() -> None:
    text = POM.read_text()

    assert "<repositories>" not in text
    assert "<pluginRepositories>" not in text


def test_cluster_id_is_kafka_shaped() -> None:
    for _ in range(50):
        cluster_id = new_cluster_id()
        assert len(cluster_id) == 22
        assert not cluster_id.startswith("-")
        assert len(base64.urlsafe_b64decode(cluster_id + "==")) == 16
