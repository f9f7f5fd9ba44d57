"""My relationships: the circle and, beside it, the same people as an accessible list."""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.plan import RINGS, Plan, Relationship
from ...domain.readiness import Section
from ...domain.text import translate
from ...services.edits import PutItem
from ..controller import PlanController
from ..fields import Field
from ..flow import FlowLayout
from ..listing import ListBinding, ListEditor
from .base import Page
from .circle import RelationshipCircle, ring_names


class RelationshipsPage(Page):
    section = Section.RELATIONSHIPS
    slug = "my-relationships"

    def __init__(self, controller: PlanController) -> None:
        super().__init__(
            controller,
            translate("Steps", "My relationships"),
            translate("Pages", "Who is in my life, and what do they do for me?"),
            translate(
                "Pages",
                "Closest people in the middle ring, paid supporters in the outer ring. "
                "For example: “Mum – visits every day and helps with meals.”",
            ),
        )
        names = ring_names()
        rings = [(ring, f"{ring}. {names[ring]}") for ring in RINGS]

        def fields(_plan: Plan) -> list[Field]:
            return [
                Field("name", translate("Pages", "Their name"), required=True),
                Field("relationship", translate("Pages", "Who they are to me"),
                      example=translate("Pages", "For example: my sister, my neighbour")),
                Field("ring", translate("Pages", "Which ring"), "choice", choices=rings),
                Field("what_they_do", translate("Pages", "What they do for me"), "long"),
                Field("how_often", translate("Pages", "How often"),
                      example=translate("Pages", "For example: every Sunday")),
                Field("same_household", translate("Pages", "They live with me"), "bool"),
            ]  # fmt: skip

        binding = ListBinding(
            "relationships",
            "p",
            lambda new_id: Relationship(new_id),
            [
                (translate("Pages", "Name"), lambda p, _p: p.name),
                (translate("Pages", "Ring"), lambda p, _p: f"{p.ring}. {names.get(p.ring, '')}"),
                (translate("Pages", "What they do for me"), lambda p, _p: p.what_they_do),
            ],
            fields,
            noun=translate("Pages", "a person"),
        )
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.row = row
        row.setSpacing(20)
        left = QVBoxLayout()
        self.circle = RelationshipCircle(self.body)
        left.addWidget(self.circle, 1)
        hint = QLabel(self.circle.instructions(), self.body)
        hint.setWordWrap(True)
        hint.setProperty("role", "note")
        left.addWidget(hint)
        row.addLayout(left, 3)
        side = QWidget(self.body)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.list = ListEditor(
            controller, binding, translate("Pages", "People in my circle"), side,
            add_text=translate("Pages", "Add a person…"),
        )  # fmt: skip
        side_layout.addWidget(self.list, 1)
        moves = FlowLayout()
        self.closer = QPushButton(translate("Pages", "Move closer (inner ring)"), side)
        self.further = QPushButton(translate("Pages", "Move further out"), side)
        for button, step in ((self.closer, -1), (self.further, 1)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, s=step: self.move_selected(s))
            moves.addWidget(button)
        side_layout.addLayout(moves)
        row.addWidget(side, 2)
        self.add_layout(row)
        self.layout_.setStretch(self.layout_.count() - 1, 1)
        self.circle.selected.connect(self.list.select)
        self.circle.move_requested.connect(self.move_to_ring)
        self.circle.edit_requested.connect(self._edit_from_circle)
        self.list.view.selectionModel().selectionChanged.connect(self._list_selected)
        controller.plan_changed.connect(self.refresh)
        self.refresh(controller.plan)
        self.setMinimumHeight(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Circle beside the list when there is room; above it with large text or little room."""
        super().resizeEvent(event)
        room = self.viewport().width() >= 70 * self.fontMetrics().averageCharWidth()
        direction = QBoxLayout.Direction.LeftToRight if room else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)
            least = 360 if room else 520
            self.circle.setMinimumHeight(max(least, self.circle.text_height()))

    def refresh(self, plan: Plan) -> None:
        self.circle.set_plan(plan)
        self._update_moves()

    def _list_selected(self) -> None:
        self.circle.select(self.list.current_id())
        self._update_moves()

    def _update_moves(self) -> None:
        person = self.list.current_item()
        self.closer.setEnabled(person is not None and person.ring > RINGS[0])
        self.further.setEnabled(person is not None and person.ring < RINGS[-1])

    def _edit_from_circle(self, person_id: str) -> None:
        self.list.select(person_id)
        self.list.change()

    def move_selected(self, step: int) -> None:
        person = self.list.current_item()
        if person is not None and person.ring + step in RINGS:
            self.move_to_ring(person.id, person.ring + step)

    def move_to_ring(self, person_id: str, ring: int) -> None:
        person = next((p for p in self.controller.plan.relationships if p.id == person_id), None)
        if person is None or person.ring == ring:
            return
        names = ring_names()
        self.controller.edit(
            PutItem("relationships", dataclasses.replace(person, ring=ring)),
            translate("Pages", "Move {name} to “{ring}”").format(
                name=person.name, ring=names[ring]
            ),
        )
        self.list.select(person_id)
        self.circle.select(person_id)
        self._update_moves()
        self.circle.say_current()  # "… ring 2: Friends and unpaid support", where it is now
