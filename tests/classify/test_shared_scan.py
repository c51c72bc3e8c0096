"""Stages fed by the item's one `scan.Scanner` pass find what they find with their own scans."""

from __future__ import annotations

import json
import random
from pathlib import Path

from streams.classify import authorities, extract, text

_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "classify_examples.jsonl"
_INSERTS = [
    *("ICO ", "the CNIL", "FTC's ", "xICO ", "ICOs ", "Agcom", "AGCM-", "(CMA)", "Úohs ", "ÚOOÚ,", "BKartA "),
    *("SEC.", "sec ", "Hamburg ", "hamburgische datenschutz ", "attorneys general ", "Landgericht Köln "),
    *("eBay ", "\n", ". ", "İ", "ı", "ſ", "Σ ", "1,2 ", "the data protection authority "),
]


def _texts() -> list[tuple[str | None, str]]:
    rows = [json.loads(line) for line in _FIXTURES.read_text(encoding="utf-8").splitlines() if line.strip()]
    out: list[tuple[str | None, str]] = [(r.get("title"), r.get("summary") or "") for r in rows]
    rnd = random.Random(5)
    for title, summary in list(out):
        for _ in range(3):
            cut = rnd.randrange(len(summary) + 1)
            out.append((title, summary[:cut] + rnd.choice(_INSERTS) + summary[cut:]))
    return out


def test_authority_mentions_from_the_shared_scan_equal_their_own_scans() -> None:
    for title, summary in _texts():
        doc = text.document(title, summary)
        starts = extract._SCANNER.starts(doc.low)
        shared = authorities.mentions(doc, "en", starts["authorities"], starts)
        own = authorities.mentions(doc, "en", starts["authorities"])
        assert shared == own, (title, summary[:80])


def test_every_gate_and_the_abbreviations_are_in_the_shared_scan() -> None:
    starts = extract._SCANNER.starts("")
    assert "abbreviations" in starts
    assert set(authorities.GATE_LEXICONS) <= set(starts)
