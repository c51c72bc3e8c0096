# ruff: noqa: E501 - lexicons and example sentences read better unwrapped
"""Event typing, as a specification: one rule per test, examples in every supported language."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from streams.classify import CLASSIFIER_VERSION, analyse


def a(title: str, summary: str = "", **kw: str):
    return analyse(title, summary, **kw)


@pytest.mark.parametrize(
    ("title", "summary", "lang"),
    [
        (
            "Watchdog fines Northwind Telecom £4.2m",
            "The ICO has fined Northwind Telecom £4.2m over nuisance calls.",
            "en",
        ),
        (
            "La Cnil sanctionne Orvane d'une amende de 8 millions d'euros",
            "La Cnil a sanctionné Orvane.",
            "fr",
        ),
        (
            "Bußgeld gegen Kaufhof-Versand",
            "Der Hamburgische Beauftragte für Datenschutz hat ein Bußgeld in Höhe von "
            "1.240.000,50 Euro gegen Kaufhof-Versand verhängt.",
            "de",
        ),
        (
            "AP geeft Veltro boete van 290 miljoen euro",
            "De Autoriteit Persoonsgegevens heeft Veltro een boete van 290 miljoen euro opgelegd.",
            "nl",
        ),
        (
            "Il Garante multa Fotonet per 20 milioni di euro",
            "Il Garante ha sanzionato Fotonet per 20 milioni di euro.",
            "it",
        ),
        (
            "La AEPD multa a Banco Sierra con 6 millones de euros",
            "La AEPD ha impuesto una multa de 6.000.000 €.",
            "es",
        ),
        (
            "Datatilsynet gir Handlekurv overtredelsesgebyr",
            "Datatilsynet har ilagt Handlekurv et overtredelsesgebyr på NOK 65 millioner.",
            "no",
        ),
    ],
)
def test_a_monetary_penalty_imposed_is_a_fine(title: str, summary: str, lang: str) -> None:
    r = a(title, summary)
    assert r.primary == "fine"
    assert "fine" in r.types
    assert r.language == lang
    assert r.evidence


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "CNIL orders Lumio to stop selling location data",
            "France's CNIL ordered Lumio to stop selling location data.",
        ),
        (
            "La Cnil enjoint Pixelia de cesser la collecte",
            "La Cnil a enjoint à Pixelia de cesser la collecte des données.",
        ),
        (
            "Bundeskartellamt untersagt Datenzusammenführung",
            "Das Bundeskartellamt hat der Plattform Sozio untersagt, Nutzerdaten zusammenzuführen.",
        ),
        ("ACM gelast Stroomnet", "De ACM gelast Stroomnet de overstapregels na te leven."),
        ("Il Garante ordina lo stop", "Il Garante ha ordinato a Fotonet di interrompere il trattamento."),
        ("La AEPD ordena el cese", "La AEPD ordena a Banco Sierra el cese del tratamiento."),
        (
            "Garante privacy: stop a Chatly",
            "Il Garante ha disposto in via d'urgenza la limitazione del trattamento dei dati da parte di Chatly.",
        ),
        (
            "Forbrukertilsynet pålegger Spillhuset å stanse reklame",
            "Forbrukertilsynet har pålagt Spillhuset å stanse.",
        ),
    ],
)
def test_an_order_without_money_is_a_ruling(title: str, summary: str) -> None:
    r = a(title, summary)
    assert r.primary == "ruling"
    assert "fine" not in r.types


def test_an_order_with_a_daily_penalty_is_a_ruling_with_a_fine() -> None:
    r = a(
        "Datatilsynet bans Trackly from behavioural ads",
        "Norway's data protection authority has imposed a "
        "temporary ban on Trackly. If the company does not comply it will be fined NOK 500,000 per day.",
    )
    assert r.primary == "ruling"
    assert set(r.types) == {"ruling", "fine"}
    assert (r.amount, r.currency, r.periodic) == ("500000", "NOK", "day")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Court upholds €12m fine against Brightcart",
            "The Administrative Court in Luxembourg has dismissed "
            "Brightcart's appeal against the €12 million fine imposed by the CNPD.",
        ),
        (
            "Le Conseil d'État confirme la sanction contre Halio",
            "Le Conseil d'État a rejeté le recours de Halio.",
        ),
        (
            "Gericht bestätigt Millionenstrafe",
            "Das Verwaltungsgericht Köln hat die Klage von Fernblick gegen das "
            "Bußgeld von 9,5 Millionen Euro abgewiesen.",
        ),
        (
            "Rechter verlaagt boete Klikbaar",
            "De rechtbank Rotterdam verlaagt de boete van Klikbaar tot 750.000 euro.",
        ),
        (
            "Il Tar Lazio respinge il ricorso di Viaggia",
            "Il TAR Lazio ha respinto il ricorso di Viaggia contro la sanzione di 5 milioni di euro.",
        ),
        (
            "La Audiencia Nacional confirma la multa a Telered",
            "La Audiencia Nacional desestima el recurso de Telered.",
        ),
        (
            "Lagmannsretten stadfester boten",
            "Borgarting lagmannsrett stadfester boten på 10 millioner kroner.",
        ),
        (
            "OLG Düsseldorf weist Beschwerde von Sozio zurück",
            "Das Oberlandesgericht Düsseldorf hat die Beschwerde von Sozio gegen die Entscheidung des "
            "Bundeskartellamts zurückgewiesen.",
        ),
        (
            "Personvernnemnda opprettholder gebyret til Spillhuset",
            "Personvernnemnda har opprettholdt Datatilsynets vedtak om et gebyr på 5 millioner kroner. "
            "Klagen ble ikke tatt til følge.",
        ),
    ],
)
def test_an_appeal_body_deciding_on_an_earlier_decision_is_an_appeal_only(title: str, summary: str) -> None:
    r = a(title, summary)
    assert r.primary == "appeal"
    assert r.types == ("appeal",)


@pytest.mark.parametrize(
    ("summary",),
    [
        ("The ICO fined Northwind £4.2m. The company said it will appeal the decision.",),
        ("La Cnil a sanctionné Orvane d'une amende de 8 millions d'euros. Orvane entend faire appel.",),
        (
            "Der Datenschutzbeauftragte hat ein Bußgeld von 2 Millionen Euro verhängt. Die Firma will Einspruch einlegen.",
        ),
        (
            "De AP heeft Veltro een boete van 290 miljoen euro opgelegd. Veltro gaat in beroep tegen de boete.",
        ),
        ("Il Garante ha inflitto una multa di 2 milioni di euro. La società presenterà ricorso.",),
        ("La AEPD impone una multa de 6 millones de euros. La entidad recurrirá la sanción.",),
        ("Datatilsynet har ilagt et overtredelsesgebyr på NOK 5 millioner. Selskapet vil anke vedtaket.",),
    ],
)
def test_an_announced_appeal_inside_a_fine_story_adds_appeal_and_keeps_the_fine_primary(summary: str) -> None:
    r = a(None, summary)  # type: ignore[arg-type]
    assert r.primary == "fine"
    assert "appeal" in r.types


@pytest.mark.parametrize(
    ("summary",),
    [
        ("The SEC fined Kestrel Bank $35 million. The bank said it was considering an appeal.",),
        ("The ICO fined Velora £1.5m. Velora said it will not appeal the penalty.",),
        ("The CNIL fined Orvane €8 million. Orvane can appeal the decision within two months.",),
        ("La Cnil a infligé une amende de 3 millions d'euros. La société peut faire appel.",),
        ("Das Bußgeld von 2 Millionen Euro wurde verhängt. Die Firma legt keinen Widerspruch ein.",),
        ("De AP legt een boete van 5 miljoen euro op. Het bedrijf kan in beroep gaan.",),
        ("Datatilsynet har ilagt et gebyr på NOK 5 millioner. Selskapet kan anke vedtaket.",),
        ("The FTC fined Kestrel Bank $35 million. The bank is weighing an appeal.",),
        ("The CNIL fined Orvane €8 million. « Nous nous réservons le droit de faire appel », a dit Orvane.",),
        ("The ICO fined Velora £1.5m. Velora said it reserves the right to appeal.",),
        (
            "Il Garante ha inflitto a Fotonet una multa di 2 milioni di euro. Fotonet sta valutando il ricorso.",
        ),
        ("Die Behörde verhängte ein Bußgeld von 2 Millionen Euro. Die Firma prüft eine Beschwerde.",),
        ("La CNMC impuso una multa de 3 millones de euros. La empresa estudia recurrir.",),
        ("The CMA fined Velora £1.5m. Velora can bring an appeal to the Competition Appeal Tribunal.",),
        ("De ACM legt een boete van 5 miljoen euro op. Tegen het besluit staat beroep open.",),
        ("La CNMC impuso una multa de 3 millones de euros. Contra la resolución cabe recurso.",),
        ("L'Autorité inflige une amende de 3 millions d'euros, susceptible de recours devant la cour d'appel.",),
    ],
)
def test_considering_can_or_will_not_appeal_is_no_appeal(summary: str) -> None:
    r = a(None, summary)  # type: ignore[arg-type]
    assert r.primary == "fine"
    assert "appeal" not in r.types


def test_a_german_separable_verb_decides_only_with_its_particle() -> None:
    r = a(
        "Bundeskartellamt verhängt Bußgeld gegen Sozio",
        "Das Bundeskartellamt hat gegen Sozio ein Bußgeld von 2 Millionen Euro verhängt. Das Gericht weist "
        "darauf hin, dass die Entscheidung angefochten werden kann.",
    )
    assert r.primary == "fine"


def test_a_statutory_maximum_or_could_face_is_no_fine() -> None:
    r = a(
        "Chatbot makers could face fines",
        "Companies breaching the rules could face fines of up to €20 million "
        "or 4% of annual turnover, the report notes.",
    )
    assert r.primary == "none"
    assert r.amount is None


@pytest.mark.parametrize(
    "lead_up",
    [
        "following a police report by the regulator",
        "following an investigation",
        "following complaints from users",
    ],
)
def test_the_inquiry_a_decision_follows_is_no_background(lead_up: str) -> None:
    r = a(
        "Danish court fines Brightwell for data breach",
        f"A Danish court has ordered the IT company Brightwell to pay a fine of DKK 1.5 million, {lead_up}.",
    )
    assert r.primary == "fine"
    assert (r.amount, r.currency) == ("1500000", "DKK")


def test_following_an_earlier_decision_is_background() -> None:
    r = a(
        "Streamly updates its cookie banner",
        "Streamly changed its cookie banner following a €5m fine by the Dutch regulator in 2021.",
        published="2024-02-01",
    )
    assert r.primary == "none"


@pytest.mark.parametrize(
    "summary",
    [
        "The ICO said it intends to fine Marketstone £10 million, a provisional figure.",
        "The regulator proposes a £10 million fine for Marketstone.",
    ],
)
def test_a_proposed_or_provisional_fine_is_no_fine(summary: str) -> None:
    r = a("Regulator proposes £10m fine for Marketstone", summary)
    assert r.primary == "none"
    assert r.amount is None


def test_a_swedish_or_danish_fine_word_is_a_fine() -> None:
    se = a("IMY ger Brightwell sanktionsavgift på 58 miljoner kronor")
    assert (se.primary, se.authority_id, se.amount, se.currency) == ("fine", "se-imy", "58000000", "SEK")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Il Parlamento approva la legge sull'IA",
            "Il Parlamento ha approvato il disegno di legge, che prevede sanzioni fino a 35 milioni di euro.",
        ),
        ("La loi sur l'IA adoptée", "Le texte prévoit des amendes jusqu'à 35 millions d'euros."),
        ("New AI act passed", "The act provides for fines of up to €35 million."),
    ],
)
def test_penalties_a_law_provides_for_are_no_fine(title: str, summary: str) -> None:
    r = a(title, summary)
    assert r.primary == "none"
    assert r.amount is None


def test_a_product_change_that_mentions_an_old_fine_is_none() -> None:
    r = a(
        "Streamly launches ad-free plan in Europe",
        "Streamly will offer an ad-free subscription for €7.99 a month. "
        "Earlier this year the company was fined €5m by the Dutch regulator.",
    )
    assert r.primary == "none"
    assert r.amount is None


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Privacy group files complaint against Fotoscan",
            "The NGO filed a complaint with the Irish Data Protection Commission over Fotoscan.",
        ),
        ("Commission proposes new rules on data transfers", "The European Commission proposed a regulation."),
        (
            "GDPR fines survey: totals climb again",
            "Authorities issued a total of EUR 1.2 billion in fines last year.",
        ),
        (
            "Gesetzentwurf zu Datenschutz vorgestellt",
            "Die Bundesregierung hat einen Gesetzentwurf vorgelegt.",
        ),
        ("Wetsvoorstel over privacytoezicht", "Het kabinet stuurt een wetsvoorstel naar de Tweede Kamer."),
        ("Opinion: why the next big fine will hit AI", "Regulators could face pressure to act."),
    ],
)
def test_complaints_proposals_statistics_and_opinion_are_none(title: str, summary: str) -> None:
    assert a(title, summary).primary == "none"


def test_results_are_deterministic_and_versioned() -> None:
    args = ("FTC fines Orbix $5 billion", "The FTC imposed a $5 billion penalty on Orbix.")
    assert a(*args) == a(*args)
    assert a(*args).classifier_version == CLASSIFIER_VERSION


@pytest.mark.parametrize("garbage", ["", "   ", "\x00\x01", "€€€ 123,,,", "(" * 500, "é" * 3000])
def test_garbage_never_raises_and_is_none(garbage: str) -> None:
    r = analyse(garbage, garbage)
    assert r.primary == "none"


_FAILING_RULE = """
import logging, sys
import streams.classify.extract as extract
def broken(*args, **kwargs):
    raise KeyError("a rule's bug")
extract._analyse = broken
logging.basicConfig(stream=sys.stderr, level=logging.WARNING)
r = extract.analyse("FTC fines Orbix $5 billion", "The FTC imposed a $5 billion penalty on Orbix.")
print(r.primary, r.confidence, r.evidence)
"""


def test_a_rule_that_fails_gives_none_with_the_error_in_the_evidence_and_a_logged_traceback() -> None:
    # The Python source, where a module function can be replaced by a failing one (the compiled build
    # calls it directly); the stream goes on, and neither the record nor the log hides the failure.
    env = {**os.environ, "STREAMS_PURE_PYTHON": "1"}
    done = subprocess.run(
        [sys.executable, "-c", _FAILING_RULE], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "none 0.0 ('classifier error: KeyError',)"
    assert "failed on an item (title 'FTC fines Orbix $5 billion')" in done.stderr
    assert "KeyError: \"a rule's bug\"" in done.stderr


def test_an_ngo_asking_for_a_fine_is_a_complaint_not_a_fine() -> None:
    r = a(
        "noyb reicht Datenschutzbeschwerde gegen Chatly ein",
        "Die Organisation hat bei der österreichischen Datenschutzbehörde Beschwerde gegen Chatly eingelegt. "
        "Sie fordert die Behörde auf, eine Geldbuße zu verhängen.",
    )
    assert (r.primary, r.jurisdiction) == ("none", "AT")


def test_a_proposal_with_a_ban_and_past_fines_in_a_hypothetical_sentence_is_none() -> None:
    r = a(
        "Commission proposes rules on AI, with fines of up to 6% of turnover",
        "The Commission proposed new rules, including a ban on social scoring. Companies could face fines of "
        "up to €30 million, more than regulators have fined firms such as Brightcart (€746 million).",
        published="2021-04-21",
    )
    assert (r.primary, r.amount) == ("none", None)


def test_what_the_first_lines_say_the_item_is_outweighs_a_court_decision_told_later() -> None:
    r = a(
        "EU adopts new data transfer pact with the US",
        "The Commission adopted an adequacy decision for the Data Privacy Framework. It replaces the Privacy "
        "Shield, which the EU Court of Justice struck down in the Schrems II ruling.",
    )
    assert r.primary == "none"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "La justice confirme l'amende de 746 millions d'euros infligée à Brightcart",
            "Le tribunal administratif a rejeté le recours de Brightcart contre la décision de la CNPD, qui lui "
            "avait infligé une amende de 746 millions d'euros.",
        ),
        (
            "Facera wins appeal against £7.5m privacy fine",
            "Facera has won its appeal against a £7,552,800 fine imposed by the ICO in 2022.",
        ),
    ],
)
def test_an_appeal_decided_now_even_when_its_sentence_tells_the_history(title: str, summary: str) -> None:
    r = a(title, summary, published="2025-03-20")
    assert (r.primary, r.types) == ("appeal", ("appeal",))


@pytest.mark.parametrize(
    "summary",
    [
        "Die Behörde hat gegen Chatly eine Geldbuße von 15 Millionen Euro verhängt. Chatly kündigte an, "
        "dagegen Rechtsmittel einzulegen.",
        "L'Autorità ha sanzionato Viaggia con una multa di 10 milioni di euro. Viaggia ha annunciato ricorso.",
        "Die Kommission hat gegen Sozio eine Strafe von 1,8 Milliarden Euro verhängt. Sozio kündigte an, gegen "
        "die Entscheidung vor Gericht zu ziehen.",
    ],
)
def test_an_appeal_announced_in_an_infinitive_or_a_noun_is_an_appeal(summary: str) -> None:
    r = a(None, summary)  # type: ignore[arg-type]
    assert r.primary == "fine"
    assert "appeal" in r.types


def test_a_fine_with_an_obligation_to_change_is_also_a_ruling() -> None:
    r = a(
        "EU-Kommission verhängt Strafe gegen Sozio",
        "Die Kommission hat gegen Sozio eine Strafe von 1,8 Milliarden Euro verhängt. Die Kommission "
        "verpflichtete Sozio, die Beschränkungen aufzuheben.",
    )
    assert r.primary == "fine"
    assert set(r.types) == {"fine", "ruling"}


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Brightcart conteste devant le Conseil d'État son amende de 32 millions d'euros",
            "Brightcart a annoncé avoir saisi le Conseil d'État pour contester l'amende de 32 millions d'euros "
            "que lui a infligée la CNIL en janvier.",
        ),
        (
            "Landgericht Bonn senkt Bußgeld gegen Telly auf 900.000 Euro",
            "Das Landgericht Bonn hat das gegen Telly verhängte Bußgeld herabgesetzt.",
        ),
        (
            "AP verlaagt boete Klikbaar van 600.000 naar 50.000 euro",
            "De Autoriteit Persoonsgegevens verlaagt de boete. In een nieuw besluit op het bezwaar van het "
            "bedrijf stelt de toezichthouder de boete vast op 50.000 euro.",
        ),
        # a court's abbreviation before its seat is the court ("LG Bonn"), not the company LG
        (
            "LG Bonn senkt Bußgeld gegen Telly auf 900.000 Euro",
            "Statt der ursprünglich verhängten 9,55 Millionen Euro muss Telly nur 900.000 Euro zahlen.",
        ),
        # a fine taken "inn for" the appeal board, named before the board: what is appealed, no new fine
        (
            "Orbix klager rekordgebyret inn for Konkurranseklagenemnda",
            "Orbix har klaget Konkurransetilsynets gebyr på 788 millioner kroner inn for "
            "Konkurranseklagenemnda.",
        ),
    ],
)
def test_an_appeal_lodged_or_an_objection_decided_is_an_appeal(title: str, summary: str) -> None:
    r = a(title, summary)
    assert r.primary == "appeal"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Gastbeitrag: Europa muss seine Digitalgesetze durchsetzen",
            "Die Datenschutzbehörde hat Sozio 2023 eine Geldbuße von 1,2 Milliarden Euro auferlegt, und der "
            "Gerichtshof hat diese Linie bestätigt.",
        ),
        (
            "Chatly introduce nuovi controlli per i genitori",
            "Le novità arrivano dopo che il Garante aveva multato la piattaforma per 5 milioni di euro.",
        ),
        (
            "EU-landen keuren AI-wet goed; boetes tot 35 miljoen euro",
            "De wet verbiedt onder meer sociale scoring. Bedrijven riskeren boetes tot 35 miljoen euro.",
        ),
    ],
)
def test_opinion_product_news_and_laws_are_none(title: str, summary: str) -> None:
    r = a(title, summary, published="2024-06-01")
    assert (r.primary, r.amount) == ("none", None)


def test_one_decisions_fines_totalling_a_sum_are_its_fine() -> None:
    r = a(
        "Regulator announces decision in Pictogram inquiry",
        "The decision imposes a reprimand, an order to bring the processing into compliance and administrative "
        "fines totalling €405 million.",
    )
    assert (r.primary, r.amount) == ("fine", "405000000")


@pytest.mark.parametrize(
    ("title", "summary", "primary"),
    [
        (
            "BGH bestätigt vorläufig Kartellamts-Auflagen gegen Sozio",
            "Der Bundesgerichtshof hat einen Beschluss des Oberlandesgerichts aufgehoben und die Anordnung des "
            "Bundeskartellamts bestätigt.",
            "appeal",
        ),
        (
            "Bundeskartellamt schränkt Datensammlung von Sozio ein",
            "Das Bundeskartellamt hat Sozio weitreichende Beschränkungen auferlegt. Daten dürfen nur noch mit "
            "Einwilligung zusammengeführt werden. Ein Bußgeld verhängte das Amt nicht.",
            "ruling",
        ),
        (
            "Chatly aggiorna l'informativa privacy dopo la multa irlandese",
            "Chatly ha aggiornato la propria informativa. La modifica arriva dopo la sanzione da 225 milioni "
            "di euro inflitta a settembre dalla Data Protection Commission irlandese.",
            "none",
        ),
        (
            "Via libera all'AI Act: multe fino a 35 milioni",
            "Il Parlamento europeo ha approvato a Strasburgo il regolamento. Il testo vieta alcune applicazioni. "
            "Sono previste sanzioni fino a 35 milioni di euro.",
            "none",
        ),
    ],
)
def test_german_court_and_authority_orders_product_updates_and_laws(
    title: str, summary: str, primary: str
) -> None:
    r = a(title, summary, published="2024-03-14")
    assert r.primary == primary


def test_a_decision_that_can_no_longer_be_appealed_is_no_appeal() -> None:
    r = a(
        None,  # type: ignore[arg-type]
        "The regulator fined Facera 30.5 million euros and ordered it to stop, backed by penalty payments. "
        "Facera did not file an objection, so the decision cannot be appealed.",
    )
    assert r.primary == "fine"
    assert "appeal" not in r.types


def test_a_sentence_whose_subject_is_a_law_states_a_rule() -> None:
    r = a(
        "La Eurocámara aprueba la ley de IA con multas de hasta 35 millones",
        "El Parlamento Europeo ha aprobado la ley. El reglamento clasifica los sistemas y prohíbe la "
        "puntuación social.",
    )
    assert r.primary == "none"


def test_a_court_that_reforms_and_reduces_a_fine_decides_an_appeal() -> None:
    r = a(
        "La cour d'appel de Paris divise par trois l'amende d'Appelo",
        "La cour d'appel de Paris a réformé la décision de l'Autorité de la concurrence et ramené l'amende "
        "de 1,1 milliard à 371,6 millions d'euros.",
    )
    assert r.primary == "appeal"


def test_a_background_word_after_the_amount_leaves_the_amount_this_events() -> None:
    r = a(
        "La AEPD multa a Telered con 8,15 millones",
        "La AEPD ha impuesto a Telered una sanción de 8,15 millones de euros por llamadas a personas que se "
        "habían opuesto. La multa se divide en cuatro, entre ellas 150.000 euros por infringir la LSSI.",
    )
    assert (r.amount, r.currency) == ("8150000", "EUR")


@pytest.mark.parametrize(
    ("title", "summary", "published", "primary"),
    [
        (
            None,
            "LONDON (Reuters) - The Financial Conduct Authority on Tuesday fined Northbank £16.7 million for "
            "failing to monitor transactions between June 2016 and December 2020.",
            "2024-11-12",
            "fine",
        ),
        (
            "Healthly to Pay $1.5 Million Civil Penalty Under Proposed FTC Order",
            "Under a proposed order, Healthly has agreed to pay a $1.5 million civil penalty.",
            "2023-02-01",
            "fine",
        ),
        (
            "Kronikk: Personvernbøtene må bite",
            "Da Datatilsynet i 2021 ila Bompenga et gebyr på 5 millioner kroner, ble det omtalt som en millionbot.",
            None,
            "none",
        ),
        (
            "AP stelt nieuwe boetebeleidsregels vast",
            "De Autoriteit Persoonsgegevens heeft nieuwe boetebeleidsregels vastgesteld, met boetes tot 1 miljoen "
            "euro.",
            "2024-06-01",
            "none",
        ),
        (
            "Watchmaker saisit la cour d'appel contre son amende de 91,6 millions d'euros",
            "Le groupe a formé un recours devant la cour d'appel de Paris contre la décision de l'Autorité de la "
            "concurrence.",
            "2024-01-09",
            "appeal",
        ),
    ],
)
def test_conduct_periods_settlements_op_eds_guidelines_and_court_referrals(
    title: str | None, summary: str, published: str | None, primary: str
) -> None:
    r = analyse(title, summary, published=published)
    assert r.primary == primary


def test_a_norwegian_daily_penalty_for_each_day_is_periodic() -> None:
    r = a(
        "Datatilsynet pålegger Pulsløpet å stanse deling",
        "Oppfyller ikke selskapet pålegget, må det betale en tvangsmulkt på 100 000 kroner for hver dag.",
    )
    assert (r.primary, r.periodic) == ("ruling", "day")


def test_a_longer_phrase_running_on_into_a_word_hides_no_keyword_inside_it() -> None:
    # "midlertidig forbud" (a temporary ban) is a lexicon phrase; "midlertidig forbudt" holds "forbudt".
    r = a(
        "Italia stenger Chatly",
        "Det italienske datatilsynet har midlertidig forbudt chatteroboten Chatly i landet.",
    )
    assert r.primary == "ruling"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Orbix challenges €500m EU fine at General Court",
            "Orbix said on Monday it had gone to court over the penalty imposed by the European Commission in April.",
        ),
        (
            "Orbix klagt gegen 500-Millionen-Strafe der EU",
            "Der Konzern hat beim Gericht der EU Klage gegen die im April verhängte Strafe eingereicht.",
        ),
        (
            "Orbix recurre la multa de 20 millones de la CNMC",
            "La empresa considera la sanción desproporcionada.",
        ),
        ("Orbix impugna la sanzione del Garante", "La società ritiene la sanzione sproporzionata."),
        ("Orbix anker boten fra Datatilsynet", "Selskapet mener gebyret er for høyt."),
    ],
)
def test_challenging_a_decision_or_a_penalty_lodges_an_appeal(title: str, summary: str) -> None:
    assert a(title, summary).primary == "appeal"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Regulators face new challenges as fines mount",
            "Data protection authorities say they lack staff. The ICO fined Orbix £4m last week.",
        ),
        ("Verbraucherschützer klagt gegen Orbix", "Der Verband wirft dem Konzern irreführende Werbung vor."),
    ],
)
def test_challenges_as_a_noun_or_a_lawsuit_against_a_company_is_no_appeal(title: str, summary: str) -> None:
    assert "appeal" not in a(title, summary).types


def test_a_norwegian_authority_imposing_fees_in_the_present_tense_fines() -> None:
    r = a(
        "Konkurransetilsynet ilegger kjedene gebyrer på 4,9 milliarder kroner",
        "Tilsynet mener kjedene har samarbeidet ulovlig om prisinnhenting.",
    )
    assert (r.primary, r.amount, r.currency) == ("fine", "4900000000", "NOK")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Orbix sues South Korean privacy regulator over $23 million fine",
            "The company filed suit in Seoul.",
        ),
        ("Streit um Fanpage: Bundesamt klagt gegen Datenschutzbeauftragten", "Die Klage liegt beim Gericht."),
        (
            "Orbix goes to court",
            "Orbix has filed a lawsuit with the administrative court seeking to cancel the fine.",
        ),
        (
            "Instagram, Orbix presenta ricorso contro la multa da 405 milioni",
            "La società contesta il calcolo.",
        ),
    ],
)
def test_a_lawsuit_against_the_regulator_or_to_cancel_its_fine_is_an_appeal(title: str, summary: str) -> None:
    assert a(title, summary).primary == "appeal"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("FTC sues Orbix over subscription traps", "The Federal Trade Commission sued Orbix on Tuesday."),
        (
            "Justice Department sues Orbix over dominance of online ad market",
            "The complaint asks the court to order Orbix to divest parts of its business.",
        ),
    ],
)
def test_a_regulator_suing_a_company_decides_nothing_yet(title: str, summary: str) -> None:
    # a lawsuit filed is the start of a case, as the conventions' complaints are; the court's judgment in it
    # is the decision (and no appeal: the authority sues, nobody challenges its decision)
    r = a(title, summary)
    assert (r.primary, "appeal" in r.types) == ("none", False)


def test_a_court_refusing_to_lift_a_ban_decides_an_appeal() -> None:
    r = a(
        "Court refuses to lift regulator's emergency ban on Orbix iris scanning",
        "The National High Court refused an application by Orbix for interim relief against the temporary ban.",
    )
    assert r.primary == "appeal"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Bundeskartellamt stellt Orbix unter verschärfte Missbrauchsaufsicht",
            "Die Feststellung gilt fünf Jahre.",
        ),
        (
            "CMA gives Orbix 'strategic market status' in search",
            "The designation allows conduct requirements.",
        ),
    ],
)
def test_a_designation_for_special_oversight_is_a_ruling(title: str, summary: str) -> None:
    assert a(title, summary).primary == "ruling"


def test_a_daily_penalty_a_court_orders_paid_with_no_other_order_is_a_fine() -> None:
    r = a(
        "EU court orders Veltria to pay €1 million a day",
        "The Court of Justice ordered Veltria to pay a daily penalty of €1 million for failing to comply.",
    )
    assert (r.primary, r.types, r.periodic) == ("fine", ("fine",), "day")


def test_a_daily_penalty_that_enforces_an_order_to_stop_stays_a_ruling() -> None:
    r = a(
        "Court orders Orbix to stop tracking or pay €250,000 a day",
        "The court ordered Orbix to stop tracking non-users within 48 hours or pay €250,000 a day.",
    )
    assert (r.primary, r.periodic) == ("ruling", "day")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Orbix sets aside extra £700m for car finance claims",
            "The bank said a court appeal against the ruling.",
        ),
        (
            "Orbix in talks to pay more than $4 billion to end US probe",
            "The deal could be announced next week.",
        ),
        (
            "Deutsche Orbix rechnet mit Belastung von 1,3 Milliarden Euro",
            "Die Bank muss eine Rückstellung bilden.",
        ),
        ("Consumentenbond begint massaclaim tegen Orbix", "De organisatie eist schadevergoeding."),
        (
            "Final part of Online Safety Code takes effect",
            "Platforms that breach it can be fined €20 million.",
        ),
        (
            "Influencer, dall'Agcom le nuove regole: multe fino a 600mila euro",
            "Le linee guida sono state approvate.",
        ),
        (
            None,
            "SEC Announces Enforcement Results for Fiscal Year 2024. The SEC obtained orders for $8.2 billion.",
        ),
    ],
)
def test_a_first_line_that_reports_no_decision_makes_the_item_no_event(
    title: str | None, summary: str
) -> None:
    assert a(title, summary).primary == "none"


def test_a_decision_in_the_first_line_stands_beside_words_of_no_decision() -> None:
    r = a("Regulator fines Orbix €5m as new rules take effect", "The authority fined Orbix €5 million.")
    assert r.primary == "fine"


def test_a_court_tossing_a_judgment_decides_an_appeal() -> None:
    r = a(
        "Supreme Court tosses $1.27 billion judgment against Orbix",
        "The Supreme Court ruled the agency could not win refunds, tossing the judgment the appeals court upheld.",
    )
    assert r.primary == "appeal"


def test_a_norwegian_compound_that_names_the_fine_is_a_fine() -> None:
    assert (
        a("Orbix får millionbot av Datatilsynet", "Tilsynet mener selskapet brøt reglene.").primary == "fine"
    )


def test_a_norwegian_court_reducing_a_fine_decides_an_appeal() -> None:
    r = a(
        "Orbix får redusert bot i lagmannsretten",
        "Borgarting lagmannsrett har redusert boten til Orbix fra 10 til 6 millioner kroner.",
    )
    assert r.primary == "appeal"


@pytest.mark.parametrize(
    ("title", "summary", "lang"),
    [
        (
            "EuGH: Für DSGVO-Bußgelder zählt der Konzernumsatz",
            "Der Europäische Gerichtshof hat am Donnerstag auf Vorlage eines dänischen Gerichts entschieden, "
            "dass der Umsatz des ganzen Konzerns zählt. Die Behörde hatte Orbix ein Bußgeld auferlegt.",
            "de",
        ),
        (
            "EU court says a purely commercial interest can be legitimate",
            "The Court of Justice of the European Union ruled on Friday in a case Veltria brought against the "
            "Dutch data protection authority's €525,000 fine.",
            "en",
        ),
        (
            "RGPD : une amende suppose une faute, tranche la justice européenne",
            "La Cour de justice de l'Union européenne a jugé mardi qu'une autorité ne peut infliger une amende "
            "que si la violation est délibérée. Orbix contestait la sanction devant un tribunal lituanien.",
            "fr",
        ),
        (
            "Corte Ue: no a doppia sanzione per Orbix",
            "La Corte di giustizia dell'Unione europea ha stabilito che la sanzione inflitta dall'Antitrust a "
            "Orbix può violare il ne bis in idem.",
            "it",
        ),
    ],
)
def test_an_eu_court_judging_a_case_decides_an_appeal(title: str, summary: str, lang: str) -> None:
    # The EU courts hear challenges: actions against the Commission and questions national courts refer.
    r = a(title, summary, language=lang)
    assert (r.primary, r.jurisdiction) == ("appeal", "EU")


def test_an_eu_court_ordering_a_member_state_to_pay_a_daily_sum_still_fines() -> None:
    r = a("EU court orders Veltria to pay €1 million a day", "The Court of Justice ordered Veltria to pay.")
    assert r.primary == "fine"


@pytest.mark.parametrize(
    "title",
    [
        "La CNIL a prononcé 21 sanctions en 2024, pour 55 millions d'euros d'amendes",
        "ICO issued 35 fines last year worth £15m",
        "Datenschutzbehörden verhängten 2024 insgesamt 120 Bußgelder",
    ],
)
def test_a_count_of_decisions_in_the_first_line_is_a_tally_not_an_event(title: str) -> None:
    assert a(title, "The authority published its annual figures.").primary == "none"


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        ("Gambling Commission suspends licence of Orbix Bet", "en"),
        ("L'ARJEL retire l'agrément d'Orbix Jeux", "fr"),
        ("Glücksspielbehörde entzieht die Lizenz von Orbix", "de"),
        ("L'ADM sospende la licenza di Orbix", "it"),
        ("La DGOJ suspende la licencia de Orbix", "es"),
    ],
)
def test_a_licence_suspended_or_revoked_is_a_ruling(title: str, lang: str) -> None:
    assert a(title, "", language=lang).primary == "ruling"


def test_the_cour_de_cassation_breaking_a_judgment_decides_an_appeal() -> None:
    r = a(
        "La Cour de cassation casse l'arrêt qui avait effacé l'amende de 40 millions d'Orbix",
        "La Cour de cassation a partiellement cassé l'arrêt de la cour d'appel qui avait annulé la décision "
        "sanctionnant Orbix.",
        language="fr",
    )
    assert r.primary == "appeal"


def test_a_german_separable_verb_finds_its_particle_at_the_end_of_a_long_sentence() -> None:
    r = a(
        "Orbix scheitert mit Berufung gegen Rekordstrafe",
        "Das Berufungsgericht des Federal Court of Australia wies am Donnerstag die Berufung des Konzerns "
        "gegen die Strafe von 125 Millionen australischen Dollar (rund 81 Millionen Euro) zurück.",
        language="de",
    )
    assert (r.primary, r.amount, r.currency) == ("appeal", "125000000", "AUD")


def test_an_appeal_verb_reaches_its_object_past_the_court() -> None:
    r = a(
        "Orbix y Veltria recurren en la Audiencia Nacional la multa de 77 millones",
        "Los dos grupos han presentado recursos ante la Audiencia Nacional.",
        language="es",
    )
    assert r.primary == "appeal"


def test_the_year_of_the_failure_a_penalty_is_over_dates_no_earlier_event() -> None:
    r = a(
        "DOT hits Orbix Air with record $140 million penalty over 2022 holiday meltdown",
        "The Department of Transportation assessed a $140 million civil penalty against Orbix Air.",
        published="2023-12-18",
    )
    assert (r.primary, r.amount, r.authority_id) == ("fine", "140000000", "us-dot")


def test_an_eu_court_ruling_cited_in_another_authoritys_decision_leaves_it_that_decision() -> None:
    r = a(
        "CNIL fines Orbix €5 million over cookies",
        "The fine applies a ruling of the Court of Justice of the European Union, which held that consent "
        "must be active.",
    )
    assert (r.primary, r.amount) == ("fine", "5000000")


@pytest.mark.parametrize(
    ("title", "summary", "lang"),
    [
        ("Orbix pagará 2.500 millones de dólares para cerrar la investigación penal", "", "es"),
        ("Orbix va payer 2,5 milliards de dollars pour éviter un procès", "", "fr"),
        ("Kryptobörse Orbix zahlt 100 Millionen Dollar wegen Geldwäsche-Mängeln", "", "de"),
        ("Attorney General secures $1.4 billion settlement with Orbix over biometric data", "", "en"),
        ("Orbix pays OCR $16 million in record HIPAA settlement", "", "en"),
    ],
)
def test_paying_in_any_tense_and_a_settlement_an_authority_secures_are_fines(
    title: str, summary: str, lang: str
) -> None:
    assert a(title, summary, language=lang).primary == "fine"


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        ("Digital Markets Act: Commission designates six gatekeepers", "en"),
        ("DMA: Orbix et Veltria désignés contrôleurs d'accès par la Commission", "fr"),
    ],
)
def test_a_gatekeeper_designation_is_a_ruling(title: str, lang: str) -> None:
    assert a(title, "", language=lang).primary == "ruling"


def test_the_european_court_in_dutch_judges_an_appeal() -> None:
    r = a(
        "Europese rechter: Orbix blijft poortwachter",
        "De Europese rechter heeft woensdag geoordeeld dat Orbix terecht als poortwachter is aangewezen.",
        language="nl",
    )
    assert (r.primary, r.jurisdiction) == ("appeal", "EU")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Ofcom revokes Orbix TV's UK broadcasting licence", "Ofcom on Friday revoked the UK broadcasting licence of Orbix TV."),
        ("Britische Medienaufsicht entzieht Orbix TV die Sendelizenz", "Die Medienaufsicht Ofcom hat dem Sender Orbix TV die Lizenz entzogen."),
    ],
)
def test_a_licence_revoked_with_words_between_is_a_ruling(title: str, summary: str) -> None:
    assert a(title, summary).primary == "ruling"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Regulator could revoke the licence of Orbix", "The regulator said it could revoke the licence if Orbix fails to comply."),
        ("Regulator threatens to suspend Orbix licence", "The regulator threatened to suspend the operating licence of Orbix."),
    ],
)
def test_a_licence_that_could_be_revoked_is_no_decision(title: str, summary: str) -> None:
    assert a(title, summary).primary == "none"


def test_an_old_fine_for_breaching_rules_is_background_to_a_new_order() -> None:
    # "breaching" is conduct, not an incident whose year dates this decision.
    r = a(
        "Ofcom revokes Orbix TV's UK broadcasting licence",
        "Ofcom on Friday revoked the UK broadcasting licence of Orbix TV with immediate effect. It is not the "
        "first time the channel has been sanctioned. In 2019 Ofcom fined Orbix TV £200,000 for breaching "
        "impartiality rules.",
        published="2022-03-18",
    )
    assert (r.primary, r.types, r.amount) == ("ruling", ("ruling",), None)


@pytest.mark.parametrize(
    ("title", "summary", "lang"),
    [
        ("Orbix loses EU court fight over geo-blocking fine", "The General Court dismissed the action Orbix brought against the Commission's €1.6 million fine.", "en"),
        ("Orbix verliest beroep tegen EU-boete", "Het Gerecht van de Europese Unie heeft het beroep van Orbix tegen een boete van 1,6 miljoen euro verworpen.", "nl"),
        ("Royaume-Uni : Orbix obtient largement gain de cause contre l'ICO", "Le tribunal de première instance a donné raison à Orbix contre le régulateur.", "fr"),
        ("Orbix tapte i EU-retten – kartellboten står seg", "EU-retten avviste søksmålet fra Orbix mot boten på 880 millioner euro.", "no"),
    ],
)
def test_losing_or_winning_before_a_court_decides_an_appeal(title: str, summary: str, lang: str) -> None:
    assert a(title, summary, language=lang).primary == "appeal"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (None, "Debat: Datatilsynet har brug for tænder\n\nMilliardbøden til Meta viser, at tilsynet kan bide, men vi har brug for flere sager."),
        (None, "Opinie: Een miljardenboete is voor Big Tech een kostenpost\n\nMaandag kreeg Meta van de Ierse DPC een boete van 1,2 miljard euro."),
    ],
)
def test_an_opinion_piece_whose_headline_opens_the_summary_is_no_event(title: None, summary: str) -> None:
    assert analyse(title, summary).primary == "none"


def test_statistics_of_fines_in_a_dutch_headline_are_no_event() -> None:
    r = a(
        "Europese privacyboetes in 2024 gedaald naar 1,2 miljard euro",
        "Europese privacytoezichthouders legden vorig jaar voor 1,2 miljard euro aan boetes op, blijkt uit een "
        "jaarlijks overzicht. De Ierse DPC legde de grootste boete op.",
    )
    assert r.primary == "none"


@pytest.mark.parametrize(
    ("title", "summary", "lang"),
    [
        ("Commission designates Orbix as a very large online platform", "The European Commission on Tuesday designated Orbix as a very large online platform under the Digital Services Act.", "en"),
        ("EU stuft Orbix als 'sehr große Online-Plattform' ein", "Die EU-Kommission hat Orbix als sehr große Online-Plattform eingestuft.", "de"),
    ],
)
def test_a_designation_with_words_between_is_a_ruling(title: str, summary: str, lang: str) -> None:
    r = a(title, summary, language=lang)
    assert (r.primary, r.companies) == ("ruling", ("Orbix",))


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Orbix loses London licence again as TfL cites 'pattern of failures'", "Transport for London said it would not renew the licence of Orbix, which can appeal."),
        ("TfL refuses to renew Orbix's licence", "Transport for London refused to renew the private hire licence of Orbix on Monday."),
    ],
)
def test_a_licence_lost_or_not_renewed_is_a_ruling(title: str, summary: str) -> None:
    r = a(title, summary)
    assert (r.primary, r.authority_id, r.jurisdiction) == ("ruling", "uk-tfl", "UK")


def test_a_headline_about_what_may_come_is_no_event_whatever_the_body_recalls() -> None:
    r = a(
        "Hacked therapy provider Orbix could face GDPR fine of up to 4% of turnover",
        "Orbix could face an administrative fine of up to €20 million or 4% of its turnover, legal experts "
        "say. The ombudsman's sanctions board issued its first penalties only in May, including €100,000 "
        "against postal operator Veltro.",
    )
    assert r.primary == "none"


@pytest.mark.parametrize(
    ("title", "summary", "lang"),
    [
        ("A court lifts the ban on Orbix in Italy", "The Rome court lifted the ban on Orbix, upholding the company's challenge.", "en"),
        ("Un tribunal de Roma levanta la prohibición de Orbix en Italia", "El tribunal de Roma levanta la prohibición de Orbix.", "es"),
        ("Danish appeal court imposes DKK 1m GDPR fine on Orbix, overturning no-penalty ruling", "", "en"),
    ],
)
def test_a_court_lifting_a_ban_or_overturning_a_ruling_decides_an_appeal(title: str, summary: str, lang: str) -> None:
    assert a(title, summary, language=lang).primary == "appeal"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("ICO opens consultation on how it will calculate data protection fines", "The ICO published draft guidance for consultation."),
        ("SEC enforcement brings record $8.2 billion in financial remedies in fiscal 2024", "The agency filed 583 enforcement actions."),
        ("Bruxelles dévoile ses armes contre les géants du numérique : des amendes jusqu'à 10 % du chiffre d'affaires", ""),
        ("Forbrukerrådet klager inn Orbix for «betal eller samtykk»-modellen", "Forbrukerrådet mener Orbix bryter loven."),
    ],
)
def test_consultations_results_unveiled_rules_and_complaints_are_no_event(title: str, summary: str) -> None:
    assert a(title, summary).primary == "none"


def test_a_fine_cut_after_appeal_is_an_appeal_about_the_reduced_figure() -> None:
    r = a("Orbix gets £1.35m ICO fine cut to £250,000 after appeal", "")
    assert (r.primary, r.amount, r.currency) == ("appeal", "250000", "GBP")


def test_a_top_court_siding_with_the_regulator_decides_an_appeal() -> None:
    assert a("Germany's top court sides with cartel office in Orbix pricing case", "").primary == "appeal"


@pytest.mark.parametrize(
    ("title", "summary", "lang"),
    [
        ("CMA accepts Orbix commitments on marketplace data", "The CMA accepted legally binding commitments from Orbix, closing its investigation.", "en"),
        ("Commission accepts Orbix's commitments to withdraw its rewards programme", "The Commission has made binding the commitments offered by Orbix under the DSA.", "en"),
        ("Bruxelles obtient d'Orbix le retrait de son programme", "La Commission européenne a rendu juridiquement contraignants, lundi, les engagements d'Orbix de retirer le programme.", "fr"),
    ],
)
def test_commitments_an_authority_accepts_or_makes_binding_are_a_ruling(title: str, summary: str, lang: str) -> None:
    assert a(title, summary, language=lang).primary == "ruling"


def test_commitments_a_company_only_offers_are_no_ruling() -> None:
    assert a("Orbix offers commitments to the Commission", "Orbix has offered commitments; the Commission will market test them.").primary == "none"


@pytest.mark.parametrize(
    ("title", "summary", "lang"),
    [
        # The court confirms a fine (Swiss German "Busse"); the Federal Supreme Court is Switzerland's.
        ("Busse gegen Orbix bestätigt", "Das Bundesgericht bestätigt die von der Wettbewerbskommission (WEKO) gegen die Orbix AG verhängte Busse von rund 156 Millionen Franken.", "de"),
        # German perfect tense: the decided object comes before the participle.
        ("", "EuG reduziert Orbix-Bußgeld\n\nDas Gericht der Europäischen Union (EuG) hat die von der EU-Kommission gegen Orbix verhängte Geldbuße deutlich gesenkt.", "de"),
        # An urgent application that a court rejects.
        ("Eilantrag von Orbix gegen Vorgaben der Bundesnetzagentur erfolglos", "Das Verwaltungsgericht Köln hat einen Eilantrag der Orbix GmbH gegen einen Bescheid der Bundesnetzagentur abgelehnt.", "de"),
        ("Duitse rechter: Orbix moet dienst toch aanpassen", "De bestuursrechter in Keulen heeft een spoedverzoek van Orbix afgewezen, zo maakte het Verwaltungsgericht Köln bekend.", "nl"),
    ],
)
def test_a_court_confirming_reducing_or_refusing_decides_an_appeal(title: str, summary: str, lang: str) -> None:
    assert a(title, summary, language=lang).primary == "appeal"


def test_going_to_court_against_a_ban_lodges_an_appeal() -> None:
    r = a(
        "Orbix stapt naar Europese rechter tegen verbod op overname Veltro",
        "Orbix heeft beroep ingesteld bij het Gerecht van de Europese Unie. De Commissie blokkeerde eind september de overname van 1,6 miljard euro.",
        language="nl",
    )
    assert (r.primary, r.amount) == ("appeal", None)


def test_the_binding_decision_of_a_board_is_a_ruling() -> None:
    r = a(
        "EDSA: Orbix darf personalisierte Werbung nicht auf den Vertrag stützen",
        "Der Europäische Datenschutzausschuss (EDSA) hat gegen Orbix entschieden. In drei verbindlichen Beschlüssen weist er die irische Datenschutzbehörde an, einen Verstoß festzustellen.",
        language="de",
    )
    assert r.primary == "ruling"


def test_a_proposal_of_new_rules_is_no_event_whatever_it_would_ban() -> None:
    r = a(
        "EU-Kommission will Digitalkonzerne mit neuen Regeln zähmen",
        "Die EU-Kommission hat ihre Gesetzesvorschläge vorgelegt. Gatekeeper wie Orbix sollen festen Regeln unterworfen werden – etwa dem Verbot, eigene Angebote zu bevorzugen.",
        language="de",
    )
    assert r.primary == "none"


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        ("La Audiencia Nacional suspende cautelarmente la multa de 25 millones a Orbix", "es"),
        ("Court suspends the fine imposed on Orbix pending its appeal", "en"),
    ],
)
def test_a_court_suspending_a_fine_decides_on_an_appeal(title: str, lang: str) -> None:
    assert a(title, "", language=lang).primary == "appeal"


@pytest.mark.parametrize(
    ("title", "summary", "lang"),
    [
        ("Turkse mededingingswaakhond legt Orbix voorlopige maatregel op", "De Turkse mededingingsautoriteit (Rekabet Kurumu) heeft Orbix een voorlopige maatregel opgelegd.", "nl"),
        ("Bafin verhängt Moratorium über Orbix Bank", "Die Finanzaufsicht Bafin hat die Orbix Bank AG für den Kundenverkehr geschlossen.", "de"),
        ("Japans Kartellwächter erlässt Unterlassungsverfügung gegen Orbix", "Die japanische Wettbewerbsbehörde JFTC hat Orbix zur Änderung seiner Verträge verpflichtet.", "de"),
    ],
)
def test_interim_measures_moratoria_and_cease_and_desist_orders_are_rulings(title: str, summary: str, lang: str) -> None:
    assert a(title, summary, language=lang).primary == "ruling"


@pytest.mark.parametrize(
    ("title", "summary", "lang"),
    [
        ("FCA proposes £8.2bn motor finance compensation scheme", "The FCA said lenders would pay an estimated £8.2bn under the scheme.", "en"),
        ("Dieselskandal: Verbraucherzentrale reicht Musterfeststellungsklage gegen Orbix ein", "Der Verband wirft Orbix vor, das Kraftfahrt-Bundesamt getäuscht zu haben.", "de"),
    ],
)
def test_a_compensation_scheme_or_a_consumer_groups_model_action_is_no_event(title: str, summary: str, lang: str) -> None:
    assert a(title, summary, language=lang).primary == "none"


def test_an_appeal_body_cutting_a_consumer_fine_decides_an_appeal() -> None:
    assert a("Markedsrådet kutter Orbix-gebyret til 400.000 kroner", "Markedsrådet reduserte gebyret fra Forbrukertilsynet.", language="no").primary == "appeal"


@pytest.mark.parametrize(
    ("title", "summary", "lang"),
    [
        ("EU orders Luxembourg to recover 250 million euros from Orbix in illegal tax benefits", "The Commission found that a tax ruling gave Orbix unlawful State aid.", "en"),
        ("Bruxelles exige que le Luxembourg récupère 250 millions d'euros auprès d'Orbix", "La Commission a jugé que le Luxembourg avait accordé à Orbix une aide d'Etat illégale.", "fr"),
        ("Orbix soll 250 Millionen Euro Steuern nachzahlen", "Luxemburg muss von Orbix rund 250 Millionen Euro zurückfordern, entschied die EU-Kommission. Die Vereinbarung sei eine unerlaubte staatliche Beihilfe.", "de"),
    ],
)
def test_an_order_to_recover_state_aid_is_a_ruling_whose_sum_is_no_penalty(title: str, summary: str, lang: str) -> None:
    r = a(title, summary, language=lang)
    assert (r.primary, r.amount) == ("ruling", None)


def test_an_appeal_against_a_state_aid_order_has_no_penalty_at_stake() -> None:
    r = a("Orbix wins EU court fight over 250 million euro Luxembourg tax order", "The General Court annulled the Commission's decision ordering Luxembourg to recover back taxes from Orbix.")
    assert (r.primary, r.amount) == ("appeal", None)


def test_a_settlement_pending_court_approval_is_no_event_yet() -> None:
    r = a("Orbix to Pay $700 Million in App Store Settlement With States, Pending Court Approval", "Orbix will pay $700 million to settle claims brought by attorneys general.")
    assert r.primary == "none"


@pytest.mark.parametrize(
    ("title", "summary", "lang"),
    [
        ("Datenschutzbehörde: Einsatz von Orbix Analytics verstößt gegen DSGVO", "Die österreichische Datenschutzbehörde hat einer Beschwerde gegen Veltro stattgegeben.", "de"),
        ("Austrian data protection authority rules use of Orbix Analytics breached GDPR", "The decision concerns a health website that used the tool.", "en"),
    ],
)
def test_a_breach_an_authority_finds_is_a_ruling(title: str, summary: str, lang: str) -> None:
    assert a(title, summary, language=lang).primary == "ruling"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # an NGO's claim names no authority
        ("Consumer group says Orbix breached GDPR", "The group filed a complaint on Tuesday."),
        # a statement of objections is no decision
        ("European Commission says Orbix's bundling breaches antitrust rules", "The Commission set out its preliminary findings in a statement of objections."),
        # a complaint to an authority, an investigation: alleged, not found
        ("Noyb complaint to CNIL says Orbix violates GDPR", ""),
        ("Irish DPC investigating whether Orbix breached GDPR", ""),
        # "brøt" alone is "broke"
        ("Datatilsynet: Orbix brøt sammen under angrepet", ""),
    ],
)
def test_a_breach_alleged_or_found_provisionally_is_no_ruling(title: str, summary: str) -> None:
    assert a(title, summary).primary == "none"


def test_a_permission_is_no_appeal_allowed() -> None:
    r = a("Spanish High Court Judge Orders Temporary Suspension Of Orbix", "A judge at Spain's Audiencia Nacional has ordered the suspension of Orbix while he investigates complaints that it allowed users to share copyrighted content.\n\nThe judge issued the order on Friday.")
    assert r.primary == "ruling"


def test_the_statutory_maximum_penalty_of_a_licensee_is_no_fine() -> None:
    r = a("Ofcom rules Orbix News broke impartiality rules", "Ofcom has found that Orbix News breached broadcasting rules. Under the Communications Act the maximum financial penalty for a licensee is £250,000.")
    assert (r.primary, r.amount) == ("ruling", None)


def test_a_court_annulling_plural_fines_decides_an_appeal() -> None:
    r = a("Bollette a 28 giorni, il Tar del Lazio annulla le maxi-multe Antitrust alle telco", "Il Tar del Lazio ha annullato le sanzioni per complessivi 228 milioni di euro inflitte a Orbix e Veltro.", language="it")
    assert (r.primary, r.amount) == ("appeal", "228000000")


def test_a_judgment_appealed_is_no_new_ruling() -> None:
    r = a("AP stapt naar Raad van State in zaak-Orbix", "De Autoriteit Persoonsgegevens (AP) heeft hoger beroep ingesteld bij de Raad van State tegen de uitspraak van de rechtbank Amsterdam in de zaak over Orbix. Het ging om een boete van 525.000 euro.", language="nl")
    assert r.primary == "appeal"


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        ("Personvernåret 2023: Forbud mot Orbix, dagbøter og krav til rask varsling", "no"),
        ("Das Datenschutzjahr 2023: Bußgelder gegen Orbix und Veltro", "de"),
        ("GDPR year in review: Orbix fine tops the list", "en"),
    ],
)
def test_a_year_in_review_is_no_event(title: str, lang: str) -> None:
    assert a(title, "Orbix ble ilagt tvangsmulkt på én million kroner per dag.", language=lang).primary == "none"


def test_a_lead_retelling_the_titles_fine_is_no_background_for_the_year_of_what_it_punishes() -> None:
    r = a(
        "ICO fines Orbix Ministry for evacuation data breach",
        "The Information Commissioner's Office (ICO) has fined the Orbix Ministry £350,000 for disclosing personal information of people seeking relocation shortly after the Taliban took control of Afghanistan in 2021.",
        published="2023-12-13",
    )
    assert (r.primary, r.amount) == ("fine", "350000")


def test_a_guidance_consultation_on_fines_keeps_its_statutory_years_in_the_background() -> None:
    r = a(
        "ICO opens consultation on how it will calculate data protection fines",
        "The ICO has launched a consultation on draft guidance explaining how it decides whether to issue a penalty notice under the Data Protection Act 2018.",
        published="2023-09-27",
    )
    assert r.primary == "none"


def test_imposing_the_maximum_penalty_is_a_fine() -> None:
    r = a("Frankreich: Datenschützer verhängen Höchststrafe gegen Orbix", "Die CNIL hat gegen Orbix ein Bußgeld von 150.000 Euro verhängt, die Höchststrafe.", language="de")
    assert (r.primary, r.amount) == ("fine", "150000")


@pytest.mark.parametrize(
    ("title", "summary", "lang"),
    [
        ("Les sanctions prononcées par la CNIL en 2023", "La CNIL a prononcé une amende de 40 millions d'euros contre Orbix.", "fr"),
        ("Bundestag verschärft Kartellrecht für Digitalkonzerne", "Der Bundestag hat die Novelle beschlossen. Das Bundeskartellamt kann Orbix damit künftig bestimmte Praktiken untersagen.", "de"),
    ],
)
def test_a_years_penalties_and_a_parliaments_law_are_no_event(title: str, summary: str, lang: str) -> None:
    assert a(title, summary, language=lang).primary == "none"


def test_fines_of_a_year_named_with_their_target_are_that_decision() -> None:
    r = a("Fines imposed on Orbix in 2023 upheld by Irish court", "The High Court upheld the €20 million fine imposed by the DPC on Orbix.", published="2024-05-01")
    assert r.primary == "appeal"


def test_restitution_a_company_is_ordered_to_pay_stays_its_amount_outside_state_aid() -> None:
    r = a("CFPB orders Orbix to pay $100 million in restitution", "The CFPB ordered Orbix to pay $100 million in restitution to consumers.")
    assert (r.primary, r.amount) == ("fine", "100000000")


@pytest.mark.parametrize(
    ("title", "summary", "lang"),
    [
        # the deal is proposed; its prohibition is decided
        ("Mergers: Commission prohibits proposed joint venture between Orbix and Veltro", "The European Commission has prohibited the proposed joint venture.", "en"),
        ("Bruselas veta la venta de Orbix y obliga a Veltro a buscar un plan B", "La Comisión Europea ha vetado la operación.", "es"),
    ],
)
def test_a_prohibited_proposed_deal_is_a_ruling(title: str, summary: str, lang: str) -> None:
    assert a(title, summary, language=lang).primary == "ruling"


def test_a_court_order_fine_in_german_is_a_fine() -> None:
    r = a("Landgericht Berlin verhängt erstmals Ordnungsgeld gegen Orbix", "Das Landgericht Berlin hat gegen Orbix ein Ordnungsgeld von 10.000 Euro verhängt.", language="de")
    assert (r.primary, r.amount) == ("fine", "10000")


def test_a_breach_found_in_via_preliminare_is_no_ruling() -> None:
    r = a("Ue, Orbix ha violato il Digital Services Act: rischio multa fino al 6% del fatturato", "La Commissione europea ha accertato in via preliminare che Orbix ha violato l'obbligo di valutare i rischi.", language="it")
    assert r.primary == "none"


@pytest.mark.parametrize(
    ("title", "summary", "lang"),
    [
        ("ICO closes investigation into Orbix chatbot", "The ICO said it had closed its investigation after Orbix carried out a revised risk assessment.", "en"),
        ("Orbix ottempera al provvedimento dell'Antitrust e ritira la pubblicità", "Orbix ha ritirato gli spot contestati, come richiesto dall'Autorità nel provvedimento di gennaio.", "it"),
    ],
)
def test_a_closed_investigation_or_a_decision_complied_with_is_no_new_event(title: str, summary: str, lang: str) -> None:
    assert a(title, summary, language=lang).primary == "none"


def test_a_court_halving_a_fine_decides_an_appeal() -> None:
    r = a("Bodycams im Stockholmer Nahverkehr: Gericht halbiert DSGVO-Strafe gegen Orbix", "Das Verwaltungsberufungsgericht in Stockholm hat das Bußgeld der Datenschutzbehörde IMY gegen Orbix von 16 auf 8 Millionen Kronen halbiert.", language="de")
    assert r.primary == "appeal"


# rules-2025.27 (from probe_fresh_18)


def test_german_fines_in_the_plural_and_in_compounds_are_fines() -> None:
    r = a(
        "Brüssel verhängt Millionenbußen gegen Orbix und Slowakei-Tochter",
        "Die EU-Kommission hat Orbix und ihrer Tochter Veltro Geldbußen von zusammen 70 Millionen Euro auferlegt.",
        language="de",
        published="2014-10-15",
    )
    assert (r.primary, r.amount, r.currency) == ("fine", "70000000", "EUR")


def test_the_year_of_the_inspection_a_fine_punishes_dates_no_earlier_event() -> None:
    # "weil während einer Durchsuchung im Mai 2006": the conduct fined, not a decision of 2006.
    r = a(
        "Siegelbruch kostet Orbix 38 Millionen Euro",
        "Die EU-Kommission verhängte gegen Orbix eine Geldbuße von 38 Millionen Euro, weil während einer "
        "Durchsuchung im Mai 2006 ein amtliches Siegel aufgebrochen worden sei.",
        language="de",
        published="2008-01-30",
    )
    assert (r.primary, r.amount) == ("fine", "38000000")


@pytest.mark.parametrize(
    ("title", "summary", "lang"),
    [
        # a court that raises the penalty decides the appeal as much as one that cuts it
        ("OGH verzehnfacht Kartellstrafe: Orbix muss 30 Millionen Euro zahlen", "Der Oberste Gerichtshof hat die Geldbuße gegen Orbix von drei auf 30 Millionen Euro erhöht.", "de"),
        ("Court of Appeal raises the fine on Orbix to €30 million", "The Court of Appeal raised the fine the authority had imposed on Orbix from €3 million to €30 million.", "en"),
        # a court that finds the fine rightly imposed
        ("Rechter: Orbix terecht beboet voor misleiding", "De rechtbank Rotterdam heeft bepaald dat de ACM Orbix vorig jaar terecht een boete van 1 miljoen euro heeft opgelegd.", "nl"),
    ],
)
def test_a_court_raising_or_upholding_a_fine_decides_an_appeal(title: str, summary: str, lang: str) -> None:
    assert a(title, summary, language=lang).primary == "appeal"


def test_commitments_made_binding_in_norwegian_are_a_ruling() -> None:
    r = a("EU gjør Orbix' forpliktelser bindende - slipper bot", "EU-kommisjonen har gjort Orbix' forpliktelser juridisk bindende og avsluttet saken uten bot.", language="no")
    assert r.primary == "ruling"


@pytest.mark.parametrize(
    ("title", "summary", "lang"),
    [
        # complaints counted in an authority's activity report: statistics, whatever fine it recalls
        ("Les plaintes auprès de la CNIL ont bondi de plus de 30 %", "Selon son rapport d'activité, la CNIL a reçu 11 000 plaintes l'an dernier. Parmi ses sanctions, l'amende de 250 000 euros infligée à Orbix.", "fr"),
        # a law enacted that gives an authority powers to fine: no decision
        ("Competition Act becomes law: what it means for the regulator", "The Act has been signed into law, giving the authority powers to impose administrative financial sanctions for breaches of competition law.", "en"),
    ],
)
def test_complaints_counted_and_a_law_enacted_are_no_event(title: str, summary: str, lang: str) -> None:
    assert a(title, summary, language=lang).primary == "none"


def test_a_plural_subject_appealing_a_ruling_in_a_headline_is_an_appeal() -> None:
    r = a(
        "Orbix, Veltra appeal ruling that blocked their merger",
        "Orbix and Veltra on Friday filed a notice of appeal, challenging a federal judge's decision this week to block the deal. The judge ruled on Tuesday that the deal would lessen competition.",
    )
    assert r.primary == "appeal"


@pytest.mark.parametrize(
    ("title", "summary", "lang"),
    [
        ("Orbix kommune må betale fire millioner", "Datatilsynet gir Orbix kommune et gebyr på fire millioner kroner. Det er foreløpig ikke kjent om kommunen vil klage på vedtaket.", "no"),
        ("Regulator fines Orbix £2m", "The ICO fined Orbix £2m. Orbix said it had not decided whether to appeal.", "en"),
    ],
)
def test_an_appeal_still_undecided_is_no_appeal(title: str, summary: str, lang: str) -> None:
    r = a(title, summary, language=lang)
    assert (r.primary, "appeal" in r.types) == ("fine", False)


@pytest.mark.parametrize(
    "summary",
    [
        "Six booking websites, among them Orbix, have today given formal commitments to the Competition and Markets Authority (CMA) to end misleading sales tactics.",
        "The competition watchdog said Orbix had given formal undertakings to tell customers when tickets for the same seats are sold at different prices.",
    ],
)
def test_undertakings_given_to_an_authority_are_a_ruling(summary: str) -> None:
    assert a("Orbix to change its pricing after CMA investigation", summary).primary == "ruling"


def test_the_year_of_the_attack_a_fine_is_about_dates_no_earlier_event() -> None:
    r = a(
        None,  # type: ignore[arg-type]
        "Orbix må betale fire millioner etter dataangrepet\n\nDatatilsynet gir Orbix kommune et gebyr på fire millioner kroner etter løsepengevirusangrepet som lammet kommunen i januar 2021.",
        language="no",
        published="2022-06-02",
    )
    assert (r.primary, r.amount, r.currency) == ("fine", "4000000", "NOK")


@pytest.mark.parametrize(
    ("title", "summary", "lang"),
    [
        ("IA générative : l'Autorité de la concurrence alerte sur la position d'Orbix", "L'Autorité de la concurrence a rendu vendredi son avis sur le fonctionnement concurrentiel du secteur. En mars, elle a infligé 250 millions d'euros d'amende à Veltra.", "fr"),
        ("CMA publishes cloud market study", "The CMA's market study finds that Orbix and Veltra hold most of the market. It fined Veltra £10m in 2021.", "en"),
    ],
)
def test_a_market_study_or_an_advisory_opinion_is_no_event(title: str, summary: str, lang: str) -> None:
    assert a(title, summary, language=lang).primary == "none"


def test_the_us_supreme_court_confirming_lower_decisions_decides_an_appeal_in_spanish() -> None:
    r = a(
        "El Supremo de EE UU falla por unanimidad contra Orbix",
        "El Tribunal Supremo de Estados Unidos ha confirmado este lunes que Orbix vulnera la legislación antimonopolio. La sentencia ratifica las decisiones de una jueza federal de 2019.",
        language="es",
    )
    assert (r.primary, r.jurisdiction) == ("appeal", "US")


def test_a_judge_blocking_a_deal_at_an_agencys_suit_rules_first() -> None:
    r = a(
        "U.S. judge blocks Orbix's purchase of Veltra",
        "A U.S. judge on Monday blocked Orbix's proposed $2.2 billion acquisition of Veltra, siding with the Justice Department, which had argued the deal would reduce competition.",
    )
    assert r.primary == "ruling"


def test_the_eu_court_clarifying_the_law_in_a_headline_judges_an_appeal() -> None:
    r = a(
        None,  # type: ignore[arg-type]
        "El TJUE aclara el régimen del consentimiento (asunto C-129/21, Orbix)\n\nEl Tribunal de Justicia de la Unión Europea dictó sentencia en el recurso de Orbix contra la resolución de la autoridad belga de protección de datos que le impuso una multa de 20.000 euros.",
        language="es",
    )
    assert r.primary == "appeal"


def test_commitments_given_to_the_authority_in_italian_are_a_ruling() -> None:
    r = a(
        "Regno Unito, Orbix si impegna con l'antitrust britannico a prezzi più trasparenti",
        "Orbix si impegna con la CMA a indicare chiaramente i prezzi dei biglietti, dopo un'indagine dell'autorità.",
        language="it",
    )
    assert r.primary == "ruling"


@pytest.mark.parametrize(
    ("title", "summary", "lang", "primary"),
    [
        # a broadcasting licence revoked is a ruling
        ("Britisk tilsyn trekker tilbake lisensen til Orbix TV", "Det britiske medietilsynet Ofcom har trukket tilbake sendetillatelsen til kanalen Orbix TV.", "no", "ruling"),
        ("Ofcom revokes Orbix TV licence", "Ofcom has revoked the broadcasting licence of Orbix TV.", "en", "ruling"),
        # a person who lost his challenge to a regulator's finding lost an appeal
        ("Former banker loses market abuse appeal", "Jon Orbix has lost his challenge to the finding by the Financial Services Authority that he committed market abuse, the Upper Tribunal ruled.", "en", "appeal"),
        # pleading guilty and paying penalties, in French
        ("La banque Orbix plaide coupable", "La banque Orbix a plaidé coupable et versera des pénalités totalisant 3 milliards de dollars, a annoncé le département de la Justice.", "fr", "fine"),
    ],
)
def test_decisions_of_this_round(title: str, summary: str, lang: str, primary: str) -> None:
    assert analyse(title, summary, language=lang).primary == primary


@pytest.mark.parametrize(
    ("title", "summary", "lang"),
    [
        # fines totalled over an authority's years are statistics
        ("Competencia apenas ha cobrado el 3% de las multas que ha impuesto desde su creación", "La CNMC ha impuesto desde su creación un total de 272 sanciones por valor de 914,66 millones de euros, pero solo ha recaudado 29,81 millones.", "es"),
        ("Orbix authority has collected 3% of its fines since its creation", "The Orbix authority has imposed 272 fines worth €914 million since its creation, but collected only €29.8 million.", "en"),
        # a competition authority's market investigation is no decision
        ("CMA launches formal market investigation into vet services", "The Competition and Markets Authority has launched a formal market investigation into veterinary services for household pets.", "en"),
    ],
)
def test_statistics_and_market_investigations_are_no_event(title: str, summary: str, lang: str) -> None:
    assert analyse(title, summary, language=lang).primary == "none"


def test_the_council_of_state_upholding_the_authoritys_appeal_decides_an_appeal() -> None:
    r = analyse("Consiglio di Stato: legittima la multa a Orbix, accolto l'appello dell'Antitrust", "Il Consiglio di Stato ha dato ragione all'Autorità garante della concorrenza e del mercato nel caso Orbix.", language="it")
    assert (r.primary, r.court_id) == ("appeal", "it-consiglio-stato")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # paying out is no fine: dividends, a subsidy, a contract's penalties
        ("Orbix versera 500 millions d'euros à ses actionnaires", "Le groupe Orbix versera 500 millions d'euros à ses actionnaires en juin."),
        ("Le contrat prévoit des pénalités", "Le contrat d'Orbix prévoit des pénalités de 10 millions d'euros en cas de retard."),
    ],
)
def test_paying_in_french_without_a_penalty_is_no_fine(title: str, summary: str) -> None:
    assert analyse(title, summary, language="fr").primary == "none"


@pytest.mark.parametrize(
    ("title", "summary", "lang", "primary"),
    [
        ("Orbix loses challenge", "Jane Orbix has lost her challenge to the regulator's finding, the tribunal ruled.", "en", "appeal"),
        ("L'Arcom retire la licence d'Orbix TV", "L'Arcom a retiré la licence de la chaîne Orbix TV.", "fr", "ruling"),
        # a company withdrawing its own licence is no order
        ("Orbix trekker tilbake lisensen", "Orbix har trukket tilbake lisensen til appen Veltra i Norge.", "no", "none"),
        ("DMCC Act receives Royal Assent", "The Digital Markets Act received Royal Assent on 24 May.", "en", "none"),
    ],
)
def test_more_decisions_of_this_round(title: str, summary: str, lang: str, primary: str) -> None:
    assert analyse(title, summary, language=lang).primary == primary


@pytest.mark.parametrize(
    ("title", "summary", "lang", "primary"),
    [
        # an authority's yearly report: its headline figures tally decisions
        ("Hamburger Datenschutzbericht: Rekord bei Beschwerden, 1,2 Millionen Euro Bußgelder", "So viele Beschwerden wie 2024 gab es in Hamburg noch nie, sagte der Datenschutzbeauftragte bei der Vorstellung seines Tätigkeitsberichts.", "de", "none"),
        # ... not where the headline names a decision of its own
        ("FTC fines Orbix Labs $5 million over fake survey", "The company paid reviewers to fill in a survey.", "en", "fine"),
        ("Tätigkeitsbericht: 500.000 Euro Bußgeld gegen Orbix GmbH verhängt", "Die Behörde stellte ihren Bericht vor.", "de", "fine"),
        # a German appeal lodged with words between its parts
        ("Orbix legt Einspruch ein", "Die Orbix GmbH legte gegen den Bußgeldbescheid der Datenschutzbehörde über 2 Millionen Euro Einspruch ein.", "de", "appeal"),
        ("Orbix zieht im Streit mit dem EDSA vor den EuGH", "Orbix hat beim Gerichtshof der EU Rechtsmittel gegen den Beschluss des Gerichts vom 7. Dezember (T-709/21) eingelegt.", "de", "appeal"),
        ("Orbix muss 2 Millionen Euro Bußgeld zahlen", "Die Datenschutzbehörde verhängte gegen Orbix ein Bußgeld von 2 Millionen Euro. Gegen den Bescheid kann Einspruch eingelegt werden.", "de", "fine"),
    ],
)
def test_decisions_of_session_17(title: str, summary: str, lang: str, primary: str) -> None:
    assert analyse(title, summary, language=lang).primary == primary


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a lawsuit at a court of first instance, a decision that may be appealed, an appointment
        # ("Berufung"), "vor dem" in time, a contradiction ("im Widerspruch")
        ("Verbraucherzentrale zieht gegen Orbix vor Gericht", "Die Verbraucherzentrale zieht wegen unzulässiger Gebühren gegen die Orbix Bank vor das Landgericht."),
        ("Landgericht untersagt Orbix irreführende Werbung", "Das Landgericht München untersagte Orbix die Werbung. Rechtsmittel können binnen eines Monats eingelegt werden."),
        ("Orbix zieht Bilanz vor dem Bundesgerichtshof-Urteil", "Nach seiner Berufung leitete der neue Chef eine Untersuchung ein."),
        ("Bußgeld gegen Orbix", "Im Widerspruch zu den Vorgaben setzte Orbix Tracking ein. Die Behörde verhängte 50.000 Euro Bußgeld."),
    ],
)
def test_german_words_of_appeals_that_lodge_none(title: str, summary: str) -> None:
    assert "appeal" not in analyse(title, summary, language="de").types


@pytest.mark.parametrize(
    ("title", "authority"),
    [
        # A fining verb right after the authority's name reports a fine, with or without an amount.
        ("ICO fines Orbix over data breach", "uk-ico"),
        ("Garante multa Orbix per telemarketing", "it-garante"),
        ("Bundeskartellamt verhängt Bußgeld gegen Orbix", "de-bkarta"),
        ("Kartellamt verhängt Bußgeld gegen Orbix", "de-bkarta"),
    ],
)
def test_a_fining_verb_after_the_authority_is_a_fine_without_an_amount(title: str, authority: str) -> None:
    result = analyse(title, title)
    assert (result.primary, result.authority_id, result.amount) == ("fine", authority, None)


@pytest.mark.parametrize(
    "title",
    [
        "CNIL Fines Are Rising As Regulators Toughen Up",  # Title Case: the noun
        "Ofcom fines Regime Under Review",  # a noun "fines" qualifies, capitalised in a headline
        "Netzagentur verhängt Bußgelder in Rekordhöhe",  # a year's tally
        "Regulators could fine Orbix over breach",
    ],
)
def test_fines_as_a_noun_a_tally_or_a_possibility_are_no_fine_without_an_amount(title: str) -> None:
    assert analyse(title, title).primary == "none"


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # Norwegian names of a fine: a sanction fee, a record fee
        ("Finanstilsynet i Sverige gir Orbix Bank sanksjonsavgift", "Orbix må betale 100 millioner kroner.", "fine"),
        ("Svensk spillmyndighet gir Orbix rekordgebyr på 100 millioner kroner", "", "fine"),
        # a court that cuts the fee, in Norwegian; an Italian court that freezes the fine or sides with
        # the authority
        ("Kammarretten kutter gebyret: Orbix slipper med 30 millioner", "Kammarretten i Jönköping.", "appeal"),
        ("Il Tribunale di Udine congela la multa del Garante a Orbix", "Il giudice ha sospeso la sanzione.", "appeal"),
        ("Orbix, la Cassazione dà ragione al Garante privacy", "La Corte ha accolto il ricorso dell'Autorità.", "appeal"),
        # a stay of execution granted by the Paris court of appeal
        (
            "Sanction AMF : la cour d'appel de Paris accorde à Orbix un sursis à exécution",
            "La cour d'appel de Paris a accordé à Orbix un sursis à exécution de l'amende de 25 millions d'euros.",
            "appeal",
        ),
        # no decision: an investigation opened, a consultation on fining guidance, a law being changed,
        # an analysis piece, a fine that could come
        (
            "Data Protection Commission opens inquiry into Orbix breach",
            "The DPC has opened an inquiry. Under the GDPR it could fine Orbix up to €20 million.",
            "none",
        ),
        ("ICO consults on new data protection fining guidance", "The ICO launched a consultation.", "none"),
        ("Endring av konkurranseloven på høring", "Departementet sender lovendringer på høring.", "none"),
        ("Analyse: Britse toezichthouder zet Orbix onder druk", "De FCA legde Orbix vorig jaar £21 miljoen op.", "none"),
    ],
)
def test_rules_2025_37_words_for_fines_appeals_and_non_events(title: str, summary: str, expected: str) -> None:
    assert analyse(title, summary).primary == expected


@pytest.mark.parametrize(
    ("title", "authority"),
    [
        ("Spelinspektionen verhängt 100 Mio. Kronen gegen Orbix", "se-spelinspektionen"),
        ("Kansspelautoriteit legt Orbix boete van 1 miljoen euro op", "nl-ksa"),
        ("L'ANJ inflige une amende de 800 000 euros à Orbix", "fr-anj"),
        ("US-Verkehrsministerium verhängt Millionenstrafe gegen Orbix Airlines", "us-dot"),
    ],
)
def test_gambling_and_transport_regulators_are_known(title: str, authority: str) -> None:
    assert analyse(title, title).authority_id == authority


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # after a second review of rules-2025.37: a question, an explainer, a prison sentence, a levy
        # planned, a court siding with an employee, a compound that is no opinion label
        ("How CNIL fines French companies", "A guide to the procedure and its steps."),
        ("Ofcom fines BBC? Not so fast", "Ofcom said it had not yet decided whether to act."),
        ("Landgericht verhängt Strafe gegen Ex-Manager", "Das Gericht verurteilte ihn zu sieben Jahren Haft."),
        ("Regjeringen vil innføre sanksjonsavgift for brudd på tobakksloven", "Forslaget sendes nå ut."),
        ("Cassazione dà ragione al lavoratore licenziato", "La Corte ha accolto il ricorso del dipendente."),
    ],
)
def test_no_decision_after_the_second_review(title: str, summary: str) -> None:
    assert analyse(title, summary).primary == "none"


def test_a_compound_that_starts_with_analyse_is_no_opinion_label() -> None:
    result = analyse(
        "Analyse-Firma Orbix muss Bußgeld zahlen",
        "Der Datenschutzbeauftragte hat gegen Orbix ein Bußgeld von 1,2 Millionen Euro verhängt.",
    )
    assert result.primary == "fine"


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # Norwegian "klager på" with a decision as its object lodges an appeal, also on a compound fine
        ("Orbix klager på Nkoms gebyr på 50 millioner", "Orbix mener gebyret er for høyt.", "appeal"),
        ("Orbix klager på millionbot etter datalekkasjen", "Selskapet mener boten er for høy.", "appeal"),
        # a court siding with the authority decides the appeal: "gitt Konkurransetilsynet medhold"
        (
            "Lagmannsretten: Orbix må betale gebyr for boikott",
            "Borgarting lagmannsrett har gitt Konkurransetilsynet medhold. Orbix er idømt et gebyr på 7 millioner"
            " kroner.",
            "appeal",
        ),
        # a complaint about a company is no appeal; complaints counted in a year's report are no appeal,
        # nor is a board that sided with the authority in most of them
        ("Forbrukerrådet klager inn Orbix", "Forbrukerrådet klager på Orbix til Datatilsynet.", "none"),
        (
            "Datatilsynet fikk rekordmange saker i 2023 – nemnda ga tilsynet medhold i de fleste klagene",
            "Tilsynet mottok 62 klager på egne vedtak. I sju saker ble vedtaket omgjort.",
            "none",
        ),
    ],
)
def test_rules_2025_41_norwegian_appeals_lodged_and_decided(title: str, summary: str, expected: str) -> None:
    assert analyse(title, summary).primary == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # an ordering verb right after an authority (or Brussels for the Commission) orders: a ruling
        ("EU-Kommission verpflichtet Orbix zur Öffnung ihrer Plattform", "Die Entscheidung ist verbindlich.", "ruling"),
        ("Brussel verplicht Orbix app store open te stellen", "De Europese Commissie nam het besluit dinsdag.", "ruling"),
        ("Fed verhängt Wachstumsstopp gegen Orbix Bank", "Die Bank darf ihre Bilanz nicht ausweiten.", "ruling"),
        ("Bagaglio a mano, l'Antitrust sospende le nuove regole di Orbix Air", "Misura in via cautelare.", "ruling"),
        # not after an authority, reflexive, or a tally of fines
        ("Orbix verpflichtet Zulieferer zu Klimazielen", "Der Konzern stellte neue Regeln vor.", "none"),
        ("Die Kommission verpflichtet sich zu mehr Transparenz", "Verfahren sollen schneller werden.", "none"),
        ("Netzagentur verhängt Bußgelder in Rekordhöhe", "Die Behörde legte ihren Jahresbericht vor.", "none"),
    ],
)
def test_rules_2025_42_an_authority_that_obliges_suspends_or_imposes_an_order_rules(
    title: str, summary: str, expected: str
) -> None:
    assert analyse(title, summary).primary == expected


def test_the_fed_is_known_by_its_short_name_and_its_german_one() -> None:
    assert analyse("Fed verhängt Wachstumsstopp gegen Orbix Bank", "").authority_id == "us-fed"
    r = analyse("US-Notenbank verhängt Auflagen gegen Orbix Bank", "Die US-Notenbank verhängt Auflagen.")
    assert r.authority_id == "us-fed"


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a French supreme administrative court that keeps the fine decides the appeal
        ("Le Conseil d'État maintient l'amende de 3,5 millions d'euros pour Orbix TV", "Décision rendue mercredi.", "appeal"),
        # a German court that "pfeift die Finma zurück" decides against the authority
        ("Bundesverwaltungsgericht pfeift Finma im Fall Orbix zurück", "Die Finma muss neu entscheiden.", "appeal"),
        # a party's request rejected, the fine kept after the colon
        ("Il Tar Lazio respinge l'istanza di Orbix: resta la multa da 750mila euro", "Ordinanza cautelare.", "appeal"),
        # profits confiscated by a supervisor that cannot fine: a monetary sanction
        ("La FINMA confisca 95 milioni di franchi alla banca Orbix", "Violazioni gravi in materia di riciclaggio.", "fine"),
        # a Norwegian notice of a fee is a fine (proposed), as "notice of intent" is
        ("Finanstilsynet har varslet overtredelsesgebyr på 400 millioner kroner til Orbix Bank", "", "fine"),
        # a court declaring a contract term void rules
        ("Urteil zu Orbix Prime", "Das Landgericht Düsseldorf hat die Klausel für unwirksam erklärt.", "ruling"),
        # no decision: the public rapporteur's or an Advocate General's opinion before the judgment, a
        # headline that asks, what the legislation allows
        (
            "Amende d'Orbix TV : le rapporteur public recommande de maintenir les 3,5 millions d'euros",
            "Le rapporteur public a recommandé de maintenir l'amende de 3,5 millions d'euros.",
            "none",
        ),
        ("Advocate General backs €13m fine on Orbix", "The Advocate General advised the court to uphold the fine.", "none"),
        (
            "Kan Orbix Bank få milliardbot? Finansinspektionen åpner sanksjonsprøving",
            "Lovverket åpner for alt fra advarsel til sanksjonsavgift.",
            "none",
        ),
        # the object of "kippt" lies in its own clause, not in the headline's next one
        ("Landgericht kippt Klausel bei Orbix - Verbraucherzentrale plant Sammelklage", "", "none"),
    ],
)
def test_rules_2025_43_decisions_kept_or_called_back_and_opinions_questions_and_laws(
    title: str, summary: str, expected: str
) -> None:
    assert analyse(title, summary).primary == expected


def test_a_full_date_weeks_before_publication_dates_the_decision_reported_not_an_earlier_one() -> None:
    summary = (
        "Con la delibera del 20 dicembre 2023 l'Agcom ha irrogato a Orbix una sanzione di 5,85 milioni di euro per"
        " la violazione del divieto di pubblicità."
    )
    recent = analyse("Decreto Dignità, la delibera su Orbix", summary, published="2024-01-26")
    assert (recent.primary, recent.amount) == ("fine", "5850000")
    # ... and a year before, it is history
    old = analyse("Decreto Dignità, la delibera su Orbix", summary, published="2024-12-26")
    assert old.primary == "none"


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a monetary sanction named as such, with no amount
        (
            "REMIT : le CoRDiS sanctionne Orbix pour manipulation du marché",
            "Le comité a prononcé une sanction pécuniaire à l'encontre de la société Orbix.",
            "fine",
        ),
        # the Conseil d'État delivering its judgments on sanctions decides appeals
        (
            "Sanctions REMIT : première décision du Conseil d'État",
            "Le 18 juin 2021, le Conseil d'État a rendu deux arrêts relatifs aux sanctions prononcées par le CoRDiS.",
            "appeal",
        ),
        # a consent decree is an order
        ("Orbix agrees consent decree with US authorities, halting new sales", "The FDA said so.", "ruling"),
        # "recurso contra la multa" lodges an appeal
        ("Orbix reactiva su recurso contra la multa de 25 millones de la CNMC", "La empresa recurrió.", "appeal"),
        # a pluperfect that tells the conduct after the decision does not make the decision history
        (
            "Francia, stretta sulle carenze di farmaci",
            "L'agenzia ANSM ha inflitto sanzioni per 8 milioni di euro a undici aziende che non avevano"
            " rispettato l'obbligo.",
            "fine",
        ),
        (
            "Urteil zu Orbix Prime",
            "Das Landgericht Düsseldorf hat die Klausel für unwirksam erklärt, mit der sich Orbix das Recht"
            " eingeräumt hatte.",
            "ruling",
        ),
        # no decision: the legislation's powers, the government's plan for a higher maximum, a fine told as
        # the background ("Hintergrund ist"), a fine some months before a product change
        (
            "REMIT : ce que peut le CoRDiS",
            "Le code de l'énergie permet au comité de prononcer des sanctions pécuniaires.",
            "none",
        ),
        ("Regjeringen vil mangedoble maksimalgebyret fra Arbeidstilsynet", "Forslaget er på høring.", "none"),
        (
            "EuGH zu Testdatenbanken: Zweckbindung gewahrt",
            "Der Gerichtshof hat Fragen eines Gerichts in Budapest beantwortet. Hintergrund ist ein Bußgeld der"
            " ungarischen Aufsichtsbehörde gegen Orbix von 100 Millionen Forint.",
            "none",
        ),
        (
            "Cookies : Orbix ajoute un bouton « Tout refuser » en France",
            "Orbix a commencé jeudi à déployer une nouvelle bannière. Le groupe étendra le dispositif. Ce"
            " changement intervient trois mois après la sanction record infligée par la CNIL, qui avait jugé"
            " le refus trop compliqué.",
            "none",
        ),
    ],
)
def test_rules_2025_44_monetary_sanctions_judgments_consent_decrees_and_what_is_history(
    title: str, summary: str, expected: str
) -> None:
    assert analyse(title, summary).primary == expected


def test_a_sanctioning_measure_dated_by_the_year_of_its_obligation_is_this_decision() -> None:
    r = analyse(
        "L'Arera sanziona Orbix Reti per 1,6 milioni",
        "L'Arera ha adottato un provvedimento sanzionatorio di 1.614.000 euro nei confronti di Orbix Reti per"
        " l'anno d'obbligo 2016.",
        published="2019-04-02",
    )
    assert (r.primary, r.amount, r.currency) == ("fine", "1614000", "EUR")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # what enforcement feeds carry besides decisions: events, job adverts, weekly roundups
        ("Webinar: What the €310m Orbix fine means for your GDPR programme", "Join us on 12 March."),
        ("Vacancy: Senior Investigations Officer – Information Commissioner's Office", "Salary £45,000."),
        ("Frokostseminar: Hva lærer vi av Orbix-saken?", "Datatilsynet ila Orbix et gebyr på 65 millioner kroner."),
        ("Datenschutz-Wochenrückblick KW 46/2020", "LG Bonn: Das Landgericht hat das Bußgeld gegen Orbix gesenkt."),
        ("Antitrust Weekly — 8 March 2024", "The Commission fined Orbix €1.8 billion on Monday."),
    ],
)
def test_rules_2025_46_events_job_adverts_and_weekly_roundups_are_no_decision(title: str, summary: str) -> None:
    assert analyse(title, summary).primary == "none"


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # dpa's "ROUNDUP:" is one story updated; a newsletter consent is what the fine is about
        ("ROUNDUP: Orbix soll 35 Millionen Euro zahlen", "Orbix soll ein Bußgeld in Höhe von 35,3 Millionen Euro zahlen.", "fine"),
        ("CNIL verhängt 600.000 Euro gegen Orbix – vorangekreuzte Newsletter-Einwilligung", "", "fine"),
        # companies suing the authority over its fine appeal it; a court that "rebaja" the fine decides
        ("Orbix, Veltra sue privacy watchdog over record 100 bln-won fine", "They filed suits in Seoul.", "appeal"),
        ("India rebaja un 77% la multa a Orbix", "El tribunal de apelación NCLAT redujo la multa.", "appeal"),
    ],
)
def test_rules_2025_46_a_wire_roundup_a_newsletter_fine_and_suits_against_the_authority(
    title: str, summary: str, expected: str
) -> None:
    assert analyse(title, summary).primary == expected


@pytest.mark.parametrize(
    ("title", "amount"),
    [
        # the long scale's 10**12 in Dutch and German
        ("Zuid-Koreaanse rechter bevestigt boete van 1,03 biljoen won voor Orbix", "1030000000000"),
        ("Südkorea: Oberstes Gericht bestätigt Strafe von 1,03 Billionen Won gegen Orbix", "1030000000000"),
    ],
)
def test_the_long_scales_trillion_is_read(title: str, amount: str) -> None:
    r = analyse(title, title)
    assert (r.amount, r.currency, r.companies) == (amount, "KRW", ("Orbix",))


@pytest.mark.parametrize(
    "summary",
    [
        "La ANPD ordenó a Orbix suspender la política. La medida establece una multa diaria de 50.000 reales.",
        "L'Autorità ha ordinato a Orbix di sospendere la pratica, con una multa giornaliera di 50.000 euro.",
    ],
)
def test_an_order_backed_by_a_daily_fine_named_before_its_amount_is_a_ruling(summary: str) -> None:
    r = analyse("Orders against Orbix", summary)
    assert (r.primary, r.amount, r.periodic) == ("ruling", "50000", "day")


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # appeals decided or referred, from the appeal chains of probe set 25
        ("Orbix fails to overturn record fine", "The Competition Appeal Tribunal dismissed the appeal.", "appeal"),
        (
            "Rechtbank Amsterdam stelt prejudiciële vragen in Orbix-zaak",
            "De rechtbank heeft het Hof van Justitie vragen gesteld.",
            "appeal",
        ),
        (
            "El TJUE da la razón a la autoridad italiana frente a Orbix",
            "El Tribunal de Justicia de la UE respondió a las cuestiones del Consiglio di Stato.",
            "appeal",
        ),
        # no appeal: customers complaining about a bank's fee; no decision: a money reserve for a possible
        # fine, probes opened
        ("Kundene klager på Orbix Banks nye gebyr", "Mange kunder reagerer på det nye gebyret.", "none"),
        ("Orbix reserveert 30 miljoen euro voor mogelijke Europese boete", "Dat meldt het concern.", "none"),
        ("Brussels opens first DMA non-compliance probes into Orbix", "The Commission said on Monday.", "none"),
    ],
)
def test_rules_2025_49_appeal_chains_and_the_non_events_that_look_like_decisions(
    title: str, summary: str, expected: str
) -> None:
    assert analyse(title, summary).primary == expected


@pytest.mark.parametrize(
    ("title", "summary", "primary"),
    [
        # Swedish, Danish and Portuguese items, as other languages' feeds carry them: the common words of a
        # fine, an order, an appeal lodged and one decided
        ("Orbix bötfälls av EU-kommissionen för kartell", "EU-kommissionen bötfäller Orbix med 368 miljoner euro.", "fine"),
        ("Orbix får miljonböter", "Integritetsskyddsmyndigheten ger Orbix en sanktionsavgift på 5 miljoner kronor.", "fine"),
        ("Orbix aplica coima de 4,3 milhões de euros", "A CNPD aplicou uma coima de 4,3 milhões de euros à Orbix.", "fine"),
        ("EU stoppar Orbix köp av Veltro", "EU-kommissionen förbjuder affären.", "ruling"),
        ("Orbix överklagar IMY:s beslut", "Orbix har överklagat sanktionsavgiften på 7 miljoner kronor.", "appeal"),
        (
            "Förvaltningsrätten sänker sanktionsavgiften för Orbix",
            "Förvaltningsrätten i Stockholm sänker IMY:s sanktionsavgift mot Orbix från 7,5 till 6 miljoner kronor.",
            "appeal",
        ),
        # no decision: a fine only feared
        ("Kan Orbix få miljonböter?", "Experter tror att IMY kan ge Orbix böter.", "none"),
    ],
)
def test_swedish_danish_and_portuguese_items_are_read(title: str, summary: str, primary: str) -> None:
    assert analyse(title, summary).primary == primary


@pytest.mark.parametrize(
    ("title", "summary", "primary"),
    [
        # a court that orders the penalty and "sided with" the regulator decides at first instance
        (
            "Orbix hit with record $38.9M penalty for drip pricing, says it will appeal",
            "The Competition Tribunal has ordered Orbix Inc. to pay a $38.9-million penalty. In a decision "
            "released Monday, the tribunal sided with the Competition Bureau. Orbix said it will appeal.",
            "fine",
        ),
        # a court that cuts a fine decides an appeal
        ("Il Tar del Lazio taglia la maxi multa dell'Antitrust a Orbix", "Il Tar ha accolto in parte il ricorso.", "appeal"),
        ("La Audiencia Nacional recorta la multa a Orbix", "La Audiencia Nacional recorta la multa de la CNMC.", "appeal"),
        # no decision: money set aside for fines expected, a hearing begun, a ranking, a company's portrait
        (
            "Orbix Bank sets aside nearly $2 bn for expected fines",
            "Orbix Bank said it had set aside an additional 14 billion kroner to cover expected fines.",
            "none",
        ),
        (
            "Orbix-saken i lagmannsretten: Orbix vil ha rekordboten opphevet",
            "I dag starter ankeforhandlingen i Borgarting lagmannsrett. Personvernnemnda opprettholdt gebyret "
            "høsten 2023.",
            "none",
        ),
        (
            "Rekordgebyrene: Her er noen av de største smellene fra norske tilsyn",
            "1. Orbix – 788 millioner kroner. Konkurranseklagenemnda opprettholdt gebyret i 2019.",
            "none",
        ),
        (
            "Orbix, l'opérateur historique face à la COMCO",
            "Portrait. Le Tribunal fédéral a confirmé la sanction en décembre 2019.",
            "none",
        ),
    ],
)
def test_first_instance_courts_fines_cut_and_items_that_only_recall_decisions(
    title: str, summary: str, primary: str
) -> None:
    assert analyse(title, summary, published="2025-08-12").primary == primary


def test_the_largest_fine_ever_is_a_fine_not_a_ranking() -> None:
    assert analyse("Orbix hit with the largest GDPR fine ever", "The DPC fined Orbix €1.2bn.").primary == "fine"


def test_a_court_that_orders_the_penalty_paid_is_the_events_court() -> None:
    r = analyse(
        "Orbix hit with $38.9M penalty",
        "The Competition Tribunal has ordered Orbix Inc. to pay a $38.9-million penalty after a case brought "
        "by the Competition Bureau.",
    )
    assert (r.primary, r.court_id) == ("fine", "ca-competition-tribunal")


@pytest.mark.parametrize(
    ("title", "summary", "primary"),
    [
        # appeals decided: Nynorsk, an Italian participle, a phrase that names its object, French and Swedish
        # passives whose subject is the decision
        ("Orbix tapte ankesaka mot staten i Borgarting lagmannsrett", "Lagmannsretten gav staten medhald.", "appeal"),
        ("Orbix vince davanti al Tar Lazio: annullata la sanzione Agcom", "Il Tar ha accolto il ricorso.", "appeal"),
        ("Agcom, il Tar sospende la sanzione a Orbix per i video su YouTube", "Il Tar decide.", "appeal"),
        (
            "Le Conseil d'État confirme le pouvoir de l'ANJ",
            "La FDJ demandait l'annulation de la décision de l'ANJ. Ses requêtes sont rejetées.",
            "appeal",
        ),
        (
            "Förvaltningsrätten: Orbix har brutit mot spellagen",
            "Förvaltningsrätten ändrar beslutet endast så att sanktionsavgiften sänks till 50 miljoner kronor.",
            "appeal",
        ),
        # a licence revoked, in Swedish; a regulator's order after its abbreviation in brackets
        ("Spelinspektionen återkallar Orbix Casinos licens", "Licensen återkallas med omedelbar verkan.", "ruling"),
        # a daily penalty imposed by itself, no order beside it, is the fine
        (
            "Turkish competition watchdog imposes daily fine of 4.8 million liras on Orbix",
            "The Competition Board has started fining Orbix 4.8 million liras per day.",
            "fine",
        ),
        # no decision: a sum "in fines" over a year, money for a potential settlement, a debate piece
        ("Ksa: met ruim 1,7 miljoen euro recordhoogte aan boetes in 2018", "De Ksa legde boetes op.", "none"),
        (
            "La DGOJ impuso 81 millones de euros en multas en el segundo semestre de 2023",
            "La DGOJ resolvió 40 expedientes sancionadores.",
            "none",
        ),
        ("Orbix sets aside £585 million for potential settlement", "Orbix said talks continue.", "none"),
        (
            "Utmåling av overtredelsesgebyr: vilkårlige millionbeløp?",
            "DEBATT: Finanstilsynets vedtak om å ilegge Orbix et overtredelsesgebyr på 400 millioner kroner.",
            "none",
        ),
    ],
)
def test_the_gambling_and_fintech_round(title: str, summary: str, primary: str) -> None:
    assert analyse(title, summary, published="2025-03-01").primary == primary


def test_an_order_after_the_authoritys_abbreviation_in_brackets_is_a_ruling() -> None:
    r = analyse(
        "Orbix riskeert tot 50 miljoen euro aan dwangsommen",
        "De Autoriteit Consument & Markt (ACM) verplicht Orbix om andere betaalsystemen toe te laten, op straffe "
        "van een dwangsom van 5 miljoen euro per week.",
    )
    assert r.primary == "ruling"


@pytest.mark.parametrize(
    ("title", "summary", "primary"),
    [
        # appeals decided: a court that voids the fine, sends the case back, a challenge lost before a court
        ("Berlin Regional Court voids €14.5m GDPR fine against Orbix", "The court found the notice defective.", "appeal"),
        (
            "Weiter Streit um Millionen-Bußgeld gegen Orbix – Kammergericht verweist Fall zurück",
            "Das Kammergericht verwies das Verfahren an das Landgericht zurück.",
            "appeal",
        ),
        ("Orbix loses General Court challenge to €880m trucks cartel fine", "The court upheld the fine.", "appeal"),
        # a company's appeal against "l'amende ... que lui a infligée la Cnil" lodges an appeal, no new fine
        (
            "Orbix fait appel de sa condamnation par la Cnil",
            "Orbix a annoncé avoir contesté devant le Conseil d'Etat l'amende de 32 millions d'euros que lui a "
            "infligée la Cnil en janvier.",
            "appeal",
        ),
        # no decision: a penalty denied, what a law lets an authority do, a year's fines after the verb
        (
            "NetzDG: Orbix klagt gegen Meldepflicht",
            "Orbix will die neue Pflicht nicht umsetzen. Gegen Orbix ist weder ein Bußgeld noch eine Anordnung "
            "ergangen. Das Bundesamt für Justiz kann nach dem NetzDG Bußgelder von bis zu 50 Millionen Euro "
            "verhängen.",
            "none",
        ),
        ("Kartellamt verhängte 2022 rund 24 Millionen Euro Bußgeld", "Das geht aus dem Jahresbericht hervor.", "none"),
        # a decision's total in the sentence after a dateline
        (
            "Bundeskartellamt verhängt Bußgelder gegen Brauereien wegen Preisabsprachen",
            "Bonn, 13. Januar 2014. Das Bundeskartellamt hat Geldbußen in Höhe von insgesamt rund 106,5 Mio. "
            "Euro gegen die Orbix GmbH und die Veltro KG verhängt.",
            "fine",
        ),
    ],
)
def test_the_cartels_and_company_names_round(title: str, summary: str, primary: str) -> None:
    assert analyse(title, summary, published="2025-02-10").primary == primary


@pytest.mark.parametrize(
    ("summary", "primary"),
    [
        ("Das Bundeskartellamt hat gegen Orbix kein Bußgeld verhängt, aber eine Anordnung erlassen.", "ruling"),
        # "noch" denies only after "weder": "noch ein Bußgeld" is one more fine
        ("Das Bundeskartellamt hat gegen Orbix noch ein Bußgeld von 5 Millionen Euro verhängt.", "fine"),
        ("La CNIL n'a prononcé aucune amende contre Orbix.", "none"),
    ],
)
def test_a_penalty_denied_is_none_of_the_decision(summary: str, primary: str) -> None:
    assert analyse("Bußgeldverfahren gegen Orbix", summary).primary == primary


@pytest.mark.parametrize(
    ("title", "summary", "primary"),
    [
        # appeals lodged: German and French verbs with words between them and the decision
        (
            "Orbix zieht gegen 200-Millionen-Strafe der EU vor Gericht",
            "Der Fall geht damit vor das Gericht der Europäischen Union in Luxemburg.",
            "appeal",
        ),
        (
            "Orbix wehrt sich",
            "Der Konzern Orbix wehrt sich juristisch gegen eine Strafe der EU-Kommission in Höhe von 200 Millionen "
            "Euro.",
            "appeal",
        ),
        (
            "DSA : Orbix attaque devant la justice européenne son amende de 120 millions d'euros",
            "Orbix a saisi la justice européenne pour contester l'amende que lui a infligée Bruxelles en mars.",
            "appeal",
        ),
        # appeals decided: a Dutch court finds the fine or the order rightly imposed; a Spanish high court
        # suspends a ministry's fines
        (
            "Rechtbank: ACM legde boete aan Orbix terecht op",
            "De ACM heeft terecht een boete opgelegd aan Orbix, heeft de rechtbank in Rotterdam bepaald.",
            "appeal",
        ),
        (
            "Rechter: ACM legde Orbix terecht dwangsom van 50 miljoen op",
            "De ACM heeft het bedrijf terecht een last onder dwangsom opgelegd, oordeelde de rechter maandag.",
            "appeal",
        ),
        (
            "El TSJM suspende cautelarmente las multas de Consumo a Orbix",
            "El Tribunal Superior de Justicia de Madrid ha suspendido de forma cautelar las sanciones que el "
            "Ministerio de Derechos Sociales, Consumo y Agenda 2030 impuso a Orbix, que suman 9 millones de euros.",
            "appeal",
        ),
        # commitments made binding, the German verb at the end
        (
            "Digital Services Act: Orbix muss Belohnungsprogramm dauerhaft aus der EU nehmen",
            "Die EU-Kommission hat die Zusagen von Orbix, das Belohnungsprogramm \"Orbix Rewards\" dauerhaft aus "
            "der EU zurückzuziehen, per Beschluss für rechtsverbindlich erklärt.",
            "ruling",
        ),
        # a notice of intent is a fine (the corpus conventions)
        (
            "Statement: Intention to fine Orbix more than £99 million under GDPR",
            "The ICO has today issued a notice of its intention to fine Orbix £99,200,396.",
            "fine",
        ),
        # no decision: proceedings opened with a fine called possible, rules that start to apply, a leak, a
        # forecast, a statement of objections, preliminary findings
        (
            "EU-Kommission leitet Verfahren gegen Orbix ein – Milliardenstrafe möglich",
            "Die EU-Kommission hat ein förmliches Verfahren gegen Orbix eingeleitet.",
            "none",
        ),
        (
            "IA : les premières interdictions de l'AI Act entrent en application, jusqu'à 35 millions d'euros "
            "d'amende",
            "Depuis dimanche, les pratiques interdites par le règlement européen sont bannies.",
            "none",
        ),
        (
            "EU poised to fine Orbix about 500 million euros, sources say",
            "The European Commission is poised to fine Orbix about 500 million euros, people familiar with the "
            "matter said.",
            "none",
        ),
        (
            "Bruselas multará a Orbix con unos 500 millones, según el 'FT'",
            "La Comisión Europea se dispone a imponer a Orbix una multa de unos 500 millones de euros.",
            "none",
        ),
        (
            "'Orbix krijgt binnenkort bescheiden EU-boete'",
            "Orbix kan over enkele weken een bescheiden boete van de Europese Commissie verwachten.",
            "none",
        ),
        (
            "Orbix, il Garante privacy notifica la contestazione di violazioni",
            "Il Garante per la protezione dei dati personali ha notificato a Orbix l'atto di contestazione per "
            "aver violato la normativa.",
            "none",
        ),
        (
            "EU-Kommission: Orbix-Modell verstößt gegen den Digital Markets Act",
            "Die EU-Kommission hat Orbix vorläufig einen Verstoß gegen den DMA bescheinigt, nach vorläufiger "
            "Auffassung der Behörde.",
            "none",
        ),
    ],
)
def test_the_steps_before_and_after_a_decision_round(title: str, summary: str, primary: str) -> None:
    assert analyse(title, summary, published="2025-06-10").primary == primary


def test_the_commission_named_bare_in_an_eu_text_is_the_european_commission() -> None:
    r = analyse(
        "Commission fines Orbix €120 million under the Digital Services Act",
        "Brussels, 5 December 2025. Today, the Commission has fined Orbix €120 million.",
    )
    assert (r.authority_id, r.jurisdiction) == ("eu-commission", "EU")
    # ... but not a commission with a name of its own
    r = analyse("Gambling Commission fines Orbix £2m", "The Gambling Commission fined Orbix £2m.")
    assert r.authority_id != "eu-commission"


def test_spains_consumer_ministry_is_known_by_its_portfolio_and_the_regional_high_court_by_its_letters() -> None:
    r = analyse("Consumo multa con 179 millones a cinco aerolíneas", "Las sanciones son firmes.")
    assert r.authority_id == "es-consumo"
    r = analyse("El TSJM avala las multas de Consumo a Orbix", "El TSJM desestima el recurso de Orbix.")
    assert (r.authority_id, r.court_id) == ("es-consumo", "es-tsj")


@pytest.mark.parametrize(
    ("title", "summary", "primary"),
    [
        # appeals decided: a fine time-barred, multiplied, a suspension refused
        (
            "Orbix y Veltro se libran de la multa del cártel portugués: el caso ha prescrito",
            "El Tribunal da Relação de Lisboa declaró prescrito el caso y anuló las multas de 225 millones de "
            "euros.",
            "appeal",
        ),
        (
            "Finsk busskartell: domstolen mangedobler boten til Orbix",
            "Domstolen har mangedoblet boten til 8,9 millioner euro.",
            "appeal",
        ),
        (
            "Orbix tendrá que pagar ya la multa de 10 millones de la CNMV: la Audiencia Nacional niega la "
            "suspensión",
            "La Audiencia Nacional ha denegado la suspensión cautelar de la multa de 10 millones de euros.",
            "appeal",
        ),
        # the AMF's settlement is a fine
        (
            "Orbix Gestion transige avec l'AMF et versera 500.000 euros au Trésor public",
            "L'Autorité des marchés financiers a publié l'accord de composition administrative conclu avec "
            "Orbix Gestion.",
            "fine",
        ),
        # a decision on trades made in an earlier year is this year's decision
        (
            "Mps, nuova multa Consob a Orbix: 400 mila euro per le vendite allo scoperto sull'aumento del 2022",
            "La Consob ha applicato a Orbix una sanzione amministrativa di 400 mila euro.",
            "fine",
        ),
        # no decision: a year's running total, powers given
        (
            "La CNMV eleva un 38% el importe de sus multas en lo que va de año",
            "La CNMV ha impuesto multas por 100.000 euros a Orbix este mes.",
            "none",
        ),
        (
            "CCPC gains power to impose fines of up to €10m or 10% of turnover from today",
            "From today the CCPC can impose administrative fines of up to €10m.",
            "none",
        ),
    ],
)
def test_the_financial_supervisors_and_smaller_markets_round(title: str, summary: str, primary: str) -> None:
    assert analyse(title, summary, published="2025-02-19").primary == primary


@pytest.mark.parametrize(
    ("title", "summary", "amount"),
    [
        (
            "Ungheria: Antitrust multa Orbix per 1,2 miliardi di fiorini",
            "L'autorità ungherese della concorrenza ha multato Orbix per 1,2 miliardi di fiorini (circa 3,6 "
            "milioni di euro).",
            ("1200000000", "HUF"),
        ),
        (
            "Orbix får bot på 2,4 milliarder islandske kroner",
            "Klagenemnda stadfester boten på 2,4 milliarder islandske kroner.",
            ("2400000000", "ISK"),
        ),
        (
            "Orbix gaat in beroep tegen IJslandse kartelboete",
            "Orbix gaat in beroep tegen de boete van 4,2 miljard IJslandse kroon (circa 30 miljoen euro) die de "
            "IJslandse mededingingsautoriteit vrijdag oplegde.",
            ("4200000000", "ISK"),
        ),
    ],
)
def test_crowns_and_forints_named_in_the_other_languages(
    title: str, summary: str, amount: tuple[str, str]
) -> None:
    r = analyse(title, summary, published="2025-02-19")
    assert (r.amount, r.currency) == amount


@pytest.mark.parametrize(
    ("title", "authority"),
    [
        ("Buoni pasto: l'Antitrust ceco multa Orbix per 280 milioni di corone", "cz-uohs"),
        ("Grecia, l'Antitrust multa Orbix e Veltro per quasi 50 milioni di euro", "gr-hcc"),
        ("L'Antitrust multa Orbix per 5 milioni di euro", "it-agcm"),
        # the Norwegian press's "konkurransetilsynet" likewise
        ("Orbix får bot på 29 milliarder zloty av det polske konkurransetilsynet", "pl-uokik"),
        ("Orbix slipper rekordbot i Polen – konkurransetilsynet anker", "pl-uokik"),
        ("Konkurransetilsynet gir Orbix bot på 20 millioner kroner", "no-kt"),
    ],
)
def test_the_press_names_of_a_competition_authority_abroad_are_that_countrys(title: str, authority: str) -> None:
    assert analyse(title, "").authority_id == authority


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # commitments made binding, in Spanish and Italian word orders; an interim measure; a Portuguese order
        (
            "Bruselas cierra el caso de Orbix",
            "La Comisión Europea ha hecho jurídicamente vinculantes los compromisos ofrecidos por Orbix para "
            "cerrar la investigación abierta en 2012, sin imponer multa alguna.",
        ),
        (
            "L'Antitrust ha chiuso l'istruttoria su Orbix accettando gli impegni",
            "L'Autorità garante della concorrenza e del mercato ha chiuso senza sanzioni l'istruttoria contro "
            "Orbix, rendendo obbligatori gli impegni presentati.",
        ),
        (
            "Orbix, stop dell'Antitrust al trasferimento dei clienti",
            "L'Antitrust ha adottato un provvedimento cautelare nei confronti di Orbix.",
        ),
        (
            "CNPD suspende recolha de dados biométricos da Orbix",
            "A Comissão Nacional de Proteção de Dados (CNPD) ordenou esta terça-feira à Orbix a suspensão da "
            "recolha de dados biométricos.",
        ),
    ],
)
def test_orders_and_commitments_in_the_romance_languages_are_rulings(title: str, summary: str) -> None:
    assert analyse(title, summary, published="2024-03-26").primary == "ruling"


def test_a_rule_that_obliges_companies_is_no_ruling() -> None:
    r = analyse(
        "La CNMV publica la circular que regula la publicidad de criptomonedas",
        "La circular obliga a que los anuncios incluyan información sobre los riesgos.",
    )
    assert r.primary == "none"


@pytest.mark.parametrize(
    ("title", "summary", "primary"),
    [
        # appeals lodged: a suit to annul, a German suit filed with the court named between
        (
            "Orbix recurre ante la justicia la multa de 207.400 millones de wones",
            "Orbix ha presentado una demanda ante el Tribunal Superior de Seúl para anular la sanción que le "
            "impuso en septiembre la Comisión de Comercio Justo de Corea.",
            "appeal",
        ),
        (
            "Orbix geht gegen EU-Strafe vor",
            "Der Konzern habe Klage beim Gericht der Europäischen Union in Luxemburg eingereicht.",
            "appeal",
        ),
        # appeals decided: "la justicia" annuls, a fine reduced "etter klage", a ban suspended by a court
        ("La justicia europea anula la multa de 997 millones a Orbix", "La sentencia es firme.", "appeal"),
        (
            "Overtredelsesgebyr til Orbix nedjustert til 400.000 kroner etter klage",
            "Personvernnemnda har redusert gebyret.",
            "appeal",
        ),
        (
            "Orbix, il Tribunale di Roma sospende lo stop: l'app resta attiva",
            "Il tribunale ha accolto la richiesta di Orbix.",
            "appeal",
        ),
        # a share of many judgments is no decision
        (
            "La justicia anula una de cada tres sanciones de la CNMC por cárteles",
            "Según un análisis de las sentencias, una de cada tres resoluciones revisadas ha sido anulada.",
            "none",
        ),
    ],
)
def test_appeals_lodged_and_decided_in_more_words(title: str, summary: str, primary: str) -> None:
    assert analyse(title, summary, published="2024-03-26").primary == primary


@pytest.mark.parametrize(
    ("title", "summary", "primary"),
    [
        # a court's stay lodges no appeal, it decides one step of it
        (
            "Orbix granted temporary stay on DPC order to suspend data transfers",
            "The High Court granted Orbix a stay pending its appeal.",
            "appeal",
        ),
        # a draft decision no authority objected to, a webinar, an executive order: no decision
        (
            "Orbix data-transfer draft decision clears EU peer review without objections, Irish DPC says",
            "The DPC said no concerned authority raised objections to its draft decision.",
            "none",
        ),
        (
            "IAPP LinkedIn Live: DPC Deputy Commissioner unpacks Orbix's 530M euro GDPR fine",
            "Join us on Thursday for a conversation about the €530 million fine.",
            "none",
        ),
        # a jury finds the company liable in the SEC's case
        ("Jury Finds Orbix Labs Liable for Fraud in SEC Case", "The SEC said the verdict vindicates its case.", "ruling"),
    ],
)
def test_the_us_and_trade_press_round(title: str, summary: str, primary: str) -> None:
    assert analyse(title, summary, published="2024-04-05").primary == primary


def test_a_breach_a_court_finds_in_the_first_lines_is_a_ruling() -> None:
    r = analyse(
        "Amerikansk dommer: Orbix har ulovlig monopol på annonseteknologi",
        "En føderal dommer i Virginia slo torsdag fast at Orbix har et ulovlig monopol.",
        published="2025-04-18",
    )
    assert r.primary == "ruling"


def test_what_a_breach_can_lead_to_is_no_fine_of_an_order() -> None:
    r = analyse(
        "Protección de Datos prohíbe a Orbix seguir escaneando el iris durante tres meses",
        "La AEPD ha ordenado a Orbix que cese de inmediato la recogida de datos. Las infracciones de este tipo "
        "pueden acarrear multas de hasta 20 millones de euros.",
        published="2024-03-06",
    )
    assert (r.primary, r.amount) == ("ruling", None)


@pytest.mark.parametrize(
    ("title", "summary", "language", "primary"),
    [
        # the decision's own pluperfect is an earlier decision, not conduct: the appeal against it is the news
        (
            "Orbix klagt gegen 1,8-Milliarden-Strafe der EU-Kommission",
            "Orbix wehrt sich vor Gericht gegen die Wettbewerbsstrafe von 1,8 Milliarden Euro, die die "
            "EU-Kommission im März verhängt hatte. Der Konzern hat am 16. Mai Klage beim Gericht der EU "
            "eingereicht.",
            "de",
            "appeal",
        ),
        # an appeal thrown out as inadmissible is decided
        (
            "Gerecht EU verklaart beroep Orbix tegen bindend EDPB-besluit niet-ontvankelijk",
            "Het Gerecht van de Europese Unie heeft het beroep van Orbix niet-ontvankelijk verklaard.",
            "nl",
            "appeal",
        ),
        (
            "Le Tribunal de l'UE déclare irrecevable le recours d'Orbix",
            "Le Tribunal a rejeté comme irrecevable le recours contre la décision.",
            "fr",
            "appeal",
        ),
        # an Advocate General's opinion on a pending appeal decides nothing
        (
            "Advocate General recommends dismissing Orbix's appeal",
            "On 11 January 2024, Advocate General Anna Berg delivered her Opinion, recommending that the Court "
            "of Justice dismiss Orbix's appeal against the General Court's judgment of 10 November 2021.",
            "en",
            "none",
        ),
        # a penalty a company may escape, and an inquiry's question, are no decision
        (
            "Orbix kan slippe milliardbot i Teams-saken",
            "EU-kommisjonen ligger an til å godta Orbix' tilbud, og selskapet kan dermed slippe en bot.",
            "no",
            "none",
        ),
        (
            "CMA opens first strategic market status investigation, targeting Orbix search",
            "The CMA has launched its first investigation under the new regime, examining whether Orbix "
            "should be designated as having strategic market status.",
            "en",
            "none",
        ),
        # a Dutch order ("beveelt", "bevolen")
        (
            "Japan beveelt Orbix te stoppen met voorinstallatie van zoekapp",
            "De Japanse mededingingsautoriteit JFTC heeft Orbix bevolen te stoppen met de afspraken.",
            "nl",
            "ruling",
        ),
        # a Spanish court that annuls a decision ("anula la decisión") decides an appeal
        ("Revés para la CNMC", "El Tribunal Supremo anula la decisión de la CNMC contra Orbix.", "es", "appeal"),
    ],
)
def test_appeals_decided_lodged_or_only_advised_and_decisions_only_foreseen(
    title: str, summary: str, language: str, primary: str
) -> None:
    assert analyse(title, summary, language=language, published="2025-01-14").primary == primary


def test_a_court_that_finds_the_fine_must_be_paid_decides_the_appeal() -> None:
    r = analyse(
        "Orbix må likevel betale 58 millioner kroner i GDPR-gebyr",
        "Kammarrätten i Stockholm har slått fast at Orbix må betale hele overtredelsesgebyret på 58 millioner "
        "svenske kroner som Integritetsskyddsmyndigheten (IMY) ila selskapet i juni 2023.",
        language="no",
        published="2025-06-04",
    )
    assert (r.primary, r.authority_id, r.court_id) == ("appeal", "se-imy", "se-kammarratten")
    assert (r.amount, r.currency) == ("58000000", "SEK")


@pytest.mark.parametrize(
    ("title", "summary", "language", "primary"),
    [
        # the year of a travel chaos dates the conduct, not an earlier event
        (
            "Multa récord de 140 millones de dólares a Orbix por el caos de vuelos de la Navidad de 2022",
            "El Departamento de Transporte impuso este lunes una sanción civil récord de 140 millones de "
            "dólares (unos 128 millones de euros) a la aerolínea Orbix por la cancelación de unos 16.900 "
            "vuelos durante las fiestas de fin de año de 2022.",
            "es",
            "fine",
        ),
        # a Norwegian court that stays a fine decides an appeal
        (
            "Spansk domstol stanser bot mot Orbix inntil videre",
            "En domstol i Madrid har midlertidig stanset boten på 107 millioner euro.",
            "no",
            "appeal",
        ),
        # a consumer group's lawsuit, new requirements, a company's step to avoid a penalty: no decision
        (
            "La OCU presenta una demanda contra Orbix por seguir cobrando el equipaje de mano",
            "La OCU ha presentado un pleito testigo contra Orbix para que los tribunales declaren abusivo el "
            "cobro, tal y como ya consideró y sancionó el Ministerio de Consumo con una multa de 179 millones "
            "de euros a Orbix y a otras cuatro aerolíneas.",
            "es",
            "none",
        ),
        (
            "Forbrukertilsynet strammer inn: Nye krav til markedsføring av strømavtaler",
            "Forbrukertilsynet har publisert en ny veiledning. Det er forbudt å utelate eller skjule slike "
            "opplysninger dersom det kan påvirke forbrukerens valg.",
            "no",
            "none",
        ),
        (
            "Orbix skiller ut Shopping i Europa for å unngå dagbøter fra EU",
            "EU-kommisjonen ga Orbix en bot på 2,42 milliarder euro i juni.",
            "no",
            "none",
        ),
    ],
)
def test_a_conducts_year_a_stay_and_steps_that_decide_nothing(
    title: str, summary: str, language: str, primary: str
) -> None:
    assert analyse(title, summary, language=language, published="2023-12-18").primary == primary


@pytest.mark.parametrize(
    ("title", "summary", "language", "primary"),
    [
        # appeals lodged, in the words of other countries' courts
        (
            "Orbix lodges High Court challenge to DPC's €1.2bn fine",
            "Orbix has initiated High Court proceedings against the Data Protection Commission.",
            "en",
            "appeal",
        ),
        (
            "Orbix stapt naar Ierse rechter om boete van 1,2 miljard euro",
            "Orbix heeft bij het Ierse High Court een procedure aangespannen tegen de boete.",
            "nl",
            "appeal",
        ),
        (
            "Orbix-Bußgeld: Orbix zieht erneut vor den irischen High Court",
            "Orbix wehrt sich weiter juristisch gegen das Bußgeld von 405 Millionen Euro.",
            "de",
            "appeal",
        ),
        # several investigations opened at once decide nothing
        (
            "Bruxelles ouvre ses premières enquêtes contre Orbix, Veltro et Zentra au titre du DMA",
            "La Commission européenne a annoncé lundi l'ouverture de cinq enquêtes visant Orbix, Veltro et "
            "Zentra. Orbix s'est vu infliger une amende de 1,8 milliard d'euros par la Commission.",
            "fr",
            "none",
        ),
        # a court's finding, with another authority's fines counted over the years in background
        (
            "Un juez de EEUU dictamina que Orbix es un monopolio ilegal en las búsquedas por internet",
            "Un juez federal de Estados Unidos dictaminó este lunes que Orbix ha violado la ley antimonopolio. "
            "La Comisión Europea le ha multado en tres ocasiones por un total superior a 8.000 millones de "
            "euros.",
            "es",
            "ruling",
        ),
    ],
)
def test_appeals_lodged_abroad_probes_opened_and_fines_counted_over_years(
    title: str, summary: str, language: str, primary: str
) -> None:
    assert analyse(title, summary, language=language, published="2024-08-06").primary == primary


@pytest.mark.parametrize(
    ("title", "summary", "language", "primary"),
    [
        # a court's stay, whatever its adjective and verb
        (
            "Orbix wins temporary stay on order to suspend data transfers to China",
            "Orbix has secured a temporary stay from the High Court on the regulator's order.",
            "en",
            "appeal",
        ),
        (
            "Veltro secured an interim stay of the suspension order",
            "The court will hear Veltro's application for a longer stay in October.",
            "en",
            "appeal",
        ),
        # a company's court case against the state, which defends its authorities' decisions in Norway
        (
            "Orbix tapte mot staten – må betale 65 millioner kroner",
            "Oslo tingrett har gitt staten fullt medhold i søksmålet fra Orbix, som ville få kjent ugyldig "
            "vedtaket om et overtredelsesgebyr på 65 millioner kroner.",
            "no",
            "appeal",
        ),
        # a headline that only asks reports no decision: the body's fine is what it asks about
        (
            "Doorgifte naar de VS na de Orbix-boete: wat moeten organisaties nu doen?",
            "Met de boete van 290 miljoen euro die de Autoriteit Persoonsgegevens op 26 augustus aan Orbix "
            "oplegde, staat de doorgifte van persoonsgegevens weer volop in de belangstelling.",
            "nl",
            "none",
        ),
        (
            "After the Orbix fine: what should companies do now?",
            "The €290 million fine the Dutch regulator imposed on Orbix on 26 August puts data transfers back "
            "in the spotlight.",
            "en",
            "none",
        ),
        (
            "Nach dem Orbix-Bußgeld: Was müssen Unternehmen jetzt tun?",
            "Mit dem Bußgeld von 290 Millionen Euro, das die niederländische Behörde am 26. August gegen Orbix "
            "verhängte, rückt die Datenübermittlung wieder in den Fokus.",
            "de",
            "none",
        ),
        (
            "Après l'amende d'Orbix : que doivent faire les entreprises ?",
            "L'amende de 290 millions d'euros infligée le 26 août à Orbix par l'autorité néerlandaise remet "
            "les transferts de données au premier plan.",
            "fr",
            "none",
        ),
        (
            "Dopo la multa a Orbix: cosa devono fare le aziende?",
            "La multa da 290 milioni di euro inflitta il 26 agosto a Orbix dall'autorità olandese riporta "
            "l'attenzione sui trasferimenti di dati.",
            "it",
            "none",
        ),
        (
            "Tras la multa a Orbix: ¿qué deben hacer las empresas?",
            "La multa de 290 millones de euros impuesta el 26 de agosto a Orbix por la autoridad neerlandesa "
            "vuelve a poner el foco en las transferencias de datos.",
            "es",
            "none",
        ),
        (
            "Etter Orbix-boten: hva må virksomhetene gjøre nå?",
            "Boten på 290 millioner euro som det nederlandske tilsynet ila Orbix 26. august, setter "
            "overføringer av personopplysninger på dagsordenen igjen.",
            "no",
            "none",
        ),
        # ... but a title that asks, then reports, or asks about a fine it states, reports it
        (
            "¿Por qué vuelve a pagar Orbix? Competencia le impone una multa de 365.000 euros",
            "La CNMC ha multado a Orbix por exceso de publicidad.",
            "es",
            "fine",
        ),
        (
            "¿Por qué multa Bruselas a Orbix con 120 millones?",
            "La Comisión Europea ha impuesto a Orbix una multa de 120 millones de euros.",
            "es",
            "fine",
        ),
    ],
)
def test_stays_won_cases_lost_against_the_state_and_headlines_that_only_ask(
    title: str, summary: str, language: str, primary: str
) -> None:
    assert analyse(title, summary, language=language, published="2024-09-12").primary == primary


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        # inspections without notice start a case; the rules they cite ban, the inspection decides nothing
        (
            "EU-razzia mot Orbix og Veltro – mistenker kartell",
            "EU-kommisjonen gjennomførte tirsdag uanmeldte kontrollbesøk hos selskapene. Kommisjonen frykter at "
            "de kan ha brutt konkurranseregler som forbyr kartellsamarbeid.",
            "no",
        ),
        (
            "EU regulators raid Orbix offices in cartel probe",
            "The Commission carried out unannounced inspections, saying Orbix may have breached the rule that "
            "prohibits cartels.",
            "en",
        ),
        (
            "Razzia bei Orbix: EU-Kommission prüft Kartellverdacht",
            "Die Kommission führte unangekündigte Nachprüfungen durch. Sie vermutet einen Verstoß gegen die "
            "Vorschrift, die Kartelle verbietet.",
            "de",
        ),
        (
            "Inspections inopinées chez Orbix : Bruxelles soupçonne une entente",
            "La Commission craint une violation de la règle qui interdit les ententes.",
            "fr",
        ),
        (
            "Ispezioni a sorpresa dell'Ue negli uffici di Orbix",
            "La Commissione teme una violazione della norma che vieta i cartelli.",
            "it",
        ),
        (
            "Inspecciones por sorpresa de Bruselas en las oficinas de Orbix",
            "La Comisión sospecha que se ha infringido la norma que prohíbe los cárteles.",
            "es",
        ),
        (
            "Brussel doet onaangekondigde inspecties bij Orbix",
            "De Commissie vermoedt dat Orbix de regel die kartels verbiedt heeft overtreden.",
            "nl",
        ),
        # what consumers paid, measured by a market study, is no penalty
        (
            "Drivers paid £900m more as supermarket fuel margins rose, says CMA",
            "The CMA said in its market study that competition had weakened.",
            "en",
        ),
        (
            "Verbraucher zahlen 900 Millionen Euro zu viel für Treibstoff, sagt das Bundeskartellamt",
            "Das Amt legte den Abschlussbericht seiner Sektoruntersuchung vor.",
            "de",
        ),
        (
            "Consumenten betalen 900 miljoen euro te veel voor brandstof, zegt ACM",
            "De ACM publiceerde de resultaten van haar marktstudie.",
            "nl",
        ),
        (
            "I consumatori pagano 900 milioni di euro in più per il carburante",
            "Lo afferma l'Antitrust nell'indagine conoscitiva sul settore.",
            "it",
        ),
        (
            "Los consumidores pagan 900 millones de euros de más por el combustible",
            "Así lo concluye la CNMC en su estudio de mercado.",
            "es",
        ),
        (
            "Forbrukerne betaler 900 millioner kroner for mye for drivstoff",
            "Det viser Konkurransetilsynets markedsstudie.",
            "no",
        ),
    ],
)
def test_inspections_the_rules_they_cite_and_what_consumers_paid_decide_nothing(
    title: str, summary: str, language: str
) -> None:
    assert analyse(title, summary, language=language, published="2024-02-20").primary == "none"


@pytest.mark.parametrize(
    ("title", "summary", "language", "primary"),
    [
        # a party that lost against the authority in court, or did not win there: an appeal decided
        (
            "Orbix tapte mot Datatilsynet i Oslo tingrett – må fortsatt betale én million kroner dagen",
            "Oslo tingrett avviste torsdag Orbix' begjæring.",
            "no",
            "appeal",
        ),
        (
            "Orbix fikk ikke medhold i Oslo tingrett – forbudet og tvangsmulkten står ved lag",
            "Retten mener vedtaket er gyldig.",
            "no",
            "appeal",
        ),
        # ... where no court is named, a loss "against" someone decides nothing
        ("Orbix tapte mot Veltro i anbudskonkurransen", "Kontrakten gikk til konkurrenten.", "no", "none"),
        # a company that takes an authority's decision to court, or petitions a court to halt it
        (
            "Orbix går til retten for å stanse Datatilsynets reklameforbud",
            "Orbix har bedt Oslo tingrett om en midlertidig forføyning som skal stanse forbudet.",
            "no",
            "appeal",
        ),
        # a hearing to come, whichever court it names
        (
            "Orbix-saken skal opp i Gulating lagmannsrett i januar",
            "Orbix klaget på vedtaket, men fikk ikke medhold i klagenemnda i 2019.",
            "no",
            "none",
        ),
        # a court suspends an authority's conditions; a US appeals court lifts an order, in German
        (
            "Etappensieg für Orbix: OLG Düsseldorf setzt Auflagen des Kartellamts vorerst aus",
            "Das Oberlandesgericht gab dem Eilantrag von Orbix statt.",
            "de",
            "appeal",
        ),
        (
            "US-Berufungsgericht hebt FTC-Anordnung gegen Orbix auf",
            "Das Gericht verwies den Fall an die Behörde zurück.",
            "de",
            "appeal",
        ),
        # the Dutch and Spanish press's short names of the EU courts
        (
            "Europees Gerecht verlaagt boete Orbix licht naar 238,7 miljoen euro",
            "De rechters in Luxemburg handhaafden het besluit grotendeels.",
            "nl",
            "appeal",
        ),
        (
            "El Tribunal de la UE avala que Alemania limite la recopilación de datos de Orbix",
            "La sentencia responde a las preguntas de un tribunal alemán.",
            "es",
            "appeal",
        ),
        # a headline that only says a court's judgment stands reports no decision
        (
            "EU will not appeal court ruling that scrapped Orbix's 997 million euro fine",
            "The deadline for challenging the General Court's June ruling was due to expire, a spokeswoman "
            "said, bringing the case to an end.",
            "en",
            "none",
        ),
        (
            "Orbix to divest unit, will not seek further review of FTC case",
            "Orbix said it would sell the business and would not pursue further appeals, days after a federal "
            "appeals court largely agreed with the FTC.",
            "en",
            "none",
        ),
        # ... where a company that accepts its fine reports the fine
        (
            "Verstoß gegen Datenschutz: Orbix verzichtet auf Widerspruch",
            "Orbix wird das Bußgeld von 35 Millionen Euro des Hamburger Datenschutzbeauftragten zahlen.",
            "de",
            "fine",
        ),
        # a provisional decision to fine is a notice of intent: a fine
        (
            "Provisional decision to fine software provider £6.09m after ransomware attack",
            "We have provisionally decided to fine Orbix Ltd £6.09m.",
            "en",
            "fine",
        ),
    ],
)
def test_court_steps_in_norwegian_german_and_the_eu_courts_short_names(
    title: str, summary: str, language: str, primary: str
) -> None:
    assert analyse(title, summary, language=language, published="2023-09-06").primary == primary


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Orbix beats revenue estimates on resilient travel demand", "en"),
        ("Orbix übertrifft Erwartungen: Quartalszahlen über Prognose", "de"),
        ("Orbix : des résultats trimestriels meilleurs que prévu", "fr"),
        ("Orbix, risultati trimestrali sopra le attese", "it"),
        ("Orbix presenta resultados trimestrales por encima de lo previsto", "es"),
        ("Orbix verrast met sterke kwartaalcijfers", "nl"),
        ("Orbix med sterkt kvartalsresultat", "no"),
    ],
)
def test_a_companys_results_mentioning_its_pending_appeal_are_no_event(title: str, language: str) -> None:
    summary = "Orbix has appealed the €413 million fine that the competition authority imposed in July."
    assert analyse(title, summary, language=language, published="2024-10-30").primary == "none"


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        # what a company pays in a private suit of many claimants is no authority's penalty
        (
            "Orbix zahlt 95 Millionen Dollar in Sammelklage um mitgehörte Gespräche",
            "Orbix hat sich mit den Klägern auf einen Vergleich geeinigt.",
            "de",
        ),
        (
            "Orbix paie 95 millions de dollars pour clore un recours collectif",
            "Les plaignants accusaient Orbix d'avoir enregistré des conversations.",
            "fr",
        ),
        # a results statement that books a fine in its accounts
        (
            "Orbix pierde 7.000 millones en 2020 y recoge en sus cuentas la multa a su aerolínea",
            "El grupo ha contabilizado la sanción de 20 millones de libras del regulador británico.",
            "es",
        ),
    ],
)
def test_private_suits_and_fines_booked_in_accounts_are_no_event(title: str, summary: str, language: str) -> None:
    assert analyse(title, summary, language=language, published="2021-02-26").primary == "none"


@pytest.mark.parametrize(
    ("title", "summary", "language", "primary"),
    [
        # a complaint to a court against a decision is an appeal, not an NGO's complaint
        (
            "Orbix files appeal against record data protection fine",
            "Orbix has filed a complaint with Austria's Federal Administrative Court (BVwG) against the EUR 18 "
            "million penalty imposed by the Data Protection Authority in October, the company confirmed.",
            "en",
            "appeal",
        ),
        (
            "Orbix und Veltro bezahlen die Kartellbusse",
            "Beide Konzerne haben beim Verwaltungsgericht Beschwerde gegen den Entscheid der Behörde "
            "eingereicht und erwarten ein Urteil bis Ende Jahr.",
            "de",
            "appeal",
        ),
        (
            "Orbix e Veltro depositano quattro ricorsi al Tar contro la multa Antitrust",
            "Sono quattro i ricorsi depositati al Tar del Lazio contro il provvedimento dell'Autorità.",
            "it",
            "appeal",
        ),
        # a party rid of its penalty: the court decided
        (
            "Orbix muss knapp 20 Millionen Euro Datenschutzstrafe nicht zahlen",
            "Das Bundesverwaltungsgericht hat das Straferkenntnis der Datenschutzbehörde Ende November behoben.",
            "de",
            "appeal",
        ),
        (
            "Orbix won't have to pay £20m privacy fine after tribunal ruling",
            "The First-tier Tribunal found that the regulator had not proved the breach.",
            "en",
            "appeal",
        ),
        # ... a Norwegian appeal board that rejects the complaint, a Danish loss of one
        (
            "Orbix må betale gigantgebyr på 788 millionar kroner",
            "Orbix vart pålagt gebyret for misbruk av den dominerande stillinga si. Det vedtok "
            "Konkurransetilsynet i fjor. Orbix klaga saka inn for Konkurranseklagenemnda, som no har avslått "
            "klagen under dissens 2-1.",
            "no",
            "appeal",
        ),
        (
            "Orbix taber klagesag om norsk rekordbøde",
            "Orbix har tabt sin klage over den norske konkurrencemyndigheds bøde på 788 mio. norske kroner.",
            "da",
            "appeal",
        ),
        # a US trial court decides an agency's own case: its first ruling, no appeal
        (
            "US judge denies FTC bid to block Orbix's $69 billion Veltro deal",
            "A U.S. federal judge on Tuesday rejected the Federal Trade Commission's request for a preliminary "
            "injunction to stop Orbix from closing its acquisition of Veltro.",
            "en",
            "ruling",
        ),
        (
            "Judge rules Orbix's search engine is an illegal monopoly",
            "A federal judge ruled Monday that Orbix illegally exploited its dominance. \"Orbix is a monopolist,\" "
            "U.S. District Judge Ann Smith wrote, siding with the Justice Department, which sued the company in "
            "2020.",
            "en",
            "ruling",
        ),
        # ... while an appeals court deciding on it decides an appeal
        (
            "Appeals court upholds FTC win against Orbix",
            "The 9th U.S. Circuit Court of Appeals on Monday rejected the Federal Trade Commission's critics and "
            "upheld the judgment against Orbix.",
            "en",
            "appeal",
        ),
        # a court before the headline's colon, an obligation after it: the court's order
        (
            "Landgericht Hamburg: Orbix muss Fotos von Max Veltro sperren",
            "Das Gericht gab der Klage des früheren Rennsportchefs statt.",
            "de",
            "ruling",
        ),
        (
            "Rechter: Orbix moet nepadvertenties met Veltro weren",
            "Het platform krijgt vijf dagen de tijd.",
            "nl",
            "ruling",
        ),
        # a draft decision circulated to the other authorities decides nothing yet
        (
            "Orbix Says Belgian DPA Draft Decision Will Find TCF Violations",
            "Orbix expects the Belgian Data Protection Authority (APD) to find that its framework breaches the "
            "GDPR. The APD has circulated a draft decision to the other authorities.",
            "en",
            "none",
        ),
        # a provision told in the participle, and a statistics office's name
        (
            "Orbix-Chef: 20 Millionen Euro für Datenschutzverfahren rückgestellt",
            "Die Strafe der Datenschutzbehörde über 18 Millionen Euro war vom Bundesverwaltungsgericht aufgehoben "
            "worden, abgeschlossen sei das Verfahren aber noch nicht.",
            "de",
            "none",
        ),
        (
            "Statistics institute fined €4.3 million over Census 2021 data",
            "Portugal's data protection commission (CNPD) has fined the National Statistics Institute (INE) "
            "€4.3 million for breaching the GDPR during the 2021 census.",
            "en",
            "fine",
        ),
        # Catalan
        (
            "Competència multa Orbix i Veltro amb 194 milions d'euros",
            "La Comissió Nacional dels Mercats i la Competència (CNMC) ha sancionat Orbix i Veltro amb 194 milions "
            "d'euros.",
            "ca",
            "fine",
        ),
    ],
)
def test_appeals_lodged_and_decided_trial_courts_court_orders_drafts_and_provisions(
    title: str, summary: str, language: str, primary: str
) -> None:
    assert analyse(title, summary, language=language, published="2022-11-24").primary == primary


@pytest.mark.parametrize(
    ("title", "summary", "language", "primary"),
    [
        # what a challenge is lodged against, its findings included, is what is appealed
        (
            "Orbix challenges record DPC fine in Irish courts",
            "Orbix Ireland has launched a legal challenge in the High Court against the Data Protection "
            "Commission's decision to fine it €225m for breaches of the GDPR's transparency obligations.",
            "en",
            "appeal",
        ),
        # the ICO's notice of intent, told as a provisional view
        (
            "ICO issues provisional view to fine Orbix Inc over £17 million",
            "The Information Commissioner's Office has announced its provisional intent to impose a potential "
            "fine of just over £17 million on Orbix Inc.",
            "en",
            "fine",
        ),
        # a company's change after its fine is no decision
        (
            "Orbix updates its privacy policy in Europe after €225M GDPR fine",
            "Orbix is rolling out new terms for its European users this week.",
            "en",
            "none",
        ),
        # Germany's designation of a company of paramount significance, and the ICO's notices in the plural
        (
            "Orbix is subject to extended abuse control by the Bundeskartellamt",
            "The Bundeskartellamt has determined that Orbix Inc. is an undertaking of paramount significance "
            "for competition across markets within the meaning of Section 19a GWB.",
            "en",
            "ruling",
        ),
        (
            "ICO sets three-month deadline in Orbix Leisure biometrics enforcement notices",
            "Orbix Leisure and seven leisure trusts have three months to comply with the notices.",
            "en",
            "ruling",
        ),
        # a court that sides with a rights group rules in a civil suit
        (
            "Orbix faces $117,000 daily fines in Netherlands over feeds",
            "Orbix could be forced to pay €100,000 ($117,000) a day if it does not change its feeds for Dutch "
            "users, after a court in Amsterdam sided with a digital rights group. The court ruled that users "
            "must be able to keep their choice.",
            "en",
            "ruling",
        ),
        # a commercial framework agreement after an order is no decision
        (
            "Droits voisins : Orbix et la presse française signent un accord-cadre",
            "Orbix et l'Alliance de la presse ont annoncé jeudi la signature d'un accord-cadre sur la "
            "rémunération des droits voisins. Les montants ne sont pas rendus publics. L'accord intervient après "
            "l'injonction de l'Autorité de la concurrence, confirmée en octobre par la cour d'appel de Paris.",
            "fr",
            "none",
        ),
        # an offer made binding, in Norwegian
        (
            "Orbix må åpne telefonen for andre lommebøker etter EU-press",
            "EU-kommisjonen har gjort Orbix' tilbud om å åpne NFC-brikken for konkurrerende betalingsløsninger "
            "juridisk bindende.",
            "no",
            "ruling",
        ),
    ],
)
def test_appealed_findings_notices_of_intent_designations_civil_suits_and_agreements(
    title: str, summary: str, language: str, primary: str
) -> None:
    assert analyse(title, summary, language=language, published="2024-03-18").primary == primary


@pytest.mark.parametrize(
    ("title", "summary", "language", "primary"),
    [
        # the press's name for an Advocate General, whose opinion decides nothing
        (
            "EU court adviser backs Orbix in fight over scrapped €1.06bn fine",
            "The Commission's appeal against the judgment that annulled the fine should be dismissed, Advocate "
            "General Juliane Kokott said in a non-binding opinion on Thursday.",
            "en",
            "none",
        ),
        # a judgment that only becomes final
        (
            "Orbix-Bußgeld: Urteil des LG Bonn ist rechtskräftig",
            "Das Urteil des Landgerichts Bonn im Bußgeldverfahren gegen Orbix ist rechtskräftig. Das Gericht "
            "hatte die Geldbuße bestätigt, aber deutlich herabgesetzt.",
            "de",
            "none",
        ),
        # an authority that has days left to appeal, and weighs whether to
        (
            "ICO weighs its options after Orbix tribunal defeat",
            "The Information Commissioner's Office is considering whether to appeal last week's tribunal ruling "
            "that quashed its £7.5 million penalty against Orbix. The regulator has 28 days from the decision "
            "to apply to the First-tier Tribunal for permission to appeal to the Upper Tribunal.",
            "en",
            "none",
        ),
        # authorities that ask the legislator, after a court's decision the body recalls
        (
            "German DPAs urge legislator to close the 'Orbix gap' in GDPR fining",
            "Germany's data protection authorities have renewed their call on the federal legislator to amend the "
            "law. The resolution follows the Regional Court of Berlin's decision to discontinue fine proceedings "
            "against Orbix, which annulled a €14.5 million penalty.",
            "en",
            "none",
        ),
        # appeals lodged and lost, told in Norwegian and as a fine taken to a court
        (
            "Orbix tapte klagesaken - må betale 65 millioner",
            "Personvernnemnda har avvist klagen fra Orbix på Datatilsynets vedtak.",
            "no",
            "appeal",
        ),
        (
            "Orbix takes €1.8bn music streaming fine to EU General Court",
            "Orbix has filed an action for annulment at the General Court of the European Union against the "
            "European Commission's decision of 4 March 2024 fining it €1.84 billion.",
            "en",
            "appeal",
        ),
        # money set aside, a penalty under negotiation, a trial that begins
        (
            "Orbix sets aside $3 billion for FTC privacy probe, profit falls",
            "The company said it expected to pay between $3 billion and $5 billion to settle the probe.",
            "en",
            "none",
        ),
        (
            "FTC and Orbix negotiating record multibillion-dollar fine over privacy lapses",
            "The two sides have not agreed on the amount, people familiar with the talks said.",
            "en",
            "none",
        ),
        (
            "FTC vs. Orbix trial kicks off in Seattle, with billions in penalties on the line",
            "The Federal Trade Commission's case went to trial Monday in federal court in Seattle. The agency "
            "is seeking civil penalties and an injunction.",
            "en",
            "none",
        ),
        (
            "Orbix Holdings takes $530 million charge for expected Spanish competition fine",
            "The company booked the provision in its second-quarter results.",
            "en",
            "none",
        ),
        # a change a headline says follows a fine
        (
            "Orbix adds a 'Reject all' button to cookie banners after €150 million French fine",
            "Orbix is redesigning its cookie consent banner in Europe to add a \"Reject all\" button. In January, "
            "the CNIL fined Orbix €150 million and gave it three months to fix its banners or face an additional "
            "€100,000 per day.",
            "en",
            "none",
        ),
        # a threat of a fine up to a share of turnover
        (
            "« Payer ou consentir » : Bruxelles menace Orbix d'une amende jusqu'à 10 % de son chiffre d'affaires",
            "La Commission européenne a adressé à Orbix ses conclusions préliminaires.",
            "fr",
            "none",
        ),
    ],
)
def test_advisers_final_judgments_deadlines_provisions_trials_and_threats(
    title: str, summary: str, language: str, primary: str
) -> None:
    assert analyse(title, summary, language=language, published="2024-06-12").primary == primary


@pytest.mark.parametrize(
    ("title", "summary", "language", "primary"),
    [
        # a challenge that failed before a court, told in German with the verb last
        (
            "BGH: Orbix unterliegt zu Recht verschärfter Kartellaufsicht",
            "Der Online-Händler Orbix ist mit seiner Beschwerde gegen die verschärfte Aufsicht durch das "
            "Bundeskartellamt gescheitert. Der Kartellsenat des Bundesgerichtshofs hat am Dienstag entschieden.",
            "de",
            "appeal",
        ),
        # a court's interim suspension of a penalty
        (
            "Orbix wins interim suspension of €38.5m CNMC cartel fine",
            "The builder must post a bank guarantee for the amount of the fine.",
            "en",
            "appeal",
        ),
        # a designation upheld, an action dismissed
        (
            "General Court upholds Orbix's DMA gatekeeper designation (T-1077/23)",
            "On 17 July 2024 the General Court dismissed in its entirety the action brought by Orbix Ltd against "
            "the Commission's decision of 5 September 2023 designating it as a gatekeeper.",
            "en",
            "appeal",
        ),
        # a designation with words between its verb and its label
        (
            "Bruselas designa a seis gigantes tecnológicos como 'guardianes de acceso' de internet",
            "La Comisión Europea ha designado este miércoles a Orbix y Veltro como 'guardianes de acceso' en "
            "virtud de la Ley de Mercados Digitales.",
            "es",
            "ruling",
        ),
        # a penalty not imposed, an order that may come
        (
            "ICO: Orbix Council would have faced £10m fine for learning records misuse",
            "The council escaped the penalty and received a reprimand instead. \"This was a serious breach that "
            "would have warranted a £10 million fine,\" the Information Commissioner said.",
            "en",
            "none",
        ),
        (
            "Orbix could be forced to shut down its chatbot in UK, says ICO",
            "Orbix could be ordered to stop offering the chatbot after the Information Commissioner's Office "
            "set out its concerns.",
            "en",
            "none",
        ),
        (
            "EU targets chipmaker Orbix, plans interim order",
            "The European Commission said it had sent Orbix a statement of objections setting out its intention "
            "to impose interim measures. \"We intend to order Orbix to halt its behaviour,\" the commissioner "
            "said.",
            "en",
            "none",
        ),
        # a Dutch statement of objections: its "bezwaar" is no objection lodged
        (
            "Brussel verdenkt Orbix en Veltro van kartel",
            "De Europese Commissie verdenkt Orbix en Veltro van afspraken. Brussel heeft de bedrijven daarover "
            "een mededeling van punten van bezwaar gestuurd.",
            "nl",
            "none",
        ),
        # a past appeal's outcome in the body, after its year: no appeal of this item
        (
            "CNMC's €203.6m construction cartel decision: joint bids and a procurement ban",
            "The Spanish competition authority has fined Orbix and Veltro a total of €203.6m for a cartel. "
            "Several of the companies have said they will challenge the decision. History suggests the outcome "
            "is open: the CNMC's €98m fine on a waste cartel in 2015 was largely annulled on appeal.",
            "en",
            "fine",
        ),
        # a title that asks, then a fragment that tells no decision
        (
            "¿Qué hacer tras una sanción de la AEPD? Guía práctica para empresas",
            "Recurrir es lo habitual. Las empresas sancionadas suelen acudir a la Audiencia Nacional.",
            "es",
            "none",
        ),
    ],
)
def test_failed_challenges_suspensions_designations_counterfactuals_and_past_outcomes(
    title: str, summary: str, language: str, primary: str
) -> None:
    assert analyse(title, summary, language=language, published="2022-07-20").primary == primary


@pytest.mark.parametrize(
    ("title", "summary", "language", "primary"),
    [
        # Polish and Swedish fines, a German fine notice
        (
            "Kara w wysokości ponad 2,8 mln zł dla Orbix",
            "Prezes UODO nałożył na Orbix karę w wysokości 2 830 410 zł za wyciek danych klientów.",
            "pl",
            "fine",
        ),
        (
            "Orbix får 58 miljoner i böter – ska överklaga",
            "Integritetsskyddsmyndigheten har granskat hur Orbix hanterar kundernas begäran om tillgång.",
            "sv",
            "fine",
        ),
        (
            "BfDI verhängt Geldbußen gegen Telekommunikationsdienstleister",
            "Der Bundesbeauftragte für den Datenschutz hat gegen die Orbix GmbH einen Bußgeldbescheid über "
            "9.550.000 Euro erlassen.",
            "de",
            "fine",
        ),
        # a court's finding in an agency's case, its name with "v."
        (
            "United States v. Orbix: Court Finds Ad Tech Monopolization; Remedies Phase Next",
            "Judge Anna Smith of the Eastern District of Virginia issued her liability opinion.",
            "en",
            "ruling",
        ),
        # investors' own suit, a regulator's yearly tally
        (
            "Orbix to pay $1 billion to settle shareholder lawsuit",
            "The bank had been accused of misleading investors about its compliance with a CFPB consent order.",
            "en",
            "none",
        ),
        (
            "Unerlaubte Telefonwerbung: Netzagentur verhängt Bußgelder in Rekordhöhe",
            "Die Bundesnetzagentur hat im vergangenen Jahr Bußgelder von rund 1,4 Millionen Euro verhängt. Das "
            "geht aus der Jahresbilanz hervor, die die Behörde am Freitag vorlegte.",
            "de",
            "none",
        ),
    ],
)
def test_polish_swedish_and_german_fines_a_courts_finding_and_suits_and_tallies(
    title: str, summary: str, language: str, primary: str
) -> None:
    assert analyse(title, summary, language=language, published="2023-06-13").primary == primary


def test_a_swedish_fine_with_an_appeal_announced() -> None:
    r = analyse(
        "Orbix får 58 miljoner i böter – ska överklaga",
        "Integritetsskyddsmyndigheten har granskat hur Orbix hanterar kundernas begäran om tillgång. Beloppet, "
        "58 miljoner kronor, är ett av de högsta i Sverige.",
        language="sv",
        published="2023-06-13",
    )
    assert (r.types, r.amount, r.currency) == (("fine", "appeal"), "58000000", "SEK")


def test_a_change_a_french_headline_tells_after_a_fine_is_no_decision() -> None:
    r = analyse(
        "Cookies : Orbix ajoute un bouton « Tout refuser » après l'amende de la CNIL",
        "Orbix va proposer aux internautes français un bouton « Tout refuser » les cookies, placé au même niveau "
        "que le bouton « Tout accepter ». Le groupe a annoncé jeudi ce changement, quatre mois après avoir été "
        "sanctionné par la CNIL d'une amende de 150 millions d'euros.",
        language="fr",
        published="2022-04-21",
    )
    assert r.primary == "none"


def test_an_agency_lawsuit_whose_headline_says_illegally_is_no_decision() -> None:
    r = analyse(
        "FTC Sues Orbix for Illegally Maintaining Monopoly Power",
        "The Federal Trade Commission today sued Orbix, Inc., alleging that the retailer is a monopolist. The "
        "FTC is seeking a permanent injunction in federal court.",
        language="en",
        published="2023-09-26",
    )
    assert r.primary == "none"


def test_an_injunction_an_agency_seeks_is_no_order() -> None:
    r = analyse(
        "Orbix case heads to federal court",
        "The Federal Trade Commission is seeking a permanent injunction against Orbix in federal court.",
        language="en",
        published="2023-09-26",
    )
    assert r.primary == "none"


def test_a_fine_for_breaking_commitments_of_an_earlier_year_is_this_decision() -> None:
    r = analyse(
        "Droits voisins : l'Autorité sanctionne Orbix à hauteur de 250 millions d'euros pour non-respect de "
        "certains de ses engagements pris en juin 2022",
        "L'Autorité de la concurrence prononce une sanction de 250 millions d'euros à l'encontre d'Orbix pour ne "
        "pas avoir respecté plusieurs des engagements rendus obligatoires par la décision du 21 juin 2022.",
        language="fr",
        published="2024-03-20",
    )
    assert (r.primary, r.types, r.amount) == ("fine", ("fine",), "250000000")


def test_a_german_preliminary_legal_assessment_is_no_decision() -> None:
    r = analyse(
        "Vorläufige Einschätzung: Orbix' Preiskontrolle gegenüber Händlern wettbewerbswidrig",
        "Das Bundeskartellamt hat Orbix seine vorläufige rechtliche Einschätzung zu den Preiskontrollmechanismen "
        "übermittelt. Orbix ist seit Juli 2022 als Unternehmen mit überragender marktübergreifender Bedeutung für "
        "den Wettbewerb nach § 19a GWB eingestuft. Als Abhilfemaßnahmen kommen eine Untersagung sowie eine "
        "Abschöpfung des wirtschaftlichen Vorteils in Betracht.",
        language="de",
        published="2025-06-02",
    )
    assert r.primary == "none"


def test_preliminary_objections_remedies_considered_and_an_appeal_against_any_decision_are_none() -> None:
    r = analyse(
        "German cartel office takes aim at Orbix's price controls",
        "Germany's Federal Cartel Office said on Monday it had raised preliminary objections to Orbix's price "
        "control mechanisms. The watchdog said it was considering prohibiting the mechanisms and ordering Orbix to "
        "hand over the economic benefit. Orbix said it would challenge any such decision in court if necessary.",
        language="en",
        published="2025-06-02",
    )
    assert (r.primary, r.types) == ("none", ("none",))


def test_a_german_report_of_a_fine_the_commission_wants_to_impose_is_none() -> None:
    r = analyse(
        "Bericht: EU-Kommission will Orbix 500 Millionen Euro Strafe aufbrummen",
        "Die Kommission wolle gegen den Konzern ein Bußgeld von rund 500 Millionen Euro verhängen, berichtete die "
        "Zeitung unter Berufung auf informierte Personen.",
        language="de",
        published="2024-02-15",
    )
    assert r.primary == "none"


def test_a_german_demand_for_a_fine_is_none() -> None:
    r = analyse(
        "Grüne fordern EU-Bußgeld gegen Orbix",
        '"Die Kommission muss endlich ein Bußgeld gegen Orbix verhängen", sagte die Europaabgeordnete.',
        language="de",
        published="2025-01-10",
    )
    assert r.primary == "none"


def test_a_fine_a_german_authority_decided_to_impose_is_a_fine() -> None:
    r = analyse(
        "Bundeskartellamt: Bußgeld gegen Orbix",
        "Das Bundeskartellamt hat beschlossen, gegen die Orbix GmbH ein Bußgeld von 5 Mio. Euro zu verhängen.",
        language="de",
        published="2024-05-02",
    )
    assert (r.primary, r.amount) == ("fine", "5000000")


def test_a_yearly_review_with_its_total_of_fines_is_none() -> None:
    r = analyse(
        "Jahresrückblick 2024: Bundeskartellamt verhängt Bußgelder in Höhe von rund 19 Mio. Euro",
        "Das Bundeskartellamt hat heute seinen Jahresrückblick für 2024 vorgestellt. Im laufenden Jahr hat die "
        "Behörde Bußgelder in Höhe von insgesamt rund 19 Mio. Euro gegen elf Unternehmen verhängt.",
        language="de",
        published="2024-12-18",
    )
    assert r.primary == "none"


def test_a_ranking_of_the_biggest_fines_is_none() -> None:
    r = analyse(
        "Dette er de største personvernbøtene i Norge",
        "Datatilsynet har de siste årene ilagt stadig flere og større overtredelsesgebyrer. Orbix – 65 millioner "
        "kroner (2021). Veltro – én million kroner per dag (2023): tilsynet innførte tvangsmulkt da Veltro ikke "
        "etterkom vedtaket.",
        language="no",
        published="2024-09-01",
    )
    assert r.primary == "none"


def test_a_consumer_groups_complaint_in_the_headline_is_none_whatever_the_body_recalls() -> None:
    r = analyse(
        "Forbrukerrådet klager Orbix inn for Forbrukertilsynet",
        "Forbrukerrådet har klaget Orbix inn for forbrukermyndighetene. I juli innførte Datatilsynet et "
        "midlertidig forbud mot adferdsbasert reklame, med en tvangsmulkt på én million kroner per dag.",
        language="no",
        published="2023-11-30",
    )
    assert r.primary == "none"


def test_a_privacy_groups_german_complaint_is_no_appeal() -> None:
    r = analyse(
        "KI-Training: Noyb reicht in elf Ländern Beschwerde gegen Orbix ein",
        "Die Datenschutzorganisation Noyb hat bei Datenschutzbehörden in elf Ländern Beschwerde eingelegt.",
        language="de",
        published="2024-06-06",
    )
    assert r.primary == "none"


def test_an_appeal_won_in_a_string_of_earlier_fines_is_background() -> None:
    r = analyse(
        "Dutch watchdog fines Orbix €30.5 million over 'illegal database'",
        "The Dutch data protection authority on Tuesday fined Orbix 30.5 million euros. The company has faced a "
        "string of fines in Europe, including a 7.5 million pound penalty in Britain that it overturned on "
        "appeal.",
        language="en",
        published="2024-09-03",
    )
    assert (r.primary, r.types) == ("fine", ("fine",))


def test_a_service_paused_after_a_regulators_order_is_none() -> None:
    r = analyse(
        "Orbix pauses generative AI tools in Brazil after regulator's objection",
        "Orbix has suspended its generative AI tools in Brazil, two weeks after the country's data protection "
        "authority ordered it to stop using Brazilians' posts to train its AI models. The preventive measure, "
        "issued at the start of July, threatened a daily fine of 50,000 reais.",
        language="en",
        published="2024-07-18",
    )
    assert r.primary == "none"


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("La UEFA multa al Orbix FC con 500.000 euros por incumplir el fair play financiero", "es"),
        ("Orbix FC fined €10m by UEFA for submitting incomplete financial information", "en"),
        ("Uefa, Orbix esclusa dalla Conference League e multata di 20 milioni", "it"),
    ],
)
def test_a_sports_body_fining_a_club_is_no_enforcement_event(title: str, language: str) -> None:
    r = analyse(title, "The club said it accepted the sanction.", language=language, published="2023-07-28")
    assert r.primary == "none"


def test_german_authorities_imposing_in_the_plural_present_is_a_fine() -> None:
    r = analyse(
        "DSGVO: Frankreichs Datenschützer verhängen 50 Millionen Euro Bußgeld gegen Orbix",
        "Die französische Datenschutzbehörde CNIL hat gegen Orbix ein Bußgeld von 50 Millionen Euro verhängt.",
        language="de",
        published="2019-01-21",
    )
    assert (r.primary, r.amount) == ("fine", "50000000")


def test_an_agency_lawsuit_headline_is_none_whatever_penalties_it_seeks() -> None:
    r = analyse(
        "ACCC sues Orbix for misleading consumers about location data",
        "The ACCC has instituted proceedings in the Federal Court against Orbix, alleging it made misleading "
        "representations to consumers. The ACCC is seeking declarations, penalties, publication orders and "
        "compliance orders. The maximum penalty for each breach at the time was $1.1 million for a corporation.",
        language="en",
        published="2019-10-29",
    )
    assert (r.primary, r.amount) == ("none", None)


def test_a_penalty_for_conduct_from_an_earlier_year_until_now_is_this_decision() -> None:
    r = analyse(
        "Drip pricing: Competition Tribunal imposes record AMP on Orbix",
        "On September 27, 2024, the Competition Tribunal released its decision in Commissioner of Competition v. "
        "Orbix Inc., finding that Orbix's online booking fee constituted drip pricing. The Tribunal ordered Orbix "
        "to pay an administrative monetary penalty (AMP) of $38,903,186, an amount equivalent to the booking fee "
        "revenue it collected from June 2022 until the end of the relevant period.",
        language="en",
        published="2024-09-30",
    )
    assert (r.primary, r.amount, r.currency) == ("fine", "38903186", "CAD")
    assert r.authority_name == "Competition Bureau (Canada)"


def test_an_authority_that_suspends_a_policy_under_a_daily_fine_orders() -> None:
    r = analyse(
        "Brazil's data protection authority suspends Orbix's AI privacy policy",
        "The authority said it would impose a daily fine of 50,000 reais for non-compliance.",
        language="en",
        published="2024-07-02",
    )
    assert (r.primary, r.authority_name, r.periodic) == ("ruling", "ANPD (Brazil)", "day")


def test_a_licence_appeal_won_with_a_fine_in_its_place_is_an_appeal_judgment() -> None:
    r = analyse(
        "Orbix Gaming wins licence appeal, but court imposes SEK28m fine",
        "Orbix Gaming has succeeded in its appeal against the revocation of its Swedish licence. The court "
        "replaced the revocation with a warning and a penalty fee of SEK28m.",
        language="en",
        published="2020-06-30",
    )
    assert r.primary == "appeal"


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        (
            "Orbix setter av 500 millioner til ventet hvitvaskingsgebyr",
            "Orbix har avsatt 500 millioner kroner i fjerde kvartal i påvente av et mulig overtredelsesgebyr fra "
            "Finanstilsynet.",
            "no",
        ),
        (
            "Nkom åpner tilsyn etter nettverksbruddet hos Orbix",
            "Nkom har åpnet tilsyn med Orbix Norge. Brudd kan gi pålegg og overtredelsesgebyr.",
            "no",
        ),
        (
            "FI:s sanktioner 2020: rekordhöga avgifter",
            "Finansinspektionen beslutade under 2020 om sanktionsavgifter på totalt drygt 5 miljarder kronor. Orbix "
            "fick en sanktionsavgift på 4 miljarder kronor.",
            "sv",
        ),
        (
            "La Corée du Sud, premier pays à légiférer contre les commissions d'Orbix",
            "Le Parlement sud-coréen a adopté mardi une loi. Les entreprises contrevenantes s'exposeront à une amende "
            "pouvant aller jusqu'à 3 % de leur chiffre d'affaires.",
            "fr",
        ),
    ],
)
def test_provisions_investigations_yearly_sanctions_and_laws_in_more_languages_are_none(
    title: str, summary: str, language: str
) -> None:
    assert analyse(title, summary, language=language, published="2021-01-20").primary == "none"


def test_an_agency_that_takes_action_with_its_order_still_fines() -> None:
    r = analyse(
        "CFPB Takes Action Against Orbix Bank for Illegally Charging Junk Fees",
        "The Consumer Financial Protection Bureau today took action against Orbix Bank. The CFPB ordered Orbix "
        "Bank to pay $90 million in civil money penalties.",
        language="en",
        published="2023-07-11",
    )
    assert (r.primary, r.amount) == ("fine", "90000000")


def test_a_company_that_sues_an_authority_over_its_decision_appeals() -> None:
    r = analyse(
        "Orbix sues European Commission over 'very large online platform' label",
        "Orbix has filed a legal challenge at the EU's General Court against the European Commission's decision "
        "to designate it as a very large online platform.",
        language="en",
        published="2023-06-27",
    )
    assert r.primary == "appeal"


def test_a_company_that_did_not_intend_to_challenge_lodges_no_appeal() -> None:
    r = analyse(
        "Dutch privacy watchdog fines Orbix for delay in reporting data breach",
        "The Dutch Data Protection Authority on Wednesday said it had fined Orbix 475,000 euros for waiting too "
        'long to report a data breach. Orbix said it had "learned from this incident" and did not intend to '
        "challenge the decision.",
        language="en",
        published="2021-03-31",
    )
    assert (r.primary, "appeal" in r.types, r.amount) == ("fine", False, "475000")


def test_a_settlement_announced_last_week_is_this_news() -> None:
    r = analyse(
        "Orbix settles with OCR for $6.85M over 2014 cyberattack",
        "Orbix Blue Cross will pay $6.85 million to settle potential HIPAA violations stemming from a 2014 "
        "cyberattack, HHS' Office for Civil Rights announced late last week.",
        language="en",
        published="2020-10-05",
    )
    assert (r.primary, r.amount) == ("fine", "6850000")


def test_a_change_after_a_fine_the_regulator_had_imposed_this_week_is_none() -> None:
    r = analyse(
        "Nach Bußgeld: Orbix führt Service-PIN für Hotline-Anrufe ein",
        "Kunden von Orbix müssen sich künftig mit einer Service-PIN ausweisen. Der Anbieter reagiert damit auf die "
        "Kritik des Bundesdatenschutzbeauftragten, der dem Unternehmen in dieser Woche ein Bußgeld von 9,55 "
        "Millionen Euro auferlegt hatte.",
        language="de",
        published="2019-12-12",
    )
    assert r.primary == "none"


def test_an_appeal_against_a_judgment_told_by_its_pluperfect_is_still_an_appeal() -> None:
    r = analyse(
        "Kryptostreit: US-Börsenaufsicht SEC geht gegen Orbix-Urteil in Berufung",
        "Die SEC hat beim Berufungsgericht Berufung gegen das Urteil eingelegt, mit dem eine Bundesrichterin im "
        "August eine Zivilstrafe von 125 Millionen Dollar gegen Orbix verhängt hatte.",
        language="de",
        published="2024-10-03",
    )
    assert r.primary == "appeal"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "WSA uchylił karę UODO dla Orbix.net",
            "Wojewódzki Sąd Administracyjny w Warszawie uchylił decyzję Prezesa UODO, który nałożył na Orbix.net "
            "karę w wysokości ponad 2,8 mln zł.",
        ),
        (
            "Streamingdienst verliert auch in zweiter Instanz gegen Verbraucherschützer",
            "Orbix ist mit dem Versuch gescheitert, seine Klausel zu retten. Das Kammergericht wies die Berufung des "
            "Unternehmens zurück.",
        ),
        (
            "Orbix files court appeal against Spain's order to delist 66,000 rentals",
            "Orbix has taken Spain's consumer ministry to court over its order to remove about 66,000 short-term "
            "rental listings.",
        ),
    ],
)
def test_appeals_in_polish_in_a_second_instance_and_to_court_over_an_order(title: str, summary: str) -> None:
    assert analyse(title, summary, published="2021-02-15").primary == "appeal"


def test_a_polish_regulators_two_year_tally_is_none() -> None:
    r = analyse(
        "UODO podsumowuje dwa lata RODO: 12 kar i tysiące zgłoszeń naruszeń",
        "Prezes UODO nałożył łącznie 12 kar finansowych na kwotę przekraczającą 4,5 mln zł. Najwyższa z nich "
        "dotyczyła sklepu Orbix.net; spółka zaskarżyła decyzję do sądu.",
        language="pl",
        published="2020-05-25",
    )
    assert r.primary == "none"


def test_another_companys_fine_later_in_a_story_about_a_leak_is_not_the_storys() -> None:
    # (two companies of the alias registry: the rule tells one known company from another)
    r = analyse(
        "533 million Facebook users' phone numbers have been leaked online",
        "The personal data of 533 million Facebook users has been posted on a hacking forum. Ireland's Data "
        "Protection Commission said it was engaging with Facebook. In December, the DPC fined Twitter €450,000 "
        "over a bug that exposed private tweets.",
        language="en",
        published="2021-04-04",
    )
    assert r.primary == "none"


@pytest.mark.parametrize(
    ("summary", "primary"),
    [
        ("Orbix signed legally binding commitments that oblige it to restrict reviews.", "ruling"),
        ("Orbix has now offered legally binding commitments, on which the CMA is consulting.", "none"),
    ],
)
def test_binding_commitments_signed_order_and_offered_ones_do_not(summary: str, primary: str) -> None:
    r = analyse("Competition and Markets Authority and Orbix", summary, language="en", published="2025-01-17")
    assert r.primary == primary


def test_a_fine_the_same_authority_imposed_before_is_another_event() -> None:
    r = analyse(
        "France's competition watchdog orders Orbix to pay for news reuse",
        "France's competition authority has ordered Orbix to open talks with news publishers over payment for "
        "displaying snippets of their content, in an interim decision issued Thursday. Orbix said it would "
        "comply with the order. The same authority fined the company EUR 150 million in December over its "
        "opaque rules for advertisers.",
        language="en",
        published="2020-04-09",
    )
    assert (r.primary, r.amount) == ("ruling", None)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Rekabet Kurulu'ndan Orbix'e 346,7 milyon liralık ceza",
            "Rekabet Kurulu, Orbix hakkında yürüttüğü soruşturmayı tamamladı. Bu kapsamda 4054 sayılı Kanun'un 6. "
            "maddesini ihlal ettiği gerekçesiyle Orbix'e 346.717.193,40 TL idari para cezası verildi.",
            ("fine", "346717193.4", "TRY", None),
        ),
        (
            "Rekabet Kurulu'ndan Orbix'e günlük 4,8 milyon lira ceza",
            "Rekabet Kurulu, yükümlülüklerini yerine getirmeyen Orbix'e günlük idari para cezası uygulanmasına "
            "karar verdi. Orbix'e her gün için, 2022 yılı gayri safi gelirleri üzerinden hesaplanan 4.796.152,96 TL "
            "idari para cezası uygulanacak.",
            ("fine", "4796152.96", "TRY", "day"),
        ),
        (
            "Rekabet Kurulu'ndan Orbix'e Threads tedbiri",
            "Rekabet Kurumu, Orbix hakkında yürütülen soruşturma kapsamında geçici tedbir kararı aldı. Kurul "
            "ayrıca, ayrı bir soruşturma kapsamında Orbix'e günlük yaklaşık 4,8 milyon lira idari para cezası "
            "uygulanmasına karar verdi.",
            ("none", None, None, None),
        ),
    ],
)
def test_turkish_fines_their_daily_penalties_and_a_separate_investigation(
    title: str, summary: str, expected: tuple[str, str | None, str | None, str | None]
) -> None:
    r = analyse(title, summary, language="tr", published="2024-01-10")
    assert (r.primary, r.amount, r.currency, r.periodic) == expected


def test_a_fine_the_authority_said_it_would_impose_with_its_figure_is_announced() -> None:
    r = analyse(
        "Turkey imposes daily fine on Orbix over data-sharing compliance",
        "ISTANBUL, Jan 10 (Reuters) - Turkey's competition authority said on Wednesday it would fine Orbix "
        "Platforms 4.8 million lira ($160,000) a day for failing to submit adequate measures to comply with a "
        "2022 ruling on data sharing.",
        language="en",
        published="2024-01-10",
    )
    assert (r.primary, r.amount, r.currency, r.periodic) == ("fine", "4800000", "TRY", "day")


def test_a_threat_to_fine_companies_in_general_announces_no_fine() -> None:
    r = analyse(
        "Regulator warns telecom operators over roaming charges",
        "The regulator said it would fine companies that fail to comply with the new roaming rules by June.",
        language="en",
        published="2024-01-10",
    )
    assert "fine" not in r.types


def test_an_authority_that_takes_stock_of_its_year_reports_no_decision() -> None:
    r = analyse(
        "Bundeskartellamt zieht Bilanz: Bußgelder von rund 848 Millionen Euro",
        "Das Bundeskartellamt hat im Jahr 2019 Bußgelder in Höhe von insgesamt rund 848 Millionen Euro gegen "
        "Unternehmen und verantwortliche Personen verhängt. Den größten Anteil hatte das Verfahren gegen Orbix.",
        language="de",
        published="2020-01-10",
    )
    assert r.primary == "none"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Judge rejects government's bid to break up Orbix, orders it to share search data with rivals", "ruling"),
        # a party's bid to overturn its penalty is an appeal
        ("Court rejects Orbix's bid to overturn €100 million fine", "appeal"),
    ],
)
def test_a_court_that_rejects_the_remedies_an_agency_asked_for_rules_in_the_first_instance(
    title: str, expected: str
) -> None:
    r = analyse(title, "", language="en", published="2025-09-02")
    assert r.primary == expected


def test_the_appeal_mechanisms_a_platform_must_offer_are_no_appeal() -> None:
    r = analyse(
        "Commission preliminarily finds Orbix in breach of its transparency obligations",
        "Today, the European Commission preliminarily found Orbix in breach of its obligations to allow users "
        "to effectively challenge content moderation decisions. Its appeal mechanisms do not allow users to "
        "provide explanations or supporting evidence.",
        language="en",
        published="2025-10-24",
    )
    assert r.primary == "none"


def test_a_fine_the_lead_tells_as_what_came_before_a_companys_changes_is_none() -> None:
    r = analyse(
        "Orbix announces sweeping App Store changes in the EU to comply with DMA decision",
        "Orbix today announced a new set of App Store rules for developers in the European Union, just ahead of "
        "the deadline set by the European Commission after it fined the company €500 million in April for "
        "breaching the Digital Markets Act's anti-steering provisions.",
        language="en",
        published="2025-06-26",
    )
    assert r.primary == "none"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "NCLAT stays CCI's five-year ban on Orbix sharing data with Veltro for ads",
            "The National Company Law Appellate Tribunal (NCLAT) on Thursday stayed the Competition Commission "
            "of India's direction barring Orbix from sharing user data for five years.",
        ),
        (
            "Orbix gets interim relief from NCLAT on data-sharing ban",
            "Appellate tribunal NCLAT has put on hold the five-year prohibition imposed by the Competition "
            "Commission of India on Orbix, while directing the company to deposit half of the Rs 213 crore fine.",
        ),
    ],
)
def test_an_appellate_tribunal_that_stays_the_decision_decides_an_appeal(title: str, summary: str) -> None:
    r = analyse(title, summary, language="en", published="2025-01-23")
    assert r.primary == "appeal"


def test_a_merger_cleared_is_no_enforcement_event() -> None:
    r = analyse(
        "Orbix's $69bn Veltro deal cleared by UK regulator after restructuring",
        "Orbix's $69bn takeover of Veltro has been approved by the UK's competition watchdog, after Orbix agreed "
        "to sell the cloud streaming rights outside the European Economic Area. The Competition and Markets "
        "Authority had blocked the original deal in April.",
        language="en",
        published="2023-10-13",
    )
    assert (r.primary, r.jurisdiction) == ("none", "UK")


def test_an_explainer_of_lessons_from_a_past_case_is_none() -> None:
    r = analyse(
        "Leniency in Portugal: lessons from the banking information-exchange case",
        "Leniency remains the most effective tool for detecting cartels. The case started with an application "
        "by Orbix, which obtained full immunity; Veltro, the second applicant, saw its fine halved from EUR 26 "
        "million to EUR 13 million.",
        language="en",
        published="2020-03-02",
    )
    assert r.primary == "none"


def test_a_us_courts_memorandum_opinion_on_remedies_is_its_judgment_and_a_remedy_refused_no_appeal() -> None:
    r = analyse(
        "Remedies Decision in United States v. Orbix: What Changes for Search Distribution",
        "On September 2, 2025, Judge Amit P. Mehta of the U.S. District Court for the District of Columbia "
        "issued his memorandum opinion on remedies in United States v. Orbix LLC. The court declined to order "
        "the divestiture of its browser and rejected a ban on default-placement payments. Orbix must make "
        "certain search index data available to qualified competitors.",
        language="en",
        published="2025-09-10",
    )
    assert r.primary == "ruling"


def test_a_service_a_company_shuts_down_after_an_order_is_none() -> None:
    r = analyse(
        "Orbix to temporarily shut down Veltro app in Turkey after competition order",
        "Orbix says it will temporarily shut down Veltro in Turkey from April 29 after the country's competition "
        "authority issued an interim order restricting data sharing between the app and its main service. The "
        "authority imposed the interim measure in March.",
        language="en",
        published="2024-04-15",
    )
    assert r.primary == "none"


def test_a_dutch_record_fine_is_a_fine() -> None:
    r = analyse(
        None,
        "Orbix krijgt recordboete van 5 miljard dollar\nDe Amerikaanse toezichthouder FTC legt het bedrijf de boete "
        "op vanwege het Cambridge Analytica-schandaal.",
        language="nl",
        published="2019-07-24",
    )
    assert (r.primary, r.amount, r.currency) == ("fine", "5000000000", "USD")


def test_a_record_fine_a_company_fights_before_a_court_is_no_new_fine() -> None:
    r = analyse(
        "Orbix vecht recordboete van €4,3 mrd aan bij Europees Gerecht",
        "Orbix is maandag in Luxemburg begonnen aan zijn poging om de recordboete van €4,34 mrd ongedaan te maken "
        "die de Europese Commissie het bedrijf in 2018 oplegde.",
        language="nl",
        published="2019-09-27",
    )
    assert "fine" not in r.types


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        (
            "Orbix slips UK's £7.5M facial recognition fine on a technicality",
            "Orbix has convinced a British tribunal that the Information Commissioner's Office had no power to "
            "fine it £7.5 million in the first place.",
            "en",
        ),
        (
            "Britisches Gericht: Datenschutzbehörde durfte Orbix nicht bestrafen",
            "Das First-tier Tribunal, eine Art Verwaltungsgericht erster Instanz, hat der Beschwerde des "
            "US-Unternehmens gegen das Bußgeld von rund 7,5 Millionen Pfund stattgegeben.",
            "de",
        ),
        ("Upper Tribunal sides with Commissioner in Orbix jurisdiction appeal", "", "en"),
    ],
)
def test_a_tribunal_that_finds_for_one_party_decides_its_appeal(title: str, summary: str, language: str) -> None:
    assert analyse(title, summary, language=language, published="2023-10-18").primary == "appeal"


def test_a_lawsuit_a_german_court_grants_is_its_first_judgment() -> None:
    r = analyse(
        "Landgericht München: Orbix-Button verstößt gegen Verbraucherrecht",
        "Orbix darf seine Buttons in der bisherigen Form nicht weiter betreiben. Das Landgericht München I hat am "
        "Donnerstag einer Unterlassungsklage der Verbraucherzentrale Nordrhein-Westfalen stattgegeben.",
        language="de",
        published="2018-03-01",
    )
    assert r.primary == "ruling"


def test_a_company_described_as_fined_by_several_regulators_is_not_fined_here() -> None:
    r = analyse(
        "Orbix wins $9.2 million ICE contract",
        "The facial recognition firm, fined by several European privacy regulators, will supply its tools to US "
        "immigration agents.",
        language="en",
        published="2024-09-30",
    )
    assert r.primary == "none"


def test_a_headline_that_asks_whether_a_company_will_appeal_lodges_no_appeal() -> None:
    r = analyse(
        "Amende de la Cnil : Orbix va-t-il saisir le Conseil d'État ?",
        "La filiale logistique dispose de deux mois pour contester la sanction de 32 millions d'euros.",
        language="fr",
        published="2024-01-24",
    )
    assert "appeal" not in r.types


def test_an_order_an_authority_gives_up_is_none() -> None:
    r = analyse(
        "Britische Datenschutzbehörde verzichtet auf Anordnung gegen Orbix-Chatbot",
        "Die britische Datenschutzaufsicht ICO stellt ihr Verfahren gegen Orbix wegen des KI-Chatbots ein.",
        language="de",
        published="2024-05-21",
    )
    assert r.primary == "none"


def test_a_super_complaint_over_a_loyalty_penalty_is_none() -> None:
    r = analyse(
        "Citizens Advice lodges super-complaint over £4bn 'loyalty penalty'",
        "Citizens Advice has lodged a super-complaint with the Competition and Markets Authority, accusing "
        "providers of penalising loyal customers to the tune of £4.1bn a year.",
        language="en",
        published="2018-09-28",
    )
    assert r.primary == "none"


def test_the_advertising_standards_authoritys_ruling_is_a_ruling() -> None:
    r = analyse(
        "ASA Ruling on Orbix Bank plc",
        "Two poster ads for Orbix stated that it was helping to plant 2 million trees. The ad must not appear "
        "again in the form complained of.",
        language="en",
        published="2022-10-19",
    )
    assert r.primary == "ruling"


def test_the_year_an_investigation_opened_dates_this_case_not_an_earlier_event() -> None:
    r = analyse(
        "Ofwat's Orbix penalty: enforcement order and what comes next",
        "Ofwat's decision to impose £122.7mn of penalties on Orbix Water closes the Orbix strand of the "
        "wastewater investigation it opened into every sewerage company in November 2021.",
        language="en",
        published="2025-05-20",
    )
    assert (r.primary, r.amount, r.currency) == ("fine", "122700000", "GBP")


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a tribunal that sets aside an authority's finding decides the appeal against it
        (
            "CAT sets aside CMA's excessive pricing decision against Orbix",
            "On 7 June 2018 the Competition Appeal Tribunal (CAT) handed down its judgment in Orbix and Veltro v "
            "CMA, setting aside the CMA's December 2016 finding that Orbix and Veltro had abused dominant positions "
            "by charging unfair prices. The penalties imposed by the CMA - £84.2 million on Orbix and £5.2 million "
            "on Veltro - fall with the abuse finding.",
            ("appeal",),
        ),
        # money put aside stays a provision
        ("Orbix sets aside £700m for expected fines", "", ("none",)),
    ],
)
def test_a_finding_set_aside_is_an_appeal_decided_and_money_set_aside_is_none(
    title: str, summary: str, expected: tuple[str, ...]
) -> None:
    assert analyse(title, summary, language="en", published="2018-06-07").types == expected


@pytest.mark.parametrize(
    ("sentence", "appealed"),
    [
        ("Der Konzern werde gegen die Entscheidung Beschwerde beim Oberlandesgericht Düsseldorf einlegen.", True),
        ("Orbix hat Beschwerde beim Oberlandesgericht Düsseldorf eingelegt.", True),
        # what the company may do is no appeal lodged
        ("Orbix kann gegen die Entscheidung Beschwerde beim Oberlandesgericht Düsseldorf einlegen.", False),
    ],
)
def test_an_abuse_the_cartel_office_finds_is_a_ruling_and_a_complaint_to_a_court_an_appeal(
    sentence: str, appealed: bool
) -> None:
    r = analyse(
        "Kartellamt: Orbix missbraucht Marktmacht – Konzern wehrt sich",
        "Orbix muss nach einer Entscheidung des Bundeskartellamts Vertragsklauseln ändern und konkurrierenden "
        "Plattformen seine Echtzeitdaten zur Verfügung stellen. Orbix wies die Vorwürfe zurück. " + sentence,
        language="de",
        published="2023-06-28",
    )
    assert r.primary == "ruling"
    assert ("appeal" in r.types) is appealed
    assert r.companies == ("Orbix",)  # "Konzern" is no name


def test_an_investigation_into_whether_a_company_abused_its_dominance_finds_nothing() -> None:
    r = analyse(
        "Turchia, l'Antitrust apre un'indagine su Orbix",
        "L'autorità garante della concorrenza turca ha avviato un'istruttoria nei confronti di Orbix per "
        "verificare se abbia abusato della propria posizione dominante.",
        language="it",
        published="2024-03-01",
    )
    assert r.primary == "none"


def test_a_former_name_and_former_customers_are_no_earlier_event() -> None:
    r = analyse(
        "Dansk domstol: GDPR-boten krympet fra 1,5 millioner til 100 000 kroner",
        "Den danske møbelkjeden Veltro, tidligere Orbix, slipper med en bot på 100 000 danske kroner for å ha "
        "lagret opplysninger om rundt 350 000 tidligere kunder for lenge. Det har Retten i Aarhus bestemt. "
        "Veltro opplyser at selskapet ikke vil anke dommen.",
        language="no",
        published="2021-06-10",
    )
    assert (r.primary, r.types, r.amount, r.currency) == ("fine", ("fine",), "100000", "DKK")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Commission publishes report on competition enforcement in the pharmaceutical sector",
            "The European Commission has published a report on competition enforcement in the pharmaceutical "
            "sector. The Commission and the national competition authorities adopted 29 antitrust decisions, "
            "imposing fines totalling more than €1 billion, and accepted binding commitments in further cases.",
        ),
        (
            "Data Protection Day: how regulators have used their GDPR fining powers",
            "Two and a half years after the GDPR became applicable, supervisory authorities have moved from "
            "warnings to real money. Bulgaria's authority holds the record. A Stockholm court upheld Sweden's case "
            "against Orbix but cut the fine from SEK 75 million to SEK 52 million.",
        ),
        (
            "Orbix-Bilanz: 20 Millionen Euro für Datenaffäre zurückgelegt",
            "Die Verwaltungsstrafe der Datenschutzbehörde über 18 Millionen Euro ist zwar vom "
            "Bundesverwaltungsgericht aufgehoben worden.",
        ),
    ],
)
def test_reports_of_a_sector_and_of_powers_used_and_money_put_aside_are_no_decision(
    title: str, summary: str
) -> None:
    assert analyse(title, summary, published="2021-01-28").primary == "none"


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Orbix-Datenaffäre: OGH legt EuGH Fragen zum Schadenersatz vor",
            "Der Oberste Gerichtshof hat in einem Verfahren gegen Orbix ein Vorabentscheidungsersuchen vorgelegt. "
            "Den Unterlassungsanspruch des Klägers hat der OGH bereits bestätigt.",
            "none",
        ),
        (
            "Austrian Supreme Court asks CJEU whether GDPR damages require actual harm",
            "Austria's Supreme Court has referred questions to the Court of Justice on whether a data subject must "
            "have suffered harm to claim compensation from Orbix.",
            "none",
        ),
        # a referral in an appeal against an authority's decision is the appeal's step
        (
            "Orbix-Verfahren: Bundesgerichtshof legt EuGH Fragen vor",
            "Der Bundesgerichtshof hat im Beschwerdeverfahren von Orbix gegen die Entscheidung des "
            "Bundeskartellamts ein Vorabentscheidungsersuchen an den Europäischen Gerichtshof gerichtet.",
            "appeal",
        ),
    ],
)
def test_questions_to_the_court_of_justice_in_a_damages_claim_are_no_appeal(
    title: str, summary: str, expected: str
) -> None:
    assert analyse(title, summary, published="2021-05-12").primary == expected


def test_news_that_comes_months_after_a_fine_is_not_that_fine() -> None:
    r = analyse(
        "Orbix recortará 800.000 plazas en aeropuertos regionales españoles este verano",
        "Orbix eliminará unas 800.000 plazas en aeropuertos regionales españoles durante la próxima temporada de "
        "verano, según ha anunciado su consejero delegado. La aerolínea culpa a las tasas de Aena. El anuncio "
        "llega dos meses después de que el Ministerio de Consumo multara a la compañía con 107,8 millones de "
        "euros por cobrar el equipaje de mano, dentro de una sanción de 179 millones a cinco aerolíneas.",
        language="es",
        published="2025-01-22",
    )
    assert r.primary == "none"


@pytest.mark.parametrize(
    ("title", "summary", "language", "expected"),
    [
        (
            "Orbix dostal rekordní pokutu 351 milionů korun",
            "Úřad pro ochranu osobních údajů (ÚOOÚ) uložil společnosti Orbix pokutu 351 milionů korun za "
            "neoprávněné zpracování osobních údajů uživatelů.",
            "cs",
            ("fine", "351000000", "CZK", "cz-uoou"),
        ),
        (
            "Πρόστιμο 20 εκατ. ευρώ στην Orbix από την Αρχή Προστασίας Δεδομένων",
            "Πρόστιμο ύψους 20 εκατ. ευρώ επέβαλε η Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα στην Orbix.",
            "el",
            ("fine", "20000000", "EUR", "gr-hdpa"),
        ),
    ],
)
def test_czech_and_greek_fines(
    title: str, summary: str, language: str, expected: tuple[str, str, str, str]
) -> None:
    r = analyse(title, summary, language=language, published="2024-04-11")
    assert (r.primary, r.amount, r.currency, r.authority_id) == expected


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        # an appeal lodged "formally": the fine after it is what it appeals
        (
            "Orbix appeals EU's record $2.7 billion Shopping fine",
            "Orbix has formally appealed the European Commission's record €2.42 billion ($2.7 billion) antitrust "
            "fine, the company confirmed on Monday. The appeal was lodged with the General Court in Luxembourg.",
            "en",
        ),
        ("Orbix wins annulment of €1.06BN EU antitrust fine", "", "en"),
        (
            "Orbix verliest rechtszaak over miljardenboete van Brussel",
            "Orbix heeft een rechtszaak verloren over een boete van 2,4 miljard euro die Brussel in 2017 oplegde. "
            "De boete blijft staan.",
            "nl",
        ),
        # "wies ... ab.": the particle that dismisses, at its clause's end
        (
            "Orbix scheitert mit Klage gegen Rekord-Kartellstrafe",
            "Orbix muss die Rekord-Geldbuße von 1,06 Milliarden Euro zahlen. Das Gericht der Europäischen Union in "
            "Luxemburg wies am Donnerstag die Klage des Konzerns gegen die Entscheidung der EU-Kommission "
            "vollständig ab.",
            "de",
        ),
        # "setzt ... herab": a court reduces the fine
        (
            "LG Bonn setzt DSGVO-Bußgeld gegen Orbix auf 900.000 Euro herab",
            "Statt der vom Bundesbeauftragten für den Datenschutz verhängten 9,55 Millionen Euro muss das "
            "Unternehmen nur 900.000 Euro zahlen.",
            "de",
        ),
        # a court that suspends an authority's decision
        (
            "Etappensieg für Orbix: OLG Düsseldorf stoppt Kartellamts-Auflagen vorerst",
            "Orbix muss die Auflagen des Bundeskartellamts vorerst nicht umsetzen. Das Oberlandesgericht Düsseldorf "
            "ordnete am Montag in einem Eilverfahren die aufschiebende Wirkung der Beschwerde des Konzerns an.",
            "de",
        ),
        (
            "Duitse rechter schort verbod op samenvoegen Orbix-data voorlopig op",
            "Het Oberlandesgericht in Düsseldorf heeft het besluit van de Duitse mededingingstoezichthouder "
            "Bundeskartellamt opgeschort.",
            "nl",
        ),
    ],
)
def test_appeals_lodged_won_lost_reduced_and_suspensions(title: str, summary: str, language: str) -> None:
    assert analyse(title, summary, language=language, published="2021-11-10").types == ("appeal",)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # an authority that stops a merger rules; a court's remark about a date decides nothing
        ("Bundeskartellamt stoppt Fusion von Orbix und Veltro", "Das Bundeskartellamt hat die Fusion untersagt.", "ruling"),
        ("Oberlandesgericht: Neue Regeln für Orbix", "Das Gericht weist darauf hin, dass die Regeln ab 2024 gelten.", "none"),
        # restrictions an authority imposes, with words between
        (
            "Kartellamt schränkt Orbix' Datensammlung ein",
            "Das Bundeskartellamt hat Orbix weitreichende Beschränkungen bei der Verarbeitung von Nutzerdaten "
            "auferlegt.",
            "ruling",
        ),
    ],
)
def test_what_a_court_or_an_authority_stops_or_restricts(title: str, summary: str, expected: str) -> None:
    assert analyse(title, summary, language="de", published="2019-02-07").primary == expected


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        # an Advocate General's opinion, by the press's name for one
        (
            "EU court adviser backs €2.4 billion Orbix Shopping fine",
            "Orbix should lose its appeal against a €2.42 billion EU antitrust fine, an adviser to the Court of "
            "Justice of the European Union said on Thursday.",
            "en",
        ),
        # the news of the day after a judgment: the authority weighs a further appeal
        (
            "Amende d'Orbix divisée par trois : l'Autorité de la concurrence étudie un pourvoi",
            "Au lendemain de l'arrêt de la cour d'appel de Paris qui a ramené à 371,6 millions d'euros l'amende de "
            "1,1 milliard infligée à Orbix, l'Autorité de la concurrence a fait savoir qu'elle « étudiera avec "
            "attention l'opportunité d'un pourvoi en cassation ».",
            "fr",
        ),
        # interest claimed on a fine a court undid
        (
            "Orbix seeks 593 million euros in interest from EU over scrapped fine",
            "Orbix is seeking 593 million euros in interest from the European Commission after an EU court annulled "
            "a 1.06-billion-euro antitrust fine imposed in 2009.",
            "en",
        ),
        # a bank's results that book a fine
        (
            "Orbix first-quarter profit hit by record money laundering fine",
            "STOCKHOLM (Reuters) - Orbix reported a sharp drop in first-quarter net profit on Tuesday, as the "
            "Swedish bank booked a 4 billion crown ($403 million) fine for money laundering failings. The fine, "
            "imposed by Sweden's financial watchdog in March, was charged in full to the quarter's result.",
            "en",
        ),
    ],
)
def test_an_opinion_a_reaction_an_interest_claim_and_results_are_no_decision(
    title: str, summary: str, language: str
) -> None:
    assert analyse(title, summary, language=language, published="2022-06-14").primary == "none"


def test_a_releases_background_section_tells_the_cases_history() -> None:
    r = analyse(
        "Commission re-imposes €376.36 million fine on Orbix",
        "Brussels, 22 September 2023\nThe European Commission has re-imposed a fine of €376.36 million on Orbix for "
        "an abuse of dominant position.\nBackground\nIn May 2009, the Commission fined Orbix €1.06 billion. In June "
        "2014, the General Court upheld the Commission's decision in its entirety. Following an appeal by Orbix, "
        "the Court of Justice set aside that judgment and referred the case back to the General Court.",
        language="en",
        published="2023-09-22",
    )
    assert (r.primary, r.types, r.amount) == ("fine", ("fine",), "376360000")
