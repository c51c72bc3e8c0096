"""The classify step of reprocessing, as a value: a version name and the analyse function it runs.

`Classifier().classify(raw)` runs the classify agent's step (`classify_raw`; a test holds them equal);
a test, or someone trying a rule change, passes another `analyse` and names it with another version.
The version is stamped on every candidate (`classifier_version`), so the events it builds say which
classifier made them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from streams.classify import CLASSIFIER_VERSION, Analysis, analyse
from streams.classify.candidate import Analyse, classify_raw
from streams.records import Candidate, RawItem


@dataclass(frozen=True)
class Classifier:
    version: str = CLASSIFIER_VERSION
    analyse: Analyse = analyse

    def classify(self, raw: RawItem) -> Candidate | None:
        """None when the item reports no enforcement event (it never reaches deduplication)."""
        return classify_raw(raw, self._stamped)

    def _stamped(self, *args: object, **kwargs: object) -> Analysis:
        analysis = self.analyse(*args, **kwargs)
        if analysis.classifier_version != self.version:
            analysis = dataclasses.replace(analysis, classifier_version=self.version)
        return analysis
