"""The generic column mapping: text for the CLI, JSON per account, and header names."""

from __future__ import annotations

import json

import pytest

from phbplanner.interchange.bank import (
    ColumnMapping,
    MappingError,
    StatementRefused,
    parse_columns,
    read_statement,
)
from phbplanner.interchange.bank.mapping import mapping_from_header


def test_columns_text_counts_from_one() -> None:
    mapping = parse_columns("date=1,description=2,amount=3,balance=4")
    assert (mapping.date, mapping.description, mapping.amount, mapping.balance) == (0, 1, 2, 3)
    assert mapping.header is None and mapping.skip == 0


def test_columns_text_takes_the_other_options_and_aliases() -> None:
    mapping = parse_columns(
        " Date=2, payee=3, details=4, debit=5, credit=6, ref=7 ", date_format="%d %b %Y", skip=3
    )
    assert mapping.columns() == {
        "date": 1, "description": 3, "payee": 2, "paid_in": 5, "paid_out": 4, "reference": 6,
    }  # fmt: skip
    assert mapping.date_format == "%d %b %Y"
    assert mapping.skip == 3


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("description=2,amount=3", "say which column holds the date (date=N)"),
        ("date=1,amount=3", "say which column holds the description or payee"),
        ("date=1,description=2", "say which column holds the amount, or the paid in and paid"),
        ("date=1,description=1,amount=3", "two values cannot come from the same column"),
        ("date=1,description=2,amount=3,paid_in=4", "use either one amount column or paid in"),
        ("date=0,description=2,amount=3", "the column for date must be a number from 1 to 200"),
        ("date=x,description=2,amount=3", "the column for date must be a number from 1 to 200"),
        ("date=1,colour=2", "'colour=2' is not understood"),
        ("date=1,date=2", "date is given twice"),
        ("date 1", "'date 1' is not understood"),
    ],
)
def test_bad_columns_text_gets_a_plain_reason(text: str, reason: str) -> None:
    with pytest.raises(MappingError) as caught:
        parse_columns(text)
    assert reason in caught.value.message
    assert caught.value.exit_code == 2


def test_bad_date_format_and_skip_are_refused() -> None:
    with pytest.raises(MappingError, match="is not one we can read"):
        parse_columns("date=1,description=2,amount=3", date_format="%Q")
    with pytest.raises(MappingError, match="lines to skip"):
        parse_columns("date=1,description=2,amount=3", skip=-1)


def test_mapping_round_trips_through_json() -> None:
    mapping = parse_columns(
        "date=1,payee=2,description=3,paid_in=5,paid_out=4,balance=6,reference=7",
        date_format="%d-%m-%Y",
        skip=2,
    ).with_options(delimiter=";", invert=False, header=True)
    saved = json.dumps(mapping.to_json())
    assert ColumnMapping.from_json(json.loads(saved)) == mapping


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        {"version": 2, "columns": {"date": 1, "description": 2, "amount": 3}},
        {"version": 1},
        {"version": 1, "columns": {"date": 0, "description": 2, "amount": 3}},
        {"version": 1, "columns": {"date": True, "description": 2, "amount": 3}},
        {"version": 1, "columns": {"description": 2, "amount": 3}},
        {"version": 1, "columns": {"date": 1, "colour": 2, "amount": 3}},
        {"version": 1, "columns": {"date": 1, "description": 2, "amount": 3}, "skip": "2"},
        {"version": 1, "columns": {"date": 1, "description": 2, "amount": 3}, "delimiter": "x"},
        {"version": 1, "columns": {"date": 1, "description": 1, "amount": 3}},
    ],
)
def test_damaged_saved_mapping_is_refused(data: object) -> None:
    with pytest.raises(MappingError):
        ColumnMapping.from_json(data)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (["Date", "Description", "Amount", "Balance"],
         {"date": 0, "description": 1, "amount": 2, "balance": 3}),
        (["Transaction Date", "Details", "Paid out", "Paid in"],
         {"date": 0, "description": 1, "paid_out": 2, "paid_in": 3}),
        (["date", "narrative", "debit", "credit", "balance"],
         {"date": 0, "description": 1, "paid_out": 2, "paid_in": 3, "balance": 4}),
        (["Date", "Payee", "Amount (£)"], {"date": 0, "payee": 1, "amount": 2}),
        (["\ufeffDate:", "DESCRIPTION", "Value (GBP)"],
         {"date": 0, "description": 1, "amount": 2}),
    ],
)  # fmt: skip
def test_columns_found_from_header_names(header: list[str], expected: dict[str, int]) -> None:
    mapping = mapping_from_header(header)
    assert mapping is not None
    assert mapping.columns() == expected


@pytest.mark.parametrize(
    "header", [["Date", "Amount"], ["Description", "Amount"], ["Date", "Description"], ["a", "b"]]
)
def test_header_without_date_text_or_amount_is_not_a_mapping(header: list[str]) -> None:
    assert mapping_from_header(header) is None


def test_generic_file_with_unknown_headings_asks_for_columns() -> None:
    data = b"When,What,How much\n01/02/2024,Tea,-1.00\n"
    with pytest.raises(StatementRefused, match="Say which column holds the date"):
        read_statement(data)
    statement = read_statement(data, mapping=parse_columns("date=1,description=2,amount=3"))
    assert [(r.line, r.amount.pence) for r in statement.rows] == [(2, -100)]


def test_skip_lines_and_header_detection_with_given_columns() -> None:
    data = b"Account 1234\nExported today\nWhen,What,How much\n01/02/2024,Tea,-1.00\n"
    mapping = parse_columns("date=1,description=2,amount=3", skip=2)
    statement = read_statement(data, mapping=mapping)
    assert [(r.line, r.description) for r in statement.rows] == [(4, "Tea")]
    assert statement.problems == ()


def test_given_date_format_is_used_even_when_ambiguous() -> None:
    data = b"Date,Description,Amount\n01/02/2024,Tea,-1.00\n"
    day_first = read_statement(data, bank="generic")
    month_first = read_statement(
        data, mapping=parse_columns("date=1,description=2,amount=3", date_format="%m/%d/%Y")
    )
    assert day_first.rows[0].date.month == 2
    assert month_first.rows[0].date.month == 1
    assert month_first.date_format == "%m/%d/%Y"


def test_inverted_amounts_for_card_statements() -> None:
    data = b"Date,Description,Amount\n01/02/2024,Shop,12.00\n02/02/2024,Refund,-2.00\n"
    mapping = parse_columns("date=1,description=2,amount=3").with_options(invert=True)
    assert [r.amount.pence for r in read_statement(data, mapping=mapping).rows] == [-1200, 200]
