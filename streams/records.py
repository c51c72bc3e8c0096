"""Every wire record, declared once.

Rules for all of them: JSON, no Faust metadata (`include_metadata=False`), a `schema_version`, money as a
decimal string plus an ISO 4217 code (never a float), times as ISO 8601 UTC strings ending in `Z`.
`EventMessage` on `enforcement.events.v1` is the public contract: fields are only ever added, with a default.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional

import faust
import orjson
from faust.types.codecs import CodecArg
from faust.utils.json import on_default

SCHEMA_VERSION = 1


class _Wire(faust.Record, abstract=True, include_metadata=False, serializer="json", validation=True):
    def dumps(self, *, serializer: CodecArg | None = None) -> bytes:
        """Faust's "json" codec byte for byte (orjson, the same options), without the codec lookup and the
        generic fallback that tries every type it knows on each nested record before asking it."""
        if serializer is None or serializer == "json":
            return orjson.dumps(self.to_representation(), default=_nested, option=_JSON_OPTIONS)
        return super().dumps(serializer=serializer)


_JSON_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_UTC_Z  # faust.utils.json.dumps


def _nested(value: Any) -> Any:
    if isinstance(value, faust.Record):
        return value.to_representation()
    return on_default(value)


class Money(_Wire):
    """An amount as stated: `amount` is a decimal string ("250000", "1.2"), `currency` ISO 4217."""

    amount: str
    currency: str


class AmountMention(_Wire):
    """An amount in the text that is not this event's penalty: a conversion, a cap, another case."""

    amount: str
    currency: str
    note: str  # "conversion" | "cap" | "component" | "background" | "statutory_maximum"


class PollRequest(_Wire):
    """Asks the poll agent to fetch one feed now. Keyed by feed_id so one partition owns a feed."""

    feed_id: str
    requested_at: str
    reason: str = "schedule"  # "schedule" | "manual" | "retry"
    schema_version: int = SCHEMA_VERSION


class RawItem(_Wire):
    """One feed item as seen, after HTML is reduced to text. Everything seen lands here: replay source."""

    item_id: str
    feed_id: str
    source: str  # the outlet's display name
    source_kind: str  # "regulator" | "court" | "news" | "ngo"
    url: Optional[str]
    title: Optional[str]
    summary: str  # clean text used for classification
    first_seen: str
    published: Optional[str] = None
    language: Optional[str] = None  # declared by the feed or item; detected later when null
    jurisdiction: Optional[str] = None  # of the feed (a regulator's own feed), else null
    guid: Optional[str] = None
    content_hash: str = ""
    revision: int = 0  # 0 for the first version; edits in place raise it
    backfill: bool = False  # seen on the first poll of a feed: recorded, never alerted
    schema_version: int = SCHEMA_VERSION


class LinkTarget(_Wire):
    """On a candidate the link agent sends back: the appeal `event_id` of the candidate's case builds on the
    decision `related_event_id` of another case (streams.dedup.crosslink)."""

    event_id: str
    related_event_id: str
    root_event_id: str
    score: float


class Candidate(_Wire):
    """A classified item with its extracted facts, keyed by `case_key` for the dedup repartition."""

    item_id: str
    case_key: str
    feed_id: str
    source: str
    source_kind: str
    url: Optional[str]
    title: Optional[str]
    text: str  # title + summary, cut, for similarity
    first_seen: str
    classifier_version: str
    primary: str  # "ruling" | "fine" | "appeal" | "none"
    types: List[str]
    confidence: float
    evidence: List[str]
    published: Optional[str] = None
    language: Optional[str] = None
    authority_id: Optional[str] = None
    authority_name: Optional[str] = None
    court_id: Optional[str] = None
    court_name: Optional[str] = None
    companies: List[str] = []  # noqa: RUF012 - Faust copies field defaults per instance
    jurisdiction: Optional[str] = None
    amount: Optional[Money] = None
    periodic: Optional[str] = None  # "day" when the amount is a penalty per day
    cap: bool = False  # the amount is an "up to" figure
    amount_eur: Optional[str] = None
    other_amounts: List[AmountMention] = []  # noqa: RUF012
    decision_date: Optional[str] = None  # YYYY-MM-DD
    backfill: bool = False
    revision: int = 0
    # Set only by the link agent, on a candidate the dedup agent has already placed: link its appeal event
    # to a decision of another case. Travelling on `candidates`, it keeps its place among the case's
    # candidates, so a replay after a crash decides in the same order.
    link: Optional[LinkTarget] = None
    schema_version: int = SCHEMA_VERSION


class Source(_Wire):
    """One sighting of an event: which outlet said it, where and when."""

    item_id: str
    feed_id: str
    outlet: str
    kind: str
    first_seen: str
    url: Optional[str] = None
    title: Optional[str] = None
    language: Optional[str] = None


class EventState(_Wire):
    """The full state of one real-world event, as the dedup agent knows it now."""

    event_id: str
    case_key: str
    primary: str
    types: List[str]
    title: str
    first_seen: str
    last_seen: str
    sources: List[Source]
    source_count: int  # independent outlets
    classifier_version: str
    authority_id: Optional[str] = None
    authority_name: Optional[str] = None
    court_id: Optional[str] = None
    court_name: Optional[str] = None
    companies: List[str] = []  # noqa: RUF012
    jurisdiction: Optional[str] = None
    amount: Optional[Money] = None
    periodic: Optional[str] = None
    cap: bool = False
    amount_eur: Optional[str] = None
    amounts_seen: List[Money] = []  # noqa: RUF012
    decision_date: Optional[str] = None
    languages: List[str] = []  # noqa: RUF012
    confirmed_by_authority: bool = False
    related_event_id: Optional[str] = None  # for an appeal: the decision it challenges
    root_event_id: Optional[str] = None  # first event of the chain
    evidence: List[str] = []  # noqa: RUF012
    backfill: bool = False  # every sighting so far was backfill: never alert
    schema_version: int = SCHEMA_VERSION


class EventMessage(_Wire):
    """PUBLIC CONTRACT on `enforcement.events.v1`, keyed by event_id.

    `kind` is "new" at the first sighting, "update" when something material changed (listed in
    `changes`); `revision` counts messages of this event from 0, so (event_id, revision) is unique.
    """

    kind: str
    event_id: str
    revision: int
    emitted_at: str
    event: EventState
    changes: List[str] = []  # noqa: RUF012 - "new_source" | "amount_revised" | "authority_confirmed" | ...
    trigger_item_id: Optional[str] = None
    schema_version: int = SCHEMA_VERSION


class AlertDelivery(_Wire):
    """What the notifier did with one event revision for one subscription."""

    event_id: str
    revision: int
    subscription: str
    sink: str  # "slack" | "console" | "webhook"
    status: str  # "sent" | "failed" | "skipped" | "queued" (held for a digest)
    at: str
    channel: Optional[str] = None
    ts: Optional[str] = None  # Slack message timestamp
    thread_ts: Optional[str] = None
    error: Optional[str] = None
    attempts: int = 1
    schema_version: int = SCHEMA_VERSION


class DeadLetter(_Wire):
    """A message a stage could not process, with where it came from so it can be replayed."""

    stage: str
    error_type: str
    error: str
    retriable: bool
    at: str
    topic: Optional[str] = None
    partition: Optional[int] = None
    offset: Optional[int] = None
    key: Optional[str] = None
    value: Optional[str] = None  # the original bytes as text, cut to 64 KiB
    schema_version: int = SCHEMA_VERSION


class SeenItem(_Wire):
    """Memory of one item a feed carried: its identity and the hash of its content at last sight."""

    item_id: str
    content_hash: str
    revision: int = 0
    link_id: Optional[str] = None  # id by canonical link: recognises an item whose GUID changed (GUID churn)


class FeedState(_Wire):
    """Per-feed poll state, table `feed-state` keyed by feed_id (lives in the poll agent's partition)."""

    feed_id: str
    url: str  # where to poll now: a permanent redirect replaces the configured URL
    etag: Optional[str] = None
    last_modified: Optional[str] = None
    body_hash: Optional[str] = None  # an unchanged body is never parsed again
    next_due: Optional[str] = None
    failures: int = 0  # consecutive
    last_attempt: Optional[str] = None
    last_success: Optional[str] = None
    last_status: Optional[int] = None
    last_error: Optional[str] = None
    newest_item: Optional[str] = None  # newest published date seen
    items_emitted: int = 0
    first_emitted: Optional[str] = None  # when the first non-backfill item was emitted (for items/day)
    polled_once: bool = False  # after the first successful poll, existing items are no longer backfill
    guid_churn: bool = False  # the feed changes GUIDs on every fetch: identify items by link and content
    seen: List[SeenItem] = []  # noqa: RUF012 - bounded, newest last
    config_url: Optional[str] = None  # feeds.yaml url when `url` was set: an edit there beats a redirect
    schema_version: int = SCHEMA_VERSION


class CaseState(_Wire):
    """Dedup state of one case key, table `cases`: the recent events that later items may join."""

    case_key: str
    events: List[EventState] = []  # noqa: RUF012 - bounded in time and count by the dedup engine
    updated_at: str = ""
    schema_version: int = SCHEMA_VERSION
    # Dedup-private memory per event_id, kept out of the public EventState:
    revisions: Dict[str, int] = {}  # noqa: RUF012 - last EventMessage.revision emitted
    published: Dict[str, List[str]] = {}  # noqa: RUF012 - [first, last] published day of its sightings
    sketches: Dict[str, List[int]] = {}  # noqa: RUF012 - legacy form of `fingerprints`: read, no longer written
    clock: str = ""  # latest published or decision day seen in this case: the dedup engine's time
    # MinHash sketch of its text, packed (streams.dedup.sketch.pack); dropped if old
    fingerprints: Dict[str, str] = {}  # noqa: RUF012


class AuthorityNote(_Wire):
    """dedup -> linker on `authority-notes`, keyed by authority_id: an event of that authority as it stands
    now, so that an appeal reported under another company name (or none) can find the decision it
    challenges in another case. `appeal` is set when the event is an appeal not linked yet: the candidate
    of its report just placed (the one that opened it, or a later one), with the facts linking scores."""

    authority_id: str
    event: EventState
    published_days: List[str] = []  # noqa: RUF012 - [first, last] published day of the event's sightings
    appeal: Optional[Candidate] = None
    schema_version: int = SCHEMA_VERSION


class AuthorityIndex(_Wire):
    """Linker state of one authority, table `authority-index`: its recent events (without sources,
    evidence and title), the decisions an appeal in another case may challenge."""

    authority_id: str
    events: List[EventState] = []  # noqa: RUF012 - bounded by streams.dedup.crosslink.MAX_INDEXED
    published_days: Dict[str, List[str]] = {}  # noqa: RUF012 - per event_id, as CaseState.published
    schema_version: int = SCHEMA_VERSION


class StoryLedger(_Wire):
    """Alert ledger of one story (an event and the appeals linked to it), table `story-ledger`.

    Keyed by the story's root event id, so an appeal finds its original's Slack thread in the same partition.
    """

    story_id: str
    sent: List[str] = []  # noqa: RUF012 - ids.alert_key(...) of every alert delivered or given up on
    threads: Dict[str, str] = {}  # noqa: RUF012 - "subscription|channel" -> ts of the story's first message
    updated_at: str = ""
    schema_version: int = SCHEMA_VERSION

    def __post_init__(self) -> None:
        # Faust shares dict defaults between instances, and defining this hook stops its own copying of
        # list defaults: copy both here.
        self.threads = dict(self.threads)
        self.sent = list(self.sent)


class DigestInput(_Wire):
    """To the digest agent on `enforcement.digests.v1`, keyed by subscription name.

    `kind` "add": hold `message` (an event message the subscription matched) for its next digest.
    `kind` "tick": is the digest due at `at`? Ticks carry their own time, so a late or replayed tick decides
    as it would have when it was sent.
    """

    subscription: str
    kind: str  # "add" | "tick"
    at: str
    message: Optional[EventMessage] = None
    schema_version: int = SCHEMA_VERSION


class DigestState(_Wire):
    """What a digest subscription holds until its next send, table `digests` keyed by subscription name."""

    subscription: str
    since: str  # when holding began: the first digest goes out at the first scheduled time after it
    pending: List[EventMessage] = []  # noqa: RUF012 - one per event, updates folded in; bounded
    more: int = 0  # events past the bound: counted, not kept
    seen: List[str] = []  # noqa: RUF012 - alert keys ever added (bounded): a repeated add is not listed twice
    sent: List[str] = []  # noqa: RUF012 - digest keys ("digest|<sub>|<slot>") sent or given up on (bounded)
    last_sent: Optional[str] = None
    updated_at: str = ""
    schema_version: int = SCHEMA_VERSION

    def __post_init__(self) -> None:
        # As in StoryLedger: with this hook defined Faust no longer copies list defaults itself.
        self.pending = list(self.pending)
        self.seen = list(self.seen)
        self.sent = list(self.sent)
