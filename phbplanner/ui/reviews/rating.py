"""The 0–10 rating of one outcome: a scale a keyboard, a mouse and a screen reader can use.

The scale shows its numbers under it and the plain words for its ends and middle ("0: Not
started, or got worse", "5: Half way there", "10: Done it"). Under it the rating chosen is written
out ("7 out of 10: Nearly there") and announced to a screen reader as it changes. An outcome may
be left without a number: then the scale has no handle and the words say "Not rated yet";
"Take the number away" goes back to that.

Keys: Left/Right (and Up/Down) one step, Page Up/Page Down two, Home 0, End 10. A click on the
scale chooses the number under the pointer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QVBoxLayout,
    QWidget,
)

from ...domain.review import RATING_MAX, RATING_MIN, rating_text, scale_anchors
from ...domain.text import translate
from ..theme import colours, set_role


class NumberedSlider(QSlider):
    """A horizontal 0–10 slider with its numbers written under it and a clear focus ring.

    While :attr:`rated` is false no handle is drawn (nothing has been chosen yet).
    """

    chosen = Signal()  # the person chose a number (keys or mouse), even the one shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.rated = False
        self.setRange(RATING_MIN, RATING_MAX)
        self.setSingleStep(1)
        self.setPageStep(2)
        self.setTickInterval(1)
        self.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.actionTriggered.connect(lambda _action: self._choose())
        self._style_for(colours())

    def _style_for(self, c: dict[str, str]) -> None:
        """A big handle and a thick groove, in the window's colours (redone when they change)."""
        self._colours = dict(c)
        self.setStyleSheet(
            f"""
            QSlider::groove:horizontal {{
                height: 8px; background: {c["button"]}; border: 1px solid {c["border"]};
                border-radius: 4px;
            }}
            QSlider::sub-page:horizontal {{ background: {c["accent"]}; border-radius: 4px; }}
            QSlider::handle:horizontal {{
                background: {c["accent"]}; border: 2px solid {c["text"]}; width: 22px;
                margin: -9px 0; border-radius: 12px;
            }}
            """
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange and colours() != self._colours:
            self._style_for(colours())
        return super().event(event)

    def _choose(self) -> None:
        self.rated = True
        self.chosen.emit()
        self.update()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("10") * 22, 34 + metrics.height() + 14)

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("10") * 14, 34 + metrics.height() + 14)

    def _groove_height(self) -> int:
        return 34

    def _option(self) -> QStyleOptionSlider:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        edge = 6 + self.fontMetrics().horizontalAdvance("10") // 2
        option.rect = QRect(edge, 4, self.width() - 2 * edge, self._groove_height())
        return option

    def _centre_of(self, value: int) -> int:
        option = self._option()
        handle = self.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
        )
        span = option.rect.width() - handle.width()
        position = QStyle.sliderPositionFromValue(self.minimum(), self.maximum(), value, span)
        return option.rect.x() + position + handle.width() // 2

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            # a click chooses the number under the pointer (not a page step towards it)
            x = int(event.position().x())
            nearest = min(
                range(self.minimum(), self.maximum() + 1),
                key=lambda value: abs(self._centre_of(value) - x),
            )
            self.setSliderPosition(nearest)
            self._choose()
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = self._option()
        shown = QStyle.SubControl.SC_SliderGroove
        if self.rated:
            shown |= QStyle.SubControl.SC_SliderHandle
        option.subControls = shown
        self.style().drawComplexControl(QStyle.ComplexControl.CC_Slider, option, painter, self)
        c = colours()
        painter.setPen(QColor(c["text"]))
        metrics = self.fontMetrics()
        top = option.rect.bottom() + 6
        for value in range(self.minimum(), self.maximum() + 1):
            text = str(value)
            width = metrics.horizontalAdvance(text)
            centre = self._centre_of(value)
            painter.drawLine(centre, top - 6, centre, top - 2)  # a tick mark
            box = QRect(centre - width, top, width * 2, metrics.height())
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        if self.hasFocus():
            painter.setPen(QPen(QColor(c["focus"]), 3))
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -2, -2), 4, 4)
        painter.end()


class RatingScale(QWidget):
    """A rating from 0 to 10 (or none), with its words shown and announced."""

    changed = Signal()

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.label = QLabel(question, self)
        self.label.setWordWrap(True)
        set_role(self.label, "subheading")
        layout.addWidget(self.label)
        self.slider = NumberedSlider(self)
        self.label.setBuddy(self.slider)
        self.slider.setAccessibleName(question)
        layout.addWidget(self.slider)
        anchors = QGridLayout()
        anchors.setHorizontalSpacing(12)
        alignments = (
            Qt.AlignmentFlag.AlignLeft,
            Qt.AlignmentFlag.AlignHCenter,
            Qt.AlignmentFlag.AlignRight,
        )
        self.anchors: list[QLabel] = []
        for column, ((value, words), align) in enumerate(
            zip(scale_anchors(), alignments, strict=True)
        ):
            anchor = QLabel(
                translate("ReviewsUi", "{number}: {words}").format(number=value, words=words), self
            )
            anchor.setWordWrap(True)
            anchor.setAlignment(align | Qt.AlignmentFlag.AlignTop)
            anchor.setProperty("role", "note")
            anchors.addWidget(anchor, 0, column)
            anchors.setColumnStretch(column, 1)
            self.anchors.append(anchor)
        layout.addLayout(anchors)
        self.words = QLabel(self)
        self.words.setWordWrap(True)
        bold = self.words.font()
        bold.setBold(True)
        self.words.setFont(bold)
        layout.addWidget(self.words)
        self.clear = QPushButton(translate("ReviewsUi", "Take the number away"), self)
        self.clear.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.clear.clicked.connect(self.take_away)
        layout.addWidget(self.clear)
        self.slider.chosen.connect(self._moved)
        self.slider.valueChanged.connect(lambda _value: self._moved())
        self._last: int | None = None
        self._show()

    def value(self) -> int | None:
        """The rating chosen, or ``None``."""
        return self.slider.sliderPosition() if self.slider.rated else None

    def set_value(self, rating: int | None) -> None:
        """Show ``rating`` (``None``: not rated), quietly."""
        self.slider.blockSignals(True)
        self.slider.rated = rating is not None
        self.slider.setValue(RATING_MIN if rating is None else rating)
        self.slider.blockSignals(False)
        self.slider.update()
        self._last = self.value()
        self._show()

    def take_away(self) -> None:
        """No number (as the person chose "Take the number away")."""
        self.slider.rated = False
        self.slider.update()
        self._moved()

    def words_now(self) -> str:
        """What the scale says now ("7 out of 10: Nearly there", or that there is none)."""
        rating = self.value()
        if rating is None:
            return translate(
                "ReviewsUi",
                "Not rated yet. Choose a number with the arrow keys, or click on the scale.",
            )
        return rating_text(rating)

    def _moved(self) -> None:
        """The person changed the rating: show it, say it, tell the page."""
        self._show()
        if self.value() != self._last:
            self._last = self.value()
            words = self.words_now()
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.slider, words))
            self.changed.emit()

    def _show(self) -> None:
        words = self.words_now()
        self.words.setText(words)
        self.slider.setAccessibleDescription(words)
        self.clear.setEnabled(self.slider.rated)
