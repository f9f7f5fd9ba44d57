"""The rates an employer of a personal assistant pays by, one tax year at a time (issue 16).

The figures come from dated data files (``resources/rates/employment-YYYY-YY.json``, read by
``interchange/employment_rates.py``); this module holds them as plain values and chooses the
right year for a date. Nothing here reads a file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from .errors import PHBError
from .money import Money
from .schedule import Frequency, format_date
from .text import translate


class AgeBand(StrEnum):
    """The minimum-wage age bands (the value is what people type: ``21+``)."""

    AGE_21_PLUS = "21+"
    AGE_18_TO_20 = "18-20"
    AGE_16_TO_17 = "16-17"


def age_band_label(band: AgeBand) -> str:
    """The band in words ("aged 21 or over")."""
    labels = {
        AgeBand.AGE_21_PLUS: translate("PACosts", "aged 21 or over"),
        AgeBand.AGE_18_TO_20: translate("PACosts", "aged 18 to 20"),
        AgeBand.AGE_16_TO_17: translate("PACosts", "aged 16 or 17"),
    }
    return labels[band]


@dataclass(frozen=True, slots=True)
class MinimumWage:
    """National Living Wage and National Minimum Wage hourly rates, in force from a date."""

    in_force_from: date
    hourly: dict[AgeBand, Money]


@dataclass(frozen=True, slots=True)
class EmployerNI:
    """Employer's (class 1 secondary) National Insurance."""

    rate_percent: Decimal
    threshold_weekly: Money
    threshold_yearly: Money
    #: Employees under 21: no employer NI on weekly pay up to this (the upper secondary threshold)
    under_21_threshold_weekly: Money
    under_21_threshold_yearly: Money


@dataclass(frozen=True, slots=True)
class Pension:
    """Workplace pension automatic enrolment."""

    trigger_yearly: Money
    trigger_weekly: Money
    lower_yearly: Money
    upper_yearly: Money
    lower_weekly: Money
    upper_weekly: Money
    employer_percent: Decimal
    minimum_age: int


@dataclass(frozen=True, slots=True)
class SickPay:
    """Statutory Sick Pay: a weekly rate, perhaps capped at a share of earnings."""

    weekly_rate: Money
    #: ``None`` before 6 April 2026: a flat rate, not "the lower of"
    percent_of_earnings: Decimal | None
    #: ``None`` from 6 April 2026: everyone is eligible
    lower_earnings_limit_weekly: Money | None
    waiting_days: int

    def weekly_for(self, weekly_pay: Decimal) -> Decimal:
        """SSP for a full week, in pence, for someone whose average week's pay is ``weekly_pay``
        pence: nothing under the lower earnings limit (where there is one), else the weekly rate,
        capped at the percentage of earnings (where there is one)."""
        limit = self.lower_earnings_limit_weekly
        if limit is not None and weekly_pay < limit.pence:
            return Decimal(0)
        rate = Decimal(self.weekly_rate.pence)
        if self.percent_of_earnings is None:
            return rate
        return min(rate, weekly_pay * self.percent_of_earnings / 100)


@dataclass(frozen=True, slots=True)
class TypicalCost:
    """A suggested amount for a cost the person can change (insurance, payroll…)."""

    amount: Money
    frequency: Frequency


@dataclass(frozen=True, slots=True)
class TypicalCosts:
    """Suggested employer costs used when the person has not entered their own."""

    insurance: TypicalCost
    payroll: TypicalCost
    dbs: TypicalCost
    training: TypicalCost
    recruitment: TypicalCost
    sick_weeks_a_year: Decimal


@dataclass(frozen=True, slots=True)
class EmploymentRates:
    """Every figure for one tax year (6 April to 5 April), with where each came from."""

    tax_year: str  # "2026-27"
    starts: date
    ends: date
    minimum_wage: MinimumWage
    employer_ni: EmployerNI
    employment_allowance: Money
    pension: Pension
    sick_pay: SickPay
    holiday_weeks: Decimal
    holiday_percent: Decimal
    typical: TypicalCosts
    #: field path ("employer_ni.rate_percent") → the page it was taken from
    sources: dict[str, str]

    def covers(self, day: date) -> bool:
        """True when ``day`` falls in this tax year."""
        return self.starts <= day <= self.ends

    @property
    def label(self) -> str:
        """The tax year as people write it: "2026/27"."""
        return self.tax_year.replace("-", "/")


class NoRatesError(PHBError):
    """There are no rates for a date the calculation needs."""

    exit_code = 1


class RatesBook:
    """The rates of every tax year the program knows, chosen by date."""

    def __init__(self, years: Iterable[EmploymentRates]) -> None:
        self.years: tuple[EmploymentRates, ...] = tuple(sorted(years, key=lambda r: r.starts))
        for earlier, later in zip(self.years, self.years[1:], strict=False):
            if later.starts <= earlier.ends:
                raise ValueError(f"tax years {earlier.tax_year} and {later.tax_year} overlap")

    def for_date(self, day: date) -> EmploymentRates:
        """The tax year's rates that apply on ``day``; :class:`NoRatesError` when unknown."""
        for year in self.years:
            if year.covers(day):
                return year
        raise NoRatesError(self._missing_message(day))

    def minimum_wage_on(self, day: date, band: AgeBand) -> tuple[Money, date] | None:
        """The minimum hourly rate for ``band`` in force on ``day`` and the date it started.

        Minimum wage rates change on 1 April, a few days before the tax year, so this looks at
        when each year's rates came into force, not at the tax year.
        """
        found: MinimumWage | None = None
        for year in self.years:
            if year.minimum_wage.in_force_from <= day:
                found = year.minimum_wage
        if found is None:
            return None
        return found.hourly[band], found.in_force_from

    def _missing_message(self, day: date) -> str:
        if not self.years:
            return translate(
                "PACosts", "There are no employment rates at all, so PA costs cannot be worked out."
            )
        return translate(
            "PACosts",
            "There are no employment rates for {date}: this version of the program knows the "
            "rates from {first} to {last}.",
        ).format(
            date=format_date(day),
            first=format_date(self.years[0].starts),
            last=format_date(self.years[-1].ends),
        )


__all__ = [
    "AgeBand",
    "EmployerNI",
    "EmploymentRates",
    "MinimumWage",
    "NoRatesError",
    "Pension",
    "RatesBook",
    "SickPay",
    "TypicalCost",
    "TypicalCosts",
    "age_band_label",
]
