"""Money: exact pence, strict parsing, GBP formatting, half-up rounding."""

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from phbplanner.domain.money import Money, MoneyCode, MoneyError, round_half_up
from phbplanner.domain.text import translated_by


@pytest.mark.parametrize(
    ("pence", "text"),
    [(0, "£0.00"), (5, "£0.05"), (123450, "£1,234.50"), (100000000, "£1,000,000.00"),
     (-1200, "-£12.00")],
)  # fmt: skip
def test_format_in_pounds_with_thousands_separators(pence: int, text: str) -> None:
    assert Money(pence).format() == text


@pytest.mark.parametrize(
    ("text", "pence"),
    [("1234.50", 123450), ("£1,234.5", 123450), ("12", 1200), (" 0.07 ", 7), ("1.00", 100)],
)
def test_parse_accepts_what_people_type(text: str, pence: int) -> None:
    assert Money.parse(text).pence == pence


@pytest.mark.parametrize(
    ("text", "code", "sentence"),
    [
        ("12.345", MoneyCode.DECIMALS, '"12.345" has more than 2 decimal places.'),
        ("", MoneyCode.EMPTY, "There is no amount. Write one like 12.50."),
        ("twelve", MoneyCode.NOT_AN_AMOUNT, '"twelve" is not an amount like 12.50.'),
        ("1e3", MoneyCode.NOT_AN_AMOUNT, '"1e3" is not an amount like 12.50.'),
        ("-5.00", MoneyCode.NEGATIVE, '"-5.00" is below zero.'),
        ("12.5.1", MoneyCode.NOT_AN_AMOUNT, '"12.5.1" is not an amount like 12.50.'),
        ("NaN", MoneyCode.NOT_AN_AMOUNT, '"NaN" is not an amount like 12.50.'),
        ("1000000000", MoneyCode.TOO_LARGE,
         '"1000000000" is too large. The most it can be is £999,999,999.99.'),
        (12.5, MoneyCode.NOT_TEXT, '"12.5" is not an amount written as text, like "12.50".'),
    ],
)  # fmt: skip
def test_parse_refuses_with_a_whole_sentence(text: Any, code: MoneyCode, sentence: str) -> None:
    with pytest.raises(MoneyError) as caught:
        Money.parse(text)
    assert caught.value.code is code
    assert str(caught.value) == sentence


def test_the_sentence_can_name_the_amount_another_way() -> None:
    with pytest.raises(MoneyError) as caught:
        Money.parse("-5.00")
    assert caught.value.sentence("“-5.00”") == "“-5.00” is below zero."


def test_the_sentence_is_said_by_the_translator_in_force() -> None:
    welsh = {"{amount} is below zero.": "Mae {amount} yn llai na sero."}
    with (
        translated_by(lambda _context, text: welsh.get(text, text)),
        pytest.raises(MoneyError) as caught,
    ):
        Money.parse("-5.00")
    assert str(caught.value) == 'Mae "-5.00" yn llai na sero.'


def test_negative_allowed_only_when_asked() -> None:
    assert Money.parse("-5.00", allow_negative=True).pence == -500


def test_money_refuses_floats() -> None:
    with pytest.raises(TypeError):
        Money(1.5)  # type: ignore[arg-type]


def test_half_a_penny_rounds_up_and_away_from_zero() -> None:
    assert round_half_up(Decimal("0.5")) == 1
    assert round_half_up(Decimal("2.5")) == 3  # not banker's rounding (which gives 2)
    assert round_half_up(Decimal("-2.5")) == -3
    assert round_half_up(Decimal("2.4999")) == 2


@given(st.integers(min_value=-(10**11) + 1, max_value=10**11 - 1))
def test_interchange_text_round_trips(pence: int) -> None:
    money = Money(pence)
    assert Money.parse(money.to_str(), allow_negative=True) == money
    assert Money.parse(money.format(), allow_negative=True) == money


@given(st.lists(st.integers(min_value=0, max_value=10**9), max_size=30))
def test_total_is_the_exact_sum(values: list[int]) -> None:
    assert Money.total(Money(v) for v in values).pence == sum(values)
