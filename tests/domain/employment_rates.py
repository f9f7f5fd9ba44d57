"""The shipped rates, read once for the PA cost tests (and helpers to vary them)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache

from phbplanner.domain.employment import PAInputs
from phbplanner.domain.employment_rates import AgeBand, RatesBook
from phbplanner.domain.money import Money
from phbplanner.interchange.employment_rates import load_rates_folder
from phbplanner.paths import resource

#: A budget period that spans 6 April: 1 April 2026 is a Wednesday, so the weekly occurrences
#: are 1 April 2026 (tax year 2025/26) and 52 more from 8 April 2026 to 31 March 2027 (2026/27).
SPANNING = (date(2026, 4, 1), date(2027, 3, 31))


@cache
def shipped_rates() -> RatesBook:
    """The rates in resources/rates/ (2025/26 and 2026/27)."""
    return load_rates_folder(resource("rates"))


def pa(rate: str = "12.71", hours: str = "15", **changes: object) -> PAInputs:
    """A PA called Anna at ``rate`` for ``hours`` a week, 21 or over, unless changed."""
    values: dict[str, object] = {
        "name": "Anna",
        "hourly_rate": Money.parse(rate),
        "hours_per_week": Decimal(hours),
        "age_band": AgeBand.AGE_21_PLUS,
    }
    values.update(changes)
    return PAInputs(**values)  # type: ignore[arg-type]
