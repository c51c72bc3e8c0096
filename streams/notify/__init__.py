"""Alerts: routing, rendering, digests and delivery to Slack, incoming webhooks and the console.

What the notifier agent does with this package (clients are built once at start, closed at stop):

    subs = load_subscriptions(settings.subscriptions_file, settings)       # streams.config.subscriptions
    destinations = build_destinations(subs, settings)                       # streams.notify.destinations
    ...
    for sub in route(subs, message):                                        # streams.notify.route
        if sub.mode == "digest": keep message as pending for sub; continue  # streams.notify.digest
        key = alert_key(message.event_id, sub.name, message.revision)       # ledger: skip if sent
        thread = threads.get(f"{thread_key(message)}|{sub.target}")         # streams.notify.render
        post = render_for(sub, message, thread_ts=thread)
        result = await destinations.sink_for(sub).send(
            sub.target, post.text, post.blocks, post.thread_ts, post.broadcast)
        if thread is None and result.ts: threads[...] = result.ts           # first alert opens the thread
    # DeliveryError (SendFailed: .retriable, .code, .attempts) -> AlertDelivery(status="failed")
    await destinations.close()
"""
