"""classify + extract: one item's text in, an `Analysis` out. Pure, deterministic, never raises (a rule
that fails logs its traceback and gives "none" with the error in the evidence).

Order: normalise, detect language, find keyword hits, authorities, companies and amounts once; decide
which sentences are background (earlier events, other companies); type the event; pick the authority,
court, company, amount and date of *this* event.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from streams.classify import anchored, authorities, companies, countries, dates, money, targets, types
from streams.classify.analysis import CLASSIFIER_VERSION, Analysis, year_hits
from streams.classify.language import detect, normalise_code
from streams.classify.scan import Scanner
from streams.classify.text import Document, document, snippet, trie_pattern

_LOG = logging.getLogger(__name__)


def _empty(language: str, confidence: float = 0.5, evidence: tuple[str, ...] = ()) -> Analysis:
    return Analysis(
        language=language,
        primary="none",
        types=("none",),
        confidence=confidence,
        evidence=evidence,
        authority_id=None,
        authority_name=None,
        court_id=None,
        court_name=None,
        companies=(),
        jurisdiction=None,
        amount=None,
        currency=None,
        periodic=None,
        cap=False,
        amount_eur=None,
        other_amounts=(),
        decision_date=None,
        classifier_version=CLASSIFIER_VERSION,
    )


def analyse(
    title: object,
    summary: object,
    *,
    language: object = None,
    published: object = None,
    source: object = None,
    source_kind: object = None,
    feed_jurisdiction: object = None,
) -> Analysis:
    """Classify and extract one item. Same input, same output; garbage gives primary "none".

    The parameters are `object`: a hand-made or hostile item may hold anything, and the compiled build
    checks annotated types at the call (see `engine`); what is not a string counts as absent."""
    lang_in = language if isinstance(language, str) else None
    try:
        return _analyse(
            title if isinstance(title, str) else None,
            summary if isinstance(summary, str) else "",
            lang_in,
            published if isinstance(published, str) else None,
            source_kind if isinstance(source_kind, str) else None,
            _valid_jurisdiction(feed_jurisdiction),
        )
    except Exception as exc:
        # A rule's bug must neither stop the stream nor hide: the item goes on as "none", its record says
        # why, and the log carries the traceback (with the headline, to reproduce it by `streams eval`).
        _LOG.exception(
            "classifier %s failed on an item (title %r); it is kept as 'none'",
            CLASSIFIER_VERSION,
            title[:120] if isinstance(title, str) else None,
        )
        error = f"classifier error: {type(exc).__name__}"
        return _empty(normalise_code(lang_in) or "en", confidence=0.0, evidence=(error,))


def _weight(doc: Document, sentence: int) -> float:
    if doc.title_end:
        if sentence == 0:
            return 3.0
        rank = sentence - 1
    else:
        rank = sentence
    if rank == 0:
        return 2.0
    if rank <= 2:
        return 1.2
    return 0.8


_JURISDICTION = re.compile(r"[A-Z]{2}")


_STATUTE_SUBJECTS = (
    *("the law ", "the act ", "the regulation ", "the new rules ", "the rules ", "the text "),
    *("la loi ", "le règlement ", "le texte ", "das gesetz ", "die verordnung ", "der text "),
    *("de wet ", "de verordening ", "de tekst ", "la legge ", "il regolamento ", "il testo "),
    *("la ley ", "el reglamento ", "el texto ", "loven ", "forordningen ", "regelverket ", "lovverket "),
    *("the legislation ", "la législation ", "die gesetzgebung ", "de wetgeving ", "la normativa "),
    *("le code ", "the code ", "il codice ", "el código "),
)
_SETTLEMENT = re.compile(r"\s+(?:\w+\s+){0,2}?(?:order|settlement|consent|stipulated|judgment)")
# "prohibits the proposed joint venture": the deal proposed, the decision on it taken.
_PROPOSED_DEAL = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:joint venture|merger|acquisition|takeover|deal|transaction|combination|"
    r"purchase)"
)
_OPINION_TITLE = re.compile(
    r"\s*(?:opinion|op-ed|editorial|comment|column|analysis|analyse|analisi|análisis|kronikk|kommentar|leder|"
    r"gastbeitrag|gastkommentar|meinung|tribune|tribune libre|point de vue|éditorial|l'opinione|opinione|"
    r"commento|editoriale|opinión|tribuna|columna|opinie|commentaar|debatt|debat)(?:\s*[:|]|\s+[-–]|\.\s)"
)
# ... and the label of a feature opening an item's summary under a plain headline (a company's portrait).
_FEATURE_LEAD = re.compile(
    r"\s*(?:portrait|profile|porträt|portret|ritratto|perfil|portrett|opinion|analysis|analyse|kommentar|"
    r"commentaire|commento|debatt|debat|kronikk|leserbrev|tribune|gastbeitrag|op-ed|opinie|opinión)"
    r"\s*(?:[.:|]|\s[-–])"
)
# What enforcement feeds also carry besides decisions: events, job adverts, weekly roundups (not dpa's
# "ROUNDUP:", one story updated; nor a "Newsletter-Einwilligung", what a fine is about)
# ("Webinar: What the €310m LinkedIn fine means", "Vacancy: Senior Investigations Officer", "Frokostseminar:
# Hva lærer vi av Grindr-saken?", "Datenschutz-Wochenrückblick KW 46/2020", "Antitrust Weekly — 8 March").
_NOTICE_TITLE = re.compile(
    r"\b(?:webinar|webinars|webinaire|seminar|frokostseminar|séminaire|seminario|masterclass|linkedin live|"
    r"fireside chat|"
    r"vacancy|vacancies|job opening|we are hiring|stellenangebot|stellenausschreibung|vacature|"
    r"offre d'emploi|offerta di lavoro|oferta de empleo|ledig stilling|"
    r"weekly|week in review|this week in|wochenrückblick|wochenüberblick|weekoverzicht|resumen semanal|"
    r"rassegna settimanale|revue de presse|ukesoppsummering)\b"
)
# "abused its position since 2019", "between June 2016 and December 2020": the years of the conduct a
# decision is about date no earlier event.
_PERIOD_BEFORE = re.compile(
    # ("en sak fra 2022", "vedtaket fra 2021": a case or decision of that year, no period)
    r"\b(?:since|desde|depuis|seit|sinds|dal|(?<!sak )(?<!saken )(?<!vedtak )(?<!vedtaket )(?<!dommen )fra|"
    r"siden|between|entre|tra il|tussen|mellom)\s"
    r"(?:[^\s.;]+\s){0,4}?(?:(?:19|20)\d\d\s(?:and|to|until|bis|und|et|à|au|y|hasta|en|tot|til|og|e|al)\s"
    r"(?:[^\s.;]+\s){0,2}?)?$"
)
# A year that opens a period ("collected from June 2022 until the end of the relevant period", "von 2019 bis
# 2021", "du 1er janvier 2020 au"): the conduct's time, no earlier event.
_FROM_BEFORE = re.compile(r"\b(?:from|von|du|dal|desde|van|fra)\s(?:[^\s.;]+\s){0,2}$")
_FROM_UNTIL = re.compile(r"\s*(?:until|till|through|to the end|bis|jusqu'|au |al |tot |til |fino a|hasta)")
# A status held since that year is the earlier decision that gave it: "Amazon ist seit Juli 2022 als
# Unternehmen mit überragender marktübergreifender Bedeutung ... eingestuft", "designated as a gatekeeper
# since September 2023".
_DESIGNATED_AFTER = re.compile(
    r"\b(?:eingestuft|designated|benannt|désignée?s?|designat[oaie]|designad[oa]s?|aangewezen|utpekt)\b"
)
# "the 2018 data breach", "Datenleck von 2018", "la brecha de 2018": the year of the incident a decision
# is about dates no earlier event either.
_INCIDENT_WORDS = (  # matched as substrings: "hack" covers "hackerangriff", "panne" "datenpanne"
    *("breach", "leak", "hack", "attack", "incident", "outage", "datenleck", "panne", "sicherheitslücke"),
    *("cyberangriff", "fuite", "piratage", "cyberattaque", "brecha", "filtración", "ciberataque"),
    *("violazione", "attacco", "fuga di dati", "datalek", "dataangrep", "innbrudd", "lekkasje", "angrep"),
    *("angreb", "ransomware", "løsepengevirus", "gijzelsoftware", "rançongiciel", "cyberaanval"),
    # The inspection the decision punishes obstruction of: "broke a seal during a search in May 2006"
    *("durchsuchung", "nachprüfung", "dawn raid", "perquisition", "ispezion", "inspección", "inspectie"),
    # Outside data protection: the failure, accident or spill a sector regulator's decision is about.
    *("meltdown", "collapse", "disruption", "blowout", "explosion", "spill", "derailment", "blackout"),
    *("störung", "ausfall", "unfall", "explosion", "accident", "effondrement", "incidente", "guasto"),
    *("colapso", "apagón", "accidente", "vertido", "sversamento", "storing", "ongeluk"),
    # a travel chaos and its cancellations: "por el caos de vuelos de la Navidad de 2022"
    *("chaos", "caos", "kaos", "cancel", "annulation", "annulering", "kansellering", "stornier"),
    # Market abuse: the trades and the share issue a supervisor's decision is about ("per le vendite allo
    # scoperto sull'aumento del 2022")
    *("allo scoperto", "short sell", "short-sell", "leerverk", "ventes à découvert", "ventas en corto"),
    *("aumento di capitale", "capital increase", "kapitalerhöhung", "augmentation de capital"),
    *("ampliación de capital", "kapitalforhøyelse", "kapitaalverhoging", "emisjon"),
    # The investigation the decision closes, opened years before: "para cerrar la investigación abierta en
    # 2012" (another year of the sentence still dates it as history)
    *("investigación abierta", "investigation opened", "opened in", "ouverte en", "avviata nel"),
    *("aperta nel", "eingeleitet", "geopend in", "åpnet i"),
    # the census or the election whose data the decision is about: "over Census 2021 data"
    *("census", "recensement", "censimento", "censo", "volkszählung", "zensus", "volkstelling"),
    *("folketelling", "election", "élection", "elezion", "eleccion", "elección", "verkiezing"),
)


# A request for an order, before the order's word: "is seeking a permanent injunction", "asks the court for
# an injunction", "beantragt eine einstweilige Verfügung", "demande une injonction".
_SOUGHT_BEFORE = re.compile(
    r"\b(?:seeking|seeks|sought|to seek|asks? (?:the court )?for|asking (?:the court )?for|requests?|"
    r"requested|requesting|applied for|applies for|beantragt|beantragte|demande|demandé|réclame|chiede|"
    r"chiesto|solicita|solicitado|pide|vraagt|verzoekt|ber om|krever)\s+"
    r"(?:an?\s+|the\s+|une?\s+|eine?n?\s+|un[ao]?\s+|een\s+|la\s+|le\s+|l'|il\s+|el\s+)?"
    # (one word between, or a list: "is seeking declarations, penalties, publication orders")
    r"(?:[\w-]+\s+|(?:[\w-]+,\s+){1,4}(?:[\w-]+\s+)?)?$"
)


# Commitments whose breach a decision punishes, just before their year: "sanctionne Google ... pour
# non-respect de certains de ses engagements pris en juin 2022", "for breaching commitments it gave in
# 2019". The year dates the promise broken, which belongs to this decision, not an earlier event.
_BROKEN_COMMITMENTS = re.compile(
    r"(?:non-respect|ne pas avoir respecté|pas respecté|manquement|breach|breaching|breached|"
    r"failure to comply|failing to comply|failed to comply|violat\w*|nichteinhaltung|verstoß|verstoßen|"
    r"verstieß|nicht eingehalten|"
    r"mancato rispetto|inosservanza|non aver rispettato|incumplimiento|incumplir|no haber cumplido|"
    r"niet-naleving|niet nakomen|niet nageleefd|brudd på|brutt)\b[^.;]{0,60}?\b(?:engagements|commitments|"
    r"undertakings|zusagen|verpflichtungszusagen|impegni|compromisos|toezeggingen|forpliktelsene|"
    r"forpliktelser)\b[^.;]{0,80}$"
)


def _broken_commitments_year(doc: Document, pos: int, hits: list[tuple[int, int, str, str]]) -> bool:
    """The year at `pos` dates the commitments a decision punishes the breach of (`_BROKEN_COMMITMENTS`),
    with no decision's word between them ("engagements rendus obligatoires par la décision ... de 2022" tells
    that earlier decision)."""
    m = _BROKEN_COMMITMENTS.search(doc.low, doc.sentence_span(doc.sentence_of(pos))[0], pos)
    return m is not None and not any(
        m.start() < h_s < pos and kind in _DECISION_KINDS for h_s, _h_e, _w, kind in hits
    )


# Consumer and privacy groups, whose complaints and suits a headline with no decision tells.
_GROUP_SUBJECT = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(map(re.escape, targets.COMPLAINANT_GROUPS))
    + r"|which\?|foodwatch|bits of freedom|datenschutzorganisation|verbraucherschützer|consumer groups?|"
    r"consumer organi[sz]ations?|"
    r"forbrukerorganisasjon\w*|privacy groups?|privacy campaigners?|rights groups?|"
    r"associations? de consommateurs|associazioni? dei consumatori|asociaci[oó]n(?:es)? de consumidores|"
    r"consumentenorganisaties?)(?![\w-])"
)


# Sports governing bodies, whose fines on clubs and players are their own discipline.
_SPORTS_BODY = re.compile(
    r"(?<![\w-])(?:uefa|fifa|premier league|english football league|laliga|la liga|lega serie a|dfl|dfb|"
    r"ligue de football professionnel|lfp|fia|ioc|wada|atp|wta|nba|nfl|nhl|mlb|uci|world athletics)(?![\w-])"
)


# When the news came out, not an earlier event: "HHS' Office for Civil Rights announced late last week".
_RECENT_WORDS = frozenset(("last week", "last month"))
_ANNOUNCED_BEFORE = re.compile(
    r"\b(?:announced|said|reported|disclosed|revealed|confirmed)(?: late| early)?\s*$"
)


def _group_subject(doc: Document) -> bool:
    """A consumer or privacy group opens the first line, or its clause after a colon: the subject ("Privacy
    group noyb files complaints", "KI-Training: Noyb reicht ... Beschwerde ... ein"; not "Streamingdienst
    verliert auch in zweiter Instanz gegen Verbraucherschützer")."""
    m = _GROUP_SUBJECT.search(doc.low, 0, doc.sentence_span(0)[1])
    return m is not None and (m.start() <= 20 or doc.low[: m.start()].rstrip().endswith(":"))


# Where a headline's clause ends: a spaced dash, a colon, a semicolon.
_CLAUSE_END = re.compile(r" [-–—] |: |; ")


def _asks(doc: Document, sent: int) -> bool:
    """The sentence is a question of the title: "Kan Swedbank få milliardbot? Finansinspektionen åpner
    sanksjonsprøving"."""
    a, b = doc.sentence_span(sent)
    return a < doc.title_end and doc.text[a:b].rstrip().endswith("?")


def _question_title(doc: Document, decided: set[int]) -> bool:
    """The title asks: its sentences are questions ("Doorgifte naar de VS na de Uber-boete: wat moeten
    organisaties nu doen?"), or fragments after one that tell no decision ("¿Qué son las medidas cautelares
    en competencia? De Broadcom a Google"; not "¿Por qué vuelve a pagar Mediaset? Competencia le impone una
    multa ..."). `decided`: the sentences with a decision's word."""
    if not doc.title_end:
        return False
    sent = 0
    while sent < len(doc.starts) and doc.starts[sent] < doc.title_end:
        a, b = doc.sentence_span(sent)
        if not doc.text[a : min(b, doc.title_end)].rstrip().endswith("?") and (sent == 0 or sent in decided):
            return False
        sent += 1
    return sent > 0


def _recent_date_at(doc: Document, pos: int, published: str | None) -> bool:
    """The year at `pos` ends a full date at most two months before publication: "Con la delibera del 20
    dicembre 2023 l'Agcom ha irrogato..." published in January 2024 reports that decision, no earlier one."""
    try:
        pub = date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return False
    if pub is None:
        return False
    a, b = doc.sentence_span(doc.sentence_of(pos))
    for at, day in dates.iter_dates(doc.low[a:b], published):
        if a + at < pos <= a + at + 24:
            return 0 <= (pub - date.fromisoformat(day)).days <= 62  # `iter_dates` gives ISO days
    return False


# The pricing that is a practice judged, not a product's prices.
_CONDUCT_PRICING = (
    "drip ", "predatory ", "excessive ", "unfair ", "abusive ", "personalised ", "personalized "
)
# German infinitives of imposing a fine, which only a modal verb's sentence has ("will ... verhängen", "muss
# ... verhängen"): an intention, a demand or a possibility (`types` reads them as such).
_INFINITIVE_FINES = frozenset(("verhängen", "aufbrummen"))
_CLAUSE_END_CHARS = frozenset('.,;:!?"“”»)\n')
_PLUPERFECT = frozenset(("avait", "hatte", "aveva", "avevano", "había", "habían", "hadde"))
_DECISION_KINDS = frozenset(("fine", "penalty", "ruling", "ruled", "decided"))
_BREACHING = re.compile(r"breach(?:ing|ed)\b")


_INCIDENT_RE = re.compile(trie_pattern(sorted(set(_INCIDENT_WORDS))))


def _incident_year(low: str, pos: int) -> bool:
    """The year at `pos` dates an incident named next to it (within the few words either side)."""
    end = pos + 40
    near = low[max(0, pos - 40) : end]
    if "breach" in near:  # "for breaching impartiality rules", "breached the code": conduct, no incident
        while end < len(low) and low[end].isalpha():
            end += 1  # the whole last word, so that a cut "breachi" is still "breaching"
        near = _BREACHING.sub("", low[max(0, pos - 30) : end])
    return _INCIDENT_RE.search(near) is not None


# The opening of the investigation a decision ends: "closes the ... investigation it opened into every
# sewerage company in November 2021", "l'enquête ouverte en 2021". The year dates this case, no earlier event.
_PROBE_OPENED_BEFORE = re.compile(
    r"\b(?:investigation|inquiry|enquiry|probe|enquête|ermittlungen|verfahren|onderzoek|istruttoria|"
    r"indagine|investigación|expediente|etterforskning|undersøkelse)\b[^.;]{0,60}?\b(?:it |they |which )?"
    r"(?:opened|launched|began|started|initiated|ouverte?|lancée?|eingeleitet|geöffnet|geopend|gestart|"
    r"avviata|aperta|abierta|incoada|iniciada|åpnet)\b[^.;]{0,50}?$"
)


def _probe_opened_year(low: str, pos: int) -> bool:
    """The year at `pos` dates the opening of an investigation named just before it."""
    return _PROBE_OPENED_BEFORE.search(low, max(0, pos - 120), pos) is not None


# A statistics office's name: "Statistics Norway", "Statistics institute", "Office for National Statistics".
_STATISTICS_BODY_AFTER = re.compile(
    r"\s+(?:institute|office|agency|bureau|authority|service|board|department|norway|sweden|finland|denmark|"
    r"austria|portugal|canada|netherlands|iceland|estonia|lithuania|latvia|poland)\b"
)
_STATISTICS_BODY_BEFORE = ("national ", "office for ", "bureau of ", "institute of ", "central ", "federal ")


# A private claim for damages, which a court may refer to the Court of Justice: no authority's decision.
_DAMAGES_CLAIM = re.compile(
    r"schadenersatz|schadensersatz|claim compensation|claim for compensation|claim damages|damages claim|"
    r"compensation claim|dommages et intérêts|dommages-intérêts|risarcimento|indemnización|schadevergoeding|"
    r"erstatning"
)


def _damages_claimed(doc: Document) -> bool:
    """The title or the lead tells a claim for damages ("Fragen zum Schadenersatz", "claim compensation")."""
    return _DAMAGES_CLAIM.search(doc.low, 0, doc.sentence_span(min(1, len(doc.starts) - 1))[1]) is not None


# An authority named as what came before, by itself: "dopo il Garante italiano arriva la multa della Grecia"
# (not the subject of what happened: "won its challenge ... after the General Court found")
_AFTER_AUTHORITY = re.compile(
    r"(?<![\w])(?:dopo|after|après|nach|tras|na|etter)\s+(?:the |il |la |l'|le |dem |der |el |de |lo |l’)?$"
)
_AFTER_AUTHORITY_END = re.compile(
    r"(?:\s+[\w'’-]+)?(?:\s*[,;:–—]|\s+(?:arriva|arrive|llega|comes|kommt|komt|kommer|tocca|now|ora)\b)"
)
_ITS_EARLIER_PENALTY = re.compile(
    r"(?:\s+[\w'’-]+){0,2}?\s+(?:aveva|avevano|had|hatte|hatten|avait|avaient|había|habían|hadde)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:inflitto|irrogato|imposed|fined|verhängt|auferlegt|infligé|imposé|impuesto|"
    r"ilagt|sanzionato|multato|sanctionné|multado|sancionado|opgelegd|beboet)\b"
)
_RESTRICTIONS_IMPOSED = re.compile(
    r"\b(?:beschränkungen|einschränkungen|auflagen|verpflichtungen)\b(?:\s+[\w'’-]+){1,8}?\s+auferlegt\b"
)
# A penalty a court undid: "over scrapped fine", "die gekippte Geldbuße", "l'amende annulée" is no new fine.
_ANNULLED_BEFORE = re.compile(
    r"\b(?:scrapped|annulled|quashed|overturned|annullata|annullato|aufgehobene[nm]?|gekippte[nm]?|"
    r"vernietigde|anulada|anulado)\s+$"
)
# The heading of a release's section on the case's history, on a line of its own.
_BACKGROUND_HEADING = re.compile(
    r"\n[ \t]*(?:Background|Hintergrund|Contexte|Contesto|Antecedentes|Achtergrond|Bakgrunn|Bakgrund)[ \t]*\n"
)
# News that comes some time after an earlier event (the lexicon has "comes months after", "llega después").
_COMES_VERBS = ("comes ", "came ", "llega ", "llegó ", "arrive ", "arriva ", "kommt ", "komt ", "kommer ")
_COMES_AFTER = re.compile(
    r"\b(?:comes|came|llega|llegó|arrive|arriva|kommt|komt|kommer)\s+(?:[\w-]+\s+){1,2}?"
    r"(?:days?|weeks?|months?|years?|días|semanas|meses|años|jours|semaines|mois|ans|giorni|settimane|mesi|"
    r"anni|tage|wochen|monate|jahre|dagen|weken|maanden|jaar|dager|uker|måneder|år)\s+"
    r"(?:after|después|après|dopo|nach|na|etter)\b"
)
# A headline that sends questions to the Court of Justice.
_REFERRAL_TITLE = re.compile(
    r"\b(?:eugh|cjeu|ecj|court of justice|eu court|cjue|cour de justice|corte di giustizia|tjue|"
    r"tribunal de justicia|hof van justitie|eu-domstolen)\b.{0,60}?\b(?:fragen|vorlage|vorabentscheidung|"
    r"questions?|whether|préjudicielle|pregiudizial\w*|prejudicial\w*|prejudiciële)\b|"
    r"\b(?:asks|refers|referred|legt|saisit|interroge)\b.{0,30}?\b(?:eugh|cjeu|ecj|court of justice|eu court|"
    r"cjue|cour de justice|corte di giustizia|tjue|hof van justitie|eu-domstolen)\b"
)
# A company's former name: "Ilva, tidligere IDdesign", "Meta (previously Facebook)" name it, no earlier event.
_FORMER_NAME_WORDS = frozenset(
    ("tidligere", "previously", "anteriormente", "précédemment", "zuvor", "eerder")
)
_FORMER_NAME = re.compile(r"\s+\(?[A-ZÆØÅÄÖÜ][\w&.-]*\)?(?:\s+[A-ZÆØÅÄÖÜ][\w&.-]*)?\s*[,)]")


# ... and "tidligere" as the adjective "former": "rundt 350 000 tidligere kunder", "tidligere ansatte"
_FORMER_ROLE = re.compile(
    r"\s+(?:kunder|kunde|ansatte|ansatt|brukere|medlemmer|eiere|eier|sjef|direktør|leder|medarbeidere|"
    r"abonnenter|navn)\b"
)


def _former_name(doc: Document, start: int, end: int) -> bool:
    """The background word at start..end opens an apposition of a former name ("Ilva, tidligere IDdesign,")
    or says "former" of people ("tidligere kunder")."""
    if _FORMER_ROLE.match(doc.low, end):
        return True
    return doc.text[max(0, start - 2) : start].rstrip()[-1:] in (",", "(") and bool(
        _FORMER_NAME.match(doc.text, end)
    )


# "Following a ..." points at an earlier event ("following a 2019 fine"), except when what follows is the
# inquiry that led to this decision.
_LEADUP_WORDS = frozenset(("follows a", "follows the", "following a", "following the", "the move follows"))
_LEADUP = re.compile(
    r"n?\s+(?:[\w'’-]+\s+){0,3}?(?:investigation|inquiry|enquiry|probe|complaint|audit|inspection|review|"
    r"referral|report|data breach|breach|leak|hearing|request|tip-off|examination)s?\b"
)


# A rule's subject before a ban or an order, in a relative clause: the law's content, no decision ("brutt EUs
# konkurranseregler som forbyr kartellsamarbeid", "rules that prohibit price fixing", "die Vorschriften, die
# ... verbieten"). Compounds too ("konkurranseregler").
_RULE_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:rules?|laws?|act|regulations?|provisions|règles?|loi|lois|legge|leggi|ley|leyes|normas?|norm[ae]|"
    r"directive|disposizioni|disposiciones|dispositions|reglamento|regolamento)|regler|reglene|regels?|regeln|"
    r"vorschriften?|loven|lovene|wet|wetten|gesetz|gesetze|forordningen|verordnung|direktivet|richtlinie|"
    r"bestemmelser|bestemmelsene|bestimmungen|bepalingen),?\s+"
    r"(?:that|which|som|die|das|dat|qui|che|que|der|welche)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)
# What a refusal to appeal names, when it is a court's step: "will not appeal court ruling", "will not seek
# further review of FTC case", "renonce à se pourvoir contre l'arrêt".
_COURT_STEP_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:court|ruling|judgment|judgement|verdict|review|urteil|gericht|arrêt|jugement|"
    r"cassation|sentenza|sentencia|uitspraak|vonnis|dom\b|dommen)"
)
# A judgment named, then what it did, in a relative clause: "will not appeal court ruling that scrapped
# Qualcomm's fine".
_JUDGMENT_THAT_WORDS = (
    r"(?:ruling|judgment|judgement|decision|verdict|arrêt|jugement|décision|urteil|entscheidung|uitspraak|"
    r"vonnis|sentenza|sentencia|dommen|dom|kjennelsen)s?,?\s+(?:that|which|qui|der|die|das|che|que|som|dat)\s+"
)
_JUDGMENT_THAT = re.compile(_JUDGMENT_THAT_WORDS + r"(?:[\w-]+\s+)?$")
# ... and anywhere between a refusal to appeal and the penalty that judgment was about ("will not appeal
# court ruling that scrapped Qualcomm's 997 million euro fine")
_JUDGMENT_THAT_ANYWHERE = re.compile(_JUDGMENT_THAT_WORDS)
# Who pays when consumers do: "Drivers paid £900m more as supermarket fuel margins rose" is harm a market
# study measured, no penalty.
_CONSUMERS_BEFORE = re.compile(
    r"\b(?:drivers|motorists|consumers|customers|shoppers|households|passengers|patients|users|savers|"
    r"borrowers|homeowners|tenants|taxpayers|verbraucher|kunden|autofahrer|haushalte|consommateurs|"
    r"automobilistes|clients|ménages|consumenten|automobilisten|klanten|huishoudens|consumatori|automobilisti|"
    r"clienti|famiglie|consumidores|conductores|clientes|hogares|forbrukere|forbrukerne|bilister|bilistene|"
    r"kunder|kundene|husholdninger|husholdningene)\s+(?:have\s+|had\s+|hebben\s+|haben\s+|ont\s+|hanno\s+|"
    r"han\s+|har\s+)?$"
)
_PAYING = frozenset(
    (
        *("pay", "pays", "paid", "will pay", "payer", "paie", "a payé", "zahlen", "zahlt", "zahlte"),
        *("gezahlt", "betalen", "betaalt", "betaalde", "pagar", "pagare", "paga", "pagano", "pagato"),
        *("pagan", "pagó", "betale", "betaler", "betalte"),
    )
)

# Hypothetical words that also have a plain sense ("misleading investors about risks of data misuse").
_WEAK_HYPO = frozenset(("risks", "risk"))
# The plural nouns of penalties, whose count or year in the first line tallies many decisions.
_PENALTIES_PLURAL = (
    "sanctions|amendes|fines|penalties|bußgelder|geldbußen|sanzioni|multe|multas|sanciones|boetes|bøter|gebyrer|"
    "sanktioner|sanktionsavgifter|böter|kar"
)
# A count of decisions in the first line ("21 sanctions en 2022", "imposed 35 fines last year") is a tally of
# many decisions: statistics, not one event.
_TALLY = re.compile(
    rf"\b(?:[5-9]|[1-9]\d{{1,3}}) (?:{_PENALTIES_PLURAL}|enforcement actions|décisions de sanction)\b"
    # a year in review: "Personvernåret 2023:", "Year in review 2023", "Das Datenschutzjahr 2023"
    r"|^[^\n.:]{0,30}(?:året|jahr|jaar|année|anno) 20\d\d\s?[:–]|^[^\n.:]{0,30}\byear in review\b"
    # ... or the year's penalties so named: "FI:s sanktioner 2020: rekordhöga avgifter"
    rf"|^[^\n.]{{0,30}}\b(?:{_PENALTIES_PLURAL}) 20\d\d\s?[:–]"
    # a year's penalties as the whole headline: "Les sanctions prononcées par la CNIL en 2023" (not "Fines
    # imposed on X in 2023 upheld by court")
    rf"|^(?:les |the |die |de |le )?(?:{_PENALTIES_PLURAL})\b[^.\n]{{0,50}}\b(?:en|in|im|nel|i) "
    r"20\d\d\s*(?:[:\n]|$)"
    # a sum "in fines" over a year or half-year: "81 millones de euros en multas en el segundo semestre de
    # 2023", "recordhoogte aan boetes in 2018"
    r"|\b(?:in|en|aan|i|di|an) (?:fines|penalties|multas|sanciones|boetes|amendes|sanctions|sanzioni|multe|"
    r"bußgeldern|bøter|gebyrer)\b[^.\n]{0,40}\b20\d\d\b"
    # a year's fines after the verb: "Kartellamt verhängte 2022 rund 24 Millionen Euro Bußgeld"
    r"|\b(?:verhängte|verhängt|imposed|imposes|a infligé|inflige|ha inflitto|impuso|impone|ila|ilagt|legde)\s"
    r"(?:im jahr |in |en |nel |i )?(?:19|20)\d\d\b"
    # a ranking of fines: "Her er noen av de største smellene", "The 10 biggest GDPR fines"
    # (the Nordic nouns also in compounds: "Dette er de største personvernbøtene i Norge")
    r"|\b(?:the (?:\d+ )?(?:largest|biggest|highest)|top \d+|de største|die (?:\d+ )?(?:größten|höchsten)|"
    r"les (?:\d+ )?plus (?:grosses|lourdes|importantes)|le (?:\d+ )?(?:più alte|più grandi)|"
    r"las (?:\d+ )?(?:mayores|más altas)|de (?:\d+ )?(?:grootste|hoogste))\s(?:[\w-]+\s){0,2}?"
    r"(?:fines|penalties|\w*bøtene|\w*gebyrene|smellene|bußgelder|strafen|amendes|sanctions|multe|sanzioni|"
    r"multas|sanciones|boetes)\b"
    # a tracker's report of many decisions: "GDPR Enforcement Tracker Report 2024: numbers and trends"
    r"|\b(?:enforcement|fines) tracker\b"
    # an authority that takes stock of its year: "Bundeskartellamt zieht Bilanz: Bußgelder von rund 848
    # Millionen Euro", "la CNIL dresse le bilan de son année"
    r"|\b(?:zieht|zog|ziehen) (?:\w+ )?bilanz\b|\bbilanz 20\d\d\b|\b(?:dresse|fait|tire) (?:le|son) bilan\b"
    r"|\bbilan (?:annuel|20\d\d)\b"
)
_EU_COURTS = frozenset(("eu-cjeu", "eu-general-court"))
# What a court says when it judges, in the supported languages ("has ruled", "hat entschieden", "a jugé").
_JUDGES = re.compile(
    r"\b(?:rul(?:ed|es|ing)|held|holds|decided|found|finds|says|said|judg(?:ment|ement)|"
    r"entschieden|entscheidet|urteil(?:t|te)?|geurteilt|stellt(?:e)? klar|"
    r"a jugé|juge|a tranché|tranche|a précisé|précise|a estimé|arrêt|"
    r"ha stabilito|stabilisce|ha deciso|ha sentenziato|sentenza|ha chiarito|"
    r"ha dictaminado|dictamina|ha resuelto|ha fallado|sentencia|avala|aclara|aclaró|"
    r"clarifies|clarified|chiarisce|"
    r"heeft geoordeeld|oordeelt|oordeelde|geoordeeld|uitspraak|arrest|"
    r"har avgjort|slår fast|dom)\b"
)


def _other_authority_first(doc: Document, mentions: list[authorities.Mention]) -> bool:
    """An authority other than the EU courts is named in the first line."""
    return any(
        doc.sentence_of(m.start) == 0 and not m.generic and not _EU_COURTS.intersection(m.ids)
        for m in mentions
    )


def _eu_judgment(
    doc: Document, mentions: list[authorities.Mention], lines: int, background: set[int]
) -> bool:
    """An EU court named in the first `lines` sentences judges in that sentence, and not as history ("EuGH:
    ...; der Gerichtshof hat entschieden", "EU court says ...")."""
    for m in mentions:
        if not _EU_COURTS.intersection(m.ids):
            continue
        sent = doc.sentence_of(m.start)
        if sent >= lines or sent in background:
            continue
        start, end = doc.sentence_span(sent)
        if _JUDGES.search(doc.low, start, end) or (sent == 0 and doc.low[m.end : m.end + 2].startswith(":")):
            return True
    return False


def _in_headline(doc: Document, name: str, known: list[companies.CompanyMention]) -> bool:
    """`name` is named in the title (in the first sentence when the item has no title) at a word start
    ("prüft Apples Tracking-Regeln" names Apple) or by an alias; an opinion piece's title names none."""
    if _OPINION_TITLE.match(doc.low):
        return False
    end = doc.title_end or doc.sentence_span(0)[1]
    if any(k.name == name and k.start < end for k in known):
        return True
    low = name.lower()
    at = doc.low.find(low, 0, end)
    while at >= 0:
        if at == 0 or not doc.low[at - 1].isalnum():
            return True
        at = doc.low.find(low, at + 1, end)
    return False


# A licence revoked or suspended with words between ("revoked the UK broadcasting licence of RT", "entzieht
# RT die Sendelizenz"); the adjacent forms are in the lexicon.
_LICENCE_WORDS = ("licen", "lizenz", "agrément", "zulassung", "lisens", "konsesjon", "vergunning")
_LICENCE_ACTION = re.compile(
    r"(?<![\w])(?:revok\w*|suspend\w*|withdr[ae]w\w*|entzieh\w*|entzog\w*|widerruf\w*|retir\w*|r[ée]voqu\w*|"
    r"revoc\w*|sospe[ns]\w*|tilbakekall\w*|inndr\w*|trekt\w* in|trok\w* in|intrekk\w*|loses|lost|"
    r"(?:refuse[sd]?|declined?|declines) to renew|not to renew|refus\w* de renouveler|"
    r"verl[äa]ngert \w+ nicht)"
    r"(?:[^\w.;:!?]+[\w'’-]+){0,5}?[^\w.;:!?]+[\w'’-]*?"
    r"(?:licen[cs]e|lizenz|licenza|licencia|agrément|zulassung|lisens|konsesjon|vergunning)\w*"
)


# "could revoke", "threatened to suspend", "kann ... entziehen": no decision yet. ("to" also drops "decided to
# revoke"; "consideration had been given to suspending the licence" shows why it stays.)
_MODAL_BEFORE = re.compile(
    r"(?:could|may|might|would|can|threat\w*|to|kann|könnte|droht|pourrait|peut|potrebbe|può|podría|puede|"
    r"kan|zou|kunnen)\s+(?:\w+\s+)?$"
)


# A designation with words between ("designates Zalando as a very large online platform", "stuft Zalando als
# sehr große Online-Plattform ein"): a ruling, as the lexicon's "designated as a gatekeeper" is.
_DESIGNATION_WORDS = (
    *("gatekeeper", "online platform", "online-plattform", "plateforme en ligne", "poortwachter"),
    *("torwächter", "contrôleur d'accès", "onlineplatform", "search engine", "strategic market"),
    *("piattaforma online", "plataforma en línea"),
)
_DESIGNATION = re.compile(
    r"(?<![\w])(?:designat\w*|désign\w*|design[ao]\w*|benenn\w*|benannt|stuft|eingestuft|aangewezen|wijst|"
    r"classe|classé\w*|qualifi\w*)"
    r"(?:[^\w.;:!?]+[\w'’-]+){0,6}?[^\w.;:!?]+[\w'’-]*?"
    r"(?:very large online (?:platform|search engine)|sehr gro(?:ß|ss)e online-(?:plattform|suchmaschine)|"
    r"très grande plateforme|zeer groot onlineplatform|zeer grote onlineplatform|"
    r"piattaforma online di dimensioni molto grandi|plataforma en línea de muy gran tamaño|gatekeeper|"
    r"torwächter|poortwachter|contrôleur d'accès|strategic market status)"
)

# Commitments an authority accepts or makes binding, with words between ("accepts Amazon commitments", "made
# binding the commitments offered by TikTok", "a rendu juridiquement contraignants ... les engagements"): a
# decision that closes a case with orders the company must keep, a ruling.
_COMMITMENT_WORDS = (
    "commitment",
    "si impegna",
    "engagement",
    "verpflichtungszusage",
    "zusagen",
    "impegni",
    "compromisos",
    "toezegging",
    "forpliktelse",
    "undertaking",
)
_COMMITMENTS = re.compile(
    r"(?<![\w])(?:accept\w*|made binding|make[s]? binding|making binding|rend\w* (?:juridiquement )?"
    r"(?:contraignant|obligatoire)\w*|für (?:rechts)?(?:verbindlich|bindend) erklär\w*|verbindlich gemacht|"
    r"re[sn]\w* (?:giuridicamente )?(?:vincolant|obbligatori)\w*|accett\w*|"
    r"(?:hace\w*|hecho) (?:jurídicamente )?vinculantes|"
    r"acept\w*|bindend verklaar\w*|aanvaard\w*)"
    r"(?:[^\w.;:!?]+[\w'’-]+){0,6}?[^\w.;:!?]+[\w'’-]*?"
    r"(?:commitments|engagements|verpflichtungszusagen|impegni|compromisos|toezeggingen)\b"
    # the German verb at the clause's end: "hat die Zusagen von TikTok ... für rechtsverbindlich erklärt"
    r"|(?<![\w])(?:verpflichtungs)?zusagen(?:[^\w.;:!?]+[\w'’-]+){0,16}?[^\w.;:!?]+"
    r"(?:für (?:rechts)?(?:verbindlich|bindend) erklärt|verbindlich gemacht)"
    # "have given formal commitments to the CMA", "gave undertakings to the CMA": the undertakings a UK
    # authority accepts in place of an order, and enforces as one
    r"|(?<![\w])(?:given|gave|gives|give|offered|signed|provided)(?: \w+)?? (?:formal |legally binding |"
    r"binding |enforceable )?(?:commitments|undertakings) to\b"
    r"|(?<![\w])formal undertakings\b"
    # "Google signed legally binding commitments that oblige it to restrict ..."
    # (not those only offered: "Google has now offered legally binding commitments", under consultation)
    r"|(?<![\w])(?<!offered )(?<!offers )(?<!offer )(?<!proposed )(?<!legally )"
    r"(?:legally )?binding (?:commitments|undertakings)\b"
    # "si impegnano con la CMA a stop alle pratiche ingannevoli": commitments given to the authority
    r"|(?<![\w])si impegna(?:no)? con (?:la |l'|il |l’)"
    r"|(?<![\w])(?:commitments|engagements|verpflichtungszusagen|impegni|compromisos|toezeggingen|"
    r"forpliktelser|forpliktelsene)"
    r"(?:[^\w.;:!?]+[\w'’-]+){0,4}?[^\w.;:!?]+(?:legally binding|binding|rendus? (?:juridiquement )?"
    r"(?:contraignants|obligatoires)|für (?:verbindlich|bindend) erklärt|vincolanti|vinculantes|"
    r"bindend verklaard|(?:juridisk )?bindende)"
)


# An order to recover unlawful State aid or unpaid taxes, with words between ("orders Luxembourg to recover
# €250 million from Amazon", "exige que le Luxembourg récupère", "Amazon soll 250 Millionen Euro Steuern
# nachzahlen"), in a story that names State aid or taxes (`money.STATE_AID_WORDS`): a ruling, whose sum is no
# penalty (`money._RECOVERY`).
_RECOVERY_ORDER = re.compile(
    r"(?<![\w])(?:order\w*|ordonn\w*|exige\w*|must|muss|soll|verlangt\w*|ordina\w*|ordena\w*|gelast\w*|"
    r"pålegg\w*|told|requir\w*|impone\w*)"
    r"(?:[^\w.;:!?]+[\w'’-]+){0,8}?[^\w.;:!?]+(?:recover\w*|repay\w*|r[ée]cup[éèe]r\w*|"
    r"zurückforder\w*|nachzahl\w*|recuper\w*|terugvorder\w*|tilbakebetal\w*|terugbetal\w*)"
)


def _gapped_rulings(
    low: str,
    hits: list[tuple[int, int, str, str]],
    action: re.Pattern[str],
    kind: str = "ruling",
    starts: list[int] | None = None,
) -> list[tuple[int, int, str, str]]:
    """The hits with each match of `action` that the lexicon's fixed phrases miss, as rulings: a licence
    revoked or suspended, a designation, commitments made binding, an order to recover State aid; or as
    appeals (`kind`): a German appeal lodged with words between (`_LODGED`). `starts`: the only places a
    match of `action` can begin, when the caller knows them (tried there instead of at every character)."""
    have = {(s, k) for s, _e, _w, k in hits}
    if starts is None:
        found: Iterable[re.Match[str]] = action.finditer(low)
    else:
        found = anchored.finditer_at(action, starts, anchored.no_lead, low)
    extra = [
        (m.start(), m.end(), kind + " with words between", kind)
        for m in found
        if (m.start(), kind) not in have
        and not _MODAL_BEFORE.search(low, max(0, m.start() - 30), m.start())
    ]
    return sorted(hits + extra) if extra else hits


# A German appeal lodged, its verb at the clause's end or its particle split off: "hat ... beim Gerichtshof
# der EU Rechtsmittel gegen den Beschluss ... eingelegt", "legte gegen den Bescheid Einspruch ein.",
# "zieht im Streit mit dem EDSA vor den EuGH". The fixed phrases ("Rechtsmittel eingelegt", "zieht vor
# Gericht") hold the words side by side only. Not "Widerspruch" (also a contradiction, a GDPR objection),
# "Beschwerde" or "Klage" (a complaint, a consumer association's lawsuit), nor "zieht vor" a court of first
# instance (a lawsuit), nor "vor dem" (before, in time); the split particle only after "legt"; not where
# "werden" says it may be ("Rechtsmittel können binnen eines Monats eingelegt werden"), nor after a modal
# (`_MODAL_BEFORE`: "kann Berufung eingelegt").
_LODGED_WORDS = (
    *("rechtsmittel", "berufung", "revision", "nichtigkeitsklage", "einspruch", "klage", "beschwerde"),
    *("zieht", "ziehen", "zog", "zogen", "legt", "legte", "legen", "legten", "takes", "took", "taking"),
    *("werde", "werden", "wird", "will", "wolle", "wollen"),
)
_LODGED = re.compile(
    r"(?<![\w])(?:(?:rechtsmittel|berufung|revision|nichtigkeitsklage|einspruch)"
    r"(?:[^\w.;:!?]+[\w'’()/-]+){0,10}?[^\w.;:!?]+(?:eingelegt|erhoben)(?!\s+werden)"
    # "Beschwerde gegen den Entscheid eingereicht": a complaint against a decision (one against a company
    # is an NGO's)
    r"|beschwerde\s+gegen\s+(?:den|die|das|dessen|deren)\s+(?:[\w-]+\s+){0,3}?(?:entscheid|bescheid|"
    r"straferkenntnis|strafe|bußgeld|busse|geldbuße|verfügung|beschluss|urteil)\w*"
    r"(?:[^\w.;:!?]+[\w'’()/-]+){0,6}?[^\w.;:!?]+(?:eingereicht|eingelegt|erhoben)(?!\s+werden)"
    # "habe Klage beim Gericht der Europäischen Union in Luxemburg eingereicht"
    r"|klage\s+(?:beim|vor\s+dem|am)\s+(?:[^\w.;:!?]*[\w'’()/-]+){1,8}?\s+eingereicht(?!\s+werden)"
    # "Beschwerde beim Oberlandesgericht Düsseldorf eingelegt": a complaint to a court is an appeal (one to an
    # authority is an NGO's), and so is one the company will lodge ("werde gegen die Entscheidung Beschwerde
    # beim Oberlandesgericht Düsseldorf einlegen")
    r"|beschwerde\s+(?:beim|vor\s+dem|am)\s+(?:[\w'’-]+\s+){0,3}?[\w-]*(?:gericht|gerichtshof|olg|bgh|eugh|eug)\b"
    r"(?:[^\w.;:!?]+[\w'’()-]+){0,3}?\s+(?:eingelegt|eingereicht|erhoben)(?!\s+werden)\b"
    r"|(?:werde|werden|wird|will|wolle|wollen)\s+(?:[\w'’-]+\s+){0,6}?beschwerde\s+(?:beim|vor\s+dem|am)\s+"
    r"(?:[\w'’-]+\s+){0,3}?[\w-]*(?:gericht|gerichtshof|olg|bgh|eugh|eug)\b(?:[^\w.;:!?]+[\w'’()-]+){0,3}?\s+"
    r"(?:einlegen|einreichen|erheben)\b"
    r"|(?:legt|legte|legen|legten)(?:[^\w.;:!?]+[\w'’()/-]+){0,10}?[^\w.;:!?]+"
    r"(?:rechtsmittel|berufung|revision|nichtigkeitsklage|einspruch)(?:[^\w.;:!?]+[\w'’()/-]+){0,6}?"
    r"[^\w.;:!?]+ein(?=[.,;:!?]|$)"
    # "Meta zieht gegen 200-Millionen-Strafe der EU vor Gericht": a decision as the object, then the court
    r"|(?:zieht|ziehen|zog|zogen)\s+gegen(?:[^\w.;:!?]+[\w'’-]+){0,5}?[^\w.;:!?]+[\w'’-]*?"
    r"(?:strafe|bußgeld|geldbuße|entscheidung|beschluss|bescheid|verfügung|anordnung|auflagen?|urteil)\w*"
    r"(?:[^\w.;:!?]+[\w'’-]+){0,4}?\s+vor\s+(?:gericht|den eugh|das eug)\b"
    # "Apple takes €1.8bn music streaming fine to EU General Court": a decision taken to a court
    r"|(?:takes|took|taking)\s+(?:[\w'’€$£.,-]+\s+){0,6}?(?:fine|penalty|decision|ruling|order|ban|sanction)s?"
    r"\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:court|tribunal)\b"
    r"|(?:zieht|ziehen|zog|zogen)(?:[^\w.;:!?]+[\w'’-]+){0,6}?\s+vor\s+(?:den|das|die)\s+"
    r"(?:eugh|eug|bgh|bundesgerichtshof|bundesverwaltungsgericht|bundesverfassungsgericht|bundesfinanzhof|"
    r"europäischen gerichtshof|gerichtshof|oberlandesgericht|olg|(?:irischen\s+)?high court)\b)"
)


_SHARE_OF = re.compile(
    r"\s+(?:una de cada|one in (?:three|four|five|ten)|une? sur (?:trois|quatre|cinq|dix)|una su|"
    r"(?:één|een) op de|jede[sr]? (?:dritte|vierte|fünfte|zehnte)|hver (?:tredje|fjerde|femte|tiende))\b"
)
_TALLIED = re.compile(r"\s+(?:i|in) (?:de fleste|alle|flertallet|\d+ av|most|all|\d+ of)\b")
# A fee an authority imposed ("klager på Nkoms gebyr", "overtredelsesgebyret"), not a bank's or a shop's.
_AUTHORITY_FEE = ("overtredelsesgebyr", "sanksjon", "tilsyn", "nkom", "direktorat", "nemnd", "rekordgebyr")
# A count before a word that is also a plural noun ("62 klager på", "flere klager på").
_COUNTED_NOUN = re.compile(r"(?:\d|\b(?:mange|flere|få|noen|ingen|alle|to|tre|fire|fem|seks|ti))\s+$")


def _lodged_appeals(low: str, hits: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The hits with the verbs that lodge an appeal only by their object decided: "challenges the €500m fine"
    lodges one, "faces challenges" none (dropped); "sues the regulator" challenges its decision, where "FTC
    sues Amazon" stays enforcement."""
    out: list[tuple[int, int, str, str]] = []
    for s, e, word, kind in hits:
        if kind == "appeal_verb" and word in types.COURT_GOING:
            if types.COURT_GOING_OBJECT.match(low, e) is None:
                continue  # "går til sak mot konkurrenten": a lawsuit, no appeal
            kind = "appeal"
        elif kind == "appeal_verb":
            obj = types.APPEALED_OBJECT.match(low, e)
            if obj is None:
                continue
            if word.startswith("klage") and (
                _COUNTED_NOUN.search(low, max(0, s - 12), s)  # "mottok 62 klager på egne vedtak": a noun
                or ("gebyr" in obj.group() and not any(w in obj.group() for w in _AUTHORITY_FEE))
            ):
                continue  # "Kundene klager på DNBs nye gebyr": a bank's fee, no authority's
            kind = "appeal"
        elif kind == "action" and types.SUED_AUTHORITY.match(low, e) is not None:
            kind = "appeal"
        out.append((s, e, word, kind))
    return out


# An obligation or a prohibition: what a court's order says the party must or may not do.
_OBLIGED = re.compile(
    r"\b(?:muss|müssen|darf nicht|dürfen nicht|darf kein\w*|dürfen kein\w*|moet|moeten|mag geen|mag niet|"
    r"mogen geen|mogen niet|må|kan ikke|doit|doivent|ne peut plus|ne peuvent plus|deve|devono|non può|"
    r"non possono|debe|deben|no puede|no pueden|must|cannot|can't|may not|has to|have to)\b"
)


def _is_court(m: authorities.Mention) -> bool:
    return any(i in authorities.REGISTRY and authorities.REGISTRY[i].is_court for i in m.ids) or (
        "court-generic" in m.ids
    )


# A deadline before an appeal word says when one may be lodged: "has 28 days to appeal".
_DEADLINE_BEFORE = re.compile(
    r"\b(?:has|have|had|hat|haben|a|ont|ha|hanno|tiene|tienen|heeft|hebben|har|dispose de|disposent de|"
    r"dispone di|dispone de|disponen de|beschikt over)\s+(?:\d+|one|two|three|four|"
    r"six|a|ein|einen|zwei|vier|deux|trois|un|due|tre|dos|tres|twee|drie|to|fire)\s+(?:\w+\s+)?(?:days?|"
    r"weeks?|months?|tage[n]?|wochen|monate[n]?|jours|semaines|mois|giorni|settimane|mesi|días|semanas|meses|"
    r"dagen|weken|maanden|dager|uker|måneder)\b"
)
_THREAT_BEFORE = re.compile(r"\b(?:menace|menacent|menacé|menacée|menacés|bedroht|minaccia|amenaza)\b")
# A trial that only begins: "FTC's antitrust trial against Meta begins", "FTC vs. Amazon trial kicks off".
_TRIAL_BEGINS = re.compile(
    r"\btrial\b[^.:;!?]{0,60}?\b(?:begins|began|kicks off|opens|opened|starts|started|gets underway|"
    r"got underway|is under way|gets under way)\b"
)
# English siding names no party of its own: with an authority after it, a court decides that authority's
# case on appeal; with anyone else (a rights group, a rival), it rules in a civil suit.
_SIDING_EN = frozenset(("sides with", "sided with", "siding with"))
_SIDED_AUTHORITY = re.compile(
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:regulators?|watchdogs?|authority|office|commission|agency|"
    r"ministry|government|state|department|supervisor|inspectorate|ombudsman|prosecutors?|commissioner)\b"
)
# What a headline's change follows: "after", "following", "nach", "après", "dopo", "tras", "etter", "na"; a
# headline may also open with it ("Nach 1,8-Milliarden-Strafe: ...").
_AFTER_WORDS = r"(?:after|following|in the wake of|nach|après|dopo|tras|etter|na)\b"
_AFTER_BEFORE = re.compile(r"\b" + _AFTER_WORDS)
_AFTER_OPENING = re.compile(r"\s*" + _AFTER_WORDS)


def _headline_reason(
    doc: Document, s: int, e: int, hit_sents: list[int], hits: list[tuple[int, int, str, str]]
) -> bool:
    """The headline's penalty at `s`..`e` is what its story follows, not its news: after an "after" word,
    with a non-event's word before it ("X updates its privacy policy in Europe after €225M GDPR fine"), as
    the headline's last words ("Google adds a 'Reject all' button ... after €150 million French fine") or
    at its opening, before a colon ("Nach 1,8-Milliarden-Strafe: Spotify darf ...")."""
    if not _AFTER_BEFORE.search(doc.low, max(0, s - 40), s):
        return False
    return (
        any(
            hk == "none" and sent == 0 and he <= s
            for sent, (_s, he, _w, hk) in zip(hit_sents, hits, strict=True)
        )
        or doc.low[e : doc.title_end].strip(" .!\n") == ""
        or (_AFTER_OPENING.match(doc.low) is not None and doc.low.startswith(":", e))
    )


# The "action" words that stay a regulator's enforcement action (see the type scores): its charges.
_CHARGES = frozenset(("charges", "charged", "has charged"))
# ... and those that are no lawsuit ("CFPB Takes Action Against Bank of America": often its order itself).
_ACTIONS_TAKEN = frozenset(("takes action against", "took action against", "brings case against"))
# US agencies that sue in a federal district court, whose judge's decision is the first one in their case.
_US_LITIGANTS = frozenset(("us-ftc", "us-doj", "us-sec", "us-cftc", "us-cfpb", "us-state-ag"))
_US_TRIAL_COURT = re.compile(
    r"\b(?:district judge|district court|federal judge|u\.s\. judge|us judge|trial judge|federal court)\b"
)
_APPELLATE = re.compile(r"appeal|circuit|supreme court|en banc")
_SET_ASIDE = frozenset(("set aside", "sets aside"))
# Decided words that quash what they name.
_QUASHING = _SET_ASIDE | {"setting aside", "annuls", "annulled", "quashes", "quashed"}
# A party's request for remedies, what a court of first instance rules on: "rejects government's bid to break
# up Google", "rejected the Justice Department's push to force Google to sell".
_REMEDY_BID = re.compile(
    r"\s+(?:[\w.'’-]+\s+){0,4}?(?:bid|push|request|proposal|demand|attempt|effort)s?\s+to\s+"
    r"(?:break\s+up|force|compel|require|make|split|sell|divest|spin\s+off)\b"
    # ... or a remedy asked for, not one imposed: "rejected a ban on default-placement payments"
    r"|\s+(?:a|any)\s+(?:[\w-]+\s+){0,2}?(?:ban|divestiture|break-?up|remed(?:y|ies)|spin-?off)\b"
)
# A penalty told as what came before: "after it fined", "after fining", "après avoir sanctionné".
_AFTER_IT_BEFORE = re.compile(
    r"\b(?:after|since|following|après avoir|dopo aver|tras|na)\s+"
    r"(?:it\s+|they\s+|being\s+|having\s+(?:been\s+)?)?$"
)
# A decision an authority gives up: "verzichtet auf Anordnung", "drops its provisional enforcement notice".
_WAIVED_BEFORE = re.compile(
    r"\b(?:verzichtet auf|verzichtete auf|renonce à|renoncé à|rinuncia a|rinunciato a|renuncia a|ziet af van|"
    r"drops|dropped|abandons|abandoned|withdraws|withdrew|scraps plans for|scrapped plans for)\s+"
    r"(?:(?:its|the|a|an|any|eine?n?|die|den|das|le|la|l'|il|el|de|het|une|un)\s+)?(?:[\w-]+\s+){0,2}?$"
)
# The EU and the countries where its institutions sit ("die Luxemburger Richter").
_EU_SEATS = frozenset(("EU", "LU", "BE"))
# The EU or Brussels as the one who decides, in a headline or lead that names no authority.
_EU_DECIDES = re.compile(
    r"\b(?:eu|ue|brussels|bruxelles|brüssel|brussel|bruselas)\s(?:fines|fined|slaps|hits|orders|ordered|bans|"
    r"blocks|multa|multe|inflige|infligé|legt|verhängt|verhängte|sanziona|sanctionne|sanciona|bøtelegger|"
    r"straft|beboet|imposes|imposed|condamne)\b"
    r"|\beu(?:'s)? (?:antitrust |competition |record )?(?:fine|fines|penalty)\b"
    # ... the penalty "of Brussels" ("la sanction de Bruxelles"), or the Commission's own headline
    r"|\b(?:sanction|amende|multa|sanzione|strafe|boete|fine|penalty) (?:de|di|da|aus|van|from) "
    r"(?:bruxelles|brüssel|brussels|brussel|bruselas)\b"
    r"|^(?:the )?commission (?:fines|orders|imposes|accepts commitments)\b"
)
# The fine a party fights, the object of its challenge: "Google vecht recordboete van €4,3 mrd ... aan",
# "zijn poging om de recordboete ... ongedaan te maken", "its bid to overturn the fine".
_CONTESTED_BEFORE = re.compile(
    r"\b(?:vecht|vechten|vocht|bestrijdt|bestrijden|poging(?:en)? om|"
    r"(?:bid|attempt|effort) to (?:overturn|annul|quash))\s+"
    r"(?:de\s+|het\s+|zijn\s+|haar\s+|the\s+|its\s+|a\s+)?$"
)
# The appeals a German court grants ("hat der Beschwerde ... stattgegeben"); a lawsuit granted is a first
# judgment ("einer Unterlassungsklage der Verbraucherzentrale stattgegeben").
_APPEAL_GRANTED_BEFORE = re.compile(
    r"\b(?:beschwerde|berufung|einspruch|revision|rechtsbeschwerde|widerspruch)\b"
)
# A penalty named by its law and its country: "€30m Dutch privacy fine", "Italian antitrust fine".
_KIND_OF_FINE = re.compile(
    r"\b(?:(?P<dpa>privacy|gdpr|data protection|data privacy)|(?P<comp>antitrust|competition|cartel))"
    r" (?:fine|fines|penalty|penalties)\b"
)
_COUNTRY_JUST_BEFORE = re.compile(r"(\S+)\s$")


def _described_authority(
    doc: Document,
    head_end: int,
    primary: str,
    court_id: str | None,
    country_hint: dict[str, float],
    mentions: list[authorities.Mention],
) -> str | None:
    """The authority of a decision whose text names none, from how the title and the lead (up to `head_end`)
    describe it: the press's EU ("EU slaps Apple with $2 billion fine", "Bruxelles multa Apple", "€2.4bn EU
    fine"), a country's privacy or antitrust fine ("€30m Dutch privacy fine"), or a penalty the EU courts
    judge ("La CJUE confirme l'amende de 2,42 milliards d'euros", "General Court trims Lithuanian Railways
    fine"), the Commission's. None when they say nothing of it."""
    if _EU_DECIDES.search(doc.low, 0, head_end):
        return "eu-commission"
    for m in _KIND_OF_FINE.finditer(doc.low, 0, head_end):
        word = _COUNTRY_JUST_BEFORE.search(doc.low, max(0, m.start() - 20), m.start())
        code = countries.code_of(word.group(1)) if word else None
        if code and code != "EU":
            table = authorities.DEFAULT_DPA if m.lastgroup == "dpa" else authorities.DEFAULT_COMPETITION
            if code in table:
                return table[code]
    if primary != "appeal" or court_id not in _EU_COURTS:
        return None
    if not money.PENALTY_NOUN.search(doc.low, 0, head_end):
        return None
    # The General Court judges only what EU institutions decide; the Court of Justice also answers national
    # courts' questions about their own authorities' fines, told with their country or their bodies.
    if court_id == "eu-general-court" or (
        all(code in _EU_SEATS for code in country_hint)
        and all(
            authorities.REGISTRY[i].country in _EU_SEATS
            for m in mentions
            for i in m.ids
            if i in authorities.REGISTRY
        )
    ):
        return "eu-commission"
    return None


# Reported speech of an announcement, and the figure that follows its object ("said on Wednesday it would
# fine Meta Platforms 4.8 million lira"; not "up to", a cap).
_SAID_IT_BEFORE = re.compile(r"\bsaid(?: on \w+| today| yesterday| late \w+)?,? (?:that )?(?:it|they)\s+$")
_FINE_SUM_NEXT = re.compile(
    r"\s+(?:[\w.&'-]+\s+){1,4}?(?:about |nearly |almost |around |some )?(?:[$€£₺₹¥₩]|\d)"
)
_SUM_NEXT = re.compile(r"\s+(?:about |nearly |almost |around |some |an extra |another )?(?:[$€£]|\d)")
_MUST_BEFORE = re.compile(r"\b(?:muss|müssen|muß|braucht|brauchen)\b")
_COMPLAINT_TO_COURT = re.compile(
    r"\s+(?:with|before|at|to)\s+[^.;]{0,70}?\b(?:court|tribunal)\b[^.;]{0,40}?\bagainst\b"
)


# Norwegian takes a decision "inn for" an appeal board with a verb before it: "klager rekordgebyret inn for
# Konkurranseklagenemnda", "har brakt vedtaket inn for lagmannsretten".
_TAKEN_IN = re.compile(r"\b(?:klag|anke|ank|bring|brakt|br[aå]kte|ta[rk]?\b|tatt\b)\w*")


_GAPPED_APPEAL = "appeal with words between"  # the word of a `_LODGED` hit (`_gapped_rulings`)


def _taken_from(doc: Document, sent: int, s: int, e: int, word: str) -> int:
    """Where what an appeal hit appeals may start: after the hit, or for "inn for <board>" after the verb
    that takes the decision there, earlier in its sentence."""
    if word == _GAPPED_APPEAL:
        return s  # "takes €1.8bn music streaming fine to EU General Court": the object stands inside
    if not word.startswith("inn for"):
        return e
    ends = [m.end() for m in _TAKEN_IN.finditer(doc.low, doc.sentence_span(sent)[0], s)]
    return ends[-1] if ends else e


def _one_of(name: str, chosen: tuple[str, ...]) -> bool:
    """`name` is one of the chosen companies, or a longer or shorter form of one ("Santander" and
    "Santander UK": one name begins the other)."""
    return any(name == c or c.startswith(name + " ") or name.startswith(c + " ") for c in chosen)


def _valid_jurisdiction(code: object) -> str | None:
    """The feed's jurisdiction when it is one (feeds.yaml checks it, a hand-made raw item may not): upper-case
    ISO 3166 alpha-2, UK or EU; anything else counts as unknown."""
    return code if isinstance(code, str) and _JURISDICTION.fullmatch(code) else None


# Words that may deny a penalty (`_denied`, below): where they stand, from the shared scan. (Words of four
# letters at least: the automaton reports every "no" inside "another", "economy", ...)
_NEGATION_WORDS = (
    *("weder", "noch", "kein", "keine", "keinen", "aucun", "aucune", "nessun", "nessuna", "ningún"),
    *("ninguna", "ninguno", "geen", "ingen", "ikke"),
)
# One pass finds where the words of every lexicon can start; each rule then reads only those places.
_SCANNER = Scanner(
    {
        "types": types.INDEX.words,
        "authorities": authorities.NAME_WORDS,
        "companies": companies.ALIAS_WORDS,
        "countries": countries.WORDS,
        "abbreviations": authorities.ABBR_WORDS,
        # where a German appeal lodged with words between may begin (`_LODGED`: always at a word start)
        "lodged": _LODGED_WORDS,
        # where a penalty may be denied (`_denied`)
        "negations": _NEGATION_WORDS,
    },
    {
        "generic": authorities.GENERIC_LEADS,
        "generic_hints": authorities.GENERIC_HINTS,
        "amount_hints": money.AMOUNT_HINTS,
        "amount_anchors": money.AMOUNT_ANCHORS,
        **authorities.GATE_LEXICONS,
        "state_names": authorities.STATE_NAMES,
        # the words that open the gapped rulings below: one pass, no scan per rule
        "licence": _LICENCE_WORDS,
        "designation": _DESIGNATION_WORDS,
        "commitment": _COMMITMENT_WORDS,
        "state_aid": money.STATE_AID_WORDS,
    },
)


def _analyse(
    title: str | None,
    summary: str,
    language: str | None,
    published: str | None,
    source_kind: str | None,
    feed_jurisdiction: str | None,
) -> Analysis:
    doc = document(title, summary)
    lang = normalise_code(language) or detect(doc.low)
    if not doc.text.strip():
        return _empty(lang)
    head_limit = 2 if doc.title_end else 1  # title + first sentence, or the first two sentences
    starts = _SCANNER.starts(doc.low)
    hits = types.INDEX.find(doc.low, starts["types"])
    if any(kind == "appeal_verb" or kind == "action" for _s, _e, _w, kind in hits):
        hits = _lodged_appeals(doc.low, hits)
    if any(w in _SET_ASIDE for _s, _e, w, _k in hits):
        # "Facebook sets aside $3 billion for FTC privacy probe": money put aside, told by its figure (a
        # court that sets aside a decision names no sum)
        hits = [
            (s, e, "provision for", "none")
            if w in _SET_ASIDE and _SUM_NEXT.match(doc.low, e)
            else (s, e, w, k)
            for s, e, w, k in hits
        ]
    if any(w == "would fine" for _s, _e, w, _k in hits):
        # "said on Wednesday it would fine Meta Platforms 4.8 million lira ($160,000) a day": the reported
        # speech of a fine announced, with its figure (not "would fine companies that fail to comply")
        hits = [
            (s, e, "fined", "fine")
            if w == "would fine"
            and _SAID_IT_BEFORE.search(doc.low, max(0, s - 40), s)
            and _FINE_SUM_NEXT.match(doc.low, e)
            else (s, e, w, k)
            for s, e, w, k in hits
        ]
    if any(w == "pricing" for _s, _e, w, _k in hits):
        # "Drip pricing: Competition Tribunal imposes record AMP on Cineplex": a conduct, no new prices
        hits = [h for h in hits if h[2] != "pricing" or not doc.low.endswith(_CONDUCT_PRICING, 0, h[0])]
    if any(w in _INFINITIVE_FINES for _s, _e, w, _k in hits):
        # An intention or a demand only where the infinitive ends its clause ("will ... Strafe aufbrummen",
        # "muss ein Bußgeld gegen X verhängen"): not "hat beschlossen, ein Bußgeld zu verhängen" (decided),
        # nor "Datenschützer verhängen 50 Millionen Euro Bußgeld" (the plural's present, which goes on)
        hits = [
            (s, e, w, k)
            for s, e, w, k in hits
            if w not in _INFINITIVE_FINES
            or (
                doc.low[max(0, s - 3) : s] != "zu "
                and (e == len(doc.low) or doc.low[e] in _CLAUSE_END_CHARS)
            )
        ]
    if any(w == "complaint" for _s, _e, w, _k in hits):
        # "has filed a complaint with Austria's Federal Administrative Court (BVwG) against the EUR 18 million
        # penalty": a complaint to a court against a decision is an appeal, not an NGO's complaint
        hits = [
            (s, e, w, "appeal" if w == "complaint" and _COMPLAINT_TO_COURT.match(doc.low, e) else k)
            for s, e, w, k in hits
        ]
    if any(v in doc.low for v in _COMES_VERBS):
        # "El anuncio llega dos meses después de que el Ministerio de Consumo multara a la compañía": what the
        # news follows, told with its time between
        hits = _gapped_rulings(doc.low, hits, _COMES_AFTER, "bg")
    if "auferlegt" in doc.low:
        # "hat Facebook weitreichende Beschränkungen bei der Verarbeitung von Nutzerdaten auferlegt"
        hits = _gapped_rulings(doc.low, hits, _RESTRICTIONS_IMPOSED)
    if starts["licence"]:
        hits = _gapped_rulings(doc.low, hits, _LICENCE_ACTION)
    if starts["designation"]:
        hits = _gapped_rulings(doc.low, hits, _DESIGNATION)
    if starts["commitment"]:
        hits = _gapped_rulings(doc.low, hits, _COMMITMENTS)
    if starts["state_aid"]:
        hits = _gapped_rulings(doc.low, hits, _RECOVERY_ORDER)
    if starts["lodged"]:
        # (every match of `_LODGED` begins with one of its words at a word start: tried only there)
        hits = _gapped_rulings(doc.low, hits, _LODGED, "appeal", starts["lodged"])
    if "statistics" in doc.low:
        # "Statistics institute fined", "the National Statistics Institute (INE)": a body's name, no survey
        hits = [
            h
            for h in hits
            if not (
                h[2] == "statistics"
                and (
                    _STATISTICS_BODY_AFTER.match(doc.low, h[1])
                    or doc.low.endswith(_STATISTICS_BODY_BEFORE, 0, h[0])
                )
            )
        ]
    country_hint = countries.country_scores(doc.text, doc.low, doc.title_end, starts["countries"])

    # Sentence flags.
    pub_year = int(published[:4]) if published and published[:4].isdigit() else None
    years_at = year_hits(doc.low)  # one pass, used three times
    years = [y for _pos, y in years_at]
    ref_year = pub_year or (max(years) if years else None)
    bg_lex: set[int] = set()
    hypo: set[int] = set()
    advised: set[int] = set()  # sentences of an Advocate General's or a rapporteur public's opinion
    cond: set[int] = set()
    court_sent: set[int] = set()
    hit_sents = _sentences_of(doc, [hit[0] for hit in hits])  # each hit's sentence, read by several rules
    bg_ends: list[tuple[int, int]] = []  # (sentence, end) of each background word
    pluperfect_at: dict[int, int] = {}  # sentence -> where its first pluperfect auxiliary starts
    dated_bg: set[int] = set()  # sentences with a background word other than a pluperfect auxiliary
    for sent, (start, e, word, kind) in zip(hit_sents, hits, strict=True):
        if kind == "bg":
            if word in _LEADUP_WORDS and _LEADUP.match(doc.low, e):
                continue  # "following a complaint", "follows an investigation": how this decision came about
            if word in _RECENT_WORDS and _ANNOUNCED_BEFORE.search(doc.low, max(0, start - 25), start):
                continue  # "the Office for Civil Rights announced late last week": when this news came out
            if word in _FORMER_NAME_WORDS and _former_name(doc, start, e):
                continue  # "Den danske møbelkjeden Ilva, tidligere IDdesign, slipper med en bot på ..."
            if word in _PLUPERFECT:
                pluperfect_at.setdefault(sent, start)
            else:
                dated_bg.add(sent)
            bg_lex.add(sent)
            bg_ends.append((sent, e))
        elif kind == "hypo":
            if word == "proposed" and (_SETTLEMENT.match(doc.low, e) or _PROPOSED_DEAL.match(doc.low, e)):
                continue  # "under a proposed FTC order": how US agencies announce a settlement
            hypo.add(sent)
            if word in types.ADVISERS:
                advised.add(sent)
        elif kind == "cond":
            cond.add(sent)
        elif kind == "none" and word in types.UNDECIDED_SUMS:
            hypo.add(sent)  # "in talks to pay $4bn", "sets aside £700m": no decision's figures
        elif kind == "court":
            court_sent.add(sent)
    # A pluperfect after the decision of a first line tells the conduct, not an earlier event: "ha inflitto
    # sanzioni ... a undici aziende che non avevano rispettato l'obbligo", "hat die Klausel für unwirksam
    # erklärt, mit der sich Amazon das Recht eingeräumt hatte". (The decision's own pluperfect is no conduct:
    # "gegen die Wettbewerbsstrafe, die die EU-Kommission im März verhängt hatte" tells an earlier decision.)
    for sent, at in pluperfect_at.items():
        # (not when it follows a decision's word at once, its own: "ein Bußgeld ... auferlegt hatte"; unless
        # the sentence appeals that decision: "Berufung gegen das Urteil eingelegt, mit dem ... verhängt
        # hatte")
        kinds_here = [
            (h_e, hk) for hs, (_h_s, h_e, _hw, hk) in zip(hit_sents, hits, strict=True) if hs == sent
        ]
        decisions_own = any(
            hk in _DECISION_KINDS and h_e <= at and doc.low[h_e:at].strip() == "" for h_e, hk in kinds_here
        ) and not any(hk == "appeal" for _h_e, hk in kinds_here)
        if sent <= 2 and sent not in dated_bg and not decisions_own and any(
            hs == sent and hk in _DECISION_KINDS and h_s < at and doc.low[h_e:at].strip() != ""
            for hs, (h_s, h_e, _hw, hk) in zip(hit_sents, hits, strict=True)
        ):
            bg_lex.discard(sent)
    # A sentence whose subject is a law ("The regulation bans social scoring") states a rule, not a decision.
    for sentence, begins in enumerate(doc.starts):
        if doc.low.startswith(_STATUTE_SUBJECTS, begins):
            hypo.add(sentence)
    # the sentences that name an earlier year, each with where its first such year stands
    bg_year_at: dict[int, int] = {}
    if ref_year:
        # The lead that retells the title's fine ("ICO fines X" over "The ICO has fined X £350,000 for
        # disclosing ... after the Taliban took control in 2021") dates with its years what the fine is about,
        # not an earlier event.
        title_kinds = {kind for sent, (_s, _e, _w, kind) in zip(hit_sents, hits, strict=True) if sent == 0}
        title_fines = (
            doc.title_end > 0
            and not title_kinds.isdisjoint(("fine", "penalty"))
            and title_kinds.isdisjoint(("none", "hypo", "cond"))
        )
        retold = title_fines and any(
            kind == "fine" and sent == 1 for sent, (_s, _e, _w, kind) in zip(hit_sents, hits, strict=True)
        )
        for pos, year in years_at:
            if (
                year < ref_year
                and not (
                    _FROM_BEFORE.search(doc.low, max(0, pos - 25), pos)
                    and _FROM_UNTIL.match(doc.low, pos + 4)
                )
                and not (
                    _PERIOD_BEFORE.search(doc.low, max(0, pos - 45), pos)
                    and not _DESIGNATED_AFTER.search(doc.low, pos, doc.sentence_span(doc.sentence_of(pos))[1])
                )
                and not _incident_year(doc.low, pos)
                and not _probe_opened_year(doc.low, pos)
                and not _broken_commitments_year(doc, pos, hits)
                and not (retold and doc.sentence_of(pos) == 1)
                and not (year == ref_year - 1 and _recent_date_at(doc, pos, published))
            ):
                bg_year_at.setdefault(doc.sentence_of(pos), pos)
    heading = _BACKGROUND_HEADING.search(doc.text) if "\n" in doc.text else None
    if heading is not None:
        # A release's "Background" section tells the case's history: "Background\n\nIn May 2009, the
        # Commission fined Intel ... In June 2014, the General Court upheld ..."
        for sent_no, begins in enumerate(doc.starts):
            if begins >= heading.start():
                bg_lex.add(sent_no)
                bg_ends.append((sent_no, begins))
    bg_year = set(bg_year_at)
    background = bg_lex | bg_year

    # Authorities and companies.
    auth_mentions = authorities.mentions(doc, lang, starts["authorities"], starts)
    for am in auth_mentions:
        for i in am.ids:
            if i in authorities.REGISTRY and authorities.REGISTRY[i].is_court:
                court_sent.add(doc.sentence_of(am.start))
    known = companies.known_mentions(doc, starts["companies"])
    chunks = targets.find(doc, [(m.start, m.end) for m in auth_mentions], known)
    chosen = targets.choose(doc, chunks, known)
    target = chosen[0] if chosen else None
    # Sentences about another known company only: one that also names the target (known or not) is this
    # event's ("fines Tele2 12 million crowns for its use of Google Analytics").
    other_co_sent = {doc.sentence_of(k.start) for k in known if target and not _one_of(k.name, chosen)} - (
        {doc.sentence_of(k.start) for k in known if _one_of(k.name, chosen)}
        | {c.sentence for c in chunks if _one_of(c.name, chosen)}
    )

    # Amounts.
    # A headline that reports statistics ("GDPR fines fall to €1.2bn, survey finds") states no decision's sum.
    statistics_head = any(kind == "none" and s < doc.title_end for s, _e, _w, kind in hits)
    # ... a tally, where the title names no company ("FTC fines Orbix $5m over fake survey" does).
    statistics_title = (
        statistics_head
        and any(kind == "none" and w in types.STATISTICS and s < doc.title_end for s, _e, w, kind in hits)
        and not any(c.start < doc.title_end for c in chunks if c.name in chosen)
    )
    found = money.find(doc, country_hint, lang, starts, headline_totals=not statistics_head)
    amount_sent = {m.sentence for m in found if m.note is None and (m.currency or m.penalty_context)}
    periodic_live = any(
        m.periodic and m.note in (None, "conversion") and m.sentence not in background for m in found
    )

    # Type scores.
    score: dict[str, float] = defaultdict(float)
    head: dict[str, float] = defaultdict(float)
    evidence: dict[str, list[str]] = {}
    cancelled: list[tuple[int, int]] = []
    first_line = 0.0  # weight of the decisions the first line (the title, else the first sentence) reports
    paid: set[int] = set()  # sentences where an order to pay names the penalty itself
    for sent, (_s, e, _w, kind) in zip(hit_sents, hits, strict=True):
        if kind == "not_appeal":
            cancelled.append((sent, e))
    suit_sents = {sent for sent, hit in zip(hit_sents, hits, strict=True) if hit[2] in types.PRIVATE_SUITS}
    # "X to appeal the €2m fine", "va faire appel de l'amende": a penalty after an appeal phrase in its
    # sentence is what is appealed, not a new fine.
    appealed_from = [
        (sent, _taken_from(doc, sent, s, e, w))
        for sent, (s, e, w, kind) in zip(hit_sents, hits, strict=True)
        if kind == "appeal"
        and sent not in bg_lex
        and not any(cs == sent and 0 <= s - ce < 40 for cs, ce in cancelled)
    ]
    regulator_ends = [
        (doc.sentence_of(m.start), m.end)
        for m in auth_mentions
        if not any(i in authorities.REGISTRY and authorities.REGISTRY[i].is_court for i in m.ids)
        # "to settle SEC charges": the charges are a noun there, the item is about the settlement
        and not doc.low[max(0, m.start - 12) : m.start].rstrip().endswith(("settle", "resolve"))
    ]
    auth_sents = {doc.sentence_of(m.start) for m in auth_mentions}
    # (sentence, start) of the US agencies that bring their own cases to a federal trial court
    agency_starts = [
        (doc.sentence_of(m.start), m.start) for m in auth_mentions if not _US_LITIGANTS.isdisjoint(m.ids)
    ]
    lead_end = doc.sentence_span(min(head_limit + 1, len(doc.starts)) - 1)[1]
    provisional = any(kind == "finding" for _s, _e, _w, kind in hits) and bool(
        types.PRELIMINARY.search(doc.low, 0, lead_end)
    )
    for sent, (s, e, word, kind) in zip(hit_sents, hits, strict=True):
        if kind in ("bg", "hypo", "cond", "court", "not_appeal"):
            continue
        w = _weight(doc, sent)
        if kind == "action":
            # "the SEC charged X" right after the regulator's name: its own enforcement action, a ruling (its
            # charges usually come settled, with the order). A lawsuit it files ("FTC sues X", "Justice
            # Department sues Google") starts a case, as anyone else's complaint does: no decision yet.
            if word not in _CHARGES or not any(
                rs == sent and 0 <= s - re_ < 20 for rs, re_ in regulator_ends
            ):
                continue
            kind = "ruling"
        elif kind == "imposes":
            if not _orders_named(doc, s, e, word, sent, regulator_ends):
                continue
            kind = "ruling"
        elif kind == "ruling":
            if word in types.ORDER_WORDS and types.TO_PAY.match(doc.low, e):
                kind = "penalty"  # "ordered X to pay €600,000" is the fine itself
                paid.add(sent)
            elif word in types.ORDER_WORDS and types.ORDERED_PROBE.match(doc.low, e):
                continue  # "CCI orders detailed probe into X": an investigation, no decision
            elif doc.low[max(0, s - 14) : s].endswith(types.CONDUCT_LEADS):
                continue  # "fined for having prohibited resellers from...": the infringement, not an order
            elif _RULE_SUBJECT_BEFORE.search(doc.low, max(0, s - 60), s):
                continue  # "konkurranseregler som forbyr kartellsamarbeid": what the law bans
        elif kind == "penalty" and word in _PAYING and _CONSUMERS_BEFORE.search(doc.low, max(0, s - 30), s):
            continue  # "Drivers paid £900m more": what consumers paid, no penalty
        key = kind
        if kind in ("fine", "penalty", "ruling", "ruled"):
            if sent in background or sent in hypo:
                continue
            if _WAIVED_BEFORE.search(doc.low, max(0, s - 40), s):
                continue  # "Datenschutzbehörde verzichtet auf Anordnung gegen Snapchat-Chatbot": none made
            if _CONTESTED_BEFORE.search(doc.low, max(0, s - 20), s):
                continue  # "Google vecht recordboete ... aan bij Europees Gerecht": what it contests
            if _ANNULLED_BEFORE.search(doc.low, max(0, s - 20), s):
                continue  # "Intel seeks 593 million euros in interest from EU over scrapped fine": undone
            if kind != "ruled" and _SOUGHT_BEFORE.search(doc.low, max(0, s - 60), s):
                # "The FTC is seeking a permanent injunction", "The ACCC is seeking declarations, penalties,
                # publication orders": asked for, not decided
                continue
            if kind in ("fine", "penalty") and sent >= head_limit and sent in other_co_sent:
                continue  # "In December, the DPC fined Twitter €450,000" in a story about Facebook: another's
            near = starts["negations"]
            if near and bisect_right(near, s) > bisect_right(near, s - 17) and _denied(doc, sent, s):
                continue  # "weder ein Bußgeld noch eine Anordnung ergangen", "kein Bußgeld"
            if kind == "fine" and sent not in amount_sent and _asks(doc, sent):
                continue  # "Kan Swedbank få milliardbot?": a headline that asks names no fine
            if any(a_sent == sent and a_end <= s for a_sent, a_end in appealed_from):
                continue  # "Klage gegen die Anordnung", "beroep tegen de uitspraak": what is appealed
            if (
                kind in ("fine", "penalty")
                and 0 < sent < head_limit
                and _AFTER_IT_BEFORE.search(doc.low, max(0, s - 30), s)
                and not any(
                    hs == 0 and hk in _DECISION_KINDS for hs, (*_h, hk) in zip(hit_sents, hits, strict=True)
                )
            ):
                # "Apple announces sweeping App Store changes ...: ... just ahead of the deadline set by the
                # European Commission after it fined the company €500 million in April": under a headline that
                # names no decision, the lead's fine is what its news follows
                continue
            if sent == 0 and kind in ("fine", "penalty") and _headline_reason(doc, s, e, hit_sents, hits):
                continue  # "X updates its privacy policy in Europe after €225M GDPR fine": why it changes
            if kind == "fine" and _THREAT_BEFORE.search(doc.low, max(doc.sentence_span(sent)[0], s - 30), s):
                # "Bruxelles menace Meta d'une amende jusqu'à 10 % de son chiffre d'affaires": a threat (an
                # order's threatened penalty is told with its order, and its figure counts there)
                continue
            if kind in ("fine", "penalty") and sent in suit_sents:
                continue  # "Apple zahlt 95 Millionen Dollar in Sammelklage": a private suit's payment
            if any(
                cs == sent and ce <= s and _JUDGMENT_THAT_ANYWHERE.search(doc.low, ce, s)
                for cs, ce in cancelled
            ):
                continue  # "will not appeal court ruling that scrapped Qualcomm's fine": that fine is history
            if kind == "penalty":
                if sent == 0 and statistics_title:
                    continue  # "Rekord bei Beschwerden, 1,2 Millionen Euro Bußgelder": a tally's figure
                if sent in amount_sent or _fines_named(doc, s, e, word, sent, regulator_ends):
                    key = "fine"
                elif _orders_named(doc, s, e, word, sent, regulator_ends):
                    key = "ruling"  # "Fed verhängt Wachstumsstopp gegen Wells Fargo"
                else:
                    continue  # a penalty word with no amount: a tally, a law, a possibility
            if kind == "ruled":
                # (the court may be named in the phrase itself: "Court Finds Ad Tech Monopolization")
                if (sent not in court_sent and not word.startswith(("court ", "judge "))) or any(
                    hs == sent and hk == "none" and hw in types.BECOMES_FINAL
                    for hs, (_h, _he, hw, hk) in zip(hit_sents, hits, strict=True)
                ):
                    continue  # (a judgment that only becomes final: "Urteil des LG Bonn ist rechtskräftig")
                key, w = "ruling", w * 0.5
        elif kind == "appeal":
            if sent in bg_lex or any(cs == sent and 0 <= s - ce < 40 for cs, ce in cancelled):
                continue
            if sent == 0 and doc.title_end and doc.low[: doc.title_end].rstrip().endswith("?"):
                continue  # "Amende de la Cnil : Amazon va-t-il saisir le Conseil d'État ?": asked, not lodged
            if _DEADLINE_BEFORE.search(doc.low, doc.sentence_span(sent)[0], s):
                continue  # "The regulator has 28 days from the decision to apply for permission to appeal"
            if sent in advised:
                continue  # "recommending that the Court of Justice dismiss Google's appeal": pending, no news
            if word in types.REFERRALS and (
                _DAMAGES_CLAIM.search(doc.low, *doc.sentence_span(sent)) or _damages_claimed(doc)
            ):
                continue  # "OGH legt EuGH Fragen zum Schadenersatz vor": a civil claim for damages, no appeal
        elif kind == "decided":
            if word == "stattgegeben" and not _APPEAL_GRANTED_BEFORE.search(
                doc.low, max(doc.sentence_span(sent)[0], s - 150), s
            ):
                continue  # "einer Unterlassungsklage ... stattgegeben": a lawsuit's first judgment
            if _REMEDY_BID.match(doc.low, e):
                # "rejected the Justice Department's push to force Google to sell its Chrome browser": the
                # remedies a court weighs in the first instance, no appeal
                continue
            # Background words count before the decision only: "rejected the appeal against the decision
            # that had fined it" decides now; "had rejected the appeal in 2019" is history.
            # "wins appeal", "lost its appeal" say by themselves that an appeal was decided; "upheld" or
            # "dismissed" need a court in their sentence (or in the title).
            court_named = sent in court_sent or bool(doc.title_end and 0 in court_sent)
            outcome = (
                "appeal" in word
                or "challenge" in word
                or word in types.OUTCOMES
                or (word in types.COURT_OUTCOMES and court_named)
            )
            if word in types.NEED_NOT_PAY and not _MUST_BEFORE.search(doc.low, doc.sentence_span(sent)[0], s):
                continue  # "will die Strafe nicht zahlen": a refusal, no judgment
            if word in types.COURT_OUTCOMES and not outcome:
                continue  # "lost against Liverpool": no court, no appeal
            if any(cs == sent and ce <= s for cs, ce in cancelled) and _JUDGMENT_THAT.search(
                doc.low, max(0, s - 40), s
            ):
                continue  # "will not appeal the ruling that scrapped the fine": what is not appealed, history
            if sent in advised:
                continue  # "the Advocate General advised the court to uphold the fine": no judgment yet
            if word in types.OUTCOMES and sent >= head_limit and bg_year_at.get(sent, s) < s:
                # "History suggests the outcome is open: the CNMC's €98m fine ... in 2015 was largely
                # annulled on appeal": a past appeal's outcome the body recalls (where a court decides now,
                # its sentence dates what it decides on: "die Beschwerde gegen den Eilbeschluss vom 24. April
                # 2017")
                continue
            if any(bs == sent and be <= s for bs, be in bg_ends) or not (
                outcome
                or sent in court_sent
                or (doc.title_end and 0 in court_sent)
                or (_objection_in(doc, sent) and not any(cs in (sent, sent + 1) for cs, _ in cancelled))
            ):
                continue
            tail = doc.low[e : e + 80]
            cut = _CLAUSE_END.search(tail)
            if cut is not None:
                tail = tail[: cut.start()]  # "kippt Klausel bei Amazon - Verbraucherzentrale plant Klage"
            if word in _PERMITS:
                # "allowed users to share ...": a permission, unless what was allowed is in its sentence
                tail = tail[: max(0, doc.sentence_span(sent)[1] - e)]
            if lang in _VERB_FINAL or word in _PASSIVE_DECIDED:
                # "hat die ... verhängte Geldbuße deutlich gesenkt": the participle ends its clause; "Ses
                # requêtes sont rejetées", "sanktionsavgiften sänks": the passive's subject is its object.
                tail = doc.low[max(doc.sentence_span(sent)[0], s - 100) : s] + tail
            # (the object may be in the phrase itself: "sospende la sanzione")
            named_object = (
                word in types.FINED_RIGHTLY
                or any(o in tail or o in word for o in types.DECISION_OBJECTS)
                # an authority's finding quashed: "setting aside the CMA's December 2016 finding that ..."
                or (word in _QUASHING and "finding" in tail)
            )
            if not named_object and not outcome and word not in types.SIDING:
                continue
            if word in types.SIDING and any(
                hk == "ruling" and he <= s and (hs == sent or (hs < sent and hs not in background))
                for hs, (_hs, he, _hw, hk) in zip(hit_sents, hits, strict=True)
            ):
                # "a judge blocked the deal, siding with the Justice Department"; "The tribunal has ordered
                # Cineplex to pay ... the tribunal sided with the Competition Bureau": the first decision
                continue
            if word in types.SIDING and _TALLIED.match(doc.low, e):
                continue  # "ga tilsynet medhold i de fleste klagene": a year's tally of appeals, no decision
            if _SHARE_OF.match(doc.low, e):
                continue  # "La justicia anula una de cada tres sanciones de la CNMC": a share of many
            particles = types.SEPARABLE.get(word)
            rest = doc.low[e : doc.sentence_span(sent)[1]]
            if particles is not None and not any(p in rest for p in particles):
                continue  # "weist die Beschwerde zurück" decides; "weist darauf hin" does not
            if (
                word in _SIDING_EN
                and not _SIDED_AUTHORITY.match(doc.low, e)
                and not any(0 <= m.start - e <= 40 and not _is_court(m) for m in auth_mentions)
            ):
                # "a court in Amsterdam sided with a digital rights group": a civil suit's ruling
                key = "ruling"
            elif any(a_sent == sent and 0 <= a_start - e <= 45 for a_sent, a_start in agency_starts) and (
                _US_TRIAL_COURT.search(doc.low, *doc.sentence_span(sent))
                and not _APPELLATE.search(doc.low, *doc.sentence_span(sent))
            ):
                # "A U.S. federal judge rejected the Federal Trade Commission's request for a preliminary
                # injunction", "siding with the Justice Department, which sued the company": a trial court
                # decides the agency's own case, its first ruling, no appeal
                key = "ruling"
        elif kind == "finding":
            # A breach found by an authority named in that sentence of the first lines: a ruling; not one
            # alleged or investigated ("Irish DPC investigating whether X breached GDPR"), nor one found
            # provisionally ("EU says X breaches antitrust rules", in a statement of objections).
            if sent >= head_limit or sent in background or sent in hypo or not (
                sent in auth_sents or sent in court_sent
            ):
                continue
            if types.ALLEGED.search(doc.low, *doc.sentence_span(sent)) or provisional:
                continue
            if any(
                hs == sent and hk == "action" and hw not in _CHARGES
                for hs, (_hs, _he, hw, hk) in zip(hit_sents, hits, strict=True)
            ):
                continue  # "FTC Sues Amazon for Illegally Maintaining Monopoly Power": what a lawsuit alleges
            if any(a_sent == sent and a_end <= s for a_sent, a_end in appealed_from):
                continue  # "a legal challenge against the decision to fine it for breaches of": appealed
            key, w = "ruling", w * 0.5
        elif kind == "none" and sent >= head_limit:
            continue
        score[key] += w
        if sent < head_limit:
            head[key] += w
        if sent == 0 and key != "none":
            first_line += w
        evidence.setdefault(key, []).append(snippet(doc, s, e, 30))

    if doc.title_end and 0 in court_sent and first_line == 0:
        # "Landgericht Hamburg: Google muss Sex-Fotos von Max Mosley sperren", "Rechter: X moet ...": a court
        # named before the headline's colon, an obligation after it: the court's order
        colon = doc.low.find(":", 0, doc.title_end)
        if (
            colon > 0
            and any(doc.sentence_of(m.start) == 0 and m.start < colon and _is_court(m) for m in auth_mentions)
            and _OBLIGED.search(doc.low, colon, doc.title_end)
        ):
            score["ruling"] += 3.0
            head["ruling"] += 3.0
            first_line += 3.0
            evidence.setdefault("ruling", []).append(snippet(doc, colon, doc.title_end, 30))
    imposed_daily = (
        periodic_live
        and bool(paid)
        and score["ruling"] == 0
        and any(m.periodic and m.note is None and m.sentence in paid - cond for m in found)
    )
    if periodic_live and not imposed_daily:
        # A daily penalty enforces an order, except one a court orders paid with no other order named
        # ("ordered Poland to pay €1 million a day"): that penalty is the decision, a fine.
        # A daily penalty imposed by itself, with no order named beside it ("imposes daily fine of 4.8
        # million liras on Meta", "verhängt Zwangsgeld gegen Irland: 15.000 Euro pro Tag"), is that fine.
        # With a lump sum beside it ("une amende de 2 millions d'euros, assortie d'une astreinte de 20 000
        # euros par jour de retard") it enforces an order the fine comes with: a ruling too.
        lump_sum = any(
            not m.periodic and m.note is None and m.penalty_context and m.sentence not in background
            for m in found
        )
        key = "ruling" if score["ruling"] > 0 or score["fine"] == 0 or lump_sum else "fine"
        score[key] += 1.0
        evidence.setdefault(key, []).append("penalty per day until compliance")

    enforcement_head = head["fine"] + head["ruling"] + head["decided"] + head["appeal"]
    primary = "none"
    kinds: list[str] = []
    opinion = (
        _OPINION_TITLE.match(doc.low) is not None
        or _NOTICE_TITLE.search(doc.low, 0, doc.sentence_span(0)[1]) is not None
        # a feature's label opening the summary: "Portrait. Basé à Ittigen, ... Swisscom"
        or (doc.title_end > 0 and _FEATURE_LEAD.match(doc.low, doc.title_end) is not None)
    )
    # "EU will not appeal court ruling that scrapped Qualcomm's fine", "Illumina ... will not seek further
    # review of FTC case": a headline that only says a court's judgment stands reports no decision (a company
    # that accepts its fine, "H&M verzichtet auf Widerspruch", reports the fine)
    left_standing = first_line == 0 and any(
        kind == "not_appeal"
        and sent == 0
        and ("further" in word or _COURT_STEP_AFTER.match(doc.low, e, doc.title_end) is not None)
        for sent, (_s, e, word, kind) in zip(hit_sents, hits, strict=True)
    )
    advised_title = any(
        kind == "hypo" and sent == 0 and word in types.ADVISERS
        for sent, (_s, _e, word, kind) in zip(hit_sents, hits, strict=True)
    )
    if opinion:
        primary = "none"  # "Opinion: ...", "Kronikk: ...": a view on enforcement, whatever it cites
    elif left_standing:
        primary = "none"
    elif advised_title:
        primary = "none"  # "EU court adviser backs €2.4bn Google Shopping fine": an opinion, no judgment
    elif _REFERRAL_TITLE.search(doc.low, 0, doc.sentence_span(0)[1]) and _damages_claimed(doc):
        # "OGH legt EuGH Fragen zum Schadenersatz vor", "Supreme Court asks CJEU whether GDPR damages require
        # actual harm": a civil claim's questions to the Court of Justice, whatever fine the body recalls
        primary = "none"
    elif first_line == 0 and _TRIAL_BEGINS.search(doc.low, 0, doc.title_end or doc.sentence_span(0)[1]):
        primary = "none"  # "FTC's antitrust trial against Meta begins": a hearing opens, nothing decided yet
    elif first_line == 0 and _question_title(
        doc, {sent for sent, hit in zip(hit_sents, hits, strict=True) if hit[3] in _DECISION_KINDS}
    ):
        # "Na de Uber-boete: wat moeten organisaties nu doen?", "How much has Google paid?": a headline that
        # only asks reports no decision; the body's decisions are what it asks about
        primary = "none"
    elif first_line == 0 and any(
        kind == "none" and word in types.NO_DECISION and sent == 0
        for sent, (_s, _e, word, kind) in zip(hit_sents, hits, strict=True)
    ):
        primary = "none"  # "Lloyds sets aside £700m", "X in talks to pay", "class action against X"
    elif enforcement_head == 0 and not periodic_live and any(
        kind == "hypo" and sent == 0 and word not in _WEAK_HYPO
        for sent, (_s, _e, word, kind) in zip(hit_sents, hits, strict=True)
    ):
        # "X could face fine of up to 4% of turnover": what may come, whatever the body recalls
        primary = "none"
    elif first_line == 0 and any(
        kind == "action"
        and word not in _CHARGES
        and word not in _ACTIONS_TAKEN
        and sent == 0
        and not any(0 <= m.start - e <= 30 for m in auth_mentions)
        for sent, (_s, e, word, kind) in zip(hit_sents, hits, strict=True)
    ):
        # "ACCC sues Google for misleading consumers": a lawsuit starts a case, whatever penalties the body
        # says it seeks or the law allows (not a suit against an authority, "Zalando sues European
        # Commission over ... label": a challenge of its decision)
        primary = "none"
    elif first_line == 0 and _group_subject(doc):
        # "Forbrukerrådet klager Meta inn for Forbrukertilsynet", "Noyb reicht in elf Ländern Beschwerde gegen
        # Meta ein": a consumer or privacy group's step, whatever earlier decisions the body recalls
        primary = "none"
    elif _SPORTS_BODY.search(doc.low, 0, doc.sentence_span(0)[1]) and not any(
        doc.sentence_of(m.start) <= 1 for m in auth_mentions
    ):
        # "Chelsea fined €10m by UEFA", "La UEFA multa al Barcelona": a sports body disciplines its members;
        # no regulator or court decides
        primary = "none"
    elif _TALLY.search(doc.low, 0, doc.sentence_span(0)[1]):
        primary = "none"  # "La CNIL a prononcé 21 sanctions en 2022": a year's tally, no decision
    elif head["none"] > 0 and enforcement_head == 0:
        primary = "none"  # the first lines say what the item is: an adequacy decision, a launch, a survey
    elif score["decided"] >= 1.0:
        primary, kinds = "appeal", ["appeal"]
    elif score["fine"] >= 1.0 or score["ruling"] >= 1.0:
        # One clear phrase anywhere outside background adds a type; the primary needs more (see below).
        if score["fine"] >= 0.8:
            kinds.append("fine")
        if score["ruling"] >= 0.8:
            kinds.append("ruling")
        if score["appeal"] >= 0.8:
            kinds.append("appeal")
        primary = "fine" if "fine" in kinds else "ruling"
        if head["appeal"] > 0 and head["fine"] == 0 and head["ruling"] == 0:
            primary = "appeal"
    elif score["appeal"] >= 1.0 or score["decided"] > 0:
        primary, kinds = "appeal", ["appeal"]

    if (
        primary in ("none", "ruling", "fine")
        and not periodic_live
        and not opinion
        and not left_standing
        and not advised_title
        # "CNIL fines X; the fine applies a CJEU ruling" stays a fine: another authority leads the first line.
        and (primary == "none" or not _other_authority_first(doc, auth_mentions))
        and _eu_judgment(doc, auth_mentions, head_limit, background)
    ):
        # The EU courts judge challenges: actions against the Commission's decisions and the questions a
        # national court refers while it hears one ("EuGH: Für DSGVO-Bußgelder zählt der Konzernumsatz").
        # Only a member state ordered to pay (a daily penalty, above) is fined by them.
        primary, kinds = "appeal", [k for k in kinds if k != "appeal"] + ["appeal"]

    # Authority, court, jurisdiction.
    regulator_id, court_id = _authorities(
        doc, auth_mentions, country_hint, lang, background, target, score, {sent for sent, _ in cancelled}
    )
    if (
        regulator_id is not None
        and primary != "none"
        and _elsewhere_only(doc, auth_mentions, background, regulator_id)
    ):
        # "Spagna, multa da 179 milioni a Ryanair ... Anche in Italia ... nel 2019 l'Agcm aveva sanzionato
        # Ryanair": the only authorities named are another country's, in the background of a headline about
        # the story's own country; an authority the text does not name decides
        regulator_id = court_id = None
    head_end = doc.sentence_span(min(head_limit, len(doc.starts)) - 1)[1]  # the title and the lead
    if regulator_id is None and primary != "none":
        regulator_id = _described_authority(doc, head_end, primary, court_id, country_hint, auth_mentions)
    if (
        primary == "ruling"
        and regulator_id
        and court_id
        and authorities.REGISTRY[regulator_id].country != authorities.REGISTRY[court_id].country
        and _top_country(country_hint) == authorities.REGISTRY[court_id].country  # the story's country
        and not any(regulator_id in m.ids and doc.sentence_of(m.start) < head_limit for m in auth_mentions)
    ):
        # A court's order in a civil suit ("Rechter: Meta moet ..." on a rights group's claim): an authority
        # of another country that only the body names ("the Commission fined Meta 798 million euros last
        # year") is no party to it.
        regulator_id = None
    reg = authorities.REGISTRY.get(regulator_id) if regulator_id else None
    court = authorities.REGISTRY.get(court_id) if court_id else None
    jurisdiction = reg.country if reg else (court.country if court else None)
    if primary == "appeal" and court is not None and court.id in _EU_COURTS:
        jurisdiction = "EU"  # the EU court decides, on a national authority's decision too
    if jurisdiction is None:
        jurisdiction = feed_jurisdiction or _top_country(country_hint) or countries.LANGUAGE_COUNTRY.get(lang)

    if primary == "none":
        choice = money.AmountChoice(None, ())  # a non-event reports no amount: no need to weigh them
    else:
        # A hypothetical sentence's figures ("could face fines like the €746m X got") are not this event's.
        # A background word counts for the figures after it only: in "fined €8.15m for calls made although
        # the people had objected", "had" dates the objection, not the fine.
        # The penalty per day an order threatens is told as what may come ("Meta risikerer å måtte betale
        # inntil én million kroner for hver dag", "droht ein Zwangsgeld von bis zu ... pro Tag"): with an
        # order reported, that sentence's daily figure is the order's.
        threatened = (
            {m.sentence for m in found if m.periodic and m.currency and m.note is None and m.sentence in hypo}
            if score["ruling"] > 0
            else set()
        )
        not_this = frozenset(bg_year | (hypo - threatened))
        if regulator_id and any(
            m.periodic and m.currency and m.note is None and m.sentence < head_limit for m in found
        ):
            # An order whose first lines threaten a penalty per day: a later sentence that names another
            # authority and not this one tells that authority's decision ("Meta's lead regulator in the EU,
            # Ireland's Data Protection Commission, fined the company 390 million euros"), not a lump sum
            # beside the daily rate.
            own = {doc.sentence_of(a.start) for a in auth_mentions if regulator_id in a.ids}
            elsewhere = {
                doc.sentence_of(a.start)
                for a in auth_mentions
                if regulator_id not in a.ids
                and not _is_court(a)
            }
            not_this |= {s for s in elsewhere - own if s >= head_limit}
        choice = money.choose(
            found, doc, not_this, frozenset(other_co_sent), jurisdiction, background_words=bg_ends
        )
    if primary == "appeal" and (
        choice.main is None
        or choice.main.currency is None
        # ... or a figure of the body's later lines, where the first lines name a penalty ("Clearview AI will
        # not have to pay the £7.5 million fine issued by the ICO in 2022" over "has faced fines of 20 million
        # euros each in Italy, Greece and France")
        or (
            choice.main.sentence >= head_limit
            and any(m.sentence < head_limit and m.currency and m.note is None for m in found)
        )
    ):
        # An appeal judgment's amount is the penalty at stake, usually told as background.
        # When the first lines say a penalty is at stake, a figure told as history is it ("had lodged an
        # appeal against a £500,000 fine"); an appeal against a ban or a blocked deal keeps no past fine.
        at_stake = money.PENALTY_NOUN.search(doc.low, 0, head_end) is not None
        other_sents = frozenset(other_co_sent)
        # ... and with no penalty at stake in them, a penalty per day the body tells apart ("Parallelt står
        # tvangsmulkta på 1,2 millionar kroner per dag") enforces another decision than the one appealed.
        apart = frozenset(
            () if at_stake else (m.sentence for m in found if m.periodic and m.sentence > head_limit)
        )
        stake = money.choose(found, doc, apart, other_sents, jurisdiction, at_stake=at_stake)
        if choice.main is None or (
            stake.main is not None
            and stake.main.currency is not None
            and (choice.main.currency is None or stake.main.sentence < head_limit)
        ):
            # ... and a figure with its currency told as history beats a bare one of the story ("le sanzioni
            # per complessivi 228 milioni di euro inflitte a gennaio 2020" over "circa 114 milioni")
            choice = stake
    main = choice.main if choice.main is None else money.in_item_currency(choice.main, found)
    if main is not None and not main.in_title and head["ruling"] > 0 and head["fine"] == 0:
        # "Google ordered to table a news remuneration offer ... or face EUR 900,000 a day": a headline that
        # tells an order and the daily penalty enforcing it; the lump sum the body adds for the past ("The
        # decision also imposes a fine of EUR 500 million") is the item's other news.
        title_daily = next(
            (m for m in found if m.in_title and m.periodic and m.currency and m.note is None), None
        )
        if title_daily is not None:
            main = title_daily
    if primary == "ruling" and main is not None and "fine" not in kinds:
        if main.penalty_context:
            kinds.append("fine")
        elif not main.periodic:
            # An order's story tells sums that are no penalty (deposits covered, a loan book, legal costs);
            # the penalty it threatens per day is its amount.
            daily = [
                m for m in choice.others if m.periodic and m.penalty_context and m.note in (None, "component")
            ]
            main = daily[0] if daily else None
    if primary in ("fine", "ruling") and "fine" in kinds and "ruling" in kinds:
        # A cap is no lump sum when it caps an order's conditional or periodic penalty.
        # (A cap told beside a weekly rate caps it: "EUR 5 million for every week ..., with a total cap of EUR
        # 50 million".)
        lump = (
            main is not None
            and not main.periodic
            and not (
                main.cap
                and (cond or periodic_live or any(m.periodic and m.sentence == main.sentence for m in found))
            )
        )
        primary = "fine" if lump else "ruling"
    if primary == "fine" and main is None and "ruling" in kinds:
        primary = "ruling"

    if primary == "none":
        about = reg.country if reg else None  # the authority a non-event is about ("ICO opens probe")
        court = None
        reg = None
        main = None
        kinds = ["none"]
        if not feed_jurisdiction:
            # A national-language item that names no country is about that country's affairs.
            # The authority an item is about ("a complaint to the Austrian DPA") says more than the most
            # named country.
            # An authority in the first lines outweighs the EU named anywhere ("CCI orders probe into
            # Google", whose body recalls the Commission's fine).
            leading = about and any(
                regulator_id in m.ids and doc.sentence_of(m.start) < head_limit for m in auth_mentions
            )
            # ... and so does the country of the authority it is about when the headline names that country
            # and not the EU ("Microsoft's $69bn Activision deal cleared by UK regulator", whose body names
            # the European Economic Area once).
            eu = country_hint.get("EU", 0.0)
            if about and eu and not leading and doc.title_end:
                in_title = countries.country_scores(doc.text[: doc.title_end], doc.low[: doc.title_end], 0)
                leading = about in in_title and "EU" not in in_title
            jurisdiction = (
                (about if leading else None)
                or ("EU" if eu else None)
                or about
                or _top_country(country_hint)
                or countries.LANGUAGE_COUNTRY.get(lang)
            )
    elif (
        primary != "appeal"
        and court is not None
        and ("ruling" not in kinds or not any(i < head_limit + 1 for i in court_sent))
        and not any(i < head_limit + 1 for i in court_sent & paid)
    ):
        # Outside appeals a court is named only when it made this ruling, or ordered this penalty paid
        # ("The Competition Tribunal has ordered Cineplex to pay"), which the first lines say.
        court = None

    # Amount fields.
    amount = currency = amount_eur = periodic = None
    cap = False
    # A non-event reports no decision date (and, having no amount, converts none).
    decision_date = (
        _decision_date(doc, published, background, hits, years, hit_sents) if primary != "none" else None
    )
    if main is not None:
        amount = money.decimal_string(main.value)
        currency = main.currency
        periodic = "day" if main.periodic and not main.weekly else None
        cap = main.cap
        amount_eur = money.to_eur(main.value, main.currency, decision_date or published)
    others = tuple(
        (money.decimal_string(m.value), m.currency or "", m.note or "background")
        for m in choice.others
        if main is not None and m.note != "ignore"
    )

    if primary != "none" and not chosen:
        chosen = targets.repeated_names(doc, chunks)
    if primary == "none" and chosen and not _in_headline(doc, chosen[0], known):
        # An item that reports no enforcement event is about a company only when its headline names it
        # (a launch, results); a report, a law or an opinion piece cites companies as examples.
        chosen = ()
    ordered: list[str] = [k for k in ("ruling", "fine", "appeal") if k in kinds] or ["none"]
    if primary != "none" and primary not in ordered:
        ordered.insert(0, primary)
    confidence = _confidence(primary, score, head)
    ev_keys = {"fine": "fine", "ruling": "ruling", "appeal": "appeal"}
    ev: list[str] = []
    for k in ordered:
        ev.extend(evidence.get(ev_keys.get(k, k), [])[:2])
    if primary == "appeal":
        ev.extend(evidence.get("decided", [])[:2])
    if primary == "none":
        ev.extend(evidence.get("none", [])[:2])
    return Analysis(
        language=lang,
        primary=primary,
        types=tuple(ordered),
        confidence=confidence,
        evidence=tuple(dict.fromkeys(ev))[:6],
        authority_id=reg.id if reg else None,
        authority_name=reg.display if reg else None,
        court_id=court.id if court else None,
        court_name=court.display if court else None,
        companies=chosen,
        jurisdiction=jurisdiction,
        amount=amount,
        currency=currency,
        periodic=periodic,
        cap=cap,
        amount_eur=amount_eur if primary != "none" else None,
        other_amounts=others,
        decision_date=decision_date if primary != "none" else None,
        classifier_version=CLASSIFIER_VERSION,
    )


# Outcome verbs that also mean "permit": their decided object must be in their own sentence.
_PERMITS = frozenset(("allowed", "allows"))


# Languages whose perfect tense puts the decided object before the participle ("hat die Geldbuße gesenkt",
# "heeft de boete verlaagd").
_VERB_FINAL = frozenset(("de", "nl"))


# An authority deciding on an objection to its own decision ("besluit op het bezwaar") acts as an appeal body.
_OBJECTIONS = ("bezwaar", "objection", "einspruch", "widerspruch", "reposición", "recours gracieux")


def _confidence(primary: str, score: dict[str, float], head: dict[str, float]) -> float:
    """How much evidence the rules found for their type: its phrases' weight, or for "none" the words
    that say what the first lines are instead."""
    if primary == "none":
        return round(min(0.95, 0.6 + 0.1 * head["none"]), 2)
    top = score.get("decided" if primary == "appeal" and score["decided"] else primary, 0.0)
    return round(min(0.99, 0.5 + 0.08 * top), 2)


_NEGATED = re.compile(
    r"\b(weder|noch|kein|keine|keinen|aucune?|nessuna?|ningun[ao]|ningún|geen|ingen|ikke noe)\s+"
    r"(?:(?:ein|eine|einen|une?|un|una|een|et|en)\s+)?$"
)


def _denied(doc: Document, sent: int, s: int) -> bool:
    """A penalty or an order denied by the words right before it: "weder ein Bußgeld noch eine Anordnung",
    "kein Bußgeld", "aucune amende" ("noch" only after "weder": "noch ein Bußgeld" is one more)."""
    a = doc.sentence_span(sent)[0]
    m = _NEGATED.search(doc.low, max(a, s - 16), s)
    return m is not None and (m.group(1) != "noch" or "weder" in doc.low[a : m.start()])
_EXPLAINER = re.compile(
    r"(?:how|why|what|when|where|wie|warum|comment|pourquoi|come|perché|cómo|por qué|hvordan|hvorfor)\b"
)


# Decided words in the passive, whose object stands before them.
_PASSIVE_DECIDED = frozenset(
    (
        *("rejetée", "rejetées", "rejetés", "annullata", "annullate", "annullati"),
        *("sänks", "sänktes", "upphävs", "upphävdes"),
    )
)


def _fines_named(
    doc: Document, s: int, e: int, word: str, sent: int, regulator_ends: list[tuple[int, int]]
) -> bool:
    """A fining verb between an authority's name and a capitalised name: "ICO fines Orbix over breach"."""
    if word not in types.FINING_VERBS:
        return False
    a, b = doc.sentence_span(sent)
    return (
        doc.text[s].islower()  # "CNIL Fines Are Rising": a Title Case headline's noun
        and "?" not in doc.text[a:b]  # "Ofcom fines BBC? Not so fast"
        and not _EXPLAINER.match(doc.low, a)  # "How CNIL fines French companies"
        and not (sent == 0 and targets.is_title_case(doc.text, doc.title_end))
        and doc.text.startswith(" ", e)
        and doc.text[e + 1 : e + 2].isupper()
        and not doc.low.startswith(_FINES_NOUNS, e + 1)  # "Ofcom fines Regime Under Review": a noun
        and any(rs == sent and 0 < s - re_ <= 1 for rs, re_ in regulator_ends)
    )


# Nouns "fines" qualifies ("fines regime", "fines policy"): capitalised in a headline, they are no company.
_FINES_NOUNS = tuple(
    w + " "
    for w in (
        *("regime", "policy", "framework", "guidance", "guidelines", "system", "powers", "structure"),
        *("methodology", "calculation", "levels", "ceiling", "cap", "review", "consultation", "statement"),
    )
)


# What follows an ordering verb when it orders nothing: a fine's noun (the fine rules decide those; "verhängt
# Bußgelder in Rekordhöhe" is a tally), a reflexive ("verpflichtet sich"), a fine suspended.
_NOT_ORDERED = (
    *("bußgeld", "geldbuße", "buße", "strafe", "zwangsgeld", "million", "milliard", "rekord"),
    *("sich ", "zich "),
    *("la multa", "la sanzione", "le sanzioni", "il pagamento"),
)


def _orders_named(
    doc: Document, s: int, e: int, word: str, sent: int, regulator_ends: list[tuple[int, int]]
) -> bool:
    """An ordering verb right after an authority's name, with what it orders after it: "EU-Kommission
    verpflichtet Apple zur Öffnung", "Fed verhängt Wachstumsstopp gegen Wells Fargo", "l'Antitrust sospende
    le nuove regole di Ryanair". The German and Dutch verbs take a name or a noun (capitalised) next."""
    if word not in types.ORDERING_VERBS or not doc.text.startswith(" ", e):
        return False
    a, b = doc.sentence_span(sent)
    return (
        "?" not in doc.text[a:b]
        and not doc.low.startswith(_NOT_ORDERED, e + 1)
        # (the Romance verbs take any object: "Brazil's data protection authority suspends Meta's AI policy")
        and (word in _ANY_OBJECT_ORDERS or doc.text[e + 1 : e + 2].isupper())
        and (
            # right after the name, or after its abbreviation in brackets: "(ACM) verplicht Apple"
            any(
                rs == sent and 0 < s - re_ <= 2 and doc.text[re_:s].strip() in ("", ")")
                for rs, re_ in regulator_ends
            )
            or doc.low.endswith(_BRUSSELS, 0, s - 1)  # "Brussel verplicht Apple": the Commission
        )
    )


_ANY_OBJECT_ORDERS = frozenset(("sospende", "suspends", "suspende"))
_BRUSSELS = ("brussels", "brussel", "brüssel", "bruxelles", "bruselas", "bruxelas")


def _objection_in(doc: Document, sentence: int) -> bool:
    """An objection named in the sentence or the next ("verlaagt de boete. In een besluit op het bezwaar")."""
    a, _ = doc.sentence_span(sentence)
    _, b = doc.sentence_span(min(sentence + 1, len(doc.starts) - 1))
    low = doc.low[a:b]
    return any(w in low for w in _OBJECTIONS)


def _elsewhere_only(
    doc: Document, mentions: list[authorities.Mention], background: set[int], regulator_id: str
) -> bool:
    """Every authority the text names stands in its background, and the headline names a country other
    than the regulator's, and not the regulator's own."""
    if not all(doc.sentence_of(m.start) in background for m in mentions):
        return False
    home = authorities.REGISTRY[regulator_id].country
    named = {
        countries.code_of(m.group(1))
        for m in countries.COUNTRY_WORDS.finditer(doc.low, 0, doc.sentence_span(0)[1])
    }
    return home not in named and any(code not in (None, "EU") for code in named)


def _top_country(hint: dict[str, float]) -> str | None:
    if not hint:
        return None
    return max(sorted(hint), key=lambda c: hint[c])


# "Today, the Commission has fined X €120 million ... under the Digital Services Act": the Commission named
# bare, in a text about the EU, when the text names no other authority.
_BARE_COMMISSION = re.compile(r"(?<![\w-])(?:Commission|Kommission|Commissie|Commissione|Comisión)(?![\w-])")
_ARTICLES = frozenset(("the", "The", "la", "La", "die", "Die", "de", "De", "Le", "Il", "El"))
_EU_CONTEXT = re.compile(
    r"(?<![\w-])(?:eu|european|européenne|europäische[nr]?|europese|europea|brussels|bruxelles|brüssel|"
    r"brussel|bruselas|dsa|dma|digital services act|digital markets act|general court|cjeu|ecj)(?![\w-])"
)


def _bare_commission(doc: Document) -> bool:
    """The text's first lines name the Commission bare ("the Commission", "Commission fines X", not "Federal
    Trade Commission") and the text names the EU: then it is the European Commission."""
    lead_end = doc.sentence_span(min(2, len(doc.starts) - 1))[1]
    for m in _BARE_COMMISSION.finditer(doc.text, 0, lead_end):
        first = doc.sentence_span(doc.sentence_of(m.start()))[0]
        before = doc.text[max(first, m.start() - 30) : m.start()].split()
        prev = before[-1] if before else ""
        if prev[:1].isupper() and prev not in _ARTICLES:
            continue  # "Federal Trade Commission", "Gambling Commission"
        return _EU_CONTEXT.search(doc.low) is not None
    return False


def _authorities(
    doc: Document,
    mentions: list[authorities.Mention],
    hint: dict[str, float],
    lang: str,
    background: set[int],
    target: str | None,
    score: dict[str, float],
    not_appeal: set[int],
) -> tuple[str | None, str | None]:
    """(regulator, court) of this event. A court named where an appeal is only possible ("which can appeal
    to the Court of Justice", `not_appeal` sentences) is the next instance, not this decision's. A court
    only described ("a court in Luxembourg") is the one the text names, when it names one elsewhere."""
    reg_score: dict[str, float] = {}
    court_score: dict[str, float] = {}
    described: dict[str, float] = {}  # courts only described ("a Luxembourg court", "the EU court")
    named_deciding = False  # a court named outright, not as where an appeal could or will go
    generic_court = False
    weak: list[tuple[str, float]] = []
    court_alts: dict[str, tuple[str, ...]] = {}  # a court picked from a name several countries' courts bear
    for m in mentions:
        sent = doc.sentence_of(m.start)
        w = 3.0 if doc.in_title(m.start) else (1.5 if sent <= 1 else 1.0)
        if _AFTER_AUTHORITY.search(doc.low, max(0, m.start - 16), m.start) and _AFTER_AUTHORITY_END.match(
            doc.low, m.end
        ):
            # (an authority the news comes after: "dopo il Garante italiano arriva la multa della Grecia")
            w *= 0.1
        elif sent in background or (
            _ITS_EARLIER_PENALTY.match(doc.low, m.end) and score["decided"] == 0 and score["appeal"] == 0
        ):
            # (one told with its own earlier penalty, outside an appeal: "la stessa cifra che il Garante
            # privacy italiano aveva inflitto")
            w *= 0.3
        if m.ids == ("eu-lead",):
            # "European regulators" are the company's lead privacy authority, or the Commission in a
            # competition case ("EU antitrust fine").
            if _COMPETITION.search(doc.low):
                lead: str | None = "eu-commission"
            else:
                lead = companies.lead_authority(target) if target else None
            if lead:
                reg_score[lead] = reg_score.get(lead, 0.0) + w * 0.5
            continue
        if m.ids == ("court-generic",):
            generic_court = True
            continue
        if authorities.listed_among_names(doc.text, m.start, m.end):
            continue  # "a Acciona, ACS, FCC, Ferrovial, OHLA y Sacyr": the builder FCC
        chosen = authorities.pick(m.ids, hint, lang)
        a = authorities.REGISTRY[chosen]
        if a.is_court:
            if len(m.ids) > 1:
                court_alts.setdefault(chosen, m.ids)
            if sent in not_appeal or (score["decided"] > 0 and _appeal_destination(doc, m.start)):
                w *= 0.2  # the next instance
            elif not m.generic and not m.weak:
                named_deciding = True
        if m.weak:
            weak.append((chosen, w))
            continue
        table = (described if m.generic else court_score) if a.is_court else reg_score
        table[chosen] = table.get(chosen, 0.0) + w
    if not reg_score:
        for chosen, w in weak:
            reg_score[chosen] = reg_score.get(chosen, 0.0) + w
    if not reg_score and _bare_commission(doc):
        reg_score["eu-commission"] = 1.0
    # (a tie goes to the authority of the country the story names most: "Royaume-Uni : TikTok écope d'une
    # amende" naming the ICO and, later, the Garante)
    reg = (
        max(sorted(reg_score), key=lambda k: (reg_score[k], hint.get(authorities.REGISTRY[k].country, 0.0)))
        if reg_score
        else None
    )
    if reg == "eu-edpb" and len(reg_score) > 1:
        reg = max(sorted(k for k in reg_score if k != "eu-edpb"), key=lambda k: reg_score[k])
    if not named_deciding:  # no court named, or only as the next instance
        for chosen, w in described.items():
            court_score[chosen] = court_score.get(chosen, 0.0) + w
    court = max(sorted(court_score), key=lambda k: court_score[k]) if court_score else None
    if court in court_alts and reg:
        # "The Supreme Court has refused Royal Mail permission to appeal against Ofcom's fine": of the
        # courts of that name, the one of the regulator's country.
        home = authorities.REGISTRY[reg].country
        if authorities.REGISTRY[court].country != home:
            court = next(
                (i for i in court_alts[court] if authorities.REGISTRY[i].is_court
                 and authorities.REGISTRY[i].country == home),
                court,
            )
    if court is not None and reg is not None and score["decided"] > 0:
        home = authorities.REGISTRY[court].country
        if home != "EU" and authorities.REGISTRY[reg].country != home and _top_country(hint) == home:
            # "the Regional Court of Bonn has set the fine at EUR 900,000. The Federal Data Protection
            # Commissioner had originally imposed EUR 9.55 million", with the ICO in a later line: a
            # national court of the story's country judges that country's authority.
            own = sorted(k for k in reg_score if authorities.REGISTRY[k].country == home)
            if own:
                reg = max(own, key=lambda k: reg_score[k])
    if court is None and generic_court and score["decided"] > 0 and reg:
        from streams.classify.registry_data import DEFAULT_COURT

        court = DEFAULT_COURT.get(authorities.REGISTRY[reg].country)
    return reg, court


# "... and then appeal to the Court of Appeal in Warsaw": where a further appeal goes. In a report of a
# judgment that court is the next instance; in a report of an appeal being lodged it is this event's court.
_APPEAL_TO = re.compile(
    r"(?:appeal|appeals|appealed|appealing|challenge|appel|recours|berufung|beschwerde|revision|beroep|cassatie|"
    # ("declined Google's request to refer questions to the Court of Justice": where they would have gone)
    r"ricorso|appello|recurso|anke|anker|anket|questions|reference)\s+"
    r"(?:(?:to|with|before|at|devant|auprès d[eu]|beim|bei|vor|bij|al|alla|dinanzi al|ante|til|for)\s+)"
    r"(?:the\s+|la\s+|le\s+|l'|der\s+|dem\s+|het\s+|de\s+|el\s+|il\s+)?$"
)


def _appeal_destination(doc: Document, start: int) -> bool:
    """The court mention at `start` is where an appeal goes ("appeal to the Court of Appeal")."""
    floor = doc.sentence_span(doc.sentence_of(start))[0]
    return _APPEAL_TO.search(doc.low, max(floor, start - 40), start) is not None


_COMPETITION = re.compile(
    r"antitrust|competition|cartel|dominan|digital markets act|concurrence|wettbewerb|kartell|concorrenza|"
    r"competencia|konkurranse|mededinging|mercado interior"
)
_SIGNAL_KINDS = frozenset(("fine", "penalty", "ruling", "decided", "ruled"))


def _sentences_of(doc: Document, positions: list[int]) -> list[int]:
    """`doc.sentence_of` of each position, in one call."""
    starts = doc.starts
    return [bisect_right(starts, pos) - 1 for pos in positions]


def _decision_date(
    doc: Document,
    published: str | None,
    background: set[int],
    hits: list[tuple[int, int, str, str]],
    years: list[int],
    hit_sents: list[int] | None = None,
) -> str | None:
    if hit_sents is None:
        hit_sents = _sentences_of(doc, [hit[0] for hit in hits])
    signal_sent = sorted(
        {sent for sent, hit in zip(hit_sents, hits, strict=True) if hit[3] in _SIGNAL_KINDS} - background
    )
    if not signal_sent:
        return None
    # Only the sentences that report the decision are read for its date.
    for sent in signal_sent:
        a, b = doc.sentence_span(sent)
        for _pos, day in dates.iter_dates(doc.low[a:b], published, years):
            if published and day > published[:10]:
                continue
            return day
    return None
