"""The words that select the command-line interface rather than the window (imported by the
program's entry point without loading the commands themselves)."""

from __future__ import annotations

#: Words that select the command-line interface rather than the window.
COMMAND_NAMES = frozenset(
    {
        "new", "export", "summary", "check", "verify", "passphrase", "backups", "restore",
        "ledger", "pa-costs", "review",
    }
)  # fmt: skip
