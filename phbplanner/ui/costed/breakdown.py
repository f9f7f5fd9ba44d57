"""Where the money goes: by outcome, by how it is managed, by category — as a chart and as a
table (the table is what a screen reader reads; the chart shows the same figures)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.categories import Category, category_label
from ...domain.costing import weekly_equivalent
from ...domain.money import Money
from ...domain.plan import Management
from ...domain.text import translate
from ..chart_labels import NamesFit, band_lines
from ..stacking import TableOrBlocks
from ..theme import colours
from .feed import CostedPlan
from .lines_model import short_management
from .text_table import TextTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
BY_OUTCOME, BY_MANAGEMENT, BY_CATEGORY = "outcome", "management", "category"


def breakdown_rows(feed: CostedPlan, by: str) -> list[tuple[str, Money]]:
    """(name, period cost) rows of one breakdown, largest first; unallocated last."""
    costing = feed.costing
    rows: list[tuple[str, Money]]
    if by == BY_OUTCOME:
        titles = {o.id: o.title or o.id for o in feed.plan.outcomes}
        rows = [(titles[key], value) for key, value in costing.by_outcome.items()]
        rows.sort(key=lambda row: -row[1].pence)
        if costing.unallocated.pence:
            rows.append((translate("Breakdown", "Not linked to an outcome"), costing.unallocated))
        return rows
    if by == BY_MANAGEMENT:
        rows = [
            (short_management(None if key == "unstated" else Management(key)), value)
            for key, value in costing.by_management.items()
        ]
    else:
        rows = [
            (category_label(Category(key)), value) for key, value in costing.by_category.items()
        ]
    rows.sort(key=lambda row: -row[1].pence)
    return rows


class BreakdownModel(TextTableModel):
    """Name, cost for the period, weekly equivalent, share of planned support."""

    def __init__(self, feed: CostedPlan, parent: QWidget | None = None) -> None:
        headings = [
            translate("Breakdown", "For"),
            translate("Breakdown", "Whole period"),
            translate("Breakdown", "Weekly"),
            translate("Breakdown", "Share"),
        ]
        super().__init__(headings, right_aligned=frozenset({1, 2, 3}), parent=parent)
        self.feed = feed
        self.by = BY_OUTCOME
        self.amounts: list[tuple[str, Money]] = []
        self.reload()

    def reload(self, by: str | None = None) -> None:
        """Work out the rows of breakdown ``by`` (or the current one) from the latest costing."""
        self.by = by or self.by
        self.amounts = breakdown_rows(self.feed, self.by)
        costing = self.feed.costing
        total = costing.planned_total.pence
        self.set_rows(
            [
                name,
                amount.format(),
                weekly_equivalent(amount, costing.days_in_period).format(),
                f"{round(100 * amount.pence / total) if total else 0}%",
            ]
            for name, amount in self.amounts
        )


class BreakdownView(QWidget):
    """A choice of breakdown, its chart and its table."""

    def __init__(self, feed: CostedPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        choose = QHBoxLayout()
        label = QLabel(translate("Breakdown", "Show the money by"), self)
        self.choice = QComboBox(self)
        self.choice.addItem(translate("Breakdown", "outcome"), BY_OUTCOME)
        self.choice.addItem(translate("Breakdown", "how it is managed"), BY_MANAGEMENT)
        self.choice.addItem(translate("Breakdown", "kind of support"), BY_CATEGORY)
        self.choice.setAccessibleName(label.text())
        label.setBuddy(self.choice)
        choose.addWidget(label)
        choose.addWidget(self.choice)
        choose.addStretch(1)
        layout.addLayout(choose)
        self.model = BreakdownModel(feed, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(translate("Breakdown", "Breakdown table"))
        self.table.setMinimumHeight(150)
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setBackgroundVisible(False)
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(200)
        self.chart_view.setAccessibleName(
            translate("Breakdown", "Breakdown chart (the table beside it has the same figures)")
        )
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.names = NamesFit(self.chart_view)
        # the chart under the table: the whole width for its names at any text size
        self.table_place = TableOrBlocks(self.table, self, all_rows=True)
        layout.addWidget(self.table_place)
        layout.addWidget(self.chart_view, 1)
        self.choice.currentIndexChanged.connect(self.refresh)
        feed.updated.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: object) -> None:
        """Redraw the chosen breakdown from the latest costing."""
        by = str(self.choice.currentData())
        self.model.reload(by)
        rows = list(reversed(self.model.amounts[:12]))  # largest at the top of the chart
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        line = self.fontMetrics().lineSpacing()
        self.chart_view.setMinimumHeight(max(200, line * (len(rows) * band_lines() + 5)))
        if not rows:
            return
        bars = QBarSet(translate("Breakdown", "Whole period"))
        bars.setColor(QColor(colours()["accent"]))
        bars.append([float(amount.pence) / 100 for _, amount in rows])  # drawing only
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(False)
        self.chart.addSeries(series)
        font = self.font()  # the chart's words grow with the text size
        names = QBarCategoryAxis()
        names.setLabelsFont(font)
        values = QValueAxis()
        # Qt formats axis labels printf-style in Latin-1, which mangles "£": the title says it.
        values.setLabelFormat("%.0f")
        values.setTitleText(translate("Breakdown", "Pounds (£)"))
        values.setMin(0)
        text = QColor(colours()["text"])
        values.setLabelsFont(font)
        values.setTitleFont(font)
        for axis in (names, values):
            axis.setLabelsColor(text)
        values.setTitleBrush(text)
        self.chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(values)
        self.names.set_names(names, [name for name, _ in rows])  # whole, wrapped
