# ruff: noqa: E501 - lexicons and example sentences read better unwrapped
"""Event typing: lexicons of the phrases that report a fine, a ruling (a non-monetary order), an appeal
(announced/lodged, or decided by an appeal body), or a non-event (product news, surveys, proposals, NGO
complaints, opinion), in EN/FR/DE/NL/IT/ES/NO, found in one trie-shaped regex pass per item.

What counts follows the labelling conventions: a statutory maximum or a "could face" is no fine (the penalty
word needs a real amount in its sentence, and hypothetical sentences do not count); "considering an appeal",
"can appeal", "will not appeal" are no appeal (longer negative phrases win over the positive ones they
contain); a reprimand alone is no ruling; signals in sentences about earlier events (background) do not count.
"""

from __future__ import annotations

import re

from streams.classify.text import KeywordIndex


def _kind(kind: str, words: str) -> dict[str, str]:
    return {w.strip(): kind for w in words.split("|") if w.strip()}


LEXICON: dict[str, str] = {}
# A fine by itself: verbs and fixed phrases that only report a monetary penalty.
LEXICON |= _kind(
    "fine",
    (
        "fined|will be fined|has fined|have fined|notice of intent|penalty notice|monetary penalty|civil penalty|"
        # a notice of intent is a fine (the corpus conventions): "issued a notice of its intention to fine"
        "intention to fine|intends to fine|"
        # ... as the ICO words it since 2024: "Provisional decision to fine software provider £6.09m"
        "provisional decision to fine|provisionally decided to fine|provisional intention to fine|"
        "provisionally intends to fine|provisional view to fine|provisional intent to fine|"
        "provisional intent to impose|intention to impose a fine|intent to impose a fine|"
        "sanctionné|sanctionnée|sanctionnés|sanctionne|amende de|une amende|d'une amende|écope|condamné à|condamnée à|"
        # the AMF's settlement: "Carmignac Gestion transige avec l'AMF et versera 500.000 euros"
        "transige avec|a transigé avec|accord de composition administrative|composition administrative|"
        "sanction pécuniaire|sanctions pécuniaires|sanzione pecuniaria|sanción pecuniaria|pecuniary penalty|"
        "provvedimento sanzionatorio|"
        "bußgeld in höhe|bußgeld von|ein bußgeld|rekordbußgeld|geldbuße|ordnungsgeld|zwangsgeld gegen|"
        "verhängt bußgeld|verhängt geldbuße|"
        # the German fine notice: "hat gegen die 1&1 Telecom GmbH einen Bußgeldbescheid über 9.550.000 Euro erlassen"
        "bußgeldbescheid|bußgeldbescheide|"
        "verhängt geldstrafe|"
        "zwangsgeld von|zwangsgeld in höhe|"
        "beboet|boete van|boete voor|een boete|legt boete op|"
        "multato|multata|multa a|multa di|multa de|una multa|maxi multa|sanzione di|una sanzione|sanziona|"
        "sanzionato|sanzionata|irrogato|multado|multada|sanción de|sanciona|"
        "bøtelagt|bøtelegger|overtredelsesgebyr|overtredelsesgebyrer|tvangsmulkt|bot på|gebyr på|gebyrer på|"
        "astreinte de|"
        "varslet gebyr|varslede gebyret|varslet overtredelsesgebyr|varsel om overtredelsesgebyr|varsel om gebyr|"
        "sanktionsavgift|sanktionsavgiften|sanksjonsavgift|sanksjonsavgiften|bøde på|bødeforlæg|büsst|büßt|gebüsst|gebüßt|"
        # Norwegian and Danish compounds that name the fine's size: "Klarna får millionbot"
        "millionbot|milliardbot|rekordbot|rekordgebyr|rekordgebyret|milliongebyr|milliongebyret|millionbøter|milliardbøter|millionbøde|millionbøder|rekordbøde|"
        "millionboete|miljoenenboete|miljardenboete|recordboete|recordboetes|"
        # German compounds that do the same: "Brüssel verhängt Millionenbußen gegen Telekom"
        "millionenbuße|millionenbußen|millionenstrafe|milliardenbuße|milliardenbußen|milliardenstrafe|"
        "rekordbuße|rekordstrafe|"
        # Swedish, Danish and Portuguese, which the other languages' feeds quote: "Autoliv bötfälls av
        # EU-kommissionen", "får miljonböter", "Cade aplica multas de R$ 535 milhões", "coima de 4 milhões"
        "bötfälls|bötfälldes|bötfällt|bötfäller|straffavgift|straffavgiften|miljonböter|miljardböter|"
        "rekordböter|i böter|"
        # Polish: "Prezes UODO nałożył na Morele.net karę w wysokości ...", "Rekordowa kara UODO"
        "nałożył karę|nałożyła karę|nałożono karę|ukarał|ukarała|ukarany|ukarana|kara w wysokości|"
        "karę w wysokości|kary w wysokości|karę pieniężną|kara pieniężna|karę finansową|kara finansowa|"
        "rekordowa kara|rekordową karę|"
        # Czech and Greek: "ÚOOÚ uložil společnosti Avast pokutu 351 milionů korun", "Πρόστιμο 20 εκατ. ευρώ"
        "pokutu|pokuta|pokuty|pokutou|uložil pokutu|uložila pokutu|πρόστιμο|προστίμου|πρόστιμα|"
        "aplica coima|aplicou coima|aplica uma coima|aplicou uma coima|aplica multa|aplica multas|"
        "aplicou multa|aplicou multas|coima de|multou|condenada a pagar|condenado a pagar|"
        # Catalan: "Competència multa Apple i Amazon amb 194 milions d'euros", "ha sancionat Apple"
        "ha sancionat|sancionat|sancionada|ha multat|multat|multada amb|multa amb|"
        # Turkish: "Meta'ya 346.717.193,40 TL idari para cezası verildi", "para cezası uygulanmasına karar verdi"
        "idari para cezası|para cezası verdi|para cezası verildi|para cezasına çarptırdı|para cezası uygulanmasına"
    ),
)
# Penalty words: count only in a sentence that states an amount.
LEXICON |= _kind(
    "penalty",
    (
        "fine|fines|fining|penalty|penalties|amende|amendes|sanction|sanctions|bußgeld|strafe|geldstrafe|boete|boetes|multa|"
        "multe|sanzione|sanzioni|sanción|sanciones|bot|bøter|böter|bøde|bøder|coima|coimas|multas|gebyr|pay|payer|zahlen|betalen|pagar|pagare|betale|"
        "imposed|imposes|impose|imposé|imposée|levied|slapped|slaps|hit with|inflige|infligé|infligée|infliger|"
        "irrogata|inflitto|inflitta|impone|impuesto|impuso|opgelegd|verhängt|verhängte|ilagt|ilegger|ilegges|"
        "auferlegt|auferlegte|geldbußen|bußgelder|"
        "prononcé|prononce|"
        "doit régler|must pay|ordered to pay|agreed to pay|to pay|soll|muss|"
        # paying, in the tenses outlets use, and the settlement an authority secures
        "pays|paid|will pay|paie|paiera|paieront|va payer|vont payer|a payé|versera des pénalités|"
        "verseront des pénalités|versera une amende|zahlt|zahlte|gezahlt|betaalt|"
        "betaalde|paga|pagano|pagherà|pagheranno|pagato|pagan|pagará|pagarán|pagó|betaler|betalte|"
        "settlement|settlements|vergleich|schikking|forlik|patteggia|patteggiamento|"
        # profits confiscated by a supervisor that cannot fine: "la FINMA confisca 95 milioni"
        "confisca|confiscation|confisque|einziehung|gewinneinziehung|disgorgement|inndragning|decomiso|"
        # Turkish: "346,7 milyon liralık ceza"
        "ceza|cezası|para cezası"
    ),
)
LEXICON |= _kind(
    "ruling",
    (
        "ordered|orders|order to|ordering|ordre|banned|bans|ban on|temporary ban|injunction|enforcement notice|"
        # the UK's advertising regulator, whose feed titles every ruling "ASA Ruling on X" and whose rulings
        # end "The ad must not appear again in the form complained of"
        "asa ruling on|asa rulings on|must not appear again|"
        "strategic market status|designated as a gatekeeper|überragende marktübergreifende bedeutung|"
        "designates six gatekeepers|designates gatekeepers|designated gatekeepers|designated as gatekeepers|"
        "als gatekeeper benannt|als torwächter benannt|désigne les contrôleurs d'accès|"
        "désignés contrôleurs d'accès|aangewezen als poortwachter|designati come gatekeeper|"
        "designados guardianes de acceso|utpekt som portvokter|"
        # words between the verb and the label: "designa a seis gigantes tecnológicos como 'guardianes de acceso'"
        "como 'guardianes de acceso'|como guardianes de acceso|comme contrôleurs d'accès|"
        "comme « contrôleurs d'accès »|en tant que contrôleurs d'accès|als poortwachters aangewezen|"
        "verschärfte missbrauchsaufsicht|erweiterte missbrauchsaufsicht|verschärfte aufsicht|"
        # the same designation told in English and French: "of paramount significance for competition across
        # markets", "subject to extended abuse control"
        "paramount significance for competition|extended abuse control|special abuse control|"
        "überragender marktübergreifender bedeutung|importance primordiale pour la concurrence|"
        "enforcement notices|"
        # an offer made binding, in Norwegian: "har gjort Apples tilbud om å åpne NFC-brikken ... juridisk bindende"
        "juridisk bindende|rettslig bindende|"
        "blocks|blocked|has blocked|prohibits|prohibited|vetoes|vetoed|final order|consent order|order banning|"
        "veta la|veta el|vetó|ha vetado|stoppt fusion|stoppt übernahme|"
        "order requiring|order prohibiting|finalizes order|finalized an order|finalises order|consent decree|"
        "bloque|bloqué|blokkeert|blokkeerde|blocca|bloccato|bloquea|bloqueado|stoppar|förbjuder|forbyder|"
        "proíbe|bloqueia|"
        "cease and desist|suspension order|must stop|must cease|must bring|must delete|must end|must change|"
        "must comply|must publish|must also destroy|must destroy|must refrain|to refrain|days to|months to|weeks to|"
        "practice revisions|corrective measures|stop processing|remedial action|requires google to|"
        "ordonne|ordonné|ordonnée|enjoint|enjoindre|injonction|met en demeure|interdit|interdiction|doit cesser|"
        "untersagt|untersagte|verbietet|verbot|angeordnet|anordnung|verpflichtete|muss zudem|wurde angewiesen|"
        "wurden angewiesen|angewiesen, die|beschränkungen auferlegt|auflagen auferlegt|verpflichtungen auferlegt|"
        "interim measure|interim measures|mesures conservatoires|mesure conservatoire|einstweilige maßnahme|"
        "einstweilige maßnahmen|einstweilige anordnung|voorlopige maatregel|voorlopige maatregelen|"
        "misure cautelari|misura cautelare|medidas cautelares|medida cautelar|midlertidig tiltak|"
        "provvedimento cautelare|provvedimenti cautelari|"
        "moratorium|moratoire|unterlassungsverfügung|cease-and-desist|"
        "nur noch mit|verbindlichen beschluss|verbindlichen beschlüssen|verbindlicher beschluss|"
        "binding decision|binding decisions|décision contraignante|décisions contraignantes|bindend besluit|"
        "bindende besluiten|decisione vincolante|decisioni vincolanti|decisión vinculante|decisiones vinculantes|"
        "bindende vedtak|"
        "gelast|gelastte|verbiedt|verbod|last onder dwangsom|veroordeeld|veroordeelt|veroordeelde|"
        "beveelt|bevolen|bevelen|"
        "ordinato|ordina|vietato|vieta|divieto|ingiunzione|limitazione provvisoria|ha disposto|"
        "limitazione del trattamento|blocco del trattamento|"
        "ordena|ordenado|ordenó|prohíbe|prohibición|requerimiento|ordenou|"
        "pålegg|pålagt|pålegger|forbud|forbyr|forbudt|har forbudt|midlertidig forbud|stanse|stanser|stanset|"
        # a licence suspended or revoked
        "suspends licence|suspends the licence|suspended the licence|suspended the operating licence|"
        "suspends license|suspended the license|suspended its licence|suspended its license|revokes licence|"
        "revokes license|revoked the licence|revoked the license|revoked its licence|revoked its license|"
        "sospeso in via cautelare|sospende in via cautelare|"
        "licence suspended|license suspended|licence revoked|license revoked|suspend la licence|"
        "suspendu la licence|retire l'agrément|retiré l'agrément|retrait d'agrément|entzieht die lizenz|"
        "entzog die lizenz|lizenz entzogen|widerruft die lizenz|widerruft die zulassung|sospende la licenza|"
        "sospeso la licenza|revoca la licenza|revocato la licenza|suspende la licencia|revoca la licencia|"
        "schorst de vergunning|trekt de vergunning in|vergunning ingetrokken|tilbakekaller konsesjonen|"
        "revoked the broadcasting licence|revokes the broadcasting licence|revoked its broadcasting licence|"
        "retire la licence|retiré la licence|trukket tilbake sendetillatelsen|trekker tilbake sendetillatelsen|"
        # Swedish: "Spelinspektionen återkallar Ninja Casinos licens"
        "återkallar|återkallat|återkallade|återkallas|återkallades|"
        # a licence suspended, any object between: "suspends betting firm's licence"
        "suspends betting|suspends gambling|suspends operating|suspends the operating"
    ),
)
# A regulator's own enforcement action (counts as a ruling only right after a regulator's name).
LEXICON |= _kind(
    "action",
    (
        "sues|sued|sue|is suing|has sued|charges|charged|has charged|files lawsuit|filed a lawsuit|filed suit|"
        "filed an antitrust lawsuit|files antitrust lawsuit|takes action against|took action against|"
        "brings case against|brought a case against|assigne|verklagt|klaagt aan|cita in giudizio|demanda a|"
        # "The ACCC has instituted proceedings in the Federal Court against Google"
        "instituted proceedings|institutes proceedings|has instituted|commenced proceedings|commences proceedings"
    ),
)
# Verbs that order something only right after an authority's name ("EU-Kommission verpflichtet Apple zur
# Öffnung", "l'Antitrust sospende le nuove regole di Ryanair"): alone they are adjectives or anyone's.
_IMPOSES = _kind("imposes", "verpflichtet|verplicht|sospende|suspends|suspende")
LEXICON |= _IMPOSES
# ... and so do "verhängt", "verhängte", penalty words ("Fed verhängt Wachstumsstopp gegen Wells Fargo").
ORDERING_VERBS = frozenset((*_IMPOSES, "verhängt", "verhängte"))
LEXICON |= _kind(
    "ruled",
    "ruled|rules that|judge ruled|a jugé|jugement|urteil|uitspraak|sentenza|sentencia|verdict|court finds|"
    # a US court's written judgment: "issued his memorandum opinion on remedies" (no opinion piece)
    "memorandum opinion|"
    "court found|court has found|court held|court holds|"
    # a contract term or a rule declared void by a court: "hat die Klausel für unwirksam erklärt"
    "für unwirksam erklärt|für nichtig erklärt|declared invalid|declared void|nietig verklaard|"
    "ongeldig verklaard|dichiarato nullo|dichiarata nulla|declarado nulo|declarada nula|kjent ugyldig",
)
# A decision that finds a breach ("Datenschutzbehörde: Einsatz von Google Analytics verstößt gegen DSGVO",
# "regulator rules use of Google Analytics breached GDPR"): a ruling when an authority is named in the
# same first-lines sentence (see `extract`); an NGO's or a newspaper's claim names none.
LEXICON |= _kind(
    "finding",
    (
        "breached|breaches|violated|violates|infringed|infringes|in breach of|illegally|unlawfully|"
        "verstößt gegen|verstoßen gegen|verstieß gegen|rechtswidrig|viole|a violé|ont violé|en violation de|"
        "in strijd met|onrechtmatig|ha violato|hanno violato|violato|vulnera|vulneró|ha vulnerado|violó|"
        "i strid med|brøt loven|brøt reglene|brutt loven|brutt reglene|liable for|"
        # a court's finding of monopoly: "Amerikansk dommer: Google har ulovlig monopol"
        "illegal monopoly|illegaal monopolie|ulovlig monopol|monopole illégal|monopolio illegale|monopolio ilegal|"
        "illegales monopol|è un monopolista|is a monopolist|est un monopole|"
        # an abuse of dominance found: "Kartellamt: Bahn missbraucht Marktmacht"
        "missbraucht marktmacht|missbraucht ihre marktmacht|missbraucht seine marktmacht|marktmacht missbraucht|"
        "abused its dominant position|abused its dominance|abused their dominant positions|"
        "a abusé de sa position dominante|ha abusato della sua posizione dominante|"
        "ha abusato della propria posizione dominante|abusó de su posición dominante|"
        "misbruik gemaakt van haar machtspositie|misbruik gemaakt van zijn machtspositie|"
        "misbrukt sin dominerende stilling"
    ),
)
# A breach alleged, or looked into, is none found: a complaint, an investigation, a report's claim.
ALLEGED = re.compile(
    r"investigat|whether|alleg|accus|complain|plainte|klage|beschwerde|prüft|ermittel|enquête|indagin|"
    r"inchiesta|onderzoek|undersøk|klager|reclamaci|denuncia|investigación|istruttoria|verificare se"
)
# A breach found only provisionally, or with a fine only risked: a statement of objections, preliminary
# findings ("EU says Microsoft's Teams bundling breaches antitrust rules" over "setting out its preliminary
# findings"), "rischio multa fino al 6%".
PRELIMINARY = re.compile(
    r"preliminary (?:view|findings?|assessment|conclusions?)|statement of objections|charges? sheet|"
    r"communication des griefs|conclusions préliminaires|mitteilung der beschwerdepunkte|vorläufige[rn]? "
    r"(?:rechtlichen? )?(?:auffassung|einschätzung|feststellungen|ergebnisse)|preliminary objections|vorläufig einen verstoß|punti di addebito|"
    r"risultanze preliminari|atto di contestazione|contestazione di violazioni|"
    r"pliego de (?:cargos|concreciones)|conclusiones preliminares|voorlopige (?:bevindingen|conclusies)|"
    r"punten van bezwaar|foreløpig (?:vurdering|konklusjon)|varsel om vedtak|"
    r"in via preliminare|à titre préliminaire|de forma preliminar|preliminarily|vorläufig festgestellt|"
    r"voorlopig vastgesteld|rischio multa|risque une amende|riskerer bot|"
    # a lead authority's draft, circulated to the others for objections: "a draft decision ... concludes"
    r"draft decision|projet de décision|entscheidungsentwurf|beschlussentwurf|ontwerpbesluit|"
    r"progetto di decisione|proyecto de decisión|utkast til vedtak"
)
# A national court's questions to the Court of Justice (`REFERRALS`): an appeal in a case against an
# authority's decision, none in a civil claim for damages (see `extract`).
_REFERRAL_PHRASES = (
    "prejudiciële vragen|questions préjudicielles|vorabentscheidungsersuchen|questioni pregiudiziali|"
    "cuestiones prejudiciales|preliminary reference|refers questions to|referred questions to"
)
REFERRALS = frozenset(_REFERRAL_PHRASES.split("|"))
LEXICON |= _kind(
    "appeal",
    (
        "appeals|will appeal|would appeal|to appeal|intends to appeal|intend to appeal|intention to appeal|plans to appeal|"
        "said it would appeal|it will appeal|will challenge|would challenge|to challenge|will contest|to contest|"
        "intent to object|intends to object|will object|lodged an appeal|filed an appeal|has appealed|have appealed|"
        "has formally appealed|have formally appealed|formally appealed|has now appealed|has officially appealed|"
        "appealed against|is appealing|are appealing|launched an appeal|lodged a challenge|brought a challenge|"
        "legal challenge|statutory appeal|judicial review|its appeal|their appeal|appeal against|"
        "faire appel|fera appel|interjeter appel|interjeté appel|a fait appel|fait appel|former un recours|"
        "formé un recours|déposer un recours|déposé un recours|recours devant|recours contre|contester la décision|"
        "contester cette décision|contester la sanction|conteste|contestent|a contesté|ont contesté|"
        "saisi le conseil d'état|saisir le conseil d'état|saisit le conseil d'état|saisit la cour|saisi la cour|"
        "saisir la cour|contesté devant|avoir contesté|saisi la justice|saisit la justice|saisir la justice|"
        # asking a court to annul the decision: "ha presentado una demanda ... para anular la sanción"
        "para anular la sanción|para anular la multa|para anular la resolución|pour faire annuler|"
        "per annullare la sanzione|per annullare la multa|"
        "contester l'amende|contester la décision|contester cette amende|"
        "einspruch einlegen|einspruch eingelegt|widerspruch einlegen|widerspruch eingelegt|berufung einlegen|"
        "berufung eingelegt|beschwerde einlegen|beschwerde eingelegt|klage eingereicht|klage einreichen|"
        "rechtsmittel einlegen|rechtsmittel eingelegt|anfechten|gerichtlich vorgehen|legt einspruch|legt widerspruch|"
        "legt berufung|legt beschwerde|legt rechtsmittel|rechtsmittel einzulegen|einspruch einzulegen|"
        "widerspruch einzulegen|berufung einzulegen|beschwerde einzulegen|klage einzureichen|vor gericht zu ziehen|"
        "vor gericht ziehen|zieht vor gericht|ziehen vor gericht|"
        # "Airbnb has taken Spain's consumer ministry to court over its order to remove ... listings"
        "to court over its order|to court over the order|to court over its decision|to court over the decision|"
        "to court over the fine|to court over its fine|"
        "gaat in beroep|gaan in beroep|gaat in hoger beroep|in beroep gaan|in beroep gaat|in beroep te gaan|in hoger beroep|beroep aantekenen|beroep ingesteld|"
        "beroep instellen|bezwaar|stapt naar de rechter|stappen naar de rechter|stapt naar de europese rechter|"
        "stapt naar europese rechter|stapte naar de rechter|naar de rechter stappen|naar de rechter gestapt|"
        # a court of another country: "Meta stapt naar Ierse rechter om boete van 1,2 miljard euro"
        "naar ierse rechter|naar de ierse rechter|naar franse rechter|naar de franse rechter|naar duitse rechter|"
        "naar de duitse rechter|naar de belgische rechter|naar de italiaanse rechter|naar de spaanse rechter|"
        "naar de britse rechter|naar de noorse rechter|"
        # "Meta lodges High Court challenge to DPC's €1.2bn fine", "abre un segundo frente judicial contra"
        "lodges challenge|lodges a challenge|lodges high court challenge|lodges legal challenge|"
        "lodges court challenge|high court challenge|high court proceedings|initiated proceedings|"
        # an action for annulment before the EU courts: "has filed an action for annulment at the General Court"
        "action for annulment|annulment action|recours en annulation|ricorso di annullamento|"
        "recurso de anulación|beroep tot nietigverklaring|"
        "frente judicial contra|frente judicial|"
        "presentare ricorso|presenterà ricorso|ha presentato ricorso|presentato ricorso|farà ricorso|fare ricorso|"
        "ricorrerà|ricorrere|impugnare|impugnerà|impugnato|fare appello|farà appello|annunciato ricorso|"
        "annuncia ricorso|annunciando ricorso|presenta ricorso|presentano ricorso|fa ricorso|fanno ricorso|"
        # "Roche e Novartis depositano quattro ricorsi al Tar contro la multa"
        "ricorso al tar|ricorsi al tar|ricorso contro|ricorsi contro|depositato ricorso|depositano ricorso|"
        "deposita ricorso|ricorsi depositati|ricorso depositato|"
        "seeking to cancel|seeking to annul|seeking to overturn|seeking to quash|"
        "recurrir*|recurrirá*|presentar recurso|presentarán recurso|presentará recurso|recurso contencioso|apelar|"
        "apelará|impugnar|impugnará|recurso de reposición|un recurso|interpondrá|recurso contra|"
        "vil anke|skal anke|anket|har anket|påklage|påklaget|klage på vedtaket|anker vedtaket|anker dommen|"
        # a decision taken to a Norwegian appeal board: "klager rekordgebyret inn for Konkurranseklagenemnda"
        "inn for konkurranseklagenemnda|inn for personvernnemnda|inn for medieklagenemnda|inn for markedsrådet|"
        "inn for klagenemnda|"
        # a company's petition to a court to halt a decision: "Meta har bedt Oslo tingrett om en midlertidig
        # forføyning som skal stanse Datatilsynets forbud"
        "om en midlertidig forføyning|om midlertidig forføyning|begjæring om midlertidig forføyning|"
        "begjært midlertidig forføyning|"
        # a national court's questions to the Court of Justice in an appeal it hears
        + _REFERRAL_PHRASES + "|"
        "klage vedtaket|klager vedtaket|klaget vedtaket|"
        "överklagar|överklagat|överklagade|kommer att överklaga|ska överklaga|tänker överklaga|"
        # Polish: "spółka odwoła się od decyzji", "zaskarżyła decyzję do sądu"
        "odwoła się|odwołała się|odwołał się|zaskarży|zaskarżył|zaskarżyła|vai recorrer|recorreu da|recorre da|"
        "irá recorrer"
    ),
)
# Going to court, in Norwegian: an appeal when a decision of an authority follows in the sentence
# (`COURT_GOING_OBJECT`), a lawsuit between companies otherwise.
_COURT_GOING = (
    "går til retten|gikk til retten|går til sak mot|gikk til sak mot|tar saken til retten|"
    "tok saken til retten|går rettens vei|gikk rettens vei|saksøker staten|saksøkte staten"
)
COURT_GOING = frozenset(_COURT_GOING.split("|"))
COURT_GOING_OBJECT = re.compile(r"[^.;!?\n]{0,80}?(?:vedtak|forbud|gebyr|\bbot\b|boten|pålegg|tvangsmulkt)")
# Verbs that lodge an appeal only when a decision is their object ("challenges the €500m fine", "klagt
# gegen die Strafe"); "faces challenges", "klagt gegen Meta" are no appeal (`APPEALED_OBJECT`).
LEXICON |= _kind(
    "appeal_verb",
    (
        "challenges|challenged|is challenging|contests|contested|is contesting|klagt gegen|klagen gegen|"
        # the plural subject's verb of a headline ("JetBlue, Spirit appeal ruling that blocked their merger")
        "appeal|challenge|contest|"
        "wehrt sich gegen|wehren sich gegen|impugna|impugnano|recurre|recurren|recurrió|anker|klage gegen|"
        # "wehrt sich juristisch gegen eine Strafe", "X attaque devant la justice européenne son amende"
        "wehrt sich juristisch gegen|wehren sich juristisch gegen|wehrt sich gerichtlich gegen|"
        "wehrt sich vor gericht gegen|wehren sich vor gericht gegen|"
        "wehrt sich weiter juristisch gegen|wehrt sich weiter gegen|wehrt sich weiterhin gegen|"
        "wehren sich weiter gegen|wehrt sich weiterhin juristisch gegen|"
        "wehren sich gerichtlich gegen|attaque devant la justice|attaquent devant la justice|attaque en justice|"
        "attaquent en justice|a attaqué en justice|attaque devant le tribunal|attaquent devant le tribunal|"
        # Norwegian "klager på Nkoms gebyr", "klaget på millionboten" (not "klager inn Grindr": a complaint)
        "klager på|klaget på|påklager|"
        # ... or takes it to court: "Meta går til retten for å stanse Datatilsynets reklameforbud"
        + _COURT_GOING
    ),
)
LEXICON |= _kind(
    "not_appeal",
    (
        "considering an appeal|considering a further appeal|considering appeal|considering its options|"
        "considering taking|considering whether|considering legal|weighing an appeal|reviewing its options|"
        "reviewing the decision|can appeal|could appeal|may appeal|may lodge|might appeal|can challenge|"
        "could challenge|may challenge|can contest|right to appeal|will not appeal|won't appeal|would not appeal|"
        "will not seek further review|won't seek further review|will not seek review|not seek further review|"
        "will not pursue an appeal|will not pursue a further appeal|would not challenge|won't challenge|"
        "not to challenge|will not contest|would not contest|not intend to challenge|did not intend to appeal|"
        # what a platform must offer its users under the DSA: "their appeal mechanisms do not allow users",
        # "to effectively challenge content moderation decisions"
        "appeal mechanism|appeal mechanisms|appeals mechanism|appeals mechanisms|their appeal mechanism|"
        "their appeal mechanisms|its appeal mechanism|its appeal mechanisms|internal appeal mechanism|"
        "challenge content moderation|"
        # an appeal against a decision not yet taken: "would challenge any such decision in court"
        "would challenge any|would appeal any|would contest any|würde jede|würde eine solche|"
        "contesterait toute|impugnerebbe|recurriría|zou elk besluit|"
        "does not intend to appeal|decided not to appeal|not to appeal|no appeal|will not challenge|"
        "peut faire appel|pourra faire appel|peut former|peut contester|pourra contester|ne fera pas appel|"
        "renonce à faire appel|kann einspruch|kann widerspruch|kann berufung|kann beschwerde|verzichtet|legt keinen|"
        "keinen widerspruch|keine berufung|keinen einspruch|kan in beroep|kan bezwaar|gaat niet in beroep|"
        "geen bezwaar|può presentare|può impugnare|può fare ricorso|non farà ricorso|puede recurrir|podrá recurrir|"
        "no recurrirá|kan anke|kan påklage|kan klage|vil ikke anke|ikke vil anke|ikke kommer til å anke|ikke vil påklage|mulling|weighing|studying|assessing|"
        "evaluating|valuta|valutando|valuterà|envisage|envisageait|étudie|erwägt|prüft|überlegt|overweegt|"
        "reserves the right|réservons le droit|se réserve le droit|behält sich vor|behalten uns vor|si riserva|"
        "se reserva el derecho|forbeholder seg|behoudt zich het recht|did not file an objection|did not object|"
        # (a judgment that became final, "ist rechtskräftig": `_BECOMES_FINAL_PHRASES`, a no-decision word)
        "did not appeal|cannot be appealed|can no longer be appealed|kann nicht mehr angefochten|"
        "ne peut plus faire l'objet|non è più impugnabile|"
        "bestudeert|estudia|estudiando|analiza|vurderer|overveier|beroep open|can bring a further appeal|"
        "can bring an appeal|can still appeal|can be appealed|may be appealed|kann angefochten|cabe recurso|"
        "peut faire l'objet d'un recours|susceptible d'appel|susceptible de recours|può essere impugnat|kan ankes|"
        "kan påklages|"
        # a draft decision that other authorities did not object to: "clears EU peer review without objections"
        "without objections|without objection|no objections|sans objection|ohne einwände|sin objeciones|"
        "zonder bezwaren|senza obiezioni|uten innsigelser|"
        # still open whether anyone appeals: "ikke kjent om kommunen vil klage", "not yet known whether"
        "whether to appeal|whether it will appeal|whether they will appeal|whether it would appeal|"
        "ikke kjent om|ikke avklart om|ikke bestemt om|ikke besluttet om|noch offen, ob|noch unklar, ob|"
        "ist offen, ob|nog niet bekend of|nog niet duidelijk of|n'a pas encore décidé|pas encore indiqué s'il|"
        "non ha ancora deciso se|no ha decidido si|aún no ha decidido"
    ),
)
# Phrases that say by themselves that a court decided an appeal or a challenge (as "wins appeal" does): no
# court or decided object needs to be named beside them.
_OUTCOME_PHRASES = (
    "loses court fight|lost court fight|loses eu court fight|lost eu court fight|wins court fight|"
    "wins eu court fight|won eu court fight|loses court battle|lost court battle|wins court battle|"
    "loses legal battle|lost legal battle|loses legal fight|loses its challenge|lost its challenge|"
    "lost his challenge|lost her challenge|loses his challenge|loses her challenge|"
    "loses bid|lost bid|loses its bid|lost its bid|verliest beroep|verliest hoger beroep|verloor beroep|"
    "gain de cause|krijgt gelijk|kreeg gelijk|bekommt recht|bekam recht|får medhold|fikk medhold|tapte saken|"
    "tapte ankesaken|står seg|vince il ricorso|perde il ricorso|pierde el recurso|gana el recurso|"
    # Nynorsk too ("Unibet-eigaren tapte ankesaka mot staten"); a company that wins before the Tar
    "tapte ankesaka|tapte saka|vant ankesaka|vant ankesaken|vann ankesaka|vant saken|vince davanti al|"
    "tapte klagesaken|tapte klagesaka|taper klagesaken|vant klagesaken|"
    "accolto l'appello|accoglie l'appello|"
    "after appeal|after an appeal|on appeal|en appel|in appello|etter klage|etter anke|etter ankesak|"
    "etter ankesaken|"
    "fails to overturn|failed to overturn|fails in bid to overturn|failed in its bid to overturn|"
    # "Intel wins annulment of €1.06BN EU antitrust fine", "Google verliest rechtszaak over miljardenboete",
    # "Intel scheitert mit Klage gegen Rekord-Kartellstrafe"
    "wins annulment|won annulment|obtains annulment|secures annulment|verliest rechtszaak|verloor rechtszaak|"
    "rechtszaak verloren|wint rechtszaak|won rechtszaak|scheitert mit klage|scheitert mit seiner klage|"
    "scheitert mit ihrer klage|scheiterte mit klage|scheiterte mit seiner klage|scheiterte mit ihrer klage|"
    "scheitert vor gericht|scheiterte vor gericht|"
    # a court named between: "Scania loses General Court challenge to €880m fine"
    "loses general court challenge|lost general court challenge|loses eu court challenge|"
    "lost eu court challenge|loses court challenge|lost court challenge|loses high court challenge|"
    "lost high court challenge|loses supreme court challenge|lost supreme court challenge|"
    "loses legal challenge|lost legal challenge|wins court challenge|won court challenge|"
    "wins legal challenge|won legal challenge|wins general court challenge|won general court challenge|"
    "wins eu court challenge|won eu court challenge|wins high court challenge|won high court challenge|"
    # a company rid of its fine: "Santander Totta y BBVA se libran de la multa del 'cártel de la banca'"
    "se libran de la multa|se libra de la multa|se libran de las multas|se libra de las multas|"
    # a court's stay of the decision: "TikTok granted temporary stay on DPC order"
    "granted a stay|granted temporary stay|granted a temporary stay|wins stay|wins a stay|won a stay|"
    # ... whatever its adjective and verb: "TikTok wins temporary stay on order", "secured an interim stay"
    "wins temporary stay|won temporary stay|wins a temporary stay|won a temporary stay|wins interim stay|"
    "won interim stay|wins an interim stay|won an interim stay|granted interim stay|granted an interim stay|"
    "secures stay|secured stay|secures a stay|secured a stay|secures temporary stay|secured temporary stay|"
    "secures a temporary stay|secured a temporary stay|secures an interim stay|secured an interim stay|"
    "obtains a stay|obtained a stay|"
    # a party that won its case before a court: "has convinced a British tribunal that the ICO had no power"
    "convinced a tribunal|convinced the tribunal|convinced a court|convinced the court|"
    "convinced a british tribunal|convinced a uk tribunal|persuaded the court|persuaded a court|"
    "persuaded the tribunal|persuaded a tribunal|"
    # a company's case against the state (which defends its authorities' decisions in Norway's courts):
    # "Grindr tapte mot staten", "retten ga staten fullt medhold"
    "tapte mot staten|taper mot staten|vant mot staten|vinner mot staten|vann mot staten|"
    "gitt staten medhold|gitt staten fullt medhold|ga staten medhold|ga staten fullt medhold|"
    "gir staten medhold|gir staten fullt medhold|"
    # a party that did not win, a decision that stands: "Meta fikk ikke medhold i Oslo tingrett – forbudet
    # står ved lag"
    "fikk ikke medhold|får ikke medhold|ikke fikk medhold|står ved lag|sto ved lag|"
    # a party rid of its penalty: "won't have to pay the fine", "muss ... Strafe nicht zahlen" (NEED_NOT_PAY)
    "won't have to pay|will not have to pay|does not have to pay|doesn't have to pay|no longer has to pay|"
    "n'aura pas à payer|ne devra pas payer|n'a pas à payer|non dovrà pagare|non deve pagare|"
    "no tendrá que pagar|no deberá pagar|no tiene que pagar|hoeft niet te betalen|hoeven niet te betalen|"
    "slipper å betale|nicht zahlen|nicht bezahlen|"
    # Danish: "Telenor taber klagesag om norsk rekordbøde", "har tabt sin klage"
    "taber klagesag|tabte klagesag|tabt klagesag|tabt sin klage|tabte sin klage|taber sin klage|"
    "vinder klagesag|vandt klagesag|"
    # a court's interim suspension of the penalty: "Ferrovial wins interim suspension of €38.5m CNMC fine"
    "wins interim suspension|won interim suspension|wins an interim suspension|won an interim suspension|"
    "granted an interim suspension|granted interim suspension|obtains interim suspension|"
    "obtained an interim suspension|secures interim suspension|secured an interim suspension"
)
# ... German only after "muss" in its sentence: "Post muss 18 Millionen Strafe nicht zahlen" ("will nicht zahlen"
# refuses).
NEED_NOT_PAY = frozenset(("nicht zahlen", "nicht bezahlen"))
OUTCOMES = frozenset(_OUTCOME_PHRASES.split("|"))
# A party's loss or win "against" someone: an appeal decided where a court stands in its sentence ("Meta tapte
# mot Datatilsynet i Oslo tingrett"), a match or an election elsewhere.
_COURT_OUTCOME_PHRASES = (
    "tapte mot|vant mot|taper mot|vinner mot|lost against|loses against|wins against|won against|"
    "verliert gegen|verlor gegen|gewinnt gegen|gewann gegen|perd contre|perde contro|pierde contra|"
    "verliest van|verloor van"
)
COURT_OUTCOMES = frozenset(_COURT_OUTCOME_PHRASES.split("|"))
# Decided words that name the penalty themselves ("Rechter: keukenbedrijven terecht beboet"): no object after.
FINED_RIGHTLY = frozenset(
    (
        *("terecht beboet", "rightly fined", "terecht een boete", "terecht boetes", "terecht boete"),
        # "ACM legde Apple terecht dwangsom van 50 miljoen op", "legde boete aan Epic terecht op"
        *("terecht een last", "terecht op", "terecht een dwangsom", "terecht dwangsom", "terecht dwangsommen"),
    )
)
# ... and those that decide with a court beside them, whatever they name after it ("the top court sides
# with the cartel office").
# Italian only towards an authority: "la Cassazione dà ragione al lavoratore" is a labour case.
_SIDING_IT = tuple(
    f"{verb} {to}"
    for verb in ("dà ragione", "dato ragione")
    for to in ("al garante", "all'antitrust", "all'autorità", "all'agcm", "all'agcom", "alla consob", "all'arera")
)
# Spanish and French likewise: "el TJUE da la razón a la autoridad italiana" (not "da la razón al trabajador").
_SIDING_ES_FR = tuple(
    f"{verb} {to}"
    for verb in ("da la razón", "dio la razón", "donne raison", "a donné raison")
    for to in (
        "a la autoridad", "a la cnmc", "a la aepd", "a competencia", "al regulador", "a bruselas",
        "à l'autorité", "à la cnil", "à l'amf", "à l'arcom", "au régulateur", "à bruxelles",
    )
)
# Norwegian likewise: "lagmannsretten har gitt Konkurransetilsynet medhold" (not "gitt Telenor medhold").
_SIDING_NO = tuple(
    f"{verb} {to} medhold"
    for verb in ("ga", "gitt", "gir")
    for to in (
        "konkurransetilsynet", "datatilsynet", "finanstilsynet", "forbrukertilsynet", "lotteritilsynet",
        "nkom", "staten", "tilsynet", "arbeidstilsynet", "miljødirektoratet", "personvernnemnda",
    )
)
# German: a court "pfeift die Finma zurück" (calls the authority back): it decides against it.
_CALLED_BACK = ("pfeift", "pfiff", "zurückgepfiffen")
SIDING = frozenset(
    ("sides with", "sided with", "siding with", *_SIDING_IT, *_SIDING_ES_FR, *_SIDING_NO, *_CALLED_BACK)
)
LEXICON |= _kind(
    "decided",
    (
        "sides with|sided with|siding with|" + "|".join(_SIDING_IT + _SIDING_ES_FR + _SIDING_NO + _CALLED_BACK) + "|upheld|upholds|uphold|upholding|confirmed|confirms|confirming|dismissed|dismisses|dismissing|rejected|"
        "rejects|rejecting|overturning|annulling|quashing|reverses|reversed|reversing|overturned|"
        "overturns|annulled|annuls|quashed|quashes|set aside|sets aside|setting aside|reduced|reduces|lowered|lowers|cut|cuts|backed|backs|"
        "maintained|maintains|struck down|slashed|slashes|loses appeal|lost appeal|loses its appeal|lost its appeal|"
        "loses challenge|losing a legal challenge|wins appeal|won its appeal|wins its appeal|ruling on|"
        # ... with what was appealed between: "Global Gaming wins licence appeal"
        "wins licence appeal|wins license appeal|loses licence appeal|loses license appeal|wins court appeal|"
        "loses court appeal|succeeded in its appeal|succeeds in its appeal|"
        # "Streamingdienst verliert auch in zweiter Instanz gegen Verbraucherschützer"
        "verliert auch in zweiter instanz|verliert in zweiter instanz|scheitert in zweiter instanz|"
        "gewinnt in zweiter instanz|unterliegt in zweiter instanz|unterliegt auch in zweiter instanz|"
        # Polish: "WSA uchylił karę UODO dla Morele.net", "oddalił skargę"
        "uchylił|uchyliła|uchyla|oddalił|oddaliła|utrzymał w mocy|"
        "confirme|confirmé|confirmée|rejette|rejeté|annule|annulé|annulée|réduit|valide|validé|"
        "maintient|a maintenu|maintenu l'amende|maintenu la sanction|décidé de maintenir|"
        "se prononce sur|s'est prononcé sur|statue sur|a statué sur|a rendu un arrêt|a rendu deux arrêts|"
        "a rendu son arrêt|rend son arrêt|"
        # a penalty an earlier instance had lifted, put back: "ont rétabli l'astreinte", "restores full fine"
        "rétabli|rétablit|rétablie|reinstates|reinstated|restores|restored|ripristina|ripristinato|"
        "restablece|restableció|"
        "bestätigt|bestätigte|aufgehoben|behoben|kippt|kippte|reduziert|abgewiesen|zurückgewiesen|"
        "afgewezen|wijst af|wees af|abgelehnt|erfolglos|suspende|suspendió|suspends the fine|suspended the fine|"
        "sospende la multa|sospeso la multa|sospende il divieto|sospeso il divieto|sospende il provvedimento|"
        "sospeso il provvedimento|sospende la decisione|sospeso la decisione|rebaja|rebajó|rebajado|rebajada|redujo|suspend l'amende|schorst de boete|bevestigt|bevestigde|bevestigd|vernietigt|vernietigde|verlaagt|verlaagde|verlaagd|verwerpt|verwierp|verworpen|ongegrond|"
        "conferma|confermato|confermata|respinge|respinto|respinta|annulla|annullato|riduce|ridotto|"
        "confirma|confirmado|desestima|desestimado|anula|anulado|rebaja|avala|ratifica|ratificado|ratificó|"
        "ratifie|ratifié|ratifiée|"
        "stadfester|stadfestet|opphever|opphevet|forkastet|avviste|avviser|avvist|opprettholder|opprettholdt|"
        "ikke tatt til følge|slått fast|slo fast|weist|wies|hebt|hob|setzt|setzte|senkt|senkte|gesenkt|herabgesetzt|eingestellt|réformé|réforme|ramené|"
        "halbiert|halbierte|halveert|halverer|dimezza|reduce a la mitad|"
        # a court that raises the penalty decides the appeal as much as one that cuts it
        "verzehnfacht|verdoppelt|verdreifacht|erhöht|erhöhte|raises the fine|raised the fine|increases the fine|"
        "mangedobler|mangedoblet|vervielfacht|multiplies the fine|multiplied the fine|hikes fines|hikes the fine|"
        # a penalty time-barred: "el caso ha prescrito", "throws out ... fines as time-barred"
        "time-barred|prescrito|prescrita|prescritas|prescrit|prescrite|prescritto|prescritta|verjährt|verjaard|"
        "foreldet|"
        "increased the fine|alourdit|verhoogt de boete|verhoogde de boete|aumenta la multa|aumentato la multa|"
        # a court that finds the fine rightly imposed: "Rechter: keukenbedrijven terecht beboet"
        "terecht beboet|terecht opgelegd|zu recht verhängt|rightly fined|"
        # a party's challenge that failed: "ist mit seiner Beschwerde gegen die Aufsicht gescheitert", "scheitert
        # mit Klage" (what failed must be named: "Verhandlungen gescheitert" decides nothing)
        "gescheitert|scheitert|scheiterte|"
        # "heeft terecht een boete opgelegd", "ACM legde boete aan Epic terecht op"
        "terecht een boete|terecht boetes|terecht een last|terecht op|terecht boete|terecht een dwangsom|"
        "terecht dwangsom|terecht dwangsommen|"
        "ramène|divise|vernietigd|allowed|allows|rechazado|rechaza|rechazó|refuses to lift|refused to lift|"
        "casse|cassé|casse partiellement|a partiellement cassé|"
        "tosses|tossed|tossing|throws out|threw out|thrown out|redusert|reduserer|reduserte|satt ned|setter ned|"
        "kutter|kuttet|congela la multa|congelato la multa|sursis à exécution|nedjustert|nedjusterte|"
        "sospende lo stop|sospeso lo stop|sospende il blocco|sospeso il blocco|"
        # an appellate body's stay of the decision: "NCLAT stays CCI's five-year ban", "has put on hold the
        # five-year prohibition" (a court in its sentence or headline, and the decision named after it)
        "stays|stayed|put on hold|puts on hold|has put on hold|"
        # a German court that grants the complaint: "hat der Beschwerde ... gegen das Bußgeld ... stattgegeben"
        "stattgegeben|"
        # a court that suspends a decision: "OLG Düsseldorf stoppt Kartellamts-Auflagen vorerst", "ordnete ... die
        # aufschiebende Wirkung der Beschwerde an", "Duitse rechter schort verbod ... voorlopig op"
        "stoppt|stoppte|aufschiebende wirkung|schort|schortte|opgeschort|"
        # a Norwegian court that stays a fine: "Spansk domstol stanser bot mot Norwegian og Ryanair"
        "stanser bot|stanser boten|stanset boten|stanser bøtene|stanset bøtene|stanser gebyret|stanset gebyret|"
        "refuses to suspend|refused to suspend|declined to suspend|refused an application|rechaza suspender|"
        "rechazó suspender|refuse de suspendre|rifiuta di sospendere|lehnt eilantrag|lehnte eilantrag|"
        "niega la suspensión|deniega la suspensión|denegó la suspensión|niega suspender|"
        "loses court fight|lost court fight|loses eu court fight|lost eu court fight|wins court fight|"
        "wins eu court fight|won eu court fight|loses court battle|lost court battle|wins court battle|"
        "loses legal battle|lost legal battle|loses legal fight|loses its challenge|lost its challenge|"
        "loses bid|lost bid|loses its bid|lost its bid|verliest beroep|verliest hoger beroep|verloor beroep|"
        "verliest zaak|verliert vor|verlor vor|tapte i|tapte mot|lifts the ban|lifted the ban|lifts a ban|"
        "levanta la prohibición|lève l'interdiction|levé l'interdiction|hebt das verbot auf|revoca il blocco|"
        "opphever forbudet|"
        # Swedish, Danish, Portuguese courts: "Kammarrätten sänker sanktionsavgiften", "Relação confirma coima"
        "fastställer|fastställde|upphäver|upphävde|sänker|sänkte|avslår|avslog|avslått|avslo|afviste|afvist|"
        "afviser|stadfæster|stadfæstede|"
        "ophæver|ophævede|nedsætter|nedsatte|reduz|reduziu|mantém|manteve|"
        # a court that cuts the fine: "Il Tar del Lazio taglia la maxi multa", "recorta la multa", "kürzt"
        "taglia|tagliato|tagliata|recorta|recortó|recortado|recortada|kürzt|kürzte|gekürzt|"
        # "annullata la sanzione", "il Tar sospende la sanzione", "Ses requêtes sont rejetées", Swedish passives
        "annullata|annullate|annullati|sospende la sanzione|sospeso la sanzione|sospesa la sanzione|"
        "rejetée|rejetées|rejetés|sänks|sänktes|upphävs|upphävdes|"
        # a court that voids the fine, or sends the case back: "Berlin Regional Court voids €14.5m fine",
        # "Kammergericht verweist Fall zurück"
        "voids|voided|declared void|declares void|remands|remanded|sends the case back|sent the case back|"
        "verweist|verwies|renvoie l'affaire|a renvoyé l'affaire|rinvia|verwijst de zaak terug|devuelve el caso|"
        # an appeal thrown out as inadmissible: "verklaart beroep ... niet-ontvankelijk", "déclare irrecevable"
        "inadmissible|irrecevable|irrecevables|als unzulässig|niet-ontvankelijk|niet ontvankelijk|"
        "inammissibile|inammissibili|inadmisible|inadmite|inadmitió|"
        + _OUTCOME_PHRASES
        + "|"
        + _COURT_OUTCOME_PHRASES
    ),
)
# What a headline says when no decision is taken yet, or none by an authority: a provision for a possible
# penalty, talks about a settlement, a private class action, rules taking effect, new rules, enforcement
# statistics. In the first line of an item, with no decision reported there, they make it no event
# (`NO_DECISION`), whatever earlier decisions the body recalls.
_UNDECIDED_SUM_PHRASES = (
    "sets aside extra|sets aside a further|sets aside another|set aside a further|set aside an additional|"
    "total provision|provision for|provisions for|rückstellung|rückgestellt|zurückgelegt|zurückgestellt|mit belastung|"
    "rechnet mit|provisionne|"
    "accantonamento|accantona|provisión|avsetning|voorziening|in talks|in advanced talks|nears settlement|"
    "nearing a settlement|close to a settlement|in verhandlungen|en pourparlers|in trattative|en conversaciones|"
    "i forhandlinger|in gesprek|"
    # money put aside for a fine that may come: "Philips reserveert 30 miljoen euro voor mogelijke boete"
    "reserveert|zet opzij|mogelijke boete|possible fine|potential fine|mögliche strafe|mögliches bußgeld|"
    "éventuelle amende|possibile multa|posible multa|mulig bot|"
    # "DNB setter av 500 millioner til ventet hvitvaskingsgebyr", "har avsatt 500 millioner ... i påvente av et
    # mulig overtredelsesgebyr"
    "setter av|satt av|avsatt|mulig overtredelsesgebyr|mulig gebyr|ventet gebyr|i påvente av|"
    # "EU-Kommission leitet Verfahren gegen Temu ein – Milliardenstrafe möglich"
    "strafe möglich|milliardenstrafe möglich|millionenstrafe möglich|bußgeld möglich|geldbuße möglich|"
    # "Danske Bank sets aside nearly $2 bn for expected fines"
    "expected fines|expected penalties|anticipated fines|fines it expects|for potential|for a potential|"
    "for possible|for a possible|for expected|for an expected|for the expected|expects to pay|"
    "expected to pay|expect to pay|"
    # a penalty still negotiated: "FTC and Facebook negotiating record multibillion-dollar fine"
    "negotiating|négocient|verhandeln über|negoziano|negocian|onderhandelen over|forhandler om|"
    # a settlement that a court must still approve: no decision yet
    "pending court approval|subject to court approval|needs court approval|requires court approval|"
    "awaiting court approval|pending approval by|sous réserve de l'approbation|doit encore être approuvé|"
    "muss noch genehmigt|noch gerichtlich genehmigt|deve ancora essere approvato|pendiente de aprobación|"
    "pendiente de la aprobación|moet nog worden goedgekeurd"
)
# Private lawsuits of many claimants: what a company pays in one is no authority's penalty ("Apple zahlt 95
# Millionen Dollar in Sammelklage").
_PRIVATE_SUITS = (
    "class action|class-action|collective action|massaclaim|massclaim|sammelklage|action de groupe|"
    # investors' own suits: "Wells Fargo to pay $1 billion to settle shareholder lawsuit"
    "shareholder lawsuit|shareholder suit|shareholder class action|securities class action|investor lawsuit|"
    "recours collectif|azione collettiva|demanda colectiva|gruppesøksmål|collectieve actie"
)
PRIVATE_SUITS = frozenset(_PRIVATE_SUITS.split("|"))
# A judgment that only becomes final (a no-decision word; a judgment's own word beside it decides nothing).
_BECOMES_FINAL_PHRASES = (
    "ist rechtskräftig|ist nun rechtskräftig|jetzt rechtskräftig|becomes final|is now final|become final|"
    "devient définitif|devenu définitif|è definitiva|diventa definitiva|es firme|ya es firme|"
    "wordt onherroepelijk|is onherroepelijk|er rettskraftig|ble rettskraftig"
)
NO_DECISION_PHRASES = _UNDECIDED_SUM_PHRASES + (
    "|" + _PRIVATE_SUITS + "|takes effect|take effect|"
    "comes into force|enters into force|tritt in kraft|treten in kraft|entre en vigueur|entrent en vigueur|"
    "entra in vigore|entrano in vigore|entra en vigor|entran en vigor|trer i kraft|treedt in werking|"
    "compensation scheme|redress scheme|entschädigungsprogramm|musterfeststellungsklage|musterklage|"
    "verbandsklage|new rules|neue regeln|neuen regeln|nouvelles règles|nuove regole|nuove norme|nuevas normas|nuevas reglas|"
    "nye regler|nieuwe regels|"
    "enforcement results|enforcement statistics|royal assent|"
    # totals over an authority's years: statistics
    "desde su creación|depuis sa création|since its creation|since its inception|"
    # a year's running total: "La CNMV eleva un 38% el importe de sus multas en lo que va de año"
    "en lo que va de año|so far this year|depuis le début de l'année|seit jahresbeginn|dall'inizio dell'anno|"
    "hittil i år|tot nu toe dit jaar|"
    # powers given, not used: "CCPC gains power to impose fines of up to €10m"
    "gains power|gains powers|gets new powers|new powers to|nouveaux pouvoirs|neue befugnisse|nuovi poteri|"
    "nuevos poderes|nye fullmakter|nieuwe bevoegdheden|"
    # a consumer group's lawsuit: "La OCU presenta una demanda contra Ryanair"
    "presenta una demanda|presentó una demanda|ha presentado una demanda|interpone una demanda|"
    # a case coming before a court: "Telenor-saken opp for lagmannsretten"
    "opp for lagmannsretten|opp i lagmannsretten|opp for høyesterett|opp i høyesterett|"
    # ... whichever court it names: "Telenor-saken skal opp i Gulating lagmannsrett i januar"
    "skal opp i|skal opp for|kommer opp i|kommer opp for|skal behandles i|"
    # new requirements and regulations: "Nye krav til markedsføring", "Ny forskrift skal gjøre tvangsmulkt"
    "nye krav|new requirements|neue anforderungen|nouvelles exigences|nuovi requisiti|nuevos requisitos|"
    "nieuwe eisen|ny forskrift|new regulation|neue verordnung|nouveau règlement|nuovo regolamento|"
    "nuevo reglamento|"
    # a company's step to avoid a penalty: "Google skiller ut Shopping for å unngå dagbøter fra EU"
    "to avoid|for å unngå|pour éviter|per evitare|para evitar|om te vermijden|"
    # a service paused by its company: "Meta pauses generative AI tools in Brazil after regulator's objection"
    "pauses|met en pause|mette in pausa|pausiert|pauzeert|pauser|pone en pausa|"
    # ... or shut down: "Meta to temporarily shut down Threads in Turkey after competition order"
    "to temporarily shut down|will temporarily shut down|temporarily shuts down|to shut down|will shut down|"
    # a company's results, which may mention a pending case: "Booking Holdings beats revenue estimates"
    "beats estimates|beats revenue estimates|beats profit estimates|beat estimates|misses estimates|"
    "beats expectations|tops estimates|quarterly results|quarterly earnings|quarterly profit|"
    "first-quarter results|second-quarter results|third-quarter results|fourth-quarter results|"
    "first-quarter profit|second-quarter profit|third-quarter profit|fourth-quarter profit|profit hit by|"
    # interest claimed on a fine repaid: "Intel seeks 593 million euros in interest from EU over scrapped fine"
    "in interest from|default interest|verzugszinsen|intérêts moratoires|interessi di mora|intereses de demora|"
    "profits hit by|earnings hit by|"
    "full-year results|annual results|raises guidance|raises its forecast|cuts guidance|"
    "quartalszahlen|quartalsergebnis|jahresergebnis|résultats trimestriels|résultats annuels|"
    "résultats semestriels|risultati trimestrali|risultati semestrali|conti trimestrali|resultados trimestrales|"
    "resultados del trimestre|kwartaalcijfers|kwartaalresultaten|jaarcijfers|kvartalsresultat|kvartalstall|"
    "årsresultat|"
    # ... which books a fine in its accounts: "IAG ... recoge en sus cuentas la multa a British Airways"
    "in its accounts|in its results|dans ses comptes|in seiner bilanz|nei conti|nei suoi conti|"
    "en sus cuentas|recoge en sus cuentas|in zijn jaarcijfers|i regnskapet|"
    # a judgment that only becomes final: "Urteil des LG Bonn ist rechtskräftig"
    + _BECOMES_FINAL_PHRASES + "|"
    # a judgment on costs only: "a costs order closes the last chapter"
    "costs order|order on costs|kostenentscheidung|décision sur les dépens|ordinanza sulle spese"
)
NO_DECISION = frozenset(NO_DECISION_PHRASES.split("|"))
BECOMES_FINAL = frozenset(_BECOMES_FINAL_PHRASES.split("|"))
# ... of them, those whose sentence's figures are no decision's: a provision, a sum under negotiation.
UNDECIDED_SUMS = frozenset(_UNDECIDED_SUM_PHRASES.split("|"))
# Statistics and reports: a headline with one of these tallies decisions ("Rekord bei Beschwerden, 1,2
# Millionen Euro Bußgelder"); its figures are no decision's.
_STATISTICS_PHRASES = (
    "survey|statistics|study|league table|annual report|overview|enquête|"
    "étude|bilan|rapport annuel|umfrage|studie|jahresbericht|jaarverslag|relazione annuale|informe|"
    "memoria anual|estudio|undersøkelse|årsrapport|fines tracker|gdpr fines|enforcement tracker|"
    # an authority's yearly report of its work
    "tätigkeitsbericht|tätigkeitsberichts|datenschutzbericht|jahresberichts|jahresbilanz|activity report|"
    "rapport d'activité|årsmelding|årsberetning|memoria de actividades|jahresrückblick|"
    # a report an authority publishes on its field: "Commission publishes report on competition enforcement in
    # the pharmaceutical sector"
    "publishes report|publishes a report|published a report|publishes its report|publie un rapport|"
    "publie son rapport|veröffentlicht bericht|veröffentlicht einen bericht|pubblica un rapporto|"
    "pubblica una relazione|publica un informe|publiceert rapport|publiceert een rapport|publiserer rapport|"
    # how authorities use their powers over the years: "how CEE regulators have used their GDPR fining powers"
    "fining powers|have used their powers"
)
STATISTICS = frozenset(_STATISTICS_PHRASES.split("|"))
LEXICON |= _kind(
    "none",
    (
        "subscription|subscriptions|ad-free|launch|launches|launching|rolls out|rolling out|introduces|"
        "new feature|pricing|abonnement|abonnements|sans publicité|werbefrei|advertentievrij|abbonamento|"
        "suscripción|sin anuncios|reklamefri|" + _STATISTICS_PHRASES + "|"
        "privacyboetes|avg-boetes|gdpr-boetes|dsgvo-bußgelder|dsgvo-strafen|amendes rgpd|sanzioni gdpr|multe gdpr|"
        "multas rgpd|gdpr-bøter|"
        "proposed law|proposal|draft law|bill|lawmakers|parliament|adequacy decision|data privacy framework|"
        "legislator|legislature|gesetzgeber|législateur|legislatore|legislador|wetgever|lovgiver|"
        "bundestag|bundesrat|assemblée nationale|tweede kamer|stortinget|"
        # an explainer of a past case: "Leniency in Portugal: lessons from the banking information-exchange case"
        "lessons from|lessons learned|lessons learnt|leçons de|enseignements de|lehren aus|lezioni da|"
        "lecciones de|lessen uit|lærdommer fra|"
        # what consumers pay for staying, no penalty: "super-complaint over £4bn 'loyalty penalty'"
        "loyalty penalty|loyalty penalties|"
        # a merger cleared: "Microsoft's $69bn Activision deal cleared by UK regulator after restructuring"
        "deal cleared|merger cleared|takeover cleared|acquisition cleared|deal approved|merger approved|"
        "takeover approved|acquisition approved|clears merger|clears takeover|clears deal|clears acquisition|"
        "approves merger|approves takeover|approves deal|approves acquisition|"
        # an investigation closed, a decision complied with: no new decision
        "closes investigation|closes its investigation|closes probe|closed its investigation|"
        # "Die britische Datenschutzaufsicht ICO stellt ihr Verfahren gegen Snap ... ein"
        "stellt ihr verfahren|stellt sein verfahren|stellte ihr verfahren|stellte sein verfahren|"
        "stellt verfahren ein|stellt das verfahren ein|classe sans suite|archivia l'istruttoria|"
        "cierra la investigación|sluit onderzoek|henlegger saken|ottempera al|si adegua al|se conforme à|"
        # a regulated tariff set, no sanction
        "price cap|energy price cap|preisdeckel|preisobergrenze|bouclier tarifaire|tetto al prezzo|prisstak|"
        "gesetzesvorschlag|gesetzesvorschläge|legislativvorschlag|wetgevingsvoorstel|proposition législative|"
        "proposta legislativa|propuesta legislativa|"
        # the Dutch statement of objections ("mededeling van punten van bezwaar"), whose "bezwaar" is no objection
        # lodged by a party
        "punten van bezwaar|"
        "projet de loi|proposition de loi|gesetzentwurf|wetsvoorstel|disegno di legge|proposta di legge|"
        "proyecto de ley|anteproyecto|lovforslag|omnibus|complaint|complaints|files complaint|plainte|klacht|"
        "datenschutzbeschwerde|beleidsregels|boetebeleidsregels|richtsnoeren|guidelines|leitlinien|"
        "lignes directrices|linee guida|directrices|retningslinjer|"
        "denuncia|reclamación|opinion|op-ed|editorial|comment|tribune|kommentar|commento|opinión|"
        "gastbeitrag|gastkommentar|guest column|guest post|l'opinione|opinione|a mio avviso|à mon avis|"
        "meiner meinung nach|in my view|en mi opinión|naar mijn mening|kolumne|kronikk|leserbrev|introduce|lancia|lanza|"
        "lance|lanceert|lanserer|introduit|introduceert|aggiorna|updates its|met à jour|aktualisiert|actualiza|"
        "oppdaterer|consultation|consults on|adds a|adds an|adds new|"
        # ... in the other languages: "Cookies : Google ajoute un bouton « Tout refuser » en France"
        "ajoute un|ajoute une|añade un|añade una|aggiunge un|aggiunge una|voegt een|"
        # a commercial framework agreement: "Google et la presse française signent un accord-cadre"
        "accord-cadre|framework agreement|rahmenvereinbarung|raamovereenkomst|accordo quadro|acuerdo marco|"
        "rammeavtale|"
        # money paid out to owners: no penalty
        "to its shareholders|to shareholders|à ses actionnaires|aux actionnaires|an seine aktionäre|"
        "an die aktionäre|aan zijn aandeelhouders|aan aandeelhouders|ai suoi azionisti|agli azionisti|"
        "a sus accionistas|a los accionistas|til aksjonærene|dividend|dividends|dividende|dividendes|"
        "dividenden|dividendo|dividendi|utbytte|høringsnotat|på høring|lovendring|lovendringer|"
        # a hearing begun, no judgment yet: "I dag starter ankeforhandlingen", "the hearing began"
        "starter ankeforhandlingen|ankeforhandlingen starter|starter hovedforhandlingen|hearing began|"
        "hearing begins|hearing opened|hearing opens|verhandlung begonnen|verhandlung beginnt|prozess begonnen|"
        "prozess beginnt|l'audience s'est ouverte|s'ouvre l'audience|udienza si è aperta|comienza el juicio|"
        "arrancó el juicio|zitting begint|"
        # an investigation opened: no decision yet
        "opens inquiry|opens an inquiry|opened an inquiry|has begun an inquiry|opens investigation|"
        "opens an investigation|opened an investigation|launches investigation|launches an investigation|"
        "launched an investigation|ouvre une enquête|a ouvert une enquête|leitet verfahren ein|"
        # "CMA opens first strategic market status investigation": whether to designate, not a designation
        "strategic market status investigation|strategic market status investigations|sms investigation|"
        "sms investigations|"
        "launched its first investigation|launches its first investigation|"
        # several at once: "Bruxelles ouvre ses premières enquêtes contre Apple, Google et Meta"
        "ouvre ses premières enquêtes|ouvre des enquêtes|ouvre ses premières procédures|opens first investigations|"
        "opens investigations|opens probes|opens first probes|leitet erste verfahren|apre le prime indagini|"
        "abre las primeras investigaciones|opent eerste onderzoeken|åpner de første undersøkelsene|"
        # Norwegian and Swedish: "Nkom åpner tilsyn etter nettverksbruddet hos Telia", "IMY inleder granskning"
        "åpner tilsyn|åpnet tilsyn|åpner sak|inleder granskning|inleder granskningar|"
        # a law passed, no decision: "premier pays à légiférer contre les commissions d'Apple et Google"
        "légiférer|légifère|a adopté une loi|adopte une loi|passes law|passed a law|"
        "leitet verfahren gegen|leiten verfahren gegen|leitet ein verfahren|leitet förmliches verfahren|"
        "leitet ein förmliches verfahren|eröffnet ein verfahren|eröffnet verfahren|"
        # rules that start to apply: "les premières interdictions de l'AI Act entrent en application"
        "entre en application|entrent en application|entra in applicazione|entrano in applicazione|"
        "entra en aplicación|entran en aplicación|start to apply|starts to apply|begin to apply|"
        "begins to apply|treden in werking|gelten ab|gilt ab|"
        "non-compliance probe|non-compliance probes|non-compliance investigation|non-compliance investigations|"
        "opens proceedings|opened proceedings|opens formal proceedings|opens formal investigation|"
        "opens in-depth investigation|opens an in-depth investigation|ouvre une procédure|"
        "hat ein verfahren eingeleitet|avvia istruttoria|avvia un'istruttoria|ha avviato un'istruttoria|"
        "abre expediente|abre una investigación|incoa expediente|opent onderzoek|start onderzoek|"
        # the Garante's statement of objections: "notifica a OpenAI la contestazione di violazioni"
        "atto di contestazione|contestazione di violazioni|"
        "åpner tilsynssak|åpnet tilsynssak|oppretter tilsynssak|consultation publique|konsultation|consultazione|consulta pública|"
        "financial remedies|in fiscal|dévoile|dévoilé|unveils|unveiled|onthult|klager inn|klaget inn|"
        # complaints counted, a law enacted: no decision (an authority's activity report: `_STATISTICS_PHRASES`)
        "plaintes|becomes law|signed into law|executive order|orden ejecutiva|décret présidentiel|"
        "ordine esecutivo|presidentielle verordnung|presidentsordre|"
        "signs into law|"
        # a competition authority's study of a market or its advisory opinion: no decision
        # an inspection without notice, the start of a case: "EU-razzia mot norske oppdrettsselskaper"
        "dawn raid|dawn raids|raids|raided|razzia|razzien|razzia's|razzie|inspections inopinées|"
        "inspection inopinée|opérations de visite et saisie|unangekündigte nachprüfungen|"
        "unangekündigte nachprüfung|unangekündigte durchsuchungen|onaangekondigde inspecties|"
        "ispezioni a sorpresa|ispezioni senza preavviso|inspecciones sorpresa|inspecciones por sorpresa|"
        "inspecciones sin previo aviso|uanmeldte kontroller|uanmeldte kontrollbesøk|uanmeldt kontrollbesøk|"
        "uanmeldte inspeksjoner|"
        "market study|market investigation|sector inquiry|sector enquiry|son avis sur|rendu un avis|rendu son avis|enquête sectorielle|"
        "sektoruntersuchung|indagine conoscitiva|marktstudie|sectoronderzoek|estudio de mercado|markedsstudie|"
        + NO_DECISION_PHRASES
    ),
)
# Who advises a court before its judgment: their sentences decide nothing, not even "uphold the fine".
_ADVISERS = (
    "rapporteur public|rapporteure publique|avocat général|avocate générale|advocate general|"
    "generalanwalt|generalanwältin|schlussanträge|advocaat-generaal|avvocato generale|abogado general|"
    # the press's name for the Advocate General: "EU court adviser backs Intel"
    "court adviser|court's adviser|court advisor|court's advisor|adviser to the court|advisor to the court|"
    "advocate-general"
)
ADVISERS = frozenset(_ADVISERS.split("|"))
LEXICON |= _kind(
    "hypo",
    (
        "could face|may face|might face|would face|faces up to|risks|risk a fine|could be fined|may be fined|"
        "can impose|could impose|can fine|could fine|may fine|might fine|would fine|"
        # what the law lets an authority do: "kann nach dem NetzDG Bußgelder von bis zu 50 Millionen Euro"
        "kann nach dem|können nach dem|kann bußgelder|kann geldbußen|kann ein bußgeld|kann eine geldbuße|"
        "können bußgelder|können geldbußen|"
        "vil innføre|skal innføre|foreslår å innføre|ønsker å innføre|"
        "threatens to|threatened to|threatening to|menace de|menacé de|droht mit|drohte mit|dreigt met|"
        # a decision forecast or leaked: "EU poised to fine Apple", "Bruselas multará a Apple ..., según",
        # "FT: EU vil bøtelegge Apple", "Google krijgt binnenkort bescheiden EU-boete"
        "poised to|set to fine|set to face|set to be fined|sources say|sources said|people familiar with|"
        "selon des sources|selon plusieurs sources|selon nos informations|según fuentes|según varias fuentes|"
        "laut insidern|secondo fonti|ifølge kilder|volgens bronnen|"
        "multará|multarán|sancionará|sancionarán|vil bøtelegge|skal bøtelegge|krijgt binnenkort|"
        "krijgen binnenkort|se dispone a|etter planen|ventes kunngjort|verwachten|"
        # a penalty a company may escape: "Microsoft kan slippe milliardbot", "ligger an til å godta"
        "kan slippe|kunne slippe|could escape|could avoid|may escape|may avoid|likely to escape|"
        "kan ontsnappen|ligger an til|med henvisning til kilder|"
        # an inquiry's question, not its answer: "examining whether Google should be designated"
        "examining whether|will examine whether|to examine whether|assessing whether|to assess whether|"
        "investigating whether|to investigate whether|to determine whether|should be designated|"
        "dreigde met|minaccia di|amenaza con|truer med|pourrait|risque|encourt|droht|drohen|könnte|riskeert|rischia|potrebbe|"
        "podría|se arriesga|risikerer|kan få|would be able|if found|maximum fine|statutory maximum|"
        # what a breach can lead to: "infracciones de este tipo pueden acarrear multas de hasta 20 millones"
        "pueden acarrear|puede acarrear|podrían acarrear|can carry fines|can lead to fines|could lead to fines|"
        "peuvent entraîner|peut entraîner|possono comportare|può comportare|kan føre til|kunnen leiden tot|"
        # "Brudd kan gi pålegg og overtredelsesgebyr", "s'exposeront à une amende pouvant aller jusqu'à 3 %"
        "kan gi|kan ilegges|kan bli ilagt|s'exposeront|s'exposent à|s'expose à|"
        # an opinion before the judgment: "le rapporteur public recommande de maintenir l'amende"
        + _ADVISERS + "|"
        "maximum financial penalty|maximum monetary penalty|maksimalgebyr|maksimalgebyret|maksimalbeløpet|"
        "regjeringen vil|regjeringen foreslår|"
        "provisional|provisionally|proposed fine|draft decision|projet de décision|beschlussentwurf|"
        "ontwerpbesluit|progetto di decisione|proyecto de decisión|utkast til vedtak|"
        "proposes to fine|proposes|proposed|plans to fine|calls on the|calls for a fine|urges the|asks the|"
        "fordert die behörde|fordert die|fordern die|chiede al|chiede alla|pide a la|pide al|vraagt de|"
        "ber datatilsynet|il testo vieta|le texte interdit|der text verbietet|el texto prohíbe|the text bans|"
        "the text prohibits|de tekst verbiedt|the law prohibits|the law bans|the act bans|the act prohibits|das gesetz verbietet|"
        "die verordnung verbietet|de wet verbiedt|la loi interdit|le règlement interdit|la legge vieta|"
        "il regolamento vieta|la ley prohíbe|el reglamento prohíbe|loven forbyr|forordningen forbyr|provides for fines|provides for penalties|prévoit des amendes|"
        "prévoit des sanctions|prevede sanzioni|prevede multe|prevé multas|prevé sanciones|voorziet in boetes|"
        # powers given, not used: "gives the CCPC powers to impose administrative financial sanctions"
        "powers to impose|power to impose|powers to fine|power to fine|powers to sanction|"
        "pouvoir d'infliger|pouvoirs d'infliger|potere di irrogare|poteri di irrogare|facultad de imponer|"
        "bevoegdheid om boetes|befugnis, bußgelder|befugnisse, bußgelder|"
        # a penalty not imposed: "would have warranted a £10 million fine", "would have faced £10m fine"
        "would have faced|would have warranted|would have been fined|would have fined|would have imposed|"
        # an order that may come: "Snapchat could be forced to shut down My AI", "could be ordered to stop",
        # "plans interim order", "We intend to order Broadcom to halt"
        "could be ordered|may be ordered|might be ordered|could be forced|may be forced|might be forced|"
        "intend to order|intends to order|plans to order|plans interim|intention to impose interim|"
        "intends to impose interim|"
        # remedies weighed, not yet imposed: "was considering prohibiting the mechanisms", "Als Abhilfemaßnahmen
        # kommen eine Untersagung ... in Betracht"
        "considering prohibiting|considering ordering|considering imposing|considering banning|in betracht|"
        # a fine reported as intended, or demanded: "Die Kommission wolle ... ein Bußgeld ... verhängen", "EU-
        # Kommission will Apple 500 Millionen Euro Strafe aufbrummen", "muss endlich ein Bußgeld verhängen"
        "verhängen|aufbrummen|unter berufung auf"
    ),
)
LEXICON |= _kind(
    "cond",
    (
        "or face|failing which|fails to comply|doesn't take|does not take|in the event|unless|sous peine|faute de|"
        "à défaut|andernfalls|op straffe|pena di|until it complies|if the company|if it fails|if facebook fails|"
        # "Dersom Netflix fortsetter å bruke klausulen, kan selskapet ilegges en tvangsbot på inntil 250 000 euro"
        "dersom|hvis selskapet|falls das unternehmen|sollte das unternehmen|si l'entreprise|se la società|"
        "si la empresa|indien het bedrijf|als het bedrijf"
    ),
)
LEXICON |= _kind(
    "bg",
    (
        # penalties counted over the years: "la Comisión Europea le ha multado en tres ocasiones"
        "en tres ocasiones|en varias ocasiones|à plusieurs reprises|à trois reprises|on three occasions|"
        "on several occasions|"
        # another case's penalty: "The board separately imposed a daily fine of 4.8 million liras on Meta in a
        # different case"
        "in a different case|in a separate case|in another case|in einem anderen verfahren|"
        "dans une autre affaire|in un altro procedimento|en otro caso|en otro expediente|in een andere zaak|"
        "i en annen sak|in a separate decision|in a separate ruling|in a different decision|"
        "in einer separaten entscheidung|dans une décision distincte|in una decisione separata|"
        "en una decisión separada|in een afzonderlijk besluit|i et separat vedtak|"
        # Turkish: "ayrı bir soruşturma kapsamında" (in a separate investigation)
        "ayrı bir soruşturma|ayrı bir dosya|"
        "earlier this|last year|last month|last week|last january|last february|last march|last april|last may|"
        "last june|last july|last august|last september|last october|last november|last december|in the past|"
        "back in|previously|already|originally|initially|years ago|months ago|weeks ago|a year ago|months after|"
        "weeks after|the move follows|follows a|follows the|following a|following the|after the european|"
        "avait|précédemment|l'an dernier|l'année dernière|il y a|hatte|vergangenen jahr|zuvor|vorig jaar|eerder|"
        "geleden|l'anno scorso|in precedenza|el año pasado|anteriormente|hace justo|hace un|hace una|i fjor|tidligere|"
        "aveva|avevano|había|habían|hadde|arriva dopo|arrive après|llega tras|llega después|komt na|"
        "kommer etter|comes after|comes weeks after|comes months after|hintergrund ist|hintergrund war|"
        # an earlier case told as such: "It's not the first time the French watchdog has taken on Google: in
        # December it fined the company €150 million"
        "not the first time|pas la première fois|nicht das erste mal|non è la prima volta|"
        "no es la primera vez|niet de eerste keer|ikke første gang|ikke første gong|inte första gången|"
        # earlier penalties counted together: "has faced a string of fines in Europe, including ..."
        "string of fines|string of penalties|series of fines|series of penalties|has faced a string|"
        # the news of the day after: "Au lendemain de l'arrêt de la cour d'appel de Paris qui a ramené ..."
        "au lendemain de|the day after|am tag nach|il giorno dopo|al día siguiente de|dagen etter|"
        # a company described by its past: "The facial recognition firm, fined by several European privacy
        # regulators, will supply its tools"
        "fined by several|fined by multiple|fined by various|fined by numerous|fined in several|"
        "fined in multiple|fined several times|fined repeatedly|"
        # another decision of the authority the story names: "The same authority fined the company EUR 150
        # million in December over its opaque rules for advertisers"
        "the same authority|the same regulator|the same watchdog|the same agency|la même autorité|"
        "le même gendarme|dieselbe behörde|dieselbe aufsicht|la stessa autorità|la misma autoridad|"
        "dezelfde toezichthouder|det samme tilsynet|"
        "reihe von bußgeldern|reihe von strafen|série d'amendes|serie di multe|serie de multas|rekke bøter|"
        "reeks boetes"
    ),
)
LEXICON |= _kind(
    "court",
    (
        "court|courts|tribunal|la justice|la justicia|gericht|gerichtshof|verwaltungsgericht|rechter|rechtbank|tribunale|domstol|"
        "domstolen|lagmannsrett|tingrett|judge|juge|richter|giudice|juez|dommer|cour|corte|hof|landgericht|landgerichts|"
        "amtsgericht|amtsgerichts|oberlandesgericht|oberlandesgerichts|kammergericht|strafkammer|"
        "conseil d'état|consiglio di stato|tar|audiencia nacional|tribunal supremo|högsta|høyesterett|"
        "personvernnemnda|college van beroep|raad van state|bundesgerichtshof|bgh|bundesverwaltungsgericht|"
        "kartellsenat|olg|"
        # German courts by their kind ("US-Berufungsgericht hebt FTC-Anordnung auf")
        "berufungsgericht|berufungsgerichts|bezirksgericht|obergericht|oberverwaltungsgericht|"
        "verwaltungsgerichtshof|verfassungsgericht|bundesverfassungsgericht|bundesgericht|"
        # Polish and Swedish courts: "Wojewódzki Sąd Administracyjny", "WSA", "förvaltningsrätten"
        "sąd|sądu|wsa|nsa|förvaltningsrätten|förvaltningsrätt|kammarrätten|kammarrätt|högsta förvaltningsdomstolen|"
        # India's appellate tribunal for competition cases
        "nclat"
    ),
)

INDEX: KeywordIndex = KeywordIndex(LEXICON)

# An order to pay is the fine itself ("ordered Cloud9 to pay €600,000").
# Penalty words that are a fining verb right after the authority's name: "ICO fines Orbix", "EU fines X",
# "Garante multa Orbix" report a fine even where no amount is stated (elsewhere "fines" needs one: "could
# face fines").
FINING_VERBS = frozenset(("fines", "multa", "multe"))
ORDER_WORDS = frozenset(
    _kind(
        "order",
        "ordered|orders|ordering|order to|ordre|ordonne|ordonné|ordonnée|ordina|ordinato|ordena|ordenado|"
        "ordenó|gelast|gelastte|beveelt|bevolen|bevelen|pålegger|pålagt|pålegg",
    )
)
TO_PAY = re.compile(
    r"[^;\n]{0,50}?\b(?:to pay|à payer|de payer|zu zahlen|te betalen|di pagare|a pagar|al pago|å betale)\b"
)
# An investigation ordered ("orders detailed probe into", "ordonne une enquête"): no decision on the case.
ORDERED_PROBE = re.compile(
    r"\s+(?:an?\s+|the\s+|une?\s+|eine?n?\s+|een\s+|un[ao]?\s+|en\s+)?(?:[\w-]+\s+){0,2}?(?:probe|investigation|"
    r"inquiry|enquiry|enquête|ermittlung|untersuchung|onderzoek|indagine|istruttoria|investigación|"
    r"etterforskning|gransking|undersøkelse)"
)
# "fined for having banned resellers": the ruling word describes the infringement.
CONDUCT_LEADS = ("pour avoir ", "for having ", "per aver ", "per avere ", "por haber ", "wegen ")

# Nouns naming a regulator, as the object of a lawsuit or a challenge.
SUED_AUTHORITY_WORDS = (
    r"regulator|watchdog|data protection authority|competition authority|datenschutzbeauftragt|"
    r"datenschutzbehörde|aufsichtsbehörde|kartellamt|bundeskartellamt|finanzaufsicht|toezichthouder|"
    r"tilsynet|garante|autorité de contrôle|autorità garante|autoridad de control"
)
# What an "appeal_verb" must take as its object, within a few words: a decision or a penalty, with no
# preposition before it ("challenges the €500m EU fine"; not "faces challenges as fines mount").
APPEALED_OBJECT = re.compile(
    r"\s+(?:(?!(?:as|after|for|of|in|to|with|from|on|over|at|by|and|or|when|while|mit|nach|für|von|bei|"
    r"und|oder|como|por|para|con|y|o|come|per|e|og|etter|med)\b)[\w€$£.,'’-]+\s+){0,6}?"
    r"(?:[\w€$£.,'’]+-)*(?:fine|penalt|decision|ruling|order|ban\b|sanction|verdict|judg|strafe|bußgeld|"
    r"geldbuße|entscheidung|beschluss|bescheid|verfügung|urteil|multa|sanzione|sanción|provvedimento|"
    r"decisione|decisión|décision|amende|condamnation|resolución|sentenza|sentencia|vedtak|(?:million|milliard|rekord)?bot(?:en)?\b|"
    r"\w*gebyr|dom\b|dommen|anordnung|"
    r"auflage|ordonnance|ordinanza|pålegg|" + SUED_AUTHORITY_WORDS + ")"
)
# A lawsuit against the authority itself ("Meta sues South Korean privacy regulator", "klagt gegen den
# Datenschutzbeauftragten") challenges its decision: an appeal, where "FTC sues Amazon" is enforcement.
SUED_AUTHORITY = re.compile(
    r"\s+(?:(?:the|its|den|die|das|le|la|il|el|de|het)\s+)?(?:[\w'’-]+\s+){0,3}?(?:"
    + SUED_AUTHORITY_WORDS
    + ")"
)

# Words after a decision verb that show it decides on an earlier decision ("upheld the fine").
# German separable verbs among the "decided" words: they decide only with their particle after them
# ("weist die Beschwerde zurück", "hebt das Bußgeld auf").
# ("setzt DSGVO-Bußgeld gegen 1&1 auf 900.000 Euro herab": reduces it)
SEPARABLE: dict[str, tuple[str, ...]] = {
    # ("wies ... die Klage ... ab.": the particle at its clause's end, not "ab 2024")
    **{"weist": ("zurück", " ab.", " ab,", " ab;"), "wies": ("zurück", " ab.", " ab,", " ab;")},
    **{"hebt": (" auf",), "hob": (" auf",)},
    **{"schort": (" op",), "schortte": (" op",)},
    **{"setzt": (" aus", " herab"), "setzte": (" aus", " herab")},
    **{"pfeift": (" zurück",), "pfiff": (" zurück",), "verweist": (" zurück",), "verwies": (" zurück",)},
}
DECISION_OBJECTS = (
    "fine",
    "appeal",
    "challenge",
    "decision",
    "penalt",
    "sanction",
    "ruling",
    "judg",
    "complaint",
    "order",
    "ban ",
    "ban,",
    "ban.",
    "prohibition",
    "injunction",
    "interdiction",
    "verbot",
    # a German authority's order, its conditions: "hebt FTC-Anordnung auf", "setzt Auflagen des Kartellamts aus"
    "anordnung",
    "auflage",
    "verfügung",
    "verbod",
    "divieto",
    "prohibición",
    "forbud",
    "charges",
    "amende",
    "décision",
    "decisión",
    "recours",
    "appel",
    "pourvoi",
    "bußgeld",
    "buße",
    "busse",
    "strafe",
    "entscheidung",
    "klage",
    "beschwerde",
    "berufung",
    "eilantrag",
    "spoedverzoek",
    # a party's request decided: "respinge l'istanza di Meta", "weist den Antrag zurück"
    "istanza",
    "antrag",
    "verzoek",
    "demande de",
    "requête",
    "solicitud",
    "request",
    "application",
    "begjæring",
    "bescheid",
    "boete",
    "besluit",
    "beroep",
    "bezwaar",
    "multa",
    "sanzion",  # sanzione, sanzioni
    "multe",
    "sanciones",
    "provvedimento",
    "ricorso",
    "sanción",
    "resolución",
    "recurso",
    "condena",
    "condanna",
    "condamnation",
    "verurteilung",
    "veroordeling",
    "dom ",
    # a designation upheld: "General Court upholds ByteDance's DMA gatekeeper designation", "bestätigte die
    # Einstufung"; an action dismissed: "dismissed in its entirety the action brought by Bytedance"
    "designation",
    "einstufung",
    "désignation",
    "designazione",
    "designación",
    "aanwijzing",
    "the action",
    "action brought",
    "dommen",
    "bot",
    "vedtak",
    # Polish: "uchylił karę", "uchylił decyzję Prezesa UODO"
    "karę",
    "decyzj",
    "gebyr",
    "verfahren",
    "anordnung",
    "beschluss",
    "auflage",
    "verfügung",
    "urteil",
    "ordonnance",
    "arrêt",
    "sentenza",
    "ordinanza",
    "sentencia",
    "uitspraak",
    "orden",
    "veto",
    "medida",
    "mesure",
    "misura",
    "anke",
    # Swedish, Danish, Portuguese: "sänker sanktionsavgiften", "stadfæster bøden", "confirma a coima"
    "avgift",
    "böter",
    "beslut",
    "bøde",
    "afgørelse",
    "coima",
    "decisão",
    # an Italian ban suspended: "il Tribunale di Roma sospende lo stop", "sospende il blocco"
    "lo stop",
    "blocco",
)
