"""The classify step of reprocessing, as a value: a version name and the analyse function it runs.

`Classifier().classify(raw)` is what the classify agent's `classify_item` does (a test holds them equal);
a test, or someone trying a rule change, passes another `analyse` and names it with another version.
The version is stamped on every candidate (`classifier_version`), so the events it builds say which
classifier made them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from streams.classify import CLASSIFIER_VERSION, Analysis, analyse
from streams.classify.candidate import to_candidate
from streams.records import Candidate, RawItem

# analyse(title, summary, *, language, published, source, source_kind, feed_jurisdiction) -> Analysis
Analyse = Callable[..., Analysis]


@dataclass(frozen=True)
class Classifier:
    version: str = CLASSIFIER_VERSION
    analyse: Analyse = analyse

    def classify(self, raw: RawItem) -> Candidate | None:
        """None when the item reports no enforcement event (it never reaches deduplication)."""
        analysis = self.analyse(
            raw.title,
            raw.summary,
            language=raw.language,
            published=raw.published,
            source=raw.source,
            source_kind=raw.source_kind,
            feed_jurisdiction=raw.jurisdiction,
        )
        if analysis.primary == "none":
            return None
        if analysis.classifier_version != self.version:
            analysis = dataclasses.replace(analysis, classifier_version=self.version)
        return to_candidate(raw, analysis)
