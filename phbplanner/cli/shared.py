"""What every command shares: exit codes, passphrase sources, checking the files named on the
command line, opening a plan file for a command, and the loaded plan.

Passphrases come from ``--passphrase-file`` (the first line), ``PHBPLANNER_PASSPHRASE``, the
keyring, or a prompt on a terminal — never from an argument. New passphrases (``new``,
``passphrase``) come from ``--new-passphrase-file``, ``PHBPLANNER_NEW_PASSPHRASE`` (for
``new``, also ``PHBPLANNER_PASSPHRASE``) or a prompt asked twice. The two variables are taken
out of the environment as soon as the CLI starts (:func:`take_passphrases_from_environment`),
so no program started meanwhile (a keyring helper) inherits them.

Files named on the command line are checked before anything opens them: a name that is not a
valid file name, one that is too long, a folder, and anything that is not an ordinary file (a
named pipe would make the program wait for ever, ``/dev/zero`` would never end) get a one-line
reason instead.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import getpass
import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.errors import PHBError
from ..domain.plan import Plan
from ..domain.text import translate
from ..interchange.document import Document, loads_document
from ..interchange.loading import MAX_DOCUMENT_BYTES, load_json, looks_like_plan_json
from ..interchange.plan_json import parse_plan, plan_fingerprint
from ..services import files
from ..services.language import LANGUAGES
from ..services.session import PlanSession
from .output import show

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_PASSPHRASE, EXIT_NOT_A_PLAN, EXIT_IN_USE = range(6)
EXIT_STOPPED = 130
# Every exit code the CLI can return (documented in docs/cli.md).
EXIT_CODES = frozenset({0, 1, 2, 3, 4, 5, EXIT_STOPPED})

ENV_PASSPHRASE = "PHBPLANNER_PASSPHRASE"
ENV_NEW_PASSPHRASE = "PHBPLANNER_NEW_PASSPHRASE"
# The most read from a passphrase file: a passphrase is a line, never megabytes.
PASSPHRASE_FILE_LIMIT = 4096


class UsageError(PHBError):
    """The command line itself is wrong."""

    exit_code = EXIT_USAGE


class NotAPlanError(PHBError):
    """The file named as a plan cannot be one (a named pipe, a device…)."""

    exit_code = EXIT_NOT_A_PLAN


# -- the environment -----------------------------------------------------------------------------
def take_passphrases_from_environment() -> dict[str, str]:
    """Remove the passphrase variables from ``os.environ`` and return what they held."""
    taken = {}
    for name in (ENV_PASSPHRASE, ENV_NEW_PASSPHRASE):
        value = os.environ.pop(name, None)
        if value:
            taken[name] = value
    return taken


def _check_passphrase_text(value: str, where: str) -> str:
    if "\x00" in value:
        raise UsageError(
            translate("Cli", "{where} holds a NUL character, so it is not a passphrase.").format(
                where=where
            )
        )
    if any(0xD800 <= ord(ch) < 0xE000 for ch in value):
        raise UsageError(
            translate(
                "Cli", "{where} is not valid text (UTF-8), so it is not a passphrase."
            ).format(where=where)
        )
    return value


@dataclass
class Passphrases:
    """The passphrase sources of one run of a command (each read at most once)."""

    environment: dict[str, str] = field(default_factory=dict)
    _existing: str | None = None

    def existing(self, args: argparse.Namespace, path: Path) -> str:
        """The passphrase of an existing file, from the first source that has one."""
        if self._existing is None:
            self._existing = self._find_existing(args, path)
        return self._existing

    def _find_existing(self, args: argparse.Namespace, path: Path) -> str:
        source = getattr(args, "passphrase_file", None)
        if source:
            return read_passphrase_file(source)
        if self.environment.get(ENV_PASSPHRASE):
            return _check_passphrase_text(self.environment[ENV_PASSPHRASE], ENV_PASSPHRASE)
        remembered = files.remembered_passphrase(path)
        if remembered is not None:
            return remembered
        if interactive():
            typed = getpass.getpass(
                translate("Cli", "Passphrase for {name}: ").format(name=show(path.name))
            )
            if not typed:
                raise UsageError(translate("Cli", "No passphrase was typed; nothing was done."))
            return _check_passphrase_text(typed, translate("Cli", "The passphrase typed"))
        raise UsageError(
            translate(
                "Cli",
                "A passphrase is needed to open {name}. Set {variable}, use --passphrase-file "
                "PATH, or run this in a terminal to be asked for it.",
            ).format(name=show(path.name), variable=ENV_PASSPHRASE)
        )

    def new(self, args: argparse.Namespace, *, env_names: tuple[str, ...]) -> str:
        """A new passphrase, checked for strength (asked twice on a terminal)."""
        value: str | None = None
        source = getattr(args, "new_passphrase_file", None)
        if source:
            value = read_passphrase_file(source)
        else:
            for name in env_names:
                if self.environment.get(name):
                    value = _check_passphrase_text(self.environment[name], name)
                    break
        if value is None:
            if not interactive():
                raise UsageError(
                    translate(
                        "Cli",
                        "A new passphrase is needed. Set {variables}, use --new-passphrase-file "
                        "PATH, or run this in a terminal to be asked for it.",
                    ).format(variables=" or ".join(env_names))
                )
            print(
                translate(
                    "Cli",
                    "Choose a passphrase of at least 10 characters. A lost passphrase cannot be "
                    "recovered. Here is a strong one you could use: {suggestion}",
                ).format(suggestion=files.suggest_passphrase()),
                file=sys.stderr,
            )
            value = getpass.getpass(translate("Cli", "New passphrase: "))
            if getpass.getpass(translate("Cli", "The same again: ")) != value:
                raise UsageError(
                    translate("Cli", "The two passphrases are different; nothing was changed.")
                )
            _check_passphrase_text(value, translate("Cli", "The passphrase typed"))
        problem = files.passphrase_problem(value)
        if problem:
            raise files.WeakPassphraseError(
                translate("Cli", "Please choose a stronger passphrase. {problem}").format(
                    problem=problem
                )
            )
        return value


def passphrases(args: argparse.Namespace) -> Passphrases:
    """The passphrase sources of this run (set up by the CLI's ``main``)."""
    found = getattr(args, "passphrases", None)
    if not isinstance(found, Passphrases):
        found = Passphrases()
        args.passphrases = found
    return found


def interactive() -> bool:
    """True when a person is at a terminal to answer a prompt."""
    try:
        return sys.stdin.isatty() and sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def add_passphrase_options(parser: argparse.ArgumentParser) -> None:
    """The ways a command may be given a passphrase (never as an argument)."""
    parser.add_argument(
        "--passphrase-file",
        metavar="PATH",
        help="read the passphrase from the first line of this file "
        "(otherwise PHBPLANNER_PASSPHRASE, the keyring, or a prompt)",
    )


# -- files named on the command line -------------------------------------------------------------
def add_language_option(parser: argparse.ArgumentParser) -> None:
    """``--language en|cy``: the language of the document made, and of what the command says."""
    parser.add_argument(
        "--language",
        choices=sorted(LANGUAGES),
        help="the language of the document: en (English, the default) or cy (Cymraeg)",
    )


def command_path(text: str, what: str) -> Path:
    """``text`` as a path, refused (exit 2) when it cannot be a file name at all."""
    if not text:
        raise UsageError(translate("Cli", "The {what} name is empty.").format(what=what))
    try:
        os.fsencode(text)
    except UnicodeError:
        raise UsageError(
            translate("Cli", "The {what} name {name} is not a valid file name.").format(
                what=what, name=show(text)
            )
        ) from None
    if "\x00" in text:
        raise UsageError(
            translate("Cli", "The {what} name {name} holds a NUL character.").format(
                what=what, name=show(text)
            )
        )
    return Path(text)


def _stat(path: Path, what: str) -> os.stat_result | None:
    """``os.stat(path)``, None when there is nothing there; other problems as usage errors."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise UsageError(
                translate("Cli", "The {what} name {name} is too long.").format(
                    what=what, name=show(path)
                )
            ) from None
        if exc.errno == errno.ENOTDIR:
            return None
        raise UsageError(
            translate("Cli", "Cannot read {name}: {reason}.").format(
                name=show(path), reason=exc.strerror or exc
            )
        ) from None


def special_kind(mode: int) -> str:
    """What a file that is not an ordinary file is, in plain words."""
    if stat.S_ISFIFO(mode):
        return translate("Cli", "a named pipe (FIFO)")
    if stat.S_ISSOCK(mode):
        return translate("Cli", "a socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("Cli", "a device")
    return translate("Cli", "not an ordinary file")


def existing_file(text: str, what: str, *, special_exit: int = EXIT_USAGE) -> Path:
    """The path of an ordinary file that exists, or a one-line reason.

    A missing file or a folder is a usage error (exit 2); anything else that is not an
    ordinary file exits with ``special_exit`` — checked before it is ever opened.
    """
    path = command_path(text, what)
    info = _stat(path, what)
    if info is None:
        raise UsageError(translate("Cli", "There is no file at {name}.").format(name=show(path)))
    if stat.S_ISDIR(info.st_mode):
        raise UsageError(
            translate("Cli", "{name} is a folder, not a {what}.").format(name=show(path), what=what)
        )
    if not stat.S_ISREG(info.st_mode):
        error = UsageError if special_exit == EXIT_USAGE else NotAPlanError
        raise error(
            translate(
                "Cli", "{name} is {kind}, not an ordinary file, so it cannot be a {what}."
            ).format(name=show(path), kind=special_kind(info.st_mode), what=what)
        )
    return path


def read_small_file(path: Path, limit: int, what: str) -> bytes:
    """Up to ``limit + 1`` bytes of the ordinary file ``path`` (opened so it never blocks)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise UsageError(
            translate("Cli", "Cannot read the {what} {name}: {reason}.").format(
                what=what, name=show(path), reason=exc.strerror or exc
            )
        ) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise UsageError(
                translate("Cli", "{name} is not an ordinary file.").format(name=show(path))
            )
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise UsageError(
            translate("Cli", "Cannot read the {what} {name}: {reason}.").format(
                what=what, name=show(path), reason=exc.strerror or exc
            )
        ) from None
    finally:
        os.close(fd)


def read_passphrase_file(text: str) -> str:
    """The first line of a passphrase file, checked (at most 4 KiB is read).

    A UTF-8 byte-order mark (Notepad writes one) is dropped and UTF-16 with a byte-order mark
    is read as such; an empty file, a NUL, or text that is not UTF-8 get a clear message.
    """
    what = translate("Cli", "passphrase file")
    path = existing_file(text, what)
    data = read_small_file(path, PASSPHRASE_FILE_LIMIT, what)
    name = show(path)
    not_text = UsageError(
        translate("Cli", "The passphrase file {name} is not UTF-8 text.").format(name=name)
    )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte-order mark
        text = data[: len(data) & ~1].decode("utf-16", "replace")
        line, newline, _rest = text.partition("\n")
        if "\ufffd" in line:
            raise not_text
    else:
        first, newline_bytes, _tail = data.partition(b"\n")
        newline = "\n" if newline_bytes else ""
        try:
            line = first.decode("utf-8-sig")  # Notepad's byte-order mark is dropped
        except UnicodeDecodeError:
            raise not_text from None
    if not newline and len(data) > PASSPHRASE_FILE_LIMIT:
        raise UsageError(
            translate(
                "Cli",
                "The passphrase file {name} is too large to hold a passphrase: its first line "
                "is longer than 4 KiB.",
            ).format(name=name)
        )
    line = line.rstrip("\r").lstrip("\ufeff")
    if not line:
        raise UsageError(
            translate(
                "Cli", "The passphrase file {name} is empty: put the passphrase on its first line."
            ).format(name=name)
        )
    return _check_passphrase_text(
        line, translate("Cli", "The passphrase file {name}").format(name=name)
    )


def text_argument(value: str | None, option: str) -> str | None:
    """A free-text option (``--author``), refused when it is not valid text."""
    if value is None:
        return None
    if "\x00" in value or any(0xD800 <= ord(ch) < 0xE000 for ch in value):
        raise UsageError(
            translate("Cli", "{option} is not valid text (UTF-8).").format(option=option)
        )
    return value


# -- opening a plan for a command ----------------------------------------------------------------
def author(args: argparse.Namespace) -> str:
    """The name recorded in the plan's history for this command's changes."""
    given = text_argument(getattr(args, "author", None), "--author")
    if given:
        return given
    with contextlib.suppress(Exception):
        return getpass.getuser()
    return "command line"


def plan_file_path(text: str) -> Path:
    """The path of an existing plan file named on the command line (checked, not opened)."""
    return existing_file(text, translate("Cli", "plan file"), special_exit=EXIT_NOT_A_PLAN)


def open_plan(args: argparse.Namespace, text: str, *, backup: bool = False) -> PlanSession:
    """Open the plan file named on the command line (passphrase as above)."""
    path = plan_file_path(text)
    passphrase = passphrases(args).existing(args, path)
    return files.open_plan_file(path, passphrase, author=author(args), backup=backup)


@dataclass
class LoadedPlan:
    """A plan read for reporting, with the fingerprints it can be verified against."""

    plan: Plan
    fingerprint: str
    # (label, fingerprint) of every agreed version, for ``verify``
    agreed: list[tuple[str, str]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


def read_plan_json(path: Path) -> Plan:
    """Read the plan of the interchange JSON in the ordinary file ``path``."""
    data = read_small_file(path, MAX_DOCUMENT_BYTES, translate("Cli", "plan"))
    return parse_plan(load_json(data, MAX_DOCUMENT_BYTES))


def read_document_json(path: Path) -> Document:
    """Read the whole interchange document in the ordinary file ``path`` (the plan and, in
    format version 2, its spending records and reviews)."""
    return loads_document(read_small_file(path, MAX_DOCUMENT_BYTES, translate("Cli", "plan")))


def load_any(args: argparse.Namespace, text: str) -> LoadedPlan:
    """Read ``text`` as interchange JSON or as an encrypted plan file."""
    path = plan_file_path(text)
    head = read_small_file(path, 64, translate("Cli", "plan"))
    if looks_like_plan_json(head):
        plan = read_plan_json(path)
        return LoadedPlan(plan, plan_fingerprint(plan))
    with open_plan(args, text) as session:
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
