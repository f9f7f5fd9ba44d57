"""Every bank's hand-written fixture reads to exact dates, signed amounts, texts and balances.

The fixtures (tests/interchange/bank/fixtures/) follow each bank's format as docs/banks.md
describes it: byte-order marks, Windows-1252, preamble lines, no header (HSBC), separate paid
in / paid out columns, "£" and thousands separators, dropped trailing zeros, "dd Mon yyyy",
apostrophes in front of fields, trailing commas, newest-first order, commas and quotes in
descriptions, and names such as Łukasz, Siân and Zoë.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from phbplanner.interchange.bank import (
    BANK_NAMES,
    detect_bank,
    parse_columns,
    read_statement,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"

# (line, date, pence, payee, description, reference, balance pence or None)
Row = tuple[int, str, int, str, str, str, int | None]

EXPECTED: dict[str, tuple[str, list[Row]]] = {
    "barclays.csv": ("barclays", [
        (2, "2024-01-03", -1250, "", "TESCO STORES 3163    \tON 02 JAN          BCC", "", None),
        (3, "2024-01-05", 125000, "", "NHS SOMERSET ICB       PHB JAN 2024", "", None),
        (4, "2024-01-08", -4560, "", "SIÂN JONES, PA WAGES", "000123", None),
        (5, "2024-01-10", -105000, "", 'ŁUKASZ NOWAK "CARE" SERVICES', "", None),
        (6, "2024-01-12", -350, "", '=HYPERLINK("http://x.example")', "", None),
    ]),
    "hsbc.csv": ("hsbc", [
        (1, "2024-01-31", -420, "", "ZOË'S CAFÉ LONDON", "", None),
        (2, "2024-01-30", 150000, "", "NHS NORTH EAST ICB PHB PAYMENT", "", None),
        (3, "2024-01-29", -24000, "", "SIÂN JONES PA, WEEK 4", "", None),
        (4, "2024-01-28", -2310, "", 'DD "HOME" INSURANCE', "", None),
    ]),
    "lloyds.csv": ("lloyds", [
        (2, "2024-01-31", -420, "", "ZOE'S CAFE", "", 123050),
        (3, "2024-01-30", 150000, "", "NHS ICB PHB PAYMENT", "", 123470),
        (4, "2024-01-29", -24000, "", "SIAN JONES, PA WAGES", "", -26530),
        (5, "2024-01-28", -2530, "", "ŁUKASZ NOWAK CARE", "", -2530),
    ]),
    "halifax.csv": ("halifax", [
        (2, "2024-02-15", -12000, "", "SIÂN AP-RHYS PA", "", 88000),
        (3, "2024-02-14", 100000, "", "KENT COUNTY COUNCIL DP", "", 100000),
    ]),
    "bank_of_scotland.csv": ("halifax", [
        (2, "2024-03-02", -1280, "", "ZOË'S TAXIS", "", 48720),
        (3, "2024-03-01", 50000, "", "NHS LOTHIAN", "", 50000),
    ]),
    "natwest_old.csv": ("natwest", [
        (3, "2024-01-02", -1234, "", "4929 31DEC23 , TESCO STORES 2345 , LONDON GB", "", 98766),
        (4, "2024-01-03", 150000, "", "NHS GLOUCESTERSHIRE ICB , PHB JAN", "", 248766),
        (5, "2024-01-05", -35050, "", 'ZOË\'S CARE AGENCY, "DAY" VISITS', "", 213716),
    ]),
    "natwest.csv": ("natwest", [
        (2, "2024-01-17", -48000, "", "ŁUKASZ NOWAK PA WAGES", "", 152000),
        (3, "2024-01-16", 200000, "", "NHS ICB PHB PAYMENT", "", 200000),
    ]),
    "nationwide.csv": ("nationwide", [
        (6, "2024-01-02", -445, "", "ZOË'S CAFÉ, BRISTOL", "", 99555),
        (7, "2024-01-03", 100000, "", "NHS BRISTOL ICB PHB", "", 199555),
        (8, "2024-01-04", -26000, "", "SIÂN JONES PA", "", 173555),
    ]),
    "nationwide_old.csv": ("nationwide", [
        (2, "2023-12-08", -2754, "", "Pay card", "", 293354),
        (3, "2023-12-11", 50000, "", "Transfer from ICB", "", 343354),
    ]),
    "santander.txt": ("santander", [
        (5, "2024-01-31", -450, "",
         "CARD PAYMENT TO ZOË'S CAFÉ,4.50 GBP, RATE 1.00/GBP ON 30-01-2024", "", 149550),
        (10, "2024-01-30", 150000, "", "FASTER PAYMENTS RECEIPT REF.PHB FROM NHS DEVON ICB", "",
         150000),
    ]),
    "santander.csv": ("santander", [
        (2, "2024-02-10", -1500, "", "DIRECT DEBIT PAYMENT TO SIÂN'S TAXIS, REF 1", "", 98500),
        (3, "2024-02-09", 100000, "", "BANK GIRO CREDIT REF NHS ICB", "", 100000),
    ]),
    "monzo.csv": ("monzo", [
        (2, "2024-01-04", -380, "Zoë's Café", "ZOES CAFE LONDON GBR", "tx_0000AbCdEf1", None),
        (3, "2024-01-05", 120000, "NHS Cornwall ICB", "PHB JANUARY", "tx_0000AbCdEf2", None),
        (4, "2024-01-06", -9600, "Łukasz Nowak", "LUKASZ NOWAK PA", "tx_0000AbCdEf3", None),
    ]),
    "starling.csv": ("starling", [
        (3, "2024-02-02", -12000, "Siân Evans", "PA WAGES WK5", "", -2000),
        (4, "2024-02-03", 90000, "NHS Wales", "PHB, FEBRUARY", "", 88000),
        (5, "2024-02-04", -1250, "Zoë's Taxis", "TAXI", "", 86750),
    ]),
    "metro.csv": ("metro", [
        (2, "2024-03-05", 80000, "", "NHS NORTH CENTRAL LONDON ICB", "", 80000),
        (3, "2024-03-06", -25000, "", 'ZOË\'S CARE, "RESPITE"', "", 55000),
        (4, "2024-03-07", -999, "", "ŁUKASZ NOWAK", "", 54001),
    ]),
    "generic.csv": ("generic", [
        (4, "2024-04-01", 200000, "NHS ICB", "PHB April", "", 200000),
        (5, "2024-04-02", -15000, "Zoë Smith", "PA; week 1", "", 185000),
        (6, "2024-04-13", -4500, "Siân's Gardening", "Garden", "", 180500),
    ]),
    "statement.ofx": ("ofx", [
        (29, "2024-01-02", 150000, "NHS ICB", "PHB JANUARY", "202401020001", None),
        (37, "2024-01-05", -4550, "Siân's Taxis & Co", "RETURN TRIP", "202401050001", None),
    ]),
    "statement_v2.ofx": ("ofx", [
        (8, "2024-02-03", -2000, "Łukasz Nowak", "", "A1", None),
        (9, "2024-02-04", -725, "Zoë's Café", "LUNCH", "A2", None),
    ]),
    "statement.qif": ("qif", [
        (2, "2024-03-01", 100000, "NHS ICB", "PHB MARCH", "", None),
        (7, "2024-03-03", -6500, "Siân Jones", "PA, 3 hours", "1001", None),
        (13, "2024-03-04", -950, "Zoë's Café", "", "", None),
    ]),
}  # fmt: skip

#: Detected bank and the least confidence we accept for each fixture.
DETECTED = {
    "barclays.csv": ("barclays", 0.9),
    "hsbc.csv": ("hsbc", 0.6),
    "lloyds.csv": ("lloyds", 0.9),
    "halifax.csv": ("halifax", 0.9),
    "bank_of_scotland.csv": ("halifax", 0.9),
    "natwest_old.csv": ("natwest", 0.9),
    "natwest.csv": ("natwest", 0.9),
    "nationwide.csv": ("nationwide", 0.98),
    "nationwide_old.csv": ("nationwide", 0.9),
    "santander.txt": ("santander", 0.9),
    "santander.csv": ("santander", 0.5),
    "monzo.csv": ("monzo", 0.9),
    "starling.csv": ("starling", 0.9),
    "metro.csv": ("metro", 0.9),
    "generic.csv": ("generic", 0.5),
    "generic_noheader.csv": ("generic", 0.0),
    "statement.ofx": ("ofx", 1.0),
    "statement_v2.ofx": ("ofx", 1.0),
    "statement.qif": ("qif", 1.0),
}


def _as_tuples(name: str, bank: str | None = None) -> list[Row]:
    statement = read_statement((FIXTURES / name).read_bytes(), bank=bank)
    assert statement.problems == ()
    return [
        (r.line, r.date.isoformat(), r.amount.pence, r.payee, r.description, r.reference,
         r.balance.pence if r.balance is not None else None)
        for r in statement.rows
    ]  # fmt: skip


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_reads_to_exact_rows(name: str) -> None:
    bank, rows = EXPECTED[name]
    statement = read_statement((FIXTURES / name).read_bytes())
    assert statement.bank == bank
    assert statement.bank_name == BANK_NAMES[bank]
    assert _as_tuples(name) == rows


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_reads_the_same_when_its_bank_is_chosen(name: str) -> None:
    bank, rows = EXPECTED[name]
    chosen = bank if bank not in ("ofx", "qif") else "generic"
    statement = read_statement((FIXTURES / name).read_bytes(), bank=chosen)
    assert statement.confidence == 1.0
    assert _as_tuples(name, chosen) == rows


@pytest.mark.parametrize("name", sorted(DETECTED))
def test_every_fixture_is_detected(name: str) -> None:
    bank, least = DETECTED[name]
    found = detect_bank((FIXTURES / name).read_bytes())
    assert found.bank == bank
    assert found.confidence >= least
    assert found.name == BANK_NAMES[bank]


def test_fixture_line_numbers_point_at_the_rows() -> None:
    """A row's line number is the physical line of the file where it is written."""
    for name, (_, rows) in EXPECTED.items():
        if name.endswith(".ofx"):
            continue
        lines = (FIXTURES / name).read_bytes().decode("utf-8", "replace").splitlines()
        for line, when, *_ in rows:
            day = date.fromisoformat(when)
            text = lines[line - 1]
            assert str(day.day) in text, (name, line, text)


def test_ofx_line_numbers_point_at_each_transaction() -> None:
    for name in ("statement.ofx", "statement_v2.ofx"):
        lines = (FIXTURES / name).read_bytes().decode("latin-1").splitlines()
        for line, *_ in EXPECTED[name][1]:
            assert "<STMTTRN>" in lines[line - 1]


def test_headerless_generic_file_reads_with_columns_given() -> None:
    mapping = parse_columns("date=1,description=2,amount=3,balance=4")
    statement = read_statement((FIXTURES / "generic_noheader.csv").read_bytes(), mapping=mapping)
    assert statement.bank == "generic"
    assert statement.date_format == "%Y-%m-%d"
    assert [
        (r.line, r.date, r.amount.pence, r.description, r.balance.pence if r.balance else None)
        for r in statement.rows
    ] == [
        (1, date(2024, 4, 1), 200000, "PHB from ICB", 200000),
        (2, date(2024, 4, 2), -15000, "Łukasz Nowak", 185000),
    ]


def test_encodings_are_reported() -> None:
    assert read_statement((FIXTURES / "nationwide.csv").read_bytes()).encoding == "windows-1252"
    assert read_statement((FIXTURES / "hsbc.csv").read_bytes()).encoding == "utf-8-sig"
    assert read_statement((FIXTURES / "monzo.csv").read_bytes()).encoding == "utf-8"


def test_newest_first_files_are_recognised_and_kept_in_file_order() -> None:
    lloyds = read_statement((FIXTURES / "lloyds.csv").read_bytes())
    assert lloyds.newest_first
    assert [r.line for r in lloyds.rows] == sorted(r.line for r in lloyds.rows)
    assert not read_statement((FIXTURES / "monzo.csv").read_bytes()).newest_first


def test_ofx_gives_the_closing_balance() -> None:
    statement = read_statement((FIXTURES / "statement.ofx").read_bytes())
    assert statement.closing_balance is not None
    assert statement.closing_balance.pence == 145450
    assert statement.file_format == "ofx"


def test_starling_opening_balance_line_is_not_a_transaction() -> None:
    statement = read_statement((FIXTURES / "starling.csv").read_bytes())
    assert 2 not in [r.line for r in statement.rows]
    assert statement.problems == ()


def test_the_mapping_used_is_returned_for_saving() -> None:
    statement = read_statement((FIXTURES / "generic.csv").read_bytes())
    assert statement.mapping is not None
    assert statement.mapping.to_json()["columns"] == {
        "date": 1, "description": 3, "payee": 2, "paid_in": 5, "paid_out": 4, "balance": 6,
    }  # fmt: skip
