"""Export the plan as a PDF (normal or large print, current or an agreed version) off the GUI
thread with progress, then offer to open the file or its folder."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import PHBError
from ...domain.plan import Plan
from ...domain.text import translate
from ...domain.versions import VersionInfo, VersionStatus
from ..gcguard import no_cycle_collection
from .feed import CostedPlan


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(str)  # the file written
    failed = Signal(str)  # a plain-English problem


class PdfJob(QRunnable):
    """Builds one PDF from plain data in a worker thread (no database, no widgets)."""

    def __init__(self, plan: Plan, version: VersionInfo, out: Path, large_print: bool) -> None:
        super().__init__()
        self.plan, self.version, self.out, self.large_print = plan, version, out, large_print
        self.signals = _Signals()
        # The dialog keeps the job (and its signals) alive; Qt must not delete it under Python.
        self.setAutoDelete(False)

    def run(self) -> None:
        with no_cycle_collection():
            self._build()

    def _build(self) -> None:
        try:
            from ...services.exports import export_plan_pdf

            export_plan_pdf(
                self.plan,
                self.version,
                self.out,
                large_print=self.large_print,
                progress=self.signals.progress.emit,
                overwrite=True,  # the save dialog already asked before replacing a file
            )
        except PHBError as exc:
            self.signals.failed.emit(exc.message)
        except OSError as exc:
            self.signals.failed.emit(
                translate(
                    "Export", "The PDF could not be saved there ({reason}). Choose another folder."
                ).format(reason=exc.strerror or exc)
            )
        except Exception:  # a bug in a report must not take the window down
            self.signals.failed.emit(
                translate("Export", "Something went wrong while making the PDF. Your plan is safe.")
            )
        else:
            self.signals.finished.emit(str(self.out))


class ExportPdfDialog(QDialog):
    """Choose the version and print size, then where to save the PDF."""

    def __init__(self, feed: CostedPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.job: PdfJob | None = None
        self.written: Path | None = None
        self.setWindowTitle(translate("Export", "Export the plan as a PDF"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.version = QComboBox(self)
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

    def suggested_name(self) -> str:
        name = self.feed.plan.person.preferred_name or self.feed.plan.person.name or "plan"
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in name).strip()
        size = "-large-print" if self.large.isChecked() else ""
        return f"{safe} plan v{self.version.currentData()}{size}.pdf"

    def choose_and_export(self) -> None:
        """Ask where to save, then build the PDF in the background."""
        start = Path.home() / self.suggested_name()
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("Export", "Save the PDF"),
            str(start),
            translate("Export", "PDF documents (*.pdf)"),
        )
        if path:
            self.export_to(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def export_to(self, out: Path) -> PdfJob:
        """Build the PDF at ``out`` off the GUI thread, with a progress dialog."""
        session = self.feed.session
        number = int(self.version.currentData())
        version = next(v for v in session.versions() if v.number == number)
        plan = session.plan if number == session.version.number else session.version_plan(number)
        self.progress = QProgressDialog(translate("Export", "Making the PDF…"), "", 0, 0, self)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        job = PdfJob(plan, version, out, self.large.isChecked())
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self.job = job
        QThreadPool.globalInstance().start(job)
        return job

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _failed(self, message: str) -> None:
        self.progress.reset()
        QMessageBox.warning(self, translate("Export", "The PDF was not made"), message)

    def _finished(self, path: str) -> None:
        self.progress.reset()
        self.written = Path(path)
        box = QMessageBox(self)
        box.setWindowTitle(translate("Export", "PDF saved"))
        box.setText(translate("Export", "The PDF is saved as {file}.").format(file=path))
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
