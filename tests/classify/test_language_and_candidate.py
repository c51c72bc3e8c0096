from __future__ import annotations

import pytest

from streams.classify import analyse
from streams.classify.candidate import to_candidate
from streams.classify.language import detect
from streams.records import RawItem


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The regulator said that the company has been fined for the breach", "en"),
        ("La société a été sanctionnée par la commission pour des manquements", "fr"),
        ("Das Unternehmen soll wegen der Verstöße ein Bußgeld zahlen und hat sich nicht geäußert", "de"),
        ("Het bedrijf krijgt een boete van de toezichthouder omdat het de regels niet volgde", "nl"),
        ("La società è stata sanzionata dal Garante per il trattamento dei dati", "it"),
        ("La entidad ha sido sancionada por la agencia con una multa por el tratamiento", "es"),
        ("Selskapet har fått et gebyr av Datatilsynet og vil ikke kommentere saken", "no"),
    ],
)
def test_language_is_detected_from_stop_words(text: str, lang: str) -> None:
    assert detect(text.lower()) == lang


def test_candidate_carries_the_analysis_and_the_raw_items_identity() -> None:
    raw = RawItem(
        item_id="itm_1",
        feed_id="news",
        source="News",
        source_kind="news",
        url="https://x/1",
        title="ICO fines Northwind £4.2m",
        summary="The ICO fined Northwind £4.2m ($5.3m).",
        first_seen="2024-03-12T00:00:00Z",
        published="2024-03-12",
        revision=2,
        backfill=True,
    )
    a = analyse(raw.title, raw.summary, published=raw.published)
    c = to_candidate(raw, a)
    assert c.case_key == "co:northwind"
    assert c.amount is not None and (c.amount.amount, c.amount.currency) == ("4200000", "GBP")
    assert c.other_amounts[0].note == "conversion"
    assert (c.revision, c.backfill, c.published) == (2, True, "2024-03-12")
    assert c.classifier_version == a.classifier_version
