"""A second opinion on the event type: a linear model over an item's words, trained on the labelled corpora.

The rules decide the type; they are precise where their phrases reach and blind where a writer words a
decision in a way no rule has met yet ("Nordnet får 100 millioner i bot", "Kammarretten kutter gebyret").
Blind rounds score the rules at a type macro F1 of about 0.81; this model, trained on the other corpora,
scores 0.82 on average (leaving out one of 23 corpora at a time), and the two are wrong on different
items. So the model is asked only where the rules found little (`CONSULT_BELOW`; for "none", only where
the first lines hold no word for a non-event or a possibility), and overrides them only where it all but
rules their answer out (`OVERRIDE_BELOW`), never to "none". Out of fold, on the corpora the rules were
tuned on, that mended 10 answers and overturned 3; on a blind round (probe_fresh_22 under rules-2025.36)
it mended 5 of the rules' 13 wrong answers and overturned none.

The model: unigrams and bigrams of the words of the lower-cased normalised headline and lead, plus the
title's words again (prefixed "t_"), weighted by TF-IDF (sublinear tf, smoothed idf, L2-normalised), and a
multinomial logistic regression. `features` is the one analyzer training (`typemodel_train`) and
inference share, so the two see the same terms by construction. The weights ship as `typemodel.json`;
same text, same probabilities (terms are summed in their order of first appearance).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from streams.classify.engine import HERE

# Next to this module's source: found through `engine` (never compiled), as a compiled module's __file__ is
# not its source's.
MODEL_FILE = HERE / "typemodel.json"
# The model overrides the rules' type when it gives that type less than this probability ...
OVERRIDE_BELOW = 0.08
# ... and is consulted only where the rules' confidence is under this: out of fold, every override fell
# there (rules confidence 0.74 at most), and the model's time is spent on about a third of the items.
CONSULT_BELOW = 0.75

_TOKEN = re.compile(r"\w+")


# The model reads the headline and the lead: what an item reports is said there; later paragraphs are
# background (and reading them costs time on long items). 700, 1,000 and all characters scored alike out
# of fold (0.824, 0.824, 0.825).
LEAD = 1000


def features(low: str, title_end: int) -> list[str]:
    """The model's terms of a lower-cased text whose title ends at `title_end`: the words of its first
    `LEAD` characters, the title's words again with a "t_" prefix (a word weighs more in a headline), and
    the pairs of adjacent words of that sequence."""
    words = _TOKEN.findall(low, 0, LEAD)
    words += ["t_" + w for w in _TOKEN.findall(low, 0, min(title_end, LEAD))]
    return words + [a + " " + b for a, b in pairwise(words)]


class TypeModel:
    """The weights by term (`features`' spelling), and for each word the words that follow it in a known
    pair: a text's pairs are looked up without building a string for each."""

    def __init__(
        self,
        classes: tuple[str, str, str, str],
        intercept: tuple[float, float, float, float],
        rows: dict[str, tuple[float, ...]],  # term -> (idf, weight of each class)
    ) -> None:
        self.classes = classes
        self.intercept = intercept
        self.rows = rows
        follows: dict[str, set[str]] = {}
        for term in rows:
            first, _, second = term.partition(" ")
            if second:
                follows.setdefault(first, set()).add(second)
        self.follows = {w: frozenset(after) for w, after in follows.items()}

    def counts(self, low: str, title_end: int) -> dict[str, int]:
        """How often each known term occurs in the text (the terms `features` lists, counted)."""
        words = _TOKEN.findall(low, 0, LEAD)
        words += ["t_" + w for w in _TOKEN.findall(low, 0, min(title_end, LEAD))]
        rows, follows = self.rows, self.follows
        found: dict[str, int] = {}
        prev = ""
        for w in words:
            if w in rows:
                found[w] = found.get(w, 0) + 1
            after = follows.get(prev)
            if after is not None and w in after:
                term = prev + " " + w
                found[term] = found.get(term, 0) + 1
            prev = w
        return found

    def probabilities(self, low: str, title_end: int) -> dict[str, float]:
        """The probability of each class: TF-IDF (sublinear tf, L2 norm) times the weights, softmax."""
        a0 = a1 = a2 = a3 = 0.0
        norm = 0.0
        rows = self.rows
        for term, n in self.counts(low, title_end).items():
            row = rows[term]
            x = row[0] if n == 1 else (1.0 + math.log(n)) * row[0]
            norm += x * x
            a0 += row[1] * x
            a1 += row[2] * x
            a2 += row[3] * x
            a3 += row[4] * x
        norm = math.sqrt(norm) or 1.0
        b = self.intercept
        logits = (b[0] + a0 / norm, b[1] + a1 / norm, b[2] + a2 / norm, b[3] + a3 / norm)
        top = max(logits)
        exps = [math.exp(v - top) for v in logits]
        total = exps[0] + exps[1] + exps[2] + exps[3]
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def reasons(self, low: str, title_end: int, label: str, n: int = 3) -> list[str]:
        """The terms that pushed the text most towards `label`, strongest first."""
        k = 1 + self.classes.index(label)
        pull: dict[str, float] = {}
        for term, count in self.counts(low, title_end).items():
            row = self.rows[term]
            pull[term] = row[k] * (row[0] if count == 1 else (1.0 + math.log(count)) * row[0])
        ranked = sorted(pull, key=lambda t: (-pull[t], t))
        return [t for t in ranked[:n] if pull[t] > 0]


def from_json(data: dict[str, object]) -> TypeModel:
    classes = tuple(str(c) for c in data["classes"])  # type: ignore[attr-defined]
    intercept = tuple(float(v) for v in data["intercept"])  # type: ignore[attr-defined]
    if len(classes) != 4 or len(intercept) != 4:
        raise ValueError(f"{MODEL_FILE.name}: the model has four classes, one intercept each")
    rows: dict[str, tuple[float, ...]] = {}
    for term, values in data["terms"].items():  # type: ignore[attr-defined]
        if len(values) != 5:
            raise ValueError(f"{MODEL_FILE.name}: term {term!r} needs an idf and one weight per class")
        rows[str(term)] = tuple(float(v) for v in values)
    return TypeModel(
        (classes[0], classes[1], classes[2], classes[3]),
        (intercept[0], intercept[1], intercept[2], intercept[3]),
        rows,
    )


def load(path: Path = MODEL_FILE) -> TypeModel:
    with path.open(encoding="utf-8") as fh:
        return from_json(json.load(fh))


_LOADED: list[TypeModel] = []


def model() -> TypeModel:
    """The shipped model, read once (lazily: the trainer imports `features` before a model exists)."""
    if not _LOADED:
        _LOADED.append(load())
    return _LOADED[0]


@dataclass(frozen=True, slots=True)
class Override:
    primary: str
    probability: float  # the model's, of its own answer
    rules_probability: float  # the model's, of the rules' answer
    reasons: tuple[str, ...]


def second_opinion(low: str, title_end: int, rules_primary: str) -> Override | None:
    """The model's type where it all but rules out the rules' one (see the module doc), else None."""
    m = model()
    probs = m.probabilities(low, title_end)
    best = max(m.classes, key=lambda c: (probs[c], c))
    mine = probs.get(rules_primary, 0.0)
    if best == rules_primary or best == "none" or mine >= OVERRIDE_BELOW:
        return None  # never to "none": out of fold that overturned right answers and mended none
    return Override(best, probs[best], mine, tuple(m.reasons(low, title_end, best)))
