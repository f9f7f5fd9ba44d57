"""The program, shown on a real X display with accessibility on, driven one command at a time.

Started by :mod:`tests.ui.screenreader.session` with the project's Python, ``QT_QPA_PLATFORM=xcb``
and ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``. It reads one JSON command per line on stdin and
answers one JSON line on stdout. Every answer carries ``token``: after doing what was asked, the
driver lets Qt settle, then changes the main window's accessible description to the token, so a
listener on the accessibility bus knows that every event the command caused has been sent.

Commands (``{"do": …}``): ``open`` (the plan file named on the command line), ``screens`` (the
pages, workspaces and dialogs to visit), ``show`` (one of them), ``close_dialog``, ``focus``
(a widget by its attribute path, e.g. ``journey.next``), ``key`` (a key press on the focused
widget), ``sync``, ``quit``.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSocketNotifier, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from phbplanner.ui.catalogue import all_dialogs
from phbplanner.ui.main import make_app
from phbplanner.ui.theme import apply_theme, settle_layouts
from phbplanner.ui.window import MainWindow


class Driver:
    def __init__(self, plan_file: Path, passphrase: str) -> None:
        self.plan_file = plan_file
        self.passphrase = passphrase
        self.app = make_app([sys.argv[0]])
        apply_theme(self.app, 100)
        self.window = MainWindow(text_scale=100)
        self.window.resize(1280, 800)
        self.window.move(0, 0)
        self.window.show()
        self.window.activateWindow()
        self.dialog: QDialog | None = None
        self.count = 0
        self.notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self.read)
        if os.environ.get("PHBPLANNER_DRIVER_DEBUG"):
            self.app.focusChanged.connect(self._report_focus)

    @staticmethod
    def _report_focus(old: QWidget | None, new: QWidget | None) -> None:
        def words(widget: QWidget | None) -> str:
            if widget is None:
                return "-"
            return f"{type(widget).__name__} {widget.objectName()!r} {widget.accessibleName()!r}"

        print(f"FOCUS {words(old)} -> {words(new)}", file=sys.stderr, flush=True)

    # -- answering ------------------------------------------------------------------------
    def settle(self) -> None:
        for _ in range(3):
            QApplication.sync()
            QApplication.processEvents()
            settle_layouts()

    def answer(self, **message: Any) -> None:
        self.settle()
        self.count += 1
        token = f"sync {self.count}"
        self.window.setAccessibleDescription(token)
        QApplication.processEvents()
        message["token"] = token
        focus = QApplication.focusWidget()
        message["focus"] = type(focus).__name__ if focus is not None else None
        sys.stdout.write(json.dumps(message) + "\n")
        sys.stdout.flush()

    def read(self) -> None:
        line = sys.stdin.readline()
        if not line:
            self.app.quit()
            return
        try:
            self.command(json.loads(line))
        except Exception:
            self.answer(error=traceback.format_exc())

    # -- commands -------------------------------------------------------------------------
    def command(self, request: dict[str, Any]) -> None:
        what = request["do"]
        if what == "quit":
            self.close_dialog()
            self.window.close_plan()
            self.answer(ok=True)
            self.app.quit()
        elif what == "open":
            self.window.plan_opened.connect(lambda: self.answer(ok=True))
            self.window.open_failed.connect(lambda message: self.answer(error=message))
            self.window.open_plan(str(self.plan_file), self.passphrase, ask=False)
        elif what == "screens":
            self.answer(screens=self.screens())
        elif what == "show":
            self.show(request["kind"], request["key"])
            self.answer(ok=True, title=self.active_title())
        elif what == "close_dialog":
            self.close_dialog()
            self.answer(ok=True)
        elif what == "focus":
            widget = self.resolve(request["path"])
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            self.answer(ok=widget.hasFocus())
        elif what == "key":
            target = QApplication.focusWidget() or QApplication.activeWindow() or self.window
            modifiers = Qt.KeyboardModifier.NoModifier
            for name in request.get("modifiers", []):
                modifiers |= getattr(Qt.KeyboardModifier, f"{name}Modifier")
            QTest.keyClick(target, getattr(Qt.Key, f"Key_{request['key']}"), modifiers)
            self.answer(ok=True)
        elif what == "sync":
            self.answer(ok=True)
        else:
            self.answer(error=f"unknown command {what}")

    def screens(self) -> list[dict[str, str]]:
        found = []
        view = self.window.plan_view
        assert view is not None, "no plan is open"
        for workspace in view.offered:
            found.append({"kind": "workspace", "key": workspace.key})
        for page in self.window.journey.pages:
            found.append({"kind": "page", "key": page.slug})
        for entry in all_dialogs():
            found.append({"kind": "dialog", "key": entry.key})
        return found

    def show(self, kind: str, key: str) -> None:
        self.close_dialog()
        view = self.window.plan_view
        assert view is not None
        if kind == "workspace":
            view.show_workspace(key, focus=True, announce=True)
        elif kind == "page":
            view.show_workspace("plan")
            journey = self.window.journey
            journey.go([page.slug for page in journey.pages].index(key))
        elif kind == "dialog":
            entry = next(entry for entry in all_dialogs() if entry.key == key)
            self.dialog = entry.factory(self.window)
            self.dialog.open()
            self.dialog.activateWindow()
        else:
            raise ValueError(kind)

    def close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.done(QDialog.DialogCode.Rejected)  # no "discard changes?" question
            self.dialog.deleteLater()
            self.dialog = None
            self.window.activateWindow()

    def active_title(self) -> str:
        active = QApplication.activeWindow()
        return active.windowTitle() if active is not None else ""

    def resolve(self, path: str) -> QWidget:
        """A widget by attribute path from ``window``, ``journey``, ``page`` or ``dialog``."""
        first, *rest = path.split(".")
        roots: dict[str, Any] = {"window": self.window, "dialog": self.dialog}
        if self.window.plan_view is not None:
            roots["journey"] = self.window.journey
            roots["page"] = self.window.journey.stack.currentWidget()
            roots["plan_view"] = self.window.plan_view
        target: Any = roots[first]
        for name in rest:  # attributes, and items of lists and dicts ("editors.0.widget")
            if name.isdigit():
                target = target[int(name)]
            elif isinstance(target, dict):
                target = target[name]
            else:
                target = getattr(target, name)
        assert isinstance(target, QWidget), path
        return target


def _notes(_controller: Any, _window: Any) -> QWidget:
    """A small second workspace, so that the workspaces' tab row is shown and walked too."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout

    page = QWidget()
    layout = QVBoxLayout(page)
    label = QLabel("A note for the test", page)
    note = QLineEdit(page)
    label.setBuddy(note)
    layout.addWidget(label)
    layout.addWidget(note)
    layout.addWidget(QPushButton("Nothing to do", page))
    layout.addStretch(1)
    return page


def main() -> int:
    from phbplanner.ui.workspaces import Workspace, register_workspace

    register_workspace(Workspace(key="test-notes", title=lambda: "Test notes", factory=_notes))
    plan_file = Path(sys.argv[1])
    passphrase = os.environ.pop("PHBPLANNER_TEST_PASSPHRASE")
    driver = Driver(plan_file, passphrase)
    driver.answer(ready=True)
    return driver.app.exec()


if __name__ == "__main__":
    sys.exit(main())
