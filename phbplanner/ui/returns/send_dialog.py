"""“Send my records”: the monitoring return, step by step.

1. the period (the last full quarter, since the last return, or two dates checked as typed);
2. the checks, each with what to do — the return can still be sent;
3. the figures: opening, money in, money out, closing, the bank's figure and the difference;
4. what to make (the PDF always, large print, the spreadsheet, the audit pack with the size it
   will be) and where to save it;
5. the files made on a worker thread with progress and Cancel (``ui/operations.py``), all of
   them or none, recorded in the plan file; then "Open the PDF" / "Show the folder".

The return is worked out from the file off the GUI thread too (``Returns.prepare``), so the
window never waits for the file.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import PHBError
from ...domain.return_periods import ReturnPeriod
from ...domain.text import translate
from ...services.returns import PreparedReturn, ProducedReturn, ReturnOptions, ReturnOutputs
from ..controller import PlanController
from ..drafts import DraftDialog
from ..operations import Operation, Task, run_operation
from .checks_step import ChecksStep
from .common import (
    Step,
    ask_replace,
    current_language,
    default_folder,
    existing_files,
    fit_to_screen,
    radio_style,
    returns_for,
    wrapped,
)
from .done_step import DoneStep
from .outputs_step import OutputsStep
from .period_step import PeriodStep
from .totals_step import TotalsStep

PERIOD, CHECKS, TOTALS, OUTPUTS, DONE = range(5)


class SendRecordsDialog(DraftDialog):
    """The steps of "Send my records" (see the module's description)."""

    prepared_ready = Signal()  # the checks and figures of the period chosen are shown
    produced_ready = Signal(object)  # ProducedReturn: the files are saved
    stopped = Signal(str)  # the return was not made: why (a failure, or a cancel)

    def __init__(
        self, controller: PlanController, parent: QWidget | None = None, *,
        today: date | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("send_my_records")
        self.setWindowTitle(translate("ReturnsWindow", "Send my records"))
        self.controller = controller
        self.returns = returns_for(controller)
        self.today = today or date.today()
        self.prepared: PreparedReturn | None = None
        self.produced: ProducedReturn | None = None
        self.operation: Operation | None = None
        layout = QVBoxLayout(self)
        self.where = wrapped("", self, "note")
        layout.addWidget(self.where)
        self.stack = QStackedWidget(self)
        self.period_step = PeriodStep(self.returns, self.today, self.stack)
        self.checks_step = ChecksStep(self.stack)
        self.totals_step = TotalsStep(self.stack)
        self.outputs_step = OutputsStep(default_folder(controller), self.stack)
        self.done_step = DoneStep(self.stack)
        self.steps: list[Step] = [
            self.period_step, self.checks_step, self.totals_step, self.outputs_step,
            self.done_step,
        ]  # fmt: skip
        for step in self.steps:
            self.stack.addWidget(step)
        layout.addWidget(self.stack, 1)
        self.status = wrapped("", self, "note")
        self.status.hide()
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        self.back_button = QPushButton(translate("ReturnsWindow", "Back"), self)
        self.next_button = QPushButton(translate("ReturnsWindow", "Next"), self)
        self.make_button = QPushButton(translate("ReturnsWindow", "Make the return"), self)
        self.close_button = QPushButton(translate("ReturnsWindow", "Cancel"), self)
        for button in (self.next_button, self.make_button):
            button.setProperty("role", "primary")
        for button in (self.back_button, self.next_button, self.make_button, self.close_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.make_button.clicked.connect(self.make)
        self.close_button.clicked.connect(self.reject)
        self.period_step.changed.connect(lambda: self.show_status(""))
        self.setStyleSheet(radio_style(self.fontMetrics().height()))
        fit_to_screen(self, letters=74, lines=34)
        self.go(PERIOD)
        if not self.period_step.accounts:
            self.next_button.setEnabled(False)
            self.close_button.setText(translate("ReturnsWindow", "Close"))

    # -- moving between the steps -------------------------------------------------------------
    def step(self) -> int:
        """The step shown (``PERIOD``, ``CHECKS``, ``TOTALS``, ``OUTPUTS`` or ``DONE``)."""
        return self.stack.currentIndex()

    def go(self, step: int) -> None:
        """Show ``step``, with the buttons it needs."""
        self.stack.setCurrentIndex(step)
        names = {
            PERIOD: translate("ReturnsWindow", "Step 1 of 4: the period"),
            CHECKS: translate("ReturnsWindow", "Step 2 of 4: the checks"),
            TOTALS: translate("ReturnsWindow", "Step 3 of 4: the figures"),
            OUTPUTS: translate("ReturnsWindow", "Step 4 of 4: what to make"),
            DONE: translate("ReturnsWindow", "Done"),
        }
        self.where.setText(names[step])
        self.back_button.setVisible(step not in (PERIOD, DONE))
        self.next_button.setVisible(step in (PERIOD, CHECKS, TOTALS))
        self.make_button.setVisible(step == OUTPUTS)
        if step == DONE:
            self.close_button.setText(translate("ReturnsWindow", "Close"))
        default = self.make_button if step == OUTPUTS else self.next_button
        if step == DONE:
            default = self.done_step.buttons.open_pdf
        for button in (self.next_button, self.make_button):
            button.setDefault(button is default)
        self._set_busy(False)
        page = self.steps[step]
        page.verticalScrollBar().setValue(0)
        self.setAccessibleDescription(f"{names[step]}. {page.heading.text()}")
        if step == PERIOD and self.period_step.other.isChecked():
            self.period_step.start.widget.setFocus()
        elif default.isVisible() or step != DONE:
            default.setFocus()

    def back(self) -> None:
        """The step before."""
        if self.step() in (CHECKS, TOTALS, OUTPUTS):
            self.show_status("")
            self.go(self.step() - 1)

    def next(self) -> None:
        """The next step (after the period: the return is worked out first)."""
        step = self.step()
        if step == PERIOD:
            self.prepare()
        elif step in (CHECKS, TOTALS):
            if step == TOTALS:
                self.outputs_step.show_for(self._prepared())
            self.go(step + 1)

    def _prepared(self) -> PreparedReturn:
        assert self.prepared is not None
        return self.prepared

    def _set_busy(self, busy: bool) -> None:
        for button in (self.back_button, self.next_button, self.make_button):
            button.setEnabled(not busy)
        self.stack.setEnabled(not busy)

    def show_status(self, message: str) -> None:
        """A sentence under the steps ("Working out the return…"), or none."""
        self.status.setText(message)
        self.status.setVisible(bool(message))

    # -- working out the return ---------------------------------------------------------------
    def prepare(self) -> Operation | None:
        """Work out the return of the period chosen, off the GUI thread; then show the checks."""
        period = self.period_step.period()
        if period is None:
            return None
        account = self.period_step.account_id()
        prepared = self.prepared
        if prepared is not None and prepared.period == period and prepared.account.id == account:
            self.go(CHECKS)
            return None
        returns, produced = self.returns, self.today
        self._set_busy(True)
        self.show_status(translate("ReturnsWindow", "Working out the return…"))

        def work(_task: Task) -> PreparedReturn:
            return returns.prepare(period, account_id=account, produced=produced)

        self.operation = run_operation(
            self, work, done=self._prepared_done, failed=self._prepare_failed
        )
        return self.operation

    def _prepared_done(self, prepared: PreparedReturn) -> None:
        self.operation = None
        self.prepared = prepared
        self.show_status("")
        self.checks_step.show_checks(prepared)
        self.totals_step.show_totals(prepared)
        self.go(CHECKS)
        self.prepared_ready.emit()

    def _prepare_failed(self, exc: BaseException) -> None:
        self.operation = None
        self._set_busy(False)
        self.show_status("")
        message = (
            exc.message
            if isinstance(exc, PHBError)
            else translate(
                "ReturnsWindow",
                "The return could not be worked out because of an unexpected problem. Your "
                "records are safe.",
            )
        )
        self.period_step.show_problem(message)
        self.stopped.emit(message)

    # -- making it ------------------------------------------------------------------------------
    def make(self) -> Operation | None:
        """Make the files (asking first before replacing any), off the GUI thread."""
        outputs = self.outputs_step.outputs()
        if outputs is None or self.prepared is None:
            return None
        there = existing_files(outputs)
        unasked = [path for path in there if path not in self.outputs_step.confirmed]
        if unasked and not ask_replace(self, unasked):
            return None
        return self.make_into(outputs, overwrite=bool(there))

    def make_into(self, outputs: ReturnOutputs, *, overwrite: bool = False) -> Operation:
        """Make the return's files at ``outputs`` (``overwrite``: the person said files there
        may be replaced), with progress and Cancel."""
        prepared = self._prepared()
        period: ReturnPeriod = prepared.period
        account, produced = prepared.account.id, self.today
        note = self.totals_step.bank_note()
        options = ReturnOptions(
            large_print=self.outputs_step.large_print(), language=current_language()
        )
        returns = self.returns
        self.outputs_step.show_problem("")
        self.show_status("")
        self._set_busy(True)

        def work(task: Task) -> ProducedReturn:
            # worked out again with the note on the bank's figure (it is printed on the return)
            fresh = returns.prepare(period, account_id=account, produced=produced, bank_note=note)
            task.check()
            return returns.produce(
                fresh, outputs, options=options, overwrite=overwrite, progress=task.report
            )

        self.operation = run_operation(
            self,
            work,
            done=self._produced_done,
            failed=self._produce_failed,
            cancelled=self._produce_cancelled,
            progress=translate("ReturnsWindow", "Making the return…"),
            cancellable=True,
        )
        return self.operation

    def _produced_done(self, produced: ProducedReturn) -> None:
        self.operation = None
        self.produced = produced
        self.done_step.show_produced(produced, self._prepared().period)
        self.go(DONE)
        self.produced_ready.emit(produced)

    def _produce_failed(self, exc: BaseException) -> None:
        self.operation = None
        self._set_busy(False)
        message = (
            exc.message
            if isinstance(exc, PHBError)
            else translate(
                "ReturnsWindow",
                "The return could not be made because of an unexpected problem. Nothing was "
                "saved, and your records are safe.",
            )
        )
        self.outputs_step.show_problem(message)
        self.outputs_step.ensureWidgetVisible(self.outputs_step.problem)
        self.outputs_step.choose_button.setFocus()
        self.stopped.emit(message)

    def _produce_cancelled(self) -> None:
        self.operation = None
        self._set_busy(False)
        message = translate("ReturnsWindow", "You stopped it: nothing was saved.")
        self.show_status(message)
        self.make_button.setFocus()
        self.stopped.emit(message)

    # -- closing ----------------------------------------------------------------------------------
    def has_changes(self) -> bool:
        """Dates typed or a note written, and the return not made yet."""
        if self.produced is not None:
            return False
        return self.period_step.has_changes() or bool(self.totals_step.bank_note())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()
        if self.step() == PERIOD:
            checked = self.period_step.choice.checkedButton()
            (checked or self.next_button).setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def send_my_records(
    parent: QWidget, controller: PlanController, *, today: date | None = None
) -> SendRecordsDialog:
    """Open "Send my records" for the controller's plan over ``parent`` (window-modal, deleted
    once closed) and return it. ``today`` fixes the day the return is made (for tests)."""
    dialog = SendRecordsDialog(controller, parent, today=today)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
