"""Progress over time: each outcome's ratings across the finished reviews, and what was spent on
it over the same time — as a chart and, for screen readers, as a table of the same figures.

The data is the services' (``Reviews.progress()``): the table's rows are each outcome's
``OutcomeProgress.table_rows()`` (the review, the rating in words, what was spent since the
review before), with the outcome's name in front. For one outcome the chart draws the same rows:
a bar for what was spent up to each review (and since the last one) and the rating at each
review as a line of points. "All outcomes together" draws every outcome's ratings, each with its
own shape of point and kind of line (never colour alone).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLegend,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.money import Money
from ...domain.review import ReviewStatus, rating_text
from ...domain.review_progress import OutcomeProgress
from ...domain.schedule import format_date
from ...domain.text import translate
from ..costed.text_table import TextTableModel
from ..stacking import TableOrBlocks
from ..theme import colours
from .sizing import ColumnsFit, show_every_row

ALL = "__all__"
_PENS = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
)
_SHAPES = (
    QScatterSeries.MarkerShape.MarkerShapeCircle,
    QScatterSeries.MarkerShape.MarkerShapeRectangle,
    QScatterSeries.MarkerShape.MarkerShapeTriangle,
    QScatterSeries.MarkerShape.MarkerShapeStar,
    QScatterSeries.MarkerShape.MarkerShapePentagon,
    QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle,
)


def outcome_name(item: OutcomeProgress) -> str:
    """The outcome's title (saying so when it is not in the plan: new, or taken off)."""
    title = item.title.strip() or translate("ReviewsUi", "(no title)")
    if item.in_plan:
        return title
    if any(point.status is ReviewStatus.ADDED for point in item.ratings):
        return translate("ReviewsUi", "{title} (new: not in the plan yet)").format(title=title)
    return translate("ReviewsUi", "{title} (no longer in the plan)").format(title=title)


def progress_rows(progress: Sequence[OutcomeProgress], ref: str = ALL) -> list[list[str]]:
    """The table's rows: each outcome's ``table_rows()`` with its name in front."""
    rows: list[list[str]] = []
    for item in progress:
        if ref not in (ALL, item.outcome_ref):
            continue
        name = outcome_name(item)
        rows.extend([name, *row] for row in item.table_rows())
    return rows


def short_date(when: date) -> str:
    """ "30 Jun 2026" for the chart's axis (the table has the whole date)."""
    day, month, year = format_date(when).split(" ", 2)
    return f"{day} {month[:3]} {year}"


def _pounds(amount: Money) -> float:
    return amount.pence / 100  # drawing only: the table shows the exact amount


class ProgressView(QWidget):
    """Choose an outcome (or all); see its chart and its table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress: tuple[OutcomeProgress, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.chooser = QWidget(self)
        choose = QHBoxLayout(self.chooser)
        choose.setContentsMargins(0, 0, 0, 0)
        label = QLabel(translate("ReviewsUi", "Show"), self.chooser)
        self.choice = QComboBox(self.chooser)
        self.choice.setAccessibleName(translate("ReviewsUi", "Which outcome to show"))
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.choice.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.choice.setMinimumContentsLength(12)
        label.setBuddy(self.choice)
        choose.addWidget(label)
        choose.addWidget(self.choice)  # as wide as its longest choice, not the page
        choose.addStretch(1)
        layout.addWidget(self.chooser)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.chart = QChart()
        self.chart.setBackgroundVisible(False)
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chart_view.setAccessibleName(
            translate("ReviewsUi", "Progress chart (the table below has the same figures)")
        )
        layout.addWidget(self.chart_view)
        self.model = TextTableModel(
            [
                translate("ReviewsUi", "Outcome"),
                translate("ReviewsUi", "Review"),
                translate("ReviewsUi", "How far it had come"),
                translate("ReviewsUi", "Spent since the review before"),
            ],
            right_aligned=frozenset({3}),
            parent=self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setObjectName("progress_table")
        self.table.setAccessibleName(translate("ReviewsUi", "Progress table"))
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table_place = TableOrBlocks(self.table, self, all_rows=True)
        layout.addWidget(self.table_place)
        self.columns = ColumnsFit(self.table)  # every heading whole
        self.choice.currentIndexChanged.connect(lambda _index: self.refresh())
        self.fit_text()

    # -- data -------------------------------------------------------------------------------
    def set_progress(self, progress: tuple[OutcomeProgress, ...]) -> None:
        """Show ``progress`` (keeping the outcome chosen when it is still there)."""
        chosen = self.chosen()
        self.progress = progress
        self.choice.blockSignals(True)
        self.choice.clear()
        if len(progress) > 1:
            self.choice.addItem(translate("ReviewsUi", "All outcomes together"), ALL)
        for item in progress:
            self.choice.addItem(outcome_name(item), item.outcome_ref)
        keys = [self.choice.itemData(i) for i in range(self.choice.count())]
        self.choice.setCurrentIndex(keys.index(chosen) if chosen in keys else 0)
        self.choice.blockSignals(False)
        self.refresh()

    def chosen(self) -> str:
        """The outcome shown (its id), or :data:`ALL`."""
        data = self.choice.currentData()
        return str(data) if data is not None else ALL

    def choose(self, ref: str) -> None:
        """Show outcome ``ref`` (or :data:`ALL`)."""
        index = self.choice.findData(ref)
        if index >= 0:
            self.choice.setCurrentIndex(index)

    def has_reviews(self) -> bool:
        return any(item.ratings for item in self.progress)

    # -- drawing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Draw the chart and fill the table for the outcome chosen."""
        ref = self.chosen()
        self.model.set_rows(progress_rows(self.progress, ref))
        self._fit_table()
        # a new chart each time: axes taken out of a chart can leave their labels drawn behind
        old, self.chart = self.chart, QChart()
        self.chart.setBackgroundVisible(False)
        self.chart_view.setChart(self.chart)
        old.deleteLater()
        if not self.has_reviews():
            self.summary.setText(
                translate(
                    "ReviewsUi",
                    "No review is finished yet. After the first one, this shows how each "
                    "outcome is going, and what was spent on it.",
                )
            )
            for widget in (self.chooser, self.chart_view, self.table_place):
                widget.hide()
            return
        for widget in (self.chooser, self.chart_view, self.table_place):
            widget.show()
        if ref == ALL:
            self._draw_all()
        else:
            item = next((i for i in self.progress if i.outcome_ref == ref), None)
            if item is not None:
                self._draw_one(item)

    def _summary_one(self, item: OutcomeProgress) -> str:
        parts = []
        rated = item.rated
        if rated:
            latest = rated[-1]
            parts.append(
                translate("ReviewsUi", "Latest rating: {rating} ({date}).").format(
                    rating=rating_text(latest.rating), date=format_date(latest.review_date)
                )
            )
        else:
            parts.append(translate("ReviewsUi", "It has not been given a number yet."))
        if item.months:
            parts.append(
                translate("ReviewsUi", "{amount} spent on it from {first} to {last}.").format(
                    amount=item.total_spent.format(),
                    first=_month_words(item.months[0].month),
                    last=_month_words(item.months[-1].month),
                )
            )
        return " ".join(parts)

    def _draw_one(self, item: OutcomeProgress) -> None:
        self.summary.setText(self._summary_one(item))
        c = colours()
        spans = {span.review_date: span for span in item.spans}
        names = [short_date(point.review_date) for point in item.ratings]
        spent = [_pounds(spans[p.review_date].spent if p.review_date in spans else Money(0))
                 for p in item.ratings]  # fmt: skip
        since = spans.get(None)
        if since is not None:
            names.append(translate("ReviewsUi", "Since then"))
            spent.append(_pounds(since.spent))
        categories = QBarCategoryAxis()
        categories.append(names)
        bars = QBarSet(translate("ReviewsUi", "Spent (£)"))
        bars.setBrush(QBrush(QColor(c["muted"]), Qt.BrushStyle.BDiagPattern))
        bars.setBorderColor(QColor(c["text"]))
        bars.append(spent)
        bar_series = QBarSeries()
        bar_series.append(bars)
        line = QLineSeries()
        line.setName(translate("ReviewsUi", "Rating (0 to 10)"))
        pen = QPen(QColor(c["accent"]), 3)
        line.setPen(pen)
        line.setPointsVisible(True)
        line.setMarkerSize(11)
        for index, point in enumerate(item.ratings):
            if point.rating is not None:
                line.append(QPointF(index, point.rating))
        self.chart.addSeries(bar_series)
        self.chart.addSeries(line)
        ratings_axis = self._ratings_axis()
        money = QValueAxis()
        money.setLabelFormat("%.0f")  # printf-style, Latin-1: "£" goes in the title
        money.setTitleText(translate("ReviewsUi", "Pounds (£)"))
        money.setMin(0)
        money.setMax(max([*spent, 1.0]) * 1.1)
        money.applyNiceNumbers()
        self._style_axes(categories, ratings_axis, money)
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(ratings_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(money, Qt.AlignmentFlag.AlignRight)
        for series in (bar_series, line):
            series.attachAxis(categories)
        bar_series.attachAxis(money)
        line.attachAxis(ratings_axis)
        self._legend()

    def _draw_all(self) -> None:
        self.summary.setText(
            translate(
                "ReviewsUi",
                "Every outcome’s rating at each review. Choose one outcome to see what was "
                "spent on it too.",
            )
        )
        c = colours()
        dates = sorted({p.review_date for item in self.progress for p in item.ratings})
        categories = QBarCategoryAxis()
        categories.append([short_date(d) for d in dates])
        place = {d: i for i, d in enumerate(dates)}
        ratings_axis = self._ratings_axis()
        self._style_axes(categories, ratings_axis)
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(ratings_axis, Qt.AlignmentFlag.AlignLeft)
        ink = QColor(c["accent"])
        for number, item in enumerate(self.progress):
            if not item.rated:
                continue
            points = [QPointF(place[p.review_date], p.rating or 0) for p in item.rated]
            line = QLineSeries()
            line.setPen(QPen(ink, 2, _PENS[number % len(_PENS)]))
            line.append(points)
            marks = QScatterSeries()
            marks.setName(_short(outcome_name(item)))
            marks.setMarkerShape(_SHAPES[number % len(_SHAPES)])
            marks.setMarkerSize(13)
            marks.setColor(ink)
            marks.setBorderColor(QColor(c["text"]))
            marks.append(points)
            for series in (line, marks):
                self.chart.addSeries(series)
                series.attachAxis(categories)
                series.attachAxis(ratings_axis)
            for marker in self.chart.legend().markers(line):
                marker.setVisible(False)
        self._legend()

    def _ratings_axis(self) -> QValueAxis:
        axis = QValueAxis()
        axis.setRange(0, 10)
        axis.setTickCount(6)
        axis.setLabelFormat("%d")
        axis.setTitleText(translate("ReviewsUi", "Rating (0 to 10)"))
        return axis

    def _style_axes(self, *axes: QBarCategoryAxis | QValueAxis) -> None:
        text = QColor(colours()["text"])
        font = QFont(self.font())
        for axis in axes:
            axis.setLabelsColor(text)
            axis.setLabelsFont(font)
            axis.setTitleBrush(text)
            axis.setTitleFont(font)

    def _legend(self) -> None:
        legend = self.chart.legend()
        legend.setVisible(True)
        legend.setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)  # shapes, not colour
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setFont(QFont(self.font()))
        legend.setLabelColor(QColor(colours()["text"]))

    def _fit_table(self) -> None:
        """The table shows every row (the page scrolls, not the table)."""
        show_every_row(self.table)

    def fit_text(self) -> None:
        """Make the chart as tall as its text needs at the text size in use."""
        self.chart_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 18)
        self.refresh()


def _short(title: str) -> str:
    return title if len(title) <= 40 else title[:39] + "…"


def _month_words(month: date) -> str:
    """ "April 2026"."""
    return format_date(month).split(" ", 1)[1]
