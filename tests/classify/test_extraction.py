# ruff: noqa: E501 - lexicons and example sentences read better unwrapped
"""Extraction rules: authority, company, jurisdiction, amount, euro value, date."""

from __future__ import annotations

import pytest

from streams.classify import analyse
from streams.classify.authorities import resolve
from streams.classify.companies import canonical


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("CNIL (France)", "fr-cnil"),
        ("Datatilsynet (Norway)", "no-datatilsynet"),
        ("Datatilsynet (Denmark)", "dk-datatilsynet"),
        ("CNPD (Luxembourg)", "lu-cnpd"),
        ("CNPD (Portugal)", "pt-cnpd"),
        ("Data Protection Commission (Ireland)", "ie-dpc"),
        ("DPC", "ie-dpc"),
        ("Autoriteit Persoonsgegevens", "nl-ap"),
        ("Garante per la protezione dei dati personali (Italy)", "it-garante"),
        ("AEPD", "es-aepd"),
        ("Agencia Española de Protección de Datos (AEPD, Spain)", "es-aepd"),
        ("ICO", "uk-ico"),
        ("FTC", "us-ftc"),
        ("SEC", "us-sec"),
        ("European Commission", "eu-commission"),
        ("EDPB", "eu-edpb"),
        ("HmbBfDI", "de-hmbbfdi"),
        ("FDPIC", "ch-fdpic"),
        ("Bundeskartellamt", "de-bkarta"),
        ("AGCM", "it-agcm"),
        ("CNMC", "es-cnmc"),
        ("General Court of the EU", "eu-general-court"),
        ("CJEU", "eu-cjeu"),
        ("Court of Appeal (Ireland)", "ie-court-of-appeal"),
        ("Administrative Court (Luxembourg)", "lu-administrative-court"),
        ("Brussels Court of First Instance", "be-first-instance-brussels"),
        ("TAR Lazio", "it-tar-lazio"),
        ("Audiencia Nacional", "es-audiencia-nacional"),
        ("Conseil d'État", "fr-conseil-etat"),
        ("Konkurranseklagenemnda (Norway)", "no-kfn"),
        ("Ministerio de Consumo (Spain)", "es-consumo"),
        ("US Court of Appeals for the Ninth Circuit", "us-court-of-appeals"),
        # a national qualifier or an article before a name the registry holds without it
        ("U.S. Department of Transportation (US)", "us-dot"),
        ("US Securities and Exchange Commission", "us-sec"),
        ("the European Commission", "eu-commission"),
        # Norway's courts of appeal besides Borgarting
        ("Gulating lagmannsrett (Norway)", "no-gulating"),
        ("Frostating Court of Appeal", "no-frostating"),
    ],
)
def test_registry_resolves_names_abbreviations_and_country_forms(label: str, expected: str) -> None:
    found = resolve(label)
    assert found is not None and found.id == expected


def test_registry_knows_nothing_it_should_not() -> None:
    assert resolve("Ministry of Silly Walks (Narnia)") is None
    assert resolve("") is None


@pytest.mark.parametrize(
    ("alias", "canon"),
    [
        ("Instagram", "Meta"),
        ("WhatsApp", "Meta"),
        ("Meta Platforms Ireland Ltd", "Meta"),
        ("YouTube", "Google"),
        ("Alphabet Inc", "Google"),
        ("Brightcart Ltd", "Brightcart"),
    ],
)
def test_company_aliases_normalise_and_unknown_names_lose_legal_suffixes(alias: str, canon: str) -> None:
    assert canonical(alias) == canon


@pytest.mark.parametrize(
    ("title", "summary", "company"),
    [
        # A decision against Twitter, reported by that name, is Twitter's (the labels keep it, 2013-2023).
        ("Irish regulator fines Twitter €450,000", "The Data Protection Commission fined Twitter over a breach it reported late.", "Twitter"),
        ("La justice ordonne à Twitter de livrer les données", "Le tribunal a ordonné à Twitter de communiquer les données des auteurs.", "Twitter"),
        # After the rename: the company is X, also where the text recalls its old name.
        ("EU fines X €120 million", "The Commission fined X, formerly Twitter, under the Digital Services Act.", "X"),
        ("Commission fines X over blue checks", "Brussels fined X (formerly Twitter) €120 million for its blue checks.", "X"),
        # "Article X" numbers a provision, "Model X" is a car: neither renames Twitter.
        ("Court orders Twitter to hand over data", "Under Article X of the code, the court ordered Twitter to disclose the data.", "Twitter"),
        ("Irish regulator fines Twitter €450,000", "The DPC fined Twitter over a 2019 breach; a Tesla Model X owner had complained.", "Twitter"),
        ("Irish regulator fines Twitter €450,000", "The DPC fined Twitter in 2020, before Elon Musk bought it and renamed it X.", "Twitter"),
    ],
)
def test_twitter_keeps_its_name_unless_the_item_names_it_x(title: str, summary: str, company: str) -> None:
    assert analyse(title, summary).companies == (company,)


def test_unknown_company_is_taken_from_the_enforcement_pattern() -> None:
    r = analyse("ICO fines Northwind Telecom £4.2m", "The regulator fined the firm over nuisance calls.")
    assert r.companies == ("Northwind Telecom",)
    assert (r.authority_id, r.jurisdiction) == ("uk-ico", "UK")


def test_generic_description_of_a_national_regulator_resolves_to_its_dpa() -> None:
    r = analyse(
        None,
        "The Dutch data protection watchdog fined Veltro €290 million on Monday.",  # type: ignore[arg-type]
        published="2024-08-27",
    )
    assert (r.authority_id, r.jurisdiction, r.decision_date) == ("nl-ap", "NL", "2024-08-26")


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("Die irische Datenschutzbehörde hat gegen Veltro ein Bußgeld verhängt.", "ie-dpc"),
        ("Die niederländische Datenschutzbehörde verhängte ein Bußgeld gegen Veltro.", "nl-ap"),
        ("La Commission irlandaise de protection des données a infligé une amende à Veltro.", "ie-dpc"),
        ("La Commission de protection des données irlandaise a sanctionné Veltro.", "ie-dpc"),
        ("La Commissione irlandese per la protezione dei dati ha multato Veltro.", "ie-dpc"),
        ("Il Garante irlandese della privacy ha sanzionato Veltro.", "ie-dpc"),
        ("La Comisión de Protección de Datos de Irlanda ha multado a Veltro.", "ie-dpc"),
        ("Det irske datatilsynet har gitt Veltro en bot på 5 millioner euro.", "ie-dpc"),
        ("De Ierse privacytoezichthouder heeft Veltro een boete opgelegd.", "ie-dpc"),
    ],
)
def test_another_countrys_regulator_described_in_the_local_language_is_that_countrys(
    text: str, authority: str
) -> None:
    assert analyse(None, text).authority_id == authority


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("Die Datenschutzbehörde hat gegen Veltro ein Bußgeld verhängt.", "at-dsb"),
        ("Die österreichische Datenschutzbehörde hat gegen Veltro ein Bußgeld verhängt.", "at-dsb"),
        ("Il Garante della privacy ha sanzionato Veltro.", "it-garante"),
        ("Datatilsynet har gitt Veltro et gebyr på 5 millioner kroner.", "no-datatilsynet"),
        (
            "Det danske Datatilsynet har indstillet Veltro til en bøde på 1,5 millioner kroner.",
            "dk-datatilsynet",
        ),
    ],
)
def test_a_regulators_own_name_keeps_its_country_when_no_other_country_qualifies_it(
    text: str, authority: str
) -> None:
    assert analyse(None, text).authority_id == authority


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("The regulator fined Orbix €1.2bn.", "1200000000", "EUR"),
        ("La Cnil a infligé une amende de 1,2 milliard d'euros à Nuvia.", "1200000000", "EUR"),
        ("Datatilsynet har ilagt et gebyr på NOK 65 millioner.", "65000000", "NOK"),
        ("The ICO fined Northwind £18.4m.", "18400000", "GBP"),
        ("The FTC imposed a $5 billion penalty on Orbix.", "5000000000", "USD"),
        ("Sanción de 6.000.000 € a Banco Sierra.", "6000000", "EUR"),
        ("Kaufhof-Versand soll 35 Millionen Euro Bußgeld zahlen.", "35000000", "EUR"),
        ("Veltro krijgt een boete van 290 miljoen euro.", "290000000", "EUR"),
        ("Il Garante ha inflitto una multa di 20 milioni di euro.", "20000000", "EUR"),
        ("Ein Bußgeld in Höhe von 35.258.707,95 Euro wurde verhängt.", "35258707.95", "EUR"),
        ("La ICO multa a Northwind con 18,4 millones de libras.", "18400000", "GBP"),
        ("L'ICO inflige une amende de 18,4 millions de livres sterling à Northwind.", "18400000", "GBP"),
        ("Die ICO verhängt gegen Northwind ein Bußgeld von 18,4 Millionen Pfund.", "18400000", "GBP"),
        (
            "Il garante britannico ha inflitto a Northwind una multa di 18,4 milioni di sterline.",
            "18400000",
            "GBP",
        ),
        ("De ICO legt Northwind een boete op van 18,4 miljoen pond.", "18400000", "GBP"),
        ("ICO gir Northwind en bot på 18,4 millioner pund.", "18400000", "GBP"),
        # the currency as an attribute, singular: "a 788 million crown fine"
        ("Norway's competition authority upheld the 788 million crown fine on Orbix.", "788000000", "NOK"),
        # a currency code after "to", which is also Norwegian for two
        ("The court reduced the fine from SEK 75 million to SEK 52 million.", "52000000", "SEK"),
        ("Orbix må betale to millioner kroner i gebyr til Datatilsynet.", "2000000", "NOK"),
    ],
)
def test_amounts_in_any_locale(text: str, amount: str, currency: str) -> None:
    r = analyse(None, text)  # type: ignore[arg-type]
    assert (r.amount, r.currency) == (amount, currency)


def test_a_conversion_in_parentheses_is_kept_as_a_conversion() -> None:
    r = analyse("ICO fines Northwind £4.2m", "The ICO fined Northwind £4.2m ($5.3m) for nuisance calls.")
    assert (r.amount, r.currency) == ("4200000", "GBP")
    assert ("5300000", "USD", "conversion") in r.other_amounts


def test_a_headline_in_a_foreign_currency_yields_to_the_decisions_currency() -> None:
    r = analyse(
        "Zentra fined $340 million", "The Irish Data Protection Commission fined Zentra €310 million."
    )
    assert (r.amount, r.currency) == ("310000000", "EUR")


def test_a_background_amount_of_another_event_is_set_aside() -> None:
    r = analyse(
        "Datatilsynet bans Trackly",
        "Norway's data protection authority banned Trackly's tracking and will "
        "fine it one million crowns per day. Back in May, Trackly was hit with a €1.2 billion fine in Ireland.",
    )
    assert (r.amount, r.currency, r.periodic) == ("1000000", "NOK", "day")
    assert any(note == "background" for _a, _c, note in r.other_amounts)


def test_an_up_to_figure_is_a_cap() -> None:
    r = analyse(
        "Court orders Lumio to stop tracking",
        "A Brussels court ordered Lumio to stop tracking users or face a fine of up to 100 million euros.",
    )
    assert r.primary == "ruling"
    assert r.cap is True


def test_a_lump_sum_is_the_amount_and_the_daily_penalty_goes_to_other_amounts() -> None:
    r = analyse(
        "La Cnil sanctionne Pixelia",
        "La Cnil a sanctionné Pixelia d'une amende de 2 millions d'euros, "
        "assortie d'une astreinte de 20 000 euros par jour de retard.",
    )
    assert (r.amount, r.periodic) == ("2000000", None)
    assert "ruling" in r.types


def test_amount_in_euros_uses_the_ecb_rate_of_the_decision_date() -> None:
    r = analyse(
        "ICO fines Northwind £10m", "The ICO fined Northwind £10m on 16 October 2020.", published="2020-10-16"
    )
    assert r.decision_date == "2020-10-16"
    assert r.amount_eur is not None and 10_500_000 < float(r.amount_eur) < 11_500_000


def test_today_is_the_published_date() -> None:
    r = analyse(None, "The CNIL fined Orvane €8 million today.", published="2024-01-11")  # type: ignore[arg-type]
    assert r.decision_date == "2024-01-11"


def test_the_cap_of_a_daily_penalty_is_no_lump_sum() -> None:
    r = analyse(
        "Rechter: Ritly moet chauffeurs terugnemen",
        "De rechtbank Amsterdam heeft Ritly veroordeeld om zes chauffeurs weer toegang te geven. Doet Ritly dat "
        "niet, dan moet het een dwangsom van 5000 euro per dag betalen, met een maximum van 50.000 euro.",
    )
    assert (r.primary, r.amount, r.periodic) == ("ruling", "5000", "day")


def test_the_year_a_conduct_began_is_no_earlier_event() -> None:
    r = analyse(
        "La CNMC multa a Reservia con 413 millones",
        "La CNMC ha multado a Reservia con 413,24 millones de euros por abusar de su posición de dominio desde "
        "2019. La multa se divide en dos infracciones de 206,62 millones de euros cada una.",
        published="2024-07-30",
    )
    assert (r.amount, r.currency) == ("413240000", "EUR")


@pytest.mark.parametrize(
    "name",
    ["Comité Europeo de Protección de Datos", "Comitato europeo per la protezione dei dati", "CEPD"],
)
def test_the_european_data_protection_board_is_known_in_every_language(name: str) -> None:
    found = resolve(name)
    assert found is not None and found.id == "eu-edpb"


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [
        ("Irlanda multa a Sociala con 1.200 millones de euros.", "es", "1200000000"),
        ("Bußgeld von 1.200 Millionen Euro gegen Sociala.", "de", "1200000000"),
        ("Sociala fined €1,200 million.", "en", "1200000000"),
        ("Sociala fined €1.250 billion.", "en", "1250000000"),
        ("Amende de 4,125 milliards d'euros pour Sociala.", "fr", "4125000000"),
    ],
)
def test_a_grouping_separator_before_a_scale_word_follows_the_language(
    text: str, language: str, amount: str
) -> None:
    assert analyse(text, "", language=language).amount == amount


def test_a_weekly_penalty_up_to_a_maximum_is_an_order_whose_amount_is_the_cap() -> None:
    r = analyse(
        "ACM legt Appelo dwangsom op",
        "De ACM heeft Appelo een last onder dwangsom opgelegd van 5 miljoen euro per week, tot een maximum "
        "van 50 miljoen euro.",
    )
    assert (r.primary, r.amount, r.periodic) == ("ruling", "50000000", None)


def test_fines_totalling_a_sum_in_an_annual_report_are_no_fine() -> None:
    r = analyse(
        "Regulator publishes 2023 annual report",
        "The regulator imposed administrative fines totalling €1.55 billion in 2023, the report says.",
        published="2024-05-29",
    )
    assert (r.primary, r.amount) == ("none", None)


def test_the_text_language_outweighs_a_passing_mention_of_another_country() -> None:
    r = analyse(
        "Treningskjede får gebyr",
        "Datatilsynet har ilagt Formly et overtredelsesgebyr på 10 millioner kroner. Saken er behandlet i "
        "samarbeid med personvernmyndighetene i Sverige og Danmark.",
        language="no",
    )
    assert (r.authority_id, r.currency) == ("no-datatilsynet", "NOK")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("US judge blocks Kestrel's $24.6 billion takeover of Orbix", "A federal judge blocked the deal."),
        ("Watchdog blocks Veltro merger", "The CMA blocked the £7.3bn merger of Veltro and Orbix."),
        (
            "Bundeskartellamt untersagt Übernahme",
            "Das Amt untersagt die 2,1 Milliarden Euro schwere Übernahme.",
        ),
        ("Regulator blocks deal", "The authority blocked the deal valued at €900 million."),
    ],
)
def test_the_value_of_a_blocked_deal_is_no_penalty(title: str, summary: str) -> None:
    result = analyse(title, summary)
    assert (result.primary, result.amount) == ("ruling", None)


def test_the_year_of_the_incident_a_decision_is_about_is_no_earlier_event() -> None:
    r = analyse(
        "Datenleck von 2018: Behörde verhängt 251 Millionen Euro Bußgeld gegen Orbix",
        "Die Datenschutzbehörde hat gegen Orbix Bußgelder in Höhe von insgesamt 251 Millionen Euro verhängt. Die "
        "Strafe setzt sich aus mehreren Posten zusammen: 8 Millionen und 3 Millionen Euro wegen Mängeln bei der "
        "Meldung der Panne.",
        published="2024-12-17",
    )
    assert (r.primary, r.amount, r.currency) == ("fine", "251000000", "EUR")


def test_a_sum_of_fines_the_headline_states_is_one_decisions_fine() -> None:
    r = analyse(
        "Konkurransetilsynet ilegger kjedene gebyrer på 4,9 milliarder kroner",
        "Konkurransetilsynet har ilagt Alfa ASA, Beta SA og Gamma AS overtredelsesgebyrer på til sammen 4,9 "
        "milliarder kroner.",
        published="2024-08-21",
    )
    assert (r.primary, r.amount, r.currency) == ("fine", "4900000000", "NOK")


def test_a_sum_of_fines_in_a_headline_that_reports_statistics_is_no_fine() -> None:
    r = analyse(
        "GDPR fines fall to €1.2 billion in 2024, survey finds",
        "European data protection authorities issued fines totalling €1.2 billion in 2024, according to the "
        "annual survey of a law firm.",
        published="2025-01-21",
    )
    assert (r.primary, r.amount) == ("none", None)


@pytest.mark.parametrize(
    ("title", "amount", "currency"),
    [
        ("Privacy watchdog fines Orbix 100 bln won over tracking", "100000000000", "KRW"),
        ("Regulator fines Orbix ₩30.8 billion", "30800000000", "KRW"),
        ("Data authority sets daily fine of R$50,000 for Orbix", "50000", "BRL"),
        ("Watchdog fines Orbix 5 billion yen over search deals", "5000000000", "JPY"),
        ("Regulator fines Orbix 2 billion yuan", "2000000000", "CNY"),
        ("Competition authority fines Orbix 1.3 billion rupees", "1300000000", "INR"),
        ("Authority fines Orbix 1.2 trillion won", "1200000000000", "KRW"),
        # the won's "W" of Korean English papers, the lira's "TL", Mexico's pesos, in capitals only
        ("Court upholds W224.9b penalty on Orbix", "224900000000", "KRW"),
        ("Competition board fines Orbix TL 2.61B over abuse of dominance", "2610000000", "TRY"),
        ("Cofece multa a Orbix con 93.4 millones de pesos", "93400000", "MXN"),
        ("Regulator fines Orbix w 5 million", "5000000", None),  # a lower-case "w" is no won
    ],
)
def test_currencies_of_authorities_beyond_europe(
    title: str, amount: str | None, currency: str | None
) -> None:
    r = analyse(title, "")
    assert (r.amount, r.currency) == (amount, currency)


def test_won_after_a_plain_number_is_the_verb() -> None:
    r = analyse("Orbix in 2019 won an appeal against the €50 million fine", "")
    assert (r.amount, r.currency) == ("50000000", "EUR")


@pytest.mark.parametrize(
    ("title", "summary", "amount"),
    [
        ("Antitrust multa Orbix per 102 milioni: abuso di posizione", "", "102000000"),
        ("Privacy, Garante: sanzione da 79 milioni a Orbix Energia", "", "79000000"),
        ("La autoridad multa con 203,6 millones a seis constructoras", "", "203600000"),
    ],
)
def test_a_scaled_figure_after_a_penalty_word_is_an_amount_without_a_currency(
    title: str, summary: str, amount: str
) -> None:
    r = analyse(title, summary)
    assert (r.primary, r.amount, r.currency) == ("fine", amount, None)


def test_a_scaled_figure_without_currency_takes_the_currency_the_item_gives_it_elsewhere() -> None:
    r = analyse(
        "Antitrust multa Orbix per 102 milioni",
        "L'Autorità ha inflitto a Orbix una sanzione di 102 milioni di euro.",
    )
    assert (r.amount, r.currency) == ("102000000", "EUR")


def test_a_scaled_count_after_a_penalty_word_is_no_amount() -> None:
    r = analyse("Multa a Orbix: 2 millones de usuarios afectados", "")
    assert r.amount is None


def test_a_reason_between_a_fine_and_the_word_deal_is_no_deal_value() -> None:
    r = analyse("Regulator fines Orbix €5 million over search deals", "")
    assert (r.amount, r.currency) == ("5000000", "EUR")


@pytest.mark.parametrize(
    ("title", "company"),
    [
        ("Meta sues South Korean privacy regulator over fine", "Meta"),
        ("Spain's Veltria fined 2.5 million euros over facial recognition", "Veltria"),
        ("Frankreich büßt den Genfer Uhrenhersteller Lumora mit 91,6 Millionen Euro", "Lumora"),
        ("Datenschutzbeauftragter untersagt Bundesamt den Betrieb seiner Fanpage", "Bundesamt"),
    ],
)
def test_a_nationality_a_country_possessive_a_descriptor_or_an_article_is_no_part_of_the_name(
    title: str, company: str
) -> None:
    assert analyse(title, "").companies == (company,)


def test_a_member_state_ordered_to_pay_is_the_target_when_no_company_is_named() -> None:
    r = analyse("EU court orders Poland to pay €1 million a day over disciplinary chamber", "")
    assert r.companies == ("Poland",)


def test_a_country_that_fines_is_no_target() -> None:
    assert analyse("Norway fines Orbix NOK 65 million", "").companies == ("Orbix",)


@pytest.mark.parametrize(
    ("title", "summary", "court"),
    [
        (
            "Appeals court upholds verdict against Orbix",
            "The 9th U.S. Circuit Court of Appeals on Thursday upheld the jury verdict against Orbix.",
            "us-court-of-appeals",
        ),
        (
            "La justicia europea avala la multa de 2.424 millones a Orbix",
            "El Tribunal General de la UE ha desestimado el recurso de Orbix contra la multa.",
            "eu-general-court",
        ),
        (
            "Orbix wins EU court fight over fine",
            "Europe's General Court annulled the fine imposed by the European Commission in 2009. The Commission, "
            "which can appeal to the Court of Justice, said it would study the judgment.",
            "eu-general-court",
        ),
        (  # where the EU court sits is no Luxembourg court; "the court" after "European" is no EU court
            "Orbix loses EU court fight over gatekeeper status",
            "Orbix lost its challenge after the General Court in Luxembourg backed the European Commission's "
            "decision. Orbix had argued it was no gatekeeper in the European Economic Area. The court dismissed "
            "all its arguments. Orbix can bring a further appeal on points of law to the Court of Justice.",
            "eu-general-court",
        ),
        (  # "de Europese rechter" describes the EU's judges; the text names which court
            "Europese rechter: Orbix blijft poortwachter",
            "Orbix heeft een rechtszaak tegen de Europese Commissie verloren. Het Gerecht van de Europese Unie "
            "oordeelde woensdag dat de Commissie het bedrijf terecht heeft aangewezen. Tegen de uitspraak staat "
            "nog hoger beroep open bij het Hof van Justitie.",
            "eu-general-court",
        ),
        (  # the court the losing authority will appeal to is the next instance
            "Polish court overturns record fine on Orbix",
            "A Polish court has overturned the record fine that the competition authority, UOKiK, imposed on "
            "Orbix in 2020. The office will request the written justification and then appeal to the Court of "
            "Appeal in Warsaw.",
            "pl-wsa",
        ),
    ],
)
def test_the_court_that_decided_not_the_next_instance(title: str, summary: str, court: str) -> None:
    assert analyse(title, summary, published="2022-01-26").court_id == court


@pytest.mark.parametrize(
    ("title", "court"),
    [
        ("LG Bonn senkt Bußgeld gegen Orbix", "de-court"),
        ("VG Köln bestätigt Anordnung der Bundesnetzagentur gegen Orbix", "de-court"),
        ("OVG NRW weist Beschwerde von Orbix gegen Bußgeld zurück", "de-court"),
        ("OLG Düsseldorf hebt Bußgeld gegen Orbix auf", "de-olg-duesseldorf"),
        # the company LG and a seat-less "LG": no court
        ("Bußgeld gegen LG Electronics: Bonn bestätigt Strafe", None),
        ("LG hat Bußgeld angefochten", None),
    ],
)
def test_a_german_courts_abbreviation_before_its_seat_is_that_court(title: str, court: str | None) -> None:
    assert analyse(title, title, language="de", published="2022-01-26").court_id == court


def test_european_regulators_in_a_competition_case_are_the_commission() -> None:
    r = analyse(
        "Orbix slapped with $2.7 billion EU antitrust fine",
        "European regulators on Tuesday fined Orbix a record $2.7 billion for abusing its dominance.",
    )
    assert (r.authority_id, r.jurisdiction) == ("eu-commission", "EU")


def test_l_antitrust_in_italian_is_the_competition_authority() -> None:
    r = analyse("Android Auto, l'Antitrust sanziona Orbix: multa da 102 milioni", "", language="it")
    assert r.authority_id == "it-agcm"


@pytest.mark.parametrize(
    ("title", "companies"),
    [
        ("Privacy watchdog fines Orbix, Veltria 100 bln won for collecting data", ("Orbix", "Veltria")),
        ("Regulator fines Orbix, Veltria €5m over cartel", ("Orbix", "Veltria")),
        ("EU fines Orbix, Veltria says it will appeal", ("Orbix",)),
    ],
)
def test_a_headline_verb_with_two_objects_split_by_a_comma_hits_both(
    title: str, companies: tuple[str, ...]
) -> None:
    assert analyse(title, "").companies == companies


def test_european_privacy_watchdogs_in_dutch_are_no_dutch_authority() -> None:
    r = analyse(
        "Europese privacytoezichthouders: 'betalen of toestemming' volstaat meestal niet",
        "De Europese privacytoezichthouders verenigd in de EDPB vinden dat grote platforms meer moeten bieden.",
        language="nl",
    )
    assert r.jurisdiction != "NL"


@pytest.mark.parametrize(
    ("title", "language", "amount", "currency"),
    [
        ("Estados Unidos multa a Orbix con 4.300 millones de dólares", "es", "4300000000", "USD"),
        ("Weko büsst Orbix mit 18,4 Millionen Franken", "de", "18400000", "CHF"),
        ("Orbix får bot på 7,5 millioner svenske kroner", "no", "7500000", "SEK"),
        ("L'IMY inflige une amende de 7,5 millions de couronnes suédoises à Orbix", "fr", "7500000", "SEK"),
        ("El TJUE condena a Veltria a pagar un millón de euros diarios", "es", "1000000", "EUR"),
    ],
)
def test_currencies_named_in_each_language(title: str, language: str, amount: str, currency: str) -> None:
    r = analyse(title, "", language=language)
    assert (r.amount, r.currency) == (amount, currency)


def test_crowns_in_a_norwegian_item_about_a_swedish_fine_are_kronor() -> None:
    r = analyse(
        "Orbix får bot på 6 millioner kroner fra svensk tilsyn",
        "Det svenske personverntilsynet har ilagt Orbix en bot på 6 millioner kroner. Den svenske "
        "myndigheten mener selskapet brøt reglene i Sverige.",
        language="no",
    )
    assert (r.amount, r.currency) == ("6000000", "SEK")


@pytest.mark.parametrize(
    ("title", "company"),
    [
        ("Bomselskapet Orbix må betale fem millioner kroner for Kina-overføringer", "Orbix"),
        ("Datatilsynet står fast: Veltria kommune må betale 1,6 millioner kroner", "Veltria kommune"),
    ],
)
def test_nordic_descriptors_and_municipalities(title: str, company: str) -> None:
    assert analyse(title, "", language="no").companies == (company,)


@pytest.mark.parametrize(
    ("title", "summary", "language", "authority", "court"),
    [
        (
            "Orbix får 400 millioner kroner i gebyr",
            "Finanstilsynet ilegger Orbix et gebyr.",
            "no",
            "no-finanstilsynet",
            None,
        ),
        ("Weko büsst Orbix mit 18 Millionen Franken", "", "de", "ch-comco", None),
        (
            "Kammarrätten opprettholder boten mot Orbix",
            "Den svenske ankedomstolen Kammarrätten stadfester boten fra IMY på 7,5 millioner svenske kroner.",
            "no",
            "se-imy",
            "se-kammarratten",
        ),
    ],
)
def test_nordic_and_swiss_authorities_and_courts(
    title: str, summary: str, language: str, authority: str, court: str | None
) -> None:
    r = analyse(title, summary, language=language)
    assert (r.authority_id, r.court_id) == (authority, court)


def test_a_bare_supreme_court_is_the_one_of_the_items_country() -> None:
    r = analyse(
        "Supreme Court tosses $1.27 billion judgment against Orbix",
        "The U.S. Supreme Court ruled that the FTC could not obtain refunds, tossing the judgment against Orbix.",
    )
    assert r.court_id == "us-court"


@pytest.mark.parametrize(
    ("title", "summary", "language", "amount", "currency"),
    [
        (
            "Orbix ordered to pay record $125 million penalty",
            "The Federal Court of Australia ordered Orbix to pay $125 million after the Australian Competition "
            "and Consumer Commission took it to court. Australian regulators welcomed the decision.",
            "en",
            "125000000",
            "AUD",
        ),
        ("Orbix muss 44,7 Millionen australische Dollar zahlen", "", "de", "44700000", "AUD"),
        ("Orbix condamnée à 20 millions de dollars canadiens", "", "fr", "20000000", "CAD"),
        (
            "Staatsanwaltschaft verhängt eine Milliarde Euro Bußgeld gegen Orbix",
            "",
            "de",
            "1000000000",
            "EUR",
        ),
    ],
)
def test_dollars_of_the_country_the_item_is_about_and_spelled_out_billions(
    title: str, summary: str, language: str, amount: str, currency: str
) -> None:
    r = analyse(title, summary, language=language)
    assert (r.amount, r.currency) == (amount, currency)


def test_a_dollar_figure_stays_usd_when_the_text_points_at_the_united_states() -> None:
    r = analyse("FTC fines Orbix $5 million", "The U.S. Federal Trade Commission fined Orbix in Washington.")
    assert r.currency == "USD"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Ofcom opens first Online Safety Act consultation", "Ofcom published draft codes under the Act."),
        (
            "FCC makes AI-generated voices in robocalls illegal",
            "The FCC declared AI-generated voices artificial.",
        ),
    ],
)
def test_laws_and_acronym_adjectives_are_no_targets(title: str, summary: str) -> None:
    assert analyse(title, summary).companies == ()


@pytest.mark.parametrize(
    ("title", "authority"),
    [
        ("FDA bans Orbix vapes", "us-fda"),
        ("FAA orders Orbix to ground its jets", "us-faa"),
        ("Ofwat fines Orbix Water £12m", "uk-ofwat"),
        ("Gambling Commission fines Orbix Bet £2m", "uk-gambling"),
        ("Kraftfahrt-Bundesamt untersagt den Verkauf von Orbix-Autos", "de-kba"),
        ("L'ASN ordonne l'arrêt de deux réacteurs d'Orbix", "fr-asn"),
    ],
)
def test_sector_regulators_beyond_data_protection(title: str, authority: str) -> None:
    assert analyse(title, "").authority_id == authority


@pytest.mark.parametrize(
    ("title", "language", "authority", "company"),
    [
        ("U.S. Treasury fines Orbix $2 million for violating Russia sanctions", "en", "us-ofac", "Orbix"),
        ("Bundesamt für Justiz verhängt zwei Millionen Euro Bußgeld gegen Orbix", "de", "de-bfj", "Orbix"),
        ("Kryptobörse Orbix zahlt in New York 100 Millionen Dollar", "de", None, "Orbix"),
        ("Il Dipartimento di Giustizia Usa multa Orbix per un miliardo di dollari", "it", "us-doj", "Orbix"),
    ],
)
def test_us_treasury_german_justice_office_and_descriptors(
    title: str, language: str, authority: str | None, company: str
) -> None:
    r = analyse(title, "", language=language)
    assert (r.companies, r.authority_id if authority else None) == ((company,), authority)


def test_eu_right_before_a_description_is_the_eu_not_the_datelines_country() -> None:
    r = analyse(
        "EU fines Orbix 880 million euros for role in trucks cartel",
        "BRUSSELS - EU antitrust regulators fined truckmaker Orbix 880.5 million euros on Wednesday for taking "
        "part in a 14-year cartel.",
    )
    assert (r.authority_id, r.jurisdiction) == ("eu-commission", "EU")


def test_a_statutory_maximum_that_penalties_can_reach_is_no_amount() -> None:
    r = analyse(
        "UK watchdog orders Orbix to overhaul marketing use of personal data",
        "The ICO has ordered Orbix to change how it handles personal data. Failing to comply could lead to a "
        "fine. Under the GDPR, penalties can reach £17.5 million or 4% of global annual turnover.",
    )
    assert (r.primary, r.amount) == ("ruling", None)


@pytest.mark.parametrize("language", ["es", "pt"])
def test_mil_after_a_number_is_a_thousand(language: str) -> None:
    r = analyse("Tribunal confirma multa de 600 mil euros à Orbix Air", "", language=language)
    assert (r.amount, r.currency) == ("600000", "EUR")


def test_the_lead_states_one_decisions_total_under_a_headline_without_figure() -> None:
    r = analyse(
        None,
        "Geoblocking: EU verhängt Bußgelder gegen Orbix und fünf Publisher\n\nDie EU-Kommission hat gegen Orbix "
        "und fünf Spiele-Publisher Geldbußen von insgesamt 7,8 Millionen Euro verhängt. Den höchsten Betrag "
        "muss Veltro zahlen (knapp 2,9 Millionen Euro).",
        language="de",
    )
    assert (r.amount, r.currency) == ("7800000", "EUR")


def test_the_bodys_exact_figure_beats_the_headlines_rounded_one() -> None:
    r = analyse(
        "L'Autorité de la concurrence inflige 13,5 millions d'euros d'amende à Orbix",
        "L'Autorité a sanctionné Orbix à hauteur de 13,5 millions d'euros pour abus de position dominante. "
        "L'amende, d'un montant exact de 13 527 000 euros, est infligée solidairement à quatre sociétés.",
        language="fr",
    )
    assert r.amount == "13527000"


def test_a_component_of_the_headlines_sum_is_no_more_precise_statement_of_it() -> None:
    r = analyse(
        "Orbix to pay €870 million German fine over diesel emissions",
        "Orbix will pay a fine of 870 million euros. The administrative fine comprises a penalty of 4 million "
        "euros and the confiscation of 866 million euros in economic benefits.",
    )
    assert r.amount == "870000000"


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("UOKiK fines Orbix 120 million zlotys", "120000000", "PLN"),
        ("NAIH fines Orbix 250 million forints", "250000000", "HUF"),
        ("ANSPDCP fines Orbix RON 613,912", "613912", "RON"),
    ],
)
def test_the_currencies_of_central_europe(text: str, amount: str, currency: str) -> None:
    r = analyse(text, "")
    assert (r.amount, r.currency) == (amount, currency)


@pytest.mark.parametrize(
    ("summary", "court"),
    [
        ("Poland's Supreme Administrative Court dismissed Orbix's cassation appeal against the UODO fine.", "pl-nsa"),
        ("Finland's Supreme Administrative Court upheld the Data Protection Ombudsman's decision on Orbix.", "fi-kho"),
    ],
)
def test_a_supreme_administrative_court_is_the_one_of_the_cases_country(summary: str, court: str) -> None:
    assert analyse("Court backs regulator over Orbix", summary).court_id == court



def test_a_us_state_names_the_country() -> None:
    r = analyse("Texas judge orders Orbix to stop collecting biometric data", "")
    assert (r.primary, r.jurisdiction) == ("ruling", "US")

def test_a_state_attorney_general_label_resolves_to_the_registry() -> None:
    assert resolve("Oklahoma Attorney General (US)") is not None


def test_an_appeal_against_a_fine_told_in_the_past_tense_is_about_that_fine() -> None:
    r = analyse(
        "Orbix appeals against UK fine",
        "Orbix said on Wednesday it had lodged an appeal against a 500,000 pound ($640,000) fine imposed by "
        "Britain's data protection watchdog.",
        language="en",
    )
    assert (r.primary, r.amount, r.currency) == ("appeal", "500000", "GBP")


def test_a_headline_figure_without_currency_is_the_bodys_figure_with_it() -> None:
    r = analyse(
        None,
        "Losanna conferma la multa da 156 milioni a Orbix\n\nIl Tribunale federale ha respinto il ricorso di "
        "Orbix e confermato la multa di 156 milioni di franchi inflitta nel 2012 dalla COMCO. Il caso Veltro, "
        "la cui multa di 4,8 milioni di franchi era stata confermata lo scorso anno, era il primo.",
        language="it",
    )
    assert (r.primary, r.amount, r.currency) == ("appeal", "156000000", "CHF")


@pytest.mark.parametrize(
    "summary",
    [
        "De Commissie blokkeerde eind september de overname van 1,6 miljard euro door Orbix.",
        "EU-kommisjonen stanser Orbix sitt oppkjøp. Kjøpesummen var på rundt 1,6 milliarder euro.",
    ],
)
def test_the_price_of_a_blocked_deal_is_no_amount(summary: str) -> None:
    assert analyse("EU blocks Orbix takeover of Veltro", summary).amount is None


@pytest.mark.parametrize(
    ("title", "summary", "company"),
    [
        # A name ends with its sentence; a "-Bank" compound describes the name after it.
        (
            "Bafin deckelt das Wachstum von Orbix",
            "Die Finanzaufsicht Bafin verschärft ihr Vorgehen gegen die Berliner Smartphone-Bank Orbix. Wegen "
            "Mängeln hat die Behörde angeordnet, dass die Orbix Bank GmbH höchstens 50.000 Neukunden aufnehmen darf.",
            "Orbix",
        ),
        # A fine word after a list is no part of its last name.
        (
            "Kartellamt verhängt 280 Millionen Euro Bußgeld gegen Zuckerhersteller",
            "Das Bundeskartellamt hat gegen die drei Zuckerhersteller Orbix, Veltro und Pfeifer & Kestrel "
            "Geldbußen von insgesamt rund 280 Millionen Euro verhängt.",
            ("Orbix", "Veltro", "Pfeifer & Kestrel"),
        ),
        # A headline's noun adjunct names the target; a fine "against" someone names the one who fined.
        ("EU court cuts Orbix fine to 228 million euros", "The General Court cut the fine. It annulled the fine on Veltro.", "Orbix"),
        ("Judge throws out $2 million Treasury fine against Orbix", "A federal judge vacated the penalty.", "Orbix"),
        ("Citi and J.P. Morgan fined", "The FCA fined Citi and J.P. Morgan over reporting failures.", ("Citigroup", "JPMorgan")),
    ],
)
def test_names_end_at_their_sentence_and_kinds_are_no_names(
    title: str, summary: str, company: str | tuple[str, ...]
) -> None:
    got = analyse(title, summary, language="de" if "Bafin" in title or "Kartellamt" in title else "en").companies
    assert got == ((company,) if isinstance(company, str) else company)


@pytest.mark.parametrize(
    ("title", "summary", "language", "company"),
    [
        # A nationality is no party of a deal; the one who goes to court is the target.
        (
            "Orbix stapt naar Europese rechter tegen verbod op overname Veltro",
            "Orbix heeft beroep ingesteld tegen het besluit om de overname van het Zweedse reisplatform Veltro "
            "te verbieden.",
            "nl",
            "Orbix",
        ),
        # A German compound of a company and its penalty.
        ("EuG reduziert Orbix-Bußgeld", "Das Gericht hat die Geldbuße deutlich gesenkt.", "de", "Orbix"),
    ],
)
def test_who_goes_to_court_and_whose_penalty_a_compound_names(
    title: str, summary: str, language: str, company: str
) -> None:
    assert analyse(title, summary, language=language).companies == (company,)


@pytest.mark.parametrize(
    ("title", "summary", "authority", "jurisdiction"),
    [
        ("South Korea fines Orbix $177 million", "The Korea Fair Trade Commission (KFTC) said Orbix had abused its dominance.", "kr-kftc", "KR"),
        ("Turkey's Competition Board fines Orbix 346.72 million lira", "The Turkish Competition Authority said Orbix had combined data.", "tr-rekabet", "TR"),
        ("Ofcom fines Orbix TV £100,000", "Ofcom said Orbix TV had broken its broadcasting code.", "uk-ofcom", "UK"),
        ("Le CSA inflige une amende de 3 millions d'euros à Orbix TV", "Le Conseil supérieur de l'audiovisuel a sanctionné la chaîne.", "fr-arcom", "FR"),
    ],
)
def test_regulators_beyond_europe_and_of_broadcasting(
    title: str, summary: str, authority: str, jurisdiction: str
) -> None:
    r = analyse(title, summary)
    assert (r.authority_id, r.jurisdiction) == (authority, jurisdiction)


def test_a_scale_abbreviation_ends_no_sentence_and_counts() -> None:
    r = analyse(
        "Pariser Berufungsgericht bestätigt AMF-Strafe gegen Orbix",
        "Die Cour d'appel de Paris hat die Sanktion von 20 Mill. Euro wegen Manipulation von Staatsanleihen "
        "bestätigt.",
        language="de",
    )
    assert (r.primary, r.amount, r.currency) == ("appeal", "20000000", "EUR")


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Die FCA hat eine Geldbuße von 117 Mill. Pfund verhängt.", "117000000", "GBP"),
        ("Datatilsynet ila et gebyr på 1,2 mia. kroner.", "1200000000", "NOK"),
        ("La KFTC impuso una multa de 207.400 millones de wones.", "207400000000", "KRW"),
    ],
)
def test_scale_abbreviations_and_plural_wons(text: str, amount: str, currency: str) -> None:
    r = analyse(None, text, language="de" if "Pfund" in text else "no" if "kroner" in text else "es")
    assert (r.amount, r.currency) == (amount, currency)


def test_an_orders_story_sums_are_no_amount_but_its_daily_penalty_is() -> None:
    moratorium = analyse(
        "Bafin verhängt Moratorium über Orbix Bank",
        "Die Bafin hat die Orbix Bank geschlossen. Einlagen sind bis zu 100.000 Euro gesetzlich geschützt.",
        language="de",
    )
    assert (moratorium.primary, moratorium.amount) == ("ruling", None)
    daily = analyse(
        "Orbix vince contro Veltro, il tribunale ordina di riattivare la pagina",
        "Il tribunale ha ordinato a Veltro la riattivazione della pagina e ha fissato una penale di 800 euro per "
        "ogni giorno di violazione. Le spese legali ammontano a 15.000 euro.",
        language="it",
    )
    assert (daily.primary, daily.amount, daily.periodic) == ("ruling", "800", "day")


def test_a_title_case_headlines_descriptor_is_no_part_of_the_name() -> None:
    r = analyse(
        "CNIL Fines Health Website Orbix EUR 380,000 For Cookie Breaches",
        "France's CNIL fined Orbix, which publishes a health website, 380,000 euros.",
    )
    assert r.companies == ("Orbix",)


def test_a_sentence_naming_the_target_beside_a_known_tool_keeps_its_amount() -> None:
    # Google (a known company) is only the tool: the sentence is still about Veltro's fine.
    r = analyse(
        None,
        "Svensk tilsyn bøtelegger Veltro med 12 millioner kroner for bruk av Google Analytics\n\nIntegritetsskyddsmyndigheten (IMY) har ilagt Veltro et overtredelsesgebyr på 12 millioner svenske kroner for bruk av Google Analytics. Orbix får et gebyr på 300 000 svenske kroner.",
        language="no",
    )
    assert (r.amount, r.currency, r.companies) == ("12000000", "SEK", ("Veltro",))


def test_a_headlines_rounded_sum_is_the_bodys_total_of_the_decision() -> None:
    r = analyse(
        "UK watchdog fines Orbix and its former owners over £100 million",
        "The CMA fined Orbix on Thursday.\n\nThe fines total £101.4 million: £40.9 million for Orbix and £60.5 million for its owners.",
    )
    assert (r.amount, r.currency) == ("101400000", "GBP")


@pytest.mark.parametrize(
    ("title", "summary", "lang", "company"),
    [
        ("Rekordstrafe für Orbix: Schwedens Finanzaufsicht verhängt 4 Mrd. Kronen Buße", "", "de", "Orbix"),
        # ... but the operator of a brand is another company, named later
        ("Rekordstrafe für Veltro-Betreiber in Polen", "Die Behörde UOKiK hat gegen Orbix Polska, den Betreiber der Kette Veltro, eine Geldbuße von 723 Mio. Złoty verhängt.", "de", "Orbix Polska"),
    ],
)
def test_a_penalty_compound_before_fuer_or_gegen_names_the_target(title: str, summary: str, lang: str, company: str) -> None:
    assert analyse(title, summary, language=lang).companies[:1] == (company,)


def test_a_fiscal_year_is_no_company() -> None:
    r = analyse("SEC Reports Record $8.2 Billion in Financial Remedies for Fiscal 2024", "The SEC announced its enforcement results for fiscal year 2024.")
    assert (r.primary, r.companies) == ("none", ())


@pytest.mark.parametrize(
    ("title", "summary", "lang", "authority", "jurisdiction"),
    [
        ("Portuguese court upholds 225 million euro 'bank cartel' fines", "Portugal's Competition, Regulation and Supervision Court upheld fines imposed in 2019 by the competition authority AdC on 11 banks.", "en", "pt-adc", "PT"),
        ("Irlande : amende record de 100,5 millions d'euros pour Orbix Bank", "La Banque centrale d'Irlande a infligé jeudi une amende de 100,5 millions d'euros à Orbix Bank.", "fr", "ie-cbi", "IE"),
        ("Orbix climate adverts banned by watchdog", "Two Orbix adverts have been banned by the Advertising Standards Authority.", "en", "uk-asa", "UK"),
    ],
)
def test_authorities_named_in_other_languages_and_by_abbreviation(title: str, summary: str, lang: str, authority: str, jurisdiction: str) -> None:
    r = analyse(title, summary, language=lang)
    assert (r.authority_id, r.jurisdiction) == (authority, jurisdiction)


def test_asa_as_a_norwegian_legal_form_is_no_advertising_regulator() -> None:
    r = analyse("Konkurransetilsynet ilegger Orbix gebyr på 4,9 milliarder kroner", "Konkurransetilsynet har ilagt Orbix ASA et overtredelsesgebyr.", language="no")
    assert r.authority_id == "no-kt"


def test_a_groups_national_bank_keeps_its_own_name() -> None:
    assert analyse("FCA fines Santander UK £107.7m for anti-money laundering failures", "").companies == ("Santander UK",)


@pytest.mark.parametrize(
    ("title", "summary", "lang", "amount", "currency", "authority"),
    [
        # India's scale words and rupees, in English and German
        ("CCI slaps Rs 1,337.76 crore penalty on Orbix for abusing Android dominance", "The Competition Commission of India (CCI) imposed a penalty of Rs 1,337.76 crore (about $161 million) on Orbix.", "en", "13377600000", "INR", "in-cci"),
        ("Indien verhängt Millionenstrafe gegen Orbix", "Die Competition Commission of India (CCI) hat gegen Orbix eine Strafe von rund 13,4 Milliarden Rupien verhängt, umgerechnet etwa 165 Millionen Euro.", "de", "13400000000", "INR", "in-cci"),
        # a bare "$" before Canada's Competition Tribunal is a Canadian dollar
        ("Competition Tribunal orders Orbix to pay $38.9M penalty over booking fees", "TORONTO - The Competition Tribunal has ordered Orbix Inc. to pay a $38.9-million penalty for drip pricing. The Competition Bureau took Orbix to the tribunal in May 2023.", "en", "38900000", "CAD", "ca-competition-bureau"),
        ("Brazil's CADE fines Orbix R$ 535 million for a train cartel", "Brazil's competition authority CADE fined Orbix R$ 535 million.", "en", "535000000", "BRL", "br-cade"),
        # a Swedish authority in a Norwegian item counts in Swedish crowns
        ("Orbix får milliardbot for svikt i hvitvaskingsarbeidet", "Det svenske finanstilsynet Finansinspektionen har ilagt Orbix et overtredelsesgebyr på 1 milliard kroner.", "no", "1000000000", "SEK", "se-fi"),
    ],
)
def test_authorities_and_currencies_beyond_europe_and_across_borders(title: str, summary: str, lang: str, amount: str, currency: str, authority: str) -> None:
    r = analyse(title, summary, language=lang)
    assert (r.amount, r.currency, r.authority_id) == (amount, currency, authority)
    # the same bare figure again in the body is that figure, no conversion into another dollar or crown
    assert not [m for m in r.other_amounts if m[0] == amount and m[1] != currency]


@pytest.mark.parametrize(
    ("label", "entry"),
    [
        ("Østre Landsret (Denmark)", "dk-landsret"),
        ("Retten på Frederiksberg (Denmark)", "dk-byret"),
        ("National Company Law Appellate Tribunal (India)", "in-nclat"),
        ("Competition Tribunal (Canada)", "ca-competition-tribunal"),
        ("Conselho Administrativo de Defesa Econômica (Brazil)", "br-cade"),
    ],
)
def test_the_registry_knows_the_courts_and_authorities_of_these_countries(label: str, entry: str) -> None:
    found = resolve(label)
    assert found is not None and found.id == entry


def test_a_state_aid_sum_to_be_paid_back_is_no_penalty_at_stake() -> None:
    r = analyse("Aiuti di Stato, il Tribunale Ue dà ragione a Bruxelles: Orbix dovrà restituire 30 milioni", "Il Tribunale dell'Unione europea ha respinto i ricorsi di Orbix contro la decisione della Commissione sul ruling fiscale.", language="it")
    assert (r.primary, r.amount) == ("appeal", None)


def test_an_investigation_an_authority_orders_is_no_ruling_and_its_country_leads() -> None:
    r = analyse("CCI orders detailed probe into Orbix's Android practices", "The Competition Commission of India (CCI) has directed its investigation arm to carry out a detailed probe.\n\nThe order comes after the European Commission fined Orbix 4.34 billion euros in 2018.")
    assert (r.primary, r.jurisdiction) == ("none", "IN")


@pytest.mark.parametrize(
    ("title", "summary", "lang", "companies"),
    [
        # a law's penalty compound names no company
        ("Höchstes DSGVO-Bußgeld in Deutschland: 195.407 Euro gegen Orbix", "Die Berliner Datenschutzbeauftragte hat gegen die Orbix GmbH Bußgelder von insgesamt 195.407 Euro verhängt.", "de", ("Orbix",)),
        # a kind of company between the preposition and the name; a fine told as earlier is another's
        ("Orbix: Finnish DPA issues record EUR 608,000 fine", "The sanctions board imposed an administrative fine of EUR 608,000 on psychotherapy centre Orbix. Earlier fines included EUR 100,000 on Veltro in 2020.", "en", ("Orbix",)),
        # the deal's compound before "von" is no part of the parties' names
        ("EU-Kommission untersagt Bahnfusion von Orbix und Veltro", "Die EU-Kommission hat die geplante Fusion untersagt.", "de", ("Orbix", "Veltro")),
        # an elided article is no part of the word before a list
        ("Bollette a 28 giorni, l'Antitrust apre un'istruttoria su Orbix, Veltro, Kestrel e Fastnet", "L'Autorità ha avviato un'istruttoria.", "it", ("Orbix", "Veltro", "Kestrel", "Fastnet")),
    ],
)
def test_company_names_around_compounds_appositions_and_elisions(title: str, summary: str, lang: str, companies: tuple[str, ...]) -> None:
    assert analyse(title, summary, language=lang).companies == companies


def test_the_grand_duchy_is_a_country_not_a_company() -> None:
    r = analyse("EU orders Luxembourg to recover unpaid tax", "The Commission ordered the Grand Duchy to recover the unpaid tax, between 20 million and 30 million euros.")
    assert "Grand Duchy" not in r.companies


def test_a_name_the_headline_and_the_lead_both_give_is_the_target_when_no_role_names_one() -> None:
    r = analyse(
        "Rechter: Orbix Media overtrad AVG, maar AP had geen boete mogen opleggen",
        "Orbix Media hoeft de boete van 525.000 euro die de Autoriteit Persoonsgegevens (AP) oplegde niet te betalen. Dat heeft de rechtbank Amsterdam bepaald.",
        language="nl",
    )
    assert r.companies == ("Orbix Media",)


@pytest.mark.parametrize(
    ("title", "summary", "lang"),
    [
        # an authority's abbreviation, a country and a currency repeat too, and name no company
        ("AP stapt naar Raad van State", "De AP heeft hoger beroep ingesteld tegen de uitspraak van de rechtbank over de boete.", "nl"),
        ("Britische Wasserversorger sollen 168 Millionen Pfund Strafe zahlen", "Die Aufsicht Ofwat will 168 Millionen Pfund Strafe verhängen.", "de"),
        # a word the text also writes in lower case is a common noun
        ("Rechter: boete blijft staan in zaak over Toeslagen", "De rechter oordeelde dat de toeslagen terecht waren teruggevorderd. Toeslagen blijft een zaak van de Belastingdienst.", "nl"),
    ],
)
def test_a_repeated_authority_country_or_currency_is_no_target(title: str, summary: str, lang: str) -> None:
    assert analyse(title, summary, language=lang).companies == ()


def test_an_appeals_penalty_at_stake_with_its_currency_beats_a_bare_figure_of_the_story() -> None:
    r = analyse(
        "Bollette a 28 giorni, il Tar del Lazio annulla le maxi-multe Antitrust alle telco",
        "Il Tar del Lazio ha annullato le sanzioni per complessivi 228 milioni di euro inflitte a gennaio 2020 a Orbix e Veltro. La multa più pesante, circa 114 milioni, riguardava Orbix.",
        language="it",
        published="2021-07-12",
    )
    assert (r.primary, r.amount, r.currency) == ("appeal", "228000000", "EUR")


@pytest.mark.parametrize(
    ("title", "summary", "lang", "court"),
    [
        # "administrative court" alone is any country's, not Luxembourg's
        ("Rome court annuls EUR 228m telecoms fines on Orbix", "Lazio's regional administrative court annulled the fines imposed by the Italian competition authority AGCM on Orbix.", "en", "it-tar-lazio"),
        # a Dutch district court in German
        ("Niederlande: Gericht kippt DSGVO-Bußgeld gegen Orbix", "Das Bezirksgericht Amsterdam hat das Bußgeld der niederländischen Datenschutzbehörde Autoriteit Persoonsgegevens gegen Orbix aufgehoben.", "de", "nl-rechtbank"),
    ],
)
def test_the_court_of_an_appeal_is_the_deciding_countrys(title: str, summary: str, lang: str, court: str) -> None:
    assert analyse(title, summary, language=lang).court_id == court


@pytest.mark.parametrize(
    ("title", "summary", "lang", "companies"),
    [
        ("Boete voor gemeente Orbixdam vanwege wifitracking", "De Autoriteit Persoonsgegevens heeft de gemeente Orbixdam een boete van 600.000 euro opgelegd.", "nl", ("Gemeente Orbixdam",)),
        ("Varsel om overtredelsesgebyr til Norges idrettsforbund", "Datatilsynet varsler Norges idrettsforbund et gebyr på 2,5 millioner kroner.", "no", ("Norges idrettsforbund",)),
        ("La Audiencia Nacional suspende cautelarmente la multa de 38,9 millones de la CNMC a MSD", "", "es", ("Merck Sharp & Dohme",)),
        # a kind of company and its trade name none
        ("Bundeskartellamt verhängt Bußgelder gegen Großhändler von Pflanzenschutzmitteln", "Das Bundeskartellamt hat Geldbußen von 154,6 Mio. Euro verhängt.", "de", ()),
    ],
)
def test_municipalities_national_bodies_and_kinds_of_company(title: str, summary: str, lang: str, companies: tuple[str, ...]) -> None:
    assert analyse(title, summary, language=lang).companies == companies


def test_a_french_release_names_the_target_after_a_l_encontre_de() -> None:
    r = analyse("La CNIL sanctionne Orbix", "La CNIL a prononcé une sanction de 50 000 euros à l'encontre de Orbix.", language="fr")
    assert r.companies == ("Orbix",)


@pytest.mark.parametrize(
    ("title", "summary", "lang", "authority"),
    [
        ("Orbix ilegges tvangsmulkt på 1,2 millioner kroner om dagen", "Lotteri- og stiftelsestilsynet har ilagt Orbix en tvangsmulkt.", "no", "no-lottstift"),
        ("Inspectie legt Orbix last onder dwangsom op", "De Inspectie Leefomgeving en Transport (ILT) heeft Orbix een last onder dwangsom opgelegd.", "nl", "nl-ilt"),
        ("Derde dwangsom voor Orbix Steel", "De Omgevingsdienst Noordzeekanaalgebied heeft Orbix Steel een last onder dwangsom opgelegd van 100.000 euro per overtreding.", "nl", "nl-odnzkg"),
    ],
)
def test_sector_enforcers_of_daily_penalties(title: str, summary: str, lang: str, authority: str) -> None:
    assert analyse(title, summary, language=lang).authority_id == authority


def test_a_capital_named_for_its_government_is_no_target() -> None:
    r = analyse("Brüssel stoppt Stahlehe", "Brüssel hat die geplante Stahlehe untersagt; die EU-Kommission verbot das Gemeinschaftsunternehmen.", language="de")
    assert "Brüssel" not in r.companies


def test_a_companys_product_names_the_company() -> None:
    assert analyse("Italian court bans UberPop app nationwide", "").companies == ("Uber",)


@pytest.mark.parametrize(
    ("title", "summary", "lang", "jurisdiction"),
    [
        ("Tweets antisémites : la justice ordonne à Orbix de livrer les données", "Le juge des référés du tribunal de grande instance de Paris a donné raison jeudi à des associations : Orbix devra communiquer les données. Passé ce délai, la société américaine s'exposera à une astreinte de 1 000 euros par jour de retard.\n\nLe tribunal ordonne également la publication de la décision. Aux États-Unis, un juge avait rejeté une demande semblable.", "fr", "FR"),
        ("Un tribunal de Milán prohíbe Orbix en toda Italia por competencia desleal", "El tribunal de Milán ha prohibido el servicio de Orbix en todo el país. La compañía deberá pagar 20.000 euros por cada día de incumplimiento.", "es", "IT"),
    ],
)
def test_a_courts_seat_says_its_country(title: str, summary: str, lang: str, jurisdiction: str) -> None:
    assert analyse(title, summary, language=lang).jurisdiction == jurisdiction


@pytest.mark.parametrize(
    ("title", "summary", "company"),
    [
        # rules-2025.27: German descriptors before a name, and a subsidiary named after "Tochter"
        ("Gericht senkt Kartellbußgeld gegen Alu-Schmiede Lumora Metall deutlich", "Das Oberlandesgericht hat das Bußgeld gegen Lumora Metall von 145 auf 30 Millionen Euro herabgesetzt.", "Lumora Metall"),
        ("Kartellstrafe", "Das Bundeskartellamt hat gegen den Aluminiumverarbeiter Lumora Metall ein Bußgeld von 30 Millionen Euro verhängt.", "Lumora Metall"),
        ("Weko büsst Zahnpasta-Herstellerin Veltria", "Die Wettbewerbskommission hat Veltria mit 4,8 Millionen Franken gebüsst.", "Veltria"),
        ("Kartellstrafe", "Die EU-Kommission verhängte gegen die Tochter Veltria Energie eine Geldbuße von 38 Millionen Euro.", "Veltria Energie"),
        ("Kartellstrafe", "Die EU-Kommission verhängte gegen Eon Energie eine Geldbuße von 38 Millionen Euro.", "E.ON"),
    ],
)
def test_a_german_descriptor_or_a_subsidiary_noun_is_no_part_of_the_name(
    title: str, summary: str, company: str
) -> None:
    assert analyse(title, summary, language="de").companies == (company,)


@pytest.mark.parametrize(
    ("title", "summary", "lang", "amount", "currency", "regulator"),
    [
        ("Bulgaria fines Orbix 5.1 million levs over data breach", "Bulgaria's Commission for Personal Data Protection has fined Orbix 5.1 million levs (2.6 million euros) for failing to protect personal data.", "en", "5100000", "BGN", "bg-cpdp"),
        ("Orbix muss nach Datenklau zahlen", "Die bulgarische Datenschutzkommission hat Orbix mit einer Geldbuße von 5,1 Millionen Lewa belegt, umgerechnet rund 2,6 Mio. Euro.", "de", "5100000", "BGN", "bg-cpdp"),
    ],
)
def test_a_bulgarian_fine_in_leva_by_the_bulgarian_authority_described(
    title: str, summary: str, lang: str, amount: str, currency: str, regulator: str
) -> None:
    r = analyse(title, summary, language=lang)
    assert (r.amount, r.currency, r.authority_id, r.jurisdiction) == (amount, currency, regulator, "BG")


@pytest.mark.parametrize(
    ("summary", "lang"),
    [
        ("La Comisión de Protección de Datos Personales de Bulgaria ha multado con 2,6 millones de euros a Orbix.", "es"),
        ("Die bulgarische Datenschutzkommission hat gegen Orbix eine Geldbuße verhängt.", "de"),
    ],
)
def test_a_generic_description_finds_a_smaller_countrys_authority_in_its_language(summary: str, lang: str) -> None:
    assert analyse("Orbix fined", summary, language=lang).authority_id == "bg-cpdp"


@pytest.mark.parametrize(
    ("summary", "regulator"),
    [
        ("The data protection authority of Baden-Württemberg has imposed a fine of EUR 20,000 on Orbix.", "de-lfdi-bw"),
        ("Lower Saxony's data protection commissioner has fined Orbix EUR 1.1 million.", "de-lfd-ni"),
        ("Der Datenschutzbeauftragte des Landes Brandenburg hat gegen Orbix ein Bußgeld verhängt.", "de-lda-bb"),
    ],
)
def test_a_german_states_authority_described_by_its_state(summary: str, regulator: str) -> None:
    r = analyse("Orbix fined", summary)
    assert (r.authority_id, r.jurisdiction) == (regulator, "DE")


@pytest.mark.parametrize(
    ("title", "summary", "lang", "expected"),
    [
        # a German legal form with its partner ("GmbH & Co. KG") is a suffix too
        ("LfDI verhängt erstes Bußgeld nach der DS-GVO", "Der Landesbeauftragte hat ein Bußgeld von 20.000 Euro gegen die Orbix GmbH & Co. KG, Betreiberin der Plattform orbix.de, verhängt.", "de", ("Orbix",)),
        # a trade's house before the name describes it
        ("Kartellstrafe: EU-Kommission greift durch", "Die EU-Kommission hat gegen das Pariser Modehaus Orbix Couture Geldbußen von 5,7 Mio. Euro verhängt.", "de", ("Orbix Couture",)),
        # "Deutsche" declined after a preposition is still the name
        ("Brüssel untersagt Fusion von Deutscher Orbix und Veltra", "Die EU-Kommission hat die Fusion untersagt.", "de", ("Deutsche Orbix", "Veltra")),
        # a known company's short form or Norwegian genitive in the headline is its full name in the lead
        ("EU stanser Intesas oppkjøp av Orbix", "EU-kommisjonen forbød torsdag Intesa Sanpaolo å kjøpe konkurrenten Orbix.", "no", ("Intesa Sanpaolo",)),
        # a Dutch ministry is named as the ministry, as a municipality is
        ("Boete voor ministerie van Buitenlandse Zaken", "De Autoriteit Persoonsgegevens heeft het ministerie van Buitenlandse Zaken een boete van 565.000 euro opgelegd.", "nl", ("Ministerie van Buitenlandse Zaken",)),
        # a municipality is named with its word for municipality where the text gives it
        ("Orbix må betale fire millioner", "Datatilsynet gir Orbix kommune et gebyr på fire millioner kroner.", "no", ("Orbix kommune",)),
        # the headline's fined party, not the known company it names as the reason
        ("Sweden's Orbix fined 15 million crowns over Meta pixel", "STOCKHOLM - Sweden's data protection authority IMY has fined online bank and broker Orbix 15 million crowns after a Meta tracking tool on its website sent personal data to Meta. The authority said Orbix had used the Meta pixel, which measures advertising on Facebook and Instagram. Data were transferred to Meta. Meta did not comment.", "en", ("Orbix",)),
    ],
)
def test_company_names_as_the_labels_write_them(title: str, summary: str, lang: str, expected: tuple[str, ...]) -> None:
    assert analyse(title, summary, language=lang).companies == expected


@pytest.mark.parametrize(("name", "expected"), [("GE", "General Electric"), ("GlaxoSmithKline", "GSK"), ("Banco Santander", "Santander")])
def test_registry_aliases_of_this_round(name: str, expected: str) -> None:
    assert canonical(name) == expected


@pytest.mark.parametrize(
    ("title", "summary", "regulator", "jurisdiction"),
    [
        # an abbreviation spelled out in front of it as another body's name is that body's here
        ("Orbix fined 1.03 trillion won", "SEOUL - South Korea's Fair Trade Commission (FTC) said it has imposed a fine of 1.03 trillion won (US$854 million) on Orbix Inc. The FTC also ordered Orbix to renegotiate its licences.", "kr-kftc", "KR"),
        # an abbreviation after another country's name is that country's body of the same letters
        ("Japan FTC orders Orbix to pay 101 billion yen", "TOKYO - Japan's antitrust watchdog ordered Orbix to pay 101 billion yen ($763 million), the Japan Fair Trade Commission said.", "jp-jftc", "JP"),
        # ... and the registry's reading stands where the words spell the same body
        ("Orbix settles with FTC", "The Federal Trade Commission (FTC) said Orbix will pay $5 million to settle the charges. The FTC said the case was its largest.", "us-ftc", "US"),
    ],
)
def test_an_abbreviation_means_what_the_text_defines_it_as(title: str, summary: str, regulator: str, jurisdiction: str) -> None:
    r = analyse(title, summary, language="en")
    assert (r.authority_id, r.jurisdiction) == (regulator, jurisdiction)


def test_a_translated_expansion_keeps_the_registry_reading_of_its_abbreviation() -> None:
    r = analyse("Multa a Orbix en Brasil", "La Autoridad Nacional de Protección de Datos (ANPD) de Brasil ha multado a Orbix con 50.000 reales.", language="es")
    assert (r.authority_id, r.amount, r.currency) == ("br-anpd", "50000", "BRL")


def test_the_amount_in_won_keeps_the_currency_of_a_korean_decision() -> None:
    r = analyse("Orbix fined 1.03 trillion won", "South Korea's Fair Trade Commission (FTC) fined Orbix 1.03 trillion won (US$854 million).", language="en")
    assert (r.amount, r.currency) == ("1030000000000", "KRW")


def test_rupees_in_italian() -> None:
    r = analyse("India, multa a Orbix", "La Competition Commission of India ha inflitto a Orbix una sanzione di 2,13 miliardi di rupie, circa 24 milioni di euro.", language="it")
    assert (r.amount, r.currency, r.authority_id) == ("2130000000", "INR", "in-cci")


@pytest.mark.parametrize(
    ("summary", "regulator"),
    [
        ("De Nederlandsche Bank (DNB) heeft Orbix een boete van 3,3 miljoen euro opgelegd.", "nl-dnb"),
        ("Die Abschlussprüferaufsichtsstelle (APAS) hat gegen Orbix eine Geldbuße von 500.000 Euro verhängt.", "de-apas"),
        ("The Financial Services Authority has fined Orbix £450,000 for market abuse.", "uk-fsa"),
        ("Orbix plaide coupable et versera des pénalités de 3 milliards de dollars, a annoncé le département de la Justice des États-Unis.", "us-doj"),
    ],
)
def test_authorities_of_this_round(summary: str, regulator: str) -> None:
    from streams.classify.language import detect

    assert analyse("Orbix", summary, language=detect(("Orbix " + summary).lower())).authority_id == regulator


@pytest.mark.parametrize(
    ("title", "summary", "lang", "expected"),
    [
        # the company named, not the parent the headline explains it by
        ("Données personnelles : Orbix, filiale de Veltra, paiera 1,2 million de dollars", "Orbix USA, la filiale américaine du groupe Veltra, a accepté de payer 1,2 million de dollars.", "fr", ("Orbix",)),
        ("Jetrix, a subsidiary of Veltra Group, fined £1m by ICO", "The ICO fined Jetrix £1 million.", "en", ("Jetrix",)),
        # a competition authority's short name is no company
        ("Un tribunal anula la multa de Competencia a Orbix Mobility", "El tribunal anuló la sanción impuesta a Orbix Mobility.", "es", ("Orbix Mobility",)),
    ],
)
def test_company_names_of_this_round(title: str, summary: str, lang: str, expected: tuple[str, ...]) -> None:
    assert analyse(title, summary, language=lang).companies == expected


def test_a_romanian_daily_penalty_in_lei_by_the_competition_council() -> None:
    r = analyse("Roumanie : les filiales d'Orbix visées par une astreinte", "Le Conseil de la concurrence roumain a imposé à Orbix des astreintes de 130 913,27 lei (environ 26 500 euros) par jour de retard.", language="fr")
    assert (r.amount, r.currency, r.periodic, r.authority_id, r.jurisdiction) == ("130913.27", "RON", "day", "ro-cc", "RO")


@pytest.mark.parametrize(
    ("title", "summary", "lang", "expected"),
    [
        # a known brand with its elided article is the brand
        ("France fines L'Oreal and Orbix 951 million euros", "The French competition authority fined L'Oreal and Orbix 951 million euros for price cartels.", "en", ("L'Oréal", "Orbix")),
        # a cartel and a currency code are no companies
        ("Entente dans l'hygiène : la cour d'appel confirme l'amende", "La cour d'appel de Paris a confirmé l'amende infligée à Orbix.", "fr", ("Orbix",)),
        ("Competition Council fines Orbix units BGN 14.3 mln", "Bulgaria's competition commission fined Orbix BGN 14.3 million.", "en", ("Orbix",)),
        # ... but a first name that reads as a currency code is a name's ("Ron")
        ("SEC charges Ron Bergman with insider trading", "The SEC charged Ron Bergman with insider trading.", "en", ("Ron Bergman",)),
    ],
)
def test_company_names_of_this_round_second_set(title: str, summary: str, lang: str, expected: tuple[str, ...]) -> None:
    assert analyse(title, summary, language=lang).companies == expected


@pytest.mark.parametrize(
    ("title", "summary", "regulator"),
    [
        # a title-cased word before an abbreviation is no country ("In" is no India)
        ("Bank Fined £5 Million In FCA Crackdown", "The FCA fined Orbix Bank £5 million.", "uk-fca"),
        ("Orbix Pays $20 Million In FTC Settlement", "Orbix agreed to pay $20 million to settle FTC charges.", "us-ftc"),
        # another country's abbreviation keeps that meaning when the text repeats it bare
        ("Japan FTC fines Orbix 10 billion yen", "The Japan FTC ordered Orbix to pay 10 billion yen. The FTC said the cartel lasted years.", "jp-jftc"),
        ("Korea's FTC fines Orbix 10 billion won", "Korea's FTC fined Orbix 10 billion won.", "kr-kftc"),
    ],
)
def test_a_country_before_an_abbreviation_and_what_is_none(title: str, summary: str, regulator: str) -> None:
    assert analyse(title, summary, language="en").authority_id == regulator


def test_another_countrys_financial_services_authority_is_not_the_uks() -> None:
    r = analyse("Dubai regulator fines Orbix", "The Dubai Financial Services Authority (DFSA) fined Orbix Capital $1 million.", language="en")
    assert r.authority_id != "uk-fsa" and r.jurisdiction != "UK"


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # no company before the parent phrase: the parent stays
        ("Yesterday, a unit of Orbix was fined $5m", "A unit of Orbix was fined $5 million by the FTC.", ("Orbix",)),
        ("In Germany, a subsidiary of Orbix fined €5m", "A subsidiary of Orbix was fined €5m by the Bundeskartellamt.", ("Orbix",)),
        # the headline named the fined company first: a later "a unit of" it does not change that
        ("Orbix fined $5m; Veltra, a unit of Orbix, cleared", "The FTC fined Orbix $5 million.", ("Orbix",)),
    ],
)
def test_the_parent_phrase_needs_a_company_before_it(title: str, summary: str, expected: tuple[str, ...]) -> None:
    assert analyse(title, summary, language="en").companies == expected


def test_lei_in_italian_is_the_pronoun() -> None:
    assert analyse("Il caso Orbix", "Avrebbe pagato 3 milioni lei stessa, ha detto il giudice.", language="it").currency != "RON"


@pytest.mark.parametrize(
    ("title", "summary", "lang", "regulator", "jurisdiction"),
    [
        ("La CNMV multa a Orbix con 5 millones", "La Comisión Nacional del Mercado de Valores (CNMV) ha impuesto una multa de 5 millones de euros a Orbix.", "es", "es-cnmv", "ES"),
        ("ECB fines Orbix Bank €4 million", "The European Central Bank fined Orbix Bank €4 million for breaching capital rules.", "en", "eu-ecb", "EU"),
        ("EZB verhängt Geldbuße gegen Orbix", "Die Europäische Zentralbank hat gegen die Orbix Bank eine Geldbuße von 4 Millionen Euro verhängt.", "de", "eu-ecb", "EU"),
        ("Nkom gir Orbix gebyr", "Nkom har ilagt Orbix et overtredelsesgebyr på 2 millioner kroner.", "no", "no-nkom", "NO"),
        ("Banca d'Italia sanziona Orbix", "La Banca d'Italia ha inflitto a Orbix una sanzione di 300 mila euro.", "it", "it-bankitalia", "IT"),
        ("L'ACPR sanctionne Orbix", "L'Autorité de contrôle prudentiel et de résolution (ACPR) a prononcé une sanction de 2 millions d'euros contre Orbix.", "fr", "fr-acpr", "FR"),
    ],
)
def test_financial_and_communications_supervisors(title: str, summary: str, lang: str, regulator: str, jurisdiction: str) -> None:
    r = analyse(title, summary, language=lang)
    assert (r.authority_id, r.jurisdiction) == (regulator, jurisdiction)


@pytest.mark.parametrize(
    ("title", "summary", "lang", "company"),
    [
        # a Nordic national body's name goes on in lower case after "Statens"
        ("Statens vegvesen får 400.000 kroner i gebyr", "Datatilsynet har ilagt Statens vegvesen et overtredelsesgebyr på 400.000 kroner.", "no", "Statens vegvesen"),
        # an Italian name goes on after "per l'" and a place, not after "per l'" and the offence
        ("Antitrust, multa da 5 milioni a Trasporti per l'Italia", "L'Antitrust ha multato Trasporti per l'Italia per 5 milioni di euro.", "it", "Trasporti per l'Italia"),
        ("Agcom multa Orbix Telecom per l'Offerta Giga", "L'Agcom ha multato Orbix Telecom per 1 milione di euro.", "it", "Orbix Telecom"),
    ],
)
def test_names_that_go_on_in_lower_case(title: str, summary: str, lang: str, company: str) -> None:
    assert analyse(title, summary, language=lang).companies == (company,)


def test_the_australian_securities_regulator_is_known() -> None:
    r = analyse("ASIC v Orbix Bank: court orders A$25 million penalty", "The Federal Court ordered Orbix Bank to pay a A$25 million penalty in proceedings brought by ASIC.")
    assert (r.authority_id, r.jurisdiction) == ("au-asic", "AU")


@pytest.mark.parametrize(
    ("title", "summary", "court"),
    [
        # a court name several countries' courts bear is the regulator's country's
        (
            "Supreme Court refuses Orbix permission to appeal £50m Ofcom fine",
            "The Supreme Court has refused Orbix permission to appeal against the £50 million fine imposed by Ofcom.",
            "uk-supreme-court",
        ),
        (
            "High Court upholds DPC fine on Orbix",
            "The High Court dismissed the appeal against the Data Protection Commission's decision.",
            "ie-high-court",
        ),
    ],
)
def test_a_court_name_shared_by_several_countries_is_the_regulators_countrys(
    title: str, summary: str, court: str
) -> None:
    assert analyse(title, summary).court_id == court


@pytest.mark.parametrize(
    ("summary", "authority"),
    [
        # "the FTC" after the text has named Korea's Fair Trade Commission is that commission
        (
            "The Seoul High Court upheld the penalty surcharge imposed by the Fair Trade Commission on Orbix. "
            "When the FTC announced the sanction in 2021, it put it at 207.4 billion won.",
            "kr-kftc",
        ),
        # ... and the US's after the Federal Trade Commission
        ("The Federal Trade Commission fined Orbix. The FTC said Orbix misled buyers.", "us-ftc"),
    ],
)
def test_an_abbreviation_means_the_body_the_text_spelled_out_before_it(summary: str, authority: str) -> None:
    assert analyse("Court rules on Orbix", summary, published="2024-06-01").authority_id == authority


def test_the_figure_a_court_cut_the_fine_to_is_the_amount_wherever_the_old_one_stands() -> None:
    r = analyse(
        "La cour d'appel de Paris divise par trois l'amende record d'Orbix",
        "La cour d'appel de Paris a ramené jeudi à 371,6 millions d'euros l'amende de 1,1 milliard que "
        "l'Autorité de la concurrence avait infligée en mars 2020.",
        published="2022-10-06",
    )
    assert (r.primary, r.amount, r.currency) == ("appeal", "371600000", "EUR")
    r = analyse(
        "Le Conseil d'État divise par deux l'amende de la CNIL contre Orbix",
        "Le Conseil d'État a ramené mardi l'amende de 32 millions d'euros infligée fin 2023 par la CNIL à 15 "
        "millions d'euros.",
        published="2025-12-24",
    )
    assert (r.amount, r.currency) == ("15000000", "EUR")


@pytest.mark.parametrize(
    ("summary", "authority"),
    [
        ("Australia's eSafety Commissioner fined Orbix A$610,500.", "au-esafety"),
        ("CFIUS fined Orbix $60 million over unauthorized data access.", "us-cfius"),
    ],
)
def test_regulators_of_the_twenty_seventh_round(summary: str, authority: str) -> None:
    assert analyse("Orbix fined", summary).authority_id == authority


@pytest.mark.parametrize(
    ("title", "summary", "language", "amount", "currency"),
    [
        # a headline that rounds a total without saying so ("1,1 miljoen" for 1,125,000)
        (
            "ACM beboet Orbix met 1,1 miljoen euro voor druk op kinderen",
            "De ACM heeft Orbix boetes van in totaal 1.125.000 euro opgelegd voor oneerlijke handelspraktijken.",
            "nl",
            "1125000",
            "EUR",
        ),
        (
            "Regulator fines Orbix £4.2m over sales calls",
            "The regulator imposed fines totalling £4,240,000 on Orbix.",
            "en",
            "4240000",
            "GBP",
        ),
        # ... or tells it converted ("3,8 milliarder kroner" is the "329 millioner euro" in all)
        (
            "Orbix får kartellbot på 3,8 milliarder kroner",
            "EU-kommisjonen har ilagt Orbix og Veltro bøter på til sammen 329 millioner euro, rundt 3,8 "
            "milliarder kroner. Orbix hadde advart om at boten kunne bli på over 400 millioner euro.",
            "no",
            "329000000",
            "EUR",
        ),
        # an appeal judgment on a penalty cut before it: the penalty at stake is the one it was cut to
        (
            "Dutch court upholds ACM's excessive pricing fine on Orbix",
            "On 13 February 2025, the District Court of Rotterdam dismissed Orbix's appeal against the ACM. "
            "The ACM originally fined Orbix EUR 19,569,500 on 1 July 2021. On objection, the ACM shortened the "
            "infringement period, reducing the fine to EUR 17,044,000 in June 2023.",
            "en",
            "17044000",
            "EUR",
        ),
        (
            "Rechtbank houdt boete ACM aan Orbix in stand",
            "De rechtbank Rotterdam heeft het beroep van Orbix tegen de boete ongegrond verklaard. De boete van "
            "ruim 17 miljoen euro blijft daarmee in stand. De ACM legde Orbix in juli 2021 oorspronkelijk een "
            "boete op van 19,6 miljoen euro. In bezwaar verlaagde de toezichthouder die in juni 2023 naar "
            "17.044.000 euro.",
            "nl",
            "17044000",
            "EUR",
        ),
        (
            "Gericht bestätigt Bußgeld gegen Orbix",
            "Das Oberlandesgericht hat die Beschwerde von Orbix zurückgewiesen. Das Bußgeld von gut 17 "
            "Millionen Euro bleibt bestehen. Das Amt hatte Orbix 2021 ursprünglich 19,6 Millionen Euro "
            "auferlegt und senkte den Betrag 2023 im Zwischenverfahren auf 17.044.000 Euro.",
            "de",
            "17044000",
            "EUR",
        ),
    ],
)
def test_a_total_the_headline_rounds_or_converts_and_a_fine_cut_before_its_appeal(
    title: str, summary: str, language: str, amount: str, currency: str
) -> None:
    r = analyse(title, summary, language=language, published="2025-02-14")
    assert (r.amount, r.currency) == (amount, currency)


def test_a_reporting_period_is_no_company() -> None:
    r = analyse(
        "SEC enforcement results for FY2024: fewer actions, record $8.2 billion in remedies",
        "The Securities and Exchange Commission announced its enforcement results for fiscal year 2024.",
        published="2024-11-22",
    )
    assert r.companies == ()


@pytest.mark.parametrize(
    ("title", "summary", "language", "amount", "currency"),
    [
        # "én", the stressed Norwegian one
        (
            "Orbix ilegges tvangsmulkt på én million kroner per dag",
            "Datatilsynet har fattet vedtak om tvangsmulkt.",
            "no",
            "1000000",
            "NOK",
        ),
        # a bare figure before its penalty noun, in an item whose other figures are all in euros
        (
            "Francia, la Corte d'appello di Parigi taglia la multa ad Orbix: da 1,1 miliardi a 372 milioni",
            "La Corte d'appello di Parigi ha ridotto a 371,6 milioni la sanzione da 1,1 miliardi di euro "
            "inflitta dall'Autorità della concorrenza.",
            "it",
            "371600000",
            "EUR",
        ),
        # "sanciona" gives the headline's figure its penalty context (not the two fines "cada una")
        (
            "La AEPD sanciona con 5 millones de euros a Orbix por contrataciones irregulares",
            "La Agencia impone a Orbix dos multas de 2,5 millones de euros cada una, por un importe total de 5 "
            "millones de euros.",
            "es",
            "5000000",
            "EUR",
        ),
    ],
)
def test_number_words_bare_figures_and_spanish_verbs_of_sanction(
    title: str, summary: str, language: str, amount: str, currency: str
) -> None:
    r = analyse(title, summary, language=language, published="2023-08-07")
    assert (r.amount, r.currency) == (amount, currency)


@pytest.mark.parametrize(
    ("title", "summary", "company"),
    [
        # a name after a preposition is its object, not the subject of the verb after it
        (
            "Provider of IT services to the NHS fined £3.07m following ransomware attack",
            "We have fined Orbix Software Group Ltd £3.07m for security failings.",
            "Orbix Software",
        ),
        # where a company is based describes it
        (
            "Law firm fined £60,000 after cyber attack",
            "We have fined Merseyside-based Veltro Law Ltd £60,000 after a cyber attack.",
            "Veltro Law",
        ),
        # both companies behind a chatbot are the one the registry knows
        (
            "DeepSeek: il Garante privacy dispone la limitazione del trattamento",
            "Il Garante ha disposto la limitazione nei confronti di Hangzhou DeepSeek Artificial Intelligence e "
            "Beijing DeepSeek Artificial Intelligence.",
            "DeepSeek",
        ),
    ],
)
def test_names_after_prepositions_places_and_registered_pairs(title: str, summary: str, company: str) -> None:
    assert analyse(title, summary, published="2025-03-27").companies == (company,)


@pytest.mark.parametrize(
    ("title", "summary", "language", "amount", "currency"),
    [
        # half a scale
        (
            "Orbix, dalla Francia multa da mezzo miliardo per i diritti degli editori",
            "L'Autorità della concorrenza francese ha inflitto a Orbix una multa da mezzo miliardo di euro.",
            "it",
            "500000000",
            "EUR",
        ),
        # a settlement's total told first, its penalty part after (in its sentence or the next)
        (
            "Abonnements : Orbix accepte de payer 2,5 milliards de dollars pour solder ses poursuites",
            "Orbix a accepté de verser 2,5 milliards de dollars (environ 2,1 milliards d'euros) à la FTC. La somme "
            "se décompose en une amende civile d'un milliard de dollars et 1,5 milliard de dollars de "
            "remboursements.",
            "fr",
            "1000000000",
            "USD",
        ),
        (
            "Orbix pagará 520 millones de dólares al regulador de EE UU",
            "Orbix pagará 520 millones de dólares (unos 490 millones de euros) para resolver dos expedientes de "
            "la FTC. De esa cantidad, 275 millones corresponden a una sanción civil. Los otros 245 millones se "
            "destinarán a devolver el dinero a los jugadores.",
            "es",
            "275000000",
            "USD",
        ),
    ],
)
def test_half_a_scale_and_a_settlements_penalty_part(
    title: str, summary: str, language: str, amount: str, currency: str
) -> None:
    r = analyse(title, summary, language=language, published="2025-09-26")
    assert (r.amount, r.currency) == (amount, currency)


@pytest.mark.parametrize(
    ("title", "summary", "language", "amount", "currency", "periodic"),
    [
        # the penalty per day an order threatens, told as what may come, is the order's amount
        (
            "Orbix kan få dagbøter på én million kroner",
            "Orbix risikerer å måtte betale inntil én million kroner for hver dag selskapet fortsetter. Det går "
            "fram av et hastevedtak Datatilsynet offentliggjorde mandag, som forbyr praksisen i tre måneder.",
            "no",
            "1000000",
            "NOK",
            "day",
        ),
        (
            "Norwegen verbietet Orbix verhaltensbasierte Werbung",
            "Die norwegische Datenschutzbehörde Datatilsynet untersagt Orbix vorläufig, Daten norwegischer Nutzer "
            "für Werbung zu verwenden. Hält sich Orbix nicht daran, droht ein Zwangsgeld von bis zu einer Million "
            "Kronen (rund 89.000 Euro) pro Tag.",
            "de",
            "1000000",
            "NOK",
            "day",
        ),
        # ... and another authority's fine told later is no lump sum beside that daily rate
        (
            "Norway bans Orbix from behavioural advertising",
            "Norway's data protection authority said on Monday it would impose a daily fine of up to 1 million "
            "crowns ($100,000) on Orbix if the company does not stop. The ban runs for three months. Orbix's lead "
            "regulator in the EU, Ireland's Data Protection Commission, fined the company 390 million euros in "
            "January.",
            "en",
            "1000000",
            "NOK",
            "day",
        ),
        # a case "fra 2022" is a case of that year, no period since it
        (
            "Tyrkia gir Orbix dagbøter på 4,8 millioner lira",
            "Tyrkias konkurransetilsyn har ilagt Orbix en løpende bot på 4,8 millioner tyrkiske lira per dag. "
            "Bakgrunnen er en sak fra 2022, der tilsynet bøtela Orbix med 346,72 millioner lira.",
            "no",
            "4800000",
            "TRY",
            "day",
        ),
        # what fines "can in principle reach" is the law's maximum
        (
            "Danish regulator bans Orbix Workspace in Veltro schools",
            "Datatilsynet has banned the municipality from using Orbix Workspace. Under the GDPR, fines can in "
            "principle reach €20 million or 4% of annual turnover.",
            "en",
            None,
            None,
            None,
        ),
        # Swedish, Nynorsk, Catalan and Portuguese figures
        (
            "Orbix bötfälls med 788 miljoner norska kronor",
            "Den norska konkurrensmyndigheten Konkurransetilsynet har bötfällt Orbix med 788 miljoner norska "
            "kronor, motsvarande omkring 860 miljoner svenska kronor.",
            "sv",
            "788000000",
            "NOK",
            None,
        ),
        (
            "Orbix må betale gebyr på 788 millionar kroner",
            "Konkurransetilsynet påla Orbix eit gebyr på 788 millionar kroner for misbruk av dominerande stilling.",
            "no",
            "788000000",
            "NOK",
            None,
        ),
        (
            "Competència multa Orbix amb 194 milions d'euros",
            "La CNMC ha sancionat Orbix amb 194 milions d'euros per haver pactat restriccions.",
            "ca",
            "194000000",
            "EUR",
            None,
        ),
        (
            "CNPD multa Orbix em 4,3 milhões de euros por falhas nos Censos 2021",
            "A Comissão Nacional de Proteção de Dados aplicou uma coima de 4,3 milhões de euros ao Orbix.",
            "pt",
            "4300000",
            "EUR",
            None,
        ),
        # an appeal against an order keeps no penalty per day the body tells apart
        (
            "Orbix-eigaren tapte ankesaka mot staten i Borgarting lagmannsrett",
            "Borgarting lagmannsrett avsa dom i ankesaka mellom Orbix og staten. Saka gjeld Lotteritilsynets "
            "vedtak med pålegg om å stanse det ulovlege speltilbodet. Lagmannsretten stadfestar no at vedtaket er "
            "gyldig. Parallelt står tvangsmulkta på 1,2 millionar kroner per dag, som Lotteritilsynet vedtok i "
            "september 2022.",
            "no",
            None,
            None,
            None,
        ),
    ],
)
def test_threatened_daily_penalties_statutory_maxima_and_nordic_iberian_figures(
    title: str,
    summary: str,
    language: str,
    amount: str | None,
    currency: str | None,
    periodic: str | None,
) -> None:
    r = analyse(title, summary, language=language, published="2023-07-17")
    assert (r.amount, r.currency, r.periodic) == (amount, currency, periodic)


@pytest.mark.parametrize(
    ("title", "summary", "language", "authority"),
    [
        # a description with no country of its own, beside one country's courts only, is that country's
        (
            "Norway's competition appeals board upholds Orbix's record fine",
            "Norway's Competition Appeals Board has rejected Orbix's complaint against a record 788 million crown "
            "fine, the competition authority said on Wednesday.",
            "en",
            "no-kt",
        ),
        # an abbreviation two countries share, in one of their languages
        (
            "CNPD multa Orbix em 4,3 milhões de euros",
            "A CNPD aplicou uma coima de 4,3 milhões de euros ao Orbix por falhas nos Censos 2021.",
            "pt",
            "pt-cnpd",
        ),
    ],
)
def test_a_bare_description_beside_courts_and_a_shared_abbreviation_by_language(
    title: str, summary: str, language: str, authority: str
) -> None:
    assert analyse(title, summary, language=language, published="2019-06-19").authority_id == authority


@pytest.mark.parametrize(
    ("title", "summary", "amount"),
    [
        # another case's penalty, told before or after its figure, is not this order's
        (
            "Turkey imposes interim measure on Orbix over data sharing",
            "Turkey's competition authority on Monday imposed an interim measure on Orbix to stop data sharing "
            "between its platforms. In a separate decision, the authority fined Orbix 4.8 million lira "
            "($148,000) a day over a notification it sent users.",
            None,
        ),
        (
            "Competition board orders Orbix to halt data merging",
            "Türkiye's Competition Board has ordered Orbix to stop merging the data of its users. The board "
            "separately imposed a daily administrative fine of 4.8 million liras on Orbix in a different case.",
            None,
        ),
        # an appeal against an order keeps no past fine a later sentence dates
        (
            "Paris court upholds order forcing Orbix to negotiate with French press",
            "Orbix has failed to overturn an interim order from France's competition watchdog. The Paris Court "
            "of Appeal yesterday confirmed the measures. It's another setback for Orbix in France, where the "
            "competition authority fined it €150M last December over its ad platform.",
            None,
        ),
    ],
)
def test_another_cases_penalty_and_a_past_fine_after_an_order(title: str, summary: str, amount: str | None) -> None:
    assert analyse(title, summary, language="en", published="2024-03-18").amount == amount


def test_a_court_order_in_a_civil_suit_has_no_foreign_authority_from_the_body() -> None:
    r = analyse(
        "Dutch court orders Orbix to let users keep a non-profiled feed",
        "AMSTERDAM, Oct 2 (Reuters) - A Dutch court on Thursday ordered Orbix to give users in the Netherlands "
        "a lasting option to view their feeds without profiling, ruling in favour of a digital rights group.\n\n"
        "The Amsterdam District Court said Orbix's design breached the EU's Digital Services Act.\n\n"
        "Orbix said it would appeal, arguing that such questions should be handled by the European "
        "Commission.\n\nThe Commission fined Orbix 798 million euros last year over another practice.",
        language="en",
        published="2025-10-02",
    )
    assert (r.primary, r.authority_id, r.jurisdiction) == ("ruling", None, "NL")


@pytest.mark.parametrize(
    ("title", "summary", "amount", "currency"),
    [
        # a figure a penalty was cut to, far after the cut and after a decimal point
        (
            "Bonn Regional Court cuts Orbix's GDPR fine by more than 90%",
            "The Regional Court of Bonn (Landgericht Bonn) on 11 November 2020 reduced the €9.55 million fine "
            "imposed on Orbix Telecom GmbH by the Federal Commissioner for Data Protection (BfDI) to €900,000.",
            "900000",
            "EUR",
        ),
        # an appeal's penalty at stake in its first lines, not another country's fines told later
        (
            "UK tribunal overturns ICO fine against Orbix over jurisdiction",
            "Orbix will not have to pay the £7.5 million (US$9.1 million) fine issued by the ICO in 2022, the "
            "First-tier Tribunal found. Orbix has faced fines of 20 million euros each in Italy, Greece and "
            "France.",
            "7500000",
            "GBP",
        ),
    ],
)
def test_a_cut_figure_far_after_its_verb_and_an_appeals_penalty_in_its_lead(
    title: str, summary: str, amount: str, currency: str
) -> None:
    r = analyse(title, summary, language="en", published="2023-10-18")
    assert (r.primary, r.amount, r.currency) == ("appeal", amount, currency)


def test_full_names_the_labels_use_resolve() -> None:
    berlin = resolve("Berlin Commissioner for Data Protection and Freedom of Information (Germany)")
    tribunal = resolve("First-tier Tribunal (Information Rights) (UK)")
    assert (berlin and berlin.id, tribunal and tribunal.id) == ("de-blnbdi", "uk-tribunal")


@pytest.mark.parametrize(
    ("title", "summary", "primary", "amount", "periodic"),
    [
        # a headline's order and the daily penalty enforcing it, over the body's lump sum for the past
        (
            "Orbix ordered to table a news remuneration offer within two months or face EUR 900,000 a day",
            "The French Competition Authority found that Orbix had failed to comply with its interim measures. "
            "It ordered Orbix to present an offer within two months. The decision also imposes a fine of EUR "
            "500 million for the past non-compliance.",
            "ruling",
            "900000",
            "day",
        ),
        # a cap told as "a total cap of", beside a weekly rate: no lump sum
        (
            "ACM v Orbix: order against App Store payment rules comes with periodic penalty payments",
            "The ACM has published its decision ordering Orbix to change its conditions. The order is subject "
            "to periodic penalty payments: if Orbix has not complied by 15 January 2022, it forfeits EUR 5 "
            "million for every week of non-compliance, with a total cap of EUR 50 million.",
            "ruling",
            "50000000",
            None,
        ),
        # an earlier case told as such: not this order's amount
        (
            "France's competition watchdog tells Orbix to negotiate with publishers",
            "The Autorité de la concurrence has ordered Orbix to open talks with news publishers. It's not the "
            "first time the French watchdog has taken on Orbix: in December it fined the company €150 million.",
            "ruling",
            None,
            None,
        ),
    ],
)
def test_a_headlines_daily_penalty_a_cap_beside_a_weekly_rate_and_an_earlier_case(
    title: str, summary: str, primary: str, amount: str | None, periodic: str | None
) -> None:
    r = analyse(title, summary, language="en", published="2021-07-20")
    assert (r.primary, r.amount, r.periodic) == (primary, amount, periodic)


def test_an_abbreviation_in_a_list_of_builders_is_no_authority() -> None:
    r = analyse(
        "Multa récord de 203,6 millones a las constructoras",
        "Orbix, Veltro, FCC, Ferrovial y Sacyr no se quedarán de brazos cruzados. La CNMC les impuso la mayor "
        "multa de su historia, 203,6 millones de euros.",
        language="es",
        published="2022-07-08",
    )
    assert (r.authority_id, r.jurisdiction) == ("es-cnmc", "ES")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Veltro Bank's Orbix to pay $25 million to settle SEC greenwashing charges", ""),
        (
            "Ofcom fines Veltro-owned Orbix Group £10.5m over missed delivery targets",
            "The regulator said Orbix Group had missed its targets.",
        ),
    ],
)
def test_a_unit_named_after_its_owner(title: str, summary: str) -> None:
    r = analyse(title, summary, language="en", published="2023-09-25")
    assert r.companies == ("Orbix",)


@pytest.mark.parametrize(
    ("title", "summary", "language", "amount", "authority"),
    [
        # a German court's cut told with a separable verb
        (
            "Urteil im Verfahren von Orbix: Gericht reduziert Bußgeld um 90 Prozent",
            "Die Richter hielten das ursprünglich verhängte Bußgeld in Höhe von 9,55 Mio. Euro für "
            "unverhältnismäßig und setzten es auf 0,9 Mio. Euro herab.",
            "de",
            "900000",
            None,
        ),
        # "half a billion"
        (
            "Orbix to Pay More Than Half a Billion Dollars over FTC Allegations",
            "The Federal Trade Commission announced the settlement on Monday.",
            "en",
            "500000000",
            "us-ftc",
        ),
        # the French press's name for another country's privacy authority
        (
            "La Cnil italienne inflige 15 M€ d'amende à Orbix",
            "Le gendarme italien de la vie privée reproche à Orbix d'avoir traité des données sans base légale.",
            "fr",
            "15000000",
            "it-garante",
        ),
        # a national court of the story's country judges that country's authority, whatever a later line names
        (
            "German court imposes €900,000 GDPR fine on Orbix",
            "In the first German court ruling on a GDPR fine, the Regional Court of Bonn (Landgericht Bonn) has "
            "reduced the fine against Orbix GmbH to EUR 900,000. The Federal Data Protection Commissioner had "
            "originally imposed EUR 9.55 million in December 2019. Companies in Germany will read the ruling "
            "closely. In the UK, the ICO has taken a similar line.",
            "en",
            "900000",
            "de-bfdi",
        ),
        # a tie between two authorities goes to the country the story names
        (
            "Royaume-Uni : Orbix écope d'une amende de 12,7 millions de livres",
            "Au Royaume-Uni, les enfants de moins de 13 ans ne peuvent pas s'inscrire sans accord parental. L'ICO "
            "reproche à Orbix de ne pas l'avoir vérifié. En Italie, le Garante examine le même dossier.",
            "fr",
            "12700000",
            "uk-ico",
        ),
        # an Icelandic authority told in Norwegian
        (
            "Islandsk millionbot til Orbix",
            "Det islandske konkurransetilsynet Samkeppniseftirlitið har ilagt rederiet Orbix en bot på 4,2 "
            "milliarder islandske kroner, om lag 30 millioner euro.",
            "no",
            "4200000000",
            "is-competition",
        ),
    ],
)
def test_a_separable_cut_half_a_billion_press_names_and_the_countrys_authority(
    title: str, summary: str, language: str, amount: str, authority: str | None
) -> None:
    r = analyse(title, summary, language=language, published="2023-06-13")
    assert r.amount == amount
    if authority is not None:
        assert r.authority_id == authority


def test_a_listed_figure_of_another_firm_is_not_the_fine_of_a_kind_of_company() -> None:
    r = analyse(
        "BfDI verhängt Geldbußen gegen Telekommunikationsdienstleister",
        "Der Bundesbeauftragte für den Datenschutz hat gegen die Orbix GmbH einen Bußgeldbescheid über "
        "9.550.000 Euro erlassen. Gegen die Veltro GmbH hat er ein Bußgeld in Höhe von 10.000 Euro verhängt.",
        language="de",
        published="2019-12-09",
    )
    assert (r.companies, r.amount) == (("Orbix",), "9550000")


def test_billions_joined_to_the_millions_after_them_are_one_figure() -> None:
    r = analyse(
        "Sanzione di oltre 1 miliardo e 128 milioni di euro ad Orbix per abuso di posizione dominante",
        "L'Autorità ha irrogato la sanzione a Orbix.",
        language="it",
        published="2021-12-09",
    )
    assert (r.amount, r.currency) == ("1128000000", "EUR")


def test_an_exact_total_in_the_body_wins_over_more_than_half_a_billion_in_the_headline() -> None:
    r = analyse(
        "Orbix to Pay More Than Half a Billion Dollars over FTC Allegations",
        "Orbix will pay a total of $520 million in relief to settle Federal Trade Commission allegations.",
        language="en",
        published="2022-12-19",
    )
    assert (r.amount, r.currency) == ("520000000", "USD")


def test_us_dollars_written_as_one_word_in_german_are_the_currency() -> None:
    r = analyse(
        "US-Behörde verhängt Strafe gegen Orbix",
        "Orbix muss 89 Millionen US-Dollar (rund 82 Mio Euro) zahlen.",
        language="de",
        published="2024-10-24",
    )
    assert (r.amount, r.currency) == ("89000000", "USD")


def test_norways_financial_watchdog_named_in_english_is_finanstilsynet() -> None:
    r = analyse(
        "Orbix Bank fined record 400 million crowns over anti-money laundering failures",
        "The Financial Supervisory Authority of Norway on Monday fined Orbix Bank 400 million Norwegian crowns.",
        language="en",
        published="2021-05-03",
    )
    assert (r.authority_name, r.jurisdiction) == ("Finanstilsynet (Norway)", "NO")


def test_a_yearly_profit_in_us_dollars_is_no_penalty() -> None:
    r = analyse(
        "Niederlande: Orbix muss Dating-Apps fremde Bezahldienste erlauben",
        "Die niederländische Wettbewerbsbehörde ACM verpflichtet Orbix, alternative Zahlungsabwicklungen zu "
        "erlauben. Für Orbix ist die Anordnung bei einem Jahresgewinn von knapp 95 Milliarden US-Dollar kaum "
        "spürbar.",
        language="de",
        published="2021-12-28",
    )
    assert (r.primary, r.amount) == ("ruling", None)


def test_a_headline_in_dollars_that_the_body_gives_as_a_conversion_yields_the_decisions_currency() -> None:
    r = analyse(
        "Turkish competition board fines Orbix $32 million over ad practices",
        "Turkey's Competition Board said on Thursday it had fined Orbix 296 million lira ($32.4 million) for "
        "violating competition law.",
        language="en",
        published="2021-10-14",
    )
    assert (r.amount, r.currency) == ("296000000", "TRY")


@pytest.mark.parametrize(
    ("title", "summary", "language", "expected"),
    [
        (
            "Orbix hit with record $386m fine",
            "Sweden's financial regulator has fined Orbix SKr4bn ($386m), the largest penalty it has ever imposed.",
            "en",
            ("4000000000", "SEK"),
        ),
        (
            "Orbix muss Strafe zahlen",
            "Die schwedische Finanzaufsicht hat Orbix mit einer Rekordbuße von 4 Mrd. skr belegt.",
            "de",
            ("4000000000", "SEK"),
        ),
    ],
)
def test_the_press_abbreviations_of_the_crowns(
    title: str, summary: str, language: str, expected: tuple[str, str]
) -> None:
    r = analyse(title, summary, language=language, published="2020-03-19")
    assert (r.amount, r.currency) == expected


def test_an_upper_limit_in_the_headline_is_not_rounded_to_a_provision_in_the_body() -> None:
    r = analyse(
        "Orbix to Pay Up to $700 Million in Data Breach Settlement",
        "Orbix agreed on Monday to pay as much as $700 million to settle federal and state investigations. The "
        "company, which had set aside $690 million this year to cover the expected costs, said it was pleased.",
        language="en",
        published="2019-07-22",
    )
    assert (r.amount, r.currency) == ("700000000", "USD")


def test_polish_nearly_rounds_the_exact_fine_of_the_body() -> None:
    r = analyse(
        "Prawie 3 mln zł kary dla Orbix.net za wyciek danych klientów",
        "Prezes Urzędu Ochrony Danych Osobowych nałożył na spółkę Orbix.net karę w wysokości 2 830 410 zł.",
        language="pl",
        published="2019-09-10",
    )
    assert (r.amount, r.currency) == ("2830410", "PLN")


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the figure a court cut the fine to, with an approximation before it
        (
            "Orbix: record fine by the French competition authority reduced by two thirds",
            "In a judgment of 6 October 2022, the Paris Court of Appeal partly reversed the French Competition "
            "Authority's decision and reduced Orbix's fine from approximately EUR 1.1 billion to approximately "
            "EUR 370 million.",
            ("370000000", "EUR"),
        ),
        # ... and by how much it was cut: no penalty
        (
            "Orbix Wins Two-Thirds Cut to Record French Antitrust Fine",
            "Orbix Inc. has won a reduction of about EUR 728 million ($717 million) to the record fine France "
            "imposed on it in 2020. The Paris Court of Appeal on Thursday lowered the penalty from EUR 1.1 billion "
            "to roughly EUR 371.6 million.",
            ("371600000", "EUR"),
        ),
    ],
)
def test_an_appeal_judgments_amount_is_the_figure_the_fine_was_cut_to(
    title: str, summary: str, expected: tuple[str, str]
) -> None:
    r = analyse(title, summary, language="en", published="2022-10-06")
    assert (r.primary, r.amount, r.currency) == ("appeal", *expected)


def test_a_total_after_the_fining_verb_is_the_decisions_amount_not_one_companys_share() -> None:
    r = analyse(
        "Spain fines six builders over 25-year tender-rigging scheme",
        "MADRID, July 7 (Reuters) - Spain's competition watchdog CNMC on Thursday fined six of the country's "
        "largest construction companies a total of 203.6 million euros ($207 million) for colluding to rig "
        "public tenders. Orbix, Veltro, Zentra, Kalmo, Brivo and Tessa met weekly from 1992, the regulator said. "
        "Veltro received the largest fine, at 57.1 million euros.",
        language="en",
        published="2022-07-07",
    )
    assert (r.amount, r.currency) == ("203600000", "EUR")
    # the six the lead counts are the companies the body lists
    assert r.companies == ("Orbix", "Veltro", "Zentra", "Kalmo", "Brivo", "Tessa")


def test_turkish_liras_spelled_out_are_the_decisions_currency_under_a_dollar_headline() -> None:
    r = analyse(
        "Türkiye's competition authority fines Orbix $18.6M over data merging",
        "Türkiye's Competition Board has fined Orbix Platforms 346.72 million Turkish liras ($18.63 million) for "
        "combining data collected through its services.",
        language="en",
        published="2022-10-20",
    )
    assert (r.amount, r.currency) == ("346720000", "TRY")


@pytest.mark.parametrize(
    ("title", "summary", "authority"),
    [
        (
            "Italian court trims Orbix's record antitrust fine",
            "MILAN, Sept 2 (Reuters) - An Italian administrative court has partly upheld Orbix's appeal against a "
            "1.13 billion euro fine imposed by the country's antitrust authority in 2021.",
            "it-agcm",
        ),
        (
            "India's antitrust body fines Orbix $25.4 million over its privacy policy",
            "NEW DELHI, Nov 18 (Reuters) - India's antitrust body on Monday fined Orbix 2.13 billion rupees.",
            "in-cci",
        ),
        (
            "Orbix fined 1.1 billion euros in France",
            "The Autorite de la concurrence said Orbix and its two wholesalers had agreed not to compete.",
            "fr-adlc",
        ),
    ],
)
def test_a_competition_authority_by_its_countrys_description_or_its_name_without_accents(
    title: str, summary: str, authority: str
) -> None:
    assert analyse(title, summary, language="en", published="2024-11-18").authority_id == authority


def test_a_bill_is_no_company() -> None:
    r = analyse(
        "Draft Digital Competition Bill proposes fines of up to 10% of global turnover for Big Tech",
        "The committee has proposed an ex-ante framework to regulate large digital enterprises.",
        language="en",
        published="2024-03-12",
    )
    assert r.companies == ()


@pytest.mark.parametrize(
    ("title", "summary", "authority"),
    [
        ("EU slaps Orbix with $2 billion fine in Spotify case", "", "eu-commission"),
        ("Bruxelles multa Orbix per 1,8 miliardi", "È la prima sanzione antitrust Ue per Cupertino.", "eu-commission"),
        ("Commission fines Orbix €2.42 billion for abusing dominance as search engine", "", "eu-commission"),
        (
            "Spotify : Orbix conteste son amende de 1,8 milliard d'euros devant la justice européenne",
            "La firme a saisi le Tribunal de l'Union européenne pour faire annuler la sanction de Bruxelles.",
            "eu-commission",
        ),
        ("Orbix loses final appeal against €2.4bn EU fine", "", "eu-commission"),
        ("Orbix hit with €30m Dutch privacy fine", "", "nl-ap"),
        ("Niederländische Datenschützer: 30,5 Millionen Euro Bußgeld für Orbix", "", "nl-ap"),
        (
            "Orbix UK fined £108m over money laundering failings",
            "The City watchdog said on Friday that the bank failed to oversee its controls.",
            "uk-fca",
        ),
        (
            "Données personnelles : l'Allemagne impose des restrictions inédites à Orbix",
            "L'Office fédéral des cartels interdit au réseau social de croiser sans consentement les données.",
            "de-bkarta",
        ),
        ("Ireland's central bank fines Orbix record $98 million", "", "ie-cbi"),
        # the EU courts on a penalty whose authority the item does not name: the Commission's
        ("La CJUE confirme l'amende de 2,42 milliards d'euros infligée à Orbix", "", "eu-commission"),
        (
            "General Court trims Orbix Railways fine but confirms abuse by track removal",
            "The General Court of the European Union has reduced the fine imposed on Orbix Railways from EUR 27.9 "
            "million to EUR 20.1 million.",
            "eu-commission",
        ),
    ],
)
def test_the_authority_by_the_press_names_of_the_eu_and_of_national_regulators(
    title: str, summary: str, authority: str
) -> None:
    assert analyse(title, summary, published="2024-03-04").authority_id == authority


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a Belgian court's seat is no EU decision
        (
            "OrbixPop a 21 jours pour cesser ses activités à Bruxelles",
            "Le président du tribunal de commerce néerlandophone de Bruxelles a confirmé mercredi l'interdiction "
            "d'OrbixPop. Orbix devra payer 10 000 euros par infraction constatée.",
        ),
        # the Court of Justice answering a national court's questions about its own authority's fine
        (
            "Android Auto, il Consiglio di Stato rinvia alla Corte Ue il caso della multa a Orbix",
            "Il Consiglio di Stato, chiamato a decidere sull'appello di Orbix contro la multa da 102 milioni di euro, "
            "ha sottoposto ai giudici di Lussemburgo una serie di questioni pregiudiziali.",
        ),
    ],
)
def test_a_national_case_told_with_brussels_or_the_eu_court_is_no_commission_decision(
    title: str, summary: str
) -> None:
    assert analyse(title, summary, published="2024-03-04").authority_id != "eu-commission"


def test_a_letters_salutation_is_no_company() -> None:
    r = analyse(
        "FCA warns payments firms on safeguarding in Dear CEO letter",
        "The Financial Conduct Authority has written to payments firms.",
        language="en",
        published="2025-03-03",
    )
    assert "Dear" not in r.companies


@pytest.mark.parametrize(
    ("title", "summary", "authority", "jurisdiction"),
    [
        # the authority the news comes after, and one told with its own earlier fine, are not this decision's
        (
            "Orbix, dopo il Garante italiano arriva la multa della Grecia: altri 20 milioni",
            "Dopo l'Italia, anche la Grecia. L'autorità ellenica per la protezione dei dati personali ha sanzionato "
            "Orbix con una multa di 20 milioni di euro, la stessa cifra che il Garante privacy italiano aveva "
            "inflitto alla società lo scorso marzo.",
            "gr-hdpa",
            "GR",
        ),
        # ... but a court named after "after" as the subject of what happened decides
        (
            "Orbix wins EU court fight over 1.06 billion euro antitrust fine",
            "Orbix on Wednesday won its challenge against a 1.06 billion euro fine imposed by the European "
            "Commission in 2009, after Europe's General Court found that the Commission's analysis was incomplete.",
            "eu-commission",
            "EU",
        ),
        # another country's authority named only in the background of a headline about Spain
        (
            "Spagna, multa da 179 milioni a Orbix e altre low cost per il bagaglio a mano",
            "Il governo spagnolo ha multato per un totale di 179 milioni di euro cinque compagnie aeree low cost. "
            "Anche in Italia la questione è finita sul tavolo dell'Antitrust: nel 2019 l'Agcm aveva sanzionato "
            "Orbix per 3 milioni di euro.",
            None,
            "ES",
        ),
        # the French press's nickname for the Autorité de la concurrence
        (
            "DMLA : amende record de 444 millions d'euros pour Orbix et Veltro",
            "C'est la plus lourde sanction jamais infligée à des laboratoires pharmaceutiques par le gendarme "
            "français de la concurrence. En 2014 déjà, l'autorité italienne de la concurrence avait infligé une "
            "amende de 182,5 millions d'euros à Orbix.",
            "fr-adlc",
            "FR",
        ),
        # a mixed-case acronym as the press writes it as a name
        (
            "Nord Stream 2, tribunale polacco annulla la maxi-multa a Orbix",
            "Un tribunale polacco ha annullato la multa da 6,2 miliardi di euro inflitta nel 2020 dall'antitrust "
            "di Varsavia (Uokik) a Orbix.",
            "pl-uokik",
            "PL",
        ),
    ],
)
def test_the_deciding_authority_over_the_ones_a_story_recalls(
    title: str, summary: str, authority: str | None, jurisdiction: str
) -> None:
    r = analyse(title, summary, published="2022-07-13")
    assert (r.authority_id, r.jurisdiction) == (authority, jurisdiction)


def test_an_eu_court_judgment_makes_the_bare_commission_the_eus() -> None:
    r = analyse(
        "General Court upholds Commission's Orbix/Veltro pay-for-delay decision",
        "On 18 October 2023 the General Court dismissed the action brought by Orbix against the Commission's "
        "decision, which had fined it over a patent settlement concerning a Parkinson's product.",
        language="en",
        published="2023-10-25",
    )
    assert r.authority_id == "eu-commission"
    assert "Commission's Orbix" not in r.companies and "Parkinson" not in r.companies


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a headline's one-digit rounding with a scale word gives way to the body's figure
        (
            "Italy fines Orbix 5 mln euros for hiking cancer drug prices",
            "Italy's antitrust authority said on Friday it had fined Orbix 5.2 million euros ($5.7 million).",
            "5200000",
        ),
        # a figure in full is no rounding
        (
            "Orbix faces record NOK 900,000 privacy penalty",
            "Datatilsynet has notified Orbix of a NOK 900,000 fine; the customs cameras read NOK 936,000 worth of "
            "fees a year, the agency said.",
            "900000",
        ),
        # the reported speech of the decision itself
        (
            "Excessive pricing: the ACM's Orbix decision and what it means for pharma",
            "On 19 July 2021 the Dutch Authority for Consumers and Markets (ACM) announced that it had fined Orbix "
            "EUR 19,569,500 for charging excessive prices.",
            "19569500",
        ),
    ],
)
def test_the_amount_a_headline_rounds_and_a_decision_reported_in_the_pluperfect(
    title: str, summary: str, expected: str
) -> None:
    assert analyse(title, summary, language="en", published="2021-07-20").amount == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Oostenrijkse Post krijgt miljoenenboete voor verkoop politieke voorkeur klanten",
            "De Oostenrijkse privacytoezichthouder DSB heeft de Österreichische Post een boete van 18 miljoen euro "
            "opgelegd. De beslissing is nog niet definitief; de Post kan in beroep gaan.",
        ),
        (
            "Formalfehler: Post muss 18-Millionen-Strafe nicht zahlen",
            "Die Österreichische Post muss die Rekordstrafe von 18 Millionen Euro, die ihr die Datenschutzbehörde "
            "im Oktober 2019 auferlegt hatte, vorerst nicht bezahlen. Das Bundesverwaltungsgericht hat der "
            "Beschwerde der Post stattgegeben.",
        ),
    ],
)
def test_a_company_by_its_name_in_each_language_and_its_short_name(title: str, summary: str) -> None:
    r = analyse(title, summary, published="2020-11-27")
    assert (r.companies, r.amount, r.currency) == (("Österreichische Post",), "18000000", "EUR")
