"""Section 9, my budget: the figures, how the budget is used (a chart) and the breakdowns by
outcome, by how the money is managed and by kind of support."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.platypus import Flowable, Spacer

from ..domain.categories import Category, category_label
from ..domain.money import Money
from ..domain.plan import Management
from ..domain.text import translate
from .blocks import data_table, not_written, para, section_start
from .budget_chart import budget_chart
from .budget_pages import column_width
from .context import ReportContext
from .fonts import BOLD, text_width
from .labels import management_short, section_titles
from .styles import Theme


def _share(amount: Money, whole: Money) -> str:
    if whole.pence <= 0:
        return "–"
    percent = (Decimal(amount.pence) * 100 / Decimal(whole.pence)).quantize(Decimal("0.1"))
    return translate("PlanPdf", "{percent}%").format(percent=percent)


def _contingency_label(ctx: ReportContext) -> str:
    percent = ctx.plan.budget.contingency.percent
    if percent is not None and ctx.plan.budget.contingency.amount is None:
        return translate("PlanPdf", "Contingency (a reserve of {percent}% of the budget)").format(
            percent=format(percent.normalize(), "f")
        )
    return translate("PlanPdf", "Contingency (a reserve)")


def my_budget(ctx: ReportContext) -> list[Flowable]:
    """Section 9: the figures, the chart and the breakdowns."""
    theme, plan, costing = ctx.theme, ctx.plan, ctx.costing
    budget = plan.budget
    story = section_start(9, section_titles()[8], theme)
    if budget.indicative is None and not plan.support_lines:
        return [*story, not_written(theme)]
    remaining = costing.remaining
    left_label = (
        translate("PlanPdf", "Left in the budget")
        if remaining.pence >= 0
        else translate("PlanPdf", "Over budget by")
    )
    figures = [
        (translate("PlanPdf", "My indicative budget"), ctx.indicative_text()),
        (translate("PlanPdf", "Budget period"), ctx.period_text()),
        (translate("PlanPdf", "Planned support"), costing.planned_total.format()),
        (_contingency_label(ctx), costing.contingency.format()),
        (
            translate("PlanPdf", "Planned support and contingency together"),
            costing.committed.format(),
        ),
        (left_label, abs(remaining).format()),
        (
            translate("PlanPdf", "Planned support each week, on average"),
            costing.weekly_total.format(),
        ),
        (
            translate("PlanPdf", "Within budget"),
            translate("PlanPdf", "Yes") if costing.within_budget else translate("PlanPdf", "No"),
        ),
    ]
    story.append(figure_table(figures, theme))
    story.append(Spacer(1, theme.base * 0.8))
    story.extend(
        [
            para(translate("PlanPdf", "Who set the budget"), theme, "h3"),
            *_text_or_empty(budget.set_by, theme),
            para(translate("PlanPdf", "How the budget was worked out"), theme, "h3"),
            *_text_or_empty(budget.how_worked_out, theme),
        ]
    )
    story.append(para(translate("PlanPdf", "How the budget is used"), theme, "h2"))
    story.append(budget_chart(ctx))
    story.extend(_breakdowns(ctx))
    return story


def _text_or_empty(text: str, theme: Theme) -> list[Flowable]:
    return [para(text, theme)] if text.strip() else [not_written(theme)]


def figure_table(pairs: Sequence[tuple[str, str]], theme: Theme) -> Flowable:
    """Labels with amounts, right-aligned."""
    width = theme.frame_width
    amount_w = max(text_width(v, BOLD, theme.base) for _, v in pairs) + theme.base * 1.5
    rows: list[list[Flowable | str]] = [
        [para(label, theme, "cell"), para(value, theme, "cell_right_bold")]
        for label, value in pairs
    ]
    table = data_table(
        [translate("PlanPdf", "What"), translate("PlanPdf", "Amount")],
        rows,
        [width - amount_w, amount_w],
        theme,
        right=(1,),
    )
    return table


def _breakdowns(ctx: ReportContext) -> list[Flowable]:
    theme, plan, costing = ctx.theme, ctx.plan, ctx.costing
    planned = costing.planned_total
    width = theme.frame_width
    story: list[Flowable] = [para(translate("PlanPdf", "By outcome"), theme, "h2")]
    if plan.outcomes:
        rows: list[list[Flowable | str]] = []
        for outcome in plan.outcomes:
            amount = costing.by_outcome.get(outcome.id, Money(0))
            number = ctx.outcome_numbers[outcome.id]
            rows.append([str(number), outcome.title, amount.format(), _share(amount, planned)])
        if costing.unallocated.pence:
            rows.append(
                [
                    "–",
                    translate("PlanPdf", "Support that serves no outcome yet"),
                    costing.unallocated.format(),
                    _share(costing.unallocated, planned),
                ]
            )
        rows.append(["", translate("PlanPdf", "Total"), planned.format(), _share(planned, planned)])
        story.append(
            para(
                translate(
                    "PlanPdf", "A line that serves several outcomes is shared equally between them."
                ),
                theme,
                "muted",
            )
        )
        story.append(
            _amount_table(
                translate("PlanPdf", "No."), translate("PlanPdf", "Outcome"), rows, width, theme
            )
        )
    else:
        story.append(not_written(theme))
    story.append(para(translate("PlanPdf", "By how the money is managed"), theme, "h2"))
    order = [m.value for m in Management] + ["unstated"]
    rows = [
        [
            "",
            management_short(None if key == "unstated" else key),
            costing.by_management[key].format(),
            _share(costing.by_management[key], planned),
        ]
        for key in order
        if key in costing.by_management
    ]
    rows.append(["", translate("PlanPdf", "Total"), planned.format(), _share(planned, planned)])
    story.append(
        _amount_table("", translate("PlanPdf", "Managed as"), rows, width, theme, numbered=False)
    )
    story.append(para(translate("PlanPdf", "By kind of support"), theme, "h2"))
    rows = []
    for key, amount in sorted(costing.by_category.items(), key=lambda kv: -kv[1].pence):
        try:
            label = category_label(Category(key))
        except ValueError:
            label = key
        rows.append(["", label, amount.format(), _share(amount, planned)])
    rows.append(["", translate("PlanPdf", "Total"), planned.format(), _share(planned, planned)])
    story.append(
        _amount_table(
            "", translate("PlanPdf", "Kind of support"), rows, width, theme, numbered=False
        )
    )
    return story


def _amount_table(
    first: str,
    second: str,
    rows: list[list[Flowable | str]],
    width: float,
    theme: Theme,
    *,
    numbered: bool = True,
) -> Flowable:
    header = [first, second, translate("PlanPdf", "Amount"), translate("PlanPdf", "Share")]
    amount_w = column_width(header[2], [str(r[2]) for r in rows], theme)
    share_w = column_width(header[3], [str(r[3]) for r in rows], theme)
    if numbered:
        no_w = column_width(header[0], [str(r[0]) for r in rows], theme)
        widths = [no_w, width - no_w - amount_w - share_w, amount_w, share_w]
        return data_table(header, rows, widths, theme, right=(2, 3), total_rows=1)
    narrow = [[r[1], r[2], r[3]] for r in rows]
    widths = [width - amount_w - share_w, amount_w, share_w]
    return data_table(header[1:], narrow, widths, theme, right=(1, 2), total_rows=1)
