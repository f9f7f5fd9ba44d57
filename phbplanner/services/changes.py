"""What changed in an open plan file: one typed description per committed change.

Every use case that changes the file ends by publishing a :class:`Changes` through the
session (``PlanSession.subscribe`` / ``PlanSession.notify``). A view subscribes to the kinds of
thing it shows and ignores the rest, so recording a payment never re-costs the plan and editing
the plan never reloads the spending records.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum

from ..domain.plan import Plan
from ..domain.versions import VersionInfo
from .edits import Edit


class Change(Enum):
    """A kind of thing in the plan file that can change."""

    #: the plan's content (the current version); ``Changes.plan`` holds the new plan
    PLAN = "plan"
    #: a version was agreed, or a new draft version started
    VERSIONS = "versions"
    #: spending records: entries, splits, balances, reconciliations
    LEDGER = "ledger"
    #: receipts, invoices, timesheets and payslips kept in the file
    ATTACHMENTS = "attachments"
    #: review records
    REVIEWS = "reviews"
    #: bank statement imports (and their undoing)
    IMPORTS = "imports"
    #: settings kept inside the file (bank mappings, buffers, …)
    SETTINGS = "settings"


@dataclass(frozen=True)
class Changes:
    """One committed change: its kinds and, when the plan changed, the new plan and version.

    ``plan`` and ``version`` are set for :attr:`Change.PLAN` and :attr:`Change.VERSIONS`;
    ``edits`` are the plan edits that made a plan change (empty otherwise).
    """

    kinds: frozenset[Change]
    plan: Plan | None = None
    version: VersionInfo | None = None
    edits: tuple[Edit, ...] = field(default=())

    def __post_init__(self) -> None:
        if not self.kinds:
            raise ValueError("A change must say what kind of thing changed.")
        if Change.PLAN in self.kinds and (self.plan is None or self.version is None):
            raise ValueError("A plan change carries the new plan and its version.")

    def touches(self, *kinds: Change) -> bool:
        """True when any of ``kinds`` changed."""
        return not self.kinds.isdisjoint(kinds)

    @classmethod
    def of(cls, kinds: Iterable[Change] | Change) -> Changes:
        """A change of ``kinds`` that carries no plan (ledger, attachments, reviews, …)."""
        found = frozenset([kinds] if isinstance(kinds, Change) else kinds)
        if Change.PLAN in found:
            raise ValueError("Use Changes.of_plan for a plan change.")
        return cls(found)

    @classmethod
    def of_plan(
        cls,
        plan: Plan,
        version: VersionInfo,
        edits: Iterable[Edit] = (),
        *,
        new_version: bool = False,
    ) -> Changes:
        """The plan's content changed (and, with ``new_version``, a new draft started)."""
        kinds = {Change.PLAN, Change.VERSIONS} if new_version else {Change.PLAN}
        return cls(frozenset(kinds), plan, version, tuple(edits))

    @classmethod
    def of_version(cls, plan: Plan, version: VersionInfo) -> Changes:
        """A version was agreed (the plan's content is unchanged)."""
        return cls(frozenset({Change.VERSIONS}), plan, version)
