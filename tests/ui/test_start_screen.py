"""The start screen: recent plans (never in supporter mode), the keyring, the language, speed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from phbplanner.ui import settings as store
from phbplanner.ui.window import MainWindow

from ..reports.pdftext import page_texts
from .conftest import answer_file_dialog, make_plan_file, open_in


def test_recent_plans_remember_only_the_path(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = make_plan_file(tmp_path / "plan.phbplan")
    open_in(window, qtbot, path)
    window.close_plan()
    assert store.recent_plans() == [str(path.resolve())]
    assert window.start.recent_model.stringList() == [str(path.resolve())]
    stored = Path(store.settings().fileName()).read_text(encoding="utf-8")
    assert "Siân" not in stored and "Pritchard" not in stored  # nothing from inside the plan


def test_supporter_mode_remembers_nothing(qtbot: Any, tmp_path: Path) -> None:
    store.settings().clear()
    window = MainWindow(supporter=True, text_scale=100)
    qtbot.addWidget(window)
    window.show()
    assert not window.start.remember.isEnabled()
    assert "Supporter mode" in window.start.remember_reason.text()
    path = make_plan_file(tmp_path / "plan.phbplan")
    open_in(window, qtbot, path)
    window.close_plan()
    assert store.recent_plans() == []
    assert not window.start.recent.isVisible()


def test_no_keyring_offers_no_remembering_and_says_why(window: MainWindow, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: window.keyring is not None, timeout=10000)
    assert not window.start.remember.isEnabled()
    assert window.start.remember_reason.isVisible()
    said = window.start.remember_reason.text()
    assert said.startswith("Not available here. ") and said.endswith(".") and len(said) > 25


def test_example_plan_leaves_no_file_behind(window: MainWindow, qtbot: Any) -> None:
    with qtbot.waitSignal(window.plan_opened, timeout=15000):
        window.open_example()
    folder = window.example_dir
    assert folder is not None and folder.exists()
    assert window.controller is not None
    assert window.controller.plan.person.name  # real content on a first run
    window.close_plan()
    assert not folder.exists()
    assert store.recent_plans() == []


def test_language_choice_rebuilds_the_window_in_welsh(window: MainWindow, qtbot: Any) -> None:
    from phbplanner.build_translations import compile_all

    compile_all()
    try:
        window.set_language("cy")
        assert window.start.create_button.text() == "Creu fy nghynllun"
        assert store.language() == "cy"
    finally:
        window.set_language("en")
    assert window.start.create_button.text() == "Create my plan"


def test_the_start_screen_loads_no_storage_code() -> None:
    code = (
        "import sys\n"
        "from phbplanner.__main__ import main\n"
        "import phbplanner.ui.main, phbplanner.ui.window\n"
        "heavy = [m for m in ('sqlalchemy', 'sqlcipher3', 'reportlab', 'keyring', "
        "'phbplanner.storage', 'phbplanner.ui.journey') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_recovery_sheet_is_saved_without_the_passphrase(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    target = tmp_path / "sheet.pdf"
    answer_file_dialog(target)
    start = window.start
    start.name.setText("Zoë")
    start.passphrase.setText("correct horse battery staple")
    start.sheet_button.click()
    qtbot.waitUntil(start.sheet_note.isVisible, timeout=15000)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    # the page text, not the raw bytes: ReportLab compresses it, so no raw search could fail
    text = " ".join(page_texts(data))
    assert "correct horse" not in text
    assert "Zoë" in text and "My passphrase (write it here by hand, clearly)" in text


def test_text_size_keys_are_remembered(qtbot: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    store.settings().clear()
    window = MainWindow()  # the remembered size (none yet: 100%)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    try:
        QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.scale == 125)  # presses that come together: one update
        assert store.text_scale() == 125
        for _ in range(10):
            QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: store.text_scale() == 200)  # the largest
        QTest.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: store.text_scale() == 175)
    finally:
        window.set_scale(100)


def test_unexpected_errors_are_calm_and_write_no_personal_data(
    window: MainWindow, monkeypatch: Any, capsys: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from phbplanner.ui.main import _calm_excepthook

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    try:
        raise ValueError("Siân Pritchard, NHS number 943 476 5919")
    except ValueError as exc:
        _calm_excepthook(ValueError, exc, exc.__traceback__)
    err = capsys.readouterr().err
    assert "ValueError" in err
    assert "Siân" not in err and "943" not in err and "Traceback" not in err
    assert shown and "saved" in shown[0]
