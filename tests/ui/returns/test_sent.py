"""“Returns sent”: the record of returns read from the file, and "Make this again" — the same
bytes when nothing changed, otherwise what changed; all of it or nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from phbplanner.domain.ledger import Entry, Purpose
from phbplanner.domain.money import Money
from phbplanner.domain.return_periods import ReturnPeriod
from phbplanner.services.ledger import Ledger
from phbplanner.services.returns import ReturnOptions, ReturnOutputs
from phbplanner.ui import operations
from phbplanner.ui.returns import show_returns_sent
from phbplanner.ui.returns.common import outputs_beside
from phbplanner.ui.returns.sent_dialog import ReturnsSentDialog

from ..conftest import answer_file_dialog
from .conftest import TODAY, Opened, shut, wait_for

QUARTER = ReturnPeriod(date(2026, 7, 1), date(2026, 9, 30))


def _make_return(opened: Opened, folder: Path, *, pack: bool = True) -> ReturnOutputs:
    """A return of the quarter made and recorded (as "Send my records" makes it)."""
    folder.mkdir(exist_ok=True)
    outputs = outputs_beside(folder / "return.pdf", csv=True, pack=pack)
    prepared = opened.returns.prepare(QUARTER, produced=TODAY)
    opened.returns.produce(prepared, outputs, options=ReturnOptions(language="en"))
    return outputs


def _sent(opened: Opened) -> ReturnsSentDialog:
    dialog = ReturnsSentDialog(opened.controller, opened.parent)
    dialog.show()
    return dialog


def test_before_any_return_it_says_how_to_make_one(opened: Opened) -> None:
    dialog = show_returns_sent(opened.parent, opened.controller)
    assert dialog.isVisible()
    assert dialog.empty.isVisibleTo(dialog) and not dialog.list.isVisibleTo(dialog)
    assert dialog.empty.text().startswith("No return has been made from this plan file yet.")
    assert not dialog.again_button.isEnabled()
    assert dialog.make_again() is None
    shut(dialog)


def test_the_record_shows_period_when_who_and_totals(opened: Opened) -> None:
    _make_return(opened, opened.out / "first")
    dialog = _sent(opened)
    assert dialog.model.rowCount() == 1
    lines = dialog.model.lines(dialog.model.records[0])
    assert lines[0] == "1 July 2026 to 30 September 2026"
    assert lines[1].startswith("Made on ") and lines[1].endswith(" by Test")
    assert lines[2] == "Money in £3,944.35, money out £2,875.49, closing £4,087.20"
    assert dialog.selected() is not None and dialog.again_button.isEnabled()
    details = dialog.details
    assert details.value("Opening balance") == "£3,018.34"
    assert details.value("Closing balance") == "£4,087.20"
    assert details.value("Made by") == "Test"
    assert details.value("Files made") == "the PDF, the spreadsheet and the audit pack"
    assert details.value("Payments without a receipt") == "1"
    # a new return made elsewhere (the send dialog) appears at once, newest first
    _make_return(opened, opened.out / "second", pack=False)
    assert dialog.model.rowCount() == 2
    assert dialog.model.records[0].made == ("pdf", "csv")
    shut(dialog)


def test_make_this_again_gives_the_same_bytes(opened: Opened) -> None:
    original = _make_return(opened, opened.out / "sent")
    dialog = _sent(opened)
    record = dialog.selected()
    assert record is not None
    again = outputs_beside(opened.out / "copy.pdf", csv=True, pack=True)
    remade = wait_for(dialog.remade_ready, lambda: dialog.remake_into(record, again))[0]
    assert remade.identical
    assert again.pdf.read_bytes() == original.pdf.read_bytes()
    assert again.pack is not None and original.pack is not None
    assert again.pack.read_bytes() == original.pack.read_bytes()
    assert dialog.result_heading.text() == "✓ The copy is the same as the return sent"
    assert "identical, byte for byte" in dialog.outcome.text()
    assert "• copy.pdf (" in dialog.outcome.text()
    assert dialog.open_buttons.isVisibleTo(dialog) and dialog.open_buttons.pdf == again.pdf
    assert len(opened.returns.returns()) == 1  # a copy is not a new return
    shut(dialog)


def test_make_this_again_after_a_change_says_what_changed(opened: Opened) -> None:
    _make_return(opened, opened.out / "sent")
    account = opened.returns.accounts()[0]
    Ledger(opened.session).record(
        Entry(date(2026, 9, 15), Money(-100), "Bank", "Charge", Purpose.BANK_CHARGE,
              account_id=account.id),
        today=TODAY,
    )  # fmt: skip
    dialog = _sent(opened)
    record = dialog.selected()
    assert record is not None
    again = outputs_beside(opened.out / "copy.pdf", csv=True, pack=True)
    remade = wait_for(dialog.remade_ready, lambda: dialog.remake_into(record, again))[0]
    assert not remade.identical
    assert dialog.result_heading.text() == "⚠ The copy is not the same as the return sent"
    text = dialog.outcome.text()
    assert "• Money out was £2,875.49; it is now £2,876.49." in text
    assert "• The closing balance was £4,087.20; it is now £4,086.20." in text
    assert again.pdf.exists()
    shut(dialog)


def test_make_this_again_through_the_file_dialog(opened: Opened) -> None:
    _make_return(opened, opened.out / "sent", pack=False)
    dialog = _sent(opened)
    target = opened.out / "again"
    target.mkdir()
    answer_file_dialog(target / "copy")
    remade = wait_for(dialog.remade_ready, dialog.make_again)[0]
    assert remade.identical
    assert sorted(p.name for p in target.iterdir()) == ["copy entries.csv", "copy.pdf"]
    shut(dialog)


def test_cancelling_a_copy_leaves_nothing(opened: Opened, monkeypatch: pytest.MonkeyPatch) -> None:
    _make_return(opened, opened.out / "sent")
    report = operations.Task.report

    def cancel_in_the_pack(task: operations.Task, done: int, total: int) -> None:
        if done > 1020:  # inside the audit pack: the PDF and spreadsheet are written already
            task.cancel()
        report(task, done, total)

    monkeypatch.setattr(operations.Task, "report", cancel_in_the_pack)
    dialog = _sent(opened)
    record = dialog.selected()
    assert record is not None
    target = opened.out / "copies"
    target.mkdir()
    again = outputs_beside(target / "copy.pdf", csv=True, pack=True)
    message = wait_for(dialog.stopped, lambda: dialog.remake_into(record, again))[0]
    assert message == "You stopped it: nothing was saved."
    assert dialog.result_heading.text() == "The copy was not made"
    assert list(target.iterdir()) == []
    assert dialog.again_button.isEnabled()
    shut(dialog)


def test_a_copy_into_a_missing_folder_is_a_calm_message(opened: Opened) -> None:
    _make_return(opened, opened.out / "sent", pack=False)
    dialog = _sent(opened)
    record = dialog.selected()
    assert record is not None
    missing = opened.out / "gone"
    again = outputs_beside(missing / "copy.pdf", csv=True, pack=False)
    message = wait_for(dialog.stopped, lambda: dialog.remake_into(record, again))[0]
    assert message == (
        f"The folder {missing} does not exist. Choose another folder, or create it first."
    )
    assert dialog.outcome.text() == message and not missing.exists()
    shut(dialog)
