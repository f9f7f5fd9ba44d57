"""Typing in what a payslip kept with a wage payment says: the net pay, the pay period, and what
is due to HMRC and the pension provider — what the check of each pay period reads (issue 16).

Opened from the receipts panel (*Payslip details…*) for the selected payslip. Each problem is
shown beside its field and nothing is saved until every field is right; saving is one step of
the window's undo stack (:class:`SetPayslipDetails`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.amount_text import AmountError, parse_amount
from ...domain.entry_checks import DateError, parse_entry_date
from ...domain.money import Money
from ...domain.payroll import PayslipDetails, details_from_text, details_problems
from ...domain.text import translate
from ..controller import Command
from ..drafts import DraftDialog
from .feed import SpendingFeed


class SetPayslipDetails(Command):
    """Keep what a payslip says; undo puts back what it said before (or nothing)."""

    def __init__(
        self,
        feed: SpendingFeed,
        attachment_id: int,
        before: PayslipDetails,
        after: PayslipDetails,
        name: str,
    ) -> None:
        super().__init__(
            translate("SpendingUndo", "Type in the details of {name}").format(name=name)
        )
        self.feed, self.attachment_id = feed, attachment_id
        self.before, self.after = before, after

    def apply(self) -> None:
        self.feed.ledger.set_details(self.attachment_id, self.after)

    def revert(self) -> None:
        # nothing typed before: take the details away again (they would not pass the checks)
        empty = self.before == PayslipDetails()
        self.feed.ledger.set_details(self.attachment_id, None if empty else self.before)


def _money_text(value: Money | None) -> str:
    if value is None:
        return ""
    pounds, pence = divmod(value.pence, 100)
    return f"{pounds}.{pence:02d}"


def _date_text(value: date | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y")


class PayslipDialog(DraftDialog):
    """The payslip's net pay, pay period, and HMRC and pension amounts."""

    def __init__(
        self, feed: SpendingFeed, attachment_id: int, name: str, details_text: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("payslip_details")
        self.feed, self.attachment_id, self.name = feed, attachment_id, name
        found = details_from_text("payslip", details_text)
        self.before = found if isinstance(found, PayslipDetails) else PayslipDetails()
        self.setWindowTitle(translate("Payslip", "What the payslip says"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "Payslip",
                "Type in what {name} says. The check of each pay period compares it with the "
                "payments.",
            ).format(name=name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.fields: dict[str, QLineEdit] = {}
        self.problems: dict[str, QLabel] = {}
        before = self.before
        rows = [
            ("net_pay", translate("Payslip", "&Net pay (like 412.50)"),
             _money_text(before.net_pay)),
            ("start", translate("Payslip", "&First day of the pay period (like 1/4/26)"),
             _date_text(before.period_start)),
            ("end", translate("Payslip", "&Last day of the pay period"),
             _date_text(before.period_end)),
            ("hmrc", translate("Payslip", "Due to &HMRC (tax and National Insurance; if any)"),
             _money_text(before.hmrc)),
            ("pension", translate("Payslip", "Due to the &pension provider (if any)"),
             _money_text(before.pension)),
        ]  # fmt: skip
        for row, (key, label_text, value) in enumerate(rows):
            label = QLabel(label_text, self)
            field = QLineEdit(value, self)
            field.setAccessibleName(label_text.replace("&", ""))
            label.setBuddy(field)
            problem = QLabel(self)
            problem.setObjectName(f"problem_{key}")
            problem.setWordWrap(True)
            problem.hide()
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance("0") * 14)
            grid.addWidget(label, row * 2, 0)
            grid.addWidget(field, row * 2, 1)
            grid.addWidget(problem, row * 2 + 1, 0, 1, 2)  # the whole width: never squeezed
            self.fields[key], self.problems[key] = field, problem
        self.initial = {key: field.text() for key, field in self.fields.items()}
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("Payslip", "Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("Payslip", "Cancel")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def has_changes(self) -> bool:
        return any(field.text() != self.initial[key] for key, field in self.fields.items())

    def typed(self) -> PayslipDetails | None:
        """The details as typed, or None with each problem shown beside its field."""
        for problem in self.problems.values():
            problem.hide()
        money: dict[str, Money | None] = {}
        days: dict[str, date | None] = {}
        ok = True
        for key in ("net_pay", "hmrc", "pension"):
            text = self.fields[key].text().strip()
            try:
                allow_zero = key != "net_pay"
                money[key] = (
                    parse_amount(text, allow_negative=False, allow_zero=allow_zero)
                    if text
                    else None
                )
            except AmountError as exc:
                self._say(key, exc.message)
                ok = False
        for key in ("start", "end"):
            text = self.fields[key].text().strip()
            try:
                days[key] = parse_entry_date(text) if text else None
            except DateError as exc:
                self._say(key, exc.message)
                ok = False
        if not ok:
            return None
        details = PayslipDetails(
            net_pay=money["net_pay"],
            period_start=days["start"],
            period_end=days["end"],
            hmrc=money["hmrc"],
            pension=money["pension"],
        )
        problems = details_problems(details)
        for field, message in problems:
            self._say({"period": "end"}.get(field, field), message)
        return None if problems else details

    def _say(self, key: str, message: str) -> None:
        self.problems[key].setText(message)
        self.problems[key].show()
        self.adjustSize()  # room for the message under its field

    def save(self) -> None:
        details = self.typed()
        if details is None:
            return
        command = SetPayslipDetails(self.feed, self.attachment_id, self.before, details, self.name)
        if self.feed.controller.push(command):
            self.accept()
