"""Sizing the privacy dialogs for the text size in use, within the screen.

A dialog of word-wrapped text must be as tall as its words need *at the width it is given*
(Qt sizes a new top-level window for its narrowest width, which clips buttons at large text);
and at 200% text a dialog sized in letters could be wider than the screen. :func:`fit` sets a
width of ``chars`` letters (at most 90% of the screen) and then the height the layout needs at
that width (at least ``lines`` lines, at most 90% of the screen).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit(dialog: QWidget, chars: int, lines: int = 0) -> None:
    """Size ``dialog`` for ``chars`` letters across and what its layout needs down."""
    metrics = dialog.fontMetrics()
    screen = dialog.screen().availableGeometry()
    width = min(max(metrics.horizontalAdvance("m") * chars, dialog.minimumSizeHint().width()),
                int(screen.width() * 0.9))  # fmt: skip
    layout = dialog.layout()
    needed = layout.totalHeightForWidth(width) if layout and layout.hasHeightForWidth() else -1
    height = max(needed, dialog.minimumSizeHint().height(), metrics.lineSpacing() * lines)
    dialog.resize(width, min(height, int(screen.height() * 0.9)))
