"""``new``, ``export``, ``passphrase``, ``backups`` and ``restore``: the encrypted plan file.

Passphrases come from ``--passphrase-file`` (first line), ``PHBPLANNER_PASSPHRASE``, the
keyring, or a prompt on a terminal — never from an argument. New passphrases (``new``,
``passphrase``) come from ``--new-passphrase-file``, ``PHBPLANNER_NEW_PASSPHRASE`` (for
``new``, also ``PHBPLANNER_PASSPHRASE``) or a prompt asked twice.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from ..domain.errors import PHBError
from ..interchange.document import dumps_document, load_document_file
from ..interchange.plan_json import plan_fingerprint
from ..services import files
from ..services.records_io import document_of
from ..services.session import PlanSession
from . import EXIT_OK, EXIT_USAGE, UsageError
from .plan_cmds import LoadedPlan, add_passphrase_options

ENV_PASSPHRASE = "PHBPLANNER_PASSPHRASE"
ENV_NEW_PASSPHRASE = "PHBPLANNER_NEW_PASSPHRASE"


# -- passphrases ---------------------------------------------------------------------------------
def _read_first_line(path_text: str) -> str:
    try:
        with open(path_text, encoding="utf-8") as handle:
            line = handle.readline()
    except OSError as exc:
        raise UsageError(f"Cannot read the passphrase file {path_text}: {exc.strerror}.") from None
    except UnicodeDecodeError:
        raise UsageError(f"The passphrase file {path_text} is not UTF-8 text.") from None
    return line.rstrip("\r\n")


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stderr.isatty()


def existing_passphrase(args: argparse.Namespace, path: Path) -> str:
    """The passphrase of an existing file, from the first source that has one."""
    if getattr(args, "passphrase_file", None):
        return _read_first_line(args.passphrase_file)
    if os.environ.get(ENV_PASSPHRASE):
        return os.environ[ENV_PASSPHRASE]
    remembered = files.remembered_passphrase(path)
    if remembered is not None:
        return remembered
    if _interactive():
        return getpass.getpass(f"Passphrase for {path.name}: ")
    raise UsageError(
        f"A passphrase is needed to open {path.name}. Set {ENV_PASSPHRASE}, use "
        "--passphrase-file PATH, or run this in a terminal to be asked for it."
    )


def new_passphrase(args: argparse.Namespace, *, env_names: tuple[str, ...]) -> str:
    """A new passphrase, checked for strength (asked twice on a terminal)."""
    value: str | None = None
    if getattr(args, "new_passphrase_file", None):
        value = _read_first_line(args.new_passphrase_file)
    else:
        value = next((os.environ[n] for n in env_names if os.environ.get(n)), None)
    if value is None:
        if not _interactive():
            raise UsageError(
                f"A new passphrase is needed. Set {' or '.join(env_names)}, use "
                "--new-passphrase-file PATH, or run this in a terminal to be asked for it."
            )
        print(
            "Choose a passphrase of at least 10 characters. A lost passphrase cannot be "
            f"recovered. Here is a strong one you could use: {files.suggest_passphrase()}",
            file=sys.stderr,
        )
        value = getpass.getpass("New passphrase: ")
        if getpass.getpass("The same again: ") != value:
            raise UsageError("The two passphrases are different; nothing was changed.")
    problem = files.passphrase_problem(value)
    if problem:
        raise files.WeakPassphraseError(f"Please choose a stronger passphrase. {problem}")
    return value


def _author(args: argparse.Namespace) -> str:
    if getattr(args, "author", None):
        return str(args.author)
    with contextlib.suppress(Exception):
        return getpass.getuser()
    return "command line"


def open_for_command(
    args: argparse.Namespace, path_text: str, *, backup: bool = False
) -> PlanSession:
    """Open the plan file named on the command line (passphrase as above)."""
    path = Path(path_text)
    if not path.exists():
        raise UsageError(f"There is no file at {path}.")
    passphrase = existing_passphrase(args, path)
    return files.open_plan_file(path, passphrase, author=_author(args), backup=backup)


def load_plan_file_for_reading(path: Path, args: argparse.Namespace) -> LoadedPlan:
    """Read an encrypted plan file for ``summary``, ``check`` and ``verify``."""
    with open_for_command(args, str(path)) as session:
        versions = session.versions()
        current = session.version
        agreed = [(v.label, v.fingerprint) for v in versions if v.agreement is not None]
        extra: dict[str, Any] = {
            "version": current.number,
            "version_status": current.status.value,
            "versions": [
                {"number": v.number, "status": v.status.value, "fingerprint": v.fingerprint}
                for v in versions
            ],
        }
        return LoadedPlan(session.plan, current.fingerprint, agreed, extra)


# -- commands ------------------------------------------------------------------------------------
def run_new(args: argparse.Namespace) -> int:
    target = Path(args.file)
    if target.exists():
        raise UsageError(f"{target} already exists; choose a new file name.")
    document = load_document_file(Path(args.source))
    passphrase = new_passphrase(args, env_names=(ENV_NEW_PASSPHRASE, ENV_PASSPHRASE))
    with files.create_plan_file(
        target,
        passphrase,
        document.plan,
        author=_author(args),
        remember=args.remember,
        records=document,
    ) as session:
        for notice in session.notices:
            print(notice, file=sys.stderr)
        print(f"Created {target} (version 1, draft).")
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    with open_for_command(args, args.file) as session:
        if args.format in ("pdf", "recovery-sheet"):
            try:
                from .report_cmds import export_report
            except ImportError:
                print(
                    "phbplanner: this copy of PHB Planner cannot make PDF files "
                    "(the report module is missing).",
                    file=sys.stderr,
                )
                return EXIT_USAGE
            result: int = export_report(args, session)
            return result
        plan = session.plan if args.version is None else session.version_plan(args.version)
        document = document_of(
            session, version=args.version, with_attachments=args.with_attachments
        )
        write_text_atomically(Path(args.output), dumps_document(document))
        print(f"Exported the plan as JSON to {args.output} (fingerprint {plan_fingerprint(plan)}).")
    return EXIT_OK


def write_text_atomically(target: Path, text: str) -> None:
    """Write ``text`` to ``target`` via a temporary file in the same folder and a rename."""
    temp = target.with_name(f".{target.name}.part")
    try:
        with open(temp, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise PHBError(f"Cannot write {target}: {exc.strerror or exc}.") from None


def run_passphrase(args: argparse.Namespace) -> int:
    path = Path(args.file)
    with open_for_command(args, args.file) as session:
        old = existing_passphrase(args, path)
        new = new_passphrase(args, env_names=(ENV_NEW_PASSPHRASE,))
        session.change_passphrase(old, new)
        for notice in session.notices:
            print(notice, file=sys.stderr)
    print(f"The passphrase of {path.name} has been changed.")
    return EXIT_OK


def run_backups(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"There is no plan file at {path}.")
    found = files.list_backups(path, existing_passphrase(args, path))
    if not found:
        print(f"There are no backups of {args.file} on this computer.")
        return EXIT_OK
    for info in found:
        local = info.created.astimezone().strftime("%d %b %Y %H:%M:%S")
        print(f"{local}  {info.reason:<15} {info.size / 1024:>9,.0f} KB  {info.path}")
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    backup, target = Path(args.backup), Path(args.to)
    passphrase = existing_passphrase(args, backup)
    files.restore_backup(backup, target, passphrase)
    print(f"Restored {target} from the backup of {_when(backup)}.")
    return EXIT_OK


def _when(backup: Path) -> str:
    for info in files.list_backups_in(backup.parent):
        if info.path == backup:
            return info.created.astimezone().strftime("%d %b %Y %H:%M")
    return datetime.fromtimestamp(backup.stat().st_mtime).strftime("%d %b %Y %H:%M")


def register(sub: Any) -> None:
    """Add ``new``, ``export``, ``passphrase``, ``backups`` and ``restore``."""
    new = sub.add_parser("new", help="create an encrypted plan file from interchange JSON")
    new.add_argument("file", metavar="FILE", help="the new plan file (e.g. my-plan.phbplan)")
    new.add_argument("--from", dest="source", required=True, metavar="PLAN.json")
    new.add_argument(
        "--new-passphrase-file", metavar="PATH", help="read the passphrase from this file"
    )
    new.add_argument(
        "--remember", action="store_true", help="remember the passphrase in this computer's keyring"
    )
    new.add_argument("--author", metavar="NAME", help="your name, for the history of changes")
    new.set_defaults(run=run_new)

    export = sub.add_parser("export", help="export the plan (JSON, PDF or recovery sheet)")
    export.add_argument("file", metavar="FILE")
    export.add_argument(
        "--format", choices=("json", "pdf", "recovery-sheet"), default="json", help="default json"
    )
    export.add_argument("--output", required=True, metavar="OUT")
    export.add_argument("--version", type=int, metavar="N", help="an earlier version's number")
    export.add_argument("--large-print", action="store_true", help="PDF in large print")
    export.add_argument(
        "--with-attachments",
        action="store_true",
        help="JSON: carry the receipts' and other documents' contents too (base64)",
    )
    export.add_argument(
        "--include-passphrase",
        action="store_true",
        help="print the passphrase on the recovery sheet",
    )
    add_passphrase_options(export)
    export.set_defaults(run=run_export)

    change = sub.add_parser("passphrase", help="change the passphrase of a plan file")
    change.add_argument("file", metavar="FILE")
    add_passphrase_options(change)
    change.add_argument("--new-passphrase-file", metavar="PATH")
    change.add_argument("--author", metavar="NAME")
    change.set_defaults(run=run_passphrase)

    listing = sub.add_parser("backups", help="list the backups of a plan file")
    listing.add_argument("file", metavar="FILE")
    add_passphrase_options(listing)
    listing.set_defaults(run=run_backups)

    restore = sub.add_parser("restore", help="put a backup back in place of a plan file")
    restore.add_argument("backup", metavar="BACKUP")
    restore.add_argument("--to", required=True, metavar="FILE")
    add_passphrase_options(restore)
    restore.set_defaults(run=run_restore)
