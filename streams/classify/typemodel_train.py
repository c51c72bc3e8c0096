"""`python -m streams.classify.typemodel_train [CORPUS.jsonl ...]`: train the type model, write its weights.

Trains on the labelled corpora (default: `../shared/corpus/dev.jsonl` when present and every
`tests/fixtures/probe*.jsonl`), with scikit-learn (in the dev extras; the worker never imports it), and
writes `streams/classify/typemodel.json`. `--folds` instead prints, for each corpus, the macro F1 of a
model trained on all the others (leave one corpus out), and `--out-of-fold PATH` writes those held-out
probabilities per item, which is how the override threshold was chosen (`typemodel.OVERRIDE_BELOW`).

Deterministic: the same corpora give the same weights (lbfgs from zeros; terms sorted).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from streams.classify.text import document
from streams.classify.typemodel import MODEL_FILE, features

ROOT = Path(__file__).resolve().parent.parent.parent
CLASSES = ("appeal", "fine", "none", "ruling")
C = 5.0  # inverse regularisation (2, 5 and 10 scored within 0.01 of each other out of fold)
MIN_DF = 5  # a term of a few items is theirs, not a way of writing (2, 3, 5: 0.811, 0.822, 0.825 out of fold)


def default_corpora() -> list[Path]:
    dev = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
    return ([dev] if dev.exists() else []) + sorted((ROOT / "tests" / "fixtures").glob("probe*.jsonl"))


Row = tuple[str, int, str, str]  # (lower-cased text, title end, primary, id)


def rows(path: Path) -> list[Row]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            item = json.loads(line)
            primary = (item.get("labels") or {}).get("primary")
            if primary not in CLASSES:
                continue
            doc = document(item.get("title"), item.get("summary") or "")
            out.append((doc.low, doc.title_end, primary, item["id"]))
    return out


def _analyzer(row: Row) -> list[str]:
    return features(row[0], row[1])


def fit(train: Sequence[Row]) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    vectorizer = TfidfVectorizer(analyzer=_analyzer, min_df=MIN_DF, sublinear_tf=True)
    classifier = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    pipeline = make_pipeline(vectorizer, classifier)
    pipeline.fit(list(train), [r[2] for r in train])
    return pipeline


def export(pipeline: Any) -> dict[str, Any]:
    vectorizer, classifier = pipeline[0], pipeline[1]
    classes = [str(c) for c in classifier.classes_]
    terms = {}
    for term, j in sorted(vectorizer.vocabulary_.items()):
        terms[term] = [round(float(vectorizer.idf_[j]), 6)] + [
            round(float(classifier.coef_[k][j]), 6) for k in range(len(classes))
        ]
    return {
        "classes": classes,
        "intercept": [round(float(v), 6) for v in classifier.intercept_],
        "terms": terms,
    }


def folds(corpora: Sequence[Path], out_of_fold: Path | None) -> None:
    from sklearn.metrics import f1_score

    data = {p: rows(p) for p in corpora}
    held: dict[str, dict[str, float]] = {}
    for p in corpora:
        model = fit([r for q in corpora if q != p for r in data[q]])
        test = data[p]
        probs = model.predict_proba(test)
        pred = [model.classes_[int(row.argmax())] for row in probs]
        score = f1_score([r[2] for r in test], pred, labels=list(CLASSES), average="macro", zero_division=0)
        print(f"{p.name}\t{len(test)} items\tmacro F1 {score:.3f}", flush=True)
        for r, row in zip(test, probs, strict=True):
            held[f"{p.stem}|{r[3]}"] = {str(c): float(v) for c, v in zip(model.classes_, row, strict=True)}
    if out_of_fold is not None:
        out_of_fold.write_text(json.dumps(held, sort_keys=True), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    out_of_fold = None
    if "--out-of-fold" in args:
        i = args.index("--out-of-fold")
        out_of_fold = Path(args[i + 1])
        del args[i : i + 2]
        args.append("--folds")
    do_folds = "--folds" in args
    paths = [Path(a) for a in args if a != "--folds"] or default_corpora()
    if not paths:
        print("no labelled corpora: pass CORPUS.jsonl paths", file=sys.stderr)
        return 2
    if do_folds:
        folds(paths, out_of_fold)
        return 0
    train = [r for p in paths for r in rows(p)]
    model = export(fit(train))
    text = json.dumps(model, ensure_ascii=False, separators=(",", ":"))
    MODEL_FILE.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {MODEL_FILE.name}: {len(model['terms'])} terms, {len(train)} items, {len(paths)} corpora")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
