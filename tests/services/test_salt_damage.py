"""Damage to a plan file's first 16 bytes (the salt the key is made from) is not reported as a
wrong passphrase when the truth can be found (issue 10.19).

Every page then fails its check, exactly as with a wrong passphrase — nothing in the file can
tell the two apart. The plan's own backups can: the right passphrase opens them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from phbplanner.cli import main
from phbplanner.services.files import (
    DamagedFileError,
    WrongPassphraseError,
    list_backups,
    open_plan_file,
)

from ..storage.support import PASS, sha


def _damage_salt(path: Path, offset: int, value: int | None = None) -> None:
    data = bytearray(path.read_bytes())
    data[offset] = value if value is not None else data[offset] ^ 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("offset", [0, 7, 15])
def test_salt_damage_with_a_backup_is_damage_not_a_wrong_passphrase(
    plan_file: Path, offset: int
) -> None:
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        made = session.backup_now()
    _damage_salt(plan_file, offset)
    before = sha(plan_file)
    with pytest.raises(DamagedFileError) as info:
        open_plan_file(plan_file, PASS, author="T", backup=False)
    message = info.value.message
    assert info.value.exit_code == 4
    assert "passphrase is right" in message and "start of the file" in message
    assert str(made) in message and "phbplanner restore" in message
    assert sha(plan_file) == before
    # and a wrong passphrase is still just that
    with pytest.raises(WrongPassphraseError):
        open_plan_file(plan_file, "not the passphrase at all", author="T", backup=False)


def test_salt_damage_without_backups_says_both_possibilities(plan_file: Path) -> None:
    assert list_backups(plan_file) == []
    _damage_salt(plan_file, 3)
    with pytest.raises(WrongPassphraseError) as info:
        open_plan_file(plan_file, PASS, author="T", backup=False)
    assert info.value.exit_code == 3
    assert "start of the file may be damaged" in info.value.message


def test_an_overwritten_salt_is_damage(plan_file: Path) -> None:
    data = bytearray(plan_file.read_bytes())
    data[:16] = bytes(16)  # 16 equal bytes never happen by chance
    plan_file.write_bytes(bytes(data))
    with pytest.raises(DamagedFileError):
        open_plan_file(plan_file, "any passphrase at all", author="T", backup=False)


def test_the_cli_says_damaged_and_points_at_the_backup(
    plan_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        made = session.backup_now()
    _damage_salt(plan_file, 9)
    monkeypatch.setenv("PHBPLANNER_PASSPHRASE", PASS)
    assert main(["summary", str(plan_file)]) == 4
    err = capsys.readouterr().err
    assert "damaged" in err and str(made) in err and "does not open" not in err
    assert main(["restore", str(made), "--to", str(plan_file)]) == 0
    assert main(["check", str(plan_file)]) == 0
