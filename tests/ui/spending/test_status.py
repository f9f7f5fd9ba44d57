"""Planned vs actual (table and chart), the forecast, the expected budget payments and the
alerts on the page; the balance and the most important alert in the budget summary."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QHorizontalBarSeries
from PySide6.QtCore import Qt

from phbplanner.domain.forecast import PaymentStatus
from phbplanner.domain.ledger import Account, AccountKind, Purpose
from phbplanner.domain.money import Money
from phbplanner.ui.costed.summary_bar import BudgetSummaryBar
from phbplanner.ui.spending.view import FORECAST, PLANNED
from phbplanner.ui.spending.words import alert_title

from ..conftest import make_plan_file
from .conftest import OPENED, TODAY, Page, open_spending, record, settle


def _fill(page: Page) -> None:
    """Budget payments up to October (November's missing), £250 on swimming (£203 planned by
    2 December: 35 Tuesdays from 7 April at £5.80), one taxi fare of £22 (£198 planned)."""
    expected = page.feed.status().payments
    for payment in expected:
        if payment.expected <= date(2026, 10, 14):
            record(page.ledger, payment.expected, payment.amount.pence,
                   "Cheshire and Merseyside ICB", purpose=Purpose.BUDGET_PAYMENT)  # fmt: skip
    record(page.ledger, date(2026, 11, 10), -25000, "Northgate leisure centre", "s3")
    record(page.ledger, date(2026, 11, 25), -2200, "Chester Cars", "s5")
    page.settle()


def _rows(page: Page) -> dict[str, list[str]]:
    model = page.view.planned.model
    return {row[0]: row[1:] for row in model.rows}


def test_planned_and_spent_by_line_outcome_and_month(page: Page) -> None:
    _fill(page)
    page.view.show_part(PLANNED)
    settle()
    planned = page.view.planned
    rows = _rows(page)
    assert rows["Swimming session with PA"] == ["£203.00", "£250.00", "⚠ £47.00 more than planned"]
    assert rows["Taxi to hydrotherapy"] == ["£198.00", "£22.00", "£176.00 less than planned"]
    assert "Lightweight walking frame with seat" not in rows  # notional: not in these records
    assert "Lightweight walking frame with seat" in planned.left_out.text()
    assert planned.overspent.text() == (
        "⚠ More than planned has been spent on “Swimming session with PA” (£47.00 more)."
    )
    assert "By 2 December 2026 the plan expected" in planned.summary.text()
    # the chart draws the same rows: planned (solid) and spent (hatched), never colour alone
    [series] = planned.chart.series()
    assert isinstance(series, QHorizontalBarSeries)
    assert [bars.label() for bars in series.barSets()] == ["Planned so far", "Spent"]
    spent = series.barSets()[1]
    assert spent.brush().style() != series.barSets()[0].brush().style()
    # the chart's words grow with the text size
    sizes = []
    for scale in (100, 200):
        page.window.set_scale(scale)
        settle()
        [axis] = [a for a in planned.chart.axes() if a.orientation() == Qt.Orientation.Vertical]
        sizes.append(axis.labelsFont().pointSizeF())
    page.window.set_scale(100)
    assert sizes[1] >= 1.9 * sizes[0]
    # by outcome and by month
    planned.by.setCurrentIndex(1)
    outcomes = _rows(page)
    titles = [o.title for o in page.feed.plan.outcomes]
    assert list(outcomes)[: len(titles)] == titles and "Total" in outcomes
    planned.by.setCurrentIndex(2)
    months = _rows(page)
    assert months["November 2026"][1] == "£272.00"
    assert next(iter(months)) == "April 2026" and "December 2026" in months


def test_forecast_payments_and_alerts(page: Page, qtbot: Any) -> None:
    _fill(page)
    status = page.feed.status()
    missing = [p for p in status.payments if p.status is PaymentStatus.MISSING]
    assert [p.expected for p in missing] == [date(2026, 11, 11)]
    page.view.show_part(FORECAST)
    settle()
    forecast = page.view.forecast
    text = forecast.alerts.text()
    assert "expected on 11 November 2026 has not arrived" in text
    assert "“Swimming session with PA”" in text
    assert text.count("⚠") == len(status.alerts) >= 2
    assert "at the end of the budget period on 31 March 2027" in forecast.forecast.text()
    assert "This does not count the payment of" in forecast.forecast.text()
    rows = forecast.payments.rows
    assert rows[0][0] == "1 April 2026" and rows[0][2].startswith("✓ Received on 1 April 2026")
    november = next(row for row in rows if row[0] == "11 November 2026")
    assert november[2] == "⚠ Missing: it has not arrived"
    assert "in the account on 2 December 2026" in forecast.position.text()
    # the number of alerts beside the parts, and in the part's title (once typing pauses)
    words = f"⚠ {len(status.alerts)} things to look at"
    qtbot.waitUntil(lambda: page.view.alerts_button.text() == words)
    assert page.view.alerts_button.isVisible()
    assert page.view.tabs.tabText(FORECAST).endswith(f"({len(status.alerts)})")


def test_the_summary_bar_shows_the_balance_here_and_the_first_alert_elsewhere(page: Page) -> None:
    _fill(page)
    bar = page.window.findChild(BudgetSummaryBar)
    assert bar is not None
    balance = page.feed.status().position.balance
    assert bar.spending.text() == f"{balance.format()} in the account"
    assert bar.spending.isVisible()
    page.window.go_to_workspace("plan")
    settle()
    first = page.feed.status().alerts[0]
    assert bar.spending.text().startswith(f"⚠ My spending: {alert_title(first)}.")
    assert first.message in bar.spending.toolTip()  # the whole of it, and on the page
    assert first.message in bar.spending.accessibleDescription()
    assert "more things to look at" in bar.spending.text()
    # a payment recorded: the alert about it goes, the summary follows
    record(page.ledger, date(2026, 11, 12), 141385, "Cheshire and Merseyside ICB",
           purpose=Purpose.BUDGET_PAYMENT)  # fmt: skip
    settle()
    assert "11 November 2026" not in bar.spending.toolTip()


def test_the_summary_says_nothing_until_there_is_an_account(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    page = open_spending(window, qtbot, make_plan_file(tmp_path / "new.phbplan"), account=False)
    bar = page.window.findChild(BudgetSummaryBar)
    assert bar is not None
    page.window.go_to_workspace("plan")
    settle()
    assert bar.spending.isHidden()  # nothing recorded yet: nothing to alarm anyone with
    page.ledger.add_account(Account("Bank", AccountKind.BANK_ACCOUNT, Money(0), OPENED),
                            today=TODAY)  # fmt: skip
    settle()
    first = alert_title(page.feed.status().alerts[0])
    assert bar.spending.isVisible() and bar.spending.text().startswith(f"⚠ My spending: {first}")
