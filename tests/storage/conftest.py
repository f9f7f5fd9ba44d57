"""Fixtures for the storage tests: real encrypted files in temporary folders.

Key derivation costs ~0.15 s per open, so one template plan file is made per test session and
copied (bytes only) for each test that needs a file.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from phbplanner.domain.plan import Plan
from phbplanner.services.files import create_plan_file

from .support import PASS, MemoryKeyring, example_plan


@pytest.fixture(scope="session")
def template_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed plan file holding the example plan (draft version 1), passphrase ``PASS``."""
    path = tmp_path_factory.mktemp("template") / "template.phbplan"
    create_plan_file(path, PASS, example_plan(), author="Template").close()
    return path


@pytest.fixture
def plan() -> Plan:
    """The example plan."""
    return example_plan()


@pytest.fixture
def plan_file(tmp_path: Path, template_file: Path) -> Path:
    """A fresh copy of the template plan file in this test's folder."""
    target = tmp_path / "plan.phbplan"
    shutil.copyfile(template_file, target)
    return target


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A secure-looking in-memory keyring for the duration of the test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
