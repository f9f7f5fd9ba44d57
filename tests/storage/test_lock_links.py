"""The lock is on the file itself: a symbolic link or a hard link cannot get past it (issue 10.15).

The lock must also survive SQLite's ``fcntl`` rule (closing *any* descriptor of a file drops the
process's ``fcntl`` locks on it): the plan's bytes are read and closed here while it is open.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from phbplanner.services.edits import SetSection
from phbplanner.services.files import FileInUseError, open_plan_file
from phbplanner.storage.lock import lock_path

from .support import PASS, ROOT, sha

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links and flock")

HOLDER = """
import sys
from pathlib import Path
from phbplanner.services.files import open_plan_file
session = open_plan_file(Path(sys.argv[1]), sys.argv[2], author="holder", backup=False)
print("open", flush=True)
sys.stdin.readline()  # hold it until the test says
session.close()
print("closed", flush=True)
"""


def _open(path: Path) -> None:
    open_plan_file(path, PASS, author="Test", backup=False).close()


@pytest.fixture
def links(plan_file: Path) -> dict[str, Path]:
    """The plan under other names: a symbolic link, a hard link, a path via a linked folder."""
    folder = plan_file.parent
    (folder / "sym.phbplan").symlink_to(plan_file.name)
    os.link(plan_file, folder / "hard.phbplan")
    elsewhere = folder / "elsewhere"
    elsewhere.mkdir()
    os.link(plan_file, elsewhere / "other-folder.phbplan")  # a lock file beside would differ
    (folder / "linked-folder").symlink_to(folder, target_is_directory=True)
    return {
        "symlink": folder / "sym.phbplan",
        "hard link": folder / "hard.phbplan",
        "hard link in another folder": elsewhere / "other-folder.phbplan",
        "linked folder": folder / "linked-folder" / plan_file.name,
    }


@pytest.mark.parametrize(
    "name", ["symlink", "hard link", "hard link in another folder", "linked folder"]
)
def test_another_name_for_an_open_plan_is_refused(
    plan_file: Path, links: dict[str, Path], name: str
) -> None:
    with open_plan_file(plan_file, PASS, author="A", backup=False) as session:
        sha(plan_file)  # another descriptor of the file opened and closed in this process
        before = sha(plan_file)
        with pytest.raises(FileInUseError) as info:
            _open(links[name])
        assert info.value.exit_code == 5
        assert f"(process {os.getpid()})" in info.value.message
        assert sha(plan_file) == before
        session.apply(SetSection("consent_to_share", False))  # the first can still save
    _open(links[name])  # free again once closed


def test_opened_through_a_link_the_real_name_is_refused(
    plan_file: Path, links: dict[str, Path]
) -> None:
    with open_plan_file(links["symlink"], PASS, author="A", backup=False):
        with pytest.raises(FileInUseError):
            _open(plan_file)
        with pytest.raises(FileInUseError):
            _open(links["hard link in another folder"])
    _open(plan_file)


def test_two_processes_through_two_names(plan_file: Path, links: dict[str, Path]) -> None:
    """A second program opening the plan through a link is refused while the first holds it,
    and cannot change its passphrase behind the first one's back."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(links["hard link in another folder"]), PASS],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "open"
        for name in ("symlink", "hard link", "linked folder"):
            with pytest.raises(FileInUseError) as info:
                _open(links[name])
            assert f"(process {child.pid})" in info.value.message, name
        with pytest.raises(FileInUseError):
            _open(plan_file)
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "closed"
    finally:
        child.kill()
        child.wait()
    with open_plan_file(links["symlink"], PASS, author="B", backup=False) as session:
        session.change_passphrase(PASS, "seven purple otters dancing")


def test_a_killed_holder_leaves_no_lock_on_the_file(
    plan_file: Path, links: dict[str, Path]
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(links["hard link"]), PASS],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "open"
    child.kill()  # the OS drops the lock, however the process ends
    child.wait()
    with open_plan_file(plan_file, PASS, author="A", backup=False) as session:
        assert not session.read_only


def test_lock_files_are_private(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="A", backup=False):
        assert lock_path(plan_file).stat().st_mode & 0o777 == 0o600
    old = lock_path(plan_file)
    old.write_text("{}")  # as an older version left it
    old.chmod(0o644)
    with open_plan_file(plan_file, PASS, author="A", backup=False):
        assert old.stat().st_mode & 0o777 == 0o600


def test_a_very_long_name_still_gets_a_lock_file(tmp_path: Path, plan_file: Path) -> None:
    long_name = tmp_path / ("p" * 243 + ".phbplan")  # 251: "-wal" fits, ".lock" would not
    os.replace(plan_file, long_name)
    with open_plan_file(long_name, PASS, author="A", backup=False):
        held = lock_path(long_name)
        assert held.exists() and len(held.name) < 64
        with pytest.raises(FileInUseError):
            _open(long_name)


def test_restoring_through_a_link_restores_the_plan_it_points_to(
    plan_file: Path, links: dict[str, Path]
) -> None:
    from phbplanner.services.files import restore_backup

    with open_plan_file(plan_file, PASS, author="A", backup=False) as session:
        made = session.backup_now()
        session.apply(SetSection("consent_to_share", False))
    restore_backup(made, links["symlink"], PASS)
    assert links["symlink"].is_symlink()  # still a link, to the restored plan
    with open_plan_file(plan_file, PASS, author="A", backup=False) as session:
        assert session.plan.consent_to_share is not False
