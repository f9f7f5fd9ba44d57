"""Supporter mode leaves no trace of the person on the volunteer's computer, and after a plan is
closed (in every mode) nothing of the person's is left in the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit

from phbplanner.ui.costed.export import ExportPdfDialog
from phbplanner.ui.costed.feed import feed_for
from phbplanner.ui.window import MainWindow

from .conftest import PASSPHRASE, answer_file_dialog, make_plan_file, open_in

ROOT = Path(__file__).resolve().parents[2]
MARKER = "Quillfeather Zyxwynn"  # appears nowhere but in this person's plan
NAME = "Bronwen-Quillfeather"  # the plan file's name


def _hits(data: bytes, needles: list[str]) -> list[str]:
    found = []
    for needle in needles:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            if needle.encode(encoding) in data:
                found.append(f"{needle!r} ({encoding})")
    return found


def test_a_supporter_session_writes_nothing_of_the_person_outside_the_plans_folder(
    tmp_path: Path,
) -> None:
    home, temp, stick = tmp_path / "home", tmp_path / "tmp", tmp_path / "usb-stick"
    for folder in (home, temp, stick):
        folder.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "PHBPLANNER_")) and key not in ("HOME", "TMPDIR")
    }
    env.update(
        HOME=str(home),
        TMPDIR=str(temp),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_RUNTIME_DIR=str(temp / "runtime"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )
    (temp / "runtime").mkdir(mode=0o700)
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.supporter_session", str(stick), NAME, MARKER],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0 and "done" in done.stdout, done.stderr[-3000:]
    plan = stick / f"{NAME}.phbplan"
    assert plan.exists()
    pdfs = list(stick.glob("*.pdf"))
    assert [p.name for p in pdfs] == ["Plan version 1.pdf"]  # the plan's folder, a neutral name
    kept = list((stick / "PHB Planner backups").rglob("*.phbplan"))
    assert kept  # backups next to the plan file, as chosen — on the person's drive
    left = next(line for line in done.stdout.splitlines() if line.startswith("left:"))
    assert f"The plan file: {plan.name} (in {stick})" in left
    assert f"Backups: {len(kept)} in {kept[0].parent}." in left
    assert "Saved for them:" in left and "Plan version 1.pdf" in left
    assert "Nothing about this plan is left on this computer." in left
    needles = [MARKER, "Quillfeather", NAME, str(plan), str(stick)]
    written = [p for root in (home, temp) for p in root.rglob("*") if p.is_file()]
    assert any(p.name == "QtProject.conf" for p in written)  # the file dialog was really used
    # no copy of the plan on this computer (a backup is encrypted: no marker would show in it)
    assert [p for p in written if p.suffix == ".phbplan" or "backups" in p.parts] == []
    problems = {
        str(path.relative_to(tmp_path)): hits
        for path in written
        if (hits := _hits(path.read_bytes(), needles)) or any(n in str(path) for n in needles)
    }
    assert problems == {}


def test_the_file_dialog_keeps_no_folder(window: MainWindow, tmp_path: Path) -> None:
    secret = tmp_path / "Quillfeather-folder"
    secret.mkdir()
    window.start.path.setText(str(secret / "draft.phbplan"))  # the dialog starts there
    answer_file_dialog(secret / "plan.phbplan")
    window.start.choose.click()
    assert window.start.path.text() == str(secret / "plan.phbplan")
    settings = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    assert settings.exists()  # Qt's file dialog did write its settings…
    assert "Quillfeather" not in settings.read_text(
        encoding="utf-8", errors="replace"
    )  # …no folder


@pytest.mark.parametrize("supporter", [False, True], ids=["normal", "supporter"])
def test_after_closing_nothing_of_the_person_stays_in_the_window(
    qtbot: Any, tmp_path: Path, supporter: bool
) -> None:
    window = MainWindow(supporter=supporter, text_scale=100)
    qtbot.addWidget(window)
    window.show()
    start = window.start
    start.name.setText("Bronwen Quillfeather")
    start.path.setText(str(tmp_path / "Quillfeather.phbplan"))
    start.passphrase.setText(PASSPHRASE)
    start.confirm.setText(PASSPHRASE)
    path = make_plan_file(tmp_path / "Quillfeather.phbplan")
    open_in(window, qtbot, path)
    assert window.controller is not None
    person = window.controller.plan.relationships[0]
    window.journey.page("my-relationships").move_to_ring(person.id, 4)  # type: ignore[attr-defined]
    assert person.name in window.menu_actions.undo.statusTip()  # "Move Ffion to …"
    window.close_plan()
    start = window.start
    start.show_passphrase.setChecked(True)  # one tick used to reveal the passphrase
    texts = [w.text() for w in window.findChildren(QLineEdit) if w.isVisibleTo(window)]
    texts += [w.text() for w in window.findChildren(QLabel) if w.isVisibleTo(window)]
    texts += [a.statusTip() for a in window.findChildren(QAction)]
    texts.append(window.windowTitle())
    needles = ["Quillfeather", "Bronwen", PASSPHRASE, person.name]
    leftovers = [t for t in texts if any(needle in t for needle in needles)]
    if not supporter:  # the recent plans list keeps paths, by design, outside supporter mode
        leftovers = [t for t in leftovers if t != str(path.resolve())]
    assert leftovers == []
    assert start.name.text() == start.passphrase.text() == start.confirm.text() == ""


def test_a_supporter_pdf_is_offered_in_the_plans_folder_with_a_neutral_name(
    qtbot: Any, tmp_path: Path
) -> None:
    window = MainWindow(supporter=True, text_scale=100)
    qtbot.addWidget(window)
    (tmp_path / "stick").mkdir()
    path = make_plan_file(tmp_path / "stick" / "plan.phbplan")
    open_in(window, qtbot, path)
    assert window.controller is not None
    dialog = ExportPdfDialog(feed_for(window.controller), window)
    assert dialog.suggested_folder() == path.parent
    assert dialog.suggested_name() == "Plan version 1.pdf"
    dialog.large.setChecked(True)
    assert dialog.suggested_name() == "Plan version 1 (large print).pdf"
    window.close_plan()
