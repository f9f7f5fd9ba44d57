"""Draw the application icon's PNG sizes from its SVG (resources/icons/phbplanner.svg).

    .venv/bin/python packaging/linux/icons.py

Writes packaging/linux/icons/hicolor/<N>x<N>/apps/org.phbplanner.PHBPlanner.png for the sizes
desktops look for. The PNGs are committed so that installing needs no Python;
tests/packaging/test_desktop.py checks they still match the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE.parent.parent / "resources" / "icons" / "phbplanner.svg"
APP_ID = "org.phbplanner.PHBPlanner"
SIZES = (48, 128, 256)


def png_path(size: int, root: Path = HERE / "icons") -> Path:
    """Where the PNG of ``size`` pixels lives in a hicolor icon tree under ``root``."""
    return root / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(size: int):  # type: ignore[no-untyped-def]
    """The icon drawn at ``size`` × ``size`` pixels, as a QImage."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    for size in SIZES:
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        print(target.relative_to(HERE.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
