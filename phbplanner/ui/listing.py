"""Lists of repeated items (strengths, people, outcomes, risks…): a model, a view, a dialog.

A :class:`ListBinding` says where the items live in the plan, which columns to show and which
fields the dialog edits, and turns "add / change / remove / move" into edits. A
:class:`ListEditor` shows the items in a table view with buttons that have words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.plan import Plan, new_id
from ..domain.text import translate
from ..services.edits import Edit, MoveItem, PutItem, RemoveItem
from .controller import PlanController
from .drafts import DraftDialog
from .fields import Field, FieldEditor
from .fitting import fit_to_screen
from .flow import FlowLayout
from .stacking import TableOrBlocks
from .theme import set_role

AnyIndex = QModelIndex | QPersistentModelIndex


class ListBinding:
    """A list section of the plan (``collection``) and how it is shown and edited."""

    def __init__(
        self,
        collection: str,
        prefix: str,
        factory: Callable[[str], Any],
        columns: Sequence[tuple[str, Callable[[Any, Plan], str]]],
        fields: Callable[[Plan], Sequence[Field]],
        *,
        noun: str,
        filter: Callable[[Any], bool] | None = None,
    ) -> None:
        self.collection = collection
        self.prefix = prefix
        self.factory = factory
        self.columns = list(columns)
        self.fields = fields
        self.noun = noun
        self.filter = filter

    def all_items(self, plan: Plan) -> tuple[Any, ...]:
        items: tuple[Any, ...] = getattr(plan, self.collection)
        return items

    def items(self, plan: Plan) -> list[Any]:
        return [item for item in self.all_items(plan) if not self.filter or self.filter(item)]

    def new_item(self, plan: Plan) -> Any:
        return self.factory(new_id(self.prefix, self.all_items(plan)))

    def put(self, plan: Plan, item: Any, extras: dict[str, Any]) -> list[Edit]:
        return [PutItem(self.collection, item)]

    def remove(self, plan: Plan, item_id: str) -> list[Edit]:
        return [RemoveItem(self.collection, item_id)]

    def move(self, plan: Plan, item_id: str, offset: int) -> list[Edit]:
        """Move an item up (-1) or down (+1) among the items shown."""
        shown = self.items(plan)
        ids = [item.id for item in shown]
        position = ids.index(item_id)
        target = position + offset
        if not 0 <= target < len(shown):
            return []
        every = [item.id for item in self.all_items(plan)]
        return [MoveItem(self.collection, item_id, every.index(shown[target].id))]


class ItemsModel(QAbstractTableModel):
    """The items of a binding as rows, one column per binding column."""

    def __init__(self, binding: ListBinding, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binding = binding
        self.plan = plan
        self.rows = binding.items(plan)

    def set_plan(self, plan: Plan) -> None:
        self.beginResetModel()
        self.plan = plan
        self.rows = self.binding.items(plan)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.binding.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.binding.columns[index.column()][1](item, self.plan)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.binding.columns[index.column()][1](item, self.plan) or translate(
                "Lists", "(empty)"
            )
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.binding.columns[section][0]
        return None


class ItemDialog(DraftDialog):
    """Add or change one item: its fields, with problems shown beside them.

    Escape, Cancel or the close button ask before throwing away anything typed.
    """

    def __init__(self, title: str, fields: Sequence[Field], item: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.item = item
        self.extras: dict[str, Any] = {}
        outer = QVBoxLayout(self)
        heading = QLabel(title, self)
        set_role(heading, "heading")
        heading.setWordWrap(True)
        outer.addWidget(heading)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The scrolling frame is no place to type: Tab goes from field to field (a screen reader
        # would hear an unnamed stop otherwise).
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setSpacing(8)
        self.editors: list[FieldEditor] = []
        for spec in fields:
            editor = FieldEditor(spec, body)
            editor.set_value(spec.read(item))
            layout.addWidget(editor.box)
            self.editors.append(editor)
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self._initial = [editor.state() for editor in self.editors]
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            translate("Lists", "Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setProperty("role", "primary")
        self.save_button.style().polish(self.save_button)
        self.save_button.setDefault(True)
        cancel = buttons.addButton(
            translate("Lists", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        # Room for the fields at the current text size, within the screen (scrolling inside).
        fit_to_screen(self, chars=56, lines=24)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()
        if self.editors:
            self.editors[0].widget.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def has_changes(self) -> bool:
        """True when any field differs from what the dialog opened with."""
        return [editor.state() for editor in self.editors] != self._initial

    def accept(self) -> None:
        item = self.item
        extras: dict[str, Any] = {}
        ok = True
        for editor in self.editors:
            good, value = editor.checked_value()
            if not good:
                if ok:
                    editor.widget.setFocus()
                ok = False
                continue
            if editor.spec.extra.get("detached"):
                extras[editor.spec.name] = value
            else:
                item = editor.spec.write(item, value)
        if not ok:
            return
        self.item, self.extras = item, extras
        super().accept()


class ListEditor(QWidget):
    """A table of items with Add, Change, Remove, Move up and Move down."""

    def __init__(
        self,
        controller: PlanController,
        binding: ListBinding,
        label: str,
        parent: QWidget | None = None,
        *,
        add_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.binding = binding
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(label, self)
        self.label.setWordWrap(True)
        set_role(self.label, "subheading")
        layout.addWidget(self.label)
        self.model = ItemsModel(binding, controller.plan, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setAccessibleName(label.replace("&", ""))
        self.view.setMinimumHeight(140)
        self.view.doubleClicked.connect(lambda _index: self.change())
        self.view.activated.connect(lambda _index: self.change())
        # too narrow for the columns side by side (large text): the items as blocks
        self.place = TableOrBlocks(self.view, self)
        self.label.setBuddy(self.place)
        layout.addWidget(self.place, 1)
        self.empty = QLabel(translate("Lists", "Nothing here yet. Use “Add” to start."), self)
        self.empty.setProperty("role", "note")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        row = FlowLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("add", add_text or translate("Lists", "Add…"), self.add),
            ("change", translate("Lists", "Change…"), self.change),
            ("remove", translate("Lists", "Remove"), self.remove),
            ("up", translate("Lists", "Move up"), lambda: self.move_by(-1)),
            ("down", translate("Lists", "Move down"), lambda: self.move_by(1)),
        ):
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        self.button_row = row
        layout.addLayout(row)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        controller.plan_changed.connect(self.refresh)
        self._update_buttons()

    # -- state --------------------------------------------------------------------------------
    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        selected = self.view.selectionModel().selectedRows()
        if selected:
            index = selected[0]
        if not index.isValid():
            return None
        return str(self.model.rows[index.row()].id)

    def current_item(self) -> Any:
        item_id = self.current_id()
        return next((item for item in self.model.rows if item.id == item_id), None)

    def select(self, item_id: str | None) -> None:
        for row, item in enumerate(self.model.rows):
            if item.id == item_id:
                index = self.model.index(row, 0)
                self.view.setCurrentIndex(index)
                self.view.selectRow(row)
                return

    def refresh(self, plan: Plan) -> None:
        keep = self.current_id()
        self.model.set_plan(plan)
        self.select(keep)
        self._update_buttons()
        self.fit_columns()
        self.fit_height()

    def fit_columns(self) -> None:
        """Short columns (amounts, dates, choices) fit their text; long ones share the rest."""
        header = self.view.horizontalHeader()
        # long text columns never shrink below about 14 letters: the table scrolls instead
        header.setMinimumSectionSize(self.view.fontMetrics().averageCharWidth() * 14)
        for column in range(self.model.columnCount()):
            texts = [
                str(self.model.data(self.model.index(row, column)) or "")
                for row in range(self.model.rowCount())
            ]
            short = bool(texts) and max(len(text) for text in texts) <= 24
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.ResizeToContents if short and column else
                QHeaderView.ResizeMode.Stretch,
            )  # fmt: skip

    def fit_height(self) -> None:
        """Tall enough to show every row (up to a limit), so the page scrolls, not the table."""
        self.view.resizeRowsToContents()  # every row as tall as its words
        rows = sum(self.view.rowHeight(row) for row in range(self.model.rowCount()))
        header = self.view.horizontalHeader().sizeHint().height()
        line = self.view.fontMetrics().lineSpacing()
        wanted = header + max(rows, line * 3) + 2 * self.view.frameWidth() + line
        self.view.setMinimumHeight(min(max(wanted, 120), 640))
        self.place.blocks.setMinimumHeight(self.view.minimumHeight())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_columns()
        self.fit_height()

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        rows = len(self.model.rows)
        self.empty.setVisible(rows == 0)
        for key in ("change", "remove"):
            self.buttons[key].setEnabled(has)
        ids = [item.id for item in self.model.rows]
        position = ids.index(self.current_id()) if has else -1
        self.buttons["up"].setEnabled(has and position > 0)
        self.buttons["down"].setEnabled(has and 0 <= position < rows - 1)

    # -- actions ------------------------------------------------------------------------------
    def dialog_title(self, adding: bool) -> str:
        if adding:
            return translate("Lists", "Add {thing}").format(thing=self.binding.noun)
        return translate("Lists", "Change {thing}").format(thing=self.binding.noun)

    def open_dialog(self, item: Any, adding: bool) -> ItemDialog:
        fields = self.binding.fields(self.controller.plan)
        return ItemDialog(self.dialog_title(adding), fields, item, self)

    def add(self) -> None:
        self._edit(self.binding.new_item(self.controller.plan), adding=True)

    def change(self) -> None:
        item = self.current_item()
        if item is not None:
            self._edit(item, adding=False)

    def _edit(self, item: Any, adding: bool) -> None:
        dialog = self.open_dialog(item, adding)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.window().activateWindow()  # give the keyboard back to the window
        self.view.setFocus()
        if not accepted:
            return
        if not adding and dialog.item == item and not dialog.extras:
            return
        edits = self.binding.put(self.controller.plan, dialog.item, dialog.extras)
        self.controller.edit(edits, self.dialog_title(adding))
        self.select(dialog.item.id)
        self.view.setFocus()

    def remove(self) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        row = [item.id for item in self.model.rows].index(item_id)
        edits = self.binding.remove(self.controller.plan, item_id)
        self.controller.edit(
            edits, translate("Lists", "Remove {thing}").format(thing=self.binding.noun)
        )
        if self.model.rows:
            self.select(self.model.rows[min(row, len(self.model.rows) - 1)].id)
        self.view.setFocus()

    def move_by(self, offset: int) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        edits = self.binding.move(self.controller.plan, item_id, offset)
        if edits:
            self.controller.edit(
                edits, translate("Lists", "Move {thing}").format(thing=self.binding.noun)
            )
            self.select(item_id)
