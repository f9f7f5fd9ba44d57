"""Planned against spent, in words, for the pages of a review."""

from __future__ import annotations

from ...domain.review import Review, SpendingFigure
from ...domain.schedule import format_date
from ...domain.text import translate


def difference_words(figure: SpendingFigure) -> str:
    """ "£24.50 more than planned", "£10.00 less than planned" or "as planned"."""
    if figure.spent > figure.planned:
        return translate("ReviewsUi", "{amount} more than planned").format(
            amount=(figure.spent - figure.planned).format()
        )
    if figure.spent < figure.planned:
        return translate("ReviewsUi", "{amount} less than planned").format(
            amount=(figure.planned - figure.spent).format()
        )
    return translate("ReviewsUi", "as planned")


def figure_words(figure: SpendingFigure) -> str:
    """Planned and spent in one sentence."""
    text = translate("ReviewsUi", "Planned so far: {planned}. Spent: {spent} ({difference}).")
    return text.format(
        planned=figure.planned.format(),
        spent=figure.spent.format(),
        difference=difference_words(figure),
    )


def spending_words(review: Review) -> str:
    """The review's spending picture by outcome, a line each (or that there is none)."""
    picture = review.spending
    if picture is None or picture.empty:
        return translate("ReviewsUi", "There are no spending records to show for this review.")
    lines = []
    if picture.as_of is not None:
        lines.append(
            translate("ReviewsUi", "Up to {date}:").format(date=format_date(picture.as_of))
        )
    for figure in picture.outcomes:
        lines.append(f"• {figure.label}: {figure_words(figure)}")
    lines.append(
        translate("ReviewsUi", "All support: {words}").format(
            words=figure_words(SpendingFigure("", "", picture.planned_total, picture.spent_total))
        )
    )
    if picture.note:
        lines.append(picture.note)
    return "\n".join(lines)
