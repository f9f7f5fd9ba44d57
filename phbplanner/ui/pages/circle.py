"""The relationship circle: me at the centre, four rings, a labelled marker for each person.

Drag a person to another ring with the mouse, or use the keyboard: Left/Right pick a person,
Up moves them closer, Down further out, Enter changes their details. It redraws to fit the view.
"""

from __future__ import annotations

import math
from typing import ClassVar

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from ...domain.plan import RINGS, Plan, Relationship
from ...domain.text import translate
from ..a11y import announce
from ..theme import colours

#: The circle's radius for each point of text size: the rings' names fit between the rings.
PER_POINT = 17


def ring_names() -> dict[int, str]:
    return {
        1: translate("Circle", "Family and closest"),
        2: translate("Circle", "Friends and unpaid support"),
        3: translate("Circle", "People I do things with"),
        4: translate("Circle", "Paid supporters"),
    }


class RelationshipCircle(QGraphicsView):
    """The diagram. It never changes the plan: it asks, through its signals."""

    selected = Signal(str)  # a person's id
    move_requested = Signal(str, int)  # id, new ring
    edit_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._fit_to_text()
        self.setAccessibleName(translate("Circle", "My relationship circle"))
        self.setAccessibleDescription(self.instructions())
        self.people: list[Relationship] = []
        self.centre_name = ""
        self.current: str | None = None
        self.markers: dict[str, QGraphicsEllipseItem] = {}
        self._drag: str | None = None
        self._radius = 100.0

    def _fit_to_text(self) -> None:
        """Tall enough for the rings' words at the text size in use (the page scrolls), and no
        taller than that needs: a circle's extra height would only be empty space."""
        need = self.text_height()
        self.setMinimumSize(360, max(360, need))
        self.setMaximumHeight(max(540, need))

    def text_height(self) -> int:
        """The height at which the rings' words keep the text size in use."""
        # the radius is half the view's inside less 12 (redraw): PER_POINT for each point
        return int(2 * PER_POINT * self.font().pointSizeF() + 24 + 2 * self.frameWidth()) + 2

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_text()
            self.redraw()

    # -- data ---------------------------------------------------------------------------------
    def set_plan(self, plan: Plan) -> None:
        self.people = list(plan.relationships)
        self.centre_name = plan.person.preferred_name or plan.person.name
        if self.current not in {p.id for p in self.people}:
            self.current = None
        self.redraw()

    def select(self, person_id: str | None) -> None:
        if person_id == self.current:
            return
        self.current = person_id
        self.redraw()
        self.say_current()

    def person_words(self, person_id: str | None) -> str:
        """A person as a screen reader says them: name, ring, what they do."""
        person = next((p for p in self.people if p.id == person_id), None)
        if person is None:
            return ""
        words = translate("Circle", "{name}, ring {ring}: {ring_name}.").format(
            name=person.name or translate("Circle", "(no name)"),
            ring=person.ring,
            ring_name=ring_names()[person.ring],
        )
        more = [p.strip().rstrip(".") for p in (person.relationship, person.what_they_do) if p]
        return " ".join([words, *(f"{part}." for part in more if part)])

    def say_current(self) -> None:
        """Tell a screen reader who is picked now (while the circle has the keyboard)."""
        words = self.person_words(self.current)
        self.setAccessibleDescription(
            " ".join(part for part in (words, self.instructions()) if part)
        )
        if self.hasFocus() and words:
            announce(self, words)

    @staticmethod
    def instructions() -> str:
        return translate(
            "Circle",
            "Left and Right arrows pick a person. Up moves them closer, Down further out. "
            "Enter changes their details.",
        )

    # -- geometry -----------------------------------------------------------------------------
    #: Outer edge of each ring as a fraction of the whole radius; the centre is "me".
    EDGES: ClassVar[dict[int, float]] = {0: 0.15, 1: 0.38, 2: 0.59, 3: 0.80, 4: 1.0}

    def ring_radius(self, ring: int) -> float:
        return self._radius * self.EDGES[ring]

    def ring_at(self, point: QPointF) -> int:
        """The ring a scene point falls in (points outside count as the outer ring)."""
        distance = math.hypot(point.x(), point.y())
        for ring in RINGS:
            if distance <= self.ring_radius(ring):
                return ring
        return RINGS[-1]

    def marker_position(self, person_id: str) -> QPointF:
        """Where a person's marker is drawn, in view (viewport) coordinates."""
        marker = self.markers[person_id]
        return self.mapFromScene(marker.sceneBoundingRect().center()).toPointF()

    def point_in_ring(self, ring: int) -> QPointF:
        """A viewport point in the middle of ``ring``, clear of markers (for tests and drags)."""
        middle = (self.ring_radius(ring - 1) + self.ring_radius(ring)) / 2
        return self.mapFromScene(QPointF(-middle * 0.7071, middle * 0.7071)).toPointF()

    # -- drawing ------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.redraw()

    def redraw(self) -> None:
        scene = self.scene()
        scene.clear()
        self.markers.clear()
        c = colours()
        size = min(self.viewport().width(), self.viewport().height())
        self._radius = max(120.0, size / 2 - 12)
        r = self._radius
        scene.setSceneRect(QRectF(-r - 10, -r - 10, 2 * r + 20, 2 * r + 20))
        font = self.diagram_font()
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        names = ring_names()
        fills = ["#e8f1fb", "#f1f6fc", "#f7f9fd", "#fbfcfe"]
        if QColor(c["window"]).lightness() < 128:
            fills = ["#24384f", "#213244", "#1e2c3a", "#1c2630"]
        for ring in reversed(RINGS):
            radius = self.ring_radius(ring)
            circle = scene.addEllipse(
                QRectF(-radius, -radius, 2 * radius, 2 * radius),
                QPen(QColor(c["border"]), 1.5),
                QBrush(QColor(fills[ring - 1])),
            )
            circle.setZValue(-ring)
            label = QGraphicsSimpleTextItem(f"{ring}. {names[ring]}")
            label.setFont(small)
            label.setBrush(QColor(c["text"]))
            box = label.boundingRect()
            band = radius - self.ring_radius(ring - 1)
            label.setPos(-box.width() / 2, -radius + max(2.0, (band - box.height()) / 2))
            label.setZValue(5)
            scene.addItem(label)
        centre = self.ring_radius(0)
        scene.addEllipse(
            QRectF(-centre, -centre, 2 * centre, 2 * centre),
            QPen(QColor(c["accent"]), 2),
            QBrush(QColor(c["accent"])),
        )
        me = QGraphicsSimpleTextItem(self.centre_name or translate("Circle", "Me"))
        bold = QFont(font)
        bold.setBold(True)
        me.setFont(bold)
        me.setBrush(QColor(c["accent_text"]))
        box = me.boundingRect()
        if box.width() > 2 * centre - 6:
            me.setScale((2 * centre - 6) / box.width())
        me.setPos(-box.width() * me.scale() / 2, -box.height() * me.scale() / 2)
        scene.addItem(me)
        for ring in RINGS:
            group = [p for p in self.people if p.ring == ring]
            middle = (self.ring_radius(ring - 1) + self.ring_radius(ring)) / 2
            for number, person in enumerate(group):
                # spread round the ring, leaving the top clear for the ring's name
                turn = (number + 0.5) / len(group)
                angle = math.radians(-55 + (290 * turn + ring * 70) % 290)
                self._marker(person, QPointF(middle * math.cos(angle), middle * math.sin(angle)))
        self._untangle_labels()

    def _untangle_labels(self) -> None:
        """Nudge name labels that would cover one another: down a little, or above the marker."""
        placed: list[QRectF] = []
        for marker in self.markers.values():
            label = marker.childItems()[0]
            below = label.pos()
            above = QPointF(below.x(), -below.y() - label.boundingRect().height())
            width = label.boundingRect().width()
            middle = below.y() - label.boundingRect().height() / 2 - marker.rect().height() / 2
            candidates = [
                below,
                above,
                QPointF(marker.rect().width() / 2 + 4, middle),  # to the right
                QPointF(-marker.rect().width() / 2 - 4 - width, middle),  # to the left
                *(QPointF(below.x(), below.y() + step * label.boundingRect().height() * 0.6)
                  for step in (1, 2)),
            ]  # fmt: skip
            for spot in candidates:
                label.setPos(spot)
                box = label.sceneBoundingRect()
                if not any(box.intersects(other) for other in placed):
                    break
            else:
                label.setPos(below)
            placed.append(label.sceneBoundingRect())

    def diagram_font(self) -> QFont:
        """The text size, capped by the size of the circle so labels fit between its rings."""
        font = QFont(self.font())
        font.setPointSizeF(min(font.pointSizeF(), max(7.0, self._radius / PER_POINT)))
        return font

    def _marker(self, person: Relationship, at: QPointF) -> None:
        c = colours()
        chosen = person.id == self.current
        grown = max(1.0, self.font().pointSizeF() / 9)  # markers grow with the text
        size = (22.0 if chosen else 18.0) * grown
        marker = QGraphicsEllipseItem(QRectF(-size / 2, -size / 2, size, size))
        marker.setPos(at)
        marker.setPen(QPen(QColor(c["text"]), 4 if chosen else 1.5))
        marker.setBrush(QBrush(QColor(c["accent"] if chosen else c["base"])))
        marker.setData(0, person.id)
        marker.setZValue(10)
        self.scene().addItem(marker)
        name = person.name or translate("Circle", "(no name)")
        # the name only: what they do is in the list beside the circle (and in what a screen
        # reader says of the marker); longer words here would cover other people's names
        font = self.diagram_font()
        font.setBold(chosen)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        backing = QGraphicsRectItem(marker)
        text = QGraphicsSimpleTextItem(backing)
        text.setText(name)
        text.setFont(font)
        text.setBrush(QColor(c["text"]))
        box = text.boundingRect()
        paper = QColor(c["base"])
        paper.setAlpha(225)
        backing.setRect(QRectF(-3, -1, box.width() + 6, box.height() + 2))
        backing.setBrush(QBrush(paper))
        backing.setPen(QPen(QColor(c["text"] if chosen else c["border"]), 2 if chosen else 0.5))
        # keep the label inside the diagram at the left and right edges
        left = at.x() - box.width() / 2
        limit = self.scene().sceneRect()
        shift = max(0.0, limit.left() + 4 - left) - max(0.0, left + box.width() + 4 - limit.right())
        backing.setPos(-box.width() / 2 + shift, size / 2 + 2)
        self.markers[person.id] = marker

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        if self.hasFocus():
            painter.save()
            painter.resetTransform()
            pen = QPen(QColor(colours()["focus"]), 3)
            painter.setPen(pen)
            painter.drawRect(self.viewport().rect().adjusted(2, 2, -2, -2))
            painter.restore()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.current is None and self.people:
            self.current = self.people[0].id
            self.selected.emit(self.current)
            self.redraw()
        self.viewport().update()
        self.say_current()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    # -- mouse --------------------------------------------------------------------------------
    def _person_at(self, point: QPointF) -> str | None:
        for item in self.items(point.toPoint()):
            target = item
            while target is not None and not target.data(0):
                target = target.parentItem()
            if target is not None:
                return str(target.data(0))
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        person = self._person_at(event.position())
        if person and event.button() == Qt.MouseButton.LeftButton:
            self._drag = person
            self.current = person
            self.selected.emit(person)
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.say_current()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag and self._drag in self.markers:
            self.markers[self._drag].setPos(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag:
            person, self._drag = self._drag, None
            ring = self.ring_at(self.mapToScene(event.position().toPoint()))
            old = next((p.ring for p in self.people if p.id == person), ring)
            if ring != old:
                self.move_requested.emit(person, ring)
            self.redraw()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        person = self._person_at(event.position())
        if person:
            self.edit_requested.emit(person)
            return
        super().mouseDoubleClickEvent(event)

    # -- keyboard -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ids = [p.id for p in self.people]
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and ids:
            step = 1 if key == Qt.Key.Key_Right else -1
            index = ids.index(self.current) if self.current in ids else -step
            self.current = ids[(index + step) % len(ids)]
            self.selected.emit(self.current)
            self.redraw()
            self.say_current()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.current in ids:
            person = self.people[ids.index(self.current)]
            ring = person.ring + (-1 if key == Qt.Key.Key_Up else 1)
            if ring in RINGS:
                self.move_requested.emit(person.id, ring)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current in ids:
            self.edit_requested.emit(self.current)
            return
        super().keyPressEvent(event)
