"""``phbplanner --demo --screenshots DIR``: a PNG of the start screen, of every page of the
plan, and of every other workspace — My spending in each of its parts, with example records,
in the light, dark and high-contrast looks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from .window import MainWindow


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def save(window: MainWindow, path: Path) -> None:
    _settle()
    window.grab().save(str(path))


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


def take_screenshots(window: MainWindow, folder: Path) -> None:
    """Save ``00-start-screen.png``, ``NN-<page>.png`` for each page, then
    ``workspace-<key>.png`` for each other workspace, then quit."""
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(1280, 800)
    save(window, folder / "00-start-screen.png")

    def opened() -> None:
        journey = window.journey
        saved = 1
        for number, page in enumerate(journey.pages, start=1):
            journey.go(number - 1)
            save(window, folder / f"{number:02d}-{page.slug}.png")
            saved += 1
        view = window.plan_view
        assert view is not None
        for workspace in view.offered:
            if workspace.key == "spending":
                saved += spending_screenshots(window, folder)
            elif workspace.key != "plan":
                view.show_workspace(workspace.key)
                save(window, folder / f"workspace-{workspace.key}.png")
                saved += 1
        print(f"Saved {saved} screenshots in {folder}")
        window.close_plan()
        QTimer.singleShot(0, QCoreApplication.quit)

    def failed(message: str) -> None:
        print(f"phbplanner: {message}")
        QCoreApplication.exit(1)

    window.plan_opened.connect(opened)
    window.open_failed.connect(failed)
    window.open_example()
