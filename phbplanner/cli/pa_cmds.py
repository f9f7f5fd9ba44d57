"""``pa-costs``: what employing a personal assistant really costs over a period (issue 16).

    phbplanner pa-costs --rate 12.71 --hours 15 --from 2026-04-01 --to 2027-03-31 [--json]

prints every cost (wages, holiday pay, employer's National Insurance and the Employment
Allowance, pension, insurance, payroll, DBS, training, recruitment, sickness cover), each with
its working, the total and any warnings. Bad input gets a plain message and exit code 2; dates
with no rates table, exit code 1. The method is in docs/pa-costs.md.
"""

from __future__ import annotations

import argparse
import textwrap
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from ..domain.employment import ExtraCost, PACosts, PACostsInputError, PAInputs
from ..domain.employment_rates import AgeBand
from ..domain.employment_words import weeks
from ..domain.money import Money, MoneyError
from ..domain.schedule import Frequency, format_date
from ..domain.text import translate
from ..services.pa_costs import pa_costs
from .output import say, say_json
from .shared import EXIT_OK, UsageError

WIDTH = 96


def _money(text: str, what: str) -> Money:
    try:
        return Money.parse(text)
    except MoneyError as exc:
        raise UsageError(
            translate("PACostsCommand", "{what}: {problem}").format(what=what, problem=str(exc))
        ) from None


def _number(text: str, what: str) -> Decimal:
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite():
        raise UsageError(
            translate("PACostsCommand", '{what}: "{text}" is not a number like 15 or 7.5.').format(
                what=what, text=text
            )
        )
    return value


def _day(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(
            translate(
                "PACostsCommand", '{what}: "{text}" is not a date written like 2026-04-01.'
            ).format(what=what, text=text)
        ) from None


def _extra(text: str | None, what: str, frequency: Frequency) -> ExtraCost | None:
    return None if text is None else ExtraCost(_money(text, what), frequency)


def _option_names() -> dict[str, str]:
    """What each option is, in words, for the messages about it."""
    return {
        "rate": translate("PACostsCommand", "The hourly rate (--rate)"),
        "hours": translate("PACostsCommand", "The hours a week (--hours)"),
        "weeks_per_year": translate("PACostsCommand", "The weeks a year (--weeks-per-year)"),
        "first_day": translate("PACostsCommand", "The first day (--first-day)"),
        "insurance": translate("PACostsCommand", "The insurance (--insurance)"),
        "payroll": translate("PACostsCommand", "The payroll fee (--payroll)"),
        "dbs": translate("PACostsCommand", "The DBS check (--dbs)"),
        "training": translate("PACostsCommand", "The training (--training)"),
        "recruitment": translate("PACostsCommand", "The recruitment (--recruitment)"),
        "sick_weeks": translate("PACostsCommand", "The weeks of sickness (--sick-weeks)"),
        "start": translate("PACostsCommand", "The start (--from)"),
        "end": translate("PACostsCommand", "The end (--to)"),
    }


def inputs_from_args(args: argparse.Namespace) -> tuple[PAInputs, date, date]:
    """The calculator's inputs and period from the command line (UsageError when wrong)."""
    said = _option_names()
    sick, first = args.sick_weeks, args.first_day
    inputs = PAInputs(
        name=args.name or "",
        hourly_rate=_money(args.rate, said["rate"]),
        hours_per_week=_number(args.hours, said["hours"]),
        weeks_per_year=_number(args.weeks_per_year, said["weeks_per_year"]),
        age_band=AgeBand(args.age_band),
        only_employee=not args.not_only_employee,
        employment_allowance=not args.no_employment_allowance,
        pension_opt_out=args.no_pension,
        first_day=_day(first, said["first_day"]) if first else None,
        insurance=_extra(args.insurance, said["insurance"], Frequency.ANNUALLY),
        payroll=_extra(args.payroll, said["payroll"], Frequency.MONTHLY),
        dbs=_extra(args.dbs, said["dbs"], Frequency.ONCE),
        training=_extra(args.training, said["training"], Frequency.ANNUALLY),
        recruitment=_extra(args.recruitment, said["recruitment"], Frequency.ONCE),
        sick_weeks_a_year=_number(sick, said["sick_weeks"]) if sick is not None else None,
    )
    return inputs, _day(args.start, said["start"]), _day(args.end, said["end"])


def costs_document(costs: PACosts) -> dict[str, Any]:
    """The breakdown as plain JSON data: amounts as decimal strings, dates ISO 8601."""
    inputs = costs.inputs
    return {
        "name": inputs.name,
        "from": costs.start.isoformat(),
        "to": costs.end.isoformat(),
        "hourly_rate": inputs.hourly_rate.to_str(),
        "hours_per_week": format(inputs.weekly_hours().normalize(), "f"),
        "costed_hours_per_week": format(costs.hours_per_week.normalize(), "f"),
        "weeks": costs.weeks,
        "age_band": inputs.age_band.value,
        "employment_allowance": inputs.employment_allowance,
        "pension_opt_out": inputs.pension_opt_out,
        "tax_years": [
            {
                "tax_year": part.rates.tax_year,
                "first_week": part.first_week.isoformat(),
                "last_week": part.last_week.isoformat(),
                "weeks": part.weeks,
                "week_pay": Money.from_decimal(part.week_pay / 100).to_str(),
            }
            for part in costs.parts
        ],
        "lines": [
            {
                "kind": line.kind.value,
                "label": line.label,
                "amount": line.amount.to_str(),
                "explanation": line.explanation,
            }
            for line in costs.lines
        ],
        "total": costs.total.to_str(),
        "weekly_equivalent": costs.weekly_total.to_str(),
        "warnings": [{"code": w.code, "message": w.message} for w in costs.warnings],
    }


def costs_text(costs: PACosts) -> str:
    """The breakdown for people to read in a terminal."""
    name = costs.inputs.display_name()
    out = [
        translate("PACostsCommand", "What employing {name} costs, {start} to {end}").format(
            name=name, start=format_date(costs.start), end=format_date(costs.end)
        ),
        translate("PACostsCommand", "Rates used: {years}").format(
            years=", ".join(
                translate("PACostsCommand", "{year} ({weeks})").format(
                    year=part.rates.label, weeks=weeks(part.weeks)
                )
                for part in costs.parts
            )
        ),
        "",
    ]
    width = max(len(line.label) for line in costs.lines) + 2
    amounts = [line.amount.format() for line in costs.lines] + [costs.total.format()]
    money_width = max(len(text) for text in amounts)
    for line in costs.lines:
        out.append(f"{line.label:<{width}}{line.amount.format():>{money_width}}")
        out.extend(
            textwrap.wrap(line.explanation, WIDTH, initial_indent="    ", subsequent_indent="    ")
        )
    total = translate("PACostsCommand", "Total")
    out.append("")
    out.append(f"{total:<{width}}{costs.total.format():>{money_width}}")
    out.append(
        translate("PACostsCommand", "That is about {amount} a week.").format(
            amount=costs.weekly_total.format()
        )
    )
    if costs.warnings:
        out.append("")
        out.append(translate("PACostsCommand", "Please check:"))
        for warning in costs.warnings:
            out.extend(
                textwrap.wrap(
                    warning.message, WIDTH, initial_indent="  - ", subsequent_indent="    "
                )
            )
    return "\n".join(out)


def run_pa_costs(args: argparse.Namespace) -> int:
    inputs, start, end = inputs_from_args(args)
    try:
        costs = pa_costs(inputs, start, end)
    except PACostsInputError as error:
        raise UsageError(error.message) from None
    if args.json:
        say_json(costs_document(costs))
    else:
        say(costs_text(costs))
    return EXIT_OK


def register(sub: Any) -> None:
    """Add ``pa-costs``."""
    cmd = sub.add_parser(
        "pa-costs",
        help="what employing a personal assistant costs (wages, holiday, NI, pension…)",
        description="Work out what employing a personal assistant costs over a period, each "
        "figure with its working. Amounts are in pounds; dates like 2026-04-01.",
    )
    cmd.add_argument("--rate", required=True, metavar="R", help="hourly rate, e.g. 12.71")
    cmd.add_argument("--hours", required=True, metavar="H", help="hours a week, e.g. 15")
    cmd.add_argument("--from", dest="start", required=True, metavar="D", help="first day")
    cmd.add_argument("--to", dest="end", required=True, metavar="D", help="last day")
    cmd.add_argument(
        "--age-band", choices=[band.value for band in AgeBand], default=AgeBand.AGE_21_PLUS.value
    )
    cmd.add_argument(
        "--no-employment-allowance",
        action="store_true",
        help="do not claim the Employment Allowance against employer's National Insurance",
    )
    cmd.add_argument("--no-pension", action="store_true", help="the PA has opted out")
    cmd.add_argument("--json", action="store_true", help="print the breakdown as JSON")
    cmd.add_argument("--name", metavar="NAME", help="the PA's name, for the explanations")
    cmd.add_argument(
        "--weeks-per-year", default="52", metavar="W", help="weeks a year they work (1-52)"
    )
    cmd.add_argument(
        "--not-only-employee",
        action="store_true",
        help="you employ other people too (the Employment Allowance is shared)",
    )
    cmd.add_argument("--first-day", metavar="D", help="their first day, if after --from")
    cmd.add_argument("--insurance", metavar="AMOUNT", help="employer's liability insurance a year")
    cmd.add_argument("--payroll", metavar="AMOUNT", help="payroll service a month")
    cmd.add_argument("--dbs", metavar="AMOUNT", help="DBS check (once)")
    cmd.add_argument("--training", metavar="AMOUNT", help="training a year")
    cmd.add_argument("--recruitment", metavar="AMOUNT", help="recruitment (once)")
    cmd.add_argument("--sick-weeks", metavar="N", help="weeks of sick pay to allow a year")
    cmd.set_defaults(run=run_pa_costs)
