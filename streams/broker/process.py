"""Start, stop and inspect the local broker JVM.

The broker runs detached (its own session, so a Ctrl-C in the terminal that started it does not reach it)
and is found again through ``<data dir>/kafka.pid``. A pid is trusted only while ``/proc/<pid>/cmdline``
still shows ``kafka.Kafka`` with this data dir's ``server.properties``, so a stale pid file never makes
us signal an unrelated process that reused the number.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import logging
import os
import signal
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from .config import (
    HOST,
    PORT_ENV,
    Layout,
    default_controller_port,
    read_ports,
    resolve_data_dir,
    resolve_port,
    server_properties,
)
from .errors import BadSetting, BrokerDidNotStart, BrokerDidNotStop, BrokerError, PortBusy
from .fetch import fetch
from .toolchain import find_java

log = logging.getLogger(__name__)

READY_LINE = "Kafka Server started"
LOG4J2_XML = Path(__file__).with_name("log4j2.xml")
DEFAULT_START_TIMEOUT_S = 90.0
DEFAULT_STOP_TIMEOUT_S = 30.0
_KILL_WAIT_S = 10.0
_FORMAT_TIMEOUT_S = 120.0
_POLL_S = 0.2
_CONNECT_TIMEOUT_S = 1.0
_LOG_TAIL_LINES = 40
_SCAN_CHUNK = 1 << 20
# The same GC settings as Kafka's own kafka-run-class.sh; exit on OOM so a dead broker is visible
# instead of a hung one.
_BROKER_JVM_OPTS = (
    "-Xms512m",
    "-Xmx1g",
    "-XX:+UseG1GC",
    "-XX:MaxGCPauseMillis=20",
    "-XX:+ExitOnOutOfMemoryError",
    "-Djava.awt.headless=true",
)

# Popen objects of brokers this process started: keeps them from being garbage-collected while the
# broker runs, and lets stop() reap the exit status so the pid does not linger as a zombie.
_children: dict[int, subprocess.Popen[bytes]] = {}


@dataclass(frozen=True)
class BrokerHandle:
    """A broker that logged readiness."""

    pid: int
    port: int
    controller_port: int
    data_dir: Path
    log_file: Path

    @property
    def bootstrap_servers(self) -> str:
        return f"{HOST}:{self.port}"

    def stop(self, timeout: float = DEFAULT_STOP_TIMEOUT_S) -> bool:
        return stop(self.port, data_dir=self.data_dir, timeout=timeout)


@dataclass(frozen=True)
class BrokerStatus:
    data_dir: Path
    port: int
    controller_port: int | None
    pid: int | None
    running: bool
    ready: bool
    log_file: Path

    @property
    def bootstrap_servers(self) -> str:
        return f"{HOST}:{self.port}"


def start(
    port: int | None = None,
    *,
    data_dir: Path | None = None,
    controller_port: int | None = None,
    timeout: float = DEFAULT_START_TIMEOUT_S,
    cache_dir: Path | None = None,
) -> BrokerHandle:
    """Start a broker and return once it logged "Kafka Server started" (or raise within ``timeout``).

    Idempotent: if this data dir's broker already runs on ``port``, waits for it to be ready and returns it.
    Fetches the jars on first use and formats the KRaft storage on the first start of a data dir.
    """
    port = resolve_port(port)
    layout = Layout(resolve_data_dir(data_dir, port))
    running = _broker_pid(layout)
    if running is not None:
        return _adopt(running, port, layout, timeout)
    controller_port = controller_port if controller_port is not None else default_controller_port(port)
    _check_ports(port, controller_port)
    java = find_java()
    libs = fetch(cache_dir=cache_dir)
    layout.data_dir.mkdir(parents=True, exist_ok=True)
    layout.properties.write_text(
        server_properties(port=port, controller_port=controller_port, log_dirs=layout.log_dirs)
    )
    if not layout.is_formatted:
        _format_storage(java, libs, layout)
    began = time.monotonic()
    pid = _spawn(java, libs, layout)
    handle = BrokerHandle(pid, port, controller_port, layout.data_dir, layout.log_file)
    try:
        _wait_ready(pid, layout, timeout)
    except BrokerDidNotStart:
        _terminate(pid, DEFAULT_STOP_TIMEOUT_S)  # Never leave a half-started JVM behind.
        layout.pid_file.unlink(missing_ok=True)
        raise
    elapsed = time.monotonic() - began
    log.info("Kafka broker ready on %s in %.1fs (pid %d)", handle.bootstrap_servers, elapsed, pid)
    return handle


def stop(
    port: int | None = None, *, data_dir: Path | None = None, timeout: float = DEFAULT_STOP_TIMEOUT_S
) -> bool:
    """SIGTERM the data dir's broker, SIGKILL it after ``timeout``. False if none was running."""
    port = resolve_port(port)
    layout = Layout(resolve_data_dir(data_dir, port))
    pid = _broker_pid(layout)
    if pid is None:
        layout.pid_file.unlink(missing_ok=True)
        return False
    log.info("stopping Kafka broker pid %d (%s)", pid, layout.data_dir)
    _terminate(pid, timeout)
    layout.pid_file.unlink(missing_ok=True)
    return True


def status(port: int | None = None, *, data_dir: Path | None = None) -> BrokerStatus:
    """Running = the pid file names a live broker of this data dir; ready = it also logged readiness and
    accepts connections."""
    port = resolve_port(port)
    layout = Layout(resolve_data_dir(data_dir, port))
    pid = _broker_pid(layout)
    ports = read_ports(layout.properties)
    if ports is not None:
        port = ports[0]
    ready = pid is not None and _log_contains(layout.log_file, READY_LINE) and _accepts(port)
    return BrokerStatus(
        data_dir=layout.data_dir,
        port=port,
        controller_port=ports[1] if ports else None,
        pid=pid,
        running=pid is not None,
        ready=ready,
        log_file=layout.log_file,
    )


def new_cluster_id() -> str:
    """A KRaft cluster id as ``kafka-storage random-uuid`` makes it: URL-safe base64 of a random UUID."""
    while True:
        candidate = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not candidate.startswith("-"):  # Kafka rejects these: they read as command-line flags.
            return candidate


def check_port_free(port: int, *, fix: str) -> None:
    """Raise PortBusy if ``127.0.0.1:port`` cannot be bound the way the broker will bind it."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        # Java sets SO_REUSEADDR on server sockets: mirror it so lingering TIME_WAIT connections from a
        # previous broker do not count as busy.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((HOST, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise PortBusy(f"port {port} on {HOST} is in use", fix) from exc
            raise BadSetting(
                f"cannot bind {HOST}:{port} ({exc.strerror})", "use a port in 1024-65535"
            ) from exc


def _check_ports(port: int, controller_port: int) -> None:
    if controller_port == port:
        raise BadSetting(
            f"controller port {controller_port} equals the broker port", "use two different ports"
        )
    check_port_free(port, fix=f"stop the other process or set {PORT_ENV} (or --port) to a free port")
    check_port_free(
        controller_port,
        fix="the KRaft controller listens there (broker port + 1 by default): stop the other process, "
        "or pass another --controller-port",
    )


def _adopt(pid: int, port: int, layout: Layout, timeout: float) -> BrokerHandle:
    ports = read_ports(layout.properties)
    if ports is None or ports[0] != port:
        raise BrokerError(
            f"the broker of {layout.data_dir} is already running (pid {pid}) on another port",
            f"stop it first (python -m streams.broker stop --data-dir {layout.data_dir}) "
            "or use another data dir",
        )
    log.info("Kafka broker already running (pid %d), waiting until ready", pid)
    _wait_ready(pid, layout, timeout)
    return BrokerHandle(pid, ports[0], ports[1], layout.data_dir, layout.log_file)


def _classpath(libs: Path) -> str:
    return str(libs / "*")  # Expanded by the JVM itself.


def _format_storage(java: Path, libs: Path, layout: Layout) -> None:
    cmd = [
        str(java),
        "-Xmx256m",
        f"-Dlog4j2.configurationFile={LOG4J2_XML}",
        "-cp",
        _classpath(libs),
        "kafka.tools.StorageTool",
        "format",
        "--cluster-id",
        new_cluster_id(),
        "--config",
        str(layout.properties),
    ]
    fix = f"if {layout.log_dirs} holds data of another Kafka version or cluster, delete it and start again"
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=_FORMAT_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired as exc:
        raise BrokerDidNotStart(f"formatting KRaft storage took over {_FORMAT_TIMEOUT_S:.0f}s", fix) from exc
    if proc.returncode != 0:
        output = "\n".join((proc.stdout + proc.stderr).splitlines()[-_LOG_TAIL_LINES:])
        raise BrokerDidNotStart(f"formatting KRaft storage in {layout.log_dirs} failed:\n{output}\n", fix)


def _spawn(java: Path, libs: Path, layout: Layout) -> int:
    _rotate(layout.log_file)
    cmd = [
        str(java),
        *_BROKER_JVM_OPTS,
        f"-XX:ErrorFile={layout.data_dir / 'hs_err_pid%p.log'}",
        f"-Dlog4j2.configurationFile={LOG4J2_XML}",
        "-cp",
        _classpath(libs),
        "kafka.Kafka",
        str(layout.properties),
    ]
    with open(layout.log_file, "ab") as out:
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=layout.data_dir,
            start_new_session=True,  # Detached: survives the caller's terminal and its signals.
        )
    _children[proc.pid] = proc
    layout.pid_file.write_text(f"{proc.pid}\n")
    return proc.pid


def _rotate(log_file: Path) -> None:
    # A fresh log per start: readiness is "the line appears in this log", so an old run's line must go.
    if log_file.exists():
        log_file.replace(log_file.with_name(log_file.name + ".1"))


def _wait_ready(pid: int, layout: Layout, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    log_lines = _LogFollower(layout.log_file)
    while True:
        if any(READY_LINE in line for line in log_lines.new_lines()):
            return
        if not _alive(pid):
            raise BrokerDidNotStart(
                f"the broker JVM (pid {pid}) exited during startup; last lines of {layout.log_file}:\n"
                f"{_tail(layout.log_file)}\n",
                "read the log above (a port taken meanwhile, a data dir of another Kafka version, "
                f"too little memory for -Xmx1g); delete {layout.data_dir} to start from scratch",
            )
        if time.monotonic() >= deadline:
            raise BrokerDidNotStart(
                f"the broker did not log {READY_LINE!r} within {timeout:.0f}s; last lines of "
                f"{layout.log_file}:\n{_tail(layout.log_file)}\n",
                "the machine may be busy, or the data dir holds many topics (old test runs), each loaded at "
                "start (read the log above: 'Completed load of Log'): retry with `streams kafka start "
                f"--timeout 300`, or delete {layout.data_dir} to start with no topics",
                retriable=True,
            )
        time.sleep(_POLL_S)


class _LogFollower:
    """Reads the complete lines appended to a file since the previous call (a non-blocking tail -f)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._offset = 0
        self._partial = b""

    def new_lines(self) -> list[str]:
        try:
            with open(self._path, "rb") as fh:
                fh.seek(self._offset)
                chunk = fh.read()
        except FileNotFoundError:
            return []
        self._offset += len(chunk)
        *complete, self._partial = (self._partial + chunk).split(b"\n")
        return [line.decode("utf-8", "replace") for line in complete]


def _log_contains(path: Path, needle: str) -> bool:
    """Streams the file in chunks: a broker's log grows without bound while it runs."""
    pattern = needle.encode()
    carry = b""
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(_SCAN_CHUNK):
                if pattern in carry + chunk:
                    return True
                carry = chunk[-len(pattern) :]
    except FileNotFoundError:
        return False
    return False


def _tail(path: Path) -> str:
    try:
        lines = path.read_text(errors="replace").splitlines()
    except OSError:
        return "(no log file)"
    return "\n".join(lines[-_LOG_TAIL_LINES:])


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=_CONNECT_TIMEOUT_S):
            return True
    except OSError:
        return False


def _broker_pid(layout: Layout) -> int | None:
    """The pid in the pid file if it is a live broker started for this data dir, else None."""
    try:
        pid = int(layout.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    if not _alive(pid) or not _is_broker_of(pid, layout):
        return None
    return pid


def _is_broker_of(pid: int, layout: Layout) -> bool:
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except FileNotFoundError:
        # No such pid anymore, or no /proc (macOS): trust a live pid from our own pid file.
        return not Path("/proc").is_dir()
    except PermissionError:
        return False
    return b"kafka.Kafka" in argv and os.fsencode(str(layout.properties)) in argv


def _alive(pid: int) -> bool:
    child = _children.get(pid)
    if child is not None:
        return child.poll() is None  # Also reaps it, so the pid does not stay a zombie.
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # Exists, owned by someone else.
    return not _is_zombie(pid)


def _is_zombie(pid: int) -> bool:
    # A dead child whose parent has not reaped it still answers kill(pid, 0).
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[:1] == ["Z"]


def _terminate(pid: int, timeout: float) -> None:
    _signal(pid, signal.SIGTERM)
    if _wait_exit(pid, timeout):
        return
    log.warning("Kafka broker pid %d ignored SIGTERM for %.0fs, sending SIGKILL", pid, timeout)
    _signal(pid, signal.SIGKILL)
    if not _wait_exit(pid, _KILL_WAIT_S):
        raise BrokerDidNotStop(
            f"broker pid {pid} is still alive after SIGTERM and SIGKILL",
            f"check `ps -p {pid}` (a process stuck in the kernel, e.g. on a hung disk) and kill it by hand",
        )
    _children.pop(pid, None)


def _signal(pid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):  # Already gone is what we wanted.
        os.kill(pid, sig)


def _wait_exit(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while _alive(pid):
        if time.monotonic() >= deadline:
            return False
        time.sleep(_POLL_S)
    _children.pop(pid, None)
    return True
