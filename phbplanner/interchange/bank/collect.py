"""Gathering rows and problems as a reader goes, then giving each row its duplicate key."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from ...domain.money import Money
from .model import RowProblem, StatementRow
from .values import base_key


class Collector:
    """Rows and problems in file order, with a duplicate key that counts repeats.

    Two real, identical payments on one day (two £3.50 coffees) must both be imported, and
    importing the same statement again must add neither: so the key is the date, the amount,
    the normalised text *and* which repeat of those it is within the file (``…#1``, ``…#2``).
    An overlapping statement holding the same two coffees gives the same two keys.
    """

    def __init__(self) -> None:
        self.rows: list[StatementRow] = []
        self.problems: list[RowProblem] = []
        self._seen: dict[str, int] = {}

    def problem(self, line: int, reason: str) -> None:
        """Note a row that could not be read."""
        self.problems.append(RowProblem(line, reason))

    def row(
        self,
        line: int,
        when: date,
        amount: Money,
        payee: str,
        description: str,
        reference: str = "",
        balance: Money | None = None,
    ) -> None:
        """Add a row that was read."""
        base = base_key(when, amount, payee, description)
        count = self._seen.get(base, 0) + 1
        self._seen[base] = count
        self.rows.append(
            StatementRow(
                line, when, amount, payee, description, reference, balance, f"{base}#{count}"
            )
        )

    def newest_first(self) -> bool:
        """True when the rows run from the newest date to the oldest."""
        dates = [row.date for row in self.rows]
        if len(dates) < 2 or dates[0] == dates[-1]:
            return False
        return all(a >= b for a, b in pairwise(dates))

    def sorted_problems(self) -> tuple[RowProblem, ...]:
        """Problems in line order."""
        return tuple(sorted(self.problems, key=lambda problem: problem.line))
