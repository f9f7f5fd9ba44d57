"""``summary``, ``check`` and ``verify``: read a plan (JSON or an encrypted file) and report.

Every piece of text that comes from the plan goes through :mod:`.output`, so a name holding
terminal escapes is shown, not obeyed.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..domain.fingerprint import format_fingerprint, normalise_fingerprint
from ..domain.money import Money
from ..domain.plan import Plan
from ..domain.text import translate
from ..interchange.plan_json import PlanFormatError
from ..services.summary import summary_data
from .output import clean, complain, json_safe, say
from .shared import EXIT_OK, EXIT_PROBLEMS, LoadedPlan, UsageError, add_passphrase_options, load_any


def _load(args: argparse.Namespace) -> LoadedPlan | int:
    """The plan named by ``args.plan``, or the exit code after printing its problems."""
    try:
        return load_any(args, args.plan)
    except PlanFormatError as error:
        for problem in error.problems:
            complain(str(problem))
        return error.exit_code


def run_summary(args: argparse.Namespace) -> int:
    loaded = _load(args)
    if isinstance(loaded, int):
        return loaded
    data = summary_data(loaded.plan)
    data["fingerprint"] = loaded.fingerprint
    data.update(loaded.extra)
    if args.json:
        say(json_safe(json.dumps(data, ensure_ascii=False, indent=2)))
        return EXIT_OK
    say(_summary_text(loaded.plan, data))
    return EXIT_OK


def _money(text: str) -> str:
    return Money.parse(text, allow_negative=True).format()


def _summary_text(plan: Plan, data: dict[str, Any]) -> str:
    out: list[str] = []
    name = clean(plan.person.name) or translate("Cli", "(no name yet)")
    out.append(translate("Cli", "Plan for {name}").format(name=name))
    if data["period_start"] and data["period_end"]:
        out.append(
            translate("Cli", "Budget period: {start} to {end} ({days} days)").format(
                start=data["period_start"], end=data["period_end"], days=data["days_in_period"]
            )
        )
    out.append(
        translate("Cli", "Indicative budget: {amount}").format(amount=_money(data["indicative"]))
    )
    out.append("")
    if data["lines"]:
        labels = [clean(line["description"] or line["id"]) for line in data["lines"]]
        width = min(max(max(len(label) for label in labels), 11), 50)
        heading = translate("Cli", "Support")
        times, cost, weekly = (
            translate("Cli", "Times"),
            translate("Cli", "Period cost"),
            translate("Cli", "Weekly"),
        )
        out.append(f"{heading:<{width}}  {times:>5}  {cost:>13}  {weekly:>10}")
        for label, line in zip(labels, data["lines"], strict=True):
            out.append(
                f"{label[:width]:<{width}}  {line['occurrences']:>5}  "
                f"{_money(line['period_cost']):>13}  {_money(line['weekly']):>10}"
            )
        out.append("")
    rows = [
        (translate("Cli", "Planned support:"), _money(data["planned_total"])),
        (translate("Cli", "Contingency:"), _money(data["contingency"])),
    ]
    remaining = Money.parse(data["remaining"], allow_negative=True)
    if remaining.pence >= 0:
        rows.append((translate("Cli", "Left in budget:"), remaining.format()))
    else:
        rows.append((translate("Cli", "Over budget by:"), (-remaining).format()))
    rows.append((translate("Cli", "Weekly equivalent:"), _money(data["weekly_total"])))
    rows.append((translate("Cli", "Fingerprint:"), format_fingerprint(data["fingerprint"])))
    label_width = max(len(label) for label, _value in rows)
    out.extend(f"{label:<{label_width}} {value}" for label, value in rows)
    out.append("")
    if data["ready"]:
        out.append(translate("Cli", "Ready for sign-off: yes"))
    else:
        out.append(
            translate("Cli", "Ready for sign-off: no — {things} to do:").format(
                things=_things(len(data["findings"]))
            )
        )
        out.extend(f"  - {clean(finding['message'])}" for finding in data["findings"])
    return "\n".join(out)


def _things(count: int) -> str:
    if count == 1:
        return translate("Cli", "1 thing")
    return translate("Cli", "{count} things").format(count=count)


def run_check(args: argparse.Namespace) -> int:
    loaded = _load(args)
    if isinstance(loaded, int):
        return loaded
    data = summary_data(loaded.plan)
    if data["ready"]:
        say(translate("Cli", "Ready for sign-off."))
        return EXIT_OK
    say(
        translate("Cli", "Not ready for sign-off — {things} to do:").format(
            things=_things(len(data["findings"]))
        )
    )
    for finding in data["findings"]:
        say(f"  - [{finding['code']}] {clean(finding['message'])}")
    return EXIT_PROBLEMS


def run_verify(args: argparse.Namespace) -> int:
    wanted = normalise_fingerprint(args.fingerprint)
    if wanted is None:
        raise UsageError(
            translate(
                "Cli",
                "That is not a whole fingerprint. It should be 64 letters and digits (0-9, a-f). "
                "They are printed at the foot of each page of the plan.",
            )
        )
    loaded = _load(args)
    if isinstance(loaded, int):
        return loaded
    if loaded.fingerprint == wanted:
        say(
            translate("Cli", "Matches: the current plan ({fingerprint}).").format(
                fingerprint=format_fingerprint(wanted)
            )
        )
        return EXIT_OK
    for label, fingerprint in loaded.agreed:
        if fingerprint == wanted:
            say(
                translate("Cli", "Matches: {label} ({fingerprint}).").format(
                    label=label, fingerprint=format_fingerprint(wanted)
                )
            )
            return EXIT_OK
    complain(
        translate(
            "Cli",
            "Does not match: this fingerprint is not the current plan or any agreed version "
            "in the file.",
        )
    )
    return EXIT_PROBLEMS


def register(sub: Any) -> None:
    """Add ``summary``, ``check`` and ``verify``."""
    summary = sub.add_parser("summary", help="show the budget, line costs and readiness")
    summary.add_argument("plan", metavar="PLAN", help="a plan file or an interchange JSON file")
    summary.add_argument("--json", action="store_true", help="print the summary as JSON")
    add_passphrase_options(summary)
    summary.set_defaults(run=run_summary)

    check = sub.add_parser("check", help="is the plan ready for sign-off? (exit 1 when not)")
    check.add_argument("plan", metavar="PLAN")
    add_passphrase_options(check)
    check.set_defaults(run=run_check)

    verify = sub.add_parser("verify", help="check a printed fingerprint against a plan")
    verify.add_argument("plan", metavar="PLAN")
    verify.add_argument("fingerprint", metavar="FINGERPRINT")
    add_passphrase_options(verify)
    verify.set_defaults(run=run_verify)
