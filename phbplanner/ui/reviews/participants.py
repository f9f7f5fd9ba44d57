"""Who is taking part in a review: people ticked from the plan, or typed in.

The list holds the person ("Me"), the care coordinator and everyone in the relationship circle
(``Reviews.participant_choices``), then anyone typed in for this review. Space ticks or unticks
the person with the keyboard focus; "Add them" puts someone typed in the list, ticked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.review import Participant
from ...domain.text import translate
from ..theme import set_role

_PERSON = Qt.ItemDataRole.UserRole


def participant_words(person: Participant) -> str:
    """ "Ffion Pritchard (Sister)", or the name alone."""
    if person.role.strip():
        return translate("ReviewsUi", "{name} ({role})").format(
            name=person.name, role=person.role.strip()
        )
    return person.name


class EnterAdds(QObject):
    """Enter in ``field`` calls ``add`` — and does not also press the dialog's default button —
    while ``wanted()`` (by default: something is typed in it); otherwise Enter goes on."""

    def __init__(
        self,
        field: QLineEdit,
        add: Callable[[], None],
        wanted: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(field)
        self.field = field
        self.add = add
        self.wanted = wanted or (lambda: bool(field.text().strip()))
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.wanted()
        ):
            self.add()
            return True
        return super().eventFilter(watched, event)


class ParticipantsPicker(QWidget):
    """Tick who is taking part; type in anyone else."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        question = translate("ReviewsUi", "Who is taking part?")
        label = QLabel(question, self)
        set_role(label, "subheading")
        label.setWordWrap(True)
        layout.addWidget(label)
        hint = QLabel(
            translate(
                "ReviewsUi",
                "Tick everyone taking part (Space ticks the one chosen). Add anyone else below.",
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "note")
        layout.addWidget(hint)
        self.list = QListWidget(self)
        self.list.setAccessibleName(question)
        self.list.setAccessibleDescription(hint.text())
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)  # long names wrap
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(4)
        label.setBuddy(self.list)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        layout.addWidget(self.list)
        other = QLabel(translate("ReviewsUi", "Someone else"), self)
        other.setWordWrap(True)
        layout.addWidget(other)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        name_label = QLabel(translate("ReviewsUi", "Their name"), self)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(translate("ReviewsUi", "Name of someone else taking part"))
        name_label.setBuddy(self.name)
        role_label = QLabel(translate("ReviewsUi", "Who they are (optional)"), self)
        self.role = QLineEdit(self)
        self.role.setAccessibleName(translate("ReviewsUi", "Who they are"))
        self.role.setPlaceholderText(translate("ReviewsUi", "For example: my GP"))
        role_label.setBuddy(self.role)
        for widget in (name_label, role_label):
            widget.setWordWrap(True)
        grid.addWidget(name_label, 0, 0)
        grid.addWidget(self.name, 1, 0)
        grid.addWidget(role_label, 0, 1)
        grid.addWidget(self.role, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.add = QPushButton(translate("ReviewsUi", "Add them"), self)
        self.add.clicked.connect(self.add_typed)
        # Enter in either field adds the person typed (and does not also move the review on)
        self._enter = (EnterAdds(self.name, self.add_typed, self._typed_something),
                       EnterAdds(self.role, self.add_typed, self._typed_something))  # fmt: skip
        layout.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)
        self.problem = QLabel(self)
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)

    def fill(self, choices: tuple[Participant, ...], chosen: tuple[Participant, ...]) -> None:
        """List ``choices`` then anyone in ``chosen`` who is not one of them; tick ``chosen``."""
        self.list.blockSignals(True)
        self.list.clear()
        people = list(choices) + [p for p in chosen if p not in choices]
        for person in people:
            self._add_item(person, person in chosen)
        self.list.blockSignals(False)
        self._fit()

    def _add_item(self, person: Participant, ticked: bool) -> None:
        item = QListWidgetItem(participant_words(person))
        item.setData(_PERSON, person)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def _fit(self) -> None:
        rows = max(3, min(8, self.list.count()))
        self.list.setMinimumHeight((self.list.fontMetrics().lineSpacing() + 12) * rows + 8)

    def chosen(self) -> tuple[Participant, ...]:
        """The people ticked, in the list's order."""
        found = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(item.data(_PERSON))
        return tuple(found)

    def _typed_something(self) -> bool:
        return bool(self.name.text().strip() or self.role.text().strip())

    def typed(self) -> bool:
        """Whether a name is typed but not added yet."""
        return bool(self.name.text().strip())

    def add_typed(self) -> None:
        """Put the person typed in the list, ticked (or say what is missing)."""
        name = self.name.text().strip()
        if not name:
            self.problem.setText(translate("ReviewsUi", "Write their name first."))
            self.problem.show()
            self.name.setAccessibleDescription(self.problem.text())
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.problem.hide()
        self.name.setAccessibleDescription("")
        person = Participant(name, self.role.text().strip())
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(_PERSON) == person:
                item.setCheckState(Qt.CheckState.Checked)
                break
        else:
            self._add_item(person, True)
            self._fit()
            self.changed.emit()
        self.name.clear()
        self.role.clear()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
