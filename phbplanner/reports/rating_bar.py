"""A small bar for a 0–10 rating: ten boxes, as many filled as the rating.

Filled boxes are solid and empty ones only outlined, so the bar reads in black and white and
without colour; the number and the words are always printed beside it (never the bar alone).
It draws straight onto the canvas (ten rectangles): a review with 40 outcomes and 13 reviews has
520 bars, and ReportLab's general drawings cost ten times as much.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from ..domain.review import RATING_MAX, RATING_MIN
from .styles import ACCENT, MUTED, WHITE, Theme


def bar_size(theme: Theme) -> tuple[float, float]:
    """Width and height of a rating bar at the theme's print size."""
    box = theme.base * 0.85
    gap = theme.base * 0.2
    return RATING_MAX * box + (RATING_MAX - 1) * gap, box


class RatingBar(Flowable):
    """The bar for one rating (0–10): ``rating`` filled boxes, then empty outlined ones."""

    def __init__(self, rating: int, theme: Theme) -> None:
        super().__init__()
        if not RATING_MIN <= rating <= RATING_MAX:
            raise ValueError(f"a rating is from 0 to 10, not {rating}")
        self.rating = rating
        self.width, self.height = bar_size(theme)
        self._gap = theme.base * 0.2

    def boxes(self) -> list[tuple[float, bool]]:
        """Where each box starts (from the left) and whether it is filled, left to right."""
        step = self.height + self._gap
        return [(index * step, index < self.rating) for index in range(RATING_MAX)]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(0.8)
        for x, filled in self.boxes():
            canvas.setFillColor(ACCENT if filled else WHITE)
            canvas.setStrokeColor(ACCENT if filled else MUTED)
            canvas.rect(x, 0, self.height, self.height, stroke=1, fill=1)
        canvas.restoreState()


def rating_bar(rating: int, theme: Theme) -> RatingBar:
    """The bar for ``rating`` at the theme's print size."""
    return RatingBar(rating, theme)
