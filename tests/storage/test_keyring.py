"""'Remember on this computer': only with a secure keyring, and never in supporter mode."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null

from phbplanner.services.files import (
    KeyringError,
    WrongPassphraseError,
    create_plan_file,
    forget_passphrase,
    keyring_status,
    open_plan_file,
    remember_passphrase,
    remembered_passphrase,
)

from .support import PASS, ROOT, MemoryKeyring, example_plan, sha


def test_secure_keyring_remembers_and_forgets(
    plan_file: Path, memory_keyring: MemoryKeyring
) -> None:
    assert keyring_status() == (True, "")
    assert remembered_passphrase(plan_file) is None
    remember_passphrase(plan_file, PASS)
    assert remembered_passphrase(plan_file) == PASS
    # no names or paths in the keyring, only a hash
    assert all(str(plan_file) not in user for _service, user in memory_keyring.store)
    with open_plan_file(plan_file, None, author="T", backup=False) as session:
        assert session.plan == example_plan()
    with pytest.raises(WrongPassphraseError):
        open_plan_file(plan_file, None, author="T", supporter=True, backup=False)
    forget_passphrase(plan_file)
    forget_passphrase(plan_file)  # forgetting twice is fine
    assert remembered_passphrase(plan_file) is None


def test_create_remembers_only_outside_supporter_mode(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    first, second = tmp_path / "a.phbplan", tmp_path / "b.phbplan"
    create_plan_file(first, PASS, example_plan(), author="T", remember=True).close()
    create_plan_file(
        second, PASS, example_plan(), author="T", remember=True, supporter=True
    ).close()
    assert remembered_passphrase(first) == PASS
    assert remembered_passphrase(second) is None
    assert len(memory_keyring.store) == 1


def test_no_keyring(plan_file: Path, tmp_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    usable, reason = keyring_status()
    assert not usable and "No keyring" in reason
    before = sha(plan_file)
    with pytest.raises(KeyringError, match="cannot be remembered"):
        remember_passphrase(plan_file, PASS)
    assert remembered_passphrase(plan_file) is None
    forget_passphrase(plan_file)
    with pytest.raises(WrongPassphraseError) as info:
        open_plan_file(plan_file, None, author="T")
    assert info.value.exit_code == 3
    assert sha(plan_file) == before
    path = tmp_path / "new.phbplan"
    with create_plan_file(path, PASS, example_plan(), author="T", remember=True) as session:
        assert any("cannot be remembered" in notice for notice in session.notices)


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's file backends."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


@pytest.mark.parametrize(
    ("backend", "words"),
    [
        (null.Keyring(), "switched off"),
        (PlaintextKeyring(), "not properly protected"),
    ],
)
def test_insecure_backends_are_refused(plan_file: Path, backend: object, words: str) -> None:
    keyring.set_keyring(backend)  # type: ignore[arg-type]
    usable, reason = keyring_status()
    assert not usable and words in reason
    with pytest.raises(KeyringError):
        remember_passphrase(plan_file, PASS)


def test_chainer_of_insecure_backends_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends import chainer

    monkeypatch.setattr(
        chainer.ChainerBackend, "backends", property(lambda self: [PlaintextKeyring()])
    )
    keyring.set_keyring(chainer.ChainerBackend())
    assert keyring_status()[0] is False


REAL_KEYRING_CHILD = """
import sys
from pathlib import Path
import keyring
from phbplanner.services import files
print(type(keyring.get_keyring()).__module__, type(keyring.get_keyring()).__name__)
usable, reason = files.keyring_status()
assert usable, reason
path = Path(sys.argv[1])
files.remember_passphrase(path, "the real keyring works")
assert files.remembered_passphrase(path) == "the real keyring works"
files.forget_passphrase(path)
assert files.remembered_passphrase(path) is None
print("ok")
"""


def test_real_secret_service_keyring(tmp_path: Path) -> None:
    missing = [t for t in ("dbus-run-session", "gnome-keyring-daemon") if not shutil.which(t)]
    if missing:
        pytest.skip(f"no real Secret Service here: {', '.join(missing)} not installed")
    script = tmp_path / "child.py"
    script.write_text(REAL_KEYRING_CHILD, "utf-8")
    python = subprocess.list2cmdline([__import__("sys").executable, str(script)])
    shell = (
        "printf 'test-keyring-pw' | gnome-keyring-daemon --unlock --components=secrets "
        f">/dev/null 2>&1 && {python} {tmp_path / 'x.phbplan'}"
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", shell],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_RUNTIME_DIR": str(tmp_path),
            "PYTHONPATH": str(ROOT),
        },
    )
    if result.returncode != 0 and "SecretService" not in result.stdout:
        why = (result.stderr.strip() or result.stdout.strip())[-300:]
        print(f"real keyring could not start: {why}")
        pytest.skip(f"the Secret Service keyring could not be started here: {why}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SecretService" in result.stdout
    assert result.stdout.strip().endswith("ok")
