"""File › Backups…: this plan's backups with their dates, reasons and sizes; make one; restore one.

A backup is restored over the open plan — after a confirmation that asks for the plan's
passphrase (or uses the one remembered on this computer), the plan as it is now kept as a backup
first — or to a new file. Either way the restore is written into the file's history. The work
runs in the background with progress; the window carries on with the restored plan.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import PHBError
from ..domain.text import translate
from ..services.files import BackupInfo
from ..services.restore import reason_words, when_made
from .dialog_size import fit
from .flow import FlowLayout
from .operations import Task, run_operation
from .stacking import TableOrBlocks
from .theme import set_role

Index = QModelIndex | QPersistentModelIndex


def size_text(size: int) -> str:
    """A file size in words people read ("3.2 MB")."""
    if size < 1024 * 1024:
        return translate("Backups", "{n} KB").format(n=max(1, round(size / 1024)))
    if size < 1024**3:
        return translate("Backups", "{n} MB").format(n=f"{size / 1024 / 1024:.1f}")
    return translate("Backups", "{n} GB").format(n=f"{size / 1024**3:.2f}")


class BackupsModel(QAbstractTableModel):
    """The backups, newest first: when, why, how big."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups: list[BackupInfo] = []

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self.backups = list(backups)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        info = self.backups[index.row()]
        return (when_made(info), reason_words(info.reason), size_text(info.size))[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                translate("Backups", "Made on"),
                translate("Backups", "Why"),
                translate("Backups", "Size"),
            )[section]
        return None


class ConfirmRestoreDialog(QDialog):
    """Ask before a restore, with the passphrase as the confirmation (unless remembered)."""

    def __init__(
        self, info: BackupInfo, parent: QWidget | None, *, over: bool, remembered: bool,
        problem: str = "",
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("confirm_restore")
        self.setWindowTitle(translate("Backups", "Restore a backup"))
        self.remembered = remembered
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        if over:
            text = translate(
                "Backups",
                "Put the plan back as it was on {when}? Every change made since then will be "
                "replaced. First, the plan as it is now is kept as a backup. So you can undo this "
                "by restoring that backup.",
            )
        else:
            text = translate(
                "Backups",
                "Make a new plan file from the backup of {when}? The plan open now is not changed.",
            )
        message = QLabel(text.format(when=when_made(info)), self)
        message.setWordWrap(True)
        set_role(message, "subheading")
        layout.addWidget(message)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        label = QLabel(translate("Backups", "Type the plan's passphrase to go ahead"), self)
        label.setWordWrap(True)
        label.setBuddy(self.passphrase)
        self.passphrase.setAccessibleName(label.text())
        self.show_it = QCheckBox(translate("Backups", "Show the passphrase"), self)
        self.show_it.toggled.connect(
            lambda on: self.passphrase.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        for widget in (label, self.passphrase, self.show_it):
            layout.addWidget(widget)
            widget.setVisible(not remembered)
        self.problem = QLabel(problem, self)
        self.problem.setWordWrap(True)
        set_role(self.problem, "error")
        self.problem.setVisible(bool(problem))
        self.passphrase.setAccessibleDescription(problem)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(self)
        go = buttons.addButton(
            translate("Backups", "Replace the plan with this backup")
            if over
            else translate("Backups", "Choose where to save it…"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        go.setProperty("role", "primary")
        cancel = buttons.addButton(
            translate("Backups", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        cancel.setDefault(True)  # Enter does not replace a plan by accident
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        fit(self, 44)
        super().showEvent(event)
        if not self.remembered:
            self.passphrase.setFocus()

    def take_passphrase(self) -> str | None:
        """The passphrase typed (the box is emptied), or None to use the remembered one."""
        if self.remembered:
            return None
        typed = self.passphrase.text()
        self.passphrase.setText("")
        return typed


class BackupsDialog(QDialog):
    """The Backups dialog (see the module's description)."""

    restored = Signal()

    def __init__(self, session: Any, parent: QWidget | None, *, remembered: bool) -> None:
        super().__init__(parent)
        self.setObjectName("backups_dialog")
        self.session = session
        self.remembered = remembered and not session.supporter
        self.setWindowTitle(translate("Backups", "Backups"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        heading = QLabel(translate("Backups", "Backups of this plan"), self)
        set_role(heading, "heading")
        layout.addWidget(heading)
        folder = session.backup_folder
        if folder is None:
            where = translate("Backups", "No backups are being made (you chose none).")
        else:
            where = translate(
                "Backups",
                "Encrypted copies, made when enough has changed. They are kept in {folder}.",
            ).format(folder=folder)
        self.where = QLabel(where, self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.model = BackupsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(translate("Backups", "Backups"))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table_place = TableOrBlocks(self.table, self)
        layout.addWidget(self.table_place, 1)
        self.empty = QLabel(translate("Backups", "There are no backups yet."), self)
        set_role(self.empty, "note")
        layout.addWidget(self.empty)
        note = QLabel(
            translate(
                "Backups",
                "Restoring puts the plan back as it was then. The plan as it is now is kept as "
                "a backup first. Restoring to a new file leaves this plan as it is.",
            ),
            self,
        )
        note.setWordWrap(True)
        set_role(note, "note")
        layout.addWidget(note)
        actions = FlowLayout()
        self.make_button = QPushButton(translate("Backups", "Make a backup now"), self)
        self.over_button = QPushButton(translate("Backups", "Restore over this plan…"), self)
        self.new_button = QPushButton(translate("Backups", "Restore to a new file…"), self)
        for button in (self.make_button, self.over_button, self.new_button):
            actions.addWidget(button)
        layout.addLayout(actions)
        self.make_button.clicked.connect(self.make_backup)
        self.over_button.clicked.connect(lambda: self.restore(over=True))
        self.new_button.clicked.connect(lambda: self.restore(over=False))
        self.make_button.setEnabled(folder is not None and not session.read_only)
        buttons = QDialogButtonBox(self)
        buttons.addButton(translate("Backups", "Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        fit(self, 60, 24)
        super().showEvent(event)
        self.table_place.setFocus()

    def refresh(self) -> None:
        """List the backups again (newest first, the newest selected)."""
        self.model.set_backups(self.session.list_backups())
        self.empty.setVisible(not self.model.backups)
        self.table_place.setVisible(bool(self.model.backups))
        if self.model.backups:
            self.table.selectRow(0)
        self._enable()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.over_button.setEnabled(chosen and not self.session.read_only)
        self.new_button.setEnabled(chosen)

    # -- making one ----------------------------------------------------------------------------
    def make_backup(self) -> None:
        session = self.session
        run_operation(
            self,
            lambda _task: session.backup_now("manual"),
            done=lambda _path: self._made(),
            progress=translate("Backups", "Making a backup…"),
        )

    def _made(self) -> None:
        self.refresh()
        self._tell(translate("Backups", "A backup was made."))

    # -- restoring -----------------------------------------------------------------------------
    def restore(self, *, over: bool, problem: str = "") -> None:
        """Ask, then restore the selected backup over this plan or to a new file."""
        info = self.selected()
        if info is None:
            return
        ask = ConfirmRestoreDialog(
            info, self, over=over, remembered=self.remembered, problem=problem
        )
        try:
            if ask.exec() != QDialog.DialogCode.Accepted:
                return
            passphrase = ask.take_passphrase()
        finally:
            ask.deleteLater()
        if over:
            self._restore_over(info, passphrase)
        else:
            self._restore_to_new(info, passphrase)

    def _passphrase(self, typed: str | None) -> str:
        """(On the worker) the passphrase typed, or the one remembered on this computer."""
        if typed is not None:
            return typed
        from ..services.files import WrongPassphraseError, remembered_passphrase

        found = remembered_passphrase(Path(str(self.session.path)))
        if found is None:
            raise WrongPassphraseError(self.session.path)
        return found

    def _restore_over(self, info: BackupInfo, typed: str | None) -> None:
        session = self.session

        def work(_task: Task) -> Path:
            from ..services.restore import restore_over

            return restore_over(session, info, self._passphrase(typed))

        run_operation(
            self, work, done=self._restored, failed=lambda exc: self._failed(exc, over=True),
            progress=translate("Backups", "Restoring the backup…"),
        )  # fmt: skip

    def _restored(self, kept: Path) -> None:
        self.refresh()
        self.restored.emit()
        self._tell(
            translate(
                "Backups",
                "The plan is back as it was then. The plan as it was before is kept as a backup "
                "({file}).",
            ).format(file=kept.name)
        )

    def _restore_to_new(self, info: BackupInfo, typed: str | None) -> None:
        from .filedialogs import ask_save_path

        plan = Path(str(self.session.path))
        start = plan.with_name(
            translate("Backups", "{name} restored.phbplan").format(name=plan.stem)
        )
        target = ask_save_path(
            self,
            translate("Backups", "Save the restored plan as"),
            str(start),
            translate("Backups", "PHB Planner plans (*.phbplan)"),
        )
        if not target:
            return
        to = Path(target if target.endswith(".phbplan") else target + ".phbplan")
        session = self.session

        def work(_task: Task) -> Path:
            from ..services.restore import restore_to_new

            return restore_to_new(
                info, to, self._passphrase(typed), author=session.author,
                supporter=session.supporter,
            )  # fmt: skip

        run_operation(
            self, work, done=self._saved_new, failed=lambda exc: self._failed(exc, over=False),
            progress=translate("Backups", "Restoring the backup…"),
        )  # fmt: skip

    def _saved_new(self, path: Path) -> None:
        from .supporter import note_saved

        note_saved(path)
        self._tell(
            translate(
                "Backups",
                "Saved as {file}. This plan is not changed; to use the restored one, close this "
                "plan and open that file.",
            ).format(file=path)
        )

    def _failed(self, exc: BaseException, *, over: bool) -> None:
        from ..services.files import WrongPassphraseError

        message = exc.message if isinstance(exc, PHBError) else translate(
            "Backups", "The backup could not be restored. Nothing has been changed."
        )  # fmt: skip
        if isinstance(exc, WrongPassphraseError) and not self.remembered:
            self.restore(over=over, problem=message)  # ask again, saying why
            return
        self._tell(message, problem=True)

    def _tell(self, message: str, *, problem: bool = False) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning if problem else QMessageBox.Icon.Information)
        box.setWindowTitle(translate("Backups", "Backups"))
        box.setText(message)
        box.addButton(translate("Backups", "OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
