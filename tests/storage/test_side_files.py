"""The plan file alone is always the whole plan, and a side file is used only if it belongs.

Issue: a copy of the ``.phbplan`` made while the program was open (what a person copies to a USB
stick) lacked that session's changes, and a ``-wal`` left by a crash and later put back beside
the plan rolled it back silently.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from phbplanner.domain.plan import Strength
from phbplanner.services.edits import PutItem, SetSection
from phbplanner.services.files import open_plan_file
from phbplanner.storage.engine import make_engine
from phbplanner.storage.errors import WrongPassphraseError
from phbplanner.storage.sidefiles import wal_path, wal_rewrites_file

from .support import OTHER_PASS, PASS, run_python

CRASH_AFTER_ONE_CHANGE = """
import os, sys
from pathlib import Path
from phbplanner.domain.plan import Strength
from phbplanner.services.edits import PutItem
from phbplanner.services.files import open_plan_file
from phbplanner.storage.planfile import PlanFile

PlanFile.checkpoint = lambda self: False  # as if the process died before moving it in
session = open_plan_file(Path(sys.argv[1]), sys.argv[2], author="child", backup=False)
session.apply(PutItem("strengths", Strength(id="crash", text="made just before a crash")))
os._exit(0)  # no close: the change is only in the -wal
"""


def _strength_ids(path: Path) -> list[str]:
    with open_plan_file(path, PASS, author="T", backup=False) as session:
        return [s.id for s in session.plan.strengths]


def test_a_copy_of_the_file_alone_holds_every_saved_change(plan_file: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        for n in range(30):
            session.apply(PutItem("strengths", Strength(id=f"s{n}", text=f"change {n}")))
            assert wal_path(plan_file).stat().st_size == 0  # nothing waits in a side file
        shutil.copyfile(plan_file, usb / plan_file.name)  # the file alone, program still open
        expected = session.plan
    with open_plan_file(usb / plan_file.name, PASS, author="T", backup=False) as copy:
        assert copy.plan == expected


def test_changes_made_during_a_backup_reach_the_file_when_it_ends(
    plan_file: Path, tmp_path: Path
) -> None:
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        with session._file.reader():  # a background backup is reading
            session.apply(SetSection("consent_to_share", True))
            assert wal_path(plan_file).stat().st_size > 0  # waits while the backup reads
        assert wal_path(plan_file).stat().st_size == 0  # moved in as soon as it ended
        shutil.copyfile(plan_file, tmp_path / "copy.phbplan")
    with open_plan_file(tmp_path / "copy.phbplan", PASS, author="T", backup=False) as copy:
        assert copy.plan.consent_to_share is True


def _crash_leaving_a_wal(path: Path) -> bytes:
    result = run_python(CRASH_AFTER_ONE_CHANGE, str(path), PASS, timeout=120)
    assert result.returncode == 0, result.stderr
    wal = wal_path(path).read_bytes()
    assert wal, "the crash should have left the change in the -wal"
    return wal


def test_a_wal_left_by_a_crash_is_kept(plan_file: Path) -> None:
    _crash_leaving_a_wal(plan_file)
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        assert "crash" in [s.id for s in session.plan.strengths]
        assert not any("did not belong" in n for n in session.notices)
        assert wal_path(plan_file).stat().st_size == 0  # moved into the file at once
    assert "crash" in _strength_ids(plan_file)


def test_a_stale_wal_put_back_is_never_applied(plan_file: Path) -> None:
    old_wal = _crash_leaving_a_wal(plan_file)
    # the person's sync tool kept the -wal; the plan opens (keeping the crash's change) and
    # five more changes are made
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        for n in range(5):
            session.apply(PutItem("strengths", Strength(id=f"after{n}", text=str(n))))
        expected = session.plan
    # the old -wal comes back beside the plan
    wal_path(plan_file).write_bytes(old_wal)
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        assert session.plan == expected  # not rolled back five changes
        notices = " ".join(session.notices)
    assert "did not belong" in notices
    kept = list(plan_file.parent.glob(f"{plan_file.name}-wal.not-used-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == old_wal  # nothing lost, nothing applied
    assert _strength_ids(plan_file) == [s.id for s in expected.strengths]


def test_a_wal_from_another_plan_is_never_applied(plan_file: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.phbplan"
    shutil.copyfile(plan_file, other)
    with open_plan_file(other, PASS, author="T", backup=False) as session:
        person = dataclasses.replace(session.plan.person, name="Somebody else")
        session.apply(SetSection("person", person))
    other_wal = _crash_leaving_a_wal(other)
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        expected = session.plan
    wal_path(plan_file).write_bytes(other_wal)
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        assert session.plan == expected
        assert any("did not belong" in n for n in session.notices)


def test_a_foreign_rollback_journal_is_set_aside(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        expected = session.plan
    journal = plan_file.with_name(plan_file.name + "-journal")
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(4088))
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        assert session.plan == expected
        assert any("did not belong" in n for n in session.notices)
    assert not journal.exists()


def test_a_wal_already_moved_into_the_file_is_harmless(plan_file: Path) -> None:
    """A crash after the checkpoint but before the -wal was emptied: the -wal holds what the
    file already holds, and replaying it changes nothing."""
    crash_wal = _crash_leaving_a_wal(plan_file)
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        expected = session.plan  # the crash's change, now in the file
    wal_path(plan_file).write_bytes(crash_wal)
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        assert session.plan == expected
        assert not any("did not belong" in n for n in session.notices)


CRASH_AFTER_REKEY = """
import os, sys
from pathlib import Path
from phbplanner.services.files import open_plan_file
from phbplanner.storage.engine import rekey_engine

session = open_plan_file(Path(sys.argv[1]), sys.argv[2], author="child", backup=False)
rekey_engine(session._file.engine, sys.argv[3])  # committed to the -wal, not yet in the file
os._exit(0)  # stopped before the change reached the file
"""


def _crash_after_rekey(path: Path) -> None:
    result = run_python(CRASH_AFTER_REKEY, str(path), PASS, OTHER_PASS, timeout=120)
    assert result.returncode == 0, result.stderr
    assert wal_rewrites_file(path)


def _checkpoint_part(path: Path, pages: int) -> None:
    """Copy the first ``pages`` pages of the -wal's frames into the file, as a checkpoint cut
    short would (the pages in the -wal are stored exactly as in the file)."""
    wal = wal_path(path).read_bytes()
    page_size = int.from_bytes(wal[8:12], "big")
    with open(path, "r+b") as handle:
        offset = 32
        while offset + 24 + page_size <= len(wal):
            page = int.from_bytes(wal[offset : offset + 4], "big")
            if page <= pages:
                handle.seek((page - 1) * page_size)
                handle.write(wal[offset + 24 : offset + 24 + page_size])
            offset += 24 + page_size


def _refused_with_old(path: Path) -> str:
    with pytest.raises(WrongPassphraseError) as refused:
        open_plan_file(path, PASS, author="T", backup=False)
    engine_error = None
    try:
        make_engine(path, PASS, read_only=True).connect().close()
    except WrongPassphraseError as exc:
        engine_error = exc
    assert engine_error is not None  # never "damaged": nothing is
    return str(refused.value)


@pytest.mark.parametrize("reached_the_file", [0, 1, 3])
def test_a_passphrase_change_stopped_after_it_was_committed_opens_with_the_new_one(
    plan_file: Path, reached_the_file: int
) -> None:
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        expected = session.plan
    _crash_after_rekey(plan_file)
    _checkpoint_part(plan_file, reached_the_file)
    message = _refused_with_old(plan_file)
    assert "before its passphrase was changed" in message
    # never set aside (SQLite may have finished moving it into the file when the refused
    # connection closed: that copies the pages as they are, keyed with the new passphrase)
    assert not list(plan_file.parent.glob("*.not-used-*"))
    with open_plan_file(plan_file, OTHER_PASS, author="T", backup=False) as session:
        assert session.plan == expected
    wal = wal_path(plan_file)
    assert not wal.exists() or wal.stat().st_size == 0  # the change is in the file now
    with pytest.raises(WrongPassphraseError) as plain:
        open_plan_file(plan_file, PASS, author="T", backup=False)
    assert "before its passphrase was changed" not in str(plain.value)
