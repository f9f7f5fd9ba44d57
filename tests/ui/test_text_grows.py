"""At 200% text the words drawn in pictures grow too: the relationship circle's ring names and
people's names, and the charts' names — whole, never cut short with "…"."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from phbplanner.ui.chart_labels import wrapped
from phbplanner.ui.pages.circle import RelationshipCircle
from phbplanner.ui.window import MainWindow

from .conftest import open_example, settled


def _circle_texts(circle: RelationshipCircle) -> list[QGraphicsSimpleTextItem]:
    return [i for i in circle.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]


@pytest.mark.parametrize("scale", [100, 200])
def test_the_circles_words_take_the_text_size(window: MainWindow, qtbot: Any, scale: int) -> None:
    window.set_scale(scale)
    open_example(window, qtbot)
    window.journey.go(next(n for n, p in enumerate(window.journey.pages)
                           if p.slug == "my-relationships"))  # fmt: skip
    settled()
    circle = window.findChild(RelationshipCircle)
    assert circle is not None and circle.isVisible()
    points = circle.font().pointSizeF()
    assert circle.height() >= circle.text_height() - 1  # room for the words at this size
    # (a narrow page can hold the circle back a little: its width is the page's)
    assert circle.diagram_font().pointSizeF() >= points * 0.95  # not shrunk to fit
    texts = _circle_texts(circle)
    names = {p.name for p in window.controller.plan.relationships}  # type: ignore[union-attr]
    shown = {t.text() for t in texts}
    assert names <= shown  # every name whole
    assert not any("…" in text for text in shown)
    for text in texts:  # ring names at 85% of the text size, people's names likewise
        assert text.font().pointSizeF() >= points * 0.95 * 0.85


def test_a_long_name_wraps_and_every_line_fits() -> None:
    metrics = QFontMetrics(QFont("DejaVu Sans", 18))
    name = "Personal assistant: help at home on the days my sister cannot come"
    label = wrapped(name, metrics, 200)
    lines = label.split("<br>")
    assert len(lines) > 1 and " ".join(lines) == name
    assert all(metrics.horizontalAdvance(line) <= 200 for line in lines if " " in line)
    assert wrapped("Fish & chips <b>", metrics, 400) == "Fish &amp; chips &lt;b&gt;"


def test_the_budget_chart_shows_whole_names_at_200(window: MainWindow, qtbot: Any) -> None:
    window.set_scale(200)
    open_example(window, qtbot)
    window.journey.go(next(n for n, p in enumerate(window.journey.pages) if p.slug == "my-budget"))
    settled()
    view = next(v for v in window.findChildren(QChartView) if v.isVisible())
    axis = next(a for a in view.chart().axes() if isinstance(a, QBarCategoryAxis))
    assert axis.labelsFont().pointSizeF() >= window.font().pointSizeF() - 0.01
    names = [re.sub(r"<br>|&#8203;", " ", label).replace("  ", " ") for label in axis.categories()]
    outcomes = {o.title for o in window.controller.plan.outcomes}  # type: ignore[union-attr]
    assert {" ".join(n.split()) for n in names} <= outcomes | {"Not linked to an outcome"}
    assert not any("…" in label for label in axis.categories())
