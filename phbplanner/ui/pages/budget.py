"""My budget: the indicative budget, the period, the contingency, who holds the money."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel

from ...domain.money import Money
from ...domain.plan import Budget, Contingency, PaymentSchedule
from ...domain.readiness import Section
from ...domain.text import translate
from ..controller import PlanController
from ..costed.breakdown import BreakdownView
from ..costed.feed import feed_for
from ..costed.summary_bar import remaining_words
from ..fields import Field
from ..form import SectionForm, grid_of
from .base import Page


def _set_amount(budget: Budget, value: Money | None) -> Budget:
    contingency = Contingency(amount=value, percent=None if value else budget.contingency.percent)
    return dataclasses.replace(budget, contingency=contingency)


def _set_percent(budget: Budget, value: Decimal | None) -> Budget:
    contingency = Contingency(amount=None if value else budget.contingency.amount, percent=value)
    return dataclasses.replace(budget, contingency=contingency)


class BudgetPage(Page):
    section = Section.BUDGET
    slug = "my-budget"

    def __init__(self, controller: PlanController) -> None:
        super().__init__(
            controller,
            translate("Steps", "My budget"),
            translate("Pages", "How much money is there, for how long, and who holds it?"),
            translate(
                "Pages",
                "For example: “£18,000 from 1 April 2026 to 31 March 2027, as a direct payment "
                "held by my son.”",
            ),
        )
        schedules: list[tuple[Any, str]] = [
            (None, translate("Pages", "Not decided yet")),
            (PaymentSchedule.MONTHLY, translate("Pages", "Every month")),
            (PaymentSchedule.FOUR_WEEKLY, translate("Pages", "Every 4 weeks")),
            (PaymentSchedule.QUARTERLY, translate("Pages", "Every 3 months")),
        ]
        date_example = translate("Pages", "Day/month/year, like 01/04/2026")
        fields = [
            Field("indicative", translate("Pages", "My indicative budget"), "money",
                  example=translate("Pages", "The amount I was told, like 18000.00")),
            Field("set_by", translate("Pages", "Who set it"),
                  example=translate("Pages", "For example: West Yorkshire ICB (the NHS body that "
                                            "agrees your budget)")),
            Field("period_start", translate("Pages", "The budget starts on"), "date",
                  example=date_example),
            Field("period_end", translate("Pages", "The budget ends on"), "date",
                  example=date_example),
            Field("contingency_amount", translate("Pages", "Money kept back for emergencies"),
                  "money", example=translate("Pages", "An amount, like 500.00"),
                  get=lambda b: b.contingency.amount, put=_set_amount),
            Field("contingency_percent",
                  translate("Pages", "…or kept back as a percentage of the budget"), "percent",
                  example=translate("Pages", "For example: 5"),
                  get=lambda b: b.contingency.percent, put=_set_percent),
            Field("holder", translate("Pages", "Who holds the money"),
                  example=translate("Pages", "For example: my son, Łukasz")),
            Field("payment_schedule", translate("Pages", "How often the money is paid"),
                  "choice", choices=schedules),
            Field("how_worked_out", translate("Pages", "How the budget was worked out"), "long"),
            Field("management_summary", translate("Pages", "How my budget is managed"), "long",
                  example=translate("Pages", "For example: a direct payment held by my son; "
                                    "therapy paid by the NHS (notional)")),
        ]  # fmt: skip
        self.form = SectionForm(controller, "budget", fields, self.body)
        self.add_layout(grid_of([e.box for e in self.form.editors.values()]))
        self.subheading(translate("Pages", "The figures"))
        frame = QFrame(self.body)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        grid.setHorizontalSpacing(24)
        self.figures: dict[str, QLabel] = {}
        rows = [
            ("indicative", translate("Pages", "Budget")),
            ("planned", translate("Pages", "Paid support planned")),
            ("contingency", translate("Pages", "Kept back for emergencies")),
            ("weekly", translate("Pages", "Paid support each week, on average")),
            ("remaining", translate("Pages", "What is left")),
        ]
        for row, (key, text) in enumerate(rows):
            name = QLabel(text, frame)
            name.setWordWrap(True)
            value = QLabel(frame)
            value.setAccessibleName(text)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.figures[key] = value
        grid.setColumnStretch(1, 1)
        self.add(frame)
        self.subheading(translate("Pages", "Where the money goes"))
        self.breakdown = BreakdownView(feed_for(controller), self.body)
        self.add(self.breakdown)
        self.finish()
        self.feed = feed_for(controller)
        self.feed.updated.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the figures of the latest costing (worked out once for the whole window)."""
        plan, costing = self.feed.plan, self.feed.costing
        f = self.figures
        f["indicative"].setText(
            costing.indicative.format()
            if plan.budget.indicative is not None
            else translate("Pages", "Not written down yet")
        )
        f["planned"].setText(costing.planned_total.format())
        f["contingency"].setText(costing.contingency.format())
        f["weekly"].setText(costing.weekly_total.format())
        words = remaining_words(costing.remaining)
        over = costing.remaining.pence < 0
        f["remaining"].setText(("⚠ " if over else "✓ ") + words)
        f["remaining"].setProperty("role", "error" if over else "")
        f["remaining"].style().polish(f["remaining"])
