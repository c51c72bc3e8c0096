"""The registry's regulators and courts beyond the EU, the UK and the US's big agencies (Australia, New
Zealand, Singapore, Hong Kong, Canada, India, Japan, South Korea, Brazil, Mexico, South Africa, Turkey, and
California's privacy agency), as a specification:

(a) every entry resolves from its display name and from each of its names and abbreviations, bare and as a
    "Name (Country)" label;
(b) a headline and first sentence about an invented company name it as the deciding authority (in English
    as a wire writes it, in French for Québec and Canada's bilingual bodies, in Spanish for Mexico's);
(c) names other countries' bodies bear too name ours only with our country, and the abbreviations left out
    on purpose (ordinary words, or other bodies' letters) name no such entry;
(d) a bare "$" or "dollars" from an Australian, Canadian, New Zealand, Singapore or Hong Kong authority is
    that country's dollar, and NZ$, S$, HK$ and their codes are read as written.
"""

from __future__ import annotations

import pytest

from streams.classify import analyse, authorities
from tests.classify.registry_spec import check_left_out, check_registered, check_resolves, labels

# id: (country, kind)
WORLD_ENTRIES: dict[str, tuple[str, str]] = {
    # Australia
    "au-austrac": ("AU", "regulator"),
    "au-apra": ("AU", "regulator"),
    "au-acma": ("AU", "regulator"),
    # New Zealand
    "nz-comcom": ("NZ", "competition"),
    "nz-fma": ("NZ", "regulator"),
    "nz-opc": ("NZ", "dpa"),
    # Singapore
    "sg-mas": ("SG", "regulator"),
    "sg-pdpc": ("SG", "dpa"),
    "sg-cccs": ("SG", "competition"),
    # Hong Kong
    "hk-sfc": ("HK", "regulator"),
    "hk-hkma": ("HK", "regulator"),
    "hk-pcpd": ("HK", "dpa"),
    "hk-compcom": ("HK", "competition"),
    # Canada
    "ca-osc": ("CA", "regulator"),
    "ca-fintrac": ("CA", "regulator"),
    "ca-crtc": ("CA", "regulator"),
    "ca-osfi": ("CA", "regulator"),
    "ca-qc-cai": ("CA", "dpa"),
    # India
    "in-sebi": ("IN", "regulator"),
    "in-rbi": ("IN", "regulator"),
    "in-trai": ("IN", "regulator"),
    # Japan and South Korea
    "jp-ppc": ("JP", "dpa"),
    "jp-fsa": ("JP", "regulator"),
    "kr-fsc": ("KR", "regulator"),
    "kr-fss": ("KR", "regulator"),
    # Brazil
    "br-cvm": ("BR", "regulator"),
    "br-senacon": ("BR", "regulator"),
    "br-procon-sp": ("BR", "regulator"),
    # Mexico, with Cofece's and the IFT's successors
    "mx-cofece": ("MX", "competition"),
    "mx-cna": ("MX", "competition"),
    "mx-ift": ("MX", "regulator"),
    "mx-crt": ("MX", "regulator"),
    # South Africa
    "za-info-regulator": ("ZA", "dpa"),
    "za-fsca": ("ZA", "regulator"),
    "za-compcom": ("ZA", "competition"),
    "za-comptrib": ("ZA", "court"),
    # Turkey
    "tr-bddk": ("TR", "regulator"),
    "tr-spk": ("TR", "regulator"),
    # United States (California)
    "us-cppa": ("US", "dpa"),
}

# The countries countries.py does not know, as a label writes them ("Competition Tribunal (South Africa)").
COUNTRY_NAMES = {"SG": "Singapore", "HK": "Hong Kong", "MX": "Mexico", "ZA": "South Africa"}

# A name that an older entry holds too: bare, it resolves to the older entry; a text's countries settle it.
SHARED_NAMES = {
    "Personal Information Protection Commission": "kr-pipc",
    "Competition Tribunal": "ca-competition-tribunal",
}



@pytest.mark.parametrize("key", list(WORLD_ENTRIES))
def test_entry_is_registered_with_its_country_and_kind(key: str) -> None:
    check_registered(key, WORLD_ENTRIES[key])


@pytest.mark.parametrize("key", list(WORLD_ENTRIES))
def test_display_names_a_country_not_a_code(key: str) -> None:
    # countries.py knows no Singapore, Hong Kong, Mexico or South Africa: those rows name it themselves.
    display = authorities.REGISTRY[key].display
    assert not display.endswith(("(SG)", "(HK)", "(MX)", "(ZA)")), display


@pytest.mark.parametrize(("key", "name"), labels(WORLD_ENTRIES))
def test_every_name_resolves_bare_and_as_a_label(key: str, name: str) -> None:
    check_resolves(key, name, SHARED_NAMES, COUNTRY_NAMES)


def test_a_shared_name_resolves_to_the_labels_country() -> None:
    japan = authorities.resolve("Personal Information Protection Commission (Japan)")
    korea = authorities.resolve("Personal Information Protection Commission (South Korea)")
    assert (japan and japan.id, korea and korea.id) == ("jp-ppc", "kr-pipc")


# (id, headline, first sentence): the id is the authority the item reports a decision of.
DECISIONS = [
    # Australia
    (
        "au-austrac",
        "AUSTRAC: Orbix Bank to pay $45 million penalty",
        "The Federal Court has ordered Orbix Bank to pay a $45 million penalty in proceedings brought by "
        "AUSTRAC over serious breaches of anti-money laundering and counter-terrorism financing laws.",
    ),
    (
        "au-austrac",
        "Orbix Casino fined over money laundering failures",
        "The Australian Transaction Reports and Analysis Centre said Orbix Casino will pay a $67 million "
        "penalty for failing to monitor high-risk customers.",
    ),
    (
        "au-apra",
        "APRA takes enforcement action against Orbix Super",
        "The Australian Prudential Regulation Authority has imposed additional licence conditions on Orbix "
        "Super and ordered it to fix governance failures.",
    ),
    (
        "au-acma",
        "Orbix Telecom fined $1.5 million by ACMA over spam texts",
        "The Australian Communications and Media Authority has fined Orbix Telecom $1.5 million for sending "
        "more than 20 million marketing messages without consent.",
    ),
    # New Zealand
    (
        "nz-comcom",
        "Orbix fined $2.1 million for misleading 'free delivery' claims",
        "New Zealand's Commerce Commission said Orbix Ltd was fined $2.1 million in the Auckland District "
        "Court for misleading consumers about free delivery.",
    ),
    (
        "nz-comcom",
        "Commerce Commission New Zealand fines Orbix over price gouging",
        "The Commerce Commission New Zealand has issued Orbix Ltd an infringement notice and a $600,000 "
        "penalty for charging customers more than advertised.",
    ),
    (
        "nz-fma",
        "Orbix Investments ordered to pay $1.5 million penalty",
        "The Financial Markets Authority has obtained a $1.5 million penalty against Orbix Investments in "
        "the High Court for misleading statements to investors in New Zealand.",
    ),
    (
        "nz-fma",
        "New Zealand's FMA censures Orbix Insurance",
        "New Zealand's Financial Markets Authority has censured Orbix Insurance and ordered it to refund "
        "customers who were charged for cover they did not need.",
    ),
    (
        "nz-opc",
        "Privacy Commissioner issues compliance notice to Orbix",
        "New Zealand's Privacy Commissioner has issued a compliance notice ordering Orbix Ltd to stop using "
        "facial recognition in its stores.",
    ),
    # Singapore
    (
        "sg-mas",
        "MAS imposes S$2.6 million penalty on Orbix Bank",
        "The Monetary Authority of Singapore has imposed a composition penalty of S$2.6 million on Orbix "
        "Bank for breaches of anti-money laundering requirements.",
    ),
    (
        "sg-pdpc",
        "PDPC fines Orbix S$74,000 over data breach",
        "Singapore's Personal Data Protection Commission has fined Orbix Pte Ltd S$74,000 for failing to "
        "protect the personal data of 1.2 million customers.",
    ),
    (
        "sg-pdpc",
        "Orbix fined $58,000 for data breach",
        "The Personal Data Protection Commission fined Orbix Pte Ltd $58,000 after hackers stole the "
        "records of 300,000 members.",
    ),
    (
        "sg-cccs",
        "CCCS fines Orbix and Veltro S$13 million for bid rigging",
        "The Competition and Consumer Commission of Singapore has imposed financial penalties totalling S$13 "
        "million on Orbix and Veltro for rigging tenders for electrical works.",
    ),
    # Hong Kong
    (
        "hk-sfc",
        "SFC reprimands and fines Orbix Securities HK$12 million",
        "The Securities and Futures Commission has reprimanded Orbix Securities Limited and fined it HK$12 "
        "million for internal control failures.",
    ),
    (
        "hk-hkma",
        "HKMA fines Orbix Bank HK$5 million",
        "The Hong Kong Monetary Authority has imposed a pecuniary penalty of HK$5 million on Orbix Bank for "
        "contraventions of the Anti-Money Laundering Ordinance.",
    ),
    (
        "hk-pcpd",
        "PCPD issues enforcement notice to Orbix over data leak",
        "The Privacy Commissioner for Personal Data has served an enforcement notice on Orbix Limited "
        "ordering it to remedy its contravention of the data security principle.",
    ),
    (
        "hk-compcom",
        "Hong Kong Competition Commission issues infringement notice to Orbix",
        "The Competition Commission of Hong Kong has issued an infringement notice to Orbix Limited "
        "ordering it to stop fixing the prices of its cleaning services.",
    ),
    # Canada
    (
        "ca-osc",
        "Ontario Securities Commission orders Orbix Capital to pay $2 million",
        "An Ontario Securities Commission panel has ordered Orbix Capital Inc. to pay an administrative "
        "penalty of $2 million for misleading investors.",
    ),
    (
        "ca-fintrac",
        "FINTRAC imposes $1.2 million penalty on Orbix Bank",
        "The Financial Transactions and Reports Analysis Centre of Canada has imposed an administrative "
        "monetary penalty of $1.2 million on Orbix Bank for failing to report suspicious transactions.",
    ),
    (
        "ca-crtc",
        "CRTC fines Orbix Telecom $200,000 over unsolicited calls",
        "The Canadian Radio-television and Telecommunications Commission has imposed a $200,000 penalty on "
        "Orbix Telecom for violating the Unsolicited Telecommunications Rules.",
    ),
    (
        "ca-crtc",
        "Le CRTC impose une sanction de 200 000 $ à Orbix Télécom",
        "Le Conseil de la radiodiffusion et des télécommunications canadiennes a imposé une sanction de "
        "200 000 $ à Orbix Télécom pour des appels de télémarketing non sollicités.",
    ),
    (
        "ca-osfi",
        "OSFI imposes penalty on Orbix Insurance",
        "The Office of the Superintendent of Financial Institutions has imposed a $150,000 administrative "
        "monetary penalty on Orbix Insurance Company for breaching reporting requirements.",
    ),
    (
        "ca-qc-cai",
        "La Commission d'accès à l'information impose une sanction de 50 000 $ à Orbix",
        "La Commission d'accès à l'information du Québec a imposé une sanction administrative pécuniaire de "
        "50 000 $ à l'entreprise Orbix pour une fuite de renseignements personnels.",
    ),
    # India
    (
        "in-sebi",
        "Sebi imposes Rs 5 crore penalty on Orbix Capital",
        "The Securities and Exchange Board of India has imposed a penalty of Rs 5 crore on Orbix Capital for "
        "violating insider trading rules.",
    ),
    (
        "in-rbi",
        "RBI imposes monetary penalty on Orbix Bank",
        "The Reserve Bank of India has imposed a monetary penalty of Rs 1.2 crore on Orbix Bank for "
        "non-compliance with know-your-customer directions.",
    ),
    (
        "in-trai",
        "Trai fines Orbix Telecom Rs 35 lakh over spam calls",
        "The Telecom Regulatory Authority of India has imposed a penalty of Rs 35 lakh on Orbix Telecom for "
        "failing to curb spam calls.",
    ),
    # Japan and South Korea
    (
        "jp-ppc",
        "Japan's privacy watchdog orders Orbix to fix data handling",
        "Japan's Personal Information Protection Commission has ordered Orbix Corp to fix security flaws "
        "that exposed the data of 5 million users.",
    ),
    (
        "jp-ppc",
        "Privacy regulator orders Orbix to improve",
        "The Personal Information Protection Commission ordered Japanese messaging firm Orbix to improve its "
        "handling of user data after a leak in Japan.",
    ),
    (
        "jp-fsa",
        "Japan's FSA orders Orbix Securities to suspend business",
        "The Financial Services Agency has ordered Orbix Securities to suspend part of its business for "
        "three months over market manipulation by its traders.",
    ),
    (
        "kr-fsc",
        "South Korea fines Orbix Securities 2 billion won over short selling",
        "South Korea's Financial Services Commission imposed a fine of 2 billion won on Orbix Securities for "
        "illegal short selling.",
    ),
    (
        "kr-fss",
        "Orbix Bank fined 5 billion won over fund mis-selling",
        "South Korea's Financial Supervisory Service imposed a fine of 5 billion won on Orbix Bank for "
        "mis-selling derivative-linked funds.",
    ),
    (
        "kr-fss",
        "Financial Supervisory Service fines Orbix Insurance",
        "The Financial Supervisory Service said it fined Orbix Insurance 3 billion won for paying "
        "commissions to unregistered agents.",
    ),
    # Brazil, as an English-language wire writes it
    (
        "br-cvm",
        "Brazil's CVM fines former Orbix executives",
        "Brazil's securities regulator CVM fined two former Orbix executives a combined 20 million reais for "
        "insider trading.",
    ),
    (
        "br-senacon",
        "Brazil's Senacon fines Orbix 10 million reais over data leak",
        "Brazil's National Consumer Secretariat (Senacon) fined Orbix 10 million reais for failing to "
        "protect customers' data.",
    ),
    (
        "br-procon-sp",
        "Procon-SP fines Orbix 5 million reais",
        "Sao Paulo consumer protection agency Procon-SP fined Orbix 5 million reais for abusive charges in "
        "its delivery app.",
    ),
    # Mexico, in Spanish
    (
        "mx-cofece",
        "La Cofece multa a Orbix con 90 millones de pesos",
        "La Comisión Federal de Competencia Económica impuso una multa de 90 millones de pesos a Orbix por "
        "coludirse en licitaciones del sector salud.",
    ),
    (
        "mx-cna",
        "La Comisión Nacional Antimonopolio multa a Orbix",
        "La Comisión Nacional Antimonopolio impuso a Orbix una multa de 120 millones de pesos por prácticas "
        "monopólicas absolutas.",
    ),
    (
        "mx-ift",
        "El IFT multa a Orbix Telecom",
        "El Instituto Federal de Telecomunicaciones impuso una multa de 30 millones de pesos a Orbix Telecom "
        "por incumplir sus obligaciones de interconexión.",
    ),
    (
        "mx-crt",
        "La Comisión Reguladora de Telecomunicaciones sanciona a Orbix",
        "La Comisión Reguladora de Telecomunicaciones impuso una multa de 15 millones de pesos a Orbix "
        "Telecom por interrumpir el servicio sin aviso.",
    ),
    # South Africa
    (
        "za-info-regulator",
        "Information Regulator fines Orbix R5 million",
        "South Africa's Information Regulator has fined Orbix R5 million for failing to report a security "
        "compromise.",
    ),
    (
        "za-fsca",
        "FSCA fines Orbix Financial Services R10 million",
        "The Financial Sector Conduct Authority has imposed an administrative penalty of R10 million on "
        "Orbix Financial Services for misleading clients.",
    ),
    (
        "za-compcom",
        "Competition Commission fines Orbix R100 million",
        "The Competition Commission of South Africa has fined Orbix R100 million for fixing the price of "
        "bread.",
    ),
    # Turkey
    (
        "tr-bddk",
        "BDDK fines Orbix Bank 50 million lira",
        "Turkey's Banking Regulation and Supervision Agency imposed an administrative fine of 50 million "
        "lira on Orbix Bank.",
    ),
    (
        "tr-spk",
        "Turkey's Capital Markets Board fines Orbix Securities",
        "The Capital Markets Board of Turkey (SPK) imposed an administrative fine of 3 million lira on Orbix "
        "Securities for market manipulation.",
    ),
    # California
    (
        "us-cppa",
        "California Privacy Protection Agency fines Orbix $1.35 million",
        "The California Privacy Protection Agency has fined Orbix Inc. $1.35 million for failing to honor "
        "consumers' requests to opt out of the sale of their data.",
    ),
    (
        "us-cppa",
        "CPPA fines Orbix over data broker registration",
        "CalPrivacy fined data broker Orbix $46,000 for failing to register under the Delete Act.",
    ),
]


@pytest.mark.parametrize(("key", "title", "summary"), DECISIONS, ids=[c[0] for c in DECISIONS])
def test_a_decision_names_its_authority(key: str, title: str, summary: str) -> None:
    assert analyse(title, summary).authority_id == key


@pytest.mark.parametrize("tribunal", ["South Africa's Competition Tribunal", "The Competition Tribunal"])
def test_a_tribunal_confirming_a_commission_settlement_is_the_court_of_the_commissions_decision(
    tribunal: str,
) -> None:
    # Bare, the name is Canada's tribunal's too: the South African regulator makes it South Africa's.
    result = analyse(
        "Competition Tribunal confirms Orbix's R20 million penalty",
        f"{tribunal} has confirmed a settlement in which Orbix agreed to pay an administrative penalty of "
        "R20 million to the Competition Commission of South Africa.",
    )
    assert (result.authority_id, result.court_id) == ("za-compcom", "za-comptrib")


# Names another country's body bears too: (the entry expected, or None, the entry it must not be, headline,
# first sentence)
SHARED = [
    # Japan's and South Korea's Personal Information Protection Commission: the text's countries settle it.
    (
        "kr-pipc",
        "jp-ppc",
        "Orbix fined 1.5 billion won over data leak",
        "South Korea's Personal Information Protection Commission fined Orbix 1.5 billion won for leaking "
        "the data of 3 million users.",
    ),
    (
        "kr-pipc",
        "jp-ppc",
        "Personal Information Protection Commission fines Orbix",
        "The Personal Information Protection Commission fined Orbix 800 million won for collecting users' "
        "data without consent.",
    ),
    # A Commerce Commission without New Zealand's name is no New Zealand body.
    (
        None,
        "nz-comcom",
        "Fiji Commerce Commission fines Orbix Hardware",
        "The Fiji Commerce Commission fined Orbix Hardware FJ$20,000 for raising prices above the "
        "controlled limit.",
    ),
    # Other countries' Financial Markets Authority, Financial Services Commission, information regulator
    (
        None,
        "nz-fma",
        "Austria's Financial Markets Authority fines Orbix Bank",
        "Austria's Financial Markets Authority imposed a fine of €2 million on Orbix Bank for anti-money "
        "laundering failures.",
    ),
    (
        None,
        "kr-fsc",
        "Gibraltar Financial Services Commission fines Orbix Trust",
        "The Gibraltar Financial Services Commission fined Orbix Trust £250,000 for breaches of its "
        "licence conditions.",
    ),
    (
        None,
        "kr-fsc",
        "Financial Services Commission fines Orbix Fund",
        "Mauritius' Financial Services Commission fined Orbix Fund Rs 5 million for failing to file audited "
        "accounts.",
    ),
    (
        None,
        "za-info-regulator",
        "Britain's information regulator fines Orbix £1 million",
        "The UK's information regulator fined Orbix £1 million for failing to protect customer data.",
    ),
    # Thailand's PDPC, Rio de Janeiro's Procon, the UK's former FSA
    (
        None,
        "sg-pdpc",
        "Thailand's PDPC fines Orbix 7 million baht",
        "Thailand's Personal Data Protection Committee fined Orbix 7 million baht for a data breach.",
    ),
    (
        None,
        "br-procon-sp",
        "Procon-RJ fines Orbix 2 million reais",
        "Rio de Janeiro's consumer agency Procon-RJ fined Orbix 2 million reais over abusive charges.",
    ),
    (
        "uk-fsa",
        "jp-fsa",
        "FSA fines Orbix £2 million",
        "The Financial Services Authority fined Orbix £2 million for mis-selling payment protection "
        "insurance.",
    ),
    # Older entries whose names begin like ours keep their texts.
    (
        "in-cci",
        "za-compcom",
        "CCI fines Orbix Rs 200 crore",
        "The Competition Commission of India fined Orbix Rs 200 crore for abusing its dominant position.",
    ),
    (
        "us-sec",
        "br-cvm",
        "SEC fines Orbix $10 million",
        "The Securities and Exchange Commission fined Orbix $10 million for misleading investors.",
    ),
]


@pytest.mark.parametrize(
    ("expected", "key", "title", "summary"), SHARED, ids=[f"{c[1]}-{c[0]}" for c in SHARED]
)
def test_a_shared_name_is_ours_only_with_our_country(
    expected: str | None, key: str, title: str, summary: str
) -> None:
    found = analyse(title, summary).authority_id
    assert found != key
    if expected is not None:
        assert found == expected


def test_canadas_competition_tribunal_stays_canadas() -> None:
    result = analyse(
        "Competition Tribunal upholds Competition Bureau case against Orbix",
        "The Competition Tribunal ordered Orbix to pay a $9 million penalty for drip pricing after a case "
        "brought by the Competition Bureau.",
    )
    assert (result.authority_id, result.court_id) == ("ca-competition-bureau", "ca-competition-tribunal")
    assert result.currency == "CAD"


def test_a_generic_description_finds_the_new_default_entries() -> None:
    assert analyse("New Zealand's competition watchdog fines Orbix", "").authority_id == "nz-comcom"
    assert analyse("New Zealand's privacy watchdog orders Orbix to delete data", "").authority_id == "nz-opc"
    assert analyse("Japan's privacy regulator orders Orbix to fix data leak", "").authority_id == "jp-ppc"


@pytest.mark.parametrize(
    ("summary", "authority"),
    [
        # a competition authority described in the other languages, with its country's adjective inside
        ("L'Autorità francese della concorrenza ha inflitto a Orbix una sanzione di 1,1 miliardi.", "FR"),
        ("L'autorità garante della concorrenza francese ha multato Orbix per 1,1 miliardi di euro.", "FR"),
        ("La autoridad francesa de la competencia ha multado a Orbix con 1.100 millones de euros.", "FR"),
        ("De Franse mededingingswaakhond heeft Orbix een boete van 1,1 miljard euro opgelegd.", "FR"),
        # ... and Italy's own authority by its own name, not the privacy Garante
        ("L'Autorità garante della concorrenza e del mercato ha multato Orbix per 10 milioni di euro.", "IT"),
    ],
)
def test_a_competition_authority_described_with_its_country(summary: str, authority: str) -> None:
    r = analyse("Multa a Orbix", summary)
    assert r.authority_id is not None
    assert authorities.REGISTRY[r.authority_id].country == authority
    assert authorities.REGISTRY[r.authority_id].kind == "competition"


def test_the_office_for_personal_data_protection_is_czech_or_slovak_as_the_text_says() -> None:
    slovak = analyse(
        "Slovak office fines Orbix Slovensko",
        "The Office for Personal Data Protection of the Slovak Republic fined Orbix €50,000.",
    )
    assert slovak.authority_id == "sk-uoou"
    czech = analyse("Czech office fines Orbix", "The Czech Office for Personal Data Protection fined Orbix.")
    assert czech.authority_id == "cz-uoou"


@pytest.mark.parametrize(
    ("title", "summary", "court"),
    [
        (
            "Franse rechter verlaagt boete Orbix",
            "Het hof van beroep in Parijs heeft de boete van de Franse mededingingsautoriteit verlaagd van "
            "1,1 miljard euro naar 372 miljoen euro.",
            "fr-ca-paris",
        ),
        (
            "Gerecht EU verwerpt beroep Orbix tegen boete van de Commissie",
            "Orbix kan nog in hogere voorziening gaan bij het Hof van Justitie.",
            "eu-general-court",
        ),
    ],
)
def test_courts_by_their_names_in_other_languages(title: str, summary: str, court: str) -> None:
    assert analyse(title, summary).court_id == court


# (entry, abbreviation it does not have, headline, first sentence where those letters mean something else)
LEFT_OUT = [
    (
        "sg-mas",
        "MAS",  # Malaysia Airlines; Spanish "más", French "mas", Bolivia's MAS party
        "MAS fined over flight delays",
        "Malaysia's aviation commission fined MAS 1 million ringgit over repeated flight delays.",
    ),
    (
        "nz-fma",
        "FMA",  # Austria's and Liechtenstein's Finanzmarktaufsicht
        "FMA fines Orbix Bank €500,000",
        "Austria's Financial Market Authority (FMA) imposed a fine of €500,000 on Orbix Bank for "
        "anti-money laundering breaches.",
    ),
    (
        "nz-comcom",
        "ComCom",  # Switzerland's Federal Communications Commission
        "ComCom fines Orbix Telecom",
        "Switzerland's ComCom fined Orbix Telecom 2 million francs for breaching its licence.",
    ),
    (
        "sg-pdpc",
        "PDPC",  # Thailand's Personal Data Protection Committee
        "PDPC fines Orbix 7 million baht",
        "Thailand's Personal Data Protection Committee (PDPC) fined Orbix 7 million baht for a data breach.",
    ),
    (
        "sg-cccs",
        "CCS",  # carbon capture and storage
        "Orbix fined over CCS site leak",
        "The Environment Agency fined Orbix £100,000 over a leak at its carbon capture and storage (CCS) "
        "site.",
    ),
    (
        "jp-ppc",
        "PPC",  # pay-per-click
        "Orbix fined over PPC ad fraud",
        "The Federal Trade Commission fined Orbix $2 million for deceptive PPC advertising.",
    ),
    (
        "jp-fsa",
        "FSA",  # the UK's former Financial Services Authority
        "FSA fines Orbix £2 million",
        "The FSA fined Orbix £2 million for mis-selling payment protection insurance.",
    ),
    (
        "kr-fsc",
        "FSC",  # the Forest Stewardship Council
        "Orbix fined over fake FSC labels",
        "The Federal Trade Commission fined Orbix $1 million for labelling furniture with fake FSC "
        "certification.",
    ),
    (
        "kr-fss",
        "FSS",  # Food Standards Scotland
        "Orbix Foods fined £20,000 after FSS prosecution",
        "Orbix Foods was fined £20,000 at Glasgow Sheriff Court after a prosecution brought by FSS over "
        "hygiene failures.",
    ),
    (
        "ca-osc",
        "OSC",  # an order to show cause
        "Judge fines Orbix after OSC hearing",
        "A federal judge in New York fined Orbix $50,000 after an OSC hearing on its discovery failures.",
    ),
    (
        "tr-spk",
        "CMB",  # China Merchants Bank
        "CMB fined 71 million yuan",
        "China's banking regulator fined CMB 71 million yuan for illegal lending.",
    ),
    (
        "mx-cna",
        "CNA",  # Channel NewsAsia, and many others
        "Orbix fined S$1 million, CNA reports",
        "Singapore's competition watchdog fined Orbix S$1 million, CNA reported.",
    ),
    (
        "mx-crt",
        "CRT",  # cathode-ray tubes
        "Orbix fined over CRT dumping",
        "The Environment Agency fined Orbix £80,000 for illegally dumping old CRT televisions.",
    ),
    (
        "ca-qc-cai",
        "CAI",  # Club Alpino Italiano
        "Il Garante sanziona il CAI",
        "Il Garante privacy ha inflitto al CAI una sanzione di 20 mila euro per la newsletter ai soci.",
    ),
    (
        "br-procon-sp",
        "Procon",  # every Brazilian state has one
        "Procon fines Orbix 2 million reais",
        "Rio de Janeiro's Procon fined Orbix 2 million reais over abusive charges.",
    ),
]


@pytest.mark.parametrize(
    ("key", "abbreviation", "title", "summary"), LEFT_OUT, ids=[f"{c[0]}-{c[1]}" for c in LEFT_OUT]
)
def test_an_ambiguous_abbreviation_names_no_entry(
    key: str, abbreviation: str, title: str, summary: str
) -> None:
    check_left_out(key, abbreviation, title, summary)


@pytest.mark.parametrize(
    ("key", "title", "summary"),
    [
        (
            "au-apra",
            "Il Garante chiede che Orbix apra le sue banche dati",
            "Il Garante privacy ha inflitto a Orbix una sanzione di 2 milioni di euro e chiede che apra i "
            "registri agli ispettori.",
        ),
        (
            "in-trai",
            "Orbix, multa dal Garante: se trai profitto dai dati paghi",
            "Il Garante privacy ha inflitto a Orbix una sanzione di 1 milione di euro.",
        ),
    ],
)
def test_the_italian_verbs_apra_and_trai_are_no_abbreviation(key: str, title: str, summary: str) -> None:
    # Abbreviations match case-sensitively: "APRA"/"Apra" and "TRAI"/"Trai" only.
    assert analyse(title, summary).authority_id != key


# (headline, first sentence, currency): a bare "$" is the deciding authority's dollar; NZ$, S$, HK$, their
# codes and "<country> dollars" say theirs.
CURRENCIES = [
    ("ACMA fines Orbix Telecom $1.5 million", "", "AUD"),
    ("CRTC fines Orbix Telecom $200,000 over unsolicited calls", "", "CAD"),
    (
        "Orbix fined $2.1 million",
        "New Zealand's Commerce Commission said Orbix Ltd was fined $2.1 million for misleading consumers.",
        "NZD",
    ),
    (
        "Orbix Bank fined $3 million",
        "The Monetary Authority of Singapore fined Orbix Bank $3 million for anti-money laundering lapses.",
        "SGD",
    ),
    (
        "Orbix fined $8 million",
        "Hong Kong's Securities and Futures Commission fined Orbix Securities $8 million.",
        "HKD",
    ),
    ("Orbix fined NZ$2.5 million", "New Zealand's Commerce Commission fined Orbix NZ$2.5 million.", "NZD"),
    ("MAS imposes S$1.1 million penalty on Orbix Bank", "", "SGD"),
    ("SFC fines Orbix HK$10 million", "", "HKD"),
    ("HKMA fines Orbix Bank HKD 5 million", "", "HKD"),
    ("CCCS fines Orbix 5 million Singapore dollars", "", "SGD"),
    ("PCPD fines Orbix 2 million Hong Kong dollars", "", "HKD"),
    ("Orbix fined 3 million New Zealand dollars", "New Zealand's Commerce Commission fined Orbix.", "NZD"),
    # An explicit US dollar stays one; California's dollars are US dollars.
    ("MAS fines Orbix Bank US$2 million", "", "USD"),
    ("California Privacy Protection Agency fines Orbix $1.35 million", "", "USD"),
]


@pytest.mark.parametrize(("title", "summary", "currency"), CURRENCIES)
def test_dollars_are_the_deciding_countrys(title: str, summary: str, currency: str) -> None:
    result = analyse(title, summary)
    assert result.currency == currency
    assert result.amount_eur is not None  # the ECB reference rates hold NZD, SGD and HKD


def test_the_federal_data_protection_commissioner_inflected() -> None:
    r = analyse(
        "Landgericht Bonn senkt Datenschutz-Bußgeld gegen Orbix auf 900.000 Euro",
        "Orbix muss deutlich weniger zahlen als vom Bundesdatenschutzbeauftragten verlangt.",
        published="2020-11-11",
    )
    assert r.authority_id == "de-bfdi"


@pytest.mark.parametrize(
    ("title", "summary", "jurisdiction"),
    [
        # a court of a country the registry has no court for is none of the name's entries
        (
            "Brasilien sperrt Orbix – eine Million Reais Strafe pro Tag",
            "Ein Bundesgericht in Brasilien hat die landesweite Sperrung von Orbix angeordnet.",
            "BR",
        ),
        (
            "Brazil judge fines Orbix 5 million reais a day",
            "Brazilian Supreme Court Justice Anna Berg on Thursday imposed a daily fine of 5 million reais "
            "on Orbix.",
            "BR",
        ),
        # Russia, by its name and its capital
        (
            "Russie : Orbix menacé d'une astreinte",
            "Le tribunal d'arbitrage de Moscou ordonne à Orbix de payer.",
            "RU",
        ),
    ],
)
def test_a_court_of_a_country_without_a_registry_court(title: str, summary: str, jurisdiction: str) -> None:
    r = analyse(title, summary, published="2024-05-01")
    assert r.court_id is None
    assert r.jurisdiction == jurisdiction


def test_spains_consumer_ministry_named_abroad() -> None:
    for title, summary in (
        ("Spain fines five airlines €179m", "Spain's consumer rights ministry has fined Orbix €107.8m."),
        ("Orbix får bot i Spania", "Spanias forbrukerdepartement har bøtelagt Orbix med 179 millioner euro."),
    ):
        assert analyse(title, summary).authority_id == "es-consumo"


@pytest.mark.parametrize(
    ("title", "authority"),
    [
        # the Italian press's "garante privacy" abroad is that country's data protection authority
        ("Cookie, il garante privacy francese multa Orbix per 150 milioni", "fr-cnil"),
        ("Grecia, il Garante privacy multa il ministero della Migrazione", "gr-hdpa"),
        # ... and at home the Garante
        ("Il Garante privacy multa Orbix per 15 milioni", "it-garante"),
    ],
)
def test_the_italian_presss_garante_privacy_abroad(title: str, authority: str) -> None:
    assert analyse(title, "La sanzione è di 175.000 euro.").authority_id == authority


@pytest.mark.parametrize(
    ("title", "summary", "jurisdiction"),
    [
        # the Italian press's "Garante" with another country's adjective
        (
            "Multa per Orbix",
            "Secondo il Garante irlandese, Orbix ha violato il GDPR: multa da 405 milioni.",
            "IE",
        ),
        # a city's adjective says the country of a description
        (
            "Recordboete voor Orbix",
            "De Berlijnse privacytoezichthouder heeft Orbix een boete van €14,5 mln opgelegd.",
            "DE",
        ),
        # a Norwegian adjective in the definite form, and a Nordic genitive
        (
            "Orbix får rekordbot",
            "Det tsjekkiske datatilsynet har ilagt Orbix et gebyr på 351 millioner kroner.",
            "CZ",
        ),
        (
            "Tyrkia gir Orbix dagbøter",
            "Tyrkias konkurransetilsyn har ilagt Orbix en bot på 4,8 millioner lira, rundt 1,6 millioner "
            "kroner, per dag.",
            "TR",
        ),
    ],
)
def test_descriptions_of_authorities_abroad(title: str, summary: str, jurisdiction: str) -> None:
    assert analyse(title, summary, published="2024-08-06").jurisdiction == jurisdiction
