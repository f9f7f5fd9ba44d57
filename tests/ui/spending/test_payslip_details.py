"""A payslip kept with a wage payment gets its details typed in from the receipts panel: each
problem beside its field with nothing saved, then saved as one undo step that the check of the
pay period reads."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from phbplanner.domain.documents import DocumentKind
from phbplanner.domain.money import Money
from phbplanner.domain.payroll import PayslipDetails, details_from_text
from phbplanner.ui.spending.payslip_dialog import PayslipDialog

from ..conftest import when_dialog_opens
from .conftest import Page, record, settle
from .test_receipts import photo_bytes


def _payslip(page: Page) -> int:
    entry = record(page.ledger, date(2026, 11, 28), -41250, "Rhian Hughes")
    kept = page.ledger.attach(entry, "payslip-november.png", photo_bytes(), DocumentKind.PAYSLIP)
    page.ledger.attach(entry, "receipt.png", photo_bytes(b"r"), DocumentKind.RECEIPT)
    page.settle()
    page.view.records.select_entry(entry)
    settle()
    assert page.view.records.receipts.entry_id == entry
    return kept.id


def _stored(page: Page, entry_document: int) -> PayslipDetails:
    entry = page.view.records.receipts.entry_id
    assert entry is not None
    info = next(d for d in page.ledger.documents(entry) if d.id == entry_document)
    found = details_from_text(info.kind, info.details)
    assert isinstance(found, PayslipDetails)
    return found


def test_the_button_is_offered_for_a_payslip_only(page: Page) -> None:
    _payslip(page)
    panel = page.view.records.receipts
    panel.list.setCurrentRow(panel._kinds.index("receipt"))
    assert not panel.details_button.isVisibleTo(panel)
    panel.list.setCurrentRow(panel._kinds.index("payslip"))
    assert panel.details_button.isVisibleTo(panel) and panel.details_button.isEnabled()


def test_bad_details_are_said_beside_their_fields_and_nothing_is_kept(
    page: Page, qtbot: Any
) -> None:
    kept = _payslip(page)
    panel = page.view.records.receipts
    panel.list.setCurrentRow(panel._kinds.index("payslip"))
    said: dict[str, str] = {}

    def type_badly(dialog: QWidget) -> None:
        assert isinstance(dialog, PayslipDialog)
        dialog.fields["net_pay"].setText("twelve")
        dialog.fields["start"].setText("1/11/2026")
        dialog.fields["end"].setText("31/10/2026")  # before it starts
        dialog.save()
        said.update({k: p.text() for k, p in dialog.problems.items() if not p.isHidden()})
        assert dialog.isVisible()  # still open, nothing saved
        dialog.fields["net_pay"].setText("")
        dialog.done(0)

    when_dialog_opens(type_badly)
    panel.edit_payslip()
    assert set(said) == {"net_pay"}  # the amount first: the period is checked once it reads
    assert _stored(page, kept) == PayslipDetails()


def test_details_are_kept_as_one_undo_step(page: Page, qtbot: Any) -> None:
    kept = _payslip(page)
    panel = page.view.records.receipts
    panel.list.setCurrentRow(panel._kinds.index("payslip"))

    def type_them(dialog: QWidget) -> None:
        assert isinstance(dialog, PayslipDialog)
        dialog.fields["net_pay"].setText("412.50")
        dialog.fields["start"].setText("1/11/2026")
        dialog.fields["end"].setText("30/11/2026")
        dialog.fields["hmrc"].setText("£38.20")
        dialog.save()

    when_dialog_opens(type_them)
    panel.edit_payslip()
    expected = PayslipDetails(
        Money(41250), date(2026, 11, 1), date(2026, 11, 30), Money(3820), None
    )
    assert _stored(page, kept) == expected
    page.window.undo()
    assert _stored(page, kept) == PayslipDetails()
    page.window.redo()
    assert _stored(page, kept) == expected
