"""digests -> alerts: hold what digest subscriptions matched, and send each digest once when it is due.

`notify` hands each message a digest subscription matched to `enforcement.digests.v1`, keyed by
subscription; `digest` owns table `digests` (what each subscription holds, which digests went out).
Tables can be written only inside an agent, so the clock reaches `digest` as messages too: a timer on the
leader sends one tick per digest subscription, keyed like the state, and the tick is decided, sent and
recorded inside the agent. The digest key (`digest|<subscription>|<slot>`) is stored and flushed right
after the send: a crash in between re-sends at most that one digest.
"""

from __future__ import annotations

import logging

from faust import StreamT

from streams.agents.dead_letters import decode_or_dead_letter, send_dead_letter
from streams.app import alerts_topic, app, digests, digests_topic
from streams.clock import iso, parse_iso, utcnow
from streams.notify.deliver import deliver_digest
from streams.notify.digest_state import hold, new_state, plan, settled
from streams.records import DigestInput
from streams.runtime import clients, subscriptions

DIGEST_TICK_SECONDS = 30.0  # digests are scheduled to the minute
log = logging.getLogger(__name__)


@app.agent(digests_topic, concurrency=1)  # writes a table: concurrency 1 (faust-streaming#606)
async def digest(stream: StreamT) -> None:
    async for event in stream.events():
        request = await decode_or_dead_letter("digest", DigestInput, event)
        if request is None:
            continue
        wanted = request.subscription
        sub = next((s for s in subscriptions() if s.name == wanted and s.mode == "digest"), None)
        if sub is None:
            continue  # removed, or no longer a digest, since the message was sent
        at = parse_iso(request.at)
        state = digests.get(sub.name)
        if request.kind == "add" and request.message is not None:
            digests[sub.name] = hold(state or new_state(sub.name, at), request.message, at)
            continue
        if request.kind != "tick" or state is None:
            continue
        decision = plan(sub, state, at)
        if decision.action == "wait":
            continue
        if decision.action == "send":
            outcome = await deliver_digest(sub, decision, clients.destinations(), now=utcnow())
            for delivery in outcome.deliveries:
                await alerts_topic.send(key=delivery.event_id, value=delivery.dumps())
            if outcome.error is not None and not outcome.error.retriable:
                await send_dead_letter("digest", outcome.error, event.message)
            if not outcome.done:
                log.warning("digest %s not delivered, next tick tries again: %s", decision.key, outcome.error)
                continue
        digests[sub.name] = settled(state, decision.key, at)
        # Durable before anything else: after a crash at most this one digest goes out again.
        await app.producer.flush()


@app.timer(interval=DIGEST_TICK_SECONDS, on_leader=True)
async def digest_ticks() -> None:
    at = iso(utcnow())
    for sub in subscriptions():
        if sub.mode == "digest":
            tick = DigestInput(subscription=sub.name, kind="tick", at=at)
            await digests_topic.send(key=sub.name, value=tick.dumps())
