"""Chart names that are never cut short: a long name wraps onto more lines (Qt Charts draws
axis labels as rich text, and shortens with "…" any line wider than the room it gives them).

:class:`NamesFit` keeps a category axis's names wrapped to the chart's width as it changes,
in the chart's own text size, so the names grow with the text like everything else."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFontMetrics

#: The share of the chart's width a name takes (Qt Charts gives labels a little more), and
#: the most it may take to stay within LINES lines.
SHARE, MOST = 0.25, 0.33
#: Lines a name may take (the chart gives each name room for this many: see ``band_lines``).
LINES = 2


def band_lines() -> int:
    """Lines of text the chart should leave for each name (the names' lines and a gap)."""
    return LINES + 1


def wrapped(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` as rich text with a line break wherever the next word would pass ``width``."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        joined = f"{line} {word}" if line else word
        if line and metrics.horizontalAdvance(joined) > width:
            lines.append(line)
            line = word
        else:
            line = joined
    if line:
        lines.append(line)
    return "<br>".join(html.escape(part) for part in lines) or " "


class NamesFit(QObject):
    """Keep ``axis``'s names wrapped to the width of ``view`` (call :meth:`set_names`)."""

    def __init__(self, view: QChartView) -> None:
        super().__init__(view)
        self.view = view
        self.axis: QBarCategoryAxis | None = None
        self.names: list[str] = []
        self._width = 0
        view.installEventFilter(self)

    def set_names(self, axis: QBarCategoryAxis, names: Sequence[str]) -> None:
        """Show ``names`` on ``axis`` (a new axis replaces the one before)."""
        self.axis, self.names, self._width = axis, list(names), 0
        self.fit()

    def room(self, share: float = SHARE) -> int:
        """The width a name may take (``share`` of the chart's, at least 8 letters)."""
        least = QFontMetrics(self.view.font()).averageCharWidth() * 8
        return max(int(self.view.width() * share), least)

    def fit(self) -> None:
        axis = self.axis
        if axis is None:
            return
        width = self.room()
        if width == self._width and axis.count() == len(self.names):
            return
        self._width = width
        metrics = QFontMetrics(axis.labelsFont())
        labels = []
        for name in self.names:
            label = wrapped(name, metrics, width)
            if label.count("<br>") >= LINES:  # wider, to stay within LINES lines
                label = wrapped(name, metrics, self.room(MOST))
            labels.append(label)
        # the same name twice would be one category: make each label unique without showing it
        seen: dict[str, int] = {}
        for number, label in enumerate(labels):
            seen[label] = seen.get(label, 0) + 1
            if seen[label] > 1:
                labels[number] = label + "&#8203;" * (seen[label] - 1)
        axis.clear()
        axis.append(labels)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self.fit()
        return False
