"""Configuration that is data: feeds.yaml (and, elsewhere, subscriptions), validated once at start."""
