""" "Review as a PDF…": normal or large print, where to save it, made off the GUI thread with
progress (and Cancel), then open the file or its folder."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import PHBError
from ...domain.review import Review
from ...domain.text import translate
from ..filedialogs import ask_save_path, name_for_file, start_folder
from ..operations import Operation, Task, run_operation
from ..theme import set_role
from .feed import ReviewsFeed
from .sizing import fit_height_to_content, fit_to_screen


class ReviewPdfDialog(QDialog):
    """Choose the print size, then where to save the review's PDF."""

    def __init__(self, feed: ReviewsFeed, review: Review, parent: QWidget) -> None:
        super().__init__(parent)
        assert review.id is not None
        self.feed = feed
        self.review = review
        self.operation: Operation | None = None
        self.written: Path | None = None
        self.done_box: QMessageBox | None = None
        self.setObjectName("review_pdf")
        self.setWindowTitle(translate("ReviewsUi", "Save the review as a PDF"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.windowTitle(), self)
        heading.setWordWrap(True)
        set_role(heading, "heading")
        layout.addWidget(heading)
        what = QLabel(self)
        what.setWordWrap(True)
        if review.is_finished:
            what.setText(
                translate(
                    "ReviewsUi",
                    "The review of {date}. It shows what was looked at, and the ratings beside "
                    "the earlier ones. It also shows what is working and not, what was decided, "
                    "and a place to sign.",
                ).format(date=_date_words(review))
            )
        else:
            what.setText(
                translate(
                    "ReviewsUi",
                    "This review is not finished yet, so every page of the PDF says DRAFT.",
                )
            )
        layout.addWidget(what)
        size = QGroupBox(translate("ReviewsUi", "Print size"), self)
        size_layout = QVBoxLayout(size)
        self.normal = QRadioButton(translate("ReviewsUi", "Normal print (11 point)"), size)
        self.large = QRadioButton(translate("ReviewsUi", "Large print (16 point)"), size)
        self.normal.setChecked(True)
        size_layout.addWidget(self.normal)
        size_layout.addWidget(self.large)
        layout.addWidget(size)
        note = QLabel(
            translate(
                "ReviewsUi",
                "The PDF is not encrypted: keep it somewhere private, and delete copies you no "
                "longer need.",
            ),
            self,
        )
        note.setWordWrap(True)
        note.setProperty("role", "note")
        layout.addWidget(note)
        layout.addStretch(1)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            translate("ReviewsUi", "Choose where to save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        buttons.addButton(translate("ReviewsUi", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.choose_and_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, width_letters=64, height_lines=20)
        fit_height_to_content(self)

    def suggested_name(self) -> str:
        """A file name: from the person's name — but a neutral one in supporter mode, so
        nothing of the person is left in a file name on a volunteer's laptop."""
        when = self.review.review_date.isoformat() if self.review.review_date else "draft"
        large = self.large.isChecked()
        if self.feed.session.supporter:
            if large:
                return translate("ReviewsUi", "Review {date} (large print).pdf").format(date=when)
            return translate("ReviewsUi", "Review {date}.pdf").format(date=when)
        safe = name_for_file(self.feed.controller.plan.person)
        size = "-large-print" if large else ""
        return f"{safe} review {when}{size}.pdf"

    def suggested_folder(self) -> Path:
        """Where the save dialog starts (``filedialogs.start_folder``)."""
        return start_folder(self.feed.session)

    def choose_and_save(self) -> None:
        """Ask where to save, then make the PDF in the background."""
        path = ask_save_path(
            self,
            translate("ReviewsUi", "Save the review as a PDF"),
            str(self.suggested_folder() / self.suggested_name()),
            translate("ReviewsUi", "PDF documents (*.pdf)"),
        )
        if path:
            self.save_to(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def save_to(self, out: Path) -> Operation:
        """Make the PDF at ``out`` off the GUI thread, with progress and a Cancel button."""
        reviews = self.feed.reviews
        review_id = self.review.id
        assert review_id is not None
        large = self.large.isChecked()

        def work(task: Task) -> Path:
            # the save dialog has already asked before replacing a file
            return reviews.write_pdf(
                review_id, out, large_print=large, overwrite=True, progress=task.report
            )

        self.operation = run_operation(
            self,
            work,
            done=self._finished,
            failed=self._failed,
            progress=translate("ReviewsUi", "Making the PDF…"),
            cancellable=True,
        )
        return self.operation

    def _failed(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, PHBError) else translate(
            "ReviewsUi", "Something went wrong while making the PDF. Your plan is safe."
        )  # fmt: skip
        QMessageBox.warning(self, translate("ReviewsUi", "The PDF was not made"), message)

    def _finished(self, written: Path) -> None:
        path = str(written)
        self.written = Path(path)
        box = QMessageBox(self)
        box.setWindowTitle(translate("ReviewsUi", "PDF saved"))
        box.setText(translate("ReviewsUi", "The PDF is saved as {file}.").format(file=path))
        open_file = box.addButton(
            translate("ReviewsUi", "Open the PDF"), QMessageBox.ButtonRole.AcceptRole
        )
        open_folder = box.addButton(
            translate("ReviewsUi", "Open its folder"), QMessageBox.ButtonRole.ActionRole
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


def _date_words(review: Review) -> str:
    from ...services.review_steps import date_words

    return date_words(review)
