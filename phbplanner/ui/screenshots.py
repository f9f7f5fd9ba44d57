"""``phbplanner --demo --screenshots DIR``: a PNG of the start screen, of every page of the
plan, of every other workspace and of every dialog of the catalogue (``catalogue.py``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from .catalogue import all_dialogs
from .window import MainWindow


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def save(window: MainWindow, path: Path) -> None:
    _settle()
    window.grab().save(str(path))


def take_screenshots(window: MainWindow, folder: Path) -> None:
    """Save ``00-start-screen.png``, ``NN-<page>.png`` for each page, then
    ``workspace-<key>.png`` for each other workspace, ``dialog-<key>.png`` for each dialog,
    then quit."""
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
            if workspace.key != "plan":
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
        print(f"Saved {saved} screenshots in {folder}")
        window.close_plan()
        QTimer.singleShot(0, QCoreApplication.quit)

    def failed(message: str) -> None:
        print(f"phbplanner: {message}")
        QCoreApplication.exit(1)

    window.plan_opened.connect(opened)
    window.open_failed.connect(failed)
    window.open_example()
