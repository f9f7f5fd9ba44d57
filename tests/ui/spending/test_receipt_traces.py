"""A receipt kept in the window exists only inside the encrypted file (and where the person
saves a copy): no copy of its bytes in the home folder or the temporary folder afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .test_receipts import pdf_bytes, photo_bytes

ROOT = Path(__file__).resolve().parents[3]
MARKER = "Zyxquorbel receipt 7731"  # appears nowhere but in these receipts


def _pdf_with_marker() -> bytes:
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pageCompression=0)
    page.setTitle(MARKER)
    page.setFont("Helvetica", 20)
    page.drawString(72, 720, MARKER)
    page.rect(72, 300, 400, 200, fill=1)
    page.save()
    return out.getvalue()


def test_receipts_leave_no_copy_outside_the_file(tmp_path: Path) -> None:
    home, temp, stick = tmp_path / "home", tmp_path / "tmp", tmp_path / "usb-stick"
    for folder in (home, temp, stick / "source"):
        folder.mkdir(parents=True)
    photo = photo_bytes(MARKER.encode())
    pdf = _pdf_with_marker()
    assert MARKER.encode() in photo and MARKER.encode() in pdf and pdf_bytes()
    (stick / "source" / "receipt.png").write_bytes(photo)
    (stick / "source" / "receipt.pdf").write_bytes(pdf)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "PHBPLANNER_")) and key not in ("HOME", "TMPDIR")
    }
    env.update(
        HOME=str(home), TMPDIR=str(temp), XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"), XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"), XDG_RUNTIME_DIR=str(temp / "runtime"),
        QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
    )  # fmt: skip
    (temp / "runtime").mkdir(mode=0o700)
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.spending.receipt_session", str(stick), MARKER],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0 and "done" in done.stdout, done.stderr[-3000:]
    assert (stick / "out" / "copy.pdf").read_bytes() == pdf  # the copy asked for, byte for byte
    written = [p for root in (home, temp) for p in root.rglob("*") if p.is_file()]
    assert any(p.name == "QtProject.conf" for p in written)  # the file dialog was really used
    needles = [MARKER.encode(), MARKER.encode("utf-16-le"), photo[-200:], pdf[-200:]]
    found = [
        str(path.relative_to(tmp_path))
        for path in written
        if any(needle in path.read_bytes() for needle in needles)
    ]
    assert found == []
    # and the plan's own folder holds it only encrypted (the plan file and its journal)
    for path in stick.glob("plan.phbplan*"):
        assert not any(needle in path.read_bytes() for needle in needles), path.name
