"""The statements imported into this plan, newest first, with "Undo this import".

Undoing from here takes the import's entries out in one transaction (off the GUI thread); the
import stays listed, marked undone. When something would be lost — entries reconciled, changed
by hand or given receipts since, or a later import that relied on this one — the person is told
exactly what, and chooses.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QVBoxLayout, QWidget

from ...domain.documents import short_name
from ...domain.schedule import format_date
from ...domain.text import translate
from ...services.changes import Change, Changes
from ...services.import_undo import ImportInfo, UndoCheck, UndoResult
from ...services.imports import Imports
from ...services.session import PlanSession
from ..controller import PlanController
from ..costed.text_table import TextTableModel
from ..operations import failure_message, run_operation
from ..theme import set_role
from .commands import ask_to_undo_anyway
from .layout import ButtonRow, FittedTable, body_layout, fit_to_screen, scrolling, words_label
from .words import WARNING, count_words, short_when, when_words


def _headings() -> list[str]:
    t = translate
    return [
        t("ImportsList", "When"),
        t("ImportsList", "Statement"),
        t("ImportsList", "Rows"),
        t("ImportsList", "Undone"),
    ]


def statement_words(info: ImportInfo) -> str:
    """“lloyds.csv\nLloyds, into Direct payment account”."""
    return translate("ImportsList", "{file}\n{bank}, into {account}").format(
        file=short_name(info.file_name), bank=info.bank_name, account=info.account_name
    )


def rows_words(info: ImportInfo) -> str:
    """“12 imported, 3 already there”, and the rest when there are any."""
    t = translate
    parts = [t("ImportsList", "{count} imported").format(count=f"{info.imported:,}")]
    if info.duplicates:
        parts.append(t("ImportsList", "{count} already there").format(count=f"{info.duplicates:,}"))
    if info.left_out:
        parts.append(t("ImportsList", "{count} left out").format(count=f"{info.left_out:,}"))
    if info.problems:
        parts.append(
            f"{WARNING} "
            + t("ImportsList", "{count} could not be read").format(count=len(info.problems))
        )
    return ", ".join(parts)


def details_words(info: ImportInfo) -> str:
    """Everything about one import, in sentences."""
    t = translate
    said = [
        t("ImportsList", "Import {id}: {file}, read as {bank}, into {account}.").format(
            id=info.id,
            file=short_name(info.file_name),
            bank=info.bank_name,
            account=info.account_name,
        ),
        t("ImportsList", "Imported on {when} by {who}.").format(
            when=when_words(info.imported_at), who=info.imported_by or t("ImportsList", "someone")
        ),
    ]
    if info.first is not None and info.last is not None:
        said.append(
            t("ImportsList", "Its rows run from {first} to {last}.").format(
                first=format_date(info.first), last=format_date(info.last)
            )
        )
    said.append(
        count_words(
            info.rows_total,
            t("ImportsList", "Its 1 row: {imported} imported."),
            t("ImportsList", "Its {count} rows: {imported} imported."),
            imported=f"{info.imported:,}",
        )
    )
    if info.duplicates:
        said.append(
            count_words(
                info.duplicates,
                t("ImportsList", "1 row was in the records already."),
                t("ImportsList", "{count} rows were in the records already."),
            )
        )
    if info.left_out:
        said.append(
            count_words(
                info.left_out,
                t("ImportsList", "1 row was left out."),
                t("ImportsList", "{count} rows were left out."),
            )
        )
    if info.problems:
        said.append(
            count_words(
                len(info.problems),
                t("ImportsList", "1 row could not be read:"),
                t("ImportsList", "{count} rows could not be read:"),
            )
        )
        said.extend(f"  {problem.message}" for problem in info.problems[:50])
        if len(info.problems) > 50:
            said.append(
                t("ImportsList", "…and {count} more.").format(count=len(info.problems) - 50)
            )
    if info.undone is not None:
        said.append(
            t("ImportsList", "Undone on {when}: its entries were taken out again.").format(
                when=when_words(info.undone)
            )
        )
    return "\n".join(said)


class ImportsDialog(QDialog):
    """Every import of the plan, with what each did, and "Undo this import"."""

    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        t = translate
        self.setObjectName("imports_list")
        self.setWindowTitle(t("ImportsList", "Statements imported"))
        self.imports = Imports(cast(PlanSession, controller.session))
        self.read_only = bool(controller.session.read_only)
        #: says what undoing would lose; tests replace it
        self.ask_losses = ask_to_undo_anyway
        self.ask_sure = self._ask_sure
        self.infos: list[ImportInfo] = []
        self.undoing = False
        outer = QVBoxLayout(self)
        heading = words_label(t("ImportsList", "Statements imported"), self)
        set_role(heading, "heading")
        outer.addWidget(heading)
        body = QWidget(self)
        layout = body_layout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            words_label(
                t(
                    "ImportsList",
                    "Every statement imported into this plan, newest first. Undoing an import "
                    "takes all its entries out of your records again; it stays in this list, "
                    "marked as undone.",
                ),
                body,
            )
        )
        self.model = TextTableModel(_headings(), parent=self)
        self.table = FittedTable(
            self.model,
            [0, 1, 1, 0],
            t("ImportsList", "Imports"),
            body,
            fixed={0: ["30/12/2026 23:59"], 3: ["30/12/2026 23:59"]},
        )
        self.table.setObjectName("imports_table")
        self.table.visible_rows(3)
        layout.addWidget(self.table, 2)
        self.details = words_label("", body)
        self.details.setObjectName("import_details")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.details)
        self.status = words_label("", body, "subheading")
        self.status.setObjectName("imports_status")
        layout.addWidget(self.status)
        layout.addStretch(1)
        outer.addWidget(scrolling(body, self), 1)
        self.buttons = ButtonRow(self)
        self.undo_button = self.buttons.add(
            t("ImportsList", "&Undo this import"), name="undo_import"
        )
        self.close_button = self.buttons.add(t("ImportsList", "Close"), name="close")
        outer.addWidget(self.buttons)
        self.undo_button.clicked.connect(self.undo_selected)
        self.close_button.clicked.connect(self.reject)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        controller.subscribe(self, Change.IMPORTS, self._changed)
        self.reload()
        self.fit()

    def fit(self, room: QRect | None = None) -> None:
        """Size the dialog for its text, within the screen (or ``room``)."""
        fit_to_screen(self, 120, 36, room)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def reject(self) -> None:
        if not self.undoing:
            super().reject()

    def _changed(self, _changes: Changes) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the list again, keeping the selected import."""
        chosen = self.selected()
        self.infos = self.imports.imports()
        self.model.set_rows(
            [
                short_when(info.imported_at),
                statement_words(info),
                rows_words(info),
                short_when(info.undone) if info.undone else translate("ImportsList", "No"),
            ]
            for info in self.infos
        )
        row = next((n for n, info in enumerate(self.infos) if chosen and info.id == chosen.id), 0)
        if self.infos:
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self.details.setText(translate("ImportsList", "No statement has been imported yet."))
        self._update()

    def selected(self) -> ImportInfo | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.infos):
            return None
        return self.infos[index.row()]

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() < len(self.infos):
            self.details.setText(details_words(self.infos[current.row()]))
        self._update()

    def _update(self) -> None:
        info = self.selected()
        can = info is not None and info.undone is None and not self.read_only
        self.undo_button.setEnabled(can and not self.undoing)
        if info is not None and info.undone is not None:
            self.undo_button.setToolTip(translate("ImportsList", "This import is undone already."))
        else:
            self.undo_button.setToolTip("")
        self.close_button.setEnabled(not self.undoing)

    # -- undoing ----------------------------------------------------------------------------------
    def undo_selected(self) -> None:
        """Undo the selected import, after saying what it takes out (and anything lost)."""
        info = self.selected()
        if info is None or info.undone is not None or self.undoing:
            return
        try:
            check = self.imports.undo_check(info.id)
        except Exception as exc:
            self.status.setText(
                failure_message(exc, translate("ImportsList", "It was not undone."))
            )
            return
        if check.losses:
            if not self.ask_losses(self, check):
                return
        elif not self.ask_sure(check):
            return
        imports, force = self.imports, bool(check.losses)
        self.undoing = True
        self._update()

        def done(result: UndoResult) -> None:
            self.undoing = False
            self.status.setText(
                count_words(
                    result.removed,
                    translate("ImportsList", "Import {id} was undone: 1 entry was taken out."),
                    translate(
                        "ImportsList", "Import {id} was undone: {count} entries were taken out."
                    ),
                    id=result.import_id,
                )
            )
            self.reload()

        def failed(exc: BaseException) -> None:
            self.undoing = False
            self.status.setText(
                failure_message(exc, translate("ImportsList", "It was not undone."))
            )
            self._update()

        run_operation(
            self,
            lambda _task: imports.undo(info.id, force=force),
            done=done,
            failed=failed,
            progress=translate("ImportsList", "Undoing the import…"),
        )

    def _ask_sure(self, check: UndoCheck) -> bool:
        box = QMessageBox(self)
        box.setObjectName("undo_import_sure")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("ImportsList", "Undo this import?"))
        box.setText(
            translate(
                "ImportsList",
                "Undo the import of {name}? Its {count} entries are taken out of your records. "
                "To get them back, import the statement again.",
            ).format(name=short_name(check.info.file_name), count=check.state.entries)
        )
        keep = box.addButton(translate("ImportsList", "Keep it"), QMessageBox.ButtonRole.RejectRole)
        undo = box.addButton(
            translate("ImportsList", "Undo the import"), QMessageBox.ButtonRole.AcceptRole
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is undo
