"""Target company rules: the role around enforcement verbs, lists, and what is never a company."""

from __future__ import annotations

import pytest

from streams.classify import analyse
from streams.classify.targets import is_non_company
from streams.classify.text import document


@pytest.mark.parametrize(
    ("title", "summary", "companies"),
    [
        (
            "Northwind Social hit with €45m fine by Irish privacy regulator",
            "Ireland's Data Protection Commission fined Northwind Social 45 million euros on Monday.",
            ("Northwind Social",),
        ),
        (
            "General Court dismisses Contoso Search appeal against €1.1 billion Commission fine",
            "The EU General Court dismissed Contoso Search's appeal against the Commission's decision.",
            ("Contoso Search",),
        ),
        (
            "Datatilsynet orders Fabrikam Fitness to stop sharing location data",
            "The Norwegian Data Protection Authority has issued an order banning Fabrikam Fitness AS from "
            "sharing the location data of its users.",
            ("Fabrikam Fitness",),
        ),
        # One decision against several companies names them all; a comma alone lists only in a headline
        # whose verb follows the last name.
        (
            "Commission fines Orbix and Veltro €400m",
            "The European Commission fined both.",
            ("Orbix", "Veltro"),
        ),
        ("Orbix, Veltro hit with EU fines", "The European Commission fined both.", ("Orbix", "Veltro")),
        ("Maxi multa a Fotonet, Rossi: stop ai dati", "Il Garante ha sanzionato Fotonet.", ("Fotonet",)),
        # A person's title before a name: the person is not the company.
        (
            "Tessera Labs chief Anna Berg says company will appeal CNIL penalty",
            "Anna Berg said the company will appeal the €4 million penalty.",
            ("Tessera Labs",),
        ),
    ],
)
def test_the_target_is_the_name_in_an_enforcement_role(
    title: str, summary: str, companies: tuple[str, ...]
) -> None:
    assert analyse(title, summary).companies == companies


@pytest.mark.parametrize(
    "name",
    [
        "General Court",
        "Commission",
        "EU",
        "Brussels",
        "Italy",
        "Datatilsynets",
        "Irish High Court",
        "Minister",
    ],
)
def test_courts_regulators_places_and_titles_are_never_companies(name: str) -> None:
    assert is_non_company(name)


@pytest.mark.parametrize(
    "name", ["Sky Italia", "Bank of Valletta", "H&M", "1&1", "Booking.com", "Orbital Pay", "IAB Europe"]
)
def test_names_that_hold_a_place_or_a_symbol_are_still_companies(name: str) -> None:
    assert not is_non_company(name)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("La CNIL inflige 600 000 euros d'amende au groupe Orbix+", ("Orbix+",)),
        ("Italian regulator fines Orbix+ €2m over subscription terms", ("Orbix+",)),
    ],
)
def test_a_streaming_brands_plus_is_part_of_its_name(title: str, expected: tuple[str, ...]) -> None:
    assert analyse(title, title).companies == expected


def test_a_regulators_lawsuit_and_an_ngo_complaint_decide_nothing_yet_about_the_company_they_name() -> None:
    ftc = analyse("FTC sues Quillon over subscriptions", "The FTC filed a complaint.")
    ngo = analyse("Privacy group files complaint against Quillon", "The NGO filed a complaint with the CNIL.")
    assert (ftc.primary, ngo.primary, ngo.companies) == ("none", "none", ("Quillon",))


def test_a_technology_word_alone_is_no_company_but_a_name_may_end_with_it() -> None:
    opinion = analyse("EU board issues opinion on AI models", "The board adopted an opinion on AI training.")
    assert (opinion.primary, opinion.companies) == ("none", ())
    fine = analyse("Greek regulator fines Facera AI €20 million", "The HDPA fined Facera AI 20 million.")
    assert fine.companies == ("Facera AI",)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Bußgeld gegen Brightcart-Logistiktochter",
            "Die CNIL hat gegen die Brightcart-Logistiktochter ein Bußgeld von 32 Millionen Euro verhängt.",
            ("Brightcart",),
        ),
        ("Austrian Post fined €9.5m", "The Austrian data protection authority fined Austrian Post €9.5m.",
         ("Österreichische Post",)),
        ("Regulator fines Cosmote and Telly", "The HDPA fined Cosmote and Telly EUR 9.25 million.",
         ("Cosmote", "Telly")),
    ],
)
def test_a_companys_unit_its_translated_name_and_a_currency_code_after_it(
    title: str, summary: str, expected: tuple[str, ...]
) -> None:
    assert analyse(title, summary).companies == expected


@pytest.mark.parametrize("word", ["Applications", "Europa", "Strasburgo", "noyb"])
def test_common_words_places_and_complainants_are_no_company(word: str) -> None:
    assert is_non_company(word)


@pytest.mark.parametrize("word", ["AI-wet", "Digitalgesetz"])
def test_a_law_compound_is_no_company(word: str) -> None:
    assert analyse(f"{word} news", f"{word} changes its rules.").companies == ()


def test_norwegian_imposed_on_is_a_target_role() -> None:
    r = analyse("Finanstilsynet har ilagt Nordbank et gebyr på 400 millioner kroner", "")
    assert r.companies == ("Nordbank",)


def test_a_consumer_organisation_that_complains_is_never_the_target() -> None:
    r = analyse(
        "Forbrukerrådet klager inn Chatly",
        "Forbrukerrådet har sendt en klage til Datatilsynet om Chatlys bruk av persondata.",
    )
    assert "Forbrukerrådet" not in r.companies


@pytest.mark.parametrize(
    ("title", "summary", "language", "expected"),
    [
        # An authority's abbreviation inside a list of companies names a company (FCC the builder).
        (
            "La CNMC multa con 20 millones de euros a Obrasur, Dragón, FCC, Hispaterra y Ibercasa",
            "La CNMC ha sancionado a seis constructoras por repartirse licitaciones públicas.",
            "es",
            ("Obrasur", "Dragón", "FCC", "Hispaterra", "Ibercasa"),
        ),
        # Title Case headlines capitalise conjunctions and prepositions.
        (
            "La CNMC Multa A Orbix Y Veltro Con 19 Millones De Euros",
            "La CNMC ha multado a Orbix y Veltro con 19 millones de euros.",
            "es",
            ("Orbix", "Veltro"),
        ),
        (
            "Europese Commissie opent onderzoeken naar Orbix, Veltro en Contoso onder de DMA",
            "De Commissie onderzoekt of de bedrijven zich aan de regels houden.",
            "nl",
            ("Orbix", "Veltro", "Contoso"),
        ),
    ],
)
def test_every_company_of_a_list_is_a_target(
    title: str, summary: str, language: str, expected: tuple[str, ...]
) -> None:
    assert analyse(title, summary, language=language).companies == expected


@pytest.mark.parametrize(
    ("title", "summary", "language", "expected"),
    [
        # A headline that counts the companies by their kind: the list of that many names that follows.
        (
            "Watchdog fines four banks £90m over bond chatrooms",
            "The regulator said the traders shared sensitive information.\n\n"
            "Orbix Bank, Veltro Capital, Contoso Securities and Fabrikam Markets agreed to settle.",
            "en",
            ("Orbix Bank", "Veltro Capital", "Contoso Securities", "Fabrikam Markets"),
        ),
        # The kind right before the list, with a list word between ("e la giapponese").
        (
            "Cartello sui cambi, la Ue multa cinque banche",
            "La Commissione ha inflitto multe per 1,07 miliardi di euro a cinque banche - Orbix, Veltro, "
            "Contoso, Fabrikam e la giapponese Kestrel - per due cartelli.",
            "it",
            ("Orbix", "Veltro", "Contoso", "Fabrikam", "Kestrel"),
        ),
        # A headline that names one of them; the kind as the list's descriptor; two brands of one party.
        (
            "Lkw-Kartell: Orbix muss eine Milliarde Euro zahlen",
            "Die EU-Kommission hat gegen die Lastwagenhersteller Orbix, Veltro, Contoso/Kestrel und Fabrikam "
            "eine Rekordstrafe verhängt.",
            "de",
            ("Orbix", "Veltro", "Contoso", "Fabrikam"),
        ),
        # A list that repeats its preposition.
        (
            "Euribor : Bruxelles inflige 485 millions d'euros d'amende à trois banques",
            "La Commission a infligé une amende totale de 485 millions d'euros à Orbix, à Veltro et à "
            "Contoso pour une entente.",
            "fr",
            ("Orbix", "Veltro", "Contoso"),
        ),
        # The named target besides the counted ones.
        (
            "Court overturns record fine on Orbix",
            "A court overturned the fine imposed on Orbix, together with fines on three energy firms - "
            "Veltro, Contoso and Fabrikam.",
            "en",
            ("Orbix", "Veltro", "Contoso", "Fabrikam"),
        ),
    ],
)
def test_a_decision_counted_by_kind_names_the_companies_of_its_list(
    title: str, summary: str, language: str, expected: tuple[str, ...]
) -> None:
    assert analyse(title, summary, language=language).companies == expected


@pytest.mark.parametrize(
    ("title", "summary", "language", "expected"),
    [
        # A kind that is not the target's: the list names something else.
        (
            "Orbix riskeert 50 miljoen euro aan dwangsommen",
            "De ACM verplicht Orbix om aanbieders van datingapps andere betaalsystemen te laten gebruiken. "
            "Volgens de toezichthouder dwingt Orbix apps als Veltro, Contoso en Kestrel zijn systeem te "
            "gebruiken.",
            "nl",
            ("Orbix",),
        ),
        # The kind after the list describes the one target's units.
        (
            "Il Garante blocca Orbix",
            "Il Garante ha disposto la limitazione del trattamento nei confronti di Orbix Hangzhou e Orbix "
            "Beijing, le società cinesi che forniscono il servizio Orbix.",
            "it",
            ("Orbix",),
        ),
        # "due to" counts nothing.
        (
            "Regulator orders Orbix to stop sales due to supermarkets' complaints",
            "The authority ordered Orbix to stop the sales. Veltro and Kestrel had complained.",
            "en",
            ("Orbix",),
        ),
    ],
)
def test_a_kind_that_does_not_count_the_targets_names_no_list(
    title: str, summary: str, language: str, expected: tuple[str, ...]
) -> None:
    assert analyse(title, summary, language=language).companies == expected


@pytest.mark.parametrize(
    ("title", "summary", "language", "expected"),
    [
        ("Spanisches Gericht setzt Kartellstrafe gegen Kestrel-Tochter Nordbau aus", "", "de", "Nordbau"),
        ("Boete Fabrikam voor slechte beveiliging persoonsgegevens", "", "nl", "Fabrikam"),
        ("Personvernnemnda: Fjelltur må stanse delingen av posisjonsdata", "", "no", "Fjelltur"),
        ("Orbix saisit la cour d'appel de Paris contre son amende de 9 millions d'euros", "", "fr", "Orbix"),
        ("L'Italie bloque Veltro, la CNIL va interroger la start-up", "", "fr", "Veltro"),
        ("Commission opens investigation into anticompetitive practices by Orbix", "", "en", "Orbix"),
        ("VW-Tochter muss 1,1 Millionen Euro zahlen", "Die VW-Tochter Audi soll zahlen.", "de", "Volkswagen"),
        ("Behörde verhängt Bußgeld von 500.000 Pfund gegen Kestrel-Mutter Nordbau", "", "de", "Nordbau"),
        ("UK fines 23andMe £2.31 million over 2023 data breach", "", "en", "23andMe"),
        ("Cartello sulle emissioni, multa Ue da 875 milioni a Orbix", "", "it", "Orbix"),
        ("NY appeals court tosses Orbix's half-billion-dollar civil fraud penalty", "", "en", "Orbix"),
        ("Oklahoma judge orders J&J to pay $572 million in opioid case", "", "en", "Johnson & Johnson"),
    ],
)
def test_roles_of_a_name_in_each_language(title: str, summary: str, language: str, expected: str) -> None:
    assert analyse(title, summary, language=language).companies == (expected,)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # A survey or an opinion piece cites companies as examples: it is about none of them.
        (
            "GDPR fines reached €1.2 billion in 2024, survey finds",
            "The largest fine of the year was imposed on Contoso Social by the Irish DPC, the survey says.",
            (),
        ),
        ("Kronikk: Personvernbøtene må bite", "Datatilsynet ila Fjelltur et gebyr i fjor.", ()),
        # A headline about a company's own news is about that company.
        (
            "Contoso Social launches ad-free subscription in Europe",
            "The company said users can pay to avoid ads.",
            ("Contoso Social",),
        ),
    ],
)
def test_a_non_event_names_a_company_only_in_its_headline(
    title: str, summary: str, expected: tuple[str, ...]
) -> None:
    result = analyse(title, summary)
    assert (result.primary, result.companies) == ("none", expected)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Orbix takes on Brussels over platform label",
            "Orbix has filed a legal challenge at the EU's General Court against the Commission's decision.",
        ),
        ("Orbix tapte mot EU-kommisjonen", "EU-retten avviste søksmålet fra Orbix."),
    ],
)
def test_the_company_that_challenges_a_decision_is_its_target(title: str, summary: str) -> None:
    assert analyse(title, summary).companies == ("Orbix",)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # The platform X: a capital letter alone is a name only where a role says so, and an owner's
        # possessive names the platform.
        ("Brussels fines X €120m over blue checks", "The Commission said X deceived users.", "X"),
        ("EU gir X bot på 1,4 milliarder kroner", "Kommisjonen bøtelegger plattformen.", "X"),
        ("EU fines Musk's X 120 million euros", "The Commission fined the platform on Friday.", "X"),
        # A Nordic hospital's name goes on in lower case, and "St." ends no sentence.
        ("St. Olavs hospital får gebyr på 750 000 kroner", "Datatilsynet ila gebyr.", "St. Olavs hospital"),
        ("Datatilsynet gir Haukeland sykehus gebyr på 1 million kroner", "", "Haukeland sykehus"),
    ],
)
def test_a_one_letter_name_a_saint_and_a_hospital(title: str, summary: str, expected: str) -> None:
    assert analyse(title, summary).companies == (expected,)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Tesla recalls Model X after regulator orders fix", "The regulator ordered Tesla to fix the doors."),
        ("Article X breached, court says", "The court fined Orbix €5m under Article X."),
        ("DeepMind hospital deal broke the law, ICO says", "The ICO ordered the Royal Free to change."),
    ],
)
def test_a_letter_in_a_product_or_statute_or_a_hospital_deal_is_no_name(title: str, summary: str) -> None:
    found = analyse(title, summary).companies
    assert "X" not in found and not any("hospital" in c for c in found)


def test_a_title_abbreviation_joins_its_name_but_a_broadcasters_initials_end_a_sentence() -> None:
    joined = document("", "Salling fined Dr. Oetker on Monday.")
    assert joined.starts == (0,)
    split = document("", "Netto lukker butikker, oplyser Salling til DR. Kæden fik en bøde.")
    assert split.text[split.starts[1] :].startswith("Kæden")


def test_an_english_possessive_before_hospital_is_no_nordic_genitive() -> None:
    result = analyse("ICO orders Royal Free's hospital to stop sharing data", "The ICO ruled on Friday.")
    assert result.companies[:1] == ("Royal Free",)


def test_an_anonymised_party_is_not_the_platform_x() -> None:
    assert "X" not in analyse("Datatilsynet ilegger selskap X gebyr på 1 million kroner", "").companies


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a number inside a name is part of it; one after it is not
        ("Sparebank 1 Østlandet får gebyr på 30 millioner kroner", "", ("Sparebank 1 Østlandet",)),
        ("Vodafone 5 Million Fine Upheld By Court", "The court upheld the fine.", ("Vodafone",)),
        # a sentence's capitalised first word before a plural kind of company is no name
        (
            "Drug firms win appeal against £35m CMA fines",
            "The Competition Appeal Tribunal overturned the CMA's decision against Alliance and Focus.",
            ("Alliance", "Focus"),
        ),
    ],
)
def test_a_number_inside_a_name_and_a_kind_of_company_after_a_first_word(
    title: str, summary: str, expected: tuple[str, ...]
) -> None:
    assert analyse(title, summary).companies == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # "also" opening a headline is no part of the name
        ("Ook Orbix krijgt miljoenenboete van DNB om ontbrekende registratie", ("Orbix",)),
        ("Auch Orbix muss 2 Millionen Euro Bußgeld zahlen", ("Orbix",)),
        # a brand's maker before the company
        ("Fortnite-maker Orbix Games krijgt 1,1 miljoen euro boete van ACM", ("Orbix Games",)),
    ],
)
def test_an_opening_also_or_a_makers_descriptor_is_no_part_of_the_name(
    title: str, expected: tuple[str, ...]
) -> None:
    assert analyse(title, title).companies == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the headline names a brand by its owner: the owner is the target, however often the brand recurs
        (
            "Alton Towers owner Orbix fined £5m over rollercoaster crash",
            "The company that runs Alton Towers has been fined £5m. Alton Towers reopened the ride.",
            ("Orbix",),
        ),
        # a public prosecutor and a plural of bosses name no company
        ("Facua pide a la Fiscalía que investigue a Orbix", "La asociación presentó un escrito.", ("Orbix",)),
        ("Water bosses could face prison under new law", "The bill was introduced on Thursday.", ()),
    ],
)
def test_owned_brands_prosecutors_and_bosses_are_no_target(
    title: str, summary: str, expected: tuple[str, ...]
) -> None:
    assert analyse(title, summary).companies == expected


def test_the_big_banks_of_a_swiss_headline_are_no_company() -> None:
    r = analyse("Weko büsst Grossbanken wegen Devisenkartell mit 90 Millionen Franken", "Die Weko entschied.")
    assert r.companies == ()  # nor the Swiss "Busse" (fine) of its body
    assert analyse("Weko", "Die Weko hat eine Busse von 90 Millionen Franken verhängt.").companies == ()


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a headline verb's objects in a list of bare commas, before its amount
        ("FCC fines Orbix, Veltra, Quillon nearly $200 million over data", ("Orbix", "Veltra", "Quillon")),
        ("EU fines Orbix, Veltra, Quillon €875 million for emissions cartel", ("Orbix", "Veltra", "Quillon")),
        # not a list of the fined: a name and its place
        ("FCC fines Orbix, Texas operator, $2 million", ("Orbix",)),
    ],
)
def test_a_headline_lists_its_fined_companies_with_bare_commas(title: str, expected: tuple[str, ...]) -> None:
    assert analyse(title, title).companies == expected


def test_a_nordic_genitive_names_the_company_the_text_names_without_it() -> None:
    r = analyse(
        "Høyesterett avviser Orbixs anke – gebyret på 788 millioner blir stående",
        "Orbixs gebyr på 788 millioner kroner blir stående. Det skriver selskapet. «I 2018 besluttet"
        " Konkurransetilsynet å ilegge Orbix overtredelsesgebyr», heter det.",
    )
    assert r.companies == ("Orbix",)


@pytest.mark.parametrize(
    ("title", "company"),
    [
        # a name that starts with a digit: letters after it ("4chan"), a hyphened word ("7-Eleven")
        ("Ofcom fines 4chan £20,000 in first Online Safety Act penalty", "4chan"),
        ("7-Eleven fined $1m by FTC", "7-Eleven"),
        # not an amount's scale, a unit or a span
        ("Garante multa Orbix per 600mila euro", "Orbix"),
        ("FTC bans 5-Star reviews at Orbix", "Orbix"),
    ],
)
def test_a_name_that_starts_with_a_digit(title: str, company: str) -> None:
    assert analyse(title, title, published="2025-06-01").companies == (company,)


@pytest.mark.parametrize(
    ("title", "summary", "company"),
    [
        # the subject of a settlement, after a legal form in commas and an auxiliary
        (
            "Record HIPAA settlement",
            "Orbix, Inc. has agreed to pay $16 million to the Office for Civil Rights (OCR) to settle "
            "violations.",
            "Orbix",
        ),
        ("FTC settlement", "Orbix has agreed to pay $16 million to settle FTC charges.", "Orbix"),
        # a public body fined like a company, when the registry knows no authority of that name
        (
            "Bulgaria fines tax agency",
            "The data protection commission has fined the National Revenue Agency 5.1m levs.",
            "National Revenue Agency",
        ),
        (
            "Cabinet Office fined £500,000 over honours data breach",
            "The ICO has fined the Cabinet Office £500,000.",
            "Cabinet Office",
        ),
        (
            "Cabinet Office fined £500,000 over New Year honours data breach",
            "The breach exposed the home addresses of more than 1,000 people on GOV.UK.",
            "Cabinet Office",
        ),
    ],
)
def test_the_subject_of_a_settlement_and_a_public_body_fined_are_targets(
    title: str, summary: str, company: str
) -> None:
    assert analyse(title, summary, published="2025-06-01").companies == (company,)


def test_a_public_body_the_registry_knows_as_an_authority_is_no_target() -> None:
    r = analyse(
        "Court orders Competition Bureau to pay costs", "The court ordered the Competition Bureau to pay."
    )
    assert "Competition Bureau" not in r.companies


@pytest.mark.parametrize(
    ("title", "companies"),
    [
        # a list of companies before a plural verb: all of them
        ("Corée du Sud : Orbix et Veltro écopent d'une amende record", ("Orbix", "Veltro")),
        ("Orbix y Veltro deberán pagar 194 millones", ("Orbix", "Veltro")),
        # a group's local arm by the name it trades under
        ("Cofece multa a Walmex con 93.4 millones de pesos", ("Walmart",)),
    ],
)
def test_a_list_before_a_plural_verb_and_a_local_arms_name(title: str, companies: tuple[str, ...]) -> None:
    assert analyse(title, title, published="2025-06-01").companies == companies


@pytest.mark.parametrize(
    ("summary", "companies"),
    [
        # the name the fined entities trade under
        (
            "The SEC today charged Orbix Ventures, Inc. and Orbix Trading Ltd., both commonly known as "
            "Widgetly, with failing to register their program. They agreed to pay $30 million.",
            ("Widgetly",),
        ),
        ("The SEC fined Orbix Holdings LLC (d/b/a Widgetly) $5 million.", ("Widgetly",)),
        # a legal form after a list's comma is no company of the list
        ("The FTC fined Orbix, Inc. and Veltro Ltd. $5 million.", ("Orbix", "Veltro")),
        # an old name is no trading name
        ("The FTC fined Orbix $5 million. Orbix was formerly known as Veltro.", ("Orbix",)),
    ],
)
def test_the_name_the_fined_entities_trade_under(summary: str, companies: tuple[str, ...]) -> None:
    assert analyse("Regulator settles charges", summary, published="2023-02-09").companies == companies


@pytest.mark.parametrize(
    ("title", "summary", "companies"),
    [
        # the registry's name of a company the headline shortens ("Booking" where the body says Booking.com)
        (
            "Booking krijgt recordboete van ruim €413 mln van Spaanse mededingingswaakhond",
            "De Spaanse mededingingswaakhond CNMC heeft Booking.com een boete van 413 miljoen euro opgelegd.",
            ("Booking.com",),
        ),
        # a plural kind is no company ("Brauereien", "Kjedene")
        ("Bundeskartellamt verhängt Bußgelder gegen Brauereien", "Die Behörde nennt keine Namen.", ()),
        # ... nor a German or Norwegian kind the headline names, when the body names the company
        (
            "Regulierer verhängt 13,2 Mio. Euro Bußgeld gegen Mobilfunker",
            "Die ACM hat gegen Orbix und Veltro Bußgelder verhängt.",
            ("Orbix", "Veltro"),
        ),
        (
            "Forbrukertilsynet: Strømselskap må betale én million for billigst-påstander",
            "Markedsrådet har ilagt Orbix Energi et overtredelsesgebyr på én million kroner.",
            ("Orbix Energi",),
        ),
    ],
)
def test_a_shortened_registry_name_and_a_plural_kind(
    title: str, summary: str, companies: tuple[str, ...]
) -> None:
    assert analyse(title, summary, published="2024-07-30").companies == companies


def test_a_name_camel_cased_after_up_to_four_small_letters_stays_in_its_list() -> None:
    # "easyJet", like "eBay": one to four small letters, then a capital
    r = analyse(
        "Ministry fines four airlines",
        "The ministry has fined Orbix, Veltro, easyOrb and Zentra €179 million.",
    )
    assert set(r.companies) == {"Orbix", "Veltro", "easyOrb", "Zentra"}
    # a longer small-letter run before a capital is no name
    r = analyse("Ministry fines Orbix", "The ministry has fined Orbix and wordyOrb €1 million.")
    assert not {"wordyOrb", "WordyOrb"} & set(r.companies)


def test_the_service_an_operator_or_provider_runs_is_the_one_fined() -> None:
    r = analyse(
        "Online Safety Act draws first blood",
        "Ofcom on Monday confirmed a £20,000 fine on the provider of Orbixchan for failing to answer two "
        "information requests.",
    )
    assert r.companies == ("Orbixchan",)


def test_a_compound_describing_a_company_by_its_product_or_brand_is_no_name() -> None:
    # "Fortnite-maker" in the headline describes Epic Games, which the body names
    r = analyse(
        "Boete voor Orbix-maker wegens misleiding van kinderen",
        "Veltro Games krijgt van de ACM boetes van in totaal ruim 1,1 miljoen euro.",
    )
    assert r.companies == ("Veltro Games",)
    assert (r.amount, r.currency) == ("1100000", "EUR")


@pytest.mark.parametrize(
    ("title", "company"),
    [
        # a maker named by its product before the name ("Autobauer BMW", "Lkw-Bauer Scania") ...
        ("Kartellamt verhängt Bußgeld gegen Autobauer Orbix", "Orbix"),
        ("EU-Gericht bestätigt Kartellstrafe gegen Lkw-Bauer Orbix", "Orbix"),
        # ... but "Bauer" alone begins a name
        ("Ofcom fines Bauer Orbix £1m", "Bauer Orbix"),
        # a case named by its party: the party ("Grindr-saken", "KNLTB-zaak")
        ("Orbix-saken: Datatilsynet ila gebyr på 65 millioner kroner", "Orbix"),
        ("Rechtbank stelt vragen in Orbix-zaak over boete van de AP", "Orbix"),
    ],
)
def test_a_maker_by_its_product_and_a_case_by_its_party(title: str, company: str) -> None:
    assert analyse(title, title, published="2024-07-30").companies[:1] == (company,)


def test_an_executive_named_after_the_title_and_then_penalised_is_the_one_penalised() -> None:
    r = analyse("Ex-Orbix boss Anna Berg fined £1.8m and banned", "The FCA fined her and banned her.")
    assert r.companies == ("Anna Berg",)
    # a judge named with the verb is no target
    r = analyse("Judge Maria Rossi fined Orbix", "The judge fined Orbix €5m.")
    assert r.companies == ("Orbix",)


def test_a_penalty_named_by_its_size_in_one_word_is_no_name() -> None:
    # "Millionenstrafe für Orbix": the penalty, then its target ("Orbix-Bußgeld" still names Orbix)
    r = analyse("Millionenstrafe für Orbix", "Die Behörde hat eine Strafe verhängt.")
    assert r.companies == ("Orbix",)
    r = analyse("EuG reduziert Orbix-Bußgeld", "Das Gericht hat die Geldbuße gesenkt.")
    assert r.companies == ("Orbix",)


def test_a_nordic_subsidiary_named_by_its_parent() -> None:
    r = analyse("Orbix-datter får rekordbot på 79 millioner euro", "Garante har ilagt selskapet en bot.")
    assert r.companies == ("Orbix",)


@pytest.mark.parametrize(
    ("title", "summary", "language", "expected"),
    [
        # a sentence adverb is no name, nor a descriptor noun before one
        (
            "Cookie-Banner: Belgische Datenschutzbehörde erklärt Framework für rechtswidrig",
            "Gegen den Branchenverband Orbix Europe, der das System betreibt, verhängte die Behörde "
            "ein Bußgeld von 250.000 Euro. Außerdem muss der Verband binnen zwei Monaten einen Plan "
            "vorlegen.",
            "de",
            ("Orbix Europe",),
        ),
        # names the headline lists and the lead repeats, with no verb beside them
        (
            "Orbix et Veltro condamnés à payer 182,5 millions d'euros en Italie",
            "Les groupes pharmaceutiques Orbix et Veltro ont été déboutés mardi par le tribunal "
            "administratif régional du Latium.",
            "fr",
            ("Orbix", "Veltro"),
        ),
    ],
)
def test_sentence_adverbs_descriptors_and_a_headline_list_repeated(
    title: str, summary: str, language: str, expected: tuple[str, ...]
) -> None:
    assert analyse(title, summary, language=language, published="2022-02-02").companies == expected
