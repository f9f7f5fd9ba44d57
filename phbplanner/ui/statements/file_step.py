"""The import's first step: the statement file, the account it is for, and its bank.

The bank is worked out from the file (or remembered for the account) and said in words with how
sure that is; the person can choose another. HSBC's files have no headings, so a file that only
looks like one is asked about: the person says it is from HSBC, or chooses its bank.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...domain.ledger import Account
from ...domain.text import translate
from ...services.import_columns import bank_choices
from ...services.import_preview import ImportPreview
from .layout import FieldBox, body_layout, choice_box, problem_label, words_label
from .words import detection_words, needs_confirming

#: The bank combo's entry for "my bank is not listed: I will say which column is what".
COLUMNS = "generic"


class FileStep(QWidget):
    """Choose the file, the account and the bank."""

    choose_file = Signal()
    account_changed = Signal()
    bank_changed = Signal()

    def __init__(self, accounts: Sequence[Account], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        t = translate
        layout = body_layout(self)
        layout.addWidget(
            words_label(
                t(
                    "ImportDialog",
                    "Choose the statement you downloaded from your bank: a CSV, OFX, QIF or text "
                    "file. Nothing is stored until you confirm, after checking every row.",
                ),
                self,
            )
        )
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.file_name = QLineEdit()
        self.file_name.setReadOnly(True)
        self.file_name.setObjectName("statement_file")
        self.file_box = FieldBox(t("ImportDialog", "Statement &file"), self.file_name, row)
        self.file_box.set_note(t("ImportDialog", "No file chosen yet."))
        row_layout.addWidget(self.file_box, 1)
        self.choose_button = QPushButton(t("ImportDialog", "&Choose a file…"), row)
        self.choose_button.setObjectName("choose_file")
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file.emit)
        row_layout.addWidget(self.choose_button)
        layout.addWidget(row)

        self.accounts = list(accounts)
        self.account = choice_box("account")
        for account in self.accounts:
            self.account.addItem(account.name, account.id)
        self.account_box = FieldBox(
            t("ImportDialog", "&Account"),
            self.account,
            self,
            note=t("ImportDialog", "The bank account or card this statement is for."),
        )
        self.account.currentIndexChanged.connect(lambda _i: self.account_changed.emit())
        layout.addWidget(self.account_box)

        self.detected = words_label("", self, "subheading")
        self.detected.setObjectName("detected_bank")
        self.detected.hide()
        layout.addWidget(self.detected)
        self.bank = choice_box("bank")
        for key, name in bank_choices():
            if key == COLUMNS:
                name = t("ImportDialog", "Another bank: I will say which column is what")
            self.bank.addItem(name, key)
        self.bank_box = FieldBox(t("ImportDialog", "&Bank"), self.bank, self)
        self.bank.currentIndexChanged.connect(lambda _i: self._bank_picked())
        layout.addWidget(self.bank_box)
        self.confirm = QCheckBox(self)
        self.confirm.setObjectName("confirm_bank")
        self.confirm_problem = problem_label(self)
        self.confirm.toggled.connect(lambda _on: self.confirm_problem.hide())
        layout.addWidget(self.confirm)
        layout.addWidget(self.confirm_problem)
        self.status = words_label("", self, "note")
        self.status.setObjectName("file_status")
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._quiet = False
        self.preview: ImportPreview | None = None
        self.show_bank(None)

    # -- what the person chose ------------------------------------------------------------------
    def account_id(self) -> int | None:
        value = self.account.currentData()
        return int(value) if value is not None else None

    def account_name(self) -> str:
        return self.account.currentText()

    def bank_key(self) -> str:
        return str(self.bank.currentData())

    def set_bank(self, key: str) -> None:
        """Show ``key`` chosen without it counting as the person's choice."""
        self._quiet = True
        try:
            for position in range(self.bank.count()):
                if self.bank.itemData(position) == key:
                    self.bank.setCurrentIndex(position)
        finally:
            self._quiet = False

    def _bank_picked(self) -> None:
        self._update_confirm()
        if not self._quiet:
            self.bank_changed.emit()

    # -- what was read ----------------------------------------------------------------------------
    def show_file(self, name: str) -> None:
        self.file_name.setText(name)
        self.file_name.setCursorPosition(0)
        self.file_box.set_note("")
        self.file_box.set_problem("")

    def show_bank(self, preview: ImportPreview | None, *, columns: bool = False) -> None:
        """Say how ``preview`` was read (``columns``: it needs the person's columns)."""
        self.preview = preview
        has_file = bool(self.file_name.text())
        if preview is None:
            self.detected.setVisible(columns)
            self.detected.setText(
                translate(
                    "ImportDialog",
                    "The columns of this file could not be found from its headings. Say which "
                    "column is what on the next step.",
                )
                if columns
                else ""
            )
            self.bank_box.setVisible(has_file)
            if columns:
                self.set_bank(COLUMNS)
            self._update_confirm()
            return
        self.detected.setText(detection_words(preview))
        self.detected.show()
        statement = preview.statement
        self.bank_box.setVisible(statement.file_format in ("csv",))
        if preview.mapping is not None or statement.bank == "generic":
            self.set_bank(COLUMNS)
        elif statement.file_format == "csv":
            self.set_bank(statement.bank)
        self._update_confirm()

    def _update_confirm(self) -> None:
        preview = self.preview
        asking = (
            preview is not None
            and needs_confirming(preview)
            and self.bank_key() == preview.statement.bank
        )
        if asking and preview is not None:
            self.confirm.setText(
                translate("ImportDialog", "Yes, this statement is from {bank}").format(
                    bank=preview.statement.bank_name
                )
            )
            self.confirm.setAccessibleName(self.confirm.text())
        self.confirm.setVisible(asking)
        if not asking:
            self.confirm_problem.hide()

    def confirmed(self) -> bool:
        """False (and the reason shown) while a bank that is not sure is neither confirmed nor
        changed."""
        if not self.confirm.isVisible() or self.confirm.isChecked():
            return True
        self.confirm_problem.setText(
            translate(
                "ImportDialog",
                "Tick the box if the statement is from {bank}, or choose its bank above.",
            ).format(bank=self.preview.statement.bank_name if self.preview else "")
        )
        self.confirm_problem.show()
        self.confirm.setAccessibleDescription(self.confirm_problem.text())
        self.confirm.setFocus()
        return False

    def set_status(self, text: str) -> None:
        self.status.setText(text)
