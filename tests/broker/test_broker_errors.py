"""Error paths of the local broker: each failure is typed and names the fix. No JVM is started here."""

from __future__ import annotations

import os
import socket
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.broker import (
    BrokerError,
    FetchFailed,
    JavaMissing,
    MavenMissing,
    PortBusy,
    fetch,
    kafka_version,
    start,
    status,
    stop,
)
from streams.broker.__main__ import EXIT_FAILED, EXIT_NOT_READY, main
from streams.broker.config import PORT_ENV
from streams.broker.fetch import CACHE_ENV, MARKER, pinned_coordinates
from streams.broker.toolchain import find_java, parse_java_major
from tests.kafka_fixture import free_ports


@pytest.fixture
def listening() -> Iterator[int]:
    """A port some other program is listening on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


@pytest.fixture
def no_java(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv("JAVA_HOME", raising=False)


def _script(directory: Path, name: str, body: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def test_busy_port_raises_port_busy_with_the_fix(listening: int, tmp_path: Path) -> None:
    with pytest.raises(PortBusy) as info:
        start(listening, data_dir=tmp_path, timeout=5)

    text = str(info.value)
    assert f"port {listening} on 127.0.0.1 is in use" in text
    assert PORT_ENV in info.value.fix
    assert not info.value.retriable


def test_busy_controller_port_names_the_controller_option(listening: int, tmp_path: Path) -> None:
    (port,) = free_ports(1)

    with pytest.raises(PortBusy) as info:
        start(port, data_dir=tmp_path, controller_port=listening, timeout=5)

    assert "--controller-port" in info.value.fix


def test_missing_java_names_the_package_to_install(no_java: None) -> None:
    with pytest.raises(JavaMissing) as info:
        find_java()

    assert "Java 17+ not found" in info.value.message
    assert "apt-get install openjdk-17-jre-headless" in info.value.fix


def test_start_without_java_fails_before_touching_maven(no_java: None, tmp_path: Path) -> None:
    port, controller_port = free_ports(2)

    with pytest.raises(JavaMissing):
        start(port, data_dir=tmp_path / "data", controller_port=controller_port, timeout=5)

    assert not (tmp_path / "data").exists()


def test_old_java_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    _script(bin_dir, "java", "echo 'openjdk version \"11.0.22\" 2024-01-16' >&2")
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.delenv("JAVA_HOME", raising=False)

    with pytest.raises(JavaMissing) as info:
        find_java()

    assert "Java 11" in info.value.message


def test_java_home_wins_over_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    home = tmp_path / "jdk"
    java = _script(home / "bin", "java", "echo 'openjdk version \"21.0.1\" 2023-10-17' >&2")
    monkeypatch.setenv("JAVA_HOME", str(home))

    assert find_java() == java


@pytest.mark.parametrize(
    ("banner", "major"),
    [
        ('openjdk version "17.0.15" 2025-04-15', 17),
        ('java version "1.8.0_392"', 8),
        ('openjdk version "21"', 21),
    ],
)
def test_java_version_banner_parsing(banner: str, major: int) -> None:
    assert parse_java_major(banner, Path("java")) == major


def test_missing_maven_is_reported_before_any_download(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, no_java: None
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))

    with pytest.raises(MavenMissing) as info:
        fetch()

    assert "apt-get install maven" in info.value.fix


def test_completed_cache_needs_neither_maven_nor_java(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, no_java: None
) -> None:
    libs = tmp_path / "cache" / kafka_version() / "libs"
    libs.mkdir(parents=True)
    (libs / MARKER).write_text(pinned_coordinates() + "\n")
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))

    assert fetch() == libs


def test_cache_from_another_pom_is_refetched(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, no_java: None
) -> None:
    libs = tmp_path / "cache" / kafka_version() / "libs"
    libs.mkdir(parents=True)
    (libs / MARKER).write_text(pinned_coordinates().replace(kafka_version(), "4.0.0"))
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))

    with pytest.raises(MavenMissing):  # It wants to resolve again, and there is no Maven here.
        fetch()


def test_maven_failure_is_retriable_and_shows_its_output(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake_bin = tmp_path / "bin"
    _script(fake_bin, "mvn", "echo '[ERROR] Could not transfer artifact: network unreachable'; exit 1")
    monkeypatch.setenv("PATH", f"{fake_bin}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))

    with pytest.raises(FetchFailed) as info:
        fetch()

    assert info.value.retriable
    assert "network unreachable" in info.value.message
    assert not (tmp_path / "cache" / kafka_version() / "libs").exists()


def test_status_and_stop_of_a_data_dir_without_broker(tmp_path: Path) -> None:
    (port,) = free_ports(1)

    st = status(port, data_dir=tmp_path)

    assert (st.running, st.ready, st.pid) == (False, False, None)
    assert stop(port, data_dir=tmp_path) is False


def test_stale_pid_file_never_signals_an_unrelated_process(tmp_path: Path) -> None:
    # Our own pid is alive but is not a Kafka broker of this data dir: it must not be stopped.
    (tmp_path / "kafka.pid").write_text(f"{os.getpid()}\n")

    assert status(9092, data_dir=tmp_path).running is False
    assert stop(9092, data_dir=tmp_path, timeout=1) is False
    assert not (tmp_path / "kafka.pid").exists()


def test_errors_share_a_base_with_message_and_fix() -> None:
    err = PortBusy("port 1 on 127.0.0.1 is in use", "stop the other process")

    assert isinstance(err, BrokerError)
    assert str(err) == "port 1 on 127.0.0.1 is in use: stop the other process"


def test_cli_reports_errors_on_stderr_with_nonzero_exit(
    listening: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["start", "--port", str(listening), "--data-dir", str(tmp_path)])

    assert code == EXIT_FAILED
    assert f"error: port {listening} on 127.0.0.1 is in use" in capsys.readouterr().err


def test_cli_status_exits_nonzero_when_no_broker(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (port,) = free_ports(1)

    code = main(["status", "--port", str(port), "--data-dir", str(tmp_path)])

    assert code == EXIT_NOT_READY
    assert "running: no" in capsys.readouterr().out
