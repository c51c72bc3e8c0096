"""Feed ingestion: fetch (the only I/O), parse, item identity and memory, schedules and feed health.

The poll agent calls `poller.poll_feed`, which composes: `fetch.fetch` -> `state.apply_fetch` ->
`parse.parse_in_thread` -> `items.select_new_items` (or `state.apply_parse_error`).
"""
