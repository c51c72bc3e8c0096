"""Starting the pieces a worker needs on this machine: the local broker when the settings point at it."""

from __future__ import annotations

import socket

from streams.settings import Settings

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


def uses_local_broker(settings: Settings) -> bool:
    """True when the bootstrap address is the broker this project runs itself."""
    servers = [s.strip() for s in settings.kafka_bootstrap.split(",")]
    if len(servers) != 1:
        return False
    host, _, port = servers[0].rpartition(":")
    return host.strip("[]") in LOCAL_HOSTS and int(port) == settings.kafka_port


def reachable(bootstrap: str, timeout: float = 1.0) -> bool:
    host, _, port = bootstrap.split(",")[0].strip().rpartition(":")
    try:
        with socket.create_connection((host.strip("[]"), int(port)), timeout=timeout):
            return True
    except OSError:
        return False


def ensure_broker(settings: Settings) -> str:
    """Start the local broker unless the configured one already answers; returns the bootstrap address."""
    if reachable(settings.kafka_bootstrap):
        return settings.kafka_bootstrap
    if not uses_local_broker(settings):
        from streams.errors import ConfigError

        raise ConfigError(
            f"Kafka at STREAMS_KAFKA_BOOTSTRAP={settings.kafka_bootstrap} does not answer",
            "start that broker, or unset STREAMS_KAFKA_BOOTSTRAP to use the local one",
            retriable=True,
        )
    from streams import broker

    handle = broker.start(settings.kafka_port, data_dir=settings.kafka_data_dir)
    return handle.bootstrap_servers
