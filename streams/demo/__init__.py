"""The offline demo: bundled sample feeds, a local HTTP server for them, and `streams demo`."""
