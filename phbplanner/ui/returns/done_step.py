"""The last step of "Send my records", and the end of "Make this again": the files saved, with
"Open the PDF" and "Show the folder"."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QPushButton, QWidget

from ...domain.return_periods import ReturnPeriod
from ...domain.schedule import format_date
from ...domain.text import translate
from ...services.returns import ProducedReturn
from ..flow import FlowLayout
from .common import Step, open_location, size_text, wrapped


def saved_files_text(produced: ProducedReturn) -> str:
    """ "In the folder …:" and one line for each file saved, with its size."""
    lines = []
    for _what, path in produced.outputs.named():
        try:
            size = size_text(path.stat().st_size)
        except OSError:
            size = "?"
        lines.append(
            translate("ReturnsWindow", "• {name} ({size})").format(name=path.name, size=size)
        )
    return translate("ReturnsWindow", "In the folder {folder}:\n{names}").format(
        folder=produced.outputs.pdf.parent, names="\n".join(lines)
    )


class OpenButtons(QWidget):
    """ "Open the PDF" and "Show the folder" for the files just saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf: Path | None = None
        row = FlowLayout(self)
        self.open_pdf = QPushButton(translate("ReturnsWindow", "Open the PDF"), self)
        self.open_pdf.setProperty("role", "primary")
        self.show_folder = QPushButton(translate("ReturnsWindow", "Show the folder"), self)
        row.addWidget(self.open_pdf)
        row.addWidget(self.show_folder)
        self.open_pdf.clicked.connect(lambda: self.pdf is not None and open_location(self.pdf))
        self.show_folder.clicked.connect(
            lambda: self.pdf is not None and open_location(self.pdf.parent)
        )

    def use(self, pdf: Path) -> None:
        """The PDF the buttons open."""
        self.pdf = pdf
        self.open_pdf.setAccessibleDescription(str(pdf))
        self.show_folder.setAccessibleDescription(str(pdf.parent))


class DoneStep(Step):
    """What was saved (see the module's description)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ReturnsWindow", "Your return is saved"), parent)
        self.files = wrapped("", self.body)
        self.add(self.files)
        self.buttons = OpenButtons(self.body)
        self.add(self.buttons)
        self.recorded = wrapped("", self.body)
        self.add(self.recorded)
        self.add(
            wrapped(
                translate(
                    "ReturnsWindow",
                    "What next: print the PDF, and sign the declaration on its last page. Then "
                    "send it to the ICB or council the way they asked. Send the spreadsheet or "
                    "the audit pack too, if you made them.",
                ),
                self.body,
            )
        )
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

    def show_produced(self, produced: ProducedReturn, period: ReturnPeriod) -> None:
        """Show what producing the return of ``period`` saved."""
        self.files.setText(saved_files_text(produced))
        self.buttons.use(produced.outputs.pdf)
        if produced.record_id is None:
            self.recorded.setText(produced.notice)
            return
        self.recorded.setText(
            translate(
                "ReturnsWindow",
                "It is recorded in the plan file (see “Returns sent”), so it can be made again "
                "at any time. Next time, “Since the last return” starts on {day}.",
            ).format(day=format_date(period.end + timedelta(days=1)))
        )
