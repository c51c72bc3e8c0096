"""Deterministic identifiers: replaying or reprocessing the same input yields the same ids."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache


def _digest(*parts: str, length: int = 20) -> str:
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8"))
    return h.hexdigest()[:length]


def item_id(feed_id: str, identity: str) -> str:
    """Id of one feed item; `identity` is its GUID, else canonical link, else title and date."""
    return "itm_" + _digest("item", feed_id, identity)


def event_id(first_item_id: str) -> str:
    """Id of a real-world event, derived from the item that first reported it.

    Items are processed in order per case key, so the same history always elects the same first item.
    """
    return "evt_" + _digest("event", first_item_id)


def slug(text: str) -> str:
    """Lower-case ASCII slug: 'Clearview AI' -> 'clearview-ai'."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def case_key(companies: list[str] | tuple[str, ...], authority_id: str | None) -> str:
    """Partition key of a candidate: every item that could be the same event shares it.

    The company is the most stable fact across outlets and languages; an appeal names the same company
    as the decision it challenges, so both land in one partition. Without a company, the authority.
    """
    if companies:
        return "co:" + _company_stem(slug(sorted(companies, key=str.lower)[0]))
    if authority_id:
        return "au:" + authority_id
    return "unknown"


# Words that outlets add to or drop from a company's name ("Ripple" / "Ripple Labs", "Flynn" / "Flynn
# Pharma", "Clearview" / "Clearview AI", "Acme Holdings Inc"): the case key leaves them out, so both spellings
# of one company share a partition. Matching inside it still tells events apart.
_NAME_TAIL_WORDS = frozenset(
    (
        *("labs", "lab", "group", "groupe", "gruppe", "holding", "holdings", "inc", "corp", "corporation"),
        *("company", "co", "plc", "ltd", "limited", "llc", "sa", "ag", "se", "nv", "bv", "spa", "gmbh", "ab"),
        *("asa", "as", "platforms", "technologies", "technology", "international", "ai", "pharma"),
        "pharmaceuticals",
        *("kommune", "kommun"),  # "Oslo kommune" / "Oslo"
    )
)


# A company's former name shares its case: "Twitter's appeal" and "X, formerly Twitter" are one company's
# reports, whichever name the company label keeps (streams/classify/companies.py).
_SAME_CASE = {"twitter": "x"}


def _company_stem(name_slug: str) -> str:
    words = name_slug.split("-")
    while len(words) > 1 and words[-1] in _NAME_TAIL_WORDS:
        words.pop()
    if len(words) > 1 and words[0] in _NAME_HEAD_WORDS:
        words.pop(0)  # "Gemeente Enschede" / "Enschede": the municipality either way
        if len(words) > 1 and words[0] in ("di", "de", "of", "van", "du", "der"):
            words.pop(0)  # "Comune di Roma"
    stem = "-".join(words)
    return _SAME_CASE.get(stem, stem)


# Words before a public body's name that outlets write or drop ("Gemeente Enschede", "Comune di Roma").
_NAME_HEAD_WORDS = frozenset(("gemeente", "municipality", "comune", "stadt", "ville", "kommune"))


@lru_cache(maxsize=4096)
def lead_name_word(name: str) -> str | None:
    """The first distinctive word of a company's name (see `name_words`), where names put their brand:
    "otto" of "Otto Fuchs", "fiat" of "Fiat Chrysler", "santander" of "Banco Santander"."""
    words = re.split(r"[-\s]+", _company_stem(slug(name)))
    return next((w for w in words if w in name_words(name)), None)


@lru_cache(maxsize=4096)
def name_words(name: str) -> frozenset[str]:
    """The distinctive words of a company's name, to tell whether two names may be one company written two
    ways ("Otto Fuchs" / "Alu-Schmiede Otto Fuchs", "Capio St Göran" / "Capio-sykehus", "Fiat" / "Fiat
    Chrysler"): the case key's stem, split at hyphens too, without words of fewer than three letters and
    words that many unrelated names hold ("bank", "national", "media")."""
    words = re.split(r"[-\s]+", _company_stem(slug(name)))
    return frozenset(w for w in words if len(w) >= 3 and w not in _COMMON_NAME_WORDS and not w.isdigit())


_COMMON_NAME_WORDS = _NAME_TAIL_WORDS | _NAME_HEAD_WORDS | frozenset(
    (
        *("the", "and", "der", "die", "das", "des", "les", "del", "della", "van", "von", "och", "und", "für"),
        *("bank", "banque", "banca", "banco", "national", "nationale", "public", "state", "federal", "royal"),
        *("media", "telecom", "energy", "insurance", "services", "service", "airlines", "airways", "systems"),
        *("health", "hospital", "university", "centre", "center", "city", "council", "department"),
        *("ministry", "government", "retail", "finance", "financial", "capital", "partners", "solutions"),
        *("global", "europe", "digital", "ireland", "deutsche", "deutscher", "british", "united", "general"),
        *("american", "france", "french", "italia", "italiana", "espana", "nederland", "norge", "sverige"),
        *("danmark", "suisse", "schweiz", "societe", "credit", "air", "stadtwerke", "caixa", "industries"),
        *("mobile", "network", "networks", "online", "energie", "energia", "post", "transport", "foundation"),
    )
)


def alert_key(event_id_: str, subscription: str, revision: int) -> str:
    """Ledger key of one alert: one event revision to one subscription is sent at most once."""
    return f"{event_id_}|{subscription}|{revision}"
