"""`streams subscriptions test`: a dry run shows who an event reaches and what they would get."""

from __future__ import annotations

from streams.config.subscriptions import Filters, Subscription
from streams.notify.preview import describe, preview, sample_message


def test_the_preview_lists_reached_and_filtered_subscriptions_with_their_messages() -> None:
    subs = [
        Subscription(
            name="fines-ie",
            destination="slack",
            channel="#privacy",
            filters=Filters(types=frozenset({"fine"}), jurisdictions=frozenset({"IE"})),
        ),
        Subscription(name="appeals", destination="console", filters=Filters(types=frozenset({"appeal"}))),
    ]
    reached, filtered = preview(subs, sample_message())
    assert reached.reached and "Northwind Social" in (reached.text or "") and reached.blocks
    assert not filtered.reached and filtered.text is None

    shown = describe([reached, filtered], show_blocks=True)
    assert "✓ fines-ie (slack #privacy, immediate) would receive:" in shown
    assert "✗ appeals (console): filtered out" in shown
    assert '"type":' in shown, "--blocks prints the Block Kit payload"
