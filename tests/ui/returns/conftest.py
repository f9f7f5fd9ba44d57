"""The example plan with its year of spending records in a real encrypted file, opened for the
window's controller, and a parent for the dialogs the size of a 1280×800 screen."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEventLoop, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from phbplanner.interchange.document import load_document_file
from phbplanner.paths import resource
from phbplanner.services.files import create_plan_file, open_plan_file
from phbplanner.services.returns import Returns
from phbplanner.services.session import PlanSession
from phbplanner.ui.controller import PlanController
from phbplanner.ui.returns.send_dialog import SendRecordsDialog
from phbplanner.ui.theme import apply_text_scale, apply_theme

PASSPHRASE = "correct horse battery staple 13"
#: The day the tests make their returns: the example's records run to November 2026, so the last
#: full quarter of its budget period (from 1 April 2026) is 1 July to 30 September 2026.
TODAY = date(2026, 12, 2)


@pytest.fixture(scope="module")
def example_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example plan and its records (``resources/example-plan.json``, as ``--demo`` makes
    it through ``services.example``), made once per module with a known passphrase."""
    document = load_document_file(resource("example-plan.json"))
    path = tmp_path_factory.mktemp("example") / "example.phbplan"
    session = create_plan_file(
        path, PASSPHRASE, document.plan, author="Test", records=document, supporter=True
    )
    session.close()
    return path


@dataclass
class Opened:
    """An open copy of the example file, its controller and a parent window."""

    session: PlanSession
    controller: PlanController
    parent: QWidget
    out: Path

    @property
    def returns(self) -> Returns:
        return Returns(self.session)


def open_copy(example_file: Path, folder: Path, *, supporter: bool = True) -> PlanSession:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "plan.phbplan"
    shutil.copyfile(example_file, target)
    return open_plan_file(target, PASSPHRASE, author="Test", supporter=supporter, backup=False)


@pytest.fixture
def opened(qapp: Any, example_file: Path, tmp_path: Path) -> Iterator[Opened]:
    """A copy of the example file, open, at 100% text; ``out`` is an empty folder for files."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, 100)
    session = open_copy(example_file, tmp_path / "plan")
    controller = PlanController(session)
    parent = QWidget()
    parent.resize(1280, 800)
    parent.show()
    out = tmp_path / "out"
    out.mkdir()
    yield Opened(session, controller, parent, out)
    parent.close()
    parent.deleteLater()
    controller.detach()
    session.close()
    apply_text_scale(app, 100)


def wait_for(
    signal: SignalInstance, start: Callable[[], object] | None = None, timeout_ms: int = 60_000
) -> list[Any]:
    """Call ``start``, then wait until ``signal`` is emitted; return what it carried."""
    got: list[Any] = []
    loop = QEventLoop()

    def heard(*args: Any) -> None:
        got.append(args)
        loop.quit()

    signal.connect(heard)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    if start is not None:
        start()
    if not got:
        loop.exec()
    timer.stop()
    signal.disconnect(heard)
    assert got, "the signal never came"
    return list(got[0])


def send_dialog(opened: Opened) -> SendRecordsDialog:
    """ "Send my records" over the parent, shown, for the example file on :data:`TODAY`."""
    dialog = SendRecordsDialog(opened.controller, opened.parent, today=TODAY)
    dialog.show()
    return dialog


def to_outputs(dialog: SendRecordsDialog) -> None:
    """From the period step (as it is) to "what to make"."""
    wait_for(dialog.prepared_ready, dialog.next)
    dialog.next()
    dialog.next()


def shut(dialog: QDialog) -> None:
    """Close a dialog without the question it asks about typed work (the test is over)."""
    dialog.done(QDialog.DialogCode.Rejected)
    dialog.deleteLater()
