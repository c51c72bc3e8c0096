"""The registry's sector regulators and appeal bodies (environment, health and safety, medicines, transport,
energy, media, pensions, financial crime), as a specification:

(a) every entry resolves from its display name and from each of its names and abbreviations, bare and as a
    "Name (Country)" label;
(b) a headline and first sentence in the body's own language about an invented company name it as the
    deciding authority;
(c) the abbreviations left out on purpose (ordinary words, or other bodies' letters) name no such entry,
    nor do other countries' bodies whose names end like one of ours.
"""

from __future__ import annotations

import pytest

from streams.classify import analyse
from tests.classify.registry_spec import check_left_out, check_registered, check_resolves, labels

# id: (country, kind)
SECTOR_ENTRIES: dict[str, tuple[str, str]] = {
    # United Kingdom
    "uk-ea": ("UK", "regulator"),
    "uk-hse": ("UK", "regulator"),
    "uk-cqc": ("UK", "regulator"),
    "uk-mhra": ("UK", "regulator"),
    "uk-caa": ("UK", "regulator"),
    "uk-orr": ("UK", "regulator"),
    "uk-tpr": ("UK", "regulator"),
    "uk-charity-commission": ("UK", "regulator"),
    "uk-psr": ("UK", "regulator"),
    "uk-ofsi": ("UK", "regulator"),
    "uk-natural-england": ("UK", "regulator"),
    "uk-sepa": ("UK", "regulator"),
    "uk-dwi": ("UK", "regulator"),
    # United States
    "us-fincen": ("US", "regulator"),
    "us-osha": ("US", "regulator"),
    "us-nhtsa": ("US", "regulator"),
    "us-ferc": ("US", "regulator"),
    "us-fdic": ("US", "regulator"),
    "us-phmsa": ("US", "regulator"),
    # European Union
    "eu-easa": ("EU", "regulator"),
    "eu-acer": ("EU", "regulator"),
    "eu-eppo": ("EU", "regulator"),
    # Norway, with its appeal boards
    "no-medietilsynet": ("NO", "regulator"),
    "no-medieklagenemnda": ("NO", "court"),
    "no-arbeidstilsynet": ("NO", "regulator"),
    "no-miljodirektoratet": ("NO", "regulator"),
    "no-rme": ("NO", "regulator"),
    "no-jernbanetilsynet": ("NO", "regulator"),
    "no-luftfartstilsynet": ("NO", "regulator"),
    "no-helsetilsynet": ("NO", "regulator"),
    "no-dmp": ("NO", "regulator"),
    "no-mattilsynet": ("NO", "regulator"),
    "no-okokrim": ("NO", "regulator"),
    "no-forbrukerklageutvalget": ("NO", "court"),
    "no-kofa": ("NO", "court"),
    # Denmark and Sweden
    "dk-radio-tv-naevnet": ("DK", "regulator"),
    "dk-forbrugerombudsmanden": ("DK", "regulator"),
    "dk-forsyningstilsynet": ("DK", "regulator"),
    "se-konsumentverket": ("SE", "regulator"),
    "se-arbetsmiljoverket": ("SE", "regulator"),
    "se-ei": ("SE", "regulator"),
    # Germany, Austria, Switzerland
    "at-kommaustria": ("AT", "regulator"),
    "de-bfarm": ("DE", "regulator"),
    "de-uba": ("DE", "regulator"),
    "de-zak": ("DE", "regulator"),
    "de-kjm": ("DE", "regulator"),
    "de-lfm-nrw": ("DE", "regulator"),
    "de-mabb": ("DE", "regulator"),
    "de-blm": ("DE", "regulator"),
    "de-ma-hsh": ("DE", "regulator"),
    "ch-elcom": ("CH", "regulator"),
    # France
    "fr-ansm": ("FR", "regulator"),
    "fr-art": ("FR", "regulator"),
    "fr-afa": ("FR", "regulator"),
    # Netherlands and Belgium
    "nl-cvdm": ("NL", "regulator"),
    "nl-arbeidsinspectie": ("NL", "regulator"),
    "nl-nvwa": ("NL", "regulator"),
    "nl-igj": ("NL", "regulator"),
    "nl-sodm": ("NL", "regulator"),
    "be-vrm": ("BE", "regulator"),
    "be-creg": ("BE", "regulator"),
    # Italy and Spain
    "it-aifa": ("IT", "regulator"),
    "it-art": ("IT", "regulator"),
    "it-covip": ("IT", "regulator"),
    "es-aemps": ("ES", "regulator"),
    "es-itss": ("ES", "regulator"),
    "es-sepblac": ("ES", "regulator"),
    # Ireland
    "ie-hsa": ("IE", "regulator"),
    "ie-epa": ("IE", "regulator"),
    "ie-cru": ("IE", "regulator"),
    # the smaller European markets: a financial supervisor, competition authorities and their courts
    "lu-cssf": ("LU", "regulator"),
    "lu-competition": ("LU", "competition"),
    "is-competition": ("IS", "competition"),
    "is-competition-appeals": ("IS", "court"),
    "bg-cpc": ("BG", "competition"),
    "hu-kuria": ("HU", "court"),
    "at-kartellgericht": ("AT", "court"),
}

# A name that an older entry holds too: bare, it resolves to the older entry; a text's countries settle it.
SHARED_NAMES = {"Environmental Protection Agency": "us-epa", "Conseil de la concurrence": "fr-adlc"}



@pytest.mark.parametrize("key", list(SECTOR_ENTRIES))
def test_entry_is_registered_with_its_country_and_kind(key: str) -> None:
    check_registered(key, SECTOR_ENTRIES[key])


@pytest.mark.parametrize(("key", "name"), labels(SECTOR_ENTRIES))
def test_every_name_resolves_bare_and_as_a_label(key: str, name: str) -> None:
    check_resolves(key, name, SHARED_NAMES)


# (id, headline, first sentence): the id is the authority the item reports a decision of.
DECISIONS = [
    (
        "no-arbeidstilsynet",
        "Arbeidstilsynet ilegger Orbix overtredelsesgebyr på 2 millioner kroner",
        "Arbeidstilsynet har ilagt Orbix AS et overtredelsesgebyr på 2 millioner kroner etter en alvorlig "
        "arbeidsulykke på et byggeprosjekt i Bergen.",
    ),
    (
        "no-medietilsynet",
        "Medietilsynet gir Orbix TV gebyr for ulovlig pengespillreklame",
        "Medietilsynet har ilagt Orbix TV et overtredelsesgebyr på 1,5 millioner kroner for å ha sendt "
        "reklame for pengespill uten norsk tillatelse.",
    ),
    (
        "no-mattilsynet",
        "Mattilsynet ilegger Orbix overtredelsesgebyr på 400 000 kroner",
        "Mattilsynet har ilagt fiskeoppdretteren Orbix AS et overtredelsesgebyr på 400 000 kroner for brudd "
        "på regelverket om fiskevelferd.",
    ),
    (
        "no-miljodirektoratet",
        "Miljødirektoratet gir Orbix gebyr på 3 millioner kroner for ulovlige utslipp",
        "Miljødirektoratet har ilagt Orbix ASA et overtredelsesgebyr på 3 millioner kroner etter gjentatte "
        "brudd på utslippstillatelsen ved fabrikken.",
    ),
    (
        "no-okokrim",
        "Økokrim ilegger Orbix bot på 10 millioner kroner",
        "Økokrim har ilagt Orbix ASA en bot på 10 millioner kroner for brudd på hvitvaskingsloven.",
    ),
    (
        "no-luftfartstilsynet",
        "Luftfartstilsynet ilegger Orbix Air overtredelsesgebyr",
        "Luftfartstilsynet har ilagt flyselskapet Orbix Air et overtredelsesgebyr på 750 000 kroner for "
        "brudd på reglene om flygetid og hviletid.",
    ),
    (
        "no-dmp",
        "Legemiddelverket ilegger Orbix Pharma gebyr",
        "Direktoratet for medisinske produkter har ilagt Orbix Pharma AS et overtredelsesgebyr på 500 000 "
        "kroner for ulovlig reklame for legemidler.",
    ),
    (
        "no-rme",
        "RME ilegger Orbix Nett overtredelsesgebyr",
        "Reguleringsmyndigheten for energi har ilagt Orbix Nett AS et overtredelsesgebyr på 2 millioner "
        "kroner.",
    ),
    (
        "dk-forbrugerombudsmanden",
        "Forbrugerombudsmanden: Orbix får bøde på 500.000 kroner",
        "Orbix A/S har vedtaget en bøde på 500.000 kroner fra Forbrugerombudsmanden for ulovligt "
        "telefonsalg.",
    ),
    (
        "se-arbetsmiljoverket",
        "Arbetsmiljöverket kräver Orbix på 500 000 kronor",
        "Arbetsmiljöverket har beslutat att Orbix AB ska betala en sanktionsavgift på 500 000 kronor efter "
        "en allvarlig olycka.",
    ),
    (
        "uk-hse",
        "Construction firm Orbix fined £800,000 after worker's fall",
        "Orbix Ltd has been fined £800,000 following a prosecution by the Health and Safety Executive after "
        "a worker fell six metres through a fragile roof.",
    ),
    (
        "uk-ea",
        "Orbix Water fined £3.3 million for sewage pollution",
        "Orbix Water has been fined £3.3 million after a prosecution brought by the Environment Agency for "
        "pumping raw sewage into the River Thames.",
    ),
    (
        "uk-ofsi",
        "OFSI imposes £465,000 penalty on Orbix for breaching Russia sanctions",
        "The Office of Financial Sanctions Implementation has imposed a monetary penalty of £465,000 on "
        "Orbix Ltd for making funds available to a designated person.",
    ),
    (
        "uk-orr",
        "ORR fines Orbix Rail £2 million over timetable failures",
        "The Office of Rail and Road has fined Orbix Rail £2 million after finding that the operator failed "
        "to provide timely and accurate timetables to passengers.",
    ),
    (
        "uk-tpr",
        "The Pensions Regulator fines Orbix scheme trustees £50,000",
        "The Pensions Regulator has fined the trustees of the Orbix pension scheme £50,000 for failing to "
        "submit the scheme's annual return.",
    ),
    (
        "uk-cqc",
        "Orbix Care fined £40,000 after CQC prosecution",
        "Orbix Care Ltd has been fined £40,000 after the Care Quality Commission prosecuted the care home "
        "provider for failing to provide safe care.",
    ),
    (
        "uk-caa",
        "Orbix Airways fined by Civil Aviation Authority",
        "The Civil Aviation Authority has fined Orbix Airways £150,000 for failing to refund passengers "
        "within the legal deadline.",
    ),
    (
        "uk-mhra",
        "MHRA fines Orbix Pharma £200,000",
        "The Medicines and Healthcare products Regulatory Agency fined Orbix Pharma £200,000 for selling "
        "unlicensed medicines.",
    ),
    (
        "us-fincen",
        "FinCEN assesses $1.3 billion penalty against Orbix Bank",
        "The Financial Crimes Enforcement Network assessed a $1.3 billion civil money penalty against Orbix "
        "Bank for willful violations of the Bank Secrecy Act.",
    ),
    (
        "us-osha",
        "OSHA fines Orbix $1.2 million after warehouse worker's death",
        "The Occupational Safety and Health Administration proposed $1.2 million in penalties against Orbix "
        "Logistics after a worker died at its Ohio warehouse.",
    ),
    (
        "us-nhtsa",
        "NHTSA fines Orbix Motors $165 million over slow recalls",
        "The National Highway Traffic Safety Administration imposed a $165 million civil penalty on Orbix "
        "Motors for failing to recall defective airbags in time.",
    ),
    (
        "us-ferc",
        "FERC fines Orbix Energy $25 million for market manipulation",
        "The Federal Energy Regulatory Commission ordered Orbix Energy to pay a $25 million civil penalty "
        "for manipulating electricity markets in California.",
    ),
    (
        "eu-easa",
        "EASA fines Orbix Aero €400,000",
        "The European Union Aviation Safety Agency imposed a €400,000 fine on Orbix Aero for breaching its "
        "design organisation approval.",
    ),
    (
        "de-lfm-nrw",
        "Landesanstalt für Medien NRW verhängt Bußgeld gegen Orbix",
        "Die Landesanstalt für Medien NRW hat gegen den Streamingdienst Orbix ein Bußgeld in Höhe von 50.000 "
        "Euro verhängt, weil er pornografische Inhalte ohne Altersprüfung verbreitet hat.",
    ),
    (
        "at-kommaustria",
        "KommAustria verhängt Geldbuße gegen Orbix TV",
        "Die KommAustria hat gegen den Fernsehsender Orbix TV eine Geldbuße von 30.000 Euro wegen Verstößen "
        "gegen die Werbebestimmungen verhängt.",
    ),
    (
        "ch-elcom",
        "ElCom verhängt Busse gegen Orbix Energie",
        "Die Eidgenössische Elektrizitätskommission hat gegen die Orbix Energie AG eine Busse von 100 000 "
        "Franken verhängt.",
    ),
    (
        "fr-ansm",
        "L'ANSM inflige une amende de 350 000 euros au laboratoire Orbix",
        "L'Agence nationale de sécurité du médicament et des produits de santé a prononcé une sanction "
        "financière de 350 000 euros à l'encontre du laboratoire Orbix pour des ruptures de stock.",
    ),
    (
        "fr-afa",
        "L'Agence française anticorruption sanctionne Orbix",
        "La commission des sanctions de l'Agence française anticorruption a infligé une amende de 400 000 "
        "euros à la société Orbix pour des manquements à son programme de conformité.",
    ),
    (
        "nl-nvwa",
        "NVWA legt Orbix boete op van 120.000 euro",
        "De Nederlandse Voedsel- en Warenautoriteit heeft vleesverwerker Orbix een boete van 120.000 euro "
        "opgelegd wegens ernstige overtredingen van de hygiëneregels.",
    ),
    (
        "nl-arbeidsinspectie",
        "Arbeidsinspectie beboet Orbix voor 90.000 euro",
        "De Nederlandse Arbeidsinspectie heeft uitzendbureau Orbix een boete van 90.000 euro opgelegd voor "
        "het onderbetalen van arbeidsmigranten.",
    ),
    (
        "nl-cvdm",
        "Commissariaat voor de Media legt Orbix boete op",
        "Het Commissariaat voor de Media heeft omroep Orbix een boete van 45.000 euro opgelegd voor "
        "sluikreclame.",
    ),
    (
        "be-creg",
        "La CREG inflige une amende de 2 millions d'euros à Orbix",
        "La Commission de Régulation de l'Électricité et du Gaz a infligé une amende de 2 millions d'euros "
        "au fournisseur Orbix pour manipulation du marché.",
    ),
    (
        "it-art",
        "L'Autorità di regolazione dei trasporti sanziona Orbix per 200 mila euro",
        "L'Autorità di regolazione dei trasporti ha irrogato una sanzione di 200 mila euro a Orbix per la "
        "violazione dei diritti dei passeggeri.",
    ),
    (
        "it-aifa",
        "L'AIFA sanziona Orbix Farma per 500 mila euro",
        "L'Agenzia Italiana del Farmaco ha inflitto a Orbix Farma una sanzione di 500 mila euro per la "
        "mancata comunicazione di una carenza di farmaci.",
    ),
    (
        "es-itss",
        "La Inspección de Trabajo multa a Orbix con 180.000 euros",
        "La Inspección de Trabajo y Seguridad Social ha impuesto una multa de 180.000 euros a la empresa de "
        "reparto Orbix por contratar falsos autónomos.",
    ),
    (
        "es-aemps",
        "La AEMPS multa a Orbix con 90.000 euros",
        "La Agencia Española de Medicamentos y Productos Sanitarios ha sancionado con 90.000 euros a Orbix "
        "por distribuir mascarillas sin marcado CE.",
    ),
    (
        "ie-hsa",
        "Orbix fined €500,000 after Health and Safety Authority prosecution",
        "Orbix Ltd was fined €500,000 at Dublin Circuit Criminal Court after a prosecution by the Health and "
        "Safety Authority over the death of a worker.",
    ),
    (
        "ie-cru",
        "Commission for Regulation of Utilities fines Orbix Energy €1m",
        "Ireland's Commission for Regulation of Utilities has fined Orbix Energy €1 million for overcharging "
        "customers.",
    ),
    # A name two entries share: the text's countries settle whose agency it is.
    (
        "ie-epa",
        "Orbix fined €40,000 for odour emissions in Cork",
        "Orbix Ltd was fined €40,000 at Cork District Court in a prosecution taken by the Environmental "
        "Protection Agency over odour emissions from its plant in Ireland.",
    ),
    (
        "us-epa",
        "Orbix Chemicals to pay $2 million Clean Air Act penalty",
        "The U.S. Environmental Protection Agency said Orbix Chemicals will pay a $2 million civil penalty "
        "for Clean Air Act violations at its Texas plant.",
    ),
    (
        "lu-cssf",
        "Caritas-Skandal: CSSF verhängt Geldstrafe von knapp fünf Millionen Euro gegen Orbix",
        "Die Luxemburger Finanzaufsicht CSSF hat gegen die Orbix Bank eine Geldstrafe von 4,97 Millionen "
        "Euro verhängt.",
    ),
    (
        "lu-competition",
        "Une amende de 2,5 millions d'euros pour Orbix",
        "L'Autorité de la concurrence du Grand-Duché de Luxembourg a infligé une amende de 2,5 millions "
        "d'euros à Orbix.",
    ),
    (
        "is-competition",
        "Orbix fined ISK 4.2 billion for collusion",
        "The Icelandic Competition Authority has fined Orbix ISK 4.2 billion for its collusion with Veltro.",
    ),
    (
        "bg-cpc",
        "Bulgaria's competition watchdog fines Orbix units 195.1M leva",
        "The Commission for Protection of Competition fined two Orbix units 195.1 million leva for abuse of "
        "a dominant position.",
    ),
]


@pytest.mark.parametrize(
    ("court", "title", "summary"),
    [
        (
            "is-competition-appeals",
            "Competition Appeals Committee confirms Orbix's cartel infringement",
            "Iceland's Competition Appeals Committee confirmed the Icelandic Competition Authority's "
            "decision but reduced the fine to ISK 2.3 billion.",
        ),
        (
            "hu-kuria",
            "Kúria upholds GVH fine on Orbix",
            "The Kúria upheld the HUF 1.2 billion fine on Orbix.",
        ),
        (
            "at-kartellgericht",
            "Kartellgericht bestätigt Geldbuße gegen Orbix",
            "Das Kartellgericht hat den Rekurs von Orbix gegen die Geldbuße abgewiesen.",
        ),
    ],
)
def test_the_new_courts_are_named_as_the_events_court(court: str, title: str, summary: str) -> None:
    assert analyse(title, summary).court_id == court


@pytest.mark.parametrize(("key", "title", "summary"), DECISIONS, ids=[c[0] for c in DECISIONS])
def test_a_decision_names_its_authority(key: str, title: str, summary: str) -> None:
    assert analyse(title, summary).authority_id == key


def test_an_appeal_board_upholding_a_fine_is_the_court_of_the_regulators_decision() -> None:
    result = analyse(
        "Medieklagenemnda opprettholder gebyret til Orbix TV",
        "Medieklagenemnda har opprettholdt Medietilsynets vedtak om å ilegge Orbix TV et overtredelsesgebyr "
        "på 1,5 millioner kroner for ulovlig pengespillreklame.",
    )
    assert (result.authority_id, result.court_id) == ("no-medietilsynet", "no-medieklagenemnda")


# (entry, abbreviation it does not have, headline, first sentence where those letters mean something else)
LEFT_OUT = [
    (
        "uk-hse",
        "HSE",  # Ireland's Health Service Executive, a frequent target of fines
        "HSE fined by Data Protection Commission",
        "Ireland's Data Protection Commission fined the HSE €460,000 over a ransomware attack that exposed "
        "patient records.",
    ),
    (
        "uk-ea",
        "EA",  # Electronic Arts
        "EA fined €10m over loot boxes",
        "The Kansspelautoriteit fined EA €10 million for selling loot boxes without a licence.",
    ),
    (
        "uk-caa",
        "CAA",  # every country's civil aviation authority
        "CAA fines Orbix Airways over pilot training records",
        "New Zealand's CAA fined Orbix Airways NZ$50,000 over incomplete pilot training records.",
    ),
    (
        "ie-epa",
        "EPA",  # the US agency's (an older entry)
        "EPA fines Orbix Chemicals $2 million over Clean Air Act violations",
        "The EPA said Orbix Chemicals will pay a $2 million civil penalty for Clean Air Act violations at "
        "its Texas plant.",
    ),
    (
        "uk-sepa",
        "SEPA",  # the Single Euro Payments Area
        "Central Bank fines Orbix Bank over SEPA payment failures",
        "The Central Bank of Ireland fined Orbix Bank €2 million for failures in processing SEPA credit "
        "transfers.",
    ),
    (
        "uk-dwi",
        "DWI",  # driving while intoxicated
        "Orbix Logistics fined after driver's DWI crash",
        "A Texas court fined Orbix Logistics $200,000 after one of its drivers caused a crash while charged "
        "with DWI.",
    ),
    (
        "uk-psr",
        "PSR",  # the Payment Services Regulations
        "FCA fines Orbix Payments over PSR breaches",
        "The Financial Conduct Authority fined Orbix Payments £1.2 million for breaching the PSRs by failing "
        "to safeguard customer funds.",
    ),
    (
        "eu-acer",
        "ACER",  # Acer, the computer maker
        "Acer fined A$1.5 million over misleading warranty claims",
        "The ACCC said the Federal Court ordered Acer to pay A$1.5 million for misleading customers about "
        "their consumer guarantee rights.",
    ),
    (
        "no-rme",
        "RME",  # rapeseed methyl ester, a biodiesel
        "Orbix fined over RME biodiesel blending shortfall",
        "The Environment Agency fined Orbix Fuels £90,000 for failing to blend enough RME into its diesel.",
    ),
    (
        "fr-art",
        "ART",  # an ordinary word in capitals
        "L'ART sanctionne Orbix",
        "L'Arcep a infligé une amende de 1 million d'euros à Orbix.",
    ),
    (
        "it-art",
        "ART",
        "L'ART sanziona Orbix",
        "L'AGCM ha inflitto una sanzione di 2 milioni di euro a Orbix.",
    ),
    (
        "fr-afa",
        "AFA",  # Argentina's football association
        "AFA fined by FIFA over fan violence",
        "FIFA fined the AFA 100,000 Swiss francs after crowd trouble at a World Cup qualifier in Buenos "
        "Aires.",
    ),
    (
        "ie-hsa",
        "HSA",  # health savings accounts
        "Orbix fined over HSA marketing",
        "The Federal Trade Commission fined Orbix Health $3 million over deceptive HSA marketing.",
    ),
    (
        "ie-cru",
        "CRU",  # the commodities research firm
        "Orbix fined €5m; CRU data shows steel prices up",
        "The European Commission fined Orbix €5 million for a steel cartel, while CRU data showed prices "
        "rose.",
    ),
    (
        "de-blm",
        "BLM",  # Black Lives Matter
        "Orbix fined over BLM merchandise",
        "The Federal Trade Commission fined Orbix $1 million over misleading claims on BLM merchandise.",
    ),
    (
        "no-dmp",
        "DMP",
        "DMP fined £50,000 for nuisance calls",
        "The ICO fined DMP Ltd £50,000 for nuisance calls.",
    ),
]


@pytest.mark.parametrize(
    ("key", "abbreviation", "title", "summary"), LEFT_OUT, ids=[f"{c[0]}-{c[1]}" for c in LEFT_OUT]
)
def test_an_ambiguous_abbreviation_names_no_entry(
    key: str, abbreviation: str, title: str, summary: str
) -> None:
    check_left_out(key, abbreviation, title, summary)


# Other countries' bodies whose names end like one of ours: (entry they are not, headline, first sentence)
OTHER_BODIES = [
    (
        "uk-ea",
        "Orbix Cement fined €5m over excess emissions",
        "Orbix Cement was fined €5 million after figures from the European Environment Agency showed its "
        "plant's excess emissions.",
    ),
    (
        "uk-caa",
        "Pakistan Civil Aviation Authority fines Orbix Air",
        "The Pakistan Civil Aviation Authority fined Orbix Air 5 million rupees over unlicensed pilots.",
    ),
    (
        "uk-caa",
        "Orbix Airways fined NZ$50,000",
        "The Civil Aviation Authority of New Zealand fined Orbix Airways NZ$50,000.",
    ),
]


@pytest.mark.parametrize(("key", "title", "summary"), OTHER_BODIES)
def test_another_countrys_body_of_the_same_name_is_not_ours(key: str, title: str, summary: str) -> None:
    assert analyse(title, summary).authority_id != key


def test_a_bare_name_still_finds_our_body() -> None:
    assert analyse("Civil Aviation Authority fines Orbix Holidays £150,000", "").authority_id == "uk-caa"
    assert analyse("Orbix fined £250,000 after Environment Agency prosecution", "").authority_id == "uk-ea"
    assert (
        analyse("Norway's Civil Aviation Authority fines Orbix Air", "").authority_id
        == "no-luftfartstilsynet"
    )


@pytest.mark.parametrize(
    ("title", "summary", "key"),
    [
        (
            "Une amende de 2,5 millions d'euros pour Orbix Luxembourg",
            "Orbix s'est vu infliger une amende de 2.520.000 euros par le Conseil de la concurrence, dans "
            "une décision rendue ce jeudi à Luxembourg.",
            "lu-competition",
        ),
        (
            "Le Conseil de la concurrence sanctionne Orbix",
            "Le Conseil de la concurrence a infligé une amende de 5 millions d'euros à Orbix France.",
            "fr-adlc",
        ),
        (
            "Competition Council fines Orbix Romania",
            "Romania's regulator fined Orbix RON 10 million.",
            "ro-cc",
        ),
    ],
)
def test_a_council_named_bare_is_the_one_of_the_texts_country(title: str, summary: str, key: str) -> None:
    assert analyse(title, summary).authority_id == key
