"""The first step of "Send my records": the account (when there are several) and the period —
the last full quarter (the default), "since the last return", or two dates checked as typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import PHBError
from ...domain.ledger import Account
from ...domain.return_periods import ReturnPeriod, outside_budget_period
from ...domain.schedule import format_date
from ...domain.text import translate
from ...services.returns import OfferedPeriods, Returns
from ..fields import Field, FieldEditor, Problem, parse_date
from .common import Step, wrapped

QUARTER, SINCE, OTHER = 0, 1, 2


class PeriodStep(Step):
    """Which account and which days the return covers (see the module's description)."""

    changed = Signal()  # the period on screen changed

    def __init__(self, returns: Returns, today: date, parent: QWidget | None = None) -> None:
        heading = translate("ReturnsWindow", "Which period should the return cover?")
        super().__init__(heading, parent)
        self.returns = returns
        self.today = today
        self.accounts: list[Account] = returns.accounts()
        self.offered: OfferedPeriods | None = None
        self.add(
            wrapped(
                translate(
                    "ReturnsWindow",
                    "Most ICBs and councils ask for a return every three months. Choose the "
                    "quarter, the days since your last return, or type the dates they asked for.",
                ),
                self.body,
            )
        )
        # the account, only when there is a choice
        self.account_label = QLabel(translate("ReturnsWindow", "Which account"), self.body)
        self.account = QComboBox(self.body)
        self.account.setAccessibleName(translate("ReturnsWindow", "Which account"))
        self.account_label.setBuddy(self.account)
        for account in self.accounts:
            self.account.addItem(account.name, account.id)
        self.add(self.account_label)
        self.add(self.account)
        several = len(self.accounts) > 1
        self.account_label.setVisible(several)
        self.account.setVisible(several)
        self.account.currentIndexChanged.connect(lambda _index: self._offer())
        # the periods
        self.group = QGroupBox(translate("ReturnsWindow", "The period"), self.body)
        box = QVBoxLayout(self.group)
        self.choice = QButtonGroup(self)
        # each choice: a short name, and its days on a line of their own that wraps (a radio
        # button's own text never wraps); a screen reader hears both as the button's name
        self.quarter = QRadioButton(self.group)
        self.quarter_days = self._detail()
        self.since = QRadioButton(translate("ReturnsWindow", "Since the last return"), self.group)
        self.since_days = self._detail()
        self.other = QRadioButton(translate("ReturnsWindow", "Other dates"), self.group)
        rows = (
            (self.quarter, self.quarter_days), (self.since, self.since_days), (self.other, None),
        )  # fmt: skip
        for number, (button, detail) in enumerate(rows):
            self.choice.addButton(button, number)
            box.addWidget(button)
            if detail is not None:
                box.addWidget(detail)
        dates = QVBoxLayout()
        dates.setContentsMargins(28, 0, 0, 0)
        self.start = FieldEditor(
            Field(
                "start",
                translate("ReturnsWindow", "From"),
                "date",
                translate("ReturnsWindow", "The first day, for example 01/07/2026"),
            ),
            self.group,
        )
        self.end = FieldEditor(
            Field(
                "end",
                translate("ReturnsWindow", "To"),
                "date",
                translate("ReturnsWindow", "The last day, for example 30/09/2026"),
            ),
            self.group,
        )
        for editor in (self.start, self.end):
            editor.widget.setMaximumWidth(editor.widget.fontMetrics().averageCharWidth() * 24)
            dates.addWidget(editor.box)
        box.addLayout(dates)
        self.add(self.group)
        self.choice.idToggled.connect(self._chosen)
        for editor in (self.start, self.end):
            line = editor.widget
            line.textEdited.connect(self._typed)  # type: ignore[attr-defined]
            line.editingFinished.connect(self._left_a_date)  # type: ignore[attr-defined]
        self.summary = wrapped("", self.body, "subheading")
        self.add(self.summary)
        self.notes = wrapped("", self.body)
        self.add(self.notes)
        self.problem = wrapped("", self.body)
        self.problem.setProperty("role", "error")
        self.problem.hide()
        self.add(self.problem)
        self.status = wrapped("", self.body, "note")
        self.status.hide()
        self.add(self.status)
        self.finish()
        self._typed_dates = False
        if not self.accounts:
            self.group.hide()
            self.summary.setText(
                translate("ReturnsWindow", "There are no spending records to send yet.")
            )
            self.notes.setText(
                translate(
                    "ReturnsWindow",
                    "Add the bank account or card the money is kept in, and its payments, on "
                    "My spending first. Then come back here to make the return.",
                )
            )
            return
        self._offer()

    # -- what is offered ----------------------------------------------------------------------
    def account_id(self) -> int | None:
        """The account chosen (None when there is none)."""
        value = self.account.currentData()
        return int(value) if value is not None else None

    def _offer(self) -> None:
        try:
            self.offered = self.returns.periods(self.today, self.account_id())
        except PHBError as exc:
            self.show_problem(exc.message)
            return
        offered = self.offered
        if offered.last_full_quarter is not None:
            self._name(
                self.quarter,
                translate("ReturnsWindow", "The last full quarter"),
                self.quarter_days,
                offered.last_full_quarter.describe(),
            )
        else:
            self._name(
                self.quarter,
                translate("ReturnsWindow", "The budget period so far"),
                self.quarter_days,
                offered.default.describe(),
            )
        since = translate("ReturnsWindow", "Since the last return")
        if offered.since_last_return is not None:
            self._name(self.since, since, self.since_days, offered.since_last_return.describe())
            self.since.setEnabled(True)
        elif offered.last_return_end is not None:
            self._name(
                self.since,
                since,
                self.since_days,
                translate(
                    "ReturnsWindow", "The last return went up to {day}: there is nothing since."
                ).format(day=format_date(offered.last_return_end)),
            )
            self.since.setEnabled(False)
        else:
            self._name(
                self.since,
                since,
                self.since_days,
                translate("ReturnsWindow", "No return has been made yet."),
            )
            self.since.setEnabled(False)
        default = offered.default
        self.start.set_value(default.start)
        self.end.set_value(default.end)
        self._typed_dates = False
        self.quarter.setChecked(True)
        self._show(default)

    def _detail(self) -> QLabel:
        label = wrapped("", self.group, "note")
        label.setContentsMargins(28, 0, 0, 4)
        return label

    @staticmethod
    def _name(button: QRadioButton, name: str, detail: QLabel, days: str) -> None:
        button.setText(name)
        detail.setText(days)
        button.setAccessibleName(f"{name}: {days}")

    def _chosen(self, which: int, on: bool) -> None:
        if not on or self.offered is None:
            return
        if which == QUARTER:
            period = self.offered.last_full_quarter or self.offered.default
        elif which == SINCE and self.offered.since_last_return is not None:
            period = self.offered.since_last_return
        else:
            self._typed(None)
            return
        self.start.set_value(period.start)
        self.end.set_value(period.end)
        self._show(period)

    def _typed(self, _text: str | None) -> None:
        """A date typed: choose "Other dates", and show the period as soon as both are dates."""
        if _text is not None:
            self._typed_dates = True
            if not self.other.isChecked():
                self.other.blockSignals(True)
                self.other.setChecked(True)
                self.other.blockSignals(False)
        period = self._period(show=False)
        self._show(period)

    def _left_a_date(self) -> None:
        if self.other.isChecked():
            self._show(self._period(show=True))

    # -- the period ---------------------------------------------------------------------------
    def _period(self, *, show: bool) -> ReturnPeriod | None:
        values: list[date | None] = []
        for editor in (self.start, self.end):
            try:
                value = parse_date(editor.text(), editor.spec.label)
                if value is None:
                    raise Problem(
                        translate("ReturnsWindow", "Type the date for “{field}”.").format(
                            field=editor.spec.label
                        )
                    )
            except Problem as exc:
                if show:
                    editor.show_problem(str(exc))
                values.append(None)
                continue
            editor.show_problem(None)
            values.append(value)
        start, end = values
        if start is None or end is None:
            return None
        try:
            return ReturnPeriod(start, end)
        except PHBError as exc:
            if show:
                self.end.show_problem(exc.message)
            return None

    def period(self) -> ReturnPeriod | None:
        """The period chosen, or None after showing what is wrong beside the field."""
        if self.offered is None:
            return None
        if self.quarter.isChecked():
            return self.offered.last_full_quarter or self.offered.default
        if self.since.isChecked() and self.offered.since_last_return is not None:
            return self.offered.since_last_return
        period = self._period(show=True)
        self._show(period)
        if period is None:
            for editor in (self.start, self.end):
                if editor.error.isVisible():
                    editor.widget.setFocus()
                    break
        return period

    def has_changes(self) -> bool:
        """Whether the person typed dates of their own."""
        return self._typed_dates and self.other.isChecked()

    def _show(self, period: ReturnPeriod | None) -> None:
        self.show_problem("")
        if period is None:
            self.summary.setText(
                translate(
                    "ReturnsWindow",
                    "Once both dates are right, the period the return covers is shown here.",
                )
            )
            self.notes.setText("")
            self.notes.hide()
            self.changed.emit()
            return
        self.summary.setText(
            translate("ReturnsWindow", "The return will cover {days} days: {period}.").format(
                days=period.days, period=period.describe()
            )
            if period.days != 1
            else translate("ReturnsWindow", "The return will cover one day: {day}.").format(
                day=format_date(period.start)
            )
        )
        notes = []
        budget = self.returns.session.plan.budget
        if outside_budget_period(period, budget.period_start, budget.period_end):
            assert budget.period_start is not None and budget.period_end is not None
            notes.append(
                translate(
                    "ReturnsWindow",
                    "Part of this period is outside the budget period ({start} to {end}). That "
                    "is allowed: the return will say so.",
                ).format(start=format_date(budget.period_start), end=format_date(budget.period_end))
            )
        if period.end >= self.today:
            notes.append(
                translate(
                    "ReturnsWindow",
                    "This period has not ended yet: payments made after today would not be in "
                    "this return.",
                )
            )
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.changed.emit()

    def show_problem(self, message: str) -> None:
        """Show (or clear) a problem with the period that is not about one date."""
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def show_status(self, message: str) -> None:
        """Say what is happening ("Working out the return…"), or nothing."""
        self.status.setText(message)
        self.status.setVisible(bool(message))

    def dates_shown(self) -> tuple[str, str]:
        """The two dates as written on screen (for tests and screenshots)."""
        return self.start.text(), self.end.text()
