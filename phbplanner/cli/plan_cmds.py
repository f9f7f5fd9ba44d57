"""``summary``, ``check`` and ``verify``: read a plan (JSON or an encrypted file) and report."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.fingerprint import format_fingerprint, normalise_fingerprint
from ..domain.money import Money
from ..domain.plan import Plan
from ..interchange.loading import looks_like_plan_json
from ..interchange.plan_json import PlanFormatError, load_plan_file, plan_fingerprint
from ..services.summary import summary_data
from . import EXIT_OK, EXIT_PROBLEMS, UsageError


@dataclass
class LoadedPlan:
    """A plan read for reporting, with the fingerprints it can be verified against."""

    plan: Plan
    fingerprint: str
    #: (label, fingerprint) of every agreed version, for ``verify``
    agreed: list[tuple[str, str]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


def add_passphrase_options(parser: argparse.ArgumentParser) -> None:
    """The ways a command may be given a passphrase (never as an argument)."""
    parser.add_argument(
        "--passphrase-file",
        metavar="PATH",
        help="read the passphrase from the first line of this file "
        "(otherwise PHBPLANNER_PASSPHRASE, the keyring, or a prompt)",
    )


def looks_like_json(path: Path) -> bool:
    """True when the file starts (after white space) with '{' — an interchange document."""
    with open(path, "rb") as handle:
        return looks_like_plan_json(handle.read(64))


def load_any(path_text: str, args: argparse.Namespace) -> LoadedPlan:
    """Read ``path_text`` as interchange JSON or as an encrypted plan file."""
    path = Path(path_text)
    if not path.exists():
        raise UsageError(f"There is no file at {path}.")
    if path.is_dir():
        raise UsageError(f"{path} is a folder, not a plan file.")
    try:
        is_json = looks_like_json(path)
    except OSError as exc:
        raise UsageError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if is_json:
        plan = load_plan_file(path)
        return LoadedPlan(plan, plan_fingerprint(plan))
    from .file_cmds import load_plan_file_for_reading

    return load_plan_file_for_reading(path, args)


def _print_problems(error: PlanFormatError) -> None:
    for problem in error.problems:
        print(f"phbplanner: {problem}", file=sys.stderr)


def run_summary(args: argparse.Namespace) -> int:
    try:
        loaded = load_any(args.plan, args)
    except PlanFormatError as error:
        _print_problems(error)
        return error.exit_code
    data = summary_data(loaded.plan)
    data["fingerprint"] = loaded.fingerprint
    data.update(loaded.extra)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(_summary_text(loaded.plan, data))
    return EXIT_OK


def _money(text: str) -> str:
    return Money.parse(text, allow_negative=True).format()


def _summary_text(plan: Plan, data: dict[str, Any]) -> str:
    out: list[str] = []
    name = plan.person.name or "(no name yet)"
    out.append(f"Plan for {name}")
    if data["period_start"] and data["period_end"]:
        out.append(
            f"Budget period: {data['period_start']} to {data['period_end']} "
            f"({data['days_in_period']} days)"
        )
    out.append(f"Indicative budget: {_money(data['indicative'])}")
    out.append("")
    if data["lines"]:
        width = max(len(line["description"] or line["id"]) for line in data["lines"])
        width = min(max(width, 11), 50)
        out.append(f"{'Support':<{width}}  {'Times':>5}  {'Period cost':>13}  {'Weekly':>10}")
        for line in data["lines"]:
            label = (line["description"] or line["id"])[:width]
            out.append(
                f"{label:<{width}}  {line['occurrences']:>5}  "
                f"{_money(line['period_cost']):>13}  {_money(line['weekly']):>10}"
            )
        out.append("")
    out.append(f"Planned support:   {_money(data['planned_total'])}")
    out.append(f"Contingency:       {_money(data['contingency'])}")
    remaining = Money.parse(data["remaining"], allow_negative=True)
    if remaining.pence >= 0:
        out.append(f"Left in budget:    {remaining.format()}")
    else:
        out.append(f"Over budget by:    {(-remaining).format()}")
    out.append(f"Weekly equivalent: {_money(data['weekly_total'])}")
    out.append(f"Fingerprint:       {format_fingerprint(data['fingerprint'])}")
    out.append("")
    if data["ready"]:
        out.append("Ready for sign-off: yes")
    else:
        out.append(f"Ready for sign-off: no — {_things(len(data['findings']))} to do:")
        out.extend(f"  - {finding['message']}" for finding in data["findings"])
    return "\n".join(out)


def _things(count: int) -> str:
    return "1 thing" if count == 1 else f"{count} things"


def run_check(args: argparse.Namespace) -> int:
    try:
        loaded = load_any(args.plan, args)
    except PlanFormatError as error:
        _print_problems(error)
        return error.exit_code
    data = summary_data(loaded.plan)
    if data["ready"]:
        print("Ready for sign-off.")
        return EXIT_OK
    print(f"Not ready for sign-off — {_things(len(data['findings']))} to do:")
    for finding in data["findings"]:
        print(f"  - [{finding['code']}] {finding['message']}")
    return EXIT_PROBLEMS


def run_verify(args: argparse.Namespace) -> int:
    wanted = normalise_fingerprint(args.fingerprint)
    if wanted is None:
        raise UsageError(
            "That is not a whole fingerprint: it should be 64 letters and digits (0-9, a-f), "
            "as printed at the foot of each page of the plan."
        )
    try:
        loaded = load_any(args.plan, args)
    except PlanFormatError as error:
        _print_problems(error)
        return error.exit_code
    if loaded.fingerprint == wanted:
        print(f"Matches: the current plan ({format_fingerprint(wanted)}).")
        return EXIT_OK
    for label, fingerprint in loaded.agreed:
        if fingerprint == wanted:
            print(f"Matches: {label} ({format_fingerprint(wanted)}).")
            return EXIT_OK
    print(
        "Does not match: this fingerprint is not the current plan or any agreed version "
        "in the file.",
        file=sys.stderr,
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
