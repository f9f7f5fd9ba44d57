"""``ledger return`` and ``ledger returns``: the monitoring return from the command line.

- ``ledger return FILE [--from D] [--to D] --output OUT.pdf [--csv OUT.csv] [--pack OUT.zip]
  [--large-print] [--account NAME] [--force]`` — make the return (default period: the last full
  quarter of the budget period), print its totals and checks on stdout, record it in the file;
- ``ledger returns FILE [--json]`` — the returns recorded in the file.

Same passphrase rules and exit codes as the other commands. Nothing is written over an existing
file without ``--force``, and never over a plan file; the files are private to the person (0600).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.entry_checks import DateError, parse_entry_date
from ..domain.fingerprint import format_fingerprint
from ..domain.money import Money
from ..domain.schedule import format_date
from ..domain.text import translate
from ..services.returns import (
    OutputExistsError,
    PreparedReturn,
    ProducedReturn,
    RecordedReturn,
    ReturnOptions,
    ReturnOutputs,
    Returns,
    check_outputs,
)
from .output import say, say_json, show, tell
from .shared import (
    EXIT_OK,
    UsageError,
    add_language_option,
    add_passphrase_options,
    command_path,
    open_plan,
    text_argument,
)


def _date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return parse_entry_date(text)
    except DateError as exc:
        raise UsageError(f"{option}: {exc.message}") from None


def _outputs(args: argparse.Namespace) -> ReturnOutputs:
    def path(text: str | None, what: str) -> Path | None:
        return None if text is None else command_path(text, what)

    pdf = path(args.output, translate("ReturnCli", "output"))
    assert pdf is not None  # --output is required
    return ReturnOutputs(
        pdf=pdf,
        csv=path(args.csv, translate("ReturnCli", "CSV")),
        pack=path(args.pack, translate("ReturnCli", "audit pack")),
    )


def _exists(exc: OutputExistsError) -> UsageError:
    return UsageError(
        translate(
            "ReturnCli",
            "There is already a file at {path}. Choose another name, or add --force to replace it.",
        ).format(path=exc.path)
    )


def _account_id(returns: Returns, given: str | None) -> int | None:
    name = text_argument(given, "--account")
    if name is None:
        return None
    accounts = returns.accounts()
    for account in accounts:
        if account.name.casefold() == name.strip().casefold():
            return account.id
    names = ", ".join(a.name for a in accounts) or translate("ReturnCli", "none yet")
    raise UsageError(
        translate("ReturnCli", "There is no account called “{name}”. The accounts are: {names}.")
        .format(name=show(name), names=show(names))
    )  # fmt: skip


def _out(amount: Money) -> str:
    return translate("ReturnCli", "{amount} out").format(amount=amount.format())


def print_totals(prepared: PreparedReturn) -> None:
    """The return's figures and its checks, on stdout."""
    ret, totals = prepared.ret, prepared.totals
    period = ret.period
    say(
        translate("ReturnCli", "Monitoring return: {account}, {period}").format(
            account=ret.header.account_name, period=period.describe()
        )
    )
    say(translate("ReturnCli", "Measured against: {plan}").format(plan=ret.header.plan_label))
    say(
        translate("ReturnCli", "Opening balance on {date}: {amount}").format(
            date=format_date(period.start), amount=totals.opening.format()
        )
    )
    say(translate("ReturnCli", "Money in: {amount}").format(amount=totals.money_in.format()))
    say(translate("ReturnCli", "Money out: {amount}").format(amount=totals.money_out.format()))
    say(
        translate("ReturnCli", "Closing balance on {date}: {amount}").format(
            date=format_date(period.end), amount=totals.closing.format()
        )
    )
    if totals.bank_closing is None or totals.bank_difference is None:
        say(
            translate(
                "ReturnCli",
                "The bank's closing balance: not known (the period's last entry does not come "
                "from a statement that gives it).",
            )
        )
    elif not totals.bank_difference:
        say(
            translate(
                "ReturnCli", "The bank's closing balance: {amount}, the same as these records."
            ).format(amount=totals.bank_closing.format())
        )
    else:
        say(
            translate(
                "ReturnCli", "The bank's closing balance: {amount}, a difference of {difference}."
            ).format(
                amount=totals.bank_closing.format(),
                difference=abs(totals.bank_difference).format(),
            )
        )
    say(
        translate("ReturnCli", "Payments without a receipt: {count} ({amount})").format(
            count=totals.without_receipt, amount=totals.without_receipt_total.format()
        )
    )
    loose = [_out(totals.unassigned_out)] if totals.unassigned_out else []
    if totals.unassigned_in:
        loose.append(
            translate("ReturnCli", "{amount} in").format(amount=totals.unassigned_in.format())
        )
    if loose:
        say(
            translate("ReturnCli", "Entries not assigned to a plan line: {count} ({money})").format(
                count=totals.unassigned, money=", ".join(loose)
            )
        )
    else:
        say(
            translate("ReturnCli", "Entries not assigned to a plan line: {count}").format(
                count=totals.unassigned
            )
        )
    if ret.is_empty:
        say(ret.empty_message())
    for note in prepared.notes:
        say(note)
    if not prepared.checks:
        say(translate("ReturnCli", "The checks found nothing to look at."))
        return
    say(translate("ReturnCli", "Checks to look at before sending the return:"))
    for check in prepared.checks:
        say(f"  ! {check.message}")


def _written(produced: ProducedReturn) -> None:
    for _what, path in produced.outputs.named():
        tell(translate("ReturnCli", "Wrote {path}.").format(path=show(path)))
    if produced.record_id is not None:
        tell(
            translate("ReturnCli", "Recorded in the plan file as return number {number}.").format(
                number=produced.record_id
            )
        )
    if produced.notice:
        tell(produced.notice)


def run_return(args: argparse.Namespace) -> int:
    """``ledger return``: make the monitoring return and print its totals."""
    start = _date(args.date_from, "--from")
    end = _date(args.date_to, "--to")
    outputs = _outputs(args)
    try:
        check_outputs(outputs, plan_path=Path(args.file), overwrite=args.force)
    except OutputExistsError as exc:
        raise _exists(exc) from None
    with open_plan(args, args.file) as session:
        returns = Returns(session)
        account_id = _account_id(returns, args.account)
        period = returns.period_between(start, end, account_id=account_id)
        prepared = returns.prepare(period, account_id=account_id)
        try:
            produced = returns.produce(
                prepared,
                outputs,
                options=ReturnOptions(large_print=args.large_print, language=args.language or "en"),
                overwrite=args.force,
            )
        except OutputExistsError as exc:
            raise _exists(exc) from None
    print_totals(prepared)
    _written(produced)
    return EXIT_OK


def _made_words(record: RecordedReturn) -> str:
    words = {
        "pdf": translate("ReturnCli", "PDF"),
        "csv": translate("ReturnCli", "CSV"),
        "pack": translate("ReturnCli", "audit pack"),
    }
    made = [words.get(what, what) for what in record.made]
    if record.options.large_print:
        made.append(translate("ReturnCli", "large print"))
    return ", ".join(made)


def record_json(record: RecordedReturn) -> dict[str, Any]:
    """A recorded return as ``ledger returns --json`` lists it."""
    return {
        "id": record.id,
        "from": record.period.start.isoformat(),
        "to": record.period.end.isoformat(),
        "account_id": record.account_id,
        "account": record.account_name,
        "produced_at": record.produced_at.isoformat(),
        "produced_on": record.produced_on.isoformat(),
        "produced_by": record.produced_by,
        "made": list(record.made),
        "large_print": record.options.large_print,
        "language": record.options.language,
        "plan_version": record.plan_version,
        "plan_fingerprint": record.plan_fingerprint,
        "pdf_sha256": record.pdf_sha256,
        "totals": record.totals.to_json(),
    }


def run_returns(args: argparse.Namespace) -> int:
    """``ledger returns``: the returns recorded in the file."""
    with open_plan(args, args.file) as session:
        found = Returns(session).returns()
    if args.json:
        say_json([record_json(r) for r in found])
        return EXIT_OK
    if not found:
        say(translate("ReturnCli", "No monitoring return has been made from this file yet."))
        return EXIT_OK
    for record in found:
        totals = record.totals
        say(
            translate(
                "ReturnCli", "Return {number}: {what}, made on {date} by {who} ({made})"
            ).format(
                number=record.id,
                what=record.describe(),
                date=format_date(record.produced_on),
                who=record.produced_by,
                made=_made_words(record),
            )
        )
        say(
            "  "
            + translate(
                "ReturnCli", "Opening {opening}, in {money_in}, out {money_out}, closing {closing}"
            ).format(
                opening=totals.opening.format(),
                money_in=totals.money_in.format(),
                money_out=totals.money_out.format(),
                closing=totals.closing.format(),
            )
        )
        say(
            "  "
            + translate("ReturnCli", "Fingerprint of the PDF (SHA-256): {digest}").format(
                digest=format_fingerprint(record.pdf_sha256)
            )
        )
    return EXIT_OK


def register_return_commands(commands: Any) -> None:
    """Add ``return`` and ``returns`` to the ``ledger`` group's subcommands (called by
    ``ledger_cmds.register``)."""
    make = commands.add_parser(
        "return", help="make the monitoring return: a PDF, and a CSV and audit pack if asked"
    )
    make.add_argument("file", metavar="FILE")
    make.add_argument(
        "--from", dest="date_from", metavar="DATE", help="default: the last full quarter"
    )
    make.add_argument("--to", dest="date_to", metavar="DATE")
    make.add_argument("--output", required=True, metavar="OUT.pdf", help="the return as a PDF")
    make.add_argument("--csv", metavar="OUT.csv", help="also the entries as a CSV")
    make.add_argument(
        "--pack", metavar="OUT.zip", help="also an audit pack: PDF, CSV and every receipt"
    )
    make.add_argument("--large-print", action="store_true", help="the PDF in 16 pt")
    make.add_argument("--account", metavar="NAME", help="when the plan has several accounts")
    make.add_argument("--force", action="store_true", help="replace files that already exist")
    add_language_option(make)
    add_passphrase_options(make)
    make.set_defaults(run=run_return)

    listing = commands.add_parser("returns", help="the monitoring returns made from this file")
    listing.add_argument("file", metavar="FILE")
    listing.add_argument("--json", action="store_true")
    add_passphrase_options(listing)
    listing.set_defaults(run=run_returns)
