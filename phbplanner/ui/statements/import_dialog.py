"""Importing a bank statement: choose the file and the account, the bank (or the columns), check
every row, then import — nothing is stored before the last step.

Reading the statement, the live preview of the columns and the import itself run off the GUI
thread (``ui/operations.py``). The import is one step of the window's undo stack
(:class:`~.commands.ImportCommand`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QStandardPaths, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ...domain.entry_checks import plan_lines
from ...domain.ledger import Account
from ...domain.text import translate
from ...services.import_columns import (
    ColumnMapping,
    MappingError,
    Sample,
    StatementRefused,
    StatementTable,
    read_sample,
    statement_table,
    suggested_mapping,
)
from ...services.import_preview import ImportPreview
from ...services.imports import ImportResult, Imports, read_statement_file
from ..controller import PlanController
from ..drafts import DraftDialog
from ..filedialogs import ask_open_path
from ..operations import Task, failure_message, run_operation
from ..theme import set_role
from .check_step import CheckStep
from .columns_step import ColumnsStep
from .commands import ImportCommand
from .file_step import COLUMNS, FileStep
from .layout import ButtonRow, fit_to_screen, scrolling, words_label
from .words import result_words

FILE, COLUMNS_PAGE, CHECK, DONE = 0, 1, 2, 3


@dataclass(frozen=True)
class _Read:
    """A statement file read: its bytes, its first lines, the columns to start from, and the
    preview read as detected (or why it could not be read that way)."""

    data: bytes
    name: str
    table: StatementTable
    suggested: ColumnMapping | None
    preview: ImportPreview | None
    problem: str


class ImportDialog(DraftDialog):
    """The statement import, step by step (see the module's description)."""

    def __init__(
        self,
        controller: PlanController,
        imports: Imports,
        accounts: list[Account],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        t = translate
        self.controller = controller
        self.imports = imports
        self.setObjectName("import_statement")
        self.setWindowTitle(t("ImportDialog", "Import a bank statement"))
        #: asks for the statement file (Qt's own dialog, leaving no trace); tests replace it
        self.ask_path: Callable[[QWidget, str, str, str], str | None] = ask_open_path
        #: the day it is: rows dated after it are checked against it (tests fix it)
        self.today: Callable[[], date] = date.today
        self.data: bytes | None = None
        self.file_name = ""
        self.table: StatementTable | None = None
        self.suggested: ColumnMapping | None = None
        self.preview: ImportPreview | None = None
        self.outcome: ImportResult | None = None
        self.importing = False
        self._reading = False
        self._generation = 0
        self._sample_generation = 0

        outer = QVBoxLayout(self)
        self.heading = words_label("", self)
        set_role(self.heading, "heading")
        outer.addWidget(self.heading)
        self.step_words = words_label("", self, "note")
        outer.addWidget(self.step_words)
        self.stack = QStackedWidget(self)
        self.file_step = FileStep(accounts, self)
        self.columns_step = ColumnsStep(self)
        self.check_step = CheckStep(self)
        self.done_words = words_label("", self)
        self.done_words.setObjectName("import_result")
        done = QWidget(self)
        done_layout = QVBoxLayout(done)
        done_layout.addWidget(self.done_words)
        done_layout.addStretch(1)
        for page in (self.file_step, self.columns_step, self.check_step, done):
            self.stack.addWidget(scrolling(page, self.stack))
        outer.addWidget(self.stack, 1)

        self.buttons = ButtonRow(self)
        self.back_button = self.buttons.add(t("ImportDialog", "Back"), name="back")
        self.next_button = self.buttons.add(t("ImportDialog", "Next"), primary=True, name="next")
        self.import_button = self.buttons.add("", primary=True, name="import")
        self.good_rows_button = self.buttons.add("", name="import_good_rows")
        self.cancel_button = self.buttons.add(t("ImportDialog", "Cancel"), name="cancel")
        outer.addWidget(self.buttons)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.import_button.clicked.connect(lambda: self._import(good_rows_only=False))
        self.good_rows_button.clicked.connect(lambda: self._import(good_rows_only=True))
        self.cancel_button.clicked.connect(self.reject)

        self.file_step.choose_file.connect(self.choose_file)
        self.file_step.account_changed.connect(self._account_changed)
        self.file_step.bank_changed.connect(self._bank_changed)
        self.columns_step.changed.connect(self._read_sample)
        self.check_step.choices_changed.connect(self._update_buttons)
        self._go(FILE)
        self.fit()

    def fit(self, room: QRect | None = None) -> None:
        """Size the dialog for its text, within the screen (or ``room``)."""
        fit_to_screen(self, 140, 44, room)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()
        if self.stack.currentIndex() == FILE and not self.data:
            self.file_step.choose_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    # -- pages and buttons ------------------------------------------------------------------------
    def page(self) -> int:
        return self.stack.currentIndex()

    def _go(self, page: int) -> None:
        t = translate
        self.stack.setCurrentIndex(page)
        headings = {
            FILE: t("ImportDialog", "Import a bank statement"),
            COLUMNS_PAGE: t("ImportDialog", "Which column is what"),
            CHECK: t("ImportDialog", "Check the rows before importing"),
            DONE: t("ImportDialog", "The statement is imported"),
        }
        if page == DONE and (self.outcome is None or self.outcome.import_id is None):
            headings[DONE] = t("ImportDialog", "Nothing was imported")
        self.heading.setText(headings[page])
        steps = 4 if self.file_step.bank_key() == COLUMNS else 3
        number = {FILE: 1, COLUMNS_PAGE: 2, CHECK: steps - 1, DONE: steps}[page]
        self.step_words.setText(
            t("ImportDialog", "Step {number} of {steps}").format(number=number, steps=steps)
        )
        self._update_buttons()
        focus: QWidget | None = {
            COLUMNS_PAGE: self.columns_step.combos["date"],
            CHECK: self.check_step.table,
            DONE: self.cancel_button,
        }.get(page)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        t = translate
        page = self.page()
        busy = self._reading or self.importing
        self.back_button.setVisible(page in (COLUMNS_PAGE, CHECK))
        self.next_button.setVisible(page in (FILE, COLUMNS_PAGE))
        self.next_button.setEnabled(not busy and self.data is not None)
        model = self.check_step.model
        importing = model.will_import() if model is not None and page == CHECK else 0
        problems = bool(self.preview and self.preview.problems)
        self.import_button.setVisible(page == CHECK and importing > 0 and not problems)
        self.good_rows_button.setVisible(page == CHECK and importing > 0 and problems)
        if importing:
            self.import_button.setText(
                t("ImportDialog", "Import 1 row")
                if importing == 1
                else t("ImportDialog", "Import {count} rows").format(count=f"{importing:,}")
            )
            self.good_rows_button.setText(
                t("ImportDialog", "Import only the 1 good row")
                if importing == 1
                else t("ImportDialog", "Import only the {count} good rows").format(
                    count=f"{importing:,}"
                )
            )
        for button in (self.import_button, self.good_rows_button):
            button.setEnabled(not busy)
        self.cancel_button.setText(
            t("ImportDialog", "Close") if page == DONE or (page == CHECK and not importing)
            else t("ImportDialog", "Cancel")
        )  # fmt: skip
        self.cancel_button.setEnabled(not self.importing)
        default: QPushButton | None = {
            FILE: self.next_button,
            COLUMNS_PAGE: self.next_button,
            CHECK: self.import_button if self.import_button.isVisible() else None,
            DONE: self.cancel_button,
        }.get(page)
        for button in (self.next_button, self.import_button, self.good_rows_button,
                       self.cancel_button, self.back_button):  # fmt: skip
            button.setDefault(button is default)
        self.buttons.flow.invalidate()

    def has_changes(self) -> bool:
        """A statement chosen and not imported: closing now would lose the checking done
        (not when the statement has nothing to import: the button then says Close)."""
        model = self.check_step.model
        if self.page() == CHECK and model is not None and not model.will_import():
            return False
        return self.data is not None and self.outcome is None

    def reject(self) -> None:
        if self.importing:
            return  # the import finishes first (it is one transaction: all or nothing)
        super().reject()

    # -- reading off the GUI thread ---------------------------------------------------------------
    def _run(
        self,
        work: Callable[[Task], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        words: str,
    ) -> None:
        """Run ``work`` off the GUI thread; only the latest request's answer is used."""
        self._generation += 1
        generation = self._generation
        self._reading = True
        self.file_step.set_status(words)
        self._update_buttons()

        def finish(call: Callable[[Any], None], value: Any) -> None:
            if generation != self._generation:
                return  # an answer to a question no longer asked
            self._reading = False
            self.file_step.set_status("")
            call(value)
            self._update_buttons()

        run_operation(
            self,
            work,
            done=lambda value: finish(done, value),
            failed=lambda exc: finish(failed, exc),
            progress=words,
        )

    def choose_file(self) -> None:
        """Ask for the statement file, then read it."""
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        path = self.ask_path(
            self,
            translate("ImportDialog", "Choose a bank statement"),
            start,
            translate(
                "ImportDialog", "Bank statements (*.csv *.ofx *.qfx *.qif *.txt);;All files (*)"
            ),
        )
        if path:
            self.read_file(Path(path))

    def read_file(self, path: Path) -> None:
        """Read the statement at ``path`` (into memory only) and work out its bank."""
        self._read(lambda: read_statement_file(path), path.name)

    def read_data(self, data: bytes, name: str) -> None:
        """Read a statement already in memory (``name`` is how it is called)."""
        self._read(lambda: data, name)

    def _read(self, load: Callable[[], bytes], name: str) -> None:
        imports, account_id, today = self.imports, self.file_step.account_id(), self.today()

        def work(_task: Task) -> _Read:
            data = load()
            table = statement_table(data)
            preview, problem = None, ""
            try:
                preview = imports.preview(data, name, account_id=account_id, today=today)
            except StatementRefused as exc:
                problem = exc.message
            known = None
            if preview is not None:
                known = preview.mapping or preview.statement.mapping
            return _Read(data, name, table, suggested_mapping(data, known), preview, problem)

        self.file_step.show_file(name)
        self._run(
            work,
            self._file_read,
            self._file_failed,
            translate("ImportDialog", "Reading the statement…"),
        )

    def _file_read(self, read: _Read) -> None:
        self.data, self.file_name, self.table = read.data, read.name, read.table
        self.suggested, self.preview = read.suggested, read.preview
        self.file_step.show_file(read.name)
        self.file_step.show_bank(read.preview, columns=read.preview is None)
        if read.preview is None:
            self.file_step.bank_box.set_problem(read.problem)
        else:
            self.file_step.bank_box.set_problem("")
        if self.page() != FILE:
            self._go(FILE)  # another statement: its bank and rows are checked from the start
        self.file_step.bank.setFocus()

    def _file_failed(self, exc: BaseException) -> None:
        self.data = None
        self.preview = None
        self.file_step.show_bank(None)
        self.file_step.file_name.setText("")
        self.file_step.file_box.set_problem(
            failure_message(exc, translate("ImportDialog", "This file could not be read."))
        )
        self.file_step.choose_button.setFocus()

    def _account_changed(self) -> None:
        if self.data is not None:
            self._reread(bank=None, mapping=None)

    def _bank_changed(self) -> None:
        self.file_step.bank_box.set_problem("")
        if self.data is None:
            return
        key = self.file_step.bank_key()
        if key == COLUMNS:
            self.file_step.detected.setText(
                translate("ImportDialog", "Say which column is what on the next step.")
            )
            return
        self._reread(bank=key, mapping=None)

    def _reread(
        self, *, bank: str | None, mapping: ColumnMapping | None, then: int | None = None
    ) -> None:
        """Work the preview out again (another account, bank or columns)."""
        data, name = self.data, self.file_name
        assert data is not None
        imports, account_id, today = self.imports, self.file_step.account_id(), self.today()

        def work(_task: Task) -> ImportPreview:
            return imports.preview(
                data, name, account_id=account_id, bank=bank, mapping=mapping, today=today
            )

        def done(preview: ImportPreview) -> None:
            self.preview = preview
            if then is None:
                self.file_step.show_bank(preview)
                self.file_step.bank_box.set_problem("")
            else:
                self._show_check(preview)

        def failed(exc: BaseException) -> None:
            message = failure_message(
                exc, translate("ImportDialog", "This file could not be read.")
            )
            if self.page() == COLUMNS_PAGE:
                self.columns_step.show_problem(message)
            else:
                self.preview = None
                self.file_step.show_bank(None, columns=False)
                self.file_step.bank_box.set_problem(message)

        self._run(work, done, failed, translate("ImportDialog", "Reading the statement…"))

    # -- the columns ------------------------------------------------------------------------------
    def _read_sample(self) -> None:
        data = self.data
        if data is None or self.page() != COLUMNS_PAGE:
            return
        try:
            mapping = self.columns_step.mapping()
        except MappingError:
            self.columns_step.show_sample(None)
            return
        self._sample_generation += 1
        generation = self._sample_generation

        def done(sample: Sample) -> None:
            if generation == self._sample_generation:
                self.columns_step.show_sample(sample)

        def failed(exc: BaseException) -> None:
            if generation == self._sample_generation:
                message = failure_message(
                    exc, translate("ImportDialog", "This file could not be read.")
                )
                self.columns_step.show_sample(None, message)

        run_operation(self, lambda _task: read_sample(data, mapping), done=done, failed=failed)

    # -- moving on --------------------------------------------------------------------------------
    def _next(self) -> None:
        if self.data is None:
            return
        if self.page() == FILE:
            if not self.file_step.confirmed():
                return
            if self.file_step.bank_key() == COLUMNS and self.file_step.bank_box.isVisible():
                assert self.table is not None
                start = self.suggested
                if self.preview is not None and self.preview.mapping is not None:
                    start = self.preview.mapping
                self.columns_step.set_table(self.table, start)
                self._go(COLUMNS_PAGE)
                self._read_sample()
                return
            preview = self.preview
            key = self.file_step.bank_key()
            if preview is not None and (
                not self.file_step.bank_box.isVisible()
                or (preview.mapping is None and preview.statement.bank == key)
            ):
                self._show_check(preview)
                return
            self._reread(bank=key, mapping=None, then=CHECK)
            return
        if self.page() == COLUMNS_PAGE:
            try:
                mapping = self.columns_step.mapping()
            except MappingError:
                return
            self._reread(bank=None, mapping=mapping, then=CHECK)

    def _back(self) -> None:
        if self.page() == CHECK and self.file_step.bank_key() == COLUMNS:
            self._go(COLUMNS_PAGE)
        else:
            self._go(FILE)

    def _show_check(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.check_step.show_preview(preview, plan_lines(self.controller.plan))
        self._go(CHECK)

    # -- importing --------------------------------------------------------------------------------
    def _import(self, *, good_rows_only: bool) -> None:
        model, preview = self.check_step.model, self.preview
        if model is None or preview is None or self.importing:
            return
        if preview.problems and not good_rows_only:
            return  # a statement with bad rows is imported only by the explicit choice
        choices = model.confirm_choices()
        imports = self.imports
        self.importing = True
        self._update_buttons()

        def work(_task: Task) -> ImportResult:
            return imports.confirm(
                preview, accept_good_rows=good_rows_only, accept_suggestions=False, choices=choices
            )

        def done(result: ImportResult) -> None:
            self.importing = False
            self.outcome = result
            if result.import_id is not None:
                self.controller.push(
                    ImportCommand(imports, preview, result, accept_good_rows=good_rows_only,
                                  choices=choices)
                )  # fmt: skip
                self.done_words.setText(
                    "\n\n".join(result_words(result, preview.account.name, preview.file_name))
                )
            else:
                self.done_words.setText(
                    translate(
                        "ImportDialog",
                        "Nothing was stored: every row is in your records already, or left out.",
                    )
                )
            self._go(DONE)

        def failed(exc: BaseException) -> None:
            self.importing = False
            self._update_buttons()
            message = failure_message(
                exc,
                translate(
                    "ImportDialog", "The statement could not be imported. Nothing was stored."
                ),
            )
            self.check_step.show_import_problem(message)

        run_operation(
            self,
            work,
            done=done,
            failed=failed,
            progress=translate("ImportDialog", "Importing the statement…"),
        )
