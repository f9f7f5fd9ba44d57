"""The relationship circle (SPEC §3.4) drawn with ReportLab graphics.

The person sits at the centre of four rings, closest people first. Each name is a small white
tag placed on its ring; tags are placed one by one at evenly spread angles, nudged round the ring
when they would cover another tag, and counted as "+N more" when a ring is full (the full list
always follows the diagram).
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, Table

from ..domain.plan import RINGS
from ..domain.text import translate
from .blocks import new_drawing, para
from .context import ReportContext
from .fonts import BOLD, REGULAR, text_width
from .labels import ring_label
from .styles import ACCENT, RULE, TEXT, WHITE, plain_style

#: Ring fills, closest (darkest) to furthest (lightest): tints of the accent colour.
RING_FILLS = {
    1: colors.HexColor("#B9D3EE"),
    2: colors.HexColor("#CFE1F4"),
    3: colors.HexColor("#E1ECF8"),
    4: colors.HexColor("#F1F6FC"),
}

Box = tuple[float, float, float, float]  # x0, y0, x1, y1


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _shorten(text: str, font: str, size: float, room: float) -> str:
    if text_width(text, font, size) <= room:
        return text
    while text and text_width(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def _tag(drawing: Drawing, box: Box, text: str, size: float, *, more: bool = False) -> None:
    x0, y0, x1, y1 = box
    drawing.add(
        Rect(
            x0,
            y0,
            x1 - x0,
            y1 - y0,
            rx=(y1 - y0) / 2,
            ry=(y1 - y0) / 2,
            fillColor=WHITE,
            strokeColor=ACCENT if more else RULE,
            strokeWidth=0.8,
        )
    )
    drawing.add(
        String(
            (x0 + x1) / 2,
            y0 + (y1 - y0 - size * 0.72) / 2,
            text,
            fontName=REGULAR,
            fontSize=size,
            fillColor=TEXT,
            textAnchor="middle",
        )
    )


def circle_drawing(
    centre_name: str, rings: dict[int, list[str]], width: float, size: float
) -> Drawing:
    """The diagram: ``rings`` maps ring number (1–4) to the names in it."""
    radius = min(width / 2 - 4, 205.0)
    height = 2 * radius + 8
    drawing = new_drawing(width, height)
    cx, cy = width / 2, height / 2
    inner = radius * 0.22
    band = (radius - inner) / 4
    for ring in reversed(RINGS):
        drawing.add(
            Circle(
                cx,
                cy,
                inner + band * ring,
                fillColor=RING_FILLS[ring],
                strokeColor=WHITE,
                strokeWidth=1.5,
            )
        )
    drawing.add(Circle(cx, cy, inner, fillColor=ACCENT, strokeColor=WHITE, strokeWidth=1.5))
    centre = _shorten(centre_name, BOLD, size, inner * 1.9)
    drawing.add(
        String(
            cx,
            cy - size * 0.36,
            centre,
            fontName=BOLD,
            fontSize=size,
            fillColor=WHITE,
            textAnchor="middle",
        )
    )
    placed: list[Box] = [(cx - inner, cy - inner, cx + inner, cy + inner)]
    # Ring numbers sit on the right-hand axis, so names keep clear of them.
    for ring in RINGS:
        x = cx + inner + band * (ring - 0.5)
        label = str(ring)
        drawing.add(
            String(
                x,
                cy - size * 0.36,
                label,
                fontName=BOLD,
                fontSize=size,
                fillColor=ACCENT,
                textAnchor="middle",
            )
        )
        half = text_width(label, BOLD, size) / 2 + 2
        placed.append((x - half, cy - size * 0.6, x + half, cy + size * 0.6))
    tag_h = size * 1.7
    pad = size * 0.6
    max_w = min(band * 2.6, width * 0.3)
    for ring in RINGS:
        names = rings.get(ring, [])
        if not names:
            continue
        mid = inner + band * (ring - 0.5)
        count = len(names)
        hidden = 0
        for index, name in enumerate(names):
            text = _shorten(name, REGULAR, size, max_w - 2 * pad)
            w = text_width(text, REGULAR, size) + 2 * pad
            target = 90.0 + 360.0 * index / count + (ring - 1) * 17.0
            spot = _find_spot(cx, cy, mid, target, w, tag_h, placed, width, height)
            if spot is None:
                hidden += 1
                continue
            placed.append(spot)
            _tag(drawing, spot, text, size)
        if hidden:
            text = translate("PlanPdf", "+{count} more").format(count=hidden)
            w = text_width(text, REGULAR, size) + 2 * pad
            spot = _find_spot(cx, cy, mid, 270.0, w, tag_h, placed, width, height)
            if spot is not None:
                placed.append(spot)
                _tag(drawing, spot, text, size, more=True)
    return drawing


def _find_spot(
    cx: float,
    cy: float,
    r: float,
    target: float,
    w: float,
    h: float,
    placed: list[Box],
    width: float,
    height: float,
) -> Box | None:
    """The first free box on the ring near ``target`` degrees, trying ever further away."""
    for step in range(0, 72):
        offset = (step + 1) // 2 * 5.0 * (1 if step % 2 else -1)
        angle = math.radians(target + offset)
        x, y = cx + r * math.cos(angle), cy + r * math.sin(angle)
        box = (x - w / 2, y - h / 2, x + w / 2, y + h / 2)
        if box[0] < 0 or box[2] > width or box[1] < 0 or box[3] > height:
            continue
        grown = (box[0] - 2, box[1] - 2, box[2] + 2, box[3] + 2)
        if not any(_overlaps(grown, other) for other in placed):
            return box
    return None


def relationship_circle(ctx: ReportContext) -> Flowable:
    """The diagram with its key (ring numbers, names of the rings, how many people in each)."""
    theme, plan = ctx.theme, ctx.plan
    rings: dict[int, list[str]] = {ring: [] for ring in RINGS}
    for person in plan.relationships:
        rings.setdefault(person.ring, []).append(person.name or translate("PlanPdf", "(no name)"))
    centre = plan.person.preferred_name or plan.person.name or translate("PlanPdf", "Me")
    drawing = circle_drawing(centre, rings, theme.frame_width, max(11.0, theme.base * 0.85))
    key_rows = []
    for ring in RINGS:
        swatch = new_drawing(theme.base * 1.6, theme.base * 1.2)
        swatch.add(
            Rect(
                0,
                0,
                theme.base * 1.6,
                theme.base * 1.2,
                fillColor=RING_FILLS[ring],
                strokeColor=RULE,
                strokeWidth=0.5,
            )
        )
        swatch.add(
            String(
                theme.base * 0.8,
                theme.base * 0.28,
                str(ring),
                fontName=BOLD,
                fontSize=theme.base * 0.8,
                fillColor=ACCENT,
                textAnchor="middle",
            )
        )
        count = len(rings.get(ring, []))
        label = translate("PlanPdf", "{label} ({count})").format(
            label=ring_label(ring), count=count
        )
        key_rows.append([swatch, para(label, theme, "cell")])
    key = Table(
        key_rows,
        colWidths=[theme.base * 2.4, theme.frame_width - theme.base * 2.4],
        style=plain_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        ),
        hAlign="LEFT",
    )
    return Table(
        [[drawing], [key]],
        colWidths=[theme.frame_width],
        style=plain_style(
            [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
        ),
        hAlign="LEFT",
    )
