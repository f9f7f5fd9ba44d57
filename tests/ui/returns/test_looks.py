"""Every screen of "Send my records" and "Returns sent" as a person sees it: at 100% and 200% text
on a 1280×800 screen no button is off the screen or cut off, nothing needs scrolling sideways,
and every control has a name a screen reader can say (inputs through a buddy label)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from phbplanner.domain.ledger import Entry, Purpose
from phbplanner.domain.money import Money
from phbplanner.services.ledger import Ledger
from phbplanner.ui.returns.common import outputs_beside
from phbplanner.ui.returns.send_dialog import SendRecordsDialog
from phbplanner.ui.returns.sent_dialog import ReturnsSentDialog
from phbplanner.ui.theme import apply_text_scale

from ..test_accessibility import _clipped, _focusable
from .conftest import TODAY, Opened, send_dialog, shut, wait_for

SCREEN = QRect(0, 0, 1280, 800)


def _settle() -> None:
    for _ in range(8):
        QApplication.processEvents()


def _with_a_bank_difference(opened: Opened) -> None:
    """An entry carrying the bank's balance, so that the figures show a difference and its note."""
    account = opened.returns.accounts()[0]
    Ledger(opened.session).record(
        Entry(date(2026, 9, 30), Money(-100), "Bank", "Monthly fee", Purpose.BANK_CHARGE,
              bank_balance=Money(410_000), account_id=account.id),
        today=TODAY,
    )  # fmt: skip


def _send_screens(opened: Opened) -> Iterator[tuple[str, QDialog]]:
    dialog = send_dialog(opened)
    yield "the period", dialog
    step = dialog.period_step
    step.other.setChecked(True)
    step.end.widget.setText("31/06/2026")  # type: ignore[attr-defined]
    dialog.next()
    yield "the period, a date refused", dialog
    step.quarter.setChecked(True)
    wait_for(dialog.prepared_ready, dialog.next)
    yield "the checks", dialog
    dialog.next()
    yield "the figures", dialog
    dialog.next()
    dialog.outputs_step.pack.setChecked(True)
    dialog.outputs_step.show_problem("A problem with the folder, shown beside it. " * 3)
    yield "what to make", dialog
    dialog.outputs_step.use_path(opened.out / "return.pdf")
    wait_for(dialog.produced_ready, dialog.make)
    yield "done", dialog
    shut(dialog)


def _sent_screens(opened: Opened) -> Iterator[tuple[str, QDialog]]:
    dialog = ReturnsSentDialog(opened.controller, opened.parent)
    dialog.show()
    yield "returns sent", dialog
    record = dialog.selected()
    assert record is not None
    again = outputs_beside(opened.out / "copy.pdf", csv=True, pack=True)
    wait_for(dialog.remade_ready, lambda: dialog.remake_into(record, again))
    yield "returns sent, a copy made", dialog
    shut(dialog)


def _screens(opened: Opened) -> Iterator[tuple[str, QDialog]]:
    _with_a_bank_difference(opened)
    yield from _send_screens(opened)
    yield from _sent_screens(opened)


def _in_scroll_area(widget: QWidget, dialog: QDialog) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _problems(name: str, dialog: QDialog) -> list[str]:
    found: list[str] = []
    room = QGuiApplication.primaryScreen().availableGeometry()
    frame = dialog.frameGeometry()
    if frame.width() > min(room.width(), SCREEN.width()) or frame.height() > SCREEN.height():
        size = f"{frame.width()}×{frame.height()}"
        found.append(f"{name}: the dialog is {size}, larger than the screen")
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        why = _clipped(widget)
        if why:
            text = getattr(widget, "text", lambda: "")()
            found.append(f"{name}: {type(widget).__name__} {text[:40]!r}: {why}")
        if not isinstance(widget, QAbstractButton):
            continue
        placed = QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())
        scroll = _in_scroll_area(widget, dialog)
        if scroll is None:
            if not dialog.rect().contains(placed):
                found.append(f"{name}: button {widget.text()!r} off the dialog: {placed}")
        else:  # reached by scrolling down: it must never need scrolling sideways
            content = scroll.widget()
            assert content is not None
            inner = QRect(widget.mapTo(content, QPoint(0, 0)), widget.size())
            if inner.right() > scroll.viewport().width():
                found.append(f"{name}: button {widget.text()!r} beyond the right edge")
    for scroll in dialog.findChildren(QScrollArea):
        if scroll.isVisibleTo(dialog) and scroll.horizontalScrollBar().maximum() > 0:
            found.append(f"{name}: {scroll.objectName() or 'a step'} scrolls sideways")
    return found


@pytest.mark.parametrize("scale", [100, 200])
def test_every_screen_fits_a_1280_by_800_screen(opened: Opened, scale: int) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_text_scale(app, scale)
    problems: list[str] = []
    seen = 0
    for name, dialog in _screens(opened):
        _settle()
        seen += 1
        problems += _problems(name, dialog)
    assert seen == 8
    assert not problems, "\n".join(problems)


def test_every_control_has_a_name_and_every_input_a_buddy(opened: Opened) -> None:
    missing: list[str] = []
    checked = 0
    for name, dialog in _screens(opened):
        _settle()
        buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
        for widget in _focusable(dialog):
            if isinstance(widget, QScrollArea) and not widget.inherits("QAbstractItemView"):
                continue  # a scrolling step takes no focus of its own
            interface = QAccessible.queryAccessibleInterface(widget)
            assert interface is not None
            said = interface.text(QAccessible.Text.Name).strip()
            if isinstance(widget, QLineEdit | QComboBox | QAbstractScrollArea):
                said = widget.accessibleName().strip()
                if widget not in buddies:
                    missing.append(f"{name}: {type(widget).__name__} has no buddy label")
            checked += 1
            if not said:
                missing.append(f"{name}: {type(widget).__name__} {widget.objectName()!r}")
    assert checked > 30
    assert not missing, "\n".join(missing)


def test_the_period_choices_are_said_with_their_days(opened: Opened, qtbot: Any) -> None:
    dialog = send_dialog(opened)
    step = dialog.period_step
    for button in (step.quarter, step.since):
        interface = QAccessible.queryAccessibleInterface(button)
        assert interface is not None
        said = interface.text(QAccessible.Text.Name)
        assert said.startswith(button.text() + ": ")
    assert step.since.accessibleName() == "Since the last return: No return has been made yet."
    shut(dialog)


def test_a_send_dialog_is_a_draft_dialog(opened: Opened) -> None:
    # "Send my records" asks before throwing away typed dates: it is one of the window's drafts
    from phbplanner.ui.drafts import DraftDialog

    assert isinstance(SendRecordsDialog(opened.controller, opened.parent, today=TODAY), DraftDialog)


def test_the_pictures_of_every_screen_are_saved(opened: Opened, tmp_path: Path) -> None:
    from phbplanner.ui.returns.screenshots import returns_screenshots

    folder = tmp_path / "pictures"
    saved = returns_screenshots(opened.parent, opened.controller, folder, suffix="-t", today=TODAY)
    assert [p.name for p in saved] == [
        "30-send-1-period-t.png",
        "30-send-1-period-problem-t.png",
        "31-send-2-checks-t.png",
        "32-send-3-figures-t.png",
        "33-send-4-outputs-t.png",
        "34-send-5-done-t.png",
        "35-returns-sent-t.png",
        "36-returns-sent-copy-t.png",
    ]
    for picture in saved:
        assert picture.read_bytes().startswith(b"\x89PNG"), picture
    made = sorted(p.name for p in (folder / "files").iterdir())
    assert len(made) == 6  # the return (PDF, CSV, audit pack) and its copy made again
    assert len(opened.returns.returns()) == 1  # the copy is not a new return
