"""History of the public events topic: its JSON Schema contract, `streams tail` and `streams replay`.

Everything here only reads Kafka; nothing goes through the notifier. Library modules are pure or take a
bootstrap address; the Faust commands live in `commands.py`.
"""
