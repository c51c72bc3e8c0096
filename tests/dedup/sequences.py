"""Seeded random candidate sequences that exercise every branch of `decide`, and a digest of what it did.

Sightings are drawn from a pool of underlying real-world events (with the noise outlets add: other
currencies, rounded or more precise figures, caps, per-day rates, missing facts, other languages), plus
appeals, follow-ups, redeliveries and edits. The digest covers everything observable: each message, each
outcome event, and the whole case state in a form that does not depend on how fingerprints are stored.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable, Iterable
from datetime import date, timedelta

from streams.dedup import Outcome
from streams.ids import case_key, item_id
from streams.records import AmountMention, Candidate, CaseState, Money

_COMPANIES = ["Acme", "Globex", "Initech", "Umbrella"]
_AUTHORITIES = ["dpc", "cnil", "garante", None]
_JURISDICTIONS = {"dpc": "IE", "cnil": "FR", "garante": "IT"}
_COURTS = ["high-court", "conseil-etat", None]
_OUTLETS = [("Reuters", "news"), ("Le Monde", "news"), ("Der Spiegel", "news"), ("DPC", "regulator"),
            ("CNIL", "regulator"), ("Cour", "court"), ("NOYB", "ngo"), ("Wire", "news"), ("Blog", "news")]
_WORDS = {
    "en": [
        "regulator", "fines", "company", "million", "euros", "over", "privacy", "breach", "children",
        "data", "transfers", "cookies", "consent", "appeal", "court", "ruling", "order", "penalty", "daily",
        "tracking", "users", "security", "decision",
    ],
    "fr": [
        "la", "cnil", "sanctionne", "amende", "millions", "euros", "pour", "violation", "données",
        "personnelles", "enfants", "décision", "cour", "appel", "astreinte", "société", "consentement",
        "traçage", "sécurité",
    ],
    "de": [
        "datenschutz", "behörde", "verhängt", "bußgeld", "millionen", "euro", "wegen", "verstoß", "gegen",
        "daten", "kinder", "gericht", "urteil", "berufung", "zwangsgeld", "unternehmen", "einwilligung",
    ],
}
_CURRENCY = [("EUR", 1.0), ("USD", 1.1), ("GBP", 0.87)]


def _day(base: date, offset: int) -> str:
    return (base + timedelta(days=offset)).isoformat()


def _rounded(value: int, rng: random.Random) -> str:
    """How an outlet states a figure: exact, rounded to 2-3 significant digits, or with cents."""
    style = rng.random()
    if style < 0.5:
        return str(value)
    if style < 0.8:
        digits = len(str(value))
        keep = rng.choice((2, 3))
        unit = 10 ** max(0, digits - keep)
        return str(round(value / unit) * unit)
    return f"{value}.{rng.randrange(100):02d}"


def _text(rng: random.Random, language: str, anchor: list[str]) -> str:
    words = _WORDS[language]
    body = anchor + [rng.choice(words) for _ in range(rng.randrange(0, 40))]
    return " ".join(body)


def _event_pool(rng: random.Random, n: int) -> list[dict]:
    base = date(2016, 1, 1)
    pool = []
    for k in range(n):
        authority = rng.choice(_AUTHORITIES)
        primary = rng.choice(("fine", "fine", "ruling", "appeal"))
        pool.append({
            "k": k,
            "company": rng.choice(_COMPANIES),
            "authority": authority,
            "jurisdiction": _JURISDICTIONS.get(authority or "", rng.choice(("IE", "FR", None))),
            "court": rng.choice(_COURTS) if primary in ("appeal", "ruling") else None,
            "primary": primary,
            "amount": (rng.choice((0, 1)) and rng.randrange(1, 900) * 10 ** rng.randrange(3, 7))
            or rng.randrange(1_000, 900_000_000),
            "periodic": "day" if rng.random() < 0.1 else None,
            "day": rng.randrange(0, 9 * 365),
            "anchor": [rng.choice(_WORDS["en"]) for _ in range(rng.randrange(2, 12))],
            "base": base,
        })
    return pool


def _sighting(rng: random.Random, ev: dict, n: int, pool: list[dict]) -> Candidate:
    outlet, kind = rng.choice(_OUTLETS)
    language = rng.choice(("en", "en", "fr", "de", None))
    currency, rate = rng.choice(_CURRENCY) if rng.random() < 0.3 else _CURRENCY[0]
    value = int(ev["amount"] * rate)
    amount = None if rng.random() < 0.15 else Money(amount=_rounded(value, rng), currency=currency)
    converted = amount is not None and currency != "EUR" and rng.random() < 0.5
    amount_eur = str(ev["amount"]) if converted else None
    cap = rng.random() < 0.07
    other: list[AmountMention] = []
    if rng.random() < 0.2:
        note = rng.choice(("conversion", "cap", "background", "component", "headline", "statutory_maximum"))
        ref = rng.choice(pool) if note == "background" else ev
        other.append(AmountMention(amount=str(ref["amount"]), currency="EUR", note=note))
    published = ev["day"] + rng.choice((0, 0, 1, 2, 5, 20, 40, 90, 200))
    decision = _day(ev["base"], ev["day"] + rng.choice((0, 0, -1, 3, 15, 40, 70))) if rng.random() < 0.6 \
        else None
    primary = ev["primary"] if rng.random() < 0.93 else rng.choice(("fine", "ruling", "appeal", "none"))
    lang = language or "en"
    title = None if rng.random() < 0.2 else " ".join(ev["anchor"][:6] + [rng.choice(_WORDS[lang])
                                                                        for _ in range(rng.randrange(0, 6))])
    authority = ev["authority"] if rng.random() < 0.85 else rng.choice(_AUTHORITIES)
    jurisdiction = ev["jurisdiction"] if rng.random() < 0.8 else rng.choice(("IE", "FR", "IT", None))
    court = ev["court"] if rng.random() < 0.8 else rng.choice(_COURTS)
    types = sorted({primary} | ({"fine"} if amount is not None and rng.random() < 0.3 else set()))
    return Candidate(
        item_id=item_id("feed-" + outlet, f"s{n}"),
        case_key=case_key([ev["company"]], authority),
        feed_id="feed-" + outlet,
        source=outlet,
        source_kind=kind,
        url=None if rng.random() < 0.2 else f"https://example.org/{n}",
        title=title,
        text=_text(rng, lang, ev["anchor"]) if rng.random() < 0.9 else "",
        first_seen=_day(ev["base"], published) + "T08:00:00Z",
        classifier_version="seq",
        primary=primary,
        types=types,
        confidence=0.9,
        evidence=[],
        published=None if rng.random() < 0.05 else _day(ev["base"], published),
        language=language,
        authority_id=authority,
        authority_name=authority,
        court_id=court if primary in ("appeal", "ruling") or rng.random() < 0.1 else None,
        court_name=court,
        companies=[ev["company"]] + (["Other"] if rng.random() < 0.1 else []),
        jurisdiction=jurisdiction,
        amount=amount,
        periodic=ev["periodic"] if rng.random() < 0.9 else None,
        cap=cap,
        amount_eur=amount_eur,
        other_amounts=other,
        decision_date=decision,
        backfill=rng.random() < 0.15,
        revision=0,
    )


def candidates(seed: int, count: int, events: int = 120) -> list[Candidate]:
    """`count` candidates: sightings of `events` underlying events, with redeliveries and edits."""
    rng = random.Random(seed)
    pool = _event_pool(rng, events)
    out: list[Candidate] = []
    for n in range(count):
        if out and rng.random() < 0.06:
            again = rng.choice(out)
            if rng.random() < 0.5:  # an edit in place: new revision, maybe another figure
                data = again.asdict()
                data["revision"] = again.revision + 1
                if again.amount is not None:
                    data["amount"] = Money(amount=str(int(float(again.amount.amount) * rng.choice((1, 1.2)))),
                                           currency=again.amount.currency)
                again = Candidate(**data)
            out.append(again)
            continue
        out.append(_sighting(rng, rng.choice(pool), n, pool))
    return out


def observable(outcome: Outcome, fingerprint: Callable[[CaseState, str], list[int] | None]) -> str:
    """Everything a caller can see of one outcome, as canonical JSON."""
    case = outcome.case
    view = {
        "message": json.loads(outcome.message.dumps()) if outcome.message else None,
        "event": json.loads(outcome.event.dumps()) if outcome.event else None,
        "case": {
            "case_key": case.case_key,
            "updated_at": case.updated_at,
            "clock": case.clock,
            "events": [json.loads(e.dumps()) for e in case.events],
            "revisions": dict(case.revisions),
            "published": dict(case.published),
            "fingerprints": {e.event_id: fingerprint(case, e.event_id) for e in case.events},
        },
    }
    return json.dumps(view, sort_keys=True)


def digest(lines: Iterable[str]) -> str:
    h = hashlib.sha256()
    for line in lines:
        h.update(line.encode())
        h.update(b"\n")
    return h.hexdigest()
