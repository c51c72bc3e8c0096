"""Resolve the pinned Kafka broker jars with Maven into a cache outside the repository.

Layout: ``<cache root>/<kafka version>/libs/*.jar`` where the cache root is ``$STREAMS_KAFKA_CACHE`` or
``${XDG_CACHE_HOME:-~/.cache}/enforcement-streams/kafka``. ``libs/.fetched`` lists the pinned coordinates
(group:artifact:version) the jars were resolved from: while they match the shipped ``pom.xml`` a fetch
returns at once and Maven is not even started; a pin change triggers a fresh resolve, an edit of comments
or layout does not. Restart running brokers after a pin change: their jars are replaced.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from .errors import FetchFailed
from .toolchain import find_java, find_maven

log = logging.getLogger(__name__)

POM = Path(__file__).with_name("pom.xml")
CACHE_ENV = "STREAMS_KAFKA_CACHE"
MARKER = ".fetched"
DEFAULT_FETCH_TIMEOUT_S = 900.0
_POM_NS = {"m": "http://maven.apache.org/POM/4.0.0"}
_POM_TAG = "{http://maven.apache.org/POM/4.0.0}"
_COORDINATE = ("groupId", "artifactId", "version")
_OUTPUT_TAIL_LINES = 25


def kafka_version(pom: Path = POM) -> str:
    """The Kafka version pinned in the POM, which is the single place it is written down."""
    version = _pom_properties(ET.parse(pom).getroot()).get("kafka.version")
    if not version:
        raise ValueError(f"{pom} has no <kafka.version> property")
    return version


def cache_root() -> Path:
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "enforcement-streams" / "kafka"


def libs_dir(cache_dir: Path | None = None) -> Path:
    return (cache_dir or cache_root()) / kafka_version() / "libs"


def pinned_coordinates(pom: Path = POM) -> str:
    """Sorted ``group:artifact:version`` lines of the POM's dependencies and plugins, properties resolved."""
    root = ET.parse(pom).getroot()
    props = _pom_properties(root)

    def coordinate(element: ET.Element) -> str:
        parts = (element.findtext(f"m:{name}", "", _POM_NS).strip() for name in _COORDINATE)
        return ":".join(
            re.sub(r"\$\{([^}]+)\}", lambda m: props.get(m.group(1), m.group(0)), p) for p in parts
        )

    elements = [*root.iter(f"{_POM_TAG}dependency"), *root.iter(f"{_POM_TAG}plugin")]
    return "\n".join(sorted(coordinate(el) for el in elements))


def _pom_properties(root: ET.Element) -> dict[str, str]:
    node = root.find("m:properties", _POM_NS)
    if node is None:
        return {}
    return {child.tag.removeprefix(_POM_TAG): (child.text or "").strip() for child in node}


def is_fetched(libs: Path) -> bool:
    marker = libs / MARKER
    return marker.is_file() and marker.read_text().strip() == pinned_coordinates()


def fetch(
    *, cache_dir: Path | None = None, timeout: float = DEFAULT_FETCH_TIMEOUT_S, verbose: bool = False
) -> Path:
    """Return the directory holding the broker jars, downloading them only if the cache is not complete.

    ``verbose`` streams Maven's download lines to stderr as progress; otherwise Maven runs quietly and its
    output only appears inside a ``FetchFailed``.
    """
    libs = libs_dir(cache_dir)
    if is_fetched(libs):
        return libs
    mvn = find_maven()
    find_java()  # Maven itself needs Java: fail with the Java fix, not Maven's JAVA_HOME complaint.
    version_dir = libs.parent
    version_dir.mkdir(parents=True, exist_ok=True)
    pom = version_dir / "pom.xml"
    # Maven runs on a copy so it never writes next to the installed package (may be read-only).
    shutil.copyfile(POM, pom)
    # A private staging dir, renamed into place at the end: an interrupted or concurrent fetch never
    # leaves a half-filled libs/ that looks complete.
    staging = Path(tempfile.mkdtemp(prefix="libs.partial-", dir=version_dir))
    log.info("resolving Kafka %s jars with Maven into %s (first run only)", kafka_version(), libs)
    try:
        _run_maven(mvn, pom, staging, timeout=timeout, verbose=verbose)
        _check_jars(staging)
        (staging / MARKER).write_text(pinned_coordinates() + "\n")
        _publish(staging, libs)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return libs


def _run_maven(mvn: Path, pom: Path, out: Path, *, timeout: float, verbose: bool) -> None:
    cmd = [
        str(mvn),
        "-B",
        *([] if verbose else ["-q"]),
        "-f",
        str(pom),
        "dependency:copy-dependencies",
        f"-DoutputDirectory={out}",
        "-DincludeScope=runtime",
    ]
    try:
        proc = subprocess.run(
            cmd,
            stdout=sys.stderr if verbose else subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise FetchFailed(
            f"Maven did not finish resolving the Kafka jars within {timeout:.0f}s",
            "check the network (and a Maven proxy in ~/.m2/settings.xml, if you need one), then run "
            "`python -m streams.broker fetch` again",
        ) from exc
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout or "").splitlines()[-_OUTPUT_TAIL_LINES:])
        raise FetchFailed(
            f"Maven failed (exit {proc.returncode}) resolving the Kafka jars from {pom}"
            + (f"; its last lines:\n{tail}\n" if tail else ""),
            "check the network (and a Maven proxy in ~/.m2/settings.xml, if you need one), then run "
            "`python -m streams.broker fetch` again",
        )


def _check_jars(staging: Path) -> None:
    # Guards against a POM edit that silently drops the broker (Maven would "succeed" with fewer jars).
    expected = f"kafka_2.13-{kafka_version()}.jar"
    if not (staging / expected).is_file():
        raise FetchFailed(
            f"Maven finished but {expected} is missing from the resolved jars",
            f"check the dependencies in {POM}",
            retriable=False,
        )


def _publish(staging: Path, libs: Path) -> None:
    if is_fetched(libs):
        return  # A concurrent fetch won the race with identical jars.
    if libs.exists():
        shutil.rmtree(libs)  # Stale jars from an older POM.
    staging.rename(libs)
