"""“Returns sent”: the record of the monitoring returns made from this plan file — period, when,
who, the figures — with "Make this again": the same files again (the same bytes, when the
records of the period have not changed; otherwise it says what changed)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import PHBError
from ...domain.schedule import format_date
from ...domain.text import translate
from ...services.changes import Change, Changes
from ...services.returns import RecordedReturn, RemadeReturn, ReturnOutputs
from ..controller import PlanController
from ..filedialogs import ask_save_path
from ..operations import Operation, Task, run_operation
from .common import (
    Figures,
    Step,
    ask_replace,
    current_language,
    default_folder,
    existing_files,
    fit_to_screen,
    outputs_beside,
    pdf_name,
    returns_for,
    with_pdf_suffix,
    wrapped,
)
from .done_step import OpenButtons, saved_files_text

AnyIndex = QModelIndex | QPersistentModelIndex


def made_at(record: RecordedReturn) -> str:
    """ "2 December 2026 at 14:05" in this computer's time."""
    local: datetime = record.produced_at.astimezone()
    return translate("ReturnsWindow", "{day} at {time}").format(
        day=format_date(local.date()), time=local.strftime("%H:%M")
    )


def files_made(record: RecordedReturn) -> str:
    """ "the PDF, the spreadsheet and the audit pack" — what was made."""
    names = {
        "pdf": translate("ReturnsWindow", "the PDF"),
        "csv": translate("ReturnsWindow", "the spreadsheet"),
        "pack": translate("ReturnsWindow", "the audit pack"),
    }
    made = [names[what] for what in ("pdf", "csv", "pack") if what in record.made]
    if len(made) == 1:
        return made[0]
    return translate("ReturnsWindow", "{some} and {last}").format(
        some=", ".join(made[:-1]), last=made[-1]
    )


class ReturnsModel(QAbstractListModel):
    """The returns recorded, newest first, each as a few short lines (they stack: nothing is
    hidden in a column off to the side, whatever the text size)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records: list[RecordedReturn] = []
        self.several_accounts = False

    def set_records(self, records: list[RecordedReturn]) -> None:
        """Show ``records``."""
        self.beginResetModel()
        self.records = list(records)
        self.several_accounts = len({r.account_id for r in records}) > 1
        self.endResetModel()

    def rowCount(self, parent: AnyIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.records)

    def lines(self, record: RecordedReturn) -> list[str]:
        """What the list shows for ``record``."""
        first = record.describe() if self.several_accounts else record.period.describe()
        totals = record.totals
        return [
            first,
            translate("ReturnsWindow", "Made on {when} by {who}").format(
                when=made_at(record), who=record.produced_by or translate("ReturnsWindow", "—")
            ),
            translate(
                "ReturnsWindow", "Money in {money_in}, money out {money_out}, closing {closing}"
            ).format(
                money_in=totals.money_in.format(),
                money_out=totals.money_out.format(),
                closing=totals.closing.format(),
            ),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        record = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(self.lines(record))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ". ".join(self.lines(record))
        if role == Qt.ItemDataRole.UserRole:
            return record.id
        return None


class ReturnsList(QListView):
    """The list of returns: as tall as its first three returns, their lines wrapped at the width
    it has (more returns scroll inside it)."""

    SHOWN = 3

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        """Take the height of the first returns, as laid out at this width."""
        model = self.model()
        self.doItemsLayout()
        rows = min(model.rowCount(), self.SHOWN)
        height = sum(
            self.visualRect(model.index(row, 0)).height() + 2 * self.spacing()
            for row in range(rows)
        )
        least = (self.fontMetrics().lineSpacing() + 2 * self.spacing()) * 3
        self.setFixedHeight(max(height, least) + 2 * self.frameWidth() + 2)


class ReturnsSentDialog(QDialog):
    """The record of returns, with "Make this again" (see the module's description)."""

    remade_ready = Signal(object)  # RemadeReturn
    stopped = Signal(str)  # a copy was not made: why

    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returns_sent")
        self.setWindowTitle(translate("ReturnsWindow", "Returns sent"))
        self.controller = controller
        self.returns = returns_for(controller)
        self.operation: Operation | None = None
        self.remade: RemadeReturn | None = None
        layout = QVBoxLayout(self)
        self.page = Step(translate("ReturnsWindow", "Returns sent"), self)
        self.intro = wrapped(
            translate(
                "ReturnsWindow",
                "Every monitoring return made from this plan file, newest first. “Make this "
                "again” makes the same files again — if one was lost, say.",
            ),
            self.page.body,
        )
        self.page.add(self.intro)
        self.list_label = QLabel(translate("ReturnsWindow", "The returns made"), self.page.body)
        self.list = ReturnsList(self.page.body)
        self.list.setObjectName("returns_list")
        self.list.setAccessibleName(translate("ReturnsWindow", "The returns made"))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list_label.setBuddy(self.list)
        self.model = ReturnsModel(self.list)
        self.list.setModel(self.model)
        self.page.add(self.list_label)
        self.page.add(self.list)
        self.empty = wrapped(
            translate(
                "ReturnsWindow",
                "No return has been made from this plan file yet. Use “Send my records” to make "
                "one.",
            ),
            self.page.body,
            "subheading",
        )
        self.page.add(self.empty)
        # what "Make this again" made: just below the list, where the person is looking
        self.result_heading = wrapped("", self.page.body, "subheading")
        self.page.add(self.result_heading)
        self.outcome = wrapped("", self.page.body)
        self.page.add(self.outcome)
        self.open_buttons = OpenButtons(self.page.body)
        self.page.add(self.open_buttons)
        self.details_heading = wrapped("", self.page.body, "subheading")
        self.page.add(self.details_heading)
        self.details = Figures(self.page.body)
        self.page.add(self.details)
        self.page.finish()
        layout.addWidget(self.page, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.again_button = QPushButton(translate("ReturnsWindow", "Make this again…"), self)
        self.again_button.setProperty("role", "primary")
        self.close_button = QPushButton(translate("ReturnsWindow", "Close"), self)
        row.addWidget(self.again_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.again_button.clicked.connect(self.make_again)
        self.close_button.clicked.connect(self.reject)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_selected())
        self._show_result(None)
        controller.subscribe(self, {Change.LEDGER}, self._records_changed)
        fit_to_screen(self, letters=74, lines=34)
        self.reload()

    # -- the list ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the record of returns again (keeping the one selected)."""
        keep = self.selected()
        records = self.returns.returns()
        self.model.set_records(records)
        has_any = bool(records)
        self.list.setVisible(has_any)
        self.list_label.setVisible(has_any)
        self.empty.setVisible(not has_any)
        self.list.fit()
        ids = [r.id for r in records]
        row = ids.index(keep.id) if keep is not None and keep.id in ids else 0
        if has_any:
            self.list.setCurrentIndex(self.model.index(row, 0))
        self._show_selected()

    def _records_changed(self, _changes: Changes) -> None:
        self.reload()

    def selected(self) -> RecordedReturn | None:
        """The return selected in the list, if any."""
        index = self.list.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.records):
            return None
        return self.model.records[index.row()]

    def _show_selected(self) -> None:
        record = self.selected()
        self.again_button.setEnabled(record is not None and self.operation is None)
        if record is None:
            self.details_heading.hide()
            self.details.set_rows([])
            return
        self.details_heading.show()
        self.details_heading.setText(
            translate("ReturnsWindow", "The return of {period}").format(
                period=record.period.describe()
            )
        )
        totals = record.totals
        rows = [
            (translate("ReturnsWindow", "Account"), record.account_name),
            (translate("ReturnsWindow", "Made on"), made_at(record)),
            (translate("ReturnsWindow", "Made by"), record.produced_by),
            (translate("ReturnsWindow", "Opening balance"), totals.opening.format()),
            (translate("ReturnsWindow", "Money in"), totals.money_in.format()),
            (translate("ReturnsWindow", "Money out"), totals.money_out.format()),
            (translate("ReturnsWindow", "Closing balance"), totals.closing.format()),
            (
                translate("ReturnsWindow", "The bank's closing balance"),
                totals.bank_closing.format()
                if totals.bank_closing is not None
                else translate("ReturnsWindow", "Not known"),
            ),
            (translate("ReturnsWindow", "Entries"), str(totals.entries)),
            (translate("ReturnsWindow", "Receipts"), str(totals.receipts)),
            (translate("ReturnsWindow", "Payments without a receipt"), str(totals.without_receipt)),
            (translate("ReturnsWindow", "Not assigned to a plan line"), str(totals.unassigned)),
            (translate("ReturnsWindow", "Files made"), files_made(record)),
            (
                translate("ReturnsWindow", "Print size"),
                translate("ReturnsWindow", "Large print")
                if record.options.large_print
                else translate("ReturnsWindow", "Normal print"),
            ),
        ]
        if record.plan_version is not None:
            rows.append(
                (
                    translate("ReturnsWindow", "Measured against"),
                    translate("ReturnsWindow", "Plan version {number}").format(
                        number=record.plan_version
                    ),
                )
            )
        if record.bank_note:
            rows.append((translate("ReturnsWindow", "Note on the bank's figure"), record.bank_note))
        self.details.set_rows(rows)

    # -- making one again -------------------------------------------------------------------------
    def make_again(self) -> Operation | None:
        """Ask where to save the copy, then make it."""
        record = self.selected()
        if record is None:
            return None
        start = default_folder(self.controller) / pdf_name(
            record.period, record.options.large_print
        )
        chosen = ask_save_path(
            self,
            translate("ReturnsWindow", "Save the copy of the return"),
            str(start),
            translate("ReturnsWindow", "PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        pdf = with_pdf_suffix(chosen)
        outputs = outputs_beside(pdf, csv="csv" in record.made, pack="pack" in record.made)
        there = existing_files(outputs)
        asked = {pdf} if str(pdf) == chosen else set()  # Qt's dialog asked about that one
        unasked = [path for path in there if path not in asked]
        if unasked and not ask_replace(self, unasked):
            return None
        return self.remake_into(record, outputs, overwrite=bool(there))

    def remake_into(
        self, record: RecordedReturn, outputs: ReturnOutputs, *, overwrite: bool = False
    ) -> Operation:
        """Make ``record`` again into ``outputs``, off the GUI thread with progress and Cancel."""
        returns, language = self.returns, current_language()
        self._show_result(None)
        self.again_button.setEnabled(False)

        def work(task: Task) -> RemadeReturn:
            return returns.remake(
                record.id, outputs, overwrite=overwrite, progress=task.report, language=language
            )

        self.operation = run_operation(
            self,
            work,
            done=self._remade_done,
            failed=self._remake_failed,
            cancelled=self._remake_cancelled,
            progress=translate("ReturnsWindow", "Making the return again…"),
            cancellable=True,
        )
        return self.operation

    def _finished(self) -> None:
        self.operation = None
        self.again_button.setEnabled(self.selected() is not None)

    def _remade_done(self, remade: RemadeReturn) -> None:
        self._finished()
        self.remade = remade
        day = format_date(remade.record.produced_at.astimezone().date())
        if remade.identical:
            heading = translate("ReturnsWindow", "✓ The copy is the same as the return sent")
            text = translate(
                "ReturnsWindow",
                "The PDF is identical, byte for byte, to the one made on {day}.",
            ).format(day=day)
        else:
            heading = translate("ReturnsWindow", "⚠ The copy is not the same as the return sent")
            reasons = "\n".join(f"• {reason}" for reason in remade.differences)
            text = translate(
                "ReturnsWindow",
                "The records have changed since the return was made on {day}, so the copy "
                "shows them as they are now:\n{reasons}",
            ).format(day=day, reasons=reasons)
        files = saved_files_text(remade.produced)
        self._show_result(heading, f"{text}\n\n{files}", pdf=remade.produced.outputs.pdf)
        self.remade_ready.emit(remade)

    def _remake_failed(self, exc: BaseException) -> None:
        self._finished()
        message = (
            exc.message
            if isinstance(exc, PHBError)
            else translate(
                "ReturnsWindow",
                "The copy could not be made because of an unexpected problem. Nothing was "
                "saved, and your records are safe.",
            )
        )
        self._show_result(translate("ReturnsWindow", "The copy was not made"), message)
        self.outcome.setProperty("role", "error")
        self.outcome.style().polish(self.outcome)
        self.stopped.emit(message)

    def _remake_cancelled(self) -> None:
        self._finished()
        message = translate("ReturnsWindow", "You stopped it: nothing was saved.")
        self._show_result(translate("ReturnsWindow", "The copy was not made"), message)
        self.stopped.emit(message)

    def _show_result(self, heading: str | None, text: str = "", pdf: Path | None = None) -> None:
        self.outcome.setProperty("role", "")
        self.outcome.style().polish(self.outcome)
        self.result_heading.setText(heading or "")
        self.outcome.setText(text)
        self.result_heading.setVisible(heading is not None)
        self.outcome.setVisible(heading is not None)
        self.open_buttons.setVisible(pdf is not None)
        if pdf is not None:
            self.open_buttons.use(pdf)
            self.open_buttons.open_pdf.setFocus()
        if heading is not None:
            # once laid out, bring what was made into view
            QTimer.singleShot(
                0, self.page, lambda: self.page.ensureWidgetVisible(self.outcome, 0, 0)
            )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()
        target = self.list if self.list.isVisible() else self.close_button
        target.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def show_returns_sent(parent: QWidget, controller: PlanController) -> ReturnsSentDialog:
    """Open "Returns sent" for the controller's plan over ``parent`` (window-modal, deleted
    once closed) and return it."""
    dialog = ReturnsSentDialog(controller, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
