"""What every journey page has: a heading, its question in the first person, an example."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QScrollArea, QVBoxLayout, QWidget

from ...domain.readiness import Section
from ..controller import PlanController
from ..form import FieldGrid
from ..theme import set_role


class Page(QScrollArea):
    """A scrolling page: heading, question, example, then the page's own content."""

    section: Section
    slug = ""

    def __init__(self, controller: PlanController, title: str, question: str, example: str) -> None:
        super().__init__()
        self.controller = controller
        self.title = title
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = QWidget(self)
        self.body.setObjectName("pagebody")
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(28, 20, 28, 28)
        self.layout_.setSpacing(12)
        heading = QLabel(title, self.body)
        set_role(heading, "heading")
        heading.setWordWrap(True)
        heading.setAccessibleName(title)
        self.layout_.addWidget(heading)
        self.question = QLabel(question, self.body)
        self.question.setWordWrap(True)
        set_role(self.question, "subheading")
        self.layout_.addWidget(self.question)
        if example:
            ex = QLabel(example, self.body)
            ex.setWordWrap(True)
            ex.setProperty("role", "example")
            self.layout_.addWidget(ex)
        self.grids: list[FieldGrid] = []
        self.setWidget(self.body)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        self.layout_.addWidget(widget, stretch)

    def add_layout(self, layout: QLayout) -> None:
        self.layout_.addLayout(layout)
        if isinstance(layout, FieldGrid):
            self.grids.append(layout)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        letter = self.fontMetrics().averageCharWidth()
        for grid in self.grids:
            grid.fit(self.viewport().width(), letter)

    def finish(self) -> None:
        """Call after adding content: pushes it to the top."""
        self.layout_.addStretch(1)

    def note(self, text: str) -> QLabel:
        label = QLabel(text, self.body)
        label.setWordWrap(True)
        label.setProperty("role", "note")
        self.layout_.addWidget(label)
        return label

    def subheading(self, text: str) -> QLabel:
        label = QLabel(text, self.body)
        label.setWordWrap(True)
        set_role(label, "subheading")
        self.layout_.addWidget(label)
        return label
