"""A small bar for a 0–10 rating: ten boxes, as many filled as the rating.

Filled boxes are solid and empty ones only outlined, so the bar reads in black and white and
without colour; the number and the words are always printed beside it (never the bar alone).
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Rect

from ..domain.review import RATING_MAX
from .blocks import new_drawing
from .styles import ACCENT, MUTED, WHITE, Theme


def bar_size(theme: Theme) -> tuple[float, float]:
    """Width and height of a rating bar at the theme's print size."""
    box = theme.base * 0.85
    gap = theme.base * 0.2
    return RATING_MAX * box + (RATING_MAX - 1) * gap, box


def rating_bar(rating: int, theme: Theme) -> Drawing:
    """The bar for ``rating`` (0–10): ``rating`` filled boxes, then empty outlined ones."""
    width, height = bar_size(theme)
    box = height
    gap = theme.base * 0.2
    drawing = new_drawing(width, height)
    for index in range(RATING_MAX):
        filled = index < rating
        drawing.add(
            Rect(
                index * (box + gap),
                0,
                box,
                box,
                fillColor=ACCENT if filled else WHITE,
                strokeColor=ACCENT if filled else MUTED,
                strokeWidth=0.8,
            )
        )
    return drawing
