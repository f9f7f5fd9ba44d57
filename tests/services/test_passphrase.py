"""Passphrase strength and the suggested passphrases."""

from __future__ import annotations

from pathlib import Path

import pytest

from phbplanner.services.files import (
    WeakPassphraseError,
    create_plan_file,
    passphrase_problem,
    suggest_passphrase,
)
from phbplanner.services.passphrase import WORDS
from tests.storage.support import example_plan


@pytest.mark.parametrize(
    ("passphrase", "words"),
    [
        ("short", "too short"),
        ("password123", "most often"),
        ("aaaaaaaaaaaa", "same few"),
        ("abcdefghijklm", "sequence"),
        ("98712364502", "Numbers alone"),
    ],
)
def test_weak_passphrases_are_explained(passphrase: str, words: str) -> None:
    problem = passphrase_problem(passphrase)
    assert problem is not None and words in problem


@pytest.mark.parametrize("passphrase", ["otter maple river 42", "Correct-Horse-9", "Siân ŵyr ẅel"])
def test_good_passphrases_pass(passphrase: str) -> None:
    assert passphrase_problem(passphrase) is None


def test_suggestions_are_strong_and_different() -> None:
    assert len(WORDS) >= 512
    seen = {suggest_passphrase() for _ in range(50)}
    assert len(seen) == 50
    for suggestion in seen:
        parts = suggestion.split()
        assert len(parts) == 7 and parts[-1].isdigit()
        assert all(word in WORDS for word in parts[:-1])
        assert passphrase_problem(suggestion) is None


def test_create_refuses_a_weak_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "weak.phbplan"
    with pytest.raises(WeakPassphraseError, match="stronger"):
        create_plan_file(path, "short", example_plan(), author="T")
    assert not path.exists()


def test_services_do_not_import_qt() -> None:
    from tests.storage.support import run_python

    code = (
        "import sys, phbplanner.services.files, phbplanner.services.session\n"
        "print('PySide6' in sys.modules)"
    )
    assert run_python(code).stdout.strip() == "False"
