"""Locking a session drops the key from memory and keeps the file held; unlocking takes it again."""

from __future__ import annotations

import dataclasses
import gc
import weakref
from pathlib import Path

import pytest

from phbplanner.services.edits import SetSection
from phbplanner.services.files import (
    FileInUseError,
    WrongPassphraseError,
    create_plan_file,
    open_plan_file,
    remember_passphrase,
)
from phbplanner.storage.errors import LockedError
from tests.storage.support import PASS, MemoryKeyring, example_plan

# The passphrase of the first test is put together when needed, so no module holds a copy of it
# while the program's objects are searched.
_PARTS = ("amber", " walrus", " quietly", " 6", "1 kettles")


def passphrase() -> str:
    return "".join(_PARTS)


def holders_of_the_passphrase() -> list[str]:
    """Every object the garbage collector knows that holds a string equal to the passphrase."""
    target = passphrase()
    gc.collect()
    found = []
    for obj in gc.get_objects():
        try:
            referents = gc.get_referents(obj)
        except Exception:  # pragma: no cover - some objects cannot be asked
            continue
        if any(type(r) is str and r is not target and r == target for r in referents):
            found.append(type(obj).__name__)
    return found


def test_lock_drops_the_key_and_keeps_the_file_held(tmp_path: Path) -> None:
    plan_file = tmp_path / "own.phbplan"
    create_plan_file(plan_file, passphrase(), example_plan(), author="Jo").close()
    session = open_plan_file(plan_file, passphrase(), author="Jo", backup=False)
    try:
        engine = weakref.ref(session._file.engine)
        assert holders_of_the_passphrase()  # the search finds the key while it is held…
        session.lock()
        assert session.locked
        assert holders_of_the_passphrase() == []  # …and nothing holds it once locked
        assert engine() is None  # the engine and its connections (SQLCipher's key) are gone
        with pytest.raises(LockedError):
            session.apply(SetSection("consent_to_share", True))
        with pytest.raises(LockedError):
            session.history()
        with pytest.raises(LockedError):
            session.versions()
        with pytest.raises(FileInUseError):  # still held: nobody else can open it meanwhile
            open_plan_file(plan_file, passphrase(), author="Other", backup=False)
    finally:
        session.close()
    open_plan_file(plan_file, passphrase(), author="Other", backup=False).close()  # released


def test_unlock_needs_the_right_passphrase(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Jo", backup=False) as session:
        plan = session.plan
        session.lock()
        with pytest.raises(WrongPassphraseError):
            session.unlock("not the passphrase at all")
        assert session.locked
        with pytest.raises(WrongPassphraseError):  # nothing remembered (no keyring)
            session.unlock(None)
        assert session.locked
        session.unlock(PASS)
        assert not session.locked and session.plan == plan
        person = dataclasses.replace(plan.person, preferred_name="Sunny")
        session.apply(SetSection("person", person))
    with open_plan_file(plan_file, PASS, author="Jo", backup=False) as again:
        assert again.plan.person.preferred_name == "Sunny"


def test_unlock_uses_the_remembered_passphrase(
    plan_file: Path, memory_keyring: MemoryKeyring
) -> None:
    remember_passphrase(plan_file, PASS)
    with open_plan_file(plan_file, None, author="Jo", backup=False) as session:
        session.lock()
        session.unlock(None)
        assert not session.locked
    with open_plan_file(plan_file, PASS, author="Jo", backup=False, supporter=True) as session:
        session.lock()
        with pytest.raises(WrongPassphraseError):  # supporter mode never reads the keyring
            session.unlock(None)


def test_locking_waits_for_a_backup_then_closes_cleanly(plan_file: Path) -> None:
    session = open_plan_file(plan_file, PASS, author="Jo")  # the keeper checks and backs up
    session.lock()
    assert not session._keeper.busy  # the background work finished first
    session.close()  # closing while locked releases the file
    assert not session.locked
    open_plan_file(plan_file, PASS, author="Jo", backup=False).close()


def test_a_file_replaced_while_locked_is_refused(plan_file: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.phbplan"
    create_plan_file(other, PASS, example_plan(), author="T").close()
    with open_plan_file(plan_file, PASS, author="Jo", backup=False) as session:
        session.lock()
        plan_file.write_bytes(other.read_bytes())  # another plan put in its place
        with pytest.raises(Exception, match="no longer the plan"):
            session.unlock(PASS)
        assert session.locked
