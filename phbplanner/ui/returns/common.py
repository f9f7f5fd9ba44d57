"""What the "Send my records" and "Returns sent" dialogs share: the services of the open plan,
where files go and what they are called, sizes in words, opening a file, and a scrolling step.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.return_periods import ReturnPeriod
from ...domain.text import translate
from ...services.returns import ReturnOutputs, Returns
from ...services.session import PlanSession
from ..controller import PlanController
from ..i18n import current_language as window_language
from ..theme import colours, set_role

#: Above this, an audit pack is too big for most email accounts.
EMAIL_LIMIT = 20_000_000


def returns_for(controller: PlanController) -> Returns:
    """The monitoring-return services of the controller's open plan file."""
    return Returns(cast(PlanSession, controller.session))


def current_language() -> str:
    """The language the window shows, and so the one a return is made in: ``en`` or ``cy``."""
    return window_language()


def default_folder(controller: PlanController) -> Path:
    """Where files are offered to go: the plan's own folder in supporter mode (nothing about the
    person is written anywhere else on a volunteer's laptop), else the person's Documents."""
    session = controller.session
    if session.supporter:
        return Path(str(session.path)).parent
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def pdf_name(period: ReturnPeriod, large_print: bool) -> str:
    """A neutral name for the return's PDF (no name of the person in it)."""
    if large_print:
        text = translate("ReturnsWindow", "Monitoring return {start} to {end} (large print).pdf")
    else:
        text = translate("ReturnsWindow", "Monitoring return {start} to {end}.pdf")
    return text.format(start=period.start.isoformat(), end=period.end.isoformat())


def with_pdf_suffix(path: str | Path) -> Path:
    """``path`` ending in ``.pdf`` (added when the person left it out)."""
    text = str(path)
    return Path(text if text.lower().endswith(".pdf") else text + ".pdf")


def outputs_beside(pdf: Path, *, csv: bool, pack: bool) -> ReturnOutputs:
    """The PDF at ``pdf``; the spreadsheet and the audit pack, when asked, beside it and named
    after it ("… entries.csv", "… audit pack.zip")."""
    stem = pdf.stem
    return ReturnOutputs(
        pdf=pdf,
        csv=pdf.with_name(translate("ReturnsWindow", "{name} entries.csv").format(name=stem))
        if csv
        else None,
        pack=pdf.with_name(translate("ReturnsWindow", "{name} audit pack.zip").format(name=stem))
        if pack
        else None,
    )


def size_text(size: int) -> str:
    """A file size in words people know: "87 KB", "1.4 MB", "12 MB"."""
    if size < 1_000_000:
        return translate("ReturnsWindow", "{size} KB").format(size=max(1, round(size / 1000)))
    megabytes = f"{size / 1_000_000:.1f}" if size < 10_000_000 else str(round(size / 1_000_000))
    return translate("ReturnsWindow", "{size} MB").format(size=megabytes)


def estimated_pdf_size(entries: int, large_print: bool) -> int:
    """About how big the return's PDF will be (measured: the embedded font and first pages take
    about 60 KB; each entry adds about 0.4 KB, a little more in large print)."""
    return 65_000 + 480 * entries if large_print else 60_000 + 420 * entries


def open_location(path: Path) -> bool:
    """Open a file (or a folder) with the program the computer uses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def existing_files(outputs: ReturnOutputs) -> list[Path]:
    """The files asked for that are already there."""
    return [path for _what, path in outputs.named() if path.exists()]


def ask_replace(parent: QWidget, paths: list[Path]) -> bool:
    """Ask once whether files already there may be replaced; ``True`` only for "Replace"."""
    box = QMessageBox(parent)
    box.setObjectName("replace_files")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("ReturnsWindow", "Replace the files?"))
    names = "\n".join(f"• {path.name}" for path in paths)
    if len(paths) == 1:
        text = translate(
            "ReturnsWindow", "There is already a file with this name in {folder}:\n{names}"
        )
    else:
        text = translate(
            "ReturnsWindow", "There are already files with these names in {folder}:\n{names}"
        )
    box.setText(text.format(folder=paths[0].parent, names=names))
    box.setInformativeText(
        translate("ReturnsWindow", "Replace them with the new ones, or go back and choose a name.")
    )
    replace = box.addButton(
        translate("ReturnsWindow", "Replace"), QMessageBox.ButtonRole.DestructiveRole
    )
    back = box.addButton(translate("ReturnsWindow", "Go back"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is replace


def radio_style(text_height: int = 17) -> str:
    """Round choices that show in every look: a ring in the border colour, a filled centre when
    chosen, and the focus ring around the whole choice (Fusion's own indicator is dark on dark in
    the dark look, and its focus is a faint dotted line). The ring grows with the text
    (``text_height``: the font's height in pixels), so that it stays as easy to see at 200%."""
    c = colours()
    ring = max(16, text_height - 1)
    dot = (
        f"qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5, stop:0 {c['accent']}, "
        f"stop:0.45 {c['accent']}, stop:0.55 {c['base']}, stop:1 {c['base']})"
    )
    return f"""
    QRadioButton {{ spacing: 8px; min-height: {ring + 12}px; padding: 2px 4px;
        border: 3px solid transparent; border-radius: 5px; }}
    QRadioButton:focus {{ border: 3px solid {c["focus"]}; }}
    QRadioButton::indicator {{ width: {ring}px; height: {ring}px; border: 2px solid {c["border"]};
        border-radius: {ring // 2 + 2}px; background: {c["base"]}; }}
    QRadioButton::indicator:checked {{ border-color: {c["accent"]}; background: {dot}; }}
    QRadioButton::indicator:disabled {{ border-style: dashed; }}
    """


def fit_to_screen(widget: QWidget, *, letters: int, lines: int) -> None:
    """Size a dialog for ``letters`` by ``lines`` of text at the current text size, but never
    larger than the screen it is on (its steps scroll inside; its buttons stay in view)."""
    metrics = widget.fontMetrics()
    screen = widget.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    width = min(max(680, metrics.averageCharWidth() * letters), int(room.width() * 0.92))
    height = min(max(640, metrics.lineSpacing() * lines), int(room.height() * 0.9))
    widget.resize(width, height)


def wrapped(text: str, parent: QWidget, role: str = "") -> QLabel:
    """A label that wraps its words."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if role:
        set_role(label, role)
    return label


class Step(QScrollArea):
    """One step of a dialog: a heading, a few sentences and its own widgets, scrolling inside
    the dialog so that the dialog's buttons are always in view."""

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = QWidget(self)
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(4, 4, 12, 4)
        self.layout_.setSpacing(10)
        self.heading = wrapped(heading, self.body, "heading")
        self.heading.setAccessibleName(heading)
        self.layout_.addWidget(self.heading)
        self.setWidget(self.body)

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        """Add ``widget`` below what is there."""
        self.layout_.addWidget(widget, stretch)
        return widget

    def finish(self) -> None:
        """No more widgets: the rest of the space stays empty at the bottom."""
        self.layout_.addStretch(1)

    def set_heading(self, text: str) -> None:
        """Change the heading (and what a screen reader says for it)."""
        self.heading.setText(text)
        self.heading.setAccessibleName(text)


class Figures(QWidget):
    """Names and values in two columns that share the width (two fifths for the names); both
    wrap, so nothing is cut off or pushed out of sight at any text size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 3)
        self.rows: list[tuple[QLabel, QLabel]] = []

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        """Show ``rows`` of (name, value)."""
        while len(self.rows) < len(rows):
            name, value = wrapped("", self), wrapped("", self)
            line = len(self.rows)
            top = Qt.AlignmentFlag.AlignTop
            self.grid.addWidget(name, line, 0, top)
            self.grid.addWidget(value, line, 1, top)
            self.rows.append((name, value))
        for number, (name, value) in enumerate(self.rows):
            shown = number < len(rows)
            name.setVisible(shown)
            value.setVisible(shown)
            if shown:
                name.setText(rows[number][0])
                value.setText(rows[number][1])
                value.setAccessibleName(f"{rows[number][0]} {rows[number][1]}")

    def value(self, name: str) -> str:
        """The value shown beside ``name`` ("" when there is none)."""
        for label, value in self.rows:
            if label.isVisibleTo(self) and label.text() == name:
                return value.text()
        return ""
