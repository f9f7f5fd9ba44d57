"""Forecast and alerts shows the money already committed (wages earned but not paid, HMRC and the
pension due, a renewal coming) with the balance left free, and the council's check of each pay
period — from the example plan's own year of records (Rhian's payslips and timesheets)."""

from __future__ import annotations

from typing import Any

from phbplanner.ui.spending.feed import spending_feed_for
from phbplanner.ui.spending.view import FORECAST, SpendingView
from phbplanner.ui.spending.words import balance_words
from phbplanner.ui.window import MainWindow

from ..conftest import open_example
from .conftest import TODAY, settle


def _forecast(window: MainWindow, qtbot: Any) -> tuple[Any, Any]:
    open_example(window, qtbot)
    assert window.controller is not None and window.plan_view is not None
    feed = spending_feed_for(window.controller)
    feed.today = lambda: TODAY
    window.go_to_workspace("spending")
    view = window.plan_view.widget("spending")
    assert isinstance(view, SpendingView)
    feed.refresh()
    view.show_part(FORECAST)
    settle()
    view.forecast.refresh()
    return feed.status(), view.forecast


def test_each_pay_period_is_checked_in_words(window: MainWindow, qtbot: Any) -> None:
    status, forecast = _forecast(window, qtbot)
    checks = status.pay_periods
    assert len(checks) >= 6  # a payslip a month since April
    rows = forecast.pay_periods.rows
    assert [row[:3] for row in rows] == [
        [c.period_words(), c.payee, c.paid.format()] for c in checks
    ]
    for row, check in zip(rows, checks, strict=True):
        if check.ok:
            assert row[3] == "✓ In order"
        else:
            assert row[3].count("⚠") == len(check.flags)
            assert all(message in row[3] for _flag, message in check.flags)
    assert forecast.pay_place.isVisibleTo(forecast) and forecast.pay_heading.isVisibleTo(forecast)
    # every row shows whole: the table is as tall as its rows
    table = forecast.pay_table
    assert table.height() >= sum(table.rowHeight(r) for r in range(len(rows)))


def test_committed_money_and_the_balance_left_free(window: MainWindow, qtbot: Any) -> None:
    status, forecast = _forecast(window, qtbot)
    committed = status.committed
    text = forecast.committed.text()
    if committed is None or not committed.items:
        assert not forecast.committed.isVisibleTo(forecast) and text == ""
        return
    assert text.startswith(f"{committed.total.format()} of the balance is already committed:")
    for item in committed.items:
        assert f"• {item.label}: {item.amount.format()}." in text
    free = status.position.balance - committed.total
    assert status.position.free_balance == free
    assert f"That leaves {balance_words(free.pence)} free to spend." in text
    assert forecast.committed.isVisibleTo(forecast)
