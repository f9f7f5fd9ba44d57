"""Every command on a nearly full disk (issue 10.10): "there is not enough space on the disk",
exit 4 — never "damaged", never "that passphrase does not open", never a traceback — and the
plan as it was. On a real, tiny filesystem (tmpfs: needs root; skipped with the reason
otherwise)."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from phbplanner.cli import main
from phbplanner.storage.engine import make_engine
from phbplanner.storage.errors import WrongPassphraseError
from tests.storage.conftest import template_file
from tests.storage.support import EXAMPLE_PLAN, OTHER_PASS, PASS, example_plan

__all__ = ["template_file"]

FULL = "not enough space on the disk"
WRONG_WORDS = ("damaged", "does not open", "Traceback", "malformed", "I/O error")


@pytest.fixture
def tiny(tmp_path: Path) -> Iterator[Path]:
    """A real 512 KiB filesystem."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mount_point)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tiny filesystem here: {done.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        if subprocess.run(["umount", str(mount_point)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def _fill(folder: Path, leave_kib: int) -> Path:
    """Fill the disk holding ``folder`` until ``leave_kib`` KiB are free."""
    filler = folder / "filler"
    free = shutil.disk_usage(folder).free
    filler.write_bytes(b"\0" * max(0, free - leave_kib * 1024))
    return filler


def _opens_with(path: Path) -> str:
    """Which passphrase opens ``path`` (every page checked); fails if neither."""
    for passphrase in (PASS, OTHER_PASS):
        engine = make_engine(path, passphrase, read_only=True)
        try:
            with engine.connect() as conn:
                assert list(conn.exec_driver_sql("PRAGMA cipher_integrity_check")) == []
                return passphrase
        except WrongPassphraseError:
            continue
        finally:
            engine.dispose()
    raise AssertionError(f"{path} opens with neither passphrase")


@pytest.mark.parametrize("free_kib", [4, 24, 60, 150])
def test_commands_on_a_nearly_full_disk(
    tiny: Path,
    template_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    free_kib: int,
) -> None:
    plan = tiny / "plan.phbplan"
    shutil.copyfile(template_file, plan)
    filler = _fill(tiny, free_kib)
    monkeypatch.setenv("PHBPLANNER_PASSPHRASE", PASS)
    monkeypatch.setenv("PHBPLANNER_NEW_PASSPHRASE", OTHER_PASS)
    outcomes: dict[str, int] = {}
    for name, args in (
        ("summary", ["summary", str(plan)]),
        ("export json", ["export", str(plan), "--output", str(tiny / "out.json")]),
        ("export pdf", ["export", str(plan), "--format", "pdf", "--output", str(tiny / "o.pdf")]),
        ("new", ["new", str(tiny / "new.phbplan"), "--from", str(EXAMPLE_PLAN)]),
        ("passphrase", ["passphrase", str(plan)]),
    ):
        code = main(args)
        _out, err = capsys.readouterr()
        outcomes[name] = code
        assert code in (0, 4), (name, code, err)
        if code == 4:
            assert FULL in err, (name, err)
        for words in WRONG_WORDS:
            assert words not in err, (name, err)
    assert outcomes["summary"] == 4 or free_kib > 4, "4 KiB cannot hold SQLite's side files"
    if outcomes["export json"] == 0:
        assert json.loads((tiny / "out.json").read_text("utf-8"))["format"] == "phbplanner-plan"
    else:
        assert not (tiny / "out.json").exists()
    if outcomes["new"] == 4:
        assert not (tiny / "new.phbplan").exists()
    filler.unlink()  # space again: everything left behind opens
    expected = OTHER_PASS if outcomes["passphrase"] == 0 else PASS
    assert _opens_with(plan) == expected
    monkeypatch.setenv("PHBPLANNER_PASSPHRASE", expected)
    assert main(["summary", str(plan), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["name"] == example_plan().person.name
    leftovers = [p.name for p in tiny.iterdir() if p.name.startswith(".")]
    assert leftovers == [], leftovers
