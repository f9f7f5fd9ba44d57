"""Help › About PHB Planner: the version, the licence, where things are kept, what it is built on.

``show_about(parent)`` opens it (for the Help menu). Nothing here is personal: the folders shown
are the program's own (backups, settings); plan files are wherever the person saves them.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..domain.text import translate
from ..paths import kind_of_copy, licence_file, resource
from . import settings as store
from .fitting import fit_to_screen, scrolling_body
from .stacking import TableOrBlocks


@dataclass(frozen=True)
class Library:
    """Something the program is built on, with its licence."""

    name: str
    version: str
    licence: str


def _installed(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"


def libraries() -> list[Library]:
    """What PHB Planner is built on, with the versions in use and their licences."""
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    return [
        Library("Python", platform.python_version(), "PSF-2.0"),
        Library(
            "Qt / PySide6",
            f"{qVersion()} / {pyside}",
            "LGPL-3.0-only (or GPL-2.0 / GPL-3.0)",
        ),
        Library(
            "SQLCipher (sqlcipher3)",
            _installed("sqlcipher3"),
            "BSD-3-Clause; sqlcipher3: zlib; OpenSSL: Apache-2.0",
        ),
        Library("SQLAlchemy", _installed("SQLAlchemy"), "MIT"),
        Library("ReportLab", _installed("reportlab"), "BSD-3-Clause"),
        Library("rl_accel", _installed("rl_accel"), "BSD-3-Clause"),
        Library("keyring", _installed("keyring"), "MIT"),
        Library("platformdirs", _installed("platformdirs"), "MIT"),
        Library(
            translate("About", "DejaVu Sans (the font of every PDF)"),
            "2.37",
            translate("About", "Bitstream Vera licence; DejaVu changes public domain"),
        ),
    ]


def _backups_folder() -> str:
    from ..services.files import backups_folder

    return str(backups_folder())


class LicenceDialog(QDialog):
    """The full text of the GNU General Public License, version 3."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("About", "Licence"))
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("About", "The GNU General Public License"))
        try:
            self.text.setPlainText(licence_file().read_text(encoding="utf-8"))
        except OSError:
            self.text.setPlainText(
                translate(
                    "About",
                    "The licence text is not in this copy of the program. It is the GNU General "
                    "Public License, version 3: https://www.gnu.org/licenses/gpl-3.0.html",
                )
            )
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, chars=72, lines=30)


class AboutDialog(QDialog):
    """Version, licence, folders and libraries, and a button to copy the details for help."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("About", "About PHB Planner"))
        outer = QVBoxLayout(self)
        layout = scrolling_body(self, outer)  # scrolls at large text; the buttons stay below

        title = QLabel(translate("About", "PHB Planner"), self)
        title.setProperty("role", "title")
        layout.addWidget(title)
        self.version = QLabel(
            translate("About", "Version {version}").format(version=__version__), self
        )
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.version)
        purpose = QLabel(
            translate(
                "About",
                "Plan and run a personal health budget, privately, on your own computer.",
            ),
            self,
        )
        purpose.setWordWrap(True)
        layout.addWidget(purpose)

        layout.addWidget(self._heading(translate("About", "Licence")))
        self.licence = QLabel(
            translate(
                "About",
                "PHB Planner is free software. You can share it and change it under the terms of "
                "the GNU General Public License. You may use version 3 of that licence, or any "
                "later version you choose. It comes with no warranty.",
            ),
            self,
        )
        self.licence.setWordWrap(True)
        layout.addWidget(self.licence)
        self.licence_button = QPushButton(translate("About", "Read the &licence"), self)
        self.licence_button.clicked.connect(self.show_licence)
        layout.addWidget(self.licence_button, alignment=Qt.AlignmentFlag.AlignLeft)

        layout.addWidget(self._heading(translate("About", "Where things are kept")))
        self.folders = {
            "plans": translate(
                "About",
                "Plan files: wherever you save them. Each plan is one encrypted file that you "
                "can copy to a USB stick.",
            ),
            "backups": translate("About", "Automatic backups (encrypted): {folder}").format(
                folder=_backups_folder()
            ),
            "settings": translate(
                "About", "Settings (text size, language, recent plans — nothing else): {file}"
            ).format(file=store.settings().fileName()),
        }
        for text in self.folders.values():
            label = QLabel(text, self)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)

        layout.addWidget(self._heading(translate("About", "Built with")))
        self.libraries = libraries()
        self.table = QTableWidget(len(self.libraries), 3, self)
        self.table.setAccessibleName(translate("About", "Libraries and their licences"))
        self.table.setHorizontalHeaderLabels(
            [translate("About", "Part"), translate("About", "Version"),
             translate("About", "Licence")]
        )  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for row, library in enumerate(self.libraries):
            for column, text in enumerate((library.name, library.version, library.licence)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.table_place = TableOrBlocks(self.table, self)
        layout.addWidget(self.table_place, stretch=1)
        fonts = QLabel(
            translate("About", "The font's licence is kept with the program: {file}").format(
                file=resource("fonts", "DejaVu-LICENSE.txt")
            ),
            self,
        )
        fonts.setWordWrap(True)
        fonts.setProperty("role", "note")
        layout.addWidget(fonts)

        buttons = QDialogButtonBox(self)
        self.copy_button = buttons.addButton(
            translate("About", "&Copy these details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy_details)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(translate("About", "Close"))
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        fit_to_screen(self, chars=60, lines=30)
        close.setDefault(True)
        close.setFocus()

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setProperty("role", "subheading")
        return label

    def details(self) -> str:
        """The version, the kind of copy, the system and the libraries, as plain text (for
        someone helping; nothing personal)."""
        copy = {
            "bundle": translate("About", "a self-contained bundle"),
            "installed": translate("About", "an installed package"),
            "checkout": translate("About", "a source checkout"),
        }[kind_of_copy()]
        lines = [
            translate("About", "PHB Planner {version}, {copy}").format(
                version=__version__, copy=copy
            ),
            f"{platform.system()} {platform.release()} ({platform.machine()})",
        ]
        lines += [f"{lib.name} {lib.version} — {lib.licence}" for lib in self.libraries]
        return "\n".join(lines)

    def copy_details(self) -> None:
        """Put :meth:`details` on the clipboard."""
        QApplication.clipboard().setText(self.details())
        self.copy_button.setText(translate("About", "Copied"))

    def show_licence(self) -> LicenceDialog:
        """Open the licence's full text (returns the dialog, already showing)."""
        dialog = LicenceDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def show_about(parent: QWidget | None = None) -> AboutDialog:
    """Open the About dialog over ``parent`` (for Help › About PHB Planner); returns it."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
