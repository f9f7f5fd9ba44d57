"""The PA calculator's answer: each cost with its working in plain English, the total, the
warnings, and — when working a PA's lines out again — what will change in the plan."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...domain.costing import cost_line, days_in_period, weekly_equivalent
from ...domain.employment import PACosts
from ...domain.employment_plan import PAPlanChange
from ...domain.plan import SupportLine
from ...domain.schedule import format_date
from ...domain.text import translate
from ..theme import set_role

WARNING_SIGN = "⚠"


def _label(parent: QWidget, text: str = "", role: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        set_role(label, role)
    return label


class PAResults(QWidget):
    """Shows one calculation (or why there is none yet). Rebuilt on every change of answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.heading = _label(self, translate("PACalculator", "What it costs"), "subheading")
        layout.addWidget(self.heading)
        self.period = _label(self)
        layout.addWidget(self.period)
        self.problem = _label(self, role="error")
        self.problem.setAccessibleName(translate("PACalculator", "Answers to look at"))
        self.problem.hide()
        layout.addWidget(self.problem)
        self.body = QWidget(self)
        self.rows = QVBoxLayout(self.body)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(4)
        layout.addWidget(self.body)
        layout.addStretch(1)
        #: What is shown, by kind of cost (the figure's line of text): for tests and screen readers.
        self.figures: dict[str, str] = {}
        self.total_text = ""
        self.warning_texts: list[str] = []
        self.change_texts: list[str] = []

    def _clear(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleting waits for the event loop
                widget.deleteLater()
        self.figures = {}
        self.total_text = ""
        self.warning_texts = []
        self.change_texts = []

    def show_problem(self, message: str) -> None:
        """No figures: say what to fix first."""
        self._clear()
        self.period.setText("")
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def show_costs(
        self,
        costs: PACosts,
        change: PAPlanChange | None = None,
        before: tuple[SupportLine, ...] = (),
    ) -> None:
        """Show a calculation; with ``change`` for an existing PA, what it changes in the plan
        (``before``: the plan's support lines now)."""
        self._clear()
        self.problem.setText("")
        self.problem.hide()
        self.period.setText(
            translate(
                "PACalculator",
                "Over the budget period, {start} to {end}: {weeks} weeks of work.",
            ).format(start=format_date(costs.start), end=format_date(costs.end), weeks=costs.weeks)
        )
        if change is not None:  # working a PA out again: what changes comes first
            self._show_change(change, before)
        # Then warnings: a rate below the minimum wage matters more than any figure.
        for warning in costs.warnings:
            text = translate("PACalculator", "{sign} {message}").format(
                sign=WARNING_SIGN, message=warning.message
            )
            self.rows.addWidget(_label(self.body, text, "error"))
            self.warning_texts.append(text)
        for line in costs.lines:
            name = html.escape(line.label)
            amount = html.escape(line.amount.format())
            text = translate("PACalculator", "{name}: {amount}").format(name=name, amount=amount)
            figure = _label(self.body, f"<b>{text}</b>")
            figure.setTextFormat(Qt.TextFormat.RichText)
            figure.setAccessibleName(html.unescape(text))
            self.rows.addWidget(figure)
            self.rows.addWidget(_label(self.body, line.explanation, "note"))
            self.figures[line.kind.value] = html.unescape(text)
        weekly = weekly_equivalent(costs.total, days_in_period(costs.start, costs.end))
        total = translate(
            "PACalculator", "Altogether: {total} over the period (about {weekly} a week)."
        ).format(total=costs.total.format(), weekly=weekly.format())
        total_label = _label(self.body, total, "subheading")
        self.rows.addWidget(total_label)
        self.total_text = total

    def _show_change(self, change: PAPlanChange, before: tuple[SupportLine, ...]) -> None:
        old = {line.id: line for line in before}
        new = {line.id: line for line in change.lines}
        texts: list[str] = []
        start, end = change.costs.start, change.costs.end

        def cost(line: SupportLine) -> str:
            return cost_line(line, start, end).period_cost.format()

        for line_id in change.updated:
            was, now = old[line_id], new[line_id]
            if cost(was) != cost(now):
                texts.append(
                    translate("PACalculator", "{line}: {before} → {after}").format(
                        line=now.description, before=cost(was), after=cost(now)
                    )
                )
        for line_id in change.added:
            texts.append(
                translate("PACalculator", "New line: {line}, {amount}").format(
                    line=new[line_id].description, amount=cost(new[line_id])
                )
            )
        for line_id in change.removed:
            texts.append(
                translate("PACalculator", "No longer needed, taken out: {line}").format(
                    line=old[line_id].description
                )
            )
        heading = _label(
            self.body, translate("PACalculator", "What changes in your plan"), "subheading"
        )
        self.rows.addWidget(heading)
        if not texts:
            texts.append(
                translate("PACalculator", "The costs in your plan are already up to date.")
            )
        for text in texts:
            self.rows.addWidget(_label(self.body, text))
        self.change_texts = texts
        self.rows.addWidget(
            _label(self.body, translate("PACalculator", "The costs, one by one"), "subheading")
        )
