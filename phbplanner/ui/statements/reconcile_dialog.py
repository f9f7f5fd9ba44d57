"""Reconciling an account against a bank statement: the statement's end date and closing
balance (checked as they are typed), then tick what the statement shows and watch the
difference fall to £0.00, then finish — or keep it for later, or abandon it.

Every tick is saved as it is made (an unfinished reconciliation is kept in the file), so "Keep
for later" loses nothing and the next time carries on where this one stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.amount_text import AmountError, parse_amount
from ...domain.entry_checks import DateError, parse_entry_date
from ...domain.errors import PHBError
from ...domain.ledger import Account
from ...domain.money import Money
from ...domain.schedule import format_date
from ...domain.text import translate
from ...services.ledger import Ledger
from ...services.reconcile import ReconcileState, Reconciliations
from ...services.session import PlanSession
from ..controller import PlanController
from ..theme import set_role
from .layout import (
    ButtonRow,
    FieldBox,
    body_layout,
    choice_box,
    fit_to_screen,
    scrolling,
    words_label,
)
from .reconcile_model import TickModel, TickTable
from .words import TICK, WARNING, count_words

START, TICKING, DONE = 0, 1, 2


def difference_words(state: ReconcileState) -> str:
    """“⚠ £12.50 still to account for” or “✓ £0.00: it all adds up”."""
    if state.balanced:
        return f"{TICK} " + translate("Reconcile", "£0.00: it all adds up")
    return f"{WARNING} " + translate("Reconcile", "{amount} still to account for").format(
        amount=abs(state.difference).format()
    )


def closing_words(balance: Money) -> str:
    """“£1,234.50 in the account” or “£12.00 overdrawn”."""
    if balance.pence < 0:
        return translate("Reconcile", "{amount} overdrawn").format(amount=abs(balance).format())
    return translate("Reconcile", "{amount} in the account").format(amount=balance.format())


class ReconcileDialog(QDialog):
    """Check one account's records against a bank statement (see the module's description)."""

    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconcile")
        self.setWindowTitle(translate("Reconcile", "Reconcile with a statement"))
        session = cast(PlanSession, controller.session)
        self.reconciliations = Reconciliations(session)
        self.accounts: list[Account] = Ledger(session).accounts()
        #: the day it is (tests fix it)
        self.today: Callable[[], date] = date.today
        #: asks before abandoning; tests replace it
        self.ask_abandon: Callable[[], bool] = self._ask_abandon
        self.state: ReconcileState | None = None

        outer = QVBoxLayout(self)
        self.heading = words_label("", self)
        set_role(self.heading, "heading")
        outer.addWidget(self.heading)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)
        self._make_start()
        self._make_ticking()
        self.done_words = words_label("", self)
        self.done_words.setObjectName("reconcile_result")
        done = QWidget(self)
        done_layout = body_layout(done)
        done_layout.addWidget(self.done_words)
        done_layout.addStretch(1)
        self.stack.addWidget(scrolling(done, self.stack))

        self.buttons = ButtonRow(self)
        self.start_button = self.buttons.add(
            translate("Reconcile", "&Start"), primary=True, name="start"
        )
        self.finish_button = self.buttons.add(
            translate("Reconcile", "&Finish"), primary=True, name="finish"
        )
        self.later_button = self.buttons.add(
            translate("Reconcile", "&Keep for later"), name="later"
        )
        self.abandon_button = self.buttons.add(translate("Reconcile", "A&bandon"), name="abandon")
        self.close_button = self.buttons.add(translate("Reconcile", "Cancel"), name="close")
        outer.addWidget(self.buttons)
        self.start_button.clicked.connect(self.start)
        self.finish_button.clicked.connect(self.finish)
        self.later_button.clicked.connect(self.accept)
        self.abandon_button.clicked.connect(self.abandon)
        self.close_button.clicked.connect(self.reject)
        self._account_changed()
        self.fit()

    def fit(self, room: QRect | None = None) -> None:
        """Size the dialog for its text, within the screen (or ``room``)."""
        fit_to_screen(self, 120, 44, room)

    # -- the statement ----------------------------------------------------------------------------
    def _make_start(self) -> None:
        page = QWidget(self)
        layout = body_layout(page)
        layout.addWidget(
            words_label(
                translate(
                    "Reconcile",
                    "Check your records against a bank statement. Type the statement's last "
                    "date and its closing balance. That is the balance at the end of that day, "
                    "as the statement shows it.",
                ),
                page,
            )
        )
        self.account = choice_box("reconcile_account")
        for account in self.accounts:
            self.account.addItem(account.name, account.id)
        self.account_box = FieldBox(translate("Reconcile", "&Account"), self.account, page)
        self.account.currentIndexChanged.connect(lambda _i: self._account_changed())
        layout.addWidget(self.account_box)
        self.last_words = words_label("", page, "note")
        layout.addWidget(self.last_words)
        self.date_edit = QLineEdit()
        self.date_edit.setObjectName("statement_date")
        self.date_box = FieldBox(
            translate("Reconcile", "The statement's last &date"), self.date_edit, page
        )
        self.date_box.set_note(translate("Reconcile", "Like 30/11/2026."))
        layout.addWidget(self.date_box)
        self.balance_edit = QLineEdit()
        self.balance_edit.setObjectName("closing_balance")
        self.balance_box = FieldBox(
            translate("Reconcile", "Its &closing balance"), self.balance_edit, page
        )
        self.balance_box.set_note(self._balance_note())
        layout.addWidget(self.balance_box)
        layout.addStretch(1)
        self.date_edit.textChanged.connect(lambda _text: self._check_date(final=False))
        self.date_edit.editingFinished.connect(lambda: self._check_date(final=True))
        self.balance_edit.textChanged.connect(lambda _text: self._check_balance(final=False))
        self.balance_edit.editingFinished.connect(lambda: self._check_balance(final=True))
        self.stack.addWidget(scrolling(page, self.stack))

    @staticmethod
    def _balance_note() -> str:
        return translate(
            "Reconcile", "Like 1,234.50. Put a minus sign in front if the account was overdrawn."
        )

    def account_id(self) -> int:
        return int(self.account.currentData())

    def _account(self) -> Account:
        return next(a for a in self.accounts if a.id == self.account_id())

    def _account_changed(self) -> None:
        """Carry on with the account's unfinished reconciliation, or ask for a statement."""
        try:
            unfinished = self.reconciliations.unfinished(self.account_id())
            done = self.reconciliations.finished(self.account_id())
        except PHBError as exc:
            self.account_box.set_problem(exc.message)
            return
        if done:
            last = done[0]
            text = translate(
                "Reconcile", "Last reconciled against the statement to {date} ({balance})."
            )
            self.last_words.setText(
                text.format(
                    date=format_date(last.statement_date),
                    balance=closing_words(last.closing_balance),
                )
            )
        else:
            self.last_words.setText(
                translate("Reconcile", "Not reconciled against a statement yet.")
            )
        if unfinished is not None:
            self._show_state(unfinished, resumed=True)
        else:
            self._go(START)

    def _check_date(self, *, final: bool) -> date | None:
        """The date typed, or None; the problem is shown once the person moves on (``final``)."""
        text = self.date_edit.text()
        if not text.strip():
            self.date_box.set_note(translate("Reconcile", "Like 30/11/2026."))
            if final:
                self.date_box.set_problem("")
            return None
        try:
            value = parse_entry_date(text)
        except DateError as exc:
            if final:
                self.date_box.set_problem(exc.message)
            return None
        problem = self._date_problem(value)
        if problem:
            self.date_box.set_problem(problem)
            return None
        self.date_box.set_problem("")
        self.date_box.set_note(format_date(value))
        return value

    def _date_problem(self, value: date) -> str:
        if value > self.today():
            return translate(
                "Reconcile", "{date} is after today: a statement ends on a day that has passed."
            ).format(date=format_date(value))
        opening = self._account().opening_date
        if opening is not None and value < opening:
            return translate(
                "Reconcile",
                "{date} is before this account's opening date, {opening}: its opening balance "
                "already counts everything before then.",
            ).format(date=format_date(value), opening=format_date(opening))
        return ""

    def _check_balance(self, *, final: bool) -> Money | None:
        text = self.balance_edit.text()
        if not text.strip():
            self.balance_box.set_note(self._balance_note())
            if final:
                self.balance_box.set_problem("")
            return None
        try:
            value = parse_amount(text, allow_negative=True, allow_zero=True)
        except AmountError as exc:
            if final:
                self.balance_box.set_problem(exc.message)
            return None
        self.balance_box.set_problem("")
        self.balance_box.set_note(closing_words(value))
        return value

    def start(self) -> None:
        """Start reconciling against the statement typed (problems shown beside the fields)."""
        when = self._check_date(final=True)
        balance = self._check_balance(final=True)
        if when is None and not self.date_box.problem.isVisible():
            self.date_box.set_problem(translate("Reconcile", "Type the statement's last date."))
        if balance is None and not self.balance_box.problem.isVisible():
            self.balance_box.set_problem(
                translate("Reconcile", "Type the statement's closing balance.")
            )
        if when is None:
            self.date_edit.setFocus()
            return
        if balance is None:
            self.balance_edit.setFocus()
            return
        try:
            state = self.reconciliations.start(self.account_id(), when, balance, today=self.today())
        except PHBError as exc:
            self.date_box.set_problem(exc.message)
            self.date_edit.setFocus()
            return
        self._show_state(state, resumed=False)

    # -- ticking ----------------------------------------------------------------------------------
    def _make_ticking(self) -> None:
        page = QWidget(self)
        layout = body_layout(page)
        self.facts = words_label("", page)
        self.facts.setObjectName("reconcile_facts")
        layout.addWidget(self.facts)
        self.difference = words_label("", page, "heading")
        self.difference.setObjectName("difference")
        layout.addWidget(self.difference)
        self.hint = words_label("", page)
        self.hint.setObjectName("difference_hint")
        layout.addWidget(self.hint)
        self.offer_button = QPushButton(page)
        self.offer_button.setObjectName("tick_offered")
        self.offer_button.setAutoDefault(False)
        self.offer_button.clicked.connect(self.tick_offered)
        layout.addWidget(self.offer_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.offer_words = words_label("", page, "note")
        layout.addWidget(self.offer_words)
        self.model = TickModel(self)
        self.model.tick_requested.connect(self.tick)
        self.table = TickTable(self.model, page)
        self.table.visible_rows(5)
        layout.addWidget(self.table, 1)
        self.ticked_words = words_label("", page)
        self.ticked_words.setObjectName("ticked_words")
        layout.addWidget(self.ticked_words)
        row = ButtonRow(page)
        self.tick_all_button = row.add(translate("Reconcile", "&Tick all"), name="tick_all")
        self.untick_all_button = row.add(translate("Reconcile", "&Untick all"), name="untick_all")
        self.tick_all_button.clicked.connect(lambda: self.tick(self._all_ids(), True))
        self.untick_all_button.clicked.connect(lambda: self.tick(self._all_ids(), False))
        layout.addWidget(row)
        self.tick_problem = words_label("", page)
        self.tick_problem.setProperty("role", "error")
        self.tick_problem.hide()
        layout.addWidget(self.tick_problem)
        self.stack.addWidget(scrolling(page, self.stack))

    def _all_ids(self) -> list[int]:
        return [entry.id for entry in self.model.entries]

    def _show_state(self, state: ReconcileState, *, resumed: bool) -> None:
        """Show a reconciliation under way (its entries read again)."""
        self.state = state
        self.model.set_entries(self.reconciliations.entries(state.id))
        facts = translate(
            "Reconcile",
            "{account}, against the statement to {date} with a closing balance of {balance}.",
        ).format(
            account=state.account.name,
            date=format_date(state.statement_date),
            balance=closing_words(state.closing_balance),
        )
        if resumed:
            facts += " " + translate(
                "Reconcile",
                "You started this before and it is not finished: carry on where you left off, "
                "or abandon it.",
            )
        self.facts.setText(facts)
        self._show_figures(state)
        self._go(TICKING)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _show_figures(self, state: ReconcileState) -> None:
        self.state = state
        self.difference.setText(difference_words(state))
        self.hint.setText("" if state.balanced else state.message())
        self.hint.setVisible(not state.balanced)
        offer = state.offer
        if offer is not None:
            self.offer_button.setText(
                translate(
                    "Reconcile", "Tick everything up to {date}, where the bank agrees"
                ).format(date=format_date(offer.up_to))
            )
            self.offer_words.setText(
                count_words(
                    len(offer.entry_ids),
                    translate("Reconcile", "That ticks 1 more entry"),
                    translate("Reconcile", "That ticks {count} more entries"),
                )
                + " "
                + (
                    translate("Reconcile", "and brings the difference to £0.00.")
                    if offer.clears
                    else translate("Reconcile", "(the bank's balance then is {balance}).").format(
                        balance=offer.bank_balance.format()
                    )
                )
            )
        self.offer_button.setVisible(offer is not None)
        self.offer_words.setVisible(offer is not None)
        self.ticked_words.setText(
            translate("Reconcile", "{ticked} of {offered} entries ticked.").format(
                ticked=f"{state.ticked:,}", offered=f"{state.offered:,}"
            )
        )
        self.finish_button.setEnabled(state.balanced)
        self.finish_button.setToolTip(
            "" if state.balanced else translate("Reconcile", "Finish is possible at £0.00.")
        )

    def tick(self, entry_ids: list[int], ticked: bool) -> None:
        """Tick (or untick) entries: saved at once, then the difference worked out again."""
        state = self.state
        if state is None or not entry_ids:
            return
        try:
            new_state = self.reconciliations.tick(state.id, entry_ids, ticked)
        except PHBError as exc:
            self._tick_problem(exc.message)
            return
        self._tick_problem("")
        self.model.mark(entry_ids, ticked)
        self._show_figures(new_state)

    def tick_offered(self) -> None:
        """Tick everything up to the last row where the records agree with the bank."""
        state = self.state
        if state is None or state.offer is None:
            return
        ids = list(state.offer.entry_ids)
        self.tick(ids, True)
        self.table.setFocus()

    def _tick_problem(self, message: str) -> None:
        self.tick_problem.setText(message)
        self.tick_problem.setVisible(bool(message))

    # -- finishing --------------------------------------------------------------------------------
    def finish(self) -> None:
        """Mark the ticked entries reconciled (only at £0.00)."""
        state = self.state
        if state is None:
            return
        try:
            done = self.reconciliations.finish(state.id)
        except PHBError as exc:
            self._tick_problem(exc.message)
            return
        self.state = done
        self.done_words.setText(
            count_words(
                done.ticked,
                translate(
                    "Reconcile",
                    "Reconciled: 1 entry of {account} is now marked as checked against the "
                    "statement to {date}.",
                ),
                translate(
                    "Reconcile",
                    "Reconciled: {count} entries of {account} are now marked as checked against "
                    "the statement to {date}.",
                ),
                account=done.account.name,
                date=format_date(done.statement_date),
            )
        )
        self._go(DONE)

    def abandon(self) -> None:
        """Abandon the reconciliation under way (its ticks go; nothing is reconciled)."""
        state = self.state
        if state is None or not self.ask_abandon():
            return
        try:
            self.reconciliations.abandon(state.id)
        except PHBError as exc:
            self._tick_problem(exc.message)
            return
        self.state = None
        self._go(START)
        self.last_words.setText(
            translate(
                "Reconcile",
                "The reconciliation to {date} was abandoned: nothing was marked reconciled.",
            ).format(date=format_date(state.statement_date))
        )

    def _ask_abandon(self) -> bool:
        box = QMessageBox(self)
        box.setObjectName("abandon_reconciliation")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("Reconcile", "Abandon this reconciliation?"))
        box.setText(
            translate(
                "Reconcile",
                "Your ticks are taken away and nothing is marked reconciled. You can start "
                "again with the same statement.",
            )
        )
        keep = box.addButton(translate("Reconcile", "Keep it"), QMessageBox.ButtonRole.RejectRole)
        abandon = box.addButton(
            translate("Reconcile", "Abandon it"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is abandon

    # -- pages ------------------------------------------------------------------------------------
    def _go(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self.heading.setText(
            {
                START: translate("Reconcile", "Reconcile with a statement"),
                TICKING: translate("Reconcile", "Tick what the statement shows"),
                DONE: translate("Reconcile", "Reconciled"),
            }[page]
        )
        self.start_button.setVisible(page == START)
        self.finish_button.setVisible(page == TICKING)
        self.later_button.setVisible(page == TICKING)
        self.abandon_button.setVisible(page == TICKING)
        self.close_button.setVisible(page != TICKING)
        self.close_button.setText(
            translate("Reconcile", "Close") if page == DONE else translate("Reconcile", "Cancel")
        )
        self.account.setEnabled(page == START)
        for button in (self.start_button, self.finish_button, self.close_button):
            button.setDefault(False)
        default = {START: self.start_button, DONE: self.close_button}.get(page)
        if default is not None:
            default.setDefault(True)
        self.buttons.flow.invalidate()
        focus: QWidget = {START: self.date_edit, TICKING: self.table, DONE: self.close_button}[page]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()
        page = self.stack.currentIndex()
        focus: QWidget = {START: self.date_edit, TICKING: self.table, DONE: self.close_button}[page]
        focus.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
