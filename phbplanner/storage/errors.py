"""The ways opening or writing a plan file can fail, each with a plain-English message.

Exit codes follow SPEC §6: 3 wrong passphrase, 4 not a plan or damaged (or too new), 5 in use.
No message ever contains the passphrase.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..domain.errors import PHBError
from ..domain.text import translate


class StorageError(PHBError):
    """Something went wrong with a plan file."""

    exit_code = 4


class WrongPassphraseError(StorageError):
    """The passphrase does not unlock the file."""

    exit_code = 3

    def __init__(self, path: Path | None = None, message: str | None = None) -> None:
        if message is None and path is not None:
            message = translate(
                "Storage",
                "That passphrase does not open {name}. Check for capital letters and spaces, "
                "and try again. A lost passphrase cannot be recovered without the recovery sheet.",
            ).format(name=path.name)
        elif message is None:
            message = translate(
                "Storage",
                "That passphrase does not open this plan. Check for capital letters and spaces, "
                "and try again. A lost passphrase cannot be recovered without the recovery sheet.",
            )
        super().__init__(message)


class NotAPlanFileError(StorageError):
    """The file is not a PHB Planner plan at all.

    ``why`` is one or more whole, translated sentences ("It is a folder.").
    """

    def __init__(self, path: Path, why: str) -> None:
        self.why = why
        super().__init__(
            translate("Storage", "{name} is not a PHB Planner plan file.").format(name=path.name)
            + " "
            + why
        )


#: How many damaged pages (or technical details) a message names.
SHOWN = 5


class DamagedFileError(StorageError):
    """The file looks like a plan but some of it is damaged or has been tampered with.

    ``why`` is one or more whole, translated sentences ("It is cut short."). ``damage`` is what
    the check found: the damaged pages are named, anything else is given as technical details.
    """

    def __init__(self, path: Path, damage: list[str] | None = None, why: str = "") -> None:
        self.damage = list(damage or [])
        self.why = why or translate("Storage", "Part of it cannot be read.")
        parts = [
            translate(
                "Storage", "{name} is damaged or has been changed outside PHB Planner."
            ).format(name=path.name),
            self.why,
        ]
        pages = [m.group(1) for item in self.damage if (m := _PAGE.search(item))]
        details = [item for item in self.damage if not _PAGE.search(item)]
        if pages:
            parts.append(_pages(pages))
        if details:
            parts.append(_details(details))
        parts.append(
            translate(
                "Storage",
                "The file has not been changed. Restore a backup with “phbplanner backups” and "
                "“phbplanner restore”, or from your own copy.",
            )
        )
        super().__init__(" ".join(parts))


_PAGE = re.compile(r"\bpage (\d+)", re.IGNORECASE)


def _pages(pages: list[str]) -> str:
    """The damaged pages, as a whole sentence."""
    if len(pages) == 1:
        return translate("Storage", "The damaged part is page {page}.").format(page=pages[0])
    shown = ", ".join(pages[:SHOWN])
    if len(pages) <= SHOWN:
        return translate("Storage", "The damaged parts are pages {pages}.").format(pages=shown)
    return translate(
        "Storage", "The damaged parts are pages {pages} and {count} more pages."
    ).format(pages=shown, count=len(pages) - SHOWN)


def _details(details: list[str]) -> str:
    """What the check found that names no page, as a whole sentence."""
    shown = "; ".join(details[:SHOWN])
    if len(details) <= SHOWN:
        return translate("Storage", "Technical details: {details}.").format(details=shown)
    return translate(
        "Storage", "Technical details (the first {shown} of {count}): {details}."
    ).format(shown=SHOWN, count=len(details), details=shown)


class NewerVersionError(StorageError):
    """The file was written by a newer version of the program."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.found, self.supported = found, supported
        super().__init__(
            translate(
                "Storage",
                "{name} was saved by a newer version of PHB Planner (file format {found}). "
                "This program understands file formats up to {supported}. "
                "Please update PHB Planner to open it. The file has not been changed.",
            ).format(name=path.name, found=found, supported=supported)
        )


class FileInUseError(StorageError):
    """Another PHB Planner (or another window) already has the file open."""

    exit_code = 5

    def __init__(self, path: Path, pid: int | None, host: str = "") -> None:
        self.pid = pid
        if host and pid:
            message = translate(
                "Storage",
                "{name} is already open on the computer “{host}” (process {pid}). "
                "Close it there first, then try again.",
            )
        elif host:
            message = translate(
                "Storage",
                "{name} is already open on the computer “{host}”. "
                "Close it there first, then try again.",
            )
        elif pid:
            message = translate(
                "Storage",
                "{name} is already open on this computer (process {pid}). "
                "Close it there first, then try again.",
            )
        else:
            message = translate(
                "Storage",
                "{name} is already open in another program on this computer. "
                "Close it there first, then try again.",
            )
        super().__init__(message.format(name=path.name, host=host, pid=pid))


class DiskFullError(StorageError):
    """A write did not fit on the disk; nothing was changed.

    Exit code 4 (the file cannot be used as things are), with a message that says plainly
    that there is not enough space on the disk — never that the plan is damaged.
    """

    exit_code = 4

    def __init__(self, path: Path | None = None, message: str | None = None) -> None:
        if message is None and path is not None:
            message = translate(
                "Storage",
                "There is not enough space on the disk holding {name}, so the last change was "
                "not saved. Your plan is safe as it was before that change. Free some space and "
                "do it again.",
            ).format(name=path.name)
        elif message is None:
            message = translate(
                "Storage",
                "There is not enough space on the disk, so the last change was not saved. Your "
                "plan is safe as it was before that change. Free some space and do it again.",
            )
        super().__init__(message)


class ReadOnlyError(StorageError):
    """A change was attempted on a file that was opened read-only.

    ``reason`` is a whole, translated sentence (a plan's ``read_only_reason``).
    """

    exit_code = 1

    def __init__(self, reason: str) -> None:
        super().__init__(
            translate("Storage", "This plan is open read-only, so it cannot be changed.")
            + " "
            + reason
        )


class WriteError(StorageError):
    """Writing failed for another reason (a removed USB stick, an I/O error).

    ``detail`` is the system's own words for what went wrong ("Input/output error").
    """

    exit_code = 1

    def __init__(self, path: Path | None, detail: str) -> None:
        if path is not None:
            message = translate(
                "Storage",
                "The last change could not be saved to {name} ({detail}). The plan is as it was "
                "before that change. Check that the drive is still connected and try again.",
            )
        else:
            message = translate(
                "Storage",
                "The last change could not be saved ({detail}). The plan is as it was before "
                "that change. Check that the drive is still connected and try again.",
            )
        super().__init__(message.format(name=path.name if path else "", detail=detail))


class LockedError(StorageError):
    """The plan is locked (its key was dropped from memory): unlock it first."""

    exit_code = 1

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Storage",
                "This plan is locked. Unlock it with its passphrase to carry on; nothing has "
                "been changed.",
            )
        )


class KeyringError(PHBError):
    """The keyring cannot be used to remember a passphrase."""

    exit_code = 1
