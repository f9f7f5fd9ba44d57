"""One place that holds an open plan's spending records for every widget that shows them.

The register, the entry form, the receipts, planned vs actual, the forecast and the line in the
budget summary all read the same records. The feed owns the services (``Ledger`` to change,
``LedgerView`` to read in pages and aggregates), works the status out (planned vs actual, the
forecast and the alerts) at most once per change — and only when something asks for it — and
tells the widgets when the records or the plan changed. It hears only the kinds of change it
shows: a payment recorded never re-costs the plan, and the plan's own views never reload the
records.

``today`` is the feed's clock (the date entries default to, checks use and the status is worked
out for); tests set it to a fixed date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtCore import QObject, Signal

from ...domain.ledger import Account
from ...domain.ledger_status import LedgerStatus
from ...domain.plan import Plan
from ...services.changes import Change, Changes
from ...services.ledger import Ledger
from ...services.ledger_view import LedgerView, records_apply
from ...services.session import PlanSession
from ..controller import PlanController

#: The kinds of change that alter what the spending page shows.
RECORD_KINDS = (Change.LEDGER, Change.ATTACHMENTS, Change.IMPORTS, Change.SETTINGS)


class SpendingFeed(QObject):
    """The spending records of one open plan, shared by every widget that shows them."""

    #: the records changed (an entry, a document, an import, a setting)
    records_changed = Signal()
    #: the plan changed (its lines, its period, how the money is managed)
    plan_changed = Signal()
    #: the status is out of date (after either of the above): ask :meth:`status` again
    status_changed = Signal()
    #: the spending page was shown (True) or hidden (False)
    page_shown_changed = Signal(bool)

    def __init__(self, controller: PlanController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.session = cast(PlanSession, controller.session)
        self.ledger = Ledger(self.session)
        self.view = LedgerView(self.session)
        self.today: Callable[[], date] = date.today
        self._status: LedgerStatus | None = None
        self._balance: tuple[date, int] | None = None
        self._accounts: list[Account] | None = None
        self._payees: list[str] | None = None
        self._page_shown = False
        controller.subscribe(self, RECORD_KINDS, self._records)
        controller.subscribe(self, (Change.PLAN, Change.VERSIONS), self._plan)

    # -- what changed ---------------------------------------------------------------------------
    def _records(self, _changes: Changes) -> None:
        self._status = None
        self._balance = None
        self._accounts = None
        self._payees = None
        self.records_changed.emit()
        self.status_changed.emit()

    def _plan(self, changes: Changes) -> None:
        if not changes.touches(Change.PLAN):
            return  # a version agreed: the same lines, the same figures
        self._status = None
        self.plan_changed.emit()
        self.status_changed.emit()

    def refresh(self) -> None:
        """Forget everything worked out (after the clock was changed, for example)."""
        self._status = None
        self._balance = None
        self._accounts = None
        self._payees = None
        self.records_changed.emit()
        self.status_changed.emit()

    # -- reading ----------------------------------------------------------------------------------
    @property
    def plan(self) -> Plan:
        """The plan as it is now."""
        return self.controller.plan

    def applies(self) -> bool:
        """Whether spending records apply to the plan (a direct payment or a managed account)."""
        return records_apply(self.plan)

    @property
    def open(self) -> bool:
        """Whether the plan file is open and unlocked (a widget's late timer may fire after
        closing, or while the plan is locked and its key dropped)."""
        return not self.session.closed and not self.session.locked

    @property
    def read_only(self) -> bool:
        """Whether the file is open to read only (nothing can be recorded)."""
        return bool(self.session.read_only)

    def accounts(self) -> list[Account]:
        """The plan's accounts (kept until the records change)."""
        if self._accounts is None:
            self._accounts = self.view.accounts()
        return self._accounts

    def payees(self) -> list[str]:
        """Payees used before, most used first (kept until the records change)."""
        if self._payees is None:
            self._payees = self.view.payees()
        return self._payees

    def line_names(self) -> dict[str, str]:
        """Each line of the plan by id, with its description."""
        return {line.id: line.description or line.id for line in self.plan.support_lines}

    def status(self) -> LedgerStatus:
        """Planned vs actual, payments, position, forecast and alerts as of :attr:`today`
        (worked out once per change, when first asked for)."""
        if self._status is None or self._status.as_of != self.today():
            self._status = self.view.status(self.today())
        return self._status

    def balance(self) -> int:
        """Every account's balance today, in pence (one sum, not the whole status)."""
        today = self.today()
        if self._status is not None and self._status.as_of == today:
            return self._status.position.balance.pence
        if self._balance is None or self._balance[0] != today:
            self._balance = (today, self.view.balance(today))
        return self._balance[1]

    # -- the page ---------------------------------------------------------------------------------
    @property
    def page_shown(self) -> bool:
        """Whether the spending page is the workspace shown now."""
        return self._page_shown

    def set_page_shown(self, shown: bool) -> None:
        if shown != self._page_shown:
            self._page_shown = shown
            self.page_shown_changed.emit(shown)


def spending_feed_for(controller: PlanController) -> SpendingFeed:
    """The one :class:`SpendingFeed` of an open plan."""
    feed = getattr(controller, "_spending_feed", None)
    if feed is None:
        feed = SpendingFeed(controller, controller)
        controller._spending_feed = feed  # type: ignore[attr-defined]
    return cast(SpendingFeed, feed)
