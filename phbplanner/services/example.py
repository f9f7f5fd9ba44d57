"""The example plan, with its year of spending records, in a throwaway encrypted file."""

from __future__ import annotations

import secrets
from pathlib import Path

from ..interchange.document import load_document_file
from ..paths import resource
from .files import BackupPlace, create_plan_file
from .session import PlanSession


def create_example(folder: Path, *, author: str) -> PlanSession:
    """Create and open the example plan (and its records) in ``folder`` with a random
    passphrase, in supporter mode so nothing about it is remembered on this computer (its
    backups beside it, in ``folder``, which the window deletes when the example closes)."""
    document = load_document_file(resource("example-plan.json"))
    return create_plan_file(
        Path(folder) / "example.phbplan",
        secrets.token_urlsafe(24),
        document.plan,
        author=author,
        supporter=True,
        records=document,
        backup_place=BackupPlace.BESIDE,
    )
