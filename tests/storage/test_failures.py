"""Every way an open can fail gets its own error and exit code, and leaves the file untouched."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from phbplanner.domain.plan import Plan
from phbplanner.services.edits import SetSection
from phbplanner.services.files import (
    DamagedFileError,
    FileInUseError,
    NewerVersionError,
    NotAPlanFileError,
    ReadOnlyError,
    WrongPassphraseError,
    open_plan_file,
)
from phbplanner.storage.engine import make_engine
from phbplanner.storage.lock import lock_path

from .support import PASS, run_python, sha


def _open(path: Path, passphrase: str | None = PASS, *, verify: bool = False) -> None:
    open_plan_file(path, passphrase, author="Test", backup=False, verify=verify).close()


def test_wrong_passphrase(plan_file: Path) -> None:
    before = sha(plan_file)
    with pytest.raises(WrongPassphraseError) as info:
        _open(plan_file, "not the right one at all")
    assert info.value.exit_code == 3
    assert "not the right one" not in info.value.message
    assert sha(plan_file) == before
    assert not lock_path(plan_file).exists()
    _open(plan_file)  # and the right one still works


@pytest.mark.parametrize("where", ["first-page", "second-page", "middle", "last-page"])
def test_flipped_bytes_are_damage(plan_file: Path, where: str) -> None:
    data = bytearray(plan_file.read_bytes())
    offset = {
        "first-page": 100,
        "second-page": 4096 + 200,
        "middle": (len(data) // 4096 // 2) * 4096 + 1000,
        "last-page": len(data) - 300,
    }[where]
    data[offset] ^= 0x5A
    plan_file.write_bytes(bytes(data))
    before = sha(plan_file)
    with pytest.raises(DamagedFileError) as info:
        _open(plan_file, verify=True)  # a check of every page while opening
    assert info.value.exit_code == 4
    page = offset // 4096 + 1
    assert f"page {page}" in info.value.message, info.value.message
    assert sha(plan_file) == before


@pytest.mark.parametrize("where", ["first-page", "second-page"])
def test_damage_met_while_opening_names_the_pages(plan_file: Path, where: str) -> None:
    """Without the full check (which runs in the background after opening), damage on a page
    the opening reads is still refused, with the damaged pages named."""
    data = bytearray(plan_file.read_bytes())
    offset = {"first-page": 100, "second-page": 4096 + 200}[where]
    data[offset] ^= 0x5A
    plan_file.write_bytes(bytes(data))
    before = sha(plan_file)
    with pytest.raises(DamagedFileError) as info:
        _open(plan_file)
    assert f"page {offset // 4096 + 1}" in info.value.message, info.value.message
    assert sha(plan_file) == before


@pytest.mark.parametrize("cut", [1000, 4096 * 3])
def test_truncated_file_is_damage(plan_file: Path, cut: int) -> None:
    data = plan_file.read_bytes()
    plan_file.write_bytes(data[: len(data) - cut])
    before = sha(plan_file)
    with pytest.raises(DamagedFileError) as info:
        _open(plan_file)
    assert info.value.exit_code == 4
    assert "cut short" in info.value.message
    assert sha(plan_file) == before


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b'{"format": "phbplanner-plan"}\n', "text file"),
        (b"%PDF-1.7\n" + bytes(5000), "PDF"),
        (b"Dear Sir,\nthis is a letter.\n" * 300, "text file"),
        (b"PK\x03\x04" + bytes(9000), "ZIP"),
    ],
)
def test_not_a_plan(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "thing.phbplan"
    path.write_bytes(content)
    with pytest.raises(NotAPlanFileError) as info:
        _open(path)
    assert info.value.exit_code == 4
    assert words in info.value.message
    assert path.read_bytes() == content


def test_plain_sqlite_database_is_not_a_plan(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
    before = sha(path)
    with pytest.raises(NotAPlanFileError, match="unencrypted database"):
        _open(path)
    assert sha(path) == before


def test_other_encrypted_database_is_not_a_plan(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    engine = make_engine(path, PASS)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x)")
    engine.dispose()
    before = sha(path)
    with pytest.raises(NotAPlanFileError, match="not one made by PHB Planner"):
        _open(path)
    assert sha(path) == before


def test_newer_schema_is_refused_untouched(plan_file: Path) -> None:
    engine = make_engine(plan_file, PASS)
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA user_version = 99")
    engine.dispose()
    before = sha(plan_file)
    with pytest.raises(NewerVersionError) as info:
        _open(plan_file)
    assert info.value.exit_code == 4
    assert "newer version" in info.value.message
    assert sha(plan_file) == before


def test_in_use_in_this_process(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="A", backup=False):
        before = sha(plan_file)
        with pytest.raises(FileInUseError) as info:
            _open(plan_file)
        assert info.value.exit_code == 5
        assert f"already open on this computer (process {os.getpid()})" in info.value.message
        assert sha(plan_file) == before
    _open(plan_file)  # free again once closed


def test_in_use_by_another_process_then_stale_lock_cleared(plan_file: Path) -> None:
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path\n"
            "from phbplanner.services.files import open_plan_file\n"
            "s = open_plan_file(Path(sys.argv[1]), sys.argv[2], author='B', backup=False)\n"
            "print('open', flush=True); time.sleep(60)\n",
            str(plan_file),
            PASS,
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(FileInUseError) as info:
            _open(plan_file)
        assert f"(process {child.pid})" in info.value.message
    finally:
        child.kill()  # like a crash: the lock file stays behind
        child.wait()
    assert lock_path(plan_file).exists()
    with open_plan_file(plan_file, PASS, author="A", backup=False) as session:
        assert any("not closed properly" in notice for notice in session.notices)


@pytest.fixture
def read_only_folder(tmp_path: Path, plan_file: Path) -> Iterator[Path]:
    """A folder holding a copy of the plan that this process cannot write to."""
    from ..read_only import read_only_folder as folder

    with folder(tmp_path, plan_file) as path:
        yield path


def test_read_only_location_opens_read_only(read_only_folder: Path, plan: Plan) -> None:
    path = read_only_folder / "plan.phbplan"
    before = sha(path)
    with open_plan_file(path, PASS, author="Test") as session:
        assert session.read_only
        assert session.read_only_reason
        assert any("read-only" in notice for notice in session.notices)
        assert session.plan == plan
        assert [v.number for v in session.versions()] == [1]
        with pytest.raises(ReadOnlyError):
            session.apply(SetSection("consent_to_share", False))
        assert session.plan == plan
    assert sha(path) == before
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["plan.phbplan"]


def test_no_command_takes_a_passphrase_as_an_argument() -> None:
    # A passphrase in the arguments would be visible to every user of the computer (ps).
    code = (
        "import argparse\n"
        "from phbplanner.cli import build_parser\n"
        "parser = build_parser()\n"
        "sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))\n"
        "for name, command in sub.choices.items():\n"
        "    for action in command._actions:\n"
        "        for option in action.option_strings:\n"
        "            print(name, option)\n"
    )
    options = run_python(code).stdout.split("\n")
    assert any(line.startswith("export --passphrase-file") for line in options)
    for line in options:
        option = line.partition(" ")[2]
        if "pass" in option:
            assert option.endswith("-file") or option == "--include-passphrase", line
