"""The inputs and values of the PA cost calculation, and the rate arithmetic they share.

``employment.py`` works out the lines; ``employment_checks.py`` the warnings; both use these.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .employment_rates import AgeBand, EmploymentRates
from .employment_words import EXTRA_KINDS, LineKind, kind_label
from .errors import PHBError
from .money import ZERO, Money, round_half_up
from .schedule import Frequency
from .text import translate

HUNDRED = Decimal(100)
WEEKS_IN_YEAR = Decimal(52)
MAX_HOURS_A_WEEK = Decimal(168)
WORKING_TIME_LIMIT = Decimal(48)


@dataclass(frozen=True, slots=True)
class ExtraCost:
    """An amount paid on a schedule: £100.00 every year, £15.00 every month, £65.00 once."""

    amount: Money = ZERO
    frequency: Frequency = Frequency.ONCE


@dataclass(frozen=True)
class PAInputs:
    """What the person tells us about the PA they employ (or plan to)."""

    name: str = ""
    hourly_rate: Money = ZERO
    hours_per_week: Decimal = Decimal(0)
    #: hours on each day, Monday to Sunday; when given it replaces ``hours_per_week``
    pattern: tuple[Decimal, ...] | None = None
    #: weeks a year the PA works; under 52 the hours are averaged over the year
    weeks_per_year: Decimal = WEEKS_IN_YEAR
    age_band: AgeBand = AgeBand.AGE_21_PLUS
    only_employee: bool = True
    employment_allowance: bool = True
    pension_opt_out: bool = False
    #: the PA's first week (default: the period start); weeks repeat from this date
    first_day: date | None = None
    #: ``None`` takes the typical amount from the rates file
    insurance: ExtraCost | None = None
    payroll: ExtraCost | None = None
    dbs: ExtraCost | None = None
    training: ExtraCost | None = None
    recruitment: ExtraCost | None = None
    sick_weeks_a_year: Decimal | None = None
    #: an amount the person chose for sickness cover instead of the SSP estimate
    sickness_contingency: Money | None = None

    def weekly_hours(self) -> Decimal:
        """Hours in a working week: the pattern's total, or ``hours_per_week``."""
        if self.pattern is not None:
            return sum(self.pattern, Decimal(0))
        return self.hours_per_week

    def display_name(self) -> str:
        """The PA's name, or "your PA" when none is given."""
        return self.name.strip() or translate("PACosts", "your PA")


@dataclass(frozen=True, slots=True)
class InputProblem:
    """Something wrong with the inputs: which one (``field``) and what to do about it."""

    field: str
    message: str


class PACostsInputError(PHBError):
    """The inputs cannot be costed; ``problems`` says why, field by field."""

    exit_code = 1

    def __init__(self, problems: list[InputProblem]) -> None:
        self.problems = problems
        super().__init__(" ".join(problem.message for problem in problems))


@dataclass(frozen=True, slots=True)
class CostLine:
    """One figure of the breakdown with its plain-English working."""

    kind: LineKind
    label: str
    amount: Money
    explanation: str


@dataclass(frozen=True, slots=True)
class PACostWarning:
    """Something the person should know or fix, with a stable code."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class TaxYearPart:
    """The weeks of the period that fall in one tax year, and a week's pay in it."""

    rates: EmploymentRates
    first_week: date
    last_week: date
    weeks: int
    #: wages + holiday pay for one week, in pence, exact
    week_pay: Decimal


# -- checking the inputs -------------------------------------------------------------------------
def _two_places(value: Decimal) -> bool:
    return value == value.quantize(Decimal("0.01"))


def input_problems(inputs: PAInputs, start: date, end: date) -> list[InputProblem]:
    """Every reason the inputs cannot be costed, in plain English (empty when they can)."""
    problems: list[InputProblem] = []

    def add(field_name: str, message: str) -> None:
        problems.append(InputProblem(field_name, message))

    if inputs.hourly_rate.pence <= 0:
        add("hourly_rate", translate("PACosts", "Enter the hourly rate, more than £0.00."))
    pattern = inputs.pattern
    if pattern is not None and (
        len(pattern) != 7 or any(v < 0 or v > 24 or not _two_places(v) for v in pattern)
    ):
        add(
            "pattern",
            translate(
                "PACosts",
                "Give the hours for each day from Monday to Sunday, each from 0 to 24 "
                "(up to 2 decimal places).",
            ),
        )
    else:
        hours_a_week = inputs.weekly_hours()
        if not (0 < hours_a_week <= MAX_HOURS_A_WEEK) or not _two_places(hours_a_week):
            add(
                "hours_per_week",
                translate(
                    "PACosts",
                    "Enter the hours a week, more than 0 and at most 168 (up to 2 decimal places).",
                ),
            )
    if not (1 <= inputs.weeks_per_year <= WEEKS_IN_YEAR) or not _two_places(inputs.weeks_per_year):
        add(
            "weeks_per_year",
            translate("PACosts", "Enter the weeks a year the PA works, from 1 to 52."),
        )
    sick = inputs.sick_weeks_a_year
    if sick is not None and not (0 <= sick <= WEEKS_IN_YEAR):
        add(
            "sick_weeks_a_year",
            translate("PACosts", "Enter the weeks of sickness to allow for, from 0 to 52."),
        )
    for kind in EXTRA_KINDS:
        cost: ExtraCost | None = getattr(inputs, kind.value)
        if cost is not None and cost.amount.pence < 0:
            add(
                kind.value,
                translate("PACosts", "The amount for {what} cannot be below £0.00.").format(
                    what=kind_label(kind).lower()
                ),
            )
    if inputs.sickness_contingency is not None and inputs.sickness_contingency.pence < 0:
        add(
            "sickness_contingency",
            translate("PACosts", "The amount for sickness cover cannot be below £0.00."),
        )
    if end < start:
        add(
            "period",
            translate("PACosts", "The budget period ends before it starts: check the dates."),
        )
    elif inputs.first_day is not None and inputs.first_day > end:
        add(
            "first_day",
            translate("PACosts", "The PA's first day is after the budget period ends."),
        )
    return problems


def costed_hours(inputs: PAInputs) -> Decimal:
    """Hours a week as costed: the weekly hours, averaged over 52 weeks when the PA works fewer
    weeks a year (rounded to 2 decimal places, half up, so a plan line can hold them)."""
    hours_a_week = inputs.weekly_hours()
    if inputs.weeks_per_year >= WEEKS_IN_YEAR:
        return hours_a_week
    return Decimal(round_half_up(hours_a_week * inputs.weeks_per_year / WEEKS_IN_YEAR * 100)) / 100


# -- rate arithmetic shared by the lines and the warnings ---------------------------------------
def ni_threshold(band: AgeBand, year: EmploymentRates) -> Money:
    """The weekly pay above which employer's National Insurance is due for ``band``."""
    ni = year.employer_ni
    return ni.threshold_weekly if band is AgeBand.AGE_21_PLUS else ni.under_21_threshold_weekly


def pension_enrolled(inputs: PAInputs, part: TaxYearPart) -> bool:
    """True when the PA must be enrolled in a workplace pension in this tax year."""
    return (
        inputs.age_band is AgeBand.AGE_21_PLUS
        and not inputs.pension_opt_out
        and part.week_pay * WEEKS_IN_YEAR > part.rates.pension.trigger_yearly.pence
    )


def pension_due(part: TaxYearPart) -> Decimal:
    """The employer's minimum pension contribution for the part's weeks, in exact pence."""
    pension = part.rates.pension
    band = min(part.week_pay, Decimal(pension.upper_weekly.pence)) - pension.lower_weekly.pence
    return pension.employer_percent / HUNDRED * max(Decimal(0), band) * part.weeks


def sick_pay_week(part: TaxYearPart) -> Decimal:
    """Statutory Sick Pay for a full week off sick in this part, in exact pence."""
    return part.rates.sick_pay.weekly_for(part.week_pay)


__all__ = [
    "HUNDRED",
    "MAX_HOURS_A_WEEK",
    "WEEKS_IN_YEAR",
    "WORKING_TIME_LIMIT",
    "CostLine",
    "ExtraCost",
    "InputProblem",
    "PACostWarning",
    "PACostsInputError",
    "PAInputs",
    "TaxYearPart",
    "costed_hours",
    "input_problems",
    "ni_threshold",
    "pension_due",
    "pension_enrolled",
    "sick_pay_week",
]
