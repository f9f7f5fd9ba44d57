"""Dialogs that fit the screen they are on, whatever the text size.

A dialog asks for a width in letters (so it grows with the text) and the height its words need
at that width; neither may pass 90% of the screen. What does not fit then scrolls *inside* the
dialog, in a :func:`scrolling_body`, while its buttons stay below the scrolling part, always in
view. The size is worked out again each time the dialog is shown (the text size may have
changed, or the window moved to another screen), and the dialog is kept on that screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

#: The share of the screen a dialog may take, across and down.
SHARE = 0.9


def scrolling_body(dialog: QWidget, outer: QVBoxLayout) -> QVBoxLayout:
    """A scrolling area added to ``outer`` (stretching); returns the layout to fill.

    Put everything but the dialog's buttons in it: the buttons go in ``outer`` after it.
    """
    scroll = QScrollArea(dialog)
    scroll.setObjectName("dialogbody")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its contents take the focus, not the frame
    body = QWidget(scroll)
    body.setObjectName("dialogcontents")
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 0, 0)
    scroll.setWidget(body)
    outer.addWidget(scroll, 1)
    return layout


def _layout_height(layout: QLayout | None, width: int, fallback: int) -> int:
    if layout is None:
        return fallback
    if layout.hasHeightForWidth():
        return layout.totalHeightForWidth(width)
    return layout.totalSizeHint().height()


def needed_height(dialog: QWidget, width: int) -> int:
    """The height ``dialog`` needs at ``width`` for all its words, scrolling parts unrolled."""
    height = _layout_height(dialog.layout(), width, dialog.sizeHint().height())
    for scroll in dialog.findChildren(QScrollArea, "dialogbody"):
        body = scroll.widget()
        if body is None:
            continue
        inner = _layout_height(body.layout(), max(width - 40, 100), body.sizeHint().height())
        height += max(0, inner - scroll.sizeHint().height())
    return height


def fitted_size(dialog: QWidget, chars: int, lines: int = 0) -> tuple[int, int]:
    """(width, height) for ``dialog``: ``chars`` letters across, what its words need down."""
    metrics = dialog.fontMetrics()
    room = dialog.screen().availableGeometry()
    most_width, most_height = int(room.width() * SHARE), int(room.height() * SHARE)
    width = max(metrics.horizontalAdvance("m") * chars, dialog.minimumSizeHint().width())
    width = min(width, most_width)
    height = max(needed_height(dialog, width), metrics.lineSpacing() * lines)
    return width, min(height, most_height)


def keep_on_screen(window: QWidget) -> None:
    """Move ``window`` so that all of it is on the screen it is on."""
    room = window.screen().availableGeometry()
    frame = window.frameGeometry()
    x = min(max(frame.x(), room.x()), room.right() - frame.width() + 1)
    y = min(max(frame.y(), room.y()), room.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        window.move(QPoint(max(x, room.x()), max(y, room.y())))


class _Fitter(QObject):
    """Sizes its dialog each time it is shown, then keeps it on its screen."""

    def __init__(self, dialog: QWidget, chars: int, lines: int) -> None:
        super().__init__(dialog)
        self.chars, self.lines = chars, lines

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and event.type() == QEvent.Type.Show:
            self.fit(watched)
        return False

    def fit(self, dialog: QWidget) -> None:
        width, height = fitted_size(dialog, self.chars, self.lines)
        room = dialog.screen().availableGeometry()
        dialog.setMaximumSize(int(room.width() * SHARE), int(room.height() * SHARE))
        dialog.resize(width, height)
        parent = dialog.parentWidget()
        if parent is not None:  # centred over its window, as Qt would, then kept on screen
            centre = parent.window().frameGeometry().center()
            dialog.move(centre - QRect(QPoint(0, 0), dialog.size()).center())
        keep_on_screen(dialog)


def fit_to_screen(dialog: QWidget, chars: int, lines: int = 0) -> None:
    """Size ``dialog`` for ``chars`` letters across (and at least ``lines`` lines down) within
    its screen, now and each time it is shown."""
    fitter = dialog.findChild(_Fitter)
    if fitter is None:
        fitter = _Fitter(dialog, chars, lines)
        dialog.installEventFilter(fitter)
    else:
        fitter.chars, fitter.lines = chars, lines
    fitter.fit(dialog)
