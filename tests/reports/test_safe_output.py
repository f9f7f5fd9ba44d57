"""Writing the return, its CSV and its pack: whole or not at all, with a plain message."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from phbplanner.reports.audit_pack import save_audit_pack
from phbplanner.reports.monitoring_return import save_return_pdf
from phbplanner.reports.return_csv import save_return_csv
from phbplanner.reports.safe_output import OutputError, atomic_file, write_atomically

from .return_fixtures import busy_quarter, hand_worked_receipts, hand_worked_return

PRODUCED = date(2026, 7, 8)

Save = Callable[[Path], object]

SAVES: dict[str, Save] = {
    "pdf": lambda target: save_return_pdf(hand_worked_return(), target, produced=PRODUCED),
    "csv": lambda target: save_return_csv(hand_worked_return(), target),
    "pack": lambda target: save_audit_pack(
        hand_worked_return(), hand_worked_receipts(), target, produced=PRODUCED
    ),
}


def _mount(point: Path, options: str) -> None:
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here: {done.stderr.decode().strip()}")


def _unmount(point: Path) -> None:
    if subprocess.run(["umount", str(point)], capture_output=True).returncode:
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may write in: a read-only filesystem as root, else no write permission."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    if os.geteuid() == 0:  # root may write in any folder whatever its permissions
        _mount(folder, "ro,size=64k")
        try:
            yield folder
        finally:
            _unmount(folder)
    else:
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KiB filesystem (tmpfs; needs root — skipped otherwise)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tiny filesystem needs root")
    point = tmp_path / "tiny"
    point.mkdir()
    _mount(point, "size=64k")
    try:
        yield point
    finally:
        _unmount(point)


@pytest.mark.parametrize("kind", sorted(SAVES))
def test_a_missing_folder_is_explained(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "not there"
    with pytest.raises(OutputError) as info:
        SAVES[kind](folder / "out")
    assert info.value.message == (
        f"The folder {folder} does not exist. Choose another folder, or create it first."
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", sorted(SAVES))
def test_a_read_only_folder_is_explained(read_only_folder: Path, kind: str) -> None:
    with pytest.raises(OutputError) as info:
        SAVES[kind](read_only_folder / "out")
    assert info.value.message == (
        f"PHB Planner cannot write in the folder {read_only_folder}: it is read-only, or you do "
        "not have permission. Nothing was written: choose another folder."
    )
    assert list(read_only_folder.iterdir()) == []


def test_a_full_disk_is_explained_and_leaves_nothing_behind(tiny_disk: Path) -> None:
    target = tiny_disk / "pack.zip"
    target.write_bytes(b"an earlier pack")
    quarter = busy_quarter(entries=40, receipts=5, receipt_size=30_000)
    with pytest.raises(OutputError) as info:
        save_audit_pack(quarter.ret, quarter.receipts, target, produced=PRODUCED)
    assert info.value.message == (
        "There is not enough space on the disk for pack.zip. Nothing was written: free some "
        "space, or choose another place."
    )
    assert target.read_bytes() == b"an earlier pack"
    assert [p.name for p in tiny_disk.iterdir()] == ["pack.zip"]


def test_a_failure_while_writing_keeps_the_earlier_file(tmp_path: Path) -> None:
    target = tmp_path / "return.pdf"
    target.write_bytes(b"the earlier return")

    def broken(stream: object) -> None:
        stream.write(b"%PDF-half")  # type: ignore[attr-defined]
        raise RuntimeError("the build failed half way")

    with pytest.raises(RuntimeError):
        write_atomically(target, broken)
    assert target.read_bytes() == b"the earlier return"
    assert [p.name for p in tmp_path.iterdir()] == ["return.pdf"]


def test_a_folder_as_the_target_is_explained(tmp_path: Path) -> None:
    with (
        pytest.raises(OutputError, match=r"is a folder\. Choose a file name\."),
        atomic_file(tmp_path),
    ):
        pass


def test_the_file_appears_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "entries.csv"
    with atomic_file(target) as stream:
        stream.write(b"half")
        assert not target.exists()
        assert len(list(tmp_path.iterdir())) == 1  # the temporary file, hidden
        assert next(tmp_path.iterdir()).name.startswith(".entries.csv.")
    assert target.read_bytes() == b"half"
    assert [p.name for p in tmp_path.iterdir()] == ["entries.csv"]
