"""The plain values an open plan hands out: its history entries and versions, and the error
that says a plan is not ready to be agreed (kept apart from ``session.py``, which changes the
file)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..domain.errors import PHBError
from ..domain.readiness import Finding
from ..domain.versions import Agreement, VersionInfo, VersionStatus


class NotReadyError(PHBError):
    """The plan cannot be agreed yet; ``findings`` lists every unmet point."""

    exit_code = 1

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        lines = "\n".join(f"  - {finding.message}" for finding in findings)
        super().__init__(
            f"The plan is not ready to be agreed yet — {len(findings)} things to do:\n{lines}"
        )


@dataclass(frozen=True)
class HistoryEntry:
    """One recorded change: when (UTC), who, what, in which version, and which part of the file
    it changed (``section``: a plan section's name, ``"spending"``, ``"reviews"``, …; None for
    changes recorded before the part was kept)."""

    when: datetime
    who: str
    what: str
    version: int | None = None
    section: str | None = None


def parse_time(text: str) -> datetime:
    """A time as stored in the file (ISO 8601)."""
    return datetime.fromisoformat(text)


def history_entry(row: Any) -> HistoryEntry:
    """A :class:`HistoryEntry` from a row of the ``history`` table."""
    return HistoryEntry(parse_time(row.at), row.who, row.what, row.version_number, row.section)


def version_info(row: Any, fingerprint: str | None = None) -> VersionInfo:
    """A :class:`VersionInfo` from a row of the ``plan_version`` table."""
    agreement = None
    if row.status == VersionStatus.AGREED.value and row.agreed_on:
        agreement = Agreement(
            person_name=row.person_name or "",
            agreed_on=date.fromisoformat(row.agreed_on),
            person_is_representative=bool(row.person_is_representative),
            representative_relationship=row.representative_relationship,
            coordinator_name=row.coordinator_name,
            coordinator_role=row.coordinator_role,
            icb_approver_name=row.icb_approver_name,
            icb_approver_role=row.icb_approver_role,
            notes=row.agreement_notes,
        )
    return VersionInfo(
        number=row.number,
        status=VersionStatus(row.status),
        fingerprint=fingerprint or row.fingerprint or "",
        created=parse_time(row.created),
        agreement=agreement,
    )
