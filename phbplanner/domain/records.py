"""Every spending record of a plan as one value: what an export carries and an import restores.

Accounts and entries are ``domain.ledger`` values; a document kept in the file is a
:class:`DocumentRecord` (its bytes optional — an export lists documents by name and hash, and
carries their bytes only when asked).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .documents import DocumentKind
from .ledger import Account, Entry


@dataclass(frozen=True)
class DocumentRecord:
    """A document kept in the file, as the interchange form lists it (bytes optional)."""

    id: int
    kind: DocumentKind
    filename: str
    mime: str
    size: int
    sha256: str
    entries: tuple[int, ...]
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    added: str = ""
    added_by: str = ""
    data: bytes | None = None


@dataclass(frozen=True)
class Records:
    """Every spending record of a plan: accounts, entries (with splits) and documents."""

    accounts: tuple[Account, ...] = ()
    entries: tuple[Entry, ...] = ()
    attachments: tuple[DocumentRecord, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.accounts or self.entries or self.attachments)
