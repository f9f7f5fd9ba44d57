"""The words of the PA cost calculation: line names, figures written out, and warnings.

Every sentence goes through :func:`~phbplanner.domain.text.translate` with named placeholders
filled afterwards, so the window, the CLI and the PDF say the same thing in every language.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from .money import Money, round_half_up
from .schedule import Frequency, frequency_label
from .text import translate


class LineKind(StrEnum):
    """The kinds of cost of employing a PA (the ``kind`` of the CLI's JSON)."""

    WAGES = "wages"
    HOLIDAY = "holiday"
    EMPLOYER_NI = "employer_ni"
    EMPLOYMENT_ALLOWANCE = "employment_allowance"
    PENSION = "pension"
    INSURANCE = "insurance"
    PAYROLL = "payroll"
    DBS = "dbs"
    TRAINING = "training"
    RECRUITMENT = "recruitment"
    CONTINGENCY = "contingency"


#: Costs the person enters (or takes the typical amount for), each on its own schedule.
EXTRA_KINDS = (
    LineKind.INSURANCE,
    LineKind.PAYROLL,
    LineKind.DBS,
    LineKind.TRAINING,
    LineKind.RECRUITMENT,
)


def kind_label(kind: LineKind) -> str:
    """The short name of a kind of cost ("Holiday pay")."""
    labels = {
        LineKind.WAGES: translate("PACosts", "Wages"),
        LineKind.HOLIDAY: translate("PACosts", "Holiday pay"),
        LineKind.EMPLOYER_NI: translate("PACosts", "Employer's National Insurance"),
        LineKind.EMPLOYMENT_ALLOWANCE: translate("PACosts", "Employment Allowance"),
        LineKind.PENSION: translate("PACosts", "Workplace pension"),
        LineKind.INSURANCE: translate("PACosts", "Employer's liability insurance"),
        LineKind.PAYROLL: translate("PACosts", "Payroll service"),
        LineKind.DBS: translate("PACosts", "DBS check"),
        LineKind.TRAINING: translate("PACosts", "Training"),
        LineKind.RECRUITMENT: translate("PACosts", "Recruitment"),
        LineKind.CONTINGENCY: translate("PACosts", "Sickness cover (Statutory Sick Pay)"),
    }
    return labels[kind]


# -- figures written out -------------------------------------------------------------------------
def pounds(pence: Decimal | int) -> str:
    """An exact amount of pence shown to the penny: "£213.66"."""
    return Money(round_half_up(Decimal(pence))).format()


def percent(value: Decimal) -> str:
    """A percentage without needless zeros: "15%", "12.07%"."""
    return translate("PACosts", "{number}%").format(number=plain_number(value))


def hours(value: Decimal) -> str:
    """A number of hours: "15 hours", "1 hour", "7.5 hours"."""
    if value == 1:
        return translate("PACosts", "1 hour")
    return translate("PACosts", "{number} hours").format(number=plain_number(value))


def weeks(count: Decimal | int) -> str:
    """A number of weeks: "52 weeks", "1 week", "5.6 weeks"."""
    if count == 1:
        return translate("PACosts", "1 week")
    return translate("PACosts", "{number} weeks").format(number=plain_number(Decimal(count)))


def plain_number(value: Decimal) -> str:
    """A Decimal without exponent or trailing zeros ("10", not "1E+1")."""
    return format(value.normalize(), "f")


def by_tax_year(parts: list[tuple[str, str]]) -> str:
    """One formula, or one per tax year ("2025/26: …; 2026/27: …") when a period spans two."""
    if len(parts) == 1:
        return parts[0][1]
    joined = translate("PACosts", "; ").join(
        translate("PACosts", "{year}: {formula}").format(year=year, formula=formula)
        for year, formula in parts
    )
    return joined


def times(amount: Money, frequency: Frequency, occurrences: int) -> str:
    """An entered cost over the period: "£15.00 × 12 (every month)" or "£65.00 (once)"."""
    if frequency is Frequency.ONCE:
        return translate("PACosts", "{amount} ({frequency})").format(
            amount=amount.format(), frequency=frequency_label(frequency)
        )
    return translate("PACosts", "{amount} × {count} ({frequency})").format(
        amount=amount.format(), count=occurrences, frequency=frequency_label(frequency)
    )


# -- day names for a weekly pattern --------------------------------------------------------------
def day_name(index: int) -> str:
    """Monday (0) to Sunday (6)."""
    names = [
        translate("PACosts", "Monday"), translate("PACosts", "Tuesday"),
        translate("PACosts", "Wednesday"), translate("PACosts", "Thursday"),
        translate("PACosts", "Friday"), translate("PACosts", "Saturday"),
        translate("PACosts", "Sunday"),
    ]  # fmt: skip
    return names[index]


def pattern_words(pattern: tuple[Decimal, ...]) -> str:
    """A weekly pattern in words: "Monday 3 hours, Wednesday 4 hours"."""
    days = [
        translate("PACosts", "{day} {hours}").format(day=day_name(index), hours=hours(value))
        for index, value in enumerate(pattern)
        if value
    ]
    return translate("PACosts", ", ").join(days)


__all__ = [
    "EXTRA_KINDS",
    "LineKind",
    "by_tax_year",
    "day_name",
    "hours",
    "kind_label",
    "pattern_words",
    "percent",
    "plain_number",
    "pounds",
    "times",
    "weeks",
]
