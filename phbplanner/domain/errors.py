"""The base of every error PHB Planner explains to a person."""

from __future__ import annotations


class PHBError(Exception):
    """An error with a plain-English message for people and an exit code for the CLI.

    Exit codes (SPEC §6): 1 validation problems, 2 usage, 3 wrong passphrase, 4 not a plan or
    damaged, 5 in use by another instance.
    """

    exit_code: int = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
