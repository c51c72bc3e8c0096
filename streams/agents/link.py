"""authority-notes -> candidates: find the decision an appeal challenges among its authority's other cases.

Every new event that names an authority, and every change of what linking reads of one, reaches this agent
keyed by that authority (the dedup agent sends it with its event messages); the table `authority-index`
keeps each authority's recent events. An appeal that its own case could not link comes with the candidate
of its report; when a decision of another case scores high enough (`streams.dedup.crosslink`), that
candidate goes back to `candidates` with its `link` set, to the partition of the appeal's case, where the
dedup agent links the appeal and emits the "appeal_linked" update.

As in the dedup agent, a batch writes each authority it changed to the table once, after its candidates
were sent, and is acknowledged only after that: a crash replays the batch on the state last written and
sends the same candidates again, which the dedup agent applies once (`engine.decide`).
"""

from __future__ import annotations

from faust import StreamT

from streams.agents.classify import candidate_partition
from streams.agents.dead_letters import decode_lines_or_dead_letter
from streams.app import app, authority_index, authority_notes_topic, candidates_topic
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
                index, linked = crosslink.observe(known, note)
                changed[key] = index
                if linked is not None:
                    await candidates_topic.send(
                        key=linked.case_key,
                        value=linked.dumps(),
                        partition=candidate_partition(linked.case_key),
                    )
        for key, index in changed.items():
            authority_index[key] = index
