"""A real single-node Apache Kafka 4.0 broker (KRaft, loopback only) that the project starts itself.

No Docker: Maven resolves the pinned broker jars (``pom.xml`` next to this file) and a detached JVM runs
``kafka.Kafka``. Library::

    from streams.broker import start, stop, status
    broker = start(port=9092)          # fetches jars on first use, formats storage on first start
    broker.bootstrap_servers           # "127.0.0.1:9092"
    stop(9092)

CLI: ``python -m streams.broker fetch|start|stop|status [--port N] [--data-dir D]``.

Where things live (every directory is outside the repository):

* jars: ``$STREAMS_KAFKA_CACHE/<kafka version>/libs``, default root
  ``${XDG_CACHE_HOME:-~/.cache}/enforcement-streams/kafka``; fetched once, then reused without Maven.
* data dir: ``--data-dir``, else ``$STREAMS_KAFKA_DATA_DIR``, else
  ``${XDG_CACHE_HOME:-~/.cache}/enforcement-streams/run/<port>``. It holds ``server.properties``
  (regenerated on each start), ``kafka.log`` (the JVM's output, previous run in ``kafka.log.1``),
  ``kafka.pid`` and ``kraft/`` (topics and KRaft metadata, kept across restarts; delete the data dir
  to start from scratch).
* ports: ``--port``, else ``$STREAMS_KAFKA_PORT``, else 9092 for clients; the controller listens on
  port + 1 unless ``controller_port`` is given. Both bind 127.0.0.1 only.

Ready means the broker logged "Kafka Server started" (not merely an open port). Failures raise
``BrokerError`` subclasses whose message names the problem and the fix.
"""

from .config import DEFAULT_PORT, HOST
from .errors import (
    BadSetting,
    BrokerDidNotStart,
    BrokerDidNotStop,
    BrokerError,
    FetchFailed,
    JavaMissing,
    MavenMissing,
    PortBusy,
)
from .fetch import fetch, kafka_version
from .process import BrokerHandle, BrokerStatus, start, status, stop

__all__ = [
    "DEFAULT_PORT",
    "HOST",
    "BadSetting",
    "BrokerDidNotStart",
    "BrokerDidNotStop",
    "BrokerError",
    "BrokerHandle",
    "BrokerStatus",
    "FetchFailed",
    "JavaMissing",
    "MavenMissing",
    "PortBusy",
    "fetch",
    "kafka_version",
    "start",
    "status",
    "stop",
]
