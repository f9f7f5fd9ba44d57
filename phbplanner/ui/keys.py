"""Help › Keys: every shortcut of the window, and the keys that work inside its parts.

The window's shortcuts are read from its actions when the dialog opens, so a shortcut added by
any menu appears here by itself; the keys that work inside a list, a table or the relationship
circle are written out below them.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.text import translate
from .costed.text_table import TextTableModel
from .fitting import fit_to_screen
from .stacking import TableOrBlocks
from .theme import set_role


def key_words(sequence: QKeySequence) -> str:
    """A key sequence as a person reads it ("Ctrl+Shift+Z"), in the language in use."""
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def window_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what they do) for every action of ``window`` that has a shortcut."""
    rows = []
    for action in window.actions():
        keys = [key_words(s) for s in action.shortcuts() if not s.isEmpty()]
        if not keys:
            continue
        what = action.text().replace("&&", "\u0000").replace("&", "").replace("\u0000", "&")
        rows.append((translate("Keys", " or ").join(keys), what.rstrip("…").rstrip(".")))
    return rows


def other_keys() -> list[tuple[str, str]]:
    """The keys that work inside the window's parts (no menu holds them)."""
    return [
        (
            translate("Keys", "Tab, Shift+Tab"),
            translate("Keys", "Move to the next or the previous part"),
        ),
        (
            translate("Keys", "Space"),
            translate("Keys", "Press the button, or tick the box, that has the focus"),
        ),
        (translate("Keys", "Up, Down"), translate("Keys", "Move along a list or a table")),
        (
            translate("Keys", "Enter or F2"),
            translate("Keys", "Change the item or the value that is selected"),
        ),
        (
            translate("Keys", "Escape"),
            translate("Keys", "Stop changing a value, or close a window"),
        ),
        (
            translate("Keys", "Left, Right (in the circle)"),
            translate("Keys", "Pick the next person"),
        ),
        (
            translate("Keys", "Up, Down (in the circle)"),
            translate("Keys", "Move the person closer in, or further out"),
        ),
        (translate("Keys", "Alt and an underlined letter"), translate("Keys", "Open that menu")),
    ]


class KeysDialog(QDialog):
    """Every shortcut of the window and the keys inside its parts, as one table."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("Keys", "Keys"))
        layout = QVBoxLayout(self)
        heading = QLabel(translate("Keys", "Keys you can use"), self)
        set_role(heading, "heading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        intro = QLabel(
            translate(
                "Keys", "Everything in PHB Planner works from the keyboard. These keys help."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.rows = window_shortcuts(window) + other_keys()
        self.model = TextTableModel(
            [translate("Keys", "Keys"), translate("Keys", "What they do")], parent=self
        )
        self.model.set_rows(self.rows)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("Keys", "Keys and what they do"))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table_place = TableOrBlocks(self.table, self)
        layout.addWidget(self.table_place, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("Keys", "Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, chars=60, lines=30)
