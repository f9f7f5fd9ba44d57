"""Export the plan as a PDF (normal or large print, current or an agreed version, English or
Welsh) off the GUI thread with progress, then offer to open the file or its folder."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import PHBError
from ...domain.plan import Plan
from ...domain.text import translate
from ...domain.versions import VersionInfo, VersionStatus
from ...services.language import LANGUAGES
from ..filedialogs import ask_save_path, name_for_file, start_folder
from ..fitting import fit_to_screen
from ..i18n import current_language
from ..operations import Operation, Task, run_operation
from .feed import CostedPlan


def build_pdf(
    plan: Plan, version: VersionInfo, out: Path, large_print: bool, task: Task, language: str
) -> Path:
    """Make the PDF (on a worker thread: plain data in, a file out, no widgets)."""
    from ...services.exports import export_plan_pdf

    try:
        return export_plan_pdf(
            plan,
            version,
            out,
            large_print=large_print,
            progress=task.report,
            overwrite=True,  # the save dialog already asked before replacing a file
            language=language,
        )
    except OSError as exc:
        raise ExportError(
            translate(
                "Export", "The PDF could not be saved there ({reason}). Choose another folder."
            ).format(reason=exc.strerror or exc)
        ) from None


class ExportError(PHBError):
    """The PDF could not be written; the message says why."""


class ExportPdfDialog(QDialog):
    """Choose the version and print size, then where to save the PDF."""

    def __init__(self, feed: CostedPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.operation: Operation | None = None
        self.written: Path | None = None
        self.setWindowTitle(translate("Export", "Export the plan as a PDF"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.version = QComboBox(self)
        # may be narrower than its longest choice (the list opens wider): fits at 200% text
        self.version.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.version.setMinimumContentsLength(16)
        session = feed.session
        current = session.version
        self.version.addItem(
            translate("Export", "The plan as it is now (version {n}, {status})").format(
                n=current.number, status=_status(current)
            ),
            current.number,
        )
        for version in reversed(session.versions()):
            if version.status is VersionStatus.AGREED and version.number != current.number:
                self.version.addItem(
                    translate("Export", "Agreed version {n}").format(n=version.number),
                    version.number,
                )
        version_label = QLabel(translate("Export", "Which version"), self)
        version_label.setBuddy(self.version)
        self.version.setAccessibleName(version_label.text())
        form.addRow(version_label, self.version)
        self.normal = QRadioButton(translate("Export", "Normal print (11 point)"), self)
        self.large = QRadioButton(translate("Export", "Large print (16 point)"), self)
        self.normal.setChecked(True)
        size = QVBoxLayout()
        size.addWidget(self.normal)
        size.addWidget(self.large)
        form.addRow(QLabel(translate("Export", "Print size"), self), size)
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        language_label = QLabel(translate("Export", "Language of the PDF"), self)
        language_label.setBuddy(self.language)
        self.language.setAccessibleName(language_label.text())
        form.addRow(language_label, self.language)
        layout.addLayout(form)
        note = QLabel(
            translate(
                "Export",
                "The PDF is not encrypted: keep it somewhere private, and delete copies "
                "you no longer need.",
            ),
            self,
        )
        note.setWordWrap(True)
        note.setProperty("role", "note")
        layout.addWidget(note)
        buttons = QDialogButtonBox(self)
        buttons.addButton(
            translate("Export", "Choose where to save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.choose_and_export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, chars=48)

    def suggested_name(self) -> str:
        """A file name for the PDF: from the person's name — but in supporter mode a neutral
        one, so nothing of the person is left in a file name on the volunteer's laptop."""
        number = self.version.currentData()
        large = self.large.isChecked()
        if self.feed.session.supporter:
            if large:
                return translate("Export", "Plan version {n} (large print).pdf").format(n=number)
            return translate("Export", "Plan version {n}.pdf").format(n=number)
        safe = name_for_file(self.feed.plan.person)
        size = "-large-print" if large else ""
        return f"{safe} plan v{number}{size}.pdf"

    def suggested_folder(self) -> Path:
        """Where the save dialog starts (``filedialogs.start_folder``)."""
        return start_folder(self.feed.session)

    def choose_and_export(self) -> None:
        """Ask where to save, then build the PDF in the background."""
        path = ask_save_path(
            self,
            translate("Export", "Save the PDF"),
            str(self.suggested_folder() / self.suggested_name()),
            translate("Export", "PDF documents (*.pdf)"),
        )
        if path:
            self.export_to(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def export_to(self, out: Path) -> Operation:
        """Build the PDF at ``out`` off the GUI thread, with progress and a Cancel button."""
        session = self.feed.session
        number = int(self.version.currentData())
        version = next(v for v in session.versions() if v.number == number)
        plan = session.plan if number == session.version.number else session.version_plan(number)
        large = self.large.isChecked()
        language = str(self.language.currentData())
        self.operation = run_operation(
            self,
            lambda task: build_pdf(plan, version, out, large, task, language),
            done=self._finished,
            failed=self._failed,
            progress=translate("Export", "Making the PDF…"),
            cancellable=True,
        )
        return self.operation

    def _failed(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, PHBError) else translate(
            "Export", "Something went wrong while making the PDF. Your plan is safe."
        )  # fmt: skip
        QMessageBox.warning(self, translate("Export", "The PDF was not made"), message)

    def _finished(self, written: Path) -> None:
        from ..supporter import note_saved

        path = str(written)
        self.written = Path(path)
        note_saved(self.written)
        box = QMessageBox(self)
        box.setWindowTitle(translate("Export", "PDF saved"))
        box.setText(translate("Export", "The PDF is saved as {file}.").format(file=path))
        if self.feed.session.supporter:
            # Another program opening it would keep it in its own list of recent files.
            box.setInformativeText(
                translate(
                    "Export",
                    "In supporter mode it is not opened here: other programs keep lists of the "
                    "files they open. Open it on the person's own computer.",
                )
            )
            box.addButton(QMessageBox.StandardButton.Close)
            self.done_box = box
            if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
                box.exec()
            self.accept()
            return
        open_file = box.addButton(
            translate("Export", "Open the PDF"), QMessageBox.ButtonRole.AcceptRole
        )
        open_folder = box.addButton(
            translate("Export", "Open its folder"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        self.done_box = box
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            self.accept()  # nothing to open on a screenless machine
            return
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        elif box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))
        self.accept()


def _status(version: VersionInfo) -> str:
    if version.status is VersionStatus.AGREED:
        return translate("Export", "agreed")
    return translate("Export", "draft")
