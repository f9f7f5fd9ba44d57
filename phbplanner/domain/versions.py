"""Plan versions and the agreement (sign-off) that freezes one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from .text import translate


class VersionStatus(StrEnum):
    """A draft can be edited; an agreed version is frozen for ever."""

    DRAFT = "draft"
    AGREED = "agreed"


@dataclass(frozen=True)
class Agreement:
    """Who agreed a version and when (the signature blocks of SPEC §3.16)."""

    person_name: str
    agreed_on: date
    person_is_representative: bool = False
    representative_relationship: str = ""
    coordinator_name: str = ""
    coordinator_role: str = ""
    icb_approver_name: str = ""
    icb_approver_role: str = ""
    notes: str = ""


@dataclass(frozen=True)
class VersionInfo:
    """One numbered version of a plan: its status, fingerprint and, once agreed, the agreement."""

    number: int
    status: VersionStatus
    fingerprint: str
    created: datetime
    agreement: Agreement | None = None

    @property
    def label(self) -> str:
        """ "version 3 (agreed)" — how people refer to a version, in the chosen language."""
        if self.status is VersionStatus.AGREED:
            return translate("Versions", "version {number} (agreed)").format(number=self.number)
        return translate("Versions", "version {number} (draft)").format(number=self.number)
