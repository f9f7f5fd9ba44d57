"""The "Sort by" control beside the support table: the keyboard's way to sort it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from phbplanner.domain.plan import Plan
from phbplanner.ui.controller import PlanController
from phbplanner.ui.costed.feed import CostedPlan
from phbplanner.ui.costed.lines_editor import SupportLinesEditor
from phbplanner.ui.costed.lines_model import Col


def _costs(editor: SupportLinesEditor) -> list[int]:
    model = editor.model
    return [model.line_at(row).unit_cost.pence for row in range(model.rowCount())]


def _ids(editor: SupportLinesEditor) -> list[str]:
    model = editor.model
    return [model.line_at(row).id for row in range(model.rowCount())]


def test_sort_by_sorts_the_table_and_follows_the_header(
    qtbot: object, make_session: object, example: Plan
) -> None:
    feed = CostedPlan(PlanController(make_session(example)))  # type: ignore[operator]
    editor = SupportLinesEditor(feed)
    control = editor.sort_control
    added = [line.id for line in example.support_lines]
    assert len(added) >= 3 and _ids(editor) == added
    assert control.choice.currentText() == "The order they were added"
    assert control.label.buddy() is control.choice
    # every column can be chosen, by its header's name
    names = [control.choice.itemText(i) for i in range(control.choice.count())]
    assert "Unit cost" in names and len(names) == 1 + editor.model.columnCount()

    control.choice.setCurrentIndex(control.choice.findData(int(Col.UNIT_COST)))
    assert _costs(editor) == sorted(_costs(editor))
    assert editor.view.horizontalHeader().sortIndicatorSection() == Col.UNIT_COST
    control.reverse.setChecked(True)
    assert _costs(editor) == sorted(_costs(editor), reverse=True)
    assert editor.view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    control.choice.setCurrentIndex(0)
    assert _ids(editor) == added
    assert not control.reverse.isEnabled() and not control.reverse.isChecked()

    # a click on a header (what the mouse does) shows in the control
    editor.view.horizontalHeader().setSortIndicator(
        int(Col.DESCRIPTION), Qt.SortOrder.AscendingOrder
    )
    assert control.choice.currentData() == int(Col.DESCRIPTION)
    assert not control.reverse.isChecked()
