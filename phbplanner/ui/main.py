"""Start the window: the application object, look, translations, the first window.

Imports only what the start screen needs; the journey and the storage code load later.
"""

from __future__ import annotations

import sys
from argparse import Namespace
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ..domain.text import translate
from . import settings as store
from .i18n import install_translations
from .theme import apply_theme

if TYPE_CHECKING:
    from types import TracebackType


def _calm_excepthook(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """Say something calm; write no personal data (only the kind of error and where)."""
    import traceback
    from pathlib import Path

    where = ""
    frames = traceback.extract_tb(tb)
    if frames:
        last = frames[-1]
        where = f" at {Path(last.filename).name}:{last.lineno}"
    print(f"phbplanner: unexpected {kind.__name__}{where}", file=sys.stderr)
    app = QApplication.instance()
    if app is None:
        return
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, translate("Window", "Something went wrong"),
                      translate("Window",
                                "Something unexpected went wrong. Every change you finished "
                                "is saved in your plan. If this happens again, close PHB "
                                "Planner and start it again."))  # fmt: skip
    box.exec()


def make_app(argv: list[str]) -> QApplication:
    """The application object with our look and translations."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    app.setApplicationName("PHB Planner")
    app.setOrganizationName(store.ORGANISATION)
    app.setApplicationDisplayName("PHB Planner")
    install_translations(app, store.language())
    return app


def run(args: Namespace) -> int:
    """Show the window; with ``--demo --screenshots DIR`` save every page and exit."""
    app = make_app([sys.argv[0]])
    scale = getattr(args, "text_size", None)
    apply_theme(app, scale if scale is not None else store.text_scale())
    sys.excepthook = _calm_excepthook
    from .window import MainWindow

    window = MainWindow(supporter=bool(args.supporter or args.demo), text_scale=scale)
    window.show()
    if args.screenshots:
        from pathlib import Path

        from .screenshots import take_screenshots

        which = getattr(args, "screenshots_of", "all")
        QTimer.singleShot(0, lambda: take_screenshots(window, Path(args.screenshots), which))
    elif args.demo:
        QTimer.singleShot(0, window.open_example)
    elif args.file:
        QTimer.singleShot(0, lambda: window.open_plan(str(args.file)))
    return app.exec()
