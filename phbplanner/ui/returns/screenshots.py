"""Pictures of every screen of "Send my records" and "Returns sent", and of the return it made.

    python -m phbplanner.ui.returns.screenshots DIR [--text-size 200] [--look dark]

Opens the example plan in a throwaway encrypted file (supporter mode: nothing is remembered),
walks through every step as a person would — a date typed wrongly included — makes a return
through the window into ``DIR/files``, lists it in "Returns sent" and makes it again, saving a
PNG of each screen. The PDF's pages are saved as PNGs too (``pdftoppm``, from poppler-utils,
when it is installed). :func:`returns_screenshots` does the walking (``phbplanner
--screenshots`` can call it too).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from ..controller import PlanController
from .send_dialog import CHECKS, DONE, OUTPUTS, PERIOD, TOTALS, SendRecordsDialog
from .sent_dialog import ReturnsSentDialog

#: The screen the pictures are for, as Qt's offscreen platform reads it.
SCREEN = {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96}
LOOKS = {"light": (False, False), "dark": (True, False), "high-contrast": (False, True)}


def settle() -> None:
    """Let the dialog lay itself out and paint."""
    for _ in range(6):
        QApplication.processEvents()


def wait_for(signal: SignalInstance, start: Callable[[], object], timeout_ms: int = 60_000) -> None:
    """Call ``start`` and wait until ``signal`` is emitted (or give up after ``timeout_ms``)."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    start()
    loop.exec()
    signal.disconnect(loop.quit)


def _save(widget: QWidget, path: Path, saved: list[Path]) -> None:
    settle()
    widget.grab().save(str(path))
    saved.append(path)


def returns_screenshots(
    parent: QWidget,
    controller: PlanController,
    folder: Path,
    *,
    suffix: str = "",
    today: date | None = None,
) -> list[Path]:
    """Walk through both dialogs over ``parent`` and save a PNG of every screen in ``folder``
    (``suffix`` goes at the end of each name: ``-200``, ``-dark``); the files made go to
    ``folder/files``. ``today`` is the day the return is made (for tests). Returns the pictures
    saved."""
    folder.mkdir(parents=True, exist_ok=True)
    files = folder / "files"
    files.mkdir(exist_ok=True)
    saved: list[Path] = []
    dialog = SendRecordsDialog(controller, parent, today=today)
    dialog.show()
    _save(dialog, folder / f"30-send-1-period{suffix}.png", saved)
    step = dialog.period_step
    step.other.setChecked(True)
    step.start.widget.setText("01/07/2026")  # type: ignore[attr-defined]
    step.end.widget.setText("31/06/2026")  # type: ignore[attr-defined]
    dialog.next()  # refused: there is no 31 June
    _save(dialog, folder / f"30-send-1-period-problem{suffix}.png", saved)
    step.quarter.setChecked(True)
    wait_for(dialog.prepared_ready, dialog.next)
    assert dialog.step() == CHECKS
    _save(dialog, folder / f"31-send-2-checks{suffix}.png", saved)
    dialog.next()
    assert dialog.step() == TOTALS
    _save(dialog, folder / f"32-send-3-figures{suffix}.png", saved)
    dialog.next()
    assert dialog.step() == OUTPUTS
    dialog.outputs_step.pack.setChecked(True)
    pdf = files / dialog.outputs_step.pdf_path.name  # type: ignore[union-attr]
    dialog.outputs_step.use_path(pdf, confirmed=True)
    _save(dialog, folder / f"33-send-4-outputs{suffix}.png", saved)
    outputs = dialog.outputs_step.outputs()
    assert outputs is not None
    wait_for(dialog.produced_ready, lambda: dialog.make_into(outputs, overwrite=True))
    assert dialog.step() == DONE, dialog.outputs_step.problem_text()
    _save(dialog, folder / f"34-send-5-done{suffix}.png", saved)
    dialog.close()
    sent = ReturnsSentDialog(controller, parent)
    sent.show()
    _save(sent, folder / f"35-returns-sent{suffix}.png", saved)
    record = sent.selected()
    assert record is not None
    copy = outputs.pdf.with_name("copy " + outputs.pdf.name)
    from .common import outputs_beside

    again = outputs_beside(copy, csv="csv" in record.made, pack="pack" in record.made)
    wait_for(sent.remade_ready, lambda: sent.remake_into(record, again, overwrite=True))
    _save(sent, folder / f"36-returns-sent-copy{suffix}.png", saved)
    sent.close()
    assert dialog.step() == DONE and PERIOD == 0
    return saved


def pdf_pages(pdf: Path, folder: Path, *, resolution: int = 70) -> list[Path]:
    """The pages of ``pdf`` as PNGs in ``folder`` (``pdftoppm``; nothing when not installed)."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return []
    prefix = folder / pdf.stem.replace(" ", "-")
    subprocess.run([tool, "-png", "-r", str(resolution), str(pdf), str(prefix)], check=True)
    return sorted(folder.glob(prefix.name + "-*.png"))


def main(argv: list[str] | None = None) -> int:
    """``python -m phbplanner.ui.returns.screenshots DIR [--text-size N] [--look LOOK]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0], allow_abbrev=False)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--text-size", type=int, default=100)
    parser.add_argument("--look", choices=sorted(LOOKS), default="light")
    args = parser.parse_args(argv)
    import tempfile

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        # no screen: Qt's offscreen one, made 1280×800 (its own default is 800×800) so that the
        # dialogs are sized as on the laptop screen the pictures are for
        config = Path(tempfile.mkdtemp(prefix="phbplanner-screen-")) / "screen.json"
        config.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
        os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={config}")

    from ...services.example import create_example
    from .. import theme
    from ..main import make_app

    app = make_app([sys.argv[0]])
    theme._choice = LOOKS[args.look]  # the look asked for, whatever the system's
    theme.apply_theme(app, args.text_size)
    window = QWidget()  # where the dialogs open: the size of the screen they are made for
    window.resize(1280, 800)
    window.show()
    with tempfile.TemporaryDirectory(prefix="phbplanner-returns-") as place:
        session = create_example(Path(place), author="Screenshots")
        controller = PlanController(session)
        suffix = ("" if args.text_size == 100 else f"-{args.text_size}") + (
            "" if args.look == "light" else f"-{args.look}"
        )
        saved = returns_screenshots(window, controller, args.folder, suffix=suffix)
        pdfs = sorted((args.folder / "files").glob("Monitoring return *.pdf"))
        if pdfs:
            saved += pdf_pages(pdfs[0], args.folder)
        controller.detach()
        session.close()
    window.close()
    QCoreApplication.processEvents()
    print(f"Saved {len(saved)} pictures in {args.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
