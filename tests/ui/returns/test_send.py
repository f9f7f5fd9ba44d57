"""“Send my records” on a real encrypted file with the example's year of records: the period, the
checks, the figures, the files made and recorded — and every way it can go wrong."""

from __future__ import annotations

import hashlib
import io
import stat
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from phbplanner.domain.ledger import Entry, Purpose
from phbplanner.domain.money import Money
from phbplanner.domain.return_periods import ReturnPeriod
from phbplanner.interchange.plan_json import load_plan_file
from phbplanner.paths import resource
from phbplanner.services.files import create_plan_file
from phbplanner.services.ledger import Ledger
from phbplanner.ui import operations
from phbplanner.ui.controller import PlanController
from phbplanner.ui.returns import send_my_records
from phbplanner.ui.returns.common import default_folder
from phbplanner.ui.returns.send_dialog import CHECKS, DONE, OUTPUTS, PERIOD, TOTALS
from tests.reports.test_safe_output import _mount, _unmount, read_only_folder

from ..conftest import when_dialog_opens
from .conftest import (
    PASSPHRASE,
    TODAY,
    Opened,
    open_copy,
    send_dialog,
    shut,
    to_outputs,
    wait_for,
)

__all__ = ["read_only_folder"]

QUARTER = ReturnPeriod(date(2026, 7, 1), date(2026, 9, 30))


def _answer(button_text: str) -> None:
    """When a message box opens, press its button with ``button_text``."""

    def press(box: QWidget) -> None:
        assert isinstance(box, QMessageBox), type(box)
        for button in box.findChildren(QPushButton):
            if button.text() == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {box.windowTitle()!r}")

    when_dialog_opens(press)


def _type_dates(dialog: Any, start: str, end: str) -> None:
    """Type the two dates as a person does: select what is there, type over it."""
    for editor, text in ((dialog.period_step.start, start), (dialog.period_step.end, end)):
        line = editor.widget
        line.setFocus()
        line.selectAll()
        QTest.keyClick(line, Qt.Key.Key_Delete)
        QTest.keyClicks(line, text)


# -- the period -----------------------------------------------------------------------------------
def test_the_default_period_is_the_last_full_quarter(opened: Opened) -> None:
    dialog = send_my_records(opened.parent, opened.controller, today=TODAY)
    assert dialog.isVisible() and dialog.step() == PERIOD
    step = dialog.period_step
    assert step.quarter.isChecked()
    assert step.quarter.text() == "The last full quarter"
    assert step.quarter_days.text() == "1 July 2026 to 30 September 2026"
    assert step.quarter.accessibleName() == (
        "The last full quarter: 1 July 2026 to 30 September 2026"
    )
    assert step.dates_shown() == ("01/07/2026", "30/09/2026")
    assert step.summary.text() == (
        "The return will cover 92 days: 1 July 2026 to 30 September 2026."
    )
    # no return yet: "since the last return" is offered, but not available, and says why
    assert not step.since.isEnabled()
    assert step.since_days.text() == "No return has been made yet."
    assert step.period() == QUARTER
    assert not step.account.isVisible()  # one account: nothing to choose
    shut(dialog)


def test_a_bad_period_is_refused_beside_the_field(opened: Opened) -> None:
    dialog = send_dialog(opened)
    step = dialog.period_step
    _type_dates(dialog, "01/07/2026", "31/06/2026")
    assert step.other.isChecked()  # typing a date chooses "Other dates"
    dialog.next()
    assert dialog.step() == PERIOD and dialog.operation is None and dialog.prepared is None
    assert step.end.error.isVisible()
    assert step.end.error.text() == "To: there is no such date. Write a date like 31/01/2026."
    assert "there is no such date" in step.end.widget.accessibleDescription()
    assert not step.start.error.isVisible()
    assert step.summary.text().startswith("Once both dates are right")
    # a start after the end: the period's own plain message, beside "To"
    _type_dates(dialog, "01/10/2026", "30/09/2026")
    dialog.next()
    assert dialog.step() == PERIOD and dialog.prepared is None
    assert step.end.error.text() == (
        "The period cannot start after it ends: 1 October 2026 is after 30 September 2026. "
        "Choose a start date on or before the end date."
    )
    # a date left empty
    _type_dates(dialog, "", "30/09/2026")
    dialog.next()
    assert step.start.error.text() == "Type the date for “From”."
    assert dialog.prepared is None
    # put right, it goes on
    _type_dates(dialog, "01/08/2026", "30/09/2026")
    assert not step.start.error.isVisible() and not step.end.error.isVisible()
    wait_for(dialog.prepared_ready, dialog.next)
    assert dialog.step() == CHECKS
    assert dialog.prepared is not None
    assert dialog.prepared.period == ReturnPeriod(date(2026, 8, 1), date(2026, 9, 30))
    shut(dialog)


def test_dates_outside_the_budget_period_are_allowed_and_said(opened: Opened) -> None:
    dialog = send_dialog(opened)
    _type_dates(dialog, "01/03/2026", "31/05/2026")
    notes = dialog.period_step.notes
    assert notes.isVisibleTo(dialog)
    assert notes.text() == (
        "Part of this period is outside the budget period (1 April 2026 to 31 March 2027). "
        "That is allowed: the return will say so."
    )
    wait_for(dialog.prepared_ready, dialog.next)
    codes = [card.check.code for card in dialog.checks_step.cards]
    assert codes == ["outside_budget_period"]
    card = dialog.checks_step.cards[0]
    assert card.advice is not None
    assert card.advice.text() == (
        "What to do: That is allowed. Make sure these are the dates the ICB or council asked for."
    )
    shut(dialog)


def test_typed_dates_are_not_thrown_away_without_asking(opened: Opened) -> None:
    dialog = send_dialog(opened)
    _type_dates(dialog, "01/08/2026", "31/08/2026")
    assert dialog.has_changes()
    _answer("Keep editing")
    QTest.keyClick(dialog.period_step.end.widget, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.period_step.dates_shown() == ("01/08/2026", "31/08/2026")
    _answer("Discard changes")
    dialog.close_button.click()
    assert not dialog.isVisible()


# -- the checks and the figures -------------------------------------------------------------------
def test_the_checks_are_shown_with_what_to_do_and_that_it_can_still_be_sent(
    opened: Opened,
) -> None:
    dialog = send_dialog(opened)
    wait_for(dialog.prepared_ready, dialog.next)
    assert dialog.step() == CHECKS
    expected = opened.returns.checks(QUARTER, produced=TODAY)
    assert [c.code for c in expected] == ["receipts_missing"]  # the example's taxi of 29 Sept
    step = dialog.checks_step
    assert step.heading.text() == "1 thing to look at before you send it"
    assert [card.found.text() for card in step.cards] == [c.message for c in expected]
    card = step.cards[0]
    assert card.title.text() == "⚠ To look at (1 of 1)"  # a sign and words, never colour alone
    assert card.found.text() == (
        "1 payment (£22.00) has no receipt attached. It is listed under “Payments without a "
        "receipt”."
    )
    assert card.advice is not None and card.advice.text().startswith(
        "What to do: If you have the receipts, attach them to the payments on My spending."
    )
    assert step.still.text().startswith("You can still send the return.")
    shut(dialog)


def test_the_figures_are_the_returns(opened: Opened) -> None:
    dialog = send_dialog(opened)
    wait_for(dialog.prepared_ready, dialog.next)
    dialog.next()
    assert dialog.step() == TOTALS
    totals = opened.returns.prepare(QUARTER, produced=TODAY).totals
    step = dialog.totals_step
    assert step.value_of("opening") == totals.opening.format() == "£3,018.34"
    assert step.value_of("money_in") == totals.money_in.format() == "£3,944.35"
    assert step.value_of("money_out") == totals.money_out.format() == "£2,875.49"
    assert step.value_of("closing") == totals.closing.format() == "£4,087.20"
    assert totals.opening + totals.money_in - totals.money_out == totals.closing
    # the example's records carry no statement balances: the bank's figure is said to be unknown
    assert step.value_of("bank").startswith("Not given")
    assert step.value_of("without_receipt") == "1 (£22.00)"
    assert step.value_of("unassigned") == "None"
    assert step.value_of("entries") == "40"
    assert not step.note.isVisibleTo(dialog)  # nothing to explain
    assert "20.8 weeks of planned spending" in step.buffer.text()
    dialog.back()
    assert dialog.step() == CHECKS
    dialog.back()
    assert dialog.step() == PERIOD
    dialog.next()  # the same period: the figures worked out already are shown again
    assert dialog.step() == CHECKS
    shut(dialog)


def test_a_difference_from_the_bank_is_shown_and_its_note_printed(opened: Opened) -> None:
    account = opened.returns.accounts()[0]
    Ledger(opened.session).record(
        Entry(date(2026, 9, 30), Money(-100), "Bank", "Monthly fee", Purpose.BANK_CHARGE,
              bank_balance=Money(410_000), account_id=account.id),
        today=TODAY,
    )  # fmt: skip
    dialog = send_dialog(opened)
    wait_for(dialog.prepared_ready, dialog.next)
    codes = [card.check.code for card in dialog.checks_step.cards]
    assert codes[0] == "balance_mismatch"
    assert dialog.checks_step.cards[0].advice is not None
    dialog.next()
    step = dialog.totals_step
    assert step.value_of("closing") == "£4,086.20"
    assert step.value_of("bank") == "£4,100.00"
    assert step.value_of("difference") == "⚠ £13.80 more at the bank than in these records."
    assert step.note.isVisibleTo(dialog)
    assert step.note_label.buddy() is step.note
    QTest.keyClicks(step.note, "A refund of £13.80 not yet recorded")
    dialog.next()
    dialog.outputs_step.use_path(opened.out / "return.pdf")
    wait_for(dialog.produced_ready, dialog.make)
    record = opened.returns.returns()[0]
    assert record.bank_note == "A refund of £13.80 not yet recorded"
    text = "".join(
        page.extract_text() for page in PdfReader(str(opened.out / "return.pdf")).pages[:1]
    )
    assert "A refund of £13.80 not yet recorded" in text
    shut(dialog)


# -- making the return ----------------------------------------------------------------------------
def test_a_return_is_made_private_recorded_and_opened(
    opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened_urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened_urls.append(QUrl(url).toLocalFile())
    )
    dialog = send_dialog(opened)
    to_outputs(dialog)
    assert dialog.step() == OUTPUTS
    step = dialog.outputs_step
    assert step.csv.isChecked() and not step.pack.isChecked() and step.normal.isChecked()
    step.pack.setChecked(True)
    assert dialog.prepared is not None
    receipts = sum(d.size for d in dialog.prepared.documents)
    # the example's receipts, with Rhian's payslips and timesheets
    assert "the 48 receipts of the period" in step.pack_note.text()
    assert step.receipts_size() == receipts
    step.use_path(opened.out / "Q2 return.pdf")
    assert step.where.text() == (
        f"In the folder {opened.out}:\n• Q2 return.pdf\n• Q2 return entries.csv\n"
        "• Q2 return audit pack.zip"
    )
    made = wait_for(dialog.produced_ready, dialog.make)[0]
    assert dialog.step() == DONE
    made_names = ("Q2 return.pdf", "Q2 return entries.csv", "Q2 return audit pack.zip")
    pdf, csv, pack = (opened.out / name for name in made_names)
    assert sorted(p.name for p in opened.out.iterdir()) == sorted([pdf.name, csv.name, pack.name])
    for path in (pdf, csv, pack):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path  # a return is private
    assert pdf.read_bytes().startswith(b"%PDF")
    assert csv.read_bytes().startswith(b"\xef\xbb\xbf")
    with zipfile.ZipFile(pack) as archive:
        names = archive.namelist()
    assert len([n for n in names if n.startswith("receipts/")]) == 48
    # recorded in the file, with the PDF's fingerprint
    records = opened.returns.returns()
    assert len(records) == 1
    record = records[0]
    assert record.id == made.record_id
    assert record.period == QUARTER and record.produced_on == TODAY
    assert record.made == ("pdf", "csv", "pack")
    assert record.pdf_sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert record.totals.closing == Money(408_720)
    # the last step: what was saved, then open the PDF or its folder
    done = dialog.done_step
    assert "Q2 return.pdf (" in done.files.text()
    assert "“Since the last return” starts on 1 October 2026" in done.recorded.text()
    assert dialog.close_button.text() == "Close"
    assert not dialog.has_changes()
    done.buttons.open_pdf.click()
    done.buttons.show_folder.click()
    assert opened_urls == [str(pdf), str(opened.out)]
    dialog.close_button.click()  # closes at once: nothing to lose
    assert not dialog.isVisible()


def test_large_print_alone_and_its_name(opened: Opened) -> None:
    dialog = send_dialog(opened)
    to_outputs(dialog)
    step = dialog.outputs_step
    step.large.setChecked(True)
    step.csv.setChecked(False)
    assert step.pdf_path is not None
    assert step.pdf_path.name == "Monitoring return 2026-07-01 to 2026-09-30 (large print).pdf"
    step.use_path(opened.out / step.pdf_path.name)
    wait_for(dialog.produced_ready, dialog.make)
    assert [p.name for p in opened.out.iterdir()] == [step.pdf_path.name]
    record = opened.returns.returns()[0]
    assert record.options.large_print and record.made == ("pdf",)
    shut(dialog)


def test_the_return_is_made_in_the_language_the_window_speaks(
    opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    from phbplanner.ui import i18n

    monkeypatch.setattr(i18n, "_current", ["cy"])  # the window in Welsh
    dialog = send_dialog(opened)
    to_outputs(dialog)
    dialog.outputs_step.use_path(opened.out / "return.pdf")
    wait_for(dialog.produced_ready, dialog.make)
    assert (opened.out / "return.pdf").read_bytes().startswith(b"%PDF")
    assert opened.returns.returns()[0].options.language == "cy"
    shut(dialog)


def test_the_keyboard_alone_makes_the_return(opened: Opened) -> None:
    dialog = send_dialog(opened)
    dialog.activateWindow()
    QApplication.processEvents()
    focus = QApplication.focusWidget() or dialog
    wait_for(dialog.prepared_ready, lambda: QTest.keyClick(focus, Qt.Key.Key_Return))
    assert dialog.step() == CHECKS and dialog.next_button.hasFocus()
    QTest.keyClick(dialog.next_button, Qt.Key.Key_Return)
    assert dialog.step() == TOTALS
    QTest.keyClick(dialog.next_button, Qt.Key.Key_Return)
    assert dialog.step() == OUTPUTS and dialog.make_button.hasFocus()
    dialog.outputs_step.use_path(opened.out / "return.pdf")
    wait_for(dialog.produced_ready, lambda: QTest.keyClick(dialog.make_button, Qt.Key.Key_Return))
    assert (opened.out / "return.pdf").exists()
    shut(dialog)


def test_the_file_dialog_chooses_where(opened: Opened) -> None:
    from ..conftest import answer_file_dialog

    dialog = send_dialog(opened)
    to_outputs(dialog)
    answer_file_dialog(opened.out / "chosen")  # ".pdf" is added
    dialog.outputs_step.choose_button.click()
    assert dialog.outputs_step.pdf_path == opened.out / "chosen.pdf"
    assert "• chosen entries.csv" in dialog.outputs_step.where.text()
    wait_for(dialog.produced_ready, dialog.make)
    assert sorted(p.name for p in opened.out.iterdir()) == ["chosen entries.csv", "chosen.pdf"]
    shut(dialog)


def test_files_already_there_are_replaced_only_when_the_person_says_so(opened: Opened) -> None:
    pdf = opened.out / "return.pdf"
    pdf.write_bytes(b"an earlier return")
    dialog = send_dialog(opened)
    to_outputs(dialog)
    dialog.outputs_step.use_path(pdf)
    _answer("Go back")
    assert dialog.make() is None
    assert pdf.read_bytes() == b"an earlier return"
    assert opened.returns.returns() == []
    _answer("Replace")
    wait_for(dialog.produced_ready, dialog.make)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert len(opened.returns.returns()) == 1
    shut(dialog)


def test_a_folder_that_cannot_be_written_is_a_calm_message_beside_it(
    opened: Opened, read_only_folder: Path
) -> None:
    dialog = send_dialog(opened)
    to_outputs(dialog)
    dialog.outputs_step.pack.setChecked(True)
    dialog.outputs_step.use_path(read_only_folder / "return.pdf")
    message = wait_for(dialog.stopped, dialog.make)[0]
    assert message == (
        f"PHB Planner cannot write in the folder {read_only_folder}: it is read-only, or you do "
        "not have permission. Nothing was written: choose another folder."
    )
    assert dialog.step() == OUTPUTS
    assert dialog.outputs_step.problem_text() == message
    assert message in dialog.outputs_step.choose_button.accessibleDescription()
    assert list(read_only_folder.iterdir()) == []
    assert opened.returns.returns() == []
    # choosing another folder clears the message, and the return is made there
    dialog.outputs_step.use_path(opened.out / "return.pdf")
    assert dialog.outputs_step.problem_text() == ""
    wait_for(dialog.produced_ready, dialog.make)
    assert len(opened.returns.returns()) == 1
    shut(dialog)


def test_a_folder_that_does_not_exist_is_said(opened: Opened) -> None:
    dialog = send_dialog(opened)
    to_outputs(dialog)
    missing = opened.out / "not there"
    dialog.outputs_step.use_path(missing / "return.pdf")
    message = wait_for(dialog.stopped, dialog.make)[0]
    assert message == (
        f"The folder {missing} does not exist. Choose another folder, or create it first."
    )
    assert not missing.exists() and list(opened.out.iterdir()) == []
    assert opened.returns.returns() == []
    shut(dialog)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 128 KiB filesystem: room for the PDF and the spreadsheet, not the audit pack."""
    import os

    if os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root")
    point = tmp_path / "small"
    point.mkdir()
    _mount(point, "size=128k")
    try:
        yield point
    finally:
        _unmount(point)


def test_a_full_disk_leaves_nothing_half_written(opened: Opened, small_disk: Path) -> None:
    dialog = send_dialog(opened)
    to_outputs(dialog)
    dialog.outputs_step.pack.setChecked(True)
    dialog.outputs_step.use_path(small_disk / "return.pdf")
    message = wait_for(dialog.stopped, dialog.make)[0]
    assert message == (
        "There is not enough space on the disk for return audit pack.zip. Nothing was written: "
        "free some space, or choose another place."
    )
    assert list(small_disk.iterdir()) == []  # the PDF and the spreadsheet were written: gone
    assert opened.returns.returns() == []
    shut(dialog)


def test_cancelling_while_the_files_are_made_leaves_nothing(
    opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The person presses Cancel while the audit pack is being written: the PDF and the
    # spreadsheet are already in their temporary files by then.
    seen: list[int] = []
    report = operations.Task.report

    def cancel_in_the_pack(task: operations.Task, done: int, total: int) -> None:
        if done > 1020:  # past the PDF (1000) and the spreadsheet (20): inside the pack
            seen.append(done)
            task.cancel()
        report(task, done, total)

    monkeypatch.setattr(operations.Task, "report", cancel_in_the_pack)
    dialog = send_dialog(opened)
    to_outputs(dialog)
    dialog.outputs_step.pack.setChecked(True)
    dialog.outputs_step.use_path(opened.out / "return.pdf")
    message = wait_for(dialog.stopped, dialog.make)[0]
    assert seen, "the pack was never reached"
    assert message == "You stopped it: nothing was saved."
    assert dialog.status.text() == message and dialog.step() == OUTPUTS
    assert list(opened.out.iterdir()) == []  # not even a temporary file
    assert opened.returns.returns() == []
    assert dialog.make_button.isEnabled()
    shut(dialog)


def test_since_the_last_return_once_one_is_recorded(opened: Opened) -> None:
    first = send_dialog(opened)
    to_outputs(first)
    first.outputs_step.use_path(opened.out / "q2.pdf")
    wait_for(first.produced_ready, first.make)
    shut(first)
    dialog = send_dialog(opened)
    step = dialog.period_step
    assert step.since.isEnabled()
    assert step.since_days.text() == "1 October 2026 to 2 December 2026"
    step.since.setChecked(True)
    assert step.dates_shown() == ("01/10/2026", "02/12/2026")
    assert "has not ended yet" in step.notes.text()
    wait_for(dialog.prepared_ready, dialog.next)
    assert dialog.prepared is not None
    assert dialog.prepared.period == ReturnPeriod(date(2026, 10, 1), TODAY)
    assert "may still be added" in dialog.checks_step.notes.text()
    shut(dialog)


def test_where_files_go_first(opened: Opened, example_file: Path, tmp_path: Path) -> None:
    # supporter mode: the plan's own folder, so nothing of the person lands elsewhere
    assert default_folder(opened.controller) == opened.session.path.parent
    dialog = send_dialog(opened)
    to_outputs(dialog)
    assert dialog.outputs_step.pdf_path == (
        opened.session.path.parent / "Monitoring return 2026-07-01 to 2026-09-30.pdf"
    )
    shut(dialog)
    # otherwise the person's Documents folder (or home)
    session = open_copy(example_file, tmp_path / "own", supporter=False)
    controller = PlanController(session)
    try:
        folder = default_folder(controller)
        assert folder != session.path.parent
        assert folder in (Path.home() / "Documents", Path.home()) or folder.name == "Documents"
    finally:
        controller.detach()
        session.close()


def test_a_plan_without_records_says_so(qapp: Any, tmp_path: Path) -> None:
    plan = load_plan_file(resource("example-plan.json"))
    session = create_plan_file(tmp_path / "new.phbplan", PASSPHRASE, plan, author="Test")
    controller = PlanController(session)
    parent = QWidget()
    try:
        dialog = send_my_records(parent, controller, today=TODAY)
        step = dialog.period_step
        assert step.summary.text() == "There are no spending records to send yet."
        assert "on My spending first" in step.notes.text()
        assert not step.group.isVisibleTo(dialog)
        assert not dialog.next_button.isEnabled()
        assert dialog.close_button.text() == "Close"
        shut(dialog)
    finally:
        controller.detach()
        session.close()


def test_made_pdf_reads_as_the_return_of_the_quarter(opened: Opened) -> None:
    dialog = send_dialog(opened)
    to_outputs(dialog)
    dialog.outputs_step.use_path(opened.out / "return.pdf")
    wait_for(dialog.produced_ready, dialog.make)
    reader = PdfReader(io.BytesIO((opened.out / "return.pdf").read_bytes()))
    first = reader.pages[0].extract_text()
    assert "Monitoring return" in first and "Siân Pritchard" in first
    assert "1 July 2026 to 30 September 2026" in first
    assert "£4,087.20" in first and "Produced on" in first and "2 December 2026" in first
    assert "Fingerprint:" in first  # the plan version's, as on every page of the plan's PDF
    shut(dialog)
