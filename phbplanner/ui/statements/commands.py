"""An import as one step on the window's shared undo stack.

The import itself runs on a worker thread (the dialog confirms the preview there); the step is
pushed once it is stored, so its first ``apply`` has nothing left to do. Undo takes the whole
import out again through the service — which refuses when entries of it were reconciled,
changed by hand or given receipts since, or a later import relied on it: the person is then
told exactly what would be lost and chooses to undo it anyway or keep it. Redo confirms the same
preview again (rows are checked for duplicates again then).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ...domain.documents import short_name
from ...domain.text import translate
from ...services.import_preview import ImportPreview
from ...services.imports import (
    ImportResult,
    Imports,
    RowChoice,
    StatementImportError,
    UndoCheck,
    UndoRefused,
)
from ..controller import Command


def ask_to_undo_anyway(parent: QWidget | None, check: UndoCheck) -> bool:
    """Say what undoing an import would lose; True only for "Undo it anyway"."""
    box = QMessageBox(parent)
    box.setObjectName("undo_import_losses")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("StatementUndo", "Undo this import?"))
    box.setText(
        translate(
            "StatementUndo",
            "Undoing the import of {name} takes out its {count} entries, and something would be "
            "lost:",
        ).format(name=short_name(check.info.file_name), count=check.state.entries)
    )
    box.setInformativeText("\n".join(f"• {loss}" for loss in check.losses))
    keep = box.addButton(
        translate("StatementUndo", "Keep the import"), QMessageBox.ButtonRole.RejectRole
    )
    anyway = box.addButton(
        translate("StatementUndo", "Undo it anyway"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is anyway


class ImportCommand(Command):
    """A statement imported; undo takes it out as a whole, redo imports it again."""

    def __init__(
        self,
        imports: Imports,
        preview: ImportPreview,
        result: ImportResult,
        *,
        accept_good_rows: bool,
        choices: Mapping[int, RowChoice],
        ask: Callable[[QWidget | None, UndoCheck], bool] = ask_to_undo_anyway,
    ) -> None:
        assert result.import_id is not None
        super().__init__(
            translate("StatementUndo", "Import {count} rows of {name}").format(
                count=result.imported, name=short_name(preview.file_name)
            )
        )
        self.imports = imports
        self.preview = preview
        self.accept_good_rows = accept_good_rows
        self.choices = dict(choices)
        self.import_id: int = result.import_id
        self.ask = ask
        self._stored = True  # the dialog has stored it: the first apply has nothing to do

    def apply(self) -> None:
        if self._stored:
            return
        with _busy():
            result = self.imports.confirm(
                self.preview,
                accept_good_rows=self.accept_good_rows,
                accept_suggestions=False,
                choices=self.choices,
            )
        if result.import_id is None:
            raise StatementImportError(
                translate(
                    "StatementUndo",
                    "Every row of {name} is in your records already, so there was nothing to "
                    "import again.",
                ).format(name=short_name(self.preview.file_name))
            )
        self.import_id = result.import_id
        self._stored = True

    def revert(self) -> None:
        info = next((i for i in self.imports.imports() if i.id == self.import_id), None)
        if info is None or info.undone is not None:
            self._stored = False  # undone already (from the list of imports): nothing to do
            return
        try:
            with _busy():
                self.imports.undo(self.import_id)
        except UndoRefused as refused:
            if not self.ask(QApplication.activeWindow(), refused.check):
                raise StatementImportError(
                    translate("StatementUndo", "The import of {name} was kept.").format(
                        name=short_name(info.file_name)
                    )
                ) from None
            with _busy():
                self.imports.undo(self.import_id, force=True)
        self._stored = False


class _busy:
    """The waiting cursor while an import is undone or done again on the window's thread."""

    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QApplication.restoreOverrideCursor()
