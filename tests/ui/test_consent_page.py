"""Consent records on "Who helped": added through the page, kept in the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from phbplanner.ui.listing import ItemDialog
from phbplanner.ui.pages.more import HelpersPage
from phbplanner.ui.window import MainWindow

from .conftest import make_plan_file, open_in, read_plan, when_dialog_opens


def test_record_consent_on_who_helped(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    path = make_plan_file(tmp_path / "plan.phbplan")
    open_in(window, qtbot, path)
    page = window.journey.page("who-helped")
    assert isinstance(page, HelpersPage)
    window.journey.go(window.journey.pages.index(page))
    seen: dict[str, Any] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ItemDialog)
        seen["labels"] = [e.spec.label for e in dialog.editors]
        seen["offered"] = dialog.editors[4].text()  # today's date, ready
        values = ["Sam Patel", "peer support volunteer", "My plan", "My care coordinator"]
        for editor, value in zip(dialog.editors, [*values, date(2026, 5, 1)], strict=True):
            editor.set_value(value)
        dialog.accept()

    when_dialog_opens(fill)
    page.consents.add()
    assert seen["labels"] == [
        "Who is helping me",
        "Their role",
        "What I agree to share",
        "Who I agree to share it with",
        "The date I agreed",
    ]
    assert seen["offered"] == date.today().strftime("%d/%m/%Y")
    row = [page.consents.model.index(0, c).data() for c in range(4)]
    assert row == [
        "01/05/2026",
        "Sam Patel (peer support volunteer)",
        "My plan",
        "My care coordinator",
    ]
    window.close_plan()
    (record,) = read_plan(path).consents
    assert (record.helper, record.what, record.agreed_on.isoformat()) == (  # type: ignore[union-attr]
        "Sam Patel",
        "My plan",
        "2026-05-01",
    )
