"""authority-notes -> links: find, in the other cases of an appeal's authority, the decision it challenges.

Every event that names an authority reaches this agent keyed by that authority (the dedup agent sends it
with its event messages); the table `authority-index` keeps each authority's recent events. An appeal
that its own case could not link comes with the candidate that opened it; when a decision of another case
scores high enough (`streams.dedup.crosslink`), a `LinkCommand` goes to `links`, keyed by the appeal's
case, where the dedup agent applies it and emits the "appeal_linked" update.

As in the dedup agent, a batch writes each authority it changed to the table once, after its commands
were sent, and is acknowledged only after that: a crash replays the batch on the state last written and
sends the same commands again, which the dedup agent applies once (`engine.apply_link`).
"""

from __future__ import annotations

from faust import StreamT

from streams.agents.dead_letters import decode_lines_or_dead_letter
from streams.app import app, authority_index, authority_notes_topic, key_partition, links_topic
from streams.dedup import crosslink
from streams.records import AuthorityIndex, AuthorityNote

BATCH = 256
WITHIN = 0.02  # seconds a partial batch waits


@app.agent(authority_notes_topic, concurrency=1)  # writes a table: concurrency 1 (faust-streaming#606)
async def link(stream: StreamT) -> None:
    async for events in stream.take_events(BATCH, within=WITHIN):  # type: ignore[attr-defined]  # missing from StreamT
        changed: dict[str, AuthorityIndex] = {}
        for event in events:
            for note, _ in await decode_lines_or_dead_letter("link", AuthorityNote, event):
                key = note.authority_id
                known = changed[key] if key in changed else authority_index.get(key)
                index, command = crosslink.observe(known, note)
                changed[key] = index
                if command is not None:
                    await links_topic.send(
                        key=command.case_key,
                        value=command.dumps(),
                        partition=key_partition(links_topic, command.case_key),
                    )
        for key, index in changed.items():
            authority_index[key] = index
