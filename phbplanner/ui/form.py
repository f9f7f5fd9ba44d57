"""A form over one single-valued section of the plan (``person``, ``budget``, …).

Each field is saved when the person leaves it (or picks a choice): its new value replaces the
section through one ``SetSection`` edit — one step of undo. A field with a problem shows it
beside itself and is not saved; the rest of the form carries on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QGridLayout, QWidget

from ..domain.plan import Plan
from ..services.edits import SetSection
from .controller import PlanController
from .fields import Field, FieldEditor


class SectionForm(QObject):
    """Field editors bound to ``plan.<section>``; lay out their ``box`` widgets as you like.

    It lives (and stops listening) with ``parent``: a page rebuilt after a language change
    leaves no old form behind saving or refreshing deleted fields.
    """

    def __init__(
        self,
        controller: PlanController,
        section: str,
        fields: Sequence[Field],
        parent: QWidget,
        *,
        reader: Callable[[Plan], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.section = section
        self._reader = reader or (lambda plan: getattr(plan, section))
        self.editors: dict[str, FieldEditor] = {}
        for spec in fields:
            editor = FieldEditor(spec, parent)
            editor.committed.connect(lambda e=editor: self.commit(e))
            self.editors[spec.name] = editor
        controller.add_flusher(self.flush, parent)
        controller.plan_changed.connect(self.refresh)
        self.refresh(controller.plan)

    def box(self, name: str) -> QWidget:
        return self.editors[name].box

    def commit(self, editor: FieldEditor) -> None:
        ok, value = editor.checked_value()
        if not ok:
            return
        current = self._reader(self.controller.plan)
        if editor.spec.read(current) == value:
            if editor.spec.kind not in ("choice", "bool"):
                editor.set_value(value)  # tidy the text (e.g. "£12.50", "943 476 5919")
            return
        new = editor.spec.write(current, value)
        text = QCoreApplication.translate("SectionForm", "Change “{field}”").format(
            field=editor.spec.label.replace("&", "")
        )
        self.controller.edit(SetSection(self.section, new), text)

    def flush(self) -> None:
        for editor in self.editors.values():
            if editor.spec.kind not in ("choice", "bool"):
                current = editor.spec.read(self._reader(self.controller.plan))
                if editor.text() != editor.format(current):
                    self.commit(editor)

    def refresh(self, plan: Plan) -> None:
        section = self._reader(plan)
        for editor in self.editors.values():
            value = editor.spec.read(section)
            if editor.error.isVisible() and value == editor._shown:
                continue  # keep the person's bad text on screen until they fix it
            editor.set_value(value)


class FieldGrid(QGridLayout):
    """Field boxes in equal columns, row by row; one column when the page is narrow for its text.

    The tab order follows the order the fields were made, whatever the number of columns.
    """

    def __init__(self, boxes: Sequence[QWidget], columns: int) -> None:
        super().__init__()
        self.boxes = list(boxes)
        self.columns = columns
        self.shown_columns = 0
        self.setHorizontalSpacing(24)
        self.setVerticalSpacing(8)
        self.arrange(columns)

    def arrange(self, columns: int) -> None:
        if columns == self.shown_columns:
            return
        for box in self.boxes:
            self.removeWidget(box)
        for index, box in enumerate(self.boxes):
            self.addWidget(box, index // columns, index % columns, Qt.AlignmentFlag.AlignTop)
        for column in range(max(self.columns, 1)):
            self.setColumnStretch(column, 1 if column < columns else 0)
        self.shown_columns = columns

    def fit(self, width: int, letter: int) -> None:
        """Use all columns when each can hold about 30 letters, else one."""
        wide_enough = width >= self.columns * 30 * letter
        self.arrange(self.columns if wide_enough else 1)


def grid_of(boxes: Sequence[QWidget], columns: int = 2) -> FieldGrid:
    """Lay field boxes out in ``columns`` equal columns (one when narrow)."""
    return FieldGrid(boxes, columns)
