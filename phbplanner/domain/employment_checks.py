"""Warnings about employing a PA: pay under the minimum wage, National Insurance the budget must
pay, pensions, insurance and long hours. Each has a stable ``code`` and a plain-English message
that says what to do."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from .employment_model import (
    WEEKS_IN_YEAR,
    WORKING_TIME_LIMIT,
    PACostWarning,
    PAInputs,
    TaxYearPart,
    pension_due,
    pension_enrolled,
)
from .employment_rates import AgeBand, RatesBook, age_band_label
from .employment_words import LineKind, hours
from .money import ZERO, Money, round_half_up
from .schedule import format_date
from .text import translate


def warnings_for(
    inputs: PAInputs,
    parts: list[TaxYearPart],
    amounts: dict[LineKind, Money],
    rates: RatesBook,
) -> list[PACostWarning]:
    """Everything the person should know about these costs, most serious first."""
    found = _minimum_wage(inputs, parts, rates)
    found.extend(_national_insurance(inputs, parts, amounts))
    found.extend(_pension(inputs, parts))
    name = inputs.display_name()
    if amounts.get(LineKind.INSURANCE, ZERO).pence == 0:
        found.append(
            PACostWarning(
                "no_insurance",
                translate(
                    "PACosts",
                    "Employer's liability insurance is required by law when you employ someone. "
                    "There are a few exceptions, such as a close family member. Put in what it "
                    "costs.",
                ),
            )
        )
    if inputs.weekly_hours() > WORKING_TIME_LIMIT:
        found.append(
            PACostWarning(
                "long_hours",
                translate(
                    "PACosts",
                    "{hours} a week is more than 48. {name} can only work this much on average if "
                    "they agree to it in writing.",
                ).format(hours=hours(inputs.weekly_hours()), name=name),
            )
        )
    return found


def _minimum_wage(
    inputs: PAInputs, parts: list[TaxYearPart], rates: RatesBook
) -> list[PACostWarning]:
    # Minimum wage rates change once a year (1 April), so within one tax year's weeks the first
    # and the last week between them meet every rate in force.
    seen: dict[date, Money] = {}
    for part in parts:
        for day in (part.first_week, part.last_week):
            in_force = rates.minimum_wage_on(day, inputs.age_band)
            if in_force is not None:
                seen[in_force[1]] = in_force[0]
    found = []
    for since, minimum in sorted(seen.items()):
        if inputs.hourly_rate < minimum:
            found.append(
                PACostWarning(
                    "below_minimum_wage",
                    translate(
                        "PACosts",
                        "{rate} an hour is {gap} below the minimum wage for someone {band} "
                        "({minimum} an hour from {date}). By law {name} must be paid at least "
                        "that.",
                    ).format(
                        rate=inputs.hourly_rate.format(),
                        gap=(minimum - inputs.hourly_rate).format(),
                        band=age_band_label(inputs.age_band),
                        minimum=minimum.format(),
                        date=format_date(since),
                        name=inputs.display_name(),
                    ),
                )
            )
    return found


def _national_insurance(
    inputs: PAInputs, parts: list[TaxYearPart], amounts: dict[LineKind, Money]
) -> list[PACostWarning]:
    due = amounts.get(LineKind.EMPLOYER_NI, ZERO)
    covered = -amounts.get(LineKind.EMPLOYMENT_ALLOWANCE, ZERO)
    if not due:
        return []
    yearly = parts[-1].rates.employment_allowance.format()
    name = inputs.display_name()
    found = []
    if not inputs.employment_allowance:
        found.append(
            PACostWarning(
                "ni_not_covered",
                translate(
                    "PACosts",
                    "Employer's National Insurance of {amount} is not covered by the Employment "
                    "Allowance, so the budget must pay it. People who employ a PA with a direct "
                    "payment can usually claim the allowance (up to {yearly} a tax year).",
                ).format(amount=due.format(), yearly=yearly),
            )
        )
    elif covered < due:
        found.append(
            PACostWarning(
                "ni_partly_covered",
                translate(
                    "PACosts",
                    "The Employment Allowance covers only {covered} of the {amount} employer's "
                    "National Insurance for {name}. The budget must pay the other {rest}.",
                ).format(
                    covered=covered.format(), amount=due.format(), name=name,
                    rest=(due - covered).format(),
                ),
            )
        )  # fmt: skip
    if inputs.employment_allowance and not inputs.only_employee:
        found.append(
            PACostWarning(
                "allowance_shared",
                translate(
                    "PACosts",
                    "The Employment Allowance ({yearly} a tax year) is for everyone you employ "
                    "together, not for each person. Check that their employer's National "
                    "Insurance added together is not more than that.",
                ).format(yearly=yearly),
            )
        )
    return found


def _pension(inputs: PAInputs, parts: list[TaxYearPart]) -> list[PACostWarning]:
    name = inputs.display_name()
    would_enrol = [
        part
        for part in parts
        if pension_enrolled(PAInputs(age_band=inputs.age_band), part)  # as if not opted out
    ]
    if inputs.pension_opt_out and would_enrol:
        return [
            PACostWarning(
                "pension_opt_out",
                translate(
                    "PACosts",
                    "{name} earns enough to be enrolled in a workplace pension. You must still "
                    "enrol them. Only {name} can choose to opt out, after being enrolled. You "
                    "must not ask them to.",
                ).format(name=name),
            )
        ]
    if inputs.pension_opt_out:
        return []
    could_join = [
        part
        for part in parts
        if not pension_enrolled(inputs, part)
        and part.week_pay * WEEKS_IN_YEAR > part.rates.pension.lower_yearly.pence
    ]
    if not could_join:
        return []
    extra = Money(round_half_up(sum((pension_due(part) for part in could_join), Decimal(0))))
    if inputs.age_band is AgeBand.AGE_21_PLUS:
        text = translate(
            "PACosts",
            "{name} is not enrolled in a workplace pension automatically. But if they ask to "
            "join, you must pay in too: about {amount} over this period.",
        )
    else:
        text = translate(
            "PACosts",
            "Workers under 22 are not enrolled in a workplace pension automatically. But if "
            "{name} asks to join, you must pay in too: about {amount} over this period.",
        )
    return [PACostWarning("pension_opt_in", text.format(name=name, amount=extra.format()))]


__all__ = ["warnings_for"]
