"""candidates, links -> events (+ stories, authority-notes): join each candidate to an event of its case,
or open a new one; link an appeal to a decision of another case when the linker found one.

A candidates message may hold several candidates, one per line (`streams.framing`): they are taken in
order, as if each had been a message of its own. The stories copies of a batch leave the same way, one
message per stories partition, after the batch's event messages and before its table writes.

Each event message goes to the public `enforcement.events.v1` (key event_id) and, the same bytes, to
`enforcement.stories.v1` keyed by the root of its story (`story_key`), where the notifier reads it: an
appeal lands in the partition of the event it challenges. An event that names an authority also goes to
`authority-notes` keyed by that authority (`streams.dedup.crosslink`), where the linker agent
(`streams.agents.link`) indexes it and looks for the decision of an appeal its own case could not link;
what it finds comes back on `links`, keyed by the appeal's case, and is applied here (`apply_link`).
Writing events and stories both here saves the worker a hop (an agent that read every event back only to
re-key it) and the events topic has no consumer inside the worker.

A batch writes each case it changed to the table once, after its event messages were sent. A write
serialises the case's whole state to the changelog, so when a batch holds several candidates of one case
(a backlog, a story many outlets carry at once) this saves all but one; at a trickle a batch is one
candidate and nothing changes. Later candidates of a batch read the state earlier ones left, from
`changed`. The batch is acked only after the loop body ends, so a crash in it replays the whole batch on
the state last written: the same decisions and the same (event_id, revision) messages again (at least
once; the alert ledger keys on them). Writing the state before sending the message, as this agent did,
could instead lose the message: the replayed candidate then meets its own sighting and emits nothing.
"""

from __future__ import annotations

from faust import StreamT

from streams.agents.dead_letters import decode_lines_or_dead_letter, decode_or_dead_letter
from streams.app import (
    app,
    authority_notes_topic,
    cases,
    dedup_input,
    events_topic,
    key_partition,
    links_topic,
    stories_topic,
)
from streams.clock import now_iso
from streams.dedup.engine import Outcome, apply_link, decide, note_of
from streams.framing import Outbox
from streams.records import Candidate, CaseState, LinkCommand
from streams.topics import story_key

BATCH = 256
WITHIN = 0.02  # seconds a partial batch waits: up to this is added to every alert's latency at each hop


@app.agent(dedup_input, concurrency=1)  # writes a table: concurrency 1 (faust-streaming#606)
async def dedup(stream: StreamT) -> None:
    stories = Outbox(lambda story: key_partition(stories_topic, story))
    notes = Outbox(lambda authority: key_partition(authority_notes_topic, authority))
    links = links_topic.get_topic_name()

    async def emit(outcome: Outcome, candidate: Candidate | None, before: CaseState | None) -> None:
        message = outcome.message
        if message is None:
            return
        value = message.dumps()
        await events_topic.send(key=message.event_id, value=value)
        stories.add(story_key(message), value)
        note = note_of(outcome, candidate, before)
        if note is not None:
            notes.add(note.authority_id, note.dumps())

    async for events in stream.take_events(BATCH, within=WITHIN):  # type: ignore[attr-defined]  # missing from StreamT
        changed: dict[str, CaseState] = {}
        now = now_iso()  # one clock reading per batch: it has a resolution of a second
        for event in events:
            if event.message.topic == links:
                command = await decode_or_dead_letter("dedup", LinkCommand, event)
                if command is not None:
                    key = command.case_key
                    before = changed[key] if key in changed else cases.get(key)
                    outcome = apply_link(before, command, now)
                    changed[key] = outcome.case
                    await emit(outcome, None, before)
                continue
            for candidate, _ in await decode_lines_or_dead_letter("dedup", Candidate, event):
                key = candidate.case_key
                before = changed[key] if key in changed else cases.get(key)
                outcome = decide(before, candidate, now)
                changed[key] = outcome.case
                await emit(outcome, candidate, before)
        for framed in stories.messages():
            await stories_topic.send(key=framed.key, value=framed.value, partition=framed.partition)
        for framed in notes.messages():
            await authority_notes_topic.send(key=framed.key, value=framed.value, partition=framed.partition)
        for key, case in changed.items():
            cases[key] = case
