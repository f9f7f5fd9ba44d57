"""CSV the program writes: text that a spreadsheet would run as a formula is neutralised."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from phbplanner.domain.money import Money
from phbplanner.domain.spreadsheet import FORMULA_STARTS, neutralise
from phbplanner.interchange.csv_safe import cell_text, write_csv


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("=1+1", "'=1+1"),
        ('=HYPERLINK("http://x","click")', '\'=HYPERLINK("http://x","click")'),
        ("+44 7700 900123", "'+44 7700 900123"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("Siân's café", "Siân's café"),
        ("A=B", "A=B"),
        ("", ""),
        (" =1+1", " =1+1"),
    ],
)
def test_formula_looking_text_gets_a_leading_apostrophe(text: str, written: str) -> None:
    assert neutralise(text) == written


def test_values_are_written_plainly_and_not_neutralised() -> None:
    assert cell_text(Money(-1250)) == "-12.50"
    assert cell_text(Decimal("-3.5")) == "-3.5"
    assert cell_text(-7) == "-7"
    assert cell_text(date(2024, 1, 31)) == "2024-01-31"
    assert cell_text(None) == ""
    with pytest.raises(TypeError):
        cell_text(True)
    with pytest.raises(TypeError):
        cell_text(1.5)  # type: ignore[arg-type]  # never a float


def test_written_file_reads_back_as_text_a_spreadsheet_will_not_run() -> None:
    out = io.StringIO(newline="")
    count = write_csv(
        out,
        [
            ["Date", "Payee", "Amount"],
            [date(2024, 1, 31), '=HYPERLINK("http://x")', Money(-1250)],
            [date(2024, 2, 1), 'Zoë, "the" PA', Money(9999)],
        ],
    )
    assert count == 3
    text = out.getvalue()
    assert text.endswith("\r\n")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows == [
        ["Date", "Payee", "Amount"],
        ["2024-01-31", '\'=HYPERLINK("http://x")', "-12.50"],
        ["2024-02-01", 'Zoë, "the" PA', "99.99"],
    ]


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.text(max_size=40))
def test_no_written_text_cell_starts_a_formula(text: str) -> None:
    written = neutralise(text)
    assert not written.startswith(FORMULA_STARTS)
    assert written in (text, "'" + text)
