"""The register: rows fetched a page at a time, sorted by any column (heading click and the
"Sort by" choice), filtered by dates, plan line, outcome, payee, words, no receipt and not
reconciled, with the totals of what is shown in words."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from phbplanner.domain.ledger import Purpose
from phbplanner.ui.spending import register_model
from phbplanner.ui.spending.register_model import COLUMNS

from .conftest import Page, key, record, type_keys


def _fill(page: Page) -> dict[str, int]:
    ledger = page.ledger
    ids = {
        "payment": record(ledger, date(2026, 4, 1), 141385, "Cheshire and Merseyside ICB",
                          purpose=Purpose.BUDGET_PAYMENT),
        "walk": record(ledger, date(2026, 4, 6), -3343, "Rhian (PA)", "s1",
                       description="Walk by the river"),
        "swim": record(ledger, date(2026, 4, 8), -580, "Northgate leisure centre", "s3"),
        "taxi": record(ledger, date(2026, 4, 15), -2200, "Chester Cars", "s5"),
        "charge": record(ledger, date(2026, 5, 11), -500, "Bank", purpose=Purpose.BANK_CHARGE),
        "course": record(ledger, date(2026, 6, 1), -6000, "Chester Arts Centre", "s9",
                         reference="ART-77"),
    }  # fmt: skip
    ledger.attach(ids["walk"], "timesheet.pdf", b"%PDF-1.4\n%%EOF\n")
    ledger.mark_reconciled([ids["payment"], ids["walk"]], True)
    page.settle()
    return ids


def _shown(page: Page) -> list[str]:
    model = page.view.records.model
    return [model.cell_text(model.row(n), "payee") for n in range(model.rowCount())]  # type: ignore[arg-type]


def test_rows_words_and_totals(page: Page) -> None:
    _fill(page)
    records = page.view.records
    model = records.model
    assert records.totals.text() == "6 entries: £1,413.85 in, £126.23 out"
    first = model.row(0)  # newest first
    assert first is not None
    cells = {key: model.cell_text(first, key) for key in COLUMNS}
    assert cells == {
        "date": "01/06/2026", "payee": "Chester Arts Centre", "description": "",
        "line": "Watercolour course", "in": "", "out": "£60.00", "balance": "£1,287.62",
        "receipt": "⚠ Missing", "reconciled": "No",
    }  # fmt: skip
    index = model.index(0, 0)
    assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == "1 June 2026"
    rows = {model.cell_text(r, "payee"): r for n in range(6) if (r := model.row(n))}
    assert model.cell_text(rows["Bank"], "line") == "Bank charge"
    assert model.cell_text(rows["Bank"], "receipt") == "Not needed"  # the statement is its proof
    assert model.cell_text(rows["Rhian (PA)"], "receipt") == "Yes"
    assert model.cell_text(rows["Rhian (PA)"], "reconciled") == "✓ Yes"
    assert model.cell_text(rows["Cheshire and Merseyside ICB"], "line") == (
        "Budget payment received"
    )


def test_sort_by_a_heading_click_and_by_the_sort_choice(page: Page) -> None:
    _fill(page)
    records = page.view.records
    header = records.table.horizontalHeader()
    x = header.sectionViewportPosition(COLUMNS.index("payee")) + 10
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    page.settle()
    assert _shown(page) == sorted(_shown(page), key=str.lower)
    filters = records.filters
    assert filters.sort.currentText() == "Paid to or from"  # the choice shows the same
    assert filters.order.currentText() in ("A to Z", "Z to A")
    # with the keyboard: More filters, Sort by "Out", largest first
    filters.more_button.click()
    filters.sort.setFocus()
    filters.sort.view().keyboardSearch("")
    type_keys("Out")
    page.settle()
    model = records.model
    outs = [model.cell_text(model.row(n), "out") for n in range(6)]  # type: ignore[arg-type]
    assert outs[:3] == ["£60.00", "£33.43", "£22.00"]
    assert filters.order.currentText() == "Largest first"
    assert header.sortIndicatorSection() == COLUMNS.index("out")
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    filters.order.setFocus()
    key(Qt.Key.Key_Up)  # smallest first
    page.settle()
    smallest = [model.cell_text(model.row(n), "out") for n in range(2)]  # type: ignore[arg-type]
    assert smallest == ["", "£5.00"]  # money in (nothing out) first


def _apply(page: Page) -> None:
    page.view.records.filters.apply_now()
    page.settle()


def test_each_filter_and_its_totals(page: Page) -> None:
    ids = _fill(page)
    records = page.view.records
    filters = records.filters
    filters.text.setFocus()
    type_keys("river")
    _apply(page)
    assert _shown(page) == ["Rhian (PA)"]
    assert records.totals.text() == "1 entry: £0.00 in, £33.43 out"
    filters.text.clear()
    type_keys("art-77")  # the reference too, whatever the case
    _apply(page)
    assert _shown(page) == ["Chester Arts Centre"]
    filters.clear()
    page.settle()
    assert len(_shown(page)) == 6
    filters.no_receipt.setChecked(True)
    page.settle()
    # Rhian's wages have a timesheet but no payslip: a PA's pay needs both (domain.evidence)
    assert set(_shown(page)) == {
        "Northgate leisure centre",
        "Chester Cars",
        "Chester Arts Centre",
        "Rhian (PA)",
    }
    filters.no_receipt.setChecked(False)
    filters.not_reconciled.setChecked(True)
    page.settle()
    assert len(_shown(page)) == 4 and "Rhian (PA)" not in _shown(page)
    filters.clear()
    filters.more_button.click()
    filters.date_from.setFocus()
    type_keys("8/4/26")
    filters.date_to.setFocus()
    type_keys("11/5/26")
    _apply(page)
    assert _shown(page) == ["Bank", "Chester Cars", "Northgate leisure centre"]
    filters.date_to.clear()
    type_keys("31/2/26")  # not a real date: said beside it, and left out
    _apply(page)
    assert "February 2026 has 28 days" in filters.boxes["to"].problem.text()
    assert len(_shown(page)) == 4  # from 8 April, with no end
    filters.clear()
    page.settle()
    # a plan line; money that is not for a line; an outcome (the lines serving it)
    filters.line.setFocus()
    filters.line.view().keyboardSearch("")
    type_keys("Tax")
    page.settle()
    assert _shown(page) == ["Chester Cars"]
    filters.line.view().keyboardSearch("")
    type_keys("Bank")
    page.settle()
    assert _shown(page) == ["Bank"]
    filters.line.setCurrentIndex(0)
    plan = page.feed.plan
    first = plan.outcomes[0]
    serving = {line.id for line in plan.support_lines if first.id in line.outcomes}
    filters.outcome.setCurrentIndex(1)
    filters.outcome.activated.emit(1)
    page.settle()
    expected = {p for p, i in (("Rhian (PA)", "s1"), ("Northgate leisure centre", "s3"),
                               ("Chester Cars", "s5"), ("Chester Arts Centre", "s9"))
                if i in serving}  # fmt: skip
    assert set(_shown(page)) == expected and expected
    filters.outcome.setCurrentIndex(0)
    filters.payee.setText("chester")
    _apply(page)
    assert set(_shown(page)) == {"Chester Cars", "Chester Arts Centre"}
    assert filters.more.isHidden()
    assert filters.more_button.text() == "More filters (1 set)"  # a hidden filter is said
    filters.more_button.click()
    assert filters.more_button.text() == "Fewer filters" and filters.more.isVisible()
    assert ids


def test_rows_are_fetched_a_page_at_a_time(page: Page, monkeypatch: Any) -> None:
    ledger = page.ledger
    start = date(2026, 4, 1)
    for n in range(250):
        record(ledger, start + timedelta(days=n % 240), -100 - n, f"Payee {n}", "s3")
    page.settle()
    asked: list[int] = []
    original = page.feed.view.rows

    def counting(ids: list[int]) -> Any:
        asked.append(len(ids))
        return original(ids)

    monkeypatch.setattr(page.feed.view, "rows", counting)
    model = page.view.records.model
    model.reload()
    assert model.rowCount() == 250
    assert model.row(0) is not None and model.row(99) is not None
    assert asked == [register_model.PAGE]  # one page for the first hundred rows
    model.row(249)
    assert asked == [register_model.PAGE, 50]
    page.view.records.table.scrollToBottom()
    page.settle()
    assert len(asked) <= 4  # painting asks only for the pages on screen
