"""What employing a personal assistant really costs over a budget period (issue 16).

The method, so that a broker can check it by hand (docs/pa-costs.md works an example):

1. **Weeks**: the PA's hours are a weekly line of the plan, so the weeks counted are the weekly
   occurrences inside the period (the costing rule of ``schedule.py``), from the PA's first day
   or the period start. Each week belongs to the tax year its date falls in, and uses that
   year's rates.
2. **Wages** = hourly rate × hours a week × weeks.
3. **Holiday pay** = 12.07% of wages (5.6 weeks' holiday for 46.4 weeks worked).
4. **Employer's National Insurance** = 15% of each week's pay (wages + holiday) above the weekly
   secondary threshold (£96), added up over the weeks. Under 21s: nothing below the upper
   secondary threshold (£967 a week). The Employment Allowance (claimed by default) pays it, up
   to £10,500 a tax year: a line of its own takes it off again.
5. **Workplace pension** = 3% of each week's pay between the weekly qualifying-earnings bounds
   (£120–£967), when the PA is 22 or over, their pay for a year (a week's pay × 52) is above the
   trigger (£10,000) and they have not opted out.
6. **Insurance, payroll, DBS, training, recruitment**: an amount on a schedule (typical amounts
   from the rates file unless the person gives their own), costed like any plan line.
7. **Sickness cover**: Statutory Sick Pay for two weeks a year (from the first day of sickness);
   whoever covers is paid from the wages the sick PA does not get.

Every sum is kept exact (in fractions of a penny) and each line is rounded once, half up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .costing import days_in_period, line_period_cost, weekly_equivalent
from .employment_checks import warnings_for
from .employment_model import (
    HUNDRED,
    WEEKS_IN_YEAR,
    CostLine,
    ExtraCost,
    InputProblem,
    PACostsInputError,
    PACostWarning,
    PAInputs,
    TaxYearPart,
    costed_hours,
    input_problems,
    ni_threshold,
    pension_due,
    pension_enrolled,
    sick_pay_week,
)
from .employment_rates import AgeBand, EmploymentRates, RatesBook
from .employment_words import (
    EXTRA_KINDS,
    LineKind,
    by_tax_year,
    hours,
    kind_label,
    pattern_words,
    percent,
    plain_number,
    pounds,
    times,
    weeks,
)
from .money import ZERO, Money, round_half_up
from .schedule import Frequency, Schedule, count_occurrences, iter_occurrences
from .text import translate


@dataclass(frozen=True)
class PACosts:
    """The whole calculation: lines, total, warnings, and what they were worked out from."""

    inputs: PAInputs
    start: date
    end: date
    hours_per_week: Decimal  # the hours costed (averaged when under 52 weeks a year)
    weeks: int
    first_week: date
    parts: tuple[TaxYearPart, ...]
    lines: tuple[CostLine, ...]
    warnings: tuple[PACostWarning, ...]
    total: Money
    weekly_total: Money
    #: the amounts and schedules used for insurance, payroll, DBS, training and recruitment
    extras: dict[LineKind, ExtraCost] = field(default_factory=dict)

    def line(self, kind: LineKind) -> CostLine | None:
        """The line of ``kind`` (``None`` when the breakdown has none)."""
        return next((line for line in self.lines if line.kind is kind), None)

    def amount(self, kind: LineKind) -> Money:
        """The amount of the line of ``kind`` (£0.00 when there is none)."""
        found = self.line(kind)
        return found.amount if found else ZERO

    @property
    def ni_payable(self) -> Money:
        """Employer's National Insurance left for the budget after the Employment Allowance."""
        return self.amount(LineKind.EMPLOYER_NI) + self.amount(LineKind.EMPLOYMENT_ALLOWANCE)


# -- the calculation -----------------------------------------------------------------------------
def calculate_pa_costs(inputs: PAInputs, start: date, end: date, rates: RatesBook) -> PACosts:
    """Work out every cost of employing the PA from ``start`` to ``end`` (inclusive).

    Raises :class:`PACostsInputError` for inputs that cannot be costed, and
    :class:`~phbplanner.domain.employment_rates.NoRatesError` when a week falls in a tax year
    with no rates.
    """
    problems = input_problems(inputs, start, end)
    if problems:
        raise PACostsInputError(problems)
    week_dates = list(iter_occurrences(Schedule(Frequency.WEEKLY, inputs.first_day), start, end))
    if not week_dates:
        raise PACostsInputError(
            [
                InputProblem(
                    "period",
                    translate("PACosts", "No working week starts inside the budget period."),
                )
            ]
        )
    hours_a_week = costed_hours(inputs)
    week_wages = Decimal(inputs.hourly_rate.pence) * hours_a_week  # pence, exact
    parts = _split_by_tax_year(week_dates, rates, week_wages)
    name = inputs.display_name()
    lines = [
        _wages(inputs, hours_a_week, len(week_dates)),
        _holiday(parts, week_wages),
    ]
    lines.extend(_national_insurance(inputs, parts, name))
    lines.append(_pension(inputs, parts, name))
    extras = _extras_used(inputs, rates.for_date(week_dates[0]))
    for kind, cost in extras.items():
        occurrences = count_occurrences(Schedule(cost.frequency, week_dates[0]), start, end)
        amount = line_period_cost(cost.amount, Decimal(1), occurrences)
        if cost.amount.pence == 0:
            explanation = translate("PACosts", "None entered.")
        else:
            explanation = times(cost.amount, cost.frequency, occurrences)
            if getattr(inputs, kind.value) is None:
                explanation = translate(
                    "PACosts", "{working}: a typical amount; put in your own if you know it."
                ).format(working=explanation)
        lines.append(CostLine(kind, kind_label(kind), amount, explanation))
    lines.append(_contingency(inputs, parts, name))
    total = Money.total(line.amount for line in lines)
    amounts = {line.kind: line.amount for line in lines}
    return PACosts(
        inputs=inputs,
        start=start,
        end=end,
        hours_per_week=hours_a_week,
        weeks=len(week_dates),
        first_week=week_dates[0],
        parts=tuple(parts),
        lines=tuple(lines),
        warnings=tuple(warnings_for(inputs, parts, amounts, rates)),
        total=total,
        weekly_total=weekly_equivalent(total, days_in_period(start, end)),
        extras=extras,
    )


def _split_by_tax_year(
    week_dates: list[date], rates: RatesBook, week_wages: Decimal
) -> list[TaxYearPart]:
    parts: list[TaxYearPart] = []
    current: EmploymentRates | None = None
    first = last = week_dates[0]
    count = 0
    for day in week_dates:
        year = current if current is not None and current.covers(day) else rates.for_date(day)
        if year is not current and current is not None:
            parts.append(_part(current, first, last, count, week_wages))
            count = 0
        if year is not current:
            current, first = year, day
        last = day
        count += 1
    assert current is not None
    parts.append(_part(current, first, last, count, week_wages))
    return parts


def _part(
    year: EmploymentRates, first: date, last: date, count: int, week_wages: Decimal
) -> TaxYearPart:
    week_pay = week_wages * (HUNDRED + year.holiday_percent) / HUNDRED
    return TaxYearPart(year, first, last, count, week_pay)


def _wages(inputs: PAInputs, hours_a_week: Decimal, count: int) -> CostLine:
    amount = line_period_cost(inputs.hourly_rate, hours_a_week, count)
    explanation = translate("PACosts", "{hours} × {rate} × {weeks}").format(
        hours=hours(hours_a_week), rate=inputs.hourly_rate.format(), weeks=weeks(count)
    )
    if inputs.pattern is not None:
        explanation += " " + translate("PACosts", "({pattern})").format(
            pattern=pattern_words(inputs.pattern)
        )
    if hours_a_week != inputs.weekly_hours():
        explanation += " " + translate(
            "PACosts", "({hours} a week for {weeks} a year, averaged over 52 weeks)"
        ).format(hours=hours(inputs.weekly_hours()), weeks=weeks(inputs.weeks_per_year))
    return CostLine(LineKind.WAGES, kind_label(LineKind.WAGES), amount, explanation)


def _holiday(parts: list[TaxYearPart], week_wages: Decimal) -> CostLine:
    exact = sum(
        (week_wages * part.weeks * part.rates.holiday_percent / HUNDRED for part in parts),
        Decimal(0),
    )
    wages_exact = week_wages * sum(part.weeks for part in parts)
    percents = {part.rates.holiday_percent for part in parts}
    if len(percents) == 1:
        explanation = translate(
            "PACosts",
            "{percent} of wages ({wages}): pay for {weeks} of holiday a year, or for someone "
            "to cover it",
        ).format(
            percent=percent(parts[0].rates.holiday_percent),
            wages=pounds(wages_exact),
            weeks=weeks(parts[0].rates.holiday_weeks),
        )
    else:
        explanation = by_tax_year(
            [
                (
                    part.rates.label,
                    translate("PACosts", "{percent} of {wages}").format(
                        percent=percent(part.rates.holiday_percent),
                        wages=pounds(week_wages * part.weeks),
                    ),
                )
                for part in parts
            ]
        )
    amount = Money(round_half_up(exact))
    return CostLine(LineKind.HOLIDAY, kind_label(LineKind.HOLIDAY), amount, explanation)


def _national_insurance(inputs: PAInputs, parts: list[TaxYearPart], name: str) -> list[CostLine]:
    exact = Decimal(0)
    covered = Decimal(0)
    formulas: list[tuple[str, str]] = []
    for part in parts:
        ni = part.rates.employer_ni
        threshold = ni_threshold(inputs.age_band, part.rates)
        above = max(Decimal(0), part.week_pay - threshold.pence)
        due = ni.rate_percent / HUNDRED * above * part.weeks
        exact += due
        if inputs.employment_allowance:
            covered += min(due, Decimal(part.rates.employment_allowance.pence))
        formulas.append(
            (
                part.rates.label,
                translate("PACosts", "{rate} × ({pay} − {threshold}) × {weeks}").format(
                    rate=percent(ni.rate_percent),
                    pay=pounds(part.week_pay),
                    threshold=threshold.format(),
                    weeks=weeks(part.weeks),
                )
                if above
                else translate("PACosts", "a week's pay of {pay} is not above {threshold}").format(
                    pay=pounds(part.week_pay), threshold=threshold.format()
                ),
            )
        )
    threshold = ni_threshold(inputs.age_band, parts[-1].rates)
    if inputs.age_band is not AgeBand.AGE_21_PLUS and not exact:
        explanation = translate(
            "PACosts",
            "Nothing: employers pay no National Insurance for someone under 21 on pay up to "
            "{threshold} a week. {name}'s pay is {pay} a week.",
        ).format(threshold=threshold.format(), name=name, pay=pounds(parts[-1].week_pay))
    elif not exact:
        explanation = translate(
            "PACosts", "Nothing: a week's pay of {pay} is not above {threshold}."
        ).format(pay=pounds(parts[-1].week_pay), threshold=threshold.format())
    else:
        explanation = translate(
            "PACosts", "{rate} of each week's pay (wages and holiday pay) above {threshold}: "
        ).format(
            rate=percent(parts[-1].rates.employer_ni.rate_percent), threshold=threshold.format()
        ) + by_tax_year(formulas)
    amount = Money(round_half_up(exact))
    lines = [CostLine(LineKind.EMPLOYER_NI, kind_label(LineKind.EMPLOYER_NI), amount, explanation)]
    allowance = Money(round_half_up(covered))
    if allowance:
        yearly = parts[-1].rates.employment_allowance.format()
        if allowance == amount:
            words = translate(
                "PACosts",
                "Claimed: the Employment Allowance pays this National Insurance (up to {yearly} "
                "a tax year), so it costs the budget nothing.",
            ).format(yearly=yearly)
        else:
            words = translate(
                "PACosts",
                "Claimed: the Employment Allowance pays {covered} of it (up to {yearly} a tax "
                "year).",
            ).format(covered=allowance.format(), yearly=yearly)
        label = kind_label(LineKind.EMPLOYMENT_ALLOWANCE)
        lines.append(CostLine(LineKind.EMPLOYMENT_ALLOWANCE, label, -allowance, words))
    return lines


def _pension(inputs: PAInputs, parts: list[TaxYearPart], name: str) -> CostLine:
    exact = Decimal(0)
    formulas: list[tuple[str, str]] = []
    for part in parts:
        pension = part.rates.pension
        if pension_enrolled(inputs, part):
            exact += pension_due(part)
            formulas.append(
                (
                    part.rates.label,
                    translate("PACosts", "{percent} × ({pay} − {lower}) × {weeks}").format(
                        percent=percent(pension.employer_percent),
                        pay=pounds(min(part.week_pay, Decimal(pension.upper_weekly.pence))),
                        lower=pension.lower_weekly.format(),
                        weeks=weeks(part.weeks),
                    ),
                )
            )
        else:
            formulas.append((part.rates.label, translate("PACosts", "nothing")))
    last = parts[-1]
    pension = last.rates.pension
    yearly = pounds(last.week_pay * WEEKS_IN_YEAR)
    if exact:
        explanation = translate(
            "PACosts",
            "{name} earns about {yearly} a year, more than {trigger}, so must be enrolled. You "
            "pay {percent} of each week's pay between {lower} and {upper}: ",
        ).format(
            name=name,
            yearly=yearly,
            trigger=pension.trigger_yearly.format(),
            percent=percent(pension.employer_percent),
            lower=pension.lower_weekly.format(),
            upper=pension.upper_weekly.format(),
        ) + by_tax_year(formulas)
    elif inputs.age_band is not AgeBand.AGE_21_PLUS:
        explanation = translate(
            "PACosts", "Nothing: workers are enrolled automatically from the age of {age}."
        ).format(age=pension.minimum_age)
    elif inputs.pension_opt_out:
        explanation = translate("PACosts", "Nothing: {name} has opted out.").format(name=name)
    else:
        explanation = translate(
            "PACosts",
            "Nothing: {name} earns about {yearly} a year, not more than {trigger}, so is not "
            "enrolled automatically.",
        ).format(name=name, yearly=yearly, trigger=pension.trigger_yearly.format())
    amount = Money(round_half_up(exact))
    return CostLine(LineKind.PENSION, kind_label(LineKind.PENSION), amount, explanation)


def _extras_used(inputs: PAInputs, year: EmploymentRates) -> dict[LineKind, ExtraCost]:
    typical = {
        LineKind.INSURANCE: year.typical.insurance,
        LineKind.PAYROLL: year.typical.payroll,
        LineKind.DBS: year.typical.dbs,
        LineKind.TRAINING: year.typical.training,
        LineKind.RECRUITMENT: year.typical.recruitment,
    }
    used: dict[LineKind, ExtraCost] = {}
    for kind in EXTRA_KINDS:
        given: ExtraCost | None = getattr(inputs, kind.value)
        used[kind] = given or ExtraCost(typical[kind].amount, typical[kind].frequency)
    return used


def _contingency(inputs: PAInputs, parts: list[TaxYearPart], name: str) -> CostLine:
    label = kind_label(LineKind.CONTINGENCY)
    if inputs.sickness_contingency is not None:
        explanation = translate("PACosts", "The amount you entered.")
        return CostLine(LineKind.CONTINGENCY, label, inputs.sickness_contingency, explanation)
    first = parts[0].rates
    sick = (
        inputs.sick_weeks_a_year
        if inputs.sick_weeks_a_year is not None
        else first.typical.sick_weeks_a_year
    )
    exact = Decimal(0)
    formulas: list[tuple[str, str]] = []
    for part in parts:
        ssp = sick_pay_week(part)
        exact += ssp * sick / WEEKS_IN_YEAR * part.weeks
        formulas.append(
            (
                part.rates.label,
                translate("PACosts", "{ssp} × {sick} × {weeks} ÷ 52").format(
                    ssp=pounds(ssp), sick=plain_number(sick), weeks=weeks(part.weeks)
                ),
            )
        )
    if not sick:
        explanation = translate("PACosts", "None: no weeks of sickness allowed for.")
    else:
        rate = parts[-1].rates.sick_pay
        ssp_rule = (
            translate("PACosts", "the lower of {rate} and {percent} of a week's pay").format(
                rate=rate.weekly_rate.format(), percent=percent(rate.percent_of_earnings)
            )
            if rate.percent_of_earnings is not None
            else translate("PACosts", "{rate} a week").format(rate=rate.weekly_rate.format())
        )
        explanation = translate(
            "PACosts",
            "Statutory Sick Pay ({rule}, from the first day) for {sick} of sickness a year. "
            "Whoever covers is paid from the wages {name} does not get while off sick: ",
        ).format(rule=ssp_rule, sick=weeks(sick), name=name) + by_tax_year(formulas)
    return CostLine(LineKind.CONTINGENCY, label, Money(round_half_up(exact)), explanation)


__all__ = [
    "CostLine",
    "ExtraCost",
    "InputProblem",
    "LineKind",
    "PACostWarning",
    "PACosts",
    "PACostsInputError",
    "PAInputs",
    "TaxYearPart",
    "calculate_pa_costs",
]
