"""The entries of a return as CSV: one row per plan line, a BOM, safe against formulas."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from phbplanner.domain.monitoring import EntryPurpose, ReturnEntry, build_return
from phbplanner.reports.return_csv import (
    entries_header,
    neutralise,
    return_csv_bytes,
    save_return_csv,
)

from ..domain.return_data import OPENING, PERIOD, header, m, refs
from .return_fixtures import busy_quarter, hand_worked_return


def read(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs for UTF-8
    text = data.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_one_row_per_entry_and_one_per_part_of_a_split() -> None:
    rows = read(return_csv_bytes(hand_worked_return()))
    assert [row["Entry"] for row in rows] == ["1", "2", "3", "3", "4", "5", "6", "7", "8", "9"]
    split = [row for row in rows if row["Entry"] == "3"]
    assert [(r["Plan line id"], r["Plan line"], r["Part"], r["Money out"]) for r in split] == [
        ("l1", "Personal assistant for walks", "1 of 2", "100.00"),
        ("l4", "Payroll service", "2 of 2", "50.00"),
    ]
    assert all(r["Balance after entry"] == "3806.50" for r in split)
    assert all(r["Receipt references"] == "R0003-1; R0003-2" for r in split)
    assert split[0]["Receipt files"] == "payslip.PDF; invoice.jpg"


def test_the_money_columns_add_up_to_the_return() -> None:
    for ret in (hand_worked_return(), busy_quarter(receipt_size=10).ret):
        rows = read(return_csv_bytes(ret))
        money_in = sum(Decimal(r["Money in"] or "0") for r in rows)
        money_out = sum(Decimal(r["Money out"] or "0") for r in rows)
        assert money_in == ret.money_in.to_decimal()
        assert money_out == ret.money_out.to_decimal()


def test_columns_dates_amounts_and_what_each_entry_was_for() -> None:
    data = return_csv_bytes(hand_worked_return())
    rows = read(data)
    assert list(rows[0]) == entries_header()
    first = rows[0]
    assert first == {
        "Entry": "1",
        "Date": "2026-04-01",
        "Payee": "Herefordshire ICB",
        "Description": "Quarter 1 payment",
        "Reference": "PHB Q1",
        "What for": "Budget payment received",
        "Plan line id": "",
        "Plan line": "",
        "Part": "",
        "Money in": "3000.00",
        "Money out": "",
        "Balance after entry": "4000.00",
        "Receipt references": "",
        "Receipt files": "",
        "Receipt missing": "",
    }
    by_entry = {row["Entry"]: row for row in rows}
    assert by_entry["2"]["Payee"] == "Łukasz Nowak"
    assert by_entry["2"]["What for"] == "Plan line"
    assert by_entry["4"]["What for"] == "Bank charge"
    assert by_entry["4"]["Receipt missing"] == ""  # a bank charge needs no receipt
    assert by_entry["5"]["What for"] == "Not yet assigned"
    assert by_entry["5"]["Receipt missing"] == "Yes"
    assert by_entry["9"]["Plan line"] == "Gym membership"
    assert b"\r\n" in data  # CRLF, as RFC 4180 and Excel expect
    assert all("£" not in row["Money out"] + row["Money in"] for row in rows)  # plain decimals


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_looking_text_is_neutralised(start: str) -> None:
    text = start + "SUM(A1:A9)"
    assert neutralise(text) == "'" + text
    entry = ReturnEntry(
        1, date(2026, 4, 2), m("-5.00"), payee=text, description=text, reference=text,
        purpose=EntryPurpose.PLAN_LINE, line_id="l1", documents=(text + ".pdf",),
    )  # fmt: skip
    ret = build_return(header(), PERIOD, OPENING, [entry], **refs())  # type: ignore[arg-type]
    row = read(return_csv_bytes(ret))[0]
    for column in ("Payee", "Description", "Reference", "Receipt files"):
        assert row[column].startswith("'" + start), column


def test_the_hand_worked_quarter_neutralises_its_hyperlink() -> None:
    rows = read(return_csv_bytes(hand_worked_return()))
    assert next(r for r in rows if r["Entry"] == "5")["Description"] == '\'=HYPERLINK("x")'


@pytest.mark.parametrize(
    "text", ["Łukasz Nowak", "Zoë’s taxi, £12", "1-2 hours", "a = b", "", "Line one\nline two"]
)
def test_ordinary_text_is_kept_as_it_is(text: str) -> None:
    assert neutralise(text) == text
    entry = ReturnEntry(
        1, date(2026, 4, 2), m("-5.00"), payee=text, purpose=EntryPurpose.BANK_CHARGE
    )
    row = read(return_csv_bytes(build_return(header(), PERIOD, OPENING, [entry])))[0]
    assert row["Payee"] == text


def test_an_overdrawn_balance_is_a_plain_negative_number() -> None:
    entry = ReturnEntry(1, date(2026, 4, 2), m("-1500.00"), purpose=EntryPurpose.PLAN_LINE,
                        line_id="l1")  # fmt: skip
    ret = build_return(header(), PERIOD, OPENING, [entry], **refs())  # type: ignore[arg-type]
    assert read(return_csv_bytes(ret))[0]["Balance after entry"] == "-500.00"


def test_a_split_that_does_not_add_up_shows_the_rest_as_not_assigned() -> None:
    ret = hand_worked_return()
    row = next(r for r in ret.rows if r.entry.id == 3)
    parts = (*row.entry.parts[:1],)  # only the £100.00 part: £50.00 left over
    entry = replace(row.entry, parts=parts)
    ret = build_return(header(), PERIOD, OPENING, [entry], **refs())  # type: ignore[arg-type]
    rows = read(return_csv_bytes(ret))
    assert [(r["What for"], r["Plan line"], r["Money out"]) for r in rows] == [
        ("Plan line", "Personal assistant for walks", "100.00"),
        ("Not yet assigned", "", "50.00"),
    ]


def test_an_empty_period_has_the_header_only() -> None:
    ret = build_return(header(), PERIOD, OPENING, [])
    data = return_csv_bytes(ret)
    assert data.decode("utf-8-sig").splitlines() == [",".join(entries_header())]


def test_save_writes_the_file(tmp_path: Path) -> None:
    out = save_return_csv(hand_worked_return(), tmp_path / "entries.csv")
    assert out.read_bytes() == return_csv_bytes(hand_worked_return())
    assert [p.name for p in tmp_path.iterdir()] == ["entries.csv"]
