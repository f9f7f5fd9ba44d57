"""The fourth step of "Send my records": what to make — the PDF always (normal or large print),
the spreadsheet of the entries, the audit pack with its receipts, each with the size it will
be — and where to save it (Qt's own file dialog; the plan's folder in supporter mode)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.text import translate
from ...reports.return_csv import return_csv_bytes
from ...services.returns import PreparedReturn, ReturnOutputs
from ..filedialogs import ask_save_path
from .common import (
    EMAIL_LIMIT,
    Step,
    estimated_pdf_size,
    outputs_beside,
    pdf_name,
    size_text,
    with_pdf_suffix,
    wrapped,
)


class OutputsStep(Step):
    """What to make and where (see the module's description)."""

    changed = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(translate("ReturnsWindow", "What to make, and where to save it"), parent)
        self.folder = folder
        self.prepared: PreparedReturn | None = None
        self.pdf_path: Path | None = None
        self.name_chosen = False  # the person chose the name: keep it
        self.confirmed: set[Path] = set()  # files the file dialog already asked to replace
        self._csv_size = 0
        self.add(
            wrapped(
                translate(
                    "ReturnsWindow",
                    "The PDF of the return is always made. It has the figures and checks, every "
                    "entry with its receipt references, and the declaration to sign.",
                ),
                self.body,
            )
        )
        size = QGroupBox(translate("ReturnsWindow", "Print size of the PDF"), self.body)
        size_layout = QVBoxLayout(size)
        self.normal = QRadioButton(translate("ReturnsWindow", "Normal print (11 point)"), size)
        self.large = QRadioButton(translate("ReturnsWindow", "Large print (16 point)"), size)
        self.normal.setChecked(True)
        size_layout.addWidget(self.normal)
        size_layout.addWidget(self.large)
        self.pdf_size = wrapped("", size, "note")
        size_layout.addWidget(self.pdf_size)
        self.add(size)
        also = QGroupBox(translate("ReturnsWindow", "Also make"), self.body)
        also_layout = QVBoxLayout(also)
        self.csv = QCheckBox(also)
        self.csv.setChecked(True)
        also_layout.addWidget(self.csv)
        self.csv_note = wrapped("", also, "note")
        also_layout.addWidget(self.csv_note)
        self.pack = QCheckBox(also)
        also_layout.addWidget(self.pack)
        self.pack_note = wrapped("", also, "note")
        also_layout.addWidget(self.pack_note)
        self.email = wrapped("", also)
        self.email.hide()
        also_layout.addWidget(self.email)
        self.add(also)
        where = QGroupBox(translate("ReturnsWindow", "Where to save it"), self.body)
        where_layout = QVBoxLayout(where)
        self.where = wrapped("", where)
        where_layout.addWidget(self.where)
        row = QHBoxLayout()
        self.choose_button = QPushButton(translate("ReturnsWindow", "Choose where to save…"), where)
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.choose_button)
        row.addStretch(1)
        where_layout.addLayout(row)
        self.problem = wrapped("", where)
        self.problem.setProperty("role", "error")
        self.problem.hide()
        where_layout.addWidget(self.problem)
        self.add(where)
        self.add(
            wrapped(
                translate(
                    "ReturnsWindow",
                    "These files are not encrypted: keep them somewhere private. Once the return "
                    "is sent, delete copies you no longer need.",
                ),
                self.body,
                "note",
            )
        )
        self.finish()
        for button in (self.normal, self.large, self.csv, self.pack):
            button.toggled.connect(self._update)

    # -- the files ------------------------------------------------------------------------------
    def show_for(self, prepared: PreparedReturn) -> None:
        """Offer the files of ``prepared``."""
        changed_period = self.prepared is None or self.prepared.period != prepared.period
        self.prepared = prepared
        self._csv_size = len(return_csv_bytes(prepared.ret))
        if changed_period and not self.name_chosen:
            self.pdf_path = None
        self._update()

    def receipts_size(self) -> int:
        """The receipts of the period together, in bytes."""
        assert self.prepared is not None
        return sum(document.size for document in self.prepared.documents)

    def sizes(self) -> tuple[int, int, int]:
        """About how big the PDF, the spreadsheet and the audit pack will be, in bytes."""
        assert self.prepared is not None
        pdf = estimated_pdf_size(len(self.prepared.ret.rows), self.large.isChecked())
        receipts = len(self.prepared.documents)
        # the pack holds the PDF, the spreadsheet (deflated: about a third), every receipt as it
        # is, and the index; ZIP adds a little for each file in it
        pack = pdf + self._csv_size // 3 + self.receipts_size() + 250 * (receipts + 3)
        return pdf, self._csv_size, pack

    def _update(self) -> None:
        prepared = self.prepared
        if prepared is None:
            return
        pdf, csv, pack = self.sizes()
        self.pdf_size.setText(
            translate("ReturnsWindow", "The PDF will be about {size}.").format(size=size_text(pdf))
        )
        self.csv.setText(translate("ReturnsWindow", "A spreadsheet of the entries (a CSV file)"))
        self.csv_note.setText(
            translate(
                "ReturnsWindow",
                "For the finance officer's spreadsheet: one row for each payment. About {size}.",
            ).format(size=size_text(csv))
        )
        count = len(prepared.documents)
        self.pack.setText(translate("ReturnsWindow", "An audit pack (a ZIP file)"))
        if count:
            note = (
                translate(
                    "ReturnsWindow",
                    "One file with the PDF, the spreadsheet and the receipt of the period, "
                    "named by entry. About {size}.",
                )
                if count == 1
                else translate(
                    "ReturnsWindow",
                    "One file with the PDF, the spreadsheet and the {count} receipts of the "
                    "period, named by entry. About {size}.",
                )
            )
        else:
            note = translate(
                "ReturnsWindow",
                "One file with the PDF and the spreadsheet (no receipts are attached to the "
                "entries of this period). About {size}.",
            )
        self.pack_note.setText(note.format(count=count, size=size_text(pack)))
        self.csv.setAccessibleDescription(self.csv_note.text())
        self.pack.setAccessibleDescription(self.pack_note.text())
        big = self.pack.isChecked() and pack > EMAIL_LIMIT
        self.email.setText(
            translate(
                "ReturnsWindow",
                "⚠ An audit pack of {size} is too big for most email. Ask the ICB or council how "
                "they would like it: a secure upload, or a USB stick.",
            ).format(size=size_text(pack))
        )
        self.email.setVisible(big)
        if self.pdf_path is None or not self.name_chosen:
            self.pdf_path = self.folder / pdf_name(prepared.period, self.large.isChecked())
        self._show_where()
        self.changed.emit()

    def _show_where(self) -> None:
        outputs = self.outputs()
        if outputs is None:
            return
        names = "\n".join(f"• {path.name}" for _what, path in outputs.named())
        self.where.setText(
            translate("ReturnsWindow", "In the folder {folder}:\n{names}").format(
                folder=outputs.pdf.parent, names=names
            )
        )
        self.choose_button.setAccessibleDescription(self.where.text())

    def outputs(self) -> ReturnOutputs | None:
        """Where the files asked for will go."""
        if self.pdf_path is None:
            return None
        return outputs_beside(self.pdf_path, csv=self.csv.isChecked(), pack=self.pack.isChecked())

    def large_print(self) -> bool:
        """Whether the PDF is to be in large print."""
        return self.large.isChecked()

    # -- where ----------------------------------------------------------------------------------
    def choose(self) -> None:
        """Ask where to save (Qt's own file dialog, which leaves no trace of the folder)."""
        if self.pdf_path is None:
            return
        chosen = ask_save_path(
            self,
            translate("ReturnsWindow", "Save the return"),
            str(self.pdf_path),
            translate("ReturnsWindow", "PDF documents (*.pdf)"),
        )
        if chosen:
            pdf = with_pdf_suffix(chosen)
            # Qt's dialog asked before choosing a file that is there (not one with ".pdf" added)
            self.use_path(pdf, confirmed=str(pdf) == chosen and pdf.exists())

    def use_path(self, pdf: Path, *, confirmed: bool = False) -> None:
        """Save the PDF as ``pdf`` (the other files beside it); ``confirmed``: the person has
        already said that a file there may be replaced."""
        self.pdf_path = pdf
        self.folder = pdf.parent
        self.name_chosen = True
        if confirmed:
            self.confirmed.add(pdf)
        self.show_problem("")
        self._show_where()
        self.changed.emit()

    def show_problem(self, message: str) -> None:
        """Show (or clear) a problem with the place chosen, beside it."""
        self.problem.setText(message)
        self.problem.setVisible(bool(message))
        self.choose_button.setAccessibleDescription(
            f"{message} {self.where.text()}".strip() if message else self.where.text()
        )

    def problem_text(self) -> str:
        """The problem shown beside the place, if any."""
        return self.problem.text() if self.problem.isVisibleTo(self) else ""
