"""``ledger``: the spending records from the command line (same passphrase rules and exit codes).

- ``ledger add-account FILE --name N --opening-balance A --opening-date D [--kind K]``
- ``ledger add FILE --date D --amount A --payee P [--description T] [--line LINE_ID]
  [--purpose P] [--reference R] [--account NAME] [--receipt PATH ...]`` (negative = money out)
- ``ledger list FILE [--from D] [--to D] [--json]``
- ``ledger attach FILE ENTRY_ID PATH [--kind K]``
- ``ledger status FILE [--json] [--as-of D]``
- ``ledger import``, ``undo-import``, ``imports``, ``export``: bank statements (``import_cmds``)
- ``ledger return``, ``returns``: the monitoring return and the record of returns (``return_cmds``)
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.amount_text import AmountError, parse_amount
from ..domain.documents import DocumentKind
from ..domain.entry_checks import DateError, parse_entry_date
from ..domain.ledger import Account, AccountKind, Entry, Purpose
from ..domain.money import Money
from ..domain.text import translate
from ..services.ledger import Ledger
from ..services.ledger_view import EntryFilter, LedgerView
from .import_cmds import register_ledger_commands
from .output import say, say_json
from .return_cmds import register_return_commands
from .shared import EXIT_OK, UsageError, add_passphrase_options, open_plan

PURPOSES = {
    "plan-line": Purpose.PLAN_LINE,
    "budget-payment": Purpose.BUDGET_PAYMENT,
    "refund": Purpose.REFUND,
    "bank-charge": Purpose.BANK_CHARGE,
    "unassigned": Purpose.UNASSIGNED,
}
KINDS = {
    "bank": AccountKind.BANK_ACCOUNT,
    "card": AccountKind.PREPAID_CARD,
    "third-party": AccountKind.THIRD_PARTY_STATEMENT,
}


def _date(text: str, option: str) -> date:
    try:
        return parse_entry_date(text)
    except DateError as exc:
        raise UsageError(f"{option}: {exc.message}") from None


def _amount(text: str, option: str, *, allow_zero: bool = False) -> Money:
    try:
        return parse_amount(text, allow_zero=allow_zero)
    except AmountError as exc:
        raise UsageError(f"{option}: {exc.message}") from None


def _account_id(ledger: Ledger, name: str | None) -> int | None:
    if name is None:
        return None
    for account in ledger.accounts():
        if account.name.casefold() == name.casefold():
            return account.id
    names = ", ".join(a.name for a in ledger.accounts())
    if not names:
        raise UsageError(
            translate(
                "Cli", "There is no account called “{name}”. There are no accounts yet."
            ).format(name=name)
        )
    raise UsageError(
        translate("Cli", "There is no account called “{name}”. The accounts are: {names}.").format(
            name=name, names=names
        )
    )


def run_add_account(args: argparse.Namespace) -> int:
    with open_plan(args, args.file) as session:
        account = Ledger(session).add_account(
            Account(
                name=args.name,
                kind=KINDS[args.kind],
                opening_balance=_amount(args.opening_balance, "--opening-balance", allow_zero=True),
                opening_date=_date(args.opening_date, "--opening-date"),
            )
        )
    say(f"Added the account {account.name} (number {account.id}).")
    return EXIT_OK


def run_add(args: argparse.Namespace) -> int:
    amount = _amount(args.amount, "--amount")
    when = _date(args.date, "--date")
    purpose = PURPOSES[args.purpose] if args.purpose else (
        Purpose.PLAN_LINE if args.line else Purpose.UNASSIGNED
    )  # fmt: skip
    receipts = [Path(p) for p in args.receipt or []]
    with open_plan(args, args.file) as session:
        ledger = Ledger(session)
        entry = ledger.record(
            Entry(
                date=when,
                amount=amount,
                payee=args.payee,
                description=args.description or "",
                purpose=purpose,
                line_id=args.line,
                reference=args.reference or "",
                account_id=_account_id(ledger, args.account),
            )
        )
        assert entry.id is not None
        kept = [ledger.attach_file(entry.id, path).filename for path in receipts]
    direction = "in" if amount.pence > 0 else "out"
    say(f"Recorded entry {entry.id}: {abs(amount).format()} {direction}, {entry.payee}.")
    for name in kept:
        say(f"  kept {name} with it")
    return EXIT_OK


def _entry_json(row: Any, names: list[str]) -> dict[str, Any]:
    return {
        "id": row.id,
        "date": row.date,
        "amount": Money(row.amount_pence).to_str(),
        "balance": None
        if row.bank_balance_pence is None
        else Money(row.bank_balance_pence).to_str(),
        "running_balance": Money(row.balance_pence).to_str(),
        "payee": row.payee,
        "description": row.description,
        "reference": row.reference,
        "purpose": row.purpose,
        "line": row.line_ref,
        "reconciled": row.reconciled,
        "attachments": names,
        "import_id": row.import_id,
    }


def run_list(args: argparse.Namespace) -> int:
    start = _date(args.date_from, "--from") if args.date_from else None
    end = _date(args.date_to, "--to") if args.date_to else None
    if start and end and start > end:
        raise UsageError(translate("Cli", "The --from date is after the --to date."))
    with open_plan(args, args.file) as session:
        view = LedgerView(session)
        ids = view.ids(EntryFilter(date_from=start, date_to=end))
        rows = view.rows(ids)
        names = view.document_names([row.id for row in rows if row.attachment_count])
    if args.json:
        listed = [_entry_json(row, names.get(row.id, [])) for row in rows]
        say_json(listed)
        return EXIT_OK
    if not rows:
        say("There are no entries" + (" in that period." if start or end else " yet."))
        return EXIT_OK
    for row in rows:
        money = Money(row.amount_pence)
        receipt = "receipt" if row.attachment_count else "no receipt"
        balance = Money(row.balance_pence).format()
        say(
            f"{row.id:>6}  {row.date}  {money.format():>12}  {balance:>12}"
            f"  {row.payee}  {row.description}  ({receipt})"
        )
    return EXIT_OK


def run_attach(args: argparse.Namespace) -> int:
    with open_plan(args, args.file) as session:
        info = Ledger(session).attach_file(args.entry, Path(args.path), DocumentKind(args.kind))
    say(f"Kept {info.filename} ({info.size:,} bytes) with entry {args.entry}.")
    return EXIT_OK


def run_status(args: argparse.Namespace) -> int:
    as_of = _date(args.as_of, "--as-of") if args.as_of else date.today()
    with open_plan(args, args.file) as session:
        status = LedgerView(session).status(as_of)
    comparison = status.planned_vs_actual
    outlook = status.forecast
    data = {
        "as_of": as_of.isoformat(),
        "balance": status.position.balance.to_str(),
        "planned_vs_actual": [
            {
                "line": line.key,
                "description": line.label,
                "planned": line.planned.to_str(),
                "spent": line.spent.to_str(),
                "difference": line.difference.to_str(),
                "overspent": line.overspent,
            }
            for line in comparison.lines
        ],
        "forecast": None
        if outlook is None
        else {
            "period_end": outlook.period_end.isoformat(),
            "projected_end": outlook.projected_end.to_str(),
            "runs_out_on": outlook.runs_out_on.isoformat() if outlook.runs_out_on else None,
        },
        "alerts": [{"code": str(alert.code), "message": alert.message} for alert in status.alerts],
    }
    if args.json:
        say_json(data)
        return EXIT_OK
    say(f"Balance on {as_of:%-d %B %Y}: {status.position.balance.format()}")
    for line in comparison.lines:
        say(
            f"  {line.label}: planned {line.planned.format()}, spent {line.spent.format()}"
            + ("  (over)" if line.overspent else "")
        )
    if outlook is not None:
        say(f"Expected at the end of the period: {outlook.projected_end.format()}")
        if outlook.runs_out_on:
            say(f"The money would run out on {outlook.runs_out_on:%-d %B %Y}.")
    for alert in status.alerts:
        say(f"! {alert.message}")
    return EXIT_OK


def register(sub: Any) -> None:
    """Add ``ledger`` and its commands."""
    ledger = sub.add_parser("ledger", help="the spending records: entries, receipts, status")
    commands = ledger.add_subparsers(
        dest="ledger_command", metavar="COMMAND", required=True, parser_class=type(ledger)
    )

    account = commands.add_parser("add-account", help="add a bank account or card")
    account.add_argument("file", metavar="FILE")
    account.add_argument("--name", required=True)
    account.add_argument("--opening-balance", required=True, metavar="AMOUNT")
    account.add_argument("--opening-date", required=True, metavar="DATE")
    account.add_argument("--kind", choices=sorted(KINDS), default="bank")
    add_passphrase_options(account)
    account.set_defaults(run=run_add_account)

    add = commands.add_parser("add", help="record money in (positive) or out (negative)")
    add.add_argument("file", metavar="FILE")
    add.add_argument("--date", required=True, metavar="DATE")
    add.add_argument("--amount", required=True, metavar="AMOUNT")
    add.add_argument("--payee", required=True)
    add.add_argument("--description")
    add.add_argument("--line", metavar="LINE_ID", help="the plan line it pays for")
    add.add_argument("--purpose", choices=sorted(PURPOSES))
    add.add_argument("--reference")
    add.add_argument("--account", metavar="NAME")
    add.add_argument("--receipt", action="append", metavar="PATH")
    add_passphrase_options(add)
    add.set_defaults(run=run_add)

    listing = commands.add_parser("list", help="list the entries")
    listing.add_argument("file", metavar="FILE")
    listing.add_argument("--from", dest="date_from", metavar="DATE")
    listing.add_argument("--to", dest="date_to", metavar="DATE")
    listing.add_argument("--json", action="store_true")
    add_passphrase_options(listing)
    listing.set_defaults(run=run_list)

    attach = commands.add_parser("attach", help="keep a receipt with an entry")
    attach.add_argument("file", metavar="FILE")
    attach.add_argument("entry", type=int, metavar="ENTRY_ID")
    attach.add_argument("path", metavar="PATH")
    attach.add_argument("--kind", choices=[k.value for k in DocumentKind], default="receipt")
    add_passphrase_options(attach)
    attach.set_defaults(run=run_attach)

    status = commands.add_parser("status", help="balance, planned vs actual, forecast, alerts")
    status.add_argument("file", metavar="FILE")
    status.add_argument("--json", action="store_true")
    status.add_argument("--as-of", metavar="DATE")
    add_passphrase_options(status)
    status.set_defaults(run=run_status)

    register_ledger_commands(commands)  # import, undo-import, imports, export
    register_return_commands(commands)  # return, returns
