"""The amount-context shortcuts say what the regexes they replaced said: a phrase list checked with
`endswith` on the window without its trailing white space, and a literal gate before the periodic pattern."""

from __future__ import annotations

import random
import re

import pytest

from streams.classify import analyse, money

# The patterns as they were written before the shortcuts.
_CAP_BEFORE = re.compile(
    r"(?:up to|of up to|jusqu'à|bis zu|von bis zu|tot wel|tot maximaal|tot|fino a|hasta|"
    r"opptil|inntil|maximum of|maximum|max\.?|a maximum|maximal|as much as|maximum van|maximum de|"
    r"massimo di|máximo de|höchstens|maksimalt)\s*$"
)
_APPROX_BEFORE = re.compile(
    r"(?:more than|over|nearly|almost|around|about|roughly|some|plus de|près de|mehr als|über|rund|ruim|"
    r"meer dan|oltre|più di|quasi|más de|casi|over|mer enn|nesten| gut|knapp| fast|circa|ongeveer|bijna|"
    r"environ|alrededor de|cerca de|aproximadamente|rundt|omkring|om lag|drøyt|nærmere)\s*$"
)
_FROM_TO = re.compile(r"(?:from|de|von|van|da|de)\s*$")

_PIECES = [
    *("up to", "max", "max.", "tot", "maximum", "de", "von", "from", "da", "nearly", "über", "some", "rund"),
    *(" ", "  ", "\n", "\t", "\u2003", ".", ",", "x", "a", "€", "5", "the fine of", "jusqu'à", "bis zu"),
    *("gut", "Saatgut", "breakfast", "fast", "knapp", "om lag", "drøyt"),
]


@pytest.mark.parametrize(
    ("rx", "phrases"),
    [
        (_CAP_BEFORE, money.CAP_PHRASES),
        (_APPROX_BEFORE, money.APPROX_PHRASES),
        (_FROM_TO, money._FROM_PHRASES),
    ],
)
def test_phrase_endings_equal_the_regex(rx: re.Pattern[str], phrases: tuple[str, ...]) -> None:
    rnd = random.Random(11)
    for _ in range(20000):
        window = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 6)))
        for cut in (len(window), 25, 15, 6):
            w = window[-cut:] if cut else window
            assert money.ends_with_phrase(w, phrases) == bool(rx.search(w)), repr(w)


def test_no_phrase_ends_in_white_space() -> None:
    for phrase in (*money.CAP_PHRASES, *money.APPROX_PHRASES, *money._FROM_PHRASES):
        assert phrase == phrase.rstrip()


@pytest.mark.parametrize(
    "before",
    [
        "the daily penalty of ",
        "une astreinte de 100 000 euros par jour, soit ",
        "ein zwangsgeld von 5000 euro pro tag und ",
        "dagelijkse dwangsom van ",
        "tägliches zwangsgeld in höhe von ",
        "penalità di mora di 1000 euro al giorno per ",
        "multa coercitiva de 600 euros por día, ",
        "daglig tvangsmulkt på ",
    ],
)
def test_every_periodic_before_match_passes_its_gate(before: str) -> None:
    assert money._PERIODIC_BEFORE.search(before)
    assert any(w in before for w in money._PERIODIC_BEFORE_GATE)


def test_renoted_copies_every_other_field() -> None:
    m = money.AmountMention(
        value=money.Decimal("5"),
        currency="EUR",
        start=3,
        end=9,
        in_title=True,
        periodic=False,
        cap=True,
        penalty_context=True,
        approximate=True,
        note=None,
        sentence=2,
    )
    from dataclasses import replace

    assert money._renoted(m, "background") == replace(m, note="background")
    assert money._renoted(m, "conversion", True) == replace(m, note="conversion", periodic=True)


def test_a_rounded_penalty_is_not_beaten_by_another_penaltys_exact_figure() -> None:
    r = analyse(
        "Nord Stream 2 – fines of more than PLN 29 billion for Orbix and PLN 234 million for five companies",
        "The President of UOKiK imposed a fine of over PLN 29 billion on Orbix and fines totalling more than "
        "PLN 234 million on five others.",
    )
    assert (r.amount, r.currency) == ("29000000000", "PLN")


def test_a_round_sum_told_with_no_penalty_word_yields_to_the_exact_penalty() -> None:
    r = analyse(
        "Orbix, maxi-accordo da oltre 1 miliardo di dollari con le autorità Usa",
        "Orbix pagherà oltre un miliardo di dollari per chiudere le indagini. Il gruppo verserà una sanzione "
        "penale di circa 520,6 milioni di dollari.",
    )
    assert (r.amount, r.currency) == ("520600000", "USD")


@pytest.mark.parametrize(
    ("title", "summary", "amount"),
    [
        # the settlement's total over a penalty and money paid back: the penalty
        (
            "Prime-Abos: Orbix zahlt 2,5 Milliarden Dollar an US-Verbraucherschützer",
            "Der Konzern zahlt eine Zivilstrafe von einer Milliarde Dollar und erstattet Kunden weitere 1,5 "
            "Milliarden Dollar, wie die FTC mitteilte.",
            "1000000000",
        ),
        (
            "CFPB Orders Orbix Bank to Pay $3.7 Billion",
            "The CFPB today issued a consent order requiring Orbix Bank to return more than $2 billion to "
            "harmed consumers and to pay a $1.7 billion civil money penalty.",
            "1700000000",
        ),
        # a penalty another party pays, told apart, is not the company's
        (
            "Orbix, ex-CEO settle SEC charges",
            "Orbix Capital has agreed to pay $50 million to settle SEC charges. Former Chief Executive Anna "
            "Berg agreed to pay a $1 million civil penalty.",
            "50000000",
        ),
    ],
)
def test_a_settlements_penalty_part_is_the_amount(title: str, summary: str, amount: str) -> None:
    r = analyse(title, summary)
    assert (r.amount, r.currency) == (amount, "USD")


@pytest.mark.parametrize(
    ("title", "summary", "amount", "currency"),
    [
        # the headline rounds ("près de 5 millions"), the body tells the exact figure: the exact one
        (
            "Orbix écope d'une amende de près de 5 millions d'euros aux Pays-Bas",
            "Le régulateur néerlandais a infligé à Orbix une amende de 4,75 millions d'euros.",
            "4750000",
            "EUR",
        ),
        # "more than" rounds down: a smaller exact figure is a part, not the penalty
        (
            "Watchdog fines drugmakers more than £260 million",
            "The CMA fined several companies a total of more than £260 million. Orbix and Veltro together "
            "account for £221.1 million of the penalties.",
            "260000000",
            "GBP",
        ),
        # a figure first envisaged, told as background in the decision's currency, is not what the headline's
        # conversion stands for
        (
            "La Norvège inflige une amende de près de 6,4 millions d'euros à Orbix",
            "L'autorité norvégienne de protection des données, Datatilsynet, a sanctionné Orbix d'une "
            "amende de près de 6,4 millions d'euros. L'autorité avait d'abord envisagé une sanction plus "
            "lourde, de 100 millions de couronnes.",
            "6400000",
            "EUR",
        ),
    ],
)
def test_a_rounded_figure_and_the_exact_one_of_the_same_penalty(
    title: str, summary: str, amount: str, currency: str
) -> None:
    r = analyse(title, summary, published="2024-12-19")
    assert (r.amount, r.currency) == (amount, currency)


def test_a_fine_already_imposed_by_another_body_is_no_figure_of_an_appeal_about_an_order() -> None:
    r = analyse(
        "El Supremo alemán da la razón al Bundeskartellamt frente a Orbix",
        "El Tribunal Supremo Federal de Alemania (BGH) anula la decisión de un tribunal de Düsseldorf que "
        "había suspendido la orden del regulador. Orbix ya fue multada por la Comisión con 110 millones de "
        "euros en 2017.",
        language="es",
        published="2020-06-23",
    )
    assert (r.primary, r.amount) == ("appeal", None)


def test_the_headlines_rounding_of_the_penalty_an_appeal_judgment_tells_as_history() -> None:
    r = analyse(
        "La justice européenne confirme définitivement l'amende de 2,4 milliards d'euros infligée à Orbix",
        "Fin de partie pour Orbix dans l'affaire Orbix Shopping. La Cour de justice de l'Union européenne a "
        "rejeté, mardi 10 septembre, le pourvoi du groupe contre l'amende de 2,42 milliards d'euros que lui "
        "avait infligée la Commission européenne en juin 2017.",
        published="2024-09-11",
    )
    assert (r.primary, r.amount, r.currency) == ("appeal", "2420000000", "EUR")
    # ... but a daily figure stays daily
    r = analyse(
        "EuGH verhängt Zwangsgeld gegen Irland: 15.000 Euro pro Tag wegen Windpark",
        "Irland muss wegen eines Windparks täglich 15.000 Euro zahlen, bis es ein Urteil aus dem Jahr 2008 "
        "umsetzt.",
        published="2019-11-12",
    )
    assert (r.amount, r.periodic) == ("15000", "day")


@pytest.mark.parametrize(
    ("title", "summary", "amount", "currency", "periodic"),
    [
        # a headline's total told without a currency, the body's total of the same fines with it
        (
            "Consumo multa con 179 millones a Orbix, Veltro y Zentra por cobrar el equipaje de mano",
            "El Ministerio de Consumo ha impuesto multas por un total de 179 millones de euros a tres "
            "aerolíneas. Orbix encabeza la lista, con 107,8 millones de euros, seguida de Veltro (39,3 "
            "millones) y Zentra (31,9 millones).",
            "179000000",
            "EUR",
            None,
        ),
        # "budget airlines" are airlines, not a budget
        (
            "Spain fines five budget airlines €179m over hand luggage charges",
            "Spain's consumer rights ministry has fined five budget airlines a total of €179m. Orbix "
            "received the largest penalty, €107.8m.",
            "179000000",
            "EUR",
            None,
        ),
        # a fine "last year" is another event's
        (
            "Italian court orders Orbix to restore a political group's page",
            "An Italian court ordered Orbix to reactivate the page. The court said Orbix must pay 800 euros "
            "($890) for each day it fails to comply. Italy's antitrust authority fined Orbix 10 million "
            "euros last year for misleading users.",
            "800",
            "EUR",
            "day",
        ),
        # roubles, and a conversion's "per dag" that tells the roubles are per day too
        (
            "Russisk domstol: Orbix må betale dagbøter som dobles hver uke",
            "En voldgiftsdomstol i Moskva pålegger Orbix å gjenåpne kanalen. Dersom Orbix ikke etterlever "
            "dommen innen 20. mai, påløper en mulkt på 100 000 rubler, rundt 11 300 kroner, per dag.",
            "100000",
            "RUB",
            "day",
        ),
    ],
)
def test_totals_budgets_last_years_and_roubles(
    title: str, summary: str, amount: str, currency: str, periodic: str | None
) -> None:
    r = analyse(title, summary, published="2024-11-22")
    assert (r.amount, r.currency, r.periodic) == (amount, currency, periodic)


def test_a_shorter_form_of_the_targets_name_is_the_target_not_another_company() -> None:
    # "Santander" in the headline and "Santander UK" in the lead are one company: the headline's figure
    # is this decision's, not the quote's "5,000 pounds"
    r = analyse(
        "UK watchdog fines Santander 107.7 million pounds over money laundering controls",
        "Britain's Financial Conduct Authority said on Friday it had fined Santander UK 107.7 million "
        "pounds. \"In one case, a customer expected monthly deposits of 5,000 pounds,\" the FCA said.",
        published="2022-12-09",
    )
    assert (r.amount, r.currency) == ("107700000", "GBP")


@pytest.mark.parametrize(
    ("summary", "amount", "currency"),
    [
        ("The Czech authority has fined Orbix 351 million Czech koruna (U.S. $15m).", "351000000", "CZK"),
        (
            "Indias konkurransetilsyn har ilagt Orbix en bot på 13,38 milliarder rupi, rundt 1,7 milliarder "
            "kroner.",
            "13380000000",
            "INR",
        ),
    ],
)
def test_korunas_and_rupis(summary: str, amount: str, currency: str) -> None:
    r = analyse("Orbix fined", summary, published="2024-04-15")
    assert (r.amount, r.currency) == (amount, currency)


def test_a_deal_value_with_its_conversion_in_brackets_is_set_aside() -> None:
    from streams.classify.text import document

    doc = document(
        "US-Berufungsgericht kippt FTC-Anordnung gegen Orbix",
        "Das Gericht sah Belege dafür, dass die 7,1 Milliarden Dollar (rund 6,5 Milliarden Euro) schwere "
        "Übernahme den Wettbewerb beschränkt.",
    )
    notes = {(str(m.value), m.currency): m.note for m in money.find(doc, {}, "de")}
    assert notes[("7100000000.0", "USD")] == "ignore"
