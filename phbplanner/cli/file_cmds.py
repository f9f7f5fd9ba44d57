"""``new``, ``passphrase``, ``backups`` and ``restore``: the encrypted plan file itself."""

from __future__ import annotations

import argparse
import os
import stat
from datetime import datetime
from pathlib import Path
from typing import Any

from ..domain.text import translate
from ..interchange.plan_json import PlanFormatError
from ..services import files
from .output import clean, complain, say, show, tell
from .shared import (
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    EXIT_NOT_A_PLAN,
    EXIT_OK,
    UsageError,
    add_passphrase_options,
    author,
    command_path,
    existing_file,
    open_plan,
    passphrases,
    plan_file_path,
    read_document_json,
    special_kind,
)

# SQLite's side files add up to 8 characters ("-journal") to a plan file's name.
LONGEST_NAME = 255 - len("-journal")


def _new_target(text: str) -> Path:
    """Where ``new`` may create a plan: a free name in a folder that exists."""
    target = command_path(text, translate("Cli", "plan file"))
    if os.path.lexists(target):
        raise UsageError(
            translate("Cli", "{name} already exists; choose a new file name.").format(
                name=show(target)
            )
        )
    folder = target.parent
    if not folder.is_dir():
        raise UsageError(
            translate("Cli", "The folder {folder} does not exist.").format(folder=show(folder))
        )
    if len(os.fsencode(target.name)) > LONGEST_NAME:
        raise UsageError(
            translate(
                "Cli", "The file name {name} is too long: use at most {count} letters."
            ).format(name=show(target.name), count=LONGEST_NAME)
        )
    return target


def run_new(args: argparse.Namespace) -> int:
    target = _new_target(args.file)
    source = existing_file(args.source, translate("Cli", "plan (JSON) file"))
    try:
        document = read_document_json(source)
    except PlanFormatError as error:
        for problem in error.problems:
            complain(str(problem))
        return error.exit_code
    passphrase = passphrases(args).new(args, env_names=(ENV_NEW_PASSPHRASE, ENV_PASSPHRASE))
    with files.create_plan_file(
        target,
        passphrase,
        document.plan,
        author=author(args),
        remember=args.remember,
        records=document,
    ) as session:
        for notice in session.notices:
            tell(notice)
        say(translate("Cli", "Created {name} (version 1, draft).").format(name=show(target)))
    return EXIT_OK


def run_passphrase(args: argparse.Namespace) -> int:
    with open_plan(args, args.file) as session:
        old = passphrases(args).existing(args, session.path)
        new = passphrases(args).new(args, env_names=(ENV_NEW_PASSPHRASE,))
        session.change_passphrase(old, new)
        for notice in session.notices:
            tell(notice)
    say(
        translate("Cli", "The passphrase of {name} has been changed.").format(
            name=show(session.path.name)
        )
    )
    return EXIT_OK


def run_backups(args: argparse.Namespace) -> int:
    path = plan_file_path(args.file)  # the plan's id, inside it, names its backups' folder
    found = files.list_backups(path, passphrases(args).existing(args, path))
    if not found:
        say(
            translate("Cli", "There are no backups of {name} on this computer.").format(
                name=show(path)
            )
        )
        return EXIT_OK
    for info in found:
        local = info.created.astimezone().strftime("%d %b %Y %H:%M:%S")
        size = translate("Cli", "{size} KB").format(size=f"{info.size / 1024:,.0f}")
        say(f"{local}  {info.reason:<15} {size:>12}  {clean(str(info.path))}")  # whole: to copy
    return EXIT_OK


def _restore_target(text: str) -> Path:
    target = command_path(text, translate("Cli", "plan file"))
    try:
        info = os.stat(target)
    except FileNotFoundError:
        if not target.parent.is_dir():
            raise UsageError(
                translate("Cli", "The folder {folder} does not exist.").format(
                    folder=show(target.parent)
                )
            ) from None
        return target
    except OSError as exc:
        raise UsageError(
            translate("Cli", "Cannot restore to {name}: {reason}.").format(
                name=show(target), reason=exc.strerror or exc
            )
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise UsageError(
            translate(
                "Cli",
                "{name} is a folder: give the name of the plan file to restore, for example "
                "{example}.",
            ).format(name=show(target), example=show(target / "my-plan.phbplan"))
        )
    if not stat.S_ISREG(info.st_mode):
        raise UsageError(
            translate("Cli", "Cannot restore to {name}: it is {kind}.").format(
                name=show(target), kind=special_kind(info.st_mode)
            )
        )
    return target


def run_restore(args: argparse.Namespace) -> int:
    backup = existing_file(
        args.backup, translate("Cli", "backup file"), special_exit=EXIT_NOT_A_PLAN
    )
    target = _restore_target(args.to)
    passphrase = passphrases(args).existing(args, backup)
    files.restore_backup(backup, target, passphrase)
    say(
        translate("Cli", "Restored {name} from the backup of {when}.").format(
            name=show(target), when=_when(backup)
        )
    )
    return EXIT_OK


def _when(backup: Path) -> str:
    for info in files.list_backups_in(backup.parent):
        if info.path == backup:
            return info.created.astimezone().strftime("%d %b %Y %H:%M")
    return datetime.fromtimestamp(backup.stat().st_mtime).strftime("%d %b %Y %H:%M")


def register(sub: Any) -> None:
    """Add ``new``, ``passphrase``, ``backups`` and ``restore``."""
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
