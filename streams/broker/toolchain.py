"""Locate the external programs the broker needs: a Java 17+ runtime and Maven."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from .errors import JavaMissing, MavenMissing

# Kafka 4.0 brokers are compiled for Java 17 (KIP-750) and refuse to run on anything older.
MIN_JAVA = 17
JAVA_INSTALL_FIX = "install OpenJDK 17 (apt-get install openjdk-17-jre-headless) or set JAVA_HOME"
_VERSION_TIMEOUT_S = 30.0


def find_java() -> Path:
    """Return a Java 17+ executable: ``$JAVA_HOME/bin/java`` first (as Kafka's scripts do), then PATH."""
    java = _java_candidate()
    if java is None:
        problem = f"Java {MIN_JAVA}+ not found (no $JAVA_HOME/bin/java, no java on PATH)"
        raise JavaMissing(problem, JAVA_INSTALL_FIX)
    major = java_major_version(java)
    if major < MIN_JAVA:
        raise JavaMissing(f"{java} is Java {major}, Kafka 4.0 needs Java {MIN_JAVA}+", JAVA_INSTALL_FIX)
    return java


def _java_candidate() -> Path | None:
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        in_home = Path(java_home) / "bin" / "java"
        if os.access(in_home, os.X_OK):
            return in_home
    found = shutil.which("java")
    return Path(found) if found else None


def java_major_version(java: Path) -> int:
    """Parse ``java -version`` (printed on stderr): '17.0.15' -> 17, legacy '1.8.0_392' -> 8."""
    try:
        proc = subprocess.run(
            [str(java), "-version"], capture_output=True, text=True, timeout=_VERSION_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise JavaMissing(f"{java} -version failed ({exc})", JAVA_INSTALL_FIX) from exc
    return parse_java_major(proc.stderr + proc.stdout, java)


def parse_java_major(text: str, java: Path) -> int:
    match = re.search(r'version "(\d+)(?:\.(\d+))?', text)
    if match is None:
        raise JavaMissing(f"cannot read the version of {java} from: {text.strip()[:200]!r}", JAVA_INSTALL_FIX)
    major = int(match.group(1))
    if major == 1 and match.group(2):
        return int(match.group(2))
    return major


def find_maven() -> Path:
    found = shutil.which("mvn")
    if found is None:
        raise MavenMissing(
            "Maven (mvn) not found on PATH; it resolves the Kafka broker jars",
            "install Maven 3.8+ (apt-get install maven), or copy an already fetched jar cache "
            "and point STREAMS_KAFKA_CACHE at it",
        )
    return Path(found)
