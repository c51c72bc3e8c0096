"""Terminal table of the scores returned by `run_eval`."""

from __future__ import annotations

from typing import Any

_ORDER = (
    "type_macro_f1",
    "types_multilabel_f1",
    "none_false_alert_rate",
    "amount_currency_accuracy",
    "periodic_accuracy",
    "company_accuracy",
    "jurisdiction_accuracy",
    "regulator_accuracy",
    "court_accuracy",
    "dedup_bcubed_precision",
    "dedup_bcubed_recall",
    "dedup_bcubed_f1",
    "appeal_link_accuracy",
    "false_link_rate",
)


def _fmt(v: Any) -> str:
    if v is None:
        return "n/a"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def format_report(scores: dict[str, Any]) -> str:
    lines = [f"items: {scores.get('items', 0)}"]
    if len(scores) <= 1:
        lines.append("(no labels: predictions written, nothing scored)")
        return "\n".join(lines)
    width = max(len(k) for k in _ORDER)
    lines.append(f"{'metric'.ljust(width)}  value")
    lines.append("-" * (width + 8))
    for key in _ORDER:
        if key in scores:
            lines.append(f"{key.ljust(width)}  {_fmt(scores[key])}")
    per = scores.get("type_per_class") or {}
    if per:
        lines.append("")
        lines.append(f"{'class'.ljust(8)}  precision  recall  f1")
        for cls, v in per.items():
            lines.append(f"{cls.ljust(8)}  {v['precision']:9.3f}  {v['recall']:6.3f}  {v['f1']:.3f}")
    return "\n".join(lines)
