"""Storage's messages come in the person's language (issue 17): with the program's own Welsh
translation in force, a wrong passphrase and a plan already open are said in Welsh."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from phbplanner.domain.text import Translator, translated_by
from phbplanner.services.files import open_plan_file
from phbplanner.services.language import translator_for
from phbplanner.storage.errors import FileInUseError, WrongPassphraseError

from .support import PASS, sha


@pytest.fixture
def welsh() -> Translator:
    try:
        return translator_for("cy")
    except Exception:  # pragma: no cover - translations not compiled
        pytest.skip("translations not compiled (python -m phbplanner.build_translations)")


def test_a_wrong_passphrase_is_said_in_welsh(plan_file: Path, welsh: Translator) -> None:
    before = sha(plan_file)
    with translated_by(welsh), pytest.raises(WrongPassphraseError) as info:
        open_plan_file(plan_file, "not the right one at all", author="T", backup=False)
    message = info.value.message
    assert info.value.exit_code == 3
    assert "cyfrinymadrodd" in message and plan_file.name in message
    assert "does not open" not in message and "passphrase" not in message
    assert "not the right one" not in message  # never the passphrase itself
    assert sha(plan_file) == before


def test_a_plan_already_open_is_said_in_welsh(plan_file: Path, welsh: Translator) -> None:
    with (
        open_plan_file(plan_file, PASS, author="A", backup=False),
        translated_by(welsh),
        pytest.raises(FileInUseError) as info,
    ):
        open_plan_file(plan_file, PASS, author="B", backup=False)
    message = info.value.message
    assert info.value.exit_code == 5
    assert "ar agor yn barod" in message and f"(proses {os.getpid()})" in message
    assert "already open" not in message and "Close it there" not in message
