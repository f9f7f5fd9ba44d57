"""Section 8, my support: the paid support lines with their costs, and unpaid support."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.platypus import Flowable, Paragraph, Table

from ..domain.categories import Category, category_label, exclusion_reason
from ..domain.text import translate
from .blocks import data_table, esc, has_tall_rows, not_written, para, section_start
from .context import ReportContext
from .fonts import BOLD, REGULAR, text_width
from .labels import management_short, section_titles
from .styles import ACCENT, LIGHT_RULE, STRIPE, TEXT, Theme, plain_style


def _quantity(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def column_width(header: str, values: Sequence[str], theme: Theme) -> float:
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
        + esc(
            translate("PlanPdf", "How it is paid: {how}").format(
                how=management_short(line.management)
            )
        )
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
        column_width(header[col], [row[col - 1] for row in numbers], theme) for col in range(1, 5)
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
    """Large print: each line's description across the full width, its figures underneath.

    At 16 pt five columns leave the description too narrow to read, so the figures get the
    whole width under it. Each line is a small table of its own inside a one-column table, so
    that a line never splits between pages and ReportLab can still lay out a long table quickly
    (spanned rows in one big table make every page split re-examine all the rows left).
    """
    width = theme.frame_width
    quarter = width / 4
    pad = theme.base * 0.45
    style = theme["cell"]

    def inner(data: list[list[Flowable | str]], commands: list[tuple[object, ...]]) -> Table:
        return Table(
            data,
            colWidths=[quarter] * 4,
            style=plain_style(
                [
                    ("FONT", (0, 0), (-1, -1), style.fontName, style.fontSize, style.leading),
                    ("TEXTCOLOR", (0, 0), (-1, -1), style.textColor),
                    ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), pad),
                    ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                    ("TOPPADDING", (0, 0), (-1, -1), pad * 0.8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                    *commands,
                ]
            ),
        )

    head = inner(
        [[Paragraph(esc(text), theme["head_right"]) for text in header[1:]]],
        [("BACKGROUND", (0, 0), (-1, -1), ACCENT)],
    )
    outer: list[list[Flowable]] = [[head]]
    stripes: list[tuple[object, ...]] = []
    tall = False
    for index, (row, values) in enumerate(zip(rows, numbers, strict=True)):
        first = len(outer)
        if has_tall_rows([[row[0]]], [width], theme):
            # A description longer than a page: its own row, which may split across pages.
            tall = True
            outer.append([row[0]])
            outer.append([inner([list(values)], [])])
            stripes.append(("LEFTPADDING", (0, first), (0, first), pad))
            stripes.append(("RIGHTPADDING", (0, first), (0, first), pad))
        else:
            outer.append(
                [
                    inner(
                        [[row[0], "", "", ""], list(values)],
                        [("SPAN", (0, 0), (-1, 0)), ("BOTTOMPADDING", (0, 0), (-1, 0), pad * 0.2)],
                    )
                ]
            )
        last = len(outer) - 1
        stripes.append(("LINEBELOW", (0, last), (-1, last), 0.5, LIGHT_RULE))
        if index % 2:
            stripes.append(("BACKGROUND", (0, first), (-1, last), STRIPE))
    label = Paragraph("<b>" + esc(translate("PlanPdf", "Total planned support")) + "</b>", style)
    outer.append(
        [
            inner(
                [[label, "", "", Paragraph(f"<b>{esc(total)}</b>", theme["cell_right"])]],
                [("SPAN", (0, 0), (2, 0))],
            )
        ]
    )
    return Table(
        outer,
        colWidths=[width],
        repeatRows=1,
        splitInRow=int(tall),
        hAlign="LEFT",
        style=plain_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                *stripes,
                ("LINEABOVE", (0, -1), (-1, -1), 1.2, TEXT),
                ("NOSPLIT", (0, -2), (-1, -1)),
            ]
        ),
    )


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
    outcome_w = column_width(header[3], [str(row[3]) for row in rows], theme)
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
                    "Each line is costed over the budget period. The cost is how many × unit cost "
                    "× the number of times it happens in the period. The outcome numbers are "
                    "those of section 7.",
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
