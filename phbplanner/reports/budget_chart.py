"""The budget chart: one bar showing how the indicative budget is used, with a key.

Segments are told apart by number as well as by shade (never colour alone): each wide enough
segment carries its number, and the key below gives number, name, amount and share.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.graphics.shapes import Line, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, Table

from ..domain.money import Money
from ..domain.plan import Management
from ..domain.text import translate
from .blocks import new_drawing, para
from .context import ReportContext
from .fonts import BOLD, REGULAR, text_width
from .labels import management_short
from .styles import LIGHT_RULE, RULE, TEXT, WHITE, plain_style

SHADES = [
    colors.HexColor("#003087"),
    colors.HexColor("#005EB8"),
    colors.HexColor("#4C8ED3"),
    colors.HexColor("#768692"),
]
RESERVE = colors.HexColor("#AEB7BD")
LEFT = WHITE


def _segments(ctx: ReportContext) -> list[tuple[str, Money, colors.Color]]:
    costing = ctx.costing
    parts: list[tuple[str, Money, colors.Color]] = []
    keys = [m.value for m in Management] + ["unstated"]
    for index, key in enumerate(keys):
        amount = costing.by_management.get(key)
        if amount is None or amount.pence <= 0:
            continue
        label = translate("PlanPdf", "Planned support: {how}").format(
            how=management_short(None if key == "unstated" else key)
        )
        parts.append((label, amount, SHADES[index % len(SHADES)]))
    if costing.contingency.pence > 0:
        parts.append((translate("PlanPdf", "Contingency (reserve)"), costing.contingency, RESERVE))
    if costing.remaining.pence > 0:
        parts.append((translate("PlanPdf", "Not yet planned"), costing.remaining, LEFT))
    return parts


def budget_chart(ctx: ReportContext) -> Flowable:
    """The stacked bar and its key, as one flowable."""
    theme, costing = ctx.theme, ctx.costing
    width = theme.frame_width
    size = theme.base
    parts = _segments(ctx)
    whole = max(costing.indicative.pence, costing.committed.pence, 1)
    bar_h = size * 3.2
    top_room = size * 2.2
    drawing = new_drawing(width, bar_h + top_room + 2)
    x = 0.0
    for number, (_, amount, shade) in enumerate(parts, start=1):
        w = width * amount.pence / whole
        drawing.add(Rect(x, 0, w, bar_h, fillColor=shade, strokeColor=RULE, strokeWidth=0.6))
        label = str(number)
        ink = WHITE if shade in SHADES[:3] else TEXT
        if w > text_width(label, BOLD, size) + 6:
            drawing.add(
                String(
                    x + w / 2,
                    bar_h / 2 - size * 0.36,
                    label,
                    fontName=BOLD,
                    fontSize=size,
                    fillColor=ink,
                    textAnchor="middle",
                )
            )
        x += w
    # Where the indicative budget ends (matters when the plan is over budget).
    budget_x = width * costing.indicative.pence / whole
    drawing.add(Line(budget_x, 0, budget_x, bar_h + size * 0.9, strokeColor=TEXT, strokeWidth=1.5))
    caption = translate("PlanPdf", "Budget {amount}").format(amount=costing.indicative.format())
    anchor = "end" if budget_x > width / 2 else "start"
    drawing.add(
        String(
            budget_x,
            bar_h + size * 1.1,
            caption,
            fontName=REGULAR,
            fontSize=size,
            fillColor=TEXT,
            textAnchor=anchor,
        )
    )
    key_rows = []
    for number, (label, amount, shade) in enumerate(parts, start=1):
        swatch = new_drawing(size * 1.6, size * 1.2)
        swatch.add(
            Rect(0, 0, size * 1.6, size * 1.2, fillColor=shade, strokeColor=RULE, strokeWidth=0.6)
        )
        ink = WHITE if shade in SHADES[:3] else TEXT
        swatch.add(
            String(
                size * 0.8,
                size * 0.28,
                str(number),
                fontName=BOLD,
                fontSize=size * 0.8,
                fillColor=ink,
                textAnchor="middle",
            )
        )
        share = Decimal(amount.pence * 100) / Decimal(whole)
        key_rows.append(
            [
                swatch,
                para(label, theme, "cell"),
                para(amount.format(), theme, "cell_right"),
                para(
                    translate("PlanPdf", "{percent}%").format(
                        percent=share.quantize(Decimal("0.1"))
                    ),
                    theme,
                    "cell_right",
                ),
            ]
        )
    amount_w = max([text_width(amount.format(), REGULAR, size) for _, amount, _ in parts] or [0])
    amount_w += size * 1.5
    share_w = text_width("100.0%", REGULAR, size) + size * 1.5
    swatch_w = size * 2.4
    key = Table(
        key_rows
        or [["", para(translate("PlanPdf", "Nothing planned yet"), theme, "empty"), "", ""]],
        colWidths=[swatch_w, width - swatch_w - amount_w - share_w, amount_w, share_w],
        style=plain_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, LIGHT_RULE),
            ]
        ),
        hAlign="LEFT",
    )
    return Table(
        [[drawing], [key]],
        colWidths=[width],
        style=plain_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (0, 0), size),
            ]
        ),
        hAlign="LEFT",
    )
