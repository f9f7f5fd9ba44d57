"""Going from a readiness finding to the place to fix it: the page, then the field or item."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ...domain.readiness import Finding
from ..fields import FieldEditor
from ..form import SectionForm
from ..listing import ListEditor
from .lines_editor import SupportLinesEditor
from .lines_model import Col

#: Which table column holds each field a finding can name for a support line.
LINE_COLUMNS = {
    "description": Col.DESCRIPTION,
    "category": Col.CATEGORY,
    "management": Col.MANAGEMENT,
    "outcomes": Col.OUTCOMES,
}
#: Findings that name a whole section rather than one of its fields.
SECTION_FIELDS = {"care_coordinator": "name"}


def _attributes(page: QWidget) -> list[object]:
    return [value for value in vars(page).values() if value is not None]


def focus_finding(page: QWidget, finding: Finding) -> QWidget | None:
    """Put the keyboard focus where ``finding`` can be fixed on ``page``; return that widget."""
    parts = _attributes(page)
    if finding.item_id:
        for part in parts:
            if isinstance(part, SupportLinesEditor) and part.model.row_of(finding.item_id) >= 0:
                if finding.field == "household_justification":
                    part.select_line(finding.item_id)
                    part.details.justification.setFocus(Qt.FocusReason.OtherFocusReason)
                    return part.details.justification
                part.select_line(finding.item_id, LINE_COLUMNS.get(finding.field or "", 0))
                return part.view
            if isinstance(part, ListEditor) and any(
                getattr(item, "id", None) == finding.item_id for item in part.model.rows
            ):
                part.select(finding.item_id)
                part.view.setFocus(Qt.FocusReason.OtherFocusReason)
                return part.view
    field = finding.field or ""
    for part in parts:
        if not isinstance(part, SectionForm):
            continue
        if part.section == field and SECTION_FIELDS.get(field) in part.editors:
            field = SECTION_FIELDS[field]
        editor: FieldEditor | None = part.editors.get(field)
        if editor is not None:
            editor.widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return editor.widget
    for part in parts:
        if isinstance(part, ListEditor | SupportLinesEditor):
            part.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return part.view
    for part in parts:  # a finding about the whole page: its first question
        if isinstance(part, SectionForm) and part.editors:
            first = next(iter(part.editors.values())).widget
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            return first
    return None
