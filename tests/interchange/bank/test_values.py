"""Amounts, dates and duplicate keys as banks write them."""

from __future__ import annotations

from datetime import date

import pytest

from phbplanner.domain.money import Money
from phbplanner.interchange.bank.values import (
    ValueProblem,
    date_parser,
    infer_date_format,
    is_date_format,
    normalise_text,
    parse_amount,
)


@pytest.mark.parametrize(
    ("text", "pence"),
    [
        ("-12.34", -1234),
        ("12.5", 1250),
        ("12", 1200),
        (".5", 50),
        ("£1,234.56", 123456),
        ("1,000,000.00", 100000000),
        ("-£5", -500),
        ("£-5.00", -500),
        ("+£5.10", 510),
        ("'-12.30", -1230),
        ("\u00a012.34\u00a0", 1234),
        ("12.34 GBP", 1234),
        ("GBP 12.34", 1234),
        ("12.34 CR", 1234),
        ("12.34 DR", -1234),
        ("(12.34)", -1234),
        ("12.34-", -1234),
        ("\u221212.34", -1234),
        ("12.340", 1234),
        ("  7.00  ", 700),
    ],
)
def test_amounts_banks_write(text: str, pence: int) -> None:
    assert parse_amount(text) == Money(pence)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("12,34.5x", "the amount '12,34.5x' is not a number"),
        ("12,34", "the amount '12,34' is not a number"),
        ("1,2345.00", "the amount '1,2345.00' is not a number"),
        ("abc", "the amount 'abc' is not a number"),
        ("1.2.3", "the amount '1.2.3' is not a number"),
        ("--5", "the amount '--5' is not a number"),
        ("12.345", "the amount '12.345' has more than 2 decimal places"),
        ("", "the amount is empty"),
        ("£", "the amount '£' is not a number"),
        ("1e5", "the amount '1e5' is not a number"),
        ("NaN", "the amount 'NaN' is not a number"),
        ("1000000000.00", "the amount '1000000000.00' is too large"),
    ],
)
def test_amounts_that_are_not_numbers_get_a_plain_reason(text: str, reason: str) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_amount(text)
    assert caught.value.reason == reason


def test_balance_reasons_name_the_balance() -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_amount("x1", "balance")
    assert caught.value.reason == "the balance 'x1' is not a number"


@pytest.mark.parametrize(
    ("date_format", "text", "expected"),
    [
        ("%d/%m/%Y", "31/01/2024", date(2024, 1, 31)),
        ("%d/%m/%Y", "1/2/2024", date(2024, 2, 1)),
        ("%d/%m/%Y", "'31/01/2024", date(2024, 1, 31)),
        ("%d/%m/%Y", "31/01/2024 10:31", date(2024, 1, 31)),
        ("%d/%m/%y", "31/01/24", date(2024, 1, 31)),
        ("%d %b %Y", "02 Jan 2024", date(2024, 1, 2)),
        ("%d %b %Y", "02 JAN 2024", date(2024, 1, 2)),
        ("%d %b %Y", "2 Sept 2024", date(2024, 9, 2)),
        ("%d %b %Y", "08 December 2023", date(2023, 12, 8)),
        ("%d-%b-%Y", "08-Dec-2023", date(2023, 12, 8)),
        ("%Y-%m-%d", "2024-01-31T10:31:00Z", date(2024, 1, 31)),
        ("%Y-%m-%d", "2024-01-31 10:31:00.123+01:00", date(2024, 1, 31)),
    ],
)
def test_dates(date_format: str, text: str, expected: date) -> None:
    assert date_parser(date_format)(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31/02/2024", "the date '31/02/2024' is not a real date"),
        ("2024-01-31", "the date '2024-01-31' is not a date like 31/01/2024"),
        ("", "the date is empty"),
        ("31/01/2024x", "the date '31/01/2024x' is not a date like 31/01/2024"),
    ],
)
def test_bad_dates_get_a_plain_reason(text: str, reason: str) -> None:
    with pytest.raises(ValueProblem) as caught:
        date_parser("%d/%m/%Y")(text)
    assert caught.value.reason == reason


def test_date_formats_must_name_day_month_and_year() -> None:
    assert is_date_format("%d/%m/%Y")
    assert is_date_format("%d %b %y")
    assert not is_date_format("%d/%m")
    assert not is_date_format("%d/%m/%Y/%Y")
    assert not is_date_format("%d/%m/%Q")
    assert not is_date_format("%m/%b/%Y")


def test_ambiguous_dates_are_read_day_first() -> None:
    """Every value fits both orders: UK banks write the day first, so day first it is."""
    assert infer_date_format(["01/02/2024", "03/04/2024", "12/12/2024"]) == "%d/%m/%Y"


def test_month_first_only_when_the_file_proves_it() -> None:
    assert infer_date_format(["01/02/2024", "12/31/2024"]) == "%m/%d/%Y"
    assert infer_date_format(["01/02/2024", "31/12/2024"]) == "%d/%m/%Y"


def test_date_format_found_from_the_values() -> None:
    assert infer_date_format(["2024-01-31", "2024-02-01"]) == "%Y-%m-%d"
    assert infer_date_format(["02 Jan 2024"]) == "%d %b %Y"
    assert infer_date_format(["02/01/24"]) == "%d/%m/%y"


def test_text_is_normalised_for_duplicates() -> None:
    assert normalise_text("  TESCO   Stores, 3163 ") == normalise_text("tesco stores 3163")
    assert normalise_text("Zoë") == normalise_text("ZOË")
    assert normalise_text("Zoë") != normalise_text("Zoe")
