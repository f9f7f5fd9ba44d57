"""``phbplanner --demo --screenshots DIR``: a PNG of the start screen, of every page of the
plan, of every other workspace (My spending in each of its parts, with example records, in the
light, dark and high-contrast looks), of every dialog of the catalogue (``catalogue.py``), of the
statement dialogs, of the privacy dialogs (settings, backups, passphrase, what changed) and of the
lock screen.

``--demo`` runs in supporter mode (the example keeps nothing), so the supporter banner is on the
pictures of the start screen."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from .catalogue import all_dialogs
from .statements.screenshots import statement_screenshots
from .window import MainWindow


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def save(window: MainWindow, path: Path) -> None:
    _settle()
    window.grab().save(str(path))


def _wait_for(condition: Callable[[], bool], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def _dialog(dialog: QDialog, path: Path) -> None:
    dialog.show()
    _settle()
    dialog.grab().save(str(path))
    dialog.hide()
    dialog.deleteLater()


def privacy_screenshots(window: MainWindow, folder: Path) -> int:
    """The privacy dialogs and, last, the lock screen; how many pictures were saved."""
    from .backups_dialog import BackupsDialog
    from .history_view import HistoryDialog
    from .passphrase_dialog import ChangePassphraseDialog
    from .privacy_settings import SettingsDialog

    session: Any = window.session
    assert session is not None
    _wait_for(lambda: not session._keeper.busy)  # the first backup is listed
    _dialog(SettingsDialog(window, supporter=False), folder / "dialog-settings.png")
    _dialog(BackupsDialog(session, window, remembered=False), folder / "dialog-backups.png")
    _dialog(ChangePassphraseDialog(session, window), folder / "dialog-change-passphrase.png")
    _dialog(HistoryDialog(session, window), folder / "dialog-history.png")
    window.lock()
    _wait_for(lambda: window.locker.screen is not None and window.locker._key_dropped)
    save(window, folder / "lock-screen.png")
    return 5


def spending_screenshots(window: MainWindow, folder: Path) -> int:
    """My spending with the example's records: the records with a receipt shown, planned and
    spent, and the forecast with its alerts — in each look (or the first screen, for a plan
    without an account)."""
    from .spending.view import FORECAST, PLANNED, RECORDS, SpendingView
    from .theme import text_scale, use_theme

    view = window.plan_view
    assert view is not None and window.session is not None
    view.show_workspace("spending")
    page = view.widget("spending")
    assert isinstance(page, SpendingView)
    saved = 0
    if not page.feed.accounts():
        save(window, folder / "20-my-spending-first-screen.png")
        return 1
    _settle()
    page.records.reload()
    page.refresh_status()  # (it would wait for a pause in typing)
    records = page.records
    with_receipt = next(
        (entry_id for entry_id in records.model.ids[:50]
         if (row := records.model.row(records.model.row_of(entry_id) or 0)) is not None
         and row.attachment_count and row.split_parts),
        None,
    )  # fmt: skip
    if with_receipt is not None:
        records.select_entry(with_receipt)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    looks = (("", False, False), ("-dark", True, False), ("-high-contrast", False, True))
    for suffix, dark, contrast in looks:
        if suffix:
            use_theme(app, text_scale(), dark=dark, high_contrast=contrast)
        for number, (part, name) in enumerate(
            ((RECORDS, "records"), (PLANNED, "planned"), (FORECAST, "forecast")), start=21
        ):
            page.show_part(part)
            if part == PLANNED:
                page.planned.refresh()  # the chart's colours follow the look
            save(window, folder / f"{number}-my-spending-{name}{suffix}.png")
            saved += 1
    use_theme(app, text_scale(), dark=False, high_contrast=False)
    page.show_part(RECORDS)
    return saved


def take_screenshots(window: MainWindow, folder: Path, which: str = "all") -> None:
    """Save ``00-start-screen.png``, ``NN-<page>.png`` for each page, then (``which="all"``)
    ``workspace-<key>.png`` for each other workspace, ``dialog-<key>.png`` for each dialog of the
    catalogue and the privacy dialogs, ``statements-*.png`` and ``lock-screen.png``; then quit.
    ``which="pages"`` stops after the plan's pages (a quick look that the program works)."""
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(1280, 800)
    save(window, folder / "00-start-screen.png")

    # taking the pictures is using the program: on a slow or busy machine the walk can take
    # longer than the idle lock's minutes, and the plan must not lock under it
    busy = QTimer(window)
    busy.timeout.connect(window.locker.idle.touch)
    busy.start(1000)

    def opened() -> None:
        journey = window.journey
        saved = 1
        for number, page in enumerate(journey.pages, start=1):
            journey.go(number - 1)
            save(window, folder / f"{number:02d}-{page.slug}.png")
            saved += 1
        if which == "pages":
            finish(saved)
            return
        view = window.plan_view
        assert view is not None
        for workspace in view.offered:
            if workspace.key == "spending":
                saved += spending_screenshots(window, folder)
            elif workspace.key == "reviews":
                from .reviews.screenshots import review_screenshots

                saved += review_screenshots(window, folder)
            elif workspace.key != "plan":
                view.show_workspace(workspace.key)
                save(window, folder / f"workspace-{workspace.key}.png")
                saved += 1
        view.show_workspace("plan")
        for entry in all_dialogs():
            dialog = entry.factory(window)
            dialog.show()
            _settle()
            dialog.grab().save(str(folder / f"dialog-{entry.key}.png"))
            dialog.hide()
            dialog.deleteLater()
            saved += 1
        saved += statement_screenshots(window, folder)
        saved += privacy_screenshots(window, folder)  # last: it ends on the lock screen
        finish(saved)

    def finish(saved: int) -> None:
        window.close_plan()
        print(f"Saved {saved} screenshots in {folder}")
        QTimer.singleShot(0, QCoreApplication.quit)

    def failed(message: str) -> None:
        print(f"phbplanner: {message}")
        QCoreApplication.exit(1)

    window.plan_opened.connect(opened)
    window.open_failed.connect(failed)
    window.open_example()
