"""The budget summary that stays in view while planning: figures, a bar, and the words.

The bar never relies on colour alone: planned support is solid, the contingency is striped, what
is left is empty, and an over-budget plan shows a cross-hatched overflow — and the sentence beside
it says the same ("£412.30 left" / "£1,020.00 over budget").
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...domain.costing import PlanCosting
from ...domain.money import Money
from ...domain.text import translate
from ..spending.summary_line import SpendingSummaryLine
from ..theme import colours, set_role
from .feed import CostedPlan


def remaining_words(remaining: Money) -> str:
    """“£412.30 left” or “£1,020.00 over budget”."""
    if remaining.pence < 0:
        return translate("BudgetSummary", "{amount} over budget").format(
            amount=(-remaining).format()
        )
    return translate("BudgetSummary", "{amount} left").format(amount=remaining.format())


def summary_words(costing: PlanCosting) -> str:
    """What is left in words, or that no budget has been written down yet."""
    if costing.indicative.pence == 0 and costing.committed.pence == 0:
        return translate("BudgetSummary", "No budget written down yet")
    return remaining_words(costing.remaining)


class BudgetBar(QWidget):
    """Planned, contingency and remaining as parts of one bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.costing: PlanCosting | None = None
        self.setMinimumHeight(22)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(300, max(22, self.fontMetrics().height() + 6))

    def set_costing(self, costing: PlanCosting) -> None:
        self.costing = costing
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.costing is None:
            return
        c = colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        costing = self.costing
        whole = max(costing.indicative.pence, costing.committed.pence, 1)
        planned = rect.width() * costing.planned_total.pence / whole
        reserve = rect.width() * costing.contingency.pence / whole
        budget_edge = rect.width() * costing.indicative.pence / whole
        painter.setPen(QPen(QColor(c["border"]), 1))
        painter.setBrush(QColor(c["base"]))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(c["accent"]))
        painter.drawRect(QRectF(rect.left(), rect.top(), planned, rect.height()))
        painter.setBrush(QBrush(QColor(c["accent"]), Qt.BrushStyle.BDiagPattern))
        painter.drawRect(QRectF(rect.left() + planned, rect.top(), reserve, rect.height()))
        if costing.remaining.pence < 0:
            over = QRectF(
                rect.left() + budget_edge, rect.top(), rect.width() - budget_edge, rect.height()
            )
            painter.setBrush(QBrush(QColor(c["error"]), Qt.BrushStyle.DiagCrossPattern))
            painter.drawRect(over)
            painter.setPen(QPen(QColor(c["text"]), 2))
            painter.drawLine(over.topLeft(), over.bottomLeft())
        painter.end()


class BudgetSummaryBar(QFrame):
    """Indicative budget, planned, contingency, what is left, weekly — always in view."""

    def __init__(self, feed: CostedPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.setObjectName("budgetsummary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(6)
        row = QHBoxLayout()
        row.setSpacing(18)
        self.words = QLabel(self)
        set_role(self.words, "subheading")
        row.addWidget(self.words)
        self.bar = BudgetBar(self)
        row.addWidget(self.bar, 1)
        layout.addLayout(row)
        #: The figures in words, by name ("budget", "planned", "contingency", "weekly").
        self.figures: dict[str, str] = {}
        # One wrapping line: at large text sizes the figures flow onto a second line, and each
        # figure keeps its words together (non-breaking spaces inside, breaks only between).
        self.line = QLabel(self)
        self.line.setWordWrap(True)
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.line)
        # For plans that keep spending records: the balance on the spending page, and the most
        # important alert wherever the person is.
        self.spending = SpendingSummaryLine(feed.controller, self)
        layout.addWidget(self.spending)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        feed.updated.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the latest figures."""
        costing = self.feed.costing
        texts = {
            "budget": translate("BudgetSummary", "Budget: {amount}").format(
                amount=costing.indicative.format()
            ),
            "planned": translate("BudgetSummary", "Planned: {amount}").format(
                amount=costing.planned_total.format()
            ),
            "contingency": translate("BudgetSummary", "Kept back for emergencies: {amount}").format(
                amount=costing.contingency.format()
            ),
            "weekly": translate("BudgetSummary", "About {amount} a week").format(
                amount=costing.weekly_total.format()
            ),
        }
        self.figures = texts
        self.line.setText("   ·   ".join(text.replace(" ", "\u00a0") for text in texts.values()))
        words = summary_words(costing)
        self.words.setText(words)
        self.words.setProperty("state", "over" if costing.remaining.pence < 0 else "ok")
        self.words.style().unpolish(self.words)
        self.words.style().polish(self.words)
        self.bar.set_costing(costing)
        summary = "; ".join([*texts.values(), words])
        self.setAccessibleName(translate("BudgetSummary", "Budget summary"))
        self.setAccessibleDescription(summary)
        self.bar.setAccessibleName(summary)
        self.setToolTip(summary)
