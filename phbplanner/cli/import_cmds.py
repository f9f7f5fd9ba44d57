"""Bank statements from the command line (registered under ``ledger`` by ``ledger_cmds``).

- ``ledger import FILE --csv STATEMENT [--bank NAME] [--account NAME] [--accept-good-rows]
  [--json] [--columns date=1,description=2,amount=3,balance=4] [--date-format %d/%m/%Y]
  [--skip N] [--no-suggestions]`` — exit 0 when imported (or nothing was new), 1 with every bad
  line named and nothing imported;
- ``ledger undo-import FILE IMPORT_ID [--force]``;
- ``ledger imports FILE [--json]`` — every import, newest first;
- ``ledger export FILE --csv OUT [--force]`` — every entry as CSV.

Same passphrase rules and exit codes as the other commands (docs/statement-import.md).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..domain.schedule import format_date
from ..domain.text import translate
from ..interchange.bank import CHOOSABLE, ColumnMapping, MappingError, parse_columns
from ..services.import_preview import ImportPreview, RowStatus
from ..services.imports import (
    ImportInfo,
    ImportProblems,
    ImportResult,
    Imports,
    UndoRefused,
)
from ..services.ledger import Ledger
from ..services.ledger_export import export_entries_csv
from ..services.session import PlanSession
from .output import complain, say, say_json, tell
from .shared import EXIT_OK, EXIT_PROBLEMS, UsageError, add_passphrase_options, open_plan


def _mapping(args: argparse.Namespace) -> ColumnMapping | None:
    if args.columns is None:
        if args.date_format is not None or args.skip is not None:
            raise UsageError(
                translate(
                    "ImportCommand",
                    "--date-format and --skip go with --columns: say which column holds what, "
                    "like --columns date=1,description=2,amount=3.",
                )
            )
        return None
    if args.bank not in (None, "generic"):
        raise UsageError(
            translate(
                "ImportCommand",
                "--columns describes a statement read with the generic columns: leave out "
                "--bank, or use --bank generic.",
            )
        )
    try:
        return parse_columns(args.columns, date_format=args.date_format, skip=args.skip)
    except MappingError as exc:
        raise UsageError(
            translate("ImportCommand", "--columns: {problem}.").format(problem=exc.message)
        ) from None


def _account_id(session: PlanSession, name: str | None) -> int | None:
    if name is None:
        return None
    accounts = [(a.id, a.name) for a in Ledger(session).accounts() if a.id is not None]
    for account_id, account_name in accounts:
        if account_name.casefold() == name.strip().casefold():
            return account_id
    raise UsageError(
        translate("ImportCommand", "There is no account called “{name}” (accounts: {names}).")
        .format(
            name=name,
            names=", ".join(n for _i, n in accounts) or translate("ImportCommand", "none yet"),
        )
    )  # fmt: skip


def _how(preview: ImportPreview) -> str:
    statement = preview.statement
    words = {
        "chosen": translate("ImportCommand", "as chosen"),
        "remembered": translate("ImportCommand", "as this account's last statement"),
        "detected": translate("ImportCommand", "worked out from the file"),
    }
    return translate("ImportCommand", "Read {file} as {bank} ({how}).").format(
        file=preview.file_name, bank=statement.bank_name, how=words.get(preview.settings, "")
    )


def _json_report(
    preview: ImportPreview, result: ImportResult | None, *, imported: bool
) -> dict[str, Any]:
    rows = preview.rows
    left_out = [row for row in rows if row.status == RowStatus.LEFT_OUT]
    check = result.balance_check if result is not None else preview.balance_check
    return {
        "import_id": result.import_id if result else None,
        "imported": result.imported if result else 0,
        "duplicates": result.duplicates if result else preview.duplicates,
        "left_out": result.left_out if result else len(left_out),
        "problems": [{"line": p.line, "reason": p.reason} for p in preview.problems],
        "left_out_rows": [{"line": row.line, "reason": row.reason} for row in left_out],
        "possible_matches": [
            {"line": row.line, "entry_id": row.possible_match}
            for row in rows
            if row.status == RowStatus.NEW and row.possible_match is not None
        ],
        "bank": preview.statement.bank,
        "account": preview.account.name,
        "balance_check": None
        if check is None
        else {"agrees": check.ok, "message": check.mismatch.message() if check.mismatch else None},
        "done": imported,
    }


def _print_problems(preview: ImportPreview, *, to_stderr: bool) -> None:
    for problem in preview.problems:
        (tell if to_stderr else say)(f"  {problem.message}")


def run_import(args: argparse.Namespace) -> int:
    mapping = _mapping(args)
    statement_path = Path(args.csv)
    if not statement_path.exists():
        raise UsageError(
            translate("ImportCommand", "There is no statement file at {path}.").format(
                path=statement_path
            )
        )
    with open_plan(args, args.file) as session:
        imports = Imports(session)
        preview = imports.preview_file(
            statement_path,
            account_id=_account_id(session, args.account),
            bank=args.bank,
            mapping=mapping,
        )
        for notice in preview.notices:
            tell(notice)
        if preview.problems and not args.accept_good_rows:
            if args.json:
                say_json(_json_report(preview, None, imported=False))
            refused = ImportProblems(preview.problems, preview.new)
            complain(f"{refused.message}")
            if preview.new:
                tell(translate("ImportCommand", "Add --accept-good-rows to import the good rows."))
            return EXIT_PROBLEMS
        result = imports.confirm(
            preview, accept_good_rows=args.accept_good_rows,
            accept_suggestions=not args.no_suggestions,
        )  # fmt: skip
    if args.json:
        report = _json_report(preview, result, imported=True)
        say_json(report)
        return EXIT_OK
    _print_result(preview, result)
    return EXIT_OK


def _print_result(preview: ImportPreview, result: ImportResult) -> None:
    say(_how(preview))
    if result.import_id is None:
        say(
            translate("ImportCommand", "Nothing new: every row is already in the records.")
            if result.duplicates
            else translate("ImportCommand", "Nothing was imported: no row could be stored.")
        )
    else:
        if result.imported == 1:
            text = translate("ImportCommand", "Imported 1 entry (import {id}) into {account}.")
        else:
            text = translate(
                "ImportCommand", "Imported {count} entries (import {id}) into {account}."
            )
        say(text.format(count=result.imported, id=result.import_id, account=preview.account.name))
        if result.duplicates == 1:
            say(translate("ImportCommand", "1 row was already in the records and was skipped."))
        elif result.duplicates:
            say(
                translate(
                    "ImportCommand", "{count} rows were already in the records and were skipped."
                ).format(count=result.duplicates)
            )
    left_out = [row for row in preview.rows if row.status == RowStatus.LEFT_OUT]
    if left_out:
        say(translate("ImportCommand", "Rows left out:"))
        for row in left_out:
            text = translate("ImportCommand", "line {line}: {reason}")
            say("  " + text.format(line=row.line, reason=row.reason))
    if result.problems:
        say(
            translate("ImportCommand", "Rows that could not be read (kept in the import's record):")
        )
        _print_problems(preview, to_stderr=False)
    matches = [r for r in preview.rows if r.status == RowStatus.NEW and r.possible_match]
    if matches and result.import_id is not None:
        say(translate("ImportCommand", "Rows that may be the same as an entry already there:"))
        for row in matches:
            say(
                "  "
                + translate(
                    "ImportCommand", "line {line}: {amount} on {date} may be entry {entry}"
                ).format(
                    line=row.line, amount=row.amount.format(), date=format_date(row.date),
                    entry=row.possible_match,
                )
            )  # fmt: skip
    check = result.balance_check
    if check is not None:
        if check.mismatch is None:
            say(
                translate(
                    "ImportCommand", "The bank's balances agree with these records ({balance})."
                ).format(balance=check.balance.format())
            )
        else:
            say(f"! {check.mismatch.message()}")


def run_undo(args: argparse.Namespace) -> int:
    with open_plan(args, args.file) as session:
        try:
            done = Imports(session).undo(args.import_id, force=args.force)
        except UndoRefused as refused:
            complain(f"{refused.message}")
            tell(translate("ImportCommand", "Nothing was changed. Add --force to undo it anyway."))
            return EXIT_PROBLEMS
    say(
        translate("ImportCommand", "Undid import {id}: {count} entries removed.").format(
            id=done.import_id, count=done.removed
        )
    )
    return EXIT_OK


def _info_json(info: ImportInfo) -> dict[str, Any]:
    return {
        "id": info.id,
        "account": info.account_name,
        "file": info.file_name,
        "bank": info.bank,
        "imported_at": info.imported_at.isoformat(),
        "imported_by": info.imported_by,
        "rows": info.rows_total,
        "imported": info.imported,
        "duplicates": info.duplicates,
        "left_out": info.left_out,
        "problems": [{"line": p.line, "reason": p.reason} for p in info.problems],
        "first": info.first.isoformat() if info.first else None,
        "last": info.last.isoformat() if info.last else None,
        "undone": info.undone.isoformat() if info.undone else None,
    }


def run_imports(args: argparse.Namespace) -> int:
    with open_plan(args, args.file) as session:
        found = Imports(session).imports()
    if args.json:
        say_json([_info_json(info) for info in found])
        return EXIT_OK
    if not found:
        say(translate("ImportCommand", "No statement has been imported yet."))
        return EXIT_OK
    for info in found:
        when = info.imported_at.astimezone()
        line = translate(
            "ImportCommand",
            "{id}: {file} ({bank}) into {account}, {date} by {who}: imported {imported}, "
            "already there {duplicates}, not readable {bad}",
        ).format(
            id=info.id, file=info.file_name, bank=info.bank_name, account=info.account_name,
            date=format_date(when), who=info.imported_by, imported=info.imported,
            duplicates=info.duplicates, bad=len(info.problems),
        )  # fmt: skip
        if info.undone is not None:
            line += " " + translate("ImportCommand", "(undone {date})").format(
                date=format_date(info.undone.astimezone())
            )
        say(line)
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    target = Path(args.csv)
    if target.exists() and not target.is_dir() and not args.force:
        raise UsageError(
            translate(
                "ImportCommand",
                "There is already a file called {path}. Choose another name, or add --force to "
                "replace it.",
            ).format(path=target)
        )
    with open_plan(args, args.file) as session:
        count = export_entries_csv(session, Path(args.csv), overwrite=args.force)
    say(
        translate("ImportCommand", "Wrote {count} entries to {path}.").format(
            count=count, path=args.csv
        )
    )
    return EXIT_OK


def register_ledger_commands(commands: Any) -> None:
    """Add ``import``, ``undo-import``, ``imports`` and ``export`` to the ``ledger`` commands."""
    imp = commands.add_parser("import", help="import a bank statement (CSV, OFX, QIF or TXT)")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--csv", required=True, metavar="STATEMENT",
                     help="the statement file (CSV, OFX, QIF or Santander's TXT)")  # fmt: skip
    imp.add_argument("--bank", choices=CHOOSABLE, metavar="NAME",
                     help=f"the bank: {' '.join(CHOOSABLE)} (left out: worked out)")  # fmt: skip
    imp.add_argument("--account", metavar="NAME", help="the account it is for")
    imp.add_argument("--accept-good-rows", action="store_true",
                     help="import the good rows of a statement with bad ones")  # fmt: skip
    imp.add_argument("--json", action="store_true")
    imp.add_argument(
        "--columns", metavar="ROLE=N,…",
        help="which column holds what, e.g. date=1,description=2,amount=3,balance=4",
    )  # fmt: skip
    imp.add_argument("--date-format", metavar="FORMAT", help="e.g. %%d/%%m/%%Y")
    imp.add_argument("--skip", type=int, metavar="N", help="lines to skip before the header")
    imp.add_argument("--no-suggestions", action="store_true",
                     help="store every row as not yet assigned")  # fmt: skip
    add_passphrase_options(imp)
    imp.set_defaults(run=run_import)

    undo = commands.add_parser("undo-import", help="undo a statement import as a whole")
    undo.add_argument("file", metavar="FILE")
    undo.add_argument("import_id", type=int, metavar="IMPORT_ID")
    undo.add_argument("--force", action="store_true",
                      help="undo it even when something would be lost (said first)")  # fmt: skip
    add_passphrase_options(undo)
    undo.set_defaults(run=run_undo)

    listing = commands.add_parser("imports", help="list the statement imports")
    listing.add_argument("file", metavar="FILE")
    listing.add_argument("--json", action="store_true")
    add_passphrase_options(listing)
    listing.set_defaults(run=run_imports)

    export = commands.add_parser("export", help="every entry as a CSV file")
    export.add_argument("file", metavar="FILE")
    export.add_argument("--csv", required=True, metavar="OUT")
    export.add_argument("--force", action="store_true", help="replace OUT if it exists")
    add_passphrase_options(export)
    export.set_defaults(run=run_export)
