"""Sections 8 and 9: my support (paid lines and unpaid support) and my budget (figures,
breakdowns and a chart)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle

from ..domain.categories import Category, category_label, exclusion_reason
from ..domain.money import Money
from ..domain.plan import Management
from ..domain.text import translate
from .blocks import data_table, esc, not_written, para, section_start
from .budget_chart import budget_chart
from .context import ReportContext
from .fonts import BOLD, REGULAR, text_width
from .labels import management_short, section_titles
from .styles import STRIPE, Theme


def _quantity(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def _column_width(header: str, values: Sequence[str], theme: Theme) -> float:
    """Wide enough for the widest value and the longest single word of the header."""
    size = theme.base
    widest = max([text_width(v, REGULAR, size) for v in values] or [0.0])
    word = max(text_width(w, BOLD, size) for w in header.split())
    return max(widest, word) + theme.base * 0.9 + 2


def _line_cell(ctx: ReportContext, index: int, theme: Theme) -> Paragraph:
    line = ctx.plan.support_lines[index]
    start = ctx.plan.budget.period_start
    muted = '<font color="#4C6272">'
    description = line.description or translate("PlanPdf", "Not yet written")
    parts = [f"<b>{esc(description)}</b>"]
    kind = category_label(line.category) if isinstance(line.category, Category) else ""
    provider = line.provider.strip()
    who = (
        translate("PlanPdf", "{provider} ({kind})").format(provider=provider, kind=kind)
        if provider
        else kind
    )
    parts.append(muted + esc(who) + "</font>")
    parts.append(
        muted
        + esc(
            translate("PlanPdf", "When: {schedule}").format(schedule=line.schedule.describe(start))
        )
        + "</font>"
    )
    parts.append(
        muted
        + esc(translate("PlanPdf", "Managed: {how}").format(how=management_short(line.management)))
        + "</font>"
    )
    parts.append(
        muted
        + esc(
            translate("PlanPdf", "Helps with outcomes: {numbers}").format(
                numbers=ctx.outcome_refs(line.outcomes)
            )
        )
        + "</font>"
    )
    if line.notes.strip():
        parts.append(
            muted + esc(translate("PlanPdf", "Notes: {notes}").format(notes=line.notes)) + "</font>"
        )
    reason = exclusion_reason(line.category) if isinstance(line.category, Category) else None
    if reason:
        parts.append(
            "<b>"
            + esc(translate("PlanPdf", "Cannot be agreed: {reason}").format(reason=reason))
            + "</b>"
        )
    if line.paid_to_household_family:
        why = line.household_justification.strip() or translate("PlanPdf", "no reason written yet")
        parts.append(
            esc(
                translate("PlanPdf", "Paid to a family member who lives with me: {why}").format(
                    why=why
                )
            )
        )
    return Paragraph("<br/>".join(parts), theme["cell"])


def paid_support_table(ctx: ReportContext) -> Flowable:
    """Every paid support line with its schedule in words and its cost over the period.

    Provider, schedule, management option and the outcomes served sit under the description in
    the first column, so that the amounts keep columns of their own, right-aligned, even in
    large print.
    """
    theme, plan, costing = ctx.theme, ctx.plan, ctx.costing
    header = [
        translate("PlanPdf", "Support"),
        translate("PlanPdf", "How many"),
        translate("PlanPdf", "Unit cost"),
        translate("PlanPdf", "Times in period"),
        translate("PlanPdf", "Cost for the period"),
    ]
    rows: list[list[Flowable | str]] = []
    numbers: list[list[str]] = []
    for index, line in enumerate(plan.support_lines):
        cost = costing.lines[index]
        values = [
            _quantity(line.quantity),
            line.unit_cost.format(),
            str(cost.occurrences),
            cost.period_cost.format(),
        ]
        numbers.append(values)
        rows.append([_line_cell(ctx, index, theme), *values])
    total = costing.planned_total.format()
    if theme.large_print:
        return _stacked_table(header, rows, numbers, total, theme)
    rows.append(
        [
            Paragraph(
                "<b>" + esc(translate("PlanPdf", "Total planned support")) + "</b>", theme["cell"]
            ),
            "",
            "",
            "",
            Paragraph(f"<b>{esc(total)}</b>", theme["cell_right"]),
        ]
    )
    widths = [
        _column_width(header[col], [row[col - 1] for row in numbers], theme) for col in range(1, 5)
    ]
    widths[3] = max(widths[3], text_width(total, BOLD, theme.base) + theme.base * 0.9 + 2)
    first = theme.frame_width - sum(widths)
    return data_table(
        header, rows, [first, *widths], theme, right=(1, 2, 3, 4), total_rows=1, plain=(1, 2, 3, 4)
    )


def _stacked_table(
    header: list[str],
    rows: list[list[Flowable | str]],
    numbers: list[list[str]],
    total: str,
    theme: Theme,
) -> Flowable:
    """Large print: each line's description on a full-width row, its figures on the row below.

    At 16 pt five columns leave the description too narrow to read, so the figures get the
    whole width under it; each pair of rows is kept together on one page.
    """
    stacked: list[list[Flowable | str]] = []
    for row, values in zip(rows, numbers, strict=True):
        stacked.append([row[0], "", "", ""])
        stacked.append(list(values))
    stacked.append(
        [
            Paragraph(
                "<b>" + esc(translate("PlanPdf", "Total planned support")) + "</b>", theme["cell"]
            ),
            "",
            "",
            Paragraph(f"<b>{esc(total)}</b>", theme["cell_right"]),
        ]
    )
    width = theme.frame_width / 4
    table = data_table(
        header[1:],
        stacked,
        [width] * 4,
        theme,
        right=(0, 1, 2, 3),
        total_rows=1,
        plain=(0, 1, 2, 3),
        stripes=False,
    )
    extra: list[tuple[object, ...]] = []
    for index in range(len(rows)):
        top = 1 + 2 * index
        extra += [
            ("SPAN", (0, top), (-1, top)),
            ("NOSPLIT", (0, top), (-1, top + 1)),
            ("LINEBELOW", (0, top), (-1, top), 0, colors.white),
            ("BOTTOMPADDING", (0, top), (-1, top), theme.base * 0.1),
        ]
        if index % 2:
            extra.append(("BACKGROUND", (0, top), (-1, top + 1), STRIPE))
    extra.append(("SPAN", (0, -1), (2, -1)))
    table.setStyle(TableStyle(extra))
    return table


def unpaid_support_table(ctx: ReportContext) -> Flowable:
    """Help from my relationships and community, tied to the outcomes it serves."""
    theme = ctx.theme
    width = theme.frame_width
    rows: list[list[Flowable | str]] = [
        [item.who, item.what, item.when, ctx.outcome_refs(item.outcomes)]
        for item in ctx.plan.unpaid_support
    ]
    header = [
        translate("PlanPdf", "Who"),
        translate("PlanPdf", "What they do"),
        translate("PlanPdf", "When"),
        translate("PlanPdf", "Outcomes"),
    ]
    outcome_w = _column_width(header[3], [str(row[3]) for row in rows], theme)
    rest = width - outcome_w
    return data_table(header, rows, [rest * 0.3, rest * 0.42, rest * 0.28, outcome_w], theme)


def my_support(ctx: ReportContext) -> list[Flowable]:
    """Section 8."""
    theme, plan = ctx.theme, ctx.plan
    story = section_start(8, section_titles()[7], theme)
    if not plan.support_lines and not plan.unpaid_support:
        return [*story, not_written(theme)]
    story.append(para(translate("PlanPdf", "Paid support"), theme, "h2"))
    if plan.support_lines:
        story.append(
            para(
                translate(
                    "PlanPdf",
                    "Each line is costed over the budget period: how many × unit cost × the "
                    "number of times it happens in the period. The outcome numbers are those "
                    "of section 7.",
                ),
                theme,
                "muted",
            )
        )
        story.append(paid_support_table(ctx))
    else:
        story.append(para(translate("PlanPdf", "No paid support yet"), theme, "empty"))
    story.append(para(translate("PlanPdf", "Unpaid support"), theme, "h2"))
    if plan.unpaid_support:
        story.append(unpaid_support_table(ctx))
    else:
        story.append(para(translate("PlanPdf", "No unpaid support written yet"), theme, "empty"))
    return story


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
    amount_w = _column_width(header[2], [str(r[2]) for r in rows], theme)
    share_w = _column_width(header[3], [str(r[3]) for r in rows], theme)
    if numbered:
        no_w = _column_width(header[0], [str(r[0]) for r in rows], theme)
        widths = [no_w, width - no_w - amount_w - share_w, amount_w, share_w]
        return data_table(header, rows, widths, theme, right=(2, 3), total_rows=1)
    narrow = [[r[1], r[2], r[3]] for r in rows]
    widths = [width - amount_w - share_w, amount_w, share_w]
    return data_table(header[1:], narrow, widths, theme, right=(1, 2), total_rows=1)
