"""Random ledgers written in each bank's format read back identically (Hypothesis, derandomised).

Texts hold what breaks naive readers — commas, quotes, semicolons, ampersands, angle brackets,
formula starts, tabs and line breaks inside (where the format allows them), Welsh and Polish
letters — and amounts run from pennies to tens of thousands of pounds, both signs.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from phbplanner.interchange.bank import read_statement

from .writers import FORMATS, Format, Txn

_LETTERS = "abcXYZ019 âêîôûŵŷëïöüéÉ£Łł,;\"'&<>=+-@()/.#%*"
_CP1252 = "".join(ch for ch in _LETTERS if ch.encode("cp1252", "ignore"))
_LIMITS = settings(
    max_examples=25,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _texts(fmt: Format, *, empty: bool) -> st.SearchStrategy[str]:
    alphabet = _CP1252 if fmt.cp1252 else _LETTERS
    if not fmt.one_line:
        alphabet += "\t\n"
    return (
        st.text(alphabet=alphabet, max_size=24)
        .map(lambda s: s.strip(" \t\n\u00a0"))
        .filter(lambda s: (empty or bool(s)) and not s.startswith("'"))
    )


@st.composite
def ledgers(draw: st.DrawFn, fmt: Format) -> list[Txn]:
    count = draw(st.integers(min_value=1, max_value=12))
    day = date(2024, 1, 1) + timedelta(days=draw(st.integers(0, 300)))
    balance = draw(st.integers(-50_000, 5_000_000))
    txns = []
    for index in range(count):
        day += timedelta(days=draw(st.integers(0, 3)))
        pence = draw(st.integers(-2_500_000, 2_500_000))
        balance += pence
        txns.append(
            Txn(
                date=day,
                pence=pence,
                payee=draw(_texts(fmt, empty=True)) if fmt.payee else "",
                description=draw(_texts(fmt, empty=not fmt.one_line or fmt.payee)),
                reference=f"REF{index:04d}" if fmt.reference else "",
                balance=balance,
            )
        )
    # One text empty for a line-based format would make a blank description line; keep one.
    return txns


def _expected(fmt: Format, txns: list[Txn], lines: list[int]) -> list[tuple[object, ...]]:
    rows = [
        (line, t.date, t.pence, t.payee, t.description, t.reference,
         t.balance if fmt.balance else None)
        for t, line in zip(txns, lines, strict=True)
    ]  # fmt: skip
    return rows[::-1] if fmt.newest_first else rows


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_random_ledgers_round_trip(name: str) -> None:
    fmt = FORMATS[name]

    @_LIMITS
    @given(ledgers(fmt))
    def round_trip(txns: list[Txn]) -> None:
        data, lines = fmt.write(txns)
        statement = read_statement(data)
        assert statement.problems == ()
        assert statement.bank == fmt.bank
        got = [
            (r.line, r.date, r.amount.pence, r.payee, r.description, r.reference,
             r.balance.pence if r.balance is not None else None)
            for r in statement.rows
        ]  # fmt: skip
        assert got == _expected(fmt, txns, lines)
        assert len({r.key for r in statement.rows}) == len(statement.rows)
        chosen = read_statement(data, bank=fmt.bank if fmt.bank not in ("ofx", "qif") else None)
        assert [r.key for r in chosen.rows] == [r.key for r in statement.rows]

    round_trip()
