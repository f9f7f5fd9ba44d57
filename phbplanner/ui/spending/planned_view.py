"""Planned and spent: for every plan line, outcome and month, what the plan says should have been
spent by today, what was spent and the difference — as a table (what a screen reader reads) and
a chart of the same figures. Lines where more was spent than planned are named in words; bars
differ by pattern as well as colour, and the chart's words grow with the text size."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.ledger import Purpose
from ...domain.money import Money
from ...domain.planned import Comparison, PlannedVsActual
from ...domain.schedule import format_date
from ...domain.text import translate
from ..chart_labels import NamesFit, band_lines
from ..costed.text_table import TextTableModel
from ..stacking import TableOrBlocks
from ..theme import colours, set_role
from .feed import SpendingFeed
from .words import TICK, WARNING

BY_LINE, BY_OUTCOME, BY_MONTH = "line", "outcome", "month"
CHART_ROWS = 12


def is_other(row: Comparison) -> bool:
    """Money that is not for a plan line (a refund, a bank charge, not yet assigned)."""
    return row.key in {purpose.value for purpose in Purpose if purpose is not Purpose.PLAN_LINE}


def difference_words(row: Comparison) -> str:
    """“£12.30 less than planned”, “⚠ £34.20 more than planned” or “As planned”."""
    if is_other(row):
        return translate("Planned", "Not part of the plan")
    gap = row.difference
    if gap.pence < 0:
        return f"{WARNING} " + translate("Planned", "{amount} more than planned").format(
            amount=(-gap).format()
        )
    if gap.pence > 0:
        return translate("Planned", "{amount} less than planned").format(amount=gap.format())
    return translate("Planned", "As planned")


def rows_of(figures: PlannedVsActual, by: str) -> list[Comparison]:
    """The rows of one view of planned vs actual (money not for a line after the lines)."""
    if by == BY_OUTCOME:
        rows = list(figures.outcomes)
        if figures.not_linked.planned or figures.not_linked.spent:
            rows.append(figures.not_linked)
        return rows
    if by == BY_MONTH:
        return list(figures.months)
    return [*figures.lines, *figures.other]


def overspent_words(figures: PlannedVsActual, limit: int = 4) -> str:
    """The lines where more was spent than planned, named — or that there are none."""
    over = figures.overspent
    if not over:
        return f"{TICK} " + translate("Planned", "No line has cost more than planned so far.")
    names = [
        translate("Planned", "“{line}” ({amount} more)").format(
            line=row.label or row.key, amount=(-row.difference).format()
        )
        for row in over[:limit]
    ]
    if len(over) > limit:
        names.append(translate("Planned", "and {count} more").format(count=len(over) - limit))
    if len(over) == 1:
        text = translate("Planned", "More than planned has been spent on {lines}.")
    else:
        text = translate("Planned", "More than planned has been spent on {count} lines: {lines}.")
    return f"{WARNING} " + text.format(lines="; ".join(names), count=len(over))


class PlannedView(QWidget):
    """Planned vs actual by line, outcome or month, as a table and a chart."""

    def __init__(self, feed: SpendingFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its contents take the focus
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 6, 8, 6)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        set_role(self.heading, "subheading")
        layout.addWidget(self.heading)
        self.summary = QLabel(self)
        self.summary.setObjectName("planned_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.overspent = QLabel(self)
        self.overspent.setObjectName("overspent")
        self.overspent.setWordWrap(True)
        layout.addWidget(self.overspent)
        choose = QHBoxLayout()
        label = QLabel(translate("Planned", "&Show it by"), self)
        self.by = QComboBox(self)
        self.by.addItem(translate("Planned", "line of the plan"), BY_LINE)
        self.by.addItem(translate("Planned", "outcome"), BY_OUTCOME)
        self.by.addItem(translate("Planned", "month"), BY_MONTH)
        self.by.setAccessibleName(translate("Planned", "Show it by"))
        label.setBuddy(self.by)
        choose.addWidget(label)
        choose.addWidget(self.by)
        choose.addStretch(1)
        layout.addLayout(choose)
        self.model = TextTableModel(
            [
                translate("Planned", "For"),
                translate("Planned", "Planned so far"),
                translate("Planned", "Spent"),
                translate("Planned", "Difference"),
            ],
            right_aligned=frozenset({1, 2}),
            parent=self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("planned_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(translate("Planned", "Planned and spent"))
        self.chart = QChart()
        self.chart.setBackgroundVisible(False)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setObjectName("planned_chart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.names = NamesFit(self.chart_view)
        self.chart_view.setAccessibleName(
            translate("Planned", "Planned and spent chart (the table has the same figures)")
        )
        self.left_out = QLabel(self)
        self.left_out.setWordWrap(True)
        self.left_out.setProperty("role", "note")
        self.table_place = TableOrBlocks(self.table, self, all_rows=True)
        layout.addWidget(self.table_place)
        layout.addWidget(self.left_out)
        layout.addWidget(self.chart_view, 1)
        self.rows: list[Comparison] = []
        self.by.currentIndexChanged.connect(lambda _i: self.refresh())
        self._stale = True

    def mark_stale(self) -> None:
        """The figures changed: work them out again when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Show the figures as of the feed's today."""
        if not self.feed.open:
            return
        self._stale = False
        status = self.feed.status()
        figures = status.planned_vs_actual
        when = format_date(status.as_of)
        self.heading.setText(
            translate("Planned", "Planned and spent up to {date}").format(date=when)
        )
        gap = figures.planned_total - figures.spent_total
        if gap.pence >= 0:
            text = translate(
                "Planned",
                "By {date} the plan expected {planned} to be spent. {spent} has been spent: "
                "{gap} less than planned.",
            )
        else:
            text = translate(
                "Planned",
                "By {date} the plan expected {planned} to be spent. {spent} has been spent: "
                "{gap} more than planned.",
            )
        self.summary.setText(
            text.format(
                date=when, planned=figures.planned_total.format(),
                spent=figures.spent_total.format(), gap=abs(gap).format(),
            )
        )  # fmt: skip
        self.overspent.setText(overspent_words(figures))
        names = self.feed.line_names()
        if figures.left_out:
            self.left_out.setText(
                translate(
                    "Planned",
                    "Not in these records (the NHS or another organisation pays for them): "
                    "{lines}.",
                ).format(lines="; ".join(names.get(i, i) for i in figures.left_out))
            )
            self.left_out.show()
        else:
            self.left_out.hide()
        by = str(self.by.currentData())
        self.rows = rows_of(figures, by)
        total = Comparison("", translate("Planned", "Total"), figures.planned_total,
                           figures.spent_total)  # fmt: skip
        shown = [*self.rows, total] if by != BY_MONTH or self.rows else self.rows
        self.model.set_rows(
            [
                row.label or row.key,
                "—" if is_other(row) else row.planned.format(),
                row.spent.format(),
                difference_words(row),
            ]
            for row in shown
        )
        self._fit_table(len(shown))
        self.table.setAccessibleDescription(self.summary.text())
        self.draw_chart()

    def _fit_table(self, rows: int) -> None:
        """Tall enough for every row (the page scrolls, not the table)."""
        fit_rows(self.table, rows)

    def draw_chart(self) -> None:
        """The chart of the rows shown (the largest first), in the current text size."""
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        rows = self.rows
        if str(self.by.currentData()) != BY_MONTH:
            rows = sorted(rows, key=lambda r: -max(r.planned.pence, r.spent.pence))[:CHART_ROWS]
        rows = list(reversed(rows))  # the first at the top of a horizontal chart
        line = self.fontMetrics().height()
        self.chart_view.setMinimumHeight(line * (len(rows) * band_lines() + 7))
        if not rows:
            return
        c = colours()
        planned = QBarSet(translate("Planned", "Planned so far"))
        planned.setColor(QColor(c["accent"]))
        planned.setBorderColor(QColor(c["accent"]))
        spent = QBarSet(translate("Planned", "Spent"))
        spent.setBrush(QBrush(QColor(c["text"]), Qt.BrushStyle.BDiagPattern))
        spent.setPen(QPen(QColor(c["text"]), 1))
        spent.setLabelColor(QColor(c["text"]))
        planned.append([_pounds(row.planned) for row in rows])  # drawing only
        spent.append([_pounds(row.spent) for row in rows])
        series = QHorizontalBarSeries()
        series.append(planned)
        series.append(spent)
        self.chart.addSeries(series)
        font = self.font()
        names = QBarCategoryAxis()

        values = QValueAxis()
        # Qt formats axis labels printf-style in Latin-1, which mangles "£": the title says it.
        values.setLabelFormat("%.0f")
        values.setTitleText(translate("Planned", "Pounds (£)"))
        values.setMin(0)
        text = QColor(c["text"])
        for axis in (names, values):
            axis.setLabelsColor(text)
            axis.setLabelsFont(font)
        values.setTitleBrush(text)
        values.setTitleFont(font)
        legend = self.chart.legend()
        legend.setFont(font)
        legend.setLabelColor(text)
        self.chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(values)
        self.names.set_names(names, [row.label or row.key for row in rows])  # whole, wrapped

    def text_scale_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True


def fit_rows(table: QTableView, rows: int) -> None:
    """A table tall enough for all of its ``rows`` at the text size now (the page scrolls)."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    header = table.horizontalHeader().sizeHint().height()
    body = table.verticalHeader().defaultSectionSize() * max(rows, 1)
    scroll = table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(header + body + scroll + table.frameWidth() * 2 + 4)


def _pounds(amount: Money) -> float:
    return float(max(amount.pence, 0)) / 100  # for drawing bars only, never for money
