"""Test-suite wiring: the real local Kafka broker fixture (`kafka_bootstrap`, `unique_name`)."""

pytest_plugins = ["tests.kafka_fixture"]
