"""Nothing the program writes can be read by other users of the computer (issue 10.12):
exports, the recovery sheet, a new or restored plan and lock files are 0600, and the folders
it makes are 0700 — with the usual umask (022), so the modes are set on purpose."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from phbplanner.cli import main
from phbplanner.services.files import list_backups, open_plan_file
from phbplanner.storage import backups
from phbplanner.storage.lock import lock_path
from tests.storage.conftest import plan_file, template_file
from tests.storage.support import EXAMPLE_PLAN, PASS

__all__ = ["plan_file", "template_file"]


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_everything_written_is_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PHBPLANNER_PASSPHRASE", PASS)
    plan = tmp_path / "new.phbplan"
    assert main(["new", str(plan), "--from", str(EXAMPLE_PLAN)]) == 0
    assert _mode(plan) == 0o600
    for fmt, name in (("json", "plan.json"), ("pdf", "plan.pdf"), ("recovery-sheet", "rs.pdf")):
        out = tmp_path / name
        args = ["export", str(plan), "--format", fmt, "--output", str(out)]
        if fmt == "recovery-sheet":
            args.append("--include-passphrase")
        assert main(args) == 0, capsys.readouterr().err
        assert _mode(out) == 0o600, name
    with open_plan_file(plan, PASS, author="T", backup=False) as session:
        assert _mode(lock_path(plan)) == 0o600
        made = session.backup_now()
    assert _mode(made) == 0o600
    folder = list_backups(plan)[0].path.parent
    data = backups.data_dir()
    for each in (folder, folder.parent, data):
        assert _mode(each) == 0o700, each
    restored = tmp_path / "restored.phbplan"
    assert main(["restore", str(made), "--to", str(restored)]) == 0
    assert _mode(restored) == 0o600
    assert main(["restore", str(list_backups(plan)[0].path), "--to", str(plan)]) == 0
    assert _mode(plan) == 0o600
