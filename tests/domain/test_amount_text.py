"""Amounts as a carer types them: what is read, and the plain message for what is not."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from phbplanner.domain.amount_text import ENTRY_LIMIT, AmountCode, AmountError, parse_amount
from phbplanner.domain.money import Money


@pytest.mark.parametrize(
    ("text", "pence"),
    [
        ("12", 1200),
        ("12.5", 1250),
        ("12.50", 1250),
        ("£1,234.50", 123450),
        ("123,456.78", 12345678),
        ("-12.00", -1200),
        ("(12.00)", -1200),  # the accountant's way of writing money out
        ("-£12", -1200),
        ("£-12", -1200),
        ("+12", 1200),
        ("\u221212.00", -1200),  # a typographic minus sign, as pasted from a statement
        (" £ 1 234.50 ", 123450),  # spaces, also as thousands separators
        ("1\u00a0234.50", 123450),  # a non-breaking space
        (".50", 50),
        ("12.", 1200),
        ("50p", 50),
        ("999,999.99", ENTRY_LIMIT.pence),
    ],
)
def test_reads_what_people_type(text: str, pence: int) -> None:
    assert parse_amount(text) == Money(pence)


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        ("£1,2,3", AmountCode.COMMAS, "commas in the wrong places"),
        ("1,23.00", AmountCode.COMMAS, "commas in the wrong places"),
        ("12.34,5", AmountCode.COMMAS, "commas in the wrong places"),
        ("12.345", AmountCode.DECIMALS, "more than 2 numbers after the decimal point"),
        ("1.2.3", AmountCode.DECIMAL_POINTS, "more than one decimal point"),
        ("twelve", AmountCode.NOT_A_NUMBER, "is not an amount"),
        ("12a", AmountCode.NOT_A_NUMBER, "is not an amount"),
        ("1e3", AmountCode.NOT_A_NUMBER, "is not an amount"),
        ("£", AmountCode.NOT_A_NUMBER, "is not an amount"),
        ("١٢", AmountCode.NOT_A_NUMBER, "is not an amount"),  # Arabic-Indic digits
        ("", AmountCode.EMPTY, "Type an amount"),
        ("   ", AmountCode.EMPTY, "Type an amount"),
        ("--12", AmountCode.SIGNS, "more than one minus sign"),
        ("(-12)", AmountCode.SIGNS, "more than one minus sign"),
        ("1000000", AmountCode.TOO_LARGE, "more than any single payment could be"),
        ("9" * 30, AmountCode.TOO_LARGE, "more than any single payment could be"),
        ("9" * 5000, AmountCode.TOO_LARGE, "more than any single payment could be"),
        ("0", AmountCode.ZERO, "The amount is zero"),
        ("£0.00", AmountCode.ZERO, "The amount is zero"),
    ],
)
def test_refuses_with_a_plain_message(text: str, code: AmountCode, words: str) -> None:
    with pytest.raises(AmountError) as caught:
        parse_amount(text)
    assert caught.value.code is code
    assert words in caught.value.message
    assert "Traceback" not in caught.value.message


def test_message_quotes_what_was_typed_and_shows_the_limit() -> None:
    with pytest.raises(AmountError) as caught:
        parse_amount("£1,2,3")
    assert caught.value.message.startswith("“£1,2,3” has commas in the wrong places.")
    with pytest.raises(AmountError) as caught:
        parse_amount("2000000")
    assert "£999,999.99" in caught.value.message


def test_a_very_long_text_is_cut_short_in_the_message() -> None:
    with pytest.raises(AmountError) as caught:
        parse_amount("x" * 1000)
    assert len(caught.value.message) < 200


def test_negative_refused_when_not_allowed_and_zero_allowed_when_asked() -> None:
    with pytest.raises(AmountError) as caught:
        parse_amount("-5", allow_negative=False)
    assert caught.value.code is AmountCode.NEGATIVE
    assert parse_amount("0.00", allow_zero=True) == Money(0)


@settings(derandomize=True, deadline=None)
@given(st.integers(min_value=-ENTRY_LIMIT.pence, max_value=ENTRY_LIMIT.pence).filter(bool))
def test_money_shown_is_read_back_exactly(pence: int) -> None:
    money = Money(pence)
    assert parse_amount(money.format()) == money
    assert parse_amount(money.to_str()) == money
