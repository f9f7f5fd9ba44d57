"""Views hear the kinds of change they show: a change that is not the plan's re-costs nothing."""

from __future__ import annotations

import threading
from typing import Any

import shiboken6
from PySide6.QtWidgets import QWidget

from phbplanner.domain.errors import PHBError
from phbplanner.services.changes import Change, Changes
from phbplanner.services.edits import SetSection
from phbplanner.ui.controller import Command
from phbplanner.ui.costed.feed import CostedPlan
from phbplanner.ui.costed.signoff_page import SignOffPage


def test_a_change_that_is_not_the_plans_recomputes_nothing(feed: CostedPlan) -> None:
    costing, findings = feed.costing, feed.findings
    page = SignOffPage(feed.controller)  # shows the version's fingerprint
    shown = page.fingerprint.text()
    fingerprint_calls: list[int] = []
    original = feed.session._fingerprints.fingerprint  # the session's only way to fingerprint

    def counting(plan: Any) -> str:
        fingerprint_calls.append(1)
        return original(plan)

    feed.session._fingerprints.fingerprint = counting  # type: ignore[method-assign]
    updates: list[int] = []
    feed.updated.connect(lambda: updates.append(1))
    heard: list[Changes] = []
    owner = QWidget()
    feed.controller.subscribe(owner, Change.LEDGER, heard.append)
    feed.session.notify(Changes.of(Change.LEDGER))  # e.g. a payment recorded
    assert [c.kinds for c in heard] == [{Change.LEDGER}]  # the ledger view hears it…
    assert updates == []  # …the plan's views do not
    assert feed.costing is costing and feed.findings is findings  # not re-costed
    assert fingerprint_calls == []  # not re-fingerprinted
    assert page.fingerprint.text() == shown
    # a plan change: costed once, heard by the plan's views, not by the ledger's
    feed.controller.edit(SetSection("consent_to_share", not feed.plan.consent_to_share), "c")
    assert updates == [1] and feed.costing is not costing
    assert fingerprint_calls  # (the count above could see one)
    assert len(heard) == 1
    owner.deleteLater()


def test_a_subscription_ends_with_its_owner(feed: CostedPlan) -> None:
    heard: list[Changes] = []
    owner = QWidget()
    feed.controller.subscribe(owner, (Change.LEDGER, Change.REVIEWS), heard.append)
    feed.session.notify(Changes.of(Change.REVIEWS))
    shiboken6.delete(owner)
    feed.session.notify(Changes.of(Change.REVIEWS))
    assert len(heard) == 1


def test_a_change_from_another_thread_is_heard_on_the_gui_thread(
    feed: CostedPlan, qtbot: Any
) -> None:
    gui = threading.get_ident()
    heard: list[bool] = []
    owner = QWidget()
    qtbot.addWidget(owner)
    feed.controller.subscribe(
        owner, Change.IMPORTS, lambda _c: heard.append(threading.get_ident() == gui)
    )
    worker = threading.Thread(target=lambda: feed.session.notify(Changes.of(Change.IMPORTS)))
    worker.start()
    worker.join(10)
    qtbot.waitUntil(lambda: heard == [True])


class RecordPayment(Command):
    """A stand-in for a later ledger command: kept in a list, published as a ledger change."""

    def __init__(self, feed: CostedPlan, book: list[str], payee: str, *, fails: bool = False):
        super().__init__(f"Record a payment to {payee}")
        self.feed, self.book, self.payee, self.fails = feed, book, payee, fails

    def apply(self) -> None:
        if self.fails:
            raise PHBError("The spending records could not be saved.")
        self.book.append(self.payee)
        self.feed.session.notify(Changes.of(Change.LEDGER))

    def revert(self) -> None:
        self.book.remove(self.payee)
        self.feed.session.notify(Changes.of(Change.LEDGER))


def test_a_ledger_command_shares_the_one_undo_stack_with_plan_edits(feed: CostedPlan) -> None:
    controller, book = feed.controller, list[str]()
    failures: list[str] = []
    controller.failed.connect(failures.append)
    consent = feed.plan.consent_to_share
    assert controller.edit(SetSection("consent_to_share", not consent), "Consent")
    costing = feed.costing
    assert controller.push(RecordPayment(feed, book, "Rhian"))
    assert not controller.push(RecordPayment(feed, book, "Bryn", fails=True))
    assert failures and "could not be saved" in failures[-1]
    assert book == ["Rhian"] and controller.undo_stack.count() == 2
    assert feed.costing is costing  # recording a payment re-costs nothing
    assert controller.undo()  # the payment first…
    assert book == [] and feed.plan.consent_to_share is not consent
    assert controller.undo()  # …then the plan edit
    assert feed.plan.consent_to_share is consent
    assert controller.redo() and controller.redo()
    assert book == ["Rhian"] and feed.plan.consent_to_share is not consent
