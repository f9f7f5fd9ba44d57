"""``phbplanner --demo --screenshots DIR``: a PNG of the start screen and of every page."""

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


def take_screenshots(window: MainWindow, folder: Path) -> None:
    """Save ``00-start-screen.png`` then ``NN-<page>.png`` for each page, then quit."""
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(1280, 800)
    save(window, folder / "00-start-screen.png")

    def opened() -> None:
        journey = window.journey
        for number, page in enumerate(journey.pages, start=1):
            journey.go(number - 1)
            save(window, folder / f"{number:02d}-{page.slug}.png")
        print(f"Saved {len(journey.pages) + 1} screenshots in {folder}")
        window.close_plan()
        QTimer.singleShot(0, QCoreApplication.quit)

    def failed(message: str) -> None:
        print(f"phbplanner: {message}")
        QCoreApplication.exit(1)

    window.plan_opened.connect(opened)
    window.open_failed.connect(failed)
    window.open_example()
