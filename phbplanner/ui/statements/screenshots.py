"""Screenshots of the statement dialogs, for ``phbplanner --demo --screenshots DIR``.

Called by ``ui/screenshots.py`` after the pages and workspaces, with the example plan open (a
throwaway file). Each dialog is sized as it would be on a 1280×800 screen. A statement is made
from the example records (``sample.py``), imported, listed, then a reconciliation is started,
ticked to £0.00 and finished; the import is undone again at the end.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QWidget

from ...domain.money import Money
from ...services.session import PlanSession
from ..operations import live_operations
from ..theme import settle_layouts
from .import_dialog import CHECK, COLUMNS_PAGE, ImportDialog
from .imports_list import ImportsDialog
from .reconcile_dialog import ReconcileDialog
from .sample import columns_statement, hsbc_statement, lloyds_statement, statement_rows

#: The screen the dialogs are sized for.
SCREEN = QRect(0, 0, 1280, 800)


def _wait(until: Callable[[], bool] = lambda: True) -> None:
    """Let background work finish and the dialog settle (never more than about 20 s)."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if live_operations() == 0 and until():
            break
        time.sleep(0.01)
    for _ in range(5):
        QApplication.processEvents()
    settle_layouts()


def _save(dialog: QWidget, path: Path) -> None:
    _wait()
    dialog.grab().save(str(path))


def _shown(dialog: QDialog) -> None:
    if isinstance(dialog, ImportDialog | ImportsDialog | ReconcileDialog):
        dialog.fit(SCREEN)
    dialog.show()
    _wait()


def statement_screenshots(
    window: QWidget, folder: Path, look: Callable[[QWidget, str], None] | None = None
) -> int:
    """Save ``statements-NN-….png`` for each screen of the import, the list of imports and the
    reconciliation; return how many were saved. ``look`` is shown each dialog as it is saved
    (the tests check every button is in sight)."""
    controller = getattr(window, "controller", None)
    if controller is None:
        return 0
    session = cast(PlanSession, controller.session)
    from ...services.imports import Imports
    from ...services.ledger import Ledger

    accounts = Ledger(session).accounts()
    if not accounts:
        return 0
    today = date.today()
    closing = Money(statement_rows(session, today)[-1][3]).to_str()
    saved = 0

    def shot(dialog: QWidget, name: str, *, bottom: bool = False) -> None:
        """Save the dialog; with ``bottom``, also scrolled to the end of its page when the page
        is longer than the dialog (at large text)."""
        nonlocal saved
        _save(dialog, folder / f"statements-{name}.png")
        if look is not None:
            look(dialog, name)
        saved += 1
        if bottom and _scroll_to_end(dialog):
            _save(dialog, folder / f"statements-{name}-end.png")
            saved += 1
            if look is not None:
                look(dialog, f"{name}-end")
            _scroll_to_end(dialog, back=True)

    def new_import() -> ImportDialog:
        dialog = ImportDialog(controller, Imports(session), accounts, window)
        dialog.today = lambda: today
        _shown(dialog)
        return dialog

    # the bank worked out, then the rows checked, then bad rows refused
    dialog = new_import()
    shot(dialog, "01-import-choose")
    dialog.read_data(lloyds_statement(session, today), "statement-lloyds.csv")
    _wait(lambda: dialog.preview is not None)
    shot(dialog, "02-import-detected")
    dialog.next_button.click()
    _wait(lambda: dialog.page() == CHECK)
    shot(dialog, "03-import-check", bottom=True)
    dialog.check_step.accept_button.click()
    shot(dialog, "04-import-suggestions-accepted", bottom=True)
    dialog.read_data(lloyds_statement(session, today, bad_row=True), "statement-damaged.csv")
    _wait(lambda: dialog.preview is not None and dialog.file_name == "statement-damaged.csv")
    dialog.next_button.click()
    _wait(lambda: dialog.page() == CHECK)
    shot(dialog, "05-import-bad-rows", bottom=True)
    dialog.done(0)
    dialog.deleteLater()

    # HSBC: the bank to confirm; another bank: the columns
    dialog = new_import()
    dialog.read_data(hsbc_statement(session, today), "statement-hsbc.csv")
    _wait(lambda: dialog.preview is not None)
    shot(dialog, "06-import-hsbc-confirm", bottom=True)
    dialog.read_data(columns_statement(session, today), "statement-other-bank.csv")
    _wait(lambda: dialog.data is not None and dialog.file_name == "statement-other-bank.csv")
    dialog.next_button.click()
    _wait(lambda: dialog.page() == COLUMNS_PAGE)
    step = dialog.columns_step
    step.skip.setValue(2)
    step.style_combo.setCurrentIndex(2)
    for role, column in (("date", 0), ("description", 1), ("paid_out", 2), ("paid_in", 3),
                         ("balance", 4)):  # fmt: skip
        combo = step.combos[role]
        combo.setCurrentIndex(combo.findData(column))
    step.timer.stop()
    dialog._read_sample()
    shot(dialog, "07-import-columns", bottom=True)
    dialog.done(0)
    dialog.deleteLater()

    # the import itself, its result, the list
    dialog = new_import()
    dialog.read_data(lloyds_statement(session, today), "statement-lloyds.csv")
    _wait(lambda: dialog.preview is not None)
    dialog.next_button.click()
    _wait(lambda: dialog.page() == CHECK)
    dialog.check_step.accept_button.click()
    dialog.import_button.click()
    _wait(lambda: dialog.outcome is not None)
    shot(dialog, "08-import-done")
    dialog.done(0)
    dialog.deleteLater()
    listing = ImportsDialog(controller, window)
    _shown(listing)
    shot(listing, "09-imports-list", bottom=True)
    listing.done(0)
    listing.deleteLater()

    # reconciling against the statement's last day and balance
    reconcile = ReconcileDialog(controller, window)
    reconcile.today = lambda: today
    _shown(reconcile)
    reconcile.date_edit.setText("31/13/2026")
    reconcile._check_date(final=True)
    reconcile.balance_edit.setText(closing)
    shot(reconcile, "10-reconcile-start")
    reconcile.date_edit.setText(_last_day_of_last_month(today).strftime("%d/%m/%Y"))
    reconcile.start()
    shot(reconcile, "11-reconcile-ticking", bottom=True)
    reconcile.tick_offered()
    shot(reconcile, "12-reconcile-offer-ticked")
    reconcile.tick(reconcile._all_ids(), True)
    shot(reconcile, "13-reconcile-adds-up", bottom=True)
    reconcile.finish()
    shot(reconcile, "14-reconcile-done")
    reconcile.done(0)
    reconcile.deleteLater()
    controller.undo_stack.clear()
    _wait()
    return saved


def _scroll_to_end(dialog: QWidget, *, back: bool = False) -> bool:
    """Scroll the dialog's visible page to its end (or ``back`` to its start); False when the
    page fits and there is nothing to scroll."""
    moved = False
    for area in dialog.findChildren(QScrollArea):
        bar = area.verticalScrollBar()
        if area.isVisible() and bar.maximum() > 0:
            bar.setValue(bar.minimum() if back else bar.maximum())
            moved = True
    return moved


def _last_day_of_last_month(today: date) -> date:
    from datetime import timedelta

    return today.replace(day=1) - timedelta(days=1)
