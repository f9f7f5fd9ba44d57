"""The spending page as a person sees it: every part at 100% and 200% text with nothing cut
off and no button off a 1280×800 screen, a name for every control a screen reader reaches, and
the light, dark and high-contrast looks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from phbplanner.domain.ledger import Purpose
from phbplanner.ui.spending.view import FORECAST, PLANNED, RECORDS
from phbplanner.ui.theme import colours, use_theme

from ..test_accessibility import _clipped, _focusable
from .conftest import Page, record, settle


def _fill(page: Page) -> None:
    record(page.ledger, date(2026, 4, 1), 141385, "Cheshire and Merseyside ICB",
           purpose=Purpose.BUDGET_PAYMENT)  # fmt: skip
    entry = record(page.ledger, date(2026, 11, 10), -25000, "Northgate leisure centre", "s3",
                   description="Ten swims paid in advance")  # fmt: skip
    page.ledger.attach(entry, "swims.pdf", b"%PDF-1.4\n%%EOF\n")
    record(page.ledger, date(2026, 11, 25), -2200, "Chester Cars", "s5")
    page.settle()
    page.view.records.select_entry(entry)


def _parts(page: Page) -> Iterator[str]:
    for part, name in ((RECORDS, "records"), (PLANNED, "planned"), (FORECAST, "forecast")):
        page.view.show_part(part)
        settle()
        yield name
    page.view.records.filters.more_button.click()  # the second row of filters too
    page.view.show_part(RECORDS)
    settle()
    yield "records with more filters"


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _problems(page: Page, part: str) -> list[str]:
    """Words cut off, and buttons off a 1280×800 screen, on the page as it is shown now."""
    screen = QRect(0, 0, 1280, 800)
    problems: list[str] = []
    for widget in page.view.findChildren(QWidget):
        if not widget.isVisibleTo(page.window):
            continue
        why = _clipped(widget)
        if why:
            text = getattr(widget, "text", lambda: "")()
            problems.append(f"{part}: {type(widget).__name__} {text[:40]!r}: {why}")
        if isinstance(widget, QAbstractButton) and widget.isVisible():
            corner = widget.mapTo(page.window, QPoint(0, 0))
            placed = QRect(corner, widget.size())
            inside = screen.left() <= placed.left() and placed.right() <= screen.right()
            if not _in_scroll_area(widget):  # in a scrolling part it is reached by scrolling
                inside = inside and screen.contains(placed)
            if not inside:
                problems.append(f"{part}: button {widget.text()!r} off the screen: {placed}")
    return problems


@pytest.mark.parametrize("scale", [100, 200])
def test_the_first_screen_fits_at_every_text_size(
    window: Any, qtbot: Any, tmp_path: Any, scale: int
) -> None:
    from ..conftest import make_plan_file
    from .conftest import open_spending

    page = open_spending(window, qtbot, make_plan_file(tmp_path / "new.phbplan"), account=False)
    page.window.resize(1280, 800)
    page.window.set_scale(scale)
    settle()
    assert page.view.stack.currentWidget() is page.view.first_place
    problems = _problems(page, "first screen")
    page.window.set_scale(100)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("scale", [100, 200])
def test_every_part_fits_at_every_text_size(page: Page, scale: int) -> None:
    _fill(page)
    page.window.resize(1280, 800)
    page.window.set_scale(scale)
    problems: list[str] = []
    for part in _parts(page):
        problems += _problems(page, part)
    page.window.set_scale(100)
    assert not problems, "\n".join(problems)


def test_every_control_has_a_name_a_screen_reader_can_say(page: Page) -> None:
    _fill(page)
    missing: list[str] = []
    checked = 0
    for part in _parts(page):
        for widget in _focusable(page.view):
            interface = QAccessible.queryAccessibleInterface(widget)
            assert interface is not None
            name = interface.text(QAccessible.Text.Name).strip()
            if isinstance(widget, QLineEdit | QComboBox | QAbstractScrollArea):
                if isinstance(widget, QScrollArea):
                    continue  # a scrolling frame takes no focus of its own
                name = widget.accessibleName().strip()
            checked += 1
            if not name:
                missing.append(f"{part}: {type(widget).__name__} {widget.objectName()!r}")
    assert checked > 30
    assert not missing, "\n".join(missing)


def test_every_input_has_a_buddy_label(page: Page) -> None:
    from PySide6.QtWidgets import QLabel

    _fill(page)
    page.view.records.filters.more_button.click()
    buddies = {label.buddy() for label in page.view.findChildren(QLabel) if label.buddy()}
    inputs = [
        w for w in page.view.findChildren(QWidget)
        if isinstance(w, QLineEdit | QComboBox) and w.isVisibleTo(page.view)
        and not isinstance(w.parentWidget(), QComboBox)
    ]  # fmt: skip
    assert inputs and all(w in buddies for w in inputs), [
        w.accessibleName() for w in inputs if w not in buddies
    ]


@pytest.mark.parametrize(
    ("dark", "contrast"), [(False, False), (True, False), (False, True), (True, True)],
    ids=["light", "dark", "high-contrast", "high-contrast-dark"],
)  # fmt: skip
def test_light_dark_and_high_contrast(page: Page, dark: bool, contrast: bool) -> None:
    _fill(page)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    use_theme(app, 100, dark=dark, high_contrast=contrast)
    try:
        for _part in _parts(page):
            pass
        page.view.show_part(PLANNED)
        settle()
        chart = page.view.planned.chart
        [series] = chart.series()
        planned, spent = series.barSets()
        assert planned.color() == QColor(colours()["accent"])  # the chart follows the look
        assert spent.brush().color() == QColor(colours()["text"])
        table = page.view.records.table
        assert table.palette().base().color() == QColor(colours()["base"])
        text = QColor(colours()["text"]).lightness()
        base = QColor(colours()["base"]).lightness()
        assert abs(text - base) > 150  # words stand out from the page in every look
        shot = page.window.grab().toImage()
        assert not shot.isNull()
        # state in words as well as colour: the missing receipt, the overspent line
        model = page.view.records.model
        words = {model.cell_text(model.row(n), "receipt") for n in range(3)}  # type: ignore[arg-type]
        assert "⚠ Missing" in words
        assert page.view.planned.overspent.text().startswith("⚠")
    finally:
        use_theme(app, 100, dark=False, high_contrast=False)


def test_screenshots_of_the_page_at_two_text_sizes_and_three_looks(
    page: Page, tmp_path: Any
) -> None:
    """What ``--screenshots`` saves for this page: every part, in every look."""
    from phbplanner.ui.screenshots import spending_screenshots

    saved = spending_screenshots(page.window, tmp_path)
    names = sorted(path.name for path in tmp_path.glob("*.png"))
    assert saved == len(names) == 9
    assert "21-my-spending-records-dark.png" in names
    assert "23-my-spending-forecast-high-contrast.png" in names
