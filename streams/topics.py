"""Every topic, declared once: name, key, value record, retention.

Values travel as JSON bytes produced by the records' own `dumps()`; agents decode them themselves so that
a malformed message becomes a dead letter instead of crashing the stream.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

import faust

from streams import records


@dataclass(frozen=True)
class TopicSpec:
    name: str
    key: str  # what the key holds
    record: type[faust.Record]
    retention: timedelta | None  # None: kept forever
    public: bool = False
    doc: str = ""
    # "json": one record per message. "json-lines": one or more records per message, one per line, each the
    # record's own JSON (streams.framing); a message of one record is the same as under "json".
    framing: str = "json"


POLL_REQUESTS = TopicSpec(
    "enforcement.poll-requests.v1",
    "feed_id",
    records.PollRequest,
    timedelta(days=1),
    doc="scheduler -> poll agent: poll this feed if it is due",
)
RAW_ITEMS = TopicSpec(
    "enforcement.raw-items.v1",
    "item_id",
    records.RawItem,
    None,
    doc="every item seen, after HTML is reduced to text; the source of reprocessing",
)
CANDIDATES = TopicSpec(
    "enforcement.candidates.v1",
    "case_key (no key on a message of several candidates)",
    records.Candidate,
    timedelta(days=30),
    doc="classified items, repartitioned so that items of one case meet in one partition; also the link "
    "agent's appeals found to build on a decision of another case (`Candidate.link`)",
    framing="json-lines",
)
AUTHORITY_NOTES = TopicSpec(
    "enforcement.authority-notes.v1",
    "authority_id (no key on a message of several notes)",
    records.AuthorityNote,
    timedelta(days=7),
    doc="dedup -> linker: events per deciding authority, and appeals still looking for their decision",
    framing="json-lines",
)
EVENTS = TopicSpec(
    "enforcement.events.v1",
    "event_id",
    records.EventMessage,
    None,
    public=True,
    doc="PUBLIC: one message per new event or material update, with the full event state",
)
STORIES = TopicSpec(
    "enforcement.stories.v1",
    "root event_id (no key on a message of several event messages)",
    records.EventMessage,
    timedelta(days=7),
    doc="the dedup agent's event messages keyed by their story's root: an appeal meets its original's thread",
    framing="json-lines",
)
ALERTS = TopicSpec(
    "enforcement.alerts.v1",
    "event_id",
    records.AlertDelivery,
    timedelta(days=90),
    doc="what was sent where: Slack ts, failures",
)
DEAD_LETTERS = TopicSpec(
    "enforcement.dead-letters.v1",
    "stage",
    records.DeadLetter,
    timedelta(days=30),
    doc="messages a stage could not process, with their origin",
)
DIGESTS = TopicSpec(
    "enforcement.digests.v1",
    "subscription",
    records.DigestInput,
    timedelta(days=7),
    doc="events held for digest subscriptions, and the ticks that ask whether a digest is due",
)

ALL: tuple[TopicSpec, ...] = (
    POLL_REQUESTS,
    RAW_ITEMS,
    CANDIDATES,
    AUTHORITY_NOTES,
    EVENTS,
    STORIES,
    ALERTS,
    DEAD_LETTERS,
    DIGESTS,
)


def story_key(message: records.EventMessage) -> str:
    """The key of `message` on STORIES: its chain's root event, so an appeal joins what it challenges."""
    event = message.event
    return event.root_event_id or event.related_event_id or message.event_id


def declare(app: faust.App, spec: TopicSpec, partitions: int, prefix: str = "") -> faust.TopicT:
    return app.topic(
        prefix + spec.name,
        key_type=str,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        partitions=partitions,
        replicas=1,
        # Faust creates only "internal" topics at start; ours must exist with their own partitions and
        # retention before the agents subscribe (consumers never auto-create topics).
        internal=True,
        # Faust's `retention=None` would leave the broker default (7 days); the contract says forever.
        config={"retention.ms": str(retention_ms(spec))},
    )


def retention_ms(spec: TopicSpec) -> int:
    return -1 if spec.retention is None else int(spec.retention.total_seconds() * 1000)


# Reprocessing (`streams reprocess`) writes the stages it re-runs to topics of their own, named by the
# classifier version: `enforcement.reprocess.<version>.candidates.v1` and `...<version>.events.v1`. Nothing
# consumes them for alerts. They carry the same records as the live topics they mirror.
REPROCESSED: tuple[TopicSpec, ...] = (CANDIDATES, EVENTS)
_VERSION_CHARS_OUT = re.compile(r"[^A-Za-z0-9.-]+")
VERSION_MAX = 100


def version_slug(version: str) -> str:
    """A classifier version as it appears in a topic name: Kafka's legal characters only.

    Runs of other characters (spaces, slashes, `_`, which Kafka's metrics confuse with `.`) become one `-`.
    Raises ValueError for a version that leaves nothing usable.
    """
    slug = _VERSION_CHARS_OUT.sub("-", version.strip()).strip("-")
    if not slug or set(slug) == {"."} or len(slug) > VERSION_MAX:
        raise ValueError(
            f"classifier version {version!r} cannot name a topic: use 1 to {VERSION_MAX} letters, digits, "
            "'.' or '-'"
        )
    return slug


def reprocess_name(spec: TopicSpec, version: str) -> str:
    """`enforcement.events.v1` re-run by classifier `version`: `enforcement.reprocess.<version>.events.v1`."""
    return "enforcement.reprocess." + version_slug(version) + "." + spec.name.removeprefix("enforcement.")
