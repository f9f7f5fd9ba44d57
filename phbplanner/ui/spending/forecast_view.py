"""The money today, where it is heading, the expected budget payments and the alerts — in calm
words: what to look at first, the position at the end of the period (a surplus or a shortfall,
and the date money would run out), and each budget payment with what happened to it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.alerts import Alert
from ...domain.forecast import ExpectedPayment, PaymentStatus
from ...domain.ledger_status import LedgerStatus
from ...domain.schedule import format_date
from ...domain.text import translate
from ..costed.text_table import TextTableModel
from ..stacking import TableOrBlocks
from ..theme import set_role
from .feed import SpendingFeed
from .planned_view import fit_rows
from .words import TICK, WARNING, balance_words


def alert_lines(alerts: tuple[Alert, ...]) -> list[str]:
    """Each alert with its sign, most important first."""
    return [f"{WARNING} {alert.message}" for alert in alerts]


def payment_words(payment: ExpectedPayment) -> str:
    """What happened to an expected budget payment, in words."""
    if payment.status is PaymentStatus.RECEIVED:
        assert payment.received_on is not None and payment.received is not None
        if payment.received != payment.amount:
            return f"{TICK} " + translate("Forecast", "Received on {date} ({amount})").format(
                date=format_date(payment.received_on), amount=payment.received.format()
            )
        return f"{TICK} " + translate("Forecast", "Received on {date}").format(
            date=format_date(payment.received_on)
        )
    if payment.status is PaymentStatus.MISSING:
        return f"{WARNING} " + translate("Forecast", "Missing: it has not arrived")
    if payment.status is PaymentStatus.DUE:
        return translate("Forecast", "Due now")
    return translate("Forecast", "To come")


def committed_words(status: LedgerStatus) -> str:
    """The money the balance already owes (wages earned, HMRC and the pension due, a renewal
    coming), each with its working, and the balance left free — or "" when nothing is."""
    committed = status.committed
    if committed is None or not committed.items:
        return ""
    lines = [
        translate("Forecast", "{total} of the balance is already committed:").format(
            total=committed.total.format()
        )
    ]
    for item in committed.items:
        line = translate("Forecast", "• {what}: {amount}.").format(
            what=item.label, amount=item.amount.format()
        )
        lines.append(f"{line} {item.explanation}" if item.explanation else line)
    lines.append(
        translate("Forecast", "That leaves {free} free to spend.").format(
            free=balance_words(status.position.free_balance.pence)
        )
    )
    return "\n".join(lines)


def pay_period_rows(status: LedgerStatus) -> list[list[str]]:
    """One row per payslip: the pay period, who was paid and how much, and the check."""
    rows = []
    for check in status.pay_periods:
        found = (
            f"{TICK} " + translate("Forecast", "In order")
            if check.ok
            else "\n".join(f"{WARNING} {message}" for _flag, message in check.flags)
        )
        rows.append([check.period_words(), check.payee, check.paid.format(), found])
    return rows


def position_words(status: LedgerStatus) -> list[str]:
    """The balance today and what it is measured against, in a few sentences."""
    place = status.position
    lines = [
        translate("Forecast", "{balance} on {date}.").format(
            balance=balance_words(place.balance.pence), date=format_date(place.as_of)
        )
    ]
    if place.weekly.pence:
        lines.append(
            translate(
                "Forecast",
                "The plan spends about {weekly} a week from these records. The buffer agreed for "
                "the account is {buffer}.",
            ).format(weekly=place.weekly.format(), buffer=place.buffer.format())
        )
    if place.next_payment is not None:
        lines.append(
            translate(
                "Forecast",
                "The next budget payment, {amount}, is expected on {date}. The spending planned "
                "before then is {until}, which would leave {headroom}.",
            ).format(
                amount=place.next_payment.amount.format(),
                date=format_date(place.next_payment.expected),
                until=place.spending_until_next.format(),
                headroom=place.headroom.format(),
            )
        )
    return lines


class ForecastView(QWidget):
    """Alerts, the position today, the forecast and the expected budget payments."""

    def __init__(self, feed: SpendingFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its contents take the focus
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 6, 8, 6)
        layout.setSpacing(8)

        def heading(text: str) -> QLabel:
            if layout.count():
                layout.addSpacing(10)
            label = QLabel(text, body)
            label.setWordWrap(True)
            set_role(label, "subheading")
            layout.addWidget(label)
            return label

        def words(name: str) -> QLabel:
            label = QLabel(body)
            label.setObjectName(name)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
            return label

        heading(translate("Forecast", "Things to look at"))
        self.alerts = words("alerts")
        heading(translate("Forecast", "The money today"))
        self.position = words("position")
        self.committed_heading = heading(translate("Forecast", "Money already committed"))
        self.committed = words("committed")
        heading(translate("Forecast", "At the end of the budget period"))
        self.forecast = words("forecast")
        heading(translate("Forecast", "Budget payments"))
        self.payments_note = words("payments_note")
        self.payments = TextTableModel(
            [
                translate("Forecast", "Expected on"),
                translate("Forecast", "Amount"),
                translate("Forecast", "What happened"),
            ],
            right_aligned=frozenset({1}),
            parent=self,
        )
        self.table = QTableView(body)
        self.table.setObjectName("payments_table")
        self.table.setModel(self.payments)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setAccessibleName(translate("Forecast", "Expected budget payments"))
        self.table_place = TableOrBlocks(self.table, body, all_rows=True)
        layout.addWidget(self.table_place)
        self.pay_heading = heading(translate("Forecast", "Pay periods of your employees"))
        self.pay_note = words("pay_note")
        self.pay_note.setText(
            translate(
                "Forecast",
                "Councils check each payslip. The pay went to the employee, a timesheet is "
                "kept, and HMRC and the pension were paid by the 22nd.",
            )
        )
        self.pay_periods = TextTableModel(
            [
                translate("Forecast", "Pay period"),
                translate("Forecast", "Paid to"),
                translate("Forecast", "Paid"),
                translate("Forecast", "The check"),
            ],
            right_aligned=frozenset({2}),
            parent=self,
        )
        self.pay_table = QTableView(body)
        self.pay_table.setObjectName("pay_periods_table")
        self.pay_table.setModel(self.pay_periods)
        self.pay_table.verticalHeader().hide()
        self.pay_table.setTabKeyNavigation(False)
        self.pay_table.setWordWrap(True)
        pay_header = self.pay_table.horizontalHeader()
        pay_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        pay_header.setStretchLastSection(True)
        self.pay_table.setAccessibleName(translate("Forecast", "The check of each pay period"))
        self.pay_place = TableOrBlocks(self.pay_table, body, all_rows=True)
        layout.addWidget(self.pay_place)
        layout.addStretch(1)
        self._stale = True

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def text_scale_changed(self) -> None:
        self.mark_stale()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Show the status as of the feed's today."""
        if not self.feed.open:
            return
        self._stale = False
        status = self.feed.status()
        lines = alert_lines(status.alerts)
        self.alerts.setText(
            "\n\n".join(lines)
            if lines
            else f"{TICK} " + translate("Forecast", "Nothing needs your attention.")
        )
        self.position.setText("\n\n".join(position_words(status)))
        committed = committed_words(status)
        self.committed.setText(committed)
        self.committed_heading.setVisible(bool(committed))
        self.committed.setVisible(bool(committed))
        outlook = status.forecast
        if outlook is None:
            self.forecast.setText(
                translate(
                    "Forecast",
                    "There is no forecast yet: the plan needs a budget period (My budget) to "
                    "work one out.",
                )
            )
        else:
            sign = WARNING if outlook.shortfall or outlook.runs_out_on else TICK
            self.forecast.setText(f"{sign} {outlook.message()}")
        payments = status.payments
        if payments:
            self.payments_note.setText(
                translate(
                    "Forecast",
                    "From the payment schedule in the plan. A payment counts for the one expected "
                    "nearest to it. An expected payment is missing if it has not arrived a week "
                    "after its date.",
                )
            )
        else:
            self.payments_note.setText(
                translate(
                    "Forecast",
                    "No budget payments are expected: the plan has no payment schedule or no "
                    "budget written down yet (My budget).",
                )
            )
        self.payments.set_rows(
            [format_date(p.expected), p.amount.format(), payment_words(p)] for p in payments
        )
        self.table_place.setVisible(bool(payments))
        fit_rows(self.table, len(payments))
        checks = pay_period_rows(status)
        self.pay_periods.set_rows(checks)
        for widget in (self.pay_heading, self.pay_note, self.pay_place):
            widget.setVisible(bool(checks))
        fit_rows(self.pay_table, len(checks))  # the height of one-line rows, then each its own
        self.pay_table.resizeRowsToContents()
        table = self.pay_table
        rows = sum(table.rowHeight(row) for row in range(len(checks)))
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height()
            + max(rows, table.verticalHeader().defaultSectionSize())
            + table.horizontalScrollBar().sizeHint().height()
            + table.frameWidth() * 2
            + 4
        )
