"""Check every row before importing: what will be stored, what is there already, what is left
out and why, the rows that cannot be read (with their lines), the suggestions, and the bank's
balances checked — all in words."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ...domain.schedule import format_date
from ...domain.text import translate
from ...services.import_preview import ImportPreview
from ..costed.text_table import TextTableModel
from .layout import FittedTable, body_layout, choice_box, problem_label, words_label
from .preview_model import PreviewModel, Show
from .preview_table import PreviewTable
from .words import (
    TICK,
    WARNING,
    count_words,
    detection_words,
    records_check_words,
    statement_check_words,
    when_words,
)


class CheckStep(QWidget):
    """The preview of one statement, with the person's choices."""

    #: what will be imported changed (the dialog's buttons follow it)
    choices_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = body_layout(self)
        self.summary = words_label("", self, "subheading")
        self.summary.setObjectName("preview_summary")
        self.layout_.addWidget(self.summary)
        self.counts = words_label("", self)
        self.counts.setObjectName("preview_counts")
        self.layout_.addWidget(self.counts)
        self.import_problem = problem_label(self)
        self.import_problem.setObjectName("import_problem")
        self.layout_.addWidget(self.import_problem)

        suggestion_row = QWidget(self)
        row = QHBoxLayout(suggestion_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.suggestions = words_label("", suggestion_row)
        self.suggestions.setObjectName("suggestion_words")
        row.addWidget(self.suggestions, 1)
        self.accept_button = QPushButton(translate("ImportDialog", "Accept all &suggestions"), self)
        self.accept_button.setObjectName("accept_all")
        self.accept_button.setAutoDefault(False)
        self.accept_button.clicked.connect(self._accept_all)
        row.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_.addWidget(suggestion_row)

        show_row = QWidget(self)
        row = QHBoxLayout(show_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.show_combo = choice_box("show_rows", 20)
        self.show_combo.setParent(show_row)
        self.show_combo.setAccessibleName(translate("ImportDialog", "Show"))
        show_label = QLabel(translate("ImportDialog", "S&how"), show_row)
        show_label.setBuddy(self.show_combo)
        row.addWidget(show_label)
        row.addWidget(self.show_combo)
        row.addStretch(1)
        self.show_combo.currentIndexChanged.connect(self._show_changed)
        self.layout_.addWidget(show_row)
        self.model: PreviewModel | None = None
        self.table: PreviewTable | None = None
        place = QWidget(self)
        self.table_place = body_layout(place)
        self.table_place.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(place, 1)
        self.details = words_label("", self)
        self.details.setObjectName("row_details")
        self.layout_.addWidget(self.details)
        self.read_as = words_label("", self, "note")
        self.layout_.addWidget(self.read_as)
        self.checks = words_label("", self)
        self.checks.setObjectName("balance_checks")
        self.layout_.addWidget(self.checks)
        self.notices = words_label("", self)
        self.notices.setObjectName("preview_notices")
        self.layout_.addWidget(self.notices)

        self.bad_heading = words_label(
            translate("ImportDialog", "Rows that cannot be read"), self, "subheading"
        )
        self.layout_.addWidget(self.bad_heading)
        self.bad_words = words_label("", self)
        self.bad_words.setObjectName("bad_rows_words")
        self.layout_.addWidget(self.bad_words)
        self.bad_model = TextTableModel(
            [translate("ImportDialog", "Line"), translate("ImportDialog", "Why")]
        )
        self.bad_table = FittedTable(
            self.bad_model,
            [0, 1],
            translate("ImportDialog", "Rows that cannot be read"),
            self,
            lines=1,
            fixed={0: ["99999"]},
        )
        self.bad_table.setObjectName("bad_rows")
        self.bad_table.visible_rows(3)
        self.layout_.addWidget(self.bad_table)
        self.preview: ImportPreview | None = None

    # -- showing a preview ------------------------------------------------------------------------
    def show_preview(self, preview: ImportPreview, lines: Mapping[str, str]) -> None:
        """Show ``preview`` (the person's earlier choices for another preview are gone)."""
        self.preview = preview
        self.show_import_problem("")
        if self.table is not None:
            self.table.setParent(None)
            self.table.deleteLater()
        self.model = PreviewModel(preview, lines, self)
        self.model.choices_changed.connect(self._choices_changed)
        self.table = PreviewTable(self.model, self)
        self.table.visible_rows(4)
        self.table_place.addWidget(self.table)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.summary.setText(_summary(preview))
        self.read_as.setText(detection_words(preview))
        self.checks.setText(
            "\n".join(
                words
                for words in (
                    statement_check_words(preview.statement_check),
                    records_check_words(preview.balance_check, done=False),
                )
                if words
            )
        )
        notices = list(preview.notices)
        for earlier in preview.earlier:
            notices.append(
                f"{WARNING} "
                + translate(
                    "ImportDialog",
                    "You imported this very file on {when} (import {id}). Rows already in "
                    "your records are skipped, so importing it again adds only what is new.",
                ).format(when=when_words(earlier.imported_at), id=earlier.id)
            )
        self.notices.setText("\n".join(notices))
        self.notices.setVisible(bool(notices))
        self.show_combo.blockSignals(True)
        self.show_combo.clear()
        model = self.model
        for show, words in (
            (Show.ALL, translate("ImportDialog", "Every row ({count})")),
            (Show.NEW, translate("ImportDialog", "New rows ({count})")),
            (Show.DUPLICATE, translate("ImportDialog", "Rows already in your records ({count})")),
            (Show.LEFT_OUT, translate("ImportDialog", "Rows left out ({count})")),
            (Show.CHECK, translate("ImportDialog", "New rows to look at ({count})")),
        ):
            count = model.count(show)
            if show is Show.ALL or count:
                self.show_combo.addItem(words.format(count=f"{count:,}"), int(show))
        self.show_combo.setCurrentIndex(0)
        self.show_combo.blockSignals(False)
        problems = preview.problems
        self.bad_heading.setVisible(bool(problems))
        self.bad_words.setVisible(bool(problems))
        self.bad_table.setVisible(bool(problems))
        self.bad_model.set_rows([str(p.line), p.reason] for p in problems)
        if problems:
            self.bad_words.setText(
                translate(
                    "ImportDialog",
                    "Line 1 is the first line of the file. Correct the file and choose it "
                    "again. Or import only the good rows: the bad ones are then listed in the "
                    "import's record.",
                )
            )
        self._choices_changed()
        if model.rowCount():
            self.table.setCurrentIndex(model.index(0, 0))

    def show_import_problem(self, message: str) -> None:
        """Why the import did not happen (nothing was stored)."""
        self.import_problem.setText(message)
        self.import_problem.setVisible(bool(message))

    # -- the person's choices ---------------------------------------------------------------------
    def _accept_all(self) -> None:
        if self.model is not None:
            self.model.accept_all()
            self._current_changed(self.table.currentIndex() if self.table else QModelIndex())

    def _show_changed(self) -> None:
        if self.model is None or self.table is None:
            return
        self.model.set_show(Show(int(self.show_combo.currentData() or 0)))
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        else:
            self.details.setText("")

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if self.model is None or not current.isValid():
            return
        self.details.setText(self.model.sentence(self.model.row_at(current.row())))

    def _choices_changed(self) -> None:
        model, preview = self.model, self.preview
        if model is None or preview is None:
            return
        self.counts.setText("\n".join(_counts(preview, model.will_import())))
        waiting = model.waiting()
        self.accept_button.setVisible(waiting > 0)
        if waiting:
            self.suggestions.setText(
                count_words(
                    waiting,
                    translate(
                        "ImportDialog",
                        "1 suggestion of what a row is for is not accepted yet. Until it is, that "
                        "row is stored as not yet assigned.",
                    ),
                    translate(
                        "ImportDialog",
                        "{count} suggestions of what rows are for are not accepted yet. Until "
                        "they are, those rows are stored as not yet assigned.",
                    ),
                )
            )
        else:
            self.suggestions.setText(
                translate("ImportDialog", "Every suggestion has been accepted or changed.")
                if any(model.has_suggestion(row) for row in preview.rows)
                else ""
            )
        self.suggestions.setVisible(bool(self.suggestions.text()))
        if self.table is not None and self.table.currentIndex().isValid():
            self._current_changed(self.table.currentIndex())
        self.choices_changed.emit()


def _summary(preview: ImportPreview) -> str:
    rows = preview.rows
    name = preview.file_name
    if rows:
        first, last = min(row.date for row in rows), max(row.date for row in rows)
        return translate(
            "ImportDialog", "{name}: {count} rows from {first} to {last}, for {account}."
        ).format(
            name=name,
            count=f"{preview.rows_total:,}",
            first=format_date(first),
            last=format_date(last),
            account=preview.account.name,
        )
    return translate("ImportDialog", "{name}: {count} rows, for {account}.").format(
        name=name, count=f"{preview.rows_total:,}", account=preview.account.name
    )


def _counts(preview: ImportPreview, importing: int) -> list[str]:
    said = []
    if importing:
        said.append(
            f"{TICK} "
            + count_words(
                importing,
                translate("ImportDialog", "1 row will be imported."),
                translate("ImportDialog", "{count} rows will be imported."),
            )
        )
    else:
        said.append(translate("ImportDialog", "No row will be imported: there is nothing new."))
    left_by_you = preview.new - importing
    if left_by_you:
        said.append(
            count_words(
                left_by_you,
                translate("ImportDialog", "1 new row is left out by you."),
                translate("ImportDialog", "{count} new rows are left out by you."),
            )
        )
    if preview.duplicates:
        said.append(
            count_words(
                preview.duplicates,
                translate("ImportDialog", "1 row is in your records already and will be skipped."),
                translate(
                    "ImportDialog", "{count} rows are in your records already and will be skipped."
                ),
            )
        )
    if preview.left_out:
        said.append(
            count_words(
                preview.left_out,
                translate("ImportDialog", "1 row is left out; the table says why."),
                translate("ImportDialog", "{count} rows are left out; the table says why."),
            )
        )
    if preview.problems:
        said.append(
            f"{WARNING} "
            + count_words(
                len(preview.problems),
                translate(
                    "ImportDialog", "1 row cannot be read; it is listed below with its line."
                ),
                translate(
                    "ImportDialog",
                    "{count} rows cannot be read; they are listed below with their lines.",
                ),
            )
        )
    return said
