"""The ways opening or writing a plan file can fail, each with a plain-English message.

Exit codes follow SPEC §6: 3 wrong passphrase, 4 not a plan or damaged (or too new), 5 in use.
No message ever contains the passphrase.
"""

from __future__ import annotations

from pathlib import Path

from ..domain.errors import PHBError


class StorageError(PHBError):
    """Something went wrong with a plan file."""

    exit_code = 4


class WrongPassphraseError(StorageError):
    """The passphrase does not unlock the file."""

    exit_code = 3

    def __init__(self, path: Path | None = None, message: str | None = None) -> None:
        where = f" {path.name}" if path else " this plan"
        super().__init__(
            message
            or f"That passphrase does not open{where}. Check for capital letters and spaces, "
            "and try again. A lost passphrase cannot be recovered without the recovery sheet."
        )


class NotAPlanFileError(StorageError):
    """The file is not a PHB Planner plan at all."""

    def __init__(self, path: Path, why: str) -> None:
        super().__init__(f"{path.name} is not a PHB Planner plan file: {why}")


class DamagedFileError(StorageError):
    """The file looks like a plan but some of it is damaged or has been tampered with."""

    def __init__(self, path: Path, damage: list[str] | None = None, why: str = "") -> None:
        self.damage = list(damage or [])
        detail = why or "part of it cannot be read"
        if self.damage:
            shown = "; ".join(self.damage[:5])
            more = f" (and {len(self.damage) - 5} more)" if len(self.damage) > 5 else ""
            detail = f"{detail} ({shown}{more})"
        super().__init__(
            f"{path.name} is damaged or has been changed outside PHB Planner: {detail}. "
            "The file has not been changed. Restore a backup with "
            "“phbplanner backups” and “phbplanner restore”, or from your own copy."
        )


class NewerVersionError(StorageError):
    """The file was written by a newer version of the program."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.found, self.supported = found, supported
        super().__init__(
            f"{path.name} was saved by a newer version of PHB Planner (file format {found}; "
            f"this program understands up to {supported}). Please update PHB Planner to open "
            "it. The file has not been changed."
        )


class FileInUseError(StorageError):
    """Another PHB Planner (or another window) already has the file open."""

    exit_code = 5

    def __init__(self, path: Path, pid: int | None, host: str = "") -> None:
        self.pid = pid
        who = f"process {pid}" if pid else "another program"
        where = "this computer" if not host else f"the computer “{host}”"
        super().__init__(
            f"{path.name} is already open on {where} ({who}). Close it there first, then try again."
        )


class DiskFullError(StorageError):
    """A write did not fit on the disk; nothing was changed.

    Exit code 4 (the file cannot be used as things are), with a message that says plainly
    that there is not enough space on the disk — never that the plan is damaged.
    """

    exit_code = 4

    def __init__(self, path: Path | None = None, message: str | None = None) -> None:
        where = f" holding {path.name}" if path else ""
        super().__init__(
            message
            or f"There is not enough space on the disk{where}, so the last change was not "
            "saved. Your plan is safe as it was before that change. Free some space and do it "
            "again."
        )


class ReadOnlyError(StorageError):
    """A change was attempted on a file that was opened read-only."""

    exit_code = 1

    def __init__(self, reason: str) -> None:
        super().__init__(f"This plan is open read-only, so it cannot be changed: {reason}")


class WriteError(StorageError):
    """Writing failed for another reason (a removed USB stick, an I/O error)."""

    exit_code = 1

    def __init__(self, path: Path | None, detail: str) -> None:
        where = f" to {path.name}" if path else ""
        super().__init__(
            f"The last change could not be saved{where} ({detail}). The plan is as it was "
            "before that change. Check that the drive is still connected and try again."
        )


class LockedError(StorageError):
    """The plan is locked (its key was dropped from memory): unlock it first."""

    exit_code = 1

    def __init__(self) -> None:
        from ..domain.text import translate

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
