"""What screen readers need told that Qt does not tell them by itself.

- :func:`announce` — a sentence for the screen reader to say now (a step changed, a person was
  picked in the circle): an AT-SPI / UI Automation announcement.
- :func:`announce_ticks` — ticking an item of a list sends the "checked" change of that item,
  which Qt's item views leave out.
- :func:`enter_edits` — Enter starts changing the selected cell of a table, as F2 does (Qt
  leaves Enter to the platform: on Linux it only moves on).
- :func:`label_for` — a label that names a control without being shown (an editor inside a
  table cell has no room for one): the screen reader reads it through the labelled-by relation,
  as it would a visible buddy label. On Linux a combo box's own accessible name is ignored.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleStateChangeEvent,
    QKeyEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget


def announce(widget: QWidget, message: str) -> None:
    """Ask screen readers to say ``message`` (politely: after what they are saying)."""
    if message and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))


class _TickTeller(QObject):
    """Sends the "checked" change of the items of its view (its parent) as they are ticked."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self.told: dict[tuple[int, int], bool] = {}  # Qt may report one tick twice: say it once
        view.model().dataChanged.connect(self.changed)
        view.model().modelReset.connect(self.told.clear)

    def changed(
        self,
        first: QModelIndex | QPersistentModelIndex,
        last: QModelIndex | QPersistentModelIndex,
        roles: Sequence[int] = (),
    ) -> None:
        if not QAccessible.isActive() or (roles and Qt.ItemDataRole.CheckStateRole not in roles):
            return
        view = self.view
        table = QAccessible.queryAccessibleInterface(view)
        if table is None:
            return
        model = view.model()
        for row in range(first.row(), last.row() + 1):
            for column in range(first.column(), last.column() + 1):
                rect = view.visualRect(model.index(row, column, first.parent()))
                if rect.isEmpty():
                    continue  # not shown: nothing to say
                point = view.viewport().mapToGlobal(rect.center())
                cell = table.childAt(point.x(), point.y())
                if cell is None or not cell.isValid():
                    continue
                checked = bool(cell.state().checked)
                if self.told.get((row, column)) == checked:
                    continue
                self.told[(row, column)] = checked
                state = QAccessible.State()
                state.checked = True
                QAccessible.updateAccessibility(QAccessibleStateChangeEvent(cell, state))


def announce_ticks(view: QAbstractItemView) -> None:
    """Send the "checked" change of each item of ``view`` that is ticked or unticked (its model
    must be set first)."""
    _TickTeller(view)


def label_for(widget: QWidget, text: str) -> QLabel:
    """A hidden label naming ``widget`` for screen readers (the labelled-by relation).

    The label is made beside ``widget`` (Qt looks for a widget's labels among its siblings) and
    goes when ``widget`` goes.
    """
    parent = widget.parentWidget()
    label = QLabel(text.replace("&", "&&"), parent)
    label.hide()
    label.setBuddy(widget)
    widget.destroyed.connect(label.deleteLater)
    return label


class _EnterEdits(QObject):
    """Starts editing the current cell of its view (its parent) on Enter."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.parent()
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(view, QAbstractItemView)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and view.state() != QAbstractItemView.State.EditingState
        ):
            index = view.currentIndex()
            if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
                return bool(view.edit(index, QAbstractItemView.EditTrigger.EditKeyPressed, event))
        return False


def enter_edits(view: QAbstractItemView) -> None:
    """Enter starts changing the current cell of ``view`` (when it can be changed)."""
    view.installEventFilter(_EnterEdits(view))
