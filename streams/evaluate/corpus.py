"""Corpus items: JSONL, one item per line; only id/source/url/published/language/title/summary feed a
prediction, the rest (labels, event ids) is truth for scoring."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

INPUT_FIELDS = ("id", "source", "url", "published", "language", "title", "summary")


@dataclass(frozen=True)
class Item:
    id: str
    source: str
    url: str | None
    published: str | None
    language: str | None
    title: str | None
    summary: str
    labels: dict[str, Any] | None
    event_id: str | None
    related_event_id: str | None


def load(path: Path) -> list[Item]:
    items = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from exc
            items.append(
                Item(
                    id=str(d.get("id") or f"line-{n}"),
                    source=str(d.get("source") or ""),
                    url=d.get("url"),
                    published=d.get("published"),
                    language=d.get("language"),
                    title=d.get("title"),
                    summary=str(d.get("summary") or ""),
                    labels=d.get("labels"),
                    event_id=d.get("event_id"),
                    related_event_id=d.get("related_event_id"),
                )
            )
    return items


def publication_order(items: list[Item]) -> list[Item]:
    """Items by published date; an undated item keeps its file position, right after the dated item that
    precedes it in the file (it inherits that item's date as its sort key; ties keep file order)."""
    keyed = []
    last = ""
    for i, it in enumerate(items):
        if it.published:
            last = it.published
        keyed.append((it.published or last, i, it))
    return [it for _d, _i, it in sorted(keyed, key=lambda x: (x[0], x[1]))]
